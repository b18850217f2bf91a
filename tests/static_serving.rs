//! FRONTEND_DIR: the app's files at `/` with the right types, caching rules, validators,
//! compression and client-route fallback, while the server's own paths keep their meaning.

mod common;
#[path = "common/frontend.rs"]
mod frontend;

use common::{request_with, Options, Server};
use frontend::{gunzip, App, INDEX};

fn start(app: &App) -> Server {
    Server::start_with(Options::default().env("FRONTEND_DIR", &app.dir()))
}

fn get(srv: &Server, path: &str, headers: &[(&str, String)]) -> common::Resp {
    request_with(srv.addr, "GET", path, headers, None)
}

#[test]
fn files_have_their_content_type_and_cache_rules() {
    let app = App::new();
    let srv = start(&app);
    for (path, ctype, cache) in [
        ("/", "text/html; charset=utf-8", "no-cache"),
        ("/index.html", "text/html; charset=utf-8", "no-cache"),
        ("/manifest.json", "application/json", "no-cache"),
        ("/favicon.ico", "image/x-icon", "no-cache"),
        (
            "/static/js/main.3f2a1b9c.js",
            "text/javascript; charset=utf-8",
            "public, max-age=31536000, immutable",
        ),
        (
            "/static/css/main.0123abcd.css",
            "text/css; charset=utf-8",
            "public, max-age=31536000, immutable",
        ),
        (
            "/static/media/logo.6ce24c58023cc2f8fd88fe9d219db6c6.svg",
            "image/svg+xml",
            "public, max-age=31536000, immutable",
        ),
    ] {
        let r = get(&srv, path, &[]);
        assert_eq!(r.status, 200, "{path}");
        assert_eq!(r.header("content-type"), Some(ctype), "{path}");
        assert_eq!(r.header("cache-control"), Some(cache), "{path}");
        assert!(r.header("etag").is_some() && r.header("last-modified").is_some());
        assert_eq!(
            r.header("content-encoding"),
            None,
            "{path}: no gzip unasked"
        );
    }
    assert_eq!(get(&srv, "/", &[]).text(), INDEX);
    let js = get(&srv, "/static/js/main.3f2a1b9c.js", &[]);
    assert_eq!(js.text(), app.js);
    // HEAD: the same head, no body (read to the close: there is no body to frame).
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(srv.addr).expect("connect");
    s.write_all(
        b"HEAD /static/js/main.3f2a1b9c.js HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n",
    )
    .expect("write");
    let mut text = String::new();
    s.read_to_string(&mut text).expect("read");
    assert!(text.starts_with("HTTP/1.1 200"), "{text}");
    assert!(
        text.contains(&format!("Content-Length: {}", app.js.len())),
        "{text}"
    );
    assert!(text.ends_with("\r\n\r\n"), "no body after the head");
}

#[test]
fn etag_and_last_modified_revalidate_with_304() {
    let app = App::new();
    let srv = start(&app);
    let first = get(&srv, "/static/js/main.3f2a1b9c.js", &[]);
    let etag = first.header("etag").expect("etag").to_string();
    let lm = first
        .header("last-modified")
        .expect("last-modified")
        .to_string();

    let r = get(
        &srv,
        "/static/js/main.3f2a1b9c.js",
        &[("If-None-Match", etag.clone())],
    );
    assert_eq!(r.status, 304);
    assert!(r.body.is_empty());
    assert_eq!(r.header("etag"), Some(etag.as_str()));
    assert_eq!(r.header("content-length"), None);

    let index_lm = get(&srv, "/index.html", &[])
        .header("last-modified")
        .map(str::to_string);
    let r = get(
        &srv,
        "/index.html",
        &[("If-Modified-Since", index_lm.unwrap_or_default())],
    );
    assert_eq!(r.status, 304);
    let r = get(
        &srv,
        "/index.html",
        &[("If-Modified-Since", "Thu, 01 Jan 1998 00:00:00 GMT".into())],
    );
    assert_eq!(r.status, 200);
    // If-None-Match wins over If-Modified-Since.
    let r = get(
        &srv,
        "/static/js/main.3f2a1b9c.js",
        &[
            ("If-None-Match", "\"other\"".into()),
            ("If-Modified-Since", lm),
        ],
    );
    assert_eq!(r.status, 200);

    // A new build (other content) gets a new tag, and the old tag no longer matches.
    let before = get(&srv, "/", &[]).header("etag").map(str::to_string);
    std::fs::write(app.root.join("index.html"), "<html>a newer build</html>").expect("rewrite");
    let after = get(
        &srv,
        "/",
        &[("If-None-Match", before.clone().unwrap_or_default())],
    );
    assert_eq!(after.status, 200);
    assert_eq!(after.text(), "<html>a newer build</html>");
    assert_ne!(after.header("etag").map(str::to_string), before);
}

#[test]
fn gzip_from_a_sibling_or_compressed_on_the_fly() {
    let app = App::new();
    let srv = start(&app);
    let gz = [("Accept-Encoding", "gzip, deflate, br".to_string())];

    let r = get(&srv, "/static/js/main.3f2a1b9c.js", &gz);
    assert_eq!(r.header("content-encoding"), Some("gzip"));
    assert_eq!(r.header("vary"), Some("Accept-Encoding"));
    assert!(r.body.len() * 4 < app.js.len(), "{} bytes", r.body.len());
    assert_eq!(gunzip(&r.body), app.js.as_bytes());
    let tag = r.header("etag").expect("etag").to_string();
    let again = get(
        &srv,
        "/static/js/main.3f2a1b9c.js",
        &[gz[0].clone(), ("If-None-Match", tag)],
    );
    assert_eq!(again.status, 304);

    let r = get(&srv, "/static/js/vendor.aaaabbbb.js", &gz);
    assert_eq!(r.header("content-encoding"), Some("gzip"));
    assert_eq!(r.body, b"PRECOMPRESSED");
    let plain = get(&srv, "/static/js/vendor.aaaabbbb.js", &[]);
    assert_eq!(plain.body, b"plain copy");

    let refused = [("Accept-Encoding", "gzip;q=0, identity".to_string())];
    let r = get(&srv, "/static/js/main.3f2a1b9c.js", &refused);
    assert_eq!(r.header("content-encoding"), None);
    // Too small to be worth it.
    let r = get(&srv, "/static/css/main.0123abcd.css", &gz);
    assert_eq!(r.header("content-encoding"), None);
}

#[test]
fn client_routes_get_index_html_and_server_paths_keep_their_meaning() {
    let app = App::new();
    let srv = start(&app);
    for path in [
        "/dashboard",
        "/orders/011226-008",
        "/transactions?x=1",
        "/apis",
    ] {
        let r = get(&srv, path, &[]);
        assert_eq!(r.status, 200, "{path}");
        assert_eq!(r.text(), INDEX, "{path}");
        assert_eq!(r.header("cache-control"), Some("no-cache"));
    }
    // A missing file is a 404, unless a browser navigates to it.
    assert_eq!(get(&srv, "/static/js/missing.12345678.js", &[]).status, 404);
    let nav = get(&srv, "/report.pdf", &[("Accept", "text/html,*/*".into())]);
    assert_eq!(nav.text(), INDEX);

    let health = get(&srv, "/api/health/", &[]);
    assert_eq!(health.json()["status"], "ok");
    assert_eq!(
        get(&srv, "/api/nothing-here/", &[]).json()["detail"],
        "Not found."
    );
    assert_eq!(get(&srv, "/api/orders/", &[]).status, 401);
    assert!(get(&srv, "/metrics", &[]).text().contains("adakings_"));
    for reserved in ["/board/", "/board", "/ws/orders/", "/api"] {
        let r = get(&srv, reserved, &[]);
        assert_ne!(r.text(), INDEX, "{reserved} must not be the app");
    }
    // Other methods on app paths are not the app's either.
    let post = request_with(
        srv.addr,
        "POST",
        "/dashboard",
        &[],
        Some(&serde_json::json!({})),
    );
    assert_eq!(post.status, 404);
}

#[test]
fn without_frontend_dir_the_root_is_not_served() {
    let srv = Server::start();
    assert_eq!(get(&srv, "/", &[]).status, 404);
    assert_eq!(get(&srv, "/dashboard", &[]).status, 404);
}
