//! A stand-in server for the tests: just enough of the API contract (login, menu, orders,
//! health, the order WebSocket with `data_update` and `item_created`) over real sockets to
//! run every scenario end to end while the real server is being written.

use crate::args::{self, Args, Parsed};
use crate::target::Target;
use crossbeam_channel::Sender;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;
use tungstenite::protocol::{frame::coding::CloseCode, CloseFrame, Role};
use tungstenite::{Message, WebSocket};

const PASSWORD: &str = "adakings-demo";

#[derive(Default)]
struct State {
    subscribers: Mutex<Vec<Sender<String>>>,
    next_id: AtomicU64,
}

/// Starts the mock on an ephemeral loopback port.
pub fn start() -> Target {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let state = Arc::new(State::default());
    thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(stream) = stream else { continue };
            let state = state.clone();
            let _ = thread::Builder::new()
                .stack_size(256 * 1024)
                .spawn(move || serve(stream, &state));
        }
    });
    Target::parse(&format!("http://127.0.0.1:{port}")).expect("target")
}

struct Request {
    method: String,
    path: String,
    auth: Option<String>,
    ws_key: Option<String>,
    close: bool,
    body: Vec<u8>,
}

fn read_request(stream: &mut TcpStream, buf: &mut Vec<u8>) -> Option<Request> {
    loop {
        let mut headers = [httparse::EMPTY_HEADER; 32];
        let mut req = httparse::Request::new(&mut headers);
        if let Ok(httparse::Status::Complete(n)) = req.parse(buf) {
            let header = |name: &str| {
                req.headers
                    .iter()
                    .find(|h| h.name.eq_ignore_ascii_case(name))
                    .map(|h| String::from_utf8_lossy(h.value).to_string())
            };
            let len: usize = header("content-length")
                .and_then(|v| v.parse().ok())
                .unwrap_or(0);
            let mut r = Request {
                method: req.method?.to_string(),
                path: req.path?.to_string(),
                auth: header("authorization"),
                ws_key: header("sec-websocket-key"),
                close: header("connection").is_some_and(|v| v.eq_ignore_ascii_case("close")),
                body: Vec::new(),
            };
            while buf.len() < n + len {
                let mut chunk = [0u8; 4096];
                match stream.read(&mut chunk) {
                    Ok(0) | Err(_) => return None,
                    Ok(k) => buf.extend_from_slice(&chunk[..k]),
                }
            }
            r.body = buf[n..n + len].to_vec();
            buf.drain(..n + len);
            return Some(r);
        }
        let mut chunk = [0u8; 4096];
        match stream.read(&mut chunk) {
            Ok(0) | Err(_) => return None,
            Ok(k) => buf.extend_from_slice(&chunk[..k]),
        }
    }
}

fn respond(stream: &mut TcpStream, status: u16, body: &str) -> bool {
    let head = format!(
        "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).is_ok() && stream.write_all(body.as_bytes()).is_ok()
}

fn serve(mut stream: TcpStream, state: &State) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let mut buf = Vec::new();
    while let Some(req) = read_request(&mut stream, &mut buf) {
        let authed = req
            .auth
            .as_deref()
            .is_some_and(|a| a.starts_with("Bearer tok-"));
        let path = req.path.split('?').next().unwrap_or("").to_string();
        let ok = match (req.method.as_str(), path.as_str()) {
            ("POST", "/api/token/") => {
                let v: serde_json::Value = serde_json::from_slice(&req.body).unwrap_or_default();
                if v["password"] == PASSWORD {
                    let user = v["username"].as_str().unwrap_or("");
                    let body =
                        serde_json::json!({ "access": format!("tok-{user}"), "refresh": "r" });
                    respond(&mut stream, 200, &body.to_string())
                } else {
                    respond(
                        &mut stream,
                        401,
                        r#"{"detail":"No active account found with the given credentials"}"#,
                    )
                }
            }
            ("GET", "/api/menu/items/") => respond(
                &mut stream,
                200,
                r#"{"count":3,"next":null,"previous":null,"results":[
                    {"id":1,"name":"Jollof","item_type":"regular","price":"40.00","is_available":true},
                    {"id":2,"name":"Egg","item_type":"extra","price":"5.00","is_available":true},
                    {"id":3,"name":"Banku","item_type":"regular","price":"30.00","is_available":true}]}"#,
            ),
            ("GET", "/api/health/") => respond(&mut stream, 200, r#"{"status":"ok"}"#),
            (_, "/api/orders/") if !authed => respond(&mut stream, 401, r#"{"detail":"no token"}"#),
            ("GET", "/api/orders/") => respond(&mut stream, 200, "[]"),
            ("POST", "/api/orders/") => {
                let id = state.next_id.fetch_add(1, Ordering::SeqCst) + 1;
                let order = format!(
                    r#"{{"id":{id},"order_number":"261125-{id:03}","status":"Pending","items":[]}}"#
                );
                let event = format!(r#"{{"type":"item_created","event_id":{id},"item":{order}}}"#);
                if let Ok(mut subs) = state.subscribers.lock() {
                    subs.retain(|s| s.try_send(event.clone()).is_ok());
                }
                respond(&mut stream, 201, &order)
            }
            ("GET", "/ws/orders/") => {
                let Some(key) = req.ws_key else {
                    respond(&mut stream, 400, r#"{"detail":"bad upgrade"}"#);
                    return;
                };
                let accept = tungstenite::handshake::derive_accept_key(key.as_bytes());
                let head = format!(
                    "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\
                     Connection: Upgrade\r\nSec-WebSocket-Accept: {accept}\r\n\r\n"
                );
                if stream.write_all(head.as_bytes()).is_err() {
                    return;
                }
                let good = req.path.contains("token=tok-");
                ws_loop(
                    WebSocket::from_raw_socket(stream, Role::Server, None),
                    state,
                    good,
                );
                return;
            }
            _ => respond(&mut stream, 404, r#"{"detail":"Not found."}"#),
        };
        if !ok || req.close {
            return;
        }
    }
}

fn ws_loop(mut ws: WebSocket<TcpStream>, state: &State, authed: bool) {
    if !authed {
        let _ = ws.close(Some(CloseFrame {
            code: CloseCode::from(4001),
            reason: "authentication failed".into(),
        }));
        let _ = ws.flush();
        return;
    }
    let (tx, rx) = crossbeam_channel::bounded(1000);
    if let Ok(mut subs) = state.subscribers.lock() {
        subs.push(tx);
    }
    let hello = r#"{"type":"data_update","data":[],"last_event_id":0}"#;
    if ws.send(Message::text(hello)).is_err() {
        return;
    }
    let _ = ws
        .get_mut()
        .set_read_timeout(Some(Duration::from_millis(10)));
    loop {
        match ws.read() {
            Ok(_) => {}
            Err(tungstenite::Error::Io(e))
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) => {}
            Err(_) => return,
        }
        while let Ok(m) = rx.try_recv() {
            if ws.send(Message::text(m)).is_err() {
                return;
            }
        }
    }
}

/// Parses a command line against the mock.
pub fn args_for(target: &Target, rest: &str) -> Args {
    let mut argv: Vec<String> = rest.split_whitespace().map(String::from).collect();
    argv.push(format!("--base={}", target.base));
    match args::parse(&argv) {
        Ok(Parsed::Run(a)) => *a,
        other => panic!("bad test arguments {rest:?}: {other:?}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{chaos, fanout, idle, load, ws};
    use std::time::Instant;

    #[test]
    fn orders_against_mock() {
        let t = start();
        let r = load::orders(&args_for(&t, "orders --clients 4 --duration 0.5")).unwrap();
        assert!(r.ok, "{r:?}");
        assert!(r.result.succeeded > 10);
        assert_eq!(r.result.requests, r.result.succeeded);
        assert!(r.result.latency_ms.p99.is_some());
        let json = serde_json::to_value(&r).unwrap();
        for field in [
            "scenario",
            "ok",
            "rate_per_s",
            "latency_ms",
            "errors",
            "requests",
        ] {
            assert!(json.get(field).is_some(), "missing {field} in {json}");
        }
    }

    #[test]
    fn max_requests_bounds_the_count() {
        let t = start();
        let r = load::orders(&args_for(
            &t,
            "orders --clients 3 --duration 5 --max-requests 7",
        ))
        .unwrap();
        assert_eq!(r.result.requests, 7);
        assert!(r.result.elapsed_s < 4.0);
    }

    #[test]
    fn list_against_mock() {
        let t = start();
        let r = load::list(&args_for(&t, "list --clients 2 --duration 0.3")).unwrap();
        assert!(r.ok, "{r:?}");
        assert!(r.endpoints.orders_list.succeeded > 0);
        assert!(r.endpoints.menu_items.succeeded > 0);
    }

    #[test]
    fn fanout_against_mock() {
        let t = start();
        let r = fanout::run(&args_for(
            &t,
            "fanout --clients 30 --orders 4 --timeout 5 --batch 8",
        ))
        .unwrap();
        assert!(r.ok, "{r:?}");
        assert_eq!(r.connect.connected, 30);
        assert_eq!(r.pairs_expected, 120);
        assert_eq!(r.pairs_received, 120);
        assert_eq!(r.missed, 0);
        assert_eq!(r.per_order.len(), 4);
        assert!(r.latency_ms.max.is_some());
    }

    #[test]
    fn idle_against_mock_sampling_ourselves() {
        let t = start();
        let pid = std::process::id();
        let r = idle::run(&args_for(
            &t,
            &format!("idle --clients 12 --duration 0.4 --pid {pid}"),
        ))
        .unwrap();
        assert!(r.ok, "{r:?}");
        assert_eq!(r.connect.connected, 12);
        assert!(r.rss_per_connection_kib.is_some());
    }

    #[test]
    fn chaos_against_mock() {
        let t = start();
        let r = chaos::run(&args_for(
            &t,
            "chaos --clients 8 --batch 4 --slowloris 200ms",
        ))
        .unwrap();
        assert!(r.ok, "{r:?}");
        assert_eq!(r.storms.len(), 6);
        assert!(r
            .storms
            .iter()
            .all(|s| s.health_ms.is_some() && s.ws_ms.is_some()));
    }

    #[test]
    fn bad_login_is_an_error() {
        let t = start();
        let err = load::orders(&args_for(&t, "orders --password wrong")).unwrap_err();
        assert!(err.contains("401"), "{err}");
    }

    #[test]
    fn bad_token_websocket_reports_the_close_code() {
        let t = start();
        let err = ws::connect(&t, "nope", Duration::from_secs(2)).unwrap_err();
        assert_eq!(err, "ws_close_4001");
        assert!(ws::connect(&t, "tok-x", Duration::from_secs(2)).is_ok());
    }

    #[test]
    fn refused_port_fails_fast_and_cleanly() {
        let l = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = l.local_addr().unwrap().port();
        drop(l);
        let t = Target::parse(&format!("http://127.0.0.1:{port}")).unwrap();
        let start = Instant::now();
        let err = load::orders(&args_for(&t, "orders")).unwrap_err();
        assert!(err.contains("connect_refused"), "{err}");
        assert!(start.elapsed() < Duration::from_secs(2));
    }
}
