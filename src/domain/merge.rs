//! Three-way merge of one plan file, item by item: what `charter
//! merge-driver` does when two people changed the same file.
//!
//! The three versions are the JSON of their typed model (as
//! [`crate::domain::diff`] compares them), so layout and comments play no
//! part. Lists are merged by item key (an item's id; a reading's date and
//! unit; an action's title or text; a decision's text), other mappings
//! field by field, lists of plain values as sets. A field changed
//! differently on both sides is a [`Conflict`]: the merge keeps ours and
//! names both values, so nothing is lost and a person decides.

use std::collections::{HashMap, HashSet};

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Value};

use super::diff;
use super::model::{
    AgentsFile, Charter, Committee, GoalsFile, IncidentsFile, MetricsFile, MilestonesFile,
    PeopleFile, PlanMeta, RecognitionFile, Review, Skills, SurveysFile, WorkshopsFile,
};

/// One field (or a whole item) changed differently on both sides.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    /// The top-level list holding the item (`milestones`), or `None` for a
    /// field of the file itself.
    pub list: Option<String>,
    /// The item's key (its id), or the file's kind (`plan`, `review`) for
    /// its own fields.
    pub item: String,
    /// The field inside the item (`due`, `readings[2026-03-07].value`);
    /// empty when the item itself was removed on one side and changed on
    /// the other.
    pub field: String,
    /// Ours and theirs; `None` when the side has no such field or item.
    pub ours: Option<Value>,
    pub theirs: Option<Value>,
}

impl Conflict {
    /// Where the conflict is: `milestones crm-case-view due`.
    pub fn place(&self) -> String {
        let mut out = match &self.list {
            Some(list) => format!("{list} {}", self.item),
            None => self.item.clone(),
        };
        if !self.field.is_empty() {
            out.push(' ');
            out.push_str(&self.field);
        }
        out
    }

    /// Whether the conflict is about a whole item or entry (removed on one
    /// side, changed on the other) rather than one field.
    pub fn is_whole_entry(&self) -> bool {
        self.field.is_empty() || self.field.ends_with(']')
    }

    /// Both values in words: `ours 2026-05-15, theirs 2026-06-01`, and for
    /// a removed item which version was kept.
    pub fn values(&self) -> String {
        let whole = self.is_whole_entry();
        let side = |v: &Option<Value>| match v {
            Some(v) => shown(v),
            None if whole => "removed".to_string(),
            None => "not set".to_string(),
        };
        let mut out = format!("ours {}, theirs {}", side(&self.ours), side(&self.theirs));
        if whole {
            out.push_str(" (the changed version is kept: delete the item if it should go)");
        } else {
            out.push_str(" (ours is kept)");
        }
        out
    }
}

/// A value on one line, as YAML shows it.
pub fn shown(v: &Value) -> String {
    match v {
        Value::String(s) => {
            let one_line = s.replace('\n', "\\n");
            if one_line.chars().count() > 120 {
                one_line.chars().take(119).chain(['…']).collect()
            } else {
                one_line
            }
        }
        Value::Null => "null".to_string(),
        other => other.to_string(),
    }
}

/// The merged file and what could not be merged.
#[derive(Clone, Debug, PartialEq)]
pub struct Merged {
    pub value: Value,
    pub conflicts: Vec<Conflict>,
}

/// Merges the three versions of the file `rel` (`milestones.yaml`,
/// `reviews/2026-03-31.yaml`); `Null` stands for an absent file. The result
/// has the canonical field order of the file's model.
pub fn merge_file(rel: &str, base: &Value, ours: &Value, theirs: &Value) -> Merged {
    let (own_kind, _) = diff::kinds(rel);
    let mut merger = Merger {
        conflicts: Vec::new(),
    };
    let empty = Map::new();
    let as_map = |v: &Value| v.as_object().cloned();
    let (b, o, t) = (as_map(base), as_map(ours), as_map(theirs));
    let mut out = Map::new();
    for key in union_keys(&[o.as_ref(), t.as_ref()]) {
        let pick = |m: &Option<Map<String, Value>>| m.as_ref().unwrap_or(&empty).get(&key).cloned();
        let (bv, ov, tv) = (pick(&b), pick(&o), pick(&t));
        let merged = match (&ov, &tv) {
            (Some(Value::Array(oa)), Some(Value::Array(ta))) if lists_of_items(oa, ta) => {
                let ba = match &bv {
                    Some(Value::Array(a)) => a.clone(),
                    _ => Vec::new(),
                };
                Some(Value::Array(merger.list(None, &key, &key, &ba, oa, ta)))
            }
            _ => {
                let at = At {
                    list: None,
                    item: own_kind.to_string(),
                };
                merger.value(&at, &key, &key, bv.as_ref(), ov.as_ref(), tv.as_ref())
            }
        };
        if let Some(v) = merged.filter(|v| !v.is_null()) {
            out.insert(key, v);
        }
    }
    let value = if ours.is_null() && theirs.is_null() {
        Value::Null
    } else {
        normalize(rel, Value::Object(out))
    };
    Merged {
        value,
        conflicts: merger.conflicts,
    }
}

/// The value through the file's typed model, so that its fields come in
/// canonical order; as it is when the model does not take it.
fn normalize(rel: &str, value: Value) -> Value {
    fn through<T: DeserializeOwned + Serialize>(value: Value) -> Value {
        match serde_json::from_value::<T>(value.clone()) {
            Ok(typed) => serde_json::to_value(typed).unwrap_or(value),
            Err(_) => value,
        }
    }
    match rel {
        "plan.yaml" => through::<PlanMeta>(value),
        "charter.yaml" => through::<Charter>(value),
        "goals.yaml" => through::<GoalsFile>(value),
        "milestones.yaml" => through::<MilestonesFile>(value),
        "committee.yaml" => through::<Committee>(value),
        "agents.yaml" => through::<AgentsFile>(value),
        "metrics.yaml" => through::<MetricsFile>(value),
        "skills.yaml" => through::<Skills>(value),
        "workshops.yaml" => through::<WorkshopsFile>(value),
        "incidents.yaml" => through::<IncidentsFile>(value),
        "surveys.yaml" => through::<SurveysFile>(value),
        "people.yaml" => through::<PeopleFile>(value),
        "recognition.yaml" => through::<RecognitionFile>(value),
        _ => through::<Review>(value),
    }
}

/// Both lists hold mappings (items), or are empty.
fn lists_of_items(a: &[Value], b: &[Value]) -> bool {
    a.iter().chain(b).all(Value::is_object) && !(a.is_empty() && b.is_empty())
}

/// Keys of the maps, each once, in the order they first appear.
fn union_keys(maps: &[Option<&Map<String, Value>>]) -> Vec<String> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for map in maps.iter().flatten() {
        for key in map.keys() {
            if seen.insert(key.clone()) {
                out.push(key.clone());
            }
        }
    }
    out
}

/// The item a conflict belongs to.
#[derive(Clone)]
struct At {
    list: Option<String>,
    item: String,
}

struct Merger {
    conflicts: Vec<Conflict>,
}

impl Merger {
    fn conflict(&mut self, at: &At, field: &str, ours: Option<&Value>, theirs: Option<&Value>) {
        self.conflicts.push(Conflict {
            list: at.list.clone(),
            item: at.item.clone(),
            field: field.to_string(),
            ours: ours.cloned(),
            theirs: theirs.cloned(),
        });
    }

    /// One field, three ways. `name` is its key (which says how a list of
    /// it is keyed), `field` its path inside the item.
    fn value(
        &mut self,
        at: &At,
        name: &str,
        field: &str,
        base: Option<&Value>,
        ours: Option<&Value>,
        theirs: Option<&Value>,
    ) -> Option<Value> {
        if ours == theirs {
            return ours.cloned();
        }
        if base == ours {
            return theirs.cloned();
        }
        if base == theirs {
            return ours.cloned();
        }
        match (ours, theirs) {
            (Some(Value::Object(o)), Some(Value::Object(t))) => {
                let b = match base {
                    Some(Value::Object(b)) => Some(b),
                    _ => None,
                };
                let mut out = Map::new();
                for key in union_keys(&[Some(o), Some(t)]) {
                    let sub = join(field, &key);
                    let merged = self.value(
                        at,
                        &key,
                        &sub,
                        b.and_then(|b| b.get(&key)),
                        o.get(&key),
                        t.get(&key),
                    );
                    if let Some(v) = merged {
                        out.insert(key, v);
                    }
                }
                Some(Value::Object(out))
            }
            (Some(Value::Array(o)), Some(Value::Array(t))) => {
                let b: &[Value] = match base {
                    Some(Value::Array(b)) => b,
                    _ => &[],
                };
                if lists_of_items(o, t) && b.iter().all(Value::is_object) {
                    Some(Value::Array(self.list(Some(at), name, field, b, o, t)))
                } else if o.iter().chain(t).chain(b).all(|v| !v.is_object()) {
                    Some(Value::Array(set_merge(b, o, t)))
                } else {
                    self.conflict(at, field, ours, theirs);
                    ours.cloned()
                }
            }
            _ => {
                self.conflict(at, field, ours, theirs);
                ours.cloned()
            }
        }
    }

    /// A list of items merged by key. `at` is the item holding the list,
    /// `None` for a top-level list of the file (whose entries are the items
    /// conflicts are named after).
    fn list(
        &mut self,
        at: Option<&At>,
        name: &str,
        field: &str,
        base: &[Value],
        ours: &[Value],
        theirs: &[Value],
    ) -> Vec<Value> {
        let (bk, ok, tk) = (keys(name, base), keys(name, ours), keys(name, theirs));
        let b_at: HashMap<&str, usize> = index(&bk);
        let o_at: HashMap<&str, usize> = index(&ok);
        let t_at: HashMap<&str, usize> = index(&tk);
        // Where a conflict in entry `key` is reported, and its field prefix.
        let place = |key: &str| -> (At, String) {
            match at {
                Some(at) => (at.clone(), format!("{field}[{key}]")),
                None => (
                    At {
                        list: Some(name.to_string()),
                        item: key.to_string(),
                    },
                    String::new(),
                ),
            }
        };
        let mut out: Vec<(String, Value)> = Vec::new();
        for (k, o) in ok.iter().zip(ours) {
            let b = b_at.get(k.as_str()).map(|&i| &base[i]);
            match t_at.get(k.as_str()).map(|&i| &theirs[i]) {
                Some(t) => {
                    let (where_, prefix) = place(k);
                    let mut merged = Map::new();
                    let (om, tm) = (o.as_object(), t.as_object());
                    let bm = b.and_then(Value::as_object);
                    for key in union_keys(&[om, tm]) {
                        let sub = join(&prefix, &key);
                        let v = self.value(
                            &where_,
                            &key,
                            &sub,
                            bm.and_then(|m| m.get(&key)),
                            om.and_then(|m| m.get(&key)),
                            tm.and_then(|m| m.get(&key)),
                        );
                        if let Some(v) = v {
                            merged.insert(key, v);
                        }
                    }
                    out.push((k.clone(), Value::Object(merged)));
                }
                None => match b {
                    // Added on our side.
                    None => out.push((k.clone(), o.clone())),
                    // Removed on theirs, unchanged on ours: removed.
                    Some(b) if b == o => {}
                    Some(_) => {
                        let (where_, prefix) = place(k);
                        self.conflict(&where_, &prefix, Some(o), None);
                        out.push((k.clone(), o.clone()));
                    }
                },
            }
        }
        for (i, (k, t)) in tk.iter().zip(theirs).enumerate() {
            if o_at.contains_key(k.as_str()) {
                continue;
            }
            if let Some(&bi) = b_at.get(k.as_str()) {
                // Removed on our side: stays removed unless theirs changed it.
                if base[bi] == *t {
                    continue;
                }
                let (where_, prefix) = place(k);
                self.conflict(&where_, &prefix, None, Some(t));
            }
            // After the entry that precedes it in theirs, and after the
            // entries only ours added there.
            let mut pos = tk[..i]
                .iter()
                .rev()
                .find_map(|p| out.iter().position(|(ok, _)| ok == p))
                .map_or(0, |p| p + 1);
            while pos < out.len()
                && !b_at.contains_key(out[pos].0.as_str())
                && !t_at.contains_key(out[pos].0.as_str())
            {
                pos += 1;
            }
            out.insert(pos, (k.clone(), t.clone()));
        }
        out.into_iter().map(|(_, v)| v).collect()
    }
}

fn join(prefix: &str, key: &str) -> String {
    if prefix.is_empty() {
        key.to_string()
    } else {
        format!("{prefix}.{key}")
    }
}

fn index(keys: &[String]) -> HashMap<&str, usize> {
    keys.iter()
        .enumerate()
        .map(|(i, k)| (k.as_str(), i))
        .collect()
}

/// The key of each entry of the list `name`, made unique by counting
/// repeats (`2026-03-07#2`), so a duplicate is merged with its namesake.
pub fn keys(name: &str, items: &[Value]) -> Vec<String> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    items
        .iter()
        .map(|v| {
            let key = item_key(name, v);
            let n = seen.entry(key.clone()).or_default();
            *n += 1;
            if *n == 1 {
                key
            } else {
                format!("{key}#{n}")
            }
        })
        .collect()
}

/// How an entry of the list `name` is known: its id; a skills assessment
/// by rep and date; a reading by its date (and unit); an action by its
/// title or text; a decision by its text; a target breakdown by level,
/// unit and period; anything else by its whole value.
pub fn item_key(name: &str, v: &Value) -> String {
    let text = |key: &str| match v.get(key) {
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Null) | None => None,
        Some(other) => Some(other.to_string()),
    };
    if let Some(id) = text("id") {
        return id;
    }
    let joined = |fields: &[&str]| -> String {
        fields
            .iter()
            .filter_map(|f| text(f))
            .collect::<Vec<_>>()
            .join(" ")
    };
    match name {
        "assessments" => diff::item_key("assessment", v),
        "coaching" => diff::item_key("coaching", v),
        "praise" => diff::item_key("praise", v),
        "heroes" => diff::item_key("hero", v),
        "service_week" => diff::item_key("service_week", v),
        "readings" => joined(&["on", "unit"]),
        "breakdown" => joined(&["level", "unit", "period"]),
        "actions" | "decisions" => joined(&["title", "text"]),
        _ => v.to_string(),
    }
}

/// Plain values merged as a set: ours in its order, less what theirs
/// removed, plus what theirs added.
fn set_merge(base: &[Value], ours: &[Value], theirs: &[Value]) -> Vec<Value> {
    let mut out: Vec<Value> = ours
        .iter()
        .filter(|v| !base.contains(v) || theirs.contains(v))
        .cloned()
        .collect();
    for v in theirs {
        if !base.contains(v) && !out.contains(v) {
            out.push(v.clone());
        }
    }
    out
}

mod plans;
pub use plans::{merge_plans, PlanMerge};

#[cfg(test)]
mod tests;
