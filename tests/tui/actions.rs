//! The Actions tab (9): every action of the milestones and the reviews,
//! each once, with the list filters, enter to its milestone or review and
//! space to tick it where it is written.

use charter::domain::facts::{self, ActionAt};
use charter::tui::app::{App, Mode, Tab};
use ratatui::crossterm::event::KeyCode;

use super::common::tui::{ctrl, keys, screen, send};
use super::{example, hebrew, selected_id, snapshot, today};

/// The actions the tab shows, as the facts describe them.
fn shown(app: &App) -> Vec<facts::PlanAction<'_>> {
    assert_eq!(app.tab, Tab::Actions);
    app.list()
        .actions
        .iter()
        .map(|at| facts::plan_action(&app.plan, *at).unwrap())
        .collect()
}

fn filtered(filter: &str) -> App {
    let mut app = example();
    keys(&mut app, "9f");
    keys(&mut app, filter);
    send(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Normal), "{:?}", app.message);
    app
}

#[test]
fn the_tab_lists_every_action_once_and_carried_over_ones_as_last_left() {
    let mut app = example();
    keys(&mut app, "9");
    assert_eq!(app.tab, Tab::Actions);
    let all = facts::plan_actions(&app.plan).len();
    let milestone_actions: usize = app
        .plan
        .milestones
        .milestones
        .iter()
        .map(|m| m.actions.len())
        .sum();
    let rows = shown(&app);
    assert_eq!(rows.len(), all);
    assert!(
        rows.len() > milestone_actions,
        "review actions are listed too"
    );
    // Carried from review 2026-02-16 to 2026-04-13, done at the last.
    let feed: Vec<_> = rows
        .iter()
        .filter(|a| a.text == "Agree a delivery date for the CRM data feed")
        .collect();
    assert_eq!(feed.len(), 1);
    assert!(feed[0].done);
    assert_eq!(feed[0].review.unwrap().to_string(), "2026-04-13");
    // The open ones are the ones status counts.
    assert_eq!(
        rows.iter().filter(|a| a.open).count(),
        app.status.open_actions
    );
    let text = screen(&mut app, 120, 40);
    assert!(text.contains(&format!("Actions {all}")), "{text}");
    assert!(text.contains("what"), "{text}");
    assert!(text.contains("2026-04-13"), "{text}");
    assert!(text.contains("written in: review 2026-02-16"), "{text}");
    assert!(text.contains("metric fcr"), "{text}");
}

#[test]
fn each_filter_word_keeps_only_its_actions() {
    let today = today();
    let app = filtered("open");
    let open = shown(&app);
    assert!(!open.is_empty());
    assert!(open.iter().all(|a| a.open));
    assert_eq!(open.len(), app.status.open_actions);

    for word in ["late", "overdue"] {
        let app = filtered(word);
        let late = shown(&app);
        assert!(!late.is_empty(), "{word}");
        assert!(late.iter().all(|a| a.late(today)), "{word}");
        let expected = facts::plan_actions(&app.plan)
            .iter()
            .filter(|a| a.late(today))
            .count();
        assert_eq!(late.len(), expected, "{word}");
    }

    let app = filtered("owner:anna");
    let anna = shown(&app);
    assert!(!anna.is_empty());
    assert!(anna.iter().all(|a| a.owner.unwrap().as_str() == "anna"));

    let app = filtered("metric:fcr");
    let fcr = shown(&app);
    assert!(!fcr.is_empty());
    assert!(fcr.iter().all(|a| a.metric.unwrap().as_str() == "fcr"));

    let app = filtered("milestone:bi-dashboards");
    let bi = shown(&app);
    assert!(bi.len() >= 2, "{}", bi.len());
    assert!(bi
        .iter()
        .all(|a| a.milestone.unwrap().as_str() == "bi-dashboards"));

    // Words combine, and text matches any column.
    let app = filtered("open owner:anna");
    assert!(shown(&app)
        .iter()
        .all(|a| a.open && a.owner.unwrap().as_str() == "anna"));
    let app = filtered("repeat calls");
    let words = shown(&app);
    assert!(!words.is_empty());
    assert!(words
        .iter()
        .all(|a| a.text.to_lowercase().contains("repeat")));
}

/// The Actions tab's rows with `filter`, in a UI opened on `app`'s plan
/// as it is now.
fn fresh_rows(app: &App, filter: &str) -> Vec<ActionAt> {
    let mut fresh = App::new(
        charter::store::plan_dir::PlanDir {
            plan: app.plan.clone(),
            ..app.dir.clone()
        },
        today(),
        app.commits.clone(),
    );
    keys(&mut fresh, "9f");
    keys(&mut fresh, filter);
    send(&mut fresh, KeyCode::Enter);
    assert!(matches!(fresh.mode, Mode::Normal), "{:?}", fresh.message);
    fresh.list().actions.clone()
}

/// Sets the Actions tab's filter to `filter` through the prompt, which
/// opens with the filter shown.
fn refilter(app: &mut App, filter: &str) {
    keys(app, "f");
    let Mode::Prompt(prompt) = &app.mode else {
        panic!("f opens no prompt: {:?}", app.mode)
    };
    for _ in 0..prompt.text.chars().count() {
        send(app, KeyCode::Backspace);
    }
    keys(app, filter);
    send(app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Normal), "{:?}", app.message);
}

/// A filter typed letter by letter, changed, taken back, applied after
/// an edit, an undo and a redo, and cleared: each time the rows of a UI
/// opened on the plan as it then is, in English and in Hebrew.
#[test]
fn a_filter_retyped_or_after_an_edit_shows_the_rows_of_a_fresh_ui() {
    for mut app in [example(), hebrew()] {
        keys(&mut app, "9");
        let all = app.list().actions.clone();
        refilter(&mut app, "late");
        let late = app.list().actions.clone();
        assert!(!late.is_empty() && late.len() < all.len(), "{late:?}");
        assert_eq!(late, fresh_rows(&app, "late"));

        // A letter typed and taken back before ⏎: the same filter.
        keys(&mut app, "fx");
        send(&mut app, KeyCode::Backspace);
        send(&mut app, KeyCode::Enter);
        assert_eq!(app.list().actions, late);
        // A letter more is another filter (`latex`: text, not `late`),
        // a letter less gives `late` back.
        keys(&mut app, "fx");
        send(&mut app, KeyCode::Enter);
        assert_eq!(app.list().actions, fresh_rows(&app, "latex"));
        assert_ne!(app.list().actions, late);
        keys(&mut app, "f");
        send(&mut app, KeyCode::Backspace);
        send(&mut app, KeyCode::Enter);
        assert_eq!(app.list().actions, late);
        // A word with it: both must hold.
        let first = charter::domain::facts::plan_action(&app.plan, late[0]).unwrap();
        let word = first
            .text
            .split_whitespace()
            .max_by_key(|w| w.chars().count())
            .unwrap()
            .to_lowercase();
        refilter(&mut app, &format!("late {word}"));
        let both = app.list().actions.clone();
        assert!(both.contains(&late[0]) && both.len() <= late.len());
        assert_eq!(both, fresh_rows(&app, &format!("late {word}")));
        refilter(&mut app, "late");

        // Ticked, the first late action leaves the list; undo brings it
        // back, redo takes it away again.
        keys(&mut app, "g ");
        assert!(!app.list().actions.contains(&late[0]));
        assert_eq!(app.list().actions.len(), late.len() - 1);
        assert_eq!(app.list().actions, fresh_rows(&app, "late"));
        keys(&mut app, "u");
        assert_eq!(app.list().actions, late);
        ctrl(&mut app, 'r');
        assert!(!app.list().actions.contains(&late[0]));
        // The same filter typed again after the edit reads the edited plan.
        refilter(&mut app, "late");
        assert_eq!(app.list().actions, fresh_rows(&app, "late"));
        assert!(!app.list().actions.contains(&late[0]));

        // Cleared: every action, the ticked one too.
        send(&mut app, KeyCode::Esc);
        assert_eq!(app.list().actions, fresh_rows(&app, ""));
        assert_eq!(app.list().actions.len(), all.len());
    }
}

#[test]
fn an_unknown_filter_key_is_named_and_the_hint_shows_the_words() {
    let mut app = example();
    keys(&mut app, "9f");
    let text = screen(&mut app, 120, 40);
    assert!(
        text.contains("filters: owner: metric: milestone: open late overdue"),
        "{text}"
    );
    keys(&mut app, "metrc:fcr");
    send(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Prompt(_)), "the prompt stays open");
    let (message, error) = app.message.clone().unwrap();
    assert!(error);
    assert!(message.contains("did you mean `metric`?"), "{message}");
}

#[test]
fn enter_goes_to_the_milestone_or_the_review() {
    let mut app = filtered("milestone:bi-dashboards");
    let rows: Vec<ActionAt> = app.list().actions.clone();
    // A review action first (reviews come first), then the milestone's own.
    let review_row = rows
        .iter()
        .position(|at| matches!(at, ActionAt::Review(..)))
        .unwrap();
    for _ in 0..review_row {
        keys(&mut app, "j");
    }
    let ActionAt::Review(r, _) = rows[review_row] else {
        unreachable!()
    };
    send(&mut app, KeyCode::Enter);
    assert_eq!(app.tab, Tab::Reviews);
    assert_eq!(selected_id(&app), app.plan.reviews[r].date.to_string());

    let mut app = filtered("milestone:bi-dashboards");
    let at = rows
        .iter()
        .position(|at| matches!(at, ActionAt::Milestone(_, a) if *a > 0))
        .unwrap();
    for _ in 0..at {
        keys(&mut app, "j");
    }
    let ActionAt::Milestone(_, a) = rows[at] else {
        unreachable!()
    };
    send(&mut app, KeyCode::Enter);
    assert_eq!(app.tab, Tab::Milestones);
    assert_eq!(selected_id(&app), "bi-dashboards");
    assert_eq!(app.list().action, a, "the action is picked in the detail");
}

#[test]
fn space_ticks_the_action_where_it_is_written() {
    // A milestone's action.
    let mut app = filtered("open");
    let first = app.list().actions[0];
    let at = app
        .list()
        .actions
        .iter()
        .position(|at| matches!(at, ActionAt::Milestone(..)))
        .unwrap();
    for _ in 0..at {
        keys(&mut app, "j");
    }
    let ActionAt::Milestone(m, a) = app.list().actions[at] else {
        unreachable!()
    };
    keys(&mut app, " ");
    assert!(app.plan.milestones.milestones[m].actions[a].done);
    assert!(app.dirty());
    // Done, it leaves the open list.
    assert!(!app.list().actions.contains(&ActionAt::Milestone(m, a)));
    keys(&mut app, "u");
    assert!(!app.plan.milestones.milestones[m].actions[a].done);

    // A review action: ticked in the review that lists it last.
    let ActionAt::Review(r, a) = first else {
        panic!("reviews come first: {first:?}")
    };
    let mut app = filtered("open");
    keys(&mut app, " ");
    assert!(app.plan.reviews[r].actions[a].done);
    let latest = facts::plan_actions(&app.plan)
        .into_iter()
        .find(|x| x.at == ActionAt::Review(r, a))
        .unwrap();
    assert!(latest.done && !latest.open);
    assert!(app.message.clone().unwrap().0.contains("done"));
}

#[test]
fn snapshot_the_actions_tab() {
    for (w, h) in [(120, 40), (80, 24)] {
        let mut app = example();
        keys(&mut app, "9");
        snapshot(&format!("actions_{w}x{h}"), screen(&mut app, w, h));
        let mut app = filtered("late");
        snapshot(&format!("actions_late_{w}x{h}"), screen(&mut app, w, h));
    }
}
