//! Target realism: how much better than today a target may be, on any
//! scale, behind `check`'s warnings and `charter target suggest`.
//!
//! The method calls a target of about 120% of the current state realistic,
//! one far above it frustrating and one at or below it no effort. "120%" is
//! a ratio, and a ratio means nothing at zero or below: for an NPS of −11,
//! −11 × 1.2 = −13.2 is *worse*. So improvement is measured in points, as
//! a share of a reference size `R` of the current value:
//!
//! - `R` is the current value's distance from zero, `|baseline|`; on a
//!   metric with a `scale: [min, max]` it is at least a tenth of the
//!   scale's span (so a value near zero still has room to improve); on a
//!   metric without a scale, a baseline of exactly 0 takes `R` = 1 point.
//! - Higher is better: the realistic target is `baseline + (guide − 1) × R`.
//!   Lower is better: `baseline − (1 − 1/guide) × R`. For a positive
//!   baseline without a scale this is exactly `baseline × guide` and
//!   `baseline ÷ guide`, the method's rule as written.
//! - Frustrating: a gain of more than 1.5 × the guide's step (with the
//!   guide 1.2, more than 0.3 × R up, or 1 − 1/1.3 ≈ 0.23 × R down).
//! - No effort: a target not better than the baseline.
//! - The realistic target never leaves the scale (nor 0..100 for a unit
//!   of `%`).
//!
//! Worked examples, guide 1.2, higher is better:
//!
//! | baseline | scale      | R  | realistic | frustrating above |
//! |---------:|------------|---:|----------:|------------------:|
//! |      −50 | −100..100  | 50 |       −40 |               −35 |
//! |      −11 | −100..100  | 20 |        −7 |                −5 |
//! |      −11 | none       | 11 |      −8.8 |              −7.7 |
//! |        0 | −100..100  | 20 |         4 |                 6 |
//! |       10 | −100..100  | 20 |        14 |                16 |
//! |       60 | −100..100  | 60 |        72 |                78 |
//! |       60 | none       | 60 |        72 |                78 |
//!
//! An NPS of −10 with a target of −12 asks for no effort; with a target of
//! 15 (25 points, where 3 would be realistic without a scale and 4 with
//! −100..100) it frustrates.
//!
//! Lower is better, guide 1.2 (step 1 − 1/1.2 = 1/6 of R): a handling time
//! of 300 s → 250 s; a baseline of −50 on −100..100 → −58.33; 0 → −3.33;
//! 60 → 50.

use serde::Serialize;

use super::model::{Direction, Metric};

/// Why a target is not realistic.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Realism {
    /// Far above what the guide calls realistic: it frustrates.
    Frustrating,
    /// Not better than the baseline: it asks for no effort.
    NoEffort,
}

/// The size improvements of `value` are measured against (`R` above).
pub fn reference(value: f64, scale: Option<[f64; 2]>) -> f64 {
    match scale {
        Some([min, max]) => value.abs().max((max - min).abs() / 10.0),
        None if value == 0.0 => 1.0,
        None => value.abs(),
    }
}

/// The share of `R` the guide asks for: 0.2 up and 1/6 down with 1.2.
pub fn step(direction: Direction, guide: f64) -> f64 {
    match direction {
        Direction::Up => guide - 1.0,
        Direction::Down => 1.0 - 1.0 / guide,
    }
}

/// The gain of going from `from` to `to`, positive when `to` is better.
pub fn gain(direction: Direction, from: f64, to: f64) -> f64 {
    match direction {
        Direction::Up => to - from,
        Direction::Down => from - to,
    }
}

/// The realistic target: `current` improved by the guide, kept on the
/// scale.
pub fn suggested_target(
    current: f64,
    direction: Direction,
    guide: f64,
    scale: Option<[f64; 2]>,
) -> f64 {
    let by = step(direction, guide) * reference(current, scale);
    let target = match direction {
        Direction::Up => current + by,
        Direction::Down => current - by,
    };
    on_scale(target, scale)
}

/// `value` kept between the scale's ends (in whichever order written).
pub fn on_scale(value: f64, scale: Option<[f64; 2]>) -> f64 {
    match scale {
        Some([a, b]) if a.is_finite() && b.is_finite() => value.clamp(a.min(b), a.max(b)),
        _ => value,
    }
}

/// The largest gain that is still realistic from `current`.
pub fn frustrating_gain(
    current: f64,
    direction: Direction,
    guide: f64,
    scale: Option<[f64; 2]>,
) -> f64 {
    // 1 + 1.5 × 0.2 is 1.2999…98 in floating point: the slack keeps a
    // target of exactly +30% realistic.
    let limit = 1.0 + 1.5 * (guide - 1.0);
    step(direction, limit) * reference(current, scale) * (1.0 + 1e-9)
}

/// None when the target is realistic (or there is no baseline or target).
pub fn target_realism(metric: &Metric, guide: f64) -> Option<Realism> {
    let baseline = metric.baseline?.value;
    let target = metric.target?.value;
    let direction = metric.direction;
    let gained = gain(direction, baseline, target);
    if gained <= 0.0 {
        Some(Realism::NoEffort)
    } else if gained > frustrating_gain(baseline, direction, guide, metric.scale) {
        Some(Realism::Frustrating)
    } else {
        None
    }
}

/// Whether going from `current` to `to` gains less than half of what the
/// guide asks: a benchmark that close to today is not a target worth
/// proposing (70 against today's 69.58 asks for no effort).
pub fn within_no_effort_band(
    current: f64,
    to: f64,
    direction: Direction,
    guide: f64,
    scale: Option<[f64; 2]>,
) -> bool {
    let asked = step(direction, guide) * reference(current, scale);
    gain(direction, current, to) < asked / 2.0
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use serde_json::json;

    const NPS: Option<[f64; 2]> = Some([-100.0, 100.0]);

    fn metric(direction: &str, scale: Option<[f64; 2]>, b: f64, t: f64) -> Metric {
        let mut m = json!({"id": "nps", "name": "NPS", "direction": direction,
                           "baseline": {"value": b, "on": "2026-01-01"},
                           "target": {"value": t, "by": "2026-07-01"}});
        if let Some(s) = scale {
            m["scale"] = json!(s);
        }
        serde_json::from_value(m).unwrap()
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-6
    }

    #[test]
    fn the_worked_examples_up() {
        let up = |b, s| suggested_target(b, Direction::Up, 1.2, s);
        assert!(close(up(-50.0, NPS), -40.0));
        assert!(close(up(-11.0, NPS), -7.0));
        assert!(close(up(-11.0, None), -8.8), "better than −11, not −13.2");
        assert!(close(up(0.0, NPS), 4.0));
        assert!(close(up(0.0, None), 0.2));
        assert!(close(up(10.0, NPS), 14.0));
        assert!(close(up(60.0, NPS), 72.0));
        assert!(close(up(60.0, None), 72.0), "the method's × 1.2");
        assert!(close(up(95.0, NPS), 100.0), "kept on the scale");
    }

    #[test]
    fn the_worked_examples_down() {
        let down = |b, s| suggested_target(b, Direction::Down, 1.2, s);
        assert!(close(down(-50.0, NPS), -50.0 - 50.0 / 6.0));
        assert!(close(down(-11.0, NPS), -11.0 - 20.0 / 6.0));
        assert!(close(down(0.0, NPS), -20.0 / 6.0));
        assert!(close(down(10.0, NPS), 10.0 - 20.0 / 6.0));
        assert!(close(down(60.0, NPS), 50.0));
        assert!(close(down(300.0, None), 250.0), "the method's ÷ 1.2");
        assert!(close(down(-95.0, NPS), -100.0), "kept on the scale");
    }

    #[test]
    fn nps_at_minus_ten() {
        for scale in [None, NPS] {
            let r = |t| target_realism(&metric("up", scale, -10.0, t), 1.2);
            assert_eq!(r(-12.0), Some(Realism::NoEffort));
            assert_eq!(r(-10.0), Some(Realism::NoEffort));
            assert_eq!(r(15.0), Some(Realism::Frustrating));
            assert_eq!(r(-8.0), None);
        }
    }

    #[test]
    fn realism_at_each_baseline_both_ways() {
        // (baseline, realistic, frustrating) on −100..100, up then down.
        for (b, ok, far) in [
            (-50.0, -40.0, -30.0),
            (-11.0, -7.0, -2.0),
            (0.0, 4.0, 10.0),
            (10.0, 14.0, 20.0),
            (60.0, 72.0, 80.0),
        ] {
            let r = |t| target_realism(&metric("up", NPS, b, t), 1.2);
            assert_eq!(r(ok), None, "up {b} → {ok}");
            assert_eq!(r(far), Some(Realism::Frustrating), "up {b} → {far}");
            assert_eq!(r(b - 1.0), Some(Realism::NoEffort), "up {b}");
            // Mirrored for lower is better.
            let r = |t| target_realism(&metric("down", NPS, -b, t), 1.2);
            let ok_down = -b - (b - ok).abs() * 5.0 / 6.0;
            assert_eq!(r(ok_down), None, "down {} → {ok_down}", -b);
            assert_eq!(r(-far), Some(Realism::Frustrating), "down {}", -b);
            assert_eq!(r(-b + 1.0), Some(Realism::NoEffort), "down {}", -b);
        }
    }

    #[test]
    fn a_plus_30_percent_target_is_still_realistic() {
        assert_eq!(target_realism(&metric("up", None, 100.0, 130.0), 1.2), None);
        assert_eq!(
            target_realism(&metric("up", None, 100.0, 131.0), 1.2),
            Some(Realism::Frustrating)
        );
    }

    #[test]
    fn a_benchmark_barely_above_today_is_in_the_no_effort_band() {
        assert!(within_no_effort_band(69.58, 70.0, Direction::Up, 1.2, None));
        assert!(!within_no_effort_band(
            69.58,
            80.0,
            Direction::Up,
            1.2,
            None
        ));
        assert!(within_no_effort_band(-11.0, -10.0, Direction::Up, 1.2, NPS));
        assert!(!within_no_effort_band(
            300.0,
            260.0,
            Direction::Down,
            1.2,
            None
        ));
    }
}
