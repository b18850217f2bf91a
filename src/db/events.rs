//! The events outbox: append (inside a write transaction) and read back for resume, as typed
//! rows. What a row looks like on the WebSocket is `realtime::protocol`'s business.

use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};
use rusqlite::{params, Connection, OptionalExtension};

use super::error::Error;
use crate::domain::clock;

/// What happened to an order; stored in `events.kind` and sent as the message `type`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
// The variants are named as the messages clients receive (`item_created`, ...).
#[allow(clippy::enum_variant_names)]
pub enum EventKind {
    ItemCreated,
    ItemUpdated,
    ItemDeleted,
}

impl EventKind {
    pub const ALL: [EventKind; 3] = [
        EventKind::ItemCreated,
        EventKind::ItemUpdated,
        EventKind::ItemDeleted,
    ];

    /// The stored name (also the WebSocket message `type`).
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::ItemCreated => "item_created",
            EventKind::ItemUpdated => "item_updated",
            EventKind::ItemDeleted => "item_deleted",
        }
    }

    pub fn parse(s: &str) -> Option<EventKind> {
        EventKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

impl ToSql for EventKind {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.as_str()))
    }
}

impl FromSql for EventKind {
    fn column_result(v: ValueRef<'_>) -> FromSqlResult<Self> {
        let s = v.as_str()?;
        EventKind::parse(s)
            .ok_or_else(|| FromSqlError::Other(format!("unknown event kind {s:?}").into()))
    }
}

/// A committed event, as stored.
#[derive(Clone, Debug)]
pub struct Event {
    pub id: i64,
    pub kind: EventKind,
    pub order_id: i64,
    /// The Order JSON after the change (created, updated); for a deletion
    /// `{"order_number":"..."}` or `{}` (see [`Event::deleted_number`]).
    pub payload: String,
    /// The database's epoch (see [`super::epoch`]) when the event was read or written.
    pub epoch: String,
}

impl Event {
    /// The number of a deleted order, when the log still knew it.
    pub fn deleted_number(&self) -> Option<String> {
        if self.kind != EventKind::ItemDeleted {
            return None;
        }
        number_in(&self.payload)
    }
}

/// The `order_number` string of a stored payload.
fn number_in(payload: &str) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Numbered {
        order_number: Option<serde_json::Value>,
    }
    serde_json::from_str::<Numbered>(payload)
        .ok()
        .and_then(|n| n.order_number)
        .and_then(|n| n.as_str().map(str::to_string))
}

/// Inserts one event row; call inside the change's own transaction.
///
/// Deleting an order also scrubs the log: its earlier events (which hold the order's full
/// contents) are rewritten as deletions carrying only its number, so a replay for `?since=`
/// never hands out what was deleted. A client replaying them removes an order it may not
/// have had, which is harmless, and ends in the same state as a live one.
pub fn append(
    conn: &Connection,
    kind: EventKind,
    order_id: i64,
    payload: &str,
) -> Result<Event, Error> {
    let payload = if kind == EventKind::ItemDeleted {
        let scrubbed = deletion_payload(conn, order_id, payload)?;
        conn.execute(
            "UPDATE events SET kind = ?3, payload = ?2 WHERE order_id = ?1",
            params![order_id, scrubbed, EventKind::ItemDeleted],
        )?;
        scrubbed
    } else {
        payload.to_string()
    };
    conn.execute(
        "INSERT INTO events (kind, order_id, payload, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![kind, order_id, payload, clock::iso(clock::now_micros())],
    )?;
    let id = conn.last_insert_rowid();
    let epoch = super::epoch::read(conn)?;
    Ok(Event {
        id,
        kind,
        order_id,
        payload,
        epoch,
    })
}

/// `{"order_number":"..."}` for a deleted order: from the caller's payload, else from the
/// newest event that still holds the order (the row itself is usually gone by now), else `{}`.
fn deletion_payload(conn: &Connection, order_id: i64, given: &str) -> Result<String, Error> {
    let number = match number_in(given) {
        Some(n) => Some(n),
        None => {
            let mut st = conn.prepare_cached(
                "SELECT payload FROM events WHERE order_id = ?1 AND kind <> ?2 \
                 ORDER BY id DESC LIMIT 1",
            )?;
            let payload: Option<String> = st
                .query_row(params![order_id, EventKind::ItemDeleted], |r| r.get(0))
                .optional()?;
            payload.as_deref().and_then(number_in)
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
    /// Every event after `since`, in order.
    Events(Vec<Event>),
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

/// The events `sql` selects (id, kind, order_id, payload), in order.
fn read_events(conn: &Connection, sql: &str, args: impl rusqlite::Params) -> Result<Replay, Error> {
    let epoch = super::epoch::read(conn)?;
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map(args, |r| {
        Ok(Event {
            id: r.get(0)?,
            kind: r.get(1)?,
            order_id: r.get(2)?,
            payload: r.get(3)?,
            epoch: epoch.clone(),
        })
    })?;
    let mut out = Vec::new();
    for r in rows {
        out.push(r?);
    }
    Ok(Replay::Events(out))
}
