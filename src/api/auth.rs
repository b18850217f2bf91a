//! Login and tokens: `token/`, `token/refresh/`, `token/verify/` (the bearer-token check
//! behind `Ctx::user` is `api::ctx::authenticate`). Error bodies follow
//! djangorestframework-simplejwt so existing front ends read them unchanged.

use serde_json::{json, Value};

use crate::api::ctx::{unauthorized, Ctx};
use crate::api::{users, validate};
use crate::auth::jwt::{self, JwtError};
use crate::auth::password::{self, Verified};
use crate::db;
use crate::db::audit::Actor;
use crate::domain::clock;
use crate::http::{ApiError, Response};

const BAD_CREDENTIALS: &str = "No active account found with the given credentials";

/// 401 for a bad token sent in a body (refresh, verify).
fn invalid_or_expired() -> ApiError {
    unauthorized(json!({"detail": "Token is invalid or expired", "code": "token_not_valid"}))
}

/// String fields `names` from a JSON object body, in DRF's error shapes: missing or null is
/// "This field is required.", blank "This field may not be blank.", a non-string "Not a
/// valid string.". All fields are checked so the client sees every problem at once.
fn required_strings(body: &Value, names: &[&str]) -> Result<Vec<String>, ApiError> {
    let Some(obj) = body.as_object() else {
        return Err(validate::not_a_dict(body));
    };
    let mut errors = validate::Errors::default();
    let mut out = Vec::new();
    for name in names {
        let msg = match obj.get(*name) {
            None | Some(Value::Null) => "This field is required.",
            Some(Value::String(s)) if s.trim().is_empty() => "This field may not be blank.",
            Some(Value::String(s)) => {
                out.push(s.clone());
                continue;
            }
            Some(_) => "Not a valid string.",
        };
        errors.add(name, msg);
    }
    errors.check()?;
    Ok(out)
}

fn iso_s(unix_s: i64) -> String {
    clock::iso(unix_s.saturating_mul(clock::MICROS_PER_SEC))
}

/// `POST /api/token/`: username + password -> access and refresh tokens and the user.
pub fn obtain(c: &mut Ctx) -> Result<Response, ApiError> {
    let body = c.json()?;
    let fields = required_strings(&body, &["username", "password"])?;
    let (username, password) = (fields[0].clone(), fields[1].clone());
    let now = clock::unix_seconds();
    let peer_ip = c.peer();
    let throttle_key = format!("{peer_ip}|{}", username.to_lowercase());
    // Two limits: per IP and username (a guessed password), and per IP across usernames (a
    // spray). The per-IP count is not cleared by a success, or one known login would reset it.
    let ip_throttle = &c.state.login_ip_throttle;
    if let Err(wait) = ip_throttle.check(&peer_ip, now) {
        return Err(ApiError::throttled(wait));
    }
    if let Err(wait) = c.state.login_throttle.check(&throttle_key, now) {
        return Err(ApiError::throttled(wait));
    }
    let failed = || {
        c.state.login_throttle.record_failure(&throttle_key, now);
        ip_throttle.record_failure(&peer_ip, now);
    };
    let found = {
        let name = username.clone();
        c.state
            .db
            .read(move |conn| db::users::by_username(conn, &name))?
    };
    // argon2 runs here, outside the writer, so logins never stall other writes.
    let Some(user) = found else {
        password::verify_dummy(&password);
        failed();
        return Err(ApiError::detail(401, BAD_CREDENTIALS));
    };
    let needs_rehash = match password::verify_password(&password, &user.password) {
        Verified::Mismatch => {
            failed();
            return Err(ApiError::detail(401, BAD_CREDENTIALS));
        }
        Verified::Ok { needs_rehash } => needs_rehash,
    };
    if !user.is_active {
        return Err(ApiError::detail(401, BAD_CREDENTIALS));
    }
    let new_hash = if needs_rehash {
        match password::hash_password(&password) {
            Ok(h) => Some(h),
            Err(e) => {
                // The login itself is fine; the upgrade waits for the next one.
                log::warn!("rehash of {} failed: {e}", user.username);
                None
            }
        }
    } else {
        None
    };
    let cfg = &c.state.config;
    let role = user.role.as_str();
    let access = jwt::issue(
        &c.state.keys,
        "access",
        user.id,
        &user.username,
        role,
        user.token_generation,
        cfg.access_token_lifetime_s,
        now,
    )
    .map_err(ApiError::internal)?;
    let refresh = jwt::issue(
        &c.state.keys,
        "refresh",
        user.id,
        &user.username,
        role,
        user.token_generation,
        cfg.refresh_token_lifetime_s,
        now,
    )
    .map_err(ApiError::internal)?;
    {
        let (id, name, old_hash) = (user.id, user.username.clone(), user.password.clone());
        let peer = peer_ip.clone();
        let rehashed = new_hash.is_some();
        c.state.db.write(move |w| {
            let rehash = new_hash.as_deref().map(|h| (old_hash.as_str(), h));
            db::users::record_login(w, id, rehash)?;
            let actor = Actor {
                user_id: Some(id),
                username: &name,
                peer: &peer,
            };
            db::audit::record(
                w,
                &actor,
                "login",
                "user",
                &id.to_string(),
                &json!({ "password_rehashed": rehashed }),
            )
        })?;
    }
    c.state.login_throttle.record_success(&throttle_key);
    let mut resp = Response::json(
        200,
        &json!({
            "access": access.token,
            "refresh": refresh.token,
            "access_expires_at": iso_s(access.expires_at),
            "refresh_expires_at": iso_s(refresh.expires_at),
            "user": users::user_json(&user),
        }),
    );
    // G2 sent these; harmless for clients that ignore them.
    resp = resp
        .with_header(
            "X-Access-Token-Lifetime",
            cfg.access_token_lifetime_s.to_string(),
        )
        .with_header(
            "X-Refresh-Token-Lifetime",
            cfg.refresh_token_lifetime_s.to_string(),
        );
    Ok(resp)
}

/// `POST /api/token/refresh/`: a valid refresh token of a still-active user -> a new access
/// token (with the user's current role).
pub fn refresh(c: &mut Ctx) -> Result<Response, ApiError> {
    let body = c.json()?;
    let token = required_strings(&body, &["refresh"])?.remove(0);
    let now = clock::unix_seconds();
    let claims =
        jwt::decode(&c.state.keys, &token, "refresh", now).map_err(|_| invalid_or_expired())?;
    // Logged out with this refresh token (`users/logout/`): SimpleJWT's blacklist answer.
    if c.state
        .db
        .read(|conn| db::tokens::is_revoked(conn, &claims.jti))?
    {
        return Err(unauthorized(
            json!({"detail": "Token is blacklisted", "code": "token_not_valid"}),
        ));
    }
    let row = c
        .state
        .db
        .read(|conn| db::users::auth_row(conn, claims.user_id))?;
    // A refresh token from before a password change or reactivation is dead too.
    let Some(row) = row.filter(|r| r.is_active && r.token_generation == claims.generation) else {
        return Err(unauthorized(json!({
            "detail": "No active account found for the given token.",
            "code": "no_active_account"
        })));
    };
    let access = jwt::issue(
        &c.state.keys,
        "access",
        claims.user_id,
        &row.username,
        row.role.as_str(),
        row.token_generation,
        c.state.config.access_token_lifetime_s,
        now,
    )
    .map_err(ApiError::internal)?;
    Ok(Response::json(
        200,
        &json!({ "access": access.token, "access_expires_at": iso_s(access.expires_at) }),
    ))
}

/// `POST /api/token/verify/`: 200 `{}` for a valid, unexpired token of either type, unless
/// its account's password changed (or the account was reactivated) since it was issued.
pub fn verify(c: &mut Ctx) -> Result<Response, ApiError> {
    let body = c.json()?;
    let token = required_strings(&body, &["token"])?.remove(0);
    let now = clock::unix_seconds();
    // Signature and expiry are checked before the type, so "wrong type" means valid.
    let claims = match jwt::decode(&c.state.keys, &token, "access", now) {
        Ok(cl) => Some((cl, false)),
        Err(JwtError::WrongType) => jwt::decode(&c.state.keys, &token, "refresh", now)
            .ok()
            .map(|cl| (cl, true)),
        Err(_) => None,
    };
    let valid = match claims {
        None => false,
        Some((cl, is_refresh)) => {
            let (row, revoked) = c.state.db.read(|conn| {
                let row = db::users::auth_row(conn, cl.user_id)?;
                // A refresh token revoked by logout is no longer valid.
                let revoked = is_refresh && db::tokens::is_revoked(conn, &cl.jti)?;
                Ok::<_, ApiError>((row, revoked))
            })?;
            // As before for an account that no longer exists: the signature decides.
            !revoked && row.is_none_or(|r| r.token_generation == cl.generation)
        }
    };
    if valid {
        Ok(Response::json(200, &json!({})))
    } else {
        Err(invalid_or_expired())
    }
}
