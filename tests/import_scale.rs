//! `import-django` on big files, generated here from the fixture's shape (nothing big is
//! committed): progress lines appear on a terminal only, and a generated file of orders with
//! three lines each, a cash payment each and some refunds imports every row, with the same
//! money in the target as in the file. By default the file is small so that the suite stays
//! quick; with `ADAKINGS_MEASURE=1` it has the target's size (100,000 orders, 300,000 lines,
//! 120,000 payments), which must import in under a minute, and the time and peak memory are
//! printed:
//!
//! ```sh
//! ADAKINGS_MEASURE=1 cargo test --release --test import_scale -- --nocapture
//! ```
mod common;
#[path = "common/import.rs"]
mod imp;

use std::time::{Duration, Instant};

use common::TempDir;

/// Lines per order of the generated file.
const LINES: i64 = 3;

/// Orders and refunds of the generated file, and whether to hold the import to its target.
fn size() -> (i64, i64, bool) {
    if std::env::var_os("ADAKINGS_MEASURE").is_some_and(|v| v == "1") {
        (100_000, 20_000, true)
    } else {
        (3_000, 600, false)
    }
}

/// Replaces the fixture's orders with `orders` generated ones: 250 a day, each with `LINES`
/// lines priced like the original stores them (REAL for halves), one cash payment of the
/// total, and a refund of 0.50 on the first `refunds` orders.
fn generate(dir: &TempDir, orders: i64, refunds: i64) -> std::path::PathBuf {
    let sql = format!(
        "DELETE FROM payments_paymenttransaction; DELETE FROM payments_payment;
         DELETE FROM orders_orderitem; DELETE FROM orders_order;
         WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {last})
         INSERT INTO orders_order (id, customer_phone, delivery_type, status, total_price, notes,
             created_at, updated_at, order_number, delivery_fee, delivery_location_id)
         SELECT i + 1, '0241234567', CASE WHEN i % 3 = 0 THEN 'Delivery' ELSE 'Pickup' END,
             'Fulfilled', CASE WHEN i % 3 = 0 THEN 101.5 ELSE 91.5 END, 'ɛ ɔ ŋ — order ' || i,
             strftime('%Y-%m-%d %H:%M:%f', '2025-01-01', '+' || (i / 250) || ' days',
                      '+' || ((i % 250) * 3) || ' minutes'),
             strftime('%Y-%m-%d %H:%M:%f', '2025-01-01', '+' || (i / 250) || ' days',
                      '+' || ((i % 250) * 3 + 1) || ' minutes'),
             strftime('%d%m', '2025-01-01', '+' || (i / 250) || ' days') ||
                 substr(strftime('%Y', '2025-01-01', '+' || (i / 250) || ' days'), 3) || '-' ||
                 printf('%03d', i % 250 + 1),
             CASE WHEN i % 3 = 0 THEN 10 ELSE 0 END,
             CASE WHEN i % 3 = 0 THEN 1 ELSE NULL END
         FROM n;
         INSERT INTO orders_orderitem (quantity, unit_price, subtotal, notes, created_at,
             updated_at, menu_item_id, order_id)
         SELECT 1, 30.5, 30.5, '', o.created_at, o.created_at, (o.id + k.k) % 19 + 1, o.id
         FROM orders_order o, (SELECT 0 AS k UNION ALL SELECT 1 UNION ALL SELECT 2) k
         WHERE k.k < {LINES};
         INSERT INTO payments_payment (amount, status, reference, mobile_number, notes,
             created_at, updated_at, order_id, payment_type, payment_method)
         SELECT total_price, 'completed', lower(hex(randomblob(16))), NULL, 'cash', updated_at,
             updated_at, id, 'payment', 'CASH' FROM orders_order;
         INSERT INTO payments_payment (amount, status, reference, mobile_number, notes,
             created_at, updated_at, order_id, payment_type, payment_method)
         SELECT 0.5, 'completed', lower(hex(randomblob(16))), NULL, 'change', updated_at,
             updated_at, id, 'refund', 'CASH' FROM orders_order WHERE id <= {refunds};",
        last = orders - 1
    );
    imp::edited_copy(dir, "big.sqlite3", &sql)
}

#[test]
fn a_generated_file_imports_every_row_with_the_same_money() {
    let (orders, refunds, measure) = size();
    let dir = TempDir::new("imp-scale");
    let t = Instant::now();
    let src = generate(&dir, orders, refunds);
    eprintln!(
        "generated {} in {:.1} s",
        src.display(),
        t.elapsed().as_secs_f64()
    );

    let t = Instant::now();
    let summary = imp::import_ok(&dir, &[src.to_str().expect("path")]);
    let took = t.elapsed();
    // SAFETY: getrusage only fills the struct it is given.
    let peak_kib = unsafe {
        let mut u: libc::rusage = std::mem::zeroed();
        libc::getrusage(libc::RUSAGE_CHILDREN, &mut u);
        u.ru_maxrss
    };
    eprintln!(
        "imported {orders} orders, {} lines, {} payments in {:.1} s (peak RSS {} MiB)",
        orders * LINES,
        orders + refunds,
        took.as_secs_f64(),
        peak_kib / 1024
    );
    for (table, n) in [
        ("orders_order", orders),
        ("orders_orderitem", orders * LINES),
        ("payments_payment", orders + refunds),
    ] {
        assert!(
            summary.contains(&format!("| `{table}` | {n} | {n} | 0 | 0 |")),
            "{table}: {summary}"
        );
    }
    // What the summary says is what the target holds: every row, and the money to the
    // pesewa (91.50 a Pickup order, 101.50 a Delivery one, 0.50 a refund).
    let c = rusqlite::Connection::open(imp::target(&dir)).expect("open target");
    let one = |sql: &str| -> i64 { c.query_row(sql, [], |r| r.get(0)).expect(sql) };
    assert_eq!(one("SELECT COUNT(*) FROM orders"), orders);
    assert_eq!(one("SELECT COUNT(*) FROM order_items"), orders * LINES);
    let deliveries = (orders + 2) / 3;
    assert_eq!(
        one("SELECT SUM(total_price) FROM orders"),
        deliveries * 10_150 + (orders - deliveries) * 9_150
    );
    assert_eq!(
        one("SELECT SUM(amount) FROM payments WHERE payment_type = 'refund'"),
        refunds * 50
    );
    if measure {
        assert!(took < Duration::from_secs(60), "took {took:?}");
    }
}

#[test]
fn progress_lines_appear_on_a_terminal_only() {
    let dir = TempDir::new("imp-progress");
    let src = generate(&dir, 10_001, 0);
    // Not a terminal: stderr has no progress line.
    let out = imp::import(&dir, &["--dry-run", src.to_str().unwrap()]);
    assert!(out.status.success(), "{out:?}");
    assert!(!String::from_utf8_lossy(&out.stderr).contains("orders written"));
    // A terminal, through script(1) when the machine has it.
    let Ok(out) = std::process::Command::new("script")
        .args([
            "-qec",
            &format!("{} import-django --dry-run {}", common::BIN, src.display()),
        ])
        .arg("/dev/null")
        .env("DATABASE_PATH", imp::target(&dir))
        .env("LOG_DIR", dir.0.join("logs"))
        .output()
    else {
        eprintln!("script(1) is not installed: terminal progress not checked");
        return;
    };
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("import-django: 10000 of 10001 orders written"),
        "{text}"
    );
}
