//! Drawing: a pure function of the app's state. Only what is on screen is
//! built, so a plan of any size draws in the same time.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};
use ratatui::Frame;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::app::{App, Mode, Panes, Tab};
use super::bidi::Bidi;
use super::keymap;
use super::rows::Tone;

mod actions;
mod history;
mod list;
mod overview;
mod popup;
mod review;

/// Whether colours are wanted (NO_COLOR unset). Meaning never depends on
/// colour alone: every state also has a symbol or a word.
pub fn colour() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

pub fn tone(t: Tone) -> Style {
    if !colour() {
        return match t {
            Tone::Bad => Style::default().add_modifier(Modifier::BOLD),
            _ => Style::default(),
        };
    }
    match t {
        Tone::Normal => Style::default(),
        Tone::Good => Style::default().fg(Color::Green),
        Tone::Warn => Style::default().fg(Color::Yellow),
        Tone::Bad => Style::default().fg(Color::Red).add_modifier(Modifier::BOLD),
        Tone::Quiet => Style::default().fg(Color::DarkGray),
    }
}

pub fn bold() -> Style {
    Style::default().add_modifier(Modifier::BOLD)
}

pub fn selected_style() -> Style {
    Style::default().add_modifier(Modifier::REVERSED)
}

/// `text` cut to `width` terminal columns, never inside a character, with
/// an ellipsis when cut.
pub fn fit(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for ch in text.chars() {
        let w = ch.width().unwrap_or(0);
        if used + w > width - 1 {
            break;
        }
        out.push(ch);
        used += w;
    }
    out.push('…');
    out
}

/// `text` padded with spaces to `width` columns (cut first when longer).
pub fn pad(text: &str, width: usize) -> String {
    let cut = fit(text, width);
    let w = cut.width();
    format!("{cut}{}", " ".repeat(width.saturating_sub(w)))
}

/// Where each tab's title is on a tab line `width` columns wide with
/// `current` shown: (tab, first column, width). When they fit with the
/// `? help` hint each title has a space on either side (the current one
/// brackets instead); on a narrow screen each has one space before it and
/// the current one its brackets.
fn tab_cells(width: u16, current: Tab) -> Vec<(Tab, u16, u16)> {
    let titles: u16 = Tab::ALL.iter().map(|t| t.title().width() as u16).sum();
    let count = Tab::ALL.len() as u16;
    let roomy = 1 + titles + 2 * count + tab_help().width() as u16 <= width;
    let mut cells = Vec::new();
    let mut x = u16::from(roomy);
    for tab in Tab::ALL {
        let w = tab.title().width() as u16
            + match (roomy, tab == current) {
                (true, _) => 2,
                (false, true) => 3,
                (false, false) => 1,
            };
        cells.push((tab, x, w));
        x += w;
    }
    cells
}

/// The tab line's last words, e.g. `? help `.
fn tab_help() -> String {
    format!("? {} ", crate::t!("tui-footer-help"))
}

/// The tab whose title is at `column` of a tab line `width` columns wide
/// with `current` shown.
pub fn tab_at(column: u16, width: u16, current: Tab) -> Option<Tab> {
    tab_cells(width, current)
        .into_iter()
        .find(|(_, x, w)| column >= *x && column < x + w)
        .map(|(tab, _, _)| tab)
}

/// The header, tab line, body and footer of a screen of `area`.
fn screen(area: Rect) -> [Rect; 4] {
    Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(area)
}

/// Whether `area` is too small to show anything but a request to enlarge it.
fn too_small(area: Rect) -> bool {
    area.height < 3 || area.width < 10
}

/// What the state keeps from the layout of a screen: worked out by
/// [`App::lay_out`] before each draw, so that drawing changes nothing.
#[derive(Clone, Copy, Debug, Default)]
pub struct Fitted {
    /// The rows of a page of the list tab's table.
    pub page: usize,
    /// The most the help can scroll: until the last key is in view.
    pub help_most: u16,
    /// Where the scrollable panes are, for the mouse wheel.
    pub panes: Panes,
    /// The most the charter's text can scroll, when it is on screen.
    pub text_most: Option<u16>,
    /// The most the selected item's detail can scroll, when it is on screen.
    pub detail_most: Option<u16>,
}

/// The layout facts of `app` drawn in `area`; `None` when the screen is
/// too small to draw the app at all.
pub fn fitted(app: &App, area: Rect) -> Option<Fitted> {
    if too_small(area) {
        return None;
    }
    let [_, _, body, _] = screen(area);
    let visible = area.height.saturating_sub(4) as usize;
    let mut fitted = Fitted {
        page: list::table_rows(body, app),
        help_most: popup::help_lines(app.tab).len().saturating_sub(visible) as u16,
        panes: Panes {
            width: area.width,
            ..Panes::default()
        },
        ..Fitted::default()
    };
    if matches!(app.mode, Mode::Review(_)) || matches!(app.tab, Tab::Overview | Tab::History) {
        return Some(fitted);
    }
    let (panes, text_most, detail_most) = list::fitted(body, app);
    fitted.panes = Panes {
        width: area.width,
        ..panes
    };
    fitted.text_most = text_most;
    fitted.detail_most = Some(detail_most);
    Some(fitted)
}

pub fn draw(frame: &mut Frame, app: &App) {
    crate::i18n::follow_plan(app.plan.meta.language);
    crate::tui::bidi::drawing(app.bidi);
    let area = frame.area();
    if too_small(area) {
        frame.render_widget(
            Paragraph::new(fit(&crate::t!("tui-enlarge"), area.width as usize)),
            area,
        );
        return;
    }
    let [header, tabs, body, footer] = screen(area);
    draw_header(frame, header, app);
    draw_tabs(frame, tabs, app);
    if let Mode::Review(walk) = app.mode {
        review::draw(frame, body, app, &walk);
        draw_footer(frame, footer, app);
        popup::draw(frame, area, app);
        return;
    }
    match app.tab {
        Tab::Overview => overview::draw(frame, body, app),
        Tab::History => history::draw(frame, body, app),
        _ => list::draw(frame, body, app),
    }
    draw_footer(frame, footer, app);
    popup::draw(frame, area, app);
}

/// The header's badge of the plan's problems, e.g. `✖ 2 ⚠ 3` (`!` lists
/// them); empty when `check` finds none.
pub fn problems_badge(errors: usize, warnings: usize) -> String {
    let mut parts = Vec::new();
    if errors > 0 {
        parts.push(format!("✖ {errors}"));
    }
    if warnings > 0 {
        parts.push(format!("⚠ {warnings}"));
    }
    parts.join(" ")
}

fn draw_header(frame: &mut Frame, area: Rect, app: &App) {
    let p = &app.status.plan;
    let mut right = format!("{} · {}", app.today, plan_day(p, app.today));
    if let Some(ro) = &app.read_only {
        right.push_str(&format!(
            " · {}",
            crate::t!("tui-header-read-only", revision = ro.label.as_str())
        ));
    }
    let changes = app.unsaved_count();
    if changes > 0 {
        right.push_str(&format!(
            " · ● {}",
            crate::t!("tui-header-unsaved", count = changes)
        ));
    }
    right.push(' ');
    let (errors, warnings) = (app.status.errors, app.status.warnings);
    let badge = problems_badge(errors, warnings);
    let badge = if badge.is_empty() {
        badge
    } else {
        format!("{badge} ")
    };
    let width = area.width as usize;
    // The badge is shown whole or not at all, and only with room for the
    // title's start: below about 50 columns the header is as it was (the
    // Overview's review box still counts the problems).
    let badge_w = if width >= right.width() + badge.width() + 1 + 12 {
        badge.width()
    } else {
        0
    };
    let room = width.saturating_sub(right.width() + badge_w + 1);
    let right_w = width.saturating_sub(room + 1 + badge_w);
    let line = Line::from(vec![
        Span::styled(
            labelled(" charter · ", &app.plan.meta.title, room, app.bidi),
            bold(),
        ),
        Span::raw(" "),
        Span::styled(
            fit(&app.bidi.cell(&right), right_w),
            if changes > 0 {
                tone(Tone::Warn)
            } else {
                Style::default()
            },
        ),
        Span::styled(
            fit(&badge, badge_w),
            tone(if errors > 0 { Tone::Bad } else { Tone::Warn }),
        ),
    ]);
    frame.render_widget(Paragraph::new(line), area);
}

/// `prefix` then `text`, cut and padded to `width` columns as one, with
/// `text` its own paragraph (a Hebrew title cut at its end keeps the
/// ellipsis where its reading stops).
pub fn labelled(prefix: &str, text: &str, width: usize, bidi: Bidi) -> String {
    let whole = fit(&format!("{prefix}{text}"), width);
    let shown = match whole.strip_prefix(prefix) {
        Some(rest) => format!("{prefix}{}", bidi.cell(rest)),
        None => whole,
    };
    pad(&shown, width)
}

fn draw_tabs(frame: &mut Frame, area: Rect, app: &App) {
    let cells = tab_cells(area.width, app.tab);
    let roomy = cells.first().is_some_and(|(_, x, _)| *x > 0);
    let mut spans = if roomy { vec![Span::raw(" ")] } else { vec![] };
    for (tab, _, _) in cells {
        let name = app.bidi.cell(&tab.title());
        let (title, style) = match (tab == app.tab, roomy) {
            (true, true) => (
                format!("[{}]", name),
                bold().add_modifier(Modifier::UNDERLINED),
            ),
            (true, false) => (
                format!(" [{}]", name),
                bold().add_modifier(Modifier::UNDERLINED),
            ),
            (false, true) => (format!(" {} ", name), Style::default()),
            (false, false) => (format!(" {}", name), Style::default()),
        };
        spans.push(Span::styled(title, style));
    }
    let used: usize = spans.iter().map(|s| s.content.width()).sum();
    let help = app.bidi.cell(&tab_help());
    if used + help.width() <= area.width as usize {
        let gap = area.width as usize - used - help.width();
        spans.push(Span::raw(" ".repeat(gap)));
        spans.push(Span::raw(help));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn draw_footer(frame: &mut Frame, area: Rect, app: &App) {
    let text = match &app.message {
        Some((m, true)) => Line::from(Span::styled(
            format!(" ✖ {}", app.bidi.cell(m)),
            tone(Tone::Bad),
        )),
        Some((m, false)) => Line::from(format!(" {}", app.bidi.cell(m))),
        None => {
            let mut shown: Vec<keymap::Action> = Vec::new();
            let hints: Vec<String> = keymap::bindings(&app.contexts())
                .filter(|b| app.read_only.is_none() || !crate::tui::app::mutates(b.action))
                .filter_map(|b| {
                    let word = footer_word(b.action)?;
                    if shown.contains(&b.action) {
                        return None;
                    }
                    shown.push(b.action);
                    Some(app.bidi.cell(&format!("{} {word}", b.label)))
                })
                .collect();
            // Whole hints only: one cut in the middle says nothing.
            let mut line = String::new();
            for hint in hints {
                let next = if line.is_empty() {
                    format!(" {hint}")
                } else {
                    format!("{line} · {hint}")
                };
                if next.width() > area.width as usize {
                    break;
                }
                line = next;
            }
            Line::from(line)
        }
    };
    frame.render_widget(Paragraph::new(text).style(tone(Tone::Quiet)), area);
}

/// Where the plan's period stands on `today`, e.g. `day 5 of 90`: the
/// header's words for [`crate::present::days::plan_day`].
fn plan_day(p: &crate::domain::summary::PlanInfo, today: crate::domain::types::Date) -> String {
    match today.days_until(p.start) {
        1 => crate::t!("tui-header-starts-tomorrow"),
        n if n >= 2 => crate::t!("tui-header-starts-in", count = n),
        _ => crate::t!(
            "tui-header-day",
            day = (p.days_elapsed + 1).clamp(0, p.days_total + 1),
            total = p.days_total + 1
        ),
    }
}

/// The word the footer shows for an action; actions without one are only in help.
fn footer_word(action: keymap::Action) -> Option<String> {
    use keymap::Action as A;
    let id = match action {
        A::NextTab => "tab",
        A::Down => "move",
        A::Open => "edit",
        A::Add => "add",
        A::Delete => "delete",
        A::Filter => "filter",
        A::Search => "search",
        A::Save => "save",
        A::Help => "help",
        A::Quit => "quit",
        A::CycleStatus => "status",
        A::Timeline => "timeline",
        A::ToggleAction => "tick",
        A::GoToSource => "go to",
        A::Record => "record",
        A::HistDiff => "diff",
        A::ReviewNew => "new review",
        A::ReviewWalk => "review screen",
        A::ReviewHealth => "health",
        A::ReviewEdit => "edit",
        A::ReviewClose => "close review",
        A::HistMark => "mark",
        A::HistOpen => "open",
        A::HistTrend => "trend",
        A::HistMetric => "metric",
        A::CloseRevision => "back",
        A::Submit => "apply",
        A::Cancel => "cancel",
        A::NextField => "field",
        A::ChoiceNext => "choose",
        A::Yes => "yes",
        A::No => "no",
        _ => return None,
    };
    Some(crate::t!(&format!("tui-footer-{}", id.replace(' ', "-"))))
}

/// A count of days as the screens write it short, e.g. `12d`.
pub fn days(n: i64) -> String {
    crate::t!("tui-days", days = n)
}

/// A bordered box with a title.
pub fn boxed(title: &str) -> Block<'static> {
    Block::bordered().title(format!(" {} ", crate::tui::bidi::shown(title)))
}

/// Lines of text in a box, wrapped, right-to-left ones laid out by `bidi`.
pub fn text_box(frame: &mut Frame, area: Rect, title: &str, lines: Vec<Line<'_>>, bidi: Bidi) {
    let lines = bidi.lines(lines, area.width.saturating_sub(2), true);
    frame.render_widget(Clear, area);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(boxed(title)),
        area,
    );
}

/// Renders nothing when `Mode` has no popup.
pub fn has_popup(app: &App) -> bool {
    !matches!(app.mode, Mode::Normal)
}
