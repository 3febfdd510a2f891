//! Numbers in what charter shows, by the one rule of
//! [`crate::domain::number`], with a dash for a value that is not there.

pub use crate::domain::number::{plain, rounded};

/// The dash shown for a number that is not there.
pub const NONE: &str = "–";

/// [`plain`], or a dash for no value.
pub fn plain_opt(value: Option<f64>) -> String {
    value.map_or_else(|| NONE.to_string(), plain)
}

/// [`rounded`], or a dash for no value.
pub fn rounded_opt(value: Option<f64>) -> String {
    value.map_or_else(|| NONE.to_string(), rounded)
}

/// The decimals a scale of round steps needs for its labels: none for a
/// step of 1 or more, one for `0.5`, two for `0.05`.
pub fn step_decimals(step: f64) -> usize {
    if step >= 1.0 {
        0
    } else {
        (-step.log10()).ceil().max(0.0) as usize
    }
}

/// `value` rounded to `decimals` places and shown with all of them
/// (`62.0`), never as `-0`: for labels that line up on a scale.
pub fn fixed(value: f64, decimals: usize) -> String {
    let scale = 10f64.powi(decimals as i32);
    format!("{:.*}", decimals, (value * scale).round() / scale + 0.0)
}

/// `value` on a scale of `step`s, by [`plain`]: rounded to the decimals
/// the step needs, trailing zeros dropped (`62.5`, `60`).
pub fn on_step(value: f64, step: f64) -> String {
    let scale = 10f64.powi(step_decimals(step) as i32);
    plain((value * scale).round() / scale + 0.0)
}

#[cfg(test)]
mod tests {
    use super::{fixed, on_step, plain_opt, rounded_opt, step_decimals};

    #[test]
    fn scales_show_the_decimals_their_step_needs() {
        assert_eq!(step_decimals(5.0), 0);
        assert_eq!(step_decimals(0.5), 1);
        assert_eq!(step_decimals(0.05), 2);
        assert_eq!(fixed(-0.0001, 1), "0.0");
        assert_eq!(fixed(60.0, 1), "60.0");
        assert_eq!(on_step(60.0, 0.5), "60");
        assert_eq!(on_step(62.46, 0.5), "62.5");
        assert_eq!(on_step(-0.0001, 0.5), "0");
    }

    #[test]
    fn no_value_is_a_dash() {
        assert_eq!(plain_opt(None), "–");
        assert_eq!(plain_opt(Some(66.25)), "66.25");
        assert_eq!(rounded_opt(None), "–");
        assert_eq!(rounded_opt(Some(10.0 / 3.0)), "3.33");
    }
}
