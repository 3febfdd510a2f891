//! How charter holds against the sizes a hostile or careless repository
//! brings, one line each: the time of the release binary and, where GNU
//! `time` is at /usr/bin/time, its peak memory.
//!
//! - `report` on a plan whose metric has two readings of `1e308`
//!   (once allocated until the kernel killed it): refused where it is read,
//!   the report written without them;
//! - `status` and `exceptions` with N actions carried from one review to
//!   the next (once quadratic: 100,000 took 100 s and 268 s);
//! - `import readings --dry-run` of a CSV of N bytes (a 1 GB file once
//!   peaked at 11.8 GB): stopped once the rows could not fit a metrics.yaml;
//! - `log -n 10` on N commits (once as long as the whole log);
//! - `check` on `review_every: 2000000y` (once a wrong date): an error.
//!
//! `cargo bench --bench sizes`: 100,000 actions, a 1 GB CSV, 50,000
//! commits. `-- --quick`, or run without `--bench` (as `cargo test` does):
//! 2,000 actions, a 2 MB CSV and 500 commits, once, as a smoke check that
//! every outcome is the safe one.

use std::fmt::Write as _;
use std::fs;
use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use git2::{Repository, Signature, Time};

type Res<T> = Result<T, Box<dyn std::error::Error>>;

const BIN: &str = env!("CARGO_BIN_EXE_charter");
const TODAY: &str = "2026-06-15";
const PLAN: &str =
    "schema: 1\nid: p\ntitle: P\nstart: 2026-01-05\nend: 2026-12-31\nreview_every: 4w\n";

struct Sizes {
    actions: usize,
    csv_bytes: u64,
    commits: usize,
}

const FULL: Sizes = Sizes {
    actions: 100_000,
    csv_bytes: 1_000_000_000,
    commits: 50_000,
};
const QUICK: Sizes = Sizes {
    actions: 2_000,
    csv_bytes: 2_000_000,
    commits: 500,
};

fn main() -> Res<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let quick = args.iter().any(|a| a == "--quick") || !args.iter().any(|a| a == "--bench");
    let size = if quick { QUICK } else { FULL };
    let tmp = tempfile::tempdir()?;
    huge_numbers(tmp.path())?;
    many_actions(tmp.path(), size.actions)?;
    big_csv(tmp.path(), size.csv_bytes)?;
    long_history(tmp.path(), size.commits)?;
    long_duration(tmp.path())?;
    Ok(())
}

/// A plan folder at `root/name` holding plan.yaml and `files`.
fn plan(root: &Path, name: &str, files: &[(&str, &str)]) -> Res<std::path::PathBuf> {
    let dir = root.join(name);
    fs::create_dir_all(dir.join("reviews"))?;
    fs::write(dir.join("plan.yaml"), PLAN)?;
    for (rel, text) in files {
        fs::write(dir.join(rel), text)?;
    }
    Ok(dir)
}

/// What one run cost: wall time, and peak memory when GNU time can say.
struct Run {
    output: Output,
    took: Duration,
    peak_mb: Option<f64>,
}

fn charter(dir: &Path, args: &[&str]) -> Res<Run> {
    let gnu_time = Path::new("/usr/bin/time");
    let peak_file = dir.join(".peak");
    let mut command = if gnu_time.exists() {
        let mut c = Command::new(gnu_time);
        c.arg("-f").arg("%M").arg("-o").arg(&peak_file).arg(BIN);
        c
    } else {
        Command::new(BIN)
    };
    command
        .args(["--today", TODAY, "--plan"])
        .arg(dir)
        .args(args)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("NO_COLOR", "1");
    let start = Instant::now();
    let output = command.output()?;
    let took = start.elapsed();
    let peak_mb = fs::read_to_string(&peak_file)
        .ok()
        .and_then(|t| t.lines().last()?.trim().parse::<f64>().ok())
        .map(|kb| kb / 1024.0);
    let _ = fs::remove_file(&peak_file);
    Ok(Run {
        output,
        took,
        peak_mb,
    })
}

/// The line printed for a run, checked first against the safe outcome.
fn report(what: &str, run: &Run, code: i32, says: &str) -> Res<()> {
    let stderr = String::from_utf8_lossy(&run.output.stderr);
    let stdout = String::from_utf8_lossy(&run.output.stdout);
    if run.output.status.code() != Some(code) || !(stdout.contains(says) || stderr.contains(says)) {
        return Err(format!(
            "{what}: expected exit {code} saying {says:?}, got {:?}\n{stdout}\n{stderr}",
            run.output.status.code()
        )
        .into());
    }
    let mut line = format!("{what}: {:.2} s", run.took.as_secs_f64());
    if let Some(mb) = run.peak_mb {
        let _ = write!(line, ", peak {mb:.0} MB");
    }
    println!("{line}");
    Ok(())
}

fn huge_numbers(root: &Path) -> Res<()> {
    let metrics = "metrics:\n  - id: fcr\n    name: First contact resolution\n    direction: up\n    \
                   readings:\n      - { on: 2026-02-01, value: 1e308 }\n      - { on: 2026-03-01, value: -1e308 }\n";
    let dir = plan(root, "huge-numbers", &[("metrics.yaml", metrics)])?;
    let out = root.join("report.html");
    let out = out.to_string_lossy();
    let run = charter(&dir, &["report", "--output", &out])?;
    report(
        "report with readings of 1e308",
        &run,
        1,
        "the plan has 1 error(s)",
    )
}

fn many_actions(root: &Path, n: usize) -> Res<()> {
    let mut first = String::from("date: 2026-02-01\nactions:\n");
    let mut latest = String::from("date: 2026-03-01\nactions:\n");
    for i in 0..n {
        writeln!(
            first,
            "  - {{ text: Action {i}, due: 2026-02-20, done: false }}"
        )?;
        writeln!(
            latest,
            "  - {{ text: Action {i}, due: 2026-02-20, done: {} }}",
            i % 4 == 0
        )?;
    }
    let dir = plan(
        root,
        "many-actions",
        &[
            ("reviews/2026-02-01.yaml", &first),
            ("reviews/2026-03-01.yaml", &latest),
        ],
    )?;
    let open = n - n.div_ceil(4);
    let run = charter(&dir, &["status", "--format", "json"])?;
    report(
        &format!("status with {n} carried actions"),
        &run,
        0,
        &format!("\"open_actions\": {open}"),
    )?;
    let run = charter(&dir, &["exceptions"])?;
    report(
        &format!("exceptions with {n} carried actions"),
        &run,
        0,
        &format!("{open} actions overdue"),
    )
}

fn big_csv(root: &Path, bytes: u64) -> Res<()> {
    let metrics = "metrics:\n  - id: fcr\n    name: First contact resolution\n    direction: up\n";
    let dir = plan(root, "big-csv", &[("metrics.yaml", metrics)])?;
    let path = root.join("export.csv");
    let mut file = std::io::BufWriter::new(fs::File::create(&path)?);
    file.write_all(b"metric,date,value\n")?;
    let row = b"fcr,2026-02-01,70.5\n";
    let mut block = Vec::with_capacity(row.len() * 10_000);
    for _ in 0..10_000 {
        block.extend_from_slice(row);
    }
    let mut written = 0u64;
    while written < bytes {
        file.write_all(&block)?;
        written += block.len() as u64;
    }
    file.flush()?;
    drop(file);
    let csv = path.to_string_lossy().into_owned();
    let run = charter(&dir, &["import", "readings", &csv, "--dry-run"])?;
    let mb = written as f64 / 1e6;
    // A small file is read whole (its rows repeat one reading); a big one
    // is stopped before it is.
    if written > 64 * 1024 * 1024 {
        report(
            &format!("import --dry-run of a {mb:.0} MB CSV"),
            &run,
            2,
            "more than metrics.yaml can take",
        )
    } else {
        report(
            &format!("import --dry-run of a {mb:.0} MB CSV"),
            &run,
            1,
            "already gives fcr on 2026-02-01",
        )
    }
}

fn long_history(root: &Path, commits: usize) -> Res<()> {
    let dir = plan(root, "long-history", &[])?;
    let repo = Repository::init(&dir)?;
    let mut parent: Option<git2::Oid> = None;
    for i in 0..commits {
        let text = PLAN.replace("title: P", &format!("title: P {i}"));
        let blob = repo.blob(text.as_bytes())?;
        let mut tree = repo.treebuilder(None)?;
        tree.insert("plan.yaml", blob, 0o100644)?;
        let tree = repo.find_tree(tree.write()?)?;
        let when = Signature::new(
            "Bench",
            "bench@example.org",
            &Time::new(1_767_600_000 + i as i64 * 60, 0),
        )?;
        let parents = match parent {
            Some(p) => vec![repo.find_commit(p)?],
            None => Vec::new(),
        };
        let parents: Vec<&git2::Commit> = parents.iter().collect();
        let id = repo.commit(None, &when, &when, &format!("title {i}"), &tree, &parents)?;
        parent = Some(id);
    }
    if let Some(head) = parent {
        repo.reference("refs/heads/main", head, true, "bench history")?;
        repo.set_head("refs/heads/main")?;
        repo.checkout_head(Some(git2::build::CheckoutBuilder::new().force()))?;
    }
    let last = format!("title {}", commits - 1);
    let run = charter(&dir, &["log", "-n", "10"])?;
    report(&format!("log -n 10 on {commits} commits"), &run, 0, &last)
}

fn long_duration(root: &Path) -> Res<()> {
    let dir = plan(root, "long-duration", &[])?;
    fs::write(
        dir.join("plan.yaml"),
        PLAN.replace("review_every: 4w", "review_every: 2000000y"),
    )?;
    let run = charter(&dir, &["check"])?;
    report(
        "check on review_every: 2000000y",
        &run,
        1,
        "a duration is at most 10 years",
    )
}
