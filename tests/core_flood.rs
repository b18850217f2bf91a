//! Floods: past `MAX_CONNECTIONS` (extra clients get a fast 503, held connections keep
//! working, everything is served again afterwards) and past the open-file limit (accept fails
//! with EMFILE, the server survives and serves again once the flood is gone).
mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use common::{Client, Options, Server};

#[test]
fn flood_past_max_connections_gets_fast_503s() {
    let srv = Server::start_with(
        Options::default()
            .unseeded()
            .env("MAX_CONNECTIONS", "20")
            .env("KEEPALIVE_TIMEOUT", "60"),
    );
    let addr = srv.addr;
    // 20 real connections: each has been served once and now sits idle in keep-alive.
    let mut held: Vec<Client> = (0..20)
        .map(|i| {
            let mut c = Client::connect(addr);
            let r = c.send("GET", "/api/health/", &[], None, false);
            assert_eq!(r.status, 200, "held connection {i}");
            c
        })
        .collect();

    const EXTRA: usize = 40;
    let flood: Vec<_> = (0..EXTRA)
        .map(|_| {
            std::thread::spawn(move || {
                let t = Instant::now();
                let r = common::raw(addr, b"GET /api/health/ HTTP/1.1\r\nHost: t\r\n\r\n");
                (r, t.elapsed())
            })
        })
        .collect();
    for h in flood {
        let (r, took) = h.join().expect("flood client");
        assert_eq!(r.status, 503, "{}", r.text());
        assert_eq!(r.header("Retry-After"), Some("1"));
        assert_eq!(r.header("Content-Type"), Some("application/json"));
        assert!(r.json()["detail"].is_string());
        assert!(took < Duration::from_secs(3), "503 took {took:?}");
    }

    // The held connections still work.
    for (i, c) in held.iter_mut().enumerate() {
        let r = c.send("GET", "/api/health/", &[], None, false);
        assert_eq!(r.status, 200, "held connection {i} after the flood");
    }
    drop(held);

    // Once they are gone, the server has room again.
    assert!(common::wait_until(Duration::from_secs(10), || {
        srv.try_metric("adakings_open_connections{kind=\"http\"}") == Some(1.0)
    }));
    // The /metrics connection that saw 1 may take a moment to end: a 503 for the last one
    // while that happens is retried, anything else fails.
    let again: Vec<Client> = (0..20)
        .map(|i| {
            let deadline = Instant::now() + Duration::from_secs(5);
            loop {
                let mut c = Client::connect(addr);
                let r = c.send("GET", "/api/health/", &[], None, false);
                if r.status == 503 && Instant::now() < deadline {
                    std::thread::sleep(Duration::from_millis(20));
                    continue;
                }
                assert_eq!(r.status, 200, "new connection {i}");
                break c;
            }
        })
        .collect();
    drop(again);
    assert!(common::wait_until(Duration::from_secs(10), || {
        srv.try_metric("adakings_open_connections{kind=\"http\"}") == Some(1.0)
    }));
    assert!(srv.metric("adakings_rejected_connections_total") >= EXTRA as f64);
    let log = srv.log("server.log");
    assert!(!log.contains(" ERROR "), "{log}");
}

#[test]
fn fd_exhaustion_is_survived() {
    const NOFILE: u64 = 64;
    let srv = Server::start_with(Options::default().unseeded().nofile(NOFILE));
    let addr = srv.addr;
    assert_eq!(srv.get("/api/health/", None).status, 200);
    let idle_fds = srv.fds();
    assert!(
        (idle_fds as u64) < NOFILE / 2,
        "the server needs {idle_fds} fds at idle"
    );

    // Many concurrent connections, each sending a request and holding on: far more than
    // the server has descriptors for.
    const THREADS: usize = 8;
    const PER_THREAD: usize = 25;
    let (done_tx, done_rx) = std::sync::mpsc::channel::<()>();
    let done_rx = std::sync::Arc::new(std::sync::Mutex::new(done_rx));
    let (ready_tx, ready_rx) = std::sync::mpsc::channel();
    let mut joins = Vec::new();
    for _ in 0..THREADS {
        let ready_tx = ready_tx.clone();
        let done_rx = done_rx.clone();
        joins.push(std::thread::spawn(move || {
            let mut held = Vec::new();
            let mut outcomes = Vec::new();
            for _ in 0..PER_THREAD {
                let Ok(mut s) = TcpStream::connect_timeout(&addr, Duration::from_secs(5)) else {
                    outcomes.push("connect failed".to_string());
                    continue;
                };
                let _ = s.write_all(b"GET /api/health/ HTTP/1.1\r\nHost: t\r\n\r\n");
                held.push(s);
            }
            for s in &mut held {
                s.set_read_timeout(Some(Duration::from_secs(3))).ok();
                let mut b = [0u8; 512];
                outcomes.push(match s.read(&mut b) {
                    Ok(0) => "closed".to_string(),
                    Ok(n) => String::from_utf8_lossy(&b[..n.min(12)]).into_owned(),
                    Err(e) => format!("{:?}", e.kind()),
                });
            }
            let _ = ready_tx.send(outcomes);
            // Hold everything until every thread has flooded.
            let _ = done_rx.lock().map(|rx| rx.recv());
            drop(held);
        }));
    }
    let mut all = Vec::new();
    for _ in 0..THREADS {
        all.extend(ready_rx.recv().expect("flood thread"));
    }
    drop(done_tx);
    for j in joins {
        j.join().expect("flood thread");
    }
    let served = all.iter().filter(|o| o.starts_with("HTTP/1.1 200")).count();
    assert!(served > 0, "nothing was served during the flood: {all:?}");

    // After the flood the server serves again.
    assert!(
        common::wait_until(Duration::from_secs(15), || {
            TcpStream::connect(addr).is_ok()
                && std::panic::catch_unwind(|| srv.get("/api/health/", None).status)
                    .is_ok_and(|s| s == 200)
        }),
        "not serving after the flood"
    );
    for _ in 0..20 {
        assert_eq!(srv.get("/api/health/", None).status, 200);
    }
    assert!(srv.wait_log("server.log", "accept failed"));
    let log = srv.log("server.log");
    assert!(
        log.lines()
            .any(|l| l.contains(" WARN ") && l.contains("accept failed")),
        "{log}"
    );
    assert!(!log.contains(" ERROR "), "{log}");
    assert!(!log.contains("panic"), "{log}");
    assert!(srv.metric("adakings_accept_errors_total") >= 1.0);
}
