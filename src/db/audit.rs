//! The audit trail: who did what to which object, from where, with what changes. Written in
//! the same transaction as the change it describes.

use rusqlite::{params, Connection};
use serde_json::Value;

use crate::domain::clock;
use crate::http::ApiError;

/// Who acted: a user, or the system (automatic moves, CLI).
pub struct Actor<'a> {
    pub user_id: Option<i64>,
    pub username: &'a str,
    pub peer: &'a str,
}

/// Appends one audit row. `action`: create, update, delete, status_change, payment, refund,
/// toggle, login, deactivate, ...
pub fn record(
    conn: &Connection,
    actor: &Actor,
    action: &str,
    object_type: &str,
    object_id: &str,
    changes: &Value,
) -> Result<(), ApiError> {
    conn.execute(
        "INSERT INTO audit_log (user_id, username, action, object_type, object_id, changes, peer, created_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            actor.user_id,
            actor.username,
            action,
            object_type,
            object_id,
            changes.to_string(),
            actor.peer,
            clock::iso(clock::now_micros())
        ],
    )?;
    Ok(())
}
