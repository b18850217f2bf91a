//! UTC time without external crates: epoch microseconds inside, ISO-8601 with `Z` on the wire,
//! calendar dates for "today" filters and order numbers, and the "time ago" label.
//!
//! The business runs in Ghana (UTC+0), so UTC is also local time and "today" is the UTC date.
//! Calendar conversion uses Howard Hinnant's `days_from_civil` / `civil_from_days` algorithms
//! (proleptic Gregorian calendar), which are exact for every representable day.

use std::fmt;
use std::time::{SystemTime, UNIX_EPOCH};

/// Microseconds in one second.
pub const MICROS_PER_SEC: i64 = 1_000_000;
/// Microseconds in one UTC day (no leap seconds, as in Unix time).
pub const MICROS_PER_DAY: i64 = 86_400 * MICROS_PER_SEC;

/// Current time as microseconds since the Unix epoch (negative if the system clock is before it).
pub fn now_micros() -> i64 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_micros()).unwrap_or(i64::MAX),
        Err(e) => i64::try_from(e.duration().as_micros()).map_or(i64::MIN, |m| -m),
    }
}

/// Current time as whole seconds since the Unix epoch (for JWT `iat`/`exp` and heartbeats).
pub fn unix_seconds() -> i64 {
    now_micros().div_euclid(MICROS_PER_SEC)
}

/// Days since 1970-01-01 for a proleptic Gregorian date (Hinnant's `days_from_civil`).
/// `month` must be 1..=12; `day` is not range-checked (day 0 is the last day of the previous
/// month), which keeps this total.
pub fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400; // [0, 399]
    let m = i64::from(month);
    let mp = if m > 2 { m - 3 } else { m + 9 }; // March-based month [0, 11]
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1; // [0, 365]
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy; // [0, 146096]
    era * 146_097 + doe - 719_468
}

/// The proleptic Gregorian date of a day count since 1970-01-01 (Hinnant's `civil_from_days`).
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097; // [0, 146096]
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365; // [0, 399]
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // [0, 365]
    let mp = (5 * doy + 2) / 153; // [0, 11]
    let day = doy - (153 * mp + 2) / 5 + 1; // [1, 31]
    let month = if mp < 10 { mp + 3 } else { mp - 9 }; // [1, 12]
    let year = yoe + era * 400 + i64::from(month <= 2);
    // Both values are in tiny ranges (see the comments above), so the casts are exact.
    (year, month as u32, day as u32)
}

/// True for Gregorian leap years.
pub fn is_leap_year(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// Number of days in `month` (1..=12) of `year`; 0 for an invalid month.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// A calendar date (UTC). Ordering is chronological because the fields are compared
/// year, month, day in that order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// A date from its parts, if it exists in the calendar (years 1..=9999, as Python's `date`).
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        let valid = (1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// The UTC date of an instant given in epoch microseconds.
    pub fn of_micros(micros: i64) -> Date {
        Date::of_days(micros.div_euclid(MICROS_PER_DAY))
    }

    /// The date `days` days after 1970-01-01.
    pub fn of_days(days: i64) -> Date {
        let (y, month, day) = civil_from_days(days);
        // i64 microseconds span about ±292,000 years, far inside i32; clamp rather than wrap
        // should someone pass an absurd day count.
        let year = i32::try_from(y).unwrap_or(if y < 0 { i32::MIN } else { i32::MAX });
        Date { year, month, day }
    }

    /// Days since 1970-01-01 of this date.
    pub fn days(&self) -> i64 {
        days_from_civil(i64::from(self.year), self.month, self.day)
    }

    /// Parses exactly `YYYY-MM-DD` (the `?date=` filter), checking the day exists.
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let year = digits(&b[0..4])?;
        let month = digits(&b[5..7])?;
        let day = digits(&b[8..10])?;
        Date::new(i32::try_from(year).ok()?, month, day)
    }

    /// Midnight UTC at the start of this date, in epoch microseconds (saturating for dates far
    /// outside the representable range instead of overflowing).
    pub fn start_micros(&self) -> i64 {
        self.days().saturating_mul(MICROS_PER_DAY)
    }

    /// The following calendar day.
    pub fn next(&self) -> Date {
        Date::of_days(self.days() + 1)
    }

    /// The preceding calendar day.
    pub fn prev(&self) -> Date {
        Date::of_days(self.days() - 1)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Parses a run of ASCII digits (no sign, no spaces) as a number.
fn digits(b: &[u8]) -> Option<u32> {
    if b.is_empty() || b.len() > 9 {
        return None;
    }
    b.iter().try_fold(0u32, |acc, &c| {
        c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
    })
}

/// Formats epoch microseconds as `2026-11-26T10:49:02.123456Z`.
///
/// Always six fraction digits so that, for years 0000..=9999, the strings sort exactly like the
/// instants they name (handy for SQLite text columns and cursors).
pub fn iso(micros: i64) -> String {
    let date = Date::of_micros(micros);
    let in_day = micros.rem_euclid(MICROS_PER_DAY);
    let secs = in_day / MICROS_PER_SEC;
    let frac = in_day % MICROS_PER_SEC;
    format!(
        "{date}T{:02}:{:02}:{:02}.{:06}Z",
        secs / 3600,
        secs / 60 % 60,
        secs % 60,
        frac
    )
}

/// Inverse of [`iso`]: accepts exactly `YYYY-MM-DDTHH:MM:SS.ffffffZ` and nothing else.
pub fn parse_iso(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    if b.len() != 27
        || b[10] != b'T'
        || b[13] != b':'
        || b[16] != b':'
        || b[19] != b'.'
        || b[26] != b'Z'
    {
        return None;
    }
    // Slicing by bytes is safe: a non-ASCII byte anywhere fails the digit checks, and the
    // date part is checked through a str slice only after the length check above.
    let date = Date::parse(s.get(0..10)?)?;
    let hour = i64::from(digits(&b[11..13])?);
    let minute = i64::from(digits(&b[14..16])?);
    let second = i64::from(digits(&b[17..19])?);
    let frac = i64::from(digits(&b[20..26])?);
    if hour > 23 || minute > 59 || second > 59 {
        return None;
    }
    let secs = hour * 3600 + minute * 60 + second;
    Some(date.start_micros() + secs * MICROS_PER_SEC + frac)
}

/// Human label for how long ago `then_micros` was, seen at `now_micros`.
///
/// Under 30 s, or in the future (clock skew between writers), it is "Just now", as in the
/// original. Units are floored; 30-59 s reads "1 minute ago" rather than "0 minutes ago".
pub fn time_ago(now_micros: i64, then_micros: i64) -> String {
    let secs = now_micros.saturating_sub(then_micros) / MICROS_PER_SEC;
    if secs < 30 {
        return "Just now".to_string();
    }
    let (n, unit) = if secs < 3600 {
        ((secs / 60).max(1), "minute")
    } else if secs < 86_400 {
        (secs / 3600, "hour")
    } else {
        (secs / 86_400, "day")
    };
    if n == 1 {
        format!("1 {unit} ago")
    } else {
        format!("{n} {unit}s ago")
    }
}

/// The first instant after `now_micros` at which [`time_ago`]`(_, then_micros)` reads
/// differently: lets a stored body with such labels know when it goes stale.
pub fn time_ago_changes_at(now_micros: i64, then_micros: i64) -> i64 {
    let secs = now_micros.saturating_sub(then_micros) / MICROS_PER_SEC;
    let next = if secs < 30 {
        30
    } else if secs < 120 {
        120
    } else if secs < 3600 {
        (secs / 60 + 1) * 60
    } else if secs < 86_400 {
        (secs / 3600 + 1) * 3600
    } else {
        (secs / 86_400 + 1) * 86_400
    };
    then_micros.saturating_add(next.saturating_mul(MICROS_PER_SEC))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEC: i64 = MICROS_PER_SEC;

    fn d(year: i32, month: u32, day: u32) -> Date {
        Date { year, month, day }
    }

    #[test]
    fn civil_round_trip_over_a_wide_range() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
        assert_eq!(civil_from_days(-719_468), (0, 3, 1));
        let mut prev = civil_from_days(-800_000);
        for days in -799_999..800_000 {
            let (y, m, dd) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, dd), days);
            // Consecutive days are consecutive dates.
            let next_of_prev = if prev.2 < days_in_month(prev.0 as i32, prev.1) {
                (prev.0, prev.1, prev.2 + 1)
            } else if prev.1 < 12 {
                (prev.0, prev.1 + 1, 1)
            } else {
                (prev.0 + 1, 1, 1)
            };
            assert_eq!((y, m, dd), next_of_prev);
            prev = (y, m, dd);
        }
    }

    #[test]
    fn leap_years() {
        assert!(is_leap_year(2024));
        assert!(is_leap_year(2000));
        assert!(!is_leap_year(1900));
        assert!(!is_leap_year(2026));
        assert_eq!(days_in_month(2024, 2), 29);
        assert_eq!(days_in_month(2026, 2), 28);
        assert_eq!(days_in_month(2026, 4), 30);
        assert_eq!(days_in_month(2026, 12), 31);
        assert_eq!(days_in_month(2026, 13), 0);
        assert_eq!(days_in_month(2026, 0), 0);
    }

    #[test]
    fn iso_format() {
        assert_eq!(iso(0), "1970-01-01T00:00:00.000000Z");
        let t = Date::parse("2026-11-26")
            .map(|x| x.start_micros())
            .unwrap_or(0)
            + (10 * 3600 + 49 * 60 + 2) * SEC
            + 123_456;
        assert_eq!(iso(t), "2026-11-26T10:49:02.123456Z");
        assert_eq!(iso(-1), "1969-12-31T23:59:59.999999Z");
        assert_eq!(iso(1), "1970-01-01T00:00:00.000001Z");
        assert_eq!(iso(951_782_400 * SEC), "2000-02-29T00:00:00.000000Z");
    }

    #[test]
    fn iso_round_trip_and_ordering() {
        let samples = [
            -62_135_596_800 * SEC, // 0001-01-01
            -1,
            0,
            1,
            1_764_154_142_123_456,
            253_402_300_799 * SEC + 999_999, // 9999-12-31T23:59:59.999999
        ];
        for &t in &samples {
            assert_eq!(parse_iso(&iso(t)), Some(t), "{}", iso(t));
        }
        for w in samples.windows(2) {
            assert!(iso(w[0]) < iso(w[1]));
        }
    }

    #[test]
    fn parse_iso_rejects_other_shapes() {
        for s in [
            "",
            "2026-11-26",
            "2026-11-26T10:49:02Z",
            "2026-11-26T10:49:02.123Z",
            "2026-11-26T10:49:02.123456",
            "2026-11-26T10:49:02.123456+00:00",
            "2026-11-26 10:49:02.123456Z",
            "2026-11-26T24:00:00.000000Z",
            "2026-11-26T10:60:00.000000Z",
            "2026-11-26T10:00:60.000000Z",
            "2026-02-29T10:00:00.000000Z",
            "2026-13-01T10:00:00.000000Z",
            "2026-11-26T1a:49:02.123456Z",
            "2026-11-26T10:49:02.12345aZ",
            "2026-11-26T10:49:02.-12345Z",
            "2026-11-26T10:49:02.123456z",
            "+026-11-26T10:49:02.123456Z",
            "2026-11-26T10:49:02.1234é5Z",
        ] {
            assert_eq!(parse_iso(s), None, "{s}");
        }
    }

    #[test]
    fn date_parse() {
        assert_eq!(Date::parse("2026-11-26"), Some(d(2026, 11, 26)));
        assert_eq!(Date::parse("2024-02-29"), Some(d(2024, 2, 29)));
        assert_eq!(Date::parse("2000-02-29"), Some(d(2000, 2, 29)));
        assert_eq!(Date::parse("0001-01-01"), Some(d(1, 1, 1)));
        assert_eq!(Date::parse("9999-12-31"), Some(d(9999, 12, 31)));
        for s in [
            "",
            "2026-1-26",
            "2026-11-6",
            "26-11-2026",
            "2026/11/26",
            "2026-11-26T00",
            " 2026-11-26",
            "2026-00-10",
            "2026-13-10",
            "2026-11-00",
            "2026-11-31",
            "2026-02-29",
            "1900-02-29",
            "0000-01-01",
            "2026-+1-01",
            "2026-11-2é",
            "abcd-ef-gh",
        ] {
            assert_eq!(Date::parse(s), None, "{s}");
        }
    }

    #[test]
    fn date_new_validates() {
        assert_eq!(Date::new(2026, 4, 30), Some(d(2026, 4, 30)));
        assert_eq!(Date::new(2026, 4, 31), None);
        assert_eq!(Date::new(0, 1, 1), None);
        assert_eq!(Date::new(10_000, 1, 1), None);
        assert_eq!(Date::new(2026, 1, 0), None);
    }

    #[test]
    fn date_display() {
        assert_eq!(d(2026, 11, 26).to_string(), "2026-11-26");
        assert_eq!(d(7, 1, 2).to_string(), "0007-01-02");
    }

    #[test]
    fn date_of_micros_and_start() {
        assert_eq!(Date::of_micros(0), d(1970, 1, 1));
        assert_eq!(Date::of_micros(-1), d(1969, 12, 31));
        assert_eq!(Date::of_micros(MICROS_PER_DAY - 1), d(1970, 1, 1));
        assert_eq!(Date::of_micros(MICROS_PER_DAY), d(1970, 1, 2));
        let day = d(2026, 11, 26);
        let start = day.start_micros();
        assert_eq!(iso(start), "2026-11-26T00:00:00.000000Z");
        assert_eq!(Date::of_micros(start), day);
        assert_eq!(Date::of_micros(start - 1), d(2026, 11, 25));
        assert_eq!(day.next().start_micros() - start, MICROS_PER_DAY);
        // Saturates instead of overflowing for absurd, hand-built dates.
        assert_eq!(d(i32::MAX, 12, 31).start_micros(), i64::MAX);
        assert_eq!(d(i32::MIN, 1, 1).start_micros(), i64::MIN);
    }

    #[test]
    fn date_next_and_prev() {
        assert_eq!(d(2026, 11, 26).next(), d(2026, 11, 27));
        assert_eq!(d(2026, 11, 30).next(), d(2026, 12, 1));
        assert_eq!(d(2026, 12, 31).next(), d(2027, 1, 1));
        assert_eq!(d(2024, 2, 28).next(), d(2024, 2, 29));
        assert_eq!(d(2024, 2, 29).next(), d(2024, 3, 1));
        assert_eq!(d(2026, 2, 28).next(), d(2026, 3, 1));
        assert_eq!(d(2027, 1, 1).prev(), d(2026, 12, 31));
        assert_eq!(d(2024, 3, 1).prev(), d(2024, 2, 29));
    }

    #[test]
    fn date_ordering_is_chronological() {
        assert!(d(2026, 1, 31) < d(2026, 2, 1));
        assert!(d(2025, 12, 31) < d(2026, 1, 1));
        assert!(d(2026, 11, 26) < d(2026, 11, 26).next());
    }

    #[test]
    fn time_ago_changes_exactly_when_its_label_does() {
        let then = 1_700_000_000 * SEC;
        // Walk 3 days in 7-second steps: the label may only differ at or after the
        // predicted instant, and must differ there.
        let mut now = then - 40 * SEC;
        while now < then + 3 * 86_400 * SEC {
            let at = time_ago_changes_at(now, then);
            assert!(at > now);
            assert_eq!(time_ago(at - 1, then), time_ago(now, then));
            assert_ne!(time_ago(at, then), time_ago(now, then), "at {now}");
            now += 7 * SEC;
        }
    }

    #[test]
    fn time_ago_labels() {
        let now = 1_764_154_142 * SEC;
        let ago = |s: i64| time_ago(now, now - s * SEC);
        assert_eq!(time_ago(now, now), "Just now");
        assert_eq!(time_ago(now, now + 3600 * SEC), "Just now");
        assert_eq!(ago(29), "Just now");
        assert_eq!(time_ago(now, now - 30 * SEC + 1), "Just now");
        assert_eq!(ago(30), "1 minute ago");
        assert_eq!(ago(59), "1 minute ago");
        assert_eq!(ago(60), "1 minute ago");
        assert_eq!(ago(119), "1 minute ago");
        assert_eq!(ago(120), "2 minutes ago");
        assert_eq!(ago(3599), "59 minutes ago");
        assert_eq!(ago(3600), "1 hour ago");
        assert_eq!(ago(7199), "1 hour ago");
        assert_eq!(ago(7200), "2 hours ago");
        assert_eq!(ago(86_399), "23 hours ago");
        assert_eq!(ago(86_400), "1 day ago");
        assert_eq!(ago(2 * 86_400), "2 days ago");
        assert_eq!(ago(400 * 86_400), "400 days ago");
        // Extreme inputs saturate instead of overflowing.
        assert_eq!(time_ago(i64::MIN, i64::MAX), "Just now");
        assert!(time_ago(i64::MAX, i64::MIN).ends_with("days ago"));
    }

    #[test]
    fn now_is_sane() {
        let now = now_micros();
        // After 2024-01-01 and consistent with unix_seconds.
        assert!(now > 1_704_067_200 * SEC);
        let secs = unix_seconds();
        assert!((secs - now / SEC).abs() <= 1);
    }
}
