//! One version of a plan file's text cut into the pieces a merge matches
//! by key (the header, each top-level entry, each item of a top-level list
//! of items, the trailer), with where each line's comment starts.
//!
//! It only reads: nothing here decides what the merged file holds.

use std::collections::HashMap;

use serde_json::Value;

use crate::domain::merge::item_key;
use crate::store::yaml::node::{self, Kind, Node, Style};

/// What a piece of the file is, the same in every version of it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(super) enum UnitKey {
    /// Comments and blank lines above the first key.
    Header,
    /// A top-level key and its value (for a list of items: the key line only).
    Entry(String),
    /// One item of the top-level list of items `.0`, known by its key.
    Item(String, String),
    /// Whatever follows the last entry.
    Trailer,
}

/// A piece of the file: the comment and blank lines leading to it, then
/// its body. Lines count from 1; a header or trailer has an empty body
/// (`end < start`, `start` being where it would go).
#[derive(Clone, Debug)]
pub(super) struct Unit {
    pub key: UnitKey,
    pub lead: u32,
    pub start: u32,
    pub end: u32,
}

impl Unit {
    /// The lines of the unit, lead and body.
    pub fn lines(&self) -> std::ops::RangeInclusive<u32> {
        self.lead..=self.end.max(self.start.saturating_sub(1))
    }

    /// Whether the body is written whole, not split into items.
    pub fn is_whole(&self, layout: &Layout<'_>) -> bool {
        match &self.key {
            UnitKey::Entry(key) => !layout.holds_items.iter().any(|k| k == key),
            UnitKey::Item(..) => true,
            UnitKey::Header | UnitKey::Trailer => false,
        }
    }
}

/// One line of the text.
#[derive(Clone, Debug)]
pub(super) struct Line<'t> {
    /// Without its line end.
    pub text: &'t str,
    /// The byte where its comment starts.
    pub comment: Option<usize>,
    /// Inside a multi-line scalar: nothing may be put before or after it.
    pub inner: bool,
}

impl<'t> Line<'t> {
    /// The line without its comment, trailing spaces or indentation.
    pub fn content(&self) -> &'t str {
        self.text[..self.comment.unwrap_or(self.text.len())].trim()
    }

    /// A whole-line comment.
    pub fn is_comment(&self) -> bool {
        self.comment.is_some() && self.content().is_empty()
    }

    /// The comment, from its `#`.
    pub fn comment_text(&self) -> Option<&'t str> {
        self.comment.map(|at| self.text[at..].trim_end())
    }

    /// The spaces before the first character.
    pub fn indent(&self) -> usize {
        self.text.len() - self.text.trim_start_matches(' ').len()
    }

    /// The content as it compares across versions: without a list dash
    /// (an item's first line is the same whatever its list's indentation).
    pub fn matchable(&self) -> &'t str {
        let mut c = self.content();
        while let Some(rest) = c.strip_prefix('-') {
            if !(rest.is_empty() || rest.starts_with(' ')) {
                break;
            }
            c = rest.trim_start();
        }
        c
    }

    /// `key` of a `key: …` line, for a plain key.
    pub fn key(&self) -> Option<&'t str> {
        let c = self.matchable();
        let (key, _) = c.split_once(':')?;
        let plain = !key.is_empty()
            && key
                .chars()
                .all(|ch| ch.is_alphanumeric() || ch == '_' || ch == '-');
        plain.then_some(key)
    }
}

/// A version's text, cut into units.
pub(super) struct Layout<'t> {
    pub lines: Vec<Line<'t>>,
    pub units: Vec<Unit>,
    /// Each unit's index in `units`, by key.
    by_key: HashMap<UnitKey, usize>,
    /// The top-level keys whose items are units of their own.
    holds_items: Vec<String>,
}

impl<'t> Layout<'t> {
    /// Cuts `text` (with `\n` line ends), whose loaded value is `value`;
    /// `None` when it is not a block mapping that parses.
    pub fn new(text: &'t str, value: &Value) -> Option<Layout<'t>> {
        let root = node::parse(text).ok()??;
        let Kind::Map(pairs) = &root.kind else {
            return None;
        };
        if root.flow {
            return None;
        }
        let lines = lines(text, &root);
        let count = lines.len() as u32;
        let line = |n: u32| lines.get(n as usize - 1).map_or("", |l| l.text);
        let first = pairs.first().map_or(count + 1, |(k, _)| k.start.line);
        let mut units = vec![Unit {
            key: UnitKey::Header,
            lead: 1,
            start: first,
            end: first - 1,
        }];
        let mut holds_items = Vec::new();
        let mut prev_end = first - 1;
        for (k, v) in pairs {
            let name = k.as_scalar()?.to_string();
            let key_line = k.start.line;
            let entry_end = k.last_line().max(v.last_line()).max(key_line);
            let items = v.items();
            let list = value.get(&name).and_then(Value::as_array);
            let split = match list {
                Some(list) if !v.flow && !items.is_empty() && list.len() == items.len() => {
                    items
                        .iter()
                        .all(|i| matches!(i.kind, Kind::Map(_)) && i.start.line > key_line)
                        && list.iter().all(Value::is_object)
                }
                _ => false,
            };
            units.push(Unit {
                key: UnitKey::Entry(name.clone()),
                lead: prev_end + 1,
                start: key_line,
                end: if split { key_line } else { entry_end },
            });
            prev_end = if split { key_line } else { entry_end };
            let Some(list) = list.filter(|_| split) else {
                continue;
            };
            holds_items.push(name.clone());
            for (item, key) in items.iter().zip(item_keys(&name, list)) {
                let mut dash = item.start.line;
                while dash > prev_end + 1 && !line(dash).trim_start().starts_with('-') {
                    dash -= 1;
                }
                let end = item.last_line().max(dash);
                units.push(Unit {
                    key: UnitKey::Item(name.clone(), key),
                    lead: prev_end + 1,
                    start: dash,
                    end,
                });
                prev_end = end;
            }
            prev_end = prev_end.max(entry_end);
        }
        units.push(Unit {
            key: UnitKey::Trailer,
            lead: prev_end + 1,
            start: count + 1,
            end: count,
        });
        let by_key = units
            .iter()
            .enumerate()
            .map(|(i, u)| (u.key.clone(), i))
            .rev()
            .collect();
        Some(Layout {
            lines,
            units,
            by_key,
            holds_items,
        })
    }

    /// Line `n` (from 1).
    pub fn line(&self, n: u32) -> Option<&Line<'t>> {
        self.lines.get((n as usize).checked_sub(1)?)
    }

    pub fn unit(&self, key: &UnitKey) -> Option<&Unit> {
        self.units.get(*self.by_key.get(key)?)
    }

    /// The comments of a unit's lines, in order.
    pub fn comments(&self, unit: &Unit) -> Vec<(u32, &'t str)> {
        unit.lines()
            .filter_map(|n| Some((n, self.line(n)?.comment_text()?)))
            .collect()
    }
}

/// The value of each unit in a version's loaded value, by unit key.
pub(super) fn unit_values(value: &Value) -> HashMap<UnitKey, &Value> {
    let mut out = HashMap::new();
    let Some(map) = value.as_object() else {
        return out;
    };
    for (name, v) in map {
        out.insert(UnitKey::Entry(name.clone()), v);
        let Some(list) = v.as_array().filter(|l| l.iter().all(Value::is_object)) else {
            continue;
        };
        for (key, item) in item_keys(name, list).into_iter().zip(list) {
            out.insert(UnitKey::Item(name.clone(), key), item);
        }
    }
    out
}

/// The key of each item of the list `name`, a repeated key numbered
/// (`a#2`) as the merge numbers it.
fn item_keys(name: &str, list: &[Value]) -> Vec<String> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    list.iter()
        .map(|v| {
            let key = item_key(name, v);
            let n = seen.entry(key.clone()).or_default();
            *n += 1;
            if *n == 1 {
                key
            } else {
                format!("{key}#{n}")
            }
        })
        .collect()
}

/// The lines of `text`, each with where its comment starts.
fn lines<'t>(text: &'t str, root: &Node) -> Vec<Line<'t>> {
    let texts: Vec<&str> = text
        .split_inclusive('\n')
        .map(|l| l.strip_suffix('\n').unwrap_or(l))
        .collect();
    let mut marks = Marks {
        texts: &texts,
        ends: vec![0; texts.len() + 2],
        inner: vec![false; texts.len() + 2],
        unscanned: vec![false; texts.len() + 2],
    };
    marks.walk(root);
    let (ends, inner, unscanned) = (marks.ends, marks.inner, marks.unscanned);
    texts
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let n = i + 1;
            let comment = if unscanned[n] {
                None
            } else {
                comment_start(text, ends[n])
            };
            Line {
                text,
                comment,
                inner: inner[n],
            }
        })
        .collect()
}

/// Per line (from 1): the column just past the last node ending on it,
/// whether it is inside a multi-line scalar, and whether it cannot hold a
/// comment at all.
struct Marks<'a, 't> {
    texts: &'a [&'t str],
    ends: Vec<u32>,
    inner: Vec<bool>,
    unscanned: Vec<bool>,
}

impl Marks<'_, '_> {
    fn mark(flags: &mut [bool], lines: std::ops::RangeInclusive<u32>) {
        for n in lines {
            if let Some(f) = flags.get_mut(n as usize) {
                *f = true;
            }
        }
    }

    fn end_at(&mut self, at: Option<(u32, u32)>) -> Option<(u32, u32)> {
        let (line, col) = at?;
        if let Some(e) = self.ends.get_mut(line as usize) {
            *e = (*e).max(col);
        }
        at
    }

    /// Marks the lines of `node`; returns the line and column just past
    /// its last character when it ends inside a line (not a block collection).
    fn walk(&mut self, node: &Node) -> Option<(u32, u32)> {
        match &node.kind {
            Kind::Scalar(text, style) => {
                let (first, last) = (node.start.line, node.last_line());
                if *style == Style::Block {
                    // A block scalar's node starts at its first line of text.
                    if !text.is_empty() {
                        Self::mark(&mut self.inner, first..=last);
                        Self::mark(&mut self.unscanned, first..=last);
                    }
                    return None;
                }
                if last > first {
                    Self::mark(&mut self.inner, first + 1..=last);
                    Self::mark(&mut self.unscanned, first..=last - 1);
                }
                // The parser's end of a quoted scalar runs on over the
                // spaces and comment after it.
                let end = match style {
                    Style::Quoted => quote_end(self.texts, first, node.start.col),
                    _ => (node.end.line == last).then_some((node.end.line, node.end.col)),
                };
                self.end_at(end)
            }
            Kind::Seq(items) => {
                let mut last = None;
                for item in items {
                    last = self.walk(item);
                }
                self.close(node, last)
            }
            Kind::Map(pairs) => {
                let mut last = None;
                for (k, v) in pairs {
                    last = self.walk(k).max(self.walk(v));
                }
                self.close(node, last)
            }
        }
    }

    /// The end of a flow collection: just past its closing bracket, found
    /// after its last entry (the parser's end of it runs on like a quoted
    /// scalar's).
    fn close(&mut self, node: &Node, last: Option<(u32, u32)>) -> Option<(u32, u32)> {
        if !node.flow {
            return None;
        }
        let (mut n, mut col) = last.unwrap_or((node.start.line, node.start.col + 1));
        loop {
            let text = self.texts.get((n as usize).checked_sub(1)?)?;
            let rest: Vec<char> = text.chars().skip(col as usize - 1).collect();
            for (i, ch) in rest.iter().enumerate() {
                match ch {
                    '}' | ']' => return self.end_at(Some((n, col + i as u32 + 1))),
                    '#' => break,
                    _ => {}
                }
            }
            n += 1;
            col = 1;
        }
    }
}

/// The line and column just past the closing quote of the quoted scalar
/// whose opening quote is at `line`, `col`.
fn quote_end(texts: &[&str], line: u32, col: u32) -> Option<(u32, u32)> {
    let first = texts.get((line as usize).checked_sub(1)?)?;
    let mut chars = first.chars().skip(col as usize - 1);
    let quote = chars.next().filter(|c| *c == '"' || *c == '\'')?;
    let (mut n, mut c) = (line, col + 1);
    let mut rest: Vec<char> = chars.collect();
    loop {
        let mut i = 0;
        while i < rest.len() {
            let ch = rest[i];
            if quote == '"' && ch == '\\' {
                i += 2;
                continue;
            }
            if ch == quote {
                if quote == '\'' && rest.get(i + 1) == Some(&'\'') {
                    i += 2;
                    continue;
                }
                return Some((n, c + i as u32 + 1));
            }
            i += 1;
        }
        n += 1;
        c = 1;
        rest = texts.get(n as usize - 1)?.chars().collect();
    }
}

/// Where the comment of a line starts: the first `#` after `end_col` (the
/// column just past the line's last node, 0 for none) that follows a space
/// or starts the line.
fn comment_start(text: &str, end_col: u32) -> Option<usize> {
    let from = match end_col {
        0 => 0,
        col => text
            .char_indices()
            .nth(col as usize - 1)
            .map_or(text.len(), |(i, _)| i),
    };
    let bytes = text.as_bytes();
    (from..bytes.len())
        .find(|&i| bytes[i] == b'#' && (i == 0 || matches!(bytes[i - 1], b' ' | b'\t')))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn comments_are_found_where_yaml_has_them() {
        let text = "# head\nterms: |\n  # not a comment\n  text\n# after the text\ntitle: \"a #1\"  # eol\nwords: 'it''s' # two\nlong: \"one\n  #two\"  # three\nlist:\n  - # dash\n    id: a   # the id\nflow: { a: b }  # fc\nseq: [a, 'b']  # sc\n";
        let layout = Layout::new(text, &json!({})).unwrap();
        let found: Vec<(usize, &str)> = layout
            .lines
            .iter()
            .enumerate()
            .filter_map(|(i, l)| Some((i + 1, l.comment_text()?)))
            .collect();
        assert_eq!(
            found,
            vec![
                (1, "# head"),
                (5, "# after the text"),
                (6, "# eol"),
                (7, "# two"),
                (9, "# three"),
                (11, "# dash"),
                (12, "# the id"),
                (13, "# fc"),
                (14, "# sc"),
            ]
        );
        assert!(layout.lines[2].inner && layout.lines[8].inner);
    }

    #[test]
    fn items_of_top_level_lists_are_units() {
        let text = "# head\nmilestones:  # all\n# first\n- id: a\n  title: A\n\n  # lead of b\n-   id: b\n    title: B\nnote: x\n# tail\n";
        let value = json!({"milestones": [{"id": "a", "title": "A"}, {"id": "b", "title": "B"}], "note": "x"});
        let layout = Layout::new(text, &value).unwrap();
        let units: Vec<(UnitKey, u32, u32, u32)> = layout
            .units
            .iter()
            .map(|u| (u.key.clone(), u.lead, u.start, u.end))
            .collect();
        let item = |k: &str| UnitKey::Item("milestones".into(), k.into());
        assert_eq!(
            units,
            vec![
                (UnitKey::Header, 1, 2, 1),
                (UnitKey::Entry("milestones".into()), 2, 2, 2),
                (item("a"), 3, 4, 5),
                (item("b"), 6, 8, 9),
                (UnitKey::Entry("note".into()), 10, 10, 10),
                (UnitKey::Trailer, 11, 12, 11),
            ]
        );
        assert_eq!(layout.lines[7].matchable(), "id: b");
        assert_eq!(layout.lines[7].key(), Some("id"));
        assert_eq!(
            unit_values(&value).get(&item("b")),
            Some(&&json!({"id": "b", "title": "B"}))
        );
    }
}
