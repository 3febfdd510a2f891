//! `charter new DIR`: a plan from a template, committed.

use std::fs;
use std::path::{Path, PathBuf};

use super::{CliError, Ctx};
use crate::domain::types::{is_slug, slugify, Date};
use crate::ops::merge_driver;
use crate::store::templates::{self, Template};
use crate::store::yaml::emit::Mode;
use crate::store::{atomic, git, plan_dir, plan_git, schema, yaml};
use crate::t;

mod ask;

/// The template a plan starts from unless told otherwise.
const DEFAULT_TEMPLATE: &str = "contact-center";

#[derive(Clone, Debug, clap::Args)]
pub struct Args {
    /// The folder to create the plan in (created when missing; must be
    /// empty). Left out in a terminal, `charter new` asks for it and the
    /// plan's details, then opens the new plan in the terminal UI.
    pub dir: Option<PathBuf>,
    /// The template to start from (see `charter templates`)
    /// [default: contact-center]
    #[arg(long)]
    pub template: Option<String>,
    /// The plan's title (plan.yaml's `title`)
    #[arg(long)]
    pub title: Option<String>,
    /// The organization the plan is for (plan.yaml's `organization`)
    #[arg(long)]
    pub organization: Option<String>,
    /// The consultant guiding the plan (plan.yaml's `consultant`)
    #[arg(long)]
    pub consultant: Option<String>,
    /// The plan's first day, YYYY-MM-DD; the template's dates move with it
    /// (default: the Monday of this week)
    #[arg(long, value_name = "DATE", value_parser = super::parse_date)]
    pub start: Option<Date>,
}

pub fn run(ctx: &Ctx, args: &Args) -> Result<i32, CliError> {
    match &args.dir {
        Some(dir) => make(ctx, args, dir).map(|_| 0),
        None if crate::tui::available() => {
            let asked = {
                let mut out = super::terminal::Terminal::new(std::io::stdout().lock());
                ask::ask(&mut std::io::stdin().lock(), &mut out, ctx, args)?
            };
            let dir = asked.dir.clone().unwrap_or_default();
            let dir = make(ctx, &asked, &dir)?;
            Ok(crate::tui::run(plan_dir::load(&dir)?, ctx.today, ctx.bidi)?)
        }
        None => Err(CliError::Usage(t!("cli-new-give-folder"))),
    }
}

/// Makes the plan in `dir_arg` (relative to the current folder) from
/// `args`' template and details, and commits it; gives its folder.
fn make(ctx: &Ctx, args: &Args, dir_arg: &Path) -> Result<PathBuf, CliError> {
    let name = args.template.as_deref().unwrap_or(DEFAULT_TEMPLATE);
    let template = templates::find(name).ok_or_else(|| {
        let names: Vec<_> = templates::TEMPLATES.iter().map(|t| t.name).collect();
        CliError::Usage(t!(
            "cli-new-no-template",
            name = name,
            names = names.join(", ")
        ))
    })?;
    let dir = if dir_arg.is_absolute() {
        dir_arg.to_path_buf()
    } else {
        ctx.cwd.join(dir_arg)
    };
    let id = plan_id(&dir, template);
    ensure_empty(&dir)?;
    // Make sure the commit can be made before writing anything.
    let repo = match git::discover(&dir)? {
        Some(repo) => {
            can_commit(&repo, &dir)?;
            repo
        }
        None => {
            let created_dir = !dir.exists();
            let repo = git::init(&dir)?;
            if let Err(e) = can_commit(&repo, &dir) {
                let _ = fs::remove_dir_all(dir.join(".git"));
                if created_dir {
                    let _ = fs::remove_dir(&dir);
                }
                return Err(e.into());
            }
            repo
        }
    };
    let mut files = create_from(&dir, template, &id, start_day(args.start, ctx.today))?;
    fill_details(&dir, args)?;
    // Plan files are merged item by item (`charter merge-driver`).
    files.extend(write_attributes(&dir)?);
    files.extend(point_at_schemas(&dir, &files)?);
    // From here on, the new plan's own language (unless one was chosen).
    let language = plan_dir::load_only(&dir, &["plan.yaml"])
        .ok()
        .and_then(|loaded| loaded.plan.meta.language);
    crate::i18n::follow_plan(language);
    // The commit's message in English, as history is kept; the note in
    // the language shown.
    let words = |lang| {
        crate::i18n::message_in(
            lang,
            "cli-new-message",
            Some(&{
                let mut a = crate::i18n::Args::new();
                a.set("id", id.as_str());
                a.set("template", template.name);
                a
            }),
        )
    };
    let message = words(crate::i18n::Lang::En);
    let note = crate::ops::save::commit_saying(
        Some(&repo),
        &files,
        (&message, &words(crate::i18n::current())),
        &[],
    )?;
    repo.set_merge_driver(
        merge_driver::DRIVER,
        merge_driver::DESCRIPTION,
        merge_driver::COMMAND,
    )?;
    let shown = dir.display().to_string();
    say!(
        "{}",
        t!("cli-new-created", id = id.as_str(), dir = shown.as_str())
    );
    say!("{note}");
    say!("{}", t!("cli-new-next", dir = shown));
    Ok(dir)
}

/// The plan's id: the folder's name as a slug, or the template's own.
/// Whether charter can commit the new plan's files in `repo`: the
/// repository is ready, runs no commit hook, signs nothing, and has no
/// filter on the plan's files (see [`plan_git::prepare`]).
fn can_commit(repo: &git::Repo, dir: &Path) -> Result<(), git::GitError> {
    repo.check_ready()?;
    repo.check_commit_settings()?;
    repo.check_no_filters(&plan_git::plan_files(repo, dir)?)
}

fn plan_id(dir: &Path, template: &Template) -> String {
    let name = dir
        .file_name()
        .map(|n| slugify(&n.to_string_lossy()))
        .unwrap_or_default();
    if is_slug(&name) {
        name
    } else {
        template.name.to_string()
    }
}

/// Fails unless `dir` is missing or an empty folder (a `.git` of its own is fine).
pub fn ensure_empty(dir: &Path) -> Result<(), CliError> {
    if dir.exists() {
        let empty = fs::read_dir(dir)
            .map_err(|e| {
                CliError::Failed(t!(
                    "cli-cannot-read",
                    path = dir.display().to_string(),
                    error = e.to_string()
                ))
            })?
            .filter_map(Result::ok)
            .all(|e| e.file_name() == ".git");
        if !dir.is_dir() || !empty {
            return Err(CliError::Usage(t!(
                "cli-new-not-empty",
                dir = dir.display().to_string()
            )));
        }
    }
    Ok(())
}

/// Writes the template's files into `dir`, dates moved so that the plan
/// starts on the Monday of `today`'s week.
pub fn create(
    dir: &Path,
    template: &Template,
    id: &str,
    today: Date,
) -> Result<Vec<PathBuf>, CliError> {
    create_from(dir, template, id, start_day(None, today))
}

/// The day the new plan starts: `start` when given, else the Monday of
/// `today`'s week.
fn start_day(start: Option<Date>, today: Date) -> Date {
    start.unwrap_or_else(|| {
        today.add_days(-(i64::from(chrono::Datelike::weekday(&today.0).num_days_from_monday())))
    })
}

/// Writes the template's files into `dir`, dates moved so that the plan
/// starts on `start`.
fn create_from(
    dir: &Path,
    template: &Template,
    id: &str,
    start: Date,
) -> Result<Vec<PathBuf>, CliError> {
    let shift = templates::start_date(template).map_or(0, |from| from.days_until(start));
    let mut written = Vec::new();
    for (name, text) in template.files {
        let mut text = templates::shift_dates(text, shift);
        if *name == "plan.yaml" {
            text = replace_id(&text, id);
        }
        let path = dir.join(name);
        atomic::write(&path, text.as_bytes()).map_err(|e| cannot_write(&path, &e))?;
        written.push(path);
    }
    // charter's own lock and temporary files never belong in the history.
    let ignore = dir.join(".gitignore");
    if !ignore.exists() {
        atomic::write(&ignore, IGNORED.as_bytes()).map_err(|e| cannot_write(&ignore, &e))?;
        written.push(ignore);
    }
    Ok(written)
}

/// Puts the details given on the command line into the new plan.yaml,
/// through the plan's own writer, so any text is quoted as YAML needs.
fn fill_details(dir: &Path, args: &Args) -> Result<(), CliError> {
    if args.title.is_none() && args.organization.is_none() && args.consultant.is_none() {
        return Ok(());
    }
    let failed = |e: plan_dir::StoreError| {
        CliError::Failed(t!(
            "cli-new-cannot-fill",
            path = dir.join("plan.yaml").display().to_string(),
            error = e.to_string()
        ))
    };
    let loaded = plan_dir::load_only(dir, &["plan.yaml"]).map_err(failed)?;
    let mut plan = loaded.plan.clone();
    if let Some(title) = &args.title {
        plan.meta.title = title.clone();
    }
    if let Some(organization) = &args.organization {
        plan.meta.organization = Some(organization.clone());
    }
    if let Some(consultant) = &args.consultant {
        plan.meta.consultant = Some(consultant.clone());
    }
    loaded.save(&plan, Mode::Keep).map_err(failed)?;
    Ok(())
}

/// Writes the plan folder's `.gitattributes`, which sends plan files to
/// `charter merge-driver`, unless there is one; returns its path if written.
pub fn write_attributes(dir: &Path) -> Result<Option<PathBuf>, CliError> {
    let attributes = dir.join(".gitattributes");
    if attributes.exists() {
        return Ok(None);
    }
    atomic::write(&attributes, merge_driver::attributes().as_bytes())
        .map_err(|e| cannot_write(&attributes, &e))?;
    Ok(Some(attributes))
}

/// Writes the plan's JSON Schemas into `dir/.charter/schema/` (kept with
/// the plan, so they work offline and in every clone) and puts the line
/// that points editors at them on top of each YAML file of `files`. Gives
/// the schema files written.
pub fn point_at_schemas(dir: &Path, files: &[PathBuf]) -> Result<Vec<PathBuf>, CliError> {
    for path in files {
        let rel = path
            .strip_prefix(dir)
            .map(|p| p.to_string_lossy().replace('\\', "/"))
            .unwrap_or_default();
        let Some(line) = schema::modeline(&rel) else {
            continue;
        };
        let failed = |e: std::io::Error| cannot_write(path, &e);
        let text = fs::read_to_string(path).map_err(failed)?;
        atomic::write(path, format!("{line}{text}").as_bytes()).map_err(failed)?;
    }
    let schemas = dir.join(schema::DIR);
    schema::write_all(&schemas).map_err(|e| cannot_write(&schemas, &e))
}

/// A file or folder of the new plan that could not be written.
fn cannot_write(path: &Path, e: &std::io::Error) -> CliError {
    CliError::Failed(t!(
        "cli-cannot-write",
        path = path.display().to_string(),
        error = e.to_string()
    ))
}

/// The plan folder's .gitignore: what charter writes that is not the plan.
pub const IGNORED: &str =
    "# written by charter while it saves; never part of the plan\n.charter.lock\n.charter-*.tmp\n";

fn replace_id(text: &str, id: &str) -> String {
    // A folder named `2026` gives the id "2026", which YAML would read as
    // a number (and the loader refuses as an id) unless quoted.
    let id = if yaml::core::resolve_plain(id) == yaml::core::Core::Str {
        id.to_string()
    } else {
        format!("\"{id}\"")
    };
    text.lines()
        .map(|l| {
            if l.starts_with("id:") {
                format!("id: {id}")
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}
