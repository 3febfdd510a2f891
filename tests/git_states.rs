//! `charter record` in every state a git repository can be in: unborn,
//! detached, mid-merge, mid-rebase, locked, read-only, bare, absent,
//! shallow, a submodule, a plan at the root, two plans side by side.
//!
//! When record fails, nothing is half-written: the plan folder, HEAD and
//! the index are exactly as before. When it succeeds, its commit holds
//! exactly the plan's metrics.yaml and nothing else changed.

#![allow(clippy::unwrap_used)]

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::{code, stderr, stdout, Sandbox, TODAY};

const READING: &str = "- { on: 2026-03-01, value: 66 }";

/// `charter record fcr 66 --on 2026-03-01` in `cwd` (under work).
fn record(sb: &Sandbox, cwd: &str) -> Output {
    let out = sb.charter_in(
        cwd,
        &[
            "--today",
            TODAY,
            "record",
            "fcr",
            "66",
            "--on",
            "2026-03-01",
        ],
    );
    assert!(
        !stderr(&out).contains("panicked"),
        "charter panicked:\n{}",
        stderr(&out)
    );
    out
}

/// git in `cwd` (under work), whether it succeeds or not.
fn git_raw(sb: &Sandbox, cwd: &str, args: &[&str]) -> Output {
    common::sealed("git", &sb.home())
        .current_dir(sb.work().join(cwd))
        .args(args)
        .output()
        .unwrap()
}

/// A repository at `work/REPO` with a README and the contact-center
/// template at `work/REPO/PLAN`, all committed.
fn repo_with_plan(sb: &Sandbox, repo: &str, plan: &str) {
    sb.repo_init(repo);
    sb.write(&format!("{repo}/README.md"), "other project files\n");
    sb.copy_from_project("templates/contact-center", &format!("{repo}/{plan}"));
    sb.git(repo, &["add", "-A"]);
    sb.git(repo, &["commit", "-qm", "start"]);
}

fn head(sb: &Sandbox, repo: &str) -> String {
    let out = git_raw(sb, repo, &["rev-parse", "-q", "--verify", "HEAD"]);
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

fn committed_files(sb: &Sandbox, repo: &str) -> String {
    sb.git(repo, &["show", "--name-only", "--format=", "HEAD"])
}

/// Every file under `dir` (hidden ones and leftovers included) with its bytes.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for entry in fs::read_dir(&d).unwrap() {
            let p = entry.unwrap().path();
            if p.is_dir() {
                todo.push(p);
            } else {
                let bytes = fs::read(&p).unwrap_or_default();
                files.insert(p.strip_prefix(dir).unwrap().to_path_buf(), bytes);
            }
        }
    }
    files
}

/// What a failed record must leave exactly as it was.
#[derive(Debug, PartialEq)]
struct State {
    plan: BTreeMap<PathBuf, Vec<u8>>,
    head: String,
    index: String,
    status: String,
}

fn state(sb: &Sandbox, repo: &str, plan: &str) -> State {
    State {
        plan: snapshot(&sb.work().join(plan)),
        head: head(sb, repo),
        index: String::from_utf8(git_raw(sb, repo, &["ls-files", "-s"]).stdout).unwrap(),
        status: String::from_utf8(git_raw(sb, repo, &["status", "--porcelain"]).stdout).unwrap(),
    }
}

fn assert_unchanged(sb: &Sandbox, repo: &str, plan: &str, before: &State) {
    let after = state(sb, repo, plan);
    assert_eq!(after.head, before.head, "HEAD moved");
    assert_eq!(after.index, before.index, "the index changed");
    assert_eq!(after.status, before.status, "the work tree changed");
    let changed: Vec<_> = before
        .plan
        .keys()
        .chain(after.plan.keys())
        .filter(|k| before.plan.get(*k) != after.plan.get(*k))
        .collect();
    assert!(changed.is_empty(), "files changed or left: {changed:?}");
}

fn assert_recorded(sb: &Sandbox, metrics: &str) {
    let text = sb.read(metrics);
    assert!(text.contains(READING), "{text}");
}

/// The latest commit is record's, holding exactly `metrics`, on top of `parent`.
fn assert_committed(sb: &Sandbox, repo: &str, metrics: &str, parent: &str) {
    assert_eq!(committed_files(sb, repo), format!("{metrics}\n"));
    assert_eq!(
        sb.git(repo, &["log", "-1", "--format=%s|%an"]),
        "metric fcr: reading 66 on 2026-03-01|Dana Levi\n"
    );
    let parent_now = git_raw(sb, repo, &["rev-parse", "-q", "--verify", "HEAD^"]);
    assert_eq!(
        String::from_utf8(parent_now.stdout).unwrap().trim(),
        parent,
        "the commit is not on top of the previous HEAD"
    );
    assert!(sb.read(&format!("{repo}/{metrics}")).contains(READING));
}

/// In `repo`, `other` and `main` both change notes.txt from a common base.
fn diverging_branches(sb: &Sandbox, repo: &str) {
    sb.write(&format!("{repo}/notes.txt"), "base\n");
    sb.git(repo, &["add", "notes.txt"]);
    sb.git(repo, &["commit", "-qm", "notes"]);
    sb.git(repo, &["checkout", "-qb", "other"]);
    sb.write(&format!("{repo}/notes.txt"), "theirs\n");
    sb.git(repo, &["commit", "-qam", "theirs"]);
    sb.git(repo, &["checkout", "-q", "main"]);
    sb.write(&format!("{repo}/notes.txt"), "ours\n");
    sb.git(repo, &["commit", "-qam", "ours"]);
}

#[test]
fn no_commit_yet_makes_a_first_commit_that_holds_the_whole_plan() {
    let sb = Sandbox::new();
    sb.repo_init("repo");
    sb.copy_from_project("templates/contact-center", "repo/plan");
    sb.write("repo/plan/reviews/2026-03-31.yaml", "date: 2026-03-31\n");
    sb.write("repo/notes.txt", "not the plan's\n");
    let out = record(&sb, "repo/plan");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stdout(&out).contains("committed"), "{}", stdout(&out));
    assert_eq!(sb.git("repo", &["rev-list", "--count", "HEAD"]), "1\n");
    assert_eq!(
        sb.git("repo", &["log", "-1", "--format=%s"]),
        "metric fcr: reading 66 on 2026-03-01\n"
    );
    // A commit without plan.yaml would hold no plan that log, diff or
    // --as-of could read back: the plan's own files join the first commit.
    let files = sb.git("repo", &["ls-files"]);
    assert!(files.lines().any(|f| f == "plan/plan.yaml"), "{files}");
    assert!(
        files.lines().any(|f| f == "plan/milestones.yaml"),
        "{files}"
    );
    // A draft review and other files of the repository stay out of it.
    let status = sb.git("repo", &["status", "--porcelain"]);
    assert!(status.contains("?? notes.txt"), "{status}");
    assert!(status.contains("?? plan/reviews/"), "{status}");
    assert!(!status.contains("plan.yaml"), "{status}");
    // The next record commits only what it changed.
    let out = sb.charter_in(
        "repo/plan",
        &[
            "--today",
            TODAY,
            "record",
            "fcr",
            "70",
            "--on",
            "2026-02-01",
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let shown = sb.git("repo", &["show", "--name-only", "--format=", "HEAD"]);
    assert_eq!(shown, "plan/metrics.yaml\n");
}

#[test]
fn detached_head_commits_there_and_leaves_the_branch() {
    let sb = Sandbox::new();
    repo_with_plan(&sb, "repo", "plan");
    let start = head(&sb, "repo");
    sb.git("repo", &["checkout", "-q", "--detach"]);
    let out = record(&sb, "repo/plan");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        stdout(&out).contains("on a detached HEAD") && stdout(&out).contains("git switch -c"),
        "{}",
        stdout(&out)
    );
    assert_committed(&sb, "repo", "plan/metrics.yaml", &start);
    assert_ne!(head(&sb, "repo"), start);
    assert_eq!(sb.git("repo", &["rev-parse", "main"]).trim(), start);
    // Still detached.
    assert!(!git_raw(&sb, "repo", &["symbolic-ref", "-q", "HEAD"])
        .status
        .success());
    assert_eq!(sb.git("repo", &["status", "--porcelain"]), "");
}

#[test]
fn a_merge_in_progress_is_refused_with_how_to_finish_it() {
    let sb = Sandbox::new();
    repo_with_plan(&sb, "repo", "plan");
    diverging_branches(&sb, "repo");
    let merge = git_raw(&sb, "repo", &["merge", "other"]);
    assert!(!merge.status.success(), "the merge should conflict");
    assert!(sb.work().join("repo/.git/MERGE_HEAD").exists());
    let before = state(&sb, "repo", "repo/plan");
    let out = record(&sb, "repo/plan");
    assert_eq!(code(&out), 2, "{}", stdout(&out));
    let err = stderr(&out);
    assert!(err.contains("a merge is in progress"), "{err}");
    assert!(
        err.contains("git commit") && err.contains("git merge --abort"),
        "{err}"
    );
    assert_unchanged(&sb, "repo", "repo/plan", &before);
    assert!(sb.work().join("repo/.git/MERGE_HEAD").exists());
}

#[test]
fn a_merge_conflict_in_metrics_itself_is_refused() {
    let sb = Sandbox::new();
    repo_with_plan(&sb, "repo", "plan");
    sb.git("repo", &["checkout", "-qb", "other"]);
    let other = record(&sb, "repo/plan");
    assert_eq!(code(&other), 0, "{}", stderr(&other));
    sb.git("repo", &["checkout", "-q", "main"]);
    let main = sb.charter_in(
        "repo/plan",
        &[
            "--today",
            TODAY,
            "record",
            "fcr",
            "67",
            "--on",
            "2026-03-01",
        ],
    );
    assert_eq!(code(&main), 0, "{}", stderr(&main));
    assert!(!git_raw(&sb, "repo", &["merge", "other"]).status.success());
    assert!(sb.read("repo/plan/metrics.yaml").contains("<<<<<<<"));
    let before = state(&sb, "repo", "repo/plan");
    let out = record(&sb, "repo/plan");
    assert_eq!(code(&out), 2, "{}", stdout(&out));
    assert!(
        stderr(&out).contains("merge"),
        "the message does not say that a merge is under way: {}",
        stderr(&out)
    );
    assert_unchanged(&sb, "repo", "repo/plan", &before);
}

#[test]
fn a_rebase_in_progress_is_refused_with_how_to_finish_it() {
    let sb = Sandbox::new();
    repo_with_plan(&sb, "repo", "plan");
    diverging_branches(&sb, "repo");
    sb.git("repo", &["checkout", "-q", "other"]);
    let rebase = git_raw(&sb, "repo", &["rebase", "main"]);
    assert!(!rebase.status.success(), "the rebase should conflict");
    assert!(sb.work().join("repo/.git/rebase-merge").is_dir());
    let before = state(&sb, "repo", "repo/plan");
    let out = record(&sb, "repo/plan");
    assert_eq!(code(&out), 2, "{}", stdout(&out));
    let err = stderr(&out);
    assert!(err.contains("a rebase is in progress"), "{err}");
    assert!(
        err.contains("git rebase --continue") && err.contains("git rebase --abort"),
        "{err}"
    );
    assert_unchanged(&sb, "repo", "repo/plan", &before);
}

#[test]
fn a_stale_index_lock_is_named_and_then_record_works() {
    let sb = Sandbox::new();
    repo_with_plan(&sb, "repo", "plan");
    let start = head(&sb, "repo");
    let lock = sb.work().join("repo/.git/index.lock");
    fs::write(&lock, "").unwrap();
    let before = state(&sb, "repo", "repo/plan");
    let out = record(&sb, "repo/plan");
    assert_eq!(code(&out), 2, "{}", stdout(&out));
    let err = stderr(&out);
    assert!(err.contains(&lock.display().to_string()), "{err}");
    assert!(err.contains("delete"), "{err}");
    assert_unchanged(&sb, "repo", "repo/plan", &before);
    assert!(lock.exists(), "charter removed git's lock itself");
    fs::remove_file(&lock).unwrap();
    let out = record(&sb, "repo/plan");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_committed(&sb, "repo", "plan/metrics.yaml", &start);
    assert_eq!(sb.git("repo", &["status", "--porcelain"]), "");
}

fn is_root() -> bool {
    let out = Command::new("id").arg("-u").output().unwrap();
    String::from_utf8_lossy(&out.stdout).trim() == "0"
}

/// Sets the write bits under `dir` (recursively) on or off.
fn set_writable(dir: &Path, writable: bool) {
    use std::os::unix::fs::PermissionsExt;
    let mut todo = vec![dir.to_path_buf()];
    while let Some(p) = todo.pop() {
        let meta = fs::symlink_metadata(&p).unwrap();
        let mode = meta.permissions().mode();
        let mode = if writable {
            mode | 0o200
        } else {
            mode & !0o222
        };
        fs::set_permissions(&p, fs::Permissions::from_mode(mode)).unwrap();
        if meta.is_dir() {
            for entry in fs::read_dir(&p).unwrap() {
                todo.push(entry.unwrap().path());
            }
        }
    }
}

/// Gives the write bits back when the test ends, so the sandbox can be removed.
struct Writable(PathBuf);

impl Drop for Writable {
    fn drop(&mut self) {
        set_writable(&self.0, true);
    }
}

#[test]
fn a_read_only_plan_folder_is_refused_without_half_writes() {
    let sb = Sandbox::new();
    repo_with_plan(&sb, "repo", "plan");
    let plan = sb.work().join("repo/plan");
    let before = state(&sb, "repo", "repo/plan");
    set_writable(&plan, false);
    let _restore = Writable(plan.clone());
    let out = record(&sb, "repo/plan");
    if is_root() {
        // Root writes through missing write bits: only insist on no panic
        // and a coherent outcome.
        match code(&out) {
            0 => assert_committed(&sb, "repo", "plan/metrics.yaml", &before.head),
            2 => assert_unchanged(&sb, "repo", "repo/plan", &before),
            other => panic!("exit {other}: {}", stderr(&out)),
        }
        return;
    }
    assert_eq!(code(&out), 2, "{}", stdout(&out));
    let err = stderr(&out).to_lowercase();
    assert!(err.contains("permission denied"), "{err}");
    assert!(err.contains("may write"), "{err}");
    assert_unchanged(&sb, "repo", "repo/plan", &before);
}

/// Clears the immutable attribute when the test ends.
struct Mutable(PathBuf);

impl Drop for Mutable {
    fn drop(&mut self) {
        let _ = Command::new("chattr").arg("-i").arg(&self.0).status();
    }
}

/// What root cannot get past either: an immutable plan folder (`chattr +i`).
/// Skipped where the attribute cannot be set (not root, or a file system
/// without it).
#[test]
fn an_immutable_plan_folder_is_refused_without_half_writes() {
    let sb = Sandbox::new();
    repo_with_plan(&sb, "repo", "plan");
    let plan = sb.work().join("repo/plan");
    let before = state(&sb, "repo", "repo/plan");
    let set = Command::new("chattr").arg("+i").arg(&plan).output();
    if !set.is_ok_and(|o| o.status.success()) {
        eprintln!("skipped: cannot set the immutable attribute here");
        return;
    }
    let _restore = Mutable(plan.clone());
    let out = record(&sb, "repo/plan");
    assert_eq!(code(&out), 2, "{}", stdout(&out));
    let err = stderr(&out);
    assert!(err.contains("not permitted"), "{err}");
    assert!(err.contains("may write"), "{err}");
    assert!(err.contains(&plan.display().to_string()), "{err}");
    assert_unchanged(&sb, "repo", "repo/plan", &before);
}

#[test]
fn a_plan_inside_a_bare_repository_is_refused_clearly() {
    let sb = Sandbox::new();
    fs::create_dir_all(sb.work().join("bare.git")).unwrap();
    sb.git("bare.git", &["init", "-q", "--bare"]);
    // `--plan` at the bare repository itself: no plan there.
    let out = sb.charter(&[
        "--plan", "bare.git", "--today", TODAY, "record", "fcr", "66",
    ]);
    assert_eq!(code(&out), 2, "{}", stdout(&out));
    assert!(
        stderr(&out).contains("holds no plan.yaml"),
        "{}",
        stderr(&out)
    );
    // A plan copied into the bare repository's folder.
    sb.copy_from_project("templates/contact-center", "bare.git/plan");
    let before = snapshot(&sb.work().join("bare.git"));
    let out = sb.charter(&[
        "--plan",
        "bare.git/plan",
        "--today",
        TODAY,
        "record",
        "fcr",
        "66",
        "--on",
        "2026-03-01",
    ]);
    assert_eq!(code(&out), 2, "{}", stdout(&out));
    let err = stderr(&out);
    assert!(err.contains("is a bare git repository"), "{err}");
    assert!(err.contains("git clone"), "{err}");
    assert_eq!(snapshot(&sb.work().join("bare.git")), before);
}

#[test]
fn a_plan_outside_any_repository_is_saved_and_not_committed() {
    let sb = Sandbox::new();
    sb.copy_from_project("templates/contact-center", "loose/plan");
    let out = record(&sb, "loose/plan");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stdout(&out).contains("not committed"), "{}", stdout(&out));
    assert!(stdout(&out).contains("git init"), "{}", stdout(&out));
    assert_recorded(&sb, "loose/plan/metrics.yaml");
    assert!(!sb.work().join("loose/.git").exists());
    assert!(!sb.work().join("loose/plan/.git").exists());
    let left: Vec<_> = snapshot(&sb.work().join("loose/plan"))
        .into_keys()
        .filter(|p| p.to_string_lossy().starts_with('.'))
        .collect();
    assert!(left.is_empty(), "files left behind: {left:?}");
}

#[test]
fn a_shallow_clone_commits() {
    let sb = Sandbox::new();
    repo_with_plan(&sb, "origin", "plan");
    sb.write("origin/notes.txt", "more history\n");
    sb.git("origin", &["add", "notes.txt"]);
    sb.git("origin", &["commit", "-qm", "more"]);
    let url = format!("file://{}", sb.work().join("origin").display());
    sb.git("", &["clone", "-q", "--depth", "1", &url, "shallow"]);
    assert!(sb.work().join("shallow/.git/shallow").exists());
    let start = head(&sb, "shallow");
    let out = record(&sb, "shallow/plan");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_committed(&sb, "shallow", "plan/metrics.yaml", &start);
    assert_eq!(sb.git("shallow", &["rev-list", "--count", "HEAD"]), "2\n");
    assert_eq!(sb.git("shallow", &["status", "--porcelain"]), "");
    assert!(git_raw(&sb, "shallow", &["fsck", "--no-progress"])
        .status
        .success());
}

#[test]
fn a_plan_in_a_submodule_commits_in_the_submodule_only() {
    let sb = Sandbox::new();
    repo_with_plan(&sb, "planrepo", "plan");
    let origin_head = head(&sb, "planrepo");
    sb.repo_init("super");
    sb.write("super/README.md", "the superproject\n");
    sb.git("super", &["add", "README.md"]);
    sb.git("super", &["commit", "-qm", "start"]);
    let url = format!("file://{}", sb.work().join("planrepo").display());
    sb.git(
        "super",
        &[
            "-c",
            "protocol.file.allow=always",
            "submodule",
            "add",
            "-q",
            &url,
            "sub",
        ],
    );
    sb.git("super", &["commit", "-qm", "add the plan as a submodule"]);
    let super_head = head(&sb, "super");
    let sub_head = head(&sb, "super/sub");
    let out = record(&sb, "super/sub/plan");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_committed(&sb, "super/sub", "plan/metrics.yaml", &sub_head);
    assert_eq!(sb.git("super/sub", &["status", "--porcelain"]), "");
    // The superproject only sees its submodule at a new commit.
    assert_eq!(head(&sb, "super"), super_head);
    assert_eq!(sb.git("super", &["status", "--porcelain"]), " M sub\n");
    assert_eq!(
        sb.git("super", &["diff", "--name-only"]),
        "sub\n",
        "the superproject's own files changed"
    );
    // The repository the submodule was cloned from is untouched.
    assert_eq!(head(&sb, "planrepo"), origin_head);
}

#[test]
fn a_plan_at_the_repository_root_commits_metrics_yaml() {
    let sb = Sandbox::new();
    sb.repo_init("root");
    sb.copy_from_project("templates/contact-center", "root");
    sb.git("root", &["add", "-A"]);
    sb.git("root", &["commit", "-qm", "start"]);
    let start = head(&sb, "root");
    let out = record(&sb, "root");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_committed(&sb, "root", "metrics.yaml", &start);
    assert_eq!(sb.git("root", &["status", "--porcelain"]), "");
}

#[test]
fn two_plans_in_one_repository_commit_only_their_own_file() {
    let sb = Sandbox::new();
    sb.repo_init("repo");
    sb.copy_from_project("templates/contact-center", "repo/plans/a");
    sb.copy_from_project("templates/contact-center", "repo/plans/b");
    sb.git("repo", &["add", "-A"]);
    sb.git("repo", &["commit", "-qm", "two plans"]);
    let start = head(&sb, "repo");
    let b_before = snapshot(&sb.work().join("repo/plans/b"));
    // From the repository root, pointing at plan a.
    let out = sb.charter_in(
        "repo",
        &[
            "--plan",
            "plans/a",
            "--today",
            TODAY,
            "record",
            "fcr",
            "66",
            "--on",
            "2026-03-01",
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_committed(&sb, "repo", "plans/a/metrics.yaml", &start);
    assert_eq!(snapshot(&sb.work().join("repo/plans/b")), b_before);
    assert_eq!(sb.git("repo", &["status", "--porcelain"]), "");
    // And from inside plan b, only plan b.
    let a_head = head(&sb, "repo");
    let out = record(&sb, "repo/plans/b");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_committed(&sb, "repo", "plans/b/metrics.yaml", &a_head);
}
