//! The single writer. Callers submit closures; the writer thread takes every job waiting (up
//! to [`MAX_BATCH`]), runs them one after another inside one `BEGIN IMMEDIATE` transaction, each
//! under its own SAVEPOINT so that a job that fails (or panics) rolls back only itself, then
//! commits once and only then hands the batch's events to `OnCommit` (the server wakes the
//! event tail, which publishes them; see `realtime::tail`) and answers the callers.
//!
//! Why one writer: SQLite serializes writers anyway, and its busy handler backs off with sleeps
//! of up to 100 ms, which wrecks tail latency under contention. A queue is fair, one fsync
//! serves a whole batch (so `SQLITE_SYNCHRONOUS=FULL` stays fast), order numbers are assigned
//! without races, and events leave in exactly their commit order.
//!
//! The writer owns its connection (reads cannot starve it of one), and a caller is never told
//! "try again" for a change that later commits: a caller that has waited
//! `WRITE_QUEUE_TIMEOUT` cancels its job for good if the writer has not started it, and
//! otherwise waits for the outcome (a retry without an `Idempotency-Key` would otherwise
//! create a second order).

use std::ops::Deref;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crossbeam_channel::{RecvTimeoutError, SendTimeoutError};
use rusqlite::Connection;

mod queue;

use self::queue::{bounded, oneshot, Receiver, Sender};

use super::error::Busy;
use super::error::Error;
use super::events::{self, Event, EventKind};
use crate::config::Synchronous;

/// Jobs per transaction at most.
pub const MAX_BATCH: usize = 128;
/// Jobs queued at most; a caller that cannot enqueue within [`SUBMIT_TIMEOUT`] gets 503.
const QUEUE: usize = 4096;
const SUBMIT_TIMEOUT: Duration = Duration::from_secs(5);
/// Pause before reopening the writer's connection after it failed.
const REOPEN_PAUSE: Duration = Duration::from_millis(200);

/// Where a job is: waiting in the queue, taken by the writer, or given up by its caller.
const QUEUED: u8 = 0;
const STARTED: u8 = 1;
const CANCELLED: u8 = 2;
/// How often old events and idempotency records are pruned.
const MAINTENANCE_EVERY: Duration = Duration::from_secs(600);

/// Called on the writer thread with each committed batch's events, in commit order.
pub type OnCommit = Box<dyn Fn(&[Event]) + Send>;

type Deliver = Box<dyn FnOnce(Option<Error>) + Send>;
type Run = Box<dyn FnOnce(&mut WriteTx) -> (bool, Deliver) + Send>;

/// A queued change and the flag its caller and the writer race on (compare-and-swap from
/// [`QUEUED`]: whoever wins decides whether it runs).
struct Job {
    state: Arc<AtomicU8>,
    run: Run,
}

/// What a job sees: the connection inside the open transaction, and the events it emits.
pub struct WriteTx<'c> {
    conn: &'c Connection,
    events: Vec<Event>,
}

impl Deref for WriteTx<'_> {
    type Target = Connection;
    fn deref(&self) -> &Connection {
        self.conn
    }
}

impl WriteTx<'_> {
    /// Appends an event to the outbox (same transaction); it is published after commit.
    /// `payload` is the Order JSON after the change (ignored for `item_deleted`).
    pub fn emit(&mut self, kind: EventKind, order_id: i64, payload: &str) -> Result<i64, Error> {
        let ev = events::append(self.conn, kind, order_id, payload)?;
        let id = ev.id;
        self.events.push(ev);
        Ok(id)
    }
}

pub struct Writer {
    tx: Mutex<Option<Sender<Job>>>,
    thread: Mutex<Option<JoinHandle<()>>>,
    /// How long a caller waits for its job to start before cancelling it.
    queue_timeout: Duration,
}

/// Opens the writer's own connection with the pool's pragmas.
fn open_connection(path: &Path, sync: Synchronous) -> Result<Connection, String> {
    let c = Connection::open(path)
        .map_err(|e| format!("cannot open database {}: {e}", path.display()))?;
    c.set_prepared_statement_cache_capacity(256);
    // temp_store=MEMORY: each job's SAVEPOINT keeps a statement sub-journal (the original
    // content of every page the job touches that the batch touched before it); by default
    // SQLite writes it to a temporary file, and those pwrites were over a quarter of the CPU
    // of an order create. In memory it is a copy; it never needs to survive a crash (the
    // WAL and COMMIT give durability, the sub-journal only serves ROLLBACK TO).
    c.execute_batch(&format!(
        "PRAGMA foreign_keys=ON; PRAGMA busy_timeout={}; PRAGMA synchronous={}; \
         PRAGMA temp_store=MEMORY;",
        super::pragmas::BUSY_TIMEOUT_MS,
        sync.as_str()
    ))
    .and_then(|()| c.query_row("PRAGMA journal_mode=WAL", [], |_| Ok(())))
    .map_err(|e| format!("cannot set up the writer's connection: {e}"))?;
    Ok(c)
}

impl Writer {
    /// Starts the writer thread on a connection of its own to `path`.
    pub fn start(
        path: &Path,
        sync: Synchronous,
        queue_timeout: Duration,
        on_commit: OnCommit,
    ) -> Result<Writer, String> {
        let conn = open_connection(path, sync)?;
        let path = path.to_path_buf();
        let (tx, rx) = bounded::<Job>(QUEUE);
        let thread = std::thread::Builder::new()
            .name("db-writer".into())
            .spawn(move || run(conn, path, sync, rx, on_commit))
            .map_err(|e| format!("cannot start the database writer: {e}"))?;
        Ok(Writer {
            tx: Mutex::new(Some(tx)),
            thread: Mutex::new(Some(thread)),
            queue_timeout,
        })
    }

    /// Queues `f` and waits for its outcome after COMMIT. A job fails with its caller's error
    /// type `E` (a validation error can abort the job; its changes are rolled back), and the
    /// writer's own failures reach the caller as `E::from(db::Error)`.
    pub fn submit<T, E, F>(&self, f: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<Error> + Send + 'static,
        F: FnOnce(&mut WriteTx) -> Result<T, E> + Send + 'static,
    {
        let (reply_tx, reply_rx) = oneshot::<Result<T, E>>();
        let run: Run = Box::new(move |w| {
            let result = f(w);
            let ok = result.is_ok();
            let deliver: Deliver = Box::new(move |commit_error| {
                let out = match (result, commit_error) {
                    (Err(e), _) => Err(e),
                    (Ok(_), Some(e)) => Err(E::from(e)),
                    (Ok(v), None) => Ok(v),
                };
                let _ = reply_tx.send(out);
            });
            (ok, deliver)
        });
        let state = Arc::new(AtomicU8::new(QUEUED));
        let job = Job {
            state: state.clone(),
            run,
        };
        let sender = match self.tx.lock() {
            Ok(g) => g.clone(),
            Err(_) => None,
        };
        let Some(sender) = sender else {
            return Err(Error::Busy(Busy::ShuttingDown).into());
        };
        match sender.send_timeout(job, SUBMIT_TIMEOUT) {
            Ok(()) => {}
            Err(SendTimeoutError::Timeout(_)) => {
                return Err(Error::Busy(Busy::Locked("the writer's queue is full".into())).into())
            }
            Err(SendTimeoutError::Disconnected(_)) => {
                return Err(Error::Busy(Busy::ShuttingDown).into())
            }
        }
        let outcome = match reply_rx.recv_timeout(self.queue_timeout) {
            Ok(r) => return r,
            Err(RecvTimeoutError::Timeout) => {
                let cancelled = state
                    .compare_exchange(QUEUED, CANCELLED, Ordering::AcqRel, Ordering::Acquire)
                    .is_ok();
                if cancelled {
                    // Never started, and now never will: "try again" is the truth.
                    log::warn!(
                        "a change waited {:?} for the writer; cancelled",
                        self.queue_timeout
                    );
                    return Err(Error::Busy(Busy::Locked(format!(
                        "the writer did not start the change within {:?}",
                        self.queue_timeout
                    )))
                    .into());
                }
                // Started: it commits or fails, and the caller learns which.
                reply_rx.recv()
            }
            Err(RecvTimeoutError::Disconnected) => Err(queue::Dropped),
        };
        match outcome {
            Ok(r) => r,
            // Dropped without an answer: never run (the writer could not open a transaction)
            // or the job panicked (the panic hook logged it).
            Err(_) if state.load(Ordering::Acquire) == QUEUED => Err(Error::Busy(Busy::NotSaved(
                "the writer could not open a transaction".into(),
            ))
            .into()),
            Err(_) => Err(Error::other("the change panicked on the writer thread").into()),
        }
    }

    /// Lets queued jobs finish, then ends the writer thread.
    pub fn stop(&self) {
        if let Ok(mut g) = self.tx.lock() {
            g.take();
        }
        let handle = self.thread.lock().ok().and_then(|mut g| g.take());
        if let Some(h) = handle {
            let _ = h.join();
        }
    }
}

fn run(conn: Connection, path: PathBuf, sync: Synchronous, rx: Receiver<Job>, on_commit: OnCommit) {
    let mut conn = Some(conn);
    let mut last_maintenance = Instant::now() - MAINTENANCE_EVERY;
    loop {
        if conn.is_none() {
            match open_connection(&path, sync) {
                Ok(c) => conn = Some(c),
                Err(e) => log::warn!("writer cannot reopen its connection: {e}"),
            }
        }
        if let Some(c) = conn.as_ref() {
            if last_maintenance.elapsed() >= MAINTENANCE_EVERY {
                maintenance(c);
                last_maintenance = Instant::now();
            }
        }
        let first = match rx.recv_timeout(MAINTENANCE_EVERY) {
            Ok(j) => j,
            Err(RecvTimeoutError::Timeout) => continue,
            Err(RecvTimeoutError::Disconnected) => break,
        };
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match rx.try_recv() {
                Ok(j) => batch.push(j),
                Err(_) => break,
            }
        }
        let healthy = match conn.as_ref() {
            Some(c) => run_batch(c, batch, &on_commit),
            // Jobs dropped unstarted: their callers get 503 "try again" (nothing was saved).
            None => false,
        };
        if !healthy {
            conn = None;
            std::thread::sleep(REOPEN_PAUSE);
        }
    }
    log::info!("database writer stopped");
}

/// Runs one batch; false when the connection looks broken (it is then reopened).
fn run_batch(conn: &Connection, batch: Vec<Job>, on_commit: &OnCommit) -> bool {
    if let Err(e) = conn.execute_batch("BEGIN IMMEDIATE") {
        log::warn!("writer cannot begin a transaction: {e}");
        return false;
    }
    let mut events: Vec<Event> = Vec::new();
    let mut delivers: Vec<Deliver> = Vec::with_capacity(batch.len());
    for job in batch {
        let taken = job
            .state
            .compare_exchange(QUEUED, STARTED, Ordering::AcqRel, Ordering::Acquire)
            .is_ok();
        if !taken {
            // Its caller gave up and was told to try again: it must never commit.
            continue;
        }
        if let Err(e) = conn.execute_batch("SAVEPOINT job") {
            log::warn!("writer savepoint failed: {e}");
            continue;
        }
        let mut w = WriteTx {
            conn,
            events: Vec::new(),
        };
        let outcome = catch_unwind(AssertUnwindSafe(|| (job.run)(&mut w)));
        let WriteTx {
            events: emitted, ..
        } = w;
        match outcome {
            Ok((true, deliver)) => {
                let _ = conn.execute_batch("RELEASE job");
                events.extend(emitted);
                delivers.push(deliver);
            }
            Ok((false, deliver)) => {
                let _ = conn.execute_batch("ROLLBACK TO job; RELEASE job");
                delivers.push(deliver);
            }
            Err(_) => {
                let _ = conn.execute_batch("ROLLBACK TO job; RELEASE job");
            }
        }
    }
    if let Err(e) = conn.execute_batch("COMMIT") {
        log::error!("commit failed, {} writes rolled back: {e}", delivers.len());
        let _ = conn.execute_batch("ROLLBACK");
        for d in delivers {
            d(Some(Error::Busy(Busy::NotSaved(format!(
                "COMMIT failed: {e}"
            )))));
        }
        return false;
    }
    // `on_commit` first: it only notes the newest event id (so a poll right after a caller's
    // 201 sees the change) and wakes the event tail; the tail, not this thread, does the
    // fan-out to sockets, so it never sits between the COMMIT and the callers' answers.
    if !events.is_empty() {
        on_commit(&events);
    }
    for d in delivers {
        d(None);
    }
    true
}

/// Prunes events older than 48 hours (the contract keeps at least 24) and idempotency
/// records older than 24 hours.
fn maintenance(conn: &Connection) {
    let now = crate::domain::clock::now_micros();
    let events_cut = crate::domain::clock::iso(now - 48 * 3_600_000_000);
    let keys_cut = crate::domain::clock::iso(now - 24 * 3_600_000_000);
    let res = conn
        .execute("DELETE FROM events WHERE created_at < ?1", [&events_cut])
        .and_then(|a| {
            conn.execute(
                "DELETE FROM idempotency_keys WHERE created_at < ?1",
                [&keys_cut],
            )
            .map(|b| (a, b))
        });
    match res {
        Ok((0, 0)) => {}
        Ok((a, b)) => log::info!("pruned {a} old events and {b} idempotency records"),
        Err(e) => log::warn!("maintenance failed: {e}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The statement sub-journal of each job's SAVEPOINT stays in memory (a temporary file
    /// made every create pay for extra pwrites).
    #[test]
    fn savepoint_sub_journals_are_kept_in_memory() {
        let dir = std::env::temp_dir().join(format!("adakings-writer-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("w.db");
        let writer = Writer::start(
            &path,
            Synchronous::Full,
            Duration::from_secs(5),
            Box::new(|_| {}),
        )
        .unwrap();
        let store = writer.submit(|w| {
            w.query_row("PRAGMA temp_store", [], |r| r.get::<_, i64>(0))
                .map_err(Error::other)
        });
        writer.stop();
        let _ = std::fs::remove_dir_all(&dir);
        // 2 = MEMORY
        assert_eq!(store.unwrap(), 2);
    }
}
