//! The `adakings` command: `serve` (default), `migrate`, `backup FILE` / `backup --keep N DIR`,
//! `restore FILE`,
//! `audit verify`, `createsuperuser`, `seed-demo`, `import-django FILE`. Exit codes: 0 done,
//! 1 failed, 2 bad settings or arguments.

use std::process::ExitCode;

use adakings::commands::{self, Command};
use adakings::config::Config;

fn main() -> ExitCode {
    // Before any file is created: the database, logs and keys are for this user only.
    adakings::files::make_new_files_private();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let cmd = match commands::parse(&args) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("adakings: {e}\n\n{}", commands::USAGE);
            return ExitCode::from(2);
        }
    };
    if let Command::Help = cmd {
        println!("{}", commands::USAGE);
        return ExitCode::SUCCESS;
    }
    if let Command::Version = cmd {
        println!("adakings {}", env!("CARGO_PKG_VERSION"));
        return ExitCode::SUCCESS;
    }
    let config = match Config::from_env() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("adakings: {e}");
            return ExitCode::from(2);
        }
    };
    match commands::run(cmd, config) {
        Ok(()) => ExitCode::SUCCESS,
        Err(commands::Failure::Usage(e)) => {
            eprintln!("adakings: {e}");
            ExitCode::from(2)
        }
        Err(commands::Failure::Failed(e)) => {
            log::error!("{e}");
            eprintln!("adakings: {e}");
            ExitCode::from(1)
        }
    }
}
