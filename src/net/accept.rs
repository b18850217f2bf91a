//! The accept loop: its own thread, alive as long as the process. It survives every accept
//! error (EMFILE, ENFILE, ECONNABORTED, ENOBUFS, ENOMEM, ...), logging once per burst; it
//! refuses connections over `MAX_CONNECTIONS` with a 503 written right here (no thread spawned);
//! and it spawns one small named thread per accepted connection.

use std::fs::File;
use std::io::{self, Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::os::fd::AsRawFd;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use crossbeam_channel::{bounded, Receiver, Sender, TrySendError};

use crate::http::conn;
use crate::net::pending::Pending;
use crate::state::AppState;

/// Stack of a connection thread. Handlers are shallow; serde_json's recursion limit (128) and
/// SQLite's parser fit with room to spare.
pub const CONN_STACK: usize = 256 * 1024;

const OVER_CAPACITY_BODY: &str =
    r#"{"detail": "Server is at its connection limit, retry in a second."}"#;

/// The whole 503, built once: the length is computed, never typed by hand.
fn over_capacity() -> &'static [u8] {
    static BYTES: OnceLock<Vec<u8>> = OnceLock::new();
    BYTES.get_or_init(|| {
        format!(
            "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n\
             Content-Length: {}\r\nRetry-After: 1\r\nConnection: close\r\n\r\n{}",
            OVER_CAPACITY_BODY.len(),
            OVER_CAPACITY_BODY
        )
        .into_bytes()
    })
}

/// Decrements the open-connection count when a connection thread ends, however it ends.
struct OpenGuard(Arc<AppState>);

impl Drop for OpenGuard {
    fn drop(&mut self) {
        self.0.open.fetch_sub(1, Ordering::AcqRel);
        self.0.metrics.http_open.fetch_sub(1, Ordering::Relaxed);
    }
}

/// Runs until shutdown begins or `stop` is set (a new process took the socket over), then
/// returns, dropping the listener: with no other copy open, new connections are refused by
/// the kernel. Whatever was accepted before is served.
pub fn run(state: Arc<AppState>, listener: TcpListener, stop: &AtomicBool) {
    let rejecter = spawn_rejecter();
    let mut reserve = File::open("/dev/null").ok();
    let mut burst: Option<(Instant, u64)> = None;
    let fd = listener.as_raw_fd();
    // Non-blocking: a connection that vanishes between poll and accept (or an empty queue in
    // `shed_one`) must not park this thread where it cannot see the shutdown flag.
    if let Err(e) = listener.set_nonblocking(true) {
        log::warn!("listener stays blocking: {e}");
    }
    while !state.is_shutting_down() && !stop.load(Ordering::Acquire) {
        if !readable(fd, 200) {
            continue;
        }
        match listener.accept() {
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => continue,
            Ok((stream, peer)) => {
                if let Some((since, n)) = burst.take() {
                    log::info!(
                        "accept recovered after {n} errors in {:.1}s",
                        since.elapsed().as_secs_f64()
                    );
                }
                state.metrics.accepted.fetch_add(1, Ordering::Relaxed);
                admit(&state, stream, peer, &rejecter);
            }
            Err(e) => {
                state.metrics.accept_errors.fetch_add(1, Ordering::Relaxed);
                match &mut burst {
                    None => {
                        log::warn!("accept failed: {e} (backing off; logged once per burst)");
                        burst = Some((Instant::now(), 1));
                    }
                    Some((_, n)) => *n += 1,
                }
                if is_fd_exhaustion(&e) {
                    shed_one(&listener, &mut reserve, &state);
                }
                std::thread::sleep(Duration::from_millis(10));
            }
        }
    }
    log::info!("accept loop stopped");
}

/// Starts a connection thread, or refuses the connection when over the cap.
fn admit(
    state: &Arc<AppState>,
    stream: TcpStream,
    peer: std::net::SocketAddr,
    rejecter: &Sender<TcpStream>,
) {
    let max = state.config.max_connections;
    if state.open.fetch_add(1, Ordering::AcqRel) >= max {
        refuse_over_cap(state, stream, rejecter);
        return;
    }
    let ip = peer.ip().to_canonical();
    // A trusted proxy carries many clients' connections: it is not one pending client.
    let pending = if state.config.trusted_proxies.contains(&ip) {
        Some(Pending::exempt())
    } else {
        state.pending.try_add(ip, state.config.max_pending_per_ip)
    };
    let Some(pending) = pending else {
        refuse_over_cap(state, stream, rejecter);
        return;
    };
    state.metrics.http_open.fetch_add(1, Ordering::Relaxed);
    let guard = OpenGuard(state.clone());
    let st = state.clone();
    let spawned = std::thread::Builder::new()
        .name(format!("conn {peer}"))
        .stack_size(CONN_STACK)
        .spawn(move || {
            let _guard = guard;
            if let Some(up) = conn::serve(st.clone(), stream, peer, pending) {
                crate::realtime::upgrade::serve(&st, up.stream, up.req, up.buffered);
            }
        });
    if let Err(e) = spawned {
        // The guard moved into the closure and was dropped with it: the count is restored.
        log::warn!("cannot spawn a connection thread for {peer}: {e}");
    }
}

/// Gives back the slot this connection took in `open`, counts it as refused for a cap
/// (`MAX_CONNECTIONS` or `MAX_PENDING_PER_IP`) and hands it to `refuse`.
fn refuse_over_cap(state: &AppState, stream: TcpStream, rejecter: &Sender<TcpStream>) {
    state.open.fetch_sub(1, Ordering::AcqRel);
    state
        .metrics
        .rejected_over_cap
        .fetch_add(1, Ordering::Relaxed);
    refuse(stream, rejecter);
}

/// Writes the 503 without blocking and hands the socket to the rejecter, which lingers
/// briefly so the response is not destroyed by a reset.
fn refuse(stream: TcpStream, rejecter: &Sender<TcpStream>) {
    let _ = stream.set_nonblocking(true);
    let _ = (&stream).write(over_capacity());
    let _ = stream.shutdown(Shutdown::Write);
    if let Err(TrySendError::Full(s) | TrySendError::Disconnected(s)) = rejecter.try_send(stream) {
        drop(s);
    }
}

/// Out of file descriptors: close the reserve fd, accept and refuse one pending connection,
/// reopen the reserve. This drains the backlog instead of spinning on EMFILE.
fn shed_one(listener: &TcpListener, reserve: &mut Option<File>, state: &AppState) {
    drop(reserve.take());
    if let Ok((stream, _)) = listener.accept() {
        state
            .metrics
            .rejected_over_cap
            .fetch_add(1, Ordering::Relaxed);
        let _ = stream.set_nonblocking(true);
        let _ = (&stream).write(over_capacity());
        drop(stream);
    }
    *reserve = File::open("/dev/null").ok();
}

fn is_fd_exhaustion(e: &io::Error) -> bool {
    matches!(e.raw_os_error(), Some(libc::EMFILE) | Some(libc::ENFILE))
}

/// Waits up to `ms` for the listener to have a pending connection.
fn readable(fd: i32, ms: i32) -> bool {
    let mut p = libc::pollfd {
        fd,
        events: libc::POLLIN,
        revents: 0,
    };
    // SAFETY: one valid pollfd for the duration of the call.
    let n = unsafe { libc::poll(&mut p, 1, ms) };
    n > 0
}

/// One thread that holds refused sockets for up to 300 ms, reading and discarding what the
/// client sends, then closes them. Bounded: when full, sockets are closed at once.
fn spawn_rejecter() -> Sender<TcpStream> {
    let (tx, rx): (Sender<TcpStream>, Receiver<TcpStream>) = bounded(1024);
    let spawned = std::thread::Builder::new()
        .name("rejecter".into())
        .stack_size(64 * 1024)
        .spawn(move || linger_loop(rx));
    if let Err(e) = spawned {
        log::warn!("cannot start the rejecter thread: {e}");
    }
    tx
}

fn linger_loop(rx: Receiver<TcpStream>) {
    let mut held: Vec<(TcpStream, Instant)> = Vec::new();
    let mut sink = [0u8; 4096];
    loop {
        let wait = if held.is_empty() {
            Duration::from_secs(3600)
        } else {
            Duration::from_millis(20)
        };
        match rx.recv_timeout(wait) {
            Ok(s) => held.push((s, Instant::now() + Duration::from_millis(300))),
            Err(crossbeam_channel::RecvTimeoutError::Timeout) => {}
            Err(crossbeam_channel::RecvTimeoutError::Disconnected) => return,
        }
        while let Ok(s) = rx.try_recv() {
            held.push((s, Instant::now() + Duration::from_millis(300)));
        }
        let now = Instant::now();
        held.retain_mut(|(s, deadline)| {
            if now >= *deadline {
                return false;
            }
            loop {
                match s.read(&mut sink) {
                    Ok(0) => return false,
                    Ok(_) => continue,
                    Err(e) if e.kind() == io::ErrorKind::WouldBlock => return true,
                    Err(_) => return false,
                }
            }
        });
    }
}
