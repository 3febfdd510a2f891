//! The list tabs: a table of items (or the milestone timeline) and the
//! selected item's detail. Only the rows on screen are built.

use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState, Wrap};
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

use super::{bold, boxed, fit, pad, selected_style, tone};
use crate::domain::facts;
use crate::domain::model::{Plan, Status};
use crate::domain::routines::RoutineState;
use crate::domain::types::Date;
use crate::tui::app::{App, Panes, Tab};
use crate::tui::bidi::{self, Bidi};
use crate::tui::items::Kind;
use crate::tui::rows::{self, state_tone, state_word, Row, Tone};

/// The rows a list tab's table shows in `body`: what page up/down move by.
pub fn table_rows(body: Rect, app: &App) -> usize {
    let (_, table, _) = areas(body, app);
    table.height.saturating_sub(3).max(1) as usize
}

/// The charter's text (on the Charter tab only), the table and the detail.
fn areas(area: Rect, app: &App) -> (Option<Rect>, Rect, Rect) {
    let (text, area) = if app.tab == Tab::Charter {
        let top = (area.height / 3).clamp(3, 12).min(area.height);
        let [text, rest] =
            Layout::vertical([Constraint::Length(top), Constraint::Min(0)]).areas(area);
        (Some(text), rest)
    } else {
        (None, area)
    };
    // Side by side on a wide terminal; otherwise the detail goes below.
    let [table, detail] = if area.width >= 140 {
        Layout::horizontal([Constraint::Percentage(62), Constraint::Percentage(38)]).areas(area)
    } else {
        Layout::vertical([Constraint::Percentage(60), Constraint::Percentage(40)]).areas(area)
    };
    (text, table, detail)
}

/// Where a list tab's scrollable panes are in `area`, and the most the
/// charter's text (on the Charter tab) and the detail can scroll.
pub fn fitted(area: Rect, app: &App) -> (Panes, Option<u16>, u16) {
    let (text, _, detail) = areas(area, app);
    let panes = Panes {
        detail: Some(detail),
        text,
        width: area.width,
    };
    let text_most = text.map(|text| scroll_most(text, charter_text(&app.plan).1, app.bidi));
    (
        panes,
        text_most,
        scroll_most(detail, detail_of(app).1, app.bidi),
    )
}

pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let (text, table, detail) = areas(area, app);
    if let Some(text) = text {
        let (title, lines) = charter_text(&app.plan);
        scrolled_box(frame, text, &title, lines, app.charter_scroll, app.bidi);
    }
    if app.tab == Tab::Milestones && app.timeline {
        draw_timeline(frame, table, app);
    } else {
        draw_table(frame, table, app);
    }
    let (title, lines) = detail_of(app);
    scrolled_box(
        frame,
        detail,
        &title,
        lines,
        app.list().detail_scroll,
        app.bidi,
    );
}

/// How many lines `lines`, wrapped in a box filling `area`, can scroll
/// down before the last one would leave the box.
fn scroll_most(area: Rect, lines: Vec<Line>, bidi: Bidi) -> u16 {
    let inner = boxed("").inner(area);
    let total = Paragraph::new(bidi.lines(lines, inner.width, true))
        .wrap(Wrap { trim: false })
        .line_count(inner.width);
    let most = total.saturating_sub(inner.height as usize);
    most.min(u16::MAX as usize) as u16
}

/// Wrapped lines in a box, scrolled down by `scroll` lines (at most until
/// the last line shows), with a scroll bar when they do not all fit.
fn scrolled_box(
    frame: &mut Frame,
    area: Rect,
    title: &str,
    lines: Vec<Line>,
    scroll: u16,
    bidi: Bidi,
) {
    let block = boxed(title);
    let inner = block.inner(area);
    let text = Paragraph::new(bidi.lines(lines, inner.width, true)).wrap(Wrap { trim: false });
    let total = text.line_count(inner.width);
    let most = total.saturating_sub(inner.height as usize);
    let scroll = scroll.min(most.min(u16::MAX as usize) as u16);
    frame.render_widget(text.scroll((scroll, 0)).block(block), area);
    if most > 0 && inner.height > 0 {
        let mut state = ScrollbarState::new(most + 1).position(scroll as usize);
        frame.render_stateful_widget(
            // The border is the track; the thumb says where the view is.
            Scrollbar::new(ScrollbarOrientation::VerticalRight)
                .begin_symbol(None)
                .end_symbol(None)
                .track_symbol(Some("│"))
                .thumb_symbol("█"),
            area.inner(Margin {
                vertical: 1,
                horizontal: 0,
            }),
            &mut state,
        );
    }
}

fn title(app: &App) -> String {
    let list = app.list();
    let mut t = format!("{} {}", app.tab.title(), list.len());
    if !list.filter.is_empty() {
        t.push_str(&format!(
            " · {}",
            crate::t!("tui-list-filter", filter = app.bidi.cell(&list.filter))
        ));
    }
    let columns = rows::columns(app.tab);
    if list.sort > 0 {
        t.push_str(&format!(
            " · {}{}",
            crate::t!(
                "tui-list-sorted-by",
                column = columns.get(list.sort).cloned().unwrap_or_default()
            ),
            if list.reverse { " ↓" } else { "" }
        ));
    }
    t
}

/// The first row on screen, so that the selected one is visible.
fn first_visible(selected: usize, height: usize) -> usize {
    if height == 0 {
        0
    } else {
        selected - selected % height
    }
}

fn draw_table(frame: &mut Frame, area: Rect, app: &App) {
    let block = boxed(&title(app));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.height < 2 || inner.width < 4 {
        return;
    }
    let columns = rows::columns(app.tab);
    let body_h = inner.height.saturating_sub(1) as usize;
    let list = app.list();
    let first = first_visible(list.selected, body_h);
    let visible: Vec<Row> = app.visible_rows(app.tab, first, body_h);
    let columns: Vec<&str> = columns.iter().map(String::as_str).collect();
    let widths = column_widths(app.tab, &columns, &visible, inner.width as usize);
    let bidi = app.bidi;
    let header: Vec<Span> = bidi.row(
        columns
            .iter()
            .zip(&widths)
            .map(|(c, w)| Span::styled(gapped(bidi, bidi.pad(c, *w)), bold()))
            .collect(),
    );
    let mut lines = vec![Line::from(header)];
    if visible.is_empty() {
        let hint = if list.filter.is_empty() && app.tab == Tab::Actions {
            crate::t!("tui-list-no-actions")
        } else if list.filter.is_empty() {
            crate::t!("tui-list-empty")
        } else {
            crate::t!("tui-list-no-match")
        };
        lines.push(Line::from(Span::styled(hint, tone(Tone::Quiet))));
    }
    for (n, row) in visible.iter().enumerate() {
        let selected = first + n == list.selected;
        // Each cell its own paragraph, so that a Hebrew title never pulls
        // the date beside it into its run; mirrored when the UI reads
        // right to left.
        let text: String = bidi
            .row(
                row.cells
                    .iter()
                    .zip(&widths)
                    .map(|(c, w)| gapped(bidi, bidi.pad(c, *w)))
                    .collect(),
            )
            .concat();
        let style = if selected {
            selected_style().patch(tone(row.tone))
        } else {
            tone(row.tone)
        };
        let text = if bidi.mirrored() {
            // Mirrored: the row keeps its right end, where it starts.
            let shown = text.trim_end();
            let w = shown.width();
            if w > inner.width as usize {
                // Cut on the left, where the row ends.
                let mut cut = shown;
                while cut.width() > inner.width as usize {
                    let mut chars = cut.chars();
                    chars.next();
                    cut = chars.as_str();
                }
                cut.to_string()
            } else {
                format!("{}{shown}", " ".repeat(inner.width as usize - w))
            }
        } else {
            fit(&text, inner.width as usize)
        };
        lines.push(Line::from(Span::styled(text, style)));
    }
    if bidi.mirrored() {
        if let Some(header) = lines.first_mut() {
            *header = std::mem::take(header).right_aligned();
        }
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// A cell with the gap that parts it from the next: after it, or before
/// it in a mirrored list.
fn gapped(bidi: Bidi, cell: String) -> String {
    if bidi.mirrored() {
        format!(" {cell}")
    } else {
        cell + " "
    }
}

/// Column widths: each column as wide as its widest visible cell (at most
/// 24), and the text column (title, name) taking what is left.
fn column_widths(tab: Tab, columns: &[&str], rows: &[Row], total: usize) -> Vec<usize> {
    let flex = match tab {
        Tab::Actions => 0,
        Tab::Charter | Tab::People => 2,
        _ => 1,
    };
    let mut widths: Vec<usize> = columns.iter().map(|c| c.width()).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(&row.cells) {
            *w = (*w).max(cell.width().min(24));
        }
    }
    let gaps = columns.len();
    let others: usize = widths
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != flex)
        .map(|(_, w)| w)
        .sum();
    let room = total.saturating_sub(others + gaps);
    // An action is known by its text (it has no id): on a narrow screen
    // that column keeps a third of the width, and the others give way.
    let least = if tab == Tab::Actions { total / 3 } else { 8 };
    if let Some(w) = widths.get_mut(flex) {
        *w = room.max(least).max(8);
    }
    // Still too wide (a narrow terminal): shrink every other column evenly.
    let mut sum: usize = widths.iter().sum::<usize>() + gaps;
    while sum > total {
        let Some(i) = (0..widths.len())
            .filter(|i| *i != flex)
            .max_by_key(|i| widths[*i])
        else {
            break;
        };
        if widths[i] <= 3 {
            break;
        }
        widths[i] -= 1;
        sum -= 1;
    }
    widths
}

fn draw_timeline(frame: &mut Frame, area: Rect, app: &App) {
    let block = boxed(&format!(
        "{} · {}",
        title(app),
        crate::t!("tui-list-timeline")
    ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.height < 2 || inner.width < 20 {
        return;
    }
    let (start, end) = (app.plan.meta.start, app.plan.meta.end);
    let span = start.days_until(end).max(1) as f64;
    let label_w = 18.min(inner.width as usize / 3);
    let bar_w = (inner.width as usize).saturating_sub(label_w + 1);
    let column = |d: Date| {
        ((start.days_until(d) as f64 / span) * (bar_w.saturating_sub(1)) as f64)
            .round()
            .clamp(0.0, bar_w.saturating_sub(1) as f64) as usize
    };
    let today_at = column(app.today);
    let body_h = inner.height.saturating_sub(1) as usize;
    let list = app.list();
    let first = first_visible(list.selected, body_h);
    let mut header: Vec<char> = format!("{start}").chars().collect();
    header.resize(bar_w, ' ');
    let end_label: Vec<char> = format!("{end}").chars().collect();
    if bar_w > end_label.len() + header.len() / 2 {
        let at = bar_w - end_label.len();
        header[at..].copy_from_slice(&end_label);
    }
    if header.get(today_at) == Some(&' ') {
        header[today_at] = '▼';
    }
    let mut lines = vec![Line::from(format!(
        "{} {}",
        pad("", label_w),
        header.iter().collect::<String>()
    ))];
    for (n, (kind, i)) in list.rows.iter().skip(first).take(body_h).enumerate() {
        if *kind != Kind::Milestone {
            continue;
        }
        let m = &app.plan.milestones.milestones[*i];
        let mut bar = vec![' '; bar_w];
        let from = column(m.start.unwrap_or(start));
        let to = m.due.map(column).unwrap_or(from);
        for cell in bar.iter_mut().take(to.max(from) + 1).skip(from.min(to)) {
            *cell = match m.status {
                Status::Done => '█',
                Status::Cancelled => '·',
                _ => '━',
            };
        }
        if let Some(d) = m.done_on {
            if let Some(cell) = bar.get_mut(column(d)) {
                *cell = '●';
            }
        }
        if today_at < bar_w && bar[today_at] == ' ' {
            bar[today_at] = '│';
        }
        let overdue = facts::milestone_overdue(m, app.today);
        let row_tone = if overdue {
            Tone::Bad
        } else if m.status == Status::Done {
            Tone::Good
        } else {
            Tone::Normal
        };
        let selected = first + n == list.selected;
        let style = if selected {
            selected_style().patch(tone(row_tone))
        } else {
            tone(row_tone)
        };
        lines.push(Line::from(vec![
            Span::styled(pad(m.id.as_str(), label_w), style),
            Span::raw(" "),
            Span::styled(bar.into_iter().collect::<String>(), tone(row_tone)),
        ]));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

pub(super) fn field(name: &str, value: impl Into<String>) -> Line<'static> {
    Line::from(vec![
        Span::styled(format!("{name}: "), bold()),
        Span::raw(value.into()),
    ])
}

pub(super) fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref()
        .map(|x| x.to_string())
        .unwrap_or_else(|| "–".into())
}

/// The selected item's detail: its title and lines.
fn detail_of(app: &App) -> (String, Vec<Line<'static>>) {
    if app.tab == Tab::Actions {
        return super::actions::detail(app);
    }
    let Some((kind, i)) = app.selected() else {
        return (crate::t!("tui-detail"), Vec::new());
    };
    let p = &app.plan;
    let mut lines: Vec<Line> = Vec::new();
    match kind {
        Kind::Milestone => {
            let m = &p.milestones.milestones[i];
            lines.push(Line::from(Span::styled(m.title.clone(), bold())));
            lines.push(field(
                &crate::t!("tui-label-status"),
                rows::status_word(m.status),
            ));
            lines.push(field(&crate::t!("tui-label-goal"), opt(&m.goal)));
            lines.push(field(&crate::t!("tui-label-owner"), opt(&m.owner)));
            lines.push(field(
                &crate::t!("tui-label-agents"),
                m.agents
                    .iter()
                    .map(|a| a.to_string())
                    .collect::<Vec<_>>()
                    .join(", "),
            ));
            lines.push(field(
                &crate::t!("tui-label-start-to-due"),
                format!("{} → {}", opt(&m.start), opt(&m.due)),
            ));
            if let Some(d) = m.done_on {
                lines.push(field(&crate::t!("tui-label-done-on"), d.to_string()));
            }
            if !m.depends_on.is_empty() {
                lines.push(field(
                    &crate::t!("tui-label-depends-on"),
                    m.depends_on
                        .iter()
                        .map(|a| a.to_string())
                        .collect::<Vec<_>>()
                        .join(", "),
                ));
            }
            let trend = facts::milestone_trend(p, m.id.as_str());
            if let Some(slip) = facts::slip_days(p, m) {
                lines.push(field(
                    &crate::t!("tui-label-slip"),
                    crate::t!(
                        "tui-detail-slip-over",
                        days = format!("{slip:+}"),
                        count = trend.len()
                    ),
                ));
            }
            if !m.actions.is_empty() {
                lines.push(Line::from(Span::styled(
                    crate::t!("tui-detail-actions-keys"),
                    bold(),
                )));
                for (n, a) in m.actions.iter().enumerate() {
                    let mark = if a.done { "[x]" } else { "[ ]" };
                    let cursor = if n == app.list().action { "›" } else { " " };
                    let late = !a.done && a.due.is_some_and(|d| d < app.today);
                    let text = format!(
                        "{cursor}{mark} {}{}{}",
                        bidi::isolate(&a.title),
                        a.owner
                            .as_ref()
                            .map(|o| format!(" — {}", bidi::isolate(o.as_str())))
                            .unwrap_or_default(),
                        a.due
                            .map(|d| format!(", {}", crate::t!("tui-ov-due", due = d.to_string())))
                            .unwrap_or_default()
                    );
                    lines.push(Line::from(Span::styled(
                        text,
                        if late {
                            tone(Tone::Bad)
                        } else {
                            tone(Tone::Normal)
                        },
                    )));
                }
            }
        }
        Kind::Metric => {
            let m = crate::domain::surveys::with_scores(p, &p.metrics.metrics[i]);
            let m = &*m;
            let state = facts::metric_state(m, app.today);
            lines.push(Line::from(Span::styled(m.name.clone(), bold())));
            lines.push(Line::from(Span::styled(
                state_word(state),
                tone(state_tone(state)),
            )));
            lines.push(field(
                &crate::t!("tui-label-direction"),
                rows::shown("direction", &m.direction),
            ));
            lines.push(field(
                &crate::t!("tui-label-baseline"),
                m.baseline
                    .map(|b| {
                        crate::t!(
                            "tui-detail-value-on",
                            value = crate::present::number::plain(b.value),
                            on = b.on.to_string()
                        )
                    })
                    .unwrap_or_else(|| "–".into()),
            ));
            lines.push(field(
                &crate::t!("tui-label-target"),
                m.target
                    .map(|t| {
                        crate::t!(
                            "tui-detail-value-by",
                            value = crate::present::number::plain(t.value),
                            by = t.by.to_string()
                        )
                    })
                    .unwrap_or_else(|| "–".into()),
            ));
            lines.push(field(
                &crate::t!("tui-label-expected-now"),
                crate::present::number::plain_opt(
                    facts::expected_now(m, app.today).map(facts::round2),
                ),
            ));
            if let Some(alert) = m.alert {
                lines.push(field(
                    &crate::t!("tui-label-alert"),
                    crate::present::number::plain(alert),
                ));
            }
            lines.push(field(&crate::t!("tui-label-every"), opt(&m.every)));
            lines.push(field(&crate::t!("tui-label-source"), opt(&m.source)));
            lines.push(field(&crate::t!("tui-label-owner"), opt(&m.owner)));
            let values: Vec<f64> = m
                .readings
                .iter()
                .filter(|r| r.unit.is_none())
                .map(|r| r.value)
                .collect();
            if !values.is_empty() {
                let span: Vec<f64> = m
                    .baseline
                    .map(|b| b.value)
                    .into_iter()
                    .chain(m.target.map(|t| t.value))
                    .collect();
                lines.push(Line::from(super::overview::sparkline(&values, 30, &span)));
            }
            let on_breakdowns = app.list().breakdowns;
            if !m.breakdown.is_empty() || on_breakdowns {
                lines.push(Line::from(Span::styled(
                    if on_breakdowns {
                        crate::t!("tui-detail-breakdown-keys")
                    } else {
                        crate::t!("tui-detail-breakdown-select")
                    },
                    bold(),
                )));
                for (n, b) in m.breakdown.iter().enumerate() {
                    let mark = if on_breakdowns && n == app.list().action {
                        "›"
                    } else {
                        " "
                    };
                    let mut words = vec![rows::shown("unit_level", &b.level)];
                    words.extend(b.unit.as_ref().map(|u| u.to_string()));
                    words.extend(
                        b.period.map(|p| {
                            crate::t!("tui-detail-per", period = rows::shown("period", &p))
                        }),
                    );
                    lines.push(Line::from(format!(
                        "{mark} {}: {}",
                        words.join(" "),
                        crate::present::number::plain(b.target)
                    )));
                }
            }
            if let Some(status) = app
                .status
                .metrics
                .get(i)
                .filter(|s| !s.breakdown.is_empty())
            {
                lines.push(Line::from(Span::styled(
                    crate::t!("tui-detail-by-unit"),
                    bold(),
                )));
                for u in &status.breakdown {
                    lines.push(Line::from(Span::styled(
                        format!(
                            "  {}: {}",
                            crate::present::method::unit_head(u),
                            crate::present::method::unit_value(u)
                        ),
                        tone(state_tone(u.current.state)),
                    )));
                    if !u.past.is_empty() {
                        lines.push(Line::from(format!(
                            "    {}: {}",
                            crate::t!("tui-detail-before"),
                            crate::present::method::unit_past(&u.past)
                        )));
                    }
                }
            }
            let tools: Vec<_> = app
                .status
                .tools
                .iter()
                .filter(|t| t.metric.as_ref() == Some(&m.id))
                .collect();
            if !tools.is_empty() {
                lines.push(Line::from(Span::styled(
                    crate::t!("tui-detail-tools-judged"),
                    bold(),
                )));
                for t in tools {
                    let t_tone = match t.state {
                        crate::domain::workshops::TrialState::Decide => Tone::Warn,
                        _ => Tone::Normal,
                    };
                    lines.push(Line::from(Span::styled(
                        format!("  {} · {}", t.name, rows::trial_word(t)),
                        tone(t_tone),
                    )));
                    lines.push(Line::from(format!("    {}", rows::trial_description(t))));
                }
            }
            lines.push(Line::from(Span::styled(
                crate::t!("tui-detail-readings-keys", count = m.readings.len()),
                bold(),
            )));
            // Twelve at a time, the page holding the cursor.
            let cursor = if on_breakdowns { 0 } else { app.list().action };
            let first = cursor - cursor % 12;
            if first > 0 {
                lines.push(Line::from(format!(
                    "  … {}",
                    crate::t!("tui-detail-newer", count = first)
                )));
            }
            for (n, r) in m.readings.iter().rev().enumerate().skip(first).take(12) {
                let mark = if n == cursor && !on_breakdowns {
                    "›"
                } else {
                    " "
                };
                lines.push(Line::from(format!(
                    "{mark} {}  {}{}",
                    r.on,
                    crate::present::number::plain(r.value),
                    r.unit
                        .as_ref()
                        .map(|u| format!("  ({u})"))
                        .unwrap_or_default()
                )));
            }
            let older = m.readings.len().saturating_sub(first + 12);
            if older > 0 {
                lines.push(Line::from(format!(
                    "  … {}",
                    crate::t!("tui-detail-older", count = older)
                )));
            }
        }
        Kind::Review => {
            let r = &p.reviews[i];
            lines.push(Line::from(Span::styled(
                format!("{} {}", r.date, opt(&r.title)),
                bold(),
            )));
            lines.push(field(
                &crate::t!("tui-label-attendees"),
                r.attendees
                    .iter()
                    .map(|a| a.to_string())
                    .collect::<Vec<_>>()
                    .join(", "),
            ));
            for m in &r.milestones {
                lines.push(Line::from(format!(
                    "  {} {} {}% → {}{}",
                    m.id,
                    rows::shown("health", &m.health),
                    m.progress
                        .map(|x| x.to_string())
                        .unwrap_or_else(|| "–".into()),
                    opt(&m.forecast),
                    m.note
                        .as_ref()
                        .map(|n| format!(" — {}", bidi::isolate(n)))
                        .unwrap_or_default()
                )));
            }
            for d in &r.decisions {
                lines.push(Line::from(format!(
                    "  {}: {}",
                    crate::t!("tui-detail-decision"),
                    d.text
                )));
            }
            for a in &r.actions {
                lines.push(Line::from(format!(
                    "  {} {}",
                    if a.done { "[x]" } else { "[ ]" },
                    a.text
                )));
            }
            if let Some(s) = &r.summary {
                lines.push(Line::from(""));
                lines.extend(s.lines().map(|l| Line::from(l.to_string())));
            }
        }
        Kind::Assessment => assessment_lines(&mut lines, p, i),
        Kind::Incident => incident_lines(&mut lines, app, i),
        Kind::Rep => rep_lines(&mut lines, p, i, app.today),
        Kind::ServiceWeek => week_lines(&mut lines, p, i, app.today),
        _ => {
            let value = kind.to_json(p, i);
            for f in kind.fields() {
                let mut text = crate::tui::items::field_text(&value, f.key);
                if let crate::tui::items::FieldKind::Choice(words) = f.kind {
                    text = crate::tui::items::shown_choice(words, &text);
                }
                if !text.is_empty() {
                    lines.push(field(&crate::tui::items::field_label(f.key), text));
                }
            }
            if let Some(r) = app.status.routines.get(i).filter(|_| kind == Kind::Routine) {
                routine_lines(&mut lines, r, app.today);
                meeting_lines(&mut lines, app, i);
            }
            if let Some((w, t)) = crate::tui::items::tool_at(p, i).filter(|_| kind == Kind::Tool) {
                let trial = crate::domain::workshops::trial(p, w, t, app.today);
                let t_tone = match trial.state {
                    crate::domain::workshops::TrialState::Decide => Tone::Warn,
                    _ => Tone::Normal,
                };
                lines.push(Line::from(Span::styled(
                    rows::trial_word(&trial),
                    tone(t_tone),
                )));
                lines.push(Line::from(rows::trial_description(&trial)));
                if let (Some(b), Some(d)) = (trial.before, trial.during) {
                    lines.push(field(
                        &crate::t!("tui-label-before"),
                        crate::t!(
                            "tui-detail-from-to",
                            from = b.from.to_string(),
                            to = b.to.to_string()
                        ),
                    ));
                    lines.push(field(
                        &crate::t!("tui-label-during"),
                        crate::t!(
                            "tui-detail-from-to",
                            from = d.from.to_string(),
                            to = d.to.to_string()
                        ),
                    ));
                }
            }
            let id = kind.id(p, i);
            let refs = crate::tui::items::references_to(p, &id);
            if !refs.is_empty() {
                lines.push(Line::from(Span::styled(
                    crate::t!("tui-detail-referred", count = refs.len()),
                    bold(),
                )));
                lines.extend(
                    refs.into_iter()
                        .take(12)
                        .map(|r| Line::from(format!("  {r}"))),
                );
            }
        }
    }
    (format!("{} {}", kind.word(), kind.id(p, i)), lines)
}

/// An assessment: who, when, by whom, then each skill as a bar out of the
/// scale with its change since the rep's previous assessment.
/// A rep's onboarding: the five training parts, the mentor, on-the-job
/// training, certification, then their coaching and what their latest
/// assessment proposes (`P` opens the first in a form).
/// A Customer Service Week: its five days with their dates, activities
/// and owners, and what changes the week after.
fn week_lines(lines: &mut Vec<Line<'static>>, p: &Plan, i: usize, today: Date) {
    use crate::domain::recognition::{name_of, week_dates, WEEK_DAYS};
    let w = &p.recognition.service_week[i];
    let dates = week_dates(w.start);
    let end = dates.last().copied().unwrap_or(w.start);
    lines.push(Line::from(Span::styled(
        crate::t!(
            "recog-status-week",
            start = w.start.to_string(),
            end = end.to_string()
        ),
        bold(),
    )));
    for (k, day) in w.days.iter().enumerate() {
        let on = dates.get(k).map(|d| d.to_string()).unwrap_or_default();
        let (owner, t) = match &day.owner {
            Some(o) => (
                crate::present::recognition::who(o, name_of(p, o).as_ref()),
                Tone::Normal,
            ),
            None => (crate::t!("recog-no-owner"), Tone::Warn),
        };
        let mark = if dates.get(k).is_some_and(|d| *d < today) {
            "✔"
        } else {
            "○"
        };
        lines.push(Line::from(vec![
            Span::raw(format!("  {mark} {on}  {}  · ", day.activity)),
            Span::styled(owner, tone(t)),
        ]));
    }
    if w.days.len() != WEEK_DAYS {
        lines.push(Line::from(Span::styled(
            crate::t!(
                "recog-week-days",
                start = w.start.to_string(),
                count = w.days.len()
            ),
            tone(Tone::Warn),
        )));
    }
    if let Some(after) = &w.after {
        lines.push(Line::from(""));
        lines.push(Line::from(crate::present::recognition::after_words(after)));
    }
}

fn rep_lines(lines: &mut Vec<Line<'static>>, p: &Plan, i: usize, today: Date) {
    use crate::domain::people::{self, kind_label, part_label, skill_label};
    let r = &p.people.reps[i];
    let state = people::state(r, today);
    lines.push(Line::from(Span::styled(
        format!("{} ({}) · {}", r.name, r.id, state.label()),
        bold(),
    )));
    lines.push(field(&crate::t!("tui-label-unit"), opt(&r.unit)));
    lines.push(field(
        &crate::t!("people-tui-label-start"),
        r.start.to_string(),
    ));
    lines.push(field(&crate::t!("people-tui-label-mentor"), opt(&r.mentor)));
    lines.push(Line::from(Span::styled(
        crate::t!("people-tui-training"),
        bold(),
    )));
    for part in crate::domain::model::Part::ALL {
        let entry = r.training.iter().find(|t| t.part == part);
        let when = match entry {
            Some(t) => match (t.planned, t.done) {
                (_, Some(done)) => crate::t!("people-tui-done-on", on = done.to_string()),
                (Some(planned), None) => {
                    crate::t!("people-tui-planned-on", on = planned.to_string())
                }
                (None, None) => "–".to_string(),
            },
            None => "–".to_string(),
        };
        let mark = if entry.is_some_and(|t| t.done.is_some()) {
            "✔"
        } else {
            "○"
        };
        lines.push(Line::from(format!(
            "  {mark} {} · {when}",
            part_label(part)
        )));
    }
    if let Some(ojt) = &r.on_the_job {
        let until = ojt.until.map(|d| d.to_string()).unwrap_or_default();
        lines.push(field(
            &crate::t!("people-tui-on-the-job"),
            format!("{} → {until} {}", ojt.from, opt(&ojt.mentor)),
        ));
    }
    match &r.certification {
        Some(c) => {
            let by = c.by.as_ref().map(|b| format!(" · {b}")).unwrap_or_default();
            lines.push(field(
                &crate::t!("people-tui-certification"),
                format!("{}{by}", c.on),
            ));
            if let Some(summary) = &c.summary {
                lines.push(Line::from(format!("  {}", summary.trim_end())));
            }
        }
        None if state == people::RepState::InTraining => {
            let due = people::certification_due(p, r);
            let t = if due < today {
                Tone::Warn
            } else {
                Tone::Normal
            };
            lines.push(Line::from(Span::styled(
                crate::t!("people-tui-due-on", due = due.to_string()),
                tone(t),
            )));
        }
        None => {}
    }
    let coaching: Vec<_> = p.people.coaching.iter().filter(|c| c.rep == r.id).collect();
    if !coaching.is_empty() {
        lines.push(Line::from(Span::styled(
            crate::t!("people-tui-coaching"),
            bold(),
        )));
        for c in coaching {
            let when = match (c.done, c.due) {
                (Some(done), _) => crate::t!("people-tui-done-on", on = done.to_string()),
                (None, Some(due)) => crate::t!("cli-due-on", due = due.to_string()),
                (None, None) => String::new(),
            };
            let t = if c.overdue(today) {
                Tone::Warn
            } else {
                Tone::Normal
            };
            lines.push(Line::from(Span::styled(
                format!("  {}: {} {when}", skill_label(c.skill), kind_label(c.kind)),
                tone(t),
            )));
        }
    }
    let proposed: Vec<_> = people::proposals(p, today)
        .into_iter()
        .filter(|x| x.rep == r.id)
        .collect();
    if !proposed.is_empty() {
        lines.push(Line::from(Span::styled(
            crate::t!("people-tui-proposed"),
            bold(),
        )));
        for x in &proposed {
            lines.push(Line::from(format!(
                "  {}",
                crate::present::people::proposal_words(x)
            )));
        }
        lines.push(Line::from(crate::t!("people-tui-accept-hint")));
    }
}

fn assessment_lines(lines: &mut Vec<Line<'static>>, p: &Plan, i: usize) {
    use crate::domain::skills;
    let a = &p.skills.assessments[i];
    let scale = p.skills.max_score();
    lines.push(Line::from(Span::styled(
        format!("{} {} · {}", crate::t!("tui-field-rep"), a.rep, a.on),
        bold(),
    )));
    lines.push(field(&crate::t!("tui-label-unit"), opt(&a.unit)));
    lines.push(field(&crate::t!("tui-label-by"), opt(&a.by)));
    let trend = skills::rep_trend(p, a.rep.as_str());
    let here = trend.iter().position(|t| t.on == a.on);
    let previous = here.and_then(|k| k.checked_sub(1)).map(|k| trend[k].on);
    let changes = here.map(|k| &trend[k].scores);
    for (k, (key, score)) in a.scores.entries().into_iter().enumerate() {
        let label = crate::i18n::code("skill", key);
        let Some(score) = score else {
            lines.push(Line::from(format!("{label:<26} –")));
            continue;
        };
        let filled = usize::from(score.min(scale));
        let bar = "█".repeat(filled) + &"░".repeat(usize::from(scale) - filled);
        let change = match changes.and_then(|c| c[k].2) {
            Some(c) if c != 0 => format!("  {c:+}"),
            _ => String::new(),
        };
        let t = if score <= 2 { Tone::Warn } else { Tone::Normal };
        lines.push(Line::from(Span::styled(
            format!("{label:<26} {bar} {score}{change}"),
            tone(t),
        )));
    }
    if let Some(mean) = skills::mean_score(a) {
        let since = previous
            .map(|d| {
                format!(
                    " · {}",
                    crate::t!("tui-detail-changes-since", date = d.to_string())
                )
            })
            .unwrap_or_default();
        lines.push(field(
            &crate::t!("tui-label-mean"),
            format!("{}{since}", crate::present::number::rounded(mean)),
        ));
    }
}

/// A routine's cadence: when it was last held and from what, when it is
/// next due, and the dates recorded in `held:`.
fn routine_lines(lines: &mut Vec<Line<'static>>, r: &RoutineState, today: Date) {
    let (text, t) = if r.late {
        (
            crate::t!(
                "tui-detail-late-by",
                days = super::days(r.days_late),
                due = r.next.to_string()
            ),
            Tone::Bad,
        )
    } else {
        (
            crate::t!(
                "tui-detail-next-in",
                next = r.next.to_string(),
                days = super::days(today.days_until(r.next))
            ),
            Tone::Normal,
        )
    };
    lines.push(Line::from(Span::styled(text, tone(t))));
    let last = rows::last_held(r).unwrap_or_else(|| crate::t!("tui-detail-not-held"));
    lines.push(field(&crate::t!("tui-label-last-held"), last));
}

/// An action item as a detail lists it: ticked or not, its text, owner
/// and due date, late in red.
fn action_line(cursor: bool, a: &crate::domain::model::ReviewAction, today: Date) -> Line<'static> {
    let mark = if a.done { "[x]" } else { "[ ]" };
    let late = !a.done && a.due.is_some_and(|d| d < today);
    let text = format!(
        "{}{mark} {}{}{}",
        if cursor { "›" } else { " " },
        a.text,
        a.owner
            .as_ref()
            .map(|o| format!(" — {o}"))
            .unwrap_or_default(),
        a.due
            .map(|d| format!(", {}", crate::t!("tui-ov-due", due = d.to_string())))
            .unwrap_or_default()
    );
    Line::from(Span::styled(
        text,
        tone(if late { Tone::Bad } else { Tone::Normal }),
    ))
}

/// An incident: what happened, where it stands, the metric and unit it
/// touched, who investigates, what the investigation found, the recovery
/// offered, and its action items (picked with `]`/`[`).
fn incident_lines(lines: &mut Vec<Line<'static>>, app: &App, i: usize) {
    let Some(x) = app.plan.incidents.incidents.get(i) else {
        return;
    };
    lines.push(Line::from(Span::styled(x.title.clone(), bold())));
    let state_tone = if !x.is_open() {
        Tone::Good
    } else if !x.is_investigated() {
        Tone::Bad
    } else {
        Tone::Warn
    };
    lines.push(Line::from(Span::styled(
        rows::incident_state(x),
        tone(state_tone),
    )));
    lines.push(field(
        &crate::t!("meet-label-happened-on"),
        x.on.to_string(),
    ));
    lines.push(field(&crate::t!("tui-label-metric"), opt(&x.metric)));
    lines.push(field(&crate::t!("tui-label-unit"), opt(&x.unit)));
    lines.push(field(&crate::t!("tui-label-owner"), opt(&x.owner)));
    for (label, text) in [
        (crate::t!("meet-label-investigation"), &x.investigation),
        (crate::t!("meet-label-recovery"), &x.recovery),
    ] {
        lines.push(Line::from(Span::styled(format!("{label}:"), bold())));
        match text.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
            Some(t) => lines.extend(t.lines().map(|l| Line::from(format!("  {l}")))),
            None => lines.push(Line::from("  –")),
        }
    }
    lines.push(Line::from(Span::styled(
        crate::t!("meet-detail-incident-actions-keys", count = x.actions.len()),
        bold(),
    )));
    let cursor = app.list().action;
    for (n, a) in x.actions.iter().enumerate() {
        lines.push(action_line(n == cursor, a, app.today));
    }
}

/// A routine's meetings, newest last as the file has them: date,
/// attendance against the expected people, summary, then the decisions
/// and actions, each an entry `]`/`[` picks.
fn meeting_lines(lines: &mut Vec<Line<'static>>, app: &App, r: usize) {
    let Some(routine) = app.plan.committee.routines.get(r) else {
        return;
    };
    if let Some(a) = crate::domain::routines::attendance(routine, app.today) {
        lines.push(field(
            &crate::t!("meet-label-attendance"),
            crate::t!(
                "meet-attendance",
                percent = (a.rate() * 100.0).round() as i64,
                full = a.full,
                count = a.meetings
            ),
        ));
    }
    lines.push(Line::from(Span::styled(
        crate::t!("meet-detail-meetings-keys", count = routine.meetings.len()),
        bold(),
    )));
    let cursor = app.list().action;
    let mut n = 0;
    for m in &routine.meetings {
        let came = if routine.attendees.is_empty() || m.attendees.is_empty() {
            String::new()
        } else {
            let present = routine
                .attendees
                .iter()
                .filter(|p| m.attendees.contains(p))
                .count();
            format!("  {present}/{}", routine.attendees.len())
        };
        let summary = m
            .summary
            .as_deref()
            .and_then(|s| s.lines().find(|l| !l.trim().is_empty()))
            .map(|l| format!("  {}", l.trim()))
            .unwrap_or_default();
        lines.push(Line::from(vec![
            Span::raw(if n == cursor { "›" } else { " " }),
            Span::styled(m.on.to_string(), bold()),
            Span::raw(format!("{came}{summary}")),
        ]));
        n += 1;
        for d in &m.decisions {
            lines.push(Line::from(format!(
                "{}   {}: {}{}",
                if n == cursor { "›" } else { " " },
                crate::t!("tui-detail-decision"),
                d.text,
                d.owner
                    .as_ref()
                    .map(|o| format!(" — {o}"))
                    .unwrap_or_default()
            )));
            n += 1;
        }
        for a in &m.actions {
            let mut line = action_line(n == cursor, a, app.today);
            line.spans.insert(0, Span::raw("  "));
            lines.push(line);
            n += 1;
        }
    }
}

/// The charter's own text, for the top of the Charter tab: its title and lines.
fn charter_text(plan: &Plan) -> (String, Vec<Line<'static>>) {
    let c = &plan.charter;
    let mut lines = Vec::new();
    if let Some(v) = &c.vision {
        lines.push(field(&crate::t!("tui-label-vision"), v.clone()));
    }
    if !c.values.is_empty() {
        lines.push(field(&crate::t!("tui-label-values"), c.values.join(" · ")));
    }
    for p in &c.principles {
        lines.push(Line::from(format!("• {p}")));
    }
    if let Some(t) = &c.terms {
        lines.push(field(&crate::t!("tui-label-terms"), t.replace('\n', " ")));
    }
    let mut title = crate::t!("tui-charter-title");
    if let Some(v) = c.version {
        title.push_str(&format!(" v{v}"));
    }
    if let Some(d) = c.approved_on {
        title.push_str(&format!(
            " · {}",
            crate::t!("tui-charter-approved", date = d.to_string())
        ));
    }
    if lines.is_empty() {
        lines.push(Line::from(Span::styled(
            crate::t!("tui-charter-none"),
            tone(Tone::Quiet),
        )));
    }
    (title, lines)
}
