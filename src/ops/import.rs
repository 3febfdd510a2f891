//! `charter import readings`'s use case: every row of a CSV export checked
//! against the plan, then merged as `charter record` adds one reading, and
//! written and committed in one commit; one bad row refuses the whole file.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use super::save::{ready_repo, refuse_file_with_errors, write_and_commit_saying};
use super::Error;
use crate::domain::model::{Plan, Reading};
use crate::domain::readings::{merge, Outcome};
use crate::domain::types::{Date, Id};
use crate::i18n::{message_in, Args, Lang};
use crate::store::lock::PlanLock;
use crate::store::plan_dir;
use crate::store::readings_csv::{self, CellError, DateFormat, Table};
use crate::store::yaml::de::closest;
use crate::t;

/// The readings of the CSV file at `path` (`shown_path` as the user gave
/// it), with dates in `date_format` (strftime codes) or the usual forms.
pub fn read_table(
    path: &Path,
    shown_path: &str,
    date_format: Option<&str>,
) -> Result<Table, Error> {
    let dates = match date_format {
        Some(f) => DateFormat::custom(f).map_err(Error::Input)?,
        None => DateFormat::Usual,
    };
    let cannot =
        |why: String| Error::Input(t!("cli-import-cannot-read", file = shown_path, why = why));
    let file = std::fs::File::open(path).map_err(|e| {
        cannot(match e.kind() {
            std::io::ErrorKind::NotFound => t!("cli-import-no-such-file"),
            std::io::ErrorKind::IsADirectory => t!("cli-import-a-folder"),
            _ => t!("cli-import-may-read", error = e.to_string()),
        })
    })?;
    if file.metadata().is_ok_and(|m| m.is_dir()) {
        return Err(cannot(t!("cli-import-a-folder")));
    }
    // Read as it streams in, and stopped as soon as the rows could not fit
    // in a metrics.yaml charter would write.
    readings_csv::read_from(file, &dates, readings_csv::max_rows())
        .map_err(|e| Error::Input(format!("{shown_path}: {e}")))
}

/// An import to run.
pub struct Import<'a> {
    pub table: &'a Table,
    /// The file's name, for the commit message.
    pub name: &'a str,
    /// Replace readings already recorded with another value.
    pub replace: bool,
    /// Work out the outcome only: write and commit nothing.
    pub dry_run: bool,
}

/// One row of the file merged into its metric's readings.
#[derive(Debug)]
pub struct Row {
    /// The row's line in the file.
    pub line: u64,
    pub metric: Id,
    pub reading: Reading,
    pub outcome: Outcome,
}

/// What an import did (or, for a dry run, would do).
#[derive(Debug)]
pub enum Imported {
    /// Rows that name no metric or unit of the plan, or repeat a reading,
    /// and the file's unreadable cells, by line and column: nothing was
    /// written.
    Refused { errors: Vec<CellError> },
    /// Every row merged, in the file's order.
    Merged {
        rows: Vec<Row>,
        /// How many metrics gain or change a reading.
        metrics: usize,
        /// The commit's note, when anything was written (not in a dry
        /// run, nor when every reading was recorded already).
        note: Option<String>,
    },
}

impl Imported {
    /// How many rows had each outcome: added, replaced, kept, unchanged.
    pub fn tally(rows: &[Row]) -> (usize, usize, usize, usize) {
        let mut t = (0, 0, 0, 0);
        for row in rows {
            match row.outcome {
                Outcome::Added => t.0 += 1,
                Outcome::Replaced { .. } => t.1 += 1,
                Outcome::Kept { .. } => t.2 += 1,
                Outcome::Unchanged => t.3 += 1,
            }
        }
        t
    }
}

/// A row that names a known metric (by its index) and unit.
struct Checked {
    line: u64,
    metric: usize,
    reading: Reading,
}

/// Imports `import.table` into the plan in `folder`. Unless it is a dry
/// run, the plan's lock is held from the load to the commit.
pub fn import(folder: &Path, import: &Import<'_>) -> Result<Imported, Error> {
    let _lock = if import.dry_run {
        None
    } else {
        Some(PlanLock::acquire(folder)?)
    };
    // Readings change metrics.yaml only; the rest of a big plan is not read.
    let dir = plan_dir::load_only(folder, &["plan.yaml", "metrics.yaml"])?;
    let repo = if import.dry_run {
        None
    } else {
        ready_repo(&dir.dir)?
    };
    refuse_file_with_errors(&dir, "metrics.yaml", &t!("cli-save-what-readings"))?;
    let table = import.table;
    let (checked, mut errors) = check_rows(&dir.plan, &dir.broken_ids, table);
    errors.extend(table.errors.iter().cloned());
    if !errors.is_empty() {
        errors.sort_by_key(|e| (e.line, e.column));
        return Ok(Imported::Refused { errors });
    }

    // Sorted into metrics once; each metric's readings merged once.
    let mut plan = dir.plan.clone();
    let mut per_metric: Vec<Vec<usize>> = vec![Vec::new(); plan.metrics.metrics.len()];
    for (k, c) in checked.iter().enumerate() {
        per_metric[c.metric].push(k);
    }
    let mut outcomes: Vec<Option<Outcome>> = vec![None; checked.len()];
    for (m, rows) in per_metric.iter().enumerate() {
        if rows.is_empty() {
            continue;
        }
        let incoming: Vec<Reading> = rows.iter().map(|&k| checked[k].reading.clone()).collect();
        let results = merge(
            &mut plan.metrics.metrics[m].readings,
            &incoming,
            import.replace,
        );
        for (&k, outcome) in rows.iter().zip(results) {
            outcomes[k] = Some(outcome);
        }
    }

    let mut touched = vec![false; plan.metrics.metrics.len()];
    let mut rows = Vec::with_capacity(checked.len());
    for (c, outcome) in checked.into_iter().zip(outcomes) {
        let Some(outcome) = outcome else { continue };
        if matches!(outcome, Outcome::Added | Outcome::Replaced { .. }) {
            touched[c.metric] = true;
        }
        rows.push(Row {
            line: c.line,
            metric: plan.metrics.metrics[c.metric].id.clone(),
            reading: c.reading,
            outcome,
        });
    }
    let metrics = touched.iter().filter(|t| **t).count();
    let (added, replaced, _, _) = Imported::tally(&rows);
    let written = added + replaced;
    if import.dry_run || written == 0 {
        return Ok(Imported::Merged {
            rows,
            metrics,
            note: None,
        });
    }
    // The commit's message in English, as history is kept; the note in
    // the language shown.
    let mut args = Args::new();
    args.set("readings", written);
    args.set("metrics", metrics);
    args.set("file", import.name.to_string());
    args.set("replaced", replaced);
    let id = if replaced > 0 {
        "cli-import-message-replaced"
    } else {
        "cli-import-message"
    };
    let message = message_in(Lang::En, id, Some(&args));
    let said = crate::i18n::message(id, Some(&args));
    let note = write_and_commit_saying(&dir, &plan, repo.as_ref(), &message, &said, &[])?;
    Ok(Imported::Merged {
        rows,
        metrics,
        note: Some(note),
    })
}

/// Checks each row's metric and unit against the plan (a metric among
/// `broken` is one the plan holds but could not read), and that no two
/// rows give the same reading.
fn check_rows(
    plan: &Plan,
    broken: &HashSet<String>,
    table: &Table,
) -> (Vec<Checked>, Vec<CellError>) {
    let h = &table.header;
    let metrics: HashMap<&str, usize> = plan
        .metrics
        .metrics
        .iter()
        .enumerate()
        .map(|(i, m)| (m.id.as_str(), i))
        .collect();
    let ids: Vec<&str> = plan.metrics.metrics.iter().map(|m| m.id.as_str()).collect();
    let units = &plan.meta.units;
    let mut seen: HashMap<(usize, Date, Option<Id>), u64> =
        HashMap::with_capacity(table.rows.len());
    let mut checked = Vec::with_capacity(table.rows.len());
    let mut errors = Vec::new();
    for row in &table.rows {
        let metric = match row.metric.as_deref().map(|m| (m, metrics.get(m))) {
            None => None,
            Some((_, Some(&m))) => Some(m),
            Some((name, None)) => {
                errors.push(h.error(
                    row.line,
                    h.metric,
                    super::lookup::unknown_id("metric", "metrics.yaml", name, &ids, broken),
                ));
                None
            }
        };
        let unit = match (&row.unit, h.unit) {
            (Some(text), Some(col)) => match Id::new(text) {
                Err(e) => {
                    errors.push(h.error(row.line, col, e));
                    None
                }
                Ok(id) if !units.is_empty() && !units.iter().any(|u| u.id == id) => {
                    let ids = units.iter().map(|u| u.id.as_str());
                    let hint = match closest(text, ids) {
                        Some(best) => t!("cli-did-you-mean", id = best),
                        None => t!("cli-import-add-unit"),
                    };
                    errors.push(h.error(
                        row.line,
                        col,
                        t!("cli-import-no-unit", unit = text.as_str(), hint = hint),
                    ));
                    None
                }
                Ok(id) => Some(Some(id)),
            },
            _ => Some(None),
        };
        let (Some(metric), Some(unit), Some(on), Some(value)) = (metric, unit, row.on, row.value)
        else {
            continue;
        };
        let reading = Reading { on, value, unit };
        match seen.entry((metric, on, reading.unit.clone())) {
            std::collections::hash_map::Entry::Occupied(first) => {
                errors.push(h.error(
                    row.line,
                    h.date,
                    t!(
                        "cli-import-repeated",
                        line = first.get().to_string(),
                        what = describe(&plan.metrics.metrics[metric].id, &reading)
                    ),
                ));
                continue;
            }
            std::collections::hash_map::Entry::Vacant(slot) => {
                slot.insert(row.line);
            }
        }
        checked.push(Checked {
            line: row.line,
            metric,
            reading,
        });
    }
    (checked, errors)
}

/// `fcr on 2026-03-01`, `fcr on 2026-03-01 for haifa-t1`, in the
/// language shown.
pub fn describe(metric: &Id, r: &Reading) -> String {
    match &r.unit {
        Some(u) => t!(
            "cli-import-reading-unit",
            metric = metric.as_str(),
            on = r.on.to_string(),
            unit = u.as_str()
        ),
        None => t!(
            "cli-import-reading",
            metric = metric.as_str(),
            on = r.on.to_string()
        ),
    }
}
