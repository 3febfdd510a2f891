//! `charter check`: every problem of the plan, as `PATH:LINE:COL: severity: message`.

use super::diagnostics_text::{render_json, render_text, summary_line};
use super::{CliError, Ctx};
use crate::domain::diag::Severity;
use crate::ops::diagnostics::{count, diagnostics, git_diagnostics, sort_diagnostics};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Fail (exit 1) on warnings too
    #[arg(long)]
    pub strict: bool,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Json,
}

pub fn run(ctx: &Ctx, args: &Args) -> Result<i32, CliError> {
    if args.format == Format::Json {
        // JSON is for programs: its messages are the same in every language.
        crate::i18n::choose(Some(crate::i18n::Lang::En));
    }
    let dir = ctx.load()?;
    let mut diags = diagnostics(&dir, ctx.today);
    diags.extend(git_diagnostics(&dir));
    sort_diagnostics(&mut diags);
    let errors = count(&diags, Severity::Error);
    let warnings = count(&diags, Severity::Warning);
    match args.format {
        Format::Text => {
            say_raw!(render_text(&dir, &diags));
            tell!("{}", summary_line(errors, warnings));
        }
        Format::Json => say!("{}", render_json(&diags)),
    }
    let failed = errors > 0 || (args.strict && warnings > 0);
    Ok(i32::from(failed))
}
