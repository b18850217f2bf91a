//! The listening socket (socket2: SO_REUSEADDR, our own backlog) and the process limits the
//! server depends on: open files (raised to the hard limit) and memory mappings (checked, since
//! each connection thread costs a few and running out aborts the process).

use socket2::{Domain, Socket, Type};
use std::net::{SocketAddr, TcpListener, ToSocketAddrs};

/// Binds `addr` with SO_REUSEADDR and `backlog`.
pub fn bind(addr: &str, backlog: i32) -> Result<TcpListener, String> {
    let sa: SocketAddr = addr
        .to_socket_addrs()
        .map_err(|e| format!("cannot resolve {addr}: {e}"))?
        .next()
        .ok_or_else(|| format!("cannot resolve {addr}"))?;
    let socket = Socket::new(Domain::for_address(sa), Type::STREAM, None)
        .map_err(|e| format!("cannot create socket: {e}"))?;
    socket
        .set_reuse_address(true)
        .map_err(|e| format!("SO_REUSEADDR: {e}"))?;
    socket
        .bind(&sa.into())
        .map_err(|e| format!("cannot bind {addr}: {e}"))?;
    socket
        .listen(backlog)
        .map_err(|e| format!("cannot listen on {addr}: {e}"))?;
    Ok(socket.into())
}

/// Raises the soft RLIMIT_NOFILE to the hard limit; returns the limit now in force.
pub fn raise_nofile_limit() -> u64 {
    let mut lim = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: plain syscalls on a local struct.
    unsafe {
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut lim) != 0 {
            return 0;
        }
        if lim.rlim_cur < lim.rlim_max {
            let want = libc::rlimit {
                rlim_cur: lim.rlim_max,
                rlim_max: lim.rlim_max,
            };
            if libc::setrlimit(libc::RLIMIT_NOFILE, &want) == 0 {
                lim.rlim_cur = lim.rlim_max;
            }
        }
    }
    lim.rlim_cur
}

/// Memory mappings one connection can cost: its thread's stack and guard page plus allocator
/// arenas (measured about 4 per thread). Sized when a WebSocket had two threads; kept as
/// headroom.
const MAPS_PER_CONNECTION: u64 = 8;

/// Refuses a `MAX_CONNECTIONS` that would run out of memory mappings (the process would
/// abort near the limit) with a clear message.
pub fn check_map_count(max_connections: usize) -> Result<(), String> {
    let Ok(text) = std::fs::read_to_string("/proc/sys/vm/max_map_count") else {
        return Ok(());
    };
    let Ok(limit) = text.trim().parse::<u64>() else {
        return Ok(());
    };
    let need = max_connections as u64 * MAPS_PER_CONNECTION + 2_000;
    if need > limit {
        return Err(format!(
            "invalid setting MAX_CONNECTIONS: {max_connections} connections need about {need} \
             memory mappings but vm.max_map_count is {limit}; lower MAX_CONNECTIONS to at most \
             {} or raise vm.max_map_count (sysctl -w vm.max_map_count={need})",
            limit.saturating_sub(2_000) / MAPS_PER_CONNECTION
        ));
    }
    Ok(())
}
