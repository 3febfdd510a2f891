//! The words of `charter exceptions`: what the committee must act on,
//! each with the corrective actions recorded for it, as the list the JSON
//! shows and as text or Markdown.

use std::fmt::Write;

use serde::Serialize;

use super::markdown::{code, md};
use super::number::{plain, rounded_opt};
use crate::domain::facts::{self, MetricState};
use crate::domain::model::Plan;
use crate::domain::report::{exceptions_with, Exception, ExceptionKind};
use crate::domain::routines::CommitNote;
use crate::domain::summary::PlanStatus;
use crate::domain::types::Date;

/// One line of the list, as JSON.
#[derive(Serialize)]
pub struct Item {
    pub kind: &'static str,
    pub id: String,
    pub title: String,
    /// `exception`, `behind` or `overdue`.
    pub state: &'static str,
    pub latest: Option<f64>,
    pub expected: Option<f64>,
    pub alert: Option<f64>,
    pub unit: Option<String>,
    pub due: Option<Date>,
    pub overdue_days: Option<i64>,
    /// For a late routine or an undecided tool: what is known of it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub corrective_actions: Vec<Corrective>,
    pub missing_corrective_action: bool,
}

#[derive(Serialize)]
pub struct Corrective {
    pub review: Date,
    pub text: String,
    pub owner: Option<String>,
    pub due: Option<Date>,
    pub done: bool,
}

#[derive(Serialize)]
pub struct Output {
    pub today: Date,
    pub exceptions: Vec<Item>,
}

/// The exceptions on `today`: metrics, milestones, late routines (held as
/// `commits` may say) and undecided tools from the plan's status, then the
/// open actions past their due date.
pub fn list(plan: &Plan, status: &PlanStatus, today: Date, commits: &[CommitNote]) -> Output {
    let mut items: Vec<Item> = exceptions_with(plan, status, today, commits)
        .iter()
        .map(item)
        .collect();
    for action in facts::open_actions(plan) {
        let Some(due) = action.due.filter(|d| *d < today) else {
            continue;
        };
        items.push(Item {
            kind: "action",
            id: action.source.clone(),
            title: action.text.clone(),
            state: "overdue",
            latest: None,
            expected: None,
            alert: None,
            unit: None,
            due: Some(due),
            overdue_days: Some(due.days_until(today)),
            note: None,
            corrective_actions: Vec::new(),
            missing_corrective_action: false,
        });
    }
    Output {
        today,
        exceptions: items,
    }
}

fn item(e: &Exception) -> Item {
    let corrective: Vec<Corrective> = e
        .actions
        .iter()
        .map(|a| Corrective {
            review: a.review,
            text: a.action.text.clone(),
            owner: a.action.owner.as_ref().map(ToString::to_string),
            due: a.action.due,
            done: a.action.done,
        })
        .collect();
    let missing = e.lacks_open_action();
    match &e.kind {
        ExceptionKind::Metric {
            name,
            state,
            latest,
            expected,
            alert,
            unit,
        } => Item {
            kind: "metric",
            id: e.id.to_string(),
            title: name.clone(),
            state: if *state == MetricState::Exception {
                "exception"
            } else {
                "behind"
            },
            latest: *latest,
            expected: *expected,
            alert: *alert,
            unit: unit.clone(),
            due: None,
            overdue_days: None,
            note: None,
            corrective_actions: corrective,
            missing_corrective_action: missing,
        },
        ExceptionKind::Milestone {
            title,
            due,
            overdue_days,
        } => Item {
            kind: "milestone",
            id: e.id.to_string(),
            title: title.clone(),
            state: "overdue",
            latest: None,
            expected: None,
            alert: None,
            unit: None,
            due: Some(*due),
            overdue_days: Some(*overdue_days),
            note: None,
            corrective_actions: corrective,
            missing_corrective_action: missing,
        },
        ExceptionKind::Practice {
            practice,
            title,
            due,
            overdue_days,
            summary,
        } => Item {
            kind: practice.as_str(),
            id: e.id.to_string(),
            title: title.clone(),
            state: practice.state(),
            latest: None,
            expected: None,
            alert: None,
            unit: None,
            due: Some(*due),
            overdue_days: Some(*overdue_days),
            note: Some(summary.clone()),
            corrective_actions: corrective,
            missing_corrective_action: missing,
        },
    }
}

/// What is wrong, in words: `exception: 21.9 (expected 15.2, alert 20)`.
fn what(i: &Item) -> String {
    match i.kind {
        "metric" => format!(
            "{}: {}{} (expected {}{})",
            i.state,
            rounded_opt(i.latest),
            match i.unit.as_deref() {
                Some("%") => "%".to_string(),
                Some(u) => format!(" {u}"),
                None => String::new(),
            },
            rounded_opt(i.expected),
            i.alert
                .map(|a| format!(", alert {}", plain(a)))
                .unwrap_or_default()
        ),
        "routine" | "tool" => format!(
            "{} {} days (due {}): {}",
            i.state,
            i.overdue_days.unwrap_or(0),
            i.due.map_or("–".into(), |d| d.to_string()),
            i.note.as_deref().unwrap_or_default()
        ),
        _ => format!(
            "{} days overdue (due {})",
            i.overdue_days.unwrap_or(0),
            i.due.map_or("–".into(), |d| d.to_string())
        ),
    }
}

fn corrective_words(c: &Corrective) -> String {
    let mut who = Vec::new();
    if let Some(o) = &c.owner {
        who.push(o.clone());
    }
    if let Some(d) = c.due {
        who.push(format!("due {d}"));
    }
    who.push(format!("review {}", c.review));
    format!(
        "{} {} ({})",
        if c.done { "☑" } else { "☐" },
        c.text,
        who.join(", ")
    )
}

/// `exceptions` as text.
pub fn text(o: &Output) -> String {
    let mut s = String::new();
    let n = |kind: &str| o.exceptions.iter().filter(|i| i.kind == kind).count();
    if o.exceptions.is_empty() {
        let _ = writeln!(
            s,
            "no exceptions on {}: every metric on track or without data, nothing overdue",
            o.today
        );
        return s;
    }
    let _ = writeln!(
        s,
        "Exceptions on {}: {} metric(s), {} milestone(s), {} action(s) overdue{}{}",
        o.today,
        n("metric"),
        n("milestone"),
        n("action"),
        match n("routine") {
            0 => String::new(),
            r => format!(", {r} routine(s) late"),
        },
        match n("tool") {
            0 => String::new(),
            t => format!(", {t} tool(s) undecided"),
        }
    );
    for i in &o.exceptions {
        let mark = match i.state {
            "exception" => "!",
            "behind" => "▼",
            _ => "⌛",
        };
        let _ = writeln!(s, "{mark} {} {} · {} — {}", i.kind, i.id, i.title, what(i));
        for c in &i.corrective_actions {
            let _ = writeln!(s, "    {}", corrective_words(c));
        }
        if i.missing_corrective_action {
            let how = match i.kind {
                "routine" | "tool" => format!("an action whose text names `{}`", i.id),
                _ => format!("an action with `{}: {}`", i.kind, i.id),
            };
            let _ = writeln!(
                s,
                "    ✖ no open corrective action: record one in the next review ({how})"
            );
        }
    }
    s
}

/// `exceptions --format markdown`.
pub fn markdown(o: &Output) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "# Exceptions on {}\n", o.today);
    if o.exceptions.is_empty() {
        let _ = writeln!(
            s,
            "No exceptions: every metric on track or without data, nothing overdue."
        );
        return s;
    }
    let _ = writeln!(s, "| | item | what | corrective actions |");
    let _ = writeln!(s, "|---|---|---|---|");
    for i in &o.exceptions {
        let mut actions: Vec<String> = i
            .corrective_actions
            .iter()
            .map(|c| md(&corrective_words(c)))
            .collect();
        if i.missing_corrective_action {
            actions.push("**none open**".into());
        }
        let _ = writeln!(
            s,
            "| {} | {} {} {} | {} | {} |",
            match i.state {
                "exception" => "❗",
                "behind" => "▼",
                _ => "⌛",
            },
            i.kind,
            code(&i.id),
            md(&i.title),
            md(&what(i)),
            actions.join("<br>")
        );
    }
    s
}
