//! The rest of the API against `/api/schema/`, with real data behind it: sessions and tokens,
//! the activity lists, reports, the audit list and the system endpoints. See
//! `openapi_conformance.rs` for the resources themselves.

mod common;
#[path = "common/conformance.rs"]
mod conformance;

use common::{Server, DEMO_PASSWORD};
use conformance::Conformance;
use serde_json::json;

/// One Delivery order, paid, so the lists and reports have rows of every kind.
fn busy_server() -> (Server, String) {
    let srv = Server::start();
    let owner = srv.login("owner");
    let jollof = srv.menu_id("Jollof Rice S");
    let o = srv.post(
        "/api/orders/",
        Some(&owner),
        &json!({"items": [{"menu_item_id": jollof, "quantity": 1}]}),
    );
    assert_eq!(o.status, 201, "{}", o.text());
    let o = o.json();
    let p = srv.post(
        "/api/payments/initiate/",
        Some(&owner),
        &json!({"order_number": o["order_number"], "amount": o["total_price"],
                "payment_method": "CASH"}),
    );
    assert_eq!(p.status, 201, "{}", p.text());
    (srv, owner)
}

#[test]
fn sessions_and_tokens_match_their_schemas() {
    let srv = Server::start();
    let mut c = Conformance::new(&srv);
    let creds = json!({"username": "manager", "password": DEMO_PASSWORD});
    let pair = c.call(
        "POST",
        "/api/token/",
        "/api/token/",
        None,
        Some(&creds),
        200,
    );
    let refresh = json!({"refresh": pair["refresh"]});
    let r = "/api/token/refresh/";
    c.call("POST", r, r, None, Some(&refresh), 200);
    let v = "/api/token/verify/";
    c.call(
        "POST",
        v,
        v,
        None,
        Some(&json!({"token": pair["access"]})),
        200,
    );
    let login = "/api/users/login/";
    let s = c.call("POST", login, login, None, Some(&creds), 200);
    let tok = s["access"].as_str().expect("access").to_string();
    let t = Some(tok.as_str());
    let profile = "/api/users/profile/";
    c.call("GET", profile, profile, t, None, 200);
    let edit = json!({"first_name": "Ama"});
    c.call("PATCH", profile, profile, t, Some(&edit), 200);
    c.call("PUT", profile, profile, t, Some(&edit), 200);
    let out = "/api/users/logout/";
    let body = json!({"refresh": s["refresh"]});
    c.call("POST", out, out, t, Some(&body), 200);
    c.assert_clean();
}

#[test]
fn activity_lists_match_their_schemas() {
    let (srv, owner) = busy_server();
    let t = Some(owner.as_str());
    let mut c = Conformance::new(&srv);
    for p in [
        "/api/payments/transaction-table/",
        "/api/payments/transactions/",
        "/api/payments/payment-history/",
        "/api/orders/status-history/",
    ] {
        c.call("GET", p, p, t, None, 200);
    }
    c.assert_clean();
}

#[test]
fn reports_audit_and_system_match_their_schemas() {
    let (srv, owner) = busy_server();
    let t = Some(owner.as_str());
    let mut c = Conformance::new(&srv);
    let daily = "/api/reports/daily/";
    let d = c.call("GET", daily, daily, t, None, 200);
    let date = d["date"].as_str().expect("report date").to_string();
    let range = "/api/reports/range/";
    let q = format!("{range}?from={date}&to={date}");
    c.call("GET", range, &q, t, None, 200);
    let close = "/api/reports/daily/{date}/close/";
    let cpath = format!("/api/reports/daily/{date}/close/");
    c.call("POST", close, &cpath, t, Some(&json!({})), 201);
    c.call("GET", daily, &format!("{daily}?date={date}"), t, None, 200);
    let audit = "/api/audit/";
    c.call("GET", audit, audit, t, None, 200);
    for p in ["/api/", "/api/health/"] {
        c.call("GET", p, p, None, None, 200);
    }
    let board = "/api/board/config/";
    c.call("GET", board, board, t, None, 200);
    c.assert_clean();
}

/// The checker itself: a real body passes, and an extra key, a missing key, a wrong type, a
/// null where none is allowed and a value outside an enum are each reported.
#[test]
fn the_check_catches_each_kind_of_drift() {
    let srv = Server::start();
    let owner = srv.login("owner");
    let c = Conformance::new(&srv);
    let order = &c.doc["components"]["schemas"]["Order"];
    let jollof = srv.menu_id("Jollof Rice S");
    let o = srv.post(
        "/api/orders/",
        Some(&owner),
        &json!({"items": [{"menu_item_id": jollof}]}),
    );
    assert_eq!(o.status, 201, "{}", o.text());
    let good = o.json();
    let mut problems = Vec::new();
    conformance::walk(&c.doc, order, &good, "$", &mut problems);
    assert!(problems.is_empty(), "{problems:?}");

    let mut bad = good.clone();
    bad["surprise"] = json!(1);
    bad.as_object_mut().map(|m| m.remove("time_ago"));
    bad["version"] = json!("1");
    bad["total_price"] = json!(null);
    bad["status"] = json!("Lost");
    conformance::walk(&c.doc, order, &bad, "$", &mut problems);
    let text = problems.join("\n");
    for needle in [
        "$.surprise: not declared",
        "$.time_ago: declared but missing",
        "$.version: expected integer",
        "$.total_price: null but not nullable",
        "$.status: \"Lost\" not in enum",
    ] {
        assert!(text.contains(needle), "{needle} not reported in:\n{text}");
    }
    assert_eq!(problems.len(), 5, "{text}");
}
