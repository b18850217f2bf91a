//! Money: an `i64` count of pesewas (1/100 of a cedi) inside the server, a string with two
//! decimals (`"40.00"`) on the wire.
//!
//! Integers avoid binary floating point error entirely. Parsing mirrors Django REST framework's
//! `DecimalField(max_digits=10, decimal_places=2)` so clients of the original backend see the same
//! error texts.

use serde_json::Value;

/// DRF's message for anything that is not a finite decimal number.
pub const ERR_INVALID: &str = "A valid number is required.";
/// DRF's message when the input has more digits after the point than the field keeps.
pub const ERR_DECIMALS: &str = "Ensure that there are no more than 2 decimal places.";
/// DRF's message when the input has more significant digits than `Decimal(10,2)` holds.
pub const ERR_TOTAL_DIGITS: &str = "Ensure that there are no more than 10 digits in total.";
/// DRF's message when the integer part is longer than `max_digits - decimal_places`.
pub const ERR_WHOLE_DIGITS: &str =
    "Ensure that there are no more than 8 digits before the decimal point.";
/// DRF's message for a string longer than `DecimalField.MAX_STRING_LENGTH`.
pub const ERR_TOO_LONG: &str = "String value too large.";

/// Digits allowed in total, as in the original `Decimal(10,2)` columns.
pub const MAX_DIGITS: usize = 10;
/// Digits allowed after the decimal point.
pub const DECIMAL_PLACES: usize = 2;
/// DRF refuses to even look at longer strings (a cheap guard against huge inputs).
pub const MAX_STRING_LENGTH: usize = 1000;

/// Formats pesewas as a decimal string with exactly two fraction digits: `4000` -> `"40.00"`.
pub fn format(p: i64) -> String {
    // unsigned_abs so that i64::MIN does not overflow on negation.
    let abs = p.unsigned_abs();
    let sign = if p < 0 { "-" } else { "" };
    format!("{sign}{}.{:02}", abs / 100, abs % 100)
}

/// Parses a money input (JSON string or number) into pesewas, with DRF's validation messages.
///
/// A negative value is returned as such; callers decide whether a sign is allowed.
pub fn parse(v: &Value) -> Result<i64, String> {
    match v {
        Value::String(s) => parse_str(s),
        // The number's own text (serde_json prints integers exactly and floats in their shortest
        // round-trip form) avoids the error `40.1 * 100.0` would introduce.
        Value::Number(n) => parse_str(&n.to_string()),
        _ => Err(ERR_INVALID.to_string()),
    }
}

/// Parses a decimal string into pesewas. Same rules as [`parse`] for a JSON string.
pub fn parse_str(raw: &str) -> Result<i64, String> {
    if raw.chars().count() > MAX_STRING_LENGTH {
        return Err(ERR_TOO_LONG.to_string());
    }
    let s = raw.trim();
    let (negative, body) = if let Some(rest) = s.strip_prefix('-') {
        (true, rest)
    } else if let Some(rest) = s.strip_prefix('+') {
        (false, rest)
    } else {
        (false, s)
    };
    let (int_part, frac_part) = match body.split_once('.') {
        Some((i, f)) => (i, f),
        None => (body, ""),
    };
    let all_digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    // Like Python's Decimal: "5.", ".5" are fine, "." and "" are not; no exponents, NaN, inf.
    if int_part.is_empty() && frac_part.is_empty()
        || !all_digits(int_part)
        || !all_digits(frac_part)
    {
        return Err(ERR_INVALID.to_string());
    }

    // DRF's validate_precision works on Decimal.as_tuple(): leading zeros vanish from the
    // coefficient, trailing fraction zeros stay (so "1.500" has 3 decimal places).
    let coefficient: String = int_part.chars().chain(frac_part.chars()).collect();
    let significant = coefficient.trim_start_matches('0');
    let digits = significant.len().max(1);
    let decimals = frac_part.len();
    let (total, whole) = if decimals == 0 {
        (digits, digits)
    } else if digits > decimals {
        (digits, digits - decimals)
    } else {
        (decimals, 0)
    };
    // Same order of checks as DRF, so the same input yields the same message.
    if total > MAX_DIGITS {
        return Err(ERR_TOTAL_DIGITS.to_string());
    }
    if decimals > DECIMAL_PLACES {
        return Err(ERR_DECIMALS.to_string());
    }
    if whole > MAX_DIGITS - DECIMAL_PLACES {
        return Err(ERR_WHOLE_DIGITS.to_string());
    }

    // At most 8 whole digits and 2 decimals remain, so this cannot overflow; checked anyway so
    // a future change of the limits cannot turn into a panic.
    let mut pesewas: i64 = 0;
    let padded = frac_part
        .chars()
        .chain(std::iter::repeat('0'))
        .take(DECIMAL_PLACES);
    for c in int_part.chars().chain(padded) {
        let d = i64::from(c.to_digit(10).ok_or_else(|| ERR_INVALID.to_string())?);
        pesewas = pesewas
            .checked_mul(10)
            .and_then(|x| x.checked_add(d))
            .ok_or_else(|| ERR_TOTAL_DIGITS.to_string())?;
    }
    Ok(if negative { -pesewas } else { pesewas })
}

/// DRF's `MinValueValidator` check: `p >= min`, else
/// "Ensure this value is greater than or equal to 0.01." (limit printed as money).
pub fn check_min(p: i64, min: i64) -> Result<(), String> {
    if p >= min {
        Ok(())
    } else {
        Err(format!(
            "Ensure this value is greater than or equal to {}.",
            format(min)
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn ok(v: Value) -> i64 {
        match parse(&v) {
            Ok(p) => p,
            Err(e) => panic!("{v} should parse, got {e}"),
        }
    }

    fn err(v: Value) -> String {
        match parse(&v) {
            Ok(p) => panic!("{v} should fail, got {p}"),
            Err(e) => e,
        }
    }

    #[test]
    fn format_examples() {
        assert_eq!(format(4000), "40.00");
        assert_eq!(format(5), "0.05");
        assert_eq!(format(0), "0.00");
        assert_eq!(format(-550), "-5.50");
        assert_eq!(format(-5), "-0.05");
        assert_eq!(format(123_456_789), "1234567.89");
        assert_eq!(format(i64::MIN), "-92233720368547758.08");
        assert_eq!(format(i64::MAX), "92233720368547758.07");
    }

    #[test]
    fn parse_strings() {
        assert_eq!(ok(json!("40")), 4000);
        assert_eq!(ok(json!("40.5")), 4050);
        assert_eq!(ok(json!("40.50")), 4050);
        assert_eq!(ok(json!(" 40.00 ")), 4000);
        assert_eq!(ok(json!("\t0.05\n")), 5);
        assert_eq!(ok(json!("+1.25")), 125);
        assert_eq!(ok(json!("-5.5")), -550);
        assert_eq!(ok(json!("-0")), 0);
        assert_eq!(ok(json!("0040.10")), 4010);
        assert_eq!(ok(json!("5.")), 500);
        assert_eq!(ok(json!(".5")), 50);
        assert_eq!(ok(json!("99999999.99")), 9_999_999_999);
        assert_eq!(ok(json!("-99999999.99")), -9_999_999_999);
    }

    #[test]
    fn parse_numbers_use_their_text() {
        assert_eq!(ok(json!(40)), 4000);
        assert_eq!(ok(json!(40.5)), 4050);
        assert_eq!(ok(json!(0.1)), 10);
        // 40.1 * 100.0 == 4009.999... in f64; the textual route gets it right.
        assert_eq!(ok(json!(40.1)), 4010);
        assert_eq!(ok(json!(1.15)), 115);
        assert_eq!(ok(json!(-3)), -300);
        assert_eq!(ok(json!(0)), 0);
    }

    #[test]
    fn invalid_inputs() {
        for v in [
            json!(""),
            json!("   "),
            json!("abc"),
            json!("."),
            json!("-"),
            json!("+"),
            json!("1.2.3"),
            json!("1e2"),
            json!("1E2"),
            json!("NaN"),
            json!("nan"),
            json!("inf"),
            json!("-Infinity"),
            json!("--1"),
            json!("+-1"),
            json!("1 000"),
            json!("1,5"),
            json!("0x10"),
            json!("١٢"),
            json!(true),
            json!(false),
            json!(null),
            json!([1]),
            json!({"a": 1}),
            json!(1e20),
        ] {
            assert_eq!(err(v), ERR_INVALID);
        }
    }

    #[test]
    fn too_many_decimals() {
        assert_eq!(err(json!("1.234")), ERR_DECIMALS);
        // Trailing zeros count, as in DRF (Decimal keeps them).
        assert_eq!(err(json!("1.500")), ERR_DECIMALS);
        assert_eq!(err(json!("0.001")), ERR_DECIMALS);
        assert_eq!(err(json!(0.125)), ERR_DECIMALS);
    }

    #[test]
    fn too_many_digits() {
        assert_eq!(err(json!("12345678901")), ERR_TOTAL_DIGITS);
        assert_eq!(err(json!("123456789.123")), ERR_TOTAL_DIGITS);
        assert_eq!(err(json!("-100000000.00")), ERR_TOTAL_DIGITS);
        assert_eq!(err(json!(1.0e15)), ERR_TOTAL_DIGITS);
        // DRF: 9 whole digits fit "10 in total" but not "8 before the point".
        assert_eq!(err(json!("100000000")), ERR_WHOLE_DIGITS);
        assert_eq!(err(json!(100_000_000)), ERR_WHOLE_DIGITS);
        assert_eq!(err(json!("100000000.0")), ERR_WHOLE_DIGITS);
        // Leading zeros are not significant.
        assert_eq!(ok(json!("0000000000012.00")), 1200);
    }

    #[test]
    fn string_length_limit() {
        let long = "1".repeat(MAX_STRING_LENGTH + 1);
        assert_eq!(err(json!(long)), ERR_TOO_LONG);
    }

    #[test]
    fn round_trip() {
        for p in [0, 1, 5, 99, 100, 4050, 9_999_999_999, -1, -550] {
            assert_eq!(ok(json!(format(p))), p);
        }
    }

    #[test]
    fn min_check() {
        assert_eq!(check_min(1, 1), Ok(()));
        assert_eq!(check_min(500, 1), Ok(()));
        assert_eq!(
            check_min(0, 1),
            Err("Ensure this value is greater than or equal to 0.01.".to_string())
        );
    }
}
