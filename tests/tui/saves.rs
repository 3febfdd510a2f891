//! Saving from the UI: the bytes written are the changed lines only, the
//! commit holds the plan's file alone, and a file changed on disk since
//! loading is never overwritten.

use charter::tui::app::{Effect, Mode, PromptFor};
use ratatui::crossterm::event::KeyCode;

use super::common::tui::{keys, save, screen, send};
use super::common::Sandbox;
use super::{app_in, fill_new_milestone, inserted_block, selected_id};

#[test]
fn a_milestone_added_in_the_form_is_saved_and_committed_alone() {
    let sb = Sandbox::example_repo();
    let before = sb.read("repo/plan/milestones.yaml");
    let mut app = app_in(&sb);
    fill_new_milestone(
        &mut app,
        "crm-refresher",
        "CRM refresher training for every team",
        "2026-12-11",
    );
    assert_eq!(send(&mut app, KeyCode::Enter), Effect::None);
    assert!(matches!(app.mode, Mode::Normal), "{:?}", app.mode);
    assert_eq!(selected_id(&app), "crm-refresher");
    assert!(app.dirty());

    assert_eq!(keys(&mut app, "s"), Effect::None);
    let Mode::Prompt(prompt) = &app.mode else {
        panic!("s does not ask for a commit message: {:?}", app.mode)
    };
    assert_eq!(prompt.purpose, PromptFor::CommitMessage);
    assert_eq!(prompt.text, "milestone crm-refresher: added");
    let effect = send(&mut app, KeyCode::Enter);
    let Effect::Save(message) = effect else {
        panic!("enter on the commit message gives {effect:?}")
    };
    assert_eq!(message, "milestone crm-refresher: added");

    charter::tui::perform(&mut app, Effect::Save(message.clone()));
    let (note, error) = app.message.clone().unwrap();
    assert!(!error, "{note}");
    assert!(!app.dirty());

    let after = sb.read("repo/plan/milestones.yaml");
    assert_eq!(
        inserted_block(&before, &after),
        [
            "  - id: crm-refresher\n",
            "    title: CRM refresher training for every team\n",
            "    due: 2026-12-11\n",
            "    status: planned\n",
        ]
    );
    assert_eq!(
        sb.git("repo", &["log", "-1", "--format=%B"]).trim_end(),
        "milestone crm-refresher: added"
    );
    assert_eq!(
        sb.git("repo", &["log", "-1", "--format=%an <%ae>"])
            .trim_end(),
        "Dana Levi <dana@example.com>"
    );
    assert_eq!(
        sb.git("repo", &["show", "--name-only", "--format=", "HEAD"])
            .trim_end(),
        "plan/milestones.yaml"
    );
    assert_eq!(sb.git("repo", &["status", "--porcelain"]), "");
}

#[test]
fn saving_over_a_file_changed_on_disk_refuses_and_keeps_the_file() {
    let sb = Sandbox::example_repo();
    let mut app = app_in(&sb);
    let head = sb.git("repo", &["rev-parse", "HEAD"]);
    let edited = sb.read("repo/plan/milestones.yaml").replace(
        "title: Year-end review of results and next year's work plan",
        "title: Year-end review of results and the 2027 work plan",
    );
    sb.write("repo/plan/milestones.yaml", &edited);

    keys(&mut app, "4Gx");
    keys(&mut app, "s");
    let effect = send(&mut app, KeyCode::Enter);
    let Effect::Save(message) = effect else {
        panic!("no save: {effect:?}")
    };
    charter::tui::perform(&mut app, Effect::Save(message.clone()));
    let (text, is_error) = app.message.clone().unwrap();
    assert!(is_error, "{text}");
    assert!(text.contains("changed on disk"), "{text}");
    assert!(text.contains("milestones.yaml"), "{text}");
    assert_eq!(sb.read("repo/plan/milestones.yaml"), edited);
    assert_eq!(sb.git("repo", &["rev-parse", "HEAD"]), head);
    // The edit is still there, to be redone after a reload.
    assert!(app.dirty());
    let shown = screen(&mut app, 120, 40);
    assert!(shown.contains("changed on disk"), "{shown}");
}

#[test]
fn edits_are_merged_into_a_file_changed_on_disk_and_both_are_saved() {
    let sb = Sandbox::example_repo();
    let mut app = app_in(&sb);
    let edited = sb.read("repo/plan/milestones.yaml").replace(
        "title: Year-end review of results and next year's work plan",
        "title: Year-end review of results and the 2027 work plan",
    );
    sb.write("repo/plan/milestones.yaml", &edited);
    keys(&mut app, "4Gx");
    let ours = selected_id(&app);
    let status = app
        .plan
        .milestones
        .milestones
        .iter()
        .find(|m| m.id.as_str() == ours)
        .unwrap()
        .status;

    // M reads the files on disk and asks, showing what came from there.
    assert_eq!(keys(&mut app, "M"), Effect::None);
    let Mode::Confirm(confirm) = &app.mode else {
        panic!("M does not ask: {:?} {:?}", app.mode, app.message)
    };
    assert!(
        confirm.question.contains("Merge your 1 unsaved edit"),
        "{}",
        confirm.question
    );
    let details = confirm.details.join("\n");
    assert!(details.contains("changed on disk (1)"), "{details}");
    assert!(details.contains("2027 work plan"), "{details}");
    assert!(!details.contains("both sides"), "{details}");
    let shown = screen(&mut app, 120, 40);
    assert!(shown.contains("2027 work plan"), "{shown}");

    keys(&mut app, "y");
    assert!(matches!(app.mode, Mode::Normal), "{:?}", app.mode);
    let m = app
        .plan
        .milestones
        .milestones
        .iter()
        .find(|m| m.id.as_str() == ours)
        .unwrap();
    assert_eq!(m.status, status, "the edit was lost in the merge");
    assert!(app
        .plan
        .milestones
        .milestones
        .iter()
        .any(|m| m.title.contains("2027 work plan")));
    // Saving now writes both, over the file as it is on disk.
    save(&mut app);
    let text = sb.read("repo/plan/milestones.yaml");
    assert!(text.contains("2027 work plan"), "{text}");
    assert_eq!(sb.git("repo", &["status", "--porcelain"]), "");
    let plan = charter::store::plan_dir::load(&sb.work().join("repo/plan"))
        .unwrap()
        .plan;
    assert_eq!(plan.milestones, app.plan.milestones);
}

#[test]
fn a_field_changed_on_both_sides_keeps_the_edit_and_names_both_values() {
    let sb = Sandbox::example_repo();
    let mut app = app_in(&sb);
    keys(&mut app, "4G");
    let id = selected_id(&app);
    keys(&mut app, "x");
    let mine = app
        .plan
        .milestones
        .milestones
        .iter()
        .find(|m| m.id.as_str() == id)
        .unwrap()
        .clone();
    // Someone else set the same milestone to blocked in the file.
    let before = sb.read("repo/plan/milestones.yaml");
    let at = before.find(&format!("id: {id}")).unwrap();
    let status_at = at + before[at..].find("status: ").unwrap();
    let end = status_at + before[status_at..].find('\n').unwrap();
    let edited = format!("{}status: blocked{}", &before[..status_at], &before[end..]);
    sb.write("repo/plan/milestones.yaml", &edited);

    keys(&mut app, "M");
    let Mode::Confirm(confirm) = &app.mode else {
        panic!("M does not ask: {:?} {:?}", app.mode, app.message)
    };
    let details = confirm.details.join("\n");
    assert!(
        details.contains("changed on both sides (1), yours kept"),
        "{details}"
    );
    assert!(
        details.contains(&format!("milestones {id} status")),
        "{details}"
    );
    assert!(details.contains("theirs blocked"), "{details}");
    // No leaves the edits and the files as they were.
    keys(&mut app, "n");
    assert_eq!(sb.read("repo/plan/milestones.yaml"), edited);
    assert!(app.dirty());
    keys(&mut app, "My");
    let merged = app
        .plan
        .milestones
        .milestones
        .iter()
        .find(|m| m.id.as_str() == id)
        .unwrap();
    assert_eq!(merged.status, mine.status);
    assert!(app
        .message
        .clone()
        .unwrap()
        .0
        .contains("1 conflict, yours kept"));
    save(&mut app);
    assert!(!sb
        .read("repo/plan/milestones.yaml")
        .contains("status: blocked"));
}

#[test]
fn a_comment_added_on_disk_is_kept_when_the_edits_are_saved_over_it() {
    let sb = Sandbox::example_repo();
    let mut app = app_in(&sb);
    keys(&mut app, "4Gx");
    let text = sb.read("repo/plan/milestones.yaml");
    let at = text.rfind("  - id: ").unwrap();
    let commented = format!(
        "{}  # added on disk by a colleague\n{}",
        &text[..at],
        &text[at..]
    );
    sb.write("repo/plan/milestones.yaml", &commented);
    // Only a comment changed: M takes the files as they are now, no question.
    keys(&mut app, "M");
    assert!(matches!(app.mode, Mode::Normal), "{:?}", app.mode);
    assert!(app.message.clone().unwrap().0.contains("only in comments"));
    assert!(app.dirty());
    save(&mut app);
    let saved = sb.read("repo/plan/milestones.yaml");
    assert!(
        saved.contains("  # added on disk by a colleague\n"),
        "{saved}"
    );
    assert_ne!(saved, commented, "the edit was not saved");
}

#[test]
fn m_with_nothing_unsaved_reloads() {
    let sb = Sandbox::example_repo();
    let mut app = app_in(&sb);
    assert_eq!(keys(&mut app, "M"), Effect::Reload);
}

/// Records `value` on the metric nps, today, on the Metrics tab.
fn record_on_nps(app: &mut charter::tui::app::App, value: &str) {
    keys(app, "5");
    while selected_id(app) != "nps" {
        keys(app, "j");
    }
    keys(app, &format!("r{value}"));
    send(app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Normal), "{:?}", app.message);
}

#[test]
fn a_recorded_reading_is_saved_as_one_new_line() {
    let sb = Sandbox::example_repo();
    let before = sb.read("repo/plan/metrics.yaml");
    let mut app = app_in(&sb);
    record_on_nps(&mut app, "24.9");
    let message = save(&mut app);
    assert_eq!(message, "metric nps: 1 reading(s) added");
    let after = sb.read("repo/plan/metrics.yaml");
    assert_eq!(
        inserted_block(&before, &after),
        ["      - { on: 2026-11-23, value: 24.9 }\n"]
    );
    assert_eq!(sb.git("repo", &["status", "--porcelain"]), "");
}

#[test]
fn status_change_is_saved_as_the_changed_lines_only() {
    let sb = Sandbox::example_repo();
    let before = sb.read("repo/plan/milestones.yaml");
    let mut app = app_in(&sb);
    keys(&mut app, "4GD");
    save(&mut app);
    let after = sb.read("repo/plan/milestones.yaml");
    let expected = before.replace(
        "    due: 2026-12-04\n    status: in_progress\n",
        "    due: 2026-12-04\n    status: done\n    done_on: 2026-11-23\n",
    );
    assert_ne!(expected, before);
    assert_eq!(after, expected);
    assert_eq!(
        sb.git("repo", &["log", "-1", "--format=%B"]).trim_end(),
        "milestone year-end-review: status in_progress → done, done_on – → 2026-11-23"
    );
}

#[test]
fn the_charter_text_is_edited_and_saved_as_one_changed_line() {
    let sb = Sandbox::example_repo();
    let mut app = app_in(&sb);
    let before = sb.read("repo/plan/charter.yaml");
    // Charter tab: plan details first, then the charter text.
    keys(&mut app, "2j");
    assert_eq!(
        app.selected().map(|(k, _)| k),
        Some(charter::tui::items::Kind::CharterText)
    );
    keys(&mut app, "e");
    for _ in 0..3 {
        send(&mut app, KeyCode::Down);
    }
    let Mode::Form(form) = &app.mode else {
        panic!("no form")
    };
    assert_eq!(form.fields[form.focus].0.key, "vision");
    let old_vision = form.fields[form.focus].1.clone();
    for _ in 0..old_vision.chars().count() {
        send(&mut app, KeyCode::Backspace);
    }
    keys(&mut app, "Every customer is answered right the first time.");
    send(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Normal), "the form stayed open");
    keys(&mut app, "s");
    let Effect::Save(message) = send(&mut app, KeyCode::Enter) else {
        panic!("no save")
    };
    assert_eq!(message, "charter text changed");
    charter::tui::perform(&mut app, Effect::Save(message.clone()));
    let after = sb.read("repo/plan/charter.yaml");
    let changed: Vec<_> = before
        .lines()
        .zip(after.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(changed.len(), 1, "{changed:?}");
    assert_eq!(
        changed[0].1,
        "vision: Every customer is answered right the first time."
    );
    assert_eq!(before.lines().count(), after.lines().count());
}

/// A save reads back what was checked, so the checks made while editing
/// stand: they are what a UI opened on the saved files finds. A reload of
/// files changed outside is checked anew.
#[test]
fn after_a_save_or_a_reload_the_checks_are_those_of_the_files() {
    let sb = Sandbox::example_repo();
    let dir = sb.work().join("repo/plan");
    let mut app = app_in(&sb);
    record_on_nps(&mut app, "24.9");
    keys(&mut app, "4Gx");
    save(&mut app);
    assert!(!app.dirty(), "{:?}", app.message);
    let fresh = super::common::tui::open(&dir, super::TODAY);
    assert_eq!(app.diagnostics, fresh.diagnostics);
    assert_eq!(
        (app.status.errors, app.status.warnings),
        (fresh.status.errors, fresh.status.warnings)
    );

    let metrics = sb.read("repo/plan/metrics.yaml");
    let outside = metrics.replacen("owner: miriam", "owner: nobody-known", 1);
    assert_ne!(outside, metrics);
    sb.write("repo/plan/metrics.yaml", &outside);
    assert_eq!(keys(&mut app, "M"), Effect::Reload);
    charter::tui::perform(&mut app, Effect::Reload);
    assert!(
        app.diagnostics
            .iter()
            .any(|d| d.code == "unknown-ref" && d.file == "metrics.yaml"),
        "{:?}",
        app.diagnostics
    );
    let fresh = super::common::tui::open(&dir, super::TODAY);
    assert_eq!(app.diagnostics, fresh.diagnostics);
}
