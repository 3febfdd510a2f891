//! `charter sync` between two clones of a shared bare repository: edits to
//! different items merge cleanly and both clones end up identical; the same
//! field changed both ways stops with a conflict that names it, leaves valid
//! YAML with both values, and loses nothing.

#![allow(clippy::unwrap_used)]

mod common;

use std::process::Output;

use common::{code, stderr, stdout, Sandbox, TODAY};

/// `work/origin.git` (bare), and clones `a` and `b` holding the plan `plan`
/// made by `charter new` in `a`.
fn two_clones() -> Sandbox {
    let sb = Sandbox::new();
    sb.git("", &["init", "-q", "--bare", "-b", "main", "origin.git"]);
    sb.git("", &["clone", "-q", "origin.git", "a"]);
    let out = sb.charter_in("a", &["--today", TODAY, "new", "plan"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    sb.git("a", &["push", "-q", "-u", "origin", "main"]);
    sb.git("", &["clone", "-q", "origin.git", "b"]);
    sb
}

fn sync(sb: &Sandbox, clone: &str) -> Output {
    let out = sb.charter_in(&format!("{clone}/plan"), &["--today", TODAY, "sync"]);
    assert!(!stderr(&out).contains("panicked"), "{}", stderr(&out));
    out
}

/// Sets `field` of the item `id` in a plan file's text.
fn set(text: &str, id: &str, field: &str, value: &str) -> String {
    let mut inside = false;
    let mut done = false;
    let mut out = String::new();
    for line in text.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("- id: ") {
            inside = trimmed == format!("- id: {id}");
        }
        if inside && !done && trimmed.starts_with(&format!("{field}: ")) {
            let indent = &line[..line.len() - trimmed.len()];
            out.push_str(&format!("{indent}{field}: {value}\n"));
            done = true;
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    assert!(done, "no {field} in {id}");
    out
}

fn edit_and_commit(sb: &Sandbox, clone: &str, id: &str, field: &str, value: &str) {
    let path = format!("{clone}/plan/milestones.yaml");
    sb.write(&path, &set(&sb.read(&path), id, field, value));
    sb.git(
        clone,
        &[
            "commit",
            "-qam",
            &format!("milestone {id}: {field} {value}"),
        ],
    );
}

fn record(sb: &Sandbox, clone: &str, metric: &str, value: &str, on: &str) {
    let out = sb.charter_in(
        &format!("{clone}/plan"),
        &["--today", TODAY, "record", metric, value, "--on", on],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
}

fn assert_identical(sb: &Sandbox, file: &str) {
    assert_eq!(
        sb.read(&format!("a/plan/{file}")),
        sb.read(&format!("b/plan/{file}"))
    );
    assert_eq!(
        sb.git("a", &["rev-parse", "HEAD"]),
        sb.git("b", &["rev-parse", "HEAD"])
    );
}

#[test]
fn different_milestones_merge_and_both_clones_end_identical() {
    let sb = two_clones();
    edit_and_commit(&sb, "a", "current-state", "due", "2026-04-10");
    edit_and_commit(&sb, "b", "steering-set-up", "status", "done");

    let out = sync(&sb, "a");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        stdout(&out).trim(),
        "nothing new on origin/main; pushed 1 commit to origin/main"
    );
    let out = sync(&sb, "b");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        stdout(&out).trim(),
        "fetched 1 commit from origin/main; merged (milestone current-state: due 2026-04-03 → 2026-04-10); pushed 2 commits to origin/main",
    );
    let out = sync(&sb, "a");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stdout(&out).starts_with("fetched 2 commits from origin/main; fast-forwarded ("));
    assert!(stdout(&out).trim_end().ends_with("nothing to push"));

    assert_identical(&sb, "milestones.yaml");
    let text = sb.read("b/plan/milestones.yaml");
    assert!(text.contains("due: 2026-04-10"));
    assert_eq!(text.matches("status: done").count(), 1);
    let check = sb.charter_in("b/plan", &["--today", TODAY, "check"]);
    assert!(!stdout(&check).contains(": error:"), "{}", stdout(&check));
}

#[test]
fn readings_of_different_metrics_and_dates_merge() {
    let sb = two_clones();
    record(&sb, "a", "fcr", "63", "2026-03-01");
    record(&sb, "b", "fcr", "64", "2026-03-08");
    record(&sb, "b", "asa", "75", "2026-03-08");

    assert_eq!(code(&sync(&sb, "a")), 0);
    let out = sync(&sb, "b");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        stdout(&out).contains("merged (metric fcr: 1 reading added"),
        "{}",
        stdout(&out)
    );
    assert_eq!(code(&sync(&sb, "a")), 0);

    assert_identical(&sb, "metrics.yaml");
    let text = sb.read("a/plan/metrics.yaml");
    for reading in [
        "{ on: 2026-03-01, value: 63 }",
        "{ on: 2026-03-08, value: 64 }",
        "{ on: 2026-03-08, value: 75 }",
    ] {
        assert!(text.contains(reading), "{reading} missing:\n{text}");
    }
}

#[test]
fn the_same_field_changed_both_ways_stops_with_a_clear_conflict() {
    let sb = two_clones();
    edit_and_commit(&sb, "a", "current-state", "due", "2026-04-10");
    edit_and_commit(&sb, "b", "current-state", "due", "2026-04-17");
    assert_eq!(code(&sync(&sb, "a")), 0);
    let theirs_before = sb.git("a", &["rev-parse", "HEAD"]);

    let out = sync(&sb, "b");
    assert_eq!(code(&out), 1, "{}\n{}", stdout(&out), stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("plan/milestones.yaml: milestones current-state due: ours 2026-04-17, theirs 2026-04-10"),
        "{err}"
    );
    assert!(
        err.contains("git add") && err.contains("git commit") && err.contains("git merge --abort"),
        "{err}"
    );
    // Nothing was pushed.
    assert_eq!(
        sb.git("", &["--git-dir", "origin.git", "rev-parse", "main"]),
        theirs_before
    );

    // The file is valid YAML with ours in the field and both values in a comment.
    let text = sb.read("b/plan/milestones.yaml");
    assert!(text.contains(
        "  # charter merge conflict: milestones current-state due: ours 2026-04-17, theirs 2026-04-10 (ours is kept)\n  - id: current-state\n"
    ), "{text}");
    let check = sb.charter_in("b/plan", &["--today", TODAY, "check"]);
    assert!(!stdout(&check).contains(": error:"), "{}", stdout(&check));

    // A second sync refuses while the merge is unfinished.
    let again = sync(&sb, "b");
    assert_eq!(code(&again), 2);
    assert!(
        stderr(&again).contains("a merge is in progress"),
        "{}",
        stderr(&again)
    );

    // Resolve: take theirs, commit, sync again.
    let resolved: String = text
        .lines()
        .filter(|l| !l.contains("# charter merge conflict"))
        .map(|l| format!("{l}\n"))
        .collect();
    sb.write(
        "b/plan/milestones.yaml",
        &resolved.replace("2026-04-17", "2026-04-10"),
    );
    sb.git("b", &["add", "plan/milestones.yaml"]);
    sb.git("b", &["commit", "-q", "--no-edit"]);
    let out = sync(&sb, "b");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(code(&sync(&sb, "a")), 0);
    assert_identical(&sb, "milestones.yaml");
}

#[test]
fn uncommitted_plan_changes_are_refused() {
    let sb = two_clones();
    let path = "b/plan/milestones.yaml";
    sb.write(
        path,
        &set(&sb.read(path), "current-state", "due", "2026-04-10"),
    );
    let before = sb.read(path);
    let out = sync(&sb, "b");
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("not committed, so sync did not start: plan/milestones.yaml"),
        "{}",
        stderr(&out)
    );
    assert_eq!(sb.read(path), before);
}

#[test]
fn no_upstream_says_how_to_set_one() {
    let sb = Sandbox::new();
    let out = sb.charter(&["--today", TODAY, "new", "solo"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let sync = |sb: &Sandbox| sb.charter_in("solo", &["--today", TODAY, "sync"]);
    let out = sync(&sb);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("`git remote add origin URL`"),
        "{}",
        stderr(&out)
    );
    sb.git("solo", &["remote", "add", "origin", "../nowhere.git"]);
    let out = sync(&sb);
    assert!(
        stderr(&out).contains("`git push -u origin main`"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn comments_written_in_either_clone_survive_the_sync_merge() {
    let sb = two_clones();
    // a adds a comment to one milestone and changes another's due date.
    let path = "a/plan/milestones.yaml";
    let text = set(&sb.read(path), "current-state", "due", "2026-04-10").replace(
        "  - id: steering-set-up\n",
        "  # a: the committee meets monthly\n  - id: steering-set-up\n",
    );
    assert!(text.contains("# a: the committee"), "{text}");
    sb.write(path, &text);
    sb.git("a", &["commit", "-qam", "a: due date and a comment"]);
    // b changes the same milestone a commented, with a comment of its own.
    let path = "b/plan/milestones.yaml";
    let text = set(
        &sb.read(path),
        "steering-set-up",
        "status",
        "done  # b: signed off",
    );
    sb.write(path, &text);
    sb.git("b", &["commit", "-qam", "b: steering set up"]);

    assert_eq!(code(&sync(&sb, "a")), 0);
    let out = sync(&sb, "b");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let merged = sb.read("b/plan/milestones.yaml");
    for kept in [
        "# a: the committee meets monthly\n",
        "status: done  # b: signed off\n",
        "due: 2026-04-10",
    ] {
        assert!(merged.contains(kept), "{kept} lost:\n{merged}");
    }
    let check = sb.charter_in("b/plan", &["--today", TODAY, "check"]);
    assert!(!stdout(&check).contains(": error:"), "{}", stdout(&check));
}
