//! The words of `charter exceptions`: what the committee must act on,
//! each with the corrective actions recorded for it, as the list the JSON
//! shows and as text or Markdown.

use std::fmt::Write;

use serde::Serialize;

use super::markdown::{code, md};
use super::number::{plain, rounded_opt};
use crate::domain::facts::{self, MetricState};
use crate::domain::model::Plan;
use crate::domain::report::{exceptions_with, Exception, ExceptionKind, Practice};
use crate::domain::routines::CommitNote;
use crate::domain::summary::PlanStatus;
use crate::domain::types::Date;
use crate::t;

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
    /// [`Item::note`] in the language shown (the JSON keeps it in English).
    #[serde(skip)]
    pub said: Option<String>,
    pub corrective_actions: Vec<Corrective>,
    pub missing_corrective_action: bool,
}

#[derive(Serialize)]
pub struct Corrective {
    /// The review that lists it, or the incident's date for an action item
    /// of the incident itself.
    pub review: Date,
    /// An action item of the incident itself, not of a review.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub incident: bool,
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
    say_notes(&mut items, plan, today, commits);
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
            said: None,
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
            incident: a.incident,
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
            said: None,
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
            said: None,
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
            said: None,
            corrective_actions: corrective,
            // Overdue coaching is itself the corrective step that is late.
            missing_corrective_action: missing && *practice != Practice::Coaching,
        },
    }
}

/// The routines' and tools' notes in the language shown: what
/// [`exceptions_with`] says of each in English, said again from the same
/// facts.
fn say_notes(items: &mut [Item], plan: &Plan, today: Date, commits: &[CommitNote]) {
    let routines = crate::domain::routines::routine_states(plan, today, commits);
    // Judged on the same readings as the exceptions: survey scores count.
    let figures = crate::domain::surveys::figures(plan);
    let trials = crate::domain::workshops::tool_trials(&figures, today);
    for i in items.iter_mut() {
        i.said = match i.kind {
            "routine" => routines
                .iter()
                .find(|r| r.id.as_str() == i.id)
                .map(|r| match r.last {
                    Some(last) => t!(
                        "cli-exc-routine-last",
                        every = r.every.as_str(),
                        last = last.to_string()
                    ),
                    None => t!("cli-exc-routine-never", every = r.every.as_str()),
                }),
            "tool" => trials.iter().find(|x| x.id.as_str() == i.id).map(|x| {
                t!(
                    "cli-exc-tool-note",
                    workshop = x.workshop.as_str(),
                    until = date_or_dash(x.trial_until),
                    results = super::method::trial_results(x)
                )
            }),
            "incident" => plan
                .incidents
                .incidents
                .iter()
                .find(|x| x.id.as_str() == i.id)
                .map(|x| {
                    let on = x.on.to_string();
                    if x.is_investigated() {
                        let done = x.actions_done();
                        t!(
                            "cli-exc-incident-actions",
                            on = on,
                            done = done,
                            count = x.actions.len()
                        )
                    } else {
                        t!("cli-exc-incident-not-investigated", on = on)
                    }
                }),
            "coaching" => crate::domain::people::coaching_of(plan, &i.id, today).map(|c| {
                let owner = c
                    .owner
                    .as_ref()
                    .map(|o| t!("people-owner", owner = o.as_str()))
                    .unwrap_or_default();
                t!(
                    "people-exc-coaching-note",
                    kind = crate::domain::people::kind_label(c.kind),
                    skill = crate::domain::people::skill_label(c.skill),
                    owner = owner
                )
            }),
            _ => None,
        };
    }
}

fn date_or_dash(d: Option<Date>) -> String {
    d.map_or("–".into(), |d| d.to_string())
}

/// An item's kind in words: metric, milestone, action, routine, tool.
fn kind_word(kind: &str) -> String {
    match kind {
        "metric" => t!("cli-exc-kind-metric"),
        "milestone" => t!("cli-exc-kind-milestone"),
        "action" => t!("cli-exc-kind-action"),
        "routine" => t!("cli-exc-kind-routine"),
        "tool" => t!("cli-exc-kind-tool"),
        "incident" => t!("cli-exc-kind-incident"),
        "coaching" => t!("people-exc-kind-coaching"),
        other => other.to_string(),
    }
}

/// What is wrong, in words: `exception: 21.9 (expected 15.2, alert 20)`.
fn what(i: &Item) -> String {
    let due = date_or_dash(i.due);
    let days = i.overdue_days.unwrap_or(0);
    match i.kind {
        "metric" => t!(
            "cli-exc-metric",
            state = if i.state == "exception" {
                t!("state-exception")
            } else {
                t!("state-behind")
            },
            latest = format!(
                "{}{}",
                rounded_opt(i.latest),
                match i.unit.as_deref() {
                    Some("%") => "%".to_string(),
                    Some(u) => format!(" {u}"),
                    None => String::new(),
                }
            ),
            expected = rounded_opt(i.expected),
            alert = i
                .alert
                .map(|a| format!(", {}", t!("cli-exc-alert", alert = plain(a))))
                .unwrap_or_default()
        ),
        "routine" => t!(
            "cli-exc-routine",
            count = days,
            due = due,
            note = i.said.as_deref().or(i.note.as_deref()).unwrap_or_default()
        ),
        "tool" => t!(
            "cli-exc-tool",
            count = days,
            due = due,
            note = i.said.as_deref().or(i.note.as_deref()).unwrap_or_default()
        ),
        "incident" => t!(
            "cli-exc-incident",
            count = days,
            note = i.said.as_deref().or(i.note.as_deref()).unwrap_or_default()
        ),
        "coaching" => t!(
            "people-exc-coaching",
            count = days,
            due = due,
            note = i.said.as_deref().or(i.note.as_deref()).unwrap_or_default()
        ),
        _ => t!("cli-exc-overdue", count = days, due = due),
    }
}

fn corrective_words(c: &Corrective) -> String {
    let mut who = Vec::new();
    if let Some(o) = &c.owner {
        who.push(o.clone());
    }
    if let Some(d) = c.due {
        who.push(t!("cli-due-on", due = d.to_string()));
    }
    who.push(if c.incident {
        t!("cli-source-incident", date = c.review.to_string())
    } else {
        t!("cli-source-review", date = c.review.to_string())
    });
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
        let _ = writeln!(s, "{}", t!("cli-exc-none", today = o.today.to_string()));
        return s;
    }
    let _ = writeln!(
        s,
        "{}{}{}{}{}",
        t!(
            "cli-exc-head",
            today = o.today.to_string(),
            metrics = t!("cli-exc-n-metrics", count = n("metric")),
            milestones = t!("cli-exc-n-milestones", count = n("milestone")),
            actions = t!("cli-exc-n-actions", count = n("action"))
        ),
        match n("routine") {
            0 => String::new(),
            r => format!(", {}", t!("cli-exc-n-routines", count = r)),
        },
        match n("tool") {
            0 => String::new(),
            x => format!(", {}", t!("cli-exc-n-tools", count = x)),
        },
        match n("incident") {
            0 => String::new(),
            x => format!(", {}", t!("cli-exc-n-incidents", count = x)),
        },
        match n("coaching") {
            0 => String::new(),
            x => format!(", {}", t!("people-exc-n-coaching", count = x)),
        }
    );
    for i in &o.exceptions {
        let mark = match i.state {
            "exception" => "!",
            "behind" => "▼",
            _ => "⌛",
        };
        let _ = writeln!(
            s,
            "{mark} {} {} · {} — {}",
            kind_word(i.kind),
            // An overdue action's id is where it is written, in words.
            if i.kind == "action" {
                super::method::source_words(&i.id)
            } else {
                i.id.clone()
            },
            i.title,
            what(i)
        );
        for c in &i.corrective_actions {
            let _ = writeln!(s, "    {}", corrective_words(c));
        }
        if i.missing_corrective_action {
            let how = match i.kind {
                "routine" | "tool" | "incident" | "coaching" => {
                    t!("cli-exc-how-named", id = i.id.as_str())
                }
                _ => t!("cli-exc-how-field", kind = i.kind, id = i.id.as_str()),
            };
            let _ = writeln!(s, "    ✖ {}", t!("cli-exc-missing", how = how));
        }
    }
    s
}

/// `exceptions --format markdown`.
pub fn markdown(o: &Output) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "# {}\n",
        t!("cli-exc-md-title", today = o.today.to_string())
    );
    if o.exceptions.is_empty() {
        let _ = writeln!(s, "{}", t!("cli-exc-md-none"));
        return s;
    }
    let _ = writeln!(s, "| | {} |", t!("cli-exc-md-head"));
    let _ = writeln!(s, "|---|---|---|---|");
    for i in &o.exceptions {
        let mut actions: Vec<String> = i
            .corrective_actions
            .iter()
            .map(|c| md(&corrective_words(c)))
            .collect();
        if i.missing_corrective_action {
            actions.push(format!("**{}**", t!("cli-exc-md-none-open")));
        }
        let _ = writeln!(
            s,
            "| {} | {} {} {} | {} | {} |",
            match i.state {
                "exception" => "❗",
                "behind" => "▼",
                _ => "⌛",
            },
            kind_word(i.kind),
            code(&i.id),
            md(&i.title),
            md(&what(i)),
            actions.join("<br>")
        );
    }
    s
}
