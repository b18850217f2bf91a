//! Polling GET /api/orders/ as the original frontend does is nearly free: `no-cache` with an
//! ETag, 304 for a matching If-None-Match while nothing changed, a new tag after any change,
//! and one body built per change shared by every screen and query the list ignores.

mod common;
#[path = "common/frontend.rs"]
mod frontend;

use common::{request_with, wait_until, Resp, Server};
use serde_json::json;
use std::time::Duration;

fn poll(srv: &Server, tok: &str, path: &str, etag: Option<&str>) -> Resp {
    let mut h = vec![
        ("Authorization", format!("Bearer {tok}")),
        ("Content-Type", "application/json".to_string()),
    ];
    if let Some(t) = etag {
        h.push(("If-None-Match", t.to_string()));
    }
    request_with(srv.addr, "GET", path, &h, None)
}

fn builds(srv: &Server) -> f64 {
    srv.metric("adakings_poll_cache_total{kind=\"build\"}")
}

/// Creates an order and waits until the event tail has published it: the tail also marks the
/// polled lists stale when it sees the commit, so counting builds before it has would race.
fn create_order(srv: &Server, tok: &str) -> String {
    let published = srv.metric("adakings_events_published_total");
    let r = srv.post(
        "/api/orders/",
        Some(tok),
        &json!({"items": [{"menu_item_id": srv.menu_id("Jollof Rice S"), "quantity": 1}]}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let tail_done = wait_until(Duration::from_secs(20), || {
        srv.metric("adakings_events_published_total") > published
    });
    assert!(tail_done, "the order's event was never published");
    r.json()["order_number"]
        .as_str()
        .expect("number")
        .to_string()
}

const DASHBOARD: &str = "/api/orders/?created_at__gte=2026-11-24&ordering=-updated_at";

#[test]
fn etag_304_until_a_write_then_a_new_tag() {
    let srv = Server::start();
    let tok = srv.login("counter");
    create_order(&srv, &tok);
    let first = poll(&srv, &tok, "/api/orders/", None);
    assert_eq!(first.status, 200);
    assert_eq!(first.header("cache-control"), Some("no-cache"));
    let tag = first.header("etag").expect("etag").to_string();
    assert_eq!(first.json().as_array().map(Vec::len), Some(1));

    let again = poll(&srv, &tok, "/api/orders/", Some(&tag));
    assert_eq!(again.status, 304);
    assert!(again.body.is_empty());
    assert_eq!(again.header("etag"), Some(tag.as_str()));
    assert_eq!(again.header("cache-control"), Some("no-cache"));
    // Browsers may send the weak form or a list.
    let weak = poll(&srv, &tok, "/api/orders/", Some(&format!("\"x\", W/{tag}")));
    assert_eq!(weak.status, 304);
    // The dashboard's query is ignored by the list, so it shares the tag.
    assert_eq!(poll(&srv, &tok, DASHBOARD, Some(&tag)).status, 304);

    let number = create_order(&srv, &tok);
    let after = poll(&srv, &tok, "/api/orders/", Some(&tag));
    assert_eq!(after.status, 200, "a write must change the tag");
    let new_tag = after.header("etag").expect("etag").to_string();
    assert_ne!(new_tag, tag);
    assert!(after.text().contains(&number));
    assert_eq!(poll(&srv, &tok, "/api/orders/", Some(&new_tag)).status, 304);

    // A payment (another event) changes it again.
    let r = srv.post(
        "/api/payments/initiate/",
        Some(&tok),
        &json!({"order_number": number, "amount": "40.00", "payment_method": "CASH"}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let r = poll(&srv, &tok, "/api/orders/", Some(&new_tag));
    assert_eq!(r.status, 200);
    assert!(r.text().contains("\"PAID\""));
}

#[test]
fn a_change_without_an_event_also_changes_the_tag() {
    let srv = Server::start();
    let tok = srv.login("manager");
    let loc: i64 = srv
        .db()
        .query_row(
            "SELECT id FROM delivery_locations WHERE name = 'Legon Hall'",
            [],
            |r| r.get(0),
        )
        .expect("location");
    let r = srv.post(
        "/api/orders/",
        Some(&tok),
        &json!({"delivery_type": "Delivery", "delivery_location": loc,
                "customer_phone": "0241234567",
                "items": [{"menu_item_id": srv.menu_id("Jollof Rice S"), "quantity": 1}]}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let tag = poll(&srv, &tok, "/api/orders/", None)
        .header("etag")
        .map(str::to_string);
    // Renaming the location changes `delivery_location` inside the order, with no event.
    let r = srv.send(
        "PATCH",
        &format!("/api/orders/delivery-locations/{loc}/"),
        Some(&tok),
        Some(&json!({"name": "Legon Hall Annex"})),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let r = poll(&srv, &tok, "/api/orders/", tag.as_deref());
    assert_eq!(r.status, 200);
    assert!(r.text().contains("Legon Hall Annex"));
}

#[test]
fn screens_share_one_build_per_change() {
    let srv = Server::start();
    let counter = srv.login("counter");
    let kitchen = srv.login("kitchen");
    create_order(&srv, &counter);
    let before = builds(&srv);
    let a = poll(&srv, &counter, "/api/orders/", None);
    let b = poll(&srv, &kitchen, DASHBOARD, None);
    let c = poll(&srv, &counter, "/api/orders/?_t=123", None);
    assert_eq!(a.body, b.body);
    assert_eq!(a.body, c.body);
    assert_eq!(a.header("etag"), b.header("etag"));
    assert_eq!(builds(&srv) - before, 1.0, "three polls, one build");
    // A different filter is a different body.
    let today = poll(&srv, &counter, "/api/orders/?status=Cancelled", None);
    assert_eq!(today.json(), json!([]));
    assert_eq!(builds(&srv) - before, 2.0);
    create_order(&srv, &counter);
    poll(&srv, &counter, "/api/orders/", None);
    poll(&srv, &kitchen, "/api/orders/", None);
    assert_eq!(
        builds(&srv) - before,
        3.0,
        "one more build after the change"
    );
    let reused = srv.metric("adakings_poll_cache_total{kind=\"reuse\"}");
    assert!(reused >= 3.0, "{reused}");
}

#[test]
fn the_cache_never_skips_authentication() {
    let srv = Server::start();
    let tok = srv.login("counter");
    let tag = poll(&srv, &tok, "/api/orders/", None)
        .header("etag")
        .map(str::to_string)
        .expect("etag");
    let r = request_with(
        srv.addr,
        "GET",
        "/api/orders/",
        &[("If-None-Match", tag.clone())],
        None,
    );
    assert_eq!(r.status, 401);
    let r = poll(&srv, "not-a-token", "/api/orders/", Some(&tag));
    assert_eq!(r.status, 401);
}

#[test]
fn browsers_get_the_list_gzipped_and_either_tag_revalidates() {
    let srv = Server::start();
    let tok = srv.login("counter");
    for _ in 0..5 {
        create_order(&srv, &tok);
    }
    let plain = poll(&srv, &tok, "/api/orders/", None);
    let gz_header = ("Accept-Encoding", "gzip, deflate, br".to_string());
    let auth = ("Authorization", format!("Bearer {tok}"));
    let gz = request_with(
        srv.addr,
        "GET",
        "/api/orders/",
        &[auth.clone(), gz_header.clone()],
        None,
    );
    assert_eq!(gz.header("content-encoding"), Some("gzip"));
    assert_eq!(gz.header("vary"), Some("Accept-Encoding"));
    assert!(gz.body.len() < plain.body.len());
    assert_eq!(frontend::gunzip(&gz.body), plain.body);
    let gz_tag = gz.header("etag").expect("etag").to_string();
    assert_ne!(Some(gz_tag.as_str()), plain.header("etag"));
    // Either tag revalidates.
    for tag in [gz_tag, plain.header("etag").unwrap_or_default().to_string()] {
        let r = request_with(
            srv.addr,
            "GET",
            "/api/orders/",
            &[auth.clone(), gz_header.clone(), ("If-None-Match", tag)],
            None,
        );
        assert_eq!(r.status, 304);
    }
}

#[test]
fn orderings_the_list_reads_get_their_own_body() {
    let srv = Server::start();
    let counter = srv.login("counter");
    create_order(&srv, &counter);
    create_order(&srv, &counter);
    let numbers = |path: &str| -> Vec<String> {
        let r = poll(&srv, &counter, path, None);
        assert_eq!(r.status, 200, "{path}");
        r.json()
            .as_array()
            .expect("array")
            .iter()
            .map(|o| o["order_number"].as_str().unwrap_or_default().to_string())
            .collect()
    };
    let newest_first = numbers("/api/orders/");
    let oldest_first = numbers("/api/orders/?ordering=created_at");
    assert_eq!(newest_first.len(), 2);
    assert_eq!(
        oldest_first,
        newest_first.iter().rev().cloned().collect::<Vec<_>>()
    );
    // An ordering the list ignores shares the default body.
    assert_eq!(numbers("/api/orders/?ordering=-updated_at"), newest_first);
}
