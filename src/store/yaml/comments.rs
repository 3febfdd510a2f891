//! Carrying a person's comments and blank lines from one text of a YAML
//! document to another text of the same document.
//!
//! Used when charter must write a part of a file anew (`charter fmt`, an
//! item that changes shape, a file written as one flow mapping): every
//! comment is tied to the key or list item it was written on or above, by
//! its path in the document, and put back on or above the same key or item
//! in the new text. A comment whose key is gone moves to the nearest key
//! above it that is still there, so nothing a person wrote is dropped.
//!
//! It must never change a value: comments are only added on their own
//! lines or after the end of a line, never inside a scalar.

use std::collections::HashMap;

use compact_str::CompactString;

use super::node::{self, Kind, Node, Style};

/// One step of a path into the document.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Step {
    Key(CompactString),
    Index(usize),
}

/// Where a key or list item starts, and its path.
struct Start {
    line: u32,
    col: u32,
    path: Vec<Step>,
}

/// What a document's text holds besides its values.
#[derive(Default)]
struct Layout {
    /// Comment and blank lines above the first key: the file's header.
    header: Vec<String>,
    /// Comment and blank lines above a key or item, by its path.
    before: Vec<(Vec<Step>, Vec<String>)>,
    /// End-of-line comments (with the spaces before them) by the path of
    /// the key or item their line holds.
    after: Vec<(Vec<Step>, String)>,
    /// Comment and blank lines after the last key.
    trailer: Vec<String>,
}

/// Whether `text` holds anything [`carry`] would keep.
pub fn has_layout(text: &str) -> bool {
    text.contains('#') || text.lines().any(|l| l.trim().is_empty())
}

/// `new` (another text of the document `old` holds, parsed as `old_root`)
/// with `old`'s comments and blank lines put back at the same keys and
/// items. Returns `new` unchanged when it cannot be read.
pub fn carry(old: &str, old_root: Option<&Node>, new: &str) -> String {
    let Some(old_root) = old_root else {
        return new.to_string();
    };
    if !has_layout(old) {
        return new.to_string();
    }
    let layout = read_layout(old, old_root);
    if layout.header.is_empty()
        && layout.before.is_empty()
        && layout.after.is_empty()
        && layout.trailer.is_empty()
    {
        return new.to_string();
    }
    let Ok(Some(new_root)) = node::parse(new) else {
        return new.to_string();
    };
    let mut starts = Vec::new();
    collect_starts(&new_root, &mut Vec::new(), &mut starts);
    let mut line_of: HashMap<&[Step], u32> = HashMap::with_capacity(starts.len());
    for s in &starts {
        line_of.entry(s.path.as_slice()).or_insert(s.line);
    }
    // The line a path starts on in the new text, or that of its nearest
    // ancestor there; `None` for the top of the document.
    let find = |path: &[Step]| -> Option<u32> {
        (1..=path.len())
            .rev()
            .find_map(|n| line_of.get(&path[..n]).copied())
    };
    let mut above: HashMap<u32, Vec<&str>> = HashMap::new();
    let mut header: Vec<&str> = layout.header.iter().map(String::as_str).collect();
    for (path, lines) in &layout.before {
        match find(path) {
            Some(line) => above
                .entry(line)
                .or_default()
                .extend(lines.iter().map(String::as_str)),
            None => header.extend(lines.iter().map(String::as_str)),
        }
    }
    let mut tails: HashMap<u32, String> = HashMap::new();
    for (path, comment) in &layout.after {
        match find(path) {
            Some(line) => tails.entry(line).or_default().push_str(comment),
            None => header.push(comment.trim_start()),
        }
    }
    let mut out = String::with_capacity(new.len() + old.len() / 4);
    for line in &header {
        out.push_str(line);
        out.push('\n');
    }
    for (i, line) in new.split_inclusive('\n').enumerate() {
        let n = i as u32 + 1;
        let body = line.trim_end_matches('\n');
        if let Some(lines) = above.get(&n) {
            // Comments above a key or item line up with it.
            let indent = body.len() - body.trim_start_matches(' ').len();
            for l in lines {
                let l = l.trim_start_matches([' ', '\t']);
                if !l.is_empty() {
                    out.extend(std::iter::repeat_n(' ', indent));
                    out.push_str(l);
                }
                out.push('\n');
            }
        }
        out.push_str(body);
        if let Some(tail) = tails.get(&n) {
            out.push_str(tail);
        }
        out.push('\n');
    }
    for line in &layout.trailer {
        out.push_str(line);
        out.push('\n');
    }
    out
}

fn collect_starts(node: &Node, path: &mut Vec<Step>, out: &mut Vec<Start>) {
    match &node.kind {
        Kind::Map(pairs) => {
            for (k, v) in pairs {
                path.push(Step::Key(CompactString::from(k.as_scalar().unwrap_or(""))));
                out.push(Start {
                    line: k.start.line,
                    col: k.start.col,
                    path: path.clone(),
                });
                // A value on a line of its own (`? key` / `: value`, or a
                // scalar below its key) owns the comments of that line too.
                if v.start.line != k.start.line && matches!(v.kind, Kind::Scalar(..)) {
                    out.push(Start {
                        line: v.start.line,
                        col: v.start.col,
                        path: path.clone(),
                    });
                }
                collect_starts(v, path, out);
                path.pop();
            }
        }
        Kind::Seq(items) => {
            for (i, item) in items.iter().enumerate() {
                path.push(Step::Index(i));
                out.push(Start {
                    line: item.start.line,
                    col: item.start.col,
                    path: path.clone(),
                });
                collect_starts(item, path, out);
                path.pop();
            }
        }
        Kind::Scalar(..) => {}
    }
}

/// What [`scan`] finds on a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scanned {
    /// The byte where its comment starts.
    pub comment: Option<usize>,
    /// Inside a multi-line scalar (its text, not a place for a comment).
    pub inner: bool,
}

/// The lines of `text` (without their line ends), each with where its
/// comment starts: the one reading of comments that every writer uses.
pub fn scan<'t>(text: &'t str, root: &Node) -> Vec<(&'t str, Scanned)> {
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
            (
                *text,
                Scanned {
                    comment,
                    inner: inner[n],
                },
            )
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

fn read_layout(text: &str, root: &Node) -> Layout {
    let scanned = scan(text, root);
    let mut starts = Vec::new();
    collect_starts(root, &mut Vec::new(), &mut starts);
    // Starts by line, in document order.
    let mut by_line: HashMap<u32, Vec<usize>> = HashMap::new();
    for (i, s) in starts.iter().enumerate() {
        by_line.entry(s.line).or_default().push(i);
    }
    let mut layout = Layout::default();
    let mut pending: Vec<String> = Vec::new();
    let mut seen_start = false;
    for (i, (line, found)) in scanned.iter().enumerate() {
        let n = i as u32 + 1;
        let line = line.trim_end_matches('\r');
        // The character column of the line's comment.
        let comment = found
            .comment
            .filter(|&b| b <= line.len())
            .map(|b| line[..b].chars().count() as u32);
        if found.inner && comment.is_none() {
            continue;
        }
        let here = by_line.get(&n);
        if line.trim().is_empty() {
            pending.push(String::new());
            continue;
        }
        let first_char = line.chars().position(|c| c != ' ' && c != '\t');
        if let (Some(col), Some(first)) = (comment, first_char) {
            if col as usize == first {
                // A line that is only a comment.
                pending.push(line.to_string());
                continue;
            }
        }
        if let Some(first) = here.and_then(|h| h.first()) {
            if !pending.is_empty() {
                let lines = std::mem::take(&mut pending);
                if seen_start {
                    layout.before.push((starts[*first].path.clone(), lines));
                } else {
                    layout.header = lines;
                }
            }
            seen_start = true;
        }
        let Some(col) = comment else { continue };
        let byte = line
            .char_indices()
            .nth(col as usize)
            .map_or(line.len(), |(b, _)| b);
        let before = &line[..byte];
        let gap = before.len() - before.trim_end().len();
        let comment_text = format!("{}{}", " ".repeat(gap.max(1)), &line[byte..]);
        let owner = here.and_then(|h| h.iter().rev().find(|&&s| starts[s].col - 1 < col));
        match owner {
            Some(&s) => layout.after.push((starts[s].path.clone(), comment_text)),
            // A comment on a line where no key starts (a lone list dash, a
            // closing bracket) goes on its own line above what follows.
            None => pending.push(format!(
                "{}{}",
                " ".repeat(first_char.unwrap_or(0)),
                comment_text.trim_start()
            )),
        }
    }
    // Blank lines at the very end are not a person's layout.
    while pending.last().is_some_and(String::is_empty) {
        pending.pop();
    }
    if seen_start {
        layout.trailer = pending;
    } else {
        layout.header = pending;
    }
    layout
}

#[cfg(test)]
mod tests {
    use super::*;

    fn carried(old: &str, new: &str) -> String {
        let root = node::parse(old).unwrap();
        carry(old, root.as_ref(), new)
    }

    #[test]
    fn end_of_line_and_full_line_comments_follow_their_keys() {
        let old = "# header\ngoals:\n- id: g   # the g\n  # about the title\n  title: G\n# between\n- id: h\n  title: H\n# the end\n";
        let new = "goals:\n  - id: g\n    title: G\n  - id: h\n    title: H\n";
        assert_eq!(
            carried(old, new),
            "# header\ngoals:\n  - id: g   # the g\n    # about the title\n    title: G\n  # between\n  - id: h\n    title: H\n# the end\n"
        );
    }

    #[test]
    fn comments_inside_values_are_values() {
        let old =
            "a: \"x # y\"  # real\nb: |\n  # not a comment\n  text\n# after the block\nc: 1\n";
        let new = "a: \"x # y\"\nb: |\n  # not a comment\n  text\nc: 1\n";
        assert_eq!(
            carried(old, new),
            "a: \"x # y\"  # real\nb: |\n  # not a comment\n  text\n# after the block\nc: 1\n"
        );
    }

    #[test]
    fn a_comment_on_a_lone_dash_moves_above_its_item() {
        let old = "actions:\n  - # second\n    title: B\n";
        let new = "actions:\n  - { title: B }\n";
        assert_eq!(
            carried(old, new),
            "actions:\n  # second\n  - { title: B }\n"
        );
    }

    #[test]
    fn a_comment_whose_key_is_gone_goes_to_its_parent() {
        let old = "m:\n  - id: a\n    done_on: null  # not yet\n";
        let new = "m:\n  - id: a\n";
        assert_eq!(carried(old, new), "m:\n  - id: a  # not yet\n");
    }

    #[test]
    fn carrying_twice_is_carrying_once() {
        let old = "# h\nx:\n  - { on: 2026-01-01, value: 1 }   # first\n\n  - on: 2026-02-01  # second\n    value: 2\n";
        let new = "x:\n  - { on: 2026-01-01, value: 1 }\n  - { on: 2026-02-01, value: 2 }\n";
        let once = carried(old, new);
        assert_eq!(carried(&once, new), once);
        assert!(once.contains("# first") && once.contains("# second") && once.contains("# h"));
    }
}
