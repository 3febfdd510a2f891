//! `charter target suggest ID`: a realistic target from the metric's
//! current state, the plan's guide and an optional benchmark; `--apply`
//! sets it and commits.

use std::fmt::Write;

use super::{CliError, Ctx};
use crate::domain::target::{self, Suggestion, LAST_READINGS};
use crate::ops::save::{ready_repo, refuse_file_with_errors, write_and_commit};
use crate::present::number::{plain, plain_opt};
use crate::t;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Propose a realistic target for a metric, and why
    Suggest(SuggestArgs),
}

#[derive(Debug, clap::Args)]
pub struct SuggestArgs {
    /// The metric's id
    pub metric: String,
    /// The value similar organisations reach (a decimal comma is accepted)
    #[arg(long, allow_hyphen_values = true)]
    pub benchmark: Option<String>,
    /// How many of the latest readings make the current state
    #[arg(long, default_value_t = LAST_READINGS)]
    pub last: usize,
    /// Set the proposed target in metrics.yaml and commit it
    #[arg(long)]
    pub apply: bool,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    #[default]
    Text,
    Json,
}

pub fn run(ctx: &Ctx, args: &Args) -> Result<i32, CliError> {
    match &args.command {
        Command::Suggest(a) => suggest(ctx, a),
    }
}

fn suggest(ctx: &Ctx, args: &SuggestArgs) -> Result<i32, CliError> {
    let _lock = if args.apply {
        Some(crate::store::lock::PlanLock::acquire(&ctx.plan_dir()?)?)
    } else {
        None
    };
    let dir = ctx.load()?;
    let repo = if args.apply {
        ready_repo(&dir.dir)?
    } else {
        None
    };
    let benchmark = match &args.benchmark {
        Some(text) => Some(crate::domain::readings::parse_value(text).map_err(CliError::Usage)?),
        None => None,
    };
    let plan = &dir.plan;
    let Some(index) = plan
        .metrics
        .metrics
        .iter()
        .position(|m| m.id.as_str() == args.metric)
    else {
        let ids: Vec<&str> = plan.metrics.metrics.iter().map(|m| m.id.as_str()).collect();
        return Err(CliError::Usage(crate::ops::lookup::unknown_id(
            "metric",
            "metrics.yaml",
            &args.metric,
            &ids,
            &dir.broken_ids,
        )));
    };
    let metric = &plan.metrics.metrics[index];
    let s = target::suggest(
        metric,
        plan.meta.guide(),
        benchmark,
        args.last,
        ctx.today,
        plan.meta.end,
    )
    .map_err(|e| CliError::Failed(e.to_string()))?;
    let out = match args.format {
        Format::Json => super::terminal::json(&s) + "\n",
        Format::Text => text(&s, &metric.name, metric.unit.as_deref()),
    };
    say_raw!(out);
    if !args.apply {
        return Ok(0);
    }
    if metric
        .target
        .is_some_and(|t| t.value == s.proposed && t.by == s.by)
    {
        say!(
            "{}",
            crate::t!("cli-target-already", value = plain(s.proposed))
        );
        return Ok(0);
    }
    refuse_file_with_errors(&dir, "metrics.yaml", &crate::t!("cli-save-what-change"))?;
    let mut new = plan.clone();
    target::apply(&mut new.metrics.metrics[index], &s);
    let message = format!(
        "metric {}: target {} → {} (suggested: guide {}{})",
        s.metric,
        plain_opt(s.existing),
        plain(s.proposed),
        plain(s.guide),
        s.benchmark
            .map(|b| format!(", benchmark {}", plain(b)))
            .unwrap_or_default()
    );
    say!(
        "{}",
        write_and_commit(&dir, &new, repo.as_ref(), &message, &[])?
    );
    Ok(0)
}

fn text(s: &Suggestion, name: &str, unit: Option<&str>) -> String {
    let unit = match unit {
        Some("%") => "%".to_string(),
        Some(u) => format!(" {u}"),
        None => String::new(),
    };
    let mut o = String::new();
    let direction = match s.direction {
        crate::domain::model::Direction::Up => t!("cli-target-higher"),
        crate::domain::model::Direction::Down => t!("cli-target-lower"),
    };
    let _ = writeln!(o, "{} · {name} ({direction})", s.metric);
    let _ = writeln!(
        o,
        "  {}{}",
        t!(
            "cli-target-proposed",
            value = format!("{}{unit}", plain(s.proposed)),
            by = s.by.to_string()
        ),
        s.existing
            .map(|e| format!(
                "   ({})",
                t!("cli-target-now-is", value = format!("{}{unit}", plain(e)))
            ))
            .unwrap_or_default()
    );
    let _ = writeln!(o, "  {}", t!("cli-target-why"));
    for reason in &s.why {
        let _ = writeln!(o, "    · {reason}");
    }
    o
}
