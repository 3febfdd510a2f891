//! The terminal UI through the same event path the terminal uses
//! (`App::handle`), drawn into ratatui's `TestBackend`: screens as insta
//! snapshots, every size down to 1×1 without a panic, and the key-driven
//! edits down to the bytes a save writes and the commit it makes.

#![allow(clippy::unwrap_used)]

mod common;

use std::path::Path;

use charter::domain::model::Status;
use charter::domain::types::Date;
use charter::store::plan_dir::{self, PlanDir};
use charter::tui::app::{App, Effect, Mode, PromptFor, Tab};
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseEvent, MouseEventKind,
};
use ratatui::Terminal;
use unicode_width::UnicodeWidthStr;

use common::Sandbox;

const TODAY: &str = "2026-11-23";

fn today() -> Date {
    Date::parse(TODAY).unwrap()
}

fn load(dir: &Path) -> PlanDir {
    plan_dir::load(dir).unwrap()
}

fn example() -> App {
    charter::tui::open(load(&common::root().join("plans/example-service")), today())
}

fn hebrew() -> App {
    charter::tui::open(
        load(&common::root().join("templates/he-contact-center")),
        today(),
    )
}

// ---- keys ---------------------------------------------------------------

fn key_event(code: KeyCode, modifiers: KeyModifiers) -> Event {
    Event::Key(KeyEvent::new(code, modifiers))
}

/// Sends one key without modifiers.
fn send(app: &mut App, code: KeyCode) -> Effect {
    charter::tui::step(app, key_event(code, KeyModifiers::NONE))
}

fn ctrl(app: &mut App, ch: char) -> Effect {
    charter::tui::step(app, key_event(KeyCode::Char(ch), KeyModifiers::CONTROL))
}

/// Types every character of `text` as a key of its own; returns the last effect.
fn keys(app: &mut App, text: &str) -> Effect {
    let mut last = Effect::None;
    for ch in text.chars() {
        last = send(app, KeyCode::Char(ch));
    }
    last
}

fn scroll(app: &mut App, kind: MouseEventKind) -> Effect {
    charter::tui::step(
        app,
        Event::Mouse(MouseEvent {
            kind,
            column: 20,
            row: 10,
            modifiers: KeyModifiers::NONE,
        }),
    )
}

// ---- screens ------------------------------------------------------------

fn buffer_of(app: &mut App, w: u16, h: u16) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    app.lay_out(ratatui::layout::Rect::new(0, 0, w, h));
    terminal.draw(|f| charter::tui::view::draw(f, app)).unwrap();
    terminal.backend().buffer().clone()
}

/// The buffer as lines of text, the way a terminal shows it: a wide
/// character covers the cell after it. Also returns what is wrong with the
/// cells: a cell hidden under a wide character that holds something else
/// (that something is lost on a real terminal).
fn text_of(buffer: &Buffer) -> (Vec<String>, Vec<String>) {
    let area = buffer.area;
    let mut lines = Vec::new();
    let mut problems = Vec::new();
    for y in 0..area.height {
        let mut line = String::new();
        let mut hidden = 0usize;
        let mut wide = String::new();
        for x in 0..area.width {
            let symbol = buffer[(x, y)].symbol();
            if hidden > 0 {
                hidden -= 1;
                if !(symbol == " " || symbol.is_empty()) {
                    problems.push(format!(
                        "row {y} col {x}: `{symbol}` is hidden under the wide `{wide}` before it"
                    ));
                }
                continue;
            }
            line.push_str(symbol);
            hidden = symbol.width().saturating_sub(1);
            wide = symbol.to_string();
        }
        lines.push(line);
    }
    (lines, problems)
}

/// The screen as text for a snapshot (trailing spaces dropped).
fn screen(app: &mut App, w: u16, h: u16) -> String {
    let (lines, _) = text_of(&buffer_of(app, w, h));
    lines
        .iter()
        .map(|l| l.trim_end())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Draws at `w`×`h` and checks that every line is exactly the terminal's
/// width, with no replacement character and nothing lost under a wide one.
fn draw_checked(app: &mut App, w: u16, h: u16, what: &str) -> Vec<String> {
    let (lines, problems) = text_of(&buffer_of(app, w, h));
    assert!(problems.is_empty(), "{what} at {w}×{h}: {problems:#?}");
    for (y, line) in lines.iter().enumerate() {
        assert!(
            !line.contains('\u{FFFD}'),
            "{what} at {w}×{h}: row {y} holds U+FFFD: {line:?}"
        );
        assert_eq!(
            line.width(),
            w as usize,
            "{what} at {w}×{h}: row {y} is {} columns wide: {line:?}",
            line.width()
        );
    }
    lines
}

// ---- 1. snapshots -------------------------------------------------------

const SNAPSHOT_SIZES: [(u16, u16); 2] = [(120, 40), (80, 24)];

#[test]
fn snapshot_every_tab() {
    for (w, h) in SNAPSHOT_SIZES {
        // The History tab shows the log of the repository the plan is in,
        // which for the example plan is this project's own: its screens are
        // snapshotted on the demo's fixed history in tests/tui_history.rs.
        for (n, tab) in Tab::ALL
            .iter()
            .enumerate()
            .filter(|(_, t)| **t != Tab::History)
        {
            let mut app = example();
            keys(&mut app, &(n + 1).to_string());
            assert_eq!(app.tab, *tab);
            let name = format!("tab_{}_{}_{w}x{h}", n + 1, tab.title().to_lowercase());
            insta::assert_snapshot!(name, screen(&mut app, w, h));
        }
    }
}

/// The popups and the other views, each reached by its keys.
fn popup_scenarios() -> Vec<(&'static str, App)> {
    let mut out = Vec::new();

    let mut app = example();
    keys(&mut app, "?");
    assert!(matches!(app.mode, Mode::Help(_)));
    out.push(("help", app));

    let mut app = example();
    keys(&mut app, "4t");
    assert!(app.timeline);
    out.push(("milestone_timeline", app));

    let mut app = example();
    keys(&mut app, "4e");
    assert!(matches!(app.mode, Mode::Form(_)));
    out.push(("milestone_form", app));

    let mut app = example();
    keys(&mut app, "/crm");
    assert!(matches!(app.mode, Mode::Pick(_)));
    out.push(("search_crm", app));

    let mut app = example();
    keys(&mut app, "!");
    assert!(matches!(app.mode, Mode::Pick(_)));
    out.push(("problems", app));

    let mut app = example();
    keys(&mut app, "4d");
    assert!(matches!(app.mode, Mode::Confirm(_)));
    out.push(("delete_confirmation", app));

    out
}

#[test]
fn snapshot_popups_and_views() {
    for (w, h) in SNAPSHOT_SIZES {
        for (name, mut app) in popup_scenarios() {
            insta::assert_snapshot!(format!("{name}_{w}x{h}"), screen(&mut app, w, h));
        }
    }
}

// ---- 2. every size ------------------------------------------------------

/// The sizes the brief asks for: every width 1..=120 step 7 × every height
/// 1..=40 step 3, plus 20×6 (DESIGN §5's smallest) and the edges where
/// the layout changes.
fn sizes() -> Vec<(u16, u16)> {
    let mut sizes: Vec<(u16, u16)> = (1..=120u16)
        .step_by(7)
        .flat_map(|w| (1..=40u16).step_by(3).map(move |h| (w, h)))
        .collect();
    sizes.extend([(20, 6), (9, 3), (10, 2), (10, 3), (89, 30), (90, 30)]);
    sizes
}

/// A coarser grid, for the rarer popups: drawing costs ~10 ms a frame in
/// a debug build, and the full grid for every popup would take minutes.
fn fewer_sizes() -> Vec<(u16, u16)> {
    let mut sizes: Vec<(u16, u16)> = (1..=120u16)
        .step_by(17)
        .flat_map(|w| (1..=40u16).step_by(5).map(move |h| (w, h)))
        .collect();
    sizes.extend([(20, 6), (9, 3), (10, 2), (10, 3), (11, 4), (21, 7)]);
    sizes
}

/// Every tab, and every popup over the tab it opens on; the flag says
/// whether the screen is drawn at every size or at the coarser grid.
fn every_screen(make: fn() -> App) -> Vec<(String, bool, App)> {
    let mut out = Vec::new();
    for n in 1..=7 {
        let mut app = make();
        keys(&mut app, &n.to_string());
        out.push((format!("tab {n}"), true, app));
    }
    let scenarios: &[(&str, bool, &str)] = &[
        ("help", true, "?"),
        ("milestone edit form", true, "4e"),
        ("search", true, "/crm"),
        ("help on milestones, scrolled", false, "4?jjj"),
        ("timeline", false, "4t"),
        ("milestone add form", false, "4a"),
        ("metric edit form", false, "5e"),
        ("people edit form", false, "6e"),
        ("review edit form", false, "7e"),
        ("search, nothing found", false, "/zzzzqqq"),
        ("problems", false, "!"),
        ("delete confirmation", false, "4d"),
        ("filter prompt", false, "4f"),
        ("filter with no match", false, "4fnothing-matches\r"),
        ("record prompt", false, "5r"),
        ("reading edit form", false, "5]C"),
        ("reading delete confirmation", false, "5X"),
        ("unit edit form", false, "2Ge"),
        ("detail scrolled down", false, "4GJJJJJJJJ"),
        ("commit message prompt", false, "4xs"),
        ("quit confirmation", false, "4xq"),
    ];
    for (name, all_sizes, typed) in scenarios {
        let mut app = make();
        for ch in typed.chars() {
            match ch {
                '\r' => send(&mut app, KeyCode::Enter),
                ch => send(&mut app, KeyCode::Char(ch)),
            };
        }
        out.push((name.to_string(), *all_sizes, app));
    }
    out
}

fn draws_at_every_size(make: fn() -> App, plan: &str) {
    let (all, fewer) = (sizes(), fewer_sizes());
    for (name, all_sizes, mut app) in every_screen(make) {
        for (w, h) in if all_sizes { &all } else { &fewer } {
            draw_checked(&mut app, *w, *h, &format!("{plan}, {name}"));
        }
    }
}

#[test]
fn every_screen_draws_at_every_size_from_1x1() {
    draws_at_every_size(example, "example plan");
}

#[test]
fn hebrew_plan_draws_at_every_size_from_1x1() {
    draws_at_every_size(hebrew, "Hebrew plan");
}

#[test]
fn hebrew_title_is_shown_whole_or_cut_between_characters() {
    let mut app = hebrew();
    let title = app.plan.meta.title.clone();
    assert!(title.starts_with("מוקד השירות"), "{title}");
    let mut whole = false;
    for w in (10..=160u16).step_by(3) {
        let lines = draw_checked(&mut app, w, 10, "Hebrew title");
        let header = &lines[0];
        let Some(shown) = header.strip_prefix(" charter · ") else {
            // Too narrow for the prefix itself: it must be cut with an ellipsis.
            assert!(header.contains('…'), "at {w}: {header:?}");
            continue;
        };
        if shown.starts_with(&title) {
            whole = true;
            continue;
        }
        let cut = shown
            .split('…')
            .next()
            .unwrap_or_default()
            .trim_end_matches(' ');
        assert!(
            shown.contains('…') && title.starts_with(cut),
            "at width {w} the title is neither whole nor cut with an ellipsis: {header:?}"
        );
    }
    assert!(whole, "the title is never shown whole, even at 160 columns");
}

// ---- 3. keys ------------------------------------------------------------

/// A git repository at work/repo with the example plan at work/repo/plan, committed.
fn sandbox_with_example() -> Sandbox {
    let sb = Sandbox::new();
    sb.repo_init("repo");
    sb.copy_from_project("plans/example-service", "repo/plan");
    sb.git("repo", &["add", "-A"]);
    sb.git("repo", &["commit", "-qm", "example plan"]);
    sb
}

fn app_in(sb: &Sandbox) -> App {
    charter::tui::open(load(&sb.work().join("repo/plan")), today())
}

fn milestone<'a>(app: &'a App, id: &str) -> &'a charter::domain::model::Milestone {
    app.plan
        .milestones
        .milestones
        .iter()
        .find(|m| m.id.as_str() == id)
        .unwrap_or_else(|| panic!("no milestone {id}"))
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
    keys(app, "4a");
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

#[test]
fn a_milestone_added_in_the_form_is_saved_and_committed_alone() {
    let sb = sandbox_with_example();
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
fn an_impossible_date_is_shown_under_its_field_and_enter_refuses() {
    let mut app = example();
    let count = app.plan.milestones.milestones.len();
    fill_new_milestone(
        &mut app,
        "bad-date",
        "A milestone with a bad date",
        "2026-02-30",
    );
    let Mode::Form(form) = &app.mode else {
        panic!("not in the form")
    };
    let due_at = form
        .fields
        .iter()
        .position(|(f, _)| f.key == "due")
        .unwrap();
    let error = form.errors[due_at].clone().unwrap();
    assert!(error.contains("2026-02 has 28 days"), "{error}");

    let lines = draw_checked(&mut app, 120, 40, "form with a bad date");
    let row = lines
        .iter()
        .position(|l| l.contains(" due ") && l.contains("2026-02-30"))
        .unwrap_or_else(|| panic!("no due field on screen:\n{}", lines.join("\n")));
    assert!(
        lines[row + 1].contains("✖") && lines[row + 1].contains("2026-02 has 28 days"),
        "the line under the due field is {:?}\n{}",
        lines[row + 1],
        lines.join("\n")
    );

    assert_eq!(send(&mut app, KeyCode::Enter), Effect::None);
    let Mode::Form(form) = &app.mode else {
        panic!("enter closed the form with a bad date: {:?}", app.mode)
    };
    assert!(
        form.problems.iter().any(|p| p.contains("28 days")),
        "{:?}",
        form.problems
    );
    assert_eq!(app.plan.milestones.milestones.len(), count);
    assert!(!app.dirty());
    // Esc leaves the form without adding anything.
    send(&mut app, KeyCode::Esc);
    assert!(matches!(app.mode, Mode::Normal));
    assert_eq!(app.plan.milestones.milestones.len(), count);
}

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
fn search_then_enter_goes_to_the_milestone() {
    let mut app = example();
    keys(&mut app, "/year-end");
    let Mode::Pick(pick) = &app.mode else {
        panic!("/ does not open the search: {:?}", app.mode)
    };
    assert!(!pick.choices.is_empty());
    assert!(
        pick.choices[0].0.contains("year-end-review"),
        "first result: {:?}",
        pick.choices[0].0
    );
    send(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Normal));
    assert_eq!(app.tab, Tab::Milestones);
    assert_eq!(selected_id(&app), "year-end-review");
}

#[test]
fn filter_status_done_shows_only_done_milestones() {
    let mut app = example();
    keys(&mut app, "4fstatus:done");
    send(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Normal));
    let done: Vec<usize> = app
        .plan
        .milestones
        .milestones
        .iter()
        .enumerate()
        .filter(|(_, m)| m.status == Status::Done)
        .map(|(i, _)| i)
        .collect();
    let shown: Vec<usize> = app.list().rows.iter().map(|(_, i)| *i).collect();
    assert_eq!(shown, done);
    let text = screen(&mut app, 120, 40);
    assert!(
        text.contains(&format!("Milestones {} · filter: status:done", done.len())),
        "{text}"
    );
    // `status:in_progress` and its spoken form both work; esc clears.
    keys(&mut app, "f");
    for _ in 0.."status:done".len() {
        send(&mut app, KeyCode::Backspace);
    }
    keys(&mut app, "status:in_progress");
    send(&mut app, KeyCode::Enter);
    assert_eq!(app.list().rows.len(), 3);
    send(&mut app, KeyCode::Esc);
    assert_eq!(app.list().rows.len(), app.plan.milestones.milestones.len());
}

#[test]
fn mouse_scroll_moves_the_selection() {
    let mut app = example();
    keys(&mut app, "4");
    assert_eq!(app.list().selected, 0);
    scroll(&mut app, MouseEventKind::ScrollDown);
    scroll(&mut app, MouseEventKind::ScrollDown);
    assert_eq!(app.list().selected, 2);
    scroll(&mut app, MouseEventKind::ScrollUp);
    assert_eq!(app.list().selected, 1);
    for _ in 0..5 {
        scroll(&mut app, MouseEventKind::ScrollUp);
    }
    assert_eq!(app.list().selected, 0);
}

#[test]
fn saving_over_a_file_changed_on_disk_refuses_and_keeps_the_file() {
    let sb = sandbox_with_example();
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
fn a_recorded_reading_is_saved_as_one_new_line() {
    let sb = sandbox_with_example();
    let before = sb.read("repo/plan/metrics.yaml");
    let mut app = app_in(&sb);
    keys(&mut app, "5");
    while selected_id(&app) != "nps" {
        keys(&mut app, "j");
    }
    keys(&mut app, "r24.9");
    send(&mut app, KeyCode::Enter);
    keys(&mut app, "s");
    let Effect::Save(message) = send(&mut app, KeyCode::Enter) else {
        panic!("no save")
    };
    assert_eq!(message, "metric nps: 1 reading(s) added");
    charter::tui::perform(&mut app, Effect::Save(message.clone()));
    assert!(!app.message.clone().unwrap().1, "{:?}", app.message);
    let after = sb.read("repo/plan/metrics.yaml");
    assert_eq!(
        inserted_block(&before, &after),
        ["      - { on: 2026-11-23, value: 24.9 }\n"]
    );
    assert_eq!(sb.git("repo", &["status", "--porcelain"]), "");
}

#[test]
fn status_change_is_saved_as_the_changed_lines_only() {
    let sb = sandbox_with_example();
    let before = sb.read("repo/plan/milestones.yaml");
    let mut app = app_in(&sb);
    keys(&mut app, "4GD");
    keys(&mut app, "s");
    let Effect::Save(message) = send(&mut app, KeyCode::Enter) else {
        panic!("no save")
    };
    charter::tui::perform(&mut app, Effect::Save(message.clone()));
    assert!(!app.message.clone().unwrap().1, "{:?}", app.message);
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
fn tabs_cycle_with_arrows_and_tab_and_mouse_clicks_on_titles() {
    let mut app = example();
    send(&mut app, KeyCode::Right);
    assert_eq!(app.tab, Tab::Charter);
    send(&mut app, KeyCode::Tab);
    assert_eq!(app.tab, Tab::Goals);
    send(&mut app, KeyCode::BackTab);
    send(&mut app, KeyCode::Left);
    assert_eq!(app.tab, Tab::Overview);
    send(&mut app, KeyCode::Left);
    assert_eq!(app.tab, Tab::History);
    // A click on a tab's title, found where the tab line draws it.
    let lines = draw_checked(&mut app, 120, 40, "tabs");
    for tab in Tab::ALL {
        let column = lines[1].find(tab.title()).unwrap();
        let column = lines[1][..column].chars().count() as u16;
        charter::tui::step(
            &mut app,
            Event::Mouse(MouseEvent {
                kind: MouseEventKind::Down(ratatui::crossterm::event::MouseButton::Left),
                column,
                row: 1,
                modifiers: KeyModifiers::NONE,
            }),
        );
        assert_eq!(app.tab, tab, "a click on column {column} of the tab line");
    }
}

#[test]
fn help_lists_every_key_and_closes() {
    let mut app = example();
    keys(&mut app, "4?");
    let shown = screen(&mut app, 120, 60);
    for expected in [
        "search every document",
        "next status",
        "tick / untick",
        "quit",
    ] {
        assert!(shown.contains(expected), "{expected}:\n{shown}");
    }
    send(&mut app, KeyCode::Esc);
    assert!(matches!(app.mode, Mode::Normal));
    keys(&mut app, "??");
    assert!(matches!(app.mode, Mode::Normal));
}

// ---- problems found while writing these tests ---------------------------

#[test]
fn applying_an_unchanged_form_changes_nothing() {
    let mut changed = Vec::new();
    for n in 2..=7 {
        let mut app = example();
        keys(&mut app, &n.to_string());
        for row in 0..app.list().rows.len() {
            keys(&mut app, "g");
            for _ in 0..row {
                keys(&mut app, "j");
            }
            let (kind, i) = app.selected().unwrap();
            let what = format!("{} {}", kind.name(), kind.id(&app.plan, i));
            keys(&mut app, "e");
            send(&mut app, KeyCode::Enter);
            assert!(
                matches!(app.mode, Mode::Normal),
                "{what}: the unchanged form is refused: {:?}",
                app.mode
            );
            if app.dirty() {
                changed.push(format!("{what}: {:?}", app.change_summary()));
                keys(&mut app, "u");
            }
        }
    }
    assert!(
        changed.is_empty(),
        "opening a form and pressing enter changed the item:\n{changed:#?}"
    );
}

#[test]
fn a_duplicate_id_is_refused_by_the_form() {
    let mut app = example();
    let count = app.plan.milestones.milestones.len();
    fill_new_milestone(
        &mut app,
        "current-state",
        "A second milestone with the id of the first",
        "2026-12-11",
    );
    send(&mut app, KeyCode::Enter);
    assert!(
        matches!(app.mode, Mode::Form(_)),
        "the form added a second milestone `current-state` (message: {:?}; the plan now has {} errors; \
         a save would commit it as {:?})",
        app.message,
        app.status.errors,
        app.change_summary()
    );
    assert_eq!(app.plan.milestones.milestones.len(), count);
}

#[test]
fn help_scrolling_stops_at_the_last_key() {
    let mut app = example();
    keys(&mut app, "?");
    for _ in 0..500 {
        keys(&mut app, "j");
    }
    let lines = draw_checked(&mut app, 80, 24, "help scrolled far down");
    assert!(
        lines.iter().any(|l| l.contains("n/esc")),
        "scrolling on scrolls the keys out of the help box:\n{}",
        lines.join("\n")
    );
    // One k is one line back, not 400 presses of k.
    keys(&mut app, "k");
    let Mode::Help(scroll) = app.mode else {
        panic!("help closed")
    };
    assert!(
        scroll < 100,
        "help scroll is {scroll} after 500 j and one k"
    );
}

#[test]
fn the_timeline_header_shows_both_plan_dates() {
    for (w, h) in SNAPSHOT_SIZES {
        let mut app = example();
        keys(&mut app, "4t");
        let lines = draw_checked(&mut app, w, h, "timeline");
        let header = &lines[3];
        assert!(
            header.contains("2025-12-22") && header.contains("2026-12-17"),
            "at {w}×{h} the today marker overwrites a plan date: {header:?}"
        );
    }
}

#[test]
fn levels_and_health_are_shown_in_the_words_of_the_files() {
    let mut app = example();
    keys(&mut app, "6");
    let people = screen(&mut app, 120, 40);
    for debug in [
        "DepartmentManager",
        "ShiftManager",
        "TeamLeader",
        "SeniorRep",
    ] {
        assert!(
            !people.contains(debug),
            "the People tab shows the Rust name `{debug}`:\n{people}"
        );
    }
    keys(&mut app, "7");
    let reviews = screen(&mut app, 120, 40);
    for debug in ["OnTrack", "NotStarted", "AtRisk", "OffTrack"] {
        assert!(
            !reviews.contains(debug),
            "the review detail shows the Rust name `{debug}`:\n{reviews}"
        );
    }
}

#[test]
fn page_down_moves_by_the_rows_the_table_shows() {
    let mut app = example();
    keys(&mut app, "4");
    let lines = draw_checked(&mut app, 80, 24, "milestones");
    let ids: Vec<String> = app
        .plan
        .milestones
        .milestones
        .iter()
        .map(|m| m.id.to_string())
        .collect();
    let shown = ids
        .iter()
        .filter(|id| lines.iter().any(|l| l.starts_with(&format!("│{id} "))))
        .count();
    assert!(shown > 0 && shown < ids.len());
    send(&mut app, KeyCode::PageDown);
    let selected = app.list().selected;
    assert!(
        selected > 0 && selected <= shown,
        "the table shows {shown} rows, yet page down moved the selection from 0 to {selected} (app.page = {})",
        app.page
    );
}

#[test]
fn the_charter_text_is_edited_and_saved_as_one_changed_line() {
    let sb = sandbox_with_example();
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

#[test]
fn milestone_actions_are_added_changed_and_removed() {
    let mut app = example();
    keys(&mut app, "4G");
    let id = selected_id(&app);
    let count = milestone(&app, &id).actions.len();
    keys(&mut app, "A");
    keys(&mut app, "Brief the shift managers; ruth; 2026-12-10");
    send(&mut app, KeyCode::Enter);
    assert!(
        matches!(app.mode, Mode::Normal),
        "prompt still open: {:?}",
        app.message
    );
    let m = milestone(&app, &id);
    assert_eq!(m.actions.len(), count + 1);
    let added = &m.actions[count];
    assert_eq!(added.title, "Brief the shift managers");
    assert_eq!(
        added.owner.as_ref().map(|o| o.to_string()),
        Some("ruth".into())
    );
    assert_eq!(added.due.map(|d| d.to_string()), Some("2026-12-10".into()));
    // An owner nobody is refused by the same checks as charter check.
    keys(&mut app, "A");
    keys(&mut app, "Call the vendor; nobody-here");
    send(&mut app, KeyCode::Enter);
    assert!(
        matches!(app.mode, Mode::Prompt(_)),
        "a bad owner was accepted"
    );
    assert!(
        app.message
            .as_ref()
            .is_some_and(|(m, err)| *err && m.contains("nobody-here")),
        "{:?}",
        app.message
    );
    send(&mut app, KeyCode::Esc);
    assert_eq!(milestone(&app, &id).actions.len(), count + 1);
    // The cursor is on the new action: change it, then remove it.
    keys(&mut app, "C");
    for _ in 0.."2026-12-10".len() {
        send(&mut app, KeyCode::Backspace);
    }
    keys(&mut app, "2026-12-11");
    send(&mut app, KeyCode::Enter);
    assert_eq!(
        milestone(&app, &id).actions[count]
            .due
            .map(|d| d.to_string()),
        Some("2026-12-11".into())
    );
    keys(&mut app, "Xy");
    assert_eq!(milestone(&app, &id).actions.len(), count);
}

// ---- text fields ----------------------------------------------------------

/// Where the terminal's cursor is after drawing `app` at `w`×`h`.
fn cursor_at(app: &mut App, w: u16, h: u16) -> (Vec<String>, u16, u16) {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    app.lay_out(ratatui::layout::Rect::new(0, 0, w, h));
    terminal.draw(|f| charter::tui::view::draw(f, app)).unwrap();
    let (lines, _) = text_of(terminal.backend().buffer());
    let at = terminal.get_cursor_position().unwrap();
    (lines, at.x, at.y)
}

fn focused_text(app: &App) -> (String, usize) {
    let Mode::Form(form) = &app.mode else {
        panic!("not in a form: {:?}", app.mode)
    };
    (form.fields[form.focus].1.clone(), form.cursor)
}

#[test]
fn form_fields_edit_at_the_cursor_and_the_cursor_is_drawn_there() {
    let mut app = example();
    keys(&mut app, "4a");
    keys(&mut app, "acde");
    send(&mut app, KeyCode::Left);
    send(&mut app, KeyCode::Left);
    send(&mut app, KeyCode::Left);
    keys(&mut app, "b");
    assert_eq!(focused_text(&app).0, "abcde");
    send(&mut app, KeyCode::Home);
    keys(&mut app, "x");
    ctrl(&mut app, 'e');
    keys(&mut app, "y");
    ctrl(&mut app, 'a');
    send(&mut app, KeyCode::Right);
    send(&mut app, KeyCode::Delete);
    assert_eq!(focused_text(&app).0, "xbcdey");
    send(&mut app, KeyCode::Right);
    send(&mut app, KeyCode::Backspace);
    assert_eq!(focused_text(&app), ("xcdey".to_string(), 1));

    // The cursor is drawn after the `x`, where the next key would go.
    let (lines, x, y) = cursor_at(&mut app, 120, 40);
    let row = &lines[y as usize];
    let start = row.find("xcdey").unwrap_or_else(|| panic!("{row:?}"));
    assert_eq!(x as usize, row[..start].width() + 1, "{row:?}");

    // Hebrew with vowel points: ← skips a letter and its marks together,
    // ⌫ takes them together, and the cursor column counts what is drawn.
    send(&mut app, KeyCode::Tab);
    let word = "\u{5e9}\u{5c1}\u{5b8}\u{5dc}\u{5d5}\u{5b9}\u{5dd}"; // שָׁלוֹם
    keys(&mut app, word);
    send(&mut app, KeyCode::Left);
    send(&mut app, KeyCode::Left);
    let (text, cursor) = focused_text(&app);
    assert_eq!(&text[..cursor], "\u{5e9}\u{5c1}\u{5b8}\u{5dc}");
    let (_, x_mid, _) = cursor_at(&mut app, 120, 40);
    send(&mut app, KeyCode::Backspace);
    assert_eq!(
        focused_text(&app).0,
        "\u{5e9}\u{5c1}\u{5b8}\u{5d5}\u{5b9}\u{5dd}"
    );
    let (_, x_after, _) = cursor_at(&mut app, 120, 40);
    assert_eq!(
        x_mid - x_after,
        1,
        "one letter back, its marks take no column"
    );
}

#[test]
fn a_long_field_scrolls_so_the_cursor_stays_in_view() {
    let mut app = example();
    keys(&mut app, "4a");
    send(&mut app, KeyCode::Tab);
    let long: String = (0..30).map(|n| format!("w{n} ")).collect();
    keys(&mut app, &long);
    keys(&mut app, "END");
    let (lines, x, y) = cursor_at(&mut app, 80, 24);
    let row = &lines[y as usize];
    assert!(x < 79, "the cursor is outside the box: {x} in {row:?}");
    assert!(
        row.contains("END"),
        "the end of the text is not shown: {row:?}"
    );
    assert!(
        !row.contains("w0 "),
        "the start should have scrolled away: {row:?}"
    );
    // Home shows the start again, with the cursor on it.
    send(&mut app, KeyCode::Home);
    let (lines, x2, y2) = cursor_at(&mut app, 80, 24);
    let row = &lines[y2 as usize];
    assert_eq!(y2, y);
    assert!(row.contains("w0 w1"), "{row:?}");
    assert_eq!(x2 as usize, row[..row.find("w0").unwrap()].width());
}

#[test]
fn help_lists_the_text_keys_from_the_keymap() {
    let mut app = example();
    keys(&mut app, "?");
    let shown = screen(&mut app, 120, 100);
    for expected in [
        "cursor one character left",
        "cursor to the start",
        "delete the character under the cursor",
        "edit the field in $EDITOR",
    ] {
        assert!(shown.contains(expected), "{expected}:\n{shown}");
    }
}

// ---- scrolling ------------------------------------------------------------

/// The lines of the box whose top border holds `title`, inside its borders.
fn box_lines(lines: &[String], title: &str) -> Vec<String> {
    let top = lines
        .iter()
        .position(|l| l.contains(title))
        .unwrap_or_else(|| panic!("no box {title:?}:\n{}", lines.join("\n")));
    let left = lines[top][..lines[top].find('┌').unwrap()].chars().count();
    let mut out = Vec::new();
    for line in &lines[top + 1..] {
        let rest: String = line.chars().skip(left).collect();
        if rest.starts_with('└') {
            break;
        }
        out.push(rest.trim_start_matches('│').to_string());
    }
    out
}

#[test]
fn the_charter_text_scrolls_to_its_last_line_and_back() {
    let mut app = example();
    keys(&mut app, "2");
    let first = box_lines(
        &draw_checked(&mut app, 80, 24, "charter"),
        "Service charter",
    );
    keys(&mut app, "}");
    let scrolled = box_lines(
        &draw_checked(&mut app, 80, 24, "charter"),
        "Service charter",
    );
    assert_ne!(first, scrolled, "}} does not scroll the charter text");
    assert!(
        scrolled[0].contains(first[1].trim_end_matches(['│', '█', '║', ' '])),
        "one line down: {first:?} → {scrolled:?}"
    );
    // Far down, the terms (the last line) show, and one { is one line back.
    for _ in 0..200 {
        keys(&mut app, "}");
    }
    let bottom = box_lines(
        &draw_checked(&mut app, 80, 24, "charter"),
        "Service charter",
    );
    let terms = app.plan.charter.terms.clone().unwrap();
    let end: String = terms.split_whitespace().last().unwrap().to_string();
    assert!(
        bottom.iter().any(|l| l.contains(&end)),
        "the last line is not in view after scrolling: {bottom:?}"
    );
    let most = app.charter_scroll;
    keys(&mut app, "{");
    assert_eq!(app.charter_scroll, most - 1);
    // The wheel over the text scrolls it too.
    let text = app.panes.text.unwrap();
    charter::tui::step(
        &mut app,
        Event::Mouse(MouseEvent {
            kind: MouseEventKind::ScrollUp,
            column: text.x + 2,
            row: text.y + 1,
            modifiers: KeyModifiers::NONE,
        }),
    );
    assert_eq!(app.charter_scroll, most - 4);
}

#[test]
fn the_detail_scrolls_with_j_k_and_the_wheel_and_resets_on_move() {
    let mut app = example();
    keys(&mut app, "4G");
    let top = box_lines(
        &draw_checked(&mut app, 80, 24, "detail"),
        "milestone year-end-review",
    );
    keys(&mut app, "JJ");
    let lines = draw_checked(&mut app, 80, 24, "detail scrolled");
    let scrolled = box_lines(&lines, "milestone year-end-review");
    assert_eq!(app.list().detail_scroll, 2);
    assert!(
        scrolled[0].starts_with(top[2].trim_end_matches(['│', '█', '║', ' '])),
        "two lines down: {top:?} → {scrolled:?}"
    );
    // The actions at the end come into view when scrolled far enough.
    for _ in 0..100 {
        keys(&mut app, "J");
    }
    let bottom = box_lines(
        &draw_checked(&mut app, 80, 24, "detail"),
        "milestone year-end-review",
    );
    assert!(
        bottom.iter().any(|l| l.contains("Present the results")),
        "{bottom:?}"
    );
    let most = app.list().detail_scroll;
    assert!(
        most > 2 && most < 100,
        "scroll {most} is not kept to the text"
    );
    keys(&mut app, "K");
    assert_eq!(app.list().detail_scroll, most - 1);
    // The wheel over the detail scrolls it and leaves the selection.
    let detail = app.panes.detail.unwrap();
    let selected = app.list().selected;
    charter::tui::step(
        &mut app,
        Event::Mouse(MouseEvent {
            kind: MouseEventKind::ScrollUp,
            column: detail.x + 2,
            row: detail.y + 2,
            modifiers: KeyModifiers::NONE,
        }),
    );
    assert_eq!(app.list().detail_scroll, most - 4);
    assert_eq!(app.list().selected, selected);
    // Another item starts at its top.
    keys(&mut app, "k");
    assert_eq!(app.list().detail_scroll, 0);
}

// ---- the overview at DESIGN §5's size --------------------------------------

#[test]
fn overview_at_100x30_shows_readable_names_and_sparklines() {
    for (name, mut app) in [("example", example()), ("hebrew", hebrew())] {
        let shown = screen(&mut app, 100, 30);
        insta::assert_snapshot!(format!("overview_100x30_{name}"), shown);
    }
    let mut app = example();
    let lines = draw_checked(&mut app, 100, 30, "overview");
    let fcr = lines
        .iter()
        .find(|l| l.contains("│fcr "))
        .unwrap_or_else(|| panic!("no fcr line:\n{}", lines.join("\n")));
    assert!(
        fcr.contains("First-contact"),
        "the name is cut short: {fcr}"
    );
    assert!(fcr.contains("62→75→74 %"), "{fcr}");
    assert!(
        fcr.contains(['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█']),
        "no sparkline: {fcr}"
    );
}

// ---- readings and units -------------------------------------------------------

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

#[test]
fn a_reading_is_changed_in_a_form_and_saved_as_one_changed_line() {
    let sb = sandbox_with_example();
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
    let Mode::Form(form) = &app.mode else {
        panic!("C does not open a form: {:?}", app.mode)
    };
    let fields: Vec<(&str, &str)> = form
        .fields
        .iter()
        .map(|(f, t)| (f.key, t.as_str()))
        .collect();
    assert_eq!(
        fields[..2],
        [("on", on.as_str()), ("value", &*value.to_string())]
    );

    // A unit that is not in plan.yaml is refused by the plan's checks.
    send(&mut app, KeyCode::Tab);
    send(&mut app, KeyCode::Tab);
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

    keys(&mut app, "s");
    let Effect::Save(message) = send(&mut app, KeyCode::Enter) else {
        panic!("no save")
    };
    assert_eq!(message, "metric aht: readings changed");
    charter::tui::perform(&mut app, Effect::Save(message.clone()));
    assert!(!app.message.clone().unwrap().1, "{:?}", app.message);
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

#[test]
fn units_are_listed_edited_added_and_saved_in_plan_yaml() {
    let sb = sandbox_with_example();
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
    // Add one beside it, in the north.
    keys(&mut app, "a");
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

    keys(&mut app, "s");
    let Effect::Save(message) = send(&mut app, KeyCode::Enter) else {
        panic!("no save")
    };
    assert_eq!(message, "unit north-t2: added");
    charter::tui::perform(&mut app, Effect::Save(message.clone()));
    assert!(!app.message.clone().unwrap().1, "{:?}", app.message);
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
