//! Revoked refresh tokens (logout). A row lives only until the token would have expired
//! anyway: after that the signature check refuses the token by itself, so the table stays as
//! small as the number of logouts within one refresh lifetime.

use rusqlite::{params, Connection, OptionalExtension};

use super::error::Error;

/// Revokes the token `jti` that expires at `expires_at` (unix seconds), and drops the rows of
/// tokens that have expired by `now`. Revoking twice is harmless.
pub fn revoke(conn: &Connection, jti: &str, expires_at: i64, now: i64) -> Result<(), Error> {
    conn.execute(
        "DELETE FROM revoked_tokens WHERE expires_at <= ?1",
        params![now],
    )?;
    if expires_at > now {
        conn.execute(
            "INSERT OR IGNORE INTO revoked_tokens (jti, expires_at) VALUES (?1, ?2)",
            params![jti, expires_at],
        )?;
    }
    Ok(())
}

/// Whether the token `jti` has been revoked.
pub fn is_revoked(conn: &Connection, jti: &str) -> Result<bool, Error> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM revoked_tokens WHERE jti = ?1")?
        .query_row([jti], |_| Ok(()))
        .optional()?
        .is_some())
}

/// How many revocations are kept.
#[cfg(test)]
fn count(conn: &Connection) -> Result<i64, Error> {
    Ok(conn.query_row("SELECT COUNT(*) FROM revoked_tokens", [], |r| r.get(0))?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn db() -> Connection {
        let c = Connection::open_in_memory().expect("memory db");
        crate::db::migrate::migrate(&c).expect("migrate");
        c
    }

    #[test]
    fn revoked_until_expiry_then_forgotten() {
        let c = db();
        revoke(&c, "a", 200, 100).expect("revoke");
        revoke(&c, "a", 200, 100).expect("twice");
        revoke(&c, "b", 150, 100).expect("revoke");
        assert!(is_revoked(&c, "a").expect("a"));
        assert!(is_revoked(&c, "b").expect("b"));
        assert!(!is_revoked(&c, "c").expect("c"));
        assert_eq!(count(&c).expect("count"), 2);
        // Later, b has expired: the next revocation drops its row.
        revoke(&c, "c", 400, 160).expect("revoke");
        assert!(!is_revoked(&c, "b").expect("b"));
        assert!(is_revoked(&c, "a").expect("a"));
        assert_eq!(count(&c).expect("count"), 2);
        // An already expired token is not stored at all.
        revoke(&c, "d", 300, 300).expect("revoke");
        assert!(!is_revoked(&c, "d").expect("d"));
    }
}
