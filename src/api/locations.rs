//! `/api/orders/delivery-locations/`: the public list of active locations with their fees,
//! and their management by superadmin and admin. Inactive locations are visible only to staff
//! (`?include_inactive=true` on the list, or by id), so they can be edited and reactivated.

use serde_json::{json, Map, Value};

use crate::api::ctx::{ok, Ctx};
use crate::api::validate::{body_object, id_param, Fields};
use crate::api::{idempotency, paginate};
use crate::db::audit;
use crate::db::locations::{self as q, LocationFields, LocationRow};
use crate::domain::{clock, money};
use crate::http::{ApiError, Response};

/// Longest location name, as in the original model.
pub const NAME_MAX: usize = 100;

/// The current time as stored in timestamp columns.
fn now() -> String {
    clock::iso(clock::now_micros())
}

/// The JSON of one location.
pub fn location_json(l: &LocationRow) -> Value {
    json!({
        "id": l.id,
        "name": l.name,
        "fee": money::format(l.fee),
        "is_active": l.is_active,
        "created_at": l.created_at,
        "updated_at": l.updated_at,
    })
}

/// Whether the caller is staff. The token is only examined when it matters, and a bad one
/// then gets the usual 401 rather than silently hiding rows.
fn caller_is_staff(c: &mut Ctx) -> Result<bool, ApiError> {
    if c.req.header("authorization").is_none() {
        return Ok(false);
    }
    Ok(c.user()?.role.is_staff())
}

fn truthy(v: &str) -> bool {
    matches!(
        v.to_ascii_lowercase().as_str(),
        "true" | "1" | "yes" | "on" | "t" | "y"
    )
}

/// `GET /api/orders/delivery-locations/` (public): active locations by name; staff may add
/// `?include_inactive=true`.
pub fn list(c: &mut Ctx) -> Result<Response, ApiError> {
    let wants_all = c
        .req
        .query_param("include_inactive")
        .is_some_and(|v| truthy(&v));
    let all = wants_all && caller_is_staff(c)?;
    let page = paginate::Page::from_request(c.req)?;
    let (page, count, rows) = c.state.db.read(|conn| {
        let count = q::count(conn, all)?;
        let page = page.resolve(count)?;
        let rows = q::list(conn, all, page.offset(), page.limit())?;
        Ok::<_, ApiError>((page, count, rows))
    })?;
    let results = rows.iter().map(location_json).collect();
    ok(&paginate::envelope(c.req, page, count, results))
}

/// `GET /api/orders/delivery-locations/{id}/` (public; inactive ones for staff only).
pub fn get(c: &mut Ctx) -> Result<Response, ApiError> {
    let id = id_param(c)?;
    let loc = c
        .state
        .db
        .read(|conn| q::get(conn, id))?
        .ok_or_else(ApiError::not_found)?;
    if !loc.is_active && !caller_is_staff(c)? {
        return Err(ApiError::not_found());
    }
    ok(&location_json(&loc))
}

/// Fields sent; `None` = not sent.
struct LocationInput {
    name: Option<String>,
    fee: Option<i64>,
    is_active: Option<bool>,
}

/// Validates a body; `full` (POST, PUT) requires name and fee.
fn parse_input(obj: &Map<String, Value>, full: bool) -> Result<LocationInput, ApiError> {
    let mut f = Fields::new(obj);
    let input = LocationInput {
        name: f.name("name", NAME_MAX, full),
        fee: f.money("fee", 0, full),
        is_active: f.boolean("is_active"),
    };
    f.finish()?;
    Ok(input)
}

impl LocationInput {
    fn apply(self, base: &LocationFields) -> LocationFields {
        LocationFields {
            name: self.name.unwrap_or_else(|| base.name.clone()),
            fee: self.fee.unwrap_or(base.fee),
            is_active: self.is_active.unwrap_or(base.is_active),
        }
    }
}

fn fields_of(l: &LocationRow) -> LocationFields {
    LocationFields {
        name: l.name.clone(),
        fee: l.fee,
        is_active: l.is_active,
    }
}

/// `{field: {old, new}}` for the fields that changed, for the audit row.
fn diff(old: &LocationFields, new: &LocationFields) -> Value {
    let mut d = Map::new();
    let mut put = |k: &str, o: Value, n: Value| {
        if o != n {
            d.insert(k.to_string(), json!({ "old": o, "new": n }));
        }
    };
    put("name", json!(old.name), json!(new.name));
    put(
        "fee",
        json!(money::format(old.fee)),
        json!(money::format(new.fee)),
    );
    put("is_active", json!(old.is_active), json!(new.is_active));
    Value::Object(d)
}

/// `POST /api/orders/delivery-locations/` (superadmin, admin).
pub fn create(c: &mut Ctx) -> Result<Response, ApiError> {
    let user = c.user()?;
    let input = parse_input(&body_object(c)?, true)?;
    let fields = input.apply(&LocationFields {
        name: String::new(),
        fee: 0,
        is_active: true,
    });
    let who = c.actor(&user);
    idempotency::write(c, &user, 201, move |w| {
        if q::name_taken(w, &fields.name, None)? {
            return Err(ApiError::field(
                "name",
                super::db_error::LOCATION_DUPLICATE_NAME,
            ));
        }
        let id = q::insert(w, &fields, &now())?;
        let loc = q::get(w, id)?.ok_or_else(|| ApiError::internal("new location not found"))?;
        let v = location_json(&loc);
        let actor = who.as_actor();
        audit::record(
            w,
            &actor,
            "create",
            "delivery_location",
            &id.to_string(),
            &v,
        )?;
        Ok(v)
    })
}

/// `PATCH` and `PUT` (name and fee required) `/api/orders/delivery-locations/{id}/`
/// (superadmin, admin).
pub fn update(c: &mut Ctx) -> Result<Response, ApiError> {
    let user = c.user()?;
    let id = id_param(c)?;
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
                super::db_error::LOCATION_DUPLICATE_NAME,
            ));
        }
        if !q::update(w, id, &new, &now())? {
            return Err(ApiError::not_found());
        }
        let loc = q::get(w, id)?.ok_or_else(ApiError::not_found)?;
        let actor = who.as_actor();
        audit::record(
            w,
            &actor,
            "update",
            "delivery_location",
            &id.to_string(),
            &diff(&old, &new),
        )?;
        Ok(location_json(&loc))
    })
}

/// `DELETE /api/orders/delivery-locations/{id}/` (superadmin, admin): 204. Orders that used
/// the location keep its name and fee (snapshot); their link is cleared by the foreign key.
pub fn delete(c: &mut Ctx) -> Result<Response, ApiError> {
    let user = c.user()?;
    let id = id_param(c)?;
    let who = c.actor(&user);
    idempotency::write(c, &user, 204, move |w| {
        let cur = q::get(w, id)?.ok_or_else(ApiError::not_found)?;
        if !q::delete(w, id)? {
            return Err(ApiError::not_found());
        }
        let actor = who.as_actor();
        audit::record(
            w,
            &actor,
            "delete",
            "delivery_location",
            &id.to_string(),
            &location_json(&cur),
        )?;
        Ok(Value::Null)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fee_rules() {
        let obj = |v: Value| match v {
            Value::Object(m) => m,
            _ => panic!("not an object"),
        };
        let e = match parse_input(&obj(json!({"name": "Legon", "fee": "-1"})), true) {
            Ok(_) => panic!("negative fee accepted"),
            Err(e) => e.body,
        };
        assert_eq!(
            e,
            json!({"fee": ["Ensure this value is greater than or equal to 0.00."]})
        );
        let ok = parse_input(&obj(json!({"name": "Legon", "fee": 0})), true);
        assert!(ok.is_ok_and(|i| i.fee == Some(0)));
        assert!(parse_input(&obj(json!({"is_active": false})), false).is_ok());
    }

    #[test]
    fn truthy_values() {
        assert!(truthy("true") && truthy("True") && truthy("1"));
        assert!(!truthy("false") && !truthy("") && !truthy("0"));
    }
}
