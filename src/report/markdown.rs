//! The report as Markdown that renders on GitHub and GitLab: headings,
//! pipe tables and lists, charts as Unicode sparklines (no SVG, no HTML).
//!
//! User text goes through [`md`] and ids through [`code`]
//! ([`crate::present::markdown`]), which keep it from closing a table
//! cell, starting a heading, a link or emphasis, or becoming raw HTML.

use std::fmt::{self, Write};

use super::Kind;
use crate::domain::report::{ExceptionKind, Report};
use crate::present::days::{date_or_dash, slip};
use crate::present::labels::{
    horizon_label, phase_label, role_label, service_role_label, state_label, status_label,
};
use crate::present::markdown::{code, md};
use crate::present::method;
use crate::present::number::{plain, plain_opt};

/// How many of a metric's latest readings its sparkline shows.
const SPARK_READINGS: usize = 26;
const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/// A sparkline of `values`, lowest to highest as ▁ to █.
pub fn sparkline(values: &[f64]) -> String {
    let finite = values.iter().copied().filter(|v| v.is_finite());
    let (lo, hi) = finite.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
        (lo.min(v), hi.max(v))
    });
    values
        .iter()
        .map(|v| {
            if !v.is_finite() {
                ' '
            } else if hi - lo < 1e-12 {
                BARS[3]
            } else {
                let k = ((v - lo) / (hi - lo) * 7.0).round() as usize;
                BARS[k.min(7)]
            }
        })
        .collect()
}

/// The report of `kind` as Markdown.
pub fn render(r: &Report, kind: Kind) -> String {
    let mut o =
        String::with_capacity(4_096 + r.status.milestones.total * 160 + r.metrics.len() * 200);
    // Writing to a String never fails.
    let _ = match kind {
        Kind::Status => document(&mut o, r),
        Kind::Plan => plan_document(&mut o, r),
    };
    o
}

/// The whole plan as the client signs it off: the charter and its
/// commitments, the goals, the milestones with their actions, the
/// committee with its routines and the agents, the metrics with their
/// baselines, targets and breakdowns, and the signatures.
fn plan_document(o: &mut String, r: &Report) -> fmt::Result {
    title(o, r, Kind::Plan)?;
    charter(o, r)?;
    commitments(o, r)?;
    writeln!(o)?;
    goals(o, r)?;
    phases(o, r, true)?;
    people(o, r, true)?;
    writeln!(o)?;
    metric_plan(o, r)?;
    units(o, r)?;
    sign_off(o, r)
}

/// The plan's title, who it is for and by, and what the document is.
fn title(o: &mut String, r: &Report, kind: Kind) -> fmt::Result {
    let p = &r.status.plan;
    writeln!(o, "# {}\n", md(&p.title))?;
    let mut who = Vec::new();
    if let Some(org) = &r.organization {
        who.push(md(org));
    }
    if let Some(c) = &r.consultant {
        who.push(format!("consultant {}", md(c)));
    }
    if !who.is_empty() {
        writeln!(o, "{}\n", who.join(" · "))?;
    }
    writeln!(
        o,
        "{} as of **{}** · plan {} · period {} → {} · {} · {} days left\n",
        kind.title(),
        r.today,
        code(p.id.as_str()),
        p.start,
        p.end,
        crate::present::days::plan_day(p, r.today),
        p.days_left.max(0)
    )?;
    if r.status.errors > 0 {
        writeln!(
            o,
            "> **The plan has {} error(s), so parts of it may be missing: run `charter check`.**\n",
            r.status.errors
        )?;
    }
    Ok(())
}

fn document(o: &mut String, r: &Report) -> fmt::Result {
    title(o, r, Kind::Status)?;
    glance(o, r)?;
    goals(o, r)?;
    phases(o, r, false)?;
    trend(o, r)?;
    metrics(o, r)?;
    last_review(o, r)?;
    exceptions(o, r)?;
    charter(o, r)?;
    commitments(o, r)?;
    people(o, r, false)?;
    method(o, r)
}

fn glance(o: &mut String, r: &Report) -> fmt::Result {
    let s = &r.status;
    writeln!(o, "## At a glance\n")?;
    writeln!(
        o,
        "| milestones ({}) | count |\n|---|---:|",
        s.milestones.total
    )?;
    for st in crate::domain::model::Status::ALL {
        writeln!(
            o,
            "| {} | {} |",
            status_label(st),
            s.milestones.by_status.get(st)
        )?;
    }
    writeln!(o, "| **overdue** | **{}** |\n", s.milestones.overdue.len())?;
    writeln!(o, "| metrics ({}) | count |\n|---|---:|", s.metrics.len())?;
    for (state, n) in r.metrics_by_state.entries() {
        writeln!(o, "| {} | {n} |", state_label(state))?;
    }
    let rv = &s.reviews;
    writeln!(
        o,
        "\n- reviews held: {} · last {} · next due {}{}\n- open actions: {}\n- exceptions: {}\n",
        rv.held,
        rv.last.map_or("none yet".into(), |d| d.to_string()),
        rv.next_due
            .map_or("not scheduled".into(), |d| d.to_string()),
        if rv.overdue { " (**overdue**)" } else { "" },
        s.open_actions,
        r.exceptions.len()
    )
}

/// The milestones by phase; with `actions`, each milestone's planned
/// actions below its phase's table, with their owners and due dates.
fn phases(o: &mut String, r: &Report, actions: bool) -> fmt::Result {
    writeln!(o, "## Milestones by phase\n")?;
    if r.phases.is_empty() {
        writeln!(o, "No milestones yet.\n")?;
    }
    for g in &r.phases {
        writeln!(o, "### {} ({})\n", phase_label(g.phase), g.milestones.len())?;
        writeln!(
            o,
            "| milestone | owner | due | status | forecast | slip |\n|---|---|---|---|---|---:|"
        )?;
        for m in &g.milestones {
            let status = match m.overdue_days {
                Some(d) => format!("{} · **⚠ overdue {d}d**", status_label(m.status)),
                None => status_label(m.status).to_string(),
            };
            writeln!(
                o,
                "| {} {} | {} | {} | {status} | {} | {} |",
                md(&m.title),
                code(m.id.as_str()),
                m.owner.as_ref().map_or(String::new(), |x| md(r.name_of(x))),
                date_or_dash(m.due),
                date_or_dash(m.forecast),
                slip(m.slip_days)
            )?;
        }
        writeln!(o)?;
        if actions && g.milestones.iter().any(|m| !m.actions.is_empty()) {
            writeln!(o, "Actions:\n")?;
            for m in g.milestones.iter().filter(|m| !m.actions.is_empty()) {
                writeln!(o, "- {} {}", md(&m.title), code(m.id.as_str()))?;
                for a in &m.actions {
                    writeln!(
                        o,
                        "  - {}{}{}{}",
                        if a.done { "✔ done: " } else { "" },
                        md(&a.title),
                        a.owner
                            .as_ref()
                            .map_or(String::new(), |x| format!(" — {}", md(r.name_of(x)))),
                        a.due.map_or(String::new(), |d| format!(", due {d}"))
                    )?;
                }
            }
            writeln!(o)?;
        }
    }
    Ok(())
}

fn trend(o: &mut String, r: &Report) -> fmt::Result {
    writeln!(o, "## Milestone trend\n")?;
    if r.trend_chart.is_empty() {
        return writeln!(o, "No review has forecast a milestone yet.\n");
    }
    writeln!(
        o,
        "The forecast at each review, as a sparkline: level is on schedule, rising slips. {} of {} forecast milestones, those that slipped most.\n",
        r.trend_chart.len(),
        r.forecast_count
    )?;
    writeln!(
        o,
        "| milestone | planned | latest forecast | slip | due moved | forecasts |\n|---|---|---|---:|---:|---|"
    )?;
    for t in &r.trend_chart {
        let days: Vec<f64> = t
            .forecasts
            .iter()
            .map(|f| crate::present::chart::day_number(f.forecast))
            .collect();
        writeln!(
            o,
            "| {} {} | {} | {} | {} | {} | {} |",
            md(&t.title),
            code(t.id.as_str()),
            date_or_dash(t.planned),
            date_or_dash(t.latest()),
            slip(t.slip_days),
            crate::present::days::moved(t.replans, t.replan_days),
            sparkline(&days)
        )?;
    }
    writeln!(o)
}

fn metrics(o: &mut String, r: &Report) -> fmt::Result {
    writeln!(o, "## Metrics\n")?;
    if r.metrics.is_empty() {
        return writeln!(o, "No metrics yet.\n");
    }
    writeln!(
        o,
        "Readings as a sparkline (the latest {SPARK_READINGS} at most), then the trajectory from baseline to target.\n"
    )?;
    writeln!(
        o,
        "| metric | readings | baseline | latest | expected now | target | alert | state |\n|---|---|---:|---:|---:|---:|---:|---|"
    )?;
    for m in &r.metrics {
        let t = &m.trend;
        let recent = &t.readings[t.readings.len().saturating_sub(SPARK_READINGS)..];
        let values: Vec<f64> = recent.iter().map(|p| p.value).collect();
        let unit = t
            .unit
            .as_ref()
            .map_or(String::new(), |u| format!(" ({})", md(u)));
        writeln!(
            o,
            "| {}{unit} {} | {} | {} | {} | {} | {} | {} | {} |",
            md(&t.name),
            code(t.metric.as_str()),
            sparkline(&values),
            plain_opt(t.baseline.map(|b| b.value)),
            plain_opt(t.readings.last().map(|p| p.value)),
            plain_opt(t.expected_now),
            t.target
                .map_or_else(|| "–".into(), |x| format!("{} by {}", plain(x.value), x.by)),
            plain_opt(t.alert),
            state_label(t.state)
        )?;
    }
    writeln!(o)
}

fn last_review(o: &mut String, r: &Report) -> fmt::Result {
    writeln!(o, "## Last review\n")?;
    let Some(rv) = &r.last_review else {
        return writeln!(o, "No review held yet.\n");
    };
    writeln!(
        o,
        "**{}**{}\n",
        rv.date,
        rv.title
            .as_ref()
            .map_or(String::new(), |t| format!(" — {}", md(t)))
    )?;
    writeln!(o, "### Decisions ({})\n", rv.decisions.len())?;
    for d in &rv.decisions {
        writeln!(
            o,
            "- {}{}",
            md(&d.text),
            d.owner
                .as_ref()
                .map_or(String::new(), |x| format!(" — {}", md(r.name_of(x))))
        )?;
    }
    if rv.decisions.is_empty() {
        writeln!(o, "No decisions recorded.")?;
    }
    writeln!(o, "\n### Open actions ({})\n", rv.open_actions.len())?;
    if rv.open_actions.is_empty() {
        return writeln!(o, "No open actions.\n");
    }
    writeln!(o, "| action | owner | due | corrects |\n|---|---|---|---|")?;
    for a in &rv.open_actions {
        let late = match a.due {
            Some(d) if d < r.today => " **late**",
            _ => "",
        };
        let corrects: Vec<String> = a
            .metric
            .iter()
            .chain(&a.milestone)
            .map(|id| code(id.as_str()))
            .collect();
        writeln!(
            o,
            "| {} | {} | {}{late} | {} |",
            md(&a.text),
            a.owner.as_ref().map_or(String::new(), |x| md(r.name_of(x))),
            date_or_dash(a.due),
            corrects.join(" ")
        )?;
    }
    writeln!(o)
}

fn exceptions(o: &mut String, r: &Report) -> fmt::Result {
    writeln!(o, "## Exceptions ({})\n", r.exceptions.len())?;
    if r.exceptions.is_empty() {
        return writeln!(
            o,
            "No metric in exception or behind, no overdue milestone.\n"
        );
    }
    for e in &r.exceptions {
        match &e.kind {
            ExceptionKind::Metric {
                name,
                state,
                latest,
                expected,
                alert,
                unit,
            } => writeln!(
                o,
                "### {} metric {} {}\n\nLatest {}{} · expected {} · alert {}\n",
                state_label(*state),
                md(name),
                code(e.id.as_str()),
                plain_opt(*latest),
                unit.as_ref()
                    .map_or(String::new(), |u| format!(" {}", md(u))),
                plain_opt(*expected),
                plain_opt(*alert)
            )?,
            ExceptionKind::Milestone {
                title,
                due,
                overdue_days,
            } => writeln!(
                o,
                "### ⚠ overdue {overdue_days}d: milestone {} {}\n\nDue {due}\n",
                md(title),
                code(e.id.as_str())
            )?,
            ExceptionKind::Practice {
                practice,
                title,
                due,
                overdue_days,
                summary,
            } => writeln!(
                o,
                "### ⚠ {} {overdue_days}d: {} {} {}\n\nDue {due}: {}\n",
                practice.state(),
                practice.as_str(),
                md(title),
                code(e.id.as_str()),
                md(summary)
            )?,
        }
        for c in &e.actions {
            let a = &c.action;
            writeln!(
                o,
                "- {}{}{}{} (review {})",
                if a.done { "✔ done: " } else { "" },
                md(&a.text),
                a.owner
                    .as_ref()
                    .map_or(String::new(), |x| format!(" — {}", md(r.name_of(x)))),
                a.due.map_or(String::new(), |d| format!(", due {d}")),
                c.review
            )?;
        }
        if e.lacks_open_action() {
            if !e.actions.is_empty() {
                writeln!(o)?;
            }
            let how = match e.kind {
                ExceptionKind::Practice { .. } => {
                    format!("a review action whose text names {}", code(e.id.as_str()))
                }
                _ => "a review action with `metric:` or `milestone:`".into(),
            };
            writeln!(
                o,
                "**No open corrective action**: the committee should name one ({how})."
            )?;
        }
        writeln!(o)?;
    }
    Ok(())
}

/// The goals with their horizons, owners and the state of their metrics.
fn goals(o: &mut String, r: &Report) -> fmt::Result {
    writeln!(o, "## Goals ({})\n", r.goals.len())?;
    if r.goals.is_empty() {
        return writeln!(o, "The plan has no goals yet.\n");
    }
    writeln!(o, "| goal | horizon | owner | metrics |\n|---|---|---|---|")?;
    for g in &r.goals {
        let metrics: Vec<String> = g
            .metrics
            .iter()
            .map(|m| {
                format!(
                    "{} {} {}",
                    md(m.name.as_deref().unwrap_or("unknown metric")),
                    code(m.id.as_str()),
                    m.state.map_or_else(|| "–".to_string(), state_label)
                )
            })
            .collect();
        writeln!(
            o,
            "| **{}** {}{} | {} | {} | {} |",
            md(&g.title),
            code(g.id.as_str()),
            g.description
                .as_ref()
                .map_or(String::new(), |d| format!(" — {}", md(d))),
            horizon_label(g.horizon),
            g.owner
                .as_ref()
                .map_or_else(|| "–".into(), |x| md(r.name_of(x))),
            if metrics.is_empty() {
                "none".into()
            } else {
                metrics.join(" · ")
            }
        )?;
    }
    writeln!(o)
}

/// The charter: approval, vision, values, principles, the service
/// channels and the terms (its commitments have their own section).
fn charter(o: &mut String, r: &Report) -> fmt::Result {
    let c = &r.charter;
    writeln!(o, "## Charter\n")?;
    let mut approval = Vec::new();
    if let Some(v) = c.version {
        approval.push(format!("version {v}"));
    }
    let by: Vec<String> = c.approved_by.iter().map(|id| md(r.name_of(id))).collect();
    let by = if by.is_empty() {
        String::new()
    } else {
        format!(" by {}", by.join(", "))
    };
    approval.push(match c.approved_on {
        Some(d) => format!("approved on {d}{by}"),
        None if by.is_empty() => "not approved yet".into(),
        None => format!("approved{by}"),
    });
    writeln!(o, "{}\n", approval.join(" · "))?;
    if let Some(v) = &c.vision {
        writeln!(o, "### Vision\n\n{}\n", md(v))?;
    }
    if !c.values.is_empty() {
        let values: Vec<String> = c.values.iter().map(|v| md(v)).collect();
        writeln!(o, "### Values\n\n{}\n", values.join(" · "))?;
    }
    if !c.principles.is_empty() {
        writeln!(o, "### Principles\n")?;
        for p in &c.principles {
            writeln!(o, "- {}", md(p))?;
        }
        writeln!(o)?;
    }
    if !c.channels.is_empty() {
        writeln!(o, "### Services\n\n| channel | hours |\n|---|---|")?;
        for ch in &c.channels {
            writeln!(
                o,
                "| {} {} | {} |",
                md(&ch.name),
                code(ch.id.as_str()),
                ch.hours.as_deref().map_or_else(|| "–".into(), md)
            )?;
        }
        writeln!(o)?;
    }
    if let Some(t) = &c.terms {
        writeln!(o, "### Terms\n")?;
        // One escaped line per line of the terms: a blank line still
        // parts two paragraphs, nothing else becomes markup.
        for line in t.trim_end().lines() {
            writeln!(o, "{}", md(line.trim()))?;
        }
        writeln!(o)?;
    }
    Ok(())
}

/// The steering committee and the change agents; with `routines`, the
/// committee's routines as planned, each with its owner.
fn people(o: &mut String, r: &Report, routines: bool) -> fmt::Result {
    writeln!(o, "\n## Steering committee and change agents\n")?;
    writeln!(o, "### Steering committee ({})\n", r.members.len())?;
    if r.members.is_empty() {
        writeln!(o, "No committee members yet.\n")?;
    } else {
        writeln!(o, "| member | role | title |\n|---|---|---|")?;
        for m in &r.members {
            writeln!(
                o,
                "| {} | {} | {} |",
                md(&m.name),
                role_label(m.role),
                m.title.as_deref().map_or_else(String::new, md)
            )?;
        }
        writeln!(o)?;
    }
    if routines && !r.routines.is_empty() {
        writeln!(
            o,
            "### Routines ({})\n\n| routine | every | owner |\n|---|---|---|",
            r.routines.len()
        )?;
        for rt in &r.routines {
            writeln!(
                o,
                "| {} {} | {} | {} |",
                md(&rt.name),
                code(rt.id.as_str()),
                rt.every,
                rt.owner
                    .as_ref()
                    .map_or_else(|| "–".into(), |x| md(r.name_of(x)))
            )?;
        }
        writeln!(o)?;
    }
    writeln!(o, "### Change agents ({})\n", r.agents.len())?;
    if r.agents.is_empty() {
        return writeln!(o, "No change agents yet.");
    }
    writeln!(o, "| agent | unit | level | focus |\n|---|---|---|---|")?;
    for a in &r.agents {
        writeln!(
            o,
            "| {} | {} | {} | {} |",
            md(&a.name),
            a.unit.as_deref().map_or_else(String::new, md),
            service_role_label(a.level),
            a.focus.as_deref().map_or_else(String::new, md)
        )?;
    }
    Ok(())
}

fn commitments(o: &mut String, r: &Report) -> fmt::Result {
    writeln!(o, "## Charter commitments ({})\n", r.commitments.len())?;
    if r.commitments.is_empty() {
        return writeln!(o, "The charter lists no commitments.");
    }
    writeln!(
        o,
        "| commitment | channel | metric | state | latest | target |\n|---|---|---|---|---:|---:|"
    )?;
    for c in &r.commitments {
        let channel = c.channel.as_deref().map_or_else(|| "–".into(), md);
        match &c.metric {
            Some(m) => writeln!(
                o,
                "| {} | {channel} | {} {} | {} | {} | {} |",
                md(&c.text),
                md(m.name.as_deref().unwrap_or("unknown metric")),
                code(m.id.as_str()),
                m.state.map_or_else(|| "–".to_string(), state_label),
                plain_opt(m.latest),
                plain_opt(m.target)
            )?,
            None => writeln!(o, "| {} | {channel} | – | – | – | – |", md(&c.text))?,
        }
    }
    Ok(())
}

/// Each unit against its target, when a metric's target is broken down.
fn units(o: &mut String, r: &Report) -> fmt::Result {
    let s = &r.status;
    if s.metrics.iter().any(|m| !m.breakdown.is_empty()) {
        writeln!(o, "\n## Units against their targets")?;
        for m in &s.metrics {
            method::breakdown_md(o, &m.name, &m.breakdown);
        }
    }
    Ok(())
}

/// Each metric as planned: owner, source and cadence, baseline, target,
/// alert and which way is better.
fn metric_plan(o: &mut String, r: &Report) -> fmt::Result {
    writeln!(
        o,
        "## Metrics: baselines and targets ({})\n",
        r.metrics.len()
    )?;
    if r.metrics.is_empty() {
        return writeln!(o, "No metrics yet.");
    }
    writeln!(
        o,
        "| metric | owner | source | baseline | target | alert | better |\n|---|---|---|---:|---:|---:|---|"
    )?;
    for m in &r.metrics {
        let t = &m.trend;
        let source = match (&m.source, m.every) {
            (Some(s), Some(e)) => format!("{} · every {e}", md(s)),
            (Some(s), None) => md(s),
            (None, Some(e)) => format!("every {e}"),
            (None, None) => "–".into(),
        };
        writeln!(
            o,
            "| {}{} {} | {} | {source} | {} | {} | {} | {} |",
            md(&t.name),
            t.unit
                .as_ref()
                .map_or(String::new(), |u| format!(" ({})", md(u))),
            code(t.metric.as_str()),
            m.owner
                .as_ref()
                .map_or_else(|| "–".into(), |x| md(r.name_of(x))),
            t.baseline
                .map_or_else(|| "–".into(), |b| format!("{} on {}", plain(b.value), b.on)),
            t.target
                .map_or_else(|| "–".into(), |x| format!("{} by {}", plain(x.value), x.by)),
            plain_opt(t.alert),
            match t.direction {
                crate::domain::model::Direction::Up => "higher",
                crate::domain::model::Direction::Down => "lower",
            }
        )?;
    }
    Ok(())
}

/// The client's signatures: a name, title and role, a blank line to sign
/// on and one for the date, for each signatory (two unnamed ones when the
/// plan names none).
fn sign_off(o: &mut String, r: &Report) -> fmt::Result {
    writeln!(
        o,
        "\n## Sign-off\n\nBy signing, we approve this plan: its charter and commitments, goals, milestones and actions, steering committee, change agents and metrics with their targets.\n"
    )?;
    let lines = "Signature: ______________________________ Date: ______________";
    if r.signatories.is_empty() {
        for _ in 0..2 {
            writeln!(
                o,
                "Name and title: ______________________________\n\n{lines}\n"
            )?;
        }
    }
    for m in &r.signatories {
        let mut about = Vec::new();
        if let Some(t) = &m.title {
            about.push(md(t));
        }
        about.push(role_label(m.role).to_string());
        writeln!(o, "**{}** — {}\n\n{lines}\n", md(&m.name), about.join(", "))?;
    }
    if let Some(c) = &r.consultant {
        writeln!(o, "Prepared by {}", md(c))?;
    }
    Ok(())
}

/// Units against their targets, the routines, the workshop tools and the
/// rep skills: the method's parts, as `status --format markdown` shows them.
fn method(o: &mut String, r: &Report) -> fmt::Result {
    let s = &r.status;
    units(o, r)?;
    method::routines_md(o, &s.routines, s.today);
    method::tools_md(o, &s.tools);
    method::skills_md(o, &s.skills);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sparklines_span_low_to_high() {
        assert_eq!(sparkline(&[1.0, 2.0, 3.0, 8.0]), "▁▂▃█");
        assert_eq!(sparkline(&[5.0, 5.0]), "▄▄");
        assert_eq!(sparkline(&[]), "");
    }
}
