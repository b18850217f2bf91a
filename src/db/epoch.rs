//! The database epoch: a random id kept in the one-row `meta` table (schema version 7), made
//! when a database is created and replaced when one is restored from a backup. Event ids
//! start again wherever the backup left off, so a WebSocket client resuming with `?since=N`
//! from before a restore could otherwise be handed other events under ids it already has;
//! the epoch it sends with `since` tells the server to send it a full resync instead.

use rusqlite::Connection;

use super::error::Error;

/// The current epoch.
pub fn read(conn: &Connection) -> Result<String, Error> {
    let mut st = conn.prepare_cached("SELECT epoch FROM meta WHERE id = 1")?;
    Ok(st.query_row([], |r| r.get(0))?)
}

/// Gives the database a new random epoch and returns it.
pub fn renew(conn: &Connection) -> rusqlite::Result<String> {
    conn.query_row(
        "INSERT INTO meta (id, epoch) VALUES (1, lower(hex(randomblob(8)))) \
         ON CONFLICT (id) DO UPDATE SET epoch = excluded.epoch RETURNING epoch",
        [],
        |r| r.get(0),
    )
}
