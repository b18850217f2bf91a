//! The original backend's session endpoints, which its web frontend calls: `users/login/`,
//! `users/logout/` and `users/profile/`.
//!
//! Login is `token/` underneath (same password check, throttle, audit row and tokens); only
//! the answer is reshaped into what the original sent. Logout revokes the refresh token it is
//! given, so that token cannot mint access tokens any more.

use serde_json::{json, Map, Value};

use crate::api::ctx::{ok, Ctx};
use crate::api::{auth, idempotency, users, validate};
use crate::auth::jwt::{self, JwtError};
use crate::auth::password::{self, Verified};
use crate::db;
use crate::db::users::{User, UserChanges};
use crate::domain::clock;
use crate::domain::status::Role;
use crate::http::{ApiError, Response};

/// An account as the original's login answered it. The original had Django's `is_staff` and
/// `is_superuser` flags; here only a superadmin has them. `staff_id` is this server's own.
pub fn login_user_json(u: &User) -> Value {
    let superuser = u.role == Role::Superadmin;
    json!({
        "id": u.id,
        "username": u.username,
        "email": u.email,
        "first_name": u.first_name,
        "last_name": u.last_name,
        "role": u.role.as_str(),
        "is_staff": superuser,
        "is_superuser": superuser,
        "is_active": u.is_active,
        "date_joined": u.created_at,
        "staff_id": u.staff_id,
    })
}

/// `POST /api/users/login/`: `{username, password}` -> `{user, access, refresh, message}`.
/// Bad credentials (and an inactive account) are 400 `{"error": "Invalid credentials"}`, as
/// the original answered; missing fields and throttling answer as `token/` does.
pub fn login(c: &mut Ctx) -> Result<Response, ApiError> {
    let resp = match auth::obtain(c) {
        Err(e) if e.status == 401 => {
            return Err(ApiError::validation(
                json!({ "error": "Invalid credentials" }),
            ))
        }
        Err(e) => return Err(e),
        Ok(r) if r.status != 200 => return Ok(r),
        Ok(r) => r,
    };
    let tokens: Value = serde_json::from_slice(&resp.body).map_err(ApiError::internal)?;
    let id = tokens["user"]["id"]
        .as_i64()
        .ok_or_else(|| ApiError::internal("token response without user id"))?;
    let user = c
        .state
        .db
        .read(|conn| db::users::by_id(conn, id))?
        .ok_or_else(|| ApiError::internal(format!("user {id} vanished during login")))?;
    ok(&json!({
        "user": login_user_json(&user),
        "access": tokens["access"],
        "refresh": tokens["refresh"],
        "message": "Login successful",
    }))
}

/// `POST /api/users/logout/` (any role): 200 `{"message": "Logout successful"}`. The body is
/// optional (the original frontend sends none); with `{"refresh": <token>}` that refresh token
/// is revoked: `token/refresh/` refuses it from then on.
pub fn logout(c: &mut Ctx) -> Result<Response, ApiError> {
    let user = c.user()?;
    let refresh = match c.json()? {
        Value::Object(m) => match m.get("refresh") {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) if s.trim().is_empty() => None,
            Some(Value::String(s)) => Some(s.trim().to_string()),
            Some(_) => return Err(ApiError::field("refresh", "Not a valid string.")),
        },
        _ => None,
    };
    if let Some(token) = refresh {
        let now = clock::unix_seconds();
        match jwt::decode(&c.state.keys, &token, "refresh", now) {
            Ok(claims) => {
                let (jti, exp) = (claims.jti.clone(), claims.exp);
                c.state
                    .db
                    .write(move |w| db::tokens::revoke(w, &jti, exp, now))?;
                log::info!("{} logged out; refresh token revoked", user.username);
            }
            // Already useless: nothing to revoke.
            Err(JwtError::Expired) => {}
            Err(e) => {
                let msg = e.to_string();
                return Err(ApiError::validation(
                    json!({ "refresh": [msg], "detail": msg }),
                ));
            }
        }
    }
    ok(&json!({ "message": "Logout successful" }))
}

/// The profile fields the original answered with.
fn profile_json(u: &User) -> Value {
    json!({
        "email": u.email,
        "first_name": u.first_name,
        "last_name": u.last_name,
    })
}

/// `GET /api/users/profile/` (any role): `{email, first_name, last_name}` of the caller. The
/// original allowed only PUT and PATCH here; reading the same shape is harmless.
pub fn profile(c: &mut Ctx) -> Result<Response, ApiError> {
    ok(&profile_json(&users::own_account(c)?))
}

/// `PUT`/`PATCH /api/users/profile/` (any role): edits the caller's `email`, `first_name`,
/// `last_name` (other keys are ignored, as the original did). A new `password` needs the
/// `current_password` too; changing it goes through the same account update as staff
/// management, so whatever that does to older tokens applies here as well.
pub fn update_profile(c: &mut Ctx) -> Result<Response, ApiError> {
    let me = c.user()?;
    let body = validate::body_object(c)?;
    let mut fields = Map::new();
    for k in ["email", "first_name", "last_name", "password"] {
        if let Some(v) = body.get(k) {
            fields.insert(k.to_string(), v.clone());
        }
    }
    let inp = users::parse_input(&Value::Object(fields), &[])?;
    if inp.password.is_some() {
        check_current_password(c, me.id, body.get("current_password"))?;
    }
    let changes = UserChanges {
        password_hash: users::hash(inp.password.as_deref())?,
        first_name: inp.first_name,
        last_name: inp.last_name,
        email: inp.email,
        ..Default::default()
    };
    let who = c.actor(&me);
    let id = me.id;
    idempotency::write(c, &me, 200, move |w| {
        let before = db::users::by_id(w, id)?.ok_or_else(ApiError::not_found)?;
        if changes.is_empty() {
            return Ok(profile_json(&before));
        }
        let after = db::users::update(w, id, &changes)?.ok_or_else(ApiError::not_found)?;
        let mut diff = Map::new();
        for (k, a, b) in [
            ("email", &before.email, &after.email),
            ("first_name", &before.first_name, &after.first_name),
            ("last_name", &before.last_name, &after.last_name),
        ] {
            if a != b {
                diff.insert(k.to_string(), json!([a, b]));
            }
        }
        if changes.password_hash.is_some() {
            diff.insert("password".into(), json!("changed"));
        }
        if !diff.is_empty() {
            let actor = who.as_actor();
            db::audit::record(
                w,
                &actor,
                "update_profile",
                "user",
                &id.to_string(),
                &Value::Object(diff),
            )?;
        }
        Ok(profile_json(&after))
    })
}

/// 400 unless `given` is the caller's current password (a stolen access token alone must not
/// be enough to take the account over).
fn check_current_password(c: &Ctx, id: i64, given: Option<&Value>) -> Result<(), ApiError> {
    let Some(Value::String(given)) = given else {
        return Err(ApiError::field(
            "current_password",
            "This field is required to change the password.",
        ));
    };
    let u = c
        .state
        .db
        .read(|conn| db::users::by_id(conn, id))?
        .ok_or_else(ApiError::not_found)?;
    match password::verify_password(given, &u.password) {
        Verified::Ok { .. } => Ok(()),
        Verified::Mismatch => Err(ApiError::field(
            "current_password",
            "Your current password is incorrect.",
        )),
    }
}
