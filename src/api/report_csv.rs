//! The daily and range reports as CSV: titled sections of rows, read from the same JSON the
//! API serves (so a frozen day's CSV is its frozen report, plus the after-close section).

use serde_json::{json, Value};

use crate::http::Response;

/// A CSV download with its file name.
pub fn csv_response(filename: &str, body: String) -> Response {
    Response::text(200, "text/csv; charset=utf-8", body).with_header(
        "Content-Disposition",
        format!("attachment; filename=\"{filename}\""),
    )
}

/// One CSV cell. Text that a spreadsheet would run as a formula gets a leading quote; numbers
/// (money like `-10.00` included) are left alone.
fn cell(v: &Value) -> String {
    let s = match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let numeric = s.parse::<f64>().is_ok();
    let s = if !numeric && s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

fn line(out: &mut String, cells: &[Value]) {
    let row: Vec<String> = cells.iter().map(cell).collect();
    out.push_str(&row.join(","));
    out.push_str("\r\n");
}

/// A titled section: a header row of `keys`, then one row per object of `rows`.
fn section(out: &mut String, title: &str, keys: &[&str], rows: &Value) {
    out.push_str("\r\n");
    line(out, &[json!(title)]);
    line(out, &keys.iter().map(|k| json!(k)).collect::<Vec<_>>());
    for r in rows.as_array().map(Vec::as_slice).unwrap_or(&[]) {
        line(out, &keys.iter().map(|k| r[*k].clone()).collect::<Vec<_>>());
    }
}

/// The daily report (live or frozen, with its after-close section) as CSV sections.
pub fn daily_csv(r: &Value) -> String {
    let mut out = String::new();
    line(
        &mut out,
        &[json!("Adakings daily report"), r["date"].clone()],
    );
    line(
        &mut out,
        &[
            json!("business day"),
            r["business_day"]["start"].clone(),
            r["business_day"]["end"].clone(),
        ],
    );
    match r["closed"].as_object() {
        Some(c) => line(
            &mut out,
            &[
                json!("closed"),
                c["closed_by"].clone(),
                c["closed_at"].clone(),
                c["report_sha256"].clone(),
            ],
        ),
        None => line(&mut out, &[json!("open"), r["generated_at"].clone()]),
    }
    for n in r["notes"].as_array().map(Vec::as_slice).unwrap_or(&[]) {
        line(&mut out, &[json!("note"), n.clone()]);
    }
    let s = &r["sales"];
    let figures = json!([
        {"figure": "orders", "value": r["orders"]["count"]},
        {"figure": "gross_sales", "value": s["gross_sales"]},
        {"figure": "items", "value": s["items"]},
        {"figure": "delivery_fees", "value": s["delivery_fees"]},
        {"figure": "discounts", "value": s["discounts"]},
        {"figure": "net_sales", "value": s["net_sales"]},
        {"figure": "cancelled_orders", "value": s["cancelled_orders"]},
        {"figure": "cancelled_value", "value": s["cancelled_value"]},
        {"figure": "payments", "value": r["payments"]["total"]},
        {"figure": "refunds", "value": r["refunds"]["total"]},
        {"figure": "net_taken", "value": r["net_taken"]},
        {"figure": "taken_for_other_days", "value": r["payments"]["for_other_days"]},
        {"figure": "outstanding", "value": r["outstanding"]["total"]},
        {"figure": "rider_cash", "value": r["riders"]["cash_total"]},
    ]);
    section(&mut out, "Summary", &["figure", "value"], &figures);
    section(
        &mut out,
        "Orders by status",
        &["status", "orders", "value"],
        &r["orders"]["by_status"],
    );
    section(
        &mut out,
        "Orders by delivery type",
        &["delivery_type", "orders", "sales"],
        &r["orders"]["by_delivery_type"],
    );
    section(
        &mut out,
        "Payments by method",
        &["method", "count", "amount"],
        &r["payments"]["by_method"],
    );
    section(
        &mut out,
        "Refunds by method (on the day issued)",
        &["method", "count", "amount"],
        &r["refunds"]["by_method"],
    );
    section(
        &mut out,
        "Net taken by method",
        &["method", "amount"],
        &r["net_by_method"],
    );
    section(
        &mut out,
        "Outstanding balances",
        &[
            "order_number",
            "status",
            "payment_status",
            "total",
            "paid",
            "balance_due",
        ],
        &r["outstanding"]["orders"],
    );
    section(
        &mut out,
        "By staff member",
        &[
            "username",
            "orders",
            "sales",
            "payments",
            "payments_amount",
            "refunds",
            "refunds_amount",
            "taken",
        ],
        &r["by_staff"],
    );
    section(
        &mut out,
        "By menu item",
        &["name", "quantity", "revenue"],
        &r["by_menu_item"],
    );
    section(
        &mut out,
        "By delivery location",
        &["location", "orders", "sales", "delivery_fees"],
        &r["by_location"],
    );
    section(
        &mut out,
        "Riders",
        &["rider", "orders", "cash_collected"],
        &r["riders"]["rows"],
    );
    section(
        &mut out,
        "Sales per hour",
        &["hour", "orders", "sales"],
        &r["sales_per_hour"],
    );
    if let Some(a) = r["after_close"].as_object() {
        let totals = json!([
            {"figure": "frozen", "orders": a["frozen_totals"]["orders"], "gross_sales": a["frozen_totals"]["gross_sales"], "net_taken": a["frozen_totals"]["net_taken"], "outstanding": a["frozen_totals"]["outstanding"]},
            {"figure": "live", "orders": a["live_totals"]["orders"], "gross_sales": a["live_totals"]["gross_sales"], "net_taken": a["live_totals"]["net_taken"], "outstanding": a["live_totals"]["outstanding"]},
        ]);
        section(
            &mut out,
            "After close: totals",
            &[
                "figure",
                "orders",
                "gross_sales",
                "net_taken",
                "outstanding",
            ],
            &totals,
        );
        let changes: Vec<Value> = a["changes"]
            .as_array()
            .map(Vec::as_slice)
            .unwrap_or(&[])
            .iter()
            .map(|c| {
                let mut c = c.clone();
                c["changes"] = Value::String(c["changes"].to_string());
                c
            })
            .collect();
        section(
            &mut out,
            "After close: changes",
            &[
                "id",
                "created_at",
                "username",
                "action",
                "object_type",
                "object_id",
                "changes",
            ],
            &Value::Array(changes),
        );
    }
    out
}

pub fn range_csv(r: &Value) -> String {
    let mut out = String::new();
    line(
        &mut out,
        &[
            json!("Adakings daily figures"),
            r["from"].clone(),
            r["to"].clone(),
        ],
    );
    let keys = [
        "date",
        "orders",
        "cancelled",
        "gross_sales",
        "payments",
        "refunds",
        "net_taken",
        "outstanding",
        "closed",
    ];
    section(&mut out, "Days", &keys, &r["days"]);
    let mut t = r["totals"].clone();
    t["date"] = json!("total");
    section(&mut out, "Totals", &keys[..8], &json!([t]));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_quoted_and_formulas_defused_but_money_is_not() {
        assert_eq!(cell(&json!("-10.00")), "-10.00");
        assert_eq!(cell(&json!(12)), "12");
        assert_eq!(cell(&Value::Null), "");
        assert_eq!(
            cell(&json!("=HYPERLINK(\"x\")")),
            "\"'=HYPERLINK(\"\"x\"\")\""
        );
        assert_eq!(
            cell(&json!("Banku & Tilapia, large")),
            "\"Banku & Tilapia, large\""
        );
        assert_eq!(cell(&json!("@rider")), "'@rider");
    }
}
