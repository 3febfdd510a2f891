//! Speed benchmark of `charter import readings FILE.csv`.
//!
//! The requirement: importing 100,000 readings into the large generated
//! plan of `benches/speed.rs` (1,000 metrics with 100 readings each) takes
//! at most 2× the time of parsing the CSV alone plus loading metrics.yaml
//! alone (both measured in this process, with charter's own reader and
//! loader).
//!
//! The file: 100 readings per metric, each dated between two recorded
//! readings (so every one is inserted inside a list, not appended), in an
//! order scattered over metrics and dates, written with semicolons and
//! decimal commas. The import runs the release binary, commit included;
//! before each run the repository is reset to the plan as generated.
//!
//! `cargo bench --bench import`: the large plan, each figure the median of
//! 3 runs after one warm-up. `-- --quick`, or run without `--bench` (as
//! `cargo test` does): the small plan and 10,000 readings, once, as a smoke
//! check that the import succeeds and writes every reading.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use charter::store::plan_dir;
use charter::store::readings_csv::{self, DateFormat};

mod common;
use common::{date, day, generate, metric_id, Res, Size, LARGE, SMALL, TODAY};

const BIN: &str = env!("CARGO_BIN_EXE_charter");

fn main() -> Res<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let quick = args.iter().any(|a| a == "--quick") || !args.iter().any(|a| a == "--bench");
    let (size, warmup, runs) = if quick { (SMALL, 0, 1) } else { (LARGE, 1, 3) };
    let tmp = tempfile::tempdir()?;
    let repo = tmp.path().join("repo");
    let dir = repo.join("plan");
    fs::create_dir_all(&dir)?;
    let generated = generate(&dir, size)?;
    let csv_path = tmp.path().join("bi-export.csv");
    let rows = write_csv(&csv_path, size)?;
    git(&repo, &["init", "-q", "-b", "main"])?;
    git(&repo, &["config", "user.name", "Bench"])?;
    git(&repo, &["config", "user.email", "bench@example.org"])?;
    git(&repo, &["add", "-A"])?;
    git(&repo, &["commit", "-qm", "generated plan"])?;
    let base = git(&repo, &["rev-parse", "HEAD"])?;
    println!(
        "import: {} readings for {} metrics into the {} plan ({:.1} MB, metrics.yaml {:.1} MB); CSV {:.1} MB",
        thousands(rows),
        size.metrics,
        size.name,
        generated.bytes as f64 / 1e6,
        fs::metadata(dir.join("metrics.yaml"))?.len() as f64 / 1e6,
        fs::metadata(&csv_path)?.len() as f64 / 1e6,
    );

    let bytes = fs::read(&csv_path)?;
    let mut parse_csv = Vec::new();
    let mut load_metrics = Vec::new();
    let mut import = Vec::new();
    let mut dry_run = Vec::new();
    let csv_arg = csv_path.to_string_lossy().into_owned();
    let plan_arg = dir.to_string_lossy().into_owned();
    for round in 0..warmup + runs {
        let t = Instant::now();
        let table = readings_csv::read(&bytes, &DateFormat::Usual)?;
        let a = t.elapsed();
        if table.rows.len() != rows || !table.errors.is_empty() {
            return Err(format!("the CSV read as {} rows", table.rows.len()).into());
        }
        drop(table);
        let t = Instant::now();
        let loaded = plan_dir::load_only(&dir, &["metrics.yaml"])?;
        let b = t.elapsed();
        drop(loaded);
        let c = run(&[
            "--plan",
            &plan_arg,
            "--today",
            TODAY,
            "import",
            "readings",
            &csv_arg,
            "--dry-run",
        ])?;
        git(&repo, &["reset", "-q", "--hard", base.trim()])?;
        let d = run(&[
            "--plan", &plan_arg, "--today", TODAY, "import", "readings", &csv_arg,
        ])?;
        if round >= warmup {
            parse_csv.push(a);
            load_metrics.push(b);
            dry_run.push(c);
            import.push(d);
        }
    }
    check_result(&repo, &dir, size, rows)?;

    let (a, b, c, d) = (
        median(parse_csv),
        median(load_metrics),
        median(dry_run),
        median(import),
    );
    let baseline = a + b;
    println!("  parse the CSV alone            {}", ms(a));
    println!("  load metrics.yaml alone       {}", ms(b));
    println!("  baseline (sum)                {}", ms(baseline));
    println!(
        "  import --dry-run              {}  {}",
        ms(c),
        ratio(c, baseline)
    );
    let r = d.as_secs_f64() / baseline.as_secs_f64().max(1e-9);
    // The requirement is for 100,000 readings; on the small plan the
    // commit's fixed cost (fsync, git) weighs more than the work.
    let verdict = if quick {
        "smoke run; the requirement is measured by `cargo bench --bench import`"
    } else if r <= 2.0 {
        "requirement ≤ 2×: ok"
    } else {
        "requirement ≤ 2×: OVER"
    };
    println!(
        "  import (written, committed)   {}  {:5.2}×  ({verdict})",
        ms(d),
        r
    );
    Ok(())
}

/// 100 readings per metric, mid-week between the generated weekly readings,
/// scattered over the file; semicolons and decimal commas.
fn write_csv(path: &Path, size: Size) -> Res<usize> {
    // As in common::generate: weekly readings ending the week before today.
    let last = day(date(TODAY)?, -7);
    let first = day(last, -7 * (size.readings as i64 - 1));
    let per_metric = size.readings;
    let n = size.metrics * per_metric;
    let mut out = String::with_capacity(n * 32);
    out.push_str("Metric;Date;Value;Source\n");
    // A stride coprime with n visits every row once, out of order.
    let stride = 7919;
    for k in 0..n {
        let i = (k * stride) % n;
        let (m, r) = (i / per_metric, i % per_metric);
        let on = day(first, 7 * r as i64 + 3);
        let value = 40.0 + ((m * 31 + r * 17) % 400) as f64 / 10.0;
        let _ = writeln!(
            out,
            "{};{on};{};BI",
            metric_id(m),
            format!("{value:.1}").replace('.', ",")
        );
    }
    fs::write(path, out)?;
    Ok(n)
}

/// The last import wrote every reading, in date order, in one commit.
fn check_result(repo: &Path, dir: &Path, size: Size, rows: usize) -> Res<()> {
    let loaded = plan_dir::load_only(dir, &["plan.yaml", "metrics.yaml"])?;
    if !loaded.load_errors.is_empty() {
        return Err(format!("metrics.yaml has errors: {:?}", loaded.load_errors[0]).into());
    }
    let total: usize = loaded
        .plan
        .metrics
        .metrics
        .iter()
        .map(|m| m.readings.len())
        .sum();
    if total != size.metrics * size.readings + rows {
        return Err(format!("metrics.yaml holds {total} readings after the import").into());
    }
    let sorted = loaded
        .plan
        .metrics
        .metrics
        .iter()
        .all(|m| m.readings.windows(2).all(|w| w[0].on <= w[1].on));
    if !sorted {
        return Err("readings are out of date order after the import".into());
    }
    let subject = git(repo, &["log", "-1", "--format=%s"])?;
    let expected = format!(
        "import readings: {} readings for {} metrics from bi-export.csv",
        rows, size.metrics
    );
    if subject.trim() != expected {
        return Err(format!("the commit says `{}`", subject.trim()).into());
    }
    Ok(())
}

fn run(args: &[&str]) -> Res<Duration> {
    let t = Instant::now();
    let out = Command::new(BIN)
        .args(args)
        .env_remove("CHARTER_TODAY")
        .output()?;
    let elapsed = t.elapsed();
    if !out.status.success() {
        return Err(format!(
            "charter {} failed: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr)
        )
        .into());
    }
    Ok(elapsed)
}

fn git(dir: &Path, args: &[&str]) -> Res<String> {
    let out = Command::new("git")
        .current_dir(dir)
        .args(args)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()?;
    if !out.status.success() {
        return Err(format!(
            "git {}: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr)
        )
        .into());
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort_unstable();
    v.get(v.len() / 2).copied().unwrap_or_default()
}

fn ms(d: Duration) -> String {
    format!("{:7.0} ms", d.as_secs_f64() * 1000.0)
}

fn ratio(d: Duration, base: Duration) -> String {
    format!("{:5.2}×", d.as_secs_f64() / base.as_secs_f64().max(1e-9))
}

fn thousands(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}
