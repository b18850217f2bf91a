//! The hub: a registry of bounded crossbeam senders, one per WebSocket. Publishing never
//! blocks: a socket whose thread sleeps with nothing to send gets the event's frame written
//! into it at once, without blocking and without waking the thread ([`super::direct`]); any
//! other gets the frame offered on its queue with `try_send`, and its thread woken. A
//! subscriber whose queue is full is flagged `behind` and offered nothing more until its
//! thread has caught it up from the events log on the same socket (a burst does not
//! disconnect a healthy client; only one that stays behind for `WS_SLOW_TIMEOUT` is closed with
//! 4008). Nothing is dropped silently.
//!
//! Subscribers are split into shards, one per core: the event tail's thread offers a batch to
//! the first shard itself and hands it to one helper thread per other shard, so writing an
//! event into thousands of sockets uses every core (over loopback, most of a write's cost is
//! the kernel's TCP work, on the writer's core).
//!
//! The hub also remembers the newest published event id, which tells the shared snapshot and
//! replay caches ([`super::feed::Feed`]) whether an entry is still current.

use std::os::fd::RawFd;
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, RwLock};

use crossbeam_channel::{bounded, Receiver, Sender, TrySendError};
use tungstenite::Bytes;

use super::direct::{Direct, Written};
use super::feed::Feed;
use super::protocol;
use crate::db::Event;
use crate::metrics::Metrics;

/// What a WebSocket thread receives.
#[derive(Clone, Debug)]
pub enum Outbound {
    /// An event id and its message as a complete WebSocket text frame, encoded once and
    /// shared by every subscriber (a socket writes these bytes as they are).
    Event(i64, Bytes),
    /// The server is stopping: close with 1001.
    Shutdown,
}

/// A WebSocket's end of the hub.
pub struct Subscription {
    pub id: u64,
    pub rx: Receiver<Outbound>,
    /// Signalled after something was queued on `rx` (the socket's thread sleeps in `poll` on
    /// it and its socket). `None` when no descriptor was left for it: the thread then looks
    /// at its queue on a short timer instead.
    pub wake: Option<Arc<Wake>>,
    /// Set by the publisher when this subscriber's queue overflowed; while set, it is offered
    /// nothing (its thread reads the gap from the events log, then clears the flag).
    pub behind: Arc<AtomicBool>,
    /// The socket's write side, shared with the publisher while the thread sleeps.
    pub direct: Option<Arc<Direct>>,
}

struct Sub {
    id: u64,
    tx: Sender<Outbound>,
    wake: Option<Arc<Wake>>,
    behind: Arc<AtomicBool>,
    direct: Option<Arc<Direct>>,
}

/// The events of one publish, framed, in id order.
type Batch = Arc<[(i64, Bytes)]>;

/// Subscribers offered events by one thread.
type Shard = RwLock<Vec<Sub>>;

/// Shards at most: one per core, and a 2-core box gets 2.
const MAX_SHARDS: usize = 4;

pub struct Hub {
    /// Shard 0 is offered events on the publishing thread, shard `i` on helper `i - 1`.
    shards: Vec<Arc<Shard>>,
    helpers: Vec<Sender<Batch>>,
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
    /// A hub with one shard per core (at most [`MAX_SHARDS`]), and a helper thread for each
    /// shard but the first.
    pub fn new(queue: usize, metrics: Arc<Metrics>) -> Hub {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        let mut shards = vec![Arc::new(Shard::default())];
        let mut helpers = Vec::new();
        for i in 1..cores.min(MAX_SHARDS) {
            let shard = Arc::new(Shard::default());
            match spawn_helper(i, shard.clone(), metrics.clone()) {
                Ok(tx) => {
                    shards.push(shard);
                    helpers.push(tx);
                }
                // Fewer shards: the publishing thread simply offers to more subscribers.
                Err(e) => {
                    log::warn!("cannot start fan-out helper {i}: {e}");
                    break;
                }
            }
        }
        Hub {
            shards,
            helpers,
            next_id: AtomicU64::new(1),
            queue,
            metrics,
            closing: AtomicBool::new(false),
            restarting: AtomicBool::new(false),
            last_published: AtomicI64::new(0),
            feed: Feed::default(),
        }
    }

    /// Registers a new subscriber with a queue of `WS_SEND_QUEUE` messages; `socket` is the
    /// descriptor the publisher may write to while the subscriber's thread is idle.
    pub fn subscribe(&self, socket: Option<RawFd>) -> Subscription {
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let (tx, rx) = bounded(self.queue);
        let behind = Arc::new(AtomicBool::new(false));
        let wake = Wake::new().map(Arc::new);
        let direct = socket.map(|fd| Arc::new(Direct::new(fd)));
        if let Ok(mut subs) = self.shard(id).write() {
            subs.push(Sub {
                id,
                tx: tx.clone(),
                wake: wake.clone(),
                behind: behind.clone(),
                direct: direct.clone(),
            });
        }
        // After registering, so a shutdown that raced with us is seen one way or the other.
        if self.closing.load(Ordering::Acquire) {
            let _ = tx.try_send(Outbound::Shutdown);
            if let Some(w) = &wake {
                w.notify();
            }
        }
        Subscription {
            id,
            rx,
            wake,
            behind,
            direct,
        }
    }

    pub fn unsubscribe(&self, id: u64) {
        if let Ok(mut subs) = self.shard(id).write() {
            subs.retain(|s| s.id != id);
        }
    }

    /// The shard subscriber `id` lives in (ids are handed out in turn, so shards stay even).
    fn shard(&self, id: u64) -> &Shard {
        &self.shards[(id % self.shards.len() as u64) as usize]
    }

    pub fn len(&self) -> usize {
        self.shards
            .iter()
            .map(|s| s.read().map(|s| s.len()).unwrap_or(0))
            .sum()
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
        let batch: Batch = events
            .iter()
            .map(|e| {
                (
                    e.id,
                    super::frame::text_frame(protocol::event_text(e).as_bytes()),
                )
            })
            .collect();
        // Before the offers: a subscriber registered too late to be offered these events
        // reads this value after registering, so it never takes a cached snapshot or replay
        // older than them (see `feed::Feed`).
        if let Some(last) = events.last() {
            self.last_published.fetch_max(last.id, Ordering::AcqRel);
        }
        for (helper, shard) in self.helpers.iter().zip(&self.shards[1..]) {
            // No wake-up for an empty shard (a subscriber that registers meanwhile is
            // covered by `last_published`, like any other late one).
            if shard.read().is_ok_and(|s| s.is_empty()) {
                continue;
            }
            if helper.send(batch.clone()).is_err() {
                // The helper is gone (it cannot panic short of a bug): offer on this thread.
                offer_all(shard, &batch, &self.metrics);
            }
        }
        offer_all(&self.shards[0], &batch, &self.metrics);
        self.metrics
            .events_published
            .fetch_add(events.len() as u64, Ordering::Relaxed);
    }

    /// Tells every subscriber to close with 1001; later subscribers are told at once.
    /// A subscriber whose queue is full has something to read, so it wakes and sees
    /// [`Hub::is_closing`].
    pub fn shutdown(&self) {
        self.closing.store(true, Ordering::Release);
        for shard in &self.shards {
            let Ok(subs) = shard.read() else { continue };
            for s in subs.iter() {
                let _ = s.tx.try_send(Outbound::Shutdown);
                if let Some(w) = &s.wake {
                    w.notify();
                }
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

/// Offers a batch to every subscriber of `shard` that is not behind.
fn offer_all(shard: &Shard, batch: &[(i64, Bytes)], metrics: &Metrics) {
    if let Ok(subs) = shard.read() {
        for s in subs.iter() {
            if !s.behind.load(Ordering::Acquire) {
                offer(s, batch, metrics);
            }
        }
    }
}

/// Offers a batch of events to one subscriber: written into its idle socket, or queued
/// for its thread (which is then woken once for the whole batch).
fn offer(s: &Sub, texts: &[(i64, Bytes)], metrics: &Metrics) {
    let mut from = 0;
    let mut handed_over = false;
    if let Some(d) = s.direct.as_ref().filter(|d| d.claim()) {
        // Events the client already has (its snapshot reached past them) are skipped.
        from = texts.partition_point(|(id, _)| *id <= d.last_sent());
        // Something still queued goes first: this batch queues behind it.
        if s.tx.is_empty() {
            let (written, all) = match d.write(&texts[from..]) {
                Written::All => (texts.len() - from, true),
                Written::Upto(n) => (n, false),
            };
            metrics
                .ws_messages_sent
                .fetch_add(written as u64, Ordering::Relaxed);
            metrics
                .ws_direct_writes
                .fetch_add(written as u64, Ordering::Relaxed);
            if all {
                d.release();
                return;
            }
            from += written;
        }
        d.hand_over();
        handed_over = true;
    }
    let mut queued = false;
    for (id, text) in &texts[from..] {
        match s.tx.try_send(Outbound::Event(*id, text.clone())) {
            Ok(()) => queued = true,
            Err(TrySendError::Full(_)) => {
                s.behind.store(true, Ordering::Release);
                metrics.ws_overflows.fetch_add(1, Ordering::Relaxed);
                break;
            }
            // The thread is already gone; its entry is about to be removed.
            Err(TrySendError::Disconnected(_)) => break,
        }
    }
    // One wake-up per socket for the whole batch (an overflow wakes it too: it then
    // catches up from the log; a hand-over wakes it to write the rest).
    if queued || handed_over || s.behind.load(Ordering::Acquire) {
        if let Some(w) = &s.wake {
            w.notify();
        }
    }
}

/// Starts the thread that offers every batch it is sent to `shard`, in order. It ends when the
/// hub is dropped.
fn spawn_helper(
    i: usize,
    shard: Arc<Shard>,
    metrics: Arc<Metrics>,
) -> std::io::Result<Sender<Batch>> {
    let (tx, rx) = crossbeam_channel::unbounded::<Batch>();
    std::thread::Builder::new()
        .name(format!("fan-out-{i}"))
        .spawn(move || {
            for batch in rx {
                offer_all(&shard, &batch, &metrics);
            }
        })?;
    Ok(tx)
}

/// A socket thread's wake-up: an eventfd it polls together with its socket. `notify` makes it
/// readable; the thread's `reset` empties it before it reads its queue, so a notify that
/// races with the reading is never lost (at worst the thread wakes once for nothing).
pub struct Wake(std::os::fd::OwnedFd);

impl Wake {
    /// A new eventfd (non-blocking, close-on-exec); `None` when out of descriptors.
    fn new() -> Option<Wake> {
        use std::os::fd::FromRawFd;
        // SAFETY: eventfd takes plain integers; a non-negative return is a new descriptor
        // that nothing else owns, so OwnedFd may take it.
        let fd = unsafe { libc::eventfd(0, libc::EFD_NONBLOCK | libc::EFD_CLOEXEC) };
        if fd < 0 {
            return None;
        }
        Some(Wake(unsafe { std::os::fd::OwnedFd::from_raw_fd(fd) }))
    }

    pub fn fd(&self) -> std::os::fd::RawFd {
        use std::os::fd::AsRawFd;
        self.0.as_raw_fd()
    }

    pub fn notify(&self) {
        let one = 1u64.to_ne_bytes();
        // SAFETY: writes 8 bytes from a live buffer to our own descriptor. It cannot fail
        // but for a counter at its maximum, which is already readable.
        unsafe {
            libc::write(self.fd(), one.as_ptr().cast(), one.len());
        }
    }

    pub fn reset(&self) {
        let mut buf = [0u8; 8];
        // SAFETY: reads at most 8 bytes into a live buffer from our own non-blocking
        // descriptor (EAGAIN when it was empty, which is fine).
        unsafe {
            libc::read(self.fd(), buf.as_mut_ptr().cast(), buf.len());
        }
    }
}
