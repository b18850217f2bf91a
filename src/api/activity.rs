//! The original backend's activity lists, which its web frontend's Transactions screen and
//! dashboard read: `payments/transaction-table/`, `payments/transactions/`,
//! `payments/payment-history/` and `orders/status-history/`. Shapes, filters and (lack of)
//! pagination are the original's: money as JSON numbers, display names for methods, types and
//! statuses, timestamps with `+00:00`. Staff only, as there.

use serde::Serialize;
use serde_json::{json, Value};

use crate::api::ctx::{ok, Ctx};
use crate::api::paginate::{envelope, Page};
use crate::api::poll_cache;
use crate::db::activity::{self, PaymentLine, PaymentQuery};
use crate::domain::clock;
use crate::domain::payment::{PaymentMethod, PaymentState, PaymentType};
use crate::http::{ApiError, Response};

/// Pesewas as the original's float amounts (`92.5`).
fn pesewas_f64(pesewas: i64) -> f64 {
    pesewas as f64 / 100.0
}

fn num(pesewas: i64) -> Value {
    json!(pesewas_f64(pesewas))
}

/// `…Z` as Python's `isoformat()` of an aware UTC datetime: `…+00:00`.
fn py_iso(s: &str) -> String {
    match s.strip_suffix('Z') {
        Some(base) => format!("{base}+00:00"),
        None => s.to_string(),
    }
}

fn method_label(code: &str) -> &str {
    PaymentMethod::parse(code).map_or(code, |m| m.label())
}

fn type_label(code: &str) -> &str {
    match PaymentType::parse(code) {
        Some(PaymentType::Payment) => "Payment",
        Some(PaymentType::Refund) => "Refund",
        None => code,
    }
}

/// `completed` -> `Completed`.
fn capitalized(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn opt_text(s: &str) -> Value {
    if s.is_empty() {
        Value::Null
    } else {
        json!(s)
    }
}

/// Totals as the original counted them: refunds add to the total as positive amounts.
struct Totals {
    count: usize,
    amount: i64,
    by_state: [(i64, i64); 3],
}

impl Totals {
    fn of(lines: &[PaymentLine]) -> Totals {
        let mut t = Totals {
            count: lines.len(),
            amount: 0,
            by_state: [(0, 0); 3],
        };
        for l in lines {
            let p = &l.payment;
            t.amount = t.amount.saturating_add(p.amount);
            let slot = match PaymentState::parse(&p.status) {
                Some(PaymentState::Completed) => 0,
                Some(PaymentState::Failed) => 1,
                Some(PaymentState::Pending) => 2,
                Some(PaymentState::Processing | PaymentState::Cancelled) | None => continue,
            };
            t.by_state[slot].0 += 1;
            t.by_state[slot].1 = t.by_state[slot].1.saturating_add(p.amount);
        }
        t
    }
}

/// One row of the transaction table (serialized straight to bytes: dashboards poll the whole
/// table twice a second).
#[derive(Serialize)]
struct TxRow<'a> {
    id: &'a str,
    order_number: &'a str,
    payment_method: &'a str,
    payment_type: &'a str,
    payment_reference: &'a str,
    customer_phone: &'a str,
    order_total: f64,
    delivery_type: &'a str,
    transaction_id: &'a str,
    status: String,
    amount: f64,
    date: String,
    currency: &'static str,
    is_verified: bool,
}

#[derive(Serialize)]
struct TxSummary {
    total_transactions: usize,
    total_amount: f64,
    successful_transactions: i64,
    failed_transactions: i64,
}

/// `GET /api/payments/transaction-table/` (staff): one row per payment, newest first, with a
/// summary. Every query parameter is ignored and nothing is paginated, as in the original.
/// The original sent no `id`; here `id` is the `transaction_id` string, never a number: the
/// original frontend calls `startsWith` on it, and its dashboard drops rows with equal ids
/// (with none, every row but one).
pub fn transaction_table(c: &mut Ctx) -> Result<Response, ApiError> {
    // Polled every 0.5 s by every open dashboard: one shared body per change, 304s between.
    // The body reads no query parameter (cache busters such as `?_t=` share it).
    poll_cache::serve(c, poll_cache::Vary::params(&[]), |c| {
        transaction_table_body(c).map(poll_cache::Built::from)
    })
}

fn transaction_table_body(c: &mut Ctx) -> Result<Response, ApiError> {
    let lines = c
        .state
        .db
        .read(|conn| activity::payments(conn, &PaymentQuery::default()))?;
    let mut buf = Vec::with_capacity(256 + lines.len() * 400);
    buf.extend_from_slice(b"{\"transactions\":[");
    for (i, l) in lines.iter().enumerate() {
        if i > 0 {
            buf.push(b',');
        }
        let p = &l.payment;
        let txn = format!("PAY-{}", p.id);
        let row = TxRow {
            id: &txn,
            order_number: &l.order_number,
            payment_method: method_label(&p.payment_method),
            payment_type: type_label(&p.payment_type),
            payment_reference: &p.reference,
            customer_phone: &l.customer_phone,
            order_total: pesewas_f64(l.order_total),
            delivery_type: &l.delivery_type,
            transaction_id: &txn,
            status: capitalized(&p.status),
            amount: pesewas_f64(p.amount),
            date: py_iso(&p.created_at),
            currency: "GHS",
            is_verified: p.status == PaymentState::Completed.as_str(),
        };
        serde_json::to_writer(&mut buf, &row).map_err(ApiError::internal)?;
    }
    let t = Totals::of(&lines);
    let summary = TxSummary {
        total_transactions: t.count,
        total_amount: pesewas_f64(t.amount),
        successful_transactions: t.by_state[0].0,
        failed_transactions: t.by_state[1].0,
    };
    buf.extend_from_slice(b"],\"summary\":");
    serde_json::to_writer(&mut buf, &summary).map_err(ApiError::internal)?;
    buf.push(b'}');
    Ok(Response::raw_json(200, buf))
}

/// `GET /api/payments/transactions/` (staff): Paystack transaction records, a DRF page. This
/// server records no online Paystack transactions, so the page is always empty.
pub fn transactions(c: &mut Ctx) -> Result<Response, ApiError> {
    let page = Page::from_request(c.req)?.resolve(0)?;
    ok(&envelope(c.req, page, 0, Vec::new()))
}

/// `?days=N` (a whole number of days, at least 0), or `default`.
fn days_param(c: &Ctx, default: i64) -> Result<i64, ApiError> {
    match c.req.query_param("days").filter(|d| !d.trim().is_empty()) {
        None => Ok(default),
        Some(d) => d
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|n| (0..=36_500).contains(n))
            .ok_or_else(|| ApiError::field("days", "A valid integer is required.")),
    }
}

/// The instant `days` days before now, as stored timestamps are written.
fn days_ago(days: i64) -> String {
    clock::iso(clock::now_micros() - days * 86_400 * clock::MICROS_PER_SEC)
}

fn text_param(c: &Ctx, name: &str) -> Option<String> {
    c.req
        .query_param(name)
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

/// `GET /api/payments/payment-history/` (staff): payments of the last `days` (default 30),
/// filtered by `order_number`, `payment_method` and `status` (substrings of the stored codes),
/// newest first, not paginated.
pub fn payment_history(c: &mut Ctx) -> Result<Response, ApiError> {
    let q = PaymentQuery {
        order_number: text_param(c, "order_number"),
        payment_method: text_param(c, "payment_method"),
        status: text_param(c, "status"),
        since: Some(days_ago(days_param(c, 30)?)),
    };
    let lines = c.state.db.read(|conn| activity::payments(conn, &q))?;
    let now = clock::now_micros();
    let results: Vec<Value> = lines.iter().map(|l| history_row(l, now)).collect();
    let t = Totals::of(&lines);
    ok(&json!({
        "count": t.count,
        "summary": {
            "total_payments": t.count,
            "total_amount": num(t.amount),
            "completed_count": t.by_state[0].0,
            "completed_amount": num(t.by_state[0].1),
            "failed_count": t.by_state[1].0,
            "failed_amount": num(t.by_state[1].1),
            "pending_count": t.by_state[2].0,
            "pending_amount": num(t.by_state[2].1),
        },
        "results": results,
    }))
}

fn history_row(l: &PaymentLine, now: i64) -> Value {
    let p = &l.payment;
    let then = clock::parse_iso(&p.created_at).unwrap_or(now);
    let created = py_iso(&p.created_at);
    let mut timeline = vec![json!({
        "event": "Payment Created",
        "status": PaymentState::Pending.as_str(),
        "timestamp": created,
        "is_current": p.status == PaymentState::Pending.as_str(),
    })];
    if p.status != PaymentState::Pending.as_str() {
        timeline.push(json!({
            "event": format!("Payment {}", capitalized(&p.status)),
            "status": p.status,
            "timestamp": py_iso(&p.updated_at),
            "is_current": true,
        }));
    }
    json!({
        "payment_id": p.id,
        "payment_reference": p.reference,
        "order_number": l.order_number,
        "customer_phone": l.customer_phone,
        "payment_method": method_label(&p.payment_method),
        "payment_type": type_label(&p.payment_type),
        "status": capitalized(&p.status),
        "amount": num(p.amount),
        "order_total": num(l.order_total),
        "delivery_type": l.delivery_type,
        "delivery_location": l.delivery_location,
        "paystack_reference": Value::Null,
        "mobile_number": opt_text(&p.mobile_number),
        "notes": p.notes,
        "created_at": created,
        "updated_at": py_iso(&p.updated_at),
        "time_ago": clock::time_ago(now, then),
        "transactions": [],
        "transaction_count": 0,
        "payment_timeline": timeline,
    })
}

/// `GET /api/orders/status-history/` (staff): orders updated in the last `days` (default 7),
/// `order_number` a substring, newest update first, not paginated. Unlike the original, which
/// kept no history and made up a "Created" entry and one for the current status, the
/// `status_changes` here are the recorded ones (after the same "Created" entry).
pub fn status_history(c: &mut Ctx) -> Result<Response, ApiError> {
    let since = days_ago(days_param(c, 7)?);
    let number = text_param(c, "order_number");
    let lines = c
        .state
        .db
        .read(|conn| activity::orders(conn, number.as_deref(), &since))?;
    let now = clock::now_micros();
    let results: Vec<Value> = lines
        .iter()
        .map(|l| {
            let o = &l.core;
            let mut changes = vec![json!({
                "status": "Created",
                "timestamp": py_iso(&l.created_at),
                "is_current": false,
            })];
            let last = l.changes.len().saturating_sub(1);
            for (i, ch) in l.changes.iter().enumerate() {
                changes.push(json!({
                    "status": ch.to,
                    "timestamp": py_iso(&ch.at),
                    "changed_by": ch.by,
                    "is_current": i == last,
                }));
            }
            let then = clock::parse_iso(&l.updated_at).unwrap_or(now);
            json!({
                "order_number": o.order_number,
                "customer_phone": o.customer_phone,
                "current_status": o.status.as_str(),
                "delivery_type": o.delivery_type.as_str(),
                "delivery_location": o.delivery_location_name,
                "total_price": num(o.total_price),
                "payment_status": l.summary.status.as_str(),
                "amount_paid": num(l.summary.amount_paid),
                "balance_due": num(l.summary.balance_due),
                "created_at": py_iso(&l.created_at),
                "last_updated": py_iso(&l.updated_at),
                "time_ago": clock::time_ago(now, then),
                "status_changes": changes,
            })
        })
        .collect();
    ok(&json!({ "count": results.len(), "results": results }))
}
