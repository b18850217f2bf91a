//! Order size limits (`MAX_ORDER_LINES`, `MAX_LINE_QUANTITY`) and names that refuse control
//! and invisible text-direction characters, over the real API.

mod common;

use common::{Options, Server};
use serde_json::json;

#[test]
fn an_order_over_max_order_lines_is_refused_with_drf_message() {
    let srv = Server::start_with(Options::default().env("MAX_ORDER_LINES", "5"));
    let tok = srv.login("counter");
    let jollof = srv.menu_id("Jollof Rice S");
    let line = json!({"menu_item_id": jollof, "quantity": 1});
    let body = |n: usize| json!({"delivery_type": "Pickup", "items": vec![line.clone(); n]});
    let r = srv.post("/api/orders/", Some(&tok), &body(6));
    assert_eq!(r.status, 400, "{}", r.text());
    assert_eq!(
        r.json(),
        json!({"items": ["Ensure this field has no more than 5 elements."]})
    );
    let r = srv.post("/api/orders/", Some(&tok), &body(5));
    assert_eq!(r.status, 201, "{}", r.text());
    // An edit cannot grow an order past the limit either.
    let n = r.json()["order_number"].as_str().unwrap().to_string();
    let r = srv.send(
        "PATCH",
        &format!("/api/orders/{n}/"),
        Some(&tok),
        Some(&body(6)),
    );
    assert_eq!(r.status, 400, "{}", r.text());
}

#[test]
fn the_default_limits_are_100_lines_and_999_per_line() {
    let srv = Server::start();
    let tok = srv.login("counter");
    let jollof = srv.menu_id("Jollof Rice S");
    // The probe of the issue was a 20,000-line order; 101 is already too many.
    let items = vec![json!({"menu_item_id": jollof}); 101];
    let r = srv.post(
        "/api/orders/",
        Some(&tok),
        &json!({"delivery_type": "Pickup", "items": items}),
    );
    assert_eq!(r.status, 400, "{}", r.text());
    assert_eq!(
        r.json(),
        json!({"items": ["Ensure this field has no more than 100 elements."]})
    );
    let r = srv.post(
        "/api/orders/",
        Some(&tok),
        &json!({"delivery_type": "Pickup", "items": [{"menu_item_id": jollof, "quantity": 1000}]}),
    );
    assert_eq!(r.status, 400, "{}", r.text());
    assert_eq!(
        r.json(),
        json!({"items": [{"quantity": ["Ensure this value is less than or equal to 999."]}]})
    );
    let r = srv.post(
        "/api/orders/",
        Some(&tok),
        &json!({"delivery_type": "Pickup", "items": [{"menu_item_id": jollof, "quantity": 999}]}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
}

#[test]
fn names_with_control_or_bidi_override_characters_are_refused() {
    let srv = Server::start();
    let owner = srv.login("owner");
    let msg =
        "This field may not contain control characters or invisible text-direction characters.";
    for bad in [
        "Jollof\u{202E}ecir",
        "Kenkey\u{2066}x\u{2069}",
        "Fish\nChips",
        "Egg\u{0}",
    ] {
        let r = srv.post(
            "/api/menu/items/",
            Some(&owner),
            &json!({"name": bad, "price": "10.00"}),
        );
        assert_eq!(r.status, 400, "{bad:?}: {}", r.text());
        assert_eq!(r.json()["name"], json!([msg]), "{bad:?}");
        let r = srv.post(
            "/api/orders/delivery-locations/",
            Some(&owner),
            &json!({"name": bad, "fee": "5.00"}),
        );
        assert_eq!(r.status, 400, "{bad:?}: {}", r.text());
        assert_eq!(r.json()["name"], json!([msg]), "{bad:?}");
        let r = srv.post(
            "/api/users/staff/",
            Some(&owner),
            &json!({"username": "newcook", "password": "cook-pass-123", "role": "kitchen",
                    "first_name": "Ama", "last_name": bad}),
        );
        assert_eq!(r.status, 400, "{bad:?}: {}", r.text());
        assert_eq!(r.json()["last_name"], json!([msg]), "{bad:?}");
    }
    // Ordinary non-ASCII names are fine.
    let r = srv.post(
        "/api/menu/items/",
        Some(&owner),
        &json!({"name": "Kɔkɔnte ₵", "price": "10.00"}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
}
