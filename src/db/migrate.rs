//! Schema versioning with `PRAGMA user_version`: version 0 gets schema.sql whole; each later
//! step in [`STEPS`] moves one version up. Every step runs in its own transaction, so a crash
//! mid-migration leaves the previous version intact.

use rusqlite::Connection;

/// The whole schema, version 1.
const SCHEMA: &str = include_str!("../../schema.sql");

/// Later changes: (version reached, SQL). Append only.
const STEPS: &[(i64, &str)] = &[(5, STEP_5_IMPORT)];

/// Version 5 (`import-django`): a phone number on staff accounts, and order lines that outlive
/// their menu item (`menu_item_id` may be NULL; the line keeps its name, type and price).
/// SQLite cannot drop a NOT NULL in place, so `order_items` is rebuilt with the same columns.
const STEP_5_IMPORT: &str = "\
ALTER TABLE users ADD COLUMN phone TEXT NOT NULL DEFAULT '';
CREATE TABLE order_items_v5 (
    id             INTEGER PRIMARY KEY,
    order_id       INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    menu_item_id   INTEGER REFERENCES menu_items(id) ON DELETE RESTRICT,
    menu_item_name TEXT NOT NULL,
    item_type      TEXT NOT NULL,
    quantity       INTEGER NOT NULL CHECK (quantity >= 1),
    unit_price     INTEGER NOT NULL CHECK (unit_price >= 0),
    subtotal       INTEGER NOT NULL,
    notes          TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
INSERT INTO order_items_v5 (id, order_id, menu_item_id, menu_item_name, item_type, quantity,
    unit_price, subtotal, notes, created_at, updated_at)
  SELECT id, order_id, menu_item_id, menu_item_name, item_type, quantity,
    unit_price, subtotal, notes, created_at, updated_at FROM order_items;
DROP TABLE order_items;
ALTER TABLE order_items_v5 RENAME TO order_items;
CREATE INDEX order_items_order ON order_items(order_id);
CREATE INDEX order_items_menu ON order_items(menu_item_id);";

/// The version this binary expects.
pub fn latest() -> i64 {
    STEPS.last().map(|(v, _)| *v).unwrap_or(1)
}

/// Brings the database to [`latest`]; idempotent.
pub fn migrate(conn: &Connection) -> Result<(), String> {
    let current = version(conn)?;
    if current > latest() {
        return Err(format!(
            "database schema version {current} is newer than this binary's ({}); upgrade the binary",
            latest()
        ));
    }
    if current == 0 {
        apply(conn, SCHEMA, 1)?;
        log::info!("database schema created (version 1)");
    }
    for (v, sql) in STEPS {
        if version(conn)? < *v {
            apply(conn, sql, *v)?;
            log::info!("database migrated to version {v}");
        }
    }
    Ok(())
}

fn version(conn: &Connection) -> Result<i64, String> {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(|e| format!("cannot read schema version: {e}"))
}

fn apply(conn: &Connection, sql: &str, to: i64) -> Result<(), String> {
    conn.execute_batch(&format!(
        "BEGIN IMMEDIATE;\n{sql}\nPRAGMA user_version = {to};\nCOMMIT;"
    ))
    .map_err(|e| {
        let _ = conn.execute_batch("ROLLBACK");
        format!("migration to version {to} failed: {e}")
    })
}
