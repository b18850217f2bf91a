//! Who the client is. Behind a reverse proxy every connection comes from the proxy, so the
//! login throttle would count every user as one; `TRUSTED_PROXIES` names the proxies whose
//! `X-Forwarded-For` is believed. Nobody else's is: any client can send that header.

use std::net::IpAddr;

use super::Request;

/// The client's address: the socket peer, or, when the peer is a trusted proxy, the nearest
/// address in `X-Forwarded-For` that is not itself a trusted proxy (read right to left, since
/// each proxy appends the address it saw and only the trusted ones' entries can be believed).
pub fn client_ip(req: &Request, trusted: &[IpAddr]) -> IpAddr {
    let peer = req.peer.ip().to_canonical();
    if !trusted.contains(&peer) {
        return peer;
    }
    let hops: Vec<&str> = req
        .headers
        .iter()
        .filter(|(k, _)| k == "x-forwarded-for")
        .flat_map(|(_, v)| v.split(','))
        .map(str::trim)
        .collect();
    let mut client = peer;
    for hop in hops.iter().rev() {
        match hop.parse::<IpAddr>() {
            Ok(ip) => {
                client = ip.to_canonical();
                if !trusted.contains(&client) {
                    break;
                }
            }
            // Garbage in the chain: the last address we could trust is the answer.
            Err(_) => break,
        }
    }
    client
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req(peer: &str, xff: &[&str]) -> Request {
        Request {
            method: "POST".into(),
            path: "/".into(),
            query: String::new(),
            minor_version: 1,
            headers: xff
                .iter()
                .map(|v| ("x-forwarded-for".to_string(), v.to_string()))
                .collect(),
            body: Vec::new(),
            peer: format!("{peer}:5000").parse().unwrap(),
        }
    }

    #[test]
    fn forwarded_for_is_believed_only_from_trusted_proxies() {
        let proxy: IpAddr = "10.0.0.9".parse().unwrap();
        let t = [proxy];
        let ip = |s: &str| s.parse::<IpAddr>().unwrap();
        assert_eq!(client_ip(&req("1.2.3.4", &["5.6.7.8"]), &t), ip("1.2.3.4"));
        assert_eq!(client_ip(&req("10.0.0.9", &["5.6.7.8"]), &t), ip("5.6.7.8"));
        assert_eq!(client_ip(&req("10.0.0.9", &["5.6.7.8"]), &[]), proxy);
        // A client-supplied first entry is not believed: the proxy appended the real one.
        assert_eq!(
            client_ip(&req("10.0.0.9", &["9.9.9.9, 5.6.7.8"]), &t),
            ip("5.6.7.8")
        );
        assert_eq!(
            client_ip(&req("10.0.0.9", &["5.6.7.8", "10.0.0.9"]), &t),
            ip("5.6.7.8")
        );
        assert_eq!(client_ip(&req("10.0.0.9", &["junk"]), &t), proxy);
        assert_eq!(client_ip(&req("10.0.0.9", &[]), &t), proxy);
    }
}
