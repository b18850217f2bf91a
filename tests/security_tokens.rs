//! Per-user token generation: a password change (by the user's admin, or an admin's own) and
//! a reactivation invalidate every access and refresh token issued before, on the API and on
//! the WebSocket feed.

mod common;

use std::net::TcpStream;
use std::time::Duration;

use common::{Server, DEMO_PASSWORD};
use serde_json::{json, Value};
use tungstenite::Message;

/// Logs in; returns (access, refresh, user id).
fn tokens(srv: &Server, user: &str, password: &str) -> (String, String, i64) {
    let r = srv.post(
        "/api/token/",
        None,
        &json!({"username": user, "password": password}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let v: Value = r.json();
    (
        v["access"].as_str().unwrap().to_string(),
        v["refresh"].as_str().unwrap().to_string(),
        v["user"]["id"].as_i64().unwrap(),
    )
}

fn refresh_status(srv: &Server, refresh: &str) -> u16 {
    srv.post("/api/token/refresh/", None, &json!({"refresh": refresh}))
        .status
}

/// Whether the feed accepts `token` (a snapshot) or closes with 4001.
fn feed_accepts(srv: &Server, token: &str) -> bool {
    let stream = TcpStream::connect(srv.addr).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(20))).ok();
    let url = format!("ws://{}/ws/orders/?token={token}", srv.addr);
    let (mut ws, _) = tungstenite::client::client(url.as_str(), stream).expect("handshake");
    loop {
        match ws.read() {
            Ok(Message::Text(t)) => {
                let v: Value = serde_json::from_str(t.as_str()).unwrap();
                if v["type"] == "data_update" {
                    return true;
                }
            }
            Ok(Message::Close(f)) => {
                assert_eq!(f.map(|f| u16::from(f.code)), Some(4001));
                return false;
            }
            Ok(_) => {}
            Err(e) => panic!("feed: {e}"),
        }
    }
}

#[test]
fn password_change_by_an_admin_invalidates_earlier_tokens() {
    let srv = Server::start();
    let owner = srv.login("owner");
    let (access, refresh, id) = tokens(&srv, "kitchen", DEMO_PASSWORD);
    assert_eq!(srv.get("/api/users/me/", Some(&access)).status, 200);
    assert!(feed_accepts(&srv, &access));
    let r = srv.send(
        "PATCH",
        &format!("/api/users/staff/{id}/"),
        Some(&owner),
        Some(&json!({"password": "new-kitchen-pw-1"})),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let r = srv.get("/api/users/me/", Some(&access));
    assert_eq!(r.status, 401, "{}", r.text());
    assert_eq!(r.json()["code"], "token_not_valid");
    assert_eq!(refresh_status(&srv, &refresh), 401);
    assert!(!feed_accepts(&srv, &access));
    for t in [&access, &refresh] {
        let r = srv.post("/api/token/verify/", None, &json!({"token": t}));
        assert_eq!(r.status, 401, "{}", r.text());
    }
    // The new password gives working tokens.
    let (access, refresh, _) = tokens(&srv, "kitchen", "new-kitchen-pw-1");
    assert_eq!(srv.get("/api/users/me/", Some(&access)).status, 200);
    assert_eq!(refresh_status(&srv, &refresh), 200);
    assert!(feed_accepts(&srv, &access));
    // Other edits (a name) do not log anyone out.
    let r = srv.send(
        "PATCH",
        &format!("/api/users/staff/{id}/"),
        Some(&owner),
        Some(&json!({"first_name": "Kofi"})),
    );
    assert_eq!(r.status, 200);
    assert_eq!(srv.get("/api/users/me/", Some(&access)).status, 200);
}

#[test]
fn changing_ones_own_password_invalidates_ones_earlier_tokens() {
    let srv = Server::start();
    let (old, old_refresh, id) = tokens(&srv, "owner", DEMO_PASSWORD);
    let (current, _, _) = tokens(&srv, "owner", DEMO_PASSWORD);
    let r = srv.send(
        "PATCH",
        &format!("/api/users/staff/{id}/"),
        Some(&current),
        Some(&json!({"password": "owner-new-pw-1"})),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    for t in [&old, &current] {
        assert_eq!(srv.get("/api/users/me/", Some(t)).status, 401);
    }
    assert_eq!(refresh_status(&srv, &old_refresh), 401);
    let (fresh, _, _) = tokens(&srv, "owner", "owner-new-pw-1");
    assert_eq!(srv.get("/api/users/me/", Some(&fresh)).status, 200);
}

#[test]
fn reactivation_does_not_bring_old_tokens_back() {
    let srv = Server::start();
    let owner = srv.login("owner");
    let (access, refresh, id) = tokens(&srv, "rider", DEMO_PASSWORD);
    let path = format!("/api/users/staff/{id}/");
    assert_eq!(srv.send("DELETE", &path, Some(&owner), None).status, 204);
    assert_eq!(srv.get("/api/users/me/", Some(&access)).status, 401);
    let r = srv.send(
        "PATCH",
        &path,
        Some(&owner),
        Some(&json!({"is_active": true})),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    // The probe: these came back to life on reactivation.
    assert_eq!(srv.get("/api/users/me/", Some(&access)).status, 401);
    assert_eq!(refresh_status(&srv, &refresh), 401);
    assert!(!feed_accepts(&srv, &access));
    let (access, _, _) = tokens(&srv, "rider", DEMO_PASSWORD);
    assert_eq!(srv.get("/api/users/me/", Some(&access)).status, 200);
}
