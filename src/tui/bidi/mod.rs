//! Right-to-left text on terminals that do no bidi of their own.
//!
//! Every text the UI draws passes through [`Bidi`] on its way to the
//! screen: [`Bidi::lines`] for paragraphs (wrapped here first, then each
//! displayed line put in visual order with its paragraph's direction, and
//! right-aligned when that direction is right-to-left), [`Bidi::cell`] for
//! a table's cell (its own paragraph, so a Hebrew title never pulls the
//! date beside it into its run). Both stand on [`visual`], the one place
//! that runs the Unicode Bidirectional Algorithm.
//!
//! Only what is drawn changes: the stored text stays in logical order.
//! Text with no right-to-left character is handed back untouched, so an
//! English plan pays a scan of its characters and nothing more. In
//! [`Mode::Terminal`] nothing is reordered at all: the terminal does it.

use ratatui::layout::Alignment;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_bidi::{bidi_class, BidiClass, Level, ParagraphBidiInfo};
use unicode_width::UnicodeWidthChar;

pub mod field;

/// Who lays out right-to-left text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    /// charter reorders each displayed line (the Unicode Bidirectional
    /// Algorithm) and right-aligns right-to-left paragraphs.
    #[default]
    Charter,
    /// charter writes text in logical order and leaves its layout to a
    /// terminal that does bidi itself.
    Terminal,
}

impl Mode {
    /// The values `--bidi` and `CHARTER_BIDI` take.
    pub const NAMES: [&'static str; 2] = ["charter", "terminal"];

    pub fn parse(text: &str) -> Result<Mode, String> {
        match text.trim() {
            "charter" => Ok(Mode::Charter),
            "terminal" => Ok(Mode::Terminal),
            other => Err(format!(
                "unknown bidi mode {other:?}: use {}",
                Mode::NAMES.join(" or ")
            )),
        }
    }

    /// The mode for a terminal whose environment `var` reads: `terminal`
    /// for those known to reorder right-to-left text themselves (VTE 0.58
    /// and later — GNOME Terminal, Tilix, xfce4-terminal —, Konsole,
    /// mlterm), `charter` for every other.
    pub fn detect(var: impl Fn(&str) -> Option<String>) -> Mode {
        let vte = var("VTE_VERSION")
            .and_then(|v| v.trim().parse::<u32>().ok())
            .is_some_and(|v| v >= 5800);
        let set = |name: &str| var(name).is_some_and(|v| !v.is_empty());
        if vte || set("KONSOLE_VERSION") || set("MLTERM") {
            Mode::Terminal
        } else {
            Mode::Charter
        }
    }
}

/// How the UI lays out text: who reorders right-to-left text, and whether
/// the UI itself reads right to left (lists mirrored: first column at the
/// right, the selection marker on the right).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Bidi {
    pub mode: Mode,
    pub rtl_layout: bool,
}

thread_local! {
    /// The layout of the frame being drawn, for what draws words without
    /// the app at hand (box titles).
    static DRAWING: std::cell::Cell<Option<Bidi>> = const { std::cell::Cell::new(None) };
}

/// Sets the layout of the frame about to be drawn.
pub fn drawing(bidi: Bidi) {
    DRAWING.with(|d| d.set(Some(bidi)));
}

/// `text` as the frame being drawn shows it: in visual order when charter
/// lays out right-to-left text (see [`Bidi::cell`]).
pub fn shown(text: &str) -> String {
    match DRAWING.with(std::cell::Cell::get) {
        Some(bidi) => bidi.cell(text),
        None => text.to_string(),
    }
}

/// Whether the UI's language (`--lang`, else the plan's `language:`)
/// reads right to left: then lists are mirrored.
pub fn rtl_layout() -> bool {
    crate::i18n::current().is_rtl()
}

/// The isolates LRI, RLI, FSI and their end PDI.
fn is_isolate(c: char) -> bool {
    ('\u{2066}'..='\u{2069}').contains(&c)
}

/// Text a person wrote, put into a line of charter's (an action's title
/// before " — owner"): in the frame being drawn, when charter lays out
/// right-to-left text, it is isolated (FSI … PDI), so that its own
/// direction decides its order and a Latin word at its end does not pull
/// the words after it along. The isolates order the line and are never
/// drawn ([`visual`] leaves them out, [`Bidi::lines`] takes them out of
/// lines it does not reorder).
pub fn isolate(text: &str) -> String {
    match DRAWING.with(std::cell::Cell::get) {
        Some(bidi) if bidi.reorders() => format!("\u{2068}{text}\u{2069}"),
        _ => text.to_string(),
    }
}

/// `line` without isolates, when it holds any.
fn without_isolates(mut line: Line<'_>) -> Line<'_> {
    for span in &mut line.spans {
        if span.content.contains(is_isolate) {
            span.content = span.content.replace(is_isolate, "").into();
        }
    }
    line
}

/// Whether `c` is written right to left (Hebrew, Arabic, Syriac, Thaana,
/// N'Ko… and the marks and controls that make text right-to-left).
pub fn is_rtl_char(c: char) -> bool {
    // Below U+0590 there is no right-to-left letter: the common case of
    // Latin text is decided without a table.
    (c as u32) >= 0x0590
        && matches!(
            bidi_class(c),
            BidiClass::R | BidiClass::AL | BidiClass::RLE | BidiClass::RLO | BidiClass::RLI
        )
}

/// Whether `text` holds any right-to-left character: when it does not,
/// nothing is reordered.
pub fn has_rtl(text: &str) -> bool {
    !text.is_ascii() && text.chars().any(is_rtl_char)
}

/// The direction of a paragraph by its first strong character (rules
/// P2–P3): `Some(true)` right to left, `Some(false)` left to right, `None`
/// when it has no letter at all.
pub fn first_strong_rtl(text: &str) -> Option<bool> {
    text.chars().find_map(|c| match bidi_class(c) {
        BidiClass::L => Some(false),
        BidiClass::R | BidiClass::AL => Some(true),
        _ => None,
    })
}

/// A mark drawn on the character before it (width 0): it stays after its
/// letter when a run is reversed (rule L3).
fn joins_previous(c: char) -> bool {
    c != '\n' && c.width() == Some(0)
}

/// The glyph drawn for `c` in a right-to-left run: paired punctuation
/// faces the other way (rule L4).
fn mirrored(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        '‹' => '›',
        '›' => '‹',
        _ => c,
    }
}

/// Whether `chars[from..]` starts a number-like token that must read left
/// to right as a whole (`+96d`, `-297d`, `1.5`): how many characters it
/// takes. An id or a date reads right by the algorithm alone, but a sign
/// before a number, or a letter after it, is pulled to the other side by
/// a right-to-left paragraph.
fn ltr_token(chars: &[char], from: usize) -> usize {
    let part =
        |c: char| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.' | ':' | '/' | '_' | '%');
    // Only a word of its own: after `ב-` the hyphen is the Hebrew prefix's.
    let before = from.checked_sub(1).map(|k| chars[k]);
    if before.is_some_and(|c| !(c.is_whitespace() || is_isolate(c) || matches!(c, '(' | '['))) {
        return 0;
    }
    let mut end = from;
    while end < chars.len() && part(chars[end]) {
        end += 1;
    }
    // Punctuation after it belongs to the sentence, not to the token.
    while end > from && matches!(chars[end - 1], '.' | ':' | '/' | '-' | '+') {
        end -= 1;
    }
    let token = &chars[from..end];
    let digits = token.iter().any(char::is_ascii_digit);
    let signed = matches!(token.first(), Some('+' | '-'));
    let lettered = token.iter().any(char::is_ascii_alphabetic);
    if digits && (signed || lettered) {
        end - from
    } else {
        0
    }
}

/// The characters of `text`, one paragraph on one displayed line, in the
/// order they are drawn from left to right: each as its index among the
/// characters of `text` and the glyph to draw. `rtl` is the paragraph's
/// direction. Marks stay after their letter, paired punctuation in a
/// right-to-left run is mirrored, and number-like tokens read left to
/// right whole (see [`ltr_token`]).
pub fn visual(text: &str, rtl: bool) -> Vec<(usize, char)> {
    let chars: Vec<char> = text.chars().collect();
    if !has_rtl(text) && !rtl {
        return chars
            .into_iter()
            .enumerate()
            .filter(|(_, c)| !is_isolate(*c))
            .collect();
    }
    // Number-like tokens go in left-to-right isolates (LRI … PDI), which
    // are taken out again after the reordering.
    const LRI: char = '\u{2066}';
    const PDI: char = '\u{2069}';
    let mut isolated = String::with_capacity(text.len() + 8);
    let mut origin: Vec<Option<usize>> = Vec::with_capacity(chars.len() + 4);
    let mut i = 0;
    while i < chars.len() {
        let n = ltr_token(&chars, i);
        if n == 0 {
            isolated.push(chars[i]);
            // charter's own isolates (see [`isolate`]) order the line and
            // are not drawn.
            origin.push((!is_isolate(chars[i])).then_some(i));
            i += 1;
            continue;
        }
        isolated.push(LRI);
        origin.push(None);
        for (k, c) in chars[i..i + n].iter().enumerate() {
            isolated.push(*c);
            origin.push(Some(i + k));
        }
        isolated.push(PDI);
        origin.push(None);
        i += n;
    }
    let base = if rtl { Level::rtl() } else { Level::ltr() };
    let info = ParagraphBidiInfo::new(&isolated, Some(base));
    let levels = info.reordered_levels_per_char(0..isolated.len());
    let order = ParagraphBidiInfo::reorder_visual(&levels);
    let mut out = Vec::with_capacity(chars.len());
    let mut marks: Vec<usize> = Vec::new();
    for v in order {
        let Some(i) = origin[v] else { continue };
        let (c, level) = (chars[i], levels[v]);
        if level.is_rtl() && joins_previous(c) {
            // Reversed, a letter's marks come before it: hold them until
            // the letter, then put them back after it in their own order.
            marks.push(i);
            continue;
        }
        out.push((i, if level.is_rtl() { mirrored(c) } else { c }));
        out.extend(marks.drain(..).rev().map(|m| (m, chars[m])));
    }
    out.extend(marks.drain(..).rev().map(|m| (m, chars[m])));
    out
}

/// `text` as one paragraph in visual order, its direction by its first
/// strong character.
pub fn visual_text(text: &str) -> String {
    let rtl = first_strong_rtl(text).unwrap_or(false);
    visual(text, rtl).into_iter().map(|(_, c)| c).collect()
}

/// A character of a line with the style it is drawn in.
#[derive(Clone, Copy)]
struct Styled {
    ch: char,
    style: Style,
}

fn flatten(line: &Line) -> Vec<Styled> {
    line.spans
        .iter()
        .flat_map(|s| {
            s.content
                .chars()
                .map(move |ch| Styled { ch, style: s.style })
        })
        .collect()
}

/// Characters back into spans, one span per stretch of one style.
fn spans(chars: impl IntoIterator<Item = Styled>) -> Vec<Span<'static>> {
    let mut out: Vec<Span<'static>> = Vec::new();
    let mut text = String::new();
    let mut style = None;
    for c in chars {
        if style.is_some_and(|s| s != c.style) {
            out.push(Span::styled(
                std::mem::take(&mut text),
                style.unwrap_or_default(),
            ));
        }
        style = Some(c.style);
        text.push(c.ch);
    }
    if let Some(style) = style {
        out.push(Span::styled(text, style));
    }
    out
}

/// One displayed line of a paragraph in visual order, styles kept.
fn reorder(chars: &[Styled], rtl: bool) -> Vec<Span<'static>> {
    let text: String = chars.iter().map(|c| c.ch).collect();
    spans(visual(&text, rtl).into_iter().map(|(i, ch)| Styled {
        ch,
        style: chars[i].style,
    }))
}

/// Breaks a paragraph into displayed lines of at most `width` columns, at
/// spaces where it can, inside a word longer than a line where it must.
/// The spaces at a break are dropped.
fn wrap(chars: &[Styled], width: usize) -> Vec<&[Styled]> {
    let width = width.max(1);
    let w = |c: &Styled| c.ch.width().unwrap_or(0);
    let mut lines = Vec::new();
    let mut start = 0;
    while start < chars.len() {
        let mut used = 0;
        let mut end = start;
        let mut last_space = None;
        while end < chars.len() && used + w(&chars[end]) <= width {
            if chars[end].ch == ' ' {
                last_space = Some(end);
            }
            used += w(&chars[end]);
            end += 1;
        }
        if end == chars.len() {
            lines.push(&chars[start..end]);
            break;
        }
        // Break at the last space, unless the next character is one.
        let cut = if chars[end].ch == ' ' {
            end
        } else {
            match last_space {
                Some(s) if s > start => s,
                _ => end.max(start + 1),
            }
        };
        let mut line_end = cut;
        while line_end > start && chars[line_end - 1].ch == ' ' {
            line_end -= 1;
        }
        lines.push(&chars[start..line_end.max(start)]);
        start = cut;
        while start < chars.len() && chars[start].ch == ' ' {
            start += 1;
        }
    }
    if lines.is_empty() {
        lines.push(&chars[..0]);
    }
    lines
}

impl Bidi {
    /// Whether charter lays out right-to-left text itself.
    pub fn reorders(self) -> bool {
        self.mode == Mode::Charter
    }

    /// Paragraphs as the screen shows them in a box `width` columns wide:
    /// a line with right-to-left text is wrapped here when `wrapped` (so
    /// that each displayed line is reordered on its own, with the
    /// paragraph's direction), put in visual order and right-aligned when
    /// its paragraph is right-to-left. Other lines are handed back as they
    /// are, for the box to wrap as before. A line with an alignment of its
    /// own is taken as laid out already (a table's row built of
    /// [`Bidi::cell`]s, a form's field): every line this gives back has one,
    /// so laying out twice changes nothing.
    pub fn lines<'a>(self, lines: Vec<Line<'a>>, width: u16, wrapped: bool) -> Vec<Line<'a>> {
        if !self.reorders() {
            return lines.into_iter().map(without_isolates).collect();
        }
        let mut out = Vec::with_capacity(lines.len());
        for line in lines {
            if line.alignment.is_some() || !line.spans.iter().any(|s| has_rtl(&s.content)) {
                out.push(without_isolates(line));
                continue;
            }
            let chars = flatten(&line);
            let text: String = chars.iter().map(|c| c.ch).collect();
            let rtl = first_strong_rtl(&text).unwrap_or(self.rtl_layout);
            let alignment = if rtl {
                Alignment::Right
            } else {
                Alignment::Left
            };
            let rows = if wrapped {
                wrap(&chars, width as usize)
            } else {
                vec![&chars[..]]
            };
            for row in rows {
                let mut shown = Line::from(reorder(row, rtl)).style(line.style);
                shown.alignment = Some(alignment);
                out.push(shown);
            }
        }
        out
    }

    /// One line that is not wrapped (a header, a status line), as
    /// [`Bidi::lines`] shows it.
    pub fn line(self, line: Line<'static>) -> Line<'static> {
        self.lines(vec![line], u16::MAX, false)
            .pop()
            .unwrap_or_default()
    }

    /// A table's cell (or any text shown in a fixed place) in visual
    /// order: its own paragraph, with its own direction.
    pub fn cell(self, text: &str) -> String {
        if !self.reorders() || !has_rtl(text) {
            return text.to_string();
        }
        visual_text(text)
    }

    /// Whether lists are drawn mirrored: the UI reads right to left and
    /// charter lays it out.
    pub fn mirrored(self) -> bool {
        self.reorders() && self.rtl_layout
    }

    /// A cell of `width` columns: cut to fit, in visual order, padded on
    /// the side its reading ends (right-aligned in a mirrored list).
    pub fn pad(self, text: &str, width: usize) -> String {
        self.align(&self.cell(&crate::tui::view::fit(text, width)), width)
    }

    /// Text already in visual order padded to `width` columns: on the
    /// right, or on the left in a mirrored list.
    pub fn align(self, shown: &str, width: usize) -> String {
        let shown = crate::tui::view::fit(shown, width);
        let gap =
            " ".repeat(width.saturating_sub(unicode_width::UnicodeWidthStr::width(shown.as_str())));
        if self.mirrored() {
            format!("{gap}{shown}")
        } else {
            format!("{shown}{gap}")
        }
    }

    /// A row built of cells as a line: its cells mirrored and the line
    /// right-aligned when the UI reads right to left; marked as laid out.
    pub fn row_line(self, cells: Vec<Span<'static>>) -> Line<'static> {
        let line = Line::from(self.row(cells));
        if self.mirrored() {
            line.right_aligned()
        } else {
            line.left_aligned()
        }
    }

    /// The cells of a table's row in the order they are drawn: mirrored
    /// (the first at the right) when the UI reads right to left.
    pub fn row<T>(self, mut cells: Vec<T>) -> Vec<T> {
        if self.mirrored() {
            cells.reverse();
        }
        cells
    }
}

#[cfg(test)]
mod tests;
