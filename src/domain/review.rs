//! Milestone reviews as the steering committee holds them: the draft a new
//! review starts from, and the one line that sums a review up.
//!
//! `charter review` and the TUI's review screen both build on these, so a
//! draft and a summary mean the same thing everywhere. Nothing here reads
//! the clock or the disk: the review's date is passed in.

use super::facts;
use super::model::{Health, Milestone, Plan, Review, ReviewMetric, ReviewMilestone, Status};
use super::types::Date;

/// The review of `date`, pre-filled from the plan as it stands:
///
/// - every open milestone (not done or cancelled), in the plan's order,
///   with the health, progress and forecast of its latest entry in an
///   earlier review (see [`draft_milestone`]);
/// - each metric's latest plan-wide reading on or before `date`, a
///   survey's score included (metrics with none are left out: there is
///   nothing to show the committee);
/// - the actions of earlier reviews that are still open, carried over as
///   the latest review listing each left it (see
///   [`facts::latest_review_actions`]);
/// - the committee's members as attendees, and a title numbered like the
///   example plan's ("Steering review 4" for the fourth review).
///
/// Decisions and the summary start empty: they are what the meeting adds.
/// The draft has no `file` yet; the store saves it as `reviews/DATE.yaml`.
pub fn draft(plan: &Plan, date: Date) -> Review {
    let earlier: Vec<&Review> = facts::reviews_by_date(plan)
        .into_iter()
        .filter(|r| r.date < date)
        .collect();
    let milestones = plan
        .milestones
        .milestones
        .iter()
        .filter(|m| m.is_open())
        .map(|m| draft_milestone(m, &earlier, date))
        .collect();
    // A survey's score is a reading of its metric here too.
    let figures = super::surveys::figures(plan);
    let metrics = figures
        .metrics
        .metrics
        .iter()
        .filter_map(|m| {
            Some(ReviewMetric {
                id: m.id.clone(),
                value: facts::latest_reading_by(m, date)?.value,
                note: None,
            })
        })
        .collect();
    let actions = facts::latest_review_actions(earlier.iter().copied())
        .into_iter()
        .filter(|(_, action)| !action.done)
        .map(|(_, action)| action.clone())
        .collect();
    Review {
        file: String::new(),
        date,
        title: Some(draft_title(plan, earlier.len() + 1)),
        attendees: plan
            .committee
            .members
            .iter()
            .map(|m| m.id.clone())
            .collect(),
        milestones,
        metrics,
        decisions: Vec::new(),
        actions,
        summary: None,
    }
}

/// "Steering review 3": a draft's title, in the plan's own language (it
/// is written into the plan, whatever language the command speaks).
fn draft_title(plan: &Plan, n: usize) -> String {
    let mut args = crate::i18n::Args::new();
    args.set("count", crate::i18n::Value::from(n));
    crate::i18n::message_in(
        plan.meta.language.unwrap_or_default(),
        "cli-review-draft-title",
        Some(&args),
    )
}

/// A milestone's entry in the draft of a review on `date`, given the
/// reviews before it (in date order).
///
/// Health comes from the latest earlier entry, unless the milestone's
/// status has since made it wrong (`not_started` while the work has begun,
/// `done` while the milestone is open again): then it is derived afresh
/// with [`derived_health`], as for a milestone no review has covered yet.
/// Progress and forecast are the latest ones any earlier review gave (a
/// review may have skipped them), else 0 and the milestone's `due`; an open
/// milestone's forecast is never before `date` (see [`draft_forecast`]). The
/// note is not carried over: it explained the state at that review.
pub fn draft_milestone(m: &Milestone, earlier: &[&Review], date: Date) -> ReviewMilestone {
    let entries: Vec<&ReviewMilestone> = earlier
        .iter()
        .filter_map(|r| r.milestones.iter().find(|e| e.id == m.id))
        .collect();
    let stale = |health: Health| match health {
        Health::NotStarted => m.status != Status::Planned,
        Health::Done => m.is_open(),
        _ => false,
    };
    let health = match entries.last() {
        Some(last) if !stale(last.health) => last.health,
        _ => derived_health(m, date),
    };
    ReviewMilestone {
        id: m.id.clone(),
        health,
        progress: Some(entries.iter().rev().find_map(|e| e.progress).unwrap_or(0)),
        forecast: draft_forecast(m, &entries, date),
        note: None,
    }
}

/// The forecast a draft proposes: the latest earlier forecast, else the
/// `due` date; for an open milestone never before the review's own date,
/// since a milestone not done yet cannot finish in the past. An overdue
/// milestone so gets the review date, and its slip shows, instead of its
/// passed due date and a slip of 0.
fn draft_forecast(m: &Milestone, entries: &[&ReviewMilestone], date: Date) -> Option<Date> {
    let last = entries.iter().rev().find_map(|e| e.forecast).or(m.due);
    if m.is_open() {
        last.map(|f| f.max(date))
    } else {
        last
    }
}

/// The health a milestone's status implies on `date`, when no review says
/// better:
///
/// - past its `due` date and still open: `off_track`, whatever the status
///   (it has already missed its date);
/// - `planned`: `not_started`; `in_progress`: `on_track`; `done`: `done`;
/// - `blocked`: `at_risk`. A blocked milestone is not moving, so it is not
///   on track; but whether it will miss its date depends on how long the
///   block lasts, which is the committee's call. `at_risk` puts it on the
///   agenda without claiming a miss the plan does not show yet.
/// - `cancelled` (never drafted): `not_started`.
pub fn derived_health(m: &Milestone, date: Date) -> Health {
    if facts::milestone_overdue(m, date) {
        return Health::OffTrack;
    }
    match m.status {
        Status::Planned | Status::Cancelled => Health::NotStarted,
        Status::InProgress => Health::OnTrack,
        Status::Blocked => Health::AtRisk,
        Status::Done => Health::Done,
    }
}

/// The healths in the order summaries list them (the order of DESIGN §2).
pub const HEALTHS: [Health; 5] = [
    Health::OnTrack,
    Health::AtRisk,
    Health::OffTrack,
    Health::Done,
    Health::NotStarted,
];

/// A health as people say it: "on track", "not started".
pub fn health_label(health: Health) -> &'static str {
    match health {
        Health::OnTrack => "on track",
        Health::AtRisk => "at risk",
        Health::OffTrack => "off track",
        Health::Done => "done",
        Health::NotStarted => "not started",
    }
}

/// The line that sums a review up, and the message of the commit that
/// closes it: `review 2026-03-31: 4 on track, 1 at risk, 1 off track;
/// 2 decisions, 3 actions`.
///
/// The milestones part counts the review's milestone entries by health, in
/// the order of [`HEALTHS`], leaving out the healths no entry has (so a
/// count is never 0); a review without milestone entries says "no
/// milestones". The second part always gives both counts, 0 included:
/// every decision of the review, and every action it lists (carried-over
/// ones too, done or not). Nouns are singular for 1.
pub fn summary_line(review: &Review) -> String {
    format!("review {}: {}", review.date, summary_counts(review))
}

/// The message of a commit that changes a review already closed:
/// `review 2026-03-31 amended: …`, then the counts of [`summary_line`].
pub fn amendment_line(review: &Review) -> String {
    format!("review {} amended: {}", review.date, summary_counts(review))
}

/// How many of the review's milestone entries have each health, in the
/// order of [`HEALTHS`], the healths no entry has left out.
pub fn health_counts(review: &Review) -> impl Iterator<Item = (Health, usize)> + '_ {
    HEALTHS.into_iter().filter_map(|health| {
        let n = review
            .milestones
            .iter()
            .filter(|e| e.health == health)
            .count();
        (n > 0).then_some((health, n))
    })
}

fn summary_counts(review: &Review) -> String {
    let healths: Vec<String> = health_counts(review)
        .map(|(health, n)| format!("{n} {}", health_label(health)))
        .collect();
    let milestones = if healths.is_empty() {
        "no milestones".to_string()
    } else {
        healths.join(", ")
    };
    format!(
        "{milestones}; {}, {}",
        plural(review.decisions.len(), "decision"),
        plural(review.actions.len(), "action")
    )
}

/// "1 decision", "0 decisions", "3 decisions".
pub fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

#[cfg(test)]
mod tests;
