//! The dashboard: the plan's state on one screen.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

use super::{bold, boxed, fit, labelled, pad, tone};
use crate::domain::diag::Severity;
use crate::domain::facts::{self, MetricState};
use crate::domain::model::Status;
use crate::domain::{routines, workshops};
use crate::tui::app::App;
use crate::tui::rows::{state_tone, state_word, status_word, Tone};

/// A sparkline of the latest readings, in block characters.
///
/// The scale spans the readings and `span` (the baseline and target), so
/// that noise around the target does not look like a spike.
pub fn sparkline(values: &[f64], width: usize, span: &[f64]) -> String {
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    // The whole history, sampled evenly down to `width` readings (the last always in).
    let values: Vec<f64> = if values.len() > width && width > 1 {
        (0..width)
            .map(|i| values[i * (values.len() - 1) / (width - 1)])
            .collect()
    } else {
        values.to_vec()
    };
    let (lo, hi) = values
        .iter()
        .chain(span)
        .fold((f64::MAX, f64::MIN), |(lo, hi), v| (lo.min(*v), hi.max(*v)));
    values
        .iter()
        .map(|v| {
            let at = if hi > lo {
                ((v - lo) / (hi - lo) * 7.0).round() as usize
            } else {
                3
            };
            BARS[at.min(7)]
        })
        .collect()
}

/// The rows the Overview's boxes can do with: metrics, milestones,
/// review, open actions (borders included).
fn wanted(app: &App, width: usize) -> [usize; 4] {
    let s = &app.status;
    [
        s.metrics.len() + usize::from(unread_metrics(app) > 0) + 2,
        3 + s.milestones.overdue.len()
            + usize::from(!s.milestones.next_due.is_empty())
            + s.milestones.next_due.len().min(3)
            + s.milestones
                .slipped
                .iter()
                .filter(|x| x.slip_days != 0)
                .take(3)
                .count(),
        review_lines(app, width.saturating_sub(2)).len() + 2,
        s.open_actions.min(8) + 2,
    ]
}

/// The least rows the boxes under the metrics need: a milestones box
/// with its counts and overdue ones, beside a review and an actions box
/// of two lines each.
const BELOW_LEAST: u16 = 9;

pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    if area.width >= 60 && area.height >= 3 + BELOW_LEAST {
        // The metrics across the top, as wide as the screen, so that ids
        // and names are read whole; below, the milestones beside the
        // review over the open actions. Every box shows at every size.
        let want = wanted(app, area.width as usize);
        let top = (want[0] as u16).min(area.height - BELOW_LEAST).max(3);
        let [metrics, below] =
            Layout::vertical([Constraint::Length(top), Constraint::Min(0)]).areas(area);
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)])
                .areas(below);
        let wanted_review = wanted(app, right.width as usize)[2] as u16;
        let review_height = wanted_review.min((right.height / 2).max(3));
        let [review, actions] =
            Layout::vertical([Constraint::Length(review_height), Constraint::Min(0)]).areas(right);
        draw_metrics(frame, metrics, app);
        draw_milestones(frame, left, app);
        draw_review(frame, review, app);
        draw_actions(frame, actions, app);
        return;
    }
    // Small: one column, boxes sized to what they hold, metrics first.
    // When they do not all fit, each keeps a line inside and the rest goes
    // to them in that order.
    let wanted = wanted(app, area.width as usize);
    let total = area.height as usize;
    let mut heights = [0usize; 4];
    if wanted.iter().sum::<usize>() <= total {
        heights = wanted;
    } else {
        let mut left = total;
        for (h, want) in heights.iter_mut().zip(wanted) {
            *h = want.min(3).min(left);
            left -= *h;
        }
        for (h, want) in heights.iter_mut().zip(wanted) {
            let more = want.saturating_sub(*h).min(left);
            *h += more;
            left -= more;
        }
    }
    // A box with no room inside shows nothing: leave it out.
    for h in heights.iter_mut() {
        if *h < 3 {
            *h = 0;
        }
    }
    let [metrics, milestones, review, actions] =
        Layout::vertical(heights.map(|h| Constraint::Length(h as u16))).areas(area);
    draw_metrics(frame, metrics, app);
    draw_milestones(frame, milestones, app);
    draw_review(frame, review, app);
    draw_actions(frame, actions, app);
}

/// The errors of metrics.yaml found while reading it: each may have left
/// a metric out of the plan.
fn unread_metrics(app: &App) -> usize {
    app.dir
        .load_errors
        .iter()
        .filter(|d| d.file == "metrics.yaml" && d.severity == Severity::Error)
        .count()
}

fn inner_width(area: Rect) -> usize {
    area.width.saturating_sub(2) as usize
}

fn draw_milestones(frame: &mut Frame, area: Rect, app: &App) {
    let s = &app.status.milestones;
    let w = inner_width(area);
    let mut lines = Vec::new();
    let counts: Vec<String> = Status::ALL
        .iter()
        .filter(|st| s.by_status.get(**st) > 0)
        .map(|st| format!("{} {}", status_word(*st), s.by_status.get(*st)))
        .collect();
    lines.push(Line::from(fit(&counts.join("  "), w)));
    if !s.overdue.is_empty() {
        lines.push(Line::from(Span::styled(
            crate::t!("tui-ov-overdue"),
            bold(),
        )));
        // Only the rows the box can show are laid out: a big plan has
        // thousands overdue, and each is looked up and reordered.
        let rows = area.height.saturating_sub(2) as usize;
        for id in s.overdue.iter().take(rows) {
            if let Some(m) = app.plan.milestones.milestones.iter().find(|m| &m.id == id) {
                let late = m
                    .due
                    .map(|d| super::days(-d.days_until(app.today)))
                    .unwrap_or_default();
                let room = w.saturating_sub(late.width() + 1);
                let bidi = app.bidi;
                let line = if bidi.mirrored() {
                    // Mirrored: the id at the right, the days late at the left.
                    let title = bidi.pad(&m.title, room.saturating_sub(20));
                    let late = bidi.cell(&late);
                    let text = format!("{late} {title} {} ! ", bidi.align(id.as_str(), 16));
                    Line::from(Span::styled(text, tone(Tone::Bad))).right_aligned()
                } else {
                    let prefix = format!(" ! {} ", pad(id.as_str(), 16));
                    Line::from(vec![
                        Span::styled(labelled(&prefix, &m.title, room, bidi), tone(Tone::Bad)),
                        Span::styled(format!(" {late}"), tone(Tone::Bad)),
                    ])
                    .left_aligned()
                };
                lines.push(line);
            }
        }
    }
    if !s.next_due.is_empty() {
        lines.push(Line::from(Span::styled(
            crate::t!("tui-ov-next-due"),
            bold(),
        )));
        for n in &s.next_due {
            let when = crate::t!(
                "tui-ov-due-in",
                due = n.due.to_string(),
                days = super::days(n.in_days)
            );
            let room = w.saturating_sub(when.width() + 1);
            let bidi = app.bidi;
            let line = if bidi.mirrored() {
                // Mirrored as the overdue ones: the id at the right.
                let title = bidi.pad(&n.title, room.saturating_sub(20));
                Line::from(format!(
                    "{} {title} {}   ",
                    bidi.cell(&when),
                    bidi.align(n.id.as_str(), 16)
                ))
                .right_aligned()
            } else {
                let prefix = format!("{} ", pad(n.id.as_str(), 16));
                Line::from(format!(
                    "   {} {when}",
                    labelled(&prefix, &n.title, room.saturating_sub(3), bidi)
                ))
                .left_aligned()
            };
            lines.push(line);
        }
    }
    for sl in s.slipped.iter().filter(|x| x.slip_days != 0).take(3) {
        lines.push(Line::from(Span::styled(
            fit(
                &format!(
                    "{}{}",
                    crate::t!(
                        "tui-ov-slipped",
                        id = sl.id.as_str(),
                        days = format!("{:+}", sl.slip_days),
                        count = sl.reviews
                    ),
                    crate::present::days::replanned(sl.replans, sl.replan_days)
                ),
                w,
            ),
            tone(Tone::Warn),
        )));
    }
    frame.render_widget(
        Paragraph::new(app.bidi.lines(lines, w as u16, false)).block(boxed(&format!(
            "{} {}",
            crate::t!("tui-tab-milestones"),
            s.total
        ))),
        area,
    );
}

fn draw_actions(frame: &mut Frame, area: Rect, app: &App) {
    let w = inner_width(area);
    // Only the lines the box can show are built: a big plan has thousands.
    let rows = area.height.saturating_sub(2) as usize;
    let lines: Vec<Line> = app
        .status
        .open_actions_list
        .iter()
        .take(rows)
        .map(|a| {
            let late = a.due.is_some_and(|d| d < app.today);
            // A narrow box keeps room for the text: the due date as
            // month-day (as DESIGN §5's sketch writes it).
            let due = |d: crate::domain::types::Date| {
                let d = d.to_string();
                if w < 56 {
                    format!(" {}", d.get(5..).unwrap_or(&d))
                } else {
                    let words = crate::t!("tui-ov-due", due = d.to_string());
                    format!("  {}", app.bidi.cell(&words))
                }
            };
            // Owner, due date and late mark, each with the gap before it.
            let parts = [
                a.owner
                    .as_ref()
                    .map(|o| format!("  {o}"))
                    .unwrap_or_default(),
                a.due.map(due).unwrap_or_default(),
                if late { " !".into() } else { String::new() },
            ];
            let tail: String = if app.bidi.mirrored() {
                // Mirrored: the late mark at the left, the owner next to
                // the text, each gap on the side towards the text.
                parts
                    .iter()
                    .rev()
                    .map(|p| {
                        let word = p.trim_start();
                        format!("{word}{}", &p[..p.len() - word.len()])
                    })
                    .collect()
            } else {
                parts.concat()
            };
            let room = w.saturating_sub(tail.width());
            app.bidi.row_line(vec![
                Span::raw(app.bidi.pad(&a.text, room)),
                Span::styled(
                    tail,
                    if late {
                        tone(Tone::Bad)
                    } else {
                        tone(Tone::Normal)
                    },
                ),
            ])
        })
        .collect();
    frame.render_widget(
        Paragraph::new(lines).block(boxed(&crate::t!(
            "tui-ov-open-actions",
            count = app.status.open_actions
        ))),
        area,
    );
}

fn draw_metrics(frame: &mut Frame, area: Rect, app: &App) {
    let w = inner_width(area);
    let unread = unread_metrics(app);
    let mut note = Vec::new();
    if unread > 0 {
        // Without it, "Metrics 0" would not say that metrics were left out.
        note.push(Line::from(Span::styled(
            fit(
                &format!("✖ {}", crate::t!("tui-ov-unread-metrics", count = unread)),
                w,
            ),
            tone(Tone::Bad),
        )));
    }
    let visible = &app.status.metrics[..app
        .status
        .metrics
        .len()
        .min((area.height.saturating_sub(2) as usize).saturating_sub(note.len()))];
    let numbers = |arrow: &str| -> Vec<String> {
        visible
            .iter()
            .map(|m| {
                let values = format!(
                    "{}{arrow}{}{arrow}{}",
                    crate::present::number::plain_opt(m.baseline),
                    crate::present::number::plain_opt(m.latest),
                    crate::present::number::plain_opt(m.target)
                );
                match m.unit.as_deref().map(|u| fit(u, 6)) {
                    // The numbers read left to right whole; a right-to-left
                    // unit follows them in a mirrored row, so on their left.
                    Some(u) if app.bidi.mirrored() && crate::tui::bidi::has_rtl(&u) => {
                        format!("{} {values}", app.bidi.cell(&u))
                    }
                    Some(u) => format!("{values} {}", app.bidi.cell(&u)),
                    None => values,
                }
            })
            .collect()
    };
    let widest = |texts: &mut dyn Iterator<Item = usize>| texts.max().unwrap_or(0);
    let spaced = numbers(" → ");
    let compact = numbers("→");
    let columns = metric_columns(
        w,
        widest(&mut visible.iter().map(|m| m.name.width())),
        widest(&mut visible.iter().map(|m| m.id.as_str().width())),
        widest(&mut spaced.iter().map(|n| n.width())),
        widest(&mut compact.iter().map(|n| n.width())),
        widest(&mut visible.iter().map(|m| state_word(m.state).width())),
        visible.iter().any(|m| m.state != MetricState::NoData),
    );
    let numbers = if columns.compact { compact } else { spaced };
    let (id_w, name_w, num_w, state_w, spark_w) = (
        columns.id,
        columns.name,
        columns.numbers,
        columns.state,
        columns.spark,
    );
    let lines: Vec<Line> = visible
        .iter()
        .zip(&numbers)
        .map(|(m, nums)| {
            let values: Vec<f64> = app
                .plan
                .metrics
                .metrics
                .iter()
                .find(|x| x.id == m.id)
                .map(|x| {
                    x.readings
                        .iter()
                        .filter(|r| r.unit.is_none())
                        .map(|r| r.value)
                        .collect()
                })
                .unwrap_or_default();
            let bidi = app.bidi;
            let mut spans = vec![
                Span::raw(bidi.pad(m.id.as_str(), id_w)),
                Span::raw(" "),
                Span::raw(bidi.pad(&m.name, name_w)),
                Span::raw(" "),
                // Its unit is in visual order already.
                Span::raw(bidi.align(nums, num_w)),
                Span::raw(" "),
                Span::styled(
                    bidi.pad(&state_word(m.state), state_w),
                    tone(state_tone(m.state)),
                ),
            ];
            if spark_w > 0 && m.state != MetricState::NoData {
                spans.push(Span::raw(" "));
                spans.push(Span::styled(
                    sparkline(
                        &values,
                        spark_w,
                        &[m.baseline, m.target]
                            .into_iter()
                            .flatten()
                            .collect::<Vec<_>>(),
                    ),
                    tone(state_tone(m.state)),
                ));
            }
            app.bidi.row_line(spans)
        })
        .collect();
    let title = if visible.len() < app.status.metrics.len() {
        crate::t!(
            "tui-ov-metrics-shown",
            total = app.status.metrics.len(),
            count = visible.len()
        )
    } else {
        format!(
            "{} {}",
            crate::t!("tui-tab-metrics"),
            app.status.metrics.len()
        )
    };
    note.extend(lines);
    frame.render_widget(
        Paragraph::new(app.bidi.lines(note, w as u16, false)).block(boxed(&title)),
        area,
    );
}

/// The widths of the metric lines' columns.
#[derive(Debug, PartialEq)]
struct MetricColumns {
    id: usize,
    name: usize,
    numbers: usize,
    /// Whether the numbers are written `62→75→74` rather than `62 → 75 → 74`.
    compact: bool,
    state: usize,
    /// 0: no sparkline.
    spark: usize,
}

/// Shares `width` between id, name, `baseline → latest → target unit`,
/// state and sparkline. The name wants at least 14 columns to be read;
/// until it has them the others give way, least useful first: the
/// sparkline shrinks, long ids are cut, the numbers lose their spaces,
/// and only then does the name shrink and the sparkline go. With no
/// readings to draw (`sparks` false) the sparkline's room goes to the name.
/// Room beyond the longest of the `names` lengthens the sparkline.
fn metric_columns(
    width: usize,
    names: usize,
    id: usize,
    numbers: usize,
    compact_numbers: usize,
    state: usize,
    sparks: bool,
) -> MetricColumns {
    let mut c = MetricColumns {
        id: id.min(14),
        name: 0,
        numbers: numbers.min(30),
        compact: false,
        state,
        spark: if sparks { 10 } else { 0 },
    };
    let name = |c: &MetricColumns| {
        let gaps = if c.spark > 0 { 4 } else { 3 };
        width.saturating_sub(c.id + c.numbers + c.state + c.spark + gaps)
    };
    let steps: [&dyn Fn(&mut MetricColumns); 6] = [
        &|c| c.spark = c.spark.min(6),
        &|c| c.id = c.id.min(8),
        &|c| {
            c.compact = true;
            c.numbers = compact_numbers.min(30);
        },
        &|c| c.id = c.id.min(6),
        &|c| c.spark = c.spark.min(5),
        &|c| c.id = c.id.min(5),
    ];
    for step in steps {
        if name(&c) >= 14 {
            break;
        }
        step(&mut c);
    }
    if name(&c) < 8 {
        c.spark = 0;
    }
    c.name = name(&c).max(4);
    // Room beyond the longest name shows long ids whole, then draws a
    // longer history.
    if c.name > names && id > c.id {
        let more = (c.name - names).min(id.min(24) - c.id.min(24));
        c.id += more;
        c.name -= more;
    }
    if c.spark > 0 && c.name > names {
        let more = (c.name - names).min(30usize.saturating_sub(c.spark));
        c.spark += more;
        c.name -= more;
    }
    c
}

fn draw_review(frame: &mut Frame, area: Rect, app: &App) {
    let w = inner_width(area);
    let lines = app.bidi.lines(review_lines(app, w), w as u16, false);
    frame.render_widget(
        Paragraph::new(lines).block(boxed(&crate::t!("tui-ov-review"))),
        area,
    );
}

/// The Review box: the review cadence, the last review, the management
/// routines that are late (or the next one) and the workshop tools to
/// decide on, then the plan's problems.
fn review_lines(app: &App, w: usize) -> Vec<Line<'static>> {
    let r = &app.status.reviews;
    let mut lines = Vec::new();
    let last = r
        .last
        .map_or(crate::t!("tui-ov-none-yet"), |d| d.to_string());
    let next = match r.next_due {
        Some(d) => crate::t!(
            "tui-ov-review-next-due",
            due = d.to_string(),
            days = super::days(app.today.days_until(d))
        ),
        None => crate::t!("tui-ov-no-cadence"),
    };
    let style = if r.overdue {
        tone(Tone::Bad)
    } else {
        tone(Tone::Normal)
    };
    lines.push(Line::from(Span::styled(
        fit(
            &format!(
                "{} · {next}{}",
                crate::t!("tui-ov-last-review", last = last),
                if r.overdue {
                    format!(" · {}", crate::t!("tui-ov-review-overdue"))
                } else {
                    String::new()
                }
            ),
            w,
        ),
        style,
    )));
    if let Some(review) = facts::last_review(&app.plan) {
        lines.push(Line::from(fit(
            &crate::t!(
                "tui-ov-last-review-counts",
                decisions = review.decisions.len(),
                count = review.actions.len()
            ),
            w,
        )));
    }
    let routines = &app.status.routines;
    let late = routines::late(routines);
    if !late.is_empty() {
        let names: Vec<String> = late
            .iter()
            .map(|r| format!("{} {}", r.id, super::days(r.days_late)))
            .collect();
        lines.push(Line::from(Span::styled(
            fit(
                &crate::t!("tui-ov-routines-late", names = names.join(", ")),
                w,
            ),
            tone(Tone::Bad),
        )));
    } else if let Some(next) = routines::next_up(routines) {
        lines.push(Line::from(fit(
            &crate::t!(
                "tui-ov-next-routine",
                id = next.id.as_str(),
                next = next.next.to_string(),
                days = super::days(app.today.days_until(next.next))
            ),
            w,
        )));
    }
    let incidents = &app.status.incidents;
    if !incidents.is_empty() {
        let names: Vec<String> = incidents
            .iter()
            .map(|x| {
                if x.investigated {
                    x.id.to_string()
                } else {
                    format!("{} ({})", x.id, crate::t!("meet-incident-not-investigated"))
                }
            })
            .collect();
        lines.push(Line::from(Span::styled(
            fit(
                &crate::t!(
                    "meet-ov-incidents",
                    count = incidents.len(),
                    names = names.join(", ")
                ),
                w,
            ),
            tone(Tone::Bad),
        )));
    }
    let decide: Vec<&str> = workshops::to_decide(&app.status.tools)
        .map(|t| t.id.as_str())
        .collect();
    if !decide.is_empty() {
        lines.push(Line::from(Span::styled(
            fit(&crate::t!("tui-ov-decide", tools = decide.join(", ")), w),
            tone(Tone::Warn),
        )));
    }
    let behind: Vec<String> = app
        .status
        .metrics
        .iter()
        .flat_map(|m| {
            m.breakdown
                .iter()
                .filter(|u| {
                    matches!(
                        u.current.state,
                        MetricState::Behind | MetricState::Exception
                    )
                })
                .map(move |u| format!("{} {}", m.id, u.unit))
        })
        .collect();
    if !behind.is_empty() {
        lines.push(Line::from(Span::styled(
            fit(
                &crate::t!("tui-ov-units-behind", units = behind.join(", ")),
                w,
            ),
            tone(Tone::Warn),
        )));
    }
    let weakest: Vec<String> = app
        .status
        .skills
        .iter()
        .filter_map(|u| {
            let w = u.weakest.first()?;
            Some(format!(
                "{} {} {}",
                u.unit,
                crate::i18n::code("skill", &w.skill),
                crate::present::number::rounded(w.mean)
            ))
        })
        .collect();
    if !weakest.is_empty() {
        lines.push(Line::from(fit(
            &crate::t!("tui-ov-weakest-skill", skills = weakest.join(" · ")),
            w,
        )));
    }
    let (e, warn) = (app.status.errors, app.status.warnings);
    if e + warn > 0 {
        let style = if e > 0 {
            tone(Tone::Bad)
        } else {
            tone(Tone::Warn)
        };
        lines.push(Line::from(Span::styled(
            fit(
                &format!(
                    "{} · {} — {}",
                    crate::t!("count-errors", count = e),
                    crate::t!("count-warnings", count = warn),
                    crate::t!("tui-ov-press-problems")
                ),
                w,
            ),
            style,
        )));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::{metric_columns, sparkline};

    #[test]
    fn metric_names_stay_readable_and_sparklines_stay_at_100_columns() {
        // The Metrics box of the Overview at 100 columns: 56 inside.
        let c = metric_columns(56, 30, 14, 21, 17, 11, true);
        assert!(c.name >= 14 && c.spark >= 5, "{c:?}");
        // Wide: nothing gives way.
        let c = metric_columns(80, 30, 12, 21, 17, 11, true);
        assert_eq!((c.id, c.numbers, c.compact, c.spark), (12, 21, false, 10));
        // Wide, with short names: the sparkline takes the room.
        let c = metric_columns(118, 24, 20, 21, 17, 11, true);
        assert_eq!((c.id, c.name, c.spark), (20, 32, 30), "{c:?}");
        // Very narrow: the sparkline goes before the name is unreadable.
        let c = metric_columns(40, 30, 14, 21, 17, 11, true);
        assert_eq!(c.spark, 0, "{c:?}");
        // No readings: the name gets the sparkline's room.
        let c = metric_columns(56, 30, 14, 21, 17, 11, false);
        assert_eq!((c.spark, c.id, c.compact), (0, 8, true), "{c:?}");
    }

    #[test]
    fn sparkline_spans_low_to_high() {
        assert_eq!(sparkline(&[1.0, 2.0, 3.0, 8.0], 10, &[]), "▁▂▃█");
        assert_eq!(sparkline(&[5.0, 5.0], 10, &[]), "▄▄");
        assert_eq!(sparkline(&[1.0, 2.0, 3.0], 2, &[]), "▁█");
        assert_eq!(sparkline(&[1.0, 9.0, 2.0, 9.0, 3.0], 3, &[]), "▁▅█");
        // Against a baseline of 0 and a target of 100, 75 and 76 are level.
        assert_eq!(sparkline(&[75.0, 76.0, 75.0], 10, &[0.0, 100.0]), "▆▆▆");
    }
}
