//! The method in depth, through the binary: units against their own
//! targets, management routines, workshop tools on trial and rep skills,
//! on an English and a Hebrew plan at a fixed day.
//!
//! The plans are `tests/fixtures/method/{en,he}`; what each command prints
//! is compared with the files in their `expected/` folder. To accept the
//! current output as the expectation, run
//!
//! ```text
//! CHARTER_BLESS=1 cargo test --test method
//! ```
//!
//! and read the diff before committing it. The JSON is checked field by
//! field below, so that its keys are pinned as DESIGN §4 pins the others.

#![allow(clippy::unwrap_used)]

mod common;

use std::fs;
use std::path::PathBuf;

use common::{code, stderr, stdout, Sandbox};
use serde_json::Value;

const TODAY: &str = "2026-05-20";

fn fixture(lang: &str) -> PathBuf {
    common::root().join("tests/fixtures/method").join(lang)
}

/// `charter --plan FIXTURE --today TODAY ARGS`, which must exit `exit`.
fn run(lang: &str, args: &[&str], exit: i32) -> String {
    let sb = Sandbox::new();
    let plan = fixture(lang);
    let mut full = vec!["--plan", plan.to_str().unwrap(), "--today", TODAY];
    full.extend_from_slice(args);
    let out = sb.charter(&full);
    assert_eq!(code(&out), exit, "{args:?}: {}", stderr(&out));
    assert!(!stderr(&out).contains("panicked"), "{}", stderr(&out));
    stdout(&out)
}

/// Compares `actual` with `expected/NAME` of the fixture (or writes it).
fn expect(lang: &str, name: &str, actual: &str) {
    let path = fixture(lang).join("expected").join(name);
    if std::env::var_os("CHARTER_BLESS").is_some() {
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, actual).unwrap();
        return;
    }
    let expected = fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{} is missing: bless it", path.display()));
    assert!(
        expected == actual,
        "{} differs:\n--- expected\n{expected}\n--- actual\n{actual}",
        path.display()
    );
}

#[test]
fn status_check_and_trend_skills_print_what_is_expected_in_english_and_hebrew() {
    for lang in ["en", "he"] {
        expect(lang, "status.txt", &run(lang, &["status"], 0));
        expect(
            lang,
            "status.md",
            &run(lang, &["status", "--format", "markdown"], 0),
        );
        expect(lang, "check.txt", &run(lang, &["check"], 0));
        expect(
            lang,
            "trend-skills.txt",
            &run(lang, &["trend", "skills"], 0),
        );
        expect(
            lang,
            "trend-skills-quarter.txt",
            &run(
                lang,
                &["trend", "skills", "--by", "quarter", "--unit", "vilnius-t1"],
                0,
            ),
        );
        expect(
            lang,
            "trend-skills-rep.txt",
            &run(lang, &["trend", "skills", "--rep", "rep-002"], 0),
        );
    }
}

#[test]
fn a_month_target_is_compared_with_that_months_unit_readings() {
    let json: Value = serde_json::from_str(&run("en", &["status", "--format", "json"], 0)).unwrap();
    let fcr = &json["metrics"][0];
    assert_eq!(fcr["id"], "fcr");
    // The plan-wide latest is unchanged by the units' readings.
    assert_eq!(fcr["latest"], 67.0);
    let units = fcr["breakdown"].as_array().unwrap();
    assert_eq!(units.len(), 3);
    let v = &units[0];
    assert_eq!(v["unit"], "vilnius-t1");
    assert_eq!(v["period"], "month");
    assert_eq!(v["target"], 70.0);
    // May holds one reading (66): April's 71 and 73 are April's.
    let current = &v["current"];
    assert_eq!(current["label"], "2026-05");
    assert_eq!(current["value"], 66.0);
    assert_eq!(current["readings"], 1);
    assert_eq!(current["state"], "behind");
    assert_eq!(v["past"][0]["label"], "2026-04");
    assert_eq!(v["past"][0]["value"], 72.0);
    assert_eq!(v["past"][0]["state"], "on_track");
    assert_eq!(units[1]["current"]["state"], "no_data");
    assert_eq!(units[2]["period"], Value::Null);
    assert_eq!(units[2]["current"]["value"], 69.0);
}

#[test]
fn routines_and_tools_are_in_the_status_json() {
    let json: Value = serde_json::from_str(&run("he", &["status", "--format", "json"], 0)).unwrap();
    let routines = json["routines"].as_array().unwrap();
    let ids: Vec<&str> = routines.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["steering", "skip-level", "shift-briefing"]);
    // The Hebrew review title names the steering committee's routine.
    assert_eq!(routines[0]["name"], "ישיבת ועדת היגוי");
    assert_eq!(routines[0]["last_from"], "review 2026-04-27");
    assert_eq!(routines[0]["late"], false);
    assert_eq!(routines[1]["last"], "2026-04-06");
    assert_eq!(routines[1]["next"], "2026-05-06");
    assert_eq!(routines[1]["late"], true);
    assert_eq!(routines[1]["days_late"], 14);
    let tools = json["tools"].as_array().unwrap();
    assert_eq!(tools[0]["id"], "callback-script");
    assert_eq!(tools[0]["state"], "decide");
    assert_eq!(tools[0]["before"]["mean"], 61.5);
    assert_eq!(tools[0]["during"]["mean"], 66.5);
    assert_eq!(tools[0]["better"], true);
    assert_eq!(tools[1]["state"], "dropped");
    assert_eq!(tools[2]["state"], "on_trial");
    assert_eq!(tools[2]["during"]["readings"], 0);
}

#[test]
fn a_commit_that_names_a_routine_counts_as_holding_it_but_an_edit_of_it_does_not() {
    let sb = Sandbox::new();
    sb.repo_init("repo");
    common::copy_dir(&fixture("en"), &sb.work().join("repo/plan"));
    // The expected outputs are not part of the plan.
    let _ = fs::remove_dir_all(sb.work().join("repo/plan/expected"));
    sb.git("repo", &["add", "-A"]);
    let commit = |message: &str, date: &str| {
        let when = format!("{date}T12:00:00+00:00");
        let out = std::process::Command::new("git")
            .current_dir(sb.work().join("repo"))
            .args(["commit", "-q", "--allow-empty", "-m", message])
            .env("GIT_AUTHOR_DATE", &when)
            .env("GIT_COMMITTER_DATE", &when)
            .env("HOME", sb.home())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    commit("plan", "2026-01-05");
    commit("Notes of the skip-level meeting in Kaunas", "2026-05-12");
    commit("routine shift-briefing: every changed", "2026-05-18");
    let out = sb.charter_in(
        "repo/plan",
        &["--today", TODAY, "status", "--format", "json"],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let json: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let skip = &json["routines"][1];
    assert_eq!(skip["last"], "2026-05-12");
    assert!(skip["last_from"].as_str().unwrap().starts_with("commit "));
    assert_eq!(skip["late"], false);
    let briefing = &json["routines"][2];
    assert_eq!(briefing["last_from"], "held");
    assert_eq!(briefing["late"], true);
}

#[test]
fn unknown_units_and_reps_exit_2_and_json_pins_the_keys() {
    let sb = Sandbox::new();
    let plan = fixture("en");
    let base = ["--plan", plan.to_str().unwrap(), "--today", TODAY];
    let out = sb.charter(&[&base[..], &["trend", "skills", "--unit", "kaunas"]].concat());
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("did you mean `kaunas-t1`?"),
        "{}",
        stderr(&out)
    );
    let json: Value = serde_json::from_str(&run(
        "en",
        &[
            "trend",
            "skills",
            "--format",
            "json",
            "--unit",
            "vilnius-t1",
        ],
        0,
    ))
    .unwrap();
    assert_eq!(json["scale"], 5);
    assert_eq!(json["by"], "month");
    let unit = &json["units"][0];
    assert_eq!(unit["unit"], "vilnius-t1");
    assert_eq!(unit["name"], "Vilnius tier-1 team");
    assert_eq!(unit["periods"][1]["period"], "2026-05");
    assert_eq!(unit["periods"][1]["reps"], 2);
    assert_eq!(unit["periods"][1]["means"]["listening"], 3.5);
    assert_eq!(unit["weakest"][0]["skill"], "resilience");
    assert_eq!(unit["weakest"][0]["change"], 0.5);
    let json: Value = serde_json::from_str(&run(
        "en",
        &["trend", "skills", "--format", "json", "--rep", "rep-001"],
        0,
    ))
    .unwrap();
    assert_eq!(json["assessments"][1]["changes"]["listening"], 1);
    assert_eq!(json["assessments"][1]["mean"], 3.9);
}

#[test]
fn the_report_shows_each_part_of_the_method() {
    for lang in ["en", "he"] {
        let md = run(lang, &["report", "--format", "markdown"], 0);
        for heading in [
            "## Units against their targets",
            "## Management routines (3)",
            "## Workshop tools (3)",
            "## Rep skills",
        ] {
            assert!(md.contains(heading), "{lang}: {heading} missing");
        }
        assert!(md.contains("**decide: keep or drop (trial ended 2026-04-30)**"));
        assert!(md.contains("**late 14d**"));
        let html = run(lang, &["report"], 0);
        for heading in [
            "<h2>Units against their targets</h2>",
            "<h2>Management routines</h2>",
            "<h2>Workshop tools</h2>",
            "<h2>Rep skills</h2>",
        ] {
            assert!(html.contains(heading), "{lang}: {heading} missing");
        }
    }
    let html = run("he", &["report"], 0);
    assert!(html.contains("צוות וילנה דרג 1"));
    assert!(html.contains("פגישת דילוג דרג"));
}

#[test]
fn a_hostile_routine_name_is_escaped_in_the_report() {
    let sb = Sandbox::new();
    common::copy_dir(&fixture("en"), &sb.work().join("plan"));
    let committee = sb.read("plan/committee.yaml");
    sb.write(
        "plan/committee.yaml",
        &committee.replace("Shift briefing", "\"<script>alert(1)</script> & <b>\""),
    );
    let out = sb.charter(&[
        "--plan",
        sb.work().join("plan").to_str().unwrap(),
        "--today",
        TODAY,
        "report",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let html = stdout(&out);
    assert!(!html.contains("<script>alert"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;"));
}
