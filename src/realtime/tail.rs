//! The tail: one thread per process that reads the `events` table and is the hub's only
//! source of events, so several `adakings serve` processes can share one database file. A
//! change committed by any process (this one included) is read back as `events WHERE id >
//! last ORDER BY id` and published in id order; every WebSocket client sees every event once,
//! whichever process made the change.
//!
//! How it learns that something was committed, cheapest first:
//! - this process's writer pokes it after each commit ([`Nudge`]);
//! - inotify on the database's directory reports writes to the `-wal` file (the directory,
//!   not the file: a checkpoint may truncate, reset or recreate the WAL);
//! - where inotify is unavailable it checks every [`POLL_EVERY`] instead (said in the log).
//!
//! A check is `PRAGMA data_version` (changes whenever another connection commits), then the
//! new rows. The WAL is written before a commit becomes visible (SQLite syncs the frames, then
//! updates the shared index), so a wake-up that finds nothing is re-checked a few times over
//! the next ~30 ms; and whatever happens, the tail checks at least every [`SAFETY_EVERY`].
//!
//! Everything derived from commits follows the tail too: the id polled lists compare
//! (`AppState::last_event_id`) and the write counter behind their ETags (a change by another
//! process, with or without an event, makes them stale), and the hub's `last_published`.

use std::ffi::CString;
use std::io;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Duration, Instant};

use rusqlite::Connection;

use crate::db::events::{self, Replay};
use crate::state::AppState;

/// Check interval where inotify is unavailable.
pub const POLL_EVERY: Duration = Duration::from_millis(10);
/// Longest wait between two checks, whatever inotify says (a missed wake-up costs this much).
pub const SAFETY_EVERY: Duration = Duration::from_millis(500);
/// Re-checks after a wake-up that found nothing: the commit may not be visible yet.
const RECHECKS: [Duration; 7] = [
    Duration::from_micros(200),
    Duration::from_micros(500),
    Duration::from_millis(1),
    Duration::from_millis(2),
    Duration::from_millis(4),
    Duration::from_millis(8),
    Duration::from_millis(16),
];
/// Events read per query.
const PAGE: usize = 1_000;

/// The writer's end: wakes the tail after a commit of this process. Never blocks.
pub struct Nudge {
    wr: OwnedFd,
}

impl Nudge {
    pub fn poke(&self) {
        let b = [1u8];
        // SAFETY: writes one byte from a live buffer to our own non-blocking pipe. A full
        // pipe (EAGAIN) means the tail has wake-ups pending already.
        unsafe {
            libc::write(self.wr.as_raw_fd(), b.as_ptr().cast(), 1);
        }
    }
}

/// The tail's end of the nudge pipe.
pub struct Waker {
    rd: OwnedFd,
}

/// A nudge pipe: give the [`Nudge`] to the writer, the [`Waker`] to [`start`].
pub fn channel() -> Result<(Arc<Nudge>, Waker), String> {
    let mut fds = [0 as RawFd; 2];
    // SAFETY: pipe2 fills two fds on success; each is owned exactly once below.
    let rc = unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_NONBLOCK | libc::O_CLOEXEC) };
    if rc != 0 {
        return Err(format!(
            "cannot create the tail's pipe: {}",
            io::Error::last_os_error()
        ));
    }
    // SAFETY: both fds were just created and are not owned elsewhere.
    let (rd, wr) = unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) };
    Ok((Arc::new(Nudge { wr }), Waker { rd }))
}

/// An inotify instance watching the database's directory for the `-wal` file.
struct Watch {
    fd: OwnedFd,
    wal_name: Vec<u8>,
}

impl Watch {
    fn new(db: &Path) -> io::Result<Watch> {
        let dir = match db.parent().filter(|d| !d.as_os_str().is_empty()) {
            Some(d) => d.to_path_buf(),
            None => PathBuf::from("."),
        };
        let mut wal_name = db
            .file_name()
            .map(|n| n.as_bytes().to_vec())
            .unwrap_or_default();
        wal_name.extend_from_slice(b"-wal");
        let cdir = CString::new(dir.as_os_str().as_bytes())
            .map_err(|_| io::Error::other("directory name holds a NUL byte"))?;
        // SAFETY: plain syscalls; the fd is owned at once.
        let fd = unsafe { libc::inotify_init1(libc::IN_NONBLOCK | libc::IN_CLOEXEC) };
        if fd < 0 {
            return Err(io::Error::last_os_error());
        }
        // SAFETY: fd was just created and is owned only here.
        let fd = unsafe { OwnedFd::from_raw_fd(fd) };
        let mask = libc::IN_MODIFY | libc::IN_CREATE | libc::IN_MOVED_TO | libc::IN_CLOSE_WRITE;
        // SAFETY: a valid inotify fd and a NUL-terminated path.
        let wd = unsafe { libc::inotify_add_watch(fd.as_raw_fd(), cdir.as_ptr(), mask) };
        if wd < 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(Watch { fd, wal_name })
    }

    /// Reads every pending inotify event; true when one was about the `-wal` file.
    fn drain(&self) -> bool {
        let mut buf = [0u8; 4096];
        let mut wal = false;
        loop {
            // SAFETY: reads into a live buffer of the given length.
            let n = unsafe { libc::read(self.fd.as_raw_fd(), buf.as_mut_ptr().cast(), buf.len()) };
            if n <= 0 {
                return wal;
            }
            let n = n as usize;
            let head = std::mem::size_of::<libc::inotify_event>();
            let mut at = 0;
            while at + head <= n {
                // The kernel writes whole records: wd, mask, cookie, len, then `len` name bytes.
                let len =
                    u32::from_ne_bytes([buf[at + 12], buf[at + 13], buf[at + 14], buf[at + 15]])
                        as usize;
                let name = &buf[(at + head).min(n)..(at + head + len).min(n)];
                let name = name.split(|b| *b == 0).next().unwrap_or(&[]);
                if name == self.wal_name.as_slice() {
                    wal = true;
                }
                at += head + len;
            }
        }
    }
}

/// What ended a wait.
#[derive(Default)]
struct Woke {
    nudged: bool,
    wal: bool,
}

/// Starts the tail thread, publishing events after `from` (the newest id at start).
pub fn start(state: Arc<AppState>, waker: Waker, from: i64) -> Result<(), String> {
    let path = state.config.database_path.clone();
    let conn = open(&path)?;
    // Tests and measurements of the fallback switch inotify off (not a setting).
    let forced_poll = std::env::var("ADAKINGS_TEST_TAIL_POLL").is_ok_and(|v| v == "1");
    let watch = match Watch::new(&path) {
        Ok(_) if forced_poll => {
            log::warn!(
                "event tail: inotify switched off (ADAKINGS_TEST_TAIL_POLL); checking the database every {} ms",
                POLL_EVERY.as_millis()
            );
            None
        }
        Ok(w) => {
            log::info!("event tail: waiting on inotify for {}-wal", path.display());
            Some(w)
        }
        Err(e) => {
            log::warn!(
                "event tail: inotify unavailable ({e}); checking the database every {} ms",
                POLL_EVERY.as_millis()
            );
            None
        }
    };
    std::thread::Builder::new()
        .name("event-tail".into())
        .stack_size(256 * 1024)
        .spawn(move || run(state, conn, waker, watch, from))
        .map(|_| ())
        .map_err(|e| format!("cannot start the event tail: {e}"))
}

fn open(path: &Path) -> Result<Connection, String> {
    let c = Connection::open(path)
        .map_err(|e| format!("event tail cannot open {}: {e}", path.display()))?;
    c.execute_batch(&format!(
        "PRAGMA query_only=1; PRAGMA busy_timeout={};",
        crate::db::BUSY_TIMEOUT_MS
    ))
    .map_err(|e| format!("event tail cannot set up its connection: {e}"))?;
    Ok(c)
}

fn data_version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("PRAGMA data_version", [], |r| r.get(0))
}

/// The tail's loop state.
struct Tail {
    state: Arc<AppState>,
    conn: Connection,
    last: i64,
    version: Option<i64>,
}

fn run(state: Arc<AppState>, conn: Connection, waker: Waker, watch: Option<Watch>, from: i64) {
    let mut t = Tail {
        state,
        conn,
        last: from,
        version: None,
    };
    // Anything committed between `from` being read and now.
    t.check();
    let mut recheck: Option<usize> = None;
    loop {
        let timeout = match (&watch, recheck) {
            (None, _) => POLL_EVERY,
            (Some(_), Some(i)) => RECHECKS[i],
            (Some(_), None) => SAFETY_EVERY,
        };
        let woke = wait(&waker, watch.as_ref(), timeout);
        let found = t.check();
        recheck = if found || watch.is_none() {
            None
        } else if woke.wal || woke.nudged {
            Some(0)
        } else {
            recheck.and_then(|i| (i + 1 < RECHECKS.len()).then_some(i + 1))
        };
    }
}

/// Waits up to `timeout` for a nudge or an inotify event, and drains what woke it.
fn wait(waker: &Waker, watch: Option<&Watch>, timeout: Duration) -> Woke {
    let mut fds = [
        libc::pollfd {
            fd: waker.rd.as_raw_fd(),
            events: libc::POLLIN,
            revents: 0,
        },
        libc::pollfd {
            fd: watch.map_or(-1, |w| w.fd.as_raw_fd()),
            events: libc::POLLIN,
            revents: 0,
        },
    ];
    let ts = libc::timespec {
        tv_sec: timeout.as_secs() as libc::time_t,
        tv_nsec: timeout.subsec_nanos() as libc::c_long,
    };
    // SAFETY: two valid pollfd entries (a negative fd is ignored) and a live timespec.
    let n = unsafe { libc::ppoll(fds.as_mut_ptr(), 2, &ts, std::ptr::null()) };
    let mut woke = Woke::default();
    if n <= 0 {
        return woke;
    }
    if fds[0].revents != 0 {
        let mut buf = [0u8; 256];
        // SAFETY: reads into a live buffer from our own non-blocking pipe.
        while unsafe { libc::read(waker.rd.as_raw_fd(), buf.as_mut_ptr().cast(), buf.len()) } > 0 {}
        woke.nudged = true;
    }
    if fds[1].revents != 0 {
        woke.wal = watch.is_some_and(Watch::drain);
    }
    woke
}

impl Tail {
    /// Reads and publishes whatever was committed since the last check; true when the
    /// database had changed.
    fn check(&mut self) -> bool {
        let v = match data_version(&self.conn) {
            Ok(v) => v,
            Err(e) => {
                log::warn!("event tail cannot read the data version: {e}");
                std::thread::sleep(Duration::from_millis(100));
                return false;
            }
        };
        if self.version == Some(v) {
            return false;
        }
        self.version = Some(v);
        // Another process may have changed any table: polled lists must not answer 304 from
        // what they built before. (A change of ours was counted already; once more is cheap.)
        self.state.db.note_foreign_write();
        self.publish_new();
        true
    }

    /// Publishes every event after `last`, in id order, a page at a time.
    fn publish_new(&mut self) {
        let started = Instant::now();
        loop {
            let page = match events::page(&self.conn, self.last, PAGE) {
                Ok(p) => p,
                Err(e) => {
                    log::warn!("event tail cannot read events: {e:?}");
                    // Seen as a change again next time, so the read is retried.
                    self.version = None;
                    return;
                }
            };
            match page {
                Replay::Events(evs) => {
                    let Some(newest) = evs.last().map(|e| e.id) else {
                        return;
                    };
                    self.state
                        .last_event_id
                        .fetch_max(u64::try_from(newest).unwrap_or(0), Ordering::Release);
                    self.state.hub.publish(&evs);
                    self.last = newest;
                    if evs.len() < PAGE {
                        return;
                    }
                }
                Replay::Resync => {
                    // The log no longer reaches back to `last` (pruned while idle, or the
                    // database was replaced): go on from the newest event; clients that
                    // missed some resync from their `since`.
                    let newest = events::last_id(&self.conn).unwrap_or(self.last);
                    log::warn!(
                        "event tail: events after {} are gone; going on from {newest}",
                        self.last
                    );
                    if newest <= self.last {
                        return;
                    }
                    self.last = newest;
                }
            }
            if started.elapsed() > Duration::from_secs(5) {
                log::warn!("event tail: catching up is taking long");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(tag: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("adakings-tail-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).expect("temp dir");
        d
    }

    #[test]
    fn the_watch_reports_writes_to_the_wal_and_ignores_other_files() {
        let dir = temp_dir("watch");
        let db = dir.join("x.db");
        let w = Watch::new(&db).expect("inotify");
        std::fs::write(dir.join("x.db.lock"), b"1").expect("write");
        std::fs::write(dir.join("x.db-walnut"), b"1").expect("write");
        assert!(!w.drain(), "another file counted as the WAL");
        // Created, written, truncated, recreated: every shape a checkpoint can leave.
        std::fs::write(dir.join("x.db-wal"), b"frames").expect("write");
        assert!(w.drain());
        std::fs::write(dir.join("x.db-wal"), b"").expect("truncate");
        assert!(w.drain());
        std::fs::remove_file(dir.join("x.db-wal")).expect("remove");
        std::fs::write(dir.join("x.db-wal"), b"again").expect("recreate");
        assert!(w.drain());
        assert!(!w.drain(), "nothing new");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_nudge_wakes_the_wait_and_a_silent_wait_times_out() {
        let (nudge, waker) = channel().expect("pipe");
        let t = Instant::now();
        let woke = wait(&waker, None, Duration::from_millis(20));
        assert!(!woke.nudged && t.elapsed() >= Duration::from_millis(15));
        for _ in 0..1000 {
            nudge.poke(); // more than the pipe holds would block; it must not
        }
        assert!(wait(&waker, None, Duration::from_secs(5)).nudged);
        assert!(
            !wait(&waker, None, Duration::from_millis(1)).nudged,
            "drained"
        );
    }
}
