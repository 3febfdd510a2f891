//! `charter log`: the commits that touched the plan, newest first, reviews
//! marked, each with what it changed in plan terms.

use std::fmt::Write;

use super::{CliError, Ctx};
use crate::store::history::{History, LogEntry};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Show at most N commits
    #[arg(short = 'n', long = "max-count", value_name = "N")]
    pub max_count: Option<usize>,
    /// List every change of each commit (text), not only a summary
    #[arg(long)]
    pub changes: bool,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    #[default]
    Text,
    Json,
}

pub fn run(ctx: &Ctx, args: &Args) -> Result<i32, CliError> {
    let mut history = History::open(&ctx.plan_dir()?)?;
    let entries = history.log_newest(args.max_count)?;
    let out = match args.format {
        Format::Json => super::terminal::json(&entries) + "\n",
        Format::Text => text(&entries, args.changes),
    };
    say_raw!(out);
    Ok(0)
}

fn text(entries: &[LogEntry], all_changes: bool) -> String {
    let mut o = String::new();
    if entries.is_empty() {
        o.push_str("no commit touches the plan yet: save or commit its files first\n");
        return o;
    }
    for e in entries {
        let mark = match (&e.review, e.review_role) {
            (Some(d), Some("amend")) => format!("  [amends review {d}]"),
            (Some(d), _) => format!("  [review {d}]"),
            _ => String::new(),
        };
        let _ = writeln!(
            o,
            "{}  {}  {}  {}{mark}",
            crate::store::git::short_id(&e.commit),
            e.date,
            e.author,
            e.summary
        );
        let shown: &[String] = if all_changes || e.changes.len() <= 3 {
            &e.changes
        } else {
            &[]
        };
        if shown.is_empty() && !e.changes.is_empty() {
            let _ = writeln!(o, "    {}", e.changed);
        }
        for line in shown {
            // A charter commit's subject often is the change itself.
            if line != &e.summary {
                let _ = writeln!(o, "    {line}");
            }
        }
    }
    o
}
