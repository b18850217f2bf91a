//! `/api/reports/...`: the owner's daily figures for a business day (JSON or CSV), one row per
//! day over a range, and closing a day, which freezes its report. A closed day is always served
//! as frozen; whatever changed that day's orders or payments afterwards is listed beside it in
//! `after_close` (with the live figures), never merged into it.

use std::collections::BTreeSet;

use rusqlite::Connection;
use serde_json::{json, Value};

use crate::api::ctx::{ok, Ctx};
use crate::api::idempotency;
use crate::api::report_csv::{csv_response, daily_csv, range_csv};
use crate::api::validate;
use crate::db::audit;
use crate::db::reports::{self as dbr, Detail};
use crate::domain::audit_chain::{self, GENESIS};
use crate::domain::business_day::DayStart;
use crate::domain::clock::{self, Date};
use crate::domain::money;
use crate::domain::payment::PaymentStatus;
use crate::domain::report::{self, Daily};
use crate::http::{ApiError, Response};

/// Longest range `GET /api/reports/range/` answers, in days.
pub const MAX_RANGE_DAYS: i64 = 366;
/// Audit rows listed in a frozen report's `after_close` at most.
const MAX_AFTER_CLOSE: usize = 1000;

const NOTE_REFUNDS: &str = "Refunds count on the business day they are issued, not on the day \
                            of the order they refund.";
const NOTE_DISCOUNTS: &str = "Discounts are not recorded yet; they are reported as 0.00.";
const RIDER_RULE: &str = "A delivery order's rider is the delivery login that moved it to Out \
                          for Delivery (or, failing that, to Fulfilled). Cash collected is CASH \
                          recorded on the day for delivery orders, net of cash refunds.";

/// `GET /api/reports/daily/?date=YYYY-MM-DD[&format=csv]` (superadmin, admin).
pub fn daily(c: &mut Ctx) -> Result<Response, ApiError> {
    let ds = c.state.config.business_day_start;
    let date = date_param(c, "date")?.unwrap_or_else(|| ds.date_of(clock::now_micros()));
    let csv = wants_csv(c)?;
    let report = c
        .state
        .db
        .read(|conn| snapshot(conn, |conn| view(conn, ds, date)))?;
    if csv {
        Ok(csv_response(
            &format!("adakings-report-{date}.csv"),
            daily_csv(&report),
        ))
    } else {
        ok(&report)
    }
}

/// `GET /api/reports/range/?from=&to=[&format=csv]` (superadmin, admin): one row per day.
pub fn range(c: &mut Ctx) -> Result<Response, ApiError> {
    let ds = c.state.config.business_day_start;
    let from = date_param(c, "from")?;
    let to = date_param(c, "to")?;
    let (Some(from), Some(to)) = (from, to) else {
        let mut e = validate::Errors::default();
        for (k, v) in [("from", from), ("to", to)] {
            if v.is_none() {
                e.add(k, validate::REQUIRED);
            }
        }
        e.check()?;
        return Err(ApiError::internal("range dates checked but missing"));
    };
    if to < from {
        return Err(ApiError::field("to", "Must not be before from."));
    }
    if to.days() - from.days() + 1 > MAX_RANGE_DAYS {
        return Err(ApiError::field(
            "to",
            format!("A range covers at most {MAX_RANGE_DAYS} days."),
        ));
    }
    let csv = wants_csv(c)?;
    let body = c.state.db.read(|conn| {
        snapshot(conn, |conn| {
            let (start, _) = ds.window(from);
            let (_, end) = ds.window(to);
            let orders = dbr::orders(conn, start, end, Detail::Summary)?;
            let payments = dbr::payments(conn, start, end, Detail::Summary)?;
            let closed: BTreeSet<String> =
                dbr::closed_dates(conn, &from.to_string(), &to.to_string())?
                    .into_iter()
                    .collect();
            let days = report::range(ds, from, to, &orders, &payments);
            Ok(range_json(ds, from, to, &days, &closed))
        })
    })?;
    if csv {
        Ok(csv_response(
            &format!("adakings-range-{from}-to-{to}.csv"),
            range_csv(&body),
        ))
    } else {
        ok(&body)
    }
}

/// `POST /api/reports/daily/{date}/close/` (superadmin, admin): 201 with the frozen report.
/// 409 when the day is already closed, 400 for a day that has not begun.
pub fn close(c: &mut Ctx) -> Result<Response, ApiError> {
    let user = c.user()?;
    let ds = c.state.config.business_day_start;
    let raw = c.param(0).to_string();
    let date = Date::parse(&raw)
        .ok_or_else(|| ApiError::field("date", "Date has wrong format. Use YYYY-MM-DD."))?;
    let who = c.actor(&user);
    let u = user.clone();
    idempotency::write(c, &user, 201, move |w| {
        let now = clock::now_micros();
        let (start, _) = ds.window(date);
        if start > now {
            return Err(ApiError::field("date", "This business day has not begun."));
        }
        let key = date.to_string();
        if dbr::close_of(w, &key)?.is_some() {
            return Err(ApiError::detail(409, format!("{key} is already closed.")));
        }
        let closed_at = clock::iso(now);
        let (figures, numbers) = live(w, ds, date, &closed_at)?;
        let report_text = figures.to_string();
        let sha = audit_chain::digest(report_text.as_bytes());
        let (head_id, head_hash) = audit::head(w)?;
        let head_hash = head_hash.unwrap_or_else(|| GENESIS.to_string());
        let close = dbr::Close {
            business_date: key.clone(),
            report: report_text,
            report_sha256: sha.clone(),
            order_numbers: numbers,
            closed_by: u.username.clone(),
            closed_at,
            audit_head_id: head_id,
            audit_head_hash: head_hash.clone(),
        };
        dbr::insert_close(w, &close, u.id)?;
        audit::record(
            w,
            &who.as_actor(),
            "close",
            "business_day",
            &key,
            &json!({
                "report_sha256": sha,
                "audit_head_id": head_id,
                "audit_head_hash": head_hash,
                "gross_sales": figures["sales"]["gross_sales"],
                "net_taken": figures["net_taken"],
            }),
        )?;
        view(w, ds, date)
    })
}

/// The report of `date` as served: frozen plus `after_close` when closed, live otherwise.
fn view(conn: &Connection, ds: DayStart, date: Date) -> Result<Value, ApiError> {
    let key = date.to_string();
    let Some(close) = dbr::close_of(conn, &key)? else {
        let (mut v, _) = live(conn, ds, date, &clock::iso(clock::now_micros()))?;
        v["closed"] = Value::Null;
        return Ok(v);
    };
    let mut v: Value = serde_json::from_str(&close.report)
        .map_err(|e| ApiError::internal(format!("frozen report {key}: {e}")))?;
    let (_, end) = ds.window(date);
    v["closed"] = json!({
        "closed_by": close.closed_by,
        "closed_at": close.closed_at,
        "before_day_end": clock::parse_iso(&close.closed_at).is_some_and(|t| t < end),
        "report_sha256": close.report_sha256,
        "audit_head": {"id": close.audit_head_id, "hash": close.audit_head_hash},
    });
    v["after_close"] = after_close(conn, ds, date, &close, &v)?;
    Ok(v)
}

/// The live report JSON of `date` and the numbers of its orders.
fn live(
    conn: &Connection,
    ds: DayStart,
    date: Date,
    generated_at: &str,
) -> Result<(Value, Vec<String>), ApiError> {
    let (start, end) = ds.window(date);
    let orders = dbr::orders(conn, start, end, Detail::Full)?;
    let items = dbr::items(conn, start, end)?;
    let payments = dbr::payments(conn, start, end, Detail::Full)?;
    let d = report::daily(ds, date, &orders, &items, &payments);
    let numbers = orders.iter().map(|o| o.number.clone()).collect();
    Ok((daily_json(ds, date, &d, generated_at), numbers))
}

/// What happened to a closed day's orders and payments after its close: the audit rows, and
/// the live totals next to the frozen ones.
fn after_close(
    conn: &Connection,
    ds: DayStart,
    date: Date,
    close: &dbr::Close,
    frozen: &Value,
) -> Result<Value, ApiError> {
    let (start, end) = ds.window(date);
    let (live_v, live_numbers) = live(conn, ds, date, &clock::iso(clock::now_micros()))?;
    let frozen_set: BTreeSet<&String> = close.order_numbers.iter().collect();
    let live_set: BTreeSet<&String> = live_numbers.iter().collect();
    let mut touched: BTreeSet<String> = BTreeSet::new();
    // Deleted since, and created since (a day closed before it ended).
    touched.extend(
        frozen_set
            .symmetric_difference(&live_set)
            .map(|s| (*s).clone()),
    );
    touched.extend(dbr::changed_since(conn, start, end, &close.closed_at)?);
    let late = dbr::payments_since(conn, start, end, &close.closed_at)?;
    touched.extend(late.iter().map(|(n, _)| n.clone()));
    let mut rows = Vec::new();
    for n in &touched {
        rows.extend(audit::about_since(conn, "order", n, close.audit_head_id)?);
    }
    for (_, reference) in &late {
        rows.extend(audit::about_since(
            conn,
            "payment",
            reference,
            close.audit_head_id,
        )?);
    }
    rows.sort_by_key(|r| r.id);
    rows.dedup_by_key(|r| r.id);
    let omitted = rows.len().saturating_sub(MAX_AFTER_CLOSE);
    rows.truncate(MAX_AFTER_CLOSE);
    let pick = |v: &Value| {
        json!({
            "orders": v["orders"]["count"],
            "gross_sales": v["sales"]["gross_sales"],
            "payments": v["payments"]["total"],
            "refunds": v["refunds"]["total"],
            "net_taken": v["net_taken"],
            "outstanding": v["outstanding"]["total"],
        })
    };
    let (frozen_totals, live_totals) = (pick(frozen), pick(&live_v));
    Ok(json!({
        "changed": frozen_totals != live_totals || !touched.is_empty(),
        "orders": touched,
        "changes": rows.iter().map(audit_row_json).collect::<Vec<_>>(),
        "omitted": omitted,
        "frozen_totals": frozen_totals,
        "live_totals": live_totals,
    }))
}

/// One audit row as JSON (also used by `GET /api/audit/`).
pub fn audit_row_json(r: &audit::Row) -> Value {
    json!({
        "id": r.id,
        "user_id": r.user_id,
        "username": r.username,
        "action": r.action,
        "object_type": r.object_type,
        "object_id": r.object_id,
        "changes": serde_json::from_str::<Value>(&r.changes).unwrap_or(Value::String(r.changes.clone())),
        "peer": r.peer,
        "created_at": r.created_at,
        "prev_hash": r.prev_hash,
        "hash": r.hash,
    })
}

/// Runs `f` inside one read transaction, so every query sees the same snapshot.
fn snapshot<T>(
    conn: &Connection,
    f: impl FnOnce(&Connection) -> Result<T, ApiError>,
) -> Result<T, ApiError> {
    conn.execute_batch("BEGIN")?;
    let out = f(conn);
    // A read transaction has nothing to keep; ending it either way frees the snapshot.
    let _ = conn.execute_batch("COMMIT");
    out
}

/// `?name=YYYY-MM-DD`: `None` when absent, 400 when malformed (also used by `api::audit`).
pub(crate) fn date_param(c: &Ctx, name: &str) -> Result<Option<Date>, ApiError> {
    match c.req.query_param(name).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) => Date::parse(&v)
            .map(Some)
            .ok_or_else(|| ApiError::field(name, "Date has wrong format. Use YYYY-MM-DD.")),
    }
}

fn wants_csv(c: &Ctx) -> Result<bool, ApiError> {
    match c.req.query_param("format").as_deref() {
        None | Some("") | Some("json") => Ok(false),
        Some("csv") => Ok(true),
        Some(_) => Err(ApiError::field("format", "Expected json or csv.")),
    }
}

fn m(p: i64) -> Value {
    Value::String(money::format(p))
}

/// The report JSON. Money is a two-decimal string everywhere.
pub fn daily_json(ds: DayStart, date: Date, d: &Daily, generated_at: &str) -> Value {
    let (start, end) = ds.window(date);
    let by_status: Vec<Value> = d
        .by_status
        .iter()
        .map(|(s, t)| json!({"status": s.as_str(), "orders": t.count, "value": m(t.amount)}))
        .collect();
    let by_type: Vec<Value> = d
        .by_delivery_type
        .iter()
        .map(|(k, t)| json!({"delivery_type": k.as_str(), "orders": t.count, "sales": m(t.amount)}))
        .collect();
    let methods = |map: &std::collections::BTreeMap<String, report::Tally>| -> Vec<Value> {
        map.iter()
            .map(|(k, t)| json!({"method": k, "count": t.count, "amount": m(t.amount)}))
            .collect()
    };
    let outstanding: Vec<Value> = d
        .outstanding
        .iter()
        .map(|o| {
            json!({
                "order_number": o.number,
                "status": o.status.as_str(),
                "payment_status": if o.paid > 0 {
                    PaymentStatus::PartiallyPaid.as_str()
                } else {
                    PaymentStatus::Unpaid.as_str()
                },
                "total": m(o.total),
                "paid": m(o.paid),
                "balance_due": m(o.balance),
            })
        })
        .collect();
    let staff: Vec<Value> = d
        .by_staff
        .iter()
        .map(|(name, s)| {
            json!({
                "username": if name.is_empty() { Value::Null } else { json!(name) },
                "orders": s.orders,
                "sales": m(s.sales),
                "payments": s.payments.count,
                "payments_amount": m(s.payments.amount),
                "refunds": s.refunds.count,
                "refunds_amount": m(s.refunds.amount),
                "taken": m(s.taken()),
            })
        })
        .collect();
    let mut items: Vec<(&String, &report::ItemLine)> = d.by_item.iter().collect();
    items.sort_by(|a, b| b.1.revenue.cmp(&a.1.revenue).then(a.0.cmp(b.0)));
    let items: Vec<Value> = items
        .into_iter()
        .map(|(n, l)| json!({"name": n, "quantity": l.quantity, "revenue": m(l.revenue)}))
        .collect();
    let locations: Vec<Value> = d
        .by_location
        .iter()
        .map(|(n, l)| {
            json!({
                "location": if n.is_empty() { Value::Null } else { json!(n) },
                "orders": l.orders,
                "sales": m(l.sales),
                "delivery_fees": m(l.fees),
            })
        })
        .collect();
    let riders: Vec<Value> = d
        .riders
        .iter()
        .map(|(n, r)| {
            json!({
                "rider": if n.is_empty() { Value::Null } else { json!(n) },
                "orders": r.orders,
                "cash_collected": m(r.cash_collected),
            })
        })
        .collect();
    let hours: Vec<Value> = d
        .per_hour
        .iter()
        .enumerate()
        .map(|(i, t)| json!({"hour": ds.hour_label(i), "orders": t.count, "sales": m(t.amount)}))
        .collect();
    let net_by_method: Vec<Value> = d
        .net_by_method()
        .into_iter()
        .map(|(k, v)| json!({"method": k, "amount": m(v)}))
        .collect();
    json!({
        "date": date.to_string(),
        "business_day": {
            "start": clock::iso(start),
            "end": clock::iso(end),
            "day_start": ds.to_string(),
        },
        "notes": [NOTE_REFUNDS, NOTE_DISCOUNTS],
        "orders": {
            "count": d.orders,
            "by_status": by_status,
            "by_delivery_type": by_type,
        },
        "sales": {
            "gross_sales": m(d.gross_sales),
            "items": m(d.items_sales),
            "delivery_fees": m(d.delivery_fees),
            "discounts": m(d.discounts),
            "net_sales": m(d.net_sales()),
            "cancelled_orders": d.cancelled.count,
            "cancelled_value": m(d.cancelled.amount),
        },
        "payments": {
            "count": d.payments.count,
            "total": m(d.payments.amount),
            "by_method": methods(&d.payments_by_method),
            "for_other_days": m(d.taken_for_other_days),
        },
        "refunds": {
            "count": d.refunds.count,
            "total": m(d.refunds.amount),
            "by_method": methods(&d.refunds_by_method),
        },
        "net_taken": m(d.net_taken()),
        "net_by_method": net_by_method,
        "outstanding": {
            "count": d.outstanding.len(),
            "total": m(d.outstanding_total()),
            "orders": outstanding,
        },
        "by_staff": staff,
        "by_menu_item": items,
        "by_location": locations,
        "riders": {
            "rule": RIDER_RULE,
            "cash_total": m(d.delivery_cash),
            "rows": riders,
        },
        "sales_per_hour": hours,
        "generated_at": generated_at,
    })
}

fn range_json(
    ds: DayStart,
    from: Date,
    to: Date,
    days: &[(Date, Daily)],
    closed: &BTreeSet<String>,
) -> Value {
    let mut tot = Daily::default();
    let mut outstanding = 0i64;
    let rows: Vec<Value> = days
        .iter()
        .map(|(date, d)| {
            tot.orders += d.orders;
            tot.cancelled.count += d.cancelled.count;
            tot.gross_sales += d.gross_sales;
            tot.payments.amount += d.payments.amount;
            tot.refunds.amount += d.refunds.amount;
            outstanding += d.outstanding_total();
            let key = date.to_string();
            json!({
                "date": key,
                "orders": d.orders,
                "cancelled": d.cancelled.count,
                "gross_sales": m(d.gross_sales),
                "payments": m(d.payments.amount),
                "refunds": m(d.refunds.amount),
                "net_taken": m(d.net_taken()),
                "outstanding": m(d.outstanding_total()),
                "closed": closed.contains(&key),
            })
        })
        .collect();
    json!({
        "from": from.to_string(),
        "to": to.to_string(),
        "day_start": ds.to_string(),
        "notes": [NOTE_REFUNDS],
        "days": rows,
        "totals": {
            "orders": tot.orders,
            "cancelled": tot.cancelled.count,
            "gross_sales": m(tot.gross_sales),
            "payments": m(tot.payments.amount),
            "refunds": m(tot.refunds.amount),
            "net_taken": m(tot.net_taken()),
            "outstanding": m(outstanding),
        },
    })
}
