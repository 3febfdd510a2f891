//! The reads the app asks for ([`Load`]): the repository's log, a diff of
//! two revisions, the plan at a revision, the commit notes and the
//! milestones' due history. They run in the loop, outside the update, and
//! their results are handed back to the app.

use crate::domain::types::Date;
use crate::ops::status::routine_notes;
use crate::store::history::{due_history_of, with_due_history};
use crate::store::plan_dir::PlanDir;

use super::app::{App, Load};
use super::history::HistoryState;

/// The app on the plan in `dir`, with facts for `today`, and the commit
/// notes and the milestones' due history read from its repository.
pub fn open(dir: PlanDir, today: Date) -> App {
    let dir = with_due_history(dir);
    let commits = routine_notes(&dir, today);
    App::new(dir, today, commits)
}

/// Reads `what` and hands it to the app.
pub(super) fn run(app: &mut App, what: Load) {
    match what {
        Load::History => app.history_loaded(HistoryState::load(&app.dir.dir)),
        Load::Diff => {
            if let Some(h) = &app.history {
                let diff = h.diff(&app.dir.dir, &app.dir);
                app.diff_loaded(diff);
            }
        }
        Load::Revision => {
            let Some(h) = &app.history else {
                return;
            };
            match h.open_selected(&app.dir.dir) {
                Ok((loaded, label, date)) => {
                    let today = Date::parse(&date).unwrap_or(app.today);
                    let commits = routine_notes(&loaded, today);
                    app.open_revision(loaded, label, today, commits);
                }
                Err(e) => app.failed(e),
            }
        }
        Load::Disk => match crate::ops::save::reload(&app.dir.dir) {
            Ok(theirs) => app.disk_loaded(theirs),
            Err(e) => app.failed(crate::t!("tui-err-disk-unreadable", error = e.to_string())),
        },
        Load::GitFacts => {
            let commits = routine_notes(&app.dir, app.today);
            app.git_facts_loaded(commits, due_history_of(&app.dir.dir));
        }
    }
}
