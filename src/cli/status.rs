//! `charter status`: the one-screen summary, as text, JSON or Markdown.
//! Every format is drawn from the same [`PlanStatus`].

use super::util::errors_hint;
use super::{CliError, Ctx};
use crate::domain::summary::plan_status_with;
use crate::domain::types::Date;
use crate::ops::diagnostics::error_counts;
use crate::ops::status::{self, routine_notes};
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
    let (mut dir, today) = plan_as_of(ctx, args.as_of.as_deref())?;
    let (errors, warnings) = error_counts(&dir, today);
    let commits = routine_notes(&dir, today);
    // The files' texts (the size of the plan again) are of no more use:
    // only the plan is kept for what follows.
    let mut plan = std::mem::take(&mut dir.plan);
    drop(dir);
    // Validated as written; from here on, the survey scores are readings
    // of their metrics, added in place rather than to a copy of the plan
    // (what status shows of the plan otherwise does not read them).
    crate::domain::surveys::figure(&mut plan);
    let status = plan_status_with(&plan, today, errors, warnings, &commits);
    let out = match args.format {
        Format::Text => text(&plan, &status),
        Format::Json => super::terminal::json(&status) + "\n",
        Format::Markdown => markdown(&plan, &status),
    };
    say_raw!(out);
    // The process ends next: freeing a large plan item by item is wasted work.
    std::mem::forget(plan);
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
