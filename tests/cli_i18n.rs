//! The command line in Hebrew and Lithuanian, through the binary: a plan
//! from the Hebrew template (`language: he`), read with its own language,
//! with `--lang lt` and with `CHARTER_LANG=lt`. Outside ids, codes and
//! backticked commands, no English word is left; counted things take each
//! language's plural forms; JSON is the same in every language.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::HashSet;
use std::process::Output;

use common::{code, stderr, stdout, Sandbox, TODAY};

/// Words that are charter's own English: none may show in Hebrew or
/// Lithuanian output.
const MORE_ENGLISH: &[&str] = &[
    "late",
    "held",
    "expected",
    "latest",
    "reading",
    "readings",
    "added",
    "removed",
    "changed",
    "routines",
    "tool",
    "tools",
    "slip",
    "title",
    "value",
    "today",
    "ago",
    "drafted",
    "exceptions",
    "trend",
    "in",
    "no",
    "yet",
];

/// A plan from the Hebrew template at work/plan, committed.
fn hebrew_plan() -> Sandbox {
    let sb = Sandbox::new();
    let out = sb.charter(&[
        "--today",
        TODAY,
        "new",
        "--template",
        "he-contact-center",
        "plan",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    sb
}

/// The ids and codes of the plan: words that stay as they are.
fn plan_ids(sb: &Sandbox) -> HashSet<String> {
    let mut ids = HashSet::new();
    for entry in std::fs::read_dir(sb.work().join("plan")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "yaml") {
            let text = std::fs::read_to_string(&path).unwrap();
            // Block and flow mappings alike: `- id: x` and `- { id: x, … }`.
            for part in text.split(['\n', '{', '}', ',']) {
                let part = part.trim().trim_start_matches("- ");
                for key in ["id:", "owner:", "unit:", "workshop:", "metric:", "every:"] {
                    if let Some(v) = part.strip_prefix(key) {
                        ids.insert(v.trim().trim_matches('"').to_string());
                    }
                }
            }
        }
    }
    ids
}

/// Charter's English words in `text`, once the plan's ids, file names,
/// dates and backticked commands are taken out.
fn english_words(text: &str, ids: &HashSet<String>) -> Vec<String> {
    let mut plain = String::new();
    for (i, part) in text.split('`').enumerate() {
        if i % 2 == 0 {
            plain.push_str(part);
            plain.push(' ');
        }
    }
    let mut found = Vec::new();
    for token in plain.split(|c: char| !(c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '/')))
    {
        let token = token.trim_matches('.');
        // Ids, file names and paths are the user's or the file system's.
        if token.is_empty()
            || ids.contains(token)
            || token.contains('/')
            || token.ends_with(".yaml")
            || token.ends_with(".csv")
        {
            continue;
        }
        for word in token.split(['-', '_', '.']) {
            let lower = word.to_lowercase();
            if common::english(lower.as_str(), MORE_ENGLISH) {
                found.push(word.to_string());
            }
        }
    }
    found
}

fn assert_no_english(what: &str, text: &str, ids: &HashSet<String>) {
    assert!(!text.trim().is_empty(), "{what}: no output");
    let found = english_words(text, ids);
    assert!(
        found.is_empty(),
        "{what}: English words {found:?} in:\n{text}"
    );
}

fn run(sb: &Sandbox, lang: Option<&str>, env_lang: Option<&str>, args: &[&str]) -> Output {
    let mut all = vec!["--today", TODAY];
    if let Some(lang) = lang {
        all.extend(["--lang", lang]);
    }
    all.extend_from_slice(args);
    let mut cmd = common::sealed(env!("CARGO_BIN_EXE_charter"), &sb.home());
    cmd.current_dir(sb.work().join("plan")).args(&all);
    match env_lang {
        Some(l) => cmd.env("CHARTER_LANG", l),
        None => cmd.env_remove("CHARTER_LANG"),
    };
    cmd.output().unwrap()
}

fn text_of(sb: &Sandbox, lang: Option<&str>, env_lang: Option<&str>, args: &[&str]) -> String {
    let out = run(sb, lang, env_lang, args);
    assert!(
        code(&out) <= 1,
        "{args:?} exited {}: {}",
        code(&out),
        stderr(&out)
    );
    stdout(&out)
}

/// A reading recorded and a milestone's status changed, so that `log`
/// and `diff` have changes to word.
fn make_changes(sb: &Sandbox) {
    let out = run(sb, None, None, &["record", "fcr", "70"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let path = "plan/milestones.yaml";
    let text = sb.read(path);
    assert!(text.contains("status: planned"));
    sb.write(
        path,
        &text.replacen("status: planned", "status: in_progress", 1),
    );
}

/// Every text output of the command line, for one way of choosing the
/// language.
fn every_output(sb: &Sandbox, lang: Option<&str>, env_lang: Option<&str>) -> Vec<(String, String)> {
    let mut outputs = Vec::new();
    for args in [
        &["status"][..],
        &["status", "--format", "markdown"],
        &["exceptions"],
        &["exceptions", "--format", "markdown"],
        &["trend", "milestones"],
        &["trend", "metric", "fcr"],
        &["trend", "metric", "asa"],
        &["diff"],
        &["diff", "HEAD~1", "HEAD"],
    ] {
        outputs.push((args.join(" "), text_of(sb, lang, env_lang, args)));
    }
    // A log line is the commit, its date, author and message, then what
    // it changed: the message is the commit's own text, kept as written.
    let log = text_of(sb, lang, env_lang, &["log", "--changes"]);
    let changes: String = log
        .lines()
        .filter(|l| l.starts_with("    "))
        .map(|l| format!("{l}\n"))
        .collect();
    outputs.push(("log".into(), changes));
    outputs
}

#[test]
fn a_hebrew_plan_speaks_hebrew_in_every_text_output() {
    let sb = hebrew_plan();
    make_changes(&sb);
    let ids = plan_ids(&sb);
    for (what, text) in every_output(&sb, None, None) {
        assert_no_english(&what, &text, &ids);
        assert!(
            text.chars().any(|c| ('\u{5d0}'..='\u{5ea}').contains(&c)),
            "{what}: no Hebrew in:\n{text}"
        );
    }
}

#[test]
fn lang_lt_and_charter_lang_lt_speak_lithuanian_in_every_text_output() {
    let sb = hebrew_plan();
    make_changes(&sb);
    let ids = plan_ids(&sb);
    let by_flag = every_output(&sb, Some("lt"), None);
    let by_env = every_output(&sb, None, Some("lt"));
    assert_eq!(by_flag, by_env, "--lang lt and CHARTER_LANG=lt differ");
    for (what, text) in &by_flag {
        assert_no_english(what, text, &ids);
    }
    let status = &by_flag[0].1;
    assert!(status.contains("Etapai 16"), "{status}");
    assert!(status.contains("Sėkmės rodikliai 13"), "{status}");
}

#[test]
fn a_review_draft_is_titled_in_the_plans_language_and_announced_in_the_shown_one() {
    let sb = hebrew_plan();
    let ids = plan_ids(&sb);
    let out = run(&sb, None, None, &["review", "new"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let said = stdout(&out);
    assert_no_english("review new", &said, &ids);
    assert!(said.contains("16 אבני דרך פתוחות"), "{said}");
    let draft = sb.read(&format!("plan/reviews/{TODAY}.yaml"));
    assert!(draft.contains("title: סקירת היגוי 1\n"), "{draft}");

    // Lithuanian on the screen; the draft written into the Hebrew plan
    // stays Hebrew.
    let out = run(
        &sb,
        Some("lt"),
        None,
        &["review", "new", "--date", "2026-03-20"],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let said = stdout(&out);
    assert_no_english("review new --lang lt", &said, &ids);
    assert!(
        said.starts_with("parengtas juodraštis reviews/2026-03-20.yaml: perkelta 16 atvirų etapų"),
        "{said}"
    );
    let draft = sb.read("plan/reviews/2026-03-20.yaml");
    assert!(draft.contains("title: סקירת היגוי 2\n"), "{draft}");

    // A draft already there is not drafted over; the refusal speaks Hebrew.
    let out = run(&sb, None, None, &["review", "new"]);
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    assert_no_english("review new again", &err, &ids);
    assert!(err.contains("כבר קיים"), "{err}");
}

#[test]
fn json_is_the_same_in_every_language() {
    let sb = hebrew_plan();
    make_changes(&sb);
    for args in [
        &["status", "--format", "json"][..],
        &["exceptions", "--format", "json"],
        &["trend", "milestones", "--format", "json"],
        &["trend", "metric", "fcr", "--format", "json"],
        &["log", "--format", "json"],
        &["diff", "--format", "json"],
        &["diff", "HEAD~1", "HEAD", "--format", "json"],
    ] {
        let en = text_of(&sb, Some("en"), None, args);
        assert!(en.trim_start().starts_with('{') || en.trim_start().starts_with('['));
        assert_eq!(en, text_of(&sb, None, None, args), "{args:?}: he");
        assert_eq!(en, text_of(&sb, Some("lt"), None, args), "{args:?}: lt");
    }
}

#[test]
fn an_unknown_language_exits_2_naming_the_three() {
    let sb = hebrew_plan();
    for (flag, env) in [(Some("xx"), None), (None, Some("xx"))] {
        let out = run(&sb, flag, env, &["status"]);
        assert_eq!(code(&out), 2);
        let err = stderr(&out);
        for lang in ["en", "he", "lt"] {
            assert!(err.contains(lang), "{err}");
        }
        assert!(err.contains("xx"), "{err}");
    }
}

#[test]
fn english_stays_english_on_a_hebrew_plan() {
    let sb = hebrew_plan();
    let status = text_of(&sb, Some("en"), None, &["status"]);
    assert!(
        status.contains("Milestones 16: ○ planned 14 · ▶ in progress 2"),
        "{status}"
    );
    assert!(
        status.contains("Metrics 13: baseline → latest → target"),
        "{status}"
    );
    assert!(
        status.contains("Reviews: 0 held · last none yet · next due"),
        "{status}"
    );
    let exceptions = text_of(&sb, Some("en"), None, &["exceptions"]);
    assert!(
        exceptions.starts_with(
            "Exceptions on 2026-03-15: 0 metrics, 0 milestones, 1 action overdue, 2 routines late, 1 incident open\n"
        ),
        "{exceptions}"
    );
}

/// The plan's last day, from plan.yaml.
fn plan_end(sb: &Sandbox) -> chrono::NaiveDate {
    let plan = sb.read("plan/plan.yaml");
    let end = plan
        .lines()
        .find_map(|l| l.strip_prefix("end:"))
        .unwrap()
        .trim();
    chrono::NaiveDate::parse_from_str(end, "%Y-%m-%d").unwrap()
}

#[test]
fn the_days_left_take_each_languages_plural() {
    let sb = hebrew_plan();
    let end = plan_end(&sb);
    let expected = [
        (0, "0 days left", "נותרו 0 ימים", "liko 0 dienų"),
        (1, "1 day left", "נותר יום אחד", "liko 1 diena"),
        (2, "2 days left", "נותרו יומיים", "liko 2 dienos"),
        (5, "5 days left", "נותרו 5 ימים", "liko 5 dienos"),
        (10, "10 days left", "נותרו 10 ימים", "liko 10 dienų"),
        (11, "11 days left", "נותרו 11 ימים", "liko 11 dienų"),
        (21, "21 days left", "נותרו 21 ימים", "liko 21 diena"),
        (22, "22 days left", "נותרו 22 ימים", "liko 22 dienos"),
    ];
    for (n, en, he, lt) in expected {
        let today = (end - chrono::Duration::days(n)).to_string();
        let line = |lang: &str| {
            let out = sb.charter_in("plan", &["--today", &today, "--lang", lang, "status"]);
            stdout(&out).lines().nth(1).unwrap_or_default().to_string()
        };
        assert!(
            line("en").contains(&format!(" · {en} · ")),
            "{n}: {}",
            line("en")
        );
        assert!(
            line("he").contains(&format!(" · {he} · ")),
            "{n}: {}",
            line("he")
        );
        assert!(
            line("lt").contains(&format!(" · {lt} · ")),
            "{n}: {}",
            line("lt")
        );
    }
}

#[test]
fn exceptions_count_in_each_languages_plural() {
    // The routine shift-briefing (every day) is late from the plan's
    // second day: 1, 2, 5, 11 and 21 days late.
    let sb = hebrew_plan();
    for (n, en, he, lt) in [
        (1, "late 1 day (", "באיחור של יום (", "vėluoja 1 d. ("),
        (2, "late 2 days (", "באיחור של יומיים (", "vėluoja 2 d. ("),
        (5, "late 5 days (", "באיחור של 5 ימים (", "vėluoja 5 d. ("),
        (
            11,
            "late 11 days (",
            "באיחור של 11 ימים (",
            "vėluoja 11 d. (",
        ),
        (
            21,
            "late 21 days (",
            "באיחור של 21 ימים (",
            "vėluoja 21 d. (",
        ),
    ] {
        let plan = sb.read("plan/plan.yaml");
        let start = plan
            .lines()
            .find_map(|l| l.strip_prefix("start:"))
            .unwrap()
            .trim()
            .to_string();
        let start = chrono::NaiveDate::parse_from_str(&start, "%Y-%m-%d").unwrap();
        let today = (start + chrono::Duration::days(1 + n)).to_string();
        let text = |lang: &str| {
            let out = sb.charter_in("plan", &["--today", &today, "--lang", lang, "exceptions"]);
            stdout(&out)
        };
        let (e, h, l) = (text("en"), text("he"), text("lt"));
        assert!(
            e.contains("shift-briefing · ") && e.contains(en),
            "{n}: {e}"
        );
        assert!(h.contains(he), "{n}: {h}");
        assert!(l.contains(lt), "{n}: {l}");
    }
}

/// The short id of the commit in a confirmation: the hex word after
/// the commit's name, whatever the language.
fn without_commit_ids(text: &str) -> String {
    text.split(' ')
        .map(|w| {
            let core = w.trim_end_matches(':');
            if core.len() >= 7 && core.chars().all(|c| c.is_ascii_hexdigit()) {
                format!("<commit>{}", &w[core.len()..])
            } else {
                w.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn record_and_import_confirm_in_the_shown_language_and_commit_in_english() {
    let sb = hebrew_plan();
    let ids = plan_ids(&sb);

    let out = run(&sb, None, None, &["record", "fcr", "70"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let said = without_commit_ids(&stdout(&out));
    assert_no_english("record", &said, &ids);
    assert!(said.contains("מדידה 70 בתאריך 2026-03-15"), "{said}");
    // History is read by tools: the message stays English.
    let subject = sb.git("plan", &["log", "-1", "--format=%s"]);
    assert_eq!(subject, "metric fcr: reading 70 on 2026-03-15\n");

    let out = run(
        &sb,
        Some("lt"),
        None,
        &["record", "fcr", "71", "--on", "2026-03-14"],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let said = stdout(&out);
    assert_no_english("record --lang lt", &without_commit_ids(&said), &ids);
    assert!(said.starts_with("įrašyta "), "{said}");
    assert!(
        said.ends_with(": rodiklis fcr: matavimas 71, 2026-03-14\n"),
        "{said}"
    );

    let out = run(
        &sb,
        Some("en"),
        None,
        &["record", "fcr", "72", "--on", "2026-03-13"],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let said = without_commit_ids(&stdout(&out));
    assert_eq!(
        said,
        "committed <commit>: metric fcr: reading 72 on 2026-03-13\n"
    );

    // A reading already there: refused in Hebrew, exit 2.
    let out = run(&sb, None, None, &["record", "fcr", "73"]);
    assert_eq!(code(&out), 2);
    assert_no_english("record again", &stderr(&out), &ids);
    assert!(stderr(&out).contains("--replace"), "{}", stderr(&out));

    sb.write(
        "readings.csv",
        "metric,date,value\nasa,2026-03-01,40\nasa,2026-03-08,38\nfcr,2026-03-15,70\n",
    );
    let csv = sb.work().join("readings.csv");
    let csv = csv.to_str().unwrap();
    for (lang, check) in [
        // A dry run in Lithuanian first, then the import itself.
        (
            Some("lt"),
            "bandomasis paleidimas: iš readings.csv būtų importuota: 2 matavimai (1 rodiklis; ",
        ),
        (
            None,
            "הייבוא הושלם: 2 מדידות עבור מדד אחד מתוך readings.csv",
        ),
    ] {
        let mut args = vec!["import", "readings", csv];
        if lang.is_some() {
            args.push("--dry-run");
        }
        let out = run(&sb, lang, None, &args);
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        let said = without_commit_ids(&stdout(&out));
        assert_no_english("import", &said, &ids);
        assert!(said.contains(check), "{said}");
    }
    let subject = sb.git("plan", &["log", "-1", "--format=%s"]);
    assert_eq!(
        subject,
        "import readings: 2 readings for 1 metric from readings.csv\n"
    );

    // A row naming no metric refuses the file, in the shown language.
    sb.write("bad.csv", "metric,date,value\nfcx,2026-03-02,1\n");
    let bad = sb.work().join("bad.csv");
    let out = run(
        &sb,
        None,
        None,
        &["import", "readings", bad.to_str().unwrap()],
    );
    assert_eq!(code(&out), 1);
    // `(metric)` is the file's own column name, quoted.
    let err = stderr(&out).replace("(metric)", "");
    assert!(
        err.contains("אין מדד `fcx`: האם התכוונתם ל-`fcr`?"),
        "{err}"
    );
    assert_no_english("import refused", &err, &ids);
}

#[test]
fn new_speaks_the_templates_language_and_english_stays_as_it_was() {
    let sb = Sandbox::new();
    let out = sb.charter(&[
        "--today",
        TODAY,
        "new",
        "--template",
        "he-contact-center",
        "plan",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let said = without_commit_ids(&stdout(&out));
    let ids: HashSet<String> = ["he-contact-center".to_string()].into();
    assert_no_english("new", &said, &ids);
    assert!(said.starts_with("התוכנית plan נוצרה ב-"), "{said}");
    let subject = sb.git("plan", &["log", "-1", "--format=%s"]);
    assert_eq!(subject, "new plan plan from template he-contact-center\n");

    let out = sb.charter(&[
        "--today",
        TODAY,
        "--lang",
        "lt",
        "new",
        "--template",
        "he-contact-center",
        "lt",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let said = without_commit_ids(&stdout(&out));
    assert!(said.starts_with("planas lt sukurtas aplanke "), "{said}");
    assert!(
        said.contains("įrašyta <commit>: naujas planas lt pagal šabloną he-contact-center"),
        "{said}"
    );

    let out = sb.charter(&[
        "--today",
        TODAY,
        "new",
        "--template",
        "contact-center",
        "en",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let said = without_commit_ids(&stdout(&out));
    let lines: Vec<&str> = said.lines().collect();
    assert!(lines[0].starts_with("created the plan en in "), "{said}");
    assert_eq!(
        lines[1],
        "committed <commit>: new plan en from template contact-center"
    );
    assert!(lines[2].starts_with("next: in "), "{said}");

    // Errors before any plan exists follow --lang.
    let out = sb.charter(&["--lang", "he", "new", "--template", "nine", "x"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("אין תבנית `nine`"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn the_common_errors_speak_the_chosen_language() {
    let sb = hebrew_plan();
    let ids = plan_ids(&sb);
    // No plan here: --lang decides.
    let out = sb.charter(&["--lang", "he", "status"]);
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    assert!(err.starts_with("charter: לא נמצאה תוכנית ב-"), "{err}");
    let out = sb.charter(&["--lang", "lt", "status"]);
    assert!(stderr(&out).contains("plano nerasta"), "{}", stderr(&out));
    let out = sb.charter(&["status"]);
    assert!(
        stderr(&out).starts_with("charter: no plan found in "),
        "{}",
        stderr(&out)
    );

    // In the Hebrew plan: an unknown metric, an unknown revision.
    for args in [&["trend", "metric", "fcx"][..], &["diff", "nosuchrev"]] {
        let out = run(&sb, None, None, args);
        assert_eq!(code(&out), 2, "{args:?}");
        let err = stderr(&out);
        assert_no_english(&args.join(" "), &err, &ids);
        assert!(
            err.chars().any(|c| ('\u{5d0}'..='\u{5ea}').contains(&c)),
            "{err}"
        );
    }
}

/// Words of clap's and charter's help that no Hebrew or Lithuanian help
/// may show.
const HELP_ENGLISH: &[&str] = &[
    "usage",
    "options",
    "commands",
    "arguments",
    "print",
    "help",
    "show",
    "possible",
    "values",
    "default",
    "plan",
    "language",
    "command",
    "error",
    "found",
    "unexpected",
    "information",
    "try",
    "for",
    "a",
    "with",
    "from",
    "to",
    "or",
    "is",
    "not",
];

/// The English left in a help text or a parse error, once what stays as
/// it is is taken out: flags, metavariables (capitals), the names in the
/// first column of a listing, the usage line's command words and quoted
/// operands.
fn help_english(text: &str, ids: &HashSet<String>) -> Vec<String> {
    let mut kept = String::new();
    for line in text.lines() {
        let mut words: Vec<&str> = line.split_whitespace().collect();
        if line.starts_with("  ") && !words.is_empty() {
            words.remove(0);
        }
        let is_usage =
            words.first().is_some_and(|w| w.ends_with(':')) && words.contains(&"charter");
        for word in words {
            let bare = word.trim_matches(|c: char| "[]<>(),.:;'".contains(c));
            if word.starts_with('-')
                || word.starts_with("[-")
                || word.starts_with('\'')
                || bare.chars().all(|c| !c.is_lowercase())
                || (is_usage && bare.is_ascii())
            {
                continue;
            }
            kept.push_str(word);
            kept.push(' ');
        }
        kept.push('\n');
    }
    let mut found = english_words(&kept, ids);
    let plain: String = kept.split('`').step_by(2).collect::<Vec<_>>().join(" ");
    for token in plain.split(|c: char| !(c.is_alphanumeric() || "-_./".contains(c))) {
        let token = token.trim_matches('.');
        if token.contains(['/', '.']) || ids.contains(token) {
            continue;
        }
        for word in token.split(['-', '_']) {
            if HELP_ENGLISH.contains(&word.to_lowercase().as_str()) {
                found.push(word.to_string());
            }
        }
    }
    found
}

fn assert_no_help_english(what: &str, text: &str, ids: &HashSet<String>) {
    assert!(!text.trim().is_empty(), "{what}: no output");
    let found = help_english(text, ids);
    assert!(found.is_empty(), "{what}: English {found:?} in:\n{text}");
}

#[test]
fn target_suggests_in_the_shown_language_and_its_json_is_the_same_in_every_one() {
    let sb = hebrew_plan();
    make_changes(&sb);
    let ids = plan_ids(&sb);
    let args = ["target", "suggest", "fcr", "--benchmark", "90"];
    let he = text_of(&sb, None, None, &args);
    assert_no_english("target", &he, &ids);
    assert!(he.contains("למה:"), "{he}");
    assert!(he.contains("ערך ההשוואה 90"), "{he}");
    let lt = text_of(&sb, Some("lt"), None, &args);
    assert_no_english("target --lang lt", &lt, &ids);
    assert!(lt.contains("kodėl:"), "{lt}");
    let en = text_of(&sb, Some("en"), None, &args);
    assert!(en.contains("  why:\n"), "{en}");
    assert!(
        en.contains("the benchmark 90 is further than the guide"),
        "{en}"
    );

    let mut json_args = args.to_vec();
    json_args.extend(["--format", "json"]);
    let json = text_of(&sb, Some("en"), None, &json_args);
    assert!(json.contains("\"reasons\""), "{json}");
    assert!(json.contains("the benchmark 90 is further"), "{json}");
    assert_eq!(json, text_of(&sb, None, None, &json_args), "he");
    assert_eq!(json, text_of(&sb, Some("lt"), None, &json_args), "lt");
}

#[test]
fn log_words_its_changes_in_each_run_s_language_whatever_ran_before() {
    let sb = hebrew_plan();
    make_changes(&sb);
    let out = run(&sb, None, None, &["record", "asa", "40"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let ids = plan_ids(&sb);
    let changes = |lang: &str| {
        text_of(&sb, Some(lang), None, &["log", "--changes"])
            .lines()
            .filter(|l| l.starts_with("    "))
            .map(|l| format!("{l}\n"))
            .collect::<String>()
    };
    let en = changes("en");
    assert!(
        en.contains("    metric asa: 1 reading added (2026-03-15: 40)\n"),
        "{en}"
    );
    let he = changes("he");
    assert_no_english("log he", &he, &ids);
    assert!(he.contains("מדד asa"), "{he}");
    assert_eq!(changes("en"), en, "English after Hebrew");
    let lt = changes("lt");
    assert_no_english("log lt", &lt, &ids);
    assert!(lt.contains("rodiklis asa"), "{lt}");
    assert_eq!(changes("he"), he, "Hebrew after Lithuanian");
}

#[test]
fn help_and_claps_errors_speak_the_plans_language_or_the_chosen_one() {
    let sb = hebrew_plan();
    let ids = plan_ids(&sb);
    for args in [
        &["--help"][..],
        &["status", "--help"],
        &["log", "--help"],
        &["target", "suggest", "--help"],
        &["import", "readings", "--help"],
        &["help", "review"],
    ] {
        // The plan in the current folder is Hebrew.
        let he = run(&sb, None, None, args);
        assert_eq!(code(&he), 0, "{args:?}: {}", stderr(&he));
        let text = stdout(&he);
        assert_no_help_english(&args.join(" "), &text, &ids);
        assert!(text.contains("שימוש:"), "{text}");
        let lt = run(&sb, Some("lt"), None, args);
        let text = stdout(&lt);
        assert_no_help_english(&format!("{args:?} lt"), &text, &ids);
        assert!(text.contains("Naudojimas:"), "{text}");
        // The same help whether --lang or CHARTER_LANG chose it (clap
        // shows the variable's value).
        let by_env = stdout(&run(&sb, None, Some("lt"), args));
        assert_eq!(by_env.replace("CHARTER_LANG=lt]", "CHARTER_LANG=]"), text);
    }
    // Flags and commands keep their names.
    let help = stdout(&run(&sb, None, None, &["--help"]));
    for name in ["--plan", "--lang", "status", "exceptions", "merge-driver"] {
        assert!(help.contains(name), "{name}: {help}");
    }

    // English is clap's own.
    let en = stdout(&run(&sb, Some("en"), None, &["status", "--help"]));
    assert!(en.contains("Usage: charter status [OPTIONS]"), "{en}");
    assert!(
        en.contains("[possible values: text, json, markdown]"),
        "{en}"
    );

    // A parse error: exit 2, in the plan's language, the chosen one, or
    // English; a broken plan.yaml leaves English.
    for (lang, args, word) in [
        (None, &["statuss"][..], "שגיאה:"),
        (None, &["status", "--frmat", "json"], "שגיאה:"),
        (Some("lt"), &["--today", "2026-13-45", "status"], "klaida:"),
        (None, &["record"], "שגיאה:"),
        (None, &["status", "--format", "yaml"], "שגיאה:"),
    ] {
        let out = run(&sb, lang, None, args);
        assert_eq!(code(&out), 2, "{args:?}");
        let err = stderr(&out);
        assert!(err.starts_with(word), "{args:?}: {err}");
        assert_no_help_english(&format!("{args:?}"), &err, &ids);
    }
    let out = run(&sb, Some("en"), None, &["statuss"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).starts_with("error: unrecognized subcommand 'statuss'"),
        "{}",
        stderr(&out)
    );
    sb.write("plan/plan.yaml", "language: he\n  : [broken\n");
    let out = run(&sb, None, None, &["statuss"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).starts_with("error: unrecognized subcommand"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn csv_cells_git_and_sync_refusals_speak_the_plans_language() {
    let sb = hebrew_plan();
    let ids = plan_ids(&sb);
    // A cell that is not a number, one that is not a date.
    sb.write(
        "bad.csv",
        "metric,date,value\nfcr,2026-03-02,abc\nfcr,31/02/2026,70\n",
    );
    let bad = sb.work().join("bad.csv");
    for lang in [None, Some("lt")] {
        let out = run(
            &sb,
            lang,
            None,
            &["import", "readings", bad.to_str().unwrap()],
        );
        assert_eq!(code(&out), 1, "{}", stderr(&out));
        // `(value)` and `(date)` are the file's own column names, quoted.
        let err = stderr(&out).replace("(value)", "").replace("(date)", "");
        assert_no_english("import cells", &err, &ids);
        assert!(err.contains("`abc`"), "{err}");
    }
    let out = run(
        &sb,
        None,
        None,
        &["import", "readings", bad.to_str().unwrap()],
    );
    assert!(stderr(&out).contains("`abc` אינו מספר"), "{}", stderr(&out));

    // No upstream to sync with: refused before git runs.
    let out = run(&sb, None, None, &["sync"]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    let err = stderr(&out);
    assert_no_english("sync", &err, &ids);
    assert!(err.contains("ענף מעקב"), "{err}");

    // A merge in progress: the git layer refuses to commit.
    let head = sb.git("plan", &["rev-parse", "HEAD"]);
    let git_dir = sb.git("plan", &["rev-parse", "--absolute-git-dir"]);
    std::fs::write(format!("{}/MERGE_HEAD", git_dir.trim()), head).unwrap();
    for (lang, word) in [(None, "מיזוג"), (Some("lt"), "suliejimas")] {
        let out = run(&sb, lang, None, &["record", "fcr", "70"]);
        assert_eq!(code(&out), 2, "{}", stderr(&out));
        let err = stderr(&out);
        assert_no_english("record during a merge", &err, &ids);
        assert!(err.contains(word), "{err}");
        assert!(err.contains("`git merge --abort`"), "{err}");
    }
    let out = run(&sb, Some("en"), None, &["record", "fcr", "70"]);
    assert!(
        stderr(&out).contains("a merge is in progress in "),
        "{}",
        stderr(&out)
    );
}
