//! The edits between two versions of a plan, in plan terms, for the commit
//! message a save proposes ("milestone crm: status planned → done").

use serde::Serialize;
use serde_json::Value;

use crate::domain::model::Plan;

fn items<T: Serialize>(list: &[T]) -> Vec<Value> {
    list.iter()
        .filter_map(|x| serde_json::to_value(x).ok())
        .collect()
}

fn key_of(v: &Value) -> String {
    v.get("id")
        .or_else(|| v.get("date"))
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

fn short(v: &Value) -> String {
    match v {
        Value::String(s) if s.chars().count() > 30 => {
            format!("{}…", s.chars().take(29).collect::<String>())
        }
        Value::String(s) => s.clone(),
        Value::Null => "–".into(),
        Value::Array(a) => format!("{} items", a.len()),
        other => other.to_string(),
    }
}

/// What changed in one list of items.
fn compare(kind: &str, old: Vec<Value>, new: Vec<Value>, out: &mut Vec<String>) {
    if old == new {
        return;
    }
    // Items are matched by id through an index: plans hold thousands.
    let old_by_key: std::collections::HashMap<String, &Value> =
        old.iter().map(|o| (key_of(o), o)).collect();
    let new_keys: std::collections::HashSet<String> = new.iter().map(key_of).collect();
    for n in &new {
        let key = key_of(n);
        match old_by_key.get(&key).copied() {
            None => out.push(format!("{kind} {key}: added")),
            Some(o) if o != n => {
                let mut fields = Vec::new();
                if let (Some(om), Some(nm)) = (o.as_object(), n.as_object()) {
                    for (field, nv) in nm {
                        let ov = om.get(field).unwrap_or(&Value::Null);
                        if ov == nv {
                            continue;
                        }
                        fields.push(match (ov, nv) {
                            (Value::Array(a), Value::Array(b))
                                if b.len() > a.len() && field == "readings" =>
                            {
                                format!("{} reading(s) added", b.len() - a.len())
                            }
                            (Value::Array(_), Value::Array(_)) => format!("{field} changed"),
                            // Long text reads badly cut: just say it changed.
                            (Value::String(a), Value::String(b))
                                if a.chars().count() > 30 || b.chars().count() > 30 =>
                            {
                                format!("{field} changed")
                            }
                            _ => format!("{field} {} → {}", short(ov), short(nv)),
                        });
                    }
                    for field in om.keys().filter(|k| !nm.contains_key(*k)) {
                        fields.push(format!("{field} removed"));
                    }
                }
                out.push(format!("{kind} {key}: {}", fields.join(", ")));
            }
            Some(_) => {}
        }
    }
    for o in &old {
        let key = key_of(o);
        if !new_keys.contains(&key) {
            out.push(format!("{kind} {key}: removed"));
        }
    }
}

pub fn summary(old: &Plan, new: &Plan) -> Vec<String> {
    let mut out = Vec::new();
    let details = |p: &Plan| crate::domain::model::PlanMeta {
        units: Vec::new(),
        ..p.meta.clone()
    };
    if details(old) != details(new) {
        out.push("plan details changed".into());
    }
    compare(
        "unit",
        items(&old.meta.units),
        items(&new.meta.units),
        &mut out,
    );
    let charter_text = |p: &Plan| {
        (
            p.charter.vision.clone(),
            p.charter.values.clone(),
            p.charter.principles.clone(),
            p.charter.terms.clone(),
        )
    };
    if charter_text(old) != charter_text(new) {
        out.push("charter text changed".into());
    }
    compare(
        "channel",
        items(&old.charter.channels),
        items(&new.charter.channels),
        &mut out,
    );
    compare(
        "commitment",
        items(&old.charter.commitments),
        items(&new.charter.commitments),
        &mut out,
    );
    compare(
        "goal",
        items(&old.goals.goals),
        items(&new.goals.goals),
        &mut out,
    );
    compare(
        "milestone",
        items(&old.milestones.milestones),
        items(&new.milestones.milestones),
        &mut out,
    );
    compare(
        "member",
        items(&old.committee.members),
        items(&new.committee.members),
        &mut out,
    );
    compare(
        "routine",
        items(&old.committee.routines),
        items(&new.committee.routines),
        &mut out,
    );
    compare(
        "agent",
        items(&old.agents.agents),
        items(&new.agents.agents),
        &mut out,
    );
    compare(
        "metric",
        items(&old.metrics.metrics),
        items(&new.metrics.metrics),
        &mut out,
    );
    compare("review", items(&old.reviews), items(&new.reviews), &mut out);
    let workshops = |p: &Plan| -> Vec<Value> {
        items(&p.workshops.workshops)
            .into_iter()
            .map(|mut v| {
                if let Some(map) = v.as_object_mut() {
                    map.remove("tools");
                }
                v
            })
            .collect()
    };
    compare("workshop", workshops(old), workshops(new), &mut out);
    let tools = |p: &Plan| -> Vec<Value> {
        p.workshops
            .workshops
            .iter()
            .flat_map(|w| items(&w.tools))
            .collect()
    };
    compare("tool", tools(old), tools(new), &mut out);
    // An assessment has no id: the rep and the day name it.
    let assessments = |p: &Plan| -> Vec<Value> {
        items(&p.skills.assessments)
            .into_iter()
            .zip(&p.skills.assessments)
            .map(|(mut v, a)| {
                v["id"] = Value::String(format!("{} {}", a.rep, a.on));
                v
            })
            .collect()
    };
    compare(
        "skills assessment of",
        assessments(old),
        assessments(new),
        &mut out,
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::{Milestone, Status};
    use crate::domain::types::Id;

    #[test]
    fn says_what_changed_in_plan_terms() {
        let m = Milestone {
            id: Id::new("crm").unwrap(),
            title: "CRM".into(),
            goal: None,
            phase: None,
            owner: None,
            agents: vec![],
            start: None,
            due: None,
            status: Status::Planned,
            done_on: None,
            depends_on: vec![],
            actions: vec![],
        };
        let mut old = Plan::default();
        old.milestones.milestones.push(m.clone());
        let mut new = old.clone();
        new.milestones.milestones[0].status = Status::Done;
        assert_eq!(
            summary(&old, &new),
            ["milestone crm: status planned → done"]
        );
    }
}
