//! The audit trail as a hash chain, over the real binary: `adakings audit verify` says
//! "N rows, chain intact" after concurrent writes (group commit), finds a row edited and a row
//! deleted with SQLite directly (exit 1, naming the row), and catches a closed day whose frozen
//! report was rewritten. `GET /api/audit/` lists a day's rows with their hashes.

mod common;
#[path = "common/reports.rs"]
mod reports;

use common::Server;
use reports::{business_today, pay, pickup};

fn verify(srv: &Server) -> (i32, String) {
    reports::cli(srv, &["audit", "verify"])
}

/// Many clients at once, so the writer batches their jobs into shared transactions.
fn busy_day(srv: &Server) {
    let counter = srv.login("counter");
    std::thread::scope(|s| {
        for _ in 0..8 {
            s.spawn(|| {
                for _ in 0..5 {
                    let n = pickup(srv, &counter);
                    pay(srv, &counter, &n, "85.00", "CASH");
                }
            });
        }
    });
}

#[test]
fn verify_passes_after_concurrent_writes_and_finds_an_edit_and_a_deletion() {
    let srv = reports::server();
    busy_day(&srv);
    let (code, text) = verify(&srv);
    assert_eq!(code, 0, "{text}");
    let rows: i64 = srv
        .db()
        .query_row("SELECT COUNT(*) FROM audit_log", [], |r| r.get(0))
        .expect("count");
    assert!(rows > 80, "{rows} rows");
    assert!(
        text.contains(&format!("{rows} rows, chain intact")),
        "{text}"
    );

    // Ordinary SQL cannot change the trail...
    let db = srv.db();
    assert!(db
        .execute("UPDATE audit_log SET username = 'ghost' WHERE id = 10", [])
        .is_err());
    assert!(db
        .execute("DELETE FROM audit_log WHERE id = 10", [])
        .is_err());
    // ...and someone who drops the guards is caught.
    db.execute_batch("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete")
        .expect("drop guards");
    db.execute(
        "UPDATE audit_log SET changes = '{\"amount\":\"1.00\"}' WHERE id = 20",
        [],
    )
    .expect("edit");
    let (code, text) = verify(&srv);
    assert_eq!(code, 1, "{text}");
    assert!(text.contains("audit row 20"), "{text}");

    db.execute("DELETE FROM audit_log WHERE id = 20", [])
        .expect("delete");
    let (code, text) = verify(&srv);
    assert_eq!(code, 1, "{text}");
    assert!(
        text.contains("audit row 21") && text.contains("missing"),
        "{text}"
    );
}

#[test]
fn a_rewritten_frozen_report_is_caught() {
    let srv = reports::server();
    let counter = srv.login("counter");
    let n = pickup(&srv, &counter);
    pay(&srv, &counter, &n, "85.00", "CASH");
    let owner = srv.login("owner");
    let day = business_today();
    let r = srv.post(
        &format!("/api/reports/daily/{day}/close/"),
        Some(&owner),
        &serde_json::json!({}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    assert_eq!(verify(&srv).0, 0);
    srv.db()
        .execute(
            "UPDATE daily_closes SET report = replace(report, '85.00', '95.00')",
            [],
        )
        .expect("rewrite");
    let (code, text) = verify(&srv);
    assert_eq!(code, 1, "{text}");
    assert!(text.contains(&format!("closed day {day}")), "{text}");
}

#[test]
fn audit_api_lists_a_days_rows_with_their_links() {
    let srv = reports::server();
    let counter = srv.login("counter");
    pickup(&srv, &counter);
    let manager = srv.login("manager");
    let r = srv.get(
        &format!("/api/audit/?date={}&page_size=2", business_today()),
        Some(&manager),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let v = r.json();
    assert!(v["count"].as_i64().unwrap_or(0) >= 3, "{v}");
    let rows = v["results"].as_array().expect("results");
    assert_eq!(rows.len(), 2);
    assert_eq!(
        rows[1]["prev_hash"], rows[0]["hash"],
        "consecutive rows link"
    );
    assert!(v["next"].is_string());
    let all = srv
        .get(
            &format!("/api/audit/?date={}", business_today()),
            Some(&manager),
        )
        .json();
    assert!(all["results"]
        .as_array()
        .expect("results")
        .iter()
        .any(|r| r["action"] == "create" && r["object_type"] == "order"));
    assert_eq!(srv.get("/api/audit/?date=nope", Some(&manager)).status, 400);
}
