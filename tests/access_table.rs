//! The route table's `access` is what the server enforces, row by row: without a token every
//! protected route is 401, and every role the row does not admit is 403 with DRF's message,
//! before the handler looks at the path's object (no 404) or the body (no 400). Routing still
//! comes first: an unknown path is 404 and a wrong method 405 even without a token.

mod common;

use adakings::api::ROUTES;
use adakings::domain::status::Role;
use common::Server;
use serde_json::json;

const FORBIDDEN: &str = "You do not have permission to perform this action.";

/// The demo account of each role (see `adakings seed-demo`).
fn username(role: Role) -> &'static str {
    match role {
        Role::Superadmin => "owner",
        Role::Admin => "manager",
        Role::Frontdesk => "counter",
        Role::Kitchen => "kitchen",
        Role::Delivery => "rider",
    }
}

/// A concrete path for `pattern` whose objects do not exist.
fn concrete(pattern: &str) -> String {
    pattern
        .replace("{id}", "999999")
        .replace("{order_number}", "991231-999")
        .replace("{reference}", "00000000-0000-0000-0000-000000000000")
        .replace("{date}", "2000-01-01")
        .replace("{file}", "missing.js")
}

#[test]
fn every_protected_route_refuses_before_its_handler_runs() {
    let srv = Server::start();
    let tokens: Vec<(Role, String)> = Role::ALL
        .iter()
        .map(|r| (*r, srv.login(username(*r))))
        .collect();
    // Not an object: a handler that ran would answer 400 (or 404 for the missing object).
    let body = json!("not an object");
    let mut checked = 0;
    for r in ROUTES
        .iter()
        .filter(|r| !r.pattern.starts_with("/api/_test/"))
    {
        let path = concrete(r.pattern);
        let what = format!("{} {} ({:?})", r.method, r.pattern, r.access);
        let send = |tok: Option<&str>| srv.send(r.method, &path, tok, Some(&body));
        if !r.access.needs_token() {
            assert_ne!(
                send(None).status,
                401,
                "{what}: public route asked for a token"
            );
            continue;
        }
        let anon = send(None);
        assert_eq!(anon.status, 401, "{what}: {}", anon.text());
        for (role, tok) in &tokens {
            if r.access.allows(*role) {
                continue;
            }
            let resp = send(Some(tok));
            assert_eq!(resp.status, 403, "{what} as {role:?}: {}", resp.text());
            assert_eq!(resp.json(), json!({ "detail": FORBIDDEN }), "{what}");
            checked += 1;
        }
    }
    assert!(checked > 40, "only {checked} refusals checked");

    // Routing before access.
    assert_eq!(srv.get("/api/no-such-thing/", None).status, 404);
    let r = srv.send("DELETE", "/api/orders/", None, None);
    assert_eq!(r.status, 405, "{}", r.text());
}

/// The finer rules stay in the handlers: the kitchen passes the table's "any role" for status
/// changes but may only move Accepted -> Ready, and a frontdesk account passes "staff" for
/// payments but may not record a refund.
#[test]
fn handlers_keep_the_finer_rules() {
    let srv = Server::start();
    let counter = srv.login("counter");
    let kitchen = srv.login("kitchen");
    let jollof = srv.menu_id("Jollof Rice S");
    let o = srv.post(
        "/api/orders/",
        Some(&counter),
        &json!({"items": [{"menu_item_id": jollof}]}),
    );
    assert_eq!(o.status, 201, "{}", o.text());
    let n = o.json()["order_number"].as_str().unwrap_or("").to_string();
    let path = format!("/api/orders/{n}/status/");
    let r = srv.send(
        "PATCH",
        &path,
        Some(&kitchen),
        Some(&json!({"status": "Cancelled"})),
    );
    assert_eq!(r.status, 403, "{}", r.text());
    assert_eq!(
        r.json()["detail"],
        "You do not have permission to change an order from Pending to Cancelled."
    );
    let refund = json!({"order_number": n, "amount": "1.00", "payment_method": "CASH",
                        "payment_type": "refund"});
    let r = srv.post("/api/payments/initiate/", Some(&counter), &refund);
    assert_eq!(r.status, 403, "{}", r.text());
    assert_eq!(r.json()["detail"], "Only an admin may record a refund.");
}
