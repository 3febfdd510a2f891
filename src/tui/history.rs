//! The History tab's state: the plan's log, read once when the tab is
//! first opened, a revision marked for comparing, and what the right-hand
//! pane shows (a commit's changes, the diff of two revisions, the milestone
//! trend chart or a metric's chart).

use std::path::Path;

use crate::domain::diff;
use crate::domain::model::Plan;
use crate::domain::trend::{milestone_trends, MilestoneTrend};
use crate::store::git::short_id;
use crate::store::history::{History, LogEntry};
use crate::store::plan_dir::PlanDir;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Pane {
    /// What the selected commit changed.
    Changes,
    /// The semantic diff between two revisions.
    Diff {
        from: String,
        to: String,
        lines: Vec<String>,
    },
    /// Forecasts of the milestones across the reviews.
    Trend,
    /// One metric's readings against its trajectory (index into the plan's metrics).
    Metric(usize),
}

#[derive(Debug)]
pub struct HistoryState {
    pub entries: Vec<LogEntry>,
    pub selected: usize,
    /// The revision chosen as the older side of a diff.
    pub marked: Option<usize>,
    pub pane: Pane,
    /// Why there is no history (no repository, an unreadable one).
    pub error: Option<String>,
    /// The milestone trend chart's lines, worked out when the pane is
    /// shown and whenever the plan changes, never while drawing.
    pub trend: Option<TrendChart>,
}

/// The milestones the trend chart draws: those that slipped most.
#[derive(Debug)]
pub struct TrendChart {
    /// How many milestones have a forecast at all.
    pub total: usize,
    pub shown: Vec<MilestoneTrend>,
}

/// Milestones drawn in the trend chart.
pub const TREND_LINES: usize = 6;

impl TrendChart {
    pub fn of(plan: &Plan) -> TrendChart {
        let mut shown: Vec<MilestoneTrend> = milestone_trends(plan)
            .into_iter()
            .filter(|t| !t.forecasts.is_empty())
            .collect();
        let total = shown.len();
        shown.sort_by(|a, b| {
            b.slip_days
                .unwrap_or(0)
                .abs()
                .cmp(&a.slip_days.unwrap_or(0).abs())
                .then_with(|| a.id.cmp(&b.id))
        });
        shown.truncate(TREND_LINES);
        TrendChart { total, shown }
    }
}

impl HistoryState {
    /// Reads the log of the plan in `dir`.
    pub fn load(dir: &Path) -> HistoryState {
        let (entries, error) = match History::open(dir).and_then(|mut h| h.log()) {
            Ok(entries) => (entries, None),
            Err(e) => (Vec::new(), Some(e.to_string())),
        };
        HistoryState {
            entries,
            selected: 0,
            marked: None,
            pane: Pane::Changes,
            error,
            trend: None,
        }
    }

    pub fn selected_entry(&self) -> Option<&LogEntry> {
        self.entries.get(self.selected)
    }

    pub fn move_by(&mut self, delta: i64) {
        let last = self.entries.len().saturating_sub(1) as i64;
        self.selected = (self.selected as i64 + delta).clamp(0, last.max(0)) as usize;
        if matches!(self.pane, Pane::Diff { .. }) {
            self.pane = Pane::Changes;
        }
    }

    /// Marks the selected revision as the older side of a diff, or clears
    /// the mark when it is already there.
    pub fn toggle_mark(&mut self) -> String {
        if self.marked == Some(self.selected) {
            self.marked = None;
            return crate::t!("tui-hist-mark-cleared");
        }
        self.marked = Some(self.selected);
        match self.selected_entry() {
            Some(e) => crate::t!(
                "tui-hist-marked",
                commit = short_id(&e.commit),
                date = e.date.to_string()
            ),
            None => String::new(),
        }
    }

    /// The diff from the marked revision to the selected one, or from the
    /// selected one to the working tree when none is marked. `current` is
    /// the plan as loaded from disk. Reads the repository.
    pub fn diff(&self, dir: &Path, current: &PlanDir) -> Result<Pane, String> {
        let Some(selected) = self.selected_entry().map(|e| e.commit.clone()) else {
            return Err(crate::t!("tui-hist-nothing-to-compare"));
        };
        let mut history = History::open(dir).map_err(|e| e.to_string())?;
        let (from, to, changes) = match self.marked.and_then(|m| self.entries.get(m)) {
            Some(marked) if marked.commit != selected => {
                // The older of the two is the "from" side.
                let marked_older = self.marked.unwrap_or(0) > self.selected;
                let (a, b) = if marked_older {
                    (marked.commit.clone(), selected)
                } else {
                    (selected, marked.commit.clone())
                };
                let snap = |h: &History, rev: &str| {
                    let commit = h.resolve(rev).map_err(|e| e.to_string())?;
                    h.snapshot(&commit).map_err(|e| e.to_string())
                };
                let (old, new) = (snap(&history, &a)?, snap(&history, &b)?);
                let changes = history.changes(&old, &new).map_err(|e| e.to_string())?;
                (short_id(&a), short_id(&b), changes)
            }
            _ => {
                let commit = history.resolve(&selected).map_err(|e| e.to_string())?;
                let old = history
                    .load(&commit, &selected)
                    .map_err(|e| e.to_string())?;
                let changes = diff::diff_plans(&old.plan, &current.plan);
                (
                    short_id(&selected),
                    crate::t!("tui-hist-working-tree"),
                    changes,
                )
            }
        };
        // The pane's title already names both sides: the heading is the count.
        let lines = if changes.is_empty() {
            vec![format!("{from} → {to}: {}", diff::counts(&changes))]
        } else {
            diff::lines(&from, &to, &changes)
        };
        Ok(Pane::Diff { from, to, lines })
    }

    /// The plan as it was at the selected revision, and a label for it.
    pub fn open_selected(&self, dir: &Path) -> Result<(PlanDir, String, String), String> {
        let Some(entry) = self.selected_entry() else {
            return Err(crate::t!("tui-hist-nothing-to-open"));
        };
        let history = History::open(dir).map_err(|e| e.to_string())?;
        let commit = history.resolve(&entry.commit).map_err(|e| e.to_string())?;
        let mut loaded = history
            .load(&commit, &entry.commit)
            .map_err(|e| e.to_string())?;
        loaded.plan.due_history = history
            .due_history(commit.id())
            .map_err(|e| e.to_string())?;
        let label = crate::t!(
            "tui-hist-revision",
            commit = short_id(&entry.commit),
            date = entry.date.to_string()
        );
        Ok((loaded, label, entry.date.clone()))
    }
}
