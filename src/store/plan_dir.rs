//! A plan folder on disk: finding it, loading every file with positioned
//! diagnostics, and saving changes back without losing anything.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use super::atomic;
use super::cache::{Cache, Key};
use super::cached_file::{ItemLines, Part};
use super::schema;
use super::yaml::de::{from_node, from_node_all_errors, from_node_hollow, DeError, Sink};
use super::yaml::emit::{self, FileKind, Mode};
use super::yaml::node::{self, Kind, Node};
use crate::domain::diag::{At, Diagnostic, Seg};
use crate::domain::model::*;
use crate::domain::types::Date;
use crate::t;

mod in_place;

pub const MARKER: &str = "plan.yaml";

/// The plan's files other than reviews, in the order diagnostics list them.
pub const FILES: [(&str, FileKind); 13] = [
    ("plan.yaml", FileKind::Plan),
    ("charter.yaml", FileKind::Charter),
    ("goals.yaml", FileKind::Goals),
    ("milestones.yaml", FileKind::Milestones),
    ("committee.yaml", FileKind::Committee),
    ("agents.yaml", FileKind::Agents),
    ("metrics.yaml", FileKind::Metrics),
    ("skills.yaml", FileKind::Skills),
    ("workshops.yaml", FileKind::Workshops),
    ("incidents.yaml", FileKind::Incidents),
    ("surveys.yaml", FileKind::Surveys),
    ("people.yaml", FileKind::People),
    ("recognition.yaml", FileKind::Recognition),
];

/// Why a plan could not be found, read or written. Its words are in the
/// language shown (see [`crate::i18n`]).
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    NoPlanFound {
        start: PathBuf,
    },
    NotAPlan {
        dir: PathBuf,
    },
    PlanIsAFile {
        path: PathBuf,
    },
    MarkerIsAFolder {
        path: PathBuf,
    },
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    UnsafeLink {
        path: PathBuf,
        what: String,
    },
    ChangedOnDisk {
        file: String,
    },
    FileHasErrors {
        file: String,
    },
    /// The text charter rendered did not read back as the plan it meant to
    /// write: a bug in the writer, caught before anything reached the disk.
    NotReadBack {
        file: String,
        what: String,
    },
    TooBigToWrite {
        file: String,
        mb: u64,
        limit: u64,
    },
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let shown = |p: &Path| p.display().to_string();
        let text = match self {
            StoreError::NoPlanFound { start } => {
                t!("cli-store-no-plan-found", start = shown(start))
            }
            StoreError::NotAPlan { dir } => t!("cli-store-not-a-plan", dir = shown(dir)),
            StoreError::PlanIsAFile { path } => t!("cli-store-plan-is-a-file", path = shown(path)),
            StoreError::MarkerIsAFolder { path } => {
                t!("cli-store-marker-is-a-folder", path = shown(path))
            }
            StoreError::Read { path, source } => {
                t!(
                    "cli-store-read",
                    path = shown(path),
                    error = source.to_string()
                )
            }
            StoreError::Write { path, source } => t!(
                "cli-store-write",
                path = shown(path),
                error = source.to_string()
            ),
            StoreError::UnsafeLink { path, what } => {
                t!(
                    "cli-store-unsafe-link",
                    path = shown(path),
                    what = what.as_str()
                )
            }
            StoreError::ChangedOnDisk { file } => {
                t!("cli-store-changed-on-disk", file = file.as_str())
            }
            StoreError::FileHasErrors { file } => {
                t!("cli-store-file-has-errors", file = file.as_str())
            }
            StoreError::NotReadBack { file, what } => {
                t!(
                    "cli-store-not-read-back",
                    file = file.as_str(),
                    what = what.as_str()
                )
            }
            StoreError::TooBigToWrite { file, mb, limit } => t!(
                "cli-store-too-big",
                file = file.as_str(),
                mb = mb.to_string(),
                limit = limit.to_string()
            ),
        };
        f.write_str(&text)
    }
}

/// One file as read from disk.
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// Relative to the plan folder, `/`-separated.
    pub rel: String,
    pub kind: FileKind,
    /// The text as read (without a byte-order mark); `None` when the file is absent.
    pub text: Option<String>,
    pub bom: bool,
    /// Loaded without errors, so it can be rewritten without loss.
    pub clean: bool,
    /// For top-level lists where items failed to load: the node index of each loaded item.
    kept: Vec<(&'static str, Vec<usize>)>,
    /// For each top-level list: the first and last line of each item, so a
    /// diagnostic is positioned by parsing only its item, not the file.
    item_lines: ItemLines,
    /// The parsed text, kept by [`load_only`] so that saving does not parse
    /// the file a second time (a whole plan does not keep its trees: they
    /// are several times the size of the text).
    tree: Option<std::sync::Arc<Node>>,
}

/// A file to write (`text`) or delete (`None`).
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub path: PathBuf,
    pub text: Option<String>,
}

impl SourceFile {
    /// What positions its diagnostics: the loaded items' node indexes and
    /// every item's lines.
    #[cfg(test)]
    pub(crate) fn positions(&self) -> (&[(&'static str, Vec<usize>)], &ItemLines) {
        (&self.kept, &self.item_lines)
    }

    /// The position of `path` when it leads into an item of a top-level
    /// list: that item's lines are parsed on their own, once for all the
    /// paths into it (`parsed`, by the item's first byte).
    fn locate_in_item(
        &self,
        path: &[Seg],
        line_starts: &[usize],
        parsed: &mut std::collections::HashMap<usize, Option<Node>>,
    ) -> Option<node::Pos> {
        let (Some(Seg::Key(key)), Some(Seg::Index(index))) = (path.first(), path.get(1)) else {
            return None;
        };
        let node_index = match self.kept.iter().find(|(k, _)| k == key) {
            Some((_, map)) => *map.get(*index)?,
            None => *index,
        };
        let (_, ranges) = self.item_lines.iter().find(|(k, _)| k == key)?;
        let (first, last) = *ranges.get(node_index)?;
        let text = self.text.as_deref()?;
        let from = *line_starts.get(first as usize - 1)?;
        let to = line_starts
            .get(last as usize)
            .copied()
            .unwrap_or(text.len());
        // An item on a huge line (a whole list in flow style) is cheaper to
        // find in the file's tree, parsed once for all its diagnostics.
        if to - from > 64 * 1024 {
            return None;
        }
        let root = parsed
            .entry(from)
            .or_insert_with(|| {
                text.get(from..to)
                    .and_then(|item| node::parse(item).ok().flatten())
            })
            .as_ref()?;
        // The fragment is a one-item list when the item starts on its dash line.
        root.items().first()?;
        let mut inner = vec![Seg::Index(0)];
        inner.extend_from_slice(&path[2..]);
        let pos = locate(root, &inner, &[]);
        Some(node::Pos {
            line: pos.line + first - 1,
            col: pos.col,
        })
    }
}

/// A loaded plan with its files and load-time diagnostics.
#[derive(Clone, Debug)]
pub struct PlanDir {
    pub dir: PathBuf,
    pub plan: Plan,
    pub files: Vec<SourceFile>,
    /// Problems found while reading: syntax, types, unknown fields. Positioned.
    pub load_errors: Vec<Diagnostic>,
    /// Ids of items that failed to load, and names of files that failed to
    /// load as a whole, so references to them are not reported as unknown.
    pub broken_ids: HashSet<String>,
    /// Where each path already resolved lies in the files as loaded, so
    /// checking an edited plan again (the UI does on every edit) parses
    /// nothing for the diagnostics it had before.
    pub positions: Positions,
}

/// Line and column of (file, path) in the files as loaded; they never
/// change while the files do not, and a new load starts afresh.
#[derive(Debug, Default)]
pub struct Positions(std::sync::Mutex<HashMap<PathKey, (u32, u32)>>);

/// A file, and a path into it.
type PathKey = (String, Vec<Seg>);

impl Clone for Positions {
    fn clone(&self) -> Positions {
        Positions(std::sync::Mutex::new(
            self.0.lock().map(|m| m.clone()).unwrap_or_default(),
        ))
    }
}

/// The plan folder: `explicit` when given, else the nearest folder from
/// `start` upward that holds a plan.yaml.
pub fn find(start: &Path, explicit: Option<&Path>) -> Result<PathBuf, StoreError> {
    if let Some(dir) = explicit {
        if dir.is_file() {
            return Err(StoreError::PlanIsAFile {
                path: dir.to_path_buf(),
            });
        }
        if dir.join(MARKER).is_file() {
            return Ok(dir.to_path_buf());
        }
        if dir.join(MARKER).is_dir() {
            return Err(StoreError::MarkerIsAFolder {
                path: dir.join(MARKER),
            });
        }
        return Err(StoreError::NotAPlan {
            dir: dir.to_path_buf(),
        });
    }
    let mut dir = Some(start);
    while let Some(d) = dir {
        if d.join(MARKER).is_file() {
            return Ok(d.to_path_buf());
        }
        if d.join(MARKER).is_dir() {
            return Err(StoreError::MarkerIsAFolder {
                path: d.join(MARKER),
            });
        }
        dir = d.parent();
    }
    Err(StoreError::NoPlanFound {
        start: start.to_path_buf(),
    })
}

/// No plan file is anywhere near this big; a bigger one is refused before
/// it is read, so a wrong file cannot exhaust memory.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Where a plan's files are read from: the disk, or memory (for tests and
/// for reading a plan as it was at a revision).
#[derive(Clone, Copy)]
pub enum Files<'a> {
    Disk(&'a Path),
    /// Only the named files of the folder, the others taken as absent: for
    /// a command that reads and changes one file of a big plan.
    DiskOnly(&'a Path, &'a [&'a str]),
    Memory(&'a [(&'a str, &'a [u8])]),
}

impl Files<'_> {
    /// The bytes of `rel`, `None` when absent, or a diagnostic saying why
    /// it cannot be read.
    fn read(&self, rel: &str) -> Result<Option<Vec<u8>>, Diagnostic> {
        let problem = |message: String| {
            Diagnostic::error("unreadable", rel, At::Pos { line: 1, col: 1 }, message)
        };
        match self {
            Files::Memory(files) => Ok(files
                .iter()
                .find(|(name, _)| *name == rel)
                .map(|(_, b)| b.to_vec())),
            Files::DiskOnly(dir, only) => {
                if only.contains(&rel) {
                    Files::Disk(dir).read(rel)
                } else {
                    Ok(None)
                }
            }
            Files::Disk(dir) => {
                let path = dir.join(rel);
                match fs::symlink_metadata(&path) {
                    Ok(_) => {}
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
                    Err(e) => {
                        return Err(problem(format!(
                            "cannot read the file: {e}; check its permissions"
                        )))
                    }
                };
                if let Err(escape) = super::links::check(dir, Path::new(rel)) {
                    return Err(problem(link_advice(escape, "the file")));
                }
                let meta = fs::metadata(&path)
                    .map_err(|e| problem(format!("cannot read the file: {e}")))?;
                if meta.is_dir() {
                    return Err(problem(
                        "this is a folder, not a file: rename or remove it".into(),
                    ));
                }
                if !meta.is_file() {
                    // A pipe would block the read, a device never end it.
                    return Err(problem(
                        "this is not a regular file (a pipe, socket or device): remove it and restore the plan's file"
                            .into(),
                    ));
                }
                if meta.len() > MAX_FILE_BYTES {
                    return Err(problem(format!(
                        "the file is {} MB, far bigger than any plan file (the largest plans are a few MB): \
                         check that it is the file you meant",
                        meta.len() / (1024 * 1024)
                    )));
                }
                fs::read(&path).map(Some).map_err(|e| {
                    problem(format!("cannot read the file: {e}; check its permissions"))
                })
            }
        }
    }

    /// `reviews/*.yaml`, sorted by name; none, and a diagnostic, when the
    /// folder is a link charter must not follow.
    fn reviews(&self) -> Result<(Vec<String>, Option<Diagnostic>), StoreError> {
        let mut names: Vec<String> = match self {
            Files::Memory(files) => files
                .iter()
                .map(|(name, _)| name.to_string())
                .filter(|n| {
                    n.starts_with("reviews/") && n.ends_with(".yaml") && !n[8..].contains('/')
                })
                .collect(),
            Files::DiskOnly(..) => Vec::new(),
            Files::Disk(dir) => {
                if let Err(escape) = super::links::check(dir, Path::new("reviews")) {
                    let refused = Diagnostic::error(
                        "unreadable",
                        "reviews",
                        At::Pos { line: 1, col: 1 },
                        link_advice(escape, "the reviews folder"),
                    );
                    return Ok((Vec::new(), Some(refused)));
                }
                let reviews = dir.join("reviews");
                let entries = match fs::read_dir(&reviews) {
                    Ok(e) => e,
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                        return Ok((Vec::new(), None))
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::NotADirectory => {
                        return Ok((Vec::new(), None))
                    }
                    Err(source) => {
                        return Err(StoreError::Read {
                            path: reviews,
                            source,
                        })
                    }
                };
                entries
                    .filter_map(Result::ok)
                    .filter_map(|e| e.file_name().into_string().ok())
                    .filter(|n| n.ends_with(".yaml") && !n.starts_with('.'))
                    .map(|n| format!("reviews/{n}"))
                    .collect()
            }
        };
        names.sort();
        Ok((names, None))
    }
}

/// What is wrong with a link charter will not follow, and what to do.
fn link_advice(escape: super::links::Escape, what: &str) -> String {
    let fix = match escape {
        super::links::Escape::IntoGit => "charter never reads or writes git's own files through the plan; remove the link",
        _ => "charter reads and writes only inside the plan folder; copy the files in instead of linking them",
    };
    format!("{}: {fix}", escape.describe(what))
}

/// UTF-8 text without its byte-order mark, or a diagnostic at the first bad byte.
pub fn decode(bytes: Vec<u8>, rel: &str) -> Result<(String, bool), Diagnostic> {
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            let bom = text.starts_with('\u{feff}');
            if bom {
                text.drain(..'\u{feff}'.len_utf8());
            }
            // A carriage return that ends no line: YAML would count it as a
            // line break and every position after it would be off.
            if let Some(at) = text
                .match_indices('\r')
                .map(|(i, _)| i)
                .find(|i| text.as_bytes().get(i + 1) != Some(&b'\n'))
            {
                let (line, col) = line_col(&text, at);
                return Err(Diagnostic::error(
                    "not-text",
                    rel,
                    At::Pos { line, col },
                    "a carriage return that ends no line (an old Mac line end): save the file with LF or CRLF line ends",
                ));
            }
            if let Some(at) = text.find('\0') {
                let (line, col) = line_col(&text, at);
                return Err(Diagnostic::error(
                    "not-text",
                    rel,
                    At::Pos { line, col },
                    "the file holds a NUL byte, so it is not a text file: restore it from git (`git checkout -- FILE`) or remove the byte",
                ));
            }
            Ok((text, bom))
        }
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let bytes = e.as_bytes();
            let prefix = String::from_utf8_lossy(&bytes[..valid]);
            let (line, col) = line_col(&prefix, valid);
            Err(Diagnostic::error(
                "not-utf8",
                rel,
                At::Pos { line, col },
                format!(
                    "the file is not valid UTF-8 (byte 0x{:02X} here): save it as UTF-8 in your editor",
                    bytes.get(valid).copied().unwrap_or(0)
                ),
            ))
        }
    }
}

/// 1-based line and column (in characters) of byte offset `at`.
fn line_col(text: &str, at: usize) -> (u32, u32) {
    let before = &text[..at.min(text.len())];
    let line = before.matches('\n').count() as u32 + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) as u32 + 1;
    (line, col)
}

/// Loads the plan in `dir`. Problems in the files become diagnostics; only a
/// missing plan.yaml or an unreadable folder is an error.
pub fn load(dir: &Path) -> Result<PlanDir, StoreError> {
    if dir.join(MARKER).is_dir() {
        return Err(StoreError::MarkerIsAFolder {
            path: dir.join(MARKER),
        });
    }
    if !dir.join(MARKER).is_file() {
        return Err(StoreError::NotAPlan {
            dir: dir.to_path_buf(),
        });
    }
    let mut loaded = load_from(dir, Files::Disk(dir))?;
    let reviews = dir.join("reviews");
    let refused = loaded.load_errors.iter().any(|d| d.file == "reviews");
    if reviews.exists() && !reviews.is_dir() && !refused {
        loaded.load_errors.push(Diagnostic::error(
            "unreadable",
            "reviews",
            At::Pos { line: 1, col: 1 },
            "`reviews` is a file, but it must be a folder holding one YYYY-MM-DD.yaml file per review: rename the file, create the folder and move the reviews into it",
        ));
    }
    Ok(loaded)
}

/// The language plan.yaml in `dir` asks for, read even when another of
/// its fields is wrong, so that the error about it speaks that language.
pub fn language(dir: &Path) -> Option<crate::i18n::Lang> {
    let loaded = load_only(dir, &[MARKER]).ok()?;
    let file = loaded.files.first()?;
    // Loaded cleanly, the model says it all (usually: no `language:`,
    // English); only a file with errors is looked at again.
    if file.clean || loaded.plan.meta.language.is_some() {
        return loaded.plan.meta.language;
    }
    // A file that does not parse as YAML at all has no tree and says nothing.
    let root = file.tree.as_deref()?;
    let (_, value) = root.entry("language")?;
    crate::i18n::Lang::from_code(value.as_scalar()?)
}

/// Loads only the files `only` of the plan in `dir`: the rest of the plan
/// is left empty, and so unchanged by a save.
pub fn load_only(dir: &Path, only: &[&str]) -> Result<PlanDir, StoreError> {
    if !dir.join(MARKER).is_file() {
        return Err(StoreError::NotAPlan {
            dir: dir.to_path_buf(),
        });
    }
    load_from(dir, Files::DiskOnly(dir, only))
}

/// Loads a plan from `files` (named by their path inside the plan folder);
/// `dir` is where it would be saved.
pub fn load_from(dir: &Path, files: Files<'_>) -> Result<PlanDir, StoreError> {
    load_with_cache(dir, files, Cache::for_plan(dir))
}

/// [`load_from`] with the parse cache `cache` (none: parse every file).
pub fn load_with_cache(
    dir: &Path,
    files: Files<'_>,
    cache: Option<Cache>,
) -> Result<PlanDir, StoreError> {
    let keep_trees = matches!(files, Files::DiskOnly(..));
    let mut loader = Loader {
        source: Some(files),
        keep_trees,
        // A partial load keeps its trees for saving, which a hit would not give.
        cache: cache.filter(|_| !keep_trees),
        ..Loader::default()
    };
    let mut plan = Plan::default();
    for (rel, kind) in FILES {
        loader.load_file(rel, kind, &mut plan);
    }
    let (reviews, refused) = files.reviews()?;
    if let Some(refused) = refused {
        loader.errors.push(refused);
    }
    for rel in reviews {
        loader.load_file(&rel, FileKind::Review, &mut plan);
    }
    plan.reviews
        .sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.file.cmp(&b.file)));
    Ok(PlanDir {
        dir: dir.to_path_buf(),
        plan,
        files: loader.files,
        load_errors: loader.errors,
        broken_ids: loader.broken_ids,
        positions: Positions::default(),
    })
}

/// Loads the parsed `doc` of a file of `kind` into its part of `plan`.
fn load_part(loader: &mut Loader<'_>, doc: &Doc, kind: FileKind, plan: &mut Plan) {
    match kind {
        FileKind::Plan => {
            let mut meta: Option<PlanMeta> = loader.head(doc, &["units"]);
            if let Some(m) = meta.as_mut() {
                m.units = loader.list(doc, "units");
            }
            plan.meta = meta.unwrap_or_default();
        }
        FileKind::Charter => {
            let mut charter: Charter = loader
                .head(doc, &["channels", "commitments"])
                .unwrap_or_default();
            charter.channels = loader.list(doc, "channels");
            charter.commitments = loader.list(doc, "commitments");
            plan.charter = charter;
        }
        FileKind::Goals => {
            let mut f: GoalsFile = loader.head(doc, &["goals"]).unwrap_or_default();
            f.goals = loader.list(doc, "goals");
            plan.goals = f;
        }
        FileKind::Milestones => {
            let mut f: MilestonesFile = loader.head(doc, &["milestones"]).unwrap_or_default();
            f.milestones = loader.list(doc, "milestones");
            plan.milestones = f;
        }
        FileKind::Committee => {
            let mut f: Committee = loader
                .head(doc, &["members", "routines"])
                .unwrap_or_default();
            f.members = loader.list(doc, "members");
            f.routines = loader.list(doc, "routines");
            plan.committee = f;
        }
        FileKind::Agents => {
            let mut f: AgentsFile = loader.head(doc, &["agents"]).unwrap_or_default();
            f.agents = loader.list(doc, "agents");
            plan.agents = f;
        }
        FileKind::Metrics => {
            let mut f: MetricsFile = loader.head(doc, &["metrics"]).unwrap_or_default();
            f.metrics = loader.list(doc, "metrics");
            plan.metrics = f;
        }
        FileKind::Skills => {
            let mut f: Skills = loader.head(doc, &["assessments"]).unwrap_or_default();
            f.assessments = loader.list(doc, "assessments");
            plan.skills = f;
        }
        FileKind::Workshops => {
            let mut f: WorkshopsFile = loader.head(doc, &["workshops"]).unwrap_or_default();
            f.workshops = loader.list(doc, "workshops");
            plan.workshops = f;
        }
        FileKind::Incidents => {
            let mut f: IncidentsFile = loader.head(doc, &["incidents"]).unwrap_or_default();
            f.incidents = loader.list(doc, "incidents");
            plan.incidents = f;
        }
        FileKind::Surveys => {
            let mut f: SurveysFile = loader.head(doc, &["surveys"]).unwrap_or_default();
            f.surveys = loader.list(doc, "surveys");
            plan.surveys = f;
        }
        FileKind::People => {
            let lists = ["reps", "coaching"];
            let mut f: PeopleFile = loader.head(doc, &lists).unwrap_or_default();
            f.reps = loader.list(doc, "reps");
            f.coaching = loader.list(doc, "coaching");
            plan.people = f;
        }
        FileKind::Recognition => {
            let lists = ["praise", "heroes", "service_week"];
            let mut f: RecognitionFile = loader.head(doc, &lists).unwrap_or_default();
            f.praise = loader.list(doc, "praise");
            f.heroes = loader.list(doc, "heroes");
            f.service_week = loader.list(doc, "service_week");
            plan.recognition = f;
        }
        FileKind::Review => {
            let lists = ["milestones", "metrics", "decisions", "actions"];
            if let Some(mut review) = loader.head::<Review>(doc, &lists) {
                review.file = loader.files[doc.index].rel.clone();
                review.milestones = loader.list(doc, "milestones");
                review.metrics = loader.list(doc, "metrics");
                review.decisions = loader.list(doc, "decisions");
                review.actions = loader.list(doc, "actions");
                plan.reviews.push(review);
            }
        }
    }
}

/// A file being loaded.
struct Doc {
    index: usize,
    root: Option<Node>,
    sink: Sink,
    /// Its cache key, when the cache is on.
    key: Option<Key>,
}

/// A file read: parsed, or its part of the plan taken from the cache.
enum Opened {
    Parsed(Doc),
    Cached(Part),
}

#[derive(Default)]
struct Loader<'a> {
    source: Option<Files<'a>>,
    files: Vec<SourceFile>,
    errors: Vec<Diagnostic>,
    broken_ids: HashSet<String>,
    /// An item of the file being loaded failed.
    item_failed: bool,
    /// Keep each file's parsed tree for saving (see [`SourceFile`]).
    keep_trees: bool,
    /// Per file (by index), where its lines start: built for the first error.
    line_index: Vec<Option<Vec<usize>>>,
    /// The parse cache, when on (see [`super::cache`]).
    cache: Option<Cache>,
}

impl Loader<'_> {
    /// Loads the file `rel` of `kind` into its part of `plan`, from the
    /// cache when it holds the file's bytes, else by parsing it (and then
    /// caching it when it loaded without errors).
    fn load_file(&mut self, rel: &str, kind: FileKind, plan: &mut Plan) {
        let doc = match self.open(rel, kind) {
            None => return,
            Some(Opened::Cached(part)) => {
                part.apply(plan, rel);
                return;
            }
            Some(Opened::Parsed(doc)) => doc,
        };
        load_part(self, &doc, kind, plan);
        let index = doc.index;
        let key = self.close(doc);
        let (Some(cache), Some(key)) = (&self.cache, key) else {
            return;
        };
        if !self.files[index].clean {
            return;
        }
        if let Some(payload) = Part::encode(kind, plan, &self.files[index].item_lines) {
            cache.put(&key, &payload);
        }
    }

    /// Reads a file and parses it, or finds it in the cache; `None` when it
    /// is absent or unreadable (then the reason is already a diagnostic).
    fn open(&mut self, rel: &str, kind: FileKind) -> Option<Opened> {
        let mut file = SourceFile {
            rel: rel.to_string(),
            kind,
            text: None,
            bom: false,
            clean: false,
            kept: Vec::new(),
            item_lines: Vec::new(),
            tree: None,
        };
        let read = match self.source {
            Some(files) => files.read(rel),
            None => Ok(None),
        };
        let key = match (&self.cache, &read) {
            (Some(_), Ok(Some(bytes))) => Some(Key::new(rel, bytes)),
            _ => None,
        };
        let text = match read.and_then(|bytes| bytes.map(|b| decode(b, rel)).transpose()) {
            Ok(Some((text, bom))) => {
                file.bom = bom;
                text
            }
            Ok(None) => {
                file.clean = true;
                self.files.push(file);
                return None;
            }
            Err(d) => {
                self.errors.push(d);
                self.files.push(file);
                // Nothing of the file is known: references into it are not checked.
                self.broken_ids.insert(rel.to_string());
                return None;
            }
        };
        if let (Some(cache), Some(key)) = (&self.cache, &key) {
            // A sound entry this charter cannot read is parsed, and stored anew.
            if let Some(Ok((part, lines))) = cache.get(key).map(|p| Part::decode(kind, &p)) {
                file.text = Some(text);
                file.item_lines = lines;
                file.clean = true;
                self.files.push(file);
                return Some(Opened::Cached(part));
            }
        }
        let parsed = node::parse(&text);
        file.text = Some(text);
        self.files.push(file);
        let index = self.files.len() - 1;
        match parsed {
            Ok(root) => Some(Opened::Parsed(Doc {
                index,
                root,
                sink: Sink::default(),
                key,
            })),
            Err(e) => {
                self.broken_ids.insert(rel.to_string());
                self.errors.push(Diagnostic::error(
                    "syntax",
                    rel,
                    At::Pos {
                        line: e.pos.line,
                        col: e.pos.col,
                    },
                    e.message,
                ));
                None
            }
        }
    }

    /// Ends loading `doc`, turning its errors into diagnostics; gives back
    /// its cache key.
    fn close(&mut self, doc: Doc) -> Option<Key> {
        let errors = doc.sink.into_errors();
        let rel = self.files[doc.index].rel.clone();
        let had_errors =
            !errors.is_empty() || self.item_failed || self.errors.iter().any(|d| d.file == rel);
        self.item_failed = false;
        for e in errors {
            let diagnostic = self.de_diagnostic(doc.index, e);
            self.errors.push(diagnostic);
        }
        self.files[doc.index].clean = !had_errors;
        if self.keep_trees {
            self.files[doc.index].tree = doc.root.map(std::sync::Arc::new);
        }
        doc.key
    }

    /// The file's top-level struct, with the `hollow` lists left empty.
    fn head<T: DeserializeOwned>(&mut self, doc: &Doc, hollow: &[&str]) -> Option<T> {
        let result = match &doc.root {
            Some(root) => from_node_hollow(root, hollow, &doc.sink),
            None if self.files[doc.index].kind == FileKind::Plan => {
                self.item_failed = true;
                self.errors.push(Diagnostic::error(
                    "missing-field",
                    "plan.yaml",
                    At::Pos { line: 1, col: 1 },
                    "plan.yaml is empty: write the plan's `schema: 1`, `id`, `title`, `start` and `end`, or start a plan with `charter new DIR`",
                ));
                return None;
            }
            None => from_node(None, &doc.sink),
        };
        match result {
            Ok(v) => Some(v),
            Err(e) => {
                self.item_failed = true;
                self.broken_ids.insert(self.files[doc.index].rel.clone());
                if !e.silent {
                    let diagnostic = self.de_diagnostic(doc.index, e);
                    self.errors.push(diagnostic);
                }
                None
            }
        }
    }

    /// The items of a top-level list, each loaded on its own so that one
    /// broken item does not hide the others.
    fn list<T: DeserializeOwned>(&mut self, doc: &Doc, key: &'static str) -> Vec<T> {
        let Some(value) = doc.root.as_ref().and_then(|r| r.get(key)) else {
            return Vec::new();
        };
        let rel = self.files[doc.index].rel.clone();
        let items = match &value.kind {
            Kind::Seq(items) => items,
            _ if value.is_null() => return Vec::new(),
            _ => {
                self.errors.push(Diagnostic::error(
                    "wrong-type",
                    &rel,
                    At::Pos {
                        line: value.start.line,
                        col: value.start.col,
                    },
                    format!("`{key}` must be a list, with one `- ` line per item"),
                ));
                return Vec::new();
            }
        };
        let mut out = Vec::with_capacity(items.len());
        let mut kept = Vec::new();
        for (i, item) in items.iter().enumerate() {
            match from_node_all_errors::<T>(item, &doc.sink) {
                Ok(v) => {
                    out.push(v);
                    kept.push(i);
                }
                Err(errors) => {
                    if let Some(id) = item.get("id").and_then(Node::as_scalar) {
                        self.broken_ids.insert(id.to_string());
                    }
                    for e in errors.into_iter().filter(|e| !e.silent) {
                        let diagnostic = self.de_diagnostic(doc.index, e);
                        self.errors.push(diagnostic);
                    }
                    // The file is not clean even when every error was silent.
                    self.item_failed = true;
                }
            }
        }
        if kept.len() != items.len() {
            self.files[doc.index].kept.push((key, kept));
        }
        let lines = items
            .iter()
            .map(|item| (item.start.line, item.last_line()))
            .collect();
        self.files[doc.index].item_lines.push((key, lines));
        out
    }
}

impl Loader<'_> {
    /// A loading error as a diagnostic, its position kept inside the file
    /// (the parser places some nodes, such as an empty key at the very end,
    /// one line past it). Each file's line index is built once.
    fn de_diagnostic(&mut self, index: usize, e: DeError) -> Diagnostic {
        if self.line_index.len() <= index {
            self.line_index.resize(index + 1, None);
        }
        let file = &self.files[index];
        let text = file.text.as_deref().unwrap_or("");
        let starts = self.line_index[index].get_or_insert_with(|| line_starts(text));
        let pos = node::clamp_in(text, starts, e.pos.unwrap_or(node::Pos { line: 1, col: 1 }));
        diagnostic_at(&file.rel, pos, e)
    }
}

fn diagnostic_at(rel: &str, pos: node::Pos, e: DeError) -> Diagnostic {
    Diagnostic::error(
        e.code,
        rel,
        At::Pos {
            line: pos.line,
            col: pos.col,
        },
        e.message,
    )
}

impl PlanDir {
    /// A parse cache key for `what` (something derived from the whole
    /// plan, such as the diagnostics of a day): it changes with the name,
    /// content or readability of any file, all a load's outcome depends on.
    pub fn content_key(&self, what: &str) -> Key {
        let mut id = Vec::with_capacity(self.files.len() * 40);
        for f in &self.files {
            id.extend_from_slice(f.rel.as_bytes());
            id.push(0);
            match &f.text {
                Some(text) => {
                    id.push(1 + u8::from(f.bom));
                    id.extend_from_slice(
                        &xxhash_rust::xxh3::xxh3_128(text.as_bytes()).to_le_bytes(),
                    );
                }
                // Absent, or unreadable (then its name is a broken id).
                None => id.push(if f.clean { 0 } else { 3 }),
            }
        }
        Key::for_blob(what, &id)
    }

    pub fn file(&self, rel: &str) -> Option<&SourceFile> {
        self.files.iter().find(|f| f.rel == rel)
    }

    /// `rel` was read but has errors: rewriting it could lose what charter
    /// cannot read of it, so nothing writes it until it is fixed.
    pub fn has_errors(&self, rel: &str) -> bool {
        self.file(rel).is_some_and(|f| !f.clean && f.text.is_some())
    }

    /// Turns the paths of `diags` into lines and columns. A path into an
    /// item of a top-level list is found by parsing only that item's lines,
    /// once however many paths lead into it (so never more than the file);
    /// other paths by parsing their file once.
    pub fn resolve(&self, diags: &mut [Diagnostic]) {
        let Ok(mut known) = self.positions.0.lock() else {
            return self.resolve_all(diags);
        };
        let mut missing: Vec<usize> = Vec::new();
        for (i, d) in diags.iter_mut().enumerate() {
            let At::Path(path) = &d.at else { continue };
            match known.get(&(d.file.clone(), path.clone())) {
                Some(&(line, col)) => d.at = At::Pos { line, col },
                None => missing.push(i),
            }
        }
        if missing.is_empty() {
            return;
        }
        let mut rest: Vec<Diagnostic> = missing.iter().map(|&i| diags[i].clone()).collect();
        let keys: Vec<PathKey> = rest
            .iter()
            .map(|d| match &d.at {
                At::Path(path) => (d.file.clone(), path.clone()),
                At::Pos { .. } => (d.file.clone(), Vec::new()),
            })
            .collect();
        self.resolve_all(&mut rest);
        for ((i, d), key) in missing.into_iter().zip(rest).zip(keys) {
            if let At::Pos { line, col } = d.at {
                known.insert(key, (line, col));
            }
            diags[i] = d;
        }
    }

    /// [`PlanDir::resolve`] without the memory of earlier positions.
    fn resolve_all(&self, diags: &mut [Diagnostic]) {
        let mut whole: Vec<(String, Option<Node>)> = Vec::new();
        let mut starts: Vec<(String, Vec<usize>)> = Vec::new();
        let mut items: std::collections::HashMap<
            String,
            std::collections::HashMap<usize, Option<Node>>,
        > = std::collections::HashMap::new();
        for d in diags.iter_mut() {
            let At::Path(path) = &d.at else { continue };
            let Some(source) = self.file(&d.file) else {
                d.at = At::Pos { line: 1, col: 1 };
                continue;
            };
            // Where each line starts, worked out once per file.
            let at = match starts.iter().position(|(f, _)| *f == d.file) {
                Some(i) => i,
                None => {
                    starts.push((
                        d.file.clone(),
                        line_starts(source.text.as_deref().unwrap_or("")),
                    ));
                    starts.len() - 1
                }
            };
            let parsed = items.entry(d.file.clone()).or_default();
            let by_item = source.locate_in_item(path, &starts[at].1, parsed);
            let pos = by_item.unwrap_or_else(|| {
                let cached = match whole.iter().position(|(f, _)| *f == d.file) {
                    Some(i) => i,
                    None => {
                        let root = source
                            .text
                            .as_deref()
                            .and_then(|t| node::parse(t).ok())
                            .flatten();
                        whole.push((d.file.clone(), root));
                        whole.len() - 1
                    }
                };
                match &whole[cached].1 {
                    Some(root) => locate(root, path, &source.kept),
                    None => node::Pos { line: 1, col: 1 },
                }
            });
            let pos = node::clamp_in(source.text.as_deref().unwrap_or(""), &starts[at].1, pos);
            d.at = At::Pos {
                line: pos.line,
                col: pos.col,
            };
        }
    }

    /// Writes the files whose content differs between the loaded plan and
    /// `new`, and returns their paths. Nothing is written when any changed
    /// file cannot be written safely.
    pub fn save(&self, new: &Plan, mode: Mode) -> Result<Vec<PathBuf>, StoreError> {
        let changes = self.changes(new, mode)?;
        self.apply(changes)
    }

    /// What [`PlanDir::save`] would write: each changed file with its new
    /// text (`None` to delete it). Checks every file first, writes nothing.
    pub fn changes(&self, new: &Plan, mode: Mode) -> Result<Vec<Change>, StoreError> {
        let mut writes: Vec<(PathBuf, Option<String>)> = Vec::new();
        let old = &self.plan;
        let mut part = |rel: &str, text: Option<String>| {
            if let Some(text) = text {
                writes.push((self.dir.join(rel), Some(text)));
            }
        };
        part(
            "plan.yaml",
            self.part("plan.yaml", &old.meta, &new.meta, mode)?,
        );
        part(
            "charter.yaml",
            self.part("charter.yaml", &old.charter, &new.charter, mode)?,
        );
        part(
            "goals.yaml",
            self.part("goals.yaml", &old.goals, &new.goals, mode)?,
        );
        part(
            "milestones.yaml",
            self.listed(
                &in_place::MILESTONES,
                &old.milestones,
                new,
                &new.milestones,
                mode,
            )?,
        );
        part(
            "committee.yaml",
            self.part("committee.yaml", &old.committee, &new.committee, mode)?,
        );
        part(
            "agents.yaml",
            self.part("agents.yaml", &old.agents, &new.agents, mode)?,
        );
        part(
            "metrics.yaml",
            self.listed(&in_place::METRICS, &old.metrics, new, &new.metrics, mode)?,
        );
        part(
            "skills.yaml",
            self.part("skills.yaml", &old.skills, &new.skills, mode)?,
        );
        part(
            "workshops.yaml",
            self.part("workshops.yaml", &old.workshops, &new.workshops, mode)?,
        );
        part(
            "incidents.yaml",
            self.part("incidents.yaml", &old.incidents, &new.incidents, mode)?,
        );
        part(
            "surveys.yaml",
            self.part("surveys.yaml", &old.surveys, &new.surveys, mode)?,
        );
        part(
            "people.yaml",
            self.part("people.yaml", &old.people, &new.people, mode)?,
        );
        part(
            "recognition.yaml",
            self.part("recognition.yaml", &old.recognition, &new.recognition, mode)?,
        );
        for review in &new.reviews {
            let rel = review.rel_path();
            let old_v = old
                .reviews
                .iter()
                .find(|r| r.file == rel)
                .map_or(Value::Null, json);
            if let Some(text) = self.render(&rel, FileKind::Review, &old_v, &json(review), mode)? {
                writes.push((self.dir.join(&rel), Some(text)));
            }
        }
        for review in &old.reviews {
            if !new.reviews.iter().any(|r| r.file == review.file) {
                self.unchanged_on_disk(&review.file)?;
                writes.push((self.dir.join(&review.file), None));
            }
        }
        Ok(writes
            .into_iter()
            .map(|(path, text)| Change { path, text })
            .collect())
    }

    /// Writes the changes, each file atomically. When one cannot be
    /// written, those already written go back to what they were.
    pub fn apply(&self, changes: Vec<Change>) -> Result<Vec<PathBuf>, StoreError> {
        // Every target first: a link that leads out of the plan or into
        // .git refuses the whole save before anything is written.
        for Change { path, .. } in &changes {
            let escape = match path.strip_prefix(&self.dir) {
                Ok(rel) => super::links::check(&self.dir, rel).err(),
                Err(_) => Some(super::links::Escape::Outside),
            };
            if let Some(escape) = escape {
                return Err(StoreError::UnsafeLink {
                    path: path.clone(),
                    what: link_advice(escape, "it"),
                });
            }
        }
        let mut written = Vec::new();
        for Change { path, text } in changes {
            let result = match &text {
                Some(text) => atomic::write(&path, text.as_bytes()),
                None => atomic::remove(&path),
            };
            if let Err(source) = result {
                self.restore(&written);
                return Err(StoreError::Write { path, source });
            }
            written.push(path);
        }
        Ok(written)
    }

    /// Puts `paths` back as they were loaded (removing those that did not
    /// exist), for a save whose commit failed.
    pub fn restore(&self, paths: &[PathBuf]) {
        for path in paths {
            let rel = path
                .strip_prefix(&self.dir)
                .map(|p| p.to_string_lossy().replace('\\', "/"))
                .unwrap_or_default();
            match self
                .file(&rel)
                .and_then(|f| f.text.as_ref().map(|t| (t, f.bom)))
            {
                Some((text, bom)) => {
                    let bytes = if bom {
                        format!("\u{feff}{text}")
                    } else {
                        text.clone()
                    };
                    let _ = atomic::write(path, bytes.as_bytes());
                }
                None => {
                    let _ = atomic::remove(path);
                }
            }
        }
    }

    /// The new text of the file `rel`, whose part of the plan was `old`
    /// and is now `new`; `None` when it stays as it is. A part that did
    /// not change is not even turned into JSON (saving reads every part).
    fn part<T: Serialize + PartialEq>(
        &self,
        rel: &str,
        old: &T,
        new: &T,
        mode: Mode,
    ) -> Result<Option<String>, StoreError> {
        if mode == Mode::Keep && old == new {
            return Ok(None);
        }
        let kind = FILES
            .iter()
            .find(|(name, _)| *name == rel)
            .map_or(FileKind::Review, |(_, kind)| *kind);
        self.render(rel, kind, &json(old), &json(new), mode)
    }

    /// [`PlanDir::part`] for a file of one big list, where a change to a
    /// few items is written and read back item by item (see [`in_place`]).
    fn listed<P: Serialize + PartialEq, T: Serialize + PartialEq>(
        &self,
        spec: &in_place::Listed<T>,
        old: &P,
        plan: &Plan,
        new: &P,
        mode: Mode,
    ) -> Result<Option<String>, StoreError> {
        if mode == Mode::Keep && old != new {
            if let Some(written) = self.in_place(spec, plan) {
                // As the whole-file path: nothing is written over a file
                // changed on disk, or through a link that leaves the plan.
                self.unchanged_on_disk(spec.rel)?;
                // As the whole-file path's read-back does.
                if let Some(cache) = Cache::for_plan(&self.dir) {
                    written.cache_in(&cache, spec.kind, plan);
                }
                return Ok(Some(written.text));
            }
        }
        self.part(spec.rel, old, new, mode)
    }

    /// The new text of one file, or `None` when it stays as it is.
    fn render(
        &self,
        rel: &str,
        kind: FileKind,
        old: &Value,
        new: &Value,
        mode: Mode,
    ) -> Result<Option<String>, StoreError> {
        let source = self.file(rel);
        if mode == Mode::Keep && old == new {
            return Ok(None);
        }
        let text = source.and_then(|s| s.text.as_deref());
        if self.has_errors(rel) {
            if old == new {
                return Ok(None);
            }
            return Err(StoreError::FileHasErrors {
                file: rel.to_string(),
            });
        }
        if text.is_none() && is_empty_doc(new) && mode == Mode::Canonical {
            return Ok(None);
        }
        self.unchanged_on_disk(rel)?;
        let parsed;
        let root = match source.and_then(|s| s.tree.as_deref()) {
            Some(tree) => Some(tree),
            None => {
                parsed = text.and_then(|t| node::parse(t).ok()).flatten();
                parsed.as_ref()
            }
        };
        let rendered = match (text, root) {
            (Some(t), Some(r)) => emit::render(kind, Some((t, r, old)), new, mode),
            (None, _) => self.modeline(rel) + &emit::canonical(kind, new),
            // A file of comments only (or blank): they stay on top.
            (Some(t), None) => {
                let kept = t.trim_end();
                let mut out = String::with_capacity(kept.len() + 1);
                if !kept.is_empty() {
                    out.push_str(kept);
                    out.push('\n');
                }
                out.replace("\r\n", "\n") + &emit::canonical(kind, new)
            }
        };
        // A file written with CRLF line ends keeps them, new lines included.
        let rendered = if mode == Mode::Keep && text.is_some_and(|t| t.contains("\r\n")) {
            rendered.replace("\r\n", "\n").replace('\n', "\r\n")
        } else {
            rendered
        };
        let bom = source.is_some_and(|s| s.bom) && mode == Mode::Keep;
        let rendered = if bom {
            format!("\u{feff}{rendered}")
        } else {
            rendered
        };
        let current = text.map(|t| {
            if source.is_some_and(|s| s.bom) {
                format!("\u{feff}{t}")
            } else {
                t.to_string()
            }
        });
        if current.as_deref() == Some(rendered.as_str()) {
            return Ok(None);
        }
        verify(&self.dir, rel, rendered.as_bytes(), new)?;
        Ok(Some(rendered))
    }

    /// The line that points an editor at the schema of `rel`, for a file
    /// charter creates (a review draft, a first skills.yaml), as `charter
    /// new` writes it on every file; empty when the plan does not carry
    /// that schema, so that no editor is sent to a missing file.
    fn modeline(&self, rel: &str) -> String {
        let carried = schema::schema_file_for(rel)
            .is_some_and(|file| self.dir.join(schema::DIR).join(file).is_file());
        match schema::modeline(rel) {
            Some(line) if carried => line,
            _ => String::new(),
        }
    }

    /// Fails when the file on disk is no longer what was loaded.
    fn unchanged_on_disk(&self, rel: &str) -> Result<(), StoreError> {
        let path = self.dir.join(rel);
        // Not even read through a link that leaves the plan or enters .git.
        if let Err(escape) = super::links::check(&self.dir, Path::new(rel)) {
            return Err(StoreError::UnsafeLink {
                path,
                what: link_advice(escape, "it"),
            });
        }
        let loaded = self.file(rel).and_then(|f| f.text.as_deref());
        let on_disk = match fs::read(&path) {
            Ok(bytes) => Some(bytes),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(source) => return Err(StoreError::Read { path, source }),
        };
        let bom = self.file(rel).is_some_and(|f| f.bom);
        let same = match (loaded, on_disk.as_deref()) {
            (None, None) => true,
            (Some(text), Some(bytes)) => {
                let bytes = if bom {
                    bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes)
                } else {
                    bytes
                };
                bytes == text.as_bytes()
            }
            _ => false,
        };
        if same {
            Ok(())
        } else {
            Err(StoreError::ChangedOnDisk {
                file: rel.to_string(),
            })
        }
    }
}

fn json<T: Serialize>(value: &T) -> Value {
    serde_json::to_value(value).unwrap_or(Value::Null)
}

/// Reads `text`, the new content of `rel`, back with the loader and checks
/// that it loads without a problem and holds exactly `expected` (the JSON of
/// the model part it was rendered from). Every write goes through here, so
/// a text the writer got wrong is refused before it reaches the disk.
pub fn verify(dir: &Path, rel: &str, bytes: &[u8], expected: &Value) -> Result<(), StoreError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(StoreError::TooBigToWrite {
            file: rel.to_string(),
            mb: (bytes.len() as u64).div_ceil(1024 * 1024),
            limit: MAX_FILE_BYTES / (1024 * 1024),
        });
    }
    let files = [(rel, bytes)];
    let loaded = load_from(dir, Files::Memory(&files))?;
    let refused = |what: String| StoreError::NotReadBack {
        file: rel.to_string(),
        what,
    };
    if let Some(d) = loaded.load_errors.iter().find(|d| d.file == rel) {
        let (line, col) = d.line_col();
        return Err(refused(format!(
            "reading it back gives the error \"{}\" at line {line}, column {col}",
            d.message
        )));
    }
    if !loaded.file(rel).is_some_and(|f| f.clean) {
        return Err(refused("it does not load cleanly".to_string()));
    }
    let got = crate::domain::diff::file_value(&loaded.plan, rel);
    if got == *expected {
        return Ok(());
    }
    let what = match crate::domain::diff::diff_file(rel, expected, &got).first() {
        Some(change) => {
            let field = change
                .fields
                .first()
                .map(|f| format!(", field {},", f.field))
                .unwrap_or_default();
            let item = if change.id.is_empty() {
                change.kind.to_string()
            } else {
                format!("{} {}", change.kind, change.id)
            };
            format!("{item}{field} reads back differently")
        }
        None => "the file reads back differently".to_string(),
    };
    Err(refused(what))
}

/// A document with nothing in it but empty lists.
fn is_empty_doc(v: &Value) -> bool {
    match v {
        Value::Object(m) => m
            .values()
            .all(|x| matches!(x, Value::Array(a) if a.is_empty())),
        Value::Null => true,
        _ => false,
    }
}

/// The position a path points at: the deepest node it reaches.
fn locate(root: &Node, path: &[Seg], kept: &[(&'static str, Vec<usize>)]) -> node::Pos {
    let mut node = root;
    let mut at = root.start;
    let mut top_key: Option<&str> = None;
    for (depth, seg) in path.iter().enumerate() {
        match seg {
            Seg::Key(k) => match node.entry(k) {
                Some((key, value)) => {
                    at = if value.is_null() {
                        key.start
                    } else {
                        value.start
                    };
                    node = value;
                    if depth == 0 {
                        top_key = Some(k);
                    }
                }
                None => break,
            },
            Seg::Index(i) => {
                let mut index = *i;
                if depth == 1 {
                    if let Some((_, map)) = kept.iter().find(|(k, _)| Some(*k) == top_key) {
                        index = map.get(index).copied().unwrap_or(index);
                    }
                }
                match node.items().get(index) {
                    Some(item) => {
                        at = item.start;
                        node = item;
                    }
                    None => break,
                }
            }
        }
    }
    at
}

/// The byte offset where each line of `text` starts.
pub fn line_starts(text: &str) -> Vec<usize> {
    std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect()
}

/// A review's file name for its date.
pub fn review_file(date: Date) -> String {
    crate::domain::model::Review::file_for(date)
}

/// The model of one file of a plan as JSON, read from `bytes` (a blob of
/// the plan's history): what [`crate::domain::diff`] compares. Items that
/// fail to load are left out, as they are when the whole plan is loaded.
pub fn parse_file(rel: &str, bytes: &[u8]) -> Value {
    parse_file_in(Path::new("."), rel, bytes)
}

/// [`parse_file`] for a file of the plan in `dir` (whose cache it uses).
pub fn parse_file_in(dir: &Path, rel: &str, bytes: &[u8]) -> Value {
    let files = [(rel, bytes)];
    let Ok(loaded) = load_from(dir, Files::Memory(&files)) else {
        return Value::Null;
    };
    crate::domain::diff::file_value(&loaded.plan, rel)
}

#[cfg(test)]
mod decode_tests {
    use super::decode;
    use crate::domain::diag::At;

    /// Where `decode` finds the file not text, if it does.
    fn not_text(text: &str) -> Option<(u32, u32)> {
        match decode(text.as_bytes().to_vec(), "plan.yaml") {
            Ok(_) => None,
            Err(d) => {
                assert_eq!(d.code, "not-text");
                match d.at {
                    At::Pos { line, col } => Some((line, col)),
                    other => panic!("{other:?}"),
                }
            }
        }
    }

    #[test]
    fn a_lone_carriage_return_or_a_nul_is_found_wherever_it_stands() {
        let long = "title: Plan\n".repeat(20);
        assert_eq!(not_text(&long), None);
        assert_eq!(not_text(&long.replace('\n', "\r\n")), None);
        // In the first block of bytes, in a later one, and on a block's last byte.
        assert_eq!(not_text("a: 1\rb: 2\n"), Some((1, 5)));
        assert_eq!(not_text(&format!("{long}x: 1\r")), Some((21, 5)));
        assert_eq!(not_text(&format!("{long}x: \0\n")), Some((21, 4)));
        let edge = format!("{}\r", "a".repeat(63));
        assert_eq!(not_text(&edge), Some((1, 64)));
        // A BOM is taken off, and a clean file is given back as it was.
        let (text, bom) = decode(format!("\u{feff}{long}").into_bytes(), "p").unwrap();
        assert!(bom);
        assert_eq!(text, long);
    }
}
