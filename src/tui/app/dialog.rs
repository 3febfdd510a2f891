//! The one-line prompts, the yes/no questions and the pick lists, and
//! what submitting each does.

use crate::domain::types::Date;
use crate::tui::items::Kind;
use crate::tui::keymap::Action;
use crate::tui::review::{self, Ask, Step, Walk};

use super::{App, Effect, Mode, Tab};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PromptFor {
    Filter,
    Record,
    CommitMessage,
    /// An answer on the review screen, for the step the walk is at.
    Review(Walk, Ask, Step),
}

#[derive(Clone, Debug)]
pub struct Prompt {
    pub purpose: PromptFor,
    pub title: String,
    pub text: String,
    /// Where typing goes: a byte offset into `text` (see [`crate::tui::text`]).
    pub cursor: usize,
}

impl Prompt {
    /// A prompt holding `text`, the cursor after it.
    pub fn new(purpose: PromptFor, title: String, text: String) -> Prompt {
        Prompt {
            purpose,
            title,
            cursor: text.len(),
            text,
        }
    }
}

/// What a yes would do.
#[derive(Clone, Debug, PartialEq)]
pub enum Pending {
    Delete(Kind, usize),
    /// A milestone's action: (milestone, action).
    DeleteAction(usize, usize),
    /// A metric's reading: (metric, reading).
    DeleteReading(usize, usize),
    /// A metric's target, as the target assistant proposes it.
    SetTarget(usize, f64, Date),
    Quit,
    Reload,
    /// Take the merge of the unsaved edits into the files on disk.
    MergeDisk,
    /// Close the review the walk is on: save, commit and tag it.
    CloseReview(Walk),
}

#[derive(Clone, Debug)]
pub struct Confirm {
    pub question: String,
    pub details: Vec<String>,
    pub pending: Pending,
}

/// A list to pick from: search results or the plan's problems.
#[derive(Clone, Debug)]
pub struct Pick {
    pub title: String,
    pub query: String,
    pub searchable: bool,
    pub choices: Vec<(String, Target)>,
    pub selected: usize,
}

/// Where picking a result leads.
#[derive(Clone, Debug, PartialEq)]
pub enum Target {
    Item(Tab, Kind, usize),
    Tab(Tab),
}

impl App {
    pub(super) fn act_confirm(&mut self, confirm: Confirm, action: Action) -> Effect {
        match action {
            Action::Yes => match confirm.pending {
                Pending::Quit => return Effect::Quit,
                Pending::Reload => return Effect::Reload,
                Pending::MergeDisk => self.take_disk_merge(),
                Pending::CloseReview(walk) => return Effect::CloseReview(walk.date),
                Pending::DeleteAction(m, a) => {
                    let id = self.plan.milestones.milestones[m].id.clone();
                    self.change(
                        crate::t!("tui-done-action-removed", id = id.to_string()),
                        |plan| {
                            let actions = &mut plan.milestones.milestones[m].actions;
                            if a < actions.len() {
                                actions.remove(a);
                            }
                        },
                    );
                    let list = self.list_mut();
                    list.action = list.action.saturating_sub(1);
                }
                Pending::DeleteReading(m, r) => {
                    let metric = &self.plan.metrics.metrics[m];
                    let message = match metric.readings.get(r) {
                        Some(x) => crate::t!(
                            "tui-done-reading-removed",
                            metric = metric.id.to_string(),
                            date = x.on.to_string()
                        ),
                        None => String::new(),
                    };
                    self.change(message, |plan| {
                        let readings = &mut plan.metrics.metrics[m].readings;
                        if r < readings.len() {
                            readings.remove(r);
                        }
                    });
                    let count = self.plan.metrics.metrics[m].readings.len();
                    let list = self.list_mut();
                    list.action = list.action.min(count.saturating_sub(1));
                }
                Pending::SetTarget(m, value, by) => {
                    let id = self.plan.metrics.metrics[m].id.clone();
                    self.change(
                        format!(
                            "metric {id}: target {} (suggested)",
                            crate::present::number::plain(value)
                        ),
                        |plan| {
                            plan.metrics.metrics[m].target =
                                Some(crate::domain::model::Target { value, by })
                        },
                    );
                }
                Pending::Delete(kind, i) => {
                    let id = kind.id(&self.plan, i);
                    let verb = if kind.parent_key().is_some() {
                        "removed"
                    } else {
                        "deleted"
                    };
                    self.change(format!("{} {id}: {verb}", kind.name()), |plan| {
                        kind.remove(plan, i)
                    });
                    if kind == Kind::Breakdown {
                        let count = self
                            .selected_metric()
                            .map_or(0, |m| self.plan.metrics.metrics[m].breakdown.len());
                        let list = self.list_mut();
                        list.action = list.action.min(count.saturating_sub(1));
                    }
                }
            },
            Action::No => {
                if let Pending::CloseReview(walk) = confirm.pending {
                    self.message = Some((
                        crate::t!("tui-msg-review-not-closed", date = walk.date.to_string()),
                        false,
                    ));
                    self.mode = Mode::Review(walk);
                }
            }
            _ => self.mode = Mode::Confirm(confirm),
        }
        Effect::None
    }

    pub(super) fn act_prompt(&mut self, mut prompt: Prompt, action: Action) -> Effect {
        match action {
            Action::Cancel => {
                if let PromptFor::Review(walk, _, _) = prompt.purpose {
                    self.mode = Mode::Review(walk);
                }
            }
            action if crate::tui::text::is_edit(action) => {
                self.bidi.edit(&mut prompt.text, &mut prompt.cursor, action);
                self.mode = Mode::Prompt(prompt);
            }
            Action::Submit => match prompt.purpose {
                PromptFor::Filter => {
                    if let Err(e) = crate::tui::rows::parse_filter(self.tab, &prompt.text) {
                        self.message = Some((e, true));
                        self.mode = Mode::Prompt(prompt);
                        return Effect::None;
                    }
                    self.list_mut().filter = prompt.text.trim().to_string();
                    self.list_mut().selected = 0;
                    self.rebuild_rows(self.tab);
                }
                PromptFor::CommitMessage => {
                    let message = prompt.text.trim().to_string();
                    if message.is_empty() {
                        self.message = Some((crate::t!("tui-msg-commit-needs-message"), true));
                        self.mode = Mode::Prompt(prompt);
                    } else {
                        return Effect::Save(message);
                    }
                }
                PromptFor::Record => {
                    if let Err(e) = self.record(&prompt.text) {
                        self.message = Some((e, true));
                        self.mode = Mode::Prompt(prompt);
                    }
                }
                PromptFor::Review(walk, ask, step) => {
                    let Some(ri) = self.review_index(walk.date) else {
                        return Effect::None;
                    };
                    let mut trial = self.plan.reviews[ri].clone();
                    match review::answer(&mut trial, step, ask, &prompt.text) {
                        Ok(words) => {
                            self.change(words, |p| p.reviews[ri] = trial);
                            self.mode = Mode::Review(walk);
                        }
                        Err(e) => {
                            self.message = Some((e, true));
                            self.mode = Mode::Prompt(prompt);
                        }
                    }
                }
            },
            _ => self.mode = Mode::Prompt(prompt),
        }
        Effect::None
    }

    pub(super) fn act_pick(&mut self, mut pick: Pick, action: Action) -> Effect {
        match action {
            Action::Up => pick.selected = pick.selected.saturating_sub(1),
            Action::Down => {
                pick.selected = (pick.selected + 1).min(pick.choices.len().saturating_sub(1))
            }
            Action::Backspace if pick.searchable => {
                pick.query.pop();
                pick = self.search(&pick.query);
            }
            Action::Cancel => return Effect::None,
            Action::Submit => {
                if let Some((_, target)) = pick.choices.get(pick.selected).cloned() {
                    self.go(target);
                }
                return Effect::None;
            }
            _ => {}
        }
        self.mode = Mode::Pick(pick);
        Effect::None
    }

    pub(super) fn search(&mut self, query: &str) -> Pick {
        let plan = &self.plan;
        self.documents
            .get_or_insert_with(|| crate::tui::search::Index::new(plan))
            .search(query)
    }

    /// Shows a search result or a problem's item.
    pub fn go(&mut self, target: Target) {
        match target {
            Target::Tab(tab) => self.tab = tab,
            Target::Item(tab, kind, i) => {
                self.tab = tab;
                self.fresh_rows();
                // The item may be hidden by a filter: clear it to show it.
                if !self.list().rows.contains(&(kind, i)) {
                    self.list_mut().filter.clear();
                    self.rebuild_rows(tab);
                }
                self.select_item(kind, i);
            }
        }
    }

    pub(super) fn select_item(&mut self, kind: Kind, i: usize) {
        if let Some(pos) = self.list().rows.iter().position(|r| *r == (kind, i)) {
            let list = self.list_mut();
            if list.selected != pos {
                list.detail_scroll = 0;
            }
            list.selected = pos;
        }
    }
}
