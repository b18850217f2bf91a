//! Idempotent creates: a retry under the same `Idempotency-Key` replays the first answer byte
//! for byte and makes no second order; the key with another body or on another mutation is a
//! 409; a refused request stores nothing under its key; and a create whose client hung up
//! before reading is made once and replayed to the retry.

mod common;

use std::io::Write;
use std::time::Duration;

use common::{request_with, Resp, Server};
use serde_json::{json, Value};

fn orders(srv: &Server) -> i64 {
    srv.db()
        .query_row("SELECT COUNT(*) FROM orders", [], |r| r.get(0))
        .expect("count")
}

/// `method path` with the caller's token and `Idempotency-Key: key`.
fn keyed(srv: &Server, tok: &str, key: &str, method: &str, path: &str, body: &Value) -> Resp {
    request_with(
        srv.addr,
        method,
        path,
        &[
            ("Authorization", format!("Bearer {tok}")),
            ("Idempotency-Key", key.to_string()),
        ],
        Some(body),
    )
}

fn two_eggs(srv: &Server) -> Value {
    json!({"items": [{"menu_item_id": srv.menu_id("Egg"), "quantity": 2}]})
}

#[test]
fn a_retry_replays_the_first_answer_and_the_key_is_not_reused_for_another_request() {
    let srv = Server::start();
    let tok = srv.login("counter");
    let body = two_eggs(&srv);
    let key = "6f1c7d1e-1111-4c3a-9d7e-000000000001";
    let a = keyed(&srv, &tok, key, "POST", "/api/orders/", &body);
    let b = keyed(&srv, &tok, key, "POST", "/api/orders/", &body);
    assert_eq!(a.status, 201, "{}", a.text());
    assert_eq!(b.status, 201);
    assert_eq!(a.body, b.body, "the retry gets the very same response");
    assert_eq!(b.header("Idempotent-Replayed"), Some("true"));
    assert_eq!(orders(&srv), 1);
    // Another body under the same key: 409, nothing made.
    let other = json!({"items": [{"menu_item_id": srv.menu_id("Egg"), "quantity": 3}]});
    let c = keyed(&srv, &tok, key, "POST", "/api/orders/", &other);
    assert_eq!(c.status, 409, "{}", c.text());
    assert_eq!(orders(&srv), 1);
    // The same key on another mutation (an edit) is the same key: 409 too, nothing changed.
    let n = a.json()["order_number"].as_str().expect("n").to_string();
    let path = format!("/api/orders/{n}/");
    let e = keyed(&srv, &tok, key, "PATCH", &path, &json!({"notes": "x"}));
    assert_eq!(e.status, 409, "{}", e.text());
    assert_eq!(srv.get(&path, Some(&tok)).json()["notes"], "");
}

#[test]
fn a_refused_request_stores_nothing_under_its_key() {
    let srv = Server::start();
    let tok = srv.login("counter");
    let key = "6f1c7d1e-1111-4c3a-9d7e-000000000002";
    let bad = keyed(
        &srv,
        &tok,
        key,
        "POST",
        "/api/orders/",
        &json!({"items": []}),
    );
    assert_eq!(bad.status, 400);
    // Fixing the body under the same key then works.
    let good = keyed(&srv, &tok, key, "POST", "/api/orders/", &two_eggs(&srv));
    assert_eq!(good.status, 201, "{}", good.text());
    assert_eq!(good.header("Idempotent-Replayed"), None);
    assert_eq!(orders(&srv), 1);
}

#[test]
fn a_create_whose_client_hung_up_is_made_once_and_replayed_to_the_retry() {
    let srv = Server::start();
    let tok = srv.login("counter");
    let body = two_eggs(&srv);
    let key = "6f1c7d1e-1111-4c3a-9d7e-000000000003";
    // The client sends a create and hangs up before reading; then it retries.
    let payload = body.to_string();
    let raw = format!(
        "POST /api/orders/ HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer {tok}\r\n\
         Idempotency-Key: {key}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{payload}",
        payload.len()
    );
    let mut s = std::net::TcpStream::connect(srv.addr).expect("connect");
    s.write_all(raw.as_bytes()).expect("write");
    drop(s);
    let retry = keyed(&srv, &tok, key, "POST", "/api/orders/", &body);
    assert_eq!(retry.status, 201, "{}", retry.text());
    // Wait until the server has finished with the abandoned request too (both creates are in
    // the access log), then count.
    assert!(
        common::wait_until(Duration::from_secs(20), || {
            srv.log("access.log")
                .matches("\"POST /api/orders/\"")
                .count()
                >= 2
        }),
        "access log: {}",
        srv.log("access.log")
    );
    assert_eq!(orders(&srv), 1, "exactly one order for the retried create");
    let again = keyed(&srv, &tok, key, "POST", "/api/orders/", &body);
    assert_eq!(again.body, retry.body);
    assert_eq!(orders(&srv), 1);
}
