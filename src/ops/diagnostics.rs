//! Every diagnostic of a plan, in the order every output reports them.

use crate::domain::diag::{Diagnostic, Severity};
use crate::domain::model::Plan;
use crate::domain::types::Date;
use crate::domain::validate;
use crate::store::cache::Cache;
use crate::store::git;
use crate::store::plan_dir::PlanDir;
use crate::store::plan_git;

/// Every diagnostic of a loaded plan, positioned and in report order:
/// errors first, then warnings, each by file and position.
pub fn diagnostics(dir: &PlanDir, today: Date) -> Vec<Diagnostic> {
    diagnostics_of(dir, &dir.plan, today)
}

/// Like [`diagnostics`], for an edited version of the loaded plan (the
/// positions of new or moved items are those of the files as loaded).
pub fn diagnostics_of(dir: &PlanDir, plan: &Plan, today: Date) -> Vec<Diagnostic> {
    let mut diags = unplaced_of(dir, plan, today);
    place(dir, &mut diags);
    diags
}

/// [`diagnostics_of`] without lines and columns (working them out parses
/// the items they point into) and unsorted: what the UI needs on every
/// edit, the counts and the messages. [`place`] finishes them for a list.
pub fn unplaced_of(dir: &PlanDir, plan: &Plan, today: Date) -> Vec<Diagnostic> {
    let mut diags = dir.load_errors.clone();
    diags.extend(validate::validate(plan, &dir.broken_ids, today));
    diags
}

/// Gives diagnostics from [`unplaced_of`] their lines and columns, and the
/// order every output reports them in.
pub fn place(dir: &PlanDir, diags: &mut [Diagnostic]) {
    dir.resolve(diags);
    sort_diagnostics(diags);
}

/// Errors first, then warnings, each by file (in [`file_rank`] order) and
/// position.
pub fn sort_diagnostics(diags: &mut [Diagnostic]) {
    diags.sort_by(|a, b| {
        a.severity
            .cmp(&b.severity)
            .then_with(|| file_rank(&a.file).cmp(&file_rank(&b.file)))
            .then_with(|| a.line_col().cmp(&b.line_col()))
    });
}

/// An error for each plan file git keeps out of sight (sparse checkout,
/// assume-unchanged) or that the last commit holds but the folder lacks:
/// charter reads it as empty, and every save is refused until it is fixed.
/// None when the plan is in no repository or git cannot be read (the
/// files themselves are checked whatever git says).
pub fn git_diagnostics(dir: &PlanDir) -> Vec<Diagnostic> {
    let Ok(Some(repo)) = git::discover(&dir.dir) else {
        return Vec::new();
    };
    plan_git::unseen_files(&repo, &dir.dir)
        .unwrap_or_default()
        .into_iter()
        .map(|(rel, problem)| {
            Diagnostic::error(
                "unseen-by-git",
                rel,
                crate::domain::diag::At::Pos { line: 1, col: 1 },
                problem.to_string(),
            )
        })
        .collect()
}

/// The order of DESIGN §2: plan, charter, …, metrics, reviews, skills, workshops, incidents, surveys.
fn file_rank(rel: &str) -> (usize, &str) {
    let order = [
        "plan.yaml",
        "charter.yaml",
        "goals.yaml",
        "milestones.yaml",
        "committee.yaml",
        "agents.yaml",
        "metrics.yaml",
        "reviews/",
        "skills.yaml",
        "workshops.yaml",
        "incidents.yaml",
        "surveys.yaml",
        "people.yaml",
        "recognition.yaml",
    ];
    let rank = order
        .iter()
        .position(|f| {
            if f.ends_with('/') {
                rel.starts_with(f)
            } else {
                rel == *f
            }
        })
        .unwrap_or(order.len());
    (rank, rel)
}

/// How many errors and warnings the plan has for `today`.
/// Only counted, the diagnostics are not positioned: that can take a
/// parse of the items they point into. What validation counts depends on
/// the files' content and the day alone, so it is kept in the parse cache.
pub fn error_counts(dir: &PlanDir, today: Date) -> (usize, usize) {
    let cache = Cache::for_plan(&dir.dir);
    let key = dir.content_key(&format!("validation counts on {today}"));
    let cached: Option<(usize, usize)> = cache
        .as_ref()
        .and_then(|c| c.get(&key))
        .and_then(|p| serde_json::from_slice(&p).ok());
    let (errors, warnings) = cached.unwrap_or_else(|| {
        let found = validate::validate(&dir.plan, &dir.broken_ids, today);
        let counts = (
            count(&found, Severity::Error),
            count(&found, Severity::Warning),
        );
        if let (Some(cache), Ok(payload)) = (&cache, serde_json::to_vec(&counts)) {
            cache.put(&key, &payload);
        }
        counts
    });
    (
        errors + count(&dir.load_errors, Severity::Error),
        warnings + count(&dir.load_errors, Severity::Warning),
    )
}

pub fn count(diags: &[Diagnostic], severity: Severity) -> usize {
    diags.iter().filter(|d| d.severity == severity).count()
}
