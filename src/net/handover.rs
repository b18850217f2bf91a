//! Hand-over of the listening socket to a new process (`adakings serve --takeover`), so an
//! upgrade refuses no connection: the socket is passed, never closed and bound again.
//!
//! The running server listens on a Unix socket in the database's folder,
//! `adakings-<port>.takeover` (one per port, so several servers may share a database). The
//! exchange, one line each way at a time:
//! 1. new → old `TAKE`; old → new its pid, with the listening TCP socket attached
//!    (`SCM_RIGHTS`). Both processes now accept on the same socket.
//! 2. The new process finishes starting (database, threads, accept loop), then sends
//!    `READY`. If it fails first, it exits and its end of the Unix socket closes: the old
//!    process notices no `READY` and goes on serving as before.
//! 3. Old: stops accepting (anything already accepted is served), answers `OK`, and shuts
//!    down gracefully, closing its WebSockets with 1012 "service restart".
//!
//! Only a process of the same user may connect (checked with `SO_PEERCRED`; the socket file
//! is also mode 0600).

use std::io::{self, BufRead, BufReader, Write};
use std::net::TcpListener;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::fs::MetadataExt;
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// How long the old process waits for the new one to say `READY` (opening and migrating the
/// database can take a while on a big file).
const READY_WAIT: Duration = Duration::from_secs(120);
/// How long each side waits for the other's short answers.
const ANSWER_WAIT: Duration = Duration::from_secs(10);

/// The hand-over socket of the server listening on `port` with the database at `db`.
pub fn socket_path(db: &Path, port: u16) -> PathBuf {
    let dir = db
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    dir.join(format!("adakings-{port}.takeover"))
}

/// The old side: offers `listener` to whoever connects to the hand-over socket. Calls
/// `stop_accepting` (which must return only once this process accepts no more connections)
/// when a new process is ready, answers `OK`, then calls `begin_shutdown`. `replace`: remove
/// a socket file left by the process this one just took over from.
pub fn offer(
    path: &Path,
    listener: TcpListener,
    replace: bool,
    stop_accepting: Box<dyn FnOnce() + Send>,
    begin_shutdown: Box<dyn FnOnce() + Send>,
) -> Result<Offer, String> {
    if replace {
        let _ = std::fs::remove_file(path);
    } else {
        remove_if_stale(path);
    }
    let sock = UnixListener::bind(path).map_err(|e| {
        format!(
            "cannot listen for a takeover on {}: {e} (is another server using this port's socket?)",
            path.display()
        )
    })?;
    let meta = std::fs::metadata(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let id = identity(&meta);
    let shown = path.display().to_string();
    let offered = Arc::new(Mutex::new(Some(listener)));
    let held = offered.clone();
    std::thread::Builder::new()
        .name("handover".into())
        .stack_size(128 * 1024)
        .spawn(move || {
            for conn in sock.incoming() {
                let Ok(conn) = conn else { continue };
                let Ok(guard) = held.lock() else { return };
                // Withdrawn: this process is shutting down and keeps its socket to itself.
                let Some(l) = guard.as_ref() else { return };
                match hand_over(&conn, l.as_raw_fd()) {
                    Ok(pid) => {
                        drop(guard);
                        log::info!("takeover: process {pid} is ready; stopping accepting");
                        stop_accepting();
                        let _ = (&conn).write_all(b"OK\n");
                        begin_shutdown();
                        return;
                    }
                    Err(e) => log::warn!("takeover did not happen, still serving: {e}"),
                }
            }
        })
        .map_err(|e| format!("cannot start the hand-over thread: {e}"))?;
    log::info!("a new process may take over through {shown}");
    Ok(Offer {
        path: path.to_path_buf(),
        id,
        listener: offered,
    })
}

/// A standing offer (see [`offer`]).
pub struct Offer {
    path: PathBuf,
    id: (u64, u64, i64, i64),
    listener: Arc<Mutex<Option<TcpListener>>>,
}

impl Offer {
    /// At shutdown: closes the offered copy of the listening socket (so the kernel refuses
    /// new connections once the accept loop has dropped its own) and, with `remove`, the
    /// socket file, unless a newer process has put its own there since.
    pub fn withdraw(&self, remove: bool) {
        if let Ok(mut g) = self.listener.lock() {
            g.take();
        }
        if !remove {
            return;
        }
        if let Ok(m) = std::fs::metadata(&self.path) {
            if identity(&m) == self.id {
                let _ = std::fs::remove_file(&self.path);
            }
        }
    }
}

/// Which file is at a path: the inode alone is not enough, a new file may get the number of
/// one just removed.
fn identity(m: &std::fs::Metadata) -> (u64, u64, i64, i64) {
    (m.dev(), m.ino(), m.ctime(), m.ctime_nsec())
}

/// A socket file nobody listens on any more (its server was killed) is removed; a live one
/// is left alone (binding then fails with a clear message).
fn remove_if_stale(path: &Path) {
    if path.exists() && UnixStream::connect(path).is_err() {
        let _ = std::fs::remove_file(path);
    }
}

/// One attempt: checks the peer, passes the socket, waits for `READY`. Returns the new
/// process's pid once it is ready (the caller stops accepting, then answers `OK`).
fn hand_over(conn: &UnixStream, listener: RawFd) -> Result<u32, String> {
    let pid = peer_of_same_user(conn)?;
    conn.set_read_timeout(Some(ANSWER_WAIT))
        .map_err(|e| e.to_string())?;
    let mut reader = BufReader::new(conn.try_clone().map_err(|e| e.to_string())?);
    let mut line = String::new();
    reader
        .read_line(&mut line)
        .map_err(|e| format!("process {pid} sent no request: {e}"))?;
    if line.trim() != "TAKE" {
        return Err(format!("process {pid} sent {:?}, not TAKE", line.trim()));
    }
    send_fd(
        conn,
        listener,
        format!("{}\n", std::process::id()).as_bytes(),
    )
    .map_err(|e| format!("cannot pass the socket to process {pid}: {e}"))?;
    log::info!("takeover: passed the listening socket to process {pid}; waiting for it to start");
    conn.set_read_timeout(Some(READY_WAIT))
        .map_err(|e| e.to_string())?;
    line.clear();
    match reader.read_line(&mut line) {
        Ok(_) if line.trim() == "READY" => {}
        Ok(0) => return Err(format!("process {pid} ended before it was ready")),
        Ok(_) => return Err(format!("process {pid} sent {:?}", line.trim())),
        Err(e) => return Err(format!("process {pid} was not ready in time: {e}")),
    }
    Ok(pid)
}

fn peer_of_same_user(conn: &UnixStream) -> Result<u32, String> {
    let mut cred = libc::ucred {
        pid: 0,
        uid: 0,
        gid: 0,
    };
    let mut len = std::mem::size_of::<libc::ucred>() as libc::socklen_t;
    // SAFETY: getsockopt writes at most `len` bytes into the local struct.
    let rc = unsafe {
        libc::getsockopt(
            conn.as_raw_fd(),
            libc::SOL_SOCKET,
            libc::SO_PEERCRED,
            (&mut cred as *mut libc::ucred).cast(),
            &mut len,
        )
    };
    if rc != 0 {
        return Err(format!("SO_PEERCRED: {}", io::Error::last_os_error()));
    }
    // SAFETY: getuid cannot fail.
    let me = unsafe { libc::getuid() };
    if cred.uid != me {
        return Err(format!(
            "process {} of user {} may not take over",
            cred.pid, cred.uid
        ));
    }
    Ok(cred.pid as u32)
}

/// The new side's end of the exchange, after it received the socket.
pub struct Taken {
    pub old_pid: u32,
    conn: UnixStream,
}

/// Asks the server behind `path` for its listening socket. `Ok(None)`: no server listens
/// there (nothing to take over).
pub fn take(path: &Path) -> Result<Option<(TcpListener, Taken)>, String> {
    let conn = match UnixStream::connect(path) {
        Ok(c) => c,
        Err(e)
            if matches!(
                e.kind(),
                io::ErrorKind::NotFound | io::ErrorKind::ConnectionRefused
            ) =>
        {
            return Ok(None)
        }
        Err(e) => return Err(format!("cannot reach {}: {e}", path.display())),
    };
    conn.set_read_timeout(Some(ANSWER_WAIT))
        .map_err(|e| e.to_string())?;
    (&conn)
        .write_all(b"TAKE\n")
        .map_err(|e| format!("cannot ask for the socket: {e}"))?;
    let (fd, text) = recv_fd(&conn).map_err(|e| format!("no socket received: {e}"))?;
    let old_pid = text.trim().parse::<u32>().unwrap_or(0);
    // SAFETY: the kernel installed a new descriptor for us; nothing else owns it.
    let listener = unsafe { TcpListener::from_raw_fd(fd.into_raw()) };
    Ok(Some((listener, Taken { old_pid, conn })))
}

impl Taken {
    /// Tells the old process this one serves now; it stops accepting and shuts down.
    pub fn ready(self) -> Result<(), String> {
        (&self.conn)
            .write_all(b"READY\n")
            .map_err(|e| format!("cannot tell process {} we are ready: {e}", self.old_pid))?;
        let mut line = String::new();
        let _ = BufReader::new(&self.conn).read_line(&mut line);
        if line.trim() != "OK" {
            log::warn!(
                "takeover: process {} did not confirm; it may still be accepting",
                self.old_pid
            );
        }
        Ok(())
    }
}

/// A received descriptor, owned until turned into its socket type.
struct Fd(OwnedFd);

impl Fd {
    fn into_raw(self) -> RawFd {
        use std::os::fd::IntoRawFd;
        self.0.into_raw_fd()
    }
}

fn send_fd(conn: &UnixStream, fd: RawFd, data: &[u8]) -> io::Result<()> {
    let mut iov = libc::iovec {
        iov_base: data.as_ptr() as *mut libc::c_void,
        iov_len: data.len(),
    };
    // SAFETY: CMSG_SPACE is a pure size computation.
    let space = unsafe { libc::CMSG_SPACE(std::mem::size_of::<RawFd>() as u32) } as usize;
    let mut cbuf = vec![0u64; space.div_ceil(8)];
    // SAFETY: msghdr is plain data; every pointer set below outlives the sendmsg call, and the
    // control buffer is large (and aligned) enough for one descriptor.
    unsafe {
        let mut msg: libc::msghdr = std::mem::zeroed();
        msg.msg_iov = &mut iov;
        msg.msg_iovlen = 1;
        msg.msg_control = cbuf.as_mut_ptr().cast();
        msg.msg_controllen = space as _;
        let cmsg = libc::CMSG_FIRSTHDR(&msg);
        (*cmsg).cmsg_level = libc::SOL_SOCKET;
        (*cmsg).cmsg_type = libc::SCM_RIGHTS;
        (*cmsg).cmsg_len = libc::CMSG_LEN(std::mem::size_of::<RawFd>() as u32) as _;
        std::ptr::write_unaligned(libc::CMSG_DATA(cmsg).cast::<RawFd>(), fd);
        if libc::sendmsg(conn.as_raw_fd(), &msg, libc::MSG_NOSIGNAL) < 0 {
            return Err(io::Error::last_os_error());
        }
    }
    Ok(())
}

fn recv_fd(conn: &UnixStream) -> io::Result<(Fd, String)> {
    let mut data = [0u8; 64];
    let mut iov = libc::iovec {
        iov_base: data.as_mut_ptr().cast(),
        iov_len: data.len(),
    };
    // SAFETY: as in `send_fd`.
    let space = unsafe { libc::CMSG_SPACE(std::mem::size_of::<RawFd>() as u32) } as usize;
    let mut cbuf = vec![0u64; space.div_ceil(8)];
    // SAFETY: as in `send_fd`; the descriptor read from the control message is new to this
    // process (MSG_CMSG_CLOEXEC) and owned at once.
    unsafe {
        let mut msg: libc::msghdr = std::mem::zeroed();
        msg.msg_iov = &mut iov;
        msg.msg_iovlen = 1;
        msg.msg_control = cbuf.as_mut_ptr().cast();
        msg.msg_controllen = space as _;
        let n = libc::recvmsg(conn.as_raw_fd(), &mut msg, libc::MSG_CMSG_CLOEXEC);
        if n < 0 {
            return Err(io::Error::last_os_error());
        }
        let cmsg = libc::CMSG_FIRSTHDR(&msg);
        if cmsg.is_null()
            || (*cmsg).cmsg_level != libc::SOL_SOCKET
            || (*cmsg).cmsg_type != libc::SCM_RIGHTS
        {
            return Err(io::Error::other("the answer carried no socket"));
        }
        let fd = std::ptr::read_unaligned(libc::CMSG_DATA(cmsg).cast::<RawFd>());
        let text = String::from_utf8_lossy(&data[..n as usize]).into_owned();
        Ok((Fd(OwnedFd::from_raw_fd(fd)), text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_listening_socket_passed_over_a_unix_socket_accepts_in_the_receiver() {
        let (a, b) = UnixStream::pair().expect("socketpair");
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let addr = listener.local_addr().expect("addr");
        send_fd(&a, listener.as_raw_fd(), b"42\n").expect("send");
        drop(listener);
        let (fd, text) = recv_fd(&b).expect("receive");
        assert_eq!(text, "42\n");
        // SAFETY: a fresh descriptor from the kernel, owned here only.
        let got = unsafe { TcpListener::from_raw_fd(fd.into_raw()) };
        assert_eq!(got.local_addr().expect("addr"), addr, "the same socket");
        let _client = std::net::TcpStream::connect(addr).expect("connect");
        got.accept().expect("accepted through the received socket");
    }

    #[test]
    fn the_socket_path_is_per_port_in_the_database_folder() {
        let p = socket_path(Path::new("/srv/data/adakings.db"), 8000);
        assert_eq!(p, PathBuf::from("/srv/data/adakings-8000.takeover"));
        assert_eq!(
            socket_path(Path::new("adakings.db"), 1),
            PathBuf::from("./adakings-1.takeover")
        );
    }
}
