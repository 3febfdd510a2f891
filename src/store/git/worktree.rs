//! What git's index says about files charter is about to save, before
//! anything is written: files git hides from the work tree (sparse
//! checkout, assume-unchanged), files missing from it, and index entries
//! left behind HEAD by a commit that was stopped before it wrote the index.
//!
//! A hidden or missing file reads as empty, and a save would commit it as
//! empty: these are refused, never worked around. An index entry behind
//! HEAD is only ever reset to HEAD when the work tree already holds HEAD's
//! content, so no change of the user's is lost.

use std::path::{Path, PathBuf};

use git2::{IndexEntryExtendedFlag, IndexEntryFlag, ObjectType, Oid};

use super::{git_error, GitError, IndexLock, Repo};

/// Why git keeps a file's content out of charter's sight.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hidden {
    /// `skip-worktree`: a sparse checkout left it out of the work tree.
    SkipWorktree,
    /// `assume-unchanged`: git does not look at its changes.
    AssumeUnchanged,
}

impl Repo {
    /// Fails on the first of `paths` (files inside the work tree) that git
    /// hides (skip-worktree, assume-unchanged) or that HEAD holds but the
    /// work tree does not: charter would read it as empty and could commit
    /// it so.
    pub fn check_visible(&self, paths: &[PathBuf]) -> Result<(), GitError> {
        match self.unseen(paths)?.into_iter().next() {
            Some((_, problem)) => Err(problem),
            None => Ok(()),
        }
    }

    /// The index as it is on disk now: read again, since git (a merge, a
    /// hook) may have changed it after this repository was opened.
    pub(super) fn fresh_index(&self) -> Result<git2::Index, GitError> {
        let mut index = self
            .repo
            .index()
            .map_err(git_error(crate::t!("cli-git-do-read-index")))?;
        index
            .read(true)
            .map_err(git_error(crate::t!("cli-git-do-read-index")))?;
        Ok(index)
    }

    /// Each of `paths` that [`Repo::check_visible`] would refuse, with the
    /// error saying why and what to do.
    pub fn unseen(&self, paths: &[PathBuf]) -> Result<Vec<(PathBuf, GitError)>, GitError> {
        let index = self.fresh_index()?;
        let head = self.head_commit()?;
        let tree = match &head {
            Some(commit) => Some(
                commit
                    .tree()
                    .map_err(git_error(crate::t!("cli-git-do-read-head-tree")))?,
            ),
            None => None,
        };
        let top = |rel: &str| rel.contains('/').then(|| self.workdir.clone());
        let mut out = Vec::new();
        for path in paths {
            let target = self.resolve_target(path)?;
            let rel = target.rel.as_str();
            if let Some(entry) = index.get_path(Path::new(rel), 0) {
                let hidden = if IndexEntryExtendedFlag::from_bits_truncate(entry.flags_extended)
                    .is_skip_worktree()
                {
                    Some(Hidden::SkipWorktree)
                } else if IndexEntryFlag::from_bits_truncate(entry.flags).is_valid() {
                    Some(Hidden::AssumeUnchanged)
                } else {
                    None
                };
                if let Some(how) = hidden {
                    let problem = GitError::HiddenFromWorkTree {
                        rel: rel.to_string(),
                        how,
                        top: top(rel),
                    };
                    out.push((path.clone(), problem));
                    continue;
                }
            }
            let in_head = tree
                .as_ref()
                .is_some_and(|t| t.get_path(Path::new(rel)).is_ok());
            if in_head && !target.present {
                let problem = GitError::MissingFromWorkTree {
                    rel: rel.to_string(),
                    top: top(rel),
                };
                out.push((path.clone(), problem));
            }
        }
        Ok(out)
    }

    /// Resets to HEAD the index entries of `paths` that a commit stopped
    /// between moving the branch and writing the index left behind: the
    /// entry is missing or differs from HEAD while the work tree holds
    /// exactly HEAD's content (or, for a file the commit removed, the entry
    /// is still there while neither HEAD nor the work tree has the file).
    /// Entries in conflict are left alone. Returns the paths repaired,
    /// relative to the work tree.
    pub fn repair_index(&self, paths: &[PathBuf]) -> Result<Vec<String>, GitError> {
        let Some(head) = self.head_commit()? else {
            // Before the first commit no index can lag behind it.
            return Ok(Vec::new());
        };
        let tree = head
            .tree()
            .map_err(git_error(crate::t!("cli-git-do-read-head-tree")))?;
        let mut targets = Vec::new();
        for path in paths {
            targets.push(self.resolve_target(path)?);
        }
        let lock = IndexLock::acquire(self.index_lock_path())?;
        let mut index = self.fresh_index()?;
        let mut repaired = Vec::new();
        for target in &targets {
            let rel = Path::new(&target.rel);
            if (1..=3).any(|stage| index.get_path(rel, stage).is_some()) {
                continue;
            }
            let staged = index.get_path(rel, 0);
            let committed = tree
                .get_path(rel)
                .ok()
                .filter(|e| e.kind() == Some(ObjectType::Blob))
                .map(|e| e.id());
            match committed {
                Some(id) => {
                    if staged.as_ref().is_some_and(|e| e.id == id) || !target.present {
                        continue;
                    }
                    let on_disk = self.workdir.join(rel);
                    match Oid::hash_file(ObjectType::Blob, &on_disk) {
                        Ok(disk) if disk == id => {}
                        _ => continue,
                    }
                    index.add_path(rel).map_err(git_error(crate::t!(
                        "cli-git-do-stage",
                        file = target.rel.as_str()
                    )))?;
                    // With content filters (line ends) git may store other
                    // bytes than the file's: then this is not the state a
                    // stopped commit leaves, and the entry goes back.
                    if index.get_path(rel, 0).is_some_and(|e| e.id == id) {
                        repaired.push(target.rel.clone());
                        continue;
                    }
                    match &staged {
                        Some(entry) => index.add(entry),
                        None => index.remove_path(rel),
                    }
                    .map_err(git_error(crate::t!(
                        "cli-git-do-restore-entry",
                        file = target.rel.as_str()
                    )))?;
                }
                None => {
                    if staged.is_some() && !target.present {
                        index.remove_path(rel).map_err(git_error(crate::t!(
                            "cli-git-do-unstage",
                            file = target.rel.as_str()
                        )))?;
                        repaired.push(target.rel.clone());
                    }
                }
            }
        }
        if repaired.is_empty() {
            return Ok(repaired);
        }
        // libgit2 takes index.lock itself to write the index.
        drop(lock);
        if let Err(source) = index.write() {
            let _ = index.read(true);
            return Err(git_error(crate::t!(
                "cli-git-do-repair-index",
                files = repaired.join(", ")
            ))(source));
        }
        Ok(repaired)
    }

    /// The files directly in `folder` (inside the work tree) that HEAD or
    /// the index holds, whether or not they are in the work tree.
    pub fn tracked_in(&self, folder: &Path) -> Result<Vec<PathBuf>, GitError> {
        let Some(prefix) = self.rel_folder(folder)? else {
            return Ok(Vec::new());
        };
        let in_folder = |rel: &str| -> Option<String> {
            let name = if prefix.is_empty() {
                rel
            } else {
                rel.strip_prefix(&prefix)?.strip_prefix('/')?
            };
            (!name.is_empty() && !name.contains('/')).then(|| name.to_string())
        };
        let mut names = Vec::new();
        if let Some(head) = self.head_commit()? {
            let tree = head
                .tree()
                .map_err(git_error(crate::t!("cli-git-do-read-head-tree")))?;
            let subtree = if prefix.is_empty() {
                Some(tree)
            } else {
                match tree.get_path(Path::new(&prefix)) {
                    Ok(entry) if entry.kind() == Some(ObjectType::Tree) => Some(
                        self.repo
                            .find_tree(entry.id())
                            .map_err(git_error(crate::t!(
                                "cli-git-do-read-in-head",
                                file = prefix.to_string()
                            )))?,
                    ),
                    _ => None,
                }
            };
            for entry in subtree.iter().flat_map(|t| t.iter()) {
                if entry.kind() == Some(ObjectType::Blob) {
                    if let Ok(name) = entry.name() {
                        names.push(name.to_string());
                    }
                }
            }
        }
        let index = self.fresh_index()?;
        for entry in index.iter() {
            if let Some(name) = std::str::from_utf8(&entry.path).ok().and_then(in_folder) {
                names.push(name);
            }
        }
        names.sort();
        names.dedup();
        Ok(names.into_iter().map(|n| folder.join(n)).collect())
    }

    /// `folder` relative to the work tree (`""` for the work tree itself),
    /// or `None` when it is outside it.
    fn rel_folder(&self, folder: &Path) -> Result<Option<String>, GitError> {
        let canonical = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
        let workdir = canonical(&self.workdir);
        let absolute = std::path::absolute(folder)
            .map_err(super::io_error(crate::t!("cli-git-do-resolve"), folder))?;
        let found = absolute
            .ancestors()
            .find(|p| p.exists())
            .unwrap_or(&absolute);
        let rest = absolute.strip_prefix(found).unwrap_or(Path::new(""));
        let full = canonical(found).join(rest);
        Ok(full
            .strip_prefix(&workdir)
            .ok()
            .map(|p| p.to_string_lossy().replace('\\', "/")))
    }
}
