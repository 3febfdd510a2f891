//! The checks of [`validate`](super::validate) kept by section, so that an
//! edit re-checks only what it can change.
//!
//! [`Checked::of`] runs every check once and keeps its diagnostics by
//! section: what comes before the milestones, each milestone, committee
//! and agents, each metric, the reviews, and what comes after. In that
//! order they are exactly what `validate` returns.
//!
//! [`Checked::after`] takes the checks of a plan and the plan edited, and
//! runs again only the checks whose inputs the edit changed:
//! - the ids of the plan (people, agents, reps, channels, metrics, goals,
//!   milestones, units), plan.yaml, the ids that failed to load, the day
//!   and the language are read by almost every check: when one of them
//!   changed, everything is checked again;
//! - a milestone says what depends on itself, the ids, plan.yaml's dates
//!   and the dependency graph: only the milestones that changed are
//!   checked again while no id repeats and no `depends_on` changed (a
//!   repeated id names the first item's title, a changed graph can move a
//!   cycle); otherwise all milestones;
//! - a metric, likewise, on itself, the ids, plan.yaml and surveys.yaml;
//! - the reviews read the milestones only to know which are still open;
//! - the small sections (plan.yaml, charter, goals, committee, agents,
//!   skills, workshops, incidents, surveys, people.yaml, recognition.yaml)
//!   are checked again
//!   every time: they are quick, and read across files.
//!
//! Checks of the files the edit did not touch, and of the items it did
//! not change, are kept as they were. The tests prove the result equal to
//! a whole check after edits of every kind, renames and removals included.

use std::collections::{HashMap, HashSet};

use super::{dependency_cycles, Check, Seen};
use crate::domain::diag::Diagnostic;
use crate::domain::model::Plan;
use crate::domain::types::Date;
use crate::i18n::Lang;

/// The diagnostics of one plan by section, for [`Checked::after`].
#[derive(Clone, Debug, PartialEq)]
pub struct Checked {
    today: Date,
    lang: Lang,
    broken: HashSet<String>,
    head: Vec<Diagnostic>,
    milestones: Vec<Vec<Diagnostic>>,
    people: Vec<Diagnostic>,
    metrics: Vec<Vec<Diagnostic>>,
    reviews: Vec<Diagnostic>,
    tail: Vec<Diagnostic>,
}

impl Checked {
    /// Every check of `plan`, as [`validate`](super::validate) runs them.
    pub fn of(plan: &Plan, broken: &HashSet<String>, today: Date) -> Checked {
        let mut check = Check::new(plan, broken);
        check.head(today);
        let head = std::mem::take(&mut check.out);
        let milestones = all_milestones(&mut check);
        check.people(today);
        let people = std::mem::take(&mut check.out);
        let metrics = all_metrics(&mut check, today);
        check.reviews();
        let reviews = std::mem::take(&mut check.out);
        check.tail(today);
        Checked {
            today,
            lang: crate::i18n::current(),
            broken: broken.clone(),
            head,
            milestones,
            people,
            metrics,
            reviews,
            tail: check.out,
        }
    }

    /// Whether these checks hold for the same plan checked with `broken`
    /// on `today`, in the language shown.
    pub fn holds(&self, broken: &HashSet<String>, today: Date) -> bool {
        self.today == today && self.lang == crate::i18n::current() && self.broken == *broken
    }

    /// The checks of `new`, an edit of `old` whose checks these are:
    /// only what the edit can change is checked again.
    pub fn after(&self, old: &Plan, new: &Plan, broken: &HashSet<String>, today: Date) -> Checked {
        let same_context = self.holds(broken, today)
            && old.meta == new.meta
            && same_ids(old, new)
            && self.milestones.len() == old.milestones.milestones.len()
            && self.metrics.len() == old.metrics.metrics.len();
        if !same_context {
            return Checked::of(new, broken, today);
        }
        let mut check = Check::new(new, broken);
        check.head(today);
        let head = std::mem::take(&mut check.out);

        let (was, now) = (&old.milestones.milestones, &new.milestones.milestones);
        let milestones = if was == now {
            self.milestones.clone()
        } else if check.milestones.len() == now.len()
            && was
                .iter()
                .zip(now)
                .all(|(a, b)| a.depends_on == b.depends_on)
        {
            // The same ids (checked above), none repeated, the same graph:
            // each milestone's checks are its own.
            let mut cycles = None;
            let mut out = self.milestones.clone();
            for (i, (a, b)) in was.iter().zip(now).enumerate() {
                if a == b {
                    continue;
                }
                let cycles = cycles.get_or_insert_with(|| dependency_cycles(now));
                let mut seen = Seen::new("milestone");
                check.milestone(i, &mut seen, cycles);
                if let Some(slot) = out.get_mut(i) {
                    *slot = std::mem::take(&mut check.out);
                }
            }
            out
        } else {
            all_milestones(&mut check)
        };

        check.people(today);
        let people = std::mem::take(&mut check.out);

        let (was, now) = (&old.metrics.metrics, &new.metrics.metrics);
        let metrics = if old.surveys != new.surveys {
            all_metrics(&mut check, today)
        } else if was == now {
            self.metrics.clone()
        } else if check.metrics.len() == now.len() {
            let mut out = self.metrics.clone();
            for (i, (a, b)) in was.iter().zip(now).enumerate() {
                if a == b {
                    continue;
                }
                let mut seen = Seen::new("metric");
                check.metric(i, &mut seen, today);
                if let Some(slot) = out.get_mut(i) {
                    *slot = std::mem::take(&mut check.out);
                }
            }
            out
        } else {
            all_metrics(&mut check, today)
        };

        let open_same = old
            .milestones
            .milestones
            .iter()
            .zip(&new.milestones.milestones)
            .all(|(a, b)| a.is_open() == b.is_open());
        let reviews = if old.reviews == new.reviews && open_same {
            self.reviews.clone()
        } else {
            check.reviews();
            std::mem::take(&mut check.out)
        };

        check.tail(today);
        Checked {
            today,
            lang: self.lang,
            broken: self.broken.clone(),
            head,
            milestones,
            people,
            metrics,
            reviews,
            tail: check.out,
        }
    }

    /// The diagnostics, owned, in the order of [`validate`](super::validate).
    pub fn into_diagnostics(self) -> Vec<Diagnostic> {
        let mut out = self.head;
        out.extend(self.milestones.into_iter().flatten());
        out.extend(self.people);
        out.extend(self.metrics.into_iter().flatten());
        out.extend(self.reviews);
        out.extend(self.tail);
        out
    }

    /// The diagnostics, in the order of [`validate`](super::validate).
    pub fn diagnostics(&self) -> impl Iterator<Item = &Diagnostic> {
        self.head
            .iter()
            .chain(self.milestones.iter().flatten())
            .chain(&self.people)
            .chain(self.metrics.iter().flatten())
            .chain(&self.reviews)
            .chain(&self.tail)
    }
}

fn all_milestones(check: &mut Check<'_>) -> Vec<Vec<Diagnostic>> {
    let plan = check.plan;
    let all = &plan.milestones.milestones;
    let mut cycles: HashMap<(usize, usize), String> = dependency_cycles(all);
    let mut seen = Seen::new("milestone");
    (0..all.len())
        .map(|i| {
            check.milestone(i, &mut seen, &mut cycles);
            std::mem::take(&mut check.out)
        })
        .collect()
}

fn all_metrics(check: &mut Check<'_>, today: Date) -> Vec<Vec<Diagnostic>> {
    let mut seen = Seen::new("metric");
    (0..check.plan.metrics.metrics.len())
        .map(|i| {
            check.metric(i, &mut seen, today);
            std::mem::take(&mut check.out)
        })
        .collect()
}

/// Whether the two plans hold the same ids of every kind a check refers
/// to, in the same places (plan.yaml's units are compared with plan.yaml).
fn same_ids(old: &Plan, new: &Plan) -> bool {
    fn same<T>(a: &[T], b: &[T], id: impl Fn(&T) -> &str) -> bool {
        a.len() == b.len() && a.iter().zip(b).all(|(x, y)| id(x) == id(y))
    }
    same(&old.committee.members, &new.committee.members, |m| {
        m.id.as_str()
    }) && same(&old.agents.agents, &new.agents.agents, |a| a.id.as_str())
        && same(&old.people.reps, &new.people.reps, |r| r.id.as_str())
        && same(&old.charter.channels, &new.charter.channels, |c| {
            c.id.as_str()
        })
        && same(&old.metrics.metrics, &new.metrics.metrics, |m| {
            m.id.as_str()
        })
        && same(&old.goals.goals, &new.goals.goals, |g| g.id.as_str())
        && same(
            &old.milestones.milestones,
            &new.milestones.milestones,
            |m| m.id.as_str(),
        )
}
