//! Reading one request off a connection: head parsed by `httparse` with hard limits, body by
//! `Content-Length` or chunked encoding, `Expect: 100-continue`, all under one deadline so a
//! slow client cannot hold a thread longer than `REQUEST_TIMEOUT`.

use std::io::{self, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};

use super::response::ApiError;

/// At most this many header lines.
pub const MAX_HEADERS: usize = 100;
/// At most this many bytes in one header line (or the request line).
pub const MAX_LINE: usize = 8 * 1024;
/// At most this many bytes for the whole head.
const MAX_HEAD: usize = MAX_HEADERS * 1024 + MAX_LINE;

/// A parsed request. Header names are lowercase.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: String,
    /// The path without the query, percent-decoding left to handlers (paths here are ASCII).
    pub path: String,
    /// The raw query string without `?` (empty when none).
    pub query: String,
    /// `1` for HTTP/1.1, `0` for HTTP/1.0.
    pub minor_version: u8,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    pub peer: SocketAddr,
}

impl Request {
    /// The first value of header `name` (lowercase).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// True when a comma-separated header contains `token` (case-insensitive).
    pub fn header_has_token(&self, name: &str, token: &str) -> bool {
        self.headers
            .iter()
            .filter(|(k, _)| k == name)
            .flat_map(|(_, v)| v.split(','))
            .any(|t| t.trim().eq_ignore_ascii_case(token))
    }

    /// The decoded value of query parameter `name`, the first one when repeated.
    pub fn query_param(&self, name: &str) -> Option<String> {
        query_param(&self.query, name)
    }

    /// Path plus query, as the client sent it.
    pub fn target(&self) -> String {
        if self.query.is_empty() {
            self.path.clone()
        } else {
            format!("{}?{}", self.path, self.query)
        }
    }

    /// Whether the client wants the connection kept open after this request.
    pub fn wants_keep_alive(&self) -> bool {
        if self.header_has_token("connection", "close") {
            return false;
        }
        self.minor_version >= 1 || self.header_has_token("connection", "keep-alive")
    }

    /// The body parsed as JSON; DRF's error shape when it is not JSON.
    pub fn json(&self) -> Result<serde_json::Value, ApiError> {
        if self.body.iter().all(|b| b.is_ascii_whitespace()) {
            return Ok(serde_json::Value::Object(Default::default()));
        }
        serde_json::from_slice(&self.body)
            .map_err(|e| ApiError::detail(400, format!("JSON parse error - {e}")))
    }
}

/// Decodes query parameter `name` from a raw query string.
pub fn query_param(query: &str, name: &str) -> Option<String> {
    query.split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        (percent_decode(k) == name).then(|| percent_decode(v))
    })
}

/// `application/x-www-form-urlencoded` decoding: `+` is a space, `%XX` a byte; bad escapes
/// stay as they are; invalid UTF-8 is replaced.
pub fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => out.push(b' '),
            // Two hex digits exactly: `from_str_radix` alone would also take "%+1".
            b'%' if i + 2 < b.len()
                && b[i + 1].is_ascii_hexdigit()
                && b[i + 2].is_ascii_hexdigit() =>
            {
                let hex = std::str::from_utf8(&b[i + 1..i + 3]).ok();
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(v) => {
                        out.push(v);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Why no request could be read. Each maps to what the connection does next.
#[derive(Debug)]
pub enum ReadError {
    /// The peer closed cleanly before sending anything of a new request.
    Closed,
    /// No byte of a new request within the keep-alive timeout.
    Idle,
    /// The request did not arrive within `REQUEST_TIMEOUT`: answer 408 if possible.
    Timeout,
    /// The peer went away mid-request (reset, EOF in the middle, ...).
    Io(io::Error),
    /// The request is malformed or over a limit: answer with this error, then close.
    Reject(ApiError),
}

/// Limits applied while reading.
pub struct Limits {
    pub keepalive: Duration,
    pub request: Duration,
    pub max_body: u64,
}

/// The head of a request, before its body is read.
pub struct Head {
    pub req: Request,
    /// The body framing the head announced.
    pub body: BodyKind,
}

pub enum BodyKind {
    None,
    Length(u64),
    Chunked,
}

/// Reads bytes into `buf` until a whole head is there, then parses it. Bytes after the head
/// stay in `buf` (the body, or a pipelined request). `stop` is asked before waiting for a new
/// request (shutdown); `busy` is called once the first byte of a request is there, so that a
/// half-received request is not mistaken for an idle connection.
pub fn read_head(
    stream: &mut TcpStream,
    buf: &mut Vec<u8>,
    peer: SocketAddr,
    limits: &Limits,
    stop: &dyn Fn() -> bool,
    busy: &dyn Fn(),
) -> Result<(Head, Instant), ReadError> {
    // Wait for the first byte of a request on the keep-alive clock, then the whole request
    // on the request clock.
    let mut started: Option<Instant> = if buf.is_empty() {
        None
    } else {
        Some(Instant::now())
    };
    let idle_since = Instant::now();
    loop {
        if !buf.is_empty() {
            let start = *started.get_or_insert_with(|| {
                busy();
                Instant::now()
            });
            match parse_head(buf, peer) {
                Ok(Some((head, used))) => {
                    buf.drain(..used);
                    return Ok((head, start));
                }
                Ok(None) => {}
                Err(e) => return Err(ReadError::Reject(e)),
            }
            if buf.len() > MAX_HEAD {
                return Err(ReadError::Reject(ApiError::detail(
                    431,
                    "Request header fields too large.",
                )));
            }
        } else if stop() {
            return Err(ReadError::Closed);
        }
        let timeout = match started {
            Some(s) => limits.request.checked_sub(s.elapsed()),
            None => limits.keepalive.checked_sub(idle_since.elapsed()),
        };
        let Some(timeout) = timeout.filter(|t| !t.is_zero()) else {
            return Err(if started.is_some() {
                ReadError::Timeout
            } else {
                ReadError::Idle
            });
        };
        match read_some(stream, buf, timeout) {
            Ok(0) if started.is_none() => return Err(ReadError::Closed),
            Ok(0) => {
                return Err(ReadError::Io(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    "peer closed mid-request",
                )))
            }
            Ok(_) => {}
            Err(e) if is_timeout(&e) => {} // loop re-checks the clocks
            Err(e) if started.is_none() && e.kind() == io::ErrorKind::ConnectionReset => {
                return Err(ReadError::Closed)
            }
            Err(e) => return Err(ReadError::Io(e)),
        }
    }
}

/// Reads the body the head announced into `head.req.body`, honouring `Expect: 100-continue`
/// and the upload limit. `buf` holds bytes already read past the head.
pub fn read_body(
    stream: &mut TcpStream,
    buf: &mut Vec<u8>,
    head: &mut Head,
    limits: &Limits,
    started: Instant,
) -> Result<(), ReadError> {
    let deadline = started + limits.request;
    let expects_continue = head.req.header_has_token("expect", "100-continue");
    match head.body {
        BodyKind::None => Ok(()),
        BodyKind::Length(n) => {
            if n > limits.max_body {
                return Err(ReadError::Reject(too_large(limits.max_body)));
            }
            if expects_continue && (buf.len() as u64) < n {
                send_continue(stream)?;
            }
            let n = n as usize;
            while buf.len() < n {
                fill(stream, buf, deadline)?;
            }
            head.req.body = buf.drain(..n).collect();
            Ok(())
        }
        BodyKind::Chunked => {
            if expects_continue && buf.is_empty() {
                send_continue(stream)?;
            }
            let body = read_chunked(stream, buf, deadline, limits.max_body)?;
            head.req.body = body;
            Ok(())
        }
    }
}

fn too_large(max: u64) -> ApiError {
    ApiError::detail(
        413,
        format!("Request body is larger than the limit of {max} bytes."),
    )
}

fn send_continue(stream: &mut TcpStream) -> Result<(), ReadError> {
    stream
        .write_all(b"HTTP/1.1 100 Continue\r\n\r\n")
        .map_err(ReadError::Io)
}

/// Decodes a chunked body (RFC 9112 7.1) off the socket, trailers read and ignored.
fn read_chunked(
    stream: &mut TcpStream,
    buf: &mut Vec<u8>,
    deadline: Instant,
    max: u64,
) -> Result<Vec<u8>, ReadError> {
    let mut dec = ChunkedDecoder::new(max);
    loop {
        if dec.feed(buf).map_err(ReadError::Reject)? {
            return Ok(dec.into_body());
        }
        fill(stream, buf, deadline)?;
    }
}

/// Where a [`ChunkedDecoder`] is in the body.
#[derive(Clone, Copy, Debug)]
enum ChunkState {
    /// Expecting a chunk-size line.
    Size,
    /// Expecting this many data bytes, then CRLF.
    Data(usize),
    /// After the last chunk: trailer lines until an empty one.
    Trailer,
    Done,
}

/// An incremental chunked-body decoder with no I/O: [`ChunkedDecoder::feed`] takes what it
/// can from the front of a buffer, so the socket code (and the property tests) hand it bytes
/// in whatever pieces they arrive.
#[derive(Debug)]
pub struct ChunkedDecoder {
    state: ChunkState,
    body: Vec<u8>,
    max: u64,
}

impl ChunkedDecoder {
    /// A decoder refusing bodies over `max` bytes (413).
    pub fn new(max: u64) -> ChunkedDecoder {
        ChunkedDecoder {
            state: ChunkState::Size,
            body: Vec::new(),
            max,
        }
    }

    /// Consumes complete pieces from the front of `buf`: `Ok(true)` once the whole body is
    /// decoded (bytes after it stay in `buf`), `Ok(false)` when more bytes are needed, and the
    /// error to answer with when the body is malformed or too large.
    pub fn feed(&mut self, buf: &mut Vec<u8>) -> Result<bool, ApiError> {
        let bad = |m: &str| ApiError::detail(400, format!("Bad chunked body: {m}"));
        loop {
            match self.state {
                ChunkState::Done => return Ok(true),
                ChunkState::Size => {
                    let Some(line) = take_line(buf)? else {
                        return Ok(false);
                    };
                    let size_text = line.split(';').next().unwrap_or("").trim();
                    if size_text.is_empty() || !size_text.bytes().all(|b| b.is_ascii_hexdigit()) {
                        return Err(bad("invalid chunk size"));
                    }
                    // Too many digits for a u64 is over any limit, not a parse error.
                    let size = u64::from_str_radix(size_text, 16).unwrap_or(u64::MAX);
                    if size == 0 {
                        self.state = ChunkState::Trailer;
                        continue;
                    }
                    if size > self.max.saturating_sub(self.body.len() as u64) {
                        return Err(too_large(self.max));
                    }
                    self.state = ChunkState::Data(size as usize);
                }
                ChunkState::Data(size) => {
                    let need = size + 2;
                    if buf.len() < need {
                        return Ok(false);
                    }
                    if &buf[size..need] != b"\r\n" {
                        return Err(bad("missing CRLF after chunk"));
                    }
                    self.body.extend_from_slice(&buf[..size]);
                    buf.drain(..need);
                    self.state = ChunkState::Size;
                }
                ChunkState::Trailer => {
                    let Some(line) = take_line(buf)? else {
                        return Ok(false);
                    };
                    if line.is_empty() {
                        self.state = ChunkState::Done;
                    }
                }
            }
        }
    }

    /// The decoded body.
    pub fn into_body(self) -> Vec<u8> {
        self.body
    }
}

/// Takes one CRLF-terminated line off `buf`; `None` until a whole one is there.
fn take_line(buf: &mut Vec<u8>) -> Result<Option<String>, ApiError> {
    if let Some(pos) = buf.windows(2).position(|w| w == b"\r\n") {
        let line = String::from_utf8_lossy(&buf[..pos]).into_owned();
        buf.drain(..pos + 2);
        return Ok(Some(line));
    }
    if buf.len() > MAX_LINE {
        return Err(ApiError::detail(400, "Bad chunked body: line too long"));
    }
    Ok(None)
}

/// Reads at least one more byte before `deadline`.
fn fill(stream: &mut TcpStream, buf: &mut Vec<u8>, deadline: Instant) -> Result<(), ReadError> {
    loop {
        let Some(left) = deadline
            .checked_duration_since(Instant::now())
            .filter(|d| !d.is_zero())
        else {
            return Err(ReadError::Timeout);
        };
        match read_some(stream, buf, left) {
            Ok(0) => {
                return Err(ReadError::Io(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    "peer closed mid-body",
                )))
            }
            Ok(_) => return Ok(()),
            Err(e) if is_timeout(&e) => continue,
            Err(e) => return Err(ReadError::Io(e)),
        }
    }
}

/// One `read` with `timeout`, appended to `buf`.
fn read_some(stream: &mut TcpStream, buf: &mut Vec<u8>, timeout: Duration) -> io::Result<usize> {
    stream.set_read_timeout(Some(timeout.max(Duration::from_millis(1))))?;
    // Straight into the connection's heap buffer: a stack chunk would leave its pages
    // resident for the life of the thread, and a WebSocket thread lives for hours.
    let start = buf.len();
    buf.resize(start + READ_CHUNK, 0);
    let result = stream.read(&mut buf[start..]);
    buf.truncate(start + *result.as_ref().unwrap_or(&0));
    result
}

/// Bytes asked for per `read` (most requests fit in one).
const READ_CHUNK: usize = 8 * 1024;

/// Read timeouts surface as WouldBlock on Unix, TimedOut elsewhere.
pub fn is_timeout(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
    )
}

/// Parses a complete head from `buf`: `Ok(None)` when more bytes are needed, else the head
/// and how many bytes of `buf` it used, or the error to answer with. No I/O.
pub fn parse_head(buf: &[u8], peer: SocketAddr) -> Result<Option<(Head, usize)>, ApiError> {
    let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let mut parsed = httparse::Request::new(&mut headers);
    let status = match parsed.parse(buf) {
        Ok(s) => s,
        Err(httparse::Error::TooManyHeaders) => {
            return Err(ApiError::detail(431, "Too many header fields."))
        }
        Err(e) => return Err(ApiError::detail(400, format!("Malformed request: {e}."))),
    };
    let used = match status {
        httparse::Status::Partial => {
            // A line that is already too long will never become valid.
            let longest = buf
                .split(|b| *b == b'\n')
                .map(<[u8]>::len)
                .max()
                .unwrap_or(0);
            if longest > MAX_LINE {
                return Err(ApiError::detail(431, "Request header line too long."));
            }
            return Ok(None);
        }
        httparse::Status::Complete(n) => n,
    };
    // httparse accepts a bare LF as a line end (RFC 9112 2.2 allows it). We do not: a proxy
    // in front of us that reads such a head differently (one header line or two) could be led
    // to forward a request we then see as two. Every real client sends CRLF.
    if buf[..used]
        .iter()
        .enumerate()
        .any(|(i, b)| *b == b'\n' && (i == 0 || buf[i - 1] != b'\r'))
    {
        return Err(ApiError::detail(
            400,
            "Malformed request: lines must end with CRLF.",
        ));
    }
    let method = parsed.method.unwrap_or("GET").to_string();
    let target = parsed.path.unwrap_or("/");
    if target.len() > MAX_LINE {
        return Err(ApiError::detail(414, "Request URI too long."));
    }
    let mut hs = Vec::with_capacity(parsed.headers.len());
    for h in parsed.headers.iter() {
        if h.name.len() + h.value.len() > MAX_LINE {
            return Err(ApiError::detail(431, "Request header line too long."));
        }
        let value = String::from_utf8_lossy(h.value).trim().to_string();
        hs.push((h.name.to_ascii_lowercase(), value));
    }
    let (path, query) = match target.split_once('?') {
        Some((p, q)) => (p.to_string(), q.to_string()),
        None => (target.to_string(), String::new()),
    };
    let req = Request {
        method,
        path,
        query,
        minor_version: parsed.version.unwrap_or(1),
        headers: hs,
        body: Vec::new(),
        peer,
    };
    // RFC 9112 3.2: exactly one Host in an HTTP/1.1 request.
    let hosts = req.headers.iter().filter(|(k, _)| k == "host").count();
    if hosts > 1 || (hosts == 0 && req.minor_version >= 1) {
        return Err(ApiError::detail(
            400,
            "An HTTP/1.1 request needs exactly one Host header.",
        ));
    }
    let body = body_kind(&req)?;
    Ok(Some((Head { req, body }, used)))
}

/// Decides the body framing (RFC 9112 6). Anything a proxy in front of us might frame
/// differently is refused (request smuggling): both framings at once, a Transfer-Encoding on
/// HTTP/1.0, more than one coding (over several lines or one), an empty one.
fn body_kind(req: &Request) -> Result<BodyKind, ApiError> {
    let te_lines: Vec<&str> = req
        .headers
        .iter()
        .filter(|(k, _)| k == "transfer-encoding")
        .map(|(_, v)| v.as_str())
        .collect();
    let codings: Vec<&str> = te_lines
        .iter()
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .collect();
    let te = (!te_lines.is_empty()).then_some(());
    let cl: Vec<&str> = req
        .headers
        .iter()
        .filter(|(k, _)| k == "content-length")
        .map(|(_, v)| v.as_str())
        .collect();
    if te.is_some() {
        if !cl.is_empty() {
            return Err(ApiError::detail(
                400,
                "Both Content-Length and Transfer-Encoding sent.",
            ));
        }
        if req.minor_version == 0 {
            return Err(ApiError::detail(
                400,
                "Transfer-Encoding is not allowed in an HTTP/1.0 request.",
            ));
        }
        return match codings.as_slice() {
            [c] if c.eq_ignore_ascii_case("chunked") => Ok(BodyKind::Chunked),
            [c] if !c.is_empty() => Err(ApiError::detail(501, "Unsupported Transfer-Encoding.")),
            _ => Err(ApiError::detail(
                400,
                "Transfer-Encoding must be exactly \"chunked\".",
            )),
        };
    }
    match cl.as_slice() {
        [] => Ok(BodyKind::None),
        // Digits only (RFC 9110 8.6): Rust's parser would also take "+5".
        [v] if !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()) => match v.parse::<u64>() {
            Ok(0) => Ok(BodyKind::None),
            Ok(n) => Ok(BodyKind::Length(n)),
            // More digits than a u64 holds: larger than any upload limit.
            Err(_) => Ok(BodyKind::Length(u64::MAX)),
        },
        [_] => Err(ApiError::detail(400, "Invalid Content-Length.")),
        _ => Err(ApiError::detail(400, "Repeated Content-Length.")),
    }
}

/// True when the request asks to switch protocols, or targets a WebSocket path (so that a
/// plain GET there is told what is wrong instead of getting a 404). `conn` hands such a request over to `realtime::upgrade`.
pub fn is_upgrade(req: &Request) -> bool {
    req.header("upgrade").is_some() || req.path.starts_with("/ws/")
}

/// Whether an `If-None-Match` value names `etag` (weak comparison, as for GET), or is `*`.
pub fn etag_matches(header: &str, etag: &str) -> bool {
    let bare = |t: &str| t.trim().trim_start_matches("W/").to_string();
    let want = bare(etag);
    header
        .split(',')
        .map(str::trim)
        .any(|t| t == "*" || bare(t) == want)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn peer() -> SocketAddr {
        SocketAddr::from(([127, 0, 0, 1], 9))
    }

    #[test]
    fn parses_a_head_and_leaves_the_rest() {
        let raw = b"POST /api/x/?a=1&token=t HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\n\r\n{}GET";
        let (head, used) = parse_head(raw, peer()).unwrap().unwrap();
        assert_eq!(head.req.method, "POST");
        assert_eq!(head.req.path, "/api/x/");
        assert_eq!(head.req.query_param("token").as_deref(), Some("t"));
        assert!(matches!(head.body, BodyKind::Length(2)));
        assert_eq!(&raw[used..], b"{}GET");
    }

    #[test]
    fn partial_and_malformed_heads() {
        assert!(parse_head(b"GET / HTTP/1.1\r\nHo", peer())
            .unwrap()
            .is_none());
        assert_eq!(
            parse_head(b"GET / HTTP/1.1\r\nBad Header\r\n\r\n", peer())
                .err()
                .map(|e| e.status),
            Some(400)
        );
        let both = b"POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n";
        assert_eq!(parse_head(both, peer()).err().map(|e| e.status), Some(400));
    }

    #[test]
    fn framing_follows_rfc_9112() {
        let status = |raw: &str| parse_head(raw.as_bytes(), peer()).err().map(|e| e.status);
        let post = |te: &str| format!("POST / HTTP/1.1\r\nHost: h\r\n{te}\r\n");
        assert_eq!(status(&post("Transfer-Encoding: chunked\r\n")), None);
        assert_eq!(status(&post("Transfer-Encoding: CHUNKED\r\n")), None);
        assert_eq!(status(&post("Transfer-Encoding: gzip\r\n")), Some(501));
        for te in [
            "Transfer-Encoding: chunked\r\nTransfer-Encoding: identity\r\n",
            "Transfer-Encoding: chunked, identity\r\n",
            "Transfer-Encoding: gzip, chunked\r\n",
            "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n",
            "Transfer-Encoding: \r\n",
            "Transfer-Encoding: ,chunked\r\n",
        ] {
            assert_eq!(status(&post(te)), Some(400), "{te:?}");
        }
        let old = "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n";
        assert_eq!(status(old), Some(400));
        assert_eq!(status("GET / HTTP/1.0\r\n\r\n"), None);
        assert_eq!(status("GET / HTTP/1.1\r\n\r\n"), Some(400));
        assert_eq!(
            status("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n"),
            Some(400)
        );
        assert_eq!(status("GET / HTTP/1.1\nHost: h\n\n"), Some(400));
        assert_eq!(status("GET / HTTP/1.1\r\nHost: h\n\r\n"), Some(400));
    }

    #[test]
    fn too_many_headers_is_431() {
        let mut raw = b"GET / HTTP/1.1\r\n".to_vec();
        for i in 0..101 {
            raw.extend_from_slice(format!("X-{i}: v\r\n").as_bytes());
        }
        raw.extend_from_slice(b"\r\n");
        assert_eq!(parse_head(&raw, peer()).err().map(|e| e.status), Some(431));
    }

    #[test]
    fn decoding() {
        assert_eq!(percent_decode("a%20b+c"), "a b c");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz"), "%zz");
        assert_eq!(percent_decode("%+1x"), "% 1x");
        assert_eq!(percent_decode("%74oken"), "token");
        assert_eq!(
            query_param("x=1&date=2026-11-26", "date").as_deref(),
            Some("2026-11-26")
        );
        assert_eq!(query_param("flag", "flag").as_deref(), Some(""));
    }
}
