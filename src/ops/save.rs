//! The one way charter writes a plan: lock, check the repository, render
//! keeping the files' style, verify, write, commit, and put the files back
//! when the commit fails.

use std::path::{Path, PathBuf};

use super::Error;
use crate::domain::diff::ItemChange;
use crate::domain::model::Plan;
use crate::store::git::{self, GitError};
use crate::store::lock::PlanLock;
use crate::store::plan_dir::{self, PlanDir};
use crate::store::plan_git;
use crate::store::yaml::emit::Mode;
use crate::t;

/// A plan written and committed, loaded back from disk.
pub struct Saved {
    pub dir: PlanDir,
    /// What happened to the commit (see [`commit_with`]).
    pub note: String,
}

/// Writes `plan`, an edited version of the plan loaded as `dir`, and
/// commits it with `message`, which is about the files `about` (relative
/// to the plan folder) as a whole (see [`apply_and_commit_except`]). The
/// plan's lock is held from the first check to the commit; the files are
/// read back afterwards, as the next edit starts from them.
pub fn save(dir: &PlanDir, plan: &Plan, message: &str, about: &[&str]) -> Result<Saved, Error> {
    let _lock = PlanLock::acquire(&dir.dir)?;
    let repo = ready_repo(&dir.dir)?;
    let note = write_and_commit(dir, plan, repo.as_ref(), message, about)?;
    Ok(Saved {
        dir: plan_dir::load(&dir.dir)?,
        note,
    })
}

/// The plan's files as they are on disk now.
pub fn reload(folder: &Path) -> Result<PlanDir, Error> {
    Ok(plan_dir::load(folder)?)
}

/// Renders `plan` over the loaded `dir` keeping each file's style, then
/// [`apply_and_commit_except`]: the step every save shares once the lock
/// is held and the repository is ready.
pub fn write_and_commit(
    dir: &PlanDir,
    plan: &Plan,
    repo: Option<&git::Repo>,
    message: &str,
    about: &[&str],
) -> Result<String, Error> {
    write_and_commit_saying(dir, plan, repo, message, message, about)
}

/// [`write_and_commit`], with the note saying `said` where it would quote
/// `message`: the commit message stays English (history that tools read),
/// the note speaks the language shown.
pub fn write_and_commit_saying(
    dir: &PlanDir,
    plan: &Plan,
    repo: Option<&git::Repo>,
    message: &str,
    said: &str,
    about: &[&str],
) -> Result<String, Error> {
    let changes = dir.changes(plan, Mode::Keep)?;
    apply_and_commit_said(dir, changes, repo, (message, said), about)
}

/// Refuses, before anything is looked up or written, a change to `rel`
/// while it has errors ([`PlanDir::has_errors`]); `what` says what the
/// command would have done, in the language shown: "add a reading to it".
pub fn refuse_file_with_errors(dir: &PlanDir, rel: &str, what: &str) -> Result<(), Error> {
    if dir.has_errors(rel) {
        return Err(Error::Failed(t!(
            "cli-save-file-has-errors",
            file = rel,
            what = what
        )));
    }
    Ok(())
}

/// The repository holding the plan, ready for a commit, or `None` when the
/// plan is in no repository. Checked before anything is written: git must
/// show every plan file as it is, and index entries a stopped commit left
/// behind HEAD are brought up to date first.
pub fn ready_repo(dir: &Path) -> Result<Option<git::Repo>, Error> {
    match git::discover(dir)? {
        Some(repo) => {
            repo.check_ready()?;
            plan_git::prepare(&repo, dir)?;
            Ok(Some(repo))
        }
        None => Ok(None),
    }
}

/// Writes `changes` and commits them with `message`. When the commit
/// fails, the files go back to what they were: a failed command leaves
/// nothing half-done.
pub fn apply_and_commit(
    dir: &PlanDir,
    changes: Vec<crate::store::plan_dir::Change>,
    repo: Option<&git::Repo>,
    message: &str,
) -> Result<String, Error> {
    apply_and_commit_except(dir, changes, repo, message, &[])
}

/// [`apply_and_commit`], for a message that is about the files `about`
/// (relative to the plan folder) as a whole, so that what they held before
/// the save is not listed as edits made outside charter (a review being
/// closed).
pub fn apply_and_commit_except(
    dir: &PlanDir,
    changes: Vec<crate::store::plan_dir::Change>,
    repo: Option<&git::Repo>,
    message: &str,
    about: &[&str],
) -> Result<String, Error> {
    apply_and_commit_said(dir, changes, repo, (message, message), about)
}

/// [`apply_and_commit_except`] with the commit's message and what the
/// note says in its place (see [`write_and_commit_saying`]).
fn apply_and_commit_said(
    dir: &PlanDir,
    changes: Vec<crate::store::plan_dir::Change>,
    repo: Option<&git::Repo>,
    (message, said): (&str, &str),
    about: &[&str],
) -> Result<String, Error> {
    let mut paths: Vec<PathBuf> = changes.iter().map(|c| c.path.clone()).collect();
    // Read before anything is written: the files as they were, against HEAD.
    let outside = match repo {
        Some(repo) => {
            paths.extend(uncommitted_plan_files(dir, repo, &paths)?);
            plan_git::outside_edits(repo, dir, &paths, about)?
        }
        None => Vec::new(),
    };
    let written = dir.apply(changes)?;
    let committed = commit_saying(repo, &paths, (message, said), &outside);
    undo_unless_committed(dir, &written, committed)
}

/// The outcome of a commit of the files `written` just before it: when
/// it failed, the files go back to what they were, so that a failed save
/// leaves nothing half-done. A commit made whose index could not be
/// updated keeps them: they are committed.
pub fn undo_unless_committed<T>(
    dir: &PlanDir,
    written: &[PathBuf],
    outcome: Result<T, Error>,
) -> Result<T, Error> {
    match outcome {
        Err(e) if !matches!(e, Error::Git(GitError::IndexNotUpdated { .. })) => {
            dir.restore(written);
            Err(e)
        }
        outcome => outcome,
    }
}

/// The plan's files on disk that must join a commit of `written` because
/// the plan was never committed: without its plan.yaml a commit holds no
/// plan, and `log`, `diff` and `--as-of` could not read it back. Draft
/// reviews are left out: `charter review close` commits them.
fn uncommitted_plan_files(
    dir: &PlanDir,
    repo: &git::Repo,
    written: &[PathBuf],
) -> Result<Vec<PathBuf>, Error> {
    let marker = dir.dir.join(plan_dir::MARKER);
    if repo.in_head(&marker)? {
        return Ok(Vec::new());
    }
    Ok(plan_dir::FILES
        .iter()
        .map(|(name, _)| dir.dir.join(name))
        .filter(|path| path.is_file() && !written.contains(path))
        .collect())
}

/// Commits `paths` when the plan is in a repository; says what happened.
pub fn commit(repo: Option<&git::Repo>, paths: &[PathBuf], message: &str) -> Result<String, Error> {
    commit_with(repo, paths, message, &[])
}

/// [`commit`], with the edits made outside charter that the commit also
/// holds listed in the message's body (see [`plan_git::outside_edits`]).
pub fn commit_with(
    repo: Option<&git::Repo>,
    paths: &[PathBuf],
    message: &str,
    outside: &[ItemChange],
) -> Result<String, Error> {
    commit_saying(repo, paths, (message, message), outside)
}

/// [`commit_with`], the note saying `said` where it would quote the
/// commit's `message` (see [`write_and_commit_saying`]).
pub fn commit_saying(
    repo: Option<&git::Repo>,
    paths: &[PathBuf],
    (message, said): (&str, &str),
    outside: &[ItemChange],
) -> Result<String, Error> {
    let Some(repo) = repo else {
        return Ok(t!("cli-save-not-in-git"));
    };
    let full = plan_git::message_with(message, outside);
    let note = match repo.commit_paths(paths, &full, None)? {
        Some(oid) if repo.head_detached() => t!(
            "cli-save-committed-detached",
            commit = git::short_id(oid),
            message = said
        ),
        Some(oid) => t!("cli-committed", commit = git::short_id(oid), message = said),
        None => return Ok(t!("cli-save-nothing")),
    };
    Ok(if outside.is_empty() {
        note
    } else {
        format!("{note}; {}", outside_note(outside))
    })
}

/// One line saying that a commit also holds edits made outside charter.
pub fn outside_note(outside: &[ItemChange]) -> String {
    t!(
        "cli-save-outside",
        changes = crate::domain::diff::summarize_in(crate::i18n::current(), outside)
    )
}

#[cfg(test)]
mod tests;
