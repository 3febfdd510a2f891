//! The checks of a plan's numbers and dates against the method: metric
//! scales, target horizons, readings from the future, a charter approved
//! in the future, goals without metrics and metrics without baseline or
//! target. Warnings unless a value is impossible (outside its scale).

use super::label::label;
use super::{num, Check, CHARTER, GOALS, METRICS};
use crate::domain::model::Metric;
use crate::domain::types::Date;
use crate::{path, t};

impl Check<'_> {
    pub(super) fn charter_approval(&mut self, today: Date) {
        let Some(on) = self.plan.charter.approved_on.filter(|on| *on > today) else {
            return;
        };
        let mut s = self.item(CHARTER, label!("check-whose-charter"), path![]);
        let (on, today) = (on.to_string(), today.to_string());
        let message = t!("check-approved-in-future", on = on, today = today);
        s.warn("approved-in-future", s.at(&["approved_on"]), message);
    }

    pub(super) fn goals_have_metrics(&mut self) {
        let plan = self.plan;
        for (i, goal) in plan.goals.goals.iter().enumerate() {
            if !goal.metrics.is_empty() {
                continue;
            }
            let id = &goal.id;
            let whose = label!("check-whose-goal", id = id.as_str());
            let mut s = self.item(GOALS, whose, path!["goals", i]);
            let message = t!("check-goal-without-metrics", id = id.as_str());
            s.warn("goal-without-metrics", s.at(&[]), message);
        }
    }

    pub(super) fn metric_scale(&mut self, i: usize, metric: &Metric) {
        let Some([min, max]) = metric.scale else {
            return;
        };
        let id = &metric.id;
        let whose = label!("check-whose-metric", id = id.as_str());
        let mut s = self.item(METRICS, whose, path!["metrics", i]);
        // NaN at either end is no scale either.
        if min.partial_cmp(&max) != Some(std::cmp::Ordering::Less) {
            let (min, max) = (num(min), num(max));
            let message = t!("check-scale-order", id = id.as_str(), min = min, max = max);
            s.error("bad-value", s.at(&["scale"]), message);
            return;
        }
        let outside = |v: f64| v < min || v > max;
        let range = format!("[{}, {}]", num(min), num(max));
        if let Some(b) = metric.baseline.filter(|b| outside(b.value)) {
            let (value, range) = (num(b.value), range.as_str());
            let message = t!(
                "check-baseline-off-scale",
                value = value,
                id = id.as_str(),
                range = range
            );
            s.error("out-of-range", s.at(&["baseline", "value"]), message);
        }
        if let Some(t) = metric.target.filter(|t| outside(t.value)) {
            let (value, range) = (num(t.value), range.as_str());
            let message = t!(
                "check-target-off-scale",
                value = value,
                id = id.as_str(),
                range = range
            );
            s.error("out-of-range", s.at(&["target", "value"]), message);
        }
        for (k, r) in metric.readings.iter().enumerate() {
            if outside(r.value) {
                let message = t!(
                    "check-reading-off-scale",
                    value = num(r.value),
                    on = r.on.to_string(),
                    id = id.as_str(),
                    range = range.as_str()
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
        let whose = label!("check-whose-metric", id = id.as_str());
        let mut s = self.item(METRICS, whose, path!["metrics", i]);
        if metric.baseline.is_none() {
            let message = t!("check-no-baseline", id = id.as_str());
            s.warn("no-baseline", s.at(&[]), message);
        }
        if metric.target.is_none() {
            let message = t!("check-no-target", id = id.as_str());
            s.warn("no-target", s.at(&[]), message);
        }
        if let (Some(b), Some(t)) = (metric.baseline, metric.target) {
            let horizon = meta.horizon();
            let limit = horizon.after(b.on);
            if has_meta && t.by > limit {
                let message = t!(
                    "check-target-horizon",
                    id = id.as_str(),
                    by = t.by.to_string(),
                    horizon = horizon_words(horizon),
                    on = b.on.to_string(),
                    limit = limit.to_string()
                );
                s.warn("target-horizon", s.at(&["target", "by"]), message);
            }
        }
        if let Some(t) = metric.target.filter(|t| has_meta && t.by > meta.end) {
            let (by, end) = (t.by.to_string(), meta.end.to_string());
            let message = t!(
                "check-target-after-end",
                id = id.as_str(),
                by = by,
                end = end
            );
            s.warn("target-after-end", s.at(&["target", "by"]), message);
        }
        for (k, r) in metric.readings.iter().enumerate() {
            if r.on > today {
                let (on, today) = (r.on.to_string(), today.to_string());
                let message = t!(
                    "check-reading-in-future",
                    id = id.as_str(),
                    on = on,
                    today = today
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
    t!("check-every", unit = unit, count = every.count)
}
