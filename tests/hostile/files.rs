//! Links, and folders where files belong (and the reverse).

use super::*;

#[test]
fn a_link_to_a_file_outside_the_plan_is_refused() {
    let sb = Sandbox::new();
    plan(&sb);
    sb.write("elsewhere/goals.yaml", &sb.read("p/goals.yaml"));
    fs::remove_file(path(&sb, "goals.yaml")).unwrap();
    std::os::unix::fs::symlink(
        sb.work().join("elsewhere/goals.yaml"),
        path(&sb, "goals.yaml"),
    )
    .unwrap();
    let error = expect_error(&sb, "goals.yaml", "outside the plan folder", LIMIT);
    assert_eq!((error.line, error.col), (1, 1));
}

#[test]
fn a_link_to_nothing_is_refused() {
    let sb = Sandbox::new();
    plan(&sb);
    fs::remove_file(path(&sb, "goals.yaml")).unwrap();
    std::os::unix::fs::symlink("missing.yaml", path(&sb, "goals.yaml")).unwrap();
    let run = check(&sb, LIMIT);
    assert_eq!(run.code, 1, "{}", run.stdout);
    let errors = run.errors_in("goals.yaml");
    assert_eq!(errors.len(), 1, "{}", run.stdout);
    errors[0].assert_says_what_to_do();
}

#[test]
fn a_link_to_a_file_inside_the_plan_is_fine() {
    let sb = Sandbox::new();
    plan(&sb);
    fs::create_dir(path(&sb, "parts")).unwrap();
    fs::rename(path(&sb, "goals.yaml"), path(&sb, "parts/goals.yaml")).unwrap();
    std::os::unix::fs::symlink("parts/goals.yaml", path(&sb, "goals.yaml")).unwrap();
    let run = check(&sb, LIMIT);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(run.errors_in("goals.yaml").is_empty());
}

/// check accepts metrics.yaml as a link inside the plan, so record must
/// either write through the link or refuse; replacing the link with a
/// regular file silently forks the data (the linked file never gets the
/// reading).
#[test]
fn record_through_a_link_inside_the_plan_keeps_the_link() {
    let sb = Sandbox::new();
    plan(&sb);
    fs::create_dir(path(&sb, "parts")).unwrap();
    fs::rename(path(&sb, "metrics.yaml"), path(&sb, "parts/metrics.yaml")).unwrap();
    std::os::unix::fs::symlink("parts/metrics.yaml", path(&sb, "metrics.yaml")).unwrap();
    let before = read_bytes(&sb, "parts/metrics.yaml");
    let run = run_bounded(&sb, PLAN, &RECORD_FCR, LIMIT);
    run.assert_sane(LIMIT);
    let link = fs::symlink_metadata(path(&sb, "metrics.yaml")).unwrap();
    assert!(
        link.file_type().is_symlink(),
        "record (exit {}) replaced the link metrics.yaml -> parts/metrics.yaml with a regular file; \
         parts/metrics.yaml {} the reading",
        run.code,
        if read_bytes(&sb, "parts/metrics.yaml") == before {
            "did not get"
        } else {
            "got"
        }
    );
    let target = String::from_utf8(read_bytes(&sb, "parts/metrics.yaml")).unwrap();
    match run.code {
        0 => assert!(target.contains("{ on: 2026-03-01, value: 66 }"), "{target}"),
        2 => assert_eq!(target.as_bytes(), before, "refused, yet the file changed"),
        other => panic!("exit {other}: {}", run.stderr),
    }
}

/// A metrics.yaml that does not parse has metrics charter cannot see: record
/// must say the file has errors, not that the metric does not exist.
#[test]
fn record_on_a_metrics_file_with_a_syntax_error_says_so() {
    let sb = Sandbox::new();
    plan(&sb);
    let mut bytes = read_bytes(&sb, "metrics.yaml");
    bytes.extend_from_slice(b"<<<<<<< HEAD\n");
    write_bytes(&sb, "metrics.yaml", &bytes);
    let run = run_bounded(&sb, PLAN, &RECORD_FCR, LIMIT);
    run.assert_sane(LIMIT);
    assert_eq!(run.code, 2, "{}", run.stdout);
    assert!(
        run.stderr.contains("metrics.yaml has errors") && run.stderr.contains("charter check"),
        "misleading message for a metrics.yaml that does not parse: {}",
        run.stderr
    );
    assert_eq!(read_bytes(&sb, "metrics.yaml"), bytes);
}

#[test]
fn a_plan_folder_that_is_a_file_is_a_usage_error() {
    let sb = Sandbox::new();
    sb.write("somefile", "not a plan\n");
    let run = run_bounded(
        &sb,
        "",
        &["--plan", "somefile", "--today", TODAY, "check"],
        LIMIT,
    );
    run.assert_sane(LIMIT);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("is a file, not a folder"),
        "{}",
        run.stderr
    );
    assert_eq!(sb.read("somefile"), "not a plan\n");
}

/// A plan.yaml that is a folder is not "no plan": say what is wrong with it.
#[test]
fn a_plan_yaml_that_is_a_folder_is_named() {
    let sb = Sandbox::new();
    plan(&sb);
    fs::remove_file(path(&sb, "plan.yaml")).unwrap();
    fs::create_dir(path(&sb, "plan.yaml")).unwrap();
    for (cwd, args) in [
        ("", vec!["--plan", PLAN, "--today", TODAY, "check"]),
        (PLAN, vec!["--today", TODAY, "check"]),
    ] {
        let run = run_bounded(&sb, cwd, &args, LIMIT);
        run.assert_sane(LIMIT);
        assert_eq!(run.code, 2, "{}", run.stderr);
        assert!(
            run.stderr.contains("plan.yaml") && run.stderr.contains("is a folder"),
            "charter {args:?} does not say that plan.yaml is a folder: {}",
            run.stderr
        );
    }
}

/// A file named `reviews` where the reviews folder belongs hides every
/// review; it must be reported, not silently taken as "no reviews".
#[test]
fn a_reviews_file_instead_of_a_folder_is_reported() {
    let sb = Sandbox::new();
    plan(&sb);
    sb.write(
        "p/reviews",
        "date: 2026-02-02\ntitle: First steering review\nattendees: [dana]\n",
    );
    let run = check(&sb, LIMIT);
    let about_reviews: Vec<Diag> = run
        .diagnostics()
        .into_iter()
        .filter(|d| d.file.starts_with("reviews"))
        .collect();
    assert!(
        run.code == 1 && !about_reviews.is_empty(),
        "exit {}, and nothing says that `reviews` is a file, not a folder:\n{}",
        run.code,
        run.stdout
    );
    about_reviews[0].assert_says_what_to_do();
}

#[test]
fn a_folder_where_a_file_belongs_is_reported() {
    let sb = Sandbox::new();
    plan(&sb);
    fs::remove_file(path(&sb, "goals.yaml")).unwrap();
    fs::create_dir(path(&sb, "goals.yaml")).unwrap();
    fs::create_dir_all(path(&sb, "reviews/2026-02-02.yaml")).unwrap();
    expect_error(&sb, "goals.yaml", "folder", LIMIT);
    expect_error(&sb, "reviews/2026-02-02.yaml", "folder", LIMIT);
}
