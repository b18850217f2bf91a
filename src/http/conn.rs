//! One HTTP connection on its own thread: read a request, route it, write the response, and
//! repeat while keep-alive holds. A client that goes away is an ordinary event here: one INFO
//! line, status 499 in the access log, a counter; never an ERROR. A WebSocket upgrade hands
//! the socket to `realtime::ws` and the thread becomes that connection's loop.

use std::io;
use std::net::{Shutdown, SocketAddr, TcpStream};
use std::os::fd::AsRawFd;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::cors;
use super::disconnect::DisconnectKind;
use super::request::{self, Limits, ReadError};
use super::response::{write_all, ApiError, Response};
use super::router::{self, Match};
use crate::api::{self, Ctx};
use crate::logging::{redact_tokens, ACCESS};
use crate::net::pending::Pending;
use crate::state::AppState;

/// A response write may block this long (per `write` call) on a client that does not read.
pub const WRITE_TIMEOUT: Duration = Duration::from_secs(15);

/// What one served request tells the loop.
enum Next {
    KeepAlive,
    Close,
}

/// A WebSocket upgrade request, handed back to the thread's top level (see [`serve`]).
pub struct Upgrade {
    pub stream: TcpStream,
    pub req: request::Request,
    /// Bytes read past the request head.
    pub buffered: Vec<u8>,
}

/// Serves `stream` until the client leaves, keep-alive ends, or the server shuts down. An
/// upgrade request is returned rather than served from here, so that the WebSocket loop runs
/// with this function's frames gone: the loop lives for hours, and every stack page below it
/// stays resident (see `realtime::ws`).
/// `pending` counts the connection against its IP's `MAX_PENDING_PER_IP` until its first
/// request has fully arrived.
pub fn serve(
    state: Arc<AppState>,
    mut stream: TcpStream,
    peer: SocketAddr,
    mut pending: Pending,
) -> Option<Upgrade> {
    let (id, idle) = state.conns.add(stream.as_raw_fd());
    // Leaves the registry before the socket closes on every path, a panic included: a stale
    // entry would let shutdown act on a descriptor number that now belongs to something else.
    let _registered = Registered(&state, id);
    let _ = stream.set_nodelay(true);
    let _ = stream.set_write_timeout(Some(WRITE_TIMEOUT));
    let limits = Limits {
        keepalive: Duration::from_secs(state.config.keepalive_timeout_s),
        request: Duration::from_secs(state.config.request_timeout_s),
        max_body: state.config.max_upload_size,
    };
    let mut buf: Vec<u8> = Vec::new();
    // A connection accepted just before shutdown (or a takeover) began carries a request on
    // its way: it is served, not closed as idle. Only keep-alive waits are idle.
    let mut fresh = true;
    loop {
        idle.store(!fresh && buf.is_empty(), Ordering::Release);
        let stop = || !fresh && state.is_shutting_down();
        let busy = || idle.store(false, Ordering::Release);
        let head = request::read_head(&mut stream, &mut buf, peer, &limits, &stop, &busy);
        busy();
        fresh = false;
        let next = match head {
            Ok((mut head, started)) => {
                if super::request::is_upgrade(&head.req) {
                    pending.done();
                    // The registry entry must go before the WebSocket loop owns the socket.
                    state.conns.remove(id);
                    // Only the bytes after the head travel on: the read buffer's spare
                    // capacity would otherwise live as long as the WebSocket.
                    buf.shrink_to_fit();
                    return Some(Upgrade {
                        stream,
                        req: head.req,
                        buffered: buf,
                    });
                }
                match request::read_body(&mut stream, &mut buf, &mut head, &limits, started) {
                    Ok(()) => {
                        pending.done();
                        serve_one(&state, &mut stream, head.req, started)
                    }
                    Err(e) => {
                        on_read_error(&state, &mut stream, peer, Some(&head.req), e, started);
                        Next::Close
                    }
                }
            }
            Err(e) => {
                on_read_error(&state, &mut stream, peer, None, e, Instant::now());
                Next::Close
            }
        };
        match next {
            Next::KeepAlive if !state.is_shutting_down() => continue,
            _ => break,
        }
    }
    let _ = stream.shutdown(Shutdown::Both);
    None
}

/// Removes a connection from the registry when dropped (declared after the stream, so it
/// drops first).
struct Registered<'a>(&'a AppState, u64);

impl Drop for Registered<'_> {
    fn drop(&mut self) {
        self.0.conns.remove(self.1);
    }
}

/// Routes one complete request and writes its response.
fn serve_one(
    state: &AppState,
    stream: &mut TcpStream,
    req: request::Request,
    started: Instant,
) -> Next {
    // A client that reset right after sending (a tablet that gave up, a storm of aborted
    // requests) gets no work done on its behalf: the database stays free for live clients.
    if let Some(e) = peer_reset(stream) {
        access_log(state, &req, 499, 0, started, None);
        client_gone(state, &req.peer, &req.method, &req.target(), &e);
        return Next::Close;
    }
    state.metrics.in_flight.fetch_add(1, Ordering::Relaxed);
    let (mut resp, user) = dispatch(state, &req);
    cors::apply(
        &mut resp,
        state.config.cors_allowed_origins.as_deref(),
        req.header("origin"),
    );
    // Decided after the handler: a shutdown that began meanwhile must show as `close`.
    let keep_alive = req.wants_keep_alive() && !resp.close && !state.is_shutting_down();
    let head_only = req.method == "HEAD";
    let bytes = resp.to_bytes(keep_alive, head_only);
    let result = write_all(stream, &bytes).and_then(|()| match &resp.shared {
        Some(body) if !head_only => write_all(stream, body),
        _ => Ok(()),
    });
    state.metrics.in_flight.fetch_sub(1, Ordering::Relaxed);
    let status = match &result {
        Ok(()) => resp.status,
        Err(_) => 499,
    };
    access_log(
        state,
        &req,
        status,
        resp.body_len(),
        started,
        user.as_deref(),
    );
    match result {
        Ok(()) if keep_alive => Next::KeepAlive,
        Ok(()) => Next::Close,
        Err(e) => {
            client_gone(state, &req.peer, &req.method, &req.target(), &e);
            Next::Close
        }
    }
}

/// The error the peer left behind if it has already reset the connection; `None` while it
/// is (as far as the socket knows) still there. A clean FIN is not "gone": a client may
/// half-close after sending its request and still read the response.
fn peer_reset(stream: &TcpStream) -> Option<io::Error> {
    let mut byte = [0u8; 1];
    // SAFETY: a non-blocking peek of one byte into a local buffer on our own socket.
    let n = unsafe {
        libc::recv(
            stream.as_raw_fd(),
            byte.as_mut_ptr().cast(),
            1,
            libc::MSG_PEEK | libc::MSG_DONTWAIT,
        )
    };
    if n >= 0 {
        return None;
    }
    let e = io::Error::last_os_error();
    match e.kind() {
        io::ErrorKind::ConnectionReset
        | io::ErrorKind::BrokenPipe
        | io::ErrorKind::ConnectionAborted => Some(e),
        _ => None,
    }
}

/// Runs the matching handler; a panic becomes a 500 (the panic hook logged it).
fn dispatch(state: &AppState, req: &request::Request) -> (Response, Option<String>) {
    if req.method == "OPTIONS" {
        return (cors::preflight(), None);
    }
    if let Some(site) = &state.frontend {
        if let Some(resp) = super::static_files::serve(site, req) {
            return (resp, None);
        }
    }
    let routes = api::routes(state);
    match router::find(routes, &req.method, &req.path) {
        Match::NotFound => (ApiError::not_found().into(), None),
        Match::MethodNotAllowed(allowed) => {
            let e = ApiError::detail(405, format!("Method \"{}\" not allowed.", req.method))
                .with_header("Allow", allowed.join(", "));
            (e.into(), None)
        }
        Match::Found(route, params) => {
            let mut ctx = Ctx::new(state, req, params);
            let out = catch_unwind(AssertUnwindSafe(|| api::ctx::call(route, &mut ctx)));
            let user = ctx.username();
            match out {
                Ok(Ok(resp)) => (resp, user),
                Ok(Err(e)) => (e.into(), user),
                Err(_) => {
                    state.metrics.handler_panics.fetch_add(1, Ordering::Relaxed);
                    (
                        ApiError::detail(500, "A server error occurred.").into(),
                        user,
                    )
                }
            }
        }
    }
}

/// Answers what can still be answered after a failed read, and logs it.
fn on_read_error(
    state: &AppState,
    stream: &mut TcpStream,
    peer: SocketAddr,
    req: Option<&request::Request>,
    e: ReadError,
    started: Instant,
) {
    let (method, target) = match req {
        Some(r) => (r.method.clone(), r.target()),
        None => ("-".to_string(), "-".to_string()),
    };
    let origin = req.and_then(|r| r.header("origin"));
    let reply = |stream: &mut TcpStream, err: ApiError| -> (u16, usize, io::Result<()>) {
        let mut resp: Response = err.into();
        resp.close = true;
        cors::apply(
            &mut resp,
            state.config.cors_allowed_origins.as_deref(),
            origin,
        );
        let bytes = resp.to_bytes(false, false);
        // Best effort: a short timeout, the client may be gone or not reading.
        let _ = stream.set_write_timeout(Some(Duration::from_secs(2)));
        (resp.status, resp.body.len(), write_all(stream, &bytes))
    };
    match e {
        ReadError::Closed | ReadError::Idle => {}
        ReadError::Timeout => {
            let (status, len, res) = reply(stream, ApiError::detail(408, "Request timed out."));
            log::info!(
                "Request timeout ({}s): {peer} {method} {}",
                state.config.request_timeout_s,
                redact_tokens(&target)
            );
            let status = if res.is_ok() { status } else { 499 };
            access_line(state, peer, &method, &target, status, len, started, None);
            // A slow sender is still sending: closing now would reset the 408 away.
            let _ = stream.shutdown(Shutdown::Write);
            drain_briefly(stream);
        }
        ReadError::Io(err) => {
            client_gone(state, &peer, &method, &target, &err);
            if req.is_some() {
                access_line(state, peer, &method, &target, 499, 0, started, None);
            }
        }
        ReadError::Reject(err) => {
            let (status, len, res) = reply(stream, err);
            let status = if res.is_ok() { status } else { 499 };
            access_line(state, peer, &method, &target, status, len, started, None);
            // Let the client read the error before the close turns into a reset: stop
            // reading politely for a moment (bounded) instead of closing with unread bytes.
            let _ = stream.shutdown(Shutdown::Write);
            drain_briefly(stream);
        }
    }
}

/// Reads and discards for up to half a second so that closing does not send RST while the
/// client is still sending (which could destroy the error response in flight).
fn drain_briefly(stream: &mut TcpStream) {
    use std::io::Read;
    let deadline = Instant::now() + Duration::from_millis(500);
    let mut sink = [0u8; 8192];
    while let Some(left) = deadline.checked_duration_since(Instant::now()) {
        if stream
            .set_read_timeout(Some(left.max(Duration::from_millis(1))))
            .is_err()
        {
            return;
        }
        match stream.read(&mut sink) {
            Ok(0) | Err(_) => return,
            Ok(_) => {}
        }
    }
}

/// The client went away: one INFO line naming the kind, and a counter. Never an ERROR.
pub fn client_gone(state: &AppState, peer: &SocketAddr, method: &str, target: &str, e: &io::Error) {
    let kind = DisconnectKind::of_io(e);
    state.metrics.client_disconnected(kind);
    log::info!(
        "Client disconnected ({kind}): {peer} {method} {}",
        redact_tokens(target)
    );
}

fn access_log(
    state: &AppState,
    req: &request::Request,
    status: u16,
    bytes: usize,
    started: Instant,
    user: Option<&str>,
) {
    access_line(
        state,
        req.peer,
        &req.method,
        &req.target(),
        status,
        bytes,
        started,
        user,
    );
}

#[allow(clippy::too_many_arguments)]
fn access_line(
    state: &AppState,
    peer: SocketAddr,
    method: &str,
    target: &str,
    status: u16,
    bytes: usize,
    started: Instant,
    user: Option<&str>,
) {
    let micros = started.elapsed().as_micros() as u64;
    state.metrics.observe_request(method, status, micros);
    log::info!(
        target: ACCESS,
        "{peer} \"{method} {}\" {status} {bytes} {:.1}ms user={}",
        redact_tokens(target),
        micros as f64 / 1000.0,
        user.unwrap_or("-")
    );
}
