//! Validation: the errors and warnings of `charter check` that need the whole
//! plan (references, duplicates, cycles, date order, realism).
//!
//! Diagnostics point at the most specific node by a path into their file;
//! the store turns paths into lines. Every message names the ids involved
//! and says what to do. They come out in file order, then item order; the
//! caller sorts by severity.

use std::collections::{BTreeSet, HashMap, HashSet};

use self::label::{label, Label};
use super::diag::{At, Diagnostic, Seg};
use super::facts::{self, Realism};
use super::model::{Direction, Metric, Milestone, Plan, Review, ReviewAction, Scores, Status};
use super::realism;
use super::types::{Date, Id};
use crate::{path, t};

const PLAN: &str = "plan.yaml";
const CHARTER: &str = "charter.yaml";
const GOALS: &str = "goals.yaml";
const MILESTONES: &str = "milestones.yaml";
const COMMITTEE: &str = "committee.yaml";
const AGENTS: &str = "agents.yaml";
const METRICS: &str = "metrics.yaml";
const SKILLS: &str = "skills.yaml";
const WORKSHOPS: &str = "workshops.yaml";
const INCIDENTS: &str = "incidents.yaml";
const PEOPLE: &str = "people.yaml";
/// An incident not investigated this many days after it happened gets a warning.
const INVESTIGATE_WITHIN_DAYS: i64 = 14;

/// Checks `plan`. `broken_ids` are the ids of items that failed to load:
/// a reference to one of them is not reported, the load error already is.
/// It may also hold the name of a file that failed to load as a whole
/// ("committee.yaml"; never a valid id, so never confused with one): then
/// no reference to the kind of item that file holds is reported either.
pub fn validate(plan: &Plan, broken_ids: &HashSet<String>, today: Date) -> Vec<Diagnostic> {
    // One order of the checks, kept by section for the UI's edits.
    Checked::of(plan, broken_ids, today).into_diagnostics()
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
    /// A rep of people.yaml; any id when it lists none.
    Rep,
    /// A person (committee member or change agent) or a rep.
    Staff,
}

impl Kind {
    /// What an id of this kind is, and where one is added.
    fn describe(self) -> (String, String) {
        match self {
            Kind::Person => (t!("check-noun-person"), t!("check-home-person")),
            Kind::Agent => (t!("check-noun-agent"), AGENTS.into()),
            Kind::Channel => (t!("check-noun-channel"), t!("check-home-channel")),
            Kind::Metric => (t!("check-noun-metric"), METRICS.into()),
            Kind::Goal => (t!("check-noun-goal"), GOALS.into()),
            Kind::Milestone => (t!("check-noun-milestone"), MILESTONES.into()),
            Kind::Unit => (t!("check-noun-unit"), t!("check-home-unit")),
            Kind::Rep => (t!("people-noun-rep"), PEOPLE.into()),
            Kind::Staff => (t!("people-noun-staff"), t!("people-home-staff")),
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
            Kind::Rep => &[PEOPLE],
            Kind::Staff => &[COMMITTEE, AGENTS, PEOPLE],
        }
    }
}

/// How a message names a field holding a reference: one entry of a list
/// reads better in the singular ("agent `x`", not "agents `x`"); languages
/// other than English name the field by its key.
fn field_name(key: &str) -> String {
    t!("check-field", key = key, singular = singular(key))
}

fn singular(key: &str) -> &str {
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
    what: String,
    first: HashMap<&'a str, Label>,
}

impl Seen<'_> {
    /// `what` names the kind: `check-what-WHAT` in the catalogue.
    fn new(what: &str) -> Self {
        Seen {
            what: crate::i18n::message(&format!("check-what-{what}"), None),
            first: HashMap::new(),
        }
    }

    /// `what` names the kind, already in words.
    fn named(what: String) -> Self {
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
    reps: BTreeSet<&'a str>,
    /// People and reps: who can mentor, coach or certify.
    staff: BTreeSet<&'a str>,
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
    whose: Label,
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
                let field = field_name(key);
                let message = t!(
                    "check-listed-twice",
                    field = field,
                    id = id.as_str(),
                    key = key
                );
                self.error("duplicate-id", self.at_entry(key, j), message);
            }
        }
    }

    fn refer_at(&mut self, at: At, key: &str, id: Option<&Id>, kind: Kind) {
        let Some(id) = id else { return };
        if let Some(message) = self.check.unknown(key, &self.whose, id, kind) {
            self.error("unknown-ref", at, message);
        }
    }

    /// Reports each of the ten skills' scores outside 1..`scale`, at
    /// `scores.SKILL` of the item.
    fn scores_in_range(&mut self, scores: &Scores, scale: u8) {
        for (skill, score) in scores.entries() {
            let Some(score) = score.filter(|s| scale > 0 && !(1..=scale).contains(s)) else {
                continue;
            };
            let (score, scale) = (score.to_string(), scale.to_string());
            let whose = self.whose.text();
            let whose = whose.as_str();
            let name = crate::i18n::code("skill", skill);
            let message = t!(
                "check-score-range",
                skill = skill,
                name = name,
                score = score,
                whose = whose,
                scale = scale
            );
            self.error("out-of-range", self.at(&["scores", skill]), message);
        }
    }

    /// Records the item's `id`, reporting it when an earlier item has it.
    fn unique(&mut self, seen: &mut Seen<'a>, id: &'a Id, label: impl Into<Label>) {
        match seen.first.get(id.as_str()) {
            Some(first) => {
                let what = seen.what.as_str();
                let first = first.text();
                let (id, first) = (id.as_str(), first.as_str());
                let message = t!("check-duplicate-id", what = what, id = id, first = first);
                self.error("duplicate-id", self.at(&["id"]), message);
            }
            None => {
                seen.first.insert(id.as_str(), label.into());
            }
        }
    }
}

impl<'a> Check<'a> {
    fn new(plan: &'a Plan, broken: &'a HashSet<String>) -> Self {
        let agents = ids(&plan.agents.agents, |a| &a.id);
        let mut people = ids(&plan.committee.members, |m| &m.id);
        people.extend(agents.iter().copied());
        let reps = ids(&plan.people.reps, |r| &r.id);
        let staff = people.union(&reps).copied().collect();
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
            reps,
            staff,
            out: Vec::new(),
        }
    }

    /// Starts checking the item at `base` (a `path!`) of `file`.
    fn item<'c>(&'c mut self, file: &'c str, whose: impl Into<Label>, base: At) -> Item<'c, 'a> {
        let base = match base {
            At::Path(segs) => segs,
            At::Pos { .. } => Vec::new(),
        };
        Item {
            check: self,
            file,
            whose: whose.into(),
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
            Kind::Rep => &self.reps,
            Kind::Staff => &self.staff,
        }
    }

    /// The message for a reference to an unknown id, None when it is fine.
    fn unknown(&self, key: &str, whose: &Label, id: &Id, kind: Kind) -> Option<String> {
        // Without a list of units the plan accepts any unit id (DESIGN §2).
        // A file that failed to load hides which ids it holds.
        // Likewise reps, without a list of reps in people.yaml.
        let unchecked = (kind == Kind::Unit && self.units.is_empty())
            || (kind == Kind::Rep && self.reps.is_empty())
            || kind.files().iter().any(|file| self.broken.contains(*file));
        let known = self.known(kind);
        if unchecked || known.contains(id.as_str()) || self.broken.contains(id.as_str()) {
            return None;
        }
        // Worded only now: most references are fine.
        let (field, whose) = (field_name(key), whose.text());
        let (field, whose) = (field.as_str(), whose.as_str());
        if kind == Kind::Agent && self.people.contains(id.as_str()) {
            let id = id.as_str();
            return Some(t!(
                "check-not-an-agent",
                field = field,
                id = id,
                whose = whose
            ));
        }
        let (noun, home) = kind.describe();
        let (id, home) = (id.as_str(), home.as_str());
        let todo = match closest(id, known) {
            Some(close) => t!("check-did-you-mean", close = close, id = id, home = home),
            None => t!("check-add-or-fix", id = id, home = home),
        };
        let noun = noun.as_str();
        Some(t!(
            "check-unknown-ref",
            field = field,
            id = id,
            whose = whose,
            noun = noun,
            todo = todo
        ))
    }

    fn plan_file(&mut self, today: Date) {
        let plan = self.plan;
        let (meta, has_meta) = (&plan.meta, self.has_meta);
        let mut s = self.item(PLAN, label!("check-whose-plan"), path![]);
        if has_meta && meta.schema != 1 {
            let message = t!("check-schema", schema = meta.schema.to_string());
            s.error("schema", path!["schema"], message);
        }
        if has_meta && meta.end < meta.start {
            let (start, end) = (meta.start.to_string(), meta.end.to_string());
            let message = t!("check-plan-dates", end = end, start = start);
            s.error("date-order", path!["end"], message);
        }
        let overdue = facts::next_review_due(plan).filter(|_| facts::review_overdue(plan, today));
        if let Some(due) = overdue.filter(|_| has_meta) {
            let since = match facts::last_review(plan) {
                Some(last) => t!("check-last-review", date = last.date.to_string()),
                None => t!("check-no-review-yet", start = meta.start.to_string()),
            };
            let days = due.days_until(today);
            let due = due.to_string();
            let message = t!(
                "check-review-overdue",
                due = due,
                days = days,
                since = since
            );
            s.warn("review-overdue", path!["review_every"], message);
        }
        if let Some(guide) = meta.target_guide.filter(|g| has_meta && !guide_ok(*g)) {
            let message = t!("check-target-guide", guide = guide.to_string());
            s.error("bad-value", path!["target_guide"], message);
        }
        let mut seen = Seen::new("unit");
        for (i, unit) in meta.units.iter().enumerate() {
            let id = &unit.id;
            let whose = label!("check-whose-unit", id = id.as_str());
            let mut s = self.item(PLAN, whose, path!["units", i]);
            s.unique(
                &mut seen,
                id,
                label!("check-first-unit", name = unit.name.as_str()),
            );
            if unit.parent.as_ref() == Some(id) {
                let message = t!("check-own-parent", id = id.as_str());
                s.error("bad-value", s.at(&["parent"]), message);
            } else {
                s.refer("parent", unit.parent.as_ref(), Kind::Unit);
            }
        }
    }

    fn charter(&mut self) {
        let charter = &self.plan.charter;
        let mut s = self.item(CHARTER, label!("check-whose-charter"), path![]);
        s.refer_all("approved_by", &charter.approved_by, Kind::Person);
        let mut seen = Seen::new("channel");
        for (i, channel) in charter.channels.iter().enumerate() {
            let mut s = self.item(CHARTER, String::new(), path!["channels", i]);
            let first = label!("check-first-channel", name = channel.name.as_str());
            s.unique(&mut seen, &channel.id, first);
        }
        let mut seen = Seen::new("commitment");
        for (i, c) in charter.commitments.iter().enumerate() {
            let whose = label!("check-whose-commitment", id = c.id.as_str());
            let mut s = self.item(CHARTER, whose, path!["commitments", i]);
            s.unique(
                &mut seen,
                &c.id,
                label!("check-first-commitment", n = i + 1),
            );
            s.refer("channel", c.channel.as_ref(), Kind::Channel);
            s.refer("metric", c.metric.as_ref(), Kind::Metric);
        }
    }

    fn goals(&mut self) {
        let plan = self.plan;
        let mut seen = Seen::new("goal");
        for (i, goal) in plan.goals.goals.iter().enumerate() {
            let id = &goal.id;
            let whose = label!("check-whose-goal", id = id.as_str());
            let mut s = self.item(GOALS, whose, path!["goals", i]);
            s.unique(
                &mut seen,
                id,
                label!("check-first-goal", title = goal.title.as_str()),
            );
            s.refer("owner", goal.owner.as_ref(), Kind::Person);
            s.refer_all("metrics", &goal.metrics, Kind::Metric);
            let milestones = &plan.milestones.milestones;
            let unknown = s.check.broken.contains(MILESTONES);
            if !unknown && !milestones.iter().any(|m| m.goal.as_ref() == Some(id)) {
                let message = t!("check-goal-without-milestones", id = id.as_str());
                s.warn("goal-without-milestones", s.at(&[]), message);
            }
        }
    }

    /// Everything before the milestones: plan.yaml, its units, the
    /// charter and the goals.
    fn head(&mut self, today: Date) {
        self.plan_file(today);
        self.unit_cycles();
        self.charter();
        self.charter_approval(today);
        self.goals();
        self.goals_have_metrics();
    }

    /// Everything after the reviews: skills, workshops, incidents, surveys
    /// and people.yaml.
    fn tail(&mut self, today: Date) {
        self.skills();
        self.workshops(today);
        self.incidents(today);
        self.surveys(today);
        self.people_file(today);
        self.recognition(today);
    }

    fn reviews(&mut self) {
        // The ids of the milestones still open, once for every review.
        let open: HashSet<&str> = (self.plan.milestones.milestones.iter())
            .filter(|m| m.is_open())
            .map(|m| m.id.as_str())
            .collect();
        for review in facts::reviews_by_date(self.plan) {
            self.review(review, &open);
        }
    }

    /// Milestone `i`: what it says depends only on itself, the ids of the
    /// plan, plan.yaml's dates, the ids met before it (`seen`) and the
    /// dependency graph (`cycles`).
    fn milestone(
        &mut self,
        i: usize,
        seen: &mut Seen<'a>,
        cycles: &mut HashMap<(usize, usize), String>,
    ) {
        let plan = self.plan;
        let Some(m) = plan.milestones.milestones.get(i) else {
            return;
        };
        let id = &m.id;
        let whose = label!("check-whose-milestone", id = id.as_str());
        let mut s = self.item(MILESTONES, whose, path!["milestones", i]);
        s.unique(
            seen,
            id,
            label!("check-first-milestone", title = m.title.as_str()),
        );
        s.refer("goal", m.goal.as_ref(), Kind::Goal);
        s.refer("owner", m.owner.as_ref(), Kind::Person);
        s.refer_all("agents", &m.agents, Kind::Agent);
        s.milestone_dates(m);
        s.once_each("depends_on", &m.depends_on);
        for (j, dep) in m.depends_on.iter().enumerate() {
            let at = s.at_entry("depends_on", j);
            if dep == id {
                let message = t!("check-depends-on-itself", id = id.as_str());
                s.error("cycle", at, message);
            } else if let Some(cycle) = cycles.remove(&(i, j)) {
                let message = t!("check-cycle", cycle = cycle);
                s.error("cycle", at, message);
            } else {
                s.refer_at(at, "depends_on", Some(dep), Kind::Milestone);
            }
        }
        for (k, action) in m.actions.iter().enumerate() {
            let title = action.title.as_str();
            let whose = t!(
                "check-whose-milestone-action",
                title = title,
                id = id.as_str()
            );
            let mut s = self.item(MILESTONES, whose, path!["milestones", i, "actions", k]);
            s.refer("owner", action.owner.as_ref(), Kind::Person);
        }
    }

    /// Committee members, routines and change agents: people share one id space.
    fn people(&mut self, today: Date) {
        let plan = self.plan;
        let mut people = Seen::new("person");
        for (i, member) in plan.committee.members.iter().enumerate() {
            let mut s = self.item(COMMITTEE, String::new(), path!["members", i]);
            let first = label!("check-first-member", name = member.name.as_str());
            s.unique(&mut people, &member.id, first);
        }
        let mut seen = Seen::new("routine");
        for (i, routine) in plan.committee.routines.iter().enumerate() {
            let whose = label!("check-whose-routine", id = routine.id.as_str());
            let mut s = self.item(COMMITTEE, whose, path!["routines", i]);
            let first = label!("check-first-routine", name = routine.name.as_str());
            s.unique(&mut seen, &routine.id, first);
            s.refer("owner", routine.owner.as_ref(), Kind::Person);
            s.refer_all("attendees", &routine.attendees, Kind::Person);
            self.meetings(i, routine, today);
        }
        for (i, agent) in plan.agents.agents.iter().enumerate() {
            let mut s = self.item(AGENTS, String::new(), path!["agents", i]);
            let first = label!("check-first-agent", name = agent.name.as_str());
            s.unique(&mut people, &agent.id, first);
        }
    }

    /// The meetings recorded under routine `i`: who came, what was
    /// decided and done, one record per day.
    fn meetings(&mut self, i: usize, routine: &'a super::model::Routine, today: Date) {
        let id = routine.id.as_str();
        let mut dates = HashSet::new();
        for (k, meeting) in routine.meetings.iter().enumerate() {
            let on = meeting.on.to_string();
            let whose = label!("check-whose-meeting", id = id, on = on.as_str());
            let mut s = self.item(COMMITTEE, whose, path!["routines", i, "meetings", k]);
            if !dates.insert(meeting.on) {
                let message = t!("check-meeting-twice", id = id, on = on.as_str());
                s.error("duplicate-id", s.at(&["on"]), message);
            }
            if meeting.on > today {
                let message = t!("check-meeting-ahead", id = id, on = on.as_str());
                s.warn("meeting-ahead", s.at(&["on"]), message);
            }
            s.refer_all("attendees", &meeting.attendees, Kind::Person);
            for (j, decision) in meeting.decisions.iter().enumerate() {
                let mut d = s.check.item(
                    COMMITTEE,
                    s.whose.clone(),
                    path!["routines", i, "meetings", k, "decisions", j],
                );
                d.refer("owner", decision.owner.as_ref(), Kind::Person);
            }
            let whose = |text: &str| {
                label!(
                    "check-whose-meeting-action",
                    text = text,
                    id = id,
                    on = on.as_str()
                )
            };
            let base = |j: usize| path!["routines", i, "meetings", k, "actions", j];
            self.actions(COMMITTEE, &meeting.actions, whose, base, meeting.on);
        }
    }

    /// Action items (of a meeting or an incident): their owners, links, and
    /// a due date not before the day they were agreed.
    fn actions(
        &mut self,
        file: &str,
        actions: &[ReviewAction],
        whose: impl Fn(&str) -> Label,
        base: impl Fn(usize) -> At,
        agreed: Date,
    ) {
        for (j, action) in actions.iter().enumerate() {
            let whose = whose(&action.text);
            let mut s = self.item(file, whose, base(j));
            s.refer("owner", action.owner.as_ref(), Kind::Person);
            s.refer("metric", action.metric.as_ref(), Kind::Metric);
            s.refer("milestone", action.milestone.as_ref(), Kind::Milestone);
            if let Some(due) = action.due.filter(|due| *due < agreed) {
                let (due, agreed) = (due.to_string(), agreed.to_string());
                let whose = s.whose.text();
                let message = t!(
                    "check-action-due-before",
                    whose = whose,
                    due = due,
                    agreed = agreed
                );
                s.error("date-order", s.at(&["due"]), message);
            }
        }
    }

    /// The incident log: ids, links, dates, and incidents left without an
    /// investigation.
    fn incidents(&mut self, today: Date) {
        let plan = self.plan;
        let mut seen = Seen::new("incident");
        for (i, incident) in plan.incidents.incidents.iter().enumerate() {
            let id = incident.id.as_str();
            let on = incident.on.to_string();
            let whose = label!("check-whose-incident", id = id);
            let mut s = self.item(INCIDENTS, whose, path!["incidents", i]);
            let first = label!("check-first-incident", title = incident.title.as_str());
            s.unique(&mut seen, &incident.id, first);
            s.refer("metric", incident.metric.as_ref(), Kind::Metric);
            s.refer("unit", incident.unit.as_ref(), Kind::Unit);
            s.refer("owner", incident.owner.as_ref(), Kind::Person);
            if incident.on > today {
                let message = t!("check-incident-ahead", id = id, on = on.as_str());
                s.warn("incident-ahead", s.at(&["on"]), message);
            }
            let investigated = incident.is_investigated();
            let days = incident.on.days_until(today);
            if !investigated && days > INVESTIGATE_WITHIN_DAYS {
                let message = t!(
                    "check-not-investigated",
                    id = id,
                    on = on.as_str(),
                    days = days
                );
                s.warn("not-investigated", s.at(&[]), message);
            }
            let whose = |text: &str| label!("check-whose-incident-action", text = text, id = id);
            let base = |j: usize| path!["incidents", i, "actions", j];
            self.actions(INCIDENTS, &incident.actions, whose, base, incident.on);
        }
    }

    /// Metric `i`: what it says depends only on itself, the ids of the
    /// plan, plan.yaml, surveys.yaml and the ids met before it (`seen`).
    fn metric(&mut self, i: usize, seen: &mut Seen<'a>, today: Date) {
        let plan = self.plan;
        let guide = plan.meta.guide();
        if let Some(metric) = plan.metrics.metrics.get(i) {
            let id = &metric.id;
            let whose = label!("check-whose-metric", id = id.as_str());
            let mut s = self.item(METRICS, whose, path!["metrics", i]);
            s.unique(
                seen,
                id,
                label!("check-first-metric", name = metric.name.as_str()),
            );
            s.refer("owner", metric.owner.as_ref(), Kind::Person);
            if let (Some(b), Some(t)) = (metric.baseline, metric.target) {
                if t.by < b.on {
                    let (by, on) = (t.by.to_string(), b.on.to_string());
                    let message = t!(
                        "check-target-before-baseline",
                        id = id.as_str(),
                        by = by,
                        on = on
                    );
                    s.error("date-order", s.at(&["target", "by"]), message);
                }
                if let Some(why) = realism_message(metric, b.value, t.value, guide) {
                    let message = t!("check-unrealistic", id = id.as_str(), why = why);
                    s.warn("unrealistic-target", s.at(&["target", "value"]), message);
                }
            }
            // A survey's scores are the metric's readings too (surveys.yaml).
            let surveyed = plan
                .surveys
                .surveys
                .iter()
                .any(|survey| survey.scores.iter().any(|score| score.metric == *id));
            if metric.readings.is_empty() && !surveyed {
                let message = t!("check-no-readings", id = id.as_str());
                s.warn("no-readings", s.at(&[]), message);
            }
            self.metric_scale(i, metric);
            self.metric_targets(i, metric, today);
            for (k, part) in metric.breakdown.iter().enumerate() {
                let whose = label!("check-whose-breakdown", id = id.as_str());
                let mut s = self.item(METRICS, whose, path!["metrics", i, "breakdown", k]);
                s.refer("unit", part.unit.as_ref(), Kind::Unit);
            }
            // Only a reading of one unit refers to anything (a million
            // readings are checked on every edit of a big plan).
            let of_a_unit = metric.readings.iter().enumerate();
            for (k, reading) in of_a_unit.filter(|(_, r)| r.unit.is_some()) {
                let on = reading.on.to_string();
                let whose = label!("check-whose-reading", on = on, id = id.as_str());
                let mut s = self.item(METRICS, whose, path!["metrics", i, "readings", k]);
                s.refer("unit", reading.unit.as_ref(), Kind::Unit);
            }
        }
    }

    /// One review; `open` holds the ids of the open milestones.
    fn review(&mut self, review: &Review, open: &HashSet<&str>) {
        let date = review.date;
        // A review built in memory has no file yet; it will be saved under its date.
        let file = review.rel_path();
        let mut s = self.item(
            &file,
            label!("check-whose-review", date = date.to_string()),
            path![],
        );
        s.review_file_name(date);
        s.refer_all("attendees", &review.attendees, Kind::Person);
        let mut seen = HashSet::new();
        for (k, entry) in review.milestones.iter().enumerate() {
            let id = &entry.id;
            let at = path!["milestones", k, "id"];
            if seen.insert(id.as_str()) {
                s.refer_at(at, "milestone", Some(id), Kind::Milestone);
            } else {
                let message = t!(
                    "check-review-twice",
                    id = id.as_str(),
                    date = date.to_string()
                );
                s.error("duplicate-id", at, message);
            }
            let open = |id: &Id| open.contains(id.as_str());
            if let Some(forecast) = entry.forecast.filter(|f| *f < date && open(id)) {
                let (forecast, date) = (forecast.to_string(), date.to_string());
                let message = t!(
                    "check-forecast-in-past",
                    id = id.as_str(),
                    forecast = forecast,
                    date = date
                );
                s.warn(
                    "forecast-in-past",
                    path!["milestones", k, "forecast"],
                    message,
                );
            }
            if let Some(progress) = entry.progress.filter(|p| *p > 100) {
                let (progress, date) = (progress.to_string(), date.to_string());
                let message = t!(
                    "check-progress-over",
                    progress = progress,
                    id = id.as_str(),
                    date = date
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
            let whose = label!("check-whose-decision", date = date.to_string());
            let mut s = self.item(&file, whose, path!["decisions", k]);
            s.refer("owner", decision.owner.as_ref(), Kind::Person);
        }
        for (k, action) in review.actions.iter().enumerate() {
            let text = action.text.as_str();
            let whose = t!(
                "check-whose-review-action",
                text = text,
                date = date.to_string()
            );
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
            let message = t!("check-scale-zero");
            let mut s = self.item(SKILLS, String::new(), path![]);
            s.error("bad-value", path!["scale"], message);
        }
        for (i, a) in skills.assessments.iter().enumerate() {
            let (rep, on) = (a.rep.as_str(), a.on.to_string());
            let whose = label!("check-whose-assessment", rep = rep, on = on);
            let mut s = self.item(SKILLS, whose, path!["assessments", i]);
            s.refer("unit", a.unit.as_ref(), Kind::Unit);
            s.refer("by", a.by.as_ref(), Kind::Person);
            s.refer("rep", Some(&a.rep), Kind::Rep);
            s.scores_in_range(&a.scores, scale);
        }
    }

    fn workshops(&mut self, today: Date) {
        let plan = self.plan;
        let mut seen = Seen::new("workshop");
        // Tools are judged by id after the workshop, so ids are unique across all workshops.
        let mut tools = Seen::new("tool");
        for (i, w) in plan.workshops.workshops.iter().enumerate() {
            let mut s = self.item(WORKSHOPS, String::new(), path!["workshops", i]);
            s.unique(
                &mut seen,
                &w.id,
                label!("check-first-workshop", topic = w.topic.as_str()),
            );
            for (k, tool) in w.tools.iter().enumerate() {
                let whose = label!("check-whose-tool", id = tool.id.as_str());
                let mut s = self.item(WORKSHOPS, whose, path!["workshops", i, "tools", k]);
                let (name, workshop) = (tool.name.as_str(), w.id.as_str());
                let label = label!("check-first-tool", name = name, workshop = workshop);
                s.unique(&mut tools, &tool.id, label);
                s.refer("metric", tool.metric.as_ref(), Kind::Metric);
                if let Some(until) = tool.trial_until.filter(|until| *until < w.date) {
                    let (until, date) = (until.to_string(), w.date.to_string());
                    let message = t!(
                        "check-trial-before-workshop",
                        tool = tool.id.as_str(),
                        until = until,
                        workshop = w.id.as_str(),
                        date = date
                    );
                    s.error("date-order", s.at(&["trial_until"]), message);
                }
                let trial = super::workshops::trial(plan, w, tool, today);
                // A trial that ends before its workshop is an error above.
                let ended = tool.trial_until.filter(|until| *until >= w.date);
                if let (super::workshops::TrialState::Decide, Some(until)) = (trial.state, ended) {
                    let message = t!(
                        "check-tool-undecided",
                        tool = tool.id.as_str(),
                        workshop = w.id.as_str(),
                        until = until.to_string(),
                        trial = super::workshops::describe(&trial)
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
            let (due, start) = (due.to_string(), start.to_string());
            let message = t!(
                "check-due-before-start",
                id = id.as_str(),
                due = due,
                start = start
            );
            self.error("date-order", self.at(&["due"]), message);
        }
        let end = self.check.plan.meta.end;
        let open = m.status != Status::Cancelled;
        if let Some(due) = m
            .due
            .filter(|due| self.check.has_meta && open && *due > end)
        {
            let (due, end) = (due.to_string(), end.to_string());
            let message = t!(
                "check-due-after-end",
                id = id.as_str(),
                due = due,
                end = end
            );
            self.warn("due-after-end", self.at(&["due"]), message);
        }
        if m.status == Status::Done && m.done_on.is_none() {
            let message = t!("check-done-without-date", id = id.as_str());
            self.warn("done-without-date", self.at(&["status"]), message);
        }
        if let Some(done_on) = m.done_on.filter(|_| m.status != Status::Done) {
            let (status, done_on) = (m.status.as_str(), done_on.to_string());
            let message = t!(
                "check-done-on-not-done",
                id = id.as_str(),
                done_on = done_on,
                status = status
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
                let (named, rename) = (named.to_string(), format!("{dir}{slash}{date}.yaml"));
                let date = date.to_string();
                let message = t!(
                    "check-review-date-name",
                    date = date,
                    file = file,
                    named = named,
                    rename = rename
                );
                self.error("filename", path!["date"], message);
            }
            _ => {
                let rename = format!("{dir}{slash}{date}.yaml");
                let message = t!("check-review-file-name", file = file, rename = rename);
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
    let up = direction == Direction::Up;
    let gain = realism::gain(direction, baseline, target);
    // The method's ratio where it means something; points at zero, below
    // zero, and on a declared scale.
    let ratio = baseline > 0.0 && scale.is_none();
    let (t, base, g) = (num(target), num(baseline), num(guide));
    let rule = if ratio {
        let id = if up {
            "check-rule-ratio-up"
        } else {
            "check-rule-ratio-down"
        };
        crate::i18n::message(id, Some(&args(&[("guide", g)])))
    } else {
        let id = if up {
            "check-rule-points-up"
        } else {
            "check-rule-points-down"
        };
        let reference = num(realism::reference(baseline, scale));
        let step = num(realism::step(direction, guide));
        crate::i18n::message(id, Some(&args(&[("step", step), ("reference", reference)])))
    };
    let mut values = args(&[
        ("target", t),
        ("baseline", base),
        ("realistic", realistic),
        ("rule", rule),
    ]);
    let id = match realism {
        Realism::Frustrating if ratio => {
            let percent = gain / baseline * 100.0;
            values.set("percent", format!("{percent:.0}"));
            if up {
                "check-frustrating-ratio-up"
            } else {
                "check-frustrating-ratio-down"
            }
        }
        Realism::Frustrating => {
            values.set("points", num(gain));
            if up {
                "check-frustrating-points-up"
            } else {
                "check-frustrating-points-down"
            }
        }
        Realism::NoEffort => {
            if up {
                "check-no-effort-up"
            } else {
                "check-no-effort-down"
            }
        }
    };
    Some(crate::i18n::message(id, Some(&values)))
}

/// Message arguments, all text.
fn args(pairs: &[(&'static str, String)]) -> crate::i18n::Args<'static> {
    let mut args = crate::i18n::Args::new();
    for (name, value) in pairs {
        args.set(*name, value.clone());
    }
    args
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

mod incremental;
pub(crate) mod label;
pub use incremental::Checked;
mod numbers;
mod surveys;
pub use surveys::survey_kind_word;
mod people;
mod recognition;

#[cfg(test)]
mod tests;
