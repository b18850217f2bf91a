//! What the WebSocket `data_update` holds: every active order in full, plus the newest of
//! today's finished ones up to `WS_SNAPSHOT_LIMIT`, with how many finished ones were left out,
//! the event id the whole is current to, and the database's epoch. Read in one transaction
//! so they agree; `realtime::protocol` makes the message.

use rusqlite::Connection;

use super::error::Error;
use super::events;
use super::orders::{self, OrderRecord};
use super::vocab::sql_list;
use crate::domain::clock::{self, Date};
use crate::domain::status::OrderStatus;

/// The state a `data_update` carries.
pub struct Snapshot {
    /// Newest first.
    pub orders: Vec<OrderRecord>,
    pub last_event_id: i64,
    pub epoch: String,
    pub omitted: i64,
}

/// Reads the state for a `data_update`.
pub fn data_update(conn: &Connection, limit: usize) -> Result<Snapshot, Error> {
    conn.execute_batch("BEGIN")?;
    let out = build(conn, limit);
    let _ = conn.execute_batch("COMMIT");
    out
}

fn build(conn: &Connection, limit: usize) -> Result<Snapshot, Error> {
    let today = clock::iso(Date::of_micros(clock::now_micros()).start_micros());
    let finals = sql_list(|s: OrderStatus| s.is_final());
    let mut active: Vec<(String, i64)> = {
        let mut st = conn.prepare_cached(&format!(
            "SELECT created_at, id FROM orders WHERE status NOT IN ({finals})"
        ))?;
        let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let finished: Vec<(String, i64)> = {
        let mut st = conn.prepare_cached(&format!(
            "SELECT created_at, id FROM orders WHERE status IN ({finals}) \
             AND created_at >= ?1 ORDER BY created_at DESC, id DESC LIMIT ?2"
        ))?;
        let rows = st.query_map(rusqlite::params![today, limit as i64], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let finished_today: i64 = conn.query_row(
        &format!("SELECT COUNT(*) FROM orders WHERE status IN ({finals}) AND created_at >= ?1"),
        [&today],
        |r| r.get(0),
    )?;
    let omitted = (finished_today - finished.len() as i64).max(0);
    active.extend(finished);
    // Newest first, as the list endpoint orders them.
    active.sort_unstable_by(|a, b| b.cmp(a));
    let ids: Vec<i64> = active.into_iter().map(|(_, id)| id).collect();
    let last = events::last_id(conn)?;
    let epoch = super::epoch::read(conn)?;
    Ok(Snapshot {
        orders: orders::load(conn, &ids)?,
        last_event_id: last,
        epoch,
        omitted,
    })
}
