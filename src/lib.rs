//! charter: customer-service improvement plans kept as YAML in git.
//!
//! Layers only look down: `cli` and `tui` use `ops`, `store` and
//! `domain`; `ops` (the use cases both front ends run) uses `store` and
//! `domain`; `store` uses `domain`; `domain` uses neither.

pub mod cli;
pub mod domain;
pub mod ops;
pub mod present;
pub mod report;
pub mod store;
pub mod tui;
