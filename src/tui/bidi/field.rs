//! A form field or prompt with right-to-left text: shown in visual order
//! while it is edited, the cursor moving across the screen (← goes left,
//! whatever the direction of the text under it), the stored value and
//! every deletion staying in logical order.
//!
//! Each character with its marks takes one place on screen; the cursor
//! sits on the place of the character it is before in logical order, or,
//! at the end of the text, on the place past the paragraph's end (right of
//! a left-to-right paragraph, left of a right-to-left one).

use unicode_width::UnicodeWidthChar;

use super::{first_strong_rtl, has_rtl, visual, Bidi};
use crate::tui::keymap::Action;
use crate::tui::text;

/// A character (with its marks) on screen: where it starts in the text,
/// what is drawn, and how many columns that takes.
struct Place {
    at: usize,
    shown: String,
    width: usize,
}

/// How a field shows `text`: its places left to right, and whether its
/// paragraph reads right to left. A newline is shown as " ⏎ ", and counts
/// as a space for the order (the field is one line).
fn places(text: &str) -> (Vec<Place>, bool) {
    let flat = text.replace('\n', " ");
    let rtl = first_strong_rtl(&flat).unwrap_or(false);
    let starts: Vec<usize> = flat.char_indices().map(|(i, _)| i).collect();
    let mut out: Vec<Place> = Vec::new();
    for (i, c) in visual(&flat, rtl) {
        let at = starts[i];
        let (shown, width) = if text.as_bytes()[at] == b'\n' {
            (" ⏎ ".to_string(), 3)
        } else {
            (c.to_string(), c.width().unwrap_or(0))
        };
        // A mark joins the place of its letter, just before it on screen.
        match out.last_mut() {
            Some(last) if width == 0 && shown != " ⏎ " => last.shown.push(c),
            _ => out.push(Place { at, shown, width }),
        }
    }
    (out, rtl)
}

/// The cursor's place among `places` (`places.len()` past the end), and
/// the place of the end of the text.
fn cursor_place(places: &[Place], rtl: bool, cursor: usize, len: usize) -> (isize, isize) {
    let end = if rtl { -1 } else { places.len() as isize };
    if cursor >= len {
        return (end, end);
    }
    let at = places
        .iter()
        .position(|p| p.at == cursor)
        .map(|i| i as isize)
        .unwrap_or(end);
    (at, end)
}

/// The logical cursor at screen place `place` (the end of the text at the
/// paragraph's end place).
fn cursor_at(places: &[Place], place: isize, len: usize) -> usize {
    usize::try_from(place)
        .ok()
        .and_then(|i| places.get(i))
        .map(|p| p.at)
        .unwrap_or(len)
}

fn is_word(place: &Place) -> bool {
    place
        .shown
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric() || c == '_')
}

impl Bidi {
    /// Applies a cursor or deletion key to a field: cursor keys move on
    /// the screen when charter lays out right-to-left text and the field
    /// holds some, every other key as [`text::edit`] does. Returns whether
    /// it was such a key.
    pub fn edit(self, value: &mut String, cursor: &mut usize, action: Action) -> bool {
        let visual_key = matches!(
            action,
            Action::CursorLeft | Action::CursorRight | Action::WordLeft | Action::WordRight
        );
        if !visual_key || !self.reorders() || !has_rtl(value) {
            return text::edit(value, cursor, action);
        }
        let (places, rtl) = places(value);
        let (here, _) = cursor_place(&places, rtl, *cursor, value.len());
        let last = places.len() as isize;
        // The places the cursor can be on: the text's and the end's.
        let (lo, hi) = if rtl { (-1, last - 1) } else { (0, last) };
        let word = |p: isize| {
            usize::try_from(p)
                .ok()
                .and_then(|i| places.get(i))
                .is_some_and(is_word)
        };
        let to = match action {
            Action::CursorLeft => (here - 1).max(lo),
            Action::CursorRight => (here + 1).min(hi),
            Action::WordLeft => {
                // Past spaces and punctuation to the left, then to the
                // first letter of the word there.
                let mut p = here - 1;
                while p >= lo && p >= 0 && !word(p) {
                    p -= 1;
                }
                while p > 0 && word(p - 1) {
                    p -= 1;
                }
                p.max(lo)
            }
            _ => {
                // Past the rest of the word under the cursor and the gap
                // after it, to the first letter of the next word.
                let mut p = here + 1;
                while p <= hi && word(p) {
                    p += 1;
                }
                while p <= hi && p < last && !word(p) {
                    p += 1;
                }
                p.min(hi)
            }
        };
        *cursor = cursor_at(&places, to, value.len());
        true
    }

    /// The part of `value` a field `width` columns wide shows, in visual
    /// order, so that the cursor is in view, and the cursor's column in
    /// it. A right-to-left paragraph is right-aligned in the field, with a
    /// column left of it for the cursor at its end.
    pub fn window(self, value: &str, cursor: usize, width: usize) -> (String, usize) {
        if !self.reorders() || !has_rtl(value) {
            return text::window(value, cursor, width);
        }
        let width = width.max(1);
        let (places, rtl) = places(value);
        let (here, _) = cursor_place(&places, rtl, cursor.min(value.len()), value.len());
        // A right-to-left paragraph keeps a column before it for the
        // cursor at its end; a left-to-right one a column after it.
        let lead = usize::from(rtl);
        let mut starts = Vec::with_capacity(places.len());
        let mut column = lead;
        for p in &places {
            starts.push(column);
            column += p.width;
        }
        let total = column + usize::from(!rtl);
        let (cursor_col, cursor_w) = match usize::try_from(here) {
            Ok(i) if i < places.len() => (starts[i], places[i].width.max(1)),
            _ if rtl => (0, 1),
            _ => (column, 1),
        };
        let first = if total <= width {
            0
        } else if rtl {
            // The paragraph's start (its right end) shows unless the
            // cursor is further left.
            (total - width).min(cursor_col)
        } else {
            (cursor_col + cursor_w).saturating_sub(width)
        };
        let mut out = String::new();
        if lead == 1 && first == 0 {
            out.push(' ');
        }
        for (p, start) in places.iter().zip(&starts) {
            let end = start + p.width;
            if end > first + width {
                break;
            }
            if *start >= first {
                out.push_str(&p.shown);
            } else if end > first {
                // A wide character cut by the left edge: spaces, not half of it.
                out.push_str(&" ".repeat(end - first));
            }
        }
        let mut column = cursor_col - first;
        let used = unicode_width::UnicodeWidthStr::width(out.as_str());
        if rtl && used < width {
            // Right-aligned: the room left over goes before the text.
            column += width - used;
            out = format!("{}{out}", " ".repeat(width - used));
        }
        (out, column)
    }
}
