//! `adakings serve --takeover`: the new process receives the running server's listening
//! socket (same address, never re-bound); the old one closes its feed clients with 1012
//! "service restart" and exits 0; clients resuming with `since=` on the new process miss
//! nothing. A new process that never becomes ready leaves the old one serving.

mod common;
#[path = "common/multi.rs"]
mod multi;

use std::collections::HashSet;
use std::io::{BufRead, BufReader, Write};
use std::os::unix::net::UnixStream;
use std::time::Duration;

use common::{wait_child, Server};
use multi::{start, try_create, try_request, Feed};

const LIMIT: Duration = Duration::from_secs(15);

#[test]
fn takeover_keeps_the_address_closes_feeds_with_1012_and_the_old_process_exits_0() {
    let mut srv = Server::start();
    let token = srv.login("counter");
    let item = srv.menu_id("Waakye");
    let mut feed = Feed::connect(srv.addr, &token).expect("feed");
    let before = try_create(srv.addr, &token, item, "before").expect("create");
    let port = srv.addr.port().to_string();
    let new = start(&srv, "logs2", &["--takeover", "--port", &port]);
    assert_eq!(
        new.addr, srv.addr,
        "the new process serves the same address"
    );
    // The old process hands its clients over and ends on its own.
    assert!(feed.until_closed(LIMIT).expect("feed read"), "no close");
    assert_eq!(feed.closes, vec![1012]);
    let old = srv.child.as_mut().expect("old process");
    let status = wait_child(old, Duration::from_secs(20)).expect("old process exits");
    assert_eq!(status.code(), Some(0));
    assert!(srv
        .log("server.log")
        .contains("handing over to the new process"));
    // An order made while the feed was away arrives on resume, as does the one before it.
    let during = try_create(new.addr, &token, item, "during").expect("create on the new");
    feed.resume(new.addr, &token, LIMIT)
        .expect("resume on the new process");
    let want: HashSet<String> = [before, during].into();
    assert!(feed.wait_for(&want, LIMIT), "{:?}", feed.orders);
    // The new process can itself be taken over later.
    let socket = srv.dir.0.join(format!("data/adakings-{port}.takeover"));
    assert!(socket.exists(), "no hand-over socket for the next upgrade");
}

#[test]
fn a_new_process_that_never_becomes_ready_leaves_the_old_one_serving() {
    let mut srv = Server::start();
    let token = srv.login("counter");
    let item = srv.menu_id("Waakye");
    let mut feed = Feed::connect(srv.addr, &token).expect("feed");
    let socket = srv
        .dir
        .0
        .join(format!("data/adakings-{}.takeover", srv.addr.port()));
    // A new binary that gets the socket, then dies before it is ready.
    {
        let mut c = UnixStream::connect(&socket).expect("hand-over socket");
        c.write_all(b"TAKE\n").expect("ask");
        let mut pid = String::new();
        BufReader::new(&c).read_line(&mut pid).expect("answer");
        assert_eq!(pid.trim(), srv.pid().to_string());
    }
    assert!(srv.wait_log("server.log", "takeover did not happen, still serving"));
    let number = try_create(srv.addr, &token, item, "still here").expect("create");
    assert!(feed.wait_for(&[number].into(), LIMIT));
    let health = try_request(srv.addr, "GET", "/api/health/", &token, None).expect("health");
    assert_eq!(health.0, 200);
    // And a real takeover still works afterwards.
    let port = srv.addr.port().to_string();
    let new = start(&srv, "logs2", &["--takeover", "--port", &port]);
    let old = srv.child.as_mut().expect("old process");
    assert_eq!(wait_child(old, LIMIT).and_then(|s| s.code()), Some(0));
    assert_eq!(
        try_request(new.addr, "GET", "/api/health/", &token, None).map(|r| r.0),
        Ok(200)
    );
}

#[test]
fn a_new_process_that_fails_to_start_says_why_and_the_old_one_keeps_serving() {
    let mut srv = Server::start();
    let token = srv.login("counter");
    let port = srv.addr.port().to_string();
    // Another database: nothing to take over there, and the port is busy.
    let other_db = srv.dir.0.join("elsewhere/other.db").display().to_string();
    let failed = multi::try_start(
        &srv,
        "logs2",
        &["--takeover", "--port", &port],
        &[("DATABASE_PATH", &other_db)],
    );
    let (status, stderr) = failed.err().expect("the new process must fail");
    assert_eq!(status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("cannot bind"), "{stderr}");
    assert_eq!(
        srv.child.as_mut().and_then(|c| c.try_wait().ok()).flatten(),
        None
    );
    let health = try_request(srv.addr, "GET", "/api/health/", &token, None).expect("health");
    assert_eq!(health.0, 200);
}
