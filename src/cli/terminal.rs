//! The one way the command line writes to the terminal.
//!
//! Plans, commit messages, author names and CSV files are written by other
//! people, and a title holding `ESC ]52;…` would write to the reader's
//! clipboard, `ESC [2J` would clear the screen, a right-to-left override
//! would hide text. So every line charter prints goes through [`escape`]:
//! control characters (C0 but newline and tab, DEL, C1) and the bidi
//! overrides and isolates are shown as `\u{1b}`, never emitted.
//!
//! charter's own output never uses a control character (no colour, no
//! cursor movement), so escaping whole lines here, at the only place they
//! leave, cannot break its layout and cannot miss a piece of user data.
//! JSON goes through [`json`] first, which writes the same characters as
//! JSON escapes so that the document stays valid.

use std::fmt;
use std::io::{self, BufWriter, Write};

pub use crate::domain::words::{escape_hostile as escape, is_hostile};

/// How many columns `c` takes once shown: its escape's length when it is
/// hostile, else `plain`'s answer.
pub fn shown_width(c: char, plain: impl Fn(char) -> usize) -> usize {
    if is_hostile(c) {
        c.escape_unicode().count()
    } else {
        plain(c)
    }
}

/// `value` as pretty JSON that is safe to print: serde_json escapes C0
/// controls but leaves DEL, C1 and the bidi controls raw, so those become
/// `\uXXXX` escapes here (they can only stand inside JSON strings).
pub fn json<T: serde::Serialize + ?Sized>(value: &T) -> String {
    let text = serde_json::to_string_pretty(value).unwrap_or_default();
    if !crate::domain::words::has_hostile(&text) {
        return text;
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if is_hostile(c) {
            // Every hostile character is in the Basic Multilingual Plane.
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

/// A writer that escapes everything written to it (see [`escape`]). A
/// reader that stopped reading (`charter log | head`) is not an error: the
/// rest of the output is dropped quietly by the callers.
pub struct Terminal<W: Write> {
    inner: W,
}

impl<W: Write> Terminal<W> {
    /// Escapes everything written to `inner`.
    pub fn new(inner: W) -> Terminal<W> {
        Terminal { inner }
    }

    /// Sends what was written, so a question without a newline is shown
    /// before the answer is read.
    pub fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }

    pub fn into_inner(self) -> W {
        self.inner
    }
}

impl<W: Write> fmt::Write for Terminal<W> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.inner
            .write_all(escape(s).as_bytes())
            .map_err(|_| fmt::Error)
    }
}

/// Standard output, escaped and buffered (flushed when dropped).
pub fn stdout() -> Terminal<BufWriter<io::StdoutLock<'static>>> {
    Terminal {
        inner: BufWriter::new(io::stdout().lock()),
    }
}

/// Standard error, escaped and buffered (flushed when dropped).
pub fn stderr() -> Terminal<BufWriter<io::StderrLock<'static>>> {
    Terminal {
        inner: BufWriter::new(io::stderr().lock()),
    }
}

/// Writes `text` to stdout as it is but escaped.
pub fn print(text: &str) {
    let _ = fmt::Write::write_str(&mut stdout(), text);
}

/// The left-to-right and first-strong isolates and their end, which a
/// right-to-left Markdown report puts around each value
/// (`report::words::Form::val`) and each name in a sentence.
const ISOLATES: [char; 3] = ['\u{2066}', '\u{2068}', '\u{2069}'];

/// `text` escaped like [`escape`], but for the isolates LRI, FSI and PDI. Only
/// for documents charter writes whose user text has already been escaped
/// (the Markdown report: `present::markdown::md` and `code` write out
/// every hostile character), so that any isolate left is charter's own.
pub fn escape_keeping_isolates(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for part in text.split_inclusive(ISOLATES) {
        match part.strip_suffix(ISOLATES) {
            Some(head) => {
                out.push_str(&escape(head));
                out.push_str(&part[head.len()..]);
            }
            None => out.push_str(&escape(part)),
        }
    }
    out
}

/// Writes a document charter made to stdout as
/// [`escape_keeping_isolates`] leaves it.
pub fn print_document(text: &str) {
    let mut out = BufWriter::new(io::stdout().lock());
    let _ = out.write_all(escape_keeping_isolates(text).as_bytes());
}

/// Writes `text` and a newline to stderr, escaped.
pub fn eprint_line(text: &str) {
    let mut err = stderr();
    let _ = fmt::Write::write_str(&mut err, text);
    let _ = fmt::Write::write_str(&mut err, "\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::borrow::Cow;

    #[test]
    fn controls_are_shown_escaped() {
        assert_eq!(escape("a\u{1b}[2Jb"), "a\\u{1b}[2Jb");
        assert_eq!(escape("\u{1b}]0;pwned\u{7}"), "\\u{1b}]0;pwned\\u{7}");
        assert_eq!(escape("\u{9b}31m\u{7f}\r"), "\\u{9b}31m\\u{7f}\\u{d}");
        assert_eq!(escape("abc\u{202e}fed\u{2066}"), "abc\\u{202e}fed\\u{2066}");
    }

    #[test]
    fn a_document_keeps_its_isolates_and_nothing_else() {
        let text = "\u{2066}2026-06-15\u{2069} \u{202e}x\u{1b}[2J \u{2066}+12%\u{2069}";
        assert_eq!(
            escape_keeping_isolates(text),
            "\u{2066}2026-06-15\u{2069} \\u{202e}x\\u{1b}[2J \u{2066}+12%\u{2069}"
        );
        let name = "— \u{2068}Ana Novak\u{2069}, \u{2067}x";
        assert_eq!(
            escape_keeping_isolates(name),
            "— \u{2068}Ana Novak\u{2069}, \\u{2067}x"
        );
        assert_eq!(escape_keeping_isolates("plain"), "plain");
        assert_eq!(escape_keeping_isolates(""), "");
    }

    #[test]
    fn layout_and_letters_pass_as_they_are() {
        let text = "line one\n\tשירות לקוחות · Ąžuolas — 62 ▼\n";
        assert!(matches!(escape(text), Cow::Borrowed(t) if t == text));
    }

    #[test]
    fn json_stays_valid_and_carries_no_control() {
        let hostile = "a\u{1b}[2J\u{9b}31m\u{7f}\u{202e}z";
        let text = json(&serde_json::json!({ "title": hostile }));
        assert!(!text.chars().any(is_hostile), "{text}");
        let back: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back["title"], hostile);
    }
}
