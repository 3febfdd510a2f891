//! User data that would drive the terminal or the Markdown renderer: the
//! real binary on the example plan with its titles, names, notes and action
//! texts replaced by hostile strings, a commit by an author whose name holds
//! escape sequences, and CSV files carrying them.
//!
//! Terminal output must show control characters escaped (`\u{1b}`), never
//! emit them; Markdown output must carry no markup from user data.

#![allow(clippy::unwrap_used)]

mod common;

use std::process::Output;

use common::{code, stderr, stdout, Sandbox};

/// Screen clear, window title, OSC 52 clipboard write, C1 CSI, and a
/// right-to-left override.
const CONTROLS: [&str; 5] = [
    "\u{1b}[2J",
    "\u{1b}]0;pwned\u{7}",
    "\u{1b}]52;c;SGVsbG8=\u{7}",
    "\u{9b}31m",
    "\u{202e}evil",
];

const MARKUP: [&str; 8] = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "a | b",
    "[link](javascript:alert(1))",
    "**bold**",
    "`code`",
    "# heading",
    "line\nbreak",
];

const TODAY: &str = "2026-11-23";

/// `text` as a YAML double-quoted scalar (JSON's escapes are YAML's).
fn quoted(text: &str) -> String {
    serde_json::to_string(text).unwrap()
}

/// Replaces the value of every `key:` in `text`, block (`key: value` alone
/// on its line) or flow (`{ key: value, … }`), with the next of `values`.
fn poison(text: &str, key: &str, values: &mut impl Iterator<Item = String>) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let trimmed = line.trim_start().trim_start_matches("- ");
        let block = format!("{key}: ");
        if trimmed.starts_with(&block) && !trimmed[block.len()..].starts_with('{') {
            let at = line.len() - trimmed.len() + block.len();
            out.push_str(&line[..at]);
            out.push_str(&quoted(&values.next().unwrap()));
        } else {
            let mut rest = line;
            let mut done = String::new();
            while let Some(at) = ["{ ", ", "]
                .iter()
                .filter_map(|p| rest.find(&format!("{p}{key}: ")).map(|i| i + p.len()))
                .min()
            {
                let start = at + key.len() + 2;
                // A quoted value may hold commas; a plain one ends at one.
                let end = match rest[start..].strip_prefix('"') {
                    Some(quoted) => quoted.find('"').map_or(rest.len(), |e| start + e + 2),
                    None => rest[start..]
                        .find([',', '}'])
                        .map_or(rest.len(), |e| start + e),
                };
                let end = rest[..end].trim_end().len();
                done.push_str(&rest[..start]);
                done.push_str(&quoted(&values.next().unwrap()));
                rest = &rest[end..];
            }
            out.push_str(&done);
            out.push_str(rest);
        }
        out.push('\n');
    }
    out
}

/// The example plan at `work/p` with every title, name, note and action
/// text replaced by the next of `values`.
fn hostile_plan(sb: &Sandbox, values: &mut impl Iterator<Item = String>) {
    sb.copy_from_project("plans/example-service", "p");
    poison_plan(sb, values);
}

/// Replaces every title, name, note and action text of the plan at
/// `work/p` by the next of `values`.
fn poison_plan(sb: &Sandbox, values: &mut impl Iterator<Item = String>) {
    let mut files = vec![
        ("plan.yaml", vec!["title", "name"]),
        ("milestones.yaml", vec!["title"]),
        ("metrics.yaml", vec!["name"]),
        ("agents.yaml", vec!["name"]),
        ("committee.yaml", vec!["name"]),
        ("workshops.yaml", vec!["name", "topic"]),
    ];
    let reviews: Vec<String> = std::fs::read_dir(sb.work().join("p/reviews"))
        .unwrap()
        .map(|e| format!("reviews/{}", e.unwrap().file_name().to_string_lossy()))
        .collect();
    for r in &reviews {
        files.push((r.as_str(), vec!["title", "note", "text"]));
    }
    for (file, keys) in files {
        let path = format!("p/{file}");
        let mut text = sb.read(&path);
        for key in keys {
            text = poison(&text, key, values);
        }
        sb.write(&path, &text);
    }
    // Hostile text, not a broken plan: every command sees all of it.
    let out = sb.charter_in("p", &["--today", TODAY, "check", "--format", "json"]);
    let diags: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(diags["errors"], serde_json::json!([]), "{}", stdout(&out));
}

fn run(sb: &Sandbox, args: &[&str]) -> Output {
    let mut all = vec!["--today", TODAY];
    all.extend_from_slice(args);
    let out = sb.charter_in("p", &all);
    assert!(
        code(&out) == 0 || code(&out) == 1,
        "charter {args:?} failed:\n{}",
        stderr(&out)
    );
    out
}

/// No control character reaches the terminal, and hostile data did reach
/// the output, escaped (so the check is not vacuous).
fn assert_escaped(args: &[&str], out: &Output) {
    for (stream, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
        let text = String::from_utf8_lossy(bytes);
        let bad: Vec<char> = text
            .chars()
            .filter(|&c| {
                (c.is_control() && c != '\n' && c != '\t')
                    || ('\u{202a}'..='\u{202e}').contains(&c)
                    || ('\u{2066}'..='\u{2069}').contains(&c)
            })
            .collect();
        assert!(
            bad.is_empty(),
            "charter {args:?} wrote {bad:?} to {stream}:\n{text}"
        );
        assert!(!bytes.contains(&0x1b), "charter {args:?}: ESC on {stream}");
    }
    let both = stdout(out) + &stderr(out);
    assert!(
        ["\\u{1b}", "\\u{9b}", "\\u{202e}"]
            .iter()
            .any(|e| both.contains(e)),
        "charter {args:?} showed no hostile text, escaped or not:\n{both}"
    );
}

fn controls() -> impl Iterator<Item = String> {
    (0..).map(|i| format!("Item {i} {} end", CONTROLS[i % CONTROLS.len()]))
}

/// A repository whose first commit is the example plan and whose second,
/// by an author named with escape sequences, makes it hostile.
fn hostile_repo() -> Sandbox {
    let sb = Sandbox::new();
    sb.copy_from_project("plans/example-service", "p");
    sb.repo_init("p");
    sb.git("p", &["add", "-A"]);
    sb.git("p", &["commit", "-q", "-m", "the example plan"]);
    poison_plan(&sb, &mut controls());
    sb.git("p", &["add", "-A"]);
    sb.git(
        "p",
        &[
            "commit",
            "-q",
            "--author",
            "Eve \u{1b}]0;pwned\u{7}\u{1b}[2J <eve@example.com>",
            "-m",
            "titles \u{1b}]52;c;SGVsbG8=\u{7} changed \u{9b}31m",
        ],
    );
    sb
}

#[test]
fn every_command_shows_control_characters_escaped() {
    let sb = hostile_repo();
    for args in [
        &["status"][..],
        &["status", "--format", "markdown"],
        &["diff", "HEAD~1", "HEAD"],
        &["exceptions"],
        &["exceptions", "--format", "markdown"],
        &["trend", "milestones"],
        &["trend", "metric", "fcr"],
        &["log"],
        &["log", "--changes"],
        &["report", "--format", "markdown"],
        &["report"],
    ] {
        assert_escaped(args, &run(&sb, args));
    }
    let log = stdout(&run(&sb, &["log"]));
    assert!(
        log.contains("Eve \\u{1b}]0;pwned\\u{7}\\u{1b}[2J"),
        "the author is shown escaped:\n{log}"
    );
}

#[test]
fn json_output_stays_valid_and_carries_no_control_character() {
    let sb = hostile_repo();
    for args in [
        &["status", "--format", "json"][..],
        &["diff", "HEAD~1", "HEAD", "--format", "json"],
        &["exceptions", "--format", "json"],
        &["trend", "milestones", "--format", "json"],
        &["log", "--format", "json"],
    ] {
        let out = run(&sb, args);
        let text = stdout(&out);
        assert!(
            !text
                .chars()
                .any(|c| (c.is_control() && c != '\n') || c == '\u{202e}'),
            "charter {args:?}:\n{text}"
        );
        let value: serde_json::Value = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("charter {args:?} wrote invalid JSON ({e}):\n{text}"));
        // The hostile text is kept as data, only written as JSON escapes.
        let again = value.to_string();
        assert!(
            again.contains("\\u001b") || again.contains('\u{9b}') || again.contains('\u{202e}'),
            "charter {args:?} lost the hostile text:\n{text}"
        );
    }
}

#[test]
fn check_shows_a_hostile_message_and_excerpt_escaped() {
    let sb = Sandbox::new();
    sb.copy_from_project("plans/example-service", "p");
    // An unknown owner quoted in the message; a raw ESC in the excerpt.
    let path = "p/milestones.yaml";
    let text = sb.read(path).replacen(
        "    owner: dana\n",
        "    owner: \"dana\\u001b]0;pwned\\u0007\" # \u{1b}[2J\n",
        1,
    );
    // A raw ESC before the column an error points at, on the same line.
    let text = text.replacen(
        "{ title: Export 12 months of CRM and CTI data to BI, owner: michael",
        "{ title: \"Export \u{1b}[2J\", owner: nobody",
        1,
    );
    sb.write(path, &text);
    let out = run(&sb, &["check"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert_escaped(&["check"], &out);
    let shown = stdout(&out);
    assert!(shown.contains("\\u{1b}"), "{shown}");
    // The caret sits under `nobody`: the escape's columns are counted.
    let lines: Vec<&str> = shown.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.contains("owner: nobody"))
        .unwrap_or_else(|| panic!("no excerpt of the action in:\n{shown}"));
    assert!(lines[at].contains("\"Export \\u{1b}[2J\""), "{shown}");
    assert_eq!(
        lines[at + 1].find('^'),
        lines[at].find("nobody"),
        "the caret is off:\n{shown}"
    );
    let out = run(&sb, &["check", "--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert!(value["errors"].as_array().is_some_and(|e| !e.is_empty()));
}

/// The example plan in a repository, and `name` at `p/exports/name`.
fn with_csv(name: &str, csv: &str) -> Sandbox {
    let sb = Sandbox::new();
    sb.copy_from_project("plans/example-service", "p");
    sb.repo_init("p");
    sb.git("p", &["add", "-A"]);
    sb.git("p", &["commit", "-q", "-m", "the example plan"]);
    sb.write(&format!("exports/{name}"), csv);
    sb
}

#[test]
fn import_shows_hostile_cells_and_headers_escaped() {
    let header = "metric,date,value,note \u{1b}]52;c;SGVsbG8=\u{7}\n";
    let sb = with_csv("ok.csv", &format!("{header}fcr,2026-11-20,70,x\n"));
    let dry = ["import", "readings", "../exports/ok.csv", "--dry-run"];
    assert_escaped(&dry, &run(&sb, &dry));
    let real = ["import", "readings", "../exports/ok.csv"];
    let out = run(&sb, &real);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_escaped(&real, &out);

    let sb = with_csv(
        "bad.csv",
        "metric,date,value\nfcr\u{1b}[2J\u{9b}31m,2026-11-20,70\n",
    );
    let args = ["import", "readings", "../exports/bad.csv"];
    let out = run(&sb, &args);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert_escaped(&args, &out);
}

fn markup() -> impl Iterator<Item = String> {
    let all = MARKUP.join(" ");
    (0..).map(move |i| format!("{} {all}", MARKUP[i % MARKUP.len()]))
}

/// The pipes that split a table row into cells (not the escaped ones).
fn cell_pipes(row: &str) -> usize {
    let mut n = 0;
    let mut escaped = false;
    for c in row.chars() {
        match c {
            '\\' if !escaped => escaped = true,
            '|' if !escaped => n += 1,
            _ => escaped = false,
        }
    }
    n
}

fn assert_no_markup(args: &[&str], md: &str) {
    assert!(
        md.contains("&lt;script&gt;"),
        "charter {args:?} showed none of the hostile text:\n{md}"
    );
    let lower = md.to_lowercase();
    for raw in ["<script", "<img", "[link](", "**bold**", "`code`", "\u{1b}"] {
        assert!(
            !lower.contains(raw),
            "charter {args:?} let {raw:?} through:\n{md}"
        );
    }
    for (i, _) in md.match_indices("# heading") {
        assert!(
            md[..i].ends_with('\\'),
            "charter {args:?} let a heading through:\n{md}"
        );
    }
    let mut header: Option<usize> = None;
    for line in md.lines() {
        assert!(
            !line.starts_with("break"),
            "charter {args:?} let a newline through:\n{md}"
        );
        if line.starts_with('|') {
            let n = cell_pipes(line);
            let expected = *header.get_or_insert(n);
            assert_eq!(
                n, expected,
                "charter {args:?}: a row with another column count:\n{line}\n\n{md}"
            );
        } else {
            header = None;
        }
    }
}

#[test]
fn markdown_carries_no_markup_from_user_data() {
    let sb = Sandbox::new();
    hostile_plan(&sb, &mut markup());
    for args in [
        &["status", "--format", "markdown"][..],
        &["exceptions", "--format", "markdown"],
        &["report", "--format", "markdown"],
    ] {
        let out = run(&sb, args);
        assert_no_markup(args, &stdout(&out));
    }
    // The report's sections on the method hold user text too.
    let report = stdout(&run(&sb, &["report", "--format", "markdown"]));
    for section in ["by unit", "## Management routines", "## Workshop tools"] {
        assert!(report.contains(section), "no {section:?} in:\n{report}");
    }
}
