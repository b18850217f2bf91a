//! Helpers for the tests that replay the original web frontend's calls: its request bodies
//! and headers, and checks of the JSON types and formats it reads. Include with
//! `#[path = "common/compat.rs"] mod compat;` beside `mod common;`.
#![allow(dead_code)]

use std::net::SocketAddr;

use serde_json::{json, Value};

use crate::common::{request_with, Resp, Server, DEMO_PASSWORD};

/// The origin the frontend is served from in development.
pub const ORIGIN: &str = "http://localhost:3000";

/// The headers the frontend sends on most calls: Bearer, JSON content type, its origin.
pub fn fe_headers(token: Option<&str>) -> Vec<(&'static str, String)> {
    let mut h = vec![
        ("Content-Type", "application/json".to_string()),
        ("Origin", ORIGIN.to_string()),
    ];
    if let Some(t) = token {
        h.push(("Authorization", format!("Bearer {t}")));
    }
    h
}

/// One call as the frontend makes it.
pub fn fe(
    addr: SocketAddr,
    method: &str,
    path: &str,
    token: Option<&str>,
    body: Option<&Value>,
) -> Resp {
    request_with(addr, method, path, &fe_headers(token), body)
}

/// `POST /api/users/login/` as the login form does; returns the whole answer.
pub fn fe_login(srv: &Server, username: &str) -> Value {
    let r = fe(
        srv.addr,
        "POST",
        "/api/users/login/",
        None,
        Some(&json!({"username": username, "password": DEMO_PASSWORD})),
    );
    assert_eq!(r.status, 200, "login {username}: {}", r.text());
    r.json()
}

/// The access token of a frontend login.
pub fn fe_token(srv: &Server, username: &str) -> String {
    str_of(&fe_login(srv, username), "access").to_string()
}

/// A Pickup order as Create Order sends it (item ids as strings, phone "").
pub fn new_pickup(srv: &Server, token: &str) -> Value {
    let rice = srv.menu_id("Jollof Rice S");
    let egg = srv.menu_id("Egg");
    let body = json!({
        "customer_phone": "", "delivery_type": "Pickup", "notes": "",
        "items": [{"menu_item_id": rice.to_string(), "quantity": 2},
                  {"menu_item_id": egg.to_string(), "quantity": 1}]
    });
    let r = fe(srv.addr, "POST", "/api/orders/", Some(token), Some(&body));
    assert_eq!(r.status, 201, "{}", r.text());
    r.json()
}

/// A Delivery order as Create Order sends it (the location by name).
pub fn new_delivery(srv: &Server, token: &str) -> Value {
    let rice = srv.menu_id("Jollof Rice S");
    let body = json!({
        "customer_phone": "0241234567", "delivery_type": "Delivery",
        "notes": "Gate 2 — près du marché 🍗",
        "items": [{"menu_item_id": rice.to_string(), "quantity": 1}],
        "delivery_location": "UGMC"
    });
    let r = fe(srv.addr, "POST", "/api/orders/", Some(token), Some(&body));
    assert_eq!(r.status, 201, "{}", r.text());
    r.json()
}

/// A payment or refund as Update Payment sends it (amount a JSON number, extra keys).
pub fn fe_pay(
    srv: &Server,
    token: &str,
    number: &str,
    amount: f64,
    method: &str,
    kind: &str,
) -> Resp {
    let body = json!({
        "order_number": number, "amount": amount, "payment_method": method,
        "payment_type": kind, "transaction_id": "TXN-20261201-153647-386",
        "transaction_reference": format!("PAY-{number}-1796139407386"),
        "client_reference": format!("PAY-{number}-1796139407386"),
        "metadata": {"custom_transaction_id": "TXN-20261201-153647-386",
                     "order_number": number, "payment_type": kind}
    });
    fe(
        srv.addr,
        "POST",
        "/api/payments/initiate/",
        Some(token),
        Some(&body),
    )
}

/// `PATCH /api/orders/{n}/ {"status"}` as Update Status sends it.
pub fn fe_status(srv: &Server, token: &str, number: &str, status: &str) -> Resp {
    fe(
        srv.addr,
        "PATCH",
        &format!("/api/orders/{number}/"),
        Some(token),
        Some(&json!({ "status": status })),
    )
}

/// The field `k` of `v`, which must be a string.
pub fn str_of<'a>(v: &'a Value, k: &str) -> &'a str {
    v[k].as_str()
        .unwrap_or_else(|| panic!("{k} should be a string in {v}"))
}

/// The field `k` of `v`, which must be a JSON number.
pub fn num_of(v: &Value, k: &str) -> f64 {
    v[k].as_f64()
        .unwrap_or_else(|| panic!("{k} should be a number in {v}"))
}

/// The field `k` of `v`, which must be a boolean.
pub fn bool_of(v: &Value, k: &str) -> bool {
    v[k].as_bool()
        .unwrap_or_else(|| panic!("{k} should be a boolean in {v}"))
}

/// A money string with two decimals that `parseFloat` reads (`"40.00"`).
pub fn money_of(v: &Value, k: &str) -> f64 {
    let s = str_of(v, k);
    let (int, frac) = s
        .split_once('.')
        .unwrap_or_else(|| panic!("{k}={s} should have decimals"));
    assert!(
        !int.is_empty() && int.bytes().all(|b| b.is_ascii_digit()) && frac.len() == 2,
        "{k}={s} is not a two-decimal amount"
    );
    s.parse().expect("money")
}

/// An ISO-8601 UTC timestamp whose UTC date JavaScript takes from the first 10 characters
/// (`…Z`, or `…+00:00` where the original used Python's isoformat).
pub fn assert_utc_iso(v: &Value, k: &str) {
    let s = str_of(v, k);
    let ok = s.len() >= 20
        && s.as_bytes()[4] == b'-'
        && s.as_bytes()[10] == b'T'
        && (s.ends_with('Z') || s.ends_with("+00:00"));
    assert!(ok, "{k}={s} is not an ISO UTC timestamp");
}

/// Counts of events and audit rows (to prove one of each per change).
pub fn events_and_audit(srv: &Server) -> (i64, i64) {
    let c = srv.db();
    let e = c
        .query_row("SELECT COUNT(*) FROM events", [], |r| r.get(0))
        .expect("events");
    let a = c
        .query_row("SELECT COUNT(*) FROM audit_log", [], |r| r.get(0))
        .expect("audit");
    (e, a)
}
