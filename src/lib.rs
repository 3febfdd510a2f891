//! charter: customer-service improvement plans kept as YAML in git.
//!
//! Layers only look down (`tests/layers.rs` holds the rules): `domain`
//! knows nothing of files or front ends; `store` reads and writes files
//! and git; `ops` runs the use cases both front ends share; `present` and
//! `report` turn outcomes into words and documents; `cli` and `tui` are the
//! front ends, and the UI never calls a command.

pub mod cli;
pub mod domain;
pub mod i18n;
pub mod ops;
pub mod present;
pub mod report;
pub mod store;
pub mod tui;
