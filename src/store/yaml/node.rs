//! A compact YAML tree with the position of every node, built from the
//! saphyr-parser event stream.
//!
//! Only what plan files need is accepted: one document, no aliases (which
//! also rules out "billion laughs" expansion), no duplicate keys, a
//! bounded nesting depth so that a hostile file cannot exhaust the stack,
//! and no tags but YAML's core ones (`!!str`, `!!int`, `!!float`, `!!bool`,
//! `!!null`, and `!!seq`/`!!map` on what they name), each checked against
//! its value here: a tag is honoured or refused, never silently dropped.

use crate::t;
use std::collections::HashSet;

use compact_str::CompactString;
use saphyr_parser::{Event, Parser, ScalarStyle, Span};

pub use super::core::Tag;

/// Deeper nesting than this is refused: plan files need five or six levels.
pub const MAX_DEPTH: usize = 64;

/// A position in a file: line and column, both counted from 1 (columns in characters).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pos {
    pub line: u32,
    pub col: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Kind {
    /// Short text (most keys and values) is stored inline, without a heap
    /// allocation: a large plan holds hundreds of thousands of them.
    Scalar(CompactString, Style),
    Seq(Vec<Node>),
    Map(Vec<(Node, Node)>),
}

/// How a scalar was written: a plain scalar may be a number, a boolean or null.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    Plain,
    Quoted,
    Block,
    /// Written with a core tag (`!!str 2026`, `!!int "12"`): the tag, not
    /// how the text looks, says what the value is, and the text was
    /// checked to fit it. Rare, so it lives here rather than in every node.
    Tagged(Tag),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub kind: Kind,
    pub start: Pos,
    /// Just past the node's last character.
    pub end: Pos,
    /// A `{…}` or `[…]` collection rather than a block one.
    pub flow: bool,
}

/// A problem in the YAML text itself.
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    pub pos: Pos,
    pub message: String,
}

impl Node {
    pub fn as_scalar(&self) -> Option<&str> {
        match &self.kind {
            Kind::Scalar(text, _) => Some(text),
            _ => None,
        }
    }

    /// A plain `null`, `~` or empty scalar, or one tagged `!!null`.
    pub fn is_null(&self) -> bool {
        matches!(&self.kind, Kind::Scalar(t, Style::Plain) if is_null_text(t))
            || matches!(&self.kind, Kind::Scalar(_, Style::Tagged(Tag::Null)))
    }

    /// The value of `key` in a mapping.
    pub fn get(&self, key: &str) -> Option<&Node> {
        self.entry(key).map(|(_, v)| v)
    }

    pub fn entry(&self, key: &str) -> Option<&(Node, Node)> {
        match &self.kind {
            Kind::Map(pairs) => pairs.iter().find(|(k, _)| k.as_scalar() == Some(key)),
            _ => None,
        }
    }

    pub fn items(&self) -> &[Node] {
        match &self.kind {
            Kind::Seq(items) => items,
            _ => &[],
        }
    }

    /// The last line that holds a character of this node.
    pub fn last_line(&self) -> u32 {
        match &self.kind {
            Kind::Scalar(..) => {
                if self.end.col <= 1 && self.end.line > self.start.line {
                    self.end.line - 1
                } else {
                    self.end.line
                }
            }
            _ if self.flow => self.end.line,
            Kind::Seq(items) => items.last().map_or(self.start.line, Node::last_line),
            Kind::Map(pairs) => pairs
                .last()
                .map_or(self.start.line, |(k, v)| k.last_line().max(v.last_line())),
        }
    }
}

pub fn is_null_text(text: &str) -> bool {
    super::core::is_null(text)
}

fn pos(span: &Span, end: bool) -> Pos {
    let m = if end { span.end } else { span.start };
    Pos {
        line: m.line() as u32,
        col: m.col() as u32 + 1,
    }
}

enum Open {
    Seq(Vec<Node>, Pos, bool),
    /// Pairs, the key waiting for its value, start, flow, and — once the
    /// mapping is big — the set of its keys.
    Map(
        Vec<(Node, Node)>,
        Option<Node>,
        Pos,
        bool,
        Option<HashSet<CompactString>>,
    ),
}

/// Mappings with more keys than this check duplicates through a set, so a
/// mapping of thousands of keys stays linear.
const SMALL_MAP: usize = 16;

/// Parses one YAML document. `Ok(None)` for a file with no content at all.
pub fn parse(text: &str) -> Result<Option<Node>, SyntaxError> {
    let mut parser = Parser::new_from_str(text);
    let mut stack: Vec<Open> = Vec::new();
    let mut root: Option<Node> = None;
    let mut documents = 0;
    // Where each line starts, worked out at the first block scalar.
    let mut lines: Option<Vec<usize>> = None;
    let mut cursor = CharCursor {
        text,
        chars: 0,
        byte: 0,
    };
    while let Some(event) = parser.next_event() {
        let (event, span) = event.map_err(|e| {
            let at = Pos {
                line: e.marker().line() as u32,
                col: e.marker().col() as u32 + 1,
            };
            explain_syntax_error(text, &stack, at, e.info())
        })?;
        let node = match event {
            Event::DocumentStart(_) => {
                documents += 1;
                if documents > 1 {
                    return Err(SyntaxError {
                        pos: pos(&span, false),
                        message: t!("yaml-second-document"),
                    });
                }
                continue;
            }
            Event::Alias(_) => return Err(SyntaxError {
                pos: pos(&span, false),
                message:
                    "aliases (`*name`) are not allowed in plan files: write the value out in full"
                        .into(),
            }),
            Event::Scalar(value, style, _, tag) => {
                let block = matches!(style, ScalarStyle::Literal | ScalarStyle::Folded);
                let style = match (tag, style) {
                    (Some(tag), _) => Style::Tagged(scalar_tag(&tag, &value, pos(&span, false))?),
                    (None, ScalarStyle::Plain) => Style::Plain,
                    (None, ScalarStyle::SingleQuoted | ScalarStyle::DoubleQuoted) => Style::Quoted,
                    (None, ScalarStyle::Literal | ScalarStyle::Folded) => Style::Block,
                };
                let start = pos(&span, false);
                let mut end = pos(&span, true);
                if block {
                    end = block_end(
                        text,
                        lines.get_or_insert_with(|| line_spans(text)),
                        start,
                        end,
                    );
                }
                Node {
                    kind: Kind::Scalar(CompactString::from(value.as_ref()), style),
                    start,
                    end,
                    flow: false,
                }
            }
            Event::SequenceStart(_, ref tag) | Event::MappingStart(_, ref tag) => {
                let is_seq = matches!(event, Event::SequenceStart(..));
                if let Some(tag) = tag {
                    collection_tag(tag, is_seq, pos(&span, false))?;
                }
                if stack.len() >= MAX_DEPTH {
                    return Err(SyntaxError {
                        // The same bracket as when the parser's own limit trips first.
                        pos: too_deep_bracket(text).unwrap_or_else(|| pos(&span, false)),
                        message: t!("yaml-too-deep", depth = MAX_DEPTH),
                    });
                }
                // A flow collection's start event spans its bracket; a block
                // one's is empty (and may sit on its first item's bracket).
                let flow = span.end.index() > span.start.index()
                    && cursor
                        .char_at(span.start.index())
                        .is_some_and(|c| c == '[' || c == '{');
                let at = pos(&span, false);
                stack.push(if is_seq {
                    Open::Seq(Vec::new(), at, flow)
                } else {
                    Open::Map(Vec::new(), None, at, flow, None)
                });
                continue;
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let end = pos(&span, true);
                match stack.pop() {
                    Some(Open::Seq(mut items, start, flow)) => Node {
                        kind: Kind::Seq({
                            items.shrink_to_fit();
                            items
                        }),
                        start,
                        end,
                        flow,
                    },
                    Some(Open::Map(mut pairs, _, start, flow, _)) => Node {
                        kind: Kind::Map({
                            pairs.shrink_to_fit();
                            pairs
                        }),
                        start,
                        end,
                        flow,
                    },
                    None => continue,
                }
            }
            _ => continue,
        };
        match stack.last_mut() {
            None => root = Some(node),
            Some(Open::Seq(items, ..)) => items.push(node),
            Some(Open::Map(pairs, pending, _, _, keys)) => match pending.take() {
                None => {
                    if node.as_scalar().is_none() {
                        return Err(SyntaxError {
                            pos: node.start,
                            message: t!("yaml-key-not-text"),
                        });
                    }
                    let key = node.as_scalar().unwrap_or_default();
                    let repeated = match keys {
                        Some(set) => !set.insert(key.into()),
                        None if pairs.len() < SMALL_MAP => {
                            pairs.iter().any(|(k, _)| k.as_scalar() == Some(key))
                        }
                        None => {
                            let mut set: HashSet<CompactString> = pairs
                                .iter()
                                .filter_map(|(k, _)| k.as_scalar().map(CompactString::from))
                                .collect();
                            let repeated = !set.insert(key.into());
                            *keys = Some(set);
                            repeated
                        }
                    };
                    let first = if repeated {
                        pairs.iter().find(|(k, _)| k.as_scalar() == Some(key))
                    } else {
                        None
                    };
                    if let Some((first, _)) = first {
                        return Err(SyntaxError {
                            pos: node.start,
                            message: t!(
                                "yaml-duplicate-key",
                                key = node.as_scalar().unwrap_or_default(),
                                line = first.start.line
                            ),
                        });
                    }
                    *pending = Some(node);
                }
                Some(key) => pairs.push((key, node)),
            },
        }
    }
    Ok(root)
}

/// The byte offset where each line of `text` starts.
fn line_spans(text: &str) -> Vec<usize> {
    std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect()
}

/// The end of a block scalar (`|`, `>` and their chomping variants): just
/// past its last content line. The parser's own end is the start of the
/// next token, which may be the next key's line, so a writer that keeps
/// lines by node would take that key's line for part of the text.
fn block_end(text: &str, starts: &[usize], start: Pos, parser_end: Pos) -> Pos {
    let line_text = |n: u32| -> &str {
        let from = starts.get(n as usize - 1).copied().unwrap_or(text.len());
        let to = starts.get(n as usize).copied().unwrap_or(text.len());
        text.get(from..to)
            .unwrap_or("")
            .trim_end_matches(['\n', '\r'])
    };
    let indent = |l: &str| l.len() - l.trim_start_matches(' ').len();
    let last = (starts.len() as u32).min(parser_end.line.max(start.line));
    // The content's indentation is that of its first non-blank line; every
    // later line at that indentation or deeper (or blank) belongs to it.
    // The parser starts a block scalar at its first content line; when it
    // starts at the indicator (`key: |`), the content begins below it.
    let first = line_text(start.line);
    let on_content = start.col as usize == indent(first) + 1 && !first.trim().is_empty();
    let mut content_indent = on_content.then(|| indent(first));
    let mut end_line = start.line;
    let from = if on_content {
        start.line
    } else {
        start.line + 1
    };
    for n in from..=last {
        let l = line_text(n);
        if l.trim().is_empty() {
            continue;
        }
        let i = indent(l);
        match content_indent {
            None => content_indent = Some(i),
            Some(c) if i < c => break,
            Some(_) => {}
        }
        end_line = n;
    }
    if end_line == start.line {
        return parser_end.min(Pos {
            line: start.line,
            col: line_text(start.line).chars().count() as u32 + 1,
        });
    }
    Pos {
        line: end_line,
        col: line_text(end_line).chars().count() as u32 + 1,
    }
}

/// A tag as written: `!!str` for the core tags, else what the parser resolved.
fn tag_as_written(tag: &saphyr_parser::Tag) -> String {
    match tag.handle.as_str() {
        "tag:yaml.org,2002:" => format!("!!{}", tag.suffix),
        "!" => format!("!{}", tag.suffix),
        "" if tag.suffix == "!" => "!".into(),
        handle => format!("!<{handle}{}>", tag.suffix),
    }
}

/// The core tag of a scalar, checked against its text.
fn scalar_tag(tag: &saphyr_parser::Tag, text: &str, at: Pos) -> Result<Tag, SyntaxError> {
    let name = format!("{}{}", tag.handle, tag.suffix);
    let Some(core) = Tag::from_name(&name) else {
        return Err(unknown_tag(tag, at));
    };
    if core.resolve(text).is_none() {
        let shown: String = text.chars().take(40).collect();
        return Err(SyntaxError {
            pos: at,
            message: t!(
                "yaml-tag-mismatch",
                text = shown,
                tag = core.name(),
                expected = core.expects()
            ),
        });
    }
    Ok(core)
}

/// `!!seq` on a list and `!!map` on a mapping say what they are; any
/// other tag on a collection is refused.
fn collection_tag(tag: &saphyr_parser::Tag, is_seq: bool, at: Pos) -> Result<(), SyntaxError> {
    let name = format!("{}{}", tag.handle, tag.suffix);
    let (fits, other) = if is_seq {
        ("tag:yaml.org,2002:seq", "tag:yaml.org,2002:map")
    } else {
        ("tag:yaml.org,2002:map", "tag:yaml.org,2002:seq")
    };
    if name == fits {
        return Ok(());
    }
    if name == other || Tag::from_name(&name).is_some() {
        let what = if is_seq { "list" } else { "mapping" };
        return Err(SyntaxError {
            pos: at,
            message: t!(
                "yaml-collection-tagged",
                what = what,
                tag = tag_as_written(tag)
            ),
        });
    }
    Err(unknown_tag(tag, at))
}

fn unknown_tag(tag: &saphyr_parser::Tag, at: Pos) -> SyntaxError {
    SyntaxError {
        pos: at,
        message: t!("yaml-unknown-tag", tag = tag_as_written(tag)),
    }
}

/// Maps the parser's character indexes to characters. Events arrive in
/// document order, so a forward-moving cursor keeps this linear.
struct CharCursor<'t> {
    text: &'t str,
    chars: usize,
    byte: usize,
}

impl CharCursor<'_> {
    fn char_at(&mut self, index: usize) -> Option<char> {
        if index < self.chars {
            self.chars = 0;
            self.byte = 0;
        }
        while self.chars < index {
            let c = self.text[self.byte..].chars().next()?;
            self.byte += c.len_utf8();
            self.chars += 1;
        }
        self.text[self.byte..].chars().next()
    }
}

/// Points a scanner error at its cause where the scanner's own position is
/// misleading: an unclosed bracket, or a tab in the indentation.
fn explain_syntax_error(text: &str, stack: &[Open], at: Pos, info: &str) -> SyntaxError {
    let mut error = explain(text, stack, at, info);
    error.pos = clamp(text, error.pos);
    error
}

/// A position inside `text`: the parser may report one past the end.
pub fn clamp(text: &str, pos: Pos) -> Pos {
    let starts: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    clamp_in(text, &starts, pos)
}

/// [`clamp`] with the byte offsets where `text`'s lines start, for callers
/// that clamp many positions in one file.
pub fn clamp_in(text: &str, line_starts: &[usize], pos: Pos) -> Pos {
    let last = line_starts.len().max(1) as u32;
    let line = pos.line.clamp(1, last);
    let from = line_starts.get(line as usize - 1).copied().unwrap_or(0);
    let to = line_starts
        .get(line as usize)
        .map_or(text.len(), |next| next - 1);
    let width = text
        .get(from..to)
        .map_or(0, |l| l.trim_end_matches('\r').chars().count()) as u32;
    Pos {
        line,
        col: pos.col.clamp(1, width + 1),
    }
}

/// Where flow brackets first nest deeper than [`MAX_DEPTH`], if they do.
fn too_deep_bracket(text: &str) -> Option<Pos> {
    let (mut depth, mut line, mut col) = (0usize, 1u32, 0u32);
    let mut quote: Option<char> = None;
    for ch in text.chars() {
        col += 1;
        match (quote, ch) {
            (_, '\n') => {
                line += 1;
                col = 0;
            }
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(ch),
            (None, '[' | '{') => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Some(Pos { line, col });
                }
            }
            (None, ']' | '}') => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

fn explain(text: &str, stack: &[Open], at: Pos, info: &str) -> SyntaxError {
    if info.contains("recursion limit") {
        return SyntaxError {
            pos: too_deep_bracket(text).unwrap_or(at),
            message: syntax_message(info),
        };
    }
    let unclosed = stack.iter().rev().find_map(|open| match open {
        Open::Seq(_, start, true) => Some((*start, "[", "]", "list")),
        Open::Map(_, _, start, true, _) => Some((*start, "{", "}", "mapping")),
        _ => None,
    });
    if let Some((start, open, close, what)) = unclosed.filter(|(start, ..)| start.line < at.line) {
        return SyntaxError {
            pos: start,
            message: t!("yaml-unclosed", open = open, what = what, close = close),
        };
    }
    if info.contains("tab") {
        let tabbed = text.lines().enumerate().find_map(|(i, line)| {
            let indent = &line[..line.len() - line.trim_start().len()];
            indent
                .find('\t')
                .map(|col| (i, indent[..col].chars().count()))
        });
        if let Some((line, col)) = tabbed {
            return SyntaxError {
                pos: Pos {
                    line: line as u32 + 1,
                    col: col as u32 + 1,
                },
                message: t!("yaml-tab"),
            };
        }
    }
    SyntaxError {
        pos: at,
        message: syntax_message(info),
    }
}

fn syntax_message(info: &str) -> String {
    if info.contains("recursion limit") {
        return t!("yaml-too-deep", depth = MAX_DEPTH);
    }
    let hint = if info.contains("simple key expect") || info.contains("could not find expected ':'")
    {
        "not-key-value"
    } else if info.contains("mapping values are not allowed") {
        "quote-colons"
    } else if info.contains("did not find expected")
        || info.contains("while parsing")
        || info.contains("quoted scalar")
    {
        "check-closed"
    } else if info.contains("tab") {
        "spaces"
    } else {
        "none"
    };
    t!("yaml-syntax", info = info, hint = hint)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(text: &str) -> Node {
        parse(text).unwrap().unwrap()
    }

    #[test]
    fn positions_are_one_based() {
        let root = p("a: 1\nlist:\n  - x\n  - { k: v }\n");
        let (key, value) = root.entry("list").unwrap();
        assert_eq!(key.start, Pos { line: 2, col: 1 });
        assert_eq!(value.items()[0].start, Pos { line: 3, col: 5 });
        assert!(value.items()[1].flow);
        assert_eq!(value.items()[1].last_line(), 4);
        assert_eq!(root.last_line(), 4);
    }

    #[test]
    fn block_scalar_last_line() {
        let root = p("terms: |\n  one\n  two\nnext: 1\n");
        assert_eq!(root.get("terms").unwrap().last_line(), 3);
    }

    #[test]
    fn refuses_aliases_duplicates_and_depth() {
        assert!(parse("a: &x 1\nb: *x\n")
            .unwrap_err()
            .message
            .contains("aliases"));
        let dup = parse("a: 1\nb: 2\na: 3\n").unwrap_err();
        assert_eq!(dup.pos.line, 3);
        assert!(dup.message.contains("first written on line 1"));
        let deep = "[".repeat(100_000);
        let err = parse(&deep).unwrap_err();
        assert!(err.message.contains("nesting"), "{err:?}");
        assert!(parse("a: 1\n---\nb: 2\n")
            .unwrap_err()
            .message
            .contains("second YAML document"));
    }

    #[test]
    fn syntax_errors_have_positions() {
        let err = parse("a: 1\nb: [1, 2\n").unwrap_err();
        assert!(err.pos.line >= 2, "{err:?}");
        assert!(err.message.starts_with("YAML syntax error"));
    }

    #[test]
    fn core_tags_are_kept_and_checked() {
        let root = p("a: !!str 2026\nb: !!str null\nc: !!int \"12\"\nd: !!null\ne: ! 12\nf: !!map { x: 1 }\n");
        let style = |key: &str| match &root.get(key).unwrap().kind {
            Kind::Scalar(_, style) => *style,
            _ => panic!("{key} is not a scalar"),
        };
        assert_eq!(style("a"), Style::Tagged(Tag::Str));
        assert_eq!(root.get("a").unwrap().as_scalar(), Some("2026"));
        assert_eq!(style("b"), Style::Tagged(Tag::Str));
        assert!(!root.get("b").unwrap().is_null());
        assert_eq!(style("c"), Style::Tagged(Tag::Int));
        assert!(root.get("d").unwrap().is_null());
        assert_eq!(style("e"), Style::Tagged(Tag::Str));
        assert_eq!(
            root.get("f").unwrap().get("x").unwrap().as_scalar(),
            Some("1")
        );
    }

    #[test]
    fn other_tags_and_misfits_are_refused_where_written() {
        for (text, line, wanted) in [
            (
                "a: 1\nb: !foo x\n",
                2,
                "the tag `!foo` is not one charter reads",
            ),
            ("a: !!timestamp 2026-01-05\n", 1, "the tag `!!timestamp`"),
            ("a: !!binary aGk=\n", 1, "the tag `!!binary`"),
            (
                "a:\n  b: !!int 12.5\n",
                2,
                "`12.5` is tagged `!!int` but is not a whole number",
            ),
            (
                "a: !!bool yes\n",
                1,
                "`yes` is tagged `!!bool` but is not true or false",
            ),
            ("a: !!null 0\n", 1, "`0` is tagged `!!null`"),
            ("a: !!float abc\n", 1, "`abc` is tagged `!!float`"),
            (
                "a: !!seq { x: 1 }\n",
                1,
                "this is a mapping, but it is tagged `!!seq`",
            ),
            (
                "a: !!str [x]\n",
                1,
                "this is a list, but it is tagged `!!str`",
            ),
            (
                "a: !local [x]\n",
                1,
                "the tag `!local` is not one charter reads",
            ),
            (
                "%TAG !e! tag:example.com,2000:\n---\na: !e!x 1\n",
                3,
                "the tag `!<tag:example.com,2000:x>`",
            ),
        ] {
            let err = parse(text).unwrap_err();
            assert_eq!(err.pos.line, line, "{text:?}: {err:?}");
            assert!(err.message.contains(wanted), "{text:?}: {}", err.message);
        }
    }

    #[test]
    fn a_node_stays_small() {
        // Large plans hold hundreds of thousands of nodes; a tag must not
        // make every one of them bigger.
        assert!(
            std::mem::size_of::<Node>() <= 56,
            "{}",
            std::mem::size_of::<Node>()
        );
    }

    #[test]
    fn hebrew_columns_count_characters() {
        let root = p("title: שירות\nx: { a: b }\n");
        assert_eq!(root.get("title").unwrap().as_scalar(), Some("שירות"));
        assert!(root.get("x").unwrap().flow);
    }
}
