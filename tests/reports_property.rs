//! Property: on random orders, lines and payments (some outside the day, some refunds, some
//! cancelled orders, riders or none), every money figure of the daily report JSON adds up
//! across its sections, and the range report's days agree with the daily report.

use adakings::api::reports::daily_json;
use adakings::domain::business_day::DayStart;
use adakings::domain::clock::{Date, MICROS_PER_DAY};
use adakings::domain::money;
use adakings::domain::payment::PaymentType;
use adakings::domain::report::{self, ItemRow, OrderRow, PaymentRow};
use adakings::domain::status::{DeliveryType, OrderStatus};
use proptest::prelude::*;
use serde_json::Value;

const METHODS: &[&str] = &["CASH", "TELECEL CASH", "MTN MOMO", "PAYSTACK(USSD)"];
const STAFF: &[&str] = &["owner", "manager", "counter"];
const RIDERS: &[&str] = &["rider", "kojo"];
const PLACES: &[&str] = &["Legon Hall", "Madina", "UGMC"];
const DISHES: &[&str] = &["Waakye", "Jollof Rice L", "Egg", "Kelewele"];

#[derive(Clone, Debug)]
struct GenOrder {
    /// Minutes from 12 h before the day's start: some orders fall outside the day.
    at_min: i64,
    status: usize,
    delivery: bool,
    place: Option<usize>,
    staff: Option<usize>,
    rider: Option<usize>,
    lines: Vec<(usize, i64, i64)>,
    fee: i64,
    pays: Vec<(usize, bool, i64, i64)>,
}

fn gen_order() -> impl Strategy<Value = GenOrder> {
    (
        0i64..(48 * 60),
        0usize..6,
        any::<bool>(),
        proptest::option::of(0usize..PLACES.len()),
        proptest::option::of(0usize..STAFF.len()),
        proptest::option::of(0usize..RIDERS.len()),
        proptest::collection::vec((0usize..DISHES.len(), 1i64..5, 100i64..10_000), 1..4),
        0i64..2_000,
        proptest::collection::vec(
            (
                0usize..METHODS.len(),
                any::<bool>(),
                1i64..20_000,
                0i64..(48 * 60),
            ),
            0..4,
        ),
    )
        .prop_map(
            |(at_min, status, delivery, place, staff, rider, lines, fee, pays)| GenOrder {
                at_min,
                status,
                delivery,
                place,
                staff,
                rider,
                lines,
                fee,
                pays,
            },
        )
}

fn rows(
    ds: DayStart,
    date: Date,
    gen: &[GenOrder],
) -> (Vec<OrderRow>, Vec<ItemRow>, Vec<PaymentRow>) {
    let base = ds.window(date).0 - MICROS_PER_DAY / 2;
    let (mut orders, mut items, mut payments) = (Vec::new(), Vec::new(), Vec::new());
    for (i, g) in gen.iter().enumerate() {
        let id = i as i64 + 1;
        let created_at = base + g.at_min * 60_000_000;
        let fee = if g.delivery { g.fee } else { 0 };
        let mut total = fee;
        for (dish, qty, price) in &g.lines {
            items.push(ItemRow {
                order_id: id,
                name: DISHES[*dish].into(),
                quantity: *qty,
                subtotal: qty * price,
            });
            total += qty * price;
        }
        let dtype = if g.delivery {
            DeliveryType::Delivery
        } else {
            DeliveryType::Pickup
        };
        let rider = g
            .rider
            .filter(|_| g.delivery)
            .map(|r| RIDERS[r].to_string());
        let mut paid_net = 0;
        for (method, refund, amount, at) in &g.pays {
            let kind = if *refund {
                PaymentType::Refund
            } else {
                PaymentType::Payment
            };
            paid_net += if *refund { -amount } else { *amount };
            payments.push(PaymentRow {
                order_id: id,
                order_created_at: created_at,
                amount: *amount,
                method: METHODS[*method].into(),
                kind,
                created_at: base + at * 60_000_000,
                taken_by: g.staff.map(|s| STAFF[(s + 1) % STAFF.len()].to_string()),
                delivery_type: dtype,
                rider: rider.clone(),
            });
        }
        orders.push(OrderRow {
            id,
            number: format!("011226-{id:03}"),
            created_at,
            status: OrderStatus::ALL[g.status],
            delivery_type: dtype,
            location: g
                .place
                .filter(|_| g.delivery)
                .map(|p| PLACES[p].to_string()),
            delivery_fee: fee,
            total,
            entered_by: g.staff.map(|s| STAFF[s].to_string()),
            rider,
            paid_net,
        });
    }
    (orders, items, payments)
}

fn p(v: &Value) -> i64 {
    money::parse_str(v.as_str().unwrap_or("x")).unwrap_or_else(|e| panic!("{v}: {e}"))
}

fn sum(v: &Value, key: &str) -> i64 {
    v.as_array()
        .expect("array")
        .iter()
        .map(|r| p(&r[key]))
        .sum()
}

fn count(v: &Value, key: &str) -> i64 {
    v.as_array()
        .expect("array")
        .iter()
        .map(|r| r[key].as_i64().expect("count"))
        .sum()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn every_money_figure_adds_up_across_sections(
        gen in proptest::collection::vec(gen_order(), 0..40),
        start_min in 0u32..1440,
    ) {
        let ds = DayStart::parse(&format!("{:02}:{:02}", start_min / 60, start_min % 60)).unwrap();
        let date = Date::parse("2026-12-01").unwrap();
        let (orders, items, payments) = rows(ds, date, &gen);
        let d = report::daily(ds, date, &orders, &items, &payments);
        let r = daily_json(ds, date, &d, "2026-12-02T00:00:00.000000Z");

        let gross = p(&r["sales"]["gross_sales"]);
        let by_status = &r["orders"]["by_status"];
        let cancelled = by_status.as_array().unwrap().iter()
            .find(|s| s["status"] == "Cancelled").map(|s| p(&s["value"])).unwrap();
        prop_assert_eq!(sum(by_status, "value") - cancelled, gross);
        prop_assert_eq!(cancelled, p(&r["sales"]["cancelled_value"]));
        prop_assert_eq!(count(by_status, "orders"), r["orders"]["count"].as_i64().unwrap());
        prop_assert_eq!(sum(&r["orders"]["by_delivery_type"], "sales"), gross);
        prop_assert_eq!(p(&r["sales"]["items"]) + p(&r["sales"]["delivery_fees"]), gross);
        prop_assert_eq!(p(&r["sales"]["net_sales"]), gross - p(&r["sales"]["discounts"]));
        prop_assert_eq!(sum(&r["by_menu_item"], "revenue"), p(&r["sales"]["items"]));
        prop_assert_eq!(sum(&r["sales_per_hour"], "sales"), gross);
        prop_assert_eq!(r["sales_per_hour"].as_array().unwrap().len(), 24);
        prop_assert_eq!(sum(&r["by_staff"], "sales"), gross);
        prop_assert_eq!(count(&r["by_staff"], "orders"), r["orders"]["count"].as_i64().unwrap());

        let delivery = r["orders"]["by_delivery_type"].as_array().unwrap().iter()
            .find(|t| t["delivery_type"] == "Delivery").unwrap().clone();
        prop_assert_eq!(sum(&r["by_location"], "sales"), p(&delivery["sales"]));
        prop_assert_eq!(sum(&r["by_location"], "delivery_fees"), p(&r["sales"]["delivery_fees"]));
        prop_assert_eq!(count(&r["riders"]["rows"], "orders"), delivery["orders"].as_i64().unwrap());

        let paid = p(&r["payments"]["total"]);
        let refunded = p(&r["refunds"]["total"]);
        let net = p(&r["net_taken"]);
        prop_assert_eq!(sum(&r["payments"]["by_method"], "amount"), paid);
        prop_assert_eq!(sum(&r["refunds"]["by_method"], "amount"), refunded);
        prop_assert_eq!(paid - refunded, net);
        prop_assert_eq!(sum(&r["net_by_method"], "amount"), net);
        prop_assert_eq!(sum(&r["by_staff"], "taken"), net);
        prop_assert_eq!(
            sum(&r["by_staff"], "payments_amount") - sum(&r["by_staff"], "refunds_amount"),
            net
        );
        prop_assert_eq!(sum(&r["riders"]["rows"], "cash_collected"), p(&r["riders"]["cash_total"]));

        // Independent recomputation of what is owed and what came in during the day.
        let (start, end) = ds.window(date);
        let inside = |t: i64| t >= start && t < end;
        let owed: i64 = orders.iter()
            .filter(|o| inside(o.created_at) && o.status != OrderStatus::Cancelled)
            .map(|o| (o.total - o.paid_net).max(0)).sum();
        prop_assert_eq!(p(&r["outstanding"]["total"]), owed);
        prop_assert_eq!(sum(&r["outstanding"]["orders"], "balance_due"), owed);
        let came_in: i64 = payments.iter().filter(|x| inside(x.created_at))
            .map(|x| if x.kind == PaymentType::Refund { -x.amount } else { x.amount }).sum();
        prop_assert_eq!(net, came_in);
        let rider_cash: i64 = payments.iter()
            .filter(|x| inside(x.created_at) && x.method == "CASH"
                && x.delivery_type == DeliveryType::Delivery)
            .map(|x| if x.kind == PaymentType::Refund { -x.amount } else { x.amount }).sum();
        prop_assert_eq!(p(&r["riders"]["cash_total"]), rider_cash);

        // The range report's days are the daily reports.
        let days = report::range(ds, date.prev(), date.next(), &orders, &payments);
        prop_assert_eq!(days.len(), 3);
        for (day, from_range) in &days {
            let alone = report::daily(ds, *day, &orders, &[], &payments);
            prop_assert_eq!(from_range.gross_sales, alone.gross_sales);
            prop_assert_eq!(from_range.net_taken(), alone.net_taken());
            prop_assert_eq!(from_range.outstanding_total(), alone.outstanding_total());
        }
    }
}
