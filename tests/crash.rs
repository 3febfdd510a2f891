//! Crash safety of `charter record` (DESIGN §2: "a crash leaves the old file
//! or the new one, never a torn one"): the real binary is killed with SIGKILL
//! at reproducible pseudo-random moments, and after every kill the plan must
//! still load, metrics.yaml must hold exactly the old bytes or the old bytes
//! plus the new reading, and whatever a killed process leaves behind (a plan
//! lock, a temporary file, a git lock) must be taken over, cleaned up, or
//! reported by the next command with what to do. At the end the repository
//! must pass `git fsck` and no committed reading may be missing from disk.
//!
//! Problems are gathered rather than asserted one by one, so that one run
//! reports every kind of damage it found (with the first attempt that showed
//! it), not only the first.
#![allow(clippy::unwrap_used)]

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};
use std::time::{Duration, Instant};

use common::{code, sealed, stderr, stdout, Sandbox, TODAY};

/// How many times `charter record` is killed.
const ATTEMPTS: usize = 200;
/// The plan, relative to the sandbox's work folder.
const PLAN: &str = "repo/plan";
/// Diagnostics that mean a file could not be read at all.
const UNREADABLE: [&str; 3] = ["syntax", "not-utf8", "not-text"];

#[test]
fn record_killed_at_random_moments_never_tears_or_loses_a_reading() {
    let started = Instant::now();
    let sb = Sandbox::new();
    sb.repo_init("repo");
    sb.copy_from_project("templates/contact-center", PLAN);
    sb.git("repo", &["add", "-A"]);
    sb.git("repo", &["commit", "-qm", "plan"]);
    let plan = sb.work().join(PLAN);
    let metrics = plan.join("metrics.yaml");
    let mut found = Findings::default();
    let mut day = 0;
    let mut next_reading = |i: usize| {
        day += 1;
        // Whole and half values, so both number forms are written.
        let value = if i % 2 == 0 {
            format!("{}", 55 + i % 30)
        } else {
            format!("{}.5", 55 + i % 30)
        };
        let on = date(day);
        let line = format!("      - {{ on: {on}, value: {value} }}\n");
        (value, on, line)
    };

    // Readings known to be on disk, in file order (dates only grow).
    let mut written: Vec<String> = Vec::new();

    // The typical duration of an unkilled run: the median of three.
    let mut durations = Vec::new();
    for i in 0..3 {
        let (value, on, line) = next_reading(i);
        let t = Instant::now();
        let out = record(&sb, &value, &on);
        durations.push(t.elapsed());
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        written.push(line);
    }
    durations.sort();
    let typical = durations[1];
    let max_delay = typical * 3 / 2;
    let mut rng = XorShift(0x2545_f491_4f6c_dd1d);
    let mut stale_git_locks = 0;
    let mut git_locks_seen = BTreeSet::new();
    let mut staged_after_kill = 0;
    let mut killed_mid_run = 0;
    let mut torn = 0;

    for i in 0..ATTEMPTS {
        let (value, on, line) = next_reading(i + 3);
        let before = fs::read(&metrics).unwrap();
        let temps_before = temp_files(&plan);
        let delay = Duration::from_micros(rng.below(max_delay.as_micros() as u64 + 1));

        let mut child = sealed(env!("CARGO_BIN_EXE_charter"), &sb.home())
            .current_dir(&plan)
            .args(["record", "fcr", &value, "--on", &on])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        std::thread::sleep(delay);
        // SIGKILL on Unix; a run that already finished just reports its exit.
        let _ = child.kill();
        let out = child.wait_with_output().unwrap();
        let finished = out.status.code().is_some();
        if !finished {
            killed_mid_run += 1;
        }
        let at = format!("attempt {i} (record fcr {value} --on {on}, killed after {delay:?})");

        // metrics.yaml: the old bytes, or the old bytes with the new line.
        let after = fs::read(&metrics).unwrap();
        if after == before {
            if out.status.success() {
                found.note("a run exited 0 but metrics.yaml is unchanged", &at);
            }
        } else if after == with_reading(&before, &line) {
            written.push(line.clone());
        } else {
            torn += 1;
            found.note(
                "metrics.yaml is neither the old content nor the old content plus the reading",
                &format!(
                    "{at}:\n--- before\n{}\n--- after\n{}",
                    String::from_utf8_lossy(&before),
                    String::from_utf8_lossy(&after)
                ),
            );
        }
        if finished && !out.status.success() {
            found.note(
                "a run that was not killed failed",
                &format!("{at}: exit {:?}: {}", out.status.code(), stderr(&out)),
            );
        }

        // Every file of the plan still parses.
        check_parses(&sb, &plan, &at, &mut found);

        // Temporary files: at most one, and only one the killed run made. A
        // run that got to finish (it took the plan lock) must have removed
        // those of earlier killed runs; one killed before taking the lock
        // could not.
        let temps = temp_files(&plan);
        let left_over: Vec<_> = temps.intersection(&temps_before).cloned().collect();
        if finished && !left_over.is_empty() {
            found.note(
                "a temporary file of a killed run is not cleaned up by the next run",
                &format!("{at}: still there: {left_over:?}"),
            );
        }
        if temps.difference(&temps_before).count() > 1 {
            found.note(
                "one run left more than one temporary file",
                &format!("{at}: {temps:?}"),
            );
        }
        if out.status.success() && plan.join(".charter.lock").exists() {
            found.note("a finished run left .charter.lock behind", &at);
        }

        // What `git status` shows right after the kill: a run killed between
        // moving the branch and writing the index leaves the index at the
        // old content, so a plain `git commit` would take the reading back out.
        let state = sb.git(
            "repo",
            &["status", "--porcelain", "--", "plan/metrics.yaml"],
        );
        if state.starts_with('M') {
            staged_after_kill += 1;
        }

        // A git lock left by the killed run. The user runs record again and
        // does what its message says (delete the lock it names, as no git
        // process runs), until record succeeds. Each refusal must name a lock
        // that is there and leave metrics.yaml alone.
        let git_dir = sb.work().join("repo/.git");
        let mut locks = git_locks(&git_dir);
        let left: Vec<String> = locks.iter().map(|l| rel_name(&git_dir, l)).collect();
        if !locks.is_empty() {
            stale_git_locks += 1;
            git_locks_seen.extend(locks.iter().map(|l| rel_name(&git_dir, l)));
        }
        let mut rounds = 0;
        while !locks.is_empty() {
            rounds += 1;
            let names: Vec<String> = locks.iter().map(|l| rel_name(&git_dir, l)).collect();
            let (value, on, line) = next_reading(i);
            let before = fs::read(&metrics).unwrap();
            let probe = record(&sb, &value, &on);
            let message = stderr(&probe);
            let after = fs::read(&metrics).unwrap();
            let detail = format!(
                "{at}: left {names:?}; after {rounds} round(s) of deleting what record named, \
                 record fcr {value} --on {on} exits {}: stdout {:?} stderr {message:?}",
                code(&probe),
                stdout(&probe)
            );
            if after == with_reading(&before, &line) {
                written.push(line);
            } else if after != before {
                found.note(
                    "metrics.yaml is neither the old content nor the old content plus the reading",
                    &detail,
                );
            }
            if probe.status.success() {
                // The locks left did not stand in the way: clean them up.
                for lock in &locks {
                    fs::remove_file(lock).unwrap();
                }
                break;
            }
            if after != before {
                found.note(
                    "record fails because of a git lock left by a killed run, after writing the reading",
                    &detail,
                );
            }
            let named: Vec<&PathBuf> = locks
                .iter()
                .zip(&names)
                .filter(|(_, name)| message.contains(name.as_str()))
                .map(|(lock, _)| lock)
                .collect();
            if code(&probe) != 2 || named.is_empty() || !message.contains("delete") {
                found.note(
                    "record does not say clearly what to do about a git lock left by a killed run",
                    &detail,
                );
                for lock in &locks {
                    fs::remove_file(lock).unwrap();
                }
                break;
            }
            for lock in named {
                fs::remove_file(lock).unwrap();
            }
            locks = git_locks(&git_dir);
        }
        if rounds > 1 {
            found.note(
                "after a kill, record names one git lock at a time: the user must delete and retry several times",
                &format!("{at}: left {left:?}"),
            );
        }
    }
    let loop_time = started.elapsed();

    // The repository is sound.
    let fsck = sealed("git", &sb.home())
        .current_dir(sb.work().join("repo"))
        .args(["fsck", "--full", "--strict"])
        .output()
        .unwrap();
    if !fsck.status.success() {
        found.note(
            "git fsck --full --strict fails",
            &format!("{}{}", stdout(&fsck), stderr(&fsck)),
        );
    }

    // At most metrics.yaml is changed (written by a run killed before it
    // committed), besides a lock or temporary file of the last killed run.
    // When that last run was killed between moving the branch and writing
    // the index, the index still holds the old content (`MM`, or `M ` when
    // the file is back to what HEAD holds): the state counted as
    // `staged_after_kill` above, which the next run of charter repairs.
    let status = sb.git("repo", &["status", "--porcelain"]);
    for entry in status.lines() {
        let allowed = entry == " M plan/metrics.yaml"
            || entry == "MM plan/metrics.yaml"
            || entry == "M  plan/metrics.yaml"
            || entry == "?? plan/.charter.lock"
            || (entry.starts_with("?? plan/.charter-") && entry.ends_with(".tmp"));
        if !allowed {
            found.note("git status shows more than metrics.yaml changed", &status);
        }
    }

    // Every committed version of metrics.yaml loads, and every reading ever
    // committed is still on disk.
    let disk = fs::read_to_string(&metrics).unwrap();
    let on_disk = fcr_readings(&disk);
    let versions = sb.git("repo", &["log", "--format=%H", "--", "plan/metrics.yaml"]);
    let versions: Vec<&str> = versions.lines().collect();
    let scratch = tempfile::tempdir().unwrap();
    for entry in fs::read_dir(&plan).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(".yaml") {
            fs::copy(entry.path(), scratch.path().join(&name)).unwrap();
        }
    }
    let mut committed = BTreeSet::new();
    for (n, commit) in versions.iter().enumerate() {
        let text = sb.git("repo", &["show", &format!("{commit}:plan/metrics.yaml")]);
        committed.extend(fcr_readings(&text));
        // charter check on the newest versions and on every tenth before them.
        if n < 20 || n % 10 == 0 {
            fs::write(scratch.path().join("metrics.yaml"), &text).unwrap();
            check_parses(
                &sb,
                scratch.path(),
                &format!("committed version {commit}"),
                &mut found,
            );
        }
    }
    let missing: Vec<_> = committed
        .iter()
        .filter(|r| !on_disk.contains(r))
        .cloned()
        .collect();
    if !missing.is_empty() {
        found.note(
            "readings that were committed are missing from metrics.yaml",
            &format!("{missing:?}"),
        );
    }
    // The readings on disk are exactly those of the runs that got through
    // the write, in order.
    if on_disk != written {
        found.note(
            "the readings on disk are not those of the runs that wrote",
            &format!(
                "{} on disk, {} written; on disk only: {:?}; written but not on disk: {:?}",
                on_disk.len(),
                written.len(),
                on_disk
                    .iter()
                    .filter(|r| !written.contains(r))
                    .collect::<Vec<_>>(),
                written
                    .iter()
                    .filter(|r| !on_disk.contains(r))
                    .collect::<Vec<_>>()
            ),
        );
    }

    eprintln!(
        "crash: typical run {typical:?}, delays 0..{max_delay:?}; {killed_mid_run} of {ATTEMPTS} \
         killed mid-run, {} readings on disk, {} commits of metrics.yaml, {stale_git_locks} \
         stale git locks {git_locks_seen:?}, {staged_after_kill} times the index lagged behind \
         HEAD, {torn} torn; temporary files left: {:?}; loop {loop_time:?}, total {:?}",
        on_disk.len(),
        versions.len(),
        temp_files(&plan),
        started.elapsed()
    );

    // One more run, not killed, leaves the repository clean: whatever the
    // last kill left (a written but uncommitted reading, an index behind
    // HEAD) is committed or repaired.
    for lock in git_locks(&sb.work().join("repo/.git")) {
        fs::remove_file(lock).unwrap();
    }
    let (value, on, _) = next_reading(ATTEMPTS + 1);
    let last = record(&sb, &value, &on);
    if !last.status.success() {
        found.note("a run after the kills fails", &stderr(&last));
    }
    let status = sb.git(
        "repo",
        &["status", "--porcelain", "--", "plan/metrics.yaml"],
    );
    if !status.is_empty() {
        found.note(
            "after a run that was not killed, metrics.yaml is still not committed",
            &status,
        );
    }
    found.assert_none();
}

/// The state a run killed while git moves the branch leaves behind (seen in
/// the test above when the kill lands inside the commit): `.git/index.lock`
/// and `.git/refs/heads/main.lock`. After the user deletes what record names,
/// record must name the branch lock too, before it writes anything: a reading
/// written but not committed is refused on retry ("already has a reading")
/// and is later committed under another reading's message.
#[test]
fn a_branch_lock_left_by_a_killed_commit_is_reported_before_anything_is_written() {
    let sb = Sandbox::new();
    sb.repo_init("repo");
    sb.copy_from_project("templates/contact-center", PLAN);
    sb.git("repo", &["add", "-A"]);
    sb.git("repo", &["commit", "-qm", "plan"]);
    let lock = sb.work().join("repo/.git/refs/heads/main.lock");
    fs::write(&lock, "").unwrap();
    let metrics = sb.work().join(PLAN).join("metrics.yaml");
    let before = fs::read(&metrics).unwrap();

    let out = record(&sb, "66", "2026-03-01");
    let message = stderr(&out);
    assert_eq!(code(&out), 2, "{message}");
    assert!(
        message.contains("refs/heads/main.lock") && message.contains("delete"),
        "record should name the lock and say to delete it: {message}"
    );
    assert!(
        fs::read(&metrics).unwrap() == before,
        "record wrote metrics.yaml although it could not commit: {message}\n{}",
        sb.git("repo", &["status", "--porcelain"])
    );

    // Once the user deleted it, the same command goes through.
    fs::remove_file(&lock).unwrap();
    let out = record(&sb, "66", "2026-03-01");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(sb.git("repo", &["status", "--porcelain"]), "");
}

/// `charter record fcr VALUE --on ON` in the plan, to the end.
fn record(sb: &Sandbox, value: &str, on: &str) -> Output {
    sb.charter_in(PLAN, &["record", "fcr", value, "--on", on])
}

/// Runs `charter check --format json` on the plan in `dir` and notes any file
/// that could not be read.
fn check_parses(sb: &Sandbox, dir: &Path, at: &str, found: &mut Findings) {
    let out = sealed(env!("CARGO_BIN_EXE_charter"), &sb.home())
        .current_dir(dir)
        .args(["--today", TODAY, "--plan"])
        .arg(dir)
        .args(["check", "--format", "json"])
        .output()
        .unwrap();
    let json: serde_json::Value = match serde_json::from_slice(&out.stdout) {
        Ok(json) => json,
        Err(_) => {
            found.note(
                "charter check does not print JSON",
                &format!("{at}: exit {}: {}", code(&out), stderr(&out)),
            );
            return;
        }
    };
    for error in json["errors"].as_array().into_iter().flatten() {
        let code = error["code"].as_str().unwrap_or_default();
        if UNREADABLE.contains(&code) {
            found.note("a plan file cannot be read", &format!("{at}: {error}"));
        }
    }
}

/// `before` with `line` added after the last reading of fcr, where record
/// puts a reading later than every other.
fn with_reading(before: &[u8], line: &str) -> Vec<u8> {
    let text = String::from_utf8_lossy(before);
    let mut out = String::new();
    let mut in_fcr = false;
    let mut last_reading_end = None;
    for l in text.split_inclusive('\n') {
        if l.starts_with("  - id: ") {
            in_fcr = l.trim_end() == "  - id: fcr";
        }
        out.push_str(l);
        if in_fcr && l.starts_with("      - { on: ") {
            last_reading_end = Some(out.len());
        }
    }
    let Some(at) = last_reading_end else {
        panic!("fcr has readings before the kills begin");
    };
    out.insert_str(at, line);
    out.into_bytes()
}

/// The reading lines of metric fcr, each with its newline.
fn fcr_readings(text: &str) -> Vec<String> {
    let mut in_fcr = false;
    let mut out = Vec::new();
    for l in text.split_inclusive('\n') {
        if l.starts_with("  - id: ") {
            in_fcr = l.trim_end() == "  - id: fcr";
        }
        if in_fcr && l.starts_with("      - { on: ") {
            out.push(l.to_string());
        }
    }
    out
}

/// The `.charter-*.tmp` files in the plan folder.
fn temp_files(plan: &Path) -> BTreeSet<String> {
    fs::read_dir(plan)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".charter-") && n.ends_with(".tmp"))
        .collect()
}

/// Every `*.lock` file in the git folder (index, refs, reflogs, config).
fn git_locks(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let entry = entry.unwrap();
        let path = entry.path();
        if entry.file_type().unwrap().is_dir() {
            out.extend(git_locks(&path));
        } else if path.extension().is_some_and(|e| e == "lock") {
            out.push(path);
        }
    }
    out
}

/// Day `n` of 2026 (1 is 2026-01-01) and on into later years.
fn date(n: u32) -> String {
    let mut left = n - 1;
    let mut year = 2026;
    loop {
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let months = [
            31,
            if leap { 29 } else { 28 },
            31,
            30,
            31,
            30,
            31,
            31,
            30,
            31,
            30,
            31,
        ];
        for (m, days) in months.iter().enumerate() {
            if left < *days {
                return format!("{year}-{:02}-{:02}", m + 1, left + 1);
            }
            left -= days;
        }
        year += 1;
    }
}

/// `lock`'s path inside the git folder, as a message would name it.
fn rel_name(git_dir: &Path, lock: &Path) -> String {
    lock.strip_prefix(git_dir)
        .unwrap_or(lock)
        .to_string_lossy()
        .into_owned()
}

/// A tiny reproducible PRNG (Marsaglia's xorshift64), so a failing run can be
/// replayed exactly.
struct XorShift(u64);

impl XorShift {
    fn below(&mut self, n: u64) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x % n
    }
}

/// Problems found, by kind: how often, and where first.
#[derive(Default)]
struct Findings {
    kinds: BTreeMap<&'static str, (usize, String)>,
}

impl Findings {
    fn note(&mut self, kind: &'static str, detail: &str) {
        let entry = self.kinds.entry(kind).or_insert((0, detail.to_string()));
        entry.0 += 1;
    }

    fn assert_none(&self) {
        if self.kinds.is_empty() {
            return;
        }
        let mut report = String::new();
        for (kind, (count, first)) in &self.kinds {
            report.push_str(&format!("\n* {kind} ({count}×); first: {first}\n"));
        }
        panic!("crash safety problems:{report}");
    }
}
