//! Routines' meetings and the incident log are written in the YAML files;
//! editing a routine in the UI keeps its meetings as they were written.

use charter::tui::app::Mode;
use charter::tui::items::Kind;
use ratatui::crossterm::event::KeyCode;

use super::common::tui::{focused_text, keys, save, screen, send};
use super::common::{Sandbox, TEAM_MEETING};
use super::{app_in, retype, select};

const WITH_MEETINGS: &str = "  - id: team-meeting   # Sunday mornings
    name: Team meeting with decisions and updates written down
    every: 1w
    owner: daniel
    attendees: [dana, ruth]
    meetings:
      - on: 2026-11-23
        attendees: [dana]
        minutes: 40
        summary: |
          Callbacks promised on Friday were made.
        decisions:
          - { text: Keep the callback script, owner: dana }
        actions:
          - { text: Share the script with the south team, owner: ruth, due: 2026-11-30 }
";

#[test]
fn editing_a_routine_keeps_its_meetings_and_their_comments() {
    let sb = Sandbox::example_repo();
    sb.without_people_side();
    let text = sb.read("repo/plan/committee.yaml");
    assert!(text.contains(TEAM_MEETING));
    sb.write(
        "repo/plan/committee.yaml",
        &text.replace(TEAM_MEETING, WITH_MEETINGS),
    );
    sb.git("repo", &["commit", "-qam", "meetings of the team meeting"]);
    let mut app = app_in(&sb);
    assert_eq!(app.plan.committee.routines[1].meetings.len(), 1);
    keys(&mut app, "6");
    for _ in 0..40 {
        if app.selected() == Some((Kind::Routine, 1)) {
            break;
        }
        keys(&mut app, "j");
    }
    assert_eq!(app.selected(), Some((Kind::Routine, 1)));
    keys(&mut app, "e");
    assert!(matches!(app.mode, Mode::Form(_)), "{:?}", app.mode);
    send(&mut app, KeyCode::Tab);
    assert!(focused_text(&app).0.starts_with("Team meeting"));
    retype(&mut app, "Weekly team meeting");
    send(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Normal), "{:?}", app.mode);
    save(&mut app);
    let saved = sb.read("repo/plan/committee.yaml");
    let expected = WITH_MEETINGS.replace(
        "name: Team meeting with decisions and updates written down",
        "name: Weekly team meeting",
    );
    assert!(saved.contains(&expected), "{saved}");
}

/// Two reps of the North tier-1 team, one certified, with their latest
/// assessments: Lior's empathy (2) proposes guidance.
const PEOPLE: &str = "reps:
  - id: lior
    name: Lior Ben-David
    unit: north-t1
    start: 2026-01-12
    mentor: adam
    training:
      - { part: organisation, planned: 2026-01-12, done: 2026-01-12 }
      - { part: one_to_one, planned: 2026-01-19 }
    on_the_job: { mentor: adam, from: 2026-01-26, until: 2026-02-20 }
    certification:
      on: 2026-03-02
      by: anna
      pass: true
      summary: Ready for independent work.
  - id: tamar
    name: תמר כהן
    unit: north-t1
    start: 2026-09-01
    mentor: lior
";

const SKILLS: &str = "assessments:
  - { rep: lior, unit: north-t1, on: 2026-10-01, scores: { listening: 4, empathy: 2, patience: 5 } }
  - { rep: tamar, unit: north-t1, on: 2026-10-02, scores: { listening: 2, empathy: 4, patience: 5 } }
";

fn with_people() -> Sandbox {
    let sb = Sandbox::example_repo();
    sb.write("repo/plan/people.yaml", PEOPLE);
    sb.write("repo/plan/skills.yaml", SKILLS);
    // The example's praise names its own reps, not these.
    sb.write("repo/plan/recognition.yaml", "praise: []\n");
    sb.git("repo", &["add", "-A"]);
    sb.git("repo", &["commit", "-qm", "people"]);
    sb
}

#[test]
fn a_rep_is_added_from_the_people_tab() {
    let sb = with_people();
    let mut app = app_in(&sb);
    keys(&mut app, "6a");
    let Mode::Choose(chooser) = &app.mode else {
        panic!("a does not open the chooser: {:?}", app.mode)
    };
    assert!(chooser
        .choices
        .iter()
        .any(|(k, c)| *k == Kind::Rep && *c == 'R'));
    keys(&mut app, "R");
    let Mode::Form(form) = &app.mode else {
        panic!("R does not open a form: {:?}", app.mode)
    };
    assert_eq!(form.kind, Kind::Rep);
    super::retype(&mut app, "noa");
    send(&mut app, KeyCode::Tab);
    super::retype(&mut app, "Noa Bell");
    send(&mut app, KeyCode::Tab);
    super::retype(&mut app, "north-t1");
    send(&mut app, KeyCode::Tab);
    super::retype(&mut app, "2026-11-16");
    send(&mut app, KeyCode::Tab);
    super::retype(&mut app, "lior");
    send(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Normal), "{:?}", app.mode);
    save(&mut app);
    let saved = sb.read("repo/plan/people.yaml");
    assert_eq!(
        saved,
        format!("{PEOPLE}  - id: noa\n    name: Noa Bell\n    unit: north-t1\n    start: 2026-11-16\n    mentor: lior\n")
    );
    assert_eq!(sb.git("repo", &["status", "--porcelain"]), "");
}

#[test]
fn a_proposed_coaching_is_accepted_from_the_reps_detail() {
    let sb = with_people();
    let mut app = app_in(&sb);
    keys(&mut app, "6");
    select(&mut app, Kind::Rep, 0);
    super::snapshot("people_rep_detail_100x50", screen(&mut app, 100, 50));
    keys(&mut app, "P");
    let Mode::Form(form) = &app.mode else {
        panic!("P does not open a form: {:?}", app.mode)
    };
    assert_eq!(form.kind, Kind::Coaching);
    assert!(form.index.is_none(), "a form that adds");
    super::snapshot("people_accept_coaching_100x30", screen(&mut app, 100, 30));
    send(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Normal), "{:?}", app.mode);
    save(&mut app);
    let saved = sb.read("repo/plan/people.yaml");
    assert_eq!(
        saved,
        format!(
            "{PEOPLE}coaching:\n  - {{ rep: lior, skill: empathy, kind: guidance, owner: adam }}\n"
        )
    );
    // Recorded: Lior's skills propose nothing more.
    keys(&mut app, "g");
    select(&mut app, Kind::Rep, 0);
    keys(&mut app, "P");
    assert!(matches!(app.mode, Mode::Normal), "{:?}", app.mode);
    let message = app.message.clone().unwrap().0;
    assert!(message.contains("`lior`"), "{message}");
}

#[test]
fn a_reps_detail_speaks_the_plans_language() {
    let sb = with_people();
    let plan = sb.read("repo/plan/plan.yaml");
    let plan = plan.replacen("\nstart:", "\nlanguage: he\nstart:", 1);
    sb.write("repo/plan/plan.yaml", &plan);
    sb.git("repo", &["commit", "-qam", "Hebrew"]);
    let mut app = app_in(&sb);
    assert_eq!(app.plan.meta.language, Some(charter::i18n::Lang::He));
    keys(&mut app, "6");
    select(&mut app, Kind::Rep, 1);
    let text = screen(&mut app, 100, 50);
    // Right to left on screen: the words read backwards in the buffer.
    let backwards = |s: &str| s.chars().rev().collect::<String>();
    for word in ["היכרות עם הארגון", "בהכשרה", "חונך", "סדנה"] {
        let shown = text.contains(word) || text.contains(&backwards(word));
        assert!(shown, "no {word} in\n{text}");
    }
    super::snapshot("people_rep_detail_he_100x50", text);
}

/// Moves the form's focus to the field `key`.
fn focus_field(app: &mut charter::tui::app::App, key: &str) {
    for _ in 0..80 {
        let Mode::Form(form) = &app.mode else {
            panic!("not in a form: {:?}", app.mode)
        };
        if form.fields[form.focus].0.key == key {
            return;
        }
        send(app, KeyCode::Tab);
    }
    panic!("no field {key}");
}

#[test]
fn a_reps_training_and_certification_scores_are_edited_in_the_form() {
    let sb = with_people();
    let mut app = app_in(&sb);
    keys(&mut app, "6");
    select(&mut app, Kind::Rep, 0);
    keys(&mut app, "e");
    assert!(matches!(app.mode, Mode::Form(_)), "{:?}", app.mode);
    // The file's list of parts shows as two dates per part.
    focus_field(&mut app, "training.organisation.done");
    assert_eq!(focused_text(&app).0, "2026-01-12");
    focus_field(&mut app, "training.one_to_one.done");
    assert_eq!(focused_text(&app).0, "");
    retype(&mut app, "2026-01-23");
    focus_field(&mut app, "training.mentoring.planned");
    retype(&mut app, "2026-01-26");
    focus_field(&mut app, "certification.scores.empathy");
    retype(&mut app, "3");
    super::snapshot("people_rep_training_form_100x40", screen(&mut app, 100, 40));
    send(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Normal), "{:?}", app.mode);
    save(&mut app);
    let saved = sb.read("repo/plan/people.yaml");
    let expected = PEOPLE
        .replace(
            "      - { part: one_to_one, planned: 2026-01-19 }\n",
            "      - { part: one_to_one, planned: 2026-01-19, done: 2026-01-23 }\n      - { part: mentoring, planned: 2026-01-26 }\n",
        )
        .replace("      by: anna\n", "      by: anna\n      scores: { empathy: 3 }\n");
    assert_eq!(saved, expected);
    assert_eq!(app.plan.people.reps[0].training.len(), 3);
    // A score outside the scale is the check's error, in the form.
    keys(&mut app, "e");
    focus_field(&mut app, "certification.scores.empathy");
    retype(&mut app, "9");
    send(&mut app, KeyCode::Enter);
    let Mode::Form(form) = &app.mode else {
        panic!("a score of 9 was taken: {:?}", app.mode)
    };
    assert!(
        form.problems.iter().any(|p| p.contains('9')),
        "{:?}",
        form.problems
    );
}
