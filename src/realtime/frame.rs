//! Server-side WebSocket text frames (RFC 6455 5.2: unmasked, FIN, one frame per message),
//! encoded here so that the hub can frame each event once for every socket and the socket
//! loop can frame its own messages the same way. A leaf module: both import it.

use tungstenite::Bytes;

/// Writes the head of an unmasked server text frame with a payload of `len` bytes into `out`
/// and returns its length (2, 4 or 10 bytes).
pub fn frame_head(len: usize, out: &mut [u8; 10]) -> usize {
    out[0] = 0x81;
    if len < 126 {
        out[1] = len as u8;
        2
    } else if len <= 0xFFFF {
        out[1] = 126;
        out[2..4].copy_from_slice(&(len as u16).to_be_bytes());
        4
    } else {
        out[1] = 127;
        out[2..10].copy_from_slice(&(len as u64).to_be_bytes());
        10
    }
}

/// A complete server text frame (head and payload in one buffer): the hub encodes each event
/// once and every socket writes the same bytes.
pub fn text_frame(text: &[u8]) -> Bytes {
    let mut head = [0u8; 10];
    let n = frame_head(text.len(), &mut head);
    let mut frame = Vec::with_capacity(n + text.len());
    frame.extend_from_slice(&head[..n]);
    frame.extend_from_slice(text);
    Bytes::from(frame)
}

#[cfg(test)]
mod tests {
    use super::text_frame;

    #[test]
    fn heads_use_the_shortest_length_encoding() {
        let f = text_frame(b"hi");
        assert_eq!(&f[..], b"\x81\x02hi");
        let f = text_frame(&[b'a'; 125]);
        assert_eq!((f[1], f.len()), (125, 127));
        let f = text_frame(&[b'a'; 126]);
        assert_eq!(&f[..4], &[0x81, 126, 0, 126]);
        let f = text_frame(&vec![b'a'; 65_536]);
        assert_eq!(&f[..10], &[0x81, 127, 0, 0, 0, 0, 0, 1, 0, 0]);
        assert_eq!(f.len(), 65_546);
    }
}
