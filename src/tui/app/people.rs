//! The People tab's entry keys: an incident's action items, and a
//! routine's meetings with their decisions and actions, picked in the
//! selected item's detail with `]`/`[` and added, changed, ticked or
//! removed there.

use crate::tui::items::{self, Kind};
use crate::tui::keymap::Action;

use super::{App, Confirm, Mode, Pending, Tab};

impl App {
    /// The selected incident or routine on the People tab.
    pub(super) fn selected_with_entries(&self) -> Option<(Kind, usize)> {
        match self.selected() {
            Some((kind @ (Kind::Incident | Kind::Routine), i)) if self.tab == Tab::People => {
                Some((kind, i))
            }
            _ => None,
        }
    }

    /// The entries the detail of the selected incident or routine lists,
    /// in order, as (kind, number among the kind's items): an incident's
    /// actions; a routine's meetings, each followed by its decisions and
    /// actions.
    pub fn people_entries(&self) -> Vec<(Kind, usize)> {
        let p = &self.plan;
        match self.selected_with_entries() {
            Some((Kind::Incident, i)) => {
                let n = p.incidents.incidents.get(i).map_or(0, |x| x.actions.len());
                (0..n)
                    .map(|k| (Kind::IncidentAction, Kind::IncidentAction.nested(p, i, k)))
                    .collect()
            }
            Some((Kind::Routine, r)) => {
                let Some(routine) = p.committee.routines.get(r) else {
                    return Vec::new();
                };
                let mut out = Vec::new();
                for (m, meeting) in routine.meetings.iter().enumerate() {
                    out.push((Kind::Meeting, Kind::Meeting.nested(p, r, m)));
                    for d in 0..meeting.decisions.len() {
                        let n = items::in_meeting(Kind::MeetingDecision, p, r, m, d);
                        out.push((Kind::MeetingDecision, n));
                    }
                    for a in 0..meeting.actions.len() {
                        let n = items::in_meeting(Kind::MeetingAction, p, r, m, a);
                        out.push((Kind::MeetingAction, n));
                    }
                }
                out
            }
            _ => Vec::new(),
        }
    }

    /// The entry under the cursor in the selected item's detail.
    pub fn people_entry(&self) -> Option<(Kind, usize)> {
        self.people_entries().get(self.list().action).copied()
    }

    /// The People tab's entry keys; false when `action` is not one.
    pub(super) fn act_people(&mut self, action: Action) -> bool {
        let Some((kind, _)) = self.selected_with_entries() else {
            return false;
        };
        match action {
            Action::ActionNext | Action::ActionPrev => {
                let count = self.people_entries().len();
                let list = self.list_mut();
                list.action = match action {
                    Action::ActionNext => (list.action + 1).min(count.saturating_sub(1)),
                    _ => list.action.saturating_sub(1),
                };
            }
            Action::AddAction => {
                let child = match kind {
                    Kind::Incident => Kind::IncidentAction,
                    _ => Kind::Meeting,
                };
                self.add(child);
            }
            Action::EditAction => match self.people_entry() {
                Some((k, n)) => self.mode = Mode::Form(self.edit_item(k, n)),
                None => self.message = Some((crate::t!("meet-msg-no-entries"), false)),
            },
            Action::DeleteAction => {
                if let Some((k, n)) = self.people_entry() {
                    self.mode = Mode::Confirm(Confirm {
                        question: crate::t!(
                            "tui-confirm-delete",
                            kind = k.word(),
                            id = k.id(&self.plan, n)
                        ),
                        details: Vec::new(),
                        pending: Pending::Delete(k, n),
                    });
                }
            }
            Action::ToggleAction => self.toggle_people_action(),
            Action::AddMeetingDecision | Action::AddMeetingAction if kind == Kind::Routine => {
                let child = if action == Action::AddMeetingDecision {
                    Kind::MeetingDecision
                } else {
                    Kind::MeetingAction
                };
                self.add(child);
            }
            _ => return false,
        }
        true
    }

    /// Ticks the action under the cursor done, or opens it again.
    fn toggle_people_action(&mut self) {
        let Some((kind @ (Kind::IncidentAction | Kind::MeetingAction), n)) = self.people_entry()
        else {
            self.message = Some((crate::t!("meet-msg-not-an-action"), false));
            return;
        };
        let mut value = kind.to_json(&self.plan, n);
        let done = value["done"].as_bool().unwrap_or(false);
        value["done"] = serde_json::Value::Bool(!done);
        let text = value["text"].as_str().unwrap_or_default().to_string();
        let mut trial = self.plan.clone();
        if let Err(e) = kind.store(&mut trial, Some(n), value) {
            self.message = Some((e, true));
            return;
        }
        let message = if done {
            crate::t!("meet-done-action-reopened", text = text)
        } else {
            crate::t!("meet-done-action-done", text = text)
        };
        self.change_to(message, trial);
    }

    /// The meeting a new decision or action most likely belongs to: the
    /// one under the cursor of the selected routine (or the entry's
    /// meeting), else the routine's latest.
    pub(super) fn meeting_for_new(&self) -> Option<String> {
        let (Kind::Routine, r) = self.selected_with_entries()? else {
            return None;
        };
        let routine = self.plan.committee.routines.get(r)?;
        let entries = self.people_entries();
        let cursor = self.list().action.min(entries.len().saturating_sub(1));
        // The meeting at or above the cursor.
        let meeting = entries[..entries.len().min(cursor + 1)]
            .iter()
            .rev()
            .find(|(k, _)| *k == Kind::Meeting)
            .and_then(|(_, n)| Kind::Meeting.place(&self.plan, *n))
            .map(|(_, m)| m)
            .or_else(|| routine.meetings.len().checked_sub(1))?;
        Some(items::meeting_ref(routine, &routine.meetings[meeting]))
    }

    /// After a form stored item `at` of `kind` inside a People item: the
    /// cursor on it in its parent's detail.
    pub(super) fn people_cursor_on(&mut self, kind: Kind, at: usize) {
        if let Some(k) = self.people_entries().iter().position(|e| *e == (kind, at)) {
            self.list_mut().action = k;
        }
    }
}
