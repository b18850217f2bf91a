//! WebSocket upgrade requests: detection and (for now) refusal.

use std::net::TcpStream;

use crate::http::Request;
use crate::state::AppState;

/// True when the request asks to switch to WebSocket.
pub fn is_upgrade(req: &Request) -> bool {
    req.header("upgrade").is_some()
}

/// Takes over the socket of an upgrade request.
pub fn serve(_state: &AppState, stream: TcpStream, _req: Request, _buffered: Vec<u8>) {
    drop(stream);
}
