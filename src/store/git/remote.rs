//! What `charter sync` needs to know about the repository before and after
//! it runs git: the branch's upstream, how far the two have diverged, which
//! files are not committed or in conflict; and the local config of the
//! merge driver. Fetching, merging and pushing are left to the `git`
//! program itself, so that the user's credentials and settings apply.

use std::path::Path;

use git2::{BranchType, ErrorCode, Oid, Status, StatusOptions};

use super::{git_error, GitError, Repo};

/// The current branch and the remote branch it tracks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Upstream {
    /// The local branch, `main`.
    pub branch: String,
    /// The remote, `origin`.
    pub remote: String,
    /// The branch on the remote, `refs/heads/main`.
    pub merge: String,
    /// The remote-tracking ref, `refs/remotes/origin/main`.
    pub tracking: String,
    /// How people name it, `origin/main`.
    pub name: String,
}

/// Where the branch stands with respect to sync.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Tracking {
    Detached,
    /// A branch with no upstream; `remotes` lists the configured remotes.
    NoUpstream {
        branch: String,
        remotes: Vec<String>,
    },
    Upstream(Upstream),
}

impl Repo {
    /// Sets `merge.<name>.name` and `merge.<name>.driver` in the repository's
    /// own config (never the user's global one), unless the driver is
    /// already set there. Returns whether it was set.
    pub fn set_merge_driver(
        &self,
        name: &str,
        description: &str,
        command: &str,
    ) -> Result<bool, GitError> {
        let mut config = self
            .repo
            .config()
            .and_then(|c| c.open_level(git2::ConfigLevel::Local))
            .map_err(git_error(crate::t!("cli-git-do-open-config")))?;
        let key = format!("merge.{name}.driver");
        if config.get_string(&key).is_ok() {
            return Ok(false);
        }
        config
            .set_str(&format!("merge.{name}.name"), description)
            .map_err(git_error(crate::t!(
                "cli-git-do-set",
                key = format!("merge.{name}.name")
            )))?;
        config.set_str(&key, command).map_err(git_error(crate::t!(
            "cli-git-do-set",
            key = key.to_string()
        )))?;
        Ok(true)
    }

    /// The current branch and its upstream, as `git status` reads them.
    pub fn tracking(&self) -> Result<Tracking, GitError> {
        let head = match self.repo.head() {
            Ok(head) => head,
            Err(e) if e.code() == ErrorCode::UnbornBranch => {
                let name = self
                    .repo
                    .find_reference("HEAD")
                    .ok()
                    .and_then(|r| r.symbolic_target().ok().flatten().map(str::to_string))
                    .unwrap_or_default();
                let branch = name.trim_start_matches("refs/heads/").to_string();
                return Ok(Tracking::NoUpstream {
                    branch,
                    remotes: self.remotes()?,
                });
            }
            Err(e) => return Err(git_error(crate::t!("cli-git-do-read-head"))(e)),
        };
        if !head.is_branch() {
            return Ok(Tracking::Detached);
        }
        let refname = head.name().unwrap_or_default().to_string();
        let branch = head.shorthand().unwrap_or_default().to_string();
        let local = self
            .repo
            .find_branch(&branch, BranchType::Local)
            .map_err(git_error(crate::t!(
                "cli-git-do-read-branch",
                name = branch.to_string()
            )))?;
        let remote = self.repo.branch_upstream_remote(&refname);
        let merge = self.repo.branch_upstream_merge(&refname);
        let (Ok(remote), Ok(merge)) = (remote, merge) else {
            return Ok(Tracking::NoUpstream {
                branch,
                remotes: self.remotes()?,
            });
        };
        let remote = remote.as_str().unwrap_or_default().to_string();
        let merge = merge.as_str().unwrap_or_default().to_string();
        let tracking = match local.upstream() {
            Ok(up) => up.get().name().unwrap_or_default().to_string(),
            // The remote branch has never been fetched: its tracking ref is
            // named by the usual refspec.
            Err(_) => format!(
                "refs/remotes/{remote}/{}",
                merge.trim_start_matches("refs/heads/")
            ),
        };
        let name = tracking
            .strip_prefix("refs/remotes/")
            .unwrap_or(&tracking)
            .to_string();
        Ok(Tracking::Upstream(Upstream {
            branch,
            remote,
            merge,
            tracking,
            name,
        }))
    }

    fn remotes(&self) -> Result<Vec<String>, GitError> {
        let names = self
            .repo
            .remotes()
            .map_err(git_error(crate::t!("cli-git-do-list-remotes")))?;
        Ok(names
            .iter()
            .filter_map(|n| n.ok().flatten())
            .map(str::to_string)
            .collect())
    }

    /// The commit a reference points to, `None` when it does not exist.
    pub fn ref_id(&self, name: &str) -> Result<Option<Oid>, GitError> {
        match self.repo.refname_to_id(name) {
            Ok(oid) => Ok(Some(oid)),
            Err(e) if e.code() == ErrorCode::NotFound => Ok(None),
            Err(e) => Err(git_error(crate::t!(
                "cli-git-do-read",
                name = name.to_string()
            ))(e)),
        }
    }

    /// How many commits are reachable from `to` but not from `from`.
    pub fn commits_between(&self, from: Option<Oid>, to: Oid) -> Result<usize, GitError> {
        let mut walk = self
            .repo
            .revwalk()
            .map_err(git_error(crate::t!("cli-git-do-walk-history")))?;
        walk.push(to)
            .map_err(git_error(crate::t!("cli-git-do-walk-history")))?;
        if let Some(from) = from {
            walk.hide(from)
                .map_err(git_error(crate::t!("cli-git-do-walk-history")))?;
        }
        Ok(walk.count())
    }

    /// The files under `dir` (inside the work tree) that differ from HEAD,
    /// staged or not, untracked included; relative to the work tree.
    pub fn uncommitted_under(&self, dir: &Path) -> Result<Vec<String>, GitError> {
        let canonical = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
        let rel = canonical(dir)
            .strip_prefix(canonical(&self.workdir))
            .map(|p| p.to_string_lossy().replace('\\', "/"))
            .map_err(|_| GitError::PathOutsideWorkTree {
                path: dir.to_path_buf(),
                workdir: self.workdir.clone(),
            })?;
        let mut options = StatusOptions::new();
        options
            .include_untracked(true)
            .recurse_untracked_dirs(true)
            .include_ignored(false);
        if !rel.is_empty() {
            options.pathspec(&rel);
        }
        let statuses = self
            .repo
            .statuses(Some(&mut options))
            .map_err(git_error(crate::t!("cli-git-do-read-plan-status")))?;
        Ok(statuses
            .iter()
            .filter(|s| s.status() != Status::CURRENT && !s.status().contains(Status::IGNORED))
            .filter_map(|s| s.path().ok().map(str::to_string))
            .collect())
    }

    /// The paths in conflict in the index (a merge that stopped).
    pub fn conflicted_paths(&self) -> Result<Vec<String>, GitError> {
        // git changed the index after this repository was opened: read it again.
        let index = self.fresh_index()?;
        let conflicts = index
            .conflicts()
            .map_err(git_error(crate::t!("cli-git-do-read-conflicts")))?;
        let mut out = Vec::new();
        for conflict in conflicts.flatten() {
            let entry = conflict.our.or(conflict.their).or(conflict.ancestor);
            if let Some(entry) = entry {
                let path = String::from_utf8_lossy(&entry.path).into_owned();
                if !out.contains(&path) {
                    out.push(path);
                }
            }
        }
        Ok(out)
    }

    /// Whether a merge is in progress (MERGE_HEAD exists).
    pub fn merging(&self) -> bool {
        self.repo.state() == git2::RepositoryState::Merge
    }
}
