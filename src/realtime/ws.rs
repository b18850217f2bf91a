//! One WebSocket connection, as ARCHITECTURE.md lays out: one thread owns the socket and the
//! tungstenite `WebSocket` over an [`Adapter`] and sleeps in `poll` on {the socket readable,
//! the hub's wake-up (an eventfd), the next deadline}. While it sleeps with nothing to write,
//! the publisher writes events into its socket itself ([`super::direct`]), so an event wakes
//! only the threads that have something queued or whose socket would block; an idle socket
//! costs one wakeup per heartbeat. Every write is fallible and bounded in time, and no read or
//! wait can last for ever. (A second thread per socket that only read was a quarter of an idle
//! connection's memory.)
//!
//! Outbound bytes go through a queue of [`Bytes`] in the adapter: tungstenite's own frames
//! (pongs, close, small replies) are copied in whole, while feed messages (snapshots, events,
//! replays) are framed here and queued as the shared bytes themselves, so a snapshot sent to a
//! thousand clients exists once in memory, and no per-connection buffer grows to its size.

use std::collections::VecDeque;
use std::io::{self, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpStream};
use std::os::fd::{AsRawFd, RawFd};
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use tungstenite::protocol::frame::coding::CloseCode;
use tungstenite::protocol::{CloseFrame, Role, WebSocketConfig};
use tungstenite::{Bytes, Error as WsError, Message, Utf8Bytes, WebSocket};

use super::close::{CloseReason, End};
use super::frame::frame_head;
use super::hub::{Outbound, Subscription};
use super::protocol::{ClientMsg, Problem, ServerMsg};
use super::session;
use crate::http::request::Request;
use crate::logging::WEBSOCKET;
use crate::state::AppState;

/// Which protocol the socket speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Endpoint {
    /// `/ws/orders/`: the authenticated live order feed.
    Orders,
    /// `WS_ECHO_PATH`: echoes every message (conformance testing only).
    Echo,
}

/// One `write` call may block this long; a stalled peer is retried on later wakeups until
/// [`stall_limit`] says it is dead.
const WRITE_TIMEOUT: Duration = Duration::from_millis(250);
/// How long a close we started waits for the peer's close frame.
const CLOSE_WAIT: Duration = Duration::from_secs(2);
/// Bytes per read (into a stack buffer); tungstenite's own buffer is kept as small. Client
/// messages are tiny (heartbeats, pings), and each idle socket holds buffers of this size
/// (adapter, tungstenite), so small matters. Large messages still work, in more reads.
const READ_CHUNK: usize = 1024;
/// SO_SNDBUF of a WebSocket (the kernel doubles it for bookkeeping).
const SEND_BUFFER: usize = 128 * 1024;
/// Hub events written per wakeup before flushing and looking at the socket again.
const EVENTS_PER_WAKEUP: usize = 64;
/// Events read from the log per catch-up step (a client whose queue overflowed).
const CATCH_UP_PAGE: usize = 256;
/// Outbound bytes queued at most before a catch-up step waits for the socket to take them.
const CATCH_UP_ROOM: usize = 256 * 1024;
/// Outbound bytes a connection may have queued at all: beyond, the peer is not reading what
/// it asks for (a Ping flood answered with pongs) and is dropped.
const OUT_CAP: usize = 32 << 20;
/// First pause between attempts at the initial state while the database is busy; doubled
/// each time up to [`RETRY_MAX`], all within `WEBSOCKET_PING_TIMEOUT`.
const RETRY_FIRST: Duration = Duration::from_millis(50);
const RETRY_MAX: Duration = Duration::from_secs(1);

/// The stream tungstenite sees: reads hand out what the loop read from the socket (WouldBlock
/// when nothing is there); writes are queued whole in `out` (never blocking, so tungstenite's
/// own buffer stays small) and [`Adapter::drain`] moves them to the socket, with a write
/// timeout reported as `TimedOut`.
pub struct Adapter {
    inbound: VecDeque<u8>,
    socket: TcpStream,
    out: VecDeque<Bytes>,
    /// Bytes of `out[0]` already written.
    head_written: usize,
    /// Bytes queued in `out` and not yet written.
    out_len: usize,
    /// The last `drain` wrote something: the peer still takes bytes, however slowly.
    progressed: bool,
}

impl Adapter {
    fn push(&mut self, b: Bytes) {
        if !b.is_empty() {
            self.out_len += b.len();
            self.out.push_back(b);
        }
    }

    /// Queues one unmasked server text frame whose payload is `text` itself (not a copy).
    fn push_text(&mut self, text: &Utf8Bytes) {
        let payload: &Bytes = text.as_ref();
        let mut head = [0u8; 10];
        let n = frame_head(payload.len(), &mut head);
        self.push(Bytes::copy_from_slice(&head[..n]));
        self.push(payload.clone());
    }

    /// Writes queued bytes until the queue is empty (Ok) or a write times out or fails.
    /// Up to [`IOV_MAX`] queued pieces go out in one `writev` (a frame's head and its shared
    /// payload, or a burst of events: one system call, not two per message).
    fn drain(&mut self) -> io::Result<()> {
        self.progressed = false;
        while let Some(front) = self.out.front() {
            let mut slices = [io::IoSlice::new(&[]); IOV_MAX];
            slices[0] = io::IoSlice::new(&front[self.head_written..]);
            let mut count = 1;
            for (slot, b) in slices[1..].iter_mut().zip(self.out.iter().skip(1)) {
                *slot = io::IoSlice::new(b);
                count += 1;
            }
            match self.socket.write_vectored(&slices[..count]) {
                Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
                Ok(mut n) => {
                    self.progressed = true;
                    self.out_len -= n;
                    // Pops what was written whole; `head_written` keeps the part of the next.
                    while let Some(b) = self.out.front() {
                        let left = b.len() - self.head_written;
                        if n < left {
                            self.head_written += n;
                            break;
                        }
                        n -= left;
                        self.out.pop_front();
                        self.head_written = 0;
                    }
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                    return Err(io::Error::new(io::ErrorKind::TimedOut, "write timed out"))
                }
                Err(e) => return Err(e),
            }
        }
        if self.out.capacity() > 64 {
            self.out.shrink_to(16);
        }
        Ok(())
    }
}

/// How often a socket without a hub wake-up descriptor looks at its queue.
const NO_WAKE_POLL: Duration = Duration::from_millis(20);

/// Sleeps until `socket` is readable, `wake` (the hub's eventfd) is signalled, or `timeout`
/// passes; returns (socket readable or hung up, woken). An interrupted wait returns early
/// with neither, and the loop simply goes round again.
fn wait(socket: &TcpStream, wake: Option<RawFd>, timeout: Duration) -> (bool, bool) {
    let mut fds = [
        libc::pollfd {
            fd: socket.as_raw_fd(),
            events: libc::POLLIN,
            revents: 0,
        },
        libc::pollfd {
            fd: wake.unwrap_or(-1),
            events: libc::POLLIN,
            revents: 0,
        },
    ];
    let n = if wake.is_some() { 2 } else { 1 };
    // Rounded up: a deadline 0.3 ms away must not become a busy loop of zero-time polls.
    let ms = timeout.as_micros().div_ceil(1000).min(i32::MAX as u128) as libc::c_int;
    // SAFETY: `fds` is a valid array of `n` pollfd structures for the duration of the call.
    let r = unsafe { libc::poll(fds.as_mut_ptr(), n as libc::nfds_t, ms) };
    if r <= 0 {
        return (false, false);
    }
    let ready = |f: &libc::pollfd| f.revents & (libc::POLLIN | libc::POLLHUP | libc::POLLERR) != 0;
    (ready(&fds[0]), n == 2 && ready(&fds[1]))
}

/// Pieces of the outbound queue handed to one `writev`.
const IOV_MAX: usize = 16;

impl Read for Adapter {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.inbound.is_empty() {
            return Err(io::ErrorKind::WouldBlock.into());
        }
        let n = self.inbound.read(buf)?;
        if self.inbound.is_empty() && self.inbound.capacity() > 4 * READ_CHUNK {
            self.inbound.shrink_to(READ_CHUNK);
        }
        Ok(n)
    }
}

impl Write for Adapter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.push(Bytes::copy_from_slice(buf));
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// A close we started: the frame is queued; we flush it and wait for the peer's reply.
struct Closing {
    reason: End,
    deadline: Instant,
    /// We are failing the connection (RFC 6455 7.1.7): the inbound stream is unreadable, so
    /// the peer's close reply cannot be recognised. Once our close frame is written we
    /// half-close (FIN) at once, so the server closes the TCP connection first, and wait
    /// only for the peer's EOF, still draining what it sends so the kernel does not reset.
    fail: bool,
    /// The FIN has been sent.
    fin_sent: bool,
}

struct Conn<'a> {
    state: &'a AppState,
    ws: WebSocket<Adapter>,
    peer: SocketAddr,
    user: String,
    endpoint: Endpoint,
    sub: Option<Subscription>,
    /// The newest event id this client has (snapshot or event); older hub events are skipped.
    last_sent: i64,
    /// Since when a flush has not completed (the peer is not reading).
    stalled_since: Option<Instant>,
    /// Since when this client has been behind the live feed (its queue overflowed and the
    /// catch-up from the events log has not reached the present yet).
    behind_since: Option<Instant>,
    closing: Option<Closing>,
    /// The inbound stream is unusable (oversize or malformed frame): later bytes are dropped
    /// unread, since tungstenite cannot resynchronize after such an error.
    poisoned: bool,
    last_inbound: Instant,
    /// The client sent `request_orders` and has not had its `data_update` yet.
    want_snapshot: bool,
    next_heartbeat: Instant,
    ping_deadline: Option<Instant>,
}

/// Runs the WebSocket on `stream` (the 101 has been sent) until it ends.
pub fn run(
    state: &AppState,
    stream: TcpStream,
    req: &Request,
    buffered: Vec<u8>,
    endpoint: Endpoint,
) {
    let started = Instant::now();
    memory::tune();
    lower_priority();
    let peer = req.peer;
    let _ = stream.set_write_timeout(Some(WRITE_TIMEOUT));
    // Reads follow a `poll` that saw the socket readable, so they do not block; the timeout
    // only bounds a spurious wakeup.
    let _ = stream.set_read_timeout(Some(WRITE_TIMEOUT));
    let _ = stream.set_nodelay(true);
    // A bounded kernel send buffer: a client that stops reading is noticed (its hub queue
    // fills) after a few hundred KiB, not after megabytes of autotuned buffer.
    let _ = socket2::SockRef::from(&stream).set_send_buffer_size(SEND_BUFFER);
    let max = state.config.ws_max_message_size;
    let config = WebSocketConfig::default()
        .read_buffer_size(READ_CHUNK)
        .write_buffer_size(0)
        .max_write_buffer_size(64 << 20)
        .max_message_size(Some(max))
        .max_frame_size(Some(max));
    let adapter = Adapter {
        inbound: VecDeque::new(),
        socket: stream,
        out: VecDeque::new(),
        head_written: 0,
        out_len: 0,
        progressed: false,
    };
    let ws = WebSocket::from_partially_read(adapter, buffered, Role::Server, Some(config));

    let tick = Duration::from_secs(state.config.ws_heartbeat_interval_s);

    let now = Instant::now();
    let mut conn = Conn {
        state,
        ws,
        peer,
        user: "-".into(),
        endpoint,
        sub: None,
        last_sent: 0,
        stalled_since: None,
        behind_since: None,
        closing: None,
        poisoned: false,
        last_inbound: now,
        want_snapshot: false,
        next_heartbeat: now + tick,
        ping_deadline: None,
    };
    let end = match conn.open(req) {
        Ok(()) => {
            release_unused_stack();
            conn.serve()
        }
        // Opening failed (bad token, database unavailable): the close frame is queued;
        // wait for the reply.
        Err(_) => conn.serve(),
    };
    if let Some(sub) = &conn.sub {
        state.hub.unsubscribe(sub.id);
    }
    // A close reply tungstenite queued on its last read; bounded by the write timeout.
    let _ = conn.ws.get_mut().drain();
    let _ = conn.ws.get_ref().socket.shutdown(Shutdown::Both);
    state.metrics.ws_closed(end);
    memory::connection_ended();
    log::info!(
        target: WEBSOCKET,
        "Client disconnected ({}): {} user={} after {:.1}s",
        end.log_kind(),
        conn.peer,
        conn.user,
        started.elapsed().as_secs_f64()
    );
}

/// Handing freed heap back to the kernel after connections end (a reconnect storm): glibc
/// keeps freed memory in its per-thread arenas, so without a trim RSS stays at the storm's
/// peak. A connection that ends starts, unless one is pending, a short-lived thread that
/// trims a moment later (so a burst of closes costs one trim a second, and no thread stays).
mod memory {
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::time::Duration;

    static PENDING: AtomicBool = AtomicBool::new(false);
    const DELAY: Duration = Duration::from_secs(1);

    /// Fixes glibc's mmap threshold (it otherwise rises after the first large free, so
    /// later snapshots and message buffers land in arenas and fragment them) and caps the
    /// arenas thousands of connection threads would otherwise spread over. Runs once, at
    /// the first WebSocket.
    pub fn tune() {
        static ONCE: std::sync::Once = std::sync::Once::new();
        ONCE.call_once(|| {
            // SAFETY: mallopt only changes allocator parameters; it is thread-safe.
            unsafe {
                libc::mallopt(libc::M_MMAP_THRESHOLD, 128 * 1024);
                libc::mallopt(libc::M_ARENA_MAX, 4);
            }
        });
    }

    pub fn connection_ended() {
        if PENDING
            .compare_exchange(false, true, Ordering::AcqRel, Ordering::Acquire)
            .is_err()
        {
            return;
        }
        let spawned = std::thread::Builder::new()
            .name("ws-trim".into())
            .stack_size(64 * 1024)
            .spawn(|| {
                std::thread::sleep(DELAY);
                // Cleared before trimming: a close from now on schedules another trim.
                PENDING.store(false, Ordering::Release);
                // SAFETY: malloc_trim only releases free memory; it is thread-safe.
                unsafe {
                    libc::malloc_trim(0);
                }
            });
        if spawned.is_err() {
            PENDING.store(false, Ordering::Release);
        }
    }
}

/// Niceness of a WebSocket's thread (the connection thread, after the upgrade). When an event wakes thousands of sockets at once, request threads (the counter's
/// next POST, the writer's commit) still get the CPU first: at nice 10 a thread weighs about
/// a tenth of one at 0, so the fan-out runs in the gaps. A socket thread ends with its
/// connection, so the lowered priority never returns to serve HTTP.
const SOCKET_NICE: libc::c_int = 10;

/// Lowers the calling thread's priority to [`SOCKET_NICE`] (on Linux, `setpriority` on a
/// thread id applies to that thread alone). A failure only costs the ordering, so it is
/// ignored.
fn lower_priority() {
    // SAFETY: gettid and setpriority take and return plain integers.
    unsafe {
        let tid = libc::syscall(libc::SYS_gettid);
        libc::setpriority(libc::PRIO_PROCESS, tid as libc::id_t, SOCKET_NICE);
    }
}

/// Hands back to the kernel the stack pages below the current frame: the upgrade, the token
/// check and the snapshot went a few pages deeper than the loop ever will, and those pages
/// would otherwise stay resident for as long as the WebSocket lives (hours for a kitchen
/// screen). Everything below the current frame is dead, so dropping it is safe; a later deep
/// call simply gets fresh zeroed pages.
fn release_unused_stack() {
    const PAGE: usize = 4096;
    let marker = 0u8;
    let sp = std::ptr::addr_of!(marker) as usize;
    // SAFETY: queries of this thread's own stack bounds, then madvise on a page-aligned range
    // inside that stack and at least a page below the current frame.
    unsafe {
        let mut attr: libc::pthread_attr_t = std::mem::zeroed();
        if libc::pthread_getattr_np(libc::pthread_self(), &mut attr) != 0 {
            return;
        }
        let mut base: *mut libc::c_void = std::ptr::null_mut();
        let mut size: libc::size_t = 0;
        let ok = libc::pthread_attr_getstack(&attr, &mut base, &mut size) == 0;
        libc::pthread_attr_destroy(&mut attr);
        if !ok {
            return;
        }
        let low = (base as usize + PAGE - 1) & !(PAGE - 1);
        let high = sp.saturating_sub(PAGE) & !(PAGE - 1);
        if high > low {
            libc::madvise(low as *mut libc::c_void, high - low, libc::MADV_DONTNEED);
        }
    }
}

impl Conn<'_> {
    /// Authenticates (orders feed), subscribes, and sends the initial state or the replay.
    /// A database that cannot answer is retried with a growing pause, within
    /// `WEBSOCKET_PING_TIMEOUT`; if it still cannot, the client is closed with 1013 (try again
    /// later), never left open without its initial state and never told its login is bad.
    /// Never inlined: its SQLite and JSON work goes several pages deep, and in a frame of its
    /// own, below the loop's, those pages can be handed back once it returns.
    #[inline(never)]
    fn open(&mut self, req: &Request) -> Result<(), End> {
        if self.endpoint == Endpoint::Echo {
            return Ok(());
        }
        let deadline = Instant::now() + Duration::from_secs(self.state.config.ws_ping_timeout_s);
        let mut pause = RETRY_FIRST;
        let token = req.query_param("token").unwrap_or_default();
        loop {
            let wait = deadline.saturating_duration_since(Instant::now());
            match session::authenticate(self.state, &token, wait) {
                Ok(username) => {
                    self.user = username;
                    break;
                }
                Err(session::AuthError::Rejected(why)) => {
                    log::info!(target: WEBSOCKET, "authentication failed for {}: {why}", self.peer);
                    self.start_close(CloseReason::AuthFailed);
                    return Err(End::AuthFailed);
                }
                Err(session::AuthError::Unavailable(why)) => {
                    if !self.retry_pause(deadline, &mut pause) {
                        return self.try_again_later(&why);
                    }
                }
            }
        }
        // Subscribe before reading the database, so no event falls between the snapshot and
        // the feed; events the snapshot already covers are skipped by id.
        let socket = self.ws.get_ref().socket.as_raw_fd();
        self.sub = Some(self.state.hub.subscribe(Some(socket)));
        let since = req.query_param("since");
        log::info!(
            target: WEBSOCKET,
            "WebSocket connected: {} user={} since={}",
            self.peer,
            self.user,
            since.as_deref().unwrap_or("-")
        );
        let since = match since.as_deref().map(str::parse::<i64>) {
            None => None,
            Some(Ok(n)) => Some(n),
            Some(Err(_)) => {
                self.queue_msg(&ServerMsg::error(&Problem::BadSince));
                None
            }
        };
        // Event ids from another epoch (before a restore) say nothing about this database:
        // such a client gets the whole state again. `since` without `epoch` (or with an empty
        // one) is trusted, as before epochs existed.
        let other_epoch = since.is_some()
            && req
                .query_param("epoch")
                .is_some_and(|e| !e.is_empty() && e != self.state.db.epoch());
        if other_epoch {
            log::info!(target: WEBSOCKET, "{} resumes from another database epoch: resync", self.peer);
        }
        let first = loop {
            let wait = deadline.saturating_duration_since(Instant::now());
            let got = match since {
                Some(_) if other_epoch => session::data_update(self.state, true, wait),
                None => session::data_update(self.state, false, wait),
                Some(n) => session::replay(self.state, n, wait),
            };
            match got {
                Ok(first) => break first,
                Err(e) => {
                    if !self.retry_pause(deadline, &mut pause) {
                        return self.try_again_later(&format!("{} {}", e.status, e.body));
                    }
                }
            }
        };
        for m in &first.messages {
            self.queue_feed(m);
        }
        self.last_sent = first.last;
        self.flush()
    }

    /// Sleeps before the next attempt at the initial state; false once the time is up.
    fn retry_pause(&self, deadline: Instant, pause: &mut Duration) -> bool {
        let now = Instant::now();
        if now >= deadline || self.state.hub.is_closing() {
            return false;
        }
        std::thread::sleep((*pause).min(deadline - now));
        *pause = (*pause * 2).min(RETRY_MAX);
        Instant::now() < deadline
    }

    /// The database stayed unavailable: close with 1013 so the client reconnects.
    fn try_again_later(&mut self, why: &str) -> Result<(), End> {
        log::warn!(target: WEBSOCKET, "initial state for {} unavailable, closing with 1013: {why}", self.peer);
        self.start_close(CloseReason::TryAgainLater);
        Err(End::TryAgainLater)
    }

    /// The loop: until the connection ends, wait for bytes, events or the next deadline.
    fn serve(&mut self) -> End {
        loop {
            if let Err(end) = self.step() {
                return end;
            }
        }
    }

    fn step(&mut self) -> Result<(), End> {
        if let Some(c) = &self.closing {
            if Instant::now() >= c.deadline {
                return Err(c.reason);
            }
        }
        if self.closing.is_none() && self.state.hub.is_closing() {
            self.start_close(self.state.hub.close_reason());
        }
        if self.ws.get_ref().out_len > OUT_CAP {
            log::info!(target: WEBSOCKET, "{} does not read what it asks for; dropping it", self.peer);
            return Err(End::SlowConsumer);
        }
        self.check_behind();
        // While a flush is stalled, we are closing or catching up from the log, hub events
        // stay queued (a full queue is what flags this client behind).
        let (events, wake_up) = match (&self.sub, self.stalled_since, &self.closing) {
            (Some(s), None, None) if self.behind_since.is_none() => {
                (Some(s.rx.clone()), Some(s.wake.clone()))
            }
            _ => (None, None),
        };
        let wake = self.next_deadline();
        let mut timeout = wake.saturating_duration_since(Instant::now());
        if events.as_ref().is_some_and(|rx| !rx.is_empty()) {
            // More than one wakeup's worth was queued: no sleep before the rest.
            timeout = Duration::ZERO;
        }
        let wake_up = wake_up.flatten();
        if events.is_some() && wake_up.is_none() {
            // No eventfd for this socket (descriptors ran out): look at the queue often.
            timeout = timeout.min(NO_WAKE_POLL);
        }
        let wake_fd = wake_up.as_ref().map(|w| w.fd());
        // While asleep with nothing to write, the publisher writes events for this thread.
        let idle = timeout > Duration::ZERO && events.as_ref().is_some_and(|rx| self.go_idle(rx));
        let (readable, woken) = wait(&self.ws.get_ref().socket, wake_fd, timeout);
        if idle {
            self.take_back();
        }
        if woken {
            if let Some(w) = &wake_up {
                w.reset();
            }
        }
        if readable {
            self.read_socket()?;
        }
        if let Some(rx) = events {
            for _ in 0..EVENTS_PER_WAKEUP {
                match rx.try_recv() {
                    Ok(o) => self.on_outbound(o),
                    Err(_) => break,
                }
            }
        }
        if Instant::now() >= wake {
            self.on_timer()?;
        }
        self.flush()?;
        self.catch_up_step();
        self.answer_request_orders();
        self.flush()
    }

    /// Lets the publisher write events into this socket while the thread sleeps (see
    /// [`super::direct`]), if nothing is waiting to be written: no bytes queued, no snapshot
    /// asked for, nothing on the hub queue. (The caller only asks when the socket is live:
    /// not closing, stalled or behind.) False when the thread keeps the socket; an event
    /// queued just as it went idle takes it back at once, and its wake-up is already due.
    fn go_idle(&mut self, rx: &crossbeam_channel::Receiver<Outbound>) -> bool {
        let Some(d) = self.sub.as_ref().and_then(|s| s.direct.as_ref()) else {
            return false;
        };
        if self.ws.get_ref().out_len > 0 || self.want_snapshot || !rx.is_empty() {
            return false;
        }
        d.go_idle(self.last_sent);
        if rx.is_empty() {
            return true;
        }
        self.take_back();
        false
    }

    /// Takes the socket back from the publisher after a sleep: the newest event it wrote for
    /// us, and the end of a frame it could only write in part, which goes out first.
    fn take_back(&mut self) {
        let Some(d) = self.sub.as_ref().and_then(|s| s.direct.as_ref()) else {
            return;
        };
        let (last, rest) = d.take_back();
        self.last_sent = self.last_sent.max(last);
        if let Some((id, end)) = rest {
            self.last_sent = self.last_sent.max(id);
            self.ws.get_mut().push(end);
        }
    }

    /// Reads what the socket has (it was seen readable) and answers the frames completed.
    fn read_socket(&mut self) -> Result<(), End> {
        let mut buf = [0u8; READ_CHUNK];
        match self.ws.get_mut().socket.read(&mut buf) {
            Ok(0) => Err(self.peer_gone(End::ClientClose)),
            Ok(n) => {
                self.last_inbound = Instant::now();
                self.ping_deadline = None;
                // A poisoned stream is still read (and dropped), so the kernel does not
                // reset the connection before our close frame is through.
                if !self.poisoned {
                    self.ws.get_mut().inbound.extend(&buf[..n]);
                    self.read_frames()?;
                }
                Ok(())
            }
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::WouldBlock
                        | io::ErrorKind::TimedOut
                        | io::ErrorKind::Interrupted
                ) =>
            {
                Ok(())
            }
            Err(e) => Err(self.peer_gone(End::of_io(e.kind()))),
        }
    }

    /// Notices that the hub flagged this client behind (its queue overflowed).
    fn check_behind(&mut self) {
        if self.behind_since.is_some() || self.closing.is_some() {
            return;
        }
        let flagged = self
            .sub
            .as_ref()
            .is_some_and(|s| s.behind.load(Ordering::Acquire));
        if flagged {
            log::info!(target: WEBSOCKET, "{} fell behind after event {}; catching it up from the log", self.peer, self.last_sent);
            self.behind_since = Some(Instant::now());
        }
    }

    /// One step of catching a client up from the events log, once its socket has room: drop
    /// what the hub queued (the log has it), let the hub offer events again, then read the
    /// next page after the last event sent. A full page means more may follow: stay behind
    /// (the hub's offers meanwhile are dropped at the next step, the log covers them). A short
    /// page reached the present: the hub's queue continues from there (repeats skipped by id).
    fn catch_up_step(&mut self) {
        let Some(since) = self.behind_since else {
            return;
        };
        if self.closing.is_some() {
            return;
        }
        if since.elapsed() >= Duration::from_secs(self.state.config.ws_slow_timeout_s) {
            log::info!(target: WEBSOCKET, "{} stayed behind for WS_SLOW_TIMEOUT", self.peer);
            self.start_close(CloseReason::SlowConsumer);
            return;
        }
        if self.stalled_since.is_some() || self.ws.get_ref().out_len > CATCH_UP_ROOM {
            return;
        }
        let Some(sub) = &self.sub else { return };
        while sub.rx.try_recv().is_ok() {}
        sub.behind.store(false, Ordering::Release);
        let wait = Duration::from_secs(self.state.config.ws_ping_timeout_s);
        match session::range(self.state, self.last_sent, CATCH_UP_PAGE, false, wait) {
            Ok(session::Range::Events(evs, complete)) => {
                let mut all = true;
                for (id, text) in evs.iter() {
                    if *id > self.last_sent {
                        if self.ws.get_ref().out_len > CATCH_UP_ROOM {
                            // The rest of the page at a later step, when the socket has room.
                            all = false;
                            break;
                        }
                        self.last_sent = *id;
                        self.queue_feed(text);
                    }
                }
                if complete && all {
                    log::info!(target: WEBSOCKET, "{} caught up to event {}", self.peer, self.last_sent);
                    self.behind_since = None;
                } else if let Some(sub) = &self.sub {
                    sub.behind.store(true, Ordering::Release);
                }
            }
            Ok(session::Range::Resync) => match session::data_update(self.state, true, wait) {
                Ok(first) => {
                    for m in &first.messages {
                        self.queue_feed(m);
                    }
                    self.last_sent = self.last_sent.max(first.last);
                    self.behind_since = None;
                }
                Err(_) => self.flag_behind_again(),
            },
            // The database is busy: try again at the next wakeup.
            Err(_) => self.flag_behind_again(),
        }
    }

    fn flag_behind_again(&self) {
        if let Some(sub) = &self.sub {
            sub.behind.store(true, Ordering::Release);
        }
    }

    /// The earliest moment something is due.
    fn next_deadline(&self) -> Instant {
        let cfg = &self.state.config;
        let mut wake = self
            .next_heartbeat
            .min(self.last_inbound + Duration::from_secs(cfg.ws_timeout_s));
        if let Some(p) = self.ping_deadline {
            wake = wake.min(p);
        }
        if let Some(c) = &self.closing {
            wake = wake.min(c.deadline);
        }
        if self.stalled_since.is_some() {
            // Retry the stalled flush soon; each attempt blocks at most WRITE_TIMEOUT.
            wake = wake.min(Instant::now() + WRITE_TIMEOUT);
        }
        if let Some(b) = self.behind_since {
            // Catching up: the next page as soon as the socket has room, and the deadline.
            let page = if self.ws.get_ref().out_len > CATCH_UP_ROOM {
                WRITE_TIMEOUT
            } else {
                Duration::ZERO
            };
            wake = wake
                .min(Instant::now() + page)
                .min(b + Duration::from_secs(cfg.ws_slow_timeout_s));
        }
        wake
    }

    fn on_timer(&mut self) -> Result<(), End> {
        let now = Instant::now();
        let cfg = &self.state.config;
        if let Some(since) = self.stalled_since {
            if now.duration_since(since) >= self.stall_limit() {
                self.stalled_out()?;
            }
        }
        if self.closing.is_some() {
            return Ok(());
        }
        if self.ping_deadline.is_some_and(|p| now >= p) {
            return Err(End::DeadPeer);
        }
        if now.duration_since(self.last_inbound) >= Duration::from_secs(cfg.ws_timeout_s) {
            self.start_close(CloseReason::IdleTimeout);
            return Ok(());
        }
        if now >= self.next_heartbeat {
            self.next_heartbeat = now + Duration::from_secs(cfg.ws_heartbeat_interval_s);
            if self.endpoint == Endpoint::Orders {
                let ts = crate::domain::clock::now_micros() as f64 / 1e6;
                self.queue_msg(&ServerMsg::Heartbeat {
                    timestamp: ts,
                    server_id: &self.state.server_id,
                });
            }
            self.queue(Message::Ping(Bytes::new()));
            if self.ping_deadline.is_none() {
                self.ping_deadline = Some(now + Duration::from_secs(cfg.ws_ping_timeout_s));
            }
        }
        Ok(())
    }

    /// How long a flush may stay stalled before the peer counts as dead.
    fn stall_limit(&self) -> Duration {
        Duration::from_secs(self.state.config.ws_ping_timeout_s)
    }

    /// The socket took no bytes for the stall limit. A client that is not reading at all is
    /// closed as a slow consumer (4008); the close frame can only reach it once it reads
    /// again, so it gets one more stall limit, counted from now. If we were closing already,
    /// the connection ends.
    fn stalled_out(&mut self) -> Result<(), End> {
        if let Some(c) = &self.closing {
            return Err(c.reason);
        }
        log::info!(target: WEBSOCKET, "{} takes no bytes; closing it as a slow consumer", self.peer);
        self.start_close(CloseReason::SlowConsumer);
        self.stalled_since = Some(Instant::now());
        Ok(())
    }

    fn on_outbound(&mut self, o: Outbound) {
        match o {
            Outbound::Event(id, frame) => {
                if id > self.last_sent && self.closing.is_none() {
                    self.last_sent = id;
                    self.ws.get_mut().push(frame);
                    self.state
                        .metrics
                        .ws_messages_sent
                        .fetch_add(1, Ordering::Relaxed);
                }
            }
            Outbound::Shutdown => self.start_close(self.state.hub.close_reason()),
        }
    }

    /// Decodes every complete frame now buffered and answers it.
    fn read_frames(&mut self) -> Result<(), End> {
        loop {
            match self.ws.read() {
                Ok(Message::Text(t)) => self.on_text(t),
                Ok(Message::Binary(b)) => {
                    if self.endpoint == Endpoint::Echo {
                        self.queue(Message::Binary(b));
                    } else {
                        self.queue_msg(&ServerMsg::error(&Problem::BinaryMessage));
                    }
                }
                // Pings are answered by tungstenite; pongs and close frames need nothing here
                // (a close is acknowledged automatically, and the next read ends the loop).
                Ok(_) => {}
                Err(WsError::Io(e)) if e.kind() == io::ErrorKind::WouldBlock => return Ok(()),
                Err(WsError::Io(e)) if e.kind() == io::ErrorKind::TimedOut => {
                    self.stalled_since.get_or_insert_with(Instant::now);
                    return Ok(());
                }
                Err(WsError::ConnectionClosed | WsError::AlreadyClosed) => {
                    return Err(self
                        .closing
                        .as_ref()
                        .map(|c| c.reason)
                        .unwrap_or(End::ClientClose));
                }
                Err(WsError::Capacity(_)) => {
                    self.poisoned = true;
                    self.start_close(CloseReason::MessageTooBig);
                    return Ok(());
                }
                Err(WsError::Utf8(_)) => {
                    self.poisoned = true;
                    self.start_close(CloseReason::InvalidUtf8);
                    return Ok(());
                }
                Err(WsError::Protocol(p)) => {
                    if self.closing.is_some() {
                        return Err(self
                            .closing
                            .as_ref()
                            .map(|c| c.reason)
                            .unwrap_or(End::ProtocolError));
                    }
                    log::info!(target: WEBSOCKET, "protocol error from {}: {p}", self.peer);
                    let reset = matches!(
                        p,
                        tungstenite::error::ProtocolError::ResetWithoutClosingHandshake
                    );
                    if reset {
                        return Err(End::ClientClose);
                    }
                    self.poisoned = true;
                    self.start_close(CloseReason::ProtocolError);
                    return Ok(());
                }
                Err(WsError::Io(e)) => return Err(End::of_io(e.kind())),
                Err(e) => {
                    log::info!(target: WEBSOCKET, "websocket error from {}: {e}", self.peer);
                    return Err(End::ProtocolError);
                }
            }
        }
    }

    /// Answers one client message.
    fn on_text(&mut self, text: Utf8Bytes) {
        if self.endpoint == Endpoint::Echo {
            self.queue(Message::Text(text));
            return;
        }
        if self.closing.is_some() {
            return;
        }
        match ClientMsg::parse(text.as_str()) {
            Ok(ClientMsg::Heartbeat { timestamp }) => self.queue_msg(&ServerMsg::HeartbeatAck {
                timestamp: &timestamp,
            }),
            Ok(ClientMsg::Ping { timestamp }) => self.queue_msg(&ServerMsg::Pong {
                timestamp: &timestamp,
            }),
            // Answered once the socket takes bytes again (see `answer_request_orders`): a
            // flood of requests from a client that does not read costs one snapshot.
            Ok(ClientMsg::RequestOrders) => self.want_snapshot = true,
            Err(p) => self.queue_msg(&ServerMsg::error(&p)),
        }
    }

    /// Sends the `data_update` a client asked for, when its socket is not stalled.
    fn answer_request_orders(&mut self) {
        if !self.want_snapshot || self.stalled_since.is_some() || self.closing.is_some() {
            return;
        }
        self.want_snapshot = false;
        let wait = Duration::from_secs(self.state.config.ws_ping_timeout_s);
        match session::data_update(self.state, false, wait) {
            Ok(first) => {
                for m in &first.messages {
                    self.queue_feed(m);
                }
                self.last_sent = self.last_sent.max(first.last);
            }
            Err(e) => {
                log::warn!(target: WEBSOCKET, "request_orders for {} failed: {} {}", self.peer, e.status, e.body);
                self.queue_msg(&ServerMsg::error(&Problem::OrdersUnavailable));
            }
        }
    }

    fn queue_msg(&mut self, m: &ServerMsg) {
        self.queue_text(m.to_text().into());
    }

    fn queue_text(&mut self, t: Utf8Bytes) {
        self.queue_feed(&t);
    }

    /// Queues a feed message as shared bytes (see [`Adapter::push_text`]); nothing may follow
    /// a close frame, so it is dropped once we are closing.
    fn queue_feed(&mut self, t: &Utf8Bytes) {
        if self.closing.is_some() {
            return;
        }
        if self.endpoint == Endpoint::Echo {
            self.queue(Message::Text(t.clone()));
        } else {
            self.ws.get_mut().push_text(t);
        }
        self.state
            .metrics
            .ws_messages_sent
            .fetch_add(1, Ordering::Relaxed);
    }

    /// Buffers a message; a stalled write keeps it buffered and is retried by `flush`.
    fn queue(&mut self, m: Message) {
        match self.ws.write(m) {
            Ok(()) => {}
            Err(WsError::Io(e)) if e.kind() == io::ErrorKind::TimedOut => {
                self.stalled_since.get_or_insert_with(Instant::now);
            }
            // Anything else (closed, buffer full) surfaces at the next flush or read.
            Err(_) => {}
        }
    }

    /// Starts a close we initiate: queue the close frame, wait for the reply until a deadline.
    fn start_close(&mut self, why: CloseReason) {
        if self.closing.is_some() {
            return;
        }
        let end = why.end();
        let wait = if why == CloseReason::SlowConsumer {
            // The peer is not reading: give it a while to drain and see the 4008.
            self.stall_limit()
        } else {
            CLOSE_WAIT
        };
        self.closing = Some(Closing {
            reason: end,
            deadline: Instant::now() + wait,
            fail: self.poisoned,
            fin_sent: false,
        });
        if let Some(sub) = &self.sub {
            self.state.hub.unsubscribe(sub.id);
            // Drop what is queued: after a close frame nothing else may be sent.
            while sub.rx.try_recv().is_ok() {}
        }
        self.behind_since = None;
        self.want_snapshot = false;
        let frame = CloseFrame {
            code: CloseCode::from(why.code()),
            reason: why.text().into(),
        };
        // Queued in the adapter (never blocks); the next flush sends it.
        let _ = self.ws.close(Some(frame));
    }

    /// Pushes buffered frames to the socket. A stall (the peer is not reading) is remembered
    /// and retried; any other failure ends the connection.
    fn flush(&mut self) -> Result<(), End> {
        // tungstenite hands its frames to the adapter's queue at once (that never blocks).
        match self.ws.flush() {
            Ok(()) => {}
            Err(WsError::Io(e)) => return Err(End::of_io(e.kind())),
            // Our close was acknowledged: send what is queued, then we are done.
            Err(WsError::ConnectionClosed | WsError::AlreadyClosed) => {
                let _ = self.ws.get_mut().drain();
                return Err(self
                    .closing
                    .as_ref()
                    .map(|c| c.reason)
                    .unwrap_or(End::ClientClose));
            }
            Err(_) => {
                return Err(self
                    .closing
                    .as_ref()
                    .map(|c| c.reason)
                    .unwrap_or(End::ProtocolError))
            }
        }
        match self.ws.get_mut().drain() {
            Ok(()) => {
                self.stalled_since = None;
                if let Some(c) = self.closing.as_mut().filter(|c| c.fail && !c.fin_sent) {
                    c.fin_sent = true;
                    let _ = self.ws.get_mut().socket.shutdown(Shutdown::Write);
                }
                Ok(())
            }
            Err(e) if e.kind() == io::ErrorKind::TimedOut => {
                // A stall is time without a single byte taken, not time with bytes queued;
                // a slow consumer being closed gets its close frame as long as it reads.
                if self.ws.get_ref().progressed {
                    let now = Instant::now();
                    self.stalled_since = Some(now);
                    let limit = self.stall_limit();
                    if let Some(c) = self
                        .closing
                        .as_mut()
                        .filter(|c| c.reason == End::SlowConsumer)
                    {
                        c.deadline = c.deadline.max(now + limit);
                    }
                }
                let since = *self.stalled_since.get_or_insert_with(Instant::now);
                if since.elapsed() >= self.stall_limit() {
                    return self.stalled_out();
                }
                Ok(())
            }
            Err(e) => Err(self.peer_gone(End::of_io(e.kind()))),
        }
    }

    /// The socket ended under us: while closing, that is the expected end.
    fn peer_gone(&self, end: End) -> End {
        match &self.closing {
            Some(c) => c.reason,
            None => end,
        }
    }
}
