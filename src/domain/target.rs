//! The target assistant: a realistic target for a metric, from its current
//! state (the mean of its latest readings), the plan's `target_guide` (the
//! method's "about 120% of the current state") and, when given, a benchmark
//! of similar organisations — with the reasons, in words.

use serde::Serialize;

use super::facts::{is_worse, suggested_target};
use super::model::{Direction, Metric, Reading};
use super::realism::{self, within_no_effort_band};
use super::types::{Date, Id};
use crate::i18n::{Lang, Phrase};
use crate::phrase;

/// How many of the latest readings make the current state, by default.
pub const LAST_READINGS: usize = 4;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Suggestion {
    pub metric: Id,
    pub direction: Direction,
    /// The current state the target improves on.
    pub current: f64,
    /// Where the current state comes from, in English words.
    pub current_from: String,
    pub guide: f64,
    /// The current state improved by the guide.
    pub from_guide: f64,
    pub benchmark: Option<f64>,
    /// The target proposed.
    pub proposed: f64,
    /// The metric's target now, if any.
    pub existing: Option<f64>,
    /// When the proposed target is to be reached: the target's own date
    /// while it is still ahead, else the plan's end.
    pub by: Date,
    /// Why the proposal is what it is, one sentence each, in English:
    /// the JSON's, the same whatever the language shown.
    pub reasons: Vec<String>,
    /// The same reasons, worded when shown, in the language shown.
    #[serde(skip)]
    pub why: Vec<Phrase>,
}

/// The proposal for `metric`, or why there can be none.
pub fn suggest(
    metric: &Metric,
    guide: f64,
    benchmark: Option<f64>,
    last: usize,
    today: Date,
    plan_end: Date,
) -> Result<Suggestion, Phrase> {
    if !(guide > 1.0 && guide.is_finite()) {
        return Err(phrase!("cli-target-bad-guide", guide = guide.to_string()));
    }
    let mut recent: Vec<&Reading> = metric
        .readings
        .iter()
        .filter(|r| r.unit.is_none())
        .collect();
    recent.sort_by_key(|r| r.on);
    let recent: Vec<&Reading> = recent
        .iter()
        .rev()
        .take(last.max(1))
        .rev()
        .copied()
        .collect();
    let (current, current_from, decimals) = match (recent.first(), recent.last()) {
        (Some(first), Some(latest)) => {
            let mean = recent.iter().map(|r| r.value).sum::<f64>() / recent.len() as f64;
            let from = if recent.len() == 1 {
                phrase!("cli-target-from-reading", on = latest.on.to_string())
            } else {
                phrase!(
                    "cli-target-from-mean",
                    count = recent.len(),
                    first = first.on.to_string(),
                    latest = latest.on.to_string()
                )
            };
            let decimals = recent
                .iter()
                .map(|r| decimals_of(r.value))
                .max()
                .unwrap_or(0);
            (mean, from, decimals)
        }
        _ => match &metric.baseline {
            Some(b) => (
                b.value,
                phrase!("cli-target-from-baseline", on = b.on.to_string()),
                decimals_of(b.value),
            ),
            None => {
                return Err(phrase!(
                    "cli-target-no-state",
                    id = metric.id.as_str().to_string()
                ))
            }
        },
    };
    let direction = metric.direction;
    let percent = metric.unit.as_deref() == Some("%");
    let step = ((guide - 1.0) * 100.0).round();
    let scale = metric.scale;
    let from_guide = bounded(suggested_target(current, direction, guide, scale), percent);
    let mut reasons = vec![phrase!(
        "cli-target-today",
        value = shown(round_to(current, decimals + 1))
    )
    .with_phrase("from", current_from.clone())];
    if current > 0.0 && scale.is_none() {
        reasons.push(phrase!(
            "cli-target-guide-percent",
            step = step.to_string(),
            value = shown(round_to(from_guide, decimals))
        ));
    } else {
        // A percentage of a value at or below zero is no improvement: the
        // gain is counted in points (see `realism`).
        let reference = realism::reference(current, scale);
        let points = realism::step(direction, guide) * reference;
        let of = match scale {
            Some([min, max]) if reference > current.abs() => phrase!(
                "cli-target-of-scale",
                min = shown(min),
                max = shown(max),
                reference = shown(reference)
            ),
            Some(_) | None if current != 0.0 => {
                phrase!("cli-target-of-size", reference = shown(reference))
            }
            _ => phrase!("cli-target-of-one"),
        };
        reasons.push(
            phrase!(
                "cli-target-guide-points",
                step = step.to_string(),
                points = shown(round_to(points, decimals + 1)),
                value = shown(round_to(from_guide, decimals))
            )
            .with_phrase("of", of),
        );
    }
    let proposed = match benchmark {
        None => from_guide,
        Some(b) if !is_worse(direction, current, b) => {
            reasons.push(phrase!(
                "cli-target-benchmark-not-better",
                benchmark = shown(b)
            ));
            from_guide
        }
        Some(b) if is_worse(direction, from_guide, b) => {
            reasons.push(phrase!(
                "cli-target-benchmark-too-far",
                benchmark = shown(b)
            ));
            from_guide
        }
        Some(b) if within_no_effort_band(current, b, direction, guide, scale) => {
            reasons.push(phrase!(
                "cli-target-benchmark-no-effort",
                benchmark = shown(b)
            ));
            from_guide
        }
        Some(b) => {
            reasons.push(phrase!(
                "cli-target-benchmark-realistic",
                benchmark = shown(b)
            ));
            b
        }
    };
    if percent && (from_guide - suggested_target(current, direction, guide, scale)).abs() > 1e-9 {
        reasons.push(phrase!("cli-target-percent-bounds"));
    }
    let proposed = round_better(proposed, current, direction, decimals);
    if !proposed.is_finite() || !from_guide.is_finite() || !current.is_finite() {
        return Err(phrase!(
            "cli-target-too-large",
            id = metric.id.as_str().to_string()
        ));
    }
    let by = match &metric.target {
        Some(t) if t.by > today => t.by,
        _ => plan_end,
    };
    match &metric.target {
        Some(t) if t.by > today => reasons.push(phrase!(
            "cli-target-now",
            value = shown(t.value),
            by = t.by.to_string()
        )),
        Some(t) => reasons.push(phrase!(
            "cli-target-now-past",
            value = shown(t.value),
            by = t.by.to_string(),
            end = plan_end.to_string()
        )),
        None => reasons.push(phrase!("cli-target-none-yet", end = plan_end.to_string())),
    }
    Ok(Suggestion {
        metric: metric.id.clone(),
        direction,
        current: round_to(current, decimals + 1),
        current_from: current_from.in_lang(Lang::En),
        guide,
        from_guide: round_to(from_guide, decimals),
        benchmark,
        proposed,
        existing: metric.target.map(|t| t.value),
        by,
        reasons: reasons.iter().map(|r| r.in_lang(Lang::En)).collect(),
        why: reasons,
    })
}

/// The metric with the proposal as its target.
pub fn apply(metric: &mut Metric, s: &Suggestion) {
    metric.target = Some(super::model::Target {
        value: s.proposed,
        by: s.by,
    });
}

fn bounded(value: f64, percent: bool) -> f64 {
    if percent {
        value.clamp(0.0, 100.0)
    } else {
        value
    }
}

/// How many decimals a reading is written with (at most 2).
fn decimals_of(value: f64) -> usize {
    (0..=2)
        .find(|d| {
            let scale = 10f64.powi(*d as i32);
            ((value * scale).round() - value * scale).abs() < 1e-6
        })
        .unwrap_or(2)
}

/// `target` rounded like the readings, with more decimals (up to two
/// more) when that rounding would undo the improvement: from 0, a target
/// of 0.2 is not a target of 0.
fn round_better(target: f64, current: f64, direction: Direction, decimals: usize) -> f64 {
    (decimals..=decimals + 2)
        .map(|d| round_to(target, d))
        .find(|t| is_worse(direction, current, *t))
        .unwrap_or_else(|| round_to(target, decimals))
}

fn round_to(value: f64, decimals: usize) -> f64 {
    let scale = 10f64.powi(decimals.min(3) as i32);
    (value * scale).round() / scale
}

fn shown(value: f64) -> String {
    let mut text = format!("{value:.3}");
    while text.contains('.') && (text.ends_with('0') || text.ends_with('.')) {
        text.pop();
    }
    text
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use serde_json::json;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn metric(direction: &str, unit: &str, readings: serde_json::Value) -> Metric {
        serde_json::from_value(json!({
            "id": "fcr", "name": "FCR", "direction": direction, "unit": unit,
            "baseline": {"value": 60, "on": "2026-01-01"},
            "target": {"value": 70, "by": "2026-12-31"},
            "readings": readings,
        }))
        .unwrap()
    }

    fn readings(values: &[f64]) -> serde_json::Value {
        json!(values
            .iter()
            .enumerate()
            .map(|(i, v)| json!({"on": format!("2026-0{}-01", i + 1), "value": v}))
            .collect::<Vec<_>>())
    }

    #[test]
    fn the_current_state_is_the_mean_of_the_latest_readings() {
        let m = metric("up", "%", readings(&[50.0, 60.0, 62.0, 64.0, 66.0]));
        let s = suggest(&m, 1.2, None, 4, d("2026-06-01"), d("2027-06-30")).unwrap();
        assert_eq!(s.current, 63.0);
        assert_eq!(
            s.current_from,
            "the mean of the last 4 readings, 2026-02-01 to 2026-05-01"
        );
        assert_eq!(
            s.from_guide, 76.0,
            "63 × 1.2 = 75.6, written like the readings"
        );
        assert_eq!(s.proposed, 76.0);
        assert_eq!(s.existing, Some(70.0));
    }

    #[test]
    fn lower_is_better_divides_by_the_guide() {
        let m = metric("down", "s", readings(&[300.0]));
        let s = suggest(&m, 1.2, None, 4, d("2026-06-01"), d("2027-06-30")).unwrap();
        assert_eq!(s.proposed, 250.0);
        assert_eq!(s.current_from, "the reading of 2026-01-01");
    }

    #[test]
    fn a_benchmark_within_the_guide_is_the_target_beyond_it_is_not() {
        let m = metric("up", "%", readings(&[60.0]));
        assert_eq!(
            suggest(&m, 1.2, Some(68.0), 4, d("2026-06-01"), d("2027-06-30"))
                .unwrap()
                .proposed,
            68.0
        );
        let far = suggest(&m, 1.2, Some(90.0), 4, d("2026-06-01"), d("2027-06-30")).unwrap();
        assert_eq!(far.proposed, 72.0);
        assert!(far.reasons.iter().any(|r| r.contains("would frustrate")));
        let worse = suggest(&m, 1.2, Some(55.0), 4, d("2026-06-01"), d("2027-06-30")).unwrap();
        assert_eq!(worse.proposed, 72.0);
        assert!(worse
            .reasons
            .iter()
            .any(|r| r.contains("not better than today")));
        // Down: a benchmark lower than today but not below the guide.
        let down = metric("down", "s", readings(&[300.0]));
        let at = |b: f64| {
            suggest(&down, 1.2, Some(b), 4, d("2026-06-01"), d("2027-06-30"))
                .unwrap()
                .proposed
        };
        assert_eq!(at(270.0), 270.0);
        assert_eq!(at(200.0), 250.0);
    }

    #[test]
    fn percentages_stay_at_most_100_and_decimals_follow_the_readings() {
        let m = metric("up", "%", readings(&[90.0]));
        let s = suggest(&m, 1.2, None, 4, d("2026-06-01"), d("2027-06-30")).unwrap();
        assert_eq!(s.proposed, 100.0);
        assert!(s.reasons.iter().any(|r| r.contains("between 0 and 100")));
        let m = metric("up", "points", readings(&[20.5]));
        assert_eq!(
            suggest(&m, 1.2, None, 4, d("2026-06-01"), d("2027-06-30"))
                .unwrap()
                .proposed,
            24.6
        );
    }

    #[test]
    fn without_readings_the_baseline_is_the_current_state_and_without_both_none() {
        let m = metric("up", "%", json!([]));
        let s = suggest(&m, 1.2, None, 4, d("2026-06-01"), d("2027-06-30")).unwrap();
        assert_eq!(s.current, 60.0);
        assert!(s.current_from.starts_with("the baseline of 2026-01-01"));
        let mut bare = m.clone();
        bare.baseline = None;
        assert!(
            suggest(&bare, 1.2, None, 4, d("2026-06-01"), d("2027-06-30"))
                .unwrap_err()
                .in_lang(Lang::En)
                .contains("record a reading first")
        );
        assert!(suggest(&m, 1.0, None, 4, d("2026-06-01"), d("2027-06-30")).is_err());
    }

    #[test]
    fn the_target_date_is_kept_while_ahead_else_the_plans_end() {
        let mut m = metric("up", "%", json!([]));
        let s = suggest(&m, 1.2, None, 4, d("2026-06-01"), d("2027-06-30")).unwrap();
        assert_eq!(s.by, d("2026-12-31"));
        let late = suggest(&m, 1.2, None, 4, d("2027-01-15"), d("2027-06-30")).unwrap();
        assert_eq!(late.by, d("2027-06-30"));
        assert!(late.reasons.iter().any(|r| r.contains("already past")));
        apply(&mut m, &late);
        assert_eq!(m.target.unwrap().by, d("2027-06-30"));
        assert_eq!(m.target.unwrap().value, 72.0);
    }

    fn nps(direction: &str, scale: bool, today: f64) -> Metric {
        let mut m = json!({"id": "nps", "name": "NPS", "direction": direction,
                           "readings": [{"on": "2026-05-01", "value": today}]});
        if scale {
            m["scale"] = json!([-100, 100]);
        }
        serde_json::from_value(m).unwrap()
    }

    fn proposed(m: &Metric, benchmark: Option<f64>) -> f64 {
        suggest(m, 1.2, benchmark, 4, d("2026-06-01"), d("2026-12-31"))
            .unwrap()
            .proposed
    }

    #[test]
    fn at_zero_and_below_the_proposal_is_better_than_today() {
        // (today, up on −100..100, down on −100..100): see `realism`.
        for (today, up, down) in [
            (-50.0, -40.0, -58.0),
            (-11.0, -7.0, -14.0),
            (0.0, 4.0, -3.0),
            (10.0, 14.0, 7.0),
            (60.0, 72.0, 50.0),
        ] {
            assert_eq!(proposed(&nps("up", true, today), None), up, "up {today}");
            assert_eq!(
                proposed(&nps("down", true, today), None),
                down,
                "down {today}"
            );
        }
        // Without a scale: −11 gives −8.8, shown as −9; never −13.
        let s = suggest(
            &nps("up", false, -11.0),
            1.2,
            None,
            4,
            d("2026-06-01"),
            d("2026-12-31"),
        )
        .unwrap();
        assert_eq!(s.proposed, -9.0);
        assert!(
            s.reasons.iter().any(|r| r.contains("points")),
            "{:?}",
            s.reasons
        );
        assert_eq!(
            proposed(&nps("up", false, 0.0), None),
            0.2,
            "not rounded back to 0"
        );
        assert_eq!(proposed(&nps("up", false, 60.0), None), 72.0);
    }

    #[test]
    fn a_benchmark_in_the_no_effort_band_is_not_the_target() {
        let m = metric("up", "%", readings(&[69.58]));
        let s = suggest(&m, 1.2, Some(70.0), 4, d("2026-06-01"), d("2027-06-30")).unwrap();
        assert_eq!(s.proposed, 83.5);
        assert!(s.reasons.iter().any(|r| r.contains("no effort")));
        // Half the guide's step or more is proposed as it is.
        assert_eq!(proposed(&nps("up", true, -11.0), Some(-8.0)), -8.0);
        assert_eq!(proposed(&nps("up", true, -11.0), Some(-10.0)), -7.0);
    }
}
