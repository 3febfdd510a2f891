//! Speed benchmark of `charter check`, `charter status` and `charter
//! report` on a large plan.
//!
//! The requirement: on a generated plan of 10,000 milestones and 1,000
//! metrics with 100 readings each, `charter check` and `charter status` take
//! at most 2× the time that parsing the same files into the model's structs
//! alone takes, and peak memory stays under 10× the plan's size on disk.
//!
//! `charter report` (HTML and Markdown) takes at most 3× `charter status`.
//!
//! The parse cache (src/store/cache.rs): `check` and `status` are measured
//! warm (the cache filled by the warm-up) and cold (the cache emptied
//! before each run, so the run parses and fills it), and `status` with
//! `--no-cache`. The goals: warm `status` at most 1.0× Taskwarrior's `task
//! next` (stretch 0.25×), cold at most 2× the parse alone, and peak memory
//! of `status` under 4× the plan's size. Memory is held to its limits only
//! for a plan bigger than the process alone (`--version`'s peak, about
//! 8 MB): below that, the ratio measures the executable.
//!
//! This prints the figures as ratios; it never fails on time. It fails only
//! when the generated plan does not pass `charter check` (a bug here, or in
//! the loader).
//!
//! Each size is measured twice: as generated (0 errors, 0 warnings) and with
//! two warnings added, one in each of the two largest files, since finding
//! a warning's line costs `charter check` a second parse of its file.
//! Times are wall times; the baseline is `plan_dir::load` in this process.
//! The binaries run as child processes; their peak memory is `ru_maxrss`
//! from wait4 (see [`run_exe`]).
//!
//! The peer: where Taskwarrior's `task` is on PATH, the same milestones are
//! imported into a Taskwarrior database in a temporary folder (private
//! TASKRC and TASKDATA; ~/.task and ~/.taskrc are never touched) and `task
//! list`, `task next` and `task count` are timed in the same rounds as the
//! rest, with `charter status / task next` and `charter check / task list`.
//! Without it the rows are skipped with a note; `--quick` skips it always.
//!
//! `cargo bench --bench speed` (or `scripts/bench`): the small plan, then the
//! large one, each figure the median of 5 runs after one warm-up, the
//! measurements interleaved round by round so that a busy machine slows
//! them all alike.
//! `cargo bench --bench speed -- --quick`: the small plan only, one run each.
//! `cargo bench --bench speed -- large` (or `small`): that size only.
//! `-- --keep`: keep the generated plans and print where they are.
//! `-- --generate DIR [--quick]`: only write the large (small) plan to DIR,
//! for profiling by hand. Run without `--bench` (as `cargo test
//! --all-targets` does), it does the quick run: a smoke check that the
//! generated plan passes `charter check`.

use std::fs;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use charter::cli::diagnostics_text;
use charter::domain::diag::{At, Severity};
use charter::domain::summary::plan_status;
use charter::domain::types::Date;
use charter::domain::validate;
use charter::ops::diagnostics::diagnostics;
use charter::store::plan_dir::{self, FILES};
use charter::store::yaml::node;

/// The binary under test, built by cargo for this bench (target/release/charter).
const BIN: &str = env!("CARGO_BIN_EXE_charter");

mod common;

use common::*;

// ---------------------------------------------------------------------------
// Measuring
// ---------------------------------------------------------------------------

#[derive(Clone, Copy)]
struct Runs {
    warmup: usize,
    runs: usize,
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort_unstable();
    match v.len() {
        0 => Duration::ZERO,
        n if n % 2 == 1 => v[n / 2],
        n => (v[n / 2 - 1] + v[n / 2]) / 2,
    }
}

/// One run of a measurement, or the summary of several.
#[derive(Clone, Copy, Debug)]
struct Sample {
    wall: Duration,
    /// CPU time (user + system): less disturbed by other work on the machine.
    cpu: Duration,
    /// Peak resident memory in bytes of a child process (0 in-process).
    rss: u64,
}

/// A measurement: one run of it per call.
type Probe<'a> = Box<dyn FnMut() -> Res<Sample> + 'a>;

/// Runs every probe once per round, the warm-up rounds first, so that a
/// busy machine slows them all alike. Gives each probe's median times and
/// largest peak memory.
fn measure(runs: Runs, probes: &mut [Probe]) -> Res<Vec<Sample>> {
    let mut all: Vec<Vec<Sample>> = vec![Vec::new(); probes.len()];
    for round in 0..runs.warmup + runs.runs {
        for (k, probe) in probes.iter_mut().enumerate() {
            let sample = probe()?;
            if round >= runs.warmup {
                all[k].push(sample);
            }
        }
    }
    Ok(all
        .into_iter()
        .map(|v| Sample {
            wall: median(v.iter().map(|s| s.wall).collect()),
            cpu: median(v.iter().map(|s| s.cpu).collect()),
            rss: v.iter().map(|s| s.rss).max().unwrap_or(0),
        })
        .collect())
}

/// CPU time of this process so far.
fn cpu_now() -> Duration {
    // SAFETY: timespec is plain old data, so all-zero is a valid value.
    let mut ts: libc::timespec = unsafe { std::mem::zeroed() };
    // SAFETY: the pointer is valid for the call.
    unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) };
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

/// A probe timing `f` in this process; what it returns is dropped outside
/// the timing.
fn in_process<'a, T>(mut f: impl FnMut() -> Res<T> + 'a) -> Probe<'a> {
    Box::new(move || {
        let (t, c) = (Instant::now(), cpu_now());
        let out = black_box(f()?);
        let (wall, cpu) = (t.elapsed(), cpu_now().saturating_sub(c));
        drop(out);
        Ok(Sample { wall, cpu, rss: 0 })
    })
}

/// A probe running `exe` with `args` as a child process, which must exit 0.
fn child_process<'a>(exe: &str, args: &[&str]) -> Probe<'a> {
    child_process_env(exe, args, &[])
}

/// [`child_process`] with these variables added to its environment.
fn child_process_env<'a>(exe: &str, args: &[&str], env: &[(String, String)]) -> Probe<'a> {
    let exe = exe.to_string();
    let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    let env = env.to_vec();
    Box::new(move || {
        let argv: Vec<&str> = args.iter().map(String::as_str).collect();
        let (sample, code) = run_exe(&exe, &argv, &env)?;
        if code != 0 {
            return Err(format!("{exe} {} exited with {code}", args.join(" ")).into());
        }
        Ok(sample)
    })
}

/// The largest size of this process when it spawned a child (see run_exe).
static SPAWN_RSS: AtomicU64 = AtomicU64::new(0);

/// One run of a program, with `env` added to its environment: its times,
/// peak resident memory and exit code. stdout and stderr go to /dev/null.
///
/// A child's `ru_maxrss` starts from the parent's peak: std spawns with
/// posix_spawn (CLONE_VM), and exec records the high-water mark of the
/// memory it leaves, which is ours. So before each spawn our own peak is
/// reset to our current size (`/proc/self/clear_refs`) after giving free
/// heap back (`malloc_trim`); [`SPAWN_RSS`] keeps the floor this leaves.
fn run_exe(exe: &str, args: &[&str], env: &[(String, String)]) -> Res<(Sample, i32)> {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only returns free heap memory to the system.
    unsafe {
        libc::malloc_trim(0);
    }
    // Best effort: without it the figure can only be too high, never too low.
    let _ = fs::write("/proc/self/clear_refs", "5");
    SPAWN_RSS.fetch_max(own_rss(), Ordering::Relaxed);
    let t = Instant::now();
    let child = Command::new(exe)
        .args(args)
        .env_remove("CHARTER_TODAY")
        .envs(env.iter().map(|(k, v)| (k, v)))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot run {exe}: {e}; run scripts/bench"))?;
    let pid = child.id() as libc::pid_t;
    let mut status: libc::c_int = 0;
    // SAFETY: rusage is plain old data, so all-zero is a valid value.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: pid is our own child, not yet waited for; the pointers are valid.
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let elapsed = t.elapsed();
    if waited != pid {
        return Err(format!("wait4 failed: {}", std::io::Error::last_os_error()).into());
    }
    let code = if libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status)
    } else {
        -1
    };
    let time = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
    let sample = Sample {
        wall: elapsed,
        cpu: time(usage.ru_utime) + time(usage.ru_stime),
        // ru_maxrss is in KiB on Linux.
        rss: usage.ru_maxrss as u64 * 1024,
    };
    Ok((sample, code))
}

/// This process's resident size in bytes (`VmRSS`), 0 when unknown.
fn own_rss() -> u64 {
    let status = fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map_or(0, |kib| kib * 1024)
}

/// The 1-minute load average, as text ("?" when unknown).
fn load_average() -> String {
    fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|l| l.split_whitespace().next().map(str::to_string))
        .unwrap_or_else(|| "?".into())
}

/// The plan's files as text (plan_dir::FILES, then reviews/).
fn read_texts(dir: &Path) -> Res<Vec<String>> {
    let mut texts = Vec::new();
    for (rel, _) in FILES {
        match fs::read_to_string(dir.join(rel)) {
            Ok(t) => texts.push(t),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e.into()),
        }
    }
    let mut reviews: Vec<PathBuf> = fs::read_dir(dir.join("reviews"))?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    reviews.sort();
    for path in reviews {
        texts.push(fs::read_to_string(path)?);
    }
    Ok(texts)
}

/// Checks that the generated plan loads with no errors, and says how many
/// warnings it has and whether `charter fmt --check` finds it canonical.
fn verify(dir: &str) -> Res<String> {
    let out = Command::new(BIN)
        .args(["--plan", dir, "--today", TODAY, "check"])
        .env_remove("CHARTER_TODAY")
        .output()?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let summary = stderr.lines().last().unwrap_or("").trim().to_string();
    if !out.status.success() || !summary.starts_with("0 errors") {
        let head: Vec<&str> = stdout.lines().take(20).collect();
        return Err(format!(
            "the generated plan in {dir} does not pass `charter check` ({summary}):\n{}",
            head.join("\n")
        )
        .into());
    }
    let fmt = Command::new(BIN)
        .args(["--plan", dir, "fmt", "--check"])
        .output()?;
    let canonical = if fmt.status.success() {
        "canonical".to_string()
    } else {
        let files: Vec<String> = String::from_utf8_lossy(&fmt.stdout)
            .lines()
            .map(str::to_string)
            .collect();
        format!("NOT canonical: {}", files.join("; "))
    };
    Ok(format!("check: {summary}; fmt --check: {canonical}"))
}

fn ms(d: Duration) -> String {
    format!("{:7.0} ms", d.as_secs_f64() * 1000.0)
}

fn ratio(d: Duration, base: Duration) -> String {
    format!("{:5.2}×", d.as_secs_f64() / base.as_secs_f64().max(1e-9))
}

fn mb(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1e6)
}

fn verdict(value: f64, limit: f64) -> &'static str {
    if value <= limit {
        "ok"
    } else {
        "OVER"
    }
}

/// Width of the labels in the time table.
const LABEL: usize = 38;

/// One line of the time table: wall and CPU time, each also × `base`.
fn time_row(label: &str, s: Sample, base: Sample, note: &str) {
    println!(
        "  {label:<LABEL$}{}  {}  {}  {}  {note}",
        ms(s.wall),
        ratio(s.wall, base.wall),
        ms(s.cpu),
        ratio(s.cpu, base.cpu)
    );
}

/// One line of the memory table.
fn mem_row(label: &str, bytes: u64, disk: u64, note: &str) {
    let x = bytes as f64 / disk as f64;
    println!("  {label:<32}{:>10}  {x:5.1}× plan size  {note}", mb(bytes));
}

/// Adds two warnings to a generated plan: a done milestone without done_on
/// in milestones.yaml and a frustrating target in metrics.yaml. `charter
/// check` must then find the line of each, in the two largest files.
fn add_warnings(dir: &Path) -> Res<()> {
    let path = dir.join("milestones.yaml");
    let text = fs::read_to_string(&path)?;
    let at = text
        .find("\n    done_on: ")
        .ok_or("no done_on in milestones.yaml")?;
    let end = text[at + 1..].find('\n').map_or(text.len(), |e| at + 1 + e);
    fs::write(&path, format!("{}{}", &text[..at], &text[end..]))?;
    let path = dir.join("metrics.yaml");
    let text = fs::read_to_string(&path)?;
    let key = "    target: { value: ";
    let at = text.find(key).ok_or("no target in metrics.yaml")? + key.len();
    let end = at + text[at..].find(',').ok_or("no `,` after the target")?;
    let value: f64 = text[at..end].parse()?;
    let text = format!("{}{}{}", &text[..at], num(value * 2.0), &text[end..]);
    fs::write(&path, text)?;
    Ok(())
}

fn utf8(path: &Path) -> Res<&str> {
    Ok(path
        .to_str()
        .ok_or("the temporary folder's path is not UTF-8")?)
}

// ---------------------------------------------------------------------------
// The peer: Taskwarrior
// ---------------------------------------------------------------------------

/// What the peer rows say when there is no Taskwarrior.
const NO_TASKWARRIOR: &str = "Taskwarrior not installed (apt-get install taskwarrior)";

/// The Taskwarrior reports measured against check and status.
const TASK_REPORTS: [&str; 3] = ["list", "next", "count"];

/// A Taskwarrior database of the plan's milestones in a temporary folder,
/// with a private config, so the user's ~/.task and ~/.taskrc are never read
/// or written.
struct Taskwarrior {
    /// Holds taskrc, tasks.json and data/; removed on drop.
    temp: tempfile::TempDir,
    exe: String,
    version: String,
    /// TASKRC and TASKDATA for every `task` run.
    env: Vec<(String, String)>,
    tasks: usize,
    /// Pending, completed and deleted tasks, as `task count` gives them.
    counts: [usize; 3],
    imported_in: Duration,
    data_bytes: u64,
}

/// `name` on PATH, if it is there and executable.
fn on_path(name: &str) -> Option<PathBuf> {
    use std::os::unix::fs::PermissionsExt as _;
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|p| fs::metadata(p).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0))
}

/// `2026-03-01` as Taskwarrior's JSON writes dates: `20260301T000000Z`.
fn tw_date(d: Date) -> String {
    format!("{}T000000Z", d.to_string().replace('-', ""))
}

/// A fixed UUID for the i-th milestone, so the same plan gives the same
/// database.
fn tw_uuid(i: usize) -> String {
    format!("c4a27e00-0000-4000-8000-{:012x}", i + 1)
}

/// The plan's milestones as a Taskwarrior import file: description = title,
/// project = goal, due = due, entry = start; done milestones are completed
/// (end = done_on), cancelled ones deleted, in-progress ones started.
///
/// depends_on is left out: Taskwarrior 2.6's dependency handling is
/// quadratic, so with the plan's ~10,000 dependencies `task list` takes
/// about a minute (48 s here, `task next` 6 s) and the comparison would be
/// of that alone.
fn tw_tasks(plan: &charter::domain::model::Plan) -> Res<String> {
    use charter::domain::model::Status;
    use serde_json::{json, Map, Value};
    let milestones = &plan.milestones.milestones;
    let mut tasks = Vec::with_capacity(milestones.len());
    for (i, m) in milestones.iter().enumerate() {
        let mut t = Map::new();
        t.insert("uuid".into(), json!(tw_uuid(i)));
        t.insert("description".into(), json!(m.title));
        let entry = m.start.unwrap_or(plan.meta.start);
        t.insert("entry".into(), json!(tw_date(entry)));
        if let Some(goal) = &m.goal {
            t.insert("project".into(), json!(goal.as_str()));
        }
        if let Some(due) = m.due {
            t.insert("due".into(), json!(tw_date(due)));
        }
        let status = match m.status {
            Status::Done => "completed",
            Status::Cancelled => "deleted",
            _ => "pending",
        };
        t.insert("status".into(), json!(status));
        match m.status {
            Status::Done | Status::Cancelled => {
                let end = m.done_on.or(m.due).unwrap_or(entry);
                t.insert("end".into(), json!(tw_date(end)));
            }
            Status::InProgress => {
                t.insert("start".into(), json!(tw_date(entry)));
            }
            _ => {}
        }
        tasks.push(Value::Object(t));
    }
    Ok(serde_json::to_string(&tasks)?)
}

/// Runs `task` with `args` in the private database; its stdout, which must
/// come with exit code 0.
fn task_output(exe: &str, env: &[(String, String)], args: &[&str]) -> Res<String> {
    let out = Command::new(exe)
        .args(args)
        .envs(env.iter().map(|(k, v)| (k, v)))
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run {exe}: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "`task {}` exited with {}: {}",
            args.join(" "),
            out.status,
            String::from_utf8_lossy(&out.stderr).trim()
        )
        .into());
    }
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// Builds the Taskwarrior database of the plan in `plan_dir`, with `exe`.
fn taskwarrior(exe: &Path, plan_dir: &Path) -> Res<Taskwarrior> {
    let exe = utf8(exe)?.to_string();
    let temp = tempfile::Builder::new()
        .prefix("charter-bench-taskwarrior-")
        .tempdir()?;
    let root = utf8(temp.path())?.to_string();
    let data = format!("{root}/data");
    let rc = format!("{root}/taskrc");
    fs::create_dir(&data)?;
    fs::write(
        &rc,
        format!("data.location={data}\nverbose=nothing\nconfirmation=off\njson.array=on\n"),
    )?;
    let env = vec![
        ("TASKRC".to_string(), rc),
        ("TASKDATA".to_string(), data.clone()),
    ];
    let plan = plan_dir::load(plan_dir)?.plan;
    let tasks = plan.milestones.milestones.len();
    let file = format!("{root}/tasks.json");
    fs::write(&file, tw_tasks(&plan)?)?;
    drop(plan);
    let version = task_output(&exe, &env, &["--version"])?;
    let t = Instant::now();
    task_output(&exe, &env, &["import", &file])?;
    let imported_in = t.elapsed();
    // Settles the database (garbage collection moves finished tasks out of
    // pending.data) before anything is timed.
    task_output(&exe, &env, &["list"])?;
    let mut counts = [0; 3];
    for (k, status) in ["pending", "completed", "deleted"].iter().enumerate() {
        let n = task_output(&exe, &env, &[&format!("status:{status}"), "count"])?;
        counts[k] = n
            .parse()
            .map_err(|_| format!("`task status:{status} count` printed {n:?}"))?;
    }
    if counts.iter().sum::<usize>() != tasks {
        return Err(format!("imported {tasks} tasks but Taskwarrior counts {counts:?}").into());
    }
    let mut data_bytes = 0;
    for entry in fs::read_dir(&data)? {
        data_bytes += entry?.metadata()?.len();
    }
    Ok(Taskwarrior {
        temp,
        exe,
        version,
        env,
        tasks,
        counts,
        imported_in,
        data_bytes,
    })
}

/// 10000 as `10,000`.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (k, c) in digits.chars().enumerate() {
        if k > 0 && (digits.len() - k) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Generates, verifies and measures one plan size; with `peer`, Taskwarrior
/// on the same milestones too, when it is installed.
fn bench(size: Size, runs: Runs, keep: bool, peer: bool) -> Res<()> {
    let temp = tempfile::Builder::new()
        .prefix("charter-bench-")
        .tempdir()?;
    let dir = temp.path().to_path_buf();
    let t = Instant::now();
    let generated = generate(&dir, size)?;
    let generated_in = t.elapsed();
    let dir_str = utf8(&dir)?;
    let verified = verify(dir_str)?;
    // The same plan with two warnings, one in each of the two largest files.
    let warned = tempfile::Builder::new()
        .prefix("charter-bench-warned-")
        .tempdir()?;
    generate(warned.path(), size)?;
    add_warnings(warned.path())?;
    let warned_str = utf8(warned.path())?;
    let warned_verified = verify(warned_str)?;
    let today = date(TODAY)?;
    let disk = generated.bytes;

    println!();
    println!(
        "plan ({}): {} milestones, {} metrics × {} readings, {} reviews — {} on disk in {} files",
        size.name,
        size.milestones,
        size.metrics,
        size.readings,
        size.reviews,
        mb(disk),
        generated.files
    );
    println!(
        "  generated in {:.2} s; {verified}",
        generated_in.as_secs_f64()
    );
    println!(
        "  median of {} run(s) after {} warm-up(s); today {TODAY}; binary {BIN}",
        runs.runs, runs.warmup
    );
    if runs.runs == 1 {
        println!("  quick: one cold run of each, so the ratios are rough");
    }
    // The peer: Taskwarrior on the same milestones, when it is installed.
    let tw = match on_path("task") {
        Some(exe) if peer => match taskwarrior(&exe, &dir) {
            Ok(tw) => {
                println!(
                    "  peer: Taskwarrior {} ({}), {} tasks from the milestones ({} pending, {} completed, {} deleted) imported in {:.2} s; its data {} on disk",
                    tw.version,
                    tw.exe,
                    thousands(tw.tasks),
                    tw.counts[0],
                    tw.counts[1],
                    tw.counts[2],
                    tw.imported_in.as_secs_f64(),
                    mb(tw.data_bytes)
                );
                Some(tw)
            }
            Err(e) => {
                println!("  peer: Taskwarrior skipped, setting it up failed: {e}");
                None
            }
        },
        None if peer => {
            println!("  peer: {NO_TASKWARRIOR}");
            None
        }
        _ => None,
    };
    let load_before = load_average();

    let exe = std::env::current_exe()?;
    let exe = exe.to_str().ok_or("the bench's path is not UTF-8")?;
    let cmd = |dir: &str, command: &str| -> Vec<String> {
        ["--plan", dir, "--today", TODAY]
            .into_iter()
            .chain(command.split(' '))
            .map(str::to_string)
            .collect()
    };
    // The plan is in no repository: charter keeps its parse cache in the
    // user's cache folder, here private ones. Warm runs share one, filled
    // by the warm-up; cold runs have their own, emptied before each run.
    let cache_home = tempfile::Builder::new()
        .prefix("charter-bench-cache-")
        .tempdir()?;
    let cold_home = tempfile::Builder::new()
        .prefix("charter-bench-cold-cache-")
        .tempdir()?;
    let env_for = |home: &Path| -> Res<Vec<(String, String)>> {
        Ok(vec![(
            "XDG_CACHE_HOME".to_string(),
            utf8(home)?.to_string(),
        )])
    };
    let (warm_env, cold_env) = (env_for(cache_home.path())?, env_for(cold_home.path())?);
    let binary = |dir: &str, command: &str| {
        let args = cmd(dir, command);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        child_process_env(BIN, &args, &warm_env)
    };
    let cold_folder = cold_home.path().join("charter");
    let cold = |dir: &str, command: &str| -> Probe {
        let args = cmd(dir, command);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let mut run = child_process_env(BIN, &args, &cold_env);
        let folder = cold_folder.clone();
        Box::new(move || {
            let _ = fs::remove_dir_all(&folder);
            run()
        })
    };
    let texts = read_texts(&dir)?;
    let mut probes: Vec<Probe> = vec![
        // The baseline: parse into the model's structs alone, in-process.
        in_process(|| Ok(plan_dir::load(&dir)?)),
        in_process(|| Ok(texts.iter().map(|t| node::parse(t)).collect::<Vec<_>>())),
        in_process(|| read_texts(&dir)),
        binary(dir_str, "check"),
        binary(dir_str, "status --format json"),
        child_process(exe, &["--child", "load", dir_str]),
        child_process(exe, &["--child", "yaml", dir_str]),
        // check and status in-process, without printing.
        in_process(|| {
            let dir = plan_dir::load(&dir)?;
            let diags = diagnostics(&dir, today);
            Ok(diagnostics_text::render_text(&dir, &diags).len())
        }),
        in_process(|| {
            let dir = plan_dir::load(&dir)?;
            let diags = diagnostics(&dir, today);
            let errors = diags
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .count();
            let status = plan_status(&dir.plan, today, errors, diags.len() - errors);
            Ok(serde_json::to_string_pretty(&status)?.len())
        }),
        child_process(BIN, &["--version"]),
        binary(warned_str, "check"),
        binary(warned_str, "status --format json"),
        binary(dir_str, "report"),
        binary(dir_str, "report --format markdown"),
        cold(dir_str, "status --format json"),
        cold(dir_str, "check"),
        binary(dir_str, "--no-cache status --format json"),
    ];
    // Taskwarrior's reports, in the same rounds.
    let peer_at = probes.len();
    if let Some(tw) = &tw {
        for report in TASK_REPORTS {
            probes.push(child_process_env(&tw.exe, &[report], &tw.env));
        }
    }
    let samples = measure(runs, &mut probes)?;
    drop(probes);
    let sample = |k: usize| samples.get(k).copied().ok_or("a measurement is missing");
    let load = sample(0)?;
    let check_bin = sample(3)?;
    let status_bin = sample(4)?;
    let floor = SPAWN_RSS.load(Ordering::Relaxed);

    println!();
    println!(
        "  {:<LABEL$}{:>10}  {:>6}  {:>10}  {:>6}",
        "", "wall", "", "cpu", ""
    );
    let rows: [(usize, &str, &str); 15] = [
        (0, "parse into model (load)", "the baseline"),
        (1, "yaml parse alone", "node::parse of each file"),
        (2, "read files alone", ""),
        (3, "charter check, warm", "limit"),
        (4, "charter status --format json, warm", "limit"),
        (15, "charter check, cold", "limit"),
        (14, "charter status --format json, cold", "limit"),
        (16, "charter status --no-cache", "limit"),
        (5, "load as a fresh process", "this bench, --child load"),
        (
            6,
            "yaml parse as a fresh process",
            "this bench, --child yaml",
        ),
        (
            7,
            "check in-process, no printing",
            "load, diagnostics, render",
        ),
        (
            8,
            "status in-process, no printing",
            "load, diagnostics, JSON",
        ),
        (9, "charter --version", "process start and exit"),
        (10, "charter check, 2 warnings", "limit"),
        (11, "charter status, 2 warnings", "limit"),
    ];
    for (k, label, note) in rows {
        if k == 10 {
            println!("  with 2 warnings ({warned_verified}):");
        }
        let s = sample(k)?;
        let note = if note == "limit" {
            format!(
                "(limit 2×) {}",
                verdict(s.wall.as_secs_f64() / load.wall.as_secs_f64(), 2.0)
            )
        } else {
            note.to_string()
        };
        time_row(label, s, load, &note);
    }
    // The report: at most 3× `charter status` on the same plan.
    println!("  the report (limit 3× charter status):");
    for (k, label) in [
        (12, "charter report (HTML)"),
        (13, "charter report --format markdown"),
    ] {
        let s = sample(k)?;
        let x = s.wall.as_secs_f64() / status_bin.wall.as_secs_f64().max(1e-9);
        let note = format!(
            "{} wall, {} cpu × status: {}",
            ratio(s.wall, status_bin.wall).trim(),
            ratio(s.cpu, status_bin.cpu).trim(),
            verdict(x, 3.0)
        );
        time_row(label, s, load, &note);
    }
    if let Some(tw) = &tw {
        println!("  peer:");
        for (k, report) in TASK_REPORTS.iter().enumerate() {
            let label = format!("Taskwarrior task {report} ({} tasks)", thousands(tw.tasks));
            time_row(&label, sample(peer_at + k)?, load, "peer");
        }
        let list = sample(peer_at)?;
        let next = sample(peer_at + 1)?;
        let status_cold = sample(14)?;
        let versus = |a: Sample, b: Sample| {
            format!(
                "{} wall, {} cpu",
                ratio(a.wall, b.wall).trim(),
                ratio(a.cpu, b.cpu).trim()
            )
        };
        println!(
            "  charter status / task next: warm {} (goal ≤ 1.0×, stretch 0.25×), cold {}; charter check / task list: {}",
            versus(status_bin, next),
            versus(status_cold, next),
            versus(check_bin, list)
        );
        let x = |a: Sample, b: Sample| a.wall.as_secs_f64() / b.wall.as_secs_f64().max(1e-9);
        summary(
            &format!("{} plan: status warm / task next", size.name),
            x(status_bin, next),
            "×",
            Some(1.0),
        );
        summary(
            &format!("{} plan: status cold / task next", size.name),
            x(status_cold, next),
            "×",
            None,
        );
        summary(
            &format!("{} plan: check warm / task list", size.name),
            x(check_bin, list),
            "×",
            None,
        );
    }
    let over_load = |s: Sample| s.wall.as_secs_f64() / load.wall.as_secs_f64().max(1e-9);
    summary(
        &format!("{} plan: status cold / parse alone", size.name),
        over_load(sample(14)?),
        "×",
        Some(2.0),
    );
    summary(
        &format!("{} plan: check warm / parse alone", size.name),
        over_load(check_bin),
        "×",
        Some(2.0),
    );
    summary(
        &format!("{} plan: check cold / parse alone", size.name),
        over_load(sample(15)?),
        "×",
        Some(2.0),
    );
    let report = sample(12)?.wall.as_secs_f64() / status_bin.wall.as_secs_f64().max(1e-9);
    summary(
        &format!("{} plan: report (HTML) / status", size.name),
        report,
        "×",
        Some(3.0),
    );
    println!();
    // Memory is weighed against the plan only when the plan outweighs the
    // process itself (`--version`'s peak): below that, the ratio measures
    // the executable, not what it does with the plan.
    let weighed = disk > sample(9)?.rss;
    let limit = |limit: f64| weighed.then_some(limit);
    let judged = |bytes: u64, goal: &str, most: f64| match weighed {
        true => format!(
            "({goal} {most}×) {}",
            verdict(bytes as f64 / disk as f64, most)
        ),
        false => "(no limit: the process alone outweighs this plan)".to_string(),
    };
    let over = |bytes: u64| judged(bytes, "limit", 10.0);
    mem_row(
        "peak memory (check)",
        check_bin.rss,
        disk,
        &over(check_bin.rss),
    );
    mem_row(
        "peak memory (status, warm)",
        status_bin.rss,
        disk,
        &judged(status_bin.rss, "goal", 4.0),
    );
    summary(
        &format!("{} plan: peak memory, status warm / plan size", size.name),
        status_bin.rss as f64 / disk as f64,
        "×",
        limit(4.0),
    );
    summary(
        &format!("{} plan: peak memory, check / plan size", size.name),
        check_bin.rss as f64 / disk as f64,
        "×",
        limit(10.0),
    );
    mem_row(
        "peak memory (status, cold)",
        sample(14)?.rss,
        disk,
        &over(sample(14)?.rss),
    );
    mem_row(
        "peak memory (load alone)",
        sample(5)?.rss,
        disk,
        "a fresh process",
    );
    mem_row(
        "peak memory (yaml parse alone)",
        sample(6)?.rss,
        disk,
        "texts + one file's tree at a time",
    );
    mem_row(
        "peak memory (--version)",
        sample(9)?.rss,
        disk,
        &format!("the floor; this bench was {} at spawn", mb(floor)),
    );
    if let Some(tw) = &tw {
        mem_row(
            "peak memory (task list)",
            sample(peer_at)?.rss,
            disk,
            &format!("peer; Taskwarrior's data is {}", mb(tw.data_bytes)),
        );
    }

    phases(&dir, warned.path(), runs, load.cpu)?;
    println!(
        "  machine: {} CPUs, load average {load_before} before, {} after (figures from a busy machine are noisy)",
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        load_average()
    );

    if keep {
        println!("  kept the plans in {dir_str} and {warned_str}");
        let _ = temp.keep();
        let _ = warned.keep();
        if let Some(tw) = tw {
            let root = tw.temp.keep();
            println!(
                "  kept the Taskwarrior database in {}: TASKRC={1}/taskrc TASKDATA={1}/data",
                root.display(),
                root.display()
            );
        }
    }
    Ok(())
}

const PHASES: [&str; 7] = [
    "validate::validate",
    "PlanDir::resolve",
    "cli::diagnostics (all of it)",
    "check::render_text",
    "summary::plan_status",
    "serde_json::to_string_pretty",
    "drop(PlanDir)",
];

/// The median CPU time of each of [`PHASES`] on the plan in `dir`, and a note
/// on what resolve had to re-parse.
fn phase_times(dir: &Path, runs: Runs) -> Res<(Vec<Duration>, String)> {
    let today = date(TODAY)?;
    let loaded = plan_dir::load(dir)?;
    let mut times: Vec<Vec<Duration>> = vec![Vec::new(); PHASES.len()];
    let mut note = String::new();
    for run in 0..runs.warmup + runs.runs {
        let mut t = [Duration::ZERO; PHASES.len()];
        let s = cpu_now();
        let mut found = validate::validate(&loaded.plan, &loaded.broken_ids, today);
        t[0] = cpu_now().saturating_sub(s);
        let mut files: Vec<&str> = found
            .iter()
            .filter(|d| matches!(d.at, At::Path(_)))
            .map(|d| d.file.as_str())
            .collect();
        files.sort_unstable();
        files.dedup();
        let reparsed = if files.is_empty() {
            "none".to_string()
        } else {
            files.join(", ")
        };
        note = format!(
            "{} from validate; re-parsed by resolve: {reparsed}",
            found.len()
        );
        let s = cpu_now();
        loaded.resolve(&mut found);
        t[1] = cpu_now().saturating_sub(s);
        let s = cpu_now();
        let diags = diagnostics(&loaded, today);
        t[2] = cpu_now().saturating_sub(s);
        let s = cpu_now();
        black_box(diagnostics_text::render_text(&loaded, &diags));
        t[3] = cpu_now().saturating_sub(s);
        let errors = diags
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count();
        let s = cpu_now();
        let status = plan_status(&loaded.plan, today, errors, diags.len() - errors);
        t[4] = cpu_now().saturating_sub(s);
        let s = cpu_now();
        let json = serde_json::to_string_pretty(&status)?;
        t[5] = cpu_now().saturating_sub(s);
        note.push_str(&format!("; status JSON {}", mb(json.len() as u64)));
        let copy = plan_dir::load(dir)?;
        let s = cpu_now();
        drop(copy);
        t[6] = cpu_now().saturating_sub(s);
        if run >= runs.warmup {
            for (k, d) in t.iter().enumerate() {
                times[k].push(*d);
            }
        }
    }
    Ok((times.into_iter().map(median).collect(), note))
}

/// Where the time of check and status goes, phase by phase, in-process,
/// on the clean plan and on the one with two warnings.
fn phases(clean: &Path, warned: &Path, runs: Runs, load: Duration) -> Res<()> {
    let (a, note_a) = phase_times(clean, runs)?;
    let (b, note_b) = phase_times(warned, runs)?;
    println!();
    println!(
        "  phases in-process (median cpu, × load) {:>14}  {:>16}",
        "clean plan", "with 2 warnings"
    );
    for (k, name) in PHASES.iter().enumerate() {
        println!(
            "    {name:<32}{} {}  {} {}",
            ms(a[k]),
            ratio(a[k], load),
            ms(b[k]),
            ratio(b[k], load)
        );
    }
    println!("    diagnostics, clean plan: {note_a}");
    println!("    diagnostics, with 2 warnings: {note_b}");
    Ok(())
}

/// `--child load DIR`: this bench run as a fresh process that only parses
/// the plan into the model's structs (plan_dir::load) and exits, so that its
/// time and memory compare with the binary's like for like. `--child yaml
/// DIR` only parses each file's YAML (`--child yaml FILE`: that one file).
fn child(mode: &str, dir: &Path) -> Res<()> {
    match mode {
        "load" => {
            black_box(plan_dir::load(dir)?);
        }
        "yaml" if dir.is_file() => {
            let text = fs::read_to_string(dir)?;
            black_box(node::parse(&text).map_err(|e| e.message)?);
        }
        "yaml" => {
            for text in read_texts(dir)? {
                black_box(node::parse(&text).map_err(|e| e.message)?);
            }
        }
        _ => return Err(format!("unknown child mode {mode}").into()),
    }
    Ok(())
}

fn main() -> Res<()> {
    let mut quick = false;
    let mut keep = false;
    let mut only: Vec<Size> = Vec::new();
    let args: Vec<String> = std::env::args().skip(1).collect();
    // cargo passes `--bench`; other flags are ignored.
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--quick" => quick = true,
            "--keep" => keep = true,
            "small" => only.push(SMALL),
            "large" => only.push(LARGE),
            "--child" if i + 2 < args.len() => {
                return child(&args[i + 1], Path::new(&args[i + 2]));
            }
            "--generate" if i + 1 < args.len() => {
                let size = if args.contains(&"--quick".to_string()) {
                    SMALL
                } else {
                    LARGE
                };
                let dir = Path::new(&args[i + 1]);
                let generated = generate(dir, size)?;
                println!(
                    "wrote the {} plan to {} ({})",
                    size.name,
                    dir.display(),
                    mb(generated.bytes)
                );
                return Ok(());
            }
            _ => {}
        }
        i += 1;
    }
    // `cargo test --all-targets` runs this without `--bench`: a smoke run.
    if quick || !args.iter().any(|a| a == "--bench") {
        // Quick: no peer, so CI never depends on Taskwarrior.
        bench(SMALL, Runs { warmup: 0, runs: 1 }, keep, false)
    } else {
        let runs = Runs { warmup: 1, runs: 5 };
        if only.is_empty() {
            only = vec![SMALL, LARGE];
        }
        for size in only {
            bench(size, runs, keep, true)?;
        }
        Ok(())
    }
}
