//! The words every output shares: pure functions from outcomes to text, touching no files or git.

pub mod review;
