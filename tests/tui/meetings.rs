//! Incidents and routines' meetings written in the UI alone: an incident
//! with its action items on the People tab, a meeting with its decisions
//! and actions from a routine's detail, and hand-written files in another
//! style edited without damage.

use charter::tui::app::{App, Mode, Tab};
use charter::tui::items::Kind;
use ratatui::crossterm::event::KeyCode;

use super::common::tui::{form_fields, keys, save, screen, send};
use super::common::Sandbox;
use super::{app_in, select, snapshot, TODAY};

/// Types `text` into the focused field, then moves to the next one.
fn field(app: &mut App, text: &str) {
    keys(app, text);
    send(app, KeyCode::Tab);
}

fn submit(app: &mut App) {
    send(app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Normal), "{:?}", app.mode);
}

#[test]
fn an_incident_with_an_action_is_added_ticked_and_saved() {
    let sb = Sandbox::example_repo();
    sb.without_people_side();
    let mut app = app_in(&sb);
    assert!(app.plan.incidents.incidents.is_empty());
    keys(&mut app, "6ai");
    let fields = form_fields(&app, "a i");
    let names: Vec<&str> = fields.iter().map(|(k, _)| *k).collect();
    assert_eq!(
        names,
        [
            "id",
            "on",
            "title",
            "metric",
            "unit",
            "owner",
            "investigation",
            "recovery"
        ]
    );
    assert_eq!(fields[1].1, TODAY);
    field(&mut app, "callbacks-lost");
    send(&mut app, KeyCode::Tab);
    field(&mut app, "Callbacks lost after the phone system update");
    field(&mut app, "fcr");
    send(&mut app, KeyCode::Tab);
    keys(&mut app, "michael");
    submit(&mut app);
    assert_eq!(app.tab, Tab::People);
    assert_eq!(app.selected(), Some((Kind::Incident, 0)));
    // Not investigated: open, and said so in the list.
    let shown = screen(&mut app, 140, 40);
    assert!(shown.contains("not investigated yet"), "{shown}");

    // The Overview names it among what to act on.
    keys(&mut app, "1");
    let shown = screen(&mut app, 140, 40);
    assert!(
        shown.contains("open incident: callbacks-lost (not investigated yet)"),
        "{shown}"
    );
    keys(&mut app, "6");
    assert_eq!(app.selected(), Some((Kind::Incident, 0)));

    // A adds an action to the selected incident, its parent filled in.
    keys(&mut app, "A");
    let fields = form_fields(&app, "A");
    assert_eq!(fields[0], ("incident", "callbacks-lost".to_string()));
    field(&mut app, "Restore the callback queue");
    field(&mut app, "michael");
    keys(&mut app, "2026-11-30");
    submit(&mut app);
    let incident = &app.plan.incidents.incidents[0];
    assert_eq!(incident.actions.len(), 1);
    assert!(!incident.actions[0].done);
    assert_eq!(app.people_entry(), Some((Kind::IncidentAction, 0)));

    // Space ticks the action under the cursor.
    keys(&mut app, " ");
    assert!(app.plan.incidents.incidents[0].actions[0].done);
    let shown = screen(&mut app, 140, 40);
    assert!(shown.contains("[x] Restore the callback queue"), "{shown}");
    save(&mut app);
    assert_eq!(
        sb.read("repo/plan/incidents.yaml"),
        "# yaml-language-server: $schema=.charter/schema/incidents.schema.json\nincidents:\n  - id: callbacks-lost\n    on: 2026-11-23\n    title: Callbacks lost after the phone system update\n    metric: fcr\n    owner: michael\n    actions:\n      - { text: Restore the callback queue, owner: michael, due: 2026-11-30, done: true }\n"
    );
    // The incident is read back as written.
    let app = app_in(&sb);
    assert_eq!(
        app.plan.incidents.incidents[0].actions[0].text,
        "Restore the callback queue"
    );
}

#[test]
fn a_meeting_with_a_decision_and_an_action_is_added_to_a_routine() {
    let sb = Sandbox::example_repo();
    sb.without_people_side();
    let mut app = app_in(&sb);
    select(&mut app, Kind::Routine, 1);
    // Nothing recorded yet: C says how to add one.
    keys(&mut app, "C");
    assert!(matches!(app.mode, Mode::Normal));
    keys(&mut app, "A");
    let fields = form_fields(&app, "A on a routine");
    let names: Vec<&str> = fields.iter().map(|(k, _)| *k).collect();
    assert_eq!(names, ["routine", "on", "attendees", "minutes", "summary"]);
    assert_eq!(fields[0].1, "team-meeting");
    // The form starts on the date, today's.
    send(&mut app, KeyCode::Tab);
    field(&mut app, "dana, ruth");
    field(&mut app, "40");
    keys(&mut app, "Callbacks promised on Friday were made.");
    submit(&mut app);
    assert_eq!(app.selected(), Some((Kind::Routine, 1)));
    assert_eq!(app.people_entry(), Some((Kind::Meeting, 0)));

    // N and T add a decision and an action to the meeting under the cursor.
    keys(&mut app, "N");
    let fields = form_fields(&app, "N");
    assert_eq!(fields[0], ("meeting", format!("team-meeting {TODAY}")));
    field(&mut app, "Keep the callback script");
    keys(&mut app, "dana");
    submit(&mut app);
    keys(&mut app, "T");
    field(&mut app, "Share the script with the south team");
    field(&mut app, "ruth");
    keys(&mut app, "2026-11-30");
    submit(&mut app);
    let m = &app.plan.committee.routines[1].meetings[0];
    assert_eq!(m.decisions.len(), 1);
    assert_eq!(m.actions.len(), 1);
    assert_eq!(app.people_entry(), Some((Kind::MeetingAction, 0)));
    let shown = screen(&mut app, 140, 40);
    assert!(
        shown.contains(&format!("{TODAY}  2/2  Callbacks promised"))
            || shown.contains(&format!("{TODAY}  Callbacks promised")),
        "{shown}"
    );

    // C on the meeting changes it; its decisions and actions stay.
    keys(&mut app, "[[");
    assert_eq!(app.people_entry(), Some((Kind::Meeting, 0)));
    keys(&mut app, "C");
    let fields = form_fields(&app, "C on a meeting");
    assert_eq!(fields[3], ("minutes", "40".to_string()));
    send(&mut app, KeyCode::Tab);
    send(&mut app, KeyCode::Tab);
    send(&mut app, KeyCode::Tab);
    send(&mut app, KeyCode::Backspace);
    keys(&mut app, "5");
    submit(&mut app);
    let m = &app.plan.committee.routines[1].meetings[0];
    assert_eq!(
        (m.minutes, m.decisions.len(), m.actions.len()),
        (Some(45), 1, 1)
    );

    let before = sb.read("repo/plan/committee.yaml");
    save(&mut app);
    let saved = sb.read("repo/plan/committee.yaml");
    let expected = before.replace(
        "  - { id: team-meeting, name: Team meeting with decisions and updates written down, every: 1w, owner: daniel, held: [2026-11-09, 2026-11-16, 2026-11-23] }\n",
        &format!("  - id: team-meeting\n    name: Team meeting with decisions and updates written down\n    every: 1w\n    owner: daniel\n    held: [2026-11-09, 2026-11-16, 2026-11-23]\n    meetings:\n      - on: {TODAY}\n        attendees: [dana, ruth]\n        minutes: 45\n        summary: Callbacks promised on Friday were made.\n        decisions:\n          - {{ text: Keep the callback script, owner: dana }}\n        actions:\n          - {{ text: Share the script with the south team, owner: ruth, due: 2026-11-30, done: false }}\n"),
    );
    assert_eq!(saved, expected);
}

const HAND_COMMITTEE: &str = "# The steering committee, written by hand.
members:
    - {id: dana, name: Dana Levi, role: chair}
    - {id: ruth, name: Ruth Adler}
routines:
    # Weekly, on Sunday mornings.
    -   id: team
        name: Team meeting
        every: 1w
        attendees: [dana, ruth]   # both, every week
        meetings:
            -   on: 2026-11-16   # the first one
                attendees: [dana]
                summary: Holds were too long.
";

const HAND_INCIDENTS: &str = "# Key events, investigated.
incidents:
    -   id: outage   # the big one
        on: 2026-11-10
        title: Phone lines down for two hours
        investigation: >-
            The carrier changed a route without notice.
        actions:
            - {text: Agree a notice period with the carrier, owner: dana, done: false}
            - {text: Call back every abandoned caller, owner: ruth, done: true}
";

/// A plan with committee.yaml and incidents.yaml in another style: four
/// spaces, comments, flow lists.
fn hand_written() -> Sandbox {
    let sb = Sandbox::example_repo();
    sb.write("repo/plan/committee.yaml", HAND_COMMITTEE);
    sb.write("repo/plan/incidents.yaml", HAND_INCIDENTS);
    sb.git("repo", &["add", "-A"]);
    sb.git(
        "repo",
        &["commit", "-qm", "hand-written committee and incidents"],
    );
    sb
}

#[test]
fn hand_written_files_in_another_style_keep_their_comments_and_style() {
    let sb = hand_written();
    let mut app = app_in(&sb);
    assert_eq!(app.plan.incidents.incidents.len(), 1);
    // Tick the incident's first action.
    select(&mut app, Kind::Incident, 0);
    keys(&mut app, " ");
    assert!(app.plan.incidents.incidents[0].actions[0].done);
    // And record a second meeting of the routine.
    select(&mut app, Kind::Routine, 0);
    keys(&mut app, "A");
    send(&mut app, KeyCode::Tab);
    field(&mut app, "dana, ruth");
    send(&mut app, KeyCode::Tab);
    keys(&mut app, "Holds are shorter.");
    submit(&mut app);
    assert!(app.plan.committee.routines[0].meetings[1].summary.is_some());
    save(&mut app);
    assert_eq!(
        sb.read("repo/plan/incidents.yaml"),
        // The action ticked is written again, in the flow style the save
        // layer writes; every other line stays as it was written.
        HAND_INCIDENTS.replace(
            "- {text: Agree a notice period with the carrier, owner: dana, done: false}",
            "- { text: Agree a notice period with the carrier, owner: dana, done: true }"
        )
    );
    assert_eq!(
        sb.read("repo/plan/committee.yaml"),
        format!(
            // The new meeting goes at the dash's column of the list, with
            // one space after its dash.
            "{HAND_COMMITTEE}            - on: {TODAY}\n              attendees: [dana, ruth]\n              summary: Holds are shorter.\n"
        )
    );
}

#[test]
fn the_people_tab_in_hebrew_shows_an_open_incident() {
    let sb = Sandbox::new();
    sb.repo_init("repo");
    sb.copy_from_project("templates/he-contact-center", "repo/plan");
    let committee = sb.read("repo/plan/committee.yaml");
    let person = committee
        .lines()
        .find_map(|l| l.split("id: ").nth(1))
        .and_then(|rest| rest.split([',', ' ']).next())
        .unwrap()
        .to_string();
    sb.write(
        "repo/plan/incidents.yaml",
        &format!(
            "incidents:\n  - id: lines-down\n    on: 2026-11-10\n    title: קווי הטלפון נפלו לשעתיים\n    owner: {person}\n    actions:\n      - {{ text: לחזור לכל מי שניתק, owner: {person}, due: 2026-11-20 }}\n"
        ),
    );
    sb.git("repo", &["add", "-A"]);
    sb.git("repo", &["commit", "-qm", "incident"]);
    let mut app = app_in(&sb);
    let i = app.plan.incidents.incidents.len();
    assert_eq!(i, 1);
    select(&mut app, Kind::Incident, 0);
    let shown = screen(&mut app, 120, 40);
    // The screen is in visual order: right-to-left words read reversed.
    let visual = |s: &str| s.chars().rev().collect::<String>();
    assert!(shown.contains(&visual("טרם תוחקר")), "{shown}");
    assert!(!shown.contains("not investigated"), "{shown}");
    snapshot("people_incident_he_120x40", shown);
}

#[test]
fn the_actions_tab_lists_meeting_and_incident_actions_and_ticks_them_where_written() {
    let sb = hand_written();
    let mut app = app_in(&sb);
    keys(&mut app, "9");
    assert_eq!(app.tab, Tab::Actions);
    // Go to the incident's open action and tick it there.
    let mut found = false;
    for _ in 0..200 {
        if let Some(charter::domain::facts::ActionAt::Incident(0, 0)) = app.selected_action() {
            found = true;
            break;
        }
        keys(&mut app, "j");
    }
    assert!(found, "the incident's action is not on the Actions tab");
    let shown = screen(&mut app, 160, 40);
    assert!(
        shown.contains("Agree a notice period with the carrier"),
        "{shown}"
    );
    assert!(shown.contains("incident outage"), "{shown}");
    keys(&mut app, " ");
    assert!(app.plan.incidents.incidents[0].actions[0].done);
    // Enter goes to the incident, the action picked in its detail.
    send(&mut app, KeyCode::Enter);
    assert_eq!(app.tab, Tab::People);
    assert_eq!(app.selected(), Some((Kind::Incident, 0)));
    assert_eq!(app.people_entry(), Some((Kind::IncidentAction, 0)));
}
