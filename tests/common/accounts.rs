//! Helpers for the login and account tests (auth_*.rs, users_*.rs): logins that return the
//! whole response, tokens signed with the test secret, the user JSON's keys, user ids by
//! name, and the five demo accounts with their roles. Include with
//! `#[path = "common/accounts.rs"] mod accounts;` beside `mod common;`.
#![allow(dead_code)]

use std::time::{SystemTime, UNIX_EPOCH};

use serde_json::{json, Value};

use super::common::{Resp, Server};

/// The signing key the test servers run with (see tests/common/mod.rs).
pub const SECRET: &str = "test-secret-key-0123456789abcdef";

/// The demo logins and their roles, highest first.
pub const ROLES: [(&str, &str); 5] = [
    ("owner", "superadmin"),
    ("manager", "admin"),
    ("counter", "frontdesk"),
    ("kitchen", "kitchen"),
    ("rider", "delivery"),
];

pub fn now_s() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("clock")
        .as_secs() as i64
}

pub fn count(c: &rusqlite::Connection, sql: &str) -> i64 {
    c.query_row(sql, [], |r| r.get(0)).expect(sql)
}

/// `POST /api/token/`; the whole response.
pub fn login_full(srv: &Server, username: &str, password: &str) -> Resp {
    srv.post(
        "/api/token/",
        None,
        &json!({"username": username, "password": password}),
    )
}

/// A token signed with the test secret, with the claims given.
pub fn craft(token_type: &str, user_id: i64, iat: i64, exp: i64) -> String {
    let claims = json!({
        "token_type": token_type, "user_id": user_id, "username": "x", "role": "superadmin",
        "jti": "0123456789abcdef0123456789abcdef", "iat": iat, "exp": exp,
    });
    jsonwebtoken::encode(
        &jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256),
        &claims,
        &jsonwebtoken::EncodingKey::from_secret(SECRET.as_bytes()),
    )
    .expect("sign")
}

/// The object's keys, sorted.
pub fn keys(v: &Value) -> Vec<String> {
    let mut k: Vec<String> = v.as_object().expect("object").keys().cloned().collect();
    k.sort();
    k
}

/// The keys of the user JSON, sorted (no password).
pub fn user_keys() -> Vec<String> {
    let mut k: Vec<String> = [
        "id",
        "username",
        "first_name",
        "last_name",
        "email",
        "role",
        "staff_id",
        "is_active",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    k.sort();
    k
}

/// The id of `username`, found through the staff list as `token`.
pub fn user_id(srv: &Server, token: &str, username: &str) -> i64 {
    let r = srv.get(&format!("/api/users/staff/?search={username}"), Some(token));
    assert_eq!(r.status, 200, "{}", r.text());
    r.json()["results"]
        .as_array()
        .expect("results")
        .iter()
        .find(|u| u["username"] == username)
        .unwrap_or_else(|| panic!("no user {username}"))["id"]
        .as_i64()
        .expect("id")
}

/// Creates an account (password "staff-pass-1") as `token`; panics unless 201. Its id.
pub fn make_user(srv: &Server, token: &str, username: &str, role: &str) -> i64 {
    let r = srv.post(
        "/api/users/staff/",
        Some(token),
        &json!({"username": username, "password": "staff-pass-1", "role": role}),
    );
    assert_eq!(r.status, 201, "create {username}: {}", r.text());
    r.json()["id"].as_i64().expect("id")
}
