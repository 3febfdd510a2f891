//! The review screen's actions: walking a review step by step, editing
//! it, and asking the loop to close it.

use crate::domain::model::Review;
use crate::domain::types::Date;
use crate::tui::keymap::Action;
use crate::tui::review::{self, Ask, Step, Walk};

use crate::tui::items::Kind;

use super::{App, Confirm, Effect, Form, Mode, Pending, Prompt, PromptFor};

impl App {
    pub(super) fn review_index(&self, date: Date) -> Option<usize> {
        self.plan.reviews.iter().position(|r| r.date == date)
    }

    /// Opens the review screen on today's review, drafting it from the plan
    /// (as `charter review new` does) when there is none yet.
    pub(super) fn new_review(&mut self) {
        let date = self.today;
        if self.review_index(date).is_none() {
            let draft = crate::domain::review::draft(&self.plan, date);
            let words = crate::t!(
                "tui-done-review-drafted",
                date = date.to_string(),
                milestones = draft.milestones.len(),
                metrics = draft.metrics.len(),
                actions = draft.actions.len()
            );
            self.change(words, |p| {
                p.reviews.push(draft);
                p.reviews.sort_by_key(|r| r.date);
            });
        }
        self.mode = Mode::Review(Walk { date, step: 0 });
    }

    /// The review screen's keys.
    pub(super) fn act_review(&mut self, mut walk: Walk, action: Action) -> Effect {
        let Some(ri) = self.review_index(walk.date) else {
            self.message = Some((
                crate::t!("tui-msg-review-gone", date = walk.date.to_string()),
                true,
            ));
            return Effect::None;
        };
        let steps = review::steps(&self.plan.reviews[ri]);
        let last = steps.len().saturating_sub(1);
        walk.step = walk.step.min(last);
        let step = steps.get(walk.step).copied().unwrap_or(Step::Close);
        let ask = |ask: Ask, at: Step| PromptFor::Review(walk, ask, at);
        let mut prompt: Option<PromptFor> = None;
        let mut edit: Option<fn(&mut Review, Step) -> Option<String>> = None;
        match action {
            Action::Up => walk.step = walk.step.saturating_sub(1),
            Action::Down => walk.step = (walk.step + 1).min(last),
            Action::Home => walk.step = 0,
            Action::End => walk.step = last,
            Action::ReviewHealth => edit = Some(review::cycle_health),
            Action::ReviewMore => edit = Some(|r, s| review::nudge_progress(r, s, 10)),
            Action::ReviewLess => edit = Some(|r, s| review::nudge_progress(r, s, -10)),
            Action::ReviewLater => edit = Some(|r, s| review::shift_forecast(r, s, 7)),
            Action::ReviewEarlier => edit = Some(|r, s| review::shift_forecast(r, s, -7)),
            Action::ToggleAction => edit = Some(review::toggle_action),
            Action::ReviewRemove => edit = Some(review::remove),
            Action::ReviewForecast => prompt = Some(ask(Ask::Forecast, step)),
            Action::ReviewProgress => prompt = Some(ask(Ask::Progress, step)),
            Action::ReviewNote => prompt = Some(ask(Ask::Note, step)),
            Action::ReviewValue => prompt = Some(ask(Ask::Value, step)),
            Action::ReviewDecision => {
                self.review_form(walk, Kind::Decision, None);
                return Effect::None;
            }
            Action::ReviewAction => {
                self.review_form(walk, Kind::ReviewAction, None);
                return Effect::None;
            }
            Action::ReviewEdit => match step {
                Step::Decision(k) => {
                    self.review_form(walk, Kind::Decision, Some((ri, k)));
                    return Effect::None;
                }
                Step::Action(k) => {
                    self.review_form(walk, Kind::ReviewAction, Some((ri, k)));
                    return Effect::None;
                }
                Step::Milestone(k) => {
                    self.review_form(walk, Kind::ReviewMilestone, Some((ri, k)));
                    return Effect::None;
                }
                Step::Metric(k) => {
                    self.review_form(walk, Kind::ReviewMetric, Some((ri, k)));
                    return Effect::None;
                }
                Step::Close => {
                    self.review_form(walk, Kind::Decision, None);
                    return Effect::None;
                }
            },
            Action::Undo | Action::Redo => {
                self.act_normal(action);
            }
            Action::Help => {
                self.help_return = Some(walk);
                self.mode = Mode::Help(0);
                return Effect::None;
            }
            Action::ReviewClose => {
                if self.status.errors > 0 {
                    self.message = Some((
                        crate::t!("tui-msg-review-cannot-close", count = self.status.errors),
                        true,
                    ));
                } else {
                    self.ask_close(walk, ri);
                    return Effect::None;
                }
            }
            Action::Cancel => {
                if self.dirty() {
                    self.message = Some((crate::t!("tui-msg-review-screen-closed"), false));
                }
                return Effect::None;
            }
            _ => {}
        }
        if let Some(f) = edit {
            let mut trial = self.plan.reviews[ri].clone();
            match f(&mut trial, step) {
                Some(words) => self.change(words, |p| p.reviews[ri] = trial),
                None => self.message = Some((crate::t!("tui-msg-nothing-to-change"), false)),
            }
        }
        if let Some(purpose) = prompt {
            if let PromptFor::Review(_, a, s) = purpose {
                if !review::can_ask(s, a) {
                    self.message = Some((crate::t!("tui-msg-nothing-to-set"), false));
                    self.mode = Mode::Review(walk);
                    return Effect::None;
                }
                let text = a.initial(&self.plan.reviews[ri], s);
                self.mode = Mode::Prompt(Prompt::new(purpose, a.title(), text));
                return Effect::None;
            }
        }
        self.mode = Mode::Review(walk);
        Effect::None
    }

    /// Opens the form of a decision, an action or an entry of the walk's
    /// review: a new one, or entry `k` of review `ri`. The form comes back to the
    /// review screen when it closes.
    fn review_form(&mut self, walk: Walk, kind: Kind, at: Option<(usize, usize)>) {
        let mut form = match at {
            Some((ri, k)) => {
                let flat = kind.nested(&self.plan, ri, k);
                self.edit_item(kind, flat)
            }
            None => {
                let mut value = kind.blank(self.today);
                value["review"] = serde_json::Value::String(walk.date.to_string());
                Form::new(kind, None, value)
            }
        };
        // The review is the walk's: start on the text, or on an entry's
        // first value (its id names the milestone or metric of the step).
        form.focus_on(match kind {
            Kind::ReviewMilestone | Kind::ReviewMetric => 2,
            _ => 1,
        });
        form.back = Some(walk);
        self.mode = Mode::Form(form);
    }

    /// Back on the review screen after a form stored item `at` of `kind`:
    /// on the entry's step when it is in the walk's review.
    pub(super) fn back_to_review(&mut self, mut walk: Walk, kind: Kind, at: usize) {
        if let (Some(ri), Some((p, k))) = (self.review_index(walk.date), kind.place(&self.plan, at))
        {
            let want = match kind {
                Kind::Decision => Some(Step::Decision(k)),
                Kind::ReviewAction => Some(Step::Action(k)),
                Kind::ReviewMilestone => Some(Step::Milestone(k)),
                Kind::ReviewMetric => Some(Step::Metric(k)),
                _ => None,
            };
            if let Some(n) = want.filter(|_| p == ri).and_then(|want| {
                review::steps(&self.plan.reviews[ri])
                    .iter()
                    .position(|s| *s == want)
            }) {
                walk.step = n;
            }
        }
        self.mode = Mode::Review(walk);
    }

    /// Asks before closing: closing writes, commits and tags at once, so
    /// the question shows the commit's message and the tag it will make.
    fn ask_close(&mut self, walk: Walk, ri: usize) {
        let review = &self.plan.reviews[ri];
        self.mode = Mode::Confirm(Confirm {
            question: crate::t!("tui-confirm-close-review", date = walk.date.to_string()),
            details: vec![
                crate::t!(
                    "tui-confirm-close-commit",
                    message = crate::domain::review::summary_line(review)
                ),
                crate::t!(
                    "tui-confirm-close-tag",
                    tag = crate::ops::review::tag_name(walk.date)
                ),
            ],
            pending: Pending::CloseReview(walk),
        });
    }

    /// After a review was closed (saved, committed and tagged).
    pub fn review_closed(&mut self, message: String) {
        self.mode = Mode::Normal;
        self.message = Some((message, false));
    }
}
