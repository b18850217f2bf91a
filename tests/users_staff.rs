//! Staff management against the real binary: who sees which accounts in the staff list
//! (owner all, manager the lower roles, others none), who may create which role with
//! `staff_id`s following on, the validation errors of a create, who may read, edit and
//! deactivate whom (a deactivation keeps the row), an audit row for each change, an
//! idempotent create, old tokens following deactivation and role changes, and a Django
//! PBKDF2 hash upgraded on login.

#[path = "common/accounts.rs"]
mod accounts;
mod common;

use accounts::*;
use common::{Resp, Server, DEMO_PASSWORD};
use serde_json::{json, Value};

fn patch(srv: &Server, token: &str, id: i64, body: Value) -> Resp {
    srv.send(
        "PATCH",
        &format!("/api/users/staff/{id}/"),
        Some(token),
        Some(&body),
    )
}

fn del(srv: &Server, token: &str, id: i64) -> Resp {
    srv.send(
        "DELETE",
        &format!("/api/users/staff/{id}/"),
        Some(token),
        None,
    )
}

#[test]
fn the_owner_lists_everyone_a_manager_the_lower_roles_and_others_nobody() {
    let srv = Server::start();
    let owner = srv.login("owner");
    let r = srv.get("/api/users/staff/", Some(&owner));
    assert_eq!(r.status, 200);
    let b = r.json();
    assert_eq!(keys(&b), vec!["count", "next", "previous", "results"]);
    assert_eq!(b["count"], 5);
    assert_eq!(keys(&b["results"][0]), user_keys());
    let r = srv.get("/api/users/staff/", Some(&srv.login("manager")));
    assert_eq!(r.status, 200);
    let seen: Vec<String> = r.json()["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|u| u["role"].as_str().expect("role").to_string())
        .collect();
    assert_eq!(seen, vec!["frontdesk", "kitchen", "delivery"]);
    for who in ["counter", "kitchen", "rider"] {
        let t = srv.login(who);
        assert_eq!(srv.get("/api/users/staff/", Some(&t)).status, 403, "{who}");
    }
    assert_eq!(srv.get("/api/users/staff/", None).status, 401);
    // Filters and pages.
    let r = srv.get("/api/users/staff/?role=kitchen", Some(&owner));
    assert_eq!(r.json()["count"], 1);
    let r = srv.get("/api/users/staff/?role=admin", Some(&srv.login("manager")));
    assert_eq!(r.json()["count"], 0);
    let r = srv.get("/api/users/staff/?page_size=2&page=2", Some(&owner));
    assert_eq!(r.json()["results"].as_array().map(Vec::len), Some(2));
}

#[test]
fn the_owner_creates_any_role_a_manager_the_lower_ones_and_staff_ids_follow_on() {
    let srv = Server::start();
    let c = srv.db();
    // staff_ids follow on from the demo's five.
    let mut next = 6;
    let mut made = 0;
    for (caller, caller_role) in ROLES {
        let token = srv.login(caller);
        for (_, target_role) in ROLES {
            let name = format!("{caller}_{target_role}");
            let r = srv.post(
                "/api/users/staff/",
                Some(&token),
                &json!({"username": name, "password": "staff-pass-1", "role": target_role,
                        "first_name": "Esi", "email": format!("{name}@example.com")}),
            );
            let allowed = match caller_role {
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
                made += 1;
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
    assert_eq!(made, 8);
    assert_eq!(count(&c, "SELECT COUNT(*) FROM users"), 13);
    // A created account can log in with the password it was given.
    assert_eq!(
        login_full(&srv, "manager_kitchen", "staff-pass-1").status,
        200
    );
    assert_eq!(
        count(
            &c,
            "SELECT COUNT(*) FROM audit_log WHERE object_type = 'user' AND action = 'create' \
             AND username IN ('owner', 'manager')"
        ),
        8
    );
}

#[test]
fn a_refused_create_answers_drf_errors_and_creates_nothing() {
    let srv = Server::start();
    let owner = srv.login("owner");
    let c = srv.db();
    let before = count(&c, "SELECT COUNT(*) FROM users");
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
    assert_eq!(count(&c, "SELECT COUNT(*) FROM users"), before);
}

#[test]
fn a_manager_reads_lower_accounts_only_and_unknown_ids_are_404() {
    let srv = Server::start();
    let owner = srv.login("owner");
    let m = srv.login("manager");
    let owner_id = user_id(&srv, &owner, "owner");
    let counter_id = user_id(&srv, &owner, "counter");
    let r = srv.get(&format!("/api/users/staff/{counter_id}/"), Some(&m));
    assert_eq!(r.status, 200);
    assert_eq!(r.json()["username"], "counter");
    assert_eq!(
        srv.get(&format!("/api/users/staff/{owner_id}/"), Some(&m))
            .status,
        403
    );
    let counter = srv.login("counter");
    assert_eq!(
        srv.get(&format!("/api/users/staff/{counter_id}/"), Some(&counter))
            .status,
        403
    );
    assert_eq!(srv.get("/api/users/staff/99999/", Some(&owner)).status, 404);
    assert_eq!(srv.get("/api/users/staff/abc/", Some(&owner)).status, 404);
}

#[test]
fn edits_follow_the_role_rules_and_a_password_change_takes_effect() {
    let srv = Server::start();
    let owner = srv.login("owner");
    let m = srv.login("manager");
    let owner_id = user_id(&srv, &owner, "owner");
    let manager_id = user_id(&srv, &owner, "manager");
    let k = make_user(&srv, &owner, "owner_kitchen", "kitchen");
    let r = patch(
        &srv,
        &m,
        k,
        json!({"first_name": "Kojo", "last_name": "Mensah"}),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["first_name"], "Kojo");
    assert_eq!(r.json()["role"], "kitchen");
    // A manager may not raise anyone to admin, nor touch the owner or another admin.
    assert_eq!(patch(&srv, &m, k, json!({"role": "admin"})).status, 403);
    assert_eq!(
        patch(&srv, &m, k, json!({"role": "delivery"})).json()["role"],
        "delivery"
    );
    assert_eq!(
        patch(&srv, &m, owner_id, json!({"first_name": "X"})).status,
        403
    );
    assert_eq!(
        patch(&srv, &m, manager_id, json!({"first_name": "X"})).status,
        403
    );
    for who in ["counter", "kitchen", "rider"] {
        let t = srv.login(who);
        assert_eq!(
            patch(&srv, &t, k, json!({"first_name": "X"})).status,
            403,
            "{who}"
        );
    }
    let r = patch(
        &srv,
        &owner,
        manager_id,
        json!({"email": "ama@adakings.example"}),
    );
    assert_eq!(r.status, 200);
    assert_eq!(r.json()["email"], "ama@adakings.example");
    let r = patch(&srv, &owner, k, json!({"username": "Manager"}));
    assert_eq!(r.status, 400);
    assert_eq!(
        r.json(),
        json!({"username": ["A user with that username already exists."]})
    );
    // The owner may not demote or deactivate themself.
    assert_eq!(
        patch(&srv, &owner, owner_id, json!({"role": "admin"})).status,
        400
    );
    assert_eq!(
        patch(&srv, &owner, owner_id, json!({"is_active": false})).status,
        400
    );
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
    let after = srv
        .get(&format!("/api/users/staff/{k}/"), Some(&owner))
        .json();
    assert_eq!(
        (after["first_name"].as_str(), after["role"].as_str()),
        (Some("Kojo"), Some("delivery"))
    );
    assert!(
        count(
            &srv.db(),
            "SELECT COUNT(*) FROM audit_log WHERE action = 'update' AND changes LIKE '%password%'"
        ) >= 1
    );
}

#[test]
fn deactivation_follows_the_role_rules_and_keeps_the_row() {
    let srv = Server::start();
    let owner = srv.login("owner");
    let m = srv.login("manager");
    let c = srv.db();
    let owner_id = user_id(&srv, &owner, "owner");
    let admin = make_user(&srv, &owner, "owner_admin", "admin");
    let delivery = make_user(&srv, &m, "manager_delivery", "delivery");
    let users = count(&c, "SELECT COUNT(*) FROM users");
    assert_eq!(del(&srv, &m, owner_id).status, 403);
    assert_eq!(del(&srv, &m, admin).status, 403);
    for who in ["counter", "kitchen", "rider"] {
        let t = srv.login(who);
        assert_eq!(del(&srv, &t, delivery).status, 403, "{who}");
    }
    assert_eq!(del(&srv, &owner, owner_id).status, 400, "not oneself");
    let r = del(&srv, &m, delivery);
    assert_eq!(r.status, 204);
    assert!(r.body.is_empty());
    assert_eq!(del(&srv, &owner, admin).status, 204);
    assert_eq!(del(&srv, &owner, 99_999).status, 404);
    assert_eq!(
        count(&c, "SELECT COUNT(*) FROM users WHERE is_active = 0"),
        2
    );
    assert_eq!(
        count(&c, "SELECT COUNT(*) FROM users"),
        users,
        "deactivation keeps the row"
    );
    let r = srv.get("/api/users/staff/?is_active=false", Some(&owner));
    assert_eq!(r.json()["count"], 2);
    assert_eq!(
        count(
            &c,
            "SELECT COUNT(*) FROM audit_log WHERE action = 'deactivate'"
        ),
        2
    );
}

#[test]
fn an_idempotency_key_retry_creates_one_account() {
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
fn inactive_users_and_role_changes_apply_to_old_tokens() {
    let srv = Server::start();
    let owner = srv.login("owner");
    let r = login_full(&srv, "rider", DEMO_PASSWORD).json();
    let (rider_access, rider_refresh) = (
        r["access"].as_str().expect("value").to_string(),
        r["refresh"].as_str().expect("value").to_string(),
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
    .expect("value");
    let stored = |c: &rusqlite::Connection| -> String {
        c.query_row(
            "SELECT password FROM users WHERE username = 'legacy'",
            [],
            |r| r.get(0),
        )
        .expect("value")
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
