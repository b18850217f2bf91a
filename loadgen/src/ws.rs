//! WebSocket client pieces: an authenticated connect that waits for the first `data_update`,
//! a cheap reader for event envelopes, and the raw bytes the chaos scenario needs.

use crate::api::OrderKey;
use crate::http;
use crate::target::Target;
use serde::Deserialize;
use std::io;
use std::net::TcpStream;
use std::time::{Duration, Instant};
use tungstenite::handshake::client::generate_key;
use tungstenite::handshake::HandshakeError;
use tungstenite::protocol::WebSocketConfig;
use tungstenite::{Message, WebSocket};

pub type Ws = WebSocket<Stream>;

/// A client's socket as tungstenite sees it: the TCP stream, plus, for the swarm's pollers,
/// one saved system call per message. In a poller the socket is non-blocking and epoll
/// (level-triggered) says when it is readable; a read that returns less than it asked for
/// found the kernel's queue empty, so the next read reports WouldBlock at once instead of
/// asking the kernel again. The poller marks the socket readable again when epoll reports it.
/// (On a 2-core machine shared with the server, the load generator's own CPU per message is
/// part of every fan-out figure.)
#[derive(Debug)]
pub struct Stream {
    tcp: TcpStream,
    /// Short reads count as "drained" (only in a poller).
    short_reads: bool,
    drained: bool,
}

impl Stream {
    pub fn new(tcp: TcpStream) -> Stream {
        Stream {
            tcp,
            short_reads: false,
            drained: false,
        }
    }

    /// Puts the socket in a poller's mode: non-blocking, short reads mark it drained.
    pub fn poll_mode(&mut self) -> io::Result<()> {
        self.tcp.set_nonblocking(true)?;
        self.short_reads = true;
        Ok(())
    }

    /// Epoll reported the socket readable: the next read asks the kernel.
    pub fn readable(&mut self) {
        self.drained = false;
    }
}

impl std::ops::Deref for Stream {
    type Target = TcpStream;
    fn deref(&self) -> &TcpStream {
        &self.tcp
    }
}

impl std::ops::DerefMut for Stream {
    fn deref_mut(&mut self) -> &mut TcpStream {
        &mut self.tcp
    }
}

impl io::Read for Stream {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.drained {
            return Err(io::ErrorKind::WouldBlock.into());
        }
        let n = self.tcp.read(buf)?;
        if self.short_reads && n > 0 && n < buf.len() {
            self.drained = true;
        }
        Ok(n)
    }
}

impl io::Write for Stream {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.tcp.write(buf)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.tcp.flush()
    }
}

/// `/ws/orders/?token=...`. JWTs are URL-safe already; anything else is percent-encoded so a
/// strange token cannot break the request line.
pub fn ws_path(token: &str) -> String {
    let mut p = String::from("/ws/orders/?token=");
    for b in token.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            p.push(b as char);
        } else {
            p.push_str(&format!("%{b:02X}"));
        }
    }
    p
}

/// Small buffers: thousands of mostly idle sockets must stay cheap (tungstenite allocates and
/// zero-fills its read buffer per socket; the default is 128 KiB).
pub fn config() -> WebSocketConfig {
    WebSocketConfig::default().read_buffer_size(4 * 1024)
}

/// A stable label for a tungstenite error.
pub fn error_kind(e: &tungstenite::Error) -> String {
    use tungstenite::Error as E;
    match e {
        E::ConnectionClosed | E::AlreadyClosed => "ws_closed".into(),
        E::Io(io) => http::io_kind(io).into(),
        E::Http(resp) => format!("http_{}", resp.status().as_u16()),
        E::Protocol(_) => "ws_protocol".into(),
        E::Capacity(_) => "ws_capacity".into(),
        E::Utf8(_) => "ws_utf8".into(),
        _ => "ws_error".into(),
    }
}

/// The fields of a server message the load generator looks at; everything else is skipped
/// by serde without being built.
#[derive(Debug, Deserialize)]
struct Envelope {
    #[serde(rename = "type")]
    kind: Option<String>,
    item: Option<ItemRef>,
}

#[derive(Debug, Deserialize)]
struct ItemRef {
    id: Option<serde_json::Value>,
    order_number: Option<String>,
}

/// A server message, reduced.
#[derive(Debug, PartialEq)]
pub struct Event {
    pub kind: String,
    /// For `item_created` / `item_updated`: which order.
    pub order: Option<OrderKey>,
}

/// Reads the envelope of a text message; `None` when it is not a JSON object.
pub fn parse_event(text: &str) -> Option<Event> {
    let env: Envelope = serde_json::from_str(text).ok()?;
    Some(Event {
        kind: env.kind.unwrap_or_default(),
        order: env.item.map(|i| OrderKey {
            id: i.id.and_then(|v| {
                v.as_u64()
                    .or_else(|| v.as_str().and_then(|s| s.parse().ok()))
            }),
            order_number: i.order_number,
        }),
    })
}

/// Connects, authenticates with `token` and waits for the server's first text message, which
/// must be a `data_update` (only then is the client surely subscribed). Returns the socket
/// in blocking mode; the error is a short label for tallies.
pub fn connect(target: &Target, token: &str, timeout: Duration) -> Result<Ws, String> {
    let deadline = Instant::now() + timeout;
    let stream = http::connect(target, deadline).map_err(|e| e.kind())?;
    let mut ws = handshake(target, token, stream, deadline)?;
    wait_first_message(&mut ws, deadline)?;
    Ok(ws)
}

/// The WebSocket upgrade on an open stream, bounded by `deadline`.
pub fn handshake(
    target: &Target,
    token: &str,
    stream: TcpStream,
    deadline: Instant,
) -> Result<Ws, String> {
    let left = http::remaining(deadline).ok_or("timeout")?;
    stream
        .set_read_timeout(Some(left))
        .and_then(|_| stream.set_write_timeout(Some(left)))
        .map_err(|e| http::io_kind(&e).to_string())?;
    let url = target.ws_url(&ws_path(token));
    match tungstenite::client::client_with_config(url, Stream::new(stream), Some(config())) {
        Ok((ws, _response)) => Ok(ws),
        // A blocking socket only "would block" when its timeout fired.
        Err(HandshakeError::Interrupted(_)) => Err("timeout".into()),
        Err(HandshakeError::Failure(e)) => Err(error_kind(&e)),
    }
}

/// Reads until the first text message; anything but `data_update` is an error label.
pub fn wait_first_message(ws: &mut Ws, deadline: Instant) -> Result<(), String> {
    loop {
        let left = http::remaining(deadline).ok_or("timeout")?;
        ws.get_mut()
            .set_read_timeout(Some(left))
            .map_err(|e| http::io_kind(&e).to_string())?;
        match ws.read() {
            Ok(Message::Text(t)) => {
                return match parse_event(t.as_str()) {
                    Some(ev) if ev.kind == "data_update" => Ok(()),
                    Some(ev) => Err(format!("ws_first_message_{}", label(&ev.kind))),
                    None => Err("ws_first_message_not_json".into()),
                };
            }
            Ok(Message::Close(frame)) => {
                return Err(match frame {
                    Some(f) => format!("ws_close_{}", u16::from(f.code)),
                    None => "ws_close".into(),
                })
            }
            Ok(_) => {}
            Err(tungstenite::Error::Io(e))
                if matches!(
                    e.kind(),
                    io::ErrorKind::WouldBlock
                        | io::ErrorKind::TimedOut
                        | io::ErrorKind::Interrupted
                ) => {}
            Err(e) => return Err(error_kind(&e)),
        }
    }
}

/// Closes politely (close frame, then wait briefly for the server's close), bounded.
pub fn close_politely(mut ws: Ws, wait: Duration) {
    let deadline = Instant::now() + wait;
    if ws.close(None).is_err() {
        return;
    }
    while let Some(left) = http::remaining(deadline) {
        if ws.get_mut().set_read_timeout(Some(left)).is_err() {
            return;
        }
        match ws.read() {
            Ok(_) => {}
            Err(tungstenite::Error::Io(e)) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(_) => return,
        }
    }
}

/// A raw, valid upgrade request (chaos sends only part of it).
pub fn upgrade_request(target: &Target, token: &str) -> Vec<u8> {
    format!(
        "GET {} HTTP/1.1\r\nHost: {}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\
         Sec-WebSocket-Key: {}\r\nSec-WebSocket-Version: 13\r\nUser-Agent: adakings-loadgen\r\n\r\n",
        ws_path(token),
        target.host_header,
        generate_key()
    )
    .into_bytes()
}

/// A masked client text frame carrying `payload_len` bytes (at most 125, so the length fits
/// the first header byte), complete; chaos cuts it short.
pub fn masked_text_frame(payload_len: u8) -> Vec<u8> {
    let len = payload_len.min(125);
    let mask = [0x37u8, 0xfa, 0x21, 0x3d];
    let mut f = vec![0x81, 0x80 | len];
    f.extend_from_slice(&mask);
    f.extend((0..len).map(|i| b'x' ^ mask[usize::from(i) % 4]));
    f
}

/// Keeps labels to `[a-z0-9_]` so a hostile message cannot inject into reports.
fn label(s: &str) -> String {
    let l: String = s
        .chars()
        .take(32)
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    if l.is_empty() {
        "untyped".into()
    } else {
        l
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_encodes_only_what_it_must() {
        assert_eq!(ws_path("aB3.x-y_z"), "/ws/orders/?token=aB3.x-y_z");
        assert_eq!(ws_path("a b&c"), "/ws/orders/?token=a%20b%26c");
    }

    #[test]
    fn events_are_reduced() {
        let e = parse_event(
            r#"{"type":"item_created","event_id":3,"item":{"id":9,"order_number":"261125-004",
                "items":[{"id":1}],"status":"Pending"}}"#,
        )
        .unwrap();
        assert_eq!(e.kind, "item_created");
        assert_eq!(
            e.order,
            Some(OrderKey {
                id: Some(9),
                order_number: Some("261125-004".into())
            })
        );
        let e =
            parse_event(r#"{"type":"data_update","data":[{"id":1}],"last_event_id":0}"#).unwrap();
        assert_eq!(e.kind, "data_update");
        assert_eq!(e.order, None);
        assert_eq!(parse_event("not json"), None);
        assert_eq!(parse_event("[1]"), None);
    }

    #[test]
    fn frames_are_masked_and_sized() {
        let f = masked_text_frame(10);
        assert_eq!(f.len(), 2 + 4 + 10);
        assert_eq!(f[0], 0x81);
        assert_eq!(f[1], 0x80 | 10);
        assert_eq!(f[6] ^ f[2], b'x');
        assert_eq!(masked_text_frame(200).len(), 2 + 4 + 125);
    }

    #[test]
    fn upgrade_request_is_complete() {
        let t = Target::parse("http://127.0.0.1:9").unwrap();
        let r = String::from_utf8(upgrade_request(&t, "tok")).unwrap();
        assert!(r.starts_with("GET /ws/orders/?token=tok HTTP/1.1\r\n"));
        assert!(r.contains("Sec-WebSocket-Version: 13\r\n"));
        assert!(r.ends_with("\r\n\r\n"));
    }

    #[test]
    fn labels_are_sanitised() {
        assert_eq!(label("item_created"), "item_created");
        assert_eq!(label("a b\"c"), "a_b_c");
        assert_eq!(label(""), "untyped");
    }
}
