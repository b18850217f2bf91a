//! The account commands against the real binary and a running server: `seed-demo` fills an
//! empty database (logins, menu, locations) and prints the demo logins, and a re-run keeps a
//! changed password and duplicates nothing; `createsuperuser` creates, resets, and promotes
//! and reactivates an existing account; without a terminal, missing or weak flags are a usage
//! error (exit 2) that changes nothing.

#[path = "common/accounts.rs"]
mod accounts;
mod common;

use accounts::*;
use common::{Options, Server, DEMO_PASSWORD};
use serde_json::json;

/// Users, menu items, delivery locations.
fn counts(c: &rusqlite::Connection) -> (i64, i64, i64) {
    (
        count(c, "SELECT COUNT(*) FROM users"),
        count(c, "SELECT COUNT(*) FROM menu_items"),
        count(c, "SELECT COUNT(*) FROM delivery_locations"),
    )
}

/// An unseeded server, then `seed-demo` run beside it; the command's output.
fn seeded_while_running() -> (Server, String) {
    let srv = Server::start_with(Options::default().unseeded());
    assert_eq!(counts(&srv.db()), (0, 0, 0));
    let out = common::run_cmd(&srv.dir.0, &[], &["seed-demo"]);
    (srv, String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn seed_demo_fills_an_empty_database_beside_the_running_server() {
    let (srv, text) = seeded_while_running();
    for (u, role) in ROLES {
        assert!(
            text.lines()
                .any(|l| l.contains(u) && l.contains(role) && l.contains(DEMO_PASSWORD)),
            "{text}"
        );
    }
    let c = srv.db();
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
}

#[test]
fn seed_demo_again_keeps_a_changed_password_and_duplicates_nothing() {
    let (srv, _) = seeded_while_running();
    let c = srv.db();
    let first = counts(&c);
    let owner = srv.login("owner");
    let oid = srv.get("/api/users/me/", Some(&owner)).json()["id"]
        .as_i64()
        .expect("id");
    let r = srv.send(
        "PATCH",
        &format!("/api/users/staff/{oid}/"),
        Some(&owner),
        Some(&json!({"password": "owner-secret-9"})),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let out = common::run_cmd(&srv.dir.0, &[], &["seed-demo"]);
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(!text.contains(DEMO_PASSWORD), "no table printed: {text}");
    assert_eq!(counts(&c), first);
    assert_eq!(login_full(&srv, "owner", DEMO_PASSWORD).status, 401);
    assert_eq!(login_full(&srv, "owner", "owner-secret-9").status, 200);
}

#[test]
fn createsuperuser_creates_resets_and_promotes_an_existing_account() {
    let srv = Server::start();
    let dir = srv.dir.0.clone();
    let c = srv.db();
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
    // Again: a password reset, not a second account.
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
    let owner = srv.login("owner");
    let rider = user_id(&srv, &owner, "rider");
    let r = srv.send(
        "DELETE",
        &format!("/api/users/staff/{rider}/"),
        Some(&owner),
        None,
    );
    assert_eq!(r.status, 204, "{}", r.text());
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
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["user"]["role"], "superadmin");
    assert_eq!(r.json()["user"]["is_active"], true);
}

#[test]
fn createsuperuser_without_a_terminal_needs_its_flags_and_changes_nothing() {
    let srv = Server::start();
    let dir = srv.dir.0.clone();
    let c = srv.db();
    let run = |args: &[&str]| {
        std::process::Command::new(common::BIN)
            .args(args)
            .current_dir(&dir)
            .env("DATABASE_PATH", srv.db_path())
            .env("LOG_DIR", dir.join("logs"))
            .env("SECRET_KEY", SECRET)
            .output()
            .expect("run adakings")
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
