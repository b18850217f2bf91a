//! The write side of a WebSocket, shared between its own thread and the publisher.
//!
//! Waking a socket's thread to write one event costs a context switch, a `poll` set-up and a
//! return to sleep, and an event wakes every screen at once: with thousands of screens that
//! is most of the fan-out's time. So while a socket's thread sleeps with nothing to send (it
//! is *idle*), the publisher may write the event's frame into the socket itself, without
//! blocking, and the thread never wakes. Only when the socket would block (or fails) does the
//! publisher hand the rest to the thread, through its queue, as before.
//!
//! Exactly one side writes at a time, decided by one atomic state:
//!
//! - `OWNED`: the thread writes (it is awake, or it has something queued, or it is closing,
//!   stalled or catching up). The publisher queues events and wakes it.
//! - `IDLE`: the thread sleeps with nothing queued, and the socket is live. The publisher may
//!   claim it.
//! - `PUBLISHING`: the publisher is writing. A thread that wakes meanwhile waits the few
//!   microseconds of one non-blocking `send` until the state is `IDLE` or `OWNED` again.
//!
//! The thread only ever closes its socket while it holds `OWNED`, so the descriptor the
//! publisher writes to is always the socket it registered.

use std::os::fd::RawFd;
use std::sync::atomic::{AtomicI64, AtomicU8, Ordering};
use std::sync::Mutex;

use tungstenite::Bytes;

const OWNED: u8 = 0;
const IDLE: u8 = 1;
const PUBLISHING: u8 = 2;

pub struct Direct {
    fd: RawFd,
    state: AtomicU8,
    /// The newest event id the client has, while the thread is not `OWNED` (the thread keeps
    /// its own copy while it is, and stores it here when it goes idle).
    last_sent: AtomicI64,
    /// The unwritten end of a frame the publisher could only write in part: the thread writes
    /// it before anything else. (Not in the queue: a client that falls behind has its queue
    /// dropped, and half a frame must never be dropped.)
    rest: Mutex<Option<(i64, Bytes)>>,
}

/// What became of a claimed write.
pub enum Written {
    /// Every frame offered is in the socket.
    All,
    /// The first `n` frames are written (the last of them perhaps only in part, its end left
    /// for the thread) and none of the others: the socket would block, or it failed (the
    /// thread finds out which when it writes the rest).
    Upto(usize),
}

impl Direct {
    /// The write side of socket `fd`, owned by its thread.
    pub fn new(fd: RawFd) -> Direct {
        Direct {
            fd,
            state: AtomicU8::new(OWNED),
            last_sent: AtomicI64::new(0),
            rest: Mutex::new(None),
        }
    }

    // ---- the socket's thread ----

    /// The thread is about to sleep with nothing to write, having sent everything up to
    /// `last_sent`: the publisher may write for it from now on.
    pub fn go_idle(&self, last_sent: i64) {
        self.last_sent.store(last_sent, Ordering::Relaxed);
        self.state.store(IDLE, Ordering::SeqCst);
    }

    /// The thread woke (or changed its mind about sleeping): it owns the socket again once the
    /// publisher is done with it. Returns the newest event id the client has, and the end of a
    /// frame the thread must write first.
    pub fn take_back(&self) -> (i64, Option<(i64, Bytes)>) {
        loop {
            match self
                .state
                .compare_exchange(IDLE, OWNED, Ordering::SeqCst, Ordering::Acquire)
            {
                Ok(_) | Err(OWNED) => break,
                // One non-blocking send in progress on another thread.
                Err(_) => std::thread::yield_now(),
            }
        }
        let rest = self.rest.lock().ok().and_then(|mut r| r.take());
        (self.last_sent.load(Ordering::Relaxed), rest)
    }

    // ---- the publisher ----

    /// Claims an idle socket for writing; false when its thread owns it.
    pub fn claim(&self) -> bool {
        self.state
            .compare_exchange(IDLE, PUBLISHING, Ordering::SeqCst, Ordering::Relaxed)
            .is_ok()
    }

    /// The newest event id the client has (valid while claimed).
    pub fn last_sent(&self) -> i64 {
        self.last_sent.load(Ordering::Relaxed)
    }

    /// Writes `frames` (event id, whole frame) in order without blocking, while claimed.
    /// A frame the socket takes in part leaves its end for the thread (see `take_back`) and
    /// counts as written.
    pub fn write(&self, frames: &[(i64, Bytes)]) -> Written {
        for (i, (id, frame)) in frames.iter().enumerate() {
            match send(self.fd, frame) {
                n if n == frame.len() => {}
                0 => return Written::Upto(i),
                n => {
                    if let Ok(mut rest) = self.rest.lock() {
                        *rest = Some((*id, frame.slice(n..)));
                    }
                    self.last_sent.store(*id, Ordering::Relaxed);
                    return Written::Upto(i + 1);
                }
            }
            self.last_sent.store(*id, Ordering::Relaxed);
        }
        Written::All
    }

    /// Ends a claim: the thread still sleeps with nothing to write.
    pub fn release(&self) {
        self.state.store(IDLE, Ordering::SeqCst);
    }

    /// Ends a claim by giving the socket to its thread (which the caller then wakes).
    pub fn hand_over(&self) {
        self.state.store(OWNED, Ordering::SeqCst);
    }
}

/// One non-blocking `send`: the bytes written, 0 when it would block or failed.
fn send(fd: RawFd, bytes: &[u8]) -> usize {
    loop {
        // SAFETY: sends from a live buffer of `bytes.len()` bytes on a descriptor its owner
        // keeps open while the caller holds the claim (see the module doc).
        let n = unsafe {
            libc::send(
                fd,
                bytes.as_ptr().cast(),
                bytes.len(),
                libc::MSG_DONTWAIT | libc::MSG_NOSIGNAL,
            )
        };
        if n >= 0 {
            return n as usize;
        }
        if std::io::Error::last_os_error().kind() != std::io::ErrorKind::Interrupted {
            return 0;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Direct, Written};
    use std::io::Read;
    use std::net::{TcpListener, TcpStream};
    use std::os::fd::AsRawFd;
    use tungstenite::Bytes;

    fn pair() -> (TcpStream, TcpStream) {
        let l = TcpListener::bind("127.0.0.1:0").expect("bind");
        let a = TcpStream::connect(l.local_addr().expect("addr")).expect("connect");
        let (b, _) = l.accept().expect("accept");
        (a, b)
    }

    #[test]
    fn only_an_idle_socket_can_be_claimed() {
        let (a, _b) = pair();
        let d = Direct::new(a.as_raw_fd());
        assert!(!d.claim(), "a new socket belongs to its thread");
        d.go_idle(7);
        assert!(d.claim());
        assert!(!d.claim(), "one claim at a time");
        assert_eq!(d.last_sent(), 7);
        d.hand_over();
        assert!(!d.claim());
        assert_eq!(d.take_back().0, 7);
    }

    #[test]
    fn a_claimed_write_reaches_the_peer_and_moves_last_sent() {
        let (a, mut b) = pair();
        let d = Direct::new(a.as_raw_fd());
        d.go_idle(1);
        assert!(d.claim());
        let frames = [
            (2, Bytes::from_static(b"ab")),
            (3, Bytes::from_static(b"cd")),
        ];
        assert!(matches!(d.write(&frames), Written::All));
        d.release();
        let mut got = [0u8; 4];
        b.read_exact(&mut got).expect("read");
        assert_eq!(&got, b"abcd");
        let (last, rest) = d.take_back();
        assert_eq!((last, rest), (3, None));
    }

    #[test]
    fn a_full_socket_leaves_the_end_of_a_frame_to_its_thread() {
        let (a, _b) = pair();
        let d = Direct::new(a.as_raw_fd());
        d.go_idle(0);
        // Far more than the two kernel buffers hold: the socket takes part of it.
        let big = Bytes::from(vec![b'x'; 64 << 20]);
        assert!(d.claim());
        let frames = [(5, big.clone()), (6, Bytes::from_static(b"next"))];
        assert!(matches!(d.write(&frames), Written::Upto(1)));
        d.hand_over();
        let (last, rest) = d.take_back();
        let (id, end) = rest.expect("the unwritten end");
        assert_eq!((last, id), (5, 5));
        assert!(!end.is_empty() && end.len() < big.len());
        assert_eq!(&end[..], &big[big.len() - end.len()..]);
    }
}
