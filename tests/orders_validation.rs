//! Refused creates: every validation error of `POST /api/orders/` answers 400 with DRF's exact
//! error shape (errors of item lines at their index, several problems at once), and leaves
//! every table a create touches as it was; roles without the right get 403, no token 401.

mod common;
#[path = "common/orders.rs"]
mod orders;

use common::{request_with, Server};
use orders::*;
use serde_json::{json, Value};

/// One good item line (a Jollof Rice S).
fn good(srv: &Server) -> Value {
    json!({"menu_item_id": srv.menu_id("Jollof Rice S"), "quantity": 1})
}

#[test]
fn a_missing_empty_or_misshapen_items_list_is_refused() {
    let srv = Server::start();
    let tok = srv.login("counter");
    let cases = [
        (json!({}), json!({"items": ["This field is required."]})),
        (
            json!({"items": []}),
            json!({"items": ["This list may not be empty."]}),
        ),
        (
            json!({"items": {"menu_item_id": 1}}),
            json!({"items": ["Expected a list of items but got type \"dict\"."]}),
        ),
        (
            json!({"items": ["x"]}),
            json!({"items": [{"non_field_errors": ["Invalid data. Expected a dictionary, but got str."]}]}),
        ),
    ];
    for (body, want) in &cases {
        assert_rejected(&srv, &tok, body, want);
    }
}

#[test]
fn bad_item_lines_are_reported_at_their_index() {
    let srv = Server::start();
    let tok = srv.login("counter");
    let jollof = srv.menu_id("Jollof Rice S");
    let good = good(&srv);
    let at_least_1 = "Ensure this value is greater than or equal to 1.";
    let cases = [
        (
            json!({"items": [{"menu_item_id": 99, "quantity": 1}]}),
            json!({"items": [{"menu_item_id": ["Invalid pk \"99\" - object does not exist."]}]}),
        ),
        (
            json!({"items": [good, {"menu_item_id": jollof, "quantity": 0}]}),
            json!({"items": [{}, {"quantity": [at_least_1]}]}),
        ),
        (
            json!({"items": [{"menu_item_id": jollof, "quantity": -3}, good]}),
            json!({"items": [{"quantity": [at_least_1]}, {}]}),
        ),
        (
            json!({"items": [{"menu_item_id": jollof, "quantity": 1000}]}),
            json!({"items": [{"quantity": ["Ensure this value is less than or equal to 999."]}]}),
        ),
        (
            json!({"items": [{"quantity": 1}]}),
            json!({"items": [{"menu_item_id": ["This field is required."]}]}),
        ),
        (
            json!({"items": [{"menu_item_id": "abc"}]}),
            json!({"items": [{"menu_item_id": ["Incorrect type. Expected pk value, received str."]}]}),
        ),
    ];
    for (body, want) in &cases {
        assert_rejected(&srv, &tok, body, want);
    }
    for bad in [json!("two"), json!(1.5), json!(true), json!([1])] {
        assert_rejected(
            &srv,
            &tok,
            &json!({"items": [{"menu_item_id": jollof, "quantity": bad}]}),
            &json!({"items": [{"quantity": ["A valid integer is required."]}]}),
        );
    }
}

#[test]
fn unavailable_items_and_price_overrides_are_refused() {
    let srv = Server::start();
    let tok = srv.login("counter");
    let jollof = srv.menu_id("Jollof Rice S");
    srv.db()
        .execute(
            "UPDATE menu_items SET is_available = 0 WHERE name = 'Waakye'",
            [],
        )
        .expect("mark unavailable");
    let waakye = srv.menu_id("Waakye");
    assert_rejected(
        &srv,
        &tok,
        &json!({"items": [good(&srv), {"menu_item_id": waakye, "quantity": 1}]}),
        &json!({"items": [{}, {"menu_item_id": ["Menu item 'Waakye' is not currently available."]}]}),
    );
    // Price override by a non-admin.
    assert_rejected(
        &srv,
        &tok,
        &json!({"items": [{"menu_item_id": jollof, "quantity": 1, "unit_price": "1.00"}]}),
        &json!({"items": [{"unit_price": ["Only an admin may override the price."]}]}),
    );
    // An admin's override is still a price.
    let manager = srv.login("manager");
    assert_rejected(
        &srv,
        &manager,
        &json!({"items": [{"menu_item_id": jollof, "unit_price": "-1"}]}),
        &json!({"items": [{"unit_price": ["Ensure this value is greater than or equal to 0.00."]}]}),
    );
}

#[test]
fn bad_phone_delivery_type_and_location_are_refused() {
    let srv = Server::start();
    let tok = srv.login("counter");
    let good = good(&srv);
    let cases = [
        (
            json!({"customer_phone": "12345", "items": [good]}),
            json!({"customer_phone": ["Enter a valid phone number: +233 or 0 followed by 9 digits."]}),
        ),
        (
            json!({"delivery_type": "Drone", "items": [good]}),
            json!({"delivery_type": ["\"Drone\" is not a valid choice."]}),
        ),
        (
            json!({"delivery_type": "Delivery", "items": [good]}),
            json!({
                "customer_phone": ["Customer phone number is required for delivery orders."],
                "delivery_location": ["A delivery location is required for delivery orders."]
            }),
        ),
        (
            json!({"delivery_type": "Delivery", "customer_phone": "0241234567",
                    "delivery_location": "Mars", "items": [good]}),
            json!({"delivery_location": ["Delivery location 'Mars' not found or not active."]}),
        ),
        (
            json!({"delivery_type": "Delivery", "customer_phone": "0241234567",
                    "delivery_location": 9999, "items": [good]}),
            json!({"delivery_location": ["Delivery location with ID 9999 not found or not active."]}),
        ),
    ];
    for (body, want) in &cases {
        assert_rejected(&srv, &tok, body, want);
    }
}

#[test]
fn notes_over_65536_characters_are_refused_on_the_order_and_on_a_line() {
    let srv = Server::start();
    let tok = srv.login("counter");
    let jollof = srv.menu_id("Jollof Rice S");
    let long = "x".repeat(65_537);
    let too_long = "Ensure this field has no more than 65536 characters.";
    assert_rejected(
        &srv,
        &tok,
        &json!({"notes": long, "items": [good(&srv)]}),
        &json!({"notes": [too_long]}),
    );
    assert_rejected(
        &srv,
        &tok,
        &json!({"items": [{"menu_item_id": jollof, "notes": long}]}),
        &json!({"items": [{"notes": [too_long]}]}),
    );
}

#[test]
fn several_problems_at_once_are_all_reported() {
    let srv = Server::start();
    let tok = srv.login("counter");
    let jollof = srv.menu_id("Jollof Rice S");
    assert_rejected(
        &srv,
        &tok,
        &json!({"customer_phone": "nope", "items": [{"menu_item_id": 99}, {"menu_item_id": jollof, "quantity": 0}]}),
        &json!({
            "customer_phone": ["Enter a valid phone number: +233 or 0 followed by 9 digits."],
            "items": [
                {"menu_item_id": ["Invalid pk \"99\" - object does not exist."]},
                {"quantity": ["Ensure this value is greater than or equal to 1."]}
            ]
        }),
    );
}

#[test]
fn a_body_that_is_not_an_object_or_not_json_is_refused() {
    let srv = Server::start();
    let tok = srv.login("counter");
    assert_rejected(
        &srv,
        &tok,
        &json!([1, 2]),
        &json!({"non_field_errors": ["Invalid data. Expected a dictionary, but got list."]}),
    );
    let before = counts(&srv);
    // No body at all: an empty object, so the items are missing.
    let r = request_with(
        srv.addr,
        "POST",
        "/api/orders/",
        &[("Authorization", format!("Bearer {tok}"))],
        None,
    );
    assert_eq!(r.status, 400, "{}", r.text());
    assert_eq!(r.json(), json!({"items": ["This field is required."]}));
    let mut c = common::Client::connect(srv.addr);
    let r = c.send(
        "POST",
        "/api/orders/",
        &[("Authorization", format!("Bearer {tok}"))],
        Some(b"{\"items\": ["),
        true,
    );
    assert_eq!(r.status, 400);
    assert!(r.json()["detail"]
        .as_str()
        .expect("detail")
        .starts_with("JSON parse error - "));
    assert_eq!(counts(&srv), before);
}

#[test]
fn kitchen_rider_and_anonymous_may_not_create_and_every_staff_role_may() {
    let srv = Server::start();
    let body = json!({"items": [good(&srv)]});
    let before = counts(&srv);
    for who in ["kitchen", "rider"] {
        let t = srv.login(who);
        let r = create(&srv, &t, &body);
        assert_eq!(r.status, 403, "{who}: {}", r.text());
        assert!(r.json()["detail"].is_string(), "{who}: {}", r.text());
    }
    assert_eq!(srv.post("/api/orders/", None, &body).status, 401);
    assert_eq!(counts(&srv), before, "a refused create wrote something");
    for who in ["owner", "manager", "counter"] {
        let t = srv.login(who);
        assert_eq!(create(&srv, &t, &body).status, 201, "{who}");
    }
    assert_eq!(counts(&srv)[0], before[0] + 3);
}
