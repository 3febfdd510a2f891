//! `charter man`: the man page (roff), generated from the clap definitions.

use clap::CommandFactory as _;

use super::{Cli, CliError};

pub fn run() -> Result<i32, CliError> {
    let page = page().map_err(|e| CliError::Failed(format!("cannot write the man page: {e}")))?;
    super::completions::write_stdout(&page)
}

/// The page: the command, then a section per command with its options.
pub fn page() -> std::io::Result<Vec<u8>> {
    let cmd = Cli::command();
    let man = clap_mangen::Man::new(cmd.clone());
    let mut out = Vec::new();
    man.render_title(&mut out)?;
    man.render_name_section(&mut out)?;
    man.render_synopsis_section(&mut out)?;
    man.render_description_section(&mut out)?;
    man.render_options_section(&mut out)?;
    man.render_subcommands_section(&mut out)?;
    for sub in cmd.get_subcommands() {
        commands(sub, "charter", &mut out)?;
    }
    man.render_extra_section(&mut out)?;
    man.render_version_section(&mut out)?;
    Ok(out)
}

/// A section for `sub` (its synopsis and options), then for its own commands.
fn commands(sub: &clap::Command, parent: &str, out: &mut Vec<u8>) -> std::io::Result<()> {
    let name = format!("{parent} {}", sub.get_name());
    let about = sub.get_about().map(|a| a.to_string()).unwrap_or_default();
    out.extend_from_slice(
        format!(".SH \"{}\"\n{}\n", name.to_uppercase(), roff_text(&about)).as_bytes(),
    );
    let man = clap_mangen::Man::new(sub.clone().bin_name(name.clone()));
    man.render_synopsis_section(&mut *out)?;
    man.render_options_section(&mut *out)?;
    for inner in sub.get_subcommands() {
        commands(inner, &name, out)?;
    }
    Ok(())
}

/// Text for a roff line: a leading dot or quote would read as a request.
fn roff_text(text: &str) -> String {
    let escaped = text.replace('\\', "\\\\");
    if escaped.starts_with('.') || escaped.starts_with('\'') {
        format!("\\&{escaped}")
    } else {
        escaped
    }
}
