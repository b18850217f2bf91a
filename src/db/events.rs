//! The events outbox: append (inside a write transaction), read back for resume, and the
//! wire form of an event, built once and shared by every subscriber.

use std::sync::Arc;

use rusqlite::{params, Connection, OptionalExtension};

use super::error::Error;
use crate::domain::clock;

/// A committed event, ready to send.
#[derive(Clone, Debug)]
pub struct Event {
    pub id: i64,
    /// The WebSocket message text, e.g. `{"type":"item_created","event_id":7,"item":{...}}`.
    pub message: Arc<str>,
}

/// Builds the wire message of an event, with the database's `epoch` (see [`super::epoch`]).
/// An `item_deleted` carries the order's id and, when known, its number (its payload is
/// `{"order_number":"..."}` or `{}`), never its contents.
pub fn message(id: i64, kind: &str, order_id: i64, payload: &str, epoch: &str) -> String {
    let epoch = super::epoch::json(epoch);
    if kind == "item_deleted" {
        let number = serde_json::from_str::<serde_json::Value>(payload)
            .ok()
            .and_then(|v| v.get("order_number").cloned())
            .filter(|n| n.is_string());
        match number {
            Some(n) => format!(
                r#"{{"type":"item_deleted","event_id":{id},"epoch":{epoch},"item_id":{order_id},"order_number":{n}}}"#
            ),
            None => format!(
                r#"{{"type":"item_deleted","event_id":{id},"epoch":{epoch},"item_id":{order_id}}}"#
            ),
        }
    } else {
        format!(r#"{{"type":"{kind}","event_id":{id},"epoch":{epoch},"item":{payload}}}"#)
    }
}

/// Inserts one event row; call inside the change's own transaction.
///
/// Deleting an order also scrubs the log: its earlier events (which hold the order's full
/// contents) are rewritten as deletions carrying only its number, so a replay for `?since=`
/// never hands out what was deleted. A client replaying them removes an order it may not
/// have had, which is harmless, and ends in the same state as a live one.
pub fn append(conn: &Connection, kind: &str, order_id: i64, payload: &str) -> Result<Event, Error> {
    let scrubbed;
    let payload = if kind == "item_deleted" {
        scrubbed = deletion_payload(conn, order_id, payload)?;
        conn.execute(
            "UPDATE events SET kind = 'item_deleted', payload = ?2 WHERE order_id = ?1",
            params![order_id, scrubbed],
        )?;
        scrubbed.as_str()
    } else {
        payload
    };
    conn.execute(
        "INSERT INTO events (kind, order_id, payload, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![kind, order_id, payload, clock::iso(clock::now_micros())],
    )?;
    let id = conn.last_insert_rowid();
    let epoch = super::epoch::read(conn)?;
    Ok(Event {
        id,
        message: Arc::from(message(id, kind, order_id, payload, &epoch)),
    })
}

/// `{"order_number":"..."}` for a deleted order: from the caller's payload, else from the
/// newest event that still holds the order (the row itself is usually gone by now), else `{}`.
fn deletion_payload(conn: &Connection, order_id: i64, given: &str) -> Result<String, Error> {
    let from_caller = serde_json::from_str::<serde_json::Value>(given)
        .ok()
        .and_then(|v| {
            v.get("order_number")
                .and_then(|n| n.as_str())
                .map(str::to_string)
        });
    let number = match from_caller {
        Some(n) => Some(n),
        None => {
            let mut st = conn.prepare_cached(
                "SELECT payload FROM events WHERE order_id = ?1 AND kind <> 'item_deleted' \
                 ORDER BY id DESC LIMIT 1",
            )?;
            let payload: Option<String> = st.query_row([order_id], |r| r.get(0)).optional()?;
            payload
                .and_then(|p| serde_json::from_str::<serde_json::Value>(&p).ok())
                .and_then(|v| {
                    v.get("order_number")
                        .and_then(|n| n.as_str())
                        .map(str::to_string)
                })
        }
    };
    Ok(match number {
        Some(n) => serde_json::json!({ "order_number": n }).to_string(),
        None => "{}".to_string(),
    })
}

/// The id of the newest event ever written (0 when none), pruned ones included.
pub fn last_id(conn: &Connection) -> Result<i64, Error> {
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

/// Events after `since`, or `Resync` when some of them were pruned or when there are more
/// than `limit` (`WS_REPLAY_LIMIT`: a client that far behind is better served by a snapshot).
pub fn since(conn: &Connection, since: i64, limit: usize) -> Result<Replay, Error> {
    let last = last_id(conn)?;
    if last - since > limit as i64 || !log_reaches_back(conn, since, last)? {
        return Ok(Replay::Resync);
    }
    read_events(
        conn,
        "SELECT id, kind, order_id, payload FROM events WHERE id > ?1 AND id <= ?2 ORDER BY id",
        params![since, last],
        last,
    )
}

/// Up to `limit` events after `since`, in order (a page of a catch-up), or `Resync` when the
/// log no longer reaches back to `since`.
pub fn page(conn: &Connection, since: i64, limit: usize) -> Result<Replay, Error> {
    let last = last_id(conn)?;
    if !log_reaches_back(conn, since, last)? {
        return Ok(Replay::Resync);
    }
    read_events(
        conn,
        "SELECT id, kind, order_id, payload FROM events WHERE id > ?1 ORDER BY id LIMIT ?2",
        params![since, limit as i64],
        last,
    )
}

/// Whether every event after `since` up to `last` is still in the log (and `since` is not
/// from the future).
fn log_reaches_back(conn: &Connection, since: i64, last: i64) -> Result<bool, Error> {
    if since > last || since < 0 {
        return Ok(false);
    }
    let oldest: Option<i64> = conn.query_row("SELECT MIN(id) FROM events", [], |r| r.get(0))?;
    // Event ids are gap-free (AUTOINCREMENT in one writer), so anything before the oldest
    // kept row has been pruned.
    Ok(match oldest {
        Some(o) => since + 1 >= o,
        None => since >= last,
    })
}

/// The events `sql` selects (id, kind, order_id, payload), as messages; the last id read, or
/// `last` when there are none.
fn read_events(
    conn: &Connection,
    sql: &str,
    args: impl rusqlite::Params,
    last: i64,
) -> Result<Replay, Error> {
    let epoch = super::epoch::read(conn)?;
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map(args, |r| {
        let id: i64 = r.get(0)?;
        let kind: String = r.get(1)?;
        let order_id: i64 = r.get(2)?;
        let payload: String = r.get(3)?;
        Ok(Event {
            id,
            message: Arc::from(message(id, &kind, order_id, &payload, &epoch)),
        })
    })?;
    let mut out = Vec::new();
    for r in rows {
        out.push(r?);
    }
    let last = out.last().map(|e| e.id).unwrap_or(last);
    Ok(Replay::Events(out, last))
}
