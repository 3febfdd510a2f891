//! The terminal UI: gather an event, update the app, draw; side effects
//! (reading the repository, saving, committing, the editor) run here in
//! the loop, never in the update or a draw.
//! The terminal is restored on quit, on error and on panic.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event};
use ratatui::crossterm::execute;
use ratatui::DefaultTerminal;

use crate::domain::types::Date;
use crate::ops::review::Closing;
use crate::ops::save::{self, Saved};
use crate::ops::{self, Error};
use crate::present::review as review_words;
use crate::store::lock::PlanLock;
use crate::store::plan_dir::{self, PlanDir, StoreError};

pub mod actions;
pub mod app;
pub mod bidi;
pub mod changes;
pub mod filter;
pub mod history;
pub mod items;
pub mod keymap;
mod load;
pub mod review;
pub mod rows;
pub mod search;
pub mod text;
pub mod view;

use app::{App, Effect};
pub use load::open;

/// Whether the UI can run: both ends of the terminal are a terminal.
pub fn available() -> bool {
    std::io::stdout().is_terminal() && std::io::stdin().is_terminal()
}

pub fn run(dir: PlanDir, today: Date, bidi: bidi::Mode) -> Result<i32, Error> {
    let mut app = open(dir, today);
    app.bidi.mode = bidi;
    let mut terminal = ratatui::try_init()
        .map_err(|e| Error::Failed(format!("cannot start the terminal UI: {e}")))?;
    let _ = execute!(std::io::stdout(), EnableMouseCapture);
    let result = event_loop(&mut terminal, &mut app);
    let _ = execute!(std::io::stdout(), DisableMouseCapture);
    ratatui::restore();
    result
}

fn event_loop(terminal: &mut DefaultTerminal, app: &mut App) -> Result<i32, Error> {
    let io = |e: std::io::Error| Error::Failed(format!("terminal error: {e}"));
    let mut stamp = disk_stamp(&app.dir.dir);
    let mut checked = Instant::now();
    loop {
        let size = terminal.size().map_err(io)?;
        app.lay_out(ratatui::layout::Rect::new(0, 0, size.width, size.height));
        terminal.draw(|frame| view::draw(frame, app)).map_err(io)?;
        if event::poll(Duration::from_millis(500)).map_err(io)? {
            let ev = event::read().map_err(io)?;
            let effect = step(app, ev);
            let writes = matches!(
                effect,
                Effect::Save(_) | Effect::Reload | Effect::CloseReview(_)
            );
            match perform(app, effect) {
                Effect::Quit => return Ok(0),
                Effect::Editor(text) => {
                    let edited = edit_outside(terminal, &text)?;
                    app.editor_done(edited);
                }
                _ => {}
            }
            if writes {
                stamp = disk_stamp(&app.dir.dir);
            }
        }
        // A file changed outside charter: say so, and offer to reload.
        if checked.elapsed() > Duration::from_secs(2) {
            checked = Instant::now();
            let now = disk_stamp(&app.dir.dir);
            if now != stamp {
                stamp = now;
                app.failed(if app.dirty() {
                    crate::t!("tui-msg-disk-changed-dirty")
                } else {
                    crate::t!("tui-msg-disk-changed")
                });
            }
        }
    }
}

/// One event through the update, with the reads it asks for run at once:
/// the path of the terminal's loop and of the tests. Returns the effect
/// left to run with [`perform`] or the terminal: a save, a reload, a
/// review's close, the editor, quitting, or [`Effect::None`].
pub fn step(app: &mut App, event: Event) -> Effect {
    match app.handle(event) {
        Effect::Load(what) => {
            load::run(app, what);
            Effect::None
        }
        effect => effect,
    }
}

/// Runs an effect that needs no terminal (a read, a save, a reload, a
/// review's close), then the read the app asks for after it (a save makes
/// the commit notes stale). Returns the effects only the terminal can run
/// (quitting, the editor), otherwise [`Effect::None`].
pub fn perform(app: &mut App, effect: Effect) -> Effect {
    match effect {
        Effect::Load(what) => load::run(app, what),
        Effect::Save(message) => save(app, &message),
        Effect::Reload => reload(app),
        Effect::CloseReview(date) => close_review(app, date),
        Effect::None => {}
        Effect::Quit | Effect::Editor(_) => return effect,
    }
    if let Some(what) = app.wanted() {
        load::run(app, what);
    }
    Effect::None
}

/// Writes and commits the app's plan; reports the outcome in the app.
pub fn save(app: &mut App, message: &str) {
    match save::save(&app.dir, &app.plan, message, &[]) {
        Ok(Saved { dir, note }) => app.saved(dir, note),
        Err(Error::Store(StoreError::ChangedOnDisk { file })) => {
            app.failed(crate::t!("tui-msg-not-saved-disk", file = file.to_string()))
        }
        Err(e) => app.failed(e.to_string()),
    }
}

/// Closes the review of `date` as `charter review close` does (it is the
/// same [`ops::review::close`]): writes the app's edits, commits the plan
/// with the review's summary as the message, and tags that commit
/// `review/DATE`; a review closed before is committed as an amendment and
/// its tag stays where it is.
pub fn close_review(app: &mut App, date: Date) {
    match try_close_review(app, date) {
        Ok(closing) => {
            if closing.committed() {
                match save::reload(&app.dir.dir) {
                    Ok(dir) => app.saved(dir, String::new()),
                    Err(e) => return app.failed(e.to_string()),
                }
            }
            match review_words::ui_line(&closing) {
                (message, false) => app.review_closed(message),
                (message, true) => app.failed(message),
            }
        }
        Err(Error::Store(StoreError::ChangedOnDisk { file })) => app.failed(crate::t!(
            "tui-msg-not-closed-disk",
            file = file.to_string()
        )),
        Err(e) => app.failed(e.to_string()),
    }
}

fn try_close_review(app: &App, date: Date) -> Result<Closing, Error> {
    let lock = PlanLock::acquire(&app.dir.dir)?;
    ops::review::close(&lock, &app.dir, &app.plan, Some(date), app.today)
}

pub fn reload(app: &mut App) {
    match save::reload(&app.dir.dir) {
        Ok(dir) => app.saved(dir, crate::t!("tui-msg-reloaded")),
        Err(e) => app.failed(e.to_string()),
    }
}

/// Size and modification time of every plan file: cheap to compare.
fn disk_stamp(dir: &Path) -> Vec<(PathBuf, u64, Option<SystemTime>)> {
    let mut paths: Vec<PathBuf> = plan_dir::FILES.iter().map(|(f, _)| dir.join(f)).collect();
    if let Ok(entries) = std::fs::read_dir(dir.join("reviews")) {
        paths.extend(entries.filter_map(Result::ok).map(|e| e.path()));
    }
    paths.sort();
    paths
        .into_iter()
        .filter_map(|p| {
            let meta = std::fs::metadata(&p).ok()?;
            Some((p, meta.len(), meta.modified().ok()))
        })
        .collect()
}

/// Suspends the UI, edits `text` in $EDITOR (vi when unset), resumes.
fn edit_outside(terminal: &mut DefaultTerminal, text: &str) -> Result<String, Error> {
    let file = tempfile::Builder::new()
        .prefix("charter-edit-")
        .suffix(".txt")
        .tempfile()
        .map_err(|e| Error::Failed(format!("cannot make a file to edit: {e}")))?;
    std::fs::write(file.path(), text)
        .map_err(|e| Error::Failed(format!("cannot write {}: {e}", file.path().display())))?;
    let editor = std::env::var("VISUAL")
        .or_else(|_| std::env::var("EDITOR"))
        .unwrap_or_else(|_| "vi".into());
    ratatui::restore();
    let mut parts = editor.split_whitespace();
    let status = std::process::Command::new(parts.next().unwrap_or("vi"))
        .args(parts)
        .arg(file.path())
        .status();
    *terminal = ratatui::try_init()
        .map_err(|e| Error::Failed(format!("cannot restart the terminal UI: {e}")))?;
    let _ = terminal.clear();
    match status {
        Ok(s) if s.success() => std::fs::read_to_string(file.path())
            .map_err(|e| Error::Failed(format!("cannot read the edited text: {e}"))),
        // The editor failed or was quit without saving: keep the text.
        _ => Ok(text.to_string()),
    }
}
