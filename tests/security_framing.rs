//! HTTP/1.1 framing per RFC 9112, over real sockets: anything a proxy in front of the server
//! could frame differently (Transfer-Encoding lists, Transfer-Encoding on HTTP/1.0, a missing
//! Host, bare LF line ends) is refused with 400 before any handler runs; a single unknown
//! coding stays 501.

mod common;

use common::{raw, Server};

const ECHO: &str = "POST /api/_test/echo/ HTTP/1.1\r\nHost: t\r\nConnection: close\r\n";

fn status_of(srv: &Server, bytes: &str) -> u16 {
    raw(srv.addr, bytes.as_bytes()).status
}

#[test]
fn two_transfer_encoding_lines_are_refused_not_read_as_chunked() {
    let srv = Server::start_with(common::Options::default().unseeded());
    // The probe of the issue: `chunked` then `identity` on two lines was read as chunked.
    let two_lines = format!(
        "{ECHO}Transfer-Encoding: chunked\r\nTransfer-Encoding: identity\r\n\r\n2\r\n{{}}\r\n0\r\n\r\n"
    );
    assert_eq!(status_of(&srv, &two_lines), 400);
    // The same values on one line: 400 too (it was 501).
    let one_line = format!("{ECHO}Transfer-Encoding: chunked, identity\r\n\r\n");
    assert_eq!(status_of(&srv, &one_line), 400);
    let repeated =
        format!("{ECHO}Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n");
    assert_eq!(status_of(&srv, &repeated), 400);
    // One coding we do not implement is still 501; plain chunked still works.
    let gzip = format!("{ECHO}Transfer-Encoding: gzip\r\n\r\n");
    assert_eq!(status_of(&srv, &gzip), 501);
    let ok = format!("{ECHO}Transfer-Encoding: chunked\r\n\r\n2\r\n{{}}\r\n0\r\n\r\n");
    assert_eq!(status_of(&srv, &ok), 200);
}

#[test]
fn chunked_body_on_http_1_0_is_refused() {
    let srv = Server::start_with(common::Options::default().unseeded());
    let req = "POST /api/_test/echo/ HTTP/1.0\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n\
               2\r\n{}\r\n0\r\n\r\n";
    assert_eq!(status_of(&srv, req), 400);
    // HTTP/1.0 with a Content-Length body is fine.
    let ok = "POST /api/_test/echo/ HTTP/1.0\r\nContent-Length: 2\r\n\r\n{}";
    assert_eq!(status_of(&srv, ok), 200);
}

#[test]
fn http_1_1_without_host_is_refused() {
    let srv = Server::start_with(common::Options::default().unseeded());
    assert_eq!(
        status_of(
            &srv,
            "GET /api/health/ HTTP/1.1\r\nConnection: close\r\n\r\n"
        ),
        400
    );
    assert_eq!(
        status_of(
            &srv,
            "GET /api/health/ HTTP/1.1\r\nHost: a\r\nHost: b\r\nConnection: close\r\n\r\n"
        ),
        400
    );
    // HTTP/1.0 never required Host.
    assert_eq!(status_of(&srv, "GET /api/health/ HTTP/1.0\r\n\r\n"), 200);
}

#[test]
fn bare_lf_line_ends_are_refused() {
    let srv = Server::start_with(common::Options::default().unseeded());
    assert_eq!(
        status_of(
            &srv,
            "GET /api/health/ HTTP/1.1\nHost: t\nConnection: close\n\n"
        ),
        400
    );
    assert_eq!(
        status_of(
            &srv,
            "GET /api/health/ HTTP/1.1\r\nHost: t\nConnection: close\r\n\r\n"
        ),
        400
    );
}
