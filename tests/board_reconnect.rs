//! The board survives a server restart: it says it is reconnecting, comes back on its own
//! (resuming with `?since=`), and shows an order created while it was disconnected.

#[path = "common/board.rs"]
mod board;
#[path = "common/cdp.rs"]
mod cdp;
mod common;

use std::net::TcpListener;

use board::*;
use cdp::Browser;
use common::{Options, Server};

/// A port free right now, so the restarted server comes back where the page expects it.
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port")
}

#[test]
fn board_reconnects_after_a_restart_and_shows_an_order_made_while_down() {
    let port = free_port().to_string();
    let mut srv = Server::start_with(Options::default().env("PORT", &port));
    let Some(mut b) = Browser::launch("reconnect") else {
        return;
    };
    open_and_login(&mut b, &srv, "counter");
    let token = srv.login("counter");
    let before = number(&create_order(&srv, &token, false, "before"));
    assert!(b.wait_for(&card_in(&before, "Pending"), DEADLINE));

    // Power cut: the page notices and says since when it has been reconnecting.
    srv.kill9();
    assert!(
        b.wait_for(&conn_is("reconnecting"), DEADLINE),
        "badge: {:?}",
        b.eval("document.getElementById('conn').textContent")
    );
    let badge = b
        .eval("document.getElementById('conn').textContent")
        .unwrap();
    assert!(
        badge
            .as_str()
            .unwrap_or("")
            .starts_with("reconnecting since "),
        "{badge}"
    );
    b.screenshot("reconnecting").expect("screenshot");

    // Same database, same port. The order is made at once, before the page's next attempt
    // (its backoff has grown while the port refused it).
    srv.restart();
    assert_eq!(srv.addr.port().to_string(), port);
    let token = srv.login("counter");
    let during = number(&create_order(&srv, &token, true, "while down"));

    assert!(
        b.wait_for(&card_in(&during, "Accepted"), DEADLINE),
        "order made during the outage not shown"
    );
    wait_live(&mut b);
    assert_eq!(b.eval(&format!("!!{}", card(&before))).unwrap(), true);
    // It resumed from where it was rather than reloading everything.
    let resumed = || {
        srv.log("websocket.log").lines().any(|l| {
            l.split("since=")
                .nth(1)
                .is_some_and(|v| v.starts_with(|c: char| c.is_ascii_digit()))
        })
    };
    assert!(
        common::wait_until(DEADLINE, resumed),
        "no resume in:\n{}",
        srv.log("websocket.log")
    );
    b.screenshot("reconnect").expect("screenshot");
}

#[test]
fn board_applies_a_resync_snapshot_when_the_log_no_longer_reaches_back() {
    let port = free_port().to_string();
    let mut srv = Server::start_with(Options::default().env("PORT", &port));
    let token = srv.login("counter");
    let gone = number(&create_order(&srv, &token, false, "will be cancelled"));
    let moved = number(&create_order(&srv, &token, true, "will be ready"));
    let Some(mut b) = Browser::launch("resync") else {
        return;
    };
    open_and_login(&mut b, &srv, "counter");
    assert!(b.wait_for(&card_in(&moved, "Accepted"), DEADLINE));

    // While the server is down its events are pruned past where the page stopped, and the
    // orders change: no event will ever tell the page, only a resync snapshot can.
    srv.kill9();
    assert!(b.wait_for(&conn_is("reconnecting"), DEADLINE));
    let db = srv.db();
    db.execute_batch(&format!(
        "UPDATE orders SET status = 'Cancelled' WHERE order_number = '{gone}';
         UPDATE orders SET status = 'Ready' WHERE order_number = '{moved}';
         DELETE FROM events;
         UPDATE sqlite_sequence SET seq = seq + 10 WHERE name = 'events';"
    ))
    .expect("prune the log");
    drop(db);
    srv.restart();

    assert!(
        b.wait_for(&card_in(&moved, "Ready"), DEADLINE),
        "snapshot not applied"
    );
    assert_eq!(b.eval(&format!("!!{}", card(&gone))).unwrap(), false);
    wait_live(&mut b);
    b.screenshot("resync").expect("screenshot");
}

#[test]
fn offline_device_says_offline_and_catches_up_when_back() {
    let srv = Server::start();
    let Some(mut b) = Browser::launch("offline") else {
        return;
    };
    open_and_login(&mut b, &srv, "counter");
    let offline = |b: &mut Browser, yes: bool| {
        b.call("Network.enable", serde_json::json!({}))
            .expect("Network.enable");
        b.call(
            "Network.emulateNetworkConditions",
            serde_json::json!({"offline": yes, "latency": 0,
                "downloadThroughput": -1, "uploadThroughput": -1}),
        )
        .expect("emulate network");
    };
    offline(&mut b, true);
    assert!(
        b.wait_for(&conn_is("offline"), DEADLINE),
        "badge not offline"
    );
    b.screenshot("offline").expect("screenshot");
    let token = srv.login("counter");
    let n = number(&create_order(&srv, &token, false, "while offline"));

    offline(&mut b, false);
    assert!(
        b.wait_for(&card_in(&n, "Pending"), DEADLINE),
        "not caught up"
    );
    wait_live(&mut b);
}
