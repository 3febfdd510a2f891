//! The save path down to the files on disk and the commit.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use super::*;
use crate::ops::test_repo::{TestPlan, PLAN};

fn renamed(dir: &PlanDir) -> Plan {
    let mut plan = dir.plan.clone();
    plan.meta.title = "Renamed".into();
    plan
}

#[test]
fn a_save_writes_commits_and_reads_the_plan_back() {
    let test = TestPlan::committed();
    let dir = plan_dir::load(&test.dir).unwrap();
    let saved = save(&dir, &renamed(&dir), "rename the plan", &[]).unwrap();
    assert_eq!(saved.dir.plan.meta.title, "Renamed");
    assert!(test.read("plan.yaml").contains("title: Renamed"));
    assert!(
        saved.note.starts_with("committed ") && saved.note.ends_with(": rename the plan"),
        "{}",
        saved.note
    );
    assert!(!test
        .repo()
        .changed_since_head(&test.path("plan.yaml"))
        .unwrap());
}

#[test]
fn a_save_whose_commit_fails_puts_the_written_files_back() {
    let test = TestPlan::committed();
    let dir = plan_dir::load(&test.dir).unwrap();
    let repo = ready_repo(&dir.dir).unwrap().unwrap();
    // Another git process takes the index after the checks: the files
    // are written, then the commit cannot be made.
    std::fs::write(test.path(".git/index.lock"), "").unwrap();
    let result = write_and_commit(&dir, &renamed(&dir), Some(&repo), "rename the plan", &[]);
    assert!(result.is_err());
    assert_eq!(test.read("plan.yaml"), PLAN, "the file is as it was");

    // Once the index is free, the same save goes through.
    std::fs::remove_file(test.path(".git/index.lock")).unwrap();
    write_and_commit(&dir, &renamed(&dir), Some(&repo), "rename the plan", &[]).unwrap();
    assert!(test.read("plan.yaml").contains("title: Renamed"));
}

#[test]
fn a_plan_in_no_repository_is_saved_and_said_to_be_uncommitted() {
    let test = TestPlan::outside_git();
    let dir = plan_dir::load(&test.dir).unwrap();
    let saved = save(&dir, &renamed(&dir), "rename the plan", &[]).unwrap();
    assert!(test.read("plan.yaml").contains("title: Renamed"));
    assert!(saved.note.starts_with("not committed: "), "{}", saved.note);
}
