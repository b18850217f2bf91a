//! The SQL of `adakings seed-demo`: insert-if-missing for menu items and delivery locations,
//! keyed by their unique names, so running the seed again adds nothing.

use rusqlite::{params, Connection};

use super::error::Error;
use crate::domain::clock;

/// Adds the menu item unless one with that name exists; true when it was added.
pub fn menu_item(
    conn: &Connection,
    name: &str,
    item_type: &str,
    price: i64,
    created_by: Option<i64>,
) -> Result<bool, Error> {
    let now = clock::iso(clock::now_micros());
    let n = conn.execute(
        "INSERT INTO menu_items (name, item_type, price, is_available, created_by, created_at, updated_at) \
         VALUES (?1, ?2, ?3, 1, ?4, ?5, ?5) ON CONFLICT(name) DO NOTHING",
        params![name, item_type, price, created_by, now],
    )?;
    Ok(n == 1)
}

/// Adds the delivery location unless one with that name exists; true when it was added.
pub fn location(conn: &Connection, name: &str, fee: i64) -> Result<bool, Error> {
    let now = clock::iso(clock::now_micros());
    let n = conn.execute(
        "INSERT INTO delivery_locations (name, fee, is_active, created_at, updated_at) \
         VALUES (?1, ?2, 1, ?3, ?3) ON CONFLICT(name) DO NOTHING",
        params![name, fee, now],
    )?;
    Ok(n == 1)
}
