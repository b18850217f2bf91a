//! TEMP placeholder.
use crate::http::ApiError;
use rusqlite::Connection;
use serde_json::Value;
pub fn snapshot_json(_conn: &Connection) -> Result<Vec<Value>, ApiError> {
    Ok(vec![])
}
