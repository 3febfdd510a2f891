//! charter: customer-service improvement plans kept as YAML in git.
//!
//! Layers only look down: `cli` and `tui` use `store` and `domain`;
//! `store` uses `domain`; `domain` uses neither.

pub mod cli;
pub mod domain;
pub mod present;
pub mod report;
pub mod store;
pub mod tui;
