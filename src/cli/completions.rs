//! `charter completions SHELL`: the shell's completion script, generated
//! from the clap definitions, so it never falls behind the commands.

use clap::CommandFactory as _;

use super::{Cli, CliError};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Install, for example:\n  bash: charter completions bash > ~/.local/share/bash-completion/completions/charter\n  zsh:  charter completions zsh > \"${fpath[1]}/_charter\"\n  fish: charter completions fish > ~/.config/fish/completions/charter.fish"
)]
pub struct Args {
    /// The shell to complete for
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

pub fn run(args: &Args) -> Result<i32, CliError> {
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut Cli::command(), "charter", &mut script);
    write_stdout(&script)
}

/// Writes bytes to stdout; a reader that stopped reading is no error.
pub fn write_stdout(bytes: &[u8]) -> Result<i32, CliError> {
    use std::io::Write as _;
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => Ok(0),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(0),
        Err(e) => Err(CliError::Failed(format!("cannot write to stdout: {e}"))),
    }
}
