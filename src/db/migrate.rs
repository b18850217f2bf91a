//! Schema versioning with `PRAGMA user_version`: version 0 gets schema.sql whole; each later
//! step in [`STEPS`] moves one version up. Every step runs in its own transaction, so a crash
//! mid-migration leaves the previous version intact.

use rusqlite::Connection;

/// The whole schema, version 1.
const SCHEMA: &str = include_str!("../../schema.sql");

/// Later changes: (version reached, SQL). Append only.
const STEPS: &[(i64, &str)] = &[
    (2, STEP_2_REVOKED_TOKENS),
    (3, STEP_3_TOKEN_GENERATION),
    (5, STEP_5_IMPORT),
    (6, STEP_6_AUDIT_CHAIN_AND_DAILY_CLOSE),
    (7, STEP_7_EPOCH),
];

/// Version 2: refresh tokens revoked by logout, kept until they would have expired anyway.
const STEP_2_REVOKED_TOKENS: &str = "
CREATE TABLE revoked_tokens (
    jti TEXT PRIMARY KEY,
    expires_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX revoked_tokens_expiry ON revoked_tokens (expires_at);
";

/// Version 3: a per-user token generation (bumped by a password change or a reactivation;
/// tokens carrying an older one are refused) and the flag of a password still set by
/// `seed-demo` (warned about at every start until changed).
const STEP_3_TOKEN_GENERATION: &str = "
ALTER TABLE users ADD COLUMN token_generation INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN demo_password INTEGER NOT NULL DEFAULT 0;
";

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

/// Version 6: the audit trail becomes a hash chain (rows written before this version are
/// chained at the next start, see `db::audit::chain_pending`), audit rows become append-only
/// for ordinary SQL, and closed business days are stored as they were.
const STEP_6_AUDIT_CHAIN_AND_DAILY_CLOSE: &str = "
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN hash TEXT;
CREATE INDEX audit_log_object ON audit_log(object_type, object_id);
-- Finds rows still to chain at start without scanning the whole trail.
CREATE INDEX audit_log_unchained ON audit_log(id) WHERE hash IS NULL;
-- A guard against mistakes, not against an attacker (who can drop it): the chain is what
-- detects a rewrite. Filling in the hash of a row that has none is the one update allowed.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log WHEN OLD.hash IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'audit_log rows are append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log rows are append-only'); END;
CREATE TABLE daily_closes (
    business_date   TEXT PRIMARY KEY,           -- YYYY-MM-DD
    report          TEXT NOT NULL,              -- the report JSON exactly as it was served
    report_sha256   TEXT NOT NULL,
    order_numbers   TEXT NOT NULL,              -- JSON array: the day's orders at close
    closed_by_id    INTEGER,
    closed_by       TEXT NOT NULL,
    closed_at       TEXT NOT NULL,
    audit_head_id   INTEGER NOT NULL,           -- the last audit row before the close's own
    audit_head_hash TEXT NOT NULL
);
";

/// Version 7: the database epoch, a random id that tells WebSocket clients resuming with
/// `?since=` whether their event ids still mean anything here. Made when the database is
/// created (or reaches this version) and replaced by `adakings restore` (see `db::epoch`).
/// SQLite's `randomblob` draws from the operating system's random source.
const STEP_7_EPOCH: &str = "
CREATE TABLE meta (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    epoch TEXT NOT NULL
);
INSERT INTO meta (id, epoch) VALUES (1, lower(hex(randomblob(8))));
";

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
    // Audit rows written before the chain existed (or by a tool that does not chain) get
    // their hashes here, before anything appends to the trail.
    super::audit::chain_pending(conn)?;
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
