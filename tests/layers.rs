//! The layers only look down: the domain knows nothing of files, git, the
//! terminal or the command line, and the store nothing of the command line.

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
            "crate::cli",
            "Local::now",
            "Utc::now",
        ],
    );
}

#[test]
fn the_store_knows_no_command_line_or_terminal() {
    assert_layer_avoids("store", &["clap", "ratatui", "crossterm", "crate::cli"]);
}

#[test]
fn the_command_line_leaves_git_to_the_store() {
    assert_layer_avoids("cli", &["git2::", ".git2()"]);
}
