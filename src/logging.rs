//! Log routing through fern: `server.log` (and stderr) for general lines, `websocket.log` for the
//! live feed, `access.log` for one line per HTTP request. Modules pick a file by log target:
//! `log::info!(target: "access", ...)`, `log::info!(target: "websocket", ...)`.
//!
//! The access log is buffered (one line per request made it one `write` per request): its
//! lines reach the file within [`ACCESS_FLUSH`] of being logged, and at shutdown
//! ([`flush`]); a crash loses at most that window. Lines are always written whole.

use std::io::Write;
use std::path::Path;
use std::sync::{Condvar, Mutex, OnceLock};
use std::time::Duration;

/// Log target of the access log (one line per request).
pub const ACCESS: &str = "access";
/// Log target of the WebSocket log.
pub const WEBSOCKET: &str = "websocket";

/// Opens the three log files in `dir` (created when missing) at `level`.
pub fn init(dir: &Path, level: log::LevelFilter) -> Result<(), String> {
    crate::files::create_private_dir(dir)
        .map_err(|e| format!("cannot create log directory {}: {e}", dir.display()))?;
    let open = |name: &str| {
        fern::log_file(dir.join(name))
            .map_err(|e| format!("cannot open {}: {e}", dir.join(name).display()))
    };
    let stamp = || crate::domain::clock::iso(crate::domain::clock::now_micros());

    let access_file = open("access.log")?;
    let access = fern::Dispatch::new()
        .filter(|m| m.target() == ACCESS)
        .format(move |out, msg, _| out.finish(format_args!("{} {}", stamp(), msg)))
        .chain(Box::new(AccessBuffer::start(access_file)) as Box<dyn Write + Send>);
    let websocket = fern::Dispatch::new()
        .filter(|m| m.target() == WEBSOCKET)
        .format(move |out, msg, rec| {
            out.finish(format_args!("{} {:<5} {}", stamp(), rec.level(), msg))
        })
        .chain(open("websocket.log")?);
    let general = fern::Dispatch::new()
        .filter(|m| m.target() != ACCESS && m.target() != WEBSOCKET)
        .format(move |out, msg, rec| {
            out.finish(format_args!(
                "{} {:<5} [{}] {}",
                stamp(),
                rec.level(),
                rec.target(),
                msg
            ))
        })
        .chain(open("server.log")?)
        .chain(std::io::stderr());

    fern::Dispatch::new()
        .level(level)
        // Library noise stays at WARN whatever LOG_LEVEL says.
        .level_for("tungstenite", log::LevelFilter::Warn)
        .level_for("r2d2", log::LevelFilter::Warn)
        .level_for("rusqlite", log::LevelFilter::Warn)
        .chain(access)
        .chain(websocket)
        .chain(general)
        .apply()
        .map_err(|e| format!("logger already set: {e}"))
}

/// How long an access log line may wait in memory before it is written.
pub const ACCESS_FLUSH: Duration = Duration::from_millis(50);
/// Buffered bytes that are written at once, without waiting for the flusher.
const ACCESS_BUFFER: usize = 64 * 1024;

/// The buffered access log, shared by the logger and the flusher thread.
struct Pending {
    buf: Mutex<Vec<u8>>,
    /// Signalled when the buffer goes from empty to non-empty.
    filled: Condvar,
    file: Mutex<std::fs::File>,
}

static ACCESS_PENDING: OnceLock<std::sync::Arc<Pending>> = OnceLock::new();

impl Pending {
    /// Writes out the complete lines buffered (a record arrives in several `write`s; a part
    /// stays until its newline). The file lock is taken before the buffer is emptied, so two
    /// flushes cannot write their parts out of order.
    fn write_out(&self) {
        let mut file = self.file.lock().unwrap_or_else(|e| e.into_inner());
        let data = {
            let mut buf = self.buf.lock().unwrap_or_else(|e| e.into_inner());
            match buf.iter().rposition(|&b| b == b'\n') {
                Some(end) => {
                    let rest = buf.split_off(end + 1);
                    std::mem::replace(&mut *buf, rest)
                }
                None => Vec::new(),
            }
        };
        if !data.is_empty() {
            // Nowhere to report a failing log file but the log itself: dropped, as fern does.
            let _ = file.write_all(&data);
        }
    }
}

/// fern's output for the access log: each record is appended to memory (fern calls `flush`
/// after every record; that is deliberately not a write). A flusher thread, asleep while
/// nothing is buffered, writes a line out at most [`ACCESS_FLUSH`] after it was logged.
struct AccessBuffer(std::sync::Arc<Pending>);

impl AccessBuffer {
    fn start(file: std::fs::File) -> AccessBuffer {
        let pending = std::sync::Arc::new(Pending {
            buf: Mutex::new(Vec::with_capacity(ACCESS_BUFFER)),
            filled: Condvar::new(),
            file: Mutex::new(file),
        });
        let _ = ACCESS_PENDING.set(pending.clone());
        let p = pending.clone();
        let spawned = std::thread::Builder::new()
            .name("access-log".into())
            .stack_size(64 * 1024)
            .spawn(move || loop {
                {
                    let mut buf = p.buf.lock().unwrap_or_else(|e| e.into_inner());
                    while buf.is_empty() {
                        buf = p.filled.wait(buf).unwrap_or_else(|e| e.into_inner());
                    }
                }
                std::thread::sleep(ACCESS_FLUSH);
                p.write_out();
            });
        if let Err(e) = spawned {
            // Without a flusher every line is written at once (see `write`).
            eprintln!("cannot start the access log flusher ({e}); writing it unbuffered");
            UNBUFFERED.store(true, std::sync::atomic::Ordering::Relaxed);
        }
        AccessBuffer(pending)
    }
}

static UNBUFFERED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

impl Write for AccessBuffer {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        let mut buf = self.0.buf.lock().unwrap_or_else(|e| e.into_inner());
        let was_empty = buf.is_empty();
        buf.extend_from_slice(data);
        let full = buf.len() >= ACCESS_BUFFER;
        drop(buf);
        let unbuffered = UNBUFFERED.load(std::sync::atomic::Ordering::Relaxed);
        if full || (unbuffered && data.ends_with(b"\n")) {
            self.0.write_out();
        } else if was_empty {
            self.0.filled.notify_one();
        }
        Ok(data.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Writes out the buffered access log lines (at shutdown, after the last request).
pub fn flush() {
    if let Some(p) = ACCESS_PENDING.get() {
        p.write_out();
    }
}

/// Logging for one-shot commands (migrate, backup, ...): stderr only.
pub fn init_stderr(level: log::LevelFilter) {
    let _ = fern::Dispatch::new()
        .level(level)
        .format(|out, msg, rec| out.finish(format_args!("{:<5} {}", rec.level(), msg)))
        .chain(std::io::stderr())
        .apply();
}

/// Query parameters whose values are secrets (compared after decoding, ignoring case).
const SECRET_PARAMS: [&str; 4] = ["token", "access", "refresh", "password"];

/// Replaces the value of every secret query parameter (`token`, `access`, `refresh`,
/// `password`) with `***` so that secrets never reach a log file. Names are compared after
/// percent-decoding, exactly as the server reads them: `?%74oken=` authenticates like
/// `?token=`, so it must be masked like it.
pub fn redact_tokens(path_and_query: &str) -> String {
    let Some((path, query)) = path_and_query.split_once('?') else {
        return path_and_query.to_string();
    };
    let parts: Vec<String> = query
        .split('&')
        .map(|p| match p.split_once('=') {
            Some((k, _)) if is_secret(k) => format!("{k}=***"),
            _ => p.to_string(),
        })
        .collect();
    format!("{path}?{}", parts.join("&"))
}

fn is_secret(raw_name: &str) -> bool {
    let name = crate::http::request::percent_decode(raw_name);
    let name = name.trim();
    SECRET_PARAMS.iter().any(|s| name.eq_ignore_ascii_case(s))
}

#[cfg(test)]
mod buffer_tests {
    use super::*;

    /// The access log reaches its file in whole lines only: a record's first part waits for
    /// its newline, so neither a flush nor a crash in between leaves half a line.
    #[test]
    fn buffered_access_lines_are_written_whole() {
        let dir = std::env::temp_dir().join(format!("adakings-access-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("access.log");
        let pending = Pending {
            buf: Mutex::new(Vec::new()),
            filled: Condvar::new(),
            file: Mutex::new(std::fs::File::create(&path).unwrap()),
        };
        pending.buf.lock().unwrap().extend_from_slice(b"one\ntw");
        pending.write_out();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "one\n");
        pending.buf.lock().unwrap().extend_from_slice(b"o\n");
        pending.write_out();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "one\ntwo\n");
        let _ = std::fs::remove_dir_all(&dir);
    }
}

#[cfg(test)]
mod tests {
    use super::redact_tokens;

    #[test]
    fn tokens_are_redacted_anywhere_in_the_query() {
        assert_eq!(
            redact_tokens("/ws/orders/?token=abc"),
            "/ws/orders/?token=***"
        );
        assert_eq!(
            redact_tokens("/ws/orders/?since=4&token=abc&x=1"),
            "/ws/orders/?since=4&token=***&x=1"
        );
        assert_eq!(redact_tokens("/api/health/"), "/api/health/");
    }

    #[test]
    fn every_spelling_of_a_secret_name_is_redacted() {
        for q in [
            "%74oken=abc",
            "t%6Fk%65n=abc",
            "TOKEN=abc",
            "%54%4F%4B%45%4E=abc",
            "access=abc",
            "refresh=abc",
            "pass%77ord=abc",
            "token+=abc",
        ] {
            let out = redact_tokens(&format!("/ws/orders/?x=1&{q}"));
            assert!(!out.contains("abc"), "{q} -> {out}");
            assert!(out.starts_with("/ws/orders/?x=1&"), "{out}");
        }
        assert_eq!(redact_tokens("/a/?tokens=abc"), "/a/?tokens=abc");
    }
}
