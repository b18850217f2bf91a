//! Start and stop: check limits, open the database, bind (or, with `--takeover`, receive the
//! running server's socket: [`crate::net::handover`]), start the event tail and the accept
//! loop, and on SIGTERM or SIGINT shut down gracefully: stop accepting, close WebSockets with
//! 1001, let in-flight requests finish within `GRACEFUL_TIMEOUT`, close idle keep-alive
//! connections, checkpoint the WAL. A second signal exits at once. When a new process takes
//! over, the same shutdown runs with 1012 "service restart" instead of 1001.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::auth::jwt::Keys;
use crate::auth::throttle::LoginThrottle;
use crate::config::Config;
use crate::db::Db;
use crate::metrics::Metrics;
use crate::net::{accept, handover, listener};
use crate::realtime::hub::Hub;
use crate::state::{AppState, ConnRegistry};

/// Failed logins allowed per IP+username within the window before 429.
const LOGIN_MAX_FAILURES: u32 = 5;
const LOGIN_WINDOW_S: i64 = 300;
/// Failed logins allowed per client IP, across usernames, within the same window.
const LOGIN_MAX_FAILURES_PER_IP: u32 = 20;

/// Runs the server until a signal stops it, or until a new process takes over.
/// `takeover`: take the listening socket from the server running on this port (see
/// [`crate::net::handover`]) instead of binding it; bind it when none runs.
pub fn serve(config: Config, takeover: bool) -> Result<(), String> {
    listener::check_map_count(config.max_connections)?;
    let nofile = listener::raise_nofile_limit();
    // A WebSocket holds two descriptors (the socket and the eventfd its thread polls).
    let wanted = config.max_connections as u64 * 2 + 64;
    if nofile < wanted {
        log::warn!(
            "open-file limit is {nofile}, below the {wanted} that MAX_CONNECTIONS={} may need; \
             accept errors will be survived but connections refused",
            config.max_connections
        );
    }
    // Held until `serve` returns (or the process ends): `adakings restore` refuses while it is.
    let server_lock = crate::db::restore::hold_for_server(&config.database_path)?;
    let secret = load_secret(&config)?;
    let metrics = Arc::new(Metrics::new());
    let hub = Arc::new(Hub::new(config.ws_send_queue, metrics.clone()));
    let last_event_id = Arc::new(AtomicU64::new(0));
    let last_published = last_event_id.clone();
    // The writer does not publish: it wakes the event tail, which reads every process's
    // commits back from the database and is the hub's only source (see `realtime::tail`).
    let (nudge, waker) = crate::realtime::tail::channel()?;
    let db = Db::open(
        &config,
        Box::new(move |events| {
            // At once, not via the tail: a poll right after this write must see it.
            if let Some(e) = events.last() {
                last_published.fetch_max(u64::try_from(e.id).unwrap_or(0), Ordering::Release);
            }
            nudge.poke();
        }),
    )?;
    crate::files::warn_loose(&config);
    warn_demo_passwords(&db);
    let last = db
        .read(crate::db::events::last_id)
        .map_err(|e| format!("cannot read the last event id: {e:?}"))?;
    last_event_id.fetch_max(u64::try_from(last).unwrap_or(0), Ordering::Release);
    let frontend = match &config.frontend_dir {
        Some(dir) => Some(
            crate::http::static_files::StaticSite::open(dir)
                .map_err(|e| format!("FRONTEND_DIR {e}"))?,
        ),
        None => None,
    };
    let (sock, taken) = listening_socket(&config, takeover)?;
    let addr = sock
        .local_addr()
        .map_err(|e| format!("cannot read the bound address: {e}"))?;
    let offered = sock
        .try_clone()
        .map_err(|e| format!("cannot copy the listening socket: {e}"))?;

    let state = Arc::new(AppState {
        keys: Keys::new(secret.as_bytes()),
        login_throttle: LoginThrottle::new(LOGIN_MAX_FAILURES, LOGIN_WINDOW_S),
        login_ip_throttle: LoginThrottle::new(LOGIN_MAX_FAILURES_PER_IP, LOGIN_WINDOW_S),
        pending: Default::default(),
        started: Instant::now(),
        server_id: server_id(),
        shutting_down: AtomicBool::new(false),
        open: AtomicUsize::new(0),
        conns: ConnRegistry::default(),
        test_routes: std::env::var("ADAKINGS_TEST_ROUTES").is_ok_and(|v| v == "1"),
        last_event_id,
        poll_cache: Default::default(),
        frontend,
        config,
        db,
        hub,
        metrics,
    });

    crate::realtime::tail::start(state.clone(), waker, last)?;

    let stop = Arc::new(AtomicBool::new(false));
    for sig in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGINT] {
        // The second signal exits at once (exit code 1) for an operator who means it.
        signal_hook::flag::register_conditional_shutdown(sig, 1, stop.clone())
            .map_err(|e| format!("cannot install signal handler: {e}"))?;
        signal_hook::flag::register(sig, stop.clone())
            .map_err(|e| format!("cannot install signal handler: {e}"))?;
    }

    let accept_state = state.clone();
    let stop_accept = Arc::new(AtomicBool::new(false));
    let accept_stopped = Arc::new(AtomicBool::new(false));
    let (flag, done) = (stop_accept.clone(), accept_stopped.clone());
    let accept_thread = std::thread::Builder::new()
        .name("accept".into())
        .spawn(move || {
            accept::run(accept_state, sock, &flag);
            done.store(true, Ordering::Release);
        })
        .map_err(|e| format!("cannot start the accept thread: {e}"))?;

    // Everything that can fail has started: the process we took over from may stop.
    let replace = match taken {
        Some(t) => {
            let old = t.old_pid;
            match t.ready() {
                Ok(()) => log::info!("took over the listening socket from process {old}"),
                Err(e) => log::warn!("takeover: {e}"),
            }
            true
        }
        None => false,
    };
    let restart = Arc::new(AtomicBool::new(false));
    let offer = offer_socket(
        &state,
        addr.port(),
        offered,
        replace,
        (stop_accept, accept_stopped),
        (restart.clone(), stop.clone()),
    );

    log::info!(
        "adakings {} listening on http://{addr} (database {}, MAX_CONNECTIONS {}, open files {nofile})",
        env!("CARGO_PKG_VERSION"),
        state.config.database_path.display(),
        state.config.max_connections
    );
    // The one line on stdout: scripts and tests read the port from it.
    println!("Listening on http://{addr}");

    let mut last_trim = Instant::now();
    while !stop.load(Ordering::Relaxed) {
        std::thread::sleep(Duration::from_millis(100));
        if last_trim.elapsed() >= TRIM_EVERY {
            release_free_memory();
            last_trim = Instant::now();
        }
    }
    let restart = restart.load(Ordering::Acquire);
    if let Some(o) = &offer {
        // After a takeover the socket file is the new process's.
        o.withdraw(!restart);
    }
    shutdown(&state, accept_thread, restart);
    state.db.close(!server_lock.alone());
    log::info!("stopped");
    crate::logging::flush();
    Ok(())
}

/// Lets a later `serve --takeover` take `listener` over (see [`handover`]). When it does,
/// `accept` = (stop flag, stopped flag) of the accept loop is used to stop accepting, then
/// `stop` = (restart flag, main loop's stop flag) begins the hand-over shutdown.
fn offer_socket(
    state: &AppState,
    port: u16,
    listener: std::net::TcpListener,
    replace: bool,
    accept: (Arc<AtomicBool>, Arc<AtomicBool>),
    stop: (Arc<AtomicBool>, Arc<AtomicBool>),
) -> Option<handover::Offer> {
    let (stop_accept, accept_stopped) = accept;
    let (restart, stop_main) = stop;
    let offer = handover::offer(
        &handover::socket_path(&state.config.database_path, port),
        listener,
        replace,
        Box::new(move || {
            stop_accept.store(true, Ordering::Release);
            // The accept loop looks at the flag at least every 200 ms; the bound only guards
            // against a loop that ended without saying so.
            let deadline = Instant::now() + Duration::from_secs(5);
            while !accept_stopped.load(Ordering::Acquire) && Instant::now() < deadline {
                std::thread::sleep(Duration::from_millis(5));
            }
        }),
        Box::new(move || {
            restart.store(true, Ordering::Release);
            stop_main.store(true, Ordering::Release);
        }),
    );
    match offer {
        Ok(o) => Some(o),
        // Serving matters more than being replaceable later.
        Err(e) => {
            log::error!("{e}; this process cannot be taken over");
            None
        }
    }
}

/// The listening socket: taken from the server running on this port (`--takeover`), or bound.
fn listening_socket(
    config: &Config,
    takeover: bool,
) -> Result<(std::net::TcpListener, Option<handover::Taken>), String> {
    if takeover {
        if config.port == 0 {
            return Err("--takeover needs the running server's port (PORT or --port)".into());
        }
        let path = handover::socket_path(&config.database_path, config.port);
        match handover::take(&path)? {
            Some((sock, t)) => {
                log::info!(
                    "takeover: received the listening socket of process {}",
                    t.old_pid
                );
                return Ok((sock, Some(t)));
            }
            None => log::info!(
                "takeover: no server to take over at {}; binding the port",
                path.display()
            ),
        }
    }
    Ok((
        listener::bind(&config.bind_addr(), config.listen_backlog)?,
        None,
    ))
}

/// One WARN per active account whose password is still the one `seed-demo` gave it: on a
/// server others can reach, a demo password is a way in.
fn warn_demo_passwords(db: &Db) {
    match db.read(crate::db::users::active_with_demo_password) {
        Ok(names) => {
            for name in names {
                log::warn!(
                    "account {name:?} still has its demo password (from seed-demo); change it \
                     or deactivate the account before real use"
                );
            }
        }
        Err(e) => log::warn!("cannot check for demo passwords: {e}"),
    }
}

/// How often memory freed by finished connections is handed back to the system.
const TRIM_EVERY: Duration = Duration::from_secs(60);

/// glibc keeps memory freed by threads in its per-thread arenas: after a burst of thousands
/// of connections the process would hold hundreds of MB it no longer uses until it exits. A
/// periodic `malloc_trim` returns it (a few ms of work, once a minute).
fn release_free_memory() {
    // SAFETY: malloc_trim only walks the allocator's own arenas.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// `restart`: a new process took over; WebSockets close with 1012 so clients reconnect to it.
fn shutdown(state: &Arc<AppState>, accept_thread: std::thread::JoinHandle<()>, restart: bool) {
    let grace = Duration::from_secs(state.config.graceful_timeout_s);
    log::info!(
        "{}: {} connections open, waiting up to {}s",
        if restart {
            "handing over to the new process"
        } else {
            "shutdown requested"
        },
        state.open.load(Ordering::Acquire),
        grace.as_secs()
    );
    state.shutting_down.store(true, Ordering::Release);
    if restart {
        state.hub.shutdown_for_restart();
    } else {
        state.hub.shutdown();
    }
    let _ = accept_thread.join();
    let deadline = Instant::now() + grace;
    loop {
        state.conns.close_idle();
        let open = state.open.load(Ordering::Acquire);
        if open == 0 {
            break;
        }
        if Instant::now() >= deadline {
            log::warn!("{open} connections still open after GRACEFUL_TIMEOUT; closing anyway");
            break;
        }
        std::thread::sleep(Duration::from_millis(25));
    }
}

/// `SECRET_KEY`, or the key kept in `secret_key` beside the database (created once, mode
/// 0600), so tokens survive restarts without any setup.
fn load_secret(config: &Config) -> Result<String, String> {
    if let Some(k) = &config.secret_key {
        return Ok(k.clone());
    }
    let path = secret_path(&config.database_path);
    if let Ok(k) = std::fs::read_to_string(&path) {
        let k = k.trim().to_string();
        if k.len() >= 16 {
            return Ok(k);
        }
        return Err(format!(
            "{} is too short; delete it to regenerate",
            path.display()
        ));
    }
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| format!("no randomness for the secret key: {e}"))?;
    let key: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        crate::files::create_private_dir(dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    write_private(&path, &key).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    log::info!("generated a new secret key in {}", path.display());
    Ok(key)
}

fn secret_path(db: &Path) -> PathBuf {
    db.parent()
        .map(|d| d.join("secret_key"))
        .unwrap_or_else(|| PathBuf::from("secret_key"))
}

fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)?;
    f.write_all(text.as_bytes())?;
    f.sync_all()
}

fn server_id() -> String {
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .map(|h| h.trim().to_string())
        .unwrap_or_else(|_| "adakings".into());
    format!("{host}-{}", std::process::id())
}
