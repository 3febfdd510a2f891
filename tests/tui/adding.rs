//! The add chooser and the forms of the items that live inside another:
//! the first item of every kind added on a blank plan and found on disk,
//! a review action linked to the metric and the milestone it corrects,
//! text with `;`, breakdown targets added, changed and removed.

use charter::domain::types::Date;
use charter::store::plan_dir;
use charter::tui::app::{App, Effect, Mode};
use charter::tui::items::{Kind, ADDABLE};
use ratatui::crossterm::event::KeyCode;
use serde_json::Value;

use super::common::tui::{ctrl, form_fields, keys, open, save, screen, send};
use super::common::{code, stderr, stdout, Sandbox};
use super::{app_in, example, retype, snapshot, TODAY};

/// Focuses each named field of the open form and types its text over
/// what the field held.
fn fill(app: &mut App, values: &[(&str, &str)]) {
    for (key, text) in values {
        let Mode::Form(form) = &app.mode else {
            panic!("not in a form: {:?}", app.mode)
        };
        let at = form
            .fields
            .iter()
            .position(|(f, _)| f.key == *key)
            .unwrap_or_else(|| panic!("the {} form has no field {key}", form.kind.name()));
        let steps = (at + form.fields.len() - form.focus) % form.fields.len();
        for _ in 0..steps {
            send(app, KeyCode::Tab);
        }
        retype(app, text);
    }
}

/// `a`, the kind's key in the chooser, the fields, enter: the item is added.
fn add(app: &mut App, kind: Kind, values: &[(&str, &str)]) {
    keys(app, "a");
    let Mode::Choose(chooser) = &app.mode else {
        panic!("a does not open the chooser: {:?}", app.mode)
    };
    let key = chooser
        .choices
        .iter()
        .find(|(k, _)| *k == kind)
        .map(|(_, c)| *c)
        .unwrap_or_else(|| panic!("the chooser does not offer {}", kind.name()));
    keys(app, &key.to_string());
    let Mode::Form(form) = &app.mode else {
        panic!("{key} does not open a form: {:?}", app.mode)
    };
    assert_eq!(form.kind, kind);
    assert!(form.index.is_none(), "a form that adds");
    fill(app, values);
    send(app, KeyCode::Enter);
    assert!(
        matches!(app.mode, Mode::Normal),
        "adding a {}: {:?}",
        kind.name(),
        app.mode
    );
}

/// A git repository with `charter new --template blank` at work/fresh.
fn blank_plan() -> Sandbox {
    let sb = Sandbox::new();
    let out = sb.charter(&[
        "--today",
        TODAY,
        "new",
        "fresh",
        "--template",
        "blank",
        "--start",
        "2026-01-05",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    sb
}

#[test]
fn the_first_item_of_every_kind_is_added_on_a_blank_plan_and_saved() {
    let sb = blank_plan();
    let mut app = open(&sb.work().join("fresh"), TODAY);
    for kind in ADDABLE.iter().map(|(k, _)| *k) {
        assert_eq!(kind.count(&app.plan), 0, "{} in a blank plan", kind.name());
    }
    // On the Overview, which lists nothing, `a` offers every kind.
    assert_eq!(app.tab, charter::tui::app::Tab::Overview);
    let meeting = format!("steering {TODAY}");
    let steps: &[(Kind, &[(&str, &str)])] = &[
        (
            Kind::Member,
            &[("id", "dana"), ("name", "Dana Levi"), ("role", "chair")],
        ),
        (
            Kind::Agent,
            &[
                ("id", "yossi"),
                ("name", "Yossi Cohen"),
                ("level", "team_leader"),
            ],
        ),
        (
            Kind::Unit,
            &[
                ("id", "haifa"),
                ("name", "Haifa centre"),
                ("level", "department"),
            ],
        ),
        (
            Kind::Goal,
            &[
                ("id", "resolve"),
                ("title", "Resolve first time"),
                ("owner", "dana"),
            ],
        ),
        (
            Kind::Milestone,
            &[
                ("id", "crm"),
                ("title", "CRM view; for every rep"),
                ("goal", "resolve"),
                ("owner", "dana"),
                ("due", "2026-12-15"),
            ],
        ),
        (
            Kind::MilestoneAction,
            &[
                ("milestone", "crm"),
                ("title", "Pilot; then roll out"),
                ("owner", "yossi"),
                ("due", "2026-12-01"),
            ],
        ),
        (
            Kind::Metric,
            &[
                ("id", "fcr"),
                ("name", "First-contact resolution"),
                ("unit", "%"),
                ("scale", "0 100"),
                ("owner", "dana"),
                ("baseline.value", "62"),
                ("baseline.on", "2026-01-05"),
                ("target.value", "74"),
                ("target.by", "2026-09-30"),
                ("alert", "58"),
            ],
        ),
        (
            Kind::Reading,
            &[("metric", "fcr"), ("on", "2026-11-20"), ("value", "50")],
        ),
        (
            Kind::Breakdown,
            &[
                ("metric", "fcr"),
                ("level", "department"),
                ("unit", "haifa"),
                ("period", "month"),
                ("target", "72"),
            ],
        ),
        (
            Kind::Channel,
            &[
                ("id", "phone"),
                ("name", "Phone"),
                ("hours", "Sun–Thu 08:00–20:00"),
            ],
        ),
        (
            Kind::Commitment,
            &[
                ("id", "answer-first"),
                ("text", "We answer; we resolve"),
                ("channel", "phone"),
                ("metric", "fcr"),
            ],
        ),
        (
            Kind::Routine,
            &[
                ("id", "steering"),
                ("name", "Steering review"),
                ("owner", "dana"),
            ],
        ),
        (
            Kind::Workshop,
            &[
                ("id", "q4-workshop"),
                ("date", "2026-11-10"),
                ("topic", "Angry callers"),
            ],
        ),
        (
            Kind::Tool,
            &[
                ("workshop", "q4-workshop"),
                ("id", "callback"),
                ("name", "Call-back script"),
                ("metric", "fcr"),
            ],
        ),
        (
            Kind::Assessment,
            &[
                ("rep", "rep-017"),
                ("unit", "haifa"),
                ("by", "yossi"),
                ("scores.connection", "4"),
            ],
        ),
        (
            Kind::Review,
            &[("title", "Q4 review; steering"), ("attendees", "dana")],
        ),
        (
            Kind::Decision,
            &[
                ("review", TODAY),
                ("text", "Add two trainers; soon"),
                ("owner", "dana"),
            ],
        ),
        (
            Kind::ReviewAction,
            &[
                ("review", TODAY),
                ("text", "Renegotiate; the CRM date"),
                ("owner", "dana"),
                ("due", "2026-12-10"),
                ("metric", "fcr"),
                ("milestone", "crm"),
            ],
        ),
        (
            Kind::ReviewMilestone,
            &[
                ("review", TODAY),
                ("id", "crm"),
                ("health", "at_risk"),
                ("progress", "60"),
                ("forecast", "2026-12-20"),
                ("note", "Vendor late; again"),
            ],
        ),
        (
            Kind::ReviewMetric,
            &[("review", TODAY), ("id", "fcr"), ("value", "50")],
        ),
        (
            Kind::Incident,
            &[
                ("id", "lines-down"),
                ("title", "Phone lines down; two hours"),
                ("metric", "fcr"),
                ("owner", "dana"),
            ],
        ),
        (
            Kind::IncidentAction,
            &[
                ("incident", "lines-down"),
                ("text", "Call back; every caller"),
                ("owner", "dana"),
            ],
        ),
        (
            Kind::Meeting,
            &[
                ("routine", "steering"),
                ("attendees", "dana"),
                ("minutes", "30"),
            ],
        ),
        (
            Kind::MeetingDecision,
            &[
                ("meeting", meeting.as_str()),
                ("text", "Keep the script; for now"),
            ],
        ),
        (
            Kind::MeetingAction,
            &[
                ("meeting", meeting.as_str()),
                ("text", "Share the script; south"),
                ("due", "2026-12-10"),
            ],
        ),
        (
            Kind::Rep,
            &[
                // The rep assessed above: once reps are listed, assessments name one.
                ("id", "rep-017"),
                ("name", "Noa Bell"),
                ("unit", "haifa"),
                ("start", "2026-11-16"),
                ("mentor", "yossi"),
            ],
        ),
        (
            Kind::Coaching,
            &[
                ("rep", "rep-017"),
                ("skill", "listening"),
                ("kind", "side_by_side"),
                ("owner", "yossi"),
                ("due", "2026-12-01"),
            ],
        ),
        (
            Kind::Praise,
            &[
                ("rep", "rep-017"),
                ("name", "Mrs Levi"),
                ("text", "Called back; as promised"),
                ("shared", "2026-11-23"),
            ],
        ),
        (
            Kind::Hero,
            &[
                ("period", "2026-Q4"),
                ("rep", "rep-017"),
                ("reason", "Praised"),
            ],
        ),
        (
            Kind::ServiceWeek,
            &[
                ("owner1", "yossi"),
                ("owner2", "yossi"),
                ("owner3", "rep-017"),
                ("owner4", "yossi"),
                ("owner5", "yossi"),
            ],
        ),
    ];
    for (kind, values) in steps {
        add(&mut app, *kind, values);
    }
    // The quick path: `r` records a reading for a unit.
    keys(&mut app, "5gr");
    keys(&mut app, "49 2026-11-16 haifa");
    send(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Normal), "{:?}", app.message);
    assert_eq!(app.status.errors, 0, "{:?}", app.diagnostics);

    save(&mut app);
    let disk = plan_dir::load(&sb.work().join("fresh")).unwrap().plan;
    for (kind, _) in ADDABLE {
        let want = if *kind == Kind::Reading { 2 } else { 1 };
        assert_eq!(kind.count(&disk), want, "{} on disk", kind.name());
    }
    let review = &disk.reviews[0];
    assert_eq!(review.decisions[0].text, "Add two trainers; soon");
    let action = &review.actions[0];
    assert_eq!(action.text, "Renegotiate; the CRM date");
    assert_eq!(action.metric.as_ref().unwrap().as_str(), "fcr");
    assert_eq!(action.milestone.as_ref().unwrap().as_str(), "crm");
    assert_eq!(
        disk.milestones.milestones[0].actions[0].title,
        "Pilot; then roll out"
    );
    let unit_reading = disk.metrics.metrics[0]
        .readings
        .iter()
        .find(|r| r.unit.is_some())
        .unwrap();
    assert_eq!(
        (unit_reading.on.to_string(), unit_reading.value),
        ("2026-11-16".to_string(), 49.0)
    );
    let out = sb.charter_in("fresh", &["--today", TODAY, "check"]);
    assert_eq!(code(&out), 0, "{}{}", stdout(&out), stderr(&out));

    // `charter exceptions` sees the action as the metric's correction.
    let out = sb.charter_in(
        "fresh",
        &["--today", TODAY, "exceptions", "--format", "json"],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let json: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let fcr = json["exceptions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "fcr")
        .unwrap_or_else(|| panic!("fcr is no exception: {json:#}"));
    assert_eq!(
        fcr["corrective_actions"][0]["text"], "Renegotiate; the CRM date",
        "{fcr:#}"
    );
}

#[test]
fn a_review_action_set_on_the_review_screen_keeps_its_metric_and_milestone() {
    let sb = Sandbox::example_repo();
    let mut app = app_in(&sb);
    // The example has a review today: N opens it on the review screen.
    keys(&mut app, "7N");
    let Mode::Review(walk) = app.mode.clone() else {
        panic!("N does not open the review screen: {:?}", app.mode)
    };
    let date = walk.date;
    let ri = app
        .plan
        .reviews
        .iter()
        .position(|r| r.date == date)
        .unwrap();
    let actions = app.plan.reviews[ri].actions.len();
    keys(&mut app, "t");
    let Mode::Form(form) = &app.mode else {
        panic!("t does not open a form: {:?}", app.mode)
    };
    assert_eq!(form.kind, Kind::ReviewAction);
    assert_eq!(form.fields[0].1, date.to_string());
    assert_eq!(form.fields[form.focus].0.key, "text");
    keys(&mut app, "Call the vendor; then escalate");
    fill(
        &mut app,
        &[
            ("owner", "dana"),
            ("due", "2026-12-04"),
            ("metric", "transfers"),
            ("milestone", "self-service"),
        ],
    );
    for size in [(80, 24), (120, 40)] {
        snapshot(
            &format!("adding_review_screen_action_form_{}x{}", size.0, size.1),
            screen(&mut app, size.0, size.1),
        );
    }
    send(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Review(_)), "{:?}", app.mode);
    let added = &app.plan.reviews[ri].actions[actions];
    assert_eq!(added.text, "Call the vendor; then escalate");
    assert_eq!(added.metric.as_ref().unwrap().as_str(), "transfers");
    assert_eq!(added.milestone.as_ref().unwrap().as_str(), "self-service");
    // The walk is on the new action, and shows what it corrects.
    let text = screen(&mut app, 120, 40);
    assert!(text.contains("metric      transfers"), "{text}");
    assert!(text.contains("milestone   self-service"), "{text}");
    // `e` edits it in the same form, the link kept.
    keys(&mut app, "e");
    let Mode::Form(form) = &app.mode else {
        panic!("e does not open the action's form: {:?}", app.mode)
    };
    assert!(form.index.is_some());
    fill(&mut app, &[("due", "2026-12-05")]);
    send(&mut app, KeyCode::Enter);
    let edited = &app.plan.reviews[ri].actions[actions];
    assert_eq!(edited.due.unwrap().to_string(), "2026-12-05");
    assert_eq!(edited.metric.as_ref().unwrap().as_str(), "transfers");
    // A metric that does not exist is refused, as `check` refuses it.
    keys(&mut app, "e");
    fill(&mut app, &[("metric", "no-such-metric")]);
    send(&mut app, KeyCode::Enter);
    let Mode::Form(form) = &app.mode else {
        panic!("an unknown metric was accepted")
    };
    assert!(
        form.problems.iter().any(|p| p.contains("no-such-metric")),
        "{:?}",
        form.problems
    );
    // Esc goes back to the review screen.
    send(&mut app, KeyCode::Esc);
    assert!(matches!(app.mode, Mode::Review(_)), "{:?}", app.mode);
    // A decision with a `;` in its text.
    keys(&mut app, "a");
    keys(&mut app, "Hire two trainers; one per shift");
    send(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Review(_)), "{:?}", app.mode);

    // Close: the summary it will commit, then the file and the exceptions.
    keys(&mut app, "C");
    let Mode::Confirm(confirm) = &app.mode else {
        panic!("C does not ask: {:?}", app.mode)
    };
    assert!(
        confirm.details[0].starts_with("commit: review"),
        "{:?}",
        confirm.details
    );
    let effect = keys(&mut app, "y");
    assert_eq!(effect, Effect::CloseReview(date));
    charter::tui::perform(&mut app, effect);
    assert!(!app.message.clone().unwrap().1, "{:?}", app.message);
    let file = sb.read(&format!("repo/plan/reviews/{date}.yaml"));
    assert!(file.contains("Call the vendor; then escalate"), "{file}");
    assert!(file.contains("metric: transfers"), "{file}");
    assert!(file.contains("milestone: self-service"), "{file}");
    assert!(file.contains("Hire two trainers; one per shift"), "{file}");

    let out = sb.charter_in(
        "repo/plan",
        &["--today", TODAY, "exceptions", "--format", "json"],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let json: Value = serde_json::from_str(&stdout(&out)).unwrap();
    for id in ["transfers", "self-service"] {
        let item = json["exceptions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["id"] == id)
            .unwrap_or_else(|| panic!("{id} is no exception: {json:#}"));
        assert!(
            item["corrective_actions"]
                .as_array()
                .unwrap()
                .iter()
                .any(|a| a["text"] == "Call the vendor; then escalate"),
            "{item:#}"
        );
    }
}

#[test]
fn a_breakdown_target_is_added_changed_and_removed_from_the_metric() {
    let sb = Sandbox::example_repo();
    let before = sb.read("repo/plan/metrics.yaml");
    let mut app = app_in(&sb);
    keys(&mut app, "5");
    let (_, m) = app.selected().unwrap();
    let id = app.plan.metrics.metrics[m].id.to_string();
    let count = app.plan.metrics.metrics[m].breakdown.len();
    let unit = app.plan.meta.units[0].id.to_string();
    // The chooser offers the Metrics tab's kinds first; the form names
    // the selected metric.
    keys(&mut app, "ab");
    let Mode::Form(form) = &app.mode else {
        panic!("b in the chooser does not open a form: {:?}", app.mode)
    };
    assert_eq!(form.kind, Kind::Breakdown);
    assert_eq!(
        (form.fields[0].0.key, form.fields[0].1.as_str()),
        ("metric", id.as_str())
    );
    fill(
        &mut app,
        &[
            ("level", "team"),
            ("unit", &unit),
            ("period", "month"),
            ("target", "75"),
        ],
    );
    send(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Normal), "{:?}", app.mode);
    let added = &app.plan.metrics.metrics[m].breakdown[count];
    assert_eq!(added.target, 75.0);
    assert_eq!(added.unit.as_ref().unwrap().as_str(), unit);
    // The metric's detail lists it, under the cursor.
    let text = screen(&mut app, 120, 100);
    let line = format!("› team {unit} per month: 75");
    assert!(text.contains(&line), "{line}\n{text}");
    // C changes it in its form.
    keys(&mut app, "C");
    let Mode::Form(form) = &app.mode else {
        panic!("C does not open the breakdown target: {:?}", app.mode)
    };
    assert_eq!(form.kind, Kind::Breakdown);
    fill(&mut app, &[("target", "76")]);
    send(&mut app, KeyCode::Enter);
    assert_eq!(app.plan.metrics.metrics[m].breakdown[count].target, 76.0);
    // A unit that is not in plan.yaml is refused.
    keys(&mut app, "C");
    fill(&mut app, &[("unit", "atlantis")]);
    send(&mut app, KeyCode::Enter);
    assert!(
        matches!(app.mode, Mode::Form(_)),
        "an unknown unit was accepted"
    );
    send(&mut app, KeyCode::Esc);
    // X asks, then removes it.
    keys(&mut app, "X");
    let Mode::Confirm(confirm) = &app.mode else {
        panic!("X does not ask: {:?}", app.mode)
    };
    assert!(
        confirm.question.contains("breakdown target"),
        "{}",
        confirm.question
    );
    keys(&mut app, "y");
    assert_eq!(app.plan.metrics.metrics[m].breakdown.len(), count);
    assert!(!app.dirty(), "{:?}", app.change_summary());
    // b takes the keys back to the readings.
    keys(&mut app, "b");
    assert!(!app.list().breakdowns);

    // Added again and saved: only lines are added to metrics.yaml.
    keys(&mut app, "ab");
    fill(
        &mut app,
        &[
            ("level", "team"),
            ("unit", &unit),
            ("period", "month"),
            ("target", "75"),
        ],
    );
    send(&mut app, KeyCode::Enter);
    save(&mut app);
    let added = super::inserted_block(&before, &sb.read("repo/plan/metrics.yaml"));
    assert!(
        added
            .iter()
            .any(|l| l.trim()
                == format!("- {{ level: team, unit: {unit}, period: month, target: 75 }}")),
        "{added:?}"
    );
}

#[test]
fn r_records_a_reading_for_a_unit_and_the_reading_form_names_its_metric() {
    let mut app = example();
    keys(&mut app, "5");
    let (_, m) = app.selected().unwrap();
    let id = app.plan.metrics.metrics[m].id.to_string();
    let unit = app.plan.meta.units[0].id.to_string();
    let count = app.plan.metrics.metrics[m].readings.len();
    keys(&mut app, "r");
    keys(&mut app, &format!("61 2026-11-02 {unit}"));
    send(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Normal), "{:?}", app.message);
    let readings = &app.plan.metrics.metrics[m].readings;
    assert_eq!(readings.len(), count + 1);
    assert!(readings
        .iter()
        .any(|r| r.on == Date::parse("2026-11-02").unwrap()
            && r.value == 61.0
            && r.unit.as_ref().map(|u| u.as_str()) == Some(unit.as_str())));
    // A unit that is not in plan.yaml is refused by the checks.
    keys(&mut app, "r61 2026-11-03 atlantis");
    send(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Prompt(_)));
    assert!(
        app.message.as_ref().unwrap().0.contains("atlantis"),
        "{:?}",
        app.message
    );
    send(&mut app, KeyCode::Esc);
    // The chooser's reading form starts on the selected metric, today.
    keys(&mut app, "ar");
    let fields = form_fields(&app, "r in the chooser");
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, t)| (*k, t.as_str())).collect();
    assert_eq!(
        fields,
        [
            ("metric", id.as_str()),
            ("on", TODAY),
            ("value", ""),
            ("unit", "")
        ]
    );
    // ^n picks the unit among the plan's.
    fill(&mut app, &[("value", "60"), ("unit", "")]);
    ctrl(&mut app, 'n');
    let Mode::Form(form) = &app.mode else {
        panic!("left the form")
    };
    assert_eq!(form.fields[3].1, unit);
}

#[test]
fn esc_in_the_chooser_adds_nothing_and_a_key_of_no_kind_says_so() {
    let mut app = example();
    keys(&mut app, "a");
    assert!(matches!(app.mode, Mode::Choose(_)));
    keys(&mut app, "z");
    assert!(matches!(app.mode, Mode::Choose(_)));
    assert!(app.message.as_ref().unwrap().1, "{:?}", app.message);
    send(&mut app, KeyCode::Esc);
    assert!(matches!(app.mode, Mode::Normal));
    assert!(!app.dirty());
    // ↓ and enter choose as the key does: the Overview has no kind of its
    // own, so the list starts with the goal, then the milestone.
    keys(&mut app, "a");
    send(&mut app, KeyCode::Down);
    send(&mut app, KeyCode::Enter);
    let Mode::Form(form) = &app.mode else {
        panic!("enter does not open a form: {:?}", app.mode)
    };
    assert_eq!(form.kind, Kind::Milestone);
}

#[test]
fn a_narrow_chooser_is_one_column_scrolled_to_the_cursor() {
    let mut app = example();
    keys(&mut app, "a");
    send(&mut app, KeyCode::End);
    let text = screen(&mut app, 50, 20);
    assert!(text.contains("n  review metric entry"), "{text}");
    snapshot("adding_chooser_narrow_end_50x20", text);
    send(&mut app, KeyCode::Home);
    let text = screen(&mut app, 50, 20);
    assert!(text.contains("g  goal"), "{text}");
    assert!(!text.contains("review metric entry"), "{text}");
}

#[test]
fn snapshot_the_chooser_and_the_new_forms() {
    for (w, h) in [(80, 24), (120, 40)] {
        // The chooser on the Metrics tab, its own kinds first.
        let mut app = example();
        keys(&mut app, "5a");
        snapshot(
            &format!("adding_chooser_metrics_{w}x{h}"),
            screen(&mut app, w, h),
        );
        // On the Overview, which has no kind of its own.
        let mut app = example();
        keys(&mut app, "a");
        snapshot(
            &format!("adding_chooser_overview_{w}x{h}"),
            screen(&mut app, w, h),
        );
        for (name, tab, key) in [
            ("milestone_action", "4", 'a'),
            ("breakdown", "5", 'b'),
            ("reading", "5", 'r'),
            ("review_decision", "7", 'd'),
            ("review_action", "7", 'x'),
            ("review_milestone", "7", 'e'),
            ("review_metric", "7", 'n'),
        ] {
            let mut app = example();
            keys(&mut app, tab);
            keys(&mut app, "a");
            keys(&mut app, &key.to_string());
            assert!(matches!(app.mode, Mode::Form(_)), "{name}: {:?}", app.mode);
            snapshot(
                &format!("adding_{name}_form_{w}x{h}"),
                screen(&mut app, w, h),
            );
        }
    }
}

#[test]
fn e_on_the_review_screen_edits_a_milestone_entry_in_its_form() {
    let mut app = example();
    keys(&mut app, "7N");
    let Mode::Review(walk) = app.mode.clone() else {
        panic!("N does not open the review screen: {:?}", app.mode)
    };
    let ri = app
        .plan
        .reviews
        .iter()
        .position(|r| r.date == walk.date)
        .unwrap();
    let entry = app.plan.reviews[ri].milestones[0].clone();
    keys(&mut app, "e");
    let Mode::Form(form) = &app.mode else {
        panic!("e does not open the entry's form: {:?}", app.mode)
    };
    assert_eq!(form.kind, Kind::ReviewMilestone);
    assert_eq!(form.fields[1].1, entry.id.to_string());
    assert_eq!(form.fields[form.focus].0.key, "health");
    fill(
        &mut app,
        &[("progress", "55"), ("note", "Vendor late; again")],
    );
    send(&mut app, KeyCode::Enter);
    let Mode::Review(back) = app.mode.clone() else {
        panic!(
            "the form does not go back to the review screen: {:?}",
            app.mode
        )
    };
    assert_eq!(back.step, 0, "back on the entry's step");
    let edited = &app.plan.reviews[ri].milestones[0];
    assert_eq!(edited.progress, Some(55));
    assert_eq!(edited.note.as_deref(), Some("Vendor late; again"));
    assert_eq!(edited.health, entry.health);
    // A progress over 100 is refused, as `check` refuses it.
    keys(&mut app, "e");
    fill(&mut app, &[("progress", "120")]);
    send(&mut app, KeyCode::Enter);
    assert!(
        matches!(app.mode, Mode::Form(_)),
        "a progress of 120% was accepted"
    );
}

#[test]
fn applying_an_unchanged_form_of_an_item_inside_another_changes_nothing() {
    let mut app = super::hebrew();
    let mut example = example();
    let mut changed = Vec::new();
    for app in [&mut app, &mut example] {
        for kind in [
            Kind::MilestoneAction,
            Kind::Reading,
            Kind::Breakdown,
            Kind::Decision,
            Kind::ReviewAction,
            Kind::ReviewMilestone,
            Kind::ReviewMetric,
        ] {
            for i in 0..kind.count(&app.plan) {
                let form = charter::tui::app::Form::new(kind, Some(i), kind.to_json(&app.plan, i));
                app.mode = Mode::Form(form);
                send(app, KeyCode::Enter);
                assert!(
                    matches!(app.mode, Mode::Normal),
                    "{} {}: the unchanged form is refused: {:?}",
                    kind.name(),
                    kind.id(&app.plan, i),
                    app.mode
                );
                if app.dirty() {
                    changed.push(format!("{} {}", kind.name(), kind.id(&app.plan, i)));
                    keys(app, "u");
                }
            }
        }
    }
    assert!(changed.is_empty(), "{changed:#?}");
}
