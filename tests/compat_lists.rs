//! The original's activity lists (the Transactions screen's table and its relatives), the API
//! root, and CORS as the original web frontend, served from another origin, needs it.

mod common;
#[path = "common/compat.rs"]
mod compat;

use common::{request_with, Options, Server};
use compat::*;
use serde_json::{json, Value};

/// A day's trade: a paid Pickup order, an overpaid one refunded, a Delivery order paid by
/// MoMo. Returns the counter's token.
fn trade(srv: &Server) -> String {
    let tok = fe_token(srv, "counter");
    let admin = fe_token(srv, "manager");
    let a = new_pickup(srv, &tok);
    let b = new_pickup(srv, &tok);
    let d = new_delivery(srv, &tok);
    let (a, b, d) = (
        str_of(&a, "order_number").to_string(),
        str_of(&b, "order_number").to_string(),
        str_of(&d, "order_number").to_string(),
    );
    assert_eq!(fe_pay(srv, &tok, &a, 85.0, "CASH", "payment").status, 201);
    assert_eq!(
        fe_pay(srv, &tok, &b, 95.0, "TELECEL CASH", "payment").status,
        201
    );
    assert_eq!(fe_pay(srv, &admin, &b, 10.0, "CASH", "refund").status, 201);
    assert_eq!(
        fe_pay(srv, &tok, &d, 45.0, "MTN MOMO", "payment").status,
        201
    );
    tok
}

#[test]
fn transaction_table_as_the_transactions_screen_reads_it() {
    let srv = Server::start();
    let tok = trade(&srv);
    let r = common::request(
        srv.addr,
        "GET",
        "/api/payments/transaction-table/",
        Some(&tok),
        None,
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let b = r.json();
    let rows = b["transactions"].as_array().expect("transactions");
    assert_eq!(rows.len(), 4);
    for t in rows {
        // Never a numeric id next to a transaction_id that does not start with TXN-; ids
        // differ per row (the dashboard drops duplicates).
        assert!(t.get("id").is_none_or(Value::is_string), "{t}");
        assert!(str_of(t, "transaction_id").starts_with("PAY-"));
        assert_eq!(t["id"], t["transaction_id"]);
        str_of(t, "order_number");
        str_of(t, "customer_phone");
        str_of(t, "payment_reference");
        num_of(t, "amount");
        num_of(t, "order_total");
        bool_of(t, "is_verified");
        assert_eq!(str_of(t, "status"), "Completed");
        assert_eq!(t["currency"], "GHS");
        assert_utc_iso(t, "date");
        assert!(str_of(t, "date").ends_with("+00:00"));
    }
    // Newest first, display names, numbers for money.
    assert_eq!(rows[0]["payment_method"], "MTN MoMo");
    assert_eq!(rows[0]["delivery_type"], "Delivery");
    assert_eq!(rows[0]["amount"], json!(45.0));
    assert_eq!(rows[0]["customer_phone"], "0241234567");
    assert_eq!(rows[1]["payment_type"], "Refund");
    assert_eq!(rows[1]["payment_method"], "Cash");
    assert_eq!(rows[2]["payment_method"], "Telecel Cash");
    assert_eq!(rows[2]["payment_type"], "Payment");
    assert_eq!(rows[3]["amount"], json!(85.0));
    assert_eq!(
        b["summary"],
        json!({"total_transactions": 4, "total_amount": 235.0,
               "successful_transactions": 4, "failed_transactions": 0})
    );
    // The dashboard's and debug pages' parameters change nothing.
    for q in [
        "?ordering=-created_at&limit=50",
        "?_t=1796139407386&refresh=1",
    ] {
        let path = format!("/api/payments/transaction-table/{q}");
        let again = fe(srv.addr, "GET", &path, Some(&tok), None);
        assert_eq!(again.json(), b, "{q}");
    }
    let cook = fe_token(&srv, "kitchen");
    let r = fe(
        srv.addr,
        "GET",
        "/api/payments/transaction-table/",
        Some(&cook),
        None,
    );
    assert_eq!(r.status, 403);
    assert_eq!(
        fe(
            srv.addr,
            "GET",
            "/api/payments/transaction-table/",
            None,
            None
        )
        .status,
        401
    );
}

#[test]
fn transactions_and_payment_history() {
    let srv = Server::start();
    let tok = trade(&srv);
    // No online Paystack transactions here: an empty DRF page.
    let r = fe(
        srv.addr,
        "GET",
        "/api/payments/transactions/",
        Some(&tok),
        None,
    );
    assert_eq!(r.status, 200);
    assert_eq!(
        r.json(),
        json!({"count": 0, "next": null, "previous": null, "results": []})
    );
    let r = fe(
        srv.addr,
        "GET",
        "/api/payments/payment-history/",
        Some(&tok),
        None,
    );
    assert_eq!(r.status, 200);
    let b = r.json();
    assert_eq!(b["count"], 4);
    assert_eq!(b["summary"]["total_payments"], 4);
    assert_eq!(b["summary"]["total_amount"], json!(235.0));
    assert_eq!(b["summary"]["completed_count"], 4);
    assert_eq!(b["summary"]["pending_amount"], json!(0.0));
    let p = &b["results"][0];
    assert!(p["payment_id"].is_i64());
    assert_eq!(p["payment_method"], "MTN MoMo");
    assert_eq!(p["status"], "Completed");
    assert_eq!(p["delivery_location"], "UGMC");
    assert_eq!(p["amount"], json!(45.0));
    assert_eq!(p["transactions"], json!([]));
    assert_eq!(p["transaction_count"], 0);
    assert_utc_iso(p, "created_at");
    str_of(p, "time_ago");
    let tl = p["payment_timeline"].as_array().expect("timeline");
    assert_eq!(tl.len(), 2);
    assert_eq!(tl[1]["event"], "Payment Completed");
    assert_eq!(tl[1]["is_current"], true);
    // Filters are substrings of the stored codes: "CASH" matches TELECEL CASH too.
    let r = fe(
        srv.addr,
        "GET",
        "/api/payments/payment-history/?payment_method=CASH&status=completed&days=1",
        Some(&tok),
        None,
    );
    assert_eq!(r.json()["count"], 3);
    let n = str_of(&b["results"][0], "order_number").to_string();
    let path = format!("/api/payments/payment-history/?order_number={n}");
    assert_eq!(
        fe(srv.addr, "GET", &path, Some(&tok), None).json()["count"],
        1
    );
    let path = "/api/payments/payment-history/?days=x";
    assert_eq!(fe(srv.addr, "GET", path, Some(&tok), None).status, 400);
    let cook = fe_token(&srv, "kitchen");
    for p in [
        "/api/payments/transactions/",
        "/api/payments/payment-history/",
    ] {
        assert_eq!(fe(srv.addr, "GET", p, Some(&cook), None).status, 403, "{p}");
    }
}

#[test]
fn status_history_lists_recent_orders_with_their_changes() {
    let srv = Server::start();
    let tok = trade(&srv);
    let d = new_delivery(&srv, &tok);
    let n = str_of(&d, "order_number");
    assert_eq!(fe_status(&srv, &tok, n, "Cancelled").status, 200);
    let r = fe(
        srv.addr,
        "GET",
        "/api/orders/status-history/",
        Some(&tok),
        None,
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let b = r.json();
    assert_eq!(b["count"], 4);
    let o = &b["results"][0];
    assert_eq!(o["order_number"], n, "newest update first");
    assert_eq!(o["current_status"], "Cancelled");
    assert_eq!(o["delivery_type"], "Delivery");
    assert_eq!(o["total_price"], json!(45.0));
    assert_eq!(o["amount_paid"], json!(0.0));
    str_of(o, "payment_status");
    assert_utc_iso(o, "last_updated");
    let ch = o["status_changes"].as_array().expect("changes");
    assert_eq!(ch[0]["status"], "Created");
    let last = ch.last().expect("last");
    assert_eq!(
        (&last["status"], &last["is_current"]),
        (&json!("Cancelled"), &json!(true))
    );
    let path = format!("/api/orders/status-history/?order_number={n}&days=1");
    assert_eq!(
        fe(srv.addr, "GET", &path, Some(&tok), None).json()["count"],
        1
    );
    let cook = fe_token(&srv, "kitchen");
    let r = fe(
        srv.addr,
        "GET",
        "/api/orders/status-history/",
        Some(&cook),
        None,
    );
    assert_eq!(r.status, 403);
}

#[test]
fn api_root_lists_the_resources() {
    let srv = Server::start();
    // The test client sends `Host: test`; the links are built from it.
    let host = "test";
    let r = fe(srv.addr, "GET", "/api/", None, None);
    assert_eq!(r.status, 200);
    let b = r.json();
    for (k, path) in [
        ("menu", "/api/menu/items/"),
        ("orders", "/api/orders/"),
        ("payments", "/api/payments/"),
        ("schema", "/api/schema/"),
    ] {
        assert_eq!(b[k], format!("http://{host}{path}"), "{k}");
    }
    // Every link answers (with a token where one is needed).
    let tok = fe_token(&srv, "owner");
    for (_, v) in b.as_object().expect("object") {
        let url = v.as_str().expect("url");
        let path = url.trim_start_matches(&format!("http://{host}"));
        assert_eq!(
            fe(srv.addr, "GET", path, Some(&tok), None).status,
            200,
            "{path}"
        );
    }
}

#[test]
fn cors_as_the_original_for_any_origin() {
    let srv = Server::start();
    // A browser's preflight for the frontend's PATCH: no token needed.
    let headers = [
        ("Origin", ORIGIN.to_string()),
        ("Access-Control-Request-Method", "PATCH".to_string()),
        (
            "Access-Control-Request-Headers",
            "authorization,content-type".to_string(),
        ),
    ];
    let r = request_with(
        srv.addr,
        "OPTIONS",
        "/api/orders/010101-001/",
        &headers,
        None,
    );
    assert_eq!(r.status, 200);
    assert!(r.body.is_empty());
    assert_eq!(r.header("access-control-allow-origin"), Some("*"));
    assert_eq!(r.header("access-control-max-age"), Some("86400"));
    let methods = r.header("access-control-allow-methods").expect("methods");
    for m in ["DELETE", "GET", "OPTIONS", "PATCH", "POST", "PUT"] {
        assert!(methods.contains(m), "{methods}");
    }
    let allowed = r.header("access-control-allow-headers").expect("headers");
    for h in [
        "authorization",
        "content-type",
        "cache-control",
        "idempotency-key",
        "x-requested-with",
    ] {
        assert!(allowed.contains(h), "{h} in {allowed}");
    }
    // Actual responses, errors included, carry the origin header.
    let r = fe(srv.addr, "GET", "/api/orders/", None, None);
    assert_eq!(r.status, 401);
    assert_eq!(r.header("access-control-allow-origin"), Some("*"));
}

#[test]
fn cors_with_a_list_of_origins() {
    let srv = Server::start_with(Options::default().env(
        "CORS_ALLOWED_ORIGINS",
        "http://localhost:3000,https://till.example",
    ));
    let r = fe(srv.addr, "GET", "/api/menu/items/", None, None);
    assert_eq!(r.status, 200);
    assert_eq!(r.header("access-control-allow-origin"), Some(ORIGIN));
    assert_eq!(r.header("vary"), Some("Origin"));
    let other = [("Origin", "http://evil.example".to_string())];
    let r = request_with(srv.addr, "GET", "/api/menu/items/", &other, None);
    assert_eq!(r.status, 200);
    assert_eq!(r.header("access-control-allow-origin"), None);
    let r = request_with(srv.addr, "OPTIONS", "/api/users/login/", &other, None);
    assert_eq!(r.header("access-control-allow-origin"), None);
    let ok = [("Origin", "https://till.example".to_string())];
    let r = request_with(srv.addr, "OPTIONS", "/api/users/login/", &ok, None);
    assert_eq!(r.status, 200);
    assert_eq!(
        r.header("access-control-allow-origin"),
        Some("https://till.example")
    );
}
