//! Links in a plan folder: a plan cloned from someone else may hold links
//! that lead out of the plan (to a user's files, to /dev/zero) or into the
//! repository's `.git` folder (its config, its hooks). charter reads and
//! writes a plan path only when every link on the way to it, folders
//! included, stays inside the plan folder and out of `.git`; a link that
//! does is followed, as a person who split a file with links expects.

use std::fs;
use std::path::{Component, Path};

/// Why a path of the plan may not be read or written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Escape {
    /// A link on the way leads out of the plan folder.
    Outside,
    /// A link on the way leads into a `.git` folder.
    IntoGit,
    /// A link on the way leads nowhere (what it names does not exist), so
    /// a write would create a file wherever it points.
    Dangling,
}

impl Escape {
    /// The problem, worded for a message about `what` ("the file", "the folder").
    pub fn describe(self, what: &str) -> String {
        match self {
            Escape::Outside => {
                format!("{what} is, or lies behind, a link to somewhere outside the plan folder")
            }
            Escape::IntoGit => {
                format!("{what} is, or lies behind, a link into the repository's .git folder")
            }
            Escape::Dangling => format!("{what} is, or lies behind, a link to nothing"),
        }
    }
}

/// Checks `rel` (relative to the plan folder `root`): each of its leading
/// parts that exists and is a link must resolve inside `root` and outside
/// any `.git` folder. Parts that do not exist yet are fine: charter creates
/// them as plain folders and files.
pub fn check(root: &Path, rel: &Path) -> Result<(), Escape> {
    let mut at = root.to_path_buf();
    let mut root_resolved = None;
    for part in rel.components() {
        match part {
            Component::Normal(name) => at.push(name),
            // Plan paths are plain names; anything else is not one of them.
            _ => return Err(Escape::Outside),
        }
        let meta = match fs::symlink_metadata(&at) {
            Ok(meta) => meta,
            Err(_) => return Ok(()),
        };
        if !meta.file_type().is_symlink() {
            continue;
        }
        let target = match fs::canonicalize(&at) {
            Ok(target) => target,
            Err(_) => return Err(Escape::Dangling),
        };
        if root_resolved.is_none() {
            root_resolved = Some(fs::canonicalize(root).map_err(|_| Escape::Outside)?);
        }
        let Some(root) = root_resolved.as_deref() else {
            return Err(Escape::Outside);
        };
        let Ok(inside) = target.strip_prefix(root) else {
            return Err(Escape::Outside);
        };
        if inside
            .components()
            .any(|c| c.as_os_str().eq_ignore_ascii_case(".git"))
        {
            return Err(Escape::IntoGit);
        }
    }
    Ok(())
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    #[test]
    fn plain_files_and_links_inside_pass() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir_all(root.join("parts")).unwrap();
        fs::write(root.join("parts/goals.yaml"), "").unwrap();
        symlink("parts/goals.yaml", root.join("goals.yaml")).unwrap();
        symlink("parts", root.join("reviews")).unwrap();
        assert_eq!(check(root, Path::new("goals.yaml")), Ok(()));
        assert_eq!(check(root, Path::new("reviews/2026-01-01.yaml")), Ok(()));
        assert_eq!(check(root, Path::new("missing/deeper.yaml")), Ok(()));
    }

    #[test]
    fn a_folder_linked_outside_is_caught_for_every_file_behind_it() {
        let dir = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        let root = dir.path();
        symlink(outside.path(), root.join("reviews")).unwrap();
        assert_eq!(check(root, Path::new("reviews")), Err(Escape::Outside));
        assert_eq!(
            check(root, Path::new("reviews/2026-01-01.yaml")),
            Err(Escape::Outside)
        );
    }

    #[test]
    fn links_into_git_and_to_nothing_are_caught() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir_all(root.join(".git")).unwrap();
        fs::write(root.join(".git/config"), "").unwrap();
        symlink(".git/config", root.join("goals.yaml")).unwrap();
        symlink(".git", root.join("reviews")).unwrap();
        symlink("nowhere.yaml", root.join("metrics.yaml")).unwrap();
        assert_eq!(check(root, Path::new("goals.yaml")), Err(Escape::IntoGit));
        assert_eq!(
            check(root, Path::new("reviews/x.yaml")),
            Err(Escape::IntoGit)
        );
        assert_eq!(
            check(root, Path::new("metrics.yaml")),
            Err(Escape::Dangling)
        );
    }
}
