//! The business day: the restaurant's takings run from `BUSINESS_DAY_START` (a time of day,
//! UTC = Ghana time) to the same time the next calendar day, so an order at 01:30 belongs to
//! the previous day's till. Orders, payments and refunds each fall on the business day of their
//! own timestamp (a refund counts on the day it is issued, not the day of its order).

use std::fmt;

use super::clock::{Date, MICROS_PER_DAY};

/// Microseconds in one minute.
const MICROS_PER_MIN: i64 = 60_000_000;
/// Hours in a business day (no daylight saving in UTC).
pub const HOURS: usize = 24;

/// When a business day begins, as minutes after midnight (0..1440).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DayStart {
    minutes: u32,
}

impl Default for DayStart {
    /// 04:00: late-night orders still count for the evening before.
    fn default() -> Self {
        DayStart { minutes: 4 * 60 }
    }
}

impl DayStart {
    /// `HH:MM` (24-hour clock, 00:00 to 23:59).
    pub fn parse(s: &str) -> Result<DayStart, String> {
        let bad = || format!("expected a time of day HH:MM (00:00 to 23:59), got {s:?}");
        let (h, m) = s.trim().split_once(':').ok_or_else(bad)?;
        if h.is_empty() || h.len() > 2 || m.len() != 2 {
            return Err(bad());
        }
        if !h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        let (h, m): (u32, u32) = (h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
        if h > 23 || m > 59 {
            return Err(bad());
        }
        Ok(DayStart {
            minutes: h * 60 + m,
        })
    }

    fn offset_micros(&self) -> i64 {
        i64::from(self.minutes) * MICROS_PER_MIN
    }

    /// The business date of an instant (epoch microseconds).
    pub fn date_of(&self, micros: i64) -> Date {
        Date::of_micros(micros.saturating_sub(self.offset_micros()))
    }

    /// The half-open window `[start, end)` of business date `d`, in epoch microseconds.
    pub fn window(&self, d: Date) -> (i64, i64) {
        let start = d.start_micros().saturating_add(self.offset_micros());
        (start, start.saturating_add(MICROS_PER_DAY))
    }

    /// Which hour of its business day an instant falls in: 0 is the first hour after the
    /// start, 23 the last.
    pub fn hour_of(&self, micros: i64) -> usize {
        let into = micros
            .saturating_sub(self.offset_micros())
            .rem_euclid(MICROS_PER_DAY);
        // rem_euclid keeps the value in 0..MICROS_PER_DAY, so the hour is 0..=23.
        usize::try_from(into / (60 * MICROS_PER_MIN)).unwrap_or(0)
    }

    /// The clock time at which hour `slot` (0..24) of the business day begins, `HH:MM`.
    pub fn hour_label(&self, slot: usize) -> String {
        let slot = u32::try_from(slot % HOURS).unwrap_or(0);
        let m = (self.minutes + slot * 60) % (24 * 60);
        format!("{:02}:{:02}", m / 60, m % 60)
    }
}

impl fmt::Display for DayStart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.minutes / 60, self.minutes % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::clock::parse_iso;

    fn at(s: &str) -> i64 {
        parse_iso(s).expect("valid instant")
    }

    fn date(s: &str) -> Date {
        Date::parse(s).expect("valid date")
    }

    #[test]
    fn parses_times_of_day_and_refuses_nonsense() {
        assert_eq!(
            DayStart::parse("04:00").map(|d| d.to_string()),
            Ok("04:00".into())
        );
        assert_eq!(
            DayStart::parse("0:30").map(|d| d.to_string()),
            Ok("00:30".into())
        );
        assert_eq!(
            DayStart::parse("23:59").map(|d| d.to_string()),
            Ok("23:59".into())
        );
        for bad in [
            "", "4", "24:00", "04:60", "04:0", "-1:00", "04:00:00", "aa:bb", "+4:00",
        ] {
            assert!(DayStart::parse(bad).is_err(), "{bad:?} accepted");
        }
        assert_eq!(DayStart::default().to_string(), "04:00");
    }

    #[test]
    fn an_order_at_half_past_one_belongs_to_the_day_before() {
        let ds = DayStart::default();
        assert_eq!(
            ds.date_of(at("2026-12-02T01:30:00.000000Z")),
            date("2026-12-01")
        );
        assert_eq!(
            ds.date_of(at("2026-12-02T03:59:59.999999Z")),
            date("2026-12-01")
        );
        assert_eq!(
            ds.date_of(at("2026-12-02T04:00:00.000000Z")),
            date("2026-12-02")
        );
        assert_eq!(
            ds.date_of(at("2026-12-02T23:59:00.000000Z")),
            date("2026-12-02")
        );
    }

    #[test]
    fn midnight_start_is_the_calendar_day() {
        let ds = DayStart::parse("00:00").expect("valid");
        assert_eq!(
            ds.date_of(at("2026-12-02T00:00:00.000000Z")),
            date("2026-12-02")
        );
        assert_eq!(
            ds.date_of(at("2026-12-01T23:59:59.999999Z")),
            date("2026-12-01")
        );
    }

    #[test]
    fn window_is_half_open_and_covers_exactly_its_date() {
        let ds = DayStart::parse("04:30").expect("valid");
        let d = date("2024-02-29");
        let (s, e) = ds.window(d);
        assert_eq!(s, at("2024-02-29T04:30:00.000000Z"));
        assert_eq!(e, at("2024-03-01T04:30:00.000000Z"));
        assert_eq!(ds.date_of(s), d);
        assert_eq!(ds.date_of(e - 1), d);
        assert_eq!(ds.date_of(e), d.next());
    }

    #[test]
    fn hours_count_from_the_start_of_the_business_day() {
        let ds = DayStart::default();
        assert_eq!(ds.hour_of(at("2026-12-01T04:00:00.000000Z")), 0);
        assert_eq!(ds.hour_of(at("2026-12-01T12:15:00.000000Z")), 8);
        assert_eq!(ds.hour_of(at("2026-12-02T03:59:59.000000Z")), 23);
        assert_eq!(ds.hour_label(0), "04:00");
        assert_eq!(ds.hour_label(20), "00:00");
        assert_eq!(ds.hour_label(23), "03:00");
    }
}
