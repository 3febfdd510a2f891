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
    if let Value::Object(map) = &mut schema {
        map.insert("title".into(), Value::String(title.into()));
    }
    FileSchema { file, name, schema }
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
