//! The report as one self-contained HTML file: inline CSS with a print
//! stylesheet for A4, charts as inline SVG, no script, no external
//! resource, and a Content-Security-Policy that forbids both anyway.
//!
//! Every string a person wrote (titles, names, ids, notes, decisions)
//! reaches the page through [`escape`](super::escape::escape), in text and in attributes alike;
//! text blocks carry `dir="auto"` so that Hebrew reads right to left.

use std::fmt::{self, Write};

use super::escape::escape;
use super::style::STYLE;
use super::svg::{self, PALETTE};
use super::{state_class, Kind};
use crate::domain::facts::MetricState;
use crate::domain::report::{ExceptionKind, Report};
use crate::domain::skills::SKILLS;
use crate::domain::workshops::{self, TrialState};
use crate::present::days::Late;
use crate::present::days::{date_or_dash, slip};
use crate::present::labels::{
    horizon_label, phase_label, role_label, service_role_label, state_label, status_label,
};
use crate::present::method;
use crate::present::number::plain_opt;

/// A rough size of the page, so that the string grows once or twice.
fn capacity(r: &Report) -> usize {
    let milestones = r.status.milestones.total;
    let readings: usize = r.metrics.iter().map(|m| m.trend.readings.len()).sum();
    8_192 + STYLE.len() + milestones * 420 + r.metrics.len() * 3_000 + readings * 80
}

/// The report of `kind` as an HTML page.
pub fn render(r: &Report, kind: Kind) -> String {
    let mut o = String::with_capacity(capacity(r));
    // Writing to a String never fails.
    let _ = match kind {
        Kind::Status => page(&mut o, r),
        Kind::Plan => plan_page(&mut o, r),
    };
    o
}

/// From the doctype to `<body>`.
fn head(o: &mut String, r: &Report, kind: Kind) -> fmt::Result {
    write!(
        o,
        "<!DOCTYPE html>\n<html dir=\"auto\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{} — {} {}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        escape(&r.status.plan.title),
        kind.title().to_lowercase(),
        r.today
    )
}

/// The whole plan as the client signs it off: the charter and its
/// commitments, the goals, the milestones with their actions, the
/// committee with its routines and the agents, the metrics with their
/// baselines, targets and breakdowns, and the signatures.
fn plan_page(o: &mut String, r: &Report) -> fmt::Result {
    head(o, r, Kind::Plan)?;
    header(o, r, Kind::Plan)?;
    charter(o, r)?;
    commitments(o, r)?;
    goals(o, r)?;
    phases(o, r, true)?;
    people(o, r, true)?;
    metric_plan(o, r)?;
    units(o, r)?;
    sign_off(o, r)?;
    o.push_str("</body>\n</html>\n");
    Ok(())
}

fn page(o: &mut String, r: &Report) -> fmt::Result {
    head(o, r, Kind::Status)?;
    header(o, r, Kind::Status)?;
    glance(o, r)?;
    goals(o, r)?;
    phases(o, r, false)?;
    milestone_trend(o, r)?;
    metrics(o, r)?;
    last_review(o, r)?;
    exceptions(o, r)?;
    charter(o, r)?;
    commitments(o, r)?;
    people(o, r, false)?;
    method(o, r)?;
    o.push_str("</body>\n</html>\n");
    Ok(())
}

fn header(o: &mut String, r: &Report, kind: Kind) -> fmt::Result {
    let p = &r.status.plan;
    write!(o, "<header>\n<h1 dir=\"auto\">{}</h1>\n", escape(&p.title))?;
    let mut who = Vec::new();
    if let Some(org) = &r.organization {
        who.push(escape(org).to_string());
    }
    if let Some(c) = &r.consultant {
        who.push(format!("consultant {}", escape(c)));
    }
    if !who.is_empty() {
        writeln!(o, "<p class=\"meta\" dir=\"auto\">{}</p>", who.join(" · "))?;
    }
    writeln!(
        o,
        "<p class=\"meta\">{} as of <b>{}</b> · plan <code>{}</code> · period {} → {} · {} · {} days left</p>",
        kind.title(),
        r.today,
        escape(p.id.as_str()),
        p.start,
        p.end,
        crate::present::days::plan_day(p, r.today),
        p.days_left.max(0)
    )?;
    if r.status.errors > 0 {
        writeln!(
            o,
            "<p class=\"missing\">The plan has {} error(s), so parts of it may be missing: run <code>charter check</code>.</p>",
            r.status.errors
        )?;
    }
    o.push_str("</header>\n");
    Ok(())
}

fn glance(o: &mut String, r: &Report) -> fmt::Result {
    let s = &r.status;
    o.push_str("<section>\n<h2>At a glance</h2>\n");
    writeln!(
        o,
        "<h3>Milestones ({}, {} overdue)</h3>\n<div class=\"cards\">",
        s.milestones.total,
        s.milestones.overdue.len()
    )?;
    for st in crate::domain::model::Status::ALL {
        writeln!(
            o,
            "<div class=\"card\"><b>{}</b>{}</div>",
            s.milestones.by_status.get(st),
            status_label(st)
        )?;
    }
    writeln!(
        o,
        "<div class=\"card overdue-tag\"><b>{}</b>overdue</div></div>",
        s.milestones.overdue.len()
    )?;
    writeln!(
        o,
        "<h3>Metrics ({})</h3>\n<div class=\"cards\">",
        s.metrics.len()
    )?;
    for (state, n) in r.metrics_by_state.entries() {
        writeln!(
            o,
            "<div class=\"card {}\"><b>{n}</b>{}</div>",
            state_class(state),
            state_label(state)
        )?;
    }
    o.push_str("</div>\n");
    let rv = &s.reviews;
    let next = match rv.next_due {
        Some(d) if rv.overdue => format!("{d} <span class=\"tag overdue-tag\">overdue</span>"),
        Some(d) => d.to_string(),
        None => "not scheduled".into(),
    };
    writeln!(
        o,
        "<p>Reviews held: <b>{}</b> · last {} · next due {next} · open actions <b>{}</b> · exceptions <b>{}</b></p>\n</section>",
        rv.held,
        rv.last.map_or("none yet".into(), |d| d.to_string()),
        s.open_actions,
        r.exceptions.len()
    )
}

/// The milestones by phase; with `actions`, each milestone's planned
/// actions under it, with their owners and due dates.
fn phases(o: &mut String, r: &Report, actions: bool) -> fmt::Result {
    o.push_str("<section>\n<h2>Milestones by phase</h2>\n");
    if r.phases.is_empty() {
        o.push_str("<p class=\"note\">No milestones yet.</p>\n");
    }
    for g in &r.phases {
        writeln!(
            o,
            "<h3>{} ({})</h3>\n<table>\n<thead><tr><th>milestone</th><th>owner</th><th class=\"num\">due</th><th>status</th><th class=\"num\">forecast</th><th class=\"num\">slip</th></tr></thead>\n<tbody>",
            phase_label(g.phase),
            g.milestones.len()
        )?;
        for m in &g.milestones {
            let (row, late) = match m.overdue_days {
                Some(d) => (
                    " class=\"overdue\"",
                    format!(" <span class=\"tag overdue-tag\">overdue {d}d</span>"),
                ),
                None => ("", String::new()),
            };
            writeln!(
                o,
                "<tr{row}><td dir=\"auto\">{} <code>{}</code></td><td dir=\"auto\">{}</td><td class=\"num\">{}</td><td class=\"nowrap\">{}{late}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
                escape(&m.title),
                escape(m.id.as_str()),
                escape(m.owner.as_ref().map_or("", |x| r.name_of(x))),
                date_or_dash(m.due),
                status_label(m.status),
                date_or_dash(m.forecast),
                slip(m.slip_days)
            )?;
            if actions && !m.actions.is_empty() {
                o.push_str("<tr class=\"actions\"><td colspan=\"6\"><ul>\n");
                for a in &m.actions {
                    writeln!(
                        o,
                        "<li dir=\"auto\">{}{}{}{}</li>",
                        if a.done {
                            "<span class=\"done\">✔ done</span> "
                        } else {
                            ""
                        },
                        escape(&a.title),
                        a.owner
                            .as_ref()
                            .map_or(String::new(), |x| format!(" — {}", escape(r.name_of(x)))),
                        a.due.map_or(String::new(), |d| format!(", due {d}"))
                    )?;
                }
                o.push_str("</ul></td></tr>\n");
            }
        }
        o.push_str("</tbody>\n</table>\n");
    }
    o.push_str("</section>\n");
    Ok(())
}

fn milestone_trend(o: &mut String, r: &Report) -> fmt::Result {
    o.push_str("<section>\n<h2>Milestone trend</h2>\n");
    if r.trend_chart.is_empty() {
        o.push_str("<p class=\"note\">No review has forecast a milestone yet.</p>\n</section>\n");
        return Ok(());
    }
    o.push_str("<figure>\n");
    svg::milestone_trend(o, &r.review_dates, &r.trend_chart)?;
    writeln!(
        o,
        "\n<figcaption>Forecast completion date (up) at each review (across): a level line is on schedule, a rising one slips; the dotted diagonal is where the forecast is the review's own date. {} of {} forecast milestones, those that slipped most.</figcaption>\n</figure>",
        r.trend_chart.len(),
        r.forecast_count
    )?;
    o.push_str("<table>\n<thead><tr><th>milestone</th><th class=\"num\">planned</th><th class=\"num\">latest forecast</th><th class=\"num\">slip</th><th class=\"num\">due moved</th><th class=\"num\">reviews</th></tr></thead>\n<tbody>\n");
    for (t, colour) in r.trend_chart.iter().zip(PALETTE.iter().cycle()) {
        writeln!(
            o,
            "<tr><td dir=\"auto\"><span class=\"sw\" style=\"background:{colour}\"></span>{} <code>{}</code></td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
            escape(&t.title),
            escape(t.id.as_str()),
            date_or_dash(t.planned),
            date_or_dash(t.latest()),
            slip(t.slip_days),
            crate::present::days::moved(t.replans, t.replan_days),
            t.forecasts.len()
        )?;
    }
    o.push_str("</tbody>\n</table>\n</section>\n");
    Ok(())
}

fn metrics(o: &mut String, r: &Report) -> fmt::Result {
    o.push_str("<section>\n<h2>Metrics</h2>\n");
    if r.metrics.is_empty() {
        o.push_str("<p class=\"note\">No metrics yet.</p>\n");
    }
    for m in &r.metrics {
        let t = &m.trend;
        let unit = t.unit.as_deref().unwrap_or("");
        writeln!(
            o,
            "<figure>\n<h3 dir=\"auto\">{} <code>{}</code> <span class=\"tag {}\">{}</span></h3>",
            escape(&t.name),
            escape(t.metric.as_str()),
            state_class(t.state),
            state_label(t.state)
        )?;
        let latest = t.readings.last();
        writeln!(
            o,
            "<p dir=\"auto\">baseline {} → latest {}{} → target {}{} · expected now {} · alert {} · {} reading(s) · {} is better{}</p>",
            plain_opt(t.baseline.map(|b| b.value)),
            plain_opt(latest.map(|p| p.value)),
            latest.map_or(String::new(), |p| format!(" ({})", p.on)),
            plain_opt(t.target.map(|x| x.value)),
            t.target.map_or(String::new(), |x| format!(" by {}", x.by)),
            plain_opt(t.expected_now),
            plain_opt(t.alert),
            t.readings.len(),
            match t.direction {
                crate::domain::model::Direction::Up => "higher",
                crate::domain::model::Direction::Down => "lower",
            },
            if unit.is_empty() {
                String::new()
            } else {
                format!(" · unit {}", escape(unit))
            }
        )?;
        svg::metric_chart(o, m)?;
        o.push_str("\n</figure>\n");
    }
    o.push_str("<p class=\"note\">Solid line and dots: readings (green on track, orange behind, red beyond the alert). Dashed: the trajectory from baseline to target. Diamond: the target.</p>\n</section>\n");
    Ok(())
}

fn last_review(o: &mut String, r: &Report) -> fmt::Result {
    o.push_str("<section>\n<h2>Last review</h2>\n");
    let Some(rv) = &r.last_review else {
        o.push_str("<p class=\"note\">No review held yet.</p>\n</section>\n");
        return Ok(());
    };
    writeln!(
        o,
        "<p dir=\"auto\"><b>{}</b>{}</p>\n<h3>Decisions ({})</h3>",
        rv.date,
        rv.title
            .as_ref()
            .map_or(String::new(), |t| format!(" — {}", escape(t))),
        rv.decisions.len()
    )?;
    if rv.decisions.is_empty() {
        o.push_str("<p class=\"note\">No decisions recorded.</p>\n");
    } else {
        o.push_str("<ul>\n");
        for d in &rv.decisions {
            writeln!(
                o,
                "<li dir=\"auto\">{}{}</li>",
                escape(&d.text),
                d.owner
                    .as_ref()
                    .map_or(String::new(), |x| format!(" — {}", escape(r.name_of(x))))
            )?;
        }
        o.push_str("</ul>\n");
    }
    writeln!(o, "<h3>Open actions ({})</h3>", rv.open_actions.len())?;
    if rv.open_actions.is_empty() {
        o.push_str("<p class=\"note\">No open actions.</p>\n</section>\n");
        return Ok(());
    }
    o.push_str("<table>\n<thead><tr><th>action</th><th>owner</th><th class=\"num\">due</th><th>corrects</th></tr></thead>\n<tbody>\n");
    for a in &rv.open_actions {
        let late = match a.due {
            Some(d) if d < r.today => " <span class=\"tag overdue-tag\">late</span>",
            _ => "",
        };
        let corrects = a
            .metric
            .iter()
            .chain(&a.milestone)
            .map(|id| format!("<code>{}</code>", escape(id.as_str())))
            .collect::<Vec<_>>()
            .join(" ");
        writeln!(
            o,
            "<tr><td dir=\"auto\">{}</td><td dir=\"auto\">{}</td><td class=\"num\">{}{late}</td><td>{corrects}</td></tr>",
            escape(&a.text),
            escape(a.owner.as_ref().map_or("", |x| r.name_of(x))),
            date_or_dash(a.due)
        )?;
    }
    o.push_str("</tbody>\n</table>\n</section>\n");
    Ok(())
}

fn exceptions(o: &mut String, r: &Report) -> fmt::Result {
    writeln!(o, "<section>\n<h2>Exceptions ({})</h2>", r.exceptions.len())?;
    if r.exceptions.is_empty() {
        o.push_str(
            "<p class=\"note\">No metric in exception or behind, no overdue milestone.</p>\n",
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
            } => {
                let behind = if matches!(state, crate::domain::facts::MetricState::Behind) {
                    " behind"
                } else {
                    ""
                };
                writeln!(
                    o,
                    "<div class=\"exception{behind}\">\n<p dir=\"auto\"><span class=\"tag {}\">{}</span> metric <b>{}</b> <code>{}</code>: latest {}{} · expected {} · alert {}</p>",
                    state_class(*state),
                    state_label(*state),
                    escape(name),
                    escape(e.id.as_str()),
                    plain_opt(*latest),
                    unit.as_ref().map_or(String::new(), |u| format!(" {}", escape(u))),
                    plain_opt(*expected),
                    plain_opt(*alert)
                )?;
            }
            ExceptionKind::Milestone {
                title,
                due,
                overdue_days,
            } => {
                writeln!(
                    o,
                    "<div class=\"exception\">\n<p dir=\"auto\"><span class=\"tag overdue-tag\">overdue {overdue_days}d</span> milestone <b>{}</b> <code>{}</code>: due {due}</p>",
                    escape(title),
                    escape(e.id.as_str())
                )?;
            }
            ExceptionKind::Practice {
                practice,
                title,
                due,
                overdue_days,
                summary,
            } => {
                writeln!(
                    o,
                    "<div class=\"exception\">\n<p dir=\"auto\"><span class=\"tag overdue-tag\">{} {overdue_days}d</span> {} <b>{}</b> <code>{}</code>: due {due}; {}</p>",
                    practice.state(),
                    practice.as_str(),
                    escape(title),
                    escape(e.id.as_str()),
                    escape(summary)
                )?;
            }
        }
        if !e.actions.is_empty() {
            o.push_str("<ul>\n");
            for c in &e.actions {
                let a = &c.action;
                writeln!(
                    o,
                    "<li dir=\"auto\">{}{}{}{} <span class=\"note\">(review {})</span></li>",
                    if a.done {
                        "<span class=\"done\">✔ done</span> "
                    } else {
                        ""
                    },
                    escape(&a.text),
                    a.owner
                        .as_ref()
                        .map_or(String::new(), |x| format!(" — {}", escape(r.name_of(x)))),
                    a.due.map_or(String::new(), |d| format!(", due {d}")),
                    c.review
                )?;
            }
            o.push_str("</ul>\n");
        }
        if e.lacks_open_action() {
            let how = match e.kind {
                ExceptionKind::Practice { .. } => format!(
                    "a review action whose text names <code>{}</code>",
                    escape(e.id.as_str())
                ),
                _ => "a review action with <code>metric:</code> or <code>milestone:</code>".into(),
            };
            writeln!(
                o,
                "<p class=\"missing\">No open corrective action: the committee should name one ({how}).</p>"
            )?;
        }
        o.push_str("</div>\n");
    }
    o.push_str("</section>\n");
    Ok(())
}

/// A metric state as a coloured tag.
fn state_tag(state: MetricState) -> String {
    format!(
        "<span class=\"tag {}\">{}</span>",
        state_class(state),
        state_label(state)
    )
}

/// The goals with their horizons, owners and the state of their metrics.
fn goals(o: &mut String, r: &Report) -> fmt::Result {
    writeln!(o, "<section>\n<h2>Goals ({})</h2>", r.goals.len())?;
    if r.goals.is_empty() {
        o.push_str("<p class=\"note\">The plan has no goals yet.</p>\n</section>\n");
        return Ok(());
    }
    o.push_str("<table>\n<thead><tr><th>goal</th><th>horizon</th><th>owner</th><th>metrics</th></tr></thead>\n<tbody>\n");
    for g in &r.goals {
        write!(
            o,
            "<tr><td dir=\"auto\"><b>{}</b> <code>{}</code>",
            escape(&g.title),
            escape(g.id.as_str())
        )?;
        if let Some(d) = &g.description {
            write!(o, "<p class=\"note\" dir=\"auto\">{}</p>", escape(d))?;
        }
        write!(
            o,
            "</td><td class=\"nowrap\">{}</td><td dir=\"auto\">{}</td><td>",
            horizon_label(g.horizon),
            escape(g.owner.as_ref().map_or("–", |x| r.name_of(x)))
        )?;
        if g.metrics.is_empty() {
            o.push_str("<span class=\"note\">none</span>");
        }
        for m in &g.metrics {
            write!(
                o,
                "<div dir=\"auto\">{} <code>{}</code> {}</div>",
                escape(m.name.as_deref().unwrap_or("unknown metric")),
                escape(m.id.as_str()),
                m.state.map_or_else(|| "–".to_string(), state_tag)
            )?;
        }
        o.push_str("</td></tr>\n");
    }
    o.push_str("</tbody>\n</table>\n</section>\n");
    Ok(())
}

/// The charter: approval, vision, values, principles, the service
/// channels and the terms (its commitments have their own section).
fn charter(o: &mut String, r: &Report) -> fmt::Result {
    let c = &r.charter;
    o.push_str("<section>\n<h2>Charter</h2>\n");
    let mut approval = Vec::new();
    if let Some(v) = c.version {
        approval.push(format!("version {v}"));
    }
    let by: Vec<String> = c
        .approved_by
        .iter()
        .map(|id| escape(r.name_of(id)).to_string())
        .collect();
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
    writeln!(
        o,
        "<p class=\"meta\" dir=\"auto\">{}</p>",
        approval.join(" · ")
    )?;
    if let Some(v) = &c.vision {
        writeln!(o, "<h3>Vision</h3>\n<p dir=\"auto\">{}</p>", escape(v))?;
    }
    if !c.values.is_empty() {
        let values: Vec<String> = c.values.iter().map(|v| escape(v).to_string()).collect();
        writeln!(
            o,
            "<h3>Values</h3>\n<p dir=\"auto\">{}</p>",
            values.join(" · ")
        )?;
    }
    if !c.principles.is_empty() {
        o.push_str("<h3>Principles</h3>\n<ul>\n");
        for p in &c.principles {
            writeln!(o, "<li dir=\"auto\">{}</li>", escape(p))?;
        }
        o.push_str("</ul>\n");
    }
    if !c.channels.is_empty() {
        o.push_str("<h3>Services</h3>\n<table>\n<thead><tr><th>channel</th><th>hours</th></tr></thead>\n<tbody>\n");
        for ch in &c.channels {
            writeln!(
                o,
                "<tr><td dir=\"auto\">{} <code>{}</code></td><td dir=\"auto\">{}</td></tr>",
                escape(&ch.name),
                escape(ch.id.as_str()),
                escape(ch.hours.as_deref().unwrap_or("–"))
            )?;
        }
        o.push_str("</tbody>\n</table>\n");
    }
    if let Some(t) = &c.terms {
        writeln!(
            o,
            "<h3>Terms</h3>\n<p class=\"terms\" dir=\"auto\">{}</p>",
            escape(t.trim_end())
        )?;
    }
    o.push_str("</section>\n");
    Ok(())
}

/// The steering committee and the change agents; with `routines`, the
/// committee's routines as planned, each with its owner.
fn people(o: &mut String, r: &Report, routines: bool) -> fmt::Result {
    o.push_str("<section>\n<h2>Steering committee and change agents</h2>\n");
    writeln!(o, "<h3>Steering committee ({})</h3>", r.members.len())?;
    if r.members.is_empty() {
        o.push_str("<p class=\"note\">No committee members yet.</p>\n");
    } else {
        o.push_str("<table>\n<thead><tr><th>member</th><th>role</th><th>title</th></tr></thead>\n<tbody>\n");
        for m in &r.members {
            writeln!(
                o,
                "<tr><td dir=\"auto\">{}</td><td>{}</td><td dir=\"auto\">{}</td></tr>",
                escape(&m.name),
                role_label(m.role),
                escape(m.title.as_deref().unwrap_or(""))
            )?;
        }
        o.push_str("</tbody>\n</table>\n");
    }
    if routines && !r.routines.is_empty() {
        writeln!(o, "<h3>Routines ({})</h3>", r.routines.len())?;
        o.push_str("<table>\n<thead><tr><th>routine</th><th>every</th><th>owner</th></tr></thead>\n<tbody>\n");
        for rt in &r.routines {
            writeln!(
                o,
                "<tr><td dir=\"auto\">{} <code>{}</code></td><td>{}</td><td dir=\"auto\">{}</td></tr>",
                escape(&rt.name),
                escape(rt.id.as_str()),
                rt.every,
                escape(rt.owner.as_ref().map_or("–", |x| r.name_of(x)))
            )?;
        }
        o.push_str("</tbody>\n</table>\n");
    }
    writeln!(o, "<h3>Change agents ({})</h3>", r.agents.len())?;
    if r.agents.is_empty() {
        o.push_str("<p class=\"note\">No change agents yet.</p>\n");
    } else {
        o.push_str("<table>\n<thead><tr><th>agent</th><th>unit</th><th>level</th><th>focus</th></tr></thead>\n<tbody>\n");
        for a in &r.agents {
            writeln!(
                o,
                "<tr><td dir=\"auto\">{}</td><td dir=\"auto\">{}</td><td>{}</td><td dir=\"auto\">{}</td></tr>",
                escape(&a.name),
                escape(a.unit.as_deref().unwrap_or("")),
                service_role_label(a.level),
                escape(a.focus.as_deref().unwrap_or(""))
            )?;
        }
        o.push_str("</tbody>\n</table>\n");
    }
    o.push_str("</section>\n");
    Ok(())
}

fn commitments(o: &mut String, r: &Report) -> fmt::Result {
    writeln!(
        o,
        "<section>\n<h2>Charter commitments ({})</h2>",
        r.commitments.len()
    )?;
    if r.commitments.is_empty() {
        o.push_str("<p class=\"note\">The charter lists no commitments.</p>\n</section>\n");
        return Ok(());
    }
    o.push_str("<table>\n<thead><tr><th>commitment</th><th>channel</th><th>metric</th><th>state</th><th class=\"num\">latest</th><th class=\"num\">target</th></tr></thead>\n<tbody>\n");
    for c in &r.commitments {
        write!(
            o,
            "<tr><td dir=\"auto\">{}</td><td dir=\"auto\">{}</td>",
            escape(&c.text),
            escape(c.channel.as_deref().unwrap_or("–"))
        )?;
        match &c.metric {
            Some(m) => writeln!(
                o,
                "<td dir=\"auto\">{} <code>{}</code></td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
                escape(m.name.as_deref().unwrap_or("unknown metric")),
                escape(m.id.as_str()),
                m.state.map_or_else(
                    || "–".to_string(),
                    |s| format!("<span class=\"tag {}\">{}</span>", state_class(s), state_label(s))
                ),
                plain_opt(m.latest),
                plain_opt(m.target)
            )?,
            None => writeln!(
                o,
                "<td class=\"note\" colspan=\"4\">no metric measures it</td></tr>"
            )?,
        }
    }
    o.push_str("</tbody>\n</table>\n</section>\n");
    Ok(())
}

/// Each unit against its target, when a metric's target is broken down.
fn units(o: &mut String, r: &Report) -> fmt::Result {
    let s = &r.status;
    if s.metrics.iter().any(|m| !m.breakdown.is_empty()) {
        o.push_str("<section>\n<h2>Units against their targets</h2>\n<table>\n<thead><tr><th>metric</th><th>unit</th><th>period</th><th class=\"num\">value</th><th class=\"num\">target</th><th>state</th><th>before</th></tr></thead>\n<tbody>\n");
        for m in &s.metrics {
            for u in &m.breakdown {
                let name = u
                    .unit_name
                    .as_deref()
                    .map(|n| format!(" {}", escape(n)))
                    .unwrap_or_default();
                let period = method::period_of(u);
                writeln!(
                    o,
                    "<tr><td dir=\"auto\">{} <code>{}</code></td><td dir=\"auto\"><code>{}</code>{name}</td><td>{period}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{}</td><td>{}</td></tr>",
                    escape(&m.name),
                    escape(m.id.as_str()),
                    escape(u.unit.as_str()),
                    plain_opt(u.current.value),
                    plain_opt(Some(u.target)),
                    state_tag(u.current.state),
                    escape(&method::unit_past(&u.past))
                )?;
            }
        }
        o.push_str("</tbody>\n</table>\n</section>\n");
    }
    Ok(())
}

/// Units against their targets, the routines, the workshop tools and the
/// rep skills, each section only when the plan has them.
fn method(o: &mut String, r: &Report) -> fmt::Result {
    let s = &r.status;
    units(o, r)?;
    if !s.routines.is_empty() {
        o.push_str("<section>\n<h2>Management routines</h2>\n<table>\n<thead><tr><th>routine</th><th>every</th><th>last held</th><th>next</th><th></th></tr></thead>\n<tbody>\n");
        for rt in &s.routines {
            let last = method::last_held(rt).unwrap_or_else(|| "not yet".into());
            let late = if rt.late {
                format!(
                    "<span class=\"tag s-exception\">{}</span>",
                    Late::new(rt.next, rt.days_late).short()
                )
            } else {
                format!("in {}d", r.today.days_until(rt.next))
            };
            writeln!(
                o,
                "<tr><td dir=\"auto\">{} <code>{}</code></td><td>{}</td><td>{}</td><td>{}</td><td>{late}</td></tr>",
                escape(&rt.name),
                escape(rt.id.as_str()),
                escape(&rt.every),
                escape(&last),
                rt.next
            )?;
        }
        o.push_str("</tbody>\n</table>\n</section>\n");
    }
    if !s.tools.is_empty() {
        o.push_str("<section>\n<h2>Workshop tools</h2>\n<table>\n<thead><tr><th>tool</th><th>workshop</th><th>trial</th><th>results</th></tr></thead>\n<tbody>\n");
        for t in &s.tools {
            let word = escape(&method::trial_word(t)).to_string();
            let word = if t.state == TrialState::Decide {
                format!("<span class=\"tag s-exception\">{word}</span>")
            } else {
                word
            };
            writeln!(
                o,
                "<tr><td dir=\"auto\">{} <code>{}</code></td><td dir=\"auto\">{} <code>{}</code> {}</td><td>{word}</td><td>{}</td></tr>",
                escape(&t.name),
                escape(t.id.as_str()),
                escape(&t.topic),
                escape(t.workshop.as_str()),
                t.workshop_date,
                escape(&workshops::describe(t))
            )?;
        }
        o.push_str("</tbody>\n</table>\n</section>\n");
    }
    if !r.skills.is_empty() {
        o.push_str("<section>\n<h2>Rep skills</h2>\n<p class=\"note\">Mean score per unit in its latest quarter; the weakest skills with their change since the previous quarter.</p>\n<table>\n<thead><tr><th>skill</th>");
        for u in &r.skills {
            let latest = u.periods.last().map(|p| p.period.as_str()).unwrap_or("");
            write!(
                o,
                "<th class=\"num\" dir=\"auto\">{} {}</th>",
                escape(u.name.as_deref().unwrap_or(&u.unit)),
                latest
            )?;
        }
        o.push_str("</tr></thead>\n<tbody>\n");
        for (key, label) in SKILLS {
            write!(o, "<tr><td>{label}</td>")?;
            for u in &r.skills {
                let mean = u.periods.last().and_then(|p| p.mean(key));
                write!(o, "<td class=\"num\">{}</td>", plain_opt(mean))?;
            }
            o.push_str("</tr>\n");
        }
        o.push_str("</tbody>\n</table>\n<ul>\n");
        for u in &r.skills {
            writeln!(
                o,
                "<li dir=\"auto\"><code>{}</code>: weakest {}</li>",
                escape(&u.unit),
                escape(&method::weakest_line(u))
            )?;
        }
        o.push_str("</ul>\n</section>\n");
    }
    Ok(())
}

/// Each metric as planned: owner, source and cadence, baseline, target,
/// alert and which way is better.
fn metric_plan(o: &mut String, r: &Report) -> fmt::Result {
    writeln!(
        o,
        "<section>\n<h2>Metrics: baselines and targets ({})</h2>",
        r.metrics.len()
    )?;
    if r.metrics.is_empty() {
        o.push_str("<p class=\"note\">No metrics yet.</p>\n</section>\n");
        return Ok(());
    }
    o.push_str("<table>\n<thead><tr><th>metric</th><th>owner</th><th>source</th><th class=\"num\">baseline</th><th class=\"num\">target</th><th class=\"num\">alert</th><th>better</th></tr></thead>\n<tbody>\n");
    for m in &r.metrics {
        let t = &m.trend;
        let source = match (&m.source, m.every) {
            (Some(s), Some(e)) => format!("{} · every {e}", escape(s)),
            (Some(s), None) => escape(s).to_string(),
            (None, Some(e)) => format!("every {e}"),
            (None, None) => "–".into(),
        };
        writeln!(
            o,
            "<tr><td dir=\"auto\">{}{} <code>{}</code></td><td dir=\"auto\">{}</td><td dir=\"auto\">{source}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{}</td></tr>",
            escape(&t.name),
            t.unit
                .as_ref()
                .map_or(String::new(), |u| format!(" ({})", escape(u))),
            escape(t.metric.as_str()),
            escape(m.owner.as_ref().map_or("–", |x| r.name_of(x))),
            t.baseline
                .map_or_else(|| "–".into(), |b| format!("{} on {}", plain_opt(Some(b.value)), b.on)),
            t.target
                .map_or_else(|| "–".into(), |x| format!("{} by {}", plain_opt(Some(x.value)), x.by)),
            plain_opt(t.alert),
            match t.direction {
                crate::domain::model::Direction::Up => "higher",
                crate::domain::model::Direction::Down => "lower",
            }
        )?;
    }
    o.push_str("</tbody>\n</table>\n</section>\n");
    Ok(())
}

/// The client's signatures: a name, title and role, a blank line to sign
/// on and one for the date, for each signatory (two unnamed ones when the
/// plan names none).
fn sign_off(o: &mut String, r: &Report) -> fmt::Result {
    o.push_str("<section class=\"sign-off\">\n<h2>Sign-off</h2>\n<p>By signing, we approve this plan: its charter and commitments, goals, milestones and actions, steering committee, change agents and metrics with their targets.</p>\n<div class=\"signatures\">\n");
    let blank = "<div class=\"line\"></div><p class=\"note\">signature</p><div class=\"line\"></div><p class=\"note\">date</p>";
    if r.signatories.is_empty() {
        for _ in 0..2 {
            writeln!(
                o,
                "<div class=\"signature\"><div class=\"line\"></div><p class=\"note\">name and title</p>{blank}</div>"
            )?;
        }
    }
    for m in &r.signatories {
        let mut about = Vec::new();
        if let Some(t) = &m.title {
            about.push(escape(t).to_string());
        }
        about.push(role_label(m.role).to_string());
        writeln!(
            o,
            "<div class=\"signature\"><p dir=\"auto\"><b>{}</b></p><p class=\"meta\" dir=\"auto\">{}</p>{blank}</div>",
            escape(&m.name),
            about.join(" · ")
        )?;
    }
    o.push_str("</div>\n");
    if let Some(c) = &r.consultant {
        writeln!(
            o,
            "<p class=\"meta\" dir=\"auto\">Prepared by {}</p>",
            escape(c)
        )?;
    }
    o.push_str("</section>\n");
    Ok(())
}
