//! Measurements (ignored by default; run with
//! `cargo test --release --test reports_perf -- --ignored --nocapture --test-threads 1`):
//! - the daily report for a day with 2,000 orders and the range report over 31 days and
//!   60,000 orders, p50 of 20 requests each against the real server (targets 50 ms, 500 ms);
//! - `adakings audit verify` over 1,000,000 audit rows (target 10 s).
//!
//! Data goes in with direct SQL through the real schema (`migrate` + `seed-demo` first): the
//! point is the read side, and filling through the API would take minutes.

mod common;

use std::time::{Duration, Instant};

use adakings::domain::audit_chain::{self, Entry, GENESIS};
use adakings::domain::clock::{self, Date};
use common::{Options, Server};
use rusqlite::params;

const DAYS: i64 = 31;
const TOTAL_ORDERS: i64 = 60_000;
const BIG_DAY_ORDERS: i64 = 2_000;

fn p50(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Fills 31 business days (Oct 2026, day start 04:00) with pickup and delivery orders, 1-3
/// lines each, a payment on most, a refund on a few, and status history with a rider.
fn fill(conn: &mut rusqlite::Connection) {
    let menu: Vec<(i64, String, String, i64)> = conn
        .prepare("SELECT id, name, item_type, price FROM menu_items ORDER BY id")
        .and_then(|mut st| {
            st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
                .collect()
        })
        .expect("menu");
    let uid = |name: &str| -> i64 {
        conn.query_row("SELECT id FROM users WHERE username = ?1", [name], |r| {
            r.get(0)
        })
        .expect("user")
    };
    let (counter, manager) = (uid("counter"), uid("manager"));
    let tx = conn.transaction().expect("tx");
    {
        let mut o = tx.prepare(
            "INSERT INTO orders (order_number, order_date, seq, customer_phone, delivery_type, \
             delivery_location_name, delivery_location_fee, status, delivery_fee, total_price, \
             created_by, created_at, updated_at) VALUES (?1,?2,?3,'0241234567',?4,?5,?6,?7,?6,?8,?9,?10,?10)",
        ).expect("o");
        let mut it = tx.prepare(
            "INSERT INTO order_items (order_id, menu_item_id, menu_item_name, item_type, quantity, \
             unit_price, subtotal, created_at, updated_at) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?8)",
        ).expect("i");
        let mut p = tx.prepare(
            "INSERT INTO payments (reference, order_id, amount, payment_method, payment_type, \
             status, created_by, created_at, updated_at) VALUES (?1,?2,?3,?4,?5,'completed',?6,?7,?7)",
        ).expect("p");
        let mut hst = tx.prepare(
            "INSERT INTO order_status_history (order_id, from_status, to_status, changed_by, changed_at) \
             VALUES (?1,?2,?3,?4,?5)",
        ).expect("h");
        let first = Date::parse("2026-10-01").expect("date");
        let per_day = (TOTAL_ORDERS - BIG_DAY_ORDERS) / (DAYS - 1);
        let mut seqs: std::collections::HashMap<String, i64> = Default::default();
        let mut n = 0i64;
        for day in 0..DAYS {
            let count = match day {
                14 => BIG_DAY_ORDERS,
                d if d == DAYS - 1 => per_day + (TOTAL_ORDERS - BIG_DAY_ORDERS) % (DAYS - 1),
                _ => per_day,
            };
            let start = Date::of_days(first.days() + day).start_micros() + 4 * 3_600_000_000;
            for k in 0..count {
                n += 1;
                let at_us = start + k * (86_400_000_000 / count);
                let at = clock::iso(at_us);
                let date = Date::of_micros(at_us);
                let seq = seqs.entry(date.to_string()).or_insert(0);
                *seq += 1;
                let number = format!(
                    "{:02}{:02}{:02}-{:04}",
                    date.day,
                    date.month,
                    date.year % 100,
                    seq
                );
                let delivery = n % 3 == 0;
                let fee = if delivery { 1000 } else { 0 };
                let lines: Vec<&(i64, String, String, i64)> = (0..(1 + n % 3))
                    .map(|j| &menu[((n + j * 7) as usize) % menu.len()])
                    .collect();
                let total: i64 = fee + lines.iter().map(|l| l.3 * (1 + n % 2)).sum::<i64>();
                let status = match n % 10 {
                    0 => "Cancelled",
                    1 => "Pending",
                    2 => "Accepted",
                    _ => "Fulfilled",
                };
                o.execute(params![
                    number,
                    date.to_string(),
                    *seq,
                    if delivery { "Delivery" } else { "Pickup" },
                    if delivery { Some("Madina") } else { None },
                    fee,
                    status,
                    total,
                    counter,
                    at
                ])
                .expect("order");
                let id = tx.last_insert_rowid();
                for l in &lines {
                    it.execute(params![
                        id,
                        l.0,
                        l.1,
                        l.2,
                        1 + n % 2,
                        l.3,
                        l.3 * (1 + n % 2),
                        at
                    ])
                    .expect("item");
                }
                hst.execute(params![id, None::<String>, "Accepted", "counter", at])
                    .expect("h");
                if delivery {
                    hst.execute(params![id, "Accepted", "Out for Delivery", "rider", at])
                        .expect("h");
                }
                if status == "Fulfilled" || n % 10 == 2 {
                    let method = if n % 4 == 0 { "MTN MOMO" } else { "CASH" };
                    p.execute(params![
                        format!("{n:032x}"),
                        id,
                        total,
                        method,
                        "payment",
                        counter,
                        at
                    ])
                    .expect("pay");
                    if n % 50 == 0 {
                        p.execute(params![
                            format!("r{n:031x}"),
                            id,
                            500,
                            "CASH",
                            "refund",
                            manager,
                            at
                        ])
                        .expect("refund");
                    }
                }
            }
        }
    }
    tx.commit().expect("commit");
}

#[test]
#[ignore]
fn measure_daily_and_range_reports() {
    let srv = Server::start_with(Options::default().env("BUSINESS_DAY_START", "04:00"));
    let t = Instant::now();
    fill(&mut srv.db());
    eprintln!("filled {TOTAL_ORDERS} orders in {:?}", t.elapsed());
    let tok = srv.login("owner");
    let runs = |path: &str| -> Vec<Duration> {
        let first = srv.get(path, Some(&tok));
        assert_eq!(first.status, 200, "{}", first.text());
        (0..20)
            .map(|_| {
                let t = Instant::now();
                let r = srv.get(path, Some(&tok));
                let d = t.elapsed();
                assert_eq!(r.status, 200);
                d
            })
            .collect()
    };
    let daily = runs("/api/reports/daily/?date=2026-10-15");
    let v = srv
        .get("/api/reports/daily/?date=2026-10-15", Some(&tok))
        .json();
    assert_eq!(v["orders"]["count"], BIG_DAY_ORDERS);
    let range = runs("/api/reports/range/?from=2026-10-01&to=2026-10-31");
    let r = srv
        .get(
            "/api/reports/range/?from=2026-10-01&to=2026-10-31",
            Some(&tok),
        )
        .json();
    assert_eq!(r["totals"]["orders"], TOTAL_ORDERS);
    let csv = runs("/api/reports/daily/?date=2026-10-15&format=csv");
    eprintln!(
        "daily (2,000 orders): p50 {:?}, max {:?}",
        p50(daily.clone()),
        daily.iter().max().unwrap()
    );
    eprintln!("daily CSV (2,000 orders): p50 {:?}", p50(csv));
    eprintln!(
        "range (31 days, 60,000 orders): p50 {:?}, max {:?}",
        p50(range.clone()),
        range.iter().max().unwrap()
    );
    assert!(p50(daily) < Duration::from_millis(50));
    assert!(p50(range) < Duration::from_millis(500));
}

#[test]
#[ignore]
fn measure_audit_verify_over_a_million_rows() {
    const ROWS: i64 = 1_000_000;
    let dir = common::TempDir::new("audit-1m");
    let path = dir.0.join("data/adakings.db");
    let env = [("DATABASE_PATH".to_string(), path.display().to_string())];
    common::run_cmd(&dir.0, &env, &["migrate"]);
    let t = Instant::now();
    {
        let mut c = rusqlite::Connection::open(&path).expect("open");
        c.execute_batch("PRAGMA synchronous=OFF").expect("pragma");
        let tx = c.transaction().expect("tx");
        {
            let mut st = tx.prepare(
                "INSERT INTO audit_log (id, user_id, username, action, object_type, object_id, \
                 changes, peer, created_at, prev_hash, hash) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)",
            ).expect("insert");
            let mut prev = GENESIS.to_string();
            for id in 1..=ROWS {
                let object_id = format!("261001-{:04}", id % 2000);
                let changes = format!(
                    "{{\"amount\":\"{}.00\",\"payment_method\":\"CASH\"}}",
                    id % 500
                );
                let at = clock::iso(1_790_000_000_000_000 + id * 1_000_000);
                let e = Entry {
                    id,
                    user_id: Some(3),
                    username: "counter",
                    action: "payment",
                    object_type: "payment",
                    object_id: &object_id,
                    changes: &changes,
                    peer: "10.0.0.7",
                    created_at: &at,
                };
                let h = audit_chain::hash(&prev, &e);
                st.execute(params![
                    id, 3, "counter", "payment", "payment", object_id, changes, "10.0.0.7", at,
                    prev, h
                ])
                .expect("row");
                prev = h;
            }
        }
        tx.commit().expect("commit");
    }
    eprintln!("filled {ROWS} audit rows in {:?}", t.elapsed());
    let t = Instant::now();
    let out = common::run_cmd(&dir.0, &env, &["audit", "verify"]);
    let took = t.elapsed();
    let text = String::from_utf8_lossy(&out.stdout);
    eprintln!("audit verify: {took:?}: {}", text.trim());
    assert!(text.contains("1000000 rows, chain intact"), "{text}");
    assert!(took < Duration::from_secs(10));
}
