//! A mutation fuzzer for loading, checking and canonical saving.
//!
//! Each case takes one seed plan (the valid fixture, the two big templates,
//! the broken fixtures), picks one of its files and applies 1–5 mutations to
//! its bytes: flip a byte, insert or delete a run, cut the file, splice in a
//! chunk of another seed file, duplicate, re-indent or swap lines, insert a
//! multibyte character or split one. The plan is loaded from memory and must
//! hold these properties:
//!
//! - loading, checking (`diagnostics`, both renderings) and `plan_status`
//!   never panic;
//! - every diagnostic names a plan file (one of `plan_dir::FILES`, or a
//!   `reviews/` file of the input), has a non-empty message and a position
//!   inside its file (see [`position_problem`] for the exact rule);
//! - when the plan loaded without errors, saving it canonically (`charter
//!   fmt`) succeeds, the rewritten files load back without errors into the
//!   same plan, and saving that again changes nothing; saving it unchanged in
//!   `Keep` mode changes nothing.
//!
//! `fuzz_quick` (2,000 cases) runs with the other tests; `fuzz_long`
//! (100,000 cases, ignored) runs from `scripts/fuzz` in release. Both are
//! deterministic: fixed RNG seeds and a fixed split into shards. A failure
//! is shrunk by proptest, then minimized further (files dropped, lines and
//! characters removed) and printed as a Rust literal ready for a regression
//! test at the bottom of this file. A case that runs for more than
//! [`HANG_SECS`] seconds is printed and the process aborted.
//!
//! The runs read `CHARTER_FUZZ_CASES` (how many cases, `fuzz_long` only),
//! `CHARTER_FUZZ_SEED` (a `u32` for other cases than the fixed ones) and
//! `CHARTER_FUZZ_SKIP` (failures to pass over while they are being fixed,
//! see [`skipped`]); `scripts/fuzz` documents them.
#![allow(clippy::unwrap_used)]

use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, Once, OnceLock};
use std::thread::{self, ThreadId};
use std::time::{Duration, Instant};

use charter::cli::diagnostics_text::{render_json, render_text};
use charter::domain::diag::{At, Severity};
use charter::domain::model::Plan;
use charter::domain::summary::plan_status;
use charter::domain::types::Date;
use charter::ops::diagnostics::{count, diagnostics};
use charter::store::plan_dir::{self, Files, PlanDir};
use charter::store::yaml::emit::Mode;
use proptest::prelude::*;
use proptest::test_runner::{
    Config as ProptestConfig, RngAlgorithm, TestCaseError, TestError, TestRng, TestRunner,
};

/// A case running longer than this is a hang: it is printed and the test aborts.
const HANG_SECS: u64 = 60;

/// The RNG seed of shard 0; shard `i` replaces the last byte with `i`, and
/// `CHARTER_FUZZ_SEED=N` (a `u32`) bytes 24..28 to explore other cases.
const RNG_SEED: [u8; 32] = *b"charter mutation fuzzer seed 000";

fn today() -> Date {
    Date::from_ymd(2026, 3, 15).unwrap()
}

// ---------------------------------------------------------------- seeds

/// One plan's files: name relative to the plan folder, and bytes.
type PlanFiles = Vec<(String, Vec<u8>)>;

struct Seed {
    name: String,
    files: PlanFiles,
}

struct Seeds {
    plans: Vec<Seed>,
    /// `plans[..valid]` are the valid plans, the rest the broken fixtures.
    valid: usize,
}

fn seeds() -> &'static Seeds {
    static SEEDS: OnceLock<Seeds> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let valid_dirs = [
            "tests/fixtures/valid/minimal",
            "templates/contact-center",
            "templates/he-contact-center",
        ];
        let mut plans: Vec<Seed> = valid_dirs
            .iter()
            .map(|d| read_seed(&root.join(d), d))
            .collect();
        let valid = plans.len();
        let broken = root.join("tests/fixtures/broken");
        let mut dirs: Vec<PathBuf> = std::fs::read_dir(&broken)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.is_dir())
            .collect();
        dirs.sort();
        for dir in dirs {
            let name = format!(
                "tests/fixtures/broken/{}",
                dir.file_name().unwrap().to_string_lossy()
            );
            plans.push(read_seed(&dir, &name));
        }
        assert!(plans.iter().all(|p| !p.files.is_empty()));
        Seeds { plans, valid }
    })
}

/// The `*.yaml` files of a plan folder and of its `reviews/`, sorted.
fn read_seed(dir: &Path, name: &str) -> Seed {
    let mut files = Vec::new();
    for (sub, prefix) in [(dir.to_path_buf(), ""), (dir.join("reviews"), "reviews/")] {
        let Ok(entries) = std::fs::read_dir(&sub) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            let file = path.file_name().unwrap().to_string_lossy().into_owned();
            if path.is_file() && file.ends_with(".yaml") {
                files.push((format!("{prefix}{file}"), std::fs::read(&path).unwrap()));
            }
        }
    }
    files.sort();
    Seed {
        name: name.to_string(),
        files,
    }
}

// ------------------------------------------------------------ mutations

/// Bytes that mean something to YAML, or to a decoder.
const INTERESTING: &[u8] = b"\x00\xff\t\r\n:-[]{}\"'#&*!|>%@`,? \\~.0\xd7\x80\xc0";

/// Snippets worth inserting: YAML syntax, edge-case scalars, plan keys.
const TOKENS: &[&str] = &[
    ": ",
    "- ",
    "\n",
    "\n  ",
    "\n    - ",
    "# ",
    "[",
    "]",
    "{",
    "}",
    ", ",
    "'",
    "\"",
    "|\n",
    ">-\n",
    "|+\n",
    "&a ",
    "*a",
    "!!str ",
    "!!int ",
    "!x ",
    "? ",
    "---\n",
    "...\n",
    "%YAML 1.2\n",
    "%TAG ! tag:x,2000:\n",
    "<<: ",
    "~",
    "null",
    "true",
    "false",
    "[]",
    "{}",
    "-1",
    "0",
    "-0",
    "1e999",
    "-.inf",
    ".nan",
    "0x1F",
    "0o17",
    "1_000",
    "1.5",
    "120%",
    "2026-02-30",
    "2026-13-01",
    "9999-12-31",
    "0000-01-01",
    "2026-1-5",
    "18446744073709551616",
    "4294967296",
    "1w",
    "0d",
    "99999y",
    "4x",
    "id: x\n",
    "  - id: dup\n",
    "\t",
    "\u{feff}",
    "\r\n",
    "\r",
    "\\",
    "\"\\x",
    "\"\\u12",
    "\"\\U0010FFFF\"",
    "owner: nobody",
    "depends_on: [",
    "status: done",
    "done_on: ",
    "units: [{id: u, name: U, level: team}]",
    "readings: [{on: 2026-01-01, value: 1}]",
    "schema: 2",
    "unit: ghost",
    "scores: {x: 9}",
    "verdict: keep",
    "- {}",
    "- []",
    "- ~",
];

/// Characters that are more than one byte in UTF-8, or otherwise odd.
const CHARS: &[char] = &[
    'ש',
    '\u{05c1}',
    '😀',
    '\u{0301}',
    '\u{200f}',
    '\u{202e}',
    '\u{feff}',
    '\u{2028}',
    '\u{85}',
    '\u{a0}',
    'ą',
    '—',
    '字',
    '\u{10ffff}',
    '\u{200d}',
    '\u{fffd}',
    '\u{3000}',
];

#[derive(Clone, Debug)]
enum Indent {
    AddSpaces(u8),
    RemoveSpaces(u8),
    AddTab,
    SpaceToTab,
}

/// One mutation; positions are taken modulo the length of what they index.
#[derive(Clone, Debug)]
enum Mutation {
    Flip {
        at: u32,
        byte: u8,
    },
    Insert {
        at: u32,
        bytes: Vec<u8>,
    },
    Delete {
        at: u32,
        len: u8,
    },
    Cut {
        at: u32,
    },
    Splice {
        plan: u16,
        file: u16,
        from: u32,
        len: u16,
        at: u32,
    },
    DupLine {
        line: u32,
    },
    Indent {
        line: u32,
        indent: Indent,
    },
    SwapLines {
        a: u32,
        b: u32,
    },
    InsertChar {
        at: u32,
        ch: char,
    },
    /// Damages the `nth` multibyte character: `how` 0 keeps only its lead
    /// byte, 1 puts a byte inside it, 2 drops its lead byte.
    SplitChar {
        nth: u32,
        how: u8,
        byte: u8,
    },
}

#[derive(Clone, Debug)]
struct Case {
    plan: usize,
    file: u16,
    mutations: Vec<Mutation>,
}

fn byte() -> impl Strategy<Value = u8> {
    prop_oneof![
        3 => proptest::sample::select(INTERESTING),
        1 => any::<u8>(),
    ]
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let bytes = prop_oneof![
        2 => proptest::sample::select(TOKENS).prop_map(|t| t.as_bytes().to_vec()),
        1 => proptest::collection::vec(byte(), 1..8),
        1 => proptest::collection::vec(any::<u8>(), 1..32),
    ];
    let indent = prop_oneof![
        (1u8..5).prop_map(Indent::AddSpaces),
        (1u8..5).prop_map(Indent::RemoveSpaces),
        Just(Indent::AddTab),
        Just(Indent::SpaceToTab),
    ];
    prop_oneof![
        4 => (any::<u32>(), byte()).prop_map(|(at, byte)| Mutation::Flip { at, byte }),
        3 => (any::<u32>(), bytes).prop_map(|(at, bytes)| Mutation::Insert { at, bytes }),
        2 => (any::<u32>(), 1u8..64).prop_map(|(at, len)| Mutation::Delete { at, len }),
        1 => any::<u32>().prop_map(|at| Mutation::Cut { at }),
        2 => (any::<u16>(), any::<u16>(), any::<u32>(), 1u16..400, any::<u32>()).prop_map(
            |(plan, file, from, len, at)| Mutation::Splice { plan, file, from, len, at }
        ),
        2 => any::<u32>().prop_map(|line| Mutation::DupLine { line }),
        2 => (any::<u32>(), indent).prop_map(|(line, indent)| Mutation::Indent { line, indent }),
        2 => (any::<u32>(), any::<u32>()).prop_map(|(a, b)| Mutation::SwapLines { a, b }),
        2 => (any::<u32>(), proptest::sample::select(CHARS))
            .prop_map(|(at, ch)| Mutation::InsertChar { at, ch }),
        2 => (any::<u32>(), 0u8..3, byte())
            .prop_map(|(nth, how, byte)| Mutation::SplitChar { nth, how, byte }),
    ]
}

/// A seed plan (a valid one three times in five), a file of it, mutations.
fn case() -> impl Strategy<Value = Case> {
    let seeds = seeds();
    let plan = prop_oneof![
        3 => 0..seeds.valid,
        2 => seeds.valid..seeds.plans.len(),
    ];
    (
        plan,
        any::<u16>(),
        // One mutation half the time: more plans still load, so the
        // writer is checked more often.
        prop_oneof![
            proptest::collection::vec(mutation(), 1..=1),
            proptest::collection::vec(mutation(), 2..=5),
        ],
    )
        .prop_map(|(plan, file, mutations)| Case {
            plan,
            file,
            mutations,
        })
}

fn pick(at: u32, len: usize) -> usize {
    if len == 0 {
        0
    } else {
        at as usize % len
    }
}

/// The file split after each `\n`, terminators kept.
fn lines_of(bytes: &[u8]) -> Vec<Vec<u8>> {
    bytes
        .split_inclusive(|&b| b == b'\n')
        .map(<[u8]>::to_vec)
        .collect()
}

fn mutate(bytes: &mut Vec<u8>, m: &Mutation) {
    let len = bytes.len();
    match m {
        Mutation::Flip { at, byte } => {
            if len > 0 {
                bytes[pick(*at, len)] = *byte;
            }
        }
        Mutation::Insert { at, bytes: run } => {
            let at = pick(*at, len + 1);
            bytes.splice(at..at, run.iter().copied());
        }
        Mutation::Delete { at, len: n } => {
            let at = pick(*at, len + 1);
            let end = (at + *n as usize).min(len);
            bytes.drain(at..end);
        }
        Mutation::Cut { at } => bytes.truncate(pick(*at, len + 1)),
        Mutation::Splice {
            plan,
            file,
            from,
            len: n,
            at,
        } => {
            let plans = &seeds().plans;
            let seed = &plans[*plan as usize % plans.len()];
            let source = &seed.files[*file as usize % seed.files.len()].1;
            let from = pick(*from, source.len());
            let chunk = &source[from..(from + *n as usize).min(source.len())];
            let at = pick(*at, len + 1);
            bytes.splice(at..at, chunk.iter().copied());
        }
        Mutation::DupLine { line } => {
            let mut lines = lines_of(bytes);
            if !lines.is_empty() {
                let i = pick(*line, lines.len());
                let mut copy = lines[i].clone();
                if !copy.ends_with(b"\n") {
                    lines[i].push(b'\n');
                    copy.push(b'\n');
                }
                lines.insert(i, copy);
                *bytes = lines.concat();
            }
        }
        Mutation::Indent { line, indent } => {
            let mut lines = lines_of(bytes);
            if !lines.is_empty() {
                let i = pick(*line, lines.len());
                let l = &mut lines[i];
                match indent {
                    Indent::AddSpaces(n) => {
                        l.splice(0..0, std::iter::repeat_n(b' ', *n as usize));
                    }
                    Indent::RemoveSpaces(n) => {
                        let spaces = l.iter().take_while(|&&b| b == b' ').count();
                        l.drain(..spaces.min(*n as usize));
                    }
                    Indent::AddTab => l.insert(0, b'\t'),
                    Indent::SpaceToTab => {
                        if l.first() == Some(&b' ') {
                            l[0] = b'\t';
                        }
                    }
                }
                *bytes = lines.concat();
            }
        }
        Mutation::SwapLines { a, b } => {
            let mut lines = lines_of(bytes);
            if !lines.is_empty() {
                if !lines.last().unwrap().ends_with(b"\n") {
                    lines.last_mut().unwrap().push(b'\n');
                }
                let (a, b) = (pick(*a, lines.len()), pick(*b, lines.len()));
                lines.swap(a, b);
                *bytes = lines.concat();
            }
        }
        Mutation::InsertChar { at, ch } => {
            let at = pick(*at, len + 1);
            let mut buf = [0u8; 4];
            bytes.splice(at..at, ch.encode_utf8(&mut buf).bytes());
        }
        Mutation::SplitChar { nth, how, byte } => {
            // Lead bytes of multibyte sequences (in valid or broken text alike).
            let leads: Vec<usize> = (0..len).filter(|&i| bytes[i] >= 0xC0).collect();
            if leads.is_empty() {
                bytes.insert(pick(*nth, len + 1), 0xD7);
                return;
            }
            let at = leads[pick(*nth, leads.len())];
            let end = (at + 1..len)
                .find(|&i| bytes[i] & 0xC0 != 0x80)
                .unwrap_or(len);
            match how {
                0 => {
                    bytes.drain(at + 1..end);
                }
                1 => bytes.insert((at + 1).min(end), *byte),
                _ => {
                    bytes.remove(at);
                }
            }
        }
    }
}

/// The plan a case loads: its seed with one file mutated.
fn apply(case: &Case) -> (PlanFiles, String) {
    let seed = &seeds().plans[case.plan];
    let mut files = seed.files.clone();
    let index = case.file as usize % files.len();
    for m in &case.mutations {
        mutate(&mut files[index].1, m);
    }
    let target = files[index].0.clone();
    (files, target)
}

// ---------------------------------------------------------- properties

/// A broken property: `key` says which (it stays the same while a failing
/// input is minimized), `detail` says everything else.
#[derive(Clone, Debug)]
struct Failure {
    key: String,
    detail: String,
}

fn fail<T>(key: impl Into<String>, detail: impl Into<String>) -> Result<T, Failure> {
    Err(Failure {
        key: key.into(),
        detail: detail.into(),
    })
}

thread_local! {
    /// Set while a check runs: panics are recorded here instead of printed.
    static CAPTURING: Cell<bool> = const { Cell::new(false) };
    static LAST_PANIC: RefCell<Option<(String, String)>> = const { RefCell::new(None) };
    /// A folder for the files of the case, since saving compares with the disk.
    static SCRATCH: RefCell<Option<Scratch>> = const { RefCell::new(None) };
}

/// Records the location, message and charter frames of a panic in a check;
/// other panics go to the hook that was there before.
fn install_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !CAPTURING.with(Cell::get) {
                previous(info);
                return;
            }
            let location = info
                .location()
                .map_or_else(|| "unknown".to_string(), |l| l.to_string());
            let message = info
                .payload()
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| info.payload().downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "<non-text panic>".into());
            let trace = std::backtrace::Backtrace::force_capture().to_string();
            let frames: Vec<&str> = trace
                .lines()
                .filter(|l| l.contains("charter::") && !l.contains("fuzz::"))
                .map(str::trim)
                .take(8)
                .collect();
            let detail = format!(
                "{message}\n  charter frames:\n    {}",
                frames.join("\n    ")
            );
            LAST_PANIC.with(|p| *p.borrow_mut() = Some((location, detail)));
        }));
    });
}

/// Runs every property on one plan given as files.
/// What a passing case reached, for the statistics of a run.
#[derive(Clone, Copy, Debug, Default)]
struct Reached {
    diagnostics: usize,
    /// Loaded without errors, so the writer was checked.
    clean: bool,
    /// `fmt` rewrote a file.
    rewritten: bool,
}

fn check(files: &[(String, Vec<u8>)]) -> Result<Reached, Failure> {
    install_panic_hook();
    CAPTURING.with(|c| c.set(true));
    let result = panic::catch_unwind(AssertUnwindSafe(|| check_inner(files)));
    CAPTURING.with(|c| c.set(false));
    let result = match result {
        Ok(r) => r,
        Err(_) => {
            let (location, detail) = LAST_PANIC
                .with(|p| p.borrow_mut().take())
                .unwrap_or_else(|| ("unknown".into(), String::new()));
            fail(format!("panic at {location}"), detail)
        }
    };
    // Most trouble with `\r` comes from one cause: say so in the key.
    let lone_cr =
        |b: &[u8]| b.windows(2).any(|w| w[0] == b'\r' && w[1] != b'\n') || b.ends_with(b"\r");
    result.map_err(|mut f| {
        if files.iter().any(|(_, b)| lone_cr(b)) {
            f.key.push_str(" [the input has a lone \\r]");
        }
        f
    })
}

fn memory(files: &[(String, Vec<u8>)]) -> Vec<(&str, &[u8])> {
    files
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect()
}

fn check_inner(files: &[(String, Vec<u8>)]) -> Result<Reached, Failure> {
    SCRATCH.with(|s| {
        let mut scratch = s.borrow_mut();
        let scratch = scratch.get_or_insert_with(Scratch::new);
        let dir = scratch.dir.path().to_path_buf();
        let pd = match plan_dir::load_from(&dir, Files::Memory(&memory(files))) {
            Ok(pd) => pd,
            Err(e) => return fail("load_from failed", e.to_string()),
        };
        let mut reached = Reached {
            diagnostics: check_diagnostics(files, &pd)?,
            ..Reached::default()
        };
        if pd.load_errors.is_empty() {
            reached.clean = true;
            reached.rewritten = check_writer(files, &pd, scratch)?;
        }
        Ok(reached)
    })
}

/// Checks the diagnostics and returns how many there are.
fn check_diagnostics(files: &[(String, Vec<u8>)], pd: &PlanDir) -> Result<usize, Failure> {
    let today = today();
    let diags = diagnostics(pd, today);
    for d in &diags {
        let known = plan_dir::FILES.iter().any(|(f, _)| *f == d.file)
            || (d.file.starts_with("reviews/") && files.iter().any(|(n, _)| *n == d.file));
        if !known {
            return fail(
                format!("diagnostic names a file not in the plan ({})", d.code),
                format!("{d}"),
            );
        }
        if d.message.trim().is_empty() {
            return fail(format!("empty message ({})", d.code), format!("{d:?}"));
        }
        let At::Pos { line, col } = d.at else {
            return fail(format!("unresolved path ({})", d.code), format!("{d:?}"));
        };
        let text = file_text(files, pd, &d.file);
        if let Some((class, problem)) = position_problem(&text, line, col) {
            return fail(
                format!("position outside the file: {class} ({})", d.code),
                format!("{d}\n  {problem}"),
            );
        }
    }
    // What `charter check` and `charter status` print.
    let _ = render_text(pd, &diags);
    let _ = render_json(&diags);
    let status = plan_status(
        &pd.plan,
        today,
        count(&diags, Severity::Error),
        count(&diags, Severity::Warning),
    );
    let _ = serde_json::to_string(&status);
    Ok(diags.len())
}

/// The text positions in `rel` count in: as loaded (no byte-order mark);
/// for a file that is not UTF-8, its valid part decoded lossily; empty for
/// an absent file.
fn file_text(files: &[(String, Vec<u8>)], pd: &PlanDir, rel: &str) -> String {
    if let Some(text) = pd.file(rel).and_then(|f| f.text.clone()) {
        return text;
    }
    let bytes = files
        .iter()
        .find(|(n, _)| n == rel)
        .map_or(&[][..], |(_, b)| b.as_slice());
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    String::from_utf8_lossy(bytes).into_owned()
}

/// Why `line:col` is not a position inside `text`, if it is not: a short
/// class of the problem (kept while minimizing) and the details.
///
/// The lines of a file are the pieces between `\n`s (a `\r` before the
/// `\n` is not part of its line), as `charter check` shows them, so a file
/// ending in `\n` has one more, empty, line after its last one: the end of
/// the file, where an error such as a missing closing bracket is found. An
/// empty file has one empty line. A position is inside the file when
/// `1 <= line <= lines` and `1 <= col <= characters of that line + 1` (the
/// `+ 1` is the end of the line).
fn position_problem(text: &str, line: u32, col: u32) -> Option<(&'static str, String)> {
    let problem = |lines: &[&str]| -> Option<String> {
        if line == 0 || line as usize > lines.len() {
            return Some(format!(
                "line {line} is not in 1..={} (the file has {} line break(s))",
                lines.len(),
                lines.len() - 1
            ));
        }
        let shown = lines[line as usize - 1];
        let chars = shown.chars().count();
        if col == 0 || col as usize > chars + 1 {
            return Some(format!(
                "column {col} is not in 1..={} (line {line} has {chars} character(s): {shown:?})",
                chars + 1,
            ));
        }
        None
    };
    let lines: Vec<&str> = text
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .collect();
    let message = problem(&lines)?;
    // The lines as the YAML parser counts them: `\r\n`, `\r` and `\n` all end one.
    let yaml_lines: Vec<&str> = text
        .split("\r\n")
        .flat_map(|l| l.split(['\r', '\n']))
        .collect();
    let ends_in_break = text.ends_with('\n') || text.ends_with('\r');
    let class = if line == 0 || col == 0 {
        "zero line or column"
    } else if problem(&yaml_lines).is_none() {
        "a lone \\r counted as a line break"
    } else if line as usize == yaml_lines.len() + 1 && !text.is_empty() && !ends_in_break {
        "the line after the last, in a file without a final newline"
    } else if line as usize > lines.len() {
        "past the last line"
    } else {
        "past the end of the line"
    };
    Some((class, message))
}

/// The files of a case on disk, written only where they changed since the
/// last case (saving checks that the disk still holds what was loaded).
struct Scratch {
    dir: tempfile::TempDir,
    on_disk: BTreeMap<String, Vec<u8>>,
}

impl Scratch {
    fn new() -> Scratch {
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
fn check_writer(
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

// ------------------------------------------------------------ minimizing

/// Whether `files` still fail the same way.
fn same_failure(files: &[(String, Vec<u8>)], key: &str) -> bool {
    matches!(check(files), Err(f) if f.key == key)
}

/// Drops files, then runs of lines, then runs of characters, while the failure
/// stays the same; `budget` bounds the number of checks.
fn minimize(mut files: PlanFiles, key: &str, mut budget: usize) -> PlanFiles {
    // Whole files first.
    let mut i = 0;
    while i < files.len() && budget > 0 {
        let mut fewer = files.clone();
        fewer.remove(i);
        budget -= 1;
        if same_failure(&fewer, key) {
            files = fewer;
        } else {
            i += 1;
        }
    }
    for unit_is_line in [true, false] {
        for f in 0..files.len() {
            // Characters rather than bytes where the file is text, so
            // that cutting never breaks a character.
            let mut units: Vec<Vec<u8>> = match std::str::from_utf8(&files[f].1) {
                _ if unit_is_line => lines_of(&files[f].1),
                Ok(text) => text.chars().map(|c| c.to_string().into_bytes()).collect(),
                Err(_) => files[f].1.iter().map(|&b| vec![b]).collect(),
            };
            let mut chunk = units.len().div_ceil(2).max(1);
            loop {
                let mut start = 0;
                while start < units.len() && budget > 0 {
                    let end = (start + chunk).min(units.len());
                    let mut candidate = files.clone();
                    candidate[f].1 = units[..start].concat();
                    candidate[f].1.extend(units[end..].concat());
                    budget -= 1;
                    if same_failure(&candidate, key) {
                        units.drain(start..end);
                        files = candidate;
                    } else {
                        start = end;
                    }
                }
                if chunk == 1 || budget == 0 {
                    break;
                }
                chunk = chunk.div_ceil(2);
            }
        }
    }
    files
}

/// The files as Rust source for a regression test.
fn rust_literal(files: &[(String, Vec<u8>)]) -> String {
    let mut out = String::from("&[\n");
    for (name, bytes) in files {
        let literal = match std::str::from_utf8(bytes) {
            Ok(text) => format!("{text:?}.as_bytes()"),
            Err(_) => {
                let mut s = String::from("b\"");
                for &b in bytes {
                    match b {
                        b'"' => s.push_str("\\\""),
                        b'\\' => s.push_str("\\\\"),
                        b'\n' => s.push_str("\\n"),
                        b'\t' => s.push_str("\\t"),
                        b'\r' => s.push_str("\\r"),
                        0x20..=0x7e => s.push(b as char),
                        _ => {
                            let _ = write!(s, "\\x{b:02X}");
                        }
                    }
                }
                s.push('"');
                s
            }
        };
        let _ = writeln!(out, "    ({name:?}, {literal}),");
    }
    out.push(']');
    out
}

// -------------------------------------------------------------- running

/// The case each fuzzing thread runs now, for the hang watchdog.
type Running = HashMap<ThreadId, (Instant, Case)>;

fn running() -> &'static Mutex<Running> {
    static RUNNING: OnceLock<Mutex<Running>> = OnceLock::new();
    RUNNING.get_or_init(|| {
        thread::spawn(|| loop {
            thread::sleep(Duration::from_secs(1));
            let guard = running().lock().unwrap_or_else(|e| e.into_inner());
            for (start, case) in guard.values() {
                if start.elapsed() > Duration::from_secs(HANG_SECS) {
                    let (files, target) = apply(case);
                    eprintln!(
                        "\nHANG: a case has run for more than {HANG_SECS} s.\nseed {}, mutated {target}, {case:?}\nfiles: {}",
                        seeds().plans[case.plan].name,
                        rust_literal(&files)
                    );
                    std::process::abort();
                }
            }
        });
        Mutex::new(HashMap::new())
    })
}

struct ShardResult {
    cases: usize,
    /// Passing cases that loaded without errors, that `fmt` rewrote, and
    /// their diagnostics.
    clean: usize,
    rewritten: usize,
    diagnostics: usize,
    slowest: (Duration, String),
    failure: Option<String>,
}

fn run_shard(shard: usize, cases: u32) -> ShardResult {
    let mut seed = RNG_SEED;
    if let Some(n) = std::env::var("CHARTER_FUZZ_SEED")
        .ok()
        .and_then(|n| n.parse::<u32>().ok())
    {
        seed[24..28].copy_from_slice(&n.to_le_bytes());
    }
    seed[31] = shard as u8;
    let config = ProptestConfig {
        cases,
        failure_persistence: None,
        max_shrink_iters: 2_000,
        ..ProptestConfig::default()
    };
    let mut runner =
        TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &seed));
    let done = AtomicUsize::new(0);
    let clean = AtomicUsize::new(0);
    let rewritten = AtomicUsize::new(0);
    let diagnostics = AtomicUsize::new(0);
    let slowest = Mutex::new((Duration::ZERO, String::new()));
    let me = thread::current().id();
    let skip = skipped();
    let result = runner.run(&case(), |case| {
        let start = Instant::now();
        running().lock().unwrap().insert(me, (start, case.clone()));
        let (files, target) = apply(&case);
        let outcome = match check(&files) {
            Ok(reached) => {
                clean.fetch_add(usize::from(reached.clean), Ordering::Relaxed);
                rewritten.fetch_add(usize::from(reached.rewritten), Ordering::Relaxed);
                diagnostics.fetch_add(reached.diagnostics, Ordering::Relaxed);
                Ok(())
            }
            Err(f)
                if skip.iter().any(|k| {
                    f.key.contains(k.as_str())
                        || f.detail
                            .lines()
                            .next()
                            .is_some_and(|l| l.contains(k.as_str()))
                }) =>
            {
                Ok(())
            }
            Err(f) => Err(f),
        };
        running().lock().unwrap().remove(&me);
        done.fetch_add(1, Ordering::Relaxed);
        let took = start.elapsed();
        let mut s = slowest.lock().unwrap();
        if took > s.0 {
            *s = (
                took,
                format!(
                    "{} ({target}, {} bytes)",
                    seeds().plans[case.plan].name,
                    files
                        .iter()
                        .find(|(n, _)| *n == target)
                        .map_or(0, |(_, b)| b.len())
                ),
            );
        }
        outcome.map_err(|f| TestCaseError::fail(format!("{}\n{}", f.key, f.detail)))
    });
    let failure = match result {
        Ok(()) => None,
        Err(TestError::Abort(why)) => Some(format!("shard {shard}: aborted: {why}")),
        Err(TestError::Fail(_, case)) => Some(report(shard, &case)),
    };
    ShardResult {
        cases: done.into_inner(),
        clean: clean.into_inner(),
        rewritten: rewritten.into_inner(),
        diagnostics: diagnostics.into_inner(),
        slowest: slowest.into_inner().unwrap(),
        failure,
    }
}

/// Failures to pass over, while they are being fixed: parts of their key
/// or of the first line of their detail (the diagnostic), in
/// `CHARTER_FUZZ_SKIP`, separated by `;`.
fn skipped() -> Vec<String> {
    std::env::var("CHARTER_FUZZ_SKIP")
        .unwrap_or_default()
        .split(';')
        .filter(|k| !k.is_empty())
        .map(str::to_string)
        .collect()
}

/// The shrunk case, minimized, as a report.
fn report(shard: usize, case: &Case) -> String {
    let (files, target) = apply(case);
    let Err(failure) = check(&files) else {
        return format!("shard {shard}: {case:?} failed once but passes now (flaky?)");
    };
    let small = minimize(files, &failure.key, 4_000);
    let detail = check(&small)
        .err()
        .map_or(failure.detail.clone(), |f| f.detail);
    format!(
        "shard {shard}: {key}\n{detail}\nseed plan {seed}, mutated file {target}\nshrunk case: {case:?}\nminimized input:\n{lit}\n",
        key = failure.key,
        seed = seeds().plans[case.plan].name,
        lit = rust_literal(&small),
    )
}

/// Runs `total` cases split over `shards` fixed shards, on up to as many
/// threads as there are cores; fails with a report of each failing shard.
fn fuzz(total: u32, shards: usize, verbose: bool) {
    let _ = seeds();
    let started = Instant::now();
    let threads = thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(shards);
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<(usize, ShardResult)>> = Mutex::new(Vec::new());
    thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| loop {
                let shard = next.fetch_add(1, Ordering::Relaxed);
                if shard >= shards {
                    break;
                }
                let cases = total / shards as u32 + u32::from(shard < (total as usize % shards));
                let result = run_shard(shard, cases);
                if verbose {
                    eprintln!(
                        "shard {shard}: {} cases, {}",
                        result.cases,
                        if result.failure.is_some() {
                            "FAILED"
                        } else {
                            "ok"
                        }
                    );
                }
                results.lock().unwrap().push((shard, result));
            });
        }
    });
    let mut results = results.into_inner().unwrap();
    results.sort_by_key(|(shard, _)| *shard);
    let elapsed = started.elapsed();
    let sum = |f: fn(&ShardResult) -> usize| results.iter().map(|(_, r)| f(r)).sum::<usize>();
    let cases = sum(|r| r.cases);
    let slowest = results
        .iter()
        .map(|(_, r)| &r.slowest)
        .max_by_key(|s| s.0)
        .cloned()
        .unwrap_or_default();
    eprintln!(
        "fuzz: {cases} cases (shrinking included) in {:.1} s on {threads} thread(s): {:.0} cases/s\n\
         fuzz: {} loaded without errors ({} of them rewritten by fmt), {} diagnostics checked\n\
         fuzz: slowest case {:.1} ms: {}",
        elapsed.as_secs_f64(),
        cases as f64 / elapsed.as_secs_f64(),
        sum(|r| r.clean),
        sum(|r| r.rewritten),
        sum(|r| r.diagnostics),
        slowest.0.as_secs_f64() * 1000.0,
        slowest.1
    );
    let failures: Vec<&String> = results
        .iter()
        .filter_map(|(_, r)| r.failure.as_ref())
        .collect();
    assert!(
        failures.is_empty(),
        "{} shard(s) failed:\n\n{}",
        failures.len(),
        failures
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn fuzz_quick() {
    fuzz(2_000, 2, false);
}

#[test]
#[ignore = "100,000 cases: run by scripts/fuzz in release"]
fn fuzz_long() {
    let cases = std::env::var("CHARTER_FUZZ_CASES")
        .ok()
        .and_then(|n| n.replace('_', "").parse().ok())
        .unwrap_or(100_000);
    fuzz(cases, 8, true);
}

// ------------------------------------------------ the fuzzer's own tests

#[test]
fn every_mutation_applies_to_every_kind_of_file() {
    let runner_seed = [7u8; 32];
    let mut runner = TestRunner::new_with_rng(
        ProptestConfig {
            cases: 300,
            failure_persistence: None,
            ..ProptestConfig::default()
        },
        TestRng::from_seed(RngAlgorithm::ChaCha, &runner_seed),
    );
    // Mutating must never panic itself, whatever the file.
    runner
        .run(
            &(case(), proptest::collection::vec(any::<u8>(), 0..40)),
            |(mut case, bytes)| {
                let mut file = bytes;
                for m in &case.mutations {
                    mutate(&mut file, m);
                }
                case.mutations.truncate(1);
                let _ = apply(&case);
                Ok(())
            },
        )
        .unwrap();
}

#[test]
fn positions_are_checked_against_the_lines_check_shows() {
    assert_eq!(position_problem("", 1, 1), None);
    assert!(position_problem("", 1, 2).is_some());
    assert!(position_problem("", 0, 1).is_some());
    assert_eq!(position_problem("a: 1\n", 1, 5), None);
    assert!(position_problem("a: 1\n", 1, 6).is_some());
    assert_eq!(position_problem("a: 1\n", 2, 1), None);
    assert!(position_problem("a: 1\n", 2, 2).is_some());
    assert!(position_problem("a: 1\n", 3, 1).is_some());
    assert!(position_problem("a: 1", 2, 1).is_some());
    assert_eq!(position_problem("a: 1\r\nb\r\n", 1, 5), None);
    assert!(position_problem("a: 1\r\nb\r\n", 1, 6).is_some());
    assert_eq!(position_problem("שלום\n", 1, 5), None);
    assert!(position_problem("שלום\n", 1, 6).is_some());
}

#[test]
fn the_seed_plans_pass() {
    for seed in &seeds().plans {
        if let Err(f) = check(&seed.files) {
            panic!("{}: {}\n{}", seed.name, f.key, f.detail);
        }
    }
}

// ------------------------------------------- regressions the fuzzer found
//
// Each is a minimized input that broke a property; it fails until fixed.

/// Fails with the property the files break, if any.
#[track_caller]
fn assert_passes(files: &[(&str, &[u8])]) {
    let files: PlanFiles = files
        .iter()
        .map(|(n, b)| (n.to_string(), b.to_vec()))
        .collect();
    if let Err(f) = check(&files) {
        panic!("{}\n{}", f.key, f.detail);
    }
}

/// A syntax error found at the very end of a file that does not end in a
/// newline is reported on the line after the last one (the parser's
/// position past the end is passed on as it is). `":\ns"` gives
/// `plan.yaml:3:1` in a file of two lines; the goals file gives
/// `goals.yaml:5:1` in a file of four.
#[test]
fn regression_syntax_error_at_the_end_of_a_file_without_a_final_newline() {
    assert_passes(&[("plan.yaml", b":\ns")]);
    assert_passes(&[("goals.yaml", b"goals:\n  - id: a\n    title: x\n  bad")]);
}

/// A file holding only `? ` (an explicit, empty key): the parser places the
/// key one line past the end of the file. Found by `scripts/fuzz`.
#[test]
fn regression_an_empty_explicit_key_at_the_end_of_a_file() {
    assert_passes(&[("plan.yaml", b"? ")]);
}

/// A lone `\r` (old Mac line end) is a line break to the YAML parser but
/// not to `charter check`, which shows `text.lines()`: positions after it
/// point below the last line, or past the end of their line. The first
/// file gives `plan.yaml:6:1` in a file of two lines (one `\n`); the
/// second `plan.yaml:2:5` on the empty line after the `\n`.
#[test]
fn regression_a_lone_carriage_return_shifts_positions() {
    assert_passes(&[(
        "plan.yaml",
        b"schema: 1\rid: e\rtitle: T\rstart: 2026-01-05\rend: 2026-12-31\rbad: 1\n",
    )]);
    assert_passes(&[("plan.yaml", b"schema: 1\rid: [\n")]);
}

/// `fmt` on a plan that loads without errors but holds a lone `\r` at
/// the start of a line writes a file that no longer loads: the line
/// `id: e` is written twice (`schema: 1\n\rid: e\nid: e\ntitle: A…`),
/// a duplicate key. The line numbers the writer splices by count the `\r`
/// as a line break, its line splitting does not.
#[test]
fn regression_fmt_duplicates_a_line_after_a_lone_carriage_return() {
    assert_passes(&[(
        "plan.yaml",
        b"schema: 1\n\rid: e\ntitle: A\nstart: 2026-01-05\nend: 2026-12-31\n",
    )]);
}

/// `fmt` writes a text that ends in ` -` as a plain scalar inside a flow
/// record or list (`name: M -, role: member`), which the parser refuses
/// ("plain scalar cannot start with '-' followed by ,[]{}"): the plan that
/// loaded without errors no longer loads. The writer must quote it
/// (`name: "M -"`).
#[test]
fn regression_fmt_writes_a_text_ending_in_a_dash_unquoted_in_flow_style() {
    let plan: &[u8] = b"schema: 1\nid: e\ntitle: t\nstart: 2026-01-05\nend: 2026-12-31\n";
    assert_passes(&[
        ("plan.yaml", plan),
        (
            "committee.yaml",
            b"members:\n  - { id: o, name: \"M -\", role: member }\n",
        ),
    ]);
    assert_passes(&[
        ("plan.yaml", plan),
        ("charter.yaml", b"values: [\"M -\", b]\n"),
    ]);
}
