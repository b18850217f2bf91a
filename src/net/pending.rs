//! Per-IP count of open connections that have not yet delivered a complete request
//! (`MAX_PENDING_PER_IP`). Without it, one host sending half requests slowly could hold every
//! connection slot for `REQUEST_TIMEOUT`. A connection stops counting once its first request
//! is fully read; after that it is an ordinary client (idle keep-alives end on their own
//! shorter timeout).

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};

/// The counts, shared by the accept loop and the connection threads.
#[derive(Default)]
pub struct PendingPerIp {
    map: Mutex<HashMap<IpAddr, usize>>,
}

impl PendingPerIp {
    /// Counts one more pending connection from `ip`, unless it already has `max`.
    pub fn try_add(self: &Arc<Self>, ip: IpAddr, max: usize) -> Option<Pending> {
        let mut m = self.map.lock().unwrap_or_else(|p| p.into_inner());
        let n = m.entry(ip).or_insert(0);
        if *n >= max {
            return None;
        }
        *n += 1;
        Some(Pending {
            owner: Some((self.clone(), ip)),
        })
    }

    /// Pending connections from `ip` now.
    pub fn count(&self, ip: IpAddr) -> usize {
        let m = self.map.lock().unwrap_or_else(|p| p.into_inner());
        m.get(&ip).copied().unwrap_or(0)
    }

    fn release(&self, ip: IpAddr) {
        let mut m = self.map.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(n) = m.get_mut(&ip) {
            *n = n.saturating_sub(1);
            if *n == 0 {
                m.remove(&ip);
            }
        }
    }
}

/// One pending connection; stops counting on [`Pending::done`] or when dropped.
pub struct Pending {
    owner: Option<(Arc<PendingPerIp>, IpAddr)>,
}

impl Pending {
    /// A connection that is not counted (its peer is exempt, e.g. a trusted proxy).
    pub fn exempt() -> Pending {
        Pending { owner: None }
    }

    /// The connection delivered a complete request: it no longer counts.
    pub fn done(&mut self) {
        if let Some((set, ip)) = self.owner.take() {
            set.release(ip);
        }
    }
}

impl Drop for Pending {
    fn drop(&mut self) {
        self.done();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caps_per_ip_and_releases_once() {
        let set = Arc::new(PendingPerIp::default());
        let a: IpAddr = "10.0.0.1".parse().unwrap();
        let b: IpAddr = "10.0.0.2".parse().unwrap();
        let mut first = set.try_add(a, 2).unwrap();
        let _second = set.try_add(a, 2).unwrap();
        assert!(set.try_add(a, 2).is_none());
        assert!(set.try_add(b, 2).is_some());
        first.done();
        first.done();
        drop(first);
        assert_eq!(set.count(a), 1);
        assert!(set.try_add(a, 2).is_some());
    }
}
