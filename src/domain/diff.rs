//! What changed between two versions of a plan, in plan terms: items added
//! and removed, and each changed field with its old and new value.
//!
//! Both sides are compared as the JSON of their typed model, so a change of
//! layout, quoting or comments is no change, and the same code serves the
//! working tree, any revision and a single file read from git.

use std::collections::{HashMap, HashSet};

use serde::Serialize;
use serde_json::{Map, Value};

use super::model::Plan;
use super::words::cut;
use crate::i18n::{message_in, Args, Lang, Value as Arg};

/// A message of the diff's words in `lang`: English for the JSON and the
/// commit messages, the language shown for text.
fn say(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    let mut a = Args::new();
    for (name, value) in args {
        a.set(*name, value.clone());
    }
    message_in(lang, id, Some(&a))
}

/// The word for a kind of item or a field, `id` + `name`, or `name` itself
/// when the catalogue has none (a field charter has no word for is shown
/// as it is in the files).
fn word(lang: Lang, id: &str, name: &str, count: usize) -> String {
    let id = format!("{id}{name}");
    // people.yaml's words live in its own catalogue file, under `people-`;
    // recognition.yaml's under `recog-`.
    let people = format!("people-{}", id.strip_prefix("cli-").unwrap_or(&id));
    let recog = format!("recog-{}", id.strip_prefix("cli-").unwrap_or(&id));
    match [id, people, recog]
        .into_iter()
        .find(|id| crate::i18n::has(id))
    {
        Some(id) => say(lang, &id, &[("count", Arg::from(count))]),
        None => name.to_string(),
    }
}

/// One item that was added, removed or changed.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ItemChange {
    pub file: String,
    pub kind: &'static str,
    pub id: String,
    pub change: ChangeKind,
    pub fields: Vec<FieldChange>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    Added,
    Removed,
    Changed,
}

/// A field of an item: `due`, `baseline.value`, `tools.callback-script.verdict`.
/// For a list of entries without ids (readings, decisions, actions), `old`
/// holds the entries removed and `new` those added.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FieldChange {
    pub field: String,
    pub old: Value,
    pub new: Value,
}

/// The JSON of each file of a plan, by its path in the plan folder. Review
/// files are named by their date unless they were read from another name.
pub fn file_values(plan: &Plan) -> Vec<(String, Value)> {
    let mut out = vec![
        ("plan.yaml".to_string(), json(&plan.meta)),
        ("charter.yaml".to_string(), json(&plan.charter)),
        ("goals.yaml".to_string(), json(&plan.goals)),
        ("milestones.yaml".to_string(), json(&plan.milestones)),
        ("committee.yaml".to_string(), json(&plan.committee)),
        ("agents.yaml".to_string(), json(&plan.agents)),
        ("metrics.yaml".to_string(), json(&plan.metrics)),
        ("skills.yaml".to_string(), json(&plan.skills)),
        ("workshops.yaml".to_string(), json(&plan.workshops)),
        ("incidents.yaml".to_string(), json(&plan.incidents)),
        ("surveys.yaml".to_string(), json(&plan.surveys)),
        ("people.yaml".to_string(), json(&plan.people)),
        ("recognition.yaml".to_string(), json(&plan.recognition)),
    ];
    for review in &plan.reviews {
        let rel = review.rel_path();
        out.push((rel, json(review)));
    }
    out
}

fn json<T: Serialize>(value: &T) -> Value {
    serde_json::to_value(value).unwrap_or(Value::Null)
}

/// The JSON of one file of a plan ([`file_values`] for one name).
pub fn file_value(plan: &Plan, rel: &str) -> Value {
    match rel {
        "plan.yaml" => json(&plan.meta),
        "charter.yaml" => json(&plan.charter),
        "goals.yaml" => json(&plan.goals),
        "milestones.yaml" => json(&plan.milestones),
        "committee.yaml" => json(&plan.committee),
        "agents.yaml" => json(&plan.agents),
        "metrics.yaml" => json(&plan.metrics),
        "skills.yaml" => json(&plan.skills),
        "workshops.yaml" => json(&plan.workshops),
        "incidents.yaml" => json(&plan.incidents),
        "surveys.yaml" => json(&plan.surveys),
        "people.yaml" => json(&plan.people),
        "recognition.yaml" => json(&plan.recognition),
        _ => plan
            .reviews
            .iter()
            .find(|r| r.rel_path() == rel)
            .map_or(Value::Null, json),
    }
}

/// Every change between two plans, file by file in the plan's file order.
pub fn diff_plans(old: &Plan, new: &Plan) -> Vec<ItemChange> {
    diff_files(&file_values(old), &file_values(new))
}

/// Every change between two plans given as their [`file_values`], for a
/// caller that also needs the items' JSON to word the changes its own way.
pub fn diff_files(old_files: &[(String, Value)], new_files: &[(String, Value)]) -> Vec<ItemChange> {
    let old_by_name: HashMap<&str, &Value> =
        old_files.iter().map(|(n, v)| (n.as_str(), v)).collect();
    let new_names: HashSet<&str> = new_files.iter().map(|(n, _)| n.as_str()).collect();
    let mut out = Vec::new();
    for (rel, new_v) in new_files {
        let old_v = old_by_name
            .get(rel.as_str())
            .copied()
            .unwrap_or(&Value::Null);
        out.extend(diff_file(rel, old_v, new_v));
    }
    for (rel, old_v) in old_files {
        if !new_names.contains(rel.as_str()) {
            out.extend(diff_file(rel, old_v, &Value::Null));
        }
    }
    out
}

/// The kind of the items of a file's top-level list, and of the file's own
/// fields (`None` for a review, which is one item as a whole).
pub fn kinds(rel: &str) -> (&'static str, &'static [(&'static str, &'static str)]) {
    match rel {
        "plan.yaml" => ("plan", &[("units", "unit")]),
        "charter.yaml" => (
            "charter",
            &[("channels", "channel"), ("commitments", "commitment")],
        ),
        "goals.yaml" => ("goals", &[("goals", "goal")]),
        "milestones.yaml" => ("milestones", &[("milestones", "milestone")]),
        "committee.yaml" => (
            "committee",
            &[("members", "member"), ("routines", "routine")],
        ),
        "agents.yaml" => ("agents", &[("agents", "agent")]),
        "metrics.yaml" => ("metrics", &[("metrics", "metric")]),
        "skills.yaml" => ("skills", &[("assessments", "assessment")]),
        "workshops.yaml" => ("workshops", &[("workshops", "workshop")]),
        "incidents.yaml" => ("incidents", &[("incidents", "incident")]),
        "surveys.yaml" => ("surveys", &[("surveys", "survey")]),
        "people.yaml" => ("people", &[("reps", "rep"), ("coaching", "coaching")]),
        "recognition.yaml" => (
            "recognition",
            &[
                ("praise", "praise"),
                ("heroes", "hero"),
                ("service_week", "service_week"),
            ],
        ),
        _ => ("review", &[]),
    }
}

/// The changes between two versions of one file (`Null` when it is absent).
pub fn diff_file<'a>(rel: &str, old: &'a Value, new: &'a Value) -> Vec<ItemChange> {
    if old == new {
        return Vec::new();
    }
    let (own_kind, lists) = kinds(rel);
    let mut out = Vec::new();
    if own_kind == "review" {
        let id = rel
            .strip_prefix("reviews/")
            .and_then(|n| n.strip_suffix(".yaml"))
            .unwrap_or(rel)
            .to_string();
        out.extend(item_change(rel, "review", id, old, new));
        return out;
    }
    static EMPTY: std::sync::OnceLock<Map<String, Value>> = std::sync::OnceLock::new();
    let empty = EMPTY.get_or_init(Map::new);
    let old_map = old.as_object().unwrap_or(empty);
    let new_map = new.as_object().unwrap_or(empty);
    // The file's own fields, the lists aside: one item named after the file.
    let head = |m: &Map<String, Value>| -> Value {
        Value::Object(
            m.iter()
                .filter(|(k, _)| !lists.iter().any(|(list, _)| list == k))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
        )
    };
    let (old_head, new_head) = (head(old_map), head(new_map));
    let whole = match (old.is_null(), new.is_null()) {
        (true, false) => Some(ChangeKind::Added),
        (false, true) => Some(ChangeKind::Removed),
        _ => None,
    };
    if let Some(change) = whole.filter(|_| old_head != new_head) {
        // A file added or removed whole: its own fields are one item.
        out.push(ItemChange {
            file: rel.to_string(),
            kind: own_kind,
            id: own_kind.to_string(),
            change,
            fields: Vec::new(),
        });
    } else if old_head != new_head {
        let mut fields = Vec::new();
        diff_value("", &old_head, &new_head, &mut fields);
        if !fields.is_empty() {
            out.push(ItemChange {
                file: rel.to_string(),
                kind: own_kind,
                id: own_kind.to_string(),
                change: ChangeKind::Changed,
                fields,
            });
        }
    }
    for (list, kind) in lists {
        let items = |m: &'a Map<String, Value>| -> &'a [Value] {
            m.get(*list)
                .and_then(Value::as_array)
                .map_or(&[], Vec::as_slice)
        };
        let (old_items, new_items) = (items(old_map), items(new_map));
        if old_items == new_items {
            continue;
        }
        let key = |v: &Value| item_key(kind, v);
        let old_by_key: HashMap<String, &Value> = old_items.iter().map(|v| (key(v), v)).collect();
        let new_keys: HashSet<String> = new_items.iter().map(key).collect();
        for item in new_items {
            let k = key(item);
            let before = old_by_key.get(&k).copied().unwrap_or(&Value::Null);
            out.extend(item_change(rel, kind, k, before, item));
        }
        for item in old_items {
            let k = key(item);
            if !new_keys.contains(&k) {
                out.extend(item_change(rel, kind, k, item, &Value::Null));
            }
        }
    }
    out
}

/// How an item is named: its id, or for a skills assessment its rep and date.
pub fn item_key(kind: &str, item: &Value) -> String {
    let field = |name: &str| match item.get(name) {
        Some(Value::String(s)) => s.clone(),
        Some(v) => v.to_string(),
        None => String::new(),
    };
    if kind == "assessment" {
        format!("{}@{}", field("rep"), field("on"))
    } else if kind == "coaching" {
        format!("{}/{}/{}", field("rep"), field("skill"), field("kind"))
    } else if kind == "praise" {
        format!("{}@{}", field("rep"), field("on"))
    } else if kind == "hero" {
        format!("{}/{}", field("period"), field("rep"))
    } else if kind == "service_week" {
        field("start")
    } else {
        field("id")
    }
}

fn item_change(
    rel: &str,
    kind: &'static str,
    id: String,
    old: &Value,
    new: &Value,
) -> Option<ItemChange> {
    let change = match (old.is_null(), new.is_null()) {
        (true, true) => return None,
        (true, false) => ChangeKind::Added,
        (false, true) => ChangeKind::Removed,
        (false, false) if old == new => return None,
        (false, false) => ChangeKind::Changed,
    };
    let mut fields = Vec::new();
    if change == ChangeKind::Changed {
        diff_value("", old, new, &mut fields);
    }
    Some(ItemChange {
        file: rel.to_string(),
        kind,
        id,
        change,
        fields,
    })
}

fn join(prefix: &str, key: &str) -> String {
    if prefix.is_empty() {
        key.to_string()
    } else {
        format!("{prefix}.{key}")
    }
}

/// Appends the changed fields between `old` and `new` under `prefix`.
fn diff_value(prefix: &str, old: &Value, new: &Value, out: &mut Vec<FieldChange>) {
    if old == new {
        return;
    }
    match (old, new) {
        (Value::Object(a), Value::Object(b)) => {
            for (k, v) in b {
                diff_value(&join(prefix, k), a.get(k).unwrap_or(&Value::Null), v, out);
            }
            for (k, v) in a {
                if !b.contains_key(k) {
                    diff_value(&join(prefix, k), v, &Value::Null, out);
                }
            }
        }
        (Value::Array(a), Value::Array(b)) if with_ids(a) && with_ids(b) => {
            let id = |v: &Value| v.get("id").and_then(Value::as_str).map(str::to_string);
            let old_by_id: HashMap<String, &Value> =
                a.iter().filter_map(|v| Some((id(v)?, v))).collect();
            let new_ids: HashSet<String> = b.iter().filter_map(id).collect();
            for item in b {
                if let Some(i) = id(item) {
                    let before = old_by_id.get(&i).copied().unwrap_or(&Value::Null);
                    diff_entry(&join(prefix, &i), before, item, out);
                }
            }
            for item in a {
                if let Some(i) = id(item).filter(|i| !new_ids.contains(i)) {
                    diff_entry(&join(prefix, &i), item, &Value::Null, out);
                }
            }
        }
        (Value::Array(a), Value::Array(b)) if of_objects(a) && of_objects(b) => {
            // Entries named by their title or date on both sides are compared
            // field by field (an action ticked: `actions[Train leaders].done
            // false → true`); the rest are counted as added and removed.
            let (a, b) = pair_by_name(prefix, a, b, out);
            let (removed, added) = multiset_difference(&a, &b);
            if !removed.is_empty() || !added.is_empty() {
                out.push(FieldChange {
                    field: prefix.to_string(),
                    old: Value::Array(removed),
                    new: Value::Array(added),
                });
            }
        }
        (Value::Array(a), Value::Null) if of_objects(a) && !with_ids(a) => {
            out.push(FieldChange {
                field: prefix.to_string(),
                old: Value::Array(a.clone()),
                new: Value::Array(Vec::new()),
            });
        }
        (Value::Null, Value::Array(b)) if of_objects(b) && !with_ids(b) => {
            out.push(FieldChange {
                field: prefix.to_string(),
                old: Value::Array(Vec::new()),
                new: Value::Array(b.clone()),
            });
        }
        _ => out.push(FieldChange {
            field: prefix.to_string(),
            old: old.clone(),
            new: new.clone(),
        }),
    }
}

/// An entry of a list with ids: added and removed entries are one field
/// each; a changed one is diffed field by field.
fn diff_entry(field: &str, old: &Value, new: &Value, out: &mut Vec<FieldChange>) {
    if old.is_null() || new.is_null() {
        if old != new {
            out.push(FieldChange {
                field: field.to_string(),
                old: old.clone(),
                new: new.clone(),
            });
        }
    } else {
        diff_value(field, old, new, out);
    }
}

/// How an entry without an id is named: its title or text, or for a
/// reading its date (and unit).
fn entry_name(v: &Value) -> Option<String> {
    for key in ["title", "text", "name"] {
        if let Some(Value::String(s)) = v.get(key) {
            return Some(s.clone());
        }
    }
    let on = v.get("on")?.as_str()?;
    Some(match v.get("unit").and_then(Value::as_str) {
        Some(unit) => format!("{on} {unit}"),
        None => on.to_string(),
    })
}

/// Compares the entries of `a` and `b` that have the same name on both
/// sides (names unique on each side) and differ; returns the others.
fn pair_by_name(
    prefix: &str,
    a: &[Value],
    b: &[Value],
    out: &mut Vec<FieldChange>,
) -> (Vec<Value>, Vec<Value>) {
    let names = |items: &[Value]| -> Option<HashMap<String, usize>> {
        let mut map = HashMap::new();
        for (i, v) in items.iter().enumerate() {
            if map.insert(entry_name(v)?, i).is_some() {
                return None;
            }
        }
        Some(map)
    };
    let (Some(old_names), Some(_)) = (names(a), names(b)) else {
        return (a.to_vec(), b.to_vec());
    };
    let mut paired_old = HashSet::new();
    let mut rest_new = Vec::new();
    for (name, v) in b.iter().map(|v| (entry_name(v), v)) {
        let before = name.as_ref().and_then(|n| old_names.get(n)).copied();
        match (name, before) {
            (Some(name), Some(i)) if a[i] != *v => {
                paired_old.insert(i);
                diff_value(&format!("{prefix}[{}]", cut(&name, 30)), &a[i], v, out);
            }
            _ => rest_new.push(v.clone()),
        }
    }
    let rest_old = a
        .iter()
        .enumerate()
        .filter(|(i, _)| !paired_old.contains(i))
        .map(|(_, v)| v.clone())
        .collect();
    (rest_old, rest_new)
}

fn of_objects(items: &[Value]) -> bool {
    !items.is_empty() && items.iter().all(Value::is_object)
}

fn with_ids(items: &[Value]) -> bool {
    of_objects(items)
        && items
            .iter()
            .all(|v| v.get("id").is_some_and(Value::is_string))
}

/// The entries of `a` missing from `b` and those of `b` missing from `a`,
/// counting repeats, each in its list's order.
fn multiset_difference(a: &[Value], b: &[Value]) -> (Vec<Value>, Vec<Value>) {
    let mut left: Vec<Option<&Value>> = a.iter().map(Some).collect();
    let mut added = Vec::new();
    for item in b {
        match left.iter_mut().find(|l| l.is_some_and(|v| v == item)) {
            Some(slot) => *slot = None,
            None => added.push(item.clone()),
        }
    }
    let removed = left.into_iter().flatten().cloned().collect();
    (removed, added)
}

/// A change as one line: `milestone crm-case-view: due 2026-04-30 →
/// 2026-05-15; status planned → in_progress`, `metric fcr: 2 readings
/// added`, `goal g-3: added`.
pub fn describe(change: &ItemChange) -> String {
    describe_in(Lang::En, change)
}

/// [`describe`] in `lang`.
pub fn describe_in(lang: Lang, change: &ItemChange) -> String {
    // A file's own fields are named by the file's kind alone: `plan: added`.
    let kind = word(lang, "cli-diff-kind-", change.kind, 1);
    let head = if change.id == change.kind {
        kind
    } else {
        format!("{kind} {}", change.id)
    };
    match change.change {
        ChangeKind::Added => format!("{head}: {}", say(lang, "cli-diff-added", &[])),
        ChangeKind::Removed => format!("{head}: {}", say(lang, "cli-diff-removed", &[])),
        ChangeKind::Changed => {
            let parts: Vec<String> = change
                .fields
                .iter()
                .map(|f| describe_field_in(lang, f))
                .collect();
            format!("{head}: {}", parts.join("; "))
        }
    }
}

/// One field's change in words.
pub fn describe_field(f: &FieldChange) -> String {
    describe_field_in(Lang::En, f)
}

/// The name of a field in words: `due`, `baseline.value`.
fn field_words(lang: Lang, field: &str) -> String {
    field
        .split('.')
        .map(|part| word(lang, "cli-diff-field-", part, 1))
        .collect::<Vec<_>>()
        .join(".")
}

/// A field's value in words: a status, health or verdict by its word in
/// Hebrew and Lithuanian; English keeps the code (`in_progress`), as
/// commit messages and scripts reading them always had it.
fn field_value(lang: Lang, field: &str, v: &Value) -> String {
    let last = field.rsplit('.').next().unwrap_or(field);
    match (last, v) {
        (
            "status" | "health" | "verdict" | "kind" | "direction" | "horizon" | "phase",
            Value::String(code),
        ) if lang != Lang::En => word(lang, &format!("code-{last}-"), code, 1),
        _ => value_words(v),
    }
}

/// [`describe_field`] in `lang`.
pub fn describe_field_in(lang: Lang, f: &FieldChange) -> String {
    if let (Value::Array(removed), Value::Array(added)) = (&f.old, &f.new) {
        if of_objects(removed) || of_objects(added) {
            let noun = f.field.rsplit('.').next().unwrap_or(&f.field);
            let count = |n: usize, verb: &str| {
                let things = if crate::i18n::has(&format!("cli-diff-n-{noun}")) {
                    word(lang, "cli-diff-n-", noun, n)
                } else if n == 1 {
                    format!("1 {}", singular(noun))
                } else {
                    format!("{n} {noun}")
                };
                (n > 0).then(|| say(lang, verb, &[("things", Arg::from(things))]))
            };
            let words: Vec<String> = [
                count(added.len(), "cli-diff-things-added"),
                count(removed.len(), "cli-diff-things-removed"),
            ]
            .into_iter()
            .flatten()
            .collect();
            let detail: Vec<String> = added.iter().take(3).map(entry_words).collect();
            let detail = if detail.is_empty() {
                String::new()
            } else if added.len() > 3 {
                format!(" ({}, …)", detail.join(", "))
            } else {
                format!(" ({})", detail.join(", "))
            };
            let prefix = match f.field.rfind('.') {
                Some(i) => format!("{} ", field_words(lang, &f.field[..i])),
                None => String::new(),
            };
            return format!("{prefix}{}{detail}", words.join(", "));
        }
    }
    let field = Arg::from(field_words(lang, &f.field));
    let value = |v: &Value| Arg::from(field_value(lang, &f.field, v));
    match (&f.old, &f.new) {
        (Value::Null, new) => say(
            lang,
            "cli-diff-set-to",
            &[("field", field), ("new", value(new))],
        ),
        (old, Value::Null) => say(
            lang,
            "cli-diff-unset",
            &[("field", field), ("old", value(old))],
        ),
        (old, new) => say(
            lang,
            "cli-diff-change",
            &[("field", field), ("old", value(old)), ("new", value(new))],
        ),
    }
}

fn singular(noun: &str) -> &str {
    match noun {
        "readings" => "reading",
        "decisions" => "decision",
        "actions" => "action",
        "assessments" => "assessment",
        "tools" => "tool",
        "breakdown" => "breakdown",
        other => other.strip_suffix('s').unwrap_or(other),
    }
}

/// A reading as `2026-03-31: 66`, an action or decision by its text.
fn entry_words(v: &Value) -> String {
    if let (Some(on), Some(value)) = (v.get("on"), v.get("value")) {
        let unit = v
            .get("unit")
            .and_then(Value::as_str)
            .map(|u| format!(" [{u}]"))
            .unwrap_or_default();
        return format!("{}: {}{unit}", value_words(on), value_words(value));
    }
    if let Some(text) = v.get("text") {
        return cut(&value_words(text), 40);
    }
    cut(&v.to_string(), 40)
}

/// A value in a line of text: strings bare, long text cut, lists bracketed.
pub fn value_words(v: &Value) -> String {
    match v {
        Value::Null => "–".into(),
        Value::String(s) => cut(s.lines().next().unwrap_or(""), 60),
        Value::Number(n) => match n.as_f64() {
            Some(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", f as i64),
            _ => n.to_string(),
        },
        Value::Bool(b) => b.to_string(),
        Value::Array(items) => {
            let inner: Vec<String> = items.iter().map(value_words).collect();
            cut(&format!("[{}]", inner.join(", ")), 60)
        }
        Value::Object(_) => cut(&v.to_string(), 60),
    }
}

/// The changes from `from` to `to` as lines of text: a heading with the
/// counts, then each file and its changes, one per line.
pub fn lines(from: &str, to: &str, changes: &[ItemChange]) -> Vec<String> {
    let lang = crate::i18n::current();
    if changes.is_empty() {
        return vec![say(
            lang,
            "cli-diff-none-between",
            &[("from", Arg::from(from)), ("to", Arg::from(to))],
        )];
    }
    let mut out = vec![format!("{from} → {to}: {}", counts_in(lang, changes))];
    let mut file = "";
    for c in changes {
        if c.file != file {
            file = &c.file;
            out.push(file.to_string());
        }
        out.push(format!("  {}", describe_in(lang, c)));
    }
    out
}

/// A short account of many changes: `3 milestones changed, 1 goal added;
/// metric fcr: 2 readings added` — the single changes when there are few,
/// counts by kind otherwise.
pub fn summarize(changes: &[ItemChange]) -> String {
    summarize_in(Lang::En, changes)
}

/// [`summarize`] in `lang`.
pub fn summarize_in(lang: Lang, changes: &[ItemChange]) -> String {
    if changes.is_empty() {
        return say(lang, "cli-diff-none", &[]);
    }
    if changes.len() <= 2 {
        return changes
            .iter()
            .map(|c| describe_in(lang, c))
            .collect::<Vec<_>>()
            .join("; ");
    }
    counts_in(lang, changes)
}

/// Changes counted by kind and change: `3 milestones changed, 1 goal added`.
pub fn counts(changes: &[ItemChange]) -> String {
    counts_in(Lang::En, changes)
}

/// [`counts`] in `lang`.
pub fn counts_in(lang: Lang, changes: &[ItemChange]) -> String {
    if changes.is_empty() {
        return say(lang, "cli-diff-none", &[]);
    }
    let mut counts: Vec<(&str, ChangeKind, usize)> = Vec::new();
    for c in changes {
        match counts
            .iter_mut()
            .find(|(k, ch, _)| *k == c.kind && *ch == c.change)
        {
            Some(entry) => entry.2 += 1,
            None => counts.push((c.kind, c.change, 1)),
        }
    }
    counts
        .iter()
        .map(|(kind, change, n)| {
            let verb = match change {
                ChangeKind::Added => "cli-diff-things-added",
                ChangeKind::Removed => "cli-diff-things-removed",
                ChangeKind::Changed => "cli-diff-things-changed",
            };
            let counted = |prefix: &str| crate::i18n::has(&format!("{prefix}diff-n-{kind}"));
            let things = if counted("cli-") || counted("people-") || counted("recog-") {
                word(lang, "cli-diff-n-", kind, *n)
            } else if *n == 1 {
                format!("1 {kind}")
            } else {
                format!("{n} {}", plural(kind))
            };
            say(lang, verb, &[("things", Arg::from(things))])
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn plural(kind: &str) -> String {
    match kind {
        "plan" | "charter" | "committee" | "skills" | "goals" | "milestones" | "metrics"
        | "agents" | "workshops" | "incidents" | "surveys" | "people" | "coaching"
        | "recognition" | "praise" => kind.to_string(),
        k => format!("{k}s"),
    }
}

#[cfg(test)]
mod tests;
