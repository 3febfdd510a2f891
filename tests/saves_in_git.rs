//! Saves in the git states that used to hide, drop or damage something
//! (issue 13, points 6, 8 and 9), through the real binary and the UI's
//! save on a small plan in a temporary repository:
//! - hand edits already in a file charter commits are named in the
//!   commit's message, not hidden under charter's own change;
//! - a plan file git keeps out of sight (sparse checkout, assume-unchanged)
//!   or that the folder lacks while HEAD holds it is refused before any
//!   save, instead of being committed as empty;
//! - an index left behind HEAD by a `review close` stopped after its
//!   commit is repaired by the next run, so the user's next `git commit`
//!   does not delete the review.

#![allow(clippy::unwrap_used)]

mod common;

use std::process::Output;

use charter::domain::types::Date;
use charter::store::plan_dir;
use charter::tui::app::App;
use common::{code, stderr, stdout, Sandbox};

const TODAY: &str = "2026-03-31";
const REVIEW: &str = "repo/plan/reviews/2026-03-31.yaml";
const OUTSIDE: &str = "Also holds edits made outside charter before this save:";

const PLAN: &str = "schema: 1
id: acme
title: Acme service
start: 2026-01-05
end: 2026-12-31
review_every: 4w
";

const COMMITTEE: &str = "members:
  - { id: dana, name: Dana Levi, role: chair }
  - { id: moshe, name: Moshe Katz, role: member }
";

const MILESTONES: &str = "milestones:
  - id: crm
    title: CRM case view live
    owner: dana
    due: 2026-04-30
    status: in_progress
  - id: training
    title: Train every representative
    owner: moshe
    due: 2026-05-31
    status: planned
";

const METRICS: &str = "metrics:
  - id: fcr
    name: First-contact resolution
    unit: \"%\"
    direction: up
    owner: dana
    baseline: { value: 62, on: 2026-01-01 }
    target: { value: 74, by: 2026-09-30 }
    readings:
      - { on: 2026-02-28, value: 64 }
  - id: asa
    name: Average speed of answer
    unit: s
    direction: down
    owner: moshe
    baseline: { value: 80, on: 2026-01-01 }
    target: { value: 60, by: 2026-09-30 }
";

/// A repository at `work/repo` with a README and the plan at
/// `work/repo/plan`, all committed.
fn repo_with_plan(sb: &Sandbox) {
    sb.repo_init("repo");
    sb.write("repo/README.md", "other project files\n");
    sb.write("repo/plan/plan.yaml", PLAN);
    sb.write("repo/plan/committee.yaml", COMMITTEE);
    sb.write("repo/plan/milestones.yaml", MILESTONES);
    sb.write("repo/plan/metrics.yaml", METRICS);
    sb.git("repo", &["add", "."]);
    sb.git("repo", &["commit", "-qm", "start"]);
}

/// Runs charter in the plan folder with the fixed today.
fn charter(sb: &Sandbox, args: &[&str]) -> Output {
    let mut all = vec!["--today", TODAY];
    all.extend_from_slice(args);
    let out = sb.charter_in("repo/plan", &all);
    assert!(
        !stderr(&out).contains("panicked"),
        "charter panicked:\n{}",
        stderr(&out)
    );
    out
}

fn git(sb: &Sandbox, args: &[&str]) -> String {
    sb.git("repo", args).trim_end().to_string()
}

fn edit(sb: &Sandbox, path: &str, from: &str, to: &str) {
    let text = sb.read(path);
    assert!(text.contains(from), "{from:?} not in {path}:\n{text}");
    sb.write(path, &text.replacen(from, to, 1));
}

fn last_message(sb: &Sandbox) -> String {
    git(sb, &["log", "-1", "--format=%B"])
}

/// What a refused save must leave exactly as it was.
#[derive(Debug, PartialEq)]
struct State {
    head: String,
    index: String,
    status: String,
    tags: String,
    metrics: String,
}

fn state(sb: &Sandbox) -> State {
    State {
        head: git(sb, &["rev-parse", "HEAD"]),
        index: git(sb, &["ls-files", "-s", "-v"]),
        status: git(sb, &["status", "--porcelain"]),
        tags: git(sb, &["tag", "-l"]),
        metrics: sb.read("repo/plan/metrics.yaml"),
    }
}

/// The plan as the UI holds it after loading.
fn app(sb: &Sandbox) -> App {
    let dir = plan_dir::load(&sb.work().join("repo/plan")).unwrap();
    charter::tui::open(dir, Date::parse(TODAY).unwrap())
}

// ---- Point 6: a commit names every plan change it holds ----

#[test]
fn record_names_the_hand_edits_it_commits_with_its_reading() {
    let sb = Sandbox::new();
    repo_with_plan(&sb);
    // By hand, not committed: a target in the file record writes, and a
    // milestone in a file record does not touch.
    edit(
        &sb,
        "repo/plan/metrics.yaml",
        "target: { value: 74,",
        "target: { value: 99,",
    );
    // (A change of size: one of the same size, made in the same clock tick
    // as git's last index write, can look racily clean to git.)
    edit(
        &sb,
        "repo/plan/milestones.yaml",
        "status: planned",
        "status: in_progress",
    );

    let out = charter(&sb, &["record", "asa", "70", "--on", "2026-03-30"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        last_message(&sb),
        format!(
            "metric asa: reading 70 on 2026-03-30\n\n{OUTSIDE}\n- metric fcr: target.value 74 → 99"
        )
    );
    assert!(
        stdout(&out).contains(
            "also holds edits made outside charter before this save (listed in the commit \
             message): metric fcr: target.value 74 → 99"
        ),
        "{}",
        stdout(&out)
    );
    // Only the file record wrote is committed; the other edit waits.
    assert_eq!(
        git(&sb, &["show", "--name-only", "--format=", "HEAD"]),
        "plan/metrics.yaml"
    );
    assert_eq!(
        git(&sb, &["status", "--porcelain"]),
        " M plan/milestones.yaml"
    );
}

#[test]
fn a_hand_edit_in_the_very_item_charter_changes_is_named_too() {
    let sb = Sandbox::new();
    repo_with_plan(&sb);
    edit(
        &sb,
        "repo/plan/metrics.yaml",
        "target: { value: 60,",
        "target: { value: 50,",
    );
    let out = charter(&sb, &["record", "asa", "70", "--on", "2026-03-30"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        last_message(&sb),
        format!(
            "metric asa: reading 70 on 2026-03-30\n\n{OUTSIDE}\n- metric asa: target.value 60 → 50"
        )
    );
}

#[test]
fn a_save_on_a_clean_file_has_no_body() {
    let sb = Sandbox::new();
    repo_with_plan(&sb);
    // Layout and comments changed by hand are no plan change.
    edit(
        &sb,
        "repo/plan/metrics.yaml",
        "  - id: asa\n",
        "  # answered by the IVR team\n  - id: asa\n",
    );
    let out = charter(&sb, &["record", "asa", "70", "--on", "2026-03-30"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(last_message(&sb), "metric asa: reading 70 on 2026-03-30");
    assert!(
        !stdout(&out).contains("outside charter"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn fmt_names_hand_edits_but_not_its_own_reformatting() {
    let sb = Sandbox::new();
    repo_with_plan(&sb);
    // committee.yaml: only its layout changed by hand (not canonical);
    // metrics.yaml: its layout and a target.
    sb.write(
        "repo/plan/committee.yaml",
        "members:\n- id: dana\n  role: chair\n  name: Dana Levi\n- {id: moshe, name: Moshe Katz, role: member}\n",
    );
    edit(
        &sb,
        "repo/plan/metrics.yaml",
        "target: { value: 74, by: 2026-09-30 }",
        "target: {by: 2026-09-30, value: 99}",
    );
    let out = charter(&sb, &["fmt"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        last_message(&sb),
        format!(
            "fmt: rewrite committee.yaml, metrics.yaml canonically\n\n{OUTSIDE}\n\
             - metric fcr: target.value 74 → 99"
        )
    );
    assert_eq!(sb.read("repo/plan/committee.yaml"), COMMITTEE);
}

#[test]
fn a_plan_never_committed_lists_what_its_first_commit_holds() {
    let sb = Sandbox::new();
    sb.repo_init("repo");
    sb.write("repo/plan/plan.yaml", PLAN);
    sb.write("repo/plan/committee.yaml", COMMITTEE);
    sb.write("repo/plan/metrics.yaml", METRICS);
    let out = charter(&sb, &["record", "asa", "70", "--on", "2026-03-30"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        last_message(&sb),
        format!(
            "metric asa: reading 70 on 2026-03-30\n\n{OUTSIDE}\n\
             - plan: added\n\
             - member dana: added\n\
             - member moshe: added\n\
             - metric fcr: added\n\
             - metric asa: added"
        )
    );
}

#[test]
fn review_close_names_the_hand_edits_besides_the_review() {
    let sb = Sandbox::new();
    repo_with_plan(&sb);
    assert_eq!(code(&charter(&sb, &["review", "new"])), 0);
    edit(&sb, REVIEW, "health: not_started", "health: on_track");
    edit(
        &sb,
        "repo/plan/milestones.yaml",
        "status: planned",
        "status: in_progress",
    );
    let out = charter(&sb, &["review", "close"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let subject = git(&sb, &["log", "-1", "--format=%s"]);
    assert!(subject.starts_with("review 2026-03-31: "), "{subject}");
    // The review is what the message is about; the milestone is not.
    assert_eq!(
        last_message(&sb),
        format!("{subject}\n\n{OUTSIDE}\n- milestone training: status planned → in_progress")
    );
    assert!(
        stdout(&out).contains("  also holds edits made outside charter"),
        "{}",
        stdout(&out)
    );
    // The tag's message is the summary alone.
    assert_eq!(
        git(
            &sb,
            &["tag", "-l", "--format=%(contents)", "review/2026-03-31"]
        ),
        subject
    );
}

#[test]
fn the_ui_save_names_the_hand_edits_it_commits() {
    let sb = Sandbox::new();
    repo_with_plan(&sb);
    edit(
        &sb,
        "repo/plan/metrics.yaml",
        "target: { value: 74,",
        "target: { value: 99,",
    );
    let mut app = app(&sb);
    app.plan.metrics.metrics[1].owner = Some(charter::domain::types::Id::new("dana").unwrap());
    charter::tui::perform(
        &mut app,
        charter::tui::app::Effect::Save("metric asa: owner moshe → dana".into()),
    );
    let (note, error) = app.message.clone().unwrap();
    assert!(!error, "{note}");
    assert!(
        note.contains("also holds edits made outside charter"),
        "{note}"
    );
    assert_eq!(
        last_message(&sb),
        format!("metric asa: owner moshe → dana\n\n{OUTSIDE}\n- metric fcr: target.value 74 → 99")
    );
}

// ---- Point 8: files git hides, or the folder lacks, are refused ----

/// Record refuses, exit 2, with a message naming the file and saying
/// what to do, and leaves everything as it was.
fn assert_record_refused(sb: &Sandbox, expected: &[&str]) {
    let before = state(sb);
    let out = charter(sb, &["record", "asa", "70", "--on", "2026-03-30"]);
    assert_eq!(code(&out), 2, "{}{}", stdout(&out), stderr(&out));
    for words in expected {
        assert!(
            stderr(&out).contains(words),
            "{words:?} not in:\n{}",
            stderr(&out)
        );
    }
    assert_eq!(state(sb), before);
}

#[test]
fn a_plan_file_hidden_by_skip_worktree_is_refused_before_any_save() {
    let sb = Sandbox::new();
    repo_with_plan(&sb);
    git(
        &sb,
        &["update-index", "--skip-worktree", "plan/milestones.yaml"],
    );
    std::fs::remove_file(sb.work().join("repo/plan/milestones.yaml")).unwrap();
    assert_record_refused(
        &sb,
        &[
            "plan/milestones.yaml is marked skip-worktree",
            "`git sparse-checkout disable`",
            "`git update-index --no-skip-worktree plan/milestones.yaml`",
        ],
    );
    // check says so too, where it reads the file as empty.
    let out = charter(&sb, &["check"]);
    assert_eq!(code(&out), 1);
    assert!(
        stdout(&out).starts_with(
            "milestones.yaml:1:1: error: plan/milestones.yaml is marked skip-worktree"
        ),
        "{}",
        stdout(&out)
    );
    // Doing what the message says makes record work again.
    git(
        &sb,
        &["update-index", "--no-skip-worktree", "plan/milestones.yaml"],
    );
    git(&sb, &["checkout", "--", "plan/milestones.yaml"]);
    let out = charter(&sb, &["record", "asa", "70", "--on", "2026-03-30"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        git(
            &sb,
            &[
                "ls-tree",
                "-r",
                "--name-only",
                "HEAD",
                "plan/milestones.yaml"
            ]
        ),
        "plan/milestones.yaml"
    );
}

#[test]
fn a_sparse_checkout_that_leaves_out_a_plan_file_is_refused() {
    let sb = Sandbox::new();
    repo_with_plan(&sb);
    git(
        &sb,
        &[
            "sparse-checkout",
            "set",
            "--no-cone",
            "/*",
            "!/plan/milestones.yaml",
        ],
    );
    assert!(!sb.work().join("repo/plan/milestones.yaml").exists());
    assert_record_refused(&sb, &["plan/milestones.yaml is marked skip-worktree"]);
}

#[test]
fn a_plan_file_marked_assume_unchanged_is_refused_before_any_save() {
    let sb = Sandbox::new();
    repo_with_plan(&sb);
    git(
        &sb,
        &["update-index", "--assume-unchanged", "plan/metrics.yaml"],
    );
    assert_record_refused(
        &sb,
        &[
            "plan/metrics.yaml is marked assume-unchanged",
            "`git update-index --no-assume-unchanged plan/metrics.yaml`",
        ],
    );
}

#[test]
fn a_plan_file_missing_from_the_folder_is_refused_not_committed_as_empty() {
    let sb = Sandbox::new();
    repo_with_plan(&sb);
    std::fs::remove_file(sb.work().join("repo/plan/milestones.yaml")).unwrap();
    assert_record_refused(
        &sb,
        &[
            "plan/milestones.yaml is in the last commit but missing from the folder",
            "`git checkout -- plan/milestones.yaml`",
            "`git rm plan/milestones.yaml`",
        ],
    );
    // The UI, where the lost milestones would be saved as none, refuses too.
    let mut app = app(&sb);
    assert!(app.plan.milestones.milestones.is_empty());
    app.plan.metrics.metrics[1].owner = Some(charter::domain::types::Id::new("dana").unwrap());
    let before = state(&sb);
    charter::tui::perform(
        &mut app,
        charter::tui::app::Effect::Save("metric asa: owner moshe → dana".into()),
    );
    let (note, error) = app.message.clone().unwrap();
    assert!(error, "{note}");
    assert!(note.contains("missing from the folder"), "{note}");
    assert_eq!(state(&sb), before);
    // A removal committed as the message says ends the refusal.
    git(&sb, &["rm", "-q", "plan/milestones.yaml"]);
    git(&sb, &["commit", "-qm", "no milestones"]);
    let out = charter(&sb, &["record", "asa", "70", "--on", "2026-03-30"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
}

#[test]
fn review_close_refuses_a_hidden_plan_file_and_commits_nothing() {
    let sb = Sandbox::new();
    repo_with_plan(&sb);
    assert_eq!(code(&charter(&sb, &["review", "new"])), 0);
    git(
        &sb,
        &["update-index", "--skip-worktree", "plan/milestones.yaml"],
    );
    std::fs::remove_file(sb.work().join("repo/plan/milestones.yaml")).unwrap();
    let before = state(&sb);
    let out = charter(&sb, &["review", "close"]);
    assert_eq!(code(&out), 2, "{}{}", stdout(&out), stderr(&out));
    assert!(stderr(&out).contains("skip-worktree"), "{}", stderr(&out));
    assert_eq!(state(&sb), before);
}

// ---- Point 9: an index left behind HEAD by a stopped close is repaired ----

/// The state `review close` leaves when it is killed after its commit moved
/// the branch, before it wrote the index and made the tag: HEAD holds the
/// review, the index does not (so `git status` shows it staged for
/// deletion), and there is no tag.
fn killed_after_the_commit(sb: &Sandbox) {
    let out = charter(sb, &["review", "close"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    git(sb, &["tag", "-d", "review/2026-03-31"]);
    git(
        sb,
        &["rm", "-q", "--cached", "plan/reviews/2026-03-31.yaml"],
    );
    let status = git(sb, &["status", "--porcelain", "-uall", "--", "plan"]);
    assert_eq!(
        status,
        "D  plan/reviews/2026-03-31.yaml\n?? plan/reviews/2026-03-31.yaml"
    );
}

#[test]
fn review_close_rerun_after_a_kill_repairs_the_index_and_tags() {
    let sb = Sandbox::new();
    repo_with_plan(&sb);
    assert_eq!(code(&charter(&sb, &["review", "new"])), 0);
    // Something of the user's staged, which must stay staged.
    sb.write("repo/notes.txt", "staged\n");
    git(&sb, &["add", "notes.txt"]);
    killed_after_the_commit(&sb);
    let head = git(&sb, &["rev-parse", "HEAD"]);

    let out = charter(&sb, &["review", "close"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(git(&sb, &["rev-parse", "HEAD"]), head, "a second commit");
    assert_eq!(git(&sb, &["rev-parse", "review/2026-03-31^{commit}"]), head);
    // The index holds the review as HEAD does; the user's change is intact.
    assert_eq!(git(&sb, &["status", "--porcelain"]), "A  notes.txt");
    // So the user's next commit holds their change and keeps the review.
    git(&sb, &["commit", "-qm", "notes"]);
    assert_eq!(
        git(&sb, &["show", "--name-status", "--format=", "HEAD"]),
        "A\tnotes.txt"
    );
    assert_eq!(
        git(&sb, &["ls-tree", "--name-only", "HEAD", "plan/reviews/"]),
        "plan/reviews/2026-03-31.yaml"
    );
}

#[test]
fn an_amendment_killed_after_its_commit_is_repaired_by_the_next_run() {
    let sb = Sandbox::new();
    repo_with_plan(&sb);
    assert_eq!(code(&charter(&sb, &["review", "new"])), 0);
    assert_eq!(code(&charter(&sb, &["review", "close"])), 0);
    let closed = git(&sb, &["rev-parse", "HEAD"]);
    // An amendment committed, its index update lost: the index holds the
    // review as first closed, HEAD and the folder the amended one.
    edit(&sb, REVIEW, "health: not_started", "health: on_track");
    assert_eq!(code(&charter(&sb, &["review", "close", "2026-03-31"])), 0);
    let amended = git(&sb, &["rev-parse", "HEAD"]);
    assert_ne!(amended, closed);
    let first_blob = git(
        &sb,
        &[
            "rev-parse",
            &format!("{closed}:plan/reviews/2026-03-31.yaml"),
        ],
    );
    git(
        &sb,
        &[
            "update-index",
            "--cacheinfo",
            &format!("100644,{first_blob},plan/reviews/2026-03-31.yaml"),
        ],
    );
    assert_eq!(
        git(&sb, &["status", "--porcelain"]),
        "MM plan/reviews/2026-03-31.yaml"
    );

    let out = charter(&sb, &["review", "close", "2026-03-31"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stdout(&out).contains("nothing to do"), "{}", stdout(&out));
    assert_eq!(git(&sb, &["rev-parse", "HEAD"]), amended);
    assert_eq!(git(&sb, &["status", "--porcelain"]), "");
}

#[test]
fn the_ui_close_rerun_after_a_kill_repairs_the_index_too() {
    let sb = Sandbox::new();
    repo_with_plan(&sb);
    assert_eq!(code(&charter(&sb, &["review", "new"])), 0);
    killed_after_the_commit(&sb);
    let head = git(&sb, &["rev-parse", "HEAD"]);
    let mut app = app(&sb);
    charter::tui::perform(
        &mut app,
        charter::tui::app::Effect::CloseReview(Date::parse(TODAY).unwrap()),
    );
    let (note, error) = app.message.clone().unwrap();
    assert!(!error, "{note}");
    assert_eq!(git(&sb, &["rev-parse", "review/2026-03-31^{commit}"]), head);
    assert_eq!(git(&sb, &["status", "--porcelain"]), "");
}

#[test]
fn a_save_after_a_kill_that_removed_a_review_drops_its_stale_entry() {
    let sb = Sandbox::new();
    repo_with_plan(&sb);
    assert_eq!(code(&charter(&sb, &["review", "new"])), 0);
    assert_eq!(code(&charter(&sb, &["review", "close"])), 0);
    // A commit that removed the review, stopped before the index: the
    // index still holds the review that HEAD and the folder no longer do.
    let blob = git(&sb, &["rev-parse", "HEAD:plan/reviews/2026-03-31.yaml"]);
    git(&sb, &["rm", "-q", "plan/reviews/2026-03-31.yaml"]);
    git(&sb, &["commit", "-qm", "drop the review"]);
    git(
        &sb,
        &[
            "update-index",
            "--add",
            "--cacheinfo",
            &format!("100644,{blob},plan/reviews/2026-03-31.yaml"),
        ],
    );
    assert_eq!(
        git(&sb, &["status", "--porcelain"]),
        "AD plan/reviews/2026-03-31.yaml"
    );
    let out = charter(&sb, &["record", "asa", "70", "--on", "2026-03-30"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(git(&sb, &["status", "--porcelain"]), "");
}
