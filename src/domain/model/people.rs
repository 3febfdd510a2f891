//! people.yaml: the reps, their onboarding (the guide's five-part training,
//! on-the-job training with a mentor, certification with its summary form)
//! and the coaching that follows their skills.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Scores;
use crate::domain::types::{Date, Every, Id};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PeopleFile {
    /// A rep not certified this long after starting is due for certification (default 3m)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certify_within: Option<Every>,
    #[serde(default)]
    pub reps: Vec<Rep>,
    /// Coaching given to a rep on one skill: a workshop, guidance or side-by-side coaching
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub coaching: Vec<Coaching>,
}

/// The onboarding period when people.yaml sets none: the guide expects
/// independent work after a few weeks and certification once mentoring
/// has run long enough.
pub const CERTIFY_WITHIN: Every = Every {
    count: 3,
    unit: crate::domain::types::EveryUnit::Month,
};

impl PeopleFile {
    pub fn certify_within(&self) -> Every {
        self.certify_within.unwrap_or(CERTIFY_WITHIN)
    }

    pub fn rep(&self, id: &str) -> Option<&Rep> {
        self.reps.iter().find(|r| r.id.as_str() == id)
    }
}

/// A customer-service rep, from hiring to certification.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Rep {
    pub id: Id,
    pub name: String,
    /// The unit the rep works in (a plan.yaml unit id)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<Id>,
    /// The first working day
    pub start: Date,
    /// The rep's mentor: another rep, a committee member or a change agent
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mentor: Option<Id>,
    /// The guide's five parts of training, each planned and done
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub training: Vec<TrainingPart>,
    /// Learning at the workstation, with a mentor (OJT)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_the_job: Option<OnTheJob>,
    /// The certification and its summary form
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certification: Option<Certification>,
    /// The day the rep left
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub left: Option<Date>,
}

impl Rep {
    /// Still working on `today`.
    pub fn active(&self, today: Date) -> bool {
        self.start <= today && self.left.is_none_or(|left| left > today)
    }

    /// Certified by `today`: a certification on or before it, not failed.
    pub fn certified(&self, today: Date) -> bool {
        self.certification
            .as_ref()
            .is_some_and(|c| c.on <= today && c.pass != Some(false))
    }
}

/// One of the five parts of the guide's training of a new rep.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    /// Getting to know the organisation: vision, values, structure, a tour
    Organisation,
    /// One-to-one training and empowerment: products, systems, procedures
    OneToOne,
    /// Embedding and personal mentoring at the workstation
    Mentoring,
    /// Measuring the learning, and certification
    Certification,
    /// Control and first accompaniment at independent work
    FollowUp,
}

impl Part {
    pub const ALL: [Part; 5] = [
        Part::Organisation,
        Part::OneToOne,
        Part::Mentoring,
        Part::Certification,
        Part::FollowUp,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Part::Organisation => "organisation",
            Part::OneToOne => "one_to_one",
            Part::Mentoring => "mentoring",
            Part::Certification => "certification",
            Part::FollowUp => "follow_up",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TrainingPart {
    pub part: Part,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planned: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done: Option<Date>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OnTheJob {
    /// Who mentors the rep at the workstation (defaults to the rep's mentor)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mentor: Option<Id>,
    pub from: Date,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<Date>,
}

/// The certification summary form: the certifying manager's scores of the
/// measured skills, or a pass, and a summary.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Certification {
    pub on: Date,
    /// The certifying manager (a person id)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<Id>,
    /// Scores of the ten skills, 1..skills.yaml's scale
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scores: Option<Scores>,
    /// Passed, when the form records no scores
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pass: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
}

/// One of the ten rep skills.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Skill {
    Connection,
    Listening,
    Patience,
    Empathy,
    Thoroughness,
    SelfManagement,
    Agility,
    Resilience,
    Articulation,
    LoveOfConversation,
}

impl Skill {
    pub const ALL: [Skill; 10] = [
        Skill::Connection,
        Skill::Listening,
        Skill::Patience,
        Skill::Empathy,
        Skill::Thoroughness,
        Skill::SelfManagement,
        Skill::Agility,
        Skill::Resilience,
        Skill::Articulation,
        Skill::LoveOfConversation,
    ];

    /// The key of the skill in skills.yaml's scores.
    pub fn code(self) -> &'static str {
        match self {
            Skill::Connection => "connection",
            Skill::Listening => "listening",
            Skill::Patience => "patience",
            Skill::Empathy => "empathy",
            Skill::Thoroughness => "thoroughness",
            Skill::SelfManagement => "self_management",
            Skill::Agility => "agility",
            Skill::Resilience => "resilience",
            Skill::Articulation => "articulation",
            Skill::LoveOfConversation => "love_of_conversation",
        }
    }

    pub fn from_code(code: &str) -> Option<Skill> {
        Skill::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// How a weak skill is coached, as the method offers it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CoachingKind {
    Workshop,
    Guidance,
    SideBySide,
}

impl CoachingKind {
    pub fn code(self) -> &'static str {
        match self {
            CoachingKind::Workshop => "workshop",
            CoachingKind::Guidance => "guidance",
            CoachingKind::SideBySide => "side_by_side",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Coaching {
    /// The rep coached (a people.yaml rep id)
    pub rep: Id,
    pub skill: Skill,
    pub kind: CoachingKind,
    /// Who gives it (a person or rep id)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Id>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Date>,
    /// The day it was given
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Coaching {
    pub fn is_open(&self) -> bool {
        self.done.is_none()
    }

    /// Due before `today` and not given.
    pub fn overdue(&self, today: Date) -> bool {
        self.is_open() && self.due.is_some_and(|due| due < today)
    }
}
