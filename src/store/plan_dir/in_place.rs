//! Saving a change to a few items of a big list (a reading recorded on one
//! metric of a thousand) without parsing the whole file again, written and
//! read back item by item.
//!
//! A top-level block list is a run of items, each starting on its own
//! dash line at the list's column. Each item's *window* runs from its dash
//! line to the line before the next item's dash line; the last item's
//! runs to the line before the next line that holds text at or left of
//! that column (a key, a comment there) or to the end. Whatever a window
//! holds, the line after it closes every block, scalar and comment the
//! window opened, in the file as in the window read on its own. So a file
//! that loaded cleanly, with no aliases (the loader refuses them) and no
//! directives, reads as the same items when one window is replaced by a
//! text that, read on its own under the list's key, is one block item
//! starting with a dash at the same column and nothing else.
//!
//! Each changed window is rendered as the whole file would render it (the
//! same splice, over the window alone), then read back by the loader under
//! the list's key and compared with the item it was written from; the
//! lines outside the windows are the loaded text, byte for byte, whose
//! items are the loaded plan's and unchanged. Anything unusual (CRLF line
//! ends, a directive, an item written with its dash alone on a line, many
//! items changed, an item added or removed) is left to the whole-file
//! path, which renders, reads back and compares the whole file.

use serde::Serialize;
use serde_json::{Map, Value};

use super::{load_with_cache, Files, PlanDir, FILES, MAX_FILE_BYTES};
use crate::domain::model::{Metric, Milestone, Plan};
use crate::store::cache::{Cache, Key};
use crate::store::cached_file::{ItemLines, Part};
use crate::store::yaml::emit::{self, FileKind, Mode};
use crate::store::yaml::node::{self, Kind, Node};

/// A file made of one top-level list of items with ids.
pub(super) struct Listed<T: 'static> {
    pub rel: &'static str,
    pub kind: FileKind,
    pub key: &'static str,
    pub items: fn(&Plan) -> &[T],
    pub id: fn(&T) -> &str,
}

pub(super) const METRICS: Listed<Metric> = Listed {
    rel: "metrics.yaml",
    kind: FileKind::Metrics,
    key: "metrics",
    items: |p| &p.metrics.metrics,
    id: |m| m.id.as_str(),
};

pub(super) const MILESTONES: Listed<Milestone> = Listed {
    rel: "milestones.yaml",
    kind: FileKind::Milestones,
    key: "milestones",
    items: |p| &p.milestones.milestones,
    id: |m| m.id.as_str(),
};

/// More changed items than this, and the whole file is rendered: it costs
/// no more than so many windows then.
const MAX_WINDOWS: usize = 32;

/// A file's new text, and where its items now lie.
pub(super) struct Written {
    /// With the byte-order mark the file had.
    pub text: String,
    pub item_lines: ItemLines,
}

impl Written {
    /// Puts in `cache` what the new text of the file of `kind` reads as:
    /// `plan`'s part, the items where they now lie. Reading the plan after
    /// the save then parses nothing.
    pub(super) fn cache_in(&self, cache: &Cache, kind: FileKind, plan: &Plan) {
        let rel = FILES.iter().find(|(_, k)| *k == kind).map(|(rel, _)| *rel);
        if let (Some(rel), Some(payload)) = (rel, Part::encode(kind, plan, &self.item_lines)) {
            cache.put(&Key::new(rel, self.text.as_bytes()), &payload);
        }
    }
}

/// One changed item's window, rendered and read back.
struct Window {
    /// Which item of the list it holds.
    index: usize,
    /// Lines of the old text it replaces, 1-based, inclusive.
    first: u32,
    last: u32,
    text: String,
    /// How many lines `text` holds.
    lines: u32,
    /// The item's first and last line inside `text`, from 1.
    item: (u32, u32),
}

impl PlanDir {
    /// The new text of `spec`'s file when `new` changes only some of its
    /// items in place, written window by window and each read back; `None`
    /// when that does not apply or anything is unusual, for the whole-file
    /// path to do.
    pub(super) fn in_place<T: Serialize + PartialEq>(
        &self,
        spec: &Listed<T>,
        new: &Plan,
    ) -> Option<Written> {
        let source = self.file(spec.rel)?;
        if !source.clean || self.has_errors(spec.rel) {
            return None;
        }
        let text = source.text.as_deref()?;
        // CRLF files and directives (`%TAG` changes what a tag means) go the long way.
        if text.contains('\r') || text.starts_with('%') || text.contains("\n%") {
            return None;
        }
        let (old, now) = ((spec.items)(&self.plan), (spec.items)(new));
        if old.is_empty() || old.len() != now.len() {
            return None;
        }
        let (_, lines) = source.item_lines.iter().find(|(k, _)| *k == spec.key)?;
        if lines.len() != old.len() || source.kept.iter().any(|(k, _)| *k == spec.key) {
            return None;
        }
        let changed: Vec<usize> = (0..old.len()).filter(|&i| old[i] != now[i]).collect();
        if changed.is_empty() || changed.len() > MAX_WINDOWS {
            return None;
        }
        for &i in &changed {
            let id = (spec.id)(&old[i]);
            // The whole-file splice matches items by id: a repeated one
            // would be matched elsewhere.
            if (spec.id)(&now[i]) != id || old.iter().filter(|o| (spec.id)(o) == id).count() != 1 {
                return None;
            }
        }
        let starts = super::line_starts(text);
        let line = |n: u32| -> &str {
            let Some(&from) = starts.get(n as usize - 1) else {
                return "";
            };
            let to = starts.get(n as usize).copied().unwrap_or(text.len());
            &text[from..to]
        };
        let col = indent(line(lines[0].0));
        let mut windows = Vec::with_capacity(changed.len());
        for &i in &changed {
            let first = lines[i].0;
            let last = match lines.get(i + 1) {
                Some(&(next, _)) => {
                    if !is_dash_line(line(next), col) {
                        return None;
                    }
                    next - 1
                }
                None => {
                    let mut end = lines[i].1;
                    while (end as usize) < starts.len() {
                        let next = line(end + 1);
                        let blank = next.trim().is_empty();
                        if !blank && indent(next) <= col {
                            break;
                        }
                        end += 1;
                    }
                    end
                }
            };
            if !is_dash_line(line(first), col) || last < first {
                return None;
            }
            let from = starts[first as usize - 1];
            let to = starts.get(last as usize).copied().unwrap_or(text.len());
            let window = &text[from..to];
            let written = self.window(spec, &old[i], &now[i], window, col)?;
            windows.push(Window {
                index: i,
                first,
                last,
                lines: written.0.matches('\n').count() as u32,
                text: written.0,
                item: written.1,
            });
        }
        let bom = if source.bom { "\u{feff}" } else { "" };
        let mut out = String::with_capacity(text.len() + 64 * windows.len() + bom.len());
        out.push_str(bom);
        let mut at = 1u32;
        for w in &windows {
            let from = starts[at as usize - 1];
            let to = starts[w.first as usize - 1];
            out.push_str(&text[from..to]);
            out.push_str(&w.text);
            at = w.last + 1;
        }
        if let Some(&from) = starts.get(at as usize - 1) {
            out.push_str(&text[from..]);
        }
        // As the whole-file path writes it: every line ends with a newline.
        if !out.ends_with('\n') {
            out.push('\n');
        }
        if out.len() as u64 > MAX_FILE_BYTES {
            return None;
        }
        Some(Written {
            text: out,
            item_lines: moved(&source.item_lines, spec.key, &windows),
        })
    }

    /// The new text of one item's `window` (from its dash line, at column
    /// `col`), read back on its own and compared with `new`; and the
    /// item's first and last line in it.
    fn window<T: Serialize>(
        &self,
        spec: &Listed<T>,
        old: &T,
        new: &T,
        window: &str,
        col: usize,
    ) -> Option<(String, (u32, u32))> {
        let head = format!("{}:\n", spec.key);
        let old_doc = format!("{head}{window}");
        let root = node::parse(&old_doc).ok()??;
        lone_item(&root, spec.key)?;
        let doc = |item: Value| {
            let mut map = Map::new();
            map.insert(spec.key.to_string(), Value::Array(vec![item]));
            Value::Object(map)
        };
        let (old_v, new_v) = (doc(json(old)?), json(new)?);
        let rendered = emit::render(
            spec.kind,
            Some((&old_doc, &root, &old_v)),
            &doc(new_v.clone()),
            Mode::Keep,
        );
        let text = rendered.strip_prefix(&head)?;
        let fits = text.ends_with('\n')
            && is_dash_line(text, col)
            && !text.contains('\r')
            && text
                .lines()
                .all(|l| !(l.starts_with("---") || l.starts_with("...") || l.starts_with('%')));
        if !fits {
            return None;
        }
        // Read back as the loader reads the file, under the list's key.
        let new_doc = format!("{head}{text}");
        let root = node::parse(&new_doc).ok()??;
        let item = lone_item(&root, spec.key)?;
        let files = [(spec.rel, new_doc.as_bytes())];
        let loaded = load_with_cache(&self.dir, Files::Memory(&files), None).ok()?;
        let clean = !loaded.load_errors.iter().any(|d| d.file == spec.rel)
            && loaded.file(spec.rel).is_some_and(|f| f.clean);
        match (spec.items)(&loaded.plan) {
            [back] if clean && json(back)? == new_v => {}
            _ => return None,
        }
        Some((
            text.to_string(),
            (item.start.line - 1, item.last_line() - 1),
        ))
    }
}

/// The one item of a document `key:` + a window: a block mapping starting
/// on the window's first line, in a block list, the document's only key.
fn lone_item<'n>(root: &'n Node, key: &str) -> Option<&'n Node> {
    let Kind::Map(pairs) = &root.kind else {
        return None;
    };
    let [(k, list)] = pairs.as_slice() else {
        return None;
    };
    if k.as_scalar() != Some(key) || list.flow {
        return None;
    }
    let [item] = list.items() else {
        return None;
    };
    (matches!(item.kind, Kind::Map(_)) && !item.flow && item.start.line == 2).then_some(item)
}

/// A line that starts a list item at `col`: spaces, a dash, then a space
/// or the line's end.
fn is_dash_line(line: &str, col: usize) -> bool {
    let rest = &line.as_bytes()[line.len().min(col)..];
    indent(line) == col && matches!(rest, [b'-', b' ' | b'\n', ..] | [b'-'])
}

/// Leading spaces.
fn indent(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

fn json<T: Serialize>(value: &T) -> Option<Value> {
    serde_json::to_value(value).ok()
}

/// Where the file's items lie once `windows` (of items of the list `key`,
/// in order) replaced their lines: the changed items where their windows
/// put them, every item after a window moved by the lines it gained or
/// lost.
fn moved(old: &ItemLines, key: &'static str, windows: &[Window]) -> ItemLines {
    let shift = |line: u32| -> u32 {
        let mut delta: i64 = 0;
        for w in windows.iter().take_while(|w| w.last < line) {
            delta += i64::from(w.lines) - i64::from(w.last - w.first + 1);
        }
        (i64::from(line) + delta).max(1) as u32
    };
    old.iter()
        .map(|(k, items)| {
            let items = items
                .iter()
                .enumerate()
                .map(|(i, &(first, last))| {
                    let window = windows.iter().find(|w| *k == key && w.index == i);
                    match window {
                        Some(w) => {
                            let start = shift(w.first);
                            (start + w.item.0 - 1, start + w.item.1 - 1)
                        }
                        None => (shift(first), shift(last)),
                    }
                })
                .collect();
            (*k, items)
        })
        .collect()
}

#[cfg(test)]
mod tests;
