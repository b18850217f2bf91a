//! What an open WebSocket costs the server, in threads and scheduling: one thread per socket
//! (no second thread that only reads: that was a third of an idle connection's memory), and
//! that thread runs at a lower priority (nice 10) than request threads, so an event that wakes
//! thousands of sockets does not hold up the next request. Both counted from /proc, with no
//! timing involved: the sockets are open and have had their first message.

mod common;
#[path = "common/wsutil.rs"]
mod wsutil;

use std::time::Duration;

use common::Server;

/// Niceness of each thread of `pid` (field 19 of /proc/PID/task/TID/stat).
fn nice_values(pid: u32) -> Vec<i64> {
    let mut out = Vec::new();
    let Ok(tasks) = std::fs::read_dir(format!("/proc/{pid}/task")) else {
        return out;
    };
    for t in tasks.flatten() {
        let Ok(stat) = std::fs::read_to_string(t.path().join("stat")) else {
            continue;
        };
        // The command name may hold spaces ("conn 127.0.0.1:..."): fields count after ')'.
        let Some(rest) = stat.rsplit_once(')').map(|(_, r)| r) else {
            continue;
        };
        if let Some(n) = rest.split_whitespace().nth(16).and_then(|f| f.parse().ok()) {
            out.push(n);
        }
    }
    out
}

#[test]
fn an_open_websocket_costs_one_thread_at_lower_priority() {
    const N: usize = 12;
    let srv = Server::start();
    let token = srv.login("kitchen");
    assert!(common::wait_until(Duration::from_secs(10), || {
        srv.get("/api/health/", None).json()["connections"]["http"] == 1
    }));
    let baseline = srv.threads();
    let niced_before = nice_values(srv.pid()).iter().filter(|&&n| n == 10).count();
    let mut sockets = Vec::new();
    for _ in 0..N {
        let mut ws = wsutil::connect(srv.addr, &format!("token={token}"));
        // The initial state has arrived: the socket is in its loop.
        assert_eq!(wsutil::next_json(&mut ws)["type"], "data_update");
        sockets.push(ws);
    }
    let threads = srv.threads();
    assert!(
        threads <= baseline + N,
        "{N} WebSockets took {} threads",
        threads - baseline
    );
    let niced = nice_values(srv.pid()).iter().filter(|&&n| n == 10).count();
    assert_eq!(niced - niced_before, N, "socket threads at nice 10");
    // Request threads keep the default priority.
    assert_eq!(srv.get("/api/health/", None).status, 200);
    drop(sockets);
}
