//! HTTP/1.1 on the wire: keep-alive, pipelining, HEAD, 404/405, chunked bodies,
//! `Expect: 100-continue`, header limits (431), the idle keep-alive timeout and token redaction
//! in the access log. Raw sockets against the real binary.
mod common;

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};

use common::{Client, Options, Server};
use serde_json::json;

fn server() -> Server {
    Server::start_with(
        Options::default()
            .unseeded()
            .env("KEEPALIVE_TIMEOUT", "1")
            .env("REQUEST_TIMEOUT", "5"),
    )
}

/// Sends `bytes` on a new connection and reads until the server closes it.
fn raw_until_close(addr: SocketAddr, bytes: &[u8]) -> Vec<u8> {
    let mut s = TcpStream::connect_timeout(&addr, Duration::from_secs(10)).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    s.write_all(bytes).expect("write");
    let mut out = Vec::new();
    let mut chunk = [0u8; 8192];
    loop {
        match s.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => out.extend_from_slice(&chunk[..n]),
            // A reset after the whole response still counts: the response arrived.
            Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => break,
            Err(e) => panic!("read failed after {} bytes: {e}", out.len()),
        }
    }
    out
}

fn head_end(bytes: &[u8]) -> usize {
    bytes
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|p| p + 4)
        .expect("a complete response head")
}

#[test]
fn keep_alive_serves_several_requests_on_one_connection() {
    let srv = server();
    let mut c = Client::connect(srv.addr);
    for i in 0..5 {
        let r = c.send("GET", "/api/health/", &[], None, false);
        assert_eq!(r.status, 200, "request {i}");
        assert_eq!(r.header("Connection"), Some("keep-alive"));
        assert_eq!(r.json()["status"], "ok");
        let body = json!({ "i": i });
        let r = c.send(
            "POST",
            "/api/_test/echo/",
            &[],
            Some(body.to_string().as_bytes()),
            false,
        );
        assert_eq!(r.status, 200);
        assert_eq!(r.json(), body);
    }
    let r = c.send("GET", "/api/health/", &[], None, true);
    assert_eq!(r.status, 200);
    assert_eq!(r.header("Connection"), Some("close"));
}

#[test]
fn pipelined_requests_are_answered_in_order() {
    let srv = server();
    let mut c = Client::connect(srv.addr);
    // The slow one first: a server that answered as handlers finish would reorder these.
    let body = br#"{"second": true}"#;
    let mut bytes = b"GET /api/_test/sleep/?ms=200 HTTP/1.1\r\nHost: t\r\n\r\n".to_vec();
    bytes.extend_from_slice(
        format!(
            "POST /api/_test/echo/ HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n\
             Content-Length: {}\r\n\r\n",
            body.len()
        )
        .as_bytes(),
    );
    bytes.extend_from_slice(body);
    bytes.extend_from_slice(b"GET /api/health/ HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
    c.stream.write_all(&bytes).unwrap();
    let r1 = c.read_response().expect("first response");
    let r2 = c.read_response().expect("second response");
    let r3 = c.read_response().expect("third response");
    assert_eq!((r1.status, r1.json()), (200, json!({"slept_ms": 200})));
    assert_eq!((r2.status, r2.json()), (200, json!({"second": true})));
    assert_eq!(r3.status, 200);
    assert_eq!(r3.json()["status"], "ok");
}

#[test]
fn head_sends_headers_without_a_body() {
    let srv = server();
    let get = srv.get("/api/health/", None);
    let out = raw_until_close(
        srv.addr,
        b"HEAD /api/health/ HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n",
    );
    let end = head_end(&out);
    let head = String::from_utf8_lossy(&out[..end]).to_string();
    assert!(head.starts_with("HTTP/1.1 200 "), "{head}");
    assert!(
        head.to_ascii_lowercase().contains("content-length: "),
        "HEAD keeps Content-Length: {head}"
    );
    assert!(get.body.len() > 10);
    assert_eq!(out.len(), end, "HEAD response carried a body");
}

#[test]
fn unknown_path_is_404_and_wrong_method_is_405_with_allow() {
    let srv = server();
    let r = srv.get("/api/no-such-thing/", None);
    assert_eq!(r.status, 404);
    assert_eq!(r.header("Content-Type"), Some("application/json"));
    assert_eq!(r.json(), json!({"detail": "Not found."}));

    let r = srv.send("DELETE", "/api/health/", None, None);
    assert_eq!(r.status, 405);
    let allow = r.header("Allow").expect("Allow header").to_string();
    assert!(allow.contains("GET"), "Allow: {allow}");
    assert!(!allow.contains("DELETE"), "Allow: {allow}");
    assert_eq!(
        r.json(),
        json!({"detail": "Method \"DELETE\" not allowed."})
    );
}

#[test]
fn chunked_request_body_is_decoded() {
    let srv = server();
    let req = b"POST /api/_test/echo/ HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n\
Transfer-Encoding: chunked\r\n\r\n5\r\n{\"a\":\r\n4;ext=1\r\n 42,\r\nA\r\n \"b\": \"xy\"\r\n1\r\n}\r\n0\r\nX-Trailer: 1\r\n\r\n";
    let mut c = Client::connect(srv.addr);
    c.stream.write_all(req).unwrap();
    let r = c.read_response().expect("response");
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json(), json!({"a": 42, "b": "xy"}));
    // The connection stays usable after a chunked body.
    let r = c.send("GET", "/api/health/", &[], None, true);
    assert_eq!(r.status, 200);
}

#[test]
fn expect_100_continue_gets_continue_then_the_response() {
    let srv = server();
    let body = br#"{"x": [1, 2, 3]}"#;
    let mut s = TcpStream::connect(srv.addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let head = format!(
        "POST /api/_test/echo/ HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n",
        body.len()
    );
    s.write_all(head.as_bytes()).unwrap();
    let interim = b"HTTP/1.1 100 Continue\r\n\r\n";
    let mut got = vec![0u8; interim.len()];
    s.read_exact(&mut got)
        .expect("100 Continue before the body is sent");
    assert_eq!(got, interim, "{}", String::from_utf8_lossy(&got));
    s.write_all(body).unwrap();
    let mut rest = Vec::new();
    s.read_to_end(&mut rest).unwrap();
    let text = String::from_utf8_lossy(&rest);
    assert!(text.starts_with("HTTP/1.1 200 "), "{text}");
    let end = head_end(&rest);
    let v: serde_json::Value = serde_json::from_slice(&rest[end..]).unwrap();
    assert_eq!(v, json!({"x": [1, 2, 3]}));
}

#[test]
fn header_limits_give_431() {
    let srv = server();
    let mut req = b"GET /api/health/ HTTP/1.1\r\nHost: t\r\n".to_vec();
    for i in 0..101 {
        req.extend_from_slice(format!("X-H{i}: v\r\n").as_bytes());
    }
    req.extend_from_slice(b"\r\n");
    let r = common::raw(srv.addr, &req);
    assert_eq!(r.status, 431, "{}", r.text());
    assert!(r.json()["detail"].is_string());

    let long = format!(
        "GET /api/health/ HTTP/1.1\r\nHost: t\r\nX-Big: {}\r\n\r\n",
        "a".repeat(9 * 1024)
    );
    let r = common::raw(srv.addr, long.as_bytes());
    assert_eq!(r.status, 431, "{}", r.text());
    assert!(r.json()["detail"].is_string());

    // Exactly at the limit is fine: Host, 98 more and Connection make 100.
    let mut req = b"GET /api/health/ HTTP/1.1\r\nHost: t\r\n".to_vec();
    for i in 0..98 {
        req.extend_from_slice(format!("X-H{i}: v\r\n").as_bytes());
    }
    req.extend_from_slice(b"Connection: close\r\n\r\n");
    assert_eq!(common::raw(srv.addr, &req).status, 200);
    assert_eq!(srv.get("/api/health/", None).status, 200);
}

#[test]
fn idle_keep_alive_connection_is_closed_after_the_timeout() {
    let srv = server(); // KEEPALIVE_TIMEOUT=1
    let mut c = Client::connect(srv.addr);
    let r = c.send("GET", "/api/health/", &[], None, false);
    assert_eq!(r.status, 200);
    let idle_from = Instant::now();
    c.stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let mut b = [0u8; 64];
    match c.stream.read(&mut b) {
        Ok(0) => {}
        Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => {}
        other => panic!("expected the server to close the idle connection, got {other:?}"),
    }
    let idle = idle_from.elapsed();
    assert!(
        idle >= Duration::from_millis(700) && idle < Duration::from_secs(5),
        "closed after {idle:?}"
    );
    assert!(common::wait_until(Duration::from_secs(5), || {
        srv.try_metric("adakings_open_connections{kind=\"http\"}") == Some(1.0)
    }));
}

#[test]
fn access_log_redacts_tokens() {
    let srv = server();
    let r = srv.get("/api/health/?token=secret-value-123&x=1", None);
    assert_eq!(r.status, 200);
    assert!(
        srv.wait_log("access.log", "token=***"),
        "{}",
        srv.log("access.log")
    );
    let access = srv.log("access.log");
    let line = access
        .lines()
        .find(|l| l.contains("/api/health/?token=***&x=1"))
        .unwrap_or_else(|| panic!("no access line for the request:\n{access}"));
    assert!(line.contains(" 200 "), "{line}");
    assert!(!access.contains("secret-value-123"), "{access}");
    assert!(!srv.log("server.log").contains("secret-value-123"));
}
