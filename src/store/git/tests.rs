//! Tests of the git layer, each in a throwaway repository with its own config.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use super::*;
use std::process::Command;
use std::sync::Once;
use tempfile::TempDir;

mod worktree;

/// Points libgit2's global, XDG, system and ProgramData config at a folder
/// that does not exist, once per test process, before any repository is
/// opened: the tests then see only each repository's own config. Every
/// unit test that opens a repository calls this one, so the paths are set
/// once per process.
pub(crate) fn hermetic_git2() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let nowhere = std::env::temp_dir().join(format!(
            "charter-git-layer-tests-no-config-{}",
            std::process::id()
        ));
        for level in [
            git2::ConfigLevel::System,
            git2::ConfigLevel::XDG,
            git2::ConfigLevel::Global,
            git2::ConfigLevel::ProgramData,
        ] {
            // SAFETY: runs once, before any other libgit2 call of the
            // tests (every test calls this first, and `Once` blocks them
            // until it is done).
            unsafe { git2::opts::set_search_path(level, nowhere.as_os_str()) }.unwrap();
        }
    });
}

struct TestRepo {
    _tmp: TempDir,
    home: PathBuf,
    dir: PathBuf,
    repo: Repo,
}

impl TestRepo {
    fn path(&self, rel: &str) -> PathBuf {
        self.dir.join(rel)
    }

    fn write(&self, rel: &str, content: &str) -> PathBuf {
        let path = self.path(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, content).unwrap();
        path
    }

    fn commit(&self, rels: &[&str], message: &str) -> Option<Oid> {
        let paths: Vec<PathBuf> = rels.iter().map(|r| self.path(r)).collect();
        self.repo.commit_paths(&paths, message, None).unwrap()
    }

    /// Runs the git CLI in the repository, sealed from the user's config.
    fn git(&self, args: &[&str]) -> String {
        let output = Command::new("git")
            .args(args)
            .current_dir(&self.dir)
            .env("HOME", &self.home)
            .env("XDG_CONFIG_HOME", &self.home)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env_remove("GIT_DIR")
            .env_remove("GIT_WORK_TREE")
            .env_remove("GIT_INDEX_FILE")
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "git {args:?} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).unwrap()
    }

    fn head(&self) -> Option<Oid> {
        self.repo.git2().head().ok().and_then(|h| h.target())
    }

    fn head_commit(&self) -> Commit<'_> {
        self.repo.git2().head().unwrap().peel_to_commit().unwrap()
    }

    /// Paths in HEAD's tree, recursively.
    fn head_files(&self) -> Vec<String> {
        self.git(&["ls-tree", "-r", "--name-only", "HEAD"])
            .lines()
            .map(str::to_string)
            .collect()
    }

    fn head_blob(&self, rel: &str) -> String {
        self.git(&["show", &format!("HEAD:{rel}")])
    }

    fn lock_exists(&self) -> bool {
        self.dir.join(".git/index.lock").exists()
    }
}

/// A throwaway repository with its own identity and no other config.
fn repo_init() -> TestRepo {
    repo_init_with(&[
        ("user.name", "Test Author"),
        ("user.email", "author@example.com"),
    ])
}

fn repo_init_with(config: &[(&str, &str)]) -> TestRepo {
    hermetic_git2();
    let tmp = TempDir::new().unwrap();
    let home = tmp.path().join("home");
    fs::create_dir_all(&home).unwrap();
    let dir = tmp.path().join("work");
    let repo = init(&dir).unwrap().with_environment(&[]);
    let mut local = repo
        .git2()
        .config()
        .unwrap()
        .open_level(git2::ConfigLevel::Local)
        .unwrap();
    for (key, value) in config {
        local.set_str(key, value).unwrap();
    }
    let dir = repo.workdir().to_path_buf();
    TestRepo {
        _tmp: tmp,
        home,
        dir,
        repo,
    }
}

#[test]
fn first_commit_in_an_empty_repository() {
    let t = repo_init();
    t.write("acme/plan.yaml", "id: acme\n");
    let oid = t.commit(&["acme/plan.yaml"], "Create plan acme").unwrap();

    let commit = t.repo.git2().find_commit(oid).unwrap();
    assert_eq!(commit.parent_count(), 0);
    assert_eq!(commit.message().ok(), Some("Create plan acme\n"));
    assert_eq!(commit.author().name().ok(), Some("Test Author"));
    assert_eq!(commit.author().email().ok(), Some("author@example.com"));
    assert_eq!(commit.committer().name().ok(), Some("Test Author"));
    assert_eq!(t.git(&["symbolic-ref", "HEAD"]).trim(), "refs/heads/main");
    assert_eq!(t.head(), Some(oid));
    assert_eq!(t.head_files(), ["acme/plan.yaml"]);
    assert_eq!(t.git(&["status", "--porcelain"]), "");
    assert!(!t.lock_exists());
}

#[test]
fn second_commit_has_the_first_as_parent() {
    let t = repo_init();
    t.write("plan.yaml", "id: acme\n");
    let first = t.commit(&["plan.yaml"], "Create plan").unwrap();
    t.write("plan.yaml", "id: acme\ntitle: Acme\n");
    t.write("goals.yaml", "goals: []\n");
    let second = t.commit(&["plan.yaml", "goals.yaml"], "Add goals").unwrap();

    let commit = t.repo.git2().find_commit(second).unwrap();
    assert_eq!(commit.parent_ids().collect::<Vec<_>>(), [first]);
    assert_eq!(t.head_files(), ["goals.yaml", "plan.yaml"]);
    assert_eq!(t.head_blob("plan.yaml"), "id: acme\ntitle: Acme\n");
    assert_eq!(t.git(&["status", "--porcelain"]), "");
    t.git(&["fsck", "--strict"]);
}

#[test]
fn other_staged_and_unstaged_changes_stay_out_of_the_commit_and_as_they_were() {
    let t = repo_init();
    t.write("plan/plan.yaml", "id: acme\n");
    t.write("plan/goals.yaml", "goals: []\n");
    t.write("notes.txt", "notes v1\n");
    t.write("partly.txt", "partly v1\n");
    let base = t
        .commit(
            &[
                "plan/plan.yaml",
                "plan/goals.yaml",
                "notes.txt",
                "partly.txt",
            ],
            "Start",
        )
        .unwrap();

    // Another file staged; another staged then changed again; an unstaged
    // change to a non-plan file; an untracked file; and a plan file whose
    // staged content differs from the working file.
    t.write("staged-new.txt", "brand new\n");
    t.git(&["add", "staged-new.txt"]);
    t.write("partly.txt", "partly v2\n");
    t.git(&["add", "partly.txt"]);
    t.write("partly.txt", "partly v3\n");
    t.write("notes.txt", "notes v2\n");
    t.write("untracked.txt", "nobody added me\n");
    t.write("plan/goals.yaml", "goals: [staged]\n");
    t.git(&["add", "plan/goals.yaml"]);
    t.write("plan/goals.yaml", "goals: [working]\n");
    t.write("plan/plan.yaml", "id: acme\ntitle: Acme\n");

    let status_before = t.git(&["status", "--porcelain"]);
    let cached_before = t.git(&["diff", "--cached", "--", ".", ":!plan"]);
    let unstaged_before = t.git(&["diff", "--", ".", ":!plan"]);
    let staged_entries_before = t.git(&["ls-files", "-s", "--", ".", ":!plan"]);

    let oid = t
        .commit(&["plan/plan.yaml", "plan/goals.yaml"], "Edit plan")
        .unwrap();

    let commit = t.repo.git2().find_commit(oid).unwrap();
    assert_eq!(commit.parent_ids().collect::<Vec<_>>(), [base]);
    assert_eq!(
        t.head_files(),
        [
            "notes.txt",
            "partly.txt",
            "plan/goals.yaml",
            "plan/plan.yaml"
        ]
    );
    assert_eq!(t.head_blob("notes.txt"), "notes v1\n");
    assert_eq!(t.head_blob("partly.txt"), "partly v1\n");
    assert_eq!(t.head_blob("plan/goals.yaml"), "goals: [working]\n");
    assert_eq!(t.head_blob("plan/plan.yaml"), "id: acme\ntitle: Acme\n");

    let status_after = t.git(&["status", "--porcelain"]);
    assert_eq!(
        status_before,
        " M notes.txt\nMM partly.txt\nMM plan/goals.yaml\n M plan/plan.yaml\n\
         A  staged-new.txt\n?? untracked.txt\n"
    );
    assert_eq!(
        status_after,
        " M notes.txt\nMM partly.txt\nA  staged-new.txt\n?? untracked.txt\n"
    );
    assert_eq!(
        t.git(&["diff", "--cached", "--", ".", ":!plan"]),
        cached_before
    );
    assert_eq!(t.git(&["diff", "--", ".", ":!plan"]), unstaged_before);
    assert_eq!(
        t.git(&["ls-files", "-s", "--", ".", ":!plan"]),
        staged_entries_before
    );
    assert_eq!(
        fs::read_to_string(t.path("partly.txt")).unwrap(),
        "partly v3\n"
    );
    assert!(!t.lock_exists());
}

#[test]
fn a_deleted_file_leaves_the_tree_and_the_index() {
    let t = repo_init();
    t.write("plan.yaml", "id: acme\n");
    t.write("agents.yaml", "agents: []\n");
    t.commit(&["plan.yaml", "agents.yaml"], "Start").unwrap();

    fs::remove_file(t.path("agents.yaml")).unwrap();
    t.commit(&["agents.yaml"], "Remove agents").unwrap();

    assert_eq!(t.head_files(), ["plan.yaml"]);
    assert_eq!(t.git(&["ls-files"]), "plan.yaml\n");
    assert_eq!(t.git(&["status", "--porcelain"]), "");
}

#[test]
fn nested_directories_become_subtrees() {
    let t = repo_init();
    t.write("plans/acme/plan.yaml", "id: acme\n");
    t.write("plans/acme/reviews/2026-03-31.yaml", "date: 2026-03-31\n");
    t.commit(
        &["plans/acme/plan.yaml", "plans/acme/reviews/2026-03-31.yaml"],
        "Close review 2026-03-31",
    )
    .unwrap();

    assert_eq!(
        t.head_files(),
        ["plans/acme/plan.yaml", "plans/acme/reviews/2026-03-31.yaml"]
    );
    assert_eq!(
        t.git(&["cat-file", "-t", "HEAD:plans/acme/reviews"]).trim(),
        "tree"
    );
    assert_eq!(t.git(&["ls-tree", "--name-only", "HEAD"]), "plans\n");
    t.git(&["fsck", "--strict"]);
    assert_eq!(t.git(&["status", "--porcelain"]), "");

    // Removing the only file of a folder removes the folder from the tree.
    fs::remove_file(t.path("plans/acme/reviews/2026-03-31.yaml")).unwrap();
    fs::remove_dir(t.path("plans/acme/reviews")).unwrap();
    t.commit(&["plans/acme/reviews/2026-03-31.yaml"], "Drop review")
        .unwrap();
    assert_eq!(t.head_files(), ["plans/acme/plan.yaml"]);
    assert_eq!(
        t.git(&["ls-tree", "--name-only", "HEAD:plans/acme"]),
        "plan.yaml\n"
    );
    t.git(&["fsck", "--strict"]);
    assert_eq!(t.git(&["status", "--porcelain"]), "");
}

#[test]
fn unicode_names_and_content_are_kept() {
    let t = repo_init();
    let content = "title: שירות לקוחות — klientų aptarnavimas\n";
    t.write("תוכניות/plan.yaml", content);
    t.commit(&["תוכניות/plan.yaml"], "Plan בעברית").unwrap();
    let commit = t.head_commit();
    let entry = commit
        .tree()
        .unwrap()
        .get_path(Path::new("תוכניות/plan.yaml"))
        .unwrap();
    let blob = t.repo.git2().find_blob(entry.id()).unwrap();
    assert_eq!(blob.content(), content.as_bytes());
    assert_eq!(commit.message().ok(), Some("Plan בעברית\n"));
}

#[test]
fn works_on_a_detached_head() {
    let t = repo_init();
    t.write("plan.yaml", "v1\n");
    let first = t.commit(&["plan.yaml"], "One").unwrap();
    t.repo.git2().set_head_detached(first).unwrap();
    t.write("plan.yaml", "v2\n");
    let second = t.commit(&["plan.yaml"], "Two").unwrap();

    assert!(t.repo.git2().head_detached().unwrap());
    assert_eq!(t.head(), Some(second));
    let main = t.repo.git2().refname_to_id("refs/heads/main").unwrap();
    assert_eq!(main, first);
    assert_eq!(
        t.repo
            .git2()
            .find_commit(second)
            .unwrap()
            .parent_id(0)
            .unwrap(),
        first
    );
}

#[test]
fn nothing_to_commit_returns_none_and_makes_no_commit() {
    let t = repo_init();
    // Empty repository, file absent: nothing at all.
    assert_eq!(t.commit(&["plan.yaml"], "Nothing"), None);
    assert_eq!(t.head(), None);

    t.write("plan.yaml", "id: acme\n");
    let oid = t.commit(&["plan.yaml"], "Create").unwrap();
    assert_eq!(t.commit(&["plan.yaml"], "Again"), None);
    assert_eq!(t.commit(&[], "No paths"), None);
    assert_eq!(t.head(), Some(oid));
    assert!(!t.lock_exists());
}

#[test]
fn a_fixed_time_is_the_author_and_committer_time() {
    let t = repo_init();
    t.write("plan.yaml", "id: acme\n");
    let when = DateTime::parse_from_rfc3339("2026-03-31T09:30:00+03:00").unwrap();
    let oid = t
        .repo
        .commit_paths(&[t.path("plan.yaml")], "Review", Some(when))
        .unwrap()
        .unwrap();
    let commit = t.repo.git2().find_commit(oid).unwrap();
    for signature in [commit.author(), commit.committer()] {
        assert_eq!(signature.when().seconds(), when.timestamp());
        assert_eq!(signature.when().offset_minutes(), 180);
    }
    assert_eq!(
        t.git(&["log", "-1", "--format=%ai|%ci"]).trim(),
        "2026-03-31 09:30:00 +0300|2026-03-31 09:30:00 +0300"
    );
}

#[test]
fn identity_and_dates_from_the_environment_win_like_in_git() {
    let mut t = repo_init();
    t.repo = init(&t.dir).unwrap().with_environment(&[
        ("GIT_AUTHOR_NAME", "Env Author"),
        ("GIT_AUTHOR_EMAIL", "env@example.com"),
        ("GIT_AUTHOR_DATE", "2026-01-05T08:00:00+02:00"),
        ("GIT_COMMITTER_DATE", "1767592800 +0000"),
    ]);
    t.write("plan.yaml", "id: acme\n");
    let commit = t
        .repo
        .git2()
        .find_commit(t.commit(&["plan.yaml"], "Create").unwrap())
        .unwrap();
    assert_eq!(commit.author().name().ok(), Some("Env Author"));
    assert_eq!(commit.author().email().ok(), Some("env@example.com"));
    assert_eq!(commit.author().when().offset_minutes(), 120);
    assert_eq!(commit.committer().name().ok(), Some("Test Author"));
    assert_eq!(commit.committer().when().seconds(), 1_767_592_800);
}

#[test]
fn an_unreadable_date_in_the_environment_is_an_error() {
    let mut t = repo_init();
    t.repo = init(&t.dir)
        .unwrap()
        .with_environment(&[("GIT_AUTHOR_DATE", "last tuesday")]);
    t.write("plan.yaml", "id: acme\n");
    let err = t
        .repo
        .commit_paths(&[t.path("plan.yaml")], "Create", None)
        .unwrap_err();
    assert!(matches!(
        err,
        GitError::InvalidDateVar {
            var: "GIT_AUTHOR_DATE",
            ..
        }
    ));
    assert_eq!(t.head(), None);
}

#[test]
fn git_dates_parse() {
    let cases = [
        ("1774938600 +0300", "2026-03-31T09:30:00+03:00"),
        ("@1774938600 +0300", "2026-03-31T09:30:00+03:00"),
        ("1774938600", "2026-03-31T06:30:00+00:00"),
        ("2026-03-31T09:30:00+03:00", "2026-03-31T09:30:00+03:00"),
        ("2026-03-31 09:30:00 +0300", "2026-03-31T09:30:00+03:00"),
        (
            "Tue, 31 Mar 2026 09:30:00 +0300",
            "2026-03-31T09:30:00+03:00",
        ),
    ];
    for (input, expected) in cases {
        assert_eq!(
            parse_git_date(input).map(|d| d.to_rfc3339()).as_deref(),
            Some(expected),
            "{input}"
        );
    }
    assert_eq!(parse_git_date("yesterday"), None);
    assert_eq!(parse_git_date("1774938600 +3"), None);
}

#[test]
fn no_identity_is_an_error_that_says_which_commands_to_run() {
    let t = repo_init_with(&[("user.email", "someone@example.com")]);
    let err = t.repo.check_ready().unwrap_err();
    assert!(matches!(
        err,
        GitError::MissingIdentity {
            name: true,
            email: false
        }
    ));
    assert_eq!(
        err.to_string(),
        "git does not know who you are (user.name is not set), so charter cannot sign its commits; run\n  \
         git config --global user.name \"Your Name\"\n\
         (leave out --global to set it for this repository only), then try again"
    );

    let t = repo_init_with(&[]);
    t.write("plan.yaml", "id: acme\n");
    let err = t
        .repo
        .commit_paths(&[t.path("plan.yaml")], "Create", None)
        .unwrap_err();
    assert!(matches!(
        err,
        GitError::MissingIdentity {
            name: true,
            email: true
        }
    ));
    assert!(err
        .to_string()
        .contains("git config --global user.email \"you@example.com\""));
    assert_eq!(t.head(), None);
    assert!(!t.lock_exists());
}

#[test]
fn a_merge_in_progress_blocks_the_commit() {
    let t = repo_init();
    t.write("plan.yaml", "v1\n");
    let head = t.commit(&["plan.yaml"], "One").unwrap();
    fs::write(t.path(".git/MERGE_HEAD"), format!("{head}\n")).unwrap();

    let err = t.repo.check_ready().unwrap_err();
    assert!(matches!(
        err,
        GitError::OperationInProgress {
            operation: "merge",
            ..
        }
    ));
    assert!(err.to_string().contains("git merge --abort"), "{err}");

    t.write("plan.yaml", "v2\n");
    let err = t
        .repo
        .commit_paths(&[t.path("plan.yaml")], "Two", None)
        .unwrap_err();
    assert!(matches!(err, GitError::OperationInProgress { .. }));
    assert_eq!(t.head(), Some(head));
    assert!(!t.lock_exists());
}

#[test]
fn an_existing_index_lock_blocks_the_commit_and_is_left_alone() {
    let t = repo_init();
    t.write("plan.yaml", "v1\n");
    let head = t.commit(&["plan.yaml"], "One").unwrap();
    let lock = t.path(".git/index.lock");
    fs::write(&lock, "").unwrap();

    let err = t.repo.check_ready().unwrap_err();
    assert!(matches!(err, GitError::IndexLocked { .. }));
    let message = err.to_string();
    assert!(
        message.contains("another git process seems to be running"),
        "{message}"
    );
    assert!(
        message.contains(&format!("delete {}", lock.display())),
        "{message}"
    );

    t.write("plan.yaml", "v2\n");
    let err = t
        .repo
        .commit_paths(&[t.path("plan.yaml")], "Two", None)
        .unwrap_err();
    assert!(matches!(err, GitError::IndexLocked { .. }));
    assert_eq!(t.head(), Some(head));
    assert!(lock.exists(), "someone else's lock must not be removed");
}

#[test]
fn paths_outside_the_work_tree_are_refused() {
    let t = repo_init();
    t.write("plan.yaml", "id: acme\n");
    let elsewhere = TempDir::new().unwrap();
    let outside = elsewhere.path().join("plan.yaml");
    fs::write(&outside, "id: other\n").unwrap();

    for path in [outside, t.dir.join("../escape.yaml")] {
        let err = t
            .repo
            .commit_paths(&[t.path("plan.yaml"), path], "Create", None)
            .unwrap_err();
        assert!(matches!(err, GitError::PathOutsideWorkTree { .. }), "{err}");
    }
    let err = t
        .repo
        .commit_paths(&[t.path(".git/config")], "Create", None)
        .unwrap_err();
    assert!(matches!(err, GitError::PathInGitDir { .. }), "{err}");
    let err = t
        .repo
        .commit_paths(std::slice::from_ref(&t.dir), "Create", None)
        .unwrap_err();
    assert!(matches!(err, GitError::PathIsDirectory { .. }), "{err}");
    assert_eq!(t.head(), None);
    assert!(!t.lock_exists());
}

#[test]
fn dot_segments_inside_the_work_tree_are_fine() {
    let t = repo_init();
    t.write("plans/acme/plan.yaml", "id: acme\n");
    let path = t.dir.join("plans/./other/../acme/plan.yaml");
    t.repo
        .commit_paths(&[path], "Create", None)
        .unwrap()
        .unwrap();
    assert_eq!(t.head_files(), ["plans/acme/plan.yaml"]);
}

#[cfg(unix)]
#[test]
fn symlinks_are_refused_naming_the_path() {
    let t = repo_init();
    t.write("real.yaml", "id: acme\n");
    let link = t.path("plan.yaml");
    std::os::unix::fs::symlink(t.path("real.yaml"), &link).unwrap();
    let err = t
        .repo
        .commit_paths(&[t.path("real.yaml"), link.clone()], "Create", None)
        .unwrap_err();
    assert!(
        matches!(&err, GitError::Symlink { path } if *path == link),
        "{err}"
    );
    assert!(err.to_string().contains(&link.display().to_string()));

    // A symlinked folder on the way is refused too.
    std::os::unix::fs::symlink(&t.dir, t.path("loop")).unwrap();
    let err = t
        .repo
        .commit_paths(&[t.path("loop/real.yaml")], "Create", None)
        .unwrap_err();
    assert!(matches!(err, GitError::Symlink { .. }), "{err}");
    assert_eq!(t.head(), None);
    assert!(!t.lock_exists());
    // The failed attempts left no trace in the index.
    assert_eq!(t.git(&["ls-files"]), "");
}

#[cfg(unix)]
#[test]
fn executable_files_keep_their_mode() {
    use std::os::unix::fs::PermissionsExt;
    let t = repo_init();
    let script = t.write("tools/check.sh", "#!/bin/sh\n");
    fs::set_permissions(&script, fs::Permissions::from_mode(0o755)).unwrap();
    t.write("plan.yaml", "id: acme\n");
    t.commit(&["tools/check.sh", "plan.yaml"], "Create")
        .unwrap();
    let listing = t.git(&["ls-tree", "-r", "HEAD"]);
    assert!(listing.contains("100644 blob"), "{listing}");
    assert!(listing.contains("100755 blob"), "{listing}");
    assert_eq!(t.git(&["status", "--porcelain"]), "");
}

#[test]
fn an_empty_message_is_refused() {
    let t = repo_init();
    t.write("plan.yaml", "id: acme\n");
    let err = t
        .repo
        .commit_paths(&[t.path("plan.yaml")], " \n\n", None)
        .unwrap_err();
    assert!(matches!(err, GitError::EmptyMessage));
}

#[test]
fn tag_annotated_creates_an_annotated_tag() {
    let t = repo_init();
    t.write("reviews/2026-03-31.yaml", "date: 2026-03-31\n");
    let oid = t
        .commit(&["reviews/2026-03-31.yaml"], "Close review")
        .unwrap();
    t.repo
        .tag_annotated("review/2026-03-31", oid, "Q1 steering review")
        .unwrap();

    let reference = t
        .repo
        .git2()
        .find_reference("refs/tags/review/2026-03-31")
        .unwrap();
    let tag = reference.peel_to_tag().unwrap();
    assert_eq!(tag.target_id(), oid);
    assert_eq!(tag.message().unwrap(), Some("Q1 steering review\n"));
    assert_eq!(tag.tagger().unwrap().name().ok(), Some("Test Author"));
    assert_eq!(
        t.git(&["cat-file", "-t", "review/2026-03-31"]).trim(),
        "tag"
    );

    let err = t
        .repo
        .tag_annotated("review/2026-03-31", oid, "again")
        .unwrap_err();
    assert!(matches!(err, GitError::TagExists { .. }), "{err}");
    let err = t.repo.tag_annotated("bad name", oid, "x").unwrap_err();
    assert!(matches!(err, GitError::InvalidTagName { .. }), "{err}");
    let missing = Oid::from_str("1234567890123456789012345678901234567890").unwrap();
    let err = t.repo.tag_annotated("review/x", missing, "x").unwrap_err();
    assert!(matches!(err, GitError::TagTargetMissing { .. }), "{err}");
}

#[test]
fn tag_annotated_at_uses_the_given_time() {
    let t = repo_init();
    t.write("plan.yaml", "id: acme\n");
    let oid = t.commit(&["plan.yaml"], "Create").unwrap();
    let when = DateTime::parse_from_rfc3339("2026-06-30T17:00:00+03:00").unwrap();
    t.repo
        .tag_annotated_at("review/2026-06-30", oid, "Q2", Some(when))
        .unwrap();
    let tag = t
        .repo
        .git2()
        .find_reference("refs/tags/review/2026-06-30")
        .unwrap()
        .peel_to_tag()
        .unwrap();
    assert_eq!(tag.tagger().unwrap().when().seconds(), when.timestamp());
}

#[test]
fn discover_finds_the_repository_from_inside_or_nothing() {
    let t = repo_init();
    t.write("plans/acme/plan.yaml", "id: acme\n");
    let found = discover(&t.path("plans/acme")).unwrap().unwrap();
    assert_eq!(found.workdir(), t.dir);
    // A folder that does not exist yet (charter new DIR) is found by its parent.
    let found = discover(&t.path("plans/new-plan/deeper")).unwrap().unwrap();
    assert_eq!(found.workdir(), t.dir);

    let elsewhere = TempDir::new().unwrap();
    assert!(discover(elsewhere.path()).unwrap().is_none());
}

#[test]
fn init_creates_missing_folders_with_branch_main() {
    hermetic_git2();
    let tmp = TempDir::new().unwrap();
    let repo = init(&tmp.path().join("a/b/plan")).unwrap();
    assert!(repo.workdir().ends_with("a/b/plan"));
    assert_eq!(
        repo.git2()
            .find_reference("HEAD")
            .unwrap()
            .symbolic_target()
            .unwrap(),
        Some("refs/heads/main")
    );
}

#[test]
fn head_and_tags_are_read_through_annotated_tags() {
    let t = repo_init();
    assert_eq!(t.repo.head_id().unwrap(), None);
    t.write("reviews/2026-03-31.yaml", "date: 2026-03-31\n");
    let oid = t.commit(&["reviews/2026-03-31.yaml"], "Close").unwrap();
    assert_eq!(t.repo.head_id().unwrap(), Some(oid));
    assert_eq!(t.repo.tag_commit("review/2026-03-31").unwrap(), None);
    t.repo
        .tag_annotated("review/2026-03-31", oid, "Q1")
        .unwrap();
    t.write("plan.yaml", "id: acme\n");
    let later = t.commit(&["plan.yaml"], "Later").unwrap();
    assert_eq!(t.repo.tag_commit("review/2026-03-31").unwrap(), Some(oid));
    assert_eq!(t.repo.head_id().unwrap(), Some(later));
    t.git(&["tag", "light", &oid.to_string()]);
    assert_eq!(t.repo.tag_commit("light").unwrap(), Some(oid));
    assert_eq!(t.repo.tag_commit("bad name").unwrap(), None);
}

#[test]
fn changed_since_head_sees_edits_new_deleted_and_staged_files() {
    let t = repo_init();
    t.write("a.yaml", "a: 1\n");
    t.write("b.yaml", "b: 1\n");
    t.commit(&["a.yaml", "b.yaml"], "Start").unwrap();
    let changed = |rel: &str| t.repo.changed_since_head(&t.path(rel)).unwrap();
    assert!(!changed("a.yaml"));
    assert!(!changed("never.yaml"));
    t.write("a.yaml", "a: 2\n");
    assert!(changed("a.yaml"));
    t.write("new.yaml", "n: 1\n");
    assert!(changed("new.yaml"));
    fs::remove_file(t.path("b.yaml")).unwrap();
    assert!(changed("b.yaml"));
    t.git(&["add", "a.yaml"]);
    assert!(changed("a.yaml"));
    t.commit(&["a.yaml"], "Edit").unwrap();
    assert!(!changed("a.yaml"));
}
