//! `charter`: parse the arguments, run the command, map the outcome to an
//! exit code (DESIGN §4: 0 ok, 1 the plan has errors, 2 usage or failure).

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = charter::cli::Cli::parse();
    match charter::cli::run(cli) {
        Ok(code) => ExitCode::from(code as u8),
        Err(e) => {
            // Errors quote paths, revisions and plan text: escaped like
            // every other line charter prints.
            charter::cli::terminal::eprint_line(&format!("charter: {e}"));
            ExitCode::from(2)
        }
    }
}
