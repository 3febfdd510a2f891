//! Popups over the screen: help, forms, prompts, confirmations, pickers.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

use super::{bold, fit, pad, selected_style, text_box, tone};
use crate::tui::app::{App, Chooser, Form, Mode, PromptFor};
use crate::tui::bidi::Bidi;
use crate::tui::items::FieldKind;
use crate::tui::items::{field_label as label, shown_choice};
use crate::tui::keymap::{self, Context};
use crate::tui::rows::Tone;

/// Every key that applies on `tab`, by context, from the one keymap.
pub fn help_lines(tab: crate::tui::app::Tab) -> Vec<Line<'static>> {
    let mut contexts = vec![Context::Global];
    contexts.extend(match tab {
        crate::tui::app::Tab::Milestones => vec![Context::List, Context::Milestones],
        crate::tui::app::Tab::Charter => vec![Context::List, Context::Charter],
        crate::tui::app::Tab::Metrics => vec![Context::List, Context::Metrics],
        crate::tui::app::Tab::Overview => vec![],
        crate::tui::app::Tab::Actions => vec![Context::Actions],
        crate::tui::app::Tab::History => vec![Context::History, Context::ReadOnly],
        crate::tui::app::Tab::Reviews => vec![Context::Reviews, Context::Review, Context::List],
        crate::tui::app::Tab::People => vec![Context::List, Context::People],
        _ => vec![Context::List],
    });
    contexts.extend([
        Context::Choose,
        Context::Form,
        Context::Text,
        Context::Prompt,
        Context::Pick,
        Context::Confirm,
    ]);
    let mut lines = Vec::new();
    for ctx in contexts {
        let heading = match ctx {
            Context::Global => crate::t!("tui-help-everywhere"),
            Context::List => crate::t!("tui-help-in-lists"),
            Context::Milestones => crate::t!("tui-help-milestones"),
            Context::Charter => crate::t!("tui-help-charter"),
            Context::Metrics => crate::t!("tui-help-metrics"),
            Context::Form => crate::t!("tui-help-in-forms"),
            Context::Text => crate::t!("tui-help-typing"),
            Context::Prompt => crate::t!("tui-help-in-prompts"),
            Context::Pick => crate::t!("tui-help-in-search"),
            Context::Confirm => crate::t!("tui-help-when-asked"),
            Context::History => crate::t!("tui-help-history"),
            Context::Reviews => crate::t!("tui-help-reviews"),
            Context::Review => crate::t!("tui-help-review-screen"),
            Context::ReadOnly => crate::t!("tui-help-read-only"),
            Context::Choose => crate::t!("tui-help-choose"),
            Context::Actions => crate::t!("tui-help-actions"),
            Context::People => crate::t!("meet-help-people"),
            _ => String::new(),
        };
        lines.push(Line::from(Span::styled(heading, bold())));
        for b in keymap::bindings(&[ctx]) {
            lines.push(Line::from(format!(
                "  {} {}",
                pad(b.label, 10),
                b.describe()
            )));
        }
    }
    lines
}

/// A rectangle of at most `w`×`h` centred in `area`.
fn centred(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    match &app.mode {
        Mode::Normal | Mode::Review(_) => {}
        Mode::Help(scroll) => {
            let lines: Vec<Line> = help_lines(app.tab)
                .into_iter()
                .skip(*scroll as usize)
                .collect();
            text_box(
                frame,
                centred(area, 76, area.height.saturating_sub(2)),
                &crate::t!("tui-help-title"),
                lines,
                app.bidi,
            );
        }
        Mode::Form(form) => draw_form(frame, area, form, app.bidi),
        Mode::Choose(chooser) => draw_chooser(frame, area, chooser, app.bidi),
        Mode::Prompt(p) => {
            let filter = p.purpose == PromptFor::Filter;
            let rect = centred(area, 90, if filter { 5 } else { 4 });
            let inner = rect.width.saturating_sub(2) as usize;
            let (shown, column) = app.bidi.window(&p.text, p.cursor, inner);
            // Laid out already: the text in visual order, the cursor on it.
            let mut lines = vec![Line::from(shown).left_aligned()];
            if filter {
                lines.push(Line::from(Span::styled(
                    crate::tui::rows::filter_hint(app.tab),
                    tone(Tone::Quiet),
                )));
            }
            lines.push(Line::from(Span::styled(
                crate::t!("tui-prompt-hint"),
                tone(Tone::Quiet),
            )));
            text_box(frame, rect, &app.bidi.cell(&p.title), lines, app.bidi);
            put_cursor(frame, rect, 0, column);
        }
        Mode::Confirm(c) => {
            let mut lines = vec![Line::from(Span::styled(c.question.clone(), bold()))];
            lines.extend(c.details.iter().map(|d| Line::from(format!("  {d}"))));
            lines.push(Line::from(Span::styled(
                crate::t!("tui-confirm-hint"),
                tone(Tone::Quiet),
            )));
            let h = (lines.len() as u16 + 2).min(area.height);
            text_box(
                frame,
                centred(area, 80, h),
                &crate::t!("tui-confirm-title"),
                lines,
                app.bidi,
            );
        }
        Mode::Pick(p) => {
            let h = area.height.saturating_sub(4).max(3);
            let w = area.width.saturating_sub(8).max(10);
            let mut lines = Vec::new();
            if p.searchable {
                let (shown, column) =
                    app.bidi
                        .window(&p.query, p.query.len(), w.saturating_sub(3) as usize);
                lines.push(Line::from(format!("/{shown}")).left_aligned());
                put_cursor(frame, centred(area, w, h), 0, column + 1);
            }
            let room = (h as usize).saturating_sub(2 + lines.len());
            let first = if room == 0 {
                0
            } else {
                p.selected - p.selected % room
            };
            for (n, (text, _)) in p.choices.iter().enumerate().skip(first).take(room) {
                let style = if n == p.selected {
                    selected_style()
                } else {
                    tone(Tone::Normal)
                };
                lines.push(Line::from(Span::styled(
                    fit(text, w.saturating_sub(2) as usize),
                    style,
                )));
            }
            if p.choices.is_empty() {
                lines.push(Line::from(Span::styled(
                    crate::t!("tui-pick-nothing-found"),
                    tone(Tone::Quiet),
                )));
            }
            text_box(
                frame,
                centred(area, w, h),
                &format!("{} ({})", app.bidi.cell(&p.title), p.choices.len()),
                lines,
                app.bidi,
            );
        }
    }
}

/// The add chooser: each kind with its key, the tab's own kinds first
/// and apart, in two columns when the screen is wide enough for them.
fn draw_chooser(frame: &mut Frame, area: Rect, chooser: &Chooser, bidi: Bidi) {
    let entry = |n: usize| {
        let (kind, key) = chooser.choices[n];
        let style = if n == chooser.selected {
            selected_style()
        } else {
            tone(Tone::Normal)
        };
        (format!(" {key}  {}", kind.word()), style)
    };
    const COLUMN: usize = 30;
    let two = area.width as usize >= 2 * COLUMN + 4;
    let per_row = if two { 2 } else { 1 };
    // A row is a heading (None) or the choices shown side by side.
    let mut rows: Vec<(Option<&str>, Vec<usize>)> = Vec::new();
    let others = if chooser.own == 0 {
        crate::t!("tui-add-every-kind")
    } else {
        crate::t!("tui-add-elsewhere")
    };
    let this_tab = crate::t!("tui-add-this-tab");
    for (heading, group) in [
        (this_tab.as_str(), 0..chooser.own),
        (others.as_str(), chooser.own..chooser.choices.len()),
    ] {
        let group: Vec<usize> = group.collect();
        if group.is_empty() {
            continue;
        }
        rows.push((Some(heading), Vec::new()));
        let height = group.len().div_ceil(per_row);
        for r in 0..height {
            // Column-wise: the first half down the left, the rest down the right.
            let row = (0..per_row)
                .filter_map(|c| group.get(c * height + r).copied())
                .collect();
            rows.push((None, row));
        }
    }
    let width = if two { 2 * COLUMN + 2 } else { COLUMN + 2 };
    // The borders and the hint take three lines; the rest scrolls to the cursor.
    let room = (area.height as usize).saturating_sub(3).max(1);
    let at = rows
        .iter()
        .position(|(_, r)| r.contains(&chooser.selected))
        .unwrap_or(0);
    let first = (at + 1).saturating_sub(room);
    let mut lines = Vec::new();
    for (heading, row) in rows.iter().skip(first).take(room) {
        if let Some(heading) = heading {
            lines.push(Line::from(Span::styled(*heading, bold())));
            continue;
        }
        let spans: Vec<Span> = row
            .iter()
            .map(|&i| {
                let (text, style) = entry(i);
                Span::styled(pad(&text, COLUMN), style)
            })
            .collect();
        lines.push(Line::from(spans));
    }
    lines.push(Line::from(Span::styled(
        crate::t!("tui-add-hint"),
        tone(Tone::Quiet),
    )));
    let h = (lines.len() as u16 + 2).min(area.height);
    text_box(
        frame,
        centred(area, width as u16, h),
        &crate::t!("tui-add-title"),
        lines,
        bidi,
    );
}

/// Puts the terminal's cursor at `column` of line `row` inside the box
/// `rect`, when that cell is inside the box.
fn put_cursor(frame: &mut Frame, rect: Rect, row: usize, column: usize) {
    let inner_w = rect.width.saturating_sub(2) as usize;
    let inner_h = rect.height.saturating_sub(2) as usize;
    if column < inner_w && row < inner_h {
        frame.set_cursor_position((rect.x + 1 + column as u16, rect.y + 1 + row as u16));
    }
}

/// A form: one line per field (label, text, a hint for the focused one),
/// its error under it, then the problems of the whole item. The focused
/// field shows the part of its text around the cursor; the form scrolls
/// so that the focused field is in view.
fn draw_form(frame: &mut Frame, area: Rect, form: &Form, bidi: Bidi) {
    let label_w = form
        .fields
        .iter()
        .map(|(f, _)| label(f.key).width())
        .max()
        .unwrap_or(4)
        + 2;
    let box_w = 90.min(area.width);
    let inner_w = box_w.saturating_sub(2) as usize;
    let room = inner_w.saturating_sub(label_w);
    let mut lines = Vec::new();
    let mut cursor = (0, 0);
    for (n, (field, text)) in form.fields.iter().enumerate() {
        let focused = n == form.focus;
        let hint = match field.kind {
            FieldKind::Choice(words) if focused => format!(
                "  ({})",
                words
                    .iter()
                    .map(|w| shown_choice(words, w))
                    .collect::<Vec<_>>()
                    .join(" | ")
            ),
            FieldKind::Ref(_) | FieldKind::Refs(_) if focused => {
                format!("  ({})", crate::t!("tui-form-hint-ref"))
            }
            FieldKind::Date if focused => "  (YYYY-MM-DD)".into(),
            FieldKind::Duration if focused => "  (4w, 1m, 1q…)".into(),
            FieldKind::LongText | FieldKind::Lines if focused => "  (^o: $EDITOR)".into(),
            FieldKind::Words if focused => format!("  ({})", crate::t!("tui-form-hint-words")),
            FieldKind::Dates if focused => {
                format!("  (YYYY-MM-DD, {})", crate::t!("tui-form-hint-words"))
            }
            FieldKind::Range if focused => "  (MIN MAX)".into(),
            FieldKind::Bool if focused => format!("  ({})", crate::t!("tui-form-hint-bool")),
            _ => String::new(),
        };
        let required = if field.required { "*" } else { " " };
        let label = Span::styled(
            pad(&format!("{required}{}", label(field.key)), label_w),
            bold(),
        );
        if focused {
            // The hint gives way to the text when the field is narrow.
            let hint_w = hint.chars().count();
            let (width, hint) = if room >= hint_w + 12 {
                (room - hint_w, hint)
            } else {
                (room, String::new())
            };
            let (shown, column) = match field.kind {
                // A choice shows its word; the cursor stays after it.
                FieldKind::Choice(words) if shown_choice(words, text) != *text => {
                    let word = shown_choice(words, text);
                    let end = word.chars().count();
                    bidi.window(&word, end, width)
                }
                _ => bidi.window(text, form.cursor, width),
            };
            cursor = (lines.len(), label_w + column);
            let gap = width.saturating_sub(shown.width());
            // A field's line is laid out here: its text in visual order
            // with the cursor on it, the label and hint where they belong.
            lines.push(
                Line::from(vec![
                    label,
                    Span::styled(shown, selected_style()),
                    Span::styled(" ".repeat(gap.min(1)), selected_style()),
                    Span::raw(" ".repeat(gap.saturating_sub(1))),
                    Span::styled(hint, tone(Tone::Quiet)),
                ])
                .left_aligned(),
            );
        } else {
            let shown = match field.kind {
                FieldKind::Choice(words) => shown_choice(words, text),
                _ => text.replace('\n', " ⏎ "),
            };
            lines.push(
                Line::from(vec![
                    label,
                    Span::styled(bidi.cell(&fit(&shown, room)), tone(Tone::Normal)),
                ])
                .left_aligned(),
            );
        }
        if let Some(e) = &form.errors[n] {
            lines.push(Line::from(Span::styled(
                fit(&format!("{}✖ {e}", " ".repeat(label_w)), inner_w),
                tone(Tone::Bad),
            )));
        }
    }
    for p in &form.problems {
        lines.push(Line::from(Span::styled(format!("✖ {p}"), tone(Tone::Bad))));
    }
    lines.push(Line::from(Span::styled(
        crate::t!("tui-form-hint"),
        tone(Tone::Quiet),
    )));

    let h = (lines.len() as u16 + 2).min(area.height);
    // Scroll the form so that the focused field is in view.
    let inner_h = h.saturating_sub(2) as usize;
    let first = (cursor.0 + 1).saturating_sub(inner_h);
    let lines: Vec<Line> = lines.into_iter().skip(first).collect();
    let rect = centred(area, box_w, h);
    text_box(
        frame,
        rect,
        &if form.index.is_some() {
            crate::t!("tui-form-edit-title", kind = form.kind.word())
        } else {
            crate::t!("tui-form-add-title", kind = form.kind.word())
        },
        lines,
        bidi,
    );
    put_cursor(frame, rect, cursor.0 - first, cursor.1);
}
