//! Files changed on disk while edits are unsaved: the edits are merged
//! into the new files item by item, with the merge driver's rules
//! ([`crate::domain::merge::merge_plans`]), shown before they are taken,
//! so neither side is lost.

use crate::domain::diff;
use crate::domain::merge::merge_plans;
use crate::domain::model::Plan;
use crate::store::plan_dir::PlanDir;

use super::{App, Confirm, Effect, Load, Mode, Pending};

/// How many lines of changes from disk the question shows before "… more".
const SHOWN: usize = 12;

/// The plan on disk and the edits merged into it, waiting for a yes.
pub struct DiskMerge {
    theirs: PlanDir,
    merged: Plan,
    conflicts: usize,
}

impl App {
    /// `M`: merge the unsaved edits into the files on disk; with nothing
    /// unsaved, that is a reload.
    pub(super) fn merge_disk(&mut self) -> Effect {
        if self.dirty() {
            Effect::Load(Load::Disk)
        } else {
            Effect::Reload
        }
    }

    /// The plan as it is on disk now, read for [`App::merge_disk`]: asks
    /// whether to take the merge, showing what came from disk and every
    /// conflict.
    pub fn disk_loaded(&mut self, theirs: PlanDir) {
        let base = &self.dir.plan;
        if theirs.plan == *base {
            // Only comments or layout changed: the edits apply as they are,
            // over the files as they are now.
            let edits = self.plan.clone();
            self.adopt(theirs, edits);
            self.message = Some((crate::t!("tui-merge-layout-only"), false));
            return;
        }
        let merge = merge_plans(base, &self.plan, &theirs.plan);
        let from_disk: Vec<String> = diff::diff_plans(base, &theirs.plan)
            .iter()
            .map(|c| diff::describe_in(crate::i18n::current(), c))
            .collect();
        let mut details = vec![crate::t!(
            "tui-merge-changed-on-disk",
            count = from_disk.len()
        )];
        details.extend(from_disk.iter().take(SHOWN).map(|l| format!("  {l}")));
        if from_disk.len() > SHOWN {
            details.push(format!(
                "  … {}",
                crate::t!("tui-merge-more", count = from_disk.len() - SHOWN)
            ));
        }
        if !merge.conflicts.is_empty() {
            details.push(crate::t!(
                "tui-merge-both-sides",
                count = merge.conflicts.len()
            ));
            details.extend(
                merge
                    .conflicts
                    .iter()
                    .map(|(rel, c)| format!("  {rel}: {}: {}", c.place(), c.values())),
            );
        }
        for rel in &merge.kept_ours {
            details.push(format!("  {rel}: {}", crate::t!("tui-merge-kept-whole")));
        }
        let problems = self.new_errors(&merge.plan);
        if !problems.is_empty() {
            details.push(crate::t!("tui-merge-errors", count = problems.len()));
            details.extend(problems.iter().take(SHOWN).map(|p| format!("  {p}")));
        }
        let edits = self.unsaved_count();
        self.mode = Mode::Confirm(Confirm {
            question: crate::t!("tui-merge-question", count = edits),
            details,
            pending: Pending::MergeDisk,
        });
        self.disk_merge = Some(Box::new(DiskMerge {
            conflicts: merge.conflicts.len(),
            theirs,
            merged: merge.plan,
        }));
    }

    /// Yes to the merge: the files on disk become the plan as loaded, and
    /// the merged plan is what is unsaved (`s` commits it).
    pub(super) fn take_disk_merge(&mut self) {
        let Some(merge) = self.disk_merge.take() else {
            return;
        };
        let DiskMerge {
            theirs,
            merged,
            conflicts,
        } = *merge;
        self.adopt(theirs, merged);
        self.message = Some((
            if conflicts == 0 {
                crate::t!("tui-merge-done")
            } else {
                crate::t!("tui-merge-done-conflicts", count = conflicts)
            },
            false,
        ));
    }

    /// The files on disk become the plan as loaded, and `edited` what is
    /// unsaved over them.
    fn adopt(&mut self, theirs: PlanDir, mut edited: Plan) {
        edited.due_history = theirs.plan.due_history.clone();
        self.history = None;
        self.commits_stale = true;
        self.dir = theirs;
        self.plan = edited;
        // Undo would bring back a plan without the changes from disk.
        self.undo.clear();
        self.redo.clear();
        self.refresh();
    }
}
