//! `charter exceptions`: what the committee must act on — metrics in
//! exception or behind, overdue milestones and overdue actions — each with
//! the corrective actions recorded for it, and a flag where there is none.

use super::util::errors_hint;
use super::{CliError, Ctx};
use crate::domain::summary::plan_status;
use crate::ops::diagnostics::error_counts;
use crate::present::exceptions::{list, markdown, text};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    #[default]
    Text,
    Json,
    Markdown,
}

pub fn run(ctx: &Ctx, args: &Args) -> Result<i32, CliError> {
    let dir = crate::store::history::with_due_history(ctx.load()?);
    let (errors, warnings) = error_counts(&dir, ctx.today);
    let status = plan_status(&dir.plan, ctx.today, errors, warnings);
    let commits = crate::ops::status::routine_notes(&dir, ctx.today);
    let output = list(&dir.plan, &status, ctx.today, &commits);
    let out = match args.format {
        Format::Json => super::terminal::json(&output) + "\n",
        Format::Text => text(&output),
        Format::Markdown => markdown(&output),
    };
    say_raw!(out);
    Ok(errors_hint(errors))
}
