//! Day counts in words: "in 3d", "today", "2d ago", and how late something
//! due is.

use crate::domain::summary::PlanInfo;
use crate::domain::types::Date;
use crate::t;

/// Days from today in words: "today", "in 3d", "2d ago".
pub fn days(n: i64) -> String {
    match n {
        0 => t!("cli-days-today"),
        n if n > 0 => t!("cli-days-in", count = n),
        n => t!("cli-days-ago", count = -n),
    }
}

/// Something that was due on a day and is late by some days: a routine
/// not held, a milestone not done. Each output words it at the length it
/// has room for, all from here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Late {
    pub due: Date,
    pub days: i64,
}

impl Late {
    pub fn new(due: Date, days: i64) -> Late {
        Late { due, days }
    }

    /// "due 2026-10-01, 54d late": the sentence of `status`.
    pub fn sentence(self) -> String {
        t!(
            "cli-late-sentence",
            due = self.due.to_string(),
            count = self.days
        )
    }

    /// "late 54d": for a cell or a tag beside the due date.
    pub fn short(self) -> String {
        t!("cli-late-short", count = self.days)
    }

    /// "late by 54d: due 2026-10-01": late first, for the UI's detail.
    pub fn late_first(self) -> String {
        t!(
            "cli-late-first",
            due = self.due.to_string(),
            count = self.days
        )
    }
}

/// Where `today` is in the plan: "day 100 of 361", or "starts in 12
/// days" before the start (a plan not started yet is not on its day 1).
pub fn plan_day(p: &PlanInfo, today: Date) -> String {
    match today.days_until(p.start) {
        1 => t!("cli-plan-starts-tomorrow"),
        n if n > 1 => t!("cli-plan-starts-in", count = n),
        _ => t!(
            "cli-plan-day-of",
            day = (p.days_elapsed + 1).clamp(0, p.days_total + 1),
            total = p.days_total + 1
        ),
    }
}

/// How often a milestone's due date was moved, after its slip: "; due
/// date moved 2 time(s), +45d", or nothing when it never was.
pub fn replanned(replans: usize, days: i64) -> String {
    match replans {
        0 => String::new(),
        n => t!("cli-due-moved", count = n, days = format!("{days:+}")),
    }
}

/// The same for a table cell: "2× +45d", or a dash.
pub fn moved(replans: usize, days: i64) -> String {
    match replans {
        0 => "–".into(),
        n => format!("{n}× {days:+}d"),
    }
}

/// A date, or a dash for none.
pub fn date_or_dash(d: Option<Date>) -> String {
    d.map_or_else(|| "–".into(), |d| d.to_string())
}

/// Days a milestone slipped, for a table: "+12d", "-3d", "0", or a dash
/// when no review forecast it.
pub fn slip(days: Option<i64>) -> String {
    match days {
        Some(0) => "0".into(),
        Some(d) => format!("{d:+}d"),
        None => "–".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::{days, moved, plan_day, replanned, Late};
    use crate::domain::summary::PlanInfo;
    use crate::domain::types::{Date, Id};

    #[test]
    fn before_its_start_a_plan_starts_in_n_days_not_on_day_1() {
        let day = |s: &str| Date::parse(s).unwrap_or_else(|e| panic!("{e}"));
        let (start, end) = (day("2026-01-05"), day("2026-12-31"));
        let plan = PlanInfo {
            id: Id::new("p").unwrap_or_else(|e| panic!("{e}")),
            title: "P".into(),
            start,
            end,
            days_total: start.days_until(end),
            days_elapsed: 0,
            days_left: start.days_until(end),
        };
        assert_eq!(plan_day(&plan, start.add_days(-12)), "starts in 12 days");
        assert_eq!(plan_day(&plan, start.add_days(-1)), "starts tomorrow");
        assert_eq!(plan_day(&plan, start), "day 1 of 361");
    }

    #[test]
    fn a_moved_due_date_is_said_after_the_slip() {
        assert_eq!(replanned(0, 0), "");
        assert_eq!(replanned(1, 30), "; due date moved 1 time, +30d");
        assert_eq!(replanned(2, -5), "; due date moved 2 times, -5d");
        assert_eq!(moved(0, 0), "–");
        assert_eq!(moved(2, 45), "2× +45d");
    }

    #[test]
    fn days_in_words() {
        assert_eq!(days(0), "today");
        assert_eq!(days(3), "in 3d");
        assert_eq!(days(-2), "2d ago");
    }

    #[test]
    fn one_late_routine_in_each_length() {
        let due = Date::parse("2026-10-01").unwrap_or_else(|e| panic!("{e}"));
        let late = Late::new(due, 54);
        assert_eq!(late.sentence(), "due 2026-10-01, 54d late");
        assert_eq!(late.short(), "late 54d");
        assert_eq!(late.late_first(), "late by 54d: due 2026-10-01");
    }
}
