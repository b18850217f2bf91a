//! Settings: read once at start from the environment and an optional `.env` file (the
//! environment wins), validated, and frozen into a [`Config`]. A bad value is reported as one
//! line naming the setting, and the binary exits with code 2.

use std::collections::HashMap;
use std::path::PathBuf;

/// `SQLITE_SYNCHRONOUS`: FULL survives power loss; NORMAL may lose the last commits on power
/// loss (never corrupts) but is faster.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Synchronous {
    Full,
    Normal,
}

impl Synchronous {
    pub fn as_str(self) -> &'static str {
        match self {
            Synchronous::Full => "FULL",
            Synchronous::Normal => "NORMAL",
        }
    }
}

/// Every setting of the README's table, with its default.
#[derive(Clone, Debug)]
pub struct Config {
    pub host: String,
    pub port: u16,
    pub database_path: PathBuf,
    /// `None` means: use (or create once) `data/secret_key` beside the database.
    pub secret_key: Option<String>,
    pub connection_max_age_s: u64,
    pub sqlite_synchronous: Synchronous,
    pub ws_heartbeat_interval_s: u64,
    pub ws_ping_timeout_s: u64,
    pub ws_timeout_s: u64,
    pub ws_max_message_size: usize,
    pub ws_send_queue: usize,
    /// Today's finished orders in a `data_update` at most (the newest); active ones are all sent.
    pub ws_snapshot_limit: usize,
    /// Events replayed for `?since=` at most; a longer gap gets a resync `data_update`.
    pub ws_replay_limit: usize,
    /// Seconds a client may stay behind the live feed before it is closed with 4008.
    pub ws_slow_timeout_s: u64,
    /// Pooled read connections.
    pub db_pool_size: u32,
    /// Seconds a change may wait in the writer's queue before its request gets 503 (and the
    /// change is cancelled for good; a change already started is always waited for).
    pub write_queue_timeout_s: u64,
    /// Optional echo endpoint for WebSocket conformance runs (Autobahn). Off when `None`.
    pub ws_echo_path: Option<String>,
    pub max_connections: usize,
    pub listen_backlog: i32,
    pub request_timeout_s: u64,
    pub keepalive_timeout_s: u64,
    pub graceful_timeout_s: u64,
    pub max_upload_size: u64,
    pub access_token_lifetime_s: i64,
    pub refresh_token_lifetime_s: i64,
    pub log_level: log::LevelFilter,
    pub log_dir: PathBuf,
    /// When a business day (the daily report's day) begins, UTC.
    pub business_day_start: crate::domain::business_day::DayStart,
    /// `DEMO_PASSWORD`: the known password `seed-demo` gives demo logins; random when unset.
    pub demo_password: Option<String>,
    /// `MAX_ORDER_LINES`: most lines in one order.
    pub max_order_lines: usize,
    /// `MAX_LINE_QUANTITY`: largest quantity on one order line.
    pub max_line_quantity: i64,
    /// `TRUSTED_PROXIES`: peers whose `X-Forwarded-For` names the real client (none by default).
    pub trusted_proxies: Vec<std::net::IpAddr>,
    /// `MAX_PENDING_PER_IP`: open connections per client IP that have not completed a request.
    pub max_pending_per_ip: usize,
    /// Minutes after which a board card turns amber, then red (`BOARD_LATE_MINUTES`).
    pub board_warn_minutes: u32,
    pub board_late_minutes: u32,
    /// `CORS_ALLOWED_ORIGINS`: browser origins allowed to call the API; `None` allows any.
    pub cors_allowed_origins: Option<Vec<String>>,
    /// A built single-page app served at `/` (`None`: no app, the API only).
    pub frontend_dir: Option<PathBuf>,
    /// How far `time_ago` labels in a shared polled list may lag the clock, in seconds.
    pub poll_label_refresh_s: u64,
}

/// A setting that could not be used: `name` and what is wrong with it.
#[derive(Debug)]
pub struct ConfigError {
    pub name: &'static str,
    pub problem: String,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "invalid setting {}: {}", self.name, self.problem)
    }
}

impl Config {
    /// Reads `.env` (if present in the working directory) then the process environment.
    pub fn from_env() -> Result<Config, ConfigError> {
        let mut vars: HashMap<String, String> = HashMap::new();
        if let Ok(iter) = dotenvy::from_path_iter(".env") {
            for item in iter {
                match item {
                    Ok((k, v)) => {
                        vars.insert(k, v);
                    }
                    Err(e) => {
                        return Err(ConfigError {
                            name: ".env",
                            problem: format!("cannot be read: {e}"),
                        })
                    }
                }
            }
        }
        for (k, v) in std::env::vars() {
            vars.insert(k, v);
        }
        Config::from_map(&vars)
    }

    /// Builds a config from explicit key/value pairs (the environment, or a test's map).
    pub fn from_map(vars: &HashMap<String, String>) -> Result<Config, ConfigError> {
        let s = Source { vars };
        let cfg = Config {
            host: s.string("HOST", "0.0.0.0"),
            port: s.num("PORT", 8000u16, 0, u16::MAX)?,
            database_path: PathBuf::from(s.string("DATABASE_PATH", "data/adakings.db")),
            secret_key: match s.get("SECRET_KEY") {
                None => None,
                Some(k) if k.len() < 16 => {
                    return Err(ConfigError {
                        name: "SECRET_KEY",
                        problem: "must be at least 16 characters".into(),
                    })
                }
                Some(k) => Some(k.to_string()),
            },
            connection_max_age_s: s.num("CONNECTION_MAX_AGE", 600u64, 1, 86_400)?,
            sqlite_synchronous: match s.get("SQLITE_SYNCHRONOUS").map(str::to_ascii_uppercase) {
                None => Synchronous::Full,
                Some(v) if v == "FULL" => Synchronous::Full,
                Some(v) if v == "NORMAL" => Synchronous::Normal,
                Some(v) => {
                    return Err(ConfigError {
                        name: "SQLITE_SYNCHRONOUS",
                        problem: format!("expected FULL or NORMAL, got {v:?}"),
                    })
                }
            },
            ws_heartbeat_interval_s: s.num("WEBSOCKET_HEARTBEAT_INTERVAL", 30u64, 1, 3600)?,
            ws_ping_timeout_s: s.num("WEBSOCKET_PING_TIMEOUT", 10u64, 1, 3600)?,
            ws_timeout_s: s.num("WEBSOCKET_TIMEOUT", 300u64, 1, 86_400)?,
            ws_max_message_size: s.num("WS_MAX_MESSAGE_SIZE", 65_536usize, 125, 64 << 20)?,
            ws_send_queue: s.num("WS_SEND_QUEUE", 64usize, 1, 1_000_000)?,
            ws_snapshot_limit: s.num("WS_SNAPSHOT_LIMIT", 500usize, 0, 1_000_000)?,
            ws_replay_limit: s.num("WS_REPLAY_LIMIT", 1000usize, 1, 1_000_000)?,
            ws_slow_timeout_s: s.num("WS_SLOW_TIMEOUT", 30u64, 1, 86_400)?,
            db_pool_size: s.num("DB_POOL_SIZE", 16u32, 1, 1024)?,
            write_queue_timeout_s: s.num("WRITE_QUEUE_TIMEOUT", 30u64, 1, 3600)?,
            ws_echo_path: match s.get("WS_ECHO_PATH") {
                None => None,
                Some(p) if p.starts_with('/') => Some(p.to_string()),
                Some(p) => {
                    return Err(ConfigError {
                        name: "WS_ECHO_PATH",
                        problem: format!("must start with '/', got {p:?}"),
                    })
                }
            },
            max_connections: s.num("MAX_CONNECTIONS", 1000usize, 1, 1_000_000)?,
            listen_backlog: s.num("LISTEN_BACKLOG", 2048i32, 1, 65_535)?,
            request_timeout_s: s.num("REQUEST_TIMEOUT", 120u64, 1, 86_400)?,
            keepalive_timeout_s: s.num("KEEPALIVE_TIMEOUT", 5u64, 1, 86_400)?,
            graceful_timeout_s: s.num("GRACEFUL_TIMEOUT", 30u64, 0, 86_400)?,
            max_upload_size: s.num("MAX_UPLOAD_SIZE", 10_485_760u64, 0, 1 << 40)?,
            access_token_lifetime_s: s.num("ACCESS_TOKEN_LIFETIME", 28_800i64, 1, 1 << 31)?,
            refresh_token_lifetime_s: s.num("REFRESH_TOKEN_LIFETIME", 604_800i64, 1, 1 << 31)?,
            log_level: match s.get("LOG_LEVEL") {
                None => log::LevelFilter::Info,
                Some(v) => v.parse().map_err(|_| ConfigError {
                    name: "LOG_LEVEL",
                    problem: format!("expected ERROR, WARN, INFO, DEBUG or TRACE, got {v:?}"),
                })?,
            },
            log_dir: PathBuf::from(s.string("LOG_DIR", "logs")),
            business_day_start: match s.get("BUSINESS_DAY_START") {
                None => Default::default(),
                Some(v) => crate::domain::business_day::DayStart::parse(v).map_err(|problem| {
                    ConfigError {
                        name: "BUSINESS_DAY_START",
                        problem,
                    }
                })?,
            },
            demo_password: s.get("DEMO_PASSWORD").map(str::to_string),
            max_order_lines: s.num("MAX_ORDER_LINES", 100usize, 1, 100_000)?,
            max_line_quantity: s.num("MAX_LINE_QUANTITY", 999i64, 1, 1_000_000)?,
            trusted_proxies: s.ip_list("TRUSTED_PROXIES")?,
            max_pending_per_ip: s.num("MAX_PENDING_PER_IP", 32usize, 1, 1_000_000)?,
            board_warn_minutes: s.num("BOARD_WARN_MINUTES", 10u32, 1, 10_080)?,
            board_late_minutes: s.num("BOARD_LATE_MINUTES", 20u32, 1, 10_080)?,
            cors_allowed_origins: cors_origins(s.get("CORS_ALLOWED_ORIGINS"))?,
            frontend_dir: match s.get("FRONTEND_DIR") {
                None => None,
                Some(d) => {
                    crate::http::static_files::StaticSite::open(std::path::Path::new(d)).map_err(
                        |problem| ConfigError {
                            name: "FRONTEND_DIR",
                            problem,
                        },
                    )?;
                    Some(PathBuf::from(d))
                }
            },
            poll_label_refresh_s: s.num("POLL_LABEL_REFRESH", 3600u64, 1, 86_400)?,
        };
        if cfg.board_late_minutes <= cfg.board_warn_minutes {
            return Err(ConfigError {
                name: "BOARD_LATE_MINUTES",
                problem: format!(
                    "must be more than BOARD_WARN_MINUTES ({}), got {}",
                    cfg.board_warn_minutes, cfg.board_late_minutes
                ),
            });
        }
        if cfg.host.parse::<std::net::IpAddr>().is_err() && cfg.host != "localhost" {
            return Err(ConfigError {
                name: "HOST",
                problem: format!("expected an IP address, got {:?}", cfg.host),
            });
        }
        Ok(cfg)
    }

    /// The socket address to bind, `localhost` mapped to the IPv4 loopback.
    pub fn bind_addr(&self) -> String {
        let host = if self.host == "localhost" {
            "127.0.0.1"
        } else {
            &self.host
        };
        if host.contains(':') {
            format!("[{host}]:{}", self.port)
        } else {
            format!("{host}:{}", self.port)
        }
    }
}

/// `CORS_ALLOWED_ORIGINS`: `*` (or unset) for any origin, else a comma list of origins as
/// browsers send them (`scheme://host[:port]`, no path), compared exactly.
fn cors_origins(raw: Option<&str>) -> Result<Option<Vec<String>>, ConfigError> {
    let Some(raw) = raw.filter(|r| r.trim() != "*") else {
        return Ok(None);
    };
    let mut out = Vec::new();
    for o in raw.split(',').map(str::trim).filter(|o| !o.is_empty()) {
        let rest = o
            .strip_prefix("http://")
            .or_else(|| o.strip_prefix("https://"));
        let ok = rest.is_some_and(|h| {
            !h.is_empty()
                && h.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b".-:[]".contains(&b))
        });
        if !ok {
            return Err(ConfigError {
                name: "CORS_ALLOWED_ORIGINS",
                problem: format!(
                    "expected * or a comma list of origins like http://localhost:3000, got {o:?}"
                ),
            });
        }
        out.push(o.to_string());
    }
    if out.is_empty() {
        return Ok(None);
    }
    Ok(Some(out))
}

struct Source<'a> {
    vars: &'a HashMap<String, String>,
}

impl Source<'_> {
    /// A set, non-blank value; blank counts as unset, as in most `.env` conventions.
    fn get(&self, name: &str) -> Option<&str> {
        self.vars
            .get(name)
            .map(|v| v.trim())
            .filter(|v| !v.is_empty())
    }

    fn string(&self, name: &str, default: &str) -> String {
        self.get(name).unwrap_or(default).to_string()
    }

    /// A comma-separated list of IP addresses; empty when unset.
    fn ip_list(&self, name: &'static str) -> Result<Vec<std::net::IpAddr>, ConfigError> {
        let Some(raw) = self.get(name) else {
            return Ok(Vec::new());
        };
        raw.split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| {
                s.parse().map_err(|_| ConfigError {
                    name,
                    problem: format!("expected comma-separated IP addresses, got {s:?}"),
                })
            })
            .collect()
    }

    fn num<T>(&self, name: &'static str, default: T, min: T, max: T) -> Result<T, ConfigError>
    where
        T: std::str::FromStr + PartialOrd + std::fmt::Display + Copy,
    {
        let Some(raw) = self.get(name) else {
            return Ok(default);
        };
        let v: T = raw.parse().map_err(|_| ConfigError {
            name,
            problem: format!("expected a whole number, got {raw:?}"),
        })?;
        if v < min || v > max {
            return Err(ConfigError {
                name,
                problem: format!("{v} is out of range {min}..={max}"),
            });
        }
        Ok(v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn defaults_match_the_contract() {
        let c = Config::from_map(&HashMap::new()).expect("defaults are valid");
        assert_eq!(c.port, 8000);
        assert_eq!(c.max_connections, 1000);
        assert_eq!(c.sqlite_synchronous, Synchronous::Full);
        assert_eq!(c.ws_send_queue, 64);
        assert_eq!(c.ws_snapshot_limit, 500);
        assert_eq!(c.ws_replay_limit, 1000);
        assert_eq!(c.ws_slow_timeout_s, 30);
        assert_eq!(c.db_pool_size, 16);
        assert_eq!(c.write_queue_timeout_s, 30);
        assert_eq!(c.max_upload_size, 10_485_760);
        assert_eq!(c.bind_addr(), "0.0.0.0:8000");
        assert_eq!(c.business_day_start.to_string(), "04:00");
        assert_eq!(c.max_order_lines, 100);
        assert_eq!(c.max_line_quantity, 999);
        assert!(c.trusted_proxies.is_empty());
        assert_eq!(c.max_pending_per_ip, 32);
        let c = Config::from_map(&map(&[("TRUSTED_PROXIES", "127.0.0.1, ::1")])).unwrap();
        assert_eq!(c.trusted_proxies.len(), 2);
        assert_eq!((c.board_warn_minutes, c.board_late_minutes), (10, 20));
    }

    #[test]
    fn bad_values_name_the_setting() {
        let e = Config::from_map(&map(&[("PORT", "eighty")])).unwrap_err();
        assert_eq!(e.name, "PORT");
        let e = Config::from_map(&map(&[("SQLITE_SYNCHRONOUS", "OFF")])).unwrap_err();
        assert_eq!(e.name, "SQLITE_SYNCHRONOUS");
        let e = Config::from_map(&map(&[("MAX_CONNECTIONS", "0")])).unwrap_err();
        assert!(e.to_string().contains("MAX_CONNECTIONS"));
        let e = Config::from_map(&map(&[("HOST", "not a host")])).unwrap_err();
        assert_eq!(e.name, "HOST");
        let e = Config::from_map(&map(&[("BUSINESS_DAY_START", "25:00")])).unwrap_err();
        assert_eq!(e.name, "BUSINESS_DAY_START");
        let e = Config::from_map(&map(&[("TRUSTED_PROXIES", "10.0.0.1, nginx")])).unwrap_err();
        assert_eq!(e.name, "TRUSTED_PROXIES");
        let e = Config::from_map(&map(&[("MAX_ORDER_LINES", "0")])).unwrap_err();
        assert_eq!(e.name, "MAX_ORDER_LINES");
        let e = Config::from_map(&map(&[("BOARD_WARN_MINUTES", "30")])).unwrap_err();
        assert_eq!(e.name, "BOARD_LATE_MINUTES");
        let e = Config::from_map(&map(&[("CORS_ALLOWED_ORIGINS", "localhost:3000")])).unwrap_err();
        assert_eq!(e.name, "CORS_ALLOWED_ORIGINS");
        let e = Config::from_map(&map(&[("CORS_ALLOWED_ORIGINS", "http://a.b/path")])).unwrap_err();
        assert_eq!(e.name, "CORS_ALLOWED_ORIGINS");
    }

    #[test]
    fn cors_origins_default_to_any() {
        let c = Config::from_map(&HashMap::new()).expect("defaults");
        assert_eq!(c.cors_allowed_origins, None);
        let c = Config::from_map(&map(&[("CORS_ALLOWED_ORIGINS", "*")])).expect("star");
        assert_eq!(c.cors_allowed_origins, None);
        let c = Config::from_map(&map(&[(
            "CORS_ALLOWED_ORIGINS",
            "http://localhost:3000, https://till.example.com",
        )]))
        .expect("list");
        assert_eq!(
            c.cors_allowed_origins,
            Some(vec![
                "http://localhost:3000".to_string(),
                "https://till.example.com".to_string()
            ])
        );
    }
}
