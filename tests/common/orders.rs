//! Helpers for the orders tests (orders_*.rs): create, pay, move and read orders over the
//! API, count the rows a mutation touches, and walk an order to a given status. Include with
//! `#[path = "common/orders.rs"] mod orders;` beside `mod common;`.
#![allow(dead_code)]

use serde_json::{json, Value};

use super::common::{Resp, Server};

/// The id of the seeded delivery location called `name`.
pub fn loc_id(srv: &Server, name: &str) -> i64 {
    srv.db()
        .query_row(
            "SELECT id FROM delivery_locations WHERE name = ?1",
            [name],
            |r| r.get(0),
        )
        .unwrap_or_else(|e| panic!("location {name}: {e}"))
}

/// Row counts of every table a mutation touches: orders, order_items, order_status_history,
/// payments, events, audit_log (logins apart), idempotency_keys.
pub fn counts(srv: &Server) -> Vec<i64> {
    let c = srv.db();
    [
        "orders",
        "order_items",
        "order_status_history",
        "payments",
        "events",
        // Logins are audited too; they are not order changes.
        "audit_log WHERE action <> 'login'",
        "idempotency_keys",
    ]
    .iter()
    .map(|t| {
        c.query_row(&format!("SELECT COUNT(*) FROM {t}"), [], |r| r.get(0))
            .expect("count")
    })
    .collect()
}

/// `DDMMYY-` of today (UTC), the prefix of today's order numbers.
pub fn today_prefix() -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_secs() as i64;
    let date = adakings::domain::clock::Date::of_days(now.div_euclid(86_400));
    format!("{:02}{:02}{:02}-", date.day, date.month, date.year % 100)
}

pub fn create(srv: &Server, tok: &str, body: &Value) -> Resp {
    srv.post("/api/orders/", Some(tok), body)
}

/// Creates an order; panics unless the answer is 201.
pub fn created(srv: &Server, tok: &str, body: &Value) -> Value {
    let r = create(srv, tok, body);
    assert_eq!(r.status, 201, "create: {}", r.text());
    r.json()
}

/// The order's number.
pub fn number(order: &Value) -> String {
    order["order_number"]
        .as_str()
        .expect("order_number")
        .to_string()
}

pub fn set_status(srv: &Server, tok: &str, number: &str, status: &str) -> Resp {
    srv.send(
        "PATCH",
        &format!("/api/orders/{number}/status/"),
        Some(tok),
        Some(&json!({ "status": status })),
    )
}

/// Pays `amount` in cash; panics unless the answer is 201.
pub fn pay(srv: &Server, tok: &str, number: &str, amount: &str) {
    let r = srv.post(
        "/api/payments/initiate/",
        Some(tok),
        &json!({"order_number": number, "amount": amount, "payment_method": "CASH"}),
    );
    assert_eq!(r.status, 201, "pay: {}", r.text());
}

/// The order's detail; panics unless the answer is 200.
pub fn get_order(srv: &Server, tok: &str, number: &str) -> Value {
    let r = srv.get(&format!("/api/orders/{number}/"), Some(tok));
    assert_eq!(r.status, 200, "get {number}: {}", r.text());
    r.json()
}

/// A create answered 400 with exactly `want`, and nothing written.
pub fn assert_rejected(srv: &Server, tok: &str, body: &Value, want: &Value) {
    let before = counts(srv);
    let r = create(srv, tok, body);
    assert_eq!(r.status, 400, "body {body}: {}", r.text());
    assert_eq!(&r.json(), want, "body {body}");
    assert_eq!(
        counts(srv),
        before,
        "a rejected create wrote something: {body}"
    );
}

/// Creates an order and walks it (as `owner`) to `target`; `paid` pays it in full first.
pub fn order_at(srv: &Server, owner: &str, delivery: bool, paid: bool, target: &str) -> String {
    let egg = srv.menu_id("Egg");
    let body = if delivery {
        json!({"delivery_type": "Delivery", "customer_phone": "0241234567",
               "delivery_location": "UGMC", "items": [{"menu_item_id": egg, "quantity": 1}]})
    } else {
        json!({"items": [{"menu_item_id": egg, "quantity": 1}]})
    };
    let o = created(srv, owner, &body);
    let n = number(&o);
    if paid {
        pay(srv, owner, &n, o["total_price"].as_str().expect("total"));
    }
    let path: &[&str] = match (target, delivery) {
        ("Pending", _) | ("Accepted", _) => &[],
        ("Ready", _) => &["Ready"],
        ("Out for Delivery", true) => &["Out for Delivery"],
        ("Fulfilled", true) => &["Out for Delivery", "Fulfilled"],
        ("Fulfilled", false) => &["Fulfilled"],
        ("Cancelled", _) => &["Cancelled"],
        other => panic!("cannot reach {other:?}"),
    };
    for s in path {
        let r = set_status(srv, owner, &n, s);
        assert_eq!(r.status, 200, "walk to {s}: {}", r.text());
    }
    let now = get_order(srv, owner, &n);
    assert_eq!(now["status"], target);
    n
}
