//! `charter import readings FILE.csv`: many readings in one commit, each
//! added as `charter record` adds one.
//!
//! Every row is checked before anything is written: one bad row and the
//! file is refused whole, with every problem listed by line and column.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::PathBuf;

use super::{apply_and_commit, ready_repo, CliError, Ctx};
use crate::domain::model::Reading;
use crate::domain::readings::{merge, Outcome};
use crate::domain::types::Id;
use crate::present::number::plain as shown_number;
use crate::store::plan_dir;
use crate::store::readings_csv::{self, CellError, DateFormat};
use crate::store::yaml::de::closest;
use crate::store::yaml::emit::Mode;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub what: What,
}

#[derive(Debug, clap::Subcommand)]
pub enum What {
    /// Readings of metrics from a CSV export: columns metric, date, value and
    /// optionally unit, found by their header
    Readings(ReadingsArgs),
}

#[derive(Debug, clap::Args)]
pub struct ReadingsArgs {
    /// The CSV file (comma, semicolon or tab separated; UTF-8)
    pub file: PathBuf,
    /// Show what would be added, replaced and kept; write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Replace readings already recorded for the same metric, date and unit
    #[arg(long)]
    pub replace: bool,
    /// How the file writes dates, in chrono's strftime codes (default:
    /// YYYY-MM-DD or DD/MM/YYYY)
    #[arg(long, value_name = "FMT")]
    pub date_format: Option<String>,
}

pub fn run(ctx: &Ctx, args: &Args) -> Result<i32, CliError> {
    match &args.what {
        What::Readings(a) => readings(ctx, a),
    }
}

/// A row that names a known metric (by its index) and unit.
struct Checked {
    line: u64,
    metric: usize,
    reading: Reading,
}

fn readings(ctx: &Ctx, args: &ReadingsArgs) -> Result<i32, CliError> {
    let shown_path = args.file.display().to_string();
    let name = args
        .file
        .file_name()
        .map_or_else(|| shown_path.clone(), |n| n.to_string_lossy().into_owned());
    let dates = match &args.date_format {
        Some(f) => DateFormat::custom(f).map_err(CliError::Usage)?,
        None => DateFormat::Usual,
    };
    let path = ctx.cwd.join(&args.file);
    let bytes = std::fs::read(&path).map_err(|e| {
        let why = match e.kind() {
            std::io::ErrorKind::NotFound => "there is no such file: check the path".to_string(),
            std::io::ErrorKind::IsADirectory => "it is a folder: give the CSV file".to_string(),
            _ => format!("{e}: check that you may read it"),
        };
        CliError::Usage(format!("cannot read {shown_path}: {why}"))
    })?;
    let table = readings_csv::read(&bytes, &dates)
        .map_err(|e| CliError::Usage(format!("{shown_path}: {e}")))?;

    // Held until the command ends: load, save and commit as one step.
    let plan_folder = ctx.plan_dir()?;
    let _lock = if args.dry_run {
        None
    } else {
        Some(crate::store::lock::PlanLock::acquire(&plan_folder)?)
    };
    // Readings change metrics.yaml only; the rest of a big plan is not read.
    let dir = plan_dir::load_only(&plan_folder, &["plan.yaml", "metrics.yaml"])?;
    let repo = if args.dry_run {
        None
    } else {
        ready_repo(&dir.dir)?
    };
    if dir
        .file("metrics.yaml")
        .is_some_and(|f| !f.clean && f.text.is_some())
    {
        return Err(CliError::Failed(
            "metrics.yaml has errors, so charter will not add readings to it: run `charter check` and fix them first"
                .into(),
        ));
    }

    let mut out = super::terminal::stdout();
    if !table.header.ignored.is_empty() {
        let _ = writeln!(
            out,
            "ignored columns: {} (charter reads metric, date, value and unit)",
            table.header.ignored.join(", ")
        );
    }
    let (checked, mut errors) = check_rows(&dir.plan, &table);
    errors.extend(table.errors.iter().cloned());
    if !errors.is_empty() {
        drop(out);
        errors.sort_by_key(|e| (e.line, e.column));
        let mut err = super::terminal::stderr();
        for e in &errors {
            let _ = writeln!(
                err,
                "{shown_path}:{}: column {} ({}): {}",
                e.line, e.column, e.name, e.message
            );
        }
        let _ = writeln!(
            err,
            "charter: nothing was imported: {} in {shown_path}; fix {} and run the import again",
            plural(errors.len(), "error", "errors"),
            if errors.len() == 1 { "it" } else { "them" }
        );
        return Ok(1);
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
            args.replace,
        );
        for (&k, outcome) in rows.iter().zip(results) {
            outcomes[k] = Some(outcome);
        }
    }

    let (mut added, mut replaced, mut kept, mut unchanged) = (0, 0, 0, 0);
    let mut touched = vec![false; plan.metrics.metrics.len()];
    for (c, outcome) in checked.iter().zip(&outcomes) {
        let Some(outcome) = outcome else { continue };
        let metric = &plan.metrics.metrics[c.metric].id;
        let what = describe(metric, &c.reading);
        let value = shown_number(c.reading.value);
        match outcome {
            Outcome::Added => {
                added += 1;
                touched[c.metric] = true;
                if args.dry_run {
                    let _ = writeln!(out, "add: {what}: {value}");
                }
            }
            Outcome::Replaced { old } => {
                replaced += 1;
                touched[c.metric] = true;
                if args.dry_run {
                    let _ = writeln!(out, "replace: {what}: {} → {value}", shown_number(*old));
                }
            }
            Outcome::Kept { recorded } => {
                kept += 1;
                let _ = writeln!(
                    out,
                    "keep: {what}: {} (the file has {value} on line {}; pass --replace to replace it)",
                    shown_number(*recorded),
                    c.line
                );
            }
            Outcome::Unchanged => unchanged += 1,
        }
    }
    let metrics = touched.iter().filter(|t| **t).count();
    let written = added + replaced;
    let mut message = format!(
        "import readings: {} for {} from {name}",
        plural(written, "reading", "readings"),
        plural(metrics, "metric", "metrics")
    );
    if replaced > 0 {
        message.push_str(&format!(" ({replaced} replaced)"));
    }
    let tally =
        format!("{added} added, {replaced} replaced, {kept} kept, {unchanged} already recorded");
    if args.dry_run {
        let _ = writeln!(
            out,
            "dry run: would import {} for {} from {name} ({tally}); nothing was written",
            plural(written, "reading", "readings"),
            plural(metrics, "metric", "metrics")
        );
        return Ok(0);
    }
    if written == 0 {
        let _ = writeln!(
            out,
            "nothing to import: every reading of {name} is already recorded ({tally})"
        );
        return Ok(0);
    }
    let changes = dir.changes(&plan, Mode::Keep)?;
    let note = apply_and_commit(&dir, changes, repo.as_ref(), &message)?;
    let _ = writeln!(
        out,
        "imported {} for {} from {name} ({tally})",
        plural(written, "reading", "readings"),
        plural(metrics, "metric", "metrics")
    );
    let _ = writeln!(out, "{note}");
    Ok(0)
}

/// Checks each row's metric and unit against the plan, and that no two
/// rows give the same reading.
fn check_rows(
    plan: &crate::domain::model::Plan,
    table: &readings_csv::Table,
) -> (Vec<Checked>, Vec<CellError>) {
    let h = &table.header;
    let metrics: HashMap<&str, usize> = plan
        .metrics
        .metrics
        .iter()
        .enumerate()
        .map(|(i, m)| (m.id.as_str(), i))
        .collect();
    let units = &plan.meta.units;
    let mut seen: HashMap<(usize, crate::domain::types::Date, Option<Id>), u64> =
        HashMap::with_capacity(table.rows.len());
    let mut checked = Vec::with_capacity(table.rows.len());
    let mut errors = Vec::new();
    for row in &table.rows {
        let metric = match row.metric.as_deref().map(|m| (m, metrics.get(m))) {
            None => None,
            Some((_, Some(&m))) => Some(m),
            Some((name, None)) => {
                let ids = plan.metrics.metrics.iter().map(|m| m.id.as_str());
                let hint = match closest(name, ids) {
                    Some(best) => format!("did you mean `{best}`?"),
                    None if metrics.is_empty() => "metrics.yaml has no metrics yet".to_string(),
                    None => "run `charter status` to see the metrics' ids".to_string(),
                };
                errors.push(h.error(
                    row.line,
                    h.metric,
                    format!("there is no metric `{name}`: {hint}"),
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
                        Some(best) => format!("did you mean `{best}`?"),
                        None => "add it to `units` in plan.yaml, or fix the cell".to_string(),
                    };
                    errors.push(h.error(
                        row.line,
                        col,
                        format!("there is no unit `{text}` in plan.yaml: {hint}"),
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
                    format!(
                        "line {} already gives {}: keep one of the two rows",
                        first.get(),
                        describe(&plan.metrics.metrics[metric].id, &reading)
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

/// `fcr on 2026-03-01`, `fcr on 2026-03-01 for haifa-t1`.
fn describe(metric: &Id, r: &Reading) -> String {
    match &r.unit {
        Some(u) => format!("{metric} on {} for {u}", r.on),
        None => format!("{metric} on {}", r.on),
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("{n} {one}")
    } else {
        format!("{n} {many}")
    }
}
