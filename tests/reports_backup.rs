//! `adakings backup --keep N DIR`: a dated copy that passed `PRAGMA integrity_check`, the
//! oldest dated copies removed beyond N, other files in the folder left alone; `backup FILE`
//! reports the check too and leaves no partial file behind.

mod common;
#[path = "common/reports.rs"]
mod reports;

use reports::{cli, pay, pickup};

#[test]
fn keep_rotates_dated_checked_copies() {
    let srv = reports::server();
    let counter = srv.login("counter");
    let n = pickup(&srv, &counter);
    pay(&srv, &counter, &n, "85.00", "CASH");
    let dir = srv.dir.0.join("backups");
    std::fs::create_dir_all(&dir).expect("mkdir");
    for old in [
        "adakings-2020-01-01T000000Z.db",
        "adakings-2020-01-02T000000Z.db",
        "adakings-2020-01-03T000000Z.db",
    ] {
        std::fs::write(dir.join(old), b"old copy").expect("old copy");
    }
    std::fs::write(dir.join("notes.txt"), b"keep me").expect("other file");

    let (code, text) = cli(
        &srv,
        &["backup", "--keep", "2", dir.to_str().expect("utf-8")],
    );
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("integrity check: ok"), "{text}");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("list")
        .filter_map(|e| {
            e.ok()
                .and_then(|e| e.file_name().to_str().map(str::to_string))
        })
        .collect();
    names.sort();
    assert_eq!(names.len(), 3, "{names:?}");
    assert_eq!(names[0], "adakings-2020-01-03T000000Z.db");
    assert!(
        names[1].starts_with("adakings-20") && names[1] != names[0],
        "{names:?}"
    );
    assert_eq!(names[2], "notes.txt");
    for removed in [
        "adakings-2020-01-01T000000Z.db",
        "adakings-2020-01-02T000000Z.db",
    ] {
        assert!(text.contains(removed), "{text}");
    }

    let copy = rusqlite::Connection::open(dir.join(&names[1])).expect("open copy");
    let orders: i64 = copy
        .query_row("SELECT COUNT(*) FROM orders", [], |r| r.get(0))
        .expect("count");
    assert_eq!(orders, 1);
}

#[test]
fn single_file_backup_is_checked_and_leaves_no_partial() {
    let srv = reports::server();
    let dest = srv.dir.0.join("one.db");
    let (code, text) = cli(&srv, &["backup", dest.to_str().expect("utf-8")]);
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("integrity check: ok"), "{text}");
    assert!(dest.exists());
    assert!(!srv.dir.0.join("one.db.partial").exists());
    let (code, text) = cli(&srv, &["backup", "--keep", "0", "x"]);
    assert_eq!(code, 2, "{text}");
}
