//! `charter check` in the plan's language: the messages after the stable
//! `PATH:LINE:COL: severity:` prefix are Hebrew for a Hebrew plan,
//! Lithuanian with `--lang lt` or `CHARTER_LANG=lt`, English with
//! `--lang en`; JSON stays English whatever the language.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{code, root, sealed, stderr, stdout, Sandbox};

const TODAY: &str = "2026-04-01";

/// English words charter's check messages use; none may show in another
/// language once ids, codes, field names and file names (in backticks or
/// ending in .yaml) are taken out.
const ENGLISH: &[&str] = &[
    "milestone",
    "metric",
    "review",
    "goal",
    "committee",
    "member",
    "agent",
    "owner",
    "due",
    "done",
    "target",
    "baseline",
    "before",
    "after",
    "starts",
    "ends",
    "plan",
    "has",
    "no",
    "add",
    "remove",
    "or",
    "the",
    "of",
    "is",
    "not",
    "did",
    "you",
    "mean",
    "days",
    "ago",
    "error",
    "errors",
    "warning",
    "warnings",
    "readings",
    "record",
    "realistic",
    "consider",
];

fn plan() -> String {
    root()
        .join("tests/fixtures/languages/he-errors")
        .display()
        .to_string()
}

fn check(sb: &Sandbox, args: &[&str], env: &[(&str, &str)]) -> (i32, String, String) {
    let mut cmd = sealed(env!("CARGO_BIN_EXE_charter"), &sb.home());
    cmd.current_dir(sb.work())
        .args(["--today", TODAY])
        .args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    (code(&out), stdout(&out), stderr(&out))
}

/// The message part of each diagnostic line (the excerpts and carets are
/// the file's own text).
fn messages(out: &str) -> Vec<String> {
    out.lines()
        .filter_map(|l| {
            let (_, rest) = l
                .split_once(": error: ")
                .or_else(|| l.split_once(": warning: "))?;
            Some(rest.to_string())
        })
        .collect()
}

/// `text` without code spans and file names.
fn words(text: &str) -> Vec<String> {
    let mut plain = String::new();
    for (i, part) in text.split('`').enumerate() {
        if i % 2 == 0 {
            plain.push_str(part);
            plain.push(' ');
        }
    }
    plain
        .split(|c: char| !c.is_alphanumeric() && c != '.' && c != '_' && c != '/')
        .filter(|w| !w.contains(".yaml") && !w.contains('_') && !w.contains('/'))
        .map(|w| w.trim_matches('.').to_lowercase())
        .filter(|w| !w.is_empty())
        .collect()
}

fn assert_no_english(lines: &[String], what: &str) {
    for line in lines {
        let english: Vec<_> = words(line)
            .into_iter()
            .filter(|w| ENGLISH.contains(&w.as_str()))
            .collect();
        assert!(english.is_empty(), "{what}: English {english:?} in: {line}");
    }
}

#[test]
fn a_hebrew_plan_is_checked_in_hebrew() {
    let sb = Sandbox::new();
    let (status, out, err) = check(&sb, &["check", "--plan", &plan()], &[]);
    assert_eq!(status, 1, "{out}{err}");
    let lines = messages(&out);
    assert_eq!(lines.len(), 9, "{out}");
    assert_no_english(&lines, "Hebrew");
    // The prefix and the ids stay as they are; the words are the guide's.
    assert!(
        out.contains("milestones.yaml:5:12: error: `danna` בשדה `owner` של אבן הדרך `staffing`"),
        "{out}"
    );
    assert!(out.contains("האם התכוונתם ל־`dana`?"), "{out}");
    assert!(
        lines.iter().any(|l| l.contains("מצב הפתיחה ÷ 1.2")),
        "{out}"
    );
    assert!(lines.iter().any(|l| l.contains("לפני 58 ימים")), "{out}");
    // Two errors: the Hebrew dual.
    assert_eq!(err.trim(), "שתי שגיאות, 7 אזהרות");
}

#[test]
fn the_command_line_chooses_another_language() {
    let sb = Sandbox::new();
    let (_, lt, lt_err) = check(&sb, &["--lang", "lt", "check", "--plan", &plan()], &[]);
    let (_, env_lt, _) = check(
        &sb,
        &["check", "--plan", &plan()],
        &[("CHARTER_LANG", "lt")],
    );
    assert_eq!(lt, env_lt);
    assert_no_english(&messages(&lt), "Lithuanian");
    assert!(
        lt.contains("etapo `staffing` terminas 2026-02-01 yra anksčiau nei jo pradžia 2026-03-01"),
        "{lt}"
    );
    // 58 ends in 8: Lithuanian's `few` form.
    assert!(lt.contains("prieš 58 dienas"), "{lt}");
    assert_eq!(lt_err.trim(), "2 klaidos, 7 įspėjimai");

    let (_, en, en_err) = check(&sb, &["--lang", "en", "check", "--plan", &plan()], &[]);
    assert!(en.contains(
        "milestones.yaml:5:12: error: owner `danna` of milestone `staffing` is not a committee \
         member or change agent: did you mean `dana`? Otherwise add `danna` to committee.yaml or \
         agents.yaml"
    ), "{en}");
    assert_eq!(en_err.trim(), "2 errors, 7 warnings");
    // The same problems at the same places in every language.
    let places = |out: &str| -> Vec<String> {
        out.lines()
            .filter(|l| l.contains(": error: ") || l.contains(": warning: "))
            .map(|l| l.split(": ").take(2).collect::<Vec<_>>().join(": "))
            .collect()
    };
    assert_eq!(places(&lt), places(&en));
}

#[test]
fn json_is_the_same_in_every_language() {
    let sb = Sandbox::new();
    let args = ["check", "--format", "json", "--plan", &plan()];
    let (_, he, _) = check(&sb, &args, &[]);
    let (_, lt, _) = check(&sb, &args, &[("CHARTER_LANG", "lt")]);
    let mut en_args = vec!["--lang", "en"];
    en_args.extend(args);
    let (_, en, _) = check(&sb, &en_args, &[]);
    assert_eq!(he, en);
    assert_eq!(lt, en);
    assert!(
        en.contains("is not a committee member or change agent"),
        "{en}"
    );
}

#[test]
fn an_unknown_language_is_a_usage_error() {
    let sb = Sandbox::new();
    let (status, _, err) = check(&sb, &["--lang", "fr", "check", "--plan", &plan()], &[]);
    assert_eq!(status, 2);
    assert!(
        err.contains("en (English), he (Hebrew) or lt (Lithuanian)"),
        "{err}"
    );
    let (status, _, err) = check(
        &sb,
        &["check", "--plan", &plan()],
        &[("CHARTER_LANG", "xx")],
    );
    assert_eq!(status, 2);
    assert!(err.contains("unknown language \"xx\""), "{err}");
}

#[test]
fn a_bad_language_in_plan_yaml_is_reported_in_english() {
    let sb = Sandbox::new();
    common::copy_dir(
        &root().join("tests/fixtures/languages/he-errors"),
        &sb.work().join("p"),
    );
    let text = sb
        .read("p/plan.yaml")
        .replace("language: he", "language: hebrew");
    sb.write("p/plan.yaml", &text);
    let (status, out, _) = check(&sb, &["check", "--plan", "p"], &[]);
    assert_eq!(status, 1);
    assert!(
        out.contains("plan.yaml:7:11: error: `hebrew` is not one of `en`, `he`, `lt`"),
        "{out}"
    );
}

#[test]
fn reading_errors_speak_the_plan_language_too() {
    let sb = Sandbox::new();
    common::copy_dir(
        &root().join("tests/fixtures/languages/he-errors"),
        &sb.work().join("p"),
    );
    let mut text = sb.read("p/plan.yaml");
    text.push_str("titel: x\n");
    sb.write("p/plan.yaml", &text);
    let (status, he, _) = check(&sb, &["check", "--plan", "p"], &[]);
    assert_eq!(status, 1);
    assert!(
        he.contains("plan.yaml:8:1: error: שדה לא מוכר `titel`: האם התכוונתם ל־`title`?"),
        "{he}"
    );
    let (_, lt, _) = check(&sb, &["--lang", "lt", "check", "--plan", "p"], &[]);
    assert!(
        lt.contains(
            "plan.yaml:8:1: error: nežinomas laukas `titel`: gal turėjote omenyje `title`?"
        ),
        "{lt}"
    );
    let (_, en, _) = check(&sb, &["--lang", "en", "check", "--plan", "p"], &[]);
    assert!(
        en.contains("plan.yaml:8:1: error: unknown field `titel`: did you mean `title`?"),
        "{en}"
    );
}

#[test]
fn yaml_syntax_errors_speak_the_plan_language_too() {
    let sb = Sandbox::new();
    common::copy_dir(
        &root().join("tests/fixtures/languages/he-errors"),
        &sb.work().join("p"),
    );
    sb.write("p/agents.yaml", "agents:\n\t- id: x\n");
    sb.write("p/goals.yaml", "goals:\n  - id: a\n    id: b\n");
    let plan_yaml = sb
        .read("p/plan.yaml")
        .replace("end: 2026-12-31", "end: 2026-02-30");
    sb.write("p/plan.yaml", &plan_yaml);
    let (status, he, _) = check(&sb, &["check", "--plan", "p"], &[]);
    assert_eq!(status, 1);
    assert!(
        he.contains(
            "agents.yaml:2:1: error: שגיאת תחביר YAML: יש תו טאב בהזחה: הזיחו ברווחים, לא בטאבים"
        ),
        "{he}"
    );
    assert!(
        he.contains(
            "goals.yaml:3:5: error: המפתח `id` כתוב פעמיים (בפעם הראשונה בשורה 2): מחקו אחד מהם"
        ),
        "{he}"
    );
    let (_, lt, _) = check(&sb, &["--lang", "lt", "check", "--plan", "p"], &[]);
    assert!(
        lt.contains(
            "goals.yaml:3:5: error: raktas `id` parašytas du kartus (pirmą kartą 2 eilutėje)"
        ),
        "{lt}"
    );
    assert!(
        he.contains("plan.yaml:5:6: error: `2026-02-30` אינו תאריך: בחודש 2026-02 יש 28 ימים"),
        "{he}"
    );
    assert!(
        lt.contains("`2026-02-30` nėra data: 2026-02 turi 28 dienas"),
        "{lt}"
    );
    let (_, json, _) = check(&sb, &["check", "--format", "json", "--plan", "p"], &[]);
    assert!(json.contains("\"bad-date\""), "{json}");
    let (_, en, _) = check(&sb, &["--lang", "en", "check", "--plan", "p"], &[]);
    assert!(
        en.contains("agents.yaml:2:1: error: YAML syntax error: found a tab in the indentation: indent with spaces, not tabs"),
        "{en}"
    );
}
