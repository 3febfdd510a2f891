//! The plan's history, read from git objects without touching the work
//! tree: revisions by name, tag or date, the plan as it was at a revision,
//! the commits that touched it, and what each changed in plan terms.
//!
//! Each blob is parsed at most once while it is needed, cached by its
//! object id: a file that did not change between two commits is neither
//! parsed again nor compared.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::rc::Rc;

use chrono::{FixedOffset, TimeZone};
use git2::{Commit, ObjectType, Oid, Repository, Tree};
use serde::Serialize;
use serde_json::Value;

use super::cache::{Cache, Key};
use super::git::{self, GitError};
use super::plan_dir::{self, Files, PlanDir, StoreError, FILES};
use crate::domain::diff::{self, ItemChange};
use crate::domain::planned::DueHistory;
use crate::domain::routines::CommitNote;
use crate::domain::types::{Date, Id};
use crate::i18n::Lang;
use crate::t;

/// Why the plan's history could not be read; the words are in the
/// language shown.
#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    NoRepository { dir: PathBuf },
    NoCommits,
    UnknownRevision { rev: String, hint: String },
    NothingBefore { date: Date, first: Date },
    PlanAbsent { rev: String, prefix: String },
    Git(#[from] GitError),
    Store(#[from] StoreError),
}

impl std::fmt::Display for HistoryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            HistoryError::NoRepository { dir } => {
                t!("cli-history-no-repository", dir = dir.display().to_string())
            }
            HistoryError::NoCommits => t!("cli-history-no-commits"),
            HistoryError::UnknownRevision { rev, hint } => t!(
                "cli-history-unknown-revision",
                rev = rev.as_str(),
                hint = hint.as_str()
            ),
            HistoryError::NothingBefore { date, first } => t!(
                "cli-history-nothing-before",
                date = date.to_string(),
                first = first.to_string()
            ),
            HistoryError::PlanAbsent { rev, prefix } => t!(
                "cli-history-plan-absent",
                rev = rev.as_str(),
                prefix = prefix.as_str()
            ),
            HistoryError::Git(e) => return std::fmt::Display::fmt(e, f),
            HistoryError::Store(e) => return std::fmt::Display::fmt(e, f),
        };
        f.write_str(&text)
    }
}

fn git_error(action: String) -> impl FnOnce(git2::Error) -> HistoryError {
    move |source| HistoryError::Git(GitError::Git { action, source })
}

/// The plan's files at one revision: their paths in the plan folder and
/// blob ids, in the plan's file order (reviews last, by name).
pub type Snapshot = Vec<(String, Oid)>;

/// A commit that touched the plan, with what it changed.
#[derive(Clone, Debug, Serialize)]
pub struct LogEntry {
    pub commit: String,
    /// The commit's date in its own time zone, YYYY-MM-DD.
    pub date: String,
    pub author: String,
    /// The first line of the commit message.
    pub summary: String,
    /// The review date the commit closes or amends, else null.
    pub review: Option<String>,
    /// `close` or `amend` when `review` is set.
    pub review_role: Option<&'static str>,
    /// The commit's time, RFC 3339.
    pub time: String,
    /// What the commit changed in the plan, one line per item, at most
    /// [`MAX_CHANGE_LINES`] (then a last line says how many more).
    pub changes: Vec<String>,
    /// Every change counted by kind: "3 milestones changed, 1 goal added".
    pub changed: String,
    /// The changes themselves, for text in the language shown (`changes`
    /// and `changed` are the JSON's, in English).
    #[serde(skip)]
    pub items: Vec<ItemChange>,
}

pub const MAX_CHANGE_LINES: usize = 20;

impl LogEntry {
    /// What the commit changed, one line per item in `lang`, as `changes`
    /// holds them in English: the log and the History tab show these.
    pub fn change_lines_in(&self, lang: Lang) -> Vec<String> {
        change_lines_in(lang, &self.items)
    }
}

/// One line per change in `lang`, at most [`MAX_CHANGE_LINES`], then a
/// line that says how many more. Worded from the changes each time, so no
/// language is kept with the history.
fn change_lines_in(lang: Lang, changes: &[ItemChange]) -> Vec<String> {
    let mut lines: Vec<String> = changes
        .iter()
        .take(MAX_CHANGE_LINES)
        .map(|c| diff::describe_in(lang, c))
        .collect();
    if changes.len() > MAX_CHANGE_LINES {
        let mut args = crate::i18n::Args::new();
        args.set("count", changes.len() - MAX_CHANGE_LINES);
        lines.push(crate::i18n::message_in(lang, "cli-and-more", Some(&args)));
    }
    lines
}

const MILESTONES: &str = "milestones.yaml";

/// `dir` with its milestones' due history read from git, for what shows
/// slip against the first plan (status, exceptions, trend, the report, the
/// UI). It walks the first-parent history and reads every version of
/// milestones.yaml, so a plain load leaves it out: `check`, `record` and
/// the other writes never pay for it.
pub fn with_due_history(mut dir: PlanDir) -> PlanDir {
    dir.plan.due_history = due_history_of(&dir.dir);
    dir
}

/// The due history of the plan in `dir` up to HEAD (see
/// [`History::due_history`]). Empty for a plan outside git or without
/// commits; a repository git cannot read gives an empty history too, since
/// slip then falls back to the current due dates rather than stopping the
/// plan from loading.
pub fn due_history_of(dir: &Path) -> DueHistory {
    let Ok(history) = History::open(dir) else {
        return DueHistory::default();
    };
    let Ok(head) = history.head() else {
        return DueHistory::default();
    };
    history.due_history(head.id()).unwrap_or_default()
}

/// Each milestone's id and `due` in one version of milestones.yaml.
type DueDates = Vec<(Id, Option<Date>)>;

pub struct History {
    repo: git::Repo,
    /// The plan folder inside the repository, `""` at its root, else with a
    /// trailing `/`.
    prefix: String,
    dir: PathBuf,
    /// Parsed blobs, by object id: per file, the version a walk toward
    /// older commits needs next (see [`History::changes`]).
    cache: HashMap<Oid, Rc<Value>>,
    /// Per file, the blob kept in `cache` for it.
    kept: HashMap<String, Oid>,
}

impl History {
    /// The history of the plan in `dir`.
    pub fn open(dir: &Path) -> Result<History, HistoryError> {
        let Some(repo) = git::discover(dir)? else {
            return Err(HistoryError::NoRepository {
                dir: dir.to_path_buf(),
            });
        };
        let workdir = repo.workdir().to_path_buf();
        let canonical = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
        let inside = canonical(dir)
            .strip_prefix(canonical(&workdir))
            .map(Path::to_path_buf)
            .unwrap_or_default();
        let mut prefix = inside.to_string_lossy().replace('\\', "/");
        if !prefix.is_empty() {
            prefix.push('/');
        }
        Ok(History {
            repo,
            prefix,
            dir: dir.to_path_buf(),
            cache: HashMap::new(),
            kept: HashMap::new(),
        })
    }

    pub fn repo(&self) -> &Repository {
        self.repo.git2()
    }

    /// The commit `rev` names: anything git accepts (`HEAD~2`, a branch, a
    /// tag such as `review/2026-03-31`, an id), or a date YYYY-MM-DD for the
    /// last commit dated on or before it (following first parents from HEAD).
    pub fn resolve(&self, rev: &str) -> Result<Commit<'_>, HistoryError> {
        let rev = rev.trim();
        if let Ok(date) = Date::parse(rev) {
            if self.repo().revparse_single(rev).is_err() {
                return self.on_or_before(date);
            }
        }
        let unknown = || HistoryError::UnknownRevision {
            rev: rev.to_string(),
            hint: self.review_hint(rev),
        };
        if self.repo().head().is_err() && self.repo().is_empty().unwrap_or(false) {
            return Err(HistoryError::NoCommits);
        }
        let object = self.repo().revparse_single(rev).map_err(|_| unknown())?;
        object.peel_to_commit().map_err(|_| unknown())
    }

    /// For a review tag that does not exist, the review tags that do.
    fn review_hint(&self, rev: &str) -> String {
        if !rev.starts_with("review/") {
            return String::new();
        }
        let mut dates: Vec<String> = self
            .review_tags()
            .map(|t| t.into_values().collect())
            .unwrap_or_default();
        dates.sort();
        match dates.len() {
            0 => t!("cli-history-no-review-closed"),
            n if n > 6 => t!(
                "cli-history-reviews-range",
                first = dates[0].as_str(),
                last = dates[n - 1].as_str(),
                count = n
            ),
            _ => t!(
                "cli-history-reviews",
                reviews = format!("review/{}", dates.join(", review/"))
            ),
        }
    }

    pub fn head(&self) -> Result<Commit<'_>, HistoryError> {
        match self.repo().head() {
            Ok(head) => head
                .peel_to_commit()
                .map_err(git_error(crate::t!("cli-git-do-read-head-commit"))),
            Err(e)
                if e.code() == git2::ErrorCode::UnbornBranch
                    || e.code() == git2::ErrorCode::NotFound =>
            {
                Err(HistoryError::NoCommits)
            }
            Err(e) => Err(git_error(crate::t!("cli-git-do-read-head"))(e)),
        }
    }

    fn on_or_before(&self, date: Date) -> Result<Commit<'_>, HistoryError> {
        let mut commit = self.head()?;
        loop {
            if commit_date(&commit) <= date {
                return Ok(commit);
            }
            match commit.parent(0) {
                Ok(parent) => commit = parent,
                Err(_) => {
                    return Err(HistoryError::NothingBefore {
                        date,
                        first: commit_date(&commit),
                    })
                }
            }
        }
    }

    /// The plan folder's tree at `commit`, `None` when it did not exist.
    fn plan_tree<'r>(&'r self, commit: &Commit<'r>) -> Result<Option<Tree<'r>>, HistoryError> {
        let root = commit
            .tree()
            .map_err(git_error(crate::t!("cli-git-do-read-commit-files")))?;
        if self.prefix.is_empty() {
            return Ok(Some(root));
        }
        let Ok(entry) = root.get_path(Path::new(self.prefix.trim_end_matches('/'))) else {
            return Ok(None);
        };
        if entry.kind() != Some(ObjectType::Tree) {
            return Ok(None);
        }
        let tree = self
            .repo()
            .find_tree(entry.id())
            .map_err(git_error(crate::t!("cli-git-do-read-plan-folder")))?;
        Ok(Some(tree))
    }

    /// The plan's files at `commit` (empty when the plan folder is absent).
    pub fn snapshot(&self, commit: &Commit<'_>) -> Result<Snapshot, HistoryError> {
        let Some(tree) = self.plan_tree(commit)? else {
            return Ok(Vec::new());
        };
        Ok(self.snapshot_of(&tree))
    }

    fn snapshot_of(&self, tree: &Tree<'_>) -> Snapshot {
        let mut out = Vec::new();
        for (name, _) in FILES {
            if let Some(e) = tree.get_name(name) {
                if e.kind() == Some(ObjectType::Blob) {
                    out.push((name.to_string(), e.id()));
                }
            }
        }
        let reviews = tree
            .get_name("reviews")
            .filter(|e| e.kind() == Some(ObjectType::Tree))
            .and_then(|e| self.repo().find_tree(e.id()).ok());
        if let Some(reviews) = reviews {
            let mut names: Vec<(String, Oid)> = reviews
                .iter()
                .filter(|e| e.kind() == Some(ObjectType::Blob))
                .filter_map(|e| Some((e.name().ok()?.to_string(), e.id())))
                .filter(|(n, _)| n.ends_with(".yaml") && !n.starts_with('.'))
                .map(|(n, id)| (format!("reviews/{n}"), id))
                .collect();
            names.sort();
            out.extend(names);
        }
        out
    }

    /// The plan as it was at `commit`, with its load-time diagnostics.
    pub fn load(&self, commit: &Commit<'_>, rev: &str) -> Result<PlanDir, HistoryError> {
        let snapshot = self.snapshot(commit)?;
        if !snapshot.iter().any(|(n, _)| n == plan_dir::MARKER) {
            return Err(HistoryError::PlanAbsent {
                rev: rev.to_string(),
                prefix: if self.prefix.is_empty() {
                    t!("cli-history-repository-root")
                } else {
                    self.prefix.clone()
                },
            });
        }
        let mut blobs = Vec::with_capacity(snapshot.len());
        for (name, oid) in &snapshot {
            blobs.push((name.as_str(), self.blob(*oid)?));
        }
        let files: Vec<(&str, &[u8])> = blobs.iter().map(|(n, b)| (*n, b.as_slice())).collect();
        Ok(plan_dir::load_from(&self.dir, Files::Memory(&files))?)
    }

    /// Each milestone's `due` at every commit (following first parents up
    /// to `start`) that changed milestones.yaml, oldest first: what slip
    /// is measured from (see [`crate::domain::planned`]). Only the plan
    /// folder's tree of each commit is looked at, and milestones.yaml is
    /// read only where its blob changed.
    pub fn due_history(&self, start: Oid) -> Result<DueHistory, HistoryError> {
        let mut walk = self
            .repo()
            .revwalk()
            .map_err(git_error(crate::t!("cli-git-do-walk-history")))?;
        walk.push(start)
            .map_err(git_error(crate::t!("cli-git-do-walk-history")))?;
        walk.simplify_first_parent()
            .map_err(git_error(crate::t!("cli-git-do-walk-history")))?;
        let ids: Vec<Oid> = walk.filter_map(Result::ok).collect();
        let mut history = DueHistory::default();
        let mut last: Option<Oid> = None;
        for id in ids.into_iter().rev() {
            let commit = self.find(id)?;
            let Some(tree) = self.plan_tree(&commit)? else {
                continue;
            };
            let Some(entry) = tree.get_name(MILESTONES) else {
                continue;
            };
            if last == Some(entry.id()) || entry.kind() != Some(ObjectType::Blob) {
                continue;
            }
            last = Some(entry.id());
            let Some(dues) = self.due_dates(entry.id())? else {
                continue;
            };
            let on = commit_date(&commit);
            for (id, due) in &dues {
                history.record(id, on, *due);
            }
        }
        Ok(history)
    }

    /// Each milestone's `due` in the milestones.yaml blob `oid` (`None`
    /// when it cannot be loaded at all). Kept in the parse cache by blob
    /// id, so a history walked before reads no blob again.
    fn due_dates(&self, oid: Oid) -> Result<Option<DueDates>, HistoryError> {
        let cache = Cache::for_plan(&self.dir);
        let key = Key::for_blob("due dates of milestones.yaml", oid.as_bytes());
        let cached = cache.as_ref().and_then(|c| c.get(&key));
        if let Some(dues) = cached.and_then(|p| serde_json::from_slice(&p).ok()) {
            return Ok(Some(dues));
        }
        let bytes = self.blob(oid)?;
        let files = [(MILESTONES, bytes.as_slice())];
        let Ok(loaded) = plan_dir::load_from(&self.dir, Files::Memory(&files)) else {
            return Ok(None);
        };
        let dues: DueDates = loaded
            .plan
            .milestones
            .milestones
            .iter()
            .map(|m| (m.id.clone(), m.due))
            .collect();
        if let (Some(cache), Ok(payload)) = (cache, serde_json::to_vec(&dues)) {
            cache.put(&key, &payload);
        }
        Ok(Some(dues))
    }

    fn blob(&self, oid: Oid) -> Result<Vec<u8>, HistoryError> {
        let blob = self
            .repo()
            .find_blob(oid)
            .map_err(git_error(crate::t!("cli-git-do-read-plan-file")))?;
        Ok(blob.content().to_vec())
    }

    /// The JSON of one file's blob, parsed unless it is kept.
    fn value(&mut self, rel: &str, oid: Oid) -> Result<Rc<Value>, HistoryError> {
        if let Some(value) = self.cache.get(&oid) {
            return Ok(Rc::clone(value));
        }
        let bytes = self.blob(oid)?;
        let value = Rc::new(plan_dir::parse_file_in(&self.dir, rel, &bytes));
        self.cache.insert(oid, Rc::clone(&value));
        Ok(value)
    }

    /// Keeps `oid` as the version of `rel` to reuse, dropping the one kept
    /// before. A walk toward older commits next compares the older side of
    /// this change with an older version still, so each blob of the
    /// history is parsed once and at most one version per file is held.
    fn keep(&mut self, rel: &str, oid: Option<Oid>) {
        let previous = match oid {
            Some(o) => self.kept.insert(rel.to_string(), o),
            None => self.kept.remove(rel),
        };
        if let Some(p) = previous.filter(|p| Some(*p) != oid) {
            if !self.kept.values().any(|k| *k == p) {
                self.cache.remove(&p);
            }
        }
    }

    /// What changed from `old` to `new`, comparing only the files whose
    /// blobs differ.
    pub fn changes(
        &mut self,
        old: &Snapshot,
        new: &Snapshot,
    ) -> Result<Vec<ItemChange>, HistoryError> {
        let old_by_name: HashMap<&str, Oid> = old.iter().map(|(n, o)| (n.as_str(), *o)).collect();
        let new_names: HashSet<&str> = new.iter().map(|(n, _)| n.as_str()).collect();
        let mut out = Vec::new();
        for (rel, oid) in new {
            let before = old_by_name.get(rel.as_str()).copied();
            if before == Some(*oid) {
                continue;
            }
            let new_v = self.value(rel, *oid)?;
            let old_v = match before {
                Some(o) => self.value(rel, o)?,
                None => Rc::new(Value::Null),
            };
            out.extend(diff::diff_file(rel, &old_v, &new_v));
            self.keep(rel, Some(*oid));
            self.keep(rel, before);
        }
        for (rel, oid) in old {
            if !new_names.contains(rel.as_str()) {
                let old_v = self.value(rel, *oid)?;
                out.extend(diff::diff_file(rel, &old_v, &Value::Null));
                self.keep(rel, Some(*oid));
            }
        }
        Ok(out)
    }

    /// The commits that touched the plan's files, newest first (following
    /// first parents, as `git log --first-parent` does), each with what it
    /// changed and the review it closes or amends.
    pub fn log(&mut self) -> Result<Vec<LogEntry>, HistoryError> {
        self.log_newest(None)
    }

    /// [`History::log`], only the newest `limit` entries when a limit is
    /// given: only those are read and compared in plan terms (the costly
    /// part), older commits only as far as to know which review each of
    /// them closes or amends.
    pub fn log_newest(&mut self, limit: Option<usize>) -> Result<Vec<LogEntry>, HistoryError> {
        let head = match self.head() {
            Ok(h) => h.id(),
            Err(HistoryError::NoCommits) => return Ok(Vec::new()),
            Err(e) => return Err(e),
        };
        let tags = self.review_tags()?;
        // The first-parent chain from HEAD, read one commit at a time so that
        // a limited log stops early (a sorted revwalk reads all history first).
        let repo = self.repo();
        let mut ids = std::iter::successors(Some(head), |id| {
            repo.find_commit(*id).ok()?.parent_id(0).ok()
        })
        .peekable();

        struct Touched {
            oid: Oid,
            /// Review files changed, and whether each was added.
            reviews: Vec<(String, bool)>,
            changes: Vec<ItemChange>,
        }
        let mut touched: Vec<Touched> = Vec::new();
        // The snapshots each shown entry is compared between, compared once
        // the walk (which holds the repository) is done.
        let mut compare = Vec::new();
        // With a limit, the walk goes past the newest `limit` entries only
        // while a review they touch has not yet been seen closed: by its
        // tag's commit, or by the commit that added its file. Those are the
        // only older commits that decide whether an entry closes or amends.
        let mut pending: HashSet<String> = HashSet::new();
        let first = ids.peek().copied();
        let mut snapshot = match first {
            Some(id) => {
                let c = self.find(id)?;
                self.snapshot(&c)?
            }
            None => Vec::new(),
        };
        let mut plan_tree = match first {
            Some(id) => self.plan_tree_id(id)?,
            None => None,
        };
        while let Some(id) = ids.next() {
            if limit.is_some_and(|n| touched.len() >= n) && pending.is_empty() {
                break;
            }
            let parent = ids.peek().copied();
            let (parent_snapshot, parent_tree) = match parent {
                Some(p) => {
                    let tree = self.plan_tree_id(p)?;
                    let snap = if tree == plan_tree {
                        snapshot.clone()
                    } else {
                        let c = self.find(p)?;
                        self.snapshot(&c)?
                    };
                    (snap, tree)
                }
                None => (Vec::new(), None),
            };
            let entry = if snapshot != parent_snapshot {
                if limit.is_none_or(|n| touched.len() < n) {
                    compare.push((touched.len(), parent_snapshot.clone(), snapshot.clone()));
                }
                let before: HashMap<&str, Oid> = parent_snapshot
                    .iter()
                    .map(|(n, o)| (n.as_str(), *o))
                    .collect();
                let now: HashMap<&str, Oid> =
                    snapshot.iter().map(|(n, o)| (n.as_str(), *o)).collect();
                let mut reviews: Vec<(String, bool)> = Vec::new();
                for name in before.keys().chain(now.keys()) {
                    if let Some(date) = review_date(name) {
                        if before.get(name) != now.get(name)
                            && !reviews.iter().any(|(d, _)| d == date)
                        {
                            reviews.push((date.to_string(), !before.contains_key(name)));
                        }
                    }
                }
                reviews.sort();
                Some(Touched {
                    oid: id,
                    reviews,
                    changes: Vec::new(),
                })
            } else if tags.contains_key(&id) {
                Some(Touched {
                    oid: id,
                    reviews: Vec::new(),
                    changes: Vec::new(),
                })
            } else {
                None
            };
            if let Some(t) = entry {
                if let Some(n) = limit {
                    if touched.len() < n {
                        pending.extend(t.reviews.iter().map(|(d, _)| d.clone()));
                    }
                    // Walking to older commits: what closes a review here
                    // closes it for every newer entry.
                    if let Some(date) = tags.get(&t.oid) {
                        pending.remove(date);
                    }
                    for (date, added) in &t.reviews {
                        if *added && !tags.values().any(|d| d == date) {
                            pending.remove(date);
                        }
                    }
                }
                touched.push(t);
            }
            snapshot = parent_snapshot;
            plan_tree = parent_tree;
        }
        drop(ids);
        for (i, before, after) in compare {
            touched[i].changes = self.changes(&before, &after)?;
        }

        // Which review each commit closes or amends: the commit a `review/D`
        // tag points at closes D, later commits touching D's file amend it.
        // Without a tag, the commit that added the file closes it.
        let tag_dates: HashSet<&str> = tags.values().map(String::as_str).collect();
        let mut closed: HashSet<String> = HashSet::new();
        let mut roles: Vec<Option<(String, &'static str)>> = vec![None; touched.len()];
        for (i, t) in touched.iter().enumerate().rev() {
            if let Some(date) = tags.get(&t.oid) {
                closed.insert(date.clone());
                roles[i] = Some((date.clone(), "close"));
                continue;
            }
            for (date, added) in &t.reviews {
                if closed.contains(date) {
                    roles[i] = Some((date.clone(), "amend"));
                    break;
                }
                if *added && !tag_dates.contains(date.as_str()) {
                    closed.insert(date.clone());
                    roles[i] = Some((date.clone(), "close"));
                    break;
                }
            }
        }
        let shown = limit.unwrap_or(touched.len()).min(touched.len());
        let mut out = Vec::with_capacity(shown);
        for (t, role) in touched.into_iter().zip(roles).take(shown) {
            let commit = self.find(t.oid)?;
            let changes = change_lines_in(Lang::En, &t.changes);
            let (review, review_role) = match role {
                Some((d, r)) => (Some(d), Some(r)),
                None => (None, None),
            };
            out.push(LogEntry {
                commit: t.oid.to_string(),
                date: commit_date(&commit).to_string(),
                author: String::from_utf8_lossy(commit.author().name_bytes()).into_owned(),
                summary: String::from_utf8_lossy(commit.summary_bytes().unwrap_or_default())
                    .into_owned(),
                review,
                review_role,
                time: commit_time(&commit),
                changed: diff::summarize(&t.changes),
                changes,
                items: t.changes,
            });
        }
        Ok(out)
    }

    fn find(&self, oid: Oid) -> Result<Commit<'_>, HistoryError> {
        self.repo()
            .find_commit(oid)
            .map_err(git_error(crate::t!("cli-git-do-read-commit")))
    }

    fn plan_tree_id(&self, oid: Oid) -> Result<Option<Oid>, HistoryError> {
        let commit = self.find(oid)?;
        Ok(self.plan_tree(&commit)?.map(|t| t.id()))
    }

    /// The commits `review/D` tags point at, with their dates.
    pub fn review_tags(&self) -> Result<HashMap<Oid, String>, HistoryError> {
        let names = self
            .repo()
            .tag_names(Some("review/*"))
            .map_err(git_error(crate::t!("cli-git-do-list-review-tags")))?;
        let mut out = HashMap::new();
        for name in names.iter().filter_map(|n| n.ok().flatten()) {
            let Some(date) = name.strip_prefix("review/") else {
                continue;
            };
            if Date::parse(date).is_err() {
                continue;
            }
            let target = self
                .repo()
                .revparse_single(&format!("refs/tags/{name}"))
                .and_then(|o| o.peel_to_commit());
            if let Ok(commit) = target {
                out.insert(commit.id(), date.to_string());
            }
        }
        Ok(out)
    }
}

/// The date of a review file's name: `reviews/2026-03-31.yaml` → `2026-03-31`.
fn review_date(rel: &str) -> Option<&str> {
    rel.strip_prefix("reviews/")?.strip_suffix(".yaml")
}

fn offset_time(commit: &Commit<'_>) -> Option<chrono::DateTime<FixedOffset>> {
    let time = commit.time();
    let offset = FixedOffset::east_opt(time.offset_minutes() * 60)?;
    offset.timestamp_opt(time.seconds(), 0).single()
}

/// A commit's date in its own time zone.
/// At most this many commits are read for [`commit_notes`].
pub const NOTES_LIMIT: usize = 20_000;

/// The messages of the commits on HEAD's first-parent chain, newest first,
/// with their dates and short ids: where management routines are named.
/// Only messages are read, never files, and the walk stops at the first
/// commit dated before `since` (None: nothing is read). A plan outside a
/// repository, or a repository without commits, has none.
pub fn commit_notes(dir: &Path, since: Option<Date>) -> Result<Vec<CommitNote>, HistoryError> {
    let Some(since) = since else {
        return Ok(Vec::new());
    };
    let Some(repo) = git::discover(dir)? else {
        return Ok(Vec::new());
    };
    let repo = repo.git2();
    let head = match repo.head().and_then(|h| h.peel_to_commit()) {
        Ok(head) => head.id(),
        Err(_) => return Ok(Vec::new()),
    };
    let mut walk = repo
        .revwalk()
        .map_err(git_error(crate::t!("cli-git-do-walk-history")))?;
    walk.push(head)
        .map_err(git_error(crate::t!("cli-git-do-walk-history")))?;
    walk.simplify_first_parent()
        .map_err(git_error(crate::t!("cli-git-do-walk-history")))?;
    let mut notes = Vec::new();
    for oid in walk.filter_map(Result::ok).take(NOTES_LIMIT) {
        let commit = repo
            .find_commit(oid)
            .map_err(git_error(crate::t!("cli-git-do-read-commit")))?;
        let date = commit_date(&commit);
        if date < since {
            break;
        }
        notes.push(CommitNote {
            date,
            id: git::short_id(oid),
            message: String::from_utf8_lossy(commit.message_bytes()).into_owned(),
        });
    }
    Ok(notes)
}

pub fn commit_date(commit: &Commit<'_>) -> Date {
    match offset_time(commit) {
        Some(t) => Date(t.date_naive()),
        None => Date::default(),
    }
}

fn commit_time(commit: &Commit<'_>) -> String {
    offset_time(commit)
        .map(|t| t.to_rfc3339())
        .unwrap_or_default()
}
