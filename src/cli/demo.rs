//! `charter demo`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(long)]
    pub dir: Option<std::path::PathBuf>,
}
pub fn run(_ctx: &super::Ctx, _args: &Args) -> Result<i32, super::CliError> {
    Err(super::CliError::Failed("demo: not built yet".into()))
}
