//! Diagnostics as the command line shows them: each on its line with an
//! excerpt and a caret, as JSON, and the count of errors and warnings.
//! Shared by `check` and `review close`.

use std::fmt::Write;

use crate::domain::diag::{Diagnostic, Severity};
use crate::store::plan_dir::PlanDir;

pub fn summary_line(errors: usize, warnings: usize) -> String {
    format!(
        "{}, {}",
        crate::t!("count-errors", count = errors),
        crate::t!("count-warnings", count = warnings)
    )
}

/// How much of a line an excerpt shows around the column it points at.
const EXCERPT: usize = 160;

/// Each diagnostic on its line, followed by the line it points at and a caret.
pub fn render_text(dir: &PlanDir, diags: &[Diagnostic]) -> String {
    let mut out = String::new();
    // Each file's lines, split once however many diagnostics point into it,
    // and the characters of the last long line excerpted.
    let mut lines_of: Vec<(&str, Vec<&str>)> = Vec::new();
    let mut long_line: Option<(usize, u32, Vec<char>)> = None;
    for d in diags {
        let _ = writeln!(out, "{d}");
        let (line, col) = d.line_col();
        let at = match lines_of.iter().position(|(f, _)| *f == d.file) {
            Some(i) => i,
            None => {
                let text = dir
                    .file(&d.file)
                    .and_then(|f| f.text.as_deref())
                    .unwrap_or("");
                lines_of.push((d.file.as_str(), text.lines().collect()));
                lines_of.len() - 1
            }
        };
        let Some(source) = lines_of[at].1.get(line as usize - 1) else {
            continue;
        };
        if long_line
            .as_ref()
            .is_none_or(|(f, l, _)| (*f, *l) != (at, line))
        {
            long_line = Some((at, line, source.chars().collect()));
        }
        let chars: &[char] = long_line.as_ref().map_or(&[], |(_, _, c)| c);
        let col = (col as usize).saturating_sub(1).min(chars.len());
        // A long line shows a window around the column, marked with ellipses.
        let first = col
            .saturating_sub(EXCERPT / 2)
            .min(chars.len().saturating_sub(EXCERPT));
        let last = (first + EXCERPT).min(chars.len());
        let mut shown: String = if first > 0 {
            "…".into()
        } else {
            String::new()
        };
        shown.extend(&chars[first..last]);
        if last < chars.len() {
            shown.push('…');
        }
        // Control characters are shown escaped (see `terminal`), here
        // already so that the caret counts the columns their escapes take.
        let caret_at: usize = usize::from(first > 0)
            + chars[first..col]
                .iter()
                .map(|c| match c {
                    '\t' => 1,
                    c => super::terminal::shown_width(*c, unicode_columns),
                })
                .sum::<usize>();
        let number = line.to_string();
        let gutter = " ".repeat(number.len());
        let shown = shown.replace('\t', " ");
        let _ = writeln!(out, " {number} | {}", super::terminal::escape(&shown));
        let _ = writeln!(out, " {gutter} | {}^", " ".repeat(caret_at));
    }
    out
}

/// Terminal columns of a character: wide East Asian characters take two,
/// combining marks none. Good enough for a caret under the right place.
fn unicode_columns(c: char) -> usize {
    let cp = c as u32;
    if (0x0300..=0x036F).contains(&cp) || (0x0591..=0x05C7).contains(&cp) {
        0
    } else if (0x1100..=0x115F).contains(&cp)
        || (0x2E80..=0xA4CF).contains(&cp)
        || (0xAC00..=0xD7A3).contains(&cp)
        || (0xF900..=0xFAFF).contains(&cp)
        || (0xFF00..=0xFF60).contains(&cp)
        || (0x1F300..=0x1FAFF).contains(&cp)
    {
        2
    } else {
        1
    }
}

pub fn render_json(diags: &[Diagnostic]) -> String {
    let item = |d: &Diagnostic| {
        let (line, column) = d.line_col();
        serde_json::json!({
            "file": d.file,
            "line": line,
            "column": column,
            "message": d.message,
            "code": d.code,
        })
    };
    let of = |s: Severity| {
        diags
            .iter()
            .filter(|d| d.severity == s)
            .map(item)
            .collect::<Vec<_>>()
    };
    let value =
        serde_json::json!({ "errors": of(Severity::Error), "warnings": of(Severity::Warning) });
    super::terminal::json(&value)
}
