//! Clients that vanish mid-response are ordinary events: status 499 in the access log, one
//! INFO line naming the kind in server.log, a counter in /metrics, never an ERROR, and the
//! next client is served.
mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use common::{Options, Server};

const LARGE: &str = "/api/_test/large/?bytes=50000000";

fn disconnect_lines(srv: &Server) -> Vec<String> {
    srv.log("server.log")
        .lines()
        .filter(|l| l.contains("Client disconnected (") && l.contains("/api/_test/large/"))
        .map(str::to_string)
        .collect()
}

fn access_499_lines(srv: &Server) -> usize {
    srv.log("access.log")
        .lines()
        .filter(|l| l.contains("/api/_test/large/") && l.contains(" 499 "))
        .count()
}

fn assert_disconnect_logged(srv: &Server, n: usize) {
    assert!(
        common::wait_until(Duration::from_secs(15), || access_499_lines(srv) == n
            && disconnect_lines(srv).len() == n),
        "want {n} disconnects.\naccess.log:\n{}\nserver.log:\n{}",
        srv.log("access.log"),
        srv.log("server.log")
    );
    let lines = disconnect_lines(srv);
    let last = lines.last().expect("a disconnect line");
    assert!(last.contains(" INFO "), "{last}");
    assert!(
        last.contains("Client disconnected (ConnectionReset)")
            || last.contains("Client disconnected (BrokenPipe)"),
        "{last}"
    );
    assert!(last.contains(&format!("GET {LARGE}")), "{last}");
}

fn assert_no_error(srv: &Server) {
    let log = srv.log("server.log");
    assert!(
        !log.lines()
            .any(|l| l.contains(" ERROR ") || l.contains("panic")),
        "{log}"
    );
}

fn assert_served(srv: &Server) {
    let r = srv.get("/api/health/", None);
    assert_eq!(r.status, 200);
}

#[test]
fn reset_mid_response_and_close_before_reading_are_499_and_info() {
    let srv = Server::start_with(Options::default().unseeded());

    // 1. A client that reads a little of a 50 MB response, then resets the connection.
    let mut s = TcpStream::connect(srv.addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    s.write_all(format!("GET {LARGE} HTTP/1.1\r\nHost: t\r\n\r\n").as_bytes())
        .unwrap();
    let mut got = 0;
    let mut chunk = [0u8; 65536];
    while got < 256 * 1024 {
        let n = s.read(&mut chunk).expect("response bytes");
        assert!(n > 0, "server closed early");
        if got == 0 {
            assert!(chunk[..n].starts_with(b"HTTP/1.1 200 "));
        }
        got += n;
    }
    common::reset(s);
    assert_disconnect_logged(&srv, 1);
    assert_served(&srv);

    // 2. A client that sends the request and closes without reading anything.
    let mut s = TcpStream::connect(srv.addr).unwrap();
    s.write_all(format!("GET {LARGE} HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n").as_bytes())
        .unwrap();
    drop(s);
    assert_disconnect_logged(&srv, 2);
    assert_served(&srv);

    // The disconnects are counted by kind, and nothing was logged as an error.
    let metrics = srv.get("/metrics", None).text();
    let counted: f64 = metrics
        .lines()
        .filter(|l| l.starts_with("adakings_client_disconnects_total{"))
        .filter_map(|l| l.rsplit(' ').next()?.parse::<f64>().ok())
        .sum();
    assert!(counted >= 2.0, "{metrics}");
    assert_no_error(&srv);
    let stderr = std::fs::read_to_string(srv.dir.0.join("stderr.txt")).unwrap_or_default();
    assert!(!stderr.contains("panicked"), "{stderr}");
}
