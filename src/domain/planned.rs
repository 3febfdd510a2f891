//! The baseline a milestone's slip is measured from: the date it was first
//! planned for, read from the plan's history, and how often its `due` date
//! was moved since (replans).
//!
//! Measuring slip against the current `due` would hide exactly what
//! milestone trend analysis exists to show: a milestone whose due date is
//! moved along with its forecast would never slip. So the first planned
//! date is the `due` the milestone had when it first appeared in the
//! history, else its first review forecast.
//!
//! The store reads the history (git) and hands it over as a
//! [`DueHistory`]; nothing here reads git or the clock.

use std::collections::HashMap;

use serde::Serialize;

use super::model::Milestone;
use super::types::{Date, Id};

/// One version of a milestone's `due` in the history: the date of the
/// commit that wrote it, and the due date (None: the milestone had none).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DueVersion {
    pub on: Date,
    pub due: Option<Date>,
}

/// Each milestone's `due` across the plan's history, oldest first, one
/// entry per commit that changed it (the first entry is the commit that
/// added the milestone). Empty for a plan outside git.
#[derive(Clone, Debug, Default)]
pub struct DueHistory {
    by_id: HashMap<Id, Vec<DueVersion>>,
}

/// The history is what the repository says about the plan, not part of its
/// files: two plans with the same files are the same plan, whatever history
/// they were read with (a save compares the plan it wrote with the plan it
/// reads back, which carries none).
impl PartialEq for DueHistory {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl DueHistory {
    /// Records that at a commit dated `on` the milestone `id` had `due`;
    /// commits must come oldest first. A version equal to the last one
    /// recorded is not a change and is left out.
    pub fn record(&mut self, id: &Id, on: Date, due: Option<Date>) {
        let versions = self.by_id.entry(id.clone()).or_default();
        if versions.last().is_none_or(|v| v.due != due) {
            versions.push(DueVersion { on, due });
        }
    }

    pub fn versions(&self, id: &str) -> &[DueVersion] {
        self.by_id.get(id).map_or(&[], Vec::as_slice)
    }

    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }
}

/// A move of a milestone's due date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Replan {
    /// The date of the commit that moved it (today for an unsaved edit).
    pub on: Date,
    pub from: Date,
    pub to: Date,
}

impl Replan {
    /// Days the due date moved: positive when later.
    pub fn days(&self) -> i64 {
        self.from.days_until(self.to)
    }
}

/// What a milestone's slip is measured from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Baseline {
    /// The first planned date: the `due` the milestone had when it first
    /// appeared in the history, else its first review forecast.
    pub planned: Option<Date>,
    /// Every move of the due date, oldest first.
    pub replans: Vec<Replan>,
}

impl Baseline {
    /// Net days the due date moved from the first due to the current one.
    pub fn replanned_days(&self) -> i64 {
        self.replans.iter().map(Replan::days).sum()
    }
}

/// The baseline of `m`, from the history of its due dates and its review
/// forecasts (oldest first, as [`super::facts::milestone_trend`] gives
/// them). The milestone as loaded now counts as the newest version: an
/// edit not committed yet is a replan too.
///
/// Without history (a plan outside git, or a milestone never committed)
/// the current `due` is the first planned date.
pub fn baseline(history: &DueHistory, m: &Milestone, forecasts: &[(Date, Date)]) -> Baseline {
    let mut versions: Vec<DueVersion> = history.versions(m.id.as_str()).to_vec();
    if versions.last().is_none_or(|v| v.due != m.due) {
        // "Now" is not known here; the last forecast's review, else the
        // last commit, dates an uncommitted edit closely enough.
        let on = versions
            .last()
            .map(|v| v.on)
            .into_iter()
            .chain(forecasts.last().map(|f| f.0))
            .max()
            .unwrap_or_default();
        versions.push(DueVersion { on, due: m.due });
    }
    let first_forecast = forecasts.first().map(|f| f.1);
    let planned = versions.first().and_then(|v| v.due).or(first_forecast);
    let mut replans = Vec::new();
    let mut last_due: Option<Date> = None;
    for v in &versions {
        if let Some(due) = v.due {
            if let Some(from) = last_due.filter(|from| *from != due) {
                replans.push(Replan {
                    on: v.on,
                    from,
                    to: due,
                });
            }
            last_due = Some(due);
        }
    }
    Baseline { planned, replans }
}

/// Days from the first planned date to the latest forecast: positive means
/// later. None when no review gave a forecast.
pub fn slip(baseline: &Baseline, forecasts: &[(Date, Date)]) -> Option<i64> {
    let (_, latest) = *forecasts.last()?;
    Some(baseline.planned?.days_until(latest))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use serde_json::json;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn milestone(due: Option<&str>) -> Milestone {
        let mut m = json!({"id": "crm", "title": "CRM"});
        if let Some(due) = due {
            m["due"] = json!(due);
        }
        serde_json::from_value(m).unwrap()
    }

    #[test]
    fn a_due_moved_at_a_review_is_a_replan_and_the_slip_counts_from_the_first_plan() {
        // Planned for 03-31 in January; at the March review the due moved
        // to 04-30 along with the forecast.
        let mut h = DueHistory::default();
        let id = Id::new("crm").unwrap();
        h.record(&id, d("2026-01-05"), Some(d("2026-03-31")));
        h.record(&id, d("2026-02-27"), Some(d("2026-03-31")));
        h.record(&id, d("2026-03-27"), Some(d("2026-04-30")));
        let forecasts = [
            (d("2026-02-27"), d("2026-03-31")),
            (d("2026-03-27"), d("2026-04-30")),
        ];
        let b = baseline(&h, &milestone(Some("2026-04-30")), &forecasts);
        assert_eq!(b.planned, Some(d("2026-03-31")));
        assert_eq!(
            b.replans,
            vec![Replan {
                on: d("2026-03-27"),
                from: d("2026-03-31"),
                to: d("2026-04-30")
            }]
        );
        assert_eq!(b.replanned_days(), 30);
        assert_eq!(slip(&b, &forecasts), Some(30));
    }

    #[test]
    fn without_history_the_current_due_is_the_plan_and_without_due_the_first_forecast() {
        let h = DueHistory::default();
        let forecasts = [
            (d("2026-02-01"), d("2026-04-30")),
            (d("2026-04-01"), d("2026-05-15")),
        ];
        let b = baseline(&h, &milestone(Some("2026-04-15")), &forecasts);
        assert_eq!(b.planned, Some(d("2026-04-15")));
        assert!(b.replans.is_empty());
        assert_eq!(slip(&b, &forecasts), Some(30));
        let b = baseline(&h, &milestone(None), &forecasts);
        assert_eq!(b.planned, Some(d("2026-04-30")));
        assert_eq!(slip(&b, &forecasts), Some(15));
        assert_eq!(slip(&b, &[]), None);
    }

    #[test]
    fn a_milestone_added_without_due_is_planned_by_its_first_forecast_and_an_uncommitted_move_counts(
    ) {
        let mut h = DueHistory::default();
        let id = Id::new("crm").unwrap();
        h.record(&id, d("2026-01-05"), None);
        h.record(&id, d("2026-02-10"), Some(d("2026-05-01")));
        let forecasts = [(d("2026-02-01"), d("2026-04-20"))];
        // Work tree: the due moved again, not committed yet.
        let b = baseline(&h, &milestone(Some("2026-05-20")), &forecasts);
        assert_eq!(b.planned, Some(d("2026-04-20")));
        assert_eq!(b.replans.len(), 1);
        assert_eq!(b.replans[0].days(), 19);
        assert_eq!(b.replans[0].on, d("2026-02-10"));
    }

    #[test]
    fn the_history_never_makes_two_plans_differ() {
        let mut h = DueHistory::default();
        h.record(&Id::new("a").unwrap(), d("2026-01-01"), None);
        assert_eq!(h, DueHistory::default());
    }
}
