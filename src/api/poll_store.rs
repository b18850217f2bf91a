//! The store behind [`super::poll_cache`]: one entry per key (body, ETag, the data generation
//! it was built at), the limits on keys and bytes, and the counters for `/metrics`. It knows
//! nothing of requests, so `AppState` can hold it without importing the handlers' context.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::sync::{Arc, Mutex};

/// Distinct keys kept at most; beyond it the cache is emptied (keys come from a fixed set of
/// parameters, so only a client inventing values could get here).
const MAX_KEYS: usize = 1024;
/// Bytes of stored bodies at most: a list of a year of orders is tens of MB, and a client
/// inventing `?search=` values must not make the server keep one per value.
const MAX_BYTES: usize = 256 << 20;

/// The data generation: last committed event id, committed writes.
pub(super) type Generation = (u64, u64);

pub(super) struct Entry {
    pub(super) generation: Generation,
    /// Rebuild after this instant (UTC micros) even without a change.
    pub(super) expires: i64,
    pub(super) etag: String,
    pub(super) content_type: &'static str,
    pub(super) body: Arc<Vec<u8>>,
    /// The gzip of `body`, made for the first client that accepts it (browsers all do).
    pub(super) gz: Option<Arc<Vec<u8>>>,
}

/// The cache shared by every connection (one per process, in `AppState`).
#[derive(Default)]
pub struct PollCache {
    slots: Mutex<HashMap<String, Arc<Mutex<Option<Entry>>>>>,
    /// Bytes of the bodies stored in `slots` (approximate after an emptying).
    stored: std::sync::atomic::AtomicUsize,
    /// Bodies built (one per change per key).
    pub builds: AtomicU64,
    /// 200s answered from a stored body.
    pub reused: AtomicU64,
    /// 304s answered.
    pub not_modified: AtomicU64,
}

impl PollCache {
    /// Prometheus lines for `/metrics`.
    pub fn render(&self) -> String {
        format!(
            "# HELP adakings_poll_cache_total Polled list answers by kind: bodies built, \
             bodies reused, 304 Not Modified.\n# TYPE adakings_poll_cache_total counter\n\
             adakings_poll_cache_total{{kind=\"build\"}} {}\n\
             adakings_poll_cache_total{{kind=\"reuse\"}} {}\n\
             adakings_poll_cache_total{{kind=\"not_modified\"}} {}\n",
            self.builds.load(Relaxed),
            self.reused.load(Relaxed),
            self.not_modified.load(Relaxed)
        )
    }

    /// Accounts for a body replacing one of `old` bytes; empties the cache when the total
    /// would pass [`MAX_BYTES`] (the new entry then lives only as long as its request).
    pub(super) fn account(&self, old: usize, new: usize) {
        let step = |t: usize| t.saturating_sub(old).saturating_add(new);
        let total = step(
            self.stored
                .fetch_update(Relaxed, Relaxed, |t| Some(step(t)))
                .unwrap_or(0),
        );
        if total > MAX_BYTES {
            if let Ok(mut slots) = self.slots.lock() {
                slots.clear();
            }
            self.stored.store(0, Relaxed);
        }
    }

    pub(super) fn slot(&self, key: String) -> Arc<Mutex<Option<Entry>>> {
        let Ok(mut slots) = self.slots.lock() else {
            return Arc::new(Mutex::new(None));
        };
        if slots.len() >= MAX_KEYS && !slots.contains_key(&key) {
            slots.clear();
        }
        slots.entry(key).or_default().clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_bytes_are_bounded() {
        let cache = PollCache::default();
        drop(cache.slot("a".into()));
        cache.account(0, MAX_BYTES / 2);
        cache.account(MAX_BYTES / 2, MAX_BYTES / 2 + 10);
        assert_eq!(cache.stored.load(Relaxed), MAX_BYTES / 2 + 10);
        assert_eq!(cache.slots.lock().map(|s| s.len()).unwrap_or(0), 1);
        cache.account(0, MAX_BYTES / 2);
        assert_eq!(cache.stored.load(Relaxed), 0, "emptied past the budget");
        assert_eq!(cache.slots.lock().map(|s| s.len()).unwrap_or(1), 0);
        cache.account(5, 0);
        assert_eq!(cache.stored.load(Relaxed), 0, "never below zero");
    }
}
