//! The owner's Report tab inside the real board page: an admin sees the day's figures (gross
//! sales equal to the orders made over the API), a 24-bar sales-per-hour chart, downloads the
//! CSV and closes the day, after which the tab shows the frozen state; the counter and the
//! kitchen get no Report tab.

#[path = "common/board.rs"]
mod board;
#[path = "common/cdp.rs"]
mod cdp;
mod common;
#[path = "common/reports.rs"]
mod reports;

use board::*;
use cdp::Browser;
use serde_json::{json, Value};

/// "85.00" -> 8500.
fn cents(v: &Value) -> i64 {
    let s = v.as_str().unwrap_or_else(|| panic!("money as text: {v}"));
    let (a, b) = s.split_once('.').expect("two decimals");
    a.parse::<i64>().expect("units") * 100 + b.parse::<i64>().expect("cents")
}

fn text(b: &mut Browser, selector: &str) -> String {
    let v = b
        .eval(&format!(
            "(document.querySelector({s}) || {{}}).textContent || ''",
            s = js_str(selector)
        ))
        .expect("read text");
    v.as_str().unwrap_or_default().to_string()
}

fn open_report(b: &mut Browser) {
    b.eval("document.querySelector('#tabs button[data-tab=\"report\"]').click(); true")
        .expect("click the Report tab");
    assert!(
        b.wait_for(
            "!!document.querySelector('#tab-report [data-figure=\"gross_sales\"]')",
            DEADLINE
        ),
        "no figures: {:?}",
        b.eval("document.getElementById('tab-report').textContent")
    );
}

/// The day of these tests: three orders made over the API by the counter (one paid 85.00 in
/// cash), a manager on the board's Report tab. Returns the gross sales in pesewas and the date.
fn day_on_the_report_tab(name: &str) -> Option<(common::Server, Browser, i64, String)> {
    let srv = reports::server();
    let counter = srv.login("counter");
    let orders = [
        create_order(&srv, &counter, false, ""),
        create_order(&srv, &counter, true, "gate 2"),
        create_order(&srv, &counter, false, ""),
    ];
    let gross: i64 = orders.iter().map(|o| cents(&o["total_price"])).sum();
    reports::pay(&srv, &counter, &number(&orders[0]), "85.00", "CASH");
    let day = reports::business_today();
    let mut b = Browser::launch(name)?;
    open_and_login(&mut b, &srv, "manager");
    open_report(&mut b);
    Some((srv, b, gross, day))
}

fn money(c: i64) -> String {
    format!("{}.{:02}", c / 100, c % 100)
}

fn click(b: &mut Browser, label: &str) {
    b.eval(&format!(
        "[...document.querySelectorAll('#tab-report button')].find(x => x.textContent === {}).click(); true",
        js_str(label)
    ))
    .unwrap_or_else(|e| panic!("click {label}: {e}"));
}

#[test]
fn admin_sees_the_days_figures_and_a_24_bar_chart_on_a_tablet() {
    let Some((_srv, mut b, gross, day)) = day_on_the_report_tab("report") else {
        return;
    };
    let want = format!("GH\u{20b5} {}", money(gross));
    assert!(
        text(&mut b, "[data-figure=gross_sales]").ends_with(&want),
        "gross sales card: {:?}, want {want}",
        text(&mut b, "[data-figure=gross_sales]")
    );
    assert_eq!(text(&mut b, "[data-figure=orders]"), "Orders3");
    assert!(text(&mut b, "[data-figure=net_taken]").ends_with("GH\u{20b5} 85.00"));
    assert!(text(&mut b, ".report-state").starts_with(&format!("{day} (")));
    assert!(text(&mut b, ".report-state").contains("Open"));
    // Times read as "2026-12-01 06:00", not as raw timestamps with microseconds.
    assert!(!text(&mut b, ".report-state").contains(":00.000000Z"));
    let bars = b
        .eval("[...document.querySelectorAll('#tab-report svg.report-chart rect')].map(r => +r.getAttribute('height'))")
        .expect("bars");
    let bars = bars.as_array().expect("array");
    assert_eq!(bars.len(), 24, "{bars:?}");
    assert_eq!(
        bars.iter().filter(|h| h.as_f64() > Some(0.0)).count(),
        1,
        "the orders were all made this hour: {bars:?}"
    );

    b.viewport(1280, 800);
    let shot = b.screenshot("report-open-1280x800").expect("screenshot");
    eprintln!("screenshot: {}", shot.display());
    b.eval("document.getElementById('tab-report').scrollTop = 1e6; true")
        .unwrap();
    b.screenshot("report-open-bottom").expect("screenshot");
    let overflow = "document.documentElement.scrollWidth - document.documentElement.clientWidth";
    assert_eq!(
        b.eval(overflow).unwrap(),
        0,
        "no sideways scrolling at 1280x800"
    );
    // Tables are as wide as their figures, not stretched across the screen with the amount
    // a long way from its label; the tab keeps a margin from the edge.
    let widths = b
        .eval("[...document.querySelectorAll('#tab-report table')].map(t => t.getBoundingClientRect().width)")
        .unwrap();
    let widths = widths.as_array().expect("array");
    assert!(!widths.is_empty(), "no tables on the report tab");
    assert!(
        widths.iter().all(|w| w.as_f64() < Some(800.0)),
        "{widths:?}"
    );
    let left = b
        .eval("document.querySelector('#tab-report .report-figures').getBoundingClientRect().left")
        .unwrap();
    assert!(left.as_f64() >= Some(8.0), "{left}");

    b.assert_no_page_errors();
}

#[test]
fn admin_downloads_the_days_csv() {
    let Some((_srv, mut b, gross, day)) = day_on_the_report_tab("report-csv") else {
        return;
    };
    // The CSV: see what the page's request got back, and let Chromium save the file.
    let saved = b.dir.0.join("downloads");
    std::fs::create_dir_all(&saved).expect("download dir");
    b.call(
        "Browser.setDownloadBehavior",
        json!({"behavior": "allow", "downloadPath": saved.to_string_lossy()}),
    )
    .expect("allow downloads");
    b.eval(
        "window.seenFetches = [];
         const orig = window.fetch;
         window.fetch = async (...a) => {
           const r = await orig(...a);
           seenFetches.push({url: String(a[0]), status: r.status, type: r.headers.get('Content-Type')});
           return r;
         }; true",
    )
    .unwrap();
    click(&mut b, "Download CSV");
    assert!(
        b.wait_for(
            "document.querySelector('#tab-report .report-msg').textContent.startsWith('Downloaded')",
            DEADLINE
        ),
        "{}",
        text(&mut b, "#tab-report .report-msg")
    );
    let seen = b.eval("seenFetches").unwrap();
    let csv = seen
        .as_array()
        .and_then(|l| {
            l.iter()
                .find(|f| f["url"].as_str().unwrap_or("").contains("format=csv"))
        })
        .unwrap_or_else(|| panic!("no CSV request: {seen}"));
    assert_eq!(csv["status"], 200, "{csv}");
    assert!(
        csv["type"].as_str().unwrap_or("").starts_with("text/csv"),
        "{csv}"
    );
    let msg = text(&mut b, "#tab-report .report-msg");
    let name = msg.trim_start_matches("Downloaded ").trim_end_matches('.');
    assert!(name.ends_with(".csv") && name.contains(&day), "{msg}");
    let file = saved.join(name);
    let deadline = std::time::Instant::now() + DEADLINE;
    while !file.is_file() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let body = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    assert!(
        body.contains(&format!("gross_sales,{}", money(gross))),
        "{body}"
    );

    b.assert_no_page_errors();
}

#[test]
fn admin_closes_the_day_and_the_tab_shows_it_frozen() {
    let Some((srv, mut b, gross, day)) = day_on_the_report_tab("report-close") else {
        return;
    };
    // Closing asks first; say yes, then the tab shows the frozen day.
    b.eval("window.confirm = m => { window.asked = m; return true; }; true")
        .unwrap();
    click(&mut b, "Close the day");
    assert!(
        b.wait_for(
            "document.querySelector('#tab-report .report-state').textContent.includes('Closed by manager')",
            DEADLINE
        ),
        "{} / {}",
        text(&mut b, "#tab-report .report-state"),
        text(&mut b, "#tab-report .report-msg")
    );
    assert!(b
        .eval("window.asked")
        .unwrap()
        .as_str()
        .unwrap_or("")
        .contains(&day));
    assert_eq!(
        text(&mut b, "#tab-report .report-msg"),
        format!("Closed {day}.")
    );
    let disabled = "[...document.querySelectorAll('#tab-report button')].find(x => x.textContent === 'Close the day').disabled";
    assert_eq!(b.eval(disabled).unwrap(), true);
    let r = reports::daily(&srv, &srv.login("manager"), &day).json();
    assert_eq!(r["closed"]["closed_by"], "manager");
    assert_eq!(cents(&r["sales"]["gross_sales"]), gross);
    let shot = b.screenshot("report-closed-1280x800").expect("screenshot");
    eprintln!("screenshot: {}", shot.display());
    // Shown again later (a reload), the day is still closed.
    b.navigate(&format!("http://{}/board/", srv.addr));
    wait_live(&mut b);
    open_report(&mut b);
    assert!(text(&mut b, ".report-state").contains("Closed by manager"));
    assert_eq!(b.eval(disabled).unwrap(), true);
    b.assert_no_page_errors();
}

#[test]
fn counter_and_kitchen_get_no_report_tab() {
    let srv = reports::server();
    let Some(mut b) = Browser::launch("report-roles") else {
        return;
    };
    let tabs = "[...document.querySelectorAll('#tabs button')].map(x => x.dataset.tab)";
    for (user, want) in [
        ("counter", json!(["board", "counter"])),
        ("kitchen", json!(["board"])),
        ("owner", json!(["board", "counter", "report"])),
    ] {
        open_and_login(&mut b, &srv, user);
        assert_eq!(b.eval(tabs).unwrap(), want, "{user}");
        if user != "owner" {
            let pane = b.eval("!!document.getElementById('tab-report')").unwrap();
            assert_eq!(pane, false, "{user}: a report pane was made");
        }
        b.eval("document.getElementById('logout').click(); true")
            .unwrap();
        assert!(b.wait_for("!document.getElementById('login').hidden", DEADLINE));
    }
    // The server agrees: the report itself is refused to the counter.
    let r = srv.get("/api/reports/daily/", Some(&srv.login("counter")));
    assert_eq!(r.status, 403, "{}", r.text());
    b.assert_no_page_errors();
}
