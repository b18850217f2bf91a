//! Thousands of WebSocket clients on a few threads (fanout, idle).
//!
//! Connecting is blocking and parallel: `--batch` connector threads (small stacks) each open a
//! socket, do the upgrade and wait for the first `data_update`, then hand the socket to a
//! poller. A poller is one thread with an epoll set (level-triggered) that reads every
//! readable socket until it would block. A few pollers instead of a thread per client keep
//! the load generator's own CPU use (and scheduling noise in the latency figures) low on a
//! 2-core box shared with the server, and an idle swarm costs one wakeup per poller per
//! 100 ms rather than thousands of sleeping threads.
//!
//! Delivery tracking: each client remembers when it first saw each order's `item_created`;
//! pollers also add to a shared per-order count so the fanout driver can move on to the next
//! order as soon as every live client has the current one.

use crate::api::OrderKey;
use crate::stats::{self, ErrorCounts, LatencySummary};
use crate::target::Target;
use crate::ws::{self, Ws};
use crossbeam_channel::{Receiver, Sender};
use std::collections::HashMap;
use std::io;
use std::net::Shutdown;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};
use tungstenite::Message;

/// Stack for connector and chaos client threads: they only run the handshake and a small JSON
/// parse, and there may be thousands of them.
pub const SMALL_STACK: usize = 64 * 1024;

/// How often an idle poller wakes to look for new sockets and the stop flag.
const POLL_TICK_MS: i32 = 100;

/// How long pollers wait for the server's side of the close handshake at the end.
const CLOSE_GRACE: Duration = Duration::from_secs(2);

/// State shared by the pollers and the driver.
pub struct Shared {
    /// Count key (see [`OrderKey::count_key`]) -> clients that have that order's event.
    counts: Mutex<HashMap<String, usize>>,
    changed: Condvar,
    /// Clients registered with a poller and not closed.
    alive: AtomicUsize,
    /// Clients handed to a poller so far (alive or not).
    registered: AtomicUsize,
    stop: AtomicBool,
    /// Parse messages and record `item_created` (fanout); idle only keeps sockets alive.
    track: bool,
}

impl Shared {
    pub fn new(track: bool) -> Arc<Shared> {
        Arc::new(Shared {
            counts: Mutex::new(HashMap::new()),
            changed: Condvar::new(),
            alive: AtomicUsize::new(0),
            registered: AtomicUsize::new(0),
            stop: AtomicBool::new(false),
            track,
        })
    }

    pub fn alive(&self) -> usize {
        self.alive.load(Ordering::SeqCst)
    }

    fn lock(&self) -> MutexGuard<'_, HashMap<String, usize>> {
        // A poisoned map only means a poller panicked mid-update; the counts are still
        // usable for deciding when to stop waiting.
        self.counts.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Waits until `n` clients have been handed to the pollers, or `deadline`.
    pub fn wait_registered(&self, n: usize, deadline: Instant) -> bool {
        let mut guard = self.lock();
        loop {
            if self.registered.load(Ordering::SeqCst) >= n {
                return true;
            }
            let Some(left) = deadline.checked_duration_since(Instant::now()) else {
                return false;
            };
            guard = match self.changed.wait_timeout(guard, left) {
                Ok((g, _)) => g,
                Err(p) => p.into_inner().0,
            };
        }
    }

    /// Waits until every live client has the order counted under one of `keys`, or
    /// `deadline`. Returns how many clients had it when the wait ended.
    pub fn wait_delivered(&self, keys: &[String], deadline: Instant) -> usize {
        let mut guard = self.lock();
        loop {
            let got = keys
                .iter()
                .filter_map(|k| guard.get(k).copied())
                .max()
                .unwrap_or(0);
            if got >= self.alive() {
                return got;
            }
            let Some(left) = deadline.checked_duration_since(Instant::now()) else {
                return got;
            };
            guard = match self.changed.wait_timeout(guard, left) {
                Ok((g, _)) => g,
                Err(p) => p.into_inner().0,
            };
        }
    }

    fn notify(&self) {
        // Taking the lock orders this wakeup after the waiter's check (no lost wakeup).
        drop(self.lock());
        self.changed.notify_all();
    }
}

/// The keys under which pollers count deliveries of `order`.
pub fn count_keys(order: &OrderKey) -> Vec<String> {
    let mut keys = Vec::new();
    if let Some(n) = &order.order_number {
        keys.push(format!("n:{n}"));
    }
    if let Some(id) = order.id {
        keys.push(format!("i:{id}"));
    }
    keys
}

/// One order's event as one client saw it.
#[derive(Debug, Clone)]
pub struct Received {
    pub order: OrderKey,
    pub at: Instant,
}

/// What one client saw over the run.
#[derive(Debug)]
pub struct ClientReport {
    pub received: Vec<Received>,
    /// Why the client closed before the run ended (`None`: it stayed up).
    pub dropped: Option<String>,
}

struct Client {
    ws: Option<Ws>,
    fd: RawFd,
    received: Vec<Received>,
    dropped: Option<String>,
}

/// The poller threads.
pub struct Pollers {
    senders: Vec<Sender<Ws>>,
    handles: Vec<JoinHandle<io::Result<Vec<ClientReport>>>>,
    shared: Arc<Shared>,
}

impl Pollers {
    pub fn start(threads: usize, shared: Arc<Shared>) -> io::Result<Pollers> {
        let mut senders = Vec::new();
        let mut handles = Vec::new();
        for i in 0..threads.max(1) {
            let (tx, rx) = crossbeam_channel::unbounded();
            let sh = shared.clone();
            let h = thread::Builder::new()
                .name(format!("poller-{i}"))
                .spawn(move || poll_loop(&rx, &sh))?;
            senders.push(tx);
            handles.push(h);
        }
        Ok(Pollers {
            senders,
            handles,
            shared,
        })
    }

    /// The channel of poller `i % threads`.
    pub fn sender(&self, i: usize) -> Sender<Ws> {
        self.senders[i % self.senders.len()].clone()
    }

    /// Closes every client politely and returns what each saw.
    pub fn finish(self) -> Result<Vec<ClientReport>, String> {
        self.shared.stop.store(true, Ordering::SeqCst);
        drop(self.senders);
        let mut all = Vec::new();
        for h in self.handles {
            match h.join() {
                Ok(Ok(mut reports)) => all.append(&mut reports),
                Ok(Err(e)) => return Err(format!("poller failed: {e}")),
                Err(_) => return Err("poller thread panicked".into()),
            }
        }
        Ok(all)
    }
}

/// Thin wrapper over an epoll instance.
struct Epoll(OwnedFd);

impl Epoll {
    fn new() -> io::Result<Epoll> {
        // SAFETY: plain syscall; a non-negative result is a new fd that we alone own.
        let fd = unsafe { libc::epoll_create1(libc::EPOLL_CLOEXEC) };
        if fd < 0 {
            return Err(io::Error::last_os_error());
        }
        // SAFETY: `fd` is a freshly created, open descriptor owned by nobody else.
        Ok(Epoll(unsafe { OwnedFd::from_raw_fd(fd) }))
    }

    fn add(&self, fd: RawFd, token: u64) -> io::Result<()> {
        let mut ev = libc::epoll_event {
            events: (libc::EPOLLIN | libc::EPOLLRDHUP) as u32,
            u64: token,
        };
        // SAFETY: both fds are open; `ev` is a valid epoll_event for the call's duration.
        let r = unsafe { libc::epoll_ctl(self.0.as_raw_fd(), libc::EPOLL_CTL_ADD, fd, &mut ev) };
        if r < 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(())
    }

    fn delete(&self, fd: RawFd) {
        let mut ev = libc::epoll_event { events: 0, u64: 0 };
        // SAFETY: as in `add`. Failure (fd already gone) is harmless: closing the fd removes
        // it from the set anyway.
        unsafe { libc::epoll_ctl(self.0.as_raw_fd(), libc::EPOLL_CTL_DEL, fd, &mut ev) };
    }

    fn wait(&self, events: &mut [libc::epoll_event], timeout_ms: i32) -> io::Result<usize> {
        let max = i32::try_from(events.len()).unwrap_or(i32::MAX);
        // SAFETY: `events` is a valid, writable buffer of `max` entries.
        let n =
            unsafe { libc::epoll_wait(self.0.as_raw_fd(), events.as_mut_ptr(), max, timeout_ms) };
        if n < 0 {
            let e = io::Error::last_os_error();
            if e.kind() == io::ErrorKind::Interrupted {
                return Ok(0);
            }
            return Err(e);
        }
        Ok(n as usize)
    }
}

fn poll_loop(rx: &Receiver<Ws>, shared: &Shared) -> io::Result<Vec<ClientReport>> {
    let ep = Epoll::new()?;
    let mut clients: Vec<Client> = Vec::new();
    let mut events = vec![libc::epoll_event { events: 0, u64: 0 }; 1024];
    let mut keys: Vec<String> = Vec::new();
    let mut closing_since: Option<Instant> = None;
    loop {
        let mut changed = false;
        // New clients from the connectors.
        while let Ok(ws) = rx.try_recv() {
            changed = true;
            let idx = clients.len();
            let fd = ws.get_ref().as_raw_fd();
            let mut ws = ws;
            let setup = ws
                .get_mut()
                .poll_mode()
                .and_then(|_| ep.add(fd, idx as u64));
            shared.registered.fetch_add(1, Ordering::SeqCst);
            let mut c = Client {
                ws: None,
                fd,
                received: Vec::new(),
                dropped: None,
            };
            match setup {
                Err(e) => c.dropped = Some(format!("register_{}", crate::http::io_kind(&e))),
                Ok(()) => {
                    c.ws = Some(ws);
                    shared.alive.fetch_add(1, Ordering::SeqCst);
                    // Bytes read during the handshake may already hold events: epoll will
                    // not report those, so drain once now.
                    if !drain(&mut c, shared.track, &mut keys) {
                        close_client(&ep, &mut c, shared, closing_since.is_some());
                    }
                }
            }
            clients.push(c);
        }

        if closing_since.is_none() && shared.stop.load(Ordering::SeqCst) {
            closing_since = Some(Instant::now());
            for c in clients.iter_mut() {
                if let Some(w) = c.ws.as_mut() {
                    // Queue and push our close frame; the server answers with its own and
                    // closes, which the reads below see as the end of the connection.
                    let _ = w.close(None);
                    let _ = w.flush();
                }
            }
        }
        if let Some(since) = closing_since {
            let open = clients.iter().filter(|c| c.ws.is_some()).count();
            if open == 0 || since.elapsed() >= CLOSE_GRACE {
                break;
            }
        }

        let n = ep.wait(&mut events, POLL_TICK_MS)?;
        for ev in &events[..n] {
            let token = ev.u64;
            let Some(c) = usize::try_from(token).ok().and_then(|i| clients.get_mut(i)) else {
                continue;
            };
            if let Some(w) = c.ws.as_mut() {
                w.get_mut().readable();
            }
            if c.ws.is_some() && !drain(c, shared.track, &mut keys) {
                close_client(&ep, c, shared, closing_since.is_some());
                changed = true;
            }
        }
        if !keys.is_empty() {
            // The driver waits for an order to reach every live client: wake it only then,
            // not for every batch read (its wake-ups would compete with the fan-out it
            // measures for the same cores).
            let alive = shared.alive();
            let mut counts = shared.lock();
            for k in keys.drain(..) {
                let n = counts.entry(k).or_insert(0);
                *n += 1;
                changed |= *n >= alive;
            }
        }
        if changed {
            shared.notify();
        }
    }
    // Whatever did not finish the close handshake in time is just dropped.
    for c in clients.iter_mut() {
        if let Some(w) = c.ws.take() {
            let _ = w.get_ref().shutdown(Shutdown::Both);
            ep.delete(c.fd);
        }
    }
    Ok(clients
        .into_iter()
        .map(|c| ClientReport {
            received: c.received,
            dropped: c.dropped,
        })
        .collect())
}

fn close_client(ep: &Epoll, c: &mut Client, shared: &Shared, closing: bool) {
    ep.delete(c.fd);
    c.ws = None;
    if closing {
        // Closed during the final close handshake: expected, not a drop.
        c.dropped = None;
    }
    shared.alive.fetch_sub(1, Ordering::SeqCst);
}

/// Reads everything available on one client. Returns false when the connection is over
/// (`c.dropped` says why).
fn drain(c: &mut Client, track: bool, keys: &mut Vec<String>) -> bool {
    let Some(w) = c.ws.as_mut() else {
        return false;
    };
    loop {
        match w.read() {
            Ok(Message::Text(t)) => {
                if !track {
                    continue;
                }
                // Taken before parsing: the client "has" the event once it is read.
                let at = Instant::now();
                let Some(ev) = ws::parse_event(t.as_str()) else {
                    continue;
                };
                if ev.kind != "item_created" {
                    continue;
                }
                if let Some(order) = ev.order {
                    if !c.received.iter().any(|r| r.order == order) {
                        keys.extend(count_keys(&order));
                        c.received.push(Received { order, at });
                    }
                }
            }
            Ok(Message::Close(frame)) => {
                // Keep reading: tungstenite answers the close and then reports the end.
                c.dropped = Some(match frame {
                    Some(f) => format!("server_close_{}", u16::from(f.code)),
                    None => "server_close".into(),
                });
            }
            Ok(_) => {}
            Err(tungstenite::Error::Io(e)) if e.kind() == io::ErrorKind::WouldBlock => break,
            Err(tungstenite::Error::Io(e)) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => {
                if c.dropped.is_none() {
                    c.dropped = Some(match e {
                        tungstenite::Error::ConnectionClosed => "closed".into(),
                        other => ws::error_kind(&other),
                    });
                }
                return false;
            }
        }
    }
    // Pong and close replies queued by `read` go out now; WouldBlock means a full socket
    // buffer and they go out on a later wakeup.
    match w.flush() {
        Ok(()) => true,
        Err(tungstenite::Error::Io(e)) if e.kind() == io::ErrorKind::WouldBlock => true,
        Err(e) => {
            if c.dropped.is_none() {
                c.dropped = Some(ws::error_kind(&e));
            }
            false
        }
    }
}

/// How the connect phase went.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ConnectReport {
    pub attempted: usize,
    pub connected: usize,
    pub failed: usize,
    pub errors: ErrorCounts,
    /// From the first connect attempt until the last client had its `data_update`.
    pub all_ms: f64,
    /// Per client: connect + upgrade + first `data_update`.
    pub latency_ms: LatencySummary,
}

/// Opens `n` authenticated clients, `batch` at a time, and hands them to `pollers`.
pub fn connect_all(
    target: &Target,
    token: &str,
    n: usize,
    batch: usize,
    timeout: Duration,
    pollers: &Pollers,
) -> ConnectReport {
    let next = AtomicUsize::new(0);
    let workers = batch.clamp(1, n.max(1));
    let start = Instant::now();
    let mut latencies: Vec<u64> = Vec::with_capacity(n);
    let mut errors = ErrorCounts::new();
    thread::scope(|scope| {
        let mut handles = Vec::new();
        for w in 0..workers {
            let sender = pollers.sender(w);
            let next = &next;
            let spawned = thread::Builder::new()
                .name(format!("connect-{w}"))
                .stack_size(SMALL_STACK)
                .spawn_scoped(scope, move || {
                    let mut lat = Vec::new();
                    let mut errs = ErrorCounts::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::SeqCst);
                        if i >= n {
                            break;
                        }
                        let t = Instant::now();
                        match ws::connect(target, token, timeout) {
                            Ok(ws) => {
                                lat.push(stats::micros(t.elapsed()));
                                if sender.send(ws).is_err() {
                                    stats::add_error(&mut errs, "poller_gone");
                                    lat.pop();
                                }
                            }
                            Err(kind) => stats::add_error(&mut errs, kind),
                        }
                    }
                    (lat, errs)
                });
            // A worker that cannot be spawned only lowers the parallelism; the others
            // take its share.
            if let Ok(h) = spawned {
                handles.push(h);
            }
        }
        if handles.is_empty() {
            *errors.entry("thread_spawn".into()).or_insert(0) += n as u64;
            next.store(n, Ordering::SeqCst);
        }
        for h in handles {
            match h.join() {
                Ok((mut lat, errs)) => {
                    latencies.append(&mut lat);
                    stats::merge_errors(&mut errors, errs);
                }
                Err(_) => stats::add_error(&mut errors, "connector_panicked"),
            }
        }
    });
    let all = start.elapsed();
    let connected = latencies.len();
    ConnectReport {
        attempted: n,
        connected,
        failed: n - connected,
        errors,
        all_ms: stats::ms(stats::micros(all)),
        latency_ms: LatencySummary::from_micros(&mut latencies),
    }
}

/// Poller threads for `clients` sockets on this machine: one per core, at most four, and
/// one for small runs.
pub fn poller_threads(clients: usize) -> usize {
    let cores = thread::available_parallelism().map_or(1, |n| n.get());
    if clients < 100 {
        1
    } else {
        cores.clamp(1, 4)
    }
}

/// Drop reasons of clients that closed before the end, tallied.
pub fn drop_reasons(reports: &[ClientReport]) -> ErrorCounts {
    let mut m = ErrorCounts::new();
    for r in reports {
        if let Some(d) = &r.dropped {
            stats::add_error(&mut m, d.clone());
        }
    }
    m
}
