//! The plan's status today or as it was at a revision: the plan and the day
//! its facts are computed for, and the summary every output draws from.

use std::path::Path;

use super::Error;
use crate::domain::routines::CommitNote;
use crate::domain::summary::{plan_status_with, PlanStatus};
use crate::domain::types::Date;
use crate::store::history::{commit_date, commit_notes, with_due_history, History};
use crate::store::plan_dir::{self, PlanDir};

/// The plan in `folder` as it is on disk with `today`, or as it was at
/// `as_of` (see [`as_of`]), with its milestones' due history: what
/// `status` and `report`, with or without `--as-of`, show.
/// `today_given` says that `today` was asked for rather than read from
/// the clock.
pub fn plan_as_of(
    folder: &Path,
    today: Date,
    today_given: bool,
    as_of_rev: Option<&str>,
) -> Result<(PlanDir, Date), Error> {
    match as_of_rev {
        Some(rev) => as_of(folder, today_given.then_some(today), rev),
        None => Ok((with_due_history(plan_dir::load(folder)?), today)),
    }
}

/// The plan at `rev`, and the day its facts are computed for: `today`
/// when given, else the date asked for, else the revision's commit date.
pub fn as_of(folder: &Path, today: Option<Date>, rev: &str) -> Result<(PlanDir, Date), Error> {
    let history = History::open(folder)?;
    let commit = history.resolve(rev)?;
    let mut dir = history.load(&commit, rev)?;
    dir.plan.due_history = history.due_history(commit.id())?;
    let today = match today {
        Some(today) => today,
        None => match Date::parse(rev.trim()) {
            Ok(date) => date,
            Err(_) => commit_date(&commit),
        },
    };
    Ok((dir, today))
}

/// The plan's status with the repository's commit messages, where a
/// routine may be named as held. A history that cannot be read leaves
/// only the routines' `held:` dates and reviews to go by.
pub fn status_of(dir: &PlanDir, today: Date, errors: usize, warnings: usize) -> PlanStatus {
    plan_status_with(
        &dir.plan,
        today,
        errors,
        warnings,
        &routine_notes(dir, today),
    )
}

/// The commit messages since the earliest day a routine's occurrence may
/// be named in one; none when the history cannot be read.
pub fn routine_notes(dir: &PlanDir, today: Date) -> Vec<CommitNote> {
    let since = crate::domain::routines::commits_needed_since(&dir.plan, today);
    commit_notes(&dir.dir, since).unwrap_or_default()
}
