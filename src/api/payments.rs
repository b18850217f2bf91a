//! `/api/payments/...`: record a payment or a refund, list and read payments, and the list of
//! payment methods.
//!
//! Every method this server accepts is recorded by hand at the counter, so a payment is
//! `completed` the moment it is recorded; in the same transaction the order's derived payment
//! fields change, the automatic status move (if any) happens, and one `item_updated` event
//! carries the order as it now stands.

use serde_json::{json, Value};

use crate::api::ctx::{ok, roles, Ctx};
use crate::api::idempotency;
use crate::api::orders::{body_object, not_a_choice, Errors};
use crate::api::paginate::{self, Page};
use crate::db::audit;
use crate::db::orders as dbo;
use crate::db::payments::{self as dbp, NewPayment};
use crate::domain::payment::{self, PaymentMethod, PaymentState, PaymentType};
use crate::domain::status::{self, OrderStatus};
use crate::domain::{clock, money, validate};
use crate::http::{ApiError, Response};

/// Longest mobile number accepted (as the original's column).
const MAX_MOBILE: usize = 20;

/// `POST /api/payments/initiate/` (staff; refunds admin+): 201 Payment.
pub fn initiate(c: &mut Ctx) -> Result<Response, ApiError> {
    let user = c.require(roles::staff)?;
    let body = body_object(c)?;
    let mut errs = Errors::default();

    let kind = match body.get("payment_type") {
        None | Some(Value::Null) => Some(PaymentType::Payment),
        Some(v) => {
            let t = v.as_str().and_then(PaymentType::parse);
            if t.is_none() {
                errs.add("payment_type", not_a_choice(v));
            }
            t
        }
    };
    if kind == Some(PaymentType::Refund) && !user.role.is_admin_plus() {
        return Err(ApiError::detail(403, "Only an admin may record a refund."));
    }
    let order_number = match body.get("order_number") {
        None | Some(Value::Null) => {
            errs.add("order_number", "This field is required.");
            None
        }
        Some(Value::String(s)) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Some(Value::String(_)) => {
            errs.add("order_number", "This field may not be blank.");
            None
        }
        Some(_) => {
            errs.add("order_number", "Not a valid string.");
            None
        }
    };
    let amount = match body.get("amount") {
        None | Some(Value::Null) => {
            errs.add("amount", "This field is required.");
            None
        }
        Some(v) => match money::parse(v).and_then(|p| money::check_min(p, 1).map(|()| p)) {
            Ok(p) => Some(p),
            Err(m) => {
                errs.add("amount", m);
                None
            }
        },
    };
    let method = match body.get("payment_method") {
        None | Some(Value::Null) => {
            errs.add("payment_method", "This field is required.");
            None
        }
        Some(v) => match v.as_str().and_then(PaymentMethod::parse) {
            Some(m) if m.available_offline() => Some(m),
            Some(m) => {
                errs.add(
                    "payment_method",
                    format!("{} is not available offline.", m.as_str()),
                );
                None
            }
            None => {
                errs.add("payment_method", not_a_choice(v));
                None
            }
        },
    };
    let mobile = optional_text(&body, "mobile_number", &mut errs)
        .map(|s| s.trim().to_string())
        .unwrap_or_default();
    if mobile.chars().count() > MAX_MOBILE {
        errs.add(
            "mobile_number",
            format!("Ensure this field has no more than {MAX_MOBILE} characters."),
        );
    }
    let note = optional_text(&body, "reference_note", &mut errs).unwrap_or_default();
    if !validate::notes_ok(&note) {
        errs.add(
            "reference_note",
            format!(
                "Ensure this field has no more than {} characters.",
                validate::MAX_NOTES
            ),
        );
    }
    let who = c.actor(&user);
    let u = user.clone();
    idempotency::write(c, &user, 201, move |w| {
        let core = match &order_number {
            Some(n) => {
                let core = dbo::core_by_number(w, n)?;
                if core.is_none() {
                    errs.add("order_number", format!("Order {n} does not exist."));
                }
                core
            }
            None => None,
        };
        errs.check()?;
        let (Some(core), Some(kind), Some(amount), Some(method)) = (core, kind, amount, method)
        else {
            return Err(ApiError::internal("payment input checked but incomplete"));
        };
        if core.status == OrderStatus::Cancelled && kind == PaymentType::Payment {
            return Err(ApiError::field(
                "order_number",
                format!(
                    "Order {} is Cancelled: only refunds can be recorded.",
                    core.order_number
                ),
            ));
        }
        let before = dbo::summary(w, &core)?;
        if kind == PaymentType::Refund {
            payment::check_refund(amount, before.amount_paid)
                .map_err(|m| ApiError::field("amount", m))?;
        }
        let reference = uuid::Uuid::new_v4().to_string();
        let notes = if note.trim().is_empty() {
            match kind {
                PaymentType::Payment => format!(
                    "{} payment of ₵{} received by {}",
                    method.as_str(),
                    money::format(amount),
                    u.username
                ),
                PaymentType::Refund => format!(
                    "{} refund of ₵{} issued by {}",
                    method.as_str(),
                    money::format(amount),
                    u.username
                ),
            }
        } else {
            note.clone()
        };
        let at = clock::iso(clock::now_micros());
        let payment_id = dbp::insert(
            w,
            &NewPayment {
                reference: &reference,
                order_id: core.id,
                amount,
                payment_method: method.as_str(),
                payment_type: kind.as_str(),
                status: PaymentState::Completed.as_str(),
                mobile_number: &mobile,
                notes: &notes,
                created_by: u.id,
                at: &at,
            },
        )?;
        let after = dbo::summary(w, &core)?;
        let moved = match kind {
            PaymentType::Payment => status::auto_status_after_payment(
                core.status,
                core.delivery_type,
                after.status.is_paid(),
            ),
            PaymentType::Refund => None,
        };
        match moved {
            Some(to) => dbo::set_status(w, core.id, core.status, to, "system", &at)?,
            None => dbo::touch(w, core.id, &at)?,
        }
        let order = dbo::load_json(w, core.id)?
            .ok_or_else(|| ApiError::internal(format!("order {} vanished", core.id)))?;
        w.emit("item_updated", core.id, &order.to_string())?;
        audit::record(
            w,
            &who.as_actor(),
            kind.as_str(),
            "payment",
            &reference,
            &json!({
                "order_number": core.order_number,
                "amount": money::format(amount),
                "payment_method": method.as_str(),
                "payment_status": after.status.as_str(),
                "status_change": moved.map(|to| json!({"from": core.status.as_str(), "to": to.as_str()})),
            }),
        )?;
        dbp::load_json(w, payment_id)?
            .ok_or_else(|| ApiError::internal(format!("payment {payment_id} vanished")))
    })
}

/// A text field that may be absent or null (both "empty").
fn optional_text(
    body: &serde_json::Map<String, Value>,
    name: &str,
    errs: &mut Errors,
) -> Option<String> {
    match body.get(name)? {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        _ => {
            errs.add(name, "Not a valid string.");
            None
        }
    }
}

/// A choice filter's value, or django-filter's 400 for an unknown one.
fn choice_filter(
    c: &Ctx,
    name: &str,
    valid: impl Fn(&str) -> bool,
) -> Result<Option<String>, ApiError> {
    match c.req.query_param(name).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) if valid(&v) => Ok(Some(v)),
        Some(v) => Err(ApiError::field(
            name,
            format!("Select a valid choice. {v} is not one of the available choices."),
        )),
    }
}

/// `GET /api/payments/` (staff): DRF-paginated, newest first.
pub fn list(c: &mut Ctx) -> Result<Response, ApiError> {
    c.require(roles::staff)?;
    let f = dbp::Filter {
        // `order__order_number` is the original's spelling.
        order_number: c
            .req
            .query_param("order_number")
            .or_else(|| c.req.query_param("order__order_number"))
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty()),
        payment_method: choice_filter(c, "payment_method", |v| PaymentMethod::parse(v).is_some())?,
        payment_type: choice_filter(c, "payment_type", |v| PaymentType::parse(v).is_some())?,
        status: choice_filter(c, "status", |v| PaymentState::parse(v).is_some())?,
    };
    let page = Page::from_request(c.req)?;
    let (page, count, results) = c.state.db.read(|conn| {
        let count = dbp::count(conn, &f)?;
        let page = page.resolve(count)?;
        let results = dbp::list_json(conn, &f, page.offset(), page.limit())?;
        Ok::<_, ApiError>((page, count, results))
    })?;
    ok(&paginate::envelope(c.req, page, count, results))
}

/// `GET /api/payments/payment-modes/` (staff).
pub fn modes(c: &mut Ctx) -> Result<Response, ApiError> {
    c.require(roles::staff)?;
    let modes: Vec<Value> = PaymentMethod::ALL
        .iter()
        .map(|m| {
            json!({
                "value": m.as_str(),
                "label": m.label(),
                "disabled": !m.available_offline(),
            })
        })
        .collect();
    ok(&json!({ "payment_modes": modes }))
}

/// `GET /api/payments/{reference}/` (staff).
pub fn get(c: &mut Ctx) -> Result<Response, ApiError> {
    c.require(roles::staff)?;
    let reference = c.param(0).to_string();
    match c
        .state
        .db
        .read(|conn| dbp::by_reference_json(conn, &reference))?
    {
        Some(v) => ok(&v),
        None => Err(ApiError::not_found()),
    }
}
