//! Reading where the history stands: HEAD, tags, whether a file differs
//! from its last commit. Read-only: nothing here writes to the repository.

use std::path::Path;

use git2::{ErrorCode, ObjectType, Oid, Status};

use super::{git_error, GitError, Repo};

impl Repo {
    /// The commit HEAD points to, or `None` on an unborn branch.
    pub fn head_id(&self) -> Result<Option<Oid>, GitError> {
        Ok(self.head_commit()?.map(|c| c.id()))
    }

    /// The commit the tag `name` points to (through an annotated tag), or
    /// `None` when there is no such tag.
    pub fn tag_commit(&self, name: &str) -> Result<Option<Oid>, GitError> {
        let reference = match self.repo.find_reference(&format!("refs/tags/{name}")) {
            Ok(reference) => reference,
            Err(e) if matches!(e.code(), ErrorCode::NotFound | ErrorCode::InvalidSpec) => {
                return Ok(None)
            }
            Err(e) => {
                return Err(git_error(crate::t!(
                    "cli-git-do-read-tag",
                    name = name.to_string()
                ))(e))
            }
        };
        let commit = reference.peel_to_commit().map_err(git_error(crate::t!(
            "cli-git-do-read-tag-commit",
            name = name.to_string()
        )))?;
        Ok(Some(commit.id()))
    }

    /// Whether HEAD's tree holds the file at `path` (inside the work tree):
    /// false on an unborn branch and for a file never committed.
    pub fn in_head(&self, path: &Path) -> Result<bool, GitError> {
        let target = self.resolve_target(path)?;
        let Some(head) = self.head_commit()? else {
            return Ok(false);
        };
        let tree = head
            .tree()
            .map_err(git_error(crate::t!("cli-git-do-read-head-tree")))?;
        match tree.get_path(Path::new(&target.rel)) {
            Ok(_) => Ok(true),
            Err(e) if e.code() == ErrorCode::NotFound => Ok(false),
            Err(e) => Err(git_error(crate::t!(
                "cli-git-do-look-in-head",
                file = target.rel.as_str()
            ))(e)),
        }
    }

    /// The id and content of the file at `path` (inside the work tree) as
    /// HEAD holds it, or `None` when HEAD does not hold it (or there is no
    /// commit yet).
    pub fn head_blob(&self, path: &Path) -> Result<Option<(Oid, Vec<u8>)>, GitError> {
        let Some(id) = self.head_blob_id(path)? else {
            return Ok(None);
        };
        let target = self.resolve_target(path)?;
        let blob = self.repo.find_blob(id).map_err(git_error(crate::t!(
            "cli-git-do-read-in-head",
            file = target.rel.as_str()
        )))?;
        Ok(Some((id, blob.content().to_vec())))
    }

    /// [`Repo::head_blob`]'s id alone, which HEAD's tree names without
    /// the content being read (a big file is compared by id first).
    pub fn head_blob_id(&self, path: &Path) -> Result<Option<Oid>, GitError> {
        let target = self.resolve_target(path)?;
        let Some(head) = self.head_commit()? else {
            return Ok(None);
        };
        let tree = head
            .tree()
            .map_err(git_error(crate::t!("cli-git-do-read-head-tree")))?;
        match tree.get_path(Path::new(&target.rel)) {
            Ok(entry) if entry.kind() == Some(ObjectType::Blob) => Ok(Some(entry.id())),
            Ok(_) => Ok(None),
            Err(e) if e.code() == ErrorCode::NotFound => Ok(None),
            Err(e) => Err(git_error(crate::t!(
                "cli-git-do-look-in-head",
                file = target.rel.as_str()
            ))(e)),
        }
    }

    /// Whether HEAD points at a commit directly rather than at a branch:
    /// a commit made there belongs to no branch.
    pub fn head_detached(&self) -> bool {
        self.repo.head_detached().unwrap_or(false)
    }

    /// Whether the file at `path` (inside the work tree) differs from its
    /// version in HEAD, in the work tree or in the index: added, changed or
    /// deleted since the last commit. A path in neither is unchanged.
    pub fn changed_since_head(&self, path: &Path) -> Result<bool, GitError> {
        let target = self.resolve_target(path)?;
        let status = match self.repo.status_file(Path::new(&target.rel)) {
            Ok(status) => status,
            Err(e) if e.code() == ErrorCode::NotFound => return Ok(false),
            Err(e) => {
                return Err(git_error(crate::t!(
                    "cli-git-do-read-status",
                    file = target.rel.as_str()
                ))(e))
            }
        };
        Ok(status.intersects(
            Status::INDEX_NEW
                | Status::INDEX_MODIFIED
                | Status::INDEX_DELETED
                | Status::INDEX_RENAMED
                | Status::INDEX_TYPECHANGE
                | Status::WT_NEW
                | Status::WT_MODIFIED
                | Status::WT_DELETED
                | Status::WT_RENAMED
                | Status::WT_TYPECHANGE
                | Status::IGNORED,
        ))
    }
}
