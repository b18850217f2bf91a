//! A hostile client cannot wedge a WebSocket: it connects with a `since` from the future,
//! shrinks its receive buffer, never reads, floods Ping frames or `request_orders` messages,
//! then hangs up. Every thread, fd, gauge and connection slot such a socket held must come back
//! within 2 x `WEBSOCKET_PING_TIMEOUT`, and SIGTERM must still exit at once.

mod common;

use std::io::Write;
use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};

use common::{Options, Server};

/// A masked client frame (opcode, payload up to 125 bytes).
fn frame(opcode: u8, payload: &[u8]) -> Vec<u8> {
    let mask = [0x12u8, 0x34, 0x56, 0x78];
    let mut f = vec![0x80 | opcode, 0x80 | payload.len() as u8];
    f.extend_from_slice(&mask);
    f.extend(payload.iter().enumerate().map(|(i, b)| b ^ mask[i % 4]));
    f
}

/// One hostile socket: handshake, then frames for `flood`, never reading; then it hangs up.
fn flood(addr: SocketAddr, token: &str, text: bool, flood: Duration) {
    let sock =
        socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None).expect("socket");
    sock.set_recv_buffer_size(2048).ok();
    sock.connect(&addr.into()).expect("connect");
    let mut s: TcpStream = sock.into();
    s.set_write_timeout(Some(Duration::from_millis(200))).ok();
    let req = format!(
        "GET /ws/orders/?since=999999999&token={token} HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n\
         Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n"
    );
    s.write_all(req.as_bytes()).expect("handshake");
    let one = if text {
        frame(0x1, br#"{"type":"request_orders"}"#)
    } else {
        frame(0x9, &[b'p'; 125])
    };
    let burst: Vec<u8> = one.iter().copied().cycle().take(one.len() * 64).collect();
    let end = Instant::now() + flood;
    while Instant::now() < end {
        // The server stops reading once it is wedged: writes then time out; keep trying.
        let _ = s.write(&burst);
    }
    drop(s);
}

/// Open sockets of the process (database files are left out: the read pool may keep a few
/// more connections after a burst, by design).
fn sockets(pid: u32) -> usize {
    std::fs::read_dir(format!("/proc/{pid}/fd"))
        .map(|d| {
            d.filter_map(Result::ok)
                .filter_map(|e| std::fs::read_link(e.path()).ok())
                .filter(|t| t.to_string_lossy().starts_with("socket:"))
                .count()
        })
        .unwrap_or(0)
}

#[test]
fn flooding_sockets_that_never_read_free_every_resource() {
    let ping_timeout = 2u64;
    let mut srv = Server::start_with(
        Options::default()
            .env("WEBSOCKET_HEARTBEAT_INTERVAL", "1")
            .env("WEBSOCKET_PING_TIMEOUT", &ping_timeout.to_string())
            .env("MAX_CONNECTIONS", "13"),
    );
    let token = srv.login("kitchen");
    let counter = srv.login("counter");
    // A day with some orders, so each snapshot is worth a few socket buffers.
    let item = srv.menu_id("Waakye");
    let notes = "x".repeat(3000);
    for _ in 0..60 {
        let body = serde_json::json!({"delivery_type": "Pickup", "notes": notes, "items": [{"menu_item_id": item, "quantity": 1}]});
        assert_eq!(srv.post("/api/orders/", Some(&counter), &body).status, 201);
    }
    assert!(common::wait_until(Duration::from_secs(10), || {
        srv.get("/api/health/", None).json()["connections"]["http"] == 1
    }));
    let threads = srv.threads();
    let fds = sockets(srv.pid());

    let flooders: Vec<_> = (0..10)
        .map(|i| {
            let addr = srv.addr;
            let token = token.clone();
            std::thread::spawn(move || flood(addr, &token, i % 2 == 1, Duration::from_secs(5)))
        })
        .collect();
    for f in flooders {
        f.join().expect("flooder");
    }
    let closed = Instant::now();
    let limit = Duration::from_secs(2 * ping_timeout + 1);
    let back = common::wait_until(limit, || {
        let h = srv.get("/api/health/", None);
        h.status == 200
            && h.json()["connections"]["websocket"] == 0
            && h.json()["connections"]["http"] == 1
            && srv.threads() <= threads
            && sockets(srv.pid()) <= fds
    });
    assert!(
        back,
        "not back to baseline {:?} after the flood: threads {} (was {threads}), sockets {} (was {fds}), health {}",
        closed.elapsed(),
        srv.threads(),
        sockets(srv.pid()),
        srv.get("/api/health/", None).text()
    );
    // Every connection slot is free again: MAX_CONNECTIONS - 1 clients are served at once.
    let mut held = Vec::new();
    for _ in 0..12 {
        let mut c = common::Client::connect(srv.addr);
        let r = c.send("GET", "/api/health/", &[], None, false);
        assert_eq!(r.status, 200, "a slot is still taken: {}", r.text());
        held.push(c);
    }
    drop(held);
    let started = Instant::now();
    let status = srv.sigterm(Duration::from_secs(2));
    assert!(
        status.is_some(),
        "SIGTERM did not exit within 2 s ({:?})",
        started.elapsed()
    );
}
