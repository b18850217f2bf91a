//! Every audit row names the client the same way, whichever resource changed: the bare IP
//! (no port), and behind a proxy named in `TRUSTED_PROXIES` the client it forwarded for.
//! (Menu and location rows used to carry `ip:port`, every other row the bare IP.)

mod common;

use common::{request_with, Options, Server};
use serde_json::{json, Value};

/// `method path` as `token`, optionally through a proxy that says it forwards for `client`.
fn send(
    srv: &Server,
    method: &str,
    path: &str,
    token: &str,
    forwarded: Option<&str>,
    body: &Value,
) -> u16 {
    let mut headers = vec![("Authorization", format!("Bearer {token}"))];
    if let Some(f) = forwarded {
        headers.push(("X-Forwarded-For", f.to_string()));
    }
    let r = request_with(srv.addr, method, path, &headers, Some(body));
    assert!(r.status < 300, "{method} {path}: {} {}", r.status, r.text());
    r.status
}

/// One menu item, one delivery location, one order and one payment, so rows of the menu and
/// locations handlers sit beside rows of the orders and payments handlers.
fn change_each_kind(srv: &Server, forwarded: Option<&str>, tag: &str) {
    let manager = srv.login("manager");
    let counter = srv.login("counter");
    send(
        srv,
        "POST",
        "/api/menu/items/",
        &manager,
        forwarded,
        &json!({"name": format!("Zz Peer {tag}"), "price": "5.00", "item_type": "extra"}),
    );
    send(
        srv,
        "POST",
        "/api/orders/delivery-locations/",
        &manager,
        forwarded,
        &json!({"name": format!("Zz Peer {tag}"), "fee": "1.00"}),
    );
    let body = json!({"items": [{"menu_item_id": srv.menu_id("Egg"), "quantity": 1}]});
    let mut headers = vec![("Authorization", format!("Bearer {counter}"))];
    if let Some(f) = forwarded {
        headers.push(("X-Forwarded-For", f.to_string()));
    }
    let r = request_with(srv.addr, "POST", "/api/orders/", &headers, Some(&body));
    assert_eq!(r.status, 201, "{}", r.text());
    let number = r.json()["order_number"]
        .as_str()
        .expect("number")
        .to_string();
    send(
        srv,
        "POST",
        "/api/payments/initiate/",
        &counter,
        forwarded,
        &json!({"order_number": number, "amount": "5.00", "payment_method": "CASH"}),
    );
}

/// (object_type, peer) of every change staff made (the seed's rows and logins aside).
fn peers(srv: &Server) -> Vec<(String, String)> {
    let db = srv.db();
    let mut st = db
        .prepare("SELECT object_type, peer FROM audit_log WHERE username IN ('manager', 'counter') AND action != 'login' ORDER BY id")
        .expect("prepare");
    let rows = st
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .expect("query")
        .collect::<Result<Vec<_>, _>>()
        .expect("rows");
    rows
}

fn kinds(rows: &[(String, String)]) -> Vec<&str> {
    let mut k: Vec<&str> = rows.iter().map(|(t, _)| t.as_str()).collect();
    k.sort();
    k.dedup();
    k
}

#[test]
fn menu_location_order_and_payment_rows_record_the_bare_client_ip() {
    let srv = Server::start();
    change_each_kind(&srv, None, "direct");
    let rows = peers(&srv);
    assert_eq!(
        kinds(&rows),
        ["delivery_location", "menu_item", "order", "payment"],
        "{rows:?}"
    );
    for (kind, peer) in &rows {
        assert_eq!(peer, "127.0.0.1", "{kind} row: {rows:?}");
    }
}

#[test]
fn behind_a_trusted_proxy_every_row_records_the_forwarded_client() {
    let srv = Server::start_with(Options::default().env("TRUSTED_PROXIES", "127.0.0.1, ::1"));
    change_each_kind(&srv, Some("203.0.113.7"), "proxied");
    let rows = peers(&srv);
    assert_eq!(
        kinds(&rows),
        ["delivery_location", "menu_item", "order", "payment"],
        "{rows:?}"
    );
    for (kind, peer) in &rows {
        assert_eq!(peer, "203.0.113.7", "{kind} row: {rows:?}");
    }
}
