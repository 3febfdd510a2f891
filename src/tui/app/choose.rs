//! The add chooser: `a` on any tab lists every kind of item the plan
//! has, the tab's own first, and opens the chosen kind's blank form with
//! its parent (milestone, metric, workshop, review) taken from the
//! selection when there is one.

use serde_json::Value;

use crate::tui::items::{self, Kind, ADDABLE};
use crate::tui::keymap::Action;

use super::{App, Effect, Form, Mode, Tab};

/// The kinds to choose from and the one under the cursor.
#[derive(Clone, Debug, PartialEq)]
pub struct Chooser {
    /// Each kind with the key that picks it, the tab's own kinds first.
    pub choices: Vec<(Kind, char)>,
    /// How many of `choices` are the tab's own.
    pub own: usize,
    pub selected: usize,
}

impl Chooser {
    /// The chooser on `tab`, the cursor on `current` (the selected row's
    /// kind) when it can be added.
    pub fn new(tab: Tab, current: Option<Kind>) -> Chooser {
        let own: Vec<(Kind, char)> = ADDABLE
            .iter()
            .copied()
            .filter(|(k, _)| Tab::of_kind(*k) == tab)
            .collect();
        let mut choices = own.clone();
        choices.extend(ADDABLE.iter().copied().filter(|c| !own.contains(c)));
        let selected = current
            .and_then(|k| choices.iter().position(|(c, _)| *c == k))
            .unwrap_or(0);
        Chooser {
            choices,
            own: own.len(),
            selected,
        }
    }
}

impl App {
    pub(super) fn open_chooser(&mut self) {
        let current = self.selected().map(|(k, _)| k);
        self.mode = Mode::Choose(Chooser::new(self.tab, current));
    }

    pub(super) fn act_chooser(&mut self, mut chooser: Chooser, action: Action) -> Effect {
        let last = chooser.choices.len().saturating_sub(1);
        match action {
            Action::Up => chooser.selected = chooser.selected.saturating_sub(1),
            Action::Down => chooser.selected = (chooser.selected + 1).min(last),
            Action::Home => chooser.selected = 0,
            Action::End => chooser.selected = last,
            Action::Submit => {
                if let Some((kind, _)) = chooser.choices.get(chooser.selected) {
                    self.add(*kind);
                }
                return Effect::None;
            }
            Action::Cancel => return Effect::None,
            _ => {}
        }
        self.mode = Mode::Choose(chooser);
        Effect::None
    }

    /// A key typed in the chooser: the kind it stands for, if any.
    pub(super) fn chooser_key(&mut self, ch: char) {
        let Mode::Choose(chooser) = &self.mode else {
            return;
        };
        match chooser.choices.iter().find(|(_, key)| *key == ch) {
            Some((kind, _)) => self.add(*kind),
            None => {
                self.message = Some((
                    crate::t!("tui-msg-adds-nothing", key = ch.to_string()),
                    true,
                ))
            }
        }
    }

    /// Opens the blank form of `kind`, its parent taken from the selection.
    pub(super) fn add(&mut self, kind: Kind) {
        let mut value = kind.blank(self.today);
        if kind == Kind::Hero {
            self.fill_hero(&mut value);
        }
        let mut start = 0;
        if let (Some(key), Some(parent)) = (kind.parent_key(), self.parent_for(kind)) {
            value[key] = Value::String(parent);
            // The parent is known: start on the item's own first field.
            start = kind
                .fields()
                .iter()
                .position(|f| f.key == key)
                .map_or(0, |p| p + 1);
        }
        let mut form = Form::new(kind, None, value);
        form.focus_on(start.min(kind.fields().len().saturating_sub(1)));
        self.mode = Mode::Form(form);
    }

    /// A new hero starts as the earliest candidate status proposes (the
    /// rep praised most in a quarter with no hero yet), to confirm or
    /// change.
    fn fill_hero(&self, value: &mut Value) {
        let status = crate::domain::recognition::status(&self.plan, self.today);
        let Some(c) = status.hero_candidates.iter().min_by_key(|c| c.period) else {
            return;
        };
        let period = c.period.to_string();
        let reason = crate::t!(
            "recog-hero-reason",
            period = period.as_str(),
            count = c.praise
        );
        value["period"] = Value::String(period);
        value["rep"] = Value::String(c.rep.to_string());
        value["reason"] = Value::String(reason);
    }

    /// The parent a new item of `kind` most likely belongs to: the
    /// selected one, or for a review entry the latest review.
    pub(super) fn parent_for(&self, kind: Kind) -> Option<String> {
        let selected = self.selected();
        match (kind, selected) {
            (Kind::MilestoneAction, Some((Kind::Milestone, i))) => self
                .plan
                .milestones
                .milestones
                .get(i)
                .map(|m| m.id.to_string()),
            (Kind::Reading | Kind::Breakdown, Some((Kind::Metric, i))) => {
                self.plan.metrics.metrics.get(i).map(|m| m.id.to_string())
            }
            (Kind::Reading | Kind::Breakdown, Some((Kind::Tool, i))) => {
                items::tool_at(&self.plan, i)
                    .and_then(|(_, t)| t.metric.as_ref().map(|m| m.to_string()))
            }
            (Kind::Tool, Some((Kind::Workshop, i))) => self
                .plan
                .workshops
                .workshops
                .get(i)
                .map(|w| w.id.to_string()),
            (Kind::Tool, Some((Kind::Tool, i))) => {
                items::tool_at(&self.plan, i).map(|(w, _)| w.id.to_string())
            }
            (
                Kind::Decision | Kind::ReviewAction | Kind::ReviewMilestone | Kind::ReviewMetric,
                selected,
            ) => match selected {
                Some((Kind::Review, i)) => self.plan.reviews.get(i),
                _ => self.plan.reviews.last(),
            }
            .map(|r| r.date.to_string()),
            (Kind::IncidentAction, Some((Kind::Incident, i))) => self
                .plan
                .incidents
                .incidents
                .get(i)
                .map(|x| x.id.to_string()),
            (Kind::Meeting, Some((Kind::Routine, i))) => self
                .plan
                .committee
                .routines
                .get(i)
                .map(|r| r.id.to_string()),
            (Kind::MeetingDecision | Kind::MeetingAction, _) => self.meeting_for_new(),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_is_offered_once_with_a_key_of_its_own() {
        let chooser = Chooser::new(Tab::Metrics, Some(Kind::Workshop));
        assert_eq!(chooser.choices.len(), ADDABLE.len());
        let keys: std::collections::HashSet<char> =
            chooser.choices.iter().map(|(_, c)| *c).collect();
        assert_eq!(keys.len(), ADDABLE.len());
        // The tab's own kinds come first, the cursor on the selected row's.
        let own: Vec<Kind> = chooser.choices[..chooser.own]
            .iter()
            .map(|(k, _)| *k)
            .collect();
        assert_eq!(
            own,
            [
                Kind::Metric,
                Kind::Reading,
                Kind::Breakdown,
                Kind::Workshop,
                Kind::Tool
            ]
        );
        assert_eq!(chooser.choices[chooser.selected].0, Kind::Workshop);
        // The chooser's own keys (arrows, enter, esc) are not letters.
        assert!(keys.iter().all(|c| c.is_ascii_alphabetic()));
    }
}
