//! Regressions the fuzzer found. Each is a minimized input that broke a
//! property; it fails until fixed.

use crate::properties::check;
use crate::seeds::PlanFiles;

/// Fails with the property the files break, if any.
#[track_caller]
fn assert_passes(files: &[(&str, &[u8])]) {
    let files: PlanFiles = files
        .iter()
        .map(|(n, b)| (n.to_string(), b.to_vec()))
        .collect();
    if let Err(f) = check(&files) {
        panic!("{}\n{}", f.key, f.detail);
    }
}

/// A syntax error found at the very end of a file that does not end in a
/// newline is reported on the line after the last one (the parser's
/// position past the end is passed on as it is). `":\ns"` gives
/// `plan.yaml:3:1` in a file of two lines; the goals file gives
/// `goals.yaml:5:1` in a file of four.
#[test]
fn regression_syntax_error_at_the_end_of_a_file_without_a_final_newline() {
    assert_passes(&[("plan.yaml", b":\ns")]);
    assert_passes(&[("goals.yaml", b"goals:\n  - id: a\n    title: x\n  bad")]);
}

/// A file holding only `? ` (an explicit, empty key): the parser places the
/// key one line past the end of the file. Found by `scripts/fuzz`.
#[test]
fn regression_an_empty_explicit_key_at_the_end_of_a_file() {
    assert_passes(&[("plan.yaml", b"? ")]);
}

/// A lone `\r` (old Mac line end) is a line break to the YAML parser but
/// not to `charter check`, which shows `text.lines()`: positions after it
/// point below the last line, or past the end of their line. The first
/// file gives `plan.yaml:6:1` in a file of two lines (one `\n`); the
/// second `plan.yaml:2:5` on the empty line after the `\n`.
#[test]
fn regression_a_lone_carriage_return_shifts_positions() {
    assert_passes(&[(
        "plan.yaml",
        b"schema: 1\rid: e\rtitle: T\rstart: 2026-01-05\rend: 2026-12-31\rbad: 1\n",
    )]);
    assert_passes(&[("plan.yaml", b"schema: 1\rid: [\n")]);
}

/// `fmt` on a plan that loads without errors but holds a lone `\r` at
/// the start of a line writes a file that no longer loads: the line
/// `id: e` is written twice (`schema: 1\n\rid: e\nid: e\ntitle: A…`),
/// a duplicate key. The line numbers the writer splices by count the `\r`
/// as a line break, its line splitting does not.
#[test]
fn regression_fmt_duplicates_a_line_after_a_lone_carriage_return() {
    assert_passes(&[(
        "plan.yaml",
        b"schema: 1\n\rid: e\ntitle: A\nstart: 2026-01-05\nend: 2026-12-31\n",
    )]);
}

/// `fmt` writes a text that ends in ` -` as a plain scalar inside a flow
/// record or list (`name: M -, role: member`), which the parser refuses
/// ("plain scalar cannot start with '-' followed by ,[]{}"): the plan that
/// loaded without errors no longer loads. The writer must quote it
/// (`name: "M -"`).
#[test]
fn regression_fmt_writes_a_text_ending_in_a_dash_unquoted_in_flow_style() {
    let plan: &[u8] = b"schema: 1\nid: e\ntitle: t\nstart: 2026-01-05\nend: 2026-12-31\n";
    assert_passes(&[
        ("plan.yaml", plan),
        (
            "committee.yaml",
            b"members:\n  - { id: o, name: \"M -\", role: member }\n",
        ),
    ]);
    assert_passes(&[
        ("plan.yaml", plan),
        ("charter.yaml", b"values: [\"M -\", b]\n"),
    ]);
}
