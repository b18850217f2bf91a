//! The writer's queue and its callers' one-shot replies: a `Mutex` and a `Condvar` each, so a
//! waiting thread sleeps in the kernel at once. crossbeam's channels spin and then call
//! `sched_yield` a few times before they park; with sixteen request threads and the writer
//! taking turns on two cores, those yields were scheduler work with nothing to show for it.
//! The API mirrors the crossbeam calls it replaces (and reuses their error types).

use std::collections::VecDeque;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use crossbeam_channel::{RecvTimeoutError, SendTimeoutError, TryRecvError};

struct State<T> {
    items: VecDeque<T>,
    senders: usize,
    receiver: bool,
    /// Threads asleep in a receive or in a send: a notify is a syscall, made only for them.
    receiving: usize,
    sending: usize,
}

struct Shared<T> {
    state: Mutex<State<T>>,
    /// Signalled when an item arrives or the last sender goes.
    filled: Condvar,
    /// Signalled when an item is taken or the receiver goes.
    drained: Condvar,
    cap: usize,
}

impl<T> Shared<T> {
    /// A panic while the lock was held cannot leave `State` half-changed (every change
    /// is one push, pop or count), so a poisoned lock is used as it is.
    fn lock(&self) -> MutexGuard<'_, State<T>> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// After an item was taken: room for one sender that waits.
    fn taken(&self, st: MutexGuard<'_, State<T>>) {
        let wake = st.sending > 0;
        drop(st);
        if wake {
            self.drained.notify_one();
        }
    }
}

pub struct Sender<T>(Arc<Shared<T>>);
pub struct Receiver<T>(Arc<Shared<T>>);

/// A queue of at most `cap` items.
pub fn bounded<T>(cap: usize) -> (Sender<T>, Receiver<T>) {
    let shared = Arc::new(Shared {
        state: Mutex::new(State {
            items: VecDeque::new(),
            senders: 1,
            receiver: true,
            receiving: 0,
            sending: 0,
        }),
        filled: Condvar::new(),
        drained: Condvar::new(),
        cap: cap.max(1),
    });
    (Sender(shared.clone()), Receiver(shared))
}

/// The reply slot of one job.
pub fn oneshot<T>() -> (Sender<T>, Receiver<T>) {
    bounded(1)
}

/// The sender went without sending.
#[derive(Debug)]
pub struct Dropped;

impl<T> Sender<T> {
    pub fn send_timeout(&self, item: T, timeout: Duration) -> Result<(), SendTimeoutError<T>> {
        let deadline = Instant::now() + timeout;
        let mut st = self.0.lock();
        loop {
            if !st.receiver {
                return Err(SendTimeoutError::Disconnected(item));
            }
            if st.items.len() < self.0.cap {
                st.items.push_back(item);
                let wake = st.receiving > 0;
                drop(st);
                if wake {
                    self.0.filled.notify_one();
                }
                return Ok(());
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Err(SendTimeoutError::Timeout(item));
            }
            st.sending += 1;
            st = self
                .0
                .drained
                .wait_timeout(st, left)
                .unwrap_or_else(|e| e.into_inner())
                .0;
            st.sending -= 1;
        }
    }

    /// Sends without waiting (a reply slot is never full); false if nobody listens.
    pub fn send(&self, item: T) -> Result<(), T> {
        match self.send_timeout(item, Duration::ZERO) {
            Ok(()) => Ok(()),
            Err(SendTimeoutError::Timeout(t) | SendTimeoutError::Disconnected(t)) => Err(t),
        }
    }
}

impl<T> Clone for Sender<T> {
    fn clone(&self) -> Self {
        self.0.lock().senders += 1;
        Sender(self.0.clone())
    }
}

impl<T> Drop for Sender<T> {
    fn drop(&mut self) {
        let last = {
            let mut st = self.0.lock();
            st.senders -= 1;
            st.senders == 0
        };
        if last {
            self.0.filled.notify_all();
        }
    }
}

impl<T> Receiver<T> {
    pub fn recv_timeout(&self, timeout: Duration) -> Result<T, RecvTimeoutError> {
        let deadline = Instant::now() + timeout;
        let mut st = self.0.lock();
        loop {
            if let Some(item) = st.items.pop_front() {
                self.0.taken(st);
                return Ok(item);
            }
            if st.senders == 0 {
                return Err(RecvTimeoutError::Disconnected);
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Err(RecvTimeoutError::Timeout);
            }
            st.receiving += 1;
            st = self
                .0
                .filled
                .wait_timeout(st, left)
                .unwrap_or_else(|e| e.into_inner())
                .0;
            st.receiving -= 1;
        }
    }

    /// Waits without a time limit (until an item arrives or every sender is gone).
    pub fn recv(&self) -> Result<T, Dropped> {
        let mut st = self.0.lock();
        loop {
            if let Some(item) = st.items.pop_front() {
                self.0.taken(st);
                return Ok(item);
            }
            if st.senders == 0 {
                return Err(Dropped);
            }
            st.receiving += 1;
            st = self.0.filled.wait(st).unwrap_or_else(|e| e.into_inner());
            st.receiving -= 1;
        }
    }

    pub fn try_recv(&self) -> Result<T, TryRecvError> {
        let mut st = self.0.lock();
        match st.items.pop_front() {
            Some(item) => {
                self.0.taken(st);
                Ok(item)
            }
            None if st.senders == 0 => Err(TryRecvError::Disconnected),
            None => Err(TryRecvError::Empty),
        }
    }
}

impl<T> Drop for Receiver<T> {
    fn drop(&mut self) {
        self.0.lock().receiver = false;
        self.0.drained.notify_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_arrive_in_order_and_a_full_queue_times_out() {
        let (tx, rx) = bounded::<u32>(2);
        tx.send_timeout(1, Duration::ZERO).unwrap();
        tx.send_timeout(2, Duration::ZERO).unwrap();
        assert!(matches!(
            tx.send_timeout(3, Duration::from_millis(1)),
            Err(SendTimeoutError::Timeout(3))
        ));
        assert_eq!(rx.try_recv().unwrap(), 1);
        assert_eq!(rx.recv_timeout(Duration::ZERO).unwrap(), 2);
        assert!(matches!(rx.try_recv(), Err(TryRecvError::Empty)));
    }

    #[test]
    fn dropped_ends_are_seen_by_the_other_side() {
        let (tx, rx) = oneshot::<u32>();
        let tx2 = tx.clone();
        drop(tx);
        assert!(matches!(
            rx.recv_timeout(Duration::ZERO),
            Err(RecvTimeoutError::Timeout)
        ));
        drop(tx2);
        assert!(rx.recv().is_err());
        let (tx, rx) = oneshot::<u32>();
        drop(rx);
        assert_eq!(tx.send(7), Err(7));
    }

    #[test]
    fn a_waiting_receiver_is_woken_by_a_send_from_another_thread() {
        let (tx, rx) = bounded::<u32>(4);
        let t = std::thread::spawn(move || rx.recv());
        tx.send_timeout(9, Duration::from_secs(1)).unwrap();
        assert_eq!(t.join().unwrap().unwrap(), 9);
    }
}
