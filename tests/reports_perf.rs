//! Reports and the audit check over bulk data. Data goes in with direct SQL through the real
//! schema (`seed-demo` first): the point is the read side, and filling through the API would
//! take minutes.
//! - A month of orders: each day of the range report holds exactly the orders, cancellations,
//!   payments and refunds put into that business day, and agrees with that day's daily report.
//! - `adakings audit verify` accepts a long chain made with the domain's hash, and names the one
//!   row changed in the middle of it.
//!
//! By default the sizes are small so that the suite stays quick. With `ADAKINGS_MEASURE=1`
//! they are those of the targets (a day of 2,000 orders and 31 days of 60,000: daily p50 under
//! 50 ms, range p50 under 500 ms; 1,000,000 audit rows verified in under 10 s), and the times
//! are checked and printed:
//!
//! ```sh
//! ADAKINGS_MEASURE=1 cargo test --release --test reports_perf -- --nocapture --test-threads 1
//! ```

mod common;
#[path = "common/reports.rs"]
mod reports;

use std::time::{Duration, Instant};

use adakings::domain::audit_chain::{self, Entry, GENESIS};
use adakings::domain::clock::{self, Date};
use common::{Options, Server};
use rusqlite::params;
use serde_json::Value;

const DAYS: i64 = 31;

/// How much data a run makes.
struct Size {
    /// Orders over the 31 days.
    orders: i64,
    /// Orders on 2026-10-15.
    big_day: i64,
    audit_rows: i64,
    /// Whether to time the requests and hold them to the targets.
    measure: bool,
}

fn size() -> Size {
    if std::env::var_os("ADAKINGS_MEASURE").is_some_and(|v| v == "1") {
        Size {
            orders: 60_000,
            big_day: 2_000,
            audit_rows: 1_000_000,
            measure: true,
        }
    } else {
        Size {
            orders: 1_240,
            big_day: 100,
            audit_rows: 20_000,
            measure: false,
        }
    }
}

fn p50(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Pesewas as the reports write money.
fn money(p: i64) -> String {
    format!("{}.{:02}", p / 100, p % 100)
}

/// What one business day holds, counted while filling it (pesewas for money).
#[derive(Debug, Default, Clone, PartialEq)]
struct DayFigures {
    orders: i64,
    cancelled: i64,
    payments: i64,
    refunds: i64,
}

/// Fills `DAYS` business days (Oct 2026, day start 04:00) with `size.orders` pickup and
/// delivery orders (`size.big_day` of them on the 15th), 1-3 lines each, a payment on most, a
/// refund on a few, and status history with a rider. Returns what each day holds.
fn fill(conn: &mut rusqlite::Connection, size: &Size) -> Vec<DayFigures> {
    let (total_orders, big_day_orders) = (size.orders, size.big_day);
    let mut figures = vec![DayFigures::default(); DAYS as usize];
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
        let per_day = (total_orders - big_day_orders) / (DAYS - 1);
        let mut seqs: std::collections::HashMap<String, i64> = Default::default();
        let mut n = 0i64;
        for day in 0..DAYS {
            let count = match day {
                14 => big_day_orders,
                d if d == DAYS - 1 => per_day + (total_orders - big_day_orders) % (DAYS - 1),
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
                let f = &mut figures[day as usize];
                f.orders += 1;
                f.cancelled += i64::from(status == "Cancelled");
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
                    f.payments += total;
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
                        f.refunds += 500;
                    }
                }
            }
        }
    }
    tx.commit().expect("commit");
    figures
}

#[test]
fn a_month_of_orders_reports_the_same_figures_by_day_and_by_range() {
    let size = size();
    let srv = Server::start_with(Options::default().env("BUSINESS_DAY_START", "04:00"));
    let t = Instant::now();
    let figures = fill(&mut srv.db(), &size);
    eprintln!("filled {} orders in {:?}", size.orders, t.elapsed());
    let tok = srv.login("owner");
    let get = |path: &str| -> Value {
        let r = srv.get(path, Some(&tok));
        assert_eq!(r.status, 200, "{path}: {}", r.text());
        r.json()
    };
    let range = get("/api/reports/range/?from=2026-10-01&to=2026-10-31");
    assert_eq!(range["totals"]["orders"], size.orders);
    let days = range["days"].as_array().expect("days");
    assert_eq!(days.len(), DAYS as usize);
    for (i, (day, want)) in days.iter().zip(&figures).enumerate() {
        let date = format!("2026-10-{:02}", i + 1);
        assert_eq!(day["date"], date.as_str());
        let got = DayFigures {
            orders: day["orders"].as_i64().expect("orders"),
            cancelled: day["cancelled"].as_i64().expect("cancelled"),
            payments: 0,
            refunds: 0,
        };
        assert_eq!(
            (got.orders, got.cancelled),
            (want.orders, want.cancelled),
            "{date}"
        );
        assert_eq!(day["payments"], money(want.payments).as_str(), "{date}");
        assert_eq!(day["refunds"], money(want.refunds).as_str(), "{date}");
        // The range's row of a day is that day's daily report.
        let daily = get(&format!("/api/reports/daily/?date={date}"));
        assert_eq!(daily["orders"]["count"], day["orders"], "{date}");
        assert_eq!(daily["sales"]["gross_sales"], day["gross_sales"], "{date}");
        assert_eq!(daily["payments"]["total"], day["payments"], "{date}");
        assert_eq!(daily["refunds"]["total"], day["refunds"], "{date}");
        assert_eq!(daily["net_taken"], day["net_taken"], "{date}");
        assert_eq!(daily["outstanding"]["total"], day["outstanding"], "{date}");
    }
    assert_eq!(figures[14].orders, size.big_day);
    let csv = srv.get("/api/reports/daily/?date=2026-10-15&format=csv", Some(&tok));
    assert_eq!(csv.status, 200);
    let gross = &days[14]["gross_sales"];
    assert!(
        csv.text().contains(&format!(
            "gross_sales,{}\r\n",
            gross.as_str().unwrap_or("?")
        )),
        "{}",
        csv.text()
    );
    if size.measure {
        measure_reports(&srv, &tok);
    }
}

/// p50 of 20 requests each of the big day's report (JSON and CSV) and of the month's range,
/// printed and held to the targets.
fn measure_reports(srv: &Server, tok: &str) {
    let runs = |path: &str| -> Vec<Duration> {
        (0..20)
            .map(|_| {
                let t = Instant::now();
                let r = srv.get(path, Some(tok));
                let d = t.elapsed();
                assert_eq!(r.status, 200);
                d
            })
            .collect()
    };
    let daily = p50(runs("/api/reports/daily/?date=2026-10-15"));
    let csv = p50(runs("/api/reports/daily/?date=2026-10-15&format=csv"));
    let range = p50(runs("/api/reports/range/?from=2026-10-01&to=2026-10-31"));
    eprintln!("daily (2,000 orders): p50 {daily:?}; CSV p50 {csv:?}");
    eprintln!("range (31 days, 60,000 orders): p50 {range:?}");
    assert!(daily < Duration::from_millis(50), "daily p50 {daily:?}");
    assert!(range < Duration::from_millis(500), "range p50 {range:?}");
}

#[test]
fn audit_verify_walks_a_long_chain_and_names_the_one_changed_row() {
    let size = size();
    let rows = size.audit_rows;
    let dir = common::TempDir::new("audit-bulk");
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
            for id in 1..=rows {
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
    eprintln!("filled {rows} audit rows in {:?}", t.elapsed());
    let verify = || {
        let t = Instant::now();
        let out = std::process::Command::new(common::BIN)
            .args(["audit", "verify"])
            .current_dir(&dir.0)
            .env("DATABASE_PATH", &path)
            .env("LOG_DIR", dir.0.join("logs"))
            .output()
            .expect("run adakings");
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        (out.status.code(), text, t.elapsed())
    };
    let (code, text, took) = verify();
    eprintln!("audit verify: {took:?}: {}", text.trim());
    assert_eq!(code, Some(0), "{text}");
    assert!(
        text.contains(&format!("{rows} rows, chain intact")),
        "{text}"
    );
    if size.measure {
        assert!(took < Duration::from_secs(10), "took {took:?}");
    }
    // One amount changed in the middle (by someone who dropped the append-only guard): the
    // walk stops at that row.
    let changed = rows / 2 + 1;
    let db = rusqlite::Connection::open(&path).expect("open");
    db.execute_batch("DROP TRIGGER audit_log_no_update")
        .expect("drop guard");
    db.execute(
        "UPDATE audit_log SET changes = '{\"amount\":\"1.00\"}' WHERE id = ?1",
        [changed],
    )
    .expect("tamper");
    drop(db);
    let (code, text, _) = verify();
    assert_eq!(code, Some(1), "{text}");
    assert!(
        text.contains(&format!("chain broken at audit row {changed}:")),
        "{text}"
    );
}
