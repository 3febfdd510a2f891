//! The review screen: the steps of the review on the left, the current
//! one on the right with what the committee needs to judge it.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};
use ratatui::Frame;

use super::{bold, boxed, fit, pad, selected_style, tone};
use crate::domain::facts;
use crate::domain::model::{Health, Review};
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
            format!(
                "» {}: {}",
                crate::t!("tui-detail-decision"),
                review.decisions[i].text
            ),
            Tone::Normal,
        ),
        Step::Action(i) => {
            let a = &review.actions[i];
            (
                format!(
                    "{} {}: {}",
                    if a.done { "☑" } else { "☐" },
                    crate::t!("tui-review-action"),
                    a.text
                ),
                if a.done { Tone::Quiet } else { Tone::Normal },
            )
        }
        Step::Close => (
            format!("⏎ {}", crate::t!("tui-review-close-step")),
            Tone::Normal,
        ),
    }
}

pub fn draw(frame: &mut Frame, area: Rect, app: &App, walk: &Walk) {
    frame.render_widget(Clear, area);
    let Some(review) = app.plan.reviews.iter().find(|r| r.date == walk.date) else {
        frame.render_widget(
            Paragraph::new(format!(" {}", crate::t!("tui-review-gone"))),
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
                    review
                        .title
                        .clone()
                        .unwrap_or_else(|| crate::t!("tui-ov-review")),
                    summary(review)
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
    let block = boxed(&crate::t!(
        "tui-review-step-of",
        date = walk.date.to_string(),
        step = walk.step + 1,
        total = list.len()
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
            .block(boxed(&crate::t!("tui-review-this-step"))),
        right,
    );
}

/// The line that sums a review up, as the screen shows it: the words of
/// [`crate::domain::review::summary_line`] (the commit message's, which
/// stays English) in the current language.
fn summary(review: &Review) -> String {
    let healths: Vec<String> = crate::domain::review::health_counts(review)
        .map(|(health, n)| {
            format!(
                "{n} {}",
                crate::i18n::code("health", &crate::tui::rows::word(&health))
            )
        })
        .collect();
    let milestones = if healths.is_empty() {
        crate::t!("tui-review-no-milestones")
    } else {
        healths.join(", ")
    };
    crate::t!(
        "tui-review-summary",
        date = review.date.to_string(),
        milestones = milestones,
        decisions = crate::t!("tui-review-decisions", count = review.decisions.len()),
        actions = crate::t!("tui-review-actions", count = review.actions.len())
    )
}

fn field(name: &str, value: String) -> Line<'static> {
    Line::from(vec![Span::styled(pad(name, 12), bold()), Span::raw(value)])
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
                    &crate::t!("tui-label-status"),
                    crate::tui::rows::status_word(m.status),
                ));
                out.push(field(
                    &crate::t!("tui-label-due"),
                    m.due.map_or("–".into(), |d| d.to_string()),
                ));
                if let Some(owner) = &m.owner {
                    out.push(field(&crate::t!("tui-label-owner"), owner.to_string()));
                }
            }
            let earlier: Vec<_> = facts::milestone_trend(plan, e.id.as_str())
                .into_iter()
                .filter(|(r, _)| *r < review.date)
                .collect();
            if let Some((r, f)) = earlier.last() {
                out.push(field(
                    &crate::t!("tui-label-last-review"),
                    format!("{r}: {} {f}", crate::t!("tui-label-forecast")),
                ));
            }
            out.push(Line::from(""));
            out.push(Line::from(vec![
                Span::styled(pad(&crate::t!("tui-field-health"), 12), bold()),
                Span::styled(
                    format!(
                        "{} {}",
                        health_symbol(e.health),
                        crate::i18n::code("health", &crate::tui::rows::word(&e.health))
                    ),
                    tone(health_tone(e.health)),
                ),
            ]));
            out.push(field(
                &crate::t!("tui-label-progress"),
                e.progress.map_or("–".into(), |p| format!("{p}%")),
            ));
            out.push(field(
                &crate::t!("tui-label-forecast"),
                e.forecast.map_or("–".into(), |d| d.to_string()),
            ));
            if let (Some(f), Some(due)) = (e.forecast, m.and_then(|m| m.due)) {
                let slip = due.days_until(f);
                if slip != 0 {
                    out.push(field(&crate::t!("tui-label-vs-due"), format!("{slip:+}d")));
                }
            }
            out.push(field(
                &crate::t!("tui-label-note"),
                e.note.clone().unwrap_or_default(),
            ));
            out.push(Line::from(""));
            out.push(Line::from(crate::t!("tui-review-milestone-keys")));
        }
        Step::Metric(i) => {
            let e = &review.metrics[i];
            let m = plan.metrics.metrics.iter().find(|m| m.id == e.id);
            out.push(Line::from(Span::styled(
                format!("{} · {}", e.id, m.map_or("", |m| m.name.as_str())),
                bold(),
            )));
            out.push(field(
                &crate::t!("tui-label-at-review"),
                crate::present::number::plain(e.value),
            ));
            if let Some(m) = m {
                if let Some(r) = facts::latest_reading_by(m, review.date) {
                    out.push(field(
                        &crate::t!("tui-label-latest"),
                        crate::t!(
                            "tui-detail-value-on",
                            value = crate::present::number::plain(r.value),
                            on = r.on.to_string()
                        ),
                    ));
                }
                if let Some(x) = facts::expected_now(m, review.date) {
                    out.push(field(
                        &crate::t!("tui-label-expected"),
                        crate::present::number::plain(facts::round2(x)),
                    ));
                }
                let state = facts::metric_state(m, review.date);
                out.push(field(
                    &crate::t!("tui-label-state"),
                    crate::present::labels::state_word(state),
                ));
            }
            out.push(field(
                &crate::t!("tui-label-note"),
                e.note.clone().unwrap_or_default(),
            ));
            out.push(Line::from(""));
            out.push(Line::from(crate::t!("tui-review-metric-keys")));
        }
        Step::Decision(i) => {
            let d = &review.decisions[i];
            out.push(Line::from(Span::styled(
                crate::t!("tui-review-decision"),
                bold(),
            )));
            out.push(Line::from(d.text.clone()));
            out.push(field(
                &crate::t!("tui-label-owner"),
                d.owner.as_ref().map_or("–".into(), ToString::to_string),
            ));
            out.push(Line::from(""));
            out.push(Line::from(crate::t!("tui-review-decision-keys")));
        }
        Step::Action(i) => {
            let a = &review.actions[i];
            out.push(Line::from(Span::styled(crate::t!("tui-action"), bold())));
            out.push(Line::from(a.text.clone()));
            out.push(field(
                &crate::t!("tui-label-owner"),
                a.owner.as_ref().map_or("–".into(), ToString::to_string),
            ));
            out.push(field(
                &crate::t!("tui-label-due"),
                a.due.map_or("–".into(), |d| d.to_string()),
            ));
            if let Some(m) = &a.metric {
                out.push(field(&crate::t!("tui-label-metric"), m.to_string()));
            }
            if let Some(m) = &a.milestone {
                out.push(field(&crate::t!("tui-label-milestone"), m.to_string()));
            }
            out.push(field(
                &crate::t!("tui-label-done"),
                if a.done {
                    crate::t!("tui-key-yes")
                } else {
                    crate::t!("tui-key-no")
                },
            ));
            out.push(Line::from(""));
            out.push(Line::from(crate::t!("tui-review-action-keys")));
        }
        Step::Close => {
            out.push(Line::from(Span::styled(
                crate::t!("tui-review-close"),
                bold(),
            )));
            out.push(Line::from(summary(review)));
            out.push(Line::from(""));
            out.push(Line::from(crate::t!("tui-review-close-keys")));
            let errors = app.status.errors;
            if errors > 0 {
                out.push(Line::from(Span::styled(
                    crate::t!("tui-review-has-errors", count = errors),
                    tone(Tone::Bad),
                )));
            }
        }
    }
    out
}
