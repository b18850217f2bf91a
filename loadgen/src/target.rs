//! The one server a run may talk to: `--base http://HOST:PORT`, loopback only.
//!
//! A load generator aimed at the wrong address is a denial-of-service tool, so the host must be
//! a loopback literal (`127.0.0.0/8`, `::1`) or `localhost`. `localhost` is mapped to
//! `127.0.0.1` here rather than resolved, so no resolver (and no `/etc/hosts` surprise) can
//! redirect the traffic elsewhere. Every socket the tool opens goes to [`Target::addr`].

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

/// A validated `--base`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// Where every connection goes.
    pub addr: SocketAddr,
    /// The `Host` header value: the host as written, with the port (`127.0.0.1:8000`).
    pub host_header: String,
    /// The normalised base URL for reports (`http://127.0.0.1:8000`).
    pub base: String,
}

impl Target {
    /// Parses and validates `http://HOST[:PORT][/]`.
    pub fn parse(input: &str) -> Result<Target, String> {
        let trimmed = input.trim();
        let rest = strip_prefix_ignore_case(trimmed, "http://").ok_or_else(|| {
            if strip_prefix_ignore_case(trimmed, "https://").is_some() {
                format!("--base {input:?}: https is not supported (the server speaks plain HTTP)")
            } else {
                format!("--base {input:?}: expected http://HOST:PORT")
            }
        })?;
        let (authority, path) = match rest.find(['/', '?', '#']) {
            Some(i) => rest.split_at(i),
            None => (rest, ""),
        };
        if !(path.is_empty() || path == "/") {
            return Err(format!(
                "--base {input:?}: give only scheme, host and port (no path {path:?})"
            ));
        }
        if authority.contains('@') {
            return Err(format!("--base {input:?}: user info is not allowed"));
        }
        let (host, port) = split_host_port(authority)
            .ok_or_else(|| format!("--base {input:?}: cannot read host and port"))?;
        let port: u16 = match port {
            None => 80,
            Some(p) => p
                .parse()
                .map_err(|_| format!("--base {input:?}: bad port {p:?}"))?,
        };
        if port == 0 {
            return Err(format!("--base {input:?}: port 0 cannot be connected to"));
        }
        let ip = loopback_ip(host).ok_or_else(|| {
            format!(
                "--base {input:?}: refusing host {host:?}: only loopback targets are allowed \
                 (127.0.0.0/8, localhost, ::1)"
            )
        })?;
        let host_header = match ip {
            IpAddr::V6(_) => format!("[{}]:{port}", host.trim_matches(['[', ']'])),
            IpAddr::V4(_) => format!("{host}:{port}"),
        };
        Ok(Target {
            addr: SocketAddr::new(ip, port),
            base: format!("http://{host_header}"),
            host_header,
        })
    }

    /// `ws://HOST:PORT` + `path_and_query`, for the WebSocket handshake request.
    pub fn ws_url(&self, path_and_query: &str) -> String {
        format!("ws://{}{}", self.host_header, path_and_query)
    }
}

fn strip_prefix_ignore_case<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    if head.eq_ignore_ascii_case(prefix) {
        s.get(prefix.len()..)
    } else {
        None
    }
}

/// Splits `host[:port]` or `[v6][:port]`; the host keeps its brackets.
fn split_host_port(authority: &str) -> Option<(&str, Option<&str>)> {
    if authority.is_empty() {
        return None;
    }
    if authority.starts_with('[') {
        let close = authority.find(']')?;
        let (host, rest) = authority.split_at(close + 1);
        return match rest {
            "" => Some((host, None)),
            r => r.strip_prefix(':').map(|p| (host, Some(p))),
        };
    }
    match authority.rsplit_once(':') {
        Some((h, p)) if !h.is_empty() && !h.contains(':') => Some((h, Some(p))),
        Some(_) => None,
        None => Some((authority, None)),
    }
}

/// The loopback address a host literal stands for, or `None` when it is not loopback.
fn loopback_ip(host: &str) -> Option<IpAddr> {
    if host.eq_ignore_ascii_case("localhost") {
        return Some(IpAddr::V4(Ipv4Addr::LOCALHOST));
    }
    if let Some(inner) = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        let v6: Ipv6Addr = inner.parse().ok()?;
        return v6.is_loopback().then_some(IpAddr::V6(v6));
    }
    let v4: Ipv4Addr = host.parse().ok()?;
    v4.is_loopback().then_some(IpAddr::V4(v4))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_loopback_forms() {
        let t = Target::parse("http://127.0.0.1:8000").unwrap();
        assert_eq!(t.addr, "127.0.0.1:8000".parse().unwrap());
        assert_eq!(t.host_header, "127.0.0.1:8000");
        assert_eq!(t.base, "http://127.0.0.1:8000");
        assert_eq!(
            t.ws_url("/ws/orders/?token=x"),
            "ws://127.0.0.1:8000/ws/orders/?token=x"
        );

        let t = Target::parse("HTTP://127.3.4.5:1/").unwrap();
        assert_eq!(t.addr, "127.3.4.5:1".parse().unwrap());

        let t = Target::parse("http://localhost:9000").unwrap();
        assert_eq!(t.addr, "127.0.0.1:9000".parse().unwrap());
        assert_eq!(t.host_header, "localhost:9000");

        let t = Target::parse("http://[::1]:8080").unwrap();
        assert_eq!(t.addr, "[::1]:8080".parse().unwrap());
        assert_eq!(t.host_header, "[::1]:8080");

        let t = Target::parse("http://127.0.0.1").unwrap();
        assert_eq!(t.addr.port(), 80);
    }

    #[test]
    fn refuses_anything_not_loopback() {
        for bad in [
            "http://10.0.0.1:80",
            "http://0.0.0.0:8000",
            "http://example.com:80",
            "http://127.0.0.1.nip.io:80",
            "http://[::2]:80",
            "http://[::ffff:10.0.0.1]:80",
            "http://192.168.1.1",
        ] {
            let err = Target::parse(bad).unwrap_err();
            assert!(err.contains("loopback"), "{bad}: {err}");
        }
    }

    #[test]
    fn rejects_malformed_urls() {
        for bad in [
            "127.0.0.1:8000",
            "https://127.0.0.1:8000",
            "ws://127.0.0.1:8000",
            "http://127.0.0.1:8000/api/",
            "http://127.0.0.1:abc",
            "http://127.0.0.1:70000",
            "http://127.0.0.1:0",
            "http://user@127.0.0.1:80",
            "http://",
            "http://[::1",
            "http://::1:80",
        ] {
            assert!(Target::parse(bad).is_err(), "{bad} should be rejected");
        }
    }
}
