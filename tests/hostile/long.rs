//! Long lines and long lists, checked in bounded time with output of
//! sane size.

use super::*;

/// One 1 MB line holding 18,000 goals in flow style: every goal gets its
/// warning (no milestone), in bounded time and with output of sane size.
#[test]
fn a_one_megabyte_line_of_goals_is_checked_in_bounded_time() {
    let sb = Sandbox::new();
    plan(&sb);
    let goals: Vec<String> = (0..18_000)
        .map(|i| format!("{{id: g{i}, title: Goal {i}, horizon: short, owner: dana}}"))
        .collect();
    let text = format!("{{goals: [{}]}}", goals.join(", "));
    assert!(text.len() > 1_000_000 && !text.contains('\n'));
    write_bytes(&sb, "goals.yaml", text.as_bytes());
    let run = check(&sb, LIMIT);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stdout_bytes < 32 * 1024 * 1024,
        "{} bytes of output for 18,000 diagnostics",
        run.stdout_bytes
    );
    let warnings: Vec<Diag> = run
        .diagnostics()
        .into_iter()
        .filter(|d| d.file == "goals.yaml" && d.message.contains("has no milestones"))
        .collect();
    assert_eq!(warnings.len(), 18_000);
    for w in warnings.iter().step_by(997) {
        w.assert_inside(text.as_bytes());
    }
    // The excerpt under a diagnostic stays short however long the line.
    let longest = run.stdout.lines().map(str::len).max().unwrap_or(0);
    assert!(longest < 1000, "an output line of {longest} bytes");
}

/// A file that is one 1 MB word: the message must not quote all of it.
#[test]
fn a_one_megabyte_scalar_is_not_quoted_whole() {
    let sb = Sandbox::new();
    plan(&sb);
    write_bytes(&sb, "goals.yaml", "x".repeat(1_000_000).as_bytes());
    let run = check(&sb, LIMIT);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let errors = run.errors_in("goals.yaml");
    assert_eq!(errors.len(), 1, "{:?}", errors);
    errors[0].assert_inside(&read_bytes(&sb, "goals.yaml"));
    let longest = run.stdout.lines().map(str::len).max().unwrap_or(0);
    assert!(
        longest < 1000,
        "an output line of {longest} bytes: the diagnostic quotes the whole value"
    );
}

/// A 1 MB line with no `key:` at the end of a file: the YAML parser's own
/// words ("simple key expect ':'") are not enough; say what to do.
#[test]
fn a_one_megabyte_line_without_a_colon_gets_a_hint() {
    let sb = Sandbox::new();
    plan(&sb);
    let mut bytes = read_bytes(&sb, "charter.yaml");
    bytes.extend(std::iter::repeat_n(b'x', 1_000_000));
    write_bytes(&sb, "charter.yaml", &bytes);
    expect_error(&sb, "charter.yaml", "", LIMIT);
}

#[test]
fn ten_thousand_unknown_fields_are_all_reported_in_bounded_time() {
    let sb = Sandbox::new();
    plan(&sb);
    let extra: String = (0..10_000)
        .map(|i| format!("    unknwon-{i}: x\n"))
        .collect();
    let goals = sb.read("p/goals.yaml").replacen(
        "    horizon: short\n    owner: dana\n",
        &format!("    horizon: short\n    owner: dana\n{extra}"),
        1,
    );
    sb.write("p/goals.yaml", &goals);
    let run = check(&sb, LIMIT);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let unknown: Vec<Diag> = run
        .errors_in("goals.yaml")
        .into_iter()
        .filter(|d| d.message.contains("unknown field"))
        .collect();
    assert_eq!(unknown.len(), 10_000);
    // Each at its own line, in order, inside the file.
    for (i, d) in unknown.iter().enumerate() {
        assert_eq!(d.line, 6 + i, "{d:?}");
        assert!(d.message.contains(&format!("`unknwon-{i}`")), "{d:?}");
    }
    unknown[9_999].assert_inside(goals.as_bytes());
    unknown[0].assert_says_what_to_do();
    let (_, json) = check_json(&sb, LIMIT);
    assert_eq!(json["errors"].as_array().unwrap().len(), 10_000);
}

#[test]
fn hundred_thousand_milestones_with_one_id_are_reported_in_bounded_time() {
    let sb = Sandbox::new();
    plan(&sb);
    let item = "  - { id: same, title: T, goal: answer-faster, phase: define, owner: dana, \
                start: 2026-01-05, due: 2026-02-01, status: planned }\n";
    let text = format!("milestones:\n{}", item.repeat(100_000));
    sb.write("p/milestones.yaml", &text);
    let started = Instant::now();
    let (run, json) = check_json(&sb, LIMIT);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let duplicates = json["errors"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["code"] == "duplicate-id")
        .count();
    assert_eq!(duplicates, 99_999, "took {:?}", started.elapsed());
    let run = check(&sb, LIMIT);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let text_duplicates = run
        .errors_in("milestones.yaml")
        .iter()
        .filter(|d| d.message.contains("duplicate milestone id `same`"))
        .count();
    assert_eq!(text_duplicates, 99_999);
}
