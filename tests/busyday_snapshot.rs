//! The snapshot is built once per event id and shared, capped at `WS_SNAPSHOT_LIMIT` finished
//! orders with `"omitted"`; replays are capped at `WS_REPLAY_LIMIT`; a deleted order's events
//! keep only its number.

mod common;
#[path = "common/wsutil.rs"]
mod wsutil;

use common::{Options, Server};
use wsutil::{connect, create_orders, next_json};

#[test]
fn clients_connecting_at_one_event_id_share_one_snapshot() {
    let srv = Server::start();
    let token = srv.login("kitchen");
    let counter = srv.login("counter");
    create_orders(&srv, &counter, 3, "shared");
    let built = srv.metric("adakings_ws_snapshots_built_total ");
    let texts: Vec<String> = (0..20)
        .map(|_| {
            let addr = srv.addr;
            let q = format!("token={token}");
            std::thread::spawn(move || {
                let mut ws = connect(addr, &q);
                next_json(&mut ws).to_string()
            })
        })
        .collect::<Vec<_>>()
        .into_iter()
        .map(|h| h.join().expect("client"))
        .collect();
    assert!(texts.iter().all(|t| t == &texts[0]), "same bytes for all");
    assert_eq!(
        srv.metric("adakings_ws_snapshots_built_total ") - built,
        1.0
    );
    assert!(srv.metric("adakings_ws_snapshots_sent_total ") >= 20.0);
    // A new event makes the next client's snapshot a new one, with the new order in it.
    let n = create_orders(&srv, &counter, 1, "later");
    let mut ws = connect(srv.addr, &format!("token={token}"));
    let snap = next_json(&mut ws);
    assert_eq!(snap["data"][0]["order_number"], n[0].as_str());
    assert_eq!(
        srv.metric("adakings_ws_snapshots_built_total ") - built,
        2.0
    );
}

#[test]
fn the_snapshot_keeps_active_orders_and_the_newest_finished_ones() {
    let srv = Server::start_with(Options::default().env("WS_SNAPSHOT_LIMIT", "2"));
    let counter = srv.login("counter");
    let finished = create_orders(&srv, &counter, 5, "done");
    let active = create_orders(&srv, &counter, 3, "cooking");
    srv.db()
        .execute(
            "UPDATE orders SET status = 'Fulfilled' WHERE notes = 'done'",
            [],
        )
        .expect("finish");
    let mut ws = connect(srv.addr, &format!("token={counter}"));
    let snap = next_json(&mut ws);
    let got: Vec<&str> = snap["data"]
        .as_array()
        .expect("data")
        .iter()
        .map(|o| o["order_number"].as_str().unwrap_or(""))
        .collect();
    // Newest first: the three active, then the two newest finished.
    let want: Vec<&str> = active
        .iter()
        .rev()
        .chain(finished.iter().rev().take(2))
        .map(String::as_str)
        .collect();
    assert_eq!(got, want);
    assert_eq!(snap["omitted"], 3);
}

#[test]
fn replays_longer_than_ws_replay_limit_resync() {
    let srv = Server::start_with(Options::default().env("WS_REPLAY_LIMIT", "3"));
    let counter = srv.login("counter");
    let mut ws = connect(srv.addr, &format!("token={counter}"));
    let since = next_json(&mut ws)["last_event_id"].as_i64().expect("id");
    create_orders(&srv, &counter, 5, "");
    let mut far = connect(srv.addr, &format!("token={counter}&since={since}"));
    let r = next_json(&mut far);
    assert_eq!(
        (r["type"].as_str(), r["resync"].as_bool()),
        (Some("data_update"), Some(true))
    );
    let mut near = connect(srv.addr, &format!("token={counter}&since={}", since + 2));
    for id in since + 3..=since + 5 {
        assert_eq!(next_json(&mut near)["event_id"], id);
    }
    assert_eq!(next_json(&mut near)["type"], "replay_complete");
}

#[test]
fn a_deleted_orders_events_keep_only_its_number() {
    let srv = Server::start();
    let counter = srv.login("counter");
    let owner = srv.login("owner");
    let mut ws = connect(srv.addr, &format!("token={counter}"));
    let since = next_json(&mut ws)["last_event_id"].as_i64().expect("id");
    let n = create_orders(&srv, &counter, 1, "secret recipe");
    let r = srv.send(
        "DELETE",
        &format!("/api/orders/{}/", n[0]),
        Some(&owner),
        None,
    );
    assert_eq!(r.status, 204, "{}", r.text());
    let mut ws = connect(srv.addr, &format!("token={counter}&since={since}"));
    for _ in 0..2 {
        let ev = next_json(&mut ws);
        assert_eq!(ev["type"], "item_deleted", "{ev}");
        assert_eq!(ev["order_number"], n[0].as_str());
        assert!(ev.get("item").is_none());
    }
    assert_eq!(next_json(&mut ws)["type"], "replay_complete");
    let leaked: i64 = srv
        .db()
        .query_row(
            "SELECT COUNT(*) FROM events WHERE payload LIKE '%secret recipe%'",
            [],
            |r| r.get(0),
        )
        .expect("count");
    assert_eq!(leaked, 0);
}
