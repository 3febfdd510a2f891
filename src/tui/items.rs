//! Every kind of item the UI lists, edits, adds and deletes, behind one
//! interface: its list in the plan, its form fields, and its JSON form.
//!
//! Forms edit an item as a JSON value and turn it back into the typed item
//! with serde, so a field accepts exactly what the YAML file accepts.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Value};

use crate::domain::model::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    Goal,
    Milestone,
    Metric,
    Member,
    Routine,
    Agent,
    Channel,
    Commitment,
    Review,
    /// The charter's own text: vision, values, principles, terms, approval.
    CharterText,
    /// plan.yaml's details.
    PlanDetails,
    /// One of the organisation's units (plan.yaml's `units`).
    Unit,
    /// One rep's assessment of the ten skills (skills.yaml).
    Assessment,
    /// A service workshop (workshops.yaml).
    Workshop,
    /// A tool tried after a workshop. Tools are listed across all
    /// workshops, in file order: item `i` is the i-th tool of the file, and
    /// its form names its workshop (changing it moves the tool).
    Tool,
    /// A reading of a metric. It lives inside its metric, so it is not
    /// listed on a tab: the metric's detail picks one and a form edits it
    /// (see `Form::metric`); the methods that take an index of a list of
    /// the plan have no list to work on.
    Reading,
}

/// How a form field is edited.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    Text,
    /// Multi-line text, edited in $EDITOR or a text area.
    LongText,
    Date,
    Number,
    Whole,
    Bool,
    Duration,
    /// One of a fixed set of words.
    Choice(&'static [&'static str]),
    /// An id of another item.
    Ref(RefKind),
    /// A list of ids.
    Refs(RefKind),
    /// A list of short words, separated by commas.
    Words,
    /// A list of dates YYYY-MM-DD, separated by commas or spaces.
    Dates,
    /// A list of sentences, one per line (edited in $EDITOR).
    Lines,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RefKind {
    Person,
    Agent,
    Goal,
    Milestone,
    Metric,
    Channel,
    Unit,
    Workshop,
}

#[derive(Clone, Copy, Debug)]
pub struct Field {
    pub key: &'static str,
    pub kind: FieldKind,
    pub required: bool,
}

const fn f(key: &'static str, kind: FieldKind, required: bool) -> Field {
    Field {
        key,
        kind,
        required,
    }
}

use FieldKind::*;

const CHARTER_TEXT_FIELDS: &[Field] = &[
    f("version", Whole, false),
    f("approved_on", Date, false),
    f("approved_by", Refs(RefKind::Person), false),
    f("vision", Text, false),
    f("values", Words, false),
    f("principles", Lines, false),
    f("terms", LongText, false),
];
const PLAN_DETAILS_FIELDS: &[Field] = &[
    f("id", Text, true),
    f("title", Text, true),
    f("organization", Text, false),
    f("consultant", Text, false),
    f("start", Date, true),
    f("end", Date, true),
    f("review_every", Duration, false),
    f("target_guide", Number, false),
];
const UNIT_FIELDS: &[Field] = &[
    f("id", Text, true),
    f("name", Text, true),
    f("level", Choice(UNIT_LEVEL), false),
    f("parent", Ref(RefKind::Unit), false),
];
const READING_FIELDS: &[Field] = &[
    f("on", Date, true),
    f("value", Number, true),
    f("unit", Ref(RefKind::Unit), false),
];
const ASSESSMENT_FIELDS: &[Field] = &[
    f("rep", Text, true),
    f("unit", Ref(RefKind::Unit), false),
    f("on", Date, true),
    f("by", Ref(RefKind::Person), false),
    f("scores.connection", Whole, false),
    f("scores.listening", Whole, false),
    f("scores.patience", Whole, false),
    f("scores.empathy", Whole, false),
    f("scores.thoroughness", Whole, false),
    f("scores.self_management", Whole, false),
    f("scores.agility", Whole, false),
    f("scores.resilience", Whole, false),
    f("scores.articulation", Whole, false),
    f("scores.love_of_conversation", Whole, false),
];
const WORKSHOP_FIELDS: &[Field] = &[
    f("id", Text, true),
    f("date", Date, true),
    f("topic", Text, true),
];
const TOOL_FIELDS: &[Field] = &[
    f("workshop", Ref(RefKind::Workshop), true),
    f("id", Text, true),
    f("name", Text, true),
    f("metric", Ref(RefKind::Metric), false),
    f("trial_until", Date, false),
    f("verdict", Choice(VERDICT), false),
];
const VERDICT: &[&str] = &["trial", "keep", "drop"];
const UNIT_LEVEL: &[&str] = &["rep", "team", "department", "division", "vp"];
const STATUS: &[&str] = &["planned", "in_progress", "done", "blocked", "cancelled"];
const PHASE: &[&str] = &["define", "organise", "implement"];
const HORIZON: &[&str] = &["short", "medium", "long"];
const ROLE: &[&str] = &["chair", "sponsor", "member", "secretary", "consultant"];
const LEVEL: &[&str] = &[
    "rep",
    "senior_rep",
    "team_leader",
    "shift_manager",
    "department_manager",
    "division_manager",
    "vp",
];
const METRIC_KIND: &[&str] = &["quality", "efficiency", "satisfaction", "external"];
const DIRECTION: &[&str] = &["up", "down"];

const GOAL_FIELDS: &[Field] = &[
    f("id", Text, true),
    f("title", Text, true),
    f("horizon", Choice(HORIZON), false),
    f("owner", Ref(RefKind::Person), false),
    f("metrics", Refs(RefKind::Metric), false),
    f("description", LongText, false),
];
const MILESTONE_FIELDS: &[Field] = &[
    f("id", Text, true),
    f("title", Text, true),
    f("goal", Ref(RefKind::Goal), false),
    f("phase", Choice(PHASE), false),
    f("owner", Ref(RefKind::Person), false),
    f("agents", Refs(RefKind::Agent), false),
    f("start", Date, false),
    f("due", Date, false),
    f("status", Choice(STATUS), true),
    f("done_on", Date, false),
    f("depends_on", Refs(RefKind::Milestone), false),
];
const METRIC_FIELDS: &[Field] = &[
    f("id", Text, true),
    f("name", Text, true),
    f("kind", Choice(METRIC_KIND), false),
    f("unit", Text, false),
    f("direction", Choice(DIRECTION), true),
    f("source", Text, false),
    f("every", Duration, false),
    f("owner", Ref(RefKind::Person), false),
    f("baseline.value", Number, false),
    f("baseline.on", Date, false),
    f("target.value", Number, false),
    f("target.by", Date, false),
    f("alert", Number, false),
];
const MEMBER_FIELDS: &[Field] = &[
    f("id", Text, true),
    f("name", Text, true),
    f("role", Choice(ROLE), false),
    f("title", Text, false),
    f("email", Text, false),
];
const ROUTINE_FIELDS: &[Field] = &[
    f("id", Text, true),
    f("name", Text, true),
    f("every", Duration, true),
    f("owner", Ref(RefKind::Person), false),
    f("held", Dates, false),
];
const AGENT_FIELDS: &[Field] = &[
    f("id", Text, true),
    f("name", Text, true),
    f("unit", Text, false),
    f("level", Choice(LEVEL), false),
    f("focus", Text, false),
];
const CHANNEL_FIELDS: &[Field] = &[
    f("id", Text, true),
    f("name", Text, true),
    f("hours", Text, false),
];
const COMMITMENT_FIELDS: &[Field] = &[
    f("id", Text, true),
    f("text", Text, true),
    f("channel", Ref(RefKind::Channel), false),
    f("metric", Ref(RefKind::Metric), false),
];
const REVIEW_FIELDS: &[Field] = &[
    f("date", Date, true),
    f("title", Text, false),
    f("attendees", Refs(RefKind::Person), false),
    f("summary", LongText, false),
];

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Goal => "goal",
            Kind::Milestone => "milestone",
            Kind::Metric => "metric",
            Kind::Member => "committee member",
            Kind::Routine => "routine",
            Kind::Agent => "change agent",
            Kind::Channel => "channel",
            Kind::Commitment => "commitment",
            Kind::Review => "review",
            Kind::CharterText => "charter text",
            Kind::PlanDetails => "plan details",
            Kind::Unit => "unit",
            Kind::Assessment => "skills assessment",
            Kind::Workshop => "workshop",
            Kind::Tool => "workshop tool",
            Kind::Reading => "reading",
        }
    }

    /// The fields a form shows, in file order. Nested lists (actions,
    /// readings, review entries) are edited with their own quick actions.
    pub fn fields(self) -> &'static [Field] {
        match self {
            Kind::Goal => GOAL_FIELDS,
            Kind::Milestone => MILESTONE_FIELDS,
            Kind::Metric => METRIC_FIELDS,
            Kind::Member => MEMBER_FIELDS,
            Kind::Routine => ROUTINE_FIELDS,
            Kind::Agent => AGENT_FIELDS,
            Kind::Channel => CHANNEL_FIELDS,
            Kind::Commitment => COMMITMENT_FIELDS,
            Kind::Review => REVIEW_FIELDS,
            Kind::CharterText => CHARTER_TEXT_FIELDS,
            Kind::PlanDetails => PLAN_DETAILS_FIELDS,
            Kind::Unit => UNIT_FIELDS,
            Kind::Assessment => ASSESSMENT_FIELDS,
            Kind::Workshop => WORKSHOP_FIELDS,
            Kind::Tool => TOOL_FIELDS,
            Kind::Reading => READING_FIELDS,
        }
    }

    pub fn count(self, plan: &Plan) -> usize {
        match self {
            Kind::Goal => plan.goals.goals.len(),
            Kind::Milestone => plan.milestones.milestones.len(),
            Kind::Metric => plan.metrics.metrics.len(),
            Kind::Member => plan.committee.members.len(),
            Kind::Routine => plan.committee.routines.len(),
            Kind::Agent => plan.agents.agents.len(),
            Kind::Channel => plan.charter.channels.len(),
            Kind::Commitment => plan.charter.commitments.len(),
            Kind::Review => plan.reviews.len(),
            Kind::CharterText | Kind::PlanDetails => 1,
            Kind::Unit => plan.meta.units.len(),
            Kind::Assessment => plan.skills.assessments.len(),
            Kind::Workshop => plan.workshops.workshops.len(),
            Kind::Tool => plan.workshops.workshops.iter().map(|w| w.tools.len()).sum(),
            Kind::Reading => 0,
        }
    }

    /// The item's id (a review's is its date).
    pub fn id(self, plan: &Plan, i: usize) -> String {
        let id = match self {
            Kind::Goal => plan.goals.goals.get(i).map(|x| x.id.to_string()),
            Kind::Milestone => plan.milestones.milestones.get(i).map(|x| x.id.to_string()),
            Kind::Metric => plan.metrics.metrics.get(i).map(|x| x.id.to_string()),
            Kind::Member => plan.committee.members.get(i).map(|x| x.id.to_string()),
            Kind::Routine => plan.committee.routines.get(i).map(|x| x.id.to_string()),
            Kind::Agent => plan.agents.agents.get(i).map(|x| x.id.to_string()),
            Kind::Channel => plan.charter.channels.get(i).map(|x| x.id.to_string()),
            Kind::Commitment => plan.charter.commitments.get(i).map(|x| x.id.to_string()),
            Kind::Review => plan.reviews.get(i).map(|x| x.date.to_string()),
            Kind::CharterText => Some("charter".to_string()),
            Kind::PlanDetails => Some(plan.meta.id.to_string()),
            Kind::Unit => plan.meta.units.get(i).map(|x| x.id.to_string()),
            Kind::Assessment => plan
                .skills
                .assessments
                .get(i)
                .map(|a| format!("{} {}", a.rep, a.on)),
            Kind::Workshop => plan.workshops.workshops.get(i).map(|x| x.id.to_string()),
            Kind::Tool => tool_at(plan, i).map(|(_, k)| k.id.to_string()),
            Kind::Reading => None,
        };
        id.unwrap_or_default()
    }

    pub fn to_json(self, plan: &Plan, i: usize) -> Value {
        fn j<T: Serialize>(v: Option<&T>) -> Value {
            v.and_then(|v| serde_json::to_value(v).ok())
                .unwrap_or(Value::Null)
        }
        match self {
            Kind::Goal => j(plan.goals.goals.get(i)),
            Kind::Milestone => j(plan.milestones.milestones.get(i)),
            Kind::Metric => j(plan.metrics.metrics.get(i)),
            Kind::Member => j(plan.committee.members.get(i)),
            Kind::Routine => j(plan.committee.routines.get(i)),
            Kind::Agent => j(plan.agents.agents.get(i)),
            Kind::Channel => j(plan.charter.channels.get(i)),
            Kind::Commitment => j(plan.charter.commitments.get(i)),
            Kind::Review => j(plan.reviews.get(i)),
            Kind::CharterText => j(Some(&plan.charter)),
            Kind::PlanDetails => j(Some(&plan.meta)),
            Kind::Unit => j(plan.meta.units.get(i)),
            Kind::Assessment => j(plan.skills.assessments.get(i)),
            Kind::Workshop => {
                // The tools are items of their own, edited apart.
                let mut v = j(plan.workshops.workshops.get(i));
                if let Some(map) = v.as_object_mut() {
                    map.remove("tools");
                }
                v
            }
            Kind::Tool => match tool_at(plan, i) {
                Some((w, tool)) => {
                    let mut v = j(Some(tool));
                    v["workshop"] = json!(w.id);
                    v
                }
                None => Value::Null,
            },
            Kind::Reading => Value::Null,
        }
    }

    /// A new item's starting value.
    pub fn blank(self, today: crate::domain::types::Date) -> Value {
        let today = today.to_string();
        match self {
            Kind::Milestone => json!({"id": "", "title": "", "status": "planned"}),
            Kind::Metric => json!({"id": "", "name": "", "direction": "up"}),
            Kind::Routine => json!({"id": "", "name": "", "every": "4w"}),
            Kind::Commitment => json!({"id": "", "text": ""}),
            Kind::Review => json!({"date": today}),
            Kind::Reading => json!({"on": today}),
            Kind::Assessment => json!({"rep": "", "on": today, "scores": {}}),
            Kind::Workshop => json!({"id": "", "date": today, "topic": ""}),
            Kind::Tool => json!({"workshop": "", "id": "", "name": "", "verdict": "trial"}),
            Kind::CharterText | Kind::PlanDetails => json!({}),
            // Only the item's own fields: the files refuse unknown ones.
            Kind::Goal => json!({"id": "", "title": ""}),
            Kind::Member | Kind::Agent | Kind::Channel | Kind::Unit => {
                json!({"id": "", "name": ""})
            }
        }
    }

    /// Replaces item `i` (or appends, when `i` is `None`) with `value`;
    /// returns the item's index, or why the value is not a valid item.
    pub fn store(self, plan: &mut Plan, i: Option<usize>, value: Value) -> Result<usize, String> {
        fn put<T: DeserializeOwned>(
            list: &mut Vec<T>,
            i: Option<usize>,
            value: Value,
        ) -> Result<usize, String> {
            let item: T = serde_json::from_value(value).map_err(|e| e.to_string())?;
            match i {
                Some(i) if i < list.len() => {
                    list[i] = item;
                    Ok(i)
                }
                _ => {
                    list.push(item);
                    Ok(list.len() - 1)
                }
            }
        }
        match self {
            Kind::Goal => put(&mut plan.goals.goals, i, value),
            Kind::Milestone => put(&mut plan.milestones.milestones, i, value),
            Kind::Metric => put(&mut plan.metrics.metrics, i, value),
            Kind::Member => put(&mut plan.committee.members, i, value),
            Kind::Routine => put(&mut plan.committee.routines, i, value),
            Kind::Agent => put(&mut plan.agents.agents, i, value),
            Kind::Channel => put(&mut plan.charter.channels, i, value),
            Kind::Commitment => put(&mut plan.charter.commitments, i, value),
            Kind::CharterText => {
                plan.charter = serde_json::from_value(value).map_err(|e| e.to_string())?;
                Ok(0)
            }
            Kind::PlanDetails => {
                // The units are items of their own, edited apart.
                let units = std::mem::take(&mut plan.meta.units);
                plan.meta = serde_json::from_value(value).map_err(|e| e.to_string())?;
                plan.meta.units = units;
                Ok(0)
            }
            Kind::Unit => put(&mut plan.meta.units, i, value),
            Kind::Assessment => put(&mut plan.skills.assessments, i, value),
            Kind::Workshop => {
                let tools = i
                    .and_then(|i| plan.workshops.workshops.get(i))
                    .map(|w| w.tools.clone())
                    .unwrap_or_default();
                let at = put(&mut plan.workshops.workshops, i, value)?;
                plan.workshops.workshops[at].tools = tools;
                Ok(at)
            }
            Kind::Tool => store_tool(plan, i, value),
            Kind::Reading => Err("a reading is stored with its metric".into()),
            Kind::Review => {
                let file = i.and_then(|i| plan.reviews.get(i)).map(|r| r.file.clone());
                let at = put(&mut plan.reviews, i, value)?;
                // A review keeps its file; a new one gets reviews/DATE.yaml on save.
                plan.reviews[at].file = file.unwrap_or_default();
                Ok(at)
            }
        }
    }

    pub fn remove(self, plan: &mut Plan, i: usize) {
        fn drop_at<T>(list: &mut Vec<T>, i: usize) {
            if i < list.len() {
                list.remove(i);
            }
        }
        match self {
            Kind::Goal => drop_at(&mut plan.goals.goals, i),
            Kind::Milestone => drop_at(&mut plan.milestones.milestones, i),
            Kind::Metric => drop_at(&mut plan.metrics.metrics, i),
            Kind::Member => drop_at(&mut plan.committee.members, i),
            Kind::Routine => drop_at(&mut plan.committee.routines, i),
            Kind::Agent => drop_at(&mut plan.agents.agents, i),
            Kind::Channel => drop_at(&mut plan.charter.channels, i),
            Kind::Commitment => drop_at(&mut plan.charter.commitments, i),
            Kind::Review => drop_at(&mut plan.reviews, i),
            Kind::Unit => drop_at(&mut plan.meta.units, i),
            Kind::Assessment => drop_at(&mut plan.skills.assessments, i),
            Kind::Workshop => drop_at(&mut plan.workshops.workshops, i),
            Kind::Tool => {
                if let Some((w, k)) = tool_place(plan, i) {
                    plan.workshops.workshops[w].tools.remove(k);
                }
            }
            // There is one charter and one plan: they are edited, not deleted.
            // A reading is removed from its metric.
            Kind::CharterText | Kind::PlanDetails | Kind::Reading => {}
        }
    }
}

/// Where the `i`-th tool of workshops.yaml is: (workshop, place in it).
fn tool_place(plan: &Plan, i: usize) -> Option<(usize, usize)> {
    let mut left = i;
    for (w, workshop) in plan.workshops.workshops.iter().enumerate() {
        if left < workshop.tools.len() {
            return Some((w, left));
        }
        left -= workshop.tools.len();
    }
    None
}

/// The `i`-th tool of workshops.yaml, with its workshop.
pub fn tool_at(plan: &Plan, i: usize) -> Option<(&Workshop, &Tool)> {
    let (w, k) = tool_place(plan, i)?;
    let workshop = &plan.workshops.workshops[w];
    Some((workshop, &workshop.tools[k]))
}

/// Stores a tool from its form: `workshop` names where it goes. A tool
/// moved to another workshop goes to that workshop's end.
fn store_tool(plan: &mut Plan, i: Option<usize>, mut value: Value) -> Result<usize, String> {
    let target = value
        .as_object_mut()
        .and_then(|map| map.remove("workshop"))
        .and_then(|w| w.as_str().map(str::to_string))
        .unwrap_or_default();
    let Some(w) = plan
        .workshops
        .workshops
        .iter()
        .position(|x| x.id.as_str() == target)
    else {
        return Err(format!(
            "there is no workshop `{target}`: add the workshop first, or pick one with ^n"
        ));
    };
    let tool: Tool = serde_json::from_value(value).map_err(|e| e.to_string())?;
    let k = match i.and_then(|i| tool_place(plan, i)) {
        Some((from, k)) if from == w => {
            plan.workshops.workshops[w].tools[k] = tool;
            k
        }
        place => {
            if let Some((from, k)) = place {
                plan.workshops.workshops[from].tools.remove(k);
            }
            plan.workshops.workshops[w].tools.push(tool);
            plan.workshops.workshops[w].tools.len() - 1
        }
    };
    let before: usize = plan.workshops.workshops[..w]
        .iter()
        .map(|x| x.tools.len())
        .sum();
    Ok(before + k)
}

/// The ids a reference field may take, for pickers.
pub fn ref_ids(plan: &Plan, kind: RefKind) -> Vec<String> {
    match kind {
        RefKind::Person => plan
            .committee
            .members
            .iter()
            .map(|m| m.id.to_string())
            .chain(plan.agents.agents.iter().map(|a| a.id.to_string()))
            .collect(),
        RefKind::Agent => plan
            .agents
            .agents
            .iter()
            .map(|a| a.id.to_string())
            .collect(),
        RefKind::Goal => plan.goals.goals.iter().map(|g| g.id.to_string()).collect(),
        RefKind::Milestone => plan
            .milestones
            .milestones
            .iter()
            .map(|m| m.id.to_string())
            .collect(),
        RefKind::Metric => plan
            .metrics
            .metrics
            .iter()
            .map(|m| m.id.to_string())
            .collect(),
        RefKind::Channel => plan
            .charter
            .channels
            .iter()
            .map(|c| c.id.to_string())
            .collect(),
        RefKind::Unit => plan.meta.units.iter().map(|u| u.id.to_string()).collect(),
        RefKind::Workshop => plan
            .workshops
            .workshops
            .iter()
            .map(|w| w.id.to_string())
            .collect(),
    }
}

/// Where an id is referred to, in words ("milestone crm-case-view (owner)"),
/// so deleting it can say what would be left dangling.
pub fn references_to(plan: &Plan, id: &str) -> Vec<String> {
    fn labelled<T: Serialize>(
        kind: &str,
        items: &[T],
        key: impl Fn(&T) -> String,
    ) -> Vec<(String, Value)> {
        items
            .iter()
            .map(|x| {
                (
                    format!("{kind} {}", key(x)),
                    serde_json::to_value(x).unwrap_or_default(),
                )
            })
            .collect()
    }
    let mut holders = Vec::new();
    holders.extend(labelled("goal", &plan.goals.goals, |g| g.id.to_string()));
    holders.extend(labelled("milestone", &plan.milestones.milestones, |m| {
        m.id.to_string()
    }));
    holders.extend(labelled("metric", &plan.metrics.metrics, |m| {
        m.id.to_string()
    }));
    holders.extend(labelled("routine", &plan.committee.routines, |r| {
        r.id.to_string()
    }));
    holders.extend(labelled("commitment", &plan.charter.commitments, |c| {
        c.id.to_string()
    }));
    holders.push((
        "the charter".into(),
        json!({"approved_by": plan.charter.approved_by}),
    ));
    holders.extend(labelled("review", &plan.reviews, |r| r.date.to_string()));
    holders.extend(labelled("unit", &plan.meta.units, |u| u.id.to_string()));
    holders.extend(labelled(
        "skills assessment",
        &plan.skills.assessments,
        |a| format!("of {} on {}", a.rep, a.on),
    ));
    let mut found = Vec::new();
    for (label, value) in holders {
        let mut hits = Vec::new();
        find_id(&value, id, "", &mut hits);
        found.extend(hits.into_iter().map(|field| format!("{label} ({field})")));
    }
    found
}

/// Fields (by dotted path) holding exactly `id`, skipping the item's own `id`.
fn find_id(value: &Value, id: &str, path: &str, hits: &mut Vec<String>) {
    match value {
        Value::String(s) if s == id && !path.is_empty() && path != "id" => {
            hits.push(path.to_string())
        }
        Value::Array(items) => items.iter().for_each(|v| find_id(v, id, path, hits)),
        Value::Object(map) => {
            for (k, v) in map {
                let key = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                // Entries of a review are identified by `id`: that is a reference.
                let key = if k == "id" && !path.is_empty() {
                    path.to_string()
                } else {
                    key
                };
                find_id(v, id, &key, hits);
            }
        }
        _ => {}
    }
}

/// The value of a dotted field (`baseline.value`) as text for a form.
pub fn field_text(value: &Value, key: &str) -> String {
    let mut v = value;
    for part in key.split('.') {
        match v.get(part) {
            Some(x) => v = x,
            None => return String::new(),
        }
    }
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        // 76, not the 76.0 JSON writes for a whole number read as a float.
        Value::Number(n) => n
            .as_f64()
            .map_or_else(|| n.to_string(), crate::present::number::plain),
        Value::Array(items) => items
            .iter()
            .map(|x| {
                x.as_str()
                    .map(str::to_string)
                    .unwrap_or_else(|| x.to_string())
            })
            .collect::<Vec<_>>()
            .join(", "),
        other => other.to_string(),
    }
}

/// A field's value as form text: like [`field_text`], with one sentence
/// per line for a list of sentences.
pub fn form_text(value: &Value, field: &Field) -> String {
    match (field.kind, lookup(value, field.key)) {
        (Lines, Some(Value::Array(items))) => items
            .iter()
            .map(|x| {
                x.as_str()
                    .map(str::to_string)
                    .unwrap_or_else(|| x.to_string())
            })
            .collect::<Vec<_>>()
            .join("\n"),
        _ => field_text(value, field.key),
    }
}

fn lookup<'v>(value: &'v Value, key: &str) -> Option<&'v Value> {
    key.split('.').try_fold(value, |v, part| v.get(part))
}

/// Sets a dotted field from form text; an empty text removes the field.
pub fn set_field(value: &mut Value, field: &Field, text: &str) -> Result<(), String> {
    // Long text is kept exactly (its final newline included); the rest is one line.
    let raw = text;
    let text = text.trim_end_matches('\n');
    let parsed: Option<Value> = if text.trim().is_empty() {
        None
    } else {
        Some(match field.kind {
            Number => {
                let n = crate::domain::readings::parse_value(text)?;
                json!(n)
            }
            Whole => json!(text
                .trim()
                .parse::<u64>()
                .map_err(|_| format!("`{text}` is not a whole number"))?),
            Bool => json!(matches!(text.trim(), "true" | "yes" | "y" | "x")),
            Date => {
                crate::domain::types::Date::parse(text.trim())?;
                json!(text.trim())
            }
            Duration => {
                crate::domain::types::Every::parse(text.trim())?;
                json!(text.trim())
            }
            Refs(_) => json!(text
                .split([',', ' '])
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()),
            Dates => {
                let mut dates = Vec::new();
                for part in text
                    .split([',', ' '])
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                {
                    crate::domain::types::Date::parse(part)
                        .map_err(|e| format!("`{part}`: {e}"))?;
                    dates.push(part);
                }
                json!(dates)
            }
            Words => json!(text
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()),
            Lines => json!(text
                .lines()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()),
            Choice(options) => {
                if !options.contains(&text.trim()) {
                    return Err(format!("choose one of {}", options.join(", ")));
                }
                json!(text.trim())
            }
            Text | Ref(_) => json!(text.trim()),
            LongText => json!(raw),
        })
    };
    if parsed.is_none() && field.required {
        return Err(format!("{} is required", field.key));
    }
    let parts: Vec<&str> = field.key.split('.').collect();
    let mut target = value;
    for part in &parts[..parts.len() - 1] {
        if !target.get(*part).is_some_and(Value::is_object) {
            target[*part] = json!({});
        }
        target = &mut target[*part];
    }
    let last = parts[parts.len() - 1];
    match (parsed, target.as_object_mut()) {
        (Some(v), Some(map)) => {
            map.insert(last.to_string(), v);
        }
        (None, Some(map)) => {
            map.remove(last);
        }
        _ => {}
    }
    Ok(())
}

/// Drops half-filled nested records (a baseline with a value but no date
/// is kept so serde names what is missing; an empty one goes).
pub fn tidy(value: &mut Value) {
    if let Some(map) = value.as_object_mut() {
        map.retain(|_, v| {
            !matches!(v, Value::Object(o) if o.is_empty())
                && !matches!(v, Value::Array(a) if a.is_empty())
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_and_read_nested_fields() {
        let mut v = json!({"id": "fcr"});
        let field = Field {
            key: "baseline.value",
            kind: Number,
            required: false,
        };
        set_field(&mut v, &field, "62,5").unwrap();
        assert_eq!(field_text(&v, "baseline.value"), "62.5");
        let date = Field {
            key: "due",
            kind: Date,
            required: false,
        };
        assert_eq!(
            set_field(&mut v, &date, "2026-02-30").unwrap_err(),
            "`2026-02-30` is not a date: 2026-02 has 28 days"
        );
        let refs = Field {
            key: "agents",
            kind: Refs(RefKind::Agent),
            required: false,
        };
        set_field(&mut v, &refs, "yossi, ruth").unwrap();
        assert_eq!(v["agents"], json!(["yossi", "ruth"]));
        set_field(&mut v, &refs, "").unwrap();
        assert!(v.get("agents").is_none());
    }
}
