//! The seed plans: the valid fixture, the three big templates and the
//! broken fixtures, read once.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// One plan's files: name relative to the plan folder, and bytes.
pub(crate) type PlanFiles = Vec<(String, Vec<u8>)>;

pub(crate) struct Seed {
    pub(crate) name: String,
    pub(crate) files: PlanFiles,
}

pub(crate) struct Seeds {
    pub(crate) plans: Vec<Seed>,
    /// `plans[..valid]` are the valid plans, the rest the broken fixtures.
    pub(crate) valid: usize,
}

pub(crate) fn seeds() -> &'static Seeds {
    static SEEDS: OnceLock<Seeds> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let valid_dirs = [
            "tests/fixtures/valid/minimal",
            "templates/contact-center",
            "templates/he-contact-center",
            "templates/lt-contact-center",
        ];
        let mut plans: Vec<Seed> = valid_dirs
            .iter()
            .map(|d| read_seed(&root.join(d), d))
            .collect();
        let valid = plans.len();
        let broken = root.join("tests/fixtures/broken");
        let mut dirs: Vec<PathBuf> = std::fs::read_dir(&broken)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.is_dir())
            .collect();
        dirs.sort();
        for dir in dirs {
            let name = format!(
                "tests/fixtures/broken/{}",
                dir.file_name().unwrap().to_string_lossy()
            );
            plans.push(read_seed(&dir, &name));
        }
        assert!(plans.iter().all(|p| !p.files.is_empty()));
        Seeds { plans, valid }
    })
}

/// The `*.yaml` files of a plan folder and of its `reviews/`, sorted.
fn read_seed(dir: &Path, name: &str) -> Seed {
    let mut files = Vec::new();
    for (sub, prefix) in [(dir.to_path_buf(), ""), (dir.join("reviews"), "reviews/")] {
        let Ok(entries) = std::fs::read_dir(&sub) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            let file = path.file_name().unwrap().to_string_lossy().into_owned();
            if path.is_file() && file.ends_with(".yaml") {
                files.push((format!("{prefix}{file}"), std::fs::read(&path).unwrap()));
            }
        }
    }
    files.sort();
    Seed {
        name: name.to_string(),
        files,
    }
}
