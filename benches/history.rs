//! Speed benchmark of `charter log`, `charter trend milestones` and
//! `charter diff FIRST LAST` on a long history.
//!
//! The requirement: on a repository of 1,000 commits holding 250 reviews of
//! the 10,000-milestone plan of `benches/speed.rs`, each command takes at
//! most 2× the time of reading and parsing every distinct blob of the
//! plan's files once with git2 (the baseline, measured in this process).
//!
//! The history: 250 days, each with a review (a new `reviews/D.yaml` of 200
//! milestone forecasts, tagged `review/D`), a reading corrected in
//! metrics.yaml, a milestone retitled in milestones.yaml and a goal
//! retitled in goals.yaml: 1,000 commits, 250 versions of each big file.
//! It is written straight into git objects (no checkout) and kept under
//! `target/` between runs; the work tree holds the last version.
//!
//! `cargo bench --bench history`: the large history, each figure from one
//! run (the history takes minutes to read). `-- --quick`, or run without `--bench` (as
//! `cargo test` does): a small plan and 100 commits, once, as a smoke check
//! that every command succeeds on it.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use charter::store::plan_dir::{self, Files};
use git2::{ObjectType, Oid, Repository, Signature, Time};

mod common;
use common::{generate, Res, Size, LARGE, SMALL};

const BIN: &str = env!("CARGO_BIN_EXE_charter");

struct Shape {
    size: Size,
    days: usize,
    per_review: usize,
}

fn main() -> Res<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let quick = args.iter().any(|a| a == "--quick") || !args.iter().any(|a| a == "--bench");
    let (shape, runs) = if quick {
        (
            Shape {
                size: SMALL,
                days: 25,
                per_review: 20,
            },
            (0, 1),
        )
    } else {
        (
            Shape {
                size: LARGE,
                days: 250,
                per_review: 200,
            },
            // One run each: the baseline alone reads and parses about 1,000
            // blobs of several MB, minutes of work on two cores.
            (0, 1),
        )
    };
    let dir = build(&shape)?;
    let commits = shape.days * 4;
    println!(
        "history: {} commits, {} reviews of the {} plan ({} milestones) in {}",
        commits,
        shape.days,
        shape.size.name,
        shape.size.milestones,
        dir.display()
    );

    let mut baseline = Vec::new();
    let mut blobs = 0;
    for _ in 0..runs.0 + runs.1 {
        let (t, n) = parse_every_blob(&dir)?;
        baseline.push(t);
        blobs = n;
    }
    let baseline = median(baseline[runs.0..].to_vec());
    println!(
        "  baseline: read and parse {blobs} distinct blobs once   {:>9.1} ms",
        ms(baseline)
    );
    let first = first_commit(&dir)?;
    let commands: [(&str, Vec<&str>); 3] = [
        ("log --format json", vec!["log", "--format", "json"]),
        (
            "trend milestones --format json",
            vec!["trend", "milestones", "--format", "json"],
        ),
        (
            "diff FIRST HEAD --format json",
            vec!["diff", first.as_str(), "HEAD", "--format", "json"],
        ),
    ];
    let mut failed = Vec::new();
    // Cold: the parse cache emptied before each run; warm: right after one.
    let cache = dir.join(".git/charter/cache");
    for (label, args) in commands {
        for warm in [false, true] {
            let mut times = Vec::new();
            for _ in 0..runs.0 + runs.1 {
                if !warm {
                    let _ = fs::remove_dir_all(&cache);
                }
                match run(&dir, &args) {
                    Ok(t) => times.push(t),
                    Err(e) => {
                        println!("  charter {label:<31} failed: {e}");
                        failed.push(label);
                        break;
                    }
                }
            }
            if times.len() < runs.0 + runs.1 {
                break;
            }
            let t = median(times[runs.0..].to_vec());
            let x = t.as_secs_f64() / baseline.as_secs_f64();
            let warmth = if warm { "warm" } else { "cold" };
            println!(
                "  charter {label:<31} {warmth} {:>9.1} ms   {x:.2}× baseline (limit 2×)",
                ms(t),
            );
            let command = label.split(" --").next().unwrap_or(label);
            common::summary(
                &format!("{command} ({commits} commits), {warmth} / parse of every blob"),
                x,
                "×",
                Some(2.0),
            );
        }
    }
    if failed.is_empty() {
        Ok(())
    } else {
        Err(format!("failed: {}", failed.join(", ")).into())
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort_unstable();
    v.get(v.len() / 2).copied().unwrap_or_default()
}

/// Runs charter in `dir`; fails when it does not exit 0.
fn run(dir: &Path, args: &[&str]) -> Res<Duration> {
    let start = Instant::now();
    let out = Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .env("CHARTER_TODAY", common::TODAY)
        .output()?;
    let t = start.elapsed();
    if !out.status.success() {
        return Err(format!(
            "charter {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        )
        .into());
    }
    Ok(t)
}

/// The baseline: every distinct blob of the plan's files in the history,
/// read with git2 and parsed into the model once.
fn parse_every_blob(dir: &Path) -> Res<(Duration, usize)> {
    let start = Instant::now();
    let repo = Repository::open(dir)?;
    let mut walk = repo.revwalk()?;
    walk.push_head()?;
    let mut seen: HashSet<Oid> = HashSet::new();
    let mut blobs: Vec<(String, Oid)> = Vec::new();
    for id in walk {
        let tree = repo.find_commit(id?)?.tree()?;
        tree.walk(git2::TreeWalkMode::PreOrder, |root, entry| {
            if entry.kind() == Some(ObjectType::Blob) {
                let name = format!("{root}{}", entry.name().unwrap_or(""));
                if name.ends_with(".yaml") && seen.insert(entry.id()) {
                    blobs.push((name, entry.id()));
                }
            }
            git2::TreeWalkResult::Ok
        })?;
    }
    for (name, oid) in &blobs {
        let blob = repo.find_blob(*oid)?;
        let files = [(name.as_str(), blob.content())];
        let loaded = plan_dir::load_from(dir, Files::Memory(&files))?;
        std::hint::black_box(loaded);
    }
    Ok((start.elapsed(), blobs.len()))
}

fn first_commit(dir: &Path) -> Res<String> {
    let repo = Repository::open(dir)?;
    let mut walk = repo.revwalk()?;
    walk.push_head()?;
    let mut last = None;
    for id in walk {
        last = Some(id?);
    }
    Ok(last.ok_or("no commits")?.to_string())
}

/// Writes the history (once; reused while `target/` keeps it).
fn build(shape: &Shape) -> Res<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("history-{}-{}-v1", shape.size.name, shape.days));
    if dir.join(".built").exists() {
        return Ok(dir);
    }
    if dir.exists() {
        fs::remove_dir_all(&dir)?;
    }
    fs::create_dir_all(&dir)?;
    generate(&dir, shape.size)?;
    // The generated reviews are replaced by the history's own.
    fs::remove_dir_all(dir.join("reviews"))?;
    let read = |name: &str| -> Res<Vec<String>> {
        Ok(fs::read_to_string(dir.join(name))?
            .lines()
            .map(str::to_string)
            .collect())
    };
    let mut metrics = read("metrics.yaml")?;
    let mut milestones = read("milestones.yaml")?;
    let mut goals = read("goals.yaml")?;
    let readings: Vec<usize> = lines_with(&metrics, "      - { on: ");
    let titles: Vec<usize> = lines_with(&milestones, "    title: ");
    let goal_titles: Vec<usize> = lines_with(&goals, "    title: ");
    let ids: Vec<String> = milestones
        .iter()
        .filter_map(|l| l.strip_prefix("  - id: ").map(str::to_string))
        .collect();

    let repo = Repository::init(&dir)?;
    let fixed: Vec<(String, Oid)> = [
        "plan.yaml",
        "charter.yaml",
        "committee.yaml",
        "agents.yaml",
        "skills.yaml",
        "workshops.yaml",
    ]
    .iter()
    .filter(|n| dir.join(n).exists())
    .map(|n| -> Res<(String, Oid)> { Ok((n.to_string(), repo.blob(&fs::read(dir.join(n))?)?)) })
    .collect::<Res<_>>()?;
    let blob = |lines: &[String]| -> Res<Oid> {
        let mut text = lines.join("\n");
        text.push('\n');
        Ok(repo.blob(text.as_bytes())?)
    };
    let mut current = [
        ("metrics.yaml", blob(&metrics)?),
        ("milestones.yaml", blob(&milestones)?),
        ("goals.yaml", blob(&goals)?),
    ];
    let mut reviews: Vec<(String, Oid)> = Vec::new();
    let mut parent: Option<Oid> = None;
    let start = chrono::NaiveDate::from_ymd_opt(2026, 1, 5).ok_or("date")?;
    let commit = |message: &str,
                  stamp: i64,
                  current: &[(&str, Oid)],
                  reviews: &[(String, Oid)],
                  parent: &mut Option<Oid>|
     -> Res<Oid> {
        let mut root = repo.treebuilder(None)?;
        for (name, oid) in fixed
            .iter()
            .map(|(n, o)| (n.as_str(), *o))
            .chain(current.iter().map(|(n, o)| (*n, *o)))
        {
            root.insert(name, oid, 0o100644)?;
        }
        if !reviews.is_empty() {
            let mut sub = repo.treebuilder(None)?;
            for (name, oid) in reviews {
                sub.insert(name, *oid, 0o100644)?;
            }
            root.insert("reviews", sub.write()?, 0o040000)?;
        }
        let tree = repo.find_tree(root.write()?)?;
        let sig = Signature::new("Dana Levi", "dana@example.com", &Time::new(stamp, 0))?;
        let parents: Vec<git2::Commit> = match parent {
            Some(p) => vec![repo.find_commit(*p)?],
            None => Vec::new(),
        };
        let refs: Vec<&git2::Commit> = parents.iter().collect();
        let oid = repo.commit(None, &sig, &sig, message, &tree, &refs)?;
        *parent = Some(oid);
        Ok(oid)
    };
    for day in 0..shape.days {
        let date = start + chrono::Duration::days(day as i64);
        let base = date
            .and_hms_opt(8, 0, 0)
            .ok_or("time")?
            .and_utc()
            .timestamp();
        // A reading corrected.
        let line = readings[(day * 7919) % readings.len()];
        metrics[line] = bump_value(&metrics[line]);
        current[0].1 = blob(&metrics)?;
        commit(
            &format!("metrics: reading corrected on day {day}"),
            base,
            &current,
            &reviews,
            &mut parent,
        )?;
        // A milestone retitled.
        let line = titles[(day * 104_729) % titles.len()];
        milestones[line] = format!("{} (rev {day})", milestones[line]);
        current[1].1 = blob(&milestones)?;
        commit(
            &format!("milestones: retitled on day {day}"),
            base + 3600,
            &current,
            &reviews,
            &mut parent,
        )?;
        // A goal retitled.
        let line = goal_titles[day % goal_titles.len()];
        goals[line] = format!("{} (rev {day})", goals[line]);
        current[2].1 = blob(&goals)?;
        commit(
            &format!("goals: retitled on day {day}"),
            base + 7200,
            &current,
            &reviews,
            &mut parent,
        )?;
        // The day's review: forecasts that drift for some milestones.
        let mut text = format!(
            "date: {date}\ntitle: Review {}\nattendees: [dana]\nmilestones:\n",
            day + 1
        );
        for k in 0..shape.per_review {
            let id = &ids[(k * 37) % ids.len()];
            let forecast = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).ok_or("date")?
                + chrono::Duration::days(((day * (k % 5)) / 10) as i64);
            text.push_str(&format!(
                "  - {{ id: {id}, health: on_track, progress: {}, forecast: {forecast} }}\n",
                (day * 100 / shape.days).min(100)
            ));
        }
        reviews.push((format!("{date}.yaml"), repo.blob(text.as_bytes())?));
        let oid = commit(
            &format!("review {date}"),
            base + 10_800,
            &current,
            &reviews,
            &mut parent,
        )?;
        let sig = Signature::new(
            "Dana Levi",
            "dana@example.com",
            &Time::new(base + 10_800, 0),
        )?;
        repo.tag(
            &format!("review/{date}"),
            &repo.find_object(oid, None)?,
            &sig,
            "review",
            false,
        )?;
        // The work tree keeps the last version.
        if day + 1 == shape.days {
            fs::create_dir_all(dir.join("reviews"))?;
            for (name, oid) in &reviews {
                fs::write(
                    dir.join("reviews").join(name),
                    repo.find_blob(*oid)?.content(),
                )?;
            }
        }
    }
    let head = parent.ok_or("no commit")?;
    repo.reference("refs/heads/main", head, true, "bench history")?;
    repo.set_head("refs/heads/main")?;
    fs::write(dir.join("metrics.yaml"), metrics.join("\n") + "\n")?;
    fs::write(dir.join("milestones.yaml"), milestones.join("\n") + "\n")?;
    fs::write(dir.join("goals.yaml"), goals.join("\n") + "\n")?;
    fs::write(dir.join(".built"), "")?;
    Ok(dir)
}

fn lines_with(lines: &[String], prefix: &str) -> Vec<usize> {
    lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.starts_with(prefix))
        .map(|(i, _)| i)
        .collect()
}

/// `      - { on: D, value: V }` with V + 0.5.
fn bump_value(line: &str) -> String {
    let Some((head, rest)) = line.split_once("value: ") else {
        return line.to_string();
    };
    let value: f64 = rest.trim_end_matches(" }").parse().unwrap_or(0.0);
    format!("{head}value: {} }}", common::num(value + 0.5))
}
