//! Requests the server must refuse without harm: a slowloris head (408 or close within
//! `REQUEST_TIMEOUT`), bodies over `MAX_UPLOAD_SIZE` (413 before the body is read), bad JSON
//! (400), and a handler panic (500 and one ERROR line). The server goes on serving after each.
mod common;

use std::io::{ErrorKind, Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use common::{Client, Options, Server};
use serde_json::json;

fn server() -> Server {
    Server::start_with(
        Options::default()
            .unseeded()
            .env("REQUEST_TIMEOUT", "2")
            .env("MAX_UPLOAD_SIZE", "1000"),
    )
}

/// What a slow client saw.
#[derive(Debug)]
enum Outcome {
    Response(Vec<u8>),
    Closed,
}

#[test]
fn slowloris_is_cut_off_by_request_timeout_and_others_are_served() {
    let srv = server();
    let head = b"GET /api/health/ HTTP/1.1\r\nHost: slow.example\r\nUser-Agent: slowloris\r\nX-Padding: aaaaaaaaaaaaaaaa\r\n\r\n";
    let mut s = TcpStream::connect(srv.addr).unwrap();
    s.set_read_timeout(Some(Duration::from_millis(300)))
        .unwrap();
    let started = Instant::now();
    let mut sent = 0;
    let mut got = Vec::new();
    let outcome = loop {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "still connected after {:?} ({sent} bytes sent)",
            started.elapsed()
        );
        if sent < head.len() {
            if s.write_all(&head[sent..sent + 1]).is_err() {
                break Outcome::Closed;
            }
            sent += 1;
        }
        if sent == 4 {
            // Others are served while the slow client holds its connection.
            let t = Instant::now();
            assert_eq!(srv.get("/api/health/", None).status, 200);
            assert!(t.elapsed() < Duration::from_secs(2));
        }
        // The read timeout paces the writes: one byte per ~300 ms.
        let mut b = [0u8; 1024];
        match s.read(&mut b) {
            Ok(0) if got.is_empty() => break Outcome::Closed,
            Ok(0) => break Outcome::Response(got),
            Ok(n) => got.extend_from_slice(&b[..n]),
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {
                if !got.is_empty() {
                    break Outcome::Response(got);
                }
            }
            Err(_) if !got.is_empty() => break Outcome::Response(got),
            Err(_) => break Outcome::Closed,
        }
    };
    let took = started.elapsed();
    assert!(sent < head.len(), "the whole head went out ({took:?})");
    assert!(
        took >= Duration::from_millis(1500) && took < Duration::from_secs(6),
        "cut off after {took:?}: {outcome:?}"
    );
    if let Outcome::Response(bytes) = &outcome {
        let text = String::from_utf8_lossy(bytes);
        assert!(text.starts_with("HTTP/1.1 408 "), "{text}");
        assert!(text.contains("\"detail\""), "{text}");
    }
    assert_eq!(srv.get("/api/health/", None).status, 200);
    if matches!(outcome, Outcome::Response(_)) {
        assert!(
            srv.wait_log("access.log", " 408 "),
            "{}",
            srv.log("access.log")
        );
    }
}

#[test]
fn oversized_content_length_is_refused_at_once() {
    let srv = server();
    let mut c = Client::connect(srv.addr);
    // The head promises 5000 bytes and none follow: the answer must not wait for them. No
    // clock needed: a server that waited would hit REQUEST_TIMEOUT (2 s) and answer 408 (or
    // close), never 413.
    c.stream
        .write_all(
            b"POST /api/_test/echo/ HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n\
Content-Length: 5000\r\n\r\n",
        )
        .unwrap();
    let r = c.read_response().expect("413 response");
    assert_eq!(r.status, 413, "{}", r.text());
    assert!(r.json()["detail"].as_str().unwrap().contains("1000"));
    // A new connection is served.
    let r = srv.post("/api/_test/echo/", None, &json!({"ok": 1}));
    assert_eq!((r.status, r.json()), (200, json!({"ok": 1})));
}

#[test]
fn oversized_chunked_body_is_refused() {
    let srv = server();
    let mut req =
        b"POST /api/_test/echo/ HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n\
Transfer-Encoding: chunked\r\n\r\n"
            .to_vec();
    // Two chunks of 600: the second one crosses the limit.
    for _ in 0..2 {
        req.extend_from_slice(b"258\r\n");
        req.extend_from_slice(&[b' '; 600]);
        req.extend_from_slice(b"\r\n");
    }
    req.extend_from_slice(b"0\r\n\r\n");
    let r = common::raw(srv.addr, &req);
    assert_eq!(r.status, 413, "{}", r.text());
    assert!(r.json()["detail"].is_string());
    // A chunked body under the limit still works.
    let ok = b"POST /api/_test/echo/ HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\
Connection: close\r\n\r\n7\r\n{\"a\":1}\r\n0\r\n\r\n";
    let r = common::raw(srv.addr, ok);
    assert_eq!((r.status, r.json()), (200, json!({"a": 1})));
}

#[test]
fn bad_json_is_400_with_a_parse_error_detail() {
    let srv = server();
    let mut c = Client::connect(srv.addr);
    let r = c.send("POST", "/api/_test/echo/", &[], Some(b"{\"a\": "), false);
    assert_eq!(r.status, 400, "{}", r.text());
    let detail = r.json()["detail"].as_str().unwrap().to_string();
    assert!(detail.starts_with("JSON parse error - "), "{detail}");
    // A 400 from a handler leaves the connection in sync.
    let r = c.send("POST", "/api/_test/echo/", &[], Some(b"[1,2]"), true);
    assert_eq!((r.status, r.json()), (200, json!([1, 2])));
}

#[test]
fn handler_panic_is_500_and_one_error_line() {
    let srv = server();
    let mut c = Client::connect(srv.addr);
    let r = c.send("GET", "/api/_test/panic/", &[], None, false);
    assert_eq!(r.status, 500);
    assert_eq!(r.json(), json!({"detail": "A server error occurred."}));
    // The connection and the server both go on.
    let r = c.send("GET", "/api/health/", &[], None, true);
    assert_eq!(r.status, 200);
    assert_eq!(srv.get("/api/health/", None).status, 200);

    assert!(srv.wait_log("server.log", "test panic requested"));
    assert!(srv.wait_log("access.log", "/api/_test/panic/"));
    let log = srv.log("server.log");
    let errors: Vec<&str> = log.lines().filter(|l| l.contains(" ERROR ")).collect();
    assert_eq!(errors.len(), 1, "{log}");
    assert!(errors[0].contains("test panic requested"), "{log}");
    assert!(!log.contains("stack backtrace"), "{log}");
    let stderr = std::fs::read_to_string(srv.dir.0.join("stderr.txt")).unwrap_or_default();
    assert!(!stderr.contains("stack backtrace"), "{stderr}");
    let access = srv.log("access.log");
    assert!(
        access
            .lines()
            .any(|l| l.contains("/api/_test/panic/") && l.contains(" 500 ")),
        "{access}"
    );
    assert!(srv.metric("adakings_handler_panics_total") >= 1.0);
}

#[test]
fn malformed_body_framing_is_refused_without_harm() {
    let srv = server();
    let post = |framing: &str, rest: &str| {
        let req = format!(
            "POST /api/_test/echo/ HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n\
             {framing}\r\n\r\n{rest}"
        );
        common::raw(srv.addr, req.as_bytes())
    };
    let cases = [
        // Chunk sizes at and past u64: over the limit, never an overflow.
        ("Transfer-Encoding: chunked", "ffffffffffffffff\r\n", 413),
        (
            "Transfer-Encoding: chunked",
            "1\r\n \r\nffffffffffffffff\r\n",
            413,
        ),
        (
            "Transfer-Encoding: chunked",
            "fffffffffffffffffffffff\r\n",
            413,
        ),
        ("Transfer-Encoding: chunked", "zz\r\n", 400),
        ("Transfer-Encoding: chunked", "-1\r\n", 400),
        ("Content-Length: +5", "{}", 400),
        ("Content-Length: -1", "", 400),
        ("Content-Length: 99999999999999999999999", "", 413),
        ("Content-Length: 2\r\nContent-Length: 2", "{}", 400),
        ("Content-Length: 2\r\nTransfer-Encoding: chunked", "{}", 400),
        ("Transfer-Encoding: gzip", "", 501),
    ];
    for (framing, rest, want) in cases {
        let r = post(framing, rest);
        assert_eq!(r.status, want, "{framing:?}: {}", r.text());
        assert!(r.json()["detail"].is_string(), "{framing:?}");
    }
    assert_eq!(srv.get("/api/health/", None).status, 200);
    let log = srv.log("server.log");
    assert!(!log.contains(" ERROR "), "{log}");
}
