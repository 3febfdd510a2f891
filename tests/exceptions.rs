//! `charter exceptions` through the binary on the example plan: what the
//! committee must act on, with the corrective actions recorded for each.

#![allow(clippy::unwrap_used)]

mod common;

use common::{code, root, stderr, stdout, Sandbox};

fn run(args: &[&str]) -> std::process::Output {
    let sb = Sandbox::new();
    let plan = root().join("plans/example-service");
    let mut all = vec![
        "--plan",
        plan.to_str().unwrap(),
        "--today",
        "2026-11-23",
        "exceptions",
    ];
    all.extend_from_slice(args);
    sb.charter(&all)
}

#[test]
fn text_lists_each_exception_with_its_corrective_actions_and_flags_the_missing() {
    let out = run(&[]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "Exceptions on 2026-11-23: 3 metric(s), 2 milestone(s), 6 action(s) overdue"
    );
    assert_eq!(
        lines[1],
        "! metric transfers · Transferred contacts — exception: 21.9% (expected 15, alert 21)"
    );
    assert_eq!(
        lines[2],
        "    ☐ Find why transfers rose after the billing migration (ben, due 2026-11-06, review 2026-11-23)"
    );
    assert!(
        text.contains(
            "▼ metric aht · Average handling time — behind: 292 s (expected 275, alert 360)\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("    ✖ no open corrective action: record one in the next review (an action with `metric: aht`)\n"),
        "{text}"
    );
    assert!(
        text.contains("⌛ milestone self-service · Phone and web self-service for the five most common requests — 38 days overdue (due 2026-10-16)\n"),
        "{text}"
    );
    assert!(
        text.contains("⌛ action milestone year-end-review · Repeat the customer and employee surveys — 17 days overdue (due 2026-11-06)\n"),
        "{text}"
    );
}

#[test]
fn json_and_markdown_carry_the_same_items() {
    let out = run(&["--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let items = json["exceptions"].as_array().unwrap();
    assert_eq!(items.len(), 11);
    let kinds: Vec<&str> = items.iter().map(|i| i["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds.iter().filter(|k| **k == "metric").count(), 3);
    let aht = items.iter().find(|i| i["id"] == "aht").unwrap();
    assert_eq!(aht["state"], "behind");
    assert_eq!(aht["missing_corrective_action"], true);
    assert_eq!(aht["corrective_actions"][0]["done"], true);
    let transfers = items.iter().find(|i| i["id"] == "transfers").unwrap();
    assert_eq!(transfers["missing_corrective_action"], false);

    let md = stdout(&run(&["--format", "markdown"]));
    assert!(md.starts_with("# Exceptions on 2026-11-23\n\n| | item | what | corrective actions |\n|---|---|---|---|\n"), "{md}");
    assert_eq!(md.lines().filter(|l| l.starts_with("| ")).count(), 1 + 11);
    assert!(md.contains("**none open**"), "{md}");
}

#[test]
fn a_plan_without_exceptions_says_so() {
    let sb = Sandbox::new();
    let out = sb.charter(&["new", "fresh", "--template", "blank"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let out = sb.charter_in("fresh", &["exceptions"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("no exceptions on "),
        "{}",
        stdout(&out)
    );
}
