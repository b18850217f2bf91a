//! FRONTEND_DIR never serves anything outside its folder: every way of writing "up" is
//! refused, symlinks pointing out are refused, and a missing or unusable folder stops the
//! start with exit code 2 and one clear line.

mod common;
#[path = "common/frontend.rs"]
mod frontend;

use std::process::Command;

use common::{raw, Options, Server, TempDir, BIN};
use frontend::{App, SECRET};

fn get_raw(srv: &Server, target: &str) -> common::Resp {
    let req = format!("GET {target} HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
    raw(srv.addr, req.as_bytes())
}

#[test]
fn every_traversal_attempt_is_refused() {
    let app = App::new();
    let srv = Server::start_with(Options::default().env("FRONTEND_DIR", &app.dir()));
    assert_eq!(
        get_raw(&srv, "/leak.txt").status,
        404,
        "symlink to a file outside"
    );
    for target in [
        "/../secret.txt",
        "/static/../../secret.txt",
        "/static/js/../../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/secret.txt",
        "/.%2e/secret.txt",
        "/%2e%2e%2fsecret.txt",
        "/static%2f..%2f..%2fsecret.txt",
        "/..%5c..%5csecret.txt",
        "/%252e%252e/secret.txt",
        "/up/secret.txt",
        "/up/build/index.html",
        "/leak.txt",
        "//etc/passwd",
        "/etc/passwd",
        "/%2fetc%2fpasswd",
        "/index.html%00.js",
        "/%00",
        "/.env",
        "/%2eenv",
        "/static/%zz",
        "secret.txt",
        "http://t/../secret.txt",
    ] {
        let r = get_raw(&srv, target);
        let body = r.text();
        assert!(!body.contains(SECRET), "{target} leaked the secret");
        assert!(!body.contains("root:"), "{target} leaked /etc/passwd");
        assert!(!body.contains("SECRET=1"), "{target} served a dot-file");
        assert!(
            [200, 400, 404].contains(&r.status),
            "{target}: status {}",
            r.status
        );
        if r.status == 200 {
            // Only the app's own index.html (a client-route fallback) may come back.
            assert!(body.contains("id=\"root\""), "{target}: {body}");
        }
    }
    for target in [
        "/../secret.txt",
        "/%2e%2e/secret.txt",
        "/%00",
        "/static/%zz",
    ] {
        assert_eq!(get_raw(&srv, target).status, 400, "{target}");
    }
}

fn start_refused(frontend_dir: &str) -> (Option<i32>, String) {
    let dir = TempDir::new("refuse");
    let out = Command::new(BIN)
        .arg("serve")
        .current_dir(&dir.0)
        .env("DATABASE_PATH", dir.0.join("data/a.db"))
        .env("LOG_DIR", dir.0.join("logs"))
        .env("HOST", "127.0.0.1")
        .env("PORT", "0")
        .env("FRONTEND_DIR", frontend_dir)
        .output()
        .expect("run adakings");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_missing_or_unusable_folder_stops_the_start_with_exit_2() {
    let app = App::new();
    let missing = app.parent.0.join("no-such-build");
    let (code, err) = start_refused(&missing.display().to_string());
    assert_eq!(code, Some(2), "{err}");
    assert!(
        err.contains("FRONTEND_DIR") && err.contains("no-such-build"),
        "{err}"
    );
    assert_eq!(err.trim().lines().count(), 1, "one line: {err}");

    let file = app.root.join("index.html");
    let (code, err) = start_refused(&file.display().to_string());
    assert_eq!(code, Some(2), "a file is not a folder: {err}");

    let empty = TempDir::new("empty-build");
    let (code, err) = start_refused(&empty.0.display().to_string());
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("index.html"), "{err}");

    if unsafe_is_root() {
        return; // root reads anything: the unreadable case cannot be set up
    }
    use std::os::unix::fs::PermissionsExt;
    let locked = TempDir::new("locked-build");
    std::fs::write(locked.0.join("index.html"), "x").expect("write");
    std::fs::set_permissions(&locked.0, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    let (code, err) = start_refused(&locked.0.display().to_string());
    std::fs::set_permissions(&locked.0, std::fs::Permissions::from_mode(0o700)).expect("chmod");
    assert_eq!(code, Some(2), "{err}");
}

fn unsafe_is_root() -> bool {
    // SAFETY: geteuid has no preconditions.
    unsafe { libc::geteuid() == 0 }
}
