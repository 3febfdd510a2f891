//! Hostile plan files: the real binary on a plan whose one file is broken
//! on purpose (alias bombs, deep nesting, huge or binary files, odd
//! encodings, links, folders where files belong, huge lists). Every case
//! must end in bounded time with a positioned diagnostic that says what to
//! do, never a panic or a hang.
//!
//! Big inputs are generated here at test time, never committed.

#![allow(clippy::unwrap_used)]

mod common;

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

// ---------------------------------------------------------------------------
// Parser bombs

#[test]
fn alias_bomb_is_refused_without_expansion() {
    let sb = Sandbox::new();
    plan(&sb);
    // "Billion laughs": 9 levels of 9 aliases each, 9^9 leaves if expanded.
    let mut text = String::from("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for level in 1..9 {
        let refs = vec![format!("*a{}", level - 1); 9].join(", ");
        text.push_str(&format!("a{level}: &a{level} [{refs}]\n"));
    }
    text.push_str("goals: *a8\n");
    write_bytes(&sb, "goals.yaml", text.as_bytes());
    let error = expect_error(&sb, "goals.yaml", "aliases", LIMIT);
    // At the first alias, on the second line.
    assert_eq!((error.line, error.col), (2, 10), "{error:?}");
}

#[test]
fn hundred_thousand_open_brackets_are_refused() {
    let sb = Sandbox::new();
    plan(&sb);
    let text = format!("goals: {}", "[".repeat(100_000));
    write_bytes(&sb, "goals.yaml", text.as_bytes());
    let error = expect_error(&sb, "goals.yaml", "nesting deeper", LIMIT);
    assert_eq!(error.line, 1, "{error:?}");
}

/// The error points where the nesting gets too deep, whatever follows.
#[test]
fn deep_flow_nesting_is_reported_at_the_same_bracket_however_many_follow() {
    let positions: Vec<(usize, usize)> = [100, 1_000, 100_000]
        .into_iter()
        .map(|n| {
            let sb = Sandbox::new();
            plan(&sb);
            write_bytes(
                &sb,
                "goals.yaml",
                format!("goals: {}", "[".repeat(n)).as_bytes(),
            );
            let error = expect_error(&sb, "goals.yaml", "nesting deeper", LIMIT);
            (error.line, error.col)
        })
        .collect();
    assert!(
        positions.iter().all(|p| *p == positions[0]),
        "the same too-deep bracket is reported at different columns: {positions:?} \
         (for 100, 1,000 and 100,000 `[`)"
    );
}

/// 100,000 levels of block-mapping indentation would need a 5 GB file (each
/// level one space deeper), far past the size limit; 10,000 levels (50 MB,
/// under the limit) exercise the parser on the same shape.
#[test]
fn ten_thousand_levels_of_block_indentation_are_refused() {
    let sb = Sandbox::new();
    plan(&sb);
    let mut file = std::io::BufWriter::new(fs::File::create(path(&sb, "goals.yaml")).unwrap());
    file.write_all(b"goals:\n").unwrap();
    for level in 1..10_000 {
        writeln!(file, "{}k{level}:", " ".repeat(level)).unwrap();
    }
    file.flush().unwrap();
    drop(file);
    let error = expect_error(&sb, "goals.yaml", "nesting deeper", LIMIT);
    assert!(error.line <= 66, "reported far below the limit: {error:?}");
}

#[test]
fn hundred_thousand_levels_of_block_sequences_are_refused() {
    let sb = Sandbox::new();
    plan(&sb);
    let text = format!("goals:\n{}x\n", "- ".repeat(100_000));
    write_bytes(&sb, "goals.yaml", text.as_bytes());
    let error = expect_error(&sb, "goals.yaml", "nesting deeper", LIMIT);
    assert_eq!(error.line, 2, "{error:?}");
}

// ---------------------------------------------------------------------------
// Size

/// A 200 MB metrics.yaml of plausible readings.
fn huge_metrics(sb: &Sandbox) -> u64 {
    let original = fs::read_to_string(path(sb, "metrics.yaml")).unwrap();
    let head = original.split("\n  - id: asa").next().unwrap();
    let mut file = std::io::BufWriter::new(fs::File::create(path(sb, "metrics.yaml")).unwrap());
    file.write_all(head.as_bytes()).unwrap();
    file.write_all(b"\n    readings:\n").unwrap();
    let chunk = "      - { on: 2026-01-31, value: 63 }\n".repeat(10_000);
    let mut written = 0u64;
    while written < 200 * 1024 * 1024 {
        file.write_all(chunk.as_bytes()).unwrap();
        written += chunk.len() as u64;
    }
    file.flush().unwrap();
    fs::metadata(path(sb, "metrics.yaml")).unwrap().len()
}

#[test]
fn a_200_mb_metrics_file_is_refused_unread() {
    let sb = Sandbox::new();
    plan(&sb);
    let size = huge_metrics(&sb);
    let fast = Duration::from_secs(2);
    let error = expect_error(&sb, "metrics.yaml", "far bigger than any plan file", fast);
    assert_eq!((error.line, error.col), (1, 1), "{error:?}");
    assert!(
        error
            .message
            .contains(&format!("{} MB", size / (1024 * 1024))),
        "{error:?}"
    );
    // A command that writes refuses too, and leaves the file alone.
    let before = fs::metadata(path(&sb, "metrics.yaml")).unwrap();
    let record = run_bounded(
        &sb,
        PLAN,
        &[
            "--today",
            TODAY,
            "record",
            "fcr",
            "66",
            "--on",
            "2026-03-01",
        ],
        fast,
    );
    record.assert_sane(fast);
    assert_eq!(record.code, 2, "{}", record.stderr);
    assert!(record.stderr.contains("metrics.yaml"), "{}", record.stderr);
    let after = fs::metadata(path(&sb, "metrics.yaml")).unwrap();
    assert_eq!(after.len(), before.len());
    assert_eq!(after.modified().unwrap(), before.modified().unwrap());
}

// ---------------------------------------------------------------------------
// Bytes that are not the text they should be

#[test]
fn binary_garbage_is_reported_as_not_utf8() {
    for file in ["goals.yaml", "plan.yaml"] {
        let sb = Sandbox::new();
        plan(&sb);
        let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
        let garbage: Vec<u8> = (0..65_536).map(|_| rng.next() as u8).collect();
        assert!(std::str::from_utf8(&garbage).is_err());
        write_bytes(&sb, file, &garbage);
        let error = expect_error(&sb, file, "not valid UTF-8", LIMIT);
        let bad = std::str::from_utf8(&garbage).unwrap_err().valid_up_to();
        assert_eq!(
            (error.line, error.col),
            line_col_of(&garbage, bad),
            "{error:?}"
        );
    }
}

/// Short files of YAML punctuation: whatever they parse to, charter
/// answers 0 or 1 with positioned errors, never a panic.
#[test]
fn yaml_punctuation_soup_never_panics() {
    const ALPHABET: &[u8] = b"  \n\n-:?,[]{}#&*!|>'\"%@`~\\ab1.\t";
    let sb = Sandbox::new();
    plan(&sb);
    let mut rng = XorShift(0xDEAD_BEEF_CAFE_F00D);
    for round in 0..40 {
        let len = 1 + (rng.next() % 400) as usize;
        let soup: Vec<u8> = (0..len)
            .map(|_| ALPHABET[(rng.next() % ALPHABET.len() as u64) as usize])
            .collect();
        let file = ["goals.yaml", "milestones.yaml", "metrics.yaml"][round % 3];
        let saved = read_bytes(&sb, file);
        write_bytes(&sb, file, &soup);
        let run = check(&sb, LIMIT);
        assert!(
            run.code == 0 || run.code == 1,
            "round {round}, {file} = {:?}: exit {}\n{}",
            String::from_utf8_lossy(&soup),
            run.code,
            run.stderr
        );
        for error in run.errors_in(file) {
            error.assert_inside(&soup);
        }
        write_bytes(&sb, file, &saved);
    }
}

#[test]
fn latin1_bytes_in_a_title_are_pinpointed() {
    let sb = Sandbox::new();
    plan(&sb);
    let bytes = replace_once(
        &read_bytes(&sb, "goals.yaml"),
        b"title: Resolve more requests",
        b"title: R\xe9solve more requests",
    );
    write_bytes(&sb, "goals.yaml", &bytes);
    let error = expect_error(&sb, "goals.yaml", "not valid UTF-8", LIMIT);
    let at = bytes.iter().position(|&b| b == 0xe9).unwrap();
    assert_eq!(
        (error.line, error.col),
        line_col_of(&bytes, at),
        "{error:?}"
    );
    assert!(error.message.contains("0xE9"), "{error:?}");
    assert!(error.message.contains("save it as UTF-8"), "{error:?}");
}

#[test]
fn a_nul_byte_is_pinpointed() {
    let sb = Sandbox::new();
    plan(&sb);
    let bytes = replace_once(
        &read_bytes(&sb, "goals.yaml"),
        b"owner: miriam",
        b"owner: mir\0iam",
    );
    write_bytes(&sb, "goals.yaml", &bytes);
    let error = expect_error(&sb, "goals.yaml", "NUL", LIMIT);
    let at = bytes.iter().position(|&b| b == 0).unwrap();
    assert_eq!(
        (error.line, error.col),
        line_col_of(&bytes, at),
        "{error:?}"
    );
}

#[test]
fn a_tab_in_the_indentation_is_pinpointed() {
    let sb = Sandbox::new();
    plan(&sb);
    let bytes = replace_once(
        &read_bytes(&sb, "goals.yaml"),
        b"    horizon: short\n    owner: daniel",
        b"\thorizon: short\n    owner: daniel",
    );
    write_bytes(&sb, "goals.yaml", &bytes);
    let error = expect_error(&sb, "goals.yaml", "tab", LIMIT);
    let at = bytes.iter().position(|&b| b == b'\t').unwrap();
    assert_eq!(
        (error.line, error.col),
        line_col_of(&bytes, at),
        "{error:?}"
    );
    assert!(error.message.contains("spaces"), "{error:?}");
}

/// Every file of `dir` rewritten by `f`.
fn rewrite_all(dir: &Path, f: impl Fn(&[u8]) -> Vec<u8>) {
    for entry in fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.is_file() {
            let bytes = fs::read(&p).unwrap();
            fs::write(&p, f(&bytes)).unwrap();
        }
    }
}

/// Records the same reading in `work/p` (altered) and `work/q` (the plain
/// template), both outside any repository.
fn record_in_both(sb: &Sandbox) {
    for dir in [PLAN, "q"] {
        let run = run_bounded(
            sb,
            dir,
            &[
                "--today",
                TODAY,
                "record",
                "fcr",
                "66",
                "--on",
                "2026-03-01",
            ],
            LIMIT,
        );
        run.assert_sane(LIMIT);
        assert_eq!(run.code, 0, "{dir}: {}", run.stderr);
        assert!(run.stdout.contains("not committed"), "{}", run.stdout);
    }
}

#[test]
fn a_byte_order_mark_loads_and_record_keeps_it() {
    const BOM: &[u8] = b"\xef\xbb\xbf";
    let sb = Sandbox::new();
    plan(&sb);
    sb.copy_from_project("templates/contact-center", "q");
    rewrite_all(&path(&sb, ""), |b| [BOM, b].concat());
    let with_bom = check(&sb, LIMIT);
    assert_eq!(with_bom.code, 0, "{}{}", with_bom.stdout, with_bom.stderr);
    let plain = run_bounded(&sb, "q", &["--today", TODAY, "check"], LIMIT);
    assert_eq!(with_bom.diagnostics(), plain.diagnostics());
    let goals = read_bytes(&sb, "goals.yaml");
    record_in_both(&sb);
    let recorded = read_bytes(&sb, "metrics.yaml");
    let expected = [BOM, &fs::read(sb.work().join("q/metrics.yaml")).unwrap()].concat();
    assert_eq!(
        String::from_utf8_lossy(&recorded),
        String::from_utf8_lossy(&expected)
    );
    assert_eq!(
        read_bytes(&sb, "goals.yaml"),
        goals,
        "an untouched file changed"
    );
}

#[test]
fn crlf_line_ends_load_and_record_keeps_them() {
    let sb = Sandbox::new();
    plan(&sb);
    sb.copy_from_project("templates/contact-center", "q");
    let crlf = |b: &[u8]| {
        String::from_utf8(b.to_vec())
            .unwrap()
            .replace('\n', "\r\n")
            .into_bytes()
    };
    rewrite_all(&path(&sb, ""), crlf);
    let run = check(&sb, LIMIT);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let plain = run_bounded(&sb, "q", &["--today", TODAY, "check"], LIMIT);
    assert_eq!(run.diagnostics(), plain.diagnostics());
    record_in_both(&sb);
    let recorded = String::from_utf8(read_bytes(&sb, "metrics.yaml")).unwrap();
    let expected = crlf(&fs::read(sb.work().join("q/metrics.yaml")).unwrap());
    assert_eq!(recorded, String::from_utf8(expected).unwrap());
}

// ---------------------------------------------------------------------------
// Links, and folders where files belong (and the reverse)

#[test]
fn a_link_to_a_file_outside_the_plan_is_refused() {
    let sb = Sandbox::new();
    plan(&sb);
    sb.write("elsewhere/goals.yaml", &sb.read("p/goals.yaml"));
    fs::remove_file(path(&sb, "goals.yaml")).unwrap();
    std::os::unix::fs::symlink(
        sb.work().join("elsewhere/goals.yaml"),
        path(&sb, "goals.yaml"),
    )
    .unwrap();
    let error = expect_error(&sb, "goals.yaml", "outside the plan folder", LIMIT);
    assert_eq!((error.line, error.col), (1, 1));
}

#[test]
fn a_link_to_nothing_is_refused() {
    let sb = Sandbox::new();
    plan(&sb);
    fs::remove_file(path(&sb, "goals.yaml")).unwrap();
    std::os::unix::fs::symlink("missing.yaml", path(&sb, "goals.yaml")).unwrap();
    let run = check(&sb, LIMIT);
    assert_eq!(run.code, 1, "{}", run.stdout);
    let errors = run.errors_in("goals.yaml");
    assert_eq!(errors.len(), 1, "{}", run.stdout);
    errors[0].assert_says_what_to_do();
}

#[test]
fn a_link_to_a_file_inside_the_plan_is_fine() {
    let sb = Sandbox::new();
    plan(&sb);
    fs::create_dir(path(&sb, "parts")).unwrap();
    fs::rename(path(&sb, "goals.yaml"), path(&sb, "parts/goals.yaml")).unwrap();
    std::os::unix::fs::symlink("parts/goals.yaml", path(&sb, "goals.yaml")).unwrap();
    let run = check(&sb, LIMIT);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(run.errors_in("goals.yaml").is_empty());
}

/// check accepts metrics.yaml as a link inside the plan, so record must
/// either write through the link or refuse; replacing the link with a
/// regular file silently forks the data (the linked file never gets the
/// reading).
#[test]
fn record_through_a_link_inside_the_plan_keeps_the_link() {
    let sb = Sandbox::new();
    plan(&sb);
    fs::create_dir(path(&sb, "parts")).unwrap();
    fs::rename(path(&sb, "metrics.yaml"), path(&sb, "parts/metrics.yaml")).unwrap();
    std::os::unix::fs::symlink("parts/metrics.yaml", path(&sb, "metrics.yaml")).unwrap();
    let before = read_bytes(&sb, "parts/metrics.yaml");
    let run = run_bounded(
        &sb,
        PLAN,
        &[
            "--today",
            TODAY,
            "record",
            "fcr",
            "66",
            "--on",
            "2026-03-01",
        ],
        LIMIT,
    );
    run.assert_sane(LIMIT);
    let link = fs::symlink_metadata(path(&sb, "metrics.yaml")).unwrap();
    assert!(
        link.file_type().is_symlink(),
        "record (exit {}) replaced the link metrics.yaml -> parts/metrics.yaml with a regular file; \
         parts/metrics.yaml {} the reading",
        run.code,
        if read_bytes(&sb, "parts/metrics.yaml") == before {
            "did not get"
        } else {
            "got"
        }
    );
    let target = String::from_utf8(read_bytes(&sb, "parts/metrics.yaml")).unwrap();
    match run.code {
        0 => assert!(target.contains("{ on: 2026-03-01, value: 66 }"), "{target}"),
        2 => assert_eq!(target.as_bytes(), before, "refused, yet the file changed"),
        other => panic!("exit {other}: {}", run.stderr),
    }
}

/// A metrics.yaml that does not parse has metrics charter cannot see: record
/// must say the file has errors, not that the metric does not exist.
#[test]
fn record_on_a_metrics_file_with_a_syntax_error_says_so() {
    let sb = Sandbox::new();
    plan(&sb);
    let mut bytes = read_bytes(&sb, "metrics.yaml");
    bytes.extend_from_slice(b"<<<<<<< HEAD\n");
    write_bytes(&sb, "metrics.yaml", &bytes);
    let run = run_bounded(
        &sb,
        PLAN,
        &[
            "--today",
            TODAY,
            "record",
            "fcr",
            "66",
            "--on",
            "2026-03-01",
        ],
        LIMIT,
    );
    run.assert_sane(LIMIT);
    assert_eq!(run.code, 2, "{}", run.stdout);
    assert!(
        run.stderr.contains("metrics.yaml has errors") && run.stderr.contains("charter check"),
        "misleading message for a metrics.yaml that does not parse: {}",
        run.stderr
    );
    assert_eq!(read_bytes(&sb, "metrics.yaml"), bytes);
}

#[test]
fn a_plan_folder_that_is_a_file_is_a_usage_error() {
    let sb = Sandbox::new();
    sb.write("somefile", "not a plan\n");
    let run = run_bounded(
        &sb,
        "",
        &["--plan", "somefile", "--today", TODAY, "check"],
        LIMIT,
    );
    run.assert_sane(LIMIT);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("is a file, not a folder"),
        "{}",
        run.stderr
    );
    assert_eq!(sb.read("somefile"), "not a plan\n");
}

/// A plan.yaml that is a folder is not "no plan": say what is wrong with it.
#[test]
fn a_plan_yaml_that_is_a_folder_is_named() {
    let sb = Sandbox::new();
    plan(&sb);
    fs::remove_file(path(&sb, "plan.yaml")).unwrap();
    fs::create_dir(path(&sb, "plan.yaml")).unwrap();
    for (cwd, args) in [
        ("", vec!["--plan", PLAN, "--today", TODAY, "check"]),
        (PLAN, vec!["--today", TODAY, "check"]),
    ] {
        let run = run_bounded(&sb, cwd, &args, LIMIT);
        run.assert_sane(LIMIT);
        assert_eq!(run.code, 2, "{}", run.stderr);
        assert!(
            run.stderr.contains("plan.yaml") && run.stderr.contains("is a folder"),
            "charter {args:?} does not say that plan.yaml is a folder: {}",
            run.stderr
        );
    }
}

/// A file named `reviews` where the reviews folder belongs hides every
/// review; it must be reported, not silently taken as "no reviews".
#[test]
fn a_reviews_file_instead_of_a_folder_is_reported() {
    let sb = Sandbox::new();
    plan(&sb);
    sb.write(
        "p/reviews",
        "date: 2026-02-02\ntitle: First steering review\nattendees: [dana]\n",
    );
    let run = check(&sb, LIMIT);
    let about_reviews: Vec<Diag> = run
        .diagnostics()
        .into_iter()
        .filter(|d| d.file.starts_with("reviews"))
        .collect();
    assert!(
        run.code == 1 && !about_reviews.is_empty(),
        "exit {}, and nothing says that `reviews` is a file, not a folder:\n{}",
        run.code,
        run.stdout
    );
    about_reviews[0].assert_says_what_to_do();
}

#[test]
fn a_folder_where_a_file_belongs_is_reported() {
    let sb = Sandbox::new();
    plan(&sb);
    fs::remove_file(path(&sb, "goals.yaml")).unwrap();
    fs::create_dir(path(&sb, "goals.yaml")).unwrap();
    fs::create_dir_all(path(&sb, "reviews/2026-02-02.yaml")).unwrap();
    expect_error(&sb, "goals.yaml", "folder", LIMIT);
    expect_error(&sb, "reviews/2026-02-02.yaml", "folder", LIMIT);
}

// ---------------------------------------------------------------------------
// Long lines and long lists

/// One 1 MB line holding 18,000 goals in flow style: every goal gets its
/// warning (no milestone), in bounded time and with output of sane size.
#[test]
fn a_one_megabyte_line_of_goals_is_checked_in_bounded_time() {
    let sb = Sandbox::new();
    plan(&sb);
    let goals: Vec<String> = (0..18_000)
        .map(|i| format!("{{id: g{i}, title: Goal {i}, horizon: short, owner: dana}}"))
        .collect();
    let text = format!("{{goals: [{}]}}", goals.join(", "));
    assert!(text.len() > 1_000_000 && !text.contains('\n'));
    write_bytes(&sb, "goals.yaml", text.as_bytes());
    let run = check(&sb, LIMIT);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stdout_bytes < 32 * 1024 * 1024,
        "{} bytes of output for 18,000 diagnostics",
        run.stdout_bytes
    );
    let warnings: Vec<Diag> = run
        .diagnostics()
        .into_iter()
        .filter(|d| d.file == "goals.yaml" && d.message.contains("has no milestones"))
        .collect();
    assert_eq!(warnings.len(), 18_000);
    for w in warnings.iter().step_by(997) {
        w.assert_inside(text.as_bytes());
    }
    // The excerpt under a diagnostic stays short however long the line.
    let longest = run.stdout.lines().map(str::len).max().unwrap_or(0);
    assert!(longest < 1000, "an output line of {longest} bytes");
}

/// A file that is one 1 MB word: the message must not quote all of it.
#[test]
fn a_one_megabyte_scalar_is_not_quoted_whole() {
    let sb = Sandbox::new();
    plan(&sb);
    write_bytes(&sb, "goals.yaml", "x".repeat(1_000_000).as_bytes());
    let run = check(&sb, LIMIT);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let errors = run.errors_in("goals.yaml");
    assert_eq!(errors.len(), 1, "{:?}", errors);
    errors[0].assert_inside(&read_bytes(&sb, "goals.yaml"));
    let longest = run.stdout.lines().map(str::len).max().unwrap_or(0);
    assert!(
        longest < 1000,
        "an output line of {longest} bytes: the diagnostic quotes the whole value"
    );
}

/// A 1 MB line with no `key:` at the end of a file: the YAML parser's own
/// words ("simple key expect ':'") are not enough; say what to do.
#[test]
fn a_one_megabyte_line_without_a_colon_gets_a_hint() {
    let sb = Sandbox::new();
    plan(&sb);
    let mut bytes = read_bytes(&sb, "charter.yaml");
    bytes.extend(std::iter::repeat_n(b'x', 1_000_000));
    write_bytes(&sb, "charter.yaml", &bytes);
    expect_error(&sb, "charter.yaml", "", LIMIT);
}

#[test]
fn ten_thousand_unknown_fields_are_all_reported_in_bounded_time() {
    let sb = Sandbox::new();
    plan(&sb);
    let extra: String = (0..10_000)
        .map(|i| format!("    unknwon-{i}: x\n"))
        .collect();
    let goals = sb.read("p/goals.yaml").replacen(
        "    horizon: short\n    owner: dana\n",
        &format!("    horizon: short\n    owner: dana\n{extra}"),
        1,
    );
    sb.write("p/goals.yaml", &goals);
    let run = check(&sb, LIMIT);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let unknown: Vec<Diag> = run
        .errors_in("goals.yaml")
        .into_iter()
        .filter(|d| d.message.contains("unknown field"))
        .collect();
    assert_eq!(unknown.len(), 10_000);
    // Each at its own line, in order, inside the file.
    for (i, d) in unknown.iter().enumerate() {
        assert_eq!(d.line, 6 + i, "{d:?}");
        assert!(d.message.contains(&format!("`unknwon-{i}`")), "{d:?}");
    }
    unknown[9_999].assert_inside(goals.as_bytes());
    unknown[0].assert_says_what_to_do();
    let (_, json) = check_json(&sb, LIMIT);
    assert_eq!(json["errors"].as_array().unwrap().len(), 10_000);
}

#[test]
fn hundred_thousand_milestones_with_one_id_are_reported_in_bounded_time() {
    let sb = Sandbox::new();
    plan(&sb);
    let item = "  - { id: same, title: T, goal: answer-faster, phase: define, owner: dana, \
                start: 2026-01-05, due: 2026-02-01, status: planned }\n";
    let text = format!("milestones:\n{}", item.repeat(100_000));
    sb.write("p/milestones.yaml", &text);
    let started = Instant::now();
    let (run, json) = check_json(&sb, LIMIT);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let duplicates = json["errors"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["code"] == "duplicate-id")
        .count();
    assert_eq!(duplicates, 99_999, "took {:?}", started.elapsed());
    let run = check(&sb, LIMIT);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let text_duplicates = run
        .errors_in("milestones.yaml")
        .iter()
        .filter(|d| d.message.contains("duplicate milestone id `same`"))
        .count();
    assert_eq!(text_duplicates, 99_999);
}
