//! Helpers of the `import_*` tests: the original's fixture file, edited copies of it, and
//! running `adakings import-django` against a temp database without asserting success.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::common::{TempDir, BIN};

/// The original's own database, committed beside the tests (see tests/fixtures/README.md).
pub fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/g1-sample.sqlite3")
}

/// A writable copy of the fixture in `dir`, changed by `sql` (CHECK constraints off, so the
/// copy can hold what the original's constraints would refuse; foreign keys off likewise).
pub fn edited_copy(dir: &TempDir, name: &str, sql: &str) -> PathBuf {
    let p = dir.0.join(name);
    std::fs::copy(fixture(), &p).expect("copy fixture");
    let mut perm = std::fs::metadata(&p).expect("stat copy").permissions();
    #[allow(clippy::permissions_set_readonly_false)]
    perm.set_readonly(false);
    std::fs::set_permissions(&p, perm).expect("chmod copy");
    if !sql.is_empty() {
        let c = rusqlite::Connection::open(&p).expect("open copy");
        c.execute_batch(&format!(
            "PRAGMA ignore_check_constraints = 1; PRAGMA foreign_keys = 0; {sql}"
        ))
        .expect("edit copy");
    }
    p
}

/// The target database of a test directory.
pub fn target(dir: &TempDir) -> PathBuf {
    dir.0.join("data/adakings.db")
}

/// Runs `adakings import-django <args>` with `dir`'s database as the target.
pub fn import(dir: &TempDir, args: &[&str]) -> Output {
    Command::new(BIN)
        .arg("import-django")
        .args(args)
        .current_dir(&dir.0)
        .env("DATABASE_PATH", target(dir))
        .env("LOG_DIR", dir.0.join("logs"))
        .env("SECRET_KEY", "test-secret-key-0123456789abcdef")
        .env("SQLITE_SYNCHRONOUS", "NORMAL")
        .output()
        .expect("run adakings import-django")
}

/// Runs the import and asserts it succeeded; returns its stdout.
pub fn import_ok(dir: &TempDir, args: &[&str]) -> String {
    let out = import(dir, args);
    assert!(
        out.status.success(),
        "import-django {args:?} failed: {}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Asserts the import refused with exit code 2, wrote nothing to stdout and said why on ONE
/// stderr line; returns that line.
pub fn refused(out: &Output) -> String {
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(out.stdout.is_empty(), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = err.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(lines.len(), 1, "one line expected: {err}");
    lines[0].to_string()
}

/// Row counts of the target's tables (to prove nothing changed).
pub fn counts(db: &Path) -> Vec<(String, i64)> {
    let c = rusqlite::Connection::open(db).expect("open target");
    let tables: Vec<String> = c
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .and_then(|mut s| {
            s.query_map([], |r| r.get(0))?
                .collect::<rusqlite::Result<Vec<String>>>()
        })
        .expect("tables");
    tables
        .into_iter()
        .map(|t| {
            let n = c
                .query_row(&format!("SELECT count(*) FROM \"{t}\""), [], |r| r.get(0))
                .expect("count");
            (t, n)
        })
        .collect()
}
