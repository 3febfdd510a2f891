//! The UI's state and how each action changes it. Nothing here draws or
//! touches the terminal; side effects (saving, committing, the editor) are
//! returned as an [`Effect`] for the event loop to run.

use super::bidi::Bidi;
use super::history::{HistoryState, Pane, TrendChart};
use super::items::Kind;
use super::keymap::Action;
use super::review::Walk;
use super::rows::{self, Row};
use crate::domain::diag::{Diagnostic, Severity};
use crate::domain::model::Plan;
use crate::domain::planned::DueHistory;
use crate::domain::routines::CommitNote;
use crate::domain::summary::{plan_status_with, PlanStatus};
use crate::domain::types::Date;
use crate::domain::validate::Checked;
use crate::store::plan_dir::PlanDir;

mod actions;
mod choose;
mod dialog;
mod disk;
mod edit;
mod form;
mod history;
mod input;
mod people;
mod review;

pub use choose::Chooser;
pub use dialog::{Confirm, Pending, Pick, Prompt, PromptFor, Target};
pub use form::Form;

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
    /// Every action of the milestones and reviews, in one register.
    Actions,
}

impl Tab {
    pub const ALL: [Tab; 9] = [
        Tab::Overview,
        Tab::Charter,
        Tab::Goals,
        Tab::Milestones,
        Tab::Metrics,
        Tab::People,
        Tab::Reviews,
        Tab::History,
        Tab::Actions,
    ];

    /// The tab's title in the current language.
    pub fn title(self) -> String {
        match self {
            Tab::Overview => crate::t!("tui-tab-overview"),
            Tab::Charter => crate::t!("tui-tab-charter"),
            Tab::Goals => crate::t!("tui-tab-goals"),
            Tab::Milestones => crate::t!("tui-tab-milestones"),
            Tab::Metrics => crate::t!("tui-tab-metrics"),
            Tab::People => crate::t!("tui-tab-people"),
            Tab::Reviews => crate::t!("tui-tab-reviews"),
            Tab::History => crate::t!("tui-tab-history"),
            Tab::Actions => crate::t!("tui-tab-actions"),
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
            Tab::People => &[
                Kind::Member,
                Kind::Routine,
                Kind::Agent,
                Kind::Assessment,
                Kind::Incident,
                Kind::Rep,
                Kind::Coaching,
                Kind::Praise,
                Kind::Hero,
                Kind::ServiceWeek,
            ],
            Tab::Reviews => &[Kind::Review],
            // Actions live inside milestones and reviews: the tab lists
            // them itself (see `App::actions`).
            Tab::History | Tab::Actions => &[],
        }
    }

    /// The tab that shows items of `kind`: its own list, or the list of
    /// the items it lives in.
    pub fn of_kind(kind: Kind) -> Tab {
        match kind {
            Kind::MilestoneAction => Tab::Milestones,
            Kind::Reading | Kind::Breakdown => Tab::Metrics,
            Kind::Decision | Kind::ReviewAction | Kind::ReviewMilestone | Kind::ReviewMetric => {
                Tab::Reviews
            }
            Kind::IncidentAction | Kind::Meeting | Kind::MeetingDecision | Kind::MeetingAction => {
                Tab::People
            }
            _ => Tab::ALL
                .into_iter()
                .find(|t| t.kinds().contains(&kind))
                .unwrap_or(Tab::Overview),
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
    /// The Actions tab's rows, in display order (the other tabs list
    /// items in `rows`; this one lists actions inside them).
    pub actions: Vec<crate::domain::facts::ActionAt>,
    /// The selected entry of the selected item: a milestone's action (for
    /// ticking, changing, removing), a metric's reading (0 = the latest)
    /// or, when `breakdowns` is set, a metric's breakdown target.
    pub action: usize,
    /// On the Metrics tab: the entry keys work on the breakdown targets
    /// rather than the readings.
    pub breakdowns: bool,
    /// How many lines the detail pane is scrolled down (kept within the
    /// detail's length by [`App::lay_out`]).
    pub detail_scroll: u16,
}

impl ListState {
    /// How many rows the list shows: items or actions, never both.
    pub fn len(&self) -> usize {
        self.rows.len() + self.actions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Where the scrollable panes are on screen (see [`App::lay_out`]), so the
/// mouse wheel scrolls the pane it is over.
#[derive(Clone, Copy, Debug, Default)]
pub struct Panes {
    pub detail: Option<ratatui::layout::Rect>,
    pub text: Option<ratatui::layout::Rect>,
    /// The screen's width, which decides where the tab titles are.
    pub width: u16,
}

#[derive(Clone, Debug)]
pub enum Mode {
    Normal,
    Help(u16),
    Form(Form),
    Prompt(Prompt),
    Confirm(Confirm),
    Pick(Pick),
    /// The add chooser: which kind of item to add.
    Choose(Chooser),
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
    /// Read from the repository, then hand the result back to the app.
    Load(Load),
}

/// What the app needs read from the repository: the update never reads
/// it, the loop does (see `crate::tui::perform`) and hands it back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Load {
    /// The History tab's log, for [`App::history_loaded`].
    History,
    /// The diff of the marked and the selected revision (or of the selected
    /// one and the working tree), for [`App::diff_loaded`].
    Diff,
    /// The plan at the selected revision, for [`App::open_revision`].
    Revision,
    /// What git says of the plan at HEAD: the commit messages that may name
    /// routines as held, and the milestones' due history, for
    /// [`App::git_facts_loaded`].
    GitFacts,
    /// The plan as it is on disk now, to merge the unsaved edits into, for
    /// [`App::disk_loaded`].
    Disk,
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
    /// The plan's errors and warnings as `charter check` finds them, not
    /// yet placed at a line and column nor sorted (see
    /// [`crate::ops::diagnostics::place`]).
    pub diagnostics: Vec<Diagnostic>,
    /// The plan's status. After an edit on a tab that shows only the
    /// header, only its counts of errors and warnings are current until
    /// the overview or the People tab is shown (see `status_stale`).
    pub status: PlanStatus,
    /// The repository's commit messages, where routines are named as held:
    /// read when the app opens and after each save, not on every change.
    pub commits: Vec<CommitNote>,
    /// A one-line message at the bottom: (text, is it an error).
    pub message: Option<(String, bool)>,
    /// The rows of a page, set by [`App::lay_out`].
    pub page: usize,
    /// Where the scrollable panes are, set by [`App::lay_out`].
    pub panes: Panes,
    /// How many lines the charter's text is scrolled down (kept within its
    /// length by [`App::lay_out`]).
    pub charter_scroll: u16,
    /// The edits since the last save, in plan terms (kept up to date by
    /// [`App::refresh`], so drawing never recomputes it).
    unsaved: Vec<String>,
    changed: bool,
    /// What `/` searches, built on first use after each change.
    documents: Option<super::search::Index>,
    /// Set by a save or reload until the loop has read the commit notes again.
    commits_stale: bool,
    /// The History tab's log and panes, read when the tab is first shown.
    pub history: Option<HistoryState>,
    /// Set while a revision of the plan is shown read-only.
    pub read_only: Option<ReadOnly>,
    /// The review walk to return to when help, opened from it, closes.
    help_return: Option<Walk>,
    /// A merge of the unsaved edits into the files on disk, waiting for a yes.
    disk_merge: Option<Box<disk::DiskMerge>>,
    /// Who lays out right-to-left text, and whether lists are mirrored.
    pub bidi: Bidi,
    /// The checks of `plan` by section, so that an edit re-checks only
    /// what it can change (see [`Checked::after`]).
    checked: Option<Checked>,
    /// The tabs whose rows the last change left to build: a tab's rows
    /// are built when it is shown.
    stale: Vec<bool>,
    /// Set when an edit updated only the status's counts of errors and
    /// warnings (what the header shows): the rest is summed up again when
    /// a tab that shows it is shown.
    status_stale: bool,
}

/// A revision of the plan shown read-only, and the app to go back to.
pub struct ReadOnly {
    pub label: String,
    back: Box<App>,
}

impl App {
    /// The app on the plan in `dir`, with facts for `today`; `commits` are
    /// the commit messages that may name routines as held (read by
    /// `crate::tui::open`).
    pub fn new(dir: PlanDir, today: Date, commits: Vec<CommitNote>) -> App {
        crate::i18n::follow_plan(dir.plan.meta.language);
        let plan = dir.plan.clone();
        // Checked and summed up once, here: the first frame waits for it.
        let checked = Checked::of(&plan, &dir.broken_ids, today);
        let mut diagnostics = dir.load_errors.clone();
        diagnostics.extend(checked.diagnostics().cloned());
        let errors = diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count();
        let status = plan_status_with(&plan, today, errors, diagnostics.len() - errors, &commits);
        let mut app = App {
            status,
            commits,
            commits_stale: false,
            dir,
            plan,
            today,
            tab: Tab::Overview,
            lists: vec![ListState::default(); Tab::ALL.len()],
            mode: Mode::Normal,
            timeline: false,
            undo: Vec::new(),
            redo: Vec::new(),
            diagnostics,
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
            disk_merge: None,
            bidi: Bidi::default(),
            checked: Some(checked),
            stale: vec![true; Tab::ALL.len()],
            status_stale: false,
        };
        // What `refresh` would do besides: the plan is as loaded, and each
        // tab's rows are built when it is first shown.
        app.bidi.rtl_layout = super::bidi::rtl_layout();
        app.fresh_rows();
        app
    }

    /// Fits the state to a screen of `area`; the loop runs it before each
    /// draw, so that drawing only reads the state. It keeps the page length
    /// and where the scrollable panes are (for the keys and the mouse), and
    /// the scroll offsets within their text.
    pub fn lay_out(&mut self, area: ratatui::layout::Rect) {
        self.fresh_rows();
        let Some(fitted) = super::view::fitted(self, area) else {
            return;
        };
        self.page = fitted.page;
        if let Mode::Help(scroll) = &mut self.mode {
            *scroll = (*scroll).min(fitted.help_most);
        }
        self.panes = fitted.panes;
        if let Some(most) = fitted.text_most {
            self.charter_scroll = self.charter_scroll.min(most);
        }
        if let Some(most) = fitted.detail_most {
            let list = self.list_mut();
            list.detail_scroll = list.detail_scroll.min(most);
        }
    }

    /// Edits since the last save.
    pub fn dirty(&self) -> bool {
        self.changed
    }

    /// Recomputes what depends on the plan: checks, status, rows.
    pub fn refresh(&mut self) {
        self.refresh_after(None);
    }

    /// [`App::refresh`] after an edit of `before`, the plan the checks are
    /// of: only what the edit can change is checked again. The rows of the
    /// tab shown are built again now, the other tabs' when shown.
    pub(super) fn refresh_after(&mut self, before: Option<&Plan>) {
        self.refresh_since(match before {
            Some(before) => Since::Edit(before),
            None => Since::Anything,
        });
    }

    fn refresh_since(&mut self, since: Since<'_>) {
        let before = match since {
            Since::Edit(before) => Some(before),
            Since::Anything | Since::Checked => None,
        };
        // The plan's language, as edited: labels follow it at once.
        crate::i18n::follow_plan(self.plan.meta.language);
        self.bidi.rtl_layout = super::bidi::rtl_layout();
        self.documents = None;
        self.changed = self.plan != self.dir.plan;
        self.unsaved = if self.changed {
            super::changes::summary(&self.dir.plan, &self.plan)
        } else {
            Vec::new()
        };
        // As `crate::ops::diagnostics::unplaced_of`: load errors, then the checks.
        let (broken, today) = (&self.dir.broken_ids, self.today);
        let checked = match (since, self.checked.take()) {
            (Since::Edit(before), Some(checked)) => {
                checked.after(before, &self.plan, broken, today)
            }
            (Since::Checked, Some(checked)) if checked.holds(broken, today) => checked,
            _ => Checked::of(&self.plan, broken, today),
        };
        self.diagnostics = self.dir.load_errors.clone();
        self.diagnostics.extend(checked.diagnostics().cloned());
        self.checked = Some(checked);
        let errors = self
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count();
        let warnings = self.diagnostics.len() - errors;
        // After an edit that left plan.yaml as it was, the header's counts
        // are all a list tab shows of the status: the rest is summed up
        // when the overview or the People tab is shown.
        let header_only = before.is_some_and(|before| before.meta == self.plan.meta);
        if header_only {
            self.status.errors = errors;
            self.status.warnings = warnings;
            self.status_stale = true;
        } else {
            self.status_stale = false;
            self.status = plan_status_with(&self.plan, self.today, errors, warnings, &self.commits);
        }
        self.stale.fill(true);
        self.fresh_rows();
        if let Some(h) = self.history.as_mut() {
            h.trend = (h.pane == Pane::Trend).then(|| TrendChart::of(&self.plan));
        }
    }

    /// Builds the rows of the tab shown if a change left them to build,
    /// and the plan's status if the tab shows more of it than the header.
    pub(super) fn fresh_rows(&mut self) {
        if self.status_stale && matches!(self.tab, Tab::Overview | Tab::People) {
            self.status_stale = false;
            let (errors, warnings) = (self.status.errors, self.status.warnings);
            self.status = plan_status_with(&self.plan, self.today, errors, warnings, &self.commits);
        }
        if self.stale.get(self.tab.index()).copied().unwrap_or(true) {
            self.rebuild_rows(self.tab);
        }
    }

    fn rebuild_rows(&mut self, tab: Tab) {
        if let Some(stale) = self.stale.get_mut(tab.index()) {
            *stale = false;
        }
        let state = &mut self.lists[tab.index()];
        if tab == Tab::Actions {
            state.actions = super::actions::ordered(
                &self.plan,
                self.today,
                &state.filter,
                state.sort,
                state.reverse,
            );
        } else {
            state.rows = rows::ordered(
                &self.plan,
                self.today,
                tab,
                &state.filter,
                state.sort,
                state.reverse,
            );
        }
        if state.selected >= state.len() {
            state.selected = state.len().saturating_sub(1);
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

    /// The changes since the last save, in plan terms.
    pub fn change_summary(&self) -> Vec<String> {
        self.unsaved.clone()
    }

    pub fn unsaved_count(&self) -> usize {
        self.unsaved.len().max(usize::from(self.changed))
    }

    /// After a save or reload: the plan on disk is the new starting point.
    pub fn saved(&mut self, mut dir: PlanDir, message: String) {
        self.history = None;
        // Git's facts are not in the files: kept until read again.
        dir.plan.due_history = self.plan.due_history.clone();
        // A save reads back what was checked: then the checks stand, and
        // the plan is not copied again (a big plan takes a while).
        let same = dir.plan == self.plan && dir.broken_ids == self.dir.broken_ids;
        if !same {
            self.plan = dir.plan.clone();
        }
        // Read again by the loop: the save may have named a routine as held
        // or moved a due date.
        self.commits_stale = true;
        self.dir = dir;
        self.undo.clear();
        self.redo.clear();
        self.refresh_since(if same {
            Since::Checked
        } else {
            Since::Anything
        });
        self.message = Some((message, false));
    }

    /// The commit notes and the due history, read again after a save or
    /// reload.
    pub fn git_facts_loaded(&mut self, commits: Vec<CommitNote>, due_history: DueHistory) {
        self.commits = commits;
        self.plan.due_history = due_history.clone();
        self.dir.plan.due_history = due_history;
        self.commits_stale = false;
        // No check reads git's facts.
        self.refresh_since(Since::Checked);
    }

    /// What the app needs read now that nothing asked for in an update:
    /// git's facts after a save or reload.
    pub fn wanted(&self) -> Option<Load> {
        self.commits_stale.then_some(Load::GitFacts)
    }

    /// How far PgDn moves in help: the list page, which is about the
    /// screen's height.
    fn help_page(&self) -> u16 {
        u16::try_from(self.page.max(1)).unwrap_or(u16::MAX)
    }

    pub fn failed(&mut self, message: String) {
        self.message = Some((message, true));
    }

    /// The rows to draw for a list tab, from `first`, at most `count`.
    pub fn visible_rows(&self, tab: Tab, first: usize, count: usize) -> Vec<Row> {
        let list = &self.lists[tab.index()];
        if tab == Tab::Actions {
            let end = list.actions.len().min(first.saturating_add(count));
            let shown = list.actions.get(first.min(end)..end).unwrap_or_default();
            return super::actions::rows_of(&self.plan, self.today, shown);
        }
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
            | A::MergeDisk
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
            | A::AddMeetingDecision
            | A::AddMeetingAction
            | A::AcceptCoaching
            | A::AddServiceWeek
    )
}

/// What changed since the checks were made.
#[derive(Clone, Copy)]
enum Since<'p> {
    /// Anything: check everything.
    Anything,
    /// An edit of this plan: check again what it can change.
    Edit(&'p Plan),
    /// Nothing any check reads (the files read back as they were checked,
    /// git's facts read again): the checks stand, on the same day.
    Checked,
}
