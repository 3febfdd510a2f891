//! The one-screen status of a plan, behind `charter status` and the
//! Overview tab.
//!
//! `PlanStatus` serializes to the JSON of DESIGN §4, which scripts rely on:
//! fields may be added, never renamed. Rendering as text or markdown happens
//! in the CLI from this same struct, so every format shows the same facts.

use serde::Serialize;

use super::breakdown::{self, UnitResult};
use super::facts::{self, MetricState, OpenAction};
use super::model::{Direction, Period, Plan, Status};
use super::routines::{self, CommitNote, RoutineState};
use super::skills::{self, SkillMean};
use super::surveys::{self, SurveyState};
use super::types::{Date, Id};
use super::workshops::{self, ToolTrial};

/// How many upcoming milestones `next_due` lists.
const NEXT_DUE: usize = 5;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PlanStatus {
    pub today: Date,
    pub plan: PlanInfo,
    pub milestones: MilestonesStatus,
    pub metrics: Vec<MetricStatus>,
    pub reviews: ReviewsStatus,
    /// The number of open actions (DESIGN §4 fixes this key as a count).
    pub open_actions: usize,
    pub open_actions_list: Vec<OpenAction>,
    /// Management routines: last held, next due, late.
    pub routines: Vec<RoutineState>,
    /// Workshop tools with their trial, its state and the linked metric's
    /// mean before and during it.
    pub tools: Vec<ToolTrial>,
    /// Per unit, its latest quarter of skill assessments and the weakest
    /// skills then.
    pub skills: Vec<UnitSkillsSummary>,
    pub errors: usize,
    pub warnings: usize,
    /// Each kind surveyed (customers, employees, managers): its last
    /// survey and when the next is due.
    pub surveys: Vec<SurveyState>,
    /// How often each kind is surveyed (surveys.yaml `every`, 6m by default).
    pub survey_every: String,
    /// The incidents that happened by today and are still open: not
    /// investigated, or with an action not done.
    pub incidents: Vec<IncidentStatus>,
    /// Reps in training and certifications due, coaching overdue and
    /// proposed; left out when people.yaml lists no reps and no coaching.
    #[serde(skip_serializing_if = "super::people::PeopleStatus::is_empty")]
    pub people: super::people::PeopleStatus,
    /// Praise this quarter and the last, praise not passed on, the latest
    /// service heroes, hero candidates and the next Customer Service Week;
    /// left out when recognition.yaml records nothing.
    #[serde(skip_serializing_if = "super::recognition::RecognitionStatus::is_empty")]
    pub recognition: super::recognition::RecognitionStatus,
}

/// An open incident, as the status lists it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct IncidentStatus {
    pub id: Id,
    pub on: Date,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<Id>,
    pub investigated: bool,
    /// Its action items not done yet.
    pub open_actions: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct UnitSkillsSummary {
    pub unit: String,
    pub name: Option<String>,
    /// The unit's latest quarter with assessments, e.g. "2026-Q2".
    pub period: String,
    pub reps: usize,
    pub weakest: Vec<SkillMean>,
}

fn skills_summary(plan: &Plan) -> Vec<UnitSkillsSummary> {
    skills::unit_skills(plan, Period::Quarter, None)
        .into_iter()
        .filter_map(|u| {
            let latest = u.periods.last()?;
            Some(UnitSkillsSummary {
                period: latest.period.clone(),
                reps: latest.reps,
                unit: u.unit,
                name: u.name,
                weakest: u.weakest,
            })
        })
        .collect()
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PlanInfo {
    pub id: Id,
    pub title: String,
    pub start: Date,
    pub end: Date,
    /// Days from start to end.
    pub days_total: i64,
    /// Days from start to today, held within 0..=days_total.
    pub days_elapsed: i64,
    /// Days from today to end, never below 0.
    pub days_left: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MilestonesStatus {
    pub total: usize,
    pub by_status: ByStatus,
    /// Ids of overdue milestones, the longest overdue first.
    pub overdue: Vec<Id>,
    pub next_due: Vec<NextDue>,
    /// Open milestones whose forecast moved later than first planned.
    pub slipped: Vec<Slipped>,
}

/// A count for every status, zeros included, in the order of the workflow.
/// A struct rather than a map so that the JSON keys and their order are fixed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ByStatus {
    pub planned: usize,
    pub in_progress: usize,
    pub done: usize,
    pub blocked: usize,
    pub cancelled: usize,
}

impl ByStatus {
    pub fn get(&self, status: Status) -> usize {
        match status {
            Status::Planned => self.planned,
            Status::InProgress => self.in_progress,
            Status::Done => self.done,
            Status::Blocked => self.blocked,
            Status::Cancelled => self.cancelled,
        }
    }

    fn count(&mut self, status: Status) {
        let slot = match status {
            Status::Planned => &mut self.planned,
            Status::InProgress => &mut self.in_progress,
            Status::Done => &mut self.done,
            Status::Blocked => &mut self.blocked,
            Status::Cancelled => &mut self.cancelled,
        };
        *slot += 1;
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NextDue {
    pub id: Id,
    pub due: Date,
    pub title: String,
    /// Days from today to the due date (0 = due today).
    pub in_days: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Slipped {
    pub id: Id,
    pub slip_days: i64,
    /// How many reviews gave a forecast.
    pub reviews: usize,
    /// How many times the due date was moved since it was first planned.
    pub replans: usize,
    /// By how many days in all (later is positive).
    pub replan_days: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MetricStatus {
    pub id: Id,
    pub name: String,
    pub unit: Option<String>,
    pub direction: Direction,
    pub state: MetricState,
    pub baseline: Option<f64>,
    pub latest: Option<f64>,
    /// Expected now, rounded to 2 decimals.
    pub expected: Option<f64>,
    pub target: Option<f64>,
    pub latest_on: Option<Date>,
    /// Each unit against its own target (metrics.yaml `breakdown`).
    pub breakdown: Vec<UnitResult>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ReviewsStatus {
    pub last: Option<Date>,
    pub next_due: Option<Date>,
    pub overdue: bool,
    /// How many reviews were held.
    pub held: usize,
}

/// The plan's status as of `today`; `errors` and `warnings` come from
/// validation, which the caller has already run.
pub fn plan_status(plan: &Plan, today: Date, errors: usize, warnings: usize) -> PlanStatus {
    plan_status_with(plan, today, errors, warnings, &[])
}

/// [`plan_status`], with the repository's commit messages, where a
/// routine may be named as held.
pub fn plan_status_with(
    plan: &Plan,
    today: Date,
    errors: usize,
    warnings: usize,
    commits: &[CommitNote],
) -> PlanStatus {
    // Survey scores are readings of their metrics (surveys::figures).
    let figures = super::surveys::figures(plan);
    let plan = &*figures;
    let open_actions = facts::open_actions(plan);
    PlanStatus {
        today,
        plan: plan_info(plan, today),
        milestones: milestones_status(plan, today),
        metrics: plan
            .metrics
            .metrics
            .iter()
            .map(|m| {
                let latest = facts::latest_reading(m);
                MetricStatus {
                    id: m.id.clone(),
                    name: m.name.clone(),
                    unit: m.unit.clone(),
                    direction: m.direction,
                    state: facts::metric_state(m, today),
                    baseline: m.baseline.map(|b| b.value),
                    latest: latest.map(|r| r.value),
                    expected: facts::expected_now(m, today).map(facts::round2),
                    target: m.target.map(|t| t.value),
                    latest_on: latest.map(|r| r.on),
                    breakdown: breakdown::breakdown(plan, m, today),
                }
            })
            .collect(),
        reviews: ReviewsStatus {
            last: facts::last_review(plan).map(|r| r.date),
            next_due: facts::next_review_due(plan),
            overdue: facts::review_overdue(plan, today),
            held: plan.reviews.len(),
        },
        open_actions: open_actions.len(),
        open_actions_list: open_actions,
        routines: routines::routine_states(plan, today, commits),
        tools: workshops::tool_trials(plan, today),
        skills: skills_summary(plan),
        errors,
        warnings,
        surveys: surveys::survey_states(plan, today),
        survey_every: plan.surveys.cadence().to_string(),
        incidents: super::report::open_incidents(plan, today)
            .map(|x| IncidentStatus {
                id: x.id.clone(),
                on: x.on,
                title: x.title.clone(),
                owner: x.owner.clone(),
                investigated: x.is_investigated(),
                open_actions: x.actions.iter().filter(|a| !a.done).count(),
            })
            .collect(),
        people: super::people::status(plan, today),
        recognition: super::recognition::status(plan, today),
    }
}

fn plan_info(plan: &Plan, today: Date) -> PlanInfo {
    let meta = &plan.meta;
    // An end before the start is a validation error; show zero days then.
    let days_total = meta.start.days_until(meta.end).max(0);
    PlanInfo {
        id: meta.id.clone(),
        title: meta.title.clone(),
        start: meta.start,
        end: meta.end,
        days_total,
        days_elapsed: meta.start.days_until(today).clamp(0, days_total),
        days_left: today.days_until(meta.end).max(0),
    }
}

fn milestones_status(plan: &Plan, today: Date) -> MilestonesStatus {
    let all = &plan.milestones.milestones;
    let mut by_status = ByStatus::default();
    for m in all {
        by_status.count(m.status);
    }
    // Stable sorts: milestones due the same day keep their file order.
    let mut overdue: Vec<_> = all
        .iter()
        .filter(|m| facts::milestone_overdue(m, today))
        .collect();
    overdue.sort_by_key(|m| m.due);
    let mut upcoming: Vec<(Date, &_)> = all
        .iter()
        .filter(|m| m.is_open())
        .filter_map(|m| m.due.filter(|due| *due >= today).map(|due| (due, m)))
        .collect();
    upcoming.sort_by_key(|(due, _)| *due);
    // Every milestone's forecasts in one pass over the reviews: asking
    // review by review for each of thousands of milestones is quadratic.
    let forecasts = facts::forecasts_by_milestone(plan);
    let slipped = all
        .iter()
        .filter(|m| m.is_open())
        .filter_map(|m| {
            let trend = forecasts.get(m.id.as_str()).map_or(&[][..], Vec::as_slice);
            let baseline = super::planned::baseline(&plan.due_history, m, trend);
            let days = super::planned::slip(&baseline, trend).filter(|d| *d > 0)?;
            Some(Slipped {
                id: m.id.clone(),
                slip_days: days,
                reviews: trend.len(),
                replans: baseline.replans.len(),
                replan_days: baseline.replanned_days(),
            })
        })
        .collect();
    MilestonesStatus {
        total: all.len(),
        by_status,
        overdue: overdue.into_iter().map(|m| m.id.clone()).collect(),
        next_due: upcoming
            .into_iter()
            .take(NEXT_DUE)
            .map(|(due, m)| NextDue {
                id: m.id.clone(),
                due,
                title: m.title.clone(),
                in_days: today.days_until(due),
            })
            .collect(),
        slipped,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn sample() -> Plan {
        let ms: Vec<Value> = [
            ("a", "2026-03-01", "in_progress"),
            ("b", "2026-02-01", "blocked"),
            ("c", "2026-02-01", "done"),
            ("d", "2026-04-20", "planned"),
            ("e", "2026-04-15", "planned"),
            ("f", "2026-04-15", "cancelled"),
            ("g", "2026-05-01", "planned"),
            ("h", "2026-06-01", "planned"),
            ("i", "2026-07-01", "planned"),
            ("j", "2026-08-01", "planned"),
        ]
        .iter()
        .map(|(id, due, status)| json!({"id": id, "title": id.to_uppercase(), "due": due, "status": status}))
        .collect();
        let mut milestones = json!({ "milestones": ms });
        milestones["milestones"][1]["actions"] = json!([{"title": "Unblock", "owner": "dana"}]);
        Plan {
            meta: serde_json::from_value(json!({"schema": 1, "id": "acme", "title": "Acme",
                "start": "2026-01-05", "end": "2026-12-31", "review_every": "4w"}))
            .unwrap(),
            milestones: serde_json::from_value(milestones).unwrap(),
            metrics: serde_json::from_value(json!({"metrics": [
                {"id": "fcr", "name": "FCR", "unit": "%", "direction": "up",
                 "baseline": {"value": 60, "on": "2026-01-01"}, "target": {"value": 75, "by": "2026-10-01"},
                 "readings": [{"on": "2026-03-31", "value": 66}]},
                {"id": "enps", "name": "eNPS", "direction": "up"},
            ]}))
            .unwrap(),
            reviews: vec![serde_json::from_value(json!({"date": "2026-03-10",
                "milestones": [{"id": "a", "health": "at_risk", "forecast": "2026-03-21"}],
                "actions": [{"text": "Call vendor", "owner": "moshe"}]}))
            .unwrap()],
            ..Plan::default()
        }
    }

    #[test]
    fn json_has_the_keys_of_design_section_4() {
        let status = plan_status(&sample(), d("2026-04-15"), 2, 3);
        let v = serde_json::to_value(&status).unwrap();
        let keys = |v: &Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
        assert_eq!(
            keys(&v),
            [
                "today",
                "plan",
                "milestones",
                "metrics",
                "reviews",
                "open_actions",
                "open_actions_list",
                "routines",
                "tools",
                "skills",
                "errors",
                "warnings",
                "surveys",
                "survey_every",
                "incidents"
            ]
        );
        assert_eq!(v["today"], json!("2026-04-15"));
        assert_eq!(
            v["plan"],
            json!({"id": "acme", "title": "Acme", "start": "2026-01-05", "end": "2026-12-31",
                   "days_total": 360, "days_elapsed": 100, "days_left": 260})
        );
        let ms = &v["milestones"];
        assert_eq!(ms["total"], json!(10));
        assert_eq!(
            ms["by_status"],
            json!({"planned": 6, "in_progress": 1, "done": 1, "blocked": 1, "cancelled": 1})
        );
        assert_eq!(
            keys(&ms["by_status"]),
            ["planned", "in_progress", "done", "blocked", "cancelled"]
        );
        assert_eq!(ms["overdue"], json!(["b", "a"]));
        let next: Vec<(&str, &str)> = ms["next_due"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| (n["id"].as_str().unwrap(), n["due"].as_str().unwrap()))
            .collect();
        assert_eq!(
            next,
            [
                ("e", "2026-04-15"),
                ("d", "2026-04-20"),
                ("g", "2026-05-01"),
                ("h", "2026-06-01"),
                ("i", "2026-07-01")
            ]
        );
        assert_eq!(ms["next_due"][0]["in_days"], json!(0));
        assert_eq!(
            ms["slipped"],
            json!([{"id": "a", "slip_days": 20, "reviews": 1, "replans": 0, "replan_days": 0}])
        );
        assert_eq!(
            v["reviews"],
            json!({"last": "2026-03-10", "next_due": "2026-04-07", "overdue": true, "held": 1})
        );
        assert_eq!(v["open_actions"], json!(2));
        assert_eq!(
            v["open_actions_list"][0]["source"],
            json!("review 2026-03-10")
        );
        assert_eq!(v["open_actions_list"][1]["source"], json!("milestone b"));
        assert_eq!(
            (v["errors"].clone(), v["warnings"].clone()),
            (json!(2), json!(3))
        );
    }

    #[test]
    fn metric_entries_hold_numbers_or_null() {
        let v = serde_json::to_value(plan_status(&sample(), d("2026-04-15"), 0, 0)).unwrap();
        let fcr = &v["metrics"][0];
        assert_eq!(
            fcr.as_object().unwrap().keys().cloned().collect::<Vec<_>>(),
            [
                "id",
                "name",
                "unit",
                "direction",
                "state",
                "baseline",
                "latest",
                "expected",
                "target",
                "latest_on",
                "breakdown"
            ]
        );
        // 60 + 15 × 104 / 273 = 65.714… rounded to 2 decimals.
        assert_eq!(fcr["expected"], json!(65.71));
        assert_eq!(fcr["state"], json!("on_track"));
        assert_eq!(
            (fcr["baseline"].clone(), fcr["latest"].clone()),
            (json!(60.0), json!(66.0))
        );
        assert_eq!(fcr["latest_on"], json!("2026-03-31"));
        assert_eq!(fcr["direction"], json!("up"));
        assert_eq!(
            v["metrics"][1],
            json!({"id": "enps", "name": "eNPS", "unit": null, "direction": "up",
                   "state": "no_data", "baseline": null, "latest": null, "expected": null,
                   "target": null, "latest_on": null, "breakdown": []})
        );
    }

    #[test]
    fn empty_plan_before_the_start() {
        let mut plan = sample();
        plan.milestones.milestones.clear();
        plan.reviews.clear();
        plan.meta.review_every = None;
        let s = plan_status(&plan, d("2025-12-01"), 0, 0);
        assert_eq!((s.plan.days_elapsed, s.plan.days_left), (0, 395));
        assert_eq!(s.milestones.by_status, ByStatus::default());
        assert_eq!(s.milestones.by_status.get(Status::Done), 0);
        assert_eq!(
            serde_json::to_value(&s.reviews).unwrap(),
            json!({"last": null, "next_due": null, "overdue": false, "held": 0})
        );
        assert_eq!(s.open_actions, 0);
    }
}
