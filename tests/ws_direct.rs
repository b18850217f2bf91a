//! Events written into an idle screen's socket by the publisher itself (its thread asleep):
//! they arrive whole and in order, and a frame the socket could only take in part is finished
//! by the socket's thread before anything else.

mod common;
#[path = "common/wsutil.rs"]
mod wsutil;

use common::Server;
use wsutil::{connect, connect_on, create_order, create_orders, next_json, small_buffer_stream};

const DIRECT: &str = "adakings_ws_direct_writes_total ";

#[test]
fn an_idle_screen_gets_events_without_its_thread_waking() {
    let srv = Server::start();
    let token = srv.login("counter");
    let mut ws = connect(srv.addr, &format!("token={token}"));
    assert_eq!(next_json(&mut ws)["type"], "data_update");
    // The socket's thread goes idle once its snapshot is out; an order made before that
    // reaches it through its queue, so a few are made, each after the last arrived.
    let mut last_id = 0;
    for _ in 0..50 {
        let order = create_order(&srv, &token, "");
        let ev = next_json(&mut ws);
        assert_eq!(ev["type"], "item_created", "{ev}");
        assert_eq!(ev["item"]["order_number"], order["order_number"]);
        let id = ev["event_id"].as_i64().expect("event id");
        assert!(id > last_id, "in order: {last_id} then {id}");
        last_id = id;
        if srv.metric(DIRECT) >= 1.0 {
            return;
        }
    }
    panic!("no event was written by the publisher directly");
}

#[test]
fn a_frame_split_by_a_full_socket_is_finished_by_its_thread() {
    let srv = Server::start();
    let token = srv.login("counter");
    // A client that reads nothing while ~600 KB of events are made: far more than its socket
    // buffers hold, so one frame is taken only in part.
    let q = format!("token={token}");
    let mut slow = connect_on(small_buffer_stream(srv.addr, 4096), srv.addr, &q);
    assert_eq!(next_json(&mut slow)["type"], "data_update");
    let created = create_orders(&srv, &token, 30, &"n".repeat(20_000));
    let got = wsutil::read_created(&mut slow, created.len());
    assert_eq!(got, created, "every event, whole and in order");
    assert!(srv.metric(DIRECT) >= 1.0, "the publisher wrote some itself");
    // The thread took the socket back and hands it over again once idle: the feed goes on.
    let order = create_order(&srv, &token, "");
    let ev = next_json(&mut slow);
    assert_eq!(ev["item"]["order_number"], order["order_number"]);
}
