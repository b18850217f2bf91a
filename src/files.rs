//! Who may read the server's files. The database, its WAL and SHM, the secret key, the demo
//! logins, backups and logs hold customers' phone numbers, password hashes and the key that
//! signs every token: they are created readable by the server's user only (files 0600,
//! directories 0700, through the process umask), and existing files that others can read are
//! reported at start.

use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
use std::path::{Path, PathBuf};

use crate::config::Config;

/// Where `seed-demo` writes the random demo passwords, in the database's directory.
pub const DEMO_LOGINS_FILE: &str = "demo-logins.txt";

/// Every file and directory this process creates from now on is private to its user.
/// Called first thing in `main`, before any file is opened.
pub fn make_new_files_private() {
    // SAFETY: umask only changes this process's file-creation mask; it cannot fail.
    unsafe {
        libc::umask(0o077);
    }
}

/// Creates `dir` (and missing parents) with mode 0700.
pub fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
}

/// Makes `path` readable and writable by its owner only.
pub fn make_private(path: &Path) -> std::io::Result<()> {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
}

/// The files and directories that must not be readable by others, as they exist now.
pub fn sensitive_paths(config: &Config) -> Vec<PathBuf> {
    let db = &config.database_path;
    let data = db
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut v = Vec::new();
    if data != Path::new(".") {
        v.push(data.to_path_buf());
    }
    let name = db.file_name().map(|n| n.to_string_lossy().into_owned());
    if let Some(name) = name {
        for suffix in ["", "-wal", "-shm"] {
            v.push(data.join(format!("{name}{suffix}")));
        }
    }
    v.push(data.join("secret_key"));
    v.push(data.join(DEMO_LOGINS_FILE));
    v.push(config.log_dir.clone());
    for log in ["server.log", "access.log", "websocket.log"] {
        v.push(config.log_dir.join(log));
    }
    v.into_iter().filter(|p| p.exists()).collect()
}

/// Paths from [`sensitive_paths`] whose group or other bits are set, with their modes.
pub fn loose_paths(config: &Config) -> Vec<(PathBuf, u32)> {
    sensitive_paths(config)
        .into_iter()
        .filter_map(|p| {
            let mode = std::fs::metadata(&p).ok()?.permissions().mode() & 0o777;
            (mode & 0o077 != 0).then_some((p, mode))
        })
        .collect()
}

/// One WARN per sensitive path that others can read, saying how to fix it.
pub fn warn_loose(config: &Config) {
    for (p, mode) in loose_paths(config) {
        let fix = if p.is_dir() { "700" } else { "600" };
        log::warn!(
            "{} has mode {mode:o}: other users of this machine can read it; run chmod {fix} {}",
            p.display(),
            p.display()
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loose_files_are_found_and_private_ones_are_not() {
        let dir = std::env::temp_dir().join(format!("adakings-files-{}", std::process::id()));
        create_private_dir(&dir.join("data")).unwrap();
        let mut vars = std::collections::HashMap::new();
        vars.insert(
            "DATABASE_PATH".to_string(),
            dir.join("data/x.db").display().to_string(),
        );
        vars.insert(
            "LOG_DIR".to_string(),
            dir.join("data").display().to_string(),
        );
        let cfg = Config::from_map(&vars).unwrap();
        let db = dir.join("data/x.db");
        std::fs::write(&db, b"").unwrap();
        std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o644)).unwrap();
        let loose = loose_paths(&cfg);
        assert_eq!(loose, vec![(db.clone(), 0o644)]);
        make_private(&db).unwrap();
        assert!(loose_paths(&cfg).is_empty());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
