//! Merging three versions of one plan file's text: the work behind `charter
//! merge-driver`. Each version is loaded with the plan's own loader, merged
//! item by item ([`crate::domain::merge`]) and written back over our text,
//! so the items nobody touched keep their exact lines and comments.
//!
//! An item that comes from their side unchanged keeps their lines, and a
//! comment either side wrote is kept next to the line it was written on
//! ([`keep`]).
//!
//! It never guesses: a version that does not load cleanly (a syntax error,
//! an item the loader would leave out) is not merged at all, and a conflict
//! is written down in the file as a comment on its item, both values named.
//! Whatever the merged text is, it is read back with the loader before it
//! is handed out: a text that does not load as the merged value is never
//! written ([`read_back`]).

use std::path::Path;

use serde_json::Value;

use super::plan_dir::{self, decode, Files, FILES};
use super::yaml::emit::{self, FileKind, Mode};
use super::yaml::node::{self, Node};
use crate::domain::diff;
use crate::domain::merge::{self, item_key, Conflict, Merged};

mod keep;
mod layout;

use keep::{Place, Source, Version};

/// What the start of a conflict comment says; `charter sync` finds
/// conflicts in a file by it.
pub const CONFLICT_MARK: &str = "# charter merge conflict:";

/// The result of merging one file.
#[derive(Debug)]
pub enum Outcome {
    /// The merged text, and the conflicts written into it (none: a clean merge).
    Merged {
        text: String,
        conflicts: Vec<Conflict>,
    },
    /// A version could not be read as a plan file, so nothing was merged.
    Unmergeable { reason: String },
}

/// The plan file a repository path names (`acme/milestones.yaml` →
/// `milestones.yaml`, `acme/reviews/2026-03-31.yaml` →
/// `reviews/2026-03-31.yaml`), or `None` for a file that is not a plan file.
pub fn plan_file(path: &Path) -> Option<(String, FileKind)> {
    let name = path.file_name()?.to_str()?;
    if let Some((rel, kind)) = FILES.iter().find(|(rel, _)| *rel == name) {
        return Some((rel.to_string(), *kind));
    }
    let parent = path.parent()?.file_name()?.to_str()?;
    (parent == "reviews" && name.ends_with(".yaml") && !name.starts_with('.'))
        .then(|| (format!("reviews/{name}"), FileKind::Review))
}

/// One version, loaded: its model as JSON (`Null` when empty) and its
/// text, with `\n` line ends whatever the file uses.
struct Side {
    value: Value,
    text: Option<String>,
    bom: bool,
    crlf: bool,
}

impl Side {
    fn version(&self) -> Option<Version<'_>> {
        Some(Version {
            text: self.text.as_deref()?,
            value: &self.value,
        })
    }
}

/// Loads one version of `rel`; `Err` says why it cannot be merged safely.
fn load(rel: &str, bytes: &[u8], which: &str) -> Result<Side, String> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Ok(Side {
            value: Value::Null,
            text: None,
            bom: false,
            crlf: false,
        });
    }
    let files = [(rel, bytes)];
    let loaded = plan_dir::load_from(Path::new("."), Files::Memory(&files))
        .map_err(|e| format!("{which} cannot be read: {e}"))?;
    if let Some(d) = loaded.load_errors.iter().find(|d| d.file == rel) {
        let (line, col) = d.line_col();
        return Err(format!(
            "{which} has an error at line {line}, column {col}: {}",
            d.message
        ));
    }
    let file = loaded.file(rel);
    if !file.is_some_and(|f| f.clean) {
        return Err(format!("{which} does not load cleanly"));
    }
    let (text, bom) = decode(bytes.to_vec(), rel).map_err(|d| format!("{which}: {}", d.message))?;
    let crlf = text.contains("\r\n");
    Ok(Side {
        value: diff::file_value(&loaded.plan, rel),
        text: Some(if crlf {
            text.replace("\r\n", "\n")
        } else {
            text
        }),
        bom,
        crlf,
    })
}

/// Merges the three versions of the plan file `rel`.
pub fn merge_texts(rel: &str, kind: FileKind, base: &[u8], ours: &[u8], theirs: &[u8]) -> Outcome {
    let loaded =
        load(rel, ours, "our version").and_then(|o| Ok((o, load(rel, theirs, "their version")?)));
    let (ours, theirs) = match loaded {
        Ok(sides) => sides,
        Err(reason) => return Outcome::Unmergeable { reason },
    };
    // The common ancestor only tells what changed: when it cannot be read,
    // every difference between the sides is treated as a conflict.
    let base = load(rel, base, "the common version").ok();
    let base_value = base.as_ref().map_or(&Value::Null, |b| &b.value);
    let merged = merge::merge_file(rel, base_value, &ours.value, &theirs.value);
    let finish = |text: String| {
        let mut text = if merged.conflicts.is_empty() {
            text
        } else {
            annotate(rel, &text, &merged.value, &merged.conflicts)
        };
        if ours.crlf {
            text = text.replace('\n', "\r\n");
        }
        if ours.bom {
            text.insert(0, '\u{feff}');
        }
        text
    };
    let texts = candidates(kind, &merged.value, &ours, &theirs, base.as_ref()).map(finish);
    first_readable(rel, texts, &merged)
}

/// The first of `texts` that reads back as the merged value, as the
/// merge; when none does, nothing is merged (the driver then leaves our
/// version as it was).
fn first_readable(rel: &str, texts: impl Iterator<Item = String>, merged: &Merged) -> Outcome {
    let mut why = "nothing to write".to_string();
    for text in texts {
        match read_back(rel, text.as_bytes(), &merged.value) {
            Ok(()) => {
                return Outcome::Merged {
                    text,
                    conflicts: merged.conflicts.clone(),
                }
            }
            Err(e) => why = e,
        }
    }
    Outcome::Unmergeable {
        reason: format!(
            "the merged text does not read back as the merged plan ({why}), so it was not \
             written; this is a bug in charter: please report it with the three versions \
             of the file attached"
        ),
    }
}

/// The texts of the merged value, best first: written over our text with
/// their lines for what comes from them unchanged and every comment of
/// both sides; then with less of that; then canonical. Each is made only
/// when the ones before it do not read back as the merged value.
fn candidates<'a>(
    kind: FileKind,
    merged: &'a Value,
    ours: &'a Side,
    theirs: &'a Side,
    base: Option<&'a Side>,
) -> impl Iterator<Item = String> + 'a {
    // A comment one side kept from the common version and the other
    // removed or changed stays removed; one a side added is kept.
    let base = base.and_then(Side::version);
    let sources: Vec<Source<'a>> = [ours.version(), theirs.version()]
        .into_iter()
        .flatten()
        .map(|version| Source { version, base })
        .collect();
    let spliced = ours.text.as_ref().and_then(|text| {
        let root = node::parse(text).ok()??;
        Some(emit::render(
            kind,
            Some((text, &root, &ours.value)),
            merged,
            Mode::Keep,
        ))
    });
    let taken = spliced
        .as_deref()
        .and_then(|text| keep::take_theirs(text, merged, &ours.value, theirs.version()?));
    let carry = move |text: &str, place| keep::carry_comments(text, merged, &sources, place);
    type Step<'a> = Box<dyn FnOnce() -> Option<String> + 'a>;
    let steps: Vec<Step<'a>> = vec![
        Box::new({
            let (taken, spliced, carry) = (taken.clone(), spliced.clone(), carry.clone());
            move || carry(taken.as_deref().or(spliced.as_deref())?, Place::Near)
        }),
        Box::new(move || taken),
        Box::new({
            let (spliced, carry) = (spliced.clone(), carry.clone());
            move || carry(spliced.as_deref()?, Place::Near)
        }),
        Box::new({
            let spliced = spliced.clone();
            move || carry(spliced.as_deref()?, Place::AboveItem)
        }),
        Box::new(move || spliced),
        Box::new(move || Some(emit::canonical(kind, merged))),
    ];
    steps.into_iter().filter_map(|step| step())
}

/// Reads a merged text back with the plan's own loader and compares it
/// with the merged value ([`plan_dir::verify`], the check every write
/// makes): `Err` says what differs or what the loader refuses.
pub fn read_back(rel: &str, bytes: &[u8], expected: &Value) -> Result<(), String> {
    if expected.is_null() {
        // Both sides empty: so is the merge.
        return if bytes.iter().all(u8::is_ascii_whitespace) {
            Ok(())
        } else {
            Err("the merge of two empty files is not empty".to_string())
        };
    }
    plan_dir::verify(Path::new("."), rel, bytes, expected).map_err(|e| match e {
        plan_dir::StoreError::NotReadBack { what, .. } => what,
        other => other.to_string(),
    })
}

/// `text` with a comment above each item (or field of the file) in
/// conflict, naming the field and both values. Comments go to the top of
/// the file when they cannot go above their item.
fn annotate(rel: &str, text: &str, merged: &Value, conflicts: &[Conflict]) -> String {
    let loads_back = |t: &str| read_back(rel, t.as_bytes(), merged).is_ok();
    let root = node::parse(text).ok().flatten();
    let mut placed: Vec<(u32, String)> = conflicts
        .iter()
        .map(|c| {
            let line = root
                .as_ref()
                .and_then(|r| line_of(r, merged, c))
                .unwrap_or(1);
            (line, comment(c))
        })
        .collect();
    let with = insert(text, &placed);
    if loads_back(&with) {
        return with;
    }
    for p in &mut placed {
        p.0 = 1;
    }
    let with = insert(text, &placed);
    if loads_back(&with) {
        with
    } else {
        text.to_string()
    }
}

fn comment(c: &Conflict) -> String {
    format!("{CONFLICT_MARK} {}: {}", c.place(), c.values())
}

/// The line a conflict's comment goes above: its item's first line, or the
/// line of the file's own field.
fn line_of(root: &Node, merged: &Value, c: &Conflict) -> Option<u32> {
    match &c.list {
        Some(list) => {
            let index = merged
                .get(list)?
                .as_array()?
                .iter()
                .position(|v| item_key(list, v) == c.item)?;
            Some(root.get(list)?.items().get(index)?.start.line)
        }
        None => {
            let key = c.field.split(['.', '[']).next()?;
            Some(root.entry(key)?.0.start.line)
        }
    }
}

/// `text` with each comment inserted above its line, at that line's indentation.
fn insert(text: &str, placed: &[(u32, String)]) -> String {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let mut out = String::with_capacity(text.len() + placed.len() * 80);
    let last = lines.len() as u32;
    for (n, line) in lines.iter().enumerate() {
        let n = n as u32 + 1;
        let indent = &line[..line.len() - line.trim_start_matches(' ').len()];
        for (_, c) in placed.iter().filter(|(at, _)| *at == n) {
            out.push_str(indent);
            out.push_str(c);
            out.push('\n');
        }
        out.push_str(line);
    }
    if !text.is_empty() && !text.ends_with('\n') {
        out.push('\n');
    }
    for (_, c) in placed.iter().filter(|(at, _)| *at > last || last == 0) {
        out.push_str(c);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "# Acme milestones\nmilestones:\n  # the pilot comes first\n  - id: crm-case-view\n    title: CRM case view\n    due: 2026-04-30\n    status: planned\n  - id: ivr\n    title: IVR redesign   # ask Moshe\n    due: 2026-06-30\n    status: planned\n";

    fn merged(base: &str, ours: &str, theirs: &str) -> (String, Vec<Conflict>) {
        match merge_texts(
            "milestones.yaml",
            FileKind::Milestones,
            base.as_bytes(),
            ours.as_bytes(),
            theirs.as_bytes(),
        ) {
            Outcome::Merged { text, conflicts } => (text, conflicts),
            Outcome::Unmergeable { reason } => panic!("{reason}"),
        }
    }

    #[test]
    fn untouched_items_keep_their_text() {
        let ours = BASE.replace("due: 2026-04-30", "due: 2026-05-15");
        let theirs = BASE.replace("due: 2026-06-30", "due: 2026-07-31");
        let (text, conflicts) = merged(BASE, &ours, &theirs);
        assert!(conflicts.is_empty());
        assert_eq!(
            text,
            BASE.replace("due: 2026-04-30", "due: 2026-05-15")
                .replace("due: 2026-06-30", "due: 2026-07-31")
        );
    }

    #[test]
    fn a_conflict_is_a_comment_on_its_item_and_the_file_still_loads() {
        let ours = BASE.replace("due: 2026-04-30", "due: 2026-05-15");
        let theirs = BASE.replace("due: 2026-04-30", "due: 2026-06-01");
        let (text, conflicts) = merged(BASE, &ours, &theirs);
        assert_eq!(conflicts.len(), 1);
        let expected = ours.replace(
            "  - id: crm-case-view",
            "  # charter merge conflict: milestones crm-case-view due: ours 2026-05-15, theirs 2026-06-01 (ours is kept)\n  - id: crm-case-view",
        );
        assert_eq!(text, expected);
        assert_eq!(
            plan_dir::parse_file("milestones.yaml", text.as_bytes()),
            plan_dir::parse_file("milestones.yaml", ours.as_bytes())
        );
    }

    #[test]
    fn a_side_that_does_not_load_is_not_merged() {
        let theirs = BASE.replace(
            "status: planned\n  - id: ivr",
            "status: [planned\n  - id: ivr",
        );
        let out = merge_texts(
            "milestones.yaml",
            FileKind::Milestones,
            BASE.as_bytes(),
            BASE.as_bytes(),
            theirs.as_bytes(),
        );
        assert!(
            matches!(&out, Outcome::Unmergeable { reason } if reason.starts_with("their version has an error at line")),
            "{out:?}"
        );
    }

    #[test]
    fn a_text_that_reads_back_differently_is_not_merged() {
        let value = plan_dir::parse_file("milestones.yaml", BASE.as_bytes());
        let moved = BASE.replace("due: 2026-04-30", "due: 2026-05-01");
        let why = read_back("milestones.yaml", moved.as_bytes(), &value).unwrap_err();
        assert_eq!(
            why,
            "milestone crm-case-view, field due, reads back differently"
        );
        let broken = BASE.replace(
            "status: planned\n  - id: ivr",
            "status: [planned\n  - id: ivr",
        );
        let why = read_back("milestones.yaml", broken.as_bytes(), &value).unwrap_err();
        assert!(why.starts_with("reading it back gives the error"), "{why}");
        assert_eq!(
            read_back("milestones.yaml", BASE.as_bytes(), &value),
            Ok(())
        );
        let merged = Merged {
            value,
            conflicts: Vec::new(),
        };
        let out = first_readable("milestones.yaml", [moved.clone()].into_iter(), &merged);
        assert!(
            matches!(&out, Outcome::Unmergeable { reason } if reason.starts_with(
                "the merged text does not read back as the merged plan (milestone crm-case-view, field due"
            )),
            "{out:?}"
        );
        // A text that does read back is taken after one that does not.
        let out = first_readable(
            "milestones.yaml",
            [moved, BASE.to_string()].into_iter(),
            &merged,
        );
        assert!(
            matches!(&out, Outcome::Merged { text, .. } if text == BASE),
            "{out:?}"
        );
    }

    #[test]
    fn a_comment_on_a_reading_they_added_is_kept_when_we_changed_the_metric() {
        let base = "metrics:\n  - id: fcr\n    name: FCR  # first contact\n    direction: up\n    target: { value: 74, by: 2026-09-30 }\n    readings:\n      - { on: 2026-03-01, value: 63 }\n";
        let ours = base.replace("value: 74", "value: 76");
        let theirs = format!("{base}      # from the weekly export\n      - {{ on: 2026-03-08, value: 64 }}  # estimate\n");
        let out = merge_texts(
            "metrics.yaml",
            FileKind::Metrics,
            base.as_bytes(),
            ours.as_bytes(),
            theirs.as_bytes(),
        );
        let Outcome::Merged { text, conflicts } = out else {
            panic!("{out:?}")
        };
        assert!(conflicts.is_empty());
        assert_eq!(
            text,
            format!("{ours}      # from the weekly export\n      - {{ on: 2026-03-08, value: 64 }}  # estimate\n")
        );
    }

    #[test]
    fn a_conflict_keeps_the_comments_of_both_sides() {
        let ours = BASE
            .replace("due: 2026-04-30", "due: 2026-05-15")
            .replace("title: CRM case view", "title: CRM case view  # ours");
        let theirs = BASE
            .replace("due: 2026-04-30", "due: 2026-06-01  # vendor date")
            .replace(
                "  # the pilot comes first\n",
                "  # the pilot comes first\n  # theirs above\n",
            );
        let (text, conflicts) = merged(BASE, &ours, &theirs);
        assert_eq!(conflicts.len(), 1);
        for c in [
            "# ours",
            "  # vendor date\n    due: 2026-05-15\n",
            "# theirs above",
            "# charter merge conflict:",
        ] {
            assert!(text.contains(c), "{c} lost:\n{text}");
        }
        assert_eq!(
            plan_dir::parse_file("milestones.yaml", text.as_bytes()),
            plan_dir::parse_file("milestones.yaml", ours.as_bytes())
        );
    }

    #[test]
    fn plan_files_are_known_by_their_path() {
        assert_eq!(
            plan_file(Path::new("acme/milestones.yaml")),
            Some(("milestones.yaml".to_string(), FileKind::Milestones))
        );
        assert_eq!(
            plan_file(Path::new("acme/reviews/2026-03-31.yaml")),
            Some(("reviews/2026-03-31.yaml".to_string(), FileKind::Review))
        );
        assert_eq!(plan_file(Path::new("acme/notes.yaml")), None);
    }
}
