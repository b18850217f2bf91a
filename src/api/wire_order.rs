//! The Order JSON, the one place it is made: detail, lists, write responses, the events
//! outbox and the WebSocket snapshot all serialize [`OrderJson`] from the typed rows of
//! `db::orders`. Money goes out as decimal strings, `time_ago` is computed here against one
//! `now` per request, and lists are serialized straight to bytes (no `Value` tree: building
//! and dropping one per order was most of a list request's CPU).
//!
//! A new order field: a column read in `db::orders` (the row struct and its SELECT), and a
//! field here.

use serde::ser::{SerializeSeq, Serializer};
use serde::Serialize;
use serde_json::Value;

use super::wire_payment::PaymentEntry;
use crate::db::orders::{ItemRow, OrderRecord, StatusChange};
use crate::db::payments::PaymentRow;
use crate::domain::payment::{self, PaymentFact, PaymentState, PaymentType};
use crate::domain::status::OrderStatus;
use crate::domain::{clock, money};
use crate::http::ApiError;

/// One line of an Order (field order as the original's serializer).
#[derive(Serialize)]
struct ItemJson<'a> {
    id: i64,
    /// Null for a line whose menu item no longer exists (imported from the original).
    menu_item_id: Option<i64>,
    menu_item_name: &'a str,
    item_type: &'a str,
    quantity: i64,
    unit_price: String,
    subtotal: String,
    notes: &'a str,
}

impl<'a> ItemJson<'a> {
    fn of(it: &'a ItemRow) -> ItemJson<'a> {
        ItemJson {
            id: it.id,
            menu_item_id: it.menu_item_id,
            menu_item_name: &it.menu_item_name,
            item_type: &it.item_type,
            quantity: it.quantity,
            unit_price: money::format(it.unit_price),
            subtotal: money::format(it.subtotal),
            notes: &it.notes,
        }
    }
}

/// The Order JSON (field order as the original's serializer).
#[derive(Serialize)]
pub struct OrderJson<'a> {
    id: i64,
    order_number: &'a str,
    customer_phone: Option<&'a str>,
    delivery_type: &'static str,
    delivery_location: Option<&'a str>,
    delivery_location_name: Option<&'a str>,
    delivery_location_fee: Option<String>,
    status: &'static str,
    total_price: String,
    delivery_fee: String,
    notes: &'a str,
    created_at: &'a str,
    updated_at: &'a str,
    items: Vec<ItemJson<'a>>,
    amount_paid: String,
    balance_due: String,
    amount_overpaid: String,
    payment_status: &'static str,
    payment_mode: Option<&'a str>,
    payments: Vec<PaymentEntry<'a>>,
    time_ago: String,
    version: i64,
}

impl<'a> OrderJson<'a> {
    /// The Order JSON of `o`, with `time_ago` labels as of `now` (UTC micros).
    pub fn of(o: &'a OrderRecord, now: i64) -> OrderJson<'a> {
        let facts: Vec<PaymentFact> = o.payments.iter().filter_map(PaymentRow::fact).collect();
        let s = payment::summarize(o.total_price, o.status == OrderStatus::Cancelled, &facts);
        // Payments are newest first, so the first completed payment is the latest one.
        let mode = o
            .payments
            .iter()
            .find(|p| {
                p.fact().is_some_and(|f| {
                    f.kind == PaymentType::Payment && f.state == PaymentState::Completed
                })
            })
            .map(|p| p.payment_method.as_str());
        let updated = clock::parse_iso(&o.updated_at).unwrap_or(now);
        OrderJson {
            id: o.id,
            order_number: &o.order_number,
            customer_phone: (!o.customer_phone.is_empty()).then_some(o.customer_phone.as_str()),
            delivery_type: o.delivery_type.as_str(),
            // The location as it is now (null once deleted); the snapshot fields keep what
            // the customer was charged.
            delivery_location: o.location_now.as_deref(),
            delivery_location_name: o.location_name.as_deref(),
            delivery_location_fee: o.location_fee.map(money::format),
            status: o.status.as_str(),
            total_price: money::format(o.total_price),
            delivery_fee: money::format(o.delivery_fee),
            notes: &o.notes,
            created_at: &o.created_at,
            updated_at: &o.updated_at,
            items: o.items.iter().map(ItemJson::of).collect(),
            amount_paid: money::format(s.amount_paid),
            balance_due: money::format(s.balance_due),
            amount_overpaid: money::format(s.amount_overpaid),
            payment_status: s.status.as_str(),
            payment_mode: mode,
            payments: o
                .payments
                .iter()
                .map(|p| PaymentEntry::in_order(p, now))
                .collect(),
            time_ago: clock::time_ago(now, updated),
            version: o.version,
        }
    }
}

/// Orders as a JSON array, each serialized as it is reached (the WebSocket `data_update`
/// carries one).
pub struct OrderList<'a> {
    pub orders: &'a [OrderRecord],
    /// When the `time_ago` labels are computed for (UTC micros).
    pub now: i64,
}

impl Serialize for OrderList<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.orders.len()))?;
        for o in self.orders {
            seq.serialize_element(&OrderJson::of(o, self.now))?;
        }
        seq.end()
    }
}

/// Appends the JSON array of `orders` to `buf`. Returns the moment (UTC micros) the first
/// `time_ago` label in it would read differently, so a stored copy knows when it goes stale
/// (`i64::MAX` when there is none).
pub fn write_list(orders: &[OrderRecord], buf: &mut Vec<u8>) -> Result<i64, ApiError> {
    let now = clock::now_micros();
    serde_json::to_writer(&mut *buf, &OrderList { orders, now }).map_err(ApiError::internal)?;
    Ok(fresh_until(orders, now))
}

/// When the first `time_ago` label of `orders`, as of `now`, changes.
fn fresh_until(orders: &[OrderRecord], now: i64) -> i64 {
    let changes = |at: &str| {
        let then = clock::parse_iso(at).unwrap_or(now);
        clock::time_ago_changes_at(now, then)
    };
    orders
        .iter()
        .flat_map(|o| {
            std::iter::once(changes(&o.updated_at))
                .chain(o.payments.iter().map(|p| changes(&p.created_at)))
        })
        .min()
        .unwrap_or(i64::MAX)
}

/// The Order JSON of one order as a value (responses of writes and the events outbox).
pub fn to_value(o: &OrderRecord) -> Result<Value, ApiError> {
    serde_json::to_value(OrderJson::of(o, clock::now_micros())).map_err(ApiError::internal)
}

/// One entry of `GET /api/orders/{n}/history/` (keys in the order they have always had).
#[derive(Serialize)]
struct ChangeJson<'a> {
    at: &'a str,
    by: &'a str,
    from: Option<&'a str>,
    to: &'a str,
}

/// `[{from, to, by, at}]`, as the history endpoint sends it.
pub fn history(changes: &[StatusChange]) -> Result<Value, ApiError> {
    let list: Vec<ChangeJson> = changes
        .iter()
        .map(|c| ChangeJson {
            at: &c.at,
            by: &c.by,
            from: c.from.as_deref(),
            to: &c.to,
        })
        .collect();
    serde_json::to_value(list).map_err(ApiError::internal)
}
