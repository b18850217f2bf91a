//! Delivery location queries. Orders point at a location with `ON DELETE SET NULL` and keep
//! a snapshot of its name and fee, so deleting a location never changes an existing order.

use rusqlite::{params, Connection, OptionalExtension, Row};

use super::error::Constraint;
use super::error::Error;

/// One delivery location as stored; `fee` in pesewas.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocationRow {
    pub id: i64,
    pub name: String,
    pub fee: i64,
    pub is_active: bool,
    pub created_at: String,
    pub updated_at: String,
}

/// The writable fields of a location.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocationFields {
    pub name: String,
    pub fee: i64,
    pub is_active: bool,
}

const SELECT: &str =
    "SELECT id, name, fee, is_active, created_at, updated_at FROM delivery_locations";

fn row(r: &Row) -> rusqlite::Result<LocationRow> {
    Ok(LocationRow {
        id: r.get(0)?,
        name: r.get(1)?,
        fee: r.get(2)?,
        is_active: r.get(3)?,
        created_at: r.get(4)?,
        updated_at: r.get(5)?,
    })
}

/// The location with `id`, active or not.
pub fn get(conn: &Connection, id: i64) -> Result<Option<LocationRow>, Error> {
    let sql = format!("{SELECT} WHERE id = ?1");
    Ok(conn.query_row(&sql, [id], row).optional()?)
}

fn active_clause(include_inactive: bool) -> &'static str {
    if include_inactive {
        ""
    } else {
        " WHERE is_active = 1"
    }
}

/// How many locations a list shows.
pub fn count(conn: &Connection, include_inactive: bool) -> Result<i64, Error> {
    let sql = format!(
        "SELECT COUNT(*) FROM delivery_locations{}",
        active_clause(include_inactive)
    );
    Ok(conn.query_row(&sql, [], |r| r.get(0))?)
}

/// One page of locations ordered by name.
pub fn list(
    conn: &Connection,
    include_inactive: bool,
    offset: i64,
    limit: i64,
) -> Result<Vec<LocationRow>, Error> {
    let sql = format!(
        "{SELECT}{} ORDER BY name, id LIMIT ?1 OFFSET ?2",
        active_clause(include_inactive)
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt
        .query_map(params![limit, offset], row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// Whether another location (not `except`) already has exactly this name.
pub fn name_taken(conn: &Connection, name: &str, except: Option<i64>) -> Result<bool, Error> {
    let found: Option<i64> = conn
        .query_row(
            "SELECT id FROM delivery_locations WHERE name = ?1 AND id IS NOT ?2",
            params![name, except],
            |r| r.get(0),
        )
        .optional()?;
    Ok(found.is_some())
}

/// Names a UNIQUE violation on the name ([`Constraint::LocationName`]).
fn map_unique(e: rusqlite::Error) -> Error {
    if Error::is_unique_failure(&e) {
        Error::Constraint(Constraint::LocationName)
    } else {
        Error::from(e)
    }
}

/// Inserts a location at `now`; returns its id.
pub fn insert(conn: &Connection, f: &LocationFields, now: &str) -> Result<i64, Error> {
    conn.execute(
        "INSERT INTO delivery_locations (name, fee, is_active, created_at, updated_at) \
         VALUES (?1, ?2, ?3, ?4, ?4)",
        params![f.name, f.fee, f.is_active, now],
    )
    .map_err(map_unique)?;
    Ok(conn.last_insert_rowid())
}

/// Overwrites location `id`; false when there is no such location.
pub fn update(conn: &Connection, id: i64, f: &LocationFields, now: &str) -> Result<bool, Error> {
    let n = conn
        .execute(
            "UPDATE delivery_locations SET name = ?2, fee = ?3, is_active = ?4, updated_at = ?5 \
             WHERE id = ?1",
            params![id, f.name, f.fee, f.is_active, now],
        )
        .map_err(map_unique)?;
    Ok(n > 0)
}

/// Deletes location `id` (orders keep their snapshot; their link becomes NULL); false when
/// there is no such location.
pub fn delete(conn: &Connection, id: i64) -> Result<bool, Error> {
    let n = conn.execute("DELETE FROM delivery_locations WHERE id = ?1", [id])?;
    Ok(n > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn db() -> Connection {
        let conn = Connection::open_in_memory().expect("open");
        conn.execute_batch("PRAGMA foreign_keys=ON")
            .expect("pragma");
        crate::db::migrate::migrate(&conn).expect("migrate");
        conn
    }

    const NOW: &str = "2026-11-26T10:00:00.000000Z";

    fn add(conn: &Connection, name: &str, fee: i64, active: bool) -> i64 {
        let f = LocationFields {
            name: name.to_string(),
            fee,
            is_active: active,
        };
        match insert(conn, &f, NOW) {
            Ok(id) => id,
            Err(e) => panic!("insert {name}: {e}"),
        }
    }

    #[test]
    fn duplicate_name_names_the_name_constraint() {
        let conn = db();
        add(&conn, "Okponglo", 1000, true);
        let f = LocationFields {
            name: "Okponglo".into(),
            fee: 0,
            is_active: true,
        };
        let e = match insert(&conn, &f, NOW) {
            Ok(_) => panic!("duplicate accepted"),
            Err(e) => e,
        };
        assert!(matches!(e, Error::Constraint(Constraint::LocationName)));
    }

    #[test]
    fn delete_keeps_order_snapshot() {
        let conn = db();
        let id = add(&conn, "East Legon", 1000, true);
        conn.execute(
            "INSERT INTO orders (order_number, order_date, seq, delivery_type, delivery_location_id, \
             delivery_location_name, delivery_location_fee, status, delivery_fee, created_at, updated_at) \
             VALUES ('261126-001', '2026-11-26', 1, 'Delivery', ?1, 'East Legon', 1000, 'Accepted', 1000, ?2, ?2)",
            params![id, NOW],
        )
        .expect("order");
        assert_eq!(delete(&conn, id).ok(), Some(true));
        let row: (Option<i64>, String, i64) = conn
            .query_row(
                "SELECT delivery_location_id, delivery_location_name, delivery_location_fee FROM orders",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .expect("order row");
        assert_eq!(row, (None, "East Legon".to_string(), 1000));
        assert_eq!(delete(&conn, id).ok(), Some(false));
    }

    #[test]
    fn list_hides_inactive_unless_asked() {
        let conn = db();
        add(&conn, "B", 0, true);
        add(&conn, "A", 0, false);
        add(&conn, "C", 0, true);
        let names = |all| -> Vec<String> {
            list(&conn, all, 0, 10)
                .expect("list")
                .into_iter()
                .map(|l| l.name)
                .collect()
        };
        assert_eq!(names(false), vec!["B", "C"]);
        assert_eq!(names(true), vec!["A", "B", "C"]);
        assert_eq!(count(&conn, false).ok(), Some(2));
        assert_eq!(count(&conn, true).ok(), Some(3));
    }
}
