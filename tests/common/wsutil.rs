//! WebSocket helpers for the feed tests (ws_*.rs, busyday_*.rs): connect, read the next JSON
//! message, read until the close code, create orders. Include with
//! `#[path = "common/wsutil.rs"] mod wsutil;` beside `mod common;`.
#![allow(dead_code)]

use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use tungstenite::{Message, WebSocket};

use super::common::Server;

pub type Ws = WebSocket<TcpStream>;

/// Opens `/ws/orders/?<query>`; panics if the handshake fails.
pub fn connect(addr: SocketAddr, query: &str) -> Ws {
    let stream = TcpStream::connect(addr).expect("connect");
    stream.set_read_timeout(Some(Duration::from_secs(30))).ok();
    connect_on(stream, addr, query)
}

/// Completes the handshake on an already connected stream (e.g. with a small receive buffer).
pub fn connect_on(stream: TcpStream, addr: SocketAddr, query: &str) -> Ws {
    let url = format!("ws://{addr}/ws/orders/?{query}");
    let (ws, resp) = tungstenite::client::client(url.as_str(), stream).expect("handshake");
    assert_eq!(resp.status().as_u16(), 101);
    ws
}

/// A stream whose receive buffer is `bytes` (set before connecting, so the window stays small).
pub fn small_buffer_stream(addr: SocketAddr, bytes: usize) -> TcpStream {
    let sock =
        socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None).expect("socket");
    sock.set_recv_buffer_size(bytes).ok();
    sock.connect(&addr.into()).expect("connect");
    let stream: TcpStream = sock.into();
    stream.set_read_timeout(Some(Duration::from_secs(30))).ok();
    stream
}

/// What the server sent next, skipping heartbeats and control frames: `Ok(json)` or
/// `Err(close code)` (0 when the connection ended without a close frame).
pub fn next(ws: &mut Ws) -> Result<Value, u16> {
    loop {
        match ws.read() {
            Ok(Message::Text(t)) => {
                let v: Value = serde_json::from_str(t.as_str()).expect("JSON message");
                if v["type"] != "heartbeat" {
                    return Ok(v);
                }
            }
            Ok(Message::Close(f)) => return Err(f.map(|f| u16::from(f.code)).unwrap_or(0)),
            Ok(_) => {}
            Err(_) => return Err(0),
        }
    }
}

/// The next message; panics on a close.
pub fn next_json(ws: &mut Ws) -> Value {
    next(ws).unwrap_or_else(|code| panic!("unexpected close {code}"))
}

/// Reads `n` `item_created` events, asserting that their event ids follow one another with no
/// gap; returns their order numbers in the order they came.
pub fn read_created(ws: &mut Ws, n: usize) -> Vec<String> {
    let mut got = Vec::new();
    let mut last_id = 0;
    while got.len() < n {
        let ev = next_json(ws);
        assert_eq!(ev["type"], "item_created", "{ev}");
        let id = ev["event_id"].as_i64().expect("event id");
        assert!(
            last_id == 0 || id == last_id + 1,
            "no gap: {last_id} then {id}"
        );
        last_id = id;
        got.push(
            ev["item"]["order_number"]
                .as_str()
                .unwrap_or("")
                .to_string(),
        );
    }
    got
}

/// Reads until the server closes; the close code (0 when dropped without a close frame).
pub fn close_code(ws: &mut Ws) -> u16 {
    let deadline = Instant::now() + Duration::from_secs(90);
    loop {
        assert!(Instant::now() < deadline, "no close from the server");
        if let Err(code) = next(ws) {
            return code;
        }
    }
}

/// Creates a Pickup order with `notes` (the counter's token) and returns it.
pub fn create_order(srv: &Server, token: &str, notes: &str) -> Value {
    let item = srv.menu_id("Waakye");
    let body = json!({"delivery_type": "Pickup", "notes": notes, "items": [{"menu_item_id": item, "quantity": 1}]});
    let r = srv.post("/api/orders/", Some(token), &body);
    assert_eq!(r.status, 201, "{}", r.text());
    r.json()
}

/// Creates `n` orders on one keep-alive connection; their numbers in order.
pub fn create_orders(srv: &Server, token: &str, n: usize, notes: &str) -> Vec<String> {
    create_orders_at(srv.addr, token, srv.menu_id("Waakye"), n, notes)
}

/// [`create_orders`] of menu item `item` without a `Server`, for a producer thread.
pub fn create_orders_at(
    addr: SocketAddr,
    token: &str,
    item: i64,
    n: usize,
    notes: &str,
) -> Vec<String> {
    let mut c = super::common::Client::connect(addr);
    let body = json!({"delivery_type": "Pickup", "notes": notes, "items": [{"menu_item_id": item, "quantity": 1}]})
        .to_string()
        .into_bytes();
    (0..n)
        .map(|_| {
            let r = c.send(
                "POST",
                "/api/orders/",
                &[("Authorization", format!("Bearer {token}"))],
                Some(&body),
                false,
            );
            assert_eq!(r.status, 201, "{}", r.text());
            r.json()["order_number"].as_str().unwrap_or("").to_string()
        })
        .collect()
}
