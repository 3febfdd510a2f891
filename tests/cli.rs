//! The core commands end to end: the real binary on real plan folders in
//! temporary git repositories.

#![allow(clippy::unwrap_used)]

mod common;

use common::{code, stderr, stdout, Sandbox, TODAY};

/// A repository at `work/repo` holding the contact-center template at `work/repo/plan`, committed.
fn repo_with_plan(sb: &Sandbox) {
    sb.repo_init("repo");
    sb.write("repo/README.md", "other project files\n");
    sb.git("repo", &["add", "README.md"]);
    sb.git("repo", &["commit", "-qm", "start"]);
    let out = sb.charter_in("repo", &["--today", "2026-01-05", "new", "plan"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
}

#[test]
fn new_inits_a_repository_and_commits_the_plan() {
    let sb = Sandbox::new();
    let out = sb.charter(&[
        "--today",
        "2026-01-07",
        "new",
        "acme",
        "--template",
        "contact-center",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stdout(&out).contains("created the plan acme"));
    let plan = sb.read("acme/plan.yaml");
    assert!(plan.contains("id: acme\n"), "{plan}");
    // Dates move so the plan starts on the Monday of today's week.
    assert!(plan.contains("start: 2026-01-05\n"), "{plan}");
    let log = sb.git("acme", &["log", "--format=%an <%ae>|%s"]);
    assert_eq!(log.lines().count(), 1);
    assert!(
        log.contains("|new plan acme from template contact-center"),
        "{log}"
    );
    assert_eq!(sb.git("acme", &["status", "--porcelain"]), "");
    let check = sb.charter_in("acme", &["--today", "2026-01-07", "check"]);
    assert_eq!(code(&check), 0, "{}{}", stdout(&check), stderr(&check));
}

#[test]
fn new_in_a_dirty_repository_commits_only_the_plan() {
    let sb = Sandbox::new();
    sb.repo_init("repo");
    sb.write("repo/a.txt", "a\n");
    sb.git("repo", &["add", "a.txt"]);
    sb.git("repo", &["commit", "-qm", "start"]);
    sb.write("repo/a.txt", "a changed, not staged\n");
    sb.write("repo/staged.txt", "staged\n");
    sb.git("repo", &["add", "staged.txt"]);
    let before = sb.git("repo", &["status", "--porcelain"]);
    let out = sb.charter_in(
        "repo",
        &[
            "--today",
            TODAY,
            "new",
            "plans/acme",
            "--template",
            "charter-only",
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let files = sb.git("repo", &["show", "--name-only", "--format=", "HEAD"]);
    assert_eq!(
        files,
        "plans/acme/.charter/schema/agents.schema.json\n\
         plans/acme/.charter/schema/charter.schema.json\n\
         plans/acme/.charter/schema/committee.schema.json\n\
         plans/acme/.charter/schema/goals.schema.json\n\
         plans/acme/.charter/schema/incidents.schema.json\n\
         plans/acme/.charter/schema/metrics.schema.json\n\
         plans/acme/.charter/schema/milestones.schema.json\n\
         plans/acme/.charter/schema/people.schema.json\n\
         plans/acme/.charter/schema/plan.schema.json\n\
         plans/acme/.charter/schema/recognition.schema.json\n\
         plans/acme/.charter/schema/review.schema.json\n\
         plans/acme/.charter/schema/skills.schema.json\n\
         plans/acme/.charter/schema/surveys.schema.json\n\
         plans/acme/.charter/schema/workshops.schema.json\n\
         plans/acme/.gitattributes\nplans/acme/.gitignore\nplans/acme/charter.yaml\nplans/acme/committee.yaml\nplans/acme/plan.yaml\n"
    );
    assert_eq!(sb.git("repo", &["status", "--porcelain"]), before);
}

#[test]
fn new_without_a_git_identity_writes_nothing() {
    let sb = Sandbox::new();
    sb.forget_identity();
    let out = sb.charter(&["new", "acme"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("git config --global user.name"),
        "{}",
        stderr(&out)
    );
    assert!(!sb.work().join("acme").exists());
}

#[test]
fn new_refuses_a_folder_that_is_not_empty_and_unknown_templates() {
    let sb = Sandbox::new();
    sb.write("taken/notes.txt", "mine\n");
    let out = sb.charter(&["new", "taken"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("already exists and is not an empty folder"),
        "{}",
        stderr(&out)
    );
    assert_eq!(sb.read("taken/notes.txt"), "mine\n");
    let out = sb.charter(&["new", "x", "--template", "contact-centre"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("there is no template `contact-centre`"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn new_without_a_folder_outside_a_terminal_says_what_to_give() {
    let sb = Sandbox::new();
    let out = sb.charter(&["new"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("give the folder for the new plan: `charter new DIR`"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read_dir(sb.work()).unwrap().count(), 0);
}

#[test]
fn templates_lists_each_with_a_line() {
    let sb = Sandbox::new();
    let out = sb.charter(&["templates"]);
    assert_eq!(code(&out), 0);
    let names: Vec<_> = stdout(&out)
        .lines()
        .map(|l| l.split_whitespace().next().unwrap().to_string())
        .collect();
    assert_eq!(
        names,
        [
            "contact-center",
            "he-contact-center",
            "lt-contact-center",
            "charter-only",
            "blank"
        ]
    );
}

#[test]
fn every_template_is_a_valid_canonical_plan() {
    for t in [
        "contact-center",
        "he-contact-center",
        "lt-contact-center",
        "charter-only",
        "blank",
    ] {
        let sb = Sandbox::new();
        let out = sb.charter(&["--today", TODAY, "new", "p", "--template", t]);
        assert_eq!(code(&out), 0, "{t}: {}", stderr(&out));
        let check = sb.charter_in("p", &["--today", TODAY, "check", "--format", "json"]);
        let json: serde_json::Value = serde_json::from_slice(&check.stdout).unwrap();
        assert_eq!(json["errors"], serde_json::json!([]), "{t}");
        let fmt = sb.charter_in("p", &["fmt", "--check"]);
        assert_eq!(code(&fmt), 0, "{t}: {}", stdout(&fmt));
    }
}

#[test]
fn record_commits_one_line_and_nothing_else() {
    let sb = Sandbox::new();
    repo_with_plan(&sb);
    sb.write("repo/README.md", "edited but not staged\n");
    sb.write("repo/notes.txt", "staged\n");
    sb.git("repo", &["add", "notes.txt"]);
    let before = sb.git("repo", &["status", "--porcelain"]);
    let out = sb.charter_in("repo/plan", &["record", "fcr", "66", "--on", "2026-03-31"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        stdout(&out).contains("metric fcr: reading 66 on 2026-03-31"),
        "{}",
        stdout(&out)
    );
    assert_eq!(
        sb.git("repo", &["log", "-1", "--format=%s|%an"]),
        "metric fcr: reading 66 on 2026-03-31|Dana Levi\n"
    );
    assert_eq!(
        sb.git("repo", &["show", "--name-only", "--format=", "HEAD"]),
        "plan/metrics.yaml\n"
    );
    let diff = sb.git("repo", &["show", "--format=", "-U0", "HEAD"]);
    let changed: Vec<_> = diff
        .lines()
        .filter(|l| l.starts_with('+') || l.starts_with('-'))
        .filter(|l| !l.starts_with("+++") && !l.starts_with("---"))
        .collect();
    assert_eq!(
        changed,
        ["+    readings:", "+      - { on: 2026-03-31, value: 66 }"]
    );
    assert_eq!(sb.git("repo", &["status", "--porcelain"]), before);
}

#[test]
fn record_appends_in_date_order_with_decimal_comma_and_units() {
    let sb = Sandbox::new();
    repo_with_plan(&sb);
    for (value, on) in [
        ("63", "2026-01-31"),
        ("64,5", "2026-03-31"),
        ("63.5", "2026-02-28"),
    ] {
        let out = sb.charter_in("repo/plan", &["record", "fcr", value, "--on", on]);
        assert_eq!(code(&out), 0, "{}", stderr(&out));
    }
    let out = sb.charter_in(
        "repo/plan",
        &[
            "record",
            "fcr",
            "59",
            "--on",
            "2026-01-31",
            "--unit",
            "north-t1",
        ],
    );
    let units = sb.read("repo/plan/plan.yaml");
    let first_team = units.lines().find(|l| l.contains("level: team")).unwrap();
    if first_team.contains("id: north-t1") {
        assert_eq!(code(&out), 0, "{}", stderr(&out));
    } else {
        assert_eq!(code(&out), 2, "unit should be unknown: {}", stderr(&out));
    }
    let metrics = sb.read("repo/plan/metrics.yaml");
    let a = metrics.find("on: 2026-01-31, value: 63 }").unwrap();
    let b = metrics.find("on: 2026-02-28, value: 63.5 }").unwrap();
    let c = metrics.find("on: 2026-03-31, value: 64.5 }").unwrap();
    assert!(a < b && b < c, "{metrics}");
}

#[test]
fn record_refuses_bad_input_with_what_to_do() {
    let sb = Sandbox::new();
    repo_with_plan(&sb);
    let cases: [(&[&str], &str); 5] = [
        (
            &["record", "fcrr", "66"],
            "there is no metric `fcrr`: did you mean `fcr`?",
        ),
        (&["record", "fcr", "lots"], "`lots` is not a number"),
        (
            &["record", "fcr", "66", "--unit", "mars"],
            "there is no unit `mars` in plan.yaml",
        ),
        (
            &["record", "fcr", "66", "--on", "2026-02-30"],
            "2026-02 has 28 days",
        ),
        (&["record"], "Usage"),
    ];
    let metrics = sb.read("repo/plan/metrics.yaml");
    for (args, message) in cases {
        let out = sb.charter_in("repo/plan", args);
        assert_eq!(code(&out), 2, "{args:?}");
        assert!(stderr(&out).contains(message), "{args:?}: {}", stderr(&out));
    }
    sb.charter_in("repo/plan", &["record", "fcr", "66", "--on", "2026-03-01"]);
    let out = sb.charter_in("repo/plan", &["record", "fcr", "67", "--on", "2026-03-01"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("already has a reading on 2026-03-01"),
        "{}",
        stderr(&out)
    );
    let out = sb.charter_in(
        "repo/plan",
        &["record", "fcr", "67", "--on", "2026-03-01", "--replace"],
    );
    assert_eq!(code(&out), 0);
    let now = sb.read("repo/plan/metrics.yaml");
    assert!(now.contains("{ on: 2026-03-01, value: 67 }"), "{now}");
    assert!(!now.contains("{ on: 2026-03-01, value: 66 }"), "{now}");
    assert_ne!(metrics, now);
}

#[test]
fn git_states_that_forbid_a_commit_leave_the_plan_untouched() {
    let sb = Sandbox::new();
    repo_with_plan(&sb);
    let metrics = sb.read("repo/plan/metrics.yaml");

    std::fs::write(sb.work().join("repo/.git/index.lock"), "").unwrap();
    let out = sb.charter_in("repo/plan", &["record", "fcr", "66"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("another git process seems to be running"),
        "{}",
        stderr(&out)
    );
    std::fs::remove_file(sb.work().join("repo/.git/index.lock")).unwrap();

    let head = sb.git("repo", &["rev-parse", "HEAD"]);
    std::fs::write(sb.work().join("repo/.git/MERGE_HEAD"), head).unwrap();
    let out = sb.charter_in("repo/plan", &["record", "fcr", "66"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("merge is in progress"),
        "{}",
        stderr(&out)
    );
    std::fs::remove_file(sb.work().join("repo/.git/MERGE_HEAD")).unwrap();

    sb.git("repo", &["config", "--unset", "user.name"]);
    sb.forget_identity();
    let out = sb.charter_in("repo/plan", &["record", "fcr", "66"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("git config"), "{}", stderr(&out));

    assert_eq!(sb.read("repo/plan/metrics.yaml"), metrics);
    assert_eq!(sb.git("repo", &["log", "--format=%s"]).lines().count(), 2);
}

#[test]
fn a_plan_outside_any_repository_is_saved_and_says_so() {
    let sb = Sandbox::new();
    sb.copy_from_project("templates/contact-center", "loose");
    let out = sb.charter_in("loose", &["record", "asa", "41", "--on", "2026-02-01"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stdout(&out).contains("not committed: the plan is not in a git repository"));
    assert!(sb
        .read("loose/metrics.yaml")
        .contains("{ on: 2026-02-01, value: 41 }"));
}

#[test]
fn fmt_makes_a_hand_written_plan_canonical_and_keeps_comments() {
    let sb = Sandbox::new();
    sb.repo_init("r");
    sb.write(
        "r/plan.yaml",
        "# Our plan\nid: hand\nschema: 1\ntitle:   Hand written\nstart: 2026-01-05\nend: 2026-12-31\n",
    );
    sb.write(
        "r/goals.yaml",
        "goals:\n- {title: Faster answers, id: speed}   # the first goal\n\n# the second goal\n- id: trust\n  title: 'Trust'\n",
    );
    let check = sb.charter_in("r", &["fmt", "--check"]);
    assert_eq!(code(&check), 1);
    assert_eq!(
        stdout(&check),
        "plan.yaml: not canonical\ngoals.yaml: not canonical\n"
    );
    let out = sb.charter_in("r", &["fmt"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        sb.read("r/plan.yaml"),
        "# Our plan\nschema: 1\nid: hand\ntitle: Hand written\nstart: 2026-01-05\nend: 2026-12-31\n"
    );
    assert_eq!(
        sb.read("r/goals.yaml"),
        "goals:\n  - id: speed   # the first goal\n    title: Faster answers\n\n  # the second goal\n  - id: trust\n    title: Trust\n"
    );
    assert!(sb
        .git("r", &["log", "-1", "--format=%s"])
        .starts_with("fmt: rewrite plan.yaml, goals.yaml canonically"));
    let again = sb.charter_in("r", &["fmt"]);
    assert_eq!(stdout(&again), "the plan is already canonical\n");
    assert_eq!(code(&sb.charter_in("r", &["fmt", "--check"])), 0);
}

#[test]
fn fmt_refuses_a_plan_with_errors() {
    let sb = Sandbox::new();
    sb.write(
        "p/plan.yaml",
        "schema: 1\nid: p\ntitle: P\nstart: 2026-01-05\nend: 2026-12-31\n",
    );
    sb.write("p/goals.yaml", "goals:\n  - id: g\n    titel: G\n");
    let out = sb.charter_in("p", &["fmt"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("goals.yaml has errors"),
        "{}",
        stderr(&out)
    );
    assert_eq!(sb.read("p/goals.yaml"), "goals:\n  - id: g\n    titel: G\n");
}

#[test]
fn check_exit_codes_follow_the_contract() {
    let sb = Sandbox::new();
    sb.copy_from_project("templates/contact-center", "p");
    let warn = sb.charter_in("p", &["--today", TODAY, "check"]);
    assert_eq!(code(&warn), 0, "{}", stdout(&warn));
    assert!(stdout(&warn).contains(": warning: "));
    assert_eq!(
        code(&sb.charter_in("p", &["--today", TODAY, "check", "--strict"])),
        1
    );
    let goals = sb
        .read("p/goals.yaml")
        .replacen("owner: ", "owner: nobody-", 1);
    sb.write("p/goals.yaml", &goals);
    let err = sb.charter_in("p", &["--today", TODAY, "check"]);
    assert_eq!(code(&err), 1);
    let first = stdout(&err).lines().next().unwrap().to_string();
    assert!(
        first.starts_with("goals.yaml:") && first.contains(": error: owner `nobody-"),
        "{first}"
    );
    let none = sb.charter(&["check"]);
    assert_eq!(code(&none), 2);
    assert!(stderr(&none).contains("no plan found"), "{}", stderr(&none));
}

#[test]
fn the_plan_is_found_upward_or_with_plan_and_several_live_in_one_repo() {
    let sb = Sandbox::new();
    sb.repo_init("repo");
    for name in ["north", "south"] {
        let out = sb.charter_in(
            "repo",
            &[
                "--today",
                TODAY,
                "new",
                &format!("plans/{name}"),
                "--template",
                "blank",
            ],
        );
        assert_eq!(code(&out), 0, "{}", stderr(&out));
    }
    std::fs::create_dir_all(sb.work().join("repo/plans/north/reviews")).unwrap();
    let json = |out: std::process::Output| -> serde_json::Value {
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let up = json(sb.charter_in(
        "repo/plans/north/reviews",
        &["--today", TODAY, "status", "--format", "json"],
    ));
    assert_eq!(up["plan"]["id"], "north");
    let explicit = json(sb.charter_in(
        "repo",
        &[
            "--plan",
            "plans/south",
            "--today",
            TODAY,
            "status",
            "--format",
            "json",
        ],
    ));
    assert_eq!(explicit["plan"]["id"], "south");
    let out = sb.charter_in("repo", &["--plan", "plans", "status"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("holds no plan.yaml"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn status_json_has_the_contract_keys_and_today_comes_from_the_environment() {
    let sb = Sandbox::new();
    sb.copy_from_project("templates/contact-center", "p");
    let out = sb_env_today(&sb, "2026-05-04", &["status", "--format", "json"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["today"], "2026-05-04");
    for key in ["id", "title", "start", "end"] {
        assert!(v["plan"].get(key).is_some(), "plan.{key}");
    }
    for key in ["total", "by_status", "overdue", "next_due"] {
        assert!(v["milestones"].get(key).is_some(), "milestones.{key}");
    }
    for st in ["planned", "in_progress", "done", "blocked", "cancelled"] {
        assert!(v["milestones"]["by_status"][st].is_u64(), "{st}");
    }
    let m = &v["metrics"][0];
    for key in ["id", "state", "baseline", "latest", "expected", "target"] {
        assert!(m.get(key).is_some(), "metrics[].{key}");
    }
    assert_eq!(m["state"], "no_data");
    for key in ["last", "next_due", "overdue"] {
        assert!(v["reviews"].get(key).is_some(), "reviews.{key}");
    }
    assert!(v["open_actions"].is_u64() && v["errors"].is_u64() && v["warnings"].is_u64());
    assert_eq!(v["reviews"]["overdue"], true);
}

fn sb_env_today(sb: &Sandbox, today: &str, args: &[&str]) -> std::process::Output {
    common::sealed(env!("CARGO_BIN_EXE_charter"), &sb.home())
        .current_dir(sb.work().join("p"))
        .env("CHARTER_TODAY", today)
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn hebrew_and_lithuanian_text_survive_a_save_byte_for_byte() {
    let sb = Sandbox::new();
    sb.repo_init("r");
    let out = sb.charter_in(
        "r",
        &[
            "--today",
            TODAY,
            "new",
            "he",
            "--template",
            "he-contact-center",
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let lt = "goals:\n  - id: greitis # Lietuviškai: ąčęėįšųūž\n    title: Greičiau atsakyti klientams — „kokybė“\n";
    let goals = sb.read("r/he/goals.yaml");
    sb.write(
        "r/he/goals.yaml",
        &format!("{goals}{}", &lt["goals:\n".len()..]),
    );
    let before: Vec<String> = ["charter.yaml", "goals.yaml", "milestones.yaml"]
        .iter()
        .map(|f| sb.read(&format!("r/he/{f}")))
        .collect();
    let out = sb.charter_in("r/he", &["record", "csat", "81,5", "--on", "2026-03-10"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let after: Vec<String> = ["charter.yaml", "goals.yaml", "milestones.yaml"]
        .iter()
        .map(|f| sb.read(&format!("r/he/{f}")))
        .collect();
    assert_eq!(before, after);
    let status = sb.charter_in("r/he", &["--today", TODAY, "status"]);
    assert!(stdout(&status).contains("81.5"), "{}", stdout(&status));
    assert!(stdout(&status)
        .chars()
        .any(|c| ('\u{0590}'..='\u{05FF}').contains(&c)));
}

#[test]
fn new_takes_the_plans_details_and_start_from_flags() {
    let sb = Sandbox::new();
    let title = "Service plan: phase 2 # first";
    let out = sb.charter(&[
        "--today",
        "2026-01-07",
        "new",
        "acme",
        "--title",
        title,
        "--organization",
        "Acme: Support",
        "--consultant",
        "Dana Levi",
        "--start",
        "2026-02-02",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(!stdout(&out).contains("edit the YAML"), "{}", stdout(&out));
    assert!(stdout(&out).contains("`charter check`"), "{}", stdout(&out));
    let check = sb.charter_in("acme", &["--today", "2026-02-02", "check"]);
    assert_eq!(code(&check), 0, "{}{}", stdout(&check), stderr(&check));
    assert_eq!(sb.git("acme", &["status", "--porcelain"]), "");
    let status = sb.charter_in(
        "acme",
        &["--today", "2026-02-02", "status", "--format", "json"],
    );
    let json: serde_json::Value = serde_json::from_str(&stdout(&status)).unwrap();
    assert_eq!(json["plan"]["title"], title);
    assert_eq!(json["plan"]["start"], "2026-02-02");
    let plan = sb.read("acme/plan.yaml");
    assert!(plan.contains("Acme: Support"), "{plan}");
    assert!(plan.contains("consultant: Dana Levi"), "{plan}");

    // A Hebrew title comes back as written.
    let hebrew = "תוכנית שירות: שלב א׳";
    let out = sb.charter(&["--today", "2026-01-07", "new", "he", "--title", hebrew]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let status = sb.charter_in(
        "he",
        &["--today", "2026-01-07", "status", "--format", "json"],
    );
    let json: serde_json::Value = serde_json::from_str(&stdout(&status)).unwrap();
    assert_eq!(json["plan"]["title"], hebrew);
    let check = sb.charter_in("he", &["--today", "2026-01-07", "check"]);
    assert_eq!(code(&check), 0, "{}{}", stdout(&check), stderr(&check));
}

#[test]
fn a_bad_bidi_mode_is_a_usage_error_naming_the_allowed_ones() {
    let sb = Sandbox::new();
    let out = sb.charter(&["--bidi", "sideways", "templates"]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("sideways") && err.contains("use charter or terminal"),
        "{err}"
    );
    // From the environment the same.
    let out = common::sealed(env!("CARGO_BIN_EXE_charter"), &sb.home())
        .current_dir(sb.work())
        .env("CHARTER_BIDI", "both")
        .arg("templates")
        .output()
        .unwrap();
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("use charter or terminal"),
        "{}",
        stderr(&out)
    );
    // Both good values are taken.
    for mode in ["charter", "terminal"] {
        let out = sb.charter(&["--bidi", mode, "templates"]);
        assert_eq!(code(&out), 0, "{mode}: {}", stderr(&out));
    }
}
