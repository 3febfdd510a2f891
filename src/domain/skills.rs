//! The ten rep skills (skills.yaml) read as trends per unit: the mean of
//! each skill per unit and period, the weakest skills of each unit, and a
//! rep's own scores over time.
//!
//! A rep assessed twice in one period counts once, with the later
//! assessment. Assessments without a unit are grouped under `(no unit)`.
//! A skill left out of an assessment does not count toward its mean.

use std::collections::BTreeMap;

use serde::Serialize;

use super::breakdown::{period_label, period_start};
use super::model::{Assessment, Period, Plan};
use super::types::{Date, Id};

/// How many skills are called the weakest of a unit.
pub const WEAKEST: usize = 3;

/// The group of assessments that name no unit.
pub const NO_UNIT: &str = "(no unit)";

/// The ten skills in the method's order: key as in the file, and label.
pub const SKILLS: [(&str, &str); 10] = [
    ("connection", "personal connection"),
    ("listening", "listening"),
    ("patience", "patience"),
    ("empathy", "empathy"),
    ("thoroughness", "thoroughness"),
    ("self_management", "emotional self-management"),
    ("agility", "mental agility"),
    ("resilience", "resilience under pressure"),
    ("articulation", "articulation"),
    ("love_of_conversation", "love of conversation"),
];

pub fn label(skill: &str) -> &str {
    SKILLS
        .iter()
        .find(|(key, _)| *key == skill)
        .map_or(skill, |(_, label)| label)
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct UnitSkills {
    pub unit: String,
    pub name: Option<String>,
    /// Oldest first.
    pub periods: Vec<PeriodMeans>,
    /// The lowest means of the latest period, lowest first.
    pub weakest: Vec<SkillMean>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PeriodMeans {
    pub period: String,
    pub start: Date,
    /// How many reps were assessed.
    pub reps: usize,
    /// (skill key, mean), in the method's order; skills nobody scored are absent.
    pub means: Vec<(String, f64)>,
}

impl PeriodMeans {
    pub fn mean(&self, skill: &str) -> Option<f64> {
        self.means
            .iter()
            .find(|(key, _)| key == skill)
            .map(|(_, m)| *m)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SkillMean {
    pub skill: String,
    pub mean: f64,
    /// Since the unit's previous period, when it had this skill scored.
    pub change: Option<f64>,
}

/// Mean scores per unit (in plan.yaml's order, then by id) and period.
/// With `unit`, that unit rolled up first (its assessments and those of
/// every unit below it, [`super::units::with_descendants`]), then each unit
/// below it with assessments of its own.
pub fn unit_skills(plan: &Plan, by: Period, unit: Option<&str>) -> Vec<UnitSkills> {
    let covered: Option<Vec<Id>> = unit.map(|u| super::units::with_descendants(plan, u));
    // unit → period start → rep → the rep's latest assessment in the period.
    let mut groups: BTreeMap<String, BTreeMap<Date, BTreeMap<&str, &Assessment>>> = BTreeMap::new();
    for a in &plan.skills.assessments {
        let key = a.unit.as_ref().map_or(NO_UNIT.to_string(), Id::to_string);
        let mut keys = vec![key.clone()];
        if let (Some(asked), Some(covered)) = (unit, &covered) {
            if key != asked {
                if !covered.iter().any(|c| c.as_str() == key) {
                    continue;
                }
                keys.push(asked.to_string());
            }
        }
        for key in keys {
            let reps = groups
                .entry(key)
                .or_default()
                .entry(period_start(by, a.on))
                .or_default();
            match reps.get(a.rep.as_str()) {
                Some(kept) if kept.on > a.on => {}
                _ => {
                    reps.insert(a.rep.as_str(), a);
                }
            }
        }
    }
    let order = |key: &str| {
        plan.meta
            .units
            .iter()
            .position(|u| u.id.as_str() == key)
            .unwrap_or(usize::MAX)
    };
    let mut units: Vec<UnitSkills> = groups
        .into_iter()
        .map(|(key, periods)| {
            let periods: Vec<PeriodMeans> = periods
                .into_iter()
                .map(|(start, reps)| period_means(by, start, reps.values().copied()))
                .collect();
            let weakest = weakest(&periods);
            UnitSkills {
                name: plan
                    .meta
                    .units
                    .iter()
                    .find(|u| u.id.as_str() == key)
                    .map(|u| u.name.clone()),
                unit: key,
                periods,
                weakest,
            }
        })
        .collect();
    units.sort_by(|a, b| {
        (Some(a.unit.as_str()) != unit)
            .cmp(&(Some(b.unit.as_str()) != unit))
            .then(order(&a.unit).cmp(&order(&b.unit)))
            .then(a.unit.cmp(&b.unit))
    });
    units
}

fn period_means<'a>(
    by: Period,
    start: Date,
    assessments: impl Iterator<Item = &'a Assessment>,
) -> PeriodMeans {
    let mut sums = [(0u32, 0usize); 10];
    let mut reps = 0;
    for a in assessments {
        reps += 1;
        for (slot, (_, score)) in sums.iter_mut().zip(a.scores.entries()) {
            if let Some(score) = score {
                slot.0 += u32::from(score);
                slot.1 += 1;
            }
        }
    }
    let means = sums
        .iter()
        .enumerate()
        .filter(|(_, (_, n))| *n > 0)
        .map(|(i, (sum, n))| {
            let mean = super::facts::round2(f64::from(*sum) / *n as f64);
            (SKILLS[i].0.to_string(), mean)
        })
        .collect();
    PeriodMeans {
        period: period_label(by, start),
        start,
        reps,
        means,
    }
}

fn weakest(periods: &[PeriodMeans]) -> Vec<SkillMean> {
    let Some(latest) = periods.last() else {
        return Vec::new();
    };
    let previous = periods.len().checked_sub(2).map(|i| &periods[i]);
    let mut all: Vec<(usize, SkillMean)> = latest
        .means
        .iter()
        .enumerate()
        .map(|(i, (skill, mean))| {
            let change = previous
                .and_then(|p| p.mean(skill))
                .map(|before| super::facts::round2(mean - before));
            (
                i,
                SkillMean {
                    skill: skill.clone(),
                    mean: *mean,
                    change,
                },
            )
        })
        .collect();
    // Lowest first; ties keep the method's order.
    all.sort_by(|(ia, a), (ib, b)| a.mean.total_cmp(&b.mean).then(ia.cmp(ib)));
    all.into_iter().take(WEAKEST).map(|(_, s)| s).collect()
}

/// One of a rep's assessments with its mean and the change of each skill
/// since the rep's previous assessment.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RepAssessment {
    pub on: Date,
    pub unit: Option<Id>,
    pub by: Option<Id>,
    /// (skill, score, change since the previous assessment).
    pub scores: Vec<(String, Option<u8>, Option<i16>)>,
    pub mean: Option<f64>,
}

/// A rep's assessments, oldest first; empty when the rep has none.
pub fn rep_trend(plan: &Plan, rep: &str) -> Vec<RepAssessment> {
    let mut own: Vec<&Assessment> = plan
        .skills
        .assessments
        .iter()
        .filter(|a| a.rep.as_str() == rep)
        .collect();
    own.sort_by_key(|a| a.on);
    let mut out: Vec<RepAssessment> = Vec::new();
    let mut previous: Option<&Assessment> = None;
    for a in own {
        let before = previous.map(|p| p.scores.entries());
        let scores = a
            .scores
            .entries()
            .iter()
            .enumerate()
            .map(|(i, (skill, score))| {
                let change = match (score, before.and_then(|b| b[i].1)) {
                    (Some(now), Some(then)) => Some(i16::from(*now) - i16::from(then)),
                    _ => None,
                };
                (skill.to_string(), *score, change)
            })
            .collect();
        out.push(RepAssessment {
            on: a.on,
            unit: a.unit.clone(),
            by: a.by.clone(),
            scores,
            mean: mean_score(a),
        });
        previous = Some(a);
    }
    out
}

/// The mean of an assessment's scores, None when it has none.
pub fn mean_score(a: &Assessment) -> Option<f64> {
    let scores: Vec<u8> = a.scores.entries().iter().filter_map(|(_, s)| *s).collect();
    (!scores.is_empty()).then(|| {
        super::facts::round2(
            scores.iter().map(|s| f64::from(*s)).sum::<f64>() / scores.len() as f64,
        )
    })
}

/// The lowest-scored skill of an assessment (the first in the method's
/// order on a tie).
pub fn weakest_of(a: &Assessment) -> Option<(&'static str, u8)> {
    a.scores
        .entries()
        .into_iter()
        .filter_map(|(skill, s)| s.map(|s| (skill, s)))
        .fold(None, |low: Option<(&str, u8)>, (skill, s)| match low {
            Some((_, l)) if l <= s => low,
            _ => Some((skill, s)),
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::Skills;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn plan() -> Plan {
        let mut plan = Plan::default();
        plan.meta.units = serde_json::from_value(serde_json::json!([
            {"id": "tlv", "name": "Tel Aviv", "level": "team"},
            {"id": "haifa", "name": "חיפה", "level": "team"}
        ]))
        .unwrap();
        let all = |n: u8| {
            serde_json::json!({"connection": n, "listening": n, "patience": n, "empathy": n,
                "thoroughness": n, "self_management": n, "agility": n, "resilience": n,
                "articulation": n, "love_of_conversation": n})
        };
        let mut low = all(4);
        low["resilience"] = 2.into();
        low["empathy"] = 3.into();
        plan.skills = serde_json::from_value::<Skills>(serde_json::json!({
            "assessments": [
                {"rep": "r1", "unit": "haifa", "on": "2026-03-01", "scores": all(3)},
                {"rep": "r2", "unit": "haifa", "on": "2026-03-05", "scores": all(2)},
                {"rep": "r1", "unit": "haifa", "on": "2026-03-20", "scores": all(4)},
                {"rep": "r1", "unit": "haifa", "on": "2026-06-01", "scores": low},
                {"rep": "r9", "unit": "tlv", "on": "2026-06-02", "scores": {"listening": 5}},
                {"rep": "r7", "on": "2026-06-02", "scores": {"listening": 1}}
            ]
        }))
        .unwrap();
        plan
    }

    #[test]
    fn means_per_unit_and_period_count_a_rep_once_with_the_later_assessment() {
        let p = plan();
        let units = unit_skills(&p, Period::Month, None);
        let names: Vec<&str> = units.iter().map(|u| u.unit.as_str()).collect();
        assert_eq!(names, ["tlv", "haifa", NO_UNIT]);
        let haifa = &units[1];
        assert_eq!(haifa.name.as_deref(), Some("חיפה"));
        let march = &haifa.periods[0];
        assert_eq!((march.period.as_str(), march.reps), ("2026-03", 2));
        // r1's 4 (the later of 3 and 4) and r2's 2.
        assert_eq!(march.mean("listening"), Some(3.0));
        let weakest: Vec<(&str, f64, Option<f64>)> = haifa
            .weakest
            .iter()
            .map(|w| (w.skill.as_str(), w.mean, w.change))
            .collect();
        assert_eq!(
            weakest,
            [
                ("resilience", 2.0, Some(-1.0)),
                ("empathy", 3.0, Some(0.0)),
                ("connection", 4.0, Some(1.0))
            ]
        );
        let quarters = unit_skills(&p, Period::Quarter, Some("haifa"));
        assert_eq!(quarters.len(), 1);
        let labels: Vec<&str> = quarters[0]
            .periods
            .iter()
            .map(|p| p.period.as_str())
            .collect();
        assert_eq!(labels, ["2026-Q1", "2026-Q2"]);
        assert_eq!(units[0].periods[0].mean("patience"), None);
    }

    #[test]
    fn a_parent_unit_rolls_up_the_assessments_of_the_units_below_it() {
        let mut p = plan();
        p.meta.units = serde_json::from_value(serde_json::json!([
            {"id": "centre", "name": "Centre", "level": "department"},
            {"id": "tlv", "name": "Tel Aviv", "level": "team", "parent": "centre"},
            {"id": "haifa", "name": "חיפה", "level": "team", "parent": "centre"}
        ]))
        .unwrap();
        let units = unit_skills(&p, Period::Quarter, Some("centre"));
        let names: Vec<&str> = units.iter().map(|u| u.unit.as_str()).collect();
        assert_eq!(names, ["centre", "tlv", "haifa"]);
        let q2 = &units[0].periods[1];
        // r1 (haifa) and r9 (tlv); not r7, who has no unit.
        assert_eq!((q2.period.as_str(), q2.reps), ("2026-Q2", 2));
        assert_eq!(q2.mean("listening"), Some(4.5));
        assert_eq!(units[0].periods[0].reps, 2);
        // A leaf unit is itself only; without a unit nothing rolls up.
        assert_eq!(unit_skills(&p, Period::Quarter, Some("tlv")).len(), 1);
        let all = unit_skills(&p, Period::Quarter, None);
        assert!(all.iter().all(|u| u.unit != "centre"));
    }

    #[test]
    fn a_reps_trend_shows_each_change() {
        let p = plan();
        let trend = rep_trend(&p, "r1");
        assert_eq!(trend.len(), 3);
        assert_eq!(trend[0].on, d("2026-03-01"));
        assert_eq!(
            trend[1].scores[0],
            ("connection".to_string(), Some(4), Some(1))
        );
        let resilience = &trend[2].scores[7];
        assert_eq!(resilience, &("resilience".to_string(), Some(2), Some(-2)));
        assert_eq!(trend[2].mean, Some(3.7));
        assert!(rep_trend(&p, "nobody").is_empty());
        let last = &p.skills.assessments[3];
        assert_eq!(weakest_of(last), Some(("resilience", 2)));
    }
}
