//! The use cases every front end runs, with no clap, terminal or printing.
//!
//! Check, save, status as of a revision, review close, record, import: each function takes plain values and returns a structured outcome or an
//! [`Error`]; the command line and the UI decide how to word it.

use crate::store::git::GitError;
use crate::store::history::HistoryError;
use crate::store::lock::LockError;
use crate::store::plan_dir::StoreError;

pub mod diagnostics;
pub mod import;
pub mod lookup;
pub mod merge_driver;
pub mod record;
pub mod review;
pub mod save;
pub mod status;

#[cfg(test)]
mod test_repo;

/// Why a use case stopped before finishing. The messages are the ones the
/// command line prints after `charter: ` and the UI shows as they are.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Git(#[from] GitError),
    #[error(transparent)]
    Lock(#[from] LockError),
    #[error(transparent)]
    History(#[from] HistoryError),
    #[error("{0}")]
    Failed(String),
    /// What the user named or typed cannot be used as it is (a file that
    /// cannot be read, a format that means nothing); the command line
    /// exits with its usage code.
    #[error("{0}")]
    Input(String),
}
