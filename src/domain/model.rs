//! The plan model: one struct per file of DESIGN §2, fields in the canonical
//! order in which they are written back.
//!
//! Optional fields are skipped when empty so that a canonical file never
//! carries `null` or `[]` noise; enums serialize in snake_case as written.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::types::{Date, Every, Id};

mod people;
pub use people::*;
mod recognition;
pub use recognition::*;

/// A whole plan: every file, loaded.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Plan {
    pub meta: PlanMeta,
    pub charter: Charter,
    pub goals: GoalsFile,
    pub milestones: MilestonesFile,
    pub committee: Committee,
    pub agents: AgentsFile,
    pub metrics: MetricsFile,
    /// Sorted by date.
    pub reviews: Vec<Review>,
    pub skills: Skills,
    pub workshops: WorkshopsFile,
    pub incidents: IncidentsFile,
    pub surveys: SurveysFile,
    pub people: PeopleFile,
    pub recognition: RecognitionFile,
    /// The milestones' due dates across the repository's history, for
    /// slip against the first planned date; empty outside git. Not part
    /// of the files: it never makes two plans differ.
    pub due_history: super::planned::DueHistory,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PlanMeta {
    /// The plan format's version: 1
    pub schema: u32,
    pub id: Id,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consultant: Option<String>,
    pub start: Date,
    pub end: Date,
    /// Milestone reviews are due this often (e.g. 4w)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_every: Option<Every>,
    /// A realistic target is about baseline × this (default 1.2)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_guide: Option<f64>,
    /// A target dated further than this after its baseline gets a warning (default 8m: the method's goal model holds 4–8 months)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_horizon: Option<Every>,
    /// The language charter speaks for this plan: en (default), he or lt; `--lang` and CHARTER_LANG override it
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<crate::i18n::Lang>,
    /// The organisation's units, for breakdowns, readings and skills; when listed, every unit id used elsewhere must be one of them
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub units: Vec<Unit>,
}

impl PlanMeta {
    pub fn guide(&self) -> f64 {
        self.target_guide.unwrap_or(1.2)
    }

    /// `target_horizon`, 8 months by default.
    pub fn horizon(&self) -> Every {
        self.target_horizon.unwrap_or(Every {
            count: 8,
            unit: super::types::EveryUnit::Month,
        })
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Unit {
    pub id: Id,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<Id>,
}

/// Organisational level, for units and target breakdowns.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Rep,
    Team,
    Department,
    Division,
    Vp,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Charter {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approved_on: Option<Date>,
    /// Committee members who approved the charter
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub approved_by: Vec<Id>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vision: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub principles: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub channels: Vec<Channel>,
    /// Service standards promised to customers
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub commitments: Vec<Commitment>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terms: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Channel {
    pub id: Id,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Commitment {
    pub id: Id,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<Id>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metric: Option<Id>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GoalsFile {
    #[serde(default)]
    pub goals: Vec<Goal>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    pub id: Id,
    pub title: String,
    /// short, medium or long term
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub horizon: Option<Horizon>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Id>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub metrics: Vec<Id>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Horizon {
    Short,
    Medium,
    Long,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MilestonesFile {
    #[serde(default)]
    pub milestones: Vec<Milestone>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    pub id: Id,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goal: Option<Id>,
    /// define, organise or implement
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phase: Option<Phase>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Id>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub agents: Vec<Id>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Date>,
    #[serde(default)]
    pub status: Status,
    /// Set when status becomes done
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done_on: Option<Date>,
    /// Milestones that must be done first
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub depends_on: Vec<Id>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<Action>,
}

impl Milestone {
    pub fn is_open(&self) -> bool {
        !matches!(self.status, Status::Done | Status::Cancelled)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    Define,
    Organise,
    Implement,
}

#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    Planned,
    InProgress,
    Done,
    Blocked,
    Cancelled,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Planned,
        Status::InProgress,
        Status::Done,
        Status::Blocked,
        Status::Cancelled,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Planned => "planned",
            Status::InProgress => "in_progress",
            Status::Done => "done",
            Status::Blocked => "blocked",
            Status::Cancelled => "cancelled",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Action {
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Id>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Date>,
    #[serde(default)]
    pub done: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Committee {
    #[serde(default)]
    pub members: Vec<Member>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub routines: Vec<Routine>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Member {
    pub id: Id,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Role>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Chair,
    Sponsor,
    Member,
    Secretary,
    Consultant,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Routine {
    pub id: Id,
    pub name: String,
    pub every: Every,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Id>,
    /// Who is expected at every occurrence (people ids): full attendance
    /// is every one of them
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attendees: Vec<Id>,
    /// Dates the routine was held, when recorded by hand.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub held: Vec<Date>,
    /// Occurrences with their record: who came, how long it took, the
    /// summary, the decisions and the actions
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub meetings: Vec<Meeting>,
}

/// One occurrence of a routine, as its summary records it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    pub on: Date,
    /// Who came (people ids)
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attendees: Vec<Id>,
    /// How long it took, in minutes
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub decisions: Vec<Decision>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<ReviewAction>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AgentsFile {
    #[serde(default)]
    pub agents: Vec<Agent>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Agent {
    pub id: Id,
    pub name: String,
    /// Free text: where the agent works (not a unit id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<ServiceRole>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub focus: Option<String>,
}

/// The seven service roles of the method.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ServiceRole {
    Rep,
    SeniorRep,
    TeamLeader,
    ShiftManager,
    DepartmentManager,
    DivisionManager,
    Vp,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MetricsFile {
    #[serde(default)]
    pub metrics: Vec<Metric>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Metric {
    pub id: Id,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<MetricKind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// The values the metric can take, [min, max] (NPS: [-100, 100]; a percentage: [0, 100]); realism measures improvement on it
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scale: Option<[f64; 2]>,
    /// up: higher is better; down: lower is better
    pub direction: Direction,
    /// Where readings come from: CRM, IVR, CTI, BI, survey, manual…
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// A reading is expected this often
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub every: Option<Every>,
    /// How a period's value is formed from its readings: mean (default), sum (counts) or last
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aggregate: Option<Aggregate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Id>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<Baseline>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Target>,
    /// A reading beyond this is an exception
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alert: Option<f64>,
    /// The target split by level and period
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub breakdown: Vec<Breakdown>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub readings: Vec<Reading>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MetricKind {
    Quality,
    Efficiency,
    Satisfaction,
    External,
}

/// How the readings of one period (a week, a month…) make its value.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Aggregate {
    /// The mean of the readings: rates, times, scores.
    #[default]
    Mean,
    /// Their sum: counts split by period (contacts per week).
    Sum,
    /// The latest reading: a level such as a backlog or a headcount.
    Last,
}

impl Aggregate {
    /// The value of `values` (in date order); None when there are none.
    pub fn of(self, values: &[f64]) -> Option<f64> {
        let last = *values.last()?;
        Some(match self {
            Aggregate::Mean => values.iter().sum::<f64>() / values.len() as f64,
            Aggregate::Sum => values.iter().sum(),
            Aggregate::Last => last,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Aggregate::Mean => "mean",
            Aggregate::Sum => "sum",
            Aggregate::Last => "last",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Up,
    Down,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    pub value: f64,
    pub on: Date,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Target {
    pub value: f64,
    pub by: Date,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Breakdown {
    pub level: Level,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<Id>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    pub target: f64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Period {
    Day,
    Week,
    Month,
    Quarter,
}

/// One reading of a metric; `unit` makes it a reading for one unit only.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Reading {
    pub on: Date,
    pub value: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<Id>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Review {
    /// The file it was read from, relative to the plan folder (not written to YAML).
    #[serde(skip)]
    pub file: String,
    pub date: Date,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attendees: Vec<Id>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub milestones: Vec<ReviewMilestone>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub metrics: Vec<ReviewMetric>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub decisions: Vec<Decision>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<ReviewAction>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReviewMilestone {
    pub id: Id,
    pub health: Health,
    /// Percent done
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub progress: Option<u8>,
    /// Forecast completion date at this review
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub forecast: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Health {
    OnTrack,
    AtRisk,
    OffTrack,
    Done,
    NotStarted,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReviewMetric {
    pub id: Id,
    pub value: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Id>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReviewAction {
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Id>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Date>,
    #[serde(default)]
    pub done: bool,
    /// The metric this action corrects, when it is a corrective action.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metric: Option<Id>,
    /// The milestone this action corrects, when it is a corrective action.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub milestone: Option<Id>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Skills {
    /// Scores are 1..scale (default 5)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scale: Option<u8>,
    /// A score below this is weak and proposes coaching (default: the middle of the scale)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weak_below: Option<f64>,
    #[serde(default)]
    pub assessments: Vec<Assessment>,
}

impl Review {
    /// The file a review of `date` is saved under, relative to the plan folder.
    pub fn file_for(date: Date) -> String {
        format!("reviews/{date}.yaml")
    }

    /// The file this review was read from, or the one it will be saved
    /// under when it was made in memory.
    pub fn rel_path(&self) -> String {
        if self.file.is_empty() {
            Review::file_for(self.date)
        } else {
            self.file.clone()
        }
    }
}

impl Skills {
    pub fn max_score(&self) -> u8 {
        self.scale.unwrap_or(5)
    }

    /// A score below this is weak: `weak_below`, else the middle of 1..scale.
    pub fn weak_below(&self) -> f64 {
        self.weak_below
            .unwrap_or((1.0 + f64::from(self.max_score())) / 2.0)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    pub rep: Id,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<Id>,
    pub on: Date,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<Id>,
    pub scores: Scores,
}

/// The ten rep skills of the method, each scored 1..scale.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Scores {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub listening: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub patience: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub empathy: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thoroughness: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub self_management: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agility: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resilience: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub articulation: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub love_of_conversation: Option<u8>,
}

impl Scores {
    /// Every skill with its score, in the method's order.
    pub fn entries(&self) -> [(&'static str, Option<u8>); 10] {
        [
            ("connection", self.connection),
            ("listening", self.listening),
            ("patience", self.patience),
            ("empathy", self.empathy),
            ("thoroughness", self.thoroughness),
            ("self_management", self.self_management),
            ("agility", self.agility),
            ("resilience", self.resilience),
            ("articulation", self.articulation),
            ("love_of_conversation", self.love_of_conversation),
        ]
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WorkshopsFile {
    #[serde(default)]
    pub workshops: Vec<Workshop>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Workshop {
    pub id: Id,
    pub date: Date,
    pub topic: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tools: Vec<Tool>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Tool {
    pub id: Id,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metric: Option<Id>,
    /// The tool is tried until this date, then kept or dropped
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trial_until: Option<Date>,
    #[serde(default)]
    pub verdict: Verdict,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    #[default]
    Trial,
    Keep,
    Drop,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct IncidentsFile {
    #[serde(default)]
    pub incidents: Vec<Incident>,
}

/// A key event investigated with its action items: open until it is
/// investigated and every action is done.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Incident {
    pub id: Id,
    pub on: Date,
    /// What happened
    pub title: String,
    /// The metric it affected
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metric: Option<Id>,
    /// The unit where it happened
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<Id>,
    /// Who investigates it (a person id)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Id>,
    /// What the investigation found: causes and what they show
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub investigation: Option<String>,
    /// What was offered to the customers it touched (proactive recovery)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recovery: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<ReviewAction>,
}

impl Incident {
    /// Still open: not investigated yet, or an action not done.
    pub fn is_open(&self) -> bool {
        !self.is_investigated() || self.actions.iter().any(|a| !a.done)
    }

    /// How many of its action items are done.
    pub fn actions_done(&self) -> usize {
        self.actions.iter().filter(|a| a.done).count()
    }

    /// What the investigation found is written down.
    pub fn is_investigated(&self) -> bool {
        self.investigation
            .as_deref()
            .is_some_and(|t| !t.trim().is_empty())
    }
}

/// Surveys of customers, employees and managers, each kind held about
/// every six months; a survey's scores are readings of their metrics.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SurveysFile {
    /// A kind surveyed before is due again this long after its last survey (default 6m)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub every: Option<Every>,
    /// A survey answered by fewer than this percentage of those asked gets a warning (default 10)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_response_rate: Option<f64>,
    #[serde(default)]
    pub surveys: Vec<Survey>,
}

impl SurveysFile {
    /// `every`, 6 months by default.
    pub fn cadence(&self) -> Every {
        self.every.unwrap_or(Every {
            count: 6,
            unit: super::types::EveryUnit::Month,
        })
    }

    /// `min_response_rate`, 10 percent by default.
    pub fn min_rate(&self) -> f64 {
        self.min_response_rate.unwrap_or(10.0)
    }
}

/// One survey: who was asked, how many answered, and the scores it gave.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Survey {
    pub id: Id,
    /// customers, employees or managers
    pub kind: SurveyKind,
    /// The day its results came in: its scores are readings of that day
    pub on: Date,
    /// How many were asked
    pub population: u32,
    /// How many answered
    pub responses: u32,
    /// The unit surveyed; its scores are that unit's readings
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<Id>,
    /// Each score is a reading of its metric, dated `on`
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scores: Vec<SurveyScore>,
}

impl Survey {
    /// Responses as a percentage of those asked; None when nobody was asked.
    pub fn response_rate(&self) -> Option<f64> {
        (self.population > 0)
            .then(|| f64::from(self.responses) * 100.0 / f64::from(self.population))
    }
}

/// Whom a survey asks (the guide: customers, employees and managers).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum SurveyKind {
    Customers,
    Employees,
    Managers,
}

impl SurveyKind {
    pub const ALL: [SurveyKind; 3] = [
        SurveyKind::Customers,
        SurveyKind::Employees,
        SurveyKind::Managers,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SurveyKind::Customers => "customers",
            SurveyKind::Employees => "employees",
            SurveyKind::Managers => "managers",
        }
    }
}

/// A survey's result for one metric.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SurveyScore {
    pub metric: Id,
    pub value: f64,
}
