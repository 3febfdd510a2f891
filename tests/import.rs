//! `charter import readings` end to end: the real binary, the CSV dialects
//! of tests/fixtures/csv/, and the commit it makes.

#![allow(clippy::unwrap_used)]

mod common;

use common::{code, root, stderr, stdout, Sandbox};

/// `work/repo` holding the contact-center template at `repo/plan` (one
/// commit), and the fixture `name` at `repo/exports/name`, not committed.
fn setup(fixture: &str) -> Sandbox {
    let sb = Sandbox::new();
    sb.repo_init("repo");
    let out = sb.charter_in("repo", &["--today", "2026-01-05", "new", "plan"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let bytes = std::fs::read(root().join("tests/fixtures/csv").join(fixture)).unwrap();
    std::fs::create_dir_all(sb.work().join("repo/exports")).unwrap();
    std::fs::write(sb.work().join("repo/exports").join(fixture), bytes).unwrap();
    sb
}

fn import(sb: &Sandbox, args: &[&str]) -> std::process::Output {
    let mut all = vec!["--today", "2026-03-15", "import", "readings"];
    all.extend_from_slice(args);
    sb.charter_in("repo/plan", &all)
}

/// The lines the last commit added to and removed from metrics.yaml.
fn last_change(sb: &Sandbox) -> Vec<String> {
    sb.git("repo", &["show", "--format=", "-U0", "HEAD"])
        .lines()
        .filter(|l| l.starts_with('+') || l.starts_with('-'))
        .filter(|l| !l.starts_with("+++") && !l.starts_with("---"))
        .map(str::to_string)
        .collect()
}

fn subject_and_files(sb: &Sandbox) -> (String, String) {
    (
        sb.git("repo", &["log", "-1", "--format=%s|%an"]),
        sb.git("repo", &["show", "--name-only", "--format=", "HEAD"]),
    )
}

fn commits(sb: &Sandbox) -> usize {
    sb.git("repo", &["rev-list", "--count", "HEAD"])
        .trim()
        .parse()
        .unwrap()
}

/// The readings of `metric` in metrics.yaml, as written.
fn readings(sb: &Sandbox, metric: &str) -> Vec<String> {
    let text = sb.read("repo/plan/metrics.yaml");
    let start = text.find(&format!("  - id: {metric}\n")).unwrap();
    let rest = &text[start + 1..];
    let end = rest.find("\n  - id: ").unwrap_or(rest.len());
    rest[..end]
        .lines()
        .filter(|l| l.trim_start().starts_with("- { on: "))
        .map(|l| l.trim().to_string())
        .collect()
}

fn without_commit_id(text: &str) -> String {
    text.lines()
        .map(|l| match l.strip_prefix("committed ") {
            Some(rest) => format!("committed XXXXXXX{}", &rest[7..]),
            None => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

#[test]
fn comma_with_units_and_an_ignored_column() {
    let sb = setup("comma.csv");
    let out = import(&sb, &["../exports/comma.csv"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(stderr(&out), "");
    assert_eq!(
        without_commit_id(&stdout(&out)),
        "ignored columns: source (charter reads metric, date, value and unit)\n\
         imported 4 readings for 2 metrics from comma.csv (4 added, 0 replaced, 0 kept, 0 already recorded)\n\
         committed XXXXXXX: import readings: 4 readings for 2 metrics from comma.csv\n"
    );
    assert_eq!(
        subject_and_files(&sb),
        (
            "import readings: 4 readings for 2 metrics from comma.csv|Dana Levi\n".to_string(),
            "plan/metrics.yaml\n".to_string()
        )
    );
    // Sorted by date within each metric, whatever the file's order.
    assert_eq!(
        readings(&sb, "fcr"),
        [
            "- { on: 2026-01-12, value: 63 }",
            "- { on: 2026-01-19, value: 63.5, unit: north-t1 }",
            "- { on: 2026-01-26, value: 64.5 }"
        ]
    );
    assert_eq!(readings(&sb, "asa"), ["- { on: 2026-01-12, value: 88 }"]);
    assert_eq!(
        last_change(&sb),
        [
            "+    readings:",
            "+      - { on: 2026-01-12, value: 63 }",
            "+      - { on: 2026-01-19, value: 63.5, unit: north-t1 }",
            "+      - { on: 2026-01-26, value: 64.5 }",
            "+    readings:",
            "+      - { on: 2026-01-12, value: 88 }"
        ]
    );
    // The export itself is not part of the commit.
    assert_eq!(sb.git("repo", &["status", "--porcelain"]), "?? exports/\n");
}

#[test]
fn semicolon_with_decimal_commas() {
    let sb = setup("semicolon.csv");
    let out = import(&sb, &["../exports/semicolon.csv"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        without_commit_id(&stdout(&out)),
        "imported 3 readings for 3 metrics from semicolon.csv (3 added, 0 replaced, 0 kept, 0 already recorded)\n\
         committed XXXXXXX: import readings: 3 readings for 3 metrics from semicolon.csv\n"
    );
    assert_eq!(readings(&sb, "fcr"), ["- { on: 2026-01-12, value: 63.5 }"]);
    assert_eq!(readings(&sb, "asa"), ["- { on: 2026-01-12, value: 87.25 }"]);
    assert_eq!(readings(&sb, "csat"), ["- { on: 2026-01-12, value: 71 }"]);
}

#[test]
fn tab_separated() {
    let sb = setup("tab.csv");
    let out = import(&sb, &["../exports/tab.csv"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        subject_and_files(&sb).0,
        "import readings: 2 readings for 2 metrics from tab.csv|Dana Levi\n"
    );
    assert_eq!(
        readings(&sb, "fcr"),
        ["- { on: 2026-01-12, value: 63.5, unit: north-t1 }"]
    );
    assert_eq!(readings(&sb, "asa"), ["- { on: 2026-01-12, value: 88.5 }"]);
}

#[test]
fn a_byte_order_mark_and_crlf_line_ends() {
    let sb = setup("bom.csv");
    let out = import(&sb, &["../exports/bom.csv"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(readings(&sb, "fcr"), ["- { on: 2026-01-12, value: 63 }"]);
    assert_eq!(readings(&sb, "asa"), ["- { on: 2026-01-12, value: 88 }"]);
}

#[test]
fn day_month_year_dates() {
    let sb = setup("day-month-year.csv");
    let out = import(&sb, &["../exports/day-month-year.csv"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        readings(&sb, "fcr"),
        [
            "- { on: 2026-01-12, value: 63 }",
            "- { on: 2026-02-09, value: 65 }"
        ]
    );
    assert_eq!(readings(&sb, "asa"), ["- { on: 2026-01-31, value: 86.5 }"]);
}

#[test]
fn a_date_format_of_the_file() {
    let sb = setup("month-day-year.csv");
    // Read as DD/MM/YYYY, 02/28/2026 has no month 28: the hint says what to pass.
    let out = import(&sb, &["../exports/month-day-year.csv"]);
    assert_eq!(code(&out), 1);
    assert_eq!(
        stderr(&out),
        "../exports/month-day-year.csv:3: column 2 (date): `02/28/2026` is not a date: read as DD/MM/YYYY there is no month 28; if the file writes MM/DD/YYYY, pass --date-format %m/%d/%Y\n\
         charter: nothing was imported: 1 error in ../exports/month-day-year.csv; fix it and run the import again\n"
    );
    assert_eq!(commits(&sb), 1);
    let out = import(
        &sb,
        &["../exports/month-day-year.csv", "--date-format", "%m/%d/%Y"],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(readings(&sb, "fcr"), ["- { on: 2026-01-12, value: 63 }"]);
    assert_eq!(readings(&sb, "asa"), ["- { on: 2026-02-28, value: 88 }"]);
    let out = import(
        &sb,
        &["../exports/month-day-year.csv", "--date-format", "%Q"],
    );
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("`%Q` is not a date format"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn every_bad_row_is_listed_and_nothing_is_written() {
    let sb = setup("bad-rows.csv");
    let before = sb.read("repo/plan/metrics.yaml");
    let out = import(&sb, &["../exports/bad-rows.csv"]);
    assert_eq!(code(&out), 1);
    assert_eq!(stdout(&out), "");
    let expected =
        std::fs::read_to_string(root().join("tests/fixtures/csv/bad-rows.expected")).unwrap();
    assert_eq!(stderr(&out), expected);
    assert_eq!(sb.read("repo/plan/metrics.yaml"), before);
    assert_eq!(commits(&sb), 1);
    // A dry run finds the same problems.
    let dry = import(&sb, &["../exports/bad-rows.csv", "--dry-run"]);
    assert_eq!(code(&dry), 1);
    assert_eq!(stderr(&dry), expected);
}

#[test]
fn usage_problems_exit_2() {
    let sb = setup("missing-column.csv");
    let out = import(&sb, &["../exports/missing-column.csv"]);
    assert_eq!(code(&out), 2);
    assert_eq!(
        stderr(&out),
        "charter: ../exports/missing-column.csv: line 1: the header has no `date` or `value` column: \
         the first line must name the columns metric, date and value (unit is optional), separated by \
         commas, semicolons or tabs; this one names `metric`, `day`, `amount`\n"
    );
    let out = import(&sb, &["../exports/nowhere.csv"]);
    assert_eq!(code(&out), 2);
    assert_eq!(
        stderr(&out),
        "charter: cannot read ../exports/nowhere.csv: there is no such file: check the path\n"
    );
    sb.write("repo/exports/empty.csv", "");
    let out = import(&sb, &["../exports/empty.csv"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("the file is empty"),
        "{}",
        stderr(&out)
    );
    assert_eq!(commits(&sb), 1);
}

/// fcr with readings on 2026-01-12 (63) and 2026-01-19 (64), committed.
fn with_two_readings(sb: &Sandbox) {
    for (value, on) in [("63", "2026-01-12"), ("64", "2026-01-19")] {
        let out = sb.charter_in("repo/plan", &["record", "fcr", value, "--on", on]);
        assert_eq!(code(&out), 0, "{}", stderr(&out));
    }
}

#[test]
fn readings_already_recorded_are_kept_unless_replace() {
    let sb = setup("existing.csv");
    with_two_readings(&sb);
    let out = import(&sb, &["../exports/existing.csv", "--dry-run"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "keep: fcr on 2026-01-19: 64 (the file has 70 on line 3; pass --replace to replace it)\n\
         add: fcr on 2026-01-26: 65\n\
         dry run: would import 1 reading for 1 metric from existing.csv (1 added, 0 replaced, 1 kept, 1 already recorded); nothing was written\n"
    );
    assert_eq!(commits(&sb), 3);

    let out = import(&sb, &["../exports/existing.csv", "--replace", "--dry-run"]);
    assert_eq!(
        stdout(&out),
        "replace: fcr on 2026-01-19: 64 → 70\n\
         add: fcr on 2026-01-26: 65\n\
         dry run: would import 2 readings for 1 metric from existing.csv (1 added, 1 replaced, 0 kept, 1 already recorded); nothing was written\n"
    );
    assert_eq!(commits(&sb), 3);

    let out = import(&sb, &["../exports/existing.csv"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        without_commit_id(&stdout(&out)),
        "keep: fcr on 2026-01-19: 64 (the file has 70 on line 3; pass --replace to replace it)\n\
         imported 1 reading for 1 metric from existing.csv (1 added, 0 replaced, 1 kept, 1 already recorded)\n\
         committed XXXXXXX: import readings: 1 reading for 1 metric from existing.csv\n"
    );
    assert_eq!(
        readings(&sb, "fcr"),
        [
            "- { on: 2026-01-12, value: 63 }",
            "- { on: 2026-01-19, value: 64 }",
            "- { on: 2026-01-26, value: 65 }"
        ]
    );

    let out = import(&sb, &["../exports/existing.csv", "--replace"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        subject_and_files(&sb).0,
        "import readings: 1 reading for 1 metric from existing.csv (1 replaced)|Dana Levi\n"
    );
    assert_eq!(
        last_change(&sb),
        [
            "-      - { on: 2026-01-19, value: 64 }",
            "+      - { on: 2026-01-19, value: 70 }"
        ]
    );

    // Everything recorded already: no commit.
    let out = import(&sb, &["../exports/existing.csv"]);
    assert_eq!(code(&out), 0);
    assert_eq!(
        stdout(&out),
        "nothing to import: every reading of existing.csv is already recorded (0 added, 0 replaced, 0 kept, 3 already recorded)\n"
    );
    assert_eq!(commits(&sb), 5);
}

#[test]
fn one_import_equals_many_records() {
    // The same readings recorded one by one and imported at once give the
    // same metrics.yaml, byte for byte.
    let by_record = setup("comma.csv");
    for args in [
        ["fcr", "63", "--on", "2026-01-12", "", ""],
        ["fcr", "64.5", "--on", "2026-01-26", "", ""],
        ["fcr", "63.5", "--on", "2026-01-19", "--unit", "north-t1"],
        ["asa", "88", "--on", "2026-01-12", "", ""],
    ] {
        let mut all = vec!["record"];
        all.extend(args.iter().filter(|a| !a.is_empty()));
        let out = by_record.charter_in("repo/plan", &all);
        assert_eq!(code(&out), 0, "{}", stderr(&out));
    }
    let by_import = setup("comma.csv");
    let out = import(&by_import, &["../exports/comma.csv"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        by_import.read("repo/plan/metrics.yaml"),
        by_record.read("repo/plan/metrics.yaml")
    );
}

#[test]
fn comments_in_metrics_yaml_are_kept() {
    let sb = setup("semicolon.csv");
    let path = "repo/plan/metrics.yaml";
    let text = sb.read(path);
    let commented = format!(
        "# exported weekly from the BI\n{}",
        text.replacen(
            "  - id: asa\n",
            "  # speed of answer, from the CTI\n  - id: asa\n",
            1,
        )
    );
    sb.write(path, &commented);
    sb.git("repo", &["commit", "-qam", "comments"]);
    let out = import(&sb, &["../exports/semicolon.csv"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let after = sb.read(path);
    assert!(
        after.starts_with("# exported weekly from the BI\n"),
        "{after}"
    );
    assert!(after.contains("  # speed of answer, from the CTI\n  - id: asa\n"));
    let check = sb.charter_in("repo/plan", &["--today", "2026-03-15", "check"]);
    assert_eq!(code(&check), 0, "{}", stdout(&check));
}

#[test]
fn outside_a_repository_it_writes_without_committing() {
    let sb = Sandbox::new();
    let out = sb.charter(&["--today", "2026-01-05", "new", "plan"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    std::fs::remove_dir_all(sb.work().join("plan/.git")).unwrap();
    let bytes = std::fs::read(root().join("tests/fixtures/csv/tab.csv")).unwrap();
    std::fs::write(sb.work().join("tab.csv"), bytes).unwrap();
    let out = sb.charter(&["import", "readings", "tab.csv", "--plan", "plan"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        stdout(&out).contains("not committed: the plan is not in a git repository"),
        "{}",
        stdout(&out)
    );
    assert!(sb
        .read("plan/metrics.yaml")
        .contains("- { on: 2026-01-12, value: 88.5 }"));
}
