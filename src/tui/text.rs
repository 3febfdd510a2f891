//! Editing a line of text at a cursor, for form fields and prompts, and
//! showing it in a field narrower than the text.
//!
//! The cursor is a byte offset that always sits between two characters,
//! and never between a character and the zero-width marks that follow it
//! (Hebrew vowel points, combining accents): moving and deleting take the
//! character and its marks together, so an edit never splits a letter
//! from its marks. Columns are counted with unicode-width, so Hebrew,
//! Lithuanian and wide characters keep the cursor where they are drawn.

use unicode_width::UnicodeWidthChar;

use super::keymap::Action;

/// A mark drawn on the character before it (width 0). A newline is not one.
fn joins_previous(c: char) -> bool {
    c != '\n' && c.width() == Some(0)
}

/// Where the character (with its marks) before `at` starts.
pub fn previous_boundary(text: &str, at: usize) -> usize {
    let mut chars = text[..at.min(text.len())].char_indices().rev();
    for (i, c) in chars.by_ref() {
        if !joins_previous(c) {
            return i;
        }
    }
    0
}

/// Where the character (with its marks) from `at` ends.
pub fn next_boundary(text: &str, at: usize) -> usize {
    let at = at.min(text.len());
    let mut chars = text[at..].char_indices();
    if chars.next().is_none() {
        return at;
    }
    for (i, c) in chars {
        if !joins_previous(c) {
            return at + i;
        }
    }
    text.len()
}

/// Whether `c` belongs to a word: letters and digits of any script, and
/// the marks drawn on them.
fn in_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || joins_previous(c)
}

/// Where the word before `at` starts: past any spaces and punctuation
/// first, then over the word's letters (readline's Alt+b).
pub fn word_start(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while at > 0 {
        let before = previous_boundary(text, at);
        if text[before..at].chars().next().is_some_and(in_word) {
            break;
        }
        at = before;
    }
    while at > 0 {
        let before = previous_boundary(text, at);
        if !text[before..at].chars().next().is_some_and(in_word) {
            break;
        }
        at = before;
    }
    at
}

/// Where the word from `at` ends: past any spaces and punctuation first,
/// then over the word's letters (readline's Alt+f).
pub fn word_end(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while at < text.len() && !text[at..].chars().next().is_some_and(in_word) {
        at = next_boundary(text, at);
    }
    while at < text.len() && text[at..].chars().next().is_some_and(in_word) {
        at = next_boundary(text, at);
    }
    at
}

/// Types `ch` at the cursor.
pub fn insert(text: &mut String, cursor: &mut usize, ch: char) {
    *cursor = (*cursor).min(text.len());
    text.insert(*cursor, ch);
    *cursor += ch.len_utf8();
}

/// Whether `action` moves the cursor in, or deletes from, a line of text:
/// what [`edit`] applies, for forms and prompts alike.
pub fn is_edit(action: Action) -> bool {
    matches!(
        action,
        Action::CursorLeft
            | Action::CursorRight
            | Action::WordLeft
            | Action::WordRight
            | Action::DeleteWordBack
            | Action::LineStart
            | Action::LineEnd
            | Action::Backspace
            | Action::DeleteForward
    )
}

/// Applies a cursor or deletion action; returns whether it was one.
pub fn edit(text: &mut String, cursor: &mut usize, action: Action) -> bool {
    let at = (*cursor).min(text.len());
    match action {
        Action::CursorLeft => *cursor = previous_boundary(text, at),
        Action::CursorRight => *cursor = next_boundary(text, at),
        Action::WordLeft => *cursor = word_start(text, at),
        Action::WordRight => *cursor = word_end(text, at),
        Action::DeleteWordBack => {
            let from = word_start(text, at);
            text.replace_range(from..at, "");
            *cursor = from;
        }
        Action::LineStart => *cursor = 0,
        Action::LineEnd => *cursor = text.len(),
        Action::Backspace => {
            let from = previous_boundary(text, at);
            text.replace_range(from..at, "");
            *cursor = from;
        }
        Action::DeleteForward => {
            let to = next_boundary(text, at);
            text.replace_range(at..to, "");
            *cursor = at;
        }
        _ => return false,
    }
    true
}

/// How a character is drawn: a newline as " ⏎ ", any other as itself.
fn shown(c: char) -> (String, usize) {
    if c == '\n' {
        (" ⏎ ".to_string(), 3)
    } else {
        (c.to_string(), c.width().unwrap_or(0))
    }
}

/// The part of `text` a field `width` columns wide shows so that the cursor
/// is in view, and the cursor's column in it. The text scrolls sideways
/// only as far as the cursor needs; a wide character cut by the left edge
/// is drawn as spaces.
pub fn window(text: &str, cursor: usize, width: usize) -> (String, usize) {
    let cursor = cursor.min(text.len());
    let column: usize = text[..cursor].chars().map(|c| shown(c).1).sum();
    // One column is kept for the cursor after the last character.
    let first = (column + 1).saturating_sub(width.max(1));
    let mut out = String::new();
    let mut at = 0;
    for c in text.chars() {
        let (s, w) = shown(c);
        let end = at + w;
        if end > first + width {
            break;
        }
        if at >= first {
            out.push_str(&s);
        } else if end > first {
            out.push_str(&" ".repeat(end - first));
        }
        at = end;
    }
    (out, column - first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_and_deletes_a_letter_with_its_marks() {
        // shin + shin dot + qamats, lamed, vav + holam, final mem
        let text = "\u{5e9}\u{5c1}\u{5b8}\u{5dc}\u{5d5}\u{5b9}\u{5dd}";
        assert_eq!(next_boundary(text, 0), 6);
        assert_eq!(previous_boundary(text, 6), 0);
        let mut t = text.to_string();
        let mut cursor = t.len();
        edit(&mut t, &mut cursor, Action::CursorLeft);
        edit(&mut t, &mut cursor, Action::Backspace);
        assert_eq!(t, "\u{5e9}\u{5c1}\u{5b8}\u{5dc}\u{5dd}");
        edit(&mut t, &mut cursor, Action::LineStart);
        edit(&mut t, &mut cursor, Action::DeleteForward);
        assert_eq!(t, "\u{5dc}\u{5dd}");
        assert_eq!(cursor, 0);
    }

    #[test]
    fn word_keys_jump_over_words_of_any_script() {
        let text = "Call back, שָׁלוֹם עולם; done";
        let mut cursor = text.len();
        let mut t = text.to_string();
        edit(&mut t, &mut cursor, Action::WordLeft);
        assert_eq!(&t[cursor..], "done");
        edit(&mut t, &mut cursor, Action::WordLeft);
        assert_eq!(&t[cursor..], "עולם; done");
        edit(&mut t, &mut cursor, Action::WordLeft);
        // The Hebrew word is taken whole, its vowel points included.
        assert_eq!(&t[cursor..], "שָׁלוֹם עולם; done");
        edit(&mut t, &mut cursor, Action::WordRight);
        assert_eq!(&t[cursor..], " עולם; done");
        edit(&mut t, &mut cursor, Action::LineStart);
        edit(&mut t, &mut cursor, Action::WordRight);
        assert_eq!(&t[cursor..], " back, שָׁלוֹם עולם; done");
        edit(&mut t, &mut cursor, Action::LineEnd);
        edit(&mut t, &mut cursor, Action::DeleteWordBack);
        assert_eq!(t, "Call back, שָׁלוֹם עולם; ");
        edit(&mut t, &mut cursor, Action::DeleteWordBack);
        assert_eq!(t, "Call back, שָׁלוֹם ");
        // At either end there is nowhere to go.
        assert_eq!(word_start("", 0), 0);
        assert_eq!(word_end("ab", 2), 2);
        assert_eq!(word_start("  ", 2), 0);
    }

    #[test]
    fn every_key_of_a_text_field_is_an_edit_and_only_those() {
        use crate::tui::keymap::{bindings, Context};
        for b in bindings(&[Context::Text]) {
            let mut text = "ab cd".to_string();
            let mut cursor = 2;
            assert!(is_edit(b.action), "{:?}", b.action);
            assert!(edit(&mut text, &mut cursor, b.action), "{:?}", b.action);
        }
        for other in [Action::Submit, Action::Cancel, Action::NextField] {
            assert!(!is_edit(other));
            assert!(!edit(&mut String::new(), &mut 0, other));
        }
    }

    #[test]
    fn the_window_follows_the_cursor() {
        assert_eq!(window("abcdef", 6, 4), ("def".to_string(), 3));
        assert_eq!(window("abcdef", 2, 4), ("abcd".to_string(), 2));
        assert_eq!(window("a\nb", 3, 10), ("a ⏎ b".to_string(), 5));
        // A wide character cut by the left edge leaves spaces, not half of it.
        assert_eq!(window("日本語x", 10, 3), (" x".to_string(), 2));
    }
}
