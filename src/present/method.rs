//! The method's parts in words, for `status` and the Markdown report:
//! each unit against its own target, the management routines' cadence and
//! the workshop tools on trial. Text and Markdown come from the same
//! facts ([`crate::domain::summary::PlanStatus`]).

use std::fmt::Write;

use super::days::Late;
use super::labels::{state_label, state_mark};
use super::markdown::{code, md};
use crate::domain::breakdown::{period_word, PeriodResult, UnitResult};
use crate::domain::routines::RoutineState;
use crate::domain::summary::UnitSkillsSummary;
use crate::domain::types::Date;
use crate::domain::words::cut;
use crate::domain::workshops::{self, ToolTrial, TrialState};
use crate::present::number::{rounded, rounded_opt};
use crate::t;

/// "month 2026-11", "week 2026-W47", or "latest" without a period.
pub fn period_of(u: &UnitResult) -> String {
    match u.period {
        Some(p) => format!(
            "{} {}",
            crate::i18n::code("period", period_word(p)),
            u.current.label
        ),
        None => t!("cli-unit-latest"),
    }
}

/// "2026-04-06 (held)": when a routine was last held and what says so.
pub fn last_held(r: &RoutineState) -> Option<String> {
    match (&r.last, &r.last_from) {
        (Some(d), Some(from)) => Some(format!("{d} ({})", source_words(from))),
        _ => None,
    }
}

/// "haifa-t1 (Haifa tier 1) · month 2026-11" or "haifa-t1 · latest".
pub fn unit_head(u: &UnitResult) -> String {
    let name = u
        .unit_name
        .as_deref()
        .map(|n| format!(" ({})", cut(n, 28)))
        .unwrap_or_default();
    format!("{}{name} · {}", u.unit, period_of(u))
}

/// "62 of 72 ▼ behind (2 readings)".
pub fn unit_value(u: &UnitResult) -> String {
    let c = &u.current;
    let readings = match (u.period, c.readings) {
        (Some(_), 0) => format!(" ({})", t!("cli-unit-no-readings")),
        (Some(_), n) => format!(" ({})", t!("cli-readings", count = n)),
        (None, _) => String::new(),
    };
    format!(
        "{} {}{readings}",
        t!(
            "cli-value-of-target",
            value = rounded_opt(c.value),
            target = rounded(u.target)
        ),
        state_label(c.state)
    )
}

/// "2026-10 75 ✔, 2026-09 70 ▼": how the past periods went.
pub fn unit_past(past: &[PeriodResult]) -> String {
    past.iter()
        .map(|p| {
            format!(
                "{} {} {}",
                p.label,
                rounded_opt(p.value),
                state_mark(p.state)
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The lines under a metric in `status`: one per unit.
pub fn breakdown_text(o: &mut String, units: &[UnitResult]) {
    for u in units {
        let past = if u.past.is_empty() {
            String::new()
        } else {
            format!(" · {}", t!("cli-unit-before", past = unit_past(&u.past)))
        };
        let _ = writeln!(o, "      └ {}: {}{past}", unit_head(u), unit_value(u));
    }
}

pub fn breakdown_md(o: &mut String, metric: &str, units: &[UnitResult]) {
    if units.is_empty() {
        return;
    }
    let _ = writeln!(o, "\n{}\n", t!("cli-md-by-unit", metric = md(metric)));
    let _ = writeln!(
        o,
        "| {} |\n|---|---|---:|---:|---|---|",
        t!("cli-md-by-unit-head")
    );
    for u in units {
        let name = u
            .unit_name
            .as_deref()
            .map(|n| format!(" {}", md(n)))
            .unwrap_or_default();
        let _ = writeln!(
            o,
            "| {}{name} | {} | {} | {} | {} | {} |",
            code(u.unit.as_str()),
            period_of(u),
            rounded_opt(u.current.value),
            rounded(u.target),
            state_label(u.current.state),
            unit_past(&u.past)
        );
    }
}

/// "every 1m · last 2026-09-01 (held) · due 2026-10-01, 54d late".
pub fn routine_line(r: &RoutineState, today: Date) -> String {
    let last = last_held(r).map_or_else(
        || t!("cli-routine-not-held"),
        |l| t!("cli-routine-last", last = l),
    );
    let next = if r.late {
        Late::new(r.next, r.days_late).sentence()
    } else {
        let days = today.days_until(r.next);
        t!(
            "cli-routine-next",
            next = r.next.to_string(),
            when = super::days::days(days)
        )
    };
    format!(
        "{} · {last} · {next}{}",
        t!("cli-routine-every", every = r.every.as_str()),
        attendance_words(r)
            .map(|a| format!(" · {a}"))
            .unwrap_or_default()
    )
}

/// A routine's attendance at its recorded meetings, in words: "attendance
/// 75% over 4 meetings"; None when it expects no one or no meeting
/// recorded who came.
pub fn attendance_words(r: &RoutineState) -> Option<String> {
    let a = r.attendance?;
    Some(t!(
        "meet-status-attendance",
        percent = (a.rate() * 100.0).round() as i64,
        count = a.meetings
    ))
}

/// The open incidents, for `charter status`.
pub fn incidents_text(o: &mut String, incidents: &[crate::domain::summary::IncidentStatus]) {
    if incidents.is_empty() {
        return;
    }
    let _ = writeln!(o);
    let _ = writeln!(
        o,
        "{}",
        t!("meet-status-incidents", count = incidents.len())
    );
    let id_w = width(incidents.iter().map(|x| x.id.as_str()));
    for x in incidents {
        let _ = writeln!(
            o,
            "  ! {:<id_w$}  {}  {} · {}",
            x.id.as_str(),
            x.on,
            cut(&x.title, 48),
            incident_state(x)
        );
    }
}

/// The open incidents, for `charter status --format md`.
pub fn incidents_md(o: &mut String, incidents: &[crate::domain::summary::IncidentStatus]) {
    if incidents.is_empty() {
        return;
    }
    let _ = writeln!(
        o,
        "\n## {} ({})\n",
        t!("meet-md-incidents"),
        incidents.len()
    );
    for x in incidents {
        let _ = writeln!(
            o,
            "- {} ({}), {}: {}",
            md(&x.title),
            code(x.id.as_str()),
            x.on,
            md(&incident_state(x))
        );
    }
}

fn incident_state(x: &crate::domain::summary::IncidentStatus) -> String {
    if x.investigated {
        t!("meet-status-incident-actions", count = x.open_actions)
    } else {
        t!("meet-status-incident-not-investigated")
    }
}

pub fn routines_text(o: &mut String, routines: &[RoutineState], today: Date) {
    if routines.is_empty() {
        return;
    }
    let late = routines.iter().filter(|r| r.late).count();
    let late = if late > 0 {
        format!(" · {}", t!("cli-routines-late", count = late))
    } else {
        String::new()
    };
    let _ = writeln!(o);
    let _ = writeln!(o, "{}{late}", t!("cli-routines", count = routines.len()));
    let id_w = width(routines.iter().map(|r| r.id.as_str()));
    let name_w = routines
        .iter()
        .map(|r| r.name.chars().count().min(32))
        .max()
        .unwrap_or(0);
    for r in routines {
        let _ = writeln!(
            o,
            "  {} {:<id_w$}  {:<name_w$}  {}",
            if r.late { "!" } else { " " },
            r.id.as_str(),
            cut(&r.name, 32),
            routine_line(r, today)
        );
    }
}

pub fn routines_md(o: &mut String, routines: &[RoutineState], today: Date) {
    if routines.is_empty() {
        return;
    }
    let _ = writeln!(o, "\n## {} ({})\n", t!("cli-md-routines"), routines.len());
    let _ = writeln!(
        o,
        "| {} | |\n|---|---|---|---|---|",
        t!("cli-md-routines-head")
    );
    for r in routines {
        let mut last = last_held(r).unwrap_or_else(|| t!("cli-md-not-yet"));
        if let Some(a) = attendance_words(r) {
            last = format!("{last} · {a}");
        }
        let late = if r.late {
            format!("**{}**", Late::new(r.next, r.days_late).short())
        } else {
            t!("cli-days-in", count = today.days_until(r.next))
        };
        let _ = writeln!(
            o,
            "| {} ({}) | {} | {} | {} | {late} |",
            md(&r.name),
            code(r.id.as_str()),
            md(&r.every),
            md(&last),
            r.next
        );
    }
}

/// "decide: keep or drop (trial ended 2026-04-30)", "on trial until …".
pub fn trial_word(t: &ToolTrial) -> String {
    match (t.state, t.trial_until) {
        (TrialState::Decide, Some(until)) => {
            t!("cli-trial-decide-ended", until = until.to_string())
        }
        (TrialState::Decide, None) => t!("cli-trial-decide"),
        (TrialState::OnTrial, Some(until)) => t!("cli-trial-until", until = until.to_string()),
        (TrialState::OnTrial, None) => t!("cli-trial-no-end"),
        (TrialState::Kept, _) => t!("cli-trial-kept"),
        (TrialState::Dropped, _) => t!("cli-trial-dropped"),
    }
}

pub fn tools_text(o: &mut String, tools: &[ToolTrial]) {
    if tools.is_empty() {
        return;
    }
    let decide = workshops::to_decide(tools).count();
    let decide = if decide > 0 {
        format!(" · {}", t!("cli-tools-to-decide", count = decide))
    } else {
        String::new()
    };
    let _ = writeln!(o);
    let _ = writeln!(o, "{}{decide}", t!("cli-tools", count = tools.len()));
    let id_w = width(tools.iter().map(|t| t.id.as_str()));
    for t in tools {
        let _ = writeln!(
            o,
            "  {} {:<id_w$}  {} ({}, {}) · {}",
            if t.state == TrialState::Decide {
                "!"
            } else {
                " "
            },
            t.id.as_str(),
            cut(&t.name, 32),
            t.workshop,
            t.workshop_date,
            trial_word(t)
        );
        let _ = writeln!(o, "    {:<id_w$}  {}", "", trial_results(t));
    }
}

pub fn tools_md(o: &mut String, tools: &[ToolTrial]) {
    if tools.is_empty() {
        return;
    }
    let _ = writeln!(o, "\n## {} ({})\n", t!("cli-md-tools"), tools.len());
    let _ = writeln!(o, "| {} |\n|---|---|---|---|", t!("cli-md-tools-head"));
    for t in tools {
        let word = trial_word(t);
        let word = if t.state == TrialState::Decide {
            format!("**{word}**")
        } else {
            word
        };
        let _ = writeln!(
            o,
            "| {} ({}) | {} {} | {word} | {} |",
            md(&t.name),
            code(t.id.as_str()),
            code(t.workshop.as_str()),
            t.workshop_date,
            md(&trial_results(t))
        );
    }
}

/// "resilience under pressure 2.5 (+0.5) · …": a unit's weakest skills.
pub fn weakest_line(u: &crate::domain::skills::UnitSkills) -> String {
    weakest_of(&u.weakest)
}

/// The weakest skills in words, each with its change.
pub fn weakest_of(weakest: &[crate::domain::skills::SkillMean]) -> String {
    weakest
        .iter()
        .map(|w| {
            let change = match w.change {
                Some(c) if c > 0.0 => format!(" (+{})", rounded(c)),
                Some(c) if c < 0.0 => format!(" ({})", rounded(c)),
                Some(_) => " (±0)".into(),
                None => String::new(),
            };
            format!(
                "{} {}{change}",
                crate::i18n::code("skill", &w.skill),
                rounded(w.mean)
            )
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

pub fn skills_text(o: &mut String, skills: &[UnitSkillsSummary]) {
    if skills.is_empty() {
        return;
    }
    let _ = writeln!(o);
    let _ = writeln!(o, "{}", t!("cli-skills-head"));
    let unit_w = width(skills.iter().map(|u| u.unit.as_str()));
    for u in skills {
        let _ = writeln!(
            o,
            "  {:<unit_w$}  {} · {} · {}",
            u.unit,
            u.period,
            t!("cli-reps", count = u.reps),
            weakest_of(&u.weakest)
        );
    }
}

pub fn skills_md(o: &mut String, skills: &[UnitSkillsSummary]) {
    if skills.is_empty() {
        return;
    }
    let _ = writeln!(o, "\n## {}\n", t!("cli-md-skills"));
    let _ = writeln!(o, "| {} |\n|---|---|---:|---|", t!("cli-md-skills-head"));
    for u in skills {
        let name = u
            .name
            .as_deref()
            .map(|n| format!(" {}", md(n)))
            .unwrap_or_default();
        let _ = writeln!(
            o,
            "| {}{name} | {} | {} | {} |",
            code(u.unit.as_str()),
            u.period,
            u.reps,
            md(&weakest_of(&u.weakest))
        );
    }
}

/// Where an open action or a routine's holding comes from, in words:
/// "review 2026-03-31", "milestone crm", "held" (the facts keep them in
/// English for the JSON).
pub fn source_words(source: &str) -> String {
    if let Some(date) = source.strip_prefix("review ") {
        t!("cli-source-review", date = date)
    } else if let Some(id) = source.strip_prefix("milestone ") {
        t!("cli-source-milestone", id = id)
    } else if source == "held" {
        t!("cli-source-held")
    } else if let Some(hash) = source.strip_prefix("commit ") {
        t!("cli-source-commit", commit = hash)
    } else if source == "meeting" {
        t!("meet-source-meeting-held")
    } else if let Some((routine, date)) = source
        .strip_prefix("meeting ")
        .and_then(|rest| rest.split_once(' '))
    {
        t!("meet-source-meeting", routine = routine, date = date)
    } else if let Some(id) = source.strip_prefix("incident ") {
        t!("meet-source-incident", id = id)
    } else {
        source.to_string()
    }
}

/// The trial's means in words, as [`workshops::describe`] says them in
/// English: "fcr 61.5 before (2 readings), 66 during (3 readings): better".
pub fn trial_results(t: &ToolTrial) -> String {
    let Some(metric) = &t.metric else {
        return t!("cli-trial-no-metric");
    };
    let (Some(before), Some(during)) = (t.before, t.during) else {
        return t!("cli-trial-unknown-metric", metric = metric.as_str());
    };
    let part = |m: workshops::Mean, during: bool| match (m.mean, during) {
        (Some(v), false) => t!(
            "cli-trial-before",
            value = rounded(v),
            readings = t!("cli-readings", count = m.readings)
        ),
        (Some(v), true) => t!(
            "cli-trial-during",
            value = rounded(v),
            readings = t!("cli-readings", count = m.readings)
        ),
        (None, false) => t!("cli-trial-before-none"),
        (None, true) => t!("cli-trial-during-none"),
    };
    let verdict = match t.better {
        Some(true) => format!(": {}", t!("cli-trial-better")),
        Some(false) => format!(": {}", t!("cli-trial-not-better")),
        None => String::new(),
    };
    format!(
        "{metric} {}, {}{verdict}",
        part(before, false),
        part(during, true)
    )
}

fn width<'a>(ids: impl Iterator<Item = &'a str>) -> usize {
    ids.map(|s| s.chars().count()).max().unwrap_or(0)
}
