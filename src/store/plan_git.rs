//! A plan's files in git, as charter's saves need them: what must hold
//! before anything is written.
//!
//! Every path that commits plan files (the command line's saves, the UI's,
//! `review close`) goes through here, so that none commits a file git keeps
//! out of sight and none builds on an index a stopped commit left behind
//! HEAD.

use std::fs;
use std::path::{Path, PathBuf};

use super::git::{GitError, Repo};
use super::plan_dir::FILES;

/// The plan's files in `plan_dir` as git may know them: its fixed files
/// (present or not) and every review on disk, in HEAD or in the index.
/// Links and folders are left out: charter commits neither.
pub fn plan_files(repo: &Repo, plan_dir: &Path) -> Result<Vec<PathBuf>, GitError> {
    let reviews = plan_dir.join("reviews");
    let mut paths: Vec<PathBuf> = FILES.iter().map(|(name, _)| plan_dir.join(name)).collect();
    paths.extend(repo.tracked_in(&reviews)?);
    if let Ok(entries) = fs::read_dir(&reviews) {
        paths.extend(entries.filter_map(Result::ok).map(|e| e.path()));
    }
    paths.retain(|path| {
        let yaml = path.extension().is_some_and(|e| e == "yaml");
        let linked_or_folder = fs::symlink_metadata(path)
            .is_ok_and(|meta| meta.file_type().is_symlink() || meta.is_dir());
        yaml && !linked_or_folder
    });
    paths.sort();
    paths.dedup();
    Ok(paths)
}

/// What every save runs first, before it writes anything: refuses when git
/// hides one of the plan's files (sparse checkout, assume-unchanged) or
/// when HEAD holds one the folder lacks, then resets to HEAD the index
/// entries of the plan's files that a stopped commit left behind it.
/// Returns the files whose index entry was repaired.
pub fn prepare(repo: &Repo, plan_dir: &Path) -> Result<Vec<String>, GitError> {
    let files = plan_files(repo, plan_dir)?;
    repo.check_visible(&files)?;
    repo.repair_index(&files)
}

/// The plan's files that git keeps out of sight or that HEAD holds but
/// the folder lacks, each named relative to the plan folder with the
/// error a save would stop on: for `charter check` to report.
pub fn unseen_files(repo: &Repo, plan_dir: &Path) -> Result<Vec<(String, GitError)>, GitError> {
    let files = plan_files(repo, plan_dir)?;
    Ok(repo
        .unseen(&files)?
        .into_iter()
        .map(|(path, problem)| {
            let rel = path
                .strip_prefix(plan_dir)
                .map(|p| p.to_string_lossy().replace('\\', "/"))
                .unwrap_or_else(|_| path.display().to_string());
            (rel, problem)
        })
        .collect())
}
