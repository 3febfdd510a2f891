//! The people side of `status`, as text and as Markdown: reps in
//! training with their certification's due day, coaching overdue and
//! coaching the skills propose.

use std::fmt::Write;

use super::days::{days, Late};
use super::markdown::{code, md};
use crate::domain::model::Plan;
use crate::domain::people::{kind_label, skill_label, CoachingOverdue, PeopleStatus, Proposal};
use crate::domain::types::Date;
use crate::t;

/// How many lines each list shows in text before "… and N more".
const SHOWN: usize = 8;

/// A rep by name and id, or by id alone when people.yaml does not list them.
pub fn rep_words(plan: &Plan, rep: &str) -> String {
    match plan.people.rep(rep) {
        Some(r) => format!("{} ({rep})", r.name),
        None => rep.to_string(),
    }
}

/// "certification due 2026-06-01 (in 20d)", or late when past.
pub fn certification_words(due: Date, today: Date) -> String {
    if due < today {
        let late = Late::new(due, due.days_until(today)).sentence();
        t!("people-certification-late", late = late)
    } else {
        let when = days(today.days_until(due));
        t!(
            "people-certification-due-on",
            due = due.to_string(),
            when = when
        )
    }
}

/// "listening: guidance, due 2026-05-01, 10d late, owner dana".
pub fn overdue_words(c: &CoachingOverdue) -> String {
    let late = Late::new(c.due, c.days).sentence();
    let owner = c
        .owner
        .as_ref()
        .map(|o| t!("people-owner", owner = o.as_str()))
        .unwrap_or_default();
    t!(
        "people-coaching-overdue-line",
        skill = skill_label(c.skill),
        kind = kind_label(c.kind),
        late = late,
        owner = owner
    )
}

/// "empathy 2 on 2026-04-01: guidance" (or "the unit's weakest skill").
pub fn proposal_words(p: &Proposal) -> String {
    let why = match p.reason {
        crate::domain::people::Reason::Weak => t!(
            "people-proposed-weak",
            score = p.score,
            on = p.assessed.to_string()
        ),
        crate::domain::people::Reason::UnitWeakest => t!(
            "people-proposed-unit-weakest",
            score = p.score,
            on = p.assessed.to_string(),
            unit = p.unit.as_ref().map_or("", |u| u.as_str())
        ),
    };
    t!(
        "people-proposed-line",
        skill = skill_label(p.skill),
        why = why,
        kind = kind_label(p.kind)
    )
}

fn more(o: &mut String, n: usize) {
    if n > SHOWN {
        let _ = writeln!(o, "    {}", t!("cli-and-more", count = n - SHOWN));
    }
}

/// The two summary lines of the people side: reps by state, coaching by state.
pub fn summary_lines(s: &PeopleStatus) -> [String; 2] {
    [
        t!(
            "people-status-reps",
            count = s.reps,
            certified = s.certified,
            training = s.in_training.len()
        ),
        t!(
            "people-status-coaching",
            open = s.coaching_open,
            overdue = s.coaching_overdue.len(),
            proposed = s.coaching_proposed.len()
        ),
    ]
}

pub fn status_text(o: &mut String, plan: &Plan, s: &PeopleStatus, today: Date) {
    if s.is_empty() {
        return;
    }
    let _ = writeln!(o);
    let [reps, coaching] = summary_lines(s);
    let _ = writeln!(o, "{reps}");
    if !s.in_training.is_empty() {
        let _ = writeln!(o, "  {}", t!("people-status-in-training"));
        for r in s.in_training.iter().take(SHOWN) {
            let unit = r
                .unit
                .as_ref()
                .map(|u| format!(" · {u}"))
                .unwrap_or_default();
            let mark = if r.overdue { " !" } else { "" };
            let _ = writeln!(
                o,
                "    {} ({}){unit} · {} · {}{mark}",
                r.name,
                r.id,
                t!("people-started", start = r.start.to_string()),
                certification_words(r.certification_due, today)
            );
        }
        more(o, s.in_training.len());
    }
    let _ = writeln!(o, "{coaching}");
    if !s.coaching_overdue.is_empty() {
        let _ = writeln!(o, "  {}", t!("people-status-coaching-overdue"));
        for c in s.coaching_overdue.iter().take(SHOWN) {
            let rep = rep_words(plan, c.rep.as_str());
            let _ = writeln!(o, "    {rep}: {}", overdue_words(c));
        }
        more(o, s.coaching_overdue.len());
    }
    if !s.coaching_proposed.is_empty() {
        let _ = writeln!(o, "  {}", t!("people-status-coaching-proposed"));
        for p in s.coaching_proposed.iter().take(SHOWN) {
            let rep = rep_words(plan, p.rep.as_str());
            let _ = writeln!(o, "    {rep}: {}", proposal_words(p));
        }
        more(o, s.coaching_proposed.len());
    }
}

pub fn status_md(o: &mut String, plan: &Plan, s: &PeopleStatus, today: Date) {
    if s.is_empty() {
        return;
    }
    let _ = writeln!(o, "\n## {}\n", t!("people-md-head"));
    let [reps, coaching] = summary_lines(s);
    let _ = writeln!(o, "{reps}");
    if !s.in_training.is_empty() {
        let _ = writeln!(o, "\n**{}**\n", t!("people-status-in-training"));
        for r in &s.in_training {
            let unit = r
                .unit
                .as_ref()
                .map(|u| format!(" · {}", code(u.as_str())))
                .unwrap_or_default();
            let words = certification_words(r.certification_due, today);
            let words = if r.overdue {
                format!("**{}**", md(&words))
            } else {
                md(&words)
            };
            let _ = writeln!(
                o,
                "- {} {}{unit} · {} · {words}",
                md(&r.name),
                code(r.id.as_str()),
                md(&t!("people-started", start = r.start.to_string())),
            );
        }
    }
    let _ = writeln!(o, "\n{coaching}");
    if !s.coaching_overdue.is_empty() {
        let _ = writeln!(o, "\n**{}**\n", t!("people-status-coaching-overdue"));
        for c in &s.coaching_overdue {
            let rep = md(&rep_words(plan, c.rep.as_str()));
            let _ = writeln!(o, "- {rep}: {}", md(&overdue_words(c)));
        }
    }
    if !s.coaching_proposed.is_empty() {
        let _ = writeln!(o, "\n**{}**\n", t!("people-status-coaching-proposed"));
        for p in &s.coaching_proposed {
            let rep = md(&rep_words(plan, p.rep.as_str()));
            let _ = writeln!(o, "- {rep}: {}", md(&proposal_words(p)));
        }
    }
}
