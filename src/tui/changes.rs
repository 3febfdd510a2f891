//! The unsaved edits as the UI words them, for the questions before a quit
//! or reload and the commit message a save proposes ("milestone crm: status
//! planned → done"). What changed is [`crate::domain::diff`]'s to say; this only
//! words its changes, one line per item and a few words per top-level
//! field, shorter than `charter diff`, which names every nested field.

use std::collections::{HashMap, HashSet};

use serde_json::Value;

use crate::domain::diff::{self, ChangeKind, ItemChange};
use crate::domain::model::Plan;

/// `old` and `new` without what they share: files that are equal are left
/// at their defaults on both sides, and in the others each list keeps
/// only the items that differ from the other side's at the same place.
/// The diff of the two is that of the whole plans, at the cost of the
/// edit rather than of the plan's size (an edit on a plan of 10,000
/// milestones converts one milestone, not all of them).
fn thin(old: &Plan, new: &Plan) -> (Plan, Plan) {
    fn list<T: Clone + PartialEq>(a: &[T], b: &[T]) -> (Vec<T>, Vec<T>) {
        let differs = |i: usize| a.get(i) != b.get(i);
        let keep = |v: &[T]| -> Vec<T> {
            v.iter()
                .enumerate()
                .filter(|(i, _)| differs(*i))
                .map(|(_, x)| x.clone())
                .collect()
        };
        (keep(a), keep(b))
    }
    let (mut o, mut n) = (Plan::default(), Plan::default());
    if old.meta != new.meta {
        (o.meta, n.meta) = (old.meta.clone(), new.meta.clone());
    }
    if old.charter != new.charter {
        (o.charter, n.charter) = (old.charter.clone(), new.charter.clone());
    }
    (o.goals.goals, n.goals.goals) = list(&old.goals.goals, &new.goals.goals);
    (o.milestones.milestones, n.milestones.milestones) =
        list(&old.milestones.milestones, &new.milestones.milestones);
    if old.committee != new.committee {
        (o.committee, n.committee) = (old.committee.clone(), new.committee.clone());
    }
    (o.agents.agents, n.agents.agents) = list(&old.agents.agents, &new.agents.agents);
    if old.metrics.metrics != new.metrics.metrics {
        (o.metrics.metrics, n.metrics.metrics) = list(&old.metrics.metrics, &new.metrics.metrics);
    }
    if old.skills != new.skills {
        (o.skills, n.skills) = (old.skills.clone(), new.skills.clone());
    }
    if old.workshops != new.workshops {
        (o.workshops, n.workshops) = (old.workshops.clone(), new.workshops.clone());
    }
    if old.people != new.people {
        (o.people, n.people) = (old.people.clone(), new.people.clone());
    }
    if old.recognition != new.recognition {
        (o.recognition, n.recognition) = (old.recognition.clone(), new.recognition.clone());
    }
    (o.reviews, n.reviews) = list(&old.reviews, &new.reviews);
    (o.incidents.incidents, n.incidents.incidents) =
        list(&old.incidents.incidents, &new.incidents.incidents);
    (o, n)
}

/// One line per changed item, in the order of the UI's tabs.
pub fn summary(old: &Plan, new: &Plan) -> Vec<String> {
    let (old, new) = thin(old, new);
    summary_of(&old, &new)
}

/// [`summary`] of the plans as they are.
fn summary_of(old: &Plan, new: &Plan) -> Vec<String> {
    let (old_files, new_files) = (diff::file_values(old), diff::file_values(new));
    let changes = diff::diff_files(&old_files, &new_files);
    if changes.is_empty() {
        return Vec::new();
    }
    // Where each file stood in the old plan: removed reviews are listed in
    // that order, after the others.
    let old_place: HashMap<String, usize> = old_files
        .iter()
        .enumerate()
        .map(|(i, (rel, _))| (rel.clone(), i))
        .collect();
    let sides = Sides {
        old: old_files.into_iter().collect(),
        new: new_files.into_iter().collect(),
    };
    let mut lines: Vec<((usize, usize), String)> = Vec::new();
    let mut tool_ids: HashSet<String> = HashSet::new();
    for change in &changes {
        let (before, after) = (
            sides.item(&sides.old, change),
            sides.item(&sides.new, change),
        );
        if change.kind == "workshop" {
            tool_ids.extend(tools_touched(change, before, after));
        }
        let rank = rank(change.kind);
        let gone = (rank, 1 + old_place.get(&change.file).copied().unwrap_or(0));
        if change.kind == "review" {
            // The UI names a review by its date: a review whose date
            // changed is one added on the new date and one removed.
            let date = |v: &Value| v.get("date").map(key_of_value);
            if change.change == ChangeKind::Changed && date(before) != date(after) {
                let (was, now) = (date(before), date(after));
                lines.push((
                    (rank, 0),
                    format!("review {}: added", now.unwrap_or_default()),
                ));
                lines.push((gone, format!("review {}: removed", was.unwrap_or_default())));
                continue;
            }
        }
        if let Some(line) = word(change, before, after) {
            let removed_review = change.kind == "review" && change.change == ChangeKind::Removed;
            lines.push((if removed_review { gone } else { (rank, 0) }, line));
        }
    }
    if !tool_ids.is_empty() {
        let tools = |files: &HashMap<String, Value>| -> Vec<Value> {
            files
                .get("workshops.yaml")
                .and_then(|w| w.get("workshops"))
                .and_then(Value::as_array)
                .map(|ws| ws.iter().flat_map(|w| list(w, "tools")).cloned().collect())
                .unwrap_or_default()
        };
        let (old_tools, new_tools) = (tools(&sides.old), tools(&sides.new));
        let mut words = Vec::new();
        compare(
            "tool",
            &old_tools,
            &new_tools,
            |key| tool_ids.contains(key),
            &mut words,
        );
        lines.extend(words.into_iter().map(|w| ((rank("tool"), 0), w)));
    }
    lines.sort_by_key(|(rank, _)| *rank);
    lines.into_iter().map(|(_, line)| line).collect()
}

/// The JSON of each plan file, on both sides of the diff.
struct Sides {
    old: HashMap<String, Value>,
    new: HashMap<String, Value>,
}

static NULL: Value = Value::Null;

impl Sides {
    /// The whole item a change is about, on one side (`Null` when absent).
    fn item<'a>(&self, files: &'a HashMap<String, Value>, change: &ItemChange) -> &'a Value {
        let Some(file) = files.get(&change.file) else {
            return &NULL;
        };
        let (own_kind, lists) = diff::kinds(&change.file);
        if change.kind == own_kind {
            return file;
        }
        lists
            .iter()
            .filter(|(_, kind)| *kind == change.kind)
            .flat_map(|(name, _)| list(file, name))
            .find(|item| diff::item_key(change.kind, item) == change.id)
            .unwrap_or(&NULL)
    }
}

fn list<'a>(value: &'a Value, name: &str) -> &'a [Value] {
    value
        .get(name)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// Where the UI lists a kind: the tabs' order, tools after workshops.
fn rank(kind: &str) -> usize {
    const ORDER: [&str; 16] = [
        "plan",
        "unit",
        "charter",
        "channel",
        "commitment",
        "goal",
        "milestone",
        "member",
        "routine",
        "agent",
        "metric",
        "review",
        "workshop",
        "tool",
        "assessment",
        "incident",
    ];
    ORDER.iter().position(|k| *k == kind).unwrap_or(ORDER.len())
}

/// The first part of a field's path: `baseline` of `baseline.value`.
fn top(field: &str) -> &str {
    let end = field.find(['.', '[']).unwrap_or(field.len());
    &field[..end]
}

/// The ids of the tools a change of a workshop may have touched.
fn tools_touched(change: &ItemChange, before: &Value, after: &Value) -> Vec<String> {
    let touched = change.change != ChangeKind::Changed
        || change.fields.iter().any(|f| top(&f.field) == "tools");
    if !touched {
        return Vec::new();
    }
    list(before, "tools")
        .iter()
        .chain(list(after, "tools"))
        .map(key_of)
        .collect()
}

/// One item's change in a line; `None` for what the UI does not list (a
/// workshop whose only change is its tools, which get their own lines; the
/// fields of a file beside its lists, except the plan's and the charter's).
fn word(change: &ItemChange, before: &Value, after: &Value) -> Option<String> {
    let (own_kind, _) = diff::kinds(&change.file);
    // The item's top-level fields that differ, in its own order. Taken from
    // both sides rather than from the changed fields' paths, which say
    // nothing of a list only reordered.
    let changed_tops = || -> Vec<&str> {
        let (Some(o), Some(n)) = (before.as_object(), after.as_object()) else {
            let mut tops: Vec<&str> = Vec::new();
            for f in &change.fields {
                let t = top(&f.field);
                if !tops.contains(&t) {
                    tops.push(t);
                }
            }
            return tops;
        };
        n.iter()
            .filter(|(k, v)| o.get(*k).unwrap_or(&NULL) != *v)
            .map(|(k, _)| k.as_str())
            .chain(o.keys().filter(|k| !n.contains_key(*k)).map(String::as_str))
            .collect()
    };
    let name = match change.kind {
        "plan" => return Some("plan details changed".into()),
        "charter" => {
            let text = ["vision", "values", "principles", "terms"];
            return changed_tops()
                .iter()
                .any(|t| text.contains(t))
                .then(|| "charter text changed".into());
        }
        kind if kind == own_kind && own_kind != "review" => return None,
        "review" => {
            let date = after.get("date").or_else(|| before.get("date"));
            format!("review {}", date.map(key_of_value).unwrap_or_default())
        }
        "assessment" => format!("skills assessment of {}", change.id.replacen('@', " ", 1)),
        kind => format!("{kind} {}", change.id),
    };
    match change.change {
        ChangeKind::Added => Some(format!("{name}: added")),
        ChangeKind::Removed => Some(format!("{name}: removed")),
        ChangeKind::Changed => {
            let fields: Vec<String> = changed_tops()
                .into_iter()
                .filter(|t| !(change.kind == "workshop" && *t == "tools"))
                .map(|t| field_words(t, before, after))
                .collect();
            (!fields.is_empty()).then(|| format!("{name}: {}", fields.join(", ")))
        }
    }
}

/// The words for one changed top-level field of an item.
fn field_words(field: &str, before: &Value, after: &Value) -> String {
    let Some(nv) = after.get(field) else {
        return format!("{field} removed");
    };
    let ov = before.get(field).unwrap_or(&Value::Null);
    match (ov, nv) {
        (Value::Array(a), Value::Array(b)) if b.len() > a.len() && field == "readings" => {
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
    }
}

fn key_of(v: &Value) -> String {
    v.get("id").map(key_of_value).unwrap_or_default()
}

fn key_of_value(v: &Value) -> String {
    v.as_str().unwrap_or_default().to_string()
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

/// The lines for the items of one list whose key `wanted` accepts: the
/// tools, which the UI lists across workshops, matched by id wherever they
/// are.
fn compare(
    kind: &str,
    old: &[Value],
    new: &[Value],
    wanted: impl Fn(&str) -> bool,
    out: &mut Vec<String>,
) {
    let old_by_key: HashMap<String, &Value> = old.iter().map(|o| (key_of(o), o)).collect();
    let new_keys: HashSet<String> = new.iter().map(key_of).collect();
    for n in new {
        let key = key_of(n);
        if !wanted(&key) {
            continue;
        }
        match old_by_key.get(&key).copied() {
            None => out.push(format!("{kind} {key}: added")),
            Some(o) if o != n => {
                let mut fields: Vec<String> = Vec::new();
                if let (Some(om), Some(nm)) = (o.as_object(), n.as_object()) {
                    for (field, nv) in nm {
                        if om.get(field).unwrap_or(&Value::Null) != nv {
                            fields.push(field_words(field, o, n));
                        }
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
    for o in old {
        let key = key_of(o);
        if wanted(&key) && !new_keys.contains(&key) {
            out.push(format!("{kind} {key}: removed"));
        }
    }
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

    #[test]
    fn words_tools_apart_and_in_tab_order() {
        let mut old = Plan::default();
        old.workshops.workshops.push(
            serde_json::from_value(serde_json::json!({
                "id": "w1", "date": "2026-03-01", "topic": "Calls",
                "tools": [{"id": "script", "name": "Script"}],
            }))
            .unwrap(),
        );
        old.milestones.milestones.push(
            serde_json::from_value(serde_json::json!({
                "id": "crm", "title": "CRM", "status": "planned",
                "actions": [{"title": "A"}, {"title": "B"}],
            }))
            .unwrap(),
        );
        let mut new = old.clone();
        new.workshops.workshops[0].tools[0].name = "Call script".into();
        new.milestones.milestones[0].actions.reverse();
        assert_eq!(
            summary(&old, &new),
            [
                "milestone crm: actions changed",
                "tool script: name Script → Call script",
            ]
        );
        assert!(summary(&old, &old).is_empty());
    }

    #[test]
    fn words_plan_charter_and_reviews_as_the_ui_names_them() {
        let mut old = Plan::default();
        old.charter.values = vec!["Listen".into(), "Fix".into()];
        old.reviews
            .push(serde_json::from_value(serde_json::json!({"date": "2026-01-19"})).unwrap());
        old.reviews[0].file = "reviews/2026-01-19.yaml".into();
        let mut new = old.clone();
        new.charter.values.reverse();
        new.meta.title = "Renamed".into();
        new.reviews[0].date = crate::domain::types::Date::parse("2026-01-20").unwrap();
        assert_eq!(
            summary(&old, &new),
            [
                "plan details changed",
                "charter text changed",
                "review 2026-01-20: added",
                "review 2026-01-19: removed",
            ]
        );
    }

    #[test]
    fn the_thinned_plans_give_the_summary_of_the_whole_ones() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("plans/example-service");
        let old = crate::store::plan_dir::load(&root).unwrap().plan;
        let edits: Vec<fn(&mut Plan)> = vec![
            |p| p.milestones.milestones[3].status = Status::Blocked,
            |p| {
                let mut m = p.milestones.milestones[0].clone();
                m.id = Id::new("added-one").unwrap();
                p.milestones.milestones.push(m);
            },
            |p| {
                p.milestones.milestones.remove(1);
            },
            |p| {
                p.goals.goals.pop();
                p.meta.title.push_str(" (renamed)");
            },
            |p| {
                let r = p.metrics.metrics[0].readings[0].clone();
                p.metrics.metrics[0]
                    .readings
                    .push(crate::domain::model::Reading {
                        on: r.on.add_days(1),
                        ..r
                    });
                p.metrics.metrics[2].name.push('!');
            },
            |p| {
                if let Some(r) = p.reviews.last_mut() {
                    r.summary = Some("changed".into());
                }
                p.reviews.remove(0);
                p.agents.agents[0].name.push('!');
                p.committee.members[0].name.push('!');
            },
        ];
        for (n, edit) in edits.iter().enumerate() {
            let mut new = old.clone();
            edit(&mut new);
            let whole = summary_of(&old, &new);
            assert!(!whole.is_empty(), "edit {n} changed nothing");
            assert_eq!(summary(&old, &new), whole, "edit {n}");
        }
        assert!(summary(&old, &old).is_empty());
    }
}
