//! `charter merge-driver BASE OURS THEIRS PATH`: the git merge driver for
//! plan files. git runs it as `charter merge-driver -- %O %A %B %P` (see the
//! `.gitattributes` that `charter new` writes) and takes OURS as the result.
//!
//! Exit 0: merged cleanly. Exit 1: a conflict; OURS then holds valid YAML
//! with our value in each conflicting field and a comment naming both. When
//! a version cannot be read as a plan file, or no merged text reads back
//! as the merged plan, OURS is left exactly as it was and theirs stays in
//! git's index (stage 3), so nothing is lost either way. Comments of both
//! sides are kept in the merged file.

use std::path::{Path, PathBuf};

use super::{CliError, Ctx};
use crate::store::atomic;
use crate::store::merge::{self, Outcome, CONFLICT_MARK};
use crate::store::plan_dir;
use crate::t;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The common ancestor's version (git's %O)
    pub base: PathBuf,
    /// Our version, overwritten with the merged result (git's %A)
    pub ours: PathBuf,
    /// Their version (git's %B)
    pub theirs: PathBuf,
    /// The file's path in the repository (git's %P), which tells its kind
    pub path: PathBuf,
}

pub fn run(ctx: &Ctx, args: &Args) -> Result<i32, CliError> {
    let at = |p: &Path| ctx.cwd.join(p);
    let read = |p: &Path, missing_ok: bool| -> Result<Vec<u8>, CliError> {
        match std::fs::read(at(p)) {
            Ok(bytes) => Ok(bytes),
            Err(e) if missing_ok && e.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
            Err(e) => Err(CliError::Failed(t!(
                "cli-merge-cannot-read",
                file = p.display().to_string(),
                error = e.to_string()
            ))),
        }
    };
    let shown = args.path.display().to_string();
    // git runs the driver at the repository's top: the plan is the folder
    // of the file being merged, and speaks its language.
    if let Some(dir) = at(&args.path).parent() {
        crate::i18n::follow_plan(plan_dir::language(dir));
    }
    let path = shown.as_str();
    // Each line starts `charter: ` in every language: `charter sync`
    // finds the driver's reason by it.
    let Some((rel, kind)) = merge::plan_file(&args.path) else {
        tell!("charter: {}", t!("cli-merge-not-plan-file", path = path));
        return Ok(1);
    };
    let base = read(&args.base, true)?;
    let ours = read(&args.ours, false)?;
    let theirs = read(&args.theirs, false)?;
    match merge::merge_texts(&rel, kind, &base, &ours, &theirs) {
        Outcome::Merged { text, conflicts } => {
            if text.as_bytes() != ours.as_slice() {
                atomic::write(&at(&args.ours), text.as_bytes()).map_err(|e| {
                    CliError::Failed(t!(
                        "cli-merge-cannot-write",
                        path = path,
                        file = args.ours.display().to_string(),
                        error = e.to_string()
                    ))
                })?;
            }
            if conflicts.is_empty() {
                return Ok(0);
            }
            let count = conflicts.len();
            tell!(
                "charter: {}",
                t!("cli-merge-conflict", path = path, count = count)
            );
            for c in &conflicts {
                tell!("  {shown}: {}: {}", c.place(), c.values());
            }
            tell!(
                "{}",
                t!("cli-merge-conflict-help", mark = CONFLICT_MARK, path = path)
            );
            Ok(1)
        }
        Outcome::Unmergeable { reason } => {
            let reason = reason.as_str();
            tell!(
                "charter: {}",
                t!("cli-merge-unmergeable", path = path, reason = reason)
            );
            tell!("{}", t!("cli-merge-unmergeable-help", path = path));
            Ok(1)
        }
    }
}
