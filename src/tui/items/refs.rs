//! Where the tools of the workshops are, the ids a reference field can
//! take, and what refers to an item.

use serde::Serialize;
use serde_json::{json, Value};

use crate::domain::model::*;

use super::fields::RefKind;

/// Where the `i`-th tool of workshops.yaml is: (workshop, place in it).
pub(super) fn tool_place(plan: &Plan, i: usize) -> Option<(usize, usize)> {
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
pub(super) fn store_tool(
    plan: &mut Plan,
    i: Option<usize>,
    mut value: Value,
) -> Result<usize, String> {
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
        return Err(crate::t!("tui-err-no-workshop", id = target.as_str()));
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
        RefKind::Review => plan.reviews.iter().map(|r| r.date.to_string()).collect(),
        RefKind::Incident => plan
            .incidents
            .incidents
            .iter()
            .map(|i| i.id.to_string())
            .collect(),
        RefKind::Routine => plan
            .committee
            .routines
            .iter()
            .map(|r| r.id.to_string())
            .collect(),
        RefKind::Meeting => super::meetings::meetings(plan)
            .into_iter()
            .map(|(r, m)| {
                let routine = &plan.committee.routines[r];
                super::meetings::meeting_ref(routine, &routine.meetings[m])
            })
            .collect(),
        RefKind::Rep if !plan.people.reps.is_empty() => {
            plan.people.reps.iter().map(|r| r.id.to_string()).collect()
        }
        RefKind::Rep => ref_ids(plan, RefKind::Person),
        RefKind::Staff => {
            let mut ids = ref_ids(plan, RefKind::Person);
            ids.extend(plan.people.reps.iter().map(|r| r.id.to_string()));
            ids
        }
    }
}

/// A kind of item as [`references_to`] names it, in the current language.
fn kind_word(kind: &str) -> String {
    crate::t!(&format!("tui-kind-{}", kind.replace(' ', "-")))
}

/// A field's path as the screen names it: its label where the catalogue
/// has one (`goal`), else the path as the file writes it.
fn field_word(field: &str) -> String {
    let id = format!("tui-field-{}", field.replace(['.', '_'], "-"));
    if crate::i18n::current() != crate::i18n::Lang::En && crate::i18n::has(&id) {
        crate::t!(&id)
    } else {
        field.to_string()
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
                    format!("{} {}", kind_word(kind), key(x)),
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
        crate::t!("tui-ref-the-charter"),
        json!({"approved_by": plan.charter.approved_by}),
    ));
    holders.extend(labelled("review", &plan.reviews, |r| r.date.to_string()));
    holders.extend(labelled("unit", &plan.meta.units, |u| u.id.to_string()));
    holders.extend(labelled(
        "skills assessment",
        &plan.skills.assessments,
        |a| {
            crate::t!(
                "tui-ref-of-on",
                rep = a.rep.to_string(),
                date = a.on.to_string()
            )
        },
    ));
    holders.extend(plan.incidents.incidents.iter().map(|x| {
        (
            format!("{} {}", crate::t!("meet-kind-incident"), x.id),
            serde_json::to_value(x).unwrap_or_default(),
        )
    }));
    let mut found = Vec::new();
    for (label, value) in holders {
        let mut hits = Vec::new();
        find_id(&value, id, "", &mut hits);
        found.extend(
            hits.into_iter()
                .map(|field| format!("{label} ({})", field_word(&field))),
        );
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
