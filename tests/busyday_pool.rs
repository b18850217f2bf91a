//! A busy database is not a bad login: with the read pool exhausted (one connection, held by
//! a test route) a connecting client is retried by the server and then gets its snapshot, or
//! 1013 "try again later" when the database stays busy; never 4001, never an open socket
//! without its initial state. And a change the writer never started is never committed after
//! its caller was told to try again.

mod common;
#[path = "common/wsutil.rs"]
mod wsutil;

use common::{Options, Server};
use wsutil::{close_code, connect, next};

/// Holds the only pooled read connection for `ms` on another thread; returns once it is held.
fn hold_pool(srv: &Server, ms: u64) -> std::thread::JoinHandle<u16> {
    let addr = srv.addr;
    let h = std::thread::spawn(move || {
        common::request(
            addr,
            "GET",
            &format!("/api/_test/hold_db/?ms={ms}"),
            None,
            None,
        )
        .status
    });
    assert!(srv.wait_log("server.log", "test: holding a read connection"));
    h
}

#[test]
fn a_short_pool_exhaustion_delays_the_snapshot_without_4001() {
    let srv = Server::start_with(
        Options::default()
            .env("DB_POOL_SIZE", "1")
            .env("WEBSOCKET_PING_TIMEOUT", "10"),
    );
    let token = srv.login("kitchen");
    let held = hold_pool(&srv, 1500);
    let mut ws = connect(srv.addr, &format!("token={token}"));
    let first = next(&mut ws).unwrap_or_else(|code| panic!("closed with {code}"));
    assert_eq!(first["type"], "data_update", "{first}");
    assert_eq!(held.join().expect("holder"), 200);
    assert!(!srv.log("websocket.log").contains("AuthFailed"));
}

#[test]
fn a_long_pool_exhaustion_closes_with_1013_not_4001() {
    let srv = Server::start_with(
        Options::default()
            .env("DB_POOL_SIZE", "1")
            .env("WEBSOCKET_PING_TIMEOUT", "2"),
    );
    let token = srv.login("kitchen");
    let held = hold_pool(&srv, 8000);
    let mut ws = connect(srv.addr, &format!("token={token}"));
    // Nothing but the close: no error message, no socket left open without its state.
    assert_eq!(next(&mut ws).err(), Some(1013));
    drop(ws);
    assert_eq!(held.join().expect("holder"), 200);
    // Once the database answers again, the same token connects normally.
    let mut ws = connect(srv.addr, &format!("token={token}"));
    assert_eq!(next(&mut ws).expect("snapshot")["type"], "data_update");
    let log = srv.log("websocket.log");
    assert!(log.contains("TryAgainLater"), "{log}");
    assert!(!log.contains("AuthFailed"), "{log}");
    // A bad token is still 4001 while the pool is busy or not.
    let mut bad = connect(srv.addr, "token=not-a-jwt");
    assert_eq!(close_code(&mut bad), 4001);
}

#[test]
fn a_change_cancelled_in_the_writer_queue_never_commits() {
    let srv = Server::start_with(Options::default().env("WRITE_QUEUE_TIMEOUT", "1"));
    let token = srv.login("counter");
    let addr = srv.addr;
    let stall = std::thread::spawn(move || {
        common::request(addr, "GET", "/api/_test/stall_writer/?ms=4000", None, None).status
    });
    assert!(srv.wait_log("server.log", "test: writer stalled"));
    let item = srv.menu_id("Waakye");
    let body = serde_json::json!({"delivery_type": "Pickup", "notes": "only once", "items": [{"menu_item_id": item, "quantity": 1}]});
    let r = srv.post("/api/orders/", Some(&token), &body);
    assert_eq!(r.status, 503, "{}", r.text());
    // The stalled job itself had started: its caller waited for it and got its outcome.
    assert_eq!(stall.join().expect("stall"), 200);
    let count = |srv: &Server| -> i64 {
        srv.db()
            .query_row(
                "SELECT COUNT(*) FROM orders WHERE notes = 'only once'",
                [],
                |r| r.get(0),
            )
            .expect("count")
    };
    // Once the writer is free again, the cancelled job has not run.
    let probe = srv.post("/api/orders/", Some(&token), &serde_json::json!({"delivery_type": "Pickup", "notes": "probe", "items": [{"menu_item_id": item, "quantity": 1}]}));
    assert_eq!(probe.status, 201);
    assert_eq!(count(&srv), 0, "the 503'd change was committed after all");
    // The client's retry creates exactly one order.
    assert_eq!(srv.post("/api/orders/", Some(&token), &body).status, 201);
    assert_eq!(count(&srv), 1);
}
