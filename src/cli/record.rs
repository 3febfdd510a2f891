//! `charter record METRIC VALUE`: add a reading and commit it.

use super::{CliError, Ctx};
use crate::domain::types::Date;
use crate::ops::record::{self, Record};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The metric's id
    pub metric: String,
    /// The value read (a decimal comma is accepted)
    #[arg(allow_hyphen_values = true)]
    pub value: String,
    /// The reading's date (default: today)
    #[arg(long, value_parser = super::parse_date)]
    pub on: Option<Date>,
    /// A reading for one unit of the organisation
    #[arg(long)]
    pub unit: Option<String>,
    /// Replace a reading already recorded for that date (and unit)
    #[arg(long)]
    pub replace: bool,
}

pub fn run(ctx: &Ctx, args: &Args) -> Result<i32, CliError> {
    let recorded = record::record(
        &ctx.plan_dir()?,
        &Record {
            metric: &args.metric,
            value: &args.value,
            on: args.on.unwrap_or(ctx.today),
            unit: args.unit.as_deref(),
            replace: args.replace,
        },
    )?;
    say!("{}", recorded.note);
    Ok(0)
}
