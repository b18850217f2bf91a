//! A database from before the hash chain: its audit rows are chained when it is migrated, so
//! `audit verify` passes on the upgraded file and new rows link on after the old ones.

mod common;

use common::TempDir;

#[test]
fn audit_rows_written_before_the_chain_are_chained_at_migration() {
    let dir = TempDir::new("audit-v1");
    let path = dir.0.join("data/adakings.db");
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    {
        let c = rusqlite::Connection::open(&path).expect("open");
        c.execute_batch(include_str!("../schema.sql"))
            .expect("schema v1");
        c.execute_batch("PRAGMA user_version = 1").expect("version");
        for i in 0..5 {
            c.execute(
                "INSERT INTO audit_log (user_id, username, action, object_type, object_id, \
                 changes, peer, created_at) VALUES (NULL, 'system', 'create', 'seed', ?1, '{}', \
                 '', '2026-01-01T00:00:00.000000Z')",
                [i.to_string()],
            )
            .expect("old row");
        }
    }
    let env = [("DATABASE_PATH".to_string(), path.display().to_string())];
    common::run_cmd(&dir.0, &env, &["migrate"]);
    // seed-demo appends rows after the old ones, linking to the last chained row.
    common::run_cmd(&dir.0, &env, &["seed-demo"]);
    let out = common::run_cmd(&dir.0, &env, &["audit", "verify"]);
    let c = rusqlite::Connection::open(&path).expect("open");
    let rows: i64 = c
        .query_row("SELECT COUNT(*) FROM audit_log", [], |r| r.get(0))
        .expect("count");
    assert!(rows > 5, "{rows}");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains(&format!("{rows} rows, chain intact")),
        "{text}"
    );
    let unchained: i64 = c
        .query_row(
            "SELECT COUNT(*) FROM audit_log WHERE hash IS NULL",
            [],
            |r| r.get(0),
        )
        .expect("count");
    assert_eq!(unchained, 0);
}
