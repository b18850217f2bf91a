//! Crash safety: with `SQLITE_SYNCHRONOUS=FULL`, the server is killed with SIGKILL in the
//! middle of a stream of creates. After a restart every order that got a 201 is there with
//! its items, no order is half-written (each has its lines, history row and event), and
//! `PRAGMA integrity_check` says ok.

mod common;

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::{Options, Server};
use serde_json::{json, Value};

/// One create that never panics: `None` when the server is gone or answers garbage.
fn try_create(addr: SocketAddr, tok: &str, body: &Value) -> Option<(u16, Value)> {
    let mut s = TcpStream::connect_timeout(&addr, Duration::from_secs(2)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(10))).ok()?;
    s.set_write_timeout(Some(Duration::from_secs(10))).ok()?;
    let payload = body.to_string();
    let req = format!(
        "POST /api/orders/ HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer {tok}\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{payload}",
        payload.len()
    );
    s.write_all(req.as_bytes()).ok()?;
    let mut buf = Vec::new();
    s.read_to_end(&mut buf).ok()?;
    let text = String::from_utf8(buf).ok()?;
    let (head, body) = text.split_once("\r\n\r\n")?;
    let status: u16 = head.split_whitespace().nth(1)?.parse().ok()?;
    let len: usize = head.lines().find_map(|l| {
        let (k, v) = l.split_once(':')?;
        k.eq_ignore_ascii_case("content-length")
            .then(|| v.trim().parse().ok())?
    })?;
    if body.len() != len {
        return None;
    }
    Some((status, serde_json::from_str(body).ok()?))
}

#[test]
fn sigkill_mid_stream_loses_no_acknowledged_order() {
    let mut srv = Server::start_with(Options::default().env("SQLITE_SYNCHRONOUS", "FULL"));
    let tok = srv.login("counter");
    let (jollof, egg): (i64, i64) = {
        let c = rusqlite::Connection::open(srv.db_path()).expect("db");
        let id = |n: &str| -> i64 {
            c.query_row("SELECT id FROM menu_items WHERE name = ?1", [n], |r| {
                r.get(0)
            })
            .expect("menu item")
        };
        (id("Jollof Rice S"), id("Egg"))
    };
    let acked: Arc<Mutex<Vec<(String, usize)>>> = Arc::new(Mutex::new(Vec::new()));
    let stop = Arc::new(AtomicBool::new(false));
    let addr = srv.addr;
    let threads: Vec<_> = (0..4)
        .map(|t| {
            let (acked, stop, tok) = (acked.clone(), stop.clone(), tok.clone());
            std::thread::spawn(move || {
                let mut i = 0usize;
                while !stop.load(Ordering::Relaxed) {
                    i += 1;
                    let lines = 1 + (i + t) % 3;
                    let items: Vec<Value> = (0..lines)
                        .map(|k| json!({"menu_item_id": if k == 0 { jollof } else { egg }, "quantity": k + 1}))
                        .collect();
                    match try_create(addr, &tok, &json!({"items": items})) {
                        Some((201, v)) => {
                            let n = v["order_number"].as_str().unwrap_or_default().to_string();
                            acked.lock().expect("lock").push((n, lines));
                        }
                        Some((status, v)) => panic!("unexpected {status}: {v}"),
                        // The server is gone: this request's fate is unknown, which is fine.
                        None => std::thread::sleep(Duration::from_millis(5)),
                    }
                }
            })
        })
        .collect();
    // Kill while the stream is flowing.
    assert!(
        common::wait_until(Duration::from_secs(60), || acked
            .lock()
            .expect("lock")
            .len()
            >= 150),
        "the stream of creates did not get going"
    );
    srv.kill9();
    stop.store(true, Ordering::Relaxed);
    for t in threads {
        t.join().expect("client thread");
    }
    let acked = acked.lock().expect("lock").clone();
    assert!(acked.len() >= 150);

    srv.restart();
    for (n, lines) in &acked {
        let r = srv.get(&format!("/api/orders/{n}/"), Some(&tok));
        assert_eq!(
            r.status, 200,
            "acknowledged order {n} is missing after the crash"
        );
        let o = r.json();
        assert_eq!(o["items"].as_array().map(Vec::len), Some(*lines), "{n}");
    }
    // Numbering continues after the crash.
    let r = srv.post(
        "/api/orders/",
        Some(&tok),
        &json!({"items": [{"menu_item_id": egg, "quantity": 1}]}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    srv.sigterm(Duration::from_secs(20));
    srv.kill9();

    let c = rusqlite::Connection::open(srv.db_path()).expect("db");
    let check: String = c
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("integrity_check");
    assert_eq!(check, "ok");
    let fk: i64 = c
        .query_row("SELECT COUNT(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .expect("foreign_key_check");
    assert_eq!(fk, 0);
    // No order is half-written: each has lines, its initial history row and its event.
    let half: i64 = c
        .query_row(
            "SELECT COUNT(*) FROM orders o WHERE \
               NOT EXISTS (SELECT 1 FROM order_items i WHERE i.order_id = o.id) \
               OR NOT EXISTS (SELECT 1 FROM order_status_history h WHERE h.order_id = o.id) \
               OR NOT EXISTS (SELECT 1 FROM events e WHERE e.order_id = o.id)",
            [],
            |r| r.get(0),
        )
        .expect("half-written");
    assert_eq!(half, 0);
    let total: i64 = c
        .query_row("SELECT COUNT(*) FROM orders", [], |r| r.get(0))
        .expect("count");
    assert!(
        total as usize > acked.len(),
        "{total} orders, {} acknowledged",
        acked.len()
    );
    let max_seq: i64 = c
        .query_row("SELECT MAX(seq) FROM orders", [], |r| r.get(0))
        .expect("max");
    assert_eq!(max_seq, total, "numbers stay gap-free across the crash");
}
