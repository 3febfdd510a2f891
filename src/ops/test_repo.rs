//! A throwaway plan for the use cases' tests: a minimal plan.yaml, in a
//! git repository with its own identity and no other git config.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use std::path::{Path, PathBuf};

use tempfile::TempDir;

use crate::store::git;

pub const PLAN: &str = "schema: 1\nid: p\ntitle: P\nstart: 2026-01-05\nend: 2026-12-31\n";

pub struct TestPlan {
    _tmp: TempDir,
    pub dir: PathBuf,
}

impl TestPlan {
    /// plan.yaml alone, in no repository.
    pub fn outside_git() -> TestPlan {
        let tmp = TempDir::new().unwrap();
        let dir = tmp.path().join("plan");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("plan.yaml"), PLAN).unwrap();
        TestPlan { _tmp: tmp, dir }
    }

    /// plan.yaml committed in a new repository.
    pub fn committed() -> TestPlan {
        crate::store::git::tests::hermetic_git2();
        let plan = TestPlan::outside_git();
        let repo = git2::Repository::init(&plan.dir).unwrap();
        let mut config = repo.config().unwrap();
        config.set_str("user.name", "Test Author").unwrap();
        config.set_str("user.email", "author@example.com").unwrap();
        plan.repo()
            .commit_paths(&[plan.dir.join("plan.yaml")], "start the plan", None)
            .unwrap();
        plan
    }

    pub fn repo(&self) -> git::Repo {
        git::discover(&self.dir).unwrap().unwrap()
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.dir.join(rel)).unwrap()
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        Path::new(&self.dir).join(rel)
    }
}
