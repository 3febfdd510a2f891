//! The recognition side of `status`, as text and as Markdown: praise this
//! quarter and the last, praise not passed on, the latest service heroes,
//! hero candidates and the next Customer Service Week. The reports word
//! their section with the same functions.

use std::fmt::Write;

use super::markdown::md;
use crate::domain::recognition::{Candidate, DayLine, HeroLine, RecognitionStatus, WeekStatus};
use crate::domain::types::Id;
use crate::t;

/// "Praise: 3 this quarter (2026-Q4) · 1 last quarter (2026-Q3) · 2 not passed on".
pub fn praise_line(s: &RecognitionStatus) -> String {
    let period = |p: Option<crate::domain::recognition::Period>| {
        p.map(|p| p.to_string()).unwrap_or_default()
    };
    t!(
        "recog-status-praise",
        this = s.praise_this_quarter,
        quarter = period(s.quarter),
        last = s.praise_last_quarter,
        previous = period(s.last_quarter),
        unshared = s.unshared
    )
}

/// "Service heroes of 2026-Q3:", None when no hero was named.
pub fn heroes_head(s: &RecognitionStatus) -> Option<String> {
    let period = s.heroes_period?.to_string();
    Some(t!("recog-status-heroes", period = period))
}

/// A person by name and id, or by id alone when the plan does not list them.
pub fn who(id: &Id, name: Option<&String>) -> String {
    match name {
        Some(name) => format!("{name} ({id})"),
        None => id.to_string(),
    }
}

/// "Dana Levi (dana): why", or the rep alone.
pub fn hero_words(h: &HeroLine) -> String {
    let rep = who(&h.rep, h.name.as_ref());
    match &h.reason {
        Some(reason) => format!("{rep}: {reason}"),
        None => rep,
    }
}

/// "2026-Q4: Avital (zoe), 2 praises".
pub fn candidate_words(c: &Candidate) -> String {
    t!(
        "recog-candidate-line",
        period = c.period.to_string(),
        rep = who(&c.rep, c.name.as_ref()),
        count = c.praise
    )
}

/// "Customer Service Week 2026-10-05 – 2026-10-09:" (or under way).
pub fn week_head(w: &WeekStatus) -> String {
    let (start, end) = (w.start.to_string(), w.end.to_string());
    if w.current {
        t!("recog-status-week-now", start = start, end = end)
    } else {
        t!("recog-status-week", start = start, end = end)
    }
}

/// "2026-10-05: the activity · owner" (or "no owner yet").
pub fn day_words(d: &DayLine) -> String {
    let owner = match &d.owner {
        Some(owner) => who(owner, d.owner_name.as_ref()),
        None => t!("recog-no-owner"),
    };
    format!("{}: {} · {owner}", d.on, d.activity)
}

pub fn after_words(after: &str) -> String {
    t!("recog-status-after", after = after)
}

pub fn status_text(o: &mut String, s: &RecognitionStatus) {
    if s.is_empty() {
        return;
    }
    let _ = writeln!(o);
    let mark = if s.unshared > 0 { " !" } else { "" };
    let _ = writeln!(o, "{}{mark}", praise_line(s));
    if let Some(head) = heroes_head(s) {
        let _ = writeln!(o, "  {head}");
        for h in &s.heroes {
            let _ = writeln!(o, "    {}", hero_words(h));
        }
    }
    if !s.hero_candidates.is_empty() {
        let _ = writeln!(o, "  {}", t!("recog-status-candidates"));
        for c in &s.hero_candidates {
            let _ = writeln!(o, "    {}", candidate_words(c));
        }
    }
    if let Some(w) = &s.service_week {
        let _ = writeln!(o, "{}", week_head(w));
        for d in &w.days {
            let _ = writeln!(o, "    {}", day_words(d));
        }
        if let Some(after) = &w.after {
            let _ = writeln!(o, "  {}", after_words(after));
        }
    }
}

pub fn status_md(o: &mut String, s: &RecognitionStatus) {
    if s.is_empty() {
        return;
    }
    let _ = writeln!(o, "\n## {}\n", t!("recog-md-head"));
    let line = md(&praise_line(s));
    if s.unshared > 0 {
        let _ = writeln!(o, "**{line}**");
    } else {
        let _ = writeln!(o, "{line}");
    }
    if let Some(head) = heroes_head(s) {
        let _ = writeln!(o, "\n**{}**\n", md(&head));
        for h in &s.heroes {
            let _ = writeln!(o, "- {}", md(&hero_words(h)));
        }
    }
    if !s.hero_candidates.is_empty() {
        let _ = writeln!(o, "\n**{}**\n", md(&t!("recog-status-candidates")));
        for c in &s.hero_candidates {
            let _ = writeln!(o, "- {}", md(&candidate_words(c)));
        }
    }
    if let Some(w) = &s.service_week {
        let _ = writeln!(o, "\n**{}**\n", md(&week_head(w)));
        for d in &w.days {
            let _ = writeln!(o, "- {}", md(&day_words(d)));
        }
        if let Some(after) = &w.after {
            let _ = writeln!(o, "\n{}", md(&after_words(after)));
        }
    }
}
