//! Helpers for the board's browser tests: open the page, log in through its form, create
//! orders over the API, and find cards in the page.
#![allow(dead_code)]

use std::time::Duration;

use serde_json::{json, Value};

use crate::cdp::Browser;
use crate::common::{Server, DEMO_PASSWORD};

/// Generous: CI machines are slow and shared. The figures that matter are measured and
/// printed, not asserted against this.
pub const DEADLINE: Duration = Duration::from_secs(15);

/// A JavaScript string literal for `s`.
pub fn js_str(s: &str) -> String {
    Value::String(s.to_string()).to_string()
}

/// Opens `/board/`, signs in as `user` through the login form and waits for the live board.
pub fn open_and_login(b: &mut Browser, srv: &Server, user: &str) {
    b.navigate(&format!("http://{}/board/", srv.addr));
    assert!(
        b.wait_for("!document.getElementById('login').hidden", DEADLINE),
        "login form not shown"
    );
    let script = format!(
        "document.getElementById('login-user').value = {};
         document.getElementById('login-pass').value = {};
         document.getElementById('login-form').requestSubmit(); true",
        js_str(user),
        js_str(DEMO_PASSWORD)
    );
    b.eval(&script).expect("fill login form");
    wait_live(b);
}

/// Waits until the connection badge says live.
pub fn wait_live(b: &mut Browser) {
    assert!(
        b.wait_for(&conn_is("live"), DEADLINE),
        "board not live: {:?}",
        b.eval("document.getElementById('conn').textContent")
    );
}

/// A JS test of the connection badge's state (`live`, `reconnecting`, `offline`).
pub fn conn_is(state: &str) -> String {
    format!(
        "document.getElementById('conn') && document.getElementById('conn').dataset.state === {}",
        js_str(state)
    )
}

/// A JS expression for the card of `number` (or null).
pub fn card(number: &str) -> String {
    format!(
        "document.querySelector('.card[data-order={}]')",
        js_str(number)
    )
}

/// A JS test: the card of `number` is in the column of `status`.
pub fn card_in(number: &str, status: &str) -> String {
    format!(
        "!!document.querySelector('.column[data-status={}] .card[data-order={}]')",
        js_str(status),
        js_str(number)
    )
}

/// The status labels of the buttons on the card of `number`.
pub fn buttons(b: &mut Browser, number: &str) -> Vec<String> {
    let v = b
        .eval(&format!(
            "Array.from(({}) ? {}.querySelectorAll('button') : []).map(x => x.dataset.to)",
            card(number),
            card(number)
        ))
        .expect("read buttons");
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// Creates an order over the API as `token`; `delivery` makes it a Delivery order (which
/// starts Accepted), else Pickup (starts Pending).
pub fn create_order(srv: &Server, token: &str, delivery: bool, notes: &str) -> Value {
    let jollof = srv.menu_id("Jollof Rice S");
    let egg = srv.menu_id("Egg");
    let mut body = json!({
        "delivery_type": if delivery { "Delivery" } else { "Pickup" },
        "notes": notes,
        "items": [
            {"menu_item_id": jollof, "quantity": 2, "notes": "no pepper"},
            {"menu_item_id": egg, "quantity": 1}
        ]
    });
    if delivery {
        body["delivery_location"] = json!("Legon Hall");
        body["customer_phone"] = json!("0241234567");
    }
    let r = srv.post("/api/orders/", Some(token), &body);
    assert_eq!(r.status, 201, "{}", r.text());
    r.json()
}

/// The order's number.
pub fn number(order: &Value) -> String {
    order["order_number"]
        .as_str()
        .expect("order_number")
        .to_string()
}

/// Milliseconds since the Unix epoch (the page's `Date.now()` clock).
pub fn now_ms() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs_f64() * 1000.0)
        .unwrap_or(0.0)
}

/// When the page first showed the card of `number` (`Date.now()`), if it has.
pub fn seen_at(b: &mut Browser, number: &str) -> Option<f64> {
    b.eval(&format!("AdakingsBoard.seen[{}] || null", js_str(number)))
        .ok()
        .and_then(|v| v.as_f64())
}
