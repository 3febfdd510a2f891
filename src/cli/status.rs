//! `charter status`: the one-screen summary, as text, JSON or Markdown.
//! Every format is drawn from the same [`PlanStatus`].

use super::util::errors_hint;
use super::{error_counts, CliError, Ctx};
use crate::domain::summary::{plan_status_with, PlanStatus};
use crate::domain::types::Date;
use crate::present::status::{markdown, text};
use crate::store::history::{commit_date, commit_notes, History};
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
    Ok(errors_hint(errors))
}

/// The plan's status with the repository's commit messages, where a
/// routine may be named as held. A history that cannot be read leaves
/// only the routines' `held:` dates and reviews to go by.
pub fn status_of(dir: &PlanDir, today: Date, errors: usize, warnings: usize) -> PlanStatus {
    let since = crate::domain::routines::commits_needed_since(&dir.plan, today);
    let commits = commit_notes(&dir.dir, since).unwrap_or_default();
    plan_status_with(&dir.plan, today, errors, warnings, &commits)
}

/// The plan as it is on disk with `ctx.today`, or as it was at `as_of`
/// (see [`as_of`]): what `status --as-of` and `report --as-of` show.
pub fn plan_as_of(ctx: &Ctx, as_of_rev: Option<&str>) -> Result<(PlanDir, Date), CliError> {
    match as_of_rev {
        Some(rev) => as_of(ctx, rev),
        None => Ok((ctx.load()?, ctx.today)),
    }
}

/// The plan at `rev`, and the day its facts are computed for: `--today`
/// when given, else the date asked for, else the revision's commit date.
fn as_of(ctx: &Ctx, rev: &str) -> Result<(PlanDir, Date), CliError> {
    let history = History::open(&ctx.plan_dir()?)?;
    let commit = history.resolve(rev)?;
    let dir = history.load(&commit, rev)?;
    let today = if ctx.today_given {
        ctx.today
    } else {
        match Date::parse(rev.trim()) {
            Ok(date) => date,
            Err(_) => commit_date(&commit),
        }
    };
    Ok((dir, today))
}
