//! `charter schema [--out DIR]`: the JSON Schemas of the plan's files.

use std::path::PathBuf;

use serde_json::{Map, Value};

use super::{CliError, Ctx};
use crate::store::schema;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Write one NAME.schema.json per file into DIR (created when missing)
    /// instead of printing them all as one JSON object
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
}

pub fn run(ctx: &Ctx, args: &Args) -> Result<i32, CliError> {
    let Some(out) = &args.out else {
        let all: Map<String, Value> = schema::all()
            .into_iter()
            .map(|s| (s.file.to_string(), s.schema))
            .collect();
        say_raw!(schema::text(&Value::Object(all)));
        return Ok(0);
    };
    let dir = ctx.cwd.join(out);
    let written = schema::write_all(&dir).map_err(|e| {
        CliError::Failed(format!(
            "cannot write the schemas into {}: {e}; check that you may write there",
            out.display()
        ))
    })?;
    for path in written {
        let shown = path.strip_prefix(&ctx.cwd).unwrap_or(&path);
        say!("wrote {}", shown.display());
    }
    Ok(0)
}
