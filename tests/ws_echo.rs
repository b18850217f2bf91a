//! The conformance echo WebSocket (`WS_ECHO_PATH`), which runs the same connection loop as the
//! order feed: echoing (fragmented messages, pings in between), and failing the connection on
//! garbage with the RFC 6455 close codes, after which the server closes the TCP connection.
//! The full suite is scripts/autobahn.sh; this keeps its essentials in `cargo test`.

mod common;

use std::io::Write;
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

use common::{Options, Server};
use tungstenite::protocol::frame::coding::CloseCode;
use tungstenite::protocol::CloseFrame;
use tungstenite::{Error as WsError, HandshakeError, Message, WebSocket};

type Ws = WebSocket<TcpStream>;

fn connect(addr: SocketAddr, path: &str) -> Result<Ws, WsError> {
    let stream = TcpStream::connect(addr).expect("connect");
    stream.set_read_timeout(Some(Duration::from_secs(20))).ok();
    let url = format!("ws://{addr}{path}");
    match tungstenite::client::client(url.as_str(), stream) {
        Ok((ws, _)) => Ok(ws),
        Err(HandshakeError::Failure(e)) => Err(e),
        Err(HandshakeError::Interrupted(_)) => panic!("handshake interrupted"),
    }
}

/// One client frame with the given first byte (FIN, RSV, opcode) and a zero mask, so the
/// payload goes on the wire as is.
fn frame(first: u8, payload: &[u8]) -> Vec<u8> {
    assert!(payload.len() < 126);
    let mut f = vec![first, 0x80 | payload.len() as u8, 0, 0, 0, 0];
    f.extend_from_slice(payload);
    f
}

/// Reads until the server's close frame; returns its code, then checks that the server ends
/// the TCP connection (a clean EOF, not our read timeout).
fn close_code_then_eof(ws: &mut Ws) -> u16 {
    let code = loop {
        match ws.read() {
            Ok(Message::Close(f)) => break f.map(|f| u16::from(f.code)).unwrap_or(0),
            Ok(_) => {}
            Err(e) => panic!("no close frame: {e}"),
        }
    };
    match ws.read() {
        Ok(m) => panic!("message after close: {m:?}"),
        Err(WsError::ConnectionClosed | WsError::AlreadyClosed) => code,
        Err(e) => panic!("the server did not close the connection: {e}"),
    }
}

#[test]
fn echo_endpoint_echoes_and_fails_bad_input_with_rfc_codes() {
    let srv = Server::start_with(
        Options::default()
            .unseeded()
            .env("WS_ECHO_PATH", "/ws/echo/"),
    );

    let mut ws = connect(srv.addr, "/ws/echo/").expect("echo handshake");
    ws.send(Message::Text("héllo".into())).expect("send");
    assert_eq!(ws.read().expect("read"), Message::Text("héllo".into()));
    ws.send(Message::Binary(vec![0u8, 1, 2, 255].into()))
        .expect("send");
    assert_eq!(
        ws.read().expect("read"),
        Message::Binary(vec![0u8, 1, 2, 255].into())
    );
    // A fragmented text message with a ping between its fragments: the pong comes first
    // (control frames are answered at once), then the whole message.
    let mut raw = frame(0x01, b"Hel");
    raw.extend(frame(0x89, b"p"));
    raw.extend(frame(0x80, b"lo"));
    ws.get_mut().write_all(&raw).expect("write");
    assert_eq!(
        ws.read().expect("read"),
        Message::Pong(b"p".to_vec().into())
    );
    assert_eq!(ws.read().expect("read"), Message::Text("Hello".into()));
    ws.close(Some(CloseFrame {
        code: CloseCode::Normal,
        reason: "bye".into(),
    }))
    .expect("close");
    assert_eq!(close_code_then_eof(&mut ws), 1000);

    let cases: [(&str, Vec<u8>, u16); 7] = [
        ("RSV1 set", frame(0xC1, b"x"), 1002),
        ("reserved opcode", frame(0x83, b""), 1002),
        ("fragmented ping", frame(0x09, b"p"), 1002),
        (
            "invalid UTF-8 text",
            frame(0x81, &[0xce, 0xba, 0xc0, 0xaf]),
            1007,
        ),
        ("continuation without a start", frame(0x80, b"x"), 1002),
        ("close with a 1-byte body", frame(0x88, &[0x03]), 1002),
        ("close with code 999", frame(0x88, &[0x03, 0xe7]), 1002),
    ];
    for (what, bytes, want) in cases {
        let mut ws = connect(srv.addr, "/ws/echo/").expect("echo handshake");
        ws.get_mut().write_all(&bytes).expect("write");
        assert_eq!(close_code_then_eof(&mut ws), want, "{what}");
    }
    assert!(
        common::wait_until(Duration::from_secs(30), || srv
            .log("websocket.log")
            .matches("Client disconnected")
            .count()
            == 8),
        "{}",
        srv.log("websocket.log")
    );

    // Off by default: without the setting the path is not a WebSocket.
    let plain = Server::start_with(Options::default().unseeded());
    match connect(plain.addr, "/ws/echo/") {
        Err(WsError::Http(resp)) => assert_eq!(resp.status().as_u16(), 404),
        other => panic!("expected a 404, got {:?}", other.map(|_| ())),
    }
}
