//! Index states found before a save: files git hides or the work tree
//! lacks, and index entries a stopped commit left behind HEAD.

use super::*;

/// A repository with `a.yaml` and `reviews/r.yaml` committed.
fn committed() -> TestRepo {
    let t = repo_init();
    t.write("a.yaml", "a: 1\n");
    t.write("reviews/r.yaml", "r: 1\n");
    t.commit(&["a.yaml", "reviews/r.yaml"], "Start").unwrap();
    t
}

fn problem(t: &TestRepo, rel: &str) -> Option<String> {
    t.repo
        .check_visible(&[t.path(rel)])
        .err()
        .map(|e| e.to_string())
}

#[test]
fn skip_worktree_assume_unchanged_and_missing_files_are_refused() {
    let t = committed();
    assert_eq!(problem(&t, "a.yaml"), None);
    // Neither in HEAD nor on disk: nothing to see, nothing lost.
    assert_eq!(problem(&t, "b.yaml"), None);

    t.git(&["update-index", "--skip-worktree", "a.yaml"]);
    let message = problem(&t, "a.yaml").unwrap();
    assert!(
        message.starts_with("a.yaml is marked skip-worktree"),
        "{message}"
    );
    assert!(!message.contains("run them in"), "{message}");
    t.git(&["update-index", "--no-skip-worktree", "a.yaml"]);

    t.git(&["update-index", "--assume-unchanged", "reviews/r.yaml"]);
    let message = problem(&t, "reviews/r.yaml").unwrap();
    assert!(
        message.contains("--no-assume-unchanged reviews/r.yaml"),
        "{message}"
    );
    // A path in a folder of the work tree says where git's commands run.
    assert!(
        message.contains(&format!("run them in {}", t.dir.display())),
        "{message}"
    );
    t.git(&["update-index", "--no-assume-unchanged", "reviews/r.yaml"]);

    fs::remove_file(t.path("a.yaml")).unwrap();
    let message = problem(&t, "a.yaml").unwrap();
    assert!(
        message.starts_with("a.yaml is in the last commit but missing"),
        "{message}"
    );
    assert!(matches!(
        t.repo.check_visible(&[t.path("a.yaml")]),
        Err(GitError::MissingFromWorkTree { .. })
    ));
}

#[test]
fn an_index_entry_behind_head_is_reset_when_the_file_matches_head() {
    let t = committed();
    let head = t.head();
    // Staged for deletion while HEAD and the file agree: a stopped commit.
    t.git(&["rm", "-q", "--cached", "reviews/r.yaml"]);
    // Staged differently while the file matches HEAD.
    t.write("a.yaml", "a: 0\n");
    t.git(&["add", "a.yaml"]);
    t.write("a.yaml", "a: 1\n");
    assert_eq!(
        t.git(&["status", "--porcelain", "-uall"]),
        "MM a.yaml\nD  reviews/r.yaml\n?? reviews/r.yaml\n"
    );
    let repaired = t
        .repo
        .repair_index(&[t.path("a.yaml"), t.path("reviews/r.yaml")])
        .unwrap();
    assert_eq!(repaired, ["a.yaml", "reviews/r.yaml"]);
    assert_eq!(t.git(&["status", "--porcelain", "-uall"]), "");
    assert_eq!(t.head(), head, "a repair makes no commit");
    assert!(!t.lock_exists());
}

#[test]
fn changes_of_the_user_are_never_reset() {
    let t = committed();
    // Staged and in the work tree: the user's, however it differs from HEAD.
    t.write("a.yaml", "a: 2\n");
    t.git(&["add", "a.yaml"]);
    t.write("a.yaml", "a: 3\n");
    // Added, not committed yet.
    t.write("reviews/new.yaml", "n: 1\n");
    t.git(&["add", "reviews/new.yaml"]);
    let before = t.git(&["status", "--porcelain", "-uall"]);
    let repaired = t
        .repo
        .repair_index(&[t.path("a.yaml"), t.path("reviews/new.yaml")])
        .unwrap();
    assert!(repaired.is_empty(), "{repaired:?}");
    assert_eq!(t.git(&["status", "--porcelain", "-uall"]), before);
}

#[test]
fn an_entry_for_a_file_a_commit_removed_is_dropped() {
    let t = committed();
    let blob = t.git(&["rev-parse", "HEAD:reviews/r.yaml"]);
    fs::remove_file(t.path("reviews/r.yaml")).unwrap();
    t.commit(&["reviews/r.yaml"], "Remove the review").unwrap();
    t.git(&[
        "update-index",
        "--add",
        "--cacheinfo",
        &format!("100644,{},reviews/r.yaml", blob.trim()),
    ]);
    let repaired = t.repo.repair_index(&[t.path("reviews/r.yaml")]).unwrap();
    assert_eq!(repaired, ["reviews/r.yaml"]);
    assert_eq!(t.git(&["status", "--porcelain", "-uall"]), "");
}

#[test]
fn tracked_in_lists_the_folder_in_head_and_in_the_index() {
    let t = committed();
    t.write("reviews/staged.yaml", "s: 1\n");
    t.git(&["add", "reviews/staged.yaml"]);
    t.write("reviews/untracked.yaml", "u: 1\n");
    t.git(&["rm", "-q", "--cached", "reviews/r.yaml"]);
    let found = t.repo.tracked_in(&t.path("reviews")).unwrap();
    assert_eq!(
        found,
        [t.path("reviews/r.yaml"), t.path("reviews/staged.yaml")]
    );
    assert!(t.repo.tracked_in(&t.path("nowhere")).unwrap().is_empty());
    assert_eq!(
        t.repo.tracked_in(&t.dir).unwrap(),
        [t.path("a.yaml")],
        "only the files directly in the folder"
    );
}
