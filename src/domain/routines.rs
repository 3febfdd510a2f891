//! Management routines at a fixed cadence (DESIGN §1, committee.yaml
//! `routines`): when each was last held, when it is next due, and which
//! are late.
//!
//! A routine's last occurrence on or before today is the latest of:
//! - a date in its `held:` list;
//! - the date of a review that names it: its title, summary or a
//!   decision's text holds the routine's id or its name (case-insensitive);
//! - the date of a commit whose message names it the same way, except
//!   charter's own commits that edit the routine (`routine ID: …`).
//!
//! The next occurrence is the last one + `every`; before any occurrence it
//! is the plan's start + `every`, as for milestone reviews. A routine is
//! late when its next occurrence is before today.

use serde::Serialize;

use super::model::{Plan, Review, Routine};
use super::types::{Date, Id};

/// A commit message with its date and short id, for routines named in
/// the repository's history. The store reads them; this layer only looks.
#[derive(Clone, Debug, PartialEq)]
pub struct CommitNote {
    pub date: Date,
    pub id: String,
    pub message: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RoutineState {
    pub id: Id,
    pub name: String,
    pub every: String,
    pub owner: Option<Id>,
    /// The last occurrence on or before today.
    pub last: Option<Date>,
    /// Where the last occurrence comes from: `held`, `meeting`, `review
    /// DATE` or `commit ID`.
    pub last_from: Option<String>,
    pub next: Date,
    pub late: bool,
    /// Days since `next`, when late; else 0.
    pub days_late: i64,
    /// Who came to the recorded meetings, against who is expected.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attendance: Option<Attendance>,
}

/// Attendance at a routine's recorded meetings on or before today, over
/// the meetings whose attendees were written down, against the routine's
/// expected `attendees`.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Attendance {
    /// Meetings with their attendees recorded.
    pub meetings: usize,
    /// Of those, the meetings every expected person came to.
    pub full: usize,
    /// Expected people present, summed over the meetings.
    pub present: usize,
    /// Expected people, summed over the meetings.
    pub expected: usize,
}

impl Attendance {
    /// Present over expected, 0..=1.
    pub fn rate(&self) -> f64 {
        if self.expected == 0 {
            0.0
        } else {
            self.present as f64 / self.expected as f64
        }
    }
}

/// The attendance of routine `r`'s meetings up to `today`; None when it
/// names no expected attendees or no meeting recorded who came.
pub fn attendance(r: &Routine, today: Date) -> Option<Attendance> {
    if r.attendees.is_empty() {
        return None;
    }
    let mut a = Attendance {
        meetings: 0,
        full: 0,
        present: 0,
        expected: 0,
    };
    for m in r
        .meetings
        .iter()
        .filter(|m| m.on <= today && !m.attendees.is_empty())
    {
        let present = r
            .attendees
            .iter()
            .filter(|p| m.attendees.contains(p))
            .count();
        a.meetings += 1;
        a.present += present;
        a.expected += r.attendees.len();
        if present == r.attendees.len() {
            a.full += 1;
        }
    }
    (a.meetings > 0).then_some(a)
}

/// How far back commit messages can matter for `today`: a commit older
/// than what the plan itself already says of every routine (its `held:`
/// dates and the reviews naming it, else the plan's start) changes no
/// routine's last occurrence. None when the plan has no routines: then
/// no commit needs reading at all.
pub fn commits_needed_since(plan: &Plan, today: Date) -> Option<Date> {
    plan.committee
        .routines
        .iter()
        .map(|r| {
            routine_state(plan, r, today, &[])
                .last
                .unwrap_or(plan.meta.start)
        })
        .min()
}

/// Every routine's state as of `today`, in file order.
pub fn routine_states(plan: &Plan, today: Date, commits: &[CommitNote]) -> Vec<RoutineState> {
    plan.committee
        .routines
        .iter()
        .map(|r| routine_state(plan, r, today, commits))
        .collect()
}

/// The routines that are late, latest-due first (the longest late first).
pub fn late(states: &[RoutineState]) -> Vec<&RoutineState> {
    let mut late: Vec<&RoutineState> = states.iter().filter(|r| r.late).collect();
    late.sort_by_key(|r| r.next);
    late
}

/// The next routine due on or after today, the earliest first.
pub fn next_up(states: &[RoutineState]) -> Option<&RoutineState> {
    states.iter().filter(|r| !r.late).min_by_key(|r| r.next)
}

fn routine_state(plan: &Plan, r: &Routine, today: Date, commits: &[CommitNote]) -> RoutineState {
    let mut last: Option<(Date, String)> = None;
    let mut consider = |date: Date, from: String| {
        if date <= today && last.as_ref().is_none_or(|(d, _)| date > *d) {
            last = Some((date, from));
        }
    };
    for &date in &r.held {
        consider(date, "held".into());
    }
    for m in &r.meetings {
        consider(m.on, "meeting".into());
    }
    for review in plan.reviews.iter().filter(|rv| review_names(rv, r)) {
        consider(review.date, format!("review {}", review.date));
    }
    // charter's own commits that edit the routine ("routine ID: …") name
    // it without it being held.
    let edit = format!("routine {}:", r.id);
    for c in commits
        .iter()
        .filter(|c| names(&c.message, r) && !c.message.contains(&edit))
    {
        consider(c.date, format!("commit {}", c.id));
    }
    let next = r
        .every
        .after(last.as_ref().map_or(plan.meta.start, |(d, _)| *d));
    let late = next < today;
    RoutineState {
        id: r.id.clone(),
        name: r.name.clone(),
        every: r.every.to_string(),
        owner: r.owner.clone(),
        last: last.as_ref().map(|(d, _)| *d),
        last_from: last.map(|(_, from)| from),
        next,
        late,
        days_late: if late { next.days_until(today) } else { 0 },
        attendance: attendance(r, today),
    }
}

/// Whether a review names the routine in its title, summary or decisions.
pub fn review_names(review: &Review, r: &Routine) -> bool {
    review.title.as_deref().is_some_and(|t| names(t, r))
        || review.summary.as_deref().is_some_and(|t| names(t, r))
        || review.decisions.iter().any(|d| names(&d.text, r))
}

/// Whether `text` holds the routine's id (as a word) or its name.
pub fn names(text: &str, r: &Routine) -> bool {
    let text = text.to_lowercase();
    let name = r.name.trim().to_lowercase();
    (!name.is_empty() && text.contains(&name)) || holds_word(&text, &r.id.as_str().to_lowercase())
}

/// Whether `word` occurs in `text` with no letter, digit or dash on either
/// side: `steering` in "steering review", not in "steering-group".
fn holds_word(text: &str, word: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    let part = |c: char| c.is_alphanumeric() || c == '-' || c == '_';
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(part) && !after.is_some_and(part)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::{Decision, Plan, Review, Routine};
    use crate::domain::types::Every;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn routine(id: &str, name: &str, every: &str, held: &[&str]) -> Routine {
        Routine {
            id: Id::new(id).unwrap(),
            name: name.into(),
            every: Every::parse(every).unwrap(),
            owner: None,
            attendees: Vec::new(),
            held: held.iter().map(|h| d(h)).collect(),
            meetings: Vec::new(),
        }
    }

    fn plan(routines: Vec<Routine>) -> Plan {
        let mut plan = Plan::default();
        plan.meta.start = d("2026-01-05");
        plan.committee.routines = routines;
        plan
    }

    fn review(date: &str, title: &str, decision: &str) -> Review {
        Review {
            date: d(date),
            title: Some(title.into()),
            decisions: vec![Decision {
                text: decision.into(),
                owner: None,
            }],
            file: String::new(),
            attendees: Vec::new(),
            milestones: Vec::new(),
            metrics: Vec::new(),
            actions: Vec::new(),
            summary: None,
        }
    }

    #[test]
    fn before_any_occurrence_the_start_plus_every_is_due() {
        let p = plan(vec![routine("skip-level", "Skip-level meeting", "1m", &[])]);
        let s = &routine_states(&p, d("2026-02-01"), &[])[0];
        assert_eq!((s.last, s.next, s.late), (None, d("2026-02-05"), false));
        let s = &routine_states(&p, d("2026-02-15"), &[])[0];
        assert_eq!((s.late, s.days_late), (true, 10));
    }

    #[test]
    fn the_latest_of_held_reviews_and_commits_counts_and_the_future_does_not() {
        let mut p = plan(vec![routine(
            "steering",
            "Steering committee review",
            "4w",
            &["2026-02-01", "2026-06-01"],
        )]);
        p.reviews = vec![
            review("2026-03-01", "Q1 STEERING review", "none"),
            review(
                "2026-04-01",
                "Monthly check",
                "Hold the steering-group lunch",
            ),
        ];
        let commits = [
            CommitNote {
                date: d("2026-03-10"),
                id: "abc1234".into(),
                message: "Notes of the steering committee review".into(),
            },
            CommitNote {
                date: d("2026-03-12"),
                id: "def5678".into(),
                message: "routine steering: every changed".into(),
            },
        ];
        let s = &routine_states(&p, d("2026-04-20"), &commits)[0];
        // June's date is after today; April's review names "steering-group", not the routine.
        assert_eq!(s.last, Some(d("2026-03-10")));
        assert_eq!(s.last_from.as_deref(), Some("commit abc1234"));
        assert_eq!(s.next, d("2026-04-07"));
        assert!(s.late);
        assert_eq!(s.days_late, 13);
        let s = &routine_states(&p, d("2026-03-05"), &[])[0];
        assert_eq!(s.last_from.as_deref(), Some("review 2026-03-01"));
    }

    #[test]
    fn commits_are_needed_back_to_the_oldest_last_occurrence() {
        let p = plan(vec![
            routine("a", "Alpha", "1w", &["2026-03-01"]),
            routine("b", "Beta", "1w", &["2026-02-01", "2026-04-01"]),
        ]);
        assert_eq!(
            commits_needed_since(&p, d("2026-05-01")),
            Some(d("2026-03-01"))
        );
        let p = plan(vec![routine("a", "Alpha", "1w", &[])]);
        assert_eq!(
            commits_needed_since(&p, d("2026-05-01")),
            Some(d("2026-01-05"))
        );
        assert_eq!(
            commits_needed_since(&plan(Vec::new()), d("2026-05-01")),
            None
        );
    }

    #[test]
    fn hebrew_names_are_found_in_review_text() {
        let mut p = plan(vec![routine("team-meeting", "ישיבת צוות", "1w", &[])]);
        p.reviews = vec![review("2026-03-01", "סיכום ישיבת צוות שבועית", "")];
        let s = &routine_states(&p, d("2026-03-03"), &[])[0];
        assert_eq!(s.last, Some(d("2026-03-01")));
        assert_eq!(s.next, d("2026-03-08"));
        assert!(!s.late);
    }

    #[test]
    fn late_and_next_up_order() {
        let p = plan(vec![
            routine("a", "Alpha", "1w", &["2026-03-01"]),
            routine("b", "Beta", "1w", &["2026-02-01"]),
            routine("c", "Gamma", "1m", &["2026-03-10"]),
            routine("e", "Delta", "2w", &["2026-03-12"]),
        ]);
        let states = routine_states(&p, d("2026-03-15"), &[]);
        let late: Vec<&str> = late(&states).iter().map(|r| r.id.as_str()).collect();
        assert_eq!(late, ["b", "a"]);
        assert_eq!(next_up(&states).map(|r| r.id.as_str()), Some("e"));
    }

    #[test]
    fn a_recorded_meeting_is_an_occurrence_and_attendance_counts_the_expected() {
        let mut r = routine("team-north", "North team meeting", "1w", &["2026-01-12"]);
        r.attendees = vec![Id::new("dana").unwrap(), Id::new("yossi").unwrap()];
        let meeting = |on: &str, who: &[&str]| crate::domain::model::Meeting {
            on: d(on),
            attendees: who.iter().map(|w| Id::new(w).unwrap()).collect(),
            minutes: Some(30),
            summary: None,
            decisions: Vec::new(),
            actions: Vec::new(),
        };
        r.meetings = vec![
            meeting("2026-01-19", &["dana", "yossi"]),
            // A guest does not make up for an expected person.
            meeting("2026-01-26", &["dana", "guest"]),
            // Who came was not written down: not counted.
            meeting("2026-02-02", &[]),
            // Later than today: neither an occurrence nor counted.
            meeting("2026-02-16", &["dana"]),
        ];
        let p = plan(vec![r.clone()]);
        let s = &routine_states(&p, d("2026-02-05"), &[])[0];
        assert_eq!(s.last, Some(d("2026-02-02")));
        assert_eq!(s.last_from.as_deref(), Some("meeting"));
        let a = s.attendance.unwrap();
        assert_eq!((a.meetings, a.full, a.present, a.expected), (2, 1, 3, 4));
        assert!((a.rate() - 0.75).abs() < 1e-9);
        r.attendees.clear();
        assert_eq!(attendance(&r, d("2026-02-05")), None);
    }
}
