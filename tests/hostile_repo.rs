//! A plan repository prepared by someone else is input like any other: its
//! remotes, branches, file names, attributes, hooks and config. Each test
//! builds one such repository for real and asserts the safe outcome.

#![allow(clippy::unwrap_used)]

mod common;

use common::{code, stderr, Sandbox, TODAY};

/// A remote name that `git fetch REMOTE` would read as an option that runs
/// a command (git's own commands take it safely after `--`).
const HOSTILE_REMOTE: &str = "--upload-pack=touch${IFS}proof-file;git-upload-pack";

/// `work/origin.git` (bare) and its clone `a` holding the plan `plan`,
/// pushed, with main tracking origin/main.
fn clone_with_plan() -> Sandbox {
    let sb = Sandbox::new();
    sb.git("", &["init", "-q", "--bare", "-b", "main", "origin.git"]);
    sb.git("", &["clone", "-q", "origin.git", "a"]);
    let out = sb.charter_in("a", &["--today", TODAY, "new", "plan"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    sb.git("a", &["push", "-q", "-u", "origin", "main"]);
    sb
}

/// Whether a `proof-file` was made anywhere a hostile command could run.
fn proof_made(sb: &Sandbox) -> bool {
    ["", "a", "a/plan", "origin.git"]
        .iter()
        .any(|dir| sb.work().join(dir).join("proof-file").exists())
}

fn record(sb: &Sandbox) {
    let out = sb.charter_in(
        "a/plan",
        &["--today", TODAY, "record", "fcr", "70", "--on", TODAY],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
}

fn sync(sb: &Sandbox) -> std::process::Output {
    sb.charter_in("a/plan", &["--today", TODAY, "sync"])
}

#[test]
fn sync_refuses_a_remote_named_like_an_option() {
    let sb = clone_with_plan();
    sb.git("a", &["remote", "rename", "--", "origin", HOSTILE_REMOTE]);
    record(&sb);
    let head = sb.git("a", &["rev-parse", "HEAD"]);
    let out = sync(&sb);
    assert!(!proof_made(&sb), "the remote's name ran a command");
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    let said = stderr(&out);
    assert!(said.contains("starts with '-'"), "{said}");
    assert!(said.contains("git remote rename --"), "{said}");
    // Nothing was pushed.
    assert_ne!(sb.git("origin.git", &["rev-parse", "main"]), head);
}

#[test]
fn sync_refuses_a_branch_named_like_an_option() {
    let sb = clone_with_plan();
    sb.git("a", &["update-ref", "refs/heads/-evil", "HEAD"]);
    sb.git("a", &["symbolic-ref", "HEAD", "refs/heads/-evil"]);
    sb.git("a", &["config", "branch.-evil.remote", "origin"]);
    sb.git("a", &["config", "branch.-evil.merge", "refs/heads/main"]);
    record(&sb);
    let out = sync(&sb);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    let said = stderr(&out);
    assert!(said.contains("\"-evil\""), "{said}");
    assert!(said.contains("git branch -m -- '-evil' NEWNAME"), "{said}");
}

#[test]
fn sync_refuses_an_upstream_branch_named_like_an_option() {
    let sb = clone_with_plan();
    sb.git("a", &["config", "branch.main.merge", "refs/heads/--force"]);
    record(&sb);
    let out = sync(&sb);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    let said = stderr(&out);
    assert!(said.contains("\"--force\""), "{said}");
    assert!(said.contains("git branch --set-upstream-to"), "{said}");
}

#[test]
fn without_an_upstream_no_hostile_command_is_suggested() {
    let sb = clone_with_plan();
    sb.git("a", &["branch", "--unset-upstream"]);
    sb.git("a", &["remote", "rename", "--", "origin", HOSTILE_REMOTE]);
    let out = sync(&sb);
    assert!(!proof_made(&sb));
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    let said = stderr(&out);
    assert!(!said.contains("git push -u --"), "{said}");
    assert!(said.contains("git remote rename --"), "{said}");
}

/// `work/r`, a repository holding the plan `plan` made by `charter new`.
fn repo_with_plan() -> Sandbox {
    let sb = Sandbox::new();
    sb.repo_init("r");
    let out = sb.charter_in("r", &["--today", TODAY, "new", "plan"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    sb
}

fn record_in_r(sb: &Sandbox) -> std::process::Output {
    sb.charter_in(
        "r/plan",
        &["--today", TODAY, "record", "fcr", "70", "--on", TODAY],
    )
}

#[test]
fn a_file_name_cannot_forge_commit_trailers() {
    let sb = repo_with_plan();
    let name = "readings\nSigned-off-by: Mallory <m@x>\n\u{1b}]0;x\u{7}.csv";
    sb.write(
        &format!("r/{name}"),
        "metric,date,value\nfcr,2026-03-01,70\n",
    );
    let out = sb.charter_in(
        "r/plan",
        &[
            "--today",
            TODAY,
            "import",
            "readings",
            &format!("../{name}"),
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let message = sb.git("r", &["log", "-1", "--format=%B"]);
    assert!(
        message.starts_with("import readings: 1 reading"),
        "{message}"
    );
    assert_eq!(message.trim_end().lines().count(), 1, "{message:?}");
    assert!(
        !message.chars().any(|c| c.is_control() && c != '\n'),
        "{message:?}"
    );
    let trailers = sb.git("r", &["log", "-1", "--format=%(trailers)"]);
    assert_eq!(trailers.trim(), "", "{message:?}");
}

/// Asserts that a refused save left the repository as it was.
fn assert_nothing_saved(sb: &Sandbox, head: &str, metrics: &str, out: &std::process::Output) {
    assert_eq!(code(out), 2, "{}", stderr(out));
    assert_eq!(sb.git("r", &["rev-parse", "HEAD"]), head);
    assert_eq!(sb.read("r/plan/metrics.yaml"), metrics);
}

#[test]
fn a_plan_file_under_a_clean_filter_is_not_committed_around_it() {
    let sb = repo_with_plan();
    sb.git("r", &["config", "filter.rot.clean", "tr a-z n-za-m"]);
    sb.git("r", &["config", "filter.rot.smudge", "tr a-z n-za-m"]);
    let attributes = sb.read("r/plan/.gitattributes") + "metrics.yaml filter=rot\n";
    sb.write("r/plan/.gitattributes", &attributes);
    let head = sb.git("r", &["rev-parse", "HEAD"]);
    let metrics = sb.read("r/plan/metrics.yaml");
    let out = record_in_r(&sb);
    assert_nothing_saved(&sb, &head, &metrics, &out);
    let said = stderr(&out);
    assert!(
        said.contains("plan/metrics.yaml has `filter=rot`"),
        "{said}"
    );
    assert!(said.contains("git commit"), "{said}");
}

#[test]
fn text_and_eol_attributes_are_applied_as_git_applies_them() {
    let sb = repo_with_plan();
    sb.write("r/.gitattributes", "*.yaml text eol=crlf\n");
    sb.git("r", &["add", ".gitattributes"]);
    sb.git(
        "r",
        &[
            "commit",
            "-qm",
            "yaml files are text, CRLF in the work tree",
        ],
    );
    // The work tree as git checks it out under the attribute.
    sb.git("r", &["rm", "-q", "--cached", "-r", "plan"]);
    sb.git("r", &["reset", "-q", "--hard"]);
    assert!(sb.read("r/plan/metrics.yaml").contains("\r\n"));
    let out = record_in_r(&sb);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let committed = sb.git("r", &["show", "HEAD:plan/metrics.yaml"]);
    assert!(
        committed.contains("2026-03-15"),
        "the reading was not committed"
    );
    assert!(!committed.contains('\r'), "the commit holds CRLF line ends");
    assert_eq!(sb.git("r", &["status", "--porcelain"]), "");
}

#[test]
fn a_failing_pre_commit_hook_is_not_bypassed() {
    let sb = repo_with_plan();
    let hook = sb.work().join("r/.git/hooks/pre-commit");
    std::fs::write(&hook, "#!/bin/sh\necho no >&2\nexit 1\n").unwrap();
    set_executable(&hook);
    let head = sb.git("r", &["rev-parse", "HEAD"]);
    let metrics = sb.read("r/plan/metrics.yaml");
    let out = record_in_r(&sb);
    assert_nothing_saved(&sb, &head, &metrics, &out);
    let said = stderr(&out);
    assert!(said.contains("pre-commit hook"), "{said}");
    assert!(said.contains(".git/hooks/pre-commit"), "{said}");
    assert!(said.contains("git commit"), "{said}");
}

#[test]
fn a_hook_in_core_hooks_path_is_not_bypassed() {
    let sb = repo_with_plan();
    let hook = sb.work().join("r/githooks/commit-msg");
    sb.write("r/githooks/commit-msg", "#!/bin/sh\nexit 1\n");
    set_executable(&hook);
    sb.git("r", &["config", "core.hooksPath", "githooks"]);
    let head = sb.git("r", &["rev-parse", "HEAD"]);
    let metrics = sb.read("r/plan/metrics.yaml");
    let out = record_in_r(&sb);
    assert_nothing_saved(&sb, &head, &metrics, &out);
    assert!(stderr(&out).contains("commit-msg hook"), "{}", stderr(&out));
}

#[test]
fn sample_and_non_executable_hooks_are_not_active() {
    let sb = repo_with_plan();
    sb.write("r/.git/hooks/pre-commit", "#!/bin/sh\nexit 1\n");
    let sample = sb.work().join("r/.git/hooks/commit-msg.sample");
    std::fs::write(&sample, "#!/bin/sh\nexit 1\n").unwrap();
    set_executable(&sample);
    let out = record_in_r(&sb);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
}

#[test]
fn commit_signing_is_not_bypassed() {
    let sb = repo_with_plan();
    sb.git("r", &["config", "commit.gpgsign", "true"]);
    let head = sb.git("r", &["rev-parse", "HEAD"]);
    let metrics = sb.read("r/plan/metrics.yaml");
    let out = record_in_r(&sb);
    assert_nothing_saved(&sb, &head, &metrics, &out);
    let said = stderr(&out);
    assert!(said.contains("commit.gpgsign is true"), "{said}");
    assert!(said.contains("git config commit.gpgsign false"), "{said}");
}

#[test]
fn tag_signing_is_not_bypassed_by_review_close() {
    let sb = repo_with_plan();
    sb.git("r", &["config", "tag.gpgsign", "true"]);
    let out = sb.charter_in("r/plan", &["--today", TODAY, "review", "new"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let head = sb.git("r", &["rev-parse", "HEAD"]);
    let out = sb.charter_in("r/plan", &["--today", TODAY, "review", "close"]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    let said = stderr(&out);
    assert!(said.contains("tag.gpgsign is true"), "{said}");
    assert!(said.contains("git tag -s review/DATE"), "{said}");
    assert_eq!(sb.git("r", &["rev-parse", "HEAD"]), head);
    assert_eq!(sb.git("r", &["tag", "--list"]), "");
}

#[test]
fn new_refuses_a_repository_with_a_commit_hook_before_writing() {
    let sb = Sandbox::new();
    sb.repo_init("r");
    sb.write("r/.git/hooks/post-commit", "#!/bin/sh\nexit 0\n");
    set_executable(&sb.work().join("r/.git/hooks/post-commit"));
    let out = sb.charter_in("r", &["--today", TODAY, "new", "plan"]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("post-commit hook"),
        "{}",
        stderr(&out)
    );
    assert!(!sb.work().join("r/plan").exists());
}

#[test]
fn new_refuses_plan_files_under_a_filter_before_writing() {
    let sb = Sandbox::new();
    sb.repo_init("r");
    sb.git("r", &["config", "filter.rot.clean", "tr a-z n-za-m"]);
    sb.write("r/.gitattributes", "*.yaml filter=rot\n");
    let out = sb.charter_in("r", &["--today", TODAY, "new", "plan"]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(stderr(&out).contains("`filter=rot`"), "{}", stderr(&out));
    assert!(!sb.work().join("r/plan").exists());
}

fn set_executable(path: &std::path::Path) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).unwrap();
}
