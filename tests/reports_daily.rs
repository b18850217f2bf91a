//! The daily report over the real server: a day of pickup and delivery orders, payments by
//! several methods, a refund, an unpaid order and a rider; the figures, the CSV download, the
//! range endpoint and who may read them.

mod common;
#[path = "common/reports.rs"]
mod reports;

use reports::{business_today, daily, delivery, pay, pickup, refund, row, status};

#[test]
fn a_days_figures_add_up_by_method_staff_item_location_and_rider() {
    let srv = reports::server();
    let (manager, counter) = (srv.login("manager"), srv.login("counter"));
    let (kitchen, rider) = (srv.login("kitchen"), srv.login("rider"));
    let a = pickup(&srv, &counter); // 85.00, paid in cash then 10.00 refunded
    pay(&srv, &counter, &a, "85.00", "CASH");
    refund(&srv, &manager, &a, "10.00");
    let b = pickup(&srv, &counter); // 85.00, 40.00 by MoMo: partially paid
    pay(&srv, &counter, &b, "40.00", "MTN MOMO");
    let _c = pickup(&srv, &manager); // 85.00, unpaid
    let d = delivery(&srv, &counter); // 60.00, taken out by the rider, cash on delivery
    status(&srv, &kitchen, &d, "Ready");
    status(&srv, &rider, &d, "Out for Delivery");
    pay(&srv, &counter, &d, "60.00", "CASH");
    let e = pickup(&srv, &counter); // cancelled: counted, not sold
    status(&srv, &manager, &e, "Cancelled");

    let r = daily(&srv, &manager, &business_today());
    assert_eq!(r.status, 200, "{}", r.text());
    let v = r.json();
    assert_eq!(v["orders"]["count"], 5);
    assert_eq!(v["sales"]["gross_sales"], "315.00");
    assert_eq!(v["sales"]["items"], "305.00");
    assert_eq!(v["sales"]["delivery_fees"], "10.00");
    assert_eq!(v["sales"]["discounts"], "0.00");
    assert_eq!(v["sales"]["cancelled_value"], "85.00");
    assert_eq!(
        row(&v["orders"]["by_status"], "status", "Cancelled")["orders"],
        1
    );
    assert_eq!(
        row(
            &v["orders"]["by_delivery_type"],
            "delivery_type",
            "Delivery"
        )["sales"],
        "60.00"
    );
    assert_eq!(v["payments"]["total"], "185.00");
    assert_eq!(
        row(&v["payments"]["by_method"], "method", "CASH")["amount"],
        "145.00"
    );
    assert_eq!(
        row(&v["payments"]["by_method"], "method", "MTN MOMO")["amount"],
        "40.00"
    );
    assert_eq!(v["refunds"]["total"], "10.00");
    assert_eq!(v["net_taken"], "175.00");
    assert_eq!(
        row(&v["net_by_method"], "method", "CASH")["amount"],
        "135.00"
    );
    assert_eq!(
        v["outstanding"]["total"], "140.00",
        "10.00 refunded on a, 45.00 on b, c unpaid"
    );
    assert_eq!(v["outstanding"]["count"], 3);
    assert_eq!(
        row(&v["outstanding"]["orders"], "order_number", &b)["payment_status"],
        "PARTIALLY PAID"
    );
    let counter_row = row(&v["by_staff"], "username", "counter");
    assert_eq!(counter_row["orders"], 4);
    assert_eq!(counter_row["taken"], "185.00");
    assert_eq!(
        row(&v["by_staff"], "username", "manager")["taken"],
        "-10.00"
    );
    assert_eq!(
        row(&v["by_menu_item"], "name", "Jollof Rice S")["quantity"],
        6
    );
    assert_eq!(
        row(&v["by_menu_item"], "name", "Jollof Rice S")["revenue"],
        "240.00"
    );
    assert_eq!(
        row(&v["by_location"], "location", "Okponglo")["delivery_fees"],
        "10.00"
    );
    let rider_row = row(&v["riders"]["rows"], "rider", "rider");
    assert_eq!(rider_row["orders"], 1);
    assert_eq!(rider_row["cash_collected"], "60.00");
    assert_eq!(v["sales_per_hour"].as_array().map(Vec::len), Some(24));
    assert!(v["notes"][0]
        .as_str()
        .unwrap_or("")
        .contains("Refunds count on the business day"));
    assert!(v["closed"].is_null());
}

#[test]
fn csv_download_has_sections_and_a_file_name() {
    let srv = reports::server();
    let (manager, counter) = (srv.login("manager"), srv.login("counter"));
    let a = pickup(&srv, &counter);
    pay(&srv, &counter, &a, "85.00", "CASH");
    let day = business_today();
    let r = srv.get(
        &format!("/api/reports/daily/?date={day}&format=csv"),
        Some(&manager),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert!(r
        .header("content-type")
        .unwrap_or("")
        .starts_with("text/csv"));
    assert_eq!(
        r.header("content-disposition"),
        Some(format!("attachment; filename=\"adakings-report-{day}.csv\"").as_str())
    );
    let text = r.text();
    for section in [
        "Summary",
        "Orders by status",
        "Payments by method",
        "Outstanding balances",
        "By staff member",
        "By menu item",
        "Riders",
        "Sales per hour",
    ] {
        assert!(
            text.contains(&format!("\r\n{section}\r\n")),
            "no {section} in\n{text}"
        );
    }
    assert!(text.contains("gross_sales,85.00\r\n"), "{text}");
    assert!(text.contains("CASH,1,85.00\r\n"), "{text}");
}

#[test]
fn range_gives_one_row_per_day_and_checks_its_bounds() {
    let srv = reports::server();
    let (manager, counter) = (srv.login("manager"), srv.login("counter"));
    let a = pickup(&srv, &counter);
    pay(&srv, &counter, &a, "85.00", "CASH");
    let today = adakings::domain::clock::Date::parse(&business_today()).expect("date");
    let from = today.prev().prev();
    let r = srv.get(
        &format!("/api/reports/range/?from={from}&to={today}"),
        Some(&manager),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let v = r.json();
    let days = v["days"].as_array().expect("days");
    assert_eq!(days.len(), 3);
    assert_eq!(days[0]["gross_sales"], "0.00");
    assert_eq!(days[2]["date"], today.to_string());
    assert_eq!(days[2]["net_taken"], "85.00");
    assert_eq!(v["totals"]["gross_sales"], "85.00");

    let backwards = srv.get(
        &format!("/api/reports/range/?from={today}&to={from}"),
        Some(&manager),
    );
    assert_eq!(backwards.status, 400, "{}", backwards.text());
    assert!(backwards.json()["to"].is_array());
    let missing = srv.get("/api/reports/range/?from=2026-01-01", Some(&manager));
    assert_eq!(missing.status, 400);
    assert!(missing.json()["to"].is_array());
    let csv = srv.get(
        &format!("/api/reports/range/?from={from}&to={today}&format=csv"),
        Some(&manager),
    );
    assert_eq!(csv.status, 200);
    assert!(csv
        .header("content-disposition")
        .unwrap_or("")
        .contains("adakings-range-"));
}

#[test]
fn only_admins_read_reports() {
    let srv = reports::server();
    let day = business_today();
    for who in ["counter", "kitchen", "rider"] {
        let t = srv.login(who);
        assert_eq!(daily(&srv, &t, &day).status, 403, "{who}");
        assert_eq!(
            srv.get(&format!("/api/audit/?date={day}"), Some(&t)).status,
            403,
            "{who}"
        );
    }
    assert_eq!(
        srv.get(&format!("/api/reports/daily/?date={day}"), None)
            .status,
        401
    );
    let owner = srv.login("owner");
    assert_eq!(daily(&srv, &owner, &day).status, 200);
    let bad = daily(&srv, &owner, "2026-02-30");
    assert_eq!(bad.status, 400);
    assert!(bad.json()["date"].is_array());
}
