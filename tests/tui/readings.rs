//! A metric's readings: recorded with `r`, changed in a form, removed with
//! `X`, and saved as the one line that changed.

use charter::tui::app::{Mode, PromptFor};
use ratatui::crossterm::event::KeyCode;

use super::common::tui::{form_fields, keys, save, screen, send};
use super::common::Sandbox;
use super::{app_in, example, readings_of, retype, selected_id, today};

#[test]
fn r_records_a_reading_dated_today_for_the_selected_metric() {
    let mut app = example();
    keys(&mut app, "5");
    // fcr already has a reading today: that is refused, the prompt stays.
    keys(&mut app, "r66");
    send(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Prompt(_)), "{:?}", app.mode);
    let (error, is_error) = app.message.clone().unwrap();
    assert!(is_error && error.contains("already has a reading on 2026-11-23"));
    send(&mut app, KeyCode::Esc);
    assert!(!app.dirty());

    let csat = app
        .plan
        .metrics
        .metrics
        .iter()
        .position(|m| m.id.as_str() == "csat")
        .unwrap();
    for _ in 0..csat {
        keys(&mut app, "j");
    }
    assert_eq!(selected_id(&app), "csat");
    keys(&mut app, "r");
    let Mode::Prompt(prompt) = &app.mode else {
        panic!("r does not ask for the reading: {:?}", app.mode)
    };
    assert_eq!(prompt.purpose, PromptFor::Record);
    keys(&mut app, "66");
    send(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Normal), "{:?}", app.message);
    let readings = &app.plan.metrics.metrics[csat].readings;
    let last = readings.last().unwrap();
    assert_eq!((last.on, last.value, &last.unit), (today(), 66.0, &None));
    assert_eq!(readings.len(), 2);
    assert_eq!(app.change_summary(), ["metric csat: 1 reading(s) added"]);
}

#[test]
fn a_reading_is_changed_in_a_form_and_saved_as_one_changed_line() {
    let sb = Sandbox::example_repo();
    let before = sb.read("repo/plan/metrics.yaml");
    let mut app = app_in(&sb);
    // aht: a metric without units, whose readings are all plan-wide.
    keys(&mut app, "5jj");
    assert_eq!(selected_id(&app), "aht");
    let readings = readings_of(&app, "aht");
    let (on, value, _) = readings[readings.len() - 2].clone();
    // ] moves to the second newest; the detail marks it.
    keys(&mut app, "]");
    let shown = screen(&mut app, 120, 100);
    assert!(shown.contains(&format!("› {on}")), "{shown}");
    keys(&mut app, "C");
    let fields = form_fields(&app, "C");
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, t)| (*k, t.as_str())).collect();
    assert_eq!(
        fields[..3],
        [
            ("metric", "aht"),
            ("on", on.as_str()),
            ("value", &*value.to_string())
        ]
    );

    // A unit that is not in plan.yaml is refused by the plan's checks.
    for _ in 0..3 {
        send(&mut app, KeyCode::Tab);
    }
    keys(&mut app, "nowhere");
    send(&mut app, KeyCode::Enter);
    let Mode::Form(form) = &app.mode else {
        panic!("a reading for an unknown unit was accepted")
    };
    assert!(
        form.problems.iter().any(|p| p.contains("nowhere")),
        "{:?}",
        form.problems
    );
    retype(&mut app, "");
    // The date of another reading is refused too.
    send(&mut app, KeyCode::Tab);
    send(&mut app, KeyCode::Tab);
    retype(&mut app, &readings[0].0);
    send(&mut app, KeyCode::Enter);
    let Mode::Form(form) = &app.mode else {
        panic!("a second reading on one day was accepted")
    };
    assert!(
        form.problems
            .iter()
            .any(|p| p.contains("already has a reading")),
        "{:?}",
        form.problems
    );
    retype(&mut app, &on);
    send(&mut app, KeyCode::Tab);
    retype(&mut app, "70.5");
    send(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Normal), "{:?}", app.mode);
    let after = readings_of(&app, "aht");
    assert_eq!(after.len(), readings.len());
    assert_eq!(after[after.len() - 2], (on.clone(), 70.5, None));

    let message = save(&mut app);
    assert_eq!(message, "metric aht: readings changed");
    let saved = sb.read("repo/plan/metrics.yaml");
    let changed: Vec<_> = before
        .lines()
        .zip(saved.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(
        changed,
        [(
            format!("      - {{ on: {on}, value: {} }}", value).as_str(),
            format!("      - {{ on: {on}, value: 70.5 }}").as_str()
        )]
    );
}

#[test]
fn x_then_y_removes_the_reading_under_the_cursor() {
    let mut app = example();
    keys(&mut app, "5");
    let readings = readings_of(&app, "fcr");
    keys(&mut app, "]]X");
    let Mode::Confirm(confirm) = &app.mode else {
        panic!("X does not ask: {:?}", app.mode)
    };
    let gone = readings[readings.len() - 3].clone();
    assert!(confirm.question.contains(&gone.0), "{}", confirm.question);
    keys(&mut app, "n");
    assert_eq!(readings_of(&app, "fcr"), readings);
    keys(&mut app, "Xy");
    let mut expected = readings.clone();
    expected.remove(readings.len() - 3);
    assert_eq!(readings_of(&app, "fcr"), expected);
    assert_eq!(
        app.change_summary(),
        ["metric fcr: readings changed"],
        "{:?}",
        app.message
    );
    // ? lists the keys, from the keymap that handles them.
    keys(&mut app, "?");
    let help = screen(&mut app, 120, 120);
    for expected in [
        "next (older) reading",
        "change the reading",
        "remove the reading",
    ] {
        assert!(help.contains(expected), "{expected}:\n{help}");
    }
}

/// A survey's score is a reading of its metric on the Metrics tab too, as
/// in `status`: its row and its detail show the score, while metrics.yaml
/// stays as written.
#[test]
fn a_survey_score_shows_as_its_metrics_latest_reading() {
    let sb = super::common::Sandbox::example_repo();
    let surveys = sb.read("repo/plan/surveys.yaml");
    sb.write(
        "repo/plan/surveys.yaml",
        &format!("{surveys}  - {{ id: managers-2026-11, kind: managers, on: 2026-11-16, population: 12, responses: 11, scores: [{{ metric: msat, value: 91.5 }}] }}\n"),
    );
    sb.git("repo", &["commit", "-qam", "managers' survey"]);
    let metrics = sb.read("repo/plan/metrics.yaml");
    assert!(!metrics.contains("91.5"));
    let mut app = super::app_in(&sb);
    super::common::tui::keys(&mut app, "5g");
    let msat = app
        .plan
        .metrics
        .metrics
        .iter()
        .position(|m| m.id.as_str() == "msat")
        .unwrap();
    for _ in 0..40 {
        if app.selected() == Some((charter::tui::items::Kind::Metric, msat)) {
            break;
        }
        super::common::tui::keys(&mut app, "j");
    }
    assert_eq!(
        app.selected(),
        Some((charter::tui::items::Kind::Metric, msat))
    );
    let text = super::common::tui::screen(&mut app, 140, 50);
    let row = (text.lines())
        .find(|l| l.contains("│msat "))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(row.contains("→ 91.5 →"), "{row}");
    assert!(text.contains("2026-11-16"), "{text}");
    assert_eq!(sb.read("repo/plan/metrics.yaml"), metrics);
}
