//! One version of a plan file's text cut into the pieces a merge matches
//! by key (the header, each top-level entry, each item of a top-level list
//! of items, the trailer), with where each line's comment starts.
//!
//! It only reads: nothing here decides what the merged file holds.

use std::collections::HashMap;

use serde_json::Value;

use crate::domain::merge::keys as item_keys;
use crate::store::yaml::comments;
use crate::store::yaml::node::{self, Kind, Node};

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

/// The lines of `text`, each with where its comment starts.
fn lines<'t>(text: &'t str, root: &Node) -> Vec<Line<'t>> {
    comments::scan(text, root)
        .into_iter()
        .map(|(text, scanned)| Line {
            text,
            comment: scanned.comment,
            inner: scanned.inner,
        })
        .collect()
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
