//! The command line: a bad setting stops the program with exit code 2 and one line naming it;
//! `migrate` is idempotent; `backup FILE` while serving yields a complete, consistent copy.
mod common;

use std::io::Read;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::{Options, Server, TempDir};

#[test]
fn bad_setting_exits_2_with_one_line_naming_it() {
    let dir = TempDir::new("cli");
    for (name, value) in [
        ("PORT", "abc"),
        ("MAX_CONNECTIONS", "0"),
        ("SQLITE_SYNCHRONOUS", "OFF"),
    ] {
        let out = Command::new(common::BIN)
            .arg("serve")
            .current_dir(&dir.0)
            .env("DATABASE_PATH", dir.0.join("data/adakings.db"))
            .env("LOG_DIR", dir.0.join("logs"))
            .env("HOST", "127.0.0.1")
            .env("PORT", "0")
            .env(name, value)
            .output()
            .expect("run adakings");
        assert_eq!(out.status.code(), Some(2), "{name}={value}: {out:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        let lines: Vec<&str> = stderr.lines().filter(|l| !l.trim().is_empty()).collect();
        assert_eq!(lines.len(), 1, "{name}={value}: {stderr}");
        assert!(lines[0].contains(name), "{stderr}");
        assert!(out.stdout.is_empty(), "{name}={value}: started anyway");
    }
    // Nothing was created for a config that never started.
    assert!(!dir.0.join("data/adakings.db").exists());
}

#[test]
fn migrate_is_idempotent() {
    let dir = TempDir::new("migrate");
    let first = common::run_cmd(&dir.0, &[], &["migrate"]);
    let second = common::run_cmd(&dir.0, &[], &["migrate"]);
    assert_eq!(
        String::from_utf8_lossy(&first.stdout),
        String::from_utf8_lossy(&second.stdout)
    );
    let db = rusqlite::Connection::open(dir.0.join("data/adakings.db")).unwrap();
    let version: i64 = db
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert!(version >= 1);
    for t in ["users", "orders", "order_items", "payments", "events"] {
        let n: i64 = db
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?1",
                [t],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(n, 1, "table {t}");
    }
    // The server starts on a migrated database.
    drop(db);
}

#[test]
fn backup_while_serving_is_consistent() {
    let srv = Server::start_with(Options::default().unseeded());
    let addr = srv.addr;
    // Enough data that the copy takes many pages (~8 MB), then a writer that keeps
    // committing while the backup runs, and HTTP traffic throughout.
    let open = |path: &std::path::Path| {
        let c = rusqlite::Connection::open(path).unwrap();
        c.busy_timeout(Duration::from_secs(10)).unwrap();
        c
    };
    let db = open(&srv.db_path());
    let insert =
        "INSERT INTO audit_log (username, action, object_type, object_id, changes, created_at) \
                  VALUES ('test', 'create', 'filler', ?1, ?2, '2026-11-26T10:00:00.000000Z')";
    let filler = format!("{{\"pad\": \"{}\"}}", "x".repeat(4000));
    db.execute_batch("BEGIN IMMEDIATE").unwrap();
    for i in 0..2000 {
        db.execute(insert, rusqlite::params![i.to_string(), filler])
            .unwrap();
    }
    db.execute_batch("COMMIT").unwrap();

    let stop = Arc::new(AtomicBool::new(false));
    let writer = {
        let stop = stop.clone();
        let path = srv.db_path();
        std::thread::spawn(move || {
            let db = open(&path);
            let mut n = 0;
            while !stop.load(Ordering::Relaxed) {
                db.execute(insert, rusqlite::params![format!("w{n}"), "{}"])
                    .unwrap();
                n += 1;
                std::thread::sleep(Duration::from_millis(2));
            }
            n
        })
    };
    let load = {
        let stop = stop.clone();
        std::thread::spawn(move || {
            let mut n = 0;
            while !stop.load(Ordering::Relaxed) {
                let r = common::request(addr, "GET", "/api/health/", None, None);
                assert_eq!(r.status, 200);
                n += 1;
            }
            n
        })
    };
    let dest = srv.dir.0.join("backup.db");
    let t = Instant::now();
    let mut backup = Command::new(common::BIN)
        .args(["backup", dest.to_str().unwrap()])
        .current_dir(&srv.dir.0)
        .env("DATABASE_PATH", srv.db_path())
        .env("LOG_DIR", srv.dir.0.join("logs"))
        .stdout(Stdio::piped())
        .spawn()
        .expect("run adakings backup");
    let status = common::wait_child(&mut backup, Duration::from_secs(30));
    let took = t.elapsed();
    if status.is_none() {
        let _ = backup.kill();
        let _ = backup.wait();
    }
    stop.store(true, Ordering::Relaxed);
    assert!(
        status.is_some_and(|s| s.success()),
        "backup did not finish in {took:?}: {status:?}"
    );
    let mut stdout = String::new();
    backup
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut stdout)
        .unwrap();
    assert!(stdout.contains("backup.db"), "{stdout}");
    let written = writer.join().expect("writer thread");
    let served = load.join().expect("load thread");
    assert!(written >= 1 && served >= 1);
    assert!(took < Duration::from_secs(20), "backup took {took:?}");

    let copy = open(&dest);
    let check: String = copy
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    let tables: Vec<String> = copy
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for t in [
        "users",
        "menu_items",
        "orders",
        "payments",
        "events",
        "audit_log",
    ] {
        assert!(tables.iter().any(|x| x == t), "no table {t} in {tables:?}");
    }
    let rows: i64 = copy
        .query_row("SELECT count(*) FROM audit_log", [], |r| r.get(0))
        .unwrap();
    assert!(
        (2000..=2000 + written as i64).contains(&rows),
        "{rows} rows in the backup"
    );
    // The copy is of the same schema version as the live database.
    let version = |c: &rusqlite::Connection| -> i64 {
        c.query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap()
    };
    assert!(version(&copy) >= 1);
    assert_eq!(version(&copy), version(&srv.db()));
    // The server kept serving throughout.
    assert_eq!(srv.get("/api/health/", None).status, 200);
}
