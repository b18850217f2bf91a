//! What the order feed says besides live events: authentication of the `token` query
//! parameter, the `data_update` snapshot, and the replay for `?since=`.

use serde_json::{json, Value};

use crate::db::events::{self, Replay};
use crate::http::ApiError;
use crate::state::AppState;

/// The username behind an access token, if the token is valid and the user active.
pub fn authenticate(state: &AppState, token: &str) -> Result<String, String> {
    if token.is_empty() {
        return Err("no token".into());
    }
    let now = crate::domain::clock::unix_seconds();
    let claims =
        crate::auth::jwt::decode(&state.keys, token, "access", now).map_err(|e| e.to_string())?;
    let row = state
        .db
        .read(|conn| crate::db::users::auth_row(conn, claims.user_id))
        .map_err(|e| format!("user lookup failed: {}", e.status))?;
    match row {
        Some(r) if r.is_active => Ok(r.username),
        _ => Err("user inactive or unknown".to_string()),
    }
}

/// A `data_update` (active orders plus today's, newest first) and the event id it is current
/// to, read in one transaction so the two agree.
pub fn data_update(state: &AppState, resync: bool) -> Result<(Vec<String>, i64), ApiError> {
    state.db.read(|conn| {
        conn.execute_batch("BEGIN")?;
        let out = (|| {
            let orders = crate::db::orders::snapshot_json(conn)?;
            let last = events::last_id(conn)?;
            Ok::<_, ApiError>((orders, last))
        })();
        let _ = conn.execute_batch("COMMIT");
        let (orders, last) = out?;
        let mut msg =
            json!({"type": "data_update", "data": Value::Array(orders), "last_event_id": last});
        if resync {
            msg["resync"] = Value::Bool(true);
        }
        Ok((vec![msg.to_string()], last))
    })
}

/// Every event after `since`, then `replay_complete`; or a resync `data_update` when the log
/// no longer reaches back that far.
pub fn replay(state: &AppState, since: i64) -> Result<(Vec<String>, i64), ApiError> {
    let replay = state.db.read(|conn| events::since(conn, since))?;
    match replay {
        Replay::Resync => data_update(state, true),
        Replay::Events(evs, last) => {
            let mut out: Vec<String> = evs.iter().map(|e| e.message.to_string()).collect();
            out.push(json!({"type": "replay_complete", "last_event_id": last}).to_string());
            Ok((out, last))
        }
    }
}
