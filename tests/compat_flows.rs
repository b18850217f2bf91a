//! Status changes as the original web frontend makes them (`PATCH /api/orders/{n}/` with
//! `{"status"}`): its Pickup and Delivery flows are legal, each change makes exactly one
//! event and one audit row, and what the status table forbids stays forbidden, with the
//! reason in `detail` (the only field the frontend shows).

mod common;
#[path = "common/compat.rs"]
mod compat;

use common::Server;
use compat::*;
use serde_json::json;

/// The status of `n` as the orders poll sees it.
fn status_of(srv: &Server, tok: &str, n: &str) -> String {
    let list = fe(srv.addr, "GET", "/api/orders/", Some(tok), None).json();
    let o = list
        .as_array()
        .expect("array")
        .iter()
        .find(|o| o["order_number"] == n)
        .expect("order listed")
        .clone();
    str_of(&o, "status").to_string()
}

/// PATCHes `to` and checks the 200, the order JSON, and one event plus one audit row.
fn step(srv: &Server, tok: &str, n: &str, to: &str) {
    let before = events_and_audit(srv);
    let r = fe_status(srv, tok, n, to);
    assert_eq!(r.status, 200, "-> {to}: {}", r.text());
    assert_eq!(r.json()["status"], to);
    assert_eq!(r.json()["order_number"], n);
    let after = events_and_audit(srv);
    assert_eq!(
        after,
        (before.0 + 1, before.1 + 1),
        "one event and one audit row"
    );
    assert_eq!(status_of(srv, tok, n), to);
    let action: String = srv
        .db()
        .query_row(
            "SELECT action FROM audit_log ORDER BY id DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .expect("audit");
    assert_eq!(action, "status_change");
}

#[test]
fn pickup_flow_pending_accepted_fulfilled() {
    let srv = Server::start();
    let tok = fe_token(&srv, "counter");
    let p = new_pickup(&srv, &tok);
    let n = str_of(&p, "order_number");
    // Unpaid: the frontend does not offer Accepted; the server refuses it with a detail.
    let r = fe_status(&srv, &tok, n, "Accepted");
    assert_eq!(r.status, 400);
    let b = r.json();
    assert_eq!(b["detail"], b["status"][0], "{b}");
    assert!(str_of(&b, "detail").contains("paid"));
    // A deposit (PARTIALLY PAID) is enough to accept, as the frontend allows.
    assert_eq!(fe_pay(&srv, &tok, n, 20.0, "CASH", "payment").status, 201);
    step(&srv, &tok, n, "Accepted");
    // Fulfilled needs full payment.
    let r = fe_status(&srv, &tok, n, "Fulfilled");
    assert_eq!(r.status, 400);
    assert_eq!(
        r.json()["detail"],
        "Order must be fully paid (PAID or OVERPAID) before it is Fulfilled."
    );
    assert_eq!(fe_pay(&srv, &tok, n, 65.0, "CASH", "payment").status, 201);
    step(&srv, &tok, n, "Fulfilled");
    // Offered by the frontend, refused by the table: Fulfilled is final.
    let r = fe_status(&srv, &tok, n, "Pending");
    assert_eq!(r.status, 400);
    assert_eq!(
        r.json()["detail"],
        "Cannot change status from Fulfilled to Pending: Fulfilled is final."
    );
    // The same status again: 200, nothing written.
    let before = events_and_audit(&srv);
    assert_eq!(fe_status(&srv, &tok, n, "Fulfilled").status, 200);
    assert_eq!(events_and_audit(&srv), before);
}

#[test]
fn pickup_paid_at_the_counter_is_accepted_by_the_payment() {
    let srv = Server::start();
    let tok = fe_token(&srv, "counter");
    let p = new_pickup(&srv, &tok);
    let n = str_of(&p, "order_number");
    assert_eq!(fe_pay(&srv, &tok, n, 85.0, "CASH", "payment").status, 201);
    assert_eq!(status_of(&srv, &tok, n), "Accepted");
    // The kitchen may mark it Ready (optional), through the same PATCH.
    let cook = fe_token(&srv, "kitchen");
    step(&srv, &cook, n, "Ready");
    step(&srv, &tok, n, "Fulfilled");
}

#[test]
fn delivery_flow_accepted_out_for_delivery_fulfilled() {
    let srv = Server::start();
    let tok = fe_token(&srv, "counter");
    let d = new_delivery(&srv, &tok);
    let n = str_of(&d, "order_number");
    // Not fulfilled before it has left the shop, even when paid.
    assert_eq!(
        fe_pay(&srv, &tok, n, 45.0, "MTN MOMO", "payment").status,
        201
    );
    assert_eq!(status_of(&srv, &tok, n), "Accepted");
    let r = fe_status(&srv, &tok, n, "Fulfilled");
    assert_eq!(r.status, 400);
    assert_eq!(
        r.json()["detail"],
        "A Delivery order goes Out for Delivery before it is Fulfilled."
    );
    step(&srv, &tok, n, "Out for Delivery");
    step(&srv, &tok, n, "Fulfilled");
}

#[test]
fn delivery_paid_on_arrival_is_fulfilled_by_the_payment() {
    let srv = Server::start();
    let tok = fe_token(&srv, "counter");
    let d = new_delivery(&srv, &tok);
    let n = str_of(&d, "order_number");
    // The rider takes it straight from Accepted (Ready is optional).
    let rider = fe_token(&srv, "rider");
    step(&srv, &rider, n, "Out for Delivery");
    let r = fe_status(&srv, &rider, n, "Fulfilled");
    assert_eq!(r.status, 400, "unpaid");
    assert_eq!(fe_pay(&srv, &tok, n, 45.0, "CASH", "payment").status, 201);
    assert_eq!(status_of(&srv, &tok, n), "Fulfilled");
}

#[test]
fn patch_status_errors_and_roles() {
    let srv = Server::start();
    let tok = fe_token(&srv, "counter");
    let d = new_delivery(&srv, &tok);
    let n = str_of(&d, "order_number");
    for bad in ["Done", "accepted"] {
        let r = fe_status(&srv, &tok, n, bad);
        assert_eq!(r.status, 400);
        let msg = format!("\"{bad}\" is not a valid choice.");
        assert_eq!(r.json(), json!({"status": [msg], "detail": msg}));
    }
    // The kitchen may not cancel; the rider may not mark Ready.
    let cook = fe_token(&srv, "kitchen");
    let r = fe_status(&srv, &cook, n, "Cancelled");
    assert_eq!(r.status, 403);
    str_of(&r.json(), "detail");
    let rider = fe_token(&srv, "rider");
    assert_eq!(fe_status(&srv, &rider, n, "Ready").status, 403);
    // Nor edit anything else through this path.
    let r = fe(
        srv.addr,
        "PATCH",
        &format!("/api/orders/{n}/"),
        Some(&cook),
        Some(&json!({"status": "Ready", "notes": "x"})),
    );
    assert_eq!(r.status, 403);
    assert_eq!(fe_status(&srv, &tok, "010101-999", "Cancelled").status, 404);
    assert_eq!(fe_status(&srv, "", n, "Cancelled").status, 401);
    // PUT with status (and a key an edit does not know) works like PATCH; Cancelled needs
    // no payment.
    let before = events_and_audit(&srv);
    let r = fe(
        srv.addr,
        "PUT",
        &format!("/api/orders/{n}/"),
        Some(&tok),
        Some(&json!({"status": "Cancelled", "reason": "customer left"})),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(events_and_audit(&srv), (before.0 + 1, before.1 + 1));
}

#[test]
fn status_beside_other_fields_is_one_change() {
    let srv = Server::start();
    let tok = fe_token(&srv, "counter");
    let d = new_delivery(&srv, &tok);
    let n = str_of(&d, "order_number");
    let before = events_and_audit(&srv);
    let r = fe(
        srv.addr,
        "PATCH",
        &format!("/api/orders/{n}/"),
        Some(&tok),
        Some(&json!({"status": "Out for Delivery", "notes": "call at the gate"})),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["status"], "Out for Delivery");
    assert_eq!(r.json()["notes"], "call at the gate");
    assert_eq!(events_and_audit(&srv), (before.0 + 1, before.1 + 1));
    let h = fe(
        srv.addr,
        "GET",
        &format!("/api/orders/{n}/history/"),
        Some(&tok),
        None,
    )
    .json();
    assert_eq!(
        h.as_array().and_then(|a| a.last()).expect("last")["to"],
        "Out for Delivery"
    );
}
