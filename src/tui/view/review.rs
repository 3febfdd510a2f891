//! The review screen: the steps of the review on the left, the current
//! one on the right with what the committee needs to judge it.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};
use ratatui::Frame;

use super::{bold, boxed, fit, selected_style, tone};
use crate::domain::facts;
use crate::domain::model::{Health, Review};
use crate::domain::review::{health_label, summary_line};
use crate::tui::app::App;
use crate::tui::review::{steps, Step, Walk};
use crate::tui::rows::Tone;

fn health_tone(h: Health) -> Tone {
    match h {
        Health::OnTrack | Health::Done => Tone::Good,
        Health::AtRisk => Tone::Warn,
        Health::OffTrack => Tone::Bad,
        Health::NotStarted => Tone::Quiet,
    }
}

fn health_symbol(h: Health) -> &'static str {
    match h {
        Health::OnTrack => "✔",
        Health::AtRisk => "▲",
        Health::OffTrack => "✖",
        Health::Done => "●",
        Health::NotStarted => "○",
    }
}

/// One step as a line of the list.
fn step_line(review: &Review, step: Step, id_width: usize) -> (String, Tone) {
    let w = id_width;
    match step {
        Step::Milestone(i) => {
            let e = &review.milestones[i];
            (
                format!(
                    "{} {:<w$} {:>4} {}",
                    health_symbol(e.health),
                    e.id.as_str(),
                    e.progress.map_or("–".into(), |p| format!("{p}%")),
                    e.forecast.map_or("–".into(), |d| d.to_string())
                ),
                health_tone(e.health),
            )
        }
        Step::Metric(i) => {
            let m = &review.metrics[i];
            (
                format!(
                    "# {:<w$} {:>4}",
                    m.id.as_str(),
                    crate::present::number::plain(m.value)
                ),
                Tone::Normal,
            )
        }
        Step::Decision(i) => (
            format!("» decision: {}", review.decisions[i].text),
            Tone::Normal,
        ),
        Step::Action(i) => {
            let a = &review.actions[i];
            (
                format!("{} action: {}", if a.done { "☑" } else { "☐" }, a.text),
                if a.done { Tone::Quiet } else { Tone::Normal },
            )
        }
        Step::Close => ("⏎ add decisions and actions, close".into(), Tone::Normal),
    }
}

pub fn draw(frame: &mut Frame, area: Rect, app: &App, walk: &Walk) {
    frame.render_widget(Clear, area);
    let Some(review) = app.plan.reviews.iter().find(|r| r.date == walk.date) else {
        frame.render_widget(
            Paragraph::new(" this review is no longer in the plan: esc"),
            area,
        );
        return;
    };
    let list = steps(review);
    let [head, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area);
    frame.render_widget(
        Paragraph::new(Line::from(Span::styled(
            app.bidi.cell(&fit(
                &format!(
                    " {} · {}",
                    review.title.as_deref().unwrap_or("Review"),
                    summary_line(review)
                ),
                area.width as usize,
            )),
            bold(),
        ))),
        head,
    );
    let [left, right] = if body.width >= 70 {
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(body)
    } else {
        Layout::vertical([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(body)
    };
    let block = boxed(&format!(
        "Review {} · step {} of {}",
        walk.date,
        walk.step + 1,
        list.len()
    ));
    let inner = block.inner(left);
    frame.render_widget(block, left);
    let height = inner.height as usize;
    let width = inner.width as usize;
    let id_width = review
        .milestones
        .iter()
        .map(|e| e.id.as_str().chars().count())
        .chain(review.metrics.iter().map(|e| e.id.as_str().chars().count()))
        .max()
        .unwrap_or(0)
        .min(24);
    let first = walk.step.saturating_sub(height.saturating_sub(1));
    let lines: Vec<Line> = list
        .iter()
        .enumerate()
        .skip(first)
        .take(height)
        .map(|(i, s)| {
            let (text, t) = step_line(review, *s, id_width);
            let style = if i == walk.step {
                selected_style()
            } else {
                tone(t)
            };
            Line::from(Span::styled(app.bidi.pad(&text, width), style))
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);

    let step = list.get(walk.step).copied().unwrap_or(Step::Close);
    let detail = app.bidi.lines(
        detail(app, review, step),
        right.width.saturating_sub(2),
        true,
    );
    frame.render_widget(
        Paragraph::new(detail)
            .wrap(Wrap { trim: false })
            .block(boxed("This step")),
        right,
    );
}

fn field(name: &str, value: String) -> Line<'static> {
    Line::from(vec![
        Span::styled(format!("{name:<12}"), bold()),
        Span::raw(value),
    ])
}

fn detail(app: &App, review: &Review, step: Step) -> Vec<Line<'static>> {
    let plan = &app.plan;
    let mut out = Vec::new();
    match step {
        Step::Milestone(i) => {
            let e = &review.milestones[i];
            let m = plan.milestones.milestones.iter().find(|m| m.id == e.id);
            out.push(Line::from(Span::styled(
                format!("{} · {}", e.id, m.map_or("", |m| m.title.as_str())),
                bold(),
            )));
            if let Some(m) = m {
                out.push(field(
                    "status",
                    crate::tui::rows::status_word(m.status).into(),
                ));
                out.push(field("due", m.due.map_or("–".into(), |d| d.to_string())));
                if let Some(owner) = &m.owner {
                    out.push(field("owner", owner.to_string()));
                }
            }
            let earlier: Vec<_> = facts::milestone_trend(plan, e.id.as_str())
                .into_iter()
                .filter(|(r, _)| *r < review.date)
                .collect();
            if let Some((r, f)) = earlier.last() {
                out.push(field("last review", format!("{r}: forecast {f}")));
            }
            out.push(Line::from(""));
            out.push(Line::from(vec![
                Span::styled(format!("{:<12}", "health"), bold()),
                Span::styled(
                    format!("{} {}", health_symbol(e.health), health_label(e.health)),
                    tone(health_tone(e.health)),
                ),
            ]));
            out.push(field(
                "progress",
                e.progress.map_or("–".into(), |p| format!("{p}%")),
            ));
            out.push(field(
                "forecast",
                e.forecast.map_or("–".into(), |d| d.to_string()),
            ));
            if let (Some(f), Some(due)) = (e.forecast, m.and_then(|m| m.due)) {
                let slip = due.days_until(f);
                if slip != 0 {
                    out.push(field("vs due", format!("{slip:+}d")));
                }
            }
            out.push(field("note", e.note.clone().unwrap_or_default()));
            out.push(Line::from(""));
            out.push(Line::from(
                "h health · +/- progress · [/] forecast ∓7 days · f forecast · p progress · n note · e all in a form",
            ));
        }
        Step::Metric(i) => {
            let e = &review.metrics[i];
            let m = plan.metrics.metrics.iter().find(|m| m.id == e.id);
            out.push(Line::from(Span::styled(
                format!("{} · {}", e.id, m.map_or("", |m| m.name.as_str())),
                bold(),
            )));
            out.push(field("at review", crate::present::number::plain(e.value)));
            if let Some(m) = m {
                if let Some(r) = facts::latest_reading_by(m, review.date) {
                    out.push(field(
                        "latest",
                        format!("{} on {}", crate::present::number::plain(r.value), r.on),
                    ));
                }
                if let Some(x) = facts::expected_now(m, review.date) {
                    out.push(field(
                        "expected",
                        crate::present::number::plain(facts::round2(x)),
                    ));
                }
                let state = facts::metric_state(m, review.date);
                out.push(field("state", state.as_str().replace('_', " ")));
            }
            out.push(field("note", e.note.clone().unwrap_or_default()));
            out.push(Line::from(""));
            out.push(Line::from("v value · n note · e both in a form"));
        }
        Step::Decision(i) => {
            let d = &review.decisions[i];
            out.push(Line::from(Span::styled("Decision", bold())));
            out.push(Line::from(d.text.clone()));
            out.push(field(
                "owner",
                d.owner.as_ref().map_or("–".into(), ToString::to_string),
            ));
            out.push(Line::from(""));
            out.push(Line::from(
                "e edit · d remove · a another decision · t an action",
            ));
        }
        Step::Action(i) => {
            let a = &review.actions[i];
            out.push(Line::from(Span::styled("Action", bold())));
            out.push(Line::from(a.text.clone()));
            out.push(field(
                "owner",
                a.owner.as_ref().map_or("–".into(), ToString::to_string),
            ));
            out.push(field("due", a.due.map_or("–".into(), |d| d.to_string())));
            if let Some(m) = &a.metric {
                out.push(field("metric", m.to_string()));
            }
            if let Some(m) = &a.milestone {
                out.push(field("milestone", m.to_string()));
            }
            out.push(field("done", if a.done { "yes" } else { "no" }.into()));
            out.push(Line::from(""));
            out.push(Line::from(
                "x done / open · e edit · d remove · t another action",
            ));
        }
        Step::Close => {
            out.push(Line::from(Span::styled("Close the review", bold())));
            out.push(Line::from(summary_line(review)));
            out.push(Line::from(""));
            out.push(Line::from(
                "a add a decision · t add an action · C close: check, save, commit and tag review/DATE",
            ));
            let errors = app.status.errors;
            if errors > 0 {
                out.push(Line::from(Span::styled(
                    format!("the plan has {errors} error(s): press ! to see them; a review closes only without errors"),
                    tone(Tone::Bad),
                )));
            }
        }
    }
    out
}
