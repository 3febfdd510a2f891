//! The command line: one file per command, one error policy.
//!
//! Commands return the exit code for a finished job (0, or 1 when the plan
//! has errors or a check failed); anything that stops them early is a
//! [`CliError`], which `main` prints and turns into exit code 2.

use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand};

use crate::domain::diag::{Diagnostic, Severity};
use crate::domain::diff::ItemChange;
use crate::domain::types::Date;
use crate::domain::validate;
use crate::store::git::{self, GitError};
use crate::store::plan_dir::{self, PlanDir, StoreError};
use crate::store::plan_git;

/// Writes a line to stdout, escaped by [`terminal`]. A reader that stopped
/// reading (`charter status | head`) is not an error: the rest of the
/// output is dropped quietly.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::fmt::Write as _;
        let _ = writeln!($crate::cli::terminal::stdout(), $($arg)*);
    }};
}

/// Writes text to stdout as it is but escaped, like [`say!`].
macro_rules! say_raw {
    ($text:expr) => {{
        $crate::cli::terminal::print(&$text);
    }};
}

/// Writes a line to stderr, escaped like [`say!`].
macro_rules! tell {
    ($($arg:tt)*) => {{
        use std::fmt::Write as _;
        let _ = writeln!($crate::cli::terminal::stderr(), $($arg)*);
    }};
}

pub mod check;
pub mod completions;
pub mod demo;
pub mod diff;
pub mod exceptions;
pub mod fmt;
pub mod import;
pub mod log;
pub mod man;
pub mod merge_driver;
pub mod new;
pub mod record;
pub mod report;
pub mod review;
pub mod schema;
pub mod status;
pub mod sync;
pub mod target;
pub mod templates;
pub mod terminal;
pub mod trend;
pub mod util;

#[derive(Debug, Parser)]
#[command(
    name = "charter",
    version,
    about = "Customer-service improvement plans in git: charter, goals, milestones, metrics and reviews",
    after_help = "The plan is found from the current folder upward unless --plan is given.\nExit codes: 0 ok, 1 the plan has errors or a check failed, 2 wrong usage or an operational failure."
)]
pub struct Cli {
    /// The plan folder (the one holding plan.yaml)
    #[arg(long, global = true, value_name = "DIR")]
    pub plan: Option<PathBuf>,
    /// The date to take as today, for every derived fact
    #[arg(long, global = true, value_name = "YYYY-MM-DD", env = "CHARTER_TODAY", value_parser = parse_date)]
    pub today: Option<Date>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// The terminal UI (the default when no command is given)
    Tui,
    /// Build a demo plan with a year of readings and reviews, and open it
    Demo(demo::Args),
    /// Start a new plan from a template (git init when needed, first commit)
    New(new::Args),
    /// List the templates `charter new` can start from
    Templates,
    /// Report errors (exit 1) and warnings (exit 1 only with --strict)
    Check(check::Args),
    /// The one-screen summary for managers
    Status(status::Args),
    /// Add a reading to a metric, and commit it
    Record(record::Args),
    /// Milestone reviews: draft one from the plan, close it (commit and tag)
    Review(review::Args),
    /// Rewrite the plan's files canonically (or only report what would change)
    Fmt(fmt::Args),
    /// The plan's history: the commits that touched it, reviews marked
    Log(log::Args),
    /// What changed between two revisions, in plan terms
    Diff(diff::Args),
    /// Milestone forecasts across reviews, or one metric against its trajectory
    Trend(trend::Args),
    /// A realistic target for a metric, from its readings, the guide and a benchmark
    Target(target::Args),
    /// Metrics in exception or behind, overdue milestones and actions, with their corrective actions
    Exceptions(exceptions::Args),
    /// Fetch, merge (plan files by item) and push with the branch's upstream
    Sync(sync::Args),
    /// The git merge driver for plan files: `charter merge-driver %O %A %B %P`
    MergeDriver(merge_driver::Args),
    /// The steering committee report, as one HTML file or as Markdown
    Report(report::Args),
    /// Import data from other systems: readings from a CSV export
    Import(import::Args),
    /// Print the completion script for a shell (bash, zsh, fish, elvish, powershell)
    Completions(completions::Args),
    /// Print the man page (roff): `charter man | man -l -`
    Man,
    /// JSON Schemas of the plan's files, for editors
    Schema(schema::Args),
}

pub fn parse_date(text: &str) -> Result<Date, String> {
    Date::parse(text)
}

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Git(#[from] GitError),
    #[error(transparent)]
    Lock(#[from] crate::store::lock::LockError),
    #[error(transparent)]
    History(#[from] crate::store::history::HistoryError),
    #[error("{0}")]
    Usage(String),
    #[error("{0}")]
    Failed(String),
}

/// What every command needs: where it runs and which day it is.
pub struct Ctx {
    pub cwd: PathBuf,
    pub plan: Option<PathBuf>,
    pub today: Date,
    /// Whether `today` was given (`--today` or `CHARTER_TODAY`) rather than
    /// read from the clock.
    pub today_given: bool,
}

impl Ctx {
    pub fn new(cli: &Cli) -> Result<Ctx, CliError> {
        let cwd = std::env::current_dir()
            .map_err(|e| CliError::Failed(format!("cannot read the current folder: {e}")))?;
        let today = cli
            .today
            .unwrap_or_else(|| Date(chrono::Local::now().date_naive()));
        let plan = cli.plan.as_ref().map(|p| {
            if p.is_absolute() {
                p.clone()
            } else {
                cwd.join(p)
            }
        });
        Ok(Ctx {
            cwd,
            plan,
            today,
            today_given: cli.today.is_some(),
        })
    }

    pub fn plan_dir(&self) -> Result<PathBuf, CliError> {
        Ok(plan_dir::find(&self.cwd, self.plan.as_deref())?)
    }

    pub fn load(&self) -> Result<PlanDir, CliError> {
        Ok(plan_dir::load(&self.plan_dir()?)?)
    }
}

/// Every diagnostic of a loaded plan, positioned and in report order:
/// errors first, then warnings, each by file and position.
pub fn diagnostics(dir: &PlanDir, today: Date) -> Vec<Diagnostic> {
    diagnostics_of(dir, &dir.plan, today)
}

/// Like [`diagnostics`], for an edited version of the loaded plan (the
/// positions of new or moved items are those of the files as loaded).
pub fn diagnostics_of(
    dir: &PlanDir,
    plan: &crate::domain::model::Plan,
    today: Date,
) -> Vec<Diagnostic> {
    let mut diags = dir.load_errors.clone();
    let mut found = validate::validate(plan, &dir.broken_ids, today);
    dir.resolve(&mut found);
    diags.extend(found);
    sort_diagnostics(&mut diags);
    diags
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

/// The order of DESIGN §2: plan, charter, …, metrics, reviews, skills, workshops.
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
pub fn error_counts(dir: &PlanDir, today: Date) -> (usize, usize) {
    let diags = diagnostics(dir, today);
    (
        count(&diags, Severity::Error),
        count(&diags, Severity::Warning),
    )
}

pub fn count(diags: &[Diagnostic], severity: Severity) -> usize {
    diags.iter().filter(|d| d.severity == severity).count()
}

/// The repository holding the plan, ready for a commit, or `None` when the
/// plan is in no repository. Checked before anything is written: git must
/// show every plan file as it is, and index entries a stopped commit left
/// behind HEAD are brought up to date first.
pub fn ready_repo(dir: &Path) -> Result<Option<git::Repo>, CliError> {
    match git::discover(dir)? {
        Some(repo) => {
            repo.check_ready()?;
            plan_git::prepare(&repo, dir)?;
            Ok(Some(repo))
        }
        None => Ok(None),
    }
}

/// Writes `changes` and commits them with `message`. When the commit
/// fails, the files go back to what they were: a failed command leaves
/// nothing half-done.
pub fn apply_and_commit(
    dir: &PlanDir,
    changes: Vec<crate::store::plan_dir::Change>,
    repo: Option<&git::Repo>,
    message: &str,
) -> Result<String, CliError> {
    apply_and_commit_except(dir, changes, repo, message, &[])
}

/// [`apply_and_commit`], for a message that is about the files `about`
/// (relative to the plan folder) as a whole, so that what they held before
/// the save is not listed as edits made outside charter (a review being
/// closed).
pub fn apply_and_commit_except(
    dir: &PlanDir,
    changes: Vec<crate::store::plan_dir::Change>,
    repo: Option<&git::Repo>,
    message: &str,
    about: &[&str],
) -> Result<String, CliError> {
    let mut paths: Vec<PathBuf> = changes.iter().map(|c| c.path.clone()).collect();
    // Read before anything is written: the files as they were, against HEAD.
    let outside = match repo {
        Some(repo) => {
            paths.extend(uncommitted_plan_files(dir, repo, &paths)?);
            plan_git::outside_edits(repo, dir, &paths, about)?
        }
        None => Vec::new(),
    };
    let written = dir.apply(changes)?;
    match commit_with(repo, &paths, message, &outside) {
        Ok(note) => Ok(note),
        // The commit exists; only the index lags: the files are committed.
        Err(e @ CliError::Git(GitError::IndexNotUpdated { .. })) => Err(e),
        Err(e) => {
            dir.restore(&written);
            Err(e)
        }
    }
}

/// The plan's files on disk that must join a commit of `written` because
/// the plan was never committed: without its plan.yaml a commit holds no
/// plan, and `log`, `diff` and `--as-of` could not read it back. Draft
/// reviews are left out: `charter review close` commits them.
fn uncommitted_plan_files(
    dir: &PlanDir,
    repo: &git::Repo,
    written: &[PathBuf],
) -> Result<Vec<PathBuf>, CliError> {
    let marker = dir.dir.join(plan_dir::MARKER);
    if repo.in_head(&marker)? {
        return Ok(Vec::new());
    }
    Ok(plan_dir::FILES
        .iter()
        .map(|(name, _)| dir.dir.join(name))
        .filter(|path| path.is_file() && !written.contains(path))
        .collect())
}

/// Commits `paths` when the plan is in a repository; says what happened.
pub fn commit(
    repo: Option<&git::Repo>,
    paths: &[PathBuf],
    message: &str,
) -> Result<String, CliError> {
    commit_with(repo, paths, message, &[])
}

/// [`commit`], with the edits made outside charter that the commit also
/// holds listed in the message's body (see [`plan_git::outside_edits`]).
pub fn commit_with(
    repo: Option<&git::Repo>,
    paths: &[PathBuf],
    message: &str,
    outside: &[ItemChange],
) -> Result<String, CliError> {
    let Some(repo) = repo else {
        return Ok("not committed: the plan is not in a git repository (run `git init` in its folder to keep its history)".into());
    };
    let full = plan_git::message_with(message, outside);
    let note = match repo.commit_paths(paths, &full, None)? {
        Some(oid) if repo.head_detached() => format!(
            "committed {} on a detached HEAD, which is on no branch \
             (`git switch -c NAME` keeps it on a new branch): {message}",
            git::short_id(oid)
        ),
        Some(oid) => format!("committed {}: {message}", git::short_id(oid)),
        None => return Ok("nothing to commit".into()),
    };
    Ok(if outside.is_empty() {
        note
    } else {
        format!("{note}; {}", outside_note(outside))
    })
}

/// One line saying that a commit also holds edits made outside charter.
pub fn outside_note(outside: &[ItemChange]) -> String {
    format!(
        "also holds edits made outside charter before this save (listed in the commit message): {}",
        crate::domain::diff::summarize(outside)
    )
}

/// The terminal UI on the plan, or its status when output is not a terminal.
pub fn ui(ctx: &Ctx) -> Result<i32, CliError> {
    if crate::tui::available() {
        crate::tui::run(ctx.load()?, ctx.today)
    } else {
        status::run(ctx, &status::Args::default())
    }
}

pub fn run(cli: Cli) -> Result<i32, CliError> {
    let ctx = Ctx::new(&cli)?;
    match cli.command {
        None | Some(Command::Tui) => ui(&ctx),
        Some(Command::Demo(args)) => demo::run(&ctx, &args),
        Some(Command::New(args)) => new::run(&ctx, &args),
        Some(Command::Templates) => templates::run(),
        Some(Command::Check(args)) => check::run(&ctx, &args),
        Some(Command::Status(args)) => status::run(&ctx, &args),
        Some(Command::Record(args)) => record::run(&ctx, &args),
        Some(Command::Review(args)) => review::run(&ctx, &args),
        Some(Command::Fmt(args)) => fmt::run(&ctx, &args),
        Some(Command::Log(args)) => log::run(&ctx, &args),
        Some(Command::Diff(args)) => diff::run(&ctx, &args),
        Some(Command::Trend(args)) => trend::run(&ctx, &args),
        Some(Command::Target(args)) => target::run(&ctx, &args),
        Some(Command::Exceptions(args)) => exceptions::run(&ctx, &args),
        Some(Command::Sync(args)) => sync::run(&ctx, &args),
        Some(Command::MergeDriver(args)) => merge_driver::run(&ctx, &args),
        Some(Command::Report(args)) => report::run(&ctx, &args),
        Some(Command::Import(args)) => import::run(&ctx, &args),
        Some(Command::Completions(args)) => completions::run(&args),
        Some(Command::Man) => man::run(),
        Some(Command::Schema(args)) => schema::run(&ctx, &args),
    }
}
