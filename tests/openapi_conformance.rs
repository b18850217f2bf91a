//! Every resource the API manages, created for real and read back: each response body is
//! checked against the schema `/api/schema/` declares for it (every declared property present
//! with its declared type, no undeclared property, nulls only where nullable). The responses
//! are the contract (the original web frontend reads them); the document must describe them.

mod common;
#[path = "common/conformance.rs"]
mod conformance;

use common::Server;
use conformance::Conformance;
use serde_json::json;

#[test]
fn staff_menu_and_locations_match_their_schemas() {
    let srv = Server::start();
    let owner = srv.login("owner");
    let t = Some(owner.as_str());
    let mut c = Conformance::new(&srv);

    let staff = "/api/users/staff/";
    let one = "/api/users/staff/{id}/";
    let u = c.call(
        "POST",
        staff,
        staff,
        t,
        Some(
            &json!({"username": "efua", "password": "a-long-enough-pw-1", "role": "kitchen",
                     "first_name": "Efua", "email": "efua@example.com"}),
        ),
        201,
    );
    let path = format!("/api/users/staff/{}/", u["id"]);
    c.call("GET", staff, staff, t, None, 200);
    c.call("GET", one, &path, t, None, 200);
    let edit = json!({"last_name": "Mensah"});
    c.call("PATCH", one, &path, t, Some(&edit), 200);
    c.call("PUT", one, &path, t, Some(&edit), 200);
    c.call("GET", "/api/users/me/", "/api/users/me/", t, None, 200);
    c.call(
        "GET",
        "/api/users/all/me/",
        "/api/users/all/me/",
        t,
        None,
        200,
    );

    let items = "/api/menu/items/";
    let item = "/api/menu/items/{id}/";
    let m = c.call(
        "POST",
        items,
        items,
        t,
        Some(&json!({"name": "Conformance Kelewele", "price": "12.50", "item_type": "extra"})),
        201,
    );
    let path = format!("/api/menu/items/{}/", m["id"]);
    c.call("GET", items, items, None, None, 200);
    c.call("GET", item, &path, None, None, 200);
    c.call("PATCH", item, &path, t, Some(&json!({"price": 13})), 200);
    let full = json!({"name": "Conformance Kelewele", "price": "14.00"});
    c.call("PUT", item, &path, t, Some(&full), 200);
    let toggle = "/api/menu/items/{id}/toggle-availability/";
    let tpath = format!("{path}toggle-availability/");
    c.call("PUT", toggle, &tpath, t, Some(&json!({})), 200);

    let locs = "/api/orders/delivery-locations/";
    let loc = "/api/orders/delivery-locations/{id}/";
    let l = c.call(
        "POST",
        locs,
        locs,
        t,
        Some(&json!({"name": "Osu", "fee": "15.00"})),
        201,
    );
    let path = format!("/api/orders/delivery-locations/{}/", l["id"]);
    c.call("GET", locs, locs, None, None, 200);
    c.call("GET", loc, &path, None, None, 200);
    c.call("PATCH", loc, &path, t, Some(&json!({"fee": 16})), 200);
    let full = json!({"name": "Osu", "fee": "17.00"});
    c.call("PUT", loc, &path, t, Some(&full), 200);
    c.assert_clean();
}

#[test]
fn orders_and_payments_match_their_schemas() {
    let srv = Server::start();
    let owner = srv.login("owner");
    let t = Some(owner.as_str());
    let mut c = Conformance::new(&srv);
    let jollof = srv.menu_id("Jollof Rice S");
    let locs = c.call(
        "GET",
        "/api/orders/delivery-locations/",
        "/api/orders/delivery-locations/",
        None,
        None,
        200,
    );
    let loc = locs["results"][0]["id"].clone();

    let orders = "/api/orders/";
    let order = "/api/orders/{order_number}/";
    let o = c.call(
        "POST",
        orders,
        orders,
        t,
        Some(
            &json!({"delivery_type": "Delivery", "delivery_location": loc,
                     "customer_phone": "0241234567", "notes": "gate 2",
                     "items": [{"menu_item_id": jollof, "quantity": 2, "notes": "hot"}]}),
        ),
        201,
    );
    let pickup = c.call(
        "POST",
        orders,
        orders,
        t,
        Some(&json!({"items": [{"menu_item_id": jollof}]})),
        201,
    );
    let n = o["order_number"]
        .as_str()
        .expect("order_number")
        .to_string();
    let path = format!("/api/orders/{n}/");
    c.call("GET", orders, orders, t, None, 200);
    c.call("GET", orders, "/api/orders/?page_size=1", t, None, 200);
    c.call("GET", order, &path, t, None, 200);
    let edit = json!({"notes": "gate 3"});
    c.call("PATCH", order, &path, t, Some(&edit), 200);
    let next = "/api/orders/next-order-number/";
    c.call("GET", next, next, t, None, 200);

    let pay = "/api/payments/initiate/";
    let total = o["total_price"].clone();
    let p = c.call(
        "POST",
        pay,
        pay,
        t,
        Some(&json!({"order_number": n, "amount": total, "payment_method": "CASH"})),
        201,
    );
    let refund = json!({"order_number": n, "amount": "1.00", "payment_method": "MTN MOMO",
                        "payment_type": "refund", "mobile_number": "0241234567"});
    c.call("POST", pay, pay, t, Some(&refund), 201);
    let status = "/api/orders/{order_number}/status/";
    let spath = format!("/api/orders/{n}/status/");
    c.call(
        "PATCH",
        status,
        &spath,
        t,
        Some(&json!({"status": "Ready"})),
        200,
    );
    c.call(
        "PUT",
        status,
        &spath,
        t,
        Some(&json!({"status": "Ready"})),
        200,
    );
    let history = "/api/orders/{order_number}/history/";
    c.call("GET", history, &format!("{path}history/"), t, None, 200);
    let pn = pickup["order_number"].as_str().expect("order_number");
    c.call(
        "PATCH",
        order,
        &format!("/api/orders/{pn}/"),
        t,
        Some(&json!({"status": "Cancelled"})),
        200,
    );

    let payments = "/api/payments/";
    c.call("GET", payments, payments, t, None, 200);
    let one = "/api/payments/{reference}/";
    let r = p["reference"].as_str().expect("reference");
    c.call("GET", one, &format!("/api/payments/{r}/"), t, None, 200);
    let modes = "/api/payments/payment-modes/";
    c.call("GET", modes, modes, t, None, 200);
    c.assert_clean();
}
