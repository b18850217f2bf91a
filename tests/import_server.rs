//! After `import-django` the real server serves the original's data: every login of the
//! original works with its old password (through `/api/token/`, upgraded to argon2id on the
//! way), orders, payments and status history read as the original showed them, the WebSocket
//! snapshot carries the open orders, and new orders continue the imported day's numbering.
mod common;
#[path = "common/import.rs"]
mod imp;

use std::collections::HashMap;
use std::net::TcpStream;
use std::time::Duration;

use common::{Options, Server, TempDir};
use serde_json::{json, Value};

const LOGINS: &[(&str, &str, &str)] = &[
    ("owner", "Owner#2025!", "superadmin"),
    ("ama.admin", "AmaAdmin#2025", "admin"),
    ("kofi.desk", "KofiDesk#2025", "frontdesk"),
    ("efua.desk", "EfuaDesk#2025", "frontdesk"),
    ("yaw.kitchen", "YawKitchen#2025", "kitchen"),
    ("kwame.rider", "KwameRider#2025", "delivery"),
];

/// Imports `src` into a fresh directory and starts the server on the result.
fn serve_import(src: &std::path::Path) -> (TempDir, Server) {
    let dir = TempDir::new("imp-srv");
    imp::import_ok(&dir, &[src.to_str().unwrap()]);
    let db = imp::target(&dir).display().to_string();
    let srv = Server::start_with(Options::default().unseeded().env("DATABASE_PATH", &db));
    (dir, srv)
}

#[test]
fn every_login_of_the_original_works_with_its_old_password() {
    let (dir, srv) = serve_import(&imp::fixture());
    for (user, password, role) in LOGINS {
        let r = srv.post(
            "/api/token/",
            None,
            &json!({"username": user, "password": password}),
        );
        assert_eq!(r.status, 200, "{user}: {}", r.text());
        let access = r.json()["access"].as_str().unwrap().to_string();
        let me = srv.get("/api/users/me/", Some(&access));
        assert_eq!(me.status, 200, "{user}: {}", me.text());
        assert_eq!(me.json()["role"], *role, "{user}");
        // A wrong password is still refused.
        let bad = srv.post(
            "/api/token/",
            None,
            &json!({"username": user, "password": "not-it-2025"}),
        );
        assert_ne!(bad.status, 200, "{user}");
    }
    // The first login upgraded every hash; the old password keeps working on argon2id.
    let db = rusqlite::Connection::open(imp::target(&dir)).unwrap();
    let pbkdf2: i64 = db
        .query_row(
            "SELECT count(*) FROM users WHERE password LIKE 'pbkdf2%'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(pbkdf2, 0);
    common::login(srv.addr, "efua.desk", "EfuaDesk#2025");
}

#[test]
fn orders_payments_and_history_read_as_the_original_showed_them() {
    let (_dir, srv) = serve_import(&imp::fixture());
    let token = common::login(srv.addr, "owner", "Owner#2025!");
    let all = srv.get("/api/orders/", Some(&token)).json();
    let all = all.as_array().expect("order list");
    assert_eq!(all.len(), 150);
    let mut by_status: HashMap<String, usize> = HashMap::new();
    for o in all {
        *by_status
            .entry(o["payment_status"].as_str().unwrap().to_string())
            .or_default() += 1;
    }
    let want = [
        ("UNPAID", 10),
        ("PENDING PAYMENT", 1),
        ("PARTIALLY PAID", 2),
        ("PAID", 125),
        ("OVERPAID", 6),
        ("REFUNDED", 6),
    ];
    for (s, n) in want {
        assert_eq!(
            by_status.get(s).copied().unwrap_or(0),
            n,
            "{s}: {by_status:?}"
        );
    }
    let day = srv.get("/api/orders/?date=2026-11-23", Some(&token)).json();
    assert_eq!(day.as_array().unwrap().len(), 30);

    // One order in full: number, money as strings, the original's payment and refund.
    let o = srv.get("/api/orders/231126-001/", Some(&token)).json();
    assert_eq!(o["id"], 1);
    assert_eq!(o["total_price"], "80.00");
    assert_eq!(o["notes"], "Pay on delivery — has change");
    assert_eq!(o["amount_paid"], "80.00");
    assert_eq!(o["payment_status"], "PAID");
    assert_eq!(o["items"][0]["menu_item_id"], 1);
    assert_eq!(o["created_at"], "2026-11-23T08:32:07.862272Z");
    let p = srv.get(
        "/api/payments/85716a44-5443-4ef7-9ad5-cd1ec8e57e5c/",
        Some(&token),
    );
    assert_eq!(p.status, 200, "{}", p.text());
    assert_eq!(p.json()["amount"], "90.00");
    assert_eq!(p.json()["order_number"], "231126-001");
    let h = srv.get("/api/orders/231126-001/history/", Some(&token));
    assert_eq!(h.status, 200, "{}", h.text());
    assert!(h.text().contains("Fulfilled"), "{}", h.text());
}

#[test]
fn websocket_snapshot_carries_the_open_imported_orders() {
    let (_dir, srv) = serve_import(&imp::fixture());
    let token = common::login(srv.addr, "kofi.desk", "KofiDesk#2025");
    let stream = TcpStream::connect(srv.addr).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(20))).ok();
    let url = format!("ws://{}/ws/orders/?token={token}", srv.addr);
    let (mut ws, _) = tungstenite::client::client(url.as_str(), stream).expect("handshake");
    let first: Value = loop {
        if let tungstenite::Message::Text(t) = ws.read().expect("read") {
            let v: Value = serde_json::from_str(t.as_str()).unwrap();
            if v["type"] == "data_update" {
                break v;
            }
        }
    };
    let numbers: Vec<&str> = first["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["order_number"].as_str().unwrap())
        .collect();
    // The 27th still has 3 Pending, 1 Accepted, 2 Ready and 2 Out for Delivery.
    assert_eq!(numbers.len(), 8, "{numbers:?}");
    assert!(
        numbers.iter().all(|n| n.starts_with("271126-")),
        "{numbers:?}"
    );
}

#[test]
fn a_new_order_continues_the_numbering_of_an_imported_day() {
    // An original whose last order was taken today as number 007 (it still owes its line).
    let dir = TempDir::new("imp-seq");
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let (y, m, d) = civil(now.div_euclid(86_400));
    let number = format!("{d:02}{m:02}{:02}-007", y % 100);
    let src = imp::edited_copy(
        &dir,
        "today.sqlite3",
        &format!(
            "UPDATE orders_order SET order_number = '{number}', \
             created_at = '{y:04}-{m:02}-{d:02} 00:00:01' WHERE id = 150"
        ),
    );
    let (_d2, srv) = serve_import(&src);
    let token = common::login(srv.addr, "kofi.desk", "KofiDesk#2025");
    let r = srv.post(
        "/api/orders/",
        Some(&token),
        &json!({"delivery_type": "Pickup", "items": [{"menu_item_id": 1, "quantity": 1}]}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    assert_eq!(
        r.json()["order_number"],
        format!("{d:02}{m:02}{:02}-008", y % 100)
    );
}

/// (year, month, day) of a day count since 1970-01-01.
fn civil(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

/// The daily report sees the imported days with the original's figures (a business day that
/// starts at midnight, so its days are the UTC dates the fixture's figures use).
#[test]
fn the_daily_report_shows_the_imported_days_as_the_original_took_them() {
    let dir = TempDir::new("imp-report");
    imp::import_ok(&dir, &[imp::fixture().to_str().unwrap()]);
    let db = imp::target(&dir).display().to_string();
    let srv = Server::start_with(
        Options::default()
            .unseeded()
            .env("DATABASE_PATH", &db)
            .env("BUSINESS_DAY_START", "00:00"),
    );
    let token = common::login(srv.addr, "owner", "Owner#2025!");
    // (day, completed payments, refunded, net taken, cash paid in)
    let days = [
        ("2026-11-23", "3913.00", "10.00", "3903.00", "1630.00"),
        ("2026-11-24", "4031.00", "195.00", "3836.00", "2455.00"),
        ("2026-11-25", "4387.00", "291.50", "4095.50", "2136.00"),
        ("2026-11-26", "3521.50", "252.00", "3269.50", "1594.50"),
        ("2026-11-27", "3163.00", "281.00", "2882.00", "1666.50"),
    ];
    for (day, paid, refunded, net, cash) in days {
        let r = srv.get(&format!("/api/reports/daily/?date={day}"), Some(&token));
        assert_eq!(r.status, 200, "{day}: {}", r.text());
        let v = r.json();
        assert_eq!(v["orders"]["count"], 30, "{day}");
        assert_eq!(v["payments"]["total"], paid, "{day}");
        assert_eq!(v["refunds"]["total"], refunded, "{day}");
        assert_eq!(v["net_taken"], net, "{day}");
        let cash_in = v["payments"]["by_method"]
            .as_array()
            .expect("by_method")
            .iter()
            .find(|m| m["method"] == "CASH")
            .map(|m| m["amount"].clone());
        assert_eq!(cash_in, Some(json!(cash)), "{day}");
    }
    drop(dir);
}
