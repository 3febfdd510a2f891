//! The properties every case must hold: loading and checking never panic,
//! and every diagnostic names a plan file and a position inside it. A
//! plan that loads without errors goes on to the writer's properties.

use std::cell::{Cell, RefCell};
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

use charter::cli::diagnostics_text::{render_json, render_text};
use charter::domain::diag::{At, Severity};
use charter::domain::summary::plan_status;
use charter::domain::types::Date;
use charter::ops::diagnostics::{count, diagnostics};
use charter::store::plan_dir::{self, Files, PlanDir};

use crate::writer::{check_writer, Scratch};

fn today() -> Date {
    Date::from_ymd(2026, 3, 15).unwrap()
}

/// A broken property: `key` says which (it stays the same while a failing
/// input is minimized), `detail` says everything else.
#[derive(Clone, Debug)]
pub(crate) struct Failure {
    pub(crate) key: String,
    pub(crate) detail: String,
}

pub(crate) fn fail<T>(key: impl Into<String>, detail: impl Into<String>) -> Result<T, Failure> {
    Err(Failure {
        key: key.into(),
        detail: detail.into(),
    })
}

thread_local! {
    /// Set while a check runs: panics are recorded here instead of printed.
    static CAPTURING: Cell<bool> = const { Cell::new(false) };
    static LAST_PANIC: RefCell<Option<(String, String)>> = const { RefCell::new(None) };
    /// A folder for the files of the case, since saving compares with the disk.
    static SCRATCH: RefCell<Option<Scratch>> = const { RefCell::new(None) };
}

/// Records the location, message and charter frames of a panic in a check;
/// other panics go to the hook that was there before.
fn install_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !CAPTURING.with(Cell::get) {
                previous(info);
                return;
            }
            let location = info
                .location()
                .map_or_else(|| "unknown".to_string(), |l| l.to_string());
            let message = info
                .payload()
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| info.payload().downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "<non-text panic>".into());
            let trace = std::backtrace::Backtrace::force_capture().to_string();
            let frames: Vec<&str> = trace
                .lines()
                .filter(|l| l.contains("charter::") && !l.contains("fuzz::"))
                .map(str::trim)
                .take(8)
                .collect();
            let detail = format!(
                "{message}\n  charter frames:\n    {}",
                frames.join("\n    ")
            );
            LAST_PANIC.with(|p| *p.borrow_mut() = Some((location, detail)));
        }));
    });
}

/// Runs every property on one plan given as files.
/// What a passing case reached, for the statistics of a run.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Reached {
    pub(crate) diagnostics: usize,
    /// Loaded without errors, so the writer was checked.
    pub(crate) clean: bool,
    /// `fmt` rewrote a file.
    pub(crate) rewritten: bool,
}

pub(crate) fn check(files: &[(String, Vec<u8>)]) -> Result<Reached, Failure> {
    install_panic_hook();
    CAPTURING.with(|c| c.set(true));
    let result = panic::catch_unwind(AssertUnwindSafe(|| check_inner(files)));
    CAPTURING.with(|c| c.set(false));
    let result = match result {
        Ok(r) => r,
        Err(_) => {
            let (location, detail) = LAST_PANIC
                .with(|p| p.borrow_mut().take())
                .unwrap_or_else(|| ("unknown".into(), String::new()));
            fail(format!("panic at {location}"), detail)
        }
    };
    // Most trouble with `\r` comes from one cause: say so in the key.
    let lone_cr =
        |b: &[u8]| b.windows(2).any(|w| w[0] == b'\r' && w[1] != b'\n') || b.ends_with(b"\r");
    result.map_err(|mut f| {
        if files.iter().any(|(_, b)| lone_cr(b)) {
            f.key.push_str(" [the input has a lone \\r]");
        }
        f
    })
}

pub(crate) fn memory(files: &[(String, Vec<u8>)]) -> Vec<(&str, &[u8])> {
    files
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect()
}

fn check_inner(files: &[(String, Vec<u8>)]) -> Result<Reached, Failure> {
    SCRATCH.with(|s| {
        let mut scratch = s.borrow_mut();
        let scratch = scratch.get_or_insert_with(Scratch::new);
        let dir = scratch.dir.path().to_path_buf();
        let pd = match plan_dir::load_from(&dir, Files::Memory(&memory(files))) {
            Ok(pd) => pd,
            Err(e) => return fail("load_from failed", e.to_string()),
        };
        let mut reached = Reached {
            diagnostics: check_diagnostics(files, &pd)?,
            ..Reached::default()
        };
        if pd.load_errors.is_empty() {
            reached.clean = true;
            reached.rewritten = check_writer(files, &pd, scratch)?;
        }
        Ok(reached)
    })
}

/// Checks the diagnostics and returns how many there are.
fn check_diagnostics(files: &[(String, Vec<u8>)], pd: &PlanDir) -> Result<usize, Failure> {
    let today = today();
    let diags = diagnostics(pd, today);
    for d in &diags {
        let known = plan_dir::FILES.iter().any(|(f, _)| *f == d.file)
            || (d.file.starts_with("reviews/") && files.iter().any(|(n, _)| *n == d.file));
        if !known {
            return fail(
                format!("diagnostic names a file not in the plan ({})", d.code),
                format!("{d}"),
            );
        }
        if d.message.trim().is_empty() {
            return fail(format!("empty message ({})", d.code), format!("{d:?}"));
        }
        let At::Pos { line, col } = d.at else {
            return fail(format!("unresolved path ({})", d.code), format!("{d:?}"));
        };
        let text = file_text(files, pd, &d.file);
        if let Some((class, problem)) = position_problem(&text, line, col) {
            return fail(
                format!("position outside the file: {class} ({})", d.code),
                format!("{d}\n  {problem}"),
            );
        }
    }
    // What `charter check` and `charter status` print.
    let _ = render_text(pd, &diags);
    let _ = render_json(&diags);
    let status = plan_status(
        &pd.plan,
        today,
        count(&diags, Severity::Error),
        count(&diags, Severity::Warning),
    );
    let _ = serde_json::to_string(&status);
    Ok(diags.len())
}

/// The text positions in `rel` count in: as loaded (no byte-order mark);
/// for a file that is not UTF-8, its valid part decoded lossily; empty for
/// an absent file.
fn file_text(files: &[(String, Vec<u8>)], pd: &PlanDir, rel: &str) -> String {
    if let Some(text) = pd.file(rel).and_then(|f| f.text.clone()) {
        return text;
    }
    let bytes = files
        .iter()
        .find(|(n, _)| n == rel)
        .map_or(&[][..], |(_, b)| b.as_slice());
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    String::from_utf8_lossy(bytes).into_owned()
}

/// Why `line:col` is not a position inside `text`, if it is not: a short
/// class of the problem (kept while minimizing) and the details.
///
/// The lines of a file are the pieces between `\n`s (a `\r` before the
/// `\n` is not part of its line), as `charter check` shows them, so a file
/// ending in `\n` has one more, empty, line after its last one: the end of
/// the file, where an error such as a missing closing bracket is found. An
/// empty file has one empty line. A position is inside the file when
/// `1 <= line <= lines` and `1 <= col <= characters of that line + 1` (the
/// `+ 1` is the end of the line).
pub(crate) fn position_problem(text: &str, line: u32, col: u32) -> Option<(&'static str, String)> {
    let problem = |lines: &[&str]| -> Option<String> {
        if line == 0 || line as usize > lines.len() {
            return Some(format!(
                "line {line} is not in 1..={} (the file has {} line break(s))",
                lines.len(),
                lines.len() - 1
            ));
        }
        let shown = lines[line as usize - 1];
        let chars = shown.chars().count();
        if col == 0 || col as usize > chars + 1 {
            return Some(format!(
                "column {col} is not in 1..={} (line {line} has {chars} character(s): {shown:?})",
                chars + 1,
            ));
        }
        None
    };
    let lines: Vec<&str> = text
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .collect();
    let message = problem(&lines)?;
    // The lines as the YAML parser counts them: `\r\n`, `\r` and `\n` all end one.
    let yaml_lines: Vec<&str> = text
        .split("\r\n")
        .flat_map(|l| l.split(['\r', '\n']))
        .collect();
    let ends_in_break = text.ends_with('\n') || text.ends_with('\r');
    let class = if line == 0 || col == 0 {
        "zero line or column"
    } else if problem(&yaml_lines).is_none() {
        "a lone \\r counted as a line break"
    } else if line as usize == yaml_lines.len() + 1 && !text.is_empty() && !ends_in_break {
        "the line after the last, in a file without a final newline"
    } else if line as usize > lines.len() {
        "past the last line"
    } else {
        "past the end of the line"
    };
    Some((class, message))
}
