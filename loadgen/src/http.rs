//! A minimal HTTP/1.1 client on a std `TcpStream`: keep-alive, `Content-Length` bodies.
//!
//! The server always answers with `Content-Length`, so this client needs no chunked
//! decoder; a response without one is read until EOF, and a chunked one is reported as a
//! protocol error rather than misread. Every request has one deadline (`timeout`) covering
//! connect, write and the whole response, applied as socket timeouts before each call, so no
//! call can block past it.

use crate::target::Target;
use std::fmt;
use std::io::{self, Read, Write};
use std::net::{Shutdown, TcpStream};
use std::time::{Duration, Instant};

/// Responses larger than this are refused: nothing in the API comes near it, and it bounds
/// memory if a server misbehaves.
const MAX_RESPONSE: usize = 64 * 1024 * 1024;
const MAX_HEADERS: usize = 64;

/// A complete response.
#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub body: Vec<u8>,
    /// The `ETag` header, when sent (the `poll` scenario revalidates with it).
    pub etag: Option<String>,
    /// Bytes of the response on the wire: head and body.
    pub wire_bytes: usize,
}

/// Why a request produced no response.
#[derive(Debug)]
pub enum HttpError {
    /// The TCP connect failed.
    Connect(io::Error),
    /// The deadline passed (connect, write or read).
    Timeout,
    /// The server closed the connection before a complete response.
    Closed,
    /// A socket error after connecting (reset, broken pipe, ...).
    Io(io::Error),
    /// The bytes were not a response this client understands.
    Protocol(String),
}

impl HttpError {
    /// A short stable label for error tallies (`connect_refused`, `timeout`, `reset`, ...).
    pub fn kind(&self) -> String {
        match self {
            HttpError::Connect(e) => match e.kind() {
                io::ErrorKind::ConnectionRefused => "connect_refused".into(),
                io::ErrorKind::TimedOut | io::ErrorKind::WouldBlock => "connect_timeout".into(),
                io::ErrorKind::AddrNotAvailable => "connect_addr_unavailable".into(),
                _ => "connect_error".into(),
            },
            HttpError::Timeout => "timeout".into(),
            HttpError::Closed => "closed".into(),
            HttpError::Io(e) => io_kind(e).into(),
            HttpError::Protocol(_) => "protocol".into(),
        }
    }

    /// True when the server could not be reached at all: callers back off instead of
    /// spinning on a dead port.
    pub fn is_connection_level(&self) -> bool {
        !matches!(self, HttpError::Protocol(_))
    }
}

impl fmt::Display for HttpError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HttpError::Connect(e) => write!(f, "{}: {e}", self.kind()),
            HttpError::Timeout => write!(f, "timeout"),
            HttpError::Closed => write!(f, "closed: connection closed before a complete response"),
            HttpError::Io(e) => write!(f, "{}: {e}", self.kind()),
            HttpError::Protocol(m) => write!(f, "protocol: {m}"),
        }
    }
}

/// Label for a socket error after connect.
pub fn io_kind(e: &io::Error) -> &'static str {
    match e.kind() {
        io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut => "timeout",
        io::ErrorKind::ConnectionReset | io::ErrorKind::ConnectionAborted => "reset",
        io::ErrorKind::BrokenPipe => "broken_pipe",
        io::ErrorKind::UnexpectedEof => "closed",
        _ => "io",
    }
}

/// Time left until `deadline`, or `None` when it has passed. Never zero: a zero socket
/// timeout is an error in std.
pub fn remaining(deadline: Instant) -> Option<Duration> {
    let left = deadline.checked_duration_since(Instant::now())?;
    if left < Duration::from_millis(1) {
        None
    } else {
        Some(left)
    }
}

/// Connects with a deadline and sets `TCP_NODELAY` (requests are small and latency-bound).
pub fn connect(target: &Target, deadline: Instant) -> Result<TcpStream, HttpError> {
    let left = remaining(deadline).ok_or(HttpError::Timeout)?;
    let stream = TcpStream::connect_timeout(&target.addr, left).map_err(HttpError::Connect)?;
    // Not being able to disable Nagle only costs latency; the request still works.
    let _ = stream.set_nodelay(true);
    Ok(stream)
}

/// One keep-alive connection to the target, reopened when the server closes it.
pub struct HttpClient {
    target: Target,
    timeout: Duration,
    keep_alive: bool,
    stream: Option<TcpStream>,
    buf: Vec<u8>,
}

impl HttpClient {
    pub fn new(target: &Target, timeout: Duration) -> Self {
        HttpClient {
            target: target.clone(),
            timeout,
            keep_alive: true,
            stream: None,
            buf: Vec::with_capacity(16 * 1024),
        }
    }

    /// A client that sends `Connection: close` and opens a fresh socket per request (health
    /// checks, which must not leave a connection open on the server).
    pub fn one_shot(target: &Target, timeout: Duration) -> Self {
        HttpClient {
            keep_alive: false,
            ..HttpClient::new(target, timeout)
        }
    }

    /// Drops the connection (the server sees a FIN).
    pub fn close(&mut self) {
        if let Some(s) = self.stream.take() {
            let _ = s.shutdown(Shutdown::Both);
        }
    }

    pub fn get(&mut self, path: &str, token: Option<&str>) -> Result<Response, HttpError> {
        self.request("GET", path, token, None)
    }

    pub fn post_json(
        &mut self,
        path: &str,
        token: Option<&str>,
        body: &[u8],
    ) -> Result<Response, HttpError> {
        self.request("POST", path, token, Some(body))
    }

    /// Sends one request and reads its response, within `timeout`.
    pub fn request(
        &mut self,
        method: &str,
        path: &str,
        token: Option<&str>,
        body: Option<&[u8]>,
    ) -> Result<Response, HttpError> {
        self.request_with(method, path, token, body, &[])
    }

    /// [`Self::request`] with extra request headers (`If-None-Match`, `Accept-Encoding`).
    pub fn request_with(
        &mut self,
        method: &str,
        path: &str,
        token: Option<&str>,
        body: Option<&[u8]>,
        extra: &[(&str, &str)],
    ) -> Result<Response, HttpError> {
        let deadline = Instant::now() + self.timeout;
        let mut head = build_request(
            method,
            path,
            &self.target.host_header,
            token,
            body,
            self.keep_alive,
        );
        if !extra.is_empty() {
            head.truncate(head.len() - 2);
            for (k, v) in extra {
                head.extend_from_slice(format!("{k}: {v}\r\n").as_bytes());
            }
            head.extend_from_slice(b"\r\n");
        }
        let reused = self.stream.is_some();
        match self.attempt(&head, body, deadline) {
            // A kept-alive connection the server closed while idle fails before any byte of
            // the response arrives; that request never reached a handler, so one retry on a
            // fresh connection is what every HTTP client does.
            Err(Attempt {
                error,
                response_started: false,
            }) if reused && is_stale_error(&error) => {
                self.attempt(&head, body, deadline).map_err(|a| a.error)
            }
            other => other.map_err(|a| a.error),
        }
    }

    fn attempt(
        &mut self,
        head: &[u8],
        body: Option<&[u8]>,
        deadline: Instant,
    ) -> Result<Response, Attempt> {
        let result = self.attempt_inner(head, body, deadline);
        if result.is_err() {
            // After any failure the connection state is unknown: never reuse it.
            self.stream = None;
        }
        result
    }

    fn attempt_inner(
        &mut self,
        head: &[u8],
        body: Option<&[u8]>,
        deadline: Instant,
    ) -> Result<Response, Attempt> {
        let fail = |error| Attempt {
            error,
            response_started: false,
        };
        let mut stream = match self.stream.take() {
            Some(s) => s,
            None => connect(&self.target, deadline).map_err(fail)?,
        };
        write_all_by(&mut stream, head, deadline).map_err(fail)?;
        if let Some(b) = body {
            write_all_by(&mut stream, b, deadline).map_err(fail)?;
        }
        self.buf.clear();
        let (response, reusable) = read_response(&mut stream, &mut self.buf, deadline)?;
        if reusable && self.keep_alive {
            self.stream = Some(stream);
        }
        Ok(response)
    }
}

/// An error plus whether any response byte had arrived (decides whether a retry is safe).
#[derive(Debug)]
struct Attempt {
    error: HttpError,
    response_started: bool,
}

fn is_stale_error(e: &HttpError) -> bool {
    match e {
        HttpError::Closed => true,
        HttpError::Io(io) => matches!(
            io.kind(),
            io::ErrorKind::ConnectionReset
                | io::ErrorKind::ConnectionAborted
                | io::ErrorKind::BrokenPipe
        ),
        _ => false,
    }
}

/// The request line and headers (the body is written separately, unchanged).
pub fn build_request(
    method: &str,
    path: &str,
    host: &str,
    token: Option<&str>,
    body: Option<&[u8]>,
    keep_alive: bool,
) -> Vec<u8> {
    let mut h = format!(
        "{method} {path} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: adakings-loadgen\r\nAccept: application/json\r\n"
    );
    if let Some(t) = token {
        h.push_str("Authorization: Bearer ");
        h.push_str(t);
        h.push_str("\r\n");
    }
    if let Some(b) = body {
        h.push_str("Content-Type: application/json\r\n");
        h.push_str(&format!("Content-Length: {}\r\n", b.len()));
    }
    if !keep_alive {
        h.push_str("Connection: close\r\n");
    }
    h.push_str("\r\n");
    h.into_bytes()
}

/// `write_all` that gives up at `deadline` (each `write` is bounded by the socket timeout).
pub fn write_all_by(
    stream: &mut TcpStream,
    mut data: &[u8],
    deadline: Instant,
) -> Result<(), HttpError> {
    while !data.is_empty() {
        let left = remaining(deadline).ok_or(HttpError::Timeout)?;
        stream
            .set_write_timeout(Some(left))
            .map_err(HttpError::Io)?;
        match stream.write(data) {
            Ok(0) => return Err(HttpError::Closed),
            Ok(n) => data = &data[n..],
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(io_error(e)),
        }
    }
    Ok(())
}

/// Maps a socket timeout (which std reports as `WouldBlock` on Unix) to [`HttpError::Timeout`].
fn io_error(e: io::Error) -> HttpError {
    match e.kind() {
        io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut => HttpError::Timeout,
        io::ErrorKind::UnexpectedEof => HttpError::Closed,
        _ => HttpError::Io(e),
    }
}

/// Reads more bytes into `buf`; `Ok(0)` is EOF.
fn fill(stream: &mut TcpStream, buf: &mut Vec<u8>, deadline: Instant) -> Result<usize, HttpError> {
    loop {
        let left = remaining(deadline).ok_or(HttpError::Timeout)?;
        stream.set_read_timeout(Some(left)).map_err(HttpError::Io)?;
        let len = buf.len();
        if len >= MAX_RESPONSE {
            return Err(HttpError::Protocol("response too large".into()));
        }
        buf.resize(len + 16 * 1024, 0);
        let r = stream.read(&mut buf[len..]);
        let n = *r.as_ref().unwrap_or(&0);
        buf.truncate(len + n);
        match r {
            Ok(n) => return Ok(n),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(io_error(e)),
        }
    }
}

/// Parsed status line and the headers this client acts on.
#[derive(Debug, PartialEq)]
struct Head {
    status: u16,
    header_len: usize,
    content_length: Option<usize>,
    chunked: bool,
    close: bool,
    etag: Option<String>,
}

/// Parses a response head from `buf`; `Ok(None)` when more bytes are needed.
fn parse_head(buf: &[u8]) -> Result<Option<Head>, HttpError> {
    let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let mut resp = httparse::Response::new(&mut headers);
    let header_len = match resp.parse(buf) {
        Ok(httparse::Status::Complete(n)) => n,
        Ok(httparse::Status::Partial) => return Ok(None),
        Err(e) => return Err(HttpError::Protocol(format!("bad response head: {e}"))),
    };
    let status = resp
        .code
        .ok_or_else(|| HttpError::Protocol("no status code".into()))?;
    let mut head = Head {
        status,
        header_len,
        content_length: None,
        chunked: false,
        close: resp.version == Some(0),
        etag: None,
    };
    for h in resp.headers.iter() {
        let value = String::from_utf8_lossy(h.value);
        let value = value.trim();
        if h.name.eq_ignore_ascii_case("content-length") {
            let n = value
                .parse()
                .map_err(|_| HttpError::Protocol(format!("bad Content-Length {value:?}")))?;
            head.content_length = Some(n);
        } else if h.name.eq_ignore_ascii_case("etag") {
            head.etag = Some(value.to_string());
        } else if h.name.eq_ignore_ascii_case("transfer-encoding") {
            head.chunked |= value.to_ascii_lowercase().contains("chunked");
        } else if h.name.eq_ignore_ascii_case("connection") {
            let v = value.to_ascii_lowercase();
            if v.contains("close") {
                head.close = true;
            } else if v.contains("keep-alive") {
                head.close = false;
            }
        }
    }
    Ok(Some(head))
}

/// Reads one response. Returns it and whether the connection may carry another request.
fn read_response(
    stream: &mut TcpStream,
    buf: &mut Vec<u8>,
    deadline: Instant,
) -> Result<(Response, bool), Attempt> {
    let started = |buf: &Vec<u8>| !buf.is_empty();
    let head = loop {
        let parsed = parse_head(buf).map_err(|error| Attempt {
            error,
            response_started: true,
        })?;
        match parsed {
            // 1xx interim responses (we never send Expect, but be tolerant): skip them.
            Some(h) if (100..200).contains(&h.status) && h.status != 101 => {
                buf.drain(..h.header_len);
            }
            Some(h) => break h,
            None => match fill(stream, buf, deadline) {
                Ok(0) => {
                    return Err(Attempt {
                        error: HttpError::Closed,
                        response_started: started(buf),
                    })
                }
                Ok(_) => {}
                Err(error) => {
                    return Err(Attempt {
                        error,
                        response_started: started(buf),
                    })
                }
            },
        }
    };
    let late = |error| Attempt {
        error,
        response_started: true,
    };
    if head.chunked {
        return Err(late(HttpError::Protocol(
            "chunked responses are not supported".into(),
        )));
    }
    let bodyless = head.status == 204 || head.status == 304;
    let (body_len, until_eof) = match head.content_length {
        _ if bodyless => (0, false),
        Some(n) => (n, false),
        None => (0, true),
    };
    if body_len > MAX_RESPONSE {
        return Err(late(HttpError::Protocol("response too large".into())));
    }
    if until_eof {
        while fill(stream, buf, deadline).map_err(late)? > 0 {}
    } else {
        while buf.len() < head.header_len + body_len {
            if fill(stream, buf, deadline).map_err(late)? == 0 {
                return Err(late(HttpError::Closed));
            }
        }
    }
    let end = if until_eof {
        buf.len()
    } else {
        head.header_len + body_len
    };
    // Bytes past the body mean the framing is off; do not reuse such a connection.
    let reusable = !head.close && !until_eof && buf.len() == end;
    let body = if buf.len() == end && end > 1024 * 1024 {
        // A big body (a polled list of every order) is moved out rather than copied, and
        // the buffer starts small again: a hundred clients must not each keep 2 copies.
        let mut body = std::mem::take(buf);
        body.drain(..head.header_len);
        body
    } else {
        buf[head.header_len..end].to_vec()
    };
    Ok((
        Response {
            status: head.status,
            body,
            etag: head.etag,
            wire_bytes: end,
        },
        reusable,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::TcpListener;
    use std::thread;

    #[test]
    fn request_head_has_the_needed_headers() {
        let r = build_request(
            "POST",
            "/api/orders/",
            "127.0.0.1:1",
            Some("abc"),
            Some(b"{}"),
            true,
        );
        let s = String::from_utf8(r).unwrap();
        assert!(s.starts_with("POST /api/orders/ HTTP/1.1\r\nHost: 127.0.0.1:1\r\n"));
        assert!(s.contains("Authorization: Bearer abc\r\n"));
        assert!(s.contains("Content-Length: 2\r\n"));
        assert!(!s.contains("Connection: close"));
        assert!(s.ends_with("\r\n\r\n"));
        let r = build_request("GET", "/", "h", None, None, false);
        let s = String::from_utf8(r).unwrap();
        assert!(s.contains("Connection: close\r\n"));
        assert!(!s.contains("Content-Length"));
    }

    #[test]
    fn parses_heads() {
        assert_eq!(parse_head(b"HTTP/1.1 200 OK\r\nContent-Le").unwrap(), None);
        let h = parse_head(b"HTTP/1.1 201 Created\r\nContent-Length: 5\r\n\r\nhello")
            .unwrap()
            .unwrap();
        assert_eq!(h.status, 201);
        assert_eq!(h.content_length, Some(5));
        assert!(!h.close);
        let h = parse_head(b"HTTP/1.1 503 X\r\nConnection: close\r\ncontent-length: 0\r\n\r\n")
            .unwrap()
            .unwrap();
        assert!(h.close);
        let h = parse_head(b"HTTP/1.0 200 OK\r\n\r\n").unwrap().unwrap();
        assert!(h.close);
        assert!(parse_head(b"garbage\r\n\r\n").is_err());
        assert!(parse_head(b"HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n").is_err());
    }

    /// Serves `responses` one per request on one connection, then closes it.
    fn serve(responses: Vec<&'static [u8]>) -> Target {
        let l = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = l.local_addr().unwrap().port();
        thread::spawn(move || {
            for stream in l.incoming() {
                let Ok(mut s) = stream else { return };
                for r in &responses {
                    let mut buf = [0u8; 4096];
                    let mut got = Vec::new();
                    while !got.windows(4).any(|w| w == b"\r\n\r\n") {
                        match s.read(&mut buf) {
                            Ok(0) | Err(_) => return,
                            Ok(n) => got.extend_from_slice(&buf[..n]),
                        }
                    }
                    if s.write_all(r).is_err() {
                        return;
                    }
                }
            }
        });
        Target::parse(&format!("http://127.0.0.1:{port}")).unwrap()
    }

    #[test]
    fn keep_alive_round_trips_and_reconnects() {
        let t = serve(vec![
            b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi",
            b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n",
        ]);
        let mut c = HttpClient::new(&t, Duration::from_secs(2));
        let r = c.get("/a", None).unwrap();
        assert_eq!((r.status, r.body.as_slice()), (200, &b"hi"[..]));
        let r = c.get("/b", None).unwrap();
        assert_eq!(r.status, 404);
        // The server closed the first connection after two responses: the stale connection
        // is retried once on a fresh one, which the listener serves from the start.
        let r = c.get("/c", None).unwrap();
        assert_eq!(r.status, 200);
    }

    #[test]
    fn truncated_body_is_closed_error() {
        let t = serve(vec![b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc"]);
        let mut c = HttpClient::new(&t, Duration::from_secs(2));
        let e = c.get("/", None).unwrap_err();
        assert_eq!(e.kind(), "closed");
    }

    #[test]
    fn silent_server_times_out() {
        let l = TcpListener::bind("127.0.0.1:0").unwrap();
        let t = Target::parse(&format!("http://{}", l.local_addr().unwrap())).unwrap();
        let mut c = HttpClient::new(&t, Duration::from_millis(200));
        let start = Instant::now();
        let e = c.get("/", None).unwrap_err();
        assert_eq!(e.kind(), "timeout");
        assert!(start.elapsed() < Duration::from_secs(2));
        drop(l);
    }

    #[test]
    fn refused_port_is_a_connect_error() {
        let l = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = l.local_addr().unwrap();
        drop(l);
        let t = Target::parse(&format!("http://{addr}")).unwrap();
        let mut c = HttpClient::new(&t, Duration::from_secs(1));
        let e = c.get("/", None).unwrap_err();
        assert_eq!(e.kind(), "connect_refused");
        assert!(e.is_connection_level());
    }
}
