//! The plan itself: model, validation and derived facts.
//!
//! This layer never touches the file system, git or the terminal, and never
//! asks for the date: "today" is always passed in.

pub mod breakdown;
pub mod diag;
pub mod diff;
pub mod facts;
pub mod merge;
pub mod model;
pub mod number;
pub mod people;
pub mod planned;
pub mod readings;
pub mod realism;
pub mod recognition;
pub mod report;
pub mod review;
pub mod routines;
pub mod skills;
pub mod summary;
pub mod surveys;
pub mod target;
pub mod trend;
pub mod types;
pub mod units;
pub mod validate;
pub mod words;
pub mod workshops;
