//! A change written window by window must give, byte for byte, what the
//! whole-file path writes, and read back (whole) as the plan it came from,
//! items where it says they are: over the hand-written styles of the
//! fixtures and the example plan, and metrics files written by hand in
//! the ways YAML allows.

use super::*;
use crate::domain::model::{Action, Reading};
use crate::domain::types::{Date, Id};
use crate::store::plan_dir::{self, load_with_cache, PlanDir};

fn day(s: &str) -> Date {
    Date::parse(s).unwrap()
}

/// An edit to a plan, and what it does.
type Edit = (&'static str, Box<dyn Fn(&mut Plan)>);

/// Edits to the metrics of a plan, each on the item `at` of the list.
fn metric_edits(at: usize) -> Vec<Edit> {
    vec![
        (
            "a reading added at the end",
            Box::new(move |p: &mut Plan| {
                p.metrics.metrics[at].readings.push(Reading {
                    on: day("2027-01-04"),
                    value: 42.5,
                    unit: None,
                })
            }),
        ),
        (
            "a reading corrected",
            Box::new(move |p: &mut Plan| {
                if let Some(r) = p.metrics.metrics[at].readings.first_mut() {
                    r.value += 1.0;
                } else {
                    p.metrics.metrics[at].alert = Some(3.0);
                }
            }),
        ),
        (
            "a reading removed",
            Box::new(move |p: &mut Plan| {
                if p.metrics.metrics[at].readings.pop().is_none() {
                    p.metrics.metrics[at].source = Some("CRM".into());
                }
            }),
        ),
        (
            "a name of two lines",
            Box::new(move |p: &mut Plan| {
                p.metrics.metrics[at].name = "First line\nsecond line: with # signs\n".into()
            }),
        ),
        (
            "a name that needs quotes",
            Box::new(move |p: &mut Plan| p.metrics.metrics[at].name = "- yes: # no".into()),
        ),
        (
            "readings all gone",
            Box::new(move |p: &mut Plan| p.metrics.metrics[at].readings.clear()),
        ),
    ]
}

fn milestone_edits(at: usize) -> Vec<Edit> {
    vec![
        (
            "a title",
            Box::new(move |p: &mut Plan| p.milestones.milestones[at].title = "שלב חדש".into()),
        ),
        (
            "an action added",
            Box::new(move |p: &mut Plan| {
                p.milestones.milestones[at].actions.push(Action {
                    title: "Call back: every customer".into(),
                    owner: None,
                    due: Some(day("2027-02-01")),
                    done: false,
                })
            }),
        ),
        (
            "a dependency dropped",
            Box::new(move |p: &mut Plan| {
                let m = &mut p.milestones.milestones[at];
                if m.depends_on.pop().is_none() {
                    m.owner = Some(Id::new("dana").unwrap());
                }
            }),
        ),
    ]
}

/// Checks one edit of `spec`'s file in the plan loaded as `dir`: written
/// in place (unless `expect_in_place` is false, when it must not be), the
/// same text as the whole-file path, and read back whole as `plan`.
fn check<T: Serialize + PartialEq>(
    dir: &PlanDir,
    spec: &Listed<T>,
    plan: &Plan,
    what: &str,
) -> bool {
    let Some(written) = dir.in_place(spec, plan) else {
        return false;
    };
    let whole = match spec.kind {
        FileKind::Metrics => dir.part(spec.rel, &dir.plan.metrics, &plan.metrics, Mode::Keep),
        _ => dir.part(spec.rel, &dir.plan.milestones, &plan.milestones, Mode::Keep),
    }
    .unwrap()
    .unwrap();
    assert_eq!(
        written.text, whole,
        "{what}: the whole-file path writes otherwise"
    );
    let files = [(spec.rel, written.text.as_bytes())];
    let back = load_with_cache(&dir.dir, plan_dir::Files::Memory(&files), None).unwrap();
    let file = back.file(spec.rel).unwrap();
    assert!(file.clean, "{what}: {:?}", back.load_errors);
    assert!(
        (spec.items)(&back.plan) == (spec.items)(plan),
        "{what}: reads back otherwise"
    );
    assert_eq!(
        file.item_lines, written.item_lines,
        "{what}: items placed wrong"
    );
    true
}

/// Every edit on the first, a middle and the last item of both lists of
/// the plan in `folder`: how many changed the plan, and how many of those
/// were written in place.
fn every_edit(folder: &std::path::Path) -> (usize, usize) {
    let dir = plan_dir::load(folder).unwrap();
    let (a, b) = each_item(&dir, &METRICS, metric_edits);
    let (c, d) = each_item(&dir, &MILESTONES, milestone_edits);
    (a + c, b + d)
}

/// [`every_edit`] for the list of `spec`, its edits made by `edits`.
fn each_item<T: Serialize + PartialEq>(
    dir: &PlanDir,
    spec: &Listed<T>,
    edits: fn(usize) -> Vec<Edit>,
) -> (usize, usize) {
    let (mut changed, mut in_place) = (0, 0);
    let n = (spec.items)(&dir.plan).len();
    for at in [0, n / 2, n.saturating_sub(1)]
        .into_iter()
        .filter(|_| n > 0)
    {
        for (what, edit) in edits(at) {
            let mut plan = dir.plan.clone();
            edit(&mut plan);
            changed += usize::from(plan != dir.plan);
            let what = format!("{}: {} {at}: {what}", dir.dir.display(), spec.key);
            in_place += usize::from(check(dir, spec, &plan, &what));
        }
    }
    (changed, in_place)
}

fn fixtures() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

#[test]
fn the_fixtures_styles_and_the_example_are_written_in_place_as_whole() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut folders: Vec<_> = std::fs::read_dir(fixtures().join("styles"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    folders.sort();
    folders.push(fixtures().join("valid/minimal"));
    folders.push(root.join("plans/example-service"));
    for folder in folders {
        let (edits, in_place) = every_edit(&folder);
        // 3 items × (6 metric edits + 3 milestone edits), but for an edit
        // that changes nothing (clearing readings there are none of).
        assert!(edits >= 25, "{}: {edits}", folder.display());
        assert_eq!(in_place, edits, "{}", folder.display());
    }
}

/// A plan folder whose metrics.yaml is `metrics`.
fn plan_with(metrics: &str) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let minimal = fixtures().join("valid/minimal");
    std::fs::copy(minimal.join("plan.yaml"), tmp.path().join("plan.yaml")).unwrap();
    std::fs::write(tmp.path().join("metrics.yaml"), metrics).unwrap();
    tmp
}

#[test]
fn hand_written_metrics_files_are_written_in_place_as_whole() {
    let cases = [
        // Not indented under their key, comments everywhere.
        "# Metrics\nmetrics:  # all of them\n- id: a   # first\n  name: A\n  direction: up\n  readings:\n  - {on: 2026-01-05, value: 1}\n# between, at the left\n\n- id: b\n  name: B # end of line\n  direction: up\n    # deeper, under b\n- id: c\n  name: C\n  direction: up\n",
        // Four spaces, block readings, a block scalar last with kept blank lines.
        "metrics:\n    -   id: a\n        name: A\n        direction: up\n        readings:\n            -   on: 2026-01-05\n                value: 1\n    -   id: b\n        name: |+\n            kept\n\n        direction: up\n\n\n    -   id: c\n        direction: up\n        name: |+\n            last, kept\n\n\n",
        // Trailing comments at the left after the list, and no newline at the end.
        "metrics:\n  - id: a\n    name: A\n    direction: up\n  - id: b\n    name: >-\n      folded\n      text\n    direction: up\n# the end\n  # indented\n# really",
        // Quoted keys and values, explicit document start.
        "---\n\"metrics\":\n  - \"id\": 'a'\n    'name': \"A\\tB\"\n    direction: up\n    readings: [{on: 2026-01-05, value: 1}, {on: 2026-01-12, value: 2}]\n  - id: b\n    name: 'B'' quoted'\n    direction: up\n",
        // A byte-order mark, and the schema's modeline on top.
        "\u{feff}# yaml-language-server: $schema=.charter/schema/metrics.schema.json\nmetrics:\n  - id: a\n    name: A\n    direction: up\n  - id: b\n    name: B\n    direction: up\n",
        // A list item holding several readings per line, flow style.
        "metrics:\n  - {id: a, name: A, direction: up}\n  - id: b\n    name: B\n    direction: up\n    readings:\n      - {on: 2026-01-05, value: 1}\n  - id: c\n    name: C\n    direction: up\n",
    ];
    for (n, text) in cases.iter().enumerate() {
        let tmp = plan_with(text);
        let dir = plan_dir::load(tmp.path()).unwrap();
        assert!(
            dir.file("metrics.yaml").unwrap().clean,
            "case {n}: {:?}",
            dir.load_errors
        );
        let count = dir.plan.metrics.metrics.len();
        let mut done = 0;
        for at in 0..count {
            for (what, edit) in metric_edits(at) {
                let mut plan = dir.plan.clone();
                edit(&mut plan);
                if plan == dir.plan {
                    continue;
                }
                let flow_item = n == 5 && at == 0;
                let written = check(
                    &dir,
                    &METRICS,
                    &plan,
                    &format!("case {n}, metric {at}: {what}"),
                );
                // A metric written as one flow mapping is rendered whole.
                assert_eq!(written, !flow_item, "case {n}, metric {at}: {what}");
                done += usize::from(written);
            }
        }
        // Every edit that changed something was checked above.
        assert!(done >= 8, "case {n}: {done}");
    }
}

#[test]
fn unusual_files_and_changes_go_the_whole_way() {
    let two = "metrics:\n  - id: a\n    name: A\n    direction: up\n  - id: b\n    name: B\n    direction: up\n";
    let cases: [(&str, &str); 4] = [
        ("line ends", &two.replace('\n', "\r\n")),
        ("a directive", &format!("%YAML 1.2\n---\n{two}")),
        (
            "a dash alone on its line",
            "metrics:\n  -\n    id: a\n    name: A\n    direction: up\n  - id: b\n    name: B\n    direction: up\n",
        ),
        (
            "a repeated id",
            "metrics:\n  - id: a\n    name: A\n    direction: up\n  - id: a\n    name: B\n    direction: up\n",
        ),
    ];
    for (what, text) in cases {
        let tmp = plan_with(text);
        let dir = plan_dir::load(tmp.path()).unwrap();
        let mut plan = dir.plan.clone();
        plan.metrics.metrics[0].name = "Changed".into();
        assert!(dir.in_place(&METRICS, &plan).is_none(), "{what}");
        // The whole-file path still writes it.
        assert!(dir.changes(&plan, Mode::Keep).unwrap().len() == 1, "{what}");
    }
    let tmp = plan_with(two);
    let dir = plan_dir::load(tmp.path()).unwrap();
    let mut plan = dir.plan.clone();
    plan.metrics.metrics.swap(0, 1);
    assert!(dir.in_place(&METRICS, &plan).is_none(), "items moved");
    let mut plan = dir.plan.clone();
    plan.metrics.metrics.pop();
    assert!(dir.in_place(&METRICS, &plan).is_none(), "an item removed");
    let mut plan = dir.plan.clone();
    plan.metrics.metrics[1].id = Id::new("c").unwrap();
    assert!(dir.in_place(&METRICS, &plan).is_none(), "an id renamed");
}

#[test]
fn the_new_text_is_put_in_the_parse_cache_as_it_reads() {
    let tmp = plan_with(
        "metrics:\n  - id: a\n    name: A\n    direction: up\n  - id: b\n    name: B\n    direction: up\n",
    );
    let cache = crate::store::cache::Cache::in_folder(tmp.path());
    let dir = plan_dir::load(tmp.path()).unwrap();
    let mut plan = dir.plan.clone();
    plan.metrics.metrics[1].readings.push(Reading {
        on: day("2026-02-02"),
        value: 7.0,
        unit: None,
    });
    let written = dir.in_place(&METRICS, &plan).unwrap();
    let files = [("metrics.yaml", written.text.as_bytes())];
    let parsed = load_with_cache(tmp.path(), plan_dir::Files::Memory(&files), None).unwrap();
    // A load through a cache holding only what the save put there.
    written.cache_in(&cache, FileKind::Metrics, &plan);
    let key = Key::new("metrics.yaml", written.text.as_bytes());
    assert!(cache.get(&key).is_some(), "nothing was put in the cache");
    let cached = load_with_cache(tmp.path(), plan_dir::Files::Memory(&files), Some(cache)).unwrap();
    assert_eq!(cached.plan.metrics, parsed.plan.metrics);
    assert_eq!(
        cached.file("metrics.yaml").unwrap().item_lines,
        parsed.file("metrics.yaml").unwrap().item_lines
    );
}
