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
            Err(e) => Err(CliError::Failed(format!(
                "cannot read {}: {e}; the merge driver is meant to be run by git as \
                 `charter merge-driver -- %O %A %B %P`",
                p.display()
            ))),
        }
    };
    let shown = args.path.display().to_string();
    let Some((rel, kind)) = merge::plan_file(&args.path) else {
        tell!(
            "charter: {shown} is not a plan file, so it cannot be merged item by item; \
             our version is left in it as it was. Merge it by hand (`git show :3:{shown}` \
             shows theirs), then `git add {shown}` and `git commit`"
        );
        return Ok(1);
    };
    let base = read(&args.base, true)?;
    let ours = read(&args.ours, false)?;
    let theirs = read(&args.theirs, false)?;
    match merge::merge_texts(&rel, kind, &base, &ours, &theirs) {
        Outcome::Merged { text, conflicts } => {
            if text.as_bytes() != ours.as_slice() {
                atomic::write(&at(&args.ours), text.as_bytes()).map_err(|e| {
                    CliError::Failed(format!(
                        "cannot write the merged {shown} to {}: {e}",
                        args.ours.display()
                    ))
                })?;
            }
            if conflicts.is_empty() {
                return Ok(0);
            }
            let what = if conflicts.len() == 1 {
                "1 change".to_string()
            } else {
                format!("{} changes", conflicts.len())
            };
            tell!("charter: merge conflict in {shown}: {what} made differently on both sides");
            for c in &conflicts {
                tell!("  {shown}: {}: {}", c.place(), c.values());
            }
            tell!(
                "The file keeps our values, with a `{CONFLICT_MARK}` comment above each item. \
                 Edit {shown} to the values you want and delete those comments, then run \
                 `git add {shown}` and `git commit` (or `git merge --abort` to undo the merge)."
            );
            Ok(1)
        }
        Outcome::Unmergeable { reason } => {
            tell!(
                "charter: cannot merge {shown} item by item: {reason}.\n\
                 Our version is left in {shown} as it was; theirs is kept by git \
                 (`git show :3:{shown}` shows it, `git checkout --theirs -- {shown}` takes it). \
                 Fix the file by hand, then run `git add {shown}` and `git commit` \
                 (or `git merge --abort` to undo the merge)."
            );
            Ok(1)
        }
    }
}
