//! Reading the menu through the real server (no token needed): the list is a paginated
//! envelope ordered by item type (extras first) then name, with every field; filters by type,
//! availability and search (a LIKE wildcard is literal), ordering by price, refused filter
//! values; pages that keep the other query parameters; and 404s for unknown ids on every
//! method.

#[path = "common/catalog.rs"]
mod catalog;
mod common;

use catalog::*;
use common::Server;
use serde_json::{json, Value};

#[test]
fn the_public_list_is_ordered_by_type_then_name_with_every_field() {
    let srv = Server::start();
    let seeded = scalar(&srv, "SELECT COUNT(*) FROM menu_items");
    assert!(seeded > 5, "seed-demo should have made a menu");
    let default = expect(&srv.get(ITEMS, None), 200, "default page");
    assert_eq!(default["count"], json!(seeded));
    assert_eq!(
        default["results"][0],
        srv.get(&format!("{ITEMS}?page_size=1"), None).json()["results"][0]
    );
    let list = expect(
        &srv.get(&format!("{ITEMS}?page_size=1000"), None),
        200,
        "anonymous list",
    );
    assert_eq!(list["count"], json!(seeded));
    assert_eq!(list["previous"], Value::Null);
    let names: Vec<(&str, &str)> = list["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|i| {
            let t = i["item_type"].as_str().expect("item_type");
            assert_eq!(i["is_extra"], json!(t == "extra"), "is_extra of {i}");
            (t, i["name"].as_str().expect("name"))
        })
        .collect();
    assert_eq!(names.len() as i64, seeded);
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted, "ordered by item type, then name");
    let first = &list["results"][0];
    for k in [
        "id",
        "name",
        "item_type",
        "price",
        "is_available",
        "created_by",
        "created_at",
        "updated_at",
        "is_extra",
    ] {
        assert!(first.get(k).is_some(), "field {k} in {first}");
    }
}

/// Adds "Zz Test Jollof" (regular, available) and "Zz Test Egg" (extra, unavailable); the
/// egg's id.
fn add_two(srv: &Server) -> i64 {
    let counter = srv.login("counter");
    expect(
        &srv.post(
            ITEMS,
            Some(&counter),
            &json!({"name": "Zz Test Jollof", "price": 40}),
        ),
        201,
        "create",
    );
    let egg = expect(
        &srv.post(
            ITEMS,
            Some(&counter),
            &json!({"name": "Zz Test Egg", "price": "5.5", "item_type": "extra", "is_available": false}),
        ),
        201,
        "create extra",
    );
    egg["id"].as_i64().expect("id")
}

#[test]
fn the_list_filters_by_type_availability_and_search() {
    let srv = Server::start();
    let eid = add_two(&srv);
    let total = scalar(&srv, "SELECT COUNT(*) FROM menu_items");
    let extras = expect(
        &srv.get(&format!("{ITEMS}?item_type=extra&page_size=1000"), None),
        200,
        "extras",
    );
    let rs = extras["results"].as_array().expect("results");
    assert!(rs.iter().all(|i| i["item_type"] == "extra"));
    assert!(rs.iter().any(|i| i["id"] == json!(eid)));
    assert_eq!(extras["count"].as_i64(), Some(rs.len() as i64));
    let unavailable = expect(
        &srv.get(&format!("{ITEMS}?availability=unavailable"), None),
        200,
        "unavailable",
    );
    let rs = unavailable["results"].as_array().expect("results");
    assert!(rs.iter().all(|i| i["is_available"] == false));
    assert!(rs.iter().any(|i| i["id"] == json!(eid)));
    let available = expect(
        &srv.get(
            &format!("{ITEMS}?availability=available&page_size=1000"),
            None,
        ),
        200,
        "available",
    );
    assert!(available["results"]
        .as_array()
        .expect("results")
        .iter()
        .all(|i| i["is_available"] == true));
    assert_eq!(
        available["count"].as_i64().expect("count") + unavailable["count"].as_i64().expect("count"),
        total
    );
    let search = |q: &str| -> Vec<String> {
        let found = expect(&srv.get(&format!("{ITEMS}?{q}"), None), 200, q);
        found["results"]
            .as_array()
            .expect("results")
            .iter()
            .map(|i| i["name"].as_str().expect("n").to_string())
            .collect()
    };
    // Case-insensitive, ordered like the list.
    assert_eq!(
        search("search=zZ%20tEST"),
        vec!["Zz Test Egg", "Zz Test Jollof"]
    );
    assert_eq!(
        search("search=jollof&item_type=extra"),
        Vec::<String>::new()
    );
    assert_eq!(search("search=%25"), Vec::<String>::new(), "literal %");
}

#[test]
fn the_list_orders_by_price_and_refuses_bad_filter_values() {
    let srv = Server::start();
    let by_price = expect(
        &srv.get(&format!("{ITEMS}?ordering=-price&page_size=1000"), None),
        200,
        "ordering",
    );
    let prices: Vec<f64> = by_price["results"]
        .as_array()
        .expect("r")
        .iter()
        .map(|i| i["price"].as_str().expect("p").parse().expect("num"))
        .collect();
    assert!(prices.len() > 5, "{prices:?}");
    assert!(prices.windows(2).all(|w| w[0] >= w[1]), "{prices:?}");
    assert!(prices.first() > prices.last(), "{prices:?}");
    let r = srv.get(&format!("{ITEMS}?item_type=bolt"), None);
    assert_eq!(
        expect(&r, 400, "bad item_type filter"),
        json!({"item_type": ["Select a valid choice. bolt is not one of the available choices."]})
    );
    let r = srv.get(&format!("{ITEMS}?availability=maybe"), None);
    assert_eq!(r.status, 400, "{}", r.text());
}

#[test]
fn pages_keep_the_other_parameters_and_a_page_past_the_end_is_404() {
    let srv = Server::start();
    let total = scalar(&srv, "SELECT COUNT(*) FROM menu_items");
    let p1 = expect(
        &srv.get(&format!("{ITEMS}?page_size=5"), None),
        200,
        "page 1",
    );
    assert_eq!(p1["count"], json!(total));
    assert_eq!(p1["results"].as_array().map(Vec::len), Some(5));
    assert_eq!(p1["next"], "/api/menu/items/?page_size=5&page=2");
    assert_eq!(p1["previous"], Value::Null);
    let p2 = expect(
        &srv.get(&format!("{ITEMS}?page_size=5&page=2"), None),
        200,
        "page 2",
    );
    assert_eq!(p2["previous"], "/api/menu/items/?page_size=5");
    assert_ne!(p1["results"][0]["id"], p2["results"][0]["id"]);
    let last_page = (total + 4) / 5;
    let pl = expect(
        &srv.get(&format!("{ITEMS}?page_size=5&page={last_page}"), None),
        200,
        "last page",
    );
    assert_eq!(pl["next"], Value::Null);
    assert_eq!(
        pl["results"].as_array().map(Vec::len),
        Some((total - (last_page - 1) * 5) as usize)
    );
    let r = srv.get(&format!("{ITEMS}?page_size=5&page={}", last_page + 1), None);
    assert_eq!(
        expect(&r, 404, "page past the end"),
        json!({"detail": "Invalid page."})
    );
}

#[test]
fn unknown_and_non_numeric_ids_are_404_for_every_method() {
    let srv = Server::start();
    let counter = srv.login("counter");
    let manager = srv.login("manager");
    let before = counts(&srv);
    for path in [
        item_path(999_999),
        format!("{ITEMS}abc/"),
        format!("{ITEMS}-1/"),
    ] {
        assert_eq!(
            expect(&srv.get(&path, None), 404, "get"),
            json!({"detail": "Not found."})
        );
        assert_eq!(
            srv.send("PATCH", &path, Some(&counter), Some(&json!({"price": 1})))
                .status,
            404
        );
        assert_eq!(
            srv.send(
                "PUT",
                &path,
                Some(&counter),
                Some(&json!({"name": "a", "price": 1}))
            )
            .status,
            404
        );
        assert_eq!(srv.send("DELETE", &path, Some(&manager), None).status, 404);
        assert_eq!(
            srv.send(
                "PUT",
                &format!("{path}toggle-availability/"),
                Some(&counter),
                None
            )
            .status,
            404
        );
    }
    assert_eq!(counts(&srv).0, before.0);
}
