//! Drives the terminal UI the way the terminal does: keys and mouse events
//! go through `tui::step` (and effects through `tui::perform`), frames are drawn into ratatui's `TestBackend`
//! and read back as the text a terminal would show. Every UI test uses
//! these, so a change in how the UI is driven is made once.

use std::path::Path;

use charter::domain::types::Date;
use charter::store::plan_dir;
use charter::tui::app::{App, Effect, Mode};
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseEvent, MouseEventKind,
};
use ratatui::Terminal;
use unicode_width::UnicodeWidthStr;

use super::{code, stderr, Sandbox};

/// The day `demo` writes its history up to.
pub const DEMO_TODAY: &str = "2026-11-23";

/// The UI on the plan in `dir`, on `today` (`YYYY-MM-DD`).
pub fn open(dir: &Path, today: &str) -> App {
    charter::tui::open(plan_dir::load(dir).unwrap(), Date::parse(today).unwrap())
}

/// A sandbox with the demo's repository at work/demo: a year of commits at
/// fixed dates, so the log and its commit ids are the same on every run.
pub fn demo_repo() -> Sandbox {
    let sb = Sandbox::new();
    let out = sb.charter(&["--today", DEMO_TODAY, "demo", "--dir", "demo"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    sb
}

// ---- input ----------------------------------------------------------------

/// Sends one key without modifiers.
pub fn send(app: &mut App, code: KeyCode) -> Effect {
    charter::tui::step(app, Event::Key(KeyEvent::new(code, KeyModifiers::NONE)))
}

/// Sends ctrl + `ch`.
pub fn ctrl(app: &mut App, ch: char) -> Effect {
    charter::tui::step(
        app,
        Event::Key(KeyEvent::new(KeyCode::Char(ch), KeyModifiers::CONTROL)),
    )
}

/// Sends one key with `modifiers` (Ctrl+←, Alt+b).
pub fn send_with(app: &mut App, code: KeyCode, modifiers: KeyModifiers) -> Effect {
    charter::tui::step(app, Event::Key(KeyEvent::new(code, modifiers)))
}

/// Types every character of `text` as a key of its own; returns the last effect.
pub fn keys(app: &mut App, text: &str) -> Effect {
    let mut last = Effect::None;
    for ch in text.chars() {
        last = send(app, KeyCode::Char(ch));
    }
    last
}

/// A mouse event of `kind` at `column`, `row`.
pub fn mouse(app: &mut App, kind: MouseEventKind, column: u16, row: u16) -> Effect {
    charter::tui::step(
        app,
        Event::Mouse(MouseEvent {
            kind,
            column,
            row,
            modifiers: KeyModifiers::NONE,
        }),
    )
}

/// The wheel turned over the list (column 20, row 10).
pub fn scroll(app: &mut App, kind: MouseEventKind) -> Effect {
    mouse(app, kind, 20, 10)
}

/// Saves as the terminal does (`s`, then enter on the proposed commit
/// message), checks that the save reported no error and returns the message.
pub fn save(app: &mut App) -> String {
    keys(app, "s");
    let Effect::Save(message) = send(app, KeyCode::Enter) else {
        panic!("no save: {:?}", app.mode)
    };
    charter::tui::perform(app, Effect::Save(message.clone()));
    assert!(!app.message.clone().unwrap().1, "{:?}", app.message);
    message
}

/// The open form's fields as (key, text), or a panic naming what `what`
/// opened instead.
pub fn form_fields(app: &App, what: &str) -> Vec<(&'static str, String)> {
    let Mode::Form(form) = &app.mode else {
        panic!("{what} does not open a form: {:?}", app.mode)
    };
    form.fields
        .iter()
        .map(|(f, t)| (f.key, t.clone()))
        .collect()
}

/// The text of the focused form field and where the cursor is in it.
pub fn focused_text(app: &App) -> (String, usize) {
    let Mode::Form(form) = &app.mode else {
        panic!("not in a form: {:?}", app.mode)
    };
    (form.fields[form.focus].1.clone(), form.cursor)
}

// ---- screens --------------------------------------------------------------

pub fn buffer_of(app: &mut App, w: u16, h: u16) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    app.lay_out(ratatui::layout::Rect::new(0, 0, w, h));
    terminal.draw(|f| charter::tui::view::draw(f, app)).unwrap();
    terminal.backend().buffer().clone()
}

/// The buffer as lines of text, the way a terminal shows it: a wide
/// character covers the cell after it. Also returns what is wrong with the
/// cells: a cell hidden under a wide character that holds something else
/// (that something is lost on a real terminal).
pub fn text_of(buffer: &Buffer) -> (Vec<String>, Vec<String>) {
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

/// The UI drawn at `w`×`h` as the lines a terminal shows (trailing spaces
/// dropped), for a snapshot or a search.
pub fn screen(app: &mut App, w: u16, h: u16) -> String {
    let (lines, _) = text_of(&buffer_of(app, w, h));
    lines
        .iter()
        .map(|l| l.trim_end())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Draws at `w`×`h` and checks that every line is exactly the terminal's
/// width, with no replacement character and nothing lost under a wide one.
pub fn draw_checked(app: &mut App, w: u16, h: u16, what: &str) -> Vec<String> {
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

/// The lines drawn at `w`×`h` and where the terminal's cursor is.
pub fn cursor_at(app: &mut App, w: u16, h: u16) -> (Vec<String>, u16, u16) {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    app.lay_out(ratatui::layout::Rect::new(0, 0, w, h));
    terminal.draw(|f| charter::tui::view::draw(f, app)).unwrap();
    let (lines, _) = text_of(terminal.backend().buffer());
    let at = terminal.get_cursor_position().unwrap();
    (lines, at.x, at.y)
}

/// Snapshots a screen as `tests/snapshots/{binary}__{name}.snap`: the name
/// insta gives a named snapshot in the top module of the test binary
/// `binary`, kept when the test moves into a module of its own.
pub fn assert_screen_snapshot(binary: &str, name: &str, text: String) {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(super::root().join("tests/snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| insta::assert_snapshot!(format!("{binary}__{name}"), text));
}
