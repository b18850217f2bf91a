//! `import-django` on the original's own database: the summary equals the figures computed on
//! that file (rows, days, methods, payment statuses), the source file is left byte for byte
//! as it was, and `--dry-run` prints the same summary while writing nothing.
mod common;
#[path = "common/import.rs"]
mod imp;

use common::TempDir;

/// Lines of the fixture's own summary (made on the original's file) that the import's summary
/// must print unchanged.
const FIGURES: &[&str] = &[
    "| 2026-11-23 | 30 | 11 | 19 | 4186.00 | 4106.00 | 495.00 | 231126-001 / 231126-030 |",
    "| 2026-11-24 | 30 | 21 | 9 | 4390.50 | 3836.00 | 260.00 | 241126-001 / 241126-030 |",
    "| 2026-11-25 | 30 | 20 | 10 | 4319.50 | 4028.00 | 287.00 | 251126-001 / 251126-030 |",
    "| 2026-11-26 | 30 | 21 | 9 | 3805.50 | 3193.50 | 109.00 | 261126-001 / 261126-030 |",
    "| 2026-11-27 | 30 | 20 | 10 | 3990.00 | 3719.00 | 225.00 | 271126-001 / 271126-030 |",
    "| **all** | 150 | 93 | 57 | 20691.50 | 18882.50 | 1376.00 | |",
    "| 2026-11-27 | 3 | 1 | 2 | 2 | 20 | 2 |",
    "| **all** | 3 | 1 | 2 | 2 | 131 | 11 |",
    "| 2026-11-23 | 1630.00 (10) | 795.00 (5) | 683.50 (6) | 635.50 (5) | 169.00 (1) | 3913.00 | 10.00 | 3903.00 |",
    "| 2026-11-24 | 2455.00 (15) | 1045.00 (10) | 451.50 (4) | 79.50 (1) | 0.00 (0) | 4031.00 | 195.00 | 3836.00 |",
    "| 2026-11-25 | 2136.00 (17) | 513.50 (4) | 953.50 (6) | 784.00 (6) | 0.00 (0) | 4387.00 | 291.50 | 4095.50 |",
    "| 2026-11-26 | 1594.50 (16) | 348.50 (5) | 855.50 (7) | 639.00 (4) | 84.00 (1) | 3521.50 | 252.00 | 3269.50 |",
    "| 2026-11-27 | 1666.50 (15) | 1092.50 (8) | 285.00 (3) | 49.00 (1) | 70.00 (1) | 3163.00 | 281.00 | 2882.00 |",
    "| **all** | 9482.00 (73) | 3794.50 (32) | 3229.00 (26) | 2187.00 (17) | 323.00 (3) | 19015.50 | 1029.50 | 17986.00 |",
    "Payments that count toward nothing: 2026-11-27 payment/processing 65.00.",
    "| UNPAID | 10 |",
    "| PENDING PAYMENT | 1 |",
    "| PARTIALLY PAID | 2 |",
    "| PAID | 125 |",
    "| OVERPAID | 6 |",
    "| REFUNDED | 6 |",
    "Sum over all orders: amount_paid 17986.00, balance_due 2849.00, amount_overpaid 143.50.",
    "| `users_customuser` | 6 | 6 | 0 | 0 |",
    "| `menu_menuitem` | 19 | 19 | 0 | 0 |",
    "| `orders_deliverylocation` | 12 | 12 | 0 | 0 |",
    "| `orders_order` | 150 | 150 | 0 | 0 |",
    "| `orders_orderitem` | 374 | 374 | 0 | 0 |",
    "| `payments_payment` | 163 | 163 | 0 | 0 |",
];

fn assert_figures(summary: &str) {
    let lines: Vec<&str> = summary.lines().collect();
    for want in FIGURES {
        assert!(lines.contains(want), "missing line {want}\nin:\n{summary}");
    }
}

#[test]
fn fixture_imports_with_the_figures_of_the_original() {
    let dir = TempDir::new("imp-fixture");
    let src = imp::edited_copy(&dir, "g1.sqlite3", "");
    let before = std::fs::read(&src).unwrap();
    let mtime = std::fs::metadata(&src).unwrap().modified().unwrap();

    let summary = imp::import_ok(&dir, &[src.to_str().unwrap()]);
    assert_figures(&summary);
    assert!(summary.trim_end().ends_with("Imported."), "{summary}");

    // The source: same bytes, same mtime, no journal or WAL files left beside it.
    assert_eq!(std::fs::read(&src).unwrap(), before, "source bytes changed");
    assert_eq!(std::fs::metadata(&src).unwrap().modified().unwrap(), mtime);
    let names: Vec<String> = std::fs::read_dir(&dir.0)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("g1.sqlite3"))
        .collect();
    assert_eq!(names, vec!["g1.sqlite3".to_string()]);

    // What the database holds: money in exact pesewas, the original's ids and numbers.
    let db = rusqlite::Connection::open(imp::target(&dir)).unwrap();
    let q = |sql: &str| -> i64 { db.query_row(sql, [], |r| r.get(0)).unwrap() };
    assert_eq!(q("SELECT sum(total_price) FROM orders"), 2_069_150);
    assert_eq!(
        q("SELECT count(*) FROM orders WHERE id BETWEEN 1 AND 150"),
        150
    );
    let cheap = q("SELECT count(*) FROM order_items WHERE unit_price = 3500 \
                   AND menu_item_name = 'JOLLOF RICE S'");
    assert!(cheap > 0, "lines sold before the price change keep 35.00");
    assert_eq!(
        q("SELECT price FROM menu_items WHERE name = 'JOLLOF RICE S'"),
        3800
    );
    assert_eq!(q("SELECT count(*) FROM order_status_history"), 150);
    let (last, date): (String, String) = db
        .query_row(
            "SELECT last_name, created_at FROM users WHERE username = 'efua.desk'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(last, "Appiah-Kúbí");
    assert_eq!(date, "2026-11-09T07:36:00.000000Z");
    // The import is in the audit trail, with the file name and the counts.
    let (action, object, changes): (String, String, String) = db
        .query_row(
            "SELECT action, object_id, changes FROM audit_log WHERE action = 'import'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!((action.as_str(), object.as_str()), ("import", "g1.sqlite3"));
    let changes: serde_json::Value = serde_json::from_str(&changes).unwrap();
    assert_eq!(changes["tables"]["orders_order"]["written"], 150);
}

#[test]
fn dry_run_prints_the_same_summary_and_writes_nothing() {
    let dir = TempDir::new("imp-dry");
    let src = imp::fixture();
    let summary = imp::import_ok(&dir, &["--dry-run", src.to_str().unwrap()]);
    assert_figures(&summary);
    assert!(
        summary.contains("Dry run: nothing was written."),
        "{summary}"
    );
    assert!(
        !imp::target(&dir).exists(),
        "a dry run created the database"
    );

    // Against an existing database: every table keeps its row count.
    common::run_cmd(&dir.0, &[], &["migrate"]);
    let before = imp::counts(&imp::target(&dir));
    let summary = imp::import_ok(&dir, &["--dry-run", src.to_str().unwrap()]);
    assert_figures(&summary);
    assert_eq!(imp::counts(&imp::target(&dir)), before);
}

#[test]
fn a_wal_mode_file_is_read_without_leaving_files_beside_it() {
    // A live original runs in WAL mode; once it has stopped, only the main file is left.
    let dir = TempDir::new("imp-wal");
    let src = imp::edited_copy(&dir, "wal.sqlite3", "PRAGMA journal_mode = WAL;");
    let before = std::fs::read(&src).unwrap();
    let summary = imp::import_ok(&dir, &[src.to_str().unwrap()]);
    assert_figures(&summary);
    assert_eq!(std::fs::read(&src).unwrap(), before);
    for side in ["wal.sqlite3-wal", "wal.sqlite3-shm", "wal.sqlite3-journal"] {
        assert!(!dir.0.join(side).exists(), "{side} appeared");
    }
}
