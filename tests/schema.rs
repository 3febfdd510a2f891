//! `charter schema`: every template and the example plan validate against
//! the generated JSON Schemas, and files written by `charter new` point
//! editors at them.

#![allow(clippy::unwrap_used)]

mod common;

use std::path::Path;
use std::sync::LazyLock;

use charter::store::plan_dir::{self, Files};
use charter::store::schema;
use charter::store::yaml::de;
use charter::store::yaml::node::{self, Kind, Node, Style, Tag};
use common::{code, root, stderr, stdout, Sandbox, TODAY};
use regex::Regex;
use serde_json::{json, Value};

/// A YAML file as JSON, read by charter's own parser (numbers, booleans and
/// nulls typed as YAML types them), for the validator.
fn yaml_to_json(text: &str) -> Value {
    let tree = node::parse(text).unwrap();
    de::from_node::<Value>(tree.as_ref(), &de::Sink::default()).unwrap()
}

/// The core schema's resolution table, as the YAML 1.2.2 spec writes it
/// (10.3.2), for [`editor_json`].
static CORE: LazyLock<[(Regex, &str); 6]> = LazyLock::new(|| {
    [
        (r"^(null|Null|NULL|~|)$", "null"),
        (r"^(true|True|TRUE|false|False|FALSE)$", "bool"),
        (r"^([-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", "int"),
        (
            r"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$",
            "float",
        ),
        (r"^[-+]?(\.inf|\.Inf|\.INF)$", "inf"),
        (r"^(\.nan|\.NaN|\.NAN)$", "nan"),
    ]
    .map(|(re, kind)| (Regex::new(re).unwrap(), kind))
});

/// A YAML file as an editor hands it to a JSON Schema validator: scalars
/// typed by YAML 1.2's core schema (implemented here from the spec's
/// table, not with the loader's code), tags obeyed. `None` when the file
/// does not parse, which an editor flags by itself (an unknown tag, too).
/// JSON has no infinity or NaN: such a value stays its text, so a number
/// field refuses it while a text field takes it.
fn editor_json(text: &str) -> Option<Value> {
    fn scalar(text: &str, kind: &str) -> Value {
        match kind {
            "null" => Value::Null,
            "bool" => Value::Bool(text.eq_ignore_ascii_case("true")),
            "int" => {
                let n = if let Some(octal) = text.strip_prefix("0o") {
                    i128::from_str_radix(octal, 8).ok()
                } else if let Some(hex) = text.strip_prefix("0x") {
                    i128::from_str_radix(hex, 16).ok()
                } else {
                    text.parse().ok()
                };
                match n.and_then(|n| i64::try_from(n).ok()) {
                    Some(n) => json!(n),
                    None => scalar(text, "float"),
                }
            }
            "float" => match text.parse::<f64>() {
                Ok(f) if f.is_finite() => json!(f),
                _ => Value::String(text.into()),
            },
            _ => Value::String(text.into()),
        }
    }
    fn convert(node: &Node) -> Value {
        match &node.kind {
            Kind::Scalar(text, Style::Plain) => {
                let kind = CORE
                    .iter()
                    .find(|(re, _)| re.is_match(text))
                    .map_or("str", |(_, kind)| *kind);
                scalar(text, kind)
            }
            Kind::Scalar(text, Style::Tagged(tag)) => {
                let kind = match tag {
                    Tag::Str => "str",
                    Tag::Int => "int",
                    Tag::Float => "float",
                    Tag::Bool => "bool",
                    Tag::Null => "null",
                };
                scalar(text, kind)
            }
            Kind::Scalar(text, _) => Value::String(text.to_string()),
            Kind::Seq(items) => Value::Array(items.iter().map(convert).collect()),
            Kind::Map(pairs) => Value::Object(
                pairs
                    .iter()
                    .map(|(k, v)| (k.as_scalar().unwrap().to_string(), convert(v)))
                    .collect(),
            ),
        }
    }
    let tree = node::parse(text).ok()?;
    Some(tree.as_ref().map_or(Value::Null, convert))
}

/// Whether charter's loader takes `text` as the plan file `rel` (a valid
/// plan.yaml beside it), and its first error if not.
fn loader_accepts(rel: &str, text: &str) -> Result<(), String> {
    let plan = "schema: 1\nid: p\ntitle: P\nstart: 2026-01-05\nend: 2026-12-31\n";
    let mut files: Vec<(&str, &[u8])> = vec![(rel, text.as_bytes())];
    if rel != "plan.yaml" {
        files.push(("plan.yaml", plan.as_bytes()));
    }
    let dir = plan_dir::load_from(Path::new("."), Files::Memory(&files)).unwrap();
    match dir.load_errors.first() {
        None => Ok(()),
        Some(d) => Err(format!("{}: {}", d.code, d.message)),
    }
}

/// Whether the schema of `rel` takes `text` as an editor reads it.
fn schema_accepts(rel: &str, text: &str) -> bool {
    let name = schema::schema_file_for(rel).unwrap();
    let name = name.strip_suffix(".schema.json").unwrap();
    editor_json(text).is_some_and(|v| validator(name).is_valid(&v))
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

const YES: bool = true;
const NO: bool = false;

/// The loader and the schemas take and refuse the same files: YAML 1.2
/// core scalars, tags, number-like text, whole numbers written as
/// floats, empty files and empty lists.
#[test]
fn the_loader_and_the_schemas_agree_on_what_a_value_is() {
    let goal = |title: &str| format!("goals:\n  - id: g\n    title: {title}\n");
    let goal_with = |extra: &str| format!("goals:\n  - id: g\n    title: T\n    {extra}\n");
    let progress = |v: &str| {
        format!("date: 2026-03-31\nmilestones:\n  - {{ id: m, health: on_track, progress: {v} }}\n")
    };
    let reading = |v: &str| {
        format!("metrics:\n  - id: fcr\n    name: F\n    direction: up\n    readings:\n      - {{ on: 2026-01-05, value: {v} }}\n")
    };
    let done = |v: &str| {
        format!("milestones:\n  - id: m\n    title: M\n    actions:\n      - {{ title: A, done: {v} }}\n")
    };
    let score = |v: &str| {
        format!("scale: 5\nassessments:\n  - {{ rep: r1, on: 2026-03-01, scores: {{ empathy: {v} }} }}\n")
    };
    let plan = |extra: &str| {
        format!("schema: 1\nid: p\ntitle: P\nstart: 2026-01-05\nend: 2026-12-31\n{extra}\n")
    };
    let review = "reviews/2026-03-31.yaml";
    let mut cases: Vec<(&str, String, bool)> = Vec::new();
    // Free text takes any scalar, as written; nothing is not text.
    for title in [
        "2026",
        "0x1F",
        "1e3",
        "-.5",
        "True",
        "yes",
        "on",
        ".inf",
        ".nan",
        "_62",
        "6_2",
        "\"2026\"",
        "!!str 2026",
        "!!str null",
        "!!str",
        "! 12",
        "!!int 12",
        "!!bool false",
        "2026-01-05",
        "12:30",
        "|\n      block",
    ] {
        cases.push(("goals.yaml", goal(title), YES));
    }
    for title in ["", "~", "null", "NULL", "!!null ~", "[a]", "{ a: b }"] {
        cases.push(("goals.yaml", goal(title), NO));
    }
    cases.extend([
        ("goals.yaml", goal_with("description: 42"), YES),
        ("goals.yaml", goal_with("description: ~"), YES),
        ("charter.yaml", "values: [1, true, 0.5, x]\n".into(), YES),
        ("charter.yaml", "values: [x, ~]\n".into(), NO),
        (
            "charter.yaml",
            "vision: 2026\nterms: !!str 14\n".into(),
            YES,
        ),
    ]);
    // Ids are text: one YAML reads as a number or a boolean must be quoted.
    for (id, ok) in [
        ("g-1", YES),
        ("\"2026\"", YES),
        ("'2026'", YES),
        ("!!str 2026", YES),
        ("yes", YES),
        ("2026", NO),
        ("1e3", NO),
        ("0x1f", NO),
        ("0o17", NO),
        ("true", NO),
        ("1.5", NO),
        ("+12", NO),
        ("G", NO),
        ("~", NO),
    ] {
        let text = format!("goals:\n  - id: {id}\n    title: T\n");
        cases.push(("goals.yaml", text, ok));
        if id != "~" {
            cases.push(("goals.yaml", goal_with(&format!("owner: {id}")), ok));
        }
    }
    // Whole numbers: a float with no fraction counts, as in JSON Schema.
    for (v, ok) in [
        ("60", YES),
        ("60.0", YES),
        ("6e1", YES),
        ("0x3C", YES),
        ("0o74", YES),
        ("+60", YES),
        ("!!int 60", YES),
        ("!!float 60", YES),
        ("~", YES),
        ("60.5", NO),
        ("6_0", NO),
        ("_60", NO),
        ("\"60\"", NO),
        ("!!str 60", NO),
        ("256", NO),
        ("-1", NO),
        (".inf", NO),
        ("sixty", NO),
        ("true", NO),
    ] {
        cases.push((review, progress(v), ok));
    }
    for (v, ok) in [("4", YES), ("4.0", YES), ("4.5", NO), ("'4'", NO)] {
        cases.push(("skills.yaml", score(v), ok));
    }
    cases.extend([
        ("skills.yaml", "scale: 10.0\n".into(), YES),
        ("skills.yaml", "scale: 7.5\n".into(), NO),
        (
            "plan.yaml",
            plan("").replace("schema: 1", "schema: 1.0"),
            YES,
        ),
        (
            "plan.yaml",
            plan("").replace("schema: 1", "schema: 1.5"),
            NO,
        ),
        ("plan.yaml", plan("target_guide: 1.25"), YES),
        ("plan.yaml", plan("target_guide: .inf"), NO),
    ]);
    // Numbers are finite; text that looks like one is still text.
    for (v, ok) in [
        ("63", YES),
        ("-.5", YES),
        ("5.", YES),
        ("1e3", YES),
        ("1E+3", YES),
        ("0x10", YES),
        ("!!float 63", YES),
        ("!!int 0o77", YES),
        ("6_3", NO),
        ("1,5", NO),
        ("\"63\"", NO),
        ("!!str 63", NO),
        ("!!str null", NO),
        (".inf", NO),
        ("-.Inf", NO),
        (".nan", NO),
        ("1e400", NO),
        ("inf", NO),
        ("NaN", NO),
        ("~", NO),
    ] {
        cases.push(("metrics.yaml", reading(v), ok));
    }
    // Booleans are YAML 1.2's; yes, no, on and off are not.
    for (v, ok) in [
        ("true", YES),
        ("True", YES),
        ("TRUE", YES),
        ("False", YES),
        ("!!bool false", YES),
        ("yes", NO),
        ("No", NO),
        ("on", NO),
        ("off", NO),
        ("y", NO),
        ("1", NO),
        ("\"true\"", NO),
        ("tRUE", NO),
        ("~", NO),
    ] {
        cases.push(("milestones.yaml", done(v), ok));
    }
    // Empty files, empty lists and tags that are not YAML's core ones.
    for (rel, text, ok) in [
        ("goals.yaml", "", YES),
        ("goals.yaml", "# nothing yet\n", YES),
        ("goals.yaml", "~\n", YES),
        ("goals.yaml", "---\n", YES),
        ("goals.yaml", "goals:\n", YES),
        ("goals.yaml", "goals: []\n", YES),
        ("skills.yaml", "", YES),
        ("workshops.yaml", "", YES),
        ("charter.yaml", "", YES),
        (
            "skills.yaml",
            "assessments:\n  - { rep: r1, on: 2026-03-01, scores: }\n",
            YES,
        ),
        ("plan.yaml", "", NO),
        (review, "", NO),
        ("goals.yaml", "[]\n", NO),
        ("goals.yaml", "\"\"\n", NO),
        ("goals.yaml", "goals: x\n", NO),
        ("goals.yaml", "goals:\n  - ~\n", NO),
        ("goals.yaml", "goals: !!seq []\n", YES),
        ("goals.yaml", "!!map { goals: [] }\n", YES),
        ("goals.yaml", "goals: !!map {}\n", NO),
        ("goals.yaml", "goals: !list []\n", NO),
        (
            "goals.yaml",
            "goals:\n  - id: g\n    title: !shout hi\n",
            NO,
        ),
        (
            "goals.yaml",
            "goals:\n  - id: g\n    title: !!binary aGk=\n",
            NO,
        ),
        (
            "goals.yaml",
            "goals:\n  - { id: g, title: T, horizon: short }\n",
            YES,
        ),
        (
            "goals.yaml",
            "goals:\n  - { id: g, title: T, horizon: 1 }\n",
            NO,
        ),
        (
            "goals.yaml",
            "goals:\n  - { id: g, title: T, horizon: True }\n",
            NO,
        ),
        (
            "metrics.yaml",
            "metrics:\n  - { id: m, name: M, direction: up, every: 4 }\n",
            NO,
        ),
    ] {
        cases.push((rel, text.to_string(), ok));
    }
    cases.push(("plan.yaml", plan("").replace("2026-01-05", "20260105"), NO));

    let mut disagreements = Vec::new();
    for (rel, text, expected) in &cases {
        let loader = loader_accepts(rel, text);
        let schema = schema_accepts(rel, text);
        if loader.is_ok() != *expected || schema != *expected {
            disagreements.push(format!(
                "{rel}: {text:?}\n  expected {}, loader {loader:?}, schema {}, as JSON {}",
                if *expected { "accept" } else { "refuse" },
                if schema { "accepts" } else { "refuses" },
                editor_json(text).map_or("(does not parse)".into(), |v| v.to_string()),
            ));
        }
    }
    assert!(cases.len() >= 150, "{} cases", cases.len());
    assert!(
        disagreements.is_empty(),
        "{} of {} cases:\n{}",
        disagreements.len(),
        cases.len(),
        disagreements.join("\n")
    );
}

/// A plan named like a number gets an id the loader and the schema take.
#[test]
fn a_plan_in_a_folder_named_2026_loads_and_validates() {
    let sb = Sandbox::new();
    let out = sb.charter(&["--today", "2026-01-05", "new", "2026"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(sb.read("2026/plan.yaml").contains("\nid: \"2026\"\n"));
    let check = sb.charter_in("2026", &["--today", "2026-01-05", "check"]);
    assert_eq!(code(&check), 0, "{}{}", stdout(&check), stderr(&check));
    assert_eq!(
        problems(&sb.work().join("2026"), "plan.yaml"),
        Vec::<String>::new()
    );
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
    // The example plan carries today's schemas, and its files name them.
    let example = root().join("plans/example-service");
    for s in schema::all() {
        let path = example
            .join(schema::DIR)
            .join(format!("{}.schema.json", s.name));
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            schema::text(&s.schema),
            "{} is stale: regenerate the example plan with `charter demo`",
            path.display()
        );
    }
    for rel in plan_files(&example) {
        let text = std::fs::read_to_string(example.join(&rel)).unwrap();
        assert!(text.starts_with(&schema::modeline(&rel).unwrap()), "{rel}");
    }
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
        ("metrics:\n  - { id: fcr, name: x, direction: up, every: 11y }\n", "over ten years"),
        (
            "metrics:\n  - id: fcr\n    name: x\n    direction: up\n    readings:\n      - { on: 2026-01-05, value: 1e308 }\n",
            "beyond 1e15",
        ),
        (
            "metrics:\n  - id: fcr\n    name: x\n    direction: up\n    target: { value: -2e15, by: 2026-06-30 }\n",
            "target beyond 1e15",
        ),
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
    for good in [
        "metrics:\n  - { id: fcr, name: x, direction: up, every: 2w }\n",
        "metrics:\n  - { id: fcr, name: x, direction: up, every: 10y }\n",
        "metrics:\n  - id: fcr\n    name: x\n    direction: up\n    readings:\n      - { on: 2026-01-05, value: -1e15 }\n",
    ] {
        assert!(metrics.is_valid(&yaml_to_json(good)), "{good}");
    }
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
            "workshops.yaml",
            "incidents.yaml",
            "surveys.yaml",
            "people.yaml",
            "recognition.yaml"
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
    assert_eq!(listed.len(), 14);
    assert_eq!(listed[0], "wrote schemas/plan.schema.json");
    let written: Value = serde_json::from_str(&sb.read("schemas/milestones.schema.json")).unwrap();
    assert_eq!(written, all["milestones.yaml"]);
}
