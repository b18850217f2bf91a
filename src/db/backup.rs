//! `adakings backup`: an online copy that is checked before it counts. The copy is written
//! beside its final name, `PRAGMA integrity_check` must answer `ok` on it, and only then is it
//! renamed into place, so a half-written or corrupt copy never looks like a backup. With
//! `--keep N` the destination is a folder of dated copies, the oldest removed beyond N.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

use crate::domain::clock;

/// Dated copies are `adakings-YYYY-MM-DDTHHMMSSZ.db`: their names sort as their times.
const PREFIX: &str = "adakings-";
const SUFFIX: &str = ".db";

/// Copies `src` to `dest` and checks the copy before it takes the name `dest`.
pub fn verified_copy(src: &Path, dest: &Path) -> Result<(), String> {
    let name = dest
        .file_name()
        .ok_or_else(|| format!("{} is not a file name", dest.display()))?;
    let mut partial = name.to_os_string();
    partial.push(".partial");
    let tmp = dest.with_file_name(partial);
    let _ = std::fs::remove_file(&tmp);
    let result = super::backup(src, &tmp)
        .and_then(|()| standalone(&tmp))
        .and_then(|()| integrity_check(&tmp));
    if let Err(e) = result {
        remove_with_sidecars(&tmp);
        return Err(e);
    }
    std::fs::rename(&tmp, dest).map_err(|e| {
        remove_with_sidecars(&tmp);
        format!("cannot move the checked copy to {}: {e}", dest.display())
    })
}

/// The copy inherits the live database's WAL mode; a backup should be one self-contained
/// file, so it is switched to a rollback journal (which also folds in and removes its WAL).
fn standalone(path: &Path) -> Result<(), String> {
    let c = Connection::open(path).map_err(|e| format!("cannot open the copy: {e}"))?;
    c.query_row("PRAGMA journal_mode=DELETE", [], |_| Ok(()))
        .map_err(|e| format!("cannot finish the copy: {e}"))
}

fn remove_with_sidecars(path: &Path) {
    let _ = std::fs::remove_file(path);
    for ext in ["-wal", "-shm", "-journal"] {
        let mut p = path.as_os_str().to_os_string();
        p.push(ext);
        let _ = std::fs::remove_file(PathBuf::from(p));
    }
}

/// `PRAGMA integrity_check` on the file at `path`: `Ok` only when SQLite answers `ok`.
pub fn integrity_check(path: &Path) -> Result<(), String> {
    let c = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| format!("cannot open the copy {}: {e}", path.display()))?;
    let mut st = c
        .prepare("PRAGMA integrity_check")
        .map_err(|e| format!("integrity check of the copy: {e}"))?;
    let answers: Vec<String> = st
        .query_map([], |r| r.get(0))
        .and_then(|rows| rows.collect())
        .map_err(|e| format!("integrity check of the copy: {e}"))?;
    if answers.len() == 1 && answers[0] == "ok" {
        Ok(())
    } else {
        Err(format!(
            "the copy failed its integrity check: {}",
            answers.join("; ")
        ))
    }
}

/// A dated, checked copy in `dir`, then removes the oldest dated copies beyond `keep`.
/// Returns the new copy's path and the removed ones.
pub fn rotate(src: &Path, dir: &Path, keep: usize) -> Result<(PathBuf, Vec<PathBuf>), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let dest = dir.join(dated_name(clock::now_micros()));
    verified_copy(src, &dest)?;
    let mut copies: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot list {}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(is_dated))
        .collect();
    copies.sort();
    let excess = copies.len().saturating_sub(keep);
    let mut removed = Vec::new();
    for old in copies.into_iter().take(excess) {
        std::fs::remove_file(&old).map_err(|e| format!("cannot remove {}: {e}", old.display()))?;
        removed.push(old);
    }
    Ok((dest, removed))
}

fn dated_name(micros: i64) -> String {
    // 2026-12-01T17:05:12.123456Z -> 2026-12-01T170512Z (no colons: portable file names).
    let iso = clock::iso(micros);
    let stamp: String = iso[..19].chars().filter(|c| *c != ':').collect();
    format!("{PREFIX}{stamp}Z{SUFFIX}")
}

fn is_dated(name: &str) -> bool {
    name.strip_prefix(PREFIX)
        .and_then(|r| r.strip_suffix(SUFFIX))
        .is_some_and(|stamp| stamp.len() == 18 && stamp.ends_with('Z'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dated_names_sort_as_times_and_are_recognised() {
        let a = dated_name(1_764_600_000_000_000);
        let b = dated_name(1_764_600_001_000_000);
        assert!(a < b);
        assert!(is_dated(&a), "{a}");
        assert!(!is_dated("adakings.db"));
        assert!(!is_dated("adakings-notes.db"));
    }

    #[test]
    fn a_damaged_copy_fails_the_integrity_check() {
        let dir = std::env::temp_dir().join(format!("adakings-integrity-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("mkdir");
        let path = dir.join("damaged.db");
        {
            let c = Connection::open(&path).expect("open");
            c.execute_batch(
                "PRAGMA page_size = 1024; CREATE TABLE t (x TEXT); CREATE INDEX t_x ON t(x);",
            )
            .expect("schema");
            for i in 0..2000 {
                c.execute(
                    "INSERT INTO t VALUES (?1)",
                    [format!("row {i} {}", "x".repeat(40))],
                )
                .expect("insert");
            }
        }
        assert_eq!(integrity_check(&path), Ok(()));
        let mut bytes = std::fs::read(&path).expect("read");
        // Scribble over a page well inside the index and table b-trees.
        for b in &mut bytes[20 * 1024 + 100..20 * 1024 + 900] {
            *b = 0x5a;
        }
        std::fs::write(&path, &bytes).expect("write");
        assert!(integrity_check(&path).is_err());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
