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
        "Exceptions on 2026-11-23: 3 metrics, 2 milestones, 7 actions overdue, 2 routines late, 1 incident open"
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

fn kinds_of(items: &[serde_json::Value]) -> Vec<&str> {
    items.iter().map(|i| i["kind"].as_str().unwrap()).collect()
}

#[test]
fn json_and_markdown_carry_the_same_items() {
    let out = run(&["--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let items = json["exceptions"].as_array().unwrap();
    assert_eq!(items.len(), 15);
    // The example's two late routines, after metrics and milestones.
    let kinds = kinds_of(items);
    assert_eq!(kinds.iter().filter(|k| **k == "routine").count(), 2);
    assert_eq!(kinds[5..7], ["routine", "routine"]);
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
    assert_eq!(md.lines().filter(|l| l.starts_with("| ")).count(), 1 + 15);
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

/// Late routines and tools whose trial ended without a verdict are
/// exceptions too, each with the review actions that name it.
#[test]
fn late_routines_and_undecided_tools_are_listed_with_their_actions() {
    let sb = Sandbox::new();
    sb.write(
        "plan/plan.yaml",
        "schema: 1\nid: p\ntitle: P\nstart: 2026-01-05\nend: 2026-12-31\n",
    );
    sb.write(
        "plan/committee.yaml",
        "members:\n  - { id: dana, name: Dana }\nroutines:\n  - { id: skip-level, name: Skip-level meeting, every: 1m, owner: dana, held: [2026-01-20] }\n  - { id: briefing, name: Shift briefing, every: 1w, owner: dana, held: [2026-03-13] }\n",
    );
    sb.write(
        "plan/workshops.yaml",
        "workshops:\n  - id: q1\n    date: 2026-01-20\n    topic: Angry callers\n    tools:\n      - { id: callback-script, name: Call-back script, trial_until: 2026-02-28, verdict: trial }\n      - { id: kept, name: Kept tool, trial_until: 2026-02-28, verdict: keep }\n",
    );
    sb.write(
        "plan/reviews/2026-03-01.yaml",
        "date: 2026-03-01\nactions:\n  - { text: Hold the skip-level meeting in Haifa, owner: dana, due: 2026-03-20, done: false }\n",
    );
    let out = sb.charter(&["--plan", "plan", "--today", "2026-03-15", "exceptions"]);
    let text = stdout(&out);
    assert!(
        text.starts_with("Exceptions on 2026-03-15: 0 metrics, 0 milestones, 0 actions overdue, 1 routine late, 1 tool undecided\n"),
        "{text}"
    );
    assert!(
        text.contains("⌛ routine skip-level · Skip-level meeting — late 23 days (due 2026-02-20): held every 1m, last on 2026-01-20\n    ☐ Hold the skip-level meeting in Haifa (dana, due 2026-03-20, review 2026-03-01)\n"),
        "{text}"
    );
    assert!(
        text.contains("⌛ tool callback-script · Call-back script — undecided 15 days (due 2026-02-28): tried after workshop `q1` until 2026-02-28"),
        "{text}"
    );
    assert!(
        text.contains("✖ no open corrective action: record one in the next review (an action whose text names `callback-script`)"),
        "{text}"
    );
    assert!(
        !text.contains("briefing") && !text.contains("Kept tool"),
        "{text}"
    );
    let out = sb.charter(&[
        "--plan",
        "plan",
        "--today",
        "2026-03-15",
        "exceptions",
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let kinds: Vec<(&str, &str)> = v["exceptions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["kind"].as_str().unwrap(), e["state"].as_str().unwrap()))
        .collect();
    assert_eq!(kinds, [("routine", "late"), ("tool", "undecided")]);
}

const INCIDENTS: &str = "incidents:
  - id: ivr-down
    on: 2026-11-02
    title: The IVR was down for two hours
    metric: asa
    owner: dana
    actions:
      - { text: Monitor certificate dates, owner: ruth, due: 2026-11-30 }
  - id: queue-misroute
    on: 2026-10-01
    title: Billing calls routed to tier 1
    investigation: A rule changed without a test.
    actions:
      - { text: Test routing rules before release, owner: ruth, done: true }
";

#[test]
fn an_open_incident_is_listed_until_investigated_with_its_actions_done() {
    let sb = Sandbox::new();
    common::copy_dir(&root().join("plans/example-service"), &sb.work().join("p"));
    sb.write("p/incidents.yaml", INCIDENTS);
    let exceptions = |args: &[&str]| {
        let mut all = vec!["--plan", "p", "--today", "2026-11-23", "exceptions"];
        all.extend_from_slice(args);
        let out = sb.charter(&all);
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        stdout(&out)
    };
    let text = exceptions(&[]);
    assert!(
        text.lines().next().unwrap().ends_with(", 1 incident open"),
        "{text}"
    );
    assert!(
        text.contains(
            "⌛ incident ivr-down · The IVR was down for two hours — open 21 days: \
             happened on 2026-11-02; not investigated yet\n    \
             ☐ Monitor certificate dates (ruth, due 2026-11-30, incident of 2026-11-02)"
        ),
        "{text}"
    );
    // Investigated, its one action done: closed, not listed.
    assert!(!text.contains("queue-misroute"), "{text}");
    let json: serde_json::Value = serde_json::from_str(&exceptions(&["--format", "json"])).unwrap();
    let incident = json["exceptions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "incident")
        .unwrap();
    assert_eq!(incident["state"], "open");
    assert_eq!(incident["overdue_days"], 21);
    assert_eq!(incident["corrective_actions"][0]["incident"], true);
    assert_eq!(incident["missing_corrective_action"], false);
    // Investigated with an action still open: listed, with the count.
    let investigated = INCIDENTS.replace(
        "    owner: dana\n",
        "    owner: dana\n    investigation: An expired certificate.\n",
    );
    sb.write("p/incidents.yaml", &investigated);
    let text = exceptions(&["--format", "markdown"]);
    assert!(
        text.contains("happened on 2026-11-02; 0 of 1 action done"),
        "{text}"
    );
    // In Hebrew, the same facts.
    let text = exceptions(&["--lang", "he"]);
    assert!(
        text.contains("אירוע ivr-down · The IVR was down for two hours — פתוח 21 ימים: אירע ב־2026-11-02; בוצעו 0 מתוך פעולה אחת"),
        "{text}"
    );
    // The committee report lists it among the exceptions.
    let out = sb.charter(&[
        "--plan",
        "p",
        "--today",
        "2026-11-23",
        "report",
        "--format",
        "markdown",
    ]);
    let report = stdout(&out);
    assert!(
        report.contains("incident The IVR was down for two hours `ivr-down`"),
        "{report}"
    );
    assert!(report.contains("(incident of 2026-11-02)"), "{report}");
}
