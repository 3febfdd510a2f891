//! `charter record`'s use case: one reading added to a metric (or put in
//! place of the one recorded for its date and unit), written and committed.

use std::path::Path;

use super::save::{ready_repo, refuse_file_with_errors, write_and_commit_saying};
use super::Error;
use crate::domain::model::Reading;
use crate::domain::types::{Date, Id};
use crate::i18n::{message_in, Args, Lang};
use crate::store::lock::PlanLock;
use crate::store::plan_dir;
use crate::store::yaml::emit;
use crate::t;

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
    refuse_file_with_errors(&dir, "metrics.yaml", &t!("cli-save-what-reading"))?;
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
                return Err(Error::Failed(t!(
                    "cli-record-no-unit",
                    unit = u,
                    units = names.join(", ")
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
    let mut args = Args::new();
    args.set("metric", metric.id.as_str().to_string());
    args.set("on", on.to_string());
    if let Some(u) = &unit {
        args.set("unit", u.as_str().to_string());
    }
    let with_unit = |id: &str| match unit {
        Some(_) => format!("{id}-unit"),
        None => id.to_string(),
    };
    match existing {
        Some(i) if r.replace => metric.readings[i] = reading,
        Some(i) => {
            args.set("value", shown(metric.readings[i].value));
            return Err(Error::Failed(crate::i18n::message(
                &with_unit("cli-record-exists"),
                Some(&args),
            )));
        }
        None => {
            crate::domain::readings::insert(&mut metric.readings, reading);
        }
    }
    // The commit's message in English, as history is kept; the note in
    // the language shown.
    args.set("value", shown(value));
    let id = with_unit("cli-record-message");
    let message = message_in(Lang::En, &id, Some(&args));
    let said = crate::i18n::message(&id, Some(&args));
    let note = write_and_commit_saying(&dir, &plan, repo.as_ref(), &message, &said, &[])?;
    Ok(Recorded { message, note })
}

/// A value as the plan's files write it.
fn shown(value: f64) -> String {
    emit::number(&serde_json::Number::from_f64(value).unwrap_or(0.into()))
}
