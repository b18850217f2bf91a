//! Staff accounts: the current user (`users/me/`) and staff management (`users/staff/`).
//! A superadmin manages every account; an admin only frontdesk, kitchen and delivery ones
//! (`Role::can_manage`), and sees only those. There is no public sign-up.

use serde_json::{json, Value};

use crate::api::{ok, Ctx};
use crate::db;
use crate::db::users::User;
use crate::http::{ApiError, Response};

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

/// `GET users/all/me/` and `users/me/`: the caller's own account.
pub fn me(c: &mut Ctx) -> Result<Response, ApiError> {
    let me = c.user()?;
    let u = c
        .state
        .db
        .read(|conn| db::users::by_id(conn, me.id))?
        .ok_or_else(ApiError::not_found)?;
    ok(&user_json(&u))
}

pub fn list(_c: &mut Ctx) -> Result<Response, ApiError> {
    Err(ApiError::detail(501, "Not implemented yet."))
}
pub fn create(_c: &mut Ctx) -> Result<Response, ApiError> {
    Err(ApiError::detail(501, "Not implemented yet."))
}
pub fn get(_c: &mut Ctx) -> Result<Response, ApiError> {
    Err(ApiError::detail(501, "Not implemented yet."))
}
pub fn update(_c: &mut Ctx) -> Result<Response, ApiError> {
    Err(ApiError::detail(501, "Not implemented yet."))
}
pub fn deactivate(_c: &mut Ctx) -> Result<Response, ApiError> {
    Err(ApiError::detail(501, "Not implemented yet."))
}
