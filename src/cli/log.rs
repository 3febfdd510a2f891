//! `charter log`: the commits that touched the plan, newest first, reviews
//! marked, each with what it changed in plan terms.

use std::fmt::Write;

use super::{CliError, Ctx};
use crate::domain::diff;
use crate::store::history::{History, LogEntry};
use crate::t;

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
        o.push_str(&t!("cli-log-empty"));
        o.push('\n');
        return o;
    }
    for e in entries {
        let mark = match (&e.review, e.review_role) {
            (Some(d), Some("amend")) => format!("  [{}]", t!("cli-log-amends", date = d.as_str())),
            (Some(d), _) => format!("  [{}]", t!("cli-source-review", date = d.as_str())),
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
        let lang = crate::i18n::current();
        let changes = e.change_lines_in(lang);
        let shown: &[String] = if all_changes || changes.len() <= 3 {
            &changes
        } else {
            &[]
        };
        if shown.is_empty() && !changes.is_empty() {
            let _ = writeln!(o, "    {}", diff::summarize_in(lang, &e.items));
        }
        for (i, line) in shown.iter().enumerate() {
            // A charter commit's subject often is the change itself.
            if line != &e.summary && e.changes.get(i) != Some(&e.summary) {
                let _ = writeln!(o, "    {line}");
            }
        }
    }
    o
}
