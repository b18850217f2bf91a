//! Orders in SQLite: numbering, inserts and edits, status history, filtered lists, and whole
//! orders as typed rows ([`OrderRecord`], read by [`load`] with three queries per batch of
//! orders (orders, items, payments) however many orders the batch holds). Their JSON is
//! `api::wire_order`'s business.
//!
//! Menu items and delivery locations are read here (never written) to price and place orders.

use std::collections::HashMap;

use rusqlite::types::Value as SqlValue;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension, Row};

use super::error::Error;
use super::payments::{self, PaymentRow};
use super::{placeholders, IN_CHUNK};
use crate::domain::clock::{self, Date};
use crate::domain::payment::{self, Summary};
use crate::domain::status::{DeliveryType, OrderStatus};

/// A menu item as an order line needs it.
#[derive(Clone, Debug)]
pub struct MenuRef {
    pub id: i64,
    pub name: String,
    pub item_type: String,
    pub price: i64,
    pub is_available: bool,
}

/// The menu items among `ids` that exist, by id.
pub fn menu_items(conn: &Connection, ids: &[i64]) -> Result<HashMap<i64, MenuRef>, Error> {
    let mut out = HashMap::new();
    for chunk in ids.chunks(IN_CHUNK) {
        let sql = format!(
            "SELECT id, name, item_type, price, is_available FROM menu_items WHERE id IN ({})",
            placeholders(chunk.len())
        );
        let mut st = conn.prepare_cached(&sql)?;
        let rows = st.query_map(params_from_iter(chunk.iter()), |r| {
            Ok(MenuRef {
                id: r.get(0)?,
                name: r.get(1)?,
                item_type: r.get(2)?,
                price: r.get(3)?,
                is_available: r.get::<_, i64>(4)? != 0,
            })
        })?;
        for m in rows {
            let m = m?;
            out.insert(m.id, m);
        }
    }
    Ok(out)
}

/// A delivery location as an order needs it.
#[derive(Clone, Debug)]
pub struct LocationRef {
    pub id: i64,
    pub name: String,
    pub fee: i64,
}

/// The active location with this id.
pub fn active_location_by_id(conn: &Connection, id: i64) -> Result<Option<LocationRef>, Error> {
    location(conn, "id = ?1", &id)
}

/// The active location with exactly this name.
pub fn active_location_by_name(
    conn: &Connection,
    name: &str,
) -> Result<Option<LocationRef>, Error> {
    location(conn, "name = ?1", &name)
}

fn location(
    conn: &Connection,
    cond: &str,
    arg: &dyn rusqlite::ToSql,
) -> Result<Option<LocationRef>, Error> {
    let sql =
        format!("SELECT id, name, fee FROM delivery_locations WHERE {cond} AND is_active = 1");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([arg], |r| {
            Ok(LocationRef {
                id: r.get(0)?,
                name: r.get(1)?,
                fee: r.get(2)?,
            })
        })
        .optional()?)
}

/// The next per-day sequence number of `date`. Called inside the single writer's
/// transaction, so no other create can take the same number in between.
pub fn next_seq(conn: &Connection, date: Date) -> Result<i64, Error> {
    Ok(conn
        .prepare_cached("SELECT COALESCE(MAX(seq), 0) + 1 FROM orders WHERE order_date = ?1")?
        .query_row([date.to_string()], |r| r.get(0))?)
}

/// The stored fields of an order that the rules work on (not the items or payments).
#[derive(Clone, Debug)]
pub struct OrderCore {
    pub id: i64,
    pub order_number: String,
    pub customer_phone: String,
    pub delivery_type: DeliveryType,
    pub delivery_location_id: Option<i64>,
    pub delivery_location_name: Option<String>,
    pub delivery_location_fee: Option<i64>,
    pub status: OrderStatus,
    pub total_price: i64,
    pub notes: String,
}

/// The order with this number.
pub fn core_by_number(conn: &Connection, number: &str) -> Result<Option<OrderCore>, Error> {
    Ok(conn
        .prepare_cached(
            "SELECT id, order_number, customer_phone, delivery_type, delivery_location_id, \
             delivery_location_name, delivery_location_fee, status, delivery_fee, total_price, \
             notes, version FROM orders WHERE order_number = ?1",
        )?
        .query_row([number], |r| {
            Ok(OrderCore {
                id: r.get(0)?,
                order_number: r.get(1)?,
                customer_phone: r.get(2)?,
                delivery_type: r.get(3)?,
                delivery_location_id: r.get(4)?,
                delivery_location_name: r.get(5)?,
                delivery_location_fee: r.get(6)?,
                status: r.get(7)?,
                total_price: r.get(9)?,
                notes: r.get(10)?,
            })
        })
        .optional()?)
}

/// The id of the order with this number.
pub fn id_by_number(conn: &Connection, number: &str) -> Result<Option<i64>, Error> {
    Ok(conn
        .prepare_cached("SELECT id FROM orders WHERE order_number = ?1")?
        .query_row([number], |r| r.get(0))
        .optional()?)
}

/// The order-level fields a create or an edit writes.
#[derive(Clone, Debug)]
pub struct OrderFields {
    pub customer_phone: String,
    pub delivery_type: DeliveryType,
    pub delivery_location_id: Option<i64>,
    pub delivery_location_name: Option<String>,
    pub delivery_location_fee: Option<i64>,
    pub delivery_fee: i64,
    pub total_price: i64,
    pub notes: String,
}

/// One order line, priced.
#[derive(Clone, Debug)]
pub struct NewItem {
    pub menu_item_id: i64,
    pub menu_item_name: String,
    pub item_type: String,
    pub quantity: i64,
    pub unit_price: i64,
    pub subtotal: i64,
    pub notes: String,
}

/// A new order's identity.
pub struct NewOrder<'a> {
    pub order_number: &'a str,
    pub order_date: Date,
    pub seq: i64,
    pub status: OrderStatus,
    pub created_by: i64,
    pub at: &'a str,
}

/// Inserts an order (version 1); returns its id.
pub fn insert(conn: &Connection, o: &NewOrder, f: &OrderFields) -> Result<i64, Error> {
    conn.prepare_cached(
        "INSERT INTO orders (order_number, order_date, seq, customer_phone, delivery_type, \
         delivery_location_id, delivery_location_name, delivery_location_fee, status, \
         delivery_fee, total_price, notes, version, created_by, created_at, updated_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, 1, ?13, ?14, ?14)",
    )?
    .execute(params![
        o.order_number,
        o.order_date.to_string(),
        o.seq,
        f.customer_phone,
        f.delivery_type,
        f.delivery_location_id,
        f.delivery_location_name,
        f.delivery_location_fee,
        o.status,
        f.delivery_fee,
        f.total_price,
        f.notes,
        o.created_by,
        o.at
    ])?;
    Ok(conn.last_insert_rowid())
}

/// Writes the order-level fields of an edit and bumps the version.
pub fn update_fields(conn: &Connection, id: i64, f: &OrderFields, at: &str) -> Result<(), Error> {
    conn.prepare_cached(
        "UPDATE orders SET customer_phone = ?2, delivery_type = ?3, delivery_location_id = ?4, \
         delivery_location_name = ?5, delivery_location_fee = ?6, delivery_fee = ?7, \
         total_price = ?8, notes = ?9, version = version + 1, updated_at = ?10 WHERE id = ?1",
    )?
    .execute(params![
        id,
        f.customer_phone,
        f.delivery_type,
        f.delivery_location_id,
        f.delivery_location_name,
        f.delivery_location_fee,
        f.delivery_fee,
        f.total_price,
        f.notes,
        at
    ])?;
    Ok(())
}

/// Replaces all lines of an order with `items`.
pub fn replace_items(
    conn: &Connection,
    order_id: i64,
    items: &[NewItem],
    at: &str,
) -> Result<(), Error> {
    conn.prepare_cached("DELETE FROM order_items WHERE order_id = ?1")?
        .execute([order_id])?;
    let mut st = conn.prepare_cached(
        "INSERT INTO order_items (order_id, menu_item_id, menu_item_name, item_type, quantity, \
         unit_price, subtotal, notes, created_at, updated_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
    )?;
    for it in items {
        st.execute(params![
            order_id,
            it.menu_item_id,
            it.menu_item_name,
            it.item_type,
            it.quantity,
            it.unit_price,
            it.subtotal,
            it.notes,
            at
        ])?;
    }
    Ok(())
}

/// The line subtotals of an order as stored.
pub fn item_subtotals(conn: &Connection, order_id: i64) -> Result<Vec<i64>, Error> {
    let mut st = conn.prepare_cached("SELECT subtotal FROM order_items WHERE order_id = ?1")?;
    let rows = st.query_map([order_id], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<Vec<i64>>>()?)
}

/// Sets the status, bumps the version and appends the history row `from -> to` by `by`.
pub fn set_status(
    conn: &Connection,
    id: i64,
    from: OrderStatus,
    to: OrderStatus,
    by: &str,
    at: &str,
) -> Result<(), Error> {
    conn.prepare_cached(
        "UPDATE orders SET status = ?2, version = version + 1, updated_at = ?3 WHERE id = ?1",
    )?
    .execute(params![id, to, at])?;
    add_history(conn, id, Some(from), to, by, at)
}

/// Appends a status-history row (`from` is `None` for the initial status).
pub fn add_history(
    conn: &Connection,
    id: i64,
    from: Option<OrderStatus>,
    to: OrderStatus,
    by: &str,
    at: &str,
) -> Result<(), Error> {
    conn.prepare_cached(
        "INSERT INTO order_status_history (order_id, from_status, to_status, changed_by, changed_at) \
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![id, from, to, by, at])?;
    Ok(())
}

/// Bumps the version and `updated_at` (a payment changed the order's derived fields).
pub fn touch(conn: &Connection, id: i64, at: &str) -> Result<(), Error> {
    conn.prepare_cached("UPDATE orders SET version = version + 1, updated_at = ?2 WHERE id = ?1")?
        .execute(params![id, at])?;
    Ok(())
}

/// Deletes an order; its items, payments and history go with it (ON DELETE CASCADE).
pub fn delete(conn: &Connection, id: i64) -> Result<(), Error> {
    conn.prepare_cached("DELETE FROM orders WHERE id = ?1")?
        .execute([id])?;
    Ok(())
}

/// One status change of an order, as stored (statuses as text: rows imported from the
/// original may name ones this server no longer uses).
#[derive(Clone, Debug)]
pub struct StatusChange {
    /// `None` for the status the order was created with.
    pub from: Option<String>,
    pub to: String,
    pub by: String,
    pub at: String,
}

/// The status changes of an order, oldest first.
pub fn history(conn: &Connection, id: i64) -> Result<Vec<StatusChange>, Error> {
    let mut st = conn.prepare_cached(
        "SELECT from_status, to_status, changed_by, changed_at FROM order_status_history \
         WHERE order_id = ?1 ORDER BY changed_at, id",
    )?;
    let rows = st.query_map([id], |r| {
        Ok(StatusChange {
            from: r.get(0)?,
            to: r.get(1)?,
            by: r.get(2)?,
            at: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// The payment summary of one order, from its ledger.
pub fn summary(conn: &Connection, core: &OrderCore) -> Result<Summary, Error> {
    let facts = payments::facts(conn, core.id)?;
    Ok(payment::summarize(
        core.total_price,
        core.status == OrderStatus::Cancelled,
        &facts,
    ))
}

/// Filters of `GET /api/orders/`.
#[derive(Default, Clone, Debug)]
pub struct Filter {
    /// Created on this UTC date.
    pub date: Option<Date>,
    pub status: Option<OrderStatus>,
    /// Substring of the phone, the order number or the location name.
    pub search: Option<String>,
    /// `?ordering=` as the original allowed it: `created_at`, `total_price` or `status`,
    /// `-` for descending. `None`: newest first.
    pub ordering: Option<(&'static str, bool)>,
}

/// The columns `?ordering=` may name, and their SQL.
pub fn ordering_column(name: &str) -> Option<&'static str> {
    match name {
        "created_at" => Some("o.created_at"),
        "total_price" => Some("o.total_price"),
        "status" => Some("o.status"),
        _ => None,
    }
}

impl Filter {
    fn where_clause(&self) -> (String, Vec<SqlValue>) {
        let mut conds: Vec<&str> = Vec::new();
        let mut args: Vec<SqlValue> = Vec::new();
        if let Some(d) = self.date {
            conds.push("o.created_at >= ? AND o.created_at < ?");
            args.push(SqlValue::Text(clock::iso(d.start_micros())));
            args.push(SqlValue::Text(clock::iso(d.next().start_micros())));
        }
        if let Some(s) = self.status {
            conds.push("o.status = ?");
            args.push(SqlValue::Text(s.as_str().to_string()));
        }
        if let Some(q) = self.search.as_deref().filter(|q| !q.is_empty()) {
            conds.push(
                "(o.customer_phone LIKE ? ESCAPE '\\' OR o.order_number LIKE ? ESCAPE '\\' \
                 OR o.delivery_location_name LIKE ? ESCAPE '\\')",
            );
            let pattern = super::like_pattern(q);
            for _ in 0..3 {
                args.push(SqlValue::Text(pattern.clone()));
            }
        }
        if conds.is_empty() {
            (String::new(), args)
        } else {
            (format!("WHERE {}", conds.join(" AND ")), args)
        }
    }
}

/// Number of orders matching `f`.
pub fn count(conn: &Connection, f: &Filter) -> Result<i64, Error> {
    let (cond, args) = f.where_clause();
    let sql = format!("SELECT COUNT(*) FROM orders o {cond}");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row(params_from_iter(args.iter()), |r| r.get(0))?)
}

/// Ids of the orders matching `f`, newest first unless `f.ordering` says otherwise; `page` is
/// `(offset, limit)`.
pub fn list_ids(
    conn: &Connection,
    f: &Filter,
    page: Option<(i64, i64)>,
) -> Result<Vec<i64>, Error> {
    let (cond, mut args) = f.where_clause();
    let (col, desc) = f.ordering.unwrap_or(("o.created_at", true));
    let dir = if desc { "DESC" } else { "ASC" };
    let mut sql = format!("SELECT o.id FROM orders o {cond} ORDER BY {col} {dir}, o.id {dir}");
    if let Some((offset, limit)) = page {
        sql.push_str(" LIMIT ? OFFSET ?");
        args.push(SqlValue::Integer(limit));
        args.push(SqlValue::Integer(offset));
    }
    let mut st = conn.prepare_cached(&sql)?;
    let rows = st.query_map(params_from_iter(args.iter()), |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<Vec<i64>>>()?)
}

/// One whole order: its row, its lines and its payments (newest first).
#[derive(Clone, Debug)]
pub struct OrderRecord {
    pub id: i64,
    pub order_number: String,
    /// Empty when not given.
    pub customer_phone: String,
    pub delivery_type: DeliveryType,
    /// The delivery location's name as it is now (`None` once it is deleted).
    pub location_now: Option<String>,
    /// The location and fee as they were when the order was placed.
    pub location_name: Option<String>,
    pub location_fee: Option<i64>,
    pub status: OrderStatus,
    /// Money in minor units (see `domain::money`).
    pub total_price: i64,
    pub delivery_fee: i64,
    pub notes: String,
    pub created_at: String,
    pub updated_at: String,
    pub version: i64,
    pub items: Vec<ItemRow>,
    pub payments: Vec<PaymentRow>,
}

/// One order line as stored.
#[derive(Clone, Debug)]
pub struct ItemRow {
    pub id: i64,
    /// `None` for a line whose menu item no longer exists (imported from the original).
    pub menu_item_id: Option<i64>,
    pub menu_item_name: String,
    pub item_type: String,
    pub quantity: i64,
    pub unit_price: i64,
    pub subtotal: i64,
    pub notes: String,
}

/// The order with this id, whole.
pub fn load_one(conn: &Connection, id: i64) -> Result<Option<OrderRecord>, Error> {
    Ok(load(conn, &[id])?.into_iter().next())
}

/// The orders `ids`, whole, in the order given (ids that do not exist are skipped).
pub fn load(conn: &Connection, ids: &[i64]) -> Result<Vec<OrderRecord>, Error> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut orders: HashMap<i64, OrderRecord> = HashMap::with_capacity(ids.len());
    let mut items: HashMap<i64, Vec<ItemRow>> = HashMap::new();
    for chunk in ids.chunks(IN_CHUNK) {
        let marks = placeholders(chunk.len());
        let sql = format!(
            "SELECT o.id, o.order_number, o.customer_phone, o.delivery_type, \
             dl.name, o.delivery_location_name, o.delivery_location_fee, \
             o.status, o.total_price, o.delivery_fee, o.notes, o.created_at, o.updated_at, \
             o.version \
             FROM orders o LEFT JOIN delivery_locations dl ON dl.id = o.delivery_location_id \
             WHERE o.id IN ({marks})"
        );
        let mut st = conn.prepare_cached(&sql)?;
        let rows = st.query_map(params_from_iter(chunk.iter()), order_record)?;
        for row in rows {
            let row = row?;
            orders.insert(row.id, row);
        }
        let sql = format!(
            "SELECT order_id, id, menu_item_id, menu_item_name, item_type, quantity, unit_price, \
             subtotal, notes FROM order_items WHERE order_id IN ({marks}) ORDER BY order_id, id"
        );
        let mut st = conn.prepare_cached(&sql)?;
        let rows = st.query_map(params_from_iter(chunk.iter()), |r| {
            Ok((
                r.get::<_, i64>(0)?,
                ItemRow {
                    id: r.get(1)?,
                    menu_item_id: r.get(2)?,
                    menu_item_name: r.get(3)?,
                    item_type: r.get(4)?,
                    quantity: r.get(5)?,
                    unit_price: r.get(6)?,
                    subtotal: r.get(7)?,
                    notes: r.get(8)?,
                },
            ))
        })?;
        for row in rows {
            let (order_id, item) = row?;
            items.entry(order_id).or_default().push(item);
        }
    }
    let mut pays = payments::rows_for_orders(conn, ids)?;
    let mut out = Vec::with_capacity(orders.len());
    for id in ids {
        let Some(mut o) = orders.remove(id) else {
            continue;
        };
        o.items = items.remove(id).unwrap_or_default();
        o.payments = pays.remove(id).unwrap_or_default();
        out.push(o);
    }
    Ok(out)
}

/// An order row of [`load`]'s first query (lines and payments still empty).
fn order_record(r: &Row) -> rusqlite::Result<OrderRecord> {
    Ok(OrderRecord {
        id: r.get(0)?,
        order_number: r.get(1)?,
        customer_phone: r.get(2)?,
        delivery_type: r.get(3)?,
        location_now: r.get(4)?,
        location_name: r.get(5)?,
        location_fee: r.get(6)?,
        status: r.get(7)?,
        total_price: r.get(8)?,
        delivery_fee: r.get(9)?,
        notes: r.get(10)?,
        created_at: r.get(11)?,
        updated_at: r.get(12)?,
        version: r.get(13)?,
        items: Vec::new(),
        payments: Vec::new(),
    })
}
