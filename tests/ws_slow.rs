//! Slow consumers: a burst that overflows a client's queue does not close it (it is caught up
//! from the events log on the same socket, every event in order); 4008 comes only when a
//! client stays behind for `WS_SLOW_TIMEOUT` or its socket takes no bytes at all.

mod common;
#[path = "common/wsutil.rs"]
mod wsutil;

use std::time::Duration;

use common::{Options, Server};
use wsutil::{
    close_code, connect, connect_on, create_orders, next, next_json, small_buffer_stream,
};

/// A feed client whose socket buffers only ~4 KB, past its `data_update`.
fn slow_client(srv: &Server, token: &str) -> wsutil::Ws {
    let q = format!("token={token}");
    let mut slow = connect_on(small_buffer_stream(srv.addr, 4096), srv.addr, &q);
    assert_eq!(next_json(&mut slow)["type"], "data_update");
    slow
}

/// Starts `n` orders of ~20 KB each from another thread; their numbers when joined.
fn burst(srv: &Server, token: &str, n: usize) -> std::thread::JoinHandle<Vec<String>> {
    let addr = srv.addr;
    let token = token.to_string();
    let item = srv.menu_id("Waakye");
    std::thread::spawn(move || wsutil::create_orders_at(addr, &token, item, n, &"n".repeat(20_000)))
}

#[test]
fn a_burst_does_not_close_a_client_that_falls_behind() {
    let srv = Server::start_with(
        Options::default()
            .env("WS_SEND_QUEUE", "8")
            .env("WEBSOCKET_PING_TIMEOUT", "60"),
    );
    let token = srv.login("counter");
    let url_q = format!("token={token}");
    let mut slow = slow_client(&srv, &token);
    let mut fast = connect(srv.addr, &url_q);
    assert_eq!(next_json(&mut fast)["type"], "data_update");

    let producer = burst(&srv, &token, 200);
    let fast_got = wsutil::read_created(&mut fast, 200);
    let created = producer.join().expect("producer");
    assert_eq!(
        fast_got, created,
        "the fast client got every event, in order"
    );
    // The slow client starts reading only now: it gets every event too, on the same socket.
    assert_eq!(
        wsutil::read_created(&mut slow, 200),
        created,
        "the slow client was caught up"
    );
    assert!(srv.metric("adakings_ws_overflows_total ") >= 1.0);
    // And it stays open: the next order reaches it live.
    let more = create_orders(&srv, &token, 1, "after");
    assert_eq!(
        next_json(&mut slow)["item"]["order_number"],
        more[0].as_str()
    );
    assert!(!srv.log("websocket.log").contains("SlowConsumer"));
}

#[test]
fn a_client_that_takes_no_bytes_is_closed_with_4008() {
    let srv = Server::start_with(
        Options::default()
            .env("WS_SEND_QUEUE", "8")
            .env("WEBSOCKET_PING_TIMEOUT", "3"),
    );
    let token = srv.login("counter");
    let mut slow = slow_client(&srv, &token);
    let producer = burst(&srv, &token, 100);
    assert!(
        common::wait_until(Duration::from_secs(60), || srv
            .log("websocket.log")
            .contains("closing it as a slow consumer")),
        "{}",
        srv.log("websocket.log")
    );
    // Reading again now, it finds what was sent, then the 4008.
    assert_eq!(close_code(&mut slow), 4008);
    producer.join().expect("producer");
    assert!(srv.wait_log("websocket.log", "SlowConsumer"));
}

#[test]
fn a_client_behind_for_ws_slow_timeout_is_closed_with_4008() {
    let srv = Server::start_with(
        Options::default()
            .env("WS_SEND_QUEUE", "8")
            .env("WS_SLOW_TIMEOUT", "2")
            .env("WEBSOCKET_PING_TIMEOUT", "30"),
    );
    let token = srv.login("counter");
    let mut slow = slow_client(&srv, &token);
    let producer = burst(&srv, &token, 200);
    // It reads, but at ~400 KB/s a 4 MB burst keeps it behind far longer than 2 s.
    let mut last_id = 0;
    let deadline = std::time::Instant::now() + Duration::from_secs(90);
    let code = loop {
        assert!(std::time::Instant::now() < deadline, "no close");
        match next(&mut slow) {
            Ok(ev) => {
                let id = ev["event_id"].as_i64().expect("event id");
                assert!(
                    last_id == 0 || id == last_id + 1,
                    "no gap: {last_id} then {id}"
                );
                last_id = id;
                std::thread::sleep(Duration::from_millis(50));
            }
            Err(code) => break code,
        }
    };
    assert_eq!(code, 4008);
    assert!(srv
        .log("websocket.log")
        .contains("stayed behind for WS_SLOW_TIMEOUT"));
    producer.join().expect("producer");
}
