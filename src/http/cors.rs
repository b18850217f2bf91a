//! CORS as the original backend answered it (django-cors-headers), so its web frontend,
//! served from another origin, can call the API: preflights need no token, and the allowed
//! methods and headers are the original's plus `Idempotency-Key`. With the default
//! `CORS_ALLOWED_ORIGINS=*` any origin is allowed (`Access-Control-Allow-Origin: *`);
//! with a list, only those origins, echoed back with `Vary: Origin`.

use super::Response;

/// The methods the original allowed.
pub const ALLOW_METHODS: &str = "DELETE, GET, OPTIONS, PATCH, POST, PUT";

/// The original's allowed request headers, plus this server's `Idempotency-Key`.
pub const ALLOW_HEADERS: &str = "accept, accept-encoding, authorization, cache-control, \
     content-type, dnt, origin, user-agent, x-csrftoken, x-requested-with, idempotency-key";

/// How long a browser may cache a preflight answer (seconds).
pub const MAX_AGE: &str = "86400";

/// The `Access-Control-Allow-Origin` value for a request from `origin`, if it is allowed.
pub fn allow_origin(allowed: Option<&[String]>, origin: Option<&str>) -> Option<String> {
    match allowed {
        None => Some("*".to_string()),
        Some(list) => {
            let o = origin?.trim();
            list.iter().any(|a| a == o).then(|| o.to_string())
        }
    }
}

/// Adds the CORS headers every response carries.
pub fn apply(resp: &mut Response, allowed: Option<&[String]>, origin: Option<&str>) {
    if let Some(v) = allow_origin(allowed, origin) {
        resp.headers.push(("Access-Control-Allow-Origin", v));
    }
    if allowed.is_some() {
        // The answer depends on the origin: shared caches must keep them apart.
        resp.headers.push(("Vary", "Origin".to_string()));
    }
}

/// The answer to any `OPTIONS` request: 200, empty, no authentication needed. The caller
/// adds the origin headers with [`apply`].
pub fn preflight() -> Response {
    let mut r = Response::empty(200)
        .with_header("Access-Control-Allow-Methods", ALLOW_METHODS)
        .with_header("Access-Control-Allow-Headers", ALLOW_HEADERS)
        .with_header("Access-Control-Max-Age", MAX_AGE);
    r.content_type = "text/html; charset=utf-8";
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_origin_by_default() {
        assert_eq!(allow_origin(None, None).as_deref(), Some("*"));
        assert_eq!(
            allow_origin(None, Some("http://localhost:3000")).as_deref(),
            Some("*")
        );
    }

    #[test]
    fn listed_origins_only() {
        let list = vec!["http://localhost:3000".to_string()];
        let l = Some(list.as_slice());
        assert_eq!(
            allow_origin(l, Some("http://localhost:3000")).as_deref(),
            Some("http://localhost:3000")
        );
        assert_eq!(allow_origin(l, Some("http://evil.example")), None);
        assert_eq!(allow_origin(l, None), None);
        let mut r = Response::empty(200);
        apply(&mut r, l, Some("http://evil.example"));
        assert_eq!(r.headers, vec![("Vary", "Origin".to_string())]);
    }
}
