//! `charter merge-driver` as git runs it, and the set-up `charter new`
//! makes for it: `.gitattributes` in the plan folder and the driver in the
//! repository's own config.

#![allow(clippy::unwrap_used)]

mod common;

use common::{code, stderr, Sandbox, TODAY};

const BASE: &str = "milestones:\n  - id: crm-case-view\n    title: CRM case view\n    due: 2026-04-30\n    status: planned\n  - id: ivr\n    title: IVR redesign  # keep this comment\n    due: 2026-06-30\n    status: planned\n";

/// Runs the driver on three versions written under `work/m/`; returns the
/// result (OURS after the run) and the output.
fn drive(sb: &Sandbox, ours: &str, theirs: &str) -> (String, std::process::Output) {
    drive_from(sb, BASE, ours, theirs)
}

fn drive_from(
    sb: &Sandbox,
    base: &str,
    ours: &str,
    theirs: &str,
) -> (String, std::process::Output) {
    sb.write("m/base", base);
    sb.write("m/ours", ours);
    sb.write("m/theirs", theirs);
    let out = sb.charter_in(
        "m",
        &[
            "merge-driver",
            "base",
            "ours",
            "theirs",
            "acme/milestones.yaml",
        ],
    );
    assert!(!stderr(&out).contains("panicked"), "{}", stderr(&out));
    (sb.read("m/ours"), out)
}

#[test]
fn new_sets_up_the_driver() {
    let sb = Sandbox::new();
    let out = sb.charter(&["--today", TODAY, "new", "acme"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let attributes = sb.read("acme/.gitattributes");
    assert!(attributes.contains("/milestones.yaml merge=charter\n"));
    assert!(attributes.contains("/reviews/*.yaml merge=charter\n"));
    assert_eq!(
        sb.git("acme", &["config", "--local", "merge.charter.driver"])
            .trim(),
        "charter merge-driver -- %O %A %B %P"
    );
    assert_eq!(
        sb.git("acme", &["check-attr", "merge", "metrics.yaml"])
            .trim(),
        "metrics.yaml: merge: charter"
    );
    // Committed with the plan.
    assert!(sb
        .git("acme", &["ls-files"])
        .lines()
        .any(|l| l == ".gitattributes"));
}

#[test]
fn different_items_merge_cleanly_keeping_comments() {
    let sb = Sandbox::new();
    let ours = BASE.replace("due: 2026-04-30", "due: 2026-05-15");
    let theirs = BASE.replace(
        "due: 2026-06-30\n    status: planned",
        "due: 2026-06-30\n    status: in_progress",
    );
    let (merged, out) = drive(&sb, &ours, &theirs);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        merged,
        BASE.replace("due: 2026-04-30", "due: 2026-05-15").replace(
            "due: 2026-06-30\n    status: planned",
            "due: 2026-06-30\n    status: in_progress"
        )
    );
}

/// git passes the file's path as `%P`; a plan folder whose name starts
/// with `-` must not turn into an option, which `--` before the
/// arguments makes sure of.
#[test]
fn a_path_starting_with_a_dash_is_still_a_path() {
    let sb = Sandbox::new();
    let ours = BASE.replace("due: 2026-04-30", "due: 2026-05-15");
    sb.write("m/base", BASE);
    sb.write("m/ours", &ours);
    sb.write("m/theirs", BASE);
    let out = sb.charter_in(
        "m",
        &[
            "merge-driver",
            "--",
            "base",
            "ours",
            "theirs",
            "--plan/milestones.yaml",
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(sb.read("m/ours"), ours);
}

#[test]
fn the_same_field_both_ways_is_a_conflict_with_both_values() {
    let sb = Sandbox::new();
    let ours = BASE.replace("due: 2026-04-30", "due: 2026-05-15");
    let theirs = BASE.replace("due: 2026-04-30", "due: 2026-06-01");
    let (merged, out) = drive(&sb, &ours, &theirs);
    assert_eq!(code(&out), 1);
    assert!(merged.contains(
        "  # charter merge conflict: milestones crm-case-view due: ours 2026-05-15, theirs 2026-06-01 (ours is kept)\n  - id: crm-case-view\n"
    ), "{merged}");
    assert!(merged.contains("due: 2026-05-15"));
    let err = stderr(&out);
    assert!(err.contains("acme/milestones.yaml: milestones crm-case-view due: ours 2026-05-15, theirs 2026-06-01"), "{err}");
    assert!(
        err.contains("`git add acme/milestones.yaml` and `git commit`"),
        "{err}"
    );
}

#[test]
fn a_version_that_does_not_parse_leaves_ours_untouched() {
    let sb = Sandbox::new();
    let ours = BASE.replace("due: 2026-04-30", "due: 2026-05-15");
    let theirs = BASE.replace(
        "status: planned\n  - id: ivr",
        "status: [planned\n  - id: ivr",
    );
    let (merged, out) = drive(&sb, &ours, &theirs);
    assert_eq!(code(&out), 1);
    assert_eq!(merged, ours);
    assert_eq!(sb.read("m/theirs"), theirs);
    let err = stderr(&out);
    assert!(
        err.contains(
            "cannot merge acme/milestones.yaml item by item: their version has an error at line"
        ),
        "{err}"
    );
    assert!(err.contains("git show :3:acme/milestones.yaml"), "{err}");
}

#[test]
fn git_merge_runs_the_driver_on_plan_files() {
    let sb = Sandbox::new();
    let out = sb.charter(&["--today", TODAY, "new", "acme"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    // The driver as configured, with this build of charter.
    let driver = format!(
        "'{}' merge-driver -- %O %A %B %P",
        env!("CARGO_BIN_EXE_charter")
    );
    sb.git("acme", &["config", "merge.charter.driver", &driver]);
    let path = "acme/metrics.yaml";
    sb.git("acme", &["switch", "-q", "-c", "other"]);
    let record = |on: &str, value: &str| {
        let out = sb.charter_in(
            "acme",
            &["--today", TODAY, "record", "fcr", value, "--on", on],
        );
        assert_eq!(code(&out), 0, "{}", stderr(&out));
    };
    record("2026-03-08", "64");
    sb.git("acme", &["switch", "-q", "main"]);
    record("2026-03-01", "63");
    sb.git("acme", &["merge", "-q", "--no-edit", "other"]);
    let merged = sb.read(path);
    assert!(merged.contains("{ on: 2026-03-01, value: 63 }"), "{merged}");
    assert!(merged.contains("{ on: 2026-03-08, value: 64 }"), "{merged}");
}

/// The comments of a text (its test texts hold no `#` in values).
fn comments(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|l| {
            let at = l.find(" #").map(|i| i + 1).or_else(|| {
                l.trim_start()
                    .starts_with('#')
                    .then(|| l.len() - l.trim_start().len())
            })?;
            Some(l[at..].trim_end().to_string())
        })
        .collect()
}

/// Merges `ours` and `theirs` of milestones.yaml from `base`, expecting a
/// clean merge whose values are those of `expected`, that loads without
/// an error and holds every comment of both sides.
fn merges_keeping_comments(base: &str, ours: &str, theirs: &str, expected: &str) -> String {
    let sb = Sandbox::new();
    let (merged, out) = drive_from(&sb, base, ours, theirs);
    assert_eq!(code(&out), 0, "{}\n{merged}", stderr(&out));
    for side in [ours, theirs] {
        for c in comments(side) {
            assert!(merged.contains(&c), "`{c}` is lost:\n{merged}");
        }
    }
    let rel = "milestones.yaml";
    let files = [(rel, merged.as_bytes())];
    let loaded = charter::store::plan_dir::load_from(
        std::path::Path::new("."),
        charter::store::plan_dir::Files::Memory(&files),
    )
    .unwrap();
    assert!(loaded.load_errors.is_empty(), "{:?}", loaded.load_errors);
    assert!(loaded.file(rel).unwrap().clean);
    assert_eq!(
        charter::domain::diff::file_value(&loaded.plan, rel),
        charter::store::plan_dir::parse_file(rel, expected.as_bytes()),
        "{merged}"
    );
    merged
}

const NEW_ITEM: &str = "  # added after the kick-off\n  - id: training\n    title: Train the reps  # all shifts\n    due: 2026-09-30\n    status: planned\n";

#[test]
fn a_comment_they_add_above_an_item_is_kept() {
    let ours = BASE.replace("due: 2026-06-30", "due: 2026-07-31");
    let theirs = BASE.replace(
        "  - id: crm-case-view",
        "  # the pilot comes first\n  - id: crm-case-view",
    );
    let merged = merges_keeping_comments(BASE, &ours, &theirs, &ours);
    assert_eq!(merged, theirs.replace("due: 2026-06-30", "due: 2026-07-31"));
}

#[test]
fn an_end_of_line_comment_they_add_on_an_item_we_changed_is_kept() {
    let ours = BASE.replace("due: 2026-04-30", "due: 2026-05-15");
    let theirs = BASE.replace(
        "due: 2026-04-30\n    status: planned",
        "due: 2026-04-30\n    status: planned  # waiting for the vendor",
    );
    let merged = merges_keeping_comments(BASE, &ours, &theirs, &ours);
    assert!(
        merged.contains("    due: 2026-05-15\n    status: planned  # waiting for the vendor\n"),
        "{merged}"
    );
}

#[test]
fn a_new_item_of_theirs_keeps_its_text_and_comments() {
    let ours = BASE.replace("due: 2026-04-30", "due: 2026-05-15");
    let theirs = format!("{BASE}{NEW_ITEM}");
    let expected = format!("{ours}{NEW_ITEM}");
    let merged = merges_keeping_comments(BASE, &ours, &theirs, &expected);
    assert_eq!(merged, expected);
}

#[test]
fn comments_both_sides_add_to_different_items_are_all_kept() {
    let ours = BASE
        .replace("  - id: ivr", "  # ours: after the pilot\n  - id: ivr")
        .replace("due: 2026-06-30", "due: 2026-07-31");
    let theirs = BASE
        .replace("title: CRM case view", "title: CRM case view  # theirs")
        .replace(
            "status: planned\n  - id: ivr",
            "status: in_progress\n  - id: ivr",
        );
    let expected = ours.replace("status: planned\n  # ours", "status: in_progress\n  # ours");
    let merged = merges_keeping_comments(BASE, &ours, &theirs, &expected);
    assert_eq!(
        merged,
        expected.replace("title: CRM case view", "title: CRM case view  # theirs")
    );
}

#[test]
fn crlf_on_their_side_keeps_our_line_ends_and_their_comments() {
    let ours = BASE.replace("due: 2026-06-30", "due: 2026-07-31");
    let theirs = format!("{BASE}{NEW_ITEM}")
        .replace(
            "title: CRM case view",
            "title: CRM case view  # from the vendor",
        )
        .replace('\n', "\r\n");
    let expected = format!("{ours}{NEW_ITEM}");
    let merged = merges_keeping_comments(BASE, &ours, &theirs, &expected);
    assert!(!merged.contains('\r'), "{merged:?}");
    assert!(merged.ends_with(NEW_ITEM), "{merged}");
    // And the other way round: our CRLF is kept for their lines too.
    let ours = ours.replace('\n', "\r\n");
    let theirs = theirs.replace("\r\n", "\n");
    let merged = merges_keeping_comments(BASE, &ours, &theirs, &expected);
    assert_eq!(merged.matches('\n').count(), merged.matches("\r\n").count());
    assert!(
        merged.ends_with(&NEW_ITEM.replace('\n', "\r\n")),
        "{merged}"
    );
}

#[test]
fn four_space_indentation_on_their_side_is_moved_to_our_list() {
    // `milestones:` then `    -   id: …` and the item's keys at 8.
    let four = |t: &str| {
        format!("\n{t}")
            .replace("\n    ", "\n\t")
            .replace("\n  - ", "\n    -   ")
            .replace("\n  #", "\n    #")
            .replace('\t', "        ")[1..]
            .to_string()
    };
    let ours = BASE.replace("due: 2026-06-30", "due: 2026-07-31");
    let theirs = four(&format!("{BASE}{NEW_ITEM}")).replace(
        "status: planned\n    -   id: ivr",
        "status: blocked  # vendor\n    -   id: ivr",
    );
    let expected = format!("{ours}{NEW_ITEM}").replace(
        "status: planned\n  - id: ivr",
        "status: blocked\n  - id: ivr",
    );
    let merged = merges_keeping_comments(BASE, &ours, &theirs, &expected);
    // Their new item, at our list's dash column, its own indentation inside.
    assert!(
        merged.contains(
            "  # added after the kick-off\n  -   id: training\n      title: Train the reps  # all shifts\n"
        ),
        "{merged}"
    );
    assert!(merged.contains("status: blocked  # vendor"), "{merged}");
}

#[test]
fn indentless_lists_merge_with_indented_ones_either_way() {
    let indentless = |t: &str| format!("\n{t}").replace("\n  ", "\n")[1..].to_string();
    let ours = BASE.replace("due: 2026-06-30", "due: 2026-07-31");
    let theirs = format!("{BASE}{NEW_ITEM}")
        .replace("title: CRM case view", "title: CRM case view  # theirs");
    let expected = format!("{ours}{NEW_ITEM}");
    // Ours indentless, theirs indented.
    let merged = merges_keeping_comments(&indentless(BASE), &indentless(&ours), &theirs, &expected);
    assert!(merged.ends_with(&indentless(NEW_ITEM)), "{merged}");
    // Ours indented, theirs indentless.
    let merged = merges_keeping_comments(BASE, &ours, &indentless(&theirs), &expected);
    assert!(merged.ends_with(NEW_ITEM), "{merged}");
}

#[test]
fn comments_in_the_header_and_trailer_of_both_sides_are_kept() {
    let ours = format!(
        "# Acme milestones\n{}",
        BASE.replace("due: 2026-06-30", "due: 2026-07-31")
    );
    let theirs = format!("# reviewed by the committee\n{BASE}# more to come\n");
    let merged = merges_keeping_comments(BASE, &ours, &theirs, &ours);
    assert!(
        merged.starts_with("# Acme milestones\n# reviewed by the committee\n"),
        "{merged}"
    );
    assert!(merged.ends_with("# more to come\n"), "{merged}");
}

#[test]
fn the_driver_speaks_the_plans_language_and_keeps_its_prefix() {
    let sb = Sandbox::new();
    sb.write(
        "m/acme/plan.yaml",
        "schema: 1\nid: acme\ntitle: Acme\nstart: 2026-01-05\nend: 2026-12-31\nlanguage: he\n",
    );
    let ours = BASE.replace("due: 2026-04-30", "due: 2026-05-15");
    let theirs = BASE.replace("due: 2026-04-30", "due: 2026-06-01");
    let (_, out) = drive(&sb, &ours, &theirs);
    assert_eq!(code(&out), 1);
    let err = stderr(&out);
    assert!(
        err.starts_with("charter: התנגשות מיזוג ב-acme/milestones.yaml: שינוי אחד נעשה"),
        "{err}"
    );
    assert!(err.contains("`git add acme/milestones.yaml`"), "{err}");
    assert!(!err.contains("made differently"), "{err}");
    // Unmergeable: the line `charter sync` reads starts `charter: ` too.
    let theirs = BASE.replace(
        "status: planned\n  - id: ivr",
        "status: [planned\n  - id: ivr",
    );
    let (_, out) = drive(&sb, &ours, &theirs);
    let err = stderr(&out);
    assert!(
        err.starts_with("charter: אי אפשר למזג את acme/milestones.yaml"),
        "{err}"
    );
}
