//! The hub: a registry of bounded crossbeam senders, one per WebSocket. Publishing offers the
//! already-serialized event to each with `try_send` and never blocks: a subscriber whose queue
//! is full is flagged slow and removed, and its thread closes it with 4008 (the client
//! resumes from the event log). Nothing is dropped silently.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, RwLock};

use crossbeam_channel::{bounded, Receiver, Sender, TrySendError};
use tungstenite::Utf8Bytes;

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
    /// Set by the publisher when this subscriber's queue overflowed.
    pub slow: Arc<AtomicBool>,
}

struct Sub {
    id: u64,
    tx: Sender<Outbound>,
    slow: Arc<AtomicBool>,
}

pub struct Hub {
    subs: RwLock<Vec<Sub>>,
    next_id: AtomicU64,
    queue: usize,
    metrics: Arc<Metrics>,
    closing: AtomicBool,
}

impl Hub {
    pub fn new(queue: usize, metrics: Arc<Metrics>) -> Hub {
        Hub {
            subs: RwLock::new(Vec::new()),
            next_id: AtomicU64::new(1),
            queue,
            metrics,
            closing: AtomicBool::new(false),
        }
    }

    /// Registers a new subscriber with a queue of `WS_SEND_QUEUE` messages.
    pub fn subscribe(&self) -> Subscription {
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let (tx, rx) = bounded(self.queue);
        let slow = Arc::new(AtomicBool::new(false));
        if self.closing.load(Ordering::Acquire) {
            let _ = tx.try_send(Outbound::Shutdown);
        }
        if let Ok(mut subs) = self.subs.write() {
            subs.push(Sub {
                id,
                tx,
                slow: slow.clone(),
            });
        }
        Subscription { id, rx, slow }
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

    /// Offers each event, in order, to every subscriber. Runs on the database writer thread
    /// right after commit, so events leave in commit order.
    pub fn publish(&self, events: &[Event]) {
        let texts: Vec<(i64, Utf8Bytes)> = events
            .iter()
            .map(|e| (e.id, Utf8Bytes::from(&*e.message)))
            .collect();
        let mut overflowed: Vec<u64> = Vec::new();
        if let Ok(subs) = self.subs.read() {
            for s in subs.iter() {
                for (id, text) in &texts {
                    match s.tx.try_send(Outbound::Event(*id, text.clone())) {
                        Ok(()) => {}
                        Err(TrySendError::Full(_)) => {
                            s.slow.store(true, Ordering::Release);
                            overflowed.push(s.id);
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
        if !overflowed.is_empty() {
            if let Ok(mut subs) = self.subs.write() {
                subs.retain(|s| !overflowed.contains(&s.id));
            }
        }
    }

    /// Tells every subscriber to close with 1001; later subscribers are told at once.
    pub fn shutdown(&self) {
        self.closing.store(true, Ordering::Release);
        if let Ok(subs) = self.subs.read() {
            for s in subs.iter() {
                if s.tx.try_send(Outbound::Shutdown).is_err() {
                    // Queue full: the slow flag makes the thread close at its next wakeup.
                    s.slow.store(true, Ordering::Release);
                }
            }
        }
    }

    pub fn is_closing(&self) -> bool {
        self.closing.load(Ordering::Acquire)
    }
}
