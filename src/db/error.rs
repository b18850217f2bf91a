//! The storage layer's own error: what went wrong with the database, in words that do not
//! know about HTTP. `api/` turns it into a status and a body in one place
//! (`api::db_error`); the CLI prints it as one line.
//!
//! SQLite's result codes are classified once, here ([`From<rusqlite::Error>`]): a locked or
//! busy database is [`Error::Busy`] (try again), a constraint failure is
//! [`Error::Constraint`], a missing row is [`Error::NotFound`], a damaged file is
//! [`Error::Corrupt`], everything else [`Error::Other`].

use std::fmt;

/// A database operation that failed.
#[derive(Debug)]
pub enum Error {
    /// The change or read could not run now; nothing was saved, and trying again may work.
    Busy(Busy),
    /// A constraint of the schema refused the change.
    Constraint(Constraint),
    /// The row asked for does not exist (`what` names it).
    NotFound(String),
    /// The file is not a database or is damaged.
    Corrupt(String),
    /// Anything else: a defect or an environment failure (disk full, I/O); the text says what.
    Other(String),
}

/// Why the database could not take an operation now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Busy {
    /// SQLite reported SQLITE_BUSY or SQLITE_LOCKED, no pooled connection came free in time,
    /// or the writer's queue stayed full or did not start the job in time.
    Locked(String),
    /// The writer has stopped: the server is shutting down.
    ShuttingDown,
    /// The writer could not save the change (its transaction could not begin or commit).
    NotSaved(String),
}

/// Which constraint refused a change. The named ones are those a client can cause and must be
/// told about; any other constraint failure is a defect ([`Constraint::Other`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Constraint {
    /// `menu_items.name` is unique.
    MenuItemName,
    /// `delivery_locations.name` is unique.
    LocationName,
    /// A menu item that order items still reference cannot be deleted.
    MenuItemReferenced,
    /// Any other constraint (NOT NULL, CHECK, another UNIQUE or FOREIGN KEY): SQLite's text.
    Other(String),
}

impl Error {
    /// An [`Error::Other`] from anything printable (serialization of a row, a bad stored value).
    pub fn other(cause: impl fmt::Display) -> Error {
        Error::Other(cause.to_string())
    }

    /// Whether this is a UNIQUE failure (an unnamed one, still [`Constraint::Other`]): the
    /// query modules use it to name the constraint a client caused.
    pub(crate) fn is_unique_failure(e: &rusqlite::Error) -> bool {
        constraint_code(e) == Some(rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE)
    }

    /// Whether `e` is a foreign-key failure. SQLite reports an `ON DELETE RESTRICT` violation
    /// as SQLITE_CONSTRAINT_TRIGGER (its FK actions are implemented as triggers) and a
    /// deferred or plain one as SQLITE_CONSTRAINT_FOREIGNKEY; both say "FOREIGN KEY
    /// constraint failed".
    pub(crate) fn is_foreign_key_failure(e: &rusqlite::Error) -> bool {
        match constraint_code(e) {
            Some(rusqlite::ffi::SQLITE_CONSTRAINT_FOREIGNKEY) => true,
            Some(rusqlite::ffi::SQLITE_CONSTRAINT_TRIGGER) => {
                matches!(e, rusqlite::Error::SqliteFailure(_, Some(m)) if m.contains("FOREIGN KEY"))
            }
            _ => false,
        }
    }
}

/// The extended code of a constraint failure, if `e` is one.
fn constraint_code(e: &rusqlite::Error) -> Option<std::os::raw::c_int> {
    match e {
        rusqlite::Error::SqliteFailure(f, _)
            if f.code == rusqlite::ErrorCode::ConstraintViolation =>
        {
            Some(f.extended_code)
        }
        _ => None,
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Busy(b) => write!(f, "database busy: {b}"),
            Error::Constraint(c) => write!(f, "constraint failed: {c}"),
            Error::NotFound(what) => write!(f, "not found: {what}"),
            Error::Corrupt(what) => write!(f, "database damaged: {what}"),
            Error::Other(what) => write!(f, "database: {what}"),
        }
    }
}

impl fmt::Display for Busy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Busy::Locked(why) => write!(f, "{why}"),
            Busy::ShuttingDown => write!(f, "the writer has stopped (shutting down)"),
            Busy::NotSaved(why) => write!(f, "the change could not be saved: {why}"),
        }
    }
}

impl fmt::Display for Constraint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Constraint::MenuItemName => write!(f, "a menu item with this name exists"),
            Constraint::LocationName => write!(f, "a delivery location with this name exists"),
            Constraint::MenuItemReferenced => write!(f, "order items reference this menu item"),
            Constraint::Other(m) => write!(f, "{m}"),
        }
    }
}

impl std::error::Error for Error {}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Error {
        use rusqlite::ErrorCode as C;
        if matches!(e, rusqlite::Error::QueryReturnedNoRows) {
            return Error::NotFound("the query returned no rows".into());
        }
        match e.sqlite_error_code() {
            Some(C::DatabaseBusy | C::DatabaseLocked) => Error::Busy(Busy::Locked(e.to_string())),
            Some(C::ConstraintViolation) => Error::Constraint(Constraint::Other(e.to_string())),
            Some(C::DatabaseCorrupt | C::NotADatabase) => Error::Corrupt(e.to_string()),
            Some(C::DiskFull) => Error::Other(format!("disk full: {e}")),
            _ => Error::Other(e.to_string()),
        }
    }
}

impl From<r2d2::Error> for Error {
    /// r2d2 fails a checkout only when no connection came free in time (or none could be
    /// opened, which `PoolErrors` already reported): the caller may try again.
    fn from(e: r2d2::Error) -> Error {
        Error::Busy(Busy::Locked(format!("no pooled connection: {e}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rusqlite::Connection;

    fn db() -> Connection {
        let c = Connection::open_in_memory().expect("open");
        c.execute_batch(
            "PRAGMA foreign_keys=ON; \
             CREATE TABLE p (id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL); \
             CREATE TABLE k (id INTEGER PRIMARY KEY, p INTEGER REFERENCES p(id) ON DELETE RESTRICT);",
        )
        .expect("schema");
        c
    }

    #[test]
    fn no_rows_is_not_found() {
        let c = db();
        let e = c
            .query_row("SELECT id FROM p WHERE id = 7", [], |r| r.get::<_, i64>(0))
            .expect_err("no row");
        assert!(matches!(Error::from(e), Error::NotFound(_)));
    }

    #[test]
    fn unique_and_foreign_key_failures_are_constraints_and_recognised() {
        let c = db();
        c.execute("INSERT INTO p (id, name) VALUES (1, 'a')", [])
            .expect("insert");
        let dup = c
            .execute("INSERT INTO p (name) VALUES ('a')", [])
            .expect_err("duplicate");
        assert!(Error::is_unique_failure(&dup));
        assert!(matches!(
            Error::from(dup),
            Error::Constraint(Constraint::Other(_))
        ));
        c.execute("INSERT INTO k (p) VALUES (1)", [])
            .expect("child");
        let fk = c
            .execute("DELETE FROM p WHERE id = 1", [])
            .expect_err("restricted");
        assert!(Error::is_foreign_key_failure(&fk));
        assert!(!Error::is_unique_failure(&fk));
    }

    #[test]
    fn busy_and_corrupt_codes_are_classified() {
        let code =
            |c: i32| rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(c), Some("x".into()));
        assert!(matches!(
            Error::from(code(rusqlite::ffi::SQLITE_BUSY)),
            Error::Busy(Busy::Locked(_))
        ));
        assert!(matches!(
            Error::from(code(rusqlite::ffi::SQLITE_LOCKED)),
            Error::Busy(Busy::Locked(_))
        ));
        assert!(matches!(
            Error::from(code(rusqlite::ffi::SQLITE_CORRUPT)),
            Error::Corrupt(_)
        ));
        assert!(matches!(
            Error::from(code(rusqlite::ffi::SQLITE_NOTADB)),
            Error::Corrupt(_)
        ));
        assert!(matches!(
            Error::from(code(rusqlite::ffi::SQLITE_IOERR)),
            Error::Other(_)
        ));
    }
}
