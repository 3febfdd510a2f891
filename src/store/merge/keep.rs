//! Keeping both sides' own text in a merged plan file. The merged value is
//! first written over our text; then an item (or top-level entry) that
//! comes from theirs unchanged gets their lines back, and the comments
//! either side wrote that the merged text lacks are put next to the lines
//! they were written on.
//!
//! Each step only proposes a text: the caller reads it back with the
//! loader and keeps it only when it loads as the merged value.

use std::collections::{HashMap, HashSet};

use serde_json::Value;

use super::layout::{unit_values, Layout, Line, Unit, UnitKey};

/// One version of the file: its text with `\n` line ends, and its loaded value.
#[derive(Clone, Copy)]
pub(super) struct Version<'a> {
    pub text: &'a str,
    pub value: &'a Value,
}

/// A version whose comments must be in the merged file, and the version it
/// was made from (comments it shares with that one were maybe removed on
/// purpose by the other side), if known.
#[derive(Clone, Copy)]
pub(super) struct Source<'a> {
    pub version: Version<'a>,
    pub base: Option<Version<'a>>,
}

/// Where carried comments go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Place {
    /// Next to the line they were written on, where the merged text has it.
    Near,
    /// Whole-line comments above their item.
    AboveItem,
}

/// `text` (the merged value written over ours) with every item or entry
/// whose merged value is theirs, and not ours, written as they wrote it.
/// `None` when there is nothing to take or a text cannot be cut.
pub(super) fn take_theirs(
    text: &str,
    merged: &Value,
    ours: &Value,
    theirs: Version<'_>,
) -> Option<String> {
    let (values, ours, their_values) = (
        unit_values(merged),
        unit_values(ours),
        unit_values(theirs.value),
    );
    let theirs_only = |key: &UnitKey| {
        values.get(key).is_some_and(|value| {
            their_values.get(key) == Some(value) && ours.get(key) != Some(value)
        })
    };
    // Most merges take nothing whole from theirs: then neither text is cut.
    if !values.keys().any(theirs_only) {
        return None;
    }
    let out = Layout::new(text, merged)?;
    let th = Layout::new(theirs.text, theirs.value)?;
    let mut edits = Edits::default();
    for unit in &out.units {
        if !unit.is_whole(&out) || !theirs_only(&unit.key) {
            continue;
        }
        let Some(their_unit) = th.unit(&unit.key).filter(|u| u.is_whole(&th)) else {
            continue;
        };
        let (Some(our_first), Some(their_first)) =
            (out.line(unit.start), th.line(their_unit.start))
        else {
            continue;
        };
        let shift = our_first.indent() as isize - their_first.indent() as isize;
        if let Some(body) = reindent(&th, their_unit.start..=their_unit.end, shift) {
            edits.replace.insert(unit.start, (unit.end, body));
        }
    }
    (!edits.replace.is_empty()).then(|| edits.apply(&out))
}

/// Lines `range` of a layout moved right by `shift` columns (left when
/// negative); `None` when a line of content is not indented enough to move left.
fn reindent(
    layout: &Layout<'_>,
    range: std::ops::RangeInclusive<u32>,
    shift: isize,
) -> Option<Vec<String>> {
    range
        .map(|n| {
            let line = layout.line(n)?;
            let text = line.text;
            if shift >= 0 {
                let pad = if text.is_empty() { 0 } else { shift as usize };
                return Some(format!("{}{text}", " ".repeat(pad)));
            }
            let by = shift.unsigned_abs();
            let blank = text.trim().is_empty() || line.is_comment();
            if line.indent() >= by {
                Some(text[by..].to_string())
            } else if blank {
                Some(text.trim_start_matches(' ').to_string())
            } else {
                None
            }
        })
        .collect()
}

/// `text` with the comments of `sources` that it lacks, each unit's
/// comments going to the same unit of `text`. A unit that is not in
/// `text` (an item the merge removed) takes its comments with it. `None`
/// when nothing is missing or a text cannot be cut.
pub(super) fn carry_comments(
    text: &str,
    merged: &Value,
    sources: &[Source<'_>],
    place: Place,
) -> Option<String> {
    // A comment is surely in `text` when its whole line is: when every
    // line with a `#` is, nothing is cut.
    let lines: HashSet<&str> = text.lines().map(str::trim).collect();
    let all_there = sources.iter().all(|s| {
        s.version
            .text
            .lines()
            .filter(|l| l.contains('#'))
            .all(|l| lines.contains(l.trim()))
    });
    if all_there {
        return None;
    }
    let out = Layout::new(text, merged)?;
    let mut present: HashMap<UnitKey, HashMap<String, usize>> = HashMap::new();
    for unit in &out.units {
        let counts = present.entry(unit.key.clone()).or_default();
        for (_, c) in out.comments(unit) {
            *counts.entry(c.to_string()).or_default() += 1;
        }
    }
    let mut edits = Edits::default();
    for source in sources {
        let Some(from) = Layout::new(source.version.text, source.version.value) else {
            continue;
        };
        let base = source.base.and_then(|b| Layout::new(b.text, b.value));
        for unit in &from.units {
            let Some(target) = out.unit(&unit.key) else {
                continue;
            };
            let mut before: HashMap<String, usize> = HashMap::new();
            if let Some(b) = base.as_ref().and_then(|b| Some((b, b.unit(&unit.key)?))) {
                for (_, c) in b.0.comments(b.1) {
                    *before.entry(c.to_string()).or_default() += 1;
                }
            }
            let counts = present.entry(unit.key.clone()).or_default();
            let snapshot = counts.clone();
            let mut seen: HashMap<&str, usize> = HashMap::new();
            for (n, comment) in from.comments(unit) {
                let nth = seen.entry(comment).or_default();
                *nth += 1;
                let had = snapshot.get(comment).copied().unwrap_or(0);
                let was = before.get(comment).copied().unwrap_or(0);
                if *nth <= had.max(was) {
                    continue;
                }
                *counts.entry(comment.to_string()).or_default() += 1;
                let Some(line) = from.line(n) else { continue };
                place_comment(&out, target, &from, unit, line, n, place, &mut edits);
            }
        }
    }
    (!edits.before.is_empty() || !edits.eol.is_empty()).then(|| edits.apply(&out))
}

/// Puts the comment of `line` (line `n` of `unit` in `from`) into the
/// edits of `out`, in `target`.
#[allow(clippy::too_many_arguments)]
fn place_comment(
    out: &Layout<'_>,
    target: &Unit,
    from: &Layout<'_>,
    unit: &Unit,
    line: &Line<'_>,
    n: u32,
    place: Place,
    edits: &mut Edits,
) {
    let Some(comment) = line.comment_text() else {
        return;
    };
    // The header and the trailer have no lines to follow: their comments
    // keep their own indentation, after ours.
    if matches!(target.key, UnitKey::Header | UnitKey::Trailer) {
        edits.add_before(target.start, line.text.trim_end().to_string());
        return;
    }
    let near = |wanted: &Line<'_>| {
        let body = target.start..=target.end;
        (place == Place::Near)
            .then(|| find_line(out, body, wanted))
            .flatten()
    };
    if !line.is_comment() {
        // At the end of the same line, or above the line of the same key
        // when its value is not theirs (the comment may be about their value).
        if let Some((at, same)) = near(line) {
            let free = out
                .line(at)
                .is_some_and(|l| l.comment.is_none() && !l.inner)
                && !edits.eol.contains_key(&at);
            if same && free {
                let content_end = line.text[..line.comment.unwrap_or(0)].trim_end().len();
                let gap = &line.text[content_end..line.comment.unwrap_or(content_end)];
                let gap = if gap.is_empty() { " " } else { gap };
                edits.eol.insert(at, format!("{gap}{comment}"));
                return;
            }
            edits.add_above(out, at, comment);
            return;
        }
        edits.add_above(out, target.start, comment);
        return;
    }
    // A whole-line comment goes above the line that follows it.
    let next = (n + 1..=unit.end)
        .filter_map(|m| from.line(m).map(|l| (m, l)))
        .find(|(_, l)| !l.content().is_empty());
    let at = match next {
        Some((m, next)) if m != unit.start => near(next).map_or(target.start, |(at, _)| at),
        _ => target.start,
    };
    edits.add_above(out, at, comment);
}

/// The line of `range` in `out` that holds what `wanted` holds: the same
/// content (`true`), else the only line with the same key (`false`).
fn find_line(
    out: &Layout<'_>,
    range: std::ops::RangeInclusive<u32>,
    wanted: &Line<'_>,
) -> Option<(u32, bool)> {
    let lines: Vec<(u32, &Line<'_>)> = range
        .filter_map(|n| Some((n, out.line(n)?)))
        .filter(|(_, l)| !l.inner && !l.content().is_empty())
        .collect();
    if let Some((n, _)) = lines
        .iter()
        .find(|(_, l)| l.matchable() == wanted.matchable())
    {
        return Some((*n, true));
    }
    let key = wanted.key()?;
    let mut same_key = lines.iter().filter(|(_, l)| l.key() == Some(key));
    match (same_key.next(), same_key.next()) {
        (Some((n, _)), None) => Some((*n, false)),
        _ => None,
    }
}

/// Changes to a text, by its line numbers.
#[derive(Default)]
struct Edits {
    /// Lines put before a line (`count + 1`: at the end).
    before: HashMap<u32, Vec<String>>,
    /// A comment put at the end of a line.
    eol: HashMap<u32, String>,
    /// Lines `start..=end` replaced, by `start`.
    replace: HashMap<u32, (u32, Vec<String>)>,
}

impl Edits {
    fn add_before(&mut self, at: u32, line: String) {
        self.before.entry(at).or_default().push(line);
    }

    /// A whole-line comment above line `at`, indented as that line is.
    fn add_above(&mut self, out: &Layout<'_>, at: u32, comment: &str) {
        let indent = out.line(at).map_or(0, Line::indent);
        self.add_before(at, format!("{}{comment}", " ".repeat(indent)));
    }

    fn apply(&self, layout: &Layout<'_>) -> String {
        let count = layout.lines.len() as u32;
        let mut out = String::new();
        let mut push = |line: &str| {
            out.push_str(line);
            out.push('\n');
        };
        let mut n = 1;
        while n <= count + 1 {
            for line in self.before.get(&n).into_iter().flatten() {
                push(line);
            }
            let Some(line) = layout.line(n) else { break };
            if let Some((end, lines)) = self.replace.get(&n) {
                for line in lines {
                    push(line);
                }
                n = end + 1;
                continue;
            }
            match self.eol.get(&n) {
                Some(comment) => push(&format!("{}{comment}", line.text.trim_end())),
                None => push(line.text),
            }
            n += 1;
        }
        out
    }
}
