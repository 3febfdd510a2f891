//! Validation: the errors and warnings of `charter check` that need the whole
//! plan (references, duplicates, cycles, date order, realism).
//!
//! Diagnostics point at the most specific node by a path into their file;
//! the store turns paths into lines. Every message names the ids involved
//! and says what to do. They come out in file order, then item order; the
//! caller sorts by severity.

use std::collections::{BTreeSet, HashMap, HashSet};

use super::diag::{At, Diagnostic};
use super::facts::{self, Realism};
use super::model::{Direction, Milestone, Plan, Review, Status};
use super::types::{Date, Id};
use crate::path;

const PLAN: &str = "plan.yaml";
const CHARTER: &str = "charter.yaml";
const GOALS: &str = "goals.yaml";
const MILESTONES: &str = "milestones.yaml";
const COMMITTEE: &str = "committee.yaml";
const AGENTS: &str = "agents.yaml";
const METRICS: &str = "metrics.yaml";
const SKILLS: &str = "skills.yaml";
const WORKSHOPS: &str = "workshops.yaml";

/// Checks `plan`. `broken_ids` are the ids of items that failed to load:
/// a reference to one of them is not reported, the load error already is.
pub fn validate(plan: &Plan, broken_ids: &HashSet<String>, today: Date) -> Vec<Diagnostic> {
    let mut check = Check::new(plan, broken_ids);
    check.plan_file(today);
    check.charter();
    check.goals();
    check.milestones();
    check.people();
    check.metrics();
    for review in facts::reviews_by_date(plan) {
        check.review(review);
    }
    check.skills();
    check.workshops();
    check.out
}

/// The kinds of id a field can refer to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Person,
    Agent,
    Channel,
    Metric,
    Goal,
    Milestone,
    Unit,
}

impl Kind {
    /// What an id of this kind is, and where one is added.
    fn describe(self) -> (&'static str, &'static str) {
        match self {
            Kind::Person => (
                "a committee member or change agent",
                "committee.yaml or agents.yaml",
            ),
            Kind::Agent => ("a change agent", "agents.yaml"),
            Kind::Channel => ("a channel", "the channels of charter.yaml"),
            Kind::Metric => ("a metric", "metrics.yaml"),
            Kind::Goal => ("a goal", "goals.yaml"),
            Kind::Milestone => ("a milestone", "milestones.yaml"),
            Kind::Unit => ("a unit", "the units of plan.yaml"),
        }
    }
}

/// First occurrences of ids, with a label of the item that holds each.
type Seen<'a> = HashMap<&'a str, String>;

struct Check<'a> {
    plan: &'a Plan,
    broken: &'a HashSet<String>,
    /// False when plan.yaml failed to load: its dates are placeholders then,
    /// and checks against them would only add noise.
    has_meta: bool,
    people: BTreeSet<&'a str>,
    agents: BTreeSet<&'a str>,
    channels: BTreeSet<&'a str>,
    metrics: BTreeSet<&'a str>,
    goals: BTreeSet<&'a str>,
    milestones: BTreeSet<&'a str>,
    units: BTreeSet<&'a str>,
    out: Vec<Diagnostic>,
}

fn ids<'a, T: 'a>(items: &'a [T], id: impl Fn(&'a T) -> &'a Id) -> BTreeSet<&'a str> {
    items.iter().map(|item| id(item).as_str()).collect()
}

impl<'a> Check<'a> {
    fn new(plan: &'a Plan, broken: &'a HashSet<String>) -> Self {
        let agents = ids(&plan.agents.agents, |a| &a.id);
        let mut people = ids(&plan.committee.members, |m| &m.id);
        people.extend(agents.iter().copied());
        Check {
            plan,
            broken,
            has_meta: !plan.meta.id.as_str().is_empty(),
            people,
            agents,
            channels: ids(&plan.charter.channels, |c| &c.id),
            metrics: ids(&plan.metrics.metrics, |m| &m.id),
            goals: ids(&plan.goals.goals, |g| &g.id),
            milestones: ids(&plan.milestones.milestones, |m| &m.id),
            units: ids(&plan.meta.units, |u| &u.id),
            out: Vec::new(),
        }
    }

    fn error(&mut self, code: &'static str, file: &str, at: At, message: String) {
        self.out.push(Diagnostic::error(code, file, at, message));
    }

    fn warn(&mut self, code: &'static str, file: &str, at: At, message: String) {
        self.out.push(Diagnostic::warning(code, file, at, message));
    }

    fn known(&self, kind: Kind) -> &BTreeSet<&'a str> {
        match kind {
            Kind::Person => &self.people,
            Kind::Agent => &self.agents,
            Kind::Channel => &self.channels,
            Kind::Metric => &self.metrics,
            Kind::Goal => &self.goals,
            Kind::Milestone => &self.milestones,
            Kind::Unit => &self.units,
        }
    }

    /// Reports `id` when it names no item of `kind`. `field` and `whose`
    /// say where it is written: "owner", "milestone `crm`".
    fn reference(&mut self, file: &str, at: At, field: &str, whose: &str, id: &Id, kind: Kind) {
        // Without a list of units the plan accepts any unit id (DESIGN §2).
        let unchecked = kind == Kind::Unit && self.units.is_empty();
        let known = self.known(kind);
        if unchecked || known.contains(id.as_str()) || self.broken.contains(id.as_str()) {
            return;
        }
        let (noun, home) = kind.describe();
        let todo = match closest(id.as_str(), known) {
            Some(close) => format!("did you mean `{close}`? Otherwise add `{id}` to {home}"),
            None => format!("add `{id}` to {home}, or fix the id"),
        };
        let message = if kind == Kind::Agent && self.people.contains(id.as_str()) {
            format!(
                "{field} `{id}` of {whose} is a committee member, not a change agent: \
                 add `{id}` to agents.yaml, or remove `{id}` from the agents"
            )
        } else {
            format!("{field} `{id}` of {whose} is not {noun}: {todo}")
        };
        self.error("unknown-ref", file, at, message);
    }

    /// Records `id`, reporting it when an earlier item already has it.
    fn unique(
        &mut self,
        seen: &mut Seen<'a>,
        id: &'a Id,
        label: String,
        file: &str,
        at: At,
        what: &str,
    ) {
        if let Some(first) = seen.get(id.as_str()) {
            let message =
                format!("duplicate {what} id `{id}`: {first} already has it; ids must be unique, rename one of them");
            self.error("duplicate-id", file, at, message);
        } else {
            seen.insert(id.as_str(), label);
        }
    }

    fn plan_file(&mut self, today: Date) {
        let meta = &self.plan.meta;
        if self.has_meta {
            if meta.schema != 1 {
                let message = format!(
                    "schema {} is not one this charter reads: set `schema: 1`, or update charter",
                    meta.schema
                );
                self.error("schema", PLAN, path!["schema"], message);
            }
            if meta.end < meta.start {
                let message = format!(
                    "the plan ends on {}, before it starts on {}: set `end` to a date after `start`",
                    meta.end, meta.start
                );
                self.error("date-order", PLAN, path!["end"], message);
            }
            if let Some(due) = facts::next_review_due(self.plan)
                .filter(|_| facts::review_overdue(self.plan, today))
            {
                let since = match facts::last_review(self.plan) {
                    Some(last) => format!("the last review was on {}", last.date),
                    None => format!("there has been no review since the start on {}", meta.start),
                };
                let message = format!(
                    "a milestone review was due on {due}, {} days ago ({since}): hold one with \
                     `charter review new`, or change review_every",
                    due.days_until(today)
                );
                self.warn("review-overdue", PLAN, path!["review_every"], message);
            }
            if let Some(guide) = meta.target_guide.filter(|g| !guide_ok(*g)) {
                let message = format!(
                    "target_guide {guide} must be greater than 1: a realistic target is the baseline × target_guide; \
                     set it to about 1.2, or remove it for the default 1.2"
                );
                self.error("bad-value", PLAN, path!["target_guide"], message);
            }
        }
        let mut seen = Seen::new();
        for (i, unit) in meta.units.iter().enumerate() {
            let label = format!("unit “{}”", unit.name);
            self.unique(
                &mut seen,
                &unit.id,
                label,
                PLAN,
                path!["units", i, "id"],
                "unit",
            );
            if let Some(parent) = &unit.parent {
                let at = path!["units", i, "parent"];
                if parent == &unit.id {
                    let message = format!(
                        "unit `{parent}` is its own parent: set another parent, or remove it"
                    );
                    self.error("bad-value", PLAN, at, message);
                } else {
                    let whose = format!("unit `{}`", unit.id);
                    self.reference(PLAN, at, "parent", &whose, parent, Kind::Unit);
                }
            }
        }
    }

    fn charter(&mut self) {
        let charter = &self.plan.charter;
        for (j, person) in charter.approved_by.iter().enumerate() {
            let at = path!["approved_by", j];
            self.reference(CHARTER, at, "approver", "the charter", person, Kind::Person);
        }
        let mut seen = Seen::new();
        for (i, channel) in charter.channels.iter().enumerate() {
            let label = format!("channel “{}”", channel.name);
            self.unique(
                &mut seen,
                &channel.id,
                label,
                CHARTER,
                path!["channels", i, "id"],
                "channel",
            );
        }
        let mut seen = Seen::new();
        for (i, c) in charter.commitments.iter().enumerate() {
            let label = format!("commitment {}", i + 1);
            self.unique(
                &mut seen,
                &c.id,
                label,
                CHARTER,
                path!["commitments", i, "id"],
                "commitment",
            );
            let whose = format!("commitment `{}`", c.id);
            if let Some(channel) = &c.channel {
                let at = path!["commitments", i, "channel"];
                self.reference(CHARTER, at, "channel", &whose, channel, Kind::Channel);
            }
            if let Some(metric) = &c.metric {
                let at = path!["commitments", i, "metric"];
                self.reference(CHARTER, at, "metric", &whose, metric, Kind::Metric);
            }
        }
    }

    fn goals(&mut self) {
        let mut seen = Seen::new();
        for (i, goal) in self.plan.goals.goals.iter().enumerate() {
            let label = format!("goal “{}”", goal.title);
            self.unique(
                &mut seen,
                &goal.id,
                label,
                GOALS,
                path!["goals", i, "id"],
                "goal",
            );
            let whose = format!("goal `{}`", goal.id);
            if let Some(owner) = &goal.owner {
                self.reference(
                    GOALS,
                    path!["goals", i, "owner"],
                    "owner",
                    &whose,
                    owner,
                    Kind::Person,
                );
            }
            for (j, metric) in goal.metrics.iter().enumerate() {
                let at = path!["goals", i, "metrics", j];
                self.reference(GOALS, at, "metric", &whose, metric, Kind::Metric);
            }
            let milestones = &self.plan.milestones.milestones;
            if !milestones.iter().any(|m| m.goal.as_ref() == Some(&goal.id)) {
                let message = format!(
                    "goal `{0}` has no milestones: add a milestone with `goal: {0}` to milestones.yaml, \
                     or remove the goal",
                    goal.id
                );
                self.warn("goal-without-milestones", GOALS, path!["goals", i], message);
            }
        }
    }

    fn milestones(&mut self) {
        let all = &self.plan.milestones.milestones;
        let mut cycles = dependency_cycles(all);
        let mut seen = Seen::new();
        for (i, m) in all.iter().enumerate() {
            let label = format!("milestone “{}”", m.title);
            self.unique(
                &mut seen,
                &m.id,
                label,
                MILESTONES,
                path!["milestones", i, "id"],
                "milestone",
            );
            let whose = format!("milestone `{}`", m.id);
            if let Some(goal) = &m.goal {
                let at = path!["milestones", i, "goal"];
                self.reference(MILESTONES, at, "goal", &whose, goal, Kind::Goal);
            }
            if let Some(owner) = &m.owner {
                let at = path!["milestones", i, "owner"];
                self.reference(MILESTONES, at, "owner", &whose, owner, Kind::Person);
            }
            for (j, agent) in m.agents.iter().enumerate() {
                let at = path!["milestones", i, "agents", j];
                self.reference(MILESTONES, at, "agent", &whose, agent, Kind::Agent);
            }
            self.milestone_dates(i, m);
            for (j, dep) in m.depends_on.iter().enumerate() {
                let at = path!["milestones", i, "depends_on", j];
                if dep == &m.id {
                    let message =
                        format!("{whose} depends on itself: remove `{dep}` from its depends_on");
                    self.error("cycle", MILESTONES, at, message);
                } else if let Some(cycle) = cycles.remove(&(i, j)) {
                    let message =
                        format!("dependency cycle: {cycle}: remove one of these dependencies");
                    self.error("cycle", MILESTONES, at, message);
                } else {
                    self.reference(MILESTONES, at, "dependency", &whose, dep, Kind::Milestone);
                }
            }
            for (k, action) in m.actions.iter().enumerate() {
                if let Some(owner) = &action.owner {
                    let at = path!["milestones", i, "actions", k, "owner"];
                    let whose = format!("action “{}” of milestone `{}`", action.title, m.id);
                    self.reference(MILESTONES, at, "owner", &whose, owner, Kind::Person);
                }
            }
        }
    }

    fn milestone_dates(&mut self, i: usize, m: &Milestone) {
        let id = &m.id;
        if let (Some(start), Some(due)) = (m.start, m.due) {
            if due < start {
                let message = format!(
                    "milestone `{id}` is due on {due}, before it starts on {start}: move `due` after `start`, or fix `start`"
                );
                self.error(
                    "date-order",
                    MILESTONES,
                    path!["milestones", i, "due"],
                    message,
                );
            }
        }
        let end = self.plan.meta.end;
        if let Some(due) = m
            .due
            .filter(|due| self.has_meta && *due > end && m.status != Status::Cancelled)
        {
            let message = format!(
                "milestone `{id}` is due on {due}, after the plan ends on {end}: move the due date, \
                 or extend `end` in plan.yaml"
            );
            self.warn(
                "due-after-end",
                MILESTONES,
                path!["milestones", i, "due"],
                message,
            );
        }
        if m.status == Status::Done && m.done_on.is_none() {
            let message =
                format!("milestone `{id}` is done but has no done_on: add `done_on: YYYY-MM-DD` with the day it was done");
            self.warn(
                "done-without-date",
                MILESTONES,
                path!["milestones", i, "status"],
                message,
            );
        }
        if let Some(done_on) = m.done_on.filter(|_| m.status != Status::Done) {
            let message = format!(
                "milestone `{id}` has done_on {done_on} but its status is {}: set `status: done`, or remove done_on",
                m.status.as_str()
            );
            self.error(
                "done-on",
                MILESTONES,
                path!["milestones", i, "done_on"],
                message,
            );
        }
    }

    /// Committee members, routines and change agents: people share one id space.
    fn people(&mut self) {
        let mut seen = Seen::new();
        for (i, member) in self.plan.committee.members.iter().enumerate() {
            let label = format!("committee member {}", member.name);
            self.unique(
                &mut seen,
                &member.id,
                label,
                COMMITTEE,
                path!["members", i, "id"],
                "person",
            );
        }
        let mut routines = Seen::new();
        for (i, routine) in self.plan.committee.routines.iter().enumerate() {
            let label = format!("routine “{}”", routine.name);
            self.unique(
                &mut routines,
                &routine.id,
                label,
                COMMITTEE,
                path!["routines", i, "id"],
                "routine",
            );
            if let Some(owner) = &routine.owner {
                let whose = format!("routine `{}`", routine.id);
                let at = path!["routines", i, "owner"];
                self.reference(COMMITTEE, at, "owner", &whose, owner, Kind::Person);
            }
        }
        for (i, agent) in self.plan.agents.agents.iter().enumerate() {
            let label = format!("change agent {}", agent.name);
            self.unique(
                &mut seen,
                &agent.id,
                label,
                AGENTS,
                path!["agents", i, "id"],
                "person",
            );
        }
    }

    fn metrics(&mut self) {
        let guide = self.plan.meta.guide();
        let mut seen = Seen::new();
        for (i, metric) in self.plan.metrics.metrics.iter().enumerate() {
            let id = &metric.id;
            let label = format!("metric “{}”", metric.name);
            self.unique(
                &mut seen,
                id,
                label,
                METRICS,
                path!["metrics", i, "id"],
                "metric",
            );
            let whose = format!("metric `{id}`");
            if let Some(owner) = &metric.owner {
                let at = path!["metrics", i, "owner"];
                self.reference(METRICS, at, "owner", &whose, owner, Kind::Person);
            }
            if let (Some(b), Some(t)) = (metric.baseline, metric.target) {
                if t.by < b.on {
                    let message = format!(
                        "metric `{id}` has its target date {} before its baseline date {}: set target.by after baseline.on",
                        t.by, b.on
                    );
                    self.error(
                        "date-order",
                        METRICS,
                        path!["metrics", i, "target", "by"],
                        message,
                    );
                }
                if let Some(message) = realism_message(
                    metric.direction,
                    b.value,
                    t.value,
                    guide,
                    facts::target_realism(metric, guide),
                ) {
                    self.warn(
                        "unrealistic-target",
                        METRICS,
                        path!["metrics", i, "target", "value"],
                        format!("{whose}: {message}"),
                    );
                }
            }
            for (k, part) in metric.breakdown.iter().enumerate() {
                if let Some(unit) = &part.unit {
                    let at = path!["metrics", i, "breakdown", k, "unit"];
                    self.reference(
                        METRICS,
                        at,
                        "unit",
                        &format!("a breakdown of {whose}"),
                        unit,
                        Kind::Unit,
                    );
                }
            }
            if metric.readings.is_empty() {
                let message = format!(
                    "metric `{id}` has no readings: record one with `charter record {id} VALUE`, or import them"
                );
                self.warn("no-readings", METRICS, path!["metrics", i], message);
            }
            for (k, reading) in metric.readings.iter().enumerate() {
                if let Some(unit) = &reading.unit {
                    let at = path!["metrics", i, "readings", k, "unit"];
                    let whose = format!("the reading of {} for {whose}", reading.on);
                    self.reference(METRICS, at, "unit", &whose, unit, Kind::Unit);
                }
            }
        }
    }

    fn review(&mut self, review: &Review) {
        let date = review.date;
        // A review built in memory has no file yet; it will be saved under its date.
        let file = match review.file.as_str() {
            "" => format!("reviews/{date}.yaml"),
            name => name.to_string(),
        };
        let (dir, name) = file
            .rsplit_once('/')
            .map_or(("", file.as_str()), |(d, n)| (d, n));
        let slash = if dir.is_empty() { "" } else { "/" };
        match name.strip_suffix(".yaml").map(Date::parse) {
            Some(Ok(named)) if named == date => {}
            Some(Ok(named)) => {
                let message = format!(
                    "review date {date} does not match its file name {file}: set `date: {named}`, \
                     or rename the file to {dir}{slash}{date}.yaml"
                );
                self.error("filename", &file, path!["date"], message);
            }
            _ => {
                let message = format!(
                    "review file name {file} is not a date: name each review file YYYY-MM-DD.yaml after its date, \
                     here {dir}{slash}{date}.yaml"
                );
                self.error("filename", &file, path![], message);
            }
        }
        let whose = format!("review {date}");
        for (j, person) in review.attendees.iter().enumerate() {
            self.reference(
                &file,
                path!["attendees", j],
                "attendee",
                &whose,
                person,
                Kind::Person,
            );
        }
        let mut seen = HashSet::new();
        for (k, entry) in review.milestones.iter().enumerate() {
            let id = &entry.id;
            if !seen.insert(id.as_str()) {
                let message = format!(
                    "milestone `{id}` appears twice in review {date}: keep one entry per milestone, merge the two"
                );
                self.error("duplicate-id", &file, path!["milestones", k, "id"], message);
            } else {
                self.reference(
                    &file,
                    path!["milestones", k, "id"],
                    "milestone",
                    &whose,
                    id,
                    Kind::Milestone,
                );
            }
            if let Some(progress) = entry.progress.filter(|p| *p > 100) {
                let message = format!(
                    "progress {progress} of milestone `{id}` in review {date} is above 100: progress is a percent, 0 to 100"
                );
                self.error(
                    "out-of-range",
                    &file,
                    path!["milestones", k, "progress"],
                    message,
                );
            }
        }
        for (k, entry) in review.metrics.iter().enumerate() {
            self.reference(
                &file,
                path!["metrics", k, "id"],
                "metric",
                &whose,
                &entry.id,
                Kind::Metric,
            );
        }
        for (k, decision) in review.decisions.iter().enumerate() {
            if let Some(owner) = &decision.owner {
                let at = path!["decisions", k, "owner"];
                self.reference(
                    &file,
                    at,
                    "owner",
                    &format!("a decision of {whose}"),
                    owner,
                    Kind::Person,
                );
            }
        }
        for (k, action) in review.actions.iter().enumerate() {
            let of = format!("action “{}” of {whose}", action.text);
            if let Some(owner) = &action.owner {
                self.reference(
                    &file,
                    path!["actions", k, "owner"],
                    "owner",
                    &of,
                    owner,
                    Kind::Person,
                );
            }
            if let Some(metric) = &action.metric {
                self.reference(
                    &file,
                    path!["actions", k, "metric"],
                    "metric",
                    &of,
                    metric,
                    Kind::Metric,
                );
            }
            if let Some(milestone) = &action.milestone {
                let at = path!["actions", k, "milestone"];
                self.reference(&file, at, "milestone", &of, milestone, Kind::Milestone);
            }
        }
    }

    fn skills(&mut self) {
        let skills = &self.plan.skills;
        let scale = skills.max_score();
        if scale == 0 {
            let message =
                "scale 0 leaves no score: scores run from 1 to scale; set `scale: 5`".to_string();
            self.error("bad-value", SKILLS, path!["scale"], message);
        }
        for (i, a) in skills.assessments.iter().enumerate() {
            let whose = format!("the assessment of `{}` on {}", a.rep, a.on);
            if let Some(unit) = &a.unit {
                self.reference(
                    SKILLS,
                    path!["assessments", i, "unit"],
                    "unit",
                    &whose,
                    unit,
                    Kind::Unit,
                );
            }
            if let Some(by) = &a.by {
                self.reference(
                    SKILLS,
                    path!["assessments", i, "by"],
                    "assessor",
                    &whose,
                    by,
                    Kind::Person,
                );
            }
            for (skill, score) in a.scores.entries() {
                let Some(score) = score.filter(|s| scale > 0 && !(1..=scale).contains(s)) else {
                    continue;
                };
                let message = format!(
                    "{skill} score {score} in {whose} is outside 1..{scale}: give a score from 1 to {scale}, \
                     or change `scale`"
                );
                self.error(
                    "out-of-range",
                    SKILLS,
                    path!["assessments", i, "scores", skill],
                    message,
                );
            }
        }
    }

    fn workshops(&mut self) {
        let mut seen = Seen::new();
        // Tools are compared after a workshop by id, so ids are unique across all workshops.
        let mut tools = Seen::new();
        for (i, w) in self.plan.workshops.workshops.iter().enumerate() {
            let label = format!("workshop “{}”", w.topic);
            self.unique(
                &mut seen,
                &w.id,
                label,
                WORKSHOPS,
                path!["workshops", i, "id"],
                "workshop",
            );
            for (k, tool) in w.tools.iter().enumerate() {
                let label = format!("tool “{}” of workshop `{}`", tool.name, w.id);
                let at = path!["workshops", i, "tools", k, "id"];
                self.unique(&mut tools, &tool.id, label, WORKSHOPS, at, "tool");
                let whose = format!("tool `{}`", tool.id);
                if let Some(metric) = &tool.metric {
                    let at = path!["workshops", i, "tools", k, "metric"];
                    self.reference(WORKSHOPS, at, "metric", &whose, metric, Kind::Metric);
                }
                if let Some(until) = tool.trial_until.filter(|until| *until < w.date) {
                    let message = format!(
                        "{whose} is tried until {until}, before workshop `{}` on {}: set trial_until after the workshop",
                        w.id, w.date
                    );
                    let at = path!["workshops", i, "tools", k, "trial_until"];
                    self.error("date-order", WORKSHOPS, at, message);
                }
            }
        }
    }
}

fn guide_ok(guide: f64) -> bool {
    guide > 1.0
}

/// The closest known id, when one is close enough to be a likely typo.
fn closest<'k>(id: &str, known: &BTreeSet<&'k str>) -> Option<&'k str> {
    let mut best: Option<(f64, &'k str)> = None;
    for &candidate in known {
        let score = strsim::jaro_winkler(id, candidate);
        if score > 0.8 && best.is_none_or(|(top, _)| score > top) {
            best = Some((score, candidate));
        }
    }
    best.map(|(_, candidate)| candidate)
}

/// A number as a person writes it: at most two decimals, no trailing zeros.
fn num(value: f64) -> String {
    facts::round2(value).to_string()
}

fn realism_message(
    direction: Direction,
    baseline: f64,
    target: f64,
    guide: f64,
    realism: Option<Realism>,
) -> Option<String> {
    let realism = realism?;
    // An invalid guide is reported on its own; judging targets by it would mislead.
    if !guide_ok(guide) {
        return None;
    }
    let realistic = num(facts::suggested_target(baseline, direction, guide));
    let (how, op, better) = match direction {
        Direction::Up => ("above", "×", "higher"),
        Direction::Down => ("below", "÷", "lower"),
    };
    let percent = match direction {
        Direction::Up => (target - baseline) / baseline * 100.0,
        Direction::Down => (baseline - target) / baseline * 100.0,
    };
    let (target, base, g) = (num(target), num(baseline), num(guide));
    match realism {
        Realism::Frustrating => {
            let word = match direction {
                Direction::Up => "better than",
                Direction::Down => "below",
            };
            Some(format!(
                "target {target} is {percent:.0}% {word} the baseline {base}: far {how} the realistic \
                 {realistic} (baseline {op} {g}); a target this far off frustrates, consider {realistic}"
            ))
        }
        Realism::NoEffort => Some(format!(
            "target {target} is not better than the baseline {base} ({better} is better): it asks for no effort; \
             consider {realistic} (baseline {op} {g})"
        )),
    }
}

/// Cycles among milestone dependencies, keyed by (milestone index,
/// depends_on index) of the entry that closes each one. A depth-first walk
/// finds each back edge once; removing the reported edges breaks every cycle.
fn dependency_cycles(all: &[Milestone]) -> HashMap<(usize, usize), String> {
    let mut index: HashMap<&str, usize> = HashMap::new();
    for (i, m) in all.iter().enumerate() {
        index.entry(m.id.as_str()).or_insert(i);
    }
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        OnPath,
        Done,
    }
    let mut mark = vec![Mark::New; all.len()];
    let mut cycles = HashMap::new();
    for root in 0..all.len() {
        if mark[root] != Mark::New {
            continue;
        }
        mark[root] = Mark::OnPath;
        // The walk keeps (milestone, next depends_on entry to follow).
        let mut path: Vec<(usize, usize)> = vec![(root, 0)];
        while let Some(top) = path.last_mut() {
            let (u, j) = *top;
            let Some(dep) = all[u].depends_on.get(j) else {
                mark[u] = Mark::Done;
                path.pop();
                continue;
            };
            top.1 += 1;
            let Some(&v) = index.get(dep.as_str()) else {
                continue;
            };
            match mark[v] {
                Mark::New => {
                    mark[v] = Mark::OnPath;
                    path.push((v, 0));
                }
                // A self-dependency is reported on its own.
                Mark::OnPath if v != u => {
                    let from = path.iter().position(|&(w, _)| w == v).unwrap_or(0);
                    let mut names: Vec<&str> = path[from..]
                        .iter()
                        .map(|&(w, _)| all[w].id.as_str())
                        .collect();
                    names.push(all[v].id.as_str());
                    cycles.insert((u, j), names.join(" → "));
                }
                _ => {}
            }
        }
    }
    cycles
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::diag::Severity;
    use serde_json::{json, Value};

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn id(s: &str) -> Id {
        Id::new(s).unwrap()
    }

    fn from<T: serde::de::DeserializeOwned>(v: Value) -> T {
        serde_json::from_value(v).unwrap()
    }

    /// A small plan with one item of every kind and no diagnostics on TODAY.
    fn valid() -> Plan {
        let mut review: Review = from(json!({
            "date": "2026-02-20", "attendees": ["dana", "yossi"],
            "milestones": [{"id": "crm", "health": "at_risk", "progress": 60, "forecast": "2026-05-15"}],
            "metrics": [{"id": "fcr", "value": 64}],
            "decisions": [{"text": "Add trainers", "owner": "dana"}],
            "actions": [{"text": "Call vendor", "owner": "yossi", "metric": "fcr", "milestone": "crm"}]}));
        review.file = "reviews/2026-02-20.yaml".into();
        Plan {
            meta: from(
                json!({"schema": 1, "id": "acme", "title": "Acme", "start": "2026-01-05",
                "end": "2026-12-31", "review_every": "4w",
                "units": [{"id": "haifa", "name": "Haifa"}, {"id": "haifa-t1", "name": "T1", "parent": "haifa"}]}),
            ),
            charter: from(
                json!({"approved_by": ["dana"], "channels": [{"id": "phone", "name": "Phone"}],
                "commitments": [{"id": "answer-60s", "text": "Fast", "channel": "phone", "metric": "fcr"}]}),
            ),
            goals: from(
                json!({"goals": [{"id": "resolve", "title": "Resolve", "owner": "dana", "metrics": ["fcr"]}]}),
            ),
            milestones: from(json!({"milestones": [
                {"id": "steering", "title": "Steering", "goal": "resolve", "status": "done", "done_on": "2026-01-20"},
                {"id": "crm", "title": "CRM", "goal": "resolve", "owner": "dana", "agents": ["yossi"],
                 "start": "2026-02-01", "due": "2026-04-30", "status": "in_progress", "depends_on": ["steering"],
                 "actions": [{"title": "Pilot", "owner": "yossi"}]}]})),
            committee: from(json!({"members": [{"id": "dana", "name": "Dana"}],
                "routines": [{"id": "weekly", "name": "Weekly", "every": "1w", "owner": "dana"}]})),
            agents: from(json!({"agents": [{"id": "yossi", "name": "Yossi"}]})),
            metrics: from(
                json!({"metrics": [{"id": "fcr", "name": "FCR", "direction": "up", "owner": "dana",
                "baseline": {"value": 62, "on": "2026-01-01"}, "target": {"value": 74, "by": "2026-09-30"},
                "breakdown": [{"level": "team", "unit": "haifa-t1", "target": 72}],
                "readings": [{"on": "2026-01-31", "value": 63}, {"on": "2026-01-31", "value": 60, "unit": "haifa-t1"}]}]}),
            ),
            reviews: vec![review],
            skills: from(
                json!({"scale": 5, "assessments": [{"rep": "rep-017", "unit": "haifa-t1",
                "on": "2026-03-01", "by": "yossi", "scores": {"listening": 3, "empathy": 5}}]}),
            ),
            workshops: from(
                json!({"workshops": [{"id": "q1", "date": "2026-03-10", "topic": "Anger",
                "tools": [{"id": "script", "name": "Script", "metric": "fcr", "trial_until": "2026-04-30"}]}]}),
            ),
        }
    }

    const TODAY: &str = "2026-03-01";

    fn check(plan: &Plan) -> Vec<Diagnostic> {
        validate(plan, &HashSet::new(), d(TODAY))
    }

    /// The one diagnostic `plan` gives, checked for code, file, path and message.
    #[track_caller]
    fn only(plan: &Plan, code: &str, file: &str, at: At, fragment: &str) -> Diagnostic {
        let diags = check(plan);
        assert_eq!(diags.len(), 1, "{diags:#?}");
        let diag = diags[0].clone();
        assert_eq!(
            (diag.code, diag.file.as_str(), &diag.at),
            (code, file, &at),
            "{diag:#?}"
        );
        assert!(
            diag.message.contains(fragment),
            "{:?} lacks {fragment:?}",
            diag.message
        );
        diag
    }

    #[test]
    fn a_valid_plan_is_clean() {
        assert_eq!(check(&valid()), vec![]);
    }

    #[test]
    fn plan_yaml_errors() {
        let mut p = valid();
        p.meta.schema = 2;
        only(&p, "schema", PLAN, path!["schema"], "set `schema: 1`");
        let mut p = valid();
        p.meta.start = d("2027-01-01");
        only(
            &p,
            "date-order",
            PLAN,
            path!["end"],
            "ends on 2026-12-31, before it starts on 2027-01-01",
        );
        let mut p = valid();
        p.meta.target_guide = Some(1.0);
        p.metrics.metrics[0].target = Some(from(json!({"value": 200, "by": "2026-09-30"})));
        only(
            &p,
            "bad-value",
            PLAN,
            path!["target_guide"],
            "must be greater than 1",
        );
    }

    #[test]
    fn broken_plan_yaml_adds_no_noise() {
        let mut p = valid();
        p.meta = Default::default();
        p.milestones.milestones[1].due = Some(d("2027-06-01"));
        assert_eq!(check(&p), vec![]);
    }

    #[test]
    fn duplicate_ids_point_at_the_second_occurrence() {
        let mut p = valid();
        let copy = p.milestones.milestones[0].clone();
        p.milestones.milestones.push(copy);
        let diag = only(
            &p,
            "duplicate-id",
            MILESTONES,
            path!["milestones", 2, "id"],
            "duplicate milestone id `steering`",
        );
        assert!(diag.message.contains("milestone “Steering” already has it"));
        assert!(diag.message.contains("rename one of them"));

        let mut p = valid();
        p.meta
            .units
            .push(from(json!({"id": "haifa", "name": "Again"})));
        only(
            &p,
            "duplicate-id",
            PLAN,
            path!["units", 2, "id"],
            "duplicate unit id `haifa`",
        );
        let mut p = valid();
        p.workshops
            .workshops
            .push(from(json!({"id": "q2", "date": "2026-06-01", "topic": "T",
            "tools": [{"id": "script", "name": "Again"}]})));
        only(
            &p,
            "duplicate-id",
            WORKSHOPS,
            path!["workshops", 1, "tools", 0, "id"],
            "workshop `q1`",
        );
        let mut p = valid();
        let routine = p.committee.routines[0].clone();
        p.committee.routines.push(routine);
        only(
            &p,
            "duplicate-id",
            COMMITTEE,
            path!["routines", 1, "id"],
            "duplicate routine id `weekly`",
        );
    }

    #[test]
    fn members_and_agents_share_one_id_space() {
        let mut p = valid();
        p.agents
            .agents
            .push(from(json!({"id": "dana", "name": "Dana the agent"})));
        only(
            &p,
            "duplicate-id",
            AGENTS,
            path!["agents", 1, "id"],
            "committee member Dana already has it",
        );
    }

    #[test]
    fn unknown_references() {
        let cases: Vec<(fn(&mut Plan), &str, At, &str)> = vec![
            (|p| p.charter.approved_by.push(id("nobody")), CHARTER, path!["approved_by", 1], "approver `nobody` of the charter"),
            (|p| p.charter.commitments[0].channel = Some(id("fax")), CHARTER, path!["commitments", 0, "channel"], "is not a channel"),
            (|p| p.charter.commitments[0].metric = Some(id("nps")), CHARTER, path!["commitments", 0, "metric"], "metric `nps` of commitment `answer-60s`"),
            (|p| p.goals.goals[0].owner = Some(id("nobody")), GOALS, path!["goals", 0, "owner"], "owner `nobody` of goal `resolve`"),
            (|p| p.goals.goals[0].metrics.push(id("nps")), GOALS, path!["goals", 0, "metrics", 1], "add `nps` to metrics.yaml"),
            (|p| p.milestones.milestones[1].goal = Some(id("other")), MILESTONES, path!["milestones", 1, "goal"], "is not a goal"),
            (|p| p.milestones.milestones[1].owner = Some(id("bob")), MILESTONES, path!["milestones", 1, "owner"],
             "owner `bob` of milestone `crm` is not a committee member or change agent: add `bob` to committee.yaml or agents.yaml, or fix the id"),
            (|p| p.milestones.milestones[1].agents.push(id("dana")), MILESTONES, path!["milestones", 1, "agents", 1], "is a committee member, not a change agent"),
            (|p| p.milestones.milestones[1].depends_on.push(id("other")), MILESTONES, path!["milestones", 1, "depends_on", 1], "is not a milestone"),
            (|p| p.milestones.milestones[1].actions[0].owner = Some(id("bob")), MILESTONES, path!["milestones", 1, "actions", 0, "owner"], "action “Pilot”"),
            (|p| p.committee.routines[0].owner = Some(id("bob")), COMMITTEE, path!["routines", 0, "owner"], "routine `weekly`"),
            (|p| p.metrics.metrics[0].owner = Some(id("bob")), METRICS, path!["metrics", 0, "owner"], "metric `fcr`"),
            (|p| p.metrics.metrics[0].breakdown[0].unit = Some(id("tlv")), METRICS, path!["metrics", 0, "breakdown", 0, "unit"], "add `tlv` to the units of plan.yaml"),
            (|p| p.metrics.metrics[0].readings[1].unit = Some(id("tlv")), METRICS, path!["metrics", 0, "readings", 1, "unit"], "reading of 2026-01-31"),
            (|p| p.meta.units[1].parent = Some(id("tlv")), PLAN, path!["units", 1, "parent"], "parent `tlv` of unit `haifa-t1`"),
            (|p| p.reviews[0].attendees.push(id("bob")), "reviews/2026-02-20.yaml", path!["attendees", 2], "attendee `bob` of review 2026-02-20"),
            (|p| p.reviews[0].milestones[0].id = id("ivr"), "reviews/2026-02-20.yaml", path!["milestones", 0, "id"], "is not a milestone"),
            (|p| p.reviews[0].metrics[0].id = id("nps"), "reviews/2026-02-20.yaml", path!["metrics", 0, "id"], "is not a metric"),
            (|p| p.reviews[0].decisions[0].owner = Some(id("bob")), "reviews/2026-02-20.yaml", path!["decisions", 0, "owner"], "a decision of review"),
            (|p| p.reviews[0].actions[0].owner = Some(id("bob")), "reviews/2026-02-20.yaml", path!["actions", 0, "owner"], "action “Call vendor”"),
            (|p| p.reviews[0].actions[0].metric = Some(id("nps")), "reviews/2026-02-20.yaml", path!["actions", 0, "metric"], "is not a metric"),
            (|p| p.reviews[0].actions[0].milestone = Some(id("ivr")), "reviews/2026-02-20.yaml", path!["actions", 0, "milestone"], "is not a milestone"),
            (|p| p.skills.assessments[0].unit = Some(id("tlv")), SKILLS, path!["assessments", 0, "unit"], "assessment of `rep-017`"),
            (|p| p.skills.assessments[0].by = Some(id("bob")), SKILLS, path!["assessments", 0, "by"], "assessor `bob`"),
            (|p| p.workshops.workshops[0].tools[0].metric = Some(id("nps")), WORKSHOPS, path!["workshops", 0, "tools", 0, "metric"], "tool `script`"),
        ];
        for (break_it, file, at, fragment) in cases {
            let mut p = valid();
            break_it(&mut p);
            let diag = only(&p, "unknown-ref", file, at, fragment);
            assert_eq!(diag.severity, Severity::Error);
        }
    }

    #[test]
    fn unknown_ids_suggest_the_closest() {
        let mut p = valid();
        p.milestones.milestones[1].owner = Some(id("dnaa"));
        let diag = only(
            &p,
            "unknown-ref",
            MILESTONES,
            path!["milestones", 1, "owner"],
            "did you mean `dana`?",
        );
        assert!(diag
            .message
            .contains("Otherwise add `dnaa` to committee.yaml or agents.yaml"));
    }

    #[test]
    fn references_to_broken_items_are_not_reported() {
        let mut p = valid();
        p.milestones.milestones[1].owner = Some(id("bob"));
        let broken: HashSet<String> = ["bob".to_string()].into();
        assert_eq!(validate(&p, &broken, d(TODAY)), vec![]);
    }

    #[test]
    fn without_units_any_unit_id_is_accepted() {
        let mut p = valid();
        p.meta.units.clear();
        p.metrics.metrics[0].readings[1].unit = Some(id("anywhere"));
        p.skills.assessments[0].unit = Some(id("elsewhere"));
        assert_eq!(check(&p), vec![]);
    }

    #[test]
    fn dependency_cycles_are_reported_once_where_they_close() {
        let mut p = valid();
        let ms = &mut p.milestones.milestones;
        ms[0].depends_on = vec![id("a")];
        ms.push(from(
            json!({"id": "a", "title": "A", "goal": "resolve", "depends_on": ["b"]}),
        ));
        ms.push(from(
            json!({"id": "b", "title": "B", "goal": "resolve", "depends_on": ["crm", "a"]}),
        ));
        let diags = check(&p);
        let cycles: Vec<_> = diags.iter().filter(|x| x.code == "cycle").collect();
        assert_eq!(cycles.len(), 2, "{diags:#?}");
        assert_eq!(cycles[0].at, path!["milestones", 1, "depends_on", 0]);
        assert_eq!(
            cycles[0].message,
            "dependency cycle: steering → a → b → crm → steering: remove one of these dependencies"
        );
        assert_eq!(cycles[1].at, path!["milestones", 3, "depends_on", 1]);
        assert!(cycles[1].message.contains("a → b → a"));
        let mut p = valid();
        p.milestones.milestones[1].depends_on.push(id("crm"));
        only(
            &p,
            "cycle",
            MILESTONES,
            path!["milestones", 1, "depends_on", 1],
            "milestone `crm` depends on itself",
        );
    }

    #[test]
    fn milestone_dates_and_status() {
        let mut p = valid();
        p.milestones.milestones[1].due = Some(d("2026-01-15"));
        only(
            &p,
            "date-order",
            MILESTONES,
            path!["milestones", 1, "due"],
            "before it starts on 2026-02-01",
        );
        let mut p = valid();
        p.milestones.milestones[1].done_on = Some(d("2026-02-15"));
        only(
            &p,
            "done-on",
            MILESTONES,
            path!["milestones", 1, "done_on"],
            "its status is in_progress: set `status: done`",
        );
        let mut p = valid();
        p.milestones.milestones[0].done_on = None;
        let diag = only(
            &p,
            "done-without-date",
            MILESTONES,
            path!["milestones", 0, "status"],
            "has no done_on",
        );
        assert_eq!(diag.severity, Severity::Warning);
        let mut p = valid();
        p.milestones.milestones[1].due = Some(d("2027-01-10"));
        only(
            &p,
            "due-after-end",
            MILESTONES,
            path!["milestones", 1, "due"],
            "after the plan ends on 2026-12-31",
        );
    }

    #[test]
    fn metric_errors_and_warnings() {
        let mut p = valid();
        p.metrics.metrics[0].target = Some(from(json!({"value": 74, "by": "2025-12-01"})));
        only(
            &p,
            "date-order",
            METRICS,
            path!["metrics", 0, "target", "by"],
            "set target.by after baseline.on",
        );
        let mut p = valid();
        p.metrics.metrics[0].readings.clear();
        only(
            &p,
            "no-readings",
            METRICS,
            path!["metrics", 0],
            "charter record fcr VALUE",
        );
    }

    #[test]
    fn unrealistic_targets_name_the_realistic_one() {
        let mut p = valid();
        p.metrics.metrics[0].target = Some(from(json!({"value": 95, "by": "2026-09-30"})));
        let diag = only(&p, "unrealistic-target", METRICS, path!["metrics", 0, "target", "value"],
            "metric `fcr`: target 95 is 53% better than the baseline 62: far above the realistic 74.4 \
             (baseline × 1.2); a target this far off frustrates, consider 74.4");
        assert_eq!(diag.severity, Severity::Warning);
        p.metrics.metrics[0].target = Some(from(json!({"value": 60, "by": "2026-09-30"})));
        only(&p, "unrealistic-target", METRICS, path!["metrics", 0, "target", "value"],
            "target 60 is not better than the baseline 62 (higher is better): it asks for no effort; consider 74.4");
        let m = &mut p.metrics.metrics[0];
        m.direction = Direction::Down;
        m.baseline = Some(from(json!({"value": 120, "on": "2026-01-01"})));
        m.target = Some(from(json!({"value": 60, "by": "2026-09-30"})));
        only(
            &p,
            "unrealistic-target",
            METRICS,
            path!["metrics", 0, "target", "value"],
            "target 60 is 50% below the baseline 120: far below the realistic 100 (baseline ÷ 1.2)",
        );
    }

    #[test]
    fn goal_without_milestones_and_review_overdue() {
        let mut p = valid();
        p.goals
            .goals
            .push(from(json!({"id": "nps-up", "title": "NPS"})));
        only(
            &p,
            "goal-without-milestones",
            GOALS,
            path!["goals", 1],
            "add a milestone with `goal: nps-up`",
        );
        let mut p = valid();
        p.reviews.clear();
        only(
            &p,
            "review-overdue",
            PLAN,
            path!["review_every"],
            "was due on 2026-02-02, 27 days ago",
        );
    }

    #[test]
    fn review_rules() {
        let file = "reviews/2026-02-20.yaml";
        let mut p = valid();
        p.reviews[0].milestones[0].progress = Some(120);
        only(
            &p,
            "out-of-range",
            file,
            path!["milestones", 0, "progress"],
            "progress 120",
        );
        let mut p = valid();
        let again = p.reviews[0].milestones[0].clone();
        p.reviews[0].milestones.push(again);
        only(
            &p,
            "duplicate-id",
            file,
            path!["milestones", 1, "id"],
            "milestone `crm` appears twice",
        );
        let mut p = valid();
        p.reviews[0].date = d("2026-02-21");
        only(
            &p,
            "filename",
            file,
            path!["date"],
            "set `date: 2026-02-20`, or rename the file to reviews/2026-02-21.yaml",
        );
        let mut p = valid();
        p.reviews[0].file = "reviews/q1.yaml".into();
        only(
            &p,
            "filename",
            "reviews/q1.yaml",
            path![],
            "here reviews/2026-02-20.yaml",
        );
    }

    #[test]
    fn skill_and_workshop_rules() {
        let mut p = valid();
        p.skills.assessments[0].scores.empathy = Some(6);
        only(
            &p,
            "out-of-range",
            SKILLS,
            path!["assessments", 0, "scores", "empathy"],
            "empathy score 6",
        );
        p.skills.assessments[0].scores.empathy = Some(0);
        only(
            &p,
            "out-of-range",
            SKILLS,
            path!["assessments", 0, "scores", "empathy"],
            "outside 1..5",
        );
        let mut p = valid();
        p.skills.scale = Some(0);
        only(&p, "bad-value", SKILLS, path!["scale"], "scale 0");
        let mut p = valid();
        p.workshops.workshops[0].tools[0].trial_until = Some(d("2026-03-01"));
        only(
            &p,
            "date-order",
            WORKSHOPS,
            path!["workshops", 0, "tools", 0, "trial_until"],
            "before workshop `q1`",
        );
    }

    #[test]
    fn diagnostics_come_in_file_order() {
        let mut p = valid();
        p.workshops.workshops[0].tools[0].metric = Some(id("nps"));
        p.reviews[0].attendees.push(id("bob"));
        p.metrics.metrics[0].owner = Some(id("bob"));
        p.milestones.milestones[1].owner = Some(id("bob"));
        p.goals
            .goals
            .push(from(json!({"id": "nps-up", "title": "NPS"})));
        p.charter.approved_by.push(id("bob"));
        p.meta.schema = 3;
        let files: Vec<String> = check(&p).into_iter().map(|x| x.file).collect();
        assert_eq!(
            files,
            [
                PLAN,
                CHARTER,
                GOALS,
                MILESTONES,
                METRICS,
                "reviews/2026-02-20.yaml",
                WORKSHOPS
            ]
        );
    }
}
