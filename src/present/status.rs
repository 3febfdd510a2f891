//! The words of `charter status`, as text and as Markdown, both drawn
//! from the same [`PlanStatus`].

use std::collections::HashMap;
use std::fmt::Write;

use super::days::{days, Late};
use super::labels::{state_label, status_label};
use super::markdown::{code, md};
use super::method;
use super::number::plain_opt;
use crate::domain::facts::MetricState;
use crate::domain::model::{Milestone, Plan, Status};
use crate::domain::summary::{MetricStatus, PlanStatus};
use crate::domain::words::cut;
use crate::t;

fn trajectory(m: &MetricStatus) -> String {
    let unit = m
        .unit
        .as_deref()
        .map(|u| format!(" {u}"))
        .unwrap_or_default();
    format!(
        "{} → {} → {}{unit}",
        plain_opt(m.baseline),
        plain_opt(m.latest),
        plain_opt(m.target)
    )
}

/// `status` as text: the one-screen summary.
pub fn text(plan: &Plan, s: &PlanStatus) -> String {
    let mut o = String::new();
    let p = &s.plan;
    let _ = writeln!(o, "{} ({})", p.title, p.id);
    let _ = writeln!(
        o,
        "{}",
        t!(
            "cli-status-when",
            today = s.today.to_string(),
            day = super::days::plan_day(p, s.today),
            count = p.days_left.max(0),
            start = p.start.to_string(),
            end = p.end.to_string()
        )
    );
    let _ = writeln!(o);
    let m = &s.milestones;
    let counts: Vec<String> = Status::ALL
        .iter()
        .filter(|st| m.by_status.get(**st) > 0)
        .map(|st| format!("{} {}", status_label(*st), m.by_status.get(*st)))
        .collect();
    let _ = writeln!(
        o,
        "{}",
        t!(
            "cli-status-milestones",
            count = m.total,
            counts = counts.join(" · ")
        )
    );
    if !m.overdue.is_empty() {
        let _ = writeln!(o, "  {}", t!("cli-status-overdue"));
        let by_id = milestones_by_id(plan);
        for id in &m.overdue {
            if let Some(ms) = by_id.get(id.as_str()) {
                let due = ms
                    .due
                    .map(|d| Late::new(d, d.days_until(s.today)).sentence())
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
        let _ = writeln!(o, "  {}", t!("cli-status-next-due"));
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
            "  {}{}",
            t!(
                "cli-status-slipped",
                id = sl.id.as_str(),
                days = format!("{:+}", sl.slip_days),
                count = sl.reviews
            ),
            super::days::replanned(sl.replans, sl.replan_days)
        );
    }
    let _ = writeln!(o);
    let _ = writeln!(o, "{}", t!("cli-status-metrics", count = s.metrics.len()));
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
                format!(
                    "  {}",
                    t!("cli-status-expected", value = plain_opt(Some(e)))
                )
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
    let last = r
        .last
        .map_or_else(|| t!("cli-status-none-yet"), |d| d.to_string());
    let next = match r.next_due {
        Some(d) => format!(
            "{d} ({}){}",
            days(s.today.days_until(d)),
            if r.overdue {
                format!(" — {}", t!("cli-status-review-overdue"))
            } else {
                String::new()
            }
        ),
        None => t!("cli-status-not-scheduled"),
    };
    let _ = writeln!(
        o,
        "{}",
        t!(
            "cli-status-reviews",
            count = r.held,
            last = last,
            next = next
        )
    );
    let _ = writeln!(
        o,
        "{}",
        t!("cli-status-open-actions", count = s.open_actions)
    );
    for a in s.open_actions_list.iter().take(8) {
        let owner = a
            .owner
            .as_ref()
            .map(|x| format!("  {x}"))
            .unwrap_or_default();
        let due = match a.due {
            Some(d) if d < s.today => format!("  {} !", t!("cli-due-on", due = d.to_string())),
            Some(d) => format!("  {}", t!("cli-due-on", due = d.to_string())),
            None => String::new(),
        };
        let _ = writeln!(
            o,
            "  {}{owner}{due}  ({})",
            a.text,
            method::source_words(&a.source)
        );
    }
    if s.open_actions_list.len() > 8 {
        let _ = writeln!(
            o,
            "  {}",
            t!("cli-and-more", count = s.open_actions_list.len() - 8)
        );
    }
    method::routines_text(&mut o, &s.routines, s.today);
    method::incidents_text(&mut o, &s.incidents);
    method::tools_text(&mut o, &s.tools);
    method::skills_text(&mut o, &s.skills);
    super::surveys::surveys_text(&mut o, &s.surveys, plan.surveys.cadence());
    super::people::status_text(&mut o, plan, &s.people, s.today);
    super::recognition::status_text(&mut o, &s.recognition);
    if s.errors + s.warnings > 0 {
        let _ = writeln!(o);
        let _ = writeln!(
            o,
            "{}",
            t!(
                "cli-status-check",
                errors = t!("count-errors", count = s.errors),
                warnings = t!("count-warnings", count = s.warnings)
            )
        );
    }
    o
}

/// `status --format markdown`.
pub fn markdown(plan: &Plan, s: &PlanStatus) -> String {
    let mut o = String::new();
    let p = &s.plan;
    let _ = writeln!(o, "# {}\n", md(&p.title));
    let _ = writeln!(
        o,
        "{}\n",
        t!(
            "cli-md-status-on",
            today = s.today.to_string(),
            day = super::days::plan_day(p, s.today),
            start = p.start.to_string(),
            end = p.end.to_string()
        )
    );
    let m = &s.milestones;
    let _ = writeln!(o, "## {} ({})\n", t!("cli-md-milestones"), m.total);
    let _ = writeln!(
        o,
        "| {} | {} |\n|---|---:|",
        t!("cli-md-col-status"),
        t!("cli-md-col-count")
    );
    for st in Status::ALL {
        let _ = writeln!(o, "| {} | {} |", status_label(st), m.by_status.get(st));
    }
    if !m.overdue.is_empty() {
        let _ = writeln!(o, "\n**{}**\n", t!("cli-md-overdue"));
        let by_id = milestones_by_id(plan);
        for id in &m.overdue {
            if let Some(ms) = by_id.get(id.as_str()) {
                let due = ms.due.map(|d| d.to_string()).unwrap_or_default();
                let due = t!("cli-due-on", due = due);
                let _ = writeln!(o, "- {} {} ({due})", code(ms.id.as_str()), md(&ms.title));
            }
        }
    }
    if !m.next_due.is_empty() {
        let _ = writeln!(o, "\n**{}**\n", t!("cli-md-next-due"));
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
    let _ = writeln!(o, "\n## {} ({})\n", t!("cli-md-metrics"), s.metrics.len());
    let _ = writeln!(
        o,
        "| {} |\n|---|---:|---:|---:|---:|---|",
        t!("cli-md-metrics-head")
    );
    for x in &s.metrics {
        let _ = writeln!(
            o,
            "| {} ({}) | {} | {} | {} | {} | {} |",
            md(&x.name),
            code(x.id.as_str()),
            plain_opt(x.baseline),
            plain_opt(x.latest),
            plain_opt(x.expected),
            plain_opt(x.target),
            state_label(x.state)
        );
    }
    for x in &s.metrics {
        method::breakdown_md(&mut o, &x.name, &x.breakdown);
    }
    let r = &s.reviews;
    let _ = writeln!(o, "\n## {}\n", t!("cli-md-reviews"));
    let _ = writeln!(
        o,
        "{}{}",
        t!(
            "cli-md-reviews-list",
            held = r.held,
            last = r
                .last
                .map_or_else(|| t!("cli-status-none-yet"), |d| d.to_string()),
            next = r
                .next_due
                .map_or_else(|| t!("cli-md-not-scheduled"), |d| d.to_string())
        ),
        if r.overdue {
            format!(" (**{}**)", t!("cli-status-review-overdue"))
        } else {
            String::new()
        }
    );
    let _ = writeln!(
        o,
        "\n## {} ({})\n",
        t!("cli-md-open-actions"),
        s.open_actions
    );
    for a in &s.open_actions_list {
        let owner = a
            .owner
            .as_ref()
            .map(|x| format!(" — {}", md(x.as_str())))
            .unwrap_or_default();
        let due = a
            .due
            .map(|d| format!(", {}", t!("cli-due-on", due = d.to_string())))
            .unwrap_or_default();
        let _ = writeln!(
            o,
            "- {}{owner}{due} ({})",
            md(&a.text),
            md(&method::source_words(&a.source))
        );
    }
    method::routines_md(&mut o, &s.routines, s.today);
    method::incidents_md(&mut o, &s.incidents);
    method::tools_md(&mut o, &s.tools);
    method::skills_md(&mut o, &s.skills);
    super::surveys::surveys_md(&mut o, &s.surveys);
    super::people::status_md(&mut o, plan, &s.people, s.today);
    super::recognition::status_md(&mut o, &s.recognition);
    if s.errors + s.warnings > 0 {
        let _ = writeln!(
            o,
            "\n_{}_",
            t!(
                "cli-md-check",
                errors = t!("count-errors", count = s.errors),
                warnings = t!("count-warnings", count = s.warnings)
            )
        );
    }
    o
}

/// The plan's milestones by id. The overdue list names milestones by id;
/// finding each with a scan of the list took half of a warm `status` on
/// 10,000 milestones (31 million comparisons for 5,600 overdue).
/// An id listed twice (a `check` error) names its first milestone.
fn milestones_by_id(plan: &Plan) -> HashMap<&str, &Milestone> {
    let mut by_id = HashMap::with_capacity(plan.milestones.milestones.len());
    for m in &plan.milestones.milestones {
        by_id.entry(m.id.as_str()).or_insert(m);
    }
    by_id
}
