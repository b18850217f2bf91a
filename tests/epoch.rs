//! The database epoch: every feed message carries it, it survives a restart, `adakings
//! restore` replaces it (so a client resuming with the old one is resynced instead of being
//! handed reused event ids), and `restore` refuses a running server's database or a corrupt
//! backup without changing anything.

mod common;
#[path = "common/wsutil.rs"]
mod wsutil;

use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::Duration;

use common::Server;
use wsutil::{connect, create_order, next_json};

/// Runs `adakings restore FILE` against the server's database (whatever its exit status).
fn restore(srv: &Server, file: &Path) -> Output {
    std::process::Command::new(common::BIN)
        .arg("restore")
        .arg(file)
        .current_dir(&srv.dir.0)
        .env("DATABASE_PATH", srv.db_path())
        .env("LOG_DIR", srv.dir.0.join("logs"))
        .env("SECRET_KEY", "test-secret-key-0123456789abcdef")
        .output()
        .expect("run adakings restore")
}

/// A checked backup of the server's database, taken while it serves.
fn backup(srv: &Server) -> PathBuf {
    let file = srv.dir.0.join("backup.db");
    let f = file.display().to_string();
    common::run_cmd(&srv.dir.0, &[], &["backup", &f]);
    file
}

fn stored_epoch(srv: &Server) -> String {
    srv.db()
        .query_row("SELECT epoch FROM meta", [], |r| r.get(0))
        .expect("meta row")
}

/// Connects without `since`; the `data_update`'s epoch and last event id.
fn snapshot(srv: &Server, token: &str) -> (String, i64) {
    let mut ws = connect(srv.addr, &format!("token={token}"));
    let first = next_json(&mut ws);
    assert_eq!(first["type"], "data_update");
    let epoch = first["epoch"].as_str().expect("epoch on data_update");
    (
        epoch.to_string(),
        first["last_event_id"].as_i64().expect("id"),
    )
}

#[test]
fn data_update_replay_complete_and_events_carry_the_epoch() {
    let srv = Server::start();
    let token = srv.login("counter");
    let (epoch, since) = snapshot(&srv, &token);
    assert_eq!(epoch.len(), 16, "{epoch}");
    assert!(epoch.chars().all(|c| c.is_ascii_hexdigit()), "{epoch}");
    assert_eq!(epoch, stored_epoch(&srv));
    let mut live = connect(srv.addr, &format!("token={token}"));
    assert_eq!(next_json(&mut live)["epoch"], epoch.as_str());
    let order = create_order(&srv, &token, "epoch");
    let ev = next_json(&mut live);
    assert_eq!(ev["type"], "item_created");
    assert_eq!(ev["epoch"], epoch.as_str());
    let r = srv.send(
        "DELETE",
        &format!("/api/orders/{}/", order["order_number"].as_str().unwrap()),
        Some(&srv.login("owner")),
        None,
    );
    assert!(r.status < 300, "{} {}", r.status, r.text());
    let ev = next_json(&mut live);
    assert_eq!(ev["type"], "item_deleted");
    assert_eq!(ev["epoch"], epoch.as_str());
    // Replayed events and the end of the replay carry it too.
    let mut ws = connect(
        srv.addr,
        &format!("token={token}&since={since}&epoch={epoch}"),
    );
    loop {
        let m = next_json(&mut ws);
        assert_eq!(m["epoch"], epoch.as_str(), "{m}");
        if m["type"] == "replay_complete" {
            break;
        }
        assert_ne!(m["type"], "data_update", "{m}");
    }
}

#[test]
fn epoch_is_stable_across_a_restart() {
    let mut srv = Server::start();
    let token = srv.login("counter");
    create_order(&srv, &token, "before restart");
    let (epoch, since) = snapshot(&srv, &token);
    srv.restart();
    let token = srv.login("counter");
    assert_eq!(snapshot(&srv, &token).0, epoch);
    // Resuming in the same epoch is an ordinary replay.
    let mut ws = connect(
        srv.addr,
        &format!("token={token}&since={since}&epoch={epoch}"),
    );
    let m = next_json(&mut ws);
    assert_eq!(m["type"], "replay_complete", "{m}");
    assert_eq!(m["epoch"], epoch.as_str());
}

#[test]
fn restore_gives_a_new_epoch_and_resumes_from_the_old_one_resync() {
    let mut srv = Server::start();
    let token = srv.login("counter");
    create_order(&srv, &token, "in the backup");
    let file = backup(&srv);
    // Orders after the backup: their event ids will be reused once it is restored.
    create_order(&srv, &token, "lost by the restore");
    let (old, since) = snapshot(&srv, &token);
    assert!(srv.sigterm(Duration::from_secs(30)).is_some());
    let out = restore(&srv, &file);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("restored"));
    srv.restart();
    let token = srv.login("counter");
    let new = stored_epoch(&srv);
    assert_ne!(new, old);
    // Ids up to `since` are reused by the next order: the old epoch must not replay from it.
    create_order(&srv, &token, "after the restore");
    let mut ws = connect(
        srv.addr,
        &format!("token={token}&since={since}&epoch={old}"),
    );
    let m = next_json(&mut ws);
    assert_eq!(m["type"], "data_update", "{m}");
    assert_eq!(m["resync"], true);
    assert_eq!(m["epoch"], new.as_str());
    let notes: Vec<&str> = m["data"]
        .as_array()
        .expect("orders")
        .iter()
        .filter_map(|o| o["notes"].as_str())
        .collect();
    assert!(notes.contains(&"in the backup"), "{notes:?}");
    assert!(!notes.contains(&"lost by the restore"), "{notes:?}");
    // With the new epoch, resuming is an ordinary replay; without one, as before.
    let (_, last) = snapshot(&srv, &token);
    for q in [format!("&epoch={new}"), String::new()] {
        let mut ws = connect(srv.addr, &format!("token={token}&since={last}{q}"));
        let m = next_json(&mut ws);
        assert_eq!(m["type"], "replay_complete", "{m}");
    }
}

#[test]
fn restore_refuses_while_a_server_runs_on_the_database() {
    let srv = Server::start();
    let file = backup(&srv);
    let before = stored_epoch(&srv);
    let out = restore(&srv, &file);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("a server is running on"), "{err}");
    assert_eq!(stored_epoch(&srv), before);
    assert!(!before_restore(&srv).exists());
    assert_eq!(srv.get("/api/health/", None).status, 200);
}

#[test]
fn restore_refuses_a_corrupt_file_and_changes_nothing() {
    let mut srv = Server::start();
    let file = backup(&srv);
    let before = stored_epoch(&srv);
    assert!(srv.sigterm(Duration::from_secs(30)).is_some());
    let mut bytes = std::fs::read(&file).expect("backup bytes");
    assert!(bytes.len() > 12_288, "{} bytes", bytes.len());
    bytes[4096..12_288].fill(0x5a);
    let corrupt = srv.dir.0.join("corrupt.db");
    std::fs::write(&corrupt, &bytes).expect("write corrupt copy");
    let garbage = srv.dir.0.join("garbage.db");
    std::fs::write(&garbage, vec![7u8; 8192]).expect("write garbage");
    let db_bytes = std::fs::read(srv.db_path()).expect("db bytes");
    for bad in [&corrupt, &garbage] {
        let out = restore(&srv, bad);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert_eq!(err.trim().lines().count(), 1, "{err}");
        assert!(err.contains("integrity check"), "{err}");
    }
    assert_eq!(std::fs::read(srv.db_path()).expect("db bytes"), db_bytes);
    assert!(!before_restore(&srv).exists());
    assert_eq!(stored_epoch(&srv), before);
}

fn before_restore(srv: &Server) -> PathBuf {
    let mut p = srv.db_path().into_os_string();
    p.push(".before-restore");
    PathBuf::from(p)
}
