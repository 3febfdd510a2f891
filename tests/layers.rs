//! The layers only look down (see the README's layer map): `domain` knows
//! nothing of files, git, the terminal or the front ends; `store` reads and
//! writes files and git for it; `ops` runs the use cases on both; `present`
//! and `report` turn outcomes into words and documents; `cli` and `tui` are
//! the two front ends, and neither reaches into the other.

use std::fs;
use std::path::Path;

fn sources(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap_or_else(|e| panic!("{e}")).path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = fs::read_to_string(&path).unwrap_or_default();
            out.push((path.display().to_string(), text));
        }
    }
}

fn assert_layer_avoids(layer: &str, forbidden: &[&str]) {
    let mut files = Vec::new();
    sources(
        &Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("src")
            .join(layer),
        &mut files,
    );
    assert!(!files.is_empty(), "no sources under src/{layer}");
    let mut found = Vec::new();
    for (path, text) in &files {
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            for word in forbidden {
                if code.contains(word) {
                    found.push(format!("{path}:{}: uses `{word}`", n + 1));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "src/{layer} must not use these:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_domain_knows_no_files_git_terminal_or_clock() {
    assert_layer_avoids(
        "domain",
        &[
            "git2",
            "ratatui",
            "crossterm",
            "clap",
            "std::fs",
            "std::process",
            "crate::store",
            "crate::ops",
            "crate::present",
            "crate::report",
            "crate::cli",
            "crate::tui",
            "Local::now",
            "Utc::now",
        ],
    );
}

#[test]
fn the_store_knows_no_command_line_or_terminal() {
    assert_layer_avoids(
        "store",
        &[
            "clap",
            "ratatui",
            "crossterm",
            "crate::cli",
            "crate::tui",
            "crate::ops",
            "crate::present",
            "crate::report",
        ],
    );
}

#[test]
fn the_command_line_leaves_git_to_the_store() {
    assert_layer_avoids("cli", &["git2::", ".git2()"]);
}

/// What the UI and the command line both do lives in `ops` and `present`:
/// the UI never calls a command.
#[test]
fn the_ui_uses_no_command() {
    assert_layer_avoids("tui", &["crate::cli"]);
}

/// The use cases neither print nor draw, and know neither front end: they
/// return outcomes that each front end words its own way.
#[test]
fn the_use_cases_print_nothing_and_know_no_front_end() {
    assert_layer_avoids(
        "ops",
        &[
            "crate::cli",
            "crate::tui",
            "crate::report",
            "crate::present",
            "clap::",
            "ratatui",
            "crossterm",
            "print!",
            "println!",
            "eprintln!",
            "say!",
            "tell!",
            "std::io::stdout",
        ],
    );
}

/// Words and numbers are made from what the domain and the use cases
/// found: no files, git, terminal or front end.
#[test]
fn the_words_read_no_files_git_or_terminal() {
    assert_layer_avoids(
        "present",
        &[
            "std::fs",
            "git2",
            "std::process",
            "crate::store",
            "crate::cli",
            "crate::tui",
            "crate::report",
            "clap::",
            "ratatui",
            "crossterm",
            "println!",
        ],
    );
}

/// The committee report is rendered from the domain's report and the
/// shared words; the command decides where it is written.
#[test]
fn the_report_renders_without_files_git_or_front_end() {
    assert_layer_avoids(
        "report",
        &[
            "std::fs",
            "git2",
            "crate::store",
            "crate::cli",
            "crate::tui",
            "clap::",
            "ratatui",
            "crossterm",
        ],
    );
}
