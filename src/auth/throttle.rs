//! In-memory throttle for failed logins, keyed by the caller (e.g. "ip|username").
//!
//! A key is locked out while it has at least `max_failures` failures inside the
//! last `window_s` seconds; the lockout ends when the oldest of those failures
//! leaves the window. State lives in one mutex-guarded map: login is rare and
//! already costs an argon2 hash, so lock contention is not a concern.
//!
//! The map is fed by unauthenticated requests, so its size is bounded: expired
//! entries are pruned once it grows past `SOFT_CAP` keys, and past `HARD_CAP` the
//! least recently failing keys are dropped.

use std::collections::{HashMap, VecDeque};
use std::sync::{Mutex, MutexGuard};

use sha2::{Digest, Sha256};

/// Size at which expired entries start being pruned.
const SOFT_CAP: usize = 10_000;
/// Absolute bound on tracked keys.
const HARD_CAP: usize = 100_000;
/// Keys longer than this are replaced by their SHA-256 so an attacker sending
/// megabyte usernames cannot inflate memory per entry.
const MAX_KEY_BYTES: usize = 128;

#[derive(Debug, Default)]
struct Entry {
    /// Times of the most recent failures, oldest first. At most `max_failures`
    /// are kept: only the newest `max_failures` ones can decide a lockout.
    failures: VecDeque<i64>,
}

impl Entry {
    fn newest(&self) -> i64 {
        self.failures.back().copied().unwrap_or(i64::MIN)
    }
}

#[derive(Debug)]
struct Inner {
    map: HashMap<String, Entry>,
    /// Map size that triggers the next cleanup; grows after each cleanup so a
    /// map full of live entries is not rescanned on every insert.
    cleanup_at: usize,
}

/// Thread-safe failed-login counter; share it behind an `Arc`.
#[derive(Debug)]
pub struct LoginThrottle {
    max_failures: u32,
    window_s: i64,
    inner: Mutex<Inner>,
}

impl LoginThrottle {
    /// `max_failures` failures within `window_s` seconds lock a key out. Both are
    /// clamped to at least 1 (0 would lock every key forever).
    pub fn new(max_failures: u32, window_s: i64) -> Self {
        LoginThrottle {
            max_failures: max_failures.max(1),
            window_s: window_s.max(1),
            inner: Mutex::new(Inner {
                map: HashMap::new(),
                cleanup_at: SOFT_CAP,
            }),
        }
    }

    /// `Ok(())` if `key` may try to log in now, else `Err(seconds to wait)`,
    /// always at least 1 (suitable for a `Retry-After` header).
    pub fn check(&self, key: &str, now_s: i64) -> Result<(), i64> {
        let key = normalize_key(key);
        let mut inner = self.lock();
        let Some(entry) = inner.map.get_mut(key.as_str()) else {
            return Ok(());
        };
        self.drop_expired(entry, now_s);
        if entry.failures.is_empty() {
            inner.map.remove(key.as_str());
            return Ok(());
        }
        if entry.failures.len() < self.max_failures as usize {
            return Ok(());
        }
        let oldest = entry.failures.front().copied().unwrap_or(now_s);
        // Clamped to the window so a clock that stepped backwards cannot turn
        // into an absurdly long lockout.
        let retry = oldest
            .saturating_add(self.window_s)
            .saturating_sub(now_s)
            .clamp(1, self.window_s);
        Err(retry)
    }

    /// Counts a failed login for `key` at `now_s`.
    pub fn record_failure(&self, key: &str, now_s: i64) {
        let key = normalize_key(key);
        let mut inner = self.lock();
        if !inner.map.contains_key(key.as_str()) && inner.map.len() >= inner.cleanup_at {
            self.cleanup(&mut inner, now_s);
        }
        let entry = inner.map.entry(key).or_default();
        self.drop_expired(entry, now_s);
        entry.failures.push_back(now_s);
        while entry.failures.len() > self.max_failures as usize {
            entry.failures.pop_front();
        }
    }

    /// Forgets every failure of `key` (called after a successful login).
    pub fn record_success(&self, key: &str) {
        let key = normalize_key(key);
        self.lock().map.remove(key.as_str());
    }

    /// Number of keys currently tracked (for metrics and tests).
    pub fn tracked_keys(&self) -> usize {
        self.lock().map.len()
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        // A panic elsewhere while holding the lock cannot leave the map in a
        // state worse than "a few counts off", so keep serving instead of
        // propagating the poison as a panic.
        self.inner
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// A failure counts while `now - t < window`.
    fn is_live(&self, t: i64, now_s: i64) -> bool {
        now_s.saturating_sub(t) < self.window_s
    }

    fn drop_expired(&self, entry: &mut Entry, now_s: i64) {
        while let Some(&t) = entry.failures.front() {
            if self.is_live(t, now_s) {
                break;
            }
            entry.failures.pop_front();
        }
    }

    /// Drops entries with no live failure; if still too full, drops the tenth of
    /// keys whose latest failure is oldest. Runs at most once per growth step,
    /// so its O(n) cost is amortized over many inserts.
    fn cleanup(&self, inner: &mut Inner, now_s: i64) {
        inner
            .map
            .retain(|_, e| e.failures.back().is_some_and(|&t| self.is_live(t, now_s)));
        if inner.map.len() >= HARD_CAP {
            let excess = inner.map.len() + 1 - HARD_CAP;
            let evict = excess.max(HARD_CAP / 10).min(inner.map.len());
            let mut by_age: Vec<(i64, &String)> =
                inner.map.iter().map(|(k, e)| (e.newest(), k)).collect();
            if evict > 0 && evict < by_age.len() {
                by_age.select_nth_unstable(evict - 1);
            }
            let doomed: Vec<String> = by_age
                .into_iter()
                .take(evict)
                .map(|(_, k)| k.clone())
                .collect();
            for k in doomed {
                inner.map.remove(&k);
            }
        }
        inner.cleanup_at = inner.map.len().saturating_mul(2).clamp(SOFT_CAP, HARD_CAP);
    }
}

fn normalize_key(key: &str) -> String {
    if key.len() <= MAX_KEY_BYTES {
        return key.to_string();
    }
    let digest = Sha256::digest(key.as_bytes());
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    format!("sha256:{hex}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    const T0: i64 = 1_000_000;

    #[test]
    fn locks_out_after_max_failures() {
        let t = LoginThrottle::new(3, 60);
        for i in 0..2 {
            t.record_failure("1.2.3.4|ama", T0 + i);
            assert_eq!(t.check("1.2.3.4|ama", T0 + i), Ok(()));
        }
        t.record_failure("1.2.3.4|ama", T0 + 2);
        // Oldest counted failure is at T0, so it leaves the window at T0 + 60.
        assert_eq!(t.check("1.2.3.4|ama", T0 + 2), Err(58));
        assert_eq!(t.check("1.2.3.4|ama", T0 + 59), Err(1));
        // Other keys are unaffected.
        assert_eq!(t.check("1.2.3.4|kofi", T0 + 2), Ok(()));
    }

    #[test]
    fn lockout_expires_when_oldest_failure_leaves_window() {
        let t = LoginThrottle::new(3, 60);
        t.record_failure("k", T0);
        t.record_failure("k", T0 + 10);
        t.record_failure("k", T0 + 20);
        assert!(t.check("k", T0 + 59).is_err());
        assert_eq!(t.check("k", T0 + 60), Ok(()));
        // One more failure re-locks until the next-oldest (T0 + 10) leaves.
        t.record_failure("k", T0 + 61);
        assert_eq!(t.check("k", T0 + 61), Err(9));
        assert_eq!(t.check("k", T0 + 70), Ok(()));
        assert_eq!(t.check("k", T0 + 1_000), Ok(()));
        assert_eq!(t.tracked_keys(), 0, "fully expired entry is dropped");
    }

    #[test]
    fn failures_spread_over_more_than_a_window_do_not_lock() {
        let t = LoginThrottle::new(3, 60);
        for i in 0..10 {
            t.record_failure("k", T0 + i * 40);
            assert_eq!(t.check("k", T0 + i * 40), Ok(()));
        }
    }

    #[test]
    fn success_clears_the_key() {
        let t = LoginThrottle::new(2, 60);
        t.record_failure("k", T0);
        t.record_success("k");
        t.record_failure("k", T0 + 1);
        assert_eq!(t.check("k", T0 + 1), Ok(()));
        t.record_failure("k", T0 + 2);
        assert!(t.check("k", T0 + 2).is_err());
        t.record_success("k");
        assert_eq!(t.check("k", T0 + 2), Ok(()));
    }

    #[test]
    fn retry_after_is_at_least_one_and_at_most_the_window() {
        let t = LoginThrottle::new(1, 30);
        t.record_failure("k", T0);
        assert_eq!(t.check("k", T0 + 29), Err(1));
        // Clock stepped back by an hour: still bounded by the window.
        assert_eq!(t.check("k", T0 - 3_600), Err(30));
    }

    #[test]
    fn zero_limits_are_clamped() {
        let t = LoginThrottle::new(0, 0);
        assert_eq!(t.check("k", T0), Ok(()));
        t.record_failure("k", T0);
        assert_eq!(t.check("k", T0), Err(1));
        assert_eq!(t.check("k", T0 + 1), Ok(()));
    }

    #[test]
    fn long_keys_are_hashed_consistently() {
        let t = LoginThrottle::new(1, 60);
        let long = "x".repeat(1_000_000);
        t.record_failure(&long, T0);
        assert!(t.check(&long, T0).is_err());
        assert_eq!(t.check(&"x".repeat(999_999), T0), Ok(()));
        let stored = t.lock().map.keys().map(String::len).max();
        assert!(stored.is_some_and(|len| len <= MAX_KEY_BYTES));
    }

    #[test]
    fn expired_entries_are_pruned_past_soft_cap() {
        let t = LoginThrottle::new(5, 60);
        for i in 0..SOFT_CAP {
            t.record_failure(&format!("old{i}"), T0);
        }
        assert_eq!(t.tracked_keys(), SOFT_CAP);
        t.record_failure("new", T0 + 61);
        assert_eq!(t.tracked_keys(), 1);
    }

    #[test]
    fn never_exceeds_hard_cap_and_evicts_oldest() {
        let t = LoginThrottle::new(5, 1_000_000);
        for i in 0..(HARD_CAP + 5_000) {
            t.record_failure(&format!("k{i}"), T0 + i as i64);
            assert!(t.tracked_keys() <= HARD_CAP);
        }
        let inner = t.lock();
        // The newest keys survive, the very first ones were evicted.
        assert!(inner.map.contains_key(&format!("k{}", HARD_CAP + 4_999)));
        assert!(!inner.map.contains_key("k0"));
    }

    #[test]
    fn usable_from_many_threads() {
        let t = Arc::new(LoginThrottle::new(1_000, 60));
        let handles: Vec<_> = (0..8)
            .map(|_| {
                let t = Arc::clone(&t);
                std::thread::spawn(move || {
                    for _ in 0..100 {
                        t.record_failure("shared", T0);
                    }
                })
            })
            .collect();
        for h in handles {
            h.join().unwrap();
        }
        assert_eq!(
            t.lock().map.get("shared").map(|e| e.failures.len()),
            Some(800)
        );
    }
}
