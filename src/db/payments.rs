//! Payments in SQLite: recording one, reading them back as Payment JSON (alone, per order
//! for the Order JSON, or as a filtered page), and the facts the payment summary is derived
//! from. The ledger is append-only: a refund is a new row, never an edit of a payment.

use std::collections::HashMap;

use rusqlite::types::Value as SqlValue;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension, Row};
use serde_json::{json, Value};

use super::error::Error;
use crate::domain::payment::{PaymentFact, PaymentState, PaymentType};
use crate::domain::{clock, money};

/// One stored payment.
#[derive(Clone, Debug)]
pub struct PaymentRow {
    pub id: i64,
    pub order_id: i64,
    pub reference: String,
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

    fn base_json(&self) -> serde_json::Map<String, Value> {
        let mut m = serde_json::Map::new();
        m.insert("id".into(), json!(self.id));
        m.insert("reference".into(), json!(self.reference));
        m.insert("amount".into(), json!(money::format(self.amount)));
        m.insert("payment_method".into(), json!(self.payment_method));
        m.insert("payment_type".into(), json!(self.payment_type));
        m.insert("status".into(), json!(self.status));
        m.insert("mobile_number".into(), opt_text(&self.mobile_number));
        m.insert("notes".into(), json!(self.notes));
        m.insert("created_at".into(), json!(self.created_at));
        m.insert("updated_at".into(), json!(self.updated_at));
        m
    }

    /// The entry in an Order's `payments` list, typed so that order lists serialize
    /// straight to bytes (same fields as [`Self::order_entry_json`]).
    pub fn order_entry(&self, now_micros: i64) -> PaymentEntry<'_> {
        let then = clock::parse_iso(&self.created_at).unwrap_or(now_micros);
        PaymentEntry {
            id: self.id,
            reference: &self.reference,
            amount: money::format(self.amount),
            payment_method: &self.payment_method,
            payment_type: &self.payment_type,
            status: &self.status,
            mobile_number: (!self.mobile_number.is_empty()).then_some(self.mobile_number.as_str()),
            notes: &self.notes,
            created_at: &self.created_at,
            updated_at: &self.updated_at,
            time_ago: clock::time_ago(now_micros, then),
        }
    }

    /// The entry in an Order's `payments` list (with `time_ago`, without `order_number`).
    pub fn order_entry_json(&self, now_micros: i64) -> Value {
        let mut m = self.base_json();
        let then = clock::parse_iso(&self.created_at).unwrap_or(now_micros);
        m.insert("time_ago".into(), json!(clock::time_ago(now_micros, then)));
        Value::Object(m)
    }

    /// The Payment JSON of `payments/` endpoints.
    pub fn to_json(&self, order_number: &str) -> Value {
        let mut m = self.base_json();
        m.insert("order_number".into(), json!(order_number));
        Value::Object(m)
    }
}

/// A payment inside an Order (see [`PaymentRow::order_entry`]).
#[derive(serde::Serialize)]
pub struct PaymentEntry<'a> {
    id: i64,
    reference: &'a str,
    amount: String,
    payment_method: &'a str,
    payment_type: &'a str,
    status: &'a str,
    mobile_number: Option<&'a str>,
    notes: &'a str,
    created_at: &'a str,
    updated_at: &'a str,
    time_ago: String,
}

/// Empty text is "not given": `null` on the wire, as the original's nullable columns.
fn opt_text(s: &str) -> Value {
    if s.is_empty() {
        Value::Null
    } else {
        json!(s)
    }
}

/// A payment to record.
pub struct NewPayment<'a> {
    pub reference: &'a str,
    pub order_id: i64,
    pub amount: i64,
    pub payment_method: &'a str,
    pub payment_type: &'a str,
    pub status: &'a str,
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
    for chunk in order_ids.chunks(super::IN_CHUNK) {
        let sql = format!(
            "SELECT {COLUMNS} FROM payments p WHERE p.order_id IN ({}) \
             ORDER BY p.created_at DESC, p.id DESC",
            super::placeholders(chunk.len())
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

/// One payment's JSON by id.
pub fn load_json(conn: &Connection, id: i64) -> Result<Option<Value>, Error> {
    one(conn, "p.id = ?1", &id)
}

/// One payment's JSON by its reference (UUID).
pub fn by_reference_json(conn: &Connection, reference: &str) -> Result<Option<Value>, Error> {
    one(conn, "p.reference = ?1", &reference)
}

fn one(conn: &Connection, cond: &str, arg: &dyn rusqlite::ToSql) -> Result<Option<Value>, Error> {
    let sql = format!(
        "SELECT {COLUMNS}, o.order_number FROM payments p JOIN orders o ON o.id = p.order_id \
         WHERE {cond}"
    );
    let row = conn
        .prepare_cached(&sql)?
        .query_row([arg], |r| {
            Ok((PaymentRow::from_row(r)?, r.get::<_, String>(11)?))
        })
        .optional()?;
    Ok(row.map(|(p, number)| p.to_json(&number)))
}

/// Filters of `GET /api/payments/` (each an exact match when given).
#[derive(Default, Clone, Debug)]
pub struct Filter {
    pub order_number: Option<String>,
    pub payment_method: Option<String>,
    pub payment_type: Option<String>,
    pub status: Option<String>,
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
        add("p.payment_method = ?", &self.payment_method);
        add("p.payment_type = ?", &self.payment_type);
        add("p.status = ?", &self.status);
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

/// One page of payments matching `f`, newest first, as Payment JSON.
pub fn list_json(
    conn: &Connection,
    f: &Filter,
    offset: i64,
    limit: i64,
) -> Result<Vec<Value>, Error> {
    let (cond, mut args) = f.where_clause();
    args.push(SqlValue::Integer(limit));
    args.push(SqlValue::Integer(offset));
    let sql = format!(
        "SELECT {COLUMNS}, o.order_number FROM payments p JOIN orders o ON o.id = p.order_id \
         {cond} ORDER BY p.created_at DESC, p.id DESC LIMIT ? OFFSET ?"
    );
    let mut st = conn.prepare_cached(&sql)?;
    let rows = st.query_map(params_from_iter(args.iter()), |r| {
        Ok((PaymentRow::from_row(r)?, r.get::<_, String>(11)?))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (p, number) = row?;
        out.push(p.to_json(&number));
    }
    Ok(out)
}
