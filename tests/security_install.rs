//! A default install: demo logins get random passwords (shown once, kept in a 0600 file),
//! a known one only on purpose, a WARN at start while any active account keeps its demo
//! password; the data folder is 0700 and the database, WAL, SHM, secret key, backups and logs
//! 0600, with a WARN for existing files others can read.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use common::{run_cmd, Options, Server, DEMO_PASSWORD};
use serde_json::json;

fn mode(p: &Path) -> u32 {
    std::fs::metadata(p)
        .unwrap_or_else(|e| panic!("{}: {e}", p.display()))
        .permissions()
        .mode()
        & 0o777
}

fn env(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// (username, password) pairs from seed-demo's table.
fn printed_logins(stdout: &str) -> Vec<(String, String)> {
    stdout
        .lines()
        .filter_map(|l| {
            let w: Vec<&str> = l.split_whitespace().collect();
            match w.as_slice() {
                [u, _, p] if *u != "username" => Some((u.to_string(), p.to_string())),
                _ => None,
            }
        })
        .collect()
}

#[test]
fn seed_demo_gives_random_passwords_once_and_warns_until_changed() {
    // Blank DEMO_PASSWORD counts as unset: the default install.
    let random = env(&[("DEMO_PASSWORD", "")]);
    let mut srv = Server::start_with(Options::default().env("DEMO_PASSWORD", "").unseeded());
    let out = run_cmd(&srv.dir.0, &random, &["seed-demo"]);
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(!stdout.contains(DEMO_PASSWORD), "{stdout}");
    let logins = printed_logins(&stdout);
    assert_eq!(logins.len(), 5, "{stdout}");
    let file = srv.dir.0.join("data/demo-logins.txt");
    assert_eq!(mode(&file), 0o600);
    let kept = std::fs::read_to_string(&file).unwrap();
    for (user, pw) in &logins {
        assert!(pw.len() >= 12, "{pw}");
        assert!(kept.contains(pw.as_str()), "{kept}");
        common::login(srv.addr, user, pw);
    }
    assert_ne!(logins[0].1, logins[1].1);
    let r = srv.post(
        "/api/token/",
        None,
        &json!({"username": "owner", "password": DEMO_PASSWORD}),
    );
    assert_eq!(r.status, 401);
    // A second run creates nothing and shows no password.
    let again = run_cmd(&srv.dir.0, &random, &["seed-demo"]);
    assert!(printed_logins(&String::from_utf8_lossy(&again.stdout)).is_empty());

    // At start: one WARN per active account with its demo password.
    srv.restart();
    let warned = |srv: &Server, user: &str| {
        srv.log("server.log").lines().any(|l| {
            l.contains("WARN") && l.contains(&format!("\"{user}\"")) && l.contains("demo password")
        })
    };
    assert!(common::wait_until(
        std::time::Duration::from_secs(10),
        || warned(&srv, "kitchen")
    ));
    assert!(warned(&srv, "owner"));
    // Changing the password clears the flag; the next start says nothing about that account.
    let owner_pw = &logins.iter().find(|l| l.0 == "owner").unwrap().1;
    let owner = common::login(srv.addr, "owner", owner_pw);
    let kid = srv
        .db()
        .query_row("SELECT id FROM users WHERE username='kitchen'", [], |r| {
            r.get::<_, i64>(0)
        })
        .unwrap();
    let r = srv.send(
        "PATCH",
        &format!("/api/users/staff/{kid}/"),
        Some(&owner),
        Some(&json!({"password": "kitchen-real-pw-1"})),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    std::fs::write(srv.dir.0.join("logs/server.log"), b"").unwrap();
    srv.restart();
    assert!(common::wait_until(
        std::time::Duration::from_secs(10),
        || warned(&srv, "owner")
    ));
    assert!(!warned(&srv, "kitchen"));
}

#[test]
fn a_known_demo_password_is_set_only_on_purpose() {
    let srv = Server::start_with(Options::default().unseeded());
    let blank = env(&[("DEMO_PASSWORD", "")]);
    let out = run_cmd(
        &srv.dir.0,
        &blank,
        &["seed-demo", "--password", "demo-pass-42"],
    );
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    // All five logins are printed, each with the password given (an empty table would
    // have passed an "every line" check).
    let logins = printed_logins(&stdout);
    let names: Vec<&str> = logins.iter().map(|l| l.0.as_str()).collect();
    assert_eq!(
        names,
        ["owner", "manager", "counter", "kitchen", "rider"],
        "{stdout}"
    );
    assert!(logins.iter().all(|l| l.1 == "demo-pass-42"), "{stdout}");
    for (user, _) in &logins {
        common::login(srv.addr, user, "demo-pass-42");
    }
    // Nothing random was generated, so there is no file of them.
    assert!(!srv.dir.0.join("data/demo-logins.txt").exists());
}

#[test]
fn data_files_are_private_and_loose_ones_are_reported() {
    // No SECRET_KEY: the server makes data/secret_key.
    let mut srv = Server::start_with(Options::default().env("SECRET_KEY", ""));
    let tok = srv.login("counter");
    let jollof = srv.menu_id("Jollof Rice S");
    let r = srv.post(
        "/api/orders/",
        Some(&tok),
        &json!({"delivery_type": "Pickup", "items": [{"menu_item_id": jollof}]}),
    );
    assert_eq!(r.status, 201);
    let dir = srv.dir.0.clone();
    assert_eq!(mode(&dir.join("data")), 0o700);
    for f in [
        "data/adakings.db",
        "data/adakings.db-wal",
        "data/adakings.db-shm",
        "data/secret_key",
        "logs/server.log",
        "logs/access.log",
        "logs/websocket.log",
    ] {
        assert_eq!(mode(&dir.join(f)), 0o600, "{f}");
    }
    assert_eq!(mode(&dir.join("logs")), 0o700);
    run_cmd(&dir, &[], &["backup", "copy.db"]);
    assert_eq!(mode(&dir.join("copy.db")), 0o600);

    // Files made looser by hand (or by an older version) are named at start.
    let db = dir.join("data/adakings.db");
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o644)).unwrap();
    srv.restart();
    let needle = format!("{} has mode 644", db.display());
    assert!(
        srv.wait_log("server.log", &needle),
        "{}",
        srv.log("server.log")
    );
}
