//! `import-django --merge`: adds only what the database does not hold yet, matched by order
//! number and payment reference (a payment made later on an order already imported is
//! added to it), and a second run is a no-op that writes nothing at all.
mod common;
#[path = "common/import.rs"]
mod imp;

use common::TempDir;

#[test]
fn merge_adds_only_the_missing_orders_and_payments_then_is_a_no_op() {
    let dir = TempDir::new("imp-merge");
    // An earlier copy of the original: before the 27th, and before order 1's refund.
    let early = imp::edited_copy(
        &dir,
        "early.sqlite3",
        "DELETE FROM payments_payment WHERE id = 2 OR order_id IN \
           (SELECT id FROM orders_order WHERE created_at >= '2026-11-27'); \
         DELETE FROM orders_orderitem WHERE order_id IN \
           (SELECT id FROM orders_order WHERE created_at >= '2026-11-27'); \
         DELETE FROM orders_order WHERE created_at >= '2026-11-27';",
    );
    let first = imp::import_ok(&dir, &[early.to_str().unwrap()]);
    assert!(
        first.contains("| `orders_order` | 120 | 120 | 0 | 0 |"),
        "{first}"
    );

    let full = imp::fixture();
    let second = imp::import_ok(&dir, &["--merge", full.to_str().unwrap()]);
    for line in [
        "| `users_customuser` | 6 | 0 | 6 | 0 |",
        "| `menu_menuitem` | 19 | 0 | 19 | 0 |",
        "| `orders_deliverylocation` | 12 | 0 | 12 | 0 |",
        "| `orders_order` | 150 | 30 | 120 | 0 |",
        "| `payments_payment` | 163 | 33 | 130 | 0 |",
        // The figures describe everything of the file that the database now holds.
        "| **all** | 150 | 93 | 57 | 20691.50 | 18882.50 | 1376.00 | |",
    ] {
        assert!(second.contains(line), "missing {line}\n{second}");
    }
    let db = rusqlite::Connection::open(imp::target(&dir)).unwrap();
    let q = |sql: &str| -> i64 { db.query_row(sql, [], |r| r.get(0)).unwrap() };
    assert_eq!(q("SELECT count(*) FROM orders"), 150);
    assert_eq!(q("SELECT count(*) FROM payments"), 163);
    assert_eq!(
        q("SELECT count(*) FROM payments WHERE order_id = 1 AND payment_type = 'refund'"),
        1,
        "the late refund joined its order"
    );
    assert_eq!(
        q("SELECT count(*) FROM audit_log WHERE action = 'import'"),
        2
    );
    drop(db);

    // Again: nothing new, nothing written (not even an audit row).
    let before = imp::counts(&imp::target(&dir));
    let third = imp::import_ok(&dir, &["--merge", full.to_str().unwrap()]);
    assert!(
        third.contains("| `orders_order` | 150 | 0 | 150 | 0 |"),
        "{third}"
    );
    assert!(
        third.contains("| `payments_payment` | 163 | 0 | 163 | 0 |"),
        "{third}"
    );
    assert!(third.contains("Nothing new to import"), "{third}");
    assert_eq!(imp::counts(&imp::target(&dir)), before);
}

#[test]
fn merge_keeps_what_the_new_server_changed() {
    let dir = TempDir::new("imp-merge-keep");
    let full = imp::fixture();
    imp::import_ok(&dir, &[full.to_str().unwrap()]);
    // Since the first import, the owner changed a price and a password here.
    let db = rusqlite::Connection::open(imp::target(&dir)).unwrap();
    db.execute_batch(
        "UPDATE menu_items SET price = 4500 WHERE name = 'ASSORTED RICE S'; \
         UPDATE users SET password = 'changed' WHERE username = 'owner';",
    )
    .unwrap();
    imp::import_ok(&dir, &["--merge", full.to_str().unwrap()]);
    let (price, pw): (i64, String) = db
        .query_row(
            "SELECT (SELECT price FROM menu_items WHERE name = 'ASSORTED RICE S'), \
                    (SELECT password FROM users WHERE username = 'owner')",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((price, pw.as_str()), (4500, "changed"));
}

#[test]
fn merge_refuses_when_an_order_number_here_is_another_order() {
    let dir = TempDir::new("imp-merge-clash");
    let full = imp::fixture();
    imp::import_ok(&dir, &[full.to_str().unwrap()]);
    // This server numbered an order of its own 271126-030 (same number, another order).
    let db = rusqlite::Connection::open(imp::target(&dir)).unwrap();
    db.execute_batch(
        "UPDATE orders SET created_at = '2026-11-27T23:59:00.000000Z' \
         WHERE order_number = '271126-030'",
    )
    .unwrap();
    drop(db);
    let before = imp::counts(&imp::target(&dir));
    let line = imp::refused(&imp::import(&dir, &["--merge", full.to_str().unwrap()]));
    assert!(
        line.contains("order 271126-030 is already here but is another order"),
        "{line}"
    );
    assert_eq!(imp::counts(&imp::target(&dir)), before);
}
