//! Payments in SQLite: recording one, reading them back as typed rows (alone, per order for
//! a whole order, or as a filtered page), and the facts the payment summary is derived from.
//! The ledger is append-only: a refund is a new row, never an edit of a payment. Their JSON
//! is `api::wire_payment`'s business.

use std::collections::HashMap;

use rusqlite::types::Value as SqlValue;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension, Row};

use super::error::Error;
use super::{placeholders, IN_CHUNK};
use crate::domain::payment::{PaymentFact, PaymentMethod, PaymentState, PaymentType};

/// One stored payment. Method, type and status stay text: a row imported from the original
/// may hold a value this server does not know, and it is shown as it is.
#[derive(Clone, Debug)]
pub struct PaymentRow {
    pub id: i64,
    pub order_id: i64,
    pub reference: String,
    /// Minor units (see `domain::money`).
    pub amount: i64,
    pub payment_method: String,
    pub payment_type: String,
    pub status: String,
    pub mobile_number: String,
    pub notes: String,
    pub created_at: String,
    pub updated_at: String,
}

pub(crate) const COLUMNS: &str =
    "p.id, p.order_id, p.reference, p.amount, p.payment_method, p.payment_type, \
                       p.status, p.mobile_number, p.notes, p.created_at, p.updated_at";

impl PaymentRow {
    pub(crate) fn from_row(r: &Row) -> rusqlite::Result<PaymentRow> {
        Ok(PaymentRow {
            id: r.get(0)?,
            order_id: r.get(1)?,
            reference: r.get(2)?,
            amount: r.get(3)?,
            payment_method: r.get(4)?,
            payment_type: r.get(5)?,
            status: r.get(6)?,
            mobile_number: r.get(7)?,
            notes: r.get(8)?,
            created_at: r.get(9)?,
            updated_at: r.get(10)?,
        })
    }

    /// What the summary needs; rows with an unknown type or state (never written by this
    /// server) count as nothing rather than failing the whole order.
    pub fn fact(&self) -> Option<PaymentFact> {
        Some(PaymentFact {
            amount: self.amount,
            kind: PaymentType::parse(&self.payment_type)?,
            state: PaymentState::parse(&self.status)?,
        })
    }
}

/// A payment with the number of its order.
#[derive(Clone, Debug)]
pub struct PaymentWithOrder {
    pub payment: PaymentRow,
    pub order_number: String,
}

impl PaymentWithOrder {
    /// [`COLUMNS`], then the order's number.
    fn from_row(r: &Row) -> rusqlite::Result<PaymentWithOrder> {
        Ok(PaymentWithOrder {
            payment: PaymentRow::from_row(r)?,
            order_number: r.get(11)?,
        })
    }
}

/// A payment to record.
pub struct NewPayment<'a> {
    pub reference: &'a str,
    pub order_id: i64,
    pub amount: i64,
    pub payment_method: PaymentMethod,
    pub payment_type: PaymentType,
    pub status: PaymentState,
    pub mobile_number: &'a str,
    pub notes: &'a str,
    pub created_by: i64,
    pub at: &'a str,
}

/// Inserts a payment; returns its id.
pub fn insert(conn: &Connection, p: &NewPayment) -> Result<i64, Error> {
    conn.prepare_cached(
        "INSERT INTO payments (reference, order_id, amount, payment_method, payment_type, status, \
         mobile_number, notes, created_by, created_at, updated_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
    )?
    .execute(params![
        p.reference,
        p.order_id,
        p.amount,
        p.payment_method,
        p.payment_type,
        p.status,
        p.mobile_number,
        p.notes,
        p.created_by,
        p.at
    ])?;
    Ok(conn.last_insert_rowid())
}

/// The summary facts of one order's payments.
pub fn facts(conn: &Connection, order_id: i64) -> Result<Vec<PaymentFact>, Error> {
    let mut st = conn
        .prepare_cached("SELECT amount, payment_type, status FROM payments WHERE order_id = ?1")?;
    let rows = st.query_map([order_id], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (amount, kind, state) = row?;
        if let (Some(kind), Some(state)) = (PaymentType::parse(&kind), PaymentState::parse(&state))
        {
            out.push(PaymentFact {
                amount,
                kind,
                state,
            });
        }
    }
    Ok(out)
}

/// Every payment of the given orders, newest first within each order (one query per chunk
/// of ids, not one per order).
pub fn rows_for_orders(
    conn: &Connection,
    order_ids: &[i64],
) -> Result<HashMap<i64, Vec<PaymentRow>>, Error> {
    let mut out: HashMap<i64, Vec<PaymentRow>> = HashMap::new();
    for chunk in order_ids.chunks(IN_CHUNK) {
        let sql = format!(
            "SELECT {COLUMNS} FROM payments p WHERE p.order_id IN ({}) \
             ORDER BY p.created_at DESC, p.id DESC",
            placeholders(chunk.len())
        );
        let mut st = conn.prepare_cached(&sql)?;
        let rows = st.query_map(params_from_iter(chunk.iter()), PaymentRow::from_row)?;
        for row in rows {
            let row = row?;
            out.entry(row.order_id).or_default().push(row);
        }
    }
    Ok(out)
}

/// One payment by id.
pub fn load(conn: &Connection, id: i64) -> Result<Option<PaymentWithOrder>, Error> {
    one(conn, "p.id = ?1", &id)
}

/// One payment by its reference (UUID).
pub fn by_reference(conn: &Connection, reference: &str) -> Result<Option<PaymentWithOrder>, Error> {
    one(conn, "p.reference = ?1", &reference)
}

fn one(
    conn: &Connection,
    cond: &str,
    arg: &dyn rusqlite::ToSql,
) -> Result<Option<PaymentWithOrder>, Error> {
    let sql = format!(
        "SELECT {COLUMNS}, o.order_number FROM payments p JOIN orders o ON o.id = p.order_id \
         WHERE {cond}"
    );
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([arg], PaymentWithOrder::from_row)
        .optional()?)
}

/// Filters of `GET /api/payments/` (each an exact match when given).
#[derive(Default, Clone, Debug)]
pub struct Filter {
    pub order_number: Option<String>,
    pub payment_method: Option<PaymentMethod>,
    pub payment_type: Option<PaymentType>,
    pub status: Option<PaymentState>,
}

impl Filter {
    fn where_clause(&self) -> (String, Vec<SqlValue>) {
        let mut conds: Vec<&str> = Vec::new();
        let mut args: Vec<SqlValue> = Vec::new();
        let mut add = |cond: &'static str, v: &Option<String>| {
            if let Some(v) = v {
                conds.push(cond);
                args.push(SqlValue::Text(v.clone()));
            }
        };
        add("o.order_number = ?", &self.order_number);
        // The vocabularies bind as their stored strings.
        let text = |s: &'static str| Some(s.to_string());
        add(
            "p.payment_method = ?",
            &self.payment_method.and_then(|m| text(m.as_str())),
        );
        add(
            "p.payment_type = ?",
            &self.payment_type.and_then(|t| text(t.as_str())),
        );
        add("p.status = ?", &self.status.and_then(|s| text(s.as_str())));
        if conds.is_empty() {
            (String::new(), args)
        } else {
            (format!("WHERE {}", conds.join(" AND ")), args)
        }
    }
}

/// Number of payments matching `f`.
pub fn count(conn: &Connection, f: &Filter) -> Result<i64, Error> {
    let (cond, args) = f.where_clause();
    let sql = format!("SELECT COUNT(*) FROM payments p JOIN orders o ON o.id = p.order_id {cond}");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row(params_from_iter(args.iter()), |r| r.get(0))?)
}

/// One page of payments matching `f`, newest first.
pub fn list(
    conn: &Connection,
    f: &Filter,
    offset: i64,
    limit: i64,
) -> Result<Vec<PaymentWithOrder>, Error> {
    let (cond, mut args) = f.where_clause();
    args.push(SqlValue::Integer(limit));
    args.push(SqlValue::Integer(offset));
    let sql = format!(
        "SELECT {COLUMNS}, o.order_number FROM payments p JOIN orders o ON o.id = p.order_id \
         {cond} ORDER BY p.created_at DESC, p.id DESC LIMIT ? OFFSET ?"
    );
    let mut st = conn.prepare_cached(&sql)?;
    let rows = st.query_map(params_from_iter(args.iter()), PaymentWithOrder::from_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}
