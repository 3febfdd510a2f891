//! What `git commit` would do that charter's commits through libgit2 do
//! not: run a clean filter named in `.gitattributes` (git-crypt, LFS). A
//! save of a plan file under one is refused before anything is written,
//! with the file and the attribute named: committing around the filter
//! would put plaintext secrets or whole large files in history.
//!
//! The `text`, `eol` and `ident` attributes (and `core.autocrlf`) need no
//! refusal: libgit2 applies them itself when it stages a file.

use std::path::{Path, PathBuf};

use git2::{AttrCheckFlags, AttrValue};

use super::{git_error, GitError, Repo};

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
                    .map_err(git_error(format!("read the attributes of {rel}")))?;
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
}
