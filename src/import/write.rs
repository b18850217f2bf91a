//! Storing a [`Plan`] in this server's database, inside the caller's transaction.
//!
//! Identifiers clients see are kept: an order, menu item, location, user, line or payment keeps
//! the original's id whenever that id is free here (always, in a fresh database). Rows already
//! present are matched by their natural key (username, menu item name, location name, order
//! number, payment reference): with `--merge` they are left exactly as they are, so a second
//! run writes nothing; without it (a database with no orders yet, e.g. demo data) users, menu
//! items and locations take the original's values, so everyone's old password works.

use std::collections::{HashMap, HashSet};

use rusqlite::{params, Connection};

use super::rows::Plan;
use crate::db::users::format_staff_id;

/// Rows written and rows found already present, per table (in `rows::TABLES` order).
#[derive(Default, Debug, Clone)]
pub struct Counts {
    pub written: [u64; 6],
    pub existing: [u64; 6],
    /// Status-history rows written (one per new order).
    pub history: u64,
}

impl Counts {
    pub fn total_written(&self) -> u64 {
        self.written.iter().sum::<u64>() + self.history
    }
}

/// Called after every batch of written order rows: (orders done, orders in all).
pub type Progress<'a> = &'a mut dyn FnMut(usize, usize);

/// Why writing stopped (the transaction is then rolled back).
#[derive(Debug)]
pub enum WriteError {
    /// An order number of the file is taken here by a different order (another creation
    /// time): matching by number would silently drop the file's order.
    Conflict(String),
    Sql(rusqlite::Error),
}

impl From<rusqlite::Error> for WriteError {
    fn from(e: rusqlite::Error) -> WriteError {
        WriteError::Sql(e)
    }
}

fn ids(conn: &Connection, sql: &str) -> rusqlite::Result<HashSet<i64>> {
    let mut st = conn.prepare(sql)?;
    let rows = st.query_map([], |r| r.get(0))?;
    rows.collect()
}

fn keyed(conn: &Connection, sql: &str) -> rusqlite::Result<HashMap<String, i64>> {
    let mut st = conn.prepare(sql)?;
    let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    rows.collect()
}

/// `want` when it is free (then taken), else `None` (SQLite picks the next rowid, which the
/// caller adds to `used` after the insert).
fn keep(used: &mut HashSet<i64>, want: i64) -> Option<i64> {
    used.insert(want).then_some(want)
}

/// Writes `plan`; returns what was written and what was already there.
pub fn write(
    conn: &Connection,
    plan: &Plan,
    merge: bool,
    progress: Progress,
) -> Result<Counts, WriteError> {
    let mut c = Counts::default();
    let now = crate::domain::clock::iso(crate::domain::clock::now_micros());

    // Users.
    let mut user_ids = ids(conn, "SELECT id FROM users")?;
    let by_name = keyed(conn, "SELECT lower(username), id FROM users")?;
    let mut staff: HashSet<String> = {
        let mut st = conn.prepare("SELECT staff_id FROM users")?;
        let rows = st.query_map([], |r| r.get(0))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let mut next_staff = 1i64;
    let mut user_map: HashMap<i64, i64> = HashMap::new();
    {
        let mut ins = conn.prepare(
            "INSERT INTO users (id, username, password, first_name, last_name, email, phone, role, \
             staff_id, is_active, last_login, created_at, updated_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)",
        )?;
        let mut upd = conn.prepare(
            "UPDATE users SET password = ?2, first_name = ?3, last_name = ?4, email = ?5, \
             phone = ?6, role = ?7, is_active = ?8, updated_at = ?9 WHERE id = ?1",
        )?;
        for u in &plan.users {
            if let Some(&id) = by_name.get(&u.username.to_lowercase()) {
                user_map.insert(u.src_id, id);
                if merge {
                    c.existing[0] += 1;
                } else {
                    upd.execute(params![
                        id,
                        u.password,
                        u.first_name,
                        u.last_name,
                        u.email,
                        u.phone,
                        u.role.as_str(),
                        u.is_active,
                        now
                    ])?;
                    c.written[0] += 1;
                }
                continue;
            }
            let staff_id = if !u.staff_id.is_empty() && staff.insert(u.staff_id.clone()) {
                u.staff_id.clone()
            } else {
                loop {
                    let s = format_staff_id(next_staff);
                    next_staff += 1;
                    if staff.insert(s.clone()) {
                        break s;
                    }
                }
            };
            ins.execute(params![
                keep(&mut user_ids, u.src_id),
                u.username,
                u.password,
                u.first_name,
                u.last_name,
                u.email,
                u.phone,
                u.role.as_str(),
                staff_id,
                u.is_active,
                u.last_login,
                u.joined
            ])?;
            let id = conn.last_insert_rowid();
            user_ids.insert(id);
            user_map.insert(u.src_id, id);
            c.written[0] += 1;
        }
    }

    // Menu items.
    let mut menu_ids = ids(conn, "SELECT id FROM menu_items")?;
    let menu_by_name = keyed(conn, "SELECT name, id FROM menu_items")?;
    let mut menu_map: HashMap<i64, i64> = HashMap::new();
    {
        let mut ins = conn.prepare(
            "INSERT INTO menu_items (id, name, item_type, price, is_available, created_by, \
             created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?;
        let mut upd = conn.prepare(
            "UPDATE menu_items SET item_type = ?2, price = ?3, is_available = ?4, updated_at = ?5 \
             WHERE id = ?1",
        )?;
        for m in &plan.menu {
            if let Some(&id) = menu_by_name.get(&m.name) {
                menu_map.insert(m.src_id, id);
                if merge {
                    c.existing[1] += 1;
                } else {
                    upd.execute(params![id, m.item_type, m.price, m.is_available, now])?;
                    c.written[1] += 1;
                }
                continue;
            }
            let by = m.src_created_by.and_then(|u| user_map.get(&u).copied());
            ins.execute(params![
                keep(&mut menu_ids, m.src_id),
                m.name,
                m.item_type,
                m.price,
                m.is_available,
                by,
                m.created_at,
                m.updated_at
            ])?;
            let id = conn.last_insert_rowid();
            menu_ids.insert(id);
            menu_map.insert(m.src_id, id);
            c.written[1] += 1;
        }
    }

    // Delivery locations.
    let mut loc_ids = ids(conn, "SELECT id FROM delivery_locations")?;
    let loc_by_name = keyed(conn, "SELECT name, id FROM delivery_locations")?;
    let mut loc_map: HashMap<i64, i64> = HashMap::new();
    {
        let mut ins = conn.prepare(
            "INSERT INTO delivery_locations (id, name, fee, is_active, created_at, updated_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
        let mut upd = conn.prepare(
            "UPDATE delivery_locations SET fee = ?2, is_active = ?3, updated_at = ?4 WHERE id = ?1",
        )?;
        for l in &plan.locations {
            if let Some(&id) = loc_by_name.get(&l.name) {
                loc_map.insert(l.src_id, id);
                if merge {
                    c.existing[2] += 1;
                } else {
                    upd.execute(params![id, l.fee, l.is_active, now])?;
                    c.written[2] += 1;
                }
                continue;
            }
            ins.execute(params![
                keep(&mut loc_ids, l.src_id),
                l.name,
                l.fee,
                l.is_active,
                l.created_at,
                l.updated_at
            ])?;
            let id = conn.last_insert_rowid();
            loc_ids.insert(id);
            loc_map.insert(l.src_id, id);
            c.written[2] += 1;
        }
    }

    write_orders(conn, plan, &menu_map, &loc_map, &mut c, progress)?;
    Ok(c)
}

fn write_orders(
    conn: &Connection,
    plan: &Plan,
    menu_map: &HashMap<i64, i64>,
    loc_map: &HashMap<i64, i64>,
    c: &mut Counts,
    progress: Progress,
) -> Result<(), WriteError> {
    let mut order_ids = ids(conn, "SELECT id FROM orders")?;
    let by_number: HashMap<String, (i64, String)> = {
        let mut st = conn.prepare("SELECT order_number, id, created_at FROM orders")?;
        let rows = st.query_map([], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?))))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let mut item_ids = ids(conn, "SELECT id FROM order_items")?;
    let mut pay_ids = ids(conn, "SELECT id FROM payments")?;
    let mut refs: HashSet<String> = {
        let mut st = conn.prepare("SELECT reference FROM payments")?;
        let rows = st.query_map([], |r| r.get(0))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let mut ins_order = conn.prepare(
        "INSERT INTO orders (id, order_number, order_date, seq, customer_phone, delivery_type, \
         delivery_location_id, delivery_location_name, delivery_location_fee, status, \
         delivery_fee, total_price, notes, version, created_by, created_at, updated_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, 1, NULL, ?14, ?15)",
    )?;
    let mut ins_item = conn.prepare(
        "INSERT INTO order_items (id, order_id, menu_item_id, menu_item_name, item_type, \
         quantity, unit_price, subtotal, notes, created_at, updated_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?;
    let mut ins_pay = conn.prepare(
        "INSERT INTO payments (id, reference, order_id, amount, payment_method, payment_type, \
         status, mobile_number, notes, created_by, created_at, updated_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, NULL, ?10, ?11)",
    )?;
    // The original keeps no history: one row records the status each order had when its
    // row last changed there ("import" as the author, as the original never said who).
    let mut ins_hist = conn.prepare(
        "INSERT INTO order_status_history (order_id, from_status, to_status, changed_by, changed_at) \
         VALUES (?1, NULL, ?2, 'import', ?3)",
    )?;
    let total = plan.orders.len();
    for (n, o) in plan.orders.iter().enumerate() {
        if n % 10_000 == 0 && n > 0 {
            progress(n, total);
        }
        let order_id = match by_number.get(&o.number) {
            Some((_, at)) if *at != o.created_at => {
                return Err(WriteError::Conflict(format!(
                    "order {} is already here but is another order (created {at} here, {} in \
                     the file); nothing was written",
                    o.number, o.created_at
                )));
            }
            Some(&(id, _)) => {
                c.existing[3] += 1;
                c.existing[4] += o.items.len() as u64;
                id
            }
            None => {
                ins_order.execute(params![
                    keep(&mut order_ids, o.src_id),
                    o.number,
                    o.date.to_string(),
                    o.seq,
                    o.phone,
                    o.delivery_type.as_str(),
                    o.src_location_id.and_then(|l| loc_map.get(&l).copied()),
                    o.location_name,
                    o.location_fee,
                    o.status.as_str(),
                    o.delivery_fee,
                    o.total,
                    o.notes,
                    o.created_at,
                    o.updated_at
                ])?;
                let id = conn.last_insert_rowid();
                order_ids.insert(id);
                c.written[3] += 1;
                for i in &o.items {
                    ins_item.execute(params![
                        keep(&mut item_ids, i.src_id),
                        id,
                        i.src_menu_id.and_then(|m| menu_map.get(&m).copied()),
                        i.name,
                        i.item_type,
                        i.quantity,
                        i.unit_price,
                        i.subtotal,
                        i.notes,
                        i.created_at,
                        i.updated_at
                    ])?;
                    item_ids.insert(conn.last_insert_rowid());
                    c.written[4] += 1;
                }
                ins_hist.execute(params![id, o.status.as_str(), o.updated_at])?;
                c.history += 1;
                id
            }
        };
        for p in &o.payments {
            if !refs.insert(p.reference.clone()) {
                c.existing[5] += 1;
                continue;
            }
            ins_pay.execute(params![
                keep(&mut pay_ids, p.src_id),
                p.reference,
                order_id,
                p.amount,
                p.method.as_str(),
                p.kind.as_str(),
                p.state.as_str(),
                p.mobile_number,
                p.notes,
                p.created_at,
                p.updated_at
            ])?;
            pay_ids.insert(conn.last_insert_rowid());
            c.written[5] += 1;
        }
    }
    if total > 0 {
        progress(total, total);
    }
    Ok(())
}
