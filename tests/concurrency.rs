//! Concurrent creates: 8 threads x 50 orders against one server all succeed and get 400
//! distinct order numbers, gap-free from 1 for today (the number is assigned inside the single
//! writer's transaction, so there is no read-then-write race to lose).

mod common;

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::Duration;

use common::{Client, Server};
use serde_json::json;

const THREADS: usize = 8;
const PER_THREAD: usize = 50;

#[test]
fn concurrent_creates_get_distinct_gap_free_numbers() {
    let srv = Server::start();
    let tok = srv.login("counter");
    let egg: i64 = {
        let c = rusqlite::Connection::open(srv.db_path()).expect("db");
        c.query_row("SELECT id FROM menu_items WHERE name = 'Egg'", [], |r| {
            r.get(0)
        })
        .expect("egg")
    };
    let addr = srv.addr;
    let tok = Arc::new(tok);
    let start = Arc::new(std::sync::Barrier::new(THREADS));
    let handles: Vec<_> = (0..THREADS)
        .map(|t| {
            let tok = tok.clone();
            let start = start.clone();
            std::thread::spawn(move || {
                let auth = [("Authorization", format!("Bearer {tok}"))];
                // Half the threads reuse one keep-alive connection, half connect per request.
                let mut keep = (t % 2 == 0).then(|| Client::connect(addr));
                start.wait();
                let mut got = Vec::with_capacity(PER_THREAD);
                for i in 0..PER_THREAD {
                    let body = json!({"items": [{"menu_item_id": egg, "quantity": 1 + (i % 3)}]})
                        .to_string()
                        .into_bytes();
                    let r = match keep.as_mut() {
                        Some(c) => c.send("POST", "/api/orders/", &auth, Some(&body), false),
                        None => Client::connect(addr).send(
                            "POST",
                            "/api/orders/",
                            &auth,
                            Some(&body),
                            true,
                        ),
                    };
                    assert_eq!(r.status, 201, "thread {t} request {i}: {}", r.text());
                    got.push(
                        r.json()["order_number"]
                            .as_str()
                            .expect("number")
                            .to_string(),
                    );
                }
                got
            })
        })
        .collect();
    let numbers: Vec<String> = handles
        .into_iter()
        .flat_map(|h| h.join().expect("client thread"))
        .collect();
    assert_eq!(numbers.len(), THREADS * PER_THREAD);
    let distinct: BTreeSet<&String> = numbers.iter().collect();
    assert_eq!(distinct.len(), numbers.len(), "duplicate order numbers");

    let prefixes: BTreeSet<&str> = numbers.iter().map(|n| &n[..7]).collect();
    assert_eq!(prefixes.len(), 1, "one day's numbers: {prefixes:?}");
    let seqs: BTreeSet<u32> = numbers
        .iter()
        .map(|n| n[7..].parse().expect("sequence"))
        .collect();
    let want: BTreeSet<u32> = (1..=(THREADS * PER_THREAD) as u32).collect();
    assert_eq!(seqs, want, "sequence is gap-free from 1");

    // The database agrees, and each create wrote its event.
    let c = rusqlite::Connection::open(srv.db_path()).expect("db");
    c.busy_timeout(Duration::from_secs(5)).expect("busy");
    let (orders, events): (i64, i64) = c
        .query_row(
            "SELECT (SELECT COUNT(*) FROM orders), \
                    (SELECT COUNT(*) FROM events WHERE kind = 'item_created')",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .expect("counts");
    assert_eq!(orders, 400);
    assert_eq!(events, 400);
}
