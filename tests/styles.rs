//! The style corpus: the example plan written in many legal YAML styles
//! (and as PyYAML and ruamel.yaml dump it), each run through every kind of
//! write charter makes. For each: the written plan loads clean, its
//! semantic diff from the original is exactly the intended change, files
//! the change does not concern are untouched, every comment is still there
//! (but those of a removed item), and `fmt` twice equals `fmt` once.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
mod style_support;

use std::path::Path;

use charter::domain::diff::diff_plans;
use charter::store::plan_dir;
use proptest::prelude::*;
use style_support::{try_write, write_styled, Style, Styled, Write, WRITES};

fn example() -> charter::domain::model::Plan {
    let dir = common::root().join("plans/example-service");
    let loaded = plan_dir::load(&dir).unwrap();
    assert!(loaded.load_errors.is_empty());
    loaded.plan
}

/// How many styles the corpus holds.
const STYLES: u64 = 56;

/// Every style of the corpus through one kind of write.
fn corpus(write: Write) {
    let plan = example();
    let mut damaged = Vec::new();
    for n in 0..STYLES {
        let style = Style::numbered(n);
        // The styler's own check: the styled files are the same plan.
        let styled = write_styled(&plan, &style, n);
        let loaded = plan_dir::load(styled.dir.path()).unwrap();
        assert!(
            loaded.load_errors.is_empty(),
            "{}: the styled plan does not load: {:?}",
            style.name,
            loaded.load_errors.first()
        );
        assert_eq!(
            diff_plans(&plan, &loaded.plan),
            Vec::new(),
            "{}: the styled plan is another plan",
            style.name
        );
        if let Err(e) = try_write(&styled, write) {
            damaged.push(format!("{} × {write:?}: {e}", style.name));
        }
    }
    println!("{STYLES} styles × {write:?}: damaged {}", damaged.len());
    assert!(
        damaged.is_empty(),
        "{} of {STYLES} styles went wrong:\n{}",
        damaged.len(),
        damaged.join("\n\n")
    );
}

// One test per kind of write, so they run side by side.
#[test]
fn corpus_record() {
    corpus(Write::Record);
}
#[test]
fn corpus_import() {
    corpus(Write::Import);
}
#[test]
fn corpus_target_apply() {
    corpus(Write::TargetApply);
}
#[test]
fn corpus_review_new() {
    corpus(Write::ReviewNew);
}
#[test]
fn corpus_fmt() {
    corpus(Write::Fmt);
}
#[test]
fn corpus_ui_edit_milestone() {
    corpus(Write::TuiEditMilestone);
}
#[test]
fn corpus_ui_add_goal() {
    corpus(Write::TuiAddGoal);
}
#[test]
fn corpus_ui_delete_agent() {
    corpus(Write::TuiDeleteAgent);
}
#[test]
fn corpus_ui_edit_text() {
    corpus(Write::TuiEditText);
}

/// A new kind of write does not compile here until it has its corpus test above.
#[allow(dead_code)]
fn every_write_has_a_corpus_test(write: Write) {
    match write {
        Write::Record
        | Write::Import
        | Write::TargetApply
        | Write::ReviewNew
        | Write::Fmt
        | Write::TuiEditMilestone
        | Write::TuiAddGoal
        | Write::TuiDeleteAgent
        | Write::TuiEditText => {}
    }
}

/// Full-line comments of a folder's files, by file.
fn comment_lines(root: &Path) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for rel in files(root) {
        let text = std::fs::read_to_string(root.join(&rel)).unwrap();
        for line in text.lines() {
            let t = line.trim();
            if t.starts_with('#') {
                out.push((rel.clone(), t.to_string(), String::new()));
            }
        }
    }
    out
}

fn files(root: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(root).unwrap() {
        let p = e.unwrap().path();
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        if p.is_dir() {
            for f in files(&p) {
                out.push(format!("{name}/{f}"));
            }
        } else if name.ends_with(".yaml") {
            out.push(name);
        }
    }
    out
}

#[test]
fn files_dumped_by_yaml_tools_take_every_write() {
    let fixtures = common::root().join("tests/fixtures/styles");
    let mut tried = 0;
    let mut damaged = Vec::new();
    for entry in std::fs::read_dir(&fixtures).unwrap() {
        let src = entry.unwrap().path();
        let name = src.file_name().unwrap().to_string_lossy().to_string();
        for write in WRITES {
            tried += 1;
            let dir = tempfile::tempdir().unwrap();
            common::copy_dir(&src, dir.path());
            let comments = comment_lines(dir.path());
            let styled = Styled { dir, comments };
            if let Err(e) = try_write(&styled, write) {
                damaged.push(format!("{name} × {write:?}: {e}"));
            }
        }
    }
    println!(
        "tool dumps × writes tried: {tried}, damaged: {}",
        damaged.len()
    );
    assert!(tried >= 6 * WRITES.len());
    assert!(damaged.is_empty(), "{}", damaged.join("\n\n"));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 16, failure_persistence: None, ..ProptestConfig::default() })]

    /// Random styles (beyond the corpus) and random writes.
    #[test]
    fn random_styles_and_writes(style in STYLES..10_000u64, seed in 0u64..1000, write in 0usize..WRITES.len()) {
        let plan = example();
        let style = Style::numbered(style);
        let styled = write_styled(&plan, &style, seed);
        let result = try_write(&styled, WRITES[write]);
        prop_assert!(result.is_ok(), "{} seed {seed} × {:?}: {}", style.name, WRITES[write], result.unwrap_err());
    }
}
