//! The events outbox: append (inside a write transaction), read back for resume, and the
//! wire form of an event, built once and shared by every subscriber.

use std::sync::Arc;

use rusqlite::{params, Connection, OptionalExtension};

use crate::domain::clock;
use crate::http::ApiError;

/// A committed event, ready to send.
#[derive(Clone, Debug)]
pub struct Event {
    pub id: i64,
    /// The WebSocket message text, e.g. `{"type":"item_created","event_id":7,"item":{...}}`.
    pub message: Arc<str>,
}

/// Builds the wire message of an event.
pub fn message(id: i64, kind: &str, order_id: i64, payload: &str) -> String {
    if kind == "item_deleted" {
        format!(r#"{{"type":"item_deleted","event_id":{id},"item_id":{order_id}}}"#)
    } else {
        format!(r#"{{"type":"{kind}","event_id":{id},"item":{payload}}}"#)
    }
}

/// Inserts one event row; call inside the change's own transaction.
pub fn append(
    conn: &Connection,
    kind: &str,
    order_id: i64,
    payload: &str,
) -> Result<Event, ApiError> {
    conn.execute(
        "INSERT INTO events (kind, order_id, payload, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![kind, order_id, payload, clock::iso(clock::now_micros())],
    )?;
    let id = conn.last_insert_rowid();
    Ok(Event {
        id,
        message: Arc::from(message(id, kind, order_id, payload)),
    })
}

/// The id of the newest event ever written (0 when none), pruned ones included.
pub fn last_id(conn: &Connection) -> Result<i64, ApiError> {
    let seq: Option<i64> = conn
        .query_row(
            "SELECT seq FROM sqlite_sequence WHERE name = 'events'",
            [],
            |r| r.get(0),
        )
        .optional()?;
    Ok(seq.unwrap_or(0))
}

/// What a client resuming after `since` gets.
pub enum Replay {
    /// Every event after `since`, in order, and the last id.
    Events(Vec<Event>, i64),
    /// `since` is older than the kept log (or from the future): the client must resync.
    Resync,
}

/// Events after `since`, or `Resync` when some of them were pruned.
pub fn since(conn: &Connection, since: i64) -> Result<Replay, ApiError> {
    let last = last_id(conn)?;
    if since > last || since < 0 {
        return Ok(Replay::Resync);
    }
    let oldest: Option<i64> = conn.query_row("SELECT MIN(id) FROM events", [], |r| r.get(0))?;
    // Event ids are gap-free (AUTOINCREMENT in one writer), so anything before the oldest
    // kept row has been pruned.
    match oldest {
        Some(o) if since + 1 < o => return Ok(Replay::Resync),
        None if since < last => return Ok(Replay::Resync),
        _ => {}
    }
    let mut stmt = conn.prepare_cached(
        "SELECT id, kind, order_id, payload FROM events WHERE id > ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map([since], |r| {
        let id: i64 = r.get(0)?;
        let kind: String = r.get(1)?;
        let order_id: i64 = r.get(2)?;
        let payload: String = r.get(3)?;
        Ok(Event {
            id,
            message: Arc::from(message(id, &kind, order_id, &payload)),
        })
    })?;
    let mut out = Vec::new();
    for r in rows {
        out.push(r?);
    }
    let last = out.last().map(|e| e.id).unwrap_or(last);
    Ok(Replay::Events(out, last))
}
