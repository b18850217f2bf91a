//! The shared state every connection thread borrows: settings, the database, the hub,
//! metrics, auth keys, and the registry of open connections used for graceful shutdown.

use std::collections::HashMap;
use std::os::fd::RawFd;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use crate::auth::jwt::Keys;
use crate::auth::throttle::LoginThrottle;
use crate::config::Config;
use crate::db::Db;
use crate::metrics::Metrics;
use crate::realtime::hub::Hub;

pub struct AppState {
    pub config: Config,
    pub db: Db,
    pub hub: Arc<Hub>,
    pub metrics: Arc<Metrics>,
    pub keys: Keys,
    pub login_throttle: LoginThrottle,
    /// Failed logins per client IP, whatever the username (a spray across accounts).
    pub login_ip_throttle: LoginThrottle,
    /// Open connections per IP that have not completed a request (`MAX_PENDING_PER_IP`).
    pub pending: Arc<crate::net::pending::PendingPerIp>,
    pub started: Instant,
    /// Identifies this process in heartbeats (host name + pid).
    pub server_id: String,
    pub shutting_down: AtomicBool,
    /// Open client sockets (HTTP and WebSocket), checked against `MAX_CONNECTIONS`.
    pub open: AtomicUsize,
    pub conns: ConnRegistry,
    /// Serve the test-only routes (`/api/_test/...`): set by `ADAKINGS_TEST_ROUTES=1`.
    pub test_routes: bool,
    /// Id of the last committed event, set where the writer's commits are published, so
    /// polled lists know whether anything changed without reading the database.
    pub last_event_id: Arc<AtomicU64>,
    /// Shared bodies and ETags of polled lists (see `api::poll_cache`).
    pub poll_cache: crate::api::poll_store::PollCache,
    /// The single-page app served at `/` when `FRONTEND_DIR` is set.
    pub frontend: Option<crate::http::static_files::StaticSite>,
}

impl AppState {
    pub fn is_shutting_down(&self) -> bool {
        self.shutting_down.load(Ordering::Relaxed)
    }
}

/// Open HTTP connections by id, with the raw fd (to unblock an idle one at shutdown) and its
/// idle flag. An entry is removed before its socket is closed, under the same lock, so an fd
/// found here is always still ours.
#[derive(Default)]
pub struct ConnRegistry {
    next_id: AtomicU64,
    map: Mutex<HashMap<u64, (RawFd, Arc<AtomicBool>)>>,
}

impl ConnRegistry {
    /// Registers a connection; returns its id and its idle flag.
    pub fn add(&self, fd: RawFd) -> (u64, Arc<AtomicBool>) {
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let idle = Arc::new(AtomicBool::new(true));
        if let Ok(mut m) = self.map.lock() {
            m.insert(id, (fd, idle.clone()));
        }
        (id, idle)
    }

    pub fn remove(&self, id: u64) {
        if let Ok(mut m) = self.map.lock() {
            m.remove(&id);
        }
    }

    /// Shuts down every connection waiting for its next request, so its thread ends now
    /// instead of after the keep-alive timeout. Busy ones finish their request first.
    pub fn close_idle(&self) -> usize {
        let Ok(m) = self.map.lock() else { return 0 };
        let mut n = 0;
        for (fd, idle) in m.values() {
            if idle.load(Ordering::Acquire) {
                // SAFETY: the fd is open while its entry exists (see the type's doc).
                unsafe { libc::shutdown(*fd, libc::SHUT_RDWR) };
                n += 1;
            }
        }
        n
    }

    pub fn len(&self) -> usize {
        self.map.lock().map(|m| m.len()).unwrap_or(0)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
