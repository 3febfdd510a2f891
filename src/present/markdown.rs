//! The one Markdown escaper, for every Markdown charter writes (`status`,
//! `exceptions` and `report --format markdown`).
//!
//! Plan text is written by other people and the Markdown is rendered
//! elsewhere (GitHub, GitLab, a wiki), so user text must never become
//! markup: no raw HTML (`<script>`, `<img onerror>`), no link, no emphasis,
//! no heading or list, no extra table cell, no second line. Everything a
//! user wrote goes through [`md`]; ids, which are slugs in a valid plan but
//! anything in a broken one, through [`code`].

use crate::domain::words::is_hostile;

/// `text` safe in a Markdown paragraph, heading, list item or table cell:
/// one line, Markdown punctuation backslash-escaped, HTML's `& < >` as
/// references, control characters written out as `\u{…}`.
pub fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (i, c) in text.chars().enumerate() {
        match c {
            '\n' | '\r' | '\t' => out.push(' '),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '#' | '~' | '!' | '$' => {
                out.push('\\');
                out.push(c);
            }
            // At the start of a line these begin a list or underline a
            // heading; escaped anywhere else they still show as themselves.
            '-' | '+' | '=' if i == 0 => {
                out.push('\\');
                out.push(c);
            }
            c if is_hostile(c) => out.extend(c.escape_unicode()),
            c => out.push(c),
        }
    }
    // "1. " or "1) " at the start would begin a numbered list ("1.5" not).
    let digits = out.bytes().take_while(u8::is_ascii_digit).count();
    let bytes = out.as_bytes();
    if digits > 0
        && matches!(bytes.get(digits), Some(b'.' | b')'))
        && matches!(bytes.get(digits + 1), None | Some(b' '))
    {
        out.insert(digits, '\\');
    }
    out
}

/// An id in code style; one that could leave the code span (a backtick, a
/// pipe, a control character) is escaped as text instead.
pub fn code(id: &str) -> String {
    if id.is_empty()
        || id
            .chars()
            .any(|c| matches!(c, '`' | '|' | '\n') || is_hostile(c))
    {
        md(id)
    } else {
        format!("`{id}`")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn md_keeps_user_text_out_of_the_markup() {
        assert_eq!(md("a | b"), "a \\| b");
        assert_eq!(md("# not a heading"), "\\# not a heading");
        assert_eq!(md("<script>x</script>"), "&lt;script&gt;x&lt;/script&gt;");
        assert_eq!(
            md("<img src=x onerror=alert(1)>"),
            "&lt;img src=x onerror=alert(1)&gt;"
        );
        assert_eq!(md("[link](http://x)"), "\\[link\\](http://x)");
        assert_eq!(md("two\nlines"), "two lines");
        assert_eq!(md("שירות | לקוחות"), "שירות \\| לקוחות");
        assert_eq!(
            md("*bold* _it_ `c` ~s~ ![i] $x$"),
            "\\*bold\\* \\_it\\_ \\`c\\` \\~s\\~ \\!\\[i\\] \\$x\\$"
        );
        assert_eq!(md("a\\b &amp;"), "a\\\\b &amp;amp;");
    }

    #[test]
    fn md_keeps_a_line_start_from_becoming_a_block() {
        assert_eq!(md("- item"), "\\- item");
        assert_eq!(md("+ item"), "\\+ item");
        assert_eq!(md("==="), "\\===");
        assert_eq!(md("12. item"), "12\\. item");
        assert_eq!(md("3) item"), "3\\) item");
        assert_eq!(md("2026-03-16 review"), "2026-03-16 review");
        assert_eq!(md("a - b"), "a - b");
        assert_eq!(md("1.5 of 2"), "1.5 of 2");
    }

    #[test]
    fn md_shows_control_characters_escaped() {
        assert_eq!(md("a\u{1b}[2J\u{9b}"), "a\\u{1b}\\[2J\\u{9b}");
    }

    #[test]
    fn ids_leave_code_style_only_when_they_must() {
        assert_eq!(code("fcr"), "`fcr`");
        assert_eq!(code("a`b|c"), "a\\`b\\|c");
        assert_eq!(code("x\u{1b}"), "x\\u{1b}");
    }
}
