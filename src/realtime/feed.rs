//! The shared snapshot and replay caches of the order feed ([`Feed`]), kept by the hub (which
//! knows the newest published event id) and filled by `session`. A file of its own so that
//! the hub, which `AppState` holds, does not import `session`, which reads `AppState`.

use std::sync::{Arc, Mutex};

use tungstenite::Utf8Bytes;

use crate::domain::clock::{self, Date};

/// A snapshot cached for the event id and day it is current to.
pub(super) struct CachedSnapshot {
    pub(super) day: Date,
    pub(super) last: i64,
    pub(super) resync: bool,
    pub(super) text: Utf8Bytes,
}

/// Events after `since` (at most a page), as read once for every client asking for them.
pub(super) struct CachedRange {
    pub(super) since: i64,
    pub(super) limit: usize,
    /// The newest event id the read saw (committed, if not yet published).
    pub(super) seen: i64,
    pub(super) events: Arc<Vec<(i64, Utf8Bytes)>>,
    /// Fewer than `limit` events came back: the range reaches `seen`.
    pub(super) complete: bool,
}

/// A page of the events log as the feed hands it out.
pub enum Range {
    /// Events in order (shared bytes), and whether they reach the newest committed event.
    Events(Arc<Vec<(i64, Utf8Bytes)>>, bool),
    /// The log no longer reaches back that far, or the gap is longer than allowed.
    Resync,
}

/// The shared snapshot and replay caches. An entry is reused while its newest event id is
/// at least the newest published one: every event after it is then published after the
/// caller subscribed (callers subscribe before asking), so it reaches the caller's queue.
#[derive(Default)]
pub struct Feed {
    pub(super) snapshots: Mutex<Vec<CachedSnapshot>>,
    pub(super) building: Mutex<()>,
    pub(super) ranges: Mutex<Vec<CachedRange>>,
    pub(super) reading: Mutex<()>,
}

/// Ranges kept at most (distinct `since` values being served at once).
pub(super) const RANGES_KEPT: usize = 16;

impl Feed {
    pub(super) fn fresh_snapshot(&self, published: i64, resync: bool) -> Option<(Utf8Bytes, i64)> {
        let today = Date::of_micros(clock::now_micros());
        let g = self.snapshots.lock().ok()?;
        g.iter()
            .find(|s| s.resync == resync && s.day == today && s.last >= published)
            .map(|s| (s.text.clone(), s.last))
    }

    pub(super) fn fresh_range(&self, since: i64, limit: usize, published: i64) -> Option<Range> {
        let g = self.ranges.lock().ok()?;
        g.iter()
            .find(|r| r.since == since && r.limit == limit && r.seen >= published)
            .map(|r| Range::Events(r.events.clone(), r.complete))
    }
}
