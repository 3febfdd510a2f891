//! The History tab, driven through `App::handle` like the terminal drives
//! it, on the demo's repository (a year of commits at fixed dates, so the
//! log and its commit ids are the same on every run).

#![allow(clippy::unwrap_used)]

mod common;

use charter::domain::types::Date;
use charter::tui::app::{App, Mode, Tab};
use charter::tui::history::Pane;
use ratatui::crossterm::event::KeyCode;

use common::tui::{demo_repo, keys, open, screen, send, DEMO_TODAY as TODAY};
use common::Sandbox;

fn demo() -> (Sandbox, App) {
    let sb = demo_repo();
    let app = open(&sb.work().join("demo"), TODAY);
    (sb, app)
}

/// The screen with each commit's id as `#######`: ids change whenever
/// anything the demo commits does (its schema files too), the screen's
/// layout does not.
fn without_commit_ids(app: &App, text: &str) -> String {
    let mut text = text.to_string();
    for entry in &app.history.as_ref().unwrap().entries {
        let short: String = entry.commit.chars().take(7).collect();
        text = text.replace(&short, "#######");
    }
    text
}

#[test]
fn the_log_lists_the_plans_commits_with_reviews_marked() {
    let (_sb, mut app) = demo();
    keys(&mut app, "8");
    assert_eq!(app.tab, Tab::History);
    let h = app.history.as_ref().unwrap();
    assert!(h.error.is_none(), "{:?}", h.error);
    assert_eq!(
        h.entries[0].summary,
        "review 2026-11-23: 1 on track, 0 at risk, 2 off track; 2 decisions, 6 actions"
    );
    assert_eq!(h.entries[0].review_role, Some("close"));
    assert!(h
        .entries
        .last()
        .unwrap()
        .summary
        .starts_with("new plan demo"));
    let text = screen(&mut app, 120, 36);
    assert!(text.contains("◆ 2026-11-23"), "{text}");
    assert!(text.contains("closes review 2026-11-23"), "{text}");
    insta::assert_snapshot!("history_log_120x36", without_commit_ids(&app, &text));
}

#[test]
fn t_shows_the_milestone_trend_and_c_the_metric_charts() {
    let (_sb, mut app) = demo();
    keys(&mut app, "8t");
    assert_eq!(app.history.as_ref().unwrap().pane, Pane::Trend);
    let text = screen(&mut app, 120, 36);
    assert!(text.contains("Milestone trend"), "{text}");
    assert!(text.contains("one-owner-rule"), "{text}");
    assert!(text.contains("+77d"), "{text}");
    insta::assert_snapshot!("history_trend_120x36", without_commit_ids(&app, &text));

    keys(&mut app, "c");
    assert_eq!(app.history.as_ref().unwrap().pane, Pane::Metric(0));
    let first = app.plan.metrics.metrics[0].id.to_string();
    let second = app.plan.metrics.metrics[1].id.to_string();
    assert!(screen(&mut app, 120, 36).contains(&format!("┌ {first} ·")));
    keys(&mut app, "]");
    let text = screen(&mut app, 120, 36);
    assert!(text.contains(&format!("┌ {second} ·")), "{text}");
    assert!(text.contains("baseline"), "{text}");
    insta::assert_snapshot!("history_metric_120x36", without_commit_ids(&app, &text));
    keys(&mut app, "[[");
    assert_eq!(
        app.history.as_ref().unwrap().pane,
        Pane::Metric(app.plan.metrics.metrics.len() - 1)
    );
}

#[test]
fn m_then_d_diffs_two_revisions_and_d_alone_diffs_against_the_working_tree() {
    let (_sb, mut app) = demo();
    // The review of 2026-10-26 against the one of 2026-11-23.
    keys(&mut app, "8");
    let entries = &app.history.as_ref().unwrap().entries;
    let older = entries
        .iter()
        .position(|e| e.review.as_deref() == Some("2026-10-26"))
        .unwrap();
    for _ in 0..older {
        send(&mut app, KeyCode::Down);
    }
    keys(&mut app, "m");
    assert_eq!(app.history.as_ref().unwrap().marked, Some(older));
    keys(&mut app, "gd");
    let Pane::Diff { lines, .. } = &app.history.as_ref().unwrap().pane else {
        panic!("no diff: {:?}", app.history.as_ref().unwrap().pane);
    };
    assert!(lines[0].contains("1 review added"), "{lines:?}");
    assert!(
        lines.iter().any(|l| l == "reviews/2026-11-23.yaml"),
        "{lines:?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("  metric aht: 4 readings added")),
        "{lines:?}"
    );

    // Nothing marked: the selected revision against the working tree.
    keys(&mut app, "m"); // marks the newest
    keys(&mut app, "m"); // and clears the mark
    assert_eq!(app.history.as_ref().unwrap().marked, None);
    keys(&mut app, "d");
    let Pane::Diff { to, lines, .. } = &app.history.as_ref().unwrap().pane else {
        panic!("no diff");
    };
    assert_eq!(to, "working tree");
    assert!(lines[0].ends_with("no change to the plan"), "{lines:?}");
}

#[test]
fn o_opens_a_revision_read_only_and_esc_comes_back() {
    let (_sb, mut app) = demo();
    let current_reviews = app.plan.reviews.len();
    keys(&mut app, "8");
    let entries = &app.history.as_ref().unwrap().entries;
    let at = entries
        .iter()
        .position(|e| e.review.as_deref() == Some("2026-03-16"))
        .unwrap();
    for _ in 0..at {
        send(&mut app, KeyCode::Down);
    }
    keys(&mut app, "o");
    assert!(app.read_only.is_some());
    assert_eq!(app.plan.reviews.len(), 3, "the plan as it was in March");
    assert_eq!(app.today, Date::parse("2026-03-16").unwrap());
    assert_eq!(app.tab, Tab::Overview);
    let text = screen(&mut app, 120, 36);
    assert!(text.contains("read-only"), "{text}");

    // Edits are refused, with a word why.
    keys(&mut app, "4");
    keys(&mut app, "a");
    assert!(matches!(app.mode, Mode::Normal));
    keys(&mut app, "x");
    assert!(!app.dirty());
    let (message, is_error) = app.message.clone().unwrap();
    assert!(is_error && message.starts_with("read-only"), "{message}");

    send(&mut app, KeyCode::Esc);
    assert!(app.read_only.is_none());
    assert_eq!(app.tab, Tab::History);
    assert_eq!(app.plan.reviews.len(), current_reviews);
    assert_eq!(app.today, Date::parse(TODAY).unwrap());
}

#[test]
fn a_plan_outside_git_says_it_has_no_history() {
    let sb = Sandbox::new();
    sb.copy_from_project("plans/example-service", "plain");
    let mut app = open(&sb.work().join("plain"), TODAY);
    keys(&mut app, "8");
    let text = screen(&mut app, 100, 20);
    assert!(text.contains("not in a git repository"), "{text}");
    // Every other key still works.
    keys(&mut app, "jtdo");
    assert!(app.read_only.is_none());
}
