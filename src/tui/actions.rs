//! The Actions tab: every action of the milestones and the reviews in one
//! register, as [`facts::plan_actions`] counts them (a review action
//! carried over from review to review is one row, as the latest review
//! left it), with the list filters of the other tabs.

use super::items::Kind;
use super::rows::{self, Row, Term, Tone};
use crate::domain::facts::{self, ActionAt, PlanAction};
use crate::domain::model::Plan;
use crate::domain::types::Date;

/// The row of one action: what, owner, due (`!` when late), source,
/// link, done. The row's kind and index are its milestone or review.
pub fn row(a: &PlanAction, today: Date) -> Row {
    let late = a.late(today);
    let due = match a.due {
        Some(d) if late => format!("{d} !"),
        Some(d) => d.to_string(),
        None => String::new(),
    };
    let (kind, index) = source_of(a.at);
    // The source column is a review's date or a milestone's id: the
    // detail says which in words.
    let source = match (a.review, a.meeting, a.incident) {
        (Some(date), ..) => date.to_string(),
        (None, Some((routine, on)), _) => format!("{routine} {on}"),
        (None, None, Some(id)) => id.to_string(),
        (None, None, None) => a.milestone.map(|m| m.to_string()).unwrap_or_default(),
    };
    // A milestone's action belongs to its milestone; a review's action
    // may correct a metric or a milestone.
    let link = match (a.at, a.metric, a.milestone) {
        (ActionAt::Milestone(..), _, _) => String::new(),
        (_, Some(metric), Some(m)) => format!(
            "{} {metric}, {} {m}",
            crate::t!("tui-kind-metric"),
            crate::t!("tui-kind-milestone")
        ),
        (_, Some(metric), None) => format!("{} {metric}", crate::t!("tui-kind-metric")),
        (_, None, Some(m)) => format!("{} {m}", crate::t!("tui-kind-milestone")),
        (_, None, None) => String::new(),
    };
    let done = if a.done {
        format!("✔ {}", crate::t!("tui-action-done"))
    } else if a.open {
        format!("○ {}", crate::t!("tui-action-open"))
    } else {
        // Not ticked, but its milestone is done or cancelled.
        format!("– {}", crate::t!("tui-action-closed"))
    };
    let tone = if late {
        Tone::Bad
    } else if a.open {
        Tone::Normal
    } else {
        Tone::Quiet
    };
    Row {
        kind,
        index,
        cells: vec![
            a.text.to_string(),
            a.owner.map(|o| o.to_string()).unwrap_or_default(),
            due,
            source,
            link,
            done.to_string(),
        ],
        tone,
    }
}

/// The item an action is written in: its milestone or its review.
pub fn source_of(at: ActionAt) -> (Kind, usize) {
    match at {
        ActionAt::Milestone(m, _) => (Kind::Milestone, m),
        ActionAt::Review(r, _) => (Kind::Review, r),
        ActionAt::Incident(i, _) => (Kind::Incident, i),
        ActionAt::Meeting(r, _, _) => (Kind::Routine, r),
    }
}

/// Whether action `a` passes every term of a filter.
fn passes(a: &PlanAction, today: Date, row: &Row, terms: &[Term]) -> bool {
    let same = |id: Option<&crate::domain::types::Id>, value: &str| {
        id.is_some_and(|id| rows::field_matches(id.as_str(), value))
    };
    terms.iter().all(|term| match term {
        Term::Text(text) => rows::cells_hold(&row.cells, text),
        Term::Overdue => a.late(today),
        Term::Open => a.open,
        Term::Field(field, value) => match *field {
            "owner" => same(a.owner, value),
            "metric" => same(a.metric, value),
            "milestone" => same(a.milestone, value),
            _ => false,
        },
    })
}

/// The plan's actions that pass `filter`, in display order.
pub fn ordered(
    plan: &Plan,
    today: Date,
    filter: &str,
    sort: usize,
    reverse: bool,
) -> Vec<ActionAt> {
    let terms = rows::terms_of(super::app::Tab::Actions, filter);
    if terms.is_empty() && sort == 0 {
        // As written, unfiltered: no row needs its cells.
        let mut all: Vec<ActionAt> = facts::plan_actions(plan).iter().map(|a| a.at).collect();
        if reverse {
            all.reverse();
        }
        return all;
    }
    let mut shown: Vec<(ActionAt, Row)> = facts::plan_actions(plan)
        .iter()
        .filter_map(|a| {
            let r = row(a, today);
            passes(a, today, &r, &terms).then_some((a.at, r))
        })
        .collect();
    rows::sort_by_column(&mut shown, |(_, r)| &r.cells, sort, reverse);
    shown.into_iter().map(|(at, _)| at).collect()
}

/// The rows of the actions at `at`, for drawing.
pub fn rows_of(plan: &Plan, today: Date, at: &[ActionAt]) -> Vec<Row> {
    at.iter()
        .filter_map(|at| facts::plan_action(plan, *at))
        .map(|a| row(&a, today))
        .collect()
}
