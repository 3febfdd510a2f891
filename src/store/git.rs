//! The git layer: every git2 call charter makes to write history lives here,
//! behind plain blocking functions that return typed errors.
//!
//! Its one promise (DESIGN §4): a commit made by charter holds exactly the
//! files it was asked to commit, on top of HEAD, and leaves every other staged
//! or unstaged change in the repository exactly as it found it. It must never
//! commit through the index as it stands (`git commit -a` style), never touch
//! index entries of other paths, and never leave an `index.lock` of its own
//! behind.
//!
//! Nothing here knows about plans or YAML: callers pass paths and a message.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

use chrono::{DateTime, FixedOffset};
use git2::build::TreeUpdateBuilder;
use git2::{
    Commit, ErrorCode, FileMode, Index, ObjectType, Reference, Repository, RepositoryInitOptions,
    RepositoryOpenFlags, RepositoryState, Signature, Time, Tree,
};

/// What can go wrong in the git layer. Each message says what is wrong and
/// what the user can do about it.
#[derive(Debug, thiserror::Error)]
pub enum GitError {
    #[error("{}", crate::t!("cli-git-not-owner", path = .path.display().to_string()))]
    NotOwner { path: PathBuf },

    #[error("{}", crate::t!("cli-git-bare", path = .path.display().to_string()))]
    Bare { path: PathBuf },

    /// `operation` names the operation (`merge`, `rebase`…): its words
    /// and how to finish it are the messages `cli-git-op-OPERATION` and
    /// `cli-git-op-OPERATION-hint`.
    #[error("{}", crate::t!(
        "cli-git-operation-in-progress",
        operation = crate::i18n::message(&format!("cli-git-op-{operation}"), None),
        hint = crate::i18n::message(&format!("cli-git-op-{operation}-hint"), None),
        workdir = .workdir.display().to_string()
    ))]
    OperationInProgress {
        operation: &'static str,
        workdir: PathBuf,
    },

    #[error("{}", crate::t!("cli-git-index-locked", lock = .lock.display().to_string()))]
    IndexLocked { lock: PathBuf },

    #[error("{}", crate::t!(
        "cli-git-refs-locked",
        locks = .locks.iter().map(|l| l.display().to_string()).collect::<Vec<_>>().join(", "),
        count = .locks.len()
    ))]
    RefsLocked { locks: Vec<PathBuf> },

    #[error("{}", missing_identity_message(*.name, *.email))]
    MissingIdentity { name: bool, email: bool },

    #[error("{}", crate::t!("cli-git-invalid-identity", error = .source.to_string()))]
    InvalidIdentity { source: git2::Error },

    #[error("{}", crate::t!(
        "cli-git-invalid-date-var",
        var = *.var,
        value = format!("{:?}", .value)
    ))]
    InvalidDateVar { var: &'static str, value: String },

    #[error("{}", crate::t!("cli-git-empty-message"))]
    EmptyMessage,

    #[error("{}", crate::t!(
        "cli-git-outside-work-tree",
        path = .path.display().to_string(),
        workdir = .workdir.display().to_string()
    ))]
    PathOutsideWorkTree { path: PathBuf, workdir: PathBuf },

    #[error("{}", crate::t!("cli-git-in-git-dir", path = .path.display().to_string()))]
    PathInGitDir { path: PathBuf },

    #[error("{}", crate::t!("cli-git-symlink", path = .path.display().to_string()))]
    Symlink { path: PathBuf },

    #[error("{}", crate::t!("cli-git-is-folder", path = .path.display().to_string()))]
    PathIsDirectory { path: PathBuf },

    #[error("{}", crate::t!("cli-git-not-utf8", path = .path.display().to_string()))]
    PathNotUtf8 { path: PathBuf },

    /// `action` in the language shown, as made.
    #[error("{}", crate::t!(
        "cli-git-io",
        action = .action.as_str(),
        path = .path.display().to_string(),
        error = .source.to_string()
    ))]
    Io {
        action: String,
        path: PathBuf,
        source: io::Error,
    },

    #[error("{}", crate::t!("cli-git-head-moved"))]
    HeadMoved { source: git2::Error },

    #[error("{}", crate::t!("cli-git-tag-exists", name = .name.as_str()))]
    TagExists { name: String },

    #[error("{}", crate::t!("cli-git-invalid-tag-name", name = format!("{:?}", .name)))]
    InvalidTagName { name: String },

    #[error("{}", crate::t!("cli-git-tag-target-missing", target = .target.to_string()))]
    TagTargetMissing { target: Oid },

    #[error("{}", crate::t!(
        "cli-git-index-not-updated",
        commit = .commit.to_string(),
        paths = .paths.as_str(),
        error = .source.to_string()
    ))]
    IndexNotUpdated {
        commit: Oid,
        paths: String,
        source: git2::Error,
    },

    #[error("{}", hidden_message(.rel, *.how, .top.as_deref()))]
    HiddenFromWorkTree {
        /// The file, relative to the work tree.
        rel: String,
        how: Hidden,
        /// The work tree, when the file is in a folder of it (git's
        /// commands below take the path from there).
        top: Option<PathBuf>,
    },

    #[error("{}", crate::t!(
        "cli-git-missing-from-work-tree",
        rel = .rel.as_str(),
        from = from_top(.top.as_deref())
    ))]
    MissingFromWorkTree { rel: String, top: Option<PathBuf> },

    #[error("{}", crate::t!(
        "cli-git-unsupported-attribute",
        rel = .rel.as_str(),
        attribute = .attribute.as_str()
    ))]
    UnsupportedAttribute { rel: String, attribute: String },

    #[error("{}", crate::t!(
        "cli-git-hook-active",
        hook = *.hook,
        path = .path.display().to_string()
    ))]
    HookActive { hook: &'static str, path: PathBuf },

    /// `what` is `commits` or `tags`: what cannot be signed, and how to
    /// do it by hand, are the messages `cli-git-sign-WHAT` and
    /// `cli-git-sign-WHAT-by-hand`.
    #[error("{}", crate::t!(
        "cli-git-signing-required",
        key = *.key,
        what = crate::i18n::message(&format!("cli-git-sign-{what}"), None),
        by_hand = crate::i18n::message(&format!("cli-git-sign-{what}-by-hand"), None)
    ))]
    SigningRequired {
        key: &'static str,
        what: &'static str,
    },

    /// `action` in the language shown, as made; git's own message after it
    /// as git says it.
    #[error("{}", crate::t!(
        "cli-git-failed",
        action = .action.as_str(),
        error = .source.to_string()
    ))]
    Git { action: String, source: git2::Error },
}

fn missing_identity_message(name: bool, email: bool) -> String {
    let what = match (name, email) {
        (true, true) => "user.name, user.email",
        (true, false) => "user.name",
        _ => "user.email",
    };
    let mut commands = Vec::new();
    if name {
        commands.push("git config --global user.name \"Your Name\"");
    }
    if email {
        commands.push("git config --global user.email \"you@example.com\"");
    }
    crate::t!(
        "cli-git-missing-identity",
        unset = what,
        count = commands.len(),
        // Indented here: the catalogue trims leading spaces of a line.
        commands = format!("  {}", commands.join("\n  "))
    )
}

fn hidden_message(rel: &str, how: Hidden, top: Option<&Path>) -> String {
    let from = from_top(top);
    match how {
        Hidden::SkipWorktree => crate::t!("cli-git-skip-worktree", rel = rel, from = from),
        Hidden::AssumeUnchanged => crate::t!("cli-git-assume-unchanged", rel = rel, from = from),
    }
}

/// Where git's commands naming a path relative to the work tree must run.
fn from_top(top: Option<&Path>) -> String {
    top.map(|t| {
        format!(
            " {}",
            crate::t!("cli-git-run-them-in", dir = t.display().to_string())
        )
    })
    .unwrap_or_default()
}

pub use crate::domain::words::short_id;

/// Wraps a git2 error with what charter was trying to do.
fn git_error(action: impl Into<String>) -> impl FnOnce(git2::Error) -> GitError {
    let action = action.into();
    move |source| GitError::Git { action, source }
}

fn io_error(action: String, path: &Path) -> impl FnOnce(io::Error) -> GitError {
    let path = path.to_path_buf();
    move |source| GitError::Io {
        action,
        path,
        source,
    }
}

/// Where `GIT_AUTHOR_NAME` and friends come from.
enum Environment {
    /// The process environment, as git itself reads it.
    Process,
    /// Only these variables (hermetic tests, embedding).
    Fixed(Vec<(String, String)>),
}

impl Environment {
    /// The variable's value; an empty value counts as unset.
    fn var(&self, key: &str) -> Option<String> {
        let value = match self {
            Environment::Process => std::env::var(key).ok(),
            Environment::Fixed(vars) => vars.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone()),
        };
        value.filter(|v| !v.trim().is_empty())
    }
}

/// A git repository with a work tree, opened for charter.
pub struct Repo {
    repo: Repository,
    workdir: PathBuf,
    env: Environment,
}

impl std::fmt::Debug for Repo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Repo")
            .field("workdir", &self.workdir)
            .finish_non_exhaustive()
    }
}

/// The repository whose work tree contains `path`, or `Ok(None)` when `path`
/// is in no git work tree. `path` need not exist yet (`charter new DIR`): the
/// search starts at its nearest existing ancestor. `GIT_CEILING_DIRECTORIES`
/// is honoured as git honours it.
pub fn discover(path: &Path) -> Result<Option<Repo>, GitError> {
    let absolute =
        std::path::absolute(path).map_err(io_error(crate::t!("cli-git-do-resolve"), path))?;
    let start = absolute
        .ancestors()
        .find(|p| p.exists())
        .unwrap_or(&absolute);
    let ceilings: Vec<PathBuf> = std::env::var_os("GIT_CEILING_DIRECTORIES")
        .map(|v| std::env::split_paths(&v).collect())
        .unwrap_or_default();
    match Repository::open_ext(start, RepositoryOpenFlags::empty(), &ceilings) {
        Ok(repo) => Repo::from_git2(repo).map(Some),
        Err(e) if e.code() == ErrorCode::NotFound => Ok(None),
        Err(e) if e.code() == ErrorCode::Owner => Err(GitError::NotOwner {
            path: start.to_path_buf(),
        }),
        Err(e) => Err(git_error(crate::t!(
            "cli-git-do-open-repository",
            dir = start.display().to_string()
        ))(e)),
    }
}

/// `git init` at `dir` (creating it and its parents); the initial branch is
/// `main` whatever `init.defaultBranch` says, so new plans look the same
/// everywhere.
pub fn init(dir: &Path) -> Result<Repo, GitError> {
    fs::create_dir_all(dir).map_err(io_error(crate::t!("cli-git-do-create-folder"), dir))?;
    let mut options = RepositoryInitOptions::new();
    options.initial_head("main").mkdir(true).mkpath(true);
    let repo = Repository::init_opts(dir, &options).map_err(git_error(crate::t!(
        "cli-git-do-create-repository",
        dir = dir.display().to_string()
    )))?;
    Repo::from_git2(repo)
}

/// The author and committer names and emails, resolved as git resolves them.
struct Identity {
    author_name: String,
    author_email: String,
    committer_name: String,
    committer_email: String,
}

/// One file to commit, relative to the work tree.
struct Target {
    /// `/`-separated path inside the work tree, as git stores it.
    rel: String,
    /// Whether a regular file is there now; if not, the path leaves the tree.
    present: bool,
}

/// Holds `index.lock` while charter reads, changes and commits the index, so
/// that no other git process changes the index in between; removed on drop,
/// so every error path releases it.
struct IndexLock {
    path: PathBuf,
}

impl IndexLock {
    fn acquire(path: PathBuf) -> Result<Self, GitError> {
        match fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
        {
            Ok(_) => Ok(IndexLock { path }),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                Err(GitError::IndexLocked { lock: path })
            }
            Err(source) => Err(GitError::Io {
                action: crate::t!("cli-git-do-create"),
                path,
                source,
            }),
        }
    }
}

impl Drop for IndexLock {
    fn drop(&mut self) {
        // Nothing better can be done in drop; a lock left behind is reported
        // with instructions by the next `check_ready`.
        let _ = fs::remove_file(&self.path);
    }
}

impl Repo {
    fn from_git2(repo: Repository) -> Result<Repo, GitError> {
        let workdir = match repo.workdir() {
            Some(dir) if !repo.is_bare() => dir.components().collect(),
            _ => {
                return Err(GitError::Bare {
                    path: repo.path().components().collect(),
                })
            }
        };
        Ok(Repo {
            repo,
            workdir,
            env: Environment::Process,
        })
    }

    /// Reads `GIT_AUTHOR_NAME`, `GIT_AUTHOR_EMAIL`, `GIT_AUTHOR_DATE`, the
    /// `GIT_COMMITTER_*` equivalents and `EMAIL` from `vars` only, instead of
    /// the process environment: for hermetic tests and for embedding.
    pub fn with_environment(mut self, vars: &[(&str, &str)]) -> Repo {
        self.env = Environment::Fixed(
            vars.iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        );
        self
    }

    /// The root of the work tree.
    pub fn workdir(&self) -> &Path {
        &self.workdir
    }

    /// The underlying git2 repository, for read-only helpers elsewhere in the
    /// store (log, blobs at a revision).
    pub fn git2(&self) -> &Repository {
        &self.repo
    }

    fn index_lock_path(&self) -> PathBuf {
        // `repo.path()` is the git dir: `.git/`, or `.git/worktrees/NAME/` in
        // a linked worktree, which has its own index.
        self.repo.path().join("index.lock")
    }

    /// Sets user.name and/or user.email in this repository's own config
    /// (never the user's global one).
    pub fn set_local_identity(
        &self,
        name: Option<&str>,
        email: Option<&str>,
    ) -> Result<(), GitError> {
        let mut config = self
            .repo
            .config()
            .and_then(|c| c.open_level(git2::ConfigLevel::Local))
            .map_err(git_error(crate::t!("cli-git-do-open-config")))?;
        if let Some(name) = name {
            config
                .set_str("user.name", name)
                .map_err(git_error(crate::t!("cli-git-do-set", key = "user.name")))?;
        }
        if let Some(email) = email {
            config
                .set_str("user.email", email)
                .map_err(git_error(crate::t!("cli-git-do-set", key = "user.email")))?;
        }
        Ok(())
    }

    /// Fails with a clear error when a commit cannot be made safely: a bare
    /// repository, a merge, rebase, cherry-pick, revert, bisect or `git am` in
    /// progress, an existing `index.lock`, or no configured identity.
    pub fn check_ready(&self) -> Result<(), GitError> {
        if self.repo.is_bare() {
            return Err(GitError::Bare {
                path: self.repo.path().to_path_buf(),
            });
        }
        if let Some(operation) = operation_in_progress(self.repo.state()) {
            return Err(GitError::OperationInProgress {
                operation,
                workdir: self.workdir.clone(),
            });
        }
        let lock = self.index_lock_path();
        let mut locks: Vec<PathBuf> = self.ref_lock_paths();
        if fs::symlink_metadata(&lock).is_ok() {
            if locks.is_empty() {
                return Err(GitError::IndexLocked { lock });
            }
            locks.insert(0, lock);
        }
        if !locks.is_empty() {
            return Err(GitError::RefsLocked { locks });
        }
        self.identity().map(|_| ())
    }

    /// Lock files of the refs a commit moves (HEAD, its branch, packed
    /// refs) that exist now: a git process was stopped while moving them.
    fn ref_lock_paths(&self) -> Vec<PathBuf> {
        let common = self.repo.commondir().to_path_buf();
        let mut candidates = vec![
            self.repo.path().join("HEAD.lock"),
            common.join("packed-refs.lock"),
        ];
        if let Ok(head) = self.repo.find_reference("HEAD") {
            if let Ok(Some(target)) = head.symbolic_target() {
                candidates.push(common.join(format!("{target}.lock")));
            }
        }
        candidates
            .into_iter()
            .filter(|p| fs::symlink_metadata(p).is_ok())
            .collect()
    }

    /// Commits exactly `paths` on top of HEAD and returns the new commit, or
    /// `Ok(None)` when their content already matches HEAD (no commit is made).
    ///
    /// `paths` are files inside the work tree (relative paths are taken from
    /// the current directory); a path whose file no longer exists leaves the
    /// tree. Works on an unborn branch (first commit) and on a detached HEAD.
    /// The new tree is HEAD's tree with only those paths replaced: other staged
    /// and unstaged changes are not included and stay exactly as they were;
    /// the index entries of the committed paths are updated to match the
    /// commit, so `git status` shows them clean. Author and committer come
    /// from the repository's configuration (and `GIT_AUTHOR_*` /
    /// `GIT_COMMITTER_*`, as with git); when `when` is given both times are
    /// that instant.
    pub fn commit_paths(
        &self,
        paths: &[PathBuf],
        message: &str,
        when: Option<DateTime<FixedOffset>>,
    ) -> Result<Option<Oid>, GitError> {
        self.check_ready()?;
        let message = git2::message_prettify(message, None)
            .map_err(git_error(crate::t!("cli-git-do-read-commit-message")))?;
        if message.trim().is_empty() {
            return Err(GitError::EmptyMessage);
        }
        let mut targets = BTreeMap::new();
        for path in paths {
            let target = self.resolve_target(path)?;
            targets.insert(target.rel.clone(), target);
        }
        let (author, committer) = self.signatures(when)?;

        let lock = IndexLock::acquire(self.index_lock_path())?;
        let mut index = self
            .repo
            .index()
            .map_err(git_error(crate::t!("cli-git-do-read-index")))?;
        let result =
            self.commit_locked(&mut index, targets.values(), &message, &author, &committer);
        let commit = match result {
            Ok(Some(commit)) => commit,
            other => {
                // Forget the staged entries in memory: the index file on disk
                // was never written.
                let _ = index.read(true);
                return other;
            }
        };
        // libgit2 takes index.lock itself to write the index, so ours goes
        // first; until now it kept other git processes off the index.
        drop(lock);
        if let Err(source) = index.write() {
            let _ = index.read(true);
            return Err(GitError::IndexNotUpdated {
                commit,
                paths: targets.keys().cloned().collect::<Vec<_>>().join(" "),
                source,
            });
        }
        Ok(Some(commit))
    }

    /// Stages `targets` in the in-memory `index`, builds HEAD's tree with only
    /// them replaced, and commits it. The index is not written here.
    fn commit_locked<'a>(
        &self,
        index: &mut Index,
        targets: impl Iterator<Item = &'a Target>,
        message: &str,
        author: &Signature<'_>,
        committer: &Signature<'_>,
    ) -> Result<Option<Oid>, GitError> {
        index
            .read(true)
            .map_err(git_error(crate::t!("cli-git-do-read-index")))?;
        let parent = self.head_commit()?;
        let base = match &parent {
            Some(commit) => commit
                .tree()
                .map_err(git_error(crate::t!("cli-git-do-read-head-tree")))?,
            None => self.empty_tree()?,
        };
        let mut update = TreeUpdateBuilder::new();
        for target in targets {
            let rel = Path::new(&target.rel);
            if target.present {
                // Staging through the index gives the blob git would store
                // (libgit2 applies `text`, `eol` and `ident`; filter drivers
                // are refused before any save, see `unsupported`) and fresh
                // stat data for `git status`.
                index.add_path(rel).map_err(git_error(crate::t!(
                    "cli-git-do-stage",
                    file = target.rel.as_str()
                )))?;
                let entry = index.get_path(rel, 0).ok_or_else(|| GitError::Git {
                    action: crate::t!("cli-git-do-stage", file = target.rel.as_str()),
                    source: git2::Error::from_str(&crate::t!("cli-git-missing-after-staging")),
                })?;
                let mode = if entry.mode == u32::from(FileMode::BlobExecutable) {
                    FileMode::BlobExecutable
                } else {
                    FileMode::Blob
                };
                update.upsert(target.rel.as_str(), entry.id, mode);
            } else {
                index.remove_path(rel).map_err(git_error(crate::t!(
                    "cli-git-do-unstage",
                    file = target.rel.as_str()
                )))?;
                match base.get_path(rel) {
                    Ok(entry) if entry.kind() == Some(ObjectType::Tree) => {
                        return Err(GitError::PathIsDirectory {
                            path: self.workdir.join(rel),
                        })
                    }
                    Ok(_) => {
                        update.remove(target.rel.as_str());
                    }
                    // Neither in HEAD nor on disk: nothing to remove.
                    Err(_) => {}
                }
            }
        }
        let tree_id = update
            .create_updated(&self.repo, &base)
            .map_err(git_error(crate::t!("cli-git-do-build-tree")))?;
        if tree_id == base.id() {
            return Ok(None);
        }
        let tree = self
            .repo
            .find_tree(tree_id)
            .map_err(git_error(crate::t!("cli-git-do-read-new-tree")))?;
        let parents: Vec<&Commit<'_>> = parent.iter().collect();
        match self
            .repo
            .commit(Some("HEAD"), author, committer, message, &tree, &parents)
        {
            Ok(oid) => Ok(Some(oid)),
            Err(source) if source.code() == ErrorCode::Modified => {
                Err(GitError::HeadMoved { source })
            }
            Err(source) => Err(GitError::Git {
                action: crate::t!("cli-git-do-commit"),
                source,
            }),
        }
    }

    /// Creates an annotated tag `name` on `target` (reviews: `review/2026-03-31`),
    /// tagged now by the configured committer.
    pub fn tag_annotated(&self, name: &str, target: Oid, message: &str) -> Result<(), GitError> {
        self.tag_annotated_at(name, target, message, None)
    }

    /// [`Repo::tag_annotated`] with the tagger time set to `when` when given
    /// (demo histories with reviews at their own dates).
    pub fn tag_annotated_at(
        &self,
        name: &str,
        target: Oid,
        message: &str,
        when: Option<DateTime<FixedOffset>>,
    ) -> Result<(), GitError> {
        let refname = format!("refs/tags/{name}");
        if name.is_empty() || !Reference::is_valid_name(&refname) {
            return Err(GitError::InvalidTagName {
                name: name.to_string(),
            });
        }
        if self.repo.find_reference(&refname).is_ok() {
            return Err(GitError::TagExists {
                name: name.to_string(),
            });
        }
        let object = match self.repo.find_object(target, None) {
            Ok(object) => object,
            Err(e) if e.code() == ErrorCode::NotFound => {
                return Err(GitError::TagTargetMissing { target })
            }
            Err(e) => {
                return Err(git_error(crate::t!(
                    "cli-git-do-read",
                    name = target.to_string()
                ))(e))
            }
        };
        let (_, tagger) = self.signatures(when)?;
        let message = git2::message_prettify(message, None)
            .map_err(git_error(crate::t!("cli-git-do-read-tag-message")))?;
        match self.repo.tag(name, &object, &tagger, &message, false) {
            Ok(_) => Ok(()),
            Err(e) if e.code() == ErrorCode::Exists => Err(GitError::TagExists {
                name: name.to_string(),
            }),
            Err(e) => Err(git_error(crate::t!(
                "cli-git-do-create-tag",
                name = name.to_string()
            ))(e)),
        }
    }

    fn head_commit(&self) -> Result<Option<Commit<'_>>, GitError> {
        match self.repo.head() {
            Ok(head) => head
                .peel_to_commit()
                .map(Some)
                .map_err(git_error(crate::t!("cli-git-do-read-head-commit"))),
            Err(e) if matches!(e.code(), ErrorCode::UnbornBranch | ErrorCode::NotFound) => Ok(None),
            Err(e) => Err(git_error(crate::t!("cli-git-do-read-head"))(e)),
        }
    }

    fn empty_tree(&self) -> Result<Tree<'_>, GitError> {
        let id = self
            .repo
            .treebuilder(None)
            .and_then(|builder| builder.write())
            .map_err(git_error(crate::t!("cli-git-do-write-empty-tree")))?;
        self.repo
            .find_tree(id)
            .map_err(git_error(crate::t!("cli-git-do-read-empty-tree")))
    }

    /// Where `path` is in the work tree, and whether a regular file is there.
    fn resolve_target(&self, path: &Path) -> Result<Target, GitError> {
        let absolute =
            std::path::absolute(path).map_err(io_error(crate::t!("cli-git-do-resolve"), path))?;
        let normal = normalize_lexically(&absolute);
        let outside = || GitError::PathOutsideWorkTree {
            path: path.to_path_buf(),
            workdir: self.workdir.clone(),
        };
        let rel = match normal.strip_prefix(&self.workdir) {
            Ok(rel) => rel.to_path_buf(),
            Err(_) => {
                // The same folder may be reached through a symlink (macOS
                // /tmp → /private/tmp): compare the canonical forms.
                let canonical = canonicalize_existing_prefix(&normal)?;
                let workdir = fs::canonicalize(&self.workdir)
                    .map_err(io_error(crate::t!("cli-git-do-resolve"), &self.workdir))?;
                canonical
                    .strip_prefix(&workdir)
                    .map_err(|_| outside())?
                    .to_path_buf()
            }
        };
        let mut parts = Vec::new();
        for component in rel.components() {
            match component {
                Component::Normal(part) => {
                    parts.push(part.to_str().ok_or_else(|| GitError::PathNotUtf8 {
                        path: path.to_path_buf(),
                    })?)
                }
                _ => return Err(outside()),
            }
        }
        match parts.first() {
            None => {
                return Err(GitError::PathIsDirectory {
                    path: path.to_path_buf(),
                })
            }
            Some(first) if first.eq_ignore_ascii_case(".git") => {
                return Err(GitError::PathInGitDir {
                    path: path.to_path_buf(),
                })
            }
            Some(_) => {}
        }

        // Walk down from the work tree: git never follows a symlink inside
        // it, and neither does charter.
        let mut current = self.workdir.clone();
        let mut present = true;
        for (i, part) in parts.iter().enumerate() {
            current.push(part);
            let last = i + 1 == parts.len();
            match fs::symlink_metadata(&current) {
                Ok(meta) if meta.file_type().is_symlink() => {
                    return Err(GitError::Symlink { path: current })
                }
                Ok(meta) if last && meta.is_dir() => {
                    return Err(GitError::PathIsDirectory { path: current })
                }
                Ok(meta) if !last && !meta.is_dir() => {
                    // A file where a folder should be: the path cannot exist.
                    present = false;
                    break;
                }
                Ok(_) => {}
                Err(e) if e.kind() == io::ErrorKind::NotFound => {
                    present = false;
                    break;
                }
                Err(source) => {
                    return Err(GitError::Io {
                        action: crate::t!("cli-git-do-read-file"),
                        path: current,
                        source,
                    })
                }
            }
        }
        Ok(Target {
            rel: parts.join("/"),
            present,
        })
    }

    /// Author and committer names and emails, in git's order of precedence:
    /// `GIT_AUTHOR_*` / `GIT_COMMITTER_*`, then `author.*` / `committer.*`,
    /// then `user.*`, then `EMAIL` for the email.
    fn identity(&self) -> Result<Identity, GitError> {
        let config = self
            .repo
            .config()
            .and_then(|mut config| config.snapshot())
            .map_err(git_error(crate::t!("cli-git-do-read-config")))?;
        let get = |key: &str| config.get_string(key).ok().filter(|v| !v.trim().is_empty());
        let env = |key: &str| self.env.var(key);
        let user_name = get("user.name");
        let user_email = get("user.email").or_else(|| env("EMAIL"));
        let author_name = env("GIT_AUTHOR_NAME")
            .or_else(|| get("author.name"))
            .or_else(|| user_name.clone());
        let committer_name = env("GIT_COMMITTER_NAME")
            .or_else(|| get("committer.name"))
            .or_else(|| user_name.clone());
        let author_email = env("GIT_AUTHOR_EMAIL")
            .or_else(|| get("author.email"))
            .or_else(|| user_email.clone());
        let committer_email = env("GIT_COMMITTER_EMAIL")
            .or_else(|| get("committer.email"))
            .or_else(|| user_email.clone());
        match (author_name, author_email, committer_name, committer_email) {
            (
                Some(author_name),
                Some(author_email),
                Some(committer_name),
                Some(committer_email),
            ) => Ok(Identity {
                author_name,
                author_email,
                committer_name,
                committer_email,
            }),
            (an, ae, cn, ce) => Err(GitError::MissingIdentity {
                name: an.is_none() || cn.is_none(),
                email: ae.is_none() || ce.is_none(),
            }),
        }
    }

    /// The author and committer signatures: at `when` if given, else at
    /// `GIT_AUTHOR_DATE` / `GIT_COMMITTER_DATE` if set, else now.
    fn signatures(
        &self,
        when: Option<DateTime<FixedOffset>>,
    ) -> Result<(Signature<'static>, Signature<'static>), GitError> {
        let identity = self.identity()?;
        let now = chrono::Local::now().fixed_offset();
        let time_from = |var: &'static str| -> Result<DateTime<FixedOffset>, GitError> {
            if let Some(at) = when {
                return Ok(at);
            }
            match self.env.var(var) {
                Some(value) => {
                    parse_git_date(&value).ok_or(GitError::InvalidDateVar { var, value })
                }
                None => Ok(now),
            }
        };
        let author_time = git_time(time_from("GIT_AUTHOR_DATE")?);
        let committer_time = git_time(time_from("GIT_COMMITTER_DATE")?);
        let author = Signature::new(&identity.author_name, &identity.author_email, &author_time)
            .map_err(|source| GitError::InvalidIdentity { source })?;
        let committer = Signature::new(
            &identity.committer_name,
            &identity.committer_email,
            &committer_time,
        )
        .map_err(|source| GitError::InvalidIdentity { source })?;
        Ok((author, committer))
    }
}

fn git_time(at: DateTime<FixedOffset>) -> Time {
    Time::new(at.timestamp(), at.offset().local_minus_utc() / 60)
}

/// Parses the `GIT_AUTHOR_DATE` forms people use: git's own
/// `<unix seconds> <+hhmm>` (optionally with `@`), RFC 2822, RFC 3339 and
/// ISO 8601 with a space.
fn parse_git_date(value: &str) -> Option<DateTime<FixedOffset>> {
    let value = value.trim();
    if let Some((seconds, zone)) = value.trim_start_matches('@').split_once(' ') {
        if let (Ok(seconds), Ok(zone)) = (seconds.parse::<i64>(), parse_zone(zone)) {
            return DateTime::from_timestamp(seconds, 0).map(|utc| utc.with_timezone(&zone));
        }
    }
    if let Ok(seconds) = value.trim_start_matches('@').parse::<i64>() {
        let utc = FixedOffset::east_opt(0)?;
        return DateTime::from_timestamp(seconds, 0).map(|at| at.with_timezone(&utc));
    }
    DateTime::parse_from_rfc3339(value)
        .or_else(|_| DateTime::parse_from_rfc2822(value))
        .or_else(|_| DateTime::parse_from_str(value, "%Y-%m-%d %H:%M:%S %z"))
        .or_else(|_| DateTime::parse_from_str(value, "%Y-%m-%dT%H:%M:%S%z"))
        .ok()
}

fn parse_zone(zone: &str) -> Result<FixedOffset, ()> {
    let (sign, digits) = match zone.as_bytes().first() {
        Some(b'+') => (1, &zone[1..]),
        Some(b'-') => (-1, &zone[1..]),
        _ => return Err(()),
    };
    if digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(());
    }
    let hours: i32 = digits[..2].parse().map_err(|_| ())?;
    let minutes: i32 = digits[2..].parse().map_err(|_| ())?;
    FixedOffset::east_opt(sign * (hours * 3600 + minutes * 60)).ok_or(())
}

/// The merge, rebase… in progress: its code in `cli-git-op-CODE`.
fn operation_in_progress(state: RepositoryState) -> Option<&'static str> {
    match state {
        RepositoryState::Clean => None,
        RepositoryState::Merge => Some("merge"),
        RepositoryState::Revert | RepositoryState::RevertSequence => Some("revert"),
        RepositoryState::CherryPick | RepositoryState::CherryPickSequence => Some("cherry-pick"),
        RepositoryState::Bisect => Some("bisect"),
        RepositoryState::Rebase
        | RepositoryState::RebaseInteractive
        | RepositoryState::RebaseMerge => Some("rebase"),
        RepositoryState::ApplyMailbox | RepositoryState::ApplyMailboxOrRebase => Some("am"),
    }
}

/// `path` with `.` and `..` resolved without touching the file system.
fn normalize_lexically(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// The canonical form of `path`'s longest existing ancestor, with the rest of
/// `path` appended (the file itself may be gone).
fn canonicalize_existing_prefix(path: &Path) -> Result<PathBuf, GitError> {
    let mut rest = Vec::new();
    let mut current = path;
    loop {
        match fs::canonicalize(current) {
            Ok(mut canonical) => {
                canonical.extend(rest.iter().rev());
                return Ok(canonical);
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                match (current.parent(), current.file_name()) {
                    (Some(parent), Some(name)) => {
                        rest.push(name.to_os_string());
                        current = parent;
                    }
                    _ => return Err(io_error(crate::t!("cli-git-do-resolve"), path)(e)),
                }
            }
            Err(e) => return Err(io_error(crate::t!("cli-git-do-resolve"), path)(e)),
        }
    }
}

mod refs;
mod remote;
mod unsupported;
mod worktree;

/// A commit's id, as the commands that name or tag commits hold it.
pub use git2::Oid;
pub use remote::{Tracking, Upstream};
pub use worktree::Hidden;

#[cfg(test)]
pub(crate) mod tests;
