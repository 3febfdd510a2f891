//! A rep's onboarding in the rep's form: the file's list of training parts
//! (`training: [{part, planned, done}]`) is shown as two date fields per
//! part (`training.PART.planned`, `training.PART.done`), and the
//! certification's scores as one field per skill.

use serde_json::{Map, Value};

use crate::domain::model::{Part, TrainingPart};

/// The rep as its form edits it: the training list becomes a map by part.
pub fn to_form(rep: &mut Value) {
    let Some(map) = rep.as_object_mut() else {
        return;
    };
    let Some(Value::Array(parts)) = map.get("training") else {
        return;
    };
    // A part listed twice (an error check reports) keeps the list as it is.
    let codes: Vec<&Value> = parts.iter().filter_map(|p| p.get("part")).collect();
    if (1..codes.len()).any(|j| codes[..j].contains(&codes[j])) {
        return;
    }
    let Some(Value::Array(parts)) = map.remove("training") else {
        return;
    };
    let mut by_part = Map::new();
    for mut part in parts {
        let Some(fields) = part.as_object_mut() else {
            continue;
        };
        if let Some(Value::String(code)) = fields.remove("part") {
            by_part.insert(code, part);
        }
    }
    map.insert("training".into(), Value::Object(by_part));
}

/// The rep as the file holds it, from its form. The parts keep the order
/// they had (`old`), a part added in the form comes after them in the
/// guide's order; a part the file listed stays listed, with the dates the
/// form gives it (none, when both were cleared); a new part with no date is
/// not added.
pub fn from_form(rep: &mut Value, old: &[TrainingPart]) {
    let Some(map) = rep.as_object_mut() else {
        return;
    };
    if let Some(Value::Object(cert)) = map.get_mut("certification") {
        if matches!(cert.get("scores"), Some(Value::Object(s)) if s.is_empty()) {
            cert.remove("scores");
        }
        if cert.is_empty() {
            map.remove("certification");
        }
    }
    let mut by_part = match map.remove("training") {
        Some(Value::Object(by_part)) => by_part,
        Some(list @ Value::Array(_)) => {
            map.insert("training".into(), list);
            return;
        }
        _ => Map::new(),
    };
    let listed = old.iter().map(|t| t.part);
    let new = Part::ALL
        .into_iter()
        .filter(|p| !old.iter().any(|t| t.part == *p));
    let mut list = Vec::new();
    for part in listed.chain(new) {
        let was_listed = old.iter().any(|t| t.part == part);
        let mut fields = match by_part.remove(part.code()) {
            Some(Value::Object(fields)) => fields,
            _ => Map::new(),
        };
        if fields.is_empty() && !was_listed {
            continue;
        }
        let mut entry = Map::new();
        entry.insert("part".into(), Value::String(part.code().into()));
        entry.append(&mut fields);
        list.push(Value::Object(entry));
    }
    if !list.is_empty() {
        map.insert("training".into(), Value::Array(list));
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use serde_json::json;

    fn old(v: Value) -> Vec<TrainingPart> {
        serde_json::from_value(v).unwrap()
    }

    #[test]
    fn parts_go_to_the_form_by_name_and_back_in_their_order() {
        let training = json!([
            {"part": "mentoring", "planned": "2026-01-20"},
            {"part": "organisation", "planned": "2026-01-12", "done": "2026-01-12"}
        ]);
        let mut rep = json!({"id": "lior", "training": training.clone()});
        to_form(&mut rep);
        assert_eq!(
            rep["training"]["mentoring"],
            json!({"planned": "2026-01-20"})
        );
        assert_eq!(rep["training"]["organisation"]["done"], "2026-01-12");
        // Unchanged, the list comes back as it was.
        let mut back = rep.clone();
        from_form(&mut back, &old(training.clone()));
        assert_eq!(back["training"], training);
        // A date for a new part appends it; clearing a listed part's dates
        // keeps the part.
        rep["training"]["follow_up"] = json!({"planned": "2026-03-01"});
        rep["training"]["one_to_one"] = json!({});
        rep["training"]["mentoring"] = json!({});
        from_form(&mut rep, &old(training));
        assert_eq!(
            rep["training"],
            json!([
                {"part": "mentoring"},
                {"part": "organisation", "planned": "2026-01-12", "done": "2026-01-12"},
                {"part": "follow_up", "planned": "2026-03-01"}
            ])
        );
    }

    #[test]
    fn a_rep_without_training_or_scores_keeps_neither() {
        let mut rep =
            json!({"id": "a", "training": {}, "certification": {"on": "2026-01-01", "scores": {}}});
        from_form(&mut rep, &[]);
        assert!(rep.get("training").is_none(), "{rep}");
        assert_eq!(rep["certification"], json!({"on": "2026-01-01"}));
    }
}
