//! Login, tokens, the current user, staff management and the account CLI, against the real
//! binary: token shapes and SimpleJWT error bodies, throttling, inactive users, Django hash
//! upgrade, the staff role matrix and `staff_id` sequence, `createsuperuser`, `seed-demo`.

mod common;

use std::time::{SystemTime, UNIX_EPOCH};

use common::{Options, Resp, Server, DEMO_PASSWORD};
use serde_json::{json, Value};

const SECRET: &str = "test-secret-key-0123456789abcdef";

fn now_s() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

fn count(c: &rusqlite::Connection, sql: &str) -> i64 {
    c.query_row(sql, [], |r| r.get(0)).unwrap()
}

fn login_full(srv: &Server, username: &str, password: &str) -> Resp {
    srv.post(
        "/api/token/",
        None,
        &json!({"username": username, "password": password}),
    )
}

/// A token signed with the test secret, with the claims given.
fn craft(token_type: &str, user_id: i64, iat: i64, exp: i64) -> String {
    let claims = json!({
        "token_type": token_type, "user_id": user_id, "username": "x", "role": "superadmin",
        "jti": "0123456789abcdef0123456789abcdef", "iat": iat, "exp": exp,
    });
    jsonwebtoken::encode(
        &jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256),
        &claims,
        &jsonwebtoken::EncodingKey::from_secret(SECRET.as_bytes()),
    )
    .unwrap()
}

fn keys(v: &Value) -> Vec<String> {
    let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
    k.sort();
    k
}

fn user_keys() -> Vec<String> {
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

#[test]
fn login_tokens_and_me() {
    let srv = Server::start();

    // Happy path and shape.
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
        .unwrap()
        .starts_with("ADAUG-"));
    let exp = b["access_expires_at"].as_str().unwrap();
    assert!(exp.ends_with('Z') && exp.len() == 27, "{exp}");
    assert_eq!(r.header("X-Access-Token-Lifetime"), Some("28800"));
    let access = b["access"].as_str().unwrap().to_string();
    let refresh = b["refresh"].as_str().unwrap().to_string();

    // Usernames are case-insensitive.
    assert_eq!(login_full(&srv, "COUNTER", DEMO_PASSWORD).status, 200);

    // Bad credentials: one answer for a wrong password and an unknown user.
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

    // The current user, under both paths.
    for path in ["/api/users/me/", "/api/users/all/me/"] {
        let r = srv.get(path, Some(&access));
        assert_eq!(r.status, 200, "{}", r.text());
        let me = r.json();
        assert_eq!(keys(&me), user_keys());
        assert_eq!(me["username"], "counter");
        assert_eq!(me["id"], b["user"]["id"]);
    }

    // No token, a bad token, a refresh token, an expired one, a vanished user.
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
    let r = srv.get("/api/users/me/", Some(&refresh));
    assert_eq!(r.status, 401, "a refresh token is not an access token");
    assert_eq!(r.json()["messages"][0]["message"], "Token has wrong type");
    let uid = b["user"]["id"].as_i64().unwrap();
    let expired = craft("access", uid, now_s() - 100, now_s() - 1);
    let r = srv.get("/api/users/me/", Some(&expired));
    assert_eq!(r.status, 401);
    assert_eq!(
        r.json()["messages"][0]["message"],
        "Token is invalid or expired"
    );
    let fresh = craft("access", uid, now_s(), now_s() + 300);
    assert_eq!(srv.get("/api/users/me/", Some(&fresh)).status, 200);
    let ghost = craft("access", 99_999, now_s(), now_s() + 300);
    let r = srv.get("/api/users/me/", Some(&ghost));
    assert_eq!(r.status, 401);
    assert_eq!(r.json()["detail"], "User not found");

    // Refresh.
    let r = srv.post("/api/token/refresh/", None, &json!({"refresh": refresh}));
    assert_eq!(r.status, 200, "{}", r.text());
    let nb = r.json();
    assert_eq!(keys(&nb), vec!["access", "access_expires_at"]);
    let new_access = nb["access"].as_str().unwrap();
    assert_eq!(srv.get("/api/users/me/", Some(new_access)).status, 200);
    let bad = json!({"detail": "Token is invalid or expired", "code": "token_not_valid"});
    for t in [
        access.clone(),
        "garbage".to_string(),
        craft("refresh", uid, now_s() - 100, now_s() - 1),
    ] {
        let r = srv.post("/api/token/refresh/", None, &json!({"refresh": t}));
        assert_eq!(r.status, 401);
        assert_eq!(r.json(), bad);
    }
    let r = srv.post("/api/token/refresh/", None, &json!({}));
    assert_eq!(r.status, 400);
    assert_eq!(r.json(), json!({"refresh": ["This field is required."]}));

    // Verify: either type, valid and unexpired.
    for t in [&access, &refresh] {
        let r = srv.post("/api/token/verify/", None, &json!({"token": t}));
        assert_eq!(r.status, 200);
        assert_eq!(r.json(), json!({}));
    }
    for t in [expired.as_str(), "x.y.z"] {
        let r = srv.post("/api/token/verify/", None, &json!({"token": t}));
        assert_eq!(r.status, 401);
        assert_eq!(r.json(), bad);
    }
    assert_eq!(srv.post("/api/token/verify/", None, &json!({})).status, 400);

    // Each login left an audit row and set last_login.
    let c = srv.db();
    assert!(count(&c, "SELECT COUNT(*) FROM audit_log WHERE action = 'login'") >= 2);
    assert_eq!(
        count(
            &c,
            "SELECT COUNT(*) FROM users WHERE username = 'counter' AND last_login IS NOT NULL"
        ),
        1
    );
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
        let wait: i64 = r.header("Retry-After").unwrap().parse().unwrap();
        assert!((1..=300).contains(&wait), "{wait}");
        assert!(r.json()["detail"].as_str().unwrap().contains("throttled"));
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

fn user_id(srv: &Server, token: &str, username: &str) -> i64 {
    let r = srv.get(&format!("/api/users/staff/?search={username}"), Some(token));
    assert_eq!(r.status, 200, "{}", r.text());
    r.json()["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["username"] == username)
        .unwrap_or_else(|| panic!("no user {username}"))["id"]
        .as_i64()
        .unwrap()
}

#[test]
fn inactive_users_and_role_changes_apply_to_old_tokens() {
    let srv = Server::start();
    let owner = srv.login("owner");
    let r = login_full(&srv, "rider", DEMO_PASSWORD).json();
    let (rider_access, rider_refresh) = (
        r["access"].as_str().unwrap().to_string(),
        r["refresh"].as_str().unwrap().to_string(),
    );
    let rider = user_id(&srv, &owner, "rider");

    let r = srv.send(
        "DELETE",
        &format!("/api/users/staff/{rider}/"),
        Some(&owner),
        None,
    );
    assert_eq!(r.status, 204, "{}", r.text());
    assert!(r.body.is_empty());
    let r = srv.get("/api/users/me/", Some(&rider_access));
    assert_eq!(r.status, 401);
    assert_eq!(r.json()["detail"], "User is inactive");
    let r = srv.post(
        "/api/token/refresh/",
        None,
        &json!({"refresh": rider_refresh}),
    );
    assert_eq!(r.status, 401);
    let r = login_full(&srv, "rider", DEMO_PASSWORD);
    assert_eq!(r.status, 401);
    assert_eq!(
        r.json(),
        json!({"detail": "No active account found with the given credentials"})
    );
    let r = srv.get(&format!("/api/users/staff/{rider}/"), Some(&owner));
    assert_eq!(r.json()["is_active"], false);

    // Reactivated: logging in works again; tokens from before stay dead (a reactivation
    // bumps the account's token generation).
    let r = srv.send(
        "PATCH",
        &format!("/api/users/staff/{rider}/"),
        Some(&owner),
        Some(&json!({"is_active": true})),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(srv.get("/api/users/me/", Some(&rider_access)).status, 401);
    assert_eq!(login_full(&srv, "rider", DEMO_PASSWORD).status, 200);

    // A demotion takes effect on a token issued before it.
    let manager = srv.login("manager");
    assert_eq!(srv.get("/api/users/staff/", Some(&manager)).status, 200);
    let mid = user_id(&srv, &owner, "manager");
    let r = srv.send(
        "PATCH",
        &format!("/api/users/staff/{mid}/"),
        Some(&owner),
        Some(&json!({"role": "frontdesk"})),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["role"], "frontdesk");
    assert_eq!(srv.get("/api/users/staff/", Some(&manager)).status, 403);
    assert_eq!(
        srv.get("/api/users/me/", Some(&manager)).json()["role"],
        "frontdesk"
    );
}

#[test]
fn django_pbkdf2_hash_is_upgraded_on_login() {
    let srv = Server::start();
    // As imported from the original backend (hash made with Python's hashlib).
    let django =
        "pbkdf2_sha256$260000$Qx7rT2mN9pLk4vWz$M8hMxPuJTrSbh1SehitSBy2EwE2OJGtf9rBstNW8ljo=";
    let c = srv.db();
    c.execute(
        "INSERT INTO users (username, password, role, staff_id, created_at, updated_at) \
         VALUES ('legacy', ?1, 'frontdesk', 'ADAUG-050', '2025-07-01T00:00:00.000000Z', \
         '2025-07-01T00:00:00.000000Z')",
        [django],
    )
    .unwrap();
    let stored = |c: &rusqlite::Connection| -> String {
        c.query_row(
            "SELECT password FROM users WHERE username = 'legacy'",
            [],
            |r| r.get(0),
        )
        .unwrap()
    };
    assert_eq!(
        login_full(&srv, "legacy", "correct horse batterx").status,
        401
    );
    assert_eq!(stored(&c), django, "a failed login changes nothing");
    let r = login_full(&srv, "legacy", "correct horse battery");
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["user"]["staff_id"], "ADAUG-050");
    let upgraded = stored(&c);
    assert!(upgraded.starts_with("$argon2id$"), "{upgraded}");
    let r = login_full(&srv, "legacy", "correct horse battery");
    assert_eq!(r.status, 200);
    assert_eq!(stored(&c), upgraded, "no second rehash");
    // The next account created continues after the imported staff_id.
    let owner = srv.login("owner");
    let r = srv.post(
        "/api/users/staff/",
        Some(&owner),
        &json!({"username": "newbie", "password": "fresh-pass-1", "role": "kitchen"}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    assert_eq!(r.json()["staff_id"], "ADAUG-051");
}

const ROLES: [(&str, &str); 5] = [
    ("owner", "superadmin"),
    ("manager", "admin"),
    ("counter", "frontdesk"),
    ("kitchen", "kitchen"),
    ("rider", "delivery"),
];

#[test]
fn staff_management_role_matrix() {
    let srv = Server::start();
    let tokens: Vec<(&str, &str, String)> = ROLES
        .iter()
        .map(|(u, role)| (*u, *role, srv.login(u)))
        .collect();
    let tok = |name: &str| -> String {
        tokens
            .iter()
            .find(|t| t.0 == name)
            .map(|t| t.2.clone())
            .unwrap()
    };
    let c = srv.db();
    let users_now = || count(&c, "SELECT COUNT(*) FROM users");

    // List.
    let r = srv.get("/api/users/staff/", Some(&tok("owner")));
    assert_eq!(r.status, 200);
    let b = r.json();
    assert_eq!(keys(&b), vec!["count", "next", "previous", "results"]);
    assert_eq!(b["count"], 5);
    assert_eq!(keys(&b["results"][0]), user_keys());
    let r = srv.get("/api/users/staff/", Some(&tok("manager")));
    assert_eq!(r.status, 200);
    let seen: Vec<String> = r.json()["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["role"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(seen, vec!["frontdesk", "kitchen", "delivery"]);
    for who in ["counter", "kitchen", "rider"] {
        assert_eq!(srv.get("/api/users/staff/", Some(&tok(who))).status, 403);
    }
    assert_eq!(srv.get("/api/users/staff/", None).status, 401);
    let r = srv.get("/api/users/staff/?role=kitchen", Some(&tok("owner")));
    assert_eq!(r.json()["count"], 1);
    let r = srv.get("/api/users/staff/?role=admin", Some(&tok("manager")));
    assert_eq!(r.json()["count"], 0);
    let r = srv.get("/api/users/staff/?page_size=2&page=2", Some(&tok("owner")));
    assert_eq!(r.json()["results"].as_array().unwrap().len(), 2);

    // Create: who may create which role. staff_ids follow on from the demo's five.
    let mut next = 6;
    let mut created: Vec<(String, String, i64)> = Vec::new();
    for (caller, caller_role, token) in &tokens {
        for (_, target_role) in ROLES {
            let name = format!("{caller}_{target_role}");
            let r = srv.post(
                "/api/users/staff/",
                Some(token),
                &json!({"username": name, "password": "staff-pass-1", "role": target_role,
                        "first_name": "Esi", "email": format!("{name}@example.com")}),
            );
            let allowed = match *caller_role {
                "superadmin" => true,
                "admin" => matches!(target_role, "frontdesk" | "kitchen" | "delivery"),
                _ => false,
            };
            if allowed {
                assert_eq!(
                    r.status,
                    201,
                    "{caller} creates {target_role}: {}",
                    r.text()
                );
                let u = r.json();
                assert_eq!(keys(&u), user_keys(), "password is write-only");
                assert_eq!(u["role"], target_role);
                assert_eq!(u["is_active"], true);
                assert_eq!(u["staff_id"], format!("ADAUG-{next:03}"));
                next += 1;
                created.push((name, target_role.to_string(), u["id"].as_i64().unwrap()));
            } else {
                assert_eq!(
                    r.status,
                    403,
                    "{caller} creates {target_role}: {}",
                    r.text()
                );
            }
        }
    }
    assert_eq!(created.len(), 8);
    assert_eq!(users_now(), 13);
    // A created account can log in with the password it was given.
    assert_eq!(
        login_full(&srv, "manager_kitchen", "staff-pass-1").status,
        200
    );

    // Validation: nothing is created.
    let owner = tok("owner");
    let cases = [
        (
            json!({"username": "COUNTER", "password": "staff-pass-1", "role": "kitchen"}),
            json!({"username": ["A user with that username already exists."]}),
        ),
        (
            json!({"password": "staff-pass-1", "role": "chef"}),
            json!({"username": ["This field is required."], "role": ["\"chef\" is not a valid choice."]}),
        ),
        (
            json!({"username": "shorty", "password": "abc", "role": "kitchen"}),
            json!({"password": ["This password is too short. It must contain at least 8 characters."]}),
        ),
        (
            json!({"username": "num", "password": "12345678901", "role": "kitchen"}),
            json!({"password": ["This password is entirely numeric."]}),
        ),
        (
            json!({"username": "bad name!", "password": "staff-pass-1", "email": "nope"}),
            json!({"username": ["Enter a valid username. This value may contain only letters, numbers, and @/./+/-/_ characters."],
                   "email": ["Enter a valid email address."]}),
        ),
    ];
    for (body, want) in cases {
        let r = srv.post("/api/users/staff/", Some(&owner), &body);
        assert_eq!(r.status, 400, "{body}");
        assert_eq!(r.json(), want, "{body}");
    }
    assert_eq!(users_now(), 13);

    // Get.
    let id_of = |name: &str| created.iter().find(|c| c.0 == name).unwrap().2;
    let owner_id = user_id(&srv, &owner, "owner");
    let manager_id = user_id(&srv, &owner, "manager");
    let counter_id = user_id(&srv, &owner, "counter");
    let m = tok("manager");
    assert_eq!(
        srv.get(&format!("/api/users/staff/{counter_id}/"), Some(&m))
            .json()["username"],
        "counter"
    );
    assert_eq!(
        srv.get(&format!("/api/users/staff/{owner_id}/"), Some(&m))
            .status,
        403
    );
    assert_eq!(
        srv.get(
            &format!("/api/users/staff/{counter_id}/"),
            Some(&tok("counter"))
        )
        .status,
        403
    );
    assert_eq!(srv.get("/api/users/staff/99999/", Some(&owner)).status, 404);
    assert_eq!(srv.get("/api/users/staff/abc/", Some(&owner)).status, 404);

    // Edit.
    let patch = |token: &str, id: i64, body: Value| -> Resp {
        srv.send(
            "PATCH",
            &format!("/api/users/staff/{id}/"),
            Some(token),
            Some(&body),
        )
    };
    let k = id_of("owner_kitchen");
    let r = patch(&m, k, json!({"first_name": "Kojo", "last_name": "Mensah"}));
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["first_name"], "Kojo");
    assert_eq!(r.json()["role"], "kitchen");
    assert_eq!(patch(&m, k, json!({"role": "admin"})).status, 403);
    assert_eq!(
        patch(&m, k, json!({"role": "delivery"})).json()["role"],
        "delivery"
    );
    assert_eq!(patch(&m, owner_id, json!({"first_name": "X"})).status, 403);
    assert_eq!(
        patch(&m, manager_id, json!({"first_name": "X"})).status,
        403
    );
    for who in ["counter", "kitchen", "rider"] {
        assert_eq!(patch(&tok(who), k, json!({"first_name": "X"})).status, 403);
    }
    let r = patch(&owner, manager_id, json!({"email": "ama@adakings.example"}));
    assert_eq!(r.status, 200);
    assert_eq!(r.json()["email"], "ama@adakings.example");
    let r = patch(&owner, k, json!({"username": "Manager"}));
    assert_eq!(r.status, 400);
    assert_eq!(
        r.json(),
        json!({"username": ["A user with that username already exists."]})
    );
    let r = patch(&owner, owner_id, json!({"role": "admin"}));
    assert_eq!(r.status, 400);
    let r = patch(&owner, owner_id, json!({"is_active": false}));
    assert_eq!(r.status, 400);
    // A password change through PUT (treated like PATCH).
    let r = srv.send(
        "PUT",
        &format!("/api/users/staff/{k}/"),
        Some(&owner),
        Some(&json!({"password": "another-pass-2"})),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(
        login_full(&srv, "owner_kitchen", "staff-pass-1").status,
        401
    );
    assert_eq!(
        login_full(&srv, "owner_kitchen", "another-pass-2").status,
        200
    );

    // Deactivate.
    let del = |token: &str, id: i64| -> Resp {
        srv.send(
            "DELETE",
            &format!("/api/users/staff/{id}/"),
            Some(token),
            None,
        )
    };
    assert_eq!(del(&m, owner_id).status, 403);
    assert_eq!(del(&m, id_of("owner_admin")).status, 403);
    for who in ["counter", "kitchen", "rider"] {
        assert_eq!(del(&tok(who), id_of("manager_delivery")).status, 403);
    }
    assert_eq!(del(&owner, owner_id).status, 400);
    assert_eq!(del(&m, id_of("manager_delivery")).status, 204);
    assert_eq!(del(&owner, id_of("owner_admin")).status, 204);
    assert_eq!(del(&owner, 99_999).status, 404);
    assert_eq!(
        count(&c, "SELECT COUNT(*) FROM users WHERE is_active = 0"),
        2
    );
    assert_eq!(users_now(), 13, "deactivation keeps the row");
    let r = srv.get("/api/users/staff/?is_active=false", Some(&owner));
    assert_eq!(r.json()["count"], 2);

    // Every change left an audit row.
    assert_eq!(
        count(
            &c,
            "SELECT COUNT(*) FROM audit_log WHERE object_type = 'user' AND action = 'create' \
             AND username IN ('owner', 'manager')"
        ),
        8
    );
    assert_eq!(
        count(
            &c,
            "SELECT COUNT(*) FROM audit_log WHERE action = 'deactivate'"
        ),
        2
    );
    assert!(
        count(
            &c,
            "SELECT COUNT(*) FROM audit_log WHERE action = 'update' AND changes LIKE '%password%'"
        ) >= 1
    );
}

#[test]
fn idempotent_staff_create() {
    let srv = Server::start();
    let owner = srv.login("owner");
    let body = json!({"username": "twice", "password": "staff-pass-1", "role": "kitchen"});
    let send = |b: &Value| {
        common::request_with(
            srv.addr,
            "POST",
            "/api/users/staff/",
            &[
                ("Authorization", format!("Bearer {owner}")),
                ("Idempotency-Key", "staff-key-1".to_string()),
            ],
            Some(b),
        )
    };
    let a = send(&body);
    assert_eq!(a.status, 201, "{}", a.text());
    let b = send(&body);
    assert_eq!(b.status, 201);
    assert_eq!(a.json(), b.json());
    let c = srv.db();
    assert_eq!(
        count(&c, "SELECT COUNT(*) FROM users WHERE username = 'twice'"),
        1
    );
}

#[test]
fn cli_createsuperuser_and_seed_demo() {
    let srv = Server::start_with(Options::default().unseeded());
    let dir = srv.dir.0.clone();
    let c = srv.db();
    let counts = |c: &rusqlite::Connection| -> (i64, i64, i64) {
        (
            count(c, "SELECT COUNT(*) FROM users"),
            count(c, "SELECT COUNT(*) FROM menu_items"),
            count(c, "SELECT COUNT(*) FROM delivery_locations"),
        )
    };
    assert_eq!(counts(&c), (0, 0, 0));

    // seed-demo, twice, while the server runs.
    let out = common::run_cmd(&dir, &[], &["seed-demo"]);
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    for (u, role) in ROLES {
        assert!(
            text.lines()
                .any(|l| l.contains(u) && l.contains(role) && l.contains(DEMO_PASSWORD)),
            "{text}"
        );
    }
    let first = counts(&c);
    assert_eq!(first.0, 5);
    assert!(first.1 >= 20, "{first:?}");
    assert!(first.2 >= 12, "{first:?}");
    assert!(
        count(
            &c,
            "SELECT COUNT(*) FROM menu_items WHERE item_type = 'extra'"
        ) > 5
    );
    assert_eq!(
        count(&c, "SELECT price FROM menu_items WHERE name = 'Egg'"),
        500
    );
    // The demo logins work against the running server.
    let owner = srv.login("owner");
    let r = srv.get("/api/users/me/", Some(&owner));
    assert_eq!(r.json()["role"], "superadmin");
    assert_eq!(r.json()["staff_id"], "ADAUG-001");

    // A changed demo password survives a re-run; nothing is duplicated; no table printed.
    let oid = r.json()["id"].as_i64().unwrap();
    let r = srv.send(
        "PATCH",
        &format!("/api/users/staff/{oid}/"),
        Some(&owner),
        Some(&json!({"password": "owner-secret-9"})),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let out = common::run_cmd(&dir, &[], &["seed-demo"]);
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(!text.contains(DEMO_PASSWORD), "{text}");
    assert_eq!(counts(&c), first);
    assert_eq!(login_full(&srv, "owner", DEMO_PASSWORD).status, 401);
    assert_eq!(login_full(&srv, "owner", "owner-secret-9").status, 200);

    // createsuperuser: create, then reset.
    let out = common::run_cmd(
        &dir,
        &[],
        &[
            "createsuperuser",
            "--username",
            "boss",
            "--password",
            "boss-pass-1",
            "--email",
            "boss@adakings.example",
        ],
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("created"));
    let r = login_full(&srv, "boss", "boss-pass-1");
    assert_eq!(r.status, 200, "{}", r.text());
    let u = &r.json()["user"];
    assert_eq!(u["role"], "superadmin");
    assert_eq!(u["email"], "boss@adakings.example");
    assert_eq!(u["staff_id"], "ADAUG-006");
    common::run_cmd(
        &dir,
        &[],
        &[
            "createsuperuser",
            "--username",
            "boss",
            "--password",
            "boss-pass-2",
        ],
    );
    assert_eq!(login_full(&srv, "boss", "boss-pass-1").status, 401);
    assert_eq!(login_full(&srv, "boss", "boss-pass-2").status, 200);
    assert_eq!(
        count(&c, "SELECT COUNT(*) FROM users WHERE username = 'boss'"),
        1
    );
    // Resetting an existing account promotes and reactivates it.
    common::run_cmd(
        &dir,
        &[],
        &[
            "createsuperuser",
            "--username",
            "rider",
            "--password",
            "rider-pass-1",
        ],
    );
    let r = login_full(&srv, "rider", "rider-pass-1");
    assert_eq!(r.json()["user"]["role"], "superadmin");

    // Without a terminal, missing flags are a usage error (exit 2), and nothing changes.
    let run = |args: &[&str]| {
        std::process::Command::new(common::BIN)
            .args(args)
            .current_dir(&dir)
            .env("DATABASE_PATH", srv.db_path())
            .env("LOG_DIR", dir.join("logs"))
            .env("SECRET_KEY", SECRET)
            .output()
            .unwrap()
    };
    let before = counts(&c);
    let out = run(&["createsuperuser", "--username", "nopass"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--password"));
    let out = run(&["createsuperuser", "--username", "weak", "--password", "123"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("too short"));
    assert_eq!(counts(&c), before);
}
