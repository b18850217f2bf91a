//! The WebSocket `data_update` as bytes: every active order in full, plus the newest of
//! today's finished ones up to `WS_SNAPSHOT_LIMIT`, with how many finished ones were left out,
//! the event id the whole is current to, and the database's epoch. Read in one transaction
//! so they agree.

use rusqlite::Connection;

use super::error::Error;
use super::events;
use super::orders;
use crate::domain::clock::{self, Date};

/// A serialized `data_update` and the event id it covers.
pub struct Snapshot {
    pub text: String,
    pub last_event_id: i64,
    pub omitted: i64,
}

/// Builds the `data_update` message (`"resync": true` when it replaces a replay).
pub fn data_update(conn: &Connection, limit: usize, resync: bool) -> Result<Snapshot, Error> {
    conn.execute_batch("BEGIN")?;
    let out = build(conn, limit, resync);
    let _ = conn.execute_batch("COMMIT");
    out
}

fn build(conn: &Connection, limit: usize, resync: bool) -> Result<Snapshot, Error> {
    let today = clock::iso(Date::of_micros(clock::now_micros()).start_micros());
    let mut active: Vec<(String, i64)> = {
        let mut st = conn.prepare_cached(
            "SELECT created_at, id FROM orders WHERE status NOT IN ('Fulfilled', 'Cancelled')",
        )?;
        let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let finished: Vec<(String, i64)> = {
        let mut st = conn.prepare_cached(
            "SELECT created_at, id FROM orders WHERE status IN ('Fulfilled', 'Cancelled') \
             AND created_at >= ?1 ORDER BY created_at DESC, id DESC LIMIT ?2",
        )?;
        let rows = st.query_map(rusqlite::params![today, limit as i64], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let finished_today: i64 = conn.query_row(
        "SELECT COUNT(*) FROM orders WHERE status IN ('Fulfilled', 'Cancelled') AND created_at >= ?1",
        [&today],
        |r| r.get(0),
    )?;
    let omitted = (finished_today - finished.len() as i64).max(0);
    active.extend(finished);
    // Newest first, as the list endpoint orders them.
    active.sort_unstable_by(|a, b| b.cmp(a));
    let ids: Vec<i64> = active.into_iter().map(|(_, id)| id).collect();
    let last = events::last_id(conn)?;
    let epoch = super::epoch::json(&super::epoch::read(conn)?);
    let mut buf: Vec<u8> = Vec::with_capacity(ids.len() * 700 + 128);
    buf.extend_from_slice(br#"{"type":"data_update","data":"#);
    orders::write_list(conn, &ids, &mut buf)?;
    buf.extend_from_slice(
        format!(r#","last_event_id":{last},"epoch":{epoch},"omitted":{omitted}"#).as_bytes(),
    );
    if resync {
        buf.extend_from_slice(br#","resync":true"#);
    }
    buf.push(b'}');
    let text = String::from_utf8(buf).map_err(Error::other)?;
    Ok(Snapshot {
        text,
        last_event_id: last,
        omitted,
    })
}
