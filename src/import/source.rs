//! Reading the original's SQLite file, strictly read-only: opened with `mode=ro` (SQLite never
//! writes to it, and still honours the locks of a program writing it; a WAL-mode file nobody
//! has open is opened `immutable` so no `-wal`/`-shm` files appear beside it), checked for the tables
//! and columns the import needs, then read whole inside one read transaction so every table
//! comes from the same moment.
//!
//! Rows come back loosely typed (text and whole numbers as SQLite holds them, money as
//! SQLite's own decimal text) so that a strange value becomes a bad row in [`super::rules`],
//! not a failed import.

use std::path::Path;
use std::time::Duration;

use rusqlite::types::Value;
use rusqlite::{Connection, OpenFlags, Row};

/// Tables and columns the import reads, in the order they are checked (the first missing one
/// is named in the refusal).
pub const REQUIRED: &[(&str, &[&str])] = &[
    (
        "users_customuser",
        &[
            "id",
            "username",
            "password",
            "first_name",
            "last_name",
            "email",
            "is_active",
            "date_joined",
            "last_login",
            "role",
            "staff_id",
        ],
    ),
    (
        "menu_menuitem",
        &[
            "id",
            "name",
            "item_type",
            "price",
            "is_available",
            "created_by_id",
            "created_at",
            "updated_at",
        ],
    ),
    (
        "orders_deliverylocation",
        &["id", "name", "fee", "is_active", "created_at", "updated_at"],
    ),
    (
        "orders_order",
        &[
            "id",
            "order_number",
            "customer_phone",
            "delivery_type",
            "delivery_location_id",
            "status",
            "total_price",
            "delivery_fee",
            "notes",
            "created_at",
            "updated_at",
        ],
    ),
    (
        "orders_orderitem",
        &[
            "id",
            "order_id",
            "menu_item_id",
            "quantity",
            "unit_price",
            "subtotal",
            "notes",
            "created_at",
            "updated_at",
        ],
    ),
    (
        "payments_payment",
        &[
            "id",
            "order_id",
            "amount",
            "payment_method",
            "payment_type",
            "status",
            "reference",
            "mobile_number",
            "notes",
            "created_at",
            "updated_at",
        ],
    ),
];

/// Why the file cannot be imported at all (the command exits 2).
#[derive(Debug)]
pub struct Refusal(pub String);

pub struct User {
    pub id: i64,
    pub username: Option<String>,
    pub password: Option<String>,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub email: Option<String>,
    pub is_active: Option<i64>,
    pub date_joined: Option<String>,
    pub last_login: Option<String>,
    pub role: Option<String>,
    pub staff_id: Option<String>,
    /// Only in later versions of the original (`phone_number` or `phone`).
    pub phone: Option<String>,
}

pub struct MenuItem {
    pub id: i64,
    pub name: Option<String>,
    pub item_type: Option<String>,
    pub price: Option<String>,
    pub is_available: Option<i64>,
    pub created_by: Option<i64>,
    pub created_at: Option<String>,
    pub updated_at: Option<String>,
}

pub struct Location {
    pub id: i64,
    pub name: Option<String>,
    pub fee: Option<String>,
    pub is_active: Option<i64>,
    pub created_at: Option<String>,
    pub updated_at: Option<String>,
}

pub struct Order {
    pub id: i64,
    pub order_number: Option<String>,
    pub customer_phone: Option<String>,
    pub delivery_type: Option<String>,
    pub delivery_location_id: Option<i64>,
    pub status: Option<String>,
    pub total_price: Option<String>,
    pub delivery_fee: Option<String>,
    pub notes: Option<String>,
    pub created_at: Option<String>,
    pub updated_at: Option<String>,
    /// Snapshots kept by later versions of the original, when present.
    pub location_name: Option<String>,
    pub location_fee: Option<String>,
}

pub struct Item {
    pub id: i64,
    pub order_id: Option<i64>,
    pub menu_item_id: Option<i64>,
    pub quantity: Option<i64>,
    pub unit_price: Option<String>,
    pub subtotal: Option<String>,
    pub notes: Option<String>,
    pub created_at: Option<String>,
    pub updated_at: Option<String>,
    /// Snapshots kept by later versions of the original, when present.
    pub item_name: Option<String>,
    pub item_type: Option<String>,
}

pub struct Payment {
    pub id: i64,
    pub order_id: Option<i64>,
    pub amount: Option<String>,
    pub payment_method: Option<String>,
    pub payment_type: Option<String>,
    pub status: Option<String>,
    pub reference: Option<String>,
    pub mobile_number: Option<String>,
    pub notes: Option<String>,
    pub created_at: Option<String>,
    pub updated_at: Option<String>,
}

/// Everything read from the file.
#[derive(Default)]
pub struct Source {
    pub users: Vec<User>,
    pub menu: Vec<MenuItem>,
    pub locations: Vec<Location>,
    pub orders: Vec<Order>,
    pub items: Vec<Item>,
    pub payments: Vec<Payment>,
}

/// True when `path` is an SQLite file in WAL mode (header byte 18 is 2) with no `-wal` file
/// beside it: nobody has it open, and a read-only connection would create `-wal` and `-shm`
/// files next to it, so it is opened `immutable` instead (no locks, no side files).
fn closed_wal_file(path: &Path) -> bool {
    use std::io::Read;
    let mut head = [0u8; 20];
    let is_wal = std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut head))
        .is_ok()
        && head.starts_with(b"SQLite format 3\0")
        && head[18] == 2;
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    is_wal && !Path::new(&wal).exists()
}

/// `file:` URI for `path`, opened read-only (characters special in URIs escaped).
fn uri(path: &Path) -> String {
    let mut s = String::from("file:");
    for c in path.to_string_lossy().chars() {
        match c {
            '?' | '#' | '%' => s.push_str(&format!("%{:02X}", c as u32)),
            c => s.push(c),
        }
    }
    s.push_str("?mode=ro");
    s
}

/// The refusal for an SQLite error met while opening or reading `path`.
fn refusal(path: &Path, e: &rusqlite::Error) -> Refusal {
    use rusqlite::ErrorCode as C;
    let p = path.display();
    let text = match e.sqlite_error_code() {
        Some(C::NotADatabase) => format!("{p} is not an SQLite database"),
        Some(C::DatabaseBusy) | Some(C::DatabaseLocked) => {
            format!("{p} is locked by another program (stop the original first, or import a copy)")
        }
        Some(C::CannotOpen) | Some(C::PermissionDenied) => format!("cannot read {p}: {e}"),
        _ => format!("cannot read {p}: {e}"),
    };
    Refusal(text)
}

/// Opens `path` read-only and checks it is a readable SQLite file with the original's tables.
pub fn open(path: &Path, busy: Duration) -> Result<Connection, Refusal> {
    let p = path.display();
    // Plain file checks first: their messages are clearer than SQLite's.
    let meta = std::fs::metadata(path).map_err(|e| Refusal(format!("cannot read {p}: {e}")))?;
    if !meta.is_file() {
        return Err(Refusal(format!("cannot read {p}: not a regular file")));
    }
    std::fs::File::open(path).map_err(|e| Refusal(format!("cannot read {p}: {e}")))?;
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
        | OpenFlags::SQLITE_OPEN_URI
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut name = uri(path);
    if closed_wal_file(path) {
        name.push_str("&immutable=1");
    }
    let conn = Connection::open_with_flags(name, flags).map_err(|e| refusal(path, &e))?;
    conn.busy_timeout(busy).map_err(|e| refusal(path, &e))?;
    // The first read of the schema is where SQLite finds out what the file is.
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
        r.get::<_, i64>(0)
    })
    .map_err(|e| refusal(path, &e))?;
    for (table, columns) in REQUIRED {
        let have = columns_of(&conn, table).map_err(|e| refusal(path, &e))?;
        if have.is_empty() {
            return Err(Refusal(format!(
                "{p} is not a database of the original: table {table} is missing"
            )));
        }
        if let Some(c) = columns.iter().find(|c| !have.iter().any(|h| h == *c)) {
            return Err(Refusal(format!(
                "{p} is not a database of the original: column {table}.{c} is missing"
            )));
        }
    }
    Ok(conn)
}

fn columns_of(conn: &Connection, table: &str) -> rusqlite::Result<Vec<String>> {
    let mut st = conn.prepare(&format!("PRAGMA table_info(\"{table}\")"))?;
    let rows = st.query_map([], |r| r.get::<_, String>(1))?;
    rows.collect()
}

/// Reads every table the import needs, inside one read transaction.
pub fn read(conn: &Connection, path: &Path) -> Result<Source, Refusal> {
    let fail = |e: rusqlite::Error| refusal(path, &e);
    conn.execute_batch("BEGIN").map_err(fail)?;
    let out = read_all(conn).map_err(fail);
    let _ = conn.execute_batch("COMMIT");
    out
}

fn read_all(conn: &Connection) -> rusqlite::Result<Source> {
    let has = |t: &str, c: &str| -> rusqlite::Result<bool> {
        Ok(columns_of(conn, t)?.iter().any(|h| h == c))
    };
    let user_phone = if has("users_customuser", "phone_number")? {
        "phone_number"
    } else if has("users_customuser", "phone")? {
        "phone"
    } else {
        "NULL"
    };
    let (loc_name, loc_fee) = if has("orders_order", "delivery_location_name")?
        && has("orders_order", "delivery_location_fee")?
    {
        (
            "delivery_location_name",
            "CAST(delivery_location_fee AS TEXT)",
        )
    } else {
        ("NULL", "NULL")
    };
    let (item_name, item_type) =
        if has("orders_orderitem", "item_name")? && has("orders_orderitem", "item_type")? {
            ("item_name", "item_type")
        } else {
            ("NULL", "NULL")
        };
    let users = rows(
        conn,
        &format!(
            "SELECT id, username, password, first_name, last_name, email, is_active, \
             date_joined, last_login, role, staff_id, {user_phone} FROM users_customuser ORDER BY id"
        ),
        |r| {
            Ok(User {
                id: r.get(0)?,
                username: text(r, 1)?,
                password: text(r, 2)?,
                first_name: text(r, 3)?,
                last_name: text(r, 4)?,
                email: text(r, 5)?,
                is_active: int(r, 6)?,
                date_joined: text(r, 7)?,
                last_login: text(r, 8)?,
                role: text(r, 9)?,
                staff_id: text(r, 10)?,
                phone: text(r, 11)?,
            })
        },
    )?;
    let menu = rows(
        conn,
        "SELECT id, name, item_type, CAST(price AS TEXT), is_available, created_by_id, \
         created_at, updated_at FROM menu_menuitem ORDER BY id",
        |r| {
            Ok(MenuItem {
                id: r.get(0)?,
                name: text(r, 1)?,
                item_type: text(r, 2)?,
                price: text(r, 3)?,
                is_available: int(r, 4)?,
                created_by: int(r, 5)?,
                created_at: text(r, 6)?,
                updated_at: text(r, 7)?,
            })
        },
    )?;
    let locations = rows(
        conn,
        "SELECT id, name, CAST(fee AS TEXT), is_active, created_at, updated_at \
         FROM orders_deliverylocation ORDER BY id",
        |r| {
            Ok(Location {
                id: r.get(0)?,
                name: text(r, 1)?,
                fee: text(r, 2)?,
                is_active: int(r, 3)?,
                created_at: text(r, 4)?,
                updated_at: text(r, 5)?,
            })
        },
    )?;
    let orders = rows(
        conn,
        &format!(
            "SELECT id, order_number, customer_phone, delivery_type, delivery_location_id, status, \
             CAST(total_price AS TEXT), CAST(delivery_fee AS TEXT), notes, created_at, updated_at, \
             {loc_name}, {loc_fee} FROM orders_order ORDER BY id"
        ),
        |r| {
            Ok(Order {
                id: r.get(0)?,
                order_number: text(r, 1)?,
                customer_phone: text(r, 2)?,
                delivery_type: text(r, 3)?,
                delivery_location_id: int(r, 4)?,
                status: text(r, 5)?,
                total_price: text(r, 6)?,
                delivery_fee: text(r, 7)?,
                notes: text(r, 8)?,
                created_at: text(r, 9)?,
                updated_at: text(r, 10)?,
                location_name: text(r, 11)?,
                location_fee: text(r, 12)?,
            })
        },
    )?;
    let items = rows(
        conn,
        &format!(
            "SELECT id, order_id, menu_item_id, quantity, CAST(unit_price AS TEXT), \
             CAST(subtotal AS TEXT), notes, created_at, updated_at, {item_name}, {item_type} \
             FROM orders_orderitem ORDER BY order_id, id"
        ),
        |r| {
            Ok(Item {
                id: r.get(0)?,
                order_id: int(r, 1)?,
                menu_item_id: int(r, 2)?,
                quantity: int(r, 3)?,
                unit_price: text(r, 4)?,
                subtotal: text(r, 5)?,
                notes: text(r, 6)?,
                created_at: text(r, 7)?,
                updated_at: text(r, 8)?,
                item_name: text(r, 9)?,
                item_type: text(r, 10)?,
            })
        },
    )?;
    let payments = rows(
        conn,
        "SELECT id, order_id, CAST(amount AS TEXT), payment_method, payment_type, status, \
         reference, mobile_number, notes, created_at, updated_at FROM payments_payment \
         ORDER BY order_id, id",
        |r| {
            Ok(Payment {
                id: r.get(0)?,
                order_id: int(r, 1)?,
                amount: text(r, 2)?,
                payment_method: text(r, 3)?,
                payment_type: text(r, 4)?,
                status: text(r, 5)?,
                reference: text(r, 6)?,
                mobile_number: text(r, 7)?,
                notes: text(r, 8)?,
                created_at: text(r, 9)?,
                updated_at: text(r, 10)?,
            })
        },
    )?;
    Ok(Source {
        users,
        menu,
        locations,
        orders,
        items,
        payments,
    })
}

fn rows<T>(
    conn: &Connection,
    sql: &str,
    f: impl FnMut(&Row) -> rusqlite::Result<T>,
) -> rusqlite::Result<Vec<T>> {
    let mut st = conn.prepare(sql)?;
    let out = st.query_map([], f)?.collect();
    out
}

/// A column as text: text as is, numbers in their decimal form, NULL and blobs as `None`.
fn text(r: &Row, i: usize) -> rusqlite::Result<Option<String>> {
    Ok(match r.get::<_, Value>(i)? {
        Value::Text(s) => Some(s),
        Value::Integer(n) => Some(n.to_string()),
        Value::Real(f) => Some(f.to_string()),
        Value::Null | Value::Blob(_) => None,
    })
}

/// A column as a whole number: integers, and text holding one; anything else is `None`.
fn int(r: &Row, i: usize) -> rusqlite::Result<Option<i64>> {
    Ok(match r.get::<_, Value>(i)? {
        Value::Integer(n) => Some(n),
        Value::Text(s) => s.trim().parse().ok(),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uri_escapes_what_sqlite_would_misread() {
        assert_eq!(uri(Path::new("/a/b.sqlite3")), "file:/a/b.sqlite3?mode=ro");
        assert_eq!(uri(Path::new("/a/x?y#z%")), "file:/a/x%3Fy%23z%25?mode=ro");
    }
}
