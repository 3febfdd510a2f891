//! The one rule for writing a number down, shared by the YAML the store
//! writes and every word the product shows.

use crate::domain::facts::round2;

/// A number as a person writes it: `63`, not `63.0`; otherwise the fewest
/// digits that read back as the same number (`66.25`, `0.1`).
pub fn plain(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        // Whole and well inside i64, so the cast is exact ("-0" reads "0").
        return format!("{}", value as i64);
    }
    match serde_json::Number::from_f64(value) {
        Some(n) => n.to_string(),
        None => value.to_string(),
    }
}

/// A number for a sentence: [`plain`] after rounding to two decimals
/// (`66`, `61.5`, `3.33`).
pub fn rounded(value: f64) -> String {
    plain(round2(value))
}

#[cfg(test)]
mod tests {
    use super::{plain, rounded};

    #[test]
    fn whole_numbers_have_no_point() {
        assert_eq!(plain(63.0), "63");
        assert_eq!(plain(-0.0), "0");
        assert_eq!(plain(-12.0), "-12");
        assert_eq!(plain(66.25), "66.25");
        assert_eq!(plain(0.1 + 0.2), "0.30000000000000004");
    }

    #[test]
    fn sentences_keep_two_decimals_at_most() {
        assert_eq!(rounded(66.0), "66");
        assert_eq!(rounded(61.5), "61.5");
        assert_eq!(rounded(10.0 / 3.0), "3.33");
        assert_eq!(rounded(-0.001), "0");
        assert_eq!(rounded(120.0), "120");
        assert_eq!(rounded(0.1 + 0.2), "0.3");
    }

    /// The rule that was used for sentences before [`rounded`]: the two
    /// must agree on every number a plan can hold.
    fn two_decimals_trimmed(value: f64) -> String {
        let text = format!("{:.2}", (value * 100.0).round() / 100.0);
        let text = text.trim_end_matches('0').trim_end_matches('.');
        match text {
            "-0" => "0".to_string(),
            other => other.to_string(),
        }
    }

    #[test]
    fn rounded_agrees_with_two_decimals_trimmed() {
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        for i in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let scale = 10f64.powi(i % 12 - 3);
            let v = ((x % 2_000_000) as f64 - 1_000_000.0) / 997.0 * scale;
            assert_eq!(rounded(v), two_decimals_trimmed(v), "{v}");
        }
    }
}
