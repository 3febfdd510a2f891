//! Plans on disk: finding the plan folder, loading with positions, lossless
//! atomic saving, and git.

pub mod atomic;
pub mod cache;
pub mod cached_file;
pub mod git;
pub mod history;
pub mod links;
pub mod lock;
pub mod merge;
pub mod plan_dir;
pub mod plan_git;
pub mod readings_csv;
pub mod schema;
pub mod templates;
pub mod yaml;
