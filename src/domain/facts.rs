//! Derived facts of DESIGN §3: overdue, expected now, metric state, target
//! realism, review due, slip and open actions.
//!
//! Every view (status, TUI, report, exceptions) asks these functions instead
//! of recomputing, so that a fact means the same thing everywhere. Nothing
//! here reads the clock: `today` is always passed in.

use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};

use serde::Serialize;

use super::model::{Direction, Metric, Milestone, Plan, Reading, Review, ReviewAction};
use super::planned;
use super::types::{Date, Id};

/// The guide used when plan.yaml sets no `target_guide` (DESIGN §1: ~120%).
pub const DEFAULT_GUIDE: f64 = 1.2;

/// A milestone is overdue when its due date is past and it is still open.
pub fn milestone_overdue(m: &Milestone, today: Date) -> bool {
    m.is_open() && m.due.is_some_and(|due| due < today)
}

/// The latest plan-wide reading. Readings with a unit belong to that unit's
/// breakdown only, so they never stand for the whole metric. Ties on the
/// date go to the later entry: it was written down last.
pub fn latest_reading(metric: &Metric) -> Option<&Reading> {
    latest_of(metric.readings.iter())
}

/// [`latest_reading`] among the readings taken on or before `day`: what
/// was known on that day (a review's draft, a past revision).
pub fn latest_reading_by(metric: &Metric, day: Date) -> Option<&Reading> {
    latest_of(metric.readings.iter().filter(|r| r.on <= day))
}

fn latest_of<'a>(readings: impl Iterator<Item = &'a Reading>) -> Option<&'a Reading> {
    readings
        .filter(|r| r.unit.is_none())
        .fold(None, |best: Option<&Reading>, r| match best {
            Some(b) if b.on > r.on => Some(b),
            _ => Some(r),
        })
}

/// The value the metric should have today: the baseline moved linearly
/// toward the target between `baseline.on` and `target.by`.
pub fn expected_now(metric: &Metric, today: Date) -> Option<f64> {
    match (metric.baseline, metric.target) {
        (None, None) => None,
        (Some(b), None) => Some(b.value),
        (None, Some(t)) => Some(t.value),
        (Some(b), Some(t)) => {
            if today <= b.on {
                Some(b.value)
            } else if today >= t.by {
                Some(t.value)
            } else {
                // Here b.on < today < t.by, so the span is at least two days.
                let span = b.on.days_until(t.by) as f64;
                let elapsed = b.on.days_until(today) as f64;
                Some(b.value + (t.value - b.value) * elapsed / span)
            }
        }
    }
}

/// The one state of a metric, in the order in which they are tested.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MetricState {
    NoData,
    Exception,
    Stale,
    Behind,
    OnTrack,
}

impl MetricState {
    pub fn as_str(self) -> &'static str {
        match self {
            MetricState::NoData => "no_data",
            MetricState::Exception => "exception",
            MetricState::Stale => "stale",
            MetricState::Behind => "behind",
            MetricState::OnTrack => "on_track",
        }
    }
}

/// The first state that applies: no_data, exception, stale, behind, on_track.
pub fn metric_state(metric: &Metric, today: Date) -> MetricState {
    let Some(latest) = latest_reading(metric) else {
        return MetricState::NoData;
    };
    if beyond_alert(metric, latest.value) {
        return MetricState::Exception;
    }
    if let Some(every) = metric.every {
        // A reading dated after today gives a negative age: never stale.
        let age = latest.on.days_until(today) as f64;
        if age > 1.5 * every.approx_days() {
            return MetricState::Stale;
        }
    }
    if let Some(expected) = expected_now(metric, today) {
        if behind_expected(metric.direction, latest.value, expected) {
            return MetricState::Behind;
        }
    }
    MetricState::OnTrack
}

/// Whether a reading of `value` is beyond the metric's `alert` (below it
/// when higher is better, above it when lower is better): an exception.
pub fn beyond_alert(metric: &Metric, value: f64) -> bool {
    metric
        .alert
        .is_some_and(|alert| is_worse(metric.direction, value, alert))
}

/// Whether `value` is worse than `expected` for this direction.
pub fn behind_expected(direction: Direction, value: f64, expected: f64) -> bool {
    // The interpolated value carries rounding noise: a reading equal to
    // the expected value on paper must not turn "behind".
    let tolerance = 1e-9 * expected.abs().max(1.0);
    let floor = match direction {
        Direction::Up => expected - tolerance,
        Direction::Down => expected + tolerance,
    };
    is_worse(direction, value, floor)
}

/// Whether `value` is strictly worse than `reference` for this direction.
pub fn is_worse(direction: Direction, value: f64, reference: f64) -> bool {
    match direction {
        Direction::Up => value < reference,
        Direction::Down => value > reference,
    }
}

pub use super::realism::{suggested_target, target_realism, Realism};

/// Rounds to two decimals, for display and JSON.
pub fn round2(value: f64) -> f64 {
    (value * 100.0).round() / 100.0
}

/// The reviews in date order (stable for reviews on the same day).
pub fn reviews_by_date(plan: &Plan) -> Vec<&Review> {
    let mut reviews: Vec<&Review> = plan.reviews.iter().collect();
    reviews.sort_by_key(|r| r.date);
    reviews
}

pub fn last_review(plan: &Plan) -> Option<&Review> {
    reviews_by_date(plan).pop()
}

/// The last review's date + `review_every`, or the plan's start +
/// `review_every` before the first review.
pub fn next_review_due(plan: &Plan) -> Option<Date> {
    let every = plan.meta.review_every?;
    let from = last_review(plan).map_or(plan.meta.start, |r| r.date);
    Some(every.after(from))
}

pub fn review_overdue(plan: &Plan, today: Date) -> bool {
    next_review_due(plan).is_some_and(|due| due < today)
}

/// (review date, forecast) for each review that forecasts milestone `id`.
pub fn milestone_trend(plan: &Plan, id: &str) -> Vec<(Date, Date)> {
    reviews_by_date(plan)
        .into_iter()
        .filter_map(|review| {
            let entry = review.milestones.iter().find(|m| m.id.as_str() == id)?;
            Some((review.date, entry.forecast?))
        })
        .collect()
}

/// Every milestone's trend at once, by milestone id: for each id, what
/// [`milestone_trend`] gives, in one pass over the reviews instead of one
/// per milestone (a plan may hold thousands). Ids that no review forecasts
/// are absent.
pub fn forecasts_by_milestone(plan: &Plan) -> HashMap<&str, Vec<(Date, Date)>> {
    let mut trends: HashMap<&str, Vec<(Date, Date)>> = HashMap::new();
    let mut seen: HashSet<&str> = HashSet::new();
    for review in reviews_by_date(plan) {
        seen.clear();
        for entry in &review.milestones {
            // Like `milestone_trend`, only the first entry of an id in a
            // review counts (a second one is a validation error).
            if !seen.insert(entry.id.as_str()) {
                continue;
            }
            if let Some(forecast) = entry.forecast {
                trends
                    .entry(entry.id.as_str())
                    .or_default()
                    .push((review.date, forecast));
            }
        }
    }
    trends
}

/// Days the milestone slipped: latest forecast minus its first planned
/// date (see [`super::planned`]). Positive means later.
pub fn slip_days(plan: &Plan, m: &Milestone) -> Option<i64> {
    let trend = milestone_trend(plan, m.id.as_str());
    slip_of(plan, m, &trend)
}

/// [`slip_days`] for callers that already hold the milestone's trend.
/// None when no review gave a forecast.
pub fn slip_of(plan: &Plan, m: &Milestone, trend: &[(Date, Date)]) -> Option<i64> {
    let baseline = planned::baseline(&plan.due_history, m, trend);
    planned::slip(&baseline, trend)
}

/// Each review action as the latest of `reviews` (in date order) that lists
/// it left it, with that review, in the order actions first appeared.
///
/// Reviews often carry an action over to the next one: the same text (up
/// to surrounding spaces) and owner is one action, and the latest review
/// that lists it says whether it is done.
pub fn latest_review_actions<'a>(
    reviews: impl IntoIterator<Item = &'a Review>,
) -> Vec<(&'a Review, &'a ReviewAction)> {
    latest_by_text_and_owner(
        reviews
            .into_iter()
            .flat_map(|review| review.actions.iter().map(move |a| (review, a))),
    )
}

/// Of `actions` in review order, the last entry of each action (same text
/// up to surrounding spaces, same owner), in the order actions first
/// appeared: the one rule of [`latest_review_actions`], for any tag.
fn latest_by_text_and_owner<'a, T>(
    actions: impl Iterator<Item = (T, &'a ReviewAction)>,
) -> Vec<(T, &'a ReviewAction)> {
    let mut latest: Vec<(T, &ReviewAction)> = Vec::new();
    // Where each action is in `latest`: a review may list 100,000 actions,
    // too many to look each one up by scanning.
    let mut at: HashMap<(&str, Option<&Id>), usize> = HashMap::new();
    for (tag, action) in actions {
        match at.entry((action.text.trim(), action.owner.as_ref())) {
            Entry::Occupied(entry) => {
                latest[*entry.get()] = (tag, action);
            }
            Entry::Vacant(entry) => {
                entry.insert(latest.len());
                latest.push((tag, action));
            }
        }
    }
    latest
}

/// Where an action is written in the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ActionAt {
    /// `plan.milestones.milestones[m].actions[a]`.
    Milestone(usize, usize),
    /// `plan.reviews[r].actions[a]`: the latest review that lists it.
    Review(usize, usize),
    /// `plan.incidents.incidents[i].actions[a]`.
    Incident(usize, usize),
    /// `plan.committee.routines[r].meetings[m].actions[a]`.
    Meeting(usize, usize, usize),
}

/// One action of the plan, from a milestone or a review, as every view
/// counts it (see [`plan_actions`]).
#[derive(Clone, Debug, PartialEq)]
pub struct PlanAction<'a> {
    pub at: ActionAt,
    pub text: &'a str,
    pub owner: Option<&'a Id>,
    pub due: Option<Date>,
    pub done: bool,
    /// Still to do: not done, and (for a milestone's action) its milestone
    /// neither done nor cancelled.
    pub open: bool,
    /// The metric or milestone a review action corrects; a milestone's
    /// actions belong to their milestone.
    pub metric: Option<&'a Id>,
    pub milestone: Option<&'a Id>,
    /// The review's date, for a review action.
    pub review: Option<Date>,
    /// The incident's id, for an incident's action item.
    pub incident: Option<&'a Id>,
    /// The routine's id and the meeting's date, for a meeting's action.
    pub meeting: Option<(&'a Id, Date)>,
}

impl PlanAction<'_> {
    /// Open and past its due date on `today`.
    pub fn late(&self, today: Date) -> bool {
        self.open && self.due.is_some_and(|d| d < today)
    }
}

/// Every action of the plan: review actions first (each once, as the
/// latest review that lists it left it; see [`latest_review_actions`]),
/// then milestones' actions, each in the order it first appeared, then the
/// actions of the routines' meetings and of the incidents, in file order.
pub fn plan_actions(plan: &Plan) -> Vec<PlanAction<'_>> {
    plan_action_places(plan)
        .into_iter()
        .filter_map(|at| plan_action(plan, at))
        .collect()
}

/// Where each of [`plan_actions`] is written, in the same order, without
/// what it says: a list that shows a few of them (or filters them on one
/// of their fields) reads the others only as far as it needs.
pub fn plan_action_places(plan: &Plan) -> Vec<ActionAt> {
    let mut order: Vec<usize> = (0..plan.reviews.len()).collect();
    order.sort_by_key(|r| plan.reviews[*r].date);
    let from_reviews = latest_by_text_and_owner(order.into_iter().flat_map(|r| {
        plan.reviews[r]
            .actions
            .iter()
            .enumerate()
            .map(move |(a, action)| (ActionAt::Review(r, a), action))
    }))
    .into_iter()
    .map(|(at, _)| at);
    let from_milestones =
        plan.milestones
            .milestones
            .iter()
            .enumerate()
            .flat_map(|(m, milestone)| {
                (0..milestone.actions.len()).map(move |a| ActionAt::Milestone(m, a))
            });
    let from_meetings = plan
        .committee
        .routines
        .iter()
        .enumerate()
        .flat_map(|(r, routine)| {
            routine
                .meetings
                .iter()
                .enumerate()
                .flat_map(move |(m, meeting)| {
                    (0..meeting.actions.len()).map(move |a| ActionAt::Meeting(r, m, a))
                })
        });
    let from_incidents = plan
        .incidents
        .incidents
        .iter()
        .enumerate()
        .flat_map(|(i, incident)| {
            (0..incident.actions.len()).map(move |a| ActionAt::Incident(i, a))
        });
    from_reviews
        .chain(from_milestones)
        .chain(from_meetings)
        .chain(from_incidents)
        .collect()
}

/// The action written at `at`, with what [`plan_actions`] knows of it.
/// (A review action that a later review lists again is not one of
/// [`plan_actions`]: the later one is.)
pub fn plan_action(plan: &Plan, at: ActionAt) -> Option<PlanAction<'_>> {
    match at {
        ActionAt::Review(r, a) => {
            let review = plan.reviews.get(r)?;
            Some(PlanAction {
                review: Some(review.date),
                ..action_item(at, review.actions.get(a)?)
            })
        }
        ActionAt::Milestone(m, a) => {
            let milestone = plan.milestones.milestones.get(m)?;
            let action = milestone.actions.get(a)?;
            Some(PlanAction {
                at,
                text: &action.title,
                owner: action.owner.as_ref(),
                due: action.due,
                done: action.done,
                open: !action.done && milestone.is_open(),
                metric: None,
                milestone: Some(&milestone.id),
                review: None,
                incident: None,
                meeting: None,
            })
        }
        ActionAt::Incident(i, a) => {
            let incident = plan.incidents.incidents.get(i)?;
            Some(PlanAction {
                incident: Some(&incident.id),
                ..action_item(at, incident.actions.get(a)?)
            })
        }
        ActionAt::Meeting(r, m, a) => {
            let routine = plan.committee.routines.get(r)?;
            let meeting = routine.meetings.get(m)?;
            Some(PlanAction {
                meeting: Some((&routine.id, meeting.on)),
                ..action_item(at, meeting.actions.get(a)?)
            })
        }
    }
}

/// An action item (of a review, a meeting or an incident) as a
/// [`PlanAction`], its source left for the caller to name.
fn action_item(at: ActionAt, action: &ReviewAction) -> PlanAction<'_> {
    PlanAction {
        at,
        text: &action.text,
        owner: action.owner.as_ref(),
        due: action.due,
        done: action.done,
        open: !action.done,
        metric: action.metric.as_ref(),
        milestone: action.milestone.as_ref(),
        review: None,
        incident: None,
        meeting: None,
    }
}

/// An action not done yet, from a review or a milestone.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OpenAction {
    pub text: String,
    pub owner: Option<Id>,
    pub due: Option<Date>,
    /// Where it comes from, e.g. "review 2026-03-31", "milestone
    /// crm-case-view", "meeting team-meeting 2026-11-23" or "incident
    /// lines-down".
    pub source: String,
}

/// Open review actions (see [`latest_review_actions`]), then open actions
/// of open milestones. Actions keep the order in which they first appeared.
pub fn open_actions(plan: &Plan) -> Vec<OpenAction> {
    plan_actions(plan)
        .into_iter()
        .filter(|a| a.open)
        .map(|a| OpenAction {
            text: a.text.to_string(),
            owner: a.owner.cloned(),
            due: a.due,
            source: match (a.review, a.meeting, a.incident, a.milestone) {
                (Some(date), ..) => format!("review {date}"),
                (None, Some((routine, on)), ..) => format!("meeting {routine} {on}"),
                (None, None, Some(id), _) => format!("incident {id}"),
                (None, None, None, Some(id)) => format!("milestone {id}"),
                (None, None, None, None) => String::new(),
            },
        })
        .collect()
}

#[cfg(test)]
mod tests;
