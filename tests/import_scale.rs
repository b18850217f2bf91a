//! `import-django` on big files, generated here from the fixture's shape (nothing big is
//! committed): progress lines appear on a terminal only, and 100,000 orders with 300,000
//! lines and 120,000 payments import in under a minute. The speed test is ignored by default
//! because it takes a while on a shared machine; run it with
//!
//! ```sh
//! cargo test --release --test import_scale -- --ignored --nocapture
//! ```
mod common;
#[path = "common/import.rs"]
mod imp;

use std::time::{Duration, Instant};

use common::TempDir;

/// Orders, lines per order and extra payments (refunds) of the generated file.
const ORDERS: i64 = 100_000;
const LINES: i64 = 3;
const REFUNDS: i64 = 20_000;

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
#[ignore = "slow: generates and imports 100,000 orders; run with --ignored"]
fn a_hundred_thousand_orders_import_in_under_a_minute() {
    let dir = TempDir::new("imp-scale");
    let t = Instant::now();
    let src = generate(&dir, ORDERS, REFUNDS);
    println!(
        "generated {} in {:.1} s",
        src.display(),
        t.elapsed().as_secs_f64()
    );

    let t = Instant::now();
    let summary = imp::import_ok(&dir, &[src.to_str().unwrap()]);
    let took = t.elapsed();
    // SAFETY: getrusage only fills the struct it is given.
    let peak_kib = unsafe {
        let mut u: libc::rusage = std::mem::zeroed();
        libc::getrusage(libc::RUSAGE_CHILDREN, &mut u);
        u.ru_maxrss
    };
    println!(
        "imported {ORDERS} orders, {} lines, {} payments in {:.1} s (peak RSS {} MiB)",
        ORDERS * LINES,
        ORDERS + REFUNDS,
        took.as_secs_f64(),
        peak_kib / 1024
    );
    assert!(
        summary.contains(&format!("| `orders_order` | {ORDERS} | {ORDERS} | 0 | 0 |")),
        "{summary}"
    );
    assert!(summary.contains(&format!(
        "| `orders_orderitem` | {n} | {n} | 0 | 0 |",
        n = ORDERS * LINES
    )));
    assert!(summary.contains(&format!(
        "| `payments_payment` | {n} | {n} | 0 | 0 |",
        n = ORDERS + REFUNDS
    )));
    assert!(took < Duration::from_secs(60), "took {took:?}");
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
