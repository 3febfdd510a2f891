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

/// The column headings of `tab`'s list, in the current language.
pub fn columns(tab: Tab) -> Vec<String> {
    column_ids(tab).iter().map(|id| crate::t!(id)).collect()
}

fn column_ids(tab: Tab) -> &'static [&'static str] {
    match tab {
        Tab::Overview | Tab::History => &[],
        Tab::Actions => &[
            "tui-col-what",
            "tui-col-owner",
            "tui-col-due",
            "tui-col-source",
            "tui-col-link",
            "tui-col-done",
        ],
        Tab::Charter => &[
            "tui-col-kind",
            "tui-col-id",
            "tui-col-text",
            "tui-col-channel-hours-level",
            "tui-col-metric-parent",
        ],
        Tab::Goals => &[
            "tui-col-id",
            "tui-col-title",
            "tui-col-horizon",
            "tui-col-owner",
            "tui-col-milestones",
        ],
        Tab::Milestones => &[
            "tui-col-id",
            "tui-col-title",
            "tui-col-status",
            "tui-col-phase",
            "tui-col-owner",
            "tui-col-due",
        ],
        Tab::Metrics => &[
            "tui-col-id",
            "tui-col-name",
            "tui-col-trajectory",
            "tui-col-state",
        ],
        Tab::People => &[
            "tui-col-kind",
            "tui-col-id",
            "tui-col-name",
            "tui-col-role-every",
            "tui-col-more",
        ],
        Tab::Reviews => &[
            "tui-col-date",
            "tui-col-title",
            "tui-col-milestones",
            "tui-col-decisions",
            "tui-col-actions",
        ],
    }
}

/// A milestone's status with its sign, e.g. `▶ in progress`.
pub fn status_word(s: Status) -> String {
    let sign = match s {
        Status::Planned => "○",
        Status::InProgress => "▶",
        Status::Done => "✔",
        Status::Blocked => "■",
        Status::Cancelled => "✖",
    };
    format!("{sign} {}", crate::i18n::code("status", s.as_str()))
}

/// A metric's state with its sign, e.g. `▼ behind`.
pub fn state_word(s: MetricState) -> String {
    let sign = match s {
        MetricState::OnTrack => "✔",
        MetricState::Behind => "▼",
        MetricState::Exception => "!",
        MetricState::Stale => "⌛",
        MetricState::NoData => "·",
    };
    format!("{sign} {}", crate::present::labels::state_word(s))
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

/// An enum value as a list or a detail shows it: English shows the code
/// as the files write it (`team_leader`), other languages its word
/// (`code-KIND-CODE`).
pub fn shown<T: serde::Serialize>(kind: &str, value: &T) -> String {
    let code = word(value);
    if crate::i18n::current() == crate::i18n::Lang::En {
        code
    } else {
        crate::i18n::code(kind, &code)
    }
}

/// Where a workshop tool's trial stands, as the screens say it: the words
/// of [`crate::present::method::trial_word`] in the current language.
pub fn trial_word(t: &crate::domain::workshops::ToolTrial) -> String {
    use crate::domain::workshops::TrialState;
    match (t.state, t.trial_until) {
        (TrialState::Decide, Some(until)) => {
            crate::t!("tui-trial-decide-ended", until = until.to_string())
        }
        (TrialState::Decide, None) => crate::t!("tui-trial-decide"),
        (TrialState::OnTrial, Some(until)) => {
            crate::t!("tui-trial-until", until = until.to_string())
        }
        (TrialState::OnTrial, None) => crate::t!("tui-trial-no-end"),
        (TrialState::Kept, _) => crate::t!("tui-trial-kept"),
        (TrialState::Dropped, _) => crate::t!("tui-trial-dropped"),
    }
}

/// What a tool's trial shows on its metric, as the screens say it: the
/// words of [`crate::domain::workshops::describe`] in the current language.
pub fn trial_description(t: &crate::domain::workshops::ToolTrial) -> String {
    let Some(metric) = &t.metric else {
        return crate::t!("tui-trial-no-metric");
    };
    let (Some(before), Some(during)) = (t.before, t.during) else {
        return crate::t!("tui-trial-unknown-metric", metric = metric.to_string());
    };
    let part = |m: crate::domain::workshops::Mean, id: &str| match m.mean {
        Some(v) => crate::t!(
            id,
            mean = crate::domain::number::rounded(v),
            count = m.readings
        ),
        None => crate::t!(&format!("{id}-none")),
    };
    let verdict = match t.better {
        Some(true) => format!(": {}", crate::t!("tui-trial-better")),
        Some(false) => format!(": {}", crate::t!("tui-trial-not-better")),
        None => String::new(),
    };
    format!(
        "{metric} {}, {}{verdict}",
        part(before, "tui-trial-before"),
        part(during, "tui-trial-during")
    )
}

/// When a routine was last held and what says so (`held`, `review DATE`,
/// `commit ID`), in the current language.
pub fn last_held(r: &crate::domain::routines::RoutineState) -> Option<String> {
    let (day, from) = (r.last?, r.last_from.as_deref()?);
    let from = match from.split_once(' ') {
        Some(("review", date)) => format!("{} {date}", crate::t!("tui-kind-review")),
        Some(("commit", id)) => crate::t!("tui-routine-from-commit", commit = id),
        _ if from == "held" => crate::t!("tui-routine-held"),
        _ if from == "meeting" => crate::t!("meet-routine-from-meeting"),
        _ => from.to_string(),
    };
    Some(format!("{day} ({from})"))
}

/// Where an incident stands, in words: not investigated, actions to do,
/// or closed.
pub fn incident_state(x: &crate::domain::model::Incident) -> String {
    if !x.is_investigated() {
        crate::t!("meet-incident-not-investigated")
    } else if x.is_open() {
        crate::t!(
            "meet-incident-actions-open",
            count = x.actions.iter().filter(|a| !a.done).count()
        )
    } else {
        crate::t!("meet-incident-closed")
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
                crate::t!(
                    "tui-routine-late",
                    every = r.every.to_string(),
                    days = r.days_late
                )
            } else {
                crate::t!(
                    "tui-routine-next",
                    every = r.every.to_string(),
                    next = r.next.to_string()
                )
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
                .map(|e| crate::t!("tui-row-reviews-every", every = e.to_string()))
                .unwrap_or_default();
            vec![
                crate::t!("tui-row-plan"),
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
                .unwrap_or_else(|| crate::t!("tui-row-no-vision"));
            let version = c
                .version
                .map(|v| crate::t!("tui-row-version", version = v))
                .unwrap_or_default();
            vec![
                crate::t!("tui-row-charter"),
                crate::t!("tui-row-text"),
                text,
                version,
                String::new(),
            ]
        }
        Kind::Unit => {
            let u = &plan.meta.units[i];
            vec![
                crate::t!("tui-row-unit"),
                u.id.to_string(),
                u.name.clone(),
                u.level.map(|l| shown("unit_level", &l)).unwrap_or_default(),
                u.parent
                    .as_ref()
                    .map(|p| crate::t!("tui-row-in-unit", unit = p.to_string()))
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
        | Kind::ReviewMetric
        | Kind::IncidentAction
        | Kind::Meeting
        | Kind::MeetingDecision
        | Kind::MeetingAction => Vec::new(),
        Kind::Incident => {
            let x = &plan.incidents.incidents[i];
            let state = incident_state(x);
            tone = if !x.is_open() {
                Tone::Quiet
            } else if !x.is_investigated() {
                Tone::Bad
            } else {
                Tone::Warn
            };
            vec![
                crate::t!("meet-row-incident"),
                x.id.to_string(),
                x.title.clone(),
                format!("{} · {state}", x.on),
                opt(&x.owner),
            ]
        }
        Kind::Channel => {
            let c = &plan.charter.channels[i];
            vec![
                crate::t!("tui-row-channel"),
                c.id.to_string(),
                c.name.clone(),
                opt(&c.hours),
                String::new(),
            ]
        }
        Kind::Commitment => {
            let c = &plan.charter.commitments[i];
            vec![
                crate::t!("tui-row-commitment"),
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
            let horizon = g.horizon.map(|h| shown("horizon", &h)).unwrap_or_default();
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
            let phase = m.phase.map(|p| shown("phase", &p)).unwrap_or_default();
            vec![
                m.id.to_string(),
                m.title.clone(),
                status_word(m.status),
                phase,
                opt(&m.owner),
                due,
            ]
        }
        Kind::Metric => {
            // Survey scores are readings of their metric here as in status.
            let m = crate::domain::surveys::with_scores(plan, &plan.metrics.metrics[i]);
            let m = &*m;
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
                state_word(state),
            ]
        }
        Kind::Member => {
            let m = &plan.committee.members[i];
            let role = m.role.map(|r| shown("role", &r)).unwrap_or_default();
            vec![
                crate::t!("tui-row-member"),
                m.id.to_string(),
                m.name.clone(),
                role,
                opt(&m.title),
            ]
        }
        Kind::Routine => {
            let r = &plan.committee.routines[i];
            vec![
                crate::t!("tui-row-routine"),
                r.id.to_string(),
                r.name.clone(),
                crate::t!("tui-row-every", every = r.every.to_string()),
                opt(&r.owner),
            ]
        }
        Kind::Workshop => {
            let w = &plan.workshops.workshops[i];
            let tools = crate::t!("tui-count-tools", count = w.tools.len());
            tone = Tone::Quiet;
            vec![
                w.id.to_string(),
                crate::t!("tui-row-workshop", topic = w.topic.as_str()),
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
                    crate::t!("tui-row-tool", name = t.name.as_str()),
                    means,
                    trial_word(&trial),
                ]
            }
            None => Vec::new(),
        },
        Kind::Assessment => {
            let a = &plan.skills.assessments[i];
            let mean = crate::domain::skills::mean_score(a)
                .map(|m| crate::t!("tui-row-mean", mean = crate::present::number::rounded(m)))
                .unwrap_or_else(|| crate::t!("tui-row-no-scores"));
            let weakest = crate::domain::skills::weakest_of(a)
                .map(|(skill, score)| {
                    crate::t!(
                        "tui-row-weakest",
                        skill = crate::i18n::code("skill", skill),
                        score = score
                    )
                })
                .unwrap_or_default();
            vec![
                crate::t!("tui-row-skills"),
                a.rep.to_string(),
                format!("{} {}", a.on, opt(&a.unit)),
                mean,
                weakest,
            ]
        }
        Kind::Agent => {
            let a = &plan.agents.agents[i];
            let level = a.level.map(|l| shown("level", &l)).unwrap_or_default();
            vec![
                crate::t!("tui-row-agent"),
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
        Kind::Rep => {
            let r = &plan.people.reps[i];
            let state = crate::domain::people::state(r, today);
            let due = crate::domain::people::certification_due(plan, r);
            let more = match (&r.certification, state) {
                (Some(c), crate::domain::people::RepState::Certified) => {
                    crate::t!("people-tui-certified-on", on = c.on.to_string())
                }
                (_, crate::domain::people::RepState::InTraining) => {
                    if due < today {
                        tone = Tone::Warn;
                    }
                    crate::t!("people-tui-due-on", due = due.to_string())
                }
                _ => crate::t!("people-started", start = r.start.to_string()),
            };
            vec![
                crate::t!("people-tui-row-rep"),
                r.id.to_string(),
                r.name.clone(),
                format!("{} {}", state.label(), opt(&r.unit)),
                more,
            ]
        }
        Kind::Coaching => {
            let c = &plan.people.coaching[i];
            if c.overdue(today) {
                tone = Tone::Warn;
            } else if c.done.is_some() {
                tone = Tone::Quiet;
            }
            let when = match (c.done, c.due) {
                (Some(done), _) => crate::t!("people-tui-done-on", on = done.to_string()),
                (None, Some(due)) => crate::t!("cli-due-on", due = due.to_string()),
                (None, None) => String::new(),
            };
            vec![
                crate::t!("people-tui-row-coaching"),
                c.rep.to_string(),
                crate::domain::people::skill_label(c.skill),
                crate::domain::people::kind_label(c.kind),
                format!("{} {when}", opt(&c.owner)).trim().to_string(),
            ]
        }
        Kind::Praise => {
            let x = &plan.recognition.praise[i];
            let shared = match x.shared {
                Some(on) => crate::t!("recog-tui-shared-on", on = on.to_string()),
                None => {
                    if crate::domain::recognition::unshared(x, today) {
                        tone = Tone::Warn;
                    }
                    crate::t!("recog-tui-not-shared")
                }
            };
            vec![
                crate::t!("recog-tui-row-praise"),
                x.rep.to_string(),
                // The rep praised; who praised goes with where it came from.
                crate::domain::recognition::name_of(plan, &x.rep).unwrap_or_default(),
                match &x.name {
                    Some(name) => format!(
                        "{} {} · {name}",
                        crate::domain::recognition::from_label(x.from()),
                        x.on
                    ),
                    None => format!(
                        "{} {}",
                        crate::domain::recognition::from_label(x.from()),
                        x.on
                    ),
                },
                shared,
            ]
        }
        Kind::Hero => {
            let x = &plan.recognition.heroes[i];
            if crate::domain::recognition::Period::parse(&x.period).is_none() {
                tone = Tone::Warn;
            }
            vec![
                crate::t!("recog-tui-row-hero"),
                x.rep.to_string(),
                crate::domain::recognition::rep_name(plan, &x.rep),
                x.period.clone(),
                x.reason.clone().unwrap_or_default(),
            ]
        }
        Kind::ServiceWeek => {
            let x = &plan.recognition.service_week[i];
            let end = crate::domain::recognition::week_end(x);
            let owned = x.days.iter().filter(|d| d.owner.is_some()).count();
            if end < today {
                tone = Tone::Quiet;
            } else if owned < crate::domain::recognition::WEEK_DAYS
                || x.days.len() != crate::domain::recognition::WEEK_DAYS
            {
                tone = Tone::Warn;
            }
            vec![
                crate::t!("recog-tui-row-week"),
                x.start.to_string(),
                format!("{} – {end}", x.start),
                crate::t!("recog-tui-days-owned", owned = owned, count = x.days.len()),
                x.after.clone().unwrap_or_default(),
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
            let m = crate::domain::surveys::with_scores(plan, m);
            let m = &*m;
            Some(match field {
                "owner" => opt(&m.owner),
                "state" => facts::metric_state(m, today).as_str().to_string(),
                _ => return None,
            })
        }
        _ => None,
    }
}

/// Whether item `i` passes the terms of a filter that its fields decide:
/// `field:value` (see [`filter_keys`]) and `overdue`; words to find in
/// its row are [`cells_hold`]'s.
fn passes_fields(plan: &Plan, today: Date, kind: Kind, i: usize, terms: &[Term]) -> bool {
    terms.iter().all(|term| match term {
        Term::Text(_) => true,
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

/// The words to find among a filter's terms.
pub fn texts_of(terms: &[Term]) -> Vec<&str> {
    terms
        .iter()
        .filter_map(|t| match t {
            Term::Text(text) => Some(text.as_str()),
            _ => None,
        })
        .collect()
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
    let texts = texts_of(&words);
    // An item's row (its cells in words) is built only to find a word in
    // it or to sort by a column, and only for the items the fields keep:
    // unfiltered in the file's order, no row needs its cells.
    let mut rows: Vec<Row> = Vec::new();
    let mut kept: Vec<(Kind, usize)> = Vec::new();
    for kind in tab.kinds() {
        for i in 0..kind.count(plan) {
            if !passes_fields(plan, today, *kind, i, &words) {
                continue;
            }
            if texts.is_empty() && sort == 0 {
                kept.push((*kind, i));
                continue;
            }
            let r = row(plan, today, *kind, i);
            if texts.iter().all(|text| cells_hold(&r.cells, text)) {
                rows.push(r);
            }
        }
    }
    if texts.is_empty() && sort == 0 {
        if reverse {
            kept.reverse();
        }
        return kept;
    }
    sort_by_column(&mut rows, |r| &r.cells, sort, reverse);
    rows.into_iter().map(|r| (r.kind, r.index)).collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::i18n::Lang;

    /// The list as it was built before rows were left to the terms that
    /// read them: every item's row, every term on it.
    fn every_row(
        plan: &Plan,
        today: Date,
        tab: Tab,
        filter: &str,
        sort: usize,
        reverse: bool,
    ) -> Vec<(Kind, usize)> {
        let terms = terms_of(tab, filter);
        let mut rows: Vec<Row> = Vec::new();
        for kind in tab.kinds() {
            for i in 0..kind.count(plan) {
                let r = row(plan, today, *kind, i);
                let passes = terms.iter().all(|term| match term {
                    Term::Text(text) => cells_hold(&r.cells, text),
                    _ => passes_fields(plan, today, *kind, i, std::slice::from_ref(term)),
                });
                if passes {
                    rows.push(r);
                }
            }
        }
        sort_by_column(&mut rows, |r| &r.cells, sort, reverse);
        rows.into_iter().map(|r| (r.kind, r.index)).collect()
    }

    /// Each list's filter words, alone and with a word to find, each sort
    /// and each way: the rows of every row read in full, in English and
    /// Hebrew.
    #[test]
    fn the_items_a_filter_keeps_are_those_of_every_row_read_in_full() {
        let today = Date::parse("2026-11-23").unwrap();
        for (path, lang) in [
            ("plans/example-service", Lang::En),
            ("templates/he-contact-center", Lang::He),
        ] {
            let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
            let plan = crate::store::plan_dir::load(&root).unwrap().plan;
            crate::i18n::follow_plan(Some(lang));
            let mut kept_some = false;
            for tab in [
                Tab::Milestones,
                Tab::Goals,
                Tab::Metrics,
                Tab::Reviews,
                Tab::People,
            ] {
                let all = ordered(&plan, today, tab, "", 0, false);
                // A word from the middle row, and each field's value there.
                let middle = all
                    .get(all.len() / 2)
                    .map(|(k, i)| row(&plan, today, *k, *i));
                let word = middle
                    .as_ref()
                    .and_then(|r| r.cells.first())
                    .and_then(|c| c.split_whitespace().max_by_key(|w| w.chars().count()))
                    .unwrap_or("x")
                    .to_lowercase();
                let mut filters = vec![String::new(), "overdue".into(), word.clone()];
                for key in filter_keys(tab) {
                    if let Some((k, i)) = all.get(all.len() / 2) {
                        let value = field_value(&plan, today, *k, *i, key).unwrap_or_default();
                        filters.push(format!("{key}:{value}"));
                        filters.push(format!("{key}:{value} {word}"));
                    }
                    filters.push(format!("{key}:zzz"));
                }
                filters.push(format!("overdue {word}"));
                for filter in &filters {
                    for sort in 0..columns(tab).len() {
                        for reverse in [false, true] {
                            let got = ordered(&plan, today, tab, filter, sort, reverse);
                            let want = every_row(&plan, today, tab, filter, sort, reverse);
                            assert_eq!(got, want, "{path} {tab:?}: {filter:?} {sort} {reverse}");
                            kept_some |= !got.is_empty() && got.len() < all.len();
                        }
                    }
                }
            }
            assert!(kept_some, "{path}: the filters kept nothing or everything");
        }
        crate::i18n::follow_plan(None);
    }
}
