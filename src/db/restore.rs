//! `adakings restore FILE`, and the lock that keeps it away from a running server.
//!
//! Every `adakings serve` holds a shared `flock` on `<database>.lock` (beside the database)
//! for as long as it runs; `restore` must take the same lock exclusively, without waiting,
//! or it refuses. The kernel drops a lock when its process ends, however it ends, so a
//! crashed server never leaves a stale lock behind, and a restore in progress keeps a server
//! from starting on a half-replaced database.
//!
//! The restore itself: `FILE` must pass `PRAGMA integrity_check` and be an Adakings database
//! no newer than this binary. It is copied beside the target, migrated, given a new epoch
//! (see [`super::epoch`]) and made one self-contained file; the target's WAL is checkpointed
//! and the old database moved aside to `<database>.before-restore` with its `-wal`/`-shm`
//! removed (a WAL left beside the new file would be replayed into it and corrupt it); only
//! then is the copy renamed into place.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

/// Why a restore did not happen.
#[derive(Debug)]
pub enum RestoreError {
    /// Refused before anything changed: a server runs on the target, or `FILE` is not a
    /// sound Adakings database.
    Refused(String),
    /// Something failed on the way; the target is still the old database unless the message
    /// says otherwise.
    Failed(String),
}

/// A held lock on `<database>.lock`, released when dropped (or when the process ends).
pub struct ServerLock {
    _file: File,
}

impl ServerLock {
    /// Whether this is the only server holding the lock (tried without waiting: an
    /// exclusive lock, given back as shared at once).
    pub fn alone(&self) -> bool {
        let alone = self._file.try_lock().is_ok();
        if alone {
            let _ = self._file.lock_shared();
        }
        alone
    }
}

/// The lock file of the database at `db`.
pub fn lock_path(db: &Path) -> PathBuf {
    with_suffix(db, ".lock")
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut p = path.as_os_str().to_os_string();
    p.push(suffix);
    PathBuf::from(p)
}

fn open_lock(db: &Path) -> Result<File, String> {
    if let Some(dir) = db.parent().filter(|d| !d.as_os_str().is_empty()) {
        crate::files::create_private_dir(dir)
            .map_err(|e| format!("cannot create database directory {}: {e}", dir.display()))?;
    }
    let path = lock_path(db);
    OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)
        .map_err(|e| format!("cannot open the lock file {}: {e}", path.display()))
}

/// The lock a server holds while it runs (shared: several servers may run on one database).
/// Fails at once when a restore holds it.
pub fn hold_for_server(db: &Path) -> Result<ServerLock, String> {
    let file = open_lock(db)?;
    match file.try_lock_shared() {
        Ok(()) => Ok(ServerLock { _file: file }),
        Err(TryLockError::WouldBlock) => Err(format!(
            "a restore is in progress on {}; start the server when it has finished",
            db.display()
        )),
        Err(TryLockError::Error(e)) => Err(format!("cannot lock {}: {e}", lock_path(db).display())),
    }
}

/// Replaces the database at `target` with the backup at `src`; returns the new epoch.
pub fn restore(src: &Path, target: &Path) -> Result<String, RestoreError> {
    use RestoreError::{Failed, Refused};
    check_source(src).map_err(Refused)?;
    let lock = open_lock(target).map_err(Failed)?;
    match lock.try_lock() {
        Ok(()) => {}
        Err(TryLockError::WouldBlock) => {
            return Err(Refused(format!(
                "a server is running on {} (it holds {}); stop it before restoring",
                target.display(),
                lock_path(target).display()
            )))
        }
        Err(TryLockError::Error(e)) => {
            return Err(Failed(format!(
                "cannot lock {}: {e}",
                lock_path(target).display()
            )))
        }
    }
    let tmp = with_suffix(target, ".restoring");
    remove_with_sidecars(&tmp);
    let epoch = match prepare_copy(src, &tmp) {
        Ok(e) => e,
        Err(e) => {
            remove_with_sidecars(&tmp);
            return Err(Failed(e));
        }
    };
    if target.exists() {
        // Fold the WAL into the old file so the copy kept aside is complete on its own.
        if let Ok(c) = Connection::open(target) {
            let _ = c.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
        }
        let aside = with_suffix(target, ".before-restore");
        remove_with_sidecars(&aside);
        if let Err(e) = std::fs::rename(target, &aside) {
            remove_with_sidecars(&tmp);
            return Err(Failed(format!(
                "cannot move {} aside: {e}",
                target.display()
            )));
        }
    }
    for ext in ["-wal", "-shm", "-journal"] {
        let _ = std::fs::remove_file(with_suffix(target, ext));
    }
    std::fs::rename(&tmp, target).map_err(|e| {
        Failed(format!(
            "cannot move the restored copy {} to {}: {e} (the old database is at {})",
            tmp.display(),
            target.display(),
            with_suffix(target, ".before-restore").display()
        ))
    })?;
    if let Some(dir) = target.parent().filter(|d| !d.as_os_str().is_empty()) {
        if let Ok(d) = File::open(dir) {
            let _ = d.sync_all();
        }
    }
    drop(lock);
    Ok(epoch)
}

/// `src` is a sound SQLite file holding an Adakings database this binary can open.
fn check_source(src: &Path) -> Result<(), String> {
    if !src.is_file() {
        return Err(format!("no backup file at {}", src.display()));
    }
    let c = Connection::open_with_flags(src, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| format!("cannot open {}: {e}", src.display()))?;
    let answers: Vec<String> = c
        .prepare("PRAGMA integrity_check")
        .and_then(|mut st| st.query_map([], |r| r.get(0))?.collect())
        .map_err(|e| format!("{} failed its integrity check: {e}", src.display()))?;
    if answers.len() != 1 || answers[0] != "ok" {
        return Err(format!(
            "{} failed its integrity check: {}",
            src.display(),
            answers.join("; ")
        ));
    }
    let (tables, version): (i64, i64) = c
        .query_row(
            "SELECT (SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' \
             AND name IN ('orders', 'events')), (SELECT user_version FROM pragma_user_version)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .map_err(|e| format!("cannot read {}: {e}", src.display()))?;
    if tables != 2 {
        return Err(format!("{} is not an Adakings database", src.display()));
    }
    if version > super::migrate::latest() {
        return Err(format!(
            "{} has schema version {version}, newer than this binary's ({}); restore it with a newer binary",
            src.display(),
            super::migrate::latest()
        ));
    }
    Ok(())
}

/// Copies `src` to `tmp`, brings it to this binary's schema, gives it a new epoch and makes
/// it one self-contained, checked file.
fn prepare_copy(src: &Path, tmp: &Path) -> Result<String, String> {
    super::backup(src, tmp)?;
    let epoch = {
        let c = Connection::open(tmp).map_err(|e| format!("cannot open the copy: {e}"))?;
        super::migrate::migrate(&c)?;
        let epoch =
            super::epoch::renew(&c).map_err(|e| format!("cannot set the new epoch: {e}"))?;
        c.query_row("PRAGMA journal_mode=DELETE", [], |_| Ok(()))
            .map_err(|e| format!("cannot finish the copy: {e}"))?;
        epoch
    };
    super::backup::integrity_check(tmp)?;
    Ok(epoch)
}

fn remove_with_sidecars(path: &Path) {
    let _ = std::fs::remove_file(path);
    for ext in ["-wal", "-shm", "-journal"] {
        let _ = std::fs::remove_file(with_suffix(path, ext));
    }
}
