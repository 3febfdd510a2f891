//! The people side of the method in words, for `status` and the Markdown
//! report: the last survey of each kind and the kinds due again. Text and
//! Markdown come from the same facts ([`crate::domain::summary::PlanStatus`]).

use std::fmt::Write;

use super::markdown::{code, md};
use crate::domain::surveys::SurveyState;
use crate::domain::types::Every;
use crate::domain::validate::survey_kind_word;

use crate::present::number::rounded;
use crate::t;

/// "last 2026-03-01 (`cust-h1`) · 25% answered".
fn last_words(s: &SurveyState) -> String {
    let last = t!(
        "survey-status-last",
        on = s.last_on.to_string(),
        id = s.last.as_str()
    );
    match s.response_rate {
        Some(rate) => format!(
            "{last} · {}",
            t!("survey-status-rate", rate = rounded(rate))
        ),
        None => last,
    }
}

fn next_words(s: &SurveyState) -> String {
    let due = s.next_due.to_string();
    if s.due {
        t!("survey-status-overdue", due = due)
    } else {
        t!("survey-status-next", due = due)
    }
}

/// The surveys block of `status`: one line per kind surveyed, `!` when due.
pub fn surveys_text(o: &mut String, surveys: &[SurveyState], every: Every) {
    if surveys.is_empty() {
        return;
    }
    let due = surveys.iter().filter(|s| s.due).count();
    let due = if due > 0 {
        format!(" · {}", t!("survey-status-due", count = due))
    } else {
        String::new()
    };
    let _ = writeln!(o);
    let title = t!("survey-status-title", every = every.to_string());
    let _ = writeln!(o, "{title}{due}");
    let words: Vec<String> = surveys.iter().map(|s| survey_kind_word(s.kind)).collect();
    let w = words.iter().map(|k| k.chars().count()).max().unwrap_or(0);
    for (s, kind) in surveys.iter().zip(&words) {
        let pad = " ".repeat(w - kind.chars().count());
        let _ = writeln!(
            o,
            "  {} {kind}{pad}  {} · {}",
            if s.due { "!" } else { " " },
            last_words(s),
            next_words(s)
        );
    }
}

/// The surveys table of `status --format markdown` and the Markdown report.
pub fn surveys_md(o: &mut String, surveys: &[SurveyState]) {
    if surveys.is_empty() {
        return;
    }
    let _ = writeln!(o, "\n## {}\n", t!("survey-md-title"));
    let _ = writeln!(o, "| {} |\n|---|---|---|---|", t!("survey-md-head"));
    for s in surveys {
        let next = next_words(s);
        let next = if s.due {
            format!("**{}**", md(&next))
        } else {
            md(&next)
        };
        let rate = s
            .response_rate
            .map(|r| format!("{}%", rounded(r)))
            .unwrap_or_else(|| super::number::NONE.to_string());
        let _ = writeln!(
            o,
            "| {} | {} ({}) | {rate} | {next} |",
            md(&survey_kind_word(s.kind)),
            s.last_on,
            code(s.last.as_str()),
        );
    }
}
