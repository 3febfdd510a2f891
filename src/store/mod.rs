//! Plans on disk: finding the plan folder, loading with positions, lossless
//! atomic saving, and git.

pub mod yaml;
pub mod git;
