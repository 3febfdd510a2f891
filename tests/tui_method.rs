//! The method's parts in the terminal UI, driven through `App::handle` like
//! the terminal drives it: late routines and tools to decide in the
//! Overview, a routine recorded as held with `H`, a skills assessment added
//! with `S` (a score out of range refused), units and trials in a metric's
//! detail — on the English and Hebrew method plans, saved and committed.

#![allow(clippy::unwrap_used)]

mod common;

use charter::tui::app::{App, Mode};
use ratatui::crossterm::event::KeyCode;

use common::tui::{ctrl, keys, open, save, screen, send};
use common::Sandbox;

const TODAY: &str = "2026-05-20";

/// The method plan of `lang` in a repository of its own.
fn plan_in_repo(lang: &str) -> (Sandbox, App) {
    let sb = Sandbox::new();
    sb.repo_init("repo");
    let src = common::root().join("tests/fixtures/method").join(lang);
    common::copy_dir(&src, &sb.work().join("repo/plan"));
    let _ = std::fs::remove_dir_all(sb.work().join("repo/plan/expected"));
    sb.git("repo", &["add", "-A"]);
    sb.git("repo", &["commit", "-qm", "method plan"]);
    let app = open(&sb.work().join("repo/plan"), TODAY);
    (sb, app)
}

fn select(app: &mut App, id: &str) {
    keys(app, "g");
    for _ in 0..40 {
        let (kind, i) = app.selected().unwrap();
        if kind.id(&app.plan, i) == id {
            return;
        }
        keys(app, "j");
    }
    panic!("{id} not found");
}

#[test]
fn the_overview_names_late_routines_and_tools_to_decide() {
    for lang in ["en", "he"] {
        let (_sb, mut app) = plan_in_repo(lang);
        let shown = screen(&mut app, 100, 30);
        assert!(
            shown.contains("routines late: skip-level 14d, shift-briefing 9d"),
            "{shown}"
        );
        assert!(
            shown.contains("decide: keep or drop callback-script"),
            "{shown}"
        );
        insta::assert_snapshot!(format!("overview_method_{lang}"), shown);
    }
}

#[test]
fn h_records_a_routine_as_held_today_and_it_is_no_longer_late() {
    let (sb, mut app) = plan_in_repo("he");
    keys(&mut app, "6");
    select(&mut app, "skip-level");
    let shown = screen(&mut app, 100, 30);
    assert!(shown.contains("1m · late 14d"), "{shown}");
    assert!(shown.contains("last held: 2026-04-06 (held)"), "{shown}");
    keys(&mut app, "H");
    let routine = &app.plan.committee.routines[1];
    assert_eq!(routine.held.last().unwrap().to_string(), TODAY);
    let shown = screen(&mut app, 100, 30);
    assert!(shown.contains("1m · next 2026-06-20"), "{shown}");
    // Twice on one day is once.
    keys(&mut app, "H");
    assert_eq!(app.plan.committee.routines[1].held.len(), 3);
    insta::assert_snapshot!("people_routine_held_he", shown);
    let message = save(&mut app);
    assert!(message.contains("routine skip-level"), "{message}");
    let committee = sb.read("repo/plan/committee.yaml");
    assert!(
        committee.contains("held: [2026-03-02, 2026-04-06, 2026-05-20] }"),
        "{committee}"
    );
    assert_eq!(sb.git("repo", &["status", "--porcelain"]), "");
    // On another kind of row, H says what it is for and changes nothing.
    keys(&mut app, "g");
    keys(&mut app, "H");
    assert!(app.message.clone().unwrap().0.contains("select a routine"));
    assert!(!app.dirty());
}

#[test]
fn s_adds_a_skills_assessment_and_a_score_out_of_range_is_refused() {
    let (sb, mut app) = plan_in_repo("en");
    keys(&mut app, "6S");
    assert!(matches!(app.mode, Mode::Form(_)), "{:?}", app.mode);
    keys(&mut app, "rep-003");
    send(&mut app, KeyCode::Down);
    keys(&mut app, "kaunas-t1");
    send(&mut app, KeyCode::Down);
    send(&mut app, KeyCode::Down);
    keys(&mut app, "ruta");
    send(&mut app, KeyCode::Down);
    keys(&mut app, "6");
    send(&mut app, KeyCode::Down);
    keys(&mut app, "3");
    send(&mut app, KeyCode::Enter);
    let Mode::Form(form) = &app.mode else {
        panic!("a score of 6 out of 5 was accepted")
    };
    assert!(
        form.problems
            .iter()
            .any(|p| p.contains("connection score 6") && p.contains("outside 1..5")),
        "{:?}",
        form.problems
    );
    send(&mut app, KeyCode::Up);
    send(&mut app, KeyCode::Backspace);
    keys(&mut app, "4");
    send(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Normal), "{:?}", app.mode);
    let shown = screen(&mut app, 100, 30);
    assert!(
        shown.contains("skills assessment rep-003 2026-05-20"),
        "{shown}"
    );
    assert!(
        shown.contains("personal connection        ████░ 4"),
        "{shown}"
    );
    insta::assert_snapshot!("people_assessment_added", shown);
    let message = save(&mut app);
    assert_eq!(message, "skills assessment of rep-003 2026-05-20: added");
    let skills = sb.read("repo/plan/skills.yaml");
    assert!(
        skills.ends_with(
            "  - rep: rep-003\n    unit: kaunas-t1\n    on: 2026-05-20\n    by: ruta\n    scores: { connection: 4, listening: 3 }\n"
        ),
        "{skills}"
    );
    let log = sb.git("repo", &["log", "-1", "--format=%s"]);
    assert_eq!(log, "skills assessment of rep-003 2026-05-20: added\n");
}

#[test]
fn a_metric_shows_its_units_and_the_tools_judged_by_it() {
    let (_sb, mut app) = plan_in_repo("he");
    keys(&mut app, "5");
    let shown = screen(&mut app, 120, 90);
    // Each line as charter lays it out for a terminal without bidi.
    let laid_out = charter::tui::bidi::visual_text;
    assert!(
        shown.contains(&laid_out(
            "vilnius-t1 (צוות וילנה דרג 1) · month 2026-05: 66 of 70 ▼ behind (1 reading)"
        )),
        "{shown}"
    );
    assert!(shown.contains("before: 2026-04 72 ✔"), "{shown}");
    assert!(
        shown.contains(&laid_out(
            "תסריט חזרה ללקוח · decide: keep or drop (trial ended 2026-04-30)"
        )),
        "{shown}"
    );
    assert!(
        shown.contains("fcr 61.5 before (2 readings), 66.5 during (2 readings): better"),
        "{shown}"
    );
    insta::assert_snapshot!("metric_units_and_tools_he", shown);
}

#[test]
fn small_terminals_draw_the_new_parts_without_panic() {
    let (_sb, mut app) = plan_in_repo("he");
    for tab in ["1", "5", "6"] {
        keys(&mut app, tab);
        for (w, h) in [(20, 6), (40, 12), (80, 24)] {
            screen(&mut app, w, h);
        }
    }
}

#[test]
fn w_adds_a_workshop_a_adds_a_tool_to_it_and_the_tool_form_sets_the_verdict() {
    let (sb, mut app) = plan_in_repo("en");
    keys(&mut app, "5W");
    assert!(matches!(app.mode, Mode::Form(_)), "{:?}", app.mode);
    keys(&mut app, "q3-workshop");
    send(&mut app, KeyCode::Down);
    send(&mut app, KeyCode::Down);
    keys(&mut app, "Waiting customers");
    send(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Normal), "{:?}", app.mode);
    select(&mut app, "q3-workshop");
    keys(&mut app, "A");
    let Mode::Form(form) = &app.mode else {
        panic!("A does not open a form: {:?}", app.mode)
    };
    assert_eq!(form.fields[0].1, "q3-workshop");
    send(&mut app, KeyCode::Down);
    keys(&mut app, "hold-message");
    send(&mut app, KeyCode::Down);
    keys(&mut app, "Honest hold message");
    send(&mut app, KeyCode::Down);
    keys(&mut app, "asa");
    send(&mut app, KeyCode::Down);
    keys(&mut app, "2026-06-30");
    send(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Normal), "{:?}", app.mode);
    let shown = screen(&mut app, 100, 30);
    assert!(shown.contains("workshop tool hold-message"), "{shown}");
    assert!(shown.contains("on trial until 2026-06-30"), "{shown}");
    // The tool to decide: its form sets the verdict.
    select(&mut app, "callback-script");
    send(&mut app, KeyCode::Enter);
    for _ in 0..5 {
        send(&mut app, KeyCode::Down);
    }
    ctrl(&mut app, 'e');
    for _ in 0..5 {
        send(&mut app, KeyCode::Backspace);
    }
    keys(&mut app, "keep");
    send(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Normal), "{:?}", app.mode);
    let shown = screen(&mut app, 100, 30);
    insta::assert_snapshot!("metrics_tab_workshops_and_tools", shown);
    let message = save(&mut app);
    assert_eq!(
        message,
        "workshop q3-workshop: added; tool callback-script: verdict trial → keep; tool hold-message: added"
    );
    let text = sb.read("repo/plan/workshops.yaml");
    assert!(
        text.contains("trial_until: 2026-04-30, verdict: keep }"),
        "{text}"
    );
    assert!(
        text.ends_with(
            "  - id: q3-workshop\n    date: 2026-05-20\n    topic: Waiting customers\n    tools:\n      - { id: hold-message, name: Honest hold message, metric: asa, trial_until: 2026-06-30, verdict: trial }\n"
        ),
        "{text}"
    );
    // The Overview no longer asks for a decision.
    keys(&mut app, "1");
    let shown = screen(&mut app, 100, 30);
    assert!(!shown.contains("decide: keep or drop"), "{shown}");
}
