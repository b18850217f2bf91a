//! Several `adakings serve` processes on one database file: each one's event tail reads the
//! others' commits, so a feed client on one sees changes made through the other (once, in id
//! order), polled lists do not answer 304 after another process's change, order numbers stay
//! unique and gap-free with both writing, and killing one leaves the other serving.

mod common;
#[path = "common/multi.rs"]
mod multi;

use std::collections::HashSet;
use std::time::Duration;

use common::{wait_until, Server};
use multi::{start, try_create, try_request, try_start, Feed};

const LIMIT: Duration = Duration::from_secs(15);

#[test]
fn a_feed_client_on_one_process_sees_orders_made_through_either_once_in_id_order() {
    let srv = Server::start();
    let other = start(&srv, "logs2", &[]);
    let token = srv.login("counter");
    let item = srv.menu_id("Waakye");
    let mut feed = Feed::connect(srv.addr, &token).expect("feed");
    let mut want = HashSet::new();
    for i in 0..10 {
        let through = if i % 2 == 0 { other.addr } else { srv.addr };
        want.insert(try_create(through, &token, item, "multi").expect("create"));
    }
    assert!(
        feed.wait_for(&want, LIMIT),
        "saw {:?} of {want:?}",
        feed.orders
    );
    let mut sorted = feed.ids.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(feed.ids, sorted, "events out of order or repeated");
    assert_eq!(feed.ids.len(), 10, "{:?}", feed.ids);
    // The other process's own feed sees the same events, with the same ids.
    let mut there = Feed::connect(other.addr, &token).expect("feed on the other");
    want.insert(try_create(srv.addr, &token, item, "last").expect("create"));
    assert!(there.wait_for(&want, LIMIT), "{:?}", there.orders);
    assert!(feed.wait_for(&want, LIMIT));
    assert_eq!(there.ids.last(), feed.ids.last());
}

#[test]
fn order_numbers_stay_unique_and_gap_free_when_two_processes_write() {
    let srv = Server::start();
    let other = start(&srv, "logs2", &[]);
    let token = srv.login("counter");
    let item = srv.menu_id("Waakye");
    let writers: Vec<_> = [srv.addr, other.addr, srv.addr, other.addr]
        .into_iter()
        .map(|addr| {
            let token = token.clone();
            std::thread::spawn(move || {
                (0..25)
                    .map(|_| try_create(addr, &token, item, "race").expect("create"))
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let numbers: Vec<String> = writers
        .into_iter()
        .flat_map(|w| w.join().expect("writer"))
        .collect();
    let unique: HashSet<&String> = numbers.iter().collect();
    assert_eq!(unique.len(), 100, "duplicate order numbers: {numbers:?}");
    let mut seqs: Vec<i64> = srv
        .db()
        .prepare("SELECT seq FROM orders ORDER BY seq")
        .and_then(|mut st| st.query_map([], |r| r.get(0))?.collect())
        .expect("read seqs");
    seqs.dedup();
    let first = seqs[0];
    assert_eq!(seqs, (first..first + seqs.len() as i64).collect::<Vec<_>>());
}

#[test]
fn a_poll_on_one_process_is_not_answered_304_after_a_change_through_the_other() {
    let srv = Server::start();
    let other = start(&srv, "logs2", &[]);
    let token = srv.login("counter");
    let list = srv.get("/api/orders/", Some(&token));
    assert_eq!(list.status, 200);
    let etag = list.header("etag").expect("ETag").to_string();
    let number =
        try_create(other.addr, &token, srv.menu_id("Waakye"), "elsewhere").expect("create");
    let headers = [
        ("Authorization", format!("Bearer {token}")),
        ("If-None-Match", etag.clone()),
    ];
    // The tail notices within milliseconds; the deadline only bounds a broken build.
    let fresh = wait_until(LIMIT, || {
        let r = common::request_with(srv.addr, "GET", "/api/orders/", &headers, None);
        r.status == 200 && r.text().contains(&number)
    });
    assert!(fresh, "still 304 (or stale) after another process's change");
}

#[test]
fn kill_9_of_one_process_leaves_the_other_serving() {
    let mut srv = Server::start();
    let other = start(&srv, "logs2", &[]);
    let token = srv.login("counter");
    let item = srv.menu_id("Waakye");
    let mut feed = Feed::connect(other.addr, &token).expect("feed");
    srv.kill9();
    let number = try_create(other.addr, &token, item, "after kill").expect("create after kill");
    let want: HashSet<String> = [number].into();
    assert!(feed.wait_for(&want, LIMIT));
    let health = try_request(other.addr, "GET", "/api/health/", &token, None).expect("health");
    assert_eq!(health.0, 200, "{}", health.1);
}

#[test]
fn without_inotify_the_tail_polls_and_still_delivers_every_order() {
    let srv = Server::start();
    let poll = [("ADAKINGS_TEST_TAIL_POLL", "1")];
    let other = try_start(&srv, "logs2", &[], &poll).expect("second server");
    let token = srv.login("counter");
    let item = srv.menu_id("Waakye");
    let mut feed = Feed::connect(other.addr, &token).expect("feed");
    let want: HashSet<String> = (0..5)
        .map(|_| try_create(srv.addr, &token, item, "polled").expect("create"))
        .collect();
    assert!(feed.wait_for(&want, LIMIT), "{:?}", feed.orders);
    let log = std::fs::read_to_string(srv.dir.0.join("logs2/server.log")).unwrap_or_default();
    assert!(log.contains("checking the database every 10 ms"), "{log}");
}
