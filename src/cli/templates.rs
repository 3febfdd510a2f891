//! `charter templates`: what `charter new --template` can start from.

use super::CliError;
use crate::store::templates::{self, TEMPLATES};

pub fn run() -> Result<i32, CliError> {
    let width = TEMPLATES.iter().map(|t| t.name.len()).max().unwrap_or(0);
    for t in TEMPLATES {
        say!("{:width$}  {}", t.name, templates::about(t));
    }
    Ok(0)
}
