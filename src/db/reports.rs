//! Rows for the daily report (orders, lines, completed payments of a time window) and the
//! store of closed business days.
//!
//! A delivery order's rider is not a column: it is the delivery-role user who moved the order
//! to Out for Delivery (the one who took it out), or failing that the delivery-role user who
//! moved it to Fulfilled, as recorded in the status history. Moves by staff or by the system
//! name no rider.

use rusqlite::{params, Connection, OptionalExtension};

use super::error::Error;
use super::vocab::sql_literal;
use crate::domain::clock;
use crate::domain::payment::{PaymentState, PaymentType};
use crate::domain::report::{ItemRow, OrderRow, PaymentRow};
use crate::domain::status::{DeliveryType, OrderStatus, Role};

/// The rider of order `o` (SQL expression; NULL when none): the delivery account that last
/// took it Out for Delivery, else the one that fulfilled it.
fn rider_sql() -> String {
    use OrderStatus::{Fulfilled, OutForDelivery};
    let out = sql_literal(OutForDelivery);
    format!(
        "CASE WHEN o.delivery_type = {delivery} THEN (\
         SELECT h.changed_by FROM order_status_history h \
         JOIN users ru ON ru.username = h.changed_by AND ru.role = {rider} \
         WHERE h.order_id = o.id AND h.to_status IN ({out}, {fulfilled}) \
         ORDER BY h.to_status = {out} DESC, h.id DESC LIMIT 1) END",
        delivery = sql_literal(DeliveryType::Delivery),
        rider = sql_literal(Role::Delivery),
        fulfilled = sql_literal(Fulfilled),
    )
}

fn micros(s: &str) -> Result<i64, Error> {
    clock::parse_iso(s).ok_or_else(|| Error::other(format!("bad timestamp {s:?}")))
}

/// How much of each row to load: the range summary needs neither who entered an order or took
/// a payment nor the rider, and skipping those lookups halves its time over a month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Detail {
    Full,
    Summary,
}

/// Orders created in `[start, end)` (epoch microseconds), with their net paid so far.
pub fn orders(
    conn: &Connection,
    start: i64,
    end: i64,
    detail: Detail,
) -> Result<Vec<OrderRow>, Error> {
    let (who, rider) = match detail {
        Detail::Full => ("u.username", rider_sql()),
        Detail::Summary => ("NULL", "NULL".to_string()),
    };
    let sql = format!(
        "SELECT o.id, o.order_number, o.created_at, o.status, o.delivery_type, \
                o.delivery_location_name, o.delivery_fee, o.total_price, {who}, {rider}, \
                (SELECT COALESCE(SUM(CASE p.payment_type WHEN {payment} THEN p.amount \
                                                        ELSE -p.amount END), 0) \
                   FROM payments p WHERE p.order_id = o.id AND p.status = {completed}) \
         FROM orders o LEFT JOIN users u ON u.id = o.created_by \
         WHERE o.created_at >= ?1 AND o.created_at < ?2 ORDER BY o.created_at, o.id",
        payment = sql_literal(PaymentType::Payment),
        completed = sql_literal(PaymentState::Completed),
    );
    let mut st = conn.prepare_cached(&sql)?;
    let mut rows = st.query(params![clock::iso(start), clock::iso(end)])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let created: String = r.get(2)?;
        out.push(OrderRow {
            id: r.get(0)?,
            number: r.get(1)?,
            created_at: micros(&created)?,
            // The vocabularies read as themselves (db::vocab); a bad value is an error.
            status: r.get(3)?,
            delivery_type: r.get(4)?,
            location: r.get(5)?,
            delivery_fee: r.get(6)?,
            total: r.get(7)?,
            entered_by: r.get(8)?,
            rider: r.get(9)?,
            paid_net: r.get(10)?,
        });
    }
    Ok(out)
}

/// Lines of the orders created in `[start, end)`.
pub fn items(conn: &Connection, start: i64, end: i64) -> Result<Vec<ItemRow>, Error> {
    let mut st = conn.prepare_cached(
        "SELECT i.order_id, i.menu_item_name, i.quantity, i.subtotal \
         FROM orders o JOIN order_items i ON i.order_id = o.id \
         WHERE o.created_at >= ?1 AND o.created_at < ?2",
    )?;
    let rows = st.query_map(params![clock::iso(start), clock::iso(end)], |r| {
        Ok(ItemRow {
            order_id: r.get(0)?,
            name: r.get(1)?,
            quantity: r.get(2)?,
            subtotal: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Completed payments and refunds recorded in `[start, end)`.
pub fn payments(
    conn: &Connection,
    start: i64,
    end: i64,
    detail: Detail,
) -> Result<Vec<PaymentRow>, Error> {
    let (who, rider) = match detail {
        Detail::Full => ("u.username", rider_sql()),
        Detail::Summary => ("NULL", "NULL".to_string()),
    };
    let sql = format!(
        "SELECT p.order_id, o.created_at, p.amount, p.payment_method, p.payment_type, \
                p.created_at, {who}, o.delivery_type, {rider} \
         FROM payments p JOIN orders o ON o.id = p.order_id \
         LEFT JOIN users u ON u.id = p.created_by \
         WHERE p.created_at >= ?1 AND p.created_at < ?2 AND p.status = {completed} \
         ORDER BY p.created_at, p.id",
        completed = sql_literal(PaymentState::Completed),
    );
    let mut st = conn.prepare_cached(&sql)?;
    let mut rows = st.query(params![clock::iso(start), clock::iso(end)])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let order_created: String = r.get(1)?;
        let created: String = r.get(5)?;
        out.push(PaymentRow {
            order_id: r.get(0)?,
            order_created_at: micros(&order_created)?,
            amount: r.get(2)?,
            method: r.get(3)?,
            kind: r.get(4)?,
            created_at: micros(&created)?,
            taken_by: r.get(6)?,
            delivery_type: r.get(7)?,
            rider: r.get(8)?,
        });
    }
    Ok(out)
}

/// A closed business day as stored.
#[derive(Clone, Debug)]
pub struct Close {
    pub business_date: String,
    pub report: String,
    pub report_sha256: String,
    pub order_numbers: Vec<String>,
    pub closed_by: String,
    pub closed_at: String,
    pub audit_head_id: i64,
    pub audit_head_hash: String,
}

/// The close of `date` (`YYYY-MM-DD`), if the day was closed.
pub fn close_of(conn: &Connection, date: &str) -> Result<Option<Close>, Error> {
    let row = conn
        .prepare_cached(
            "SELECT business_date, report, report_sha256, order_numbers, closed_by, closed_at, \
                    audit_head_id, audit_head_hash FROM daily_closes WHERE business_date = ?1",
        )?
        .query_row([date], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
                r.get::<_, i64>(6)?,
                r.get::<_, String>(7)?,
            ))
        })
        .optional()?;
    let Some((business_date, report, sha, numbers, by, at, head_id, head_hash)) = row else {
        return Ok(None);
    };
    let order_numbers: Vec<String> = serde_json::from_str(&numbers)
        .map_err(|e| Error::other(format!("daily close {date}: order numbers: {e}")))?;
    Ok(Some(Close {
        business_date,
        report,
        report_sha256: sha,
        order_numbers,
        closed_by: by,
        closed_at: at,
        audit_head_id: head_id,
        audit_head_hash: head_hash,
    }))
}

/// Dates in `[from, to]` (`YYYY-MM-DD`) that are closed.
pub fn closed_dates(conn: &Connection, from: &str, to: &str) -> Result<Vec<String>, Error> {
    let mut st = conn.prepare_cached(
        "SELECT business_date FROM daily_closes WHERE business_date >= ?1 AND business_date <= ?2",
    )?;
    let rows = st.query_map([from, to], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<Vec<String>>>()?)
}

/// Stores a close. The caller has checked that the day is not closed yet (the primary key
/// would refuse a second one anyway).
pub fn insert_close(conn: &Connection, c: &Close, closed_by_id: i64) -> Result<(), Error> {
    let numbers = serde_json::to_string(&c.order_numbers).map_err(Error::other)?;
    conn.prepare_cached(
        "INSERT INTO daily_closes (business_date, report, report_sha256, order_numbers, \
         closed_by_id, closed_by, closed_at, audit_head_id, audit_head_hash) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        c.business_date,
        c.report,
        c.report_sha256,
        numbers,
        closed_by_id,
        c.closed_by,
        c.closed_at,
        c.audit_head_id,
        c.audit_head_hash
    ])?;
    Ok(())
}

/// Of the orders created in `[start, end)`, the numbers of those changed after `at` (an ISO
/// timestamp): edits, status moves and payments all bump `updated_at`.
pub fn changed_since(
    conn: &Connection,
    start: i64,
    end: i64,
    at: &str,
) -> Result<Vec<String>, Error> {
    let mut st = conn.prepare_cached(
        "SELECT order_number FROM orders \
         WHERE created_at >= ?1 AND created_at < ?2 AND updated_at > ?3 ORDER BY order_number",
    )?;
    let rows = st.query_map(params![clock::iso(start), clock::iso(end), at], |r| {
        r.get(0)
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<String>>>()?)
}

/// Payments recorded after `at` that touch business day `[start, end)`: those on the day's
/// orders, and those recorded during the day for other orders. `(order_number, reference)`.
pub fn payments_since(
    conn: &Connection,
    start: i64,
    end: i64,
    at: &str,
) -> Result<Vec<(String, String)>, Error> {
    let (s, e) = (clock::iso(start), clock::iso(end));
    let mut out: Vec<(String, String)> = Vec::new();
    let mut st = conn.prepare_cached(
        "SELECT o.order_number, p.reference FROM orders o JOIN payments p ON p.order_id = o.id \
         WHERE o.created_at >= ?1 AND o.created_at < ?2 AND p.created_at > ?3",
    )?;
    for r in st.query_map(params![s, e, at], |r| Ok((r.get(0)?, r.get(1)?)))? {
        out.push(r?);
    }
    let mut st = conn.prepare_cached(
        "SELECT o.order_number, p.reference FROM payments p JOIN orders o ON o.id = p.order_id \
         WHERE p.created_at > ?1 AND p.created_at < ?2",
    )?;
    for r in st.query_map(params![at, e], |r| Ok((r.get(0)?, r.get(1)?)))? {
        out.push(r?);
    }
    out.sort();
    out.dedup();
    Ok(out)
}
