//! The Payment JSON, the one place it is made: alone (the `payments/` endpoints, with the
//! order's number) and inside an Order's `payments` list (with `time_ago` instead), both
//! from `db::payments::PaymentRow`. Money goes out as a decimal string; empty optional text
//! as `null`, as the original's nullable columns.
//!
//! A new payment field: a column read in `db::payments` (the row struct and `COLUMNS`), and
//! a field here.

use serde::Serialize;
use serde_json::Value;

use crate::db::payments::{PaymentRow, PaymentWithOrder};
use crate::domain::{clock, money};
use crate::http::ApiError;

/// The fields every Payment JSON has.
#[derive(Serialize)]
struct Base<'a> {
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
}

impl<'a> Base<'a> {
    fn of(p: &'a PaymentRow) -> Base<'a> {
        Base {
            id: p.id,
            reference: &p.reference,
            amount: money::format(p.amount),
            payment_method: &p.payment_method,
            payment_type: &p.payment_type,
            status: &p.status,
            mobile_number: (!p.mobile_number.is_empty()).then_some(p.mobile_number.as_str()),
            notes: &p.notes,
            created_at: &p.created_at,
            updated_at: &p.updated_at,
        }
    }
}

/// A payment inside an Order (with `time_ago`, without `order_number`).
#[derive(Serialize)]
pub struct PaymentEntry<'a> {
    #[serde(flatten)]
    base: Base<'a>,
    time_ago: String,
}

impl<'a> PaymentEntry<'a> {
    /// The entry of `p`, its `time_ago` as of `now` (UTC micros).
    pub fn in_order(p: &'a PaymentRow, now: i64) -> PaymentEntry<'a> {
        let then = clock::parse_iso(&p.created_at).unwrap_or(now);
        PaymentEntry {
            base: Base::of(p),
            time_ago: clock::time_ago(now, then),
        }
    }
}

/// The Payment JSON of the `payments/` endpoints.
#[derive(Serialize)]
struct PaymentJson<'a> {
    #[serde(flatten)]
    base: Base<'a>,
    order_number: &'a str,
}

/// The Payment JSON of one payment.
pub fn to_value(p: &PaymentWithOrder) -> Result<Value, ApiError> {
    serde_json::to_value(PaymentJson {
        base: Base::of(&p.payment),
        order_number: &p.order_number,
    })
    .map_err(ApiError::internal)
}
