//! The UI's state and how each action changes it. Nothing here draws or
//! touches the terminal; side effects (saving, committing, the editor) are
//! returned as an [`Effect`] for the event loop to run.

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseEventKind,
};
use serde_json::Value;

use super::history::{HistoryState, Pane, TrendChart};
use super::items::{self, Field, FieldKind, Kind};
use super::keymap::{self, Action, Context};
use super::review::{self, Ask, Step, Walk};
use super::rows::{self, Row};
use crate::domain::diag::{Diagnostic, Severity};
use crate::domain::model::{Plan, Reading, Review, Status};
use crate::domain::routines::CommitNote;
use crate::domain::summary::{plan_status, plan_status_with, PlanStatus};
use crate::domain::types::Date;
use crate::store::plan_dir::PlanDir;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    Overview,
    Charter,
    Goals,
    Milestones,
    Metrics,
    People,
    Reviews,
    History,
}

impl Tab {
    pub const ALL: [Tab; 8] = [
        Tab::Overview,
        Tab::Charter,
        Tab::Goals,
        Tab::Milestones,
        Tab::Metrics,
        Tab::People,
        Tab::Reviews,
        Tab::History,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Tab::Overview => "Overview",
            Tab::Charter => "Charter",
            Tab::Goals => "Goals",
            Tab::Milestones => "Milestones",
            Tab::Metrics => "Metrics",
            Tab::People => "People",
            Tab::Reviews => "Reviews",
            Tab::History => "History",
        }
    }

    fn index(self) -> usize {
        Tab::ALL.iter().position(|t| *t == self).unwrap_or(0)
    }

    /// The kinds of item the tab lists, in order.
    pub fn kinds(self) -> &'static [Kind] {
        match self {
            Tab::Overview => &[],
            Tab::Charter => &[
                Kind::PlanDetails,
                Kind::CharterText,
                Kind::Channel,
                Kind::Commitment,
                Kind::Unit,
            ],
            Tab::Goals => &[Kind::Goal],
            Tab::Milestones => &[Kind::Milestone],
            Tab::Metrics => &[Kind::Metric, Kind::Workshop, Kind::Tool],
            Tab::People => &[Kind::Member, Kind::Routine, Kind::Agent, Kind::Assessment],
            Tab::Reviews => &[Kind::Review],
            Tab::History => &[],
        }
    }
}

/// The rows of one list tab, as shown: filtered and sorted.
#[derive(Clone, Debug, Default)]
pub struct ListState {
    pub selected: usize,
    pub filter: String,
    pub sort: usize,
    pub reverse: bool,
    /// (kind, index in the plan), in display order.
    pub rows: Vec<(Kind, usize)>,
    /// The selected entry of the selected item: a milestone's action (for
    /// ticking, changing, removing) or a metric's reading (0 = the latest).
    pub action: usize,
    /// How many lines the detail pane is scrolled down (kept within the
    /// detail's length by the draw).
    pub detail_scroll: u16,
}

/// Where the scrollable panes were last drawn, so the mouse wheel scrolls
/// the pane it is over.
#[derive(Clone, Copy, Debug, Default)]
pub struct Panes {
    pub detail: Option<ratatui::layout::Rect>,
    pub text: Option<ratatui::layout::Rect>,
}

/// A form adding or editing one item.
#[derive(Clone, Debug)]
pub struct Form {
    pub kind: Kind,
    /// `None` when adding.
    pub index: Option<usize>,
    pub fields: Vec<(Field, String)>,
    pub focus: usize,
    /// Where typing goes in the focused field: a byte offset into its text
    /// (see [`super::text`]).
    pub cursor: usize,
    /// Per field: why its text is not valid, as typed.
    pub errors: Vec<Option<String>>,
    /// Problems of the whole item, from the plan's checks.
    pub problems: Vec<String>,
    /// The item as loaded, holding what the form does not show.
    pub base: Value,
    /// For a reading: the metric it belongs to (`index` is the reading's
    /// place among the metric's readings).
    pub metric: Option<usize>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PromptFor {
    Filter,
    Record,
    CommitMessage,
    /// A milestone's action: a new one, or the one at this index.
    Action(Option<usize>),
    /// An answer on the review screen, for the step the walk is at.
    Review(Walk, Ask, Step),
}

#[derive(Clone, Debug)]
pub struct Prompt {
    pub purpose: PromptFor,
    pub title: String,
    pub text: String,
    /// Where typing goes: a byte offset into `text` (see [`super::text`]).
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

#[derive(Clone, Debug)]
pub enum Mode {
    Normal,
    Help(u16),
    Form(Form),
    Prompt(Prompt),
    Confirm(Confirm),
    Pick(Pick),
    /// The review screen, walking through one review.
    Review(Walk),
}

/// What the event loop must do after an update.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    None,
    Quit,
    Save(String),
    Reload,
    /// Edit this text in $EDITOR, then hand the result to [`App::editor_done`].
    Editor(String),
    /// Save and commit the plan as the close of this review, and tag it.
    CloseReview(Date),
}

pub struct App {
    pub dir: PlanDir,
    pub plan: Plan,
    pub today: Date,
    pub tab: Tab,
    pub lists: Vec<ListState>,
    pub mode: Mode,
    pub timeline: bool,
    undo: Vec<Plan>,
    redo: Vec<Plan>,
    pub diagnostics: Vec<Diagnostic>,
    pub status: PlanStatus,
    /// The repository's commit messages, where routines are named as held:
    /// read when the app opens and after each save, not on every change.
    pub commits: Vec<CommitNote>,
    /// A one-line message at the bottom: (text, is it an error).
    pub message: Option<(String, bool)>,
    /// The rows of a page, set by the last draw.
    pub page: usize,
    /// Where the last draw put the scrollable panes.
    pub panes: Panes,
    /// How many lines the charter's text is scrolled down (kept within its
    /// length by the draw).
    pub charter_scroll: u16,
    /// The edits since the last save, in plan terms (kept up to date by
    /// [`App::refresh`], so drawing never recomputes it).
    unsaved: Vec<String>,
    changed: bool,
    /// What `/` searches, built on first use after each change.
    documents: Option<super::search::Index>,
    /// The History tab's log and panes, read when the tab is first shown.
    pub history: Option<HistoryState>,
    /// Set while a revision of the plan is shown read-only.
    pub read_only: Option<ReadOnly>,
    /// The review walk to return to when help, opened from it, closes.
    help_return: Option<Walk>,
}

/// The commit messages that may name the plan's routines as held.
fn commit_notes(dir: &PlanDir, today: Date) -> Vec<CommitNote> {
    let since = crate::domain::routines::commits_needed_since(&dir.plan, today);
    crate::store::history::commit_notes(&dir.dir, since).unwrap_or_default()
}

/// A revision of the plan shown read-only, and the app to go back to.
pub struct ReadOnly {
    pub label: String,
    back: Box<App>,
}

impl App {
    pub fn new(dir: PlanDir, today: Date) -> App {
        let plan = dir.plan.clone();
        let mut app = App {
            status: plan_status(&plan, today, 0, 0),
            commits: commit_notes(&dir, today),
            dir,
            plan,
            today,
            tab: Tab::Overview,
            lists: vec![ListState::default(); Tab::ALL.len()],
            mode: Mode::Normal,
            timeline: false,
            undo: Vec::new(),
            redo: Vec::new(),
            diagnostics: Vec::new(),
            message: None,
            page: 10,
            panes: Panes::default(),
            charter_scroll: 0,
            unsaved: Vec::new(),
            changed: false,
            documents: None,
            history: None,
            read_only: None,
            help_return: None,
        };
        app.refresh();
        app
    }

    /// Shows `dir` (the plan at a revision) read-only, with facts for
    /// `today`; [`App::close_revision`] comes back to this app as it was.
    pub fn open_revision(&mut self, dir: PlanDir, label: String, today: Date) {
        let viewing = App::new(dir, today);
        let back = std::mem::replace(self, viewing);
        self.read_only = Some(ReadOnly {
            label: label.clone(),
            back: Box::new(back),
        });
        self.message = Some((
            format!("the plan as it was at {label}, read-only: esc returns to the current plan"),
            false,
        ));
    }

    pub fn close_revision(&mut self) {
        if let Some(ro) = self.read_only.take() {
            *self = *ro.back;
        }
    }

    /// Reads the log when the History tab is shown for the first time.
    fn ensure_history(&mut self) {
        if self.tab == Tab::History && self.history.is_none() && self.read_only.is_none() {
            self.history = Some(HistoryState::load(&self.dir.dir));
        }
    }

    /// Edits since the last save.
    pub fn dirty(&self) -> bool {
        self.changed
    }

    /// Recomputes what depends on the plan: checks, status, rows.
    pub fn refresh(&mut self) {
        self.documents = None;
        self.changed = self.plan != self.dir.plan;
        self.unsaved = if self.changed {
            super::changes::summary(&self.dir.plan, &self.plan)
        } else {
            Vec::new()
        };
        self.diagnostics =
            crate::ops::diagnostics::diagnostics_of(&self.dir, &self.plan, self.today);
        let errors = self
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count();
        self.status = plan_status_with(
            &self.plan,
            self.today,
            errors,
            self.diagnostics.len() - errors,
            &self.commits,
        );
        for tab in Tab::ALL {
            self.rebuild_rows(tab);
        }
        if let Some(h) = self.history.as_mut() {
            h.trend = (h.pane == Pane::Trend).then(|| TrendChart::of(&self.plan));
        }
    }

    fn rebuild_rows(&mut self, tab: Tab) {
        let state = &mut self.lists[tab.index()];
        state.rows = rows::ordered(
            &self.plan,
            self.today,
            tab,
            &state.filter,
            state.sort,
            state.reverse,
        );
        if state.selected >= state.rows.len() {
            state.selected = state.rows.len().saturating_sub(1);
        }
    }

    pub fn list(&self) -> &ListState {
        &self.lists[self.tab.index()]
    }

    pub fn list_mut(&mut self) -> &mut ListState {
        let i = self.tab.index();
        &mut self.lists[i]
    }

    /// The selected item of the current tab.
    pub fn selected(&self) -> Option<(Kind, usize)> {
        let list = self.list();
        list.rows.get(list.selected).copied()
    }

    /// The contexts whose keys apply now, most specific first.
    pub fn contexts(&self) -> Vec<Context> {
        match &self.mode {
            Mode::Help(_) => vec![Context::Help],
            Mode::Form(_) => vec![Context::Form, Context::Text],
            Mode::Prompt(_) => vec![Context::Prompt, Context::Text],
            Mode::Confirm(_) => vec![Context::Confirm],
            Mode::Pick(_) => vec![Context::Pick],
            Mode::Review(_) => vec![Context::Review],
            Mode::Normal if self.read_only.is_some() => {
                let mut contexts = vec![Context::ReadOnly];
                contexts.extend(self.normal_contexts());
                contexts
            }
            Mode::Normal => self.normal_contexts(),
        }
    }

    fn normal_contexts(&self) -> Vec<Context> {
        match self.tab {
            Tab::Overview => vec![Context::Overview, Context::Global],
            Tab::History => vec![Context::History, Context::Global],
            Tab::Reviews => vec![Context::Reviews, Context::List, Context::Global],
            Tab::Milestones => vec![Context::Milestones, Context::List, Context::Global],
            Tab::Metrics => vec![Context::Metrics, Context::List, Context::Global],
            Tab::Charter => vec![Context::Charter, Context::List, Context::Global],
            _ => vec![Context::List, Context::Global],
        }
    }

    /// Handles one terminal event: the same path for a real terminal and for tests.
    pub fn handle(&mut self, event: Event) -> Effect {
        let effect = self.handle_event(event);
        self.ensure_history();
        effect
    }

    fn handle_event(&mut self, event: Event) -> Effect {
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
                    if let Some(tab) = super::view::tab_at(mouse.column) {
                        self.tab = tab;
                    }
                    Effect::None
                }
                _ => Effect::None,
            },
            _ => Effect::None,
        }
    }

    fn key(&mut self, key: KeyEvent) -> Effect {
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

    fn type_char(&mut self, ch: char) {
        match &mut self.mode {
            Mode::Form(form) => {
                if let Some((_, text)) = form.fields.get_mut(form.focus) {
                    super::text::insert(text, &mut form.cursor, ch);
                }
                form.check_field();
            }
            Mode::Prompt(p) => super::text::insert(&mut p.text, &mut p.cursor, ch),
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
        }
    }

    fn act_normal(&mut self, action: Action) -> Effect {
        let page = self.page.max(1);
        if self.read_only.is_some() && mutates(action) {
            self.message = Some((
                "read-only: this is the plan as it was at a revision; esc returns to the current plan"
                    .into(),
                true,
            ));
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
                        question: "Quit without saving your changes?".into(),
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
                        "Commit message".into(),
                        self.change_summary().join("; "),
                    ));
                } else {
                    self.message = Some(("nothing to save".into(), false));
                }
            }
            Action::Undo => match self.undo.pop() {
                Some(previous) => {
                    self.redo.push(std::mem::replace(&mut self.plan, previous));
                    self.refresh();
                    self.message = Some(("undone".into(), false));
                }
                None => self.message = Some(("nothing to undo".into(), false)),
            },
            Action::Redo => match self.redo.pop() {
                Some(next) => {
                    self.undo.push(std::mem::replace(&mut self.plan, next));
                    self.refresh();
                    self.message = Some(("redone".into(), false));
                }
                None => self.message = Some(("nothing to redo".into(), false)),
            },
            Action::Reload => {
                if self.dirty() {
                    self.mode = Mode::Confirm(Confirm {
                        question: "Reload the plan from disk and drop your unsaved changes?".into(),
                        details: self.change_summary(),
                        pending: Pending::Reload,
                    });
                } else {
                    return Effect::Reload;
                }
            }
            Action::Search => self.mode = Mode::Pick(self.search("")),
            Action::Problems => self.mode = Mode::Pick(super::search::problems(self)),
            Action::Open => self.open_form(),
            Action::Add => self.add_form(),
            Action::Delete => self.ask_delete(),
            Action::Filter => {
                let text = self.list().filter.clone();
                self.mode = Mode::Prompt(Prompt::new(PromptFor::Filter, "Filter".into(), text));
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
                _ => self.message = Some(("select a review first".into(), true)),
            },
            // The draw keeps these within the text's length.
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
            Action::CycleStatus | Action::MarkDone => {
                self.change_status(action == Action::MarkDone)
            }
            Action::ActionNext | Action::ActionPrev => {
                let count = match (self.selected_milestone(), self.selected_metric()) {
                    (Some(i), _) => self.plan.milestones.milestones[i].actions.len(),
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
                        self.message = Some((
                            "A adds a tool to the selected workshop: select one (W adds a workshop)"
                                .into(),
                            false,
                        ));
                    }
                }
            }
            Action::AddAssessment => {
                self.message = Some((
                    "S adds a skills assessment on the People tab (6)".into(),
                    false,
                ));
            }
            Action::AddAction | Action::EditAction => {
                let Some(m) = self.selected_milestone() else {
                    return Effect::None;
                };
                let a = self.list().action;
                let existing = self.plan.milestones.milestones[m].actions.get(a);
                let (purpose, text) = match (action, existing) {
                    (Action::EditAction, Some(x)) => (
                        PromptFor::Action(Some(a)),
                        format!(
                            "{}; {}; {}",
                            x.title,
                            x.owner.as_ref().map(|o| o.to_string()).unwrap_or_default(),
                            x.due.map(|d| d.to_string()).unwrap_or_default()
                        ),
                    ),
                    (Action::EditAction, None) => {
                        self.message =
                            Some(("this milestone has no actions: A adds one".into(), false));
                        return Effect::None;
                    }
                    _ => (PromptFor::Action(None), String::new()),
                };
                self.mode = Mode::Prompt(Prompt::new(
                    purpose,
                    "Action: TITLE; OWNER; DUE (owner and due may be left empty)".into(),
                    text,
                ));
            }
            Action::DeleteAction => {
                let Some(m) = self.selected_milestone() else {
                    return Effect::None;
                };
                let a = self.list().action;
                if let Some(x) = self.plan.milestones.milestones[m].actions.get(a) {
                    self.mode = Mode::Confirm(Confirm {
                        question: format!("Remove the action \"{}\"?", x.title),
                        details: Vec::new(),
                        pending: Pending::DeleteAction(m, a),
                    });
                }
            }
            Action::EditReading => {
                let Some((m, r)) = self.selected_reading() else {
                    self.message =
                        Some(("this metric has no readings: r records one".into(), false));
                    return Effect::None;
                };
                let value = serde_json::to_value(&self.plan.metrics.metrics[m].readings[r])
                    .unwrap_or_default();
                let mut form = Form::new(Kind::Reading, Some(r), value);
                form.metric = Some(m);
                self.mode = Mode::Form(form);
            }
            Action::DeleteReading => {
                if let Some((m, r)) = self.selected_reading() {
                    let metric = &self.plan.metrics.metrics[m];
                    let reading = &metric.readings[r];
                    self.mode = Mode::Confirm(Confirm {
                        question: format!(
                            "Remove the reading of {} on {}: {}{}?",
                            metric.id,
                            reading.on,
                            crate::present::number::plain(reading.value),
                            reading
                                .unit
                                .as_ref()
                                .map(|u| format!(" ({u})"))
                                .unwrap_or_default()
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
                                format!(
                                    "{}: the target {} is what the guide proposes already",
                                    m.id,
                                    crate::present::number::plain(s.proposed)
                                ),
                                false,
                            ));
                        }
                        Ok(s) => {
                            self.mode = Mode::Confirm(Confirm {
                                question: format!(
                                    "Set the target of {} to {} by {}{}?",
                                    m.id,
                                    crate::present::number::plain(s.proposed),
                                    s.by,
                                    s.existing
                                        .map(|e| format!(
                                            " (now {})",
                                            crate::present::number::plain(e)
                                        ))
                                        .unwrap_or_default()
                                ),
                                details: s.reasons.clone(),
                                pending: Pending::SetTarget(i, s.proposed, s.by),
                            });
                        }
                        Err(e) => self.message = Some((e, true)),
                    }
                }
                _ => self.message = Some(("select a metric first".into(), true)),
            },
            Action::Record => {
                if let Some((Kind::Metric, i)) = self.selected() {
                    let m = &self.plan.metrics.metrics[i];
                    self.mode = Mode::Prompt(Prompt::new(
                        PromptFor::Record,
                        format!(
                            "Reading of {} (VALUE, or VALUE DATE; today is {})",
                            m.id, self.today
                        ),
                        String::new(),
                    ));
                }
            }
            _ => {}
        }
        Effect::None
    }

    /// The History tab's own actions; `None` for those handled as anywhere.
    fn act_history(&mut self, action: Action) -> Option<Effect> {
        let page = self.page.max(1) as i64;
        let metrics = self.plan.metrics.metrics.len();
        let dir = self.dir.dir.clone();
        let h = self.history.as_mut()?;
        match action {
            Action::Up => h.move_by(-1),
            Action::Down => h.move_by(1),
            Action::PageUp => h.move_by(-page),
            Action::PageDown => h.move_by(page),
            Action::Home => h.move_by(i64::MIN / 2),
            Action::End => h.move_by(i64::MAX / 2),
            Action::HistChanges => h.pane = Pane::Changes,
            Action::HistMark => {
                let note = h.toggle_mark();
                self.message = Some((note, false));
            }
            Action::HistDiff => {
                if let Err(e) = h.diff(&dir, &self.dir) {
                    self.message = Some((e, true));
                }
            }
            Action::HistTrend => {
                h.pane = Pane::Trend;
                h.trend = Some(TrendChart::of(&self.plan));
            }
            Action::HistMetric if metrics == 0 => {
                self.message = Some(("the plan has no metrics".into(), true));
            }
            Action::HistMetric => h.pane = Pane::Metric(0),
            Action::HistPrevMetric | Action::HistNextMetric if metrics > 0 => {
                let step = if action == Action::HistNextMetric {
                    1
                } else {
                    metrics - 1
                };
                let at = match h.pane {
                    Pane::Metric(i) => (i + step) % metrics,
                    _ => 0,
                };
                h.pane = Pane::Metric(at);
            }
            Action::HistOpen => match h.open_selected(&dir) {
                Ok((loaded, label, date)) => {
                    let today = Date::parse(&date).unwrap_or(self.today);
                    self.open_revision(loaded, label, today);
                }
                Err(e) => self.message = Some((e, true)),
            },
            _ => return None,
        }
        Some(Effect::None)
    }

    fn review_index(&self, date: Date) -> Option<usize> {
        self.plan.reviews.iter().position(|r| r.date == date)
    }

    /// Opens the review screen on today's review, drafting it from the plan
    /// (as `charter review new` does) when there is none yet.
    fn new_review(&mut self) {
        let date = self.today;
        if self.review_index(date).is_none() {
            let draft = crate::domain::review::draft(&self.plan, date);
            let words = format!(
                "review {date} drafted: {} open milestones, {} metrics, {} open actions carried over",
                draft.milestones.len(),
                draft.metrics.len(),
                draft.actions.len()
            );
            self.change(words, |p| {
                p.reviews.push(draft);
                p.reviews.sort_by_key(|r| r.date);
            });
        }
        self.mode = Mode::Review(Walk { date, step: 0 });
    }

    /// The review screen's keys.
    fn act_review(&mut self, mut walk: Walk, action: Action) -> Effect {
        let Some(ri) = self.review_index(walk.date) else {
            self.message = Some((
                format!("review {} is no longer in the plan", walk.date),
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
            Action::ReviewDecision => prompt = Some(ask(Ask::Decision, Step::Close)),
            Action::ReviewAction => prompt = Some(ask(Ask::Action, Step::Close)),
            Action::ReviewEdit => match step {
                Step::Decision(_) => prompt = Some(ask(Ask::Decision, step)),
                Step::Action(_) => prompt = Some(ask(Ask::Action, step)),
                Step::Milestone(_) => prompt = Some(ask(Ask::Forecast, step)),
                Step::Metric(_) => prompt = Some(ask(Ask::Value, step)),
                Step::Close => prompt = Some(ask(Ask::Decision, Step::Close)),
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
                        format!(
                            "the plan has {} error(s), so the review cannot close: press esc, then ! to see them",
                            self.status.errors
                        ),
                        true,
                    ));
                } else {
                    return Effect::CloseReview(walk.date);
                }
            }
            Action::Cancel => {
                if self.dirty() {
                    self.message = Some((
                        "review screen closed; its edits are not saved yet: s saves, or w and C close the review".into(),
                        false,
                    ));
                }
                return Effect::None;
            }
            _ => {}
        }
        if let Some(f) = edit {
            let mut trial = self.plan.reviews[ri].clone();
            match f(&mut trial, step) {
                Some(words) => self.change(words, |p| p.reviews[ri] = trial),
                None => self.message = Some(("nothing to change at this step".into(), false)),
            }
        }
        if let Some(purpose) = prompt {
            if let PromptFor::Review(_, a, s) = purpose {
                if !review::can_ask(s, a) {
                    self.message = Some(("nothing to set at this step".into(), false));
                    self.mode = Mode::Review(walk);
                    return Effect::None;
                }
                let text = a.initial(&self.plan.reviews[ri], s);
                self.mode = Mode::Prompt(Prompt::new(purpose, a.title().into(), text));
                return Effect::None;
            }
        }
        self.mode = Mode::Review(walk);
        Effect::None
    }

    /// After a review was closed (saved, committed and tagged).
    pub fn review_closed(&mut self, message: String) {
        self.mode = Mode::Normal;
        self.message = Some((message, false));
    }

    fn move_by(&mut self, delta: i64) {
        let list = self.list_mut();
        let last = list.rows.len().saturating_sub(1) as i64;
        let selected = (list.selected as i64 + delta).clamp(0, last.max(0)) as usize;
        if selected != list.selected {
            list.detail_scroll = 0;
        }
        list.selected = selected;
        list.action = 0;
    }

    /// Applies a change to the plan, keeping the previous plan for undo.
    fn change(&mut self, message: String, edit: impl FnOnce(&mut Plan)) {
        let before = self.plan.clone();
        edit(&mut self.plan);
        if self.plan != before {
            self.undo.push(before);
            self.redo.clear();
            self.refresh();
        }
        self.message = Some((message, false));
    }

    fn selected_milestone(&self) -> Option<usize> {
        match self.selected() {
            Some((Kind::Milestone, i)) if self.tab == Tab::Milestones => Some(i),
            _ => None,
        }
    }

    fn selected_metric(&self) -> Option<usize> {
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

    /// Stores the reading a form edits, if the checks accept it.
    fn store_reading(&mut self, form: &Form, value: Value) -> Result<(), Vec<String>> {
        let Some(m) = form.metric.filter(|m| *m < self.plan.metrics.metrics.len()) else {
            return Err(vec!["the metric of this reading is gone".into()]);
        };
        let reading: Reading = serde_json::from_value(value).map_err(|e| vec![e.to_string()])?;
        let mut trial = self.plan.clone();
        let metric = &mut trial.metrics.metrics[m];
        if let Some(r) = form.index.filter(|r| *r < metric.readings.len()) {
            metric.readings.remove(r);
        }
        if metric
            .readings
            .iter()
            .any(|x| x.on == reading.on && x.unit == reading.unit)
        {
            return Err(vec![format!(
                "{} already has a reading on {}{}: change that one",
                metric.id,
                reading.on,
                reading
                    .unit
                    .as_ref()
                    .map(|u| format!(" for {u}"))
                    .unwrap_or_default()
            )]);
        }
        let at = crate::domain::readings::insert(&mut metric.readings, reading.clone());
        let count = metric.readings.len();
        let id = metric.id.clone();
        let problems = self.new_errors(&trial);
        if !problems.is_empty() {
            return Err(problems);
        }
        let verb = if form.index.is_some() {
            "changed"
        } else {
            "added"
        };
        self.change(
            format!(
                "metric {id}: reading on {} {verb} ({})",
                reading.on,
                crate::present::number::plain(reading.value)
            ),
            |plan| *plan = trial,
        );
        self.list_mut().action = count - 1 - at;
        Ok(())
    }

    fn change_status(&mut self, done: bool) {
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
        let message = format!(
            "milestone {}: status {} → {}",
            m.id,
            m.status.as_str(),
            next.as_str()
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

    fn toggle_action(&mut self) {
        let Some(i) = self.selected_milestone() else {
            return;
        };
        let a = self.list().action;
        let Some(action) = self.plan.milestones.milestones[i].actions.get(a) else {
            self.message = Some(("this milestone has no actions".into(), false));
            return;
        };
        let message = format!(
            "milestone {}: action \"{}\" {}",
            self.plan.milestones.milestones[i].id,
            action.title,
            if action.done { "reopened" } else { "done" }
        );
        self.change(message, |plan| {
            let action = &mut plan.milestones.milestones[i].actions[a];
            action.done = !action.done;
        });
    }

    /// Adds today to the selected routine's `held:` dates.
    fn mark_held(&mut self) {
        let Some((Kind::Routine, i)) = self.selected() else {
            self.message = Some((
                "H records a routine as held today: select a routine on the People tab".into(),
                false,
            ));
            return;
        };
        let today = self.today;
        let routine = &self.plan.committee.routines[i];
        if routine.held.contains(&today) {
            let message = format!("routine {} is recorded as held today already", routine.id);
            self.message = Some((message, false));
            return;
        }
        let message = format!("routine {}: held on {today}", routine.id);
        self.change(message, |plan| {
            let held = &mut plan.committee.routines[i].held;
            held.push(today);
            held.sort();
        });
    }

    fn open_form(&mut self) {
        let Some((kind, i)) = self.selected() else {
            self.message = Some(("nothing to edit here: press a to add".into(), false));
            return;
        };
        let value = kind.to_json(&self.plan, i);
        self.mode = Mode::Form(Form::new(kind, Some(i), value));
    }

    fn add_form(&mut self) {
        let kind = match (self.tab, self.selected()) {
            (Tab::Overview, _) => return,
            // On tabs with several kinds, add one of the kind selected.
            (_, Some((kind, _))) => kind,
            (tab, None) => match tab.kinds().first() {
                Some(k) => *k,
                None => return,
            },
        };
        self.mode = Mode::Form(Form::new(kind, None, kind.blank(self.today)));
    }

    fn ask_delete(&mut self) {
        let Some((kind, i)) = self.selected() else {
            return;
        };
        let id = kind.id(&self.plan, i);
        let refs = items::references_to(&self.plan, &id);
        let mut details: Vec<String> = refs.iter().map(|r| format!("referred to by {r}")).collect();
        if !details.is_empty() {
            details.push(
                "those references will be reported by the checks until you change them".into(),
            );
        }
        self.mode = Mode::Confirm(Confirm {
            question: format!("Delete {} {id}?", kind.name()),
            details,
            pending: Pending::Delete(kind, i),
        });
    }

    fn act_confirm(&mut self, confirm: Confirm, action: Action) -> Effect {
        match action {
            Action::Yes => match confirm.pending {
                Pending::Quit => return Effect::Quit,
                Pending::Reload => return Effect::Reload,
                Pending::DeleteAction(m, a) => {
                    let id = self.plan.milestones.milestones[m].id.clone();
                    self.change(format!("milestone {id}: action removed"), |plan| {
                        let actions = &mut plan.milestones.milestones[m].actions;
                        if a < actions.len() {
                            actions.remove(a);
                        }
                    });
                    let list = self.list_mut();
                    list.action = list.action.saturating_sub(1);
                }
                Pending::DeleteReading(m, r) => {
                    let metric = &self.plan.metrics.metrics[m];
                    let message = match metric.readings.get(r) {
                        Some(x) => format!("metric {}: reading on {} removed", metric.id, x.on),
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
                    self.change(format!("{} {id}: deleted", kind.name()), |plan| {
                        kind.remove(plan, i)
                    });
                }
            },
            Action::No => {}
            _ => self.mode = Mode::Confirm(confirm),
        }
        Effect::None
    }

    fn act_prompt(&mut self, mut prompt: Prompt, action: Action) -> Effect {
        match action {
            Action::Cancel => {
                if let PromptFor::Review(walk, _, _) = prompt.purpose {
                    self.mode = Mode::Review(walk);
                }
            }
            Action::Backspace
            | Action::DeleteForward
            | Action::CursorLeft
            | Action::CursorRight
            | Action::LineStart
            | Action::LineEnd => {
                super::text::edit(&mut prompt.text, &mut prompt.cursor, action);
                self.mode = Mode::Prompt(prompt);
            }
            Action::Submit => match prompt.purpose {
                PromptFor::Filter => {
                    self.list_mut().filter = prompt.text.trim().to_string();
                    self.list_mut().selected = 0;
                    self.rebuild_rows(self.tab);
                }
                PromptFor::CommitMessage => {
                    let message = prompt.text.trim().to_string();
                    if message.is_empty() {
                        self.message = Some(("a commit needs a message".into(), true));
                        self.mode = Mode::Prompt(prompt);
                    } else {
                        return Effect::Save(message);
                    }
                }
                PromptFor::Action(at) => {
                    if let Err(e) = self.set_action(at, &prompt.text) {
                        self.message = Some((e, true));
                        self.mode = Mode::Prompt(prompt);
                    }
                }
                PromptFor::Record => {
                    if let Err(e) = self.record(&prompt.text) {
                        self.message = Some((e, true));
                        self.mode = Mode::Prompt(prompt);
                    }
                }
                PromptFor::Review(mut walk, ask, step) => {
                    let Some(ri) = self.review_index(walk.date) else {
                        return Effect::None;
                    };
                    let mut trial = self.plan.reviews[ri].clone();
                    match review::answer(&mut trial, step, ask, &prompt.text) {
                        Ok(words) => {
                            let added = matches!(
                                (ask, step),
                                (Ask::Decision, Step::Close) | (Ask::Action, Step::Close)
                            );
                            self.change(words, |p| p.reviews[ri] = trial);
                            if added {
                                let steps = self
                                    .plan
                                    .reviews
                                    .get(ri)
                                    .map_or(1, |r| review::steps(r).len());
                                walk.step = steps.saturating_sub(1);
                            }
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

    /// Adds (`at` = None) or replaces a milestone action from "title; owner; due".
    fn set_action(&mut self, at: Option<usize>, text: &str) -> Result<(), String> {
        let Some(m) = self.selected_milestone() else {
            return Err("select a milestone first".into());
        };
        let mut parts = text.split(';').map(str::trim);
        let title = parts
            .next()
            .filter(|t| !t.is_empty())
            .ok_or("an action needs a title")?;
        let owner = match parts.next().filter(|o| !o.is_empty()) {
            Some(o) => Some(crate::domain::types::Id::new(o)?),
            None => None,
        };
        let due = match parts.next().filter(|d| !d.is_empty()) {
            Some(d) => Some(Date::parse(d)?),
            None => None,
        };
        let mut trial = self.plan.clone();
        let actions = &mut trial.milestones.milestones[m].actions;
        let done = at.and_then(|a| actions.get(a)).is_some_and(|x| x.done);
        let action = crate::domain::model::Action {
            title: title.to_string(),
            owner,
            due,
            done,
        };
        let index = match at {
            Some(a) if a < actions.len() => {
                actions[a] = action;
                a
            }
            _ => {
                actions.push(action);
                actions.len() - 1
            }
        };
        let problems = self.new_errors(&trial);
        if let Some(first) = problems.first() {
            return Err(first.clone());
        }
        let id = trial.milestones.milestones[m].id.clone();
        let verb = if at.is_some() { "changed" } else { "added" };
        self.change(
            format!("milestone {id}: action \"{title}\" {verb}"),
            |plan| *plan = trial,
        );
        self.list_mut().action = index;
        Ok(())
    }

    fn record(&mut self, text: &str) -> Result<(), String> {
        let Some((Kind::Metric, i)) = self.selected() else {
            return Err("select a metric first".into());
        };
        let mut words = text.split_whitespace();
        let value = crate::domain::readings::parse_value(
            words.next().ok_or("type the value, like 66 or 66.5")?,
        )?;
        let on = match words.next() {
            Some(d) => Date::parse(d)?,
            None => self.today,
        };
        let metric = &self.plan.metrics.metrics[i];
        if metric
            .readings
            .iter()
            .any(|r| r.on == on && r.unit.is_none())
        {
            return Err(format!(
                "{} already has a reading on {on}: edit metrics.yaml to change it",
                metric.id
            ));
        }
        let message = format!(
            "metric {}: reading {} on {on}",
            metric.id,
            crate::present::number::plain(value)
        );
        self.change(message, |plan| {
            crate::domain::readings::insert(
                &mut plan.metrics.metrics[i].readings,
                Reading {
                    on,
                    value,
                    unit: None,
                },
            );
        });
        Ok(())
    }

    fn act_form(&mut self, mut form: Form, action: Action) -> Effect {
        let count = form.fields.len();
        match action {
            Action::Cancel => return Effect::None,
            Action::NextField => form.focus_on((form.focus + 1) % count.max(1)),
            Action::PrevField => form.focus_on((form.focus + count.max(1) - 1) % count.max(1)),
            Action::Backspace
            | Action::DeleteForward
            | Action::CursorLeft
            | Action::CursorRight
            | Action::LineStart
            | Action::LineEnd => {
                if let Some((_, text)) = form.fields.get_mut(form.focus) {
                    super::text::edit(text, &mut form.cursor, action);
                }
                form.check_field();
            }
            Action::ChoiceNext | Action::ChoicePrev => {
                form.cycle(&self.plan, action == Action::ChoiceNext)
            }
            Action::EditExternal => {
                let text = form
                    .fields
                    .get(form.focus)
                    .map(|(_, t)| t.clone())
                    .unwrap_or_default();
                self.mode = Mode::Form(form);
                return Effect::Editor(text);
            }
            Action::Submit => match form.build() {
                Ok(value) if form.kind == Kind::Reading => match self.store_reading(&form, value) {
                    Ok(()) => return Effect::None,
                    Err(problems) => form.problems = problems,
                },
                Ok(value) => {
                    let kind = form.kind;
                    let mut trial = self.plan.clone();
                    match kind.store(&mut trial, form.index, value) {
                        Ok(at) if !self.new_errors(&trial).is_empty() => {
                            let _ = at;
                            form.problems = self.new_errors(&trial);
                        }
                        Ok(at) => {
                            let id = kind.id(&trial, at);
                            let verb = if form.index.is_some() {
                                "edited"
                            } else {
                                "added"
                            };
                            self.change(format!("{} {id}: {verb}", kind.name()), |plan| {
                                *plan = trial
                            });
                            self.select_item(kind, at);
                            return Effect::None;
                        }
                        Err(e) => form.problems = vec![e],
                    }
                }
                Err(problems) => form.problems = problems,
            },
            _ => {}
        }
        self.mode = Mode::Form(form);
        Effect::None
    }

    /// The errors `candidate` has that the current plan has not: an edit
    /// is refused when the checks of `charter check` would reject it.
    fn new_errors(&self, candidate: &Plan) -> Vec<String> {
        let before: std::collections::HashSet<&str> = self
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .map(|d| d.message.as_str())
            .collect();
        crate::domain::validate::validate(candidate, &self.dir.broken_ids, self.today)
            .into_iter()
            .filter(|d| d.severity == Severity::Error && !before.contains(d.message.as_str()))
            .map(|d| d.message)
            .collect()
    }

    /// Puts the text edited in $EDITOR into the focused form field.
    pub fn editor_done(&mut self, text: String) {
        if let Mode::Form(form) = &mut self.mode {
            if let Some((_, field_text)) = form.fields.get_mut(form.focus) {
                *field_text = text;
            }
            form.focus_on(form.focus);
            form.check_field();
        }
    }

    fn act_pick(&mut self, mut pick: Pick, action: Action) -> Effect {
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

    fn search(&mut self, query: &str) -> Pick {
        let plan = &self.plan;
        self.documents
            .get_or_insert_with(|| super::search::Index::new(plan))
            .search(query)
    }

    /// Shows a search result or a problem's item.
    pub fn go(&mut self, target: Target) {
        match target {
            Target::Tab(tab) => self.tab = tab,
            Target::Item(tab, kind, i) => {
                self.tab = tab;
                // The item may be hidden by a filter: clear it to show it.
                if !self.list().rows.contains(&(kind, i)) {
                    self.list_mut().filter.clear();
                    self.rebuild_rows(tab);
                }
                self.select_item(kind, i);
            }
        }
    }

    fn select_item(&mut self, kind: Kind, i: usize) {
        if let Some(pos) = self.list().rows.iter().position(|r| *r == (kind, i)) {
            let list = self.list_mut();
            if list.selected != pos {
                list.detail_scroll = 0;
            }
            list.selected = pos;
        }
    }

    /// The changes since the last save, in plan terms.
    pub fn change_summary(&self) -> Vec<String> {
        self.unsaved.clone()
    }

    pub fn unsaved_count(&self) -> usize {
        self.unsaved.len().max(usize::from(self.changed))
    }

    /// After a save or reload: the plan on disk is the new starting point.
    pub fn saved(&mut self, dir: PlanDir, message: String) {
        self.history = None;
        self.plan = dir.plan.clone();
        self.commits = commit_notes(&dir, self.today);
        self.dir = dir;
        self.undo.clear();
        self.redo.clear();
        self.refresh();
        self.message = Some((message, false));
    }

    pub fn failed(&mut self, message: String) {
        self.message = Some((message, true));
    }

    /// The rows to draw for a list tab, from `first`, at most `count`.
    pub fn visible_rows(&self, tab: Tab, first: usize, count: usize) -> Vec<Row> {
        let list = &self.lists[tab.index()];
        list.rows
            .iter()
            .skip(first)
            .take(count)
            .map(|(kind, i)| {
                rows::with_status(rows::row(&self.plan, self.today, *kind, *i), &self.status)
            })
            .collect()
    }
}

impl Form {
    pub fn new(kind: Kind, index: Option<usize>, base: Value) -> Form {
        let fields: Vec<(Field, String)> = kind
            .fields()
            .iter()
            .map(|f| (*f, items::form_text(&base, f)))
            .collect();
        let errors = vec![None; fields.len()];
        Form {
            kind,
            index,
            cursor: fields.first().map_or(0, |(_, text)| text.len()),
            fields,
            focus: 0,
            errors,
            problems: Vec::new(),
            base,
            metric: None,
        }
    }

    /// Moves to field `n`, the cursor after its text.
    fn focus_on(&mut self, n: usize) {
        self.focus = n;
        self.cursor = self.fields.get(n).map_or(0, |(_, text)| text.len());
    }

    /// Validates the focused field as typed.
    fn check_field(&mut self) {
        if let Some((field, text)) = self.fields.get(self.focus) {
            let mut scratch = Value::Object(Default::default());
            let relaxed = Field {
                required: false,
                ..*field
            };
            self.errors[self.focus] = items::set_field(&mut scratch, &relaxed, text).err();
        }
    }

    /// Cycles a choice field through its words, or completes an id.
    fn cycle(&mut self, plan: &Plan, forward: bool) {
        let Some((field, text)) = self.fields.get_mut(self.focus) else {
            return;
        };
        let options: Vec<String> = match field.kind {
            FieldKind::Choice(words) => words.iter().map(|w| w.to_string()).collect(),
            FieldKind::Ref(r) | FieldKind::Refs(r) => items::ref_ids(plan, r),
            FieldKind::Bool => vec!["true".into(), "false".into()],
            _ => return,
        };
        if options.is_empty() {
            return;
        }
        // For a list of ids, complete the last one.
        let (head, last) = match field.kind {
            FieldKind::Refs(_) => match text.rfind(',') {
                Some(at) => (
                    format!("{}, ", text[..at].trim_end()),
                    text[at + 1..].trim().to_string(),
                ),
                None => (String::new(), text.trim().to_string()),
            },
            _ => (String::new(), text.trim().to_string()),
        };
        let pos = options.iter().position(|o| *o == last);
        let next = match pos {
            Some(p) if forward => (p + 1) % options.len(),
            Some(p) => (p + options.len() - 1) % options.len(),
            None => options
                .iter()
                .position(|o| o.starts_with(&last))
                .unwrap_or(0),
        };
        *text = format!("{head}{}", options[next]);
        self.cursor = text.len();
        self.check_field();
    }

    /// The item as JSON, or what is wrong with the fields.
    fn build(&self) -> Result<Value, Vec<String>> {
        let mut value = self.base.clone();
        let mut problems = Vec::new();
        for (field, text) in &self.fields {
            if let Err(e) = items::set_field(&mut value, field, text) {
                problems.push(format!("{}: {e}", field.key));
            }
        }
        items::tidy(&mut value);
        if problems.is_empty() {
            Ok(value)
        } else {
            Err(problems)
        }
    }
}

/// Whether an action changes the plan (refused while a revision is shown).
pub fn mutates(action: Action) -> bool {
    use Action as A;
    matches!(
        action,
        A::Open
            | A::Add
            | A::Delete
            | A::Save
            | A::Undo
            | A::Redo
            | A::Reload
            | A::CycleStatus
            | A::MarkDone
            | A::ToggleAction
            | A::AddAction
            | A::EditAction
            | A::DeleteAction
            | A::Record
            | A::ReviewNew
            | A::ReviewWalk
            | A::EditReading
            | A::DeleteReading
            | A::SuggestTarget
            | A::MarkHeld
            | A::AddAssessment
            | A::AddWorkshop
            | A::AddTool
    )
}
