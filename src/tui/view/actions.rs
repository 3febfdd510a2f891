//! The Actions tab's detail pane: the selected action, where it is
//! written and what it corrects. (Its table is the list tabs' table.)

use ratatui::text::{Line, Span};

use super::list::{field, opt};
use super::{bold, tone};
use crate::domain::facts;
use crate::tui::app::App;
use crate::tui::rows::Tone;

/// The selected action of the Actions tab: where it is written, its
/// state, what it corrects, and the keys that act on it.
pub fn detail(app: &App) -> (String, Vec<Line<'static>>) {
    let Some(a) = app
        .selected_action()
        .and_then(|at| facts::plan_action(&app.plan, at))
    else {
        return ("Action".into(), Vec::new());
    };
    let row = crate::tui::actions::row(&a, app.today);
    let mut lines = vec![Line::from(Span::styled(a.text.to_string(), bold()))];
    let state = if a.late(app.today) {
        Span::styled(
            format!("late by {}d", a.due.map_or(0, |d| d.days_until(app.today))),
            tone(Tone::Bad),
        )
    } else {
        Span::raw(row.cells[5].clone())
    };
    lines.push(Line::from(vec![Span::styled("state: ", bold()), state]));
    lines.push(field("owner", opt(&a.owner)));
    lines.push(field("due", opt(&a.due)));
    let source = match a.review {
        Some(date) => format!("review {date}"),
        None => format!("milestone {}", row.cells[3]),
    };
    lines.push(field("written in", source));
    if !row.cells[4].is_empty() {
        lines.push(field("corrects", row.cells[4].clone()));
    }
    lines.push(Line::from(Span::styled(
        "enter: go to it · space: tick / untick",
        tone(Tone::Quiet),
    )));
    ("Action".into(), lines)
}
