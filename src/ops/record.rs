//! `charter record`'s use case: one reading added to a metric (or put in
//! place of the one recorded for its date and unit), written and committed.

use std::path::Path;

use super::save::{ready_repo, refuse_file_with_errors, write_and_commit};
use super::Error;
use crate::domain::model::Reading;
use crate::domain::types::{Date, Id};
use crate::store::lock::PlanLock;
use crate::store::plan_dir;
use crate::store::yaml::emit;

/// A reading to record.
pub struct Record<'a> {
    /// The metric's id, as typed.
    pub metric: &'a str,
    /// The value as typed (a decimal comma is accepted).
    pub value: &'a str,
    pub on: Date,
    /// The unit of the organisation the reading is for, as typed.
    pub unit: Option<&'a str>,
    /// Replace a reading already recorded for that date and unit.
    pub replace: bool,
}

/// A reading recorded.
#[derive(Debug)]
pub struct Recorded {
    /// The commit's message.
    pub message: String,
    /// What happened to the commit (see [`super::save::commit_with`]).
    pub note: String,
}

/// Adds the reading to the plan in `folder` and commits it. The plan's
/// lock is held from the load to the commit.
pub fn record(folder: &Path, r: &Record<'_>) -> Result<Recorded, Error> {
    let _lock = PlanLock::acquire(folder)?;
    let dir = plan_dir::load(folder)?;
    // Before anything else: can the change be committed, and can
    // metrics.yaml be rewritten without losing what charter cannot read?
    let repo = ready_repo(&dir.dir)?;
    refuse_file_with_errors(&dir, "metrics.yaml", "add a reading to it")?;
    let value = crate::domain::readings::parse_value(r.value).map_err(Error::Failed)?;
    let on = r.on;
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
        .find(|m| m.id.as_str() == r.metric)
    else {
        return Err(Error::Failed(super::lookup::unknown_id(
            "metric",
            "metrics.yaml",
            r.metric,
            &ids,
            &dir.broken_ids,
        )));
    };
    let unit = match r.unit {
        None => None,
        Some(u) => {
            let id = Id::new(u).map_err(Error::Failed)?;
            let units = &dir.plan.meta.units;
            if !units.is_empty() && !units.iter().any(|x| x.id == id) {
                let names: Vec<&str> = units.iter().map(|x| x.id.as_str()).collect();
                return Err(Error::Failed(format!(
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
        .position(|x| x.on == on && x.unit == unit);
    let reading = Reading {
        on,
        value,
        unit: unit.clone(),
    };
    let for_unit = unit
        .as_ref()
        .map(|u| format!(" for {u}"))
        .unwrap_or_default();
    match existing {
        Some(i) if r.replace => metric.readings[i] = reading,
        Some(i) => {
            return Err(Error::Failed(format!(
                "{} already has a reading on {on}{for_unit}: {}; pass --replace to replace it",
                metric.id,
                shown(metric.readings[i].value)
            )))
        }
        None => {
            crate::domain::readings::insert(&mut metric.readings, reading);
        }
    }
    let message = format!(
        "metric {}: reading {} on {on}{for_unit}",
        metric.id,
        shown(value)
    );
    let note = write_and_commit(&dir, &plan, repo.as_ref(), &message, &[])?;
    Ok(Recorded { message, note })
}

/// A value as the plan's files write it.
fn shown(value: f64) -> String {
    emit::number(&serde_json::Number::from_f64(value).unwrap_or(0.into()))
}
