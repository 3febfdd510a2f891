//! What each list tab shows: its columns, one row per item, and the order
//! and filter the user chose. Rows are built only for what is on screen.

use super::app::Tab;
use super::items::Kind;
use crate::domain::facts::{self, MetricState};
use crate::domain::model::{Plan, Status};
use crate::domain::types::Date;

/// One row: its cells, and how it should stand out.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub kind: Kind,
    pub index: usize,
    pub cells: Vec<String>,
    pub tone: Tone,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Normal,
    Good,
    Warn,
    Bad,
    Quiet,
}

pub fn columns(tab: Tab) -> &'static [&'static str] {
    match tab {
        Tab::Overview | Tab::History => &[],
        Tab::Actions => &["what", "owner", "due", "source", "link", "done"],
        Tab::Charter => &[
            "kind",
            "id",
            "text",
            "channel / hours / level",
            "metric / parent",
        ],
        Tab::Goals => &["id", "title", "horizon", "owner", "milestones"],
        Tab::Milestones => &["id", "title", "status", "phase", "owner", "due"],
        Tab::Metrics => &["id", "name", "baseline → latest → target", "state"],
        Tab::People => &["kind", "id", "name", "role / every", "more"],
        Tab::Reviews => &["date", "title", "milestones", "decisions", "actions"],
    }
}

pub fn status_word(s: Status) -> &'static str {
    match s {
        Status::Planned => "○ planned",
        Status::InProgress => "▶ in progress",
        Status::Done => "✔ done",
        Status::Blocked => "■ blocked",
        Status::Cancelled => "✖ cancelled",
    }
}

pub fn state_word(s: MetricState) -> &'static str {
    match s {
        MetricState::OnTrack => "✔ on track",
        MetricState::Behind => "▼ behind",
        MetricState::Exception => "! exception",
        MetricState::Stale => "⌛ stale",
        MetricState::NoData => "· no data",
    }
}

pub fn state_tone(s: MetricState) -> Tone {
    match s {
        MetricState::OnTrack => Tone::Good,
        MetricState::Behind | MetricState::Stale => Tone::Warn,
        MetricState::Exception => Tone::Bad,
        MetricState::NoData => Tone::Quiet,
    }
}

/// An enum value as the files write it (`team_leader`, `on_track`).
pub fn word<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(|x| x.to_string()).unwrap_or_default()
}

fn num(v: Option<f64>) -> String {
    crate::present::number::plain_opt(v)
}

/// `row` with what the plan's status knows beyond the plan itself: a
/// routine's next occurrence or lateness (its last occurrence may come
/// from a commit message).
pub fn with_status(mut row: Row, status: &crate::domain::summary::PlanStatus) -> Row {
    if row.kind == Kind::Routine {
        if let Some(r) = status
            .routines
            .get(row.index)
            .filter(|_| row.cells.len() > 3)
        {
            row.cells[3] = if r.late {
                format!("{} · late {}d", r.every, r.days_late)
            } else {
                format!("{} · next {}", r.every, r.next)
            };
            if r.late {
                row.tone = Tone::Bad;
            }
        }
    }
    row
}

/// The row of item `i` of `kind`.
pub fn row(plan: &Plan, today: Date, kind: Kind, i: usize) -> Row {
    let mut tone = Tone::Normal;
    let cells = match kind {
        Kind::PlanDetails => {
            let m = &plan.meta;
            let every = m
                .review_every
                .map(|e| format!("reviews every {e}"))
                .unwrap_or_default();
            vec![
                "plan".into(),
                m.id.to_string(),
                m.title.clone(),
                format!("{} → {}", m.start, m.end),
                every,
            ]
        }
        Kind::CharterText => {
            let c = &plan.charter;
            let text = c
                .vision
                .clone()
                .unwrap_or_else(|| "(no vision yet: enter to write it)".into());
            let version = c
                .version
                .map(|v| format!("version {v}"))
                .unwrap_or_default();
            vec![
                "charter".into(),
                "text".into(),
                text,
                version,
                String::new(),
            ]
        }
        Kind::Unit => {
            let u = &plan.meta.units[i];
            vec![
                "unit".into(),
                u.id.to_string(),
                u.name.clone(),
                u.level.map(|l| word(&l)).unwrap_or_default(),
                u.parent
                    .as_ref()
                    .map(|p| format!("in {p}"))
                    .unwrap_or_default(),
            ]
        }
        // Readings are shown in their metric's detail, not as rows.
        Kind::Reading => Vec::new(),
        Kind::Channel => {
            let c = &plan.charter.channels[i];
            vec![
                "channel".into(),
                c.id.to_string(),
                c.name.clone(),
                opt(&c.hours),
                String::new(),
            ]
        }
        Kind::Commitment => {
            let c = &plan.charter.commitments[i];
            vec![
                "commitment".into(),
                c.id.to_string(),
                c.text.clone(),
                opt(&c.channel),
                opt(&c.metric),
            ]
        }
        Kind::Goal => {
            let g = &plan.goals.goals[i];
            let count = plan
                .milestones
                .milestones
                .iter()
                .filter(|m| m.goal.as_ref() == Some(&g.id))
                .count();
            let horizon = g.horizon.map(|h| word(&h)).unwrap_or_default();
            vec![
                g.id.to_string(),
                g.title.clone(),
                horizon,
                opt(&g.owner),
                count.to_string(),
            ]
        }
        Kind::Milestone => {
            let m = &plan.milestones.milestones[i];
            let overdue = facts::milestone_overdue(m, today);
            tone = match m.status {
                _ if overdue => Tone::Bad,
                Status::Done => Tone::Good,
                Status::Blocked => Tone::Warn,
                Status::Cancelled => Tone::Quiet,
                _ => Tone::Normal,
            };
            let due = match m.due {
                Some(d) if overdue => format!("{d} !"),
                Some(d) => d.to_string(),
                None => String::new(),
            };
            let phase = m.phase.map(|p| word(&p)).unwrap_or_default();
            vec![
                m.id.to_string(),
                m.title.clone(),
                status_word(m.status).into(),
                phase,
                opt(&m.owner),
                due,
            ]
        }
        Kind::Metric => {
            let m = &plan.metrics.metrics[i];
            let state = facts::metric_state(m, today);
            tone = state_tone(state);
            let unit = m
                .unit
                .as_deref()
                .map(|u| format!(" {u}"))
                .unwrap_or_default();
            let trajectory = format!(
                "{} → {} → {}{unit}",
                num(m.baseline.map(|b| b.value)),
                num(facts::latest_reading(m).map(|r| r.value)),
                num(m.target.map(|t| t.value))
            );
            vec![
                m.id.to_string(),
                m.name.clone(),
                trajectory,
                state_word(state).into(),
            ]
        }
        Kind::Member => {
            let m = &plan.committee.members[i];
            let role = m.role.map(|r| word(&r)).unwrap_or_default();
            vec![
                "member".into(),
                m.id.to_string(),
                m.name.clone(),
                role,
                opt(&m.title),
            ]
        }
        Kind::Routine => {
            let r = &plan.committee.routines[i];
            vec![
                "routine".into(),
                r.id.to_string(),
                r.name.clone(),
                format!("every {}", r.every),
                opt(&r.owner),
            ]
        }
        Kind::Workshop => {
            let w = &plan.workshops.workshops[i];
            let tools = match w.tools.len() {
                1 => "1 tool".to_string(),
                n => format!("{n} tools"),
            };
            tone = Tone::Quiet;
            vec![
                w.id.to_string(),
                format!("workshop: {}", w.topic),
                w.date.to_string(),
                tools,
            ]
        }
        Kind::Tool => match crate::tui::items::tool_at(plan, i) {
            Some((w, t)) => {
                let trial = crate::domain::workshops::trial(plan, w, t, today);
                let means = match (trial.metric.as_ref(), trial.before, trial.during) {
                    (Some(m), Some(b), Some(d)) => format!("{m} {} → {}", num(b.mean), num(d.mean)),
                    _ => String::new(),
                };
                tone = match trial.state {
                    crate::domain::workshops::TrialState::Decide => Tone::Warn,
                    crate::domain::workshops::TrialState::Dropped => Tone::Quiet,
                    _ => Tone::Normal,
                };
                vec![
                    t.id.to_string(),
                    format!("tool: {}", t.name),
                    means,
                    crate::present::method::trial_word(&trial),
                ]
            }
            None => Vec::new(),
        },
        Kind::Assessment => {
            let a = &plan.skills.assessments[i];
            let mean = crate::domain::skills::mean_score(a)
                .map(|m| format!("mean {}", crate::present::number::rounded(m)))
                .unwrap_or_else(|| "no scores".into());
            let weakest = crate::domain::skills::weakest_of(a)
                .map(|(skill, score)| {
                    format!("weakest {} {score}", crate::domain::skills::label(skill))
                })
                .unwrap_or_default();
            vec![
                "skills".into(),
                a.rep.to_string(),
                format!("{} {}", a.on, opt(&a.unit)),
                mean,
                weakest,
            ]
        }
        Kind::Agent => {
            let a = &plan.agents.agents[i];
            let level = a.level.map(|l| word(&l)).unwrap_or_default();
            vec![
                "agent".into(),
                a.id.to_string(),
                a.name.clone(),
                level,
                opt(&a.unit),
            ]
        }
        Kind::Review => {
            let r = &plan.reviews[i];
            vec![
                r.date.to_string(),
                opt(&r.title),
                r.milestones.len().to_string(),
                r.decisions.len().to_string(),
                r.actions.len().to_string(),
            ]
        }
    };
    Row {
        kind,
        index: i,
        cells,
        tone,
    }
}

/// The `key:value` filter words a list of `tab` knows.
pub fn filter_keys(tab: Tab) -> &'static [&'static str] {
    match tab {
        Tab::Milestones => &["status", "owner", "phase", "goal"],
        Tab::Goals => &["owner", "horizon"],
        Tab::Metrics => &["owner", "state"],
        Tab::Actions => &["owner", "metric", "milestone"],
        _ => &[],
    }
}

/// Whether the items of `tab` have due dates, so that `overdue` filters them.
pub fn has_due_dates(tab: Tab) -> bool {
    matches!(tab, Tab::Milestones | Tab::Reviews | Tab::Actions)
}

/// The filter words of `tab` that stand alone (no `:value`).
fn flag_words(tab: Tab) -> &'static [&'static str] {
    match tab {
        Tab::Actions => &["open", "late", "overdue"],
        _ if has_due_dates(tab) => &["overdue"],
        _ => &[],
    }
}

/// The term a word standing alone is on a list of `tab`, if it is one.
fn flag(tab: Tab, word: &str) -> Option<Term> {
    if !flag_words(tab).contains(&word) {
        return None;
    }
    Some(match word {
        "open" => Term::Open,
        _ => Term::Overdue,
    })
}

/// Every filter word of `tab`, as the hint and the errors name them.
pub fn filter_words(tab: Tab) -> Vec<&'static str> {
    let mut words = filter_keys(tab).to_vec();
    words.extend(flag_words(tab));
    words
}

/// The one-line hint shown while the filter is typed.
pub fn filter_hint(tab: Tab) -> String {
    let keys = filter_keys(tab);
    let parts: Vec<String> = filter_words(tab)
        .into_iter()
        .map(|w| {
            if keys.contains(&w) {
                format!("{w}:")
            } else {
                w.to_string()
            }
        })
        .collect();
    if parts.is_empty() {
        "words match any column".into()
    } else {
        format!("filters: {} · words match any column", parts.join(" "))
    }
}

/// One word of a filter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Term {
    /// Text anywhere in the row.
    Text(String),
    /// `key:value`, the key one of [`filter_keys`].
    Field(&'static str, String),
    /// Past its due date and still open (`overdue`, or `late` on the
    /// Actions list).
    Overdue,
    /// Still to do (`open`, on the Actions list).
    Open,
}

/// The words of `filter` on a list of `tab`, or why one of them is not a
/// filter: a `key:` the list does not know.
pub fn parse_filter(tab: Tab, filter: &str) -> Result<Vec<Term>, String> {
    let keys = filter_keys(tab);
    filter
        .to_lowercase()
        .split_whitespace()
        .map(|term| {
            if let Some(flag) = flag(tab, term) {
                return Ok(flag);
            }
            let Some((key, value)) = term.split_once(':') else {
                return Ok(Term::Text(term.to_string()));
            };
            // Only a word before the colon is a key: `08:00` is text.
            if key.is_empty() || !key.chars().all(|c| c.is_alphabetic() || c == '_') {
                return Ok(Term::Text(term.to_string()));
            }
            match keys.iter().find(|k| **k == key) {
                Some(k) => Ok(Term::Field(k, value.to_string())),
                None => Err(unknown_filter(tab, key)),
            }
        })
        .collect()
}

fn unknown_filter(tab: Tab, key: &str) -> String {
    let words = filter_words(tab);
    let mut message = format!("no filter `{key}`");
    if let Some(near) = crate::store::yaml::de::closest(key, words.iter().copied()) {
        message.push_str(&format!(": did you mean `{near}`?"));
    } else if !words.is_empty() {
        message.push(':');
    }
    if words.is_empty() {
        message.push_str(&format!(
            "; the {} list has no filters, only words to find in its rows",
            tab.title()
        ));
    } else {
        message.push_str(&format!(" filters: {}", words.join(", ")));
    }
    message
}

/// Whether item `i` is past its due date on `today` and still open: a
/// milestone not done or cancelled, a review with an action not done.
fn overdue(plan: &Plan, today: Date, kind: Kind, i: usize) -> bool {
    match kind {
        Kind::Milestone => plan
            .milestones
            .milestones
            .get(i)
            .is_some_and(|m| facts::milestone_overdue(m, today)),
        Kind::Review => plan.reviews.get(i).is_some_and(|r| {
            r.actions
                .iter()
                .any(|a| !a.done && a.due.is_some_and(|d| d < today))
        }),
        _ => false,
    }
}

/// The value a `key:` filter compares for item `i` of `kind`, or `None`
/// when the item has no such field.
fn field_value(plan: &Plan, today: Date, kind: Kind, i: usize, field: &str) -> Option<String> {
    match kind {
        Kind::Milestone => {
            let m = plan.milestones.milestones.get(i)?;
            Some(match field {
                "status" => m.status.as_str().to_string(),
                "owner" => opt(&m.owner),
                "phase" => m.phase.map(|p| word(&p)).unwrap_or_default(),
                "goal" => opt(&m.goal),
                _ => return None,
            })
        }
        Kind::Goal => {
            let g = plan.goals.goals.get(i)?;
            Some(match field {
                "owner" => opt(&g.owner),
                "horizon" => g.horizon.map(|h| word(&h)).unwrap_or_default(),
                _ => return None,
            })
        }
        Kind::Metric => {
            let m = plan.metrics.metrics.get(i)?;
            Some(match field {
                "owner" => opt(&m.owner),
                "state" => facts::metric_state(m, today).as_str().to_string(),
                _ => return None,
            })
        }
        _ => None,
    }
}

/// Whether `value` (a field's text as the file writes it) is what a
/// `key:value` filter asked for: the same word, or with spaces for `_`.
pub fn field_matches(text: &str, value: &str) -> bool {
    let text = text.to_lowercase();
    text == value || text.replace('_', " ") == value
}

/// Whether a row's cells hold `term` (lower-case).
pub fn cells_hold(cells: &[String], term: &str) -> bool {
    cells.iter().any(|c| c.to_lowercase().contains(term))
}

/// Whether item `i` passes the filter: every word must match, either as
/// `field:value` (see [`filter_keys`]), as `overdue`, or as text in the row.
fn passes(plan: &Plan, today: Date, kind: Kind, i: usize, row: &Row, terms: &[Term]) -> bool {
    terms.iter().all(|term| match term {
        Term::Text(text) => cells_hold(&row.cells, text),
        Term::Overdue => overdue(plan, today, kind, i),
        Term::Open => false,
        Term::Field(field, value) => {
            field_value(plan, today, kind, i, field).is_some_and(|text| field_matches(&text, value))
        }
    })
}

/// The terms of `filter` on `tab`: a filter is checked when it is typed,
/// and one that no longer parses finds its words as text.
pub fn terms_of(tab: Tab, filter: &str) -> Vec<Term> {
    parse_filter(tab, filter).unwrap_or_else(|_| {
        filter
            .to_lowercase()
            .split_whitespace()
            .map(|w| Term::Text(w.to_string()))
            .collect()
    })
}

/// Orders `items` by the text of column `sort` (0: as they are, the
/// file's order), reversed when asked. Dates sort as text.
pub fn sort_by_column<T>(
    items: &mut [T],
    cells: impl Fn(&T) -> &[String],
    sort: usize,
    reverse: bool,
) {
    if sort > 0 {
        items.sort_by_cached_key(|item| {
            cells(item)
                .get(sort)
                .cloned()
                .unwrap_or_default()
                .to_lowercase()
        });
    }
    if reverse {
        items.reverse();
    }
}

/// The items of `tab` in display order.
pub fn ordered(
    plan: &Plan,
    today: Date,
    tab: Tab,
    filter: &str,
    sort: usize,
    reverse: bool,
) -> Vec<(Kind, usize)> {
    let words = terms_of(tab, filter);
    let mut rows: Vec<Row> = Vec::new();
    for kind in tab.kinds() {
        for i in 0..kind.count(plan) {
            let r = row(plan, today, *kind, i);
            if words.is_empty() || passes(plan, today, *kind, i, &r, &words) {
                rows.push(r);
            }
        }
    }
    sort_by_column(&mut rows, |r| &r.cells, sort, reverse);
    rows.into_iter().map(|r| (r.kind, r.index)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filter_words_parse_into_terms_and_an_unknown_key_is_named() {
        assert_eq!(
            parse_filter(Tab::Milestones, "Status:Done  crm overdue 08:00"),
            Ok(vec![
                Term::Field("status", "done".into()),
                Term::Text("crm".into()),
                Term::Overdue,
                Term::Text("08:00".into()),
            ])
        );
        assert_eq!(
            parse_filter(Tab::Milestones, "onwer:dana"),
            Err("no filter `onwer`: did you mean `owner`? filters: status, owner, phase, goal, overdue".into())
        );
        // Lists without due dates read `overdue` as a word.
        assert_eq!(
            parse_filter(Tab::Goals, "overdue"),
            Ok(vec![Term::Text("overdue".into())])
        );
        assert_eq!(
            parse_filter(Tab::People, "owner:dana"),
            Err(
                "no filter `owner`; the People list has no filters, only words to find in its rows"
                    .into()
            )
        );
        // The Actions list: `late` is `overdue`, `open` stands alone.
        assert_eq!(
            parse_filter(
                Tab::Actions,
                "open late overdue metric:FCR milestone:crm owner:dana"
            ),
            Ok(vec![
                Term::Open,
                Term::Overdue,
                Term::Overdue,
                Term::Field("metric", "fcr".into()),
                Term::Field("milestone", "crm".into()),
                Term::Field("owner", "dana".into()),
            ])
        );
        assert_eq!(
            parse_filter(Tab::Actions, "metrc:fcr"),
            Err("no filter `metrc`: did you mean `metric`? filters: owner, metric, milestone, open, late, overdue".into())
        );
        assert_eq!(
            filter_hint(Tab::Actions),
            "filters: owner: metric: milestone: open late overdue · words match any column"
        );
        // `open` is a word on the other lists.
        assert_eq!(
            parse_filter(Tab::Milestones, "open"),
            Ok(vec![Term::Text("open".into())])
        );
        assert_eq!(
            parse_filter(Tab::Reviews, "overdu:x"),
            Err("no filter `overdu`: did you mean `overdue`? filters: overdue".into())
        );
    }
}
