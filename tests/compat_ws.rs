//! The original web frontend's WebSocket client (switched off in the build it shipped, but
//! present): a token from `users/login/`, its message types, and the polling beside it.

mod common;
#[path = "common/compat.rs"]
mod compat;

use std::net::TcpStream;
use std::time::Duration;

use common::Server;
use compat::*;
use serde_json::{json, Value};
use tungstenite::{Message, WebSocket};

/// The next text message that is not a server heartbeat.
fn next_json(ws: &mut WebSocket<TcpStream>) -> Value {
    loop {
        match ws.read().expect("read") {
            Message::Text(t) => {
                let v: Value = serde_json::from_str(t.as_str()).expect("JSON");
                if v["type"] != "heartbeat" {
                    return v;
                }
            }
            Message::Close(f) => panic!("closed: {f:?}"),
            _ => {}
        }
    }
}

#[test]
fn websocket_speaks_the_frontends_message_types() {
    let srv = Server::start();
    let tok = fe_token(&srv, "counter");
    let stream = TcpStream::connect(srv.addr).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .expect("timeout");
    let url = format!("ws://{}/ws/orders/?token={tok}", srv.addr);
    let (mut ws, resp) = tungstenite::client::client(url.as_str(), stream).expect("handshake");
    assert_eq!(resp.status().as_u16(), 101);
    let first = next_json(&mut ws);
    assert_eq!(first["type"], "data_update");
    assert!(first["data"].is_array());
    // The client's heartbeat every 30 s.
    let hb = json!({"type": "heartbeat", "timestamp": 1796139407386_i64});
    ws.send(Message::Text(hb.to_string().into())).expect("send");
    let ack = next_json(&mut ws);
    assert_eq!(
        ack,
        json!({"type": "heartbeat_ack", "timestamp": 1796139407386_i64})
    );
    // A new order arrives as item_created with the whole order; a change as item_updated.
    let p = new_pickup(&srv, &tok);
    let m = next_json(&mut ws);
    assert_eq!(m["type"], "item_created");
    assert_eq!(m["item"]["id"], p["id"]);
    let n = str_of(&p, "order_number");
    assert_eq!(fe_status(&srv, &tok, n, "Cancelled").status, 200);
    let m = next_json(&mut ws);
    assert_eq!(m["type"], "item_updated");
    assert_eq!(m["item"]["status"], "Cancelled");
}
