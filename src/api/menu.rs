//! `/api/menu/items/`: the public menu, staff edits, admin deletes, availability toggle.

use serde_json::{json, Map, Value};

use crate::api::ctx::{ok, Ctx};
use crate::api::validate::{bad_query_choice as bad_choice, body_object, id_param, Fields};
use crate::api::{idempotency, paginate};
use crate::db::audit;
use crate::db::menu::{self as q, MenuFilter, MenuItemFields, MenuItemRow, MenuOrder};
use crate::domain::{clock, money};
use crate::http::{ApiError, Response};

/// Longest menu item name, as in the original model.
pub const NAME_MAX: usize = 200;
/// The item types a menu item may have.
pub const ITEM_TYPES: &[&str] = &["regular", "extra"];
/// Smallest price: one pesewa ("> 0").
const MIN_PRICE: i64 = 1;

/// The JSON of one menu item.
pub fn item_json(m: &MenuItemRow) -> Value {
    json!({
        "id": m.id,
        "name": m.name,
        "item_type": m.item_type,
        "price": money::format(m.price),
        "is_available": m.is_available,
        "created_by": m.created_by,
        "created_at": m.created_at,
        "updated_at": m.updated_at,
        // Computed, read-only: the original frontend splits main dishes from extras by it.
        "is_extra": m.item_type == "extra",
    })
}

/// The current time as stored in timestamp columns.
fn now() -> String {
    clock::iso(clock::now_micros())
}

/// Fields sent for a create or an edit; `None` = not sent (keep the current value).
struct MenuInput {
    name: Option<String>,
    item_type: Option<String>,
    price: Option<i64>,
    is_available: Option<bool>,
}

/// Validates a body; `full` (POST, PUT) requires name and price.
fn parse_input(obj: &Map<String, Value>, full: bool) -> Result<MenuInput, ApiError> {
    let mut f = Fields::new(obj);
    let input = MenuInput {
        name: f.name("name", NAME_MAX, full),
        item_type: f.choice("item_type", ITEM_TYPES),
        price: f.money("price", MIN_PRICE, full),
        is_available: f.boolean("is_available"),
    };
    f.finish()?;
    Ok(input)
}

impl MenuInput {
    fn apply(self, base: &MenuItemFields) -> MenuItemFields {
        MenuItemFields {
            name: self.name.unwrap_or_else(|| base.name.clone()),
            item_type: self.item_type.unwrap_or_else(|| base.item_type.clone()),
            price: self.price.unwrap_or(base.price),
            is_available: self.is_available.unwrap_or(base.is_available),
        }
    }
}

fn fields_of(m: &MenuItemRow) -> MenuItemFields {
    MenuItemFields {
        name: m.name.clone(),
        item_type: m.item_type.clone(),
        price: m.price,
        is_available: m.is_available,
    }
}

/// `{field: {old, new}}` for the fields that changed, for the audit row.
fn diff(old: &MenuItemFields, new: &MenuItemFields) -> Value {
    let mut d = Map::new();
    let mut put = |k: &str, o: Value, n: Value| {
        if o != n {
            d.insert(k.to_string(), json!({ "old": o, "new": n }));
        }
    };
    put("name", json!(old.name), json!(new.name));
    put("item_type", json!(old.item_type), json!(new.item_type));
    put(
        "price",
        json!(money::format(old.price)),
        json!(money::format(new.price)),
    );
    put(
        "is_available",
        json!(old.is_available),
        json!(new.is_available),
    );
    Value::Object(d)
}

/// Search terms as DRF's SearchFilter splits them (whitespace and commas); every term must
/// appear in the name.
fn search_terms(s: &str) -> Vec<String> {
    s.split(|c: char| c.is_whitespace() || c == ',')
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

fn filter_of(c: &Ctx) -> Result<MenuFilter, ApiError> {
    let mut f = MenuFilter::default();
    if let Some(t) = c.req.query_param("item_type").filter(|v| !v.is_empty()) {
        if !ITEM_TYPES.contains(&t.as_str()) {
            return Err(bad_choice("item_type", &t));
        }
        f.item_type = Some(t);
    }
    if let Some(a) = c.req.query_param("availability").filter(|v| !v.is_empty()) {
        f.available = Some(match a.as_str() {
            "available" => true,
            "unavailable" => false,
            _ => return Err(bad_choice("availability", &a)),
        });
    }
    if let Some(s) = c.req.query_param("search") {
        f.search = search_terms(&s);
    }
    // DRF's OrderingFilter ignores fields it does not know; the first known one wins.
    if let Some(o) = c.req.query_param("ordering") {
        f.order = o.split(',').map(str::trim).find_map(|k| {
            let (desc, name) = match k.strip_prefix('-') {
                Some(n) => (true, n),
                None => (false, k),
            };
            MenuOrder::parse(name).map(|col| (col, desc))
        });
    }
    Ok(f)
}

/// `GET /api/menu/items/` (public).
pub fn list(c: &mut Ctx) -> Result<Response, ApiError> {
    let filter = filter_of(c)?;
    let page = paginate::Page::from_request(c.req)?;
    let (page, count, rows) = c.state.db.read(|conn| {
        let count = q::count(conn, &filter)?;
        let page = page.resolve(count)?;
        let rows = q::list(conn, &filter, page.offset(), page.limit())?;
        Ok::<_, ApiError>((page, count, rows))
    })?;
    let results = rows.iter().map(item_json).collect();
    ok(&paginate::envelope(c.req, page, count, results))
}

/// `GET /api/menu/items/{id}/` (public).
pub fn get(c: &mut Ctx) -> Result<Response, ApiError> {
    let id = id_param(c)?;
    let item = c.state.db.read(|conn| q::get(conn, id))?;
    match item {
        Some(m) => ok(&item_json(&m)),
        None => Err(ApiError::not_found()),
    }
}

/// `POST /api/menu/items/` (staff).
pub fn create(c: &mut Ctx) -> Result<Response, ApiError> {
    let user = c.user()?;
    let input = parse_input(&body_object(c)?, true)?;
    let base = MenuItemFields {
        name: String::new(),
        item_type: "regular".to_string(),
        price: 0,
        is_available: true,
    };
    let fields = input.apply(&base);
    let who = c.actor(&user);
    let u = user.clone();
    let resp = idempotency::write(c, &user, 201, move |w| {
        if q::name_taken(w, &fields.name, None)? {
            return Err(ApiError::field(
                "name",
                super::db_error::MENU_ITEM_DUPLICATE_NAME,
            ));
        }
        let id = q::insert(w, &fields, u.id, &now())?;
        let item = q::get(w, id)?.ok_or_else(|| ApiError::internal("new menu item not found"))?;
        let v = item_json(&item);
        let actor = who.as_actor();
        audit::record(w, &actor, "create", "menu_item", &id.to_string(), &v)?;
        Ok(v)
    })?;
    Ok(resp)
}

/// `PUT` (name and price required) and `PATCH` `/api/menu/items/{id}/` (staff).
pub fn update(c: &mut Ctx) -> Result<Response, ApiError> {
    let user = c.user()?;
    let id = id_param(c)?;
    // DRF looks the object up before validating the body: an unknown id is 404 either way.
    if c.state.db.read(|conn| q::get(conn, id))?.is_none() {
        return Err(ApiError::not_found());
    }
    let full = c.req.method != "PATCH";
    let input = parse_input(&body_object(c)?, full)?;
    let who = c.actor(&user);
    idempotency::write(c, &user, 200, move |w| {
        let cur = q::get(w, id)?.ok_or_else(ApiError::not_found)?;
        let old = fields_of(&cur);
        let new = input.apply(&old);
        if new.name != old.name && q::name_taken(w, &new.name, Some(id))? {
            return Err(ApiError::field(
                "name",
                super::db_error::MENU_ITEM_DUPLICATE_NAME,
            ));
        }
        if !q::update(w, id, &new, &now())? {
            return Err(ApiError::not_found());
        }
        let item = q::get(w, id)?.ok_or_else(ApiError::not_found)?;
        let actor = who.as_actor();
        audit::record(
            w,
            &actor,
            "update",
            "menu_item",
            &id.to_string(),
            &diff(&old, &new),
        )?;
        Ok(item_json(&item))
    })
}

/// `PUT /api/menu/items/{id}/toggle-availability/` (staff): flips `is_available`.
pub fn toggle(c: &mut Ctx) -> Result<Response, ApiError> {
    let user = c.user()?;
    let id = id_param(c)?;
    let who = c.actor(&user);
    idempotency::write(c, &user, 200, move |w| {
        let cur = q::get(w, id)?.ok_or_else(ApiError::not_found)?;
        let old = fields_of(&cur);
        let new = MenuItemFields {
            is_available: !old.is_available,
            ..old.clone()
        };
        q::update(w, id, &new, &now())?;
        let item = q::get(w, id)?.ok_or_else(ApiError::not_found)?;
        let actor = who.as_actor();
        audit::record(
            w,
            &actor,
            "toggle",
            "menu_item",
            &id.to_string(),
            &diff(&old, &new),
        )?;
        Ok(item_json(&item))
    })
}

/// `DELETE /api/menu/items/{id}/` (superadmin, admin): 204, or 409 when any order item
/// references the item (the foreign key is RESTRICT; the item should be made unavailable).
pub fn delete(c: &mut Ctx) -> Result<Response, ApiError> {
    let user = c.user()?;
    let id = id_param(c)?;
    let who = c.actor(&user);
    idempotency::write(c, &user, 204, move |w| {
        let cur = q::get(w, id)?.ok_or_else(ApiError::not_found)?;
        if q::is_referenced(w, id)? {
            return Err(ApiError::detail(409, super::db_error::MENU_ITEM_REFERENCED));
        }
        if !q::delete(w, id)? {
            return Err(ApiError::not_found());
        }
        let actor = who.as_actor();
        audit::record(
            w,
            &actor,
            "delete",
            "menu_item",
            &id.to_string(),
            &item_json(&cur),
        )?;
        Ok(Value::Null)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::validate::{NOT_NULL, REQUIRED};

    fn obj(v: Value) -> Map<String, Value> {
        match v {
            Value::Object(m) => m,
            _ => panic!("not an object"),
        }
    }

    fn errors(v: Value, full: bool) -> Value {
        match parse_input(&obj(v), full) {
            Ok(_) => panic!("should fail"),
            Err(e) => e.body,
        }
    }

    #[test]
    fn create_requires_name_and_price() {
        assert_eq!(
            errors(json!({}), true),
            json!({"name": [REQUIRED], "price": [REQUIRED]})
        );
        assert!(parse_input(&obj(json!({})), false).is_ok());
    }

    #[test]
    fn field_messages() {
        assert_eq!(
            errors(
                json!({"name": "  ", "price": "0", "item_type": "x", "is_available": "maybe"}),
                true
            ),
            json!({
                "name": ["This field may not be blank."],
                "price": ["Ensure this value is greater than or equal to 0.01."],
                "item_type": ["\"x\" is not a valid choice."],
                "is_available": ["Must be a valid boolean."],
            })
        );
        assert_eq!(
            errors(json!({"name": null, "price": "1.234"}), true),
            json!({"name": [NOT_NULL], "price": [money::ERR_DECIMALS]})
        );
        assert_eq!(
            errors(json!({"name": ["a"], "price": "abc"}), true),
            json!({"name": ["Not a valid string."], "price": [money::ERR_INVALID]})
        );
    }

    #[test]
    fn accepted_inputs() {
        let i = match parse_input(
            &obj(json!({"name": " Jollof ", "price": 40.5, "is_available": "false"})),
            true,
        ) {
            Ok(i) => i,
            Err(e) => panic!("{:?}", e.body),
        };
        assert_eq!(i.name.as_deref(), Some("Jollof"));
        assert_eq!(i.price, Some(4050));
        assert_eq!(i.is_available, Some(false));
        assert_eq!(i.item_type, None);
    }

    #[test]
    fn search_splits_terms() {
        assert_eq!(search_terms(" rice,  assorted "), vec!["rice", "assorted"]);
        assert!(search_terms("  ").is_empty());
    }
}
