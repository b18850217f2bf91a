//! The hub: a registry of bounded crossbeam senders, one per WebSocket. Publishing offers the
//! already-serialized event to each with `try_send` and never blocks. A subscriber whose queue
//! is full is flagged `behind` and offered nothing more until its thread has caught it up from
//! the events log on the same socket (a burst does not disconnect a healthy client; only one
//! that stays behind for `WS_SLOW_TIMEOUT` is closed with 4008). Nothing is dropped silently.
//!
//! The hub also remembers the newest published event id, which tells the shared snapshot and
//! replay caches ([`super::feed::Feed`]) whether an entry is still current.

use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, RwLock};

use crossbeam_channel::{bounded, Receiver, Sender, TrySendError};
use tungstenite::Utf8Bytes;

use super::feed::Feed;
use super::protocol;
use crate::db::Event;
use crate::metrics::Metrics;

/// What a WebSocket thread receives.
#[derive(Clone, Debug)]
pub enum Outbound {
    /// An event id and its message, serialized once and shared by every subscriber.
    Event(i64, Utf8Bytes),
    /// The server is stopping: close with 1001.
    Shutdown,
}

/// A WebSocket's end of the hub.
pub struct Subscription {
    pub id: u64,
    pub rx: Receiver<Outbound>,
    /// Set by the publisher when this subscriber's queue overflowed; while set, it is offered
    /// nothing (its thread reads the gap from the events log, then clears the flag).
    pub behind: Arc<AtomicBool>,
}

struct Sub {
    id: u64,
    tx: Sender<Outbound>,
    behind: Arc<AtomicBool>,
}

pub struct Hub {
    subs: RwLock<Vec<Sub>>,
    next_id: AtomicU64,
    queue: usize,
    metrics: Arc<Metrics>,
    closing: AtomicBool,
    /// The close is a hand-over to a new process (`serve --takeover`): 1012, not 1001.
    restarting: AtomicBool,
    /// The newest event id handed to subscribers (0 until the first publish).
    last_published: AtomicI64,
    /// Shared snapshot and replay bytes.
    pub feed: Feed,
}

impl Hub {
    pub fn new(queue: usize, metrics: Arc<Metrics>) -> Hub {
        Hub {
            subs: RwLock::new(Vec::new()),
            next_id: AtomicU64::new(1),
            queue,
            metrics,
            closing: AtomicBool::new(false),
            restarting: AtomicBool::new(false),
            last_published: AtomicI64::new(0),
            feed: Feed::default(),
        }
    }

    /// Registers a new subscriber with a queue of `WS_SEND_QUEUE` messages.
    pub fn subscribe(&self) -> Subscription {
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let (tx, rx) = bounded(self.queue);
        let behind = Arc::new(AtomicBool::new(false));
        if let Ok(mut subs) = self.subs.write() {
            subs.push(Sub {
                id,
                tx: tx.clone(),
                behind: behind.clone(),
            });
        }
        // After registering, so a shutdown that raced with us is seen one way or the other.
        if self.closing.load(Ordering::Acquire) {
            let _ = tx.try_send(Outbound::Shutdown);
        }
        Subscription { id, rx, behind }
    }

    pub fn unsubscribe(&self, id: u64) {
        if let Ok(mut subs) = self.subs.write() {
            subs.retain(|s| s.id != id);
        }
    }

    pub fn len(&self) -> usize {
        self.subs.read().map(|s| s.len()).unwrap_or(0)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The newest event id published so far.
    pub fn last_published(&self) -> i64 {
        self.last_published.load(Ordering::Acquire)
    }

    /// Offers each event, in order, to every subscriber. Runs on the event tail's thread
    /// ([`super::tail`]), which reads them back from the database in id order whichever
    /// process committed them. This is the one publish point.
    pub fn publish(&self, events: &[Event]) {
        let texts: Vec<(i64, Utf8Bytes)> = events
            .iter()
            .map(|e| (e.id, Utf8Bytes::from(protocol::event_text(e))))
            .collect();
        // Before the offers: a subscriber registered too late to be offered these events
        // reads this value after registering, so it never takes a cached snapshot or replay
        // older than them (see `feed::Feed`).
        if let Some(last) = events.last() {
            self.last_published.fetch_max(last.id, Ordering::AcqRel);
        }
        if let Ok(subs) = self.subs.read() {
            for s in subs.iter() {
                if s.behind.load(Ordering::Acquire) {
                    continue;
                }
                for (id, text) in &texts {
                    match s.tx.try_send(Outbound::Event(*id, text.clone())) {
                        Ok(()) => {}
                        Err(TrySendError::Full(_)) => {
                            s.behind.store(true, Ordering::Release);
                            self.metrics.ws_overflows.fetch_add(1, Ordering::Relaxed);
                            break;
                        }
                        // The thread is already gone; its entry is about to be removed.
                        Err(TrySendError::Disconnected(_)) => break,
                    }
                }
            }
        }
        self.metrics
            .events_published
            .fetch_add(events.len() as u64, Ordering::Relaxed);
    }

    /// Tells every subscriber to close with 1001; later subscribers are told at once.
    /// A subscriber whose queue is full has something to read, so it wakes and sees
    /// [`Hub::is_closing`].
    pub fn shutdown(&self) {
        self.closing.store(true, Ordering::Release);
        if let Ok(subs) = self.subs.read() {
            for s in subs.iter() {
                let _ = s.tx.try_send(Outbound::Shutdown);
            }
        }
    }

    /// [`Hub::shutdown`] for a hand-over: sockets close with 1012 "service restart", so
    /// clients reconnect at once (with `since=`) and land on the new process.
    pub fn shutdown_for_restart(&self) {
        self.restarting.store(true, Ordering::Release);
        self.shutdown();
    }

    /// How sockets close while the hub is closing: 1001, or 1012 after a takeover.
    pub fn close_reason(&self) -> super::close::CloseReason {
        if self.restarting.load(Ordering::Acquire) {
            super::close::CloseReason::ServiceRestart
        } else {
            super::close::CloseReason::ServerShutdown
        }
    }

    pub fn is_closing(&self) -> bool {
        self.closing.load(Ordering::Acquire)
    }
}
