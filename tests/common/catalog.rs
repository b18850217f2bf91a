//! Helpers for the menu and delivery-location tests (menu_*.rs, delivery_locations.rs):
//! paths, row counts that bad input must leave alone, the audit trail of one object, raw
//! (malformed) bodies, and orders inserted straight into the database to reference an item or
//! a location. Include with `#[path = "common/catalog.rs"] mod catalog;` beside `mod common;`.
#![allow(dead_code)]

use rusqlite::params;
use serde_json::Value;

use super::common::{Client, Resp, Server};

pub const ITEMS: &str = "/api/menu/items/";
pub const LOCS: &str = "/api/orders/delivery-locations/";

pub fn item_path(id: i64) -> String {
    format!("{ITEMS}{id}/")
}

pub fn loc_path(id: i64) -> String {
    format!("{LOCS}{id}/")
}

pub fn scalar(srv: &Server, sql: &str) -> i64 {
    srv.db().query_row(sql, [], |r| r.get(0)).expect(sql)
}

/// Row counts that bad input must leave alone: menu items, locations, audit rows.
pub fn counts(srv: &Server) -> (i64, i64, i64) {
    (
        scalar(srv, "SELECT COUNT(*) FROM menu_items"),
        scalar(srv, "SELECT COUNT(*) FROM delivery_locations"),
        scalar(srv, "SELECT COUNT(*) FROM audit_log"),
    )
}

/// `action:username` of every audit row of one object, oldest first.
pub fn audit_actions(srv: &Server, object_type: &str, id: i64) -> Vec<String> {
    let c = srv.db();
    let mut st = c
        .prepare(
            "SELECT action || ':' || username FROM audit_log \
             WHERE object_type = ?1 AND object_id = ?2 ORDER BY id",
        )
        .expect("prepare");
    let rows = st
        .query_map(params![object_type, id.to_string()], |r| r.get(0))
        .expect("query");
    rows.map(|r| r.expect("row")).collect()
}

/// Sends raw body bytes (malformed JSON).
pub fn send_raw(srv: &Server, method: &str, path: &str, token: &str, body: &[u8]) -> Resp {
    let mut c = Client::connect(srv.addr);
    c.send(
        method,
        path,
        &[("Authorization", format!("Bearer {token}"))],
        Some(body),
        true,
    )
}

/// Asserts the status; the JSON body (`Null` when empty).
pub fn expect(r: &Resp, status: u16, what: &str) -> Value {
    assert_eq!(r.status, status, "{what}: {}", r.text());
    if r.body.is_empty() {
        Value::Null
    } else {
        r.json()
    }
}

/// Inserts an order (with one item of `menu_item_id`, and optionally a location given as
/// `(id, name, fee in pesewas)`) directly, as the orders API would; returns the order id.
pub fn insert_order(
    srv: &Server,
    number: &str,
    menu_item_id: Option<i64>,
    loc: Option<(i64, &str, i64)>,
) -> i64 {
    let c = srv.db();
    let now = "2026-11-26T10:00:00.000000Z";
    let seq: i64 = number[7..].parse().expect("seq");
    c.execute(
        "INSERT INTO orders (order_number, order_date, seq, delivery_type, delivery_location_id, \
         delivery_location_name, delivery_location_fee, status, delivery_fee, total_price, created_at, updated_at) \
         VALUES (?1, '2026-11-26', ?2, ?3, ?4, ?5, ?6, 'Accepted', ?7, ?7, ?8, ?8)",
        params![
            number,
            seq,
            if loc.is_some() { "Delivery" } else { "Pickup" },
            loc.map(|l| l.0),
            loc.map(|l| l.1.to_string()),
            loc.map(|l| l.2),
            loc.map(|l| l.2).unwrap_or(0),
            now
        ],
    )
    .expect("insert order");
    let order_id = c.last_insert_rowid();
    if let Some(mid) = menu_item_id {
        c.execute(
            "INSERT INTO order_items (order_id, menu_item_id, menu_item_name, item_type, quantity, \
             unit_price, subtotal, created_at, updated_at) \
             SELECT ?1, id, name, item_type, 1, price, price, ?2, ?2 FROM menu_items WHERE id = ?3",
            params![order_id, now, mid],
        )
        .expect("insert order item");
    }
    order_id
}
