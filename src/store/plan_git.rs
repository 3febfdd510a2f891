//! A plan's files in git, as charter's saves need them: what must hold
//! before anything is written, and what a commit holds beyond the change
//! charter made.
//!
//! Every path that commits plan files (the command line's saves, the UI's,
//! `review close`) goes through here, so that none commits a file git keeps
//! out of sight, none builds on an index a stopped commit left behind HEAD,
//! and none commits edits made by hand under a message that names only
//! charter's own change (DESIGN §6: a commit's message names every plan
//! change it holds relative to HEAD).

use std::fs;
use std::path::{Path, PathBuf};

use git2::{ObjectType, Oid};
use serde_json::Value;

use super::git::{GitError, Repo};
use super::plan_dir::{self, PlanDir, FILES};
use crate::domain::diff::{self, ItemChange};

/// At most this many edits made outside charter are listed one per line
/// in a commit message; the rest are counted by kind on one more line.
pub const MAX_LISTED: usize = 50;

/// The heading of the list of edits made outside charter in a commit
/// message's body.
pub const OUTSIDE_HEADING: &str = "Also holds edits made outside charter before this save:";

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

/// What every save runs first, before it writes anything: refuses when
/// `git commit` would run a hook or sign, or apply a filter to one of the
/// plan's files (charter cannot do either); refuses when git
/// hides one of the plan's files (sparse checkout, assume-unchanged) or
/// when HEAD holds one the folder lacks, then resets to HEAD the index
/// entries of the plan's files that a stopped commit left behind it.
/// Returns the files whose index entry was repaired.
pub fn prepare(repo: &Repo, plan_dir: &Path) -> Result<Vec<String>, GitError> {
    let files = plan_files(repo, plan_dir)?;
    repo.check_commit_settings()?;
    repo.check_no_filters(&files)?;
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

/// The plan changes that a commit of `paths` holds relative to HEAD but
/// that the save did not make: for each file, HEAD's version against the
/// file as it was before the save (as `dir` loaded it, or as it is on disk
/// for a file `dir` did not read). Call it before the save writes anything.
/// Files named in `except` (relative to the plan folder) are left out: the
/// commit's message is about them. Both sides are compared as plan JSON,
/// so a change of layout or comments is no change.
pub fn outside_edits(
    repo: &Repo,
    dir: &PlanDir,
    paths: &[PathBuf],
    except: &[&str],
) -> Result<Vec<ItemChange>, GitError> {
    // In the plan's file order, as `charter diff` lists changes.
    let mut files: Vec<(usize, String, &PathBuf)> = paths
        .iter()
        .filter_map(|path| {
            let rel = path.strip_prefix(&dir.dir).ok()?;
            let rel = rel.to_string_lossy().replace('\\', "/");
            let rank = FILES
                .iter()
                .position(|(name, _)| *name == rel)
                .unwrap_or(FILES.len());
            Some((rank, rel, path))
        })
        .collect();
    files.sort();
    let mut out = Vec::new();
    for (_, rel, path) in files {
        if except.contains(&rel.as_str()) {
            continue;
        }
        let before = before_save(dir, &rel, path)?;
        let same = match (repo.head_blob_id(path)?, &before) {
            (None, None) => true,
            (Some(id), Some(bytes)) => Oid::hash_object(ObjectType::Blob, bytes).ok() == Some(id),
            _ => false,
        };
        if same {
            continue;
        }
        let head = repo.head_blob(path)?;
        let value =
            |bytes: Option<Vec<u8>>| bytes.map_or(Value::Null, |b| plan_dir::parse_file(&rel, &b));
        let old = value(head.map(|(_, bytes)| bytes));
        let new = value(before);
        out.extend(diff::diff_file(&rel, &old, &new));
    }
    Ok(out)
}

/// The bytes of the plan file `rel` before the save: as loaded (which a
/// save checks is still what is on disk), else as on disk now.
fn before_save(dir: &PlanDir, rel: &str, path: &Path) -> Result<Option<Vec<u8>>, GitError> {
    if let Some(file) = dir.file(rel) {
        if let Some(text) = &file.text {
            let mut bytes = Vec::with_capacity(text.len() + 3);
            if file.bom {
                bytes.extend_from_slice("\u{feff}".as_bytes());
            }
            bytes.extend_from_slice(text.as_bytes());
            return Ok(Some(bytes));
        }
    }
    match fs::read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(GitError::Io {
            action: crate::t!("cli-git-do-read-file"),
            path: path.to_path_buf(),
            source,
        }),
    }
}

/// `text` as one line of a commit or tag message: line breaks and tabs
/// become spaces, other control characters are written escaped
/// (`\u{1b}`). Text from a file name or a plan value then can neither add
/// lines to a message (a forged `Signed-off-by:` trailer) nor reach a
/// terminal through `git log`.
pub fn one_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' | '\r' | '\t' | '\u{b}' | '\u{c}' | '\u{85}' | '\u{2028}' | '\u{2029}' => {
                out.push(' ')
            }
            c if crate::domain::words::is_hostile(c) => out.extend(c.escape_unicode()),
            c => out.push(c),
        }
    }
    out
}

/// `message` (made one line) with a body listing `edits`, the plan
/// changes made outside charter that the commit also holds: one line
/// each, as `charter diff` words them.
pub fn message_with(message: &str, edits: &[ItemChange]) -> String {
    let message = one_line(message.trim_end());
    if edits.is_empty() {
        return message;
    }
    let mut out = format!("{message}\n\n{OUTSIDE_HEADING}\n");
    for change in edits.iter().take(MAX_LISTED) {
        out.push_str(&format!("- {}\n", one_line(&diff::describe(change))));
    }
    if let Some(rest) = edits.get(MAX_LISTED..).filter(|rest| !rest.is_empty()) {
        out.push_str(&format!(
            "- and {} more: {}\n",
            rest.len(),
            diff::counts(rest)
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::domain::diff::{ChangeKind, FieldChange};

    fn change(id: &str) -> ItemChange {
        ItemChange {
            file: "metrics.yaml".into(),
            kind: "metric",
            id: id.into(),
            change: ChangeKind::Changed,
            fields: vec![FieldChange {
                field: "target.value".into(),
                old: 74.into(),
                new: 99.into(),
            }],
        }
    }

    #[test]
    fn a_message_without_outside_edits_is_kept_as_it_is() {
        assert_eq!(
            message_with("metric asa: reading 80", &[]),
            "metric asa: reading 80"
        );
    }

    #[test]
    fn outside_edits_are_listed_in_the_body_one_per_line() {
        assert_eq!(
            message_with("metric asa: reading 80", &[change("asa")]),
            "metric asa: reading 80\n\n\
             Also holds edits made outside charter before this save:\n\
             - metric asa: target.value 74 → 99\n"
        );
    }

    #[test]
    fn user_text_cannot_add_lines_or_control_characters() {
        let mut edit = change("asa");
        edit.fields[0].new = "99\nSigned-off-by: Mallory <m@x>".into();
        let message = message_with(
            "import readings from a\nCo-authored-by: Mallory <m@x>\u{1b}]0;x\u{7}.csv",
            &[edit],
        );
        let lines: Vec<&str> = message.lines().collect();
        assert_eq!(
            lines[0],
            "import readings from a Co-authored-by: Mallory <m@x>\\u{1b}]0;x\\u{7}.csv"
        );
        assert_eq!(lines.len(), 4, "{message}");
        assert!(lines[3].starts_with("- metric asa: "), "{message}");
        assert!(!message.chars().any(|c| c.is_control() && c != '\n'));
    }

    #[test]
    fn past_the_limit_the_rest_are_counted() {
        let edits: Vec<ItemChange> = (0..MAX_LISTED + 3)
            .map(|i| change(&format!("m{i}")))
            .collect();
        let message = message_with("fmt", &edits);
        let lines: Vec<&str> = message.lines().collect();
        assert_eq!(lines.len(), 3 + MAX_LISTED + 1);
        assert_eq!(lines.last(), Some(&"- and 3 more: 3 metrics changed"));
    }
}
