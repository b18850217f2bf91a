//! Closing a business day: the report is frozen with who and when and the audit chain head;
//! later payments, edits and deletions of that day's orders show in `after_close`, never in
//! the frozen figures; a day closes once; a day that has not begun cannot close.

mod common;
#[path = "common/reports.rs"]
mod reports;

use reports::{business_today, daily, pay, pickup};
use serde_json::json;

fn close(srv: &common::Server, tok: &str, date: &str) -> common::Resp {
    srv.post(
        &format!("/api/reports/daily/{date}/close/"),
        Some(tok),
        &json!({}),
    )
}

#[test]
fn a_closed_day_stays_frozen_and_lists_later_changes_apart() {
    let srv = reports::server();
    let (manager, counter, owner) = (
        srv.login("manager"),
        srv.login("counter"),
        srv.login("owner"),
    );
    let a = pickup(&srv, &counter);
    pay(&srv, &counter, &a, "85.00", "CASH");
    let b = pickup(&srv, &counter);
    let c = pickup(&srv, &counter);
    let day = business_today();

    let r = close(&srv, &manager, &day);
    assert_eq!(r.status, 201, "{}", r.text());
    let frozen = r.json();
    assert_eq!(frozen["closed"]["closed_by"], "manager");
    assert_eq!(
        frozen["closed"]["audit_head"]["hash"]
            .as_str()
            .map(str::len),
        Some(64)
    );
    assert_eq!(frozen["net_taken"], "85.00");
    assert_eq!(frozen["after_close"]["changed"], false);
    assert_eq!(close(&srv, &owner, &day).status, 409, "a day closes once");

    // After the close: a payment on b, an edit of c's notes, and a deletion of a.
    pay(&srv, &counter, &b, "85.00", "MTN MOMO");
    let edit = srv.send(
        "PATCH",
        &format!("/api/orders/{c}/"),
        Some(&manager),
        Some(&json!({"notes": "extra shito"})),
    );
    assert_eq!(edit.status, 200, "{}", edit.text());
    assert_eq!(
        srv.send("DELETE", &format!("/api/orders/{a}/"), Some(&owner), None)
            .status,
        204
    );

    let v = daily(&srv, &manager, &day).json();
    assert_eq!(v["net_taken"], "85.00", "frozen figures do not move");
    assert_eq!(v["orders"]["count"], 3);
    assert_eq!(v["generated_at"], frozen["generated_at"]);
    let after = &v["after_close"];
    assert_eq!(after["changed"], true);
    assert_eq!(
        after["orders"],
        json!([a, b, c]
            .iter()
            .cloned()
            .collect::<std::collections::BTreeSet<_>>())
    );
    assert_eq!(after["frozen_totals"]["net_taken"], "85.00");
    assert_eq!(
        after["live_totals"]["net_taken"], "85.00",
        "b's 85.00 came in, a's 85.00 went with a"
    );
    assert_eq!(after["live_totals"]["orders"], 2);
    let actions: Vec<(String, String)> = after["changes"]
        .as_array()
        .expect("changes")
        .iter()
        .map(|c| {
            (
                c["action"].as_str().unwrap_or("").to_string(),
                c["object_type"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    for want in [
        ("payment", "payment"),
        ("update", "order"),
        ("delete", "order"),
    ] {
        assert!(
            actions.contains(&(want.0.to_string(), want.1.to_string())),
            "{want:?} in {actions:?}"
        );
    }
    let head = frozen["closed"]["audit_head"]["id"]
        .as_i64()
        .expect("head id");
    assert!(
        after["changes"]
            .as_array()
            .expect("changes")
            .iter()
            .all(|c| c["id"].as_i64().unwrap_or(0) > head),
        "only rows after the close"
    );

    let csv = srv
        .get(
            &format!("/api/reports/daily/?date={day}&format=csv"),
            Some(&manager),
        )
        .text();
    assert!(csv.contains("\r\nAfter close: changes\r\n"), "{csv}");
    assert!(csv.contains("\r\nclosed,manager,"), "{csv}");
}

#[test]
fn only_admins_close_and_only_days_that_have_begun() {
    let srv = reports::server();
    let counter = srv.login("counter");
    let day = business_today();
    assert_eq!(close(&srv, &counter, &day).status, 403);
    let owner = srv.login("owner");
    let r = close(&srv, &owner, "2999-01-01");
    assert_eq!(r.status, 400, "{}", r.text());
    assert!(r.json()["date"].is_array());
    assert_eq!(close(&srv, &owner, "2026-13-01").status, 400);
    // The close is in the audit trail, with the frozen report's digest.
    let r = close(&srv, &owner, &day);
    assert_eq!(r.status, 201, "{}", r.text());
    let sha = r.json()["closed"]["report_sha256"].clone();
    let audit = srv
        .get(&format!("/api/audit/?date={day}"), Some(&owner))
        .json();
    let closes: Vec<_> = audit["results"]
        .as_array()
        .expect("results")
        .iter()
        .filter(|r| r["action"] == "close")
        .collect();
    assert_eq!(closes.len(), 1, "{audit}");
    assert_eq!(closes[0]["changes"]["report_sha256"], sha);
    assert_eq!(closes[0]["object_id"], day);
}
