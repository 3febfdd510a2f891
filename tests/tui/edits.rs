//! Edits made with single keys and prompts — status, actions, delete,
//! undo and redo, units, agents and channels — and the question before
//! quitting with them unsaved.

use charter::domain::model::Status;
use charter::tui::app::{App, Effect, Mode};
use ratatui::crossterm::event::KeyCode;

use super::common::tui::{ctrl, focused_text, form_fields, keys, save, screen, send};
use super::common::Sandbox;
use super::{app_in, example, hebrew, inserted_block, milestone, retype, selected_id, today};

#[test]
fn x_cycles_the_status_done_sets_done_on_and_undo_redo_follow() {
    let mut app = example();
    keys(&mut app, "4G");
    assert_eq!(selected_id(&app), "year-end-review");
    assert_eq!(
        milestone(&app, "year-end-review").status,
        Status::InProgress
    );

    keys(&mut app, "x");
    let m = milestone(&app, "year-end-review");
    assert_eq!(m.status, Status::Done);
    assert_eq!(m.done_on, Some(today()));
    assert!(app.dirty());

    keys(&mut app, "x");
    let m = milestone(&app, "year-end-review");
    assert_eq!(m.status, Status::Blocked);
    assert_eq!(m.done_on, None, "done_on stays after leaving done");

    keys(&mut app, "u");
    let m = milestone(&app, "year-end-review");
    assert_eq!((m.status, m.done_on), (Status::Done, Some(today())));
    keys(&mut app, "u");
    let m = milestone(&app, "year-end-review");
    assert_eq!((m.status, m.done_on), (Status::InProgress, None));
    assert!(!app.dirty());

    ctrl(&mut app, 'r');
    let m = milestone(&app, "year-end-review");
    assert_eq!((m.status, m.done_on), (Status::Done, Some(today())));
    assert!(app.dirty());
    ctrl(&mut app, 'r');
    assert_eq!(milestone(&app, "year-end-review").status, Status::Blocked);
    ctrl(&mut app, 'r');
    assert_eq!(app.message.clone().unwrap().0, "nothing to redo");
}

#[test]
fn space_ticks_the_selected_action_of_the_milestone() {
    let mut app = example();
    keys(&mut app, "4G");
    let actions = |app: &App| -> Vec<bool> {
        milestone(app, "year-end-review")
            .actions
            .iter()
            .map(|a| a.done)
            .collect()
    };
    assert_eq!(actions(&app), [false, false]);
    keys(&mut app, " ");
    assert_eq!(actions(&app), [true, false]);
    keys(&mut app, "]");
    keys(&mut app, " ");
    assert_eq!(actions(&app), [true, true]);
    keys(&mut app, "[ ");
    assert_eq!(actions(&app), [false, true]);
    let shown = screen(&mut app, 120, 40);
    assert!(shown.contains("›[ ] Repeat the customer"), "{shown}");
    assert!(shown.contains(" [x] Present the results"), "{shown}");
    assert_eq!(
        app.change_summary(),
        ["milestone year-end-review: actions changed"]
    );
}

#[test]
fn d_then_y_deletes_after_naming_what_refers_to_the_item() {
    let mut app = example();
    keys(&mut app, "4");
    let at = app
        .list()
        .rows
        .iter()
        .position(|(k, i)| k.id(&app.plan, *i) == "skills-coaching")
        .unwrap();
    for _ in 0..at {
        keys(&mut app, "j");
    }
    assert_eq!(selected_id(&app), "skills-coaching");
    keys(&mut app, "d");
    let Mode::Confirm(confirm) = &app.mode else {
        panic!("d does not ask: {:?}", app.mode)
    };
    assert_eq!(confirm.question, "Delete milestone skills-coaching?");
    assert!(
        confirm
            .details
            .iter()
            .any(|d| d == "referred to by milestone year-end-review (depends_on)"),
        "{:?}",
        confirm.details
    );
    let shown = screen(&mut app, 120, 40);
    assert!(
        shown.contains("Delete milestone skills-coaching?"),
        "{shown}"
    );
    assert!(
        shown.contains("referred to by milestone year-end-review (depends_on)"),
        "{shown}"
    );

    assert_eq!(keys(&mut app, "y"), Effect::None);
    assert!(matches!(app.mode, Mode::Normal));
    assert!(!app
        .plan
        .milestones
        .milestones
        .iter()
        .any(|m| m.id.as_str() == "skills-coaching"));
    assert_eq!(app.change_summary(), ["milestone skills-coaching: removed"]);
    // The dangling reference is now a problem of the plan.
    assert!(
        app.status.errors > 0,
        "no error for the dangling depends_on"
    );
}

#[test]
fn d_then_n_keeps_the_item() {
    let mut app = example();
    let count = app.plan.milestones.milestones.len();
    keys(&mut app, "4dn");
    assert!(matches!(app.mode, Mode::Normal));
    assert_eq!(app.plan.milestones.milestones.len(), count);
}

#[test]
fn q_asks_first_when_there_are_unsaved_changes() {
    let mut app = example();
    keys(&mut app, "4x");
    assert_eq!(keys(&mut app, "q"), Effect::None);
    let Mode::Confirm(confirm) = &app.mode else {
        panic!("q with changes does not ask: {:?}", app.mode)
    };
    assert_eq!(confirm.question, "Quit without saving your changes?");
    assert_eq!(
        confirm.details,
        ["milestone current-state: status done → blocked, done_on removed"]
    );
    assert_eq!(keys(&mut app, "n"), Effect::None);
    assert!(matches!(app.mode, Mode::Normal));
    assert!(app.dirty());
    // Asked again, yes quits.
    keys(&mut app, "q");
    assert_eq!(keys(&mut app, "y"), Effect::Quit);

    let mut clean = example();
    assert_eq!(keys(&mut clean, "q"), Effect::Quit);
    let mut clean = example();
    assert_eq!(ctrl(&mut clean, 'c'), Effect::Quit);
}

#[test]
fn milestone_actions_are_added_changed_and_removed_in_a_form() {
    let mut app = example();
    keys(&mut app, "4G");
    let id = selected_id(&app);
    let count = milestone(&app, &id).actions.len();
    keys(&mut app, "A");
    let fields = form_fields(&app, "A");
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, t)| (*k, t.as_str())).collect();
    assert_eq!(
        fields,
        [
            ("milestone", id.as_str()),
            ("title", ""),
            ("owner", ""),
            ("due", ""),
            ("done", "")
        ]
    );
    // The milestone is the selected one: the form starts on the title.
    let Mode::Form(form) = &app.mode else {
        panic!()
    };
    assert_eq!(form.fields[form.focus].0.key, "title");
    // A `;` is text like any other.
    keys(&mut app, "Brief the shift managers; then the reps");
    send(&mut app, KeyCode::Tab);
    keys(&mut app, "ruth");
    send(&mut app, KeyCode::Tab);
    keys(&mut app, "2026-12-10");
    send(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Normal), "{:?}", app.mode);
    let m = milestone(&app, &id);
    assert_eq!(m.actions.len(), count + 1);
    let added = &m.actions[count];
    assert_eq!(added.title, "Brief the shift managers; then the reps");
    assert_eq!(
        added.owner.as_ref().map(|o| o.to_string()),
        Some("ruth".into())
    );
    assert_eq!(added.due.map(|d| d.to_string()), Some("2026-12-10".into()));
    // An owner nobody is refused by the same checks as charter check.
    keys(&mut app, "A");
    keys(&mut app, "Call the vendor");
    send(&mut app, KeyCode::Tab);
    keys(&mut app, "nobody-here");
    send(&mut app, KeyCode::Enter);
    let Mode::Form(form) = &app.mode else {
        panic!("a bad owner was accepted")
    };
    assert!(
        form.problems.iter().any(|p| p.contains("nobody-here")),
        "{:?}",
        form.problems
    );
    send(&mut app, KeyCode::Esc);
    assert_eq!(milestone(&app, &id).actions.len(), count + 1);
    // The cursor is on the new action: change it, then remove it.
    assert_eq!(app.list().action, count);
    keys(&mut app, "C");
    for _ in 0..3 {
        send(&mut app, KeyCode::Tab);
    }
    assert_eq!(focused_text(&app).0, "2026-12-10");
    retype(&mut app, "2026-12-11");
    send(&mut app, KeyCode::Enter);
    let changed = &milestone(&app, &id).actions[count];
    assert_eq!(
        changed.due.map(|d| d.to_string()),
        Some("2026-12-11".into())
    );
    assert_eq!(changed.title, "Brief the shift managers; then the reps");
    keys(&mut app, "Xy");
    assert_eq!(milestone(&app, &id).actions.len(), count);
}

#[test]
fn units_are_listed_edited_added_and_saved_in_plan_yaml() {
    let sb = Sandbox::example_repo();
    let before = sb.read("repo/plan/plan.yaml");
    let mut app = app_in(&sb);
    keys(&mut app, "2G");
    assert_eq!(
        app.selected().map(|(k, _)| k),
        Some(charter::tui::items::Kind::Unit)
    );
    assert_eq!(selected_id(&app), "south-t1");
    // A unit that others refer to says so before it is deleted.
    keys(&mut app, "g");
    while selected_id(&app) != "north" {
        keys(&mut app, "j");
    }
    keys(&mut app, "d");
    let Mode::Confirm(confirm) = &app.mode else {
        panic!("d does not ask: {:?}", app.mode)
    };
    assert!(
        confirm
            .details
            .iter()
            .any(|d| d == "referred to by unit north-t1 (parent)"),
        "{:?}",
        confirm.details
    );
    keys(&mut app, "n");
    // Add one beside it, in the north: `a` offers the kind of the
    // selected row first.
    keys(&mut app, "a");
    send(&mut app, KeyCode::Enter);
    keys(&mut app, "north-t2");
    send(&mut app, KeyCode::Tab);
    keys(&mut app, "North tier-2 team");
    send(&mut app, KeyCode::Tab);
    keys(&mut app, "team");
    send(&mut app, KeyCode::Tab);
    keys(&mut app, "nort");
    ctrl(&mut app, 'n');
    assert_eq!(focused_text(&app).0, "north");
    send(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Normal), "{:?}", app.mode);
    assert_eq!(selected_id(&app), "north-t2");
    // A parent that is no unit is refused.
    keys(&mut app, "e");
    for _ in 0..3 {
        send(&mut app, KeyCode::Tab);
    }
    retype(&mut app, "atlantis");
    send(&mut app, KeyCode::Enter);
    assert!(
        matches!(app.mode, Mode::Form(_)),
        "an unknown parent was accepted"
    );
    send(&mut app, KeyCode::Esc);

    let message = save(&mut app);
    assert_eq!(message, "unit north-t2: added");
    assert_eq!(
        inserted_block(&before, &sb.read("repo/plan/plan.yaml")),
        ["  - { id: north-t2, name: North tier-2 team, level: team, parent: north }\n"]
    );
}

#[test]
fn a_change_agent_and_a_channel_can_be_added() {
    for (tab, kind, id) in [
        ("6", charter::tui::items::Kind::Agent, "zohar"),
        ("2", charter::tui::items::Kind::Channel, "sms"),
    ] {
        let mut app = example();
        keys(&mut app, tab);
        while app.selected().map(|(k, _)| k) != Some(kind) {
            keys(&mut app, "j");
        }
        keys(&mut app, "a");
        send(&mut app, KeyCode::Enter);
        keys(&mut app, id);
        send(&mut app, KeyCode::Tab);
        keys(&mut app, "A name");
        send(&mut app, KeyCode::Enter);
        assert!(
            matches!(app.mode, Mode::Normal),
            "adding a {}: {:?}",
            kind.name(),
            app.mode
        );
        assert_eq!(selected_id(&app), id);
    }
}

#[test]
fn an_edit_to_a_file_with_errors_is_refused_at_once_not_at_save() {
    let sb = Sandbox::example_repo();
    let metrics = sb.read("repo/plan/metrics.yaml");
    let broken = metrics.replacen("direction: down", "direction: sideways", 1);
    assert_ne!(broken, metrics);
    sb.write("repo/plan/metrics.yaml", &broken);
    let mut app = app_in(&sb);
    let before = app.plan.clone();

    // A reading on a metric that did load: metrics.yaml cannot be written.
    keys(&mut app, "5g");
    keys(&mut app, "r");
    keys(&mut app, "55 2026-11-01");
    send(&mut app, KeyCode::Enter);
    let (text, is_error) = app.message.clone().unwrap();
    assert!(is_error, "{text}");
    assert!(text.contains("metrics.yaml has errors"), "{text}");
    assert_eq!(app.plan, before);
    assert!(!app.dirty());
    // The prompt stays open with the answer, to be corrected or left.
    send(&mut app, KeyCode::Esc);

    // A form on it says so under the form and stays open.
    keys(&mut app, "e");
    send(&mut app, KeyCode::Tab);
    keys(&mut app, " (renamed)");
    send(&mut app, KeyCode::Enter);
    let Mode::Form(form) = &app.mode else {
        panic!("the form closed: {:?}", app.mode)
    };
    assert!(
        form.problems
            .iter()
            .any(|p| p.contains("metrics.yaml has errors")),
        "{:?}",
        form.problems
    );
    send(&mut app, KeyCode::Esc);
    assert_eq!(app.plan, before);

    // Other files are edited as usual.
    keys(&mut app, "4gx");
    assert!(app.dirty());
    assert!(!app.message.clone().unwrap().1);
}

/// After an edit each tab shows what a UI opened on the edited plan shows:
/// the checks re-run only for what changed, the rows and the status built
/// when their tab is shown.
#[test]
fn after_edits_every_tab_shows_what_a_fresh_app_shows() {
    for mut app in [example(), hebrew()] {
        // A status, a reading, an undo and a redo, then every tab.
        keys(&mut app, "4Gx");
        keys(&mut app, "5g");
        let readings = |app: &App| -> usize {
            app.plan
                .metrics
                .metrics
                .iter()
                .map(|m| m.readings.len())
                .sum()
        };
        let before = readings(&app);
        keys(&mut app, "r7 2026-11-22");
        send(&mut app, KeyCode::Enter);
        assert_eq!(readings(&app), before + 1, "{:?}", app.message);
        assert!(matches!(app.mode, Mode::Normal));
        keys(&mut app, "4gxxu");
        ctrl(&mut app, 'r');
        assert!(app.dirty());
        let mut fresh = charter::tui::app::App::new(
            charter::store::plan_dir::PlanDir {
                plan: app.plan.clone(),
                ..app.dir.clone()
            },
            today(),
            app.commits.clone(),
        );
        assert_eq!(app.diagnostics, fresh.diagnostics);
        for tab in "123456789".chars() {
            keys(&mut app, &tab.to_string());
            keys(&mut fresh, &tab.to_string());
            // The status beyond the header's counts is shown on these two.
            if tab == '1' || tab == '6' {
                assert_eq!(app.status, fresh.status, "tab {tab}");
            }
            assert_eq!(
                (app.status.errors, app.status.warnings),
                (fresh.status.errors, fresh.status.warnings)
            );
            let (a, b) = (app.list(), fresh.list());
            assert_eq!((&a.rows, &a.actions), (&b.rows, &b.actions), "tab {tab}");
        }
        // Filtered after the edits, by a field and by a word: the same rows.
        let mut kept = 0;
        for (tab, filter) in [
            ('9', "late"),
            ('9', "open 2026"),
            ('4', "overdue"),
            ('4', "status:done"),
        ] {
            for ui in [&mut app, &mut fresh] {
                keys(ui, &format!("{tab}f"));
                keys(ui, filter);
                send(ui, KeyCode::Enter);
                assert!(matches!(ui.mode, Mode::Normal), "{:?}", ui.message);
            }
            let (a, b) = (app.list(), fresh.list());
            kept += a.len();
            assert_eq!(
                (&a.rows, &a.actions),
                (&b.rows, &b.actions),
                "tab {tab} {filter}"
            );
            send(&mut app, KeyCode::Esc);
            send(&mut fresh, KeyCode::Esc);
        }
        assert!(kept > 0, "the filters kept no row");
    }
}
