//! Parser bombs (aliases, deep nesting) and a file too big to read: each
//! refused, early and in bounded time.

use super::*;

#[test]
fn alias_bomb_is_refused_without_expansion() {
    let sb = Sandbox::new();
    plan(&sb);
    // "Billion laughs": 9 levels of 9 aliases each, 9^9 leaves if expanded.
    let mut text = String::from("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for level in 1..9 {
        let refs = vec![format!("*a{}", level - 1); 9].join(", ");
        text.push_str(&format!("a{level}: &a{level} [{refs}]\n"));
    }
    text.push_str("goals: *a8\n");
    write_bytes(&sb, "goals.yaml", text.as_bytes());
    let error = expect_error(&sb, "goals.yaml", "aliases", LIMIT);
    // At the first alias, on the second line.
    assert_eq!((error.line, error.col), (2, 10), "{error:?}");
}

#[test]
fn hundred_thousand_open_brackets_are_refused() {
    let sb = Sandbox::new();
    plan(&sb);
    let text = format!("goals: {}", "[".repeat(100_000));
    write_bytes(&sb, "goals.yaml", text.as_bytes());
    let error = expect_error(&sb, "goals.yaml", "nesting deeper", LIMIT);
    assert_eq!(error.line, 1, "{error:?}");
}

/// The error points where the nesting gets too deep, whatever follows.
#[test]
fn deep_flow_nesting_is_reported_at_the_same_bracket_however_many_follow() {
    let positions: Vec<(usize, usize)> = [100, 1_000, 100_000]
        .into_iter()
        .map(|n| {
            let sb = Sandbox::new();
            plan(&sb);
            write_bytes(
                &sb,
                "goals.yaml",
                format!("goals: {}", "[".repeat(n)).as_bytes(),
            );
            let error = expect_error(&sb, "goals.yaml", "nesting deeper", LIMIT);
            (error.line, error.col)
        })
        .collect();
    assert!(
        positions.iter().all(|p| *p == positions[0]),
        "the same too-deep bracket is reported at different columns: {positions:?} \
         (for 100, 1,000 and 100,000 `[`)"
    );
}

/// 100,000 levels of block-mapping indentation would need a 5 GB file (each
/// level one space deeper), far past the size limit; 10,000 levels (50 MB,
/// under the limit) exercise the parser on the same shape.
#[test]
fn ten_thousand_levels_of_block_indentation_are_refused() {
    let sb = Sandbox::new();
    plan(&sb);
    let mut file = std::io::BufWriter::new(fs::File::create(path(&sb, "goals.yaml")).unwrap());
    file.write_all(b"goals:\n").unwrap();
    for level in 1..10_000 {
        writeln!(file, "{}k{level}:", " ".repeat(level)).unwrap();
    }
    file.flush().unwrap();
    drop(file);
    let error = expect_error(&sb, "goals.yaml", "nesting deeper", LIMIT);
    assert!(error.line <= 66, "reported far below the limit: {error:?}");
}

#[test]
fn hundred_thousand_levels_of_block_sequences_are_refused() {
    let sb = Sandbox::new();
    plan(&sb);
    let text = format!("goals:\n{}x\n", "- ".repeat(100_000));
    write_bytes(&sb, "goals.yaml", text.as_bytes());
    let error = expect_error(&sb, "goals.yaml", "nesting deeper", LIMIT);
    assert_eq!(error.line, 2, "{error:?}");
}

/// A 200 MB metrics.yaml of plausible readings.
fn huge_metrics(sb: &Sandbox) -> u64 {
    let original = fs::read_to_string(path(sb, "metrics.yaml")).unwrap();
    let head = original.split("\n  - id: asa").next().unwrap();
    let mut file = std::io::BufWriter::new(fs::File::create(path(sb, "metrics.yaml")).unwrap());
    file.write_all(head.as_bytes()).unwrap();
    file.write_all(b"\n    readings:\n").unwrap();
    let chunk = "      - { on: 2026-01-31, value: 63 }\n".repeat(10_000);
    let mut written = 0u64;
    while written < 200 * 1024 * 1024 {
        file.write_all(chunk.as_bytes()).unwrap();
        written += chunk.len() as u64;
    }
    file.flush().unwrap();
    fs::metadata(path(sb, "metrics.yaml")).unwrap().len()
}

#[test]
fn a_200_mb_metrics_file_is_refused_unread() {
    let sb = Sandbox::new();
    plan(&sb);
    let size = huge_metrics(&sb);
    let fast = Duration::from_secs(2);
    let error = expect_error(&sb, "metrics.yaml", "far bigger than any plan file", fast);
    assert_eq!((error.line, error.col), (1, 1), "{error:?}");
    assert!(
        error
            .message
            .contains(&format!("{} MB", size / (1024 * 1024))),
        "{error:?}"
    );
    // A command that writes refuses too, and leaves the file alone.
    let before = fs::metadata(path(&sb, "metrics.yaml")).unwrap();
    let record = run_bounded(&sb, PLAN, &RECORD_FCR, fast);
    record.assert_sane(fast);
    assert_eq!(record.code, 2, "{}", record.stderr);
    assert!(record.stderr.contains("metrics.yaml"), "{}", record.stderr);
    let after = fs::metadata(path(&sb, "metrics.yaml")).unwrap();
    assert_eq!(after.len(), before.len());
    assert_eq!(after.modified().unwrap(), before.modified().unwrap());
}
