//! Praise, service heroes and the Customer Service Week on the People
//! tab: listed with their details, added, changed and removed through
//! forms, `W` planning a week from the built-in template; each save keeps
//! a hand-written recognition.yaml's style and comments.

use charter::tui::app::Mode;
use charter::tui::items::Kind;
use ratatui::crossterm::event::KeyCode;

use super::common::tui::{form_fields, keys, save, screen, send};
use super::common::Sandbox;
use super::{app_in, retype, select};

const PEOPLE: &str = "reps:
  - { id: lior, name: Lior Ben-David, start: 2026-01-12 }
  - { id: tamar, name: תמר כהן, start: 2026-02-02 }
";

/// Hand-written: four spaces, lists not indented under their key, comments.
const RECOGNITION: &str = "\
# Recognition of the North team.
praise:
-   on: 2026-11-02      # a phone call
    rep: lior
    name: גברת לוי
    channel: phone
    text: She called back as promised.
    shared: 2026-11-03
heroes:
    # named at the steering committee
-   {period: 2026-Q3, rep: tamar, reason: Most praise}
";

fn with_recognition() -> Sandbox {
    let sb = Sandbox::example_repo();
    sb.write("repo/plan/people.yaml", PEOPLE);
    sb.write("repo/plan/recognition.yaml", RECOGNITION);
    sb.git("repo", &["add", "-A"]);
    sb.git("repo", &["commit", "-qm", "recognition"]);
    sb
}

fn last_commit(sb: &Sandbox) -> String {
    sb.git("repo", &["log", "-1", "--format=%s%n%b"])
}

#[test]
fn praise_is_added_from_the_chooser_and_the_file_keeps_its_style() {
    let sb = with_recognition();
    let mut app = app_in(&sb);
    keys(&mut app, "6a");
    let Mode::Choose(chooser) = &app.mode else {
        panic!("a does not open the chooser: {:?}", app.mode)
    };
    for (kind, key) in [
        (Kind::Praise, 'P'),
        (Kind::Hero, 'H'),
        (Kind::ServiceWeek, 'W'),
    ] {
        assert!(chooser.choices.iter().any(|(k, c)| *k == kind && *c == key));
    }
    keys(&mut app, "P");
    let fields = form_fields(&app, "P");
    let keys_of: Vec<&str> = fields.iter().map(|(k, _)| *k).collect();
    assert_eq!(
        keys_of,
        ["on", "rep", "from", "name", "channel", "text", "shared"]
    );
    assert_eq!(fields[0].1, "2026-11-23");
    send(&mut app, KeyCode::Tab);
    retype(&mut app, "tamar");
    for _ in 0..4 {
        send(&mut app, KeyCode::Tab);
    }
    retype(&mut app, "Stayed on the line until it worked");
    send(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Normal), "{:?}", app.mode);
    save(&mut app);
    let saved = sb.read("repo/plan/recognition.yaml");
    assert!(
        saved.starts_with(&RECOGNITION[..RECOGNITION.find("heroes:").unwrap()]),
        "{saved}"
    );
    // The new entry is written the canonical way, after the entries kept
    // exactly as they were written.
    assert!(
        saved.contains("    shared: 2026-11-03\n- on: 2026-11-23\n  rep: tamar\n  text: Stayed on the line until it worked\nheroes:\n"),
        "{saved}"
    );
    assert!(
        saved.contains("    # named at the steering committee\n"),
        "{saved}"
    );
    assert!(
        last_commit(&sb).contains("praise tamar@2026-11-23: added"),
        "{}",
        last_commit(&sb)
    );
    assert_eq!(sb.git("repo", &["status", "--porcelain"]), "");
}

#[test]
fn a_hero_is_changed_and_praise_removed_keeping_the_comments() {
    let sb = with_recognition();
    let mut app = app_in(&sb);
    keys(&mut app, "6");
    select(&mut app, Kind::Hero, 0);
    keys(&mut app, "e");
    let fields = form_fields(&app, "e");
    assert_eq!(fields[0], ("period", "2026-Q3".to_string()));
    send(&mut app, KeyCode::Tab);
    send(&mut app, KeyCode::Tab);
    retype(&mut app, "Three praises in a quarter");
    send(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Normal), "{:?}", app.mode);
    save(&mut app);
    let saved = sb.read("repo/plan/recognition.yaml");
    // Only the changed hero is written anew; the rest, comments included,
    // stays as it was written.
    assert_eq!(
        saved,
        RECOGNITION.replace(
            "-   {period: 2026-Q3, rep: tamar, reason: Most praise}",
            "- { period: 2026-Q3, rep: tamar, reason: Three praises in a quarter }"
        )
    );
    keys(&mut app, "g");
    select(&mut app, Kind::Praise, 0);
    keys(&mut app, "d");
    assert!(matches!(app.mode, Mode::Confirm(_)), "{:?}", app.mode);
    keys(&mut app, "y");
    save(&mut app);
    let saved = sb.read("repo/plan/recognition.yaml");
    assert!(!saved.contains("She called back"), "{saved}");
    assert!(
        saved.contains("# Recognition of the North team.\n"),
        "{saved}"
    );
    assert!(
        saved.contains("    # named at the steering committee\n"),
        "{saved}"
    );
    assert_eq!(app.plan.recognition.praise.len(), 0);
}

#[test]
fn w_plans_a_service_week_from_the_template_with_owners_to_fill() {
    let sb = with_recognition();
    let mut app = app_in(&sb);
    keys(&mut app, "6W");
    let Mode::Form(form) = &app.mode else {
        panic!("W does not open a form: {:?}", app.mode)
    };
    assert_eq!(form.kind, Kind::ServiceWeek);
    assert!(form.index.is_none(), "a form that adds");
    // The form opens on the first day's owner.
    assert_eq!(form.fields[form.focus].0.key, "owner1");
    let fields = form_fields(&app, "W");
    // Today is 2026-11-23: the next first Monday of October is in 2027.
    assert_eq!(fields[0], ("start", "2027-10-04".to_string()));
    assert_eq!(
        fields[1].1,
        "Leaders sit beside the reps on the front line and listen to calls"
    );
    super::snapshot("recognition_week_form_100x30", screen(&mut app, 100, 30));
    keys(&mut app, "dana");
    send(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Normal), "{:?}", app.mode);
    save(&mut app);
    let saved = sb.read("repo/plan/recognition.yaml");
    assert!(saved.starts_with(RECOGNITION), "{saved}");
    let added = &saved[RECOGNITION.len()..];
    assert_eq!(
        added,
        "service_week:
  - start: 2027-10-04
    days:
      - { activity: Leaders sit beside the reps on the front line and listen to calls, owner: dana }
      - { activity: Customers' stories and praise shared with the whole company }
      - { activity: Thanks to the service team from the other departments }
      - { activity: The service heroes rewarded as generously as the top sellers }
      - { activity: \"A celebration with the team, and what changes from next week\" }
    after: \"Leaders keep meeting the front line every month and service metrics stay on every scorecard: every week a service week\"
"
    );
    // Four days still want an owner: check says so.
    let week = &app.plan.recognition.service_week[0];
    assert_eq!(week.days.iter().filter(|d| d.owner.is_none()).count(), 4);
    keys(&mut app, "g");
    select(&mut app, Kind::ServiceWeek, 0);
    super::snapshot("recognition_week_detail_100x40", screen(&mut app, 100, 40));
}

#[test]
fn the_week_is_planned_in_the_plans_language() {
    let sb = with_recognition();
    let plan = sb.read("repo/plan/plan.yaml");
    let plan = plan.replacen("\nstart:", "\nlanguage: he\nstart:", 1);
    sb.write("repo/plan/plan.yaml", &plan);
    sb.git("repo", &["commit", "-qam", "Hebrew"]);
    let mut app = app_in(&sb);
    keys(&mut app, "6W");
    let fields = form_fields(&app, "W");
    assert_eq!(
        fields[1].1,
        "המנהלים יושבים ליד הנציגים בקו הראשון ומקשיבים לשיחות"
    );
    keys(&mut app, "dana");
    send(&mut app, KeyCode::Enter);
    save(&mut app);
    keys(&mut app, "g");
    select(&mut app, Kind::Praise, 0);
    let text = screen(&mut app, 100, 40);
    let backwards = |s: &str| s.chars().rev().collect::<String>();
    for word in ["מחמאה", "גיבור שירות"] {
        let shown = text.contains(word) || text.contains(&backwards(word));
        assert!(shown, "no {word} in\n{text}");
    }
    select(&mut app, Kind::ServiceWeek, 0);
    super::snapshot(
        "recognition_week_detail_he_100x40",
        screen(&mut app, 100, 40),
    );
}

/// Adding a hero starts from the quarter's candidate: the example year
/// names heroes up to 2026-Q3, and in 2026-Q4 Chloe Adams (rep-102) leads
/// the praise (ties in name order).
#[test]
fn a_new_hero_starts_as_the_candidate_status_proposes() {
    let sb = Sandbox::example_repo();
    let mut app = app_in(&sb);
    keys(&mut app, "6aH");
    let fields = form_fields(&app, "a then H");
    let value = |key: &str| {
        fields
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    assert_eq!(value("period"), "2026-Q4");
    assert_eq!(value("rep"), "rep-102");
    assert_eq!(value("reason"), "The only praise of 2026-Q4");
    send(&mut app, KeyCode::Enter);
    save(&mut app);
    let saved = sb.read("repo/plan/recognition.yaml");
    assert!(
        saved.contains(
            "  - { period: 2026-Q4, rep: rep-102, reason: The only praise of 2026-Q4 }\n"
        ),
        "{saved}"
    );
    // Named: nothing more to propose, and a new hero starts blank.
    keys(&mut app, "aH");
    assert_eq!(form_fields(&app, "a then H")[1], ("rep", String::new()));
}
