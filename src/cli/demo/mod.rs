//! `charter demo`: a contact-centre plan with a year of history — weekly
//! readings, milestone changes and a steering review every four weeks —
//! built in a git repository of its own, then shown.
//!
//! The history is simulated, not random: a small xorshift generator with a
//! fixed seed adds the noise, and every date is taken from the plan's start,
//! so the same `--today` always gives the same files and the same commits.
//! The plan starts 48 weeks before today, so it always holds twelve reviews.
//!
//! It must never commit into a repository the user already has: the demo
//! folder gets its own `git init`, even inside another work tree.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Datelike, FixedOffset, NaiveTime, Offset, TimeZone, Utc, Weekday};

use super::{new, CliError, Ctx};

mod people;
mod recognition;
mod simulate;
mod story;

use crate::domain::facts::{self, MetricState};
use crate::domain::model::{
    Assessment, Decision, Health, Metric, MilestonesFile, Plan, Reading, Review, ReviewAction,
    ReviewMetric, ReviewMilestone, Routine, Status, Verdict, WorkshopsFile,
};
use crate::domain::types::{is_slug, slugify, Date, Every, Id};
use crate::store::git::{self, GitError, Repo};
use crate::store::plan_dir::{self, PlanDir};
use crate::store::templates;
use crate::store::yaml::emit::{self, Mode};
use simulate::*;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Build the demo plan in this folder and keep it (it must not exist, or be empty)
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

pub fn run(ctx: &Ctx, args: &Args) -> Result<i32, CliError> {
    match &args.dir {
        Some(dir) => {
            let dir = if dir.is_absolute() {
                dir.clone()
            } else {
                ctx.cwd.join(dir)
            };
            check_free(&dir)?;
            build(&dir, ctx.today)?;
            let code = show(ctx, &dir)?;
            say!();
            say!(
                "The demo plan is in {0}, with its history in a git repository of its own: \
                 try `git -C {0} log --oneline` or `charter --plan {0} status`.",
                dir.display()
            );
            Ok(code)
        }
        None => {
            let tmp = tempfile::Builder::new()
                .prefix("charter-demo-")
                .tempdir()
                .map_err(|e| {
                    CliError::Failed(format!(
                        "cannot create a temporary folder for the demo: {e}; \
                         pass --dir DIR to build it somewhere else"
                    ))
                })?;
            let dir = tmp.path().join("demo");
            build(&dir, ctx.today)?;
            let code = show(ctx, &dir)?;
            // Removing a temporary folder can only fail on a broken system;
            // the demo itself succeeded.
            let _ = tmp.close();
            say!();
            say!(
                "The demo plan was built in a temporary folder and removed; \
                 run `charter demo --dir DIR` to keep it."
            );
            Ok(code)
        }
    }
}

/// The demo writes only into a folder that holds nothing yet.
fn check_free(dir: &Path) -> Result<(), CliError> {
    if !dir.exists() {
        return Ok(());
    }
    let empty = dir.is_dir()
        && fs::read_dir(dir)
            .map_err(|e| CliError::Failed(format!("cannot read {}: {e}", dir.display())))?
            .next()
            .is_none();
    if empty {
        Ok(())
    } else {
        Err(CliError::Usage(format!(
            "{} already exists and is not an empty folder: give --dir a new folder \
             (or an empty one) for the demo plan",
            dir.display()
        )))
    }
}

/// Prints the plan's status exactly as `charter status` does.
fn show(ctx: &Ctx, dir: &Path) -> Result<i32, CliError> {
    let at_plan = Ctx {
        cwd: ctx.cwd.clone(),
        plan: Some(dir.to_path_buf()),
        today: ctx.today,
        today_given: ctx.today_given,
        bidi: ctx.bidi,
    };
    super::ui(&at_plan)
}

/// Builds the demo plan in `dir` (missing or empty) with its history up to
/// `today`, in a new git repository at `dir`.
pub fn build(dir: &Path, today: Date) -> Result<(), CliError> {
    let template = templates::find("contact-center")
        .ok_or_else(|| CliError::Failed("the contact-center template is missing".into()))?;
    let name = dir
        .file_name()
        .map(|n| slugify(&n.to_string_lossy()))
        .unwrap_or_default();
    let id = if is_slug(&name) { name } else { "demo".into() };
    let mut files = new::create(dir, template, &id, today.add_days(-48 * 7))?;
    // Like `charter new`: the schemas travel with the plan, and every file,
    // the reviews and skills.yaml written later included, names its own.
    files.extend(new::point_at_schemas(dir, &files)?);
    let repo = git::init(dir)?;
    ensure_identity(&repo)?;
    let mut history = History {
        plan: plan_dir::load(dir)?,
        repo,
    };
    let start = history.plan.plan.meta.start;
    let message = format!("new plan {id} from template {}", template.name);
    history
        .repo
        .commit_paths(&files, &message, Some(at(start, 9)))?;

    let mut sim = Simulation::new(&history.plan.plan, today);
    let mut reviews_held = 0;
    let mut last_review = start;
    let mut day = start;
    while day <= today {
        if start.days_until(day) % 7 == 0 {
            let mut plan = history.plan.plan.clone();
            let read = sim.readings(&mut plan, day);
            if !read.is_empty() {
                let message = format!("readings for week of {day}: {}", read.join(", "));
                history.commit(&plan, &message, at(day, 9), None)?;
            }
        }
        let mut milestones = history.plan.plan.milestones.clone();
        let mut workshops = history.plan.plan.workshops.clone();
        let mut people = history.plan.plan.people.clone();
        let mut incidents = history.plan.plan.incidents.clone();
        let mut changes = sim.changes(&mut milestones, &mut workshops, day);
        changes.extend(people::people_day(&mut people, start, day));
        changes.extend(people::incidents_day(&mut incidents, start, day));
        if !changes.is_empty() {
            let plan = Plan {
                milestones,
                workshops,
                people,
                incidents,
                ..history.plan.plan.clone()
            };
            history.commit(&plan, &changes.join("; "), at(day, 17), None)?;
        }
        if sim.review_dates.contains(&day) {
            reviews_held += 1;
            let mut plan = history.plan.plan.clone();
            let (review, message) = sim.review(&plan, reviews_held, day);
            let tag = (format!("review/{day}"), review.title.clone());
            plan.reviews.push(review);
            routines_held(&mut plan.committee.routines, reviews_held, day);
            plan.skills
                .assessments
                .extend(assessments(reviews_held, day));
            people::coaching_after(&mut plan, reviews_held, day, today);
            recognition::at_review(&mut plan, reviews_held, last_review, day);
            last_review = day;
            history.commit(&plan, &message, at(day, 17), Some(tag))?;
        }
        day = day.add_days(1);
    }
    Ok(())
}

/// A fresh machine may have no git identity: the demo then signs its
/// commits with one of its own, in its own repository's config only.
fn ensure_identity(repo: &Repo) -> Result<(), CliError> {
    let (name, email) = match repo.check_ready() {
        Ok(()) => return Ok(()),
        Err(GitError::MissingIdentity { name, email }) => (name, email),
        Err(e) => return Err(e.into()),
    };
    let name = name.then_some("charter demo");
    let email = email.then_some("demo@charter.invalid");
    repo.set_local_identity(name, email)?;
    Ok(repo.check_ready()?)
}

/// `date` at `hour`:00 UTC.
fn at(date: Date, hour: i64) -> DateTime<FixedOffset> {
    let naive = date.0.and_time(NaiveTime::MIN) + chrono::Duration::hours(hour);
    Utc.fix().from_utc_datetime(&naive)
}

/// The plan on disk and the repository that records it.
struct History {
    plan: PlanDir,
    repo: Repo,
}

impl History {
    /// Saves `plan`, commits the files that changed at `when` (tagging the
    /// commit `tag.0` with the message `tag.1`, if given), and keeps the
    /// loaded plan in step with the disk.
    fn commit(
        &mut self,
        plan: &Plan,
        message: &str,
        when: DateTime<FixedOffset>,
        tag: Option<(String, Option<String>)>,
    ) -> Result<(), CliError> {
        let changes = self.plan.changes(plan, Mode::Keep)?;
        if changes.is_empty() {
            return Ok(());
        }
        let texts: Vec<(String, Option<String>)> = changes
            .iter()
            .map(|c| (self.relative(&c.path), c.text.clone()))
            .collect();
        let written = self.plan.apply(changes)?;
        let oid = self.repo.commit_paths(&written, message, Some(when))?;
        if let (Some(oid), Some((name, text))) = (oid, tag) {
            let text = text.unwrap_or_else(|| name.clone());
            self.repo.tag_annotated_at(&name, oid, &text, Some(when))?;
        }
        // Reading and parsing every file again after each of ~90 commits
        // would be most of the demo's time: keep the loaded texts in step
        // instead. A new review file gets no entry: reviews are written once
        // and never edited here, so saving never consults one (and would
        // refuse, not overwrite, if it did).
        let mut new_file = false;
        for (rel, text) in texts {
            match self.plan.files.iter_mut().find(|f| f.rel == rel) {
                Some(file) => file.text = text,
                None => new_file |= !rel.starts_with("reviews/"),
            }
        }
        if new_file {
            // A plan file written for the first time (skills.yaml): read
            // the plan again once, so the next save knows its text.
            self.plan = plan_dir::load(&self.plan.dir)?;
            return Ok(());
        }
        self.plan.plan = plan.clone();
        Ok(())
    }

    /// `path` relative to the plan folder, `/`-separated, as in `SourceFile::rel`.
    fn relative(&self, path: &Path) -> String {
        let rel = path.strip_prefix(&self.plan.dir).unwrap_or(path);
        let parts: Vec<String> = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        parts.join("/")
    }
}
