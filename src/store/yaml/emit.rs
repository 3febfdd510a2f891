//! Writing plan files: canonical YAML, spliced into the text a person wrote.
//!
//! The model is serialized (field order = canonical order) to an ordered
//! JSON value, then written. When the file already exists, each mapping key
//! and list item is matched with its original text: an item whose value did
//! not change keeps its exact lines, comments and blank lines included, and
//! only changed items are written anew, at the indentation the file already
//! uses. List items are matched by `id`, or by equal value when they have none.
//!
//! Style rules: the short records listed in [`flow_paths`] are one-line flow
//! mappings, lists of plain values are flow lists, multi-line text is a
//! literal block, and strings are quoted only when YAML requires it.

use serde_json::{Map, Value};

use super::comments;
use super::node::{self, Kind, Node};

/// Which file is written: the style of a key depends on the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Plan,
    Charter,
    Goals,
    Milestones,
    Committee,
    Agents,
    Metrics,
    Review,
    Skills,
    Workshops,
    Incidents,
    Surveys,
    People,
    Recognition,
}

/// Keep unchanged items as written (saving), or make everything canonical
/// while keeping comments (`charter fmt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Keep,
    Canonical,
}

/// Key paths (list indexes left out) whose records are written as one-line flow mappings.
fn flow_paths(kind: FileKind) -> &'static [&'static [&'static str]] {
    match kind {
        FileKind::Plan => &[&["units"]],
        FileKind::Charter => &[&["channels"]],
        FileKind::Milestones => &[&["milestones", "actions"]],
        FileKind::Committee => &[
            &["members"],
            &["routines"],
            &["routines", "meetings", "decisions"],
            &["routines", "meetings", "actions"],
        ],
        FileKind::Metrics => &[
            &["metrics", "baseline"],
            &["metrics", "target"],
            &["metrics", "breakdown"],
            &["metrics", "readings"],
        ],
        FileKind::Review => &[&["metrics"], &["decisions"], &["actions"]],
        FileKind::Skills => &[&["assessments", "scores"]],
        FileKind::Workshops => &[&["workshops", "tools"]],
        FileKind::Incidents => &[&["incidents", "actions"]],
        FileKind::Surveys => &[&["surveys", "scores"]],
        FileKind::People => &[
            &["reps", "training"],
            &["reps", "on_the_job"],
            &["reps", "certification", "scores"],
            &["coaching"],
        ],
        FileKind::Recognition => &[&["heroes"], &["service_week", "days"]],
        FileKind::Goals | FileKind::Agents => &[],
    }
}

fn is_flow(kind: FileKind, path: &[&str]) -> bool {
    flow_paths(kind).contains(&path)
}

/// Whether `value` at `path` is written as a one-line flow mapping: its
/// path says so, and it holds no text of several lines and no list of
/// mappings (a routine with its meetings is written in block style).
fn flows(kind: FileKind, path: &[&str], value: &Value) -> bool {
    is_flow(kind, path) && fits_one_line(value)
}

fn fits_one_line(value: &Value) -> bool {
    match value {
        Value::String(s) => !s.contains('\n'),
        Value::Array(items) => items.iter().all(|v| !v.is_object() && fits_one_line(v)),
        Value::Object(map) => map.values().all(fits_one_line),
        _ => true,
    }
}

/// The canonical text of a whole document.
pub fn canonical(kind: FileKind, value: &Value) -> String {
    let mut out = String::new();
    if let Value::Object(map) = value {
        let mut path = Vec::new();
        for (key, v) in map {
            entry(kind, &mut path, key, v, 0, &mut out);
        }
    }
    out
}

/// The new text of a file: `new` written over `original` (its text, tree and
/// loaded value), keeping what did not change as the person wrote it.
pub fn render(
    kind: FileKind,
    original: Option<(&str, &Node, &Value)>,
    new: &Value,
    mode: Mode,
) -> String {
    let Some((text, root, old)) = original else {
        return canonical(kind, new);
    };
    if mode == Mode::Keep && old == new {
        return text.to_string();
    }
    let (Kind::Map(_), Value::Object(new_map), Value::Object(old_map)) = (&root.kind, new, old)
    else {
        return canonical(kind, new);
    };
    // `fmt`, and a file written as one flow mapping (or JSON): the whole
    // text is written anew, with the person's comments put back at their keys.
    if root.flow || mode == Mode::Canonical {
        return comments::carry(text, Some(root), &canonical(kind, new));
    }
    let src = Source::new(text);
    let mut w = Splice {
        kind,
        src: &src,
        path: Vec::new(),
    };
    let mut out = String::new();
    let indent = match &root.kind {
        Kind::Map(pairs) => pairs.first().map_or(0, |(k, _)| key_col(&src, k)),
        _ => 0,
    };
    // Comments above the first key are the file's header: they stay on top
    // whatever key comes first.
    let first_key = match &root.kind {
        Kind::Map(pairs) => pairs.first().map_or(1, |(k, _)| k.start.line),
        _ => 1,
    };
    src.push_lines(1, first_key - 1, &mut out);
    w.map(root, old_map, new_map, first_key, indent, None, &mut out);
    let last = root.last_line();
    src.push_lines(last + 1, src.len(), &mut out);
    out
}

/// `fresh`, the new text of lines `from..=to` of the source, with the
/// comments those lines held. `dash` is the column of a list dash on
/// `from` that belongs to an enclosing item, not to these lines.
fn with_comments(
    src: &Source<'_>,
    from: u32,
    to: u32,
    dash: Option<usize>,
    fresh: String,
) -> String {
    let mut old = src.text(from, to);
    if !comments::has_layout(&old) {
        return fresh;
    }
    if let Some(col) = dash {
        if old.as_bytes().get(col) == Some(&b'-') {
            old.replace_range(col..col + 1, " ");
        }
    }
    match node::parse(&old) {
        Ok(Some(root)) => comments::carry(&old, Some(&root), &fresh),
        _ => fresh,
    }
}

/// The original text as lines, each with its newline.
struct Source<'t> {
    lines: Vec<&'t str>,
}

impl<'t> Source<'t> {
    fn new(text: &'t str) -> Source<'t> {
        Source {
            lines: text.split_inclusive('\n').collect(),
        }
    }

    fn len(&self) -> u32 {
        self.lines.len() as u32
    }

    fn line(&self, n: u32) -> &'t str {
        self.lines.get(n as usize - 1).copied().unwrap_or("")
    }

    /// Appends lines `from..=to` (1-based), each ending in a newline.
    fn push_lines(&self, from: u32, to: u32, out: &mut String) {
        for n in from..=to.min(self.len()) {
            let line = self.line(n);
            out.push_str(line);
            if !line.ends_with('\n') {
                out.push('\n');
            }
        }
    }

    fn text(&self, from: u32, to: u32) -> String {
        let mut s = String::new();
        self.push_lines(from, to, &mut s);
        s
    }
}

struct Splice<'s, 't> {
    kind: FileKind,
    src: &'s Source<'t>,
    path: Vec<&'s str>,
}

/// The column (from 0) where a mapping key's entry starts: the key's own,
/// or that of the `?` before an explicit key.
fn key_col(src: &Source<'_>, key: &Node) -> usize {
    let col = key.start.col as usize - 1;
    let line = src.line(key.start.line);
    let before: String = line.chars().take(col).collect();
    let trimmed = before.trim_end();
    match trimmed.strip_suffix('?') {
        Some(rest) => rest.chars().count(),
        None => col,
    }
}

/// Leading spaces of a line.
fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

impl<'s> Splice<'s, '_> {
    /// Writes a block mapping's entries. `region` is the first line that may
    /// hold comments leading to its first key; `dash` is the line and column
    /// of the list dash when the mapping is a list item.
    #[allow(clippy::too_many_arguments)]
    fn map(
        &mut self,
        node: &'s Node,
        old: &Map<String, Value>,
        new: &'s Map<String, Value>,
        region: u32,
        indent: usize,
        dash: Option<(u32, usize)>,
        out: &mut String,
    ) {
        let Kind::Map(pairs) = &node.kind else { return };
        let mut ends = Vec::with_capacity(pairs.len());
        let mut prev_end = region.saturating_sub(1);
        for (k, v) in pairs {
            let end = k.last_line().max(v.last_line()).max(k.start.line);
            ends.push((prev_end + 1, k.start.line, end));
            prev_end = end;
        }
        for (key, nv) in written_order(pairs, new) {
            let found = pairs
                .iter()
                .position(|(k, _)| k.as_scalar() == Some(key.as_str()));
            let Some(i) = found else {
                if old.get(key) == Some(nv) {
                    // A default the person left out: keep leaving it out.
                    continue;
                }
                entry(self.kind, &mut self.path.clone(), key, nv, indent, out);
                continue;
            };
            let (lead, start, end) = ends[i];
            let value_node = &pairs[i].1;
            self.src.push_lines(lead, start - 1, out);
            let ov = old.get(key);
            if ov == Some(nv) {
                self.src.push_lines(start, end, out);
                continue;
            }
            self.path.push(key);
            let nested = self.recurse_ok(value_node, nv, start);
            self.path.pop();
            if !nested {
                let mut fresh = String::new();
                entry(
                    self.kind,
                    &mut self.path.clone(),
                    key,
                    nv,
                    indent,
                    &mut fresh,
                );
                let dash = dash.filter(|(line, _)| *line == start).map(|(_, col)| col);
                out.push_str(&with_comments(self.src, start, end, dash, fresh));
                continue;
            }
            self.src.push_lines(start, start, out);
            let child_indent = self.block_indent(value_node, start);
            self.path.push(key);
            match (nv, ov) {
                (Value::Object(nm), Some(Value::Object(om))) => {
                    self.map(value_node, om, nm, start + 1, child_indent, None, out)
                }
                (Value::Array(na), Some(Value::Array(oa))) => {
                    self.seq(value_node, oa, na, start + 1, child_indent, out)
                }
                _ => {}
            }
            self.path.pop();
        }
    }

    /// Whether a changed value can be written entry by entry under its
    /// original key line, rather than as a whole. `self.path` ends with its key.
    fn recurse_ok(&self, node: &Node, value: &Value, key_line: u32) -> bool {
        if node.flow {
            return false;
        }
        // An indentless list starts on its key's line; its first item does not.
        match (&node.kind, value) {
            (Kind::Map(p), Value::Object(_)) => {
                p.first().is_some_and(|(k, _)| k.start.line > key_line)
                    && !flows(self.kind, &self.path, value)
            }
            (Kind::Seq(items), Value::Array(a)) => {
                items.first().is_some_and(|i| i.start.line > key_line)
                    && a.iter().all(Value::is_object)
            }
            _ => false,
        }
    }

    /// Whether `item` is a flow mapping written with no space inside its
    /// braces: `{on: 2026-01-05, value: 64}`.
    fn tight_braces(&self, item: &Node) -> bool {
        if !item.flow || !matches!(item.kind, Kind::Map(_)) {
            return false;
        }
        let mut rest = self
            .src
            .line(item.start.line)
            .chars()
            .skip(item.start.col as usize - 1);
        rest.next() == Some('{') && !matches!(rest.next(), Some(' ' | '}') | None)
    }

    /// The column where a block collection's children start, as written.
    fn block_indent(&self, node: &Node, key_line: u32) -> usize {
        match &node.kind {
            Kind::Map(pairs) => pairs.first().map_or(0, |(k, _)| key_col(self.src, k)),
            Kind::Seq(_) => {
                let mut line = key_line + 1;
                while line <= self.src.len() {
                    let text = self.src.line(line);
                    if text.trim_start().starts_with('-') {
                        return indent_of(text);
                    }
                    line += 1;
                }
                0
            }
            Kind::Scalar(..) => 0,
        }
    }

    fn seq(
        &mut self,
        node: &'s Node,
        old: &[Value],
        new: &'s [Value],
        region: u32,
        dash_col: usize,
        out: &mut String,
    ) {
        let Kind::Seq(items) = &node.kind else { return };
        let mut spans = Vec::with_capacity(items.len());
        let mut prev_end = region.saturating_sub(1);
        for item in items {
            let mut dash = item.start.line;
            while dash > prev_end + 1 && !self.src.line(dash).trim_start().starts_with('-') {
                dash -= 1;
            }
            let end = item.last_line().max(dash);
            spans.push((prev_end + 1, dash, end));
            prev_end = end;
        }
        // Comment lines between two items that are indented deeper than the
        // second one's dash were written under the first (after its last
        // key, or after a block scalar): they belong to it.
        for j in 1..spans.len() {
            let (lead, dash, _) = spans[j];
            let dash_indent = indent_of(self.src.line(dash));
            let mut line = lead;
            while line < dash {
                let text = self.src.line(line);
                if !text.trim_start().starts_with('#') || indent_of(text) <= dash_indent {
                    break;
                }
                line += 1;
            }
            if line > lead {
                spans[j - 1].2 = line - 1;
                spans[j].0 = line;
            }
        }
        let mut used = vec![false; items.len()];
        let mut by_value = ByValue::new(old);
        let mut matches: Vec<Option<usize>> = Vec::with_capacity(new.len());
        for nv in new {
            let matched = match nv.get("id").and_then(Value::as_str) {
                Some(id) => old
                    .iter()
                    .position(|ov| ov.get("id").and_then(Value::as_str) == Some(id)),
                None => by_value.first_unused(old, nv, &used),
            }
            .filter(|&j| j < items.len() && !used[j]);
            if let Some(j) = matched {
                used[j] = true;
            }
            matches.push(matched);
        }
        // Items without an id that changed: the k-th changed item takes the
        // place (and the comments) of the k-th item no longer there, so a
        // corrected reading or action stays where it was.
        let mut vacant = (0..items.len())
            .filter(|&j| !used[j] && old.get(j).is_some_and(|o| o.get("id").is_none()));
        for (m, nv) in matches.iter_mut().zip(new) {
            if m.is_none() && nv.get("id").is_none() {
                *m = vacant.next();
            }
        }
        for (nv, matched) in new.iter().zip(matches) {
            let Some(j) = matched else {
                // A new item takes the style of the list's last item: a
                // list a person wrote in block style stays in block style.
                let block = items
                    .last()
                    .is_some_and(|i| !i.flow && matches!(i.kind, Kind::Map(_)));
                if block && nv.is_object() && flows(self.kind, &self.path, nv) {
                    block_item(self.kind, &self.path, nv, dash_col, out);
                } else {
                    let mut fresh = String::new();
                    seq_item(self.kind, &self.path, nv, dash_col, &mut fresh);
                    // `{on: …}` as PyYAML and ruamel write it, when the
                    // last item was written so.
                    let tight = items.last().is_some_and(|i| self.tight_braces(i));
                    out.push_str(&if tight { tighten(&fresh) } else { fresh });
                }
                continue;
            };
            let (lead, dash, end) = spans[j];
            self.src.push_lines(lead, dash - 1, out);
            let item = &items[j];
            if old[j] == *nv {
                self.src.push_lines(dash, end, out);
                continue;
            }
            let written_dash = indent_of(self.src.line(dash));
            match (&item.kind, nv, &old[j]) {
                (Kind::Map(pairs), Value::Object(nm), Value::Object(om))
                    if !item.flow
                        && !flows(self.kind, &self.path, nv)
                        && item.start.line == dash =>
                {
                    let key_indent = pairs
                        .first()
                        .map_or(dash_col + 2, |(k, _)| key_col(self.src, k));
                    let mut buf = String::new();
                    self.map(
                        item,
                        om,
                        nm,
                        dash,
                        key_indent,
                        Some((dash, written_dash)),
                        &mut buf,
                    );
                    out.push_str(&put_dash(&buf, self.src.line(dash), written_dash, dash_col));
                    // Comment lines written under the item's last key.
                    self.src
                        .push_lines(item.last_line().max(dash) + 1, end, out);
                }
                _ => {
                    let mut fresh = String::new();
                    if !item.flow && matches!(item.kind, Kind::Map(_)) && nv.is_object() {
                        block_item(self.kind, &self.path, nv, dash_col, &mut fresh);
                    } else {
                        seq_item(self.kind, &self.path, nv, dash_col, &mut fresh);
                    }
                    out.push_str(&with_comments(self.src, dash, end, None, fresh));
                }
            }
        }
    }
}

/// The order a mapping's keys are written in: the file's own order for the
/// keys it has, and each new key after the key that precedes it in the
/// canonical order, so an edit never moves lines it does not change.
fn written_order<'v>(
    pairs: &[(Node, Node)],
    new: &'v Map<String, Value>,
) -> Vec<(&'v String, &'v Value)> {
    let mut order: Vec<(&String, &Value)> = pairs
        .iter()
        .filter_map(|(k, _)| new.get_key_value(k.as_scalar()?))
        .collect();
    if order.len() == new.len() {
        return order;
    }
    let mut previous: Option<&String> = None;
    for (key, value) in new {
        if !order.iter().any(|(k, _)| *k == key) {
            let at = previous
                .and_then(|p| order.iter().position(|(k, _)| *k == p))
                .map_or(0, |i| i + 1);
            order.insert(at, (key, value));
        }
        previous = Some(key);
    }
    order
}

/// Finds the first unused item of a list equal to a value, for items
/// without an id. Long lists are indexed by a hash of each item's value, so
/// matching a list of n items is O(n), not O(n²): a metric's readings run
/// into the hundreds.
struct ByValue {
    /// Item indexes by value hash, each bucket in list order; `None` for a
    /// short list, searched directly.
    buckets: Option<std::collections::HashMap<u64, Vec<usize>>>,
}

impl ByValue {
    const INDEX_FROM: usize = 16;

    fn new(old: &[Value]) -> ByValue {
        let buckets = (old.len() >= Self::INDEX_FROM).then(|| {
            let mut map: std::collections::HashMap<u64, Vec<usize>> =
                std::collections::HashMap::with_capacity(old.len());
            for (j, v) in old.iter().enumerate() {
                map.entry(value_hash(v)).or_default().push(j);
            }
            map
        });
        ByValue { buckets }
    }

    fn first_unused(&mut self, old: &[Value], nv: &Value, used: &[bool]) -> Option<usize> {
        let free = |j: usize| !used.get(j).copied().unwrap_or(false) && old[j] == *nv;
        match &mut self.buckets {
            None => (0..old.len()).find(|&j| free(j)),
            Some(map) => {
                let bucket = map.get_mut(&value_hash(nv))?;
                // Used items only ever leave a bucket's front in practice
                // (lists keep their order), so drop them as they are met.
                while bucket
                    .first()
                    .is_some_and(|&j| used.get(j).copied().unwrap_or(false))
                {
                    bucket.remove(0);
                }
                bucket.iter().copied().find(|&j| free(j))
            }
        }
    }
}

/// A hash of a JSON value that equal values share: numbers by their kind
/// and value, mappings whatever their key order.
fn value_hash(v: &Value) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    match v {
        Value::Null => 0u8.hash(&mut h),
        Value::Bool(b) => (1u8, b).hash(&mut h),
        Value::Number(n) => {
            2u8.hash(&mut h);
            if let Some(u) = n.as_u64() {
                (0u8, u).hash(&mut h);
            } else if let Some(i) = n.as_i64() {
                (1u8, i).hash(&mut h);
            } else {
                (2u8, n.as_f64().map(f64::to_bits)).hash(&mut h);
            }
        }
        Value::String(s) => (3u8, s).hash(&mut h),
        Value::Array(items) => {
            (4u8, items.len()).hash(&mut h);
            for item in items {
                value_hash(item).hash(&mut h);
            }
        }
        Value::Object(map) => {
            let entries = map.iter().fold(0u64, |acc, (k, x)| {
                let mut e = std::collections::hash_map::DefaultHasher::new();
                (k, value_hash(x)).hash(&mut e);
                acc.wrapping_add(e.finish())
            });
            (5u8, map.len(), entries).hash(&mut h);
        }
    }
    h.finish()
}

/// Puts the list dash on the first content line of a rendered item, and
/// removes it from the original first line if that line moved.
fn put_dash(
    rendered: &str,
    original_dash_line: &str,
    written_col: usize,
    dash_col: usize,
) -> String {
    let mut lines: Vec<String> = rendered.split_inclusive('\n').map(str::to_string).collect();
    for line in &mut lines {
        if line.trim_end_matches('\n') == original_dash_line.trim_end_matches('\n')
            && line.as_bytes().get(written_col) == Some(&b'-')
        {
            line.replace_range(written_col..written_col + 1, " ");
        }
    }
    if let Some(first) = lines.iter_mut().find(|l| {
        let t = l.trim_start();
        !t.is_empty() && !t.starts_with('#')
    }) {
        if first.len() > dash_col && first.as_bytes()[..=dash_col].iter().all(|b| *b == b' ') {
            first.replace_range(dash_col..dash_col + 1, "-");
        }
    }
    lines.concat()
}

// ---------------------------------------------------------------------------
// Canonical writing

fn pad(out: &mut String, indent: usize) {
    out.extend(std::iter::repeat_n(' ', indent));
}

/// The widest line a list of plain values is written on before it goes one item per line.
const MAX_FLOW_WIDTH: usize = 80;

/// `key: value` at `indent`, `path` being the keys above `key`.
fn entry<'p>(
    kind: FileKind,
    path: &mut Vec<&'p str>,
    key: &'p str,
    value: &'p Value,
    indent: usize,
    out: &mut String,
) {
    path.push(key);
    pad(out, indent);
    out.push_str(key);
    out.push(':');
    match value {
        Value::Array(items) if items.is_empty() => out.push_str(" []\n"),
        Value::Array(items) if items.iter().all(|i| !i.is_object() && !i.is_array()) => {
            // Short lists (ids, words) fit on the key's line; lists of
            // sentences read better one per line.
            let mut line = String::new();
            flow_in(value, is_date_key(key), &mut line);
            if indent + key.chars().count() + 2 + line.chars().count() <= MAX_FLOW_WIDTH {
                out.push(' ');
                out.push_str(&line);
                out.push('\n');
            } else {
                out.push('\n');
                for item in items {
                    seq_item(kind, path, item, indent + 2, out);
                }
            }
        }
        Value::Array(items) => {
            out.push('\n');
            for item in items {
                seq_item(kind, path, item, indent + 2, out);
            }
        }
        Value::Object(map) if map.is_empty() => out.push_str(" {}\n"),
        Value::Object(map) => {
            if flows(kind, path, value) {
                out.push(' ');
                flow(value, out);
                out.push('\n');
            } else {
                out.push('\n');
                for (k, v) in map {
                    entry(kind, path, k, v, indent + 2, out);
                }
            }
        }
        Value::String(s) if s.contains('\n') => block_text(s, indent + 2, out),
        scalar => {
            out.push(' ');
            plain_or_quoted_in(scalar, false, is_date_key(key), out);
            out.push('\n');
        }
    }
    path.pop();
}

/// A mapping as a block list item at `indent` (the dash's column), even
/// where the canonical style is a flow mapping.
fn block_item(kind: FileKind, path: &[&str], item: &Value, indent: usize, out: &mut String) {
    let Value::Object(map) = item else {
        return seq_item(kind, path, item, indent, out);
    };
    let mut buf = String::new();
    // A path no flow rule names, so nested values follow the block rules.
    let mut p: Vec<&str> = vec![""];
    for (k, v) in map {
        entry(kind, &mut p, k, v, indent + 2, &mut buf);
    }
    if buf.len() > indent {
        buf.replace_range(indent..indent + 1, "-");
    }
    out.push_str(&buf);
}

/// One list item at `indent` (the dash's column).
fn seq_item(kind: FileKind, path: &[&str], item: &Value, indent: usize, out: &mut String) {
    match item {
        Value::Object(map) if !map.is_empty() && !flows(kind, path, item) => {
            let mut buf = String::new();
            let mut p: Vec<&str> = path.to_vec();
            for (k, v) in map {
                entry(kind, &mut p, k, v, indent + 2, &mut buf);
            }
            buf.replace_range(indent..indent + 1, "-");
            out.push_str(&buf);
        }
        _ => {
            pad(out, indent);
            out.push_str("- ");
            match item {
                Value::Object(_) | Value::Array(_) => flow(item, out),
                Value::String(s) if s.contains('\n') => plain_or_quoted(item, true, out),
                scalar => plain_or_quoted_in(
                    scalar,
                    false,
                    path.last().is_some_and(|k| is_date_key(k)),
                    out,
                ),
            }
            out.push('\n');
        }
    }
}

/// A one-line list item `- { a: 1 }` as `- {a: 1}`: only its own braces,
/// which open after the dash and close the line.
fn tighten(line: &str) -> String {
    let Some(body) = line.strip_suffix(" }\n") else {
        return line.to_string();
    };
    match body.find("- { ") {
        Some(at) if body[..at].bytes().all(|b| b == b' ') => {
            format!("{}- {{{}}}\n", &body[..at], &body[at + 4..])
        }
        _ => line.to_string(),
    }
}

/// A value on one line: `{ a: 1, b: [x, y] }`.
fn flow(value: &Value, out: &mut String) {
    flow_in(value, false, out)
}

/// [`flow`], where `dates` says whether the values are dates.
fn flow_in(value: &Value, dates: bool, out: &mut String) {
    match value {
        Value::Object(map) if map.is_empty() => out.push_str("{}"),
        Value::Object(map) => {
            out.push_str("{ ");
            for (i, (k, v)) in map.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(k);
                out.push_str(": ");
                flow_in(v, is_date_key(k), out);
            }
            out.push_str(" }");
        }
        Value::Array(items) => {
            out.push('[');
            for (i, v) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                flow_in(v, dates, out);
            }
            out.push(']');
        }
        scalar => plain_or_quoted_in(scalar, true, dates, out),
    }
}

fn plain_or_quoted(value: &Value, in_flow: bool, out: &mut String) {
    plain_or_quoted_in(value, in_flow, false, out)
}

/// Keys whose values are dates: only there is `2026-01-05` written plain.
const DATE_KEYS: &[&str] = &[
    "start",
    "end",
    "approved_on",
    "due",
    "done_on",
    "held",
    "on",
    "by",
    "date",
    "forecast",
    "trial_until",
    "planned",
    "done",
    "from",
    "until",
    "left",
    "shared",
];

fn is_date_key(key: &str) -> bool {
    DATE_KEYS.contains(&key)
}

/// Text shaped like a date (or a YAML 1.1 timestamp): a YAML 1.1 reader
/// takes it for one, so outside date fields it is quoted.
fn looks_like_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 8
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5].is_ascii_digit()
        && s.chars()
            .all(|c| c.is_ascii_digit() || "-:.Tt Zz+".contains(c))
}

fn plain_or_quoted_in(value: &Value, in_flow: bool, dates: bool, out: &mut String) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&number(n)),
        Value::String(s) => {
            if plain_ok(s, in_flow) && (dates || !looks_like_date(s)) {
                out.push_str(s);
            } else {
                double_quoted(s, out);
            }
        }
        Value::Array(_) | Value::Object(_) => flow(value, out),
    }
}

/// Numbers as a person writes them (see [`crate::domain::number::plain`]);
/// integers as they are.
pub fn number(n: &serde_json::Number) -> String {
    match n.as_f64() {
        Some(f) if n.is_f64() => crate::domain::number::plain(f),
        _ => n.to_string(),
    }
}

/// Whether `s` reads back as the same string when written without quotes.
fn plain_ok(s: &str, in_flow: bool) -> bool {
    let Some(first) = s.chars().next() else {
        return false;
    };
    if "-?:,[]{}#&*!|>'\"%@`".contains(first) || first.is_whitespace() {
        return false;
    }
    // A final `-` after a space reads as the start of a list item in flow style.
    if s.ends_with(char::is_whitespace) || s.ends_with(':') || s.ends_with('-') {
        return false;
    }
    // A colon anywhere is quoted: YAML 1.1 readers stumble on it in flow context.
    if s.contains(':')
        || s.contains(" #")
        || s.chars()
            .any(|c| c.is_control() || c == '\u{feff}' || c == '\u{2028}' || c == '\u{2029}')
    {
        return false;
    }
    if in_flow && s.contains([',', '[', ']', '{', '}']) {
        return false;
    }
    !looks_typed(s)
}

/// Strings a YAML reader (1.1 or 1.2) would take for something else.
fn looks_typed(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    if matches!(
        lower.as_str(),
        "~" | "="
            | "<<"
            | "null"
            | "true"
            | "false"
            | "yes"
            | "no"
            | "on"
            | "off"
            | ".inf"
            | "-.inf"
            | "+.inf"
            | ".nan"
    ) {
        return true;
    }
    let digits = s.trim_start_matches(['+', '-']);
    digits.starts_with(|c: char| c.is_ascii_digit() || c == '.')
        && (s.replace('_', "").parse::<f64>().is_ok()
            || digits.starts_with("0x")
            || digits.starts_with("0o")
            || digits
                .chars()
                .all(|c| c.is_ascii_digit() || c == ':' || c == '_' || c == '.'))
}

fn double_quoted(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() || c == '\u{feff}' || c == '\u{2028}' || c == '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Multi-line text as a literal block, when it can be one exactly.
fn block_text(s: &str, indent: usize, out: &mut String) {
    let trailing = s.len() - s.trim_end_matches('\n').len();
    let body = s.trim_end_matches('\n');
    let literal_ok = trailing <= 1
        && !body.starts_with(' ')
        && !body.is_empty()
        && !s.chars().any(|c| {
            (c.is_control() && c != '\n') || c == '\u{feff}' || c == '\u{2028}' || c == '\u{2029}'
        });
    if !literal_ok {
        out.push(' ');
        double_quoted(s, out);
        out.push('\n');
        return;
    }
    out.push_str(if trailing == 1 { " |\n" } else { " |-\n" });
    for line in body.split('\n') {
        if !line.is_empty() {
            pad(out, indent);
            out.push_str(line);
        }
        out.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::super::node::parse;
    use super::*;
    use serde_json::json;

    fn round(kind: FileKind, text: &str, old: &Value, new: &Value, mode: Mode) -> String {
        let root = parse(text).unwrap().unwrap();
        render(kind, Some((text, &root, old)), new, mode)
    }

    #[test]
    fn canonical_milestones() {
        let v = json!({"milestones": [{"id": "a", "title": "A: first", "agents": ["x", "y"], "status": "planned",
            "actions": [{"title": "Do it", "done": false}]}]});
        assert_eq!(
            canonical(FileKind::Milestones, &v),
            "milestones:\n  - id: a\n    title: \"A: first\"\n    agents: [x, y]\n    status: planned\n    actions:\n      - { title: Do it, done: false }\n"
        );
    }

    #[test]
    fn a_routine_with_meetings_is_written_in_block_style() {
        let v = json!({"routines": [
            {"id": "steering", "name": "Steering", "every": "4w"},
            {"id": "team", "name": "Team meeting", "every": "1w", "attendees": ["dana", "yossi"],
             "meetings": [{"on": "2026-02-02", "attendees": ["dana"], "minutes": 30,
                "summary": "Callbacks.\nAnd holds.\n",
                "decisions": [{"text": "Use the script", "owner": "dana"}],
                "actions": [{"text": "Draft it", "owner": "yossi", "done": false}]}]}]});
        assert_eq!(
            canonical(FileKind::Committee, &v),
            "routines:\n  - { id: steering, name: Steering, every: 4w }\n  - id: team\n    name: Team meeting\n    every: 1w\n    attendees: [dana, yossi]\n    meetings:\n      - on: 2026-02-02\n        attendees: [dana]\n        minutes: 30\n        summary: |\n          Callbacks.\n          And holds.\n        decisions:\n          - { text: Use the script, owner: dana }\n        actions:\n          - { text: Draft it, owner: yossi, done: false }\n"
        );
    }

    #[test]
    fn a_new_meeting_keeps_the_routine_and_its_comments() {
        let text = "routines:\n  - id: team   # weekly, Sunday\n    name: Team meeting\n    every: 1w\n    meetings:\n      # the first one\n      - on: 2026-02-02\n        summary: Callbacks\n";
        let old = json!({"routines": [{"id": "team", "name": "Team meeting", "every": "1w",
            "meetings": [{"on": "2026-02-02", "summary": "Callbacks"}]}]});
        let new = json!({"routines": [{"id": "team", "name": "Team meeting", "every": "1w",
            "meetings": [{"on": "2026-02-02", "summary": "Callbacks"},
                         {"on": "2026-02-09", "summary": "Holds"}]}]});
        let out = round(FileKind::Committee, text, &old, &new, Mode::Keep);
        assert_eq!(
            out,
            format!("{text}      - on: 2026-02-09\n        summary: Holds\n")
        );
    }

    #[test]
    fn a_new_reading_takes_the_braces_of_the_last_one() {
        let old =
            json!({"metrics": [{"id": "fcr", "readings": [{"on": "2026-01-05", "value": 64}]}]});
        let new = json!({"metrics": [{"id": "fcr", "readings": [
            {"on": "2026-01-05", "value": 64},
            {"on": "2026-01-12", "value": 65, "unit": "north"}]}]});
        for (last, added) in [
            // PyYAML and ruamel write no space inside the braces.
            (
                "{on: 2026-01-05, value: 64}",
                "{on: 2026-01-12, value: 65, unit: north}",
            ),
            (
                "{ on: 2026-01-05, value: 64 }",
                "{ on: 2026-01-12, value: 65, unit: north }",
            ),
            (
                "{  on: 2026-01-05, value: 64}",
                "{ on: 2026-01-12, value: 65, unit: north }",
            ),
        ] {
            let text = format!("metrics:\n  - id: fcr\n    readings:\n      - {last}  # first\n");
            let out = round(FileKind::Metrics, &text, &old, &new, Mode::Keep);
            assert_eq!(out, format!("{text}      - {added}\n"));
            let back = parse(&out).unwrap().unwrap();
            let readings = back.get("metrics").unwrap().items()[0]
                .get("readings")
                .unwrap();
            assert_eq!(
                readings.items()[1].get("unit").unwrap().as_scalar(),
                Some("north")
            );
        }
        assert_eq!(tighten("  - { a: { b: 1 } }\n"), "  - {a: { b: 1 }}\n");
        assert_eq!(tighten("  - [a]\n"), "  - [a]\n");
        assert_eq!(tighten("  - x: { a: 1 }\n"), "  - x: { a: 1 }\n");
    }

    #[test]
    fn quoting_rules() {
        let q = |s: &str| {
            let mut o = String::new();
            plain_or_quoted(&json!(s), false, &mut o);
            o
        };
        assert_eq!(q("%"), "\"%\"");
        assert_eq!(q("true"), "\"true\"");
        assert_eq!(q("123"), "\"123\"");
        // A date-like title is quoted (a YAML 1.1 reader would take it
        // for a date); in a date field it is the date, written plain.
        assert_eq!(q("2026-01-05"), "\"2026-01-05\"");
        let mut o = String::new();
        plain_or_quoted_in(&json!("2026-01-05"), false, true, &mut o);
        assert_eq!(o, "2026-01-05");
        assert_eq!(q("2026-01-05 10:00:00"), "\"2026-01-05 10:00:00\"");
        assert_eq!(q("="), "\"=\"");
        assert_eq!(q("<<"), "\"<<\"");
        assert_eq!(q("2026 plan"), "2026 plan");
        assert_eq!(q("שירות מעולה"), "שירות מעולה");
        assert_eq!(q("Sun–Thu 08:00–20:00"), "\"Sun–Thu 08:00–20:00\"");
        assert_eq!(q("a: b"), "\"a: b\"");
        assert_eq!(q(" lead"), "\" lead\"");
        assert_eq!(q("say \"hi\""), "say \"hi\"");
    }

    #[test]
    fn literal_blocks() {
        let v = json!({"terms": "Line one.\nLine two.\n"});
        assert_eq!(
            canonical(FileKind::Charter, &v),
            "terms: |\n  Line one.\n  Line two.\n"
        );
        let v = json!({"terms": "no end\nnewline"});
        assert_eq!(
            canonical(FileKind::Charter, &v),
            "terms: |-\n  no end\n  newline\n"
        );
    }

    #[test]
    fn unchanged_items_keep_comments() {
        let text = "# Milestones of Acme\nmilestones:\n  # the first one\n  - id: a   # keep me\n    title: A\n    status: planned\n\n  - id: b\n    title: B\n    status: planned\n";
        let old = json!({"milestones": [
            {"id": "a", "title": "A", "status": "planned"},
            {"id": "b", "title": "B", "status": "planned"}]});
        let new = json!({"milestones": [
            {"id": "a", "title": "A", "status": "planned"},
            {"id": "b", "title": "B", "status": "done"}]});
        let out = round(FileKind::Milestones, text, &old, &new, Mode::Keep);
        assert_eq!(
            out,
            text.replace("B\n    status: planned", "B\n    status: done")
        );
    }

    #[test]
    fn appended_reading_adds_one_line() {
        let text = "metrics:\n  - id: fcr\n    name: FCR\n    direction: up\n    readings:\n      - { on: 2026-01-31, value: 63 } # first\n";
        let old = json!({"metrics": [{"id": "fcr", "name": "FCR", "direction": "up",
            "readings": [{"on": "2026-01-31", "value": 63}]}]});
        let new = json!({"metrics": [{"id": "fcr", "name": "FCR", "direction": "up",
            "readings": [{"on": "2026-01-31", "value": 63}, {"on": "2026-02-28", "value": 64.5}]}]});
        let out = round(FileKind::Metrics, text, &old, &new, Mode::Keep);
        assert_eq!(
            out,
            format!("{text}      - {{ on: 2026-02-28, value: 64.5 }}\n")
        );
    }

    #[test]
    fn first_key_change_keeps_the_dash() {
        let text = "goals:\n  - title: Old\n    id: g\n";
        let old = json!({"goals": [{"id": "g", "title": "Old"}]});
        let new = json!({"goals": [{"id": "g", "title": "New"}]});
        let out = round(FileKind::Goals, text, &old, &new, Mode::Keep);
        assert_eq!(out, "goals:\n  - title: New\n    id: g\n");
        assert!(parse(&out).is_ok());
    }

    #[test]
    fn four_space_indent_is_respected() {
        let text = "goals:\n    -   id: g\n        title: Old\n    -   id: h\n        title: H\n";
        let old = json!({"goals": [{"id": "g", "title": "Old"}, {"id": "h", "title": "H"}]});
        let new = json!({"goals": [{"id": "g", "title": "New"}, {"id": "h", "title": "H"}, {"id": "i", "title": "I"}]});
        let out = round(FileKind::Goals, text, &old, &new, Mode::Keep);
        let root = parse(&out)
            .map_err(|e| format!("{e:?}\n{out}"))
            .unwrap()
            .unwrap();
        let goals = root.get("goals").unwrap().items();
        assert_eq!(goals.len(), 3);
        assert_eq!(goals[0].get("title").unwrap().as_scalar(), Some("New"));
        assert!(out.contains("    -   id: h\n        title: H\n"));
    }

    #[test]
    fn fmt_makes_canonical_but_keeps_comments() {
        let text = "# header\ngoals:\n- {id: g, title: G}   \n# between\n- id: h\n  title: H\n";
        let v = json!({"goals": [{"id": "g", "title": "G"}, {"id": "h", "title": "H"}]});
        let out = round(FileKind::Goals, text, &v, &v, Mode::Canonical);
        assert_eq!(
            out,
            "# header\ngoals:\n  - id: g\n    title: G\n  # between\n  - id: h\n    title: H\n"
        );
        let again = round(FileKind::Goals, &out, &v, &v, Mode::Canonical);
        assert_eq!(again, out);
    }
}

#[cfg(test)]
mod by_value_tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn equal_values_hash_alike_whatever_the_key_order() {
        let a = json!({"on": "2026-01-05", "value": 63.5, "unit": "t"});
        let b: Value =
            serde_json::from_str(r#"{"unit": "t", "value": 63.5, "on": "2026-01-05"}"#).unwrap();
        assert_eq!(a, b);
        assert_eq!(value_hash(&a), value_hash(&b));
        assert_ne!(
            value_hash(&a),
            value_hash(&json!({"on": "2026-01-05", "value": 64}))
        );
    }

    #[test]
    fn the_index_finds_the_first_unused_equal_item_like_a_search() {
        let old: Vec<Value> = (0..40)
            .map(|i| json!({"on": i % 7, "value": i % 3}))
            .collect();
        let used: Vec<bool> = (0..40).map(|i| i % 5 == 0).collect();
        let mut indexed = ByValue::new(&old);
        assert!(indexed.buckets.is_some());
        for nv in old.iter().chain([json!({"on": 99})].iter()) {
            let expected = (0..old.len()).find(|&j| !used[j] && old[j] == *nv);
            assert_eq!(indexed.first_unused(&old, nv, &used), expected, "{nv}");
        }
    }
}
