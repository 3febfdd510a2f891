//! What `git commit` and `git tag` would do that charter's commits through
//! libgit2 do not: run a clean filter named in `.gitattributes` (git-crypt,
//! LFS), run the repository's commit hooks, sign. A save in a repository
//! that asks for one of them is refused before anything is written, with
//! the file, hook or setting named: committing around them would put
//! plaintext secrets in history, skip the checks the repository's owners
//! set up, or make unsigned commits where signed ones are expected.
//!
//! The `text`, `eol` and `ident` attributes (and `core.autocrlf`) need no
//! refusal: libgit2 applies them itself when it stages a file.

use std::fs;
use std::path::{Path, PathBuf};

use git2::{AttrCheckFlags, AttrValue};

use super::{git_error, GitError, Repo};

/// The hooks `git commit` runs.
const COMMIT_HOOKS: [&str; 4] = [
    "pre-commit",
    "prepare-commit-msg",
    "commit-msg",
    "post-commit",
];

impl Repo {
    /// Fails on the first of `paths` (files inside the work tree) whose
    /// attributes ask git for a conversion libgit2 does not make: a
    /// `filter` driver or a `working-tree-encoding`.
    pub fn check_no_filters(&self, paths: &[PathBuf]) -> Result<(), GitError> {
        for path in paths {
            let rel = self.resolve_target(path)?.rel;
            for name in ["filter", "working-tree-encoding"] {
                let value = self
                    .repo
                    .get_attr(Path::new(&rel), name, AttrCheckFlags::FILE_THEN_INDEX)
                    .map_err(git_error(crate::t!(
                        "cli-git-do-read-attributes",
                        file = rel.to_string()
                    )))?;
                if let AttrValue::String(value) = AttrValue::from_string(value) {
                    return Err(GitError::UnsupportedAttribute {
                        rel,
                        attribute: format!("{name}={value}"),
                    });
                }
            }
        }
        Ok(())
    }

    /// Fails when `git commit` here would run a hook or sign the commit.
    pub fn check_commit_settings(&self) -> Result<(), GitError> {
        if let Some((hook, path)) = self.active_commit_hook()? {
            return Err(GitError::HookActive { hook, path });
        }
        if self.config_bool("commit.gpgsign")? {
            return Err(GitError::SigningRequired {
                key: "commit.gpgsign",
                what: "commits",
            });
        }
        Ok(())
    }

    /// Fails when `git tag -a` here would sign the tag.
    pub fn check_tag_settings(&self) -> Result<(), GitError> {
        for key in ["tag.gpgsign", "tag.forcesignannotated"] {
            if self.config_bool(key)? {
                return Err(GitError::SigningRequired { key, what: "tags" });
            }
        }
        Ok(())
    }

    fn config_bool(&self, key: &str) -> Result<bool, GitError> {
        let config = self
            .repo
            .config()
            .and_then(|mut c| c.snapshot())
            .map_err(git_error(crate::t!("cli-git-do-read-config")))?;
        match config.get_bool(key) {
            Ok(value) => Ok(value),
            Err(e) if e.code() == git2::ErrorCode::NotFound => Ok(false),
            Err(e) => Err(git_error(crate::t!(
                "cli-git-do-read",
                name = key.to_string()
            ))(e)),
        }
    }

    /// The first commit hook git would run: an executable file of that
    /// name in `core.hooksPath` (relative to the work tree, as git takes
    /// it), else in the repository's `hooks` folder.
    fn active_commit_hook(&self) -> Result<Option<(&'static str, PathBuf)>, GitError> {
        let config = self
            .repo
            .config()
            .and_then(|mut c| c.snapshot())
            .map_err(git_error(crate::t!("cli-git-do-read-config")))?;
        let dir = match config.get_path("core.hookspath") {
            Ok(dir) if dir.is_absolute() => dir,
            Ok(dir) => self.workdir.join(dir),
            Err(_) => self.repo.commondir().join("hooks"),
        };
        Ok(COMMIT_HOOKS
            .iter()
            .map(|hook| (*hook, dir.join(hook)))
            .find(|(_, path)| executable(path)))
    }
}

/// Whether git would run `path` as a hook: a file (or a link to one) that
/// is executable.
fn executable(path: &Path) -> bool {
    let Ok(meta) = fs::metadata(path) else {
        return false;
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        meta.is_file() && meta.permissions().mode() & 0o111 != 0
    }
    #[cfg(not(unix))]
    {
        meta.is_file()
    }
}
