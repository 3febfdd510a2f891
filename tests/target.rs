//! `charter target suggest` through the binary, and `T` in the UI: a
//! realistic target from the latest readings, the guide and a benchmark.

#![allow(clippy::unwrap_used)]

mod common;

use charter::tui::app::{Mode, Tab};
use ratatui::crossterm::event::KeyCode;

use common::tui::{open, send};
use common::{code, stderr, stdout, Sandbox};

const TODAY: &str = "2026-11-23";

fn charter(sb: &Sandbox, args: &[&str]) -> std::process::Output {
    let mut all = vec!["--today", TODAY];
    all.extend_from_slice(args);
    sb.charter_in("repo/plan", &all)
}

#[test]
fn suggest_explains_the_proposal_and_writes_nothing() {
    let sb = Sandbox::example_repo();
    let out = charter(&sb, &["target", "suggest", "fcr"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "fcr · First-contact resolution (higher is better)\n\
         \x20 proposed target  90% by 2026-12-17   (now 74%)\n\
         \x20 why:\n\
         \x20   · today: 75.3 (the mean of the last 4 readings, 2026-11-02 to 2026-11-23)\n\
         \x20   · the guide asks about 20% better than today: 90\n\
         \x20   · the target now is 74 by 2026-08-17, a date already past: the new one is for the plan's end, 2026-12-17\n"
    );
    assert_eq!(sb.git("repo", &["status", "--porcelain"]), "");

    let out = charter(
        &sb,
        &[
            "target",
            "suggest",
            "aht",
            "--benchmark",
            "260",
            "--format",
            "json",
        ],
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["direction"], "down");
    assert_eq!(json["benchmark"], 260.0);
    assert_eq!(json["proposed"], 260.0);
    assert!(json["reasons"][2]
        .as_str()
        .unwrap()
        .contains("within the guide"));
}

#[test]
fn apply_sets_the_target_and_commits_one_line() {
    let sb = Sandbox::example_repo();
    let before = sb.read("repo/plan/metrics.yaml");
    let out = charter(&sb, &["target", "suggest", "fcr", "--apply"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let after = sb.read("repo/plan/metrics.yaml");
    let changed: Vec<(&str, &str)> = before
        .lines()
        .zip(after.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(
        changed,
        [(
            "    target: { value: 74, by: 2026-08-17 }",
            "    target: { value: 90, by: 2026-12-17 }"
        )]
    );
    assert_eq!(
        sb.git("repo", &["log", "-1", "--format=%s"]).trim(),
        "metric fcr: target 74 → 90 (suggested: guide 1.2)"
    );
    // Applying again changes nothing.
    let out = charter(&sb, &["target", "suggest", "fcr", "--apply"]);
    assert!(
        stdout(&out).contains("nothing to change"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn wrong_input_is_explained() {
    let sb = Sandbox::example_repo();
    let out = charter(&sb, &["target", "suggest", "fc"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("did you mean `fcr`?"),
        "{}",
        stderr(&out)
    );
    let out = charter(&sb, &["target", "suggest", "fcr", "--benchmark", "lots"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("`lots` is not a number"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn t_in_the_metrics_tab_proposes_and_y_sets_it() {
    let mut app = open(&common::root().join("plans/example-service"), TODAY);
    send(&mut app, KeyCode::Char('5'));
    assert_eq!(app.tab, Tab::Metrics);
    let first = app.plan.metrics.metrics[0].id.to_string();
    assert_eq!(first, "fcr");
    send(&mut app, KeyCode::Char('T'));
    let Mode::Confirm(confirm) = &app.mode else {
        panic!("no question asked: {:?}", app.message);
    };
    assert_eq!(
        confirm.question,
        "Set the target of fcr to 90 by 2026-12-17 (now 74)?"
    );
    assert!(confirm.details[0].starts_with("today: 75.3"));
    send(&mut app, KeyCode::Char('y'));
    let target = app.plan.metrics.metrics[0].target.unwrap();
    assert_eq!(target.value, 90.0);
    assert_eq!(target.by.to_string(), "2026-12-17");
    assert!(app.dirty());
    send(&mut app, KeyCode::Char('u'));
    assert_eq!(app.plan.metrics.metrics[0].target.unwrap().value, 74.0);
}

#[test]
fn numbers_beyond_what_a_plan_holds_are_refused_where_they_are_read_and_nothing_is_committed() {
    let sb = Sandbox::example_repo();
    // A value beyond the range of numbers is refused where it is typed.
    let out = charter(&sb, &["record", "aht", "1e400"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("not a number"), "{}", stderr(&out));
    // `record` refuses readings this large, so they are written by hand.
    for day in ["2026-11-20", "2026-11-21"] {
        let out = charter(
            &sb,
            &["record", "contacts-per-rep", "123456.5", "--on", day],
        );
        assert_eq!(code(&out), 0, "{}", stderr(&out));
    }
    let by_hand = sb
        .read("repo/plan/metrics.yaml")
        .replace("value: 123456.5", "value: 1e308");
    assert_eq!(by_hand.matches("value: 1e308").count(), 2);
    sb.write("repo/plan/metrics.yaml", &by_hand);
    sb.git("repo", &["commit", "-qam", "huge readings by hand"]);
    let head = sb.git("repo", &["rev-parse", "HEAD"]);
    let metrics = sb.read("repo/plan/metrics.yaml");
    // The loader names the value, its line and column.
    let line = by_hand
        .lines()
        .position(|l| l.contains("value: 1e308"))
        .map_or(0, |n| n + 1);
    let out = charter(&sb, &["check"]);
    assert_eq!(code(&out), 1, "{}", stdout(&out));
    assert!(
        stdout(&out).contains(&format!("metrics.yaml:{line}:")),
        "{}",
        stdout(&out)
    );
    assert!(
        stdout(&out).contains("`1e308` is beyond what a plan number may be"),
        "{}",
        stdout(&out)
    );
    // Nothing derived from such a number is ever written.
    let out = charter(&sb, &["target", "suggest", "contacts-per-rep", "--apply"]);
    assert_eq!(code(&out), 2, "{}", stdout(&out));
    assert_eq!(sb.git("repo", &["rev-parse", "HEAD"]), head);
    assert_eq!(sb.read("repo/plan/metrics.yaml"), metrics);
    // So is a save of anything else to that file until it is fixed.
    let out = charter(&sb, &["record", "aht", "80"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("metrics.yaml has errors"),
        "{}",
        stderr(&out)
    );
    assert_eq!(sb.git("repo", &["rev-parse", "HEAD"]), head);
}

/// An NPS of −11: the proposal is better than today (not the −13 of
/// "× 1.2"), in points without a scale and on the scale when declared; and
/// `check` flags −10 → −12 as no effort and −10 → 15 as frustrating.
#[test]
fn a_negative_nps_gets_a_target_better_than_today() {
    let sb = Sandbox::new();
    sb.repo_init("repo");
    sb.write(
        "repo/plan/plan.yaml",
        "schema: 1\nid: p\ntitle: P\nstart: 2026-01-05\nend: 2026-12-31\n",
    );
    let metrics = |scale: &str, target: &str| {
        format!(
            "metrics:\n  - id: nps\n    name: Net promoter score\n{scale}    direction: up\n    \
             baseline: {{ value: -10, on: 2026-06-01 }}\n    target: {{ value: {target}, by: 2026-12-01 }}\n    \
             readings:\n      - {{ on: 2026-11-01, value: -11 }}\n"
        )
    };
    sb.write("repo/plan/metrics.yaml", &metrics("", "-12"));
    let suggest = |sb: &Sandbox| {
        let out = charter(sb, &["target", "suggest", "nps", "--format", "json"]);
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()
    };
    let s = suggest(&sb);
    assert_eq!(s["proposed"], -9.0, "{s}");
    assert!(s["reasons"][1].as_str().unwrap().contains("points"), "{s}");
    let check = |sb: &Sandbox| stdout(&charter(sb, &["check"]));
    assert!(
        check(&sb).contains("target -12 is not better than the baseline -10"),
        "{}",
        check(&sb)
    );

    sb.write(
        "repo/plan/metrics.yaml",
        &metrics("    scale: [-100, 100]\n", "15"),
    );
    assert_eq!(suggest(&sb)["proposed"], -7.0);
    let text = check(&sb);
    assert!(
        text.contains(
            "target 15 is 25 points better than the baseline -10: far above the realistic -6"
        ),
        "{text}"
    );
    sb.write(
        "repo/plan/metrics.yaml",
        &metrics("    scale: [-100, 100]\n", "-5"),
    );
    assert!(!check(&sb).contains("unrealistic"), "{}", check(&sb));
    sb.write(
        "repo/plan/metrics.yaml",
        &metrics("    scale: [-100, 100]\n", "120"),
    );
    assert!(check(&sb)
        .contains("error: the target 120 of metric `nps` is outside its scale [-100, 100]"));
}

/// A metric that is in metrics.yaml but could not be read is named as
/// such, not as missing: the fix is in the file, not in the command.
#[test]
fn a_metric_that_could_not_be_read_is_not_said_to_be_missing() {
    let sb = Sandbox::new();
    sb.repo_init("repo");
    sb.write(
        "repo/plan/plan.yaml",
        "schema: 1\nid: p\ntitle: P\nstart: 2026-01-05\nend: 2026-12-31\n",
    );
    sb.write(
        "repo/plan/metrics.yaml",
        "metrics:\n  - id: nps\n    name: Net promoter score\n    direction: sideways\n",
    );
    for args in [
        &["target", "suggest", "nps"][..],
        &["trend", "metric", "nps"][..],
    ] {
        let out = charter(&sb, args);
        assert_eq!(code(&out), 2, "{args:?}: {}", stderr(&out));
        assert!(
            stderr(&out).contains(
                "metric `nps` is in metrics.yaml but could not be read: run `charter check` and fix it first"
            ),
            "{args:?}: {}",
            stderr(&out)
        );
    }
}
