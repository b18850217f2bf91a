//! Property-based tests (proptest) of everything that reads untrusted bytes: the request-head
//! parser, the chunked-body decoder and the query decoder (with log redaction), over more than
//! 100,000 generated cases per run: random bytes and mutations of valid requests. None may
//! panic or loop; every outcome is a parsed request, a "need more bytes", or an HTTP error to
//! answer with. A smaller round sends mutated requests to the real server, which must answer
//! or close cleanly every time and stay healthy.

mod common;

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use adakings::http::request::{parse_head, percent_decode, query_param, BodyKind, ChunkedDecoder};
use adakings::logging::redact_tokens;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};

/// Cases run by this process, to prove the total (each test adds its own).
static CASES: AtomicUsize = AtomicUsize::new(0);

fn counted() {
    CASES.fetch_add(1, Ordering::Relaxed);
}

fn runner(cases: u32) -> TestRunner {
    TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    })
}

const TEMPLATES: &[&[u8]] = &[
    b"GET /api/orders/?since=1&token=abc HTTP/1.1\r\nHost: h\r\n\r\n",
    b"POST /api/_test/echo/ HTTP/1.1\r\nHost: h\r\nContent-Length: 7\r\n\r\n{\"a\":1}",
    b"POST /api/_test/echo/ HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n7\r\n{\"a\":1}\r\n0\r\n\r\n",
    b"GET /ws/orders/ HTTP/1.1\r\nHost: h\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n",
    b"GET /api/health/ HTTP/1.0\r\n\r\n",
    b"PATCH /api/orders/ORD-1/ HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n{}",
];

/// Byte strings that make a mutation interesting to an HTTP parser.
const SPLICES: &[&[u8]] = &[
    b"\r\n",
    b"\n",
    b"\r",
    b":",
    b",",
    b" ",
    b"\t",
    b"chunked",
    b"identity",
    b"Transfer-Encoding: chunked\r\n",
    b"Content-Length: 5\r\n",
    b"Host: x\r\n",
    b"0\r\n\r\n",
    b"ffffffffffffffffffff",
    b"%",
    b"%7",
    b"%74",
    b"\0",
    b"\xff\xfe",
    b"HTTP/1.0",
    b"?",
    b"&",
    b"=",
    b";",
    b"+",
];

#[derive(Clone, Debug)]
enum Op {
    Insert(usize, u8),
    Delete(usize),
    Replace(usize, u8),
    Duplicate(usize, usize),
    Splice(usize, &'static [u8]),
    Truncate(usize),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(p, b)| Op::Insert(p, b)),
        any::<usize>().prop_map(Op::Delete),
        (any::<usize>(), any::<u8>()).prop_map(|(p, b)| Op::Replace(p, b)),
        (any::<usize>(), 1usize..48).prop_map(|(p, n)| Op::Duplicate(p, n)),
        (any::<usize>(), prop::sample::select(SPLICES)).prop_map(|(p, s)| Op::Splice(p, s)),
        any::<usize>().prop_map(Op::Truncate),
    ]
}

fn apply(base: &[u8], ops: &[Op]) -> Vec<u8> {
    let mut v = base.to_vec();
    for op in ops {
        let at = |p: usize, v: &Vec<u8>| if v.is_empty() { 0 } else { p % (v.len() + 1) };
        match op {
            Op::Insert(p, b) => {
                let i = at(*p, &v);
                v.insert(i, *b);
            }
            Op::Delete(p) if !v.is_empty() => {
                let i = p % v.len();
                v.remove(i);
            }
            Op::Replace(p, b) if !v.is_empty() => {
                let i = p % v.len();
                v[i] = *b;
            }
            Op::Duplicate(p, n) => {
                let i = at(*p, &v);
                let end = (i + n).min(v.len());
                let piece = v[i..end].to_vec();
                v.splice(i..i, piece);
            }
            Op::Splice(p, s) => {
                let i = at(*p, &v);
                v.splice(i..i, s.iter().copied());
            }
            Op::Truncate(p) => {
                let i = at(*p, &v);
                v.truncate(i);
            }
            _ => {}
        }
    }
    v
}

/// Request bytes: pure noise, or a valid request with up to 8 mutations.
fn request_bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        1 => prop::collection::vec(any::<u8>(), 0..600),
        4 => (prop::sample::select(TEMPLATES), prop::collection::vec(op(), 0..8))
            .prop_map(|(t, ops)| apply(t, &ops)),
    ]
}

/// The parser's contract on any input: need-more, a head within the buffer, or an error
/// status to answer with; a chunked body after a head decodes to an outcome too.
fn check_parse(bytes: &[u8], split: usize) -> Result<(), TestCaseError> {
    counted();
    let peer: SocketAddr = "127.0.0.1:9".parse().unwrap();
    // A prefix, as a slow client would deliver it, gets the same answer as the whole once
    // the answer is known: a head complete in the prefix is the same head, an error in the
    // prefix is the same error. (Only "need more" may change as bytes arrive.)
    let whole = parse_head(bytes, peer);
    match (
        parse_head(&bytes[..split % (bytes.len() + 1)], peer),
        &whole,
    ) {
        (Ok(None), _) => {}
        (Ok(Some((head, used))), Ok(Some((w, wused)))) => {
            prop_assert_eq!(used, *wused);
            prop_assert_eq!(
                (&head.req.method, &head.req.path, &head.req.query),
                (&w.req.method, &w.req.path, &w.req.query)
            );
        }
        (Err(e), Err(w)) => prop_assert_eq!(e.status, w.status),
        (prefix, _) => prop_assert!(
            false,
            "prefix and whole disagree: {:?} vs {:?}",
            prefix
                .as_ref()
                .map(|h| h.as_ref().map(|h| h.1))
                .map_err(|e| e.status),
            whole
                .as_ref()
                .map(|h| h.as_ref().map(|h| h.1))
                .map_err(|e| e.status)
        ),
    }
    match whole {
        Ok(None) => {}
        Err(e) => prop_assert!((400..600).contains(&e.status), "status {}", e.status),
        Ok(Some((head, used))) => {
            prop_assert!(used > 0 && used <= bytes.len());
            prop_assert!(!head.req.method.is_empty());
            if let BodyKind::Chunked = head.body {
                let mut rest = bytes[used..].to_vec();
                let mut dec = ChunkedDecoder::new(1 << 20);
                if let Err(e) = dec.feed(&mut rest) {
                    prop_assert!((400..600).contains(&e.status));
                }
            }
        }
    }
    Ok(())
}

/// The three pure suites, run in one test so the total can be checked: 40,000 heads, 30,000
/// chunked bodies, 30,000 queries (plus the network round below).
#[test]
fn parser_chunked_decoder_and_query_decoder_survive_100_000_cases() {
    request_parser_survives_random_and_mutated_heads();
    chunked_decoder_round_trips_and_survives_mutations();
    query_decoder_round_trips_and_redaction_sees_every_spelling();
    assert!(
        CASES.load(Ordering::Relaxed) >= 100_000,
        "{}",
        CASES.load(Ordering::Relaxed)
    );
}

fn request_parser_survives_random_and_mutated_heads() {
    let strategy = (request_bytes(), any::<usize>());
    runner(40_000)
        .run(&strategy, |(bytes, split)| check_parse(&bytes, split))
        .unwrap();
}

/// Encodes `data` as chunks of the given sizes, with random hex case and extensions.
fn encode_chunked(data: &[u8], sizes: &[usize], upper: bool, ext: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let mut rest = data;
    let mut i = 0;
    while !rest.is_empty() {
        let n = sizes
            .get(i % sizes.len().max(1))
            .copied()
            .unwrap_or(1)
            .clamp(1, rest.len());
        let size = if upper {
            format!("{n:X}")
        } else {
            format!("{n:x}")
        };
        out.extend_from_slice(size.as_bytes());
        if ext {
            out.extend_from_slice(b";name=value");
        }
        out.extend_from_slice(b"\r\n");
        out.extend_from_slice(&rest[..n]);
        out.extend_from_slice(b"\r\n");
        rest = &rest[n..];
        i += 1;
    }
    out.extend_from_slice(b"0\r\n");
    if ext {
        out.extend_from_slice(b"X-Trailer: 1\r\n");
    }
    out.extend_from_slice(b"\r\n");
    out
}

/// Feeds `bytes` in pieces of the given sizes; returns the outcome and what stayed unread.
fn decode_in_pieces(
    bytes: &[u8],
    pieces: &[usize],
    max: u64,
) -> (Result<Option<Vec<u8>>, u16>, Vec<u8>) {
    let mut dec = ChunkedDecoder::new(max);
    let mut buf = Vec::new();
    let mut fed = 0;
    let mut i = 0;
    loop {
        match dec.feed(&mut buf) {
            Err(e) => return (Err(e.status), buf),
            Ok(true) => {
                buf.extend_from_slice(&bytes[fed..]);
                return (Ok(Some(dec.into_body())), buf);
            }
            Ok(false) if fed == bytes.len() => return (Ok(None), buf),
            Ok(false) => {
                let n = pieces
                    .get(i % pieces.len().max(1))
                    .copied()
                    .unwrap_or(1)
                    .max(1);
                let end = (fed + n).min(bytes.len());
                buf.extend_from_slice(&bytes[fed..end]);
                fed = end;
                i += 1;
            }
        }
    }
}

fn chunked_decoder_round_trips_and_survives_mutations() {
    let valid = (
        prop::collection::vec(any::<u8>(), 0..1500),
        prop::collection::vec(1usize..400, 1..8),
        prop::collection::vec(1usize..700, 1..8),
        any::<bool>(),
        any::<bool>(),
    );
    runner(15_000)
        .run(&valid, |(data, sizes, pieces, upper, ext)| {
            counted();
            let mut wire = encode_chunked(&data, &sizes, upper, ext);
            wire.extend_from_slice(b"GET / HTTP/1.1\r\n");
            let (out, rest) = decode_in_pieces(&wire, &pieces, 1 << 20);
            prop_assert_eq!(out, Ok(Some(data.clone())));
            prop_assert_eq!(rest, b"GET / HTTP/1.1\r\n".to_vec());
            // Over the limit: 413, never a body larger than allowed.
            if data.len() > 1 {
                let (out, _) = decode_in_pieces(&wire, &pieces, data.len() as u64 - 1);
                prop_assert_eq!(out, Err(413));
            }
            Ok(())
        })
        .unwrap();
    let mutated = (
        prop::collection::vec(any::<u8>(), 0..300),
        prop::collection::vec(op(), 1..8),
        prop::collection::vec(1usize..64, 1..8),
        prop::collection::vec(any::<u8>(), 0..300),
    );
    runner(15_000)
        .run(&mutated, |(data, ops, pieces, noise)| {
            counted();
            let wire = apply(&encode_chunked(&data, &[7, 100, 1], false, true), &ops);
            for bytes in [&wire, &noise] {
                let max = 512;
                let (out, _) = decode_in_pieces(bytes, &pieces, max);
                match out {
                    Ok(Some(body)) => prop_assert!(body.len() as u64 <= max),
                    Ok(None) => {}
                    Err(s) => prop_assert!(s == 400 || s == 413, "status {}", s),
                }
            }
            Ok(())
        })
        .unwrap();
}

const SECRETS: &[&str] = &["token", "access", "refresh", "password"];

/// `name` with each byte either literal or percent-encoded (in either hex case).
fn encode_name(name: &str, mask: u64, upper: bool) -> String {
    name.bytes()
        .enumerate()
        .map(|(i, b)| {
            if mask >> (i % 64) & 1 == 1 {
                if upper {
                    format!("%{b:02X}")
                } else {
                    format!("%{b:02x}")
                }
            } else {
                (b as char).to_string()
            }
        })
        .collect()
}

fn query_decoder_round_trips_and_redaction_sees_every_spelling() {
    let text =
        prop::collection::vec(any::<char>(), 0..40).prop_map(|v| v.into_iter().collect::<String>());
    runner(10_000)
        .run(&(text, any::<u64>(), any::<bool>()), |(s, mask, upper)| {
            counted();
            // Some bytes of s percent-encoded (all that must be): decoding gives s back.
            let enc: String = s
                .bytes()
                .enumerate()
                .map(|(i, b)| {
                    let plain = b.is_ascii_alphanumeric() || b"-._~".contains(&b);
                    if plain && mask >> (i % 64) & 1 == 0 {
                        (b as char).to_string()
                    } else if upper {
                        format!("%{b:02X}")
                    } else {
                        format!("%{b:02x}")
                    }
                })
                .collect();
            prop_assert_eq!(percent_decode(&enc), s.clone());
            prop_assert_eq!(query_param(&format!("a=1&k={enc}"), "k"), Some(s));
            Ok(())
        })
        .unwrap();
    let other = prop::collection::vec((0u8..26, 0u8..26), 0..4);
    runner(10_000)
        .run(
            &(
                prop::sample::select(SECRETS),
                any::<u64>(),
                any::<bool>(),
                other,
                any::<u32>(),
            ),
            |(name, mask, upper, others, n)| {
                counted();
                let secret = format!("SECRETVALUE{n}");
                let spelled = encode_name(name, mask, upper);
                let mut params: Vec<String> = others
                    .iter()
                    .map(|(a, b)| format!("{}={}", (b'a' + a) as char, (b'a' + b) as char))
                    .collect();
                let at = n as usize % (params.len() + 1);
                params.insert(at, format!("{spelled}={secret}"));
                let query = params.join("&");
                // The server reads the parameter under this spelling...
                prop_assert_eq!(query_param(&query, name), Some(secret.clone()));
                // ...so no log may see its value.
                let logged = redact_tokens(&format!("/ws/orders/?{query}"));
                prop_assert!(!logged.contains(&secret), "{}", logged);
                Ok(())
            },
        )
        .unwrap();
    // Any bytes at all, mixed with the pieces that matter to a query: separators, escapes
    // and the secret names in several spellings, so that many cases carry a secret.
    let piece = prop_oneof![
        prop::collection::vec(any::<u8>(), 0..8),
        prop::sample::select(vec![
            "token",
            "access",
            "refresh",
            "password",
            "%74oken",
            "TOKEN",
            "t%6Fken",
            "pass%77ord",
            "token+",
            "&",
            "=",
            "%",
            "+",
            "?",
            "%zz",
            "&token=",
            "=v",
        ])
        .prop_map(|p| p.as_bytes().to_vec()),
    ];
    let noise = prop::collection::vec(piece, 0..30).prop_map(|v| v.concat());
    let with_secret = AtomicUsize::new(0);
    runner(10_000)
        .run(&noise, |bytes| {
            counted();
            let s = String::from_utf8_lossy(&bytes).into_owned();
            // Without an escape, decoding only turns '+' into a space.
            if !s.contains('%') {
                prop_assert_eq!(percent_decode(&s), s.replace('+', " "));
            }
            // Redaction keeps the path and every parameter in place...
            let logged = redact_tokens(&format!("/x/?{s}"));
            let query = logged.strip_prefix("/x/?").expect("path kept");
            prop_assert_eq!(query.split('&').count(), s.split('&').count());
            // ...and whatever value the server would read under a secret name, the log holds
            // only *** (or nothing, for a name without '=') in its place.
            if SECRETS
                .iter()
                .any(|n| query_param(&s, n).is_some_and(|v| !v.is_empty()))
            {
                with_secret.fetch_add(1, Ordering::Relaxed);
            }
            for name in SECRETS {
                let read = query_param(&s, name);
                let in_log = query_param(query, name);
                prop_assert_eq!(read.is_some(), in_log.is_some(), "{}: {:?}", name, logged);
                if let Some(v) = in_log {
                    prop_assert!(v.is_empty() || v == "***", "{} logged as {:?}", name, v);
                }
            }
            Ok(())
        })
        .unwrap();
    // The property above is not vacuous: many cases had a secret value to hide.
    let hidden = with_secret.load(Ordering::Relaxed);
    assert!(
        hidden > 1_000,
        "only {hidden} of 10,000 cases carried a secret"
    );
}

/// Sends `bytes`, half-closes, and reads until the server closes: returns what came back.
fn exchange(addr: SocketAddr, bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut s = TcpStream::connect(addr)?;
    s.set_read_timeout(Some(Duration::from_secs(20)))?;
    let _ = s.write_all(bytes);
    let _ = s.shutdown(std::net::Shutdown::Write);
    let mut out = Vec::new();
    match s.read_to_end(&mut out) {
        Ok(_) => Ok(out),
        // A reset after the answer (or instead of one) is a clean close too.
        Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => Ok(out),
        Err(e) => Err(e),
    }
}

#[test]
fn the_server_answers_or_closes_for_every_mutated_request() {
    let srv = common::Server::start_with(
        common::Options::default()
            .unseeded()
            .env("REQUEST_TIMEOUT", "5")
            .env("KEEPALIVE_TIMEOUT", "1"),
    );
    let addr = srv.addr;
    runner(300)
        .run(&request_bytes(), |bytes| {
            counted();
            let out = exchange(addr, &bytes).map_err(|e| TestCaseError::fail(e.to_string()))?;
            // Either nothing (a clean close of a request that never completed) or HTTP.
            prop_assert!(
                out.is_empty() || out.starts_with(b"HTTP/1.1 "),
                "{:?}",
                String::from_utf8_lossy(&out)
            );
            Ok(())
        })
        .unwrap();
    assert_eq!(srv.get("/api/health/", None).status, 200);
}
