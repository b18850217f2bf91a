//! The route table's types and matcher: a path pattern with `{param}` segments per route,
//! 405 with `Allow` when the path exists under other methods, 404 otherwise. Trailing slashes
//! are optional so clients that drop them still match (Django would have redirected).
//! The handler type `H` and the access type `A` are the API's (`api::Handler`, `api::Access`):
//! HTTP knows how to match, not what runs or who may.

/// One route. `summary` feeds the OpenAPI document, so the document cannot drift from the table.
pub struct Route<H, A> {
    pub method: &'static str,
    pub pattern: &'static str,
    pub handler: H,
    pub summary: &'static str,
    /// Who may call it: enforced by the dispatcher before the handler, and described in the
    /// OpenAPI document.
    pub access: A,
    /// The finer rules the handler adds on top of `access`, for the document ("" if none).
    pub access_note: &'static str,
}

pub enum Match<'r, H, A> {
    Found(&'r Route<H, A>, Vec<String>),
    MethodNotAllowed(Vec<&'static str>),
    NotFound,
}

/// Finds the route for `method` and `path`; `HEAD` is served by `GET` routes.
pub fn find<'r, H, A>(routes: &'r [Route<H, A>], method: &str, path: &str) -> Match<'r, H, A> {
    let want = if method == "HEAD" { "GET" } else { method };
    let mut allowed: Vec<&'static str> = Vec::new();
    for r in routes {
        if let Some(params) = match_path(r.pattern, path) {
            if r.method == want {
                return Match::Found(r, params);
            }
            if !allowed.contains(&r.method) {
                allowed.push(r.method);
            }
        }
    }
    if allowed.is_empty() {
        return Match::NotFound;
    }
    if allowed.contains(&"GET") {
        allowed.push("HEAD");
    }
    allowed.push("OPTIONS");
    Match::MethodNotAllowed(allowed)
}

/// Matches `path` against `pattern`, returning the `{param}` values in order.
pub fn match_path(pattern: &str, path: &str) -> Option<Vec<String>> {
    let pat: Vec<&str> = pattern.trim_matches('/').split('/').collect();
    let got: Vec<&str> = path.trim_matches('/').split('/').collect();
    if pat.len() != got.len() || path.contains("//") {
        return None;
    }
    let mut params = Vec::new();
    for (p, g) in pat.iter().zip(got.iter()) {
        if p.starts_with('{') && p.ends_with('}') {
            if g.is_empty() {
                return None;
            }
            params.push(super::request::percent_decode(g));
        } else if p != g {
            return None;
        }
    }
    Some(params)
}

#[cfg(test)]
mod tests {
    use super::match_path;

    #[test]
    fn patterns() {
        assert_eq!(
            match_path("/api/orders/{n}/status/", "/api/orders/261126-001/status/"),
            Some(vec!["261126-001".to_string()])
        );
        assert_eq!(match_path("/api/orders/", "/api/orders"), Some(vec![]));
        assert_eq!(match_path("/api/orders/{n}/", "/api/orders/"), None);
        assert_eq!(match_path("/api/orders/", "/api/orders/x/"), None);
    }
}
