//! `/api/payments/...`: record a payment or a refund, list and read payments, and the list of
//! payment methods.
//!
//! Every method this server accepts is recorded by hand at the counter, so a payment is
//! `completed` the moment it is recorded; in the same transaction the order's derived payment
//! fields change, the automatic status move (if any) happens, and one `item_updated` event
//! carries the order as it now stands.

use serde_json::{json, Value};

use crate::api::ctx::{ok, Ctx};
use crate::api::idempotency;
use crate::api::paginate::{self, Page};
use crate::api::validate::{body_object, query_choice, Fields, BLANK, NOT_A_STRING, REQUIRED};
use crate::api::{wire_order, wire_payment};
use crate::db::audit;
use crate::db::events::EventKind;
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
    let user = c.user()?;
    let body = body_object(c)?;
    let mut f = Fields::new(&body);
    let kind = f.vocab_or("payment_type", PaymentType::Payment);
    if kind == Some(PaymentType::Refund) && !user.role.is_admin_plus() {
        return Err(ApiError::detail(403, "Only an admin may record a refund."));
    }
    let order_number = match f.get("order_number") {
        None | Some(Value::Null) => {
            f.error("order_number", REQUIRED);
            None
        }
        Some(Value::String(s)) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Some(Value::String(_)) => {
            f.error("order_number", BLANK);
            None
        }
        Some(_) => {
            f.error("order_number", NOT_A_STRING);
            None
        }
    };
    let amount = f.money_null_absent("amount", 1);
    let method = match f.vocab_required::<PaymentMethod>("payment_method") {
        Some(m) if m.available_offline() => Some(m),
        Some(m) => {
            f.error(
                "payment_method",
                format!("{} is not available offline.", m.as_str()),
            );
            None
        }
        None => None,
    };
    let mobile = f
        .optional_string("mobile_number")
        .map(|s| s.trim().to_string())
        .unwrap_or_default();
    if mobile.chars().count() > MAX_MOBILE {
        f.error(
            "mobile_number",
            format!("Ensure this field has no more than {MAX_MOBILE} characters."),
        );
    }
    let note = f.optional_string("reference_note").unwrap_or_default();
    if !validate::notes_ok(&note) {
        f.error(
            "reference_note",
            format!(
                "Ensure this field has no more than {} characters.",
                validate::MAX_NOTES
            ),
        );
    }
    let mut errs = f.into_errors();
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
                payment_method: method,
                payment_type: kind,
                status: PaymentState::Completed,
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
        let order = dbo::load_one(w, core.id)?
            .ok_or_else(|| ApiError::internal(format!("order {} vanished", core.id)))?;
        let order = wire_order::to_value(&order)?;
        w.emit(EventKind::ItemUpdated, core.id, &order.to_string())?;
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
        let payment = dbp::load(w, payment_id)?
            .ok_or_else(|| ApiError::internal(format!("payment {payment_id} vanished")))?;
        wire_payment::to_value(&payment)
    })
}

/// `GET /api/payments/` (staff): DRF-paginated, newest first.
pub fn list(c: &mut Ctx) -> Result<Response, ApiError> {
    let f = dbp::Filter {
        // `order__order_number` is the original's spelling.
        order_number: c
            .req
            .query_param("order_number")
            .or_else(|| c.req.query_param("order__order_number"))
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty()),
        payment_method: query_choice(c, "payment_method")?,
        payment_type: query_choice(c, "payment_type")?,
        status: query_choice(c, "status")?,
    };
    let page = Page::from_request(c.req)?;
    let (page, count, results) = c.state.db.read(|conn| {
        let count = dbp::count(conn, &f)?;
        let page = page.resolve(count)?;
        let rows = dbp::list(conn, &f, page.offset(), page.limit())?;
        Ok::<_, ApiError>((page, count, rows))
    })?;
    let results = results
        .iter()
        .map(wire_payment::to_value)
        .collect::<Result<Vec<Value>, ApiError>>()?;
    ok(&paginate::envelope(c.req, page, count, results))
}

/// `GET /api/payments/payment-modes/` (staff).
pub fn modes(_c: &mut Ctx) -> Result<Response, ApiError> {
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
    let reference = c.param(0).to_string();
    match c
        .state
        .db
        .read(|conn| dbp::by_reference(conn, &reference))?
    {
        Some(p) => ok(&wire_payment::to_value(&p)?),
        None => Err(ApiError::not_found()),
    }
}
