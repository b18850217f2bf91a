//! The original web frontend's Create Order, Menu and Orders screens, call by call: each
//! test replays one call as the frontend makes it and checks the status and every field the
//! frontend reads, with its type and format.

mod common;
#[path = "common/compat.rs"]
mod compat;

use common::Server;
use compat::*;
use serde_json::{json, Value};

#[test]
fn delivery_locations_for_create_order() {
    let srv = Server::start();
    let tok = fe_token(&srv, "counter");
    for t in [Some(tok.as_str()), None] {
        let r = fe(srv.addr, "GET", "/api/orders/delivery-locations/", t, None);
        assert_eq!(r.status, 200);
        let b = r.json();
        let list = b["results"].as_array().expect("results");
        assert!(!list.is_empty());
        for l in list {
            assert!(l["id"].is_i64(), "{l}");
            str_of(l, "name");
            money_of(l, "fee");
        }
        let names: Vec<&str> = list.iter().map(|l| str_of(l, "name")).collect();
        let mut sorted = names.clone();
        sorted.sort();
        assert_eq!(names, sorted, "ordered by name");
    }
}

#[test]
fn menu_items_carry_is_extra_and_list_extras_first() {
    let srv = Server::start();
    let tok = fe_token(&srv, "counter");
    let r = fe(srv.addr, "GET", "/api/menu/items/", Some(&tok), None);
    assert_eq!(r.status, 200);
    let b = r.json();
    let items = b["results"].as_array().expect("results");
    for i in items {
        assert!(i["id"].is_i64(), "{i}");
        str_of(i, "name");
        money_of(i, "price");
        bool_of(i, "is_available");
        let t = str_of(i, "item_type");
        assert_eq!(bool_of(i, "is_extra"), t == "extra", "{i}");
    }
    // The original's default order: item_type, then name (extras first).
    let keys: Vec<(&str, &str)> = items
        .iter()
        .map(|i| (str_of(i, "item_type"), str_of(i, "name")))
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    assert_eq!(keys[0].0, "extra");
    // "Add Extras" lists extras, the main list the rest: both non-empty.
    assert!(items.iter().any(|i| i["is_extra"] == true));
    assert!(items.iter().any(|i| i["is_extra"] == false));
    // The Menu page sends only Bearer; the item of one id carries is_extra too.
    let r = common::request(srv.addr, "GET", "/api/menu/items/", Some(&tok), None);
    assert_eq!(r.status, 200);
    let egg = srv.menu_id("Egg");
    let one = fe(
        srv.addr,
        "GET",
        &format!("/api/menu/items/{egg}/"),
        None,
        None,
    )
    .json();
    assert_eq!(one["is_extra"], true);
}

#[test]
fn toggle_availability_from_the_menu_page() {
    let srv = Server::start();
    let tok = fe_token(&srv, "counter");
    let egg = srv.menu_id("Egg");
    let path = format!("/api/menu/items/{egg}/toggle-availability/");
    let r = fe(srv.addr, "PUT", &path, Some(&tok), None);
    assert_eq!(r.status, 200, "{}", r.text());
    let b = r.json();
    assert!(!bool_of(&b, "is_available"));
    assert_eq!(str_of(&b, "name"), "Egg");
    assert!(bool_of(&b, "is_extra"));
    let cook = fe_token(&srv, "kitchen");
    let r = fe(srv.addr, "PUT", &path, Some(&cook), None);
    assert_eq!(r.status, 403);
    str_of(&r.json(), "detail");
    assert_eq!(fe(srv.addr, "PUT", &path, None, None).status, 401);
}

#[test]
fn create_order_with_the_frontends_body() {
    let srv = Server::start();
    let tok = fe_token(&srv, "counter");
    let p = new_pickup(&srv, &tok);
    let n = str_of(&p, "order_number");
    assert_eq!(n.len(), 10, "DDMMYY-NNN: {n}");
    assert_eq!(p["status"], "Pending");
    assert_eq!(p["delivery_type"], "Pickup");
    let d = new_delivery(&srv, &tok);
    assert_eq!(d["status"], "Accepted");
    assert_eq!(d["delivery_location"], "UGMC");
    assert_eq!(d["notes"], "Gate 2 — près du marché 🍗");
    // The frontend's own checks keep it from sending a Delivery order without a phone;
    // errors reach only its console, through `detail` or the field lists.
    let rice = srv.menu_id("Jollof Rice S");
    let bad = json!({"customer_phone": "", "delivery_type": "Delivery", "notes": "",
                     "items": [{"menu_item_id": rice.to_string(), "quantity": 1}],
                     "delivery_location": "Mars"});
    let r = fe(srv.addr, "POST", "/api/orders/", Some(&tok), Some(&bad));
    assert_eq!(r.status, 400);
    assert_eq!(
        r.json()["delivery_location"],
        json!(["Delivery location 'Mars' not found or not active."])
    );
}

/// Every field the Orders screen and its details dialog read, with its type.
fn check_order_fields(o: &Value) {
    assert!(o["id"].is_i64(), "{o}");
    str_of(o, "order_number");
    assert_utc_iso(o, "created_at");
    assert_utc_iso(o, "updated_at");
    str_of(o, "delivery_type");
    assert!(o["delivery_location"].is_string() || o["delivery_location"].is_null());
    money_of(o, "total_price");
    money_of(o, "delivery_fee");
    money_of(o, "amount_paid");
    money_of(o, "balance_due");
    money_of(o, "amount_overpaid");
    let ps = str_of(o, "payment_status");
    assert!([
        "UNPAID",
        "PARTIALLY PAID",
        "PAID",
        "OVERPAID",
        "PENDING PAYMENT",
        "REFUNDED"
    ]
    .contains(&ps));
    assert!(o["payment_mode"].is_null() || o["payment_mode"].is_string());
    let st = str_of(o, "status");
    assert!([
        "Pending",
        "Accepted",
        "Ready",
        "Out for Delivery",
        "Fulfilled",
        "Cancelled"
    ]
    .contains(&st));
    assert!(o["customer_phone"].is_string() || o["customer_phone"].is_null());
    str_of(o, "notes");
    for i in o["items"].as_array().expect("items") {
        str_of(i, "menu_item_name");
        money_of(i, "unit_price");
        money_of(i, "subtotal");
        assert!(i["quantity"].is_i64());
    }
    for p in o["payments"].as_array().expect("payments") {
        assert!(p["id"].is_i64());
        str_of(p, "payment_method");
        str_of(p, "payment_type");
        str_of(p, "amount").parse::<f64>().expect("amount parses");
        str_of(p, "status");
        assert_utc_iso(p, "created_at");
        str_of(p, "reference");
        assert!(p["mobile_number"].is_null() || p["mobile_number"].is_string());
        str_of(p, "notes");
    }
}

#[test]
fn orders_list_polled_by_the_orders_screen_and_the_dashboard() {
    let srv = Server::start();
    let tok = fe_token(&srv, "counter");
    let p = new_pickup(&srv, &tok);
    let d = new_delivery(&srv, &tok);
    let n = str_of(&p, "order_number");
    assert_eq!(fe_pay(&srv, &tok, n, 85.0, "CASH", "payment").status, 201);
    for path in [
        "/api/orders/",
        "/api/orders/?created_at__gte=2026-11-24&ordering=-updated_at",
    ] {
        let r = fe(srv.addr, "GET", path, Some(&tok), None);
        assert_eq!(r.status, 200, "{path}");
        let list = r.json();
        let list = list.as_array().expect("a bare array");
        assert_eq!(
            list.len(),
            2,
            "{path}: the dashboard's parameters filter nothing"
        );
        // Newest first.
        assert_eq!(list[0]["order_number"], d["order_number"]);
        for o in list {
            check_order_fields(o);
            assert!(o["items"].as_array().is_some_and(|i| !i.is_empty()));
        }
        assert_eq!(list[1]["payment_mode"], "CASH");
        assert_eq!(list[1]["payments"][0]["payment_type"], "payment");
    }
    // Every role reads the list, the kitchen included; a bad token is 401.
    let cook = fe_token(&srv, "kitchen");
    assert_eq!(
        fe(srv.addr, "GET", "/api/orders/", Some(&cook), None).status,
        200
    );
    let r = fe(srv.addr, "GET", "/api/orders/", Some("bad"), None);
    assert_eq!(r.status, 401);
    assert_eq!(r.json()["code"], "token_not_valid");
}

#[test]
fn payment_modes_for_the_payment_dialog() {
    let srv = Server::start();
    let tok = fe_token(&srv, "counter");
    let r = common::request(
        srv.addr,
        "GET",
        "/api/payments/payment-modes/",
        Some(&tok),
        None,
    );
    assert_eq!(r.status, 200);
    let modes = r.json()["payment_modes"].clone();
    let values: Vec<&str> = modes
        .as_array()
        .expect("modes")
        .iter()
        .map(|m| str_of(m, "value"))
        .collect();
    assert_eq!(
        values,
        [
            "CASH",
            "TELECEL CASH",
            "MTN MOMO",
            "PAYSTACK(USSD)",
            "PAYSTACK(API)"
        ]
    );
    for m in modes.as_array().expect("modes") {
        assert_eq!(bool_of(m, "disabled"), m["value"] == "PAYSTACK(API)");
    }
}

#[test]
fn payments_and_refunds_from_the_payment_dialog() {
    let srv = Server::start();
    let tok = fe_token(&srv, "counter");
    let p = new_pickup(&srv, &tok);
    let n = str_of(&p, "order_number");
    let r = fe_pay(&srv, &tok, n, 90.0, "MTN MOMO", "payment");
    assert_eq!(r.status, 201, "{}", r.text());
    let list = fe(srv.addr, "GET", "/api/orders/", Some(&tok), None).json();
    let o = &list[0];
    assert_eq!(
        o["status"], "Accepted",
        "a settling payment accepts a Pickup order"
    );
    assert_eq!(o["payment_status"], "OVERPAID");
    assert_eq!(money_of(o, "amount_overpaid"), 5.0);
    // Refund mode: frontdesk may not; an admin refunds the overpayment in cash.
    let r = fe_pay(&srv, &tok, n, 5.0, "CASH", "refund");
    assert_eq!(r.status, 403);
    str_of(&r.json(), "detail");
    let admin = fe_token(&srv, "manager");
    assert_eq!(fe_pay(&srv, &admin, n, 5.0, "CASH", "refund").status, 201);
    let cook = fe_token(&srv, "kitchen");
    assert_eq!(fe_pay(&srv, &cook, n, 1.0, "CASH", "payment").status, 403);
}

#[test]
fn calls_in_unused_modules_and_orderings_still_answer() {
    let srv = Server::start();
    let tok = fe_token(&srv, "counter");
    let a = new_pickup(&srv, &tok);
    let d = new_delivery(&srv, &tok);
    let n = str_of(&a, "order_number");
    assert_eq!(fe_pay(&srv, &tok, n, 85.0, "CASH", "payment").status, 201);
    let list = fe(srv.addr, "GET", "/api/orders/", Some(&tok), None).json();
    let reference = str_of(&list[1]["payments"][0], "reference").to_string();
    let r = fe(
        srv.addr,
        "GET",
        &format!("/api/payments/{reference}/"),
        Some(&tok),
        None,
    );
    assert_eq!(r.status, 200);
    assert_eq!(r.json()["order_number"], n);
    let r = fe(
        srv.addr,
        "GET",
        &format!("/api/payments/?order_number={n}"),
        Some(&tok),
        None,
    );
    assert_eq!(r.json()["count"], 1);
    let today = &str_of(&a, "created_at")[..10];
    let path = format!("/api/orders/?date={today}&ordering=-updated_at");
    let r = fe(srv.addr, "GET", &path, Some(&tok), None);
    assert_eq!(r.json().as_array().map(Vec::len), Some(2));
    // ?ordering= as the original: created_at, total_price, status, or their reverse.
    let order = |q: &str| -> Vec<Value> {
        let r = fe(
            srv.addr,
            "GET",
            &format!("/api/orders/?ordering={q}"),
            Some(&tok),
            None,
        );
        r.json()
            .as_array()
            .expect("array")
            .iter()
            .map(|o| o["order_number"].clone())
            .collect()
    };
    let (a, d) = (a["order_number"].clone(), d["order_number"].clone());
    assert_eq!(order("created_at"), [a.clone(), d.clone()]);
    assert_eq!(order("-created_at"), [d.clone(), a.clone()]);
    assert_eq!(order("total_price"), [d.clone(), a.clone()]);
    assert_eq!(order("-total_price"), [a.clone(), d.clone()]);
    assert_eq!(
        order("status"),
        [a.clone(), d.clone()],
        "Accepted, Accepted: by id"
    );
    assert_eq!(order("-updated_at"), [d, a], "unknown fields are ignored");
}
