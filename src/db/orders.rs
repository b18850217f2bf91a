//! Orders in SQLite: numbering, inserts and edits, status history, filtered lists, and the
//! Order JSON. The Order JSON is built here and nowhere else (detail, lists, the events
//! outbox and the WebSocket snapshot all come through [`list_json`]), from three queries per
//! batch of orders (orders, items, payments) however many orders the batch holds.
//!
//! Menu items and delivery locations are read here (never written) to price and place orders.

use std::collections::HashMap;

use rusqlite::types::Value as SqlValue;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension, Row};
use serde_json::{json, Value};

use super::error::Error;
use super::payments::{self, PaymentRow};
use super::{placeholders, IN_CHUNK};
use crate::domain::clock::{self, Date};
use crate::domain::money;
use crate::domain::payment::{self, PaymentFact, PaymentState, PaymentType, Summary};
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
    pub delivery_fee: i64,
    pub total_price: i64,
    pub notes: String,
    pub version: i64,
}

/// The order with this number.
pub fn core_by_number(conn: &Connection, number: &str) -> Result<Option<OrderCore>, Error> {
    let row = conn
        .prepare_cached(
            "SELECT id, order_number, customer_phone, delivery_type, delivery_location_id, \
             delivery_location_name, delivery_location_fee, status, delivery_fee, total_price, \
             notes, version FROM orders WHERE order_number = ?1",
        )?
        .query_row([number], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, Option<i64>>(4)?,
                r.get::<_, Option<String>>(5)?,
                r.get::<_, Option<i64>>(6)?,
                r.get::<_, String>(7)?,
                r.get::<_, i64>(8)?,
                r.get::<_, i64>(9)?,
                r.get::<_, String>(10)?,
                r.get::<_, i64>(11)?,
            ))
        })
        .optional()?;
    let Some(r) = row else {
        return Ok(None);
    };
    // The CHECK constraints keep these columns within the vocabularies.
    let delivery_type = DeliveryType::parse(&r.3)
        .ok_or_else(|| Error::other(format!("order {}: bad delivery_type {}", r.0, r.3)))?;
    let status = OrderStatus::parse(&r.7)
        .ok_or_else(|| Error::other(format!("order {}: bad status {}", r.0, r.7)))?;
    Ok(Some(OrderCore {
        id: r.0,
        order_number: r.1,
        customer_phone: r.2,
        delivery_type,
        delivery_location_id: r.4,
        delivery_location_name: r.5,
        delivery_location_fee: r.6,
        status,
        delivery_fee: r.8,
        total_price: r.9,
        notes: r.10,
        version: r.11,
    }))
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
        f.delivery_type.as_str(),
        f.delivery_location_id,
        f.delivery_location_name,
        f.delivery_location_fee,
        o.status.as_str(),
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
        f.delivery_type.as_str(),
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
    .execute(params![id, to.as_str(), at])?;
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
    .execute(params![id, from.map(|s| s.as_str()), to.as_str(), by, at])?;
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

/// The status changes of an order, oldest first: `[{from, to, by, at}]`.
pub fn history_json(conn: &Connection, id: i64) -> Result<Vec<Value>, Error> {
    let mut st = conn.prepare_cached(
        "SELECT from_status, to_status, changed_by, changed_at FROM order_status_history \
         WHERE order_id = ?1 ORDER BY changed_at, id",
    )?;
    let rows = st.query_map([id], |r| {
        Ok(json!({
            "from": r.get::<_, Option<String>>(0)?,
            "to": r.get::<_, String>(1)?,
            "by": r.get::<_, String>(2)?,
            "at": r.get::<_, String>(3)?,
        }))
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<Value>>>()?)
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

/// The live feed's snapshot: every active order (not Fulfilled or Cancelled) plus all of
/// today's (UTC), newest first, as Order JSON.
pub fn snapshot_json(conn: &Connection) -> Result<Vec<Value>, Error> {
    let today = Date::of_micros(clock::now_micros());
    let mut st = conn.prepare_cached(
        "SELECT id FROM orders WHERE status NOT IN ('Fulfilled', 'Cancelled') OR created_at >= ?1 \
         ORDER BY created_at DESC, id DESC",
    )?;
    let rows = st.query_map([clock::iso(today.start_micros())], |r| r.get(0))?;
    let ids = rows.collect::<rusqlite::Result<Vec<i64>>>()?;
    list_json(conn, &ids)
}

/// The Order JSON of one order.
pub fn load_json(conn: &Connection, order_id: i64) -> Result<Option<Value>, Error> {
    Ok(list_json(conn, &[order_id])?.into_iter().next())
}

/// Order JSON for `ids`, in the order given (ids that do not exist are skipped).
pub fn list_json(conn: &Connection, ids: &[i64]) -> Result<Vec<Value>, Error> {
    let mut out = Vec::with_capacity(ids.len());
    render(conn, ids, |o| {
        out.push(serde_json::to_value(o).map_err(Error::other)?);
        Ok(())
    })?;
    Ok(out)
}

/// Appends the JSON array of the orders `ids` to `buf`, serialized straight from typed rows
/// (no `Value` tree: building and dropping one per order was most of a list request's CPU).
///
/// Returns the moment (UTC micros) the first `time_ago` label in it would read differently,
/// so a stored copy knows when it goes stale (`i64::MAX` when there is none).
pub fn write_list(conn: &Connection, ids: &[i64], buf: &mut Vec<u8>) -> Result<i64, Error> {
    buf.push(b'[');
    let mut first = true;
    let fresh_until = render(conn, ids, |o| {
        if !first {
            buf.push(b',');
        }
        first = false;
        serde_json::to_writer(&mut *buf, o).map_err(Error::other)
    })?;
    buf.push(b']');
    Ok(fresh_until)
}

/// Loads the orders `ids` (three queries per chunk) and hands each, in the order given, to
/// `each`. Returns when the first `time_ago` label handed out would change.
fn render(
    conn: &Connection,
    ids: &[i64],
    mut each: impl FnMut(&OrderOut) -> Result<(), Error>,
) -> Result<i64, Error> {
    if ids.is_empty() {
        return Ok(i64::MAX);
    }
    let mut orders: HashMap<i64, OrderRow> = HashMap::with_capacity(ids.len());
    let mut items: HashMap<i64, Vec<ItemOut>> = HashMap::new();
    for chunk in ids.chunks(IN_CHUNK) {
        let marks = placeholders(chunk.len());
        let sql = format!(
            "SELECT o.id, o.order_number, o.customer_phone, o.delivery_type, dl.name, \
             o.delivery_location_name, o.delivery_location_fee, o.status, o.total_price, \
             o.delivery_fee, o.notes, o.created_at, o.updated_at, o.version \
             FROM orders o LEFT JOIN delivery_locations dl ON dl.id = o.delivery_location_id \
             WHERE o.id IN ({marks})"
        );
        let mut st = conn.prepare_cached(&sql)?;
        let rows = st.query_map(params_from_iter(chunk.iter()), OrderRow::from_row)?;
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
                ItemOut {
                    id: r.get(1)?,
                    menu_item_id: r.get(2)?,
                    menu_item_name: r.get(3)?,
                    item_type: r.get(4)?,
                    quantity: r.get(5)?,
                    unit_price: money::format(r.get(6)?),
                    subtotal: money::format(r.get(7)?),
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
    let now = clock::now_micros();
    let mut fresh_until = i64::MAX;
    let mut label_changes = |at: &str| {
        let then = clock::parse_iso(at).unwrap_or(now);
        fresh_until = fresh_until.min(clock::time_ago_changes_at(now, then));
    };
    for id in ids {
        let Some(o) = orders.remove(id) else {
            continue;
        };
        let its = items.remove(id).unwrap_or_default();
        let ps = pays.remove(id).unwrap_or_default();
        label_changes(&o.updated_at);
        ps.iter().for_each(|p| label_changes(&p.created_at));
        each(&o.into_out(its, &ps, now))?;
    }
    Ok(fresh_until)
}

/// One line of an Order (field order as the original's serializer).
#[derive(serde::Serialize)]
struct ItemOut {
    id: i64,
    /// Null for a line whose menu item no longer exists (imported from the original).
    menu_item_id: Option<i64>,
    menu_item_name: String,
    item_type: String,
    quantity: i64,
    unit_price: String,
    subtotal: String,
    notes: String,
}

/// The Order JSON, typed (field order as the original's serializer).
#[derive(serde::Serialize)]
struct OrderOut<'a> {
    id: i64,
    order_number: String,
    customer_phone: Option<String>,
    delivery_type: String,
    delivery_location: Option<String>,
    delivery_location_name: Option<String>,
    delivery_location_fee: Option<String>,
    status: String,
    total_price: String,
    delivery_fee: String,
    notes: String,
    created_at: String,
    updated_at: String,
    items: Vec<ItemOut>,
    amount_paid: String,
    balance_due: String,
    amount_overpaid: String,
    payment_status: &'static str,
    payment_mode: Option<String>,
    payments: Vec<payments::PaymentEntry<'a>>,
    time_ago: String,
    version: i64,
}

struct OrderRow {
    id: i64,
    order_number: String,
    customer_phone: String,
    delivery_type: String,
    location_now: Option<String>,
    location_name: Option<String>,
    location_fee: Option<i64>,
    status: String,
    total_price: i64,
    delivery_fee: i64,
    notes: String,
    created_at: String,
    updated_at: String,
    version: i64,
}

impl OrderRow {
    fn from_row(r: &Row) -> rusqlite::Result<OrderRow> {
        Ok(OrderRow {
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
        })
    }

    fn into_out(self, items: Vec<ItemOut>, pays: &[PaymentRow], now: i64) -> OrderOut<'_> {
        let facts: Vec<PaymentFact> = pays.iter().filter_map(PaymentRow::fact).collect();
        let s = payment::summarize(self.total_price, self.status == "Cancelled", &facts);
        // `pays` is newest first, so the first completed payment is the latest one.
        let mode = pays
            .iter()
            .find(|p| {
                p.fact().is_some_and(|f| {
                    f.kind == PaymentType::Payment && f.state == PaymentState::Completed
                })
            })
            .map(|p| p.payment_method.clone());
        let updated = clock::parse_iso(&self.updated_at).unwrap_or(now);
        OrderOut {
            id: self.id,
            order_number: self.order_number,
            customer_phone: (!self.customer_phone.is_empty()).then_some(self.customer_phone),
            delivery_type: self.delivery_type,
            // The location as it is now (null once deleted); the snapshot fields keep what
            // the customer was charged.
            delivery_location: self.location_now,
            delivery_location_name: self.location_name,
            delivery_location_fee: self.location_fee.map(money::format),
            status: self.status,
            total_price: money::format(self.total_price),
            delivery_fee: money::format(self.delivery_fee),
            notes: self.notes,
            created_at: self.created_at,
            updated_at: self.updated_at,
            items,
            amount_paid: money::format(s.amount_paid),
            balance_due: money::format(s.balance_due),
            amount_overpaid: money::format(s.amount_overpaid),
            payment_status: s.status.as_str(),
            payment_mode: mode,
            payments: pays.iter().map(|p| p.order_entry(now)).collect(),
            time_ago: clock::time_ago(now, updated),
            version: self.version,
        }
    }
}
