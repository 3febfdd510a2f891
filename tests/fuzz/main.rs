//! A mutation fuzzer for loading, checking and canonical saving.
//!
//! Each case takes one seed plan (the valid fixture, the three big templates,
//! the broken fixtures), picks one of its files and applies 1–5 mutations to
//! its bytes: flip a byte, insert or delete a run, cut the file, splice in a
//! chunk of another seed file, duplicate, re-indent or swap lines, insert a
//! multibyte character or split one. The plan is loaded from memory and must
//! hold these properties:
//!
//! - loading, checking (`diagnostics`, both renderings) and `plan_status`
//!   never panic;
//! - every diagnostic names a plan file (one of `plan_dir::FILES`, or a
//!   `reviews/` file of the input), has a non-empty message and a position
//!   inside its file (see [`properties::position_problem`] for the exact rule);
//! - when the plan loaded without errors, saving it canonically (`charter
//!   fmt`) succeeds, the rewritten files load back without errors into the
//!   same plan, and saving that again changes nothing; saving it unchanged in
//!   `Keep` mode changes nothing.
//!
//! `fuzz_quick` (2,000 cases) runs with the other tests; `fuzz_long`
//! (100,000 cases, ignored) runs from `scripts/fuzz` in release. Both are
//! deterministic: fixed RNG seeds and a fixed split into shards. A failure
//! is shrunk by proptest, then minimized further (files dropped, lines and
//! characters removed) and printed as a Rust literal ready for a regression
//! test in `regressions.rs`. A case that runs for more than
//! [`run::HANG_SECS`] seconds is printed and the process aborted.
//!
//! The runs read `CHARTER_FUZZ_CASES` (how many cases, `fuzz_long` only),
//! `CHARTER_FUZZ_SEED` (a `u32` for other cases than the fixed ones) and
//! `CHARTER_FUZZ_SKIP` (failures to pass over while they are being fixed,
//! see [`run::skipped`]); `scripts/fuzz` documents them.
//!
//! The parts: `seeds` (the plans mutated), `mutate` (the mutations and the
//! strategy that picks them), `properties` (what every case must hold),
//! `writer` (the properties of saving), `minimize` (shrinking a failure to
//! a regression test), `run` (shards, threads, the hang watchdog),
//! `regressions` (the inputs the fuzzer found).
#![allow(clippy::unwrap_used)]

mod minimize;
mod mutate;
mod properties;
mod regressions;
mod run;
mod seeds;
mod writer;

use proptest::prelude::*;
use proptest::test_runner::{Config as ProptestConfig, RngAlgorithm, TestRng, TestRunner};

use mutate::{apply, case, mutate};
use properties::{check, position_problem};
use run::fuzz;
use seeds::seeds;

#[test]
fn fuzz_quick() {
    fuzz(2_000, 2, false);
}

#[test]
#[ignore = "100,000 cases: run by scripts/fuzz in release"]
fn fuzz_long() {
    let cases = std::env::var("CHARTER_FUZZ_CASES")
        .ok()
        .and_then(|n| n.replace('_', "").parse().ok())
        .unwrap_or(100_000);
    fuzz(cases, 8, true);
}

// ------------------------------------------------ the fuzzer's own tests

#[test]
fn every_mutation_applies_to_every_kind_of_file() {
    let runner_seed = [7u8; 32];
    let mut runner = TestRunner::new_with_rng(
        ProptestConfig {
            cases: 300,
            failure_persistence: None,
            ..ProptestConfig::default()
        },
        TestRng::from_seed(RngAlgorithm::ChaCha, &runner_seed),
    );
    // Mutating must never panic itself, whatever the file.
    runner
        .run(
            &(case(), proptest::collection::vec(any::<u8>(), 0..40)),
            |(mut case, bytes)| {
                let mut file = bytes;
                for m in &case.mutations {
                    mutate(&mut file, m);
                }
                case.mutations.truncate(1);
                let _ = apply(&case);
                Ok(())
            },
        )
        .unwrap();
}

#[test]
fn positions_are_checked_against_the_lines_check_shows() {
    assert_eq!(position_problem("", 1, 1), None);
    assert!(position_problem("", 1, 2).is_some());
    assert!(position_problem("", 0, 1).is_some());
    assert_eq!(position_problem("a: 1\n", 1, 5), None);
    assert!(position_problem("a: 1\n", 1, 6).is_some());
    assert_eq!(position_problem("a: 1\n", 2, 1), None);
    assert!(position_problem("a: 1\n", 2, 2).is_some());
    assert!(position_problem("a: 1\n", 3, 1).is_some());
    assert!(position_problem("a: 1", 2, 1).is_some());
    assert_eq!(position_problem("a: 1\r\nb\r\n", 1, 5), None);
    assert!(position_problem("a: 1\r\nb\r\n", 1, 6).is_some());
    assert_eq!(position_problem("שלום\n", 1, 5), None);
    assert!(position_problem("שלום\n", 1, 6).is_some());
}

#[test]
fn the_seed_plans_pass() {
    for seed in &seeds().plans {
        if let Err(f) = check(&seed.files) {
            panic!("{}: {}\n{}", seed.name, f.key, f.detail);
        }
    }
}
