//! `charter trend milestones` and `charter trend metric ID`: how forecasts
//! moved across the reviews, and how a metric's readings went against its
//! trajectory, as a table and a text chart, or as JSON.
//!
//! The numbers come from `domain::trend` and the words from
//! `present::trend`; this file reads the plan and picks the output.
//! Like `status`, a plan with errors is still shown (what could be read),
//! then the command exits 1.

use std::collections::HashSet;
use std::fmt::Write;

use super::util::{errors_hint, TextOrJson as Format};
use super::{CliError, Ctx};
use crate::domain::diag::Severity;
use crate::domain::model::Plan;
use crate::domain::trend::{metric_trend, milestone_trends, MilestoneTrend};
use crate::ops::diagnostics::{count, diagnostics};
use crate::ops::lookup;
use crate::present::trend::{metric_text, milestones_text};

/// `charter trend skills`: rep skill scores over time.
pub mod skills;

/// How many ids an "unknown id" message lists.

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub what: What,
}

#[derive(Debug, clap::Subcommand)]
pub enum What {
    /// Each milestone's forecast at each review, and how far it slipped
    Milestones(MilestonesArgs),
    /// One metric's readings against its trajectory and alert
    Metric(MetricArgs),
    /// Mean rep skill scores per unit over time, the weakest skills, or one rep's trend
    Skills(skills::SkillsArgs),
}

#[derive(Debug, clap::Args)]
pub struct MilestonesArgs {
    /// Only this milestone (repeat for more); the chart shows them all
    #[arg(long = "id", value_name = "ID")]
    pub ids: Vec<String>,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Width of the text output, in columns
    #[arg(long, default_value_t = 80, value_parser = clap::value_parser!(u16).range(40..=1000))]
    pub width: u16,
}

#[derive(Debug, clap::Args)]
pub struct MetricArgs {
    /// The metric's id
    pub id: String,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Width of the text output, in columns
    #[arg(long, default_value_t = 80, value_parser = clap::value_parser!(u16).range(40..=1000))]
    pub width: u16,
}

pub fn run(ctx: &Ctx, args: &Args) -> Result<i32, CliError> {
    let dir = crate::store::history::with_due_history(ctx.load()?);
    let errors = count(&diagnostics(&dir, ctx.today), Severity::Error);
    let out = match &args.what {
        What::Milestones(a) => milestones(&dir.plan, a, &dir.broken_ids, errors)?,
        What::Metric(a) => {
            // Survey scores are readings of their metrics (surveys::figures).
            let figures = crate::domain::surveys::figures(&dir.plan);
            metric(&figures, a, ctx, &dir.broken_ids, errors)?
        }
        What::Skills(a) => skills::skills(&dir.plan, a)?,
    };
    say_raw!(out);
    Ok(errors_hint(errors))
}

/// The error for an id that is not in the plan, with the closest one.
fn unknown_id(
    kind: &str,
    file: &str,
    id: &str,
    ids: &[&str],
    broken: &HashSet<String>,
    errors: usize,
) -> CliError {
    let mut message = lookup::unknown_id(kind, file, id, ids, broken);
    if errors > 0 && !broken.contains(id) {
        let _ = write!(
            message,
            " {}",
            crate::t!("cli-trend-errors-may-hide", count = errors)
        );
    }
    CliError::Usage(message)
}

fn json<T: serde::Serialize>(value: &T) -> String {
    super::terminal::json(value) + "\n"
}

fn milestones(
    plan: &Plan,
    args: &MilestonesArgs,
    broken: &HashSet<String>,
    errors: usize,
) -> Result<String, CliError> {
    let mut trends = milestone_trends(plan);
    if !args.ids.is_empty() {
        let known: Vec<&str> = trends.iter().map(|t| t.id.as_str()).collect();
        if let Some(missing) = args.ids.iter().find(|id| !known.contains(&id.as_str())) {
            return Err(unknown_id(
                "milestone",
                "milestones.yaml",
                missing,
                &known,
                broken,
                errors,
            ));
        }
        trends.retain(|t| args.ids.iter().any(|id| t.id == *id.as_str()));
    }
    if args.format == Format::Json {
        #[derive(serde::Serialize)]
        struct Out<'a> {
            milestones: &'a [MilestoneTrend],
        }
        return Ok(json(&Out {
            milestones: &trends,
        }));
    }
    Ok(milestones_text(
        plan,
        &trends,
        !args.ids.is_empty(),
        usize::from(args.width),
    ))
}

fn metric(
    plan: &Plan,
    args: &MetricArgs,
    ctx: &Ctx,
    broken: &HashSet<String>,
    errors: usize,
) -> Result<String, CliError> {
    let metrics = &plan.metrics.metrics;
    let Some(m) = metrics.iter().find(|m| m.id.as_str() == args.id) else {
        let ids: Vec<&str> = metrics.iter().map(|m| m.id.as_str()).collect();
        return Err(unknown_id(
            "metric",
            "metrics.yaml",
            &args.id,
            &ids,
            broken,
            errors,
        ));
    };
    let trend = metric_trend(m, ctx.today);
    if args.format == Format::Json {
        return Ok(json(&trend));
    }
    Ok(metric_text(m, &trend, usize::from(args.width)))
}
