//! The report as one self-contained HTML file: inline CSS with a print
//! stylesheet for A4, charts as inline SVG, no script, no external
//! resource, and a Content-Security-Policy that forbids both anyway.
//!
//! Every string a person wrote (titles, names, ids, notes, decisions)
//! reaches the page through [`escape`](super::escape::escape), in text and in attributes alike;
//! text blocks carry `dir="auto"` so that Hebrew reads right to left.
//!
//! Every word comes from the catalogue (`report-*` messages) in the
//! plan's language; `<html>` carries its `lang` and `dir`. On a
//! right-to-left page each value put into a sentence or a cell (a date,
//! an id, a number, a slip such as +96d) is isolated as left to right
//! ([`Form::val`]), so that the bidi algorithm never reorders it.

use std::fmt::{self, Write};

use super::escape::escape;
use super::style::STYLE;
use super::svg::{self, PALETTE};
use super::words::{self, rtl, Form};
use super::{state_class, Kind};
use crate::domain::facts::MetricState;
use crate::domain::report::{ExceptionKind, Practice, Report};
use crate::domain::skills::SKILLS;
use crate::domain::workshops::TrialState;
use crate::present::labels::{
    horizon_label, phase_label, role_label, service_role_label, status_label,
};
use crate::t;

const F: Form = Form::Html;

/// A value isolated on a right-to-left page (see [`Form::val`]).
fn v(text: impl std::fmt::Display) -> String {
    F.val(&text.to_string())
}

/// An id as code; isolated as left to right on a right-to-left page.
fn id(text: &str) -> String {
    if rtl() {
        format!("<code dir=\"ltr\" class=\"v\">{}</code>", escape(text))
    } else {
        format!("<code>{}</code>", escape(text))
    }
}

/// Text a person wrote, put into a translated sentence: isolated on a
/// right-to-left page (`<bdi>`, its direction from its own letters), so
/// that a Latin name neither takes the sentence's direction nor turns
/// the punctuation around it.
fn user(text: &str) -> String {
    if rtl() {
        format!("<bdi>{}</bdi>", escape(text))
    } else {
        escape(text).to_string()
    }
}

/// A date, isolated, or a dash.
fn date(d: Option<crate::domain::types::Date>) -> String {
    words::date(F, d)
}

/// A number, isolated, or a dash.
fn num(x: Option<f64>) -> String {
    words::num(F, x)
}

/// A metric state's label on the page.
fn state_label(state: MetricState) -> String {
    words::state_label(F, state)
}

/// A table's header row from message ids; `num` columns align as numbers.
fn thead(columns: &[(&str, bool)]) -> String {
    let mut row = String::from("<table>\n<thead><tr>");
    for (msg, numeric) in columns {
        let class = if *numeric { " class=\"num\"" } else { "" };
        if msg.is_empty() {
            row.push_str("<th></th>");
        } else {
            let _ = write!(row, "<th{class}>{}</th>", t!(msg));
        }
    }
    row.push_str("</tr></thead>\n<tbody>\n");
    row
}

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
    let lang = crate::i18n::current();
    write!(
        o,
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{} — {} {}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        lang.code(),
        lang.dir(),
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
        who.push(t!("report-consultant", name = user(c)));
    }
    if !who.is_empty() {
        writeln!(o, "<p class=\"meta\" dir=\"auto\">{}</p>", who.join(" · "))?;
    }
    let left = p.days_left.max(0);
    writeln!(
        o,
        "<p class=\"meta\">{}</p>",
        t!(
            "report-meta",
            kind = kind.title(),
            today = format!("<b>{}</b>", v(r.today)),
            plan = id(p.id.as_str()),
            start = v(p.start),
            end = v(p.end),
            day = words::plan_day(F, p, r.today),
            left = t!("report-days-left", count = left, n = v(left))
        )
    )?;
    if r.status.errors > 0 {
        writeln!(
            o,
            "<p class=\"missing\">{}</p>",
            t!(
                "report-errors",
                count = r.status.errors,
                n = v(r.status.errors),
                command = "<code>charter check</code>"
            )
        )?;
    }
    o.push_str("</header>\n");
    Ok(())
}

fn glance(o: &mut String, r: &Report) -> fmt::Result {
    let s = &r.status;
    writeln!(o, "<section>\n<h2>{}</h2>", t!("report-at-a-glance"))?;
    writeln!(
        o,
        "<h3>{}</h3>\n<div class=\"cards\">",
        t!(
            "report-glance-milestones",
            count = s.milestones.total,
            total = v(s.milestones.total),
            overdue = v(s.milestones.overdue.len())
        )
    )?;
    for st in crate::domain::model::Status::ALL {
        writeln!(
            o,
            "<div class=\"card\"><b>{}</b>{}</div>",
            v(s.milestones.by_status.get(st)),
            status_label(st)
        )?;
    }
    writeln!(
        o,
        "<div class=\"card overdue-tag\"><b>{}</b>{}</div></div>",
        v(s.milestones.overdue.len()),
        t!("report-overdue")
    )?;
    writeln!(
        o,
        "<h3>{}</h3>\n<div class=\"cards\">",
        t!(
            "report-glance-metrics",
            count = s.metrics.len(),
            n = v(s.metrics.len())
        )
    )?;
    for (state, n) in r.metrics_by_state.entries() {
        writeln!(
            o,
            "<div class=\"card {}\"><b>{}</b>{}</div>",
            state_class(state),
            v(n),
            state_label(state)
        )?;
    }
    o.push_str("</div>\n");
    let rv = &s.reviews;
    let next = match rv.next_due {
        Some(d) if rv.overdue => format!(
            "{} <span class=\"tag overdue-tag\">{}</span>",
            v(d),
            t!("report-overdue")
        ),
        Some(d) => v(d),
        None => t!("report-not-scheduled"),
    };
    writeln!(
        o,
        "<p>{}</p>\n</section>",
        t!(
            "report-glance-reviews",
            held = format!("<b>{}</b>", v(rv.held)),
            last = rv.last.map_or_else(|| t!("report-none-yet"), v),
            next = next,
            actions = format!("<b>{}</b>", v(s.open_actions)),
            exceptions = format!("<b>{}</b>", v(r.exceptions.len()))
        )
    )
}

/// The milestones by phase; with `actions`, each milestone's planned
/// actions under it, with their owners and due dates.
fn phases(o: &mut String, r: &Report, actions: bool) -> fmt::Result {
    writeln!(
        o,
        "<section>\n<h2>{}</h2>",
        t!("report-milestones-by-phase")
    )?;
    if r.phases.is_empty() {
        writeln!(o, "<p class=\"note\">{}</p>", t!("report-no-milestones"))?;
    }
    for g in &r.phases {
        writeln!(
            o,
            "<h3>{} ({})</h3>\n{}",
            phase_label(g.phase),
            v(g.milestones.len()),
            thead(&[
                ("report-col-milestone", false),
                ("report-col-owner", false),
                ("report-col-due", true),
                ("report-col-status", false),
                ("report-col-forecast", true),
                ("report-col-slip", true),
            ])
            .trim_end()
        )?;
        for m in &g.milestones {
            let (row, late) = match m.overdue_days {
                Some(d) => (
                    " class=\"overdue\"",
                    format!(
                        " <span class=\"tag overdue-tag\">{}</span>",
                        t!("report-overdue-by", days = words::days(F, d))
                    ),
                ),
                None => ("", String::new()),
            };
            writeln!(
                o,
                "<tr{row}><td dir=\"auto\">{} {}</td><td dir=\"auto\">{}</td><td class=\"num\">{}</td><td class=\"nowrap\">{}{late}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
                escape(&m.title),
                id(m.id.as_str()),
                escape(m.owner.as_ref().map_or("", |x| r.name_of(x))),
                date(m.due),
                status_label(m.status),
                date(m.forecast),
                words::slip(F, m.slip_days)
            )?;
            if actions && !m.actions.is_empty() {
                o.push_str("<tr class=\"actions\"><td colspan=\"6\"><ul>\n");
                for a in &m.actions {
                    writeln!(
                        o,
                        "<li dir=\"auto\">{}{}{}{}</li>",
                        done_tag(a.done),
                        escape(&a.title),
                        a.owner
                            .as_ref()
                            .map_or(String::new(), |x| format!(" — {}", user(r.name_of(x)))),
                        a.due
                            .map_or(String::new(), |d| t!("report-action-due", date = v(d)))
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

/// "✔ done" before a done action's text.
fn done_tag(done: bool) -> String {
    if done {
        format!(
            "<span class=\"done\">✔ {}</span> ",
            crate::i18n::code("status", "done")
        )
    } else {
        String::new()
    }
}

fn milestone_trend(o: &mut String, r: &Report) -> fmt::Result {
    writeln!(o, "<section>\n<h2>{}</h2>", t!("report-milestone-trend"))?;
    if r.trend_chart.is_empty() {
        writeln!(
            o,
            "<p class=\"note\">{}</p>\n</section>",
            t!("report-no-trend")
        )?;
        return Ok(());
    }
    o.push_str("<figure>\n");
    svg::milestone_trend(o, &r.review_dates, &r.trend_chart)?;
    writeln!(
        o,
        "\n<figcaption>{}</figcaption>\n</figure>",
        t!(
            "report-trend-caption",
            count = r.forecast_count,
            shown = v(r.trend_chart.len()),
            total = v(r.forecast_count)
        )
    )?;
    o.push_str(&thead(&[
        ("report-col-milestone", false),
        ("report-col-planned", true),
        ("report-col-latest-forecast", true),
        ("report-col-slip", true),
        ("report-col-due-moved", true),
        ("report-col-reviews", true),
    ]));
    for (tr, colour) in r.trend_chart.iter().zip(PALETTE.iter().cycle()) {
        writeln!(
            o,
            "<tr><td dir=\"auto\"><span class=\"sw\" style=\"background:{colour}\"></span>{} {}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
            escape(&tr.title),
            id(tr.id.as_str()),
            date(tr.planned),
            date(tr.latest()),
            words::slip(F, tr.slip_days),
            words::moved(F, tr.replans, tr.replan_days),
            v(tr.forecasts.len())
        )?;
    }
    o.push_str("</tbody>\n</table>\n</section>\n");
    Ok(())
}

fn metrics(o: &mut String, r: &Report) -> fmt::Result {
    writeln!(o, "<section>\n<h2>{}</h2>", t!("report-metrics"))?;
    if r.metrics.is_empty() {
        writeln!(o, "<p class=\"note\">{}</p>", t!("report-no-metrics"))?;
    }
    for m in &r.metrics {
        let tr = &m.trend;
        let unit = tr.unit.as_deref().unwrap_or("");
        writeln!(
            o,
            "<figure>\n<h3 dir=\"auto\">{} {} <span class=\"tag {}\">{}</span></h3>",
            escape(&tr.name),
            id(tr.metric.as_str()),
            state_class(tr.state),
            state_label(tr.state)
        )?;
        let latest = tr.readings.last();
        let latest = match latest {
            Some(p) => t!(
                "report-value-when",
                value = num(Some(p.value)),
                date = v(p.on)
            ),
            None => num(None),
        };
        let target = match tr.target {
            Some(x) => t!(
                "report-value-by",
                value = num(Some(x.value)),
                date = v(x.by)
            ),
            None => num(None),
        };
        let mut line = t!(
            "report-metric-line",
            baseline = num(tr.baseline.map(|b| b.value)),
            latest = latest,
            target = target,
            expected = num(tr.expected_now),
            alert = num(tr.alert),
            readings = t!(
                "report-readings",
                count = tr.readings.len(),
                n = v(tr.readings.len())
            ),
            better = better(tr.direction)
        );
        if !unit.is_empty() {
            line.push_str(" · ");
            line.push_str(&t!("report-unit-is", unit = user(unit)));
        }
        writeln!(o, "<p dir=\"auto\">{line}</p>")?;
        svg::metric_chart(o, m)?;
        o.push_str("\n</figure>\n");
    }
    writeln!(
        o,
        "<p class=\"note\">{}</p>\n</section>",
        t!("report-metrics-note")
    )
}

/// "higher is better", "lower is better".
fn better(direction: crate::domain::model::Direction) -> String {
    match direction {
        crate::domain::model::Direction::Up => t!("report-higher-better"),
        crate::domain::model::Direction::Down => t!("report-lower-better"),
    }
}

fn last_review(o: &mut String, r: &Report) -> fmt::Result {
    writeln!(o, "<section>\n<h2>{}</h2>", t!("report-last-review"))?;
    let Some(rv) = &r.last_review else {
        writeln!(
            o,
            "<p class=\"note\">{}</p>\n</section>",
            t!("report-no-review")
        )?;
        return Ok(());
    };
    writeln!(
        o,
        "<p dir=\"auto\"><b>{}</b>{}</p>\n<h3>{}</h3>",
        v(rv.date),
        rv.title
            .as_ref()
            .map_or(String::new(), |t| format!(" — {}", escape(t))),
        t!(
            "report-decisions",
            count = rv.decisions.len(),
            n = v(rv.decisions.len())
        )
    )?;
    if rv.decisions.is_empty() {
        writeln!(o, "<p class=\"note\">{}</p>", t!("report-no-decisions"))?;
    } else {
        o.push_str("<ul>\n");
        for d in &rv.decisions {
            writeln!(
                o,
                "<li dir=\"auto\">{}{}</li>",
                escape(&d.text),
                d.owner
                    .as_ref()
                    .map_or(String::new(), |x| format!(" — {}", user(r.name_of(x))))
            )?;
        }
        o.push_str("</ul>\n");
    }
    writeln!(
        o,
        "<h3>{}</h3>",
        t!(
            "report-open-actions",
            count = rv.open_actions.len(),
            n = v(rv.open_actions.len())
        )
    )?;
    if rv.open_actions.is_empty() {
        writeln!(
            o,
            "<p class=\"note\">{}</p>\n</section>",
            t!("report-no-open-actions")
        )?;
        return Ok(());
    }
    o.push_str(&thead(&[
        ("report-col-action", false),
        ("report-col-owner", false),
        ("report-col-due", true),
        ("report-col-corrects", false),
    ]));
    for a in &rv.open_actions {
        let late = match a.due {
            Some(d) if d < r.today => format!(
                " <span class=\"tag overdue-tag\">{}</span>",
                t!("report-late")
            ),
            _ => String::new(),
        };
        let corrects = a
            .metric
            .iter()
            .chain(&a.milestone)
            .map(|x| id(x.as_str()))
            .collect::<Vec<_>>()
            .join(" ");
        writeln!(
            o,
            "<tr><td dir=\"auto\">{}</td><td dir=\"auto\">{}</td><td class=\"num\">{}{late}</td><td>{corrects}</td></tr>",
            escape(&a.text),
            escape(a.owner.as_ref().map_or("", |x| r.name_of(x))),
            date(a.due)
        )?;
    }
    o.push_str("</tbody>\n</table>\n</section>\n");
    Ok(())
}

/// The sentence under a late routine or an undecided tool, from the
/// plan's facts in the report's language.
pub(super) fn practice_summary(
    f: Form,
    r: &Report,
    practice: Practice,
    exception_id: &str,
    ident: &dyn Fn(&str) -> String,
    results_id: &dyn Fn(&str) -> String,
) -> Option<String> {
    match practice {
        Practice::Routine => {
            let rt = r
                .status
                .routines
                .iter()
                .find(|x| x.id.as_str() == exception_id)?;
            let every = words::cadence(f, &rt.every);
            Some(match rt.last {
                Some(last) => t!(
                    "report-routine-held-last",
                    every = every,
                    date = f.val(&last.to_string())
                ),
                None => t!("report-routine-never-held", every = every),
            })
        }
        Practice::Tool => {
            let tool = r
                .status
                .tools
                .iter()
                .find(|x| x.id.as_str() == exception_id)?;
            Some(t!(
                "report-tool-summary",
                workshop = ident(tool.workshop.as_str()),
                date = words::date(f, tool.trial_until),
                results = words::describe(f, tool, results_id)
            ))
        }
        Practice::Incident => {
            let incident = r.incidents.iter().find(|x| x.id.as_str() == exception_id)?;
            let date = words::date(f, Some(incident.on));
            Some(if incident.is_investigated() {
                t!(
                    "report-incident-actions",
                    date = date,
                    done = f.val(&incident.actions_done().to_string()),
                    count = incident.actions.len()
                )
            } else {
                t!("report-incident-not-investigated", date = date)
            })
        }
        Practice::Coaching => {
            let c = r.status.people.coaching_overdue.iter().find(|c| {
                crate::domain::people::coaching_id_of(&c.rep, c.skill).as_str() == exception_id
            })?;
            Some(t!(
                "people-report-coaching",
                kind = crate::domain::people::kind_label(c.kind),
                skill = crate::domain::people::skill_label(c.skill),
                owner = c.owner.as_ref().map_or(String::new(), |o| {
                    t!("people-report-owner", owner = ident(o.as_str()))
                }),
                date = words::date(f, Some(c.due))
            ))
        }
    }
}

/// How late a routine is or how long a tool waits for its decision.
pub(super) fn practice_tag(f: Form, practice: Practice, days: i64) -> String {
    match practice {
        Practice::Routine => t!("report-late-by", days = words::days(f, days)),
        Practice::Tool => t!("report-undecided-by", days = words::days(f, days)),
        Practice::Incident => t!("report-open-for", days = words::days(f, days)),
        Practice::Coaching => t!("report-late-by", days = words::days(f, days)),
    }
}

/// An id as the results of a tool show it: plain on a left-to-right
/// page, as isolated code on a right-to-left one.
fn plain_id(text: &str) -> String {
    if rtl() {
        id(text)
    } else {
        escape(text).to_string()
    }
}

fn exceptions(o: &mut String, r: &Report) -> fmt::Result {
    writeln!(
        o,
        "<section>\n<h2>{}</h2>",
        t!(
            "report-exceptions",
            count = r.exceptions.len(),
            n = v(r.exceptions.len())
        )
    )?;
    if r.exceptions.is_empty() {
        writeln!(o, "<p class=\"note\">{}</p>", t!("report-no-exceptions"))?;
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
                let behind = if matches!(state, MetricState::Behind) {
                    " behind"
                } else {
                    ""
                };
                let latest = match unit {
                    Some(u) => format!("{} {}", num(*latest), escape(u)),
                    None => num(*latest),
                };
                writeln!(
                    o,
                    "<div class=\"exception{behind}\">\n<p dir=\"auto\"><span class=\"tag {}\">{}</span> {}</p>",
                    state_class(*state),
                    state_label(*state),
                    t!(
                        "report-exception-metric",
                        name = format!("<b>{}</b>", user(name)),
                        id = id(e.id.as_str()),
                        latest = latest,
                        expected = num(*expected),
                        alert = num(*alert)
                    )
                )?;
            }
            ExceptionKind::Milestone {
                title,
                due,
                overdue_days,
            } => {
                writeln!(
                    o,
                    "<div class=\"exception\">\n<p dir=\"auto\"><span class=\"tag overdue-tag\">{}</span> {}</p>",
                    t!("report-overdue-by", days = words::days(F, *overdue_days)),
                    t!(
                        "report-exception-milestone",
                        title = format!("<b>{}</b>", user(title)),
                        id = id(e.id.as_str()),
                        due = v(due)
                    )
                )?;
            }
            ExceptionKind::Practice {
                practice,
                title,
                due,
                overdue_days,
                summary,
            } => {
                let summary = practice_summary(F, r, *practice, e.id.as_str(), &id, &plain_id)
                    .unwrap_or_else(|| escape(summary).to_string());
                let message = match practice {
                    Practice::Routine => "report-exception-routine",
                    Practice::Tool => "report-exception-tool",
                    Practice::Incident => "report-exception-incident",
                    Practice::Coaching => "people-report-exception-coaching",
                };
                writeln!(
                    o,
                    "<div class=\"exception\">\n<p dir=\"auto\"><span class=\"tag overdue-tag\">{}</span> {}</p>",
                    practice_tag(F, *practice, *overdue_days),
                    t!(
                        message,
                        title = format!("<b>{}</b>", user(title)),
                        id = id(e.id.as_str()),
                        due = v(due),
                        summary = summary
                    )
                )?;
            }
        }
        if !e.actions.is_empty() {
            o.push_str("<ul>\n");
            for c in &e.actions {
                let a = &c.action;
                writeln!(
                    o,
                    "<li dir=\"auto\">{}{}{}{} <span class=\"note\">({})</span></li>",
                    done_tag(a.done),
                    escape(&a.text),
                    a.owner
                        .as_ref()
                        .map_or(String::new(), |x| format!(" — {}", user(r.name_of(x)))),
                    a.due
                        .map_or(String::new(), |d| t!("report-action-due", date = v(d))),
                    if c.incident {
                        t!("report-from-incident", date = v(c.review))
                    } else {
                        t!("report-from-review", date = v(c.review))
                    }
                )?;
            }
            o.push_str("</ul>\n");
        }
        if e.lacks_open_action() {
            let how = match e.kind {
                ExceptionKind::Practice { .. } => {
                    t!("report-how-name", id = id(e.id.as_str()))
                }
                _ => t!(
                    "report-how-link",
                    metric = "<code>metric:</code>",
                    milestone = "<code>milestone:</code>"
                ),
            };
            writeln!(
                o,
                "<p class=\"missing\">{}</p>",
                t!(
                    "report-lacks-action",
                    lead = t!("report-no-corrective-action"),
                    how = how
                )
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
    writeln!(
        o,
        "<section>\n<h2>{}</h2>",
        t!("report-goals", count = r.goals.len(), n = v(r.goals.len()))
    )?;
    if r.goals.is_empty() {
        writeln!(
            o,
            "<p class=\"note\">{}</p>\n</section>",
            t!("report-no-goals")
        )?;
        return Ok(());
    }
    o.push_str(&thead(&[
        ("report-col-goal", false),
        ("report-col-horizon", false),
        ("report-col-owner", false),
        ("report-col-metrics", false),
    ]));
    for g in &r.goals {
        write!(
            o,
            "<tr><td dir=\"auto\"><b>{}</b> {}",
            escape(&g.title),
            id(g.id.as_str())
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
            write!(o, "<span class=\"note\">{}</span>", t!("report-none"))?;
        }
        for m in &g.metrics {
            write!(
                o,
                "<div dir=\"auto\">{} {} {}</div>",
                escape(
                    &m.name
                        .clone()
                        .unwrap_or_else(|| t!("report-unknown-metric"))
                ),
                id(m.id.as_str()),
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
    writeln!(o, "<section>\n<h2>{}</h2>", t!("report-charter"))?;
    let by: Vec<String> = c.approved_by.iter().map(|x| user(r.name_of(x))).collect();
    writeln!(
        o,
        "<p class=\"meta\" dir=\"auto\">{}</p>",
        approval(F, c.version, c.approved_on, &by)
    )?;
    if let Some(x) = &c.vision {
        writeln!(
            o,
            "<h3>{}</h3>\n<p dir=\"auto\">{}</p>",
            t!("report-vision"),
            escape(x)
        )?;
    }
    if !c.values.is_empty() {
        let values: Vec<String> = c.values.iter().map(|x| escape(x).to_string()).collect();
        writeln!(
            o,
            "<h3>{}</h3>\n<p dir=\"auto\">{}</p>",
            t!("report-values"),
            values.join(" · ")
        )?;
    }
    if !c.principles.is_empty() {
        writeln!(o, "<h3>{}</h3>\n<ul>", t!("report-principles"))?;
        for p in &c.principles {
            writeln!(o, "<li dir=\"auto\">{}</li>", escape(p))?;
        }
        o.push_str("</ul>\n");
    }
    if !c.channels.is_empty() {
        write!(
            o,
            "<h3>{}</h3>\n{}",
            t!("report-services"),
            thead(&[("report-col-channel", false), ("report-col-hours", false)])
        )?;
        for ch in &c.channels {
            writeln!(
                o,
                "<tr><td dir=\"auto\">{} {}</td><td dir=\"auto\">{}</td></tr>",
                escape(&ch.name),
                id(ch.id.as_str()),
                escape(ch.hours.as_deref().unwrap_or("–"))
            )?;
        }
        o.push_str("</tbody>\n</table>\n");
    }
    if let Some(x) = &c.terms {
        writeln!(
            o,
            "<h3>{}</h3>\n<p class=\"terms\" dir=\"auto\">{}</p>",
            t!("report-terms"),
            escape(x.trim_end())
        )?;
    }
    o.push_str("</section>\n");
    Ok(())
}

/// "version 1 · approved on 2026-01-20 by Dana Levi, David Brooks".
pub(super) fn approval(
    f: Form,
    version: Option<u32>,
    on: Option<crate::domain::types::Date>,
    by: &[String],
) -> String {
    let mut parts = Vec::new();
    if let Some(x) = version {
        parts.push(t!("report-version", n = f.val(&x.to_string())));
    }
    let names = by.join(", ");
    parts.push(match (on, by.is_empty()) {
        (Some(d), false) => t!(
            "report-approved-on-by",
            date = f.val(&d.to_string()),
            names = names
        ),
        (Some(d), true) => t!("report-approved-on", date = f.val(&d.to_string())),
        (None, true) => t!("report-not-approved"),
        (None, false) => t!("report-approved-by", names = names),
    });
    parts.join(" · ")
}

/// The steering committee and the change agents; with `routines`, the
/// committee's routines as planned, each with its owner.
fn people(o: &mut String, r: &Report, routines: bool) -> fmt::Result {
    writeln!(o, "<section>\n<h2>{}</h2>", t!("report-people"))?;
    writeln!(
        o,
        "<h3>{}</h3>",
        t!(
            "report-committee",
            count = r.members.len(),
            n = v(r.members.len())
        )
    )?;
    if r.members.is_empty() {
        writeln!(o, "<p class=\"note\">{}</p>", t!("report-no-members"))?;
    } else {
        o.push_str(&thead(&[
            ("report-col-member", false),
            ("report-col-role", false),
            ("report-col-title", false),
        ]));
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
        write!(
            o,
            "<h3>{}</h3>\n{}",
            t!(
                "report-routines",
                count = r.routines.len(),
                n = v(r.routines.len())
            ),
            thead(&[
                ("report-col-routine", false),
                ("report-col-every", false),
                ("report-col-owner", false),
            ])
        )?;
        for rt in &r.routines {
            writeln!(
                o,
                "<tr><td dir=\"auto\">{} {}</td><td>{}</td><td dir=\"auto\">{}</td></tr>",
                escape(&rt.name),
                id(rt.id.as_str()),
                words::cadence(F, &rt.every.to_string()),
                escape(rt.owner.as_ref().map_or("–", |x| r.name_of(x)))
            )?;
        }
        o.push_str("</tbody>\n</table>\n");
    }
    writeln!(
        o,
        "<h3>{}</h3>",
        t!(
            "report-agents",
            count = r.agents.len(),
            n = v(r.agents.len())
        )
    )?;
    if r.agents.is_empty() {
        writeln!(o, "<p class=\"note\">{}</p>", t!("report-no-agents"))?;
    } else {
        o.push_str(&thead(&[
            ("report-col-agent", false),
            ("report-col-unit", false),
            ("report-col-level", false),
            ("report-col-focus", false),
        ]));
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
        "<section>\n<h2>{}</h2>",
        t!(
            "report-commitments",
            count = r.commitments.len(),
            n = v(r.commitments.len())
        )
    )?;
    if r.commitments.is_empty() {
        writeln!(
            o,
            "<p class=\"note\">{}</p>\n</section>",
            t!("report-no-commitments")
        )?;
        return Ok(());
    }
    o.push_str(&thead(&[
        ("report-col-commitment", false),
        ("report-col-channel", false),
        ("report-col-metric", false),
        ("report-col-state", false),
        ("report-col-latest", true),
        ("report-col-target", true),
    ]));
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
                "<td dir=\"auto\">{} {}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
                escape(
                    &m.name
                        .clone()
                        .unwrap_or_else(|| t!("report-unknown-metric"))
                ),
                id(m.id.as_str()),
                m.state.map_or_else(|| "–".to_string(), state_tag),
                num(m.latest),
                num(m.target)
            )?,
            None => writeln!(
                o,
                "<td class=\"note\" colspan=\"4\">{}</td></tr>",
                t!("report-no-metric-measures")
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
        write!(
            o,
            "<section>\n<h2>{}</h2>\n{}",
            t!("report-units"),
            thead(&[
                ("report-col-metric", false),
                ("report-col-unit", false),
                ("report-col-period", false),
                ("report-col-value", true),
                ("report-col-target", true),
                ("report-col-state", false),
                ("report-col-before", false),
            ])
        )?;
        for m in &s.metrics {
            for u in &m.breakdown {
                let name = u
                    .unit_name
                    .as_deref()
                    .map(|n| format!(" {}", escape(n)))
                    .unwrap_or_default();
                writeln!(
                    o,
                    "<tr><td dir=\"auto\">{} {}</td><td dir=\"auto\">{}{name}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{}</td><td>{}</td></tr>",
                    escape(&m.name),
                    id(m.id.as_str()),
                    id(u.unit.as_str()),
                    words::period_of(F, u),
                    num(u.current.value),
                    num(Some(u.target)),
                    state_tag(u.current.state),
                    words::unit_past(F, &u.past)
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
        write!(
            o,
            "<section>\n<h2>{}</h2>\n{}",
            t!("report-management-routines"),
            thead(&[
                ("report-col-routine", false),
                ("report-col-every", false),
                ("report-col-last-held", false),
                ("report-col-next", false),
                ("", false),
            ])
        )?;
        for rt in &s.routines {
            let mut last = words::last_held(F, rt).unwrap_or_else(|| t!("report-not-yet"));
            if let Some(a) = words::attendance(F, rt) {
                last = format!("{last} · {a}");
            }
            let next = words::routine_next(F, rt, r.today);
            let late = if rt.late {
                format!("<span class=\"tag s-exception\">{next}</span>")
            } else {
                next
            };
            writeln!(
                o,
                "<tr><td dir=\"auto\">{} {}</td><td>{}</td><td>{}</td><td>{}</td><td>{late}</td></tr>",
                escape(&rt.name),
                id(rt.id.as_str()),
                words::cadence(F, &rt.every),
                last,
                v(rt.next)
            )?;
        }
        o.push_str("</tbody>\n</table>\n</section>\n");
    }
    if !s.tools.is_empty() {
        write!(
            o,
            "<section>\n<h2>{}</h2>\n{}",
            t!("report-workshop-tools"),
            thead(&[
                ("report-col-tool", false),
                ("report-col-workshop", false),
                ("report-col-trial", false),
                ("report-col-results", false),
            ])
        )?;
        for tool in &s.tools {
            let word = words::trial_word(F, tool);
            let word = if tool.state == TrialState::Decide {
                format!("<span class=\"tag s-exception\">{word}</span>")
            } else {
                word
            };
            writeln!(
                o,
                "<tr><td dir=\"auto\">{} {}</td><td dir=\"auto\">{} {} {}</td><td>{word}</td><td>{}</td></tr>",
                escape(&tool.name),
                id(tool.id.as_str()),
                escape(&tool.topic),
                id(tool.workshop.as_str()),
                v(tool.workshop_date),
                words::describe(F, tool, &plain_id)
            )?;
        }
        o.push_str("</tbody>\n</table>\n</section>\n");
    }
    if !r.skills.is_empty() {
        write!(
            o,
            "<section>\n<h2>{}</h2>\n<p class=\"note\">{}</p>\n<table>\n<thead><tr><th>{}</th>",
            t!("report-rep-skills"),
            t!("report-skills-note"),
            t!("report-col-skill")
        )?;
        for u in &r.skills {
            let latest = u.periods.last().map(|p| p.period.as_str()).unwrap_or("");
            write!(
                o,
                "<th class=\"num\" dir=\"auto\">{} {}</th>",
                escape(u.name.as_deref().unwrap_or(&u.unit)),
                v(latest)
            )?;
        }
        o.push_str("</tr></thead>\n<tbody>\n");
        for (key, _) in SKILLS {
            write!(o, "<tr><td>{}</td>", crate::i18n::code("skill", key))?;
            for u in &r.skills {
                let mean = u.periods.last().and_then(|p| p.mean(key));
                write!(o, "<td class=\"num\">{}</td>", num(mean))?;
            }
            o.push_str("</tr>\n");
        }
        o.push_str("</tbody>\n</table>\n<ul>\n");
        for u in &r.skills {
            writeln!(
                o,
                "<li dir=\"auto\">{}: {}</li>",
                id(&u.unit),
                t!("report-weakest", skills = words::weakest_of(F, &u.weakest))
            )?;
        }
        o.push_str("</ul>\n</section>\n");
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
    writeln!(
        o,
        "<section>\n<h2>{}</h2>\n<p dir=\"auto\">{}</p>",
        t!("people-md-head"),
        words::values_isolated(F, &escape(&reps).to_string())
    )?;
    if !people.in_training.is_empty() {
        o.push_str("<ul>\n");
        for t in &people.in_training {
            let words = escape(&certification_words(t.certification_due, r.today)).to_string();
            let words = words::values_isolated(F, &words);
            let words = if t.overdue {
                format!("<span class=\"tag s-exception\">{words}</span>")
            } else {
                words
            };
            writeln!(
                o,
                "<li dir=\"auto\">{} {} · {words}</li>",
                escape(&t.name),
                id(t.id.as_str())
            )?;
        }
        o.push_str("</ul>\n");
    }
    writeln!(
        o,
        "<p dir=\"auto\">{}</p>\n</section>",
        words::values_isolated(F, &escape(&coaching).to_string())
    )
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
    let iso = |text: &str| words::values_isolated(F, &escape(text).to_string());
    let line = iso(&words_of::praise_line(s));
    let line = if s.unshared > 0 {
        format!("<span class=\"tag s-exception\">{line}</span>")
    } else {
        line
    };
    writeln!(
        o,
        "<section>\n<h2>{}</h2>\n<p dir=\"auto\">{line}</p>",
        t!("recog-md-head")
    )?;
    for list in words_of::lists(s) {
        writeln!(o, "<h3 dir=\"auto\">{}</h3>\n<ul>", iso(&list.head))?;
        for item in &list.items {
            writeln!(o, "<li dir=\"auto\">{}</li>", iso(item))?;
        }
        o.push_str("</ul>\n");
    }
    if let Some(after) = words_of::after_line(s) {
        writeln!(o, "<p dir=\"auto\">{}</p>", iso(&after))?;
    }
    o.push_str("</section>\n");
    Ok(())
}

/// Each metric as planned: owner, source and cadence, baseline, target,
/// alert and which way is better.
fn metric_plan(o: &mut String, r: &Report) -> fmt::Result {
    writeln!(
        o,
        "<section>\n<h2>{}</h2>",
        t!(
            "report-metric-plan",
            count = r.metrics.len(),
            n = v(r.metrics.len())
        )
    )?;
    if r.metrics.is_empty() {
        writeln!(
            o,
            "<p class=\"note\">{}</p>\n</section>",
            t!("report-no-metrics")
        )?;
        return Ok(());
    }
    o.push_str(&thead(&[
        ("report-col-metric", false),
        ("report-col-owner", false),
        ("report-col-source", false),
        ("report-col-baseline", true),
        ("report-col-target", true),
        ("report-col-alert", true),
        ("report-col-better", false),
    ]));
    for m in &r.metrics {
        let tr = &m.trend;
        let every = |e: crate::domain::types::Every| {
            t!("report-every", every = words::cadence(F, &e.to_string()))
        };
        let source = match (&m.source, m.every) {
            (Some(s), Some(e)) => format!("{} · {}", escape(s), every(e)),
            (Some(s), None) => escape(s).to_string(),
            (None, Some(e)) => every(e),
            (None, None) => "–".into(),
        };
        writeln!(
            o,
            "<tr><td dir=\"auto\">{}{} {}</td><td dir=\"auto\">{}</td><td dir=\"auto\">{source}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{}</td></tr>",
            escape(&tr.name),
            tr.unit
                .as_ref()
                .map_or(String::new(), |u| format!(" ({})", escape(u))),
            id(tr.metric.as_str()),
            escape(m.owner.as_ref().map_or("–", |x| r.name_of(x))),
            tr.baseline.map_or_else(
                || "–".into(),
                |b| t!("report-value-on", value = num(Some(b.value)), date = v(b.on))
            ),
            tr.target.map_or_else(
                || "–".into(),
                |x| t!("report-value-by", value = num(Some(x.value)), date = v(x.by))
            ),
            num(tr.alert),
            match tr.direction {
                crate::domain::model::Direction::Up => t!("report-higher"),
                crate::domain::model::Direction::Down => t!("report-lower"),
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
    writeln!(
        o,
        "<section class=\"sign-off\">\n<h2>{}</h2>\n<p>{}</p>\n<div class=\"signatures\">",
        t!("report-sign-off"),
        t!("report-sign-off-text")
    )?;
    let blank = format!(
        "<div class=\"line\"></div><p class=\"note\">{}</p><div class=\"line\"></div><p class=\"note\">{}</p>",
        t!("report-signature"),
        t!("report-date")
    );
    if r.signatories.is_empty() {
        for _ in 0..2 {
            writeln!(
                o,
                "<div class=\"signature\"><div class=\"line\"></div><p class=\"note\">{}</p>{blank}</div>",
                t!("report-name-and-title")
            )?;
        }
    }
    for m in &r.signatories {
        let mut about = Vec::new();
        if let Some(x) = &m.title {
            about.push(escape(x).to_string());
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
            "<p class=\"meta\" dir=\"auto\">{}</p>",
            t!("report-prepared-by", name = escape(c).to_string())
        )?;
    }
    o.push_str("</section>\n");
    Ok(())
}

#[cfg(test)]
mod values_tests {
    use super::words::values_isolated;
    use super::F;
    use crate::i18n::{follow_plan, Lang};

    #[test]
    fn numbers_and_dates_in_worded_text_are_isolated_on_a_right_to_left_page() {
        // The language is per thread: other tests keep theirs.
        follow_plan(Some(Lang::He));
        let v = |x: &str| format!("<bdi dir=\"ltr\" class=\"v\">{x}</bdi>");
        assert_eq!(
            values_isolated(
                F,
                "מועד 2026-12-01, באיחור של 19 ימים: +3 · north-t1 &#39;x"
            ),
            format!(
                "מועד {}, באיחור של {} ימים: {} · north-t1 &#39;x",
                v("2026-12-01"),
                v("19"),
                v("+3")
            )
        );
        assert_eq!(values_isolated(F, "ב-2026"), format!("ב-{}", v("2026")));
        follow_plan(Some(Lang::En));
        assert_eq!(values_isolated(F, "due 2026-12-01"), "due 2026-12-01");
        follow_plan(None);
    }
}
