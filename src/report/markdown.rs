//! The report as Markdown that renders on GitHub and GitLab: headings,
//! pipe tables and lists, charts as Unicode sparklines (no SVG, no HTML).
//!
//! User text goes through [`md`] and ids through [`code`]
//! ([`crate::present::markdown`]), which keep it from closing a table
//! cell, starting a heading, a link or emphasis, or becoming raw HTML.
//!
//! Every word comes from the catalogue in the plan's language. A
//! right-to-left report is wrapped in `<div dir="rtl">` (GitHub's
//! sanitizer keeps `dir`; the blank lines around the Markdown inside let
//! it render as Markdown), and each value in a sentence or a cell is
//! isolated with LRI … PDI ([`Form::val`]).

use std::fmt::{self, Write};

use super::html::{approval, practice_summary, practice_tag};
use super::words::{self, rtl, Form};
use super::Kind;
use crate::domain::report::{ExceptionKind, Practice, Report};
use crate::domain::workshops::TrialState;
use crate::present::labels::{
    horizon_label, phase_label, role_label, service_role_label, status_label,
};
use crate::present::markdown::{code, md};
use crate::t;

const F: Form = Form::Markdown;

/// Text a person wrote, put into a translated sentence or after a dash:
/// escaped, and on a right-to-left page isolated with FSI … PDI (its
/// direction from its own letters), so that a Latin name neither takes
/// the sentence's direction nor turns the punctuation around it.
fn user(text: &str) -> String {
    if rtl() {
        format!("\u{2068}{}\u{2069}", md(text))
    } else {
        md(text)
    }
}

/// How many of a metric's latest readings its sparkline shows.
const SPARK_READINGS: usize = 26;
const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/// A value isolated in a right-to-left report.
fn v(text: impl std::fmt::Display) -> String {
    F.val(&text.to_string())
}

/// An id as code, isolated in a right-to-left report.
fn c(id: &str) -> String {
    F.val(&code(id))
}

/// An id as the results of a tool show it: plain text left to right, as
/// isolated code right to left.
fn plain_id(id: &str) -> String {
    if rtl() {
        c(id)
    } else {
        md(id)
    }
}

fn date(d: Option<crate::domain::types::Date>) -> String {
    words::date(F, d)
}

fn num(x: Option<f64>) -> String {
    words::num(F, x)
}

fn state_label(state: crate::domain::facts::MetricState) -> String {
    words::state_label(F, state)
}

/// A table's header and rule: `columns` are message ids, each with its
/// alignment (`---` or `---:`).
fn table_head(columns: &[(&str, &str)]) -> String {
    let mut head = String::from("|");
    let mut rule = String::from("|");
    for (msg, align) in columns {
        if msg.is_empty() {
            head.push_str(" |");
        } else {
            let _ = write!(head, " {} |", t!(msg));
        }
        let _ = write!(rule, "{align}|");
    }
    format!("{head}\n{rule}")
}

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
    if rtl() {
        o.push_str("<div dir=\"rtl\">\n\n");
    }
    // Writing to a String never fails.
    let _ = match kind {
        Kind::Status => document(&mut o, r),
        Kind::Plan => plan_document(&mut o, r),
    };
    if rtl() {
        o.push_str("\n</div>\n");
    }
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
    if let Some(x) = &r.consultant {
        who.push(t!("report-consultant", name = user(x)));
    }
    if !who.is_empty() {
        writeln!(o, "{}\n", who.join(" · "))?;
    }
    let left = p.days_left.max(0);
    writeln!(
        o,
        "{}\n",
        t!(
            "report-meta",
            kind = kind.title(),
            today = format!("**{}**", v(r.today)),
            plan = c(p.id.as_str()),
            start = v(p.start),
            end = v(p.end),
            day = words::plan_day(F, p, r.today),
            left = t!("report-days-left", count = left, n = v(left))
        )
    )?;
    if r.status.errors > 0 {
        writeln!(
            o,
            "> **{}**\n",
            t!(
                "report-errors",
                count = r.status.errors,
                n = v(r.status.errors),
                command = "`charter check`"
            )
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
    writeln!(o, "## {}\n", t!("report-at-a-glance"))?;
    writeln!(
        o,
        "| {} | {} |\n|---|---:|",
        t!(
            "report-md-milestones",
            count = s.milestones.total,
            n = v(s.milestones.total)
        ),
        t!("report-md-count")
    )?;
    for st in crate::domain::model::Status::ALL {
        writeln!(
            o,
            "| {} | {} |",
            status_label(st),
            v(s.milestones.by_status.get(st))
        )?;
    }
    writeln!(
        o,
        "| **{}** | **{}** |\n",
        t!("report-overdue"),
        v(s.milestones.overdue.len())
    )?;
    writeln!(
        o,
        "| {} | {} |\n|---|---:|",
        t!(
            "report-md-metrics",
            count = s.metrics.len(),
            n = v(s.metrics.len())
        ),
        t!("report-md-count")
    )?;
    for (state, n) in r.metrics_by_state.entries() {
        writeln!(o, "| {} | {} |", state_label(state), v(n))?;
    }
    let rv = &s.reviews;
    writeln!(
        o,
        "\n- {}{}\n- {}\n- {}\n",
        t!(
            "report-md-reviews",
            held = v(rv.held),
            last = rv.last.map_or_else(|| t!("report-none-yet"), v),
            next = rv.next_due.map_or_else(|| t!("report-not-scheduled"), v)
        ),
        if rv.overdue {
            format!(" (**{}**)", t!("report-overdue"))
        } else {
            String::new()
        },
        t!("report-md-open-actions", n = v(s.open_actions)),
        t!("report-md-exceptions", n = v(r.exceptions.len()))
    )
}

/// The milestones by phase; with `actions`, each milestone's planned
/// actions below its phase's table, with their owners and due dates.
fn phases(o: &mut String, r: &Report, actions: bool) -> fmt::Result {
    writeln!(o, "## {}\n", t!("report-milestones-by-phase"))?;
    if r.phases.is_empty() {
        writeln!(o, "{}\n", t!("report-no-milestones"))?;
    }
    for g in &r.phases {
        writeln!(
            o,
            "### {} ({})\n",
            phase_label(g.phase),
            v(g.milestones.len())
        )?;
        writeln!(
            o,
            "{}",
            table_head(&[
                ("report-col-milestone", "---"),
                ("report-col-owner", "---"),
                ("report-col-due", "---"),
                ("report-col-status", "---"),
                ("report-col-forecast", "---"),
                ("report-col-slip", "---:"),
            ])
        )?;
        for m in &g.milestones {
            let status = match m.overdue_days {
                Some(d) => format!(
                    "{} · **⚠ {}**",
                    status_label(m.status),
                    t!("report-overdue-by", days = words::days(F, d))
                ),
                None => status_label(m.status).to_string(),
            };
            writeln!(
                o,
                "| {} {} | {} | {} | {status} | {} | {} |",
                md(&m.title),
                c(m.id.as_str()),
                m.owner.as_ref().map_or(String::new(), |x| md(r.name_of(x))),
                date(m.due),
                date(m.forecast),
                words::slip(F, m.slip_days)
            )?;
        }
        writeln!(o)?;
        if actions && g.milestones.iter().any(|m| !m.actions.is_empty()) {
            writeln!(o, "{}\n", t!("report-md-actions"))?;
            for m in g.milestones.iter().filter(|m| !m.actions.is_empty()) {
                writeln!(o, "- {} {}", md(&m.title), c(m.id.as_str()))?;
                for a in &m.actions {
                    writeln!(
                        o,
                        "  - {}{}{}{}",
                        done_mark(a.done),
                        md(&a.title),
                        a.owner
                            .as_ref()
                            .map_or(String::new(), |x| format!(" — {}", user(r.name_of(x)))),
                        a.due
                            .map_or(String::new(), |d| t!("report-action-due", date = v(d)))
                    )?;
                }
            }
            writeln!(o)?;
        }
    }
    Ok(())
}

/// "✔ done: " before a done action's text.
fn done_mark(done: bool) -> String {
    if done {
        format!("✔ {}: ", crate::i18n::code("status", "done"))
    } else {
        String::new()
    }
}

fn trend(o: &mut String, r: &Report) -> fmt::Result {
    writeln!(o, "## {}\n", t!("report-milestone-trend"))?;
    if r.trend_chart.is_empty() {
        return writeln!(o, "{}\n", t!("report-no-trend"));
    }
    writeln!(
        o,
        "{}\n",
        t!(
            "report-md-trend-caption",
            count = r.forecast_count,
            shown = v(r.trend_chart.len()),
            total = v(r.forecast_count)
        )
    )?;
    writeln!(
        o,
        "{}",
        table_head(&[
            ("report-col-milestone", "---"),
            ("report-col-planned", "---"),
            ("report-col-latest-forecast", "---"),
            ("report-col-slip", "---:"),
            ("report-col-due-moved", "---:"),
            ("report-col-forecasts", "---"),
        ])
    )?;
    for tr in &r.trend_chart {
        let days: Vec<f64> = tr
            .forecasts
            .iter()
            .map(|f| crate::present::chart::day_number(f.forecast))
            .collect();
        writeln!(
            o,
            "| {} {} | {} | {} | {} | {} | {} |",
            md(&tr.title),
            c(tr.id.as_str()),
            date(tr.planned),
            date(tr.latest()),
            words::slip(F, tr.slip_days),
            words::moved(F, tr.replans, tr.replan_days),
            v(sparkline(&days))
        )?;
    }
    writeln!(o)
}

fn metrics(o: &mut String, r: &Report) -> fmt::Result {
    writeln!(o, "## {}\n", t!("report-metrics"))?;
    if r.metrics.is_empty() {
        return writeln!(o, "{}\n", t!("report-no-metrics"));
    }
    writeln!(
        o,
        "{}\n",
        t!("report-md-readings-intro", n = v(SPARK_READINGS))
    )?;
    writeln!(
        o,
        "{}",
        table_head(&[
            ("report-col-metric", "---"),
            ("report-col-readings", "---"),
            ("report-col-baseline", "---:"),
            ("report-col-latest", "---:"),
            ("report-col-expected-now", "---:"),
            ("report-col-target", "---:"),
            ("report-col-alert", "---:"),
            ("report-col-state", "---"),
        ])
    )?;
    for m in &r.metrics {
        let tr = &m.trend;
        let recent = &tr.readings[tr.readings.len().saturating_sub(SPARK_READINGS)..];
        let values: Vec<f64> = recent.iter().map(|p| p.value).collect();
        let unit = tr
            .unit
            .as_ref()
            .map_or(String::new(), |u| format!(" ({})", md(u)));
        writeln!(
            o,
            "| {}{unit} {} | {} | {} | {} | {} | {} | {} | {} |",
            md(&tr.name),
            c(tr.metric.as_str()),
            v(sparkline(&values)),
            num(tr.baseline.map(|b| b.value)),
            num(tr.readings.last().map(|p| p.value)),
            num(tr.expected_now),
            tr.target.map_or_else(
                || "–".into(),
                |x| t!(
                    "report-value-by",
                    value = num(Some(x.value)),
                    date = v(x.by)
                )
            ),
            num(tr.alert),
            state_label(tr.state)
        )?;
    }
    writeln!(o)
}

fn last_review(o: &mut String, r: &Report) -> fmt::Result {
    writeln!(o, "## {}\n", t!("report-last-review"))?;
    let Some(rv) = &r.last_review else {
        return writeln!(o, "{}\n", t!("report-no-review"));
    };
    writeln!(
        o,
        "**{}**{}\n",
        v(rv.date),
        rv.title
            .as_ref()
            .map_or(String::new(), |x| format!(" — {}", user(x)))
    )?;
    writeln!(
        o,
        "### {}\n",
        t!(
            "report-decisions",
            count = rv.decisions.len(),
            n = v(rv.decisions.len())
        )
    )?;
    for d in &rv.decisions {
        writeln!(
            o,
            "- {}{}",
            md(&d.text),
            d.owner
                .as_ref()
                .map_or(String::new(), |x| format!(" — {}", user(r.name_of(x))))
        )?;
    }
    if rv.decisions.is_empty() {
        writeln!(o, "{}", t!("report-no-decisions"))?;
    }
    writeln!(
        o,
        "\n### {}\n",
        t!(
            "report-open-actions",
            count = rv.open_actions.len(),
            n = v(rv.open_actions.len())
        )
    )?;
    if rv.open_actions.is_empty() {
        return writeln!(o, "{}\n", t!("report-no-open-actions"));
    }
    writeln!(
        o,
        "{}",
        table_head(&[
            ("report-col-action", "---"),
            ("report-col-owner", "---"),
            ("report-col-due", "---"),
            ("report-col-corrects", "---"),
        ])
    )?;
    for a in &rv.open_actions {
        let late = match a.due {
            Some(d) if d < r.today => format!(" **{}**", t!("report-late")),
            _ => String::new(),
        };
        let corrects: Vec<String> = a
            .metric
            .iter()
            .chain(&a.milestone)
            .map(|x| c(x.as_str()))
            .collect();
        writeln!(
            o,
            "| {} | {} | {}{late} | {} |",
            md(&a.text),
            a.owner.as_ref().map_or(String::new(), |x| md(r.name_of(x))),
            date(a.due),
            corrects.join(" ")
        )?;
    }
    writeln!(o)
}

fn exceptions(o: &mut String, r: &Report) -> fmt::Result {
    writeln!(
        o,
        "## {}\n",
        t!(
            "report-exceptions",
            count = r.exceptions.len(),
            n = v(r.exceptions.len())
        )
    )?;
    if r.exceptions.is_empty() {
        return writeln!(o, "{}\n", t!("report-no-exceptions"));
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
                "### {}\n\n{}\n",
                t!(
                    "report-md-exception-metric",
                    state = state_label(*state),
                    name = user(name),
                    id = c(e.id.as_str())
                ),
                t!(
                    "report-md-exception-values",
                    latest = match unit {
                        Some(u) => format!("{} {}", num(*latest), user(u)),
                        None => num(*latest),
                    },
                    expected = num(*expected),
                    alert = num(*alert)
                )
            )?,
            ExceptionKind::Milestone {
                title,
                due,
                overdue_days,
            } => writeln!(
                o,
                "### ⚠ {}\n\n{}\n",
                t!(
                    "report-md-exception-milestone",
                    tag = t!("report-overdue-by", days = words::days(F, *overdue_days)),
                    title = user(title),
                    id = c(e.id.as_str())
                ),
                t!("report-md-due", date = v(due))
            )?,
            ExceptionKind::Practice {
                practice,
                title,
                due,
                overdue_days,
                summary,
            } => {
                let summary = practice_summary(F, r, *practice, e.id.as_str(), &c, &plain_id)
                    .unwrap_or_else(|| md(summary));
                let message = match practice {
                    Practice::Routine => "report-md-exception-routine",
                    Practice::Tool => "report-md-exception-tool",
                    Practice::Incident => "report-md-exception-incident",
                    Practice::Coaching => "people-report-md-exception-coaching",
                };
                writeln!(
                    o,
                    "### ⚠ {}\n\n{}\n",
                    t!(
                        message,
                        tag = practice_tag(F, *practice, *overdue_days),
                        title = user(title),
                        id = c(e.id.as_str())
                    ),
                    if matches!(*practice, Practice::Incident | Practice::Coaching) {
                        summary
                    } else {
                        t!("report-md-due-because", date = v(due), summary = summary)
                    }
                )?
            }
        }
        for x in &e.actions {
            let a = &x.action;
            writeln!(
                o,
                "- {}{}{}{} ({})",
                done_mark(a.done),
                md(&a.text),
                a.owner
                    .as_ref()
                    .map_or(String::new(), |x| format!(" — {}", user(r.name_of(x)))),
                a.due
                    .map_or(String::new(), |d| t!("report-action-due", date = v(d))),
                if x.incident {
                    t!("report-from-incident", date = v(x.review))
                } else {
                    t!("report-from-review", date = v(x.review))
                }
            )?;
        }
        if e.lacks_open_action() {
            if !e.actions.is_empty() {
                writeln!(o)?;
            }
            let how = match e.kind {
                ExceptionKind::Practice { .. } => t!("report-how-name", id = c(e.id.as_str())),
                _ => t!(
                    "report-how-link",
                    metric = "`metric:`",
                    milestone = "`milestone:`"
                ),
            };
            writeln!(
                o,
                "{}",
                t!(
                    "report-lacks-action",
                    lead = format!("**{}**", t!("report-no-corrective-action")),
                    how = how
                )
            )?;
        }
        writeln!(o)?;
    }
    Ok(())
}

/// The goals with their horizons, owners and the state of their metrics.
fn goals(o: &mut String, r: &Report) -> fmt::Result {
    writeln!(
        o,
        "## {}\n",
        t!("report-goals", count = r.goals.len(), n = v(r.goals.len()))
    )?;
    if r.goals.is_empty() {
        return writeln!(o, "{}\n", t!("report-no-goals"));
    }
    writeln!(
        o,
        "{}",
        table_head(&[
            ("report-col-goal", "---"),
            ("report-col-horizon", "---"),
            ("report-col-owner", "---"),
            ("report-col-metrics", "---"),
        ])
    )?;
    for g in &r.goals {
        let metrics: Vec<String> = g
            .metrics
            .iter()
            .map(|m| {
                format!(
                    "{} {} {}",
                    md(&m
                        .name
                        .clone()
                        .unwrap_or_else(|| t!("report-unknown-metric"))),
                    c(m.id.as_str()),
                    m.state.map_or_else(|| "–".to_string(), state_label)
                )
            })
            .collect();
        writeln!(
            o,
            "| **{}** {}{} | {} | {} | {} |",
            md(&g.title),
            c(g.id.as_str()),
            g.description
                .as_ref()
                .map_or(String::new(), |d| format!(" — {}", user(d))),
            horizon_label(g.horizon),
            g.owner
                .as_ref()
                .map_or_else(|| "–".into(), |x| md(r.name_of(x))),
            if metrics.is_empty() {
                t!("report-none")
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
    let ch = &r.charter;
    writeln!(o, "## {}\n", t!("report-charter"))?;
    let by: Vec<String> = ch.approved_by.iter().map(|x| md(r.name_of(x))).collect();
    writeln!(o, "{}\n", approval(F, ch.version, ch.approved_on, &by))?;
    if let Some(x) = &ch.vision {
        writeln!(o, "### {}\n\n{}\n", t!("report-vision"), md(x))?;
    }
    if !ch.values.is_empty() {
        let values: Vec<String> = ch.values.iter().map(|x| md(x)).collect();
        writeln!(o, "### {}\n\n{}\n", t!("report-values"), values.join(" · "))?;
    }
    if !ch.principles.is_empty() {
        writeln!(o, "### {}\n", t!("report-principles"))?;
        for p in &ch.principles {
            writeln!(o, "- {}", md(p))?;
        }
        writeln!(o)?;
    }
    if !ch.channels.is_empty() {
        writeln!(
            o,
            "### {}\n\n{}",
            t!("report-services"),
            table_head(&[("report-col-channel", "---"), ("report-col-hours", "---")])
        )?;
        for x in &ch.channels {
            writeln!(
                o,
                "| {} {} | {} |",
                md(&x.name),
                c(x.id.as_str()),
                x.hours.as_deref().map_or_else(|| "–".into(), md)
            )?;
        }
        writeln!(o)?;
    }
    if let Some(x) = &ch.terms {
        writeln!(o, "### {}\n", t!("report-terms"))?;
        // One escaped line per line of the terms: a blank line still
        // parts two paragraphs, nothing else becomes markup.
        for line in x.trim_end().lines() {
            writeln!(o, "{}", md(line.trim()))?;
        }
        writeln!(o)?;
    }
    Ok(())
}

/// The steering committee and the change agents; with `routines`, the
/// committee's routines as planned, each with its owner.
fn people(o: &mut String, r: &Report, routines: bool) -> fmt::Result {
    writeln!(o, "\n## {}\n", t!("report-people"))?;
    writeln!(
        o,
        "### {}\n",
        t!(
            "report-committee",
            count = r.members.len(),
            n = v(r.members.len())
        )
    )?;
    if r.members.is_empty() {
        writeln!(o, "{}\n", t!("report-no-members"))?;
    } else {
        writeln!(
            o,
            "{}",
            table_head(&[
                ("report-col-member", "---"),
                ("report-col-role", "---"),
                ("report-col-title", "---"),
            ])
        )?;
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
            "### {}\n\n{}",
            t!(
                "report-routines",
                count = r.routines.len(),
                n = v(r.routines.len())
            ),
            table_head(&[
                ("report-col-routine", "---"),
                ("report-col-every", "---"),
                ("report-col-owner", "---"),
            ])
        )?;
        for rt in &r.routines {
            writeln!(
                o,
                "| {} {} | {} | {} |",
                md(&rt.name),
                c(rt.id.as_str()),
                words::cadence(F, &rt.every.to_string()),
                rt.owner
                    .as_ref()
                    .map_or_else(|| "–".into(), |x| md(r.name_of(x)))
            )?;
        }
        writeln!(o)?;
    }
    writeln!(
        o,
        "### {}\n",
        t!(
            "report-agents",
            count = r.agents.len(),
            n = v(r.agents.len())
        )
    )?;
    if r.agents.is_empty() {
        return writeln!(o, "{}", t!("report-no-agents"));
    }
    writeln!(
        o,
        "{}",
        table_head(&[
            ("report-col-agent", "---"),
            ("report-col-unit", "---"),
            ("report-col-level", "---"),
            ("report-col-focus", "---"),
        ])
    )?;
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
    writeln!(
        o,
        "## {}\n",
        t!(
            "report-commitments",
            count = r.commitments.len(),
            n = v(r.commitments.len())
        )
    )?;
    if r.commitments.is_empty() {
        return writeln!(o, "{}", t!("report-no-commitments"));
    }
    writeln!(
        o,
        "{}",
        table_head(&[
            ("report-col-commitment", "---"),
            ("report-col-channel", "---"),
            ("report-col-metric", "---"),
            ("report-col-state", "---"),
            ("report-col-latest", "---:"),
            ("report-col-target", "---:"),
        ])
    )?;
    for x in &r.commitments {
        let channel = x.channel.as_deref().map_or_else(|| "–".into(), md);
        match &x.metric {
            Some(m) => writeln!(
                o,
                "| {} | {channel} | {} {} | {} | {} | {} |",
                md(&x.text),
                md(&m
                    .name
                    .clone()
                    .unwrap_or_else(|| t!("report-unknown-metric"))),
                c(m.id.as_str()),
                m.state.map_or_else(|| "–".to_string(), state_label),
                num(m.latest),
                num(m.target)
            )?,
            None => writeln!(o, "| {} | {channel} | – | – | – | – |", md(&x.text))?,
        }
    }
    Ok(())
}

/// Each unit against its target, when a metric's target is broken down.
fn units(o: &mut String, r: &Report) -> fmt::Result {
    let s = &r.status;
    if s.metrics.iter().any(|m| !m.breakdown.is_empty()) {
        writeln!(o, "\n## {}", t!("report-units"))?;
        for m in &s.metrics {
            if m.breakdown.is_empty() {
                continue;
            }
            writeln!(
                o,
                "\n{}\n",
                t!(
                    "report-md-by-unit",
                    metric = format!("**{}**", user(&m.name))
                )
            )?;
            writeln!(
                o,
                "{}",
                table_head(&[
                    ("report-col-unit", "---"),
                    ("report-col-period", "---"),
                    ("report-col-value", "---:"),
                    ("report-col-target", "---:"),
                    ("report-col-state", "---"),
                    ("report-col-before", "---"),
                ])
            )?;
            for u in &m.breakdown {
                let name = u
                    .unit_name
                    .as_deref()
                    .map(|n| format!(" {}", md(n)))
                    .unwrap_or_default();
                writeln!(
                    o,
                    "| {}{name} | {} | {} | {} | {} | {} |",
                    c(u.unit.as_str()),
                    words::period_of(F, u),
                    v(crate::present::number::rounded_opt(u.current.value)),
                    v(crate::present::number::rounded(u.target)),
                    state_label(u.current.state),
                    words::unit_past(F, &u.past)
                )?;
            }
        }
    }
    Ok(())
}

/// Each metric as planned: owner, source and cadence, baseline, target,
/// alert and which way is better.
fn metric_plan(o: &mut String, r: &Report) -> fmt::Result {
    writeln!(
        o,
        "## {}\n",
        t!(
            "report-metric-plan",
            count = r.metrics.len(),
            n = v(r.metrics.len())
        )
    )?;
    if r.metrics.is_empty() {
        return writeln!(o, "{}", t!("report-no-metrics"));
    }
    writeln!(
        o,
        "{}",
        table_head(&[
            ("report-col-metric", "---"),
            ("report-col-owner", "---"),
            ("report-col-source", "---"),
            ("report-col-baseline", "---:"),
            ("report-col-target", "---:"),
            ("report-col-alert", "---:"),
            ("report-col-better", "---"),
        ])
    )?;
    for m in &r.metrics {
        let tr = &m.trend;
        let every = |e: crate::domain::types::Every| {
            t!("report-every", every = words::cadence(F, &e.to_string()))
        };
        let source = match (&m.source, m.every) {
            (Some(s), Some(e)) => format!("{} · {}", md(s), every(e)),
            (Some(s), None) => md(s),
            (None, Some(e)) => every(e),
            (None, None) => "–".into(),
        };
        writeln!(
            o,
            "| {}{} {} | {} | {source} | {} | {} | {} | {} |",
            md(&tr.name),
            tr.unit
                .as_ref()
                .map_or(String::new(), |u| format!(" ({})", md(u))),
            c(tr.metric.as_str()),
            m.owner
                .as_ref()
                .map_or_else(|| "–".into(), |x| md(r.name_of(x))),
            tr.baseline.map_or_else(
                || "–".into(),
                |b| t!(
                    "report-value-on",
                    value = num(Some(b.value)),
                    date = v(b.on)
                )
            ),
            tr.target.map_or_else(
                || "–".into(),
                |x| t!(
                    "report-value-by",
                    value = num(Some(x.value)),
                    date = v(x.by)
                )
            ),
            num(tr.alert),
            match tr.direction {
                crate::domain::model::Direction::Up => t!("report-higher"),
                crate::domain::model::Direction::Down => t!("report-lower"),
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
        "\n## {}\n\n{}\n",
        t!("report-sign-off"),
        t!("report-sign-off-text")
    )?;
    let lines = t!(
        "report-md-signature-lines",
        sign = "______________________________",
        date = "______________"
    );
    if r.signatories.is_empty() {
        for _ in 0..2 {
            writeln!(
                o,
                "{}\n\n{lines}\n",
                t!(
                    "report-md-name-and-title",
                    line = "______________________________"
                )
            )?;
        }
    }
    for m in &r.signatories {
        let mut about = Vec::new();
        if let Some(x) = &m.title {
            about.push(user(x));
        }
        about.push(role_label(m.role).to_string());
        writeln!(
            o,
            "**{}** — {}\n\n{lines}\n",
            user(&m.name),
            about.join(", ")
        )?;
    }
    if let Some(x) = &r.consultant {
        writeln!(o, "{}", t!("report-prepared-by", name = user(x)))?;
    }
    Ok(())
}

/// Units against their targets, the routines, the workshop tools and the
/// rep skills: the method's parts.
fn method(o: &mut String, r: &Report) -> fmt::Result {
    let s = &r.status;
    units(o, r)?;
    if !s.routines.is_empty() {
        writeln!(
            o,
            "\n## {} ({})\n\n{}",
            t!("report-management-routines"),
            v(s.routines.len()),
            table_head(&[
                ("report-col-routine", "---"),
                ("report-col-every", "---"),
                ("report-col-last-held", "---"),
                ("report-col-next", "---"),
                ("", "---"),
            ])
        )?;
        for rt in &s.routines {
            let mut last = words::last_held(F, rt).unwrap_or_else(|| t!("report-not-yet"));
            if let Some(a) = words::attendance(F, rt) {
                last = format!("{last} · {a}");
            }
            let next = words::routine_next(F, rt, s.today);
            let late = if rt.late { format!("**{next}**") } else { next };
            writeln!(
                o,
                "| {} ({}) | {} | {} | {} | {late} |",
                md(&rt.name),
                c(rt.id.as_str()),
                words::cadence(F, &rt.every),
                last,
                v(rt.next)
            )?;
        }
    }
    if !s.tools.is_empty() {
        writeln!(
            o,
            "\n## {} ({})\n\n{}",
            t!("report-workshop-tools"),
            v(s.tools.len()),
            table_head(&[
                ("report-col-tool", "---"),
                ("report-col-workshop", "---"),
                ("report-col-trial", "---"),
                ("report-col-results", "---"),
            ])
        )?;
        for tool in &s.tools {
            let word = words::trial_word(F, tool);
            let word = if tool.state == TrialState::Decide {
                format!("**{word}**")
            } else {
                word
            };
            writeln!(
                o,
                "| {} ({}) | {} {} | {word} | {} |",
                md(&tool.name),
                c(tool.id.as_str()),
                c(tool.workshop.as_str()),
                v(tool.workshop_date),
                words::describe(F, tool, &plain_id)
            )?;
        }
    }
    if !s.skills.is_empty() {
        writeln!(
            o,
            "\n## {}\n\n{}",
            t!("report-rep-skills"),
            table_head(&[
                ("report-col-unit", "---"),
                ("report-col-quarter", "---"),
                ("report-col-reps", "---:"),
                ("report-col-weakest", "---"),
            ])
        )?;
        for u in &s.skills {
            let name = u
                .name
                .as_deref()
                .map(|n| format!(" {}", md(n)))
                .unwrap_or_default();
            writeln!(
                o,
                "| {}{name} | {} | {} | {} |",
                c(u.unit.as_str()),
                v(&u.period),
                v(u.reps),
                words::weakest_of(F, &u.weakest)
            )?;
        }
    }
    reps(o, r)?;
    recognition(o, r)
}

/// A short people section: reps by state, those in training with their
/// certification's due day, coaching by state (overdue coaching is among
/// the exceptions).
fn reps(o: &mut String, r: &Report) -> fmt::Result {
    use crate::present::people::{certification_words, summary_lines};
    let people = &r.status.people;
    if people.is_empty() {
        return Ok(());
    }
    let [reps, coaching] = summary_lines(people);
    let reps = words::values_isolated(F, &md(&reps));
    writeln!(o, "\n## {}\n\n{}\n", t!("people-md-head"), reps)?;
    for t in &people.in_training {
        let words = md(&certification_words(t.certification_due, r.today));
        let words = words::values_isolated(F, &words);
        let words = if t.overdue {
            format!("**{words}**")
        } else {
            words
        };
        writeln!(o, "- {} {} · {words}", md(&t.name), c(t.id.as_str()))?;
    }
    writeln!(o, "\n{}", words::values_isolated(F, &md(&coaching)))
}

/// Recognition: praise this quarter and the last, praise not passed on,
/// the latest service heroes, hero candidates and the next Customer
/// Service Week with its days.
fn recognition(o: &mut String, r: &Report) -> fmt::Result {
    use crate::present::recognition as words_of;
    let s = &r.status.recognition;
    if s.is_empty() {
        return Ok(());
    }
    let iso = |text: &str| words::values_isolated(F, &md(text));
    let line = iso(&words_of::praise_line(s));
    let line = if s.unshared > 0 {
        format!("**{line}**")
    } else {
        line
    };
    writeln!(o, "\n## {}\n\n{line}", t!("recog-md-head"))?;
    for list in words_of::lists(s) {
        writeln!(o, "\n**{}**\n", iso(&list.head))?;
        for item in &list.items {
            writeln!(o, "- {}", iso(item))?;
        }
    }
    if let Some(after) = words_of::after_line(s) {
        writeln!(o, "\n{}", iso(&after))?;
    }
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
