//! The WebSocket opening handshake on the API's own port (RFC 6455 section 4.2): validate the
//! upgrade request, answer 101 with `Sec-WebSocket-Accept` (tungstenite's `derive_accept_key`),
//! then hand the socket to the connection loop in [`super::ws`]. Bad upgrades get 400/426 JSON,
//! unknown paths 404, before anything is upgraded.

use std::io::Write;
use std::net::{Shutdown, TcpStream};
use std::sync::atomic::Ordering;
use std::time::Instant;

use base64::Engine;

use super::ws::{self, Endpoint};
use crate::http::conn::client_gone;
use crate::http::request::Request;
use crate::http::response::{ApiError, Response};
use crate::logging::{redact_tokens, ACCESS};
use crate::state::AppState;

/// The live order feed.
pub const ORDERS_PATH: &str = "/ws/orders";

/// Which WebSocket endpoint `path` names, if any.
fn endpoint(state: &AppState, path: &str) -> Option<Endpoint> {
    let p = path.trim_end_matches('/');
    if p == ORDERS_PATH {
        return Some(Endpoint::Orders);
    }
    match &state.config.ws_echo_path {
        Some(echo) if echo.trim_end_matches('/') == p => Some(Endpoint::Echo),
        _ => None,
    }
}

/// Takes over the socket of an upgrade request: refuses it with an HTTP error, or completes
/// the handshake and runs the WebSocket until it ends.
pub fn serve(state: &AppState, mut stream: TcpStream, req: Request, buffered: Vec<u8>) {
    let started = Instant::now();
    let checked = endpoint(state, &req.path)
        .ok_or_else(ApiError::not_found)
        .and_then(|ep| validate(&req).map(|accept| (ep, accept)));
    let (ep, accept) = match checked {
        Ok(v) => v,
        Err(e) => {
            refuse(state, &mut stream, &req, e, started);
            return;
        }
    };
    // No `Sec-WebSocket-Protocol` in the answer: the feed speaks no named subprotocol, and
    // RFC 6455 4.2.2 allows echoing only one the server actually speaks. A client that
    // offered some gets none, which tells it the truth.
    let head = format!(
        "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\
         Sec-WebSocket-Accept: {accept}\r\n\r\n"
    );
    if let Err(e) = stream.write_all(head.as_bytes()) {
        client_gone(state, &req.peer, &req.method, &req.target(), &e);
        return;
    }
    log::info!(
        target: ACCESS,
        "{} \"{} {}\" 101 0 {:.1}ms user=-",
        req.peer,
        req.method,
        redact_tokens(&req.target()),
        started.elapsed().as_secs_f64() * 1000.0
    );
    state.metrics.http_open.fetch_sub(1, Ordering::Relaxed);
    state.metrics.ws_open.fetch_add(1, Ordering::Relaxed);
    ws::run(state, stream, &req, buffered, ep);
    state.metrics.ws_open.fetch_sub(1, Ordering::Relaxed);
    // The accept loop's guard decrements http_open when this thread ends.
    state.metrics.http_open.fetch_add(1, Ordering::Relaxed);
}

/// Checks the request against RFC 6455 4.2.1; returns the `Sec-WebSocket-Accept` value.
fn validate(req: &Request) -> Result<String, ApiError> {
    if req.method != "GET" {
        return Err(
            ApiError::detail(405, "WebSocket upgrades use GET.").with_header("Allow", "GET")
        );
    }
    if req.minor_version < 1 {
        return Err(ApiError::detail(400, "WebSocket upgrades need HTTP/1.1."));
    }
    let upgrade_ok = req.header("upgrade").is_some_and(|u| {
        u.split(',')
            .any(|t| t.trim().eq_ignore_ascii_case("websocket"))
    });
    if !upgrade_ok {
        return Err(ApiError::detail(
            426,
            "This endpoint speaks WebSocket: send Upgrade: websocket.",
        )
        .with_header("Upgrade", "websocket")
        .with_header("Connection", "Upgrade"));
    }
    if !req.header_has_token("connection", "upgrade") {
        return Err(ApiError::detail(
            400,
            "The Connection header must include \"Upgrade\".",
        ));
    }
    if req.header("sec-websocket-version").map(str::trim) != Some("13") {
        return Err(
            ApiError::detail(426, "Unsupported WebSocket version: use 13.")
                .with_header("Sec-WebSocket-Version", "13"),
        );
    }
    let key = req.header("sec-websocket-key").map(str::trim).unwrap_or("");
    let decoded = base64::engine::general_purpose::STANDARD.decode(key);
    if !matches!(decoded, Ok(ref k) if k.len() == 16) {
        return Err(ApiError::detail(
            400,
            "Missing or invalid Sec-WebSocket-Key.",
        ));
    }
    Ok(tungstenite::handshake::derive_accept_key(key.as_bytes()))
}

fn refuse(state: &AppState, stream: &mut TcpStream, req: &Request, e: ApiError, started: Instant) {
    let mut resp: Response = e.into();
    resp.close = true;
    let status = resp.status;
    let bytes = resp.to_bytes(false, false);
    let status = match stream.write_all(&bytes) {
        Ok(()) => status,
        Err(err) => {
            client_gone(state, &req.peer, &req.method, &req.target(), &err);
            499
        }
    };
    let micros = started.elapsed().as_micros() as u64;
    state.metrics.observe_request(&req.method, status, micros);
    log::info!(
        target: ACCESS,
        "{} \"{} {}\" {status} {} {:.1}ms user=-",
        req.peer,
        req.method,
        redact_tokens(&req.target()),
        resp.body.len(),
        micros as f64 / 1000.0
    );
    let _ = stream.shutdown(Shutdown::Write);
}
