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
use git2::Oid;

use super::{new, status, CliError, Ctx};
use crate::domain::facts::{self, MetricState};
use crate::domain::model::{
    Decision, Health, Metric, Plan, Review, ReviewAction, ReviewMetric, ReviewMilestone, Status,
    Verdict,
};
use crate::domain::types::{is_slug, slugify, Date, Every, Id};
use crate::store::git::{self, GitError, Repo};
use crate::store::plan_dir::{self, PlanDir};
use crate::store::templates;
use crate::store::yaml::emit::{self, Mode};

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
            println!();
            println!(
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
            println!();
            println!(
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
    };
    status::run(&at_plan, &status::Args::default())
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
    let files = new::create(dir, template, &id, today.add_days(-48 * 7))?;
    let repo = git::init(dir)?;
    ensure_identity(&repo)?;
    let mut history = History {
        plan: plan_dir::load(dir)?,
        repo,
    };
    let start = history.plan.plan.meta.start;
    let message = format!("new plan {id} from template {}", template.name);
    history.repo.commit_paths(&files, &message, Some(at(start, 9)))?;

    let mut sim = Simulation::new(&history.plan.plan, today);
    let mut reviews_held = 0;
    let mut day = start;
    while day <= today {
        if start.days_until(day) % 7 == 0 {
            let mut plan = history.plan.plan.clone();
            let read = sim.readings(&mut plan, day);
            if !read.is_empty() {
                let message = format!("readings for week of {day}: {}", read.join(", "));
                history.commit(&plan, &message, at(day, 9))?;
            }
        }
        let mut plan = history.plan.plan.clone();
        let changes = sim.changes(&mut plan, day);
        if !changes.is_empty() {
            history.commit(&plan, &changes.join("; "), at(day, 17))?;
        }
        if sim.review_dates.contains(&day) {
            reviews_held += 1;
            let mut plan = history.plan.plan.clone();
            let (review, message) = sim.review(&plan, reviews_held, day);
            let title = review.title.clone().unwrap_or_default();
            plan.reviews.push(review);
            let when = at(day, 17);
            if let Some(oid) = history.commit(&plan, &message, when)? {
                let tag = format!("review/{day}");
                history.repo.tag_annotated_at(&tag, oid, &title, Some(when))?;
            }
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
    let failed = |e: git2::Error| {
        CliError::Failed(format!(
            "cannot set a git identity in the demo repository: {e}; \
             set one with `git config --global user.name \"Your Name\"` and \
             `git config --global user.email \"you@example.com\"`"
        ))
    };
    let mut config = repo
        .git2()
        .config()
        .and_then(|c| c.open_level(git2::ConfigLevel::Local))
        .map_err(failed)?;
    if name {
        config.set_str("user.name", "charter demo").map_err(failed)?;
    }
    if email {
        config
            .set_str("user.email", "demo@charter.invalid")
            .map_err(failed)?;
    }
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
    /// Saves `plan`, commits the files that changed, and reloads.
    fn commit(
        &mut self,
        plan: &Plan,
        message: &str,
        when: DateTime<FixedOffset>,
    ) -> Result<Option<Oid>, CliError> {
        let written = self.plan.save(plan, Mode::Keep)?;
        if written.is_empty() {
            return Ok(None);
        }
        let oid = self.repo.commit_paths(&written, message, Some(when))?;
        self.plan = plan_dir::load(&self.plan.dir)?;
        Ok(oid)
    }
}

/// xorshift64: enough noise for a demo, the same on every machine.
struct Noise(u64);

impl Noise {
    /// A value in [-1, 1).
    fn next(&mut self) -> f64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        (x >> 11) as f64 / (1u64 << 53) as f64 * 2.0 - 1.0
    }
}

/// How a metric's readings run over the year.
#[derive(Clone, Copy, PartialEq)]
enum Course {
    /// A little ahead of its trajectory (the default).
    Ahead,
    /// Makes about 70% of the expected progress.
    Behind,
    /// Ahead, then in the last weeks worse than its alert level.
    Exception,
    /// Ahead, until it stops reporting ten weeks before today.
    Stale,
}

const COURSES: [(&str, Course); 5] = [
    ("asa", Course::Stale),
    ("aht", Course::Behind),
    ("transfers", Course::Exception),
    ("csat", Course::Behind),
    ("fcr", Course::Ahead),
];

/// FCR dips below its trajectory around week 20, while the knowledge base
/// is blocked: (metric, week of the deepest point, weeks either side, depth
/// as a share of the planned improvement).
const DIP: (&str, f64, f64, f64) = ("fcr", 20.0, 6.0, 0.45);

/// What happens to a milestone, in days from its planned start or due date.
struct Script {
    id: &'static str,
    /// Work starts this many days after the planned start.
    begins: i64,
    /// Work ends (or, when open, is expected to end) this many days after the due date.
    finish: i64,
    outcome: Outcome,
    /// Blocked from/to, in days after the planned start.
    blocked: Option<(i64, i64)>,
    /// Reviews see the slip from this many days after the planned start.
    slip_seen: i64,
    note: &'static str,
}

#[derive(Clone, Copy, PartialEq)]
enum Outcome {
    Done,
    /// Still open today; its actions are done along the way.
    Open,
    /// Still open today, its actions waiting for a later step.
    OpenWaiting,
    /// Cancelled this many days after the planned start.
    Cancelled(i64),
}

const fn on_time(id: &'static str, finish: i64) -> Script {
    Script {
        id,
        begins: 0,
        finish,
        outcome: Outcome::Done,
        blocked: None,
        slip_seen: 0,
        note: "",
    }
}

/// A milestone the script does not know: done on its due date.
const UNSCRIPTED: Script = on_time("", 0);

const SCRIPTS: [Script; 16] = [
    on_time("current-state", -1),
    on_time("steering-set-up", -7),
    on_time("targets-set", 0),
    on_time("charter-published", -1),
    on_time("change-agents", 0),
    on_time("routines-calendar", 0),
    Script {
        finish: 42,
        slip_seen: 21,
        note: "The CRM team has not delivered the data feed for the weekly reports yet.",
        ..on_time("bi-dashboards", 0)
    },
    on_time("routines-live", -1),
    on_time("service-workshop", -4),
    Script {
        finish: 49,
        blocked: Some((42, 77)),
        slip_seen: 42,
        note: "Five weeks lost waiting for the CRM vendor's API access.",
        ..on_time("knowledge-base", 0)
    },
    Script {
        finish: 42,
        outcome: Outcome::Cancelled(64),
        note: "Cannot start before the BI dashboards are live.",
        ..on_time("workforce-plan", 0)
    },
    on_time("skills-coaching", 0),
    on_time("root-cause-review", 0),
    Script {
        begins: 47,
        finish: 77,
        outcome: Outcome::Open,
        note: "Started late, after the knowledge base; the pilot needs more time than planned.",
        ..on_time("one-owner-rule", 0)
    },
    Script {
        finish: 49,
        outcome: Outcome::Open,
        slip_seen: 75,
        note: "Flows are tested, but the launch waits for the telephony migration.",
        ..on_time("self-service", 0)
    },
    Script {
        outcome: Outcome::OpenWaiting,
        ..on_time("year-end-review", 0)
    },
];

/// A milestone's script turned into dates.
struct MilestoneRun {
    id: Id,
    start: Date,
    due: Date,
    begins: Date,
    finish: Date,
    outcome: Outcome,
    blocked: Option<(Date, Date)>,
    slip_seen: Date,
    note: &'static str,
    /// When each of its actions gets done (index into the milestone's actions).
    actions: Vec<(usize, Date)>,
}

/// One review's decisions, new actions and story.
struct Meeting {
    decisions: &'static [(&'static str, &'static str)],
    actions: &'static [Task],
    story: &'static str,
}

/// A review action: due this many days after its review, done at review
/// number `closes` (never, when `None`).
struct Task {
    text: &'static str,
    owner: &'static str,
    due: i64,
    closes: Option<usize>,
    metric: Option<&'static str>,
    milestone: Option<&'static str>,
}

const fn task(text: &'static str, owner: &'static str, due: i64, closes: Option<usize>) -> Task {
    Task {
        text,
        owner,
        due,
        closes,
        metric: None,
        milestone: None,
    }
}

const MEETINGS: [Meeting; 12] = [
    Meeting {
        decisions: &[
            ("Hold the steering review every four weeks, with this report format", "dana"),
            ("Set every target at about 120% of its baseline", "ruth"),
        ],
        actions: &[
            task("Send the baseline report to every team leader", "michael", 11, Some(2)),
            Task {
                milestone: Some("change-agents"),
                ..task("Nominate a change agent in every team", "daniel", 11, Some(2))
            },
        ],
        story: "The committee and the current-state analysis closed on time, with a baseline for every metric.",
    },
    Meeting {
        decisions: &[("Approve the service charter for publication on every channel", "dana")],
        actions: &[Task {
            milestone: Some("bi-dashboards"),
            ..task("Agree a delivery date for the CRM data feed", "michael", 18, Some(4))
        }],
        story: "Targets are set and the routines calendar is approved. The BI data feed has no date yet.",
    },
    Meeting {
        decisions: &[("Accept a later date for the BI dashboards and follow the data feed weekly", "david")],
        actions: &[
            Task {
                milestone: Some("bi-dashboards"),
                ..task("Add the dashboards to the weekly project-office report", "noa", 7, Some(5))
            },
            Task {
                metric: Some("fcr"),
                ..task("Listen to repeat calls to find why customers call again", "anna", 25, Some(6))
            },
        ],
        story: "The charter is published, the change agents are trained and the first workshop was held. The BI dashboards slip.",
    },
    Meeting {
        decisions: &[("Escalate the knowledge-base API access to the CRM vendor's management", "david")],
        actions: &[
            Task {
                milestone: Some("knowledge-base"),
                ..task("Get a date for the API access from the CRM vendor", "david", 4, Some(6))
            },
            Task {
                metric: Some("aht"),
                ..task("Shorten after-call work in the CRM case view", "daniel", 25, Some(8))
            },
        ],
        story: "Routines run in every team. The knowledge base is blocked on the CRM vendor, and the staffing plan waits for the dashboards.",
    },
    Meeting {
        decisions: &[
            ("Hold a weekly FCR huddle in every team until FCR is back on its trajectory", "miriam"),
            ("Plan staffing by hand until the dashboards are live", "tom"),
        ],
        actions: &[Task {
            metric: Some("fcr"),
            ..task("Coach North tier-1 on the ten most repeated requests", "anna", 18, Some(7))
        }],
        story: "FCR fell below its trajectory while the knowledge base is blocked. The dashboards go live this week, six weeks late.",
    },
    Meeting {
        decisions: &[
            ("Cancel the staffing-plan milestone: the new telephony platform's WFM module replaces it", "david"),
            ("Resume the knowledge base now that the API access is granted", "miriam"),
        ],
        actions: &[Task {
            milestone: Some("workforce-plan"),
            ..task("Put the WFM module in the telephony platform contract", "tom", 25, Some(8))
        }],
        story: "The dashboards are live and the knowledge base moves again, about five weeks behind. The staffing plan is cancelled.",
    },
    Meeting {
        decisions: &[("Start the one-owner rule only when the knowledge base is live", "ben")],
        actions: &[
            Task {
                metric: Some("csat"),
                ..task("Present the survey results to every team", "maya", 11, Some(8))
            },
            Task {
                metric: Some("csat"),
                ..task("Agree a CSAT recovery plan with the team leaders", "sara", 25, Some(10))
            },
        ],
        story: "The first surveys are in: CSAT is below its trajectory, NPS and eNPS on theirs. FCR is recovering.",
    },
    Meeting {
        decisions: &[("Give tier-1 representatives authority for billing credits", "miriam")],
        actions: &[Task {
            milestone: Some("one-owner-rule"),
            ..task("Set the credit limits for tier-1 representatives", "ben", 4, Some(9))
        }],
        story: "The knowledge base is live, seven weeks late, and the one-owner pilot starts now. Skills coaching closed on time.",
    },
    Meeting {
        decisions: &[
            ("Launch self-service after the telephony migration", "michael"),
            ("Keep the CTI reports running through the migration", "tom"),
        ],
        actions: &[
            Task {
                metric: Some("asa"),
                ..task("Plan the CTI report migration with the telephony vendor", "tom", 18, None)
            },
            Task {
                milestone: Some("one-owner-rule"),
                ..task("Review the one-owner pilot every week", "anna", 18, Some(11))
            },
        ],
        story: "The one-owner pilot runs in North tier-1. Self-service waits for the telephony migration and will launch late.",
    },
    Meeting {
        decisions: &[("Extend the one-owner pilot by four weeks before the roll-out", "ben")],
        actions: &[Task {
            metric: Some("asa"),
            ..task("Rebuild the weekly ASA report on the new telephony platform", "michael", 11, None)
        }],
        story: "The telephony migration broke the CTI export: no ASA figure since the switch.",
    },
    Meeting {
        decisions: &[("Hold the year-end surveys in the first week of December", "maya")],
        actions: &[
            Task {
                metric: Some("transfers"),
                ..task("Find why transfers rose after the billing migration", "ben", 11, None)
            },
            Task {
                milestone: Some("year-end-review"),
                ..task("Book the year-end survey with the survey vendor", "maya", 4, Some(12))
            },
        ],
        story: "Transfers rise since the billing system migration. The one-owner rule and self-service are overdue.",
    },
    Meeting {
        decisions: &[
            ("Carry the one-owner rule and self-service into next year's plan if they miss December", "dana"),
            ("Report transfers daily until they are back under the alert level", "tom"),
        ],
        actions: &[
            Task {
                milestone: Some("year-end-review"),
                ..task("Draft next year's work plan from this year's results", "ruth", 11, None)
            },
            Task {
                metric: Some("transfers"),
                ..task("Add transfers to the daily exception report", "tom", 4, None)
            },
        ],
        story: "Transfers are above their alert level and two milestones are overdue; the year-end review starts from these results.",
    },
];

/// The year being simulated: dates, milestone paths and the noise.
struct Simulation {
    start: Date,
    today: Date,
    /// Review dates held up to today.
    review_dates: Vec<Date>,
    /// The review grid beyond today too, to spread slips over reviews.
    grid: Vec<Date>,
    paths: Vec<MilestoneRun>,
    noise: Noise,
}

impl Simulation {
    fn new(plan: &Plan, today: Date) -> Simulation {
        let start = plan.meta.start;
        let every = plan.meta.review_every.unwrap_or(Every {
            count: 4,
            unit: crate::domain::types::EveryUnit::Week,
        });
        let mut grid = Vec::new();
        let mut next = every.after(start);
        while grid.len() < 40 && next > start {
            grid.push(next);
            next = every.after(next);
        }
        let review_dates = grid.iter().copied().filter(|d| *d <= today).collect();
        let paths = plan
            .milestones
            .milestones
            .iter()
            .filter_map(|m| {
                let (start, due) = (m.start?, m.due?);
                let script = SCRIPTS
                    .iter()
                    .find(|s| m.id.as_str() == s.id)
                    .unwrap_or(&UNSCRIPTED);
                let begins = start.add_days(script.begins);
                let finish = due.add_days(script.finish);
                let actions = m
                    .actions
                    .iter()
                    .enumerate()
                    .filter_map(|(i, a)| {
                        let planned = a.due?;
                        Some((i, scale(planned, start, due, begins, finish)))
                    })
                    .collect();
                Some(MilestoneRun {
                    id: m.id.clone(),
                    start,
                    due,
                    begins,
                    finish,
                    outcome: script.outcome,
                    blocked: script
                        .blocked
                        .map(|(a, b)| (start.add_days(a), start.add_days(b))),
                    slip_seen: start.add_days(script.slip_seen),
                    note: script.note,
                    actions,
                })
            })
            .collect();
        Simulation {
            start,
            today,
            review_dates,
            grid,
            paths,
            noise: Noise(0x5EED_C0DE_CAFE_F00D),
        }
    }

    /// Adds this week's readings; returns them as `id value` for the message.
    fn readings(&mut self, plan: &mut Plan, week: Date) -> Vec<String> {
        let mut read = Vec::new();
        for metric in &mut plan.metrics.metrics {
            let (Some(baseline), Some(every)) = (metric.baseline, metric.every) else {
                continue;
            };
            let last = facts::latest_reading(metric).map_or(baseline.on, |r| r.on);
            // Figures shorter than a week are read as the week's figure.
            let due = every.after(last).max(last.add_days(7));
            let course = COURSES
                .iter()
                .find(|(id, _)| metric.id.as_str() == *id)
                .map_or(Course::Ahead, |(_, c)| *c);
            let weeks_left = week.days_until(self.today) / 7;
            if week < due || (course == Course::Stale && weeks_left < 10) {
                continue;
            }
            let Some(value) = self.value(metric, course, week, weeks_left) else {
                continue;
            };
            metric.readings.push(crate::domain::model::Reading {
                on: week,
                value,
                unit: None,
            });
            read.push(format!("{} {}", metric.id, number(value)));
        }
        read
    }

    /// A reading on `week` along the metric's course, rounded as people
    /// report it: whole numbers for wide ranges, one decimal for narrow ones.
    fn value(&mut self, m: &Metric, course: Course, week: Date, weeks_left: i64) -> Option<f64> {
        let (b, t) = (m.baseline?, m.target?);
        let delta = t.value - b.value;
        let share = |d: Date| {
            let span = b.on.days_until(t.by).max(1) as f64;
            (b.on.days_until(d) as f64 / span).clamp(0.0, 1.0)
        };
        let noise = 0.03 * self.noise.next();
        // A lead of one reading period keeps an "ahead" metric ahead of the
        // trajectory until the next reading is due.
        let period = m.every.map_or(7.0, Every::approx_days).max(7.0) as i64;
        let ahead = share(week.add_days(period + 7)) + 0.1 + noise;
        let (dip_id, centre, width, depth) = DIP;
        let week_no = self.start.days_until(week) as f64 / 7.0;
        let dip = if m.id.as_str() == dip_id {
            depth * (1.0 - (week_no - centre).abs() / width).max(0.0)
        } else {
            0.0
        };
        let progress = match course {
            Course::Ahead | Course::Stale => ahead - dip,
            Course::Behind => 0.7 * share(week) + noise,
            Course::Exception => {
                let beyond = m.alert.map_or(-0.5, |a| (a - b.value) / delta - 0.3);
                let k = ((6 - weeks_left) as f64 / 6.0).clamp(0.0, 1.0);
                ahead * (1.0 - k) + beyond * k
            }
        };
        let value = b.value + delta * progress;
        Some(if delta.abs() >= 10.0 {
            value.round()
        } else {
            (value * 10.0).round() / 10.0
        })
    }

    /// Applies the milestone and workshop changes of `day`; returns them
    /// as phrases for the commit message.
    fn changes(&self, plan: &mut Plan, day: Date) -> Vec<String> {
        let mut said = Vec::new();
        for path in &self.paths {
            let Some(m) = plan.milestones.milestones.iter_mut().find(|m| m.id == path.id) else {
                continue;
            };
            let before = m.status;
            let mut after = before;
            if day == path.begins && before == Status::Planned {
                after = Status::InProgress;
            }
            if let Some((from, to)) = path.blocked {
                if day == from && after == Status::InProgress {
                    after = Status::Blocked;
                }
                if day == to && after == Status::Blocked {
                    after = Status::InProgress;
                }
            }
            let mut actions_done = 0;
            match path.outcome {
                Outcome::Done if day == path.finish && m.is_open() => {
                    after = Status::Done;
                    m.done_on = Some(day);
                    for a in m.actions.iter_mut().filter(|a| !a.done) {
                        a.done = true;
                        actions_done += 1;
                    }
                }
                Outcome::Cancelled(days) if day == path.start.add_days(days) => {
                    after = Status::Cancelled;
                }
                Outcome::Open => {
                    for (i, when) in &path.actions {
                        if *when == day && *when < path.finish {
                            if let Some(a) = m.actions.get_mut(*i).filter(|a| !a.done) {
                                a.done = true;
                                actions_done += 1;
                            }
                        }
                    }
                }
                _ => {}
            }
            m.status = after;
            let mut phrase = Vec::new();
            if after != before {
                phrase.push(format!("status {} → {}", before.as_str(), after.as_str()));
            }
            match actions_done {
                0 => {}
                1 => phrase.push("1 action done".into()),
                n => phrase.push(format!("{n} actions done")),
            }
            if !phrase.is_empty() {
                said.push(format!("milestone {}: {}", m.id, phrase.join(", ")));
            }
        }
        for w in &mut plan.workshops.workshops {
            for tool in &mut w.tools {
                if tool.verdict == Verdict::Trial && tool.trial_until == Some(day) {
                    tool.verdict = Verdict::Keep;
                    said.push(format!("workshop {}: tool {} trial → keep", w.id, tool.id));
                }
            }
        }
        said
    }

    /// The forecast for a milestone at review `date`: its due date until
    /// the slip shows, then later at each review until the real finish.
    fn forecast(&self, path: &MilestoneRun, date: Date) -> Date {
        let slip = path.due.days_until(path.finish);
        if slip <= 0 || date < path.slip_seen {
            return path.due;
        }
        let seen: Vec<&Date> = self
            .grid
            .iter()
            .filter(|d| **d >= path.slip_seen && **d <= path.finish)
            .collect();
        let n = seen.len().max(1) as i64;
        let i = seen.iter().filter(|d| ***d <= date).count().max(1) as i64;
        let weeks = (slip + 6) / 7;
        let mut forecast = path.due.add_days(7 * ((weeks * i + n - 1) / n));
        while forecast <= date {
            forecast = forecast.add_days(7);
        }
        forecast
    }

    /// Steering review number `number` on `date`, and its commit message.
    fn review(&self, plan: &Plan, number: usize, date: Date) -> (Review, String) {
        let previous = number
            .checked_sub(2)
            .and_then(|i| self.review_dates.get(i).copied());
        let mut entries = Vec::new();
        for m in &plan.milestones.milestones {
            let Some(path) = self.paths.iter().find(|p| p.id == m.id) else {
                continue;
            };
            if m.status == Status::Done {
                let done_on = m.done_on.unwrap_or(date);
                if previous.is_none_or(|p| done_on > p) {
                    entries.push(ReviewMilestone {
                        id: m.id.clone(),
                        health: Health::Done,
                        progress: Some(100),
                        forecast: Some(done_on),
                        note: None,
                    });
                }
                continue;
            }
            if m.status == Status::Cancelled {
                continue;
            }
            let forecast = self.forecast(path, date);
            let late = path.due.days_until(forecast);
            let health = match m.status {
                Status::Blocked => Health::OffTrack,
                Status::Planned if path.start > date => Health::NotStarted,
                _ if late > 21 => Health::OffTrack,
                Status::Planned => Health::AtRisk,
                _ if late > 0 => Health::AtRisk,
                _ => Health::OnTrack,
            };
            let progress = match m.status {
                Status::Planned => 0,
                _ => progress(path, date, forecast),
            };
            let note = matches!(health, Health::AtRisk | Health::OffTrack)
                .then(|| path.note.to_string())
                .filter(|n| !n.is_empty());
            entries.push(ReviewMilestone {
                id: m.id.clone(),
                health,
                progress: Some(progress),
                forecast: Some(forecast),
                note,
            });
        }
        let metrics: Vec<ReviewMetric> = plan
            .metrics
            .metrics
            .iter()
            .filter_map(|m| {
                Some(ReviewMetric {
                    id: m.id.clone(),
                    value: facts::latest_reading(m)?.value,
                    note: None,
                })
            })
            .collect();
        let meeting = MEETINGS.get(number - 1);
        let decisions: Vec<Decision> = meeting
            .map(|s| s.decisions)
            .unwrap_or_default()
            .iter()
            .map(|(text, owner)| Decision {
                text: text.to_string(),
                owner: Id::new(owner).ok(),
            })
            .collect();
        let actions = self.actions(number);
        let count = |h: Health| entries.iter().filter(|e| e.health == h).count();
        let (on, risk, off) = (
            count(Health::OnTrack),
            count(Health::AtRisk),
            count(Health::OffTrack),
        );
        let done = plan
            .milestones
            .milestones
            .iter()
            .filter(|m| m.status == Status::Done)
            .count();
        let mut summary = String::new();
        if let Some(m) = meeting {
            summary.push_str(m.story);
            summary.push('\n');
        }
        summary.push_str(&format!(
            "Milestones: {done} done, {on} on track, {risk} at risk, {off} off track, {} not started.\n",
            count(Health::NotStarted)
        ));
        summary.push_str(&metrics_line(plan, date));
        summary.push('\n');
        let message = format!(
            "review {date}: {on} on track, {risk} at risk, {off} off track; {} decisions, {} actions",
            decisions.len(),
            actions.len()
        );
        let review = Review {
            file: plan_dir::review_file(date),
            date,
            title: Some(format!("Steering review {number}")),
            attendees: attendees(plan, number),
            milestones: entries,
            metrics,
            decisions,
            actions,
            summary: Some(summary),
        };
        (review, message)
    }

    /// The actions of review `number`: those carried over from earlier
    /// reviews (done ones marked, for the last time), then its new ones.
    fn actions(&self, number: usize) -> Vec<ReviewAction> {
        let mut out = Vec::new();
        for (k, meeting) in MEETINGS.iter().enumerate().take(number) {
            let held = self.review_dates.get(k).copied().unwrap_or(self.start);
            for t in meeting.actions {
                if t.closes.is_some_and(|c| c < number) {
                    continue;
                }
                out.push(ReviewAction {
                    text: t.text.to_string(),
                    owner: Id::new(t.owner).ok(),
                    due: Some(held.add_days(t.due)),
                    done: t.closes == Some(number),
                    metric: t.metric.and_then(|id| Id::new(id).ok()),
                    milestone: t.milestone.and_then(|id| Id::new(id).ok()),
                });
            }
        }
        out
    }
}

/// Work done by `date` as a share of the time to the forecast, in steps
/// of 5%, never 0 or 100 while the milestone is open.
fn progress(path: &MilestoneRun, date: Date, forecast: Date) -> u8 {
    let lost = |until: Date| {
        path.blocked.map_or(0, |(from, to)| {
            from.days_until(to.min(until)).max(0)
        })
    };
    let done = path.begins.days_until(date) - lost(date);
    let total = path.begins.days_until(forecast) - lost(forecast);
    let share = done as f64 / total.max(1) as f64 * 100.0;
    ((share / 5.0).round() * 5.0).clamp(5.0, 95.0) as u8
}

/// The committee at review `number`: the sponsor comes every third review.
fn attendees(plan: &Plan, number: usize) -> Vec<Id> {
    plan.committee
        .members
        .iter()
        .filter(|m| m.role != Some(crate::domain::model::Role::Sponsor) || number % 3 == 0)
        .map(|m| m.id.clone())
        .collect()
}

/// "Metrics: 6 on track; behind: aht, csat; exception: transfers." at `date`.
fn metrics_line(plan: &Plan, date: Date) -> String {
    let mut on_track = 0;
    let mut groups: Vec<(MetricState, Vec<&str>)> = [
        MetricState::Behind,
        MetricState::Exception,
        MetricState::Stale,
        MetricState::NoData,
    ]
    .into_iter()
    .map(|s| (s, Vec::new()))
    .collect();
    for m in &plan.metrics.metrics {
        let state = facts::metric_state(m, date);
        if state == MetricState::OnTrack {
            on_track += 1;
        }
        if let Some((_, ids)) = groups.iter_mut().find(|(s, _)| *s == state) {
            ids.push(m.id.as_str());
        }
    }
    let mut line = format!("Metrics: {on_track} on track");
    for (state, ids) in groups.iter().filter(|(_, ids)| !ids.is_empty()) {
        let label = state.as_str().replace('_', " ");
        line.push_str(&format!("; {label}: {}", ids.join(", ")));
    }
    line.push('.');
    line
}

/// `planned` moved from the planned span (start..due) onto the real one
/// (begins..finish), kept on a working day.
fn scale(planned: Date, start: Date, due: Date, begins: Date, finish: Date) -> Date {
    let span = start.days_until(due).max(1) as f64;
    let real = begins.days_until(finish) as f64;
    let offset = (start.days_until(planned) as f64 * real / span).round() as i64;
    let date = begins.add_days(offset);
    match date.0.weekday() {
        Weekday::Sat => date.add_days(-1),
        Weekday::Sun => date.add_days(-2),
        _ => date,
    }
}

fn number(value: f64) -> String {
    serde_json::Number::from_f64(value).map_or_else(|| value.to_string(), |n| emit::number(&n))
}
