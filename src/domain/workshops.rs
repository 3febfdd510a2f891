//! Service workshops and the tools they tried (workshops.yaml): each tool
//! is kept or dropped by its results, so each trial is shown with the
//! linked metric's mean before the workshop and during the trial.
//!
//! - Before: the metric's plan-wide readings in a window as long as the
//!   trial, ending the day before the workshop. A trial with no end (or
//!   one ending on the workshop's day) uses the span from the workshop to
//!   today, and at least one day.
//! - During: the readings from the workshop's date through the earlier of
//!   `trial_until` and today.
//!
//! Readings with a `unit` belong to that unit's breakdown (DESIGN §3) and
//! are left out, as for the metric's state.

use serde::Serialize;

use super::facts;
use super::model::{Metric, Plan, Tool, Verdict, Workshop};
use super::types::{Date, Id};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TrialState {
    /// Still being tried: today is on or before `trial_until`.
    OnTrial,
    /// The trial ended and no verdict was given: decide, keep or drop.
    Decide,
    Kept,
    Dropped,
}

impl TrialState {
    pub fn as_str(self) -> &'static str {
        match self {
            TrialState::OnTrial => "on_trial",
            TrialState::Decide => "decide",
            TrialState::Kept => "kept",
            TrialState::Dropped => "dropped",
        }
    }
}

/// The mean of the readings in a span, and how many there were.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Mean {
    pub mean: Option<f64>,
    pub readings: usize,
    pub from: Date,
    pub to: Date,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ToolTrial {
    pub workshop: Id,
    pub workshop_date: Date,
    pub topic: String,
    pub id: Id,
    pub name: String,
    pub metric: Option<Id>,
    pub trial_until: Option<Date>,
    pub verdict: Verdict,
    pub state: TrialState,
    /// Absent when the tool names no metric, or one the plan lacks.
    pub before: Option<Mean>,
    pub during: Option<Mean>,
    /// Whether the mean during the trial is better than before, by the
    /// metric's direction; None without both means.
    pub better: Option<bool>,
}

/// Every tool of every workshop, in file order.
pub fn tool_trials(plan: &Plan, today: Date) -> Vec<ToolTrial> {
    plan.workshops
        .workshops
        .iter()
        .flat_map(|w| w.tools.iter().map(move |t| trial(plan, w, t, today)))
        .collect()
}

/// The tools whose trial ended without a verdict.
pub fn to_decide(trials: &[ToolTrial]) -> impl Iterator<Item = &ToolTrial> {
    trials.iter().filter(|t| t.state == TrialState::Decide)
}

pub fn trial(plan: &Plan, w: &Workshop, t: &Tool, today: Date) -> ToolTrial {
    let state = match t.verdict {
        Verdict::Keep => TrialState::Kept,
        Verdict::Drop => TrialState::Dropped,
        Verdict::Trial if t.trial_until.is_some_and(|until| until < today) => TrialState::Decide,
        Verdict::Trial => TrialState::OnTrial,
    };
    let metric = t
        .metric
        .as_ref()
        .and_then(|id| plan.metrics.metrics.iter().find(|m| m.id == *id));
    let (before, during) = match metric {
        Some(m) => {
            let (before, during) = means(m, w.date, t.trial_until, today);
            (Some(before), Some(during))
        }
        None => (None, None),
    };
    let better = match (
        metric,
        before.and_then(|b| b.mean),
        during.and_then(|d| d.mean),
    ) {
        (Some(m), Some(b), Some(d)) if b != d => Some(facts::is_worse(m.direction, b, d)),
        (Some(_), Some(_), Some(_)) => Some(false),
        _ => None,
    };
    ToolTrial {
        workshop: w.id.clone(),
        workshop_date: w.date,
        topic: w.topic.clone(),
        id: t.id.clone(),
        name: t.name.clone(),
        metric: t.metric.clone(),
        trial_until: t.trial_until,
        verdict: t.verdict,
        state,
        before,
        during,
        better,
    }
}

/// The metric's mean before the workshop and during the trial.
pub fn means(m: &Metric, start: Date, until: Option<Date>, today: Date) -> (Mean, Mean) {
    let end = until.map_or(today, |u| u.min(today));
    let span = until
        .filter(|u| *u > start)
        .map_or_else(|| start.days_until(today), |u| start.days_until(u))
        .max(1);
    let before_to = start.add_days(-1);
    let before = mean_in(m, start.add_days(-span), before_to);
    let during = mean_in(m, start, end);
    (before, during)
}

fn mean_in(m: &Metric, from: Date, to: Date) -> Mean {
    let values: Vec<f64> = m
        .readings
        .iter()
        .filter(|r| r.unit.is_none() && r.on >= from && r.on <= to)
        .map(|r| r.value)
        .collect();
    Mean {
        mean: (!values.is_empty())
            .then(|| facts::round2(values.iter().sum::<f64>() / values.len() as f64)),
        readings: values.len(),
        from,
        to,
    }
}

/// The trial's means in words: "fcr 61.5 before (2 readings), 66 during
/// (3 readings): better".
pub fn describe(t: &ToolTrial) -> String {
    let Some(metric) = &t.metric else {
        return "no metric linked: link one with `metric:` to judge the tool by results".into();
    };
    let (Some(before), Some(during)) = (t.before, t.during) else {
        return format!("metric `{metric}` is not in metrics.yaml");
    };
    let part = |m: Mean, when: &str| match m.mean {
        Some(v) => format!(
            "{} {when} ({} reading{})",
            crate::domain::number::rounded(v),
            m.readings,
            if m.readings == 1 { "" } else { "s" }
        ),
        None => format!("no readings {when}"),
    };
    let verdict = match t.better {
        Some(true) => ": better",
        Some(false) => ": not better",
        None => "",
    };
    format!(
        "{metric} {}, {}{verdict}",
        part(before, "before"),
        part(during, "during")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::{Direction, Reading, WorkshopsFile};

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn plan(direction: Direction, verdict: Verdict, until: Option<&str>) -> Plan {
        let mut plan = Plan::default();
        let readings = [
            ("2026-02-01", 50.0, None),
            ("2026-02-20", 60.0, None),
            ("2026-02-25", 10.0, Some("haifa")),
            ("2026-03-15", 70.0, None),
            ("2026-04-10", 80.0, None),
            ("2026-06-01", 99.0, None),
        ];
        let metric: Metric = serde_json::from_value(serde_json::json!({
            "id": "fcr", "name": "FCR", "direction": direction,
        }))
        .unwrap();
        plan.metrics.metrics = vec![Metric {
            readings: readings
                .iter()
                .map(|(on, value, unit)| Reading {
                    on: d(on),
                    value: *value,
                    unit: unit.map(|u| Id::new(u).unwrap()),
                })
                .collect(),
            ..metric
        }];
        plan.workshops = serde_json::from_value::<WorkshopsFile>(serde_json::json!({
            "workshops": [{"id": "q1", "date": "2026-03-01", "topic": "Angry callers",
                "tools": [{"id": "script", "name": "Call-back script", "metric": "fcr",
                           "trial_until": until, "verdict": verdict}]}]
        }))
        .unwrap();
        plan
    }

    #[test]
    fn a_trial_past_its_end_without_verdict_asks_for_a_decision() {
        let p = plan(Direction::Up, Verdict::Trial, Some("2026-04-30"));
        let t = &tool_trials(&p, d("2026-05-10"))[0];
        assert_eq!(t.state, TrialState::Decide);
        // A 60-day trial: before is the 60 days to 2026-02-28, the unit's reading left out.
        let before = t.before.unwrap();
        assert_eq!((before.mean, before.readings), (Some(55.0), 2));
        assert_eq!((before.from, before.to), (d("2025-12-31"), d("2026-02-28")));
        let during = t.during.unwrap();
        assert_eq!((during.mean, during.readings), (Some(75.0), 2));
        assert_eq!(t.better, Some(true));
        assert_eq!(
            describe(t),
            "fcr 55 before (2 readings), 75 during (2 readings): better"
        );
        assert_eq!(to_decide(std::slice::from_ref(t)).count(), 1);
    }

    #[test]
    fn on_trial_until_its_end_and_a_verdict_settles_it() {
        let p = plan(Direction::Up, Verdict::Trial, Some("2026-04-30"));
        let t = &tool_trials(&p, d("2026-04-30"))[0];
        assert_eq!(t.state, TrialState::OnTrial);
        let p = plan(Direction::Up, Verdict::Keep, Some("2026-04-30"));
        assert_eq!(tool_trials(&p, d("2026-09-01"))[0].state, TrialState::Kept);
        let p = plan(Direction::Up, Verdict::Drop, Some("2026-04-30"));
        assert_eq!(
            tool_trials(&p, d("2026-09-01"))[0].state,
            TrialState::Dropped
        );
    }

    #[test]
    fn lower_is_better_turns_the_judgement() {
        let p = plan(Direction::Down, Verdict::Trial, Some("2026-04-30"));
        assert_eq!(tool_trials(&p, d("2026-05-10"))[0].better, Some(false));
    }

    #[test]
    fn an_open_ended_trial_looks_back_as_far_as_it_ran() {
        let p = plan(Direction::Up, Verdict::Trial, None);
        let t = &tool_trials(&p, d("2026-03-20"))[0];
        assert_eq!(t.state, TrialState::OnTrial);
        let before = t.before.unwrap();
        assert_eq!((before.from, before.to), (d("2026-02-10"), d("2026-02-28")));
        assert_eq!(before.mean, Some(60.0));
        assert_eq!(t.during.unwrap().mean, Some(70.0));
    }
}
