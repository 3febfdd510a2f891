//! The writer's properties, on a plan that loaded without errors:
//! `fmt` succeeds, its output loads back into the same plan, a second
//! `fmt` changes nothing, and an unchanged save in `Keep` mode writes
//! nothing.

use std::collections::BTreeMap;

use charter::domain::model::Plan;
use charter::store::plan_dir::{self, Files, PlanDir};
use charter::store::yaml::emit::Mode;

use crate::properties::{fail, memory, Failure};

/// The files of a case on disk, written only where they changed since the
/// last case (saving checks that the disk still holds what was loaded).
pub(crate) struct Scratch {
    pub(crate) dir: tempfile::TempDir,
    on_disk: BTreeMap<String, Vec<u8>>,
}

impl Scratch {
    pub(crate) fn new() -> Scratch {
        Scratch {
            dir: tempfile::tempdir().unwrap(),
            on_disk: BTreeMap::new(),
        }
    }

    fn sync(&mut self, files: &[(String, Vec<u8>)]) {
        let stale: Vec<String> = self
            .on_disk
            .keys()
            .filter(|n| !files.iter().any(|(f, _)| f == *n))
            .cloned()
            .collect();
        for name in stale {
            std::fs::remove_file(self.dir.path().join(&name)).unwrap();
            self.on_disk.remove(&name);
        }
        for (name, bytes) in files {
            if self.on_disk.get(name) != Some(bytes) {
                let path = self.dir.path().join(name);
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(&path, bytes).unwrap();
                self.on_disk.insert(name.clone(), bytes.clone());
            }
        }
    }
}

/// The plan with what is not part of a file's content (a review's file name) cleared.
fn comparable(plan: &Plan) -> Plan {
    let mut plan = plan.clone();
    for review in &mut plan.reviews {
        review.file.clear();
    }
    plan
}

/// Names the first part of two plans that differs, with both values.
fn plan_difference(a: &Plan, b: &Plan) -> String {
    let parts: [(&str, String, String); 10] = [
        (
            "plan.yaml",
            format!("{:?}", a.meta),
            format!("{:?}", b.meta),
        ),
        (
            "charter.yaml",
            format!("{:?}", a.charter),
            format!("{:?}", b.charter),
        ),
        (
            "goals.yaml",
            format!("{:?}", a.goals),
            format!("{:?}", b.goals),
        ),
        (
            "milestones.yaml",
            format!("{:?}", a.milestones),
            format!("{:?}", b.milestones),
        ),
        (
            "committee.yaml",
            format!("{:?}", a.committee),
            format!("{:?}", b.committee),
        ),
        (
            "agents.yaml",
            format!("{:?}", a.agents),
            format!("{:?}", b.agents),
        ),
        (
            "metrics.yaml",
            format!("{:?}", a.metrics),
            format!("{:?}", b.metrics),
        ),
        (
            "reviews/",
            format!("{:?}", a.reviews),
            format!("{:?}", b.reviews),
        ),
        (
            "skills.yaml",
            format!("{:?}", a.skills),
            format!("{:?}", b.skills),
        ),
        (
            "workshops.yaml",
            format!("{:?}", a.workshops),
            format!("{:?}", b.workshops),
        ),
    ];
    for (name, x, y) in parts {
        if x != y {
            return format!("{name} differs:\n  loaded:   {x}\n  reloaded: {y}");
        }
    }
    "the plans differ only where Debug shows no difference (NaN?)".into()
}

/// `fmt` on a plan without load errors: it must succeed, its output must
/// load back without errors into the same plan, and a second `fmt` must
/// change nothing. An unchanged save in `Keep` mode writes nothing.
/// Returns whether `fmt` rewrote anything.
pub(crate) fn check_writer(
    files: &[(String, Vec<u8>)],
    pd: &PlanDir,
    scratch: &mut Scratch,
) -> Result<bool, Failure> {
    scratch.sync(files);
    match pd.changes(&pd.plan, Mode::Keep) {
        Ok(c) if c.is_empty() => {}
        Ok(c) => return fail("unchanged save in Keep mode writes files", format!("{c:?}")),
        Err(e) => return fail("unchanged save in Keep mode fails", e.to_string()),
    }
    let changes = match pd.changes(&pd.plan, Mode::Canonical) {
        Ok(c) => c,
        Err(e) => {
            return fail(
                "fmt refuses a plan that loaded without errors",
                e.to_string(),
            )
        }
    };
    if changes.is_empty() {
        return Ok(false);
    }
    let mut rewritten: Vec<(String, Vec<u8>)> = files.to_vec();
    for change in &changes {
        let rel = change
            .path
            .strip_prefix(&pd.dir)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        rewritten.retain(|(n, _)| *n != rel);
        if let Some(text) = &change.text {
            rewritten.push((rel, text.clone().into_bytes()));
        }
    }
    rewritten.sort();
    let shown = |files: &[(String, Vec<u8>)]| {
        changes
            .iter()
            .filter_map(|c| {
                let rel = c.path.strip_prefix(&pd.dir).ok()?.to_string_lossy();
                files
                    .iter()
                    .find(|(n, _)| **n == *rel)
                    .map(|(n, b)| format!("--- {n}\n{}", String::from_utf8_lossy(b)))
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    let reloaded = plan_dir::load_from(&pd.dir, Files::Memory(&memory(&rewritten))).unwrap();
    if let Some(e) = reloaded.load_errors.first() {
        return fail(
            format!("fmt output does not load ({})", e.code),
            format!("{e}\nrewritten:\n{}", shown(&rewritten)),
        );
    }
    let (before, after) = (comparable(&pd.plan), comparable(&reloaded.plan));
    if before != after {
        return fail(
            "fmt output loads into a different plan",
            format!(
                "{}\nrewritten:\n{}",
                plan_difference(&before, &after),
                shown(&rewritten)
            ),
        );
    }
    scratch.sync(&rewritten);
    match reloaded.changes(&reloaded.plan, Mode::Canonical) {
        Ok(again) if again.is_empty() => Ok(true),
        Ok(again) => fail(
            "fmt is not idempotent",
            format!(
                "first fmt:\n{}\nsecond fmt:\n{}",
                shown(&rewritten),
                again
                    .iter()
                    .map(|c| format!(
                        "--- {}\n{}",
                        c.path.display(),
                        c.text.as_deref().unwrap_or("<deleted>")
                    ))
                    .collect::<Vec<_>>()
                    .join("\n")
            ),
        ),
        Err(e) => fail("fmt refuses its own output", e.to_string()),
    }
}
