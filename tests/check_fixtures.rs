//! The validation corpus: every plan under `tests/fixtures/broken/` and
//! `tests/fixtures/valid/` is checked by the real binary, and what it prints
//! is compared with the files beside the plan.
//!
//! Each fixture folder holds a plan and:
//! - `expected`: the exact stdout of `charter --today 2026-03-15 check`,
//!   then a last line `exit: N`;
//! - `expected-strict` (warnings-only plans): the same for `check --strict`.
//!
//! To accept the binary's current output as the new expectation, run
//!
//! ```text
//! CHARTER_BLESS=1 cargo test --test check_fixtures
//! ```
//!
//! and read the diff of the `expected` files before committing it: a bless
//! also overwrites expectations that were written by hand to show what the
//! checker *should* print.
//!
//! Besides the comparison, every run asserts what scripts rely on (DESIGN
//! §4): each diagnostic line is `PATH:LINE:COL: error|warning: MESSAGE` with
//! a position inside the file, and `--format json` reports the same
//! diagnostics as the text output.

// Helpers outside `#[test]` unwrap too: a failure there is a broken test setup.
#![allow(clippy::unwrap_used)]

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const TODAY: &str = "2026-03-15";

/// One diagnostic header line, split into its parts.
#[derive(Debug, PartialEq)]
struct Header {
    file: String,
    line: u64,
    column: u64,
    severity: String,
    message: String,
}

/// Parses `PATH:LINE:COL: (error|warning): MESSAGE`, the shape of
/// `^[^:]+:\d+:\d+: (error|warning): .+`.
fn parse_header(text: &str) -> Option<Header> {
    let (file, rest) = text.split_once(':')?;
    let (line, rest) = rest.split_once(':')?;
    let (column, rest) = rest.split_once(": ")?;
    let (severity, message) = rest.split_once(": ")?;
    let number = |s: &str| -> Option<u64> {
        if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        s.parse().ok()
    };
    if file.is_empty() || !matches!(severity, "error" | "warning") || message.is_empty() {
        return None;
    }
    Some(Header {
        file: file.to_string(),
        line: number(line)?,
        column: number(column)?,
        severity: severity.to_string(),
        message: message.to_string(),
    })
}

struct Run {
    stdout: String,
    code: i32,
}

impl Run {
    /// What an `expected` file holds.
    fn transcript(&self) -> String {
        format!("{}exit: {}\n", self.stdout, self.code)
    }
}

/// Runs `charter --plan PLAN --today TODAY <args>` in a sealed environment.
fn charter(plan: &Path, home: &Path, args: &[&str]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_charter"))
        .arg("--plan")
        .arg(plan)
        .args(["--today", TODAY])
        .args(args)
        .current_dir(home)
        .env("HOME", home)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env_remove("CHARTER_TODAY")
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .output()
        .unwrap();
    Run {
        stdout: String::from_utf8(output.stdout).unwrap(),
        code: output.status.code().unwrap_or(-1),
    }
}

/// The fixture folders, in name order.
fn fixtures(root: &Path) -> Vec<PathBuf> {
    let mut all = Vec::new();
    for group in ["broken", "valid"] {
        let mut dirs: Vec<PathBuf> = fs::read_dir(root.join(group))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.is_dir())
            .collect();
        dirs.sort();
        all.extend(dirs);
    }
    all
}

/// A line diff of `expected` against `actual`, `-` for expected only and
/// `+` for actual only (longest common subsequence; the texts are short).
fn diff(expected: &str, actual: &str) -> String {
    let a: Vec<&str> = expected.lines().collect();
    let b: Vec<&str> = actual.lines().collect();
    let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut out = String::new();
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            let _ = writeln!(out, "   {}", a[i]);
            i += 1;
            j += 1;
        } else if j < b.len() && (i == a.len() || lcs[i][j + 1] >= lcs[i + 1][j]) {
            let _ = writeln!(out, " + {}", b[j]);
            j += 1;
        } else {
            let _ = writeln!(out, " - {}", a[i]);
            i += 1;
        }
    }
    out
}

/// Compares a run with its expectation file, or rewrites the file when blessing.
fn compare(dir: &Path, file: &str, run: &Run, bless: bool, failures: &mut Vec<String>) {
    let path = dir.join(file);
    let actual = run.transcript();
    if bless {
        fs::write(&path, &actual).unwrap();
        return;
    }
    let expected = match fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) => {
            failures.push(format!("{}: cannot read: {e}", path.display()));
            return;
        }
    };
    if expected != actual {
        failures.push(format!(
            "{} differs (- expected, + actual):\n{}",
            path.display(),
            diff(&expected, &actual)
        ));
    }
}

/// The text of a plan file by lines, read leniently: fixtures may hold
/// bytes that are not UTF-8 on purpose.
fn file_lines(dir: &Path, rel: &str) -> Option<Vec<String>> {
    let bytes = fs::read(dir.join(rel)).ok()?;
    let text = String::from_utf8_lossy(&bytes);
    Some(text.lines().map(str::to_string).collect())
}

/// Checks the shape of every diagnostic line and that it points inside its file.
fn check_lines(name: &str, dir: &Path, run: &Run, failures: &mut Vec<String>) -> Vec<Header> {
    let mut headers = Vec::new();
    for text in run.stdout.lines().filter(|l| !l.starts_with(' ')) {
        let Some(header) = parse_header(text) else {
            failures.push(format!(
                "{name}: not a `PATH:LINE:COL: error|warning: MESSAGE` line: {text:?}"
            ));
            continue;
        };
        match file_lines(dir, &header.file) {
            None => failures.push(format!(
                "{name}: names {}, which is not a file of the plan: {text:?}",
                header.file
            )),
            Some(lines) => {
                // An empty file has one (empty) line to point at.
                let count = lines.len().max(1) as u64;
                let width = lines
                    .get(header.line.saturating_sub(1) as usize)
                    .map_or(0, |l| l.chars().count()) as u64;
                if header.line == 0 || header.line > count {
                    failures.push(format!(
                        "{name}: line {} is outside {} ({count} lines): {text:?}",
                        header.line, header.file
                    ));
                } else if header.column == 0 || header.column > width + 1 {
                    failures.push(format!(
                        "{name}: column {} is outside line {} of {} ({width} characters): {text:?}",
                        header.column, header.line, header.file
                    ));
                }
            }
        }
        headers.push(header);
    }
    headers
}

/// Checks that `--format json` reports what the text output reports.
fn check_json(name: &str, dir: &Path, home: &Path, text: &[Header], failures: &mut Vec<String>) {
    let run = charter(dir, home, &["check", "--format", "json"]);
    let value: serde_json::Value = match serde_json::from_str(&run.stdout) {
        Ok(v) => v,
        Err(e) => {
            failures.push(format!(
                "{name}: --format json is not JSON ({e}):\n{}",
                run.stdout
            ));
            return;
        }
    };
    let mut from_json = Vec::new();
    for (key, severity) in [("errors", "error"), ("warnings", "warning")] {
        let Some(items) = value.get(key).and_then(|v| v.as_array()) else {
            failures.push(format!("{name}: --format json has no `{key}` list"));
            return;
        };
        for item in items {
            let str_of = |k: &str| item.get(k).and_then(|v| v.as_str()).map(str::to_string);
            let num_of = |k: &str| item.get(k).and_then(serde_json::Value::as_u64);
            let fields = (
                str_of("file"),
                num_of("line"),
                num_of("column"),
                str_of("message"),
                str_of("code"),
            );
            let (Some(file), Some(line), Some(column), Some(message), Some(code)) = fields else {
                failures.push(format!(
                    "{name}: a JSON {severity} lacks file, line, column, message or code: {item}"
                ));
                continue;
            };
            if code.is_empty() {
                failures.push(format!(
                    "{name}: a JSON {severity} has an empty code: {item}"
                ));
            }
            from_json.push(Header {
                file,
                line,
                column,
                severity: severity.to_string(),
                message,
            });
        }
    }
    let count =
        |list: &[Header], severity: &str| list.iter().filter(|h| h.severity == severity).count();
    for severity in ["error", "warning"] {
        let (t, j) = (count(text, severity), count(&from_json, severity));
        if t != j {
            failures.push(format!(
                "{name}: the text output has {t} {severity}(s), --format json has {j}"
            ));
        }
    }
    if from_json != text {
        failures.push(format!(
            "{name}: --format json and the text output disagree:\n  text: {text:?}\n  json: {from_json:?}"
        ));
    }
}

#[test]
fn check_fixtures() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let bless = std::env::var_os("CHARTER_BLESS").is_some_and(|v| v == "1");
    let home = tempfile::tempdir().unwrap();
    let mut failures = Vec::new();
    let all = fixtures(&root);
    assert!(all.len() > 1, "no fixtures found under {}", root.display());
    for dir in &all {
        let name = dir.strip_prefix(&root).unwrap().display().to_string();
        let run = charter(dir, home.path(), &["check"]);
        compare(dir, "expected", &run, bless, &mut failures);
        let headers = check_lines(&name, dir, &run, &mut failures);
        check_json(&name, dir, home.path(), &headers, &mut failures);
        if dir.join("expected-strict").exists() {
            let strict = charter(dir, home.path(), &["check", "--strict"]);
            compare(dir, "expected-strict", &strict, bless, &mut failures);
            check_lines(&name, dir, &strict, &mut failures);
        }
    }
    assert!(
        failures.is_empty(),
        "{} problem(s) in {} fixtures:\n\n{}",
        failures.len(),
        all.len(),
        failures.join("\n")
    );
}
