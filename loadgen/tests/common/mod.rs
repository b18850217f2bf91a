//! A small harness for the loadgen tests: starts the real `adakings` server (seeded with the
//! demo data) on an ephemeral loopback port with a temp SQLite file, and stops it on drop.
//!
//! The server is another package of the workspace, so Cargo gives this crate no
//! `CARGO_BIN_EXE_adakings`: the binary is looked up next to loadgen's own (same target dir and
//! profile), or taken from `ADAKINGS_BIN`. A root `cargo test` builds both binaries before it
//! runs any test; `cargo test -p loadgen` alone needs `cargo build -p adakings` (same profile)
//! first.

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

pub const LOADGEN: &str = env!("CARGO_BIN_EXE_loadgen");
/// The demo logins' password: loadgen's default `--password`.
const DEMO_PASSWORD: &str = "adakings-demo";

/// The server binary: `ADAKINGS_BIN`, or `adakings` beside the loadgen binary.
fn server_bin() -> PathBuf {
    if let Some(p) = std::env::var_os("ADAKINGS_BIN") {
        return PathBuf::from(p);
    }
    let p = Path::new(LOADGEN).with_file_name("adakings");
    assert!(
        p.is_file(),
        "{} is missing: build the server first (`cargo build [--release] -p adakings`, or run \
         `cargo test` at the workspace root), or set ADAKINGS_BIN",
        p.display()
    );
    p
}

/// A seeded server process with its temp directory; killed and removed on drop.
pub struct Server {
    child: Child,
    pub addr: SocketAddr,
    dir: PathBuf,
}

impl Server {
    pub fn start() -> Server {
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "adakings-loadgen-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&dir).expect("create temp dir");
        let out = command(&dir, "seed-demo").output().expect("run seed-demo");
        assert!(
            out.status.success(),
            "seed-demo failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let stderr = std::fs::File::create(dir.join("stderr.txt")).expect("stderr file");
        let mut child = command(&dir, "serve")
            .stdout(Stdio::piped())
            .stderr(stderr)
            .stdin(Stdio::null())
            .spawn()
            .expect("spawn adakings");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            // Keeps reading to the end so the server never blocks on a full stdout pipe.
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(rest) = line.strip_prefix("Listening on http://") {
                    let _ = tx.send(rest.to_string());
                }
            }
        });
        let Ok(addr) = rx.recv_timeout(Duration::from_secs(60)) else {
            let _ = child.kill();
            let err = std::fs::read_to_string(dir.join("stderr.txt")).unwrap_or_default();
            panic!("server did not start: {err}");
        };
        Server {
            child,
            addr: addr.parse().expect("listen address"),
            dir,
        }
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// `adakings ARG` in `dir`, with the same test settings as the server crate's own tests.
fn command(dir: &Path, arg: &str) -> Command {
    let mut cmd = Command::new(server_bin());
    cmd.arg(arg)
        .current_dir(dir)
        .env("DATABASE_PATH", dir.join("data/adakings.db"))
        .env("LOG_DIR", dir.join("logs"))
        .env("HOST", "127.0.0.1")
        .env("PORT", "0")
        .env("SECRET_KEY", "test-secret-key-0123456789abcdef")
        .env("SQLITE_SYNCHRONOUS", "NORMAL")
        .env("GRACEFUL_TIMEOUT", "10")
        // seed-demo gives random passwords unless told a known one.
        .env("DEMO_PASSWORD", DEMO_PASSWORD);
    cmd
}
