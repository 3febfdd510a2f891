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

use std::collections::{HashMap, HashSet};

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
    text.contains('#') || text.contains("\n\n") || text.contains("\n\r\n") || {
        text.lines().any(|l| l.trim().is_empty() && !l.is_empty())
    }
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

/// The parts of each line that scalars take, for the lines that hold a `#`:
/// a `#` there is part of a value, not a comment.
struct Taken {
    /// Lines wholly inside a scalar (the body of a block scalar, the
    /// middle lines of a multi-line quoted one).
    whole: HashSet<u32>,
    /// Character ranges `[from, to)` (0-based) taken on a line.
    spans: HashMap<u32, Vec<(u32, u32)>>,
}

fn taken(
    lines: &[&str],
    root: &Node,
    hash_lines: &HashSet<u32>,
    blank_lines: &HashSet<u32>,
) -> Taken {
    let mut t = Taken {
        whole: HashSet::new(),
        spans: HashMap::new(),
    };
    let mut stack = vec![root];
    while let Some(n) = stack.pop() {
        match &n.kind {
            Kind::Map(pairs) => {
                for (k, v) in pairs {
                    stack.push(k);
                    stack.push(v);
                }
            }
            Kind::Seq(items) => stack.extend(items.iter()),
            Kind::Scalar(_, style) => {
                let from = n.start;
                let first_char = lines
                    .get(from.line as usize - 1)
                    .and_then(|l| l.chars().nth(from.col as usize - 1));
                let quoted = *style == Style::Quoted
                    || matches!(style, Style::Tagged(_)) && matches!(first_char, Some('"' | '\''));
                let to = if quoted {
                    // The parser's end of a quoted scalar may reach past
                    // its closing quote, over a comment.
                    quoted_end(lines, from)
                } else {
                    n.end
                };
                let block = *style == Style::Block
                    || matches!(style, Style::Tagged(_)) && !quoted && from.line != to.line;
                let interesting = |l: u32| hash_lines.contains(&l) || blank_lines.contains(&l);
                if block {
                    for l in from.line..=to.line {
                        if interesting(l) {
                            t.whole.insert(l);
                        }
                    }
                    continue;
                }
                if from.line == to.line {
                    if hash_lines.contains(&from.line) {
                        t.spans
                            .entry(from.line)
                            .or_default()
                            .push((from.col - 1, to.col - 1));
                    }
                    continue;
                }
                if hash_lines.contains(&from.line) {
                    t.spans
                        .entry(from.line)
                        .or_default()
                        .push((from.col - 1, u32::MAX));
                }
                for l in from.line + 1..to.line {
                    if interesting(l) {
                        t.whole.insert(l);
                    }
                }
                if hash_lines.contains(&to.line) {
                    t.spans.entry(to.line).or_default().push((0, to.col - 1));
                }
                // A blank line inside a multi-line scalar is part of it.
                if blank_lines.contains(&to.line) {
                    t.whole.insert(to.line);
                }
            }
        }
    }
    t
}

/// Just past the closing quote of the quoted scalar that starts at `from`.
fn quoted_end(lines: &[&str], from: node::Pos) -> node::Pos {
    let mut line = from.line;
    let mut skip = from.col as usize - 1;
    let mut quote: Option<char> = None;
    while let Some(text) = lines.get(line as usize - 1) {
        let mut chars = text.chars().enumerate().skip(skip).peekable();
        while let Some((i, c)) = chars.next() {
            match quote {
                None => quote = Some(c),
                Some('"') if c == '\\' => {
                    chars.next();
                }
                Some('\'') if c == '\'' && chars.peek().is_some_and(|(_, n)| *n == '\'') => {
                    chars.next();
                }
                Some(q) if c == q => {
                    return node::Pos {
                        line,
                        col: i as u32 + 2,
                    }
                }
                _ => {}
            }
        }
        line += 1;
        skip = 0;
    }
    node::Pos {
        line: lines.len() as u32,
        col: u32::MAX,
    }
}

/// The character column where a comment starts on `line`, if it holds one.
fn comment_col(line: &str, spans: Option<&Vec<(u32, u32)>>) -> Option<u32> {
    let mut prev: Option<char> = None;
    for (i, c) in line.chars().enumerate() {
        let i = i as u32;
        if c == '#'
            && prev.is_none_or(|p| p == ' ' || p == '\t')
            && !spans.is_some_and(|s| s.iter().any(|&(a, b)| i >= a && i < b))
        {
            return Some(i);
        }
        prev = Some(c);
    }
    None
}

fn read_layout(text: &str, root: &Node) -> Layout {
    let lines: Vec<&str> = text
        .split_inclusive('\n')
        .map(|l| l.trim_end_matches('\n').trim_end_matches('\r'))
        .collect();
    let hash_lines: HashSet<u32> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.contains('#'))
        .map(|(i, _)| i as u32 + 1)
        .collect();
    let blank_lines: HashSet<u32> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.trim().is_empty())
        .map(|(i, _)| i as u32 + 1)
        .collect();
    let taken = taken(&lines, root, &hash_lines, &blank_lines);
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
    for (i, line) in lines.iter().enumerate() {
        let n = i as u32 + 1;
        if taken.whole.contains(&n) {
            continue;
        }
        let here = by_line.get(&n);
        if line.trim().is_empty() {
            pending.push(String::new());
            continue;
        }
        let comment = if hash_lines.contains(&n) {
            comment_col(line, taken.spans.get(&n))
        } else {
            None
        };
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
