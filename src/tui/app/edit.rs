//! The actions that change the plan: each is one undoable edit, refused
//! when the checks of `charter check` would reject its result.

use serde_json::Value;

use crate::domain::diag::Severity;
use crate::domain::model::{Plan, Reading, Status};
use crate::domain::types::Date;
use crate::tui::items::{self, Kind};
use crate::tui::keymap::Action;

use super::{App, Confirm, Effect, Form, Mode, Pending, Prompt, PromptFor, Tab};

impl App {
    /// The actions of a list tab that change the plan or ask how to.
    pub(super) fn act_edit(&mut self, action: Action) -> Effect {
        match action {
            Action::CycleStatus | Action::MarkDone => {
                self.change_status(action == Action::MarkDone)
            }
            Action::ActionNext | Action::ActionPrev => {
                let count = match (self.selected_milestone(), self.selected_metric()) {
                    (Some(i), _) => self.plan.milestones.milestones[i].actions.len(),
                    (_, Some(i)) if self.list().breakdowns => {
                        self.plan.metrics.metrics[i].breakdown.len()
                    }
                    (_, Some(i)) => self.plan.metrics.metrics[i].readings.len(),
                    _ => 0,
                };
                let list = self.list_mut();
                list.action = match action {
                    Action::ActionNext => (list.action + 1).min(count.saturating_sub(1)),
                    _ => list.action.saturating_sub(1),
                };
            }
            Action::ToggleAction => self.toggle_action(),
            Action::MarkHeld => self.mark_held(),
            Action::AddAssessment if self.tab == Tab::People => {
                let kind = Kind::Assessment;
                self.mode = Mode::Form(Form::new(kind, None, kind.blank(self.today)));
            }
            Action::AcceptCoaching => self.accept_coaching(),
            Action::AddServiceWeek => {
                // The template fills the days; the form opens on the first
                // owner, for the user to name who runs each day.
                let kind = Kind::ServiceWeek;
                let mut form = Form::new(kind, None, kind.blank(self.today));
                form.focus_on(2);
                self.mode = Mode::Form(form);
            }
            Action::AddWorkshop => {
                let kind = Kind::Workshop;
                self.mode = Mode::Form(Form::new(kind, None, kind.blank(self.today)));
            }
            Action::AddTool => {
                let workshop = match self.selected() {
                    Some((Kind::Workshop, i)) => Some(self.plan.workshops.workshops[i].id.clone()),
                    Some((Kind::Tool, i)) => {
                        items::tool_at(&self.plan, i).map(|(w, _)| w.id.clone())
                    }
                    _ => None,
                };
                match workshop {
                    Some(id) => {
                        let kind = Kind::Tool;
                        let mut value = kind.blank(self.today);
                        value["workshop"] = Value::String(id.to_string());
                        self.mode = Mode::Form(Form::new(kind, None, value));
                    }
                    None => {
                        self.message = Some((crate::t!("tui-msg-select-workshop"), false));
                    }
                }
            }
            Action::AddAssessment => {
                self.message = Some((crate::t!("tui-msg-assessment-on-people"), false));
            }
            Action::AddAction if self.selected_milestone().is_some() => {
                self.add(Kind::MilestoneAction)
            }
            Action::EditAction => {
                let Some(m) = self.selected_milestone() else {
                    return Effect::None;
                };
                let a = self.list().action;
                if a < self.plan.milestones.milestones[m].actions.len() {
                    let flat = Kind::MilestoneAction.nested(&self.plan, m, a);
                    self.mode = Mode::Form(self.edit_item(Kind::MilestoneAction, flat));
                } else {
                    self.message = Some((crate::t!("tui-msg-milestone-no-actions-add"), false));
                }
            }
            Action::DeleteAction => {
                let Some(m) = self.selected_milestone() else {
                    return Effect::None;
                };
                let a = self.list().action;
                if let Some(x) = self.plan.milestones.milestones[m].actions.get(a) {
                    self.mode = Mode::Confirm(Confirm {
                        question: crate::t!("tui-confirm-remove-action", title = x.title.as_str()),
                        details: Vec::new(),
                        pending: Pending::DeleteAction(m, a),
                    });
                }
            }
            Action::ToggleBreakdowns if self.selected_metric().is_some() => {
                let list = self.list_mut();
                list.breakdowns = !list.breakdowns;
                list.action = 0;
                let words = if list.breakdowns {
                    crate::t!("tui-msg-on-breakdowns")
                } else {
                    crate::t!("tui-msg-on-readings")
                };
                self.message = Some((words, false));
            }
            Action::EditReading if self.list().breakdowns => match self.selected_breakdown() {
                Some(flat) => self.mode = Mode::Form(self.edit_item(Kind::Breakdown, flat)),
                None => self.message = Some((crate::t!("tui-msg-no-breakdowns"), false)),
            },
            Action::EditReading => {
                let Some((m, r)) = self.selected_reading() else {
                    self.message = Some((crate::t!("tui-msg-no-readings"), false));
                    return Effect::None;
                };
                let flat = Kind::Reading.nested(&self.plan, m, r);
                self.mode = Mode::Form(self.edit_item(Kind::Reading, flat));
            }
            Action::DeleteReading if self.list().breakdowns => {
                if let Some(flat) = self.selected_breakdown() {
                    self.mode = Mode::Confirm(Confirm {
                        question: crate::t!(
                            "tui-confirm-remove-breakdown",
                            id = Kind::Breakdown.id(&self.plan, flat)
                        ),
                        details: Vec::new(),
                        pending: Pending::Delete(Kind::Breakdown, flat),
                    });
                }
            }
            Action::DeleteReading => {
                if let Some((m, r)) = self.selected_reading() {
                    let metric = &self.plan.metrics.metrics[m];
                    let reading = &metric.readings[r];
                    self.mode = Mode::Confirm(Confirm {
                        question: crate::t!(
                            "tui-confirm-remove-reading",
                            metric = metric.id.to_string(),
                            on = reading.on.to_string(),
                            value = format!(
                                "{}{}",
                                crate::present::number::plain(reading.value),
                                reading
                                    .unit
                                    .as_ref()
                                    .map(|u| format!(" ({u})"))
                                    .unwrap_or_default()
                            )
                        ),
                        details: Vec::new(),
                        pending: Pending::DeleteReading(m, r),
                    });
                }
            }
            Action::SuggestTarget => match self.selected() {
                Some((Kind::Metric, i)) => {
                    let m = &self.plan.metrics.metrics[i];
                    match crate::domain::target::suggest(
                        m,
                        self.plan.meta.guide(),
                        None,
                        crate::domain::target::LAST_READINGS,
                        self.today,
                        self.plan.meta.end,
                    ) {
                        Ok(s) if s.existing == Some(s.proposed) => {
                            self.message = Some((
                                crate::t!(
                                    "tui-msg-target-already",
                                    metric = m.id.to_string(),
                                    target = crate::present::number::plain(s.proposed)
                                ),
                                false,
                            ));
                        }
                        Ok(s) => {
                            self.mode = Mode::Confirm(Confirm {
                                question: match s.existing {
                                    Some(e) => crate::t!(
                                        "tui-confirm-set-target-now",
                                        metric = m.id.to_string(),
                                        target = crate::present::number::plain(s.proposed),
                                        by = s.by.to_string(),
                                        now = crate::present::number::plain(e)
                                    ),
                                    None => crate::t!(
                                        "tui-confirm-set-target",
                                        metric = m.id.to_string(),
                                        target = crate::present::number::plain(s.proposed),
                                        by = s.by.to_string()
                                    ),
                                },
                                details: s.why.iter().map(ToString::to_string).collect(),
                                pending: Pending::SetTarget(i, s.proposed, s.by),
                            });
                        }
                        Err(e) => self.message = Some((e.to_string(), true)),
                    }
                }
                _ => self.message = Some((crate::t!("tui-msg-select-metric"), true)),
            },
            Action::Record => {
                if let Some((Kind::Metric, i)) = self.selected() {
                    let m = &self.plan.metrics.metrics[i];
                    self.mode = Mode::Prompt(Prompt::new(
                        PromptFor::Record,
                        crate::t!(
                            "tui-prompt-record",
                            metric = m.id.to_string(),
                            today = self.today.to_string()
                        ),
                        String::new(),
                    ));
                }
            }
            _ => {}
        }
        Effect::None
    }

    /// Applies a change to the plan, keeping the previous plan for undo;
    /// refused when it changes a file that has errors (it could not be
    /// saved: fix the file first).
    pub(super) fn change(&mut self, message: String, edit: impl FnOnce(&mut Plan)) {
        let mut edited = self.plan.clone();
        edit(&mut edited);
        self.change_to(message, edited);
    }

    /// [`App::change`] to a plan already edited (and checked): the plan
    /// shown becomes the one kept for undo, without a copy.
    pub(super) fn change_to(&mut self, message: String, edited: Plan) {
        let before = std::mem::replace(&mut self.plan, edited);
        if let Some(refusal) = self
            .broken_files_touched(&before, &self.plan)
            .into_iter()
            .next()
        {
            self.plan = before;
            self.message = Some((refusal, true));
            return;
        }
        if self.plan != before {
            self.refresh_after(Some(&before));
            self.undo.push(before);
            self.redo.clear();
        }
        self.message = Some((message, false));
    }

    pub(super) fn selected_milestone(&self) -> Option<usize> {
        match self.selected() {
            Some((Kind::Milestone, i)) if self.tab == Tab::Milestones => Some(i),
            _ => None,
        }
    }

    pub(super) fn selected_metric(&self) -> Option<usize> {
        match self.selected() {
            Some((Kind::Metric, i)) if self.tab == Tab::Metrics => Some(i),
            _ => None,
        }
    }

    /// The reading under the cursor of the selected metric: (metric, its
    /// place among the metric's readings, which run oldest first).
    pub fn selected_reading(&self) -> Option<(usize, usize)> {
        let m = self.selected_metric()?;
        let count = self.plan.metrics.metrics[m].readings.len();
        let shown = self.list().action;
        (shown < count).then(|| (m, count - 1 - shown))
    }

    /// The breakdown target under the cursor of the selected metric, as
    /// its number among all breakdown targets.
    pub fn selected_breakdown(&self) -> Option<usize> {
        let m = self.selected_metric()?;
        let k = self.list().action;
        (k < self.plan.metrics.metrics[m].breakdown.len())
            .then(|| Kind::Breakdown.nested(&self.plan, m, k))
    }

    pub(super) fn change_status(&mut self, done: bool) {
        let Some(i) = self.selected_milestone() else {
            return;
        };
        let today = self.today;
        let m = &self.plan.milestones.milestones[i];
        let next = if done {
            Status::Done
        } else {
            let at = Status::ALL.iter().position(|s| *s == m.status).unwrap_or(0);
            Status::ALL[(at + 1) % Status::ALL.len()]
        };
        let message = crate::t!(
            "tui-done-status",
            id = m.id.to_string(),
            from = crate::tui::rows::shown("status", &m.status),
            to = crate::tui::rows::shown("status", &next)
        );
        self.change(message, |plan| {
            let m = &mut plan.milestones.milestones[i];
            m.status = next;
            // done_on belongs to done: set it on the way in, clear it on the way out.
            m.done_on = if next == Status::Done {
                m.done_on.or(Some(today))
            } else {
                None
            };
        });
    }

    pub(super) fn toggle_action(&mut self) {
        let Some(i) = self.selected_milestone() else {
            return;
        };
        let a = self.list().action;
        let Some(action) = self.plan.milestones.milestones[i].actions.get(a) else {
            self.message = Some((crate::t!("tui-msg-milestone-no-actions"), false));
            return;
        };
        let id = self.plan.milestones.milestones[i].id.to_string();
        let title = action.title.clone();
        let message = if action.done {
            crate::t!("tui-done-action-reopened", id = id, title = title)
        } else {
            crate::t!("tui-done-action-done", id = id, title = title)
        };
        self.change(message, |plan| {
            let action = &mut plan.milestones.milestones[i].actions[a];
            action.done = !action.done;
        });
    }

    /// Adds today to the selected routine's `held:` dates.
    pub(super) fn mark_held(&mut self) {
        let Some((Kind::Routine, i)) = self.selected() else {
            self.message = Some((crate::t!("tui-msg-select-routine"), false));
            return;
        };
        let today = self.today;
        let routine = &self.plan.committee.routines[i];
        if routine.held.contains(&today) {
            let message = crate::t!("tui-msg-held-already", id = routine.id.to_string());
            self.message = Some((message, false));
            return;
        }
        let message = crate::t!(
            "tui-done-held",
            id = routine.id.to_string(),
            date = today.to_string()
        );
        self.change(message, |plan| {
            let held = &mut plan.committee.routines[i].held;
            held.push(today);
            held.sort();
        });
    }

    /// Opens the coaching form filled with the first coaching the selected
    /// rep's latest assessment proposes: saving it records the entry, and
    /// the proposal goes away.
    pub(super) fn accept_coaching(&mut self) {
        let Some((Kind::Rep, i)) = self.selected() else {
            self.message = Some((crate::t!("people-tui-select-rep"), false));
            return;
        };
        let rep = self.plan.people.reps[i].id.clone();
        let proposal = crate::domain::people::proposals(&self.plan, self.today)
            .into_iter()
            .find(|p| p.rep == rep);
        let Some(proposal) = proposal else {
            let message = crate::t!("people-tui-nothing-proposed", id = rep.as_str());
            self.message = Some((message, false));
            return;
        };
        let owner = self.plan.people.reps[i].mentor.clone();
        let coaching = proposal.coaching(owner, None);
        let kind = Kind::Coaching;
        let value = serde_json::to_value(&coaching).unwrap_or_else(|_| kind.blank(self.today));
        self.mode = Mode::Form(Form::new(kind, None, value));
    }

    pub(super) fn ask_delete(&mut self) {
        let Some((kind, i)) = self.selected() else {
            return;
        };
        let id = kind.id(&self.plan, i);
        let refs = items::references_to(&self.plan, &id);
        let mut details: Vec<String> = refs
            .iter()
            .map(|r| crate::t!("tui-confirm-referred-by", item = r.to_string()))
            .collect();
        if !details.is_empty() {
            details.push(crate::t!("tui-confirm-references-reported"));
        }
        self.mode = Mode::Confirm(Confirm {
            question: crate::t!(
                "tui-confirm-delete",
                kind = kind.word(),
                id = id.to_string()
            ),
            details,
            pending: Pending::Delete(kind, i),
        });
    }
    /// Records a reading of the selected metric from "VALUE [DATE] [UNIT]":
    /// the date is today's when left out, the reading plan-wide when no
    /// unit is named.
    pub(super) fn record(&mut self, text: &str) -> Result<(), String> {
        let Some((Kind::Metric, i)) = self.selected() else {
            return Err(crate::t!("tui-msg-select-metric"));
        };
        let mut words = text.split_whitespace();
        let value = crate::domain::readings::parse_value(
            words
                .next()
                .ok_or_else(|| crate::t!("tui-err-record-value"))?,
        )?;
        let (mut on, mut unit) = (None, None);
        for word in words {
            if word.starts_with(|c: char| c.is_ascii_digit()) && on.is_none() {
                on = Some(Date::parse(word)?);
            } else if unit.is_none() {
                unit = Some(crate::domain::types::Id::new(word).map_err(|e| {
                    crate::t!("tui-err-record-word", word = word, error = e.to_string())
                })?);
            } else {
                return Err(crate::t!("tui-err-record-extra", word = word));
            }
        }
        let on = on.unwrap_or(self.today);
        let metric = &self.plan.metrics.metrics[i];
        if metric.readings.iter().any(|r| r.on == on && r.unit == unit) {
            return Err(match &unit {
                Some(u) => crate::t!(
                    "tui-err-reading-exists-unit",
                    metric = metric.id.to_string(),
                    date = on.to_string(),
                    unit = u.to_string()
                ),
                None => crate::t!(
                    "tui-err-reading-exists",
                    metric = metric.id.to_string(),
                    date = on.to_string()
                ),
            });
        }
        let message = match &unit {
            Some(u) => crate::t!(
                "tui-done-reading-unit",
                metric = metric.id.to_string(),
                value = crate::present::number::plain(value),
                date = on.to_string(),
                unit = u.to_string()
            ),
            None => crate::t!(
                "tui-done-reading",
                metric = metric.id.to_string(),
                value = crate::present::number::plain(value),
                date = on.to_string()
            ),
        };
        let mut trial = self.plan.clone();
        crate::domain::readings::insert(
            &mut trial.metrics.metrics[i].readings,
            Reading { on, value, unit },
        );
        if let Some(problem) = self.new_errors(&trial).into_iter().next() {
            return Err(problem);
        }
        self.change_to(message, trial);
        let list = self.list_mut();
        list.breakdowns = false;
        Ok(())
    }
    /// Why an edit from `old` to `new` cannot be saved: it changes a file
    /// that has errors, which charter does not write until they are fixed.
    pub(super) fn broken_files_touched(&self, old: &Plan, new: &Plan) -> Vec<String> {
        let files = [
            ("plan.yaml", old.meta != new.meta),
            ("charter.yaml", old.charter != new.charter),
            ("goals.yaml", old.goals != new.goals),
            ("milestones.yaml", old.milestones != new.milestones),
            ("committee.yaml", old.committee != new.committee),
            ("agents.yaml", old.agents != new.agents),
            ("metrics.yaml", old.metrics != new.metrics),
            ("skills.yaml", old.skills != new.skills),
            ("workshops.yaml", old.workshops != new.workshops),
            ("incidents.yaml", old.incidents != new.incidents),
            ("people.yaml", old.people != new.people),
            ("recognition.yaml", old.recognition != new.recognition),
        ];
        let mut touched: Vec<String> = files
            .iter()
            .filter(|(_, changed)| *changed)
            .map(|(rel, _)| rel.to_string())
            .collect();
        if old.reviews != new.reviews {
            touched.extend(new.reviews.iter().map(|r| r.rel_path()));
        }
        touched
            .into_iter()
            .filter(|rel| self.dir.has_errors(rel))
            .map(|rel| crate::t!("tui-err-file-has-errors", file = rel.to_string()))
            .collect()
    }

    /// The errors `candidate` has that the current plan has not: an edit
    /// is refused when the checks of `charter check` would reject it, or
    /// when it changes a file with errors.
    pub(super) fn new_errors(&self, candidate: &Plan) -> Vec<String> {
        let broken = self.broken_files_touched(&self.plan, candidate);
        if !broken.is_empty() {
            return broken;
        }
        let before: std::collections::HashSet<&str> = self
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .map(|d| d.message.as_str())
            .collect();
        let (broken, today) = (&self.dir.broken_ids, self.today);
        let checked = match &self.checked {
            // Only what the edit can change is checked again.
            Some(checked) => checked.after(&self.plan, candidate, broken, today),
            None => crate::domain::validate::Checked::of(candidate, broken, today),
        };
        checked
            .diagnostics()
            .filter(|d| d.severity == Severity::Error && !before.contains(d.message.as_str()))
            .map(|d| d.message.clone())
            .collect()
    }
}
