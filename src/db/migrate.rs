//! Schema versioning with `PRAGMA user_version`: version 0 gets schema.sql whole; each later
//! step in [`STEPS`] moves one version up. Every step runs in its own transaction, so a crash
//! mid-migration leaves the previous version intact.

use rusqlite::Connection;

/// The whole schema, version 1.
const SCHEMA: &str = include_str!("../../schema.sql");

/// Later changes: (version reached, SQL). Append only.
const STEPS: &[(i64, &str)] = &[
    // Version 3: a per-user token generation (bumped by a password change or a
    // reactivation; tokens carrying an older one are refused) and the flag of a password
    // still set by `seed-demo` (warned about at every start until changed).
    (
        3,
        "ALTER TABLE users ADD COLUMN token_generation INTEGER NOT NULL DEFAULT 0;\n\
         ALTER TABLE users ADD COLUMN demo_password INTEGER NOT NULL DEFAULT 0;",
    ),
];

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
