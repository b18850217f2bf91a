//! Log routing through fern: `server.log` (and stderr) for general lines, `websocket.log` for the
//! live feed, `access.log` for one line per HTTP request. Modules pick a file by log target:
//! `log::info!(target: "access", ...)`, `log::info!(target: "websocket", ...)`.

use std::path::Path;

/// Log target of the access log (one line per request).
pub const ACCESS: &str = "access";
/// Log target of the WebSocket log.
pub const WEBSOCKET: &str = "websocket";

/// Opens the three log files in `dir` (created when missing) at `level`.
pub fn init(dir: &Path, level: log::LevelFilter) -> Result<(), String> {
    crate::files::create_private_dir(dir)
        .map_err(|e| format!("cannot create log directory {}: {e}", dir.display()))?;
    let open = |name: &str| {
        fern::log_file(dir.join(name))
            .map_err(|e| format!("cannot open {}: {e}", dir.join(name).display()))
    };
    let stamp = || crate::domain::clock::iso(crate::domain::clock::now_micros());

    let access = fern::Dispatch::new()
        .filter(|m| m.target() == ACCESS)
        .format(move |out, msg, _| out.finish(format_args!("{} {}", stamp(), msg)))
        .chain(open("access.log")?);
    let websocket = fern::Dispatch::new()
        .filter(|m| m.target() == WEBSOCKET)
        .format(move |out, msg, rec| {
            out.finish(format_args!("{} {:<5} {}", stamp(), rec.level(), msg))
        })
        .chain(open("websocket.log")?);
    let general = fern::Dispatch::new()
        .filter(|m| m.target() != ACCESS && m.target() != WEBSOCKET)
        .format(move |out, msg, rec| {
            out.finish(format_args!(
                "{} {:<5} [{}] {}",
                stamp(),
                rec.level(),
                rec.target(),
                msg
            ))
        })
        .chain(open("server.log")?)
        .chain(std::io::stderr());

    fern::Dispatch::new()
        .level(level)
        // Library noise stays at WARN whatever LOG_LEVEL says.
        .level_for("tungstenite", log::LevelFilter::Warn)
        .level_for("r2d2", log::LevelFilter::Warn)
        .level_for("rusqlite", log::LevelFilter::Warn)
        .chain(access)
        .chain(websocket)
        .chain(general)
        .apply()
        .map_err(|e| format!("logger already set: {e}"))
}

/// Logging for one-shot commands (migrate, backup, ...): stderr only.
pub fn init_stderr(level: log::LevelFilter) {
    let _ = fern::Dispatch::new()
        .level(level)
        .format(|out, msg, rec| out.finish(format_args!("{:<5} {}", rec.level(), msg)))
        .chain(std::io::stderr())
        .apply();
}

/// Query parameters whose values are secrets (compared after decoding, ignoring case).
const SECRET_PARAMS: [&str; 4] = ["token", "access", "refresh", "password"];

/// Replaces the value of every secret query parameter (`token`, `access`, `refresh`,
/// `password`) with `***` so that secrets never reach a log file. Names are compared after
/// percent-decoding, exactly as the server reads them: `?%74oken=` authenticates like
/// `?token=`, so it must be masked like it.
pub fn redact_tokens(path_and_query: &str) -> String {
    let Some((path, query)) = path_and_query.split_once('?') else {
        return path_and_query.to_string();
    };
    let parts: Vec<String> = query
        .split('&')
        .map(|p| match p.split_once('=') {
            Some((k, _)) if is_secret(k) => format!("{k}=***"),
            _ => p.to_string(),
        })
        .collect();
    format!("{path}?{}", parts.join("&"))
}

fn is_secret(raw_name: &str) -> bool {
    let name = crate::http::request::percent_decode(raw_name);
    let name = name.trim();
    SECRET_PARAMS.iter().any(|s| name.eq_ignore_ascii_case(s))
}

#[cfg(test)]
mod tests {
    use super::redact_tokens;

    #[test]
    fn tokens_are_redacted_anywhere_in_the_query() {
        assert_eq!(
            redact_tokens("/ws/orders/?token=abc"),
            "/ws/orders/?token=***"
        );
        assert_eq!(
            redact_tokens("/ws/orders/?since=4&token=abc&x=1"),
            "/ws/orders/?since=4&token=***&x=1"
        );
        assert_eq!(redact_tokens("/api/health/"), "/api/health/");
    }

    #[test]
    fn every_spelling_of_a_secret_name_is_redacted() {
        for q in [
            "%74oken=abc",
            "t%6Fk%65n=abc",
            "TOKEN=abc",
            "%54%4F%4B%45%4E=abc",
            "access=abc",
            "refresh=abc",
            "pass%77ord=abc",
            "token+=abc",
        ] {
            let out = redact_tokens(&format!("/ws/orders/?x=1&{q}"));
            assert!(!out.contains("abc"), "{q} -> {out}");
            assert!(out.starts_with("/ws/orders/?x=1&"), "{out}");
        }
        assert_eq!(redact_tokens("/a/?tokens=abc"), "/a/?tokens=abc");
    }
}
