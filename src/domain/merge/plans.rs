//! Three whole plans merged file by file: the edits someone made in the UI
//! (`ours`) carried into files that changed on disk meanwhile (`theirs`),
//! both measured from the plan as it was loaded (`base`). Each file goes
//! through [`merge_file`], the merge driver's own rules.

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::{merge_file, Conflict};
use crate::domain::diff::{file_value, file_values};
use crate::domain::model::{Plan, Review};

/// The merged plan, and what could not be merged.
#[derive(Clone, Debug)]
pub struct PlanMerge {
    /// `theirs` with `ours`' edits in it; where both changed a field, ours.
    pub plan: Plan,
    /// Each field (or item) changed differently on both sides, with the
    /// file it is in.
    pub conflicts: Vec<(String, Conflict)>,
    /// Files whose merged value the model refused: they keep our version
    /// whole, and are named so nothing of theirs goes unseen.
    pub kept_ours: Vec<String>,
}

/// Merges `ours` into `theirs`, both changed from `base`.
pub fn merge_plans(base: &Plan, ours: &Plan, theirs: &Plan) -> PlanMerge {
    let mut rels: Vec<String> = Vec::new();
    for plan in [ours, theirs] {
        for (rel, _) in file_values(plan) {
            if !rels.contains(&rel) {
                rels.push(rel);
            }
        }
    }
    // A review removed on both sides is in neither list and stays out.
    let mut out = PlanMerge {
        plan: theirs.clone(),
        conflicts: Vec::new(),
        kept_ours: Vec::new(),
    };
    let mut reviews: Vec<Review> = Vec::new();
    for rel in rels {
        let (b, o, t) = (
            file_value(base, &rel),
            file_value(ours, &rel),
            file_value(theirs, &rel),
        );
        let value = if o == t || o == b {
            t
        } else if t == b {
            o
        } else {
            let merged = merge_file(&rel, &b, &o, &t);
            out.conflicts
                .extend(merged.conflicts.into_iter().map(|c| (rel.clone(), c)));
            merged.value
        };
        if !put(&mut out.plan, &mut reviews, &rel, value) {
            // Ours is the version the user is looking at: keep it whole.
            put(&mut out.plan, &mut reviews, &rel, file_value(ours, &rel));
            out.kept_ours.push(rel);
        }
    }
    reviews.sort_by_key(|r| r.date);
    out.plan.reviews = reviews;
    out
}

/// Puts the file `rel`'s merged value into `plan` (a review into
/// `reviews`); false when the model does not take the value.
fn put(plan: &mut Plan, reviews: &mut Vec<Review>, rel: &str, value: Value) -> bool {
    fn typed<T: DeserializeOwned>(value: Value, slot: &mut T) -> bool {
        match serde_json::from_value(value) {
            Ok(v) => {
                *slot = v;
                true
            }
            Err(_) => false,
        }
    }
    match rel {
        "plan.yaml" => typed(value, &mut plan.meta),
        "charter.yaml" => typed(value, &mut plan.charter),
        "goals.yaml" => typed(value, &mut plan.goals),
        "milestones.yaml" => typed(value, &mut plan.milestones),
        "committee.yaml" => typed(value, &mut plan.committee),
        "agents.yaml" => typed(value, &mut plan.agents),
        "metrics.yaml" => typed(value, &mut plan.metrics),
        "skills.yaml" => typed(value, &mut plan.skills),
        "workshops.yaml" => typed(value, &mut plan.workshops),
        "incidents.yaml" => typed(value, &mut plan.incidents),
        "surveys.yaml" => typed(value, &mut plan.surveys),
        "people.yaml" => typed(value, &mut plan.people),
        "recognition.yaml" => typed(value, &mut plan.recognition),
        _ if value.is_null() => {
            reviews.retain(|r| r.rel_path() != rel);
            true
        }
        _ => match serde_json::from_value::<Review>(value) {
            Ok(mut review) => {
                review.file = rel.to_string();
                reviews.retain(|r| r.rel_path() != rel);
                reviews.push(review);
                true
            }
            Err(_) => false,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::{Metric, Milestone, Reading};
    use crate::domain::types::Date;
    use serde_json::json;

    fn date(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn milestone(id: &str, due: &str) -> Milestone {
        serde_json::from_value(
            json!({"id": id, "title": format!("Milestone {id}"), "due": due, "status": "planned"}),
        )
        .unwrap()
    }

    fn plan() -> Plan {
        Plan {
            meta: serde_json::from_value(json!({
                "schema": 1, "id": "p", "title": "Plan", "start": "2026-01-01", "end": "2026-12-31"
            }))
            .unwrap(),
            milestones: crate::domain::model::MilestonesFile {
                milestones: vec![milestone("a", "2026-04-01"), milestone("b", "2026-05-01")],
            },
            ..Plan::default()
        }
    }

    #[test]
    fn edits_on_both_sides_in_different_items_are_both_kept() {
        let base = plan();
        let mut ours = base.clone();
        ours.milestones.milestones[0].due = Some(date("2026-04-15"));
        ours.meta.title = "Our title".into();
        let mut theirs = base.clone();
        theirs.milestones.milestones[1].due = Some(date("2026-06-01"));
        theirs
            .milestones
            .milestones
            .push(milestone("c", "2026-07-01"));
        let merged = merge_plans(&base, &ours, &theirs);
        assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
        let dues: Vec<String> = merged
            .plan
            .milestones
            .milestones
            .iter()
            .map(|m| {
                format!(
                    "{} {}",
                    m.id,
                    m.due.map(|d| d.to_string()).unwrap_or_default()
                )
            })
            .collect();
        assert_eq!(dues, ["a 2026-04-15", "b 2026-06-01", "c 2026-07-01"]);
        assert_eq!(merged.plan.meta.title, "Our title");
    }

    #[test]
    fn the_same_field_changed_on_both_sides_keeps_ours_and_names_both() {
        let base = plan();
        let mut ours = base.clone();
        ours.milestones.milestones[0].due = Some(date("2026-04-15"));
        let mut theirs = base.clone();
        theirs.milestones.milestones[0].due = Some(date("2026-04-20"));
        let merged = merge_plans(&base, &ours, &theirs);
        assert_eq!(merged.conflicts.len(), 1);
        let (rel, c) = &merged.conflicts[0];
        assert_eq!(rel, "milestones.yaml");
        assert_eq!(c.place(), "milestones a due");
        assert!(c.values().contains("2026-04-15") && c.values().contains("2026-04-20"));
        assert_eq!(
            merged.plan.milestones.milestones[0].due,
            Some(date("2026-04-15"))
        );
    }

    #[test]
    fn readings_and_reviews_added_on_both_sides_are_all_there() {
        let mut base = plan();
        let fcr: Metric =
            serde_json::from_value(json!({"id": "fcr", "name": "FCR", "direction": "up"})).unwrap();
        base.metrics.metrics.push(fcr);
        let reading = |on: &str, value: f64| Reading {
            on: date(on),
            value,
            unit: None,
        };
        let mut ours = base.clone();
        ours.metrics.metrics[0]
            .readings
            .push(reading("2026-03-01", 60.0));
        let mut theirs = base.clone();
        theirs.metrics.metrics[0]
            .readings
            .push(reading("2026-03-08", 61.0));
        theirs.reviews.push(Review {
            file: "reviews/2026-03-31.yaml".into(),
            date: date("2026-03-31"),
            title: None,
            attendees: vec![],
            milestones: vec![],
            metrics: vec![],
            decisions: vec![],
            actions: vec![],
            summary: Some("theirs".into()),
        });
        let merged = merge_plans(&base, &ours, &theirs);
        assert!(merged.conflicts.is_empty());
        let on: Vec<String> = merged.plan.metrics.metrics[0]
            .readings
            .iter()
            .map(|r| r.on.to_string())
            .collect();
        assert_eq!(on, ["2026-03-01", "2026-03-08"]);
        assert_eq!(merged.plan.reviews.len(), 1);
        assert_eq!(merged.plan.reviews[0].file, "reviews/2026-03-31.yaml");
    }

    #[test]
    fn a_file_only_one_side_changed_is_that_sides() {
        let base = plan();
        let ours = base.clone();
        let mut theirs = base.clone();
        theirs.milestones.milestones.remove(1);
        let merged = merge_plans(&base, &ours, &theirs);
        assert_eq!(merged.plan, theirs);
        assert!(merged.conflicts.is_empty() && merged.kept_ours.is_empty());
    }
}
