//! What a handler receives: [`Ctx`] (the shared state, the request, path parameters, and the
//! caller once authenticated), the caller's identity ([`AuthUser`], [`Ctx::actor`] for the
//! audit trail), the access check the dispatcher runs before each handler ([`call`]), and the
//! handler type of the route table. It sits below every resource file (and below the route
//! table in `api/mod.rs`), so handlers import it and nothing here imports a handler.

use serde_json::{json, Value};

use crate::api::access::Access;
use crate::auth::jwt::{self, JwtError};
use crate::db;
use crate::db::audit::Actor;
use crate::domain::clock;
use crate::domain::status::Role;
use crate::http::{ApiError, Request, Response};
use crate::state::AppState;

/// A route's handler.
pub type Handler = fn(&mut Ctx) -> Result<Response, ApiError>;
/// One row of the route table.
pub type Route = crate::http::router::Route<Handler, Access>;

/// The authenticated caller, as the database says now (role changes and deactivation apply
/// to tokens already issued).
#[derive(Clone, Debug)]
pub struct AuthUser {
    pub id: i64,
    pub username: String,
    pub role: Role,
}

/// What a handler gets: the shared state, the request, path parameters, and the caller once
/// authenticated.
pub struct Ctx<'a> {
    pub state: &'a AppState,
    pub req: &'a Request,
    pub params: Vec<String>,
    user: Option<AuthUser>,
}

impl<'a> Ctx<'a> {
    pub fn new(state: &'a AppState, req: &'a Request, params: Vec<String>) -> Ctx<'a> {
        Ctx {
            state,
            req,
            params,
            user: None,
        }
    }

    /// The caller's username once authenticated (for the access log).
    pub fn username(&self) -> Option<String> {
        self.user.as_ref().map(|u| u.username.clone())
    }

    /// Path parameter `i` (they are always present when the route matched).
    pub fn param(&self, i: usize) -> &str {
        self.params.get(i).map(String::as_str).unwrap_or("")
    }

    /// The body as JSON (DRF's parse error on bad JSON).
    pub fn json(&self) -> Result<Value, ApiError> {
        self.req.json()
    }

    /// The caller from `Authorization: Bearer <access>`; 401 when missing, invalid, expired,
    /// a refresh token, or the user is gone or inactive.
    pub fn user(&mut self) -> Result<AuthUser, ApiError> {
        if let Some(u) = &self.user {
            return Ok(u.clone());
        }
        let u = authenticate(self.state, self.req)?;
        self.user = Some(u.clone());
        Ok(u)
    }

    /// The client's address as the audit trail and the login throttle record it: the bare IP
    /// (no port), and behind a proxy named in `TRUSTED_PROXIES` the client it forwarded for.
    pub fn peer(&self) -> String {
        crate::http::forwarded::client_ip(self.req, &self.state.config.trusted_proxies).to_string()
    }

    /// Who `user`'s change is recorded as in the audit trail: one format for every resource.
    /// Owned, so a write job can carry it to the writer thread.
    pub fn actor(&self, user: &AuthUser) -> AuditActor {
        AuditActor {
            user_id: user.id,
            username: user.username.clone(),
            peer: self.peer(),
        }
    }
}

/// The author of a change as [`Ctx::actor`] gives it.
#[derive(Clone, Debug)]
pub struct AuditActor {
    user_id: i64,
    username: String,
    peer: String,
}

impl AuditActor {
    /// The form `db::audit::record` takes.
    pub fn as_actor(&self) -> Actor<'_> {
        Actor {
            user_id: Some(self.user_id),
            username: &self.username,
            peer: &self.peer,
        }
    }
}

/// Enforces `access` for the request in `c`: 401 without a valid token, 403 for a role that
/// does not pass. The caller is cached in `c` for the handler.
pub fn enforce(c: &mut Ctx, access: Access) -> Result<(), ApiError> {
    if !access.needs_token() {
        return Ok(());
    }
    let user = c.user()?;
    if access.allows(user.role) {
        Ok(())
    } else {
        Err(ApiError::forbidden())
    }
}

/// Runs `route` for `c`: its access first, then its handler. Routing (404, 405) has already
/// happened, so a caller learns a path exists before learning it may not use it, as before.
pub fn call(route: &Route, c: &mut Ctx) -> Result<Response, ApiError> {
    enforce(c, route.access)?;
    (route.handler)(c)
}

/// JSON 200.
pub fn ok(v: &Value) -> Result<Response, ApiError> {
    Ok(Response::json(200, v))
}

/// JSON 201.
pub fn created(v: &Value) -> Result<Response, ApiError> {
    Ok(Response::json(201, v))
}

/// The caller behind `Authorization: Bearer <access>`, as the database says now: the role
/// comes from the users table (not the token), and a deleted or deactivated account is
/// refused even with an unexpired token.
pub fn authenticate(state: &AppState, req: &Request) -> Result<AuthUser, ApiError> {
    let Some(header) = req.header("authorization") else {
        return Err(ApiError::unauthenticated());
    };
    let mut parts = header.split_whitespace();
    // Like SimpleJWT, another scheme (Basic, ...) counts as "no credentials".
    match parts.next() {
        Some(scheme) if scheme.eq_ignore_ascii_case("bearer") => {}
        _ => return Err(ApiError::unauthenticated()),
    }
    let (Some(token), None) = (parts.next(), parts.next()) else {
        return Err(unauthorized(
            json!({"detail": "Authorization header must contain two space-delimited values", "code": "bad_authorization_header"}),
        ));
    };
    let claims = jwt::decode(&state.keys, token, "access", clock::unix_seconds())
        .map_err(token_not_valid)?;
    let row = state
        .db
        .read(|conn| db::users::auth_row(conn, claims.user_id))?;
    match row {
        None => Err(unauthorized(
            json!({"detail": "User not found", "code": "user_not_found"}),
        )),
        Some(r) if !r.is_active => Err(unauthorized(
            json!({"detail": "User is inactive", "code": "user_inactive"}),
        )),
        // Issued before the password changed or the account was reactivated.
        Some(r) if r.token_generation != claims.generation => {
            Err(token_not_valid(JwtError::Invalid))
        }
        Some(r) => Ok(AuthUser {
            id: claims.user_id,
            username: r.username,
            role: r.role,
        }),
    }
}

pub(crate) fn unauthorized(body: Value) -> ApiError {
    ApiError {
        status: 401,
        body,
        headers: vec![("WWW-Authenticate", "Bearer realm=\"api\"".to_string())],
    }
}

/// SimpleJWT's answer to a bad access token.
fn token_not_valid(e: JwtError) -> ApiError {
    unauthorized(json!({
        "detail": "Given token not valid for any token type",
        "code": "token_not_valid",
        "messages": [{
            "token_class": "AccessToken",
            "token_type": "access",
            "message": e.to_string(),
        }],
    }))
}
