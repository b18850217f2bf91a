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
    std::fs::create_dir_all(dir)
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

/// Replaces the value of every `token=` query parameter with `***` so that secrets never
/// reach a log file.
pub fn redact_tokens(path_and_query: &str) -> String {
    let Some((path, query)) = path_and_query.split_once('?') else {
        return path_and_query.to_string();
    };
    let parts: Vec<String> = query
        .split('&')
        .map(|p| match p.split_once('=') {
            Some((k, _)) if k.eq_ignore_ascii_case("token") => format!("{k}=***"),
            _ => p.to_string(),
        })
        .collect();
    format!("{path}?{}", parts.join("&"))
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
}
