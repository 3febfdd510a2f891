//! Every kind of item the UI lists, edits, adds and deletes, behind one
//! interface: its list in the plan, its form fields, and its JSON form.
//!
//! Forms edit an item as a JSON value and turn it back into the typed item
//! with serde, so a field accepts exactly what the YAML file accepts.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Value};

use crate::domain::model::*;
use crate::tui::rows::word;

mod fields;
mod meetings;
mod nested;
mod refs;
mod text;
mod training;
mod week;

use fields::*;
pub use fields::{label as field_label, shown_choice, Field, FieldKind, RefKind};
pub use meetings::{meeting_ref, meetings as all_meetings};
use meetings::{MEETING_ACTIONS, MEETING_DECISIONS};
use nested::*;
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
    /// The kinds below live inside another item and are not rows of a
    /// tab: their parent's detail (or the review screen) picks one. Item
    /// `i` is the i-th of the file, across parents (see `nested`); the
    /// form names the parent in a field of its own.
    ///
    /// A reading of a metric (`metric`).
    Reading,
    /// An action of a milestone (`milestone`).
    MilestoneAction,
    /// A metric's target for one level, unit and period (`metric`).
    Breakdown,
    /// A decision of a review (`review`: its date).
    Decision,
    /// An action a review set, maybe correcting a metric or a milestone.
    ReviewAction,
    /// How a milestone stood at a review.
    ReviewMilestone,
    /// A metric's value at a review.
    ReviewMetric,
    /// A key event of incidents.yaml, investigated with its action items.
    Incident,
    /// An action item of an incident (`incident`).
    IncidentAction,
    /// A recorded occurrence of a routine (`routine`).
    Meeting,
    /// A decision taken at a meeting (`meeting`: `ROUTINE DATE`).
    MeetingDecision,
    /// An action set at a meeting (`meeting`: `ROUTINE DATE`).
    MeetingAction,
    /// A rep of people.yaml, from hiring to certification. The training
    /// parts and the certification's scores are kept as written.
    Rep,
    /// Coaching of one rep's skill (people.yaml).
    Coaching,
    /// Praise a rep received, and the day it was passed on (recognition.yaml).
    Praise,
    /// A service hero of a month or a quarter (recognition.yaml).
    Hero,
    /// A Customer Service Week: its form shows the five days as fields of
    /// their own (`day1`, `owner1`, …), written back as `days`.
    ServiceWeek,
}

/// Every kind that can be added, with the key that picks it in the add
/// chooser, in the order the chooser lists them after the tab's own.
pub const ADDABLE: &[(Kind, char)] = &[
    (Kind::Goal, 'g'),
    (Kind::Milestone, 'm'),
    (Kind::MilestoneAction, 'a'),
    (Kind::Metric, 'M'),
    (Kind::Reading, 'r'),
    (Kind::Breakdown, 'b'),
    (Kind::Unit, 'u'),
    (Kind::Channel, 'c'),
    (Kind::Commitment, 'C'),
    (Kind::Member, 'p'),
    (Kind::Routine, 'o'),
    (Kind::Agent, 'A'),
    (Kind::Workshop, 'w'),
    (Kind::Tool, 't'),
    (Kind::Assessment, 's'),
    (Kind::Review, 'v'),
    (Kind::Decision, 'd'),
    (Kind::ReviewAction, 'x'),
    (Kind::ReviewMilestone, 'e'),
    (Kind::ReviewMetric, 'n'),
    (Kind::Incident, 'i'),
    (Kind::IncidentAction, 'I'),
    (Kind::Meeting, 'G'),
    (Kind::MeetingDecision, 'D'),
    (Kind::MeetingAction, 'X'),
    (Kind::Rep, 'R'),
    (Kind::Coaching, 'k'),
    (Kind::Praise, 'P'),
    (Kind::Hero, 'H'),
    (Kind::ServiceWeek, 'W'),
];

impl Kind {
    /// For a kind inside another item: the form field naming its parent.
    pub fn parent_key(self) -> Option<&'static str> {
        match self {
            Kind::Reading | Kind::Breakdown => Some("metric"),
            Kind::MilestoneAction => Some("milestone"),
            Kind::Tool => Some("workshop"),
            Kind::Decision | Kind::ReviewAction | Kind::ReviewMilestone | Kind::ReviewMetric => {
                Some("review")
            }
            Kind::IncidentAction => Some("incident"),
            Kind::Meeting => Some("routine"),
            Kind::MeetingDecision | Kind::MeetingAction => Some(meetings::KEY),
            _ => None,
        }
    }

    /// For a kind inside another item: where item `i` is, as (the
    /// parent's index in its list, the item's place among the parent's).
    pub fn place(self, plan: &Plan, i: usize) -> Option<(usize, usize)> {
        match self {
            Kind::Reading => READINGS.place(&plan.metrics.metrics, i),
            Kind::MilestoneAction => ACTIONS.place(&plan.milestones.milestones, i),
            Kind::Breakdown => BREAKDOWNS.place(&plan.metrics.metrics, i),
            Kind::Decision => DECISIONS.place(&plan.reviews, i),
            Kind::ReviewAction => REVIEW_ACTIONS.place(&plan.reviews, i),
            Kind::ReviewMilestone => REVIEW_MILESTONES.place(&plan.reviews, i),
            Kind::ReviewMetric => REVIEW_METRICS.place(&plan.reviews, i),
            Kind::Tool => tool_place(plan, i),
            Kind::IncidentAction => INCIDENT_ACTIONS.place(&plan.incidents.incidents, i),
            Kind::Meeting => MEETINGS.place(&plan.committee.routines, i),
            _ => None,
        }
    }

    /// The number of the `k`-th item of the kind inside parent `p` (the
    /// inverse of [`Kind::place`]).
    pub fn nested(self, plan: &Plan, p: usize, k: usize) -> usize {
        match self {
            Kind::Reading => READINGS.flat(&plan.metrics.metrics, p, k),
            Kind::MilestoneAction => ACTIONS.flat(&plan.milestones.milestones, p, k),
            Kind::Breakdown => BREAKDOWNS.flat(&plan.metrics.metrics, p, k),
            Kind::Decision => DECISIONS.flat(&plan.reviews, p, k),
            Kind::ReviewAction => REVIEW_ACTIONS.flat(&plan.reviews, p, k),
            Kind::ReviewMilestone => REVIEW_MILESTONES.flat(&plan.reviews, p, k),
            Kind::ReviewMetric => REVIEW_METRICS.flat(&plan.reviews, p, k),
            Kind::IncidentAction => INCIDENT_ACTIONS.flat(&plan.incidents.incidents, p, k),
            Kind::Meeting => MEETINGS.flat(&plan.committee.routines, p, k),
            _ => k,
        }
    }

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
            Kind::MilestoneAction => "milestone action",
            Kind::Breakdown => "breakdown target",
            Kind::Decision => "review decision",
            Kind::ReviewAction => "review action",
            Kind::ReviewMilestone => "review milestone entry",
            Kind::ReviewMetric => "review metric entry",
            Kind::Incident => "incident",
            Kind::IncidentAction => "incident action",
            Kind::Meeting => "meeting",
            Kind::MeetingDecision => "meeting decision",
            Kind::MeetingAction => "meeting action",
            Kind::Rep => "rep",
            Kind::Coaching => "coaching",
            Kind::Praise => "praise",
            Kind::Hero => "service hero",
            Kind::ServiceWeek => "service week",
        }
    }

    /// The kind's name as the screen shows it, in the current language
    /// ([`Kind::name`] is the English one commit messages use).
    pub fn word(self) -> String {
        match self {
            Kind::Incident
            | Kind::IncidentAction
            | Kind::Meeting
            | Kind::MeetingDecision
            | Kind::MeetingAction => {
                crate::t!(&format!("meet-kind-{}", self.name().replace(' ', "-")))
            }
            Kind::Rep => crate::t!("people-tui-kind-rep"),
            Kind::Coaching => crate::t!("people-tui-kind-coaching"),
            Kind::Praise => crate::t!("recog-diff-kind-praise"),
            Kind::Hero => crate::t!("recog-diff-kind-hero"),
            Kind::ServiceWeek => crate::t!("recog-diff-kind-service_week"),
            _ => crate::t!(&format!("tui-kind-{}", self.name().replace(' ', "-"))),
        }
    }

    /// The fields a form shows, in file order (an item inside another
    /// starts with the field naming its parent). Nested lists (actions,
    /// readings, review entries…) are kinds of their own, with forms.
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
            Kind::MilestoneAction => ACTION_FIELDS,
            Kind::Breakdown => BREAKDOWN_FIELDS,
            Kind::Decision => DECISION_FIELDS,
            Kind::ReviewAction => REVIEW_ACTION_FIELDS,
            Kind::ReviewMilestone => REVIEW_MILESTONE_FIELDS,
            Kind::ReviewMetric => REVIEW_METRIC_FIELDS,
            Kind::Incident => INCIDENT_FIELDS,
            Kind::IncidentAction => INCIDENT_ACTION_FIELDS,
            Kind::Meeting => MEETING_FIELDS,
            Kind::MeetingDecision => MEETING_DECISION_FIELDS,
            Kind::MeetingAction => MEETING_ACTION_FIELDS,
            Kind::Rep => REP_FIELDS,
            Kind::Coaching => COACHING_FIELDS,
            Kind::Praise => PRAISE_FIELDS,
            Kind::Hero => HERO_FIELDS,
            Kind::ServiceWeek => SERVICE_WEEK_FIELDS,
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
            Kind::Reading => READINGS.count(&plan.metrics.metrics),
            Kind::MilestoneAction => ACTIONS.count(&plan.milestones.milestones),
            Kind::Breakdown => BREAKDOWNS.count(&plan.metrics.metrics),
            Kind::Decision => DECISIONS.count(&plan.reviews),
            Kind::ReviewAction => REVIEW_ACTIONS.count(&plan.reviews),
            Kind::ReviewMilestone => REVIEW_MILESTONES.count(&plan.reviews),
            Kind::ReviewMetric => REVIEW_METRICS.count(&plan.reviews),
            Kind::Incident => plan.incidents.incidents.len(),
            Kind::IncidentAction => INCIDENT_ACTIONS.count(&plan.incidents.incidents),
            Kind::Meeting => MEETINGS.count(&plan.committee.routines),
            Kind::MeetingDecision => MEETING_DECISIONS.count(plan),
            Kind::MeetingAction => MEETING_ACTIONS.count(plan),
            Kind::Rep => plan.people.reps.len(),
            Kind::Coaching => plan.people.coaching.len(),
            Kind::Praise => plan.recognition.praise.len(),
            Kind::Hero => plan.recognition.heroes.len(),
            Kind::ServiceWeek => plan.recognition.service_week.len(),
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
            Kind::Reading => READINGS
                .get(&plan.metrics.metrics, i)
                .map(|(m, r)| format!("{} {}", m.id, r.on)),
            Kind::MilestoneAction => ACTIONS
                .get(&plan.milestones.milestones, i)
                .map(|(m, a)| format!("{}: {}", m.id, a.title)),
            Kind::Breakdown => BREAKDOWNS.get(&plan.metrics.metrics, i).map(|(m, b)| {
                let mut words = vec![m.id.to_string(), word(&b.level)];
                words.extend(b.unit.as_ref().map(|u| u.to_string()));
                words.extend(b.period.as_ref().map(word));
                words.join(" ")
            }),
            Kind::Decision => DECISIONS
                .get(&plan.reviews, i)
                .map(|(r, d)| format!("{}: {}", r.date, d.text)),
            Kind::ReviewAction => REVIEW_ACTIONS
                .get(&plan.reviews, i)
                .map(|(r, a)| format!("{}: {}", r.date, a.text)),
            Kind::ReviewMilestone => REVIEW_MILESTONES
                .get(&plan.reviews, i)
                .map(|(r, e)| format!("{} {}", r.date, e.id)),
            Kind::ReviewMetric => REVIEW_METRICS
                .get(&plan.reviews, i)
                .map(|(r, e)| format!("{} {}", r.date, e.id)),
            Kind::Incident => plan.incidents.incidents.get(i).map(|x| x.id.to_string()),
            Kind::IncidentAction => INCIDENT_ACTIONS
                .get(&plan.incidents.incidents, i)
                .map(|(x, a)| format!("{}: {}", x.id, a.text)),
            Kind::Meeting => MEETINGS
                .get(&plan.committee.routines, i)
                .map(|(r, m)| meeting_ref(r, m)),
            Kind::MeetingDecision => MEETING_DECISIONS
                .get(plan, i)
                .map(|(r, m, d)| format!("{}: {}", meeting_ref(r, m), d.text)),
            Kind::MeetingAction => MEETING_ACTIONS
                .get(plan, i)
                .map(|(r, m, a)| format!("{}: {}", meeting_ref(r, m), a.text)),
            Kind::Rep => plan.people.reps.get(i).map(|x| x.id.to_string()),
            Kind::Coaching => plan
                .people
                .coaching
                .get(i)
                .map(|c| format!("{} {}", c.rep, c.skill.code())),
            Kind::Praise => plan
                .recognition
                .praise
                .get(i)
                .map(|x| format!("{} {}", x.rep, x.on)),
            Kind::Hero => plan
                .recognition
                .heroes
                .get(i)
                .map(|x| format!("{} {}", x.period, x.rep)),
            Kind::ServiceWeek => plan
                .recognition
                .service_week
                .get(i)
                .map(|x| x.start.to_string()),
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
            Kind::Reading => READINGS.to_json(&plan.metrics.metrics, i),
            Kind::MilestoneAction => ACTIONS.to_json(&plan.milestones.milestones, i),
            Kind::Breakdown => BREAKDOWNS.to_json(&plan.metrics.metrics, i),
            Kind::Decision => DECISIONS.to_json(&plan.reviews, i),
            Kind::ReviewAction => REVIEW_ACTIONS.to_json(&plan.reviews, i),
            Kind::ReviewMilestone => REVIEW_MILESTONES.to_json(&plan.reviews, i),
            Kind::ReviewMetric => REVIEW_METRICS.to_json(&plan.reviews, i),
            Kind::Incident => {
                // The actions are items of their own, edited apart.
                let mut v = j(plan.incidents.incidents.get(i));
                if let Some(map) = v.as_object_mut() {
                    map.remove("actions");
                }
                v
            }
            Kind::IncidentAction => INCIDENT_ACTIONS.to_json(&plan.incidents.incidents, i),
            Kind::Meeting => {
                // Decisions and actions are items of their own, edited apart.
                let mut v = MEETINGS.to_json(&plan.committee.routines, i);
                if let Some(map) = v.as_object_mut() {
                    map.remove("decisions");
                    map.remove("actions");
                }
                v
            }
            Kind::MeetingDecision => MEETING_DECISIONS.to_json(plan, i),
            Kind::MeetingAction => MEETING_ACTIONS.to_json(plan, i),
            Kind::Rep => {
                let mut v = j(plan.people.reps.get(i));
                training::to_form(&mut v);
                v
            }
            Kind::Coaching => j(plan.people.coaching.get(i)),
            Kind::Praise => j(plan.recognition.praise.get(i)),
            Kind::Hero => j(plan.recognition.heroes.get(i)),
            Kind::ServiceWeek => week::to_form(plan.recognition.service_week.get(i)),
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
            Kind::Reading => json!({"metric": "", "on": today}),
            Kind::MilestoneAction => json!({"milestone": "", "title": ""}),
            Kind::Breakdown => json!({"metric": ""}),
            Kind::Decision => json!({"review": "", "text": ""}),
            Kind::ReviewAction => json!({"review": "", "text": ""}),
            Kind::ReviewMilestone => json!({"review": "", "health": "not_started"}),
            Kind::ReviewMetric => json!({"review": ""}),
            Kind::Assessment => json!({"rep": "", "on": today, "scores": {}}),
            Kind::Workshop => json!({"id": "", "date": today, "topic": ""}),
            Kind::Tool => json!({"workshop": "", "id": "", "name": "", "verdict": "trial"}),
            Kind::CharterText | Kind::PlanDetails => json!({}),
            // Only the item's own fields: the files refuse unknown ones.
            Kind::Goal => json!({"id": "", "title": ""}),
            Kind::Member | Kind::Agent | Kind::Channel | Kind::Unit => {
                json!({"id": "", "name": ""})
            }
            Kind::Incident => json!({"id": "", "on": today, "title": ""}),
            Kind::IncidentAction => json!({"incident": "", "text": ""}),
            Kind::Meeting => json!({"routine": "", "on": today}),
            Kind::MeetingDecision => json!({"meeting": "", "text": ""}),
            Kind::MeetingAction => json!({"meeting": "", "text": ""}),
            Kind::Rep => json!({"id": "", "name": "", "start": today}),
            Kind::Coaching => json!({"rep": "", "skill": "", "kind": "guidance"}),
            Kind::Praise => json!({"on": today, "rep": "", "text": ""}),
            Kind::Hero => {
                let quarter = crate::domain::recognition::Period::quarter_of(
                    crate::domain::types::Date::parse(&today).unwrap_or_default(),
                );
                json!({"period": quarter.to_string(), "rep": ""})
            }
            Kind::ServiceWeek => week::template(&today),
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
            Kind::Reading => READINGS.store(&mut plan.metrics.metrics, i, value),
            Kind::MilestoneAction => ACTIONS.store(&mut plan.milestones.milestones, i, value),
            Kind::Breakdown => BREAKDOWNS.store(&mut plan.metrics.metrics, i, value),
            Kind::Decision => DECISIONS.store(&mut plan.reviews, i, value),
            Kind::ReviewAction => REVIEW_ACTIONS.store(&mut plan.reviews, i, value),
            Kind::ReviewMilestone => REVIEW_MILESTONES.store(&mut plan.reviews, i, value),
            Kind::ReviewMetric => REVIEW_METRICS.store(&mut plan.reviews, i, value),
            Kind::Incident => {
                let actions = i
                    .and_then(|i| plan.incidents.incidents.get(i))
                    .map(|x| x.actions.clone())
                    .unwrap_or_default();
                let at = put(&mut plan.incidents.incidents, i, value)?;
                plan.incidents.incidents[at].actions = actions;
                Ok(at)
            }
            Kind::IncidentAction => INCIDENT_ACTIONS.store(&mut plan.incidents.incidents, i, value),
            Kind::Meeting => {
                // The form leaves out the decisions and actions: keep them.
                let (decisions, actions) = MEETINGS
                    .get(&plan.committee.routines, i.unwrap_or(usize::MAX))
                    .map(|(_, m)| (m.decisions.clone(), m.actions.clone()))
                    .unwrap_or_default();
                let at = MEETINGS.store(&mut plan.committee.routines, i, value)?;
                if let Some((r, k)) = MEETINGS.place(&plan.committee.routines, at) {
                    let m = &mut plan.committee.routines[r].meetings[k];
                    m.decisions = decisions;
                    m.actions = actions;
                }
                Ok(at)
            }
            Kind::MeetingDecision => MEETING_DECISIONS.store(plan, i, value),
            Kind::MeetingAction => MEETING_ACTIONS.store(plan, i, value),
            Kind::Rep => {
                let old = i.and_then(|i| plan.people.reps.get(i));
                let old = old.map(|r| r.training.clone()).unwrap_or_default();
                let mut value = value;
                training::from_form(&mut value, &old);
                put(&mut plan.people.reps, i, value)
            }
            Kind::Coaching => put(&mut plan.people.coaching, i, value),
            Kind::Praise => put(&mut plan.recognition.praise, i, value),
            Kind::Hero => put(&mut plan.recognition.heroes, i, value),
            Kind::ServiceWeek => {
                let weeks = &mut plan.recognition.service_week;
                let old = i.and_then(|i| weeks.get(i));
                let week = week::from_form(old, value)?;
                put(
                    weeks,
                    i,
                    serde_json::to_value(week).map_err(|e| e.to_string())?,
                )
            }
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
            Kind::Reading => READINGS.remove(&mut plan.metrics.metrics, i),
            Kind::MilestoneAction => ACTIONS.remove(&mut plan.milestones.milestones, i),
            Kind::Breakdown => BREAKDOWNS.remove(&mut plan.metrics.metrics, i),
            Kind::Decision => DECISIONS.remove(&mut plan.reviews, i),
            Kind::ReviewAction => REVIEW_ACTIONS.remove(&mut plan.reviews, i),
            Kind::ReviewMilestone => REVIEW_MILESTONES.remove(&mut plan.reviews, i),
            Kind::ReviewMetric => REVIEW_METRICS.remove(&mut plan.reviews, i),
            Kind::Incident => drop_at(&mut plan.incidents.incidents, i),
            Kind::IncidentAction => INCIDENT_ACTIONS.remove(&mut plan.incidents.incidents, i),
            Kind::Meeting => MEETINGS.remove(&mut plan.committee.routines, i),
            Kind::MeetingDecision => MEETING_DECISIONS.remove(plan, i),
            Kind::MeetingAction => MEETING_ACTIONS.remove(plan, i),
            Kind::Rep => drop_at(&mut plan.people.reps, i),
            Kind::Coaching => drop_at(&mut plan.people.coaching, i),
            Kind::Praise => drop_at(&mut plan.recognition.praise, i),
            Kind::Hero => drop_at(&mut plan.recognition.heroes, i),
            Kind::ServiceWeek => drop_at(&mut plan.recognition.service_week, i),
            // There is one charter and one plan: they are edited, not deleted.
            Kind::CharterText | Kind::PlanDetails => {}
        }
    }
}

/// The number of the `k`-th decision or action (`kind`) of meeting `m`
/// of routine `r`.
pub fn in_meeting(kind: Kind, plan: &Plan, r: usize, m: usize, k: usize) -> usize {
    match kind {
        Kind::MeetingDecision => MEETING_DECISIONS.flat(plan, r, m, k),
        _ => MEETING_ACTIONS.flat(plan, r, m, k),
    }
}

/// The routine whose meeting holds decision or action `i` (`kind`).
pub fn meeting_routine(kind: Kind, plan: &Plan, i: usize) -> Option<usize> {
    match kind {
        Kind::MeetingDecision => MEETING_DECISIONS.place(plan, i),
        Kind::MeetingAction => MEETING_ACTIONS.place(plan, i),
        _ => None,
    }
    .map(|(r, _, _)| r)
}

#[cfg(test)]
mod tests {
    use super::*;
    use schemars::JsonSchema;

    /// The fields the files hold for `T`, as its schema names them.
    fn file_fields<T: JsonSchema>() -> Vec<String> {
        let schema = schemars::SchemaGenerator::default()
            .into_root_schema_for::<T>()
            .to_value();
        schema["properties"]
            .as_object()
            .map(|p| p.keys().cloned().collect())
            .unwrap_or_default()
    }

    #[test]
    fn every_field_of_every_kind_is_a_form_field() {
        // Lists of items edited as kinds of their own.
        let apart = [
            "actions",
            "readings",
            "breakdown",
            "milestones",
            "metrics",
            "decisions",
            "tools",
            "channels",
            "commitments",
            "units",
            "meetings",
        ];
        let kinds: Vec<(Kind, Vec<String>)> = vec![
            (Kind::Goal, file_fields::<Goal>()),
            (Kind::Milestone, file_fields::<Milestone>()),
            (Kind::Metric, file_fields::<Metric>()),
            (Kind::Member, file_fields::<Member>()),
            (Kind::Routine, file_fields::<Routine>()),
            (Kind::Agent, file_fields::<Agent>()),
            (Kind::Channel, file_fields::<Channel>()),
            (Kind::Commitment, file_fields::<Commitment>()),
            (Kind::Review, file_fields::<Review>()),
            (Kind::CharterText, file_fields::<Charter>()),
            (Kind::Unit, file_fields::<Unit>()),
            (Kind::Assessment, file_fields::<Assessment>()),
            (Kind::Workshop, file_fields::<Workshop>()),
            (Kind::Tool, file_fields::<Tool>()),
            (Kind::Reading, file_fields::<Reading>()),
            (Kind::MilestoneAction, file_fields::<Action>()),
            (Kind::Breakdown, file_fields::<Breakdown>()),
            (Kind::Decision, file_fields::<Decision>()),
            (Kind::ReviewAction, file_fields::<ReviewAction>()),
            (Kind::ReviewMilestone, file_fields::<ReviewMilestone>()),
            (Kind::ReviewMetric, file_fields::<ReviewMetric>()),
            (Kind::Incident, file_fields::<Incident>()),
            (Kind::IncidentAction, file_fields::<ReviewAction>()),
            (Kind::Meeting, file_fields::<Meeting>()),
            (Kind::MeetingDecision, file_fields::<Decision>()),
            (Kind::MeetingAction, file_fields::<ReviewAction>()),
            (Kind::Rep, file_fields::<Rep>()),
            (Kind::Coaching, file_fields::<Coaching>()),
            (Kind::Praise, file_fields::<Praise>()),
            (Kind::Hero, file_fields::<Hero>()),
        ];
        let mut missing = Vec::new();
        for (kind, fields) in kinds {
            assert!(!fields.is_empty(), "{} has no schema", kind.name());
            let shown: Vec<&str> = kind
                .fields()
                .iter()
                .map(|f| f.key.split('.').next().unwrap_or(f.key))
                .collect();
            for field in fields {
                let nested_kind = apart.contains(&field.as_str())
                    && !matches!(kind, Kind::Goal | Kind::Commitment | Kind::Tool);
                if !shown.contains(&field.as_str()) && !nested_kind {
                    missing.push(format!("{}: {field}", kind.name()));
                }
            }
        }
        // plan.yaml's `schema` is the format's version, not the user's to edit.
        let details: Vec<&str> = Kind::PlanDetails.fields().iter().map(|f| f.key).collect();
        for field in file_fields::<PlanMeta>() {
            if !details.contains(&field.as_str()) && field != "schema" && field != "units" {
                missing.push(format!("plan details: {field}"));
            }
        }
        assert!(missing.is_empty(), "fields no form edits: {missing:#?}");
    }
}
