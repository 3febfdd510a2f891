//! Plan text shown in a line of fixed room, and made safe to show.

use std::borrow::Cow;

/// Whether `c` must not reach a terminal (or a commit message) as it is:
/// it would act instead of being shown (ESC, C1), or change how the text
/// around it is shown (bidi overrides and isolates).
pub fn is_hostile(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || ('\u{202a}'..='\u{202e}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

/// `text` with every hostile character written out as `\u{…}`.
pub fn escape_hostile(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_hostile) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if is_hostile(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `text` cut to `max` characters, with an ellipsis when cut (never in the
/// middle of a character).
pub fn cut(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let mut out: String = text.chars().take(max.saturating_sub(1)).collect();
        out.push('…');
        out
    }
}

/// A commit id as git shows it in short: its first 7 hex digits.
pub fn short_id(id: impl std::fmt::Display) -> String {
    id.to_string().chars().take(7).collect()
}

#[cfg(test)]
mod tests {
    use super::cut;

    #[test]
    fn cuts_by_characters_with_an_ellipsis() {
        assert_eq!(cut("Billing requests", 8), "Billing…");
        assert_eq!(cut("שירות", 8), "שירות");
        assert_eq!(cut("שירות לקוחות", 6), "שירות…");
        assert_eq!(cut("abc", 0), "…");
    }
}
