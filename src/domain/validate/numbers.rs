//! The checks of a plan's numbers and dates against the method: metric
//! scales, target horizons, readings from the future, a charter approved
//! in the future, goals without metrics and metrics without baseline or
//! target. Warnings unless a value is impossible (outside its scale).

use super::{num, Check, CHARTER, GOALS, METRICS};
use crate::domain::model::Metric;
use crate::domain::types::Date;
use crate::path;

impl Check<'_> {
    pub(super) fn charter_approval(&mut self, today: Date) {
        let Some(on) = self.plan.charter.approved_on.filter(|on| *on > today) else {
            return;
        };
        let mut s = self.item(CHARTER, "the charter".into(), path![]);
        let message = format!(
            "the charter is approved on {on}, a date still to come (today is {today}): \
             set approved_on to the day it was approved, or remove it until then"
        );
        s.warn("approved-in-future", s.at(&["approved_on"]), message);
    }

    pub(super) fn goals_have_metrics(&mut self) {
        let plan = self.plan;
        for (i, goal) in plan.goals.goals.iter().enumerate() {
            if !goal.metrics.is_empty() {
                continue;
            }
            let id = &goal.id;
            let mut s = self.item(GOALS, format!("goal `{id}`"), path!["goals", i]);
            let message = format!(
                "goal `{id}` has no metric: the method fixes the success metrics with the goals; \
                 add `metrics: [ID]` with the metric that shows it is reached"
            );
            s.warn("goal-without-metrics", s.at(&[]), message);
        }
    }

    pub(super) fn metric_scale(&mut self, i: usize, metric: &Metric) {
        let Some([min, max]) = metric.scale else {
            return;
        };
        let id = &metric.id;
        let mut s = self.item(METRICS, format!("metric `{id}`"), path!["metrics", i]);
        // NaN at either end is no scale either.
        if min.partial_cmp(&max) != Some(std::cmp::Ordering::Less) {
            let message = format!(
                "metric `{id}` has the scale [{}, {}]: the first value is the lowest the metric \
                 can take and must be below the second, e.g. [-100, 100] for an NPS",
                num(min),
                num(max)
            );
            s.error("bad-value", s.at(&["scale"]), message);
            return;
        }
        let outside = |v: f64| v < min || v > max;
        let range = format!("[{}, {}]", num(min), num(max));
        if let Some(b) = metric.baseline.filter(|b| outside(b.value)) {
            let message = format!(
                "the baseline {} of metric `{id}` is outside its scale {range}: \
                 fix the value, or widen the scale",
                num(b.value)
            );
            s.error("out-of-range", s.at(&["baseline", "value"]), message);
        }
        if let Some(t) = metric.target.filter(|t| outside(t.value)) {
            let message = format!(
                "the target {} of metric `{id}` is outside its scale {range}: \
                 no reading can reach it; set a target on the scale",
                num(t.value)
            );
            s.error("out-of-range", s.at(&["target", "value"]), message);
        }
        for (k, r) in metric.readings.iter().enumerate() {
            if outside(r.value) {
                let message = format!(
                    "the reading {} of {} for metric `{id}` is outside its scale {range}: \
                     fix the value (a typo?), or widen the scale",
                    num(r.value),
                    r.on
                );
                s.error(
                    "out-of-range",
                    path!["metrics", i, "readings", k, "value"],
                    message,
                );
            }
        }
    }

    pub(super) fn metric_targets(&mut self, i: usize, metric: &Metric, today: Date) {
        let (meta, has_meta) = (&self.plan.meta, self.has_meta);
        let id = &metric.id;
        let mut s = self.item(METRICS, format!("metric `{id}`"), path!["metrics", i]);
        if metric.baseline.is_none() {
            let message = format!(
                "metric `{id}` has no baseline: the target and the trajectory start from it; \
                 add `baseline: {{ value: V, on: YYYY-MM-DD }}` from past data"
            );
            s.warn("no-baseline", s.at(&[]), message);
        }
        if metric.target.is_none() {
            let message = format!(
                "metric `{id}` has no target: add `target: {{ value: V, by: YYYY-MM-DD }}` \
                 (`charter target suggest {id}` proposes a realistic one)"
            );
            s.warn("no-target", s.at(&[]), message);
        }
        if let (Some(b), Some(t)) = (metric.baseline, metric.target) {
            let horizon = meta.horizon();
            let limit = horizon.after(b.on);
            if has_meta && t.by > limit {
                let message = format!(
                    "the target of metric `{id}` is dated {}, more than {} after its baseline \
                     of {}: a goal model holds for 4–8 months, then it is checked and corrected; \
                     set an intermediate target by {limit} at the latest, or change \
                     target_horizon in plan.yaml",
                    t.by,
                    horizon_words(horizon),
                    b.on
                );
                s.warn("target-horizon", s.at(&["target", "by"]), message);
            }
        }
        if let Some(t) = metric.target.filter(|t| has_meta && t.by > meta.end) {
            let message = format!(
                "the target of metric `{id}` is dated {}, after the plan ends on {}: \
                 set it by the plan's end, or extend `end` in plan.yaml",
                t.by, meta.end
            );
            s.warn("target-after-end", s.at(&["target", "by"]), message);
        }
        for (k, r) in metric.readings.iter().enumerate() {
            if r.on > today {
                let message = format!(
                    "the reading of metric `{id}` is dated {}, after today ({today}): \
                     a reading records what was measured; fix its date",
                    r.on
                );
                s.warn(
                    "reading-in-future",
                    path!["metrics", i, "readings", k, "on"],
                    message,
                );
            }
        }
    }
}

/// `8m` as words: "8 months".
fn horizon_words(every: crate::domain::types::Every) -> String {
    use crate::domain::types::EveryUnit;
    let unit = match every.unit {
        EveryUnit::Day => "day",
        EveryUnit::Week => "week",
        EveryUnit::Month => "month",
        EveryUnit::Quarter => "quarter",
        EveryUnit::Year => "year",
    };
    let s = if every.count == 1 { "" } else { "s" };
    format!("{} {unit}{s}", every.count)
}
