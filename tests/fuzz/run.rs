//! Running the fuzzer: fixed shards with fixed RNG seeds over as many
//! threads as there are cores, a watchdog that aborts on a hang, and the
//! report of a failing shard.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};
use std::thread::{self, ThreadId};
use std::time::{Duration, Instant};

use proptest::test_runner::{
    Config as ProptestConfig, RngAlgorithm, TestCaseError, TestError, TestRng, TestRunner,
};

use crate::minimize::{minimize, rust_literal};
use crate::mutate::{apply, case, Case};
use crate::properties::check;
use crate::seeds::seeds;

/// A case running longer than this is a hang: it is printed and the test aborts.
pub(crate) const HANG_SECS: u64 = 60;

/// The RNG seed of shard 0; shard `i` replaces the last byte with `i`, and
/// `CHARTER_FUZZ_SEED=N` (a `u32`) bytes 24..28 to explore other cases.
const RNG_SEED: [u8; 32] = *b"charter mutation fuzzer seed 000";

/// The case each fuzzing thread runs now, for the hang watchdog.
type Running = HashMap<ThreadId, (Instant, Case)>;

fn running() -> &'static Mutex<Running> {
    static RUNNING: OnceLock<Mutex<Running>> = OnceLock::new();
    RUNNING.get_or_init(|| {
        thread::spawn(|| loop {
            thread::sleep(Duration::from_secs(1));
            let guard = running().lock().unwrap_or_else(|e| e.into_inner());
            for (start, case) in guard.values() {
                if start.elapsed() > Duration::from_secs(HANG_SECS) {
                    let (files, target) = apply(case);
                    eprintln!(
                        "\nHANG: a case has run for more than {HANG_SECS} s.\nseed {}, mutated {target}, {case:?}\nfiles: {}",
                        seeds().plans[case.plan].name,
                        rust_literal(&files)
                    );
                    std::process::abort();
                }
            }
        });
        Mutex::new(HashMap::new())
    })
}

struct ShardResult {
    cases: usize,
    /// Passing cases that loaded without errors, that `fmt` rewrote, and
    /// their diagnostics.
    clean: usize,
    rewritten: usize,
    diagnostics: usize,
    slowest: (Duration, String),
    failure: Option<String>,
}

fn run_shard(shard: usize, cases: u32) -> ShardResult {
    let mut seed = RNG_SEED;
    if let Some(n) = std::env::var("CHARTER_FUZZ_SEED")
        .ok()
        .and_then(|n| n.parse::<u32>().ok())
    {
        seed[24..28].copy_from_slice(&n.to_le_bytes());
    }
    seed[31] = shard as u8;
    let config = ProptestConfig {
        cases,
        failure_persistence: None,
        max_shrink_iters: 2_000,
        ..ProptestConfig::default()
    };
    let mut runner =
        TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &seed));
    let done = AtomicUsize::new(0);
    let clean = AtomicUsize::new(0);
    let rewritten = AtomicUsize::new(0);
    let diagnostics = AtomicUsize::new(0);
    let slowest = Mutex::new((Duration::ZERO, String::new()));
    let me = thread::current().id();
    let skip = skipped();
    let result = runner.run(&case(), |case| {
        let start = Instant::now();
        running().lock().unwrap().insert(me, (start, case.clone()));
        let (files, target) = apply(&case);
        let outcome = match check(&files) {
            Ok(reached) => {
                clean.fetch_add(usize::from(reached.clean), Ordering::Relaxed);
                rewritten.fetch_add(usize::from(reached.rewritten), Ordering::Relaxed);
                diagnostics.fetch_add(reached.diagnostics, Ordering::Relaxed);
                Ok(())
            }
            Err(f)
                if skip.iter().any(|k| {
                    f.key.contains(k.as_str())
                        || f.detail
                            .lines()
                            .next()
                            .is_some_and(|l| l.contains(k.as_str()))
                }) =>
            {
                Ok(())
            }
            Err(f) => Err(f),
        };
        running().lock().unwrap().remove(&me);
        done.fetch_add(1, Ordering::Relaxed);
        let took = start.elapsed();
        let mut s = slowest.lock().unwrap();
        if took > s.0 {
            *s = (
                took,
                format!(
                    "{} ({target}, {} bytes)",
                    seeds().plans[case.plan].name,
                    files
                        .iter()
                        .find(|(n, _)| *n == target)
                        .map_or(0, |(_, b)| b.len())
                ),
            );
        }
        outcome.map_err(|f| TestCaseError::fail(format!("{}\n{}", f.key, f.detail)))
    });
    let failure = match result {
        Ok(()) => None,
        Err(TestError::Abort(why)) => Some(format!("shard {shard}: aborted: {why}")),
        Err(TestError::Fail(_, case)) => Some(report(shard, &case)),
    };
    ShardResult {
        cases: done.into_inner(),
        clean: clean.into_inner(),
        rewritten: rewritten.into_inner(),
        diagnostics: diagnostics.into_inner(),
        slowest: slowest.into_inner().unwrap(),
        failure,
    }
}

/// Failures to pass over, while they are being fixed: parts of their key
/// or of the first line of their detail (the diagnostic), in
/// `CHARTER_FUZZ_SKIP`, separated by `;`.
fn skipped() -> Vec<String> {
    std::env::var("CHARTER_FUZZ_SKIP")
        .unwrap_or_default()
        .split(';')
        .filter(|k| !k.is_empty())
        .map(str::to_string)
        .collect()
}

/// The shrunk case, minimized, as a report.
fn report(shard: usize, case: &Case) -> String {
    let (files, target) = apply(case);
    let Err(failure) = check(&files) else {
        return format!("shard {shard}: {case:?} failed once but passes now (flaky?)");
    };
    let small = minimize(files, &failure.key, 4_000);
    let detail = check(&small)
        .err()
        .map_or(failure.detail.clone(), |f| f.detail);
    format!(
        "shard {shard}: {key}\n{detail}\nseed plan {seed}, mutated file {target}\nshrunk case: {case:?}\nminimized input:\n{lit}\n",
        key = failure.key,
        seed = seeds().plans[case.plan].name,
        lit = rust_literal(&small),
    )
}

/// Runs `total` cases split over `shards` fixed shards, on up to as many
/// threads as there are cores; fails with a report of each failing shard.
pub(crate) fn fuzz(total: u32, shards: usize, verbose: bool) {
    let _ = seeds();
    let started = Instant::now();
    let threads = thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(shards);
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<(usize, ShardResult)>> = Mutex::new(Vec::new());
    thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| loop {
                let shard = next.fetch_add(1, Ordering::Relaxed);
                if shard >= shards {
                    break;
                }
                let cases = total / shards as u32 + u32::from(shard < (total as usize % shards));
                let result = run_shard(shard, cases);
                if verbose {
                    eprintln!(
                        "shard {shard}: {} cases, {}",
                        result.cases,
                        if result.failure.is_some() {
                            "FAILED"
                        } else {
                            "ok"
                        }
                    );
                }
                results.lock().unwrap().push((shard, result));
            });
        }
    });
    let mut results = results.into_inner().unwrap();
    results.sort_by_key(|(shard, _)| *shard);
    let elapsed = started.elapsed();
    let sum = |f: fn(&ShardResult) -> usize| results.iter().map(|(_, r)| f(r)).sum::<usize>();
    let cases = sum(|r| r.cases);
    let slowest = results
        .iter()
        .map(|(_, r)| &r.slowest)
        .max_by_key(|s| s.0)
        .cloned()
        .unwrap_or_default();
    eprintln!(
        "fuzz: {cases} cases (shrinking included) in {:.1} s on {threads} thread(s): {:.0} cases/s\n\
         fuzz: {} loaded without errors ({} of them rewritten by fmt), {} diagnostics checked\n\
         fuzz: slowest case {:.1} ms: {}",
        elapsed.as_secs_f64(),
        cases as f64 / elapsed.as_secs_f64(),
        sum(|r| r.clean),
        sum(|r| r.rewritten),
        sum(|r| r.diagnostics),
        slowest.0.as_secs_f64() * 1000.0,
        slowest.1
    );
    let failures: Vec<&String> = results
        .iter()
        .filter_map(|(_, r)| r.failure.as_ref())
        .collect();
    assert!(
        failures.is_empty(),
        "{} shard(s) failed:\n\n{}",
        failures.len(),
        failures
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    );
}
