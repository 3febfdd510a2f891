//! Routines' meetings and the incident log through the binary: `charter
//! status` lists the open incidents and each routine's attendance, and the
//! meetings' and incidents' actions count with the others wherever open
//! and overdue actions are counted, in English and in Hebrew.

#![allow(clippy::unwrap_used)]

mod common;

use common::{code, stdout, Sandbox, TEAM_MEETING};

const WITH_MEETINGS: &str = "  - id: team-meeting
    name: Team meeting with decisions and updates written down
    every: 1w
    owner: daniel
    attendees: [dana, ruth]
    meetings:
      - on: 2026-11-16
        attendees: [dana, ruth]
        summary: Callbacks reviewed.
        actions:
          - { text: Share the callback script, owner: ruth, due: 2026-11-20 }
      - on: 2026-11-23
        attendees: [dana]
        summary: Holds reviewed.
        actions:
          - { text: Time the holds, owner: dana, due: 2026-12-20 }
";

const INCIDENTS: &str = "incidents:
  - id: lines-down
    on: 2026-11-10
    title: Phone lines down for two hours
    owner: michael
    actions:
      - { text: Call back every abandoned caller, owner: ruth, due: 2026-11-15 }
  - id: old-outage
    on: 2026-10-01
    title: An outage handled in full
    investigation: The carrier changed a route.
    actions:
      - { text: Agree a notice period, owner: dana, done: true }
";

/// The example plan with a routine's meetings and two incidents, one
/// open, in a git repository.
fn plan(lang: Option<&str>) -> Sandbox {
    let sb = Sandbox::example_repo();
    sb.without_people_side();
    let committee = sb.read("repo/plan/committee.yaml");
    assert!(committee.contains(TEAM_MEETING));
    sb.write(
        "repo/plan/committee.yaml",
        &committee.replace(TEAM_MEETING, WITH_MEETINGS),
    );
    sb.write("repo/plan/incidents.yaml", INCIDENTS);
    if let Some(lang) = lang {
        let meta = sb.read("repo/plan/plan.yaml");
        sb.write("repo/plan/plan.yaml", &format!("{meta}language: {lang}\n"));
    }
    sb.git("repo", &["add", "-A"]);
    sb.git("repo", &["commit", "-qm", "meetings and incidents"]);
    sb
}

fn run(sb: &Sandbox, args: &[&str]) -> String {
    let mut all = vec!["--plan", "repo/plan", "--today", "2026-11-23"];
    all.extend(args);
    let out = sb.charter(&all);
    assert_eq!(code(&out), 0, "{}", common::stderr(&out));
    stdout(&out)
}

/// The open actions of the example plan alone, as `status --json` counts them.
fn example_open_actions() -> u64 {
    let sb = Sandbox::example_repo();
    sb.without_people_side();
    let v: serde_json::Value =
        serde_json::from_str(&run(&sb, &["status", "--format", "json"])).unwrap();
    v["open_actions"].as_u64().unwrap()
}

#[test]
fn status_lists_open_incidents_attendance_and_counts_their_actions() {
    let base = example_open_actions();
    let sb = plan(None);
    let v: serde_json::Value =
        serde_json::from_str(&run(&sb, &["status", "--format", "json"])).unwrap();
    // Two meeting actions and one incident action are open.
    assert_eq!(v["open_actions"].as_u64().unwrap(), base + 3);
    let sources: Vec<&str> = v["open_actions_list"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["source"].as_str().unwrap())
        .collect();
    assert!(
        sources.contains(&"meeting team-meeting 2026-11-16"),
        "{sources:?}"
    );
    assert!(sources.contains(&"incident lines-down"), "{sources:?}");
    assert_eq!(v["incidents"].as_array().unwrap().len(), 1);
    assert_eq!(v["incidents"][0]["id"], "lines-down");
    assert_eq!(v["incidents"][0]["investigated"], false);
    let team = v["routines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "team-meeting")
        .unwrap();
    assert_eq!(team["last_from"], "meeting");
    assert_eq!(team["attendance"]["present"], 3);
    assert_eq!(team["attendance"]["expected"], 4);

    let text = run(&sb, &["status"]);
    assert!(
        text.contains(&format!("Open actions {}", base + 3)),
        "{text}"
    );
    assert!(text.contains("attendance 75% over 2 meetings"), "{text}");
    assert!(text.contains("2026-11-23 (meeting)"), "{text}");
    assert!(text.contains("1 open incident\n"), "{text}");
    assert!(
        text.contains(
            "! lines-down  2026-11-10  Phone lines down for two hours · not investigated yet"
        ),
        "{text}"
    );
    assert!(!text.contains("old-outage"), "{text}");
    // The text lists eight open actions; Markdown lists them all.
    let md = run(&sb, &["status", "--format", "markdown"]);
    assert!(
        md.contains("Share the callback script — ruth, due 2026-11-20 (meeting of team-meeting on 2026-11-16)"),
        "{md}"
    );
    assert!(md.contains("## Open incidents (1)"), "{md}");
    assert!(md.contains("attendance 75% over 2 meetings"), "{md}");
}

#[test]
fn exceptions_count_the_overdue_actions_of_meetings_and_incidents() {
    let plain = Sandbox::example_repo();
    plain.without_people_side();
    let before = run(&plain, &["exceptions"]);
    let sb = plan(None);
    let text = run(&sb, &["exceptions"]);
    let overdue = |t: &str| -> usize {
        let head = t.lines().next().unwrap();
        let at = head.find(" actions overdue").unwrap();
        head[..at].rsplit(' ').next().unwrap().parse().unwrap()
    };
    // The meeting's action and the incident's, both past due.
    assert_eq!(overdue(&text), overdue(&before) + 2, "{text}");
    assert!(text.contains("Share the callback script"), "{text}");
    assert!(
        text.contains("meeting of team-meeting on 2026-11-16"),
        "{text}"
    );
    assert!(text.contains("incident lines-down"), "{text}");
}

#[test]
fn in_hebrew_status_says_incidents_attendance_and_sources_in_hebrew() {
    let sb = plan(Some("he"));
    let text = run(&sb, &["status"]);
    assert!(text.contains("אירוע פתוח אחד"), "{text}");
    assert!(text.contains("טרם תוחקר"), "{text}");
    assert!(text.contains("נוכחות 75% ב־2 מפגשים"), "{text}");
    assert!(text.contains("2026-11-23 (מפגש)"), "{text}");
    for english in [
        "open incident",
        "not investigated",
        "attendance",
        "meeting of",
        "(meeting)",
    ] {
        assert!(!text.contains(english), "{english}: {text}");
    }
    let exceptions = run(&sb, &["exceptions"]);
    assert!(
        exceptions.contains("מפגש team-meeting ב־2026-11-16"),
        "{exceptions}"
    );
}

#[test]
fn both_reports_show_attendance_per_routine() {
    let sb = plan(None);
    let md = run(&sb, &["report", "--format", "markdown"]);
    assert!(md.contains("attendance 75% over 2 meetings"), "{md}");
    assert!(md.contains("meeting recorded"), "{md}");
    let html = run(&sb, &["report"]);
    assert!(html.contains("attendance 75% over 2 meetings"), "{html}");
    let sb = plan(Some("he"));
    let md = run(&sb, &["report", "--format", "markdown"]);
    assert!(md.contains("נוכחות \u{2066}75%\u{2069} ב־2 מפגשים"), "{md}");
    assert!(!md.contains("attendance"), "{md}");
}
