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
        return (crate::t!("tui-action"), Vec::new());
    };
    let row = crate::tui::actions::row(&a, app.today);
    let mut lines = vec![Line::from(Span::styled(a.text.to_string(), bold()))];
    let state = if a.late(app.today) {
        Span::styled(
            crate::t!(
                "tui-action-late-by",
                days = super::days(a.due.map_or(0, |d| d.days_until(app.today)))
            ),
            tone(Tone::Bad),
        )
    } else {
        Span::raw(row.cells[5].clone())
    };
    lines.push(Line::from(vec![
        Span::styled(format!("{}: ", crate::t!("tui-label-state")), bold()),
        state,
    ]));
    lines.push(field(&crate::t!("tui-label-owner"), opt(&a.owner)));
    lines.push(field(&crate::t!("tui-label-due"), opt(&a.due)));
    let source = match (a.review, a.meeting, a.incident) {
        (Some(date), ..) => format!("{} {date}", crate::t!("tui-kind-review")),
        (None, Some(_), _) => format!("{} {}", crate::t!("meet-kind-meeting"), row.cells[3]),
        (None, None, Some(_)) => format!("{} {}", crate::t!("meet-kind-incident"), row.cells[3]),
        (None, None, None) => format!("{} {}", crate::t!("tui-kind-milestone"), row.cells[3]),
    };
    lines.push(field(&crate::t!("tui-label-written-in"), source));
    if !row.cells[4].is_empty() {
        lines.push(field(
            &crate::t!("tui-label-corrects"),
            row.cells[4].clone(),
        ));
    }
    lines.push(Line::from(Span::styled(
        crate::t!("tui-action-keys"),
        tone(Tone::Quiet),
    )));
    (crate::t!("tui-action"), lines)
}
