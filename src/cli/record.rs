//! `charter record METRIC VALUE`: add a reading and commit it.

use super::{CliError, Ctx};
use crate::domain::model::Reading;
use crate::domain::types::{Date, Id};
use crate::ops::save::{apply_and_commit, ready_repo};
use crate::store::yaml::de::closest;
use crate::store::yaml::emit::{self, Mode};

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
    // Held until the command ends: load, save and commit as one step.
    let _lock = crate::store::lock::PlanLock::acquire(&ctx.plan_dir()?)?;
    let dir = ctx.load()?;
    // Before anything else: can the change be committed, and can
    // metrics.yaml be rewritten without losing what charter cannot read?
    let repo = ready_repo(&dir.dir)?;
    if dir
        .file("metrics.yaml")
        .is_some_and(|f| !f.clean && f.text.is_some())
    {
        return Err(CliError::Failed(
            "metrics.yaml has errors, so charter will not add a reading to it: run `charter check` and fix them first"
                .into(),
        ));
    }
    let value = parse_value(&args.value)?;
    let on = args.on.unwrap_or(ctx.today);
    let mut plan = dir.plan.clone();
    let ids: Vec<&str> = dir
        .plan
        .metrics
        .metrics
        .iter()
        .map(|m| m.id.as_str())
        .collect();
    let Some(metric) = plan
        .metrics
        .metrics
        .iter_mut()
        .find(|m| m.id.as_str() == args.metric)
    else {
        let hint = match closest(&args.metric, ids.iter().copied()) {
            Some(best) => format!("did you mean `{best}`?"),
            None if ids.is_empty() => "metrics.yaml has no metrics yet".to_string(),
            None => format!("the metrics are {}", ids.join(", ")),
        };
        return Err(CliError::Usage(format!(
            "there is no metric `{}`: {hint}",
            args.metric
        )));
    };
    let unit = match &args.unit {
        None => None,
        Some(u) => {
            let id = Id::new(u).map_err(CliError::Usage)?;
            let units = &dir.plan.meta.units;
            if !units.is_empty() && !units.iter().any(|x| x.id == id) {
                let names: Vec<&str> = units.iter().map(|x| x.id.as_str()).collect();
                return Err(CliError::Usage(format!(
                    "there is no unit `{u}` in plan.yaml: the units are {}",
                    names.join(", ")
                )));
            }
            Some(id)
        }
    };
    let existing = metric
        .readings
        .iter()
        .position(|r| r.on == on && r.unit == unit);
    let reading = Reading {
        on,
        value,
        unit: unit.clone(),
    };
    match existing {
        Some(i) if args.replace => metric.readings[i] = reading,
        Some(i) => {
            return Err(CliError::Usage(format!(
                "{} already has a reading on {on}{}: {}; pass --replace to replace it",
                metric.id,
                unit.as_ref()
                    .map(|u| format!(" for {u}"))
                    .unwrap_or_default(),
                emit::number(
                    &serde_json::Number::from_f64(metric.readings[i].value).unwrap_or(0.into())
                )
            )))
        }
        None => {
            crate::domain::readings::insert(&mut metric.readings, reading);
        }
    }
    let shown = emit::number(&serde_json::Number::from_f64(value).unwrap_or(0.into()));
    let message = format!(
        "metric {}: reading {shown} on {on}{}",
        metric.id,
        unit.as_ref()
            .map(|u| format!(" for {u}"))
            .unwrap_or_default()
    );
    let changes = dir.changes(&plan, Mode::Keep)?;
    say!(
        "{}",
        apply_and_commit(&dir, changes, repo.as_ref(), &message)?
    );
    Ok(0)
}

fn parse_value(text: &str) -> Result<f64, CliError> {
    crate::domain::readings::parse_value(text).map_err(CliError::Usage)
}
