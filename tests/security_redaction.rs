//! Secrets in query strings never reach a log file, whatever their spelling: the server
//! percent-decodes parameter names (`?%74oken=` authenticates the feed like `?token=`), so
//! redaction must decode them too. Every spelling is tried on the feed and on plain requests,
//! then all three logs are searched for the tokens.

mod common;

use std::net::TcpStream;
use std::time::Duration;

use common::{Server, DEMO_PASSWORD};
use serde_json::json;
use tungstenite::Message;

const SPELLINGS: &[&str] = &[
    "token",
    "%74oken",
    "t%6Fken",
    "%74%6F%6B%65%6E",
    "%74%6f%6b%65%6e",
    "TOKEN",
    "To%4Ben",
];

/// Opens the feed with `query`, reads the first message, closes.
fn touch_feed(srv: &Server, query: &str) {
    let stream = TcpStream::connect(srv.addr).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(20))).ok();
    let url = format!("ws://{}/ws/orders/?since=0&{query}", srv.addr);
    let (mut ws, _) = tungstenite::client::client(url.as_str(), stream).expect("handshake");
    let _ = ws.read();
    let _ = ws.close(None);
    while let Ok(m) = ws.read() {
        if let Message::Close(_) = m {
            break;
        }
    }
}

#[test]
fn no_spelling_of_a_secret_parameter_reaches_any_log() {
    let srv = Server::start();
    let r = srv.post(
        "/api/token/",
        None,
        &json!({"username": "kitchen", "password": DEMO_PASSWORD}),
    );
    let v = r.json();
    let access = v["access"].as_str().unwrap().to_string();
    let refresh = v["refresh"].as_str().unwrap().to_string();
    // The signature part is what makes a token usable; search for it alone as well.
    let access_sig = access.rsplit('.').next().unwrap().to_string();
    let refresh_sig = refresh.rsplit('.').next().unwrap().to_string();

    for name in SPELLINGS {
        touch_feed(&srv, &format!("{name}={access}"));
        srv.get(&format!("/api/health/?{name}={access}&x=1"), None);
        srv.get(&format!("/api/nowhere/?a=b&{name}={access}"), None);
    }
    for (name, secret) in [
        ("access", &access),
        ("%61ccess", &access),
        ("refresh", &refresh),
        ("r%65fresh", &refresh),
        ("password", &refresh),
        ("pass%77ord", &refresh),
    ] {
        srv.get(&format!("/api/health/?{name}={secret}"), None);
        srv.get(&format!("/api/orders/?{name}={secret}"), Some(&access));
    }
    // A refused upgrade is logged too.
    srv.get(&format!("/ws/orders/?%74oken={access}"), None);
    srv.get("/api/health/?marker=done", None);
    assert!(srv.wait_log("access.log", "marker=done"));

    let access_log = srv.log("access.log");
    // The requests were logged (redacted), not dropped.
    assert!(access_log.contains("%74oken=***"), "{access_log}");
    assert!(access_log.contains("\" 101 "), "{access_log}");
    for log in ["access.log", "server.log", "websocket.log"] {
        let text = srv.log(log);
        for secret in [&access_sig, &refresh_sig] {
            assert!(
                !text.contains(secret.as_str()),
                "{log} holds a token:\n{text}"
            );
        }
    }
}
