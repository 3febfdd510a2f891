//! The command line: one file per command, one error policy.
//!
//! Commands return the exit code for a finished job (0, or 1 when the plan
//! has errors or a check failed); anything that stops them early is a
//! [`CliError`], which `main` prints and turns into exit code 2.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::domain::types::Date;
use crate::ops;
use crate::store::git::GitError;
use crate::store::plan_dir::{self, PlanDir, StoreError};

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
pub mod diagnostics_text;
pub mod diff;
pub mod exceptions;
pub mod fmt;
pub mod help;
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
    /// Parse every plan file, neither reading nor filling the parse cache
    #[arg(long, global = true, env = "CHARTER_NO_CACHE", value_parser = clap::builder::FalseyValueParser::new())]
    pub no_cache: bool,
    /// Who lays out right-to-left text in the terminal UI: charter
    /// (reorders it, for terminals without bidi) or the terminal; by
    /// default the terminal when it is one known to do bidi (VTE 0.58+,
    /// Konsole, mlterm)
    #[arg(long, global = true, value_name = "charter|terminal", env = "CHARTER_BIDI", value_parser = crate::tui::bidi::Mode::parse)]
    pub bidi: Option<crate::tui::bidi::Mode>,
    /// The language of labels and sentences: en, he or lt (default: the plan's `language:`, else en)
    #[arg(long, global = true, value_name = "LANG", env = "CHARTER_LANG", value_parser = crate::i18n::parse_lang)]
    pub lang: Option<crate::i18n::Lang>,
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
    /// The git merge driver for plan files: `charter merge-driver -- %O %A %B %P`
    MergeDriver(merge_driver::Args),
    /// The steering committee report, or the whole plan for sign-off, as one HTML file or as Markdown
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

/// A date argument, `YYYY-MM-DD`, spaces around it ignored.
pub fn parse_date(text: &str) -> Result<Date, String> {
    Date::parse(text.trim())
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

impl From<ops::Error> for CliError {
    fn from(e: ops::Error) -> CliError {
        match e {
            ops::Error::Store(e) => CliError::Store(e),
            ops::Error::Git(e) => CliError::Git(e),
            ops::Error::Lock(e) => CliError::Lock(e),
            ops::Error::History(e) => CliError::History(e),
            ops::Error::Failed(message) => CliError::Failed(message),
            ops::Error::Input(message) => CliError::Usage(message),
        }
    }
}

/// What every command needs: where it runs and which day it is.
pub struct Ctx {
    pub cwd: PathBuf,
    pub plan: Option<PathBuf>,
    pub today: Date,
    /// Whether `today` was given (`--today` or `CHARTER_TODAY`) rather than
    /// read from the clock.
    pub today_given: bool,
    /// Who lays out right-to-left text in the UI: as given, or as the
    /// terminal's environment suggests.
    pub bidi: crate::tui::bidi::Mode,
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
            bidi: cli
                .bidi
                .unwrap_or_else(|| crate::tui::bidi::Mode::detect(|name| std::env::var(name).ok())),
        })
    }

    pub fn plan_dir(&self) -> Result<PathBuf, CliError> {
        Ok(plan_dir::find(&self.cwd, self.plan.as_deref())?)
    }

    pub fn load(&self) -> Result<PlanDir, CliError> {
        Ok(plan_dir::load(&self.plan_dir()?)?)
    }
}

/// The terminal UI on the plan, or its status when output is not a terminal.
pub fn ui(ctx: &Ctx) -> Result<i32, CliError> {
    if crate::tui::available() {
        Ok(crate::tui::run(ctx.load()?, ctx.today, ctx.bidi)?)
    } else {
        status::run(ctx, &status::Args::default())
    }
}

/// The `language:` of the plan the command works on, read from plan.yaml
/// alone; `None` outside a plan or when plan.yaml does not load (the
/// command then reports why, in English).
fn plan_language(ctx: &Ctx) -> Option<crate::i18n::Lang> {
    plan_dir::language(&ctx.plan_dir().ok()?)
}

pub fn run(cli: Cli) -> Result<i32, CliError> {
    crate::store::cache::set_enabled(!cli.no_cache);
    let ctx = Ctx::new(&cli)?;
    crate::i18n::choose(cli.lang);
    if cli.lang.is_none() {
        crate::i18n::follow_plan(plan_language(&ctx));
    }
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
