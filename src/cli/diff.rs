//! `charter diff`: what changed between two revisions in plan terms.
//! No revision: the working tree against HEAD; one: that revision against
//! the working tree; two: the first against the second.

use serde::Serialize;

use super::{CliError, Ctx};
use crate::domain::diff::{self, ItemChange};
use crate::store::history::History;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The older revision: a commit, branch, tag such as review/2026-03-31,
    /// or a date YYYY-MM-DD (the last commit on or before it); default HEAD
    #[arg(value_name = "REV_A")]
    pub from: Option<String>,
    /// The newer revision; default the working tree
    #[arg(value_name = "REV_B")]
    pub to: Option<String>,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    #[default]
    Text,
    Json,
}

#[derive(Serialize)]
struct Output<'a> {
    from: &'a str,
    to: &'a str,
    changes: &'a [ItemChange],
}

pub fn run(ctx: &Ctx, args: &Args) -> Result<i32, CliError> {
    let dir = ctx.plan_dir()?;
    let mut history = History::open(&dir)?;
    let from = args.from.clone().unwrap_or_else(|| "HEAD".into());
    let mut broken = 0;
    let (to, changes) = match &args.to {
        Some(to) => {
            let a = history.resolve(&from)?.id();
            let b = history.resolve(to)?.id();
            let snap = |h: &History, oid| -> Result<_, CliError> {
                let commit = h.repo().find_commit(oid).map_err(|e| {
                    CliError::Failed(crate::t!(
                        "cli-diff-cannot-read-commit",
                        commit = oid.to_string(),
                        error = e.to_string()
                    ))
                })?;
                Ok(h.snapshot(&commit)?)
            };
            let (old, new) = (snap(&history, a)?, snap(&history, b)?);
            (to.clone(), history.changes(&old, &new)?)
        }
        None => {
            let commit = history.resolve(&from)?;
            let old = history.load(&commit, &from)?;
            let new = ctx.load()?;
            broken = new.load_errors.len();
            (
                "working tree".to_string(),
                diff::diff_plans(&old.plan, &new.plan),
            )
        }
    };
    let out = match args.format {
        Format::Json => {
            let output = Output {
                from: &from,
                to: &to,
                changes: &changes,
            };
            super::terminal::json(&output) + "\n"
        }
        // JSON names the working tree in English; text in the language shown.
        Format::Text if args.to.is_none() => {
            text(&from, &crate::t!("cli-diff-working-tree"), &changes)
        }
        Format::Text => text(&from, &to, &changes),
    };
    say_raw!(out);
    if broken > 0 {
        tell!("charter: {}", crate::t!("cli-diff-broken", count = broken));
    }
    Ok(i32::from(broken > 0))
}

fn text(from: &str, to: &str, changes: &[ItemChange]) -> String {
    diff::lines(from, to, changes)
        .into_iter()
        .map(|l| l + "\n")
        .collect()
}
