//! `charter fmt`: rewrite the plan canonically, keeping comments.

use super::{CliError, Ctx};
use crate::ops::save::{apply_and_commit, ready_repo};
use crate::store::yaml::emit::Mode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only list the files that are not canonical (exit 1 when there are any)
    #[arg(long)]
    pub check: bool,
}

pub fn run(ctx: &Ctx, args: &Args) -> Result<i32, CliError> {
    // Held until the command ends: load, save and commit as one step.
    let _lock = crate::store::lock::PlanLock::acquire(&ctx.plan_dir()?)?;
    let dir = ctx.load()?;
    let broken: Vec<&str> = dir
        .files
        .iter()
        .map(|f| f.rel.as_str())
        .filter(|rel| dir.has_errors(rel))
        .collect();
    if !broken.is_empty() {
        return Err(CliError::Failed(format!(
            "{} {} errors, so charter will not rewrite the plan: run `charter check` and fix them first",
            broken.join(", "),
            if broken.len() == 1 { "has" } else { "have" }
        )));
    }
    let changes = dir.changes(&dir.plan, Mode::Canonical)?;
    let names: Vec<String> = changes
        .iter()
        .map(|c| {
            c.path
                .strip_prefix(&dir.dir)
                .unwrap_or(&c.path)
                .to_string_lossy()
                .replace('\\', "/")
        })
        .collect();
    if args.check {
        for name in &names {
            say!("{name}: not canonical");
        }
        return Ok(i32::from(!names.is_empty()));
    }
    if changes.is_empty() {
        say!("the plan is already canonical");
        return Ok(0);
    }
    let repo = ready_repo(&dir.dir)?;
    let message = format!("fmt: rewrite {} canonically", names.join(", "));
    let note = apply_and_commit(&dir, changes, repo.as_ref(), &message)?;
    for name in &names {
        say!("{name}: rewritten");
    }
    say!("{note}");
    Ok(0)
}
