//! `charter completions SHELL` and `charter man`: generated from the clap
//! definitions, so they name every command.

#![allow(clippy::unwrap_used)]

mod common;

use clap::CommandFactory as _;
use common::{code, stderr, stdout, Sandbox};

/// Every command and sub-command, as `charter review close`.
fn commands() -> Vec<String> {
    fn walk(cmd: &clap::Command, prefix: &str, out: &mut Vec<String>) {
        for sub in cmd.get_subcommands() {
            let name = format!("{prefix} {}", sub.get_name());
            out.push(name.clone());
            walk(sub, &name, out);
        }
    }
    let mut out = Vec::new();
    walk(&charter::cli::Cli::command(), "charter", &mut out);
    out
}

#[test]
fn completions_for_every_shell() {
    let sb = Sandbox::new();
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let out = sb.charter(&["completions", shell]);
        assert_eq!(code(&out), 0, "{shell}: {}", stderr(&out));
        let script = stdout(&out);
        for cmd in ["import", "status", "record", "completions", "man"] {
            assert!(script.contains(cmd), "{shell} lacks {cmd}");
        }
    }
    let bash = stdout(&sb.charter(&["completions", "bash"]));
    assert!(bash.starts_with("_charter() {"), "{bash}");
    assert!(bash.contains("complete -F _charter"), "{bash}");
    for cmd in commands() {
        let last = cmd.rsplit(' ').next().unwrap();
        assert!(bash.contains(last), "bash completions lack `{cmd}`");
    }
    // Options of a nested command complete too.
    assert!(bash.contains("--dry-run") && bash.contains("--date-format"));
    let out = sb.charter(&["completions", "tcsh"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("possible values"), "{}", stderr(&out));
}

#[test]
fn man_page_names_every_command() {
    let sb = Sandbox::new();
    let out = sb.charter(&["man"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let page = stdout(&out);
    let th = page.lines().position(|l| l.starts_with(".TH ")).unwrap();
    // Only roff's definitions of the quote character may come before .TH.
    assert!(page
        .lines()
        .take(th)
        .all(|l| l.starts_with(".ie") || l.starts_with(".el")));
    assert!(page.lines().nth(th).unwrap().starts_with(".TH charter 1"));
    for cmd in commands() {
        let heading = format!(".SH \"{}\"", cmd.to_uppercase());
        assert!(
            page.contains(&heading),
            "the man page has no section {heading}"
        );
    }
    assert!(page.contains("Exit codes: 0 ok"), "{page}");
}
