//! The owner's daily figures (a "Z report"), computed from typed rows: orders of the business
//! day, their lines, and the payments and refunds recorded during it. Pure: the database layer
//! loads the rows, the API layer shapes JSON and CSV.
//!
//! Definitions, chosen so that every money figure adds up across sections:
//! - an order belongs to the business day of its creation; a payment or refund to the business
//!   day it was recorded (so a refund of yesterday's order lowers today's takings);
//! - gross sales = totals of the day's orders that are not Cancelled
//!   = items + delivery fees = Σ by delivery type = Σ by staff member = Σ per hour;
//! - net taken = payments − refunds = Σ net by method = Σ by staff member;
//! - a delivery order's rider is who took it out (see the db layer); cash collected by riders
//!   = net CASH recorded on the day for delivery orders, split by rider (or "no rider").
//!
//! Only completed payments are passed in; discounts do not exist yet and are reported as 0.

use std::collections::BTreeMap;

use super::business_day::{DayStart, HOURS};
use super::clock::Date;
use super::payment::PaymentType;
use super::status::{DeliveryType, OrderStatus};

/// The method riders bring back in their pocket.
pub const CASH: &str = "CASH";

/// One order, with what has been paid on it so far (all days, completed only).
#[derive(Clone, Debug)]
pub struct OrderRow {
    pub id: i64,
    pub number: String,
    /// Epoch microseconds.
    pub created_at: i64,
    pub status: OrderStatus,
    pub delivery_type: DeliveryType,
    pub location: Option<String>,
    pub delivery_fee: i64,
    pub total: i64,
    /// Username of who entered it (None: the user is gone).
    pub entered_by: Option<String>,
    pub rider: Option<String>,
    /// Completed payments minus completed refunds, as of the report.
    pub paid_net: i64,
}

/// One order line.
#[derive(Clone, Debug)]
pub struct ItemRow {
    pub order_id: i64,
    pub name: String,
    pub quantity: i64,
    pub subtotal: i64,
}

/// One completed payment or refund.
#[derive(Clone, Debug)]
pub struct PaymentRow {
    pub order_id: i64,
    /// Epoch microseconds of the order it pays for (to tell this day's orders from others').
    pub order_created_at: i64,
    pub amount: i64,
    pub method: String,
    pub kind: PaymentType,
    /// Epoch microseconds.
    pub created_at: i64,
    pub taken_by: Option<String>,
    pub delivery_type: DeliveryType,
    pub rider: Option<String>,
}

/// Count and money of one group.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub count: i64,
    pub amount: i64,
}

impl Tally {
    fn add(&mut self, amount: i64) {
        self.count += 1;
        self.amount = self.amount.saturating_add(amount);
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StaffLine {
    pub orders: i64,
    pub sales: i64,
    pub payments: Tally,
    pub refunds: Tally,
}

impl StaffLine {
    pub fn taken(&self) -> i64 {
        self.payments.amount.saturating_sub(self.refunds.amount)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ItemLine {
    pub quantity: i64,
    pub revenue: i64,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LocationLine {
    pub orders: i64,
    pub sales: i64,
    pub fees: i64,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RiderLine {
    pub orders: i64,
    pub cash_collected: i64,
}

/// An order with money still due.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outstanding {
    pub number: String,
    pub status: OrderStatus,
    pub total: i64,
    pub paid: i64,
    pub balance: i64,
}

/// The figures of one business day. Maps are keyed by name so output order is stable.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Daily {
    /// Every order of the day, whatever its status.
    pub orders: i64,
    /// Count and order value by status (all six, in lifecycle order).
    pub by_status: Vec<(OrderStatus, Tally)>,
    /// Orders and sales by delivery type, Cancelled excluded.
    pub by_delivery_type: Vec<(DeliveryType, Tally)>,
    pub gross_sales: i64,
    pub items_sales: i64,
    pub delivery_fees: i64,
    pub discounts: i64,
    pub cancelled: Tally,
    pub payments: Tally,
    pub refunds: Tally,
    pub payments_by_method: BTreeMap<String, Tally>,
    pub refunds_by_method: BTreeMap<String, Tally>,
    /// Net of payments recorded on the day for orders of other business days.
    pub taken_for_other_days: i64,
    pub outstanding: Vec<Outstanding>,
    /// Keyed by username; "" for a deleted user.
    pub by_staff: BTreeMap<String, StaffLine>,
    pub by_item: BTreeMap<String, ItemLine>,
    /// Delivery orders only; "" when the order has no location.
    pub by_location: BTreeMap<String, LocationLine>,
    /// Delivery orders; "" is "no rider recorded".
    pub riders: BTreeMap<String, RiderLine>,
    /// Net cash recorded on the day for delivery orders.
    pub delivery_cash: i64,
    /// Orders and sales per hour of the business day (Cancelled excluded).
    pub per_hour: Vec<Tally>,
}

impl Daily {
    pub fn net_sales(&self) -> i64 {
        self.gross_sales.saturating_sub(self.discounts)
    }

    pub fn net_taken(&self) -> i64 {
        self.payments.amount.saturating_sub(self.refunds.amount)
    }

    pub fn outstanding_total(&self) -> i64 {
        self.outstanding
            .iter()
            .fold(0i64, |a, o| a.saturating_add(o.balance))
    }

    /// Net taken by method: payments minus refunds per method (what each drawer should hold).
    pub fn net_by_method(&self) -> BTreeMap<String, i64> {
        let mut out: BTreeMap<String, i64> = BTreeMap::new();
        for (m, t) in &self.payments_by_method {
            *out.entry(m.clone()).or_default() += t.amount;
        }
        for (m, t) in &self.refunds_by_method {
            *out.entry(m.clone()).or_default() -= t.amount;
        }
        out
    }
}

/// Aggregates the rows of business date `date`. Rows outside its window are ignored, so the
/// caller may pass a superset.
pub fn daily(
    day_start: DayStart,
    date: Date,
    orders: &[OrderRow],
    items: &[ItemRow],
    payments: &[PaymentRow],
) -> Daily {
    let (start, end) = day_start.window(date);
    let inside = |t: i64| t >= start && t < end;
    let mut d = Daily {
        by_status: OrderStatus::ALL
            .iter()
            .map(|s| (*s, Tally::default()))
            .collect(),
        by_delivery_type: DeliveryType::ALL
            .iter()
            .map(|t| (*t, Tally::default()))
            .collect(),
        per_hour: vec![Tally::default(); HOURS],
        ..Daily::default()
    };
    // Orders whose lines count as sales (this day's, not Cancelled).
    let mut selling: std::collections::HashSet<i64> = std::collections::HashSet::new();
    for o in orders.iter().filter(|o| inside(o.created_at)) {
        d.orders += 1;
        if let Some((_, t)) = d.by_status.iter_mut().find(|(s, _)| *s == o.status) {
            t.add(o.total);
        }
        let staff = d
            .by_staff
            .entry(o.entered_by.clone().unwrap_or_default())
            .or_default();
        staff.orders += 1;
        if o.status == OrderStatus::Cancelled {
            d.cancelled.add(o.total);
            continue;
        }
        selling.insert(o.id);
        staff.sales = staff.sales.saturating_add(o.total);
        d.gross_sales = d.gross_sales.saturating_add(o.total);
        d.delivery_fees = d.delivery_fees.saturating_add(o.delivery_fee);
        if let Some((_, t)) = d
            .by_delivery_type
            .iter_mut()
            .find(|(k, _)| *k == o.delivery_type)
        {
            t.add(o.total);
        }
        if let Some(h) = d.per_hour.get_mut(day_start.hour_of(o.created_at)) {
            h.add(o.total);
        }
        if o.delivery_type == DeliveryType::Delivery {
            let l = d
                .by_location
                .entry(o.location.clone().unwrap_or_default())
                .or_default();
            l.orders += 1;
            l.sales = l.sales.saturating_add(o.total);
            l.fees = l.fees.saturating_add(o.delivery_fee);
            d.riders
                .entry(o.rider.clone().unwrap_or_default())
                .or_default()
                .orders += 1;
        }
        let balance = o.total.saturating_sub(o.paid_net);
        if balance > 0 {
            d.outstanding.push(Outstanding {
                number: o.number.clone(),
                status: o.status,
                total: o.total,
                paid: o.paid_net,
                balance,
            });
        }
    }
    d.outstanding.sort_by(|a, b| a.number.cmp(&b.number));
    for i in items.iter().filter(|i| selling.contains(&i.order_id)) {
        let line = d.by_item.entry(i.name.clone()).or_default();
        line.quantity = line.quantity.saturating_add(i.quantity);
        line.revenue = line.revenue.saturating_add(i.subtotal);
        d.items_sales = d.items_sales.saturating_add(i.subtotal);
    }
    for p in payments.iter().filter(|p| inside(p.created_at)) {
        let sign = match p.kind {
            PaymentType::Payment => 1,
            PaymentType::Refund => -1,
        };
        let staff = d
            .by_staff
            .entry(p.taken_by.clone().unwrap_or_default())
            .or_default();
        match p.kind {
            PaymentType::Payment => {
                d.payments.add(p.amount);
                staff.payments.add(p.amount);
                d.payments_by_method
                    .entry(p.method.clone())
                    .or_default()
                    .add(p.amount);
            }
            PaymentType::Refund => {
                d.refunds.add(p.amount);
                staff.refunds.add(p.amount);
                d.refunds_by_method
                    .entry(p.method.clone())
                    .or_default()
                    .add(p.amount);
            }
        }
        if !inside(p.order_created_at) {
            d.taken_for_other_days = d.taken_for_other_days.saturating_add(sign * p.amount);
        }
        if p.delivery_type == DeliveryType::Delivery && p.method == CASH {
            d.delivery_cash = d.delivery_cash.saturating_add(sign * p.amount);
            let r = d
                .riders
                .entry(p.rider.clone().unwrap_or_default())
                .or_default();
            r.cash_collected = r.cash_collected.saturating_add(sign * p.amount);
        }
    }
    d
}

/// Splits rows by business date and aggregates each date of `from..=to` (items are not
/// needed for the per-day summary and are left out).
pub fn range(
    day_start: DayStart,
    from: Date,
    to: Date,
    orders: &[OrderRow],
    payments: &[PaymentRow],
) -> Vec<(Date, Daily)> {
    let mut o_by: BTreeMap<Date, Vec<OrderRow>> = BTreeMap::new();
    for o in orders {
        o_by.entry(day_start.date_of(o.created_at))
            .or_default()
            .push(o.clone());
    }
    let mut p_by: BTreeMap<Date, Vec<PaymentRow>> = BTreeMap::new();
    for p in payments {
        p_by.entry(day_start.date_of(p.created_at))
            .or_default()
            .push(p.clone());
    }
    let mut out = Vec::new();
    let mut d = from;
    while d <= to {
        let os = o_by.get(&d).map(Vec::as_slice).unwrap_or(&[]);
        let ps = p_by.get(&d).map(Vec::as_slice).unwrap_or(&[]);
        out.push((d, daily(day_start, d, os, &[], ps)));
        d = d.next();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::clock::parse_iso;

    fn at(s: &str) -> i64 {
        parse_iso(s).expect("valid instant")
    }

    fn order(id: i64, when: &str, status: OrderStatus, total: i64) -> OrderRow {
        OrderRow {
            id,
            number: format!("011226-{id:03}"),
            created_at: at(when),
            status,
            delivery_type: DeliveryType::Pickup,
            location: None,
            delivery_fee: 0,
            total,
            entered_by: Some("counter".into()),
            rider: None,
            paid_net: 0,
        }
    }

    fn pay(order: &OrderRow, kind: PaymentType, amount: i64, when: &str) -> PaymentRow {
        PaymentRow {
            order_id: order.id,
            order_created_at: order.created_at,
            amount,
            method: CASH.into(),
            kind,
            created_at: at(when),
            taken_by: Some("counter".into()),
            delivery_type: order.delivery_type,
            rider: order.rider.clone(),
        }
    }

    #[test]
    fn late_night_order_counts_for_the_evening_before() {
        let ds = DayStart::default();
        let day = Date::parse("2026-12-01").expect("date");
        let o = order(
            1,
            "2026-12-02T01:30:00.000000Z",
            OrderStatus::Fulfilled,
            4000,
        );
        let d = daily(ds, day, std::slice::from_ref(&o), &[], &[]);
        assert_eq!(d.gross_sales, 4000);
        assert_eq!(d.per_hour[21].amount, 4000, "01:30 is hour 21 after 04:00");
        let next = daily(ds, day.next(), &[o], &[], &[]);
        assert_eq!(next.orders, 0);
    }

    #[test]
    fn refund_counts_on_the_day_it_is_issued_and_only_once() {
        let ds = DayStart::default();
        let day1 = Date::parse("2026-12-01").expect("date");
        let o = order(
            1,
            "2026-12-01T12:00:00.000000Z",
            OrderStatus::Fulfilled,
            4000,
        );
        let p = pay(
            &o,
            PaymentType::Payment,
            4000,
            "2026-12-01T12:01:00.000000Z",
        );
        let r = pay(&o, PaymentType::Refund, 1000, "2026-12-02T10:00:00.000000Z");
        let rows = [p, r];
        let d1 = daily(ds, day1, std::slice::from_ref(&o), &[], &rows);
        assert_eq!(
            (d1.payments.amount, d1.refunds.amount, d1.net_taken()),
            (4000, 0, 4000)
        );
        let d2 = daily(ds, day1.next(), &[o], &[], &rows);
        assert_eq!(
            (d2.payments.amount, d2.refunds.amount, d2.net_taken()),
            (0, 1000, -1000)
        );
        assert_eq!(d2.taken_for_other_days, -1000);
    }

    #[test]
    fn cancelled_orders_are_counted_but_not_sold() {
        let ds = DayStart::default();
        let day = Date::parse("2026-12-01").expect("date");
        let a = order(
            1,
            "2026-12-01T12:00:00.000000Z",
            OrderStatus::Cancelled,
            4000,
        );
        let b = order(2, "2026-12-01T13:00:00.000000Z", OrderStatus::Pending, 3000);
        let d = daily(ds, day, &[a, b], &[], &[]);
        assert_eq!(d.orders, 2);
        assert_eq!(d.gross_sales, 3000);
        assert_eq!(
            d.cancelled,
            Tally {
                count: 1,
                amount: 4000
            }
        );
        assert_eq!(d.outstanding.len(), 1, "a cancelled order owes nothing");
        assert_eq!(d.outstanding_total(), 3000);
    }
}
