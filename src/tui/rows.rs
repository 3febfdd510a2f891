//! What each list tab shows: its columns, one row per item, and the order
//! and filter the user chose. Rows are built only for what is on screen.

use super::app::Tab;
pub use super::filter::{
    cells_hold, field_matches, filter_hint, filter_keys, filter_words, has_due_dates, parse_filter,
    terms_of, Term,
};
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
        // Items inside another are shown in its detail, not as rows.
        Kind::Reading
        | Kind::MilestoneAction
        | Kind::Breakdown
        | Kind::Decision
        | Kind::ReviewAction
        | Kind::ReviewMilestone
        | Kind::ReviewMetric => Vec::new(),
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
