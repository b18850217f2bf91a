//! Menu item queries. Names are unique (exact match, as Django's `unique=True` on SQLite);
//! order items reference menu items with `ON DELETE RESTRICT`, so an item that was ever ordered
//! cannot be deleted. Constraint failures that slip past the up-front checks (a race cannot
//! happen inside the single writer, but a hand-edited database could) still map to the same
//! client errors instead of a 500.

use rusqlite::types::Value as SqlValue;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension, Row};

use super::error::Constraint;
use super::error::Error;
use super::like_pattern;

/// One menu item as stored. `price` is in pesewas; `created_by` is the creator's username.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MenuItemRow {
    pub id: i64,
    pub name: String,
    pub item_type: String,
    pub price: i64,
    pub is_available: bool,
    pub created_by: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// The writable fields of a menu item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MenuItemFields {
    pub name: String,
    pub item_type: String,
    pub price: i64,
    pub is_available: bool,
}

/// List filters; `None` means "any".
#[derive(Clone, Debug, Default)]
pub struct MenuFilter {
    pub item_type: Option<String>,
    pub available: Option<bool>,
    /// Terms that must each be a case-insensitive substring of the name (ASCII case
    /// folding, like Django's `icontains` on SQLite).
    pub search: Vec<String>,
    /// A whitelisted `ORDER BY` column and direction; item type then name when `None`.
    pub order: Option<(MenuOrder, bool)>,
}

/// Columns the list may be ordered by (`?ordering=`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MenuOrder {
    Name,
    Price,
    ItemType,
    CreatedAt,
    UpdatedAt,
}

impl MenuOrder {
    /// The `ordering` value (without a leading `-`) naming a column.
    pub fn parse(s: &str) -> Option<MenuOrder> {
        Some(match s {
            "name" => MenuOrder::Name,
            "price" => MenuOrder::Price,
            "item_type" => MenuOrder::ItemType,
            "created_at" => MenuOrder::CreatedAt,
            "updated_at" => MenuOrder::UpdatedAt,
            _ => return None,
        })
    }

    fn column(self) -> &'static str {
        match self {
            MenuOrder::Name => "m.name",
            MenuOrder::Price => "m.price",
            MenuOrder::ItemType => "m.item_type",
            MenuOrder::CreatedAt => "m.created_at",
            MenuOrder::UpdatedAt => "m.updated_at",
        }
    }
}

const SELECT: &str = "SELECT m.id, m.name, m.item_type, m.price, m.is_available, u.username, \
     m.created_at, m.updated_at FROM menu_items m LEFT JOIN users u ON u.id = m.created_by";

fn row(r: &Row) -> rusqlite::Result<MenuItemRow> {
    Ok(MenuItemRow {
        id: r.get(0)?,
        name: r.get(1)?,
        item_type: r.get(2)?,
        price: r.get(3)?,
        is_available: r.get(4)?,
        created_by: r.get(5)?,
        created_at: r.get(6)?,
        updated_at: r.get(7)?,
    })
}

/// The menu item with `id`, if any.
pub fn get(conn: &Connection, id: i64) -> Result<Option<MenuItemRow>, Error> {
    let sql = format!("{SELECT} WHERE m.id = ?1");
    Ok(conn.query_row(&sql, [id], row).optional()?)
}

fn where_clause(f: &MenuFilter) -> (String, Vec<SqlValue>) {
    let mut conds: Vec<&str> = Vec::new();
    let mut args: Vec<SqlValue> = Vec::new();
    if let Some(t) = &f.item_type {
        conds.push("m.item_type = ?");
        args.push(SqlValue::Text(t.clone()));
    }
    if let Some(a) = f.available {
        conds.push("m.is_available = ?");
        args.push(SqlValue::Integer(i64::from(a)));
    }
    for s in &f.search {
        conds.push("m.name LIKE ? ESCAPE '\\'");
        args.push(SqlValue::Text(like_pattern(s)));
    }
    if conds.is_empty() {
        (String::new(), args)
    } else {
        (format!(" WHERE {}", conds.join(" AND ")), args)
    }
}

/// How many items match `f`.
pub fn count(conn: &Connection, f: &MenuFilter) -> Result<i64, Error> {
    let (w, args) = where_clause(f);
    let sql = format!("SELECT COUNT(*) FROM menu_items m{w}");
    Ok(conn.query_row(&sql, params_from_iter(args), |r| r.get(0))?)
}

/// One page of the items matching `f`, ordered by item type then name unless `f.order` says
/// otherwise
/// (ties broken by id so pages never overlap).
pub fn list(
    conn: &Connection,
    f: &MenuFilter,
    offset: i64,
    limit: i64,
) -> Result<Vec<MenuItemRow>, Error> {
    let (w, mut args) = where_clause(f);
    // The original's default: item_type, then name (so extras come first).
    let order_by = match f.order {
        None => "m.item_type ASC, m.name ASC, m.id ASC".to_string(),
        Some((col, desc)) => {
            let dir = if desc { "DESC" } else { "ASC" };
            format!("{} {dir}, m.id {dir}", col.column())
        }
    };
    let sql = format!("{SELECT}{w} ORDER BY {order_by} LIMIT ? OFFSET ?");
    args.push(SqlValue::Integer(limit));
    args.push(SqlValue::Integer(offset));
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt
        .query_map(params_from_iter(args), row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// Whether another item (not `except`) already has exactly this name.
pub fn name_taken(conn: &Connection, name: &str, except: Option<i64>) -> Result<bool, Error> {
    let found: Option<i64> = conn
        .query_row(
            "SELECT id FROM menu_items WHERE name = ?1 AND id IS NOT ?2",
            params![name, except],
            |r| r.get(0),
        )
        .optional()?;
    Ok(found.is_some())
}

/// Whether any order item references the menu item.
pub fn is_referenced(conn: &Connection, id: i64) -> Result<bool, Error> {
    let found: Option<i64> = conn
        .query_row(
            "SELECT 1 FROM order_items WHERE menu_item_id = ?1 LIMIT 1",
            [id],
            |r| r.get(0),
        )
        .optional()?;
    Ok(found.is_some())
}

/// Names a UNIQUE violation on the name ([`Constraint::MenuItemName`]).
fn map_unique(e: rusqlite::Error) -> Error {
    if Error::is_unique_failure(&e) {
        Error::Constraint(Constraint::MenuItemName)
    } else {
        Error::from(e)
    }
}

/// Inserts an item created by user `created_by` at `now`; returns its id.
pub fn insert(
    conn: &Connection,
    f: &MenuItemFields,
    created_by: i64,
    now: &str,
) -> Result<i64, Error> {
    conn.execute(
        "INSERT INTO menu_items (name, item_type, price, is_available, created_by, created_at, updated_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
        params![f.name, f.item_type, f.price, f.is_available, created_by, now],
    )
    .map_err(map_unique)?;
    Ok(conn.last_insert_rowid())
}

/// Overwrites the writable fields of item `id`; false when there is no such item.
pub fn update(conn: &Connection, id: i64, f: &MenuItemFields, now: &str) -> Result<bool, Error> {
    let n = conn
        .execute(
            "UPDATE menu_items SET name = ?2, item_type = ?3, price = ?4, is_available = ?5, \
             updated_at = ?6 WHERE id = ?1",
            params![id, f.name, f.item_type, f.price, f.is_available, now],
        )
        .map_err(map_unique)?;
    Ok(n > 0)
}

/// Deletes item `id`; false when there is no such item. A foreign-key failure (an order item
/// references it) is [`Constraint::MenuItemReferenced`].
pub fn delete(conn: &Connection, id: i64) -> Result<bool, Error> {
    match conn.execute("DELETE FROM menu_items WHERE id = ?1", [id]) {
        Ok(n) => Ok(n > 0),
        Err(e) if Error::is_foreign_key_failure(&e) => {
            Err(Error::Constraint(Constraint::MenuItemReferenced))
        }
        Err(e) => Err(e.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fresh in-memory database with the real schema and foreign keys on.
    fn db() -> Connection {
        let conn = Connection::open_in_memory().expect("open");
        conn.execute_batch("PRAGMA foreign_keys=ON")
            .expect("pragma");
        crate::db::migrate::migrate(&conn).expect("migrate");
        conn
    }

    fn fields(name: &str) -> MenuItemFields {
        MenuItemFields {
            name: name.to_string(),
            item_type: "regular".to_string(),
            price: 4000,
            is_available: true,
        }
    }

    #[test]
    fn unique_violation_names_the_name_constraint() {
        let conn = db();
        let now = "2026-11-26T10:00:00.000000Z";
        conn.execute(
            "INSERT INTO users (id, username, password, role, staff_id, created_at, updated_at) \
             VALUES (1, 'owner', 'x', 'superadmin', 'ADAUG-001', ?1, ?1)",
            [now],
        )
        .expect("user");
        let id = insert(&conn, &fields("Waakye"), 1, now).expect("first insert");
        let e = match insert(&conn, &fields("Waakye"), 1, now) {
            Ok(_) => panic!("duplicate accepted"),
            Err(e) => e,
        };
        assert!(matches!(e, Error::Constraint(Constraint::MenuItemName)));
        let other = insert(&conn, &fields("Red Red"), 1, now).expect("second item");
        let e = match update(&conn, other, &fields("Waakye"), now) {
            Ok(_) => panic!("rename onto an existing name accepted"),
            Err(e) => e,
        };
        assert!(matches!(e, Error::Constraint(Constraint::MenuItemName)));
        let row = get(&conn, id).expect("get").expect("row");
        assert_eq!(row.created_by.as_deref(), Some("owner"));
        assert!(name_taken(&conn, "Waakye", None).expect("q"));
        assert!(!name_taken(&conn, "Waakye", Some(id)).expect("q"));
        assert!(!name_taken(&conn, "waakye", None).expect("q"));
    }

    #[test]
    fn foreign_key_violation_on_delete_names_the_reference() {
        let conn = db();
        let now = "2026-11-26T10:00:00.000000Z";
        conn.execute_batch(&format!(
            "INSERT INTO menu_items (id, name, item_type, price, created_at, updated_at) \
               VALUES (7, 'Egg', 'extra', 500, '{now}', '{now}');
             INSERT INTO orders (id, order_number, order_date, seq, delivery_type, status, created_at, updated_at) \
               VALUES (1, '261126-001', '2026-11-26', 1, 'Pickup', 'Pending', '{now}', '{now}');
             INSERT INTO order_items (order_id, menu_item_id, menu_item_name, item_type, quantity, unit_price, subtotal, created_at, updated_at) \
               VALUES (1, 7, 'Egg', 'extra', 1, 500, 500, '{now}', '{now}');"
        ))
        .expect("rows");
        assert!(is_referenced(&conn, 7).expect("query"));
        let e = match delete(&conn, 7) {
            Ok(_) => panic!("referenced item deleted"),
            Err(e) => e,
        };
        assert!(matches!(
            e,
            Error::Constraint(Constraint::MenuItemReferenced)
        ));
        assert!(get(&conn, 7).expect("get").is_some());
        assert_eq!(delete(&conn, 8).ok(), Some(false));
    }

    #[test]
    fn search_is_case_insensitive_and_literal() {
        let conn = db();
        let now = "2026-11-26T10:00:00.000000Z";
        for n in ["Jollof Rice", "50% Off Kelewele", "Waakye_Special"] {
            conn.execute(
                "INSERT INTO menu_items (name, item_type, price, created_at, updated_at) \
                 VALUES (?1, 'regular', 100, ?2, ?2)",
                [n, now],
            )
            .expect("row");
        }
        let names = |terms: &[&str]| -> Vec<String> {
            let f = MenuFilter {
                search: terms.iter().map(|t| t.to_string()).collect(),
                ..MenuFilter::default()
            };
            list(&conn, &f, 0, 100)
                .expect("list")
                .into_iter()
                .map(|m| m.name)
                .collect()
        };
        assert_eq!(names(&["jOLLOF"]), vec!["Jollof Rice"]);
        assert_eq!(names(&["rice", "jollof"]), vec!["Jollof Rice"]);
        assert_eq!(names(&["%"]), vec!["50% Off Kelewele"]);
        assert_eq!(names(&["_"]), vec!["Waakye_Special"]);
        assert_eq!(names(&[]).len(), 3);
    }

    #[test]
    fn like_escapes_wildcards() {
        assert_eq!(like_pattern("rice"), "%rice%");
        assert_eq!(like_pattern("50%_off\\"), "%50\\%\\_off\\\\%");
    }
}
