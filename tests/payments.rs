//! Payments over the real server: the payment-status cases (partial, paid, overpaid,
//! refunded), refund bounds and roles, refused methods and bad amounts, the automatic status
//! moves, one event per payment, and the list/detail/modes endpoints.

mod common;
#[path = "common/reports.rs"]
mod reports;

use common::{Resp, Server};
use reports::{delivery, pickup};
use serde_json::{json, Value};

fn scalar(srv: &Server, sql: &str) -> i64 {
    srv.db().query_row(sql, [], |r| r.get(0)).expect(sql)
}

fn initiate(srv: &Server, tok: &str, body: Value) -> Resp {
    srv.post("/api/payments/initiate/", Some(tok), &body)
}

fn pay(srv: &Server, tok: &str, number: &str, amount: &str, method: &str) -> Value {
    let r = initiate(
        srv,
        tok,
        json!({"order_number": number, "amount": amount, "payment_method": method}),
    );
    assert_eq!(r.status, 201, "pay {amount}: {}", r.text());
    r.json()
}

fn refund(srv: &Server, tok: &str, number: &str, amount: &str) -> Resp {
    initiate(
        srv,
        tok,
        json!({"order_number": number, "amount": amount, "payment_method": "CASH",
               "payment_type": "refund"}),
    )
}

fn order(srv: &Server, tok: &str, number: &str) -> Value {
    let r = srv.get(&format!("/api/orders/{number}/"), Some(tok));
    assert_eq!(r.status, 200, "{}", r.text());
    r.json()
}

fn status(srv: &Server, tok: &str, number: &str, to: &str) -> Resp {
    srv.send(
        "PATCH",
        &format!("/api/orders/{number}/status/"),
        Some(tok),
        Some(&json!({ "status": to })),
    )
}

fn money_fields(o: &Value) -> (String, String, String, String) {
    let s = |k: &str| {
        o[k].as_str()
            .unwrap_or_else(|| panic!("{k} in {o}"))
            .to_string()
    };
    (
        s("amount_paid"),
        s("balance_due"),
        s("amount_overpaid"),
        s("payment_status"),
    )
}

fn is_uuid_v4(s: &str) -> bool {
    let b = s.as_bytes();
    s.len() == 36
        && [8, 13, 18, 23].iter().all(|&i| b[i] == b'-')
        && b[14] == b'4'
        && s.chars()
            .filter(|c| *c != '-')
            .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
}

#[test]
fn payment_status_cases_and_refunds() {
    let srv = Server::start();
    let counter = srv.login("counter");
    let manager = srv.login("manager");
    let n = pickup(&srv, &counter);
    let t = |a: &str, b: &str, c: &str, d: &str| {
        (a.to_string(), b.to_string(), c.to_string(), d.to_string())
    };
    let events = |srv: &Server| scalar(srv, "SELECT COUNT(*) FROM events");

    // Partial: status stays Pending, one event for the payment.
    let ev0 = events(&srv);
    let p = pay(&srv, &counter, &n, "50", "CASH");
    assert_eq!(events(&srv), ev0 + 1, "exactly one event per payment");
    let reference = p["reference"].as_str().expect("reference").to_string();
    assert!(is_uuid_v4(&reference), "{reference}");
    let created_at = p["created_at"].as_str().expect("created_at").to_string();
    assert_eq!(
        p,
        json!({
            "id": p["id"], "reference": reference, "order_number": n, "amount": "50.00",
            "payment_method": "CASH", "payment_type": "payment", "status": "completed",
            "mobile_number": null, "notes": "CASH payment of ₵50.00 received by counter",
            "created_at": created_at, "updated_at": created_at
        })
    );
    let o = order(&srv, &counter, &n);
    assert_eq!(
        money_fields(&o),
        t("50.00", "35.00", "0.00", "PARTIALLY PAID")
    );
    assert_eq!(o["status"], "Pending");
    assert_eq!(o["payment_mode"], "CASH");
    assert_eq!(o["version"], 2, "a payment bumps the order version");
    let entry = &o["payments"][0];
    assert_eq!(entry["reference"], json!(reference));
    assert_eq!(entry["time_ago"], "Just now");
    assert!(entry.get("order_number").is_none());

    // Paid: a Pickup order in Pending moves to Accepted by itself ("system" in the history).
    let p = initiate(
        &srv,
        &counter,
        json!({"order_number": n, "amount": 35, "payment_method": "MTN MOMO",
               "mobile_number": "0551234567", "reference_note": "momo ref 778"}),
    );
    assert_eq!(p.status, 201, "{}", p.text());
    assert_eq!(p.json()["notes"], "momo ref 778");
    assert_eq!(p.json()["mobile_number"], "0551234567");
    assert_eq!(
        events(&srv),
        ev0 + 2,
        "the automatic move is in the same single event"
    );
    let o = order(&srv, &counter, &n);
    assert_eq!(money_fields(&o), t("85.00", "0.00", "0.00", "PAID"));
    assert_eq!(o["status"], "Accepted");
    assert_eq!(o["payment_mode"], "MTN MOMO");
    assert_eq!(o["payments"].as_array().expect("payments").len(), 2);
    assert_eq!(
        o["payments"][0]["payment_method"], "MTN MOMO",
        "newest first"
    );
    let h = srv
        .get(&format!("/api/orders/{n}/history/"), Some(&counter))
        .json();
    assert_eq!(h[1]["from"], "Pending");
    assert_eq!(h[1]["to"], "Accepted");
    assert_eq!(h[1]["by"], "system");

    // Overpaid is allowed.
    pay(&srv, &counter, &n, "15.50", "TELECEL CASH");
    let o = order(&srv, &counter, &n);
    assert_eq!(money_fields(&o), t("100.50", "0.00", "15.50", "OVERPAID"));

    // Refunds: admin+ only; at most the net paid.
    let before = scalar(&srv, "SELECT COUNT(*) FROM payments");
    let r = refund(&srv, &counter, &n, "5");
    assert_eq!(r.status, 403, "{}", r.text());
    assert_eq!(
        r.json(),
        json!({"detail": "Only an admin may record a refund."})
    );
    let r = refund(&srv, &manager, &n, "100.51");
    assert_eq!(r.status, 400);
    assert_eq!(
        r.json(),
        json!({"amount": ["Refund amount (₵100.51) exceeds the net amount paid (₵100.50)."]})
    );
    assert_eq!(scalar(&srv, "SELECT COUNT(*) FROM payments"), before);
    let r = refund(&srv, &manager, &n, "15.50");
    assert_eq!(r.status, 201, "{}", r.text());
    assert_eq!(r.json()["payment_type"], "refund");
    assert_eq!(r.json()["notes"], "CASH refund of ₵15.50 issued by manager");
    let o = order(&srv, &counter, &n);
    assert_eq!(money_fields(&o), t("85.00", "0.00", "0.00", "PAID"));
    assert_eq!(
        o["payment_mode"], "TELECEL CASH",
        "refunds are not the payment mode"
    );

    // Cancelled: payments refused, refunds allowed; all refunded reads REFUNDED.
    let owner = srv.login("owner");
    assert_eq!(status(&srv, &owner, &n, "Cancelled").status, 200);
    let r = initiate(
        &srv,
        &counter,
        json!({"order_number": n, "amount": "1", "payment_method": "CASH"}),
    );
    assert_eq!(r.status, 400);
    assert_eq!(
        r.json(),
        json!({"order_number": [format!("Order {n} is Cancelled: only refunds can be recorded.")]})
    );
    assert_eq!(refund(&srv, &owner, &n, "50").status, 201);
    let o = order(&srv, &counter, &n);
    assert_eq!(
        money_fields(&o),
        t("35.00", "50.00", "0.00", "PARTIALLY PAID")
    );
    assert_eq!(refund(&srv, &owner, &n, "35.01").status, 400);
    assert_eq!(refund(&srv, &owner, &n, "35").status, 201);
    let o = order(&srv, &counter, &n);
    assert_eq!(money_fields(&o), t("0.00", "85.00", "0.00", "REFUNDED"));
    assert_eq!(
        refund(&srv, &owner, &n, "0.01").status,
        400,
        "nothing left to refund"
    );

    // Audit rows: one per payment/refund with its kind.
    assert_eq!(
        scalar(
            &srv,
            "SELECT COUNT(*) FROM audit_log WHERE action = 'payment'"
        ),
        3
    );
    assert_eq!(
        scalar(
            &srv,
            "SELECT COUNT(*) FROM audit_log WHERE action = 'refund'"
        ),
        3
    );
}

#[test]
fn bad_payments_are_refused_and_write_nothing() {
    let srv = Server::start();
    let counter = srv.login("counter");
    let n = pickup(&srv, &counter);
    let snapshot = |srv: &Server| {
        (
            scalar(srv, "SELECT COUNT(*) FROM payments"),
            scalar(srv, "SELECT COUNT(*) FROM events"),
            scalar(srv, "SELECT version FROM orders"),
        )
    };
    let before = snapshot(&srv);
    let cases: Vec<(Value, Value)> = vec![
        (
            json!({"order_number": n, "amount": "10", "payment_method": "PAYSTACK(API)"}),
            json!({"payment_method": ["PAYSTACK(API) is not available offline."]}),
        ),
        (
            json!({"order_number": n, "amount": "10", "payment_method": "BITCOIN"}),
            json!({"payment_method": ["\"BITCOIN\" is not a valid choice."]}),
        ),
        (
            json!({"order_number": n, "amount": "0", "payment_method": "CASH"}),
            json!({"amount": ["Ensure this value is greater than or equal to 0.01."]}),
        ),
        (
            json!({"order_number": n, "amount": "-5", "payment_method": "CASH"}),
            json!({"amount": ["Ensure this value is greater than or equal to 0.01."]}),
        ),
        (
            json!({"order_number": n, "amount": "abc", "payment_method": "CASH"}),
            json!({"amount": ["A valid number is required."]}),
        ),
        (
            json!({"order_number": n, "amount": "1.234", "payment_method": "CASH"}),
            json!({"amount": ["Ensure that there are no more than 2 decimal places."]}),
        ),
        (
            json!({"order_number": "010100-999", "amount": "1", "payment_method": "CASH"}),
            json!({"order_number": ["Order 010100-999 does not exist."]}),
        ),
        (
            json!({"order_number": n, "amount": "1", "payment_method": "CASH", "payment_type": "gift"}),
            json!({"payment_type": ["\"gift\" is not a valid choice."]}),
        ),
        (
            json!({}),
            json!({
                "order_number": ["This field is required."],
                "amount": ["This field is required."],
                "payment_method": ["This field is required."]
            }),
        ),
    ];
    for (body, want) in cases {
        let r = initiate(&srv, &counter, body.clone());
        assert_eq!(r.status, 400, "{body}: {}", r.text());
        assert_eq!(r.json(), want, "{body}");
    }
    assert_eq!(snapshot(&srv), before);
    // Roles: kitchen and rider may not record payments; no token is 401.
    for who in ["kitchen", "rider"] {
        let t = srv.login(who);
        let r = initiate(
            &srv,
            &t,
            json!({"order_number": n, "amount": "1", "payment_method": "CASH"}),
        );
        assert_eq!(r.status, 403, "{who}");
    }
    let r = srv.post(
        "/api/payments/initiate/",
        None,
        &json!({"order_number": n, "amount": "1", "payment_method": "CASH"}),
    );
    assert_eq!(r.status, 401);
    assert_eq!(snapshot(&srv), before);
    // Every staff role may; PAYSTACK(USSD) completes at once.
    for who in ["owner", "manager", "counter"] {
        let t = srv.login(who);
        let p = pay(&srv, &t, &n, "1", "PAYSTACK(USSD)");
        assert_eq!(p["status"], "completed");
    }
}

#[test]
fn automatic_moves_and_fulfilled_needs_payment() {
    let srv = Server::start();
    let counter = srv.login("counter");
    let rider = srv.login("rider");

    // Delivery: a rider collects on the road; the settling payment fulfils the order.
    let n = delivery(&srv, &counter);
    pay(&srv, &counter, &n, "20", "CASH");
    assert_eq!(status(&srv, &counter, &n, "Ready").status, 200);
    assert_eq!(status(&srv, &rider, &n, "Out for Delivery").status, 200);
    let r = status(&srv, &rider, &n, "Fulfilled");
    assert_eq!(r.status, 400, "{}", r.text());
    let msg = "Order must be fully paid (PAID or OVERPAID) before it is Fulfilled.";
    assert_eq!(r.json(), json!({"status": [msg], "detail": msg}));
    let o = order(&srv, &counter, &n);
    assert_eq!(o["status"], "Out for Delivery");
    assert_eq!(o["balance_due"], "40.00");
    pay(&srv, &counter, &n, "40", "MTN MOMO");
    let o = order(&srv, &counter, &n);
    assert_eq!(o["status"], "Fulfilled");
    assert_eq!(o["payment_status"], "PAID");
    let h = srv
        .get(&format!("/api/orders/{n}/history/"), Some(&rider))
        .json();
    let last = h.as_array().and_then(|a| a.last()).expect("history");
    assert_eq!(
        (&last["from"], &last["to"], &last["by"]),
        (
            &json!("Out for Delivery"),
            &json!("Fulfilled"),
            &json!("system")
        )
    );

    // A prepaid Delivery order is not fulfilled before it is cooked.
    let n = delivery(&srv, &counter);
    pay(&srv, &counter, &n, "60", "CASH");
    let o = order(&srv, &counter, &n);
    assert_eq!(o["status"], "Accepted");
    assert_eq!(o["payment_status"], "PAID");
    assert_eq!(status(&srv, &counter, &n, "Ready").status, 200);
    assert_eq!(status(&srv, &rider, &n, "Out for Delivery").status, 200);
    assert_eq!(status(&srv, &rider, &n, "Fulfilled").status, 200);

    // Pickup: a partial payment does not accept it, the settling one does; Fulfilled once paid.
    let n = pickup(&srv, &counter);
    pay(&srv, &counter, &n, "80", "CASH");
    assert_eq!(order(&srv, &counter, &n)["status"], "Pending");
    pay(&srv, &counter, &n, "5", "CASH");
    assert_eq!(order(&srv, &counter, &n)["status"], "Accepted");
    assert_eq!(status(&srv, &counter, &n, "Ready").status, 200);
    assert_eq!(status(&srv, &counter, &n, "Fulfilled").status, 200);
    // A payment on a Fulfilled order (a tip) records, but moves nothing.
    pay(&srv, &counter, &n, "2", "CASH");
    let o = order(&srv, &counter, &n);
    assert_eq!(o["status"], "Fulfilled");
    assert_eq!(o["payment_status"], "OVERPAID");

    // A Pickup order that is Ready, paid then partly refunded, cannot be Fulfilled.
    let manager = srv.login("manager");
    let n = pickup(&srv, &counter);
    pay(&srv, &counter, &n, "85", "CASH");
    assert_eq!(status(&srv, &counter, &n, "Ready").status, 200);
    assert_eq!(refund(&srv, &manager, &n, "10").status, 201);
    assert_eq!(
        order(&srv, &counter, &n)["payment_status"],
        "PARTIALLY PAID"
    );
    assert_eq!(status(&srv, &counter, &n, "Fulfilled").status, 400);
}

#[test]
fn list_detail_and_modes() {
    let srv = Server::start();
    let counter = srv.login("counter");
    let manager = srv.login("manager");
    let a = pickup(&srv, &counter);
    let b = delivery(&srv, &counter);
    let p1 = pay(&srv, &counter, &a, "10", "CASH");
    let p2 = pay(&srv, &counter, &b, "20", "MTN MOMO");
    let p3 = pay(&srv, &counter, &a, "30", "TELECEL CASH");
    let r = refund(&srv, &manager, &a, "5");
    assert_eq!(r.status, 201);
    let p4 = r.json();

    let list = |q: &str| -> Value {
        let r = srv.get(&format!("/api/payments/{q}"), Some(&counter));
        assert_eq!(r.status, 200, "{q}: {}", r.text());
        r.json()
    };
    let refs = |v: &Value| -> Vec<Value> {
        v["results"]
            .as_array()
            .expect("results")
            .iter()
            .map(|p| p["reference"].clone())
            .collect()
    };
    let all = list("");
    assert_eq!(all["count"], 4);
    assert_eq!(all["next"], Value::Null);
    assert_eq!(
        refs(&all),
        vec![
            p4["reference"].clone(),
            p3["reference"].clone(),
            p2["reference"].clone(),
            p1["reference"].clone()
        ]
    );
    assert_eq!(all["results"][0], p4, "list entries are the Payment JSON");
    assert_eq!(
        refs(&list(&format!("?order_number={b}"))),
        vec![p2["reference"].clone()]
    );
    assert_eq!(
        refs(&list("?payment_method=TELECEL%20CASH")),
        vec![p3["reference"].clone()]
    );
    assert_eq!(
        refs(&list("?payment_type=refund")),
        vec![p4["reference"].clone()]
    );
    assert_eq!(list("?status=completed")["count"], 4);
    assert_eq!(list("?status=pending")["count"], 0);
    assert_eq!(
        list(&format!("?order__order_number={a}&payment_type=payment"))["count"],
        2
    );
    let page = list("?page_size=3&page=2");
    assert_eq!(page["count"], 4);
    assert_eq!(refs(&page), vec![p1["reference"].clone()]);
    assert_eq!(page["previous"], "/api/payments/?page_size=3");
    let r = srv.get("/api/payments/?payment_method=GOLD", Some(&counter));
    assert_eq!(r.status, 400);
    assert_eq!(
        r.json(),
        json!({"payment_method": ["Select a valid choice. GOLD is not one of the available choices."]})
    );

    // Detail by reference.
    let reference = p2["reference"].as_str().expect("ref");
    let r = srv.get(&format!("/api/payments/{reference}/"), Some(&counter));
    assert_eq!(r.status, 200);
    assert_eq!(r.json(), p2);
    let r = srv.get(
        "/api/payments/00000000-0000-4000-8000-000000000000/",
        Some(&counter),
    );
    assert_eq!(r.status, 404);
    assert_eq!(r.json(), json!({"detail": "Not found."}));

    // Modes.
    let r = srv.get("/api/payments/payment-modes/", Some(&counter));
    assert_eq!(r.status, 200);
    assert_eq!(
        r.json(),
        json!({"payment_modes": [
            {"value": "CASH", "label": "Cash", "disabled": false},
            {"value": "TELECEL CASH", "label": "Telecel Cash", "disabled": false},
            {"value": "MTN MOMO", "label": "MTN MoMo", "disabled": false},
            {"value": "PAYSTACK(USSD)", "label": "Paystack (USSD)", "disabled": false},
            {"value": "PAYSTACK(API)", "label": "Paystack (API)", "disabled": true}
        ]})
    );

    // Staff only.
    for who in ["kitchen", "rider"] {
        let t = srv.login(who);
        for path in [
            "/api/payments/",
            "/api/payments/payment-modes/".to_string().as_str(),
            &format!("/api/payments/{reference}/"),
        ] {
            assert_eq!(srv.get(path, Some(&t)).status, 403, "{who} {path}");
        }
    }
    assert_eq!(srv.get("/api/payments/", None).status, 401);
    for who in ["owner", "manager"] {
        let t = srv.login(who);
        assert_eq!(srv.get("/api/payments/", Some(&t)).status, 200);
    }
}
