//! The status table over the real server: every move from every status of a paid Delivery
//! order (legal ones bump the version once, illegal ones are 400 with the reason and change
//! nothing, a no-op writes nothing); the Pickup and payment rules; bad status bodies; and
//! the role limits (kitchen Accepted→Ready only, rider Ready→Out for Delivery→Fulfilled only,
//! staff any legal move).

mod common;
#[path = "common/orders.rs"]
mod orders;

use common::{Resp, Server};
use orders::*;
use serde_json::json;

const ALL: [&str; 6] = [
    "Pending",
    "Accepted",
    "Ready",
    "Out for Delivery",
    "Fulfilled",
    "Cancelled",
];

/// The legal moves of a paid Delivery order (the status table; Ready is optional).
fn legal(from: &str, to: &str) -> bool {
    matches!(
        (from, to),
        ("Pending", "Accepted" | "Cancelled")
            | ("Accepted", "Ready" | "Out for Delivery" | "Cancelled")
            | (
                "Ready",
                "Out for Delivery" | "Fulfilled" | "Accepted" | "Cancelled"
            )
            | ("Out for Delivery", "Fulfilled" | "Ready")
    )
}

#[test]
fn every_move_of_a_paid_delivery_order_follows_the_status_table() {
    let srv = Server::start();
    let owner = srv.login("owner");
    for from in [
        "Accepted",
        "Ready",
        "Out for Delivery",
        "Fulfilled",
        "Cancelled",
    ] {
        for to in ALL {
            let n = order_at(&srv, &owner, true, true, from);
            let before = get_order(&srv, &owner, &n);
            let r = set_status(&srv, &owner, &n, to);
            let after = get_order(&srv, &owner, &n);
            if from == to {
                assert_eq!(r.status, 200, "{from} -> {to} no-op");
                assert_eq!(
                    after["version"], before["version"],
                    "a no-op writes nothing"
                );
            } else if legal(from, to) {
                assert_eq!(r.status, 200, "{from} -> {to}: {}", r.text());
                assert_eq!(r.json()["status"], to);
                assert_eq!(after["status"], to);
                assert_eq!(after["version"], before["version"].as_i64().expect("v") + 1);
            } else {
                assert_eq!(
                    r.status,
                    400,
                    "{from} -> {to} should be illegal: {}",
                    r.text()
                );
                assert!(r.json()["status"][0].is_string(), "{}", r.text());
                assert_eq!(r.json()["detail"], r.json()["status"][0]);
                assert_eq!(after, before, "{from} -> {to} changed the order");
            }
        }
    }
}

#[test]
fn pickup_orders_are_accepted_once_paid_never_go_out_and_fulfilled_needs_payment() {
    let srv = Server::start();
    let owner = srv.login("owner");
    let n = order_at(&srv, &owner, false, false, "Pending");
    let r = set_status(&srv, &owner, &n, "Accepted");
    assert_eq!(r.status, 400);
    let msg = "A Pickup order is Accepted only once it is paid (PAID, OVERPAID or PARTIALLY PAID).";
    assert_eq!(r.json(), json!({"status": [msg], "detail": msg}));
    assert_eq!(set_status(&srv, &owner, &n, "Ready").status, 400);
    assert_eq!(set_status(&srv, &owner, &n, "Cancelled").status, 200);
    let n = order_at(&srv, &owner, false, true, "Ready");
    let r = set_status(&srv, &owner, &n, "Out for Delivery");
    assert_eq!(r.status, 400);
    let msg = "Out for Delivery is only for Delivery orders.";
    assert_eq!(r.json(), json!({"status": [msg], "detail": msg}));
    assert_eq!(set_status(&srv, &owner, &n, "Fulfilled").status, 200);
    // An unpaid Delivery order cannot be Fulfilled.
    let n = order_at(&srv, &owner, true, false, "Out for Delivery");
    let r = set_status(&srv, &owner, &n, "Fulfilled");
    assert_eq!(r.status, 400);
    let msg = "Order must be fully paid (PAID or OVERPAID) before it is Fulfilled.";
    assert_eq!(r.json(), json!({"status": [msg], "detail": msg}));
    assert_eq!(get_order(&srv, &owner, &n)["status"], "Out for Delivery");
}

#[test]
fn bad_status_bodies_are_refused_put_works_like_patch_and_unknown_orders_are_404() {
    let srv = Server::start();
    let owner = srv.login("owner");
    let n = order_at(&srv, &owner, true, false, "Accepted");
    let r = set_status(&srv, &owner, &n, "Done");
    assert_eq!(r.status, 400);
    let msg = "\"Done\" is not a valid choice.";
    assert_eq!(r.json(), json!({"status": [msg], "detail": msg}));
    let path = format!("/api/orders/{n}/status/");
    let r = srv.send("PATCH", &path, Some(&owner), Some(&json!({})));
    assert_eq!(r.status, 400);
    let msg = "This field is required.";
    assert_eq!(r.json(), json!({"status": [msg], "detail": msg}));
    let r = srv.send(
        "PUT",
        &path,
        Some(&owner),
        Some(&json!({"status": "Ready"})),
    );
    assert_eq!(r.status, 200);
    assert_eq!(get_order(&srv, &owner, &n)["status"], "Ready");
    assert_eq!(set_status(&srv, &owner, "010100-999", "Ready").status, 404);
}

#[test]
fn kitchen_and_rider_make_only_their_moves_and_staff_make_any_legal_one() {
    let srv = Server::start();
    let owner = srv.login("owner");
    let kitchen = srv.login("kitchen");
    let rider = srv.login("rider");
    let forbidden = |r: &Resp, what: &str| {
        assert_eq!(r.status, 403, "{what}: {}", r.text());
        assert!(r.json()["detail"].is_string());
    };

    // Kitchen: Accepted -> Ready only.
    let n = order_at(&srv, &owner, true, true, "Accepted");
    forbidden(
        &set_status(&srv, &kitchen, &n, "Cancelled"),
        "kitchen cancel",
    );
    forbidden(
        &set_status(&srv, &rider, &n, "Ready"),
        "rider Accepted->Ready",
    );
    forbidden(
        &set_status(&srv, &kitchen, &n, "Out for Delivery"),
        "kitchen Accepted->OFD",
    );
    assert_eq!(set_status(&srv, &kitchen, &n, "Ready").status, 200);
    forbidden(
        &set_status(&srv, &kitchen, &n, "Accepted"),
        "kitchen Ready->Accepted",
    );
    forbidden(
        &set_status(&srv, &kitchen, &n, "Out for Delivery"),
        "kitchen Ready->OFD",
    );
    forbidden(
        &set_status(&srv, &kitchen, &n, "Fulfilled"),
        "kitchen Ready->Fulfilled",
    );
    // Rider: Ready -> Out for Delivery -> Fulfilled only.
    forbidden(
        &set_status(&srv, &rider, &n, "Fulfilled"),
        "rider Ready->Fulfilled",
    );
    forbidden(&set_status(&srv, &rider, &n, "Cancelled"), "rider cancel");
    assert_eq!(set_status(&srv, &rider, &n, "Out for Delivery").status, 200);
    forbidden(&set_status(&srv, &rider, &n, "Ready"), "rider OFD->Ready");
    forbidden(
        &set_status(&srv, &kitchen, &n, "Fulfilled"),
        "kitchen OFD->Fulfilled",
    );
    assert_eq!(set_status(&srv, &rider, &n, "Fulfilled").status, 200);
    // A no-op is fine for anyone.
    assert_eq!(set_status(&srv, &kitchen, &n, "Fulfilled").status, 200);
    // Rider on an unpaid order: allowed by role, refused by payment.
    let n = order_at(&srv, &owner, true, false, "Out for Delivery");
    assert_eq!(set_status(&srv, &rider, &n, "Fulfilled").status, 400);
    // Kitchen cannot accept a Pickup order.
    let p = order_at(&srv, &owner, false, false, "Pending");
    forbidden(
        &set_status(&srv, &kitchen, &p, "Accepted"),
        "kitchen Pending->Accepted",
    );
    // Staff: counter and manager may make any legal move.
    for who in ["counter", "manager"] {
        let t = srv.login(who);
        let n = order_at(&srv, &owner, true, true, "Accepted");
        for s in [
            "Ready",
            "Out for Delivery",
            "Ready",
            "Accepted",
            "Cancelled",
        ] {
            assert_eq!(set_status(&srv, &t, &n, s).status, 200, "{who} -> {s}");
        }
    }
    assert_eq!(
        srv.send(
            "PATCH",
            &format!("/api/orders/{p}/status/"),
            None,
            Some(&json!({"status": "Cancelled"}))
        )
        .status,
        401
    );
}
