//! Helpers for tests that run the real `charter` binary in a sealed
//! environment: a temporary HOME, no global or system git config, no
//! identity from the environment, and a fixed today. [`tui`] drives the
//! terminal UI in the test's own process.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub mod tui;

pub const TODAY: &str = "2026-03-15";

/// The example's team meeting as one flow line, with no meetings.
pub const TEAM_MEETING: &str = "  - { id: team-meeting, name: Team meeting with decisions and updates written down, every: 1w, owner: daniel, held: [2026-11-09, 2026-11-16, 2026-11-23] }\n";

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A command with the sealed environment.
pub fn sealed(program: &str, home: &Path) -> Command {
    let mut cmd = Command::new(program);
    for var in [
        "CHARTER_TODAY",
        "GIT_AUTHOR_NAME",
        "GIT_AUTHOR_EMAIL",
        "GIT_AUTHOR_DATE",
        "GIT_COMMITTER_NAME",
        "GIT_COMMITTER_EMAIL",
        "GIT_COMMITTER_DATE",
        "EMAIL",
        "GIT_DIR",
        "GIT_WORK_TREE",
        "NO_COLOR",
        "CHARTER_NO_CACHE",
        "CHARTER_CACHE_DEBUG",
        "CHARTER_LANG",
    ] {
        cmd.env_remove(var);
    }
    cmd.env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join(".config"))
        .env("XDG_CACHE_HOME", home.join(".cache"))
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", home.join(".gitconfig"))
        .env("LC_ALL", "C.UTF-8");
    cmd
}

/// A throwaway workspace: a HOME and a work folder.
pub struct Sandbox {
    pub tmp: tempfile::TempDir,
}

impl Sandbox {
    pub fn new() -> Sandbox {
        let tmp = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(tmp.path().join("home")).unwrap();
        std::fs::create_dir_all(tmp.path().join("work")).unwrap();
        // The user's global identity, in the sandbox's own HOME.
        std::fs::write(
            tmp.path().join("home/.gitconfig"),
            "[user]\n\tname = Dana Levi\n\temail = dana@example.com\n[init]\n\tdefaultBranch = main\n",
        )
        .unwrap();
        Sandbox { tmp }
    }

    pub fn home(&self) -> PathBuf {
        self.tmp.path().join("home")
    }

    /// A git repository at work/repo with the example plan at
    /// work/repo/plan, committed.
    pub fn example_repo() -> Sandbox {
        let sb = Sandbox::new();
        sb.repo_init("repo");
        sb.copy_from_project("plans/example-service", "repo/plan");
        sb.git("repo", &["add", "-A"]);
        sb.git("repo", &["commit", "-qm", "example plan"]);
        sb
    }

    pub fn work(&self) -> PathBuf {
        self.tmp.path().join("work")
    }

    /// Runs charter in `cwd` (relative to the work folder) with `args`.
    pub fn charter_in(&self, cwd: &str, args: &[&str]) -> Output {
        sealed(env!("CARGO_BIN_EXE_charter"), &self.home())
            .current_dir(self.work().join(cwd))
            .args(args)
            .output()
            .unwrap()
    }

    pub fn charter(&self, args: &[&str]) -> Output {
        self.charter_in("", args)
    }

    /// Runs git in `cwd` (relative to the work folder); panics on failure.
    pub fn git(&self, cwd: &str, args: &[&str]) -> String {
        let out = sealed("git", &self.home())
            .current_dir(self.work().join(cwd))
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// `git init` in `dir` with a local identity.
    pub fn repo_init(&self, dir: &str) {
        std::fs::create_dir_all(self.work().join(dir)).unwrap();
        self.git(dir, &["init", "-q", "-b", "main"]);
        self.git(dir, &["config", "user.name", "Dana Levi"]);
        self.git(dir, &["config", "user.email", "dana@example.com"]);
    }

    /// Removes the global identity, as on a machine where git was never set up.
    pub fn forget_identity(&self) {
        std::fs::write(self.home().join(".gitconfig"), "").unwrap();
    }

    /// Copies a folder of the project (e.g. `templates/contact-center`) to `dest` under work.
    pub fn copy_from_project(&self, src: &str, dest: &str) {
        copy_dir(&root().join(src), &self.work().join(dest));
    }

    pub fn read(&self, path: &str) -> String {
        std::fs::read_to_string(self.work().join(path)).unwrap()
    }

    pub fn write(&self, path: &str, text: &str) {
        let p = self.work().join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }

    /// The example repository's team meeting as [`TEAM_MEETING`] and no
    /// incidents, committed: the plain plan that tests add their own
    /// meetings and incidents to.
    pub fn without_people_side(&self) {
        let text = self.read("repo/plan/committee.yaml");
        let start = text.find("  - id: team-meeting\n").unwrap();
        let end = start + text[start..].find("  - { id: skip-level").unwrap();
        let text = format!("{}{TEAM_MEETING}{}", &text[..start], &text[end..]);
        self.write("repo/plan/committee.yaml", &text);
        self.write(
            "repo/plan/incidents.yaml",
            "# yaml-language-server: $schema=.charter/schema/incidents.schema.json\nincidents: []\n",
        );
        self.git(
            "repo",
            &["commit", "-qam", "without meetings and incidents"],
        );
    }
}

pub fn copy_dir(src: &Path, dest: &Path) {
    std::fs::create_dir_all(dest).unwrap();
    for entry in std::fs::read_dir(src).unwrap() {
        let entry = entry.unwrap();
        let to = dest.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &to);
        } else {
            std::fs::copy(entry.path(), to).unwrap();
        }
    }
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

pub fn code(out: &Output) -> i32 {
    out.status.code().unwrap_or(-1)
}

/// English words charter's outputs use, which no Hebrew or Lithuanian
/// output may show once ids, codes and file names are taken out; each
/// surface's test adds its own.
pub const ENGLISH_WORDS: &[&str] = &[
    "milestone",
    "milestones",
    "metric",
    "metrics",
    "review",
    "reviews",
    "goal",
    "goals",
    "committee",
    "status",
    "overdue",
    "due",
    "done",
    "planned",
    "target",
    "baseline",
    "behind",
    "track",
    "days",
    "day",
    "action",
    "actions",
    "owner",
    "none",
    "next",
    "last",
    "every",
    "open",
    "routine",
    "of",
    "and",
    "the",
];

/// Whether `word` (lower case) is one of [`ENGLISH_WORDS`] or of `more`.
pub fn english(word: &str, more: &[&str]) -> bool {
    ENGLISH_WORDS.contains(&word) || more.contains(&word)
}
