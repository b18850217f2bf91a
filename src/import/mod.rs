//! `adakings import-django FILE`: moves a restaurant off the original Django backend by
//! copying its SQLite file (staff, menu, delivery locations, orders with their lines,
//! payments and refunds) into this server's database.
//!
//! The order of work is what makes the guarantees: the source is opened read-only and checked
//! before anything else; the target is only looked at (never written) until every refusal has
//! had its chance; then everything is written in ONE `BEGIN IMMEDIATE` transaction that is
//! committed at the very end (or rolled back for `--dry-run`), so either all of it lands or
//! nothing does.
//!
//! Files: [`source`] reads the original, [`rules`] and [`rows`] map its rows (pure),
//! [`write`] stores them, [`summary`] prints the report.

pub mod rows;
pub mod rules;
pub mod source;
pub mod summary;
pub mod write;

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};
use serde_json::json;

use crate::config::Config;

/// How long to wait for a lock held by another program on either file.
const BUSY: Duration = Duration::from_secs(2);

/// What the command line asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    pub file: PathBuf,
    /// Import only what the target does not hold yet (by order number / payment reference).
    pub merge: bool,
    /// Everything but the COMMIT.
    pub dry_run: bool,
    /// Import the rest when some rows break a rule, and list what was left out.
    pub skip_bad_rows: bool,
}

/// Why nothing was imported.
#[derive(Debug)]
pub enum Error {
    /// The input or the target is not acceptable as is (exit code 2); nothing was written.
    Refused(String),
    /// Something failed along the way (exit code 1); the transaction was rolled back.
    Failed(String),
}

/// Runs the import; returns the summary to print.
pub fn run(opts: &Options, config: &Config) -> Result<String, Error> {
    let src = source::open(&opts.file, BUSY).map_err(|r| Error::Refused(r.0))?;
    let target = &config.database_path;
    let existing_orders = count_orders(target)?;
    if existing_orders > 0 && !opts.merge {
        return Err(Error::Refused(format!(
            "{} already holds {existing_orders} orders; use --merge to add only what is not there yet",
            target.display()
        )));
    }
    let data = source::read(&src, &opts.file).map_err(|r| Error::Refused(r.0))?;
    drop(src);
    let plan = rows::plan(data);
    if !plan.bad.is_empty() && !opts.skip_bad_rows {
        let mut lines: Vec<String> = plan.bad.iter().map(|b| b.to_string()).collect();
        lines.push(format!(
            "{} rows break a rule; nothing was written (--skip-bad-rows imports the rest)",
            plan.bad.len()
        ));
        return Err(Error::Refused(lines.join("\n")));
    }

    let conn = open_target(target, config, opts.dry_run)?;
    let failed = |e: rusqlite::Error| Error::Failed(format!("import failed, nothing written: {e}"));
    conn.execute_batch("BEGIN IMMEDIATE").map_err(failed)?;
    let result = write_all(&conn, &plan, opts);
    let counts = match result {
        Ok(c) => c,
        Err(e) => {
            let _ = conn.execute_batch("ROLLBACK");
            return Err(e);
        }
    };
    // A run that finds everything already there leaves the database untouched (no audit row).
    if opts.dry_run || counts.total_written() == 0 {
        conn.execute_batch("ROLLBACK").map_err(failed)?;
    } else {
        conn.execute_batch("COMMIT").map_err(failed)?;
    }
    Ok(summary::render(&plan, &counts, opts.dry_run))
}

fn write_all(conn: &Connection, plan: &rows::Plan, opts: &Options) -> Result<write::Counts, Error> {
    let failed = |e: String| Error::Failed(format!("import failed, nothing written: {e}"));
    // Checked again under the write lock: a server may have taken an order since the first look.
    if !opts.merge {
        let n: i64 = conn
            .query_row("SELECT count(*) FROM orders", [], |r| r.get(0))
            .map_err(|e| failed(e.to_string()))?;
        if n > 0 {
            return Err(Error::Refused(format!(
                "the database already holds {n} orders; use --merge to add only what is not there yet"
            )));
        }
    }
    let tty = stderr_is_terminal();
    let mut progress = |done: usize, total: usize| {
        if tty {
            eprintln!("import-django: {done} of {total} orders written");
            let _ = std::io::stderr().flush();
        }
    };
    let counts = write::write(conn, plan, opts.merge, &mut progress).map_err(|e| match e {
        write::WriteError::Conflict(m) => Error::Refused(m),
        write::WriteError::Sql(e) => failed(e.to_string()),
    })?;
    if counts.total_written() > 0 {
        let file = opts
            .file
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_default();
        let per_table: serde_json::Map<String, serde_json::Value> = rows::TABLES
            .iter()
            .enumerate()
            .map(|(i, t)| {
                (
                    t.to_string(),
                    json!({
                        "read": plan.read[i],
                        "written": counts.written[i],
                        "already_there": counts.existing[i],
                        "skipped": plan.skipped[i],
                    }),
                )
            })
            .collect();
        let actor = crate::db::audit::Actor {
            user_id: None,
            username: "import-django",
            peer: "",
        };
        crate::db::audit::record(
            conn,
            &actor,
            "import",
            "database",
            &file,
            &json!({
                "file": opts.file.display().to_string(),
                "merge": opts.merge,
                "skip_bad_rows": opts.skip_bad_rows,
                "bad_rows": plan.bad.len(),
                "tables": per_table,
            }),
        )
        .map_err(|e| failed(format!("audit row: {e}")))?;
    }
    Ok(counts)
}

/// Orders already in the target (0 when it does not exist yet), read without writing to it.
fn count_orders(target: &Path) -> Result<i64, Error> {
    if !target.exists() {
        return Ok(0);
    }
    let refuse = |e: rusqlite::Error| {
        Error::Refused(format!(
            "cannot read the target database {}: {e}",
            target.display()
        ))
    };
    let conn =
        Connection::open_with_flags(target, OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(refuse)?;
    conn.busy_timeout(BUSY).map_err(refuse)?;
    let has_orders: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'orders'",
            [],
            |r| r.get(0),
        )
        .map_err(refuse)?;
    if has_orders == 0 {
        return Ok(0);
    }
    conn.query_row("SELECT count(*) FROM orders", [], |r| r.get(0))
        .map_err(refuse)
}

/// The target, migrated to this binary's schema. A dry run against a database that does not
/// exist yet works on an in-memory one, so it leaves no file behind.
fn open_target(target: &Path, config: &Config, dry_run: bool) -> Result<Connection, Error> {
    let fail = |e: String| Error::Failed(format!("cannot open {}: {e}", target.display()));
    let conn = if dry_run && !target.exists() {
        Connection::open_in_memory().map_err(|e| fail(e.to_string()))?
    } else {
        if let Some(dir) = target.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| fail(e.to_string()))?;
        }
        let c = Connection::open(target).map_err(|e| fail(e.to_string()))?;
        c.busy_timeout(BUSY).map_err(|e| fail(e.to_string()))?;
        c.query_row("PRAGMA journal_mode=WAL", [], |_| Ok(()))
            .map_err(|e| fail(e.to_string()))?;
        c
    };
    conn.execute_batch(&format!(
        "PRAGMA foreign_keys=ON; PRAGMA synchronous={};",
        config.sqlite_synchronous.as_str()
    ))
    .map_err(|e| fail(e.to_string()))?;
    crate::db::migrate::migrate(&conn).map_err(fail)?;
    Ok(conn)
}

fn stderr_is_terminal() -> bool {
    use std::io::IsTerminal;
    std::io::stderr().is_terminal()
}
