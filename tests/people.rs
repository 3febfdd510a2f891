//! people.yaml through the binary: reps and their certification in
//! `check` and `status`, overdue coaching in `exceptions` and the reports,
//! in English and Hebrew; and a people.yaml written by hand in its own
//! style, read and saved without damage.

#![allow(clippy::unwrap_used)]

mod common;

use common::{code, stderr, stdout, Sandbox};

const TODAY: &str = "2026-06-01";

/// Hand-written: block style, comments, quoted and Hebrew text, four
/// spaces of indentation, a flow list of training parts.
const PEOPLE: &str = "\
# Reps of the North tier-1 team.
certify_within: 3m   # the guide: independent work after a few weeks

reps:
    -   id: lior
        name: \"Lior Ben-David\"
        unit: north-t1
        start: 2026-01-12
        mentor: adam     # a senior rep
        training:
            - part: organisation
              planned: 2026-01-12
              done: 2026-01-12
            - {part: one_to_one, planned: 2026-01-19, done: 2026-01-21}
        on_the_job:
            mentor: adam
            from: 2026-01-26
            until: 2026-02-20
        certification:
            on: 2026-03-02
            by: anna
            scores: {listening: 4, empathy: 3}
            summary: >
                Ready for independent work;
                keep an eye on empathy.

    -   id: tamar
        name: תמר כהן
        unit: north-t1
        start: 2026-02-02
        mentor: lior
coaching:
    # agreed at the team meeting
    -   rep: tamar
        skill: listening
        kind: side_by_side
        owner: anna
        due: 2026-05-01
";

const SKILLS: &str = "\
assessments:
  - { rep: lior, unit: north-t1, on: 2026-04-01, scores: { listening: 4, empathy: 2, patience: 5 } }
  - { rep: tamar, unit: north-t1, on: 2026-04-02, scores: { listening: 2, empathy: 4, patience: 1 } }
";

/// The example plan with the people above and their assessments.
fn sandbox() -> Sandbox {
    let sb = Sandbox::example_repo();
    sb.write("repo/plan/people.yaml", PEOPLE);
    sb.write("repo/plan/skills.yaml", SKILLS);
    // The example's praise names its own reps, not these.
    sb.write("repo/plan/recognition.yaml", "praise: []\n");
    sb.git("repo", &["add", "-A"]);
    sb.git("repo", &["commit", "-qm", "people"]);
    sb
}

fn run(sb: &Sandbox, lang: &str, args: &[&str]) -> std::process::Output {
    let mut all = vec!["--plan", "repo/plan", "--today", TODAY, "--lang", lang];
    all.extend_from_slice(args);
    sb.charter(&all)
}

fn people_lines(text: &str) -> Vec<&str> {
    text.lines()
        .filter(|l| l.starts_with("people.yaml"))
        .collect()
}

#[test]
fn check_warns_of_a_certification_due_and_points_at_the_rep() {
    let sb = sandbox();
    let out = run(&sb, "en", &["check"]);
    let text = stdout(&out);
    assert_eq!(
        people_lines(&text),
        ["people.yaml:27:9: warning: rep `tamar` started on 2026-02-02 and is not certified after 119 days: certification was due on 2026-05-02 (3m after the start); record the `certification` (on, by, scores or pass, summary), or set `certify_within` in people.yaml"]
    );
    let out = run(&sb, "he", &["check", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ours: Vec<_> = json["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|w| w["file"] == "people.yaml")
        .collect();
    assert_eq!(ours.len(), 1, "{json}");
    assert_eq!(ours[0]["code"], "certification-due");
    assert_eq!(ours[0]["line"], 27);
    let he = stdout(&run(&sb, "he", &["check"]));
    assert!(
        he.contains("people.yaml:27:9: warning: הנציג `tamar` התחיל ב־2026-02-02 ועדיין לא הוסמך אחרי 119 ימים"),
        "{he}"
    );
}

#[test]
fn check_reports_errors_in_people_yaml_and_unknown_reps_in_skills() {
    let sb = sandbox();
    let broken = PEOPLE
        .replace("mentor: lior", "mentor: lion")
        .replace("from: 2026-01-26", "from: 2026-01-06");
    sb.write("repo/plan/people.yaml", &broken);
    sb.write(
        "repo/plan/skills.yaml",
        &format!("{SKILLS}  - {{ rep: yael, on: 2026-04-02, scores: {{ listening: 3 }} }}\n"),
    );
    let out = run(&sb, "en", &["check"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let text = stdout(&out);
    let errors: Vec<&str> = text.lines().filter(|l| l.contains(": error: ")).collect();
    assert_eq!(
        errors,
        [
            "skills.yaml:4:12: error: rep `yael` of the assessment of `yael` on 2026-04-02 is not a rep of people.yaml: add `yael` to people.yaml, or fix the id",
            "people.yaml:17:19: error: rep `lior`: on-the-job training on 2026-01-06 is before the start on 2026-01-12: fix the date, or `start`",
            "people.yaml:31:17: error: mentor `lion` of rep `tamar` is not a committee member, change agent or rep: did you mean `lior`? Otherwise add `lion` to committee.yaml, agents.yaml or the reps of people.yaml",
        ]
    );
}

#[test]
fn status_shows_reps_in_training_and_coaching_in_english_and_hebrew() {
    let sb = sandbox();
    let out = run(&sb, "en", &["status"]);
    let text = stdout(&out);
    let from = text.find("2 reps working").expect(&text);
    let end = text[from..].find("\n\n").map_or(text.len(), |e| from + e);
    assert_eq!(
        &text[from..end],
        "2 reps working: 1 certified · 1 in training
  in training:
    תמר כהן (tamar) · north-t1 · started 2026-02-02 · certification due 2026-05-02, 30d late !
Coaching: 1 open · 1 overdue · 2 proposed
  coaching overdue:
    תמר כהן (tamar): listening: shoulder-to-shoulder coaching, due 2026-05-01, 31d late, owner anna
  coaching proposed by the latest assessments:
    Lior Ben-David (lior): empathy (scored 2 on 2026-04-01): guidance
    תמר כהן (tamar): patience (scored 1 on 2026-04-02): shoulder-to-shoulder coaching"
    );
    let he = stdout(&run(&sb, "he", &["status"]));
    assert!(
        he.contains("שני נציגים עובדים — מוסמכים: 1 · בהכשרה: 1"),
        "{he}"
    );
    assert!(
        he.contains("    Lior Ben-David (lior): אמפתיה (ציון 2 ב־2026-04-01): הדרכה"),
        "{he}"
    );
    let md = stdout(&run(&sb, "en", &["status", "--format", "markdown"]));
    assert!(md.contains("\n## People\n"), "{md}");
    let json: serde_json::Value =
        serde_json::from_slice(&run(&sb, "he", &["status", "--format", "json"]).stdout).unwrap();
    let people = &json["people"];
    assert_eq!(people["reps"], 2);
    assert_eq!(people["certified"], 1);
    assert_eq!(people["in_training"][0]["id"], "tamar");
    assert_eq!(people["in_training"][0]["certification_due"], "2026-05-02");
    assert_eq!(
        people["certification_overdue"],
        serde_json::json!(["tamar"])
    );
    assert_eq!(people["coaching_overdue"][0]["kind"], "side_by_side");
    assert_eq!(people["coaching_proposed"][1]["skill"], "patience");
    assert_eq!(people["coaching_proposed"][1]["reason"], "weak");
}

#[test]
fn overdue_coaching_is_an_exception_in_every_output() {
    let sb = sandbox();
    let text = stdout(&run(&sb, "en", &["exceptions"]));
    assert!(
        text.lines()
            .next()
            .unwrap()
            .ends_with(", 1 coaching overdue"),
        "{text}"
    );
    assert!(
        text.contains("⌛ coaching tamar-listening · תמר כהן — overdue 31 days (due 2026-05-01): shoulder-to-shoulder coaching in listening, owner anna\n"),
        "{text}"
    );
    let he = stdout(&run(&sb, "he", &["exceptions"]));
    assert!(he.contains("אימון אחד באיחור"), "{he}");
    assert!(
        he.contains(
            "באיחור של 31 ימים (עד 2026-05-01): ליווי בשטח כתף אל כתף בהקשבה, באחריות anna"
        ),
        "{he}"
    );
    let json: serde_json::Value =
        serde_json::from_slice(&run(&sb, "en", &["exceptions", "--format", "json"]).stdout)
            .unwrap();
    let coaching: Vec<_> = json["exceptions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "coaching")
        .collect();
    assert_eq!(coaching.len(), 1, "{json}");
    assert_eq!(coaching[0]["id"], "tamar-listening");
    assert_eq!(coaching[0]["missing_corrective_action"], false);
    let md = stdout(&run(&sb, "en", &["report", "--format", "markdown"]));
    assert!(md.contains("coaching of תמר כהן `tamar-listening`"), "{md}");
    assert!(
        md.contains("\n## People\n\n2 reps working: 1 certified · 1 in training\n\n- תמר כהן `tamar` · **certification due 2026-05-02, 30d late**\n\nCoaching: 1 open · 1 overdue · 2 proposed\n"),
        "{md}"
    );
    let html = stdout(&run(&sb, "he", &["report", "--format", "html"]));
    assert!(
        html.contains("האימון של"),
        "no coaching in the Hebrew report"
    );
    assert!(
        html.contains(
            "<h2>נציגים</h2>\n<p dir=\"auto\">שני נציגים עובדים — מוסמכים: <bdi dir=\"ltr\" class=\"v\">1</bdi> · בהכשרה: <bdi dir=\"ltr\" class=\"v\">1</bdi></p>"
        ),
        "no people section in the Hebrew report"
    );
}

#[test]
fn a_hand_written_people_file_is_read_and_saved_without_damage() {
    let sb = sandbox();
    let dir = sb.work().join("repo/plan");
    let loaded = charter::store::plan_dir::load(&dir).unwrap();
    assert!(loaded.load_errors.is_empty(), "{:?}", loaded.load_errors);
    let people = &loaded.plan.people;
    assert_eq!(people.reps.len(), 2);
    assert_eq!(people.reps[1].name, "תמר כהן");
    let summary = people.reps[0]
        .certification
        .as_ref()
        .unwrap()
        .summary
        .clone();
    assert_eq!(
        summary.as_deref(),
        Some("Ready for independent work; keep an eye on empathy.\n")
    );
    // Accept a proposal: one coaching entry more, through the normal save.
    let today = charter::domain::types::Date::parse(TODAY).unwrap();
    let proposal = charter::domain::people::proposals(&loaded.plan, today)
        .into_iter()
        .find(|p| p.rep.as_str() == "lior")
        .unwrap();
    let mut plan = loaded.plan.clone();
    let owner = charter::domain::types::Id::new("anna").ok();
    plan.people
        .coaching
        .push(proposal.coaching(owner, Some(today)));
    charter::ops::save::save(&loaded, &plan, "Coaching for lior", &[]).unwrap();
    let after = sb.read("repo/plan/people.yaml");
    assert!(
        after.starts_with(PEOPLE),
        "the written text changed:\n{after}"
    );
    assert_eq!(
        &after[PEOPLE.len()..],
        "    - rep: lior\n      skill: empathy\n      kind: guidance\n      owner: anna\n      due: 2026-06-01\n"
    );
    let reloaded = charter::store::plan_dir::load(&dir).unwrap();
    assert_eq!(reloaded.plan.people, plan.people);
    assert!(charter::domain::people::proposals(&reloaded.plan, today)
        .iter()
        .all(|p| p.rep.as_str() != "lior"));
    // Saved and committed: the tree is clean, the commit names the change.
    assert_eq!(sb.git("repo", &["status", "--porcelain"]), "");
    let fmt = run(&sb, "en", &["fmt", "--check"]);
    assert_eq!(code(&fmt), 1, "a hand-written file is not canonical");
}

#[test]
fn a_rep_with_the_id_of_a_committee_member_of_another_name_is_a_warning() {
    let sb = sandbox();
    // `daniel` is Daniel Ward on the committee: another person.
    let clash = PEOPLE
        .replacen("id: tamar", "id: daniel", 1)
        .replace("rep: tamar", "rep: daniel");
    sb.write("repo/plan/people.yaml", &clash);
    let skills = SKILLS.replace("rep: tamar", "rep: daniel");
    sb.write("repo/plan/skills.yaml", &skills);
    let text = stdout(&run(&sb, "en", &["check"]));
    let clashes: Vec<&str> = text.lines().filter(|l| l.contains("Daniel Ward")).collect();
    assert_eq!(
        clashes,
        ["people.yaml:27:13: warning: rep `daniel` (תמר כהן) has the id of Daniel Ward, who is on the committee or a change agent: give the rep an id of their own, or the same name if they are one person"],
        "{text}"
    );
    // The same id and name on both lists is one person, and not reported.
    let same = clash.replace("name: תמר כהן", "name: daniel ward");
    sb.write("repo/plan/people.yaml", &same);
    let text = stdout(&run(&sb, "en", &["check"]));
    assert!(
        !text.contains("id-clash") && !text.contains("has the id of"),
        "{text}"
    );
    let json = stdout(&run(&sb, "he", &["check", "--format", "json"]));
    assert!(!json.contains("id-clash"), "{json}");
    sb.write("repo/plan/people.yaml", &clash);
    let json = stdout(&run(&sb, "he", &["check", "--format", "json"]));
    assert!(
        json.contains("\"code\": \"id-clash\"") || json.contains("\"code\":\"id-clash\""),
        "{json}"
    );
}
