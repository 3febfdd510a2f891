//! JSON Schemas of the plan's files, generated from the model's own types
//! (`schemars`), so an editor validates and completes what charter loads.
//!
//! Each file the `charter new` writes names its schema on its first line,
//! `# yaml-language-server: $schema=.charter/schema/NAME.schema.json`: a
//! path relative to the file, so it works offline and in any clone.

use std::path::{Path, PathBuf};

use schemars::generate::SchemaSettings;
use schemars::JsonSchema;
use serde_json::Value;

use crate::domain::model::*;

/// Where a plan keeps its schemas, relative to the plan folder.
pub const DIR: &str = ".charter/schema";

/// One file of a plan and its schema.
pub struct FileSchema {
    /// The plan file, as DESIGN §2 names it (`reviews/*.yaml` for reviews).
    pub file: &'static str,
    /// `plan` for `plan.schema.json`.
    pub name: &'static str,
    pub schema: Value,
}

fn schema_of<T: JsonSchema>(file: &'static str, name: &'static str, title: &str) -> FileSchema {
    let generator = SchemaSettings::draft2020_12().into_generator();
    let mut schema = generator.into_root_schema_for::<T>().to_value();
    as_the_loader_reads(&mut schema);
    if let Value::Object(map) = &mut schema {
        map.insert("title".into(), Value::String(title.into()));
    }
    FileSchema { file, name, schema }
}

/// Widens the generated schema to what the loader accepts, so an editor
/// never flags a file that charter loads (nor passes one it refuses):
///
/// - Free text (a string with no pattern, format or list of values) also
///   takes a number or a boolean. The loader reads `title: 2026` as the
///   text "2026", exactly as written, while an editor's YAML reader hands
///   the schema the number 2026. Refusing such titles in charter instead
///   would make people quote text for no gain, since charter never
///   misreads it; ids, dates and durations stay strings, and the loader
///   refuses an id that YAML reads as a number (it must be quoted).
/// - A list may be null: `goals:` with nothing after it is an empty list.
/// - A number (not an integer) lies within ±1e15, the loader's bound.
/// - A mapping none of whose fields is required may be null, the whole
///   file included: an empty file (or one holding only comments) is an
///   empty plan file.
fn as_the_loader_reads(schema: &mut Value) {
    let Value::Object(map) = schema else {
        return;
    };
    for key in ["properties", "$defs"] {
        if let Some(Value::Object(children)) = map.get_mut(key) {
            children.values_mut().for_each(as_the_loader_reads);
        }
    }
    for key in ["anyOf", "oneOf", "allOf", "prefixItems"] {
        if let Some(Value::Array(children)) = map.get_mut(key) {
            children.iter_mut().for_each(as_the_loader_reads);
        }
    }
    for key in ["items", "additionalProperties"] {
        if let Some(child) = map.get_mut(key) {
            as_the_loader_reads(child);
        }
    }
    let mut types: Vec<String> = match map.get("type") {
        Some(Value::String(t)) => vec![t.clone()],
        Some(Value::Array(ts)) => ts
            .iter()
            .filter_map(|t| t.as_str().map(str::to_string))
            .collect(),
        _ => return,
    };
    let has = |types: &[String], t: &str| types.iter().any(|x| x == t);
    if has(&types, "number") {
        // The loader refuses numbers beyond ±1e15 (see `de::MAX_MAGNITUDE`).
        // Written as a whole number (1e15 is exactly one).
        let bound = crate::domain::readings::MAX_MAGNITUDE as i64;
        map.entry("minimum").or_insert(serde_json::json!(-bound));
        map.entry("maximum").or_insert(serde_json::json!(bound));
    }
    let mut add = Vec::new();
    let constrained = ["pattern", "format", "enum", "const"]
        .iter()
        .any(|k| map.contains_key(*k));
    if has(&types, "string") && !constrained {
        add.extend(["number", "boolean"]);
    }
    let nothing_required = map
        .get("required")
        .and_then(Value::as_array)
        .is_none_or(Vec::is_empty);
    if has(&types, "array") || (has(&types, "object") && nothing_required) {
        add.push("null");
    }
    for t in add {
        if !has(&types, t) {
            types.push(t.to_string());
        }
    }
    map.insert(
        "type".into(),
        match types.as_slice() {
            [one] => Value::String(one.clone()),
            _ => Value::Array(types.into_iter().map(Value::String).collect()),
        },
    );
}

/// Every file's schema, in the order of DESIGN §2.
pub fn all() -> Vec<FileSchema> {
    vec![
        schema_of::<PlanMeta>(
            "plan.yaml",
            "plan",
            "charter plan.yaml: the plan's metadata",
        ),
        schema_of::<Charter>(
            "charter.yaml",
            "charter",
            "charter charter.yaml: the service charter",
        ),
        schema_of::<GoalsFile>("goals.yaml", "goals", "charter goals.yaml: goals"),
        schema_of::<MilestonesFile>(
            "milestones.yaml",
            "milestones",
            "charter milestones.yaml: milestones and their actions",
        ),
        schema_of::<Committee>(
            "committee.yaml",
            "committee",
            "charter committee.yaml: steering committee and management routines",
        ),
        schema_of::<AgentsFile>(
            "agents.yaml",
            "agents",
            "charter agents.yaml: change agents",
        ),
        schema_of::<MetricsFile>(
            "metrics.yaml",
            "metrics",
            "charter metrics.yaml: success metrics and their readings",
        ),
        schema_of::<Review>(
            "reviews/*.yaml",
            "review",
            "charter reviews/YYYY-MM-DD.yaml: a milestone review",
        ),
        schema_of::<Skills>(
            "skills.yaml",
            "skills",
            "charter skills.yaml: assessments of the ten rep skills",
        ),
        schema_of::<WorkshopsFile>(
            "workshops.yaml",
            "workshops",
            "charter workshops.yaml: service workshops and the tools they tried",
        ),
        schema_of::<IncidentsFile>(
            "incidents.yaml",
            "incidents",
            "charter incidents.yaml: key events investigated, with their action items",
        ),
        schema_of::<SurveysFile>(
            "surveys.yaml",
            "surveys",
            "charter surveys.yaml: surveys of customers, employees and managers, and their scores",
        ),
        schema_of::<PeopleFile>(
            "people.yaml",
            "people",
            "charter people.yaml: reps, their training and certification, and coaching of weak skills",
        ),
        schema_of::<RecognitionFile>(
            "recognition.yaml",
            "recognition",
            "charter recognition.yaml: praise passed on, service heroes and the Customer Service Week",
        ),
    ]
}

/// The schema file name of a plan file (`milestones.yaml` → `milestones.schema.json`).
pub fn schema_file_for(rel: &str) -> Option<String> {
    let name = if rel.starts_with("reviews/") {
        "review"
    } else {
        rel.strip_suffix(".yaml")?
    };
    all()
        .iter()
        .any(|s| s.name == name)
        .then(|| format!("{name}.schema.json"))
}

/// The first line that points an editor at the schema of `rel`.
pub fn modeline(rel: &str) -> Option<String> {
    let file = schema_file_for(rel)?;
    let up = "../".repeat(rel.matches('/').count());
    Some(format!(
        "# yaml-language-server: $schema={up}{DIR}/{file}\n"
    ))
}

/// The JSON text of a schema, as written to its file.
pub fn text(schema: &Value) -> String {
    let mut text = serde_json::to_string_pretty(schema).unwrap_or_default();
    text.push('\n');
    text
}

/// Writes every schema into `dir` (each file atomically); gives the paths.
pub fn write_all(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir)?;
    let mut written = Vec::new();
    for s in all() {
        let path = dir.join(format!("{}.schema.json", s.name));
        super::atomic::write(&path, text(&s.schema).as_bytes())?;
        written.push(path);
    }
    Ok(written)
}
