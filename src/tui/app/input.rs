//! How a terminal event becomes an action, and the actions that move
//! around the plan rather than change it.

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseEventKind,
};

use crate::tui::items::Kind;
use crate::tui::keymap::{self, Action, Context};
use crate::tui::review::Walk;
use crate::tui::rows;

use super::{mutates, App, Confirm, Effect, Load, Mode, Pending, Prompt, PromptFor, Tab};

impl App {
    /// The contexts whose keys apply now, most specific first.
    pub fn contexts(&self) -> Vec<Context> {
        match &self.mode {
            Mode::Help(_) => vec![Context::Help],
            Mode::Form(_) => vec![Context::Form, Context::Text],
            Mode::Prompt(_) => vec![Context::Prompt, Context::Text],
            Mode::Confirm(_) => vec![Context::Confirm],
            Mode::Pick(_) => vec![Context::Pick],
            Mode::Choose(_) => vec![Context::Choose],
            Mode::Review(_) => vec![Context::Review],
            Mode::Normal if self.read_only.is_some() => {
                let mut contexts = vec![Context::ReadOnly];
                contexts.extend(self.normal_contexts());
                contexts
            }
            Mode::Normal => self.normal_contexts(),
        }
    }

    pub(super) fn normal_contexts(&self) -> Vec<Context> {
        match self.tab {
            Tab::Overview => vec![Context::Overview, Context::Global],
            Tab::History => vec![Context::History, Context::Global],
            Tab::Actions => vec![Context::Actions, Context::Global],
            Tab::Reviews => vec![Context::Reviews, Context::List, Context::Global],
            Tab::Milestones => vec![Context::Milestones, Context::List, Context::Global],
            Tab::Metrics => vec![Context::Metrics, Context::List, Context::Global],
            Tab::Charter => vec![Context::Charter, Context::List, Context::Global],
            Tab::People => vec![Context::People, Context::List, Context::Global],
            _ => vec![Context::List, Context::Global],
        }
    }

    /// Handles one terminal event: the same path for a real terminal and for tests.
    pub fn handle(&mut self, event: Event) -> Effect {
        // Messages are worded in this plan's language, whatever another
        // plan on the same thread last set.
        crate::i18n::follow_plan(self.plan.meta.language);
        // A key reads the rows of the tab shown, and may show another.
        self.fresh_rows();
        let effect = self.handle_event(event);
        self.fresh_rows();
        if effect == Effect::None && self.wants_history() {
            return Effect::Load(Load::History);
        }
        effect
    }

    pub(super) fn handle_event(&mut self, event: Event) -> Effect {
        match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => self.key(key),
            Event::Mouse(mouse) => match mouse.kind {
                MouseEventKind::ScrollDown | MouseEventKind::ScrollUp => {
                    let down = mouse.kind == MouseEventKind::ScrollDown;
                    let at = ratatui::layout::Position::new(mouse.column, mouse.row);
                    let over = |pane: Option<ratatui::layout::Rect>| {
                        matches!(self.mode, Mode::Normal) && pane.is_some_and(|r| r.contains(at))
                    };
                    // The wheel scrolls the pane it is over by a few lines.
                    let action = match (over(self.panes.detail), over(self.panes.text), down) {
                        (true, _, true) => Action::ScrollDetailDown,
                        (true, _, false) => Action::ScrollDetailUp,
                        (_, true, true) => Action::ScrollTextDown,
                        (_, true, false) => Action::ScrollTextUp,
                        (_, _, true) => return self.act(Action::Down),
                        (_, _, false) => return self.act(Action::Up),
                    };
                    for _ in 0..3 {
                        self.act(action);
                    }
                    Effect::None
                }
                MouseEventKind::Down(_) if mouse.row <= 1 && matches!(self.mode, Mode::Normal) => {
                    if let Some(tab) =
                        crate::tui::view::tab_at(mouse.column, self.panes.width, self.tab)
                    {
                        self.tab = tab;
                    }
                    Effect::None
                }
                _ => Effect::None,
            },
            _ => Effect::None,
        }
    }

    pub(super) fn key(&mut self, key: KeyEvent) -> Effect {
        let contexts = self.contexts();
        match keymap::lookup(&contexts, &key) {
            Some(action) => self.act(action),
            None => {
                // In forms, prompts and pickers, other keys are text.
                if let KeyCode::Char(ch) = key.code {
                    if !key.modifiers.contains(KeyModifiers::CONTROL) {
                        self.type_char(ch);
                    }
                }
                Effect::None
            }
        }
    }

    pub(super) fn type_char(&mut self, ch: char) {
        if matches!(self.mode, Mode::Choose(_)) {
            self.chooser_key(ch);
            return;
        }
        match &mut self.mode {
            Mode::Form(form) => {
                if let Some((_, text)) = form.fields.get_mut(form.focus) {
                    crate::tui::text::insert(text, &mut form.cursor, ch);
                }
                form.check_field();
            }
            Mode::Prompt(p) => crate::tui::text::insert(&mut p.text, &mut p.cursor, ch),
            Mode::Pick(p) if p.searchable => {
                p.query.push(ch);
                let query = p.query.clone();
                self.mode = Mode::Pick(self.search(&query));
            }
            _ => {}
        }
    }

    /// Applies one action; returns what the loop must do.
    pub fn act(&mut self, action: Action) -> Effect {
        self.message = None;
        match std::mem::replace(&mut self.mode, Mode::Normal) {
            Mode::Normal => self.act_normal(action),
            Mode::Help(scroll) => {
                self.mode = match action {
                    Action::Down => Mode::Help(scroll.saturating_add(1)),
                    Action::Up => Mode::Help(scroll.saturating_sub(1)),
                    Action::PageDown => Mode::Help(scroll.saturating_add(self.help_page())),
                    Action::PageUp => Mode::Help(scroll.saturating_sub(self.help_page())),
                    Action::Home => Mode::Help(0),
                    // Drawing clamps it to the last page.
                    Action::End => Mode::Help(u16::MAX),
                    Action::Cancel => match self.help_return.take() {
                        Some(walk) => Mode::Review(walk),
                        None => Mode::Normal,
                    },
                    _ => Mode::Help(scroll),
                };
                Effect::None
            }
            Mode::Review(walk) => self.act_review(walk, action),
            Mode::Form(form) => self.act_form(form, action),
            Mode::Prompt(prompt) => self.act_prompt(prompt, action),
            Mode::Confirm(confirm) => self.act_confirm(confirm, action),
            Mode::Pick(pick) => self.act_pick(pick, action),
            Mode::Choose(chooser) => self.act_chooser(chooser, action),
        }
    }

    pub(super) fn act_normal(&mut self, action: Action) -> Effect {
        let page = self.page.max(1);
        if self.read_only.is_some() && mutates(action) {
            self.message = Some((crate::t!("tui-msg-read-only"), true));
            return Effect::None;
        }
        if self.tab == Tab::History {
            if let Some(effect) = self.act_history(action) {
                return effect;
            }
        }
        match action {
            Action::NextTab => self.tab = Tab::ALL[(self.tab.index() + 1) % Tab::ALL.len()],
            Action::PrevTab => {
                self.tab = Tab::ALL[(self.tab.index() + Tab::ALL.len() - 1) % Tab::ALL.len()]
            }
            Action::GoTab(i) => self.tab = Tab::ALL[i.min(Tab::ALL.len() - 1)],
            Action::Up => self.move_by(-1),
            Action::Down => self.move_by(1),
            Action::PageUp => self.move_by(-(page as i64)),
            Action::PageDown => self.move_by(page as i64),
            Action::Home => self.move_by(i64::MIN / 2),
            Action::End => self.move_by(i64::MAX / 2),
            Action::Help => self.mode = Mode::Help(0),
            Action::CloseRevision => self.close_revision(),
            Action::Quit => {
                if self.dirty() {
                    self.mode = Mode::Confirm(Confirm {
                        question: crate::t!("tui-confirm-quit"),
                        details: self.change_summary(),
                        pending: Pending::Quit,
                    });
                } else {
                    return Effect::Quit;
                }
            }
            Action::Save => {
                if self.dirty() {
                    self.mode = Mode::Prompt(Prompt::new(
                        PromptFor::CommitMessage,
                        crate::t!("tui-prompt-commit-message"),
                        self.change_summary().join("; "),
                    ));
                } else {
                    self.message = Some((crate::t!("tui-msg-nothing-to-save"), false));
                }
            }
            Action::Undo => match self.undo.pop() {
                Some(previous) => {
                    let undone = std::mem::replace(&mut self.plan, previous);
                    self.refresh_after(Some(&undone));
                    self.redo.push(undone);
                    self.message = Some((crate::t!("tui-msg-undone"), false));
                }
                None => self.message = Some((crate::t!("tui-msg-nothing-to-undo"), false)),
            },
            Action::Redo => match self.redo.pop() {
                Some(next) => {
                    let redone = std::mem::replace(&mut self.plan, next);
                    self.refresh_after(Some(&redone));
                    self.undo.push(redone);
                    self.message = Some((crate::t!("tui-msg-redone"), false));
                }
                None => self.message = Some((crate::t!("tui-msg-nothing-to-redo"), false)),
            },
            Action::Reload => {
                if self.dirty() {
                    self.mode = Mode::Confirm(Confirm {
                        question: crate::t!("tui-confirm-reload"),
                        details: self.change_summary(),
                        pending: Pending::Reload,
                    });
                } else {
                    return Effect::Reload;
                }
            }
            Action::MergeDisk => return self.merge_disk(),
            Action::Search => self.mode = Mode::Pick(self.search("")),
            Action::Problems => self.mode = Mode::Pick(crate::tui::search::problems(self)),
            Action::Open => self.open_form(),
            Action::Add => self.open_chooser(),
            Action::Delete => self.ask_delete(),
            Action::Filter => {
                let text = self.list().filter.clone();
                self.mode = Mode::Prompt(Prompt::new(
                    PromptFor::Filter,
                    crate::t!("tui-prompt-filter"),
                    text,
                ));
            }
            Action::ClearFilter => {
                self.list_mut().filter.clear();
                self.rebuild_rows(self.tab);
            }
            Action::SortNext => {
                let columns = rows::columns(self.tab).len().max(1);
                let list = self.list_mut();
                list.sort = (list.sort + 1) % columns;
                self.rebuild_rows(self.tab);
            }
            Action::SortReverse => {
                let list = self.list_mut();
                list.reverse = !list.reverse;
                self.rebuild_rows(self.tab);
            }
            Action::Timeline => self.timeline = !self.timeline,
            Action::ReviewNew => self.new_review(),
            Action::ReviewWalk => match self.selected() {
                Some((Kind::Review, i)) if self.tab == Tab::Reviews => {
                    if let Some(r) = self.plan.reviews.get(i) {
                        self.mode = Mode::Review(Walk {
                            date: r.date,
                            step: 0,
                        });
                    }
                }
                _ => self.message = Some((crate::t!("tui-msg-select-review"), true)),
            },
            // [`App::lay_out`] keeps these within the text's length.
            Action::ScrollDetailDown => {
                let list = self.list_mut();
                list.detail_scroll = list.detail_scroll.saturating_add(1);
            }
            Action::ScrollDetailUp => {
                let list = self.list_mut();
                list.detail_scroll = list.detail_scroll.saturating_sub(1);
            }
            Action::ScrollTextDown => self.charter_scroll = self.charter_scroll.saturating_add(1),
            Action::ScrollTextUp => self.charter_scroll = self.charter_scroll.saturating_sub(1),
            _ if self.tab == Tab::Actions => self.act_actions(action),
            _ if self.tab == Tab::People && self.act_people(action) => {}
            _ => return self.act_edit(action),
        }
        Effect::None
    }

    pub(super) fn move_by(&mut self, delta: i64) {
        let list = self.list_mut();
        let last = list.len().saturating_sub(1) as i64;
        let selected = (list.selected as i64 + delta).clamp(0, last.max(0)) as usize;
        if selected != list.selected {
            list.detail_scroll = 0;
        }
        list.selected = selected;
        list.action = 0;
    }
}
