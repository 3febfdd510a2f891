//! recognition.yaml: praise of service staff recorded and passed on,
//! service heroes named per period, and the yearly Customer Service Week
//! (five days, each with an activity and an owner).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::domain::types::{Date, Id};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RecognitionFile {
    /// Praise a rep received, unprompted, and when it was passed on
    // Always written, as `reps` is: a file of comments alone keeps them.
    #[serde(default)]
    pub praise: Vec<Praise>,
    /// The service heroes named for a month or a quarter
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub heroes: Vec<Hero>,
    /// Customer Service Weeks: five days, each with an activity and an owner
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub service_week: Vec<ServiceWeek>,
}

impl RecognitionFile {
    pub fn is_empty(&self) -> bool {
        self.praise.is_empty() && self.heroes.is_empty() && self.service_week.is_empty()
    }
}

/// Praise of a rep: who gave it, through which channel, and the day it
/// was passed on to the rep or the team.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Praise {
    /// The day the praise came in
    pub on: Date,
    /// Who was praised: a rep of people.yaml, a committee member or a change agent
    pub rep: Id,
    /// Who praised: customer (default), colleague or manager
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<PraiseFrom>,
    /// The name of who praised, free text in any script
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The channel it came through (a charter.yaml channel id)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<Id>,
    /// What was said
    pub text: String,
    /// The day it was passed on to the rep or the team
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared: Option<Date>,
}

impl Praise {
    pub fn from(&self) -> PraiseFrom {
        self.from.unwrap_or(PraiseFrom::Customer)
    }
}

/// Who praised a rep.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PraiseFrom {
    #[default]
    Customer,
    Colleague,
    Manager,
}

impl PraiseFrom {
    pub const ALL: [PraiseFrom; 3] = [
        PraiseFrom::Customer,
        PraiseFrom::Colleague,
        PraiseFrom::Manager,
    ];

    pub fn code(self) -> &'static str {
        match self {
            PraiseFrom::Customer => "customer",
            PraiseFrom::Colleague => "colleague",
            PraiseFrom::Manager => "manager",
        }
    }
}

/// A service hero of a period.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Hero {
    /// A month (2026-03) or a quarter (2026-Q1)
    pub period: String,
    /// The rep named
    pub rep: Id,
    /// Why: what the rep did
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// A Customer Service Week: five weekdays from `start`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ServiceWeek {
    /// The first day (the week is the five weekdays from it)
    pub start: Date,
    /// One entry per day: the activity and who owns it
    #[serde(default)]
    pub days: Vec<WeekDay>,
    /// What changes the week after: the day after the week matters most
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WeekDay {
    pub activity: String,
    /// Who runs the day: a committee member, change agent or rep
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Id>,
}
