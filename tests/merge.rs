//! `charter merge-driver` as git runs it, and the set-up `charter new`
//! makes for it: `.gitattributes` in the plan folder and the driver in the
//! repository's own config.

#![allow(clippy::unwrap_used)]

mod common;

use common::{code, stderr, Sandbox, TODAY};

const BASE: &str = "milestones:\n  - id: crm-case-view\n    title: CRM case view\n    due: 2026-04-30\n    status: planned\n  - id: ivr\n    title: IVR redesign  # keep this comment\n    due: 2026-06-30\n    status: planned\n";

/// Runs the driver on three versions written under `work/m/`; returns the
/// result (OURS after the run) and the output.
fn drive(sb: &Sandbox, ours: &str, theirs: &str) -> (String, std::process::Output) {
    sb.write("m/base", BASE);
    sb.write("m/ours", ours);
    sb.write("m/theirs", theirs);
    let out = sb.charter_in(
        "m",
        &[
            "merge-driver",
            "base",
            "ours",
            "theirs",
            "acme/milestones.yaml",
        ],
    );
    assert!(!stderr(&out).contains("panicked"), "{}", stderr(&out));
    (sb.read("m/ours"), out)
}

#[test]
fn new_sets_up_the_driver() {
    let sb = Sandbox::new();
    let out = sb.charter(&["--today", TODAY, "new", "acme"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let attributes = sb.read("acme/.gitattributes");
    assert!(attributes.contains("/milestones.yaml merge=charter\n"));
    assert!(attributes.contains("/reviews/*.yaml merge=charter\n"));
    assert_eq!(
        sb.git("acme", &["config", "--local", "merge.charter.driver"])
            .trim(),
        "charter merge-driver %O %A %B %P"
    );
    assert_eq!(
        sb.git("acme", &["check-attr", "merge", "metrics.yaml"])
            .trim(),
        "metrics.yaml: merge: charter"
    );
    // Committed with the plan.
    assert!(sb
        .git("acme", &["ls-files"])
        .lines()
        .any(|l| l == ".gitattributes"));
}

#[test]
fn different_items_merge_cleanly_keeping_comments() {
    let sb = Sandbox::new();
    let ours = BASE.replace("due: 2026-04-30", "due: 2026-05-15");
    let theirs = BASE.replace(
        "due: 2026-06-30\n    status: planned",
        "due: 2026-06-30\n    status: in_progress",
    );
    let (merged, out) = drive(&sb, &ours, &theirs);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        merged,
        BASE.replace("due: 2026-04-30", "due: 2026-05-15").replace(
            "due: 2026-06-30\n    status: planned",
            "due: 2026-06-30\n    status: in_progress"
        )
    );
}

#[test]
fn the_same_field_both_ways_is_a_conflict_with_both_values() {
    let sb = Sandbox::new();
    let ours = BASE.replace("due: 2026-04-30", "due: 2026-05-15");
    let theirs = BASE.replace("due: 2026-04-30", "due: 2026-06-01");
    let (merged, out) = drive(&sb, &ours, &theirs);
    assert_eq!(code(&out), 1);
    assert!(merged.contains(
        "  # charter merge conflict: milestones crm-case-view due: ours 2026-05-15, theirs 2026-06-01 (ours is kept)\n  - id: crm-case-view\n"
    ), "{merged}");
    assert!(merged.contains("due: 2026-05-15"));
    let err = stderr(&out);
    assert!(err.contains("acme/milestones.yaml: milestones crm-case-view due: ours 2026-05-15, theirs 2026-06-01"), "{err}");
    assert!(
        err.contains("`git add acme/milestones.yaml` and `git commit`"),
        "{err}"
    );
}

#[test]
fn a_version_that_does_not_parse_leaves_ours_untouched() {
    let sb = Sandbox::new();
    let ours = BASE.replace("due: 2026-04-30", "due: 2026-05-15");
    let theirs = BASE.replace(
        "status: planned\n  - id: ivr",
        "status: [planned\n  - id: ivr",
    );
    let (merged, out) = drive(&sb, &ours, &theirs);
    assert_eq!(code(&out), 1);
    assert_eq!(merged, ours);
    assert_eq!(sb.read("m/theirs"), theirs);
    let err = stderr(&out);
    assert!(
        err.contains(
            "cannot merge acme/milestones.yaml item by item: their version has an error at line"
        ),
        "{err}"
    );
    assert!(err.contains("git show :3:acme/milestones.yaml"), "{err}");
}

#[test]
fn git_merge_runs_the_driver_on_plan_files() {
    let sb = Sandbox::new();
    let out = sb.charter(&["--today", TODAY, "new", "acme"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    // The driver as configured, with this build of charter.
    let driver = format!(
        "'{}' merge-driver %O %A %B %P",
        env!("CARGO_BIN_EXE_charter")
    );
    sb.git("acme", &["config", "merge.charter.driver", &driver]);
    let path = "acme/metrics.yaml";
    sb.git("acme", &["switch", "-q", "-c", "other"]);
    let record = |on: &str, value: &str| {
        let out = sb.charter_in(
            "acme",
            &["--today", TODAY, "record", "fcr", value, "--on", on],
        );
        assert_eq!(code(&out), 0, "{}", stderr(&out));
    };
    record("2026-03-08", "64");
    sb.git("acme", &["switch", "-q", "main"]);
    record("2026-03-01", "63");
    sb.git("acme", &["merge", "-q", "--no-edit", "other"]);
    let merged = sb.read(path);
    assert!(merged.contains("{ on: 2026-03-01, value: 63 }"), "{merged}");
    assert!(merged.contains("{ on: 2026-03-08, value: 64 }"), "{merged}");
}
