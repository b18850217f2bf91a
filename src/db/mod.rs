//! SQLite storage. Reads go through an r2d2 pool (connections live at most
//! `CONNECTION_MAX_AGE`); writes go through one writer thread ([`writer`]) that runs each
//! caller's closure inside a shared `BEGIN IMMEDIATE` transaction (group commit), so the
//! `events` outbox is published strictly in commit order and fsync cost is shared.
//! Query modules per resource live beside this file; handlers never hold SQL.

pub(crate) mod activity;
pub mod audit;
pub(crate) mod backup;
pub(crate) mod epoch;
pub(crate) mod error;
pub(crate) mod events;
pub(crate) mod locations;
pub(crate) mod menu;
pub mod migrate;
pub(crate) mod orders;
pub(crate) mod payments;
pub(crate) mod pragmas;
pub(crate) mod reports;
pub(crate) mod restore;
pub(crate) mod seed;
pub(crate) mod snapshot;
pub(crate) mod tokens;
pub(crate) mod users;
pub(crate) mod vocab;
pub mod writer;

use std::path::{Path, PathBuf};
use std::time::Duration;

use r2d2::Pool;
use r2d2_sqlite::SqliteConnectionManager;
use rusqlite::Connection;

use crate::config::{Config, Synchronous};
pub use error::Error;

pub use events::Event;
pub use writer::WriteTx;

/// A `LIKE ... ESCAPE '\'` pattern matching any text that contains `s`: `%`, `_` and the
/// escape character itself are made literal, and the whole is wrapped in `%`. The one place
/// the "contains" searches of menu, orders and payment lists build their patterns.
pub(crate) fn like_pattern(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('%');
    for c in s.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('%');
    out
}

/// Ids per `IN (...)` list: far below SQLite's variable limit, and few enough distinct
/// statement texts for the prepared-statement cache.
pub const IN_CHUNK: usize = 200;

/// `?,?,?` with `n` placeholders.
pub fn placeholders(n: usize) -> String {
    let mut s = String::with_capacity(n * 2);
    for i in 0..n {
        if i > 0 {
            s.push(',');
        }
        s.push('?');
    }
    s
}

pub type SqlitePool = Pool<SqliteConnectionManager>;

/// How long a request waits for a pooled connection before it gets 503.
pub const CHECKOUT_TIMEOUT: Duration = Duration::from_secs(5);
/// Prepared statements cached per connection.
const STATEMENT_CACHE: usize = 256;
pub use pragmas::BUSY_TIMEOUT_MS;

pub struct Db {
    pool: SqlitePool,
    writer: writer::Writer,
    path: PathBuf,
    /// A connection of its own for /api/health/, so the health check answers even while a
    /// burst of requests holds every pooled connection (a load balancer or the owner's
    /// monitor must not see a busy box as a dead one).
    probe: std::sync::Mutex<Option<Connection>>,
    committed_writes: std::sync::atomic::AtomicU64,
    /// The database's epoch, read at open: only `adakings restore` changes it, and that
    /// refuses while a server runs on the database.
    epoch: String,
}

impl Db {
    /// The database's epoch (see [`epoch`]).
    pub fn epoch(&self) -> &str {
        &self.epoch
    }

    /// Opens (creating when missing) the database, migrates it, and starts the writer.
    /// `on_commit` receives each committed batch's events, in order, on the writer thread.
    pub fn open(cfg: &Config, on_commit: writer::OnCommit) -> Result<Db, String> {
        let pool = open_pool_sized(
            &cfg.database_path,
            cfg.sqlite_synchronous,
            cfg.connection_max_age_s,
            cfg.db_pool_size,
        )?;
        let epoch = {
            let conn = pool.get().map_err(|e| {
                format!("cannot open database {}: {e}", cfg.database_path.display())
            })?;
            migrate::migrate(&conn)?;
            epoch::read(&conn).map_err(|e| format!("cannot read the database epoch: {e:?}"))?
        };
        let writer = writer::Writer::start(
            &cfg.database_path,
            cfg.sqlite_synchronous,
            Duration::from_secs(cfg.write_queue_timeout_s),
            on_commit,
        )?;
        let probe = Connection::open(&cfg.database_path).ok();
        if let Some(p) = &probe {
            let _ = p.busy_timeout(Duration::from_secs(1));
        }
        Ok(Db {
            pool,
            writer,
            path: cfg.database_path.clone(),
            probe: std::sync::Mutex::new(probe),
            committed_writes: std::sync::atomic::AtomicU64::new(0),
            epoch,
        })
    }

    /// Runs `f` on a pooled connection (reads; no transaction unless `f` opens one). `f`
    /// fails with its caller's error type; a checkout that times out is `Error::Busy`.
    pub fn read<T, E: From<Error>>(
        &self,
        f: impl FnOnce(&Connection) -> Result<T, E>,
    ) -> Result<T, E> {
        let conn = self
            .pool
            .get_timeout(CHECKOUT_TIMEOUT)
            .map_err(|e| E::from(Error::from(e)))?;
        f(&conn)
    }

    /// Like [`Db::read`], waiting at most `wait` for a pooled connection (callers that retry
    /// on their own, such as a WebSocket building its initial state).
    pub fn read_within<T, E: From<Error>>(
        &self,
        wait: Duration,
        f: impl FnOnce(&Connection) -> Result<T, E>,
    ) -> Result<T, E> {
        let conn = self
            .pool
            .get_timeout(wait.min(CHECKOUT_TIMEOUT))
            .map_err(|e| E::from(Error::from(e)))?;
        f(&conn)
    }

    /// Runs `f` inside the writer's `BEGIN IMMEDIATE` transaction and returns its result once
    /// the transaction has committed. An `Err` from `f` (of the caller's error type, see
    /// [`writer::Writer::submit`]) rolls back just `f`'s changes.
    pub fn write<T, E, F>(&self, f: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<Error> + Send + 'static,
        F: FnOnce(&mut WriteTx) -> Result<T, E> + Send + 'static,
    {
        let out = self.writer.submit(f);
        if out.is_ok() {
            // After the commit: a reader that sees the new count also sees the change.
            self.committed_writes
                .fetch_add(1, std::sync::atomic::Ordering::Release);
        }
        out
    }

    /// How many writes have committed since start (changes to any table, with or without an
    /// event): polled lists compare it to know whether their stored body is still current.
    pub fn committed_writes(&self) -> u64 {
        self.committed_writes
            .load(std::sync::atomic::Ordering::Acquire)
    }

    /// Counts a commit this process did not make (seen by the event tail), so polled lists
    /// built before it are not answered with 304.
    pub fn note_foreign_write(&self) {
        self.committed_writes
            .fetch_add(1, std::sync::atomic::Ordering::Release);
    }

    /// (in use, idle) pool connections, for /metrics.
    pub fn pool_state(&self) -> (u32, u32) {
        let s = self.pool.state();
        (s.connections - s.idle_connections, s.idle_connections)
    }

    /// Cheap liveness probe for /api/health/: reads the schema version on the probe
    /// connection (it touches the file, unlike `SELECT 1`).
    pub fn ping(&self) -> bool {
        let Ok(guard) = self.probe.lock() else {
            return false;
        };
        match guard.as_ref() {
            Some(c) => c
                .query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0))
                .is_ok(),
            None => false,
        }
    }

    /// Stops the writer after the jobs already queued, then checkpoints the WAL into the
    /// main file so a copy of the `.db` alone is complete. With `others` (another server
    /// still runs on this database) the checkpoint is PASSIVE: a TRUNCATE would hold the
    /// other process's writes back while it waits for its readers.
    pub fn close(&self, others: bool) {
        self.writer.stop();
        let sql = if others {
            "PRAGMA wal_checkpoint(PASSIVE)"
        } else {
            "PRAGMA wal_checkpoint(TRUNCATE)"
        };
        match self.pool.get_timeout(CHECKOUT_TIMEOUT) {
            Ok(c) => {
                if let Err(e) = c.query_row(sql, [], |_| Ok(())) {
                    log::warn!("WAL checkpoint failed: {e}");
                } else {
                    log::info!("WAL checkpointed into {}", self.path.display());
                }
            }
            Err(e) => log::warn!("WAL checkpoint skipped: {e}"),
        }
    }
}

/// The pool with per-connection pragmas.
pub fn open_pool(path: &Path, sync: Synchronous, max_age_s: u64) -> Result<SqlitePool, String> {
    open_pool_sized(path, sync, max_age_s, 16)
}

/// [`open_pool`] with `max_size` connections (`DB_POOL_SIZE` for the server).
pub fn open_pool_sized(
    path: &Path,
    sync: Synchronous,
    max_age_s: u64,
    max_size: u32,
) -> Result<SqlitePool, String> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        crate::files::create_private_dir(dir)
            .map_err(|e| format!("cannot create database directory {}: {e}", dir.display()))?;
    }
    let pragmas = format!(
        "PRAGMA foreign_keys=ON; PRAGMA busy_timeout={BUSY_TIMEOUT_MS}; PRAGMA synchronous={};",
        sync.as_str()
    );
    // WAL is a property of the file: set it once, alone, before the pool opens its first
    // connections concurrently (on a new file they would race for the lock and log errors).
    {
        let c = Connection::open(path)
            .map_err(|e| format!("cannot open database {}: {e}", path.display()))?;
        c.busy_timeout(Duration::from_millis(u64::from(BUSY_TIMEOUT_MS)))
            .and_then(|()| c.query_row("PRAGMA journal_mode=WAL", [], |_| Ok(())))
            .map_err(|e| format!("cannot switch {} to WAL: {e}", path.display()))?;
    }
    let manager = SqliteConnectionManager::file(path).with_init(move |c| {
        // rusqlite caches 16 statements by default; the API has more distinct queries than
        // that, and re-parsing SQL was a tenth of the list endpoint's CPU.
        c.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
        c.execute_batch(&pragmas)?;
        c.query_row("PRAGMA journal_mode=WAL", [], |_| Ok(()))
    });
    Pool::builder()
        .error_handler(Box::new(PoolErrors::default()))
        .max_size(max_size)
        .min_idle(Some(2.min(max_size)))
        .max_lifetime(Some(Duration::from_secs(max_age_s)))
        // Connections opened for a burst (each with its page cache) close again soon after.
        .idle_timeout(Some(Duration::from_secs(15)))
        .connection_timeout(CHECKOUT_TIMEOUT)
        .build(manager)
        .map_err(|e| format!("cannot open database {}: {e}", path.display()))
}

/// r2d2's default handler logs every failed connection attempt at ERROR: out of file
/// descriptors (a connection flood) that is a burst of ERROR lines for a condition the server
/// survives. Here: one WARN per burst (at most one per 10 s, with the count suppressed); the
/// request that needed the connection gets 503.
#[derive(Debug, Default)]
struct PoolErrors {
    state: std::sync::Mutex<(Option<std::time::Instant>, u64)>,
}

impl r2d2::HandleError<rusqlite::Error> for PoolErrors {
    fn handle_error(&self, e: rusqlite::Error) {
        let Ok(mut st) = self.state.lock() else {
            return;
        };
        let (last, suppressed) = &mut *st;
        if last.is_some_and(|t| t.elapsed() < Duration::from_secs(10)) {
            *suppressed += 1;
            return;
        }
        if *suppressed > 0 {
            log::warn!(
                "cannot open a database connection: {e} ({} more since the last report)",
                *suppressed
            );
        } else {
            log::warn!("cannot open a database connection: {e}");
        }
        *last = Some(std::time::Instant::now());
        *suppressed = 0;
    }
}

/// Online backup of the database at `src` into `dest` (SQLite backup API: consistent, safe
/// while the server is writing).
pub fn backup(src: &Path, dest: &Path) -> Result<(), String> {
    if !src.exists() {
        return Err(format!("no database at {}", src.display()));
    }
    let from = Connection::open_with_flags(src, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| format!("cannot open {}: {e}", src.display()))?;
    from.busy_timeout(Duration::from_millis(u64::from(BUSY_TIMEOUT_MS)))
        .map_err(|e| e.to_string())?;
    let mut to =
        Connection::open(dest).map_err(|e| format!("cannot create {}: {e}", dest.display()))?;
    // A copy of the database is as private as the database, even over an older file.
    crate::files::make_private(dest)
        .map_err(|e| format!("cannot chmod {}: {e}", dest.display()))?;
    let b = rusqlite::backup::Backup::new(&from, &mut to).map_err(|e| format!("backup: {e}"))?;
    // All pages in one step, under one read transaction: in WAL mode that is a consistent
    // snapshot that never blocks the server's writer. Copying in slices instead restarts from
    // the first page whenever another process commits, so a busy server could starve it.
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    loop {
        match b.step(-1).map_err(|e| format!("backup: {e}"))? {
            rusqlite::backup::StepResult::Done => return Ok(()),
            _ if std::time::Instant::now() >= deadline => {
                return Err("backup: the database stayed locked for 60 s".into())
            }
            // More cannot follow a step(-1); Busy and Locked clear when the writer commits.
            _ => std::thread::sleep(Duration::from_millis(50)),
        }
    }
}
