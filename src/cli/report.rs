//! `charter report`: the steering committee report (`--kind status`, the
//! default) or the whole plan for sign-off (`--kind plan`), as one
//! self-contained HTML file or as Markdown ([`crate::report`]).
//!
//! Like `status`, the plan is read as it is on disk or as it was at
//! `--as-of`; a plan with errors still gets its report (what could be
//! read), then the command exits 1.

use std::path::PathBuf;

use super::status::plan_as_of;
use super::util::errors_hint;
use super::{CliError, Ctx};
use crate::domain::report::gather_with;
use crate::ops::diagnostics::error_counts;
use crate::report::{self, render, Form};
use crate::store::atomic;

#[derive(Debug, Default, clap::Args)]
pub struct Args {
    /// Which report: `status`, the steering committee report (the default;
    /// `committee` names it too), or `plan`, the whole plan as a document
    /// the client signs off (charter, goals, milestones with their actions,
    /// committee, change agents, metrics with targets, signatures)
    #[arg(long, value_enum, default_value_t = Kind::Status)]
    pub kind: Kind,
    #[arg(long, value_enum, default_value_t = Format::Html)]
    pub format: Format,
    /// The report as it was at a revision (a commit, a tag such as
    /// review/2026-03-31, or a date YYYY-MM-DD: the last commit on or before
    /// it), read from git without touching the files
    #[arg(long, value_name = "REV|DATE")]
    pub as_of: Option<String>,
    /// Write the report to FILE (atomically) instead of stdout
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Kind {
    /// The steering committee report: where the plan stands
    #[default]
    #[value(alias = "committee")]
    Status,
    /// The whole plan as a document for the client's sign-off
    Plan,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One self-contained page: inline CSS and SVG charts, no script
    #[default]
    Html,
    /// GitHub / GitLab flavoured Markdown, charts as sparklines
    Markdown,
}

pub fn run(ctx: &Ctx, args: &Args) -> Result<i32, CliError> {
    let (mut dir, today) = plan_as_of(ctx, args.as_of.as_deref())?;
    let (errors, warnings) = error_counts(&dir, today);
    // The report reads the plan only as its figures (surveys::figures):
    // add the survey scores in place rather than to a copy of the plan.
    crate::domain::surveys::figure(&mut dir.plan);
    let since = crate::domain::routines::commits_needed_since(&dir.plan, today);
    let commits = crate::store::history::commit_notes(&dir.dir, since).unwrap_or_default();
    let report = gather_with(&dir.plan, today, errors, warnings, &commits);
    let out = render(
        &report,
        match args.format {
            Format::Html => Form::Html,
            Format::Markdown => Form::Markdown,
        },
        match args.kind {
            Kind::Status => report::Kind::Status,
            Kind::Plan => report::Kind::Plan,
        },
    );
    match &args.output {
        // The Markdown isolates its values with LRI … PDI for a
        // right-to-left plan; the plan's own text in it is escaped already.
        None if matches!(args.format, Format::Markdown) => {
            crate::cli::terminal::print_document(&out);
        }
        None => say_raw!(out),
        Some(path) => {
            let path = if path.is_absolute() {
                path.clone()
            } else {
                ctx.cwd.join(path)
            };
            atomic::write(&path, out.as_bytes()).map_err(|e| {
                CliError::Failed(crate::t!(
                    "report-cannot-write",
                    path = path.display().to_string(),
                    error = e.to_string()
                ))
            })?;
            say!("{}", path.display());
        }
    }
    Ok(errors_hint(errors))
}
