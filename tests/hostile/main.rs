//! Hostile plan files: the real binary on a plan whose one file is broken
//! on purpose (alias bombs, deep nesting, huge or binary files, odd
//! encodings, links, folders where files belong, huge lists). Every case
//! must end in bounded time with a positioned diagnostic that says what to
//! do, never a panic or a hang.
//!
//! Big inputs are generated here at test time, never committed.

#![allow(clippy::unwrap_used)]

#[path = "../common/mod.rs"]
mod common;

mod bombs;
mod bytes;
mod files;
mod long;

use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use common::{Sandbox, TODAY};

/// The plan every case starts from, at `work/p`.
const PLAN: &str = "p";

/// The bound for every case but the ones that must not even read the file.
const LIMIT: Duration = Duration::from_secs(10);

/// The one write every attack is tried with: a reading of fcr.
const RECORD_FCR: [&str; 7] = [
    "--today",
    TODAY,
    "record",
    "fcr",
    "66",
    "--on",
    "2026-03-01",
];

/// Output kept from a run; anything beyond is counted but dropped, so a
/// runaway report cannot exhaust the test's memory.
const KEEP_OUTPUT: usize = 64 * 1024 * 1024;

static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// How a bounded run of the binary ended.
struct Run {
    args: Vec<String>,
    code: i32,
    stdout: String,
    stderr: String,
    /// Bytes written to stdout, including any dropped beyond [`KEEP_OUTPUT`].
    stdout_bytes: usize,
    elapsed: Duration,
}

impl Run {
    /// Exited by itself (no signal, no panic), within `limit`.
    fn assert_sane(&self, limit: Duration) {
        assert!(
            !self.stderr.contains("panicked"),
            "charter {:?} panicked:\n{}",
            self.args,
            self.stderr
        );
        assert!(
            self.code >= 0,
            "charter {:?} was killed by a signal ({}):\n{}",
            self.args,
            -self.code,
            self.stderr
        );
        assert!(
            self.elapsed <= limit,
            "charter {:?} took {:?}, more than {limit:?}",
            self.args,
            self.elapsed
        );
    }

    fn diagnostics(&self) -> Vec<Diag> {
        self.stdout.lines().filter_map(Diag::parse).collect()
    }

    fn errors_in(&self, file: &str) -> Vec<Diag> {
        self.diagnostics()
            .into_iter()
            .filter(|d| d.severity == "error" && d.file == file)
            .collect()
    }
}

/// One `PATH:LINE:COL: severity: message` line of `charter check`.
#[derive(Debug, Clone, PartialEq)]
struct Diag {
    file: String,
    line: usize,
    col: usize,
    severity: String,
    message: String,
}

impl Diag {
    fn parse(text: &str) -> Option<Diag> {
        for severity in ["error", "warning"] {
            let Some((head, message)) = text.split_once(&format!(": {severity}: ")) else {
                continue;
            };
            let mut parts = head.rsplitn(3, ':');
            let col = parts.next()?.parse().ok()?;
            let line = parts.next()?.parse().ok()?;
            let file = parts.next()?.to_string();
            if file.is_empty() || file.starts_with(' ') {
                return None;
            }
            return Some(Diag {
                file,
                line,
                col,
                severity: severity.to_string(),
                message: message.to_string(),
            });
        }
        None
    }

    /// LINE and COL point inside `bytes` (the column may be just past the
    /// end of the line, where something is missing).
    fn assert_inside(&self, bytes: &[u8]) {
        let text = String::from_utf8_lossy(bytes);
        let lines: Vec<&str> = text.split('\n').collect();
        assert!(
            self.line >= 1 && self.line <= lines.len(),
            "{self:?}: line {} is outside the file's {} lines",
            self.line,
            lines.len()
        );
        let width = lines[self.line - 1].trim_end_matches('\r').chars().count();
        assert!(
            self.col >= 1 && self.col <= width + 1,
            "{self:?}: column {} is outside line {} ({width} characters)",
            self.col,
            self.line
        );
    }

    /// The message goes on to say what to do, not only what is wrong.
    fn assert_says_what_to_do(&self) {
        const VERBS: [&str; 24] = [
            "add", "check", "close", "copy", "delete", "end", "fix", "indent", "keep", "move",
            "pass", "put", "quote", "remove", "rename", "replace", "restore", "run", "save",
            "split", "use", "write", "give", "set",
        ];
        let words: Vec<String> = self
            .message
            .split(|c: char| !c.is_alphanumeric())
            .map(str::to_lowercase)
            .collect();
        // Listing the valid names, or suggesting one, also tells what to write.
        let lists_choices =
            self.message.contains("did you mean") || self.message.contains("the fields here are");
        assert!(
            lists_choices || VERBS.iter().any(|v| words.iter().any(|w| w == v)),
            "the message says what is wrong but not what to do: {self:?}"
        );
    }
}

/// Reads a pipe to its end, keeping the first [`KEEP_OUTPUT`] bytes.
fn drain(mut pipe: impl Read + Send + 'static) -> std::thread::JoinHandle<(Vec<u8>, usize)> {
    std::thread::spawn(move || {
        let mut kept = Vec::new();
        let mut total = 0;
        let mut buf = vec![0u8; 1 << 16];
        loop {
            match pipe.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    total += n;
                    let room = KEEP_OUTPUT.saturating_sub(kept.len());
                    kept.extend_from_slice(&buf[..n.min(room)]);
                }
            }
        }
        (kept, total)
    })
}

/// Runs charter in `cwd` (under work) with a deadline: killed and the test
/// failed when it is not done within `limit` (plus a grace second, so the
/// caller can report the time it took).
fn run_bounded(sb: &Sandbox, cwd: &str, args: &[&str], limit: Duration) -> Run {
    // One run at a time, so that the time bounds measure charter and not
    // the other cases of this file competing for the same cores.
    let _turn = ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let mut child = common::sealed(env!("CARGO_BIN_EXE_charter"), &sb.home())
        .current_dir(sb.work().join(cwd))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let out = drain(child.stdout.take().unwrap());
    let err = drain(child.stderr.take().unwrap());
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > limit + Duration::from_secs(1) {
            child.kill().unwrap();
            child.wait().unwrap();
            let (err, _) = err.join().unwrap();
            panic!(
                "charter {args:?} did not finish within {limit:?} and was killed; stderr so far:\n{}",
                String::from_utf8_lossy(&err[..err.len().min(2000)])
            );
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    // A signal (a crash, an abort) is a negative code.
    let code = status
        .code()
        .unwrap_or_else(|| -std::os::unix::process::ExitStatusExt::signal(&status).unwrap_or(0));
    let elapsed = start.elapsed();
    let (stdout, stdout_bytes) = out.join().unwrap();
    let (stderr, _) = err.join().unwrap();
    Run {
        args: args.iter().map(|a| a.to_string()).collect(),
        code,
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
        stdout_bytes,
        elapsed,
    }
}

/// The contact-center template at `work/p`, outside any repository.
fn plan(sb: &Sandbox) {
    sb.copy_from_project("templates/contact-center", PLAN);
}

fn path(sb: &Sandbox, rel: &str) -> PathBuf {
    sb.work().join(PLAN).join(rel)
}

fn read_bytes(sb: &Sandbox, rel: &str) -> Vec<u8> {
    fs::read(path(sb, rel)).unwrap()
}

fn write_bytes(sb: &Sandbox, rel: &str, bytes: &[u8]) {
    fs::write(path(sb, rel), bytes).unwrap();
}

/// `bytes` with the first `from` replaced by `to` (which must be there).
fn replace_once(bytes: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    let at = bytes
        .windows(from.len())
        .position(|w| w == from)
        .unwrap_or_else(|| panic!("{:?} is not in the file", String::from_utf8_lossy(from)));
    [&bytes[..at], to, &bytes[at + from.len()..]].concat()
}

/// 1-based line and column (in characters of the valid text before it) of byte `at`.
fn line_col_of(bytes: &[u8], at: usize) -> (usize, usize) {
    let before = &bytes[..at];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let col = String::from_utf8_lossy(&before[start..]).chars().count() + 1;
    (line, col)
}

fn check(sb: &Sandbox, limit: Duration) -> Run {
    let run = run_bounded(sb, PLAN, &["--today", TODAY, "check"], limit);
    run.assert_sane(limit);
    run
}

/// `charter check` fails with an error in `file` whose message holds
/// `needle`, positioned inside the file and saying what to do; `status
/// --format json` still answers, counting the error. Returns that error.
fn expect_error(sb: &Sandbox, file: &str, needle: &str, limit: Duration) -> Diag {
    let run = check(sb, limit);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    let errors = run.errors_in(file);
    let Some(error) = errors.iter().find(|d| d.message.contains(needle)) else {
        panic!(
            "no error in {file} mentioning {needle:?}; output:\n{}",
            &run.stdout[..run.stdout.len().min(4000)]
        );
    };
    let on_disk = fs::read(path(sb, file)).unwrap_or_default();
    error.assert_inside(&on_disk);
    error.assert_says_what_to_do();
    let status = status_json(sb, limit);
    assert_eq!(status.code, 1, "{}", status.stderr);
    let json: serde_json::Value = serde_json::from_str(&status.stdout).unwrap();
    assert!(json["errors"].as_u64().unwrap() >= 1, "{json}");
    error.clone()
}

fn status_json(sb: &Sandbox, limit: Duration) -> Run {
    let run = run_bounded(
        sb,
        PLAN,
        &["--today", TODAY, "status", "--format", "json"],
        limit,
    );
    run.assert_sane(limit);
    run
}

fn check_json(sb: &Sandbox, limit: Duration) -> (Run, serde_json::Value) {
    let run = run_bounded(
        sb,
        PLAN,
        &["--today", TODAY, "check", "--format", "json"],
        limit,
    );
    run.assert_sane(limit);
    let json = serde_json::from_str(&run.stdout).unwrap_or_else(|e| {
        panic!(
            "check --format json is not JSON ({e}): {}",
            &run.stdout[..run.stdout.len().min(2000)]
        )
    });
    (run, json)
}

/// A small deterministic generator, so a failing input can be rebuilt.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}
