//! Surveys of customers, employees and managers (surveys.yaml): their
//! scores as readings of the metrics they measure, and the cadence that
//! asks for each kind again about every six months.
//!
//! [`figures`] is the one place where a metric's readings are gathered for
//! the figures charter derives: status, trend, report and exceptions (and
//! the TUI's overview) read the plan it gives. metrics.yaml readings come
//! first; a survey's score is added as a reading of its metric dated the
//! survey's `on`, with the survey's `unit`, unless metrics.yaml already has
//! a reading of that metric for that day and unit (what was written there
//! wins). Nothing is written back: metrics.yaml never holds these readings.

use std::borrow::Cow;

use serde::Serialize;

use super::model::{Metric, Plan, Reading, Survey, SurveyKind};
use super::types::{Date, Id};

/// The metrics a survey adds a reading to, as (index, the metric with
/// its scores among its readings: [`with_scores`]).
fn scored(plan: &Plan) -> Vec<(usize, Metric)> {
    if plan.surveys.surveys.is_empty() {
        return Vec::new();
    }
    let metrics = plan.metrics.metrics.iter().enumerate();
    metrics
        .filter_map(|(m, metric)| match with_scores(plan, metric) {
            Cow::Owned(scored) => Some((m, scored)),
            Cow::Borrowed(_) => None,
        })
        .collect()
}

/// The plan whose figures are derived: every metric's readings with the
/// surveys' scores added (see the module's notes). Borrowed as it is when
/// no survey adds a reading, so a plan without surveys costs nothing, and
/// asking again of a plan it gave adds nothing more.
///
/// It copies the whole plan when a survey adds a reading: a caller that
/// owns its plan, and has no more use for it without the surveys' readings,
/// calls [`figure`] on it first instead, after which this borrows it.
pub fn figures(plan: &Plan) -> Cow<'_, Plan> {
    let scored = scored(plan);
    if scored.is_empty() {
        return Cow::Borrowed(plan);
    }
    let mut plan = plan.clone();
    put(&mut plan, scored);
    Cow::Owned(plan)
}

/// `metric` as every figure reads it: with the scores of the surveys
/// that measure it among its readings (a copy only when a survey adds
/// one), for a screen that shows one metric at a time.
pub fn with_scores<'a>(plan: &Plan, metric: &'a Metric) -> Cow<'a, Metric> {
    let mut out: Cow<'a, Metric> = Cow::Borrowed(metric);
    for survey in &plan.surveys.surveys {
        for score in survey.scores.iter().filter(|s| s.metric == metric.id) {
            let recorded =
                (out.readings.iter()).any(|r| r.on == survey.on && r.unit == survey.unit);
            if !recorded {
                let reading = Reading {
                    on: survey.on,
                    value: score.value,
                    unit: survey.unit.clone(),
                };
                super::readings::insert(&mut out.to_mut().readings, reading);
            }
        }
    }
    out
}

/// Makes `plan` what [`figures`] gives of it, in place: no copy of its
/// milestones, reviews and of the metrics no survey scores, however many
/// there are. Whatever
/// reads it afterwards sees the surveys' readings among metrics.yaml's.
pub fn figure(plan: &mut Plan) {
    let scored = scored(plan);
    put(plan, scored);
}

fn put(plan: &mut Plan, scored: Vec<(usize, Metric)>) {
    for (m, metric) in scored {
        plan.metrics.metrics[m] = metric;
    }
}

/// One kind of survey: its last survey and when the next is due.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SurveyState {
    pub kind: SurveyKind,
    /// The id of the latest survey of this kind.
    pub last: Id,
    pub last_on: Date,
    /// Its responses as a percentage of those asked, rounded to 1 decimal.
    pub response_rate: Option<f64>,
    /// When this kind is due again: the last survey plus `every`.
    pub next_due: Date,
    /// `next_due` is today or past: the kind is due.
    pub due: bool,
}

/// Every kind surveyed at least once, in the order customers, employees,
/// managers, with its latest survey held on or before `today`.
pub fn survey_states(plan: &Plan, today: Date) -> Vec<SurveyState> {
    let every = plan.surveys.cadence();
    SurveyKind::ALL
        .iter()
        .filter_map(|&kind| {
            let last = last_of(plan, kind, today)?;
            let next_due = every.after(last.on);
            Some(SurveyState {
                kind,
                last: last.id.clone(),
                last_on: last.on,
                response_rate: last.response_rate().map(|r| (r * 10.0).round() / 10.0),
                next_due,
                due: next_due <= today,
            })
        })
        .collect()
}

/// The latest survey of `kind` held on or before `today`; of two on one
/// day, the later in the file.
fn last_of(plan: &Plan, kind: SurveyKind, today: Date) -> Option<&Survey> {
    plan.surveys
        .surveys
        .iter()
        .filter(|s| s.kind == kind && s.on <= today)
        .fold(None, |best: Option<&Survey>, s| match best {
            Some(b) if b.on > s.on => Some(b),
            _ => Some(s),
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::facts;
    use crate::domain::model::{Direction, Metric, SurveyScore, SurveysFile};
    use crate::domain::summary::plan_status;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn id(s: &str) -> Id {
        Id::new(s).unwrap()
    }

    fn survey(sid: &str, kind: SurveyKind, on: &str, scores: &[(&str, f64)]) -> Survey {
        Survey {
            id: id(sid),
            kind,
            on: d(on),
            population: 200,
            responses: 50,
            unit: None,
            scores: scores
                .iter()
                .map(|(m, v)| SurveyScore {
                    metric: id(m),
                    value: *v,
                })
                .collect(),
        }
    }

    fn plan(surveys: Vec<Survey>) -> Plan {
        let mut plan = Plan::default();
        plan.meta.start = d("2026-01-01");
        plan.meta.end = d("2026-12-31");
        plan.metrics.metrics.push(Metric {
            id: id("esat"),
            name: "Employee satisfaction".into(),
            kind: None,
            unit: Some("%".into()),
            scale: Some([0.0, 100.0]),
            direction: Direction::Up,
            source: None,
            every: None,
            aggregate: None,
            owner: None,
            baseline: None,
            target: None,
            alert: None,
            breakdown: Vec::new(),
            readings: vec![Reading {
                on: d("2026-01-15"),
                value: 60.0,
                unit: None,
            }],
        });
        plan.surveys = SurveysFile {
            surveys,
            ..SurveysFile::default()
        };
        plan
    }

    #[test]
    fn a_survey_score_is_a_reading_of_its_metric_in_the_figures_only() {
        let p = plan(vec![survey(
            "staff-h1",
            SurveyKind::Employees,
            "2026-03-01",
            &[("esat", 72.0), ("nope", 1.0)],
        )]);
        let f = figures(&p);
        let latest = facts::latest_reading(&f.metrics.metrics[0]).unwrap();
        assert_eq!((latest.on, latest.value), (d("2026-03-01"), 72.0));
        // The plan itself, what is saved, is untouched.
        assert_eq!(p.metrics.metrics[0].readings.len(), 1);
        // Status reads the figures.
        let status = plan_status(&p, d("2026-03-10"), 0, 0);
        assert_eq!(status.metrics[0].latest, Some(72.0));
        assert_eq!(status.metrics[0].latest_on, Some(d("2026-03-01")));
        // Asked again, the figures add nothing more.
        assert!(matches!(figures(&f), Cow::Borrowed(_)));
    }

    #[test]
    fn one_metric_with_its_scores_is_the_figures_metric() {
        let mut unit = survey("t", SurveyKind::Employees, "2026-02-01", &[("esat", 80.0)]);
        unit.unit = Some(id("north"));
        let p = plan(vec![
            survey("a", SurveyKind::Employees, "2026-03-01", &[("esat", 72.0)]),
            // Already a reading of metrics.yaml that day: not added twice.
            survey("b", SurveyKind::Employees, "2026-01-15", &[("esat", 61.0)]),
            unit,
        ]);
        let one = with_scores(&p, &p.metrics.metrics[0]);
        assert_eq!(*one, figures(&p).metrics.metrics[0]);
        assert_eq!(one.readings.len(), 3);
        let none = plan(Vec::new());
        assert!(matches!(
            with_scores(&none, &none.metrics.metrics[0]),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn figured_in_place_the_plan_is_what_the_figures_are_and_status_unchanged() {
        let mut unit = survey("t", SurveyKind::Employees, "2026-02-01", &[("esat", 80.0)]);
        unit.unit = Some(id("north"));
        let p = plan(vec![
            survey(
                "staff-h1",
                SurveyKind::Employees,
                "2026-03-01",
                &[("esat", 72.0), ("nope", 1.0)],
            ),
            unit,
            // Already in metrics.yaml: not added twice.
            survey("old", SurveyKind::Employees, "2026-01-15", &[("esat", 9.0)]),
        ]);
        let mut figured = p.clone();
        figure(&mut figured);
        assert_eq!(figured, figures(&p).into_owned());
        assert_eq!(figured.metrics.metrics[0].readings.len(), 3);
        // What status derives from the figured plan borrows it, and is what
        // it derived when it copied the plan.
        assert!(matches!(figures(&figured), Cow::Borrowed(_)));
        let today = d("2026-03-10");
        assert_eq!(
            serde_json::to_string(&plan_status(&figured, today, 0, 0)).unwrap(),
            serde_json::to_string(&plan_status(&p, today, 0, 0)).unwrap()
        );
        // Figured again, it stays as it is.
        let mut twice = figured.clone();
        figure(&mut twice);
        assert_eq!(twice, figured);
    }

    #[test]
    fn a_reading_written_in_metrics_yaml_wins_over_the_surveys_score() {
        let p = plan(vec![survey(
            "staff-h1",
            SurveyKind::Employees,
            "2026-01-15",
            &[("esat", 99.0)],
        )]);
        assert!(matches!(figures(&p), Cow::Borrowed(_)));
    }

    #[test]
    fn a_unit_survey_feeds_that_units_readings_only() {
        let mut s = survey("t", SurveyKind::Employees, "2026-03-01", &[("esat", 80.0)]);
        s.unit = Some(id("north"));
        let p = plan(vec![s]);
        let f = figures(&p);
        let m = &f.metrics.metrics[0];
        assert_eq!(m.readings.len(), 2);
        assert_eq!(m.readings[1].unit, Some(id("north")));
        assert_eq!(facts::latest_reading(m).unwrap().value, 60.0);
    }

    #[test]
    fn each_kind_is_due_six_months_after_its_last_survey() {
        let p = plan(vec![
            survey("c1", SurveyKind::Customers, "2026-01-10", &[]),
            survey("c2", SurveyKind::Customers, "2026-07-10", &[]),
            survey("e1", SurveyKind::Employees, "2026-02-01", &[]),
        ]);
        let states = survey_states(&p, d("2026-08-01"));
        let kinds: Vec<_> = states
            .iter()
            .map(|s| (s.kind, s.last.as_str(), s.due))
            .collect();
        assert_eq!(
            kinds,
            [
                (SurveyKind::Customers, "c2", false),
                (SurveyKind::Employees, "e1", true),
            ]
        );
        assert_eq!(states[1].next_due, d("2026-08-01"));
        assert_eq!(states[0].response_rate, Some(25.0));
        // Not yet due the day before; a survey after today does not count.
        let before = survey_states(&p, d("2026-07-31"));
        assert!(!before[1].due);
        assert_eq!(survey_states(&p, d("2026-07-09"))[0].last.as_str(), "c1");
    }

    #[test]
    fn every_sets_the_cadence() {
        let mut p = plan(vec![survey("m1", SurveyKind::Managers, "2026-01-10", &[])]);
        p.surveys.every = Some(crate::domain::types::Every::parse("3m").unwrap());
        assert!(survey_states(&p, d("2026-04-10"))[0].due);
        assert!(!survey_states(&p, d("2026-04-09"))[0].due);
    }
}
