//! Milestone reviews from the draft to the commit and the `review/DATE`
//! tag that close them: one implementation for `charter review` and the UI.
//!
//! What a draft holds and how a review is summed up live in
//! [`crate::domain::review`]; this file reads the plan, writes, validates,
//! commits and tags, and says what it did as a [`Closing`] or a
//! [`Drafted`] for the front end to word.

use std::path::{Path, PathBuf};

use super::diagnostics::{count, diagnostics_of};
use super::save::{ready_repo, undo_unless_committed};
use super::Error;
use crate::domain::diag::{Diagnostic, Severity};
use crate::domain::diff::ItemChange;
use crate::domain::model::{Plan, Review};
use crate::domain::review;
use crate::domain::types::Date;
use crate::store::git::{self, short_id, Oid, Repo};
use crate::store::lock::PlanLock;
use crate::store::plan_dir::{self, review_file, PlanDir};
use crate::store::plan_git;
use crate::store::yaml::emit::{FileKind, Mode};

#[cfg(test)]
mod tests;

/// The tag that marks the commit closing the review of `date`.
pub fn tag_name(date: Date) -> String {
    format!("review/{date}")
}

/// A review drafted by [`new`]: written, not committed.
#[derive(Debug)]
pub struct Drafted {
    /// The file written, relative to the plan folder.
    pub rel: String,
    pub review: Review,
}

/// Drafts the review of `date` from the plan in `folder` and writes it as
/// a new file, committing nothing; a file already there is never drafted
/// over. The plan's lock is held from the load to the write.
pub fn new(folder: &Path, date: Date) -> Result<Drafted, Error> {
    let _lock = PlanLock::acquire(folder)?;
    let dir = plan_dir::load(folder)?;
    let rel = review_file(date);
    let path = dir.dir.join(&rel);
    if std::fs::symlink_metadata(&path).is_ok() {
        return Err(Error::Failed(already_exists(&dir, date, &rel)));
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
    Ok(Drafted { rel, review: draft })
}

/// Why `review new` will not draft over an existing file, and what to do.
fn already_exists(dir: &PlanDir, date: Date, rel: &str) -> String {
    // Only a hint: a repository that cannot be read just gives the plain one.
    let closed = git::discover(&dir.dir)
        .ok()
        .flatten()
        .and_then(|repo| repo.tag_commit(&tag_name(date)).ok().flatten());
    match closed {
        Some(commit) => crate::t!(
            "cli-review-exists-closed",
            file = rel,
            commit = short_id(commit),
            date = date.to_string()
        ),
        None => crate::t!("cli-review-exists", file = rel, date = date.to_string()),
    }
}

/// A commit a close made.
#[derive(Debug)]
pub struct Commit {
    pub id: Oid,
    /// The message's subject: the review's summary or amendment line.
    pub message: String,
    /// The plan's files it holds, relative to the plan folder.
    pub files: Vec<String>,
    /// The plan changes in them made outside charter, besides the review
    /// (listed in the message's body).
    pub outside: Vec<ItemChange>,
}

/// What closing a review did.
#[derive(Debug)]
pub enum Closing {
    /// The plan has errors: nothing was written, committed or tagged.
    Refused {
        date: Date,
        errors: Vec<Diagnostic>,
        warnings: usize,
    },
    /// The first close: what changed was committed (`commit`; none when
    /// the last commit already held the review) and `tagged` tagged `tag`.
    Closed {
        date: Date,
        tag: String,
        commit: Option<Commit>,
        tagged: Oid,
    },
    /// As [`Closing::Closed`], but the tag could not be made: `why` says
    /// why and how to tag it by hand.
    NotTagged {
        date: Date,
        commit: Option<Commit>,
        why: String,
    },
    /// A review closed before and changed since: a new commit; the tag
    /// stays on `closed_at`, the commit that closed it.
    Amended {
        date: Date,
        tag: String,
        commit: Commit,
        closed_at: Oid,
    },
    /// A review closed before (`closed_at`) and unchanged since.
    AlreadyClosed {
        date: Date,
        tag: String,
        closed_at: Oid,
    },
}

impl Closing {
    /// Whether the plan's files were written or committed.
    pub fn committed(&self) -> bool {
        match self {
            Closing::Closed { commit, .. } | Closing::NotTagged { commit, .. } => commit.is_some(),
            Closing::Amended { .. } => true,
            Closing::Refused { .. } | Closing::AlreadyClosed { .. } => false,
        }
    }
}

/// Closes the review of `date` (when `None`, the one review still open)
/// of the plan loaded as `dir`, edited into `plan` (`&dir.plan` for the
/// files as they are): refuses a plan with errors, writes the edits,
/// commits the plan's changed files with the review's summary and tags
/// the commit `review/DATE` with the summary as the tag's message. A
/// review closed before is amended by a new commit when its file
/// changed, its tag left where it was. The caller holds the plan's lock
/// (`_lock`) from the load: nothing can change the files between the
/// check, the commit and the tag.
pub fn close(
    _lock: &PlanLock,
    dir: &PlanDir,
    plan: &Plan,
    date: Option<Date>,
    today: Date,
) -> Result<Closing, Error> {
    let Some(repo) = ready_repo(&dir.dir)? else {
        return Err(Error::Failed(format!(
            "the plan in {} is not in a git repository, so no review can be closed (closing \
             commits the review and tags it review/DATE): run `git init` in the plan's folder \
             and commit the plan, then try again",
            dir.dir.display()
        )));
    };
    let date = match date {
        Some(date) => date,
        None => open_review(dir, &repo)?,
    };
    let rel = review_file(date);
    let find = || plan.reviews.iter().find(|r| r.rel_path() == rel);
    if dir.file(&rel).is_none() && find().is_none() {
        return Err(Error::Failed(no_such_review(dir, date, &rel)));
    }

    let diags = diagnostics_of(dir, plan, today);
    let errors: Vec<Diagnostic> = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .cloned()
        .collect();
    if !errors.is_empty() {
        return Ok(Closing::Refused {
            date,
            errors,
            warnings: count(&diags, Severity::Warning),
        });
    }
    // Without errors every review file loaded, this one included.
    let Some(review) = find() else {
        return Err(Error::Failed(crate::t!(
            "cli-review-unreadable",
            file = rel.as_str()
        )));
    };

    let tag = tag_name(date);
    let closed = repo.tag_commit(&tag)?;
    if closed.is_none() {
        // Refused before anything is written: the tag would be unsigned.
        repo.check_tag_settings()?;
    }
    let changes = if plan == &dir.plan {
        Vec::new()
    } else {
        dir.changes(plan, Mode::Keep)?
    };
    let mut changed = changed_plan_files(dir, &repo)?;
    for change in &changes {
        if !changed.iter().any(|(_, p)| *p == change.path) {
            let rel = change.path.strip_prefix(&dir.dir).map_or_else(
                |_| change.path.display().to_string(),
                |r| r.to_string_lossy().replace('\\', "/"),
            );
            changed.push((rel, change.path.clone()));
        }
    }
    if let Some(at) = closed {
        if !changed.iter().any(|(r, _)| *r == rel) {
            return Ok(already(date, tag, at));
        }
    }
    let message = match closed {
        Some(_) => review::amendment_line(review),
        None => review::summary_line(review),
    };
    // The message is about the review; every other plan change the
    // commit holds is listed in its body. Read before anything is
    // written: the edits being saved are not made outside charter.
    let paths: Vec<PathBuf> = changed.iter().map(|(_, p)| p.clone()).collect();
    let outside = plan_git::outside_edits(&repo, dir, &paths, &[rel.as_str()])?;
    let written = dir.apply(changes)?;
    let full = plan_git::message_with(&message, &outside);
    let made = undo_unless_committed(
        dir,
        &written,
        repo.commit_paths(&paths, &full, None).map_err(Error::from),
    )?;
    let commit = made.map(|id| Commit {
        id,
        message: message.clone(),
        files: changed.iter().map(|(r, _)| r.clone()).collect(),
        outside,
    });
    match closed {
        Some(at) => Ok(match commit {
            Some(commit) => Closing::Amended {
                date,
                tag,
                commit,
                closed_at: at,
            },
            None => already(date, tag, at),
        }),
        None => tag_first_close(&repo, date, tag, commit, &message),
    }
}

fn already(date: Date, tag: String, closed_at: Oid) -> Closing {
    Closing::AlreadyClosed {
        date,
        tag,
        closed_at,
    }
}

/// The first close, committed: tags the commit (the last one when the
/// close had nothing to commit) with `message`.
fn tag_first_close(
    repo: &Repo,
    date: Date,
    tag: String,
    commit: Option<Commit>,
    message: &str,
) -> Result<Closing, Error> {
    let target = match &commit {
        Some(commit) => commit.id,
        // Already committed by hand: the review is closed on that commit.
        None => repo.head_id()?.ok_or_else(|| {
            Error::Failed(
                "the repository has no commit yet and the plan has no change to commit: \
                 commit the plan first, then try again"
                    .into(),
            )
        })?,
    };
    match repo.tag_annotated(&tag, target, message) {
        Ok(()) => Ok(Closing::Closed {
            date,
            tag,
            commit,
            tagged: target,
        }),
        Err(e) => Ok(Closing::NotTagged {
            date,
            commit,
            why: crate::t!(
                "cli-review-not-tagged",
                commit = short_id(target),
                error = e.to_string(),
                tag = tag.as_str(),
                message = message
            ),
        }),
    }
}

/// The review to close when none is named: the only review file without
/// its `review/DATE` tag. When several have none (reviews committed by
/// hand, from before the plan used `charter review`), the only one of them
/// with changes not committed yet: the draft being worked on.
fn open_review(dir: &PlanDir, repo: &Repo) -> Result<Date, Error> {
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
        [] => Err(Error::Failed(match closed.last() {
            Some(last) => format!(
                "no review is open: every review is closed, the last on {last}; start the next \
                 with `charter review new`, or name a closed review to amend it: \
                 `charter review close {last}`"
            ),
            None => "the plan has no review yet: start one with `charter review new`".into(),
        })),
        several => Err(Error::Failed(format!(
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
fn changed_plan_files(dir: &PlanDir, repo: &Repo) -> Result<Vec<(String, PathBuf)>, Error> {
    let mut changed = Vec::new();
    for file in &dir.files {
        let path = dir.dir.join(&file.rel);
        if repo.changed_since_head(&path)? {
            changed.push((file.rel.clone(), path));
        }
    }
    Ok(changed)
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
