//! A takeover under load: 8 clients creating orders and 200 feed clients while a new process
//! takes the listening socket over. No request fails or is refused, every feed client is
//! closed with 1012, resumes on the new process within 5 s and ends with every order.

mod common;
#[path = "common/multi.rs"]
mod multi;

use std::collections::HashSet;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use common::{wait_child, wait_until, Options, Server};
use multi::{try_create, Feed};

const FEEDS: usize = 200;
const WRITERS: usize = 8;

#[test]
fn takeover_under_load_fails_no_request_and_misses_no_event() {
    let opts = Options::default().env("MAX_PENDING_PER_IP", "100000");
    let mut srv = Server::start_with(opts);
    let addr = srv.addr;
    let token = srv.login("counter");
    let item = srv.menu_id("Waakye");
    let everything: Arc<OnceLock<HashSet<String>>> = Arc::default();
    let feeds: Vec<_> = (0..FEEDS)
        .map(|_| {
            let mut feed = Feed::connect(addr, &token).expect("feed");
            feed.set_timeout(Duration::from_millis(200));
            let (token, everything) = (token.clone(), everything.clone());
            std::thread::spawn(move || -> Result<(Feed, Option<Instant>), String> {
                let mut back = None;
                let deadline = Instant::now() + Duration::from_secs(120);
                loop {
                    if !feed.next()? {
                        if feed.closes.last() != Some(&1012) {
                            return Err(format!("closed with {:?}", feed.closes));
                        }
                        feed.resume(addr, &token, Duration::from_secs(30))?;
                        back = Some(Instant::now());
                    }
                    if let Some(all) = everything.get() {
                        if all.is_subset(&feed.orders) {
                            return Ok((feed, back));
                        }
                        if Instant::now() > deadline {
                            return Err(format!("missed {:?}", all - &feed.orders));
                        }
                    }
                }
            })
        })
        .collect();
    let stop = Arc::new(AtomicBool::new(false));
    let made = Arc::new(AtomicUsize::new(0));
    let failures = Arc::new(Mutex::new(Vec::<String>::new()));
    let writers: Vec<_> = (0..WRITERS)
        .map(|w| {
            let (stop, made, failures, token) =
                (stop.clone(), made.clone(), failures.clone(), token.clone());
            std::thread::spawn(move || {
                let mut numbers = Vec::new();
                while !stop.load(Ordering::Acquire) {
                    match try_create(addr, &token, item, &format!("writer {w}")) {
                        Ok(n) => numbers.push(n),
                        Err(e) => failures.lock().expect("failures").push(e),
                    }
                    made.fetch_add(1, Ordering::AcqRel);
                    std::thread::sleep(Duration::from_millis(25));
                }
                numbers
            })
        })
        .collect();
    assert!(wait_until(Duration::from_secs(60), || made
        .load(Ordering::Acquire)
        >= 80));
    let started = Instant::now();
    let port = addr.port().to_string();
    let extra = [("MAX_PENDING_PER_IP", "100000")];
    let new = multi::try_start(&srv, "logs2", &["--takeover", "--port", &port], &extra)
        .unwrap_or_else(|(s, e)| panic!("takeover failed: {s}: {e}"));
    assert_eq!(new.addr, addr);
    let old = srv.child.as_mut().expect("old process");
    let status = wait_child(old, Duration::from_secs(30)).expect("the old process exits");
    assert_eq!(status.code(), Some(0));
    let after = made.load(Ordering::Acquire);
    assert!(wait_until(Duration::from_secs(60), || {
        made.load(Ordering::Acquire) >= after + 80
    }));
    stop.store(true, Ordering::Release);
    let mut all = HashSet::new();
    for w in writers {
        all.extend(w.join().expect("writer"));
    }
    let failed = failures.lock().expect("failures").clone();
    assert!(
        failed.is_empty(),
        "{} failed requests: {failed:?}",
        failed.len()
    );
    let _ = everything.set(all);
    let mut last_back = started;
    let mut first_close: Option<Instant> = None;
    let mut longest_gap = Duration::ZERO;
    for f in feeds {
        let (feed, back) = f.join().expect("feed thread").expect("feed client");
        assert_eq!(feed.closes, vec![1012]);
        let mut ids = feed.ids.clone();
        ids.dedup();
        assert_eq!(ids.len(), feed.ids.len(), "an event arrived twice");
        last_back = last_back.max(back.expect("resumed"));
        let closed = feed.closed_at[0];
        first_close = Some(first_close.map_or(closed, |f| f.min(closed)));
        longest_gap = longest_gap.max(feed.longest_gap);
    }
    let all_back = last_back - first_close.expect("closed");
    eprintln!("takeover under load: all {FEEDS} feeds back {all_back:?} after the first close; longest gap {longest_gap:?}");
    assert!(
        all_back < Duration::from_secs(5),
        "the last feed came back {all_back:?} after the first close"
    );
    assert!(
        longest_gap < Duration::from_secs(5),
        "a feed was away {longest_gap:?}"
    );
}
