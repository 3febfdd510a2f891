//! Derived facts of people.yaml, used by check, status, exceptions, the
//! reports and the UI alike: where each rep stands in onboarding, whose
//! certification is due, which coaching is overdue, and which coaching
//! the skills assessments propose.
//!
//! A proposal is never written to a file: it is read from the latest
//! assessments each time, and goes away once coaching for that rep and
//! skill is recorded.

use std::collections::BTreeMap;

use serde::Serialize;

use super::model::{Assessment, Coaching, CoachingKind, Part, Plan, Rep, Skill};
use super::types::{Date, Id};
use crate::t;

/// A training part's name, in the current language.
pub fn part_label(part: Part) -> String {
    match part {
        Part::Organisation => t!("people-part-organisation"),
        Part::OneToOne => t!("people-part-one_to_one"),
        Part::Mentoring => t!("people-part-mentoring"),
        Part::Certification => t!("people-part-certification"),
        Part::FollowUp => t!("people-part-follow_up"),
    }
}

/// A kind of coaching's name, in the current language.
pub fn kind_label(kind: CoachingKind) -> String {
    match kind {
        CoachingKind::Workshop => t!("people-kind-workshop"),
        CoachingKind::Guidance => t!("people-kind-guidance"),
        CoachingKind::SideBySide => t!("people-kind-side_by_side"),
    }
}

/// A skill's name, in the current language.
pub fn skill_label(skill: Skill) -> String {
    crate::i18n::code("skill", skill.code())
}

/// Where a rep stands on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RepState {
    /// Not started yet.
    Hired,
    /// Working, not certified yet.
    InTraining,
    Certified,
    Left,
}

impl RepState {
    pub fn code(self) -> &'static str {
        match self {
            RepState::Hired => "hired",
            RepState::InTraining => "in_training",
            RepState::Certified => "certified",
            RepState::Left => "left",
        }
    }

    /// The state's name, in the current language.
    pub fn label(self) -> String {
        match self {
            RepState::Hired => t!("people-state-hired"),
            RepState::InTraining => t!("people-state-in_training"),
            RepState::Certified => t!("people-state-certified"),
            RepState::Left => t!("people-state-left"),
        }
    }
}

pub fn state(rep: &Rep, today: Date) -> RepState {
    if rep.left.is_some_and(|left| left <= today) {
        RepState::Left
    } else if rep.start > today {
        RepState::Hired
    } else if rep.certified(today) {
        RepState::Certified
    } else {
        RepState::InTraining
    }
}

/// The day a rep's certification is due: the end of the onboarding period.
pub fn certification_due(plan: &Plan, rep: &Rep) -> Date {
    plan.people.certify_within().after(rep.start)
}

/// A rep in training, with the day their certification is due.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct InTraining<'a> {
    pub rep: &'a Rep,
    pub due: Date,
    /// The due day is past.
    pub overdue: bool,
}

/// The reps in training on `today`, in file order.
pub fn in_training(plan: &Plan, today: Date) -> Vec<InTraining<'_>> {
    plan.people
        .reps
        .iter()
        .filter(|rep| state(rep, today) == RepState::InTraining)
        .map(|rep| {
            let due = certification_due(plan, rep);
            InTraining {
                rep,
                due,
                overdue: due < today,
            }
        })
        .collect()
}

/// Coaching due before `today` and not given, with its index in the file.
pub fn coaching_overdue(plan: &Plan, today: Date) -> Vec<(usize, &Coaching)> {
    plan.people
        .coaching
        .iter()
        .enumerate()
        .filter(|(_, c)| c.overdue(today))
        .collect()
}

/// How an exception names a coaching entry: its rep and skill, as one id.
pub fn coaching_id(c: &Coaching) -> Id {
    coaching_id_of(&c.rep, c.skill)
}

pub fn coaching_id_of(rep: &Id, skill: Skill) -> Id {
    let id = format!("{}-{}", rep.as_str(), skill.code().replace('_', "-"));
    Id::new(&id).unwrap_or_else(|_| rep.clone())
}

/// The coaching entry an exception id names (see [`coaching_id`]).
pub fn coaching_of<'a>(plan: &'a Plan, id: &str, today: Date) -> Option<&'a Coaching> {
    coaching_overdue(plan, today)
        .into_iter()
        .map(|(_, c)| c)
        .find(|c| coaching_id(c).as_str() == id)
}

/// Why a skill proposes coaching.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// The rep's latest score is below skills.yaml's `weak_below`.
    Weak,
    /// The skill is the weakest of the rep's unit, and the rep scores it
    /// no better than the unit's mean.
    UnitWeakest,
}

/// Coaching a weak skill proposes.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Proposal {
    pub rep: Id,
    pub skill: Skill,
    pub kind: CoachingKind,
    /// The rep's latest score of the skill, and the day it was given.
    pub score: u8,
    pub assessed: Date,
    pub unit: Option<Id>,
    pub reason: Reason,
}

impl Proposal {
    /// The coaching entry that accepting the proposal records.
    pub fn coaching(&self, owner: Option<Id>, due: Option<Date>) -> Coaching {
        Coaching {
            rep: self.rep.clone(),
            skill: self.skill,
            kind: self.kind,
            owner,
            due,
            done: None,
            note: None,
        }
    }
}

/// The coaching the latest assessments propose, by rep (people.yaml's
/// order, then assessments' order) and skill (the method's order).
///
/// A rep's latest assessment on or before `today` counts. A score below
/// `weak_below` proposes guidance, or side-by-side coaching when it is
/// the lowest score; the weakest skill of a unit with two reps or more
/// assessed (lowest mean, the method's order breaking ties) proposes a
/// workshop to each of its reps who scores it no better than the mean.
/// Nothing is proposed for a rep and skill with coaching open, or given
/// since that assessment, nor for a rep who left, nor in a plan whose
/// people.yaml lists no reps: such a plan does not track coaching.
pub fn proposals(plan: &Plan, today: Date) -> Vec<Proposal> {
    let people = &plan.people;
    if people.reps.is_empty() {
        return Vec::new();
    }
    // rep → their latest assessment.
    let mut latest: Vec<(&Id, &Assessment)> = Vec::new();
    for a in plan.skills.assessments.iter().filter(|a| a.on <= today) {
        if people
            .rep(a.rep.as_str())
            .is_none_or(|rep| state(rep, today) == RepState::Left)
        {
            continue;
        }
        match latest.iter_mut().find(|(rep, _)| *rep == &a.rep) {
            Some((_, kept)) if kept.on > a.on => {}
            Some(entry) => entry.1 = a,
            None => latest.push((&a.rep, a)),
        }
    }
    let order = |rep: &Id| {
        people
            .reps
            .iter()
            .position(|r| &r.id == rep)
            .unwrap_or(usize::MAX)
    };
    latest.sort_by_key(|(rep, _)| order(rep));
    let unit_of = |rep: &Id, a: &Assessment| -> Option<Id> {
        people
            .rep(rep.as_str())
            .and_then(|r| r.unit.clone())
            .or_else(|| a.unit.clone())
    };
    // unit → skill → scores of its reps.
    let mut units: BTreeMap<Id, BTreeMap<Skill, Vec<u8>>> = BTreeMap::new();
    for (rep, a) in &latest {
        let Some(unit) = unit_of(rep, a) else {
            continue;
        };
        let skills = units.entry(unit).or_default();
        for skill in Skill::ALL {
            if let Some(score) = score_of(a, skill) {
                skills.entry(skill).or_default().push(score);
            }
        }
    }
    let weakest: BTreeMap<&Id, (Skill, f64)> = units
        .iter()
        .filter_map(|(unit, skills)| {
            let mut best: Option<(Skill, f64)> = None;
            for skill in Skill::ALL {
                let Some(scores) = skills.get(&skill).filter(|s| s.len() >= 2) else {
                    continue;
                };
                let mean = scores.iter().map(|s| f64::from(*s)).sum::<f64>() / scores.len() as f64;
                if best.is_none_or(|(_, low)| mean < low) {
                    best = Some((skill, mean));
                }
            }
            best.map(|b| (unit, b))
        })
        .collect();
    let weak_below = plan.skills.weak_below();
    let mut out = Vec::new();
    for (rep, a) in latest {
        let unit = unit_of(rep, a);
        for skill in Skill::ALL {
            let Some(score) = score_of(a, skill) else {
                continue;
            };
            let unit_weakest = unit
                .as_ref()
                .and_then(|u| weakest.get(u))
                .is_some_and(|(weak, mean)| *weak == skill && f64::from(score) <= *mean);
            let (kind, reason) = if unit_weakest {
                (CoachingKind::Workshop, Reason::UnitWeakest)
            } else if f64::from(score) < weak_below && score <= 1 {
                (CoachingKind::SideBySide, Reason::Weak)
            } else if f64::from(score) < weak_below {
                (CoachingKind::Guidance, Reason::Weak)
            } else {
                continue;
            };
            let covered = people.coaching.iter().any(|c| {
                &c.rep == rep && c.skill == skill && c.done.is_none_or(|done| done >= a.on)
            });
            if covered {
                continue;
            }
            out.push(Proposal {
                rep: rep.clone(),
                skill,
                kind,
                score,
                assessed: a.on,
                unit: unit.clone(),
                reason,
            });
        }
    }
    out
}

/// The people side of `status`: reps by state, certifications due,
/// coaching open, overdue and proposed. Fields may be added, never renamed.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct PeopleStatus {
    /// Reps working today (started, not left).
    pub reps: usize,
    pub certified: usize,
    /// Reps in training, certification due soonest first.
    pub in_training: Vec<RepInTraining>,
    /// The ids of reps in training past their certification's due day.
    pub certification_overdue: Vec<Id>,
    /// Coaching not given yet.
    pub coaching_open: usize,
    pub coaching_overdue: Vec<CoachingOverdue>,
    pub coaching_proposed: Vec<Proposal>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RepInTraining {
    pub id: Id,
    pub name: String,
    pub unit: Option<Id>,
    pub start: Date,
    pub certification_due: Date,
    pub overdue: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CoachingOverdue {
    pub rep: Id,
    pub skill: Skill,
    pub kind: CoachingKind,
    pub owner: Option<Id>,
    pub due: Date,
    /// Days past due.
    pub days: i64,
}

pub fn status(plan: &Plan, today: Date) -> PeopleStatus {
    let reps = &plan.people.reps;
    let working = |st: RepState| matches!(st, RepState::InTraining | RepState::Certified);
    let mut in_training: Vec<RepInTraining> = in_training(plan, today)
        .into_iter()
        .map(|t| RepInTraining {
            id: t.rep.id.clone(),
            name: t.rep.name.clone(),
            unit: t.rep.unit.clone(),
            start: t.rep.start,
            certification_due: t.due,
            overdue: t.overdue,
        })
        .collect();
    in_training.sort_by_key(|t| t.certification_due);
    PeopleStatus {
        reps: reps.iter().filter(|r| working(state(r, today))).count(),
        certified: reps
            .iter()
            .filter(|r| state(r, today) == RepState::Certified)
            .count(),
        certification_overdue: in_training
            .iter()
            .filter(|t| t.overdue)
            .map(|t| t.id.clone())
            .collect(),
        in_training,
        coaching_open: plan.people.coaching.iter().filter(|c| c.is_open()).count(),
        coaching_overdue: coaching_overdue(plan, today)
            .into_iter()
            .filter_map(|(_, c)| {
                let due = c.due?;
                Some(CoachingOverdue {
                    rep: c.rep.clone(),
                    skill: c.skill,
                    kind: c.kind,
                    owner: c.owner.clone(),
                    due,
                    days: due.days_until(today),
                })
            })
            .collect(),
        coaching_proposed: proposals(plan, today),
    }
}

impl PeopleStatus {
    /// Nothing to say: no reps, no coaching, nothing proposed.
    pub fn is_empty(&self) -> bool {
        self.reps == 0
            && self.in_training.is_empty()
            && self.coaching_open == 0
            && self.coaching_proposed.is_empty()
    }
}

fn score_of(a: &Assessment, skill: Skill) -> Option<u8> {
    a.scores
        .entries()
        .into_iter()
        .find(|(key, _)| *key == skill.code())
        .and_then(|(_, score)| score)
}

#[cfg(test)]
mod tests;
