//! Command-line parsing and the commands themselves (thin: each calls into the library).

use std::path::PathBuf;

use crate::config::Config;

pub const USAGE: &str = "\
usage: adakings [COMMAND] [OPTIONS]

commands:
  serve [--host HOST] [--port PORT]   run the server (the default command)
  migrate                             create or upgrade the database schema, then exit
  backup FILE                         copy the live database to FILE (safe while serving)
  createsuperuser [--username U] [--password P] [--email E]
                                      create a superadmin, or reset its password
  seed-demo                           add the demo menu, delivery locations and logins
                                      (idempotent)
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
    },
    Migrate,
    Backup(PathBuf),
    CreateSuperuser {
        username: Option<String>,
        password: Option<String>,
        email: Option<String>,
    },
    SeedDemo,
    ImportDjango(crate::import::Options),
    Help,
    Version,
}

pub enum Failure {
    /// Bad arguments or settings: exit code 2.
    Usage(String),
    /// The command ran and failed: exit code 1.
    Failed(String),
}

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
            only(&["host", "port"])?;
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
            }
        }
        "migrate" => {
            only(&[])?;
            Command::Migrate
        }
        "backup" => {
            only(&[])?;
            match opts.positional.as_slice() {
                [f] => Command::Backup(PathBuf::from(f)),
                _ => return Err("backup needs exactly one FILE".into()),
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
            only(&[])?;
            Command::SeedDemo
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
    if !opts.positional.is_empty() && !matches!(cmd, Command::Backup(_) | Command::ImportDjango(_))
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
const SWITCHES: &[&str] = &["merge", "dry-run", "skip-bad-rows"];

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
        Command::Serve { host, port } => {
            if let Some(h) = host {
                config.host = h;
            }
            if let Some(p) = port {
                config.port = p;
            }
            crate::logging::init(&config.log_dir, config.log_level).map_err(Failure::Failed)?;
            install_panic_hook();
            crate::server::serve(config).map_err(|e| {
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
        Command::Backup(dest) => {
            crate::logging::init_stderr(config.log_level);
            crate::db::backup(&config.database_path, &dest).map_err(Failure::Failed)?;
            println!(
                "backed up {} to {}",
                config.database_path.display(),
                dest.display()
            );
            Ok(())
        }
        Command::CreateSuperuser {
            username,
            password,
            email,
        } => {
            crate::logging::init_stderr(config.log_level);
            crate::seed::create_superuser(&config, username, password, email)
        }
        Command::SeedDemo => {
            crate::logging::init_stderr(config.log_level);
            crate::seed::seed_demo(&config).map_err(Failure::Failed)
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
                port: None
            })
        );
        assert_eq!(
            p(&["--port", "9000"]),
            Ok(Command::Serve {
                host: None,
                port: Some(9000)
            })
        );
        assert_eq!(
            p(&["serve", "--host=127.0.0.1"]),
            Ok(Command::Serve {
                host: Some("127.0.0.1".into()),
                port: None
            })
        );
        assert_eq!(p(&["backup", "x.db"]), Ok(Command::Backup("x.db".into())));
        assert!(p(&["backup"]).is_err());
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
