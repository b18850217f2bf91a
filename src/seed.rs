//! The account and demo-data commands: `adakings createsuperuser` (create or reset a
//! superadmin, prompting on a terminal) and `adakings seed-demo` (an idempotent demo menu,
//! delivery locations around Legon, and one login per role). Both work on the database file
//! directly, no server needed; each runs in one transaction.
//!
//! Demo logins get random passwords, printed once and kept in `demo-logins.txt` beside the
//! database (mode 0600), unless a known one is asked for (`--password`, `DEMO_PASSWORD`):
//! a server that listens on every interface must not come with a password everyone knows.
//! Either way the accounts are flagged, and the server warns at start while one keeps it.

use std::io::{BufRead, IsTerminal, Write};

use rusqlite::TransactionBehavior;
use serde_json::json;

use crate::auth::password;
use crate::config::Config;
use crate::db;
use crate::db::audit::Actor;
use crate::db::users::{NewUser, UserChanges};
use crate::domain::status::Role;
use crate::failure::Failure;
use crate::files::DEMO_LOGINS_FILE;

/// Length of a random demo password, from an alphabet without look-alikes (31 symbols: about
/// 69 bits).
const RANDOM_PASSWORD_LEN: usize = 14;
const PASSWORD_ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";

/// Demo logins: (username, role, first name, last name).
pub const DEMO_USERS: &[(&str, Role, &str, &str)] = &[
    ("owner", Role::Superadmin, "Kwame", "Adaku"),
    ("manager", Role::Admin, "Ama", "Owusu"),
    ("counter", Role::Frontdesk, "Akosua", "Boateng"),
    ("kitchen", Role::Kitchen, "Kofi", "Asante"),
    ("rider", Role::Delivery, "Yaw", "Darko"),
];

/// Demo menu: (name, item_type, price in pesewas). Sizes are separate items, as in the
/// original's menu.
pub const DEMO_MENU: &[(&str, &str, i64)] = &[
    ("Jollof Rice S", "regular", 4000),
    ("Jollof Rice L", "regular", 5000),
    ("Assorted Rice S", "regular", 4000),
    ("Assorted Rice L", "regular", 5000),
    ("Fried Rice S", "regular", 3500),
    ("Fried Rice L", "regular", 4500),
    ("Waakye", "regular", 3000),
    ("Banku & Tilapia", "regular", 6000),
    ("Fufu & Light Soup", "regular", 4500),
    ("Fufu & Groundnut Soup", "regular", 4500),
    ("Kenkey & Fish", "regular", 3000),
    ("Red Red", "regular", 3000),
    ("Kelewele", "regular", 2000),
    ("Omo Tuo", "regular", 4000),
    ("Grilled Chicken", "regular", 5500),
    ("Plain Rice & Stew", "regular", 3000),
    ("Egg", "extra", 500),
    ("Chicken", "extra", 1500),
    ("Sausage", "extra", 500),
    ("Shito", "extra", 300),
    ("Plantain", "extra", 500),
    ("Coleslaw", "extra", 500),
    ("Fish", "extra", 1500),
];

/// Demo delivery locations around the University of Ghana, Legon: (name, fee in pesewas).
pub const DEMO_LOCATIONS: &[(&str, i64)] = &[
    ("Commonwealth Hall", 500),
    ("Legon Hall", 500),
    ("Akuafo Hall", 500),
    ("Volta Hall", 500),
    ("Mensah Sarbah Hall", 500),
    ("Pentagon Hostel", 500),
    ("Bani Hostel", 500),
    ("Evandy Hostel", 500),
    ("UGMC", 500),
    ("Okponglo", 1000),
    ("East Legon", 1000),
    ("Atomic Junction", 1000),
    ("Madina", 1500),
];

/// Who the CLI commands act as in the audit trail.
fn system_actor() -> Actor<'static> {
    Actor {
        user_id: None,
        username: "system",
        peer: "cli",
    }
}

fn open(config: &Config) -> Result<db::SqlitePool, String> {
    let pool = db::open_pool(
        &config.database_path,
        config.sqlite_synchronous,
        config.connection_max_age_s,
    )?;
    {
        let conn = pool
            .get()
            .map_err(|e| format!("cannot open {}: {e}", config.database_path.display()))?;
        db::migrate::migrate(&conn)?;
    }
    Ok(pool)
}

/// A database error as one line for the person at the terminal, naming the step.
fn failed(step: &str) -> impl Fn(db::Error) -> String + '_ {
    move |e| format!("{step} failed: {e}")
}

/// Runs `f` in one `BEGIN IMMEDIATE` transaction on a pooled connection; commits on `Ok`.
fn in_transaction<T>(
    pool: &db::SqlitePool,
    f: impl FnOnce(&rusqlite::Connection) -> Result<T, String>,
) -> Result<T, String> {
    let mut conn = pool.get().map_err(|e| format!("database: {e}"))?;
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(|e| format!("cannot start a transaction: {e}"))?;
    let out = f(&tx)?;
    tx.commit().map_err(|e| format!("commit failed: {e}"))?;
    Ok(out)
}

/// `adakings createsuperuser`: creates the superadmin `username`, or, when it exists, resets
/// its password and makes it an active superadmin. Missing flags are asked for on a terminal.
pub fn create_superuser(
    config: &Config,
    username: Option<String>,
    password: Option<String>,
    email: Option<String>,
) -> Result<(), Failure> {
    let interactive = std::io::stdin().is_terminal();
    let prompting = username.is_none() || password.is_none();
    if prompting && !interactive {
        return Err(Failure::Usage(
            "createsuperuser needs --username and --password when stdin is not a terminal".into(),
        ));
    }
    let io = |e: std::io::Error| Failure::Failed(format!("cannot read from the terminal: {e}"));
    let username = match username {
        Some(u) => u,
        None => prompt("Username: ").map_err(io)?,
    };
    let username = check_username(&username).map_err(Failure::Usage)?;
    let email = match email {
        Some(e) => Some(e.trim().to_string()),
        None if prompting => {
            Some(prompt("Email address (optional): ").map_err(io)?).filter(|e| !e.is_empty())
        }
        None => None,
    };
    let password = match password {
        Some(p) => p,
        None => {
            let first = prompt_secret("Password: ").map_err(io)?;
            let again = prompt_secret("Password (again): ").map_err(io)?;
            if first != again {
                return Err(Failure::Usage("the two passwords do not match".into()));
            }
            first
        }
    };
    password::check_new_password(&password)
        .map_err(|e| Failure::Usage(format!("password: {e}")))?;
    // Hash before opening the transaction: argon2 is the slow part.
    let hash = password::hash_password(&password).map_err(Failure::Failed)?;
    let pool = open(config).map_err(Failure::Failed)?;
    let created = in_transaction(&pool, |conn| {
        let actor = system_actor();
        match db::users::by_username(conn, &username).map_err(failed("lookup"))? {
            Some(existing) => {
                let ch = UserChanges {
                    password_hash: Some(hash),
                    role: Some(Role::Superadmin),
                    is_active: Some(true),
                    email: email.clone(),
                    ..Default::default()
                };
                db::users::update(conn, existing.id, &ch).map_err(failed("update"))?;
                let changes = json!({
                    "password": "changed",
                    "role": [existing.role.as_str(), "superadmin"],
                    "is_active": [existing.is_active, true],
                });
                db::audit::record(
                    conn,
                    &actor,
                    "update",
                    "user",
                    &existing.id.to_string(),
                    &changes,
                )
                .map_err(failed("audit"))?;
                Ok(false)
            }
            None => {
                let u = db::users::insert(
                    conn,
                    &NewUser {
                        username: username.clone(),
                        password_hash: hash,
                        first_name: String::new(),
                        last_name: String::new(),
                        email: email.clone().unwrap_or_default(),
                        role: Role::Superadmin,
                    },
                )
                .map_err(failed("insert"))?;
                let changes =
                    json!({"username": u.username, "role": "superadmin", "staff_id": u.staff_id});
                db::audit::record(conn, &actor, "create", "user", &u.id.to_string(), &changes)
                    .map_err(failed("audit"))?;
                Ok(true)
            }
        }
    })
    .map_err(Failure::Failed)?;
    if created {
        println!("Superuser {username:?} created.");
    } else {
        println!(
            "Superuser {username:?} already existed: password reset, role superadmin, active."
        );
    }
    Ok(())
}

/// Django's username rules: 1 to 150 characters of letters, digits and `@.+-_`.
fn check_username(raw: &str) -> Result<String, String> {
    let u = raw.trim();
    if u.is_empty() {
        return Err("username may not be blank".into());
    }
    if u.chars().count() > 150 {
        return Err("username must be at most 150 characters".into());
    }
    if !u
        .chars()
        .all(|ch| ch.is_alphanumeric() || "@.+-_".contains(ch))
    {
        return Err("username may contain only letters, digits and @/./+/-/_".into());
    }
    Ok(u.to_string())
}

fn prompt(label: &str) -> std::io::Result<String> {
    let mut err = std::io::stderr();
    err.write_all(label.as_bytes())?;
    err.flush()?;
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    Ok(line.trim().to_string())
}

/// Like [`prompt`], with terminal echo off while the line is typed.
fn prompt_secret(label: &str) -> std::io::Result<String> {
    let mut err = std::io::stderr();
    err.write_all(label.as_bytes())?;
    err.flush()?;
    let fd = libc::STDIN_FILENO;
    // SAFETY: termios is plain data; tcgetattr fills it or fails, and we only restore
    // settings we read ourselves.
    let saved = unsafe {
        let mut t: libc::termios = std::mem::zeroed();
        (libc::tcgetattr(fd, &mut t) == 0).then_some(t)
    };
    if let Some(mut t) = saved {
        t.c_lflag &= !libc::ECHO;
        // SAFETY: as above.
        unsafe { libc::tcsetattr(fd, libc::TCSANOW, &t) };
    }
    let mut line = String::new();
    let read = std::io::stdin().lock().read_line(&mut line);
    if let Some(t) = saved {
        // SAFETY: as above.
        unsafe { libc::tcsetattr(fd, libc::TCSANOW, &t) };
    }
    let _ = writeln!(err);
    read?;
    Ok(line.trim_end_matches(['\r', '\n']).to_string())
}

/// What one seed run added.
#[derive(Default)]
struct Added {
    users: Vec<(&'static str, Role, String)>,
    menu: usize,
    locations: usize,
}

/// A random password for a demo login.
fn random_password() -> Result<String, String> {
    let mut out = String::with_capacity(RANDOM_PASSWORD_LEN);
    let n = PASSWORD_ALPHABET.len();
    // Bytes at or above the largest multiple of n are redrawn, so every symbol is equally likely.
    let limit = 256 - 256 % n;
    while out.len() < RANDOM_PASSWORD_LEN {
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes).map_err(|e| format!("no randomness for a password: {e}"))?;
        for b in bytes.iter().map(|b| *b as usize).filter(|b| *b < limit) {
            if out.len() < RANDOM_PASSWORD_LEN {
                out.push(PASSWORD_ALPHABET[b % n] as char);
            }
        }
    }
    Ok(out)
}

/// Appends the logins created with random passwords to `demo-logins.txt` beside the
/// database, readable by this user only; returns its path.
fn write_demo_logins(
    config: &Config,
    logins: &[(&str, Role, String)],
) -> Result<std::path::PathBuf, String> {
    use std::os::unix::fs::OpenOptionsExt;
    let dir = config
        .database_path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    let path = dir.join(DEMO_LOGINS_FILE);
    let mut text = format!(
        "# Demo logins created by `adakings seed-demo` at {}.\n\
         # Change these passwords before real use: the server warns at every start until you do.\n",
        crate::domain::clock::iso(crate::domain::clock::now_micros())
    );
    for (name, role, pw) in logins {
        text.push_str(&format!("{name:<10} {:<12} {pw}\n", role.as_str()));
    }
    let fail = |e: std::io::Error| format!("cannot write {}: {e}", path.display());
    let mut f = std::fs::OpenOptions::new()
        .append(true)
        .create(true)
        .mode(0o600)
        .open(&path)
        .map_err(fail)?;
    crate::files::make_private(&path).map_err(fail)?;
    f.write_all(text.as_bytes()).map_err(fail)?;
    f.sync_all().map_err(fail)?;
    Ok(path)
}

/// `adakings seed-demo`: adds whatever of the demo data is missing, in one transaction. Demo
/// logins are only ever created, never reset, so a changed password survives a re-run. Their
/// password is `password` (the `--password` flag), else `DEMO_PASSWORD`, else a random one
/// per login.
pub fn seed_demo(config: &Config, password: Option<String>) -> Result<(), String> {
    let known = password.or_else(|| config.demo_password.clone());
    if let Some(p) = &known {
        password::check_new_password(p).map_err(|e| format!("demo password: {e}"))?;
    }
    let pool = open(config)?;
    let missing: Vec<(&'static str, Role, &'static str, &'static str)> = {
        let conn = pool.get().map_err(|e| format!("database: {e}"))?;
        let mut v = Vec::new();
        for u in DEMO_USERS {
            if db::users::by_username(&conn, u.0)
                .map_err(failed("lookup"))?
                .is_none()
            {
                v.push(*u);
            }
        }
        v
    };
    // Hash outside the transaction (about 40 ms each); usually none are missing.
    let mut hashed = Vec::new();
    for u in missing {
        let plain = match &known {
            Some(p) => p.clone(),
            None => random_password()?,
        };
        let hash = password::hash_password(&plain)?;
        hashed.push((u, plain, hash));
    }
    let added = in_transaction(&pool, |conn| {
        let mut added = Added::default();
        let actor = system_actor();
        for ((name, role, first, last), plain, hash) in hashed {
            // Re-checked here: another seed may have run since the lookup above.
            if db::users::by_username(conn, name)
                .map_err(failed("lookup"))?
                .is_some()
            {
                continue;
            }
            let u = db::users::insert(
                conn,
                &NewUser {
                    username: name.to_string(),
                    password_hash: hash,
                    first_name: first.to_string(),
                    last_name: last.to_string(),
                    email: format!("{name}@adakings.example"),
                    role,
                },
            )
            .map_err(failed("insert user"))?;
            db::users::mark_demo_password(conn, u.id).map_err(failed("flag demo password"))?;
            let changes =
                json!({"username": u.username, "role": role.as_str(), "staff_id": u.staff_id});
            db::audit::record(conn, &actor, "create", "user", &u.id.to_string(), &changes)
                .map_err(failed("audit"))?;
            added.users.push((name, role, plain));
        }
        let owner = db::users::by_username(conn, "owner")
            .map_err(failed("lookup"))?
            .map(|u| u.id);
        for (name, kind, price) in DEMO_MENU {
            if db::seed::menu_item(conn, name, kind, *price, owner)
                .map_err(failed("insert menu item"))?
            {
                added.menu += 1;
            }
        }
        for (name, fee) in DEMO_LOCATIONS {
            if db::seed::location(conn, name, *fee).map_err(failed("insert location"))? {
                added.locations += 1;
            }
        }
        if added.menu + added.locations + added.users.len() > 0 {
            let changes = json!({
                "menu_items": added.menu,
                "delivery_locations": added.locations,
                "users": added.users.iter().map(|u| u.0).collect::<Vec<_>>(),
            });
            db::audit::record(conn, &actor, "create", "seed", "demo", &changes)
                .map_err(failed("audit"))?;
        }
        Ok(added)
    })?;
    println!(
        "seed-demo: added {} menu items, {} delivery locations, {} logins",
        added.menu,
        added.locations,
        added.users.len()
    );
    if !added.users.is_empty() {
        println!();
        println!("Demo logins (change these passwords before real use):");
        println!("  {:<10} {:<12} password", "username", "role");
        for (name, role, plain) in &added.users {
            println!("  {:<10} {:<12} {plain}", name, role.as_str());
        }
        if known.is_none() {
            let path = write_demo_logins(config, &added.users)?;
            println!();
            println!(
                "These passwords are shown only now; they are also in {} (readable by you only).",
                path.display()
            );
        }
    }
    Ok(())
}
