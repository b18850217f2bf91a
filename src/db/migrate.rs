//! Schema versioning with `PRAGMA user_version`: version 0 gets schema.sql whole; each later
//! step in [`STEPS`] moves one version up. Every step runs in its own transaction, so a crash
//! mid-migration leaves the previous version intact.

use rusqlite::Connection;

/// The whole schema, version 1.
const SCHEMA: &str = include_str!("../../schema.sql");

/// Later changes: (version reached, SQL). Append only.
const STEPS: &[(i64, &str)] = &[(
    2,
    // Refresh tokens revoked by logout, kept until they would have expired anyway.
    "CREATE TABLE revoked_tokens (\n\
       jti TEXT PRIMARY KEY,\n\
       expires_at INTEGER NOT NULL\n\
     ) WITHOUT ROWID;\n\
     CREATE INDEX revoked_tokens_expiry ON revoked_tokens (expires_at);",
)];

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
