//! The one HTML escaper, for the report's page and its SVG charts alike.

use std::fmt::{self, Display};

/// Text made safe for HTML element content and quoted attribute values.
pub struct Escaped<'a>(&'a str);

/// `text` with `& < > " '` written as character references: the one way
/// user text reaches the page.
pub fn escape(text: &str) -> Escaped<'_> {
    Escaped(text)
}

impl Display for Escaped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut rest = self.0;
        while let Some(at) = rest.find(['&', '<', '>', '"', '\'']) {
            f.write_str(&rest[..at])?;
            f.write_str(match rest.as_bytes()[at] {
                b'&' => "&amp;",
                b'<' => "&lt;",
                b'>' => "&gt;",
                b'"' => "&quot;",
                _ => "&#39;",
            })?;
            rest = &rest[at + 1..];
        }
        f.write_str(rest)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_replaces_the_five_characters() {
        assert_eq!(
            escape(r#"<script>alert("x" & 'y')</script>"#).to_string(),
            "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;"
        );
        assert_eq!(
            escape("\"><img src=x onerror=alert(1)>").to_string(),
            "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"
        );
    }

    #[test]
    fn escape_keeps_other_text_exactly() {
        for text in [
            "",
            "plain",
            "שירות לקוחות — מענה ראשון",
            "Klientų aptarnavimas",
            "a&amp;b",
        ] {
            let escaped = escape(text).to_string();
            assert!(!escaped.contains(['<', '>', '"', '\'']));
            let back = escaped
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
            assert_eq!(back, text);
        }
        assert_eq!(escape("שלום").to_string(), "שלום");
        // An escaped entity is escaped again: the text shows as written.
        assert_eq!(escape("&amp;").to_string(), "&amp;amp;");
    }
}
