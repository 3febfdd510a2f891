//! `charter demo`, run as a user runs it: the real binary in a sealed
//! environment (temporary HOME, no global or system git config, no
//! CHARTER_TODAY), on a fixed day.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;
use tempfile::TempDir;

const TODAY: &str = "2026-11-23";
/// The Monday 48 weeks before TODAY: the plan's start.
const START: &str = "2025-12-22";

/// A sealed home for one test, and the folder the demo is built in.
struct Sandbox {
    tmp: TempDir,
}

impl Sandbox {
    fn new() -> Sandbox {
        let tmp = TempDir::new().unwrap();
        fs::create_dir(tmp.path().join("home")).unwrap();
        Sandbox { tmp }
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.tmp.path().join(rel)
    }

    fn command(&self, program: &str) -> Command {
        let home = self.path("home");
        let mut cmd = Command::new(program);
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", &home)
            .env("XDG_CONFIG_HOME", home.join(".config"))
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .current_dir(self.tmp.path());
        cmd
    }

    fn charter(&self, args: &[&str]) -> Output {
        self.command(env!("CARGO_BIN_EXE_charter"))
            .args(args)
            .output()
            .unwrap()
    }

    /// Runs git in `repo` and returns its standard output; fails the test on an error.
    fn git(&self, repo: &Path, args: &[&str]) -> String {
        let out = self
            .command("git")
            .arg("-C")
            .arg(repo)
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success(), "git {args:?}: {}", stderr(&out));
        String::from_utf8(out.stdout).unwrap()
    }

    /// Builds the demo into `example-service` and returns its folder.
    fn demo(&self) -> PathBuf {
        let dir = self.path("example-service");
        let out = self.charter(&["demo", "--dir", dir.to_str().unwrap(), "--today", TODAY]);
        assert!(
            out.status.success(),
            "charter demo failed: {}",
            stderr(&out)
        );
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.contains("(example-service)"), "{text}");
        assert!(text.contains(&dir.display().to_string()), "{text}");
        dir
    }
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Every file under `root` but `.git`, by `/`-separated relative path.
fn files(root: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.file_name().is_some_and(|n| n == ".git") {
                continue;
            }
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                let rel = path.strip_prefix(root).unwrap();
                let rel: Vec<_> = rel.iter().map(|p| p.to_string_lossy()).collect();
                out.insert(rel.join("/"), fs::read(&path).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(root, root, &mut out);
    out
}

#[test]
fn the_demo_builds_the_example_plan_byte_for_byte() {
    let sandbox = Sandbox::new();
    let built = files(&sandbox.demo());
    let example = files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("plans/example-service"));
    assert_eq!(
        built.keys().collect::<Vec<_>>(),
        example.keys().collect::<Vec<_>>(),
        "the demo and plans/example-service hold different files"
    );
    for (rel, bytes) in &built {
        assert!(
            example[rel] == *bytes,
            "{rel} differs from plans/example-service/{rel}: regenerate the example with \
             `charter demo --dir /tmp/x/example-service --today {TODAY}` and copy it without .git"
        );
    }
    assert!(built.keys().filter(|f| f.starts_with("reviews/")).count() >= 12);
}

#[test]
fn the_history_is_a_simulated_year_in_its_own_repository() {
    let sandbox = Sandbox::new();
    let dir = sandbox.demo();
    let top = sandbox.git(&dir, &["rev-parse", "--show-toplevel"]);
    assert_eq!(
        fs::canonicalize(top.trim()).unwrap(),
        fs::canonicalize(&dir).unwrap(),
        "the demo must be a repository of its own"
    );

    // Oldest first: "date<TAB>author<TAB>subject".
    let log = sandbox.git(
        &dir,
        &[
            "log",
            "--reverse",
            "--date=short",
            "--format=%ad%x09%an <%ae>%x09%s",
        ],
    );
    let commits: Vec<Vec<&str>> = log.lines().map(|l| l.split('\t').collect()).collect();
    assert!(
        (60..=110).contains(&commits.len()),
        "{} commits: expected about one a week, plus milestone changes and reviews",
        commits.len()
    );
    assert_eq!(
        commits[0],
        [
            START,
            "charter demo <demo@charter.invalid>",
            "new plan example-service from template contact-center"
        ]
    );
    for c in &commits {
        assert!(
            START <= c[0] && c[0] <= TODAY,
            "commit outside the year: {c:?}"
        );
        if let Some(rest) = c[2].strip_prefix("readings for week of ") {
            assert_eq!(
                &rest[..10],
                c[0],
                "a week's readings are committed that day: {c:?}"
            );
        }
    }
    let dates: Vec<&str> = commits.iter().map(|c| c[0]).collect();
    assert!(
        dates.windows(2).all(|w| w[0] <= w[1]),
        "commit dates go back in time"
    );
    let weeks = commits
        .iter()
        .filter(|c| c[2].starts_with("readings for week of "))
        .count();
    assert!((45..=49).contains(&weeks), "{weeks} weeks of readings");
    assert!(commits
        .iter()
        .any(|c| c[2].starts_with("milestone ") && c[2].contains("in_progress → done")));

    let tags = sandbox.git(
        &dir,
        &[
            "for-each-ref",
            "refs/tags/review",
            "--format=%(refname:short) %(*subject)",
        ],
    );
    let tags: Vec<&str> = tags.lines().collect();
    assert_eq!(tags.len(), 12, "{tags:?}");
    assert!(
        tags[0].starts_with("review/2026-01-19 review 2026-01-19: "),
        "{tags:?}"
    );
    assert!(
        tags[11].starts_with(&format!("review/{TODAY} review {TODAY}: ")),
        "{tags:?}"
    );
    let tagger = sandbox.git(
        &dir,
        &[
            "for-each-ref",
            "refs/tags/review/2026-01-19",
            "--format=%(taggerdate:short)",
        ],
    );
    assert_eq!(tagger.trim(), "2026-01-19");

    assert_eq!(sandbox.git(&dir, &["status", "--porcelain"]), "");
}

#[test]
fn the_status_shows_every_metric_state_an_overdue_milestone_and_a_recent_review() {
    let sandbox = Sandbox::new();
    let dir = sandbox.demo();
    let out = sandbox.charter(&[
        "--plan",
        dir.to_str().unwrap(),
        "--today",
        TODAY,
        "status",
        "--format",
        "json",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let status: Value = serde_json::from_slice(&out.stdout).unwrap();
    let states: Vec<&str> = status["metrics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["state"].as_str().unwrap())
        .collect();
    for state in ["on_track", "behind", "exception", "stale"] {
        assert!(states.contains(&state), "no metric is {state}: {states:?}");
    }
    assert!(
        states.iter().filter(|s| **s == "on_track").count() > states.len() / 2,
        "most metrics should be on track: {states:?}"
    );
    assert!(!status["milestones"]["overdue"]
        .as_array()
        .unwrap()
        .is_empty());
    let by_status = &status["milestones"]["by_status"];
    assert!(by_status["done"].as_u64().unwrap() >= 5, "{by_status}");
    assert_eq!(by_status["cancelled"], 1, "{by_status}");
    let last = status["reviews"]["last"].as_str().unwrap();
    let days = chrono::NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").unwrap()
        - chrono::NaiveDate::parse_from_str(last, "%Y-%m-%d").unwrap();
    assert!((0..=28).contains(&days.num_days()), "last review {last}");
    assert_eq!(status["reviews"]["overdue"], false);
    assert_eq!(
        (&status["errors"], &status["warnings"]),
        (&Value::from(0), &Value::from(0))
    );

    let check = sandbox.charter(&["--plan", dir.to_str().unwrap(), "--today", TODAY, "check"]);
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
}

#[test]
fn the_demo_refuses_a_folder_that_is_not_empty() {
    let sandbox = Sandbox::new();
    let dir = sandbox.path("busy");
    fs::create_dir(&dir).unwrap();
    fs::write(dir.join("notes.txt"), "mine\n").unwrap();
    let out = sandbox.charter(&["demo", "--dir", dir.to_str().unwrap(), "--today", TODAY]);
    assert_eq!(out.status.code(), Some(2));
    let message = stderr(&out);
    assert!(message.contains("not an empty folder"), "{message}");
    assert!(message.contains("--dir"), "{message}");
    assert_eq!(
        files(&dir).keys().collect::<Vec<_>>(),
        ["notes.txt"],
        "nothing may be written into a folder the demo refuses"
    );
    assert!(!dir.join(".git").exists());
}

/// The story the example tells, read through the library: slips that grow
/// review after review, actions carried over until done.
#[test]
fn the_example_reviews_tell_a_consistent_story() {
    use charter::domain::facts;
    use charter::domain::model::{Health, Status};
    use charter::domain::types::Date;

    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("plans/example-service");
    let loaded = charter::store::plan_dir::load(&dir).unwrap();
    assert!(loaded.load_errors.is_empty(), "{:?}", loaded.load_errors);
    let plan = &loaded.plan;
    let today = Date::parse(TODAY).unwrap();
    assert_eq!(plan.reviews.len(), 12);

    let milestone = |id: &str| {
        plan.milestones
            .milestones
            .iter()
            .find(|m| m.id.as_str() == id)
            .unwrap()
    };
    // Two milestones finished late, their forecasts rising at each review.
    for id in ["bi-dashboards", "knowledge-base"] {
        let m = milestone(id);
        assert_eq!(m.status, Status::Done);
        let trend: Vec<Date> = facts::milestone_trend(plan, id)
            .into_iter()
            .map(|(_, f)| f)
            .collect();
        assert!(trend.windows(2).all(|w| w[0] <= w[1]), "{id}: {trend:?}");
        assert!(
            trend.windows(2).filter(|w| w[0] < w[1]).count() >= 2,
            "{id}: {trend:?}"
        );
        assert!(m.done_on > m.due, "{id} finished on time");
        assert_eq!(trend.last().copied(), m.done_on, "{id}");
    }
    // Blocked for a while: off track with a note at some review.
    assert!(plan.reviews.iter().any(|r| r
        .milestones
        .iter()
        .any(|e| e.id.as_str() == "knowledge-base"
            && e.health == Health::OffTrack
            && e.note.is_some())));
    assert_eq!(milestone("workforce-plan").status, Status::Cancelled);
    let on_time = plan
        .milestones
        .milestones
        .iter()
        .filter(|m| m.status == Status::Done && m.done_on <= m.due)
        .count();
    assert!(on_time >= 5, "{on_time} milestones done on time");
    for m in &plan.milestones.milestones {
        assert_eq!(m.done_on.is_some(), m.status == Status::Done, "{}", m.id);
        if facts::milestone_overdue(m, today) {
            assert!(
                facts::slip_days(plan, m).unwrap() > 0,
                "{} overdue without a slip",
                m.id
            );
        }
    }

    // Actions are carried over from review to review, and some get done.
    let first = &plan.reviews[0].actions[0];
    let carried = plan
        .reviews
        .iter()
        .filter(|r| r.actions.iter().any(|a| a.text == first.text))
        .count();
    assert!(carried >= 2, "the first action is never carried over");
    assert!(plan
        .reviews
        .iter()
        .skip(1)
        .any(|r| r.actions.iter().any(|a| a.done)));
    assert!(plan
        .reviews
        .iter()
        .any(|r| r.actions.iter().any(|a| a.metric.is_some())));
    assert!(plan
        .reviews
        .iter()
        .any(|r| r.actions.iter().any(|a| a.milestone.is_some())));
    for r in &plan.reviews {
        assert!((1..=2).contains(&r.decisions.len()), "review {}", r.date);
        assert!(r.summary.as_deref().is_some_and(|s| s.lines().count() >= 2));
        assert_eq!(r.file, format!("reviews/{}.yaml", r.date));
    }
}

/// The people side of the example's year, read through the library: team
/// meetings with attendance that varies, reps hired, trained and certified,
/// coaching given, open and proposed, two survey rounds of every kind
/// feeding the satisfaction metrics, and incidents opened and closed.
#[test]
fn the_example_year_uses_the_people_side() {
    use charter::domain::model::SurveyKind;
    use charter::domain::types::Date;
    use charter::domain::{people, surveys};

    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("plans/example-service");
    let loaded = charter::store::plan_dir::load(&dir).unwrap();
    assert!(loaded.load_errors.is_empty(), "{:?}", loaded.load_errors);
    let plan = &loaded.plan;
    let today = Date::parse(TODAY).unwrap();
    let start = Date::parse(START).unwrap();

    let routine = |id: &str| {
        plan.committee
            .routines
            .iter()
            .find(|r| r.id.as_str() == id)
            .unwrap_or_else(|| panic!("no routine {id}"))
    };
    let team = routine("team-meeting");
    assert!(
        team.meetings.len() >= 12,
        "{} meetings",
        team.meetings.len()
    );
    let sizes: HashSet<usize> = team.meetings.iter().map(|m| m.attendees.len()).collect();
    assert!(sizes.len() >= 2, "attendance never varies: {sizes:?}");
    assert!(team.meetings.iter().all(|m| m.summary.is_some()));
    assert!(team
        .meetings
        .iter()
        .any(|m| m.actions.iter().any(|a| a.done)));
    assert!(!routine("closing-briefing").held.is_empty());

    let certified_in_year = plan
        .people
        .reps
        .iter()
        .filter(|r| r.certification.as_ref().is_some_and(|c| c.on >= start))
        .count();
    assert!(
        certified_in_year >= 3,
        "{certified_in_year} certified this year"
    );
    assert!(plan.people.reps.iter().any(|r| r.start > start));
    assert!(!people::in_training(plan, today).is_empty());
    let status = people::status(plan, today);
    assert!(status.coaching_open > 0);
    assert!(!status.coaching_proposed.is_empty());
    assert!(plan.people.coaching.iter().any(|c| c.done.is_some()));

    for kind in SurveyKind::ALL {
        let rounds = plan
            .surveys
            .surveys
            .iter()
            .filter(|s| s.kind == kind)
            .count();
        assert_eq!(rounds, 2, "{kind:?}");
    }
    let figures = surveys::figures(plan);
    for id in ["csat", "nps", "enps", "msat"] {
        let m = figures
            .metrics
            .metrics
            .iter()
            .find(|m| m.id.as_str() == id)
            .unwrap();
        assert!(!m.readings.is_empty(), "{id} has no survey figure");
    }

    let open = |i: &charter::domain::model::Incident| {
        i.investigation.is_none() || i.actions.iter().any(|a| !a.done)
    };
    assert!(plan
        .incidents
        .incidents
        .iter()
        .any(|i| !open(i) && i.on > start));
    assert!(plan.incidents.incidents.iter().any(open));

    // Recognition: praise all year, passed on within days, a hero for each
    // quarter that ended, and the Customer Service Week with its owners.
    let rec = &plan.recognition;
    assert!(rec.praise.len() >= 20, "{} praises", rec.praise.len());
    assert!(rec
        .praise
        .iter()
        .all(|p| p.shared.is_some_and(|s| p.on.days_until(s) <= 7)));
    let periods: Vec<&str> = rec.heroes.iter().map(|h| h.period.as_str()).collect();
    assert_eq!(periods, ["2026-Q1", "2026-Q2", "2026-Q3"]);
    let week = &rec.service_week[0];
    assert_eq!(week.start, Date::parse("2026-10-05").unwrap());
    assert_eq!(week.days.len(), 5);
    assert!(week.days.iter().all(|d| d.owner.is_some()));
    let status = charter::domain::recognition::status(plan, today);
    assert!(status.praise_this_quarter > 0 && status.heroes_period.is_some());
}
