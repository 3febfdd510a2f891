//! The review screen: a walk through one review, a step per open
//! milestone, per metric, per decision and per action, then the close.
//! Each edit here is a pure change of the [`Review`]; the app applies it
//! to the plan as one undoable edit and checks it like any other.

use crate::domain::model::{Health, Review};
use crate::domain::review::HEALTHS;
use crate::domain::types::Date;

/// The walk through the review of `date`, at `step`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Walk {
    pub date: Date,
    pub step: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Milestone(usize),
    Metric(usize),
    Decision(usize),
    Action(usize),
    /// The last step: add decisions and actions, close the review.
    Close,
}

/// The steps of a review, in the order a committee takes them.
pub fn steps(review: &Review) -> Vec<Step> {
    let mut out = Vec::new();
    out.extend((0..review.milestones.len()).map(Step::Milestone));
    out.extend((0..review.metrics.len()).map(Step::Metric));
    out.extend((0..review.decisions.len()).map(Step::Decision));
    out.extend((0..review.actions.len()).map(Step::Action));
    out.push(Step::Close);
    out
}

/// What a prompt of the review screen asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ask {
    Forecast,
    Progress,
    Note,
    Value,
}

impl Ask {
    pub fn title(self) -> String {
        match self {
            Ask::Forecast => crate::t!("tui-ask-forecast"),
            Ask::Progress => crate::t!("tui-ask-progress"),
            Ask::Note => crate::t!("tui-ask-note"),
            Ask::Value => crate::t!("tui-ask-value"),
        }
    }

    /// The prompt's text to start from: the current value.
    pub fn initial(self, review: &Review, step: Step) -> String {
        match (self, step) {
            (Ask::Forecast, Step::Milestone(i)) => review.milestones[i]
                .forecast
                .map(|d| d.to_string())
                .unwrap_or_default(),
            (Ask::Progress, Step::Milestone(i)) => review.milestones[i]
                .progress
                .map(|p| p.to_string())
                .unwrap_or_default(),
            (Ask::Note, Step::Milestone(i)) => {
                review.milestones[i].note.clone().unwrap_or_default()
            }
            (Ask::Note, Step::Metric(i)) => review.metrics[i].note.clone().unwrap_or_default(),
            (Ask::Value, Step::Metric(i)) => crate::present::number::plain(review.metrics[i].value),
            _ => String::new(),
        }
    }
}

fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(ToString::to_string).unwrap_or_default()
}

/// Which prompts a step offers.
pub fn can_ask(step: Step, ask: Ask) -> bool {
    matches!(
        (step, ask),
        (
            Step::Milestone(_),
            Ask::Forecast | Ask::Progress | Ask::Note
        ) | (Step::Metric(_), Ask::Value | Ask::Note)
    )
}

/// Applies a prompt's answer; returns what was done, in words.
pub fn answer(review: &mut Review, step: Step, ask: Ask, text: &str) -> Result<String, String> {
    let text = text.trim();
    let optional = |s: &str| (!s.is_empty()).then(|| s.to_string());
    match (ask, step) {
        (Ask::Forecast, Step::Milestone(i)) => {
            let e = &mut review.milestones[i];
            e.forecast = if text.is_empty() {
                None
            } else {
                Some(Date::parse(text)?)
            };
            Ok(crate::t!(
                "tui-done-forecast",
                id = e.id.to_string(),
                date = opt(&e.forecast)
            ))
        }
        (Ask::Progress, Step::Milestone(i)) => {
            let e = &mut review.milestones[i];
            let value = text.trim_end_matches('%').trim();
            e.progress = if value.is_empty() {
                None
            } else {
                let p: u8 = value
                    .parse()
                    .ok()
                    .filter(|p| *p <= 100)
                    .ok_or_else(|| crate::t!("tui-err-progress"))?;
                Some(p)
            };
            Ok(crate::t!(
                "tui-done-progress",
                id = e.id.to_string(),
                progress = opt(&e.progress)
            ))
        }
        (Ask::Note, Step::Milestone(i)) => {
            review.milestones[i].note = optional(text);
            Ok(crate::t!(
                "tui-done-note",
                id = review.milestones[i].id.to_string()
            ))
        }
        (Ask::Note, Step::Metric(i)) => {
            review.metrics[i].note = optional(text);
            Ok(crate::t!(
                "tui-done-note",
                id = review.metrics[i].id.to_string()
            ))
        }
        (Ask::Value, Step::Metric(i)) => {
            let value = crate::domain::readings::parse_value(text)?;
            review.metrics[i].value = value;
            Ok(format!(
                "{}: {}",
                review.metrics[i].id,
                crate::present::number::plain(value)
            ))
        }
        _ => Err(crate::t!("tui-err-nothing-to-set")),
    }
}

/// The next health of a milestone entry, in the order of DESIGN §2.
pub fn cycle_health(review: &mut Review, step: Step) -> Option<String> {
    let Step::Milestone(i) = step else {
        return None;
    };
    let e = &mut review.milestones[i];
    let at = HEALTHS.iter().position(|h| *h == e.health).unwrap_or(0);
    e.health = HEALTHS[(at + 1) % HEALTHS.len()];
    if e.health == Health::Done {
        e.progress = Some(100);
    }
    Some(format!(
        "{}: {}",
        e.id,
        crate::i18n::code("health", &crate::tui::rows::word(&e.health))
    ))
}

/// Progress up or down by `delta` percent, kept within 0..=100.
pub fn nudge_progress(review: &mut Review, step: Step, delta: i16) -> Option<String> {
    let Step::Milestone(i) = step else {
        return None;
    };
    let e = &mut review.milestones[i];
    let now = i16::from(e.progress.unwrap_or(0));
    e.progress = Some((now + delta).clamp(0, 100) as u8);
    Some(crate::t!(
        "tui-done-progress",
        id = e.id.to_string(),
        progress = opt(&e.progress)
    ))
}

/// The forecast moved by `days` (from the review's date when there is none).
pub fn shift_forecast(review: &mut Review, step: Step, days: i64) -> Option<String> {
    let Step::Milestone(i) = step else {
        return None;
    };
    let date = review.date;
    let e = &mut review.milestones[i];
    e.forecast = Some(e.forecast.unwrap_or(date).add_days(days));
    Some(crate::t!(
        "tui-done-forecast",
        id = e.id.to_string(),
        date = opt(&e.forecast)
    ))
}

pub fn toggle_action(review: &mut Review, step: Step) -> Option<String> {
    let Step::Action(i) = step else {
        return None;
    };
    let a = &mut review.actions[i];
    a.done = !a.done;
    Some(if a.done {
        crate::t!("tui-done-review-action-done", text = a.text.as_str())
    } else {
        crate::t!("tui-done-review-action-open", text = a.text.as_str())
    })
}

/// Removes a decision or an action.
pub fn remove(review: &mut Review, step: Step) -> Option<String> {
    match step {
        Step::Decision(i) => {
            let d = review.decisions.remove(i);
            Some(crate::t!(
                "tui-done-decision-removed",
                text = d.text.as_str()
            ))
        }
        Step::Action(i) => {
            let a = review.actions.remove(i);
            Some(crate::t!(
                "tui-done-review-action-removed",
                text = a.text.as_str()
            ))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use serde_json::json;

    fn review() -> Review {
        serde_json::from_value(json!({
            "date": "2026-03-31",
            "milestones": [
                {"id": "crm", "health": "on_track", "progress": 40, "forecast": "2026-05-15"},
                {"id": "ivr", "health": "not_started"}
            ],
            "metrics": [{"id": "fcr", "value": 66}],
            "actions": [{"text": "Renegotiate", "owner": "moshe", "done": false}]
        }))
        .unwrap()
    }

    #[test]
    fn steps_go_milestones_metrics_decisions_actions_then_close() {
        assert_eq!(
            steps(&review()),
            [
                Step::Milestone(0),
                Step::Milestone(1),
                Step::Metric(0),
                Step::Action(0),
                Step::Close
            ]
        );
    }

    #[test]
    fn health_cycles_and_done_means_full_progress() {
        let mut r = review();
        let s = Step::Milestone(0);
        assert_eq!(cycle_health(&mut r, s).unwrap(), "crm: at risk");
        cycle_health(&mut r, s);
        assert_eq!(cycle_health(&mut r, s).unwrap(), "crm: done");
        assert_eq!(r.milestones[0].progress, Some(100));
        assert_eq!(cycle_health(&mut r, Step::Metric(0)), None);
    }

    #[test]
    fn progress_and_forecast_move_within_bounds() {
        let mut r = review();
        nudge_progress(&mut r, Step::Milestone(0), 70);
        assert_eq!(r.milestones[0].progress, Some(100));
        nudge_progress(&mut r, Step::Milestone(1), -10);
        assert_eq!(r.milestones[1].progress, Some(0));
        shift_forecast(&mut r, Step::Milestone(0), 7);
        assert_eq!(r.milestones[0].forecast.unwrap().to_string(), "2026-05-22");
        // No forecast yet: from the review's date.
        shift_forecast(&mut r, Step::Milestone(1), 7);
        assert_eq!(r.milestones[1].forecast.unwrap().to_string(), "2026-04-07");
    }

    #[test]
    fn answers_are_checked_and_applied() {
        let mut r = review();
        let s = Step::Milestone(0);
        assert!(answer(&mut r, s, Ask::Forecast, "2026-02-30").is_err());
        assert!(answer(&mut r, s, Ask::Progress, "120").is_err());
        answer(&mut r, s, Ask::Progress, "75%").unwrap();
        assert_eq!(r.milestones[0].progress, Some(75));
        answer(&mut r, Step::Metric(0), Ask::Value, "66,5").unwrap();
        assert_eq!(r.metrics[0].value, 66.5);
        assert!(answer(&mut r, Step::Close, Ask::Note, "x").is_err());
        toggle_action(&mut r, Step::Action(0));
        assert!(r.actions[0].done);
        remove(&mut r, Step::Action(0));
        assert!(r.actions.is_empty());
    }
}
