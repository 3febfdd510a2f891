//! `charter sync`: fetch, merge and push with the current branch's
//! upstream.
//!
//! The network work is done by the `git` program in the repository, so the
//! user's own configuration applies: ssh agent, credential helpers, proxies,
//! hooks. charter checks first that the repository is ready (no merge in
//! progress, the plan's files committed), merges with its own merge driver
//! so that plan files merge item by item, and reports in plan terms. A
//! conflict stops before anything is pushed, with the conflicting items and
//! the commands that finish or undo the merge; nothing is lost.

use std::path::Path;
use std::process::{Command, Output, Stdio};

use super::{CliError, Ctx};
use crate::domain::diff;
use crate::ops::merge_driver;
use crate::store::git::{self, Repo, Tracking, Upstream};
use crate::store::history::History;
use crate::store::merge::CONFLICT_MARK;
use crate::t;

#[derive(Debug, Default, clap::Args)]
pub struct Args {}

pub fn run(ctx: &Ctx, _args: &Args) -> Result<i32, CliError> {
    let dir = ctx.plan_dir()?;
    let Some(repo) = git::discover(&dir)? else {
        return Err(CliError::Usage(t!(
            "cli-sync-no-repository",
            dir = dir.display().to_string()
        )));
    };
    if repo.merging() {
        return Err(CliError::Failed(t!(
            "cli-sync-merging",
            dir = repo.workdir().display().to_string()
        )));
    }
    repo.check_ready()?;
    let uncommitted = repo.uncommitted_under(&dir)?;
    if !uncommitted.is_empty() {
        return Err(CliError::Failed(t!(
            "cli-sync-uncommitted",
            files = uncommitted.join(", ")
        )));
    }
    let up = upstream(&repo)?;
    let workdir = repo.workdir().to_path_buf();
    let remote_before = repo.ref_id(&up.tracking)?;

    if !run_git(&workdir, &fetch_args(&up.remote))?.success() {
        return Err(CliError::Failed(t!(
            "cli-sync-fetch-failed",
            remote = up.remote.as_str()
        )));
    }
    let remote = repo.ref_id(&up.tracking)?;
    let fetched = match remote {
        Some(r) => repo.commits_between(remote_before, r)?,
        None => 0,
    };
    let mut report = vec![match fetched {
        0 => t!("cli-sync-nothing-new", upstream = up.name.as_str()),
        n => t!("cli-sync-fetched", count = n, upstream = up.name.as_str()),
    }];

    let head_before = repo.head_id()?;
    if let (Some(remote), Some(head)) = (remote, head_before) {
        let behind = repo.commits_between(Some(head), remote)?;
        let ahead = repo.commits_between(Some(remote), head)?;
        if behind > 0 {
            let done = if ahead == 0 {
                let out = capture_git(&workdir, &fast_forward_args(&up.tracking))?;
                if !out.status.success() {
                    return Err(git_failed("merge", &out));
                }
                "cli-sync-fast-forwarded"
            } else {
                let out = merge(&workdir, &up)?;
                if !out.status.success() {
                    if repo.merging() {
                        report_conflicts(&repo, &up, &report, &out)?;
                        return Ok(1);
                    }
                    return Err(git_failed("merge", &out));
                }
                "cli-sync-merged"
            };
            let changed = plan_changes(&dir, &head.to_string())?;
            report.push(crate::i18n::message(
                done,
                Some(&{
                    let mut args = crate::i18n::Args::new();
                    args.set("changes", changed);
                    args
                }),
            ));
        }
    }

    let head = repo.head_id()?;
    let to_push = match head {
        Some(h) => repo.commits_between(remote, h)?,
        None => 0,
    };
    if to_push > 0 {
        let refspec = format!("HEAD:{}", up.merge);
        if !run_git(&workdir, &push_args(&up.remote, &refspec))?.success() {
            return Err(CliError::Failed(t!(
                "cli-sync-push-failed",
                remote = up.remote.as_str(),
                refspec = refspec.as_str(),
                branch = up.branch.as_str()
            )));
        }
        report.push(t!(
            "cli-sync-pushed",
            count = to_push,
            upstream = up.name.as_str()
        ));
    } else {
        report.push(t!("cli-sync-nothing-to-push"));
    }
    say!("{}", report.join("; "));
    if !driver_set_up(&dir) {
        say!(
            "{}",
            t!("cli-sync-no-driver", dir = dir.display().to_string())
        );
    }
    Ok(0)
}

/// The branch's upstream, or an error saying how to set one. A remote or
/// branch whose name starts with `-` is refused: git would read it as an
/// option (`--upload-pack=COMMAND` runs COMMAND), and no message of
/// charter's should suggest a command that does so.
fn upstream(repo: &Repo) -> Result<Upstream, CliError> {
    match repo.tracking()? {
        Tracking::Upstream(up) => {
            refuse_option_like(&up)?;
            Ok(up)
        }
        Tracking::Detached => Err(CliError::Failed(t!("cli-sync-detached"))),
        Tracking::NoUpstream { branch, remotes } => {
            if let Some(e) = option_like_branch(&branch) {
                return Err(e);
            }
            if let Some(e) = remotes.first().and_then(|r| option_like_remote(r)) {
                return Err(e);
            }
            let how = match remotes.first() {
                None => t!("cli-sync-add-remote", branch = branch.as_str()),
                Some(remote) => t!(
                    "cli-sync-push-upstream",
                    remote = remote.as_str(),
                    branch = branch.as_str()
                ),
            };
            Err(CliError::Failed(t!(
                "cli-sync-no-upstream",
                branch = branch.as_str(),
                how = how
            )))
        }
    }
}

/// Fails when a name `git fetch`, `git push` or a message of charter's
/// would carry starts with `-`.
fn refuse_option_like(up: &Upstream) -> Result<(), CliError> {
    let remote_branch = up.merge.strip_prefix("refs/heads/").unwrap_or(&up.merge);
    let upstream_branch = remote_branch.starts_with('-').then(|| {
        CliError::Failed(t!(
            "cli-sync-option-like-upstream",
            branch = up.branch.as_str(),
            upstream = format!("{remote_branch:?}"),
            remote = format!("{:?}", up.remote)
        ))
    });
    match option_like_branch(&up.branch)
        .or_else(|| option_like_remote(&up.remote))
        .or(upstream_branch)
    {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

fn option_like_remote(remote: &str) -> Option<CliError> {
    remote.starts_with('-').then(|| {
        CliError::Failed(t!(
            "cli-sync-option-like-remote",
            remote = format!("{remote:?}"),
            quoted = remote.replace('\'', r"'\''")
        ))
    })
}

fn option_like_branch(branch: &str) -> Option<CliError> {
    branch.starts_with('-').then(|| {
        CliError::Failed(t!(
            "cli-sync-option-like-branch",
            branch = format!("{branch:?}"),
            quoted = branch.replace('\'', r"'\''")
        ))
    })
}

// Each git command puts its operands after `--`, so that no name read from
// the repository (a remote, a ref) can be taken for an option even if the
// checks above were bypassed.

fn fetch_args(remote: &str) -> Vec<&str> {
    vec!["fetch", "--quiet", "--", remote]
}

fn fast_forward_args(tracking: &str) -> Vec<&str> {
    vec!["merge", "--ff-only", "--quiet", "--", tracking]
}

fn push_args<'a>(remote: &'a str, refspec: &'a str) -> Vec<&'a str> {
    vec!["push", "--quiet", "--", remote, refspec]
}

/// Whether the plan folder's `.gitattributes` routes its files to the driver.
fn driver_set_up(dir: &Path) -> bool {
    std::fs::read_to_string(dir.join(".gitattributes"))
        .is_ok_and(|t| t.contains(&format!("merge={}", merge_driver::DRIVER)))
}

/// `git merge` of the upstream with charter's merge driver configured for
/// this one command, pointing at this very program (so it works whether or
/// not `charter` is on PATH and whatever the repository's config says).
/// Plan files are thus merged by [`crate::store::merge::merge_texts`], which
/// writes nothing that does not read back as the merged plan.
fn merge(workdir: &Path, up: &Upstream) -> Result<Output, CliError> {
    let exe = std::env::current_exe()
        .map_err(|e| CliError::Failed(t!("cli-sync-no-program", error = e.to_string())))?;
    let args = merge_args(&exe, up);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    capture_git(workdir, &args)
}

/// The arguments of [`merge`], the upstream after `--`.
fn merge_args(exe: &Path, up: &Upstream) -> Vec<String> {
    let quoted = format!("'{}'", exe.to_string_lossy().replace('\'', r"'\''"));
    let name = merge_driver::DRIVER;
    let driver = format!("merge.{name}.driver={quoted} {}", merge_driver::ARGS);
    let description = format!("merge.{name}.name={}", merge_driver::DESCRIPTION);
    let message = format!("sync: merge {} into {}", up.name, up.branch);
    [
        "-c",
        &description,
        "-c",
        &driver,
        "merge",
        "--no-edit",
        "--quiet",
        "-m",
        &message,
        "--",
        &up.tracking,
    ]
    .map(str::to_string)
    .to_vec()
}

/// What the merge changed in the plan, in plan terms.
fn plan_changes(dir: &Path, before: &str) -> Result<String, CliError> {
    let mut history = History::open(dir)?;
    let old = {
        let commit = history.resolve(before)?;
        history.snapshot(&commit)?
    };
    let new = {
        let commit = history.head()?;
        history.snapshot(&commit)?
    };
    let changes = history.changes(&old, &new)?;
    Ok(if changes.is_empty() {
        t!("cli-diff-none")
    } else {
        diff::summarize_in(crate::i18n::current(), &changes)
    })
}

/// The conflicts of a stopped merge, with what to do next.
fn report_conflicts(
    repo: &Repo,
    up: &Upstream,
    report: &[String],
    out: &Output,
) -> Result<(), CliError> {
    let paths = repo.conflicted_paths()?;
    let driver_said = String::from_utf8_lossy(&out.stderr);
    tell!(
        "charter: {}; {}",
        report.join("; "),
        t!("cli-sync-conflicts", upstream = up.name.as_str())
    );
    for path in &paths {
        let text = std::fs::read_to_string(repo.workdir().join(path)).unwrap_or_default();
        let marked: Vec<&str> = text
            .lines()
            .filter_map(|l| l.trim_start().strip_prefix(CONFLICT_MARK))
            .map(str::trim)
            .collect();
        if marked.is_empty() {
            let why = driver_said
                .lines()
                .find(|l| l.contains(path.as_str()) && l.starts_with("charter: "))
                .and_then(|l| l.split_once(": ").map(|(_, rest)| rest.to_string()));
            match why {
                Some(why) => tell!("  {path}: {why}"),
                None => tell!(
                    "  {path}: {}",
                    t!("cli-sync-not-merged", path = path.as_str())
                ),
            }
        }
        for m in marked {
            tell!("  {path}: {m}");
        }
    }
    tell!("{}", t!("cli-sync-to-finish", mark = CONFLICT_MARK));
    tell!("{}", t!("cli-sync-to-undo"));
    Ok(())
}

/// Runs git in `workdir` with the terminal: prompts, progress and errors
/// reach the user as with git itself.
fn run_git(workdir: &Path, args: &[&str]) -> Result<std::process::ExitStatus, CliError> {
    Command::new("git")
        .current_dir(workdir)
        .args(args)
        .stdin(Stdio::inherit())
        .stdout(Stdio::inherit())
        .stderr(Stdio::inherit())
        .status()
        .map_err(cannot_run)
}

/// Runs git in `workdir`, keeping what it prints.
fn capture_git(workdir: &Path, args: &[&str]) -> Result<Output, CliError> {
    Command::new("git")
        .current_dir(workdir)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .map_err(cannot_run)
}

fn cannot_run(e: std::io::Error) -> CliError {
    CliError::Failed(t!("cli-sync-cannot-run-git", error = e.to_string()))
}

fn git_failed(what: &str, out: &Output) -> CliError {
    let said = String::from_utf8_lossy(&out.stderr);
    let said = said.trim();
    let said = if said.is_empty() {
        t!("cli-sync-no-message")
    } else {
        said.to_string()
    };
    CliError::Failed(t!("cli-sync-git-failed", command = what, said = said))
}

#[cfg(test)]
mod tests {
    //! Each git command sync runs, run for real with a hostile operand:
    //! the operand must reach git as an operand, never as an option.

    #![allow(clippy::unwrap_used)]

    use super::*;

    const HOSTILE: &str = "--upload-pack=touch${IFS}proof-file;git-upload-pack";

    /// A clone `c` of a bare `o.git` with one pushed commit, sealed from
    /// the user's git config.
    struct Clone {
        tmp: tempfile::TempDir,
    }

    impl Clone {
        fn new() -> Clone {
            let clone = Clone {
                tmp: tempfile::tempdir().unwrap(),
            };
            clone.git("", &["init", "-q", "--bare", "-b", "main", "o.git"]);
            clone.git("", &["clone", "-q", "o.git", "c"]);
            clone.git("c", &["commit", "-q", "--allow-empty", "-m", "first"]);
            clone.git("c", &["push", "-q", "origin", "main"]);
            clone
        }

        fn dir(&self) -> std::path::PathBuf {
            self.tmp.path().join("c")
        }

        fn run(&self, cwd: &str, args: &[&str]) -> Output {
            Command::new("git")
                .current_dir(self.tmp.path().join(cwd))
                .args(args)
                .env("HOME", self.tmp.path())
                .env("XDG_CONFIG_HOME", self.tmp.path())
                .env("GIT_CONFIG_NOSYSTEM", "1")
                .env("GIT_CONFIG_GLOBAL", "/dev/null")
                .env("GIT_AUTHOR_NAME", "Dana Levi")
                .env("GIT_AUTHOR_EMAIL", "dana@example.com")
                .env("GIT_COMMITTER_NAME", "Dana Levi")
                .env("GIT_COMMITTER_EMAIL", "dana@example.com")
                .env_remove("GIT_DIR")
                .env_remove("GIT_WORK_TREE")
                .stdin(Stdio::null())
                .output()
                .unwrap()
        }

        fn git(&self, cwd: &str, args: &[&str]) {
            let out = self.run(cwd, args);
            assert!(
                out.status.success(),
                "git {args:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }

        /// The clone with a second remote named [`HOSTILE`], for the
        /// same bare repository.
        fn with_hostile_remote(self) -> Clone {
            self.git("c", &["remote", "add", "--", HOSTILE, "../o.git"]);
            self
        }

        fn proof_made(&self) -> bool {
            let found = |dir: &Path| dir.join("proof-file").exists();
            found(self.tmp.path()) || found(&self.dir()) || found(&self.tmp.path().join("o.git"))
        }
    }

    #[test]
    fn fetch_takes_the_remote_as_an_operand() {
        let clone = Clone::new().with_hostile_remote();
        let out = clone.run("c", &fetch_args(HOSTILE));
        assert!(!clone.proof_made(), "the remote name ran a command");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    #[test]
    fn push_takes_the_remote_and_refspec_as_operands() {
        let clone = Clone::new().with_hostile_remote();
        clone.git("c", &["commit", "-q", "--allow-empty", "-m", "second"]);
        let out = clone.run("c", &push_args(HOSTILE, "HEAD:refs/heads/main"));
        assert!(!clone.proof_made(), "the remote name ran a command");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// `--abort` as an option fails with "There is no merge to abort"; as
    /// an operand git says it cannot merge it.
    fn assert_operand(out: &Output) {
        let said = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success());
        assert!(said.contains("not something we can merge"), "{said}");
    }

    #[test]
    fn a_fast_forward_takes_the_upstream_as_an_operand() {
        let clone = Clone::new();
        assert_operand(&clone.run("c", &fast_forward_args("--abort")));
    }

    #[test]
    fn a_merge_takes_the_upstream_as_an_operand() {
        let clone = Clone::new();
        let up = Upstream {
            branch: "main".into(),
            remote: "origin".into(),
            merge: "refs/heads/main".into(),
            tracking: "--abort".into(),
            name: "origin/main".into(),
        };
        let args = merge_args(Path::new("/bin/false"), &up);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        assert_operand(&clone.run("c", &args));
    }
}
