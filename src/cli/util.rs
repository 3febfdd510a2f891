//! Helpers the commands share, so that no command imports another: the
//! closing hint of the commands that show a plan, and the output format of
//! `trend` and its subcommands.

/// Text for a person or JSON for a program.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum TextOrJson {
    #[default]
    Text,
    Json,
}

/// Says on stderr that a plan with errors may be shown in part, and gives
/// the exit code: 1 with errors, else 0.
pub fn errors_hint(errors: usize) -> i32 {
    if errors > 0 {
        tell!("charter: the plan has {errors} error(s), so parts of it may be missing above: run `charter check`");
    }
    i32::from(errors > 0)
}
