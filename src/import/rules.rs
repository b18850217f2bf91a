//! The mapping rules from the original's rows to this server's, as pure functions: money text
//! to pesewas, Django timestamps to ISO-8601, UUIDs, order numbers, and the checks that make a
//! row "bad" (reported with its id; skipped only with `--skip-bad-rows`).
//!
//! Money never goes through a float here: the source query hands each amount over as SQLite's
//! own text rendering (`CAST(x AS TEXT)`: `50`, `7.5`, `92.35`), which is parsed digit by digit.

use crate::domain::clock::{self, Date};
use crate::domain::order;
use crate::domain::payment::{PaymentMethod, PaymentState, PaymentType};
use crate::domain::status::{DeliveryType, OrderStatus, Role};

/// An amount as the original stored it (decimal text) in pesewas. Accepts an optional sign,
/// digits, and a fraction whose digits beyond the second are zeros (`50`, `7.5`, `92.350`);
/// refuses exponents, NaN, empty strings and anything that does not fit an `i64`.
pub fn pesewas(text: &str) -> Result<i64, String> {
    let s = text.trim();
    let (neg, body) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let (whole, frac) = body.split_once('.').unwrap_or((body, ""));
    let digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    if (whole.is_empty() && frac.is_empty()) || !digits(whole) || !digits(frac) {
        return Err(format!("{text:?} is not a decimal amount"));
    }
    let frac = frac.trim_end_matches('0');
    if frac.len() > 2 {
        return Err(format!("{text:?} has more than 2 decimal places"));
    }
    let mut cents: i64 = 0;
    for b in whole.bytes().chain(frac.bytes()) {
        cents = cents
            .checked_mul(10)
            .and_then(|c| c.checked_add(i64::from(b - b'0')))
            .ok_or_else(|| format!("{text:?} is too large"))?;
    }
    for _ in frac.len()..2 {
        cents = cents
            .checked_mul(10)
            .ok_or_else(|| format!("{text:?} is too large"))?;
    }
    Ok(if neg { -cents } else { cents })
}

/// A Django timestamp (`2026-11-23 08:32:07.862272`, naive UTC; also with `T`, fewer fraction
/// digits, `Z` or a `+HH:MM` offset) as epoch microseconds.
pub fn timestamp_micros(text: &str) -> Result<i64, String> {
    let bad = || format!("{text:?} is not a timestamp");
    let s = text.trim();
    if s.len() < 19 || !s.is_char_boundary(19) {
        return Err(bad());
    }
    let (head, mut rest) = s.split_at(19);
    let hb = head.as_bytes();
    if hb[10] != b' ' && hb[10] != b'T' || hb[13] != b':' || hb[16] != b':' {
        return Err(bad());
    }
    let date = Date::parse(&head[0..10]).ok_or_else(bad)?;
    let num = |t: &str| -> Result<i64, String> {
        if t.is_empty() || !t.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        t.parse::<i64>().map_err(|_| bad())
    };
    let (h, m, sec) = (
        num(&head[11..13])?,
        num(&head[14..16])?,
        num(&head[17..19])?,
    );
    if h > 23 || m > 59 || sec > 59 {
        return Err(bad());
    }
    let mut frac = 0i64;
    if let Some(r) = rest.strip_prefix('.') {
        let n = r.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 || n > 6 {
            return Err(bad());
        }
        frac = num(&r[..n])? * 10i64.pow(6 - n as u32);
        rest = &r[n..];
    }
    let offset_s = match rest {
        "" | "Z" => 0,
        o if o.len() == 6 && (o.starts_with('+') || o.starts_with('-')) && &o[3..4] == ":" => {
            let v = num(&o[1..3])? * 3600 + num(&o[4..6])? * 60;
            if o.starts_with('-') {
                -v
            } else {
                v
            }
        }
        _ => return Err(bad()),
    };
    Ok(date.start_micros() + (h * 3600 + m * 60 + sec - offset_s) * clock::MICROS_PER_SEC + frac)
}

/// A Django timestamp in this server's form (`2026-11-23T08:32:07.862272Z`).
pub fn timestamp(text: &str) -> Result<String, String> {
    timestamp_micros(text).map(clock::iso)
}

/// A payment reference: the original keeps UUIDs as 32 hex digits; clients saw (and this
/// server stores) the dashed lowercase form.
pub fn reference(text: &str) -> Result<String, String> {
    let hex: String = text.trim().chars().filter(|c| *c != '-').collect();
    if hex.len() != 32 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(format!("reference {text:?} is not a UUID"));
    }
    let h = hex.to_ascii_lowercase();
    Ok(format!(
        "{}-{}-{}-{}-{}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    ))
}

/// The date and per-day sequence of an order number; only the canonical `DDMMYY-NNN` is
/// accepted, because new numbers continue from the highest imported sequence of each day.
pub fn order_number(text: &str) -> Result<(Date, i64), String> {
    order::parse_order_number(text)
        .map(|(d, seq)| (d, i64::from(seq)))
        .ok_or_else(|| format!("order number {text:?} is not DDMMYY-NNN"))
}

/// A Django boolean (0/1).
pub fn flag(v: Option<i64>, what: &str) -> Result<bool, String> {
    match v {
        Some(0) => Ok(false),
        Some(1) => Ok(true),
        other => Err(format!("{what} is {other:?}, not 0 or 1")),
    }
}

/// A staff role.
pub fn role(text: &str) -> Result<Role, String> {
    Role::parse(text).ok_or_else(|| format!("unknown role {text:?}"))
}

/// A menu item type this server knows.
pub fn item_type(text: &str) -> Result<&'static str, String> {
    match text {
        "regular" => Ok("regular"),
        "extra" => Ok("extra"),
        _ => Err(format!("unknown item_type {text:?}")),
    }
}

/// An order status.
pub fn status(text: &str) -> Result<OrderStatus, String> {
    OrderStatus::parse(text).ok_or_else(|| format!("unknown status {text:?}"))
}

/// A delivery type.
pub fn delivery_type(text: &str) -> Result<DeliveryType, String> {
    DeliveryType::parse(text).ok_or_else(|| format!("unknown delivery_type {text:?}"))
}

/// A payment method, type and state.
pub fn payment_kind(
    method: &str,
    kind: &str,
    state: &str,
) -> Result<(PaymentMethod, PaymentType, PaymentState), String> {
    let m =
        PaymentMethod::parse(method).ok_or_else(|| format!("unknown payment_method {method:?}"))?;
    let k = PaymentType::parse(kind).ok_or_else(|| format!("unknown payment_type {kind:?}"))?;
    let s = PaymentState::parse(state).ok_or_else(|| format!("unknown status {state:?}"))?;
    Ok((m, k, s))
}

/// An amount that must be at least `min` pesewas.
pub fn amount_at_least(text: Option<&str>, min: i64, what: &str) -> Result<i64, String> {
    let text = text.ok_or_else(|| format!("{what} is empty"))?;
    let p = pesewas(text).map_err(|e| format!("{what}: {e}"))?;
    if p < min {
        return Err(format!(
            "{what} is {text}, below {}",
            crate::domain::money::format(min)
        ));
    }
    Ok(p)
}

/// A quantity of an order line: a whole number of at least 1.
pub fn quantity(v: Option<i64>) -> Result<i64, String> {
    match v {
        Some(q) if q >= 1 => Ok(q),
        Some(q) => Err(format!("quantity is {q}")),
        None => Err("quantity is not a whole number".into()),
    }
}

/// A required text field.
pub fn required<'a>(v: Option<&'a str>, what: &str) -> Result<&'a str, String> {
    match v {
        Some(s) if !s.trim().is_empty() => Ok(s),
        _ => Err(format!("{what} is empty")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_text_converts_exactly() {
        assert_eq!(pesewas("50"), Ok(5000));
        assert_eq!(pesewas("7.5"), Ok(750));
        assert_eq!(pesewas("92.35"), Ok(9235));
        assert_eq!(pesewas("92.350"), Ok(9235));
        assert_eq!(pesewas("50.0"), Ok(5000));
        assert_eq!(pesewas("0.01"), Ok(1));
        assert_eq!(pesewas("-10.5"), Ok(-1050));
        assert_eq!(pesewas(".5"), Ok(50));
        // What a float would get wrong: 0.29 * 100 = 28.999999999999996.
        assert_eq!(pesewas("0.29"), Ok(29));
        assert_eq!(pesewas("1.1"), Ok(110));
        for bad in [
            "",
            ".",
            "abc",
            "1e3",
            "1.0e+15",
            "1.005",
            "NaN",
            "1,5",
            "99999999999999999999",
        ] {
            assert!(pesewas(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn django_timestamps_become_iso_utc() {
        assert_eq!(
            timestamp("2026-11-23 08:32:07.862272").as_deref(),
            Ok("2026-11-23T08:32:07.862272Z")
        );
        assert_eq!(
            timestamp("2026-11-09 07:30:00").as_deref(),
            Ok("2026-11-09T07:30:00.000000Z")
        );
        assert_eq!(
            timestamp("2026-11-09T07:30:00.5+01:00").as_deref(),
            Ok("2026-11-09T06:30:00.500000Z")
        );
        assert_eq!(
            timestamp("2026-11-09 23:30:00-01:00").as_deref(),
            Ok("2026-11-10T00:30:00.000000Z")
        );
        for bad in [
            "",
            "2026-11-09",
            "2026-13-01 00:00:00",
            "2026-11-09 24:00:00",
            "x",
        ] {
            assert!(timestamp(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn references_get_dashes() {
        assert_eq!(
            reference("85716a4454434ef79ad5cd1ec8e57e5c").as_deref(),
            Ok("85716a44-5443-4ef7-9ad5-cd1ec8e57e5c")
        );
        assert_eq!(
            reference("85716A44-5443-4EF7-9AD5-CD1EC8E57E5C").as_deref(),
            Ok("85716a44-5443-4ef7-9ad5-cd1ec8e57e5c")
        );
        assert!(reference("85716a44").is_err());
        assert!(reference("z5716a4454434ef79ad5cd1ec8e57e5c").is_err());
    }

    #[test]
    fn order_numbers_and_vocabularies() {
        let (d, seq) = order_number("231126-007").unwrap();
        assert_eq!((d.to_string(), seq), ("2026-11-23".to_string(), 7));
        assert!(order_number("ADA-0007").is_err());
        assert!(status("Out for Delivery").is_ok());
        assert!(status("Shipped").is_err());
        assert!(delivery_type("Pickup").is_ok());
        assert!(delivery_type("pickup").is_err());
        assert!(role("kitchen").is_ok());
        assert!(role("chef").is_err());
        assert_eq!(item_type("extra"), Ok("extra"));
        assert!(item_type("bolt").is_err());
        assert!(payment_kind("MTN MOMO", "refund", "completed").is_ok());
        assert!(payment_kind("PAID_ON_WIX", "payment", "completed").is_err());
        assert!(payment_kind("CASH", "payment", "done").is_err());
    }

    #[test]
    fn row_checks() {
        assert_eq!(quantity(Some(2)), Ok(2));
        assert!(quantity(Some(0)).is_err());
        assert!(quantity(Some(-1)).is_err());
        assert!(quantity(None).is_err());
        assert_eq!(flag(Some(1), "is_active"), Ok(true));
        assert!(flag(Some(2), "is_active").is_err());
        assert_eq!(amount_at_least(Some("0.01"), 1, "amount"), Ok(1));
        assert!(amount_at_least(Some("0"), 1, "amount").is_err());
        assert!(amount_at_least(None, 0, "fee").is_err());
        assert!(required(Some("  "), "name").is_err());
    }
}
