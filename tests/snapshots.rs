//! What a manager sees, snapshotted: the example plan's status in every
//! format, at a fixed date. A change in the output shows as a snapshot diff.
#![allow(clippy::unwrap_used)]

mod common;

use common::{code, stdout, Sandbox};

fn example(args: &[&str]) -> String {
    example_on("2026-11-23", args)
}

fn example_on(today: &str, args: &[&str]) -> String {
    let sb = Sandbox::new();
    let plan = common::root().join("plans/example-service");
    let mut full = vec!["--plan", plan.to_str().unwrap(), "--today", today];
    full.extend_from_slice(args);
    let out = sb.charter(&full);
    assert_eq!(code(&out), 0, "{}", common::stderr(&out));
    stdout(&out)
}

#[test]
fn status_text() {
    insta::assert_snapshot!(example(&["status"]));
}

#[test]
fn status_markdown() {
    insta::assert_snapshot!(example(&["status", "--format", "markdown"]));
}

#[test]
fn status_json() {
    insta::assert_snapshot!(example(&["status", "--format", "json"]));
}

#[test]
fn status_mid_year_reads_the_same_plan_differently() {
    insta::assert_snapshot!(example_on("2026-06-01", &["status"]));
}

#[test]
fn check_of_the_example_is_clean() {
    assert_eq!(example(&["check"]), "");
}
