//! The terminal UI through the same event path the terminal uses
//! (`App::handle`), drawn into ratatui's `TestBackend`: screens as insta
//! snapshots, every size down to 1×1 without a panic, and the key-driven
//! edits down to the bytes a save writes and the commit it makes.
//!
//! The driver (keys, mouse, drawing) is `common::tui`; this file holds the
//! plans the tests start from and what several topics look up in them.

#![allow(clippy::unwrap_used)]

#[path = "../common/mod.rs"]
mod common;

mod actions;
mod adding;
mod bidi;
mod edits;
mod forms;
mod languages;
mod meetings;
mod navigation;
mod overview;
mod people;
mod readings;
mod recognition;
mod saves;
mod screens;
mod search;
mod sizes;

use charter::domain::types::Date;
use charter::tui::app::{App, Mode};
use ratatui::crossterm::event::KeyCode;

use common::tui::{ctrl, focused_text, keys, open, send};
use common::Sandbox;

const TODAY: &str = "2026-11-23";

fn today() -> Date {
    Date::parse(TODAY).unwrap()
}

fn example() -> App {
    open(&common::root().join("plans/example-service"), TODAY)
}

fn hebrew() -> App {
    open(&common::root().join("templates/he-contact-center"), TODAY)
}

/// The UI on the plan of `Sandbox::example_repo`.
fn app_in(sb: &Sandbox) -> App {
    open(&sb.work().join("repo/plan"), TODAY)
}

/// Snapshots a screen under the name it had when these tests were one
/// file, `tests/tui.rs`.
fn snapshot(name: &str, text: String) {
    common::tui::assert_screen_snapshot("tui", name, text);
}

fn milestone<'a>(app: &'a App, id: &str) -> &'a charter::domain::model::Milestone {
    app.plan
        .milestones
        .milestones
        .iter()
        .find(|m| m.id.as_str() == id)
        .unwrap_or_else(|| panic!("no milestone {id}"))
}

/// Selects item `i` of `kind` on the People tab, moving down from the top.
fn select(app: &mut App, kind: charter::tui::items::Kind, i: usize) {
    common::tui::keys(app, "6g");
    for _ in 0..80 {
        if app.selected() == Some((kind, i)) {
            return;
        }
        common::tui::keys(app, "j");
    }
    panic!(
        "{} {i} is not on the People tab: {:?}",
        kind.name(),
        app.selected()
    );
}

fn selected_id(app: &App) -> String {
    let (kind, i) = app.selected().unwrap();
    kind.id(&app.plan, i)
}

/// The lines of `after` that are not in `before`, checking that `after` is
/// `before` with one block of lines inserted and nothing else changed.
fn inserted_block(before: &str, after: &str) -> Vec<String> {
    let b: Vec<&str> = before.split_inclusive('\n').collect();
    let a: Vec<&str> = after.split_inclusive('\n').collect();
    let prefix = b.iter().zip(&a).take_while(|(x, y)| x == y).count();
    let suffix = b[prefix..]
        .iter()
        .rev()
        .zip(a[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    assert_eq!(
        prefix + suffix,
        b.len(),
        "lines of the file were changed or removed, not only added:\n--- before\n{before}\n--- after\n{after}"
    );
    a[prefix..a.len() - suffix]
        .iter()
        .map(|l| l.to_string())
        .collect()
}

/// Opens the add form on the Milestones tab and fills id, title and due.
fn fill_new_milestone(app: &mut App, id: &str, title: &str, due: &str) {
    keys(app, "4am");
    let Mode::Form(form) = &app.mode else {
        panic!("a does not open a form: {:?}", app.mode)
    };
    let names: Vec<&str> = form.fields.iter().map(|(f, _)| f.key).collect();
    assert_eq!(names[..2], ["id", "title"]);
    let due_at = names.iter().position(|n| *n == "due").unwrap();
    keys(app, id);
    send(app, KeyCode::Tab);
    keys(app, title);
    for _ in 1..due_at {
        send(app, KeyCode::Tab);
    }
    keys(app, due);
    let Mode::Form(form) = &app.mode else {
        panic!("typing left the form")
    };
    assert_eq!(form.fields[due_at].1, due, "the date went to another field");
}

fn readings_of(app: &App, id: &str) -> Vec<(String, f64, Option<String>)> {
    app.plan
        .metrics
        .metrics
        .iter()
        .find(|m| m.id.as_str() == id)
        .unwrap()
        .readings
        .iter()
        .map(|r| {
            (
                r.on.to_string(),
                r.value,
                r.unit.as_ref().map(|u| u.to_string()),
            )
        })
        .collect()
}

/// Replaces the text of the focused form field with `text`.
fn retype(app: &mut App, text: &str) {
    ctrl(app, 'e');
    let (old, _) = focused_text(app);
    for _ in 0..old.chars().count() {
        send(app, KeyCode::Backspace);
    }
    keys(app, text);
}
