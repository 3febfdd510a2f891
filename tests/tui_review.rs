//! The review screen, driven through `App::handle` like the terminal drives
//! it, on the demo's repository: draft, walk, record, close (commit and
//! tag), amend — down to the file on disk, the commit and the tag.

#![allow(clippy::unwrap_used)]

mod common;

use charter::domain::model::Health;
use charter::domain::types::Date;
use charter::tui::app::{App, Effect, Mode, Tab};
use ratatui::crossterm::event::KeyCode;

use common::tui::{demo_repo, keys, open, screen, send};
use common::Sandbox;

/// Two weeks after the demo's last review.
const REVIEW_DAY: &str = "2026-12-07";

fn demo() -> (Sandbox, App) {
    let sb = demo_repo();
    let app = reopen(&sb);
    (sb, app)
}

fn reopen(sb: &Sandbox) -> App {
    open(&sb.work().join("demo"), REVIEW_DAY)
}

/// Runs an effect the way the terminal loop does.
fn run(app: &mut App, effect: Effect) {
    charter::tui::perform(app, effect);
}

fn review_of(app: &App) -> &charter::domain::model::Review {
    let date = Date::parse(REVIEW_DAY).unwrap();
    app.plan.reviews.iter().find(|r| r.date == date).unwrap()
}

#[test]
fn n_drafts_todays_review_and_the_walk_records_it() {
    let (_sb, mut app) = demo();
    keys(&mut app, "7N");
    assert!(matches!(app.mode, Mode::Review(_)));
    let r = review_of(&app);
    assert_eq!(r.title.as_deref(), Some("Steering review 13"));
    assert_eq!(r.milestones.len(), 3);
    assert_eq!(r.milestones[0].id.as_str(), "one-owner-rule");
    assert_eq!(r.milestones[0].health, Health::OffTrack);
    insta::assert_snapshot!("review_screen_120x32", screen(&mut app, 120, 32));

    // Health, progress and forecast of the first milestone.
    keys(&mut app, "h-]");
    let e = &review_of(&app).milestones[0];
    assert_eq!(e.health, Health::Done);
    assert_eq!(e.progress, Some(90), "done sets 100, then -10");
    // The draft forecasts the review's day (the last forecast had passed); `]` adds a week.
    assert_eq!(e.forecast.unwrap().to_string(), "2026-12-14");
    // A typed forecast, checked as typed.
    keys(&mut app, "f");
    assert!(matches!(app.mode, Mode::Prompt(_)));
    for _ in 0..10 {
        send(&mut app, KeyCode::Backspace);
    }
    keys(&mut app, "2026-02-30");
    send(&mut app, KeyCode::Enter);
    assert!(
        matches!(app.mode, Mode::Prompt(_)),
        "an impossible date stays in the prompt"
    );
    assert!(app.message.as_ref().unwrap().1);
    send(&mut app, KeyCode::Esc);
    assert!(
        matches!(app.mode, Mode::Review(_)),
        "esc returns to the walk"
    );
    assert_eq!(
        review_of(&app).milestones[0].forecast.unwrap().to_string(),
        "2026-12-14"
    );

    // A metric's value, a decision and an action.
    keys(&mut app, "jjj");
    keys(&mut app, "v");
    for _ in 0..5 {
        send(&mut app, KeyCode::Backspace);
    }
    keys(&mut app, "76,5");
    send(&mut app, KeyCode::Enter);
    assert_eq!(review_of(&app).metrics[0].value, 76.5);
    // Decisions and actions are forms, opened on their text.
    keys(&mut app, "Ga");
    assert!(matches!(app.mode, Mode::Form(_)), "{:?}", app.mode);
    keys(&mut app, "Extend the pilot to Vilnius");
    send(&mut app, KeyCode::Tab);
    keys(&mut app, "dana");
    send(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Review(_)), "{:?}", app.mode);
    keys(&mut app, "t");
    keys(&mut app, "Brief the Vilnius team");
    send(&mut app, KeyCode::Tab);
    keys(&mut app, "ruth");
    send(&mut app, KeyCode::Tab);
    keys(&mut app, "2026-12-20");
    send(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Review(_)), "{:?}", app.mode);
    let r = review_of(&app);
    assert_eq!(r.decisions[0].text, "Extend the pilot to Vilnius");
    let last = r.actions.last().unwrap();
    assert_eq!(last.text, "Brief the Vilnius team");
    assert_eq!(last.due.unwrap().to_string(), "2026-12-20");

    // Undo takes back the last edit, and the walk stays open.
    keys(&mut app, "u");
    assert_ne!(
        review_of(&app).actions.last().unwrap().text,
        "Brief the Vilnius team"
    );
    assert!(matches!(app.mode, Mode::Review(_)));
    send(&mut app, KeyCode::Esc);
    assert!(matches!(app.mode, Mode::Normal));
    assert!(app.dirty(), "leaving the walk keeps its edits, unsaved");
}

#[test]
fn c_closes_the_review_commit_and_tag_then_an_edit_is_an_amendment() {
    let (sb, mut app) = demo();
    keys(&mut app, "7N");
    keys(&mut app, "Ga");
    keys(&mut app, "Add two trainers");
    send(&mut app, KeyCode::Tab);
    keys(&mut app, "dana");
    send(&mut app, KeyCode::Enter);
    // `C` asks first, showing the commit's message and the tag.
    assert_eq!(keys(&mut app, "C"), Effect::None);
    let Mode::Confirm(confirm) = &app.mode else {
        panic!("C does not ask before closing: {:?}", app.mode)
    };
    assert!(confirm.question.contains("Close review 2026-12-07"));
    assert_eq!(
        confirm.details[0],
        "commit: review 2026-12-07: 1 on track, 2 off track; 1 decision, 5 actions"
    );
    assert!(
        confirm.details[1].starts_with("tag: review/2026-12-07"),
        "{:?}",
        confirm.details
    );
    let text = screen(&mut app, 120, 32);
    assert!(
        text.contains("review 2026-12-07: 1 on track, 2 off track; 1 decision, 5 actions"),
        "{text}"
    );
    let effect = keys(&mut app, "y");
    assert_eq!(
        effect,
        Effect::CloseReview(Date::parse(REVIEW_DAY).unwrap())
    );
    run(&mut app, effect);
    let (message, is_error) = app.message.clone().unwrap();
    assert!(!is_error, "{message}");
    assert!(
        message.starts_with("review 2026-12-07 closed: committed "),
        "{message}"
    );
    assert!(!app.dirty());
    assert_eq!(
        sb.git("demo", &["log", "-1", "--format=%s"]).trim(),
        "review 2026-12-07: 1 on track, 2 off track; 1 decision, 5 actions"
    );
    assert_eq!(
        sb.git("demo", &["show", "--name-only", "--format=", "HEAD"]),
        "reviews/2026-12-07.yaml\n",
        "only the review file is committed"
    );
    let tagged = sb.git("demo", &["rev-parse", "review/2026-12-07^{commit}"]);
    let head = sb.git("demo", &["rev-parse", "HEAD"]);
    assert_eq!(tagged, head);
    assert_eq!(
        sb.git("demo", &["cat-file", "-t", "review/2026-12-07"])
            .trim(),
        "tag",
        "annotated"
    );
    let file = sb.read("demo/reviews/2026-12-07.yaml");
    assert!(
        file.contains("decisions:\n  - { text: Add two trainers, owner: dana }\n"),
        "{file}"
    );

    // Changed after closing: a new commit, the tag stays.
    let mut app = reopen(&sb);
    keys(&mut app, "7G");
    assert_eq!(app.tab, Tab::Reviews);
    keys(&mut app, "w");
    assert!(matches!(app.mode, Mode::Review(_)));
    keys(&mut app, "h");
    keys(&mut app, "C");
    assert!(matches!(app.mode, Mode::Confirm(_)));
    // Enter confirms as `y` does.
    let effect = send(&mut app, KeyCode::Enter);
    assert_eq!(
        effect,
        Effect::CloseReview(Date::parse(REVIEW_DAY).unwrap())
    );
    run(&mut app, effect);
    let (message, _) = app.message.clone().unwrap();
    assert!(message.contains("amended"), "{message}");
    assert_eq!(
        sb.git("demo", &["log", "-1", "--format=%s"]).trim(),
        "review 2026-12-07 amended: 1 on track, 1 off track, 1 done; 1 decision, 5 actions"
    );
    assert_eq!(
        sb.git("demo", &["rev-parse", "review/2026-12-07^{commit}"]),
        tagged
    );

    // The log marks both.
    let out = sb.charter_in("demo", &["log", "--format", "json", "-n", "2"]);
    let log: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(log[0]["review_role"], "amend");
    assert_eq!(log[1]["review_role"], "close");
}

#[test]
fn esc_or_n_at_the_close_question_writes_nothing() {
    let (sb, mut app) = demo();
    let head = sb.git("demo", &["rev-parse", "HEAD"]);
    let tags = sb.git("demo", &["tag", "--list"]);
    keys(&mut app, "7N");
    keys(&mut app, "Ga");
    keys(&mut app, "Add two trainers");
    send(&mut app, KeyCode::Tab);
    keys(&mut app, "dana");
    send(&mut app, KeyCode::Enter);
    for cancel in [KeyCode::Esc, KeyCode::Char('n')] {
        assert_eq!(keys(&mut app, "C"), Effect::None);
        assert!(matches!(app.mode, Mode::Confirm(_)), "{:?}", app.mode);
        let effect = send(&mut app, cancel);
        assert_eq!(effect, Effect::None, "{cancel:?} runs nothing");
        run(&mut app, effect);
        assert!(
            matches!(app.mode, Mode::Review(_)),
            "{cancel:?} returns to the walk: {:?}",
            app.mode
        );
        let (message, is_error) = app.message.clone().unwrap();
        assert!(!is_error && message.contains("not closed"), "{message}");
    }
    assert!(app.dirty(), "the walk's edits are kept, unsaved");
    assert_eq!(sb.git("demo", &["rev-parse", "HEAD"]), head, "no commit");
    assert_eq!(sb.git("demo", &["tag", "--list"]), tags, "no tag");
    assert!(sb
        .git("demo", &["tag", "--list", "review/2026-12-07"])
        .trim()
        .is_empty());
    assert!(!sb.work().join("demo/reviews/2026-12-07.yaml").exists());
}

#[test]
fn a_review_with_errors_does_not_close() {
    let (sb, mut app) = demo();
    keys(&mut app, "7N");
    // An owner nobody is: the action's form refuses it, as `check` would.
    keys(&mut app, "Gt");
    keys(&mut app, "Call the vendor");
    send(&mut app, KeyCode::Tab);
    keys(&mut app, "nobody-here");
    send(&mut app, KeyCode::Enter);
    let Mode::Form(form) = &app.mode else {
        panic!("the form accepted an owner nobody is: {:?}", app.mode)
    };
    assert!(form.problems.iter().any(|p| p.contains("nobody-here")));
    send(&mut app, KeyCode::Esc);
    assert!(matches!(app.mode, Mode::Review(_)));
    // The same error written in the file by hand.
    let date = Date::parse(REVIEW_DAY).unwrap();
    let ri = app
        .plan
        .reviews
        .iter()
        .position(|r| r.date == date)
        .unwrap();
    app.plan.reviews[ri]
        .decisions
        .push(charter::domain::model::Decision {
            text: "Call the vendor".into(),
            owner: Some(charter::domain::types::Id::new("nobody-here").unwrap()),
        });
    app.refresh();
    assert!(app.status.errors > 0);
    let effect = keys(&mut app, "C");
    assert_eq!(effect, Effect::None);
    let (message, is_error) = app.message.clone().unwrap();
    assert!(is_error && message.contains("error"), "{message}");
    assert!(matches!(app.mode, Mode::Review(_)));
    assert!(!sb.work().join("demo/reviews/2026-12-07.yaml").exists());
}

#[test]
fn help_on_the_review_screen_lists_its_keys_and_returns_to_it() {
    let (_sb, mut app) = demo();
    keys(&mut app, "7N?");
    assert!(matches!(app.mode, Mode::Help(_)));
    let text = screen(&mut app, 120, 60);
    assert!(text.contains("on the review screen"), "{text}");
    assert!(
        text.contains("close the review: check, save, commit and tag review/DATE"),
        "{text}"
    );
    send(&mut app, KeyCode::Esc);
    assert!(matches!(app.mode, Mode::Review(_)));
}
