//! The Actions tab's keys: go to where an action is written, and tick it
//! done or open again where it is written.

use crate::domain::facts::{self, ActionAt};
use crate::tui::items::Kind;
use crate::tui::keymap::Action;
use crate::tui::review::{self, Step};

use super::{App, Tab, Target};

impl App {
    /// The action selected on the Actions tab.
    pub fn selected_action(&self) -> Option<ActionAt> {
        let list = &self.lists[Tab::Actions.index()];
        list.actions.get(list.selected).copied()
    }

    pub(super) fn act_actions(&mut self, action: Action) {
        match action {
            Action::GoToSource => self.go_to_action(),
            Action::ToggleAction => self.toggle_listed_action(),
            _ => {}
        }
    }

    /// Shows the selected action where it is written: its milestone (with
    /// the action picked in the detail) or its review.
    fn go_to_action(&mut self) {
        match self.selected_action() {
            Some(ActionAt::Milestone(m, a)) => {
                self.go(Target::Item(Tab::Milestones, Kind::Milestone, m));
                self.list_mut().action = a;
            }
            Some(ActionAt::Review(r, _)) => self.go(Target::Item(Tab::Reviews, Kind::Review, r)),
            Some(ActionAt::Incident(i, a)) => {
                self.go(Target::Item(Tab::People, Kind::Incident, i));
                let n = Kind::IncidentAction.nested(&self.plan, i, a);
                self.people_cursor_on(Kind::IncidentAction, n);
            }
            Some(ActionAt::Meeting(r, m, a)) => {
                self.go(Target::Item(Tab::People, Kind::Routine, r));
                let n = crate::tui::items::in_meeting(Kind::MeetingAction, &self.plan, r, m, a);
                self.people_cursor_on(Kind::MeetingAction, n);
            }
            None => self.message = Some((crate::t!("tui-msg-no-action"), false)),
        }
    }

    /// Ticks the selected action done, or opens it again, in the milestone
    /// or the review that holds it (for an action carried over from review
    /// to review, the latest one: it holds the action's current state).
    fn toggle_listed_action(&mut self) {
        let Some(at) = self.selected_action() else {
            self.message = Some((crate::t!("tui-msg-no-action"), false));
            return;
        };
        match at {
            ActionAt::Milestone(m, a) => {
                let Some(action) = facts::plan_action(&self.plan, at) else {
                    return;
                };
                let message = format!(
                    "milestone {}: action \"{}\" {}",
                    action.milestone.map(|m| m.to_string()).unwrap_or_default(),
                    action.text,
                    if action.done { "reopened" } else { "done" }
                );
                self.change(message, |plan| {
                    if let Some(action) = plan
                        .milestones
                        .milestones
                        .get_mut(m)
                        .and_then(|m| m.actions.get_mut(a))
                    {
                        action.done = !action.done;
                    }
                });
            }
            ActionAt::Incident(..) | ActionAt::Meeting(..) => {
                let Some(action) = facts::plan_action(&self.plan, at) else {
                    return;
                };
                let message = if action.done {
                    crate::t!("meet-done-action-reopened", text = action.text)
                } else {
                    crate::t!("meet-done-action-done", text = action.text)
                };
                self.change(message, |plan| {
                    let action = match at {
                        ActionAt::Incident(i, a) => plan
                            .incidents
                            .incidents
                            .get_mut(i)
                            .and_then(|x| x.actions.get_mut(a)),
                        ActionAt::Meeting(r, m, a) => plan
                            .committee
                            .routines
                            .get_mut(r)
                            .and_then(|x| x.meetings.get_mut(m))
                            .and_then(|x| x.actions.get_mut(a)),
                        _ => None,
                    };
                    if let Some(action) = action {
                        action.done = !action.done;
                    }
                });
            }
            ActionAt::Review(r, a) => {
                let Some(mut trial) = self.plan.reviews.get(r).cloned() else {
                    return;
                };
                if a >= trial.actions.len() {
                    return;
                }
                let date = trial.date;
                let words = review::toggle_action(&mut trial, Step::Action(a)).unwrap_or_default();
                self.change(format!("review {date}: {words}"), |plan| {
                    plan.reviews[r] = trial
                });
            }
        }
    }
}
