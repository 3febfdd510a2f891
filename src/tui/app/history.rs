//! The History tab's actions and showing a revision of the plan read-only.

use crate::domain::types::Date;
use crate::store::plan_dir::PlanDir;
use crate::tui::history::{HistoryState, Pane, TrendChart};
use crate::tui::keymap::Action;

use super::{App, Effect, Load, ReadOnly, Tab};
use crate::domain::routines::CommitNote;

impl App {
    /// Shows `dir` (the plan at a revision) read-only, with facts for
    /// `today` (and the commit notes read for it); [`App::close_revision`]
    /// comes back to this app as it was.
    pub fn open_revision(
        &mut self,
        dir: PlanDir,
        label: String,
        today: Date,
        commits: Vec<CommitNote>,
    ) {
        let mut viewing = App::new(dir, today, commits);
        viewing.bidi.mode = self.bidi.mode;
        let back = std::mem::replace(self, viewing);
        self.read_only = Some(ReadOnly {
            label: label.clone(),
            back: Box::new(back),
        });
        self.message = Some((
            crate::t!("tui-msg-viewing-revision", revision = label.as_str()),
            false,
        ));
    }

    pub fn close_revision(&mut self) {
        if let Some(ro) = self.read_only.take() {
            *self = *ro.back;
        }
    }

    /// Whether the History tab is shown without its log read yet.
    pub(super) fn wants_history(&self) -> bool {
        self.tab == Tab::History && self.history.is_none() && self.read_only.is_none()
    }

    /// The log, read when the History tab was shown for the first time.
    pub fn history_loaded(&mut self, history: HistoryState) {
        self.history = Some(history);
    }

    /// The diff asked for with [`Load::Diff`], or why there is none.
    pub fn diff_loaded(&mut self, diff: Result<Pane, String>) {
        match (diff, self.history.as_mut()) {
            (Ok(pane), Some(h)) => h.pane = pane,
            (Ok(_), None) => {}
            (Err(e), _) => self.message = Some((e, true)),
        }
    }

    /// The History tab's own actions; `None` for those handled as anywhere.
    pub(super) fn act_history(&mut self, action: Action) -> Option<Effect> {
        let page = self.page.max(1) as i64;
        let metrics = self.plan.metrics.metrics.len();
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
            Action::HistDiff => return Some(Effect::Load(Load::Diff)),
            Action::HistTrend => {
                h.pane = Pane::Trend;
                h.trend = Some(TrendChart::of(&self.plan));
            }
            Action::HistMetric if metrics == 0 => {
                self.message = Some((crate::t!("tui-msg-no-metrics"), true));
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
            Action::HistOpen => return Some(Effect::Load(Load::Revision)),
            _ => return None,
        }
        Some(Effect::None)
    }
}
