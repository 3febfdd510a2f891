//! The reads the app asks for ([`Load`]): the repository's log, a diff of
//! two revisions, the plan at a revision, the commit notes. They run in the
//! loop, outside the update, and their results are handed back to the app.

use crate::domain::routines::CommitNote;
use crate::domain::types::Date;
use crate::store::plan_dir::PlanDir;

use super::app::{App, Load};
use super::history::HistoryState;

/// The app on the plan in `dir`, with facts for `today` and the commit
/// notes read from its repository.
pub fn open(dir: PlanDir, today: Date) -> App {
    let commits = commit_notes(&dir, today);
    App::new(dir, today, commits)
}

/// The commit messages that may name the plan's routines as held.
fn commit_notes(dir: &PlanDir, today: Date) -> Vec<CommitNote> {
    let since = crate::domain::routines::commits_needed_since(&dir.plan, today);
    crate::store::history::commit_notes(&dir.dir, since).unwrap_or_default()
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
                    let commits = commit_notes(&loaded, today);
                    app.open_revision(loaded, label, today, commits);
                }
                Err(e) => app.failed(e),
            }
        }
        Load::CommitNotes => {
            let commits = commit_notes(&app.dir, app.today);
            app.commits_loaded(commits);
        }
    }
}
