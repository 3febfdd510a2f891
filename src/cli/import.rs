//! `charter import readings FILE.csv`: many readings in one commit, each
//! added as `charter record` adds one.
//!
//! Every row is checked before anything is written: one bad row and the
//! file is refused whole, with every problem listed by line and column.

use std::fmt::Write as _;
use std::path::PathBuf;

use super::{CliError, Ctx};
use crate::domain::readings::Outcome;
use crate::ops::import::{self, describe, plural, Import, Imported};
use crate::present::number::plain as shown_number;

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

fn readings(ctx: &Ctx, args: &ReadingsArgs) -> Result<i32, CliError> {
    let shown_path = args.file.display().to_string();
    let name = args
        .file
        .file_name()
        .map_or_else(|| shown_path.clone(), |n| n.to_string_lossy().into_owned());
    let table = import::read_table(
        &ctx.cwd.join(&args.file),
        &shown_path,
        args.date_format.as_deref(),
    )?;
    let imported = import::import(
        &ctx.plan_dir()?,
        &Import {
            table: &table,
            name: &name,
            replace: args.replace,
            dry_run: args.dry_run,
        },
    )?;

    let mut out = super::terminal::stdout();
    if !table.header.ignored.is_empty() {
        let _ = writeln!(
            out,
            "ignored columns: {} (charter reads metric, date, value and unit)",
            table.header.ignored.join(", ")
        );
    }
    let (rows, metrics, note) = match imported {
        Imported::Refused { errors } => {
            drop(out);
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
        Imported::Merged {
            rows,
            metrics,
            note,
        } => (rows, metrics, note),
    };

    for row in &rows {
        let what = describe(&row.metric, &row.reading);
        let value = shown_number(row.reading.value);
        match row.outcome {
            Outcome::Added if args.dry_run => {
                let _ = writeln!(out, "add: {what}: {value}");
            }
            Outcome::Replaced { old } if args.dry_run => {
                let _ = writeln!(out, "replace: {what}: {} → {value}", shown_number(old));
            }
            Outcome::Kept { recorded } => {
                let _ = writeln!(
                    out,
                    "keep: {what}: {} (the file has {value} on line {}; pass --replace to replace it)",
                    shown_number(recorded),
                    row.line
                );
            }
            _ => {}
        }
    }
    let (added, replaced, kept, unchanged) = Imported::tally(&rows);
    let tally =
        format!("{added} added, {replaced} replaced, {kept} kept, {unchanged} already recorded");
    let readings = plural(added + replaced, "reading", "readings");
    let metrics = plural(metrics, "metric", "metrics");
    if args.dry_run {
        let _ = writeln!(
            out,
            "dry run: would import {readings} for {metrics} from {name} ({tally}); nothing was written"
        );
        return Ok(0);
    }
    match note {
        None => {
            let _ = writeln!(
                out,
                "nothing to import: every reading of {name} is already recorded ({tally})"
            );
        }
        Some(note) => {
            let _ = writeln!(
                out,
                "imported {readings} for {metrics} from {name} ({tally})"
            );
            let _ = writeln!(out, "{note}");
        }
    }
    Ok(0)
}
