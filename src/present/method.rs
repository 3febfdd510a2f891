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

/// "month 2026-11", "week 2026-W47", or "latest" without a period.
pub fn period_of(u: &UnitResult) -> String {
    match u.period {
        Some(p) => format!("{} {}", period_word(p), u.current.label),
        None => "latest".into(),
    }
}

/// "2026-04-06 (held)": when a routine was last held and what says so.
pub fn last_held(r: &RoutineState) -> Option<String> {
    match (&r.last, &r.last_from) {
        (Some(d), Some(from)) => Some(format!("{d} ({from})")),
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
        (Some(_), 0) => " (no readings yet)".to_string(),
        (Some(_), 1) => " (1 reading)".to_string(),
        (Some(_), n) => format!(" ({n} readings)"),
        (None, _) => String::new(),
    };
    format!(
        "{} of {} {}{readings}",
        rounded_opt(c.value),
        rounded(u.target),
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
            format!(" · before: {}", unit_past(&u.past))
        };
        let _ = writeln!(o, "      └ {}: {}{past}", unit_head(u), unit_value(u));
    }
}

pub fn breakdown_md(o: &mut String, metric: &str, units: &[UnitResult]) {
    if units.is_empty() {
        return;
    }
    let _ = writeln!(o, "\n**{}** by unit\n", md(metric));
    let _ = writeln!(
        o,
        "| unit | period | value | target | state | before |\n|---|---|---:|---:|---|---|"
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
    let last = last_held(r).map_or_else(|| "not held yet".into(), |l| format!("last {l}"));
    let next = if r.late {
        Late::new(r.next, r.days_late).sentence()
    } else {
        let days = today.days_until(r.next);
        match days {
            0 => format!("next {} (today)", r.next),
            n => format!("next {} (in {n}d)", r.next),
        }
    };
    format!("every {} · {last} · {next}", r.every)
}

pub fn routines_text(o: &mut String, routines: &[RoutineState], today: Date) {
    if routines.is_empty() {
        return;
    }
    let late = routines.iter().filter(|r| r.late).count();
    let late = if late > 0 {
        format!(" · {late} late")
    } else {
        String::new()
    };
    let _ = writeln!(o);
    let _ = writeln!(o, "Routines {}{late}", routines.len());
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
    let _ = writeln!(o, "\n## Management routines ({})\n", routines.len());
    let _ = writeln!(
        o,
        "| routine | every | last held | next | |\n|---|---|---|---|---|"
    );
    for r in routines {
        let last = last_held(r).unwrap_or_else(|| "not yet".into());
        let late = if r.late {
            format!("**{}**", Late::new(r.next, r.days_late).short())
        } else {
            format!("in {}d", today.days_until(r.next))
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
            format!("decide: keep or drop (trial ended {until})")
        }
        (TrialState::Decide, None) => "decide: keep or drop".into(),
        (TrialState::OnTrial, Some(until)) => format!("on trial until {until}"),
        (TrialState::OnTrial, None) => "on trial, no end date".into(),
        (TrialState::Kept, _) => "kept".into(),
        (TrialState::Dropped, _) => "dropped".into(),
    }
}

pub fn tools_text(o: &mut String, tools: &[ToolTrial]) {
    if tools.is_empty() {
        return;
    }
    let decide = workshops::to_decide(tools).count();
    let decide = if decide > 0 {
        format!(" · {decide} to decide")
    } else {
        String::new()
    };
    let _ = writeln!(o);
    let _ = writeln!(o, "Workshop tools {}{decide}", tools.len());
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
        let _ = writeln!(o, "    {:<id_w$}  {}", "", workshops::describe(t));
    }
}

pub fn tools_md(o: &mut String, tools: &[ToolTrial]) {
    if tools.is_empty() {
        return;
    }
    let _ = writeln!(o, "\n## Workshop tools ({})\n", tools.len());
    let _ = writeln!(
        o,
        "| tool | workshop | trial | results |\n|---|---|---|---|"
    );
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
            md(&workshops::describe(t))
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
                crate::domain::skills::label(&w.skill),
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
    let _ = writeln!(o, "Rep skills: the weakest per unit, in its latest quarter");
    let unit_w = width(skills.iter().map(|u| u.unit.as_str()));
    for u in skills {
        let _ = writeln!(
            o,
            "  {:<unit_w$}  {} · {} rep(s) · {}",
            u.unit,
            u.period,
            u.reps,
            weakest_of(&u.weakest)
        );
    }
}

pub fn skills_md(o: &mut String, skills: &[UnitSkillsSummary]) {
    if skills.is_empty() {
        return;
    }
    let _ = writeln!(o, "\n## Rep skills\n");
    let _ = writeln!(
        o,
        "| unit | quarter | reps | weakest skills (mean, change since the previous quarter) |\n|---|---|---:|---|"
    );
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

fn width<'a>(ids: impl Iterator<Item = &'a str>) -> usize {
    ids.map(|s| s.chars().count()).max().unwrap_or(0)
}
