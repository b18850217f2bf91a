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

/// Every setting of API.md's table, with its default.
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
        };
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
    }
}
