//! Exact latency percentiles and error tallies shared by every scenario.
//!
//! Samples are kept whole (one `u64` of microseconds each) and sorted once at the end, so a
//! percentile is a real observed value, never an estimate from a histogram bucket. A 10 s run at
//! a few thousand requests per second is well under a megabyte of samples.

use serde::Serialize;
use std::collections::BTreeMap;
use std::time::Duration;

/// Error kind (e.g. `http_503`, `connect_refused`, `timeout`) -> how many times it happened.
/// A `BTreeMap` keeps the JSON output in a stable order.
pub type ErrorCounts = BTreeMap<String, u64>;

/// Counts one occurrence of `kind`.
pub fn add_error(map: &mut ErrorCounts, kind: impl Into<String>) {
    *map.entry(kind.into()).or_insert(0) += 1;
}

/// Adds every count of `from` into `into`.
pub fn merge_errors(into: &mut ErrorCounts, from: ErrorCounts) {
    for (kind, n) in from {
        *into.entry(kind).or_insert(0) += n;
    }
}

/// Total number of errors in a tally.
pub fn total_errors(map: &ErrorCounts) -> u64 {
    map.values().sum()
}

/// The nearest-rank percentile of already sorted samples: the smallest sample such that at
/// least `p` percent of all samples are less than or equal to it. `None` when there are none.
pub fn percentile(sorted: &[u64], p: f64) -> Option<u64> {
    if sorted.is_empty() {
        return None;
    }
    let p = p.clamp(0.0, 100.0);
    // rank is 1-based; p = 0 means the minimum.
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    let index = rank.clamp(1, sorted.len()) - 1;
    sorted.get(index).copied()
}

/// Microseconds in a duration, saturating (a `u64` of microseconds lasts 584,000 years).
pub fn micros(d: Duration) -> u64 {
    u64::try_from(d.as_micros()).unwrap_or(u64::MAX)
}

/// Milliseconds with three decimals, for the report.
pub fn ms(us: u64) -> f64 {
    round3(us as f64 / 1000.0)
}

/// Rounds to three decimals so reports do not carry float noise.
pub fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// A latency distribution in milliseconds. Every figure is `None` when there were no samples.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct LatencySummary {
    pub count: usize,
    pub min: Option<f64>,
    pub p50: Option<f64>,
    pub p90: Option<f64>,
    pub p99: Option<f64>,
    pub max: Option<f64>,
    pub mean: Option<f64>,
}

impl LatencySummary {
    /// Summarises samples given in microseconds (sorts them in place).
    pub fn from_micros(samples: &mut [u64]) -> Self {
        samples.sort_unstable();
        let count = samples.len();
        let mean = if count == 0 {
            None
        } else {
            let sum: u128 = samples.iter().map(|&s| u128::from(s)).sum();
            Some(round3(sum as f64 / count as f64 / 1000.0))
        };
        LatencySummary {
            count,
            min: samples.first().map(|&s| ms(s)),
            p50: percentile(samples, 50.0).map(ms),
            p90: percentile(samples, 90.0).map(ms),
            p99: percentile(samples, 99.0).map(ms),
            max: samples.last().map(|&s| ms(s)),
            mean,
        }
    }

    /// One line for the human summary, e.g. `p50 1.2  p90 2.0  p99 3.1  max 9.9 ms (n=100)`.
    pub fn human(&self) -> String {
        fn f(x: Option<f64>) -> String {
            x.map_or_else(|| "-".to_string(), |v| format!("{v:.2}"))
        }
        format!(
            "p50 {}  p90 {}  p99 {}  max {} ms (n={})",
            f(self.p50),
            f(self.p90),
            f(self.p99),
            f(self.max),
            self.count
        )
    }
}

/// Renders an error tally for the human summary.
pub fn human_errors(map: &ErrorCounts) -> String {
    if map.is_empty() {
        return "none".to_string();
    }
    map.iter()
        .map(|(k, n)| format!("{k}={n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentile_of_nothing_is_none() {
        assert_eq!(percentile(&[], 50.0), None);
    }

    #[test]
    fn percentile_is_nearest_rank() {
        let v: Vec<u64> = (1..=100).collect();
        assert_eq!(percentile(&v, 50.0), Some(50));
        assert_eq!(percentile(&v, 99.0), Some(99));
        assert_eq!(percentile(&v, 100.0), Some(100));
        assert_eq!(percentile(&v, 0.0), Some(1));
        let small = [10, 20, 30, 40];
        assert_eq!(percentile(&small, 50.0), Some(20));
        assert_eq!(percentile(&small, 51.0), Some(30));
        assert_eq!(percentile(&small, 99.0), Some(40));
        assert_eq!(percentile(&[7], 99.0), Some(7));
    }

    #[test]
    fn p99_of_1000_samples_picks_the_990th() {
        let v: Vec<u64> = (1..=1000).collect();
        assert_eq!(percentile(&v, 99.0), Some(990));
        assert_eq!(percentile(&v, 90.0), Some(900));
    }

    #[test]
    fn summary_sorts_and_converts_to_ms() {
        let mut v = vec![3000, 1000, 2000, 10_500];
        let s = LatencySummary::from_micros(&mut v);
        assert_eq!(s.count, 4);
        assert_eq!(s.min, Some(1.0));
        assert_eq!(s.p50, Some(2.0));
        assert_eq!(s.p99, Some(10.5));
        assert_eq!(s.max, Some(10.5));
        assert_eq!(s.mean, Some(4.125));
        let empty = LatencySummary::from_micros(&mut []);
        assert_eq!(empty.count, 0);
        assert_eq!(empty.p50, None);
        assert_eq!(empty.mean, None);
    }

    #[test]
    fn error_tallies_merge() {
        let mut a = ErrorCounts::new();
        add_error(&mut a, "timeout");
        add_error(&mut a, "timeout");
        let mut b = ErrorCounts::new();
        add_error(&mut b, "http_503");
        add_error(&mut b, "timeout");
        merge_errors(&mut a, b);
        assert_eq!(a.get("timeout"), Some(&3));
        assert_eq!(a.get("http_503"), Some(&1));
        assert_eq!(total_errors(&a), 4);
        assert_eq!(human_errors(&a), "http_503=1, timeout=3");
        assert_eq!(human_errors(&ErrorCounts::new()), "none");
    }
}
