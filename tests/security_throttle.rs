//! Who may try how often: the login throttle also counts failures per client IP across
//! usernames; `TRUSTED_PROXIES` decides whose `X-Forwarded-For` names that client; and
//! `MAX_PENDING_PER_IP` caps the connections one IP holds open without completing a request.

mod common;

use std::io::Write;

use common::{request_with, Client, Options, Server, DEMO_PASSWORD};
use serde_json::json;

fn login_as(srv: &Server, user: &str, password: &str, forwarded: Option<&str>) -> u16 {
    let headers: Vec<(&str, String)> = forwarded
        .map(|f| vec![("X-Forwarded-For", f.to_string())])
        .unwrap_or_default();
    let body = json!({"username": user, "password": password});
    request_with(srv.addr, "POST", "/api/token/", &headers, Some(&body)).status
}

#[test]
fn a_password_spray_across_usernames_is_throttled_per_ip() {
    let srv = Server::start();
    for i in 0..20 {
        assert_eq!(
            login_as(&srv, &format!("guess{i}"), "wrong-pass", None),
            401
        );
    }
    // The 21st attempt from this IP is refused, whatever the username, even a right one.
    assert_eq!(login_as(&srv, "counter", DEMO_PASSWORD, None), 429);
    // X-Forwarded-For from an untrusted peer changes nothing: it is not believed.
    assert_eq!(
        login_as(&srv, "counter", DEMO_PASSWORD, Some("203.0.113.7")),
        429
    );
}

#[test]
fn behind_a_trusted_proxy_the_limits_apply_to_the_real_client() {
    let srv = Server::start_with(Options::default().env("TRUSTED_PROXIES", "127.0.0.1, ::1"));
    // An attacker behind the proxy locks out "owner" for themselves only.
    for _ in 0..5 {
        assert_eq!(
            login_as(&srv, "owner", "wrong-pass", Some("198.51.100.1")),
            401
        );
    }
    assert_eq!(
        login_as(&srv, "owner", DEMO_PASSWORD, Some("198.51.100.1")),
        429
    );
    assert_eq!(
        login_as(&srv, "owner", DEMO_PASSWORD, Some("198.51.100.2")),
        200
    );
    // A client-written first entry does not move the attacker to a fresh IP: the proxy's
    // appended address is the one believed.
    assert_eq!(
        login_as(
            &srv,
            "owner",
            DEMO_PASSWORD,
            Some("192.0.2.99, 198.51.100.1")
        ),
        429
    );
    // The spray limit is per real client too.
    for i in 0..20 {
        login_as(
            &srv,
            &format!("guess{i}"),
            "wrong-pass",
            Some("198.51.100.3"),
        );
    }
    assert_eq!(
        login_as(&srv, "counter", DEMO_PASSWORD, Some("198.51.100.3")),
        429
    );
    assert_eq!(
        login_as(&srv, "counter", DEMO_PASSWORD, Some("198.51.100.4")),
        200
    );
}

#[test]
fn half_sent_requests_from_one_ip_are_capped() {
    let srv = Server::start_with(Options::default().env("MAX_PENDING_PER_IP", "3").unseeded());
    let mut held: Vec<Client> = (0..3)
        .map(|_| {
            let mut c = Client::connect(srv.addr);
            c.stream
                .write_all(b"GET /api/health/ HTTP/1.1\r\nHost: t\r\n")
                .unwrap();
            c
        })
        .collect();
    // A fourth connection from the same IP is refused while those three hang.
    let r = srv.get("/api/health/", None);
    assert_eq!(r.status, 503, "{}", r.text());
    // One of them completes its request: it no longer counts, and a new client gets in.
    held[0]
        .stream
        .write_all(b"Connection: close\r\n\r\n")
        .unwrap();
    assert_eq!(held[0].read_response().unwrap().status, 200);
    assert_eq!(srv.get("/api/health/", None).status, 200);
    // Connections that completed a request do not count (keep-alive clients are fine).
    let mut kept = Client::connect(srv.addr);
    assert_eq!(
        kept.send("GET", "/api/health/", &[], None, false).status,
        200
    );
    assert_eq!(srv.get("/api/health/", None).status, 200);
    drop(held);
}
