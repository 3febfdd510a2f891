//! Two writers on one plan (DESIGN §2, src/store/lock.rs): `charter record`
//! processes started at the same moment must each either land their reading
//! (on disk and in the commit) or be told the plan is busy, never lose a
//! reading, never leave the repository dirty or a lock behind; a lock held by
//! a live process makes a writer wait, then give up clearly, and a lock whose
//! owner is gone is taken over.
//!
//! A file changed on disk while a command runs cannot be timed reliably from
//! outside the process; the library tests cover it.
#![allow(clippy::unwrap_used)]

mod common;

use std::fs;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use common::{code, sealed, stderr, stdout, Sandbox};

const PLAN: &str = "repo/plan";
const LOCK: &str = "repo/plan/.charter.lock";

/// A repository whose `plan/` folder holds the contact-centre template, committed.
fn plan_in_repo() -> Sandbox {
    let sb = Sandbox::new();
    sb.repo_init("repo");
    sb.copy_from_project("templates/contact-center", PLAN);
    sb.git("repo", &["add", "-A"]);
    sb.git("repo", &["commit", "-qm", "plan"]);
    sb
}

fn spawn_record(sb: &Sandbox, metric: &str, value: &str, on: &str) -> Child {
    sealed(env!("CARGO_BIN_EXE_charter"), &sb.home())
        .current_dir(sb.work().join(PLAN))
        .args(["record", metric, value, "--on", on])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

fn commit_count(sb: &Sandbox) -> usize {
    sb.git("repo", &["rev-list", "--count", "HEAD"])
        .trim()
        .parse()
        .unwrap()
}

/// The reading lines of `metric` in a metrics.yaml text.
fn readings(text: &str, metric: &str) -> Vec<String> {
    let header = format!("  - id: {metric}");
    let mut inside = false;
    let mut out = Vec::new();
    for line in text.lines() {
        if line.starts_with("  - id: ") {
            inside = line == header;
        }
        if inside && line.starts_with("      - { on: ") {
            out.push(line.to_string());
        }
    }
    out
}

fn reading_line(on: &str, value: &str) -> String {
    format!("      - {{ on: {on}, value: {value} }}")
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

fn describe(out: &Output) -> String {
    format!(
        "exit {:?}; stdout {:?}; stderr {:?}",
        out.status.code(),
        stdout(out),
        stderr(out)
    )
}

#[test]
fn two_records_at_once_both_land_or_one_is_told_the_plan_is_busy() {
    let started = Instant::now();
    let sb = plan_in_repo();
    let metrics = sb.work().join(PLAN).join("metrics.yaml");
    let (mut fcr_day, mut asa_day) = (0, 0);
    let (mut landed, mut busy) = (0, 0);
    for i in 0..100 {
        // Even rounds: two metrics on the same date; odd rounds: one metric
        // on two dates, so both writers change the same list.
        let jobs: [(&str, String, String); 2] = if i % 2 == 0 {
            fcr_day += 1;
            asa_day += 1;
            [
                ("fcr", format!("{}", 60 + i % 20), date(fcr_day)),
                ("asa", format!("{}.5", 70 + i % 20), date(asa_day)),
            ]
        } else {
            fcr_day += 2;
            [
                ("fcr", format!("{}.5", 60 + i % 20), date(fcr_day - 1)),
                ("fcr", format!("{}", 61 + i % 20), date(fcr_day)),
            ]
        };
        let commits_before = commit_count(&sb);
        let children: Vec<Child> = jobs
            .iter()
            .map(|(metric, value, on)| spawn_record(&sb, metric, value, on))
            .collect();
        let outputs: Vec<Output> = children
            .into_iter()
            .map(|c| c.wait_with_output().unwrap())
            .collect();

        let disk = fs::read_to_string(&metrics).unwrap();
        let head = sb.git("repo", &["show", "HEAD:plan/metrics.yaml"]);
        let mut successes = 0;
        for ((metric, value, on), out) in jobs.iter().zip(&outputs) {
            let line = reading_line(on, value);
            let what = format!("round {i}: record {metric} {value} --on {on}");
            if out.status.success() {
                successes += 1;
                assert!(
                    readings(&disk, metric).contains(&line),
                    "{what} succeeded but its reading is not in metrics.yaml:\n{disk}"
                );
                assert!(
                    readings(&head, metric).contains(&line),
                    "{what} succeeded but its reading is not in HEAD's metrics.yaml:\n{head}"
                );
            } else {
                assert!(
                    code(out) == 2 && stderr(out).contains("busy"),
                    "{what} failed other than with \"busy\": {}",
                    describe(out)
                );
                assert!(
                    !readings(&disk, metric).contains(&line),
                    "{what} was refused, yet its reading is in metrics.yaml"
                );
                busy += 1;
            }
        }
        landed += successes;
        assert_eq!(
            sb.git("repo", &["status", "--porcelain", "--untracked-files=all"]),
            "",
            "round {i}: the repository is not clean after both writers: {:?}",
            outputs.iter().map(describe).collect::<Vec<_>>()
        );
        assert_eq!(
            commit_count(&sb),
            commits_before + successes,
            "round {i}: one commit per writer that succeeded"
        );
        assert!(
            !sb.work().join(LOCK).exists(),
            "round {i}: .charter.lock left behind"
        );
        assert!(
            !sb.work().join("repo/.git/index.lock").exists(),
            "round {i}: .git/index.lock left behind"
        );
    }
    // Nothing was lost along the way: every reading that landed is still there.
    let disk = fs::read_to_string(&metrics).unwrap();
    assert_eq!(
        readings(&disk, "fcr").len() + readings(&disk, "asa").len(),
        landed
    );
    eprintln!(
        "concurrency: 100 rounds, {landed} readings landed, {busy} told busy, {:?}",
        started.elapsed()
    );
}

#[test]
fn a_live_lock_makes_record_give_up_clearly_and_a_dead_one_is_taken_over() {
    let sb = plan_in_repo();
    let metrics = sb.work().join(PLAN).join("metrics.yaml");
    // A live process that is not charter holds the lock.
    let mut owner = Command::new("sleep").arg("30").spawn().unwrap();
    let held = format!("{}\n", owner.id());
    sb.write(LOCK, &held);
    let before = fs::read(&metrics).unwrap();
    let commits = commit_count(&sb);

    let t = Instant::now();
    let out = sb.charter_in(PLAN, &["record", "fcr", "66", "--on", "2026-03-01"]);
    let waited = t.elapsed();
    let result = describe(&out);
    assert_eq!(code(&out), 2, "{result}");
    assert!(stderr(&out).contains("the plan is busy"), "{result}");
    assert!(
        (Duration::from_millis(4500)..=Duration::from_secs(7)).contains(&waited),
        "gave up after {waited:?} (expected about 5 s): {result}"
    );
    assert_eq!(
        fs::read(&metrics).unwrap(),
        before,
        "metrics.yaml changed: {result}"
    );
    assert_eq!(commit_count(&sb), commits);
    assert_eq!(
        sb.read(LOCK),
        held,
        "the live owner's lock was removed or changed"
    );

    // The owner dies (and is reaped): its lock is stale and taken over.
    owner.kill().unwrap();
    owner.wait().unwrap();
    let t = Instant::now();
    let out = sb.charter_in(PLAN, &["record", "fcr", "66", "--on", "2026-03-01"]);
    let took = t.elapsed();
    assert_eq!(code(&out), 0, "{}", describe(&out));
    assert!(took < Duration::from_secs(2), "took over after {took:?}");
    let line = reading_line("2026-03-01", "66");
    assert!(readings(&sb.read("repo/plan/metrics.yaml"), "fcr").contains(&line));
    let head = sb.git("repo", &["show", "HEAD:plan/metrics.yaml"]);
    assert!(readings(&head, "fcr").contains(&line));
    assert!(!sb.work().join(LOCK).exists(), "lock left behind");
    assert_eq!(
        sb.git("repo", &["status", "--porcelain", "--untracked-files=all"]),
        ""
    );
}

#[test]
fn an_empty_lock_left_by_a_writer_killed_before_it_wrote_its_pid_is_taken_over() {
    let sb = plan_in_repo();
    sb.write(LOCK, "");
    let t = Instant::now();
    let out = sb.charter_in(PLAN, &["record", "fcr", "66", "--on", "2026-03-01"]);
    let took = t.elapsed();
    assert_eq!(code(&out), 0, "{}", describe(&out));
    // Charter gives such a lock a moment (its owner may be about to write
    // its pid), but not the whole patience.
    assert!(took < Duration::from_secs(4), "took over after {took:?}");
    assert!(!sb.work().join(LOCK).exists(), "lock left behind");
    assert_eq!(
        sb.git("repo", &["status", "--porcelain", "--untracked-files=all"]),
        ""
    );
}
