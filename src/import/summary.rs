//! The report `import-django` prints: rows read, written, already there and skipped per table,
//! then per day the orders, what was sold, what was paid by method and refunded, and the
//! payment status every order comes out with here. Tables are Markdown, so the output can be
//! pasted into a ticket and compared line by line with a summary made on the original's file.
//!
//! The per-day figures cover every order of the file that is in this database after the run
//! (written now or already there); bad rows that were skipped are not in them.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::rows::{Plan, TABLES};
use super::write::Counts;
use crate::domain::clock::Date;
use crate::domain::money;
use crate::domain::payment::{self, PaymentFact, PaymentMethod, PaymentState, PaymentType};
use crate::domain::status::{DeliveryType, OrderStatus};

#[derive(Default)]
struct Day {
    orders: u64,
    pickup: u64,
    delivery: u64,
    sold: i64,
    sold_live: i64,
    fees: i64,
    first: Option<((Date, i64), String)>,
    last: Option<((Date, i64), String)>,
    status: [u64; 6],
    paid: [(i64, u64); 5],
    refunded: i64,
    /// Payment rows of any kind dated this day.
    payments: u64,
}

/// `money (count)`.
fn cell((amount, n): (i64, u64)) -> String {
    format!("{} ({n})", money::format(amount))
}

/// The whole report.
pub fn render(plan: &Plan, counts: &Counts, dry_run: bool) -> String {
    let mut out = String::new();
    let w = &mut out;
    let _ = writeln!(w, "### Rows per table\n");
    let _ = writeln!(w, "| table | read | written | already there | skipped |");
    let _ = writeln!(w, "|---|---|---|---|---|");
    for (t, name) in TABLES.iter().enumerate() {
        let _ = writeln!(
            w,
            "| `{name}` | {} | {} | {} | {} |",
            plan.read[t], counts.written[t], counts.existing[t], plan.skipped[t]
        );
    }
    let _ = writeln!(
        w,
        "| status history (made here) | - | {} | - | - |",
        counts.history
    );

    let mut days: BTreeMap<Date, Day> = BTreeMap::new();
    let mut pstatus = [0u64; 6];
    let (mut sum_paid, mut sum_due, mut sum_over) = (0i64, 0i64, 0i64);
    let mut other: BTreeMap<(Date, &str, &str), i64> = BTreeMap::new();
    for o in &plan.orders {
        let d = days.entry(o.day).or_default();
        d.orders += 1;
        match o.delivery_type {
            DeliveryType::Pickup => d.pickup += 1,
            DeliveryType::Delivery => d.delivery += 1,
        }
        d.sold += o.total;
        if o.status != OrderStatus::Cancelled {
            d.sold_live += o.total;
        }
        d.fees += o.delivery_fee;
        // By sequence, not text: "231126-1000" comes after "231126-999".
        if d.first.as_ref().is_none_or(|f| (o.date, o.seq) < f.0) {
            d.first = Some(((o.date, o.seq), o.number.clone()));
        }
        if d.last.as_ref().is_none_or(|l| (o.date, o.seq) > l.0) {
            d.last = Some(((o.date, o.seq), o.number.clone()));
        }
        if let Some(i) = OrderStatus::ALL.iter().position(|s| *s == o.status) {
            d.status[i] += 1;
        }
        let facts: Vec<PaymentFact> = o
            .payments
            .iter()
            .map(|p| PaymentFact {
                amount: p.amount,
                kind: p.kind,
                state: p.state,
            })
            .collect();
        let s = payment::summarize(o.total, o.status == OrderStatus::Cancelled, &facts);
        if let Some(i) = payment::PaymentStatus::ALL
            .iter()
            .position(|x| *x == s.status)
        {
            pstatus[i] += 1;
        }
        sum_paid += s.amount_paid;
        sum_due += s.balance_due;
        sum_over += s.amount_overpaid;
        for p in &o.payments {
            let pd = days.entry(p.day).or_default();
            pd.payments += 1;
            match (p.kind, p.state) {
                (PaymentType::Payment, PaymentState::Completed) => {
                    if let Some(i) = PaymentMethod::ALL.iter().position(|m| *m == p.method) {
                        pd.paid[i].0 += p.amount;
                        pd.paid[i].1 += 1;
                    }
                }
                (PaymentType::Refund, PaymentState::Completed) => pd.refunded += p.amount,
                (k, s) => *other.entry((p.day, k.as_str(), s.as_str())).or_default() += p.amount,
            }
        }
    }

    // The original's method order in its own reports: cash first, then mobile money.
    let order = [0usize, 2, 1, 3, 4];
    let methods: Vec<&str> = order
        .iter()
        .map(|&i| PaymentMethod::ALL[i].as_str())
        .collect();

    let _ = writeln!(w, "\n### Orders per day (UTC date of `created_at`)\n");
    let _ = writeln!(
        w,
        "| day | orders | pickup | delivery | sold, all | sold, not Cancelled | delivery fees | first / last number |"
    );
    let _ = writeln!(w, "|---|---|---|---|---|---|---|---|");
    let mut all = Day::default();
    for (date, d) in days.iter().filter(|(_, d)| d.orders > 0) {
        let _ = writeln!(
            w,
            "| {date} | {} | {} | {} | {} | {} | {} | {} / {} |",
            d.orders,
            d.pickup,
            d.delivery,
            money::format(d.sold),
            money::format(d.sold_live),
            money::format(d.fees),
            d.first.as_ref().map_or("", |f| f.1.as_str()),
            d.last.as_ref().map_or("", |l| l.1.as_str())
        );
        all.orders += d.orders;
        all.pickup += d.pickup;
        all.delivery += d.delivery;
        all.sold += d.sold;
        all.sold_live += d.sold_live;
        all.fees += d.fees;
        for i in 0..6 {
            all.status[i] += d.status[i];
        }
    }
    let _ = writeln!(
        w,
        "| **all** | {} | {} | {} | {} | {} | {} | |",
        all.orders,
        all.pickup,
        all.delivery,
        money::format(all.sold),
        money::format(all.sold_live),
        money::format(all.fees)
    );

    let _ = writeln!(w, "\n### Order status per day\n");
    let names: Vec<&str> = OrderStatus::ALL.iter().map(|s| s.as_str()).collect();
    let _ = writeln!(w, "| day | {} |", names.join(" | "));
    let _ = writeln!(w, "|---|{}", "---|".repeat(names.len()));
    let join = |v: &[u64; 6]| v.iter().map(u64::to_string).collect::<Vec<_>>().join(" | ");
    for (date, d) in days.iter().filter(|(_, d)| d.orders > 0) {
        let _ = writeln!(w, "| {date} | {} |", join(&d.status));
    }
    let _ = writeln!(w, "| **all** | {} |", join(&all.status));

    let _ = writeln!(
        w,
        "\n### Completed payments per day (UTC date of the payment's `created_at`), by method\n"
    );
    let _ = writeln!(
        w,
        "| day | {} | all payments | refunded | net |",
        methods.join(" | ")
    );
    let _ = writeln!(w, "|---|{}", "---|".repeat(methods.len() + 3));
    let mut tot = [(0i64, 0u64); 5];
    let mut tot_ref = 0i64;
    for (date, d) in days.iter().filter(|(_, d)| d.payments > 0) {
        let sum: i64 = d.paid.iter().map(|p| p.0).sum();
        let cells: Vec<String> = order.iter().map(|&i| cell(d.paid[i])).collect();
        let _ = writeln!(
            w,
            "| {date} | {} | {} | {} | {} |",
            cells.join(" | "),
            money::format(sum),
            money::format(d.refunded),
            money::format(sum - d.refunded)
        );
        for (t, p) in tot.iter_mut().zip(d.paid.iter()) {
            t.0 += p.0;
            t.1 += p.1;
        }
        tot_ref += d.refunded;
    }
    let sum: i64 = tot.iter().map(|p| p.0).sum();
    let cells: Vec<String> = order.iter().map(|&i| cell(tot[i])).collect();
    let _ = writeln!(
        w,
        "| **all** | {} | {} | {} | {} |",
        cells.join(" | "),
        money::format(sum),
        money::format(tot_ref),
        money::format(sum - tot_ref)
    );
    if !other.is_empty() {
        let list: Vec<String> = other
            .iter()
            .map(|((d, k, s), a)| format!("{d} {k}/{s} {}", money::format(*a)))
            .collect();
        let _ = writeln!(
            w,
            "\nPayments that count toward nothing: {}.",
            list.join(", ")
        );
    }

    let _ = writeln!(
        w,
        "\n### Payment status of the orders, as this server shows it\n"
    );
    let _ = writeln!(w, "| payment_status | orders |\n|---|---|");
    for (i, s) in payment::PaymentStatus::ALL.iter().enumerate() {
        let _ = writeln!(w, "| {} | {} |", s.as_str(), pstatus[i]);
    }
    let _ = writeln!(
        w,
        "\nSum over all orders: amount_paid {}, balance_due {}, amount_overpaid {}.",
        money::format(sum_paid),
        money::format(sum_due),
        money::format(sum_over)
    );
    if !plan.bad.is_empty() {
        let _ = writeln!(w, "\n### Skipped (rows that break a rule)\n");
        for b in &plan.bad {
            let _ = writeln!(w, "- {b}");
        }
    }
    let _ = writeln!(
        w,
        "\n{}",
        if dry_run {
            "Dry run: nothing was written."
        } else if counts.total_written() == 0 {
            "Nothing new to import: the database already holds all of it."
        } else {
            "Imported."
        }
    );
    out
}
