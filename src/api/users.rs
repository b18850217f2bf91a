//! Staff accounts: the current user (`users/me/`) and staff management (`users/staff/`).
//! A superadmin manages every account; an admin only frontdesk, kitchen and delivery ones
//! (`Role::can_manage`), and sees only those. There is no public sign-up.
//!
//! Passwords are hashed before the write is queued (argon2 costs ~40 ms of CPU; the single
//! writer must not wait on it). Permission checks are repeated inside the write transaction
//! against the row as it is then, so a concurrent role change cannot slip through.

use serde_json::{json, Map, Value};

use crate::api::ctx::{ok, AuthUser, Ctx};
use crate::api::idempotency;
use crate::api::paginate::{envelope, Page};
use crate::api::validate::{self, Fields};
use crate::auth::password;
use crate::db;
use crate::db::users::{ListFilter, NewUser, User, UserChanges};
use crate::domain::status::Role;
use crate::http::{ApiError, Response};

/// Django's limits for these columns.
const MAX_NAME: usize = 150;
const MAX_EMAIL: usize = 254;

const USERNAME_TAKEN: &str = "A user with that username already exists.";

/// The wire shape of an account (the password hash never leaves the server).
pub fn user_json(u: &User) -> Value {
    json!({
        "id": u.id,
        "username": u.username,
        "first_name": u.first_name,
        "last_name": u.last_name,
        "email": u.email,
        "role": u.role.as_str(),
        "staff_id": u.staff_id,
        "is_active": u.is_active,
    })
}

/// The caller's own account row, as stored now (404 if it is gone). Shared by `me` and
/// `session::profile`.
pub(crate) fn own_account(c: &mut Ctx) -> Result<User, ApiError> {
    let me = c.user()?;
    c.state
        .db
        .read(|conn| db::users::by_id(conn, me.id))?
        .ok_or_else(ApiError::not_found)
}

/// `GET users/all/me/` and `users/me/`: the caller's own account.
pub fn me(c: &mut Ctx) -> Result<Response, ApiError> {
    ok(&user_json(&own_account(c)?))
}

/// The roles `caller` may see and manage; empty means all.
fn visible_roles(caller: Role) -> Vec<Role> {
    if caller == Role::Superadmin {
        Vec::new()
    } else {
        Role::ALL
            .iter()
            .copied()
            .filter(|r| caller.can_manage(*r))
            .collect()
    }
}

/// `GET users/staff/`: paginated; filters `role`, `is_active`, `search`.
pub fn list(c: &mut Ctx) -> Result<Response, ApiError> {
    let caller = c.user()?;
    let mut filter = ListFilter {
        roles: visible_roles(caller.role),
        ..Default::default()
    };
    if let Some(r) = c.req.query_param("role").filter(|r| !r.is_empty()) {
        let Some(role) = Role::parse(&r) else {
            return Err(validate::bad_query_choice("role", &r));
        };
        if !filter.roles.is_empty() && !filter.roles.contains(&role) {
            // A role the caller cannot see simply has no rows for them.
            let page = Page::from_request(c.req)?.resolve(0)?;
            return ok(&envelope(c.req, page, 0, Vec::new()));
        }
        filter.roles = vec![role];
    }
    filter.is_active = match c.req.query_param("is_active").as_deref() {
        None | Some("") => None,
        Some("true" | "True" | "1") => Some(true),
        Some("false" | "False" | "0") => Some(false),
        Some(_) => return Err(ApiError::field("is_active", validate::NOT_A_BOOLEAN)),
    };
    filter.search = c
        .req
        .query_param("search")
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty());
    let page = Page::from_request(c.req)?;
    let (page, count, rows) = c.state.db.read(|conn| {
        let count = db::users::count(conn, &filter)?;
        let page = page.resolve(count)?;
        let rows = db::users::list(conn, &filter, page.offset(), page.limit())?;
        Ok::<_, ApiError>((page, count, rows))
    })?;
    let results = rows.iter().map(user_json).collect();
    ok(&envelope(c.req, page, count, results))
}

/// The account `{id}` from the path, which the caller must be allowed to manage.
fn target(c: &mut Ctx, caller: &AuthUser) -> Result<User, ApiError> {
    let id = validate::id_param(c)?;
    let u = c
        .state
        .db
        .read(|conn| db::users::by_id(conn, id))?
        .ok_or_else(ApiError::not_found)?;
    if !caller.role.can_manage(u.role) {
        return Err(ApiError::forbidden());
    }
    Ok(u)
}

/// `GET users/staff/{id}/`.
pub fn get(c: &mut Ctx) -> Result<Response, ApiError> {
    let caller = c.user()?;
    let u = target(c, &caller)?;
    ok(&user_json(&u))
}

/// Validated fields of a create or edit body.
#[derive(Default)]
pub(crate) struct Input {
    username: Option<String>,
    pub(crate) password: Option<String>,
    role: Option<Role>,
    pub(crate) first_name: Option<String>,
    pub(crate) last_name: Option<String>,
    pub(crate) email: Option<String>,
    is_active: Option<bool>,
}

/// Reads and validates the account fields present in the body. `required` fields must be
/// present (create); everything else is optional (PATCH/PUT edits only what is sent).
pub(crate) fn parse_input(body: &Value, required: &[&str]) -> Result<Input, ApiError> {
    let obj = validate::body_object_untyped(body)?;
    let mut f = Fields::new(obj);
    let mut inp = Input::default();
    f.require_present(required);
    if let Some(u) = f.text("username") {
        match check_username(&u) {
            Ok(u) => inp.username = Some(u),
            Err(e) => f.error("username", e),
        }
    }
    if let Some(p) = f.text("password") {
        if p.is_empty() {
            f.error("password", validate::BLANK);
        } else if let Err(e) = password::check_new_password(&p) {
            f.error("password", e);
        } else {
            inp.password = Some(p);
        }
    }
    if let Some(r) = f.text("role") {
        match Role::parse(r.trim()) {
            Some(role) => inp.role = Some(role),
            None => f.error("role", format!("\"{r}\" is not a valid choice.")),
        }
    }
    for name in ["first_name", "last_name"] {
        if let Some(v) = f.text(name) {
            let v = v.trim().to_string();
            if v.chars().count() > MAX_NAME {
                f.error(
                    name,
                    format!("Ensure this field has no more than {MAX_NAME} characters."),
                );
            } else if v.chars().any(crate::domain::validate::hidden_char) {
                f.error(name, crate::domain::validate::HIDDEN_CHAR);
            } else if name == "first_name" {
                inp.first_name = Some(v);
            } else {
                inp.last_name = Some(v);
            }
        }
    }
    if let Some(e) = f.text("email") {
        let e = e.trim().to_string();
        if e.chars().count() > MAX_EMAIL {
            f.error(
                "email",
                format!("Ensure this field has no more than {MAX_EMAIL} characters."),
            );
        } else if !e.is_empty() && !email_ok(&e) {
            f.error("email", "Enter a valid email address.");
        } else {
            inp.email = Some(e);
        }
    }
    inp.is_active = f.boolean_strict("is_active");
    f.finish()?;
    Ok(inp)
}

/// Django's username rules, with its messages.
fn check_username(raw: &str) -> Result<String, String> {
    let u = raw.trim();
    if u.is_empty() {
        return Err("This field may not be blank.".into());
    }
    if u.chars().count() > MAX_NAME {
        return Err(format!(
            "Ensure this field has no more than {MAX_NAME} characters."
        ));
    }
    if !u
        .chars()
        .all(|ch| ch.is_alphanumeric() || "@.+-_".contains(ch))
    {
        return Err("Enter a valid username. This value may contain only letters, numbers, and @/./+/-/_ characters.".into());
    }
    Ok(u.to_string())
}

/// A plausible address: one `@`, a non-empty local part, a dotted domain, no spaces.
fn email_ok(e: &str) -> bool {
    let Some((local, domain)) = e.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && !e.chars().any(char::is_whitespace)
        && domain
            .split('.')
            .all(|p| !p.is_empty() && !p.starts_with('-') && !p.ends_with('-'))
        && domain.contains('.')
}

pub(crate) fn hash(plain: Option<&str>) -> Result<Option<String>, ApiError> {
    plain
        .map(|p| password::hash_password(p).map_err(ApiError::internal))
        .transpose()
}

/// `POST users/staff/`: `{username, password, role, first_name?, last_name?, email?}`.
/// `role` defaults to frontdesk, as in the original model.
pub fn create(c: &mut Ctx) -> Result<Response, ApiError> {
    let caller = c.user()?;
    let body = c.json()?;
    let inp = parse_input(&body, &["username", "password"])?;
    let role = inp.role.unwrap_or(Role::Frontdesk);
    if !caller.role.can_manage(role) {
        return Err(ApiError::forbidden());
    }
    let (Some(username), Some(plain)) = (inp.username, inp.password) else {
        return Err(ApiError::internal(
            "validated create lacks username or password",
        ));
    };
    let new = NewUser {
        username,
        password_hash: password::hash_password(&plain).map_err(ApiError::internal)?,
        first_name: inp.first_name.unwrap_or_default(),
        last_name: inp.last_name.unwrap_or_default(),
        email: inp.email.unwrap_or_default(),
        role,
    };
    let who = c.actor(&caller);
    // Uniqueness is checked only inside the transaction: an earlier check would answer a
    // replayed Idempotency-Key retry with "already exists" instead of the stored 201.
    idempotency::write(c, &caller, 201, move |w| {
        if db::users::username_taken(w, &new.username, None)? {
            return Err(ApiError::field("username", USERNAME_TAKEN));
        }
        let u = db::users::insert(w, &new)?;
        let changes = json!({
            "username": u.username,
            "role": u.role.as_str(),
            "staff_id": u.staff_id,
            "first_name": u.first_name,
            "last_name": u.last_name,
            "email": u.email,
        });
        let actor = who.as_actor();
        db::audit::record(w, &actor, "create", "user", &u.id.to_string(), &changes)?;
        Ok(user_json(&u))
    })
}

/// `PATCH`/`PUT users/staff/{id}/`: edits the fields sent (PUT is treated like PATCH, so a
/// client need not resend the write-only password). Role changes obey the same limits as
/// creation; nobody changes their own role or deactivates themselves.
pub fn update(c: &mut Ctx) -> Result<Response, ApiError> {
    let caller = c.user()?;
    let t = target(c, &caller)?;
    let body = c.json()?;
    let inp = parse_input(&body, &[])?;
    if let Some(role) = inp.role {
        if !caller.role.can_manage(role) {
            return Err(ApiError::forbidden());
        }
        if t.id == caller.id && role != t.role {
            return Err(ApiError::field("role", "You cannot change your own role."));
        }
    }
    if t.id == caller.id && inp.is_active == Some(false) {
        return Err(ApiError::field(
            "is_active",
            "You cannot deactivate your own account.",
        ));
    }
    let changes = UserChanges {
        username: inp.username,
        password_hash: hash(inp.password.as_deref())?,
        first_name: inp.first_name,
        last_name: inp.last_name,
        email: inp.email,
        role: inp.role,
        is_active: inp.is_active,
    };
    let who = c.actor(&caller);
    let actor_user = caller.clone();
    let id = t.id;
    idempotency::write(c, &caller, 200, move |w| {
        let before = db::users::by_id(w, id)?.ok_or_else(ApiError::not_found)?;
        if !actor_user.role.can_manage(before.role) {
            return Err(ApiError::forbidden());
        }
        if let Some(name) = &changes.username {
            if db::users::username_taken(w, name, Some(id))? {
                return Err(ApiError::field("username", USERNAME_TAKEN));
            }
        }
        if changes.is_empty() {
            return Ok(user_json(&before));
        }
        let after = db::users::update(w, id, &changes)?.ok_or_else(ApiError::not_found)?;
        let diff = diff(&before, &after, changes.password_hash.is_some());
        if !diff.is_empty() {
            let actor = who.as_actor();
            db::audit::record(
                w,
                &actor,
                "update",
                "user",
                &id.to_string(),
                &Value::Object(diff),
            )?;
        }
        Ok(user_json(&after))
    })
}

/// `{field: [old, new]}` for each changed column; the password only as "changed".
fn diff(a: &User, b: &User, password_changed: bool) -> Map<String, Value> {
    let mut m = Map::new();
    let mut put = |k: &str, x: Value, y: Value| {
        if x != y {
            m.insert(k.to_string(), json!([x, y]));
        }
    };
    put("username", json!(a.username), json!(b.username));
    put("first_name", json!(a.first_name), json!(b.first_name));
    put("last_name", json!(a.last_name), json!(b.last_name));
    put("email", json!(a.email), json!(b.email));
    put("role", json!(a.role.as_str()), json!(b.role.as_str()));
    put("is_active", json!(a.is_active), json!(b.is_active));
    if password_changed {
        m.insert("password".into(), json!("changed"));
    }
    m
}

/// `DELETE users/staff/{id}/`: deactivates (accounts are never deleted: orders and the
/// audit trail refer to them). 204.
pub fn deactivate(c: &mut Ctx) -> Result<Response, ApiError> {
    let caller = c.user()?;
    let t = target(c, &caller)?;
    if t.id == caller.id {
        return Err(ApiError::detail(
            400,
            "You cannot deactivate your own account.",
        ));
    }
    let who = c.actor(&caller);
    let actor_user = caller.clone();
    let id = t.id;
    idempotency::write(c, &caller, 204, move |w| {
        let before = db::users::by_id(w, id)?.ok_or_else(ApiError::not_found)?;
        if !actor_user.role.can_manage(before.role) {
            return Err(ApiError::forbidden());
        }
        if before.is_active {
            let ch = UserChanges {
                is_active: Some(false),
                ..Default::default()
            };
            db::users::update(w, id, &ch)?;
            let actor = who.as_actor();
            db::audit::record(
                w,
                &actor,
                "deactivate",
                "user",
                &id.to_string(),
                &json!({"is_active": [true, false]}),
            )?;
        }
        Ok(Value::Null)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails() {
        for good in ["a@b.co", "kofi.asante+x@adakings.com.gh"] {
            assert!(email_ok(good), "{good}");
        }
        for bad in [
            "", "a", "a@", "@b.co", "a@b", "a b@c.co", "a@b..co", "a@@b.co",
        ] {
            assert!(!email_ok(bad), "{bad}");
        }
    }

    #[test]
    fn input_validation_collects_every_field() {
        let e = parse_input(
            &json!({"role": "chef", "password": "123", "email": "x", "is_active": "maybe"}),
            &["username", "password"],
        )
        .err()
        .unwrap();
        let b = e.body.as_object().unwrap();
        assert_eq!(b["username"], json!(["This field is required."]));
        assert_eq!(b["role"], json!(["\"chef\" is not a valid choice."]));
        assert!(b["password"][0].as_str().unwrap().contains("too short"));
        assert_eq!(b["email"], json!(["Enter a valid email address."]));
        assert_eq!(b["is_active"], json!(["Must be a valid boolean."]));
    }

    #[test]
    fn admins_see_only_what_they_manage() {
        assert!(visible_roles(Role::Superadmin).is_empty());
        assert_eq!(
            visible_roles(Role::Admin),
            vec![Role::Frontdesk, Role::Kitchen, Role::Delivery]
        );
    }
}
