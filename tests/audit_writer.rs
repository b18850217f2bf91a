//! The chain under the real writer's group commit: many threads submit jobs at once, so the
//! writer runs them in shared transactions, one SAVEPOINT each; every third job writes its
//! audit row and then fails (rolled back to its savepoint), and one of those panics instead.
//! Exactly the jobs that succeeded are kept: their rows, and only theirs, form one intact
//! chain with no gap where the failed jobs' rows were.

use std::sync::Arc;
use std::time::Duration;

use adakings::config::Synchronous;
use adakings::db::audit::{self, Actor, Verdict};
use adakings::db::{migrate, open_pool, writer::Writer};
use adakings::http::ApiError;
use serde_json::json;

#[test]
fn rolled_back_jobs_in_a_shared_transaction_leave_the_chain_intact() {
    let dir = std::env::temp_dir().join(format!("adakings-audit-writer-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let pool = open_pool(&dir.join("a.db"), Synchronous::Normal, 600).expect("pool");
    migrate::migrate(&pool.get().expect("conn")).expect("migrate");
    let writer = Arc::new(
        Writer::start(
            &dir.join("a.db"),
            Synchronous::Normal,
            Duration::from_secs(30),
            Box::new(|_| {}),
        )
        .expect("writer"),
    );

    let threads: Vec<_> = (0..8)
        .map(|t| {
            let w = writer.clone();
            std::thread::spawn(move || {
                let mut kept = 0;
                for i in 0..30 {
                    let n = t * 100 + i;
                    let r = w.submit(move |tx| {
                        let actor = Actor {
                            user_id: Some(1),
                            username: "counter",
                            peer: "127.0.0.1",
                        };
                        audit::record(
                            tx,
                            &actor,
                            "update",
                            "order",
                            &n.to_string(),
                            &json!({"n": n}),
                        )?;
                        if n == 405 {
                            panic!("a job that dies after writing its audit row");
                        }
                        if n % 3 == 0 {
                            return Err(ApiError::detail(400, "refused after the audit row"));
                        }
                        Ok(())
                    });
                    if r.is_ok() {
                        kept += 1;
                    }
                }
                kept
            })
        })
        .collect();
    let kept: u64 = threads.into_iter().map(|h| h.join().expect("thread")).sum();
    writer.stop();

    let conn = pool.get().expect("conn");
    assert_eq!(
        audit::verify(&conn).expect("verify"),
        Verdict::Intact { rows: kept }
    );
    let ids: Vec<i64> = conn
        .prepare("SELECT id FROM audit_log ORDER BY id")
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .expect("ids");
    assert_eq!(
        ids,
        (1..=kept as i64).collect::<Vec<_>>(),
        "no gaps where rolled-back rows were"
    );
    // A failing (or panicking) job rolls back only itself: 8 threads x 30 jobs, of which the
    // multiples of 3 (10 in every 30 consecutive numbers) fail.
    assert_eq!(kept, 160, "{kept} of 240 kept");
    let mut kept_ns: Vec<i64> = conn
        .prepare("SELECT json_extract(changes, '$.n') FROM audit_log ORDER BY id")
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .expect("changes");
    kept_ns.sort_unstable();
    let want: Vec<i64> = (0..8)
        .flat_map(|t| (0..30).map(move |i| t * 100 + i))
        .filter(|n| n % 3 != 0)
        .collect();
    assert_eq!(kept_ns, want, "the rows of exactly the jobs that succeeded");
    let _ = std::fs::remove_dir_all(&dir);
}
