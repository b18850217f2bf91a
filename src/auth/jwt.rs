//! HS256 access and refresh tokens, shaped like the djangorestframework-simplejwt
//! tokens the original backend issued (same claim names, same error texts), so
//! existing front ends keep working.
//!
//! Time is always passed in by the caller (`now_s`) instead of read from the
//! clock, which keeps expiry deterministic in tests and lets the server use one
//! "now" for a whole request.

use std::fmt;

use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};

/// The claim set of every token we issue.
#[derive(Serialize, Deserialize, Clone, Debug)]
pub struct Claims {
    /// "access" or "refresh".
    pub token_type: String,
    pub user_id: i64,
    pub username: String,
    pub role: String,
    /// Random id (uuid v4, 32 hex digits) so a token can be revoked or logged.
    pub jti: String,
    /// Issued at, unix seconds.
    pub iat: i64,
    /// Expires at, unix seconds; the token is dead from this second on.
    pub exp: i64,
    /// The user's token generation when this token was issued. A password change or a
    /// reactivation bumps the user's generation, and a token whose `gen` differs is refused.
    /// Tokens from before generations existed decode as 0, the starting generation.
    #[serde(rename = "gen", default)]
    pub generation: i64,
}

/// Signing and verification keys derived from the shared secret. Built once at
/// startup and shared; it has no Debug impl so the secret cannot end up in logs.
#[derive(Clone)]
pub struct Keys {
    encoding: EncodingKey,
    decoding: DecodingKey,
    validation: Validation,
}

impl Keys {
    pub fn new(secret: &[u8]) -> Keys {
        // Only HS256 is acceptable: pinning the algorithm list is what stops
        // "alg: none" and algorithm-confusion tokens.
        let mut validation = Validation::new(Algorithm::HS256);
        // Expiry is checked in `decode` against the caller's clock with zero
        // leeway; the library would read the system clock and add 60 s leeway.
        validation.validate_exp = false;
        validation.validate_nbf = false;
        validation.validate_aud = false;
        validation.leeway = 0;
        // `exp` presence is enforced by deserializing into `Claims` instead.
        validation.required_spec_claims.clear();
        Keys {
            encoding: EncodingKey::from_secret(secret),
            decoding: DecodingKey::from_secret(secret),
            validation,
        }
    }
}

/// A freshly signed token and when it expires (unix seconds).
#[derive(Clone, Debug)]
pub struct Issued {
    pub token: String,
    pub expires_at: i64,
}

/// Why a token was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JwtError {
    Expired,
    Invalid,
    WrongType,
}

impl fmt::Display for JwtError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // SimpleJWT deliberately uses one text for both, so a client cannot tell
        // a forged token from an old one.
        let text = match self {
            JwtError::Expired | JwtError::Invalid => "Token is invalid or expired",
            JwtError::WrongType => "Token has wrong type",
        };
        f.write_str(text)
    }
}

impl std::error::Error for JwtError {}

/// Token types we issue. Anything else would be a caller bug.
const TOKEN_TYPES: [&str; 2] = ["access", "refresh"];

/// Signs a new token of `token_type` for the user (at token generation `generation`),
/// valid for `lifetime_s` seconds from `now_s`.
#[allow(clippy::too_many_arguments)]
pub fn issue(
    keys: &Keys,
    token_type: &str,
    user_id: i64,
    username: &str,
    role: &str,
    generation: i64,
    lifetime_s: i64,
    now_s: i64,
) -> Result<Issued, String> {
    if !TOKEN_TYPES.contains(&token_type) {
        return Err(format!("unknown token type {token_type:?}"));
    }
    if lifetime_s <= 0 {
        return Err(format!("token lifetime must be positive, got {lifetime_s}"));
    }
    let exp = now_s
        .checked_add(lifetime_s)
        .ok_or_else(|| "token expiry overflows".to_string())?;
    let claims = Claims {
        token_type: token_type.to_string(),
        user_id,
        username: username.to_string(),
        role: role.to_string(),
        jti: new_jti()?,
        iat: now_s,
        exp,
        generation,
    };
    let token = jsonwebtoken::encode(&Header::new(Algorithm::HS256), &claims, &keys.encoding)
        .map_err(|e| format!("token signing failed: {e}"))?;
    Ok(Issued {
        token,
        expires_at: exp,
    })
}

/// A uuid v4 in "simple" form (32 lowercase hex digits, like SimpleJWT's
/// `uuid4().hex`). Randomness comes from getrandom so a failing OS RNG is an
/// error instead of the panic `Uuid::new_v4` would raise.
fn new_jti() -> Result<String, String> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| format!("random jti unavailable: {e}"))?;
    let id = uuid::Builder::from_random_bytes(bytes).into_uuid();
    Ok(id.as_simple().to_string())
}

/// Verifies `token` (HS256 signature, expiry at `now_s` with no leeway, type)
/// and returns its claims.
pub fn decode(
    keys: &Keys,
    token: &str,
    expected_type: &str,
    now_s: i64,
) -> Result<Claims, JwtError> {
    let data = jsonwebtoken::decode::<Claims>(token, &keys.decoding, &keys.validation)
        .map_err(|_| JwtError::Invalid)?;
    let claims = data.claims;
    // Same order as SimpleJWT: an expired token is reported as such even when it
    // is also of the wrong type. `exp` is the first second it is no longer valid
    // (PyJWT rejects when exp <= now).
    if now_s >= claims.exp {
        return Err(JwtError::Expired);
    }
    if claims.token_type != expected_type {
        return Err(JwtError::WrongType);
    }
    Ok(claims)
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use base64::Engine as _;

    const NOW: i64 = 1_750_000_000;

    fn keys() -> Keys {
        Keys::new(b"test-secret-key-with-enough-entropy")
    }

    fn access(keys: &Keys) -> Issued {
        issue(keys, "access", 7, "ama", "frontdesk", 0, 300, NOW).unwrap()
    }

    #[test]
    fn round_trip() {
        let k = keys();
        let issued = access(&k);
        assert_eq!(issued.expires_at, NOW + 300);
        let c = decode(&k, &issued.token, "access", NOW + 10).unwrap();
        assert_eq!(c.token_type, "access");
        assert_eq!(c.user_id, 7);
        assert_eq!(c.username, "ama");
        assert_eq!(c.role, "frontdesk");
        assert_eq!(c.iat, NOW);
        assert_eq!(c.exp, NOW + 300);
        assert_eq!(c.jti.len(), 32);
        assert!(c.jti.chars().all(|ch| ch.is_ascii_hexdigit()));
    }

    #[test]
    fn header_says_hs256() {
        let k = keys();
        let issued = access(&k);
        let header = jsonwebtoken::decode_header(&issued.token).unwrap();
        assert_eq!(header.alg, Algorithm::HS256);
    }

    #[test]
    fn jti_is_unique() {
        let k = keys();
        let a = decode(&k, &access(&k).token, "access", NOW).unwrap();
        let b = decode(&k, &access(&k).token, "access", NOW).unwrap();
        assert_ne!(a.jti, b.jti);
    }

    #[test]
    fn expiry_has_zero_leeway() {
        let k = keys();
        let t = access(&k).token;
        assert!(decode(&k, &t, "access", NOW + 299).is_ok());
        assert_eq!(
            decode(&k, &t, "access", NOW + 300).unwrap_err(),
            JwtError::Expired
        );
        assert_eq!(
            decode(&k, &t, "access", NOW + 301).unwrap_err(),
            JwtError::Expired
        );
    }

    #[test]
    fn tampered_signature_is_invalid() {
        let k = keys();
        let t = access(&k).token;
        let (head, sig) = t.rsplit_once('.').unwrap();
        // Flip the first signature character to a different base64url char.
        let first = if sig.starts_with('A') { "B" } else { "A" };
        let forged = format!("{head}.{first}{}", &sig[1..]);
        assert_eq!(
            decode(&k, &forged, "access", NOW).unwrap_err(),
            JwtError::Invalid
        );
    }

    #[test]
    fn tampered_payload_is_invalid() {
        let k = keys();
        let t = access(&k).token;
        let parts: Vec<&str> = t.split('.').collect();
        let payload = URL_SAFE_NO_PAD.decode(parts[1]).unwrap();
        let payload = String::from_utf8(payload)
            .unwrap()
            .replace("frontdesk", "superadmin");
        let forged = format!(
            "{}.{}.{}",
            parts[0],
            URL_SAFE_NO_PAD.encode(payload),
            parts[2]
        );
        assert_eq!(
            decode(&k, &forged, "access", NOW).unwrap_err(),
            JwtError::Invalid
        );
    }

    #[test]
    fn wrong_secret_is_invalid() {
        let t = access(&keys()).token;
        let other = Keys::new(b"another-secret");
        assert_eq!(
            decode(&other, &t, "access", NOW).unwrap_err(),
            JwtError::Invalid
        );
    }

    #[test]
    fn refresh_used_as_access_is_wrong_type() {
        let k = keys();
        let r = issue(&k, "refresh", 7, "ama", "frontdesk", 0, 86_400, NOW).unwrap();
        assert_eq!(
            decode(&k, &r.token, "access", NOW).unwrap_err(),
            JwtError::WrongType
        );
        assert!(decode(&k, &r.token, "refresh", NOW).is_ok());
        let a = access(&k);
        assert_eq!(
            decode(&k, &a.token, "refresh", NOW).unwrap_err(),
            JwtError::WrongType
        );
    }

    #[test]
    fn garbage_is_invalid() {
        let k = keys();
        for t in [
            "",
            ".",
            "..",
            "not-a-jwt",
            "a.b.c",
            "a.b.c.d",
            "eyJhbGciOiJIUzI1NiJ9.e30.",
            "\u{0}\u{ffff}",
        ] {
            assert_eq!(
                decode(&k, t, "access", NOW).unwrap_err(),
                JwtError::Invalid,
                "{t:?}"
            );
        }
    }

    #[test]
    fn alg_none_is_invalid() {
        let k = keys();
        let header = URL_SAFE_NO_PAD.encode(r#"{"alg":"none","typ":"JWT"}"#);
        let claims = format!(
            r#"{{"token_type":"access","user_id":1,"username":"x","role":"superadmin","jti":"00","iat":{NOW},"exp":{}}}"#,
            NOW + 300
        );
        let payload = URL_SAFE_NO_PAD.encode(claims);
        for token in [
            format!("{header}.{payload}."),
            format!("{header}.{payload}"),
        ] {
            assert_eq!(
                decode(&k, &token, "access", NOW).unwrap_err(),
                JwtError::Invalid
            );
        }
    }

    #[test]
    fn other_hmac_alg_with_same_secret_is_invalid() {
        let secret = b"test-secret-key-with-enough-entropy";
        let claims = Claims {
            token_type: "access".into(),
            user_id: 1,
            username: "x".into(),
            role: "superadmin".into(),
            jti: "00".into(),
            iat: NOW,
            exp: NOW + 300,
            generation: 0,
        };
        let t = jsonwebtoken::encode(
            &Header::new(Algorithm::HS512),
            &claims,
            &EncodingKey::from_secret(secret),
        )
        .unwrap();
        assert_eq!(
            decode(&Keys::new(secret), &t, "access", NOW).unwrap_err(),
            JwtError::Invalid
        );
    }

    #[test]
    fn missing_claims_are_invalid() {
        let secret = b"s";
        let t = jsonwebtoken::encode(
            &Header::new(Algorithm::HS256),
            &serde_json::json!({"token_type": "access", "user_id": 1}),
            &EncodingKey::from_secret(secret),
        )
        .unwrap();
        assert_eq!(
            decode(&Keys::new(secret), &t, "access", NOW).unwrap_err(),
            JwtError::Invalid
        );
    }

    #[test]
    fn issue_rejects_bad_arguments() {
        let k = keys();
        assert!(issue(&k, "id", 1, "x", "admin", 0, 60, NOW).is_err());
        assert!(issue(&k, "access", 1, "x", "admin", 0, 0, NOW).is_err());
        assert!(issue(&k, "access", 1, "x", "admin", 0, i64::MAX, NOW).is_err());
    }

    #[test]
    fn generation_round_trips_and_defaults_to_zero() {
        let k = keys();
        let t = issue(&k, "access", 7, "ama", "frontdesk", 3, 300, NOW).unwrap();
        assert_eq!(decode(&k, &t.token, "access", NOW).unwrap().generation, 3);
        // A token signed before the claim existed.
        let old = jsonwebtoken::encode(
            &Header::new(Algorithm::HS256),
            &serde_json::json!({"token_type": "access", "user_id": 1, "username": "x",
                "role": "admin", "jti": "00", "iat": NOW, "exp": NOW + 60}),
            &k.encoding,
        )
        .unwrap();
        assert_eq!(decode(&k, &old, "access", NOW).unwrap().generation, 0);
    }

    #[test]
    fn error_texts_match_simplejwt() {
        assert_eq!(JwtError::Expired.to_string(), "Token is invalid or expired");
        assert_eq!(JwtError::Invalid.to_string(), "Token is invalid or expired");
        assert_eq!(JwtError::WrongType.to_string(), "Token has wrong type");
    }
}
