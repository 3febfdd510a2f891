//! `charter review new` and `charter review close`: a milestone review from
//! its draft to the commit and the `review/DATE` tag that close it.
//!
//! What a draft holds and how a review is summed up live in
//! [`crate::domain::review`], shared with the TUI; this file only reads
//! the plan, writes the draft, validates, commits and tags.

use std::path::PathBuf;

use super::{check, count, diagnostics, outside_note, ready_repo, CliError, Ctx};
use crate::domain::diag::{Diagnostic, Severity};
use crate::domain::diff::ItemChange;
use crate::domain::model::Review;
use crate::domain::review::{self, plural};
use crate::domain::types::Date;
use crate::store::git::{short_id, Oid, Repo};
use crate::store::lock::PlanLock;
use crate::store::plan_dir::{review_file, PlanDir};
use crate::store::plan_git;
use crate::store::yaml::emit::{FileKind, Mode};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub command: Subcommand,
}

#[derive(Debug, clap::Subcommand)]
pub enum Subcommand {
    /// Draft reviews/DATE.yaml, pre-filled from the plan's current state (not committed)
    New(NewArgs),
    /// Validate the plan, commit the review and tag it review/DATE
    Close(CloseArgs),
}

#[derive(Debug, clap::Args)]
pub struct NewArgs {
    /// The review's date (default: today)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = super::parse_date)]
    pub date: Option<Date>,
}

#[derive(Debug, clap::Args)]
pub struct CloseArgs {
    /// The review's date (default: the one review not closed yet)
    #[arg(value_name = "YYYY-MM-DD", value_parser = super::parse_date)]
    pub date: Option<Date>,
}

pub fn run(ctx: &Ctx, args: &Args) -> Result<i32, CliError> {
    match &args.command {
        Subcommand::New(args) => new(ctx, args),
        Subcommand::Close(args) => close(ctx, args),
    }
}

/// The tag that marks the commit closing the review of `date`.
pub fn tag_name(date: Date) -> String {
    format!("review/{date}")
}

/// `charter review new`: writes the draft, commits nothing.
pub fn new(ctx: &Ctx, args: &NewArgs) -> Result<i32, CliError> {
    let _lock = PlanLock::acquire(&ctx.plan_dir()?)?;
    let dir = ctx.load()?;
    let date = args.date.unwrap_or(ctx.today);
    let rel = review_file(date);
    let path = dir.dir.join(&rel);
    if std::fs::symlink_metadata(&path).is_ok() {
        return Err(CliError::Usage(already_exists(&dir, date, &rel)));
    }
    let draft = review::draft(&dir.plan, date);
    let mut plan = dir.plan.clone();
    plan.reviews.push(draft.clone());
    // Only the new file: the rest of the plan is as loaded.
    let changes: Vec<_> = dir
        .changes(&plan, Mode::Keep)?
        .into_iter()
        .filter(|c| c.path == path)
        .collect();
    dir.apply(changes)?;
    say!(
        "drafted {rel}: {}, {}, {} carried over; edit it, then `charter review close {date}`",
        plural(draft.milestones.len(), "open milestone"),
        plural(draft.metrics.len(), "metric"),
        plural(draft.actions.len(), "open action"),
    );
    Ok(0)
}

/// Why `review new` will not draft over an existing file, and what to do.
fn already_exists(dir: &PlanDir, date: Date, rel: &str) -> String {
    // Only a hint: a repository that cannot be read just gives the plain one.
    let closed = crate::store::git::discover(&dir.dir)
        .ok()
        .flatten()
        .and_then(|repo| repo.tag_commit(&tag_name(date)).ok().flatten());
    match closed {
        Some(commit) => format!(
            "{rel} already exists and was closed in commit {}: to change it, edit it and run \
             `charter review close {date}` to commit the amendment",
            short_id(commit)
        ),
        None => {
            format!("{rel} already exists: edit it, or close it with `charter review close {date}`")
        }
    }
}

/// `charter review close`: validates, commits the plan's changed files and
/// tags the commit `review/DATE`; a review closed before is amended by a
/// new commit, its tag left where it was.
pub fn close(ctx: &Ctx, args: &CloseArgs) -> Result<i32, CliError> {
    let _lock = PlanLock::acquire(&ctx.plan_dir()?)?;
    let dir = ctx.load()?;
    let Some(repo) = ready_repo(&dir.dir)? else {
        return Err(CliError::Failed(format!(
            "the plan in {} is not in a git repository, so no review can be closed (closing \
             commits the review and tags it review/DATE): run `git init` in the plan's folder \
             and commit the plan, then try again",
            dir.dir.display()
        )));
    };
    let date = match args.date {
        Some(date) => date,
        None => open_review(&dir, &repo)?,
    };
    let rel = review_file(date);
    if dir.file(&rel).is_none() {
        return Err(CliError::Usage(no_such_review(&dir, date, &rel)));
    }

    let diags = diagnostics(&dir, ctx.today);
    let errors: Vec<Diagnostic> = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .cloned()
        .collect();
    if !errors.is_empty() {
        say_raw!(check::render_text(&dir, &errors));
        tell!(
            "{}",
            check::summary_line(errors.len(), count(&diags, Severity::Warning))
        );
        tell!(
            "review {date} was not closed and nothing was committed: fix the errors above, \
             then run `charter review close {date}` again"
        );
        return Ok(1);
    }
    // Without errors every review file loaded, this one included.
    let Some(review) = dir.plan.reviews.iter().find(|r| r.file == rel) else {
        return Err(CliError::Failed(format!(
            "{rel} could not be read as a review: run `charter check` to see why"
        )));
    };

    let tag = tag_name(date);
    let changed = changed_plan_files(&dir, &repo)?;
    // The message is about the review; every other plan change the
    // commit holds is listed in its body.
    let paths: Vec<PathBuf> = changed.iter().map(|(_, p)| p.clone()).collect();
    let outside = plan_git::outside_edits(&repo, &dir, &paths, &[rel.as_str()])?;
    let to_commit = Commit {
        changed: &changed,
        outside: &outside,
    };
    match repo.tag_commit(&tag)? {
        None => {
            repo.check_tag_settings()?;
            close_first(&repo, review, &tag, &to_commit)
        }
        Some(closed) => amend(&repo, review, &tag, &short_id(closed), &to_commit, &rel),
    }
}

/// What a close commits: the plan's changed files (relative name, path),
/// and the plan changes in them made outside charter besides the review.
struct Commit<'a> {
    changed: &'a [(String, PathBuf)],
    outside: &'a [ItemChange],
}

impl Commit<'_> {
    /// Commits the files with `message` (and the outside edits in its
    /// body); says so when a commit was made.
    fn make(&self, repo: &Repo, message: &str) -> Result<Option<Oid>, CliError> {
        let paths: Vec<PathBuf> = self.changed.iter().map(|(_, p)| p.clone()).collect();
        let full = plan_git::message_with(message, self.outside);
        let commit = repo.commit_paths(&paths, &full, None)?;
        if let Some(commit) = commit {
            say!("committed {}: {message}", short_id(commit));
            say!("  {}", files_list(self.changed));
            if !self.outside.is_empty() {
                say!("  {}", outside_note(self.outside));
            }
        }
        Ok(commit)
    }
}

/// The first close: commit what changed, tag the commit.
fn close_first(
    repo: &Repo,
    review: &Review,
    tag: &str,
    to_commit: &Commit<'_>,
) -> Result<i32, CliError> {
    let message = review::summary_line(review);
    let commit = match to_commit.make(repo, &message)? {
        Some(commit) => commit,
        // Already committed by hand: the review is closed on that commit.
        None => match repo.head_id()? {
            Some(head) => {
                say!(
                    "nothing to commit: the last commit {} already holds the review as it is",
                    short_id(head)
                );
                head
            }
            None => {
                return Err(CliError::Failed(
                    "the repository has no commit yet and the plan has no change to commit: \
                     commit the plan first, then try again"
                        .into(),
                ))
            }
        },
    };
    if let Err(e) = repo.tag_annotated(tag, commit, &message) {
        return Err(CliError::Failed(format!(
            "the review was committed as {} but could not be tagged ({e}); tag it with \
             `git tag -a {tag} -m \"{message}\" {}`",
            short_id(commit),
            short_id(commit)
        )));
    }
    say!("tagged {} as {tag}", short_id(commit));
    Ok(0)
}

/// A close after the first: a new commit when the review file changed,
/// else nothing to do. The tag stays on the commit that first closed it.
fn amend(
    repo: &Repo,
    review: &Review,
    tag: &str,
    closed: &str,
    to_commit: &Commit<'_>,
    rel: &str,
) -> Result<i32, CliError> {
    let already = || {
        say!(
            "review {} is already closed (commit {}, tag {tag}) and has not changed since; nothing to do",
            review.date,
            closed
        );
        Ok(0)
    };
    if !to_commit.changed.iter().any(|(r, _)| r == rel) {
        return already();
    }
    let message = review::amendment_line(review);
    match to_commit.make(repo, &message)? {
        Some(_) => {
            say!("the tag {tag} stays on {closed}, the commit that closed the review");
            Ok(0)
        }
        None => already(),
    }
}

/// The review to close when none is named: the only review file without
/// its `review/DATE` tag. When several have none (reviews committed by
/// hand, from before the plan used `charter review`), the only one of them
/// with changes not committed yet: the draft being worked on.
fn open_review(dir: &PlanDir, repo: &Repo) -> Result<Date, CliError> {
    let mut open = Vec::new();
    let mut closed = Vec::new();
    for date in review_dates(dir) {
        if repo.tag_commit(&tag_name(date))?.is_some() {
            closed.push(date);
        } else {
            open.push(date);
        }
    }
    if open.len() > 1 {
        let mut drafts = Vec::new();
        for date in &open {
            if repo.changed_since_head(&dir.dir.join(review_file(*date)))? {
                drafts.push(*date);
            }
        }
        if let [draft] = drafts.as_slice() {
            return Ok(*draft);
        }
    }
    match open.as_slice() {
        [date] => Ok(*date),
        [] => Err(CliError::Usage(match closed.last() {
            Some(last) => format!(
                "no review is open: every review is closed, the last on {last}; start the next \
                 with `charter review new`, or name a closed review to amend it: \
                 `charter review close {last}`"
            ),
            None => "the plan has no review yet: start one with `charter review new`".into(),
        })),
        several => Err(CliError::Usage(format!(
            "{} reviews are not closed yet ({}): say which to close, e.g. `charter review close {}`",
            several.len(),
            join_dates(several),
            several[several.len() - 1]
        ))),
    }
}

fn no_such_review(dir: &PlanDir, date: Date, rel: &str) -> String {
    let dates = review_dates(dir);
    let known = if dates.is_empty() {
        "the plan has no review yet".to_string()
    } else {
        format!("the reviews are {}", join_dates(&dates))
    };
    format!("there is no {rel} ({known}): start it with `charter review new --date {date}`")
}

/// The dates of the review files on disk, named `reviews/YYYY-MM-DD.yaml`.
fn review_dates(dir: &PlanDir) -> Vec<Date> {
    let mut dates: Vec<Date> = dir
        .files
        .iter()
        .filter(|f| f.kind == FileKind::Review)
        .filter_map(|f| {
            let name = f.rel.strip_prefix("reviews/")?.strip_suffix(".yaml")?;
            Date::parse(name).ok()
        })
        .collect();
    dates.sort();
    dates.dedup();
    dates
}

/// The plan's files (relative name, path) that differ from HEAD. Only
/// the plan's own files: other changes in the repository stay out.
fn changed_plan_files(dir: &PlanDir, repo: &Repo) -> Result<Vec<(String, PathBuf)>, CliError> {
    let mut changed = Vec::new();
    for file in &dir.files {
        let path = dir.dir.join(&file.rel);
        if repo.changed_since_head(&path)? {
            changed.push((file.rel.clone(), path));
        }
    }
    Ok(changed)
}

fn files_list(changed: &[(String, PathBuf)]) -> String {
    let names: Vec<&str> = changed.iter().map(|(rel, _)| rel.as_str()).collect();
    names.join(", ")
}

/// The dates, the last few of a long list only.
fn join_dates(dates: &[Date]) -> String {
    const SHOWN: usize = 6;
    let from = dates.len().saturating_sub(SHOWN);
    let shown: Vec<String> = dates[from..].iter().map(Date::to_string).collect();
    if from > 0 {
        format!("…, {}", shown.join(", "))
    } else {
        shown.join(", ")
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::store::plan_dir;

    /// The example plan's draft for the review after its last one.
    #[test]
    fn the_example_plan_drafts_its_next_review_and_saves_it_canonically() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("plans/example-service");
        let dir = plan_dir::load(&root).unwrap();
        let date = Date::parse("2026-12-21").unwrap();
        let draft = review::draft(&dir.plan, date);
        let last = dir.plan.reviews.last().unwrap();
        assert_eq!(last.date, Date::parse("2026-11-23").unwrap());
        assert_eq!(draft.title.as_deref(), Some("Steering review 13"));
        assert_eq!(draft.attendees, last.attendees);
        // The milestones still open are those the last review covered, as it
        // left them, except that a forecast now past moves to the review's day.
        let carried: Vec<_> = last
            .milestones
            .iter()
            .map(ReviewMilestoneView::of)
            .map(|mut m| {
                m.forecast = m.forecast.map(|f| f.max(date));
                m
            })
            .collect();
        let drafted: Vec<_> = draft
            .milestones
            .iter()
            .map(ReviewMilestoneView::of)
            .collect();
        assert_eq!(drafted, carried);
        assert_eq!(draft.metrics.len(), dir.plan.metrics.metrics.len());
        assert_eq!(draft.actions.len(), 5);
        assert_eq!(
            review::summary_line(&draft),
            "review 2026-12-21: 1 on track, 2 off track; 0 decisions, 5 actions"
        );

        // Saved as a new file only, which loads back as the same review.
        let mut plan = dir.plan.clone();
        plan.reviews.push(draft.clone());
        let changes = dir.changes(&plan, Mode::Keep).unwrap();
        assert_eq!(changes.len(), 1);
        assert_eq!(changes[0].path, root.join("reviews/2026-12-21.yaml"));
        let text = changes[0].text.clone().unwrap();
        let files = [
            (
                "plan.yaml",
                "schema: 1\nid: p\ntitle: P\nstart: 2026-01-05\nend: 2026-12-31\n".as_bytes(),
            ),
            ("reviews/2026-12-21.yaml", text.as_bytes()),
        ];
        let loaded = plan_dir::load_from(&root, plan_dir::Files::Memory(&files)).unwrap();
        assert!(loaded.load_errors.is_empty(), "{:?}", loaded.load_errors);
        let back = &loaded.plan.reviews[0];
        assert_eq!(
            Review {
                file: String::new(),
                ..back.clone()
            },
            draft
        );
    }

    /// A milestone entry without its note, which a draft never carries.
    #[derive(Debug, PartialEq)]
    struct ReviewMilestoneView {
        id: String,
        health: crate::domain::model::Health,
        progress: Option<u8>,
        forecast: Option<Date>,
    }

    impl ReviewMilestoneView {
        fn of(e: &crate::domain::model::ReviewMilestone) -> Self {
            ReviewMilestoneView {
                id: e.id.to_string(),
                health: e.health,
                progress: e.progress,
                forecast: e.forecast,
            }
        }
    }
}
