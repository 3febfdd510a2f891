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

/// Whether `text` holds a hostile character ([`is_hostile`]), read from
/// its UTF-8 bytes rather than character by character: the whole status of
/// a large plan is checked before it is printed.
pub fn has_hostile(text: &str) -> bool {
    let bytes = text.as_bytes();
    // Bytes that start a hostile character or may: a chunk without any is
    // passed at once (the test is branch-free, so it runs many bytes a step).
    let suspect =
        |b: u8| (b < 0x20 && b != b'\n' && b != b'\t') | (b == 0x7f) | (b == 0xc2) | (b == 0xe2);
    bytes.chunks(64).enumerate().any(|(k, chunk)| {
        chunk.iter().fold(false, |any, &b| any | suspect(b))
            && (k * 64..k * 64 + chunk.len()).any(|i| hostile_at(bytes, i))
    })
}

/// Whether a hostile character starts at `bytes[i]`.
fn hostile_at(bytes: &[u8], i: usize) -> bool {
    match bytes[i] {
        b'\n' | b'\t' => false,
        // C0 controls and DEL.
        0..=0x1f | 0x7f => true,
        // C1 controls, U+0080 to U+009F.
        0xc2 => matches!(bytes.get(i + 1), Some(0x80..=0x9f)),
        // The bidi overrides U+202A to U+202E and isolates U+2066 to U+2069.
        0xe2 => matches!(
            (bytes.get(i + 1), bytes.get(i + 2)),
            (Some(0x80), Some(0xaa..=0xae)) | (Some(0x81), Some(0xa6..=0xa9))
        ),
        _ => false,
    }
}

/// `text` with every hostile character written out as `\u{…}`.
pub fn escape_hostile(text: &str) -> Cow<'_, str> {
    if !has_hostile(text) {
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
    use super::{cut, has_hostile, is_hostile};

    #[test]
    fn hostile_bytes_are_found_as_the_characters_are() {
        // Every character up to past the bidi isolates, alone and between
        // others that share its first bytes, in Hebrew and Lithuanian text.
        for n in 0..0x2100u32 {
            let Some(c) = char::from_u32(n) else { continue };
            for text in [
                c.to_string(),
                format!("שלום {c} ąčęėįšųūž – “…”"),
                format!("\u{2013}{c}\u{2029}"),
            ] {
                assert_eq!(
                    has_hostile(&text),
                    text.chars().any(is_hostile),
                    "U+{n:04X} in {text:?}"
                );
            }
        }
        assert!(!has_hostile("Plan\tstatus\n"));
        assert!(has_hostile("a\u{202e}b"));
        assert!(has_hostile("\u{9f}"));
    }

    #[test]
    fn cuts_by_characters_with_an_ellipsis() {
        assert_eq!(cut("Billing requests", 8), "Billing…");
        assert_eq!(cut("שירות", 8), "שירות");
        assert_eq!(cut("שירות לקוחות", 6), "שירות…");
        assert_eq!(cut("abc", 0), "…");
    }
}
