//! The History tab: the log on the left; on the right what the selected
//! commit changed, the diff of two revisions, the milestone trend chart or
//! a metric's chart. Charts always come with a table or a line in words,
//! so nothing depends on telling colours apart.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Style};
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Chart, Dataset, GraphType, Paragraph, Wrap};
use ratatui::Frame;

use super::{bold, boxed, colour, fit, pad, selected_style, tone};
use crate::domain::model::Metric;
use crate::domain::trend::metric_trend;
use crate::domain::types::Date;
use crate::store::git::short_id;
use crate::tui::app::App;
use crate::tui::bidi::Bidi;
use crate::tui::history::{HistoryState, Pane, TrendChart};
use crate::tui::rows::Tone;

const PALETTE: [Color; 6] = [
    Color::Cyan,
    Color::Yellow,
    Color::Magenta,
    Color::Green,
    Color::Red,
    Color::Blue,
];

pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let bidi = app.bidi;
    if app.read_only.is_some() {
        frame.render_widget(
            Paragraph::new(format!(" {}", crate::t!("tui-hist-revision-open"))),
            area,
        );
        return;
    }
    let Some(h) = app.history.as_ref() else {
        frame.render_widget(
            Paragraph::new(format!(" {}", crate::t!("tui-hist-reading"))),
            area,
        );
        return;
    };
    if let Some(error) = &h.error {
        frame.render_widget(
            Paragraph::new(format!(" {error}"))
                .wrap(Wrap { trim: false })
                .block(boxed(&crate::t!("tui-tab-history"))),
            area,
        );
        return;
    }
    let [left, right] = if area.width >= 70 {
        Layout::horizontal([Constraint::Percentage(45), Constraint::Percentage(55)]).areas(area)
    } else {
        Layout::vertical([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(area)
    };
    draw_log(frame, left, h, bidi);
    match &h.pane {
        Pane::Changes => draw_changes(frame, right, h, bidi),
        Pane::Diff { from, to, lines } => draw_lines(
            frame,
            right,
            &crate::t!(
                "tui-hist-diff",
                from = from.to_string(),
                to = to.to_string()
            ),
            lines.iter().map(|l| Line::from(l.clone())).collect(),
            bidi,
        ),
        Pane::Trend => draw_trend(frame, right, h.trend.as_ref(), bidi),
        Pane::Metric(i) => match app.plan.metrics.metrics.get(*i) {
            Some(m) => draw_metric(frame, right, m, app.today, bidi),
            None => draw_lines(
                frame,
                right,
                &crate::t!("tui-hist-metric"),
                vec![Line::from(format!(" {}", crate::t!("tui-hist-no-metric")))],
                bidi,
            ),
        },
    }
}

fn draw_log(frame: &mut Frame, area: Rect, h: &HistoryState, bidi: Bidi) {
    let block = boxed(&crate::t!("tui-hist-log", count = h.entries.len()));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let height = inner.height as usize;
    if height == 0 {
        return;
    }
    let first = h.selected.saturating_sub(height.saturating_sub(1));
    let width = inner.width as usize;
    let lines: Vec<Line> = h
        .entries
        .iter()
        .enumerate()
        .skip(first)
        .take(height)
        .map(|(i, e)| {
            let mark = if h.marked == Some(i) {
                "●"
            } else {
                match e.review_role {
                    Some("close") => "◆",
                    Some(_) => "✎",
                    None => " ",
                }
            };
            let text = format!("{mark} {} {} {}", e.date, short_id(&e.commit), e.summary);
            let style = if i == h.selected {
                selected_style()
            } else if e.review.is_some() {
                bold()
            } else {
                Style::default()
            };
            Line::from(Span::styled(bidi.pad(&text, width), style))
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

fn draw_lines(frame: &mut Frame, area: Rect, title: &str, lines: Vec<Line<'static>>, bidi: Bidi) {
    let lines = bidi.lines(lines, area.width.saturating_sub(2), true);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(boxed(title)),
        area,
    );
}

fn draw_changes(frame: &mut Frame, area: Rect, h: &HistoryState, bidi: Bidi) {
    let Some(e) = h.selected_entry() else {
        draw_lines(
            frame,
            area,
            &crate::t!("tui-hist-changes"),
            vec![Line::from(format!(" {}", crate::t!("tui-hist-no-commit")))],
            bidi,
        );
        return;
    };
    let mut lines = vec![
        Line::from(Span::styled(e.summary.clone(), bold())),
        Line::from(format!(
            "{} · {} · {}",
            short_id(&e.commit),
            e.time,
            e.author
        )),
    ];
    match (&e.review, e.review_role) {
        (Some(d), Some("amend")) => lines.push(Line::from(crate::t!(
            "tui-hist-amends",
            date = d.to_string()
        ))),
        (Some(d), _) => lines.push(Line::from(crate::t!(
            "tui-hist-closes",
            date = d.to_string()
        ))),
        _ => {}
    }
    lines.push(Line::from(""));
    lines.extend(
        e.change_lines_in(crate::i18n::current())
            .into_iter()
            .map(|c| Line::from(format!("· {c}"))),
    );
    draw_lines(frame, area, &crate::t!("tui-hist-changes"), lines, bidi);
}

/// Days since `origin`, as a chart coordinate.
fn x(origin: Date, d: Date) -> f64 {
    origin.days_until(d) as f64
}

fn line_style(i: usize) -> Style {
    if colour() {
        Style::default().fg(PALETTE[i % PALETTE.len()])
    } else {
        Style::default()
    }
}

fn draw_trend(frame: &mut Frame, area: Rect, chart: Option<&TrendChart>, bidi: Bidi) {
    let Some(TrendChart {
        total,
        shown: trends,
    }) = chart.filter(|c| !c.shown.is_empty())
    else {
        draw_lines(
            frame,
            area,
            &crate::t!("tui-hist-trend"),
            vec![Line::from(format!(
                " {}",
                crate::t!("tui-hist-no-forecast")
            ))],
            bidi,
        );
        return;
    };
    let table_height = (trends.len() + 3) as u16;
    let [chart_area, table_area] =
        Layout::vertical([Constraint::Min(4), Constraint::Length(table_height)]).areas(area);

    let dates = trends.iter().flat_map(|t| t.forecasts.iter());
    let first_review = dates.clone().map(|f| f.review).min();
    let last_review = dates.clone().map(|f| f.review).max();
    let low = dates.clone().map(|f| f.forecast).min();
    let high = dates.map(|f| f.forecast).max();
    let (Some(r0), Some(r1), Some(low), Some(high)) = (first_review, last_review, low, high) else {
        return;
    };
    let points: Vec<Vec<(f64, f64)>> = trends
        .iter()
        .map(|t| {
            t.forecasts
                .iter()
                .map(|f| (x(r0, f.review), x(r0, f.forecast)))
                .collect()
        })
        .collect();
    let datasets: Vec<Dataset> = trends
        .iter()
        .zip(&points)
        .enumerate()
        .map(|(i, (t, p))| {
            Dataset::default()
                .name(t.id.to_string())
                .marker(Marker::Braille)
                .graph_type(GraphType::Line)
                .style(line_style(i))
                .data(p)
        })
        .collect();
    let (y0, y1) = (x(r0, low) - 7.0, x(r0, high) + 7.0);
    let x1 = x(r0, r1).max(1.0);
    let chart = Chart::new(datasets)
        .block(boxed(&crate::t!(
            "tui-hist-trend-title",
            count = trends.len(),
            total = total
        )))
        .x_axis(
            Axis::default()
                .title(crate::t!("tui-kind-review"))
                .bounds([0.0, x1])
                .labels([r0.to_string(), r1.to_string()]),
        )
        .y_axis(
            Axis::default()
                .title(crate::t!("tui-label-forecast"))
                .bounds([y0, y1])
                .labels([low.to_string(), high.to_string()]),
        );
    frame.render_widget(chart, chart_area);

    let width = table_area.width.saturating_sub(2) as usize;
    let header = format!(
        " {}{} {}  {}  {}",
        if colour() { "  " } else { "" },
        pad(&crate::t!("tui-kind-milestone"), 22),
        pad(&crate::t!("tui-hist-first"), 10),
        pad(&crate::t!("tui-label-latest"), 10),
        crate::t!("tui-label-slip")
    );
    let mut lines = vec![Line::from(Span::styled(fit(&header, width), bold()))];
    for (i, t) in trends.iter().enumerate() {
        let slip = t.slip_days.unwrap_or(0);
        let words = format!(
            " {}{:<22} {:<10}  {:<10}  {}",
            if colour() { "■ " } else { "" },
            fit(t.id.as_str(), 22),
            t.planned.map_or("–".into(), |d| d.to_string()),
            t.latest().map_or("–".into(), |d| d.to_string()),
            if slip == 0 {
                crate::t!("tui-hist-on-schedule")
            } else {
                format!("{slip:+}d")
            }
        );
        let style = if slip > 0 {
            tone(Tone::Warn)
        } else {
            Style::default()
        };
        lines.push(Line::from(vec![Span::styled(
            fit(&words, width),
            style.patch(line_style(i)),
        )]));
    }
    frame.render_widget(
        Paragraph::new(lines).block(boxed(&crate::t!("tui-hist-slip"))),
        table_area,
    );
}

fn draw_metric(frame: &mut Frame, area: Rect, metric: &Metric, today: Date, bidi: Bidi) {
    let trend = metric_trend(metric, today);
    let [chart_area, words_area] =
        Layout::vertical([Constraint::Min(4), Constraint::Length(4)]).areas(area);
    if trend.readings.is_empty() {
        draw_lines(
            frame,
            area,
            &format!("{} · {}", metric.id, metric.name),
            vec![Line::from(format!(" {}", crate::t!("tui-hist-no-reading")))],
            bidi,
        );
        return;
    }
    let mut first = trend.readings[0].on;
    let mut last = trend.readings[trend.readings.len() - 1].on;
    if let Some(b) = &trend.baseline {
        first = first.min(b.on);
    }
    if let Some(t) = &trend.target {
        last = last.max(t.by);
    }
    let readings: Vec<(f64, f64)> = trend
        .readings
        .iter()
        .map(|r| (x(first, r.on), r.value))
        .collect();
    let mut path = Vec::new();
    if let Some(b) = &trend.baseline {
        path.push((x(first, b.on), b.value));
    }
    if let Some(t) = &trend.target {
        path.push((x(first, t.by), t.value));
    }
    let end = x(first, last).max(1.0);
    let alert: Vec<(f64, f64)> = trend
        .alert
        .map(|a| vec![(0.0, a), (end, a)])
        .unwrap_or_default();
    let values = readings.iter().chain(&path).chain(&alert).map(|p| p.1);
    let lo = values.clone().fold(f64::MAX, f64::min);
    let hi = values.fold(f64::MIN, f64::max);
    let pad_y = ((hi - lo) * 0.1).max(1.0);
    let quiet = if colour() {
        Style::default().fg(Color::DarkGray)
    } else {
        Style::default()
    };
    let mut datasets = vec![Dataset::default()
        .name(crate::t!("tui-hist-readings"))
        .marker(Marker::Braille)
        .graph_type(GraphType::Line)
        .style(line_style(0))
        .data(&readings)];
    if path.len() == 2 {
        datasets.push(
            Dataset::default()
                .name(crate::t!("tui-hist-trajectory"))
                .marker(Marker::Dot)
                .graph_type(GraphType::Line)
                .style(quiet)
                .data(&path),
        );
    }
    if !alert.is_empty() {
        datasets.push(
            Dataset::default()
                .name(crate::t!("tui-label-alert"))
                .marker(Marker::Dot)
                .graph_type(GraphType::Line)
                .style(tone(Tone::Bad))
                .data(&alert),
        );
    }
    let num = |v: f64| crate::present::number::plain(crate::domain::facts::round2(v));
    let chart = Chart::new(datasets)
        .block(boxed(&format!(
            "{} · {} · {}",
            metric.id,
            metric.name,
            crate::t!("tui-hist-other-metrics")
        )))
        .x_axis(
            Axis::default()
                .bounds([0.0, end])
                .labels([first.to_string(), last.to_string()]),
        )
        .y_axis(
            Axis::default()
                .bounds([lo - pad_y, hi + pad_y])
                .labels([num(lo), num(hi)]),
        );
    frame.render_widget(chart, chart_area);
    let latest = &trend.readings[trend.readings.len() - 1];
    let unit = match trend.unit.as_deref() {
        Some("%") => "%".to_string(),
        Some(u) => format!(" {u}"),
        None => String::new(),
    };
    let words = vec![
        Line::from(format!(
            " {}",
            crate::t!(
                "tui-hist-latest-words",
                value = format!("{}{unit}", num(latest.value)),
                on = latest.on.to_string(),
                expected = latest.expected.map_or("–".into(), num),
                state = crate::present::labels::state_word(trend.state)
            )
        )),
        Line::from(format!(
            " {}{}",
            crate::t!(
                "tui-hist-baseline-words",
                baseline = trend.baseline.as_ref().map_or("–".into(), |b| {
                    crate::t!(
                        "tui-detail-value-on",
                        value = num(b.value),
                        on = b.on.to_string()
                    )
                }),
                target = trend.target.as_ref().map_or("–".into(), |t| {
                    crate::t!(
                        "tui-detail-value-by",
                        value = num(t.value),
                        by = t.by.to_string()
                    )
                })
            ),
            trend.alert.map_or(String::new(), |a| format!(
                " · {} {}",
                crate::t!("tui-label-alert"),
                num(a)
            ))
        )),
    ];
    let words = bidi.lines(words, words_area.width.saturating_sub(2), false);
    frame.render_widget(
        Paragraph::new(words).block(boxed(&crate::t!("tui-hist-in-words"))),
        words_area,
    );
}
