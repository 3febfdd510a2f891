//! The checks of surveys.yaml: ids, the metrics and units the scores
//! name, responses against those asked, scores on their metric's scale,
//! and each kind surveyed again within `every` (six months by default).

use super::label::label;
use super::{num, Check, Kind, Seen};
use crate::domain::model::SurveyKind;
use crate::domain::surveys::survey_states;
use crate::domain::types::Date;
use crate::{path, t};

pub(super) const SURVEYS: &str = "surveys.yaml";

impl Check<'_> {
    pub(super) fn surveys(&mut self, today: Date) {
        let plan = self.plan;
        let file = &plan.surveys;
        let min_rate = file.min_rate();
        if !(0.0..=100.0).contains(&min_rate) {
            let mut s = self.item(SURVEYS, String::new(), path![]);
            let message = t!("survey-check-min-rate", rate = num(min_rate));
            s.error("bad-value", path!["min_response_rate"], message);
        }
        let mut seen = Seen::named(t!("survey-check-what"));
        for (i, survey) in file.surveys.iter().enumerate() {
            let id = survey.id.as_str();
            let whose = t!("survey-check-whose", id = id);
            let mut s = self.item(SURVEYS, whose, path!["surveys", i]);
            let first = t!("survey-check-first", id = id, on = survey.on.to_string());
            s.unique(&mut seen, &survey.id, first);
            s.refer("unit", survey.unit.as_ref(), Kind::Unit);
            if survey.responses > survey.population {
                let message = t!(
                    "survey-check-responses",
                    id = id,
                    responses = survey.responses,
                    population = survey.population
                );
                s.error("survey-responses", s.at(&["responses"]), message);
            } else if let Some(rate) = survey.response_rate().filter(|r| *r < min_rate) {
                let message = t!(
                    "survey-check-low-rate",
                    id = id,
                    rate = num((rate * 10.0).round() / 10.0),
                    min = num(min_rate)
                );
                s.warn("survey-low-response", s.at(&["responses"]), message);
            }
            for (k, score) in survey.scores.iter().enumerate() {
                let at = path!["surveys", i, "scores", k, "metric"];
                s.refer_at(at, "metric", Some(&score.metric), Kind::Metric);
                let metric = plan.metrics.metrics.iter().find(|m| m.id == score.metric);
                let Some([min, max]) = metric.and_then(|m| m.scale) else {
                    continue;
                };
                if min < max && (score.value < min || score.value > max) {
                    let message = t!(
                        "survey-check-off-scale",
                        id = id,
                        value = num(score.value),
                        metric = score.metric.as_str(),
                        range = format!("[{}, {}]", num(min), num(max))
                    );
                    let at = path!["surveys", i, "scores", k, "value"];
                    s.error("out-of-range", at, message);
                }
            }
        }
        for state in survey_states(plan, today).into_iter().filter(|s| s.due) {
            let Some(i) = file.surveys.iter().position(|s| s.id == state.last) else {
                continue;
            };
            let whose = t!("survey-check-whose", id = state.last.as_str());
            let mut s = self.item(SURVEYS, whose, path!["surveys", i]);
            let message = t!(
                "survey-check-due",
                kind = survey_kind_word(state.kind),
                code = state.kind.as_str(),
                last = state.last_on.to_string(),
                due = state.next_due.to_string(),
                every = file.cadence().to_string()
            );
            s.warn("survey-due", s.at(&[]), message);
        }
    }
}

impl Check<'_> {
    /// Units whose `parent` links loop (a unit its own parent is reported
    /// with the unit): one error at the first unit of each loop.
    pub(super) fn unit_cycles(&mut self) {
        let plan = self.plan;
        let units = &plan.meta.units;
        for cycle in crate::domain::units::cycles(plan) {
            if cycle.len() < 2 {
                continue;
            }
            let first = cycle[0];
            let mut names: Vec<&str> = cycle.iter().map(|&i| units[i].id.as_str()).collect();
            names.push(units[first].id.as_str());
            let whose = label!("check-whose-unit", id = units[first].id.as_str());
            let mut s = self.item(super::PLAN, whose, path!["units", first]);
            let message = t!(
                "survey-check-unit-cycle",
                id = units[first].id.as_str(),
                cycle = names.join(" → ")
            );
            s.error("cycle", s.at(&["parent"]), message);
        }
    }
}

/// The kind of a survey in the current language ("customers").
pub fn survey_kind_word(kind: SurveyKind) -> String {
    crate::i18n::message(&format!("survey-kind-{}", kind.as_str()), None)
}
