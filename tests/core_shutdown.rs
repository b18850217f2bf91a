//! Graceful shutdown: on SIGTERM a request in flight completes, idle keep-alive connections
//! are closed at once (they do not hold up the exit), new connections are refused, and the
//! process exits 0.
mod common;

use std::io::{ErrorKind, Read};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use common::{Client, Options, Server};
use serde_json::json;

#[test]
fn sigterm_finishes_in_flight_requests_and_exits_zero() {
    let mut srv = Server::start_with(
        Options::default()
            .unseeded()
            // An idle connection that held up shutdown would show as a slow exit.
            .env("KEEPALIVE_TIMEOUT", "60")
            .env("GRACEFUL_TIMEOUT", "30"),
    );
    let addr = srv.addr;

    let mut idle = Client::connect(addr);
    assert_eq!(
        idle.send("GET", "/api/health/", &[], None, false).status,
        200
    );

    // Long enough that the checks below (idle closed, new connections refused) happen while
    // it is in flight even on a loaded machine; they are asserted against it, not a clock.
    let slow = std::thread::spawn(move || {
        common::request(addr, "GET", "/api/_test/sleep/?ms=5000", None, None)
    });
    // In flight: the slow handler and this metrics request itself.
    assert!(common::wait_until(Duration::from_secs(10), || {
        srv.try_metric("adakings_http_requests_in_flight")
            .is_some_and(|v| v >= 2.0)
    }));

    let t0 = Instant::now();
    common::signal(srv.pid(), libc::SIGTERM);

    // The idle keep-alive connection is closed promptly.
    idle.stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let mut b = [0u8; 16];
    match idle.stream.read(&mut b) {
        Ok(0) => {}
        Err(e) if e.kind() == ErrorKind::ConnectionReset => {}
        other => panic!("idle connection not closed: {other:?}"),
    }
    assert!(
        !slow.is_finished(),
        "the idle connection was closed only after the in-flight request ended ({:?})",
        t0.elapsed()
    );

    // New connections are refused while the slow request is still being served.
    assert!(
        common::wait_until(Duration::from_secs(5), || {
            matches!(TcpStream::connect(addr), Err(e) if e.kind() == ErrorKind::ConnectionRefused)
        }),
        "still accepting after SIGTERM"
    );
    assert!(
        !slow.is_finished(),
        "refusal only seen after the in-flight request ended ({:?})",
        t0.elapsed()
    );

    let r = slow.join().expect("slow request");
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json(), json!({"slept_ms": 5000}));
    assert_eq!(r.header("Connection"), Some("close"));

    let child = srv.child.as_mut().expect("child");
    let status = common::wait_child(child, Duration::from_secs(10)).expect("exit after SIGTERM");
    assert_eq!(status.code(), Some(0), "{status:?}");
    // Well under GRACEFUL_TIMEOUT (30 s), which a connection holding up the exit would hit.
    assert!(
        t0.elapsed() < Duration::from_secs(20),
        "exit took {:?}",
        t0.elapsed()
    );

    let log = srv.log("server.log");
    assert!(log.contains("shutdown requested"), "{log}");
    assert!(log.contains("stopped"), "{log}");
    assert!(!log.contains(" ERROR "), "{log}");
    let access = srv.log("access.log");
    assert!(
        access
            .lines()
            .any(|l| l.contains("/api/_test/sleep/") && l.contains(" 200 ")),
        "{access}"
    );
}
