//! Staff accounts: the SQL behind login, token checks, `users/me/`, staff management and the
//! CLI (`createsuperuser`, `seed-demo`). Usernames compare case-insensitively because the
//! column is `COLLATE NOCASE` (its unique index serves every lookup by name).

use rusqlite::{params, Connection, OptionalExtension, Row};

use super::error::Error;
use crate::domain::clock;
use crate::domain::status::Role;

/// Prefix of every `staff_id` (`ADAUG-001`, ...), as in the original.
pub const STAFF_ID_PREFIX: &str = "ADAUG-";

/// One `users` row.
#[derive(Clone, Debug)]
pub struct User {
    pub id: i64,
    pub username: String,
    /// The stored hash (argon2id PHC or Django pbkdf2); never leaves the server.
    pub password: String,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub role: Role,
    pub staff_id: String,
    pub is_active: bool,
    pub created_at: String,
    /// Bumped by a password change or a reactivation; tokens carry it.
    pub token_generation: i64,
}

/// What the per-request token check needs: one primary-key lookup.
#[derive(Clone, Debug)]
pub struct AuthRow {
    pub username: String,
    pub role: Role,
    pub is_active: bool,
    /// Tokens must carry this generation (see [`update`]).
    pub token_generation: i64,
}

/// The columns of a new account.
#[derive(Clone, Debug)]
pub struct NewUser {
    pub username: String,
    pub password_hash: String,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub role: Role,
}

/// Changes to an account; `None` leaves a column as it is.
#[derive(Clone, Debug, Default)]
pub struct UserChanges {
    pub username: Option<String>,
    pub password_hash: Option<String>,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub email: Option<String>,
    pub role: Option<Role>,
    pub is_active: Option<bool>,
}

impl UserChanges {
    pub fn is_empty(&self) -> bool {
        self.username.is_none()
            && self.password_hash.is_none()
            && self.first_name.is_none()
            && self.last_name.is_none()
            && self.email.is_none()
            && self.role.is_none()
            && self.is_active.is_none()
    }
}

const COLUMNS: &str = "id, username, password, first_name, last_name, email, role, staff_id, \
                       is_active, last_login, created_at, updated_at, token_generation";

fn from_row(r: &Row) -> rusqlite::Result<User> {
    Ok(User {
        id: r.get(0)?,
        username: r.get(1)?,
        password: r.get(2)?,
        first_name: r.get(3)?,
        last_name: r.get(4)?,
        email: r.get(5)?,
        // The CHECK constraint keeps roles valid; a bad one is still an error, not a panic.
        role: r.get(6)?,
        staff_id: r.get(7)?,
        is_active: r.get(8)?,
        created_at: r.get(10)?,
        token_generation: r.get(12)?,
    })
}

/// Username, role and active flag of user `id` (the token check on every request).
pub fn auth_row(conn: &Connection, id: i64) -> Result<Option<AuthRow>, Error> {
    let row = conn
        .prepare_cached(
            "SELECT username, role, is_active, token_generation FROM users WHERE id = ?1",
        )?
        .query_row([id], |r| {
            Ok(AuthRow {
                username: r.get(0)?,
                role: r.get(1)?,
                is_active: r.get(2)?,
                token_generation: r.get(3)?,
            })
        })
        .optional()?;
    Ok(row)
}

pub fn by_id(conn: &Connection, id: i64) -> Result<Option<User>, Error> {
    let sql = format!("SELECT {COLUMNS} FROM users WHERE id = ?1");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([id], from_row)
        .optional()?)
}

/// The account named `username`, compared case-insensitively.
pub fn by_username(conn: &Connection, username: &str) -> Result<Option<User>, Error> {
    let sql = format!("SELECT {COLUMNS} FROM users WHERE username = ?1");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([username], from_row)
        .optional()?)
}

/// Whether another account (not `except_id`) already uses `username`, case-insensitively.
pub fn username_taken(
    conn: &Connection,
    username: &str,
    except_id: Option<i64>,
) -> Result<bool, Error> {
    let n: i64 = conn.query_row(
        "SELECT COUNT(*) FROM users WHERE username = ?1 AND id != ?2",
        params![username, except_id.unwrap_or(-1)],
        |r| r.get(0),
    )?;
    Ok(n > 0)
}

/// The next free `staff_id`: one above the highest number in use. Call inside the write
/// transaction that inserts the account, so two creates cannot pick the same one.
pub fn next_staff_id(conn: &Connection) -> Result<String, Error> {
    let max: Option<i64> = conn.query_row(
        "SELECT MAX(CAST(SUBSTR(staff_id, ?1) AS INTEGER)) FROM users WHERE staff_id LIKE ?2",
        params![
            STAFF_ID_PREFIX.len() as i64 + 1,
            format!("{STAFF_ID_PREFIX}%")
        ],
        |r| r.get(0),
    )?;
    Ok(format_staff_id(max.unwrap_or(0) + 1))
}

/// `ADAUG-001` for 1; numbers past 999 simply grow wider.
pub fn format_staff_id(n: i64) -> String {
    format!("{STAFF_ID_PREFIX}{n:03}")
}

/// Inserts an account with the next `staff_id`; returns the new row.
pub fn insert(conn: &Connection, u: &NewUser) -> Result<User, Error> {
    let staff_id = next_staff_id(conn)?;
    let now = clock::iso(clock::now_micros());
    conn.execute(
        "INSERT INTO users (username, password, first_name, last_name, email, role, staff_id, \
         is_active, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 1, ?8, ?8)",
        params![
            u.username,
            u.password_hash,
            u.first_name,
            u.last_name,
            u.email,
            u.role,
            staff_id,
            now
        ],
    )?;
    let id = conn.last_insert_rowid();
    by_id(conn, id)?.ok_or_else(|| Error::other("inserted user vanished"))
}

/// Applies `ch` to user `id` (bumping `updated_at`); returns the row after the change, or
/// `None` when there is no such user. A new password or a reactivation also bumps the
/// account's token generation, so every token issued before stops working, and a new
/// password clears the demo-password flag.
pub fn update(conn: &Connection, id: i64, ch: &UserChanges) -> Result<Option<User>, Error> {
    let now = clock::iso(clock::now_micros());
    conn.execute(
        "UPDATE users SET \
           token_generation = token_generation + \
             (CASE WHEN ?3 IS NOT NULL OR (?8 = 1 AND is_active = 0) THEN 1 ELSE 0 END), \
           demo_password = (CASE WHEN ?3 IS NOT NULL THEN 0 ELSE demo_password END), \
           username   = COALESCE(?2, username), \
           password   = COALESCE(?3, password), \
           first_name = COALESCE(?4, first_name), \
           last_name  = COALESCE(?5, last_name), \
           email      = COALESCE(?6, email), \
           role       = COALESCE(?7, role), \
           is_active  = COALESCE(?8, is_active), \
           updated_at = ?9 \
         WHERE id = ?1",
        params![
            id,
            ch.username,
            ch.password_hash,
            ch.first_name,
            ch.last_name,
            ch.email,
            ch.role,
            ch.is_active,
            now
        ],
    )?;
    by_id(conn, id)
}

/// Marks user `id` as still having a password set by `seed-demo`.
pub fn mark_demo_password(conn: &Connection, id: i64) -> Result<(), Error> {
    conn.execute("UPDATE users SET demo_password = 1 WHERE id = ?1", [id])?;
    Ok(())
}

/// Usernames of active accounts whose password is still the one `seed-demo` set.
pub fn active_with_demo_password(conn: &Connection) -> Result<Vec<String>, Error> {
    let mut st = conn.prepare(
        "SELECT username FROM users WHERE is_active = 1 AND demo_password = 1 ORDER BY id",
    )?;
    let rows = st.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<Vec<String>>>()?)
}

/// Records a successful login, and when `rehash` is `Some((old, new))` upgrades the stored
/// hash, but only if it is still `old` (a password changed meanwhile must not be overwritten).
pub fn record_login(conn: &Connection, id: i64, rehash: Option<(&str, &str)>) -> Result<(), Error> {
    let now = clock::iso(clock::now_micros());
    conn.execute(
        "UPDATE users SET last_login = ?2 WHERE id = ?1",
        params![id, now],
    )?;
    if let Some((old, new)) = rehash {
        conn.execute(
            "UPDATE users SET password = ?3, updated_at = ?2 WHERE id = ?1 AND password = ?4",
            params![id, now, new, old],
        )?;
    }
    Ok(())
}

/// Filters for the staff list.
#[derive(Clone, Debug, Default)]
pub struct ListFilter {
    /// Only these roles (the caller's manageable roles).
    pub roles: Vec<Role>,
    /// Substring of username, names, email or staff_id (case-insensitive).
    pub search: Option<String>,
    pub is_active: Option<bool>,
}

fn where_clause(f: &ListFilter) -> (String, Vec<rusqlite::types::Value>) {
    use rusqlite::types::Value;
    let mut conds = Vec::new();
    let mut args: Vec<Value> = Vec::new();
    if !f.roles.is_empty() {
        let marks: Vec<String> = f
            .roles
            .iter()
            .map(|r| {
                args.push(Value::Text(r.as_str().to_string()));
                format!("?{}", args.len())
            })
            .collect();
        conds.push(format!("role IN ({})", marks.join(", ")));
    }
    if let Some(s) = &f.search {
        let escaped = s
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_");
        args.push(Value::Text(format!("%{escaped}%")));
        let n = args.len();
        conds.push(format!(
            "(username LIKE ?{n} ESCAPE '\\' OR first_name LIKE ?{n} ESCAPE '\\' \
             OR last_name LIKE ?{n} ESCAPE '\\' OR email LIKE ?{n} ESCAPE '\\' \
             OR staff_id LIKE ?{n} ESCAPE '\\')"
        ));
    }
    if let Some(a) = f.is_active {
        args.push(Value::Integer(i64::from(a)));
        conds.push(format!("is_active = ?{}", args.len()));
    }
    let sql = if conds.is_empty() {
        String::new()
    } else {
        format!(" WHERE {}", conds.join(" AND "))
    };
    (sql, args)
}

pub fn count(conn: &Connection, f: &ListFilter) -> Result<i64, Error> {
    let (w, args) = where_clause(f);
    let n = conn.query_row(
        &format!("SELECT COUNT(*) FROM users{w}"),
        rusqlite::params_from_iter(args),
        |r| r.get(0),
    )?;
    Ok(n)
}

/// One page of accounts, oldest first (staff_id order).
pub fn list(
    conn: &Connection,
    f: &ListFilter,
    offset: i64,
    limit: i64,
) -> Result<Vec<User>, Error> {
    let (w, mut args) = where_clause(f);
    args.push(rusqlite::types::Value::Integer(limit));
    args.push(rusqlite::types::Value::Integer(offset));
    let n = args.len();
    let sql = format!(
        "SELECT {COLUMNS} FROM users{w} ORDER BY id LIMIT ?{} OFFSET ?{n}",
        n - 1
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(args), from_row)?;
    Ok(rows.collect::<Result<Vec<_>, _>>()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn db() -> Connection {
        let c = Connection::open_in_memory().unwrap();
        crate::db::migrate::migrate(&c).unwrap();
        c
    }

    fn new(name: &str, role: Role) -> NewUser {
        NewUser {
            username: name.into(),
            password_hash: "x".into(),
            first_name: String::new(),
            last_name: String::new(),
            email: String::new(),
            role,
        }
    }

    #[test]
    fn staff_ids_follow_the_highest() {
        let c = db();
        assert_eq!(next_staff_id(&c).unwrap(), "ADAUG-001");
        let a = insert(&c, &new("a", Role::Admin)).unwrap();
        assert_eq!(a.staff_id, "ADAUG-001");
        let b = insert(&c, &new("b", Role::Kitchen)).unwrap();
        assert_eq!(b.staff_id, "ADAUG-002");
        c.execute(
            "UPDATE users SET staff_id = 'ADAUG-041' WHERE id = ?1",
            [a.id],
        )
        .unwrap();
        assert_eq!(next_staff_id(&c).unwrap(), "ADAUG-042");
        assert_eq!(format_staff_id(1234), "ADAUG-1234");
    }

    #[test]
    fn usernames_are_case_insensitive() {
        let c = db();
        let a = insert(&c, &new("Kofi", Role::Kitchen)).unwrap();
        assert_eq!(by_username(&c, "kOFI").unwrap().unwrap().id, a.id);
        assert!(username_taken(&c, "KOFI", None).unwrap());
        assert!(!username_taken(&c, "KOFI", Some(a.id)).unwrap());
        assert!(insert(&c, &new("kofi", Role::Kitchen)).is_err());
    }

    #[test]
    fn filters_and_updates() {
        let c = db();
        insert(&c, &new("boss", Role::Superadmin)).unwrap();
        let k = insert(&c, &new("cook_1", Role::Kitchen)).unwrap();
        insert(&c, &new("rider", Role::Delivery)).unwrap();
        let f = ListFilter {
            roles: vec![Role::Kitchen, Role::Delivery],
            ..Default::default()
        };
        assert_eq!(count(&c, &f).unwrap(), 2);
        assert_eq!(list(&c, &f, 1, 10).unwrap()[0].username, "rider");
        let f = ListFilter {
            search: Some("_".into()),
            ..Default::default()
        };
        assert_eq!(count(&c, &f).unwrap(), 1);
        let u = update(
            &c,
            k.id,
            &UserChanges {
                role: Some(Role::Frontdesk),
                is_active: Some(false),
                ..Default::default()
            },
        )
        .unwrap()
        .unwrap();
        assert_eq!(u.role, Role::Frontdesk);
        assert!(!u.is_active);
        let a = auth_row(&c, k.id).unwrap().unwrap();
        assert!(!a.is_active);
        assert!(auth_row(&c, 999).unwrap().is_none());
    }
}
