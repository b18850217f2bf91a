//! The audit trail: who did what to which object, from where, with what changes. Written in
//! the same transaction as the change it describes, as a hash chain (see
//! [`crate::domain::audit_chain`]): each row stores the previous row's hash and its own.
//!
//! Where the previous hash comes from matters under the writer's group commit: many jobs share
//! one transaction, each inside a SAVEPOINT that may roll back. The previous hash is therefore
//! always read from the table itself, inside the current transaction, never cached in memory:
//! a job that rolled back took its row with it, so the next job links to the row that really
//! precedes it. Outside a transaction (autocommit), [`record`] opens an IMMEDIATE one so the
//! read of the head and the insert cannot interleave with another writer.

use rusqlite::{params, Connection, OptionalExtension};
use serde_json::Value;

use super::error::Error;
use crate::domain::audit_chain::{self, Entry, GENESIS};
use crate::domain::clock;

/// Who acted: a user, or the system (automatic moves, CLI).
pub struct Actor<'a> {
    pub user_id: Option<i64>,
    pub username: &'a str,
    pub peer: &'a str,
}

/// Appends one audit row. `action`: create, update, delete, status_change, payment, refund,
/// toggle, login, deactivate, close, ...
pub fn record(
    conn: &Connection,
    actor: &Actor,
    action: &str,
    object_type: &str,
    object_id: &str,
    changes: &Value,
) -> Result<(), Error> {
    let own_tx = conn.is_autocommit();
    if own_tx {
        conn.execute_batch("BEGIN IMMEDIATE")?;
    }
    let out = append(conn, actor, action, object_type, object_id, changes);
    if own_tx {
        match &out {
            Ok(()) => conn.execute_batch("COMMIT")?,
            Err(_) => {
                let _ = conn.execute_batch("ROLLBACK");
            }
        }
    }
    out
}

fn append(
    conn: &Connection,
    actor: &Actor,
    action: &str,
    object_type: &str,
    object_id: &str,
    changes: &Value,
) -> Result<(), Error> {
    let (prev_id, prev_hash) = match head(conn)? {
        (id, Some(h)) => (id, h),
        // Rows from before the chain existed and not yet chained (normally done at start).
        (_, None) => {
            chain_pending(conn).map_err(Error::other)?;
            match head(conn)? {
                (id, Some(h)) => (id, h),
                (id, None) => return Err(Error::other(format!("audit row {id} unchained"))),
            }
        }
    };
    let id = prev_id + 1;
    let changes = changes.to_string();
    let created_at = clock::iso(clock::now_micros());
    let entry = Entry {
        id,
        user_id: actor.user_id,
        username: actor.username,
        action,
        object_type,
        object_id,
        changes: &changes,
        peer: actor.peer,
        created_at: &created_at,
    };
    let hash = audit_chain::hash(&prev_hash, &entry);
    conn.prepare_cached(
        "INSERT INTO audit_log (id, user_id, username, action, object_type, object_id, changes, \
         peer, created_at, prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?
    .execute(params![
        id,
        actor.user_id,
        actor.username,
        action,
        object_type,
        object_id,
        changes,
        actor.peer,
        created_at,
        prev_hash,
        hash
    ])?;
    Ok(())
}

/// The last row's id and hash: `(0, Some(GENESIS))` for an empty trail; `None` as the hash
/// when the last row predates the chain.
pub fn head(conn: &Connection) -> Result<(i64, Option<String>), rusqlite::Error> {
    Ok(conn
        .prepare_cached("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")?
        .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?
        .unwrap_or((0, Some(GENESIS.to_string()))))
}

/// Chains rows that have no hash yet (written before the chain existed), in id order after the
/// last chained row. Runs at every migration (start, `migrate`); a no-op once all are chained.
pub fn chain_pending(conn: &Connection) -> Result<usize, String> {
    let own_tx = conn.is_autocommit();
    if own_tx {
        conn.execute_batch("BEGIN IMMEDIATE")
            .map_err(|e| format!("audit chain: {e}"))?;
    }
    let out = chain_pending_in(conn).map_err(|e| format!("audit chain: {e}"));
    if own_tx {
        match &out {
            Ok(_) => conn
                .execute_batch("COMMIT")
                .map_err(|e| format!("audit chain: {e}"))?,
            Err(_) => {
                let _ = conn.execute_batch("ROLLBACK");
            }
        }
    }
    out
}

fn chain_pending_in(conn: &Connection) -> Result<usize, rusqlite::Error> {
    let first: Option<i64> = conn.query_row(
        "SELECT MIN(id) FROM audit_log WHERE hash IS NULL",
        [],
        |r| r.get(0),
    )?;
    let Some(first) = first else { return Ok(0) };
    let mut prev: String = conn
        .query_row(
            "SELECT hash FROM audit_log WHERE id < ?1 ORDER BY id DESC LIMIT 1",
            [first],
            |r| r.get::<_, Option<String>>(0),
        )
        .optional()?
        .flatten()
        .unwrap_or_else(|| GENESIS.to_string());
    let rows = load_rows(conn, "WHERE id >= ?1", [first])?;
    let mut up = conn.prepare("UPDATE audit_log SET prev_hash = ?2, hash = ?3 WHERE id = ?1")?;
    for r in &rows {
        let h = audit_chain::hash(&prev, &r.entry());
        up.execute(params![r.id, prev, h])?;
        prev = h;
    }
    log::info!("audit trail: chained {} earlier rows", rows.len());
    Ok(rows.len())
}

/// One stored audit row.
#[derive(Clone, Debug)]
pub struct Row {
    pub id: i64,
    pub user_id: Option<i64>,
    pub username: String,
    pub action: String,
    pub object_type: String,
    pub object_id: String,
    pub changes: String,
    pub peer: String,
    pub created_at: String,
    pub prev_hash: Option<String>,
    pub hash: Option<String>,
}

impl Row {
    pub fn entry(&self) -> Entry<'_> {
        Entry {
            id: self.id,
            user_id: self.user_id,
            username: &self.username,
            action: &self.action,
            object_type: &self.object_type,
            object_id: &self.object_id,
            changes: &self.changes,
            peer: &self.peer,
            created_at: &self.created_at,
        }
    }

    fn from_sql(r: &rusqlite::Row) -> rusqlite::Result<Row> {
        Ok(Row {
            id: r.get(0)?,
            user_id: r.get(1)?,
            username: r.get(2)?,
            action: r.get(3)?,
            object_type: r.get(4)?,
            object_id: r.get(5)?,
            changes: r.get(6)?,
            peer: r.get(7)?,
            created_at: r.get(8)?,
            prev_hash: r.get(9)?,
            hash: r.get(10)?,
        })
    }
}

const COLUMNS: &str = "id, user_id, username, action, object_type, object_id, changes, peer, \
                       created_at, prev_hash, hash";

fn load_rows<P: rusqlite::Params>(
    conn: &Connection,
    cond: &str,
    args: P,
) -> Result<Vec<Row>, rusqlite::Error> {
    let sql = format!("SELECT {COLUMNS} FROM audit_log {cond} ORDER BY id");
    let mut st = conn.prepare_cached(&sql)?;
    let rows = st.query_map(args, Row::from_sql)?;
    rows.collect()
}

/// Rows created in `[start, end)` (ISO timestamps), oldest first; `(offset, limit)` pages.
pub fn in_window(
    conn: &Connection,
    start: &str,
    end: &str,
    offset: i64,
    limit: i64,
) -> Result<(i64, Vec<Row>), Error> {
    let count: i64 = conn
        .prepare_cached(
            "SELECT COUNT(*) FROM audit_log WHERE created_at >= ?1 AND created_at < ?2",
        )?
        .query_row([start, end], |r| r.get(0))?;
    let sql = format!(
        "SELECT {COLUMNS} FROM audit_log WHERE created_at >= ?1 AND created_at < ?2 \
         ORDER BY id LIMIT ?3 OFFSET ?4"
    );
    let mut st = conn.prepare_cached(&sql)?;
    let rows = st
        .query_map(params![start, end, limit, offset], Row::from_sql)?
        .collect::<rusqlite::Result<Vec<Row>>>()?;
    Ok((count, rows))
}

/// Rows after `after_id` about one object, oldest first.
pub fn about_since(
    conn: &Connection,
    object_type: &str,
    object_id: &str,
    after_id: i64,
) -> Result<Vec<Row>, Error> {
    Ok(load_rows(
        conn,
        "WHERE object_type = ?1 AND object_id = ?2 AND id > ?3",
        params![object_type, object_id, after_id],
    )?)
}

/// What [`verify`] found.
#[derive(Debug, PartialEq, Eq)]
pub enum Verdict {
    Intact {
        rows: u64,
    },
    /// The first problem: the row (or closed day) and what is wrong with it.
    Broken {
        at: String,
        problem: String,
    },
}

/// Walks the whole chain in id order, then checks every closed day's anchor: the chain head it
/// recorded is still in the chain with the same hash, and its stored report still has the digest
/// its audit row recorded. Streams rows, so memory stays flat for any length.
pub fn verify(conn: &Connection) -> Result<Verdict, rusqlite::Error> {
    let sql = format!("SELECT {COLUMNS} FROM audit_log ORDER BY id");
    let mut st = conn.prepare(&sql)?;
    let mut rows = st.query([])?;
    let mut prev = GENESIS.to_string();
    let mut last_id = 0i64;
    let mut n = 0u64;
    while let Some(r) = rows.next()? {
        let row = Row::from_sql(r)?;
        let at = format!("audit row {}", row.id);
        let Some(stored) = row.hash.as_deref() else {
            return Ok(broken(at, "has no hash (not chained)"));
        };
        if row.prev_hash.as_deref() != Some(prev.as_str()) {
            let problem = if row.id != last_id + 1 {
                format!(
                    "does not link to the row before it: rows {}..{} are missing",
                    last_id + 1,
                    row.id - 1
                )
            } else {
                format!("does not link to row {last_id}: that row was changed")
            };
            return Ok(broken(at, &problem));
        }
        let computed = audit_chain::hash(&prev, &row.entry());
        if computed != stored {
            return Ok(broken(
                at,
                "content does not match its hash: the row was changed",
            ));
        }
        prev = computed;
        last_id = row.id;
        n += 1;
    }
    drop(rows);
    if let Some(v) = verify_closes(conn)? {
        return Ok(v);
    }
    Ok(Verdict::Intact { rows: n })
}

fn broken(at: String, problem: &str) -> Verdict {
    Verdict::Broken {
        at,
        problem: problem.to_string(),
    }
}

fn verify_closes(conn: &Connection) -> Result<Option<Verdict>, rusqlite::Error> {
    let mut st = conn.prepare(
        "SELECT c.business_date, c.report, c.report_sha256, c.audit_head_id, c.audit_head_hash, \
                (SELECT a.hash FROM audit_log a WHERE a.id = c.audit_head_id), \
                (SELECT json_extract(a.changes, '$.report_sha256') FROM audit_log a \
                  WHERE a.object_type = 'business_day' AND a.object_id = c.business_date \
                    AND a.action = 'close' ORDER BY a.id LIMIT 1) \
         FROM daily_closes c ORDER BY c.business_date",
    )?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        let date: String = r.get(0)?;
        let report: String = r.get(1)?;
        let sha: String = r.get(2)?;
        let head_id: i64 = r.get(3)?;
        let head_hash: String = r.get(4)?;
        let chain_hash: Option<String> = r.get(5)?;
        let logged_sha: Option<String> = r.get(6)?;
        let at = format!("closed day {date}");
        if head_id > 0 && chain_hash.as_deref() != Some(head_hash.as_str()) {
            return Ok(Some(broken(
                at,
                &format!("the chain no longer holds the head it recorded (audit row {head_id})"),
            )));
        }
        if audit_chain::digest(report.as_bytes()) != sha || logged_sha.as_deref() != Some(&sha) {
            return Ok(Some(broken(
                at,
                "the frozen report does not match the digest in its audit row",
            )));
        }
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn conn() -> Connection {
        let c = Connection::open_in_memory().expect("memory db");
        crate::db::migrate::migrate(&c).expect("migrate");
        c
    }

    fn actor() -> Actor<'static> {
        Actor {
            user_id: Some(1),
            username: "manager",
            peer: "127.0.0.1",
        }
    }

    fn add(c: &Connection, n: usize) {
        for i in 0..n {
            record(
                c,
                &actor(),
                "update",
                "order",
                &i.to_string(),
                &json!({"i": i}),
            )
            .expect("record");
        }
    }

    #[test]
    fn a_rolled_back_job_leaves_the_chain_intact() {
        // As the writer does it: one transaction, a SAVEPOINT per job.
        let c = conn();
        c.execute_batch("BEGIN IMMEDIATE").expect("begin");
        for keep in [true, false, false, true, false, true] {
            c.execute_batch("SAVEPOINT job").expect("savepoint");
            add(&c, 2);
            let end = if keep {
                "RELEASE job"
            } else {
                "ROLLBACK TO job; RELEASE job"
            };
            c.execute_batch(end).expect("end job");
        }
        c.execute_batch("COMMIT").expect("commit");
        assert_eq!(verify(&c).expect("verify"), Verdict::Intact { rows: 6 });
    }

    #[test]
    fn rows_from_before_the_chain_are_chained() {
        let c = conn();
        add(&c, 2);
        c.execute_batch(
            "INSERT INTO audit_log (user_id, username, action, object_type, object_id, changes, \
             peer, created_at) VALUES (NULL, 'system', 'create', 'seed', 'x', '{}', '', \
             '2026-01-01T00:00:00.000000Z')",
        )
        .expect("legacy row");
        assert!(matches!(verify(&c), Ok(Verdict::Broken { .. })));
        assert_eq!(chain_pending(&c), Ok(1));
        add(&c, 1);
        assert_eq!(verify(&c).expect("verify"), Verdict::Intact { rows: 4 });
    }

    #[test]
    fn edits_and_deletions_are_found() {
        let c = conn();
        add(&c, 5);
        c.execute_batch("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete")
            .expect("drop guards");
        c.execute_batch("UPDATE audit_log SET changes = '{\"i\":99}' WHERE id = 3")
            .expect("edit");
        let Ok(Verdict::Broken { at, .. }) = verify(&c) else {
            panic!("edit not found")
        };
        assert_eq!(at, "audit row 3");
        c.execute_batch("DELETE FROM audit_log WHERE id = 3")
            .expect("delete");
        let Ok(Verdict::Broken { at, problem }) = verify(&c) else {
            panic!("deletion not found")
        };
        assert_eq!(at, "audit row 4");
        assert!(problem.contains("missing"), "{problem}");
    }
}
