//! `charter review new` and `charter review close`: a milestone review from
//! its draft to the commit and the `review/DATE` tag that close it.
//!
//! Drafting, validating, committing and tagging are [`crate::ops::review`]'s,
//! shared with the TUI; this file reads the arguments and prints the outcome.

use super::diagnostics_text::{render_text, summary_line};
use super::{CliError, Ctx};
use crate::domain::types::Date;
use crate::ops::review::{self, Closing};
use crate::present::review as present;
use crate::store::lock::PlanLock;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub command: Subcommand,
}

#[derive(Debug, clap::Subcommand)]
pub enum Subcommand {
    /// Draft reviews/DATE.yaml, pre-filled from the plan's current state (not committed)
    New(NewArgs),
    /// Validate the plan, commit the review and tag it review/DATE
    Close(CloseArgs),
}

#[derive(Debug, clap::Args)]
pub struct NewArgs {
    /// The review's date (default: today)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = super::parse_date)]
    pub date: Option<Date>,
}

#[derive(Debug, clap::Args)]
pub struct CloseArgs {
    /// The review's date (default: the one review not closed yet)
    #[arg(value_name = "YYYY-MM-DD", value_parser = super::parse_date)]
    pub date: Option<Date>,
}

pub fn run(ctx: &Ctx, args: &Args) -> Result<i32, CliError> {
    match &args.command {
        Subcommand::New(args) => new(ctx, args),
        Subcommand::Close(args) => close(ctx, args),
    }
}

/// `charter review new`: writes the draft, commits nothing.
pub fn new(ctx: &Ctx, args: &NewArgs) -> Result<i32, CliError> {
    let drafted = review::new(&ctx.plan_dir()?, args.date.unwrap_or(ctx.today))?;
    say!("{}", present::drafted(&drafted));
    Ok(0)
}

/// `charter review close`: validates, commits the plan's changed files and
/// tags the commit `review/DATE`; a review closed before is amended by a
/// new commit, its tag left where it was.
pub fn close(ctx: &Ctx, args: &CloseArgs) -> Result<i32, CliError> {
    // Held from the load to the tag: nothing changes the files between.
    let lock = PlanLock::acquire(&ctx.plan_dir()?)?;
    let dir = ctx.load()?;
    let closing = review::close(&lock, &dir, &dir.plan, args.date, ctx.today)?;
    for line in present::cli_lines(&closing) {
        say!("{line}");
    }
    match closing {
        Closing::Refused {
            date,
            errors,
            warnings,
        } => {
            say_raw!(render_text(&dir, &errors));
            tell!("{}", summary_line(errors.len(), warnings));
            tell!("{}", present::not_closed(date));
            Ok(1)
        }
        Closing::NotTagged { why, .. } => Err(CliError::Failed(why)),
        _ => Ok(0),
    }
}
