//! Validation: the errors and warnings of `charter check` that need the whole
//! plan (references, duplicates, cycles, date order, realism).
//!
//! Diagnostics point at the most specific node by a path into their file;
//! the store turns paths into lines. Every message names the ids involved
//! and says what to do. They come out in file order, then item order; the
//! caller sorts by severity.

use std::collections::{BTreeSet, HashMap, HashSet};

use super::diag::{At, Diagnostic, Seg};
use super::facts::{self, Realism};
use super::model::{Direction, Metric, Milestone, Plan, Review, Status};
use super::realism;
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
/// It may also hold the name of a file that failed to load as a whole
/// ("committee.yaml"; never a valid id, so never confused with one): then
/// no reference to the kind of item that file holds is reported either.
pub fn validate(plan: &Plan, broken_ids: &HashSet<String>, today: Date) -> Vec<Diagnostic> {
    let mut check = Check::new(plan, broken_ids);
    check.plan_file(today);
    check.charter();
    check.charter_approval(today);
    check.goals();
    check.goals_have_metrics();
    check.milestones();
    check.people();
    check.metrics(today);
    for review in facts::reviews_by_date(plan) {
        check.review(review);
    }
    check.skills();
    check.workshops(today);
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

    /// The files that hold ids of this kind.
    fn files(self) -> &'static [&'static str] {
        match self {
            Kind::Person => &[COMMITTEE, AGENTS],
            Kind::Agent => &[AGENTS],
            Kind::Channel => &[CHARTER],
            Kind::Metric => &[METRICS],
            Kind::Goal => &[GOALS],
            Kind::Milestone => &[MILESTONES],
            Kind::Unit => &[PLAN],
        }
    }
}

/// How a message names a field holding a reference: one entry of a list
/// reads better in the singular ("agent `x`", not "agents `x`").
fn field_name(key: &str) -> &str {
    match key {
        "approved_by" => "approver",
        "agents" => "agent",
        "attendees" => "attendee",
        "by" => "assessor",
        "depends_on" => "dependency",
        "metrics" => "metric",
        other => other,
    }
}

/// The ids met so far of one kind, each with a label of the item holding it.
struct Seen<'a> {
    what: &'static str,
    first: HashMap<&'a str, String>,
}

impl Seen<'_> {
    fn new(what: &'static str) -> Self {
        Seen {
            what,
            first: HashMap::new(),
        }
    }
}

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

fn ids<'a, T>(items: &'a [T], id: impl Fn(&'a T) -> &'a Id) -> BTreeSet<&'a str> {
    items.iter().map(|item| id(item).as_str()).collect()
}

/// One item being checked: the file its diagnostics go to, how messages
/// name it ("milestone `crm`"), and the path of its node in the file.
struct Item<'c, 'a> {
    check: &'c mut Check<'a>,
    file: &'c str,
    whose: String,
    base: Vec<Seg>,
}

impl<'a> Item<'_, 'a> {
    /// The path of a field of the item (`&[]` for the item itself).
    fn at(&self, keys: &[&'static str]) -> At {
        let mut segs = self.base.clone();
        segs.extend(keys.iter().map(|&key| Seg::Key(key)));
        At::Path(segs)
    }

    /// The path of entry `j` of a list field.
    fn at_entry(&self, key: &'static str, j: usize) -> At {
        let mut segs = self.base.clone();
        segs.extend([Seg::Key(key), Seg::Index(j)]);
        At::Path(segs)
    }

    fn error(&mut self, code: &'static str, at: At, message: String) {
        let diag = Diagnostic::error(code, self.file, at, message);
        self.check.out.push(diag);
    }

    fn warn(&mut self, code: &'static str, at: At, message: String) {
        let diag = Diagnostic::warning(code, self.file, at, message);
        self.check.out.push(diag);
    }

    /// Reports the id in field `key` when it names no item of `kind`.
    fn refer(&mut self, key: &'static str, id: Option<&Id>, kind: Kind) {
        let at = self.at(&[key]);
        self.refer_at(at, key, id, kind);
    }

    /// `refer` for each entry of a list field, and [`Item::once_each`].
    fn refer_all(&mut self, key: &'static str, ids: &[Id], kind: Kind) {
        for (j, id) in ids.iter().enumerate() {
            let at = self.at_entry(key, j);
            self.refer_at(at, key, Some(id), kind);
        }
        self.once_each(key, ids);
    }

    /// Reports each entry of the list field `key` that repeats an earlier one.
    fn once_each(&mut self, key: &'static str, ids: &[Id]) {
        for (j, id) in ids.iter().enumerate() {
            if ids[..j].contains(id) {
                let message = format!(
                    "{} `{id}` is listed twice in {key}: list each id once",
                    field_name(key)
                );
                self.error("duplicate-id", self.at_entry(key, j), message);
            }
        }
    }

    fn refer_at(&mut self, at: At, key: &str, id: Option<&Id>, kind: Kind) {
        let Some(id) = id else { return };
        if let Some(message) = self.check.unknown(field_name(key), &self.whose, id, kind) {
            self.error("unknown-ref", at, message);
        }
    }

    /// Records the item's `id`, reporting it when an earlier item has it.
    fn unique(&mut self, seen: &mut Seen<'a>, id: &'a Id, label: String) {
        match seen.first.get(id.as_str()) {
            Some(first) => {
                let what = seen.what;
                let message = format!(
                    "duplicate {what} id `{id}`: {first} already has it; \
                     ids must be unique, rename one of them"
                );
                self.error("duplicate-id", self.at(&["id"]), message);
            }
            None => {
                seen.first.insert(id.as_str(), label);
            }
        }
    }
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

    /// Starts checking the item at `base` (a `path!`) of `file`.
    fn item<'c>(&'c mut self, file: &'c str, whose: String, base: At) -> Item<'c, 'a> {
        let base = match base {
            At::Path(segs) => segs,
            At::Pos { .. } => Vec::new(),
        };
        Item {
            check: self,
            file,
            whose,
            base,
        }
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

    /// The message for a reference to an unknown id, None when it is fine.
    fn unknown(&self, field: &str, whose: &str, id: &Id, kind: Kind) -> Option<String> {
        // Without a list of units the plan accepts any unit id (DESIGN §2).
        // A file that failed to load hides which ids it holds.
        let unchecked = (kind == Kind::Unit && self.units.is_empty())
            || kind.files().iter().any(|file| self.broken.contains(*file));
        let known = self.known(kind);
        if unchecked || known.contains(id.as_str()) || self.broken.contains(id.as_str()) {
            return None;
        }
        if kind == Kind::Agent && self.people.contains(id.as_str()) {
            return Some(format!(
                "{field} `{id}` of {whose} is a committee member, not a change agent: \
                 add `{id}` to agents.yaml, or remove `{id}` from the agents"
            ));
        }
        let (noun, home) = kind.describe();
        let todo = match closest(id.as_str(), known) {
            Some(close) => format!("did you mean `{close}`? Otherwise add `{id}` to {home}"),
            None => format!("add `{id}` to {home}, or fix the id"),
        };
        Some(format!("{field} `{id}` of {whose} is not {noun}: {todo}"))
    }

    fn plan_file(&mut self, today: Date) {
        let plan = self.plan;
        let (meta, has_meta) = (&plan.meta, self.has_meta);
        let mut s = self.item(PLAN, "the plan".into(), path![]);
        if has_meta && meta.schema != 1 {
            let schema = meta.schema;
            let message = format!(
                "schema {schema} is not one this charter reads: set `schema: 1`, or update charter"
            );
            s.error("schema", path!["schema"], message);
        }
        if has_meta && meta.end < meta.start {
            let (start, end) = (meta.start, meta.end);
            let message = format!(
                "the plan ends on {end}, before it starts on {start}: \
                 set `end` to a date after `start`"
            );
            s.error("date-order", path!["end"], message);
        }
        let overdue = facts::next_review_due(plan).filter(|_| facts::review_overdue(plan, today));
        if let Some(due) = overdue.filter(|_| has_meta) {
            let since = match facts::last_review(plan) {
                Some(last) => format!("the last review was on {}", last.date),
                None => format!("there has been no review since the start on {}", meta.start),
            };
            let days = due.days_until(today);
            let message = format!(
                "a milestone review was due on {due}, {days} days ago ({since}): \
                 hold one and record it in reviews/YYYY-MM-DD.yaml, or change review_every"
            );
            s.warn("review-overdue", path!["review_every"], message);
        }
        if let Some(guide) = meta.target_guide.filter(|g| has_meta && !guide_ok(*g)) {
            let message = format!(
                "target_guide {guide} must be greater than 1: a realistic target is the baseline \
                 × target_guide; set it to about 1.2, or remove it for the default 1.2"
            );
            s.error("bad-value", path!["target_guide"], message);
        }
        let mut seen = Seen::new("unit");
        for (i, unit) in meta.units.iter().enumerate() {
            let id = &unit.id;
            let mut s = self.item(PLAN, format!("unit `{id}`"), path!["units", i]);
            s.unique(&mut seen, id, format!("unit “{}”", unit.name));
            if unit.parent.as_ref() == Some(id) {
                let message =
                    format!("unit `{id}` is its own parent: set another parent, or remove it");
                s.error("bad-value", s.at(&["parent"]), message);
            } else {
                s.refer("parent", unit.parent.as_ref(), Kind::Unit);
            }
        }
    }

    fn charter(&mut self) {
        let charter = &self.plan.charter;
        let mut s = self.item(CHARTER, "the charter".into(), path![]);
        s.refer_all("approved_by", &charter.approved_by, Kind::Person);
        let mut seen = Seen::new("channel");
        for (i, channel) in charter.channels.iter().enumerate() {
            let mut s = self.item(CHARTER, String::new(), path!["channels", i]);
            s.unique(
                &mut seen,
                &channel.id,
                format!("channel “{}”", channel.name),
            );
        }
        let mut seen = Seen::new("commitment");
        for (i, c) in charter.commitments.iter().enumerate() {
            let whose = format!("commitment `{}`", c.id);
            let mut s = self.item(CHARTER, whose, path!["commitments", i]);
            s.unique(&mut seen, &c.id, format!("commitment {}", i + 1));
            s.refer("channel", c.channel.as_ref(), Kind::Channel);
            s.refer("metric", c.metric.as_ref(), Kind::Metric);
        }
    }

    fn goals(&mut self) {
        let plan = self.plan;
        let mut seen = Seen::new("goal");
        for (i, goal) in plan.goals.goals.iter().enumerate() {
            let id = &goal.id;
            let mut s = self.item(GOALS, format!("goal `{id}`"), path!["goals", i]);
            s.unique(&mut seen, id, format!("goal “{}”", goal.title));
            s.refer("owner", goal.owner.as_ref(), Kind::Person);
            s.refer_all("metrics", &goal.metrics, Kind::Metric);
            let milestones = &plan.milestones.milestones;
            let unknown = s.check.broken.contains(MILESTONES);
            if !unknown && !milestones.iter().any(|m| m.goal.as_ref() == Some(id)) {
                let message = format!(
                    "goal `{id}` has no milestones: add a milestone with `goal: {id}` \
                     to milestones.yaml, or remove the goal"
                );
                s.warn("goal-without-milestones", s.at(&[]), message);
            }
        }
    }

    fn milestones(&mut self) {
        let all = &self.plan.milestones.milestones;
        let mut cycles = dependency_cycles(all);
        let mut seen = Seen::new("milestone");
        for (i, m) in all.iter().enumerate() {
            let id = &m.id;
            let mut s = self.item(
                MILESTONES,
                format!("milestone `{id}`"),
                path!["milestones", i],
            );
            s.unique(&mut seen, id, format!("milestone “{}”", m.title));
            s.refer("goal", m.goal.as_ref(), Kind::Goal);
            s.refer("owner", m.owner.as_ref(), Kind::Person);
            s.refer_all("agents", &m.agents, Kind::Agent);
            s.milestone_dates(m);
            s.once_each("depends_on", &m.depends_on);
            for (j, dep) in m.depends_on.iter().enumerate() {
                let at = s.at_entry("depends_on", j);
                if dep == id {
                    let message = format!(
                        "milestone `{id}` depends on itself: remove `{id}` from its depends_on"
                    );
                    s.error("cycle", at, message);
                } else if let Some(cycle) = cycles.remove(&(i, j)) {
                    let message =
                        format!("dependency cycle: {cycle}: remove one of these dependencies");
                    s.error("cycle", at, message);
                } else {
                    s.refer_at(at, "depends_on", Some(dep), Kind::Milestone);
                }
            }
            for (k, action) in m.actions.iter().enumerate() {
                let whose = format!("action “{}” of milestone `{id}`", action.title);
                let mut s = self.item(MILESTONES, whose, path!["milestones", i, "actions", k]);
                s.refer("owner", action.owner.as_ref(), Kind::Person);
            }
        }
    }

    /// Committee members, routines and change agents: people share one id space.
    fn people(&mut self) {
        let plan = self.plan;
        let mut people = Seen::new("person");
        for (i, member) in plan.committee.members.iter().enumerate() {
            let mut s = self.item(COMMITTEE, String::new(), path!["members", i]);
            s.unique(
                &mut people,
                &member.id,
                format!("committee member {}", member.name),
            );
        }
        let mut seen = Seen::new("routine");
        for (i, routine) in plan.committee.routines.iter().enumerate() {
            let whose = format!("routine `{}`", routine.id);
            let mut s = self.item(COMMITTEE, whose, path!["routines", i]);
            s.unique(
                &mut seen,
                &routine.id,
                format!("routine “{}”", routine.name),
            );
            s.refer("owner", routine.owner.as_ref(), Kind::Person);
        }
        for (i, agent) in plan.agents.agents.iter().enumerate() {
            let mut s = self.item(AGENTS, String::new(), path!["agents", i]);
            s.unique(
                &mut people,
                &agent.id,
                format!("change agent {}", agent.name),
            );
        }
    }

    fn metrics(&mut self, today: Date) {
        let plan = self.plan;
        let guide = plan.meta.guide();
        let mut seen = Seen::new("metric");
        for (i, metric) in plan.metrics.metrics.iter().enumerate() {
            let id = &metric.id;
            let mut s = self.item(METRICS, format!("metric `{id}`"), path!["metrics", i]);
            s.unique(&mut seen, id, format!("metric “{}”", metric.name));
            s.refer("owner", metric.owner.as_ref(), Kind::Person);
            if let (Some(b), Some(t)) = (metric.baseline, metric.target) {
                if t.by < b.on {
                    let message = format!(
                        "metric `{id}` has its target date {} before its baseline date {}: \
                         set target.by after baseline.on",
                        t.by, b.on
                    );
                    s.error("date-order", s.at(&["target", "by"]), message);
                }
                if let Some(why) = realism_message(metric, b.value, t.value, guide) {
                    let message = format!("metric `{id}`: {why}");
                    s.warn("unrealistic-target", s.at(&["target", "value"]), message);
                }
            }
            if metric.readings.is_empty() {
                let message = format!(
                    "metric `{id}` has no readings: record one with `charter record {id} VALUE`, \
                     or import them"
                );
                s.warn("no-readings", s.at(&[]), message);
            }
            self.metric_scale(i, metric);
            self.metric_targets(i, metric, today);
            for (k, part) in metric.breakdown.iter().enumerate() {
                let whose = format!("a breakdown of metric `{id}`");
                let mut s = self.item(METRICS, whose, path!["metrics", i, "breakdown", k]);
                s.refer("unit", part.unit.as_ref(), Kind::Unit);
            }
            for (k, reading) in metric.readings.iter().enumerate() {
                let whose = format!("the reading of {} for metric `{id}`", reading.on);
                let mut s = self.item(METRICS, whose, path!["metrics", i, "readings", k]);
                s.refer("unit", reading.unit.as_ref(), Kind::Unit);
            }
        }
    }

    fn review(&mut self, review: &Review) {
        let date = review.date;
        // A review built in memory has no file yet; it will be saved under its date.
        let file = review.rel_path();
        let mut s = self.item(&file, format!("review {date}"), path![]);
        s.review_file_name(date);
        s.refer_all("attendees", &review.attendees, Kind::Person);
        let mut seen = HashSet::new();
        for (k, entry) in review.milestones.iter().enumerate() {
            let id = &entry.id;
            let at = path!["milestones", k, "id"];
            if seen.insert(id.as_str()) {
                s.refer_at(at, "milestone", Some(id), Kind::Milestone);
            } else {
                let message = format!(
                    "milestone `{id}` appears twice in review {date}: keep one entry per milestone"
                );
                s.error("duplicate-id", at, message);
            }
            let open = |id: &Id| {
                s.check
                    .plan
                    .milestones
                    .milestones
                    .iter()
                    .any(|m| m.id == *id && m.is_open())
            };
            if let Some(forecast) = entry.forecast.filter(|f| *f < date && open(id)) {
                let message = format!(
                    "milestone `{id}` is forecast for {forecast} in review {date}, a date already \
                     past at that review while it is still open: forecast {date} or later, so its \
                     slip shows"
                );
                s.warn(
                    "forecast-in-past",
                    path!["milestones", k, "forecast"],
                    message,
                );
            }
            if let Some(progress) = entry.progress.filter(|p| *p > 100) {
                let message = format!(
                    "progress {progress} of milestone `{id}` in review {date} is above 100: \
                     progress is a percent, from 0 to 100"
                );
                s.error("out-of-range", path!["milestones", k, "progress"], message);
            }
        }
        for (k, entry) in review.metrics.iter().enumerate() {
            s.refer_at(
                path!["metrics", k, "id"],
                "metric",
                Some(&entry.id),
                Kind::Metric,
            );
        }
        for (k, decision) in review.decisions.iter().enumerate() {
            let whose = format!("a decision of review {date}");
            let mut s = self.item(&file, whose, path!["decisions", k]);
            s.refer("owner", decision.owner.as_ref(), Kind::Person);
        }
        for (k, action) in review.actions.iter().enumerate() {
            let whose = format!("action “{}” of review {date}", action.text);
            let mut s = self.item(&file, whose, path!["actions", k]);
            s.refer("owner", action.owner.as_ref(), Kind::Person);
            s.refer("metric", action.metric.as_ref(), Kind::Metric);
            s.refer("milestone", action.milestone.as_ref(), Kind::Milestone);
        }
    }

    fn skills(&mut self) {
        let skills = &self.plan.skills;
        let scale = skills.max_score();
        if scale == 0 {
            let message =
                "scale 0 leaves no possible score: scores run from 1 to scale; set `scale: 5`";
            let mut s = self.item(SKILLS, String::new(), path![]);
            s.error("bad-value", path!["scale"], message.into());
        }
        for (i, a) in skills.assessments.iter().enumerate() {
            let whose = format!("the assessment of `{}` on {}", a.rep, a.on);
            let mut s = self.item(SKILLS, whose, path!["assessments", i]);
            s.refer("unit", a.unit.as_ref(), Kind::Unit);
            s.refer("by", a.by.as_ref(), Kind::Person);
            for (skill, score) in a.scores.entries() {
                let Some(score) = score.filter(|s| scale > 0 && !(1..=scale).contains(s)) else {
                    continue;
                };
                let message = format!(
                    "{skill} score {score} in {} is outside 1..{scale}: \
                     give a score from 1 to {scale}, or change `scale`",
                    s.whose
                );
                s.error("out-of-range", s.at(&["scores", skill]), message);
            }
        }
    }

    fn workshops(&mut self, today: Date) {
        let plan = self.plan;
        let mut seen = Seen::new("workshop");
        // Tools are judged by id after the workshop, so ids are unique across all workshops.
        let mut tools = Seen::new("tool");
        for (i, w) in plan.workshops.workshops.iter().enumerate() {
            let mut s = self.item(WORKSHOPS, String::new(), path!["workshops", i]);
            s.unique(&mut seen, &w.id, format!("workshop “{}”", w.topic));
            for (k, tool) in w.tools.iter().enumerate() {
                let whose = format!("tool `{}`", tool.id);
                let mut s = self.item(WORKSHOPS, whose, path!["workshops", i, "tools", k]);
                let label = format!("tool “{}” of workshop `{}`", tool.name, w.id);
                s.unique(&mut tools, &tool.id, label);
                s.refer("metric", tool.metric.as_ref(), Kind::Metric);
                if let Some(until) = tool.trial_until.filter(|until| *until < w.date) {
                    let message = format!(
                        "tool `{}` is tried until {until}, before workshop `{}` on {}: \
                         set trial_until after the workshop",
                        tool.id, w.id, w.date
                    );
                    s.error("date-order", s.at(&["trial_until"]), message);
                }
                let trial = super::workshops::trial(plan, w, tool, today);
                // A trial that ends before its workshop is an error above.
                let ended = tool.trial_until.filter(|until| *until >= w.date);
                if let (super::workshops::TrialState::Decide, Some(until)) = (trial.state, ended) {
                    let message = format!(
                        "tool `{}` of workshop `{}` was on trial until {until}: \
                         decide: keep or drop — {}; set `verdict: keep` or `verdict: drop`",
                        tool.id,
                        w.id,
                        super::workshops::describe(&trial)
                    );
                    s.warn("tool-undecided", s.at(&["trial_until"]), message);
                }
            }
        }
    }
}

impl Item<'_, '_> {
    fn milestone_dates(&mut self, m: &Milestone) {
        let id = &m.id;
        if let Some((start, due)) = m.start.zip(m.due).filter(|(start, due)| due < start) {
            let message = format!(
                "milestone `{id}` is due on {due}, before it starts on {start}: \
                 move `due` after `start`, or fix `start`"
            );
            self.error("date-order", self.at(&["due"]), message);
        }
        let end = self.check.plan.meta.end;
        let open = m.status != Status::Cancelled;
        if let Some(due) = m
            .due
            .filter(|due| self.check.has_meta && open && *due > end)
        {
            let message = format!(
                "milestone `{id}` is due on {due}, after the plan ends on {end}: \
                 move the due date, or extend `end` in plan.yaml"
            );
            self.warn("due-after-end", self.at(&["due"]), message);
        }
        if m.status == Status::Done && m.done_on.is_none() {
            let message = format!(
                "milestone `{id}` is done but has no done_on: \
                 add `done_on: YYYY-MM-DD` with the day it was done"
            );
            self.warn("done-without-date", self.at(&["status"]), message);
        }
        if let Some(done_on) = m.done_on.filter(|_| m.status != Status::Done) {
            let status = m.status.as_str();
            let message = format!(
                "milestone `{id}` has done_on {done_on} but its status is {status}: \
                 set `status: done`, or remove done_on"
            );
            self.error("done-on", self.at(&["done_on"]), message);
        }
    }

    /// A review file is named after its date: reviews/YYYY-MM-DD.yaml.
    fn review_file_name(&mut self, date: Date) {
        let file = self.file;
        let (dir, name) = file.rsplit_once('/').unwrap_or(("", file));
        let slash = if dir.is_empty() { "" } else { "/" };
        match name.strip_suffix(".yaml").map(Date::parse) {
            Some(Ok(named)) if named == date => {}
            Some(Ok(named)) => {
                let message = format!(
                    "review date {date} does not match its file name {file}: set `date: {named}`, \
                     or rename the file to {dir}{slash}{date}.yaml"
                );
                self.error("filename", path!["date"], message);
            }
            _ => {
                let message = format!(
                    "review file name {file} is not a date: name each review file YYYY-MM-DD.yaml \
                     after its date, here {dir}{slash}{date}.yaml"
                );
                self.error("filename", path![], message);
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

/// Says why a target is unrealistic and what target would be realistic
/// (the rule and its worked examples: [`super::realism`]).
fn realism_message(metric: &Metric, baseline: f64, target: f64, guide: f64) -> Option<String> {
    let realism = facts::target_realism(metric, guide)?;
    // An invalid guide is reported on its own; judging targets by it would mislead.
    if !guide_ok(guide) {
        return None;
    }
    let (direction, scale) = (metric.direction, metric.scale);
    let realistic = num(facts::suggested_target(baseline, direction, guide, scale));
    let (how, op, better, word) = match direction {
        Direction::Up => ("above", "×", "higher", "better than"),
        Direction::Down => ("below", "÷", "lower", "below"),
    };
    let gain = realism::gain(direction, baseline, target);
    // The method's ratio where it means something; points at zero, below
    // zero, and on a declared scale.
    let ratio = baseline > 0.0 && scale.is_none();
    let (t, base, g) = (num(target), num(baseline), num(guide));
    let rule = if ratio {
        format!("baseline {op} {g}")
    } else {
        let sign = if direction == Direction::Up {
            '+'
        } else {
            '−'
        };
        let reference = realism::reference(baseline, scale);
        let step = realism::step(direction, guide);
        format!("baseline {sign} {} × {}", num(step), num(reference))
    };
    Some(match realism {
        Realism::Frustrating if ratio => {
            let percent = gain / baseline * 100.0;
            format!(
                "target {t} is {percent:.0}% {word} the baseline {base}: far {how} the realistic \
                 {realistic} ({rule}); a target this far off frustrates, consider {realistic}"
            )
        }
        Realism::Frustrating => format!(
            "target {t} is {} points {word} the baseline {base}: far {how} the realistic \
             {realistic} ({rule}); a target this far off frustrates, consider {realistic}",
            num(gain)
        ),
        Realism::NoEffort => format!(
            "target {t} is not better than the baseline {base} ({better} is better): \
             it asks for no effort; consider {realistic} ({rule})"
        ),
    })
}

/// Cycles among milestone dependencies, keyed by (milestone index,
/// depends_on index) of the entry that closes each one. A depth-first walk
/// finds each back edge once; removing the reported edges breaks every cycle.
fn dependency_cycles(all: &[Milestone]) -> HashMap<(usize, usize), String> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        OnPath,
        Done,
    }
    let mut index: HashMap<&str, usize> = HashMap::new();
    for (i, m) in all.iter().enumerate() {
        index.entry(m.id.as_str()).or_insert(i);
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
                    let on_cycle = path[from..].iter().map(|&(w, _)| all[w].id.as_str());
                    let mut names: Vec<&str> = on_cycle.collect();
                    names.push(all[v].id.as_str());
                    cycles.insert((u, j), names.join(" → "));
                }
                _ => {}
            }
        }
    }
    cycles
}

mod numbers;

#[cfg(test)]
mod tests;
