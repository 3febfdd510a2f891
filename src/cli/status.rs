//! `charter status`: the one-screen summary, as text, JSON or Markdown.
//! Every format is drawn from the same [`PlanStatus`].

use crate::domain::words::cut;
use std::fmt::Write;

use super::markdown_escape::{code, md};
use super::{error_counts, method, CliError, Ctx};
use crate::domain::facts::MetricState;
use crate::domain::model::{Plan, Status};
use crate::domain::summary::{plan_status_with, MetricStatus, PlanStatus};
use crate::domain::types::Date;
use crate::store::history::{commit_date, commit_notes, History};
use crate::store::plan_dir::PlanDir;
use crate::store::yaml::emit::number;

#[derive(Debug, Default, clap::Args)]
pub struct Args {
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// The status as it was at a revision (a commit, a tag such as
    /// review/2026-03-31, or a date YYYY-MM-DD: the last commit on or before
    /// it), read from git without touching the files
    #[arg(long, value_name = "REV|DATE")]
    pub as_of: Option<String>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    #[default]
    Text,
    Json,
    Markdown,
}

pub fn run(ctx: &Ctx, args: &Args) -> Result<i32, CliError> {
    let (dir, today) = plan_as_of(ctx, args.as_of.as_deref())?;
    let (errors, warnings) = error_counts(&dir, today);
    let status = status_of(&dir, today, errors, warnings);
    let out = match args.format {
        Format::Text => text(&dir.plan, &status),
        Format::Json => super::terminal::json(&status) + "\n",
        Format::Markdown => markdown(&dir.plan, &status),
    };
    say_raw!(out);
    Ok(errors_hint(errors))
}

/// The plan's status with the repository's commit messages, where a
/// routine may be named as held. A history that cannot be read leaves
/// only the routines' `held:` dates and reviews to go by.
pub fn status_of(dir: &PlanDir, today: Date, errors: usize, warnings: usize) -> PlanStatus {
    let since = crate::domain::routines::commits_needed_since(&dir.plan, today);
    let commits = commit_notes(&dir.dir, since).unwrap_or_default();
    plan_status_with(&dir.plan, today, errors, warnings, &commits)
}

/// Says on stderr that a plan with errors may be shown in part, and gives
/// the exit code: 1 with errors, else 0.
pub fn errors_hint(errors: usize) -> i32 {
    if errors > 0 {
        tell!("charter: the plan has {errors} error(s), so parts of it may be missing above: run `charter check`");
    }
    i32::from(errors > 0)
}

/// The plan as it is on disk with `ctx.today`, or as it was at `as_of`
/// (see [`as_of`]): what `status --as-of` and `report --as-of` show.
pub fn plan_as_of(ctx: &Ctx, as_of_rev: Option<&str>) -> Result<(PlanDir, Date), CliError> {
    match as_of_rev {
        Some(rev) => as_of(ctx, rev),
        None => Ok((ctx.load()?, ctx.today)),
    }
}

/// The plan at `rev`, and the day its facts are computed for: `--today`
/// when given, else the date asked for, else the revision's commit date.
fn as_of(ctx: &Ctx, rev: &str) -> Result<(PlanDir, Date), CliError> {
    let history = History::open(&ctx.plan_dir()?)?;
    let commit = history.resolve(rev)?;
    let dir = history.load(&commit, rev)?;
    let today = if ctx.today_given {
        ctx.today
    } else {
        match Date::parse(rev.trim()) {
            Ok(date) => date,
            Err(_) => commit_date(&commit),
        }
    };
    Ok((dir, today))
}

fn num(v: Option<f64>) -> String {
    match v.and_then(serde_json::Number::from_f64) {
        Some(n) => number(&n),
        None => "–".into(),
    }
}

pub fn state_label(state: MetricState) -> &'static str {
    match state {
        MetricState::OnTrack => "✔ on track",
        MetricState::Behind => "▼ behind",
        MetricState::Exception => "! exception",
        MetricState::Stale => "⌛ stale",
        MetricState::NoData => "· no data",
    }
}

fn status_label(s: Status) -> &'static str {
    match s {
        Status::Done => "✔ done",
        Status::InProgress => "▶ in progress",
        Status::Planned => "○ planned",
        Status::Blocked => "■ blocked",
        Status::Cancelled => "✖ cancelled",
    }
}

fn days(n: i64) -> String {
    match n {
        0 => "today".into(),
        n if n > 0 => format!("in {n}d"),
        n => format!("{}d ago", -n),
    }
}

fn trajectory(m: &MetricStatus) -> String {
    let unit = m
        .unit
        .as_deref()
        .map(|u| format!(" {u}"))
        .unwrap_or_default();
    format!(
        "{} → {} → {}{unit}",
        num(m.baseline),
        num(m.latest),
        num(m.target)
    )
}

fn text(plan: &Plan, s: &PlanStatus) -> String {
    let mut o = String::new();
    let p = &s.plan;
    let _ = writeln!(o, "{} ({})", p.title, p.id);
    let _ = writeln!(
        o,
        "{} · {} · {} days left · {} to {}",
        s.today,
        p.day_words(s.today),
        p.days_left.max(0),
        p.start,
        p.end
    );
    let _ = writeln!(o);
    let m = &s.milestones;
    let counts: Vec<String> = Status::ALL
        .iter()
        .filter(|st| m.by_status.get(**st) > 0)
        .map(|st| format!("{} {}", status_label(*st), m.by_status.get(*st)))
        .collect();
    let _ = writeln!(o, "Milestones {}: {}", m.total, counts.join(" · "));
    if !m.overdue.is_empty() {
        let _ = writeln!(o, "  overdue:");
        for id in &m.overdue {
            if let Some(ms) = plan.milestones.milestones.iter().find(|x| &x.id == id) {
                let due = ms
                    .due
                    .map(|d| format!("due {d}, {}d late", d.days_until(s.today)))
                    .unwrap_or_default();
                let _ = writeln!(
                    o,
                    "    ! {:<24} {}  ({due})",
                    ms.id.as_str(),
                    cut(&ms.title, 48)
                );
            }
        }
    }
    if !m.next_due.is_empty() {
        let _ = writeln!(o, "  next due:");
        for n in &m.next_due {
            let _ = writeln!(
                o,
                "      {:<24} {}  {} ({})",
                n.id.as_str(),
                cut(&n.title, 48),
                n.due,
                days(n.in_days)
            );
        }
    }
    for sl in m.slipped.iter().filter(|x| x.slip_days != 0) {
        let _ = writeln!(
            o,
            "  {} slipped {:+}d over {} review(s)",
            sl.id, sl.slip_days, sl.reviews
        );
    }
    let _ = writeln!(o);
    let _ = writeln!(o, "Metrics {}: baseline → latest → target", s.metrics.len());
    let id_w = s
        .metrics
        .iter()
        .map(|x| x.id.as_str().chars().count())
        .max()
        .unwrap_or(0);
    let name_w = s
        .metrics
        .iter()
        .map(|x| x.name.chars().count().min(32))
        .max()
        .unwrap_or(0);
    let traj: Vec<String> = s.metrics.iter().map(trajectory).collect();
    let traj_w = traj.iter().map(|t| t.chars().count()).max().unwrap_or(0);
    for (x, t) in s.metrics.iter().zip(&traj) {
        let name = cut(&x.name, 32);
        let expected = match (x.state, x.expected) {
            (MetricState::Behind | MetricState::OnTrack, Some(e)) => {
                format!("  expected {}", num(Some(e)))
            }
            _ => String::new(),
        };
        let _ = writeln!(
            o,
            "  {:<id_w$}  {:<name_w$}  {:<traj_w$}  {}{expected}",
            x.id.as_str(),
            name,
            t,
            state_label(x.state)
        );
        method::breakdown_text(&mut o, &x.breakdown);
    }
    let _ = writeln!(o);
    let r = &s.reviews;
    let last = r.last.map_or("none yet".to_string(), |d| d.to_string());
    let next = match r.next_due {
        Some(d) => format!(
            "{d} ({}){}",
            days(s.today.days_until(d)),
            if r.overdue { " — overdue" } else { "" }
        ),
        None => "not scheduled (set review_every in plan.yaml)".into(),
    };
    let _ = writeln!(
        o,
        "Reviews: {} held · last {last} · next due {next}",
        r.held
    );
    let _ = writeln!(o, "Open actions {}", s.open_actions);
    for a in s.open_actions_list.iter().take(8) {
        let owner = a
            .owner
            .as_ref()
            .map(|x| format!("  {x}"))
            .unwrap_or_default();
        let due = match a.due {
            Some(d) if d < s.today => format!("  due {d} !"),
            Some(d) => format!("  due {d}"),
            None => String::new(),
        };
        let _ = writeln!(o, "  {}{owner}{due}  ({})", a.text, a.source);
    }
    if s.open_actions_list.len() > 8 {
        let _ = writeln!(o, "  … and {} more", s.open_actions_list.len() - 8);
    }
    method::routines_text(&mut o, &s.routines, s.today);
    method::tools_text(&mut o, &s.tools);
    method::skills_text(&mut o, &s.skills);
    if s.errors + s.warnings > 0 {
        let _ = writeln!(o);
        let _ = writeln!(
            o,
            "Check: {} error(s), {} warning(s): run `charter check`",
            s.errors, s.warnings
        );
    }
    o
}

fn markdown(plan: &Plan, s: &PlanStatus) -> String {
    let mut o = String::new();
    let p = &s.plan;
    let _ = writeln!(o, "# {}\n", md(&p.title));
    let _ = writeln!(
        o,
        "Status on **{}** · {} · {} → {}\n",
        s.today,
        p.day_words(s.today),
        p.start,
        p.end
    );
    let m = &s.milestones;
    let _ = writeln!(o, "## Milestones ({})\n", m.total);
    let _ = writeln!(o, "| status | count |\n|---|---:|");
    for st in Status::ALL {
        let _ = writeln!(o, "| {} | {} |", status_label(st), m.by_status.get(st));
    }
    if !m.overdue.is_empty() {
        let _ = writeln!(o, "\n**Overdue**\n");
        for id in &m.overdue {
            if let Some(ms) = plan.milestones.milestones.iter().find(|x| &x.id == id) {
                let due = ms.due.map(|d| d.to_string()).unwrap_or_default();
                let _ = writeln!(
                    o,
                    "- {} {} (due {due})",
                    code(ms.id.as_str()),
                    md(&ms.title)
                );
            }
        }
    }
    if !m.next_due.is_empty() {
        let _ = writeln!(o, "\n**Next due**\n");
        for n in &m.next_due {
            let _ = writeln!(
                o,
                "- {} {} — {} ({})",
                code(n.id.as_str()),
                md(&n.title),
                n.due,
                days(n.in_days)
            );
        }
    }
    let _ = writeln!(o, "\n## Metrics ({})\n", s.metrics.len());
    let _ = writeln!(
        o,
        "| metric | baseline | latest | expected | target | state |\n|---|---:|---:|---:|---:|---|"
    );
    for x in &s.metrics {
        let _ = writeln!(
            o,
            "| {} ({}) | {} | {} | {} | {} | {} |",
            md(&x.name),
            code(x.id.as_str()),
            num(x.baseline),
            num(x.latest),
            num(x.expected),
            num(x.target),
            state_label(x.state)
        );
    }
    for x in &s.metrics {
        method::breakdown_md(&mut o, &x.name, &x.breakdown);
    }
    let r = &s.reviews;
    let _ = writeln!(o, "\n## Reviews\n");
    let _ = writeln!(
        o,
        "- held: {}\n- last: {}\n- next due: {}{}",
        r.held,
        r.last.map_or("none yet".into(), |d| d.to_string()),
        r.next_due.map_or("not scheduled".into(), |d| d.to_string()),
        if r.overdue { " (**overdue**)" } else { "" }
    );
    let _ = writeln!(o, "\n## Open actions ({})\n", s.open_actions);
    for a in &s.open_actions_list {
        let owner = a
            .owner
            .as_ref()
            .map(|x| format!(" — {}", md(x.as_str())))
            .unwrap_or_default();
        let due = a.due.map(|d| format!(", due {d}")).unwrap_or_default();
        let _ = writeln!(o, "- {}{owner}{due} ({})", md(&a.text), md(&a.source));
    }
    method::routines_md(&mut o, &s.routines, s.today);
    method::tools_md(&mut o, &s.tools);
    method::skills_md(&mut o, &s.skills);
    if s.errors + s.warnings > 0 {
        let _ = writeln!(
            o,
            "\n_Check: {} error(s), {} warning(s)._",
            s.errors, s.warnings
        );
    }
    o
}
