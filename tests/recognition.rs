//! recognition.yaml through the binary: praise, heroes and the Customer
//! Service Week in `check`, `status` (text, Markdown, JSON) and both
//! reports, in English and Hebrew; the file written by hand in its own
//! style (four spaces, lists not indented, comments, Hebrew text).

#![allow(clippy::unwrap_used)]

mod common;

use common::{code, stdout, Sandbox};
use serde_json::Value;

/// Wednesday of the week below.
const TODAY: &str = "2026-10-07";

const PEOPLE: &str = "\
reps:
  - { id: lior, name: Lior Ben-David, start: 2026-01-12 }
  - { id: tamar, name: תמר כהן, start: 2026-02-02 }
";

/// Hand-written: four spaces, lists not indented under their key,
/// comments, flow mappings, quoted and Hebrew text.
const RECOGNITION: &str = "\
# Praise passed on, service heroes, and the week.
praise:
-   on: 2026-07-14        # a customer called back
    rep: lior
    from: customer
    name: גברת לוי
    channel: phone
    text: \"She called back as promised and solved it.\"
    shared: 2026-07-15
-   on: 2026-09-28
    rep: tamar
    text: Patient with an angry caller
-   on: 2026-10-02
    rep: tamar
    from: colleague
    text: Covered my shift
    shared: 2026-10-03
heroes:
-   {period: 2026-Q3, rep: lior, reason: Praised by a customer}
service_week:
-   start: 2026-10-05
    days:
    -   {activity: Leaders listen to calls, owner: dana}
    -   {activity: Customers' stories, owner: maya}
    -   {activity: Thanks from other departments, owner: david}
    -   {activity: Rewards, owner: dana}
    -   {activity: Celebration}
    after: Monthly skip-level meetings
";

fn sandbox() -> Sandbox {
    let sb = Sandbox::example_repo();
    sb.write("repo/plan/people.yaml", PEOPLE);
    sb.write("repo/plan/recognition.yaml", RECOGNITION);
    sb.git("repo", &["add", "-A"]);
    sb.git("repo", &["commit", "-qm", "recognition"]);
    sb
}

fn run(sb: &Sandbox, lang: &str, args: &[&str]) -> std::process::Output {
    let mut all = vec!["--plan", "repo/plan", "--today", TODAY, "--lang", lang];
    all.extend_from_slice(args);
    sb.charter(&all)
}

fn ours(text: &str) -> Vec<&str> {
    text.lines()
        .filter(|l| l.starts_with("recognition.yaml"))
        .collect()
}

#[test]
fn check_warns_of_praise_not_passed_on_and_a_day_without_owner() {
    let sb = sandbox();
    let out = run(&sb, "en", &["check"]);
    assert_eq!(
        ours(&stdout(&out)),
        [
            "recognition.yaml:10:5: warning: the praise of `tamar` on 2026-09-28 has not been passed on after 9 days: pass it on to the rep and the team, and record the day in `shared`",
            "recognition.yaml:27:9: warning: day 5 of the service week of 2026-10-05 (“Celebration”) has no owner: name who runs it",
        ]
    );
    let json: Value =
        serde_json::from_slice(&run(&sb, "he", &["check", "--format", "json"]).stdout).unwrap();
    let codes: Vec<&str> = json["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|w| w["file"] == "recognition.yaml")
        .map(|w| w["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["praise-not-shared", "day-without-owner"]);
    let he = stdout(&run(&sb, "he", &["check"]));
    assert!(
        he.contains(
            "recognition.yaml:10:5: warning: המחמאה ל־`tamar` מ־2026-09-28 לא הועברה אחרי 9 ימים"
        ),
        "{he}"
    );
    // Passed on, the warning goes.
    sb.write(
        "repo/plan/recognition.yaml",
        &RECOGNITION.replace(
            "text: Patient with an angry caller",
            "text: Patient with an angry caller\n    shared: 2026-09-29",
        ),
    );
    let out = run(&sb, "en", &["check"]);
    assert_eq!(ours(&stdout(&out)).len(), 1, "{}", stdout(&out));
}

#[test]
fn check_reports_periods_heroes_weeks_and_references() {
    let sb = sandbox();
    let broken = RECOGNITION
        .replace("rep: tamar\n    text: Patient", "rep: tamra\n    text: Patient")
        .replace("channel: phone", "channel: fax")
        .replace("on: 2026-10-02", "on: 2026-10-12")
        .replace(
            "{period: 2026-Q3, rep: lior, reason: Praised by a customer}",
            "{period: 2026-Q5, rep: lior}\n-   {period: 2026-09, rep: lior}\n-   {period: 2026-09, rep: lior}",
        )
        .replace("    -   {activity: Rewards, owner: dana}\n", "")
        .replace("owner: maya}", "owner: mya}");
    sb.write("repo/plan/recognition.yaml", &broken);
    let out = run(&sb, "en", &["check", "--format", "json"]);
    assert_eq!(code(&out), 1);
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let codes = |key: &str| -> Vec<(String, u64)> {
        json[key]
            .as_array()
            .unwrap()
            .iter()
            .filter(|w| w["file"] == "recognition.yaml")
            .map(|w| {
                (
                    w["code"].as_str().unwrap().to_string(),
                    w["line"].as_u64().unwrap(),
                )
            })
            .collect()
    };
    let mut errors = codes("errors");
    errors.sort();
    assert_eq!(
        errors,
        [
            ("bad-period".to_string(), 19),
            // Moved ahead, the praise is now passed on before it came in.
            ("date-order".to_string(), 17),
            ("duplicate-id".to_string(), 21),
            ("unknown-ref".to_string(), 7),
            ("unknown-ref".to_string(), 11),
            ("unknown-ref".to_string(), 26),
            ("week-days".to_string(), 25),
        ]
    );
    let warnings: Vec<String> = codes("warnings").into_iter().map(|(c, _)| c).collect();
    assert!(warnings.contains(&"praise-ahead".to_string()), "{json}");
    let text = stdout(&run(&sb, "en", &["check"]));
    assert!(
        text.contains(
            "the hero period “2026-Q5” is neither a month (2026-03) nor a quarter (2026-Q1)"
        ),
        "{text}"
    );
    assert!(
        text.contains("`lior` is named service hero of 2026-09 twice: keep one entry"),
        "{text}"
    );
    assert!(
        text.contains("the service week of 2026-10-05 has 4 days: plan five, each with an activity and an owner"),
        "{text}"
    );
    let he = stdout(&run(&sb, "he", &["check"]));
    assert!(
        he.contains("בשבוע השירות שמתחיל ב־2026-10-05 יש 4 ימים: תכננו חמישה"),
        "{he}"
    );
}

#[test]
fn status_counts_praise_names_heroes_and_lists_the_week() {
    let sb = sandbox();
    let text = stdout(&run(&sb, "en", &["status"]));
    let from = text.find("Praise:").expect(&text);
    let end = text[from..].find("\n\n").map_or(text.len(), |e| from + e);
    assert_eq!(
        &text[from..end],
        "Praise: 1 this quarter (2026-Q4) · 2 last quarter (2026-Q3) · 1 not passed on !
  Service heroes of 2026-Q3:
    Lior Ben-David (lior): Praised by a customer
  Hero candidates (the most praise, no hero named yet):
    2026-Q4: תמר כהן (tamar), 1 praise
Customer Service Week, under way (2026-10-05 – 2026-10-09):
    2026-10-05: Leaders listen to calls · Dana Levi (dana)
    2026-10-06: Customers' stories · Maya Green (maya)
    2026-10-07: Thanks from other departments · David Brooks (david)
    2026-10-08: Rewards · Dana Levi (dana)
    2026-10-09: Celebration · no owner yet
  The week after: Monthly skip-level meetings"
    );
    let he = stdout(&run(&sb, "he", &["status"]));
    assert!(
        he.contains("מחמאות: 1 ברבעון הזה (2026-Q4) · 2 ברבעון הקודם (2026-Q3) · 1 שלא הועברו !"),
        "{he}"
    );
    assert!(
        he.contains("    2026-Q4: תמר כהן (tamar), מחמאה אחת"),
        "{he}"
    );
    assert!(
        he.contains("    2026-10-09: Celebration · עדיין אין אחראי"),
        "{he}"
    );
    let md = stdout(&run(&sb, "en", &["status", "--format", "markdown"]));
    assert!(md.contains("\n## Recognition\n"), "{md}");
    assert!(
        md.contains("\n**Customer Service Week, under way (2026-10-05 – 2026-10-09):**\n"),
        "{md}"
    );
    let json: Value =
        serde_json::from_slice(&run(&sb, "he", &["status", "--format", "json"]).stdout).unwrap();
    let r = &json["recognition"];
    assert_eq!(r["quarter"], "2026-Q4");
    assert_eq!(r["praise_this_quarter"], 1);
    assert_eq!(r["praise_last_quarter"], 2);
    assert_eq!(r["unshared"], 1);
    assert_eq!(r["heroes_period"], "2026-Q3");
    assert_eq!(r["heroes"][0]["rep"], "lior");
    assert_eq!(r["hero_candidates"][0]["rep"], "tamar");
    assert_eq!(r["hero_candidates"][0]["praise"], 1);
    assert_eq!(r["service_week"]["current"], true);
    assert_eq!(r["service_week"]["days"][4]["on"], "2026-10-09");
    assert_eq!(r["service_week"]["days"][4]["owner"], Value::Null);
    // Naming the quarter's hero withdraws the candidate.
    sb.write(
        "repo/plan/recognition.yaml",
        &RECOGNITION.replace(
            "reason: Praised by a customer}",
            "reason: Praised by a customer}\n-   {period: 2026-10, rep: tamar}",
        ),
    );
    let json: Value =
        serde_json::from_slice(&run(&sb, "en", &["status", "--format", "json"]).stdout).unwrap();
    assert_eq!(
        json["recognition"]["hero_candidates"],
        serde_json::json!([])
    );
    assert_eq!(json["recognition"]["heroes_period"], "2026-10");
}

#[test]
fn a_plan_without_recognition_shows_none_of_it() {
    let sb = Sandbox::example_repo();
    sb.git("repo", &["rm", "-q", "plan/recognition.yaml"]);
    sb.git("repo", &["commit", "-qm", "no recognition"]);
    let text = stdout(&run(&sb, "en", &["status"]));
    assert!(!text.contains("Praise:"), "{text}");
    let json: Value =
        serde_json::from_slice(&run(&sb, "en", &["status", "--format", "json"]).stdout).unwrap();
    assert!(json.get("recognition").is_none());
}

#[test]
fn both_reports_have_a_recognition_section_isolated_in_hebrew() {
    let sb = sandbox();
    let md = stdout(&run(&sb, "en", &["report", "--format", "markdown"]));
    assert!(
        md.contains("\n## Recognition\n\n**Praise: 1 this quarter (2026-Q4) · 2 last quarter (2026-Q3) · 1 not passed on**\n"),
        "{md}"
    );
    assert!(
        md.contains("- 2026-10-09: Celebration · no owner yet\n"),
        "{md}"
    );
    let html = stdout(&run(&sb, "en", &["report", "--format", "html"]));
    assert!(html.contains("<h2>Recognition</h2>"), "no section");
    assert!(
        html.contains("<li dir=\"auto\">Lior Ben-David (lior): Praised by a customer</li>"),
        "no hero"
    );
    let he = stdout(&run(&sb, "he", &["report", "--format", "html"]));
    assert!(he.contains("<h2>הוקרה</h2>"), "no Hebrew section");
    assert!(
        he.contains("<li dir=\"auto\"><bdi dir=\"ltr\" class=\"v\">2026-10-05</bdi>: Leaders listen to calls · Dana Levi (dana)</li>"),
        "the Hebrew report does not isolate the days' dates"
    );
    let he_md = stdout(&run(&sb, "he", &["report", "--format", "markdown"]));
    assert!(he_md.contains("\n## הוקרה\n"), "{he_md}");
    assert!(he_md.contains("\u{2066}2026-10-05\u{2069}"), "{he_md}");
}
