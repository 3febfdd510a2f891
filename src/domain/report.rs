//! The steering committee report, gathered from a plan as of a day:
//! the plan and its period, an at-a-glance summary, the milestones by
//! phase, the milestone trend, each metric against its trajectory, the last
//! review's decisions and open actions, the exceptions with the corrective
//! actions that name them, and the charter's commitments with their metrics;
//! the strategy beside them: the goals with their horizons and metrics, the
//! charter, the committee and the change agents, and every owner's name.
//!
//! Every fact comes from [`super::summary`], [`super::trend`] and
//! [`super::facts`], so the report never disagrees with `status` or
//! `trend`. Nothing here formats: the CLI renders a [`Report`] as HTML or
//! Markdown. Nothing here reads the clock or the disk.

use std::collections::{BTreeMap, HashMap};

use super::facts::{self, MetricState};
use super::model::{
    Action, Agent, Channel, Decision, Horizon, Member, Metric, MetricKind, Period, Phase, Plan,
    ReviewAction, Role, Routine, Status,
};
use super::routines::{self, CommitNote};
use super::skills::{unit_skills, UnitSkills};
use super::summary::{plan_status_with, PlanStatus};
use super::trend::{metric_trend, milestone_trends, trajectory, MetricTrend, MilestoneTrend};
use super::types::{Date, Every, Id};
use super::workshops;

/// How many milestones the trend chart draws: more lines than this are
/// hard to tell apart on a page. The ones that slipped most are chosen.
pub const TREND_CHART_MAX: usize = 10;

/// The phases in the method's order; milestones without one come last.
pub const PHASES: [Option<Phase>; 4] = [
    Some(Phase::Define),
    Some(Phase::Organise),
    Some(Phase::Implement),
    None,
];

#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub today: Date,
    pub organization: Option<String>,
    pub consultant: Option<String>,
    /// The one-screen status: plan and period, milestones by status,
    /// metric states, reviews and open actions, as `charter status` shows.
    pub status: PlanStatus,
    pub metrics_by_state: MetricsByState,
    /// Milestones grouped by phase, in [`PHASES`] order, empty groups left out.
    pub phases: Vec<PhaseGroup>,
    /// Review dates, oldest first: the x axis of the milestone trend.
    pub review_dates: Vec<Date>,
    /// The milestones the trend chart draws (at most [`TREND_CHART_MAX`],
    /// those that slipped most, ties in file order).
    pub trend_chart: Vec<MilestoneTrend>,
    /// How many milestones some review forecast.
    pub forecast_count: usize,
    pub metrics: Vec<MetricReport>,
    pub last_review: Option<LastReview>,
    pub exceptions: Vec<Exception>,
    pub commitments: Vec<CommitmentReport>,
    /// The rep skills per unit, by quarter (skills.yaml).
    pub skills: Vec<UnitSkills>,
    /// The goals in file order, each with the state of its metrics.
    pub goals: Vec<GoalReport>,
    /// The charter beyond its commitments (those are in `commitments`).
    pub charter: CharterReport,
    /// The steering committee, in file order.
    pub members: Vec<Member>,
    /// The committee's routines as planned (their state is in `status`).
    pub routines: Vec<Routine>,
    /// The incidents still open on the report's day, in file order.
    pub incidents: Vec<crate::domain::model::Incident>,
    /// The change agents, in file order.
    pub agents: Vec<Agent>,
    /// Who signs the plan for the client: the members who approved the
    /// charter, then the committee's chair when not among them.
    pub signatories: Vec<Member>,
    /// The name of every committee member and change agent, by id: how an
    /// owner is shown.
    pub names: BTreeMap<Id, String>,
}

impl Report {
    /// The name of the member or agent `id`; the id itself when nobody
    /// has it (a validation error, shown as written).
    pub fn name_of<'a>(&'a self, id: &'a Id) -> &'a str {
        self.names.get(id).map_or(id.as_str(), String::as_str)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct GoalReport {
    pub id: Id,
    pub title: String,
    pub horizon: Option<Horizon>,
    pub owner: Option<Id>,
    pub description: Option<String>,
    /// The goal's metrics, each with its state, latest value and target.
    pub metrics: Vec<CommitmentMetric>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct CharterReport {
    pub version: Option<u32>,
    pub approved_on: Option<Date>,
    pub approved_by: Vec<Id>,
    pub vision: Option<String>,
    pub values: Vec<String>,
    pub principles: Vec<String>,
    /// The service channels with their hours.
    pub channels: Vec<Channel>,
    pub terms: Option<String>,
}

/// How many metrics are in each state.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MetricsByState {
    pub on_track: usize,
    pub behind: usize,
    pub exception: usize,
    pub stale: usize,
    pub no_data: usize,
}

impl MetricsByState {
    /// Every state with its count, worst first.
    pub fn entries(&self) -> [(MetricState, usize); 5] {
        [
            (MetricState::Exception, self.exception),
            (MetricState::Behind, self.behind),
            (MetricState::Stale, self.stale),
            (MetricState::NoData, self.no_data),
            (MetricState::OnTrack, self.on_track),
        ]
    }

    fn count(&mut self, state: MetricState) {
        let slot = match state {
            MetricState::OnTrack => &mut self.on_track,
            MetricState::Behind => &mut self.behind,
            MetricState::Exception => &mut self.exception,
            MetricState::Stale => &mut self.stale,
            MetricState::NoData => &mut self.no_data,
        };
        *slot += 1;
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct PhaseGroup {
    pub phase: Option<Phase>,
    pub milestones: Vec<MilestoneRow>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct MilestoneRow {
    pub id: Id,
    pub title: String,
    pub owner: Option<Id>,
    pub due: Option<Date>,
    pub status: Status,
    /// Days past due when the milestone is overdue (DESIGN §3), else None.
    pub overdue_days: Option<i64>,
    /// The latest review forecast, if any.
    pub forecast: Option<Date>,
    pub slip_days: Option<i64>,
    /// The milestone's actions, as planned.
    pub actions: Vec<Action>,
}

/// One metric against its trajectory, and the span its chart covers.
#[derive(Clone, Debug, PartialEq)]
pub struct MetricReport {
    pub trend: MetricTrend,
    /// The corners of the expected line over `from..=to` (see
    /// [`trajectory`]); empty without baseline and target.
    pub trajectory: Vec<(Date, f64)>,
    pub from: Date,
    pub to: Date,
    pub kind: Option<MetricKind>,
    pub owner: Option<Id>,
    /// Where readings come from.
    pub source: Option<String>,
    /// How often a reading is expected.
    pub every: Option<Every>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct LastReview {
    pub date: Date,
    pub title: Option<String>,
    pub decisions: Vec<Decision>,
    /// The review's actions not done yet.
    pub open_actions: Vec<ReviewAction>,
}

/// What went wrong: a metric beyond its alert or behind its trajectory, or
/// an overdue milestone.
#[derive(Clone, Debug, PartialEq)]
pub enum ExceptionKind {
    Metric {
        name: String,
        state: MetricState,
        latest: Option<f64>,
        expected: Option<f64>,
        alert: Option<f64>,
        unit: Option<String>,
    },
    Milestone {
        title: String,
        due: Date,
        overdue_days: i64,
    },
    /// A practice the method relies on that fell behind: a management
    /// routine not held on time, or a workshop tool whose trial ended
    /// without a keep-or-drop verdict.
    Practice {
        practice: Practice,
        title: String,
        /// When it was due: the routine's next occurrence, the end of the
        /// tool's trial.
        due: Date,
        overdue_days: i64,
        /// What is known, in a sentence: when the routine was last held,
        /// how the tool's metric went during the trial.
        summary: String,
    },
}

/// Which practice an [`ExceptionKind::Practice`] is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Practice {
    Routine,
    Tool,
    /// An incident not investigated yet, or with an action not done.
    Incident,
    /// Coaching of a rep's skill past its due day and not given.
    Coaching,
}

impl Practice {
    /// `routine` or `tool`: the `kind` of `charter exceptions --format json`.
    pub fn as_str(self) -> &'static str {
        match self {
            Practice::Routine => "routine",
            Practice::Tool => "tool",
            Practice::Incident => "incident",
            Practice::Coaching => "coaching",
        }
    }

    /// The state word: a late routine, an undecided tool.
    pub fn state(self) -> &'static str {
        match self {
            Practice::Routine => "late",
            Practice::Tool => "undecided",
            Practice::Incident => "open",
            Practice::Coaching => "overdue",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Exception {
    pub id: Id,
    pub kind: ExceptionKind,
    /// The review actions naming this metric or milestone, as the latest
    /// review listing each left it, in the order they first appeared.
    pub actions: Vec<CorrectiveAction>,
}

impl Exception {
    /// Whether nobody is working on it: no corrective action still open.
    pub fn lacks_open_action(&self) -> bool {
        self.actions.iter().all(|a| a.action.done)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct CorrectiveAction {
    /// The latest review that lists it; for an incident's own action item,
    /// the incident's date.
    pub review: Date,
    pub action: ReviewAction,
    /// An action item of the incident itself, not of a review.
    pub incident: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CommitmentReport {
    pub id: Id,
    pub text: String,
    /// The channel's name (its id when the channel is unknown).
    pub channel: Option<String>,
    pub metric: Option<CommitmentMetric>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CommitmentMetric {
    pub id: Id,
    /// None when the metric is not in metrics.yaml (a validation error).
    pub name: Option<String>,
    pub state: Option<MetricState>,
    pub latest: Option<f64>,
    pub target: Option<f64>,
    pub unit: Option<String>,
}

/// The report of `plan` as of `today`; `errors` and `warnings` come from
/// validation, which the caller has already run.
pub fn gather(plan: &Plan, today: Date, errors: usize, warnings: usize) -> Report {
    gather_with(plan, today, errors, warnings, &[])
}

/// [`gather`], with the repository's commit messages, where a routine may
/// be named as held.
pub fn gather_with(
    plan: &Plan,
    today: Date,
    errors: usize,
    warnings: usize,
    commits: &[CommitNote],
) -> Report {
    // Survey scores are readings of their metrics (surveys::figures).
    let figures = super::surveys::figures(plan);
    let plan = &*figures;
    let status = plan_status_with(plan, today, errors, warnings, commits);
    let mut metrics_by_state = MetricsByState::default();
    for m in &status.metrics {
        metrics_by_state.count(m.state);
    }
    let trends = milestone_trends(plan);
    let forecast_count = trends.iter().filter(|t| !t.forecasts.is_empty()).count();
    let phases = phase_groups(plan, &trends, today);
    let trend_chart = trend_chart(trends);
    let span = chart_span(plan, today);
    let metrics = plan
        .metrics
        .metrics
        .iter()
        .map(|m| metric_report(m, today, span))
        .collect();
    let reviews = facts::reviews_by_date(plan);
    let last_review = reviews.last().map(|r| LastReview {
        date: r.date,
        title: r.title.clone(),
        decisions: r.decisions.clone(),
        open_actions: r.actions.iter().filter(|a| !a.done).cloned().collect(),
    });
    let review_dates = reviews.iter().map(|r| r.date).collect();
    let exceptions = exceptions_with(plan, &status, today, commits);
    let names = plan
        .committee
        .members
        .iter()
        .map(|m| (m.id.clone(), m.name.clone()))
        .chain(
            plan.agents
                .agents
                .iter()
                .map(|a| (a.id.clone(), a.name.clone())),
        )
        .collect();
    let c = &plan.charter;
    Report {
        today,
        organization: plan.meta.organization.clone(),
        consultant: plan.meta.consultant.clone(),
        metrics_by_state,
        phases,
        review_dates,
        trend_chart,
        forecast_count,
        metrics,
        last_review,
        exceptions,
        commitments: commitments(plan, &status),
        skills: unit_skills(plan, Period::Quarter, None),
        goals: goals(plan, &status),
        charter: CharterReport {
            version: c.version,
            approved_on: c.approved_on,
            approved_by: c.approved_by.clone(),
            vision: c.vision.clone(),
            values: c.values.clone(),
            principles: c.principles.clone(),
            channels: c.channels.clone(),
            terms: c.terms.clone(),
        },
        members: plan.committee.members.clone(),
        routines: plan.committee.routines.clone(),
        incidents: open_incidents(plan, today).cloned().collect(),
        agents: plan.agents.agents.clone(),
        signatories: signatories(plan),
        names,
        status,
    }
}

/// The members who approved the charter (in its order), then the chair
/// when not among them.
fn signatories(plan: &Plan) -> Vec<Member> {
    let members = &plan.committee.members;
    let mut out: Vec<Member> = plan
        .charter
        .approved_by
        .iter()
        .filter_map(|id| members.iter().find(|m| &m.id == id))
        .cloned()
        .collect();
    for chair in members.iter().filter(|m| m.role == Some(Role::Chair)) {
        if !out.iter().any(|m| m.id == chair.id) {
            out.push(chair.clone());
        }
    }
    out
}

fn goals(plan: &Plan, status: &PlanStatus) -> Vec<GoalReport> {
    plan.goals
        .goals
        .iter()
        .map(|g| GoalReport {
            id: g.id.clone(),
            title: g.title.clone(),
            horizon: g.horizon,
            owner: g.owner.clone(),
            description: g.description.clone(),
            metrics: g.metrics.iter().map(|id| metric_ref(status, id)).collect(),
        })
        .collect()
}

/// The metric `id` as `status` judged it.
fn metric_ref(status: &PlanStatus, id: &Id) -> CommitmentMetric {
    let found = status.metrics.iter().find(|m| &m.id == id);
    CommitmentMetric {
        id: id.clone(),
        name: found.map(|m| m.name.clone()),
        state: found.map(|m| m.state),
        latest: found.and_then(|m| m.latest),
        target: found.and_then(|m| m.target),
        unit: found.and_then(|m| m.unit.clone()),
    }
}

fn phase_groups(plan: &Plan, trends: &[MilestoneTrend], today: Date) -> Vec<PhaseGroup> {
    let mut groups: Vec<PhaseGroup> = PHASES
        .iter()
        .map(|phase| PhaseGroup {
            phase: *phase,
            milestones: Vec::new(),
        })
        .collect();
    // `milestone_trends` gives one trend per milestone, in file order.
    for (m, t) in plan.milestones.milestones.iter().zip(trends) {
        let slot = PHASES.iter().position(|p| *p == m.phase).unwrap_or(3);
        groups[slot].milestones.push(MilestoneRow {
            id: m.id.clone(),
            title: m.title.clone(),
            owner: m.owner.clone(),
            due: m.due,
            status: m.status,
            overdue_days: m
                .due
                .filter(|_| facts::milestone_overdue(m, today))
                .map(|due| due.days_until(today)),
            forecast: t.latest(),
            slip_days: t.slip_days,
            actions: m.actions.clone(),
        });
    }
    groups.retain(|g| !g.milestones.is_empty());
    groups
}

/// The milestones that slipped most (open or not), ties in file order.
fn trend_chart(trends: Vec<MilestoneTrend>) -> Vec<MilestoneTrend> {
    let mut with_forecasts: Vec<MilestoneTrend> = trends
        .into_iter()
        .filter(|t| !t.forecasts.is_empty())
        .collect();
    with_forecasts.sort_by_key(|t| std::cmp::Reverse(t.slip_days.unwrap_or(0)));
    with_forecasts.truncate(TREND_CHART_MAX);
    with_forecasts
}

/// The span every metric chart covers: the plan's period, and today.
fn chart_span(plan: &Plan, today: Date) -> (Date, Date) {
    let start = plan.meta.start.min(today);
    let end = plan.meta.end.max(today);
    (start, end.max(start))
}

fn metric_report(m: &Metric, today: Date, (start, end): (Date, Date)) -> MetricReport {
    let trend = metric_trend(m, today);
    // Widen the plan's span to the metric's own dates, so nothing is cut.
    let own = trend
        .readings
        .iter()
        .map(|r| r.on)
        .chain(m.baseline.map(|b| b.on))
        .chain(m.target.map(|t| t.by));
    let (from, to) = own.fold((start, end), |(lo, hi), d| (lo.min(d), hi.max(d)));
    MetricReport {
        trajectory: trajectory(m, from, to),
        trend,
        from,
        to,
        kind: m.kind,
        owner: m.owner.clone(),
        source: m.source.clone(),
        every: m.every,
    }
}

/// Metrics in exception, then behind (in file order), then overdue
/// milestones (longest overdue first), then late routines and undecided
/// workshop tools, each with its corrective actions. Routines are judged
/// from the plan alone (`held:` dates and reviews); [`exceptions_with`]
/// also reads commit messages.
pub fn exceptions(plan: &Plan, status: &PlanStatus, today: Date) -> Vec<Exception> {
    exceptions_with(plan, status, today, &[])
}

/// [`exceptions`], with the repository's commit messages, where a routine
/// may be named as held.
pub fn exceptions_with(
    plan: &Plan,
    status: &PlanStatus,
    today: Date,
    commits: &[CommitNote],
) -> Vec<Exception> {
    let figures = super::surveys::figures(plan);
    let plan = &*figures;
    let mut out = metric_and_milestone_exceptions(plan, status, today);
    out.extend(practice_exceptions(plan, today, commits));
    out
}

/// Late routines (the longest late first), then tools to decide (in file
/// order). A review action is corrective for one when its text names it:
/// the routine's id or name, the tool's id or name.
fn practice_exceptions(plan: &Plan, today: Date, commits: &[CommitNote]) -> Vec<Exception> {
    let actions = facts::latest_review_actions(facts::reviews_by_date(plan));
    let naming = |named: &dyn Fn(&str) -> bool| -> Vec<CorrectiveAction> {
        actions
            .iter()
            .filter(|(_, a)| named(&a.text))
            .map(|(review, a)| CorrectiveAction {
                review: review.date,
                action: (*a).clone(),
                incident: false,
            })
            .collect()
    };
    let mut out = Vec::new();
    let states = routines::routine_states(plan, today, commits);
    for state in routines::late(&states) {
        let Some(routine) = plan.committee.routines.iter().find(|r| r.id == state.id) else {
            continue;
        };
        let summary = match state.last {
            Some(last) => format!("held every {}, last on {last}", state.every),
            None => format!(
                "held every {}, not held since the plan's start",
                state.every
            ),
        };
        out.push(Exception {
            id: state.id.clone(),
            kind: ExceptionKind::Practice {
                practice: Practice::Routine,
                title: state.name.clone(),
                due: state.next,
                overdue_days: state.days_late,
                summary,
            },
            actions: naming(&|text| routines::names(text, routine)),
        });
    }
    let trials = workshops::tool_trials(plan, today);
    for t in workshops::to_decide(&trials) {
        let Some(until) = t.trial_until else { continue };
        let (id, name) = (t.id.as_str().to_lowercase(), t.name.trim().to_lowercase());
        out.push(Exception {
            id: t.id.clone(),
            kind: ExceptionKind::Practice {
                practice: Practice::Tool,
                title: t.name.clone(),
                due: until,
                overdue_days: until.days_until(today),
                summary: format!(
                    "tried after workshop `{}` until {until}: {}; decide: keep or drop",
                    t.workshop,
                    workshops::describe(t)
                ),
            },
            actions: naming(&|text| {
                let text = text.to_lowercase();
                text.contains(&id) || (!name.is_empty() && text.contains(&name))
            }),
        });
    }
    for incident in open_incidents(plan, today) {
        let done = incident.actions_done();
        let summary = if incident.is_investigated() {
            format!(
                "happened on {}; {done} of {} actions done",
                incident.on,
                incident.actions.len()
            )
        } else {
            format!("happened on {}; not investigated yet", incident.on)
        };
        let id = incident.id.as_str().to_lowercase();
        let mut actions: Vec<CorrectiveAction> = incident
            .actions
            .iter()
            .map(|a| CorrectiveAction {
                review: incident.on,
                action: a.clone(),
                incident: true,
            })
            .collect();
        actions.extend(naming(&|text| text.to_lowercase().contains(&id)));
        out.push(Exception {
            id: incident.id.clone(),
            kind: ExceptionKind::Practice {
                practice: Practice::Incident,
                title: incident.title.clone(),
                due: incident.on,
                overdue_days: incident.on.days_until(today),
                summary,
            },
            actions,
        });
    }
    for (_, coaching) in super::people::coaching_overdue(plan, today) {
        let Some(due) = coaching.due else { continue };
        let rep = coaching.rep.as_str();
        let title = plan
            .people
            .rep(rep)
            .map_or_else(|| rep.to_string(), |r| r.name.clone());
        let owner = coaching
            .owner
            .as_ref()
            .map(|o| format!(", owner {o}"))
            .unwrap_or_default();
        out.push(Exception {
            id: super::people::coaching_id(coaching),
            kind: ExceptionKind::Practice {
                practice: Practice::Coaching,
                title,
                due,
                overdue_days: due.days_until(today),
                summary: format!(
                    "{} in {}, due {due}{owner}",
                    coaching.kind.code(),
                    coaching.skill.code()
                ),
            },
            actions: naming(&|text| text.to_lowercase().contains(rep)),
        });
    }
    out
}

/// The incidents that happened by `today` and are still open, in file order.
pub fn open_incidents(
    plan: &Plan,
    today: Date,
) -> impl Iterator<Item = &crate::domain::model::Incident> {
    plan.incidents
        .incidents
        .iter()
        .filter(move |i| i.on <= today && i.is_open())
}

fn metric_and_milestone_exceptions(
    plan: &Plan,
    status: &PlanStatus,
    today: Date,
) -> Vec<Exception> {
    let mut by_metric: HashMap<&str, Vec<CorrectiveAction>> = HashMap::new();
    let mut by_milestone: HashMap<&str, Vec<CorrectiveAction>> = HashMap::new();
    for (review, action) in facts::latest_review_actions(facts::reviews_by_date(plan)) {
        let entry = CorrectiveAction {
            review: review.date,
            action: action.clone(),
            incident: false,
        };
        if let Some(id) = &action.metric {
            by_metric
                .entry(id.as_str())
                .or_default()
                .push(entry.clone());
        }
        if let Some(id) = &action.milestone {
            by_milestone.entry(id.as_str()).or_default().push(entry);
        }
    }
    let mut out = Vec::new();
    for wanted in [MetricState::Exception, MetricState::Behind] {
        let metrics = plan.metrics.metrics.iter().zip(&status.metrics);
        for (m, s) in metrics.filter(|(_, s)| s.state == wanted) {
            out.push(Exception {
                id: m.id.clone(),
                kind: ExceptionKind::Metric {
                    name: m.name.clone(),
                    state: s.state,
                    latest: s.latest,
                    expected: s.expected,
                    alert: m.alert,
                    unit: m.unit.clone(),
                },
                actions: by_metric.remove(m.id.as_str()).unwrap_or_default(),
            });
        }
    }
    // `status.milestones.overdue` is already longest overdue first.
    let milestones: HashMap<&str, _> = plan
        .milestones
        .milestones
        .iter()
        .map(|m| (m.id.as_str(), m))
        .collect();
    for id in &status.milestones.overdue {
        let Some(m) = milestones.get(id.as_str()) else {
            continue;
        };
        let Some(due) = m.due else { continue };
        out.push(Exception {
            id: m.id.clone(),
            kind: ExceptionKind::Milestone {
                title: m.title.clone(),
                due,
                overdue_days: due.days_until(today),
            },
            actions: by_milestone.remove(m.id.as_str()).unwrap_or_default(),
        });
    }
    out
}

fn commitments(plan: &Plan, status: &PlanStatus) -> Vec<CommitmentReport> {
    let channels: HashMap<&str, &str> = plan
        .charter
        .channels
        .iter()
        .map(|c| (c.id.as_str(), c.name.as_str()))
        .collect();
    plan.charter
        .commitments
        .iter()
        .map(|c| CommitmentReport {
            id: c.id.clone(),
            text: c.text.clone(),
            channel: c.channel.as_ref().map(|id| {
                channels
                    .get(id.as_str())
                    .map_or_else(|| id.to_string(), |name| (*name).to_string())
            }),
            metric: c.metric.as_ref().map(|id| metric_ref(status, id)),
        })
        .collect()
}

#[cfg(test)]
mod tests;
