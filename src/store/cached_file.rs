//! What the parse cache keeps of one plan file that loaded without errors:
//! the part of the plan it holds and the lines of each item of its
//! top-level lists (what positions a later diagnostic, see
//! `plan_dir::SourceFile`). Its text is never kept: it is read from the
//! file each time, and is what the entry is keyed by.
//!
//! The payload is MessagePack with named fields (rmp-serde): the model's
//! serde attributes (`default`, `skip_serializing_if`) need a format that
//! names each field it writes, which MessagePack's maps do, and it reads
//! 1.7 times as fast as the JSON it replaced and is smaller: numbers are
//! kept as their bits and dates as day numbers (see `Date`'s `Serialize`),
//! with nothing to escape or parse. Before an entry is stored it is read
//! back and compared with what the parser gave, so a value that would not
//! compare equal after the trip (a NaN) is never cached, and a hit always
//! equals a parse.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::yaml::emit::FileKind;
use crate::domain::model::*;

/// The lines (first, last) of each item of each top-level list of a file.
pub type ItemLines = Vec<(&'static str, Vec<(u32, u32)>)>;

/// The top-level list names of every plan file: an entry's names are
/// mapped back to these.
const LIST_KEYS: [&str; 20] = [
    "units",
    "channels",
    "commitments",
    "goals",
    "milestones",
    "members",
    "routines",
    "agents",
    "metrics",
    "assessments",
    "workshops",
    "incidents",
    "surveys",
    "decisions",
    "actions",
    "reps",
    "coaching",
    "praise",
    "heroes",
    "service_week",
];

/// The part of a plan one file holds.
#[derive(Debug)]
pub enum Part {
    Plan(PlanMeta),
    Charter(Charter),
    Goals(GoalsFile),
    Milestones(MilestonesFile),
    Committee(Committee),
    Agents(AgentsFile),
    Metrics(MetricsFile),
    Skills(Skills),
    Workshops(WorkshopsFile),
    Incidents(IncidentsFile),
    Surveys(SurveysFile),
    People(PeopleFile),
    Recognition(RecognitionFile),
    Review(Box<Review>),
}

#[derive(Serialize)]
struct EntryRef<'a, T> {
    lines: &'a ItemLines,
    part: &'a T,
}

#[derive(Deserialize)]
struct Entry<T> {
    lines: Vec<(String, Vec<(u32, u32)>)>,
    part: T,
}

fn read<T: DeserializeOwned>(payload: &[u8]) -> Result<(T, ItemLines), String> {
    let entry: Entry<T> = rmp_serde::from_slice(payload).map_err(|e| e.to_string())?;
    let mut lines = Vec::with_capacity(entry.lines.len());
    for (key, ranges) in entry.lines {
        let Some(known) = LIST_KEYS.iter().find(|k| **k == key) else {
            return Err(format!("unknown list `{key}`"));
        };
        lines.push((*known, ranges));
    }
    Ok((entry.part, lines))
}

/// The payload for `part`, `None` when it would not read back equal.
fn write<T: Serialize + DeserializeOwned + PartialEq>(
    part: &T,
    lines: &ItemLines,
) -> Option<Vec<u8>> {
    // Named: a struct written as a map of its fields, never as a tuple.
    let payload = rmp_serde::to_vec_named(&EntryRef { lines, part }).ok()?;
    let (back, back_lines) = read::<T>(&payload).ok()?;
    (back == *part && back_lines == *lines).then_some(payload)
}

impl Part {
    /// Reads a payload written by [`Part::encode`] for a file of `kind`.
    pub fn decode(kind: FileKind, payload: &[u8]) -> Result<(Part, ItemLines), String> {
        Ok(match kind {
            FileKind::Plan => read(payload).map(|(p, l)| (Part::Plan(p), l))?,
            FileKind::Charter => read(payload).map(|(p, l)| (Part::Charter(p), l))?,
            FileKind::Goals => read(payload).map(|(p, l)| (Part::Goals(p), l))?,
            FileKind::Milestones => read(payload).map(|(p, l)| (Part::Milestones(p), l))?,
            FileKind::Committee => read(payload).map(|(p, l)| (Part::Committee(p), l))?,
            FileKind::Agents => read(payload).map(|(p, l)| (Part::Agents(p), l))?,
            FileKind::Metrics => read(payload).map(|(p, l)| (Part::Metrics(p), l))?,
            FileKind::Skills => read(payload).map(|(p, l)| (Part::Skills(p), l))?,
            FileKind::Workshops => read(payload).map(|(p, l)| (Part::Workshops(p), l))?,
            FileKind::Incidents => read(payload).map(|(p, l)| (Part::Incidents(p), l))?,
            FileKind::Surveys => read(payload).map(|(p, l)| (Part::Surveys(p), l))?,
            FileKind::People => read(payload).map(|(p, l)| (Part::People(p), l))?,
            FileKind::Recognition => read(payload).map(|(p, l)| (Part::Recognition(p), l))?,
            FileKind::Review => read(payload).map(|(p, l)| (Part::Review(Box::new(p)), l))?,
        })
    }

    /// The payload of the part of `plan` a file of `kind` was just loaded
    /// into (for a review, the last one loaded).
    pub fn encode(kind: FileKind, plan: &Plan, lines: &ItemLines) -> Option<Vec<u8>> {
        match kind {
            FileKind::Plan => write(&plan.meta, lines),
            FileKind::Charter => write(&plan.charter, lines),
            FileKind::Goals => write(&plan.goals, lines),
            FileKind::Milestones => write(&plan.milestones, lines),
            FileKind::Committee => write(&plan.committee, lines),
            FileKind::Agents => write(&plan.agents, lines),
            FileKind::Metrics => write(&plan.metrics, lines),
            FileKind::Skills => write(&plan.skills, lines),
            FileKind::Workshops => write(&plan.workshops, lines),
            FileKind::Incidents => write(&plan.incidents, lines),
            FileKind::Surveys => write(&plan.surveys, lines),
            FileKind::People => write(&plan.people, lines),
            FileKind::Recognition => write(&plan.recognition, lines),
            FileKind::Review => {
                let review = plan.reviews.last()?;
                // `file` is not serialized: compare without it.
                let bare = Review {
                    file: String::new(),
                    ..review.clone()
                };
                write(&bare, lines)
            }
        }
    }

    /// Puts the part in its place in `plan`; a review read from `rel`.
    pub fn apply(self, plan: &mut Plan, rel: &str) {
        match self {
            Part::Plan(p) => plan.meta = p,
            Part::Charter(p) => plan.charter = p,
            Part::Goals(p) => plan.goals = p,
            Part::Milestones(p) => plan.milestones = p,
            Part::Committee(p) => plan.committee = p,
            Part::Agents(p) => plan.agents = p,
            Part::Metrics(p) => plan.metrics = p,
            Part::Skills(p) => plan.skills = p,
            Part::Workshops(p) => plan.workshops = p,
            Part::Incidents(p) => plan.incidents = p,
            Part::Surveys(p) => plan.surveys = p,
            Part::People(p) => plan.people = p,
            Part::Recognition(p) => plan.recognition = p,
            Part::Review(mut review) => {
                review.file = rel.to_string();
                plan.reviews.push(*review);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use super::*;
    use crate::domain::types::Date;
    use crate::domain::validate;
    use crate::store::cache::{Cache, Key};
    use crate::store::plan_dir::{self, Files, PlanDir};

    /// Every plan folder the project ships: the example, the method's,
    /// and every valid and broken fixture.
    fn plans() -> Vec<PathBuf> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut out = vec![root.join("plans/example-service")];
        for group in ["tests/fixtures/valid", "tests/fixtures/broken"] {
            let mut dirs: Vec<PathBuf> = std::fs::read_dir(root.join(group))
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| p.join("plan.yaml").is_file())
                .collect();
            dirs.sort();
            out.extend(dirs);
        }
        assert!(out.len() > 20, "{out:?}");
        out
    }

    /// What a load gives, diagnostics positioned, as the commands see it.
    fn outcome(dir: &PlanDir) -> String {
        let today = Date::from_ymd(2026, 6, 15).unwrap();
        let mut found = validate::validate(&dir.plan, &dir.broken_ids, today);
        dir.resolve(&mut found);
        let mut broken: Vec<&String> = dir.broken_ids.iter().collect();
        broken.sort();
        let files: Vec<_> = dir
            .files
            .iter()
            .map(|f| (&f.rel, &f.text, f.bom, f.clean, f.positions()))
            .collect();
        format!(
            "{:#?}\n{:#?}\n{:#?}\n{broken:?}\n{files:#?}",
            dir.plan, dir.load_errors, found
        )
    }

    #[test]
    fn a_hit_gives_what_a_parse_gives_for_every_shipped_plan() {
        let tmp = tempfile::tempdir().unwrap();
        let cache = Cache::in_folder(tmp.path());
        let mut hits = 0;
        for dir in plans() {
            let parsed = plan_dir::load_with_cache(&dir, Files::Disk(&dir), None).unwrap();
            let filling =
                plan_dir::load_with_cache(&dir, Files::Disk(&dir), Some(cache.clone())).unwrap();
            let hit =
                plan_dir::load_with_cache(&dir, Files::Disk(&dir), Some(cache.clone())).unwrap();
            assert_eq!(parsed.plan, hit.plan, "{}", dir.display());
            assert_eq!(outcome(&parsed), outcome(&filling), "{}", dir.display());
            assert_eq!(outcome(&parsed), outcome(&hit), "{}", dir.display());
            hits += hit
                .files
                .iter()
                .filter(|f| f.text.is_some() && f.clean)
                .count();
        }
        let entries = std::fs::read_dir(tmp.path()).unwrap().count();
        assert!(hits > 100 && entries > 50, "{hits} {entries}");
    }

    #[test]
    fn a_hit_is_taken_from_the_cache_not_parsed() {
        let tmp = tempfile::tempdir().unwrap();
        let cache = Cache::in_folder(tmp.path());
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("plans/example-service");
        let first =
            plan_dir::load_with_cache(&dir, Files::Disk(&dir), Some(cache.clone())).unwrap();
        // An entry for plan.yaml's bytes that says something else: a load
        // that shows it read the cache.
        let mut meta = first.plan.meta.clone();
        meta.title = "Read from the cache".into();
        let mut plan = first.plan.clone();
        plan.meta = meta;
        let lines = first.file("plan.yaml").unwrap().positions().1.clone();
        let payload = Part::encode(FileKind::Plan, &plan, &lines).unwrap();
        let bytes = std::fs::read(dir.join("plan.yaml")).unwrap();
        cache.put(&Key::new("plan.yaml", &bytes), &payload);
        let second = plan_dir::load_with_cache(&dir, Files::Disk(&dir), Some(cache)).unwrap();
        assert_eq!(second.plan.meta.title, "Read from the cache");
    }

    #[test]
    fn a_file_with_errors_is_not_cached() {
        let tmp = tempfile::tempdir().unwrap();
        let cache = Cache::in_folder(tmp.path());
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let dir = root.join("tests/fixtures/broken/06-type-text-for-number");
        let loaded = plan_dir::load_with_cache(&dir, Files::Disk(&dir), Some(cache)).unwrap();
        assert!(!loaded.load_errors.is_empty());
        let bad: Vec<&str> = loaded
            .files
            .iter()
            .filter(|f| !f.clean)
            .map(|f| f.rel.as_str())
            .collect();
        assert!(!bad.is_empty());
        let clean = loaded
            .files
            .iter()
            .filter(|f| f.clean && f.text.is_some())
            .count();
        assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), clean);
    }

    #[test]
    fn numbers_and_dates_come_back_bit_for_bit_and_a_nan_is_not_cached() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("plans/example-service");
        let mut plan = plan_dir::load_with_cache(&dir, Files::Disk(&dir), None)
            .unwrap()
            .plan;
        let lines: ItemLines = vec![("units", vec![(2, 3)])];
        plan.meta.start = Date::from_ymd(1, 1, 1).unwrap();
        plan.meta.end = Date::from_ymd(9999, 12, 31).unwrap();
        for number in [0.1 + 0.2, f64::INFINITY, -0.0, f64::MIN_POSITIVE, 1e300] {
            plan.meta.target_guide = Some(number);
            let Some(payload) = Part::encode(FileKind::Plan, &plan, &lines) else {
                panic!("{number} is cached")
            };
            let (part, back) = Part::decode(FileKind::Plan, &payload).unwrap();
            assert_eq!(back, lines);
            let Part::Plan(meta) = part else {
                panic!("not plan.yaml's part")
            };
            assert_eq!(meta, plan.meta);
            let guide = meta.target_guide.unwrap();
            assert_eq!(guide.to_bits(), number.to_bits());
        }
        // A NaN never equals itself: what reads back cannot be shown equal.
        plan.meta.target_guide = Some(f64::NAN);
        assert!(Part::encode(FileKind::Plan, &plan, &lines).is_none());
    }

    /// `payload` with the bytes `from` replaced by `to` (of the same length).
    fn replaced(payload: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
        let at = payload.windows(from.len()).position(|w| w == from).unwrap();
        let mut out = payload.to_vec();
        out[at..at + to.len()].copy_from_slice(to);
        out
    }

    #[test]
    fn a_payload_that_is_not_a_sound_entry_is_refused() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("plans/example-service");
        let plan = plan_dir::load_with_cache(&dir, Files::Disk(&dir), None)
            .unwrap()
            .plan;
        let lines: ItemLines = vec![("units", vec![(2, 3)])];
        let payload = Part::encode(FileKind::Plan, &plan, &lines).unwrap();
        // A compact binary form, not text.
        assert!(serde_json::from_slice::<serde_json::Value>(&payload).is_err());
        assert!(Part::decode(FileKind::Plan, &payload).is_ok());
        // A list name no plan file has is a damaged entry.
        let foreign = replaced(&payload, b"units", b"unist");
        assert!(Part::decode(FileKind::Plan, &foreign).is_err());
        // So is a day number no calendar has, where a date stands.
        let start = chrono::Datelike::num_days_from_ce(&plan.meta.start.0).to_be_bytes();
        let far = replaced(&payload, &start, &i32::MAX.to_be_bytes());
        assert!(Part::decode(FileKind::Plan, &far).is_err());
        // Cut short anywhere, or read as another file's part.
        for cut in [1, payload.len() / 2, payload.len() - 1] {
            assert!(
                Part::decode(FileKind::Plan, &payload[..cut]).is_err(),
                "{cut}"
            );
        }
        assert!(Part::decode(FileKind::Milestones, &payload).is_err());
        // An entry of the JSON form an earlier charter wrote.
        let json = serde_json::json!({"lines": [["units", [[2, 3]]]], "part": plan.meta});
        let old = serde_json::to_vec(&json).unwrap();
        assert!(Part::decode(FileKind::Plan, &old).is_err());
    }

    #[test]
    fn the_content_key_follows_every_files_bytes_and_readability() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("plans/example-service");
        let loaded = plan_dir::load_with_cache(&dir, Files::Disk(&dir), None).unwrap();
        let key = |d: &PlanDir| d.content_key("counts on 2026-06-15");
        assert_eq!(key(&loaded), key(&loaded.clone()));
        assert_ne!(key(&loaded), loaded.content_key("counts on 2026-06-16"));
        let mut edited = loaded.clone();
        let last = edited.files.len() - 1;
        if let Some(text) = edited.files[last].text.as_mut() {
            text.push(' ');
        }
        assert_ne!(key(&loaded), key(&edited));
        let mut absent = loaded.clone();
        absent.files[0].text = None;
        absent.files[0].clean = true;
        let mut unreadable = absent.clone();
        unreadable.files[0].clean = false;
        assert_ne!(key(&absent), key(&unreadable));
        assert_ne!(key(&absent), key(&loaded));
    }
}
