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

/// One list of the section: a heading and its lines.
pub struct List {
    pub head: String,
    pub items: Vec<String>,
    /// The Customer Service Week's days (text status sets its heading
    /// apart from the others).
    pub week: bool,
}

/// The section's lists in the order every form shows them: the latest
/// service heroes, the hero candidates, the week's days.
pub fn lists(s: &RecognitionStatus) -> Vec<List> {
    let mut out = Vec::new();
    if let Some(head) = heroes_head(s) {
        let items = s.heroes.iter().map(hero_words).collect();
        out.push(List {
            head,
            items,
            week: false,
        });
    }
    if !s.hero_candidates.is_empty() {
        let items = s.hero_candidates.iter().map(candidate_words).collect();
        let head = t!("recog-status-candidates");
        out.push(List {
            head,
            items,
            week: false,
        });
    }
    if let Some(w) = &s.service_week {
        let items = w.days.iter().map(day_words).collect();
        out.push(List {
            head: week_head(w),
            items,
            week: true,
        });
    }
    out
}

/// What the week after the Customer Service Week holds, worded.
pub fn after_line(s: &RecognitionStatus) -> Option<String> {
    let after = s.service_week.as_ref()?.after.as_deref()?;
    Some(after_words(after))
}

pub fn status_text(o: &mut String, s: &RecognitionStatus) {
    if s.is_empty() {
        return;
    }
    let _ = writeln!(o);
    let mark = if s.unshared > 0 { " !" } else { "" };
    let _ = writeln!(o, "{}{mark}", praise_line(s));
    for list in lists(s) {
        let indent = if list.week { "" } else { "  " };
        let _ = writeln!(o, "{indent}{}", list.head);
        for item in &list.items {
            let _ = writeln!(o, "    {item}");
        }
    }
    if let Some(after) = after_line(s) {
        let _ = writeln!(o, "  {after}");
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
    for list in lists(s) {
        let _ = writeln!(o, "\n**{}**\n", md(&list.head));
        for item in &list.items {
            let _ = writeln!(o, "- {}", md(item));
        }
    }
    if let Some(after) = after_line(s) {
        let _ = writeln!(o, "\n{}", md(&after));
    }
}
