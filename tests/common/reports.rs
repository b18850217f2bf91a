//! Helpers for the report and audit tests: orders, payments and status moves over the real
//! API, and the current business date as the server computes it.
//! Included with `mod common; #[path = "common/reports.rs"] mod reports;`.
#![allow(dead_code)]

use serde_json::{json, Value};

use crate::common::{Options, Resp, Server};

/// A Pickup order of 2 x Jollof Rice S + 1 Egg: 85.00.
pub fn pickup(srv: &Server, tok: &str) -> String {
    let body = json!({"items": [
        {"menu_item_id": srv.menu_id("Jollof Rice S"), "quantity": 2},
        {"menu_item_id": srv.menu_id("Egg"), "quantity": 1}
    ]});
    let r = srv.post("/api/orders/", Some(tok), &body);
    assert_eq!(r.status, 201, "{}", r.text());
    r.json()["order_number"].as_str().expect("n").to_string()
}

/// A Delivery order to Okponglo: 50.00 + 10.00 fee = 60.00, starts Accepted.
pub fn delivery(srv: &Server, tok: &str) -> String {
    let body = json!({"delivery_type": "Delivery", "customer_phone": "0241234567",
        "delivery_location": "Okponglo",
        "items": [{"menu_item_id": srv.menu_id("Assorted Rice L"), "quantity": 1}]});
    let r = srv.post("/api/orders/", Some(tok), &body);
    assert_eq!(r.status, 201, "{}", r.text());
    r.json()["order_number"].as_str().expect("n").to_string()
}

pub fn pay(srv: &Server, tok: &str, number: &str, amount: &str, method: &str) {
    let r = srv.post(
        "/api/payments/initiate/",
        Some(tok),
        &json!({"order_number": number, "amount": amount, "payment_method": method}),
    );
    assert_eq!(r.status, 201, "pay {amount}: {}", r.text());
}

pub fn refund(srv: &Server, tok: &str, number: &str, amount: &str) {
    let r = srv.post(
        "/api/payments/initiate/",
        Some(tok),
        &json!({"order_number": number, "amount": amount, "payment_method": "CASH",
               "payment_type": "refund"}),
    );
    assert_eq!(r.status, 201, "refund {amount}: {}", r.text());
}

pub fn status(srv: &Server, tok: &str, number: &str, to: &str) {
    let r = srv.send(
        "PATCH",
        &format!("/api/orders/{number}/status/"),
        Some(tok),
        Some(&json!({ "status": to })),
    );
    assert_eq!(r.status, 200, "{number} -> {to}: {}", r.text());
}

fn now_micros() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_micros() as i64
}

/// A `BUSINESS_DAY_START` twelve hours away from now, so that no test straddles the start of
/// a business day: start servers with `.env("BUSINESS_DAY_START", &day_start())`.
pub fn day_start() -> String {
    let hour = (now_micros() / 3_600_000_000) % 24;
    format!("{:02}:00", (hour + 12) % 24)
}

/// Today's business date under [`day_start`], `YYYY-MM-DD`.
pub fn business_today() -> String {
    let ds = adakings::domain::business_day::DayStart::parse(&day_start()).expect("valid");
    ds.date_of(now_micros()).to_string()
}

/// A server with demo data and the [`day_start`] setting.
pub fn server() -> Server {
    Server::start_with(Options::default().env("BUSINESS_DAY_START", &day_start()))
}

pub fn daily(srv: &Server, tok: &str, date: &str) -> Resp {
    srv.get(&format!("/api/reports/daily/?date={date}"), Some(tok))
}

/// The element of array `v` whose `key` is `value`.
pub fn row<'a>(v: &'a Value, key: &str, value: &str) -> &'a Value {
    v.as_array()
        .and_then(|a| a.iter().find(|r| r[key] == value))
        .unwrap_or_else(|| panic!("no {key}={value} in {v}"))
}

/// Runs `adakings ARGS` against the server's database; (exit code, stdout + stderr). Unlike
/// `run_cmd`, a failing command is an answer here, not a test failure.
pub fn cli(srv: &Server, args: &[&str]) -> (i32, String) {
    let out = std::process::Command::new(crate::common::BIN)
        .args(args)
        .current_dir(&srv.dir.0)
        .env("DATABASE_PATH", srv.db_path())
        .env("LOG_DIR", srv.dir.0.join("logs"))
        .env("SECRET_KEY", "test-secret-key-0123456789abcdef")
        .output()
        .expect("run adakings");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.code().unwrap_or(-1), text)
}
