//! The SQL behind the original backend's activity lists (the transaction table, payment
//! history and order status history): payments with the order facts those lists show, and
//! recently updated orders with their status history.

use rusqlite::types::Value as SqlValue;
use rusqlite::{params_from_iter, Connection};

use super::error::Error;
use crate::db::orders::{self as dbo, OrderCore};
use crate::db::payments::{PaymentRow, COLUMNS};
use crate::domain::payment::Summary;

/// A payment with the order facts the lists print beside it.
pub struct PaymentLine {
    pub payment: PaymentRow,
    pub order_number: String,
    pub customer_phone: String,
    pub delivery_type: String,
    pub delivery_location: Option<String>,
    pub order_total: i64,
}

/// Filters of the payment lists; the text ones are case-insensitive substrings, as the
/// original's `icontains`.
#[derive(Default, Clone, Debug)]
pub struct PaymentQuery {
    pub order_number: Option<String>,
    pub payment_method: Option<String>,
    pub status: Option<String>,
    /// Created at or after this ISO instant.
    pub since: Option<String>,
}

/// A "contains" LIKE argument (see [`super::like_pattern`]).
fn contains(s: &str) -> SqlValue {
    SqlValue::Text(super::like_pattern(s))
}

/// Every payment matching `q`, newest first.
pub fn payments(conn: &Connection, q: &PaymentQuery) -> Result<Vec<PaymentLine>, Error> {
    let mut conds: Vec<&str> = Vec::new();
    let mut args: Vec<SqlValue> = Vec::new();
    if let Some(v) = &q.order_number {
        conds.push("o.order_number LIKE ? ESCAPE '\\'");
        args.push(contains(v));
    }
    if let Some(v) = &q.payment_method {
        conds.push("p.payment_method LIKE ? ESCAPE '\\'");
        args.push(contains(v));
    }
    if let Some(v) = &q.status {
        conds.push("p.status LIKE ? ESCAPE '\\'");
        args.push(contains(v));
    }
    if let Some(v) = &q.since {
        conds.push("p.created_at >= ?");
        args.push(SqlValue::Text(v.clone()));
    }
    let cond = if conds.is_empty() {
        String::new()
    } else {
        format!("WHERE {}", conds.join(" AND "))
    };
    let sql = format!(
        "SELECT {COLUMNS}, o.order_number, o.customer_phone, o.delivery_type, \
         o.delivery_location_name, o.total_price \
         FROM payments p JOIN orders o ON o.id = p.order_id {cond} \
         ORDER BY p.created_at DESC, p.id DESC"
    );
    let mut st = conn.prepare_cached(&sql)?;
    let rows = st.query_map(params_from_iter(args.iter()), |r| {
        Ok(PaymentLine {
            payment: PaymentRow::from_row(r)?,
            order_number: r.get(11)?,
            customer_phone: r.get(12)?,
            delivery_type: r.get(13)?,
            delivery_location: r.get(14)?,
            order_total: r.get(15)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// One status change of an order.
pub struct Change {
    pub to: String,
    pub by: String,
    pub at: String,
}

/// An order in the status history list.
pub struct OrderLine {
    pub core: OrderCore,
    pub summary: Summary,
    pub created_at: String,
    pub updated_at: String,
    /// Oldest first; the first is the status the order was created with.
    pub changes: Vec<Change>,
}

/// Orders updated at or after `since` whose number contains `number`, newest update first.
pub fn orders(
    conn: &Connection,
    number: Option<&str>,
    since: &str,
) -> Result<Vec<OrderLine>, Error> {
    let mut sql =
        "SELECT order_number, created_at, updated_at FROM orders WHERE updated_at >= ?".to_string();
    let mut args = vec![SqlValue::Text(since.to_string())];
    if let Some(n) = number {
        sql.push_str(" AND order_number LIKE ? ESCAPE '\\'");
        args.push(contains(n));
    }
    sql.push_str(" ORDER BY updated_at DESC, id DESC");
    let heads: Vec<(String, String, String)> = {
        let mut st = conn.prepare_cached(&sql)?;
        let rows = st.query_map(params_from_iter(args.iter()), |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?;
        rows.collect::<rusqlite::Result<Vec<_>>>()?
    };
    let mut hist = conn.prepare_cached(
        "SELECT to_status, changed_by, changed_at FROM order_status_history \
         WHERE order_id = ?1 ORDER BY changed_at, id",
    )?;
    let mut out = Vec::with_capacity(heads.len());
    for (number, created_at, updated_at) in heads {
        // Deleted between the two reads: simply not listed.
        let Some(core) = dbo::core_by_number(conn, &number)? else {
            continue;
        };
        let summary = dbo::summary(conn, &core)?;
        let changes = hist
            .query_map([core.id], |r| {
                Ok(Change {
                    to: r.get(0)?,
                    by: r.get(1)?,
                    at: r.get(2)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        out.push(OrderLine {
            core,
            summary,
            created_at,
            updated_at,
            changes,
        });
    }
    Ok(out)
}
