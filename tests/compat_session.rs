//! The original web frontend's session calls, replayed as it makes them: login (its answer's
//! shape and errors), logout (with and without a refresh token, and what revocation does),
//! the token refresh of Create Order, and the profile endpoint.

mod common;
#[path = "common/compat.rs"]
mod compat;

use common::Server;
use compat::*;
use serde_json::json;

#[test]
fn login_answers_the_originals_shape() {
    let srv = Server::start();
    let b = fe_login(&srv, "counter");
    // The frontend stores user, access and refresh, and decodes access's payload for `exp`.
    let access = str_of(&b, "access");
    assert_eq!(access.split('.').count(), 3, "a JWT");
    assert_eq!(str_of(&b, "refresh").split('.').count(), 3);
    assert_eq!(b["message"], "Login successful");
    let u = &b["user"];
    assert!(u["id"].is_i64(), "{u}");
    assert_eq!(str_of(u, "username"), "counter");
    assert_eq!(str_of(u, "role"), "frontdesk");
    // The Profile page prints every key: the original's are all there, with their types.
    for k in ["email", "first_name", "last_name"] {
        str_of(u, k);
    }
    assert!(!bool_of(u, "is_staff"));
    assert!(!bool_of(u, "is_superuser"));
    assert!(bool_of(u, "is_active"));
    assert_utc_iso(u, "date_joined");
    let owner = fe_login(&srv, "owner");
    assert!(bool_of(&owner["user"], "is_superuser"));
    // The token works on the API right away.
    let r = fe(srv.addr, "GET", "/api/orders/", Some(access), None);
    assert_eq!(r.status, 200);
}

#[test]
fn login_errors_as_the_original() {
    let srv = Server::start();
    let post =
        |body: serde_json::Value| fe(srv.addr, "POST", "/api/users/login/", None, Some(&body));
    let r = post(json!({"username": "counter", "password": "nope"}));
    assert_eq!(r.status, 400);
    assert_eq!(r.json(), json!({"error": "Invalid credentials"}));
    let r = post(json!({"username": "counter"}));
    assert_eq!(r.status, 400);
    assert_eq!(r.json(), json!({"password": ["This field is required."]}));
    // The form says "Username or Email", but only the username logs in.
    let r = post(json!({"username": "nobody@example.com", "password": "adakings-demo"}));
    assert_eq!(r.status, 400);
    assert_eq!(r.json(), json!({"error": "Invalid credentials"}));
    // An inactive account: the same answer.
    srv.db()
        .execute(
            "UPDATE users SET is_active = 0 WHERE username = 'rider'",
            [],
        )
        .expect("deactivate");
    let r = post(json!({"username": "rider", "password": "adakings-demo"}));
    assert_eq!(r.status, 400);
    assert_eq!(r.json(), json!({"error": "Invalid credentials"}));
    // The throttle of token/ applies here too.
    let mut last = 0;
    for _ in 0..20 {
        last = post(json!({"username": "manager", "password": "wrong"})).status;
        if last == 429 {
            break;
        }
    }
    assert_eq!(last, 429, "repeated failures are throttled");
}

#[test]
fn logout_with_and_without_a_refresh_token() {
    let srv = Server::start();
    let b = fe_login(&srv, "counter");
    let (access, refresh) = (str_of(&b, "access"), str_of(&b, "refresh"));
    // The frontend sends no body.
    let r = fe(srv.addr, "POST", "/api/users/logout/", Some(access), None);
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json(), json!({"message": "Logout successful"}));
    let r = fe(srv.addr, "POST", "/api/users/logout/", None, None);
    assert_eq!(r.status, 401);
    assert_eq!(
        r.json(),
        json!({"detail": "Authentication credentials were not provided."})
    );
    // Without a refresh token nothing is revoked: Create Order's refresh still works.
    let refresh_with = |t: &str| {
        fe(
            srv.addr,
            "POST",
            "/api/token/refresh/",
            None,
            Some(&json!({"refresh": t})),
        )
    };
    let r = refresh_with(refresh);
    assert_eq!(r.status, 200);
    str_of(&r.json(), "access");

    // With {refresh}: that token is refused from then on; another login's is not.
    let other = fe_login(&srv, "counter");
    let r = fe(
        srv.addr,
        "POST",
        "/api/users/logout/",
        Some(access),
        Some(&json!({ "refresh": refresh })),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let r = refresh_with(refresh);
    assert_eq!(r.status, 401);
    assert_eq!(
        r.json(),
        json!({"detail": "Token is blacklisted", "code": "token_not_valid"})
    );
    assert_eq!(refresh_with(str_of(&other, "refresh")).status, 200);
    let verify = json!({ "token": refresh });
    let r = fe(srv.addr, "POST", "/api/token/verify/", None, Some(&verify));
    assert_eq!(r.status, 401, "a revoked refresh token does not verify");
    // Logging out twice with it is fine; an access token in its place is refused.
    let again = json!({ "refresh": refresh });
    let r = fe(
        srv.addr,
        "POST",
        "/api/users/logout/",
        Some(access),
        Some(&again),
    );
    assert_eq!(r.status, 200);
    let wrong = json!({ "refresh": access });
    let r = fe(
        srv.addr,
        "POST",
        "/api/users/logout/",
        Some(access),
        Some(&wrong),
    );
    assert_eq!(r.status, 400);
    assert!(r.json()["detail"].is_string());
    let kept: i64 = srv
        .db()
        .query_row("SELECT COUNT(*) FROM revoked_tokens", [], |r| r.get(0))
        .expect("count");
    assert_eq!(kept, 1);
}

#[test]
fn revoked_tokens_are_kept_only_until_they_expire() {
    let srv = Server::start();
    // Two earlier revocations: one of a token that has expired since, one still live.
    srv.db()
        .execute_batch(
            "INSERT INTO revoked_tokens (jti, expires_at) VALUES ('old', 1000), ('live', 99999999999);",
        )
        .expect("seed revocations");
    let b = fe_login(&srv, "counter");
    let body = json!({ "refresh": str_of(&b, "refresh") });
    let r = fe(
        srv.addr,
        "POST",
        "/api/users/logout/",
        Some(str_of(&b, "access")),
        Some(&body),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let mut st = srv.db();
    let tx = st.transaction().expect("tx");
    let jtis: Vec<String> = tx
        .prepare("SELECT jti FROM revoked_tokens ORDER BY expires_at DESC")
        .expect("prepare")
        .query_map([], |r| r.get(0))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    assert_eq!(jtis.len(), 2, "the expired one is gone: {jtis:?}");
    assert_eq!(jtis[0], "live");
    assert_ne!(jtis[1], "old");
}

#[test]
fn refresh_as_create_order_does_it() {
    let srv = Server::start();
    let b = fe_login(&srv, "counter");
    let body = json!({ "refresh": str_of(&b, "refresh") });
    let r = fe(srv.addr, "POST", "/api/token/refresh/", None, Some(&body));
    assert_eq!(r.status, 200);
    let access = str_of(&r.json(), "access").to_string();
    assert_eq!(
        fe(srv.addr, "GET", "/api/orders/", Some(&access), None).status,
        200
    );
    let r = fe(
        srv.addr,
        "POST",
        "/api/token/refresh/",
        None,
        Some(&json!({"refresh": "abc"})),
    );
    assert_eq!(r.status, 401);
    assert_eq!(r.json()["code"], "token_not_valid");
    // token/ and token/verify/, which the frontend does not call, answer as the original.
    let r = fe(
        srv.addr,
        "POST",
        "/api/token/verify/",
        None,
        Some(&json!({"token": access})),
    );
    assert_eq!((r.status, r.json()), (200, json!({})));
    let r = fe(
        srv.addr,
        "POST",
        "/api/token/",
        None,
        Some(&json!({"username": "counter", "password": "nope"})),
    );
    assert_eq!(r.status, 401);
    assert_eq!(
        r.json(),
        json!({"detail": "No active account found with the given credentials"})
    );
}

#[test]
fn profile_reads_and_edits_the_callers_names() {
    let srv = Server::start();
    let tok = fe_token(&srv, "counter");
    let path = "/api/users/profile/";
    let r = fe(srv.addr, "GET", path, Some(&tok), None);
    assert_eq!(r.status, 200);
    let p = r.json();
    assert_eq!(p.as_object().map(|m| m.len()), Some(3), "{p}");
    assert_eq!(p["first_name"], "Akosua");
    let body = json!({"email": "desk@example.com", "first_name": "Ama", "last_name": "Mensah"});
    let r = fe(srv.addr, "PUT", path, Some(&tok), Some(&body));
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json(), body);
    // Unicode is kept; other keys (role) are ignored.
    let r = fe(
        srv.addr,
        "PATCH",
        path,
        Some(&tok),
        Some(&json!({"first_name": "Ámà", "role": "superadmin"})),
    );
    assert_eq!(r.status, 200);
    assert_eq!(
        r.json(),
        json!({"email": "desk@example.com", "first_name": "Ámà", "last_name": "Mensah"})
    );
    let me = fe(srv.addr, "GET", "/api/users/me/", Some(&tok), None).json();
    assert_eq!(me["role"], "frontdesk");
    let r = fe(
        srv.addr,
        "PATCH",
        path,
        Some(&tok),
        Some(&json!({"email": "x"})),
    );
    assert_eq!(r.status, 400);
    assert_eq!(r.json(), json!({"email": ["Enter a valid email address."]}));
    assert_eq!(fe(srv.addr, "PUT", path, None, Some(&body)).status, 401);
    // A new password needs the current one.
    let r = fe(
        srv.addr,
        "PATCH",
        path,
        Some(&tok),
        Some(&json!({"password": "n3w-Passw0rd!x"})),
    );
    assert_eq!(r.status, 400);
    assert!(r.json()["current_password"].is_array());
    let change = json!({"password": "n3w-Passw0rd!x", "current_password": "adakings-demo"});
    let r = fe(srv.addr, "PATCH", path, Some(&tok), Some(&change));
    assert_eq!(r.status, 200, "{}", r.text());
    let r = fe(
        srv.addr,
        "POST",
        "/api/users/login/",
        None,
        Some(&json!({"username": "counter", "password": "n3w-Passw0rd!x"})),
    );
    assert_eq!(r.status, 200);
}
