//! Order arithmetic and order numbers.
//!
//! Totals are recomputed from the lines on every change (never trusted from a client), with
//! checked arithmetic so that absurd quantities are a validation error, not an overflow.
//! Order numbers are `DDMMYY-NNN`: the UTC creation date plus a per-day sequence.

use super::clock::Date;
use super::status::DeliveryType;

/// Delivery fee of an order: nothing for Pickup; for Delivery the chosen location's fee, or
/// nothing when there is no location.
pub fn delivery_fee(t: DeliveryType, location_fee: Option<i64>) -> i64 {
    match t {
        DeliveryType::Pickup => 0,
        DeliveryType::Delivery => location_fee.unwrap_or(0),
    }
}

/// `quantity * unit_price`, or `None` on overflow.
pub fn line_subtotal(quantity: i64, unit_price: i64) -> Option<i64> {
    quantity.checked_mul(unit_price)
}

/// Sum of the line subtotals plus the delivery fee, or `None` on overflow.
pub fn order_total(subtotals: &[i64], delivery_fee: i64) -> Option<i64> {
    subtotals
        .iter()
        .try_fold(delivery_fee, |acc, &s| acc.checked_add(s))
}

/// The order number for the `seq`-th order of `date`: `261126-007`. The sequence is padded to
/// three digits; a busy day past 999 simply gets more digits (`261126-1000`).
pub fn order_number(date: Date, seq: u32) -> String {
    format!(
        "{:02}{:02}{:02}-{:03}",
        date.day,
        date.month,
        date.year.rem_euclid(100),
        seq
    )
}

/// Splits an order number back into its date (assumed 2000-2099) and sequence.
///
/// Only the canonical form [`order_number`] produces is accepted: the date must exist, the
/// sequence is at least 1 and has no padding beyond three digits, so each number has exactly
/// one spelling.
pub fn parse_order_number(s: &str) -> Option<(Date, u32)> {
    let (date_part, seq_part) = s.split_once('-')?;
    let all_digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    if date_part.len() != 6 || !all_digits(date_part) || !all_digits(seq_part) {
        return None;
    }
    if seq_part.len() < 3 || (seq_part.len() > 3 && seq_part.starts_with('0')) {
        return None;
    }
    let seq: u32 = seq_part.parse().ok()?;
    if seq == 0 {
        return None;
    }
    // All ASCII digits, so byte slicing is on char boundaries.
    let day: u32 = date_part[0..2].parse().ok()?;
    let month: u32 = date_part[2..4].parse().ok()?;
    let yy: i32 = date_part[4..6].parse().ok()?;
    let date = Date::new(2000 + yy, month, day)?;
    Some((date, seq))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(year: i32, month: u32, day: u32) -> Date {
        Date { year, month, day }
    }

    #[test]
    fn fees() {
        assert_eq!(delivery_fee(DeliveryType::Pickup, None), 0);
        assert_eq!(delivery_fee(DeliveryType::Pickup, Some(1000)), 0);
        assert_eq!(delivery_fee(DeliveryType::Delivery, Some(500)), 500);
        assert_eq!(delivery_fee(DeliveryType::Delivery, Some(0)), 0);
        assert_eq!(delivery_fee(DeliveryType::Delivery, None), 0);
    }

    #[test]
    fn subtotals() {
        assert_eq!(line_subtotal(2, 4000), Some(8000));
        assert_eq!(line_subtotal(0, 4000), Some(0));
        assert_eq!(line_subtotal(1, 0), Some(0));
        assert_eq!(line_subtotal(i64::MAX, 2), None);
        assert_eq!(line_subtotal(i64::MIN, -1), None);
    }

    #[test]
    fn totals() {
        assert_eq!(order_total(&[8000, 500], 500), Some(9000));
        assert_eq!(order_total(&[], 500), Some(500));
        assert_eq!(order_total(&[], 0), Some(0));
        assert_eq!(order_total(&[i64::MAX], 1), None);
        assert_eq!(order_total(&[i64::MAX - 1, 1], 0), Some(i64::MAX));
        assert_eq!(order_total(&[i64::MAX, 1], 0), None);
    }

    #[test]
    fn numbers() {
        assert_eq!(order_number(d(2026, 11, 26), 7), "261126-007");
        assert_eq!(order_number(d(2026, 1, 2), 1), "020126-001");
        assert_eq!(order_number(d(2000, 12, 31), 999), "311200-999");
        assert_eq!(order_number(d(2026, 11, 26), 1000), "261126-1000");
        assert_eq!(order_number(d(2026, 11, 26), 123_456), "261126-123456");
        assert_eq!(order_number(d(2026, 11, 26), 0), "261126-000");
    }

    #[test]
    fn parse_numbers() {
        assert_eq!(parse_order_number("261126-007"), Some((d(2026, 11, 26), 7)));
        assert_eq!(parse_order_number("020126-001"), Some((d(2026, 1, 2), 1)));
        assert_eq!(
            parse_order_number("261126-1000"),
            Some((d(2026, 11, 26), 1000))
        );
        assert_eq!(parse_order_number("290224-010"), Some((d(2024, 2, 29), 10)));
        assert_eq!(parse_order_number("010100-001"), Some((d(2000, 1, 1), 1)));
        assert_eq!(
            parse_order_number("311299-4294967295"),
            Some((d(2099, 12, 31), u32::MAX))
        );
        for s in [
            "",
            "261126",
            "261126-",
            "-007",
            "261126-07",
            "261126-7",
            "261126-0007",
            "261126-000",
            "261126-4294967296",
            "2611260-007",
            "26112-007",
            "261126-00a",
            "261126-+07",
            "261126 007",
            "261126-007-1",
            "321126-001",
            "001126-001",
            "261326-001",
            "260026-001",
            "290226-001",
            "ADA-0001",
            "2é1126-007",
            "261126-00é",
        ] {
            assert_eq!(parse_order_number(s), None, "{s}");
        }
    }

    #[test]
    fn numbers_round_trip() {
        for (date, seq) in [
            (d(2026, 11, 26), 7),
            (d(2026, 11, 26), 999),
            (d(2026, 11, 26), 1000),
            (d(2024, 2, 29), 1),
            (d(2099, 12, 31), 42),
        ] {
            assert_eq!(
                parse_order_number(&order_number(date, seq)),
                Some((date, seq))
            );
        }
    }
}
