//! Payments: method/type/state vocabularies, the derived payment summary of an order, and the
//! refund limit.
//!
//! The summary is derived from the recorded payments every time instead of being stored, so
//! it can never drift from the ledger. Unlike the original's `refund_amount`, refunds are
//! subtracted exactly once.

use super::money;

crate::vocabulary! {
    /// How the customer paid. Wire strings are the original's.
    pub enum PaymentMethod {
        Cash => "CASH",
        TelecelCash => "TELECEL CASH",
        MtnMomo => "MTN MOMO",
        PaystackUssd => "PAYSTACK(USSD)",
        PaystackApi => "PAYSTACK(API)",
    }
}

impl PaymentMethod {
    /// Human label for menus and notes.
    pub fn label(&self) -> &'static str {
        match self {
            PaymentMethod::Cash => "Cash",
            PaymentMethod::TelecelCash => "Telecel Cash",
            PaymentMethod::MtnMomo => "MTN MoMo",
            PaymentMethod::PaystackUssd => "Paystack (USSD)",
            PaymentMethod::PaystackApi => "Paystack (API)",
        }
    }

    /// Methods recorded by hand at the counter and completed at once. Paystack API needs an
    /// online round trip this server does not make, so it is refused.
    pub fn available_offline(&self) -> bool {
        use PaymentMethod::*;
        match self {
            Cash | TelecelCash | MtnMomo | PaystackUssd => true,
            PaystackApi => false,
        }
    }
}

crate::vocabulary! {
    /// Money in or money back.
    pub enum PaymentType {
        Payment => "payment",
        Refund => "refund",
    }
}

crate::vocabulary! {
    /// Processing state of one payment record.
    pub enum PaymentState {
        Pending => "pending",
        Processing => "processing",
        Completed => "completed",
        Failed => "failed",
        Cancelled => "cancelled",
    }
}

impl PaymentState {
    /// Money may still arrive (counts towards "PENDING PAYMENT").
    pub fn is_in_flight(&self) -> bool {
        use PaymentState::*;
        match self {
            Pending | Processing => true,
            Completed | Failed | Cancelled => false,
        }
    }
}

crate::vocabulary! {
    /// Payment status of an order, derived from its payments.
    pub enum PaymentStatus {
        Unpaid => "UNPAID",
        PendingPayment => "PENDING PAYMENT",
        PartiallyPaid => "PARTIALLY PAID",
        Paid => "PAID",
        Overpaid => "OVERPAID",
        Refunded => "REFUNDED",
    }
}

impl PaymentStatus {
    /// Fully settled: what the status rules call "paid".
    pub fn is_paid(&self) -> bool {
        use PaymentStatus::*;
        match self {
            Paid | Overpaid => true,
            Unpaid | PendingPayment | PartiallyPaid | Refunded => false,
        }
    }
}

/// The parts of one payment record that the summary needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PaymentFact {
    pub amount: i64,
    pub kind: PaymentType,
    pub state: PaymentState,
}

/// Derived payment fields of an order (all money in pesewas).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Summary {
    pub amount_paid: i64,
    pub balance_due: i64,
    pub amount_overpaid: i64,
    pub status: PaymentStatus,
}

/// Derives an order's payment fields from its payments.
///
/// `total` is the order total; `cancelled` is whether the order status is Cancelled (REFUNDED is
/// reserved for cancelled orders, as in the original, so a partial refund of an overpayment on a
/// live order reads PAID, not REFUNDED). Sums saturate so absurd ledgers cannot panic.
pub fn summarize(total: i64, cancelled: bool, facts: &[PaymentFact]) -> Summary {
    let completed = |kind: PaymentType| {
        facts
            .iter()
            .filter(|f| f.kind == kind && f.state == PaymentState::Completed)
            .fold(0i64, |acc, f| acc.saturating_add(f.amount))
    };
    let paid_in = completed(PaymentType::Payment);
    let refunded = completed(PaymentType::Refund);
    let has_refund = facts
        .iter()
        .any(|f| f.kind == PaymentType::Refund && f.state == PaymentState::Completed);
    let in_flight = facts
        .iter()
        .any(|f| f.kind == PaymentType::Payment && f.state.is_in_flight());

    let amount_paid = paid_in.saturating_sub(refunded);
    let balance_due = total.saturating_sub(amount_paid).max(0);
    let amount_overpaid = amount_paid.saturating_sub(total).max(0);

    let status = if cancelled && has_refund && refunded >= paid_in && paid_in > 0 {
        PaymentStatus::Refunded
    } else if amount_paid < total {
        if amount_paid > 0 {
            PaymentStatus::PartiallyPaid
        } else if in_flight {
            PaymentStatus::PendingPayment
        } else {
            PaymentStatus::Unpaid
        }
    } else if amount_paid == total {
        PaymentStatus::Paid
    } else {
        PaymentStatus::Overpaid
    };

    Summary {
        amount_paid,
        balance_due,
        amount_overpaid,
        status,
    }
}

/// A refund may not exceed what the customer has paid net of earlier refunds.
pub fn check_refund(amount: i64, net_paid: i64) -> Result<(), String> {
    if amount <= net_paid {
        Ok(())
    } else {
        Err(format!(
            "Refund amount (₵{}) exceeds the net amount paid (₵{}).",
            money::format(amount),
            money::format(net_paid)
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pay(amount: i64, state: PaymentState) -> PaymentFact {
        PaymentFact {
            amount,
            kind: PaymentType::Payment,
            state,
        }
    }

    fn refund(amount: i64) -> PaymentFact {
        PaymentFact {
            amount,
            kind: PaymentType::Refund,
            state: PaymentState::Completed,
        }
    }

    fn done(amount: i64) -> PaymentFact {
        pay(amount, PaymentState::Completed)
    }

    #[test]
    fn method_strings() {
        let wire: Vec<&str> = PaymentMethod::ALL.iter().map(|m| m.as_str()).collect();
        assert_eq!(
            wire,
            [
                "CASH",
                "TELECEL CASH",
                "MTN MOMO",
                "PAYSTACK(USSD)",
                "PAYSTACK(API)"
            ]
        );
        let labels: Vec<&str> = PaymentMethod::ALL.iter().map(|m| m.label()).collect();
        assert_eq!(
            labels,
            [
                "Cash",
                "Telecel Cash",
                "MTN MoMo",
                "Paystack (USSD)",
                "Paystack (API)"
            ]
        );
        for m in PaymentMethod::ALL {
            assert_eq!(PaymentMethod::parse(m.as_str()), Some(*m));
            assert_eq!(m.available_offline(), *m != PaymentMethod::PaystackApi);
        }
        assert_eq!(PaymentMethod::parse("cash"), None);
        assert_eq!(PaymentMethod::parse("PAID_ON_WIX"), None);
        assert_eq!(PaymentMethod::parse("Cash"), None);
    }

    #[test]
    fn type_state_status_strings() {
        for t in PaymentType::ALL {
            assert_eq!(PaymentType::parse(t.as_str()), Some(*t));
        }
        assert_eq!(PaymentType::Payment.as_str(), "payment");
        assert_eq!(PaymentType::Refund.as_str(), "refund");
        assert_eq!(PaymentType::parse("Refund"), None);

        let states: Vec<&str> = PaymentState::ALL.iter().map(|s| s.as_str()).collect();
        assert_eq!(
            states,
            ["pending", "processing", "completed", "failed", "cancelled"]
        );
        for s in PaymentState::ALL {
            assert_eq!(PaymentState::parse(s.as_str()), Some(*s));
            assert_eq!(
                s.is_in_flight(),
                matches!(s, PaymentState::Pending | PaymentState::Processing)
            );
        }
        assert_eq!(PaymentState::parse("COMPLETED"), None);

        let statuses: Vec<&str> = PaymentStatus::ALL.iter().map(|s| s.as_str()).collect();
        assert_eq!(
            statuses,
            [
                "UNPAID",
                "PENDING PAYMENT",
                "PARTIALLY PAID",
                "PAID",
                "OVERPAID",
                "REFUNDED"
            ]
        );
        for s in PaymentStatus::ALL {
            assert_eq!(PaymentStatus::parse(s.as_str()), Some(*s));
            assert_eq!(
                s.is_paid(),
                matches!(s, PaymentStatus::Paid | PaymentStatus::Overpaid)
            );
        }
        assert_eq!(PaymentStatus::parse("paid"), None);
    }

    #[test]
    fn unpaid_and_pending() {
        let s = summarize(4500, false, &[]);
        assert_eq!(
            s,
            Summary {
                amount_paid: 0,
                balance_due: 4500,
                amount_overpaid: 0,
                status: PaymentStatus::Unpaid
            }
        );
        // Failed and cancelled attempts count for nothing.
        let s = summarize(
            4500,
            false,
            &[
                pay(4500, PaymentState::Failed),
                pay(4500, PaymentState::Cancelled),
            ],
        );
        assert_eq!(s.status, PaymentStatus::Unpaid);
        for st in [PaymentState::Pending, PaymentState::Processing] {
            let s = summarize(4500, false, &[pay(4500, st)]);
            assert_eq!(s.status, PaymentStatus::PendingPayment);
            assert_eq!(s.amount_paid, 0);
            assert_eq!(s.balance_due, 4500);
        }
    }

    #[test]
    fn partial_paid_overpaid() {
        let s = summarize(4500, false, &[done(2000), pay(2500, PaymentState::Pending)]);
        assert_eq!(s.status, PaymentStatus::PartiallyPaid);
        assert_eq!(
            (s.amount_paid, s.balance_due, s.amount_overpaid),
            (2000, 2500, 0)
        );

        let s = summarize(4500, false, &[done(2000), done(2500)]);
        assert_eq!(s.status, PaymentStatus::Paid);
        assert_eq!(
            (s.amount_paid, s.balance_due, s.amount_overpaid),
            (4500, 0, 0)
        );

        let s = summarize(4500, false, &[done(5000)]);
        assert_eq!(s.status, PaymentStatus::Overpaid);
        assert_eq!(
            (s.amount_paid, s.balance_due, s.amount_overpaid),
            (5000, 0, 500)
        );
    }

    #[test]
    fn zero_total_is_paid() {
        assert_eq!(summarize(0, false, &[]).status, PaymentStatus::Paid);
        assert_eq!(
            summarize(0, false, &[done(100)]).status,
            PaymentStatus::Overpaid
        );
    }

    #[test]
    fn refunds_are_subtracted_once() {
        // Overpaid by 5.00, refunded the 5.00: exactly paid.
        let s = summarize(4500, false, &[done(5000), refund(500)]);
        assert_eq!(s.status, PaymentStatus::Paid);
        assert_eq!(
            (s.amount_paid, s.balance_due, s.amount_overpaid),
            (4500, 0, 0)
        );
        // Pending refunds do not count.
        let pending_refund = PaymentFact {
            amount: 500,
            kind: PaymentType::Refund,
            state: PaymentState::Pending,
        };
        let s = summarize(4500, false, &[done(5000), pending_refund]);
        assert_eq!(s.status, PaymentStatus::Overpaid);
        // A pending refund does not make an unpaid order "PENDING PAYMENT".
        assert_eq!(
            summarize(4500, false, &[pending_refund]).status,
            PaymentStatus::Unpaid
        );
    }

    #[test]
    fn refunded_only_when_cancelled() {
        let facts = [done(4500), refund(4500)];
        let s = summarize(4500, true, &facts);
        assert_eq!(s.status, PaymentStatus::Refunded);
        assert_eq!(
            (s.amount_paid, s.balance_due, s.amount_overpaid),
            (0, 4500, 0)
        );
        // Same money on a live order is just unpaid again.
        assert_eq!(summarize(4500, false, &facts).status, PaymentStatus::Unpaid);
        // Partial refund of a cancelled order: not REFUNDED, falls through.
        let s = summarize(4500, true, &[done(4500), refund(2000)]);
        assert_eq!(s.status, PaymentStatus::PartiallyPaid);
        // Cancelled without payments or refunds: the ordinary rules.
        assert_eq!(summarize(4500, true, &[]).status, PaymentStatus::Unpaid);
        assert_eq!(summarize(0, true, &[]).status, PaymentStatus::Paid);
        // Refunds exceeding payments (should not happen) still count as REFUNDED.
        assert_eq!(
            summarize(4500, true, &[done(1000), refund(1500)]).status,
            PaymentStatus::Refunded
        );
    }

    #[test]
    fn negative_net_paid_does_not_panic() {
        let s = summarize(4500, false, &[refund(1000)]);
        assert_eq!(s.amount_paid, -1000);
        assert_eq!(s.balance_due, 5500);
        assert_eq!(s.status, PaymentStatus::Unpaid);
    }

    #[test]
    fn sums_saturate() {
        let s = summarize(100, false, &[done(i64::MAX), done(i64::MAX)]);
        assert_eq!(s.amount_paid, i64::MAX);
        assert_eq!(s.status, PaymentStatus::Overpaid);
        let s = summarize(i64::MIN, false, &[done(i64::MAX)]);
        assert_eq!(s.amount_overpaid, i64::MAX);
        assert_eq!(s.balance_due, 0);
    }

    #[test]
    fn refund_limit() {
        assert_eq!(check_refund(500, 500), Ok(()));
        assert_eq!(check_refund(1, 500), Ok(()));
        assert_eq!(
            check_refund(5001, 5000),
            Err("Refund amount (₵50.01) exceeds the net amount paid (₵50.00).".to_string())
        );
        assert_eq!(
            check_refund(100, 0),
            Err("Refund amount (₵1.00) exceeds the net amount paid (₵0.00).".to_string())
        );
    }
}
