//! `charter`: parse the arguments, run the command, map the outcome to an
//! exit code (DESIGN §4: 0 ok, 1 the plan has errors, 2 usage or failure).

use std::process::ExitCode;

use charter::cli::help::{self, Parsed};

fn main() -> ExitCode {
    // Help and parse errors in the language shown, read before parsing.
    let cli = match help::parse(std::env::args_os().collect()) {
        Parsed::Cli(cli) => *cli,
        Parsed::Exit {
            text,
            to_stderr,
            code,
        } => {
            use std::io::Write as _;
            let _ = if to_stderr {
                std::io::stderr().write_all(text.as_bytes())
            } else {
                std::io::stdout().write_all(text.as_bytes())
            };
            return ExitCode::from(u8::try_from(code).unwrap_or(2));
        }
    };
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
