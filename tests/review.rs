//! `charter review new` and `charter review close` end to end: the real
//! binary on a small plan in a temporary git repository, with a fixed today.

#![allow(clippy::unwrap_used)]

mod common;

use common::{code, stderr, stdout, Sandbox};

const TODAY: &str = "2026-03-31";
const REVIEW: &str = "repo/plan/reviews/2026-03-31.yaml";

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
  - id: kickoff
    title: Kick-off
    owner: dana
    due: 2026-01-31
    status: done
    done_on: 2026-01-30
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
  - id: vendor
    title: Sign the telephony contract
    owner: moshe
    due: 2026-03-20
    status: blocked
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
      - { on: 2026-03-28, value: 66 }
  - id: asa
    name: Average speed of answer
    unit: s
    direction: down
    owner: moshe
";

const EARLIER_REVIEW: &str = "date: 2026-03-03
title: Steering review 1
attendees: [dana, moshe]
milestones:
  - id: crm
    health: at_risk
    progress: 40
    forecast: 2026-05-15
    note: Vendor delayed the integration.
actions:
  - { text: Renegotiate the CRM delivery date, owner: moshe, due: 2026-03-20, done: false, milestone: crm }
  - { text: Book the trainers, owner: dana, due: 2026-03-10, done: true }
";

/// A repository at `work/repo` with other project files and the plan at
/// `work/repo/plan` (one earlier review, committed by hand, not tagged), plus
/// an unstaged and a staged change that are none of charter's business.
fn repo_with_plan(sb: &Sandbox) {
    sb.repo_init("repo");
    sb.write("repo/README.md", "other project files\n");
    sb.write("repo/plan/plan.yaml", PLAN);
    sb.write("repo/plan/committee.yaml", COMMITTEE);
    sb.write("repo/plan/milestones.yaml", MILESTONES);
    sb.write("repo/plan/metrics.yaml", METRICS);
    sb.write("repo/plan/reviews/2026-03-03.yaml", EARLIER_REVIEW);
    sb.git("repo", &["add", "."]);
    sb.git("repo", &["commit", "-qm", "start"]);
    sb.write("repo/README.md", "edited but not staged\n");
    sb.write("repo/notes.txt", "staged\n");
    sb.git("repo", &["add", "notes.txt"]);
}

/// Runs charter in the plan folder with the fixed today.
fn charter(sb: &Sandbox, args: &[&str]) -> std::process::Output {
    let mut all = vec!["--today", TODAY];
    all.extend_from_slice(args);
    sb.charter_in("repo/plan", &all)
}

fn git(sb: &Sandbox, args: &[&str]) -> String {
    sb.git("repo", args).trim_end().to_string()
}

fn edit(sb: &Sandbox, path: &str, from: &str, to: &str) {
    let text = sb.read(path);
    assert!(text.contains(from), "{from:?} not in {path}:\n{text}");
    sb.write(path, &text.replacen(from, to, 1));
}

const DRAFT: &str = "date: 2026-03-31
title: Steering review 2
attendees: [dana, moshe]
milestones:
  - id: crm
    health: at_risk
    progress: 40
    forecast: 2026-05-15
  - id: training
    health: not_started
    progress: 0
    forecast: 2026-05-31
  - id: vendor
    health: off_track
    progress: 0
    forecast: 2026-03-31
metrics:
  - { id: fcr, value: 66 }
actions:
  - { text: Renegotiate the CRM delivery date, owner: moshe, due: 2026-03-20, done: false, milestone: crm }
";

#[test]
fn new_drafts_the_review_from_the_plan_and_commits_nothing() {
    let sb = Sandbox::new();
    repo_with_plan(&sb);
    let status = git(&sb, &["status", "--porcelain"]);
    let out = charter(&sb, &["review", "new"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "drafted reviews/2026-03-31.yaml: 3 open milestones, 1 metric, 1 open action carried over; \
         edit it, then `charter review close 2026-03-31`\n"
    );
    assert_eq!(sb.read(REVIEW), DRAFT);
    assert_eq!(git(&sb, &["log", "--format=%s"]), "start");
    assert_eq!(
        git(&sb, &["status", "--porcelain"]),
        format!("{status}\n?? plan/reviews/2026-03-31.yaml")
    );
    // The draft is a valid review as it stands.
    let check = charter(&sb, &["check"]);
    assert_eq!(code(&check), 0, "{}{}", stdout(&check), stderr(&check));
}

/// A plan that carries its schemas (as `charter new` makes it) gets
/// drafts that name theirs; one without them gets none, so no editor
/// looks for a schema that is not there (the test above).
#[test]
fn a_draft_names_its_schema_when_the_plan_carries_the_schemas() {
    let sb = Sandbox::new();
    repo_with_plan(&sb);
    let out = sb.charter_in("repo/plan", &["schema", "--out", ".charter/schema"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let out = charter(&sb, &["review", "new"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        sb.read(REVIEW),
        format!("# yaml-language-server: $schema=../.charter/schema/review.schema.json\n{DRAFT}")
    );
    let check = charter(&sb, &["check"]);
    assert_eq!(code(&check), 0, "{}{}", stdout(&check), stderr(&check));
    // Files charter did not create are left as they were written.
    assert!(sb.read("repo/plan/reviews/2026-03-03.yaml") == EARLIER_REVIEW);
}

#[test]
fn new_takes_its_date_from_the_option() {
    let sb = Sandbox::new();
    repo_with_plan(&sb);
    let out = charter(&sb, &["review", "new", "--date", "2026-04-28"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("drafted reviews/2026-04-28.yaml: 3 open milestones"),
        "{}",
        stdout(&out)
    );
    let draft = sb.read("repo/plan/reviews/2026-04-28.yaml");
    assert!(draft.starts_with("date: 2026-04-28\n"), "{draft}");
}

#[test]
fn new_refuses_a_review_that_exists_and_says_what_to_do() {
    let sb = Sandbox::new();
    repo_with_plan(&sb);
    assert_eq!(code(&charter(&sb, &["review", "new"])), 0);
    edit(&sb, REVIEW, "health: not_started", "health: on_track");
    let edited = sb.read(REVIEW);
    let out = charter(&sb, &["review", "new"]);
    assert_eq!(code(&out), 2);
    assert_eq!(
        stderr(&out),
        "charter: reviews/2026-03-31.yaml already exists: edit it, or close it with \
         `charter review close 2026-03-31`\n"
    );
    assert_eq!(sb.read(REVIEW), edited);

    assert_eq!(code(&charter(&sb, &["review", "close"])), 0);
    let commit = git(&sb, &["rev-parse", "--short=7", "HEAD"]);
    let out = charter(&sb, &["review", "new"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains(&format!("already exists and was closed in commit {commit}")),
        "{}",
        stderr(&out)
    );
}

#[test]
fn close_commits_the_plan_files_with_the_summary_and_tags_the_commit() {
    let sb = Sandbox::new();
    repo_with_plan(&sb);
    let status = git(&sb, &["status", "--porcelain"]);
    assert_eq!(code(&charter(&sb, &["review", "new"])), 0);
    // The committee's edits: a health, a decision, and a milestone started.
    edit(&sb, REVIEW, "health: not_started", "health: on_track");
    edit(
        &sb,
        REVIEW,
        "actions:\n",
        "decisions:\n  - { text: Add two trainers, owner: dana }\nactions:\n",
    );
    edit(
        &sb,
        "repo/plan/milestones.yaml",
        "due: 2026-05-31\n    status: planned",
        "due: 2026-05-31\n    status: in_progress",
    );

    // No date: the one review not closed with uncommitted changes.
    let out = charter(&sb, &["review", "close"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let message = "review 2026-03-31: 1 on track, 1 at risk, 1 off track; 1 decision, 1 action";
    let commit = git(&sb, &["rev-parse", "--short=7", "HEAD"]);
    // The milestone started by hand is named in the commit: the message
    // is about the review, and the commit holds more.
    let outside = "milestone training: status planned → in_progress";
    assert_eq!(
        stdout(&out),
        format!(
            "committed {commit}: {message}\n  milestones.yaml, reviews/2026-03-31.yaml\n  \
             also holds edits made outside charter before this save (listed in the commit \
             message): {outside}\n\
             tagged {commit} as review/2026-03-31\n"
        )
    );
    assert_eq!(
        git(&sb, &["log", "-1", "--format=%s|%an"]),
        format!("{message}|Dana Levi")
    );
    assert_eq!(
        git(&sb, &["log", "-1", "--format=%b"]),
        format!("Also holds edits made outside charter before this save:\n- {outside}")
    );
    assert_eq!(
        git(&sb, &["show", "--name-only", "--format=", "HEAD"]),
        "plan/milestones.yaml\nplan/reviews/2026-03-31.yaml"
    );
    // An annotated tag on that very commit, with the summary as its message.
    assert_eq!(git(&sb, &["cat-file", "-t", "review/2026-03-31"]), "tag");
    assert_eq!(
        git(&sb, &["rev-parse", "review/2026-03-31^{commit}"]),
        git(&sb, &["rev-parse", "HEAD"])
    );
    assert_eq!(
        git(
            &sb,
            &[
                "tag",
                "-l",
                "--format=%(contents:subject)",
                "review/2026-03-31"
            ]
        ),
        message
    );
    // The other changes of the repository are as they were.
    assert_eq!(git(&sb, &["status", "--porcelain"]), status);
}

#[test]
fn closing_again_without_a_change_is_a_no_op() {
    let sb = Sandbox::new();
    repo_with_plan(&sb);
    assert_eq!(code(&charter(&sb, &["review", "new"])), 0);
    assert_eq!(code(&charter(&sb, &["review", "close", "2026-03-31"])), 0);
    let head = git(&sb, &["rev-parse", "HEAD"]);
    let out = charter(&sb, &["review", "close", "2026-03-31"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        format!(
            "review 2026-03-31 is already closed (commit {}, tag review/2026-03-31) and has not \
             changed since; nothing to do\n",
            &head[..7]
        )
    );
    assert_eq!(git(&sb, &["rev-parse", "HEAD"]), head);
}

#[test]
fn a_closed_review_changed_later_is_amended_by_a_new_commit() {
    let sb = Sandbox::new();
    repo_with_plan(&sb);
    assert_eq!(code(&charter(&sb, &["review", "new"])), 0);
    assert_eq!(code(&charter(&sb, &["review", "close"])), 0);
    let closed = git(&sb, &["rev-parse", "HEAD"]);

    edit(
        &sb,
        REVIEW,
        "actions:\n",
        "decisions:\n  - { text: Add two trainers, owner: dana }\n  \
         - { text: Report FCR weekly, owner: moshe }\nactions:\n",
    );
    let out = charter(&sb, &["review", "close", "2026-03-31"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let message =
        "review 2026-03-31 amended: 1 at risk, 1 off track, 1 not started; 2 decisions, 1 action";
    let amended = git(&sb, &["rev-parse", "HEAD"]);
    assert_ne!(amended, closed);
    assert_eq!(
        stdout(&out),
        format!(
            "committed {}: {message}\n  reviews/2026-03-31.yaml\n\
             the tag review/2026-03-31 stays on {}, the commit that closed the review\n",
            &amended[..7],
            &closed[..7]
        )
    );
    assert_eq!(git(&sb, &["log", "-1", "--format=%s"]), message);
    assert_eq!(
        git(&sb, &["show", "--name-only", "--format=", "HEAD"]),
        "plan/reviews/2026-03-31.yaml"
    );
    assert_eq!(
        git(&sb, &["rev-parse", "review/2026-03-31^{commit}"]),
        closed
    );

    // The log shows the close and the amendment; diff says what the
    // amendment changed, from the review's tag.
    let out = charter(&sb, &["log", "--format", "json", "-n", "2"]);
    let log: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(log[0]["summary"], message);
    assert_eq!(log[0]["review"], "2026-03-31");
    assert_eq!(log[0]["review_role"], "amend");
    assert_eq!(log[1]["commit"], closed.as_str());
    assert_eq!(log[1]["review_role"], "close");
    let text = stdout(&charter(&sb, &["log", "-n", "2"]));
    assert!(text.contains("[amends review 2026-03-31]"), "{text}");
    let out = charter(&sb, &["diff", "review/2026-03-31", "HEAD"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "review/2026-03-31 → HEAD: 1 review changed\n\
         reviews/2026-03-31.yaml\n  \
         review 2026-03-31: 2 decisions added (Add two trainers, Report FCR weekly)\n"
    );
}

#[test]
fn a_review_with_errors_is_not_closed_and_nothing_is_committed() {
    let sb = Sandbox::new();
    repo_with_plan(&sb);
    assert_eq!(code(&charter(&sb, &["review", "new"])), 0);
    edit(
        &sb,
        REVIEW,
        "actions:\n",
        "decisions:\n  - { text: Hire a vendor, owner: nobody }\nactions:\n",
    );
    let out = charter(&sb, &["review", "close"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with(
            "reviews/2026-03-31.yaml:20:35: error: owner `nobody` of a decision of review 2026-03-31"
        ),
        "{}",
        stdout(&out)
    );
    assert!(stdout(&out).contains(" 20 | "), "{}", stdout(&out));
    assert!(
        stderr(&out).contains(
            "review 2026-03-31 was not closed and nothing was committed: fix the errors above"
        ),
        "{}",
        stderr(&out)
    );
    assert_eq!(git(&sb, &["log", "--format=%s"]), "start");
    assert_eq!(git(&sb, &["tag", "-l"]), "");
}

#[test]
fn close_without_an_open_review_says_which_exist() {
    let sb = Sandbox::new();
    repo_with_plan(&sb);
    // The earlier review is in a commit already: closing it tags that commit.
    let out = charter(&sb, &["review", "close", "2026-03-03"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let head = git(&sb, &["rev-parse", "--short=7", "HEAD"]);
    assert!(
        stdout(&out).ends_with(&format!("tagged {head} as review/2026-03-03\n")),
        "{}",
        stdout(&out)
    );
    assert_eq!(git(&sb, &["log", "--format=%s"]), "start");

    let out = charter(&sb, &["review", "close"]);
    assert_eq!(code(&out), 2);
    assert_eq!(
        stderr(&out),
        "charter: no review is open: every review is closed, the last on 2026-03-03; start the \
         next with `charter review new`, or name a closed review to amend it: \
         `charter review close 2026-03-03`\n"
    );

    let out = charter(&sb, &["review", "close", "2026-03-31"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains(
            "there is no reviews/2026-03-31.yaml (the reviews are 2026-03-03): start it with \
             `charter review new --date 2026-03-31`"
        ),
        "{}",
        stderr(&out)
    );
}

#[test]
fn close_with_several_drafts_asks_which() {
    let sb = Sandbox::new();
    repo_with_plan(&sb);
    assert_eq!(code(&charter(&sb, &["review", "new"])), 0);
    assert_eq!(
        code(&charter(&sb, &["review", "new", "--date", "2026-04-28"])),
        0
    );
    let out = charter(&sb, &["review", "close"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains(
            "3 reviews are not closed yet (2026-03-03, 2026-03-31, 2026-04-28): say which to close"
        ),
        "{}",
        stderr(&out)
    );
    assert_eq!(git(&sb, &["log", "--format=%s"]), "start");
}

#[test]
fn close_needs_a_repository_ready_for_a_commit() {
    let sb = Sandbox::new();
    repo_with_plan(&sb);
    assert_eq!(code(&charter(&sb, &["review", "new"])), 0);
    std::fs::write(sb.work().join("repo/.git/index.lock"), "").unwrap();
    let out = charter(&sb, &["review", "close"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("another git process seems to be running"),
        "{}",
        stderr(&out)
    );
    std::fs::remove_file(sb.work().join("repo/.git/index.lock")).unwrap();
    assert_eq!(git(&sb, &["tag", "-l"]), "");

    sb.copy_from_project("templates/contact-center", "loose");
    let out = sb.charter_in("loose", &["--today", TODAY, "review", "new"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let out = sb.charter_in("loose", &["--today", TODAY, "review", "close"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("is not in a git repository, so no review can be closed"),
        "{}",
        stderr(&out)
    );
}

/// An overdue milestone is forecast for the review's day, not its passed
/// due date, so its slip shows; a forecast already past when written is a
/// warning of `check`.
#[test]
fn an_overdue_milestone_is_forecast_no_earlier_than_the_review() {
    let sb = Sandbox::new();
    repo_with_plan(&sb);
    let out = charter(&sb, &["review", "new"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let draft = sb.read(REVIEW);
    assert!(
        draft.contains(
            "  - id: vendor\n    health: off_track\n    progress: 0\n    forecast: 2026-03-31\n"
        ),
        "{draft}"
    );
    edit(&sb, REVIEW, "forecast: 2026-03-31", "forecast: 2026-03-20");
    let out = charter(&sb, &["check"]);
    assert!(
        stdout(&out).contains(
            "reviews/2026-03-31.yaml:16:15: warning: milestone `vendor` is forecast for 2026-03-20 in review 2026-03-31"
        ),
        "{}",
        stdout(&out)
    );
}
