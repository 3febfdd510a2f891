//! `charter schema`: every template and the example plan validate against
//! the generated JSON Schemas, and files written by `charter new` point
//! editors at them.

#![allow(clippy::unwrap_used)]

mod common;

use std::path::Path;

use charter::store::schema;
use charter::store::yaml::{de, node};
use common::{code, root, stderr, stdout, Sandbox, TODAY};
use serde_json::Value;

/// A YAML file as JSON, read by charter's own parser (numbers, booleans and
/// nulls typed as YAML types them), for the validator.
fn yaml_to_json(text: &str) -> Value {
    let tree = node::parse(text).unwrap();
    de::from_node::<Value>(tree.as_ref(), &de::Sink::default()).unwrap()
}

fn validator(name: &str) -> jsonschema::Validator {
    let s = schema::all().into_iter().find(|s| s.name == name).unwrap();
    jsonschema::validator_for(&s.schema).unwrap()
}

/// The problems of the file `rel` of `dir` against its schema.
fn problems(dir: &Path, rel: &str) -> Vec<String> {
    let text = std::fs::read_to_string(dir.join(rel)).unwrap();
    let name = schema::schema_file_for(rel).unwrap();
    let name = name.strip_suffix(".schema.json").unwrap();
    let value = yaml_to_json(&text);
    validator(name)
        .iter_errors(&value)
        .map(|e| format!("{rel} {}: {e}", e.instance_path()))
        .collect()
}

/// Every plan file of `dir`, reviews included.
fn plan_files(dir: &Path) -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".yaml"))
        .collect();
    if let Ok(reviews) = std::fs::read_dir(dir.join("reviews")) {
        for e in reviews {
            files.push(format!(
                "reviews/{}",
                e.unwrap().file_name().to_string_lossy()
            ));
        }
    }
    files.sort();
    files
}

#[test]
fn every_template_and_the_example_plan_validate() {
    let mut dirs: Vec<_> = charter::store::templates::TEMPLATES
        .iter()
        .map(|t| root().join("templates").join(t.name))
        .collect();
    dirs.push(root().join("plans/example-service"));
    let mut checked = 0;
    for dir in &dirs {
        for rel in plan_files(dir) {
            assert_eq!(problems(dir, &rel), Vec::<String>::new());
            checked += 1;
        }
    }
    assert!(checked > 20, "only {checked} files checked");
    assert!(plan_files(&root().join("plans/example-service"))
        .iter()
        .any(|f| f.starts_with("reviews/")));
}

#[test]
fn the_schemas_refuse_what_the_loader_refuses() {
    let metrics = validator("metrics");
    for (bad, why) in [
        ("metrics:\n  - { id: FCR, name: x, direction: up }\n", "bad id"),
        ("metrics:\n  - { id: fcr, name: x, direction: sideways }\n", "bad enum"),
        ("metrics:\n  - { id: fcr, name: x, direction: up, colour: red }\n", "unknown field"),
        ("metrics:\n  - { id: fcr, name: x }\n", "missing field"),
        ("metrics:\n  - { id: fcr, name: x, direction: up, every: 0w }\n", "zero duration"),
        (
            "metrics:\n  - id: fcr\n    name: x\n    direction: up\n    readings:\n      - { on: 2026-1-5, value: 3 }\n",
            "bad date",
        ),
        (
            "metrics:\n  - id: fcr\n    name: x\n    direction: up\n    readings:\n      - { on: 2026-01-05, value: high }\n",
            "not a number",
        ),
    ] {
        assert!(!metrics.is_valid(&yaml_to_json(bad)), "{why}: {bad}");
    }
    let good = "metrics:\n  - { id: fcr, name: x, direction: up, every: 2w }\n";
    assert!(metrics.is_valid(&yaml_to_json(good)));
}

#[test]
fn new_plans_name_their_schema_on_the_first_line_and_keep_it() {
    let sb = Sandbox::new();
    let out = sb.charter(&["--today", "2026-01-05", "new", "p"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let dir = sb.work().join("p");
    for rel in plan_files(&dir) {
        let text = sb.read(&format!("p/{rel}"));
        let first = text.lines().next().unwrap();
        let name = rel.strip_suffix(".yaml").unwrap();
        assert_eq!(
            first,
            format!("# yaml-language-server: $schema=.charter/schema/{name}.schema.json")
        );
        assert!(dir
            .join(format!(".charter/schema/{name}.schema.json"))
            .is_file());
        assert_eq!(problems(&dir, &rel), Vec::<String>::new());
    }
    // The schemas are committed with the plan.
    let files = sb.git("p", &["show", "--name-only", "--format=", "HEAD"]);
    assert!(
        files.contains(".charter/schema/metrics.schema.json\n"),
        "{files}"
    );
    assert!(
        files.contains(".charter/schema/review.schema.json\n"),
        "{files}"
    );
    // A save keeps the line; the plan stays canonical and clean.
    let out = sb.charter_in("p", &["record", "fcr", "66", "--on", "2026-02-01"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(sb.read("p/metrics.yaml").starts_with(
        "# yaml-language-server: $schema=.charter/schema/metrics.schema.json\nmetrics:\n"
    ));
    let out = sb.charter_in("p", &["fmt"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(sb
        .read("p/milestones.yaml")
        .starts_with("# yaml-language-server: $schema=.charter/schema/milestones.schema.json\n"));
    let check = sb.charter_in("p", &["--today", TODAY, "check", "--format", "json"]);
    let json: Value = serde_json::from_slice(&check.stdout).unwrap();
    assert_eq!(json["errors"], serde_json::json!([]));
    // A review file sits one folder down.
    assert_eq!(
        schema::modeline("reviews/2026-03-31.yaml").unwrap(),
        "# yaml-language-server: $schema=../.charter/schema/review.schema.json\n"
    );
}

#[test]
fn schema_prints_one_object_or_writes_files() {
    let sb = Sandbox::new();
    let out = sb.charter(&["schema"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let all: Value = serde_json::from_slice(&out.stdout).unwrap();
    let keys: Vec<&str> = all
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "plan.yaml",
            "charter.yaml",
            "goals.yaml",
            "milestones.yaml",
            "committee.yaml",
            "agents.yaml",
            "metrics.yaml",
            "reviews/*.yaml",
            "skills.yaml",
            "workshops.yaml"
        ]
    );
    assert_eq!(
        all["plan.yaml"]["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert_eq!(all["plan.yaml"]["$defs"]["Date"]["format"], "date");
    let out = sb.charter(&["schema", "--out", "schemas"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let listed: Vec<String> = stdout(&out).lines().map(str::to_string).collect();
    assert_eq!(listed.len(), 10);
    assert_eq!(listed[0], "wrote schemas/plan.schema.json");
    let written: Value = serde_json::from_str(&sb.read("schemas/milestones.schema.json")).unwrap();
    assert_eq!(written, all["milestones.yaml"]);
}
