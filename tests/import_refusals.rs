//! Every refusal of `import-django`: exit code 2, one line saying why, nothing written: a file
//! that is not SQLite, one that cannot be read or is locked, one without the original's tables
//! or columns (the first missing one named), a target that already holds orders; and rows that
//! break a rule, listed by id, which stop the import unless `--skip-bad-rows`.
mod common;
#[path = "common/import.rs"]
mod imp;

use common::TempDir;

#[test]
fn a_file_that_is_not_the_originals_database_is_refused() {
    let dir = TempDir::new("imp-refuse");
    let text = dir.0.join("notes.txt");
    std::fs::write(&text, "this is not a database, just some text ".repeat(200)).unwrap();
    let line = imp::refused(&imp::import(&dir, &[text.to_str().unwrap()]));
    assert!(line.contains("is not an SQLite database"), "{line}");

    let missing = dir.0.join("nope.sqlite3");
    let line = imp::refused(&imp::import(&dir, &[missing.to_str().unwrap()]));
    assert!(
        line.contains("cannot read") && line.contains("nope.sqlite3"),
        "{line}"
    );
    assert!(!missing.exists(), "the missing source was created");

    let line = imp::refused(&imp::import(&dir, &[dir.0.to_str().unwrap()]));
    assert!(line.contains("cannot read"), "{line}");

    let no_table = imp::edited_copy(&dir, "t.sqlite3", "DROP TABLE payments_payment;");
    let line = imp::refused(&imp::import(&dir, &[no_table.to_str().unwrap()]));
    assert!(line.contains("table payments_payment is missing"), "{line}");

    let no_column = imp::edited_copy(
        &dir,
        "c.sqlite3",
        "DROP INDEX orders_orde_custome_59f5e1_idx; \
         ALTER TABLE orders_order DROP COLUMN customer_phone;",
    );
    let line = imp::refused(&imp::import(&dir, &[no_column.to_str().unwrap()]));
    assert!(
        line.contains("column orders_order.customer_phone is missing"),
        "{line}"
    );

    // None of these created or touched the target.
    assert!(!imp::target(&dir).exists());
}

#[test]
fn a_locked_file_is_refused() {
    let dir = TempDir::new("imp-locked");
    let src = imp::edited_copy(&dir, "live.sqlite3", "");
    // The original in the middle of a write: an exclusive lock keeps readers out.
    let holder = rusqlite::Connection::open(&src).unwrap();
    holder.execute_batch("BEGIN EXCLUSIVE").unwrap();
    let line = imp::refused(&imp::import(&dir, &[src.to_str().unwrap()]));
    assert!(line.contains("is locked"), "{line}");
    holder.execute_batch("ROLLBACK").unwrap();
    assert!(!imp::target(&dir).exists());
}

#[test]
fn a_target_with_orders_is_refused_without_merge() {
    let dir = TempDir::new("imp-target");
    imp::import_ok(&dir, &[imp::fixture().to_str().unwrap()]);
    let before = imp::counts(&imp::target(&dir));
    let line = imp::refused(&imp::import(&dir, &[imp::fixture().to_str().unwrap()]));
    assert!(
        line.contains("already holds 150 orders") && line.contains("--merge"),
        "{line}"
    );
    assert_eq!(imp::counts(&imp::target(&dir)), before);
}

#[test]
fn bad_rows_are_listed_and_stop_the_import_unless_skipped() {
    let dir = TempDir::new("imp-bad");
    let src = imp::edited_copy(
        &dir,
        "bad.sqlite3",
        "UPDATE orders_order SET status = 'Shipped' WHERE id = 7; \
         UPDATE orders_orderitem SET quantity = -2 \
           WHERE id = (SELECT min(id) FROM orders_orderitem WHERE order_id = 9);",
    );
    let item: i64 = rusqlite::Connection::open(&src)
        .unwrap()
        .query_row(
            "SELECT min(id) FROM orders_orderitem WHERE order_id = 9",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let out = imp::import(&dir, &[src.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("orders_order id 7: unknown status \"Shipped\""),
        "{err}"
    );
    assert!(
        err.contains(&format!("orders_orderitem id {item}: quantity is -2")),
        "{err}"
    );
    assert!(
        err.contains("2 rows break a rule; nothing was written"),
        "{err}"
    );
    assert!(!imp::target(&dir).exists());

    // With --skip-bad-rows the rest lands; the two orders stay out with their lines and
    // payments, and the summary lists why.
    let summary = imp::import_ok(&dir, &["--skip-bad-rows", src.to_str().unwrap()]);
    assert!(
        summary.contains("| `orders_order` | 150 | 148 | 0 | 2 |"),
        "{summary}"
    );
    assert!(
        summary.contains("- orders_order id 7: unknown status"),
        "{summary}"
    );
    let db = rusqlite::Connection::open(imp::target(&dir)).unwrap();
    let n: i64 = db
        .query_row("SELECT count(*) FROM orders WHERE id IN (7, 9)", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(n, 0);
}

#[test]
fn a_line_whose_menu_item_is_gone_keeps_its_price() {
    let dir = TempDir::new("imp-gone");
    // Menu item 2 deleted behind the original's back (its foreign keys were not enforced).
    let src = imp::edited_copy(
        &dir,
        "gone.sqlite3",
        "DELETE FROM menu_menuitem WHERE id = 2;",
    );
    imp::import_ok(&dir, &[src.to_str().unwrap()]);
    let db = rusqlite::Connection::open(imp::target(&dir)).unwrap();
    let orig = rusqlite::Connection::open(&src).unwrap();
    let (sold, sum): (i64, i64) = orig
        .query_row(
            "SELECT count(*), CAST(round(sum(subtotal) * 100) AS INTEGER) \
             FROM orders_orderitem WHERE menu_item_id = 2",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert!(sold > 0, "the fixture sold item 2");
    let (n, total, name): (i64, i64, String) = db
        .query_row(
            "SELECT count(*), sum(subtotal), max(menu_item_name) FROM order_items \
             WHERE menu_item_id IS NULL",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!((n, total), (sold, sum));
    assert_eq!(name, "Menu item #2 (deleted)");
}
