//! The plan folder layer: what saving may and may not do to files on disk.
#![allow(clippy::unwrap_used)]

use std::fs;
use std::path::Path;

use charter::domain::model::{Assessment, Reading, Review, Scores, Workshop};
use charter::domain::types::{Date, Id};
use charter::store::plan_dir::{self, StoreError};
use charter::store::schema;
use charter::store::yaml::emit::Mode;

const PLAN: &str = "schema: 1\nid: p\ntitle: P\nstart: 2026-01-05\nend: 2026-12-31\n";
const METRICS: &str = "# Metrics agreed with the committee\nmetrics:\n  # first-contact resolution, from the CRM\n  - id: fcr\n    name: First-contact resolution\n    direction: up   # higher is better\n    readings:\n      - { on: 2026-01-31, value: 63 }\n\n  - id: asa\n    name: Average speed of answer\n    direction: down\n";

fn plan_folder(metrics: &str) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    fs::write(tmp.path().join("plan.yaml"), PLAN).unwrap();
    fs::write(tmp.path().join("metrics.yaml"), metrics).unwrap();
    tmp
}

fn add_reading(dir: &Path, on: &str, value: f64) -> Result<Vec<std::path::PathBuf>, StoreError> {
    let loaded = plan_dir::load(dir).unwrap();
    let mut plan = loaded.plan.clone();
    plan.metrics.metrics[1].readings.push(Reading {
        on: Date::parse(on).unwrap(),
        value,
        unit: None,
    });
    loaded.save(&plan, Mode::Keep)
}

#[test]
fn an_edit_touches_only_its_item_and_keeps_every_comment() {
    let tmp = plan_folder(METRICS);
    add_reading(tmp.path(), "2026-02-07", 41.5).unwrap();
    assert_eq!(
        fs::read_to_string(tmp.path().join("metrics.yaml")).unwrap(),
        format!("{METRICS}    readings:\n      - {{ on: 2026-02-07, value: 41.5 }}\n")
    );
}

#[test]
fn saving_an_unchanged_plan_writes_nothing() {
    let tmp = plan_folder(METRICS);
    let loaded = plan_dir::load(tmp.path()).unwrap();
    let before = fs::metadata(tmp.path().join("metrics.yaml"))
        .unwrap()
        .modified()
        .unwrap();
    assert!(loaded.save(&loaded.plan, Mode::Keep).unwrap().is_empty());
    assert_eq!(
        fs::metadata(tmp.path().join("metrics.yaml"))
            .unwrap()
            .modified()
            .unwrap(),
        before
    );
}

#[test]
fn a_file_changed_on_disk_is_never_overwritten() {
    let tmp = plan_folder(METRICS);
    let loaded = plan_dir::load(tmp.path()).unwrap();
    let someone_else = METRICS.replace("value: 63", "value: 64");
    fs::write(tmp.path().join("metrics.yaml"), &someone_else).unwrap();
    let mut plan = loaded.plan.clone();
    plan.metrics.metrics[0].name = "FCR".into();
    let err = loaded.save(&plan, Mode::Keep).unwrap_err();
    assert!(matches!(err, StoreError::ChangedOnDisk { .. }), "{err}");
    assert!(err
        .to_string()
        .contains("metrics.yaml changed on disk since charter read it"));
    assert_eq!(
        fs::read_to_string(tmp.path().join("metrics.yaml")).unwrap(),
        someone_else
    );
}

#[test]
fn a_file_with_errors_is_not_rewritten_but_others_are() {
    let tmp = plan_folder(&METRICS.replace("direction: down", "direction: down\n    tagret: 30"));
    let loaded = plan_dir::load(tmp.path()).unwrap();
    assert_eq!(loaded.load_errors.len(), 1);
    let mut plan = loaded.plan.clone();
    plan.meta.title = "Renamed".into();
    loaded.save(&plan, Mode::Keep).unwrap();
    assert!(fs::read_to_string(tmp.path().join("plan.yaml"))
        .unwrap()
        .contains("title: Renamed"));
    plan.metrics.metrics[0].name = "FCR".into();
    let err = plan_dir::load(tmp.path())
        .unwrap()
        .save(&plan, Mode::Keep)
        .unwrap_err();
    assert!(matches!(err, StoreError::FileHasErrors { .. }), "{err}");
}

#[test]
fn crlf_and_a_byte_order_mark_are_kept() {
    let crlf = format!("\u{feff}{}", METRICS.replace('\n', "\r\n"));
    let tmp = plan_folder(&crlf);
    let loaded = plan_dir::load(tmp.path()).unwrap();
    assert!(loaded.load_errors.is_empty(), "{:?}", loaded.load_errors);
    add_reading(tmp.path(), "2026-02-07", 40.0).unwrap();
    let after = fs::read_to_string(tmp.path().join("metrics.yaml")).unwrap();
    assert!(after.starts_with('\u{feff}'));
    assert!(after.starts_with(&crlf));
    assert!(
        after.ends_with("      - { on: 2026-02-07, value: 40 }\r\n"),
        "{after:?}"
    );
    assert!(!after.replace("\r\n", "").contains('\n'));
}

#[test]
fn a_new_review_file_is_created_and_a_removed_one_deleted() {
    let tmp = plan_folder(METRICS);
    let loaded = plan_dir::load(tmp.path()).unwrap();
    let mut plan = loaded.plan.clone();
    plan.reviews.push(charter::domain::model::Review {
        file: String::new(),
        date: Date::parse("2026-03-31").unwrap(),
        title: Some("Q1 steering review".into()),
        attendees: Vec::new(),
        milestones: Vec::new(),
        metrics: Vec::new(),
        decisions: Vec::new(),
        actions: Vec::new(),
        summary: Some("Good quarter.\n".into()),
    });
    loaded.save(&plan, Mode::Keep).unwrap();
    assert_eq!(
        fs::read_to_string(tmp.path().join("reviews/2026-03-31.yaml")).unwrap(),
        "date: 2026-03-31\ntitle: Q1 steering review\nsummary: |\n  Good quarter.\n"
    );
    let loaded = plan_dir::load(tmp.path()).unwrap();
    let mut plan = loaded.plan.clone();
    plan.reviews.clear();
    loaded.save(&plan, Mode::Keep).unwrap();
    assert!(!tmp.path().join("reviews/2026-03-31.yaml").exists());
}

/// A file charter creates (a first skills assessment or workshop, a
/// review) names its schema on its first line when the plan carries the
/// schemas, and not otherwise; a file that exists keeps its first line.
#[test]
fn files_charter_creates_name_their_schema_when_the_plan_carries_it() {
    for carried in [true, false] {
        let tmp = plan_folder(METRICS);
        if carried {
            schema::write_all(&tmp.path().join(schema::DIR)).unwrap();
        }
        let loaded = plan_dir::load(tmp.path()).unwrap();
        let mut plan = loaded.plan.clone();
        let day = Date::parse("2026-03-02").unwrap();
        plan.skills.assessments.push(Assessment {
            rep: Id::new("rep-1").unwrap(),
            unit: None,
            on: day,
            by: None,
            scores: Scores {
                empathy: Some(4),
                ..Scores::default()
            },
        });
        plan.workshops.workshops.push(Workshop {
            id: Id::new("w1").unwrap(),
            date: day,
            topic: "Angry callers".into(),
            tools: Vec::new(),
        });
        plan.reviews.push(Review {
            file: String::new(),
            date: day,
            title: None,
            attendees: Vec::new(),
            milestones: Vec::new(),
            metrics: Vec::new(),
            decisions: Vec::new(),
            actions: Vec::new(),
            summary: None,
        });
        plan.metrics.metrics[0].name = "FCR".into();
        loaded.save(&plan, Mode::Keep).unwrap();
        for (rel, line) in [
            ("skills.yaml", "$schema=.charter/schema/skills.schema.json"),
            (
                "workshops.yaml",
                "$schema=.charter/schema/workshops.schema.json",
            ),
            (
                "reviews/2026-03-02.yaml",
                "$schema=../.charter/schema/review.schema.json",
            ),
        ] {
            let text = fs::read_to_string(tmp.path().join(rel)).unwrap();
            let line = format!("# yaml-language-server: {line}\n");
            assert_eq!(text.starts_with(&line), carried, "{rel}: {text}");
            assert!(text
                .lines()
                .skip(1)
                .all(|l| !l.contains("yaml-language-server")));
        }
        let metrics = fs::read_to_string(tmp.path().join("metrics.yaml")).unwrap();
        assert!(metrics.starts_with("# Metrics agreed with the committee\n"));
        let again = plan_dir::load(tmp.path()).unwrap();
        assert!(again.load_errors.is_empty(), "{:?}", again.load_errors);
        assert_eq!(again.plan.skills, plan.skills);
        assert_eq!(again.plan.workshops, plan.workshops);
    }
}

/// The read-back check every write makes: a text that loads into another
/// plan, that does not load, or that is bigger than the loader reads is
/// refused, and says which file and item.
#[test]
fn verify_refuses_a_text_that_does_not_read_back_as_meant() {
    let tmp = plan_folder(METRICS);
    let loaded = plan_dir::load(tmp.path()).unwrap();
    let expected = charter::domain::diff::file_value(&loaded.plan, "metrics.yaml");
    let dir = tmp.path();
    assert!(plan_dir::verify(dir, "metrics.yaml", METRICS.as_bytes(), &expected).is_ok());
    // One value differs.
    let other = METRICS.replace("value: 63", "value: 64");
    match plan_dir::verify(dir, "metrics.yaml", other.as_bytes(), &expected) {
        Err(e @ StoreError::NotReadBack { .. }) => {
            let message = e.to_string();
            assert!(message.contains("metric fcr"), "{message}");
            assert!(
                message.contains("nothing was written or committed"),
                "{message}"
            );
        }
        other => panic!("{other:?}"),
    }
    // A duplicated key, as a bad splice would leave it.
    let broken = METRICS.replace(
        "    direction: down\n",
        "    direction: down\n    direction: down\n",
    );
    match plan_dir::verify(dir, "metrics.yaml", broken.as_bytes(), &expected) {
        Err(e @ StoreError::NotReadBack { .. }) => {
            assert!(e.to_string().contains("duplicate key"), "{e}")
        }
        other => panic!("{other:?}"),
    }
    // Bigger than the loader reads.
    let mut huge = METRICS.to_string();
    huge.push_str(&"# padding\n".repeat((plan_dir::MAX_FILE_BYTES / 10 + 1) as usize));
    assert!(matches!(
        plan_dir::verify(dir, "metrics.yaml", huge.as_bytes(), &expected),
        Err(StoreError::TooBigToWrite { .. })
    ));
}

/// A block scalar followed by more keys: a new reading is one new line.
#[test]
fn a_reading_after_a_block_scalar_adds_one_line() {
    for indicator in ["|", "|-", "|+", ">", ">-", ">+"] {
        let metrics = format!(
            "metrics:\n  - id: fcr\n    name: FCR\n    direction: up\n    source: {indicator}\n      CRM export,\n      nightly\n    every: 1w  # weekly\n    readings:\n      - {{ on: 2026-01-31, value: 63 }}\n"
        );
        let tmp = plan_folder(&metrics);
        let loaded = plan_dir::load(tmp.path()).unwrap();
        assert!(loaded.load_errors.is_empty(), "{indicator}");
        let mut plan = loaded.plan.clone();
        plan.metrics.metrics[0].readings.push(Reading {
            on: Date::parse("2026-02-28").unwrap(),
            value: 70.0,
            unit: None,
        });
        loaded.save(&plan, Mode::Keep).unwrap();
        assert_eq!(
            fs::read_to_string(tmp.path().join("metrics.yaml")).unwrap(),
            format!("{metrics}      - {{ on: 2026-02-28, value: 70 }}\n"),
            "{indicator}"
        );
    }
}

/// A file that holds only comments keeps them when its first item comes.
#[test]
fn a_file_of_comments_keeps_them_when_it_gets_its_first_item() {
    let tmp = plan_folder("# metrics agreed with the committee\n# (none yet)\n");
    let loaded = plan_dir::load(tmp.path()).unwrap();
    assert!(loaded.load_errors.is_empty());
    let mut plan = loaded.plan.clone();
    let mut metric = plan_dir::load(plan_folder(METRICS).path())
        .unwrap()
        .plan
        .metrics
        .metrics[1]
        .clone();
    metric.readings.clear();
    plan.metrics.metrics.push(metric);
    loaded.save(&plan, Mode::Keep).unwrap();
    let text = fs::read_to_string(tmp.path().join("metrics.yaml")).unwrap();
    assert!(
        text.starts_with(
            "# metrics agreed with the committee\n# (none yet)\nmetrics:\n  - id: asa\n"
        ),
        "{text}"
    );
}
