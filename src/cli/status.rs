//! `charter status`: the one-screen summary, as text, JSON or Markdown.
//! Every format is drawn from the same [`PlanStatus`].

use super::util::errors_hint;
use super::{CliError, Ctx};
use crate::domain::types::Date;
use crate::ops::diagnostics::error_counts;
use crate::ops::status::{self, status_of};
use crate::present::status::{markdown, text};
use crate::store::plan_dir::PlanDir;

#[derive(Debug, Default, clap::Args)]
pub struct Args {
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// The status as it was at a revision (a commit, a tag such as
    /// review/2026-03-31, or a date YYYY-MM-DD: the last commit on or before
    /// it), read from git without touching the files
    #[arg(long, value_name = "REV|DATE")]
    pub as_of: Option<String>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    #[default]
    Text,
    Json,
    Markdown,
}

pub fn run(ctx: &Ctx, args: &Args) -> Result<i32, CliError> {
    let (dir, today) = plan_as_of(ctx, args.as_of.as_deref())?;
    let (errors, warnings) = error_counts(&dir, today);
    let status = status_of(&dir, today, errors, warnings);
    let out = match args.format {
        Format::Text => text(&dir.plan, &status),
        Format::Json => super::terminal::json(&status) + "\n",
        Format::Markdown => markdown(&dir.plan, &status),
    };
    say_raw!(out);
    // The process ends next: freeing a large plan item by item is wasted work.
    std::mem::forget(dir);
    Ok(errors_hint(errors))
}

/// The plan as it is on disk with `ctx.today`, or as it was at `as_of_rev`
/// (see [`status::plan_as_of`]): what `status --as-of` and `report --as-of` show.
pub fn plan_as_of(ctx: &Ctx, as_of_rev: Option<&str>) -> Result<(PlanDir, Date), CliError> {
    Ok(status::plan_as_of(
        &ctx.plan_dir()?,
        ctx.today,
        ctx.today_given,
        as_of_rev,
    )?)
}
