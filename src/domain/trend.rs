//! Trends over time, behind `charter trend`, and meant for the UI's History
//! tab and the report: how each milestone's forecast moved from review to
//! review, and how a metric's readings went against its trajectory.
//!
//! Only the derived facts of [`super::facts`] are used here (milestone
//! trend, slip, expected value, alert, state), so a trend never disagrees
//! with `status`. Nothing here draws or formats: the structs serialize to
//! the JSON of `charter trend … --format json` and every view renders them.

use serde::Serialize;

use super::facts::{self, MetricState};
use super::model::{Baseline, Direction, Metric, Plan, Status, Target};
use super::planned::{self, Replan};
use super::types::{Date, Id};

/// A milestone's forecast at one review.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Forecast {
    /// The review's date.
    pub review: Date,
    /// The completion date the review forecast.
    pub forecast: Date,
}

/// How one milestone's forecast moved across the reviews.
///
/// `id`, `forecasts` and `slip_days` are the keys DESIGN §4 fixes for
/// `charter trend milestones --format json`; the others are extras.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MilestoneTrend {
    pub id: Id,
    pub title: String,
    pub status: Status,
    pub due: Option<Date>,
    /// One entry per review that forecast the milestone, oldest first.
    pub forecasts: Vec<Forecast>,
    /// Latest forecast minus the first planned date (`planned`); None when
    /// no review gave a forecast.
    pub slip_days: Option<i64>,
    /// The first planned date, read from history: the `due` the milestone
    /// had when it first appeared, else its first forecast.
    pub planned: Option<Date>,
    /// How often the due date was moved since it was first planned.
    pub replans: usize,
    /// Net days the due date was moved (positive: later), 0 without replans.
    pub replan_days: i64,
    /// Each move of the due date, oldest first.
    pub due_changes: Vec<Replan>,
}

impl MilestoneTrend {
    /// The forecast of the latest review that gave one.
    pub fn latest(&self) -> Option<Date> {
        self.forecasts.last().map(|f| f.forecast)
    }
}

/// The trend of every milestone of the plan, in file order.
///
/// Milestones that no review forecast are included, with no forecasts and
/// no slip: a script sees every milestone, and a milestone the committee
/// never looked at is worth noticing. Forecasts for ids that are not in
/// milestones.yaml (a validation error) are left out.
pub fn milestone_trends(plan: &Plan) -> Vec<MilestoneTrend> {
    let mut by_id = facts::forecasts_by_milestone(plan);
    plan.milestones
        .milestones
        .iter()
        .map(|m| {
            // A duplicate id (a validation error) gets its trend once.
            let trend = by_id.remove(m.id.as_str()).unwrap_or_default();
            let baseline = planned::baseline(&plan.due_history, m, &trend);
            MilestoneTrend {
                id: m.id.clone(),
                title: m.title.clone(),
                status: m.status,
                due: m.due,
                slip_days: planned::slip(&baseline, &trend),
                planned: baseline.planned,
                replans: baseline.replans.len(),
                replan_days: baseline.replanned_days(),
                due_changes: baseline.replans,
                forecasts: trend
                    .into_iter()
                    .map(|(review, forecast)| Forecast { review, forecast })
                    .collect(),
            }
        })
        .collect()
}

/// How one reading compares with the trajectory on its date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReadingState {
    /// At least as good as expected on that date.
    OnTrack,
    /// Worse than expected on that date.
    Behind,
    /// Beyond the alert value; wins over behind, as for a metric's state.
    Exception,
}

impl ReadingState {
    pub fn as_str(self) -> &'static str {
        match self {
            ReadingState::OnTrack => "on_track",
            ReadingState::Behind => "behind",
            ReadingState::Exception => "exception",
        }
    }
}

/// One plan-wide reading with the value expected on its date.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ReadingPoint {
    pub on: Date,
    pub value: f64,
    /// The trajectory's value on `on`, rounded to 2 decimals; None when the
    /// metric has neither baseline nor target.
    pub expected: Option<f64>,
    /// `value - expected`, rounded to 2 decimals (its sign is not "better"
    /// or "worse": that depends on the direction, see `state`).
    pub difference: Option<f64>,
    pub state: ReadingState,
}

/// A metric's readings against its trajectory and alert.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MetricTrend {
    pub metric: Id,
    pub name: String,
    pub unit: Option<String>,
    pub direction: Direction,
    pub baseline: Option<Baseline>,
    pub target: Option<Target>,
    pub alert: Option<f64>,
    /// The date the overall state is for.
    pub today: Date,
    /// The metric's one state on `today` (DESIGN §3), as `status` shows it.
    pub state: MetricState,
    /// The value expected on `today`, rounded to 2 decimals.
    pub expected_now: Option<f64>,
    /// Plan-wide readings (those without a `unit`) by date; readings on the
    /// same day keep their file order.
    pub readings: Vec<ReadingPoint>,
}

/// The trend of one metric as of `today`.
pub fn metric_trend(metric: &Metric, today: Date) -> MetricTrend {
    // Readings with a unit count only for that unit's breakdown (DESIGN §3).
    let mut readings: Vec<_> = metric
        .readings
        .iter()
        .filter(|r| r.unit.is_none())
        .collect();
    readings.sort_by_key(|r| r.on);
    MetricTrend {
        metric: metric.id.clone(),
        name: metric.name.clone(),
        unit: metric.unit.clone(),
        direction: metric.direction,
        baseline: metric.baseline,
        target: metric.target,
        alert: metric.alert,
        today,
        state: facts::metric_state(metric, today),
        expected_now: facts::expected_now(metric, today).map(facts::round2),
        readings: readings
            .into_iter()
            .map(|r| {
                let expected = facts::expected_now(metric, r.on);
                let state = if facts::beyond_alert(metric, r.value) {
                    ReadingState::Exception
                } else if expected
                    .is_some_and(|e| facts::behind_expected(metric.direction, r.value, e))
                {
                    ReadingState::Behind
                } else {
                    ReadingState::OnTrack
                };
                ReadingPoint {
                    on: r.on,
                    value: r.value,
                    expected: expected.map(facts::round2),
                    difference: expected.map(|e| no_negative_zero(facts::round2(r.value - e))),
                    state,
                }
            })
            .collect(),
    }
}

/// The corners of the trajectory between `from` and `to` (both included):
/// (date, expected value) at `from`, `baseline.on`, `target.by` and `to`
/// when they fall in between. Joined by straight lines they give the
/// expected value on every day, as [`facts::expected_now`] computes it.
/// Empty when the metric has neither baseline nor target.
pub fn trajectory(metric: &Metric, from: Date, to: Date) -> Vec<(Date, f64)> {
    let mut corners = vec![from, to];
    corners.extend(metric.baseline.map(|b| b.on));
    corners.extend(metric.target.map(|t| t.by));
    corners.retain(|d| from <= *d && *d <= to);
    corners.sort();
    corners.dedup();
    corners
        .into_iter()
        .filter_map(|d| Some((d, facts::expected_now(metric, d)?)))
        .collect()
}

/// A difference that rounds to zero from below is `-0`, which JSON and text
/// would show as `-0.0`; adding 0.0 turns it into a plain 0.
fn no_negative_zero(value: f64) -> f64 {
    value + 0.0
}

#[cfg(test)]
mod tests;
