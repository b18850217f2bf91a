//! Command-line parsing and the commands themselves (thin: each calls into the library).

use std::path::PathBuf;

use crate::config::Config;

pub const USAGE: &str = "\
usage: adakings [COMMAND] [OPTIONS]

commands:
  serve [--host HOST] [--port PORT] [--takeover]
                                      run the server (the default command); --takeover
                                      takes the listening socket from the server running on
                                      that port, which then finishes its requests and exits
  migrate                             create or upgrade the database schema, then exit
  backup FILE                         copy the live database to FILE (safe while serving);
                                      the copy must pass PRAGMA integrity_check
  backup --keep N DIR                 a dated copy in DIR, keeping the newest N
  restore FILE                        replace the database with the backup FILE (checked
                                      first; refused while a server runs on the database);
                                      the old one is kept as <database>.before-restore
  audit verify                        check the audit trail's hash chain and the closed
                                      days' anchors (exit 1 at the first broken link)
  createsuperuser [--username U] [--password P] [--email E]
                                      create a superadmin, or reset its password
  seed-demo [--password P]            add the demo menu, delivery locations and logins
                                      (idempotent); new logins get random passwords, shown
                                      once and kept in demo-logins.txt beside the database,
                                      unless --password (or DEMO_PASSWORD) sets a known one
  import-django FILE [--merge] [--dry-run] [--skip-bad-rows]
                                      copy the original Django backend's SQLite file
                                      (read-only) into this database; see README.md
  help, --help                        this text
  --version                           the version

Settings come from the environment and a .env file; see README.md.";

#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    Serve {
        host: Option<String>,
        port: Option<u16>,
        /// Take the listening socket over from the server running on the port.
        takeover: bool,
    },
    Migrate,
    Backup {
        dest: PathBuf,
        keep: Option<usize>,
    },
    Restore(PathBuf),
    AuditVerify,
    CreateSuperuser {
        username: Option<String>,
        password: Option<String>,
        email: Option<String>,
    },
    SeedDemo {
        password: Option<String>,
    },
    ImportDjango(crate::import::Options),
    Help,
    Version,
}

pub use crate::failure::Failure;

/// Parses the arguments after the program name.
pub fn parse(args: &[String]) -> Result<Command, String> {
    let (name, rest) = match args.first().map(String::as_str) {
        None => ("serve", args),
        Some(a) if a.starts_with("--") && a != "--help" && a != "--version" => ("serve", args),
        Some(a) => (a, &args[1..]),
    };
    let opts = options(rest)?;
    let only = |allowed: &[&str]| -> Result<(), String> {
        for (k, _) in &opts.flags {
            if !allowed.contains(&k.as_str()) {
                return Err(format!("unknown option --{k} for {name}"));
            }
        }
        Ok(())
    };
    let cmd = match name {
        "serve" => {
            only(&["host", "port", "takeover"])?;
            let port = match opts.get("port") {
                None => None,
                Some(p) => Some(
                    p.parse::<u16>()
                        .map_err(|_| format!("--port: not a port number: {p:?}"))?,
                ),
            };
            Command::Serve {
                host: opts.get("host").map(str::to_string),
                port,
                takeover: opts.get("takeover").is_some(),
            }
        }
        "migrate" => {
            only(&[])?;
            Command::Migrate
        }
        "backup" => {
            only(&["keep"])?;
            let keep = match opts.get("keep") {
                None => None,
                Some(n) => {
                    Some(n.parse::<usize>().ok().filter(|n| *n >= 1).ok_or_else(|| {
                        format!("--keep: expected a count of 1 or more, got {n:?}")
                    })?)
                }
            };
            match opts.positional.as_slice() {
                [f] => Command::Backup {
                    dest: PathBuf::from(f),
                    keep,
                },
                _ if keep.is_some() => return Err("backup --keep N needs exactly one DIR".into()),
                _ => return Err("backup needs exactly one FILE".into()),
            }
        }
        "restore" => {
            only(&[])?;
            match opts.positional.as_slice() {
                [f] => Command::Restore(PathBuf::from(f)),
                _ => return Err("restore needs exactly one FILE".into()),
            }
        }
        "audit" => {
            only(&[])?;
            match opts.positional.as_slice() {
                [v] if v == "verify" => Command::AuditVerify,
                _ => return Err("audit needs a subcommand: verify".into()),
            }
        }
        "createsuperuser" => {
            only(&["username", "password", "email"])?;
            Command::CreateSuperuser {
                username: opts.get("username").map(str::to_string),
                password: opts.get("password").map(str::to_string),
                email: opts.get("email").map(str::to_string),
            }
        }
        "seed-demo" => {
            only(&["password"])?;
            Command::SeedDemo {
                password: opts.get("password").map(str::to_string),
            }
        }
        "import-django" => {
            only(&["merge", "dry-run", "skip-bad-rows"])?;
            match opts.positional.as_slice() {
                [f] => Command::ImportDjango(crate::import::Options {
                    file: PathBuf::from(f),
                    merge: opts.get("merge").is_some(),
                    dry_run: opts.get("dry-run").is_some(),
                    skip_bad_rows: opts.get("skip-bad-rows").is_some(),
                }),
                _ => return Err("import-django needs exactly one FILE".into()),
            }
        }
        "help" | "--help" | "-h" => Command::Help,
        "--version" | "version" => Command::Version,
        other => return Err(format!("unknown command {other:?}")),
    };
    if !opts.positional.is_empty()
        && !matches!(
            cmd,
            Command::Backup { .. }
                | Command::Restore(_)
                | Command::AuditVerify
                | Command::ImportDjango(_)
        )
    {
        return Err(format!("unexpected argument {:?}", opts.positional[0]));
    }
    Ok(cmd)
}

struct Opts {
    flags: Vec<(String, String)>,
    positional: Vec<String>,
}

impl Opts {
    fn get(&self, k: &str) -> Option<&str> {
        self.flags
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.as_str())
    }
}

/// Flags that take no value.
const SWITCHES: &[&str] = &["merge", "dry-run", "skip-bad-rows", "takeover"];

/// `--name value` and `--name=value` flags, switches, and positional arguments.
fn options(args: &[String]) -> Result<Opts, String> {
    let mut flags = Vec::new();
    let mut positional = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if let Some(flag) = a.strip_prefix("--") {
            let (k, v) = match flag.split_once('=') {
                Some((k, v)) => (k.to_string(), v.to_string()),
                None if SWITCHES.contains(&flag) => (flag.to_string(), String::new()),
                None => {
                    let v = it.next().ok_or_else(|| format!("--{flag} needs a value"))?;
                    (flag.to_string(), v.clone())
                }
            };
            flags.push((k, v));
        } else {
            positional.push(a.clone());
        }
    }
    Ok(Opts { flags, positional })
}

/// Runs a parsed command with the loaded settings.
pub fn run(cmd: Command, mut config: Config) -> Result<(), Failure> {
    match cmd {
        Command::Serve {
            host,
            port,
            takeover,
        } => {
            if let Some(h) = host {
                config.host = h;
            }
            if let Some(p) = port {
                config.port = p;
            }
            crate::logging::init(&config.log_dir, config.log_level).map_err(Failure::Failed)?;
            install_panic_hook();
            crate::server::serve(config, takeover).map_err(|e| {
                if e.starts_with("invalid setting") {
                    Failure::Usage(e)
                } else {
                    Failure::Failed(e)
                }
            })
        }
        Command::Migrate => {
            crate::logging::init_stderr(config.log_level);
            let pool = crate::db::open_pool(
                &config.database_path,
                config.sqlite_synchronous,
                config.connection_max_age_s,
            )
            .map_err(Failure::Failed)?;
            let conn = pool.get().map_err(|e| Failure::Failed(e.to_string()))?;
            crate::db::migrate::migrate(&conn).map_err(Failure::Failed)?;
            println!(
                "database {} is at schema version {}",
                config.database_path.display(),
                crate::db::migrate::latest()
            );
            Ok(())
        }
        Command::Backup { dest, keep: None } => {
            crate::logging::init_stderr(config.log_level);
            crate::db::backup::verified_copy(&config.database_path, &dest)
                .map_err(Failure::Failed)?;
            println!(
                "backed up {} to {} (integrity check: ok)",
                config.database_path.display(),
                dest.display()
            );
            Ok(())
        }
        Command::Restore(file) => {
            crate::logging::init_stderr(config.log_level);
            let target = &config.database_path;
            let epoch = crate::db::restore::restore(&file, target).map_err(|e| match e {
                crate::db::restore::RestoreError::Refused(m) => Failure::Usage(m),
                crate::db::restore::RestoreError::Failed(m) => Failure::Failed(m),
            })?;
            println!(
                "restored {} into {} (integrity check: ok, new epoch {epoch}); the previous database is {}.before-restore",
                file.display(),
                target.display(),
                target.display()
            );
            Ok(())
        }
        Command::Backup {
            dest,
            keep: Some(keep),
        } => {
            crate::logging::init_stderr(config.log_level);
            let (copy, removed) = crate::db::backup::rotate(&config.database_path, &dest, keep)
                .map_err(Failure::Failed)?;
            println!(
                "backed up {} to {} (integrity check: ok)",
                config.database_path.display(),
                copy.display()
            );
            for r in removed {
                println!("removed old copy {}", r.display());
            }
            Ok(())
        }
        Command::AuditVerify => {
            crate::logging::init_stderr(config.log_level);
            audit_verify(&config)
        }
        Command::CreateSuperuser {
            username,
            password,
            email,
        } => {
            crate::logging::init_stderr(config.log_level);
            crate::seed::create_superuser(&config, username, password, email)
        }
        Command::SeedDemo { password } => {
            crate::logging::init_stderr(config.log_level);
            crate::seed::seed_demo(&config, password).map_err(Failure::Failed)
        }
        Command::ImportDjango(opts) => {
            crate::logging::init_stderr(config.log_level);
            match crate::import::run(&opts, &config) {
                Ok(summary) => {
                    print!("{summary}");
                    Ok(())
                }
                Err(crate::import::Error::Refused(e)) => Err(Failure::Usage(e)),
                Err(crate::import::Error::Failed(e)) => Err(Failure::Failed(e)),
            }
        }
        Command::Help | Command::Version => Ok(()),
    }
}

/// `adakings audit verify`: walks the chain on a read-only connection (the server may be
/// running). Prints "N rows, chain intact" or the first broken link (exit 1).
fn audit_verify(config: &Config) -> Result<(), Failure> {
    let path = &config.database_path;
    if !path.exists() {
        return Err(Failure::Failed(format!(
            "no database at {}",
            path.display()
        )));
    }
    let conn =
        rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .map_err(|e| Failure::Failed(format!("cannot open {}: {e}", path.display())))?;
    let _ = conn.busy_timeout(std::time::Duration::from_millis(u64::from(
        crate::db::BUSY_TIMEOUT_MS,
    )));
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(|e| Failure::Failed(format!("cannot read {}: {e}", path.display())))?;
    if version < crate::db::migrate::latest() {
        return Err(Failure::Failed(format!(
            "database schema is version {version}; run `adakings migrate` (or start the server) first"
        )));
    }
    match crate::db::audit::verify(&conn) {
        Ok(crate::db::audit::Verdict::Intact { rows }) => {
            println!("{rows} rows, chain intact");
            Ok(())
        }
        Ok(crate::db::audit::Verdict::Broken { at, problem }) => {
            Err(Failure::Failed(format!("chain broken at {at}: {problem}")))
        }
        Err(e) => Err(Failure::Failed(format!("cannot read the audit trail: {e}"))),
    }
}

/// A panic anywhere becomes one ERROR line (thread, location, message) in server.log instead
/// of a stack trace on stderr; handler panics also become a 500 response (see http::conn).
fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let thread = std::thread::current();
        let name = thread.name().unwrap_or("unnamed");
        // One line: the default message puts the location and the payload on two lines.
        let text = info.to_string().replace('\n', " ");
        log::error!("panic in thread '{name}': {text}");
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(a: &[&str]) -> Result<Command, String> {
        parse(&a.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn commands_parse() {
        assert_eq!(
            p(&[]),
            Ok(Command::Serve {
                host: None,
                port: None,
                takeover: false
            })
        );
        assert_eq!(
            p(&["--port", "9000"]),
            Ok(Command::Serve {
                host: None,
                port: Some(9000),
                takeover: false
            })
        );
        assert_eq!(
            p(&["serve", "--host=127.0.0.1"]),
            Ok(Command::Serve {
                host: Some("127.0.0.1".into()),
                port: None,
                takeover: false
            })
        );
        assert_eq!(
            p(&["serve", "--takeover", "--port", "8000"]),
            Ok(Command::Serve {
                host: None,
                port: Some(8000),
                takeover: true
            })
        );
        assert_eq!(
            p(&["backup", "x.db"]),
            Ok(Command::Backup {
                dest: "x.db".into(),
                keep: None
            })
        );
        assert_eq!(
            p(&["backup", "--keep", "7", "copies"]),
            Ok(Command::Backup {
                dest: "copies".into(),
                keep: Some(7)
            })
        );
        assert!(p(&["backup", "--keep", "0", "copies"]).is_err());
        assert!(p(&["backup"]).is_err());
        assert_eq!(p(&["audit", "verify"]), Ok(Command::AuditVerify));
        assert!(p(&["audit"]).is_err());
        assert!(p(&["audit", "rewrite"]).is_err());
        assert!(p(&["serve", "--port", "x"]).is_err());
        assert!(p(&["serve", "--bogus", "1"]).is_err());
        assert!(p(&["frobnicate"]).is_err());
        assert_eq!(
            p(&["import-django", "--merge", "old.sqlite3", "--dry-run"]),
            Ok(Command::ImportDjango(crate::import::Options {
                file: "old.sqlite3".into(),
                merge: true,
                dry_run: true,
                skip_bad_rows: false,
            }))
        );
        assert!(p(&["import-django"]).is_err());
        assert!(p(&["import-django", "a", "b"]).is_err());
    }
}
