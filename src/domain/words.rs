//! Plan text shown in a line of fixed room.

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
