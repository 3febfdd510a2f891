//! Writes a plan's files in the many styles people and YAML tools use, and
//! runs charter's writes on them: the corpus of `tests/styles.rs`.
//!
//! The styler writes the JSON of each file (as charter's model gives it)
//! with a chosen indentation, list style, flow or block items, quoting,
//! block scalars, comments in every position, explicit keys, CRLF and a
//! byte-order mark. Every comment it writes is `# cN @path`, so a test can
//! tell which comments belong to an item an edit removed.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;

use charter::domain::diff::{diff_plans, file_values};
use charter::domain::model::{Plan, Reading, Review, Target};
use charter::domain::readings;
use charter::domain::types::Date;
use charter::store::plan_dir::{self, PlanDir};
use charter::store::yaml::emit::Mode;
use serde_json::Value;

/// A small deterministic generator: the corpus is the same on every run.
#[derive(Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed
            .wrapping_mul(0x9E37_79B9_7F4A_7C15)
            .wrapping_add(1442695040888963407))
    }
    pub fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let x = self.0 ^ (self.0 >> 33);
        x.wrapping_mul(0xff51afd7ed558ccd) ^ (x >> 29)
    }
    /// True with probability `percent` / 100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    pub fn pick(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// How a file is written. Each field is one habit of a person or a tool.
#[derive(Clone, Debug)]
pub struct Style {
    pub name: String,
    /// Spaces per level: 2, 3 or 4.
    pub indent: usize,
    /// `- ` at its key's column (PyYAML's and ruamel's default).
    pub indentless: bool,
    /// How often (percent) a list item that is a mapping is a flow `{…}`.
    pub flow_items: u64,
    /// How often a nested mapping (baseline, target) is a flow `{…}`.
    pub flow_maps: u64,
    /// Lists of plain values as `[a, b]` rather than one per line.
    pub flow_lists: bool,
    /// How often text is a block scalar (`|`, `|-`, `|+`, `>`, `>-`, `>+`).
    pub block_text: u64,
    /// How often a string is quoted ('…' or "…") when it need not be.
    pub quoted: u64,
    /// How often a comment line goes above a key or item.
    pub comment_above: u64,
    /// How often a comment ends a line.
    pub comment_eol: u64,
    /// How often a block item starts with `- # comment` on its own line.
    pub comment_dash: u64,
    /// How often a blank line goes above a list item.
    pub blank_lines: u64,
    /// How often a key is written as `? key` / `: value`.
    pub explicit_keys: u64,
    /// Keys in alphabetical order (PyYAML's default).
    pub sorted_keys: bool,
    /// `---` at the top, and a header comment.
    pub document_start: bool,
    pub header: bool,
    pub crlf: bool,
    pub bom: bool,
}

impl Style {
    /// The style numbered `n` of the corpus: the first few are named
    /// habits, the rest mix them at random.
    pub fn numbered(n: u64) -> Style {
        let base = Style {
            name: format!("style-{n:02}"),
            indent: 2,
            indentless: false,
            flow_items: 0,
            flow_maps: 0,
            flow_lists: true,
            block_text: 0,
            quoted: 0,
            comment_above: 0,
            comment_eol: 0,
            comment_dash: 0,
            blank_lines: 0,
            explicit_keys: 0,
            sorted_keys: false,
            document_start: false,
            header: false,
            crlf: false,
            bom: false,
        };
        let named = match n {
            0 => Style {
                name: "plain-block".into(),
                flow_lists: false,
                ..base
            },
            1 => Style {
                name: "indentless".into(),
                indentless: true,
                ..base
            },
            2 => Style {
                name: "four-spaces".into(),
                indent: 4,
                ..base
            },
            3 => Style {
                name: "four-spaces-indentless".into(),
                indent: 4,
                indentless: true,
                ..base
            },
            4 => Style {
                name: "all-flow-items".into(),
                flow_items: 100,
                flow_maps: 100,
                ..base
            },
            5 => Style {
                name: "block-scalars".into(),
                block_text: 100,
                ..base
            },
            6 => Style {
                name: "comments-everywhere".into(),
                comment_above: 60,
                comment_eol: 60,
                comment_dash: 50,
                header: true,
                ..base
            },
            7 => Style {
                name: "crlf".into(),
                crlf: true,
                comment_eol: 30,
                ..base
            },
            8 => Style {
                name: "bom".into(),
                bom: true,
                header: true,
                ..base
            },
            9 => Style {
                name: "quoted".into(),
                quoted: 100,
                ..base
            },
            10 => Style {
                name: "sorted-keys".into(),
                sorted_keys: true,
                indentless: true,
                flow_lists: false,
                ..base
            },
            11 => Style {
                name: "explicit-keys".into(),
                explicit_keys: 40,
                ..base
            },
            12 => Style {
                name: "blank-lines".into(),
                blank_lines: 100,
                comment_above: 30,
                ..base
            },
            13 => Style {
                name: "three-spaces".into(),
                indent: 3,
                flow_items: 50,
                ..base
            },
            14 => Style {
                name: "document-start".into(),
                document_start: true,
                header: true,
                ..base
            },
            15 => Style {
                name: "block-scalars-commented".into(),
                block_text: 100,
                comment_eol: 70,
                comment_above: 50,
                indentless: true,
                ..base
            },
            _ => {
                let mut r = Rng::new(n);
                Style {
                    name: format!("mixed-{n:02}"),
                    indent: [2, 2, 3, 4][r.pick(4)],
                    indentless: r.chance(50),
                    flow_items: [0, 30, 100][r.pick(3)],
                    flow_maps: [0, 50, 100][r.pick(3)],
                    flow_lists: r.chance(60),
                    block_text: [0, 30, 80][r.pick(3)],
                    quoted: [0, 20, 60][r.pick(3)],
                    comment_above: [0, 20, 50][r.pick(3)],
                    comment_eol: [0, 20, 50][r.pick(3)],
                    comment_dash: [0, 30][r.pick(2)],
                    blank_lines: [0, 20][r.pick(2)],
                    explicit_keys: [0, 0, 10][r.pick(3)],
                    sorted_keys: r.chance(25),
                    document_start: r.chance(20),
                    header: r.chance(50),
                    crlf: r.chance(25),
                    bom: r.chance(10),
                }
            }
        };
        named
    }
}

/// Keys whose values are free text: the ones a block scalar may carry.
const TEXT_KEYS: &[&str] = &[
    "title",
    "name",
    "vision",
    "description",
    "note",
    "text",
    "summary",
    "focus",
    "source",
    "terms",
    "topic",
    "organization",
    "consultant",
];

/// Writes one document in `style`.
pub struct Styler<'s> {
    style: &'s Style,
    rng: Rng,
    out: String,
    counter: usize,
    /// Every comment written: its text and the path it was written at.
    pub comments: Vec<(String, String)>,
}

impl<'s> Styler<'s> {
    pub fn new(style: &'s Style, seed: u64) -> Styler<'s> {
        Styler {
            style,
            rng: Rng::new(seed),
            out: String::new(),
            counter: 0,
            comments: Vec::new(),
        }
    }

    fn comment(&mut self, path: &str) -> String {
        self.counter += 1;
        let text = format!("# c{} @{path}", self.counter);
        self.comments.push((text.clone(), path.to_string()));
        text
    }

    fn pad(&mut self, n: usize) {
        self.out.extend(std::iter::repeat_n(' ', n));
    }

    /// An end-of-line comment, or nothing.
    fn eol(&mut self, path: &str) {
        if self.rng.chance(self.style.comment_eol) {
            let c = self.comment(path);
            let _ = write!(self.out, "  {c}");
        }
    }

    fn above(&mut self, indent: usize, path: &str) {
        if self.rng.chance(self.style.comment_above) {
            let c = self.comment(path);
            self.pad(indent);
            self.out.push_str(&c);
            self.out.push('\n');
        }
    }

    pub fn document(mut self, value: &Value) -> (String, Vec<(String, String)>) {
        if self.style.header {
            let c = self.comment("");
            self.out.push_str(&c);
            self.out.push('\n');
        }
        if self.style.document_start {
            self.out.push_str("---\n");
        }
        if let Value::Object(map) = value {
            self.map(map, 0, "");
        }
        if self.rng.chance(self.style.comment_above) {
            let c = self.comment("");
            self.out.push_str(&c);
            self.out.push('\n');
        }
        let mut text = self.out;
        if self.style.crlf {
            text = text.replace('\n', "\r\n");
        }
        if self.style.bom {
            text.insert(0, '\u{feff}');
        }
        (text, self.comments)
    }

    fn keys<'v>(&self, map: &'v serde_json::Map<String, Value>) -> Vec<(&'v String, &'v Value)> {
        let mut keys: Vec<_> = map.iter().collect();
        if self.style.sorted_keys {
            keys.sort_by(|a, b| a.0.cmp(b.0));
        }
        keys
    }

    /// A block mapping's entries at `indent`; the first may follow a dash
    /// already written (`first_inline`).
    fn map(&mut self, map: &serde_json::Map<String, Value>, indent: usize, path: &str) {
        self.map_from(map, indent, path, false);
    }

    fn map_from(
        &mut self,
        map: &serde_json::Map<String, Value>,
        indent: usize,
        path: &str,
        mut first_inline: bool,
    ) {
        for (key, value) in self.keys(map) {
            let here = format!("{path}/{key}");
            if !first_inline {
                self.above(indent, &here);
                self.pad(indent);
            }
            first_inline = false;
            if self.rng.chance(self.style.explicit_keys) && is_scalar(value) {
                let _ = writeln!(self.out, "? {key}");
                self.pad(indent);
                self.out.push_str(": ");
                self.scalar(key, value, false);
                self.eol(&here);
                self.out.push('\n');
                continue;
            }
            self.out.push_str(key);
            self.out.push(':');
            self.value(key, value, indent, &here);
        }
    }

    /// What follows `key:`, through the end of its last line.
    fn value(&mut self, key: &str, value: &Value, indent: usize, path: &str) {
        match value {
            Value::Array(items) if items.is_empty() => {
                self.out.push_str(" []");
                self.eol(path);
                self.out.push('\n');
            }
            Value::Array(items) if self.style.flow_lists && items.iter().all(is_scalar) => {
                self.out.push(' ');
                self.flow(value);
                self.eol(path);
                self.out.push('\n');
            }
            Value::Array(items) => {
                self.eol(path);
                self.out.push('\n');
                let dash = if self.style.indentless {
                    indent
                } else {
                    indent + self.style.indent
                };
                for (i, item) in items.iter().enumerate() {
                    self.item(key, item, dash, &format!("{path}/{i}"));
                }
            }
            Value::Object(map) if map.is_empty() => {
                self.out.push_str(" {}\n");
            }
            Value::Object(map) => {
                if self.rng.chance(self.style.flow_maps) {
                    self.out.push(' ');
                    self.flow(value);
                    self.eol(path);
                    self.out.push('\n');
                } else {
                    self.eol(path);
                    self.out.push('\n');
                    self.map(map, indent + self.style.indent, path);
                }
            }
            Value::String(s)
                if TEXT_KEYS.contains(&key) && self.rng.chance(self.style.block_text) =>
            {
                if !self.block_scalar(s, indent + self.style.indent, path) {
                    self.out.push(' ');
                    self.scalar(key, value, false);
                    self.eol(path);
                    self.out.push('\n');
                }
            }
            _ => {
                self.out.push(' ');
                self.scalar(key, value, false);
                self.eol(path);
                self.out.push('\n');
            }
        }
    }

    /// One list item with its dash at `dash`.
    fn item(&mut self, key: &str, item: &Value, dash: usize, path: &str) {
        if self.rng.chance(self.style.blank_lines) {
            self.out.push('\n');
        }
        self.above(dash, path);
        self.pad(dash);
        match item {
            Value::Object(map) if !map.is_empty() && !self.rng.chance(self.style.flow_items) => {
                let keys_at = dash + self.style.indent.max(2);
                if self.rng.chance(self.style.comment_dash) {
                    let c = self.comment(path);
                    let _ = writeln!(self.out, "- {c}");
                    self.map_from(map, keys_at, path, false);
                } else {
                    self.out.push('-');
                    self.pad(keys_at - dash - 1);
                    self.map_from(map, keys_at, path, true);
                }
            }
            Value::Object(_) | Value::Array(_) => {
                self.out.push_str("- ");
                self.flow(item);
                self.eol(path);
                self.out.push('\n');
            }
            _ => {
                self.out.push_str("- ");
                self.scalar(key, item, false);
                self.eol(path);
                self.out.push('\n');
            }
        }
    }

    /// Text as a block scalar at `indent`, when one can hold it exactly.
    fn block_scalar(&mut self, s: &str, indent: usize, path: &str) -> bool {
        let body = s.trim_end_matches('\n');
        let trailing = s.len() - body.len();
        let clean = !body.is_empty()
            && !body.starts_with([' ', '\t'])
            && !body.chars().any(|c| c.is_control() && c != '\n')
            && !body.contains('\u{feff}')
            && !body
                .split('\n')
                .any(|l| l.ends_with([' ', '\t']) || l.starts_with([' ', '\t']));
        if !clean || trailing > 1 {
            return false;
        }
        let one_line = !body.contains('\n');
        let choices: &[&str] = match (trailing, one_line) {
            (0, true) => &["|-", ">-"],
            (0, false) => &["|-"],
            (_, true) => &["|", "|+", ">", ">+"],
            (_, false) => &["|", "|+"],
        };
        let indicator = choices[self.rng.pick(choices.len())];
        let _ = write!(self.out, " {indicator}");
        self.eol(path);
        self.out.push('\n');
        for line in body.split('\n') {
            if !line.is_empty() {
                self.pad(indent);
                self.out.push_str(line);
            }
            self.out.push('\n');
        }
        // A comment after the block, at its key's level.
        if self.rng.chance(self.style.comment_above) {
            let c = self.comment(path);
            self.pad(indent - self.style.indent);
            self.out.push_str(&c);
            self.out.push('\n');
        }
        true
    }

    fn flow(&mut self, value: &Value) {
        match value {
            Value::Object(map) => {
                self.out.push('{');
                for (i, (k, v)) in self.keys(map).into_iter().enumerate() {
                    if i > 0 {
                        self.out.push_str(", ");
                    }
                    let _ = write!(self.out, "{k}: ");
                    self.flow(v);
                }
                self.out.push('}');
            }
            Value::Array(items) => {
                self.out.push('[');
                for (i, v) in items.iter().enumerate() {
                    if i > 0 {
                        self.out.push_str(", ");
                    }
                    self.flow(v);
                }
                self.out.push(']');
            }
            _ => self.scalar("", value, true),
        }
    }

    fn scalar(&mut self, key: &str, value: &Value, in_flow: bool) {
        match value {
            Value::String(s) => {
                let plain = plain_ok(s, in_flow) && !self.rng.chance(self.style.quoted);
                // Dates and codes stay plain: charter reads them from plain text.
                let must_plain = !TEXT_KEYS.contains(&key) && plain_ok(s, in_flow);
                if plain || must_plain && !self.rng.chance(self.style.quoted) {
                    self.out.push_str(s);
                } else if !s.contains(['\n', '\r', '\t'])
                    && !s.chars().any(char::is_control)
                    && self.rng.chance(50)
                {
                    let _ = write!(self.out, "'{}'", s.replace('\'', "''"));
                } else {
                    self.out.push_str(&serde_json::to_string(s).unwrap());
                }
            }
            Value::Number(n) => self.out.push_str(&n.to_string()),
            Value::Bool(b) => self.out.push_str(if *b { "true" } else { "false" }),
            Value::Null => self.out.push_str("null"),
            other => self.flow(other),
        }
    }
}

fn is_scalar(v: &Value) -> bool {
    !v.is_object() && !v.is_array()
}

/// Whether `s` reads back as itself written plain (conservatively).
fn plain_ok(s: &str, in_flow: bool) -> bool {
    let Some(first) = s.chars().next() else {
        return false;
    };
    if !(first.is_alphanumeric()) {
        return false;
    }
    if s.ends_with([' ', ':'])
        || s.contains(": ")
        || s.contains(" #")
        || s.contains(['\n', '\r', '\t', '"', '\''])
    {
        return false;
    }
    if in_flow && s.contains([',', '[', ']', '{', '}']) {
        return false;
    }
    if s.chars().any(|c| c.is_control() || c == '\u{feff}') {
        return false;
    }
    let lower = s.to_ascii_lowercase();
    if matches!(
        lower.as_str(),
        "null" | "true" | "false" | "yes" | "no" | "on" | "off" | "y" | "n"
    ) {
        return false;
    }
    // Numbers (but dates are plain: `2026-01-05` is not a number).
    s.parse::<f64>().is_err() && !s.starts_with("0x") && !s.starts_with("0o")
}

/// A plan folder written in one style, in a temporary folder.
pub struct Styled {
    pub dir: tempfile::TempDir,
    /// Every comment written, with its file and path.
    pub comments: Vec<(String, String, String)>,
}

/// Writes `plan`'s files into a new folder in `style`.
pub fn write_styled(plan: &Plan, style: &Style, seed: u64) -> Styled {
    let dir = tempfile::tempdir().unwrap();
    let mut comments = Vec::new();
    for (i, (rel, value)) in file_values(plan).into_iter().enumerate() {
        if value.is_null() {
            continue;
        }
        let (text, cs) = Styler::new(style, seed * 100 + i as u64).document(&value);
        let path = dir.path().join(&rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        comments.extend(cs.into_iter().map(|(c, p)| (rel.clone(), c, p)));
    }
    Styled { dir, comments }
}

/// One of charter's writes, as a change to the plan model.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Write {
    Record,
    Import,
    TargetApply,
    ReviewNew,
    Fmt,
    TuiEditMilestone,
    TuiAddGoal,
    TuiDeleteAgent,
    TuiEditText,
}

pub const WRITES: [Write; 9] = [
    Write::Record,
    Write::Import,
    Write::TargetApply,
    Write::ReviewNew,
    Write::Fmt,
    Write::TuiEditMilestone,
    Write::TuiAddGoal,
    Write::TuiDeleteAgent,
    Write::TuiEditText,
];

fn date(s: &str) -> Date {
    Date::parse(s).unwrap()
}

/// The plan after `write`, and the path prefixes of what it removed.
pub fn edit(plan: &Plan, write: Write) -> (Plan, Vec<String>) {
    let mut new = plan.clone();
    let mut removed = Vec::new();
    match write {
        Write::Record => {
            let m = &mut new.metrics.metrics[0];
            readings::merge(
                &mut m.readings,
                &[Reading {
                    on: date("2026-11-30"),
                    value: 70.5,
                    unit: None,
                }],
                false,
            );
        }
        Write::Import => {
            for (i, m) in new.metrics.metrics.iter_mut().enumerate().take(3) {
                let incoming: Vec<Reading> = (0..3)
                    .map(|d| Reading {
                        on: date(&format!("2026-12-0{}", d + 1)),
                        value: 10.0 * i as f64 + d as f64,
                        unit: None,
                    })
                    .collect();
                readings::merge(&mut m.readings, &incoming, false);
            }
        }
        Write::TargetApply => {
            let m = &mut new.metrics.metrics[1];
            let by = m.target.as_ref().map_or(date("2026-12-31"), |t| t.by);
            m.target = Some(Target { value: 81.25, by });
        }
        Write::ReviewNew => {
            let draft: Review = charter::domain::review::draft(plan, date("2026-12-20"));
            new.reviews.push(draft);
        }
        Write::Fmt => {}
        Write::TuiEditMilestone => {
            let m = &mut new.milestones.milestones[2];
            m.due = Some(date("2026-10-30"));
            if let Some(a) = m.actions.first_mut() {
                a.done = !a.done;
            }
        }
        Write::TuiAddGoal => {
            let mut g = new.goals.goals[0].clone();
            g.id = charter::domain::types::Id::new("new-goal").unwrap();
            g.title = "A goal added in the UI: answer faster".into();
            new.goals.goals.push(g);
        }
        Write::TuiDeleteAgent => {
            let last = new.agents.agents.len() - 1;
            let gone = new.agents.agents.remove(last);
            // Nothing else may name it, or the plan would not validate; the
            // example's last agent is named by milestones: drop those names.
            for m in &mut new.milestones.milestones {
                m.agents.retain(|a| *a != gone.id);
            }
            removed.push(format!("agents.yaml:/agents/{last}"));
        }
        Write::TuiEditText => {
            new.charter.vision =
                Some("Every customer gets a clear answer.\nThe first time.\n".into());
            new.milestones.milestones[0].title = "Current state: data, interviews, survey".into();
        }
    }
    (new, removed)
}

/// What went wrong with one write on one style, or `None`.
pub fn try_write(styled: &Styled, write: Write) -> Result<(), String> {
    let root = styled.dir.path();
    let loaded = plan_dir::load(root).map_err(|e| format!("load: {e}"))?;
    if !loaded.load_errors.is_empty() {
        return Err(format!(
            "the styled plan does not load: {:?}",
            loaded.load_errors[0]
        ));
    }
    let (intended, removed) = edit(&loaded.plan, write);
    let mode = if write == Write::Fmt {
        Mode::Canonical
    } else {
        Mode::Keep
    };
    let before = snapshot(root);
    let changes = loaded
        .changes(&intended, mode)
        .map_err(|e| format!("refused: {e}"))?;
    loaded.apply(changes).map_err(|e| format!("apply: {e}"))?;
    let after = reload(root)?;
    let want = diff_plans(&loaded.plan, &intended);
    let got = diff_plans(&loaded.plan, &after.plan);
    if want != got {
        return Err(format!(
            "the write changed other things:\nwanted {want:?}\ngot {got:?}"
        ));
    }
    comments_kept(styled, root, &removed)?;
    if write != Write::Fmt {
        unchanged_files_untouched(&before, root, &loaded, &intended)?;
    }
    // fmt once, then fmt again changes nothing.
    let changes = after
        .changes(&after.plan, Mode::Canonical)
        .map_err(|e| format!("fmt refused: {e}"))?;
    after
        .apply(changes)
        .map_err(|e| format!("fmt apply: {e}"))?;
    let formatted = reload(root)?;
    if diff_plans(&after.plan, &formatted.plan) != Vec::new() {
        return Err("fmt changed the plan".into());
    }
    comments_kept(styled, root, &removed)?;
    let again = formatted
        .changes(&formatted.plan, Mode::Canonical)
        .map_err(|e| format!("second fmt refused: {e}"))?;
    if !again.is_empty() {
        let first = &again[0];
        return Err(format!(
            "fmt is not idempotent on {}:\n{}",
            first.path.display(),
            first.text.as_deref().unwrap_or("")
        ));
    }
    Ok(())
}

fn reload(root: &Path) -> Result<PlanDir, String> {
    let after = plan_dir::load(root).map_err(|e| format!("reload: {e}"))?;
    if let Some(e) = after.load_errors.first() {
        return Err(format!(
            "the written plan does not load: {}:{:?} {}",
            e.file, e.at, e.message
        ));
    }
    Ok(after)
}

fn snapshot(root: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for entry in walk(root) {
        let rel = entry
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        out.push((rel, std::fs::read(&entry).unwrap()));
    }
    out
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

/// A write touches only the files whose part of the plan changed.
fn unchanged_files_untouched(
    before: &[(String, Vec<u8>)],
    root: &Path,
    old: &PlanDir,
    new: &Plan,
) -> Result<(), String> {
    let changed: BTreeSet<String> = diff_plans(&old.plan, new)
        .into_iter()
        .map(|c| c.file)
        .collect();
    for (rel, bytes) in before {
        if changed.contains(rel) {
            continue;
        }
        let now = std::fs::read(root.join(rel)).unwrap_or_default();
        if now != *bytes {
            return Err(format!("{rel} changed although nothing in it did"));
        }
    }
    Ok(())
}

/// Every comment the styler wrote is still in its file, but for those of removed items.
fn comments_kept(styled: &Styled, root: &Path, removed: &[String]) -> Result<(), String> {
    let mut texts = std::collections::HashMap::new();
    for (rel, comment, path) in &styled.comments {
        if removed.iter().any(|r| {
            let (file, prefix) = r.split_once(':').unwrap();
            file == rel && (path == prefix || path.starts_with(&format!("{prefix}/")))
        }) {
            continue;
        }
        let text = texts
            .entry(rel.clone())
            .or_insert_with(|| std::fs::read_to_string(root.join(rel)).unwrap_or_default());
        if !text.contains(comment.as_str()) {
            return Err(format!("{rel}: the comment `{comment}` was dropped"));
        }
    }
    Ok(())
}
