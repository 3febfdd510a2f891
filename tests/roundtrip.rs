//! Property tests of saving: any plan written and read back is the same
//! plan, writing it again changes nothing, and `fmt` finds it canonical.
#![allow(clippy::unwrap_used)]

use charter::domain::model::*;
use charter::domain::types::{Date, Every, Id};
use charter::store::plan_dir;
use charter::store::yaml::emit::Mode;
use proptest::prelude::*;

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z ]{1,20}",
        Just("Respect, Ownership".to_string()),
        Just("שירות מהיר ואדיב".to_string()),
        Just("Greičiau atsakyti klientams — „kokybė“".to_string()),
        Just("key: value # not a comment".to_string()),
        Just("  leading and trailing  ".to_string()),
        Just("true".to_string()),
        Just("123".to_string()),
        Just("-5".to_string()),
        Just("2026-01-05".to_string()),
        Just("[not a list]".to_string()),
        Just("{not: a map}".to_string()),
        Just("'single' and \"double\" quotes".to_string()),
        Just("tab\there".to_string()),
        Just("null".to_string()),
        Just("".to_string()),
        Just("שורה ראשונה\nשורה שנייה\n".to_string()),
        Just("no final newline\nsecond".to_string()),
        Just("  indented first line\nnext\n".to_string()),
        Just("two final newlines\n\n".to_string()),
        Just("carriage\r\nreturn".to_string()),
        Just("# looks like a comment".to_string()),
        Just("a\u{0301} combining, 😀 emoji".to_string()),
        "\\PC{0,30}",
    ]
}

fn id() -> impl Strategy<Value = Id> {
    "[a-z0-9][a-z0-9-]{0,10}".prop_map(|s| Id::new(&s).unwrap())
}

fn date() -> impl Strategy<Value = Date> {
    (2020i32..2030, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| Date::from_ymd(y, m, d).unwrap())
}

fn number() -> impl Strategy<Value = f64> {
    prop_oneof![
        (-1000i32..1000).prop_map(f64::from),
        -1.0e6f64..1.0e6,
        Just(0.1),
        Just(1.0e-7)
    ]
}

fn milestone() -> impl Strategy<Value = Milestone> {
    (
        id(),
        text(),
        proptest::option::of(id()),
        proptest::sample::select(vec![
            Status::Planned,
            Status::InProgress,
            Status::Done,
            Status::Blocked,
            Status::Cancelled,
        ]),
        proptest::option::of(date()),
        proptest::collection::vec(id(), 0..3),
        proptest::collection::vec((text(), proptest::option::of(date()), any::<bool>()), 0..3),
    )
        .prop_map(
            |(id, title, owner, status, due, depends_on, actions)| Milestone {
                id,
                title,
                goal: None,
                phase: Some(Phase::Implement),
                owner,
                agents: Vec::new(),
                start: None,
                due,
                status,
                done_on: None,
                depends_on,
                actions: actions
                    .into_iter()
                    .map(|(title, due, done)| Action {
                        title,
                        owner: None,
                        due,
                        done,
                    })
                    .collect(),
            },
        )
}

fn metric() -> impl Strategy<Value = Metric> {
    (
        id(),
        text(),
        proptest::option::of(text()),
        proptest::sample::select(vec![Direction::Up, Direction::Down]),
        proptest::option::of((number(), date())),
        proptest::option::of(number()),
        proptest::collection::vec((date(), number(), proptest::option::of(id())), 0..6),
    )
        .prop_map(
            |(id, name, unit, direction, baseline, alert, readings)| Metric {
                id,
                name,
                kind: Some(MetricKind::Quality),
                unit,
                scale: alert.map(|_| [-100.0, 100.0]),
                direction,
                source: None,
                every: Some(Every::parse("1w").unwrap()),
                aggregate: Some(match direction {
                    Direction::Up => Aggregate::Sum,
                    Direction::Down => Aggregate::Last,
                }),
                owner: None,
                baseline: baseline.map(|(value, on)| Baseline { value, on }),
                target: None,
                alert,
                breakdown: Vec::new(),
                readings: readings
                    .into_iter()
                    .map(|(on, value, unit)| Reading { on, value, unit })
                    .collect(),
            },
        )
}

fn plan() -> impl Strategy<Value = Plan> {
    (
        text(),
        proptest::option::of(text()),
        proptest::collection::vec(text(), 0..4),
        proptest::collection::vec(milestone(), 0..5),
        proptest::collection::vec(metric(), 0..4),
        proptest::option::of((
            date(),
            text(),
            proptest::collection::vec((text(), any::<bool>()), 0..3),
        )),
    )
        .prop_map(|(title, terms, values, milestones, metrics, review)| {
            let mut plan = Plan {
                meta: PlanMeta {
                    schema: 1,
                    id: Id::new("p").unwrap(),
                    title,
                    organization: None,
                    consultant: None,
                    start: Date::from_ymd(2026, 1, 5).unwrap(),
                    end: Date::from_ymd(2026, 12, 31).unwrap(),
                    review_every: Some(Every::parse("4w").unwrap()),
                    target_guide: None,
                    target_horizon: Some(Every::parse("6m").unwrap()),
                    language: Some(charter::i18n::Lang::He),
                    units: Vec::new(),
                },
                ..Plan::default()
            };
            plan.charter.terms = terms;
            plan.charter.values = values;
            plan.milestones.milestones = milestones;
            plan.metrics.metrics = metrics;
            if let Some((date, summary, actions)) = review {
                plan.reviews.push(Review {
                    file: format!("reviews/{date}.yaml"),
                    date,
                    title: None,
                    attendees: Vec::new(),
                    milestones: Vec::new(),
                    metrics: Vec::new(),
                    decisions: Vec::new(),
                    actions: actions
                        .into_iter()
                        .map(|(text, done)| ReviewAction {
                            text,
                            owner: None,
                            due: None,
                            done,
                            metric: None,
                            milestone: None,
                        })
                        .collect(),
                    summary: Some(summary),
                });
            }
            plan
        })
}

fn write_and_load(plan: &Plan) -> (tempfile::TempDir, plan_dir::PlanDir) {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(
        tmp.path().join("plan.yaml"),
        "schema: 1\nid: p\ntitle: P\nstart: 2026-01-05\nend: 2026-12-31\n",
    )
    .unwrap();
    let empty = plan_dir::load(tmp.path()).unwrap();
    empty.save(plan, Mode::Keep).unwrap();
    let loaded = plan_dir::load(tmp.path()).unwrap();
    (tmp, loaded)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn saved_plans_load_back_equal_and_save_to_the_same_bytes(plan in plan()) {
        let (_tmp, loaded) = write_and_load(&plan);
        prop_assert!(loaded.load_errors.is_empty(), "{:?}", loaded.load_errors);
        prop_assert_eq!(&loaded.plan, &plan);
        // Saving the same plan again writes nothing, and it is canonical already.
        prop_assert!(loaded.changes(&plan, Mode::Keep).unwrap().is_empty());
        prop_assert!(loaded.changes(&plan, Mode::Canonical).unwrap().is_empty());
    }

    #[test]
    fn one_edit_changes_only_the_lines_of_its_item(plan in plan(), title in text()) {
        prop_assume!(!plan.milestones.milestones.is_empty());
        let (tmp, loaded) = write_and_load(&plan);
        let before = std::fs::read_to_string(tmp.path().join("milestones.yaml")).unwrap();
        let mut edited = plan.clone();
        let last = edited.milestones.milestones.len() - 1;
        edited.milestones.milestones[last].title = title;
        loaded.save(&edited, Mode::Keep).unwrap();
        let after = std::fs::read_to_string(tmp.path().join("milestones.yaml")).unwrap();
        // Every milestone but the last keeps its exact lines.
        let head_len = before.rfind("\n  - id: ").map_or(0, |i| i + 1);
        prop_assert_eq!(&after[..head_len.min(after.len())], &before[..head_len]);
        let reloaded = plan_dir::load(tmp.path()).unwrap();
        prop_assert_eq!(&reloaded.plan, &edited);
    }
}
