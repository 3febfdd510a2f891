//! Every kind of item the UI lists, edits, adds and deletes, behind one
//! interface: its list in the plan, its form fields, and its JSON form.
//!
//! Forms edit an item as a JSON value and turn it back into the typed item
//! with serde, so a field accepts exactly what the YAML file accepts.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Value};

use crate::domain::model::*;

mod fields;
mod refs;
mod text;

use fields::*;
pub use fields::{Field, FieldKind, RefKind};
pub use refs::{ref_ids, references_to, tool_at};
use refs::{store_tool, tool_place};
pub use text::{field_text, form_text, set_field, tidy};

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
