//! The parse cache (src/store/cache.rs) seen from outside: the real binary
//! in temporary repositories. A run that reads the cache prints exactly
//! what a run that parses prints; every kind of damage to the cache falls
//! back to parsing, with the same output, and the entry is written anew;
//! two processes filling it at once leave it sound; `--no-cache` and
//! `CHARTER_NO_CACHE=1` leave no cache behind.
#![allow(clippy::unwrap_used)]

mod common;

use std::fs;
use std::path::PathBuf;
use std::process::{Output, Stdio};

use common::{code, sealed, stderr, stdout, Sandbox};

const PLAN: &str = "repo/plan";
const TODAY: &str = "2026-06-15";

/// The example plan in a repository, with an error in a file that loads
/// (an unknown owner: milestones.yaml is cached, its diagnostic placed from
/// the cached lines) and one in a file that does not (an unknown field:
/// workshops.yaml is parsed every time), on top of its warnings.
fn plan_with_problems() -> Sandbox {
    let sb = Sandbox::example_repo();
    let milestones = sb.read("repo/plan/milestones.yaml");
    sb.write(
        "repo/plan/milestones.yaml",
        &format!(
            "{milestones}  - id: late-extra\n    title: An extra step\n    goal: service-strategy\n    phase: implement\n    owner: nobody-here\n    due: 2026-05-01\n    status: planned\n"
        ),
    );
    let workshops = sb.read("repo/plan/workshops.yaml");
    sb.write(
        "repo/plan/workshops.yaml",
        &format!("{workshops}    colour: blue\n"),
    );
    sb.git("repo", &["commit", "-qam", "problems"]);
    sb
}

/// The commands whose output must not depend on the cache.
const COMMANDS: &[&[&str]] = &[
    &["status"],
    &["status", "--format", "json"],
    &["check"],
    &["check", "--format", "json"],
    &["check", "--strict"],
    &["report"],
    &["report", "--format", "markdown"],
    &["log"],
    &["status", "--as-of", "HEAD~1"],
    &["exceptions"],
    &["--today", "2026-12-20", "status"],
    &["trend", "milestones"],
    &["trend", "metric", "fcr"],
];

/// Runs charter on the plan with `--today TODAY` unless `args` give a day.
fn run_env(sb: &Sandbox, args: &[&str], env: &[(&str, &str)]) -> Output {
    let today: &[&str] = if args.contains(&"--today") {
        &[]
    } else {
        &["--today", TODAY]
    };
    sealed(env!("CARGO_BIN_EXE_charter"), &sb.home())
        .current_dir(sb.work().join(PLAN))
        .args(today)
        .args(args)
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

/// What a command shows: exit code, stdout, stderr.
fn shown(out: &Output) -> (i32, String, String) {
    (code(out), stdout(out), stderr(out))
}

fn run(sb: &Sandbox, args: &[&str]) -> (i32, String, String) {
    shown(&run_env(sb, args, &[]))
}

fn uncached(sb: &Sandbox, args: &[&str]) -> (i32, String, String) {
    shown(&run_env(sb, args, &[("CHARTER_NO_CACHE", "1")]))
}

/// What the cache did in a run of `args`, as `CHARTER_CACHE_DEBUG` tells.
fn cache_notes(sb: &Sandbox, args: &[&str]) -> String {
    stderr(&run_env(sb, args, &[("CHARTER_CACHE_DEBUG", "1")]))
}

fn cache_dir(sb: &Sandbox) -> PathBuf {
    sb.work().join("repo/.git/charter/cache")
}

/// The cache's entries, by name.
fn entries(sb: &Sandbox) -> Vec<PathBuf> {
    let Ok(list) = fs::read_dir(cache_dir(sb)) else {
        return Vec::new();
    };
    let mut out: Vec<PathBuf> = list.map(|e| e.unwrap().path()).collect();
    out.sort();
    out
}

/// Every file of the plan that loads without errors is read from the
/// cache: only workshops.yaml, which has an error, is missed.
fn assert_all_hits(sb: &Sandbox) {
    let notes = cache_notes(sb, &["check"]);
    assert!(notes.contains("hit milestones.yaml"), "{notes}");
    assert!(notes.contains("hit metrics.yaml"), "{notes}");
    assert!(notes.contains("hit reviews/2026-01-19.yaml"), "{notes}");
    let missed: Vec<&str> = notes
        .lines()
        .filter(|l| l.contains("miss") || l.contains("stored"))
        .collect();
    assert_eq!(
        missed,
        ["charter cache: miss workshops.yaml (No such file or directory (os error 2))"]
    );
}

#[test]
fn a_run_from_the_cache_shows_what_a_parse_shows() {
    let sb = plan_with_problems();
    for args in COMMANDS {
        let parsed = uncached(&sb, args);
        assert!(parsed.0 <= 1, "{args:?}: {parsed:?}");
        let filling = run(&sb, args);
        let from_cache = run(&sb, args);
        assert_eq!(parsed, filling, "{args:?}, filling the cache");
        assert_eq!(parsed, from_cache, "{args:?}, from the cache");
    }
    let check = uncached(&sb, &["check"]);
    assert_eq!(check.0, 1);
    assert!(check.1.contains("nobody-here"), "{}", check.1);
    assert!(check.1.contains("colour"), "{}", check.1);
    assert!(check.1.contains("warning"), "{}", check.1);
    assert!(!entries(&sb).is_empty());
    assert_all_hits(&sb);
    // The file with errors is never cached: it is parsed each time.
    let notes = cache_notes(&sb, &["check"]);
    assert!(notes.contains("miss workshops.yaml"), "{notes}");
    // The history's due dates are kept by blob id.
    let notes = cache_notes(&sb, &["status"]);
    assert!(
        notes.contains("hit due dates of milestones.yaml"),
        "{notes}"
    );
}

#[test]
fn content_decides_not_the_time_a_file_was_changed() {
    let sb = plan_with_problems();
    let before = run(&sb, &["status", "--format", "json"]);
    let path = sb.work().join(PLAN).join("plan.yaml");
    let modified = fs::metadata(&path).unwrap().modified().unwrap();
    let text = sb.read("repo/plan/plan.yaml");
    let title = text
        .lines()
        .find_map(|l| l.strip_prefix("title: "))
        .unwrap()
        .to_string();
    // The same length and the same time stamp: only the bytes differ.
    let changed = "X".repeat(title.len());
    sb.write(
        "repo/plan/plan.yaml",
        &text.replace(&format!("title: {title}"), &format!("title: {changed}")),
    );
    fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_modified(modified)
        .unwrap();
    let after = run(&sb, &["status", "--format", "json"]);
    assert_ne!(before, after);
    assert_eq!(after, uncached(&sb, &["status", "--format", "json"]));
    assert!(after.1.contains(&changed));
}

/// The ways an entry can be damaged, each done to every entry.
#[derive(Debug, Clone, Copy)]
enum Damage {
    Empty,
    Truncated,
    FlippedByte,
    OtherVersion,
    Folder,
    Link,
    Unreadable,
    /// Sound around a payload that is no entry of this charter's form.
    GarbledPayload,
    /// Sound around a payload of the JSON form an earlier charter wrote.
    JsonPayload,
}

/// `entry` with its payload replaced by `payload`, its length and
/// checksum made right again, so that only reading the payload can tell.
fn with_payload(entry: &[u8], payload: &[u8]) -> Vec<u8> {
    let u32_at = |at: usize| u32::from_le_bytes(entry[at..at + 4].try_into().unwrap()) as usize;
    // Magic (8) and format (4), then the version and the path, each
    // length-prefixed, then the content hash (16) and length (8).
    let version = 12;
    let rel = version + 4 + u32_at(version);
    let start = rel + 4 + u32_at(rel) + 24;
    let mut b = entry[..start].to_vec();
    b.extend_from_slice(&(payload.len() as u64).to_le_bytes());
    b.extend_from_slice(payload);
    let sum = xxhash_rust::xxh3::xxh3_64(&b);
    b.extend_from_slice(&sum.to_le_bytes());
    b
}

fn damage(path: &PathBuf, how: Damage, outside: &PathBuf) {
    let bytes = fs::read(path).unwrap();
    match how {
        Damage::Empty => fs::write(path, b"").unwrap(),
        Damage::Truncated => fs::write(path, &bytes[..bytes.len() / 2]).unwrap(),
        Damage::FlippedByte => {
            let mut b = bytes;
            let at = b.len() * 2 / 3;
            b[at] ^= 0x20;
            fs::write(path, b).unwrap();
        }
        Damage::OtherVersion => {
            // A whole entry, checksum right, written by another charter:
            // the version (after the magic, format and length) reads 9.x.
            let mut b = bytes[..bytes.len() - 8].to_vec();
            b[16] = b'9';
            let sum = xxhash_rust::xxh3::xxh3_64(&b);
            b.extend_from_slice(&sum.to_le_bytes());
            fs::write(path, b).unwrap();
        }
        Damage::Folder => {
            fs::remove_file(path).unwrap();
            fs::create_dir(path).unwrap();
            fs::write(path.join("inside"), b"x").unwrap();
        }
        Damage::Link => {
            fs::write(outside, &bytes).unwrap();
            fs::remove_file(path).unwrap();
            std::os::unix::fs::symlink(outside, path).unwrap();
        }
        Damage::Unreadable => {
            use std::os::unix::fs::PermissionsExt;
            fs::set_permissions(path, fs::Permissions::from_mode(0o000)).unwrap();
        }
        Damage::GarbledPayload => {
            // 0xc1 is a byte MessagePack never uses (and no JSON starts with).
            fs::write(path, with_payload(&bytes, &[0xc1; 64])).unwrap();
        }
        Damage::JsonPayload => {
            let json = br#"{"lines":[["milestones",[[2,3]]]],"part":{"milestones":[]}}"#;
            fs::write(path, with_payload(&bytes, json)).unwrap();
        }
    }
}

#[cfg(unix)]
#[test]
fn every_kind_of_damage_falls_back_to_parsing_and_is_repaired() {
    let sb = plan_with_problems();
    let expected: Vec<_> = [&["status"][..], &["check"]]
        .iter()
        .map(|a| uncached(&sb, a))
        .collect();
    let outside = sb.tmp.path().join("outside.bin");
    for how in [
        Damage::Empty,
        Damage::Truncated,
        Damage::FlippedByte,
        Damage::OtherVersion,
        Damage::Folder,
        Damage::Link,
        Damage::Unreadable,
        Damage::GarbledPayload,
        Damage::JsonPayload,
    ] {
        run(&sb, &["status"]);
        let all = entries(&sb);
        assert!(all.len() > 10, "{how:?}: {all:?}");
        for path in &all {
            damage(path, how, &outside);
        }
        let outside_before = fs::read(&outside).ok();
        let shown: Vec<_> = [&["status"][..], &["check"]]
            .iter()
            .map(|a| run(&sb, a))
            .collect();
        assert_eq!(expected, shown, "{how:?}");
        assert_all_hits(&sb);
        for path in entries(&sb) {
            let meta = fs::symlink_metadata(&path).unwrap();
            assert!(meta.is_file(), "{how:?}: {path:?} repaired");
        }
        // A link's target is never written through.
        assert_eq!(fs::read(&outside).ok(), outside_before, "{how:?}");
        let _ = fs::remove_file(&outside);
    }
}

#[cfg(unix)]
#[test]
fn a_cache_folder_that_is_a_link_is_not_used() {
    let sb = plan_with_problems();
    let expected = uncached(&sb, &["check"]);
    let elsewhere = sb.tmp.path().join("elsewhere");
    fs::create_dir(&elsewhere).unwrap();
    fs::create_dir(sb.work().join("repo/.git/charter")).unwrap();
    std::os::unix::fs::symlink(&elsewhere, cache_dir(&sb)).unwrap();
    assert_eq!(run(&sb, &["check"]), expected);
    assert_eq!(run(&sb, &["check"]), expected);
    assert_eq!(fs::read_dir(&elsewhere).unwrap().count(), 0);
}

#[test]
fn two_processes_filling_the_cache_at_once_leave_it_sound() {
    let sb = plan_with_problems();
    let expected = uncached(&sb, &["check"]);
    for _ in 0..3 {
        let _ = fs::remove_dir_all(cache_dir(&sb));
        let children: Vec<_> = (0..2)
            .map(|_| {
                sealed(env!("CARGO_BIN_EXE_charter"), &sb.home())
                    .current_dir(sb.work().join(PLAN))
                    .args(["--today", TODAY, "check"])
                    .stdin(Stdio::null())
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for child in children {
            let out = child.wait_with_output().unwrap();
            assert_eq!(shown(&out), expected);
        }
        assert_all_hits(&sb);
        let names: Vec<String> = entries(&sb)
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert!(
            names
                .iter()
                .all(|n| n.ends_with(".bin") && !n.starts_with('.')),
            "no temporary file is left: {names:?}"
        );
    }
}

#[test]
fn no_cache_flag_and_variable_write_nothing() {
    let sb = plan_with_problems();
    for args in COMMANDS {
        let mut with_flag = vec!["--no-cache"];
        with_flag.extend_from_slice(args);
        run(&sb, &with_flag);
        uncached(&sb, args);
    }
    assert!(!cache_dir(&sb).exists());
    // Set to a false value, the variable leaves the cache on.
    run_env(&sb, &["status"], &[("CHARTER_NO_CACHE", "0")]);
    assert!(!entries(&sb).is_empty());
}

#[test]
fn a_plan_outside_git_is_cached_in_the_user_cache_folder() {
    let sb = Sandbox::new();
    sb.copy_from_project("plans/example-service", PLAN);
    let expected = uncached(&sb, &["status"]);
    assert_eq!(run(&sb, &["status"]), expected);
    let folder = sb.home().join(".cache/charter");
    assert!(fs::read_dir(&folder).unwrap().count() > 10);
    assert_eq!(run(&sb, &["status"]), expected);
    let notes = cache_notes(&sb, &["status"]);
    assert!(notes.contains("hit milestones.yaml"), "{notes}");
}

/// A save puts what it wrote in the cache: the run after it parses
/// nothing it saved, and shows what a parse of the saved files shows.
#[test]
fn a_recorded_reading_is_read_from_the_cache_by_the_next_run() {
    let sb = plan_with_problems();
    let (code, _, err) = run(&sb, &["record", "fcr", "70.5", "--on", "2026-03-03"]);
    assert_eq!(code, 0, "{err}");
    let notes = cache_notes(&sb, &["status"]);
    assert!(notes.contains("hit metrics.yaml"), "{notes}");
    assert!(!notes.contains("miss metrics.yaml"), "{notes}");
    assert_eq!(run(&sb, &["status"]), uncached(&sb, &["status"]));
}
