//! Logging in and the tokens it gives, against the real binary: the login answer's shape,
//! case-insensitive usernames, one answer for any bad credentials and DRF errors for bad
//! fields, the current user under both paths, SimpleJWT's refusals of missing, malformed,
//! wrong-type, expired and orphan tokens, refresh and verify, the audit row and last_login
//! of a login, and the throttling of failed logins.

#[path = "common/accounts.rs"]
mod accounts;
mod common;

use accounts::*;
use common::{Server, DEMO_PASSWORD};
use serde_json::json;

#[test]
fn a_login_answers_both_tokens_and_the_user_and_is_audited() {
    let srv = Server::start();
    let r = login_full(&srv, "counter", DEMO_PASSWORD);
    assert_eq!(r.status, 200, "{}", r.text());
    let b = r.json();
    assert_eq!(
        keys(&b),
        vec![
            "access",
            "access_expires_at",
            "refresh",
            "refresh_expires_at",
            "user"
        ]
    );
    assert_eq!(keys(&b["user"]), user_keys());
    assert_eq!(b["user"]["username"], "counter");
    assert_eq!(b["user"]["role"], "frontdesk");
    assert_eq!(b["user"]["is_active"], true);
    assert!(b["user"]["staff_id"]
        .as_str()
        .expect("staff_id")
        .starts_with("ADAUG-"));
    let exp = b["access_expires_at"].as_str().expect("expiry");
    assert!(exp.ends_with('Z') && exp.len() == 27, "{exp}");
    assert_eq!(r.header("X-Access-Token-Lifetime"), Some("28800"));
    // Usernames are case-insensitive.
    assert_eq!(login_full(&srv, "COUNTER", DEMO_PASSWORD).status, 200);
    // Each login left an audit row and set last_login.
    let c = srv.db();
    assert_eq!(
        count(
            &c,
            "SELECT COUNT(*) FROM audit_log WHERE action = 'login' AND username = 'counter'"
        ),
        2
    );
    assert_eq!(
        count(
            &c,
            "SELECT COUNT(*) FROM users WHERE username = 'counter' AND last_login IS NOT NULL"
        ),
        1
    );
}

#[test]
fn bad_credentials_get_one_answer_and_bad_fields_get_drf_errors() {
    let srv = Server::start();
    // One answer for a wrong password and an unknown user.
    for (u, p) in [("counter", "wrong-password"), ("nobody", DEMO_PASSWORD)] {
        let r = login_full(&srv, u, p);
        assert_eq!(r.status, 401);
        assert_eq!(
            r.json(),
            json!({"detail": "No active account found with the given credentials"})
        );
    }
    // Missing, blank and mistyped fields.
    let r = srv.post("/api/token/", None, &json!({}));
    assert_eq!(r.status, 400);
    assert_eq!(
        r.json(),
        json!({"username": ["This field is required."], "password": ["This field is required."]})
    );
    let r = srv.post(
        "/api/token/",
        None,
        &json!({"username": " ", "password": 5}),
    );
    assert_eq!(r.status, 400);
    assert_eq!(
        r.json(),
        json!({"username": ["This field may not be blank."], "password": ["Not a valid string."]})
    );
    assert_eq!(srv.post("/api/token/", None, &json!([1])).status, 400);
}

#[test]
fn me_answers_the_caller_under_both_paths() {
    let srv = Server::start();
    let b = login_full(&srv, "counter", DEMO_PASSWORD).json();
    let access = b["access"].as_str().expect("access");
    for path in ["/api/users/me/", "/api/users/all/me/"] {
        let r = srv.get(path, Some(access));
        assert_eq!(r.status, 200, "{}", r.text());
        let me = r.json();
        assert_eq!(keys(&me), user_keys());
        assert_eq!(me["username"], "counter");
        assert_eq!(me["id"], b["user"]["id"]);
    }
    // A token signed with the key, for a real user, is accepted however it was made.
    let uid = b["user"]["id"].as_i64().expect("id");
    let fresh = craft("access", uid, now_s(), now_s() + 300);
    assert_eq!(srv.get("/api/users/me/", Some(&fresh)).status, 200);
}

#[test]
fn missing_malformed_refresh_expired_and_orphan_tokens_are_refused() {
    let srv = Server::start();
    let b = login_full(&srv, "counter", DEMO_PASSWORD).json();
    let r = srv.get("/api/users/me/", None);
    assert_eq!(r.status, 401);
    assert_eq!(
        r.json(),
        json!({"detail": "Authentication credentials were not provided."})
    );
    let r = srv.get("/api/users/me/", Some("not.a.token"));
    assert_eq!(r.status, 401);
    assert_eq!(r.json()["code"], "token_not_valid");
    assert_eq!(
        r.json()["detail"],
        "Given token not valid for any token type"
    );
    let refresh = b["refresh"].as_str().expect("refresh");
    let r = srv.get("/api/users/me/", Some(refresh));
    assert_eq!(r.status, 401, "a refresh token is not an access token");
    assert_eq!(r.json()["messages"][0]["message"], "Token has wrong type");
    let uid = b["user"]["id"].as_i64().expect("id");
    let expired = craft("access", uid, now_s() - 100, now_s() - 1);
    let r = srv.get("/api/users/me/", Some(&expired));
    assert_eq!(r.status, 401);
    assert_eq!(
        r.json()["messages"][0]["message"],
        "Token is invalid or expired"
    );
    let ghost = craft("access", 99_999, now_s(), now_s() + 300);
    let r = srv.get("/api/users/me/", Some(&ghost));
    assert_eq!(r.status, 401);
    assert_eq!(r.json()["detail"], "User not found");
}

#[test]
fn refresh_gives_a_working_access_token_and_refuses_anything_but_a_live_refresh_token() {
    let srv = Server::start();
    let b = login_full(&srv, "counter", DEMO_PASSWORD).json();
    let refresh = b["refresh"].as_str().expect("refresh");
    let r = srv.post("/api/token/refresh/", None, &json!({"refresh": refresh}));
    assert_eq!(r.status, 200, "{}", r.text());
    let nb = r.json();
    assert_eq!(keys(&nb), vec!["access", "access_expires_at"]);
    let new_access = nb["access"].as_str().expect("access");
    let me = srv.get("/api/users/me/", Some(new_access));
    assert_eq!(me.status, 200);
    assert_eq!(me.json()["username"], "counter");
    let bad = json!({"detail": "Token is invalid or expired", "code": "token_not_valid"});
    let uid = b["user"]["id"].as_i64().expect("id");
    for t in [
        b["access"].as_str().expect("access").to_string(),
        "garbage".to_string(),
        craft("refresh", uid, now_s() - 100, now_s() - 1),
    ] {
        let r = srv.post("/api/token/refresh/", None, &json!({"refresh": t}));
        assert_eq!(r.status, 401, "{t}");
        assert_eq!(r.json(), bad);
    }
    let r = srv.post("/api/token/refresh/", None, &json!({}));
    assert_eq!(r.status, 400);
    assert_eq!(r.json(), json!({"refresh": ["This field is required."]}));
}

#[test]
fn verify_accepts_a_valid_token_of_either_type_and_refuses_the_rest() {
    let srv = Server::start();
    let b = login_full(&srv, "counter", DEMO_PASSWORD).json();
    for t in [&b["access"], &b["refresh"]] {
        let r = srv.post("/api/token/verify/", None, &json!({"token": t}));
        assert_eq!(r.status, 200);
        assert_eq!(r.json(), json!({}));
    }
    let bad = json!({"detail": "Token is invalid or expired", "code": "token_not_valid"});
    let uid = b["user"]["id"].as_i64().expect("id");
    let expired = craft("access", uid, now_s() - 100, now_s() - 1);
    for t in [expired.as_str(), "x.y.z"] {
        let r = srv.post("/api/token/verify/", None, &json!({"token": t}));
        assert_eq!(r.status, 401);
        assert_eq!(r.json(), bad);
    }
    assert_eq!(srv.post("/api/token/verify/", None, &json!({})).status, 400);
}

#[test]
fn failed_logins_are_throttled() {
    let srv = Server::start();
    for _ in 0..5 {
        assert_eq!(login_full(&srv, "kitchen", "wrong-password").status, 401);
    }
    // Locked out now, even with the right password, and whatever the case of the name.
    for name in ["kitchen", "KITCHEN"] {
        let r = login_full(&srv, name, DEMO_PASSWORD);
        assert_eq!(r.status, 429, "{}", r.text());
        let wait: i64 = r
            .header("Retry-After")
            .expect("Retry-After")
            .parse()
            .expect("seconds");
        assert!((1..=300).contains(&wait), "{wait}");
        assert!(r.json()["detail"]
            .as_str()
            .expect("detail")
            .contains("throttled"));
    }
    // Other usernames from the same address are not affected.
    assert_eq!(login_full(&srv, "rider", DEMO_PASSWORD).status, 200);
    // A success clears earlier failures.
    for _ in 0..4 {
        assert_eq!(login_full(&srv, "counter", "wrong-password").status, 401);
    }
    assert_eq!(login_full(&srv, "counter", DEMO_PASSWORD).status, 200);
    assert_eq!(login_full(&srv, "counter", "wrong-password").status, 401);
    assert_eq!(login_full(&srv, "counter", DEMO_PASSWORD).status, 200);
}
