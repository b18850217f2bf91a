//! A stored polled list does not keep stale `time_ago` labels forever: when the first label
//! in it would read differently (and `POLL_LABEL_REFRESH` allows), the next poll rebuilds it
//! and the ETag changes, even though nothing was written.

mod common;

use std::time::Duration;

use common::{request_with, wait_until, Options, Server};
use serde_json::json;

#[test]
fn time_ago_labels_refresh_without_a_write() {
    let srv = Server::start_with(Options::default().env("POLL_LABEL_REFRESH", "1"));
    let tok = srv.login("counter");
    let r = srv.post(
        "/api/orders/",
        Some(&tok),
        &json!({"items": [{"menu_item_id": srv.menu_id("Jollof Rice S"), "quantity": 1}]}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    // Age the order to 20 s behind the server's back (no write through the server, so
    // nothing but the label clock can invalidate the stored list). 20 s, not closer to the
    // 30 s flip: the first poll below must still read "Just now" on a slow machine.
    srv.db()
        .execute(
            "UPDATE orders SET updated_at = \
             strftime('%Y-%m-%dT%H:%M:%S', 'now', '-20 seconds') || '.000000Z'",
            [],
        )
        .expect("age the order");
    let auth = ("Authorization", format!("Bearer {tok}"));
    let first = request_with(
        srv.addr,
        "GET",
        "/api/orders/",
        std::slice::from_ref(&auth),
        None,
    );
    assert_eq!(first.json()[0]["time_ago"], "Just now");
    let tag = first.header("etag").expect("etag").to_string();

    // At 30 s the label becomes "1 minute ago": a poll then gets a new body and tag.
    let mut fresh = None;
    let changed = wait_until(Duration::from_secs(60), || {
        let r = request_with(
            srv.addr,
            "GET",
            "/api/orders/",
            &[auth.clone(), ("If-None-Match", tag.clone())],
            None,
        );
        if r.status == 200 {
            fresh = Some(r);
            return true;
        }
        assert_eq!(r.status, 304);
        std::thread::sleep(Duration::from_millis(250));
        false
    });
    assert!(changed, "the stored list was never refreshed");
    let fresh = fresh.expect("response");
    assert_eq!(fresh.json()[0]["time_ago"], "1 minute ago");
    assert_ne!(fresh.header("etag"), Some(tag.as_str()));
}
