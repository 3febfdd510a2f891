//! `charter import readings FILE.csv`: many readings in one commit, each
//! added as `charter record` adds one.
//!
//! Every row is checked before anything is written: one bad row and the
//! file is refused whole, with every problem listed by line and column.

use std::fmt::Write as _;
use std::path::PathBuf;

use super::{CliError, Ctx};
use crate::domain::readings::Outcome;
use crate::ops::import::{self, describe, Import, Imported};
use crate::present::number::plain as shown_number;
use crate::t;

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
            "{}",
            t!(
                "cli-import-ignored",
                columns = table.header.ignored.join(", ")
            )
        );
    }
    let (rows, metrics, note) = match imported {
        Imported::Refused { errors } => {
            drop(out);
            let mut err = super::terminal::stderr();
            for e in &errors {
                let _ = writeln!(
                    err,
                    "{shown_path}:{}: {}",
                    e.line,
                    t!(
                        "cli-import-cell",
                        column = e.column,
                        name = e.name.as_str(),
                        message = e.message.as_str()
                    )
                );
            }
            let _ = writeln!(
                err,
                "charter: {}",
                t!(
                    "cli-import-refused",
                    count = errors.len(),
                    file = shown_path.as_str()
                )
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
                let _ = writeln!(out, "{}", t!("cli-import-add", what = what, value = value));
            }
            Outcome::Replaced { old } if args.dry_run => {
                let _ = writeln!(
                    out,
                    "{}",
                    t!(
                        "cli-import-replace",
                        what = what,
                        old = shown_number(old),
                        value = value
                    )
                );
            }
            Outcome::Kept { recorded } => {
                let _ = writeln!(
                    out,
                    "{}",
                    t!(
                        "cli-import-keep",
                        what = what,
                        recorded = shown_number(recorded),
                        value = value,
                        line = row.line.to_string()
                    )
                );
            }
            _ => {}
        }
    }
    let (added, replaced, kept, unchanged) = Imported::tally(&rows);
    let tally = t!(
        "cli-import-tally",
        added = added,
        replaced = replaced,
        kept = kept,
        unchanged = unchanged
    );
    let readings = t!("cli-import-n-readings", count = added + replaced);
    let metrics = t!("cli-import-n-metrics", count = metrics);
    let words = |id: &str| {
        let mut a = crate::i18n::Args::new();
        a.set("readings", readings.as_str());
        a.set("metrics", metrics.as_str());
        a.set("file", name.as_str());
        a.set("tally", tally.as_str());
        crate::i18n::message(id, Some(&a))
    };
    if args.dry_run {
        let _ = writeln!(out, "{}", words("cli-import-dry-run"));
        return Ok(0);
    }
    match note {
        None => {
            let _ = writeln!(out, "{}", words("cli-import-nothing"));
        }
        Some(note) => {
            let _ = writeln!(out, "{}", words("cli-import-done"));
            let _ = writeln!(out, "{note}");
        }
    }
    Ok(0)
}
