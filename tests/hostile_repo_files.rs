//! A repository someone else prepared (issue 14): files committed or left in
//! the plan folder to make charter hang, read without end, print escape
//! sequences or write outside the plan. Each case runs the real binary on a
//! real repository, with a deadline, and asserts the safe outcome: a clear
//! refusal, nothing written, nothing committed.
#![cfg(unix)]
#![allow(clippy::unwrap_used)]

mod common;

use std::fs;
use std::io::Read;
use std::os::unix::fs::symlink;
use std::path::Path;
use std::process::{Output, Stdio};
use std::time::{Duration, Instant};

use charter::domain::model::Goal;
use charter::domain::types::Id;
use charter::store::plan_dir::{self, Change, StoreError};
use charter::store::yaml::emit::Mode;
use common::{code, sealed, stderr, stdout, Sandbox};

const PLAN: &str = "repo/plan";
const LOCK: &str = "repo/plan/.charter.lock";

/// A refusal takes well under a second; the bound only catches a hang or
/// a read without end.
const LIMIT: Duration = Duration::from_secs(20);

/// A repository whose `plan/` folder holds the contact-centre template, committed.
fn plan_in_repo() -> Sandbox {
    let sb = Sandbox::new();
    sb.repo_init("repo");
    sb.copy_from_project("templates/contact-center", PLAN);
    sb.git("repo", &["add", "-A"]);
    sb.git("repo", &["commit", "-qm", "plan"]);
    sb
}

/// Runs charter in the plan folder, killed (and the test failed) when it is
/// not done within [`LIMIT`].
fn charter_bounded(sb: &Sandbox, args: &[&str]) -> Output {
    let mut child = sealed(env!("CARGO_BIN_EXE_charter"), &sb.home())
        .current_dir(sb.work().join(PLAN))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if start.elapsed() > LIMIT {
            child.kill().unwrap();
            child.wait().unwrap();
            let mut err = String::new();
            child
                .stderr
                .take()
                .unwrap()
                .read_to_string(&mut err)
                .unwrap();
            panic!("charter {args:?} did not finish within {LIMIT:?}; stderr:\n{err}");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    child.wait_with_output().unwrap()
}

fn head(sb: &Sandbox) -> String {
    sb.git("repo", &["rev-parse", "HEAD"])
}

fn record(sb: &Sandbox) -> Output {
    charter_bounded(sb, &["record", "fcr", "66", "--on", "2026-03-01"])
}

/// Nothing changed: the same commit, and metrics.yaml as committed.
fn assert_untouched(sb: &Sandbox, before: &str) {
    assert_eq!(head(sb), before, "a commit was made");
    assert_eq!(
        sb.git(
            "repo",
            &["status", "--porcelain", "--", "plan/metrics.yaml"]
        ),
        "",
        "metrics.yaml was changed"
    );
}

#[test]
fn a_committed_lock_linked_to_dev_zero_is_refused_unread_and_kept() {
    let sb = plan_in_repo();
    symlink("/dev/zero", sb.work().join(LOCK)).unwrap();
    sb.git("repo", &["add", "plan/.charter.lock"]);
    sb.git("repo", &["commit", "-qm", "a lock"]);
    let before = head(&sb);
    let started = Instant::now();
    let out = record(&sb);
    let took = started.elapsed();
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    // Reading /dev/zero until a limit of gigabytes takes tens of seconds.
    assert!(took < Duration::from_secs(10), "record took {took:?}");
    let err = stderr(&out);
    assert!(
        err.contains("is a link (to /dev/zero), not charter's lock file"),
        "{err}"
    );
    assert!(err.contains("git rm .charter.lock"), "{err}");
    assert_untouched(&sb, &before);
    // Not taken for a stale lock and deleted.
    assert!(fs::symlink_metadata(sb.work().join(LOCK))
        .unwrap()
        .file_type()
        .is_symlink());
    assert_eq!(
        sb.git(
            "repo",
            &["ls-tree", "--name-only", "HEAD", "plan/.charter.lock"]
        ),
        "plan/.charter.lock\n"
    );
}

#[test]
fn a_lock_that_is_a_fifo_does_not_hang() {
    let sb = plan_in_repo();
    let path = std::ffi::CString::new(sb.work().join(LOCK).as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: a valid NUL-terminated path and a mode.
    assert_eq!(unsafe { libc::mkfifo(path.as_ptr(), 0o644) }, 0);
    let before = head(&sb);
    let out = record(&sb);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("is a named pipe (FIFO), not charter's lock file"),
        "{}",
        stderr(&out)
    );
    assert_untouched(&sb, &before);
}

#[test]
fn a_lock_that_is_a_folder_is_refused() {
    let sb = plan_in_repo();
    fs::create_dir(sb.work().join(LOCK)).unwrap();
    fs::write(sb.work().join(LOCK).join("keep"), "").unwrap();
    let before = head(&sb);
    let out = record(&sb);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("is a folder, not charter's lock file"));
    assert_untouched(&sb, &before);
    assert!(sb.work().join(LOCK).join("keep").exists());
}

#[test]
fn escape_sequences_in_a_lock_never_reach_the_terminal() {
    let sb = plan_in_repo();
    // Clear the screen, set the window title, write the clipboard (OSC 52).
    let hostile = "\u{1b}[2J\u{1b}]0;owned\u{7}\u{1b}]52;c;ZWNobyBoaQ==\u{7}\u{9b}31m";
    fs::write(sb.work().join(LOCK), hostile).unwrap();
    let before = head(&sb);
    let out = record(&sb);
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    assert!(
        !err.chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t'),
        "raw control characters in {err:?}"
    );
    assert!(err.contains(r"\u{1b}[2J"), "{err}");
    assert!(err.contains("not charter's lock file"), "{err}");
    assert!(!stdout(&out).contains('\u{1b}'));
    assert_untouched(&sb, &before);
    // Left for the user to look at, not deleted.
    assert_eq!(fs::read_to_string(sb.work().join(LOCK)).unwrap(), hostile);
}

#[test]
fn a_huge_lock_file_is_read_only_in_part() {
    let sb = plan_in_repo();
    let lock = sb.work().join(LOCK);
    let file = fs::File::create(&lock).unwrap();
    // Sparse: 16 GB on paper, nothing on disk.
    file.set_len(1 << 34).unwrap();
    drop(file);
    let before = head(&sb);
    let started = Instant::now();
    let out = record(&sb);
    assert!(started.elapsed() < Duration::from_secs(10));
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains(r"\u{0}"), "{}", stderr(&out));
    assert!(stderr(&out).len() < 1000, "{}", stderr(&out));
    assert_untouched(&sb, &before);
    assert!(Path::new(&lock).exists());
}

// ---------------------------------------------------------------------------
// Links out of the plan or into .git, folders included

/// The names in `dir`, sorted.
fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_reviews_folder_linked_outside_is_neither_written_nor_read() {
    let sb = plan_in_repo();
    let outside = sb.work().join("outside");
    fs::create_dir(&outside).unwrap();
    // A review that is not the plan's, with a title that would show.
    fs::write(
        outside.join("2026-01-10.yaml"),
        "date: 2026-01-10\nsummary: NOT-THE-PLANS-REVIEW\n",
    )
    .unwrap();
    symlink(&outside, sb.work().join(PLAN).join("reviews")).unwrap();

    let out = charter_bounded(&sb, &["review", "new", "--date", "2026-03-10"]);
    assert_eq!(code(&out), 2, "{}{}", stdout(&out), stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("outside the plan folder"), "{err}");
    assert!(err.contains("nothing was written"), "{err}");
    assert_eq!(names_in(&outside), ["2026-01-10.yaml"]);

    let out = charter_bounded(&sb, &["check"]);
    assert_eq!(code(&out), 1, "{}", stdout(&out));
    let text = stdout(&out);
    assert!(
        text.lines().any(|l| l.starts_with("reviews:1:1: error: ")
            && l.contains("the reviews folder is, or lies behind, a link to somewhere outside the plan folder")),
        "{text}"
    );

    let out = charter_bounded(&sb, &["status", "--format", "json"]);
    assert!(
        !stdout(&out).contains("NOT-THE-PLANS-REVIEW"),
        "{}",
        stdout(&out)
    );
    assert!(!stdout(&out).contains("2026-01-10"), "{}", stdout(&out));
}

/// A plan at the top of its repository, so that `.git` is inside the plan folder.
fn plan_at_repo_root() -> Sandbox {
    let sb = Sandbox::new();
    sb.repo_init("root");
    sb.copy_from_project("templates/contact-center", "root");
    sb.git("root", &["add", "-A"]);
    sb.git("root", &["commit", "-qm", "plan"]);
    sb
}

fn charter_at_root(sb: &Sandbox, args: &[&str]) -> Output {
    sb.charter_in("root", args)
}

#[test]
fn a_plan_file_linked_to_git_config_is_refused() {
    let sb = plan_at_repo_root();
    let goals = sb.work().join("root/goals.yaml");
    fs::remove_file(&goals).unwrap();
    symlink(".git/config", &goals).unwrap();
    let config = fs::read(sb.work().join("root/.git/config")).unwrap();

    let out = charter_at_root(&sb, &["check"]);
    assert_eq!(code(&out), 1, "{}", stdout(&out));
    let text = stdout(&out);
    assert!(
        text.lines()
            .any(|l| l.starts_with("goals.yaml:1:1: error: ")
                && l.contains("a link into the repository's .git folder")
                && l.contains("remove the link")),
        "{text}"
    );
    // What git's config holds is not read as a plan file: no parse errors
    // quoting it.
    assert!(!text.contains("[core]"), "{text}");

    // The refused file loads as empty; a goal added to it (as the UI
    // would) is not written through the link.
    let loaded = plan_dir::load(&sb.work().join("root")).unwrap();
    assert!(loaded.plan.goals.goals.is_empty());
    let mut plan = loaded.plan.clone();
    plan.goals.goals.push(Goal {
        id: Id::new("g1").unwrap(),
        title: "Answer faster".into(),
        horizon: None,
        owner: None,
        metrics: Vec::new(),
        description: None,
    });
    let err = loaded.save(&plan, Mode::Keep).unwrap_err();
    assert!(matches!(err, StoreError::UnsafeLink { .. }), "{err}");
    assert!(err.to_string().contains("nothing was written"), "{err}");
    // The last guard, for a change however it was made.
    let change = Change {
        path: goals.clone(),
        text: Some("goals: []\n".into()),
    };
    let err = loaded.apply(vec![change]).unwrap_err();
    assert!(matches!(err, StoreError::UnsafeLink { .. }), "{err}");
    assert_eq!(
        fs::read(sb.work().join("root/.git/config")).unwrap(),
        config
    );
    assert!(fs::symlink_metadata(&goals)
        .unwrap()
        .file_type()
        .is_symlink());
}

#[test]
fn a_reviews_folder_linked_into_git_is_not_written() {
    let sb = plan_at_repo_root();
    let hooks = sb.work().join("root/.git/hooks");
    fs::create_dir_all(&hooks).unwrap();
    let before = names_in(&hooks);
    symlink(".git/hooks", sb.work().join("root/reviews")).unwrap();
    let head_before = sb.git("root", &["rev-parse", "HEAD"]);

    let out = charter_at_root(&sb, &["review", "new", "--date", "2026-03-10"]);
    assert_eq!(code(&out), 2, "{}{}", stdout(&out), stderr(&out));
    assert!(
        stderr(&out).contains("a link into the repository's .git folder"),
        "{}",
        stderr(&out)
    );
    assert_eq!(names_in(&hooks), before);
    assert_eq!(sb.git("root", &["rev-parse", "HEAD"]), head_before);

    let out = charter_at_root(&sb, &["check"]);
    assert_eq!(code(&out), 1, "{}", stdout(&out));
    assert!(
        stdout(&out).contains("reviews:1:1: error: "),
        "{}",
        stdout(&out)
    );
}

#[test]
fn a_reviews_folder_linked_inside_the_plan_still_works() {
    let sb = plan_in_repo();
    let plan = sb.work().join(PLAN);
    fs::create_dir(plan.join("kept-reviews")).unwrap();
    symlink("kept-reviews", plan.join("reviews")).unwrap();
    let out = charter_bounded(&sb, &["review", "new", "--date", "2026-03-10"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(plan.join("kept-reviews/2026-03-10.yaml").is_file());
}

// ---------------------------------------------------------------------------
// Sizes: numbers and durations beyond what a plan can hold

#[test]
fn a_reading_beyond_1e15_is_refused_at_record() {
    let sb = plan_in_repo();
    let before = head(&sb);
    for value in ["1e308", "-2e15", "1000000000000001"] {
        let out = charter_bounded(&sb, &["record", "fcr", value, "--on", "2026-03-01"]);
        assert_eq!(code(&out), 2, "{value}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(err.contains("at most 1e15 either side of zero"), "{err}");
        assert!(err.len() < 400, "{err}");
    }
    assert_untouched(&sb, &before);
    let out = charter_bounded(&sb, &["record", "fcr", "1e15", "--on", "2026-03-01"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
}

#[test]
fn a_reading_beyond_1e15_is_refused_at_import() {
    let sb = plan_in_repo();
    sb.write(
        "repo/huge.csv",
        "metric,date,value,unit\nfcr,2026-02-01,1e308,\nfcr,2026-02-08,64,\n",
    );
    let out = charter_bounded(&sb, &["import", "readings", "../huge.csv"]);
    let all = format!("{}{}", stdout(&out), stderr(&out));
    assert!(all.contains("at most 1e15 either side of zero"), "{all}");
    let metrics = sb.read("repo/plan/metrics.yaml");
    assert!(
        !metrics.contains("e308") && !metrics.contains("2026-02-01"),
        "{all}"
    );
}

#[test]
fn a_review_period_beyond_ten_years_is_an_error_not_a_wrong_date() {
    let sb = plan_in_repo();
    let plan_yaml = sb.read("repo/plan/plan.yaml");
    assert!(plan_yaml.contains("review_every: 4w"));
    sb.write(
        "repo/plan/plan.yaml",
        &plan_yaml.replace("review_every: 4w", "review_every: 2000000y"),
    );
    let out = charter_bounded(&sb, &["check"]);
    assert_eq!(code(&out), 1, "{}", stdout(&out));
    let text = stdout(&out);
    assert!(
        text.lines().any(|l| l.starts_with("plan.yaml:")
            && l.contains(
                "`2000000y` is longer than any plan runs: a duration is at most 10 years"
            )),
        "{text}"
    );
}

fn json_of(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", stderr(out)))
}

/// What `status` and `exceptions` say about open and overdue actions.
fn action_counts(sb: &Sandbox) -> (u64, usize, usize) {
    let status = json_of(&sb.charter_in(
        "p",
        &["--today", "2026-03-15", "status", "--format", "json"],
    ));
    let exceptions = json_of(&sb.charter_in(
        "p",
        &["--today", "2026-03-15", "exceptions", "--format", "json"],
    ));
    let items = exceptions["exceptions"].as_array().unwrap();
    let overdue = items.iter().filter(|e| e["kind"] == "action").count();
    let corrective = items
        .iter()
        .find(|e| e["kind"] == "milestone" && e["id"] == "current-state")
        .map_or(0, |e| e["corrective_actions"].as_array().unwrap().len());
    (
        status["open_actions"].as_u64().unwrap(),
        overdue,
        corrective,
    )
}

/// 20,000 actions carried from one review to the next took seconds and
/// grew with the square of their number (each looked up by scanning); the
/// outcome must stay exactly what the carry-over rule says.
#[test]
fn twenty_thousand_carried_actions_are_counted_right() {
    const N: usize = 20_000;
    let sb = Sandbox::new();
    sb.copy_from_project("templates/contact-center", "p");
    let (open_before, overdue_before, corrective_before) = action_counts(&sb);
    let mut first = String::from("date: 2026-02-01\nactions:\n");
    let mut latest = String::from("date: 2026-03-01\nactions:\n");
    for i in 0..N {
        first.push_str(&format!(
            "  - {{ text: Action {i}, due: 2026-02-20, done: false }}\n"
        ));
        // The same action (up to surrounding spaces), done for one in four;
        // one in ten corrects the overdue milestone current-state.
        let done = i % 4 == 0;
        let milestone = if i % 10 == 0 {
            ", milestone: current-state"
        } else {
            ""
        };
        latest.push_str(&format!(
            "  - {{ text: \" Action {i} \", due: 2026-02-20, done: {done}{milestone} }}\n"
        ));
    }
    sb.write("p/reviews/2026-02-01.yaml", &first);
    sb.write("p/reviews/2026-03-01.yaml", &latest);
    let (open, overdue, corrective) = action_counts(&sb);
    assert_eq!(open, open_before + (N - N / 4) as u64);
    assert_eq!(overdue, overdue_before + N - N / 4);
    assert_eq!(corrective, corrective_before + N / 10);
}
