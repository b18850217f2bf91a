//! The single writer. Callers submit closures; the writer thread takes every job waiting (up
//! to [`MAX_BATCH`]), runs them one after another inside one `BEGIN IMMEDIATE` transaction, each
//! under its own SAVEPOINT so that a job that fails (or panics) rolls back only itself, then
//! commits once and only then answers the callers and publishes the batch's events.
//!
//! Why one writer: SQLite serializes writers anyway, and its busy handler backs off with sleeps
//! of up to 100 ms, which wrecks tail latency under contention. A queue is fair, one fsync
//! serves a whole batch (so `SQLITE_SYNCHRONOUS=FULL` stays fast), order numbers are assigned
//! without races, and events leave in exactly their commit order.

use std::ops::Deref;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Mutex;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crossbeam_channel::{bounded, Receiver, RecvTimeoutError, SendTimeoutError, Sender};
use rusqlite::Connection;

use super::events::{self, Event};
use super::SqlitePool;
use crate::http::ApiError;

/// Jobs per transaction at most.
pub const MAX_BATCH: usize = 128;
/// Jobs queued at most; a caller that cannot enqueue within [`SUBMIT_TIMEOUT`] gets 503.
const QUEUE: usize = 4096;
const SUBMIT_TIMEOUT: Duration = Duration::from_secs(5);
/// A caller gives up waiting for its result after this long (the writer is stuck on I/O).
const RESULT_TIMEOUT: Duration = Duration::from_secs(30);
/// How often old events and idempotency records are pruned.
const MAINTENANCE_EVERY: Duration = Duration::from_secs(600);

/// Called on the writer thread with each committed batch's events, in commit order.
pub type OnCommit = Box<dyn Fn(&[Event]) + Send>;

type Deliver = Box<dyn FnOnce(Option<ApiError>) + Send>;
type Job = Box<dyn FnOnce(&mut WriteTx) -> (bool, Deliver) + Send>;

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
    pub fn emit(&mut self, kind: &str, order_id: i64, payload: &str) -> Result<i64, ApiError> {
        let ev = events::append(self.conn, kind, order_id, payload)?;
        let id = ev.id;
        self.events.push(ev);
        Ok(id)
    }
}

pub struct Writer {
    tx: Mutex<Option<Sender<Job>>>,
    thread: Mutex<Option<JoinHandle<()>>>,
}

impl Writer {
    pub fn start(pool: SqlitePool, on_commit: OnCommit) -> Result<Writer, String> {
        let (tx, rx) = bounded::<Job>(QUEUE);
        let thread = std::thread::Builder::new()
            .name("db-writer".into())
            .spawn(move || run(pool, rx, on_commit))
            .map_err(|e| format!("cannot start the database writer: {e}"))?;
        Ok(Writer {
            tx: Mutex::new(Some(tx)),
            thread: Mutex::new(Some(thread)),
        })
    }

    pub fn submit<T, F>(&self, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&mut WriteTx) -> Result<T, ApiError> + Send + 'static,
    {
        let (reply_tx, reply_rx) = bounded::<Result<T, ApiError>>(1);
        let job: Job = Box::new(move |w| {
            let result = f(w);
            let ok = result.is_ok();
            let deliver: Deliver = Box::new(move |commit_error| {
                let out = match (result, commit_error) {
                    (Err(e), _) => Err(e),
                    (Ok(_), Some(e)) => Err(e),
                    (Ok(v), None) => Ok(v),
                };
                let _ = reply_tx.send(out);
            });
            (ok, deliver)
        });
        let sender = match self.tx.lock() {
            Ok(g) => g.clone(),
            Err(_) => None,
        };
        let Some(sender) = sender else {
            return Err(ApiError::unavailable("Server is shutting down.", 5));
        };
        match sender.send_timeout(job, SUBMIT_TIMEOUT) {
            Ok(()) => {}
            Err(SendTimeoutError::Timeout(_)) => {
                return Err(ApiError::unavailable("Database busy, try again.", 1))
            }
            Err(SendTimeoutError::Disconnected(_)) => {
                return Err(ApiError::unavailable("Server is shutting down.", 5))
            }
        }
        match reply_rx.recv_timeout(RESULT_TIMEOUT) {
            Ok(r) => r,
            Err(RecvTimeoutError::Timeout) => {
                Err(ApiError::unavailable("Database busy, try again.", 1))
            }
            // The job panicked (the panic hook logged it) and its reply was dropped.
            Err(RecvTimeoutError::Disconnected) => {
                Err(ApiError::detail(500, "A server error occurred."))
            }
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

fn run(pool: SqlitePool, rx: Receiver<Job>, on_commit: OnCommit) {
    let mut last_maintenance = Instant::now() - MAINTENANCE_EVERY;
    loop {
        if last_maintenance.elapsed() >= MAINTENANCE_EVERY {
            maintenance(&pool);
            last_maintenance = Instant::now();
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
        run_batch(&pool, batch, &on_commit);
    }
    log::info!("database writer stopped");
}

fn run_batch(pool: &SqlitePool, batch: Vec<Job>, on_commit: &OnCommit) {
    let conn = match pool.get_timeout(super::CHECKOUT_TIMEOUT) {
        Ok(c) => c,
        Err(e) => {
            log::warn!("writer cannot get a connection: {e}");
            // Jobs never ran: run each against a failing path is impossible, so drop them;
            // their callers get a 500 from the dropped reply. Rare (pool exhausted for 5 s).
            return;
        }
    };
    if let Err(e) = conn.execute_batch("BEGIN IMMEDIATE") {
        log::warn!("writer cannot begin a transaction: {e}");
        return;
    }
    let mut events: Vec<Event> = Vec::new();
    let mut delivers: Vec<Deliver> = Vec::with_capacity(batch.len());
    for job in batch {
        if let Err(e) = conn.execute_batch("SAVEPOINT job") {
            log::warn!("writer savepoint failed: {e}");
            continue;
        }
        let mut w = WriteTx {
            conn: &conn,
            events: Vec::new(),
        };
        let outcome = catch_unwind(AssertUnwindSafe(|| job(&mut w)));
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
            d(Some(ApiError::unavailable(
                "The change could not be saved, try again.",
                1,
            )));
        }
        return;
    }
    drop(conn);
    if !events.is_empty() {
        on_commit(&events);
    }
    for d in delivers {
        d(None);
    }
}

/// Prunes events older than 48 hours (the contract keeps at least 24) and idempotency
/// records older than 24 hours.
fn maintenance(pool: &SqlitePool) {
    let Ok(conn) = pool.get_timeout(super::CHECKOUT_TIMEOUT) else {
        return;
    };
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
