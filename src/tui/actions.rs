//! The Actions tab: every action of the milestones and the reviews in one
//! register, as [`facts::plan_actions`] counts them (a review action
//! carried over from review to review is one row, as the latest review
//! left it), with the list filters of the other tabs.

use std::borrow::Cow;

use super::items::Kind;
use super::rows::{self, Row, Term, Tone};
use crate::domain::facts::{self, ActionAt, PlanAction};
use crate::domain::model::Plan;
use crate::domain::types::Date;

/// The words of an action's row in the language shown: looked up once for
/// a list of rows rather than once for each row.
struct Words {
    metric: String,
    milestone: String,
    /// The `done` column's three states, with their marks.
    done: String,
    open: String,
    closed: String,
}

impl Words {
    /// The words in the language shown now.
    fn now() -> Words {
        Words {
            metric: crate::t!("tui-kind-metric"),
            milestone: crate::t!("tui-kind-milestone"),
            done: format!("✔ {}", crate::t!("tui-action-done")),
            open: format!("○ {}", crate::t!("tui-action-open")),
            // Not ticked, but its milestone is done or cancelled.
            closed: format!("– {}", crate::t!("tui-action-closed")),
        }
    }
}

/// The row of one action: what, owner, due (`!` when late), source,
/// link, done. The row's kind and index are its milestone or review.
pub fn row(a: &PlanAction, today: Date) -> Row {
    row_in(a, today, &Words::now())
}

/// [`row`] with the words already looked up.
fn row_in(a: &PlanAction, today: Date, words: &Words) -> Row {
    let (kind, index) = source_of(a.at);
    let tone = if a.late(today) {
        Tone::Bad
    } else if a.open {
        Tone::Normal
    } else {
        Tone::Quiet
    };
    Row {
        kind,
        index,
        cells: cells_in(a, today, words)
            .into_iter()
            .map(Cow::into_owned)
            .collect(),
        tone,
    }
}

/// The cells of [`row`], borrowed from the plan and the words where they
/// are written there as they are shown: a filter by a word reads every
/// action's cells and keeps few of them.
fn cells_in<'a>(a: &PlanAction<'a>, today: Date, words: &'a Words) -> [Cow<'a, str>; 6] {
    let late = a.late(today);
    let due = match a.due {
        Some(d) if late => format!("{d} !").into(),
        Some(d) => d.to_string().into(),
        None => Cow::Borrowed(""),
    };
    // The source column is a review's date or a milestone's id: the
    // detail says which in words.
    let source = match (a.review, a.meeting, a.incident) {
        (Some(date), ..) => date.to_string().into(),
        (None, Some((routine, on)), _) => format!("{routine} {on}").into(),
        (None, None, Some(id)) => Cow::Borrowed(id.as_str()),
        (None, None, None) => Cow::Borrowed(a.milestone.map_or("", |m| m.as_str())),
    };
    // A milestone's action belongs to its milestone; a review's action
    // may correct a metric or a milestone.
    let (metric_word, milestone_word) = (&words.metric, &words.milestone);
    let link = match (a.at, a.metric, a.milestone) {
        (ActionAt::Milestone(..), _, _) => Cow::Borrowed(""),
        (_, Some(metric), Some(m)) => {
            format!("{metric_word} {metric}, {milestone_word} {m}").into()
        }
        (_, Some(metric), None) => format!("{metric_word} {metric}").into(),
        (_, None, Some(m)) => format!("{milestone_word} {m}").into(),
        (_, None, None) => Cow::Borrowed(""),
    };
    let done = if a.done {
        &words.done
    } else if a.open {
        &words.open
    } else {
        &words.closed
    };
    [
        Cow::Borrowed(a.text),
        Cow::Borrowed(a.owner.map_or("", |o| o.as_str())),
        due,
        source,
        link,
        Cow::Borrowed(done.as_str()),
    ]
}

/// The item an action is written in: its milestone or its review.
pub fn source_of(at: ActionAt) -> (Kind, usize) {
    match at {
        ActionAt::Milestone(m, _) => (Kind::Milestone, m),
        ActionAt::Review(r, _) => (Kind::Review, r),
        ActionAt::Incident(i, _) => (Kind::Incident, i),
        ActionAt::Meeting(r, _, _) => (Kind::Routine, r),
    }
}

/// Whether action `a` passes the terms of a filter that its fields
/// decide: every term but words to find in its row.
fn passes_fields(a: &PlanAction, today: Date, terms: &[Term]) -> bool {
    let same = |id: Option<&crate::domain::types::Id>, value: &str| {
        id.is_some_and(|id| rows::field_matches(id.as_str(), value))
    };
    terms.iter().all(|term| match term {
        Term::Text(_) => true,
        Term::Overdue => a.late(today),
        Term::Open => a.open,
        Term::Field(field, value) => match *field {
            "owner" => same(a.owner, value),
            "metric" => same(a.metric, value),
            "milestone" => same(a.milestone, value),
            _ => false,
        },
    })
}

/// The plan's actions that pass `filter`, in display order.
///
/// The terms an action's fields decide (`late`, `open`, `owner:`…) are
/// read from its fields; only words to find make its cells, borrowed from
/// the plan where they can be, and a whole row is built only to sort by a
/// column, for the actions kept: `late` on a large plan writes nothing
/// out in words.
pub fn ordered(
    plan: &Plan,
    today: Date,
    filter: &str,
    sort: usize,
    reverse: bool,
) -> Vec<ActionAt> {
    let terms = rows::terms_of(super::app::Tab::Actions, filter);
    let mut places = facts::plan_action_places(plan);
    let texts = rows::texts_of(&terms);
    let words = Words::now();
    if !terms.is_empty() {
        places.retain(|at| {
            facts::plan_action(plan, *at).is_some_and(|a| {
                passes_fields(&a, today, &terms)
                    && (texts.is_empty() || {
                        let cells = cells_in(&a, today, &words);
                        texts.iter().all(|text| rows::cells_hold(&cells, text))
                    })
            })
        })
    }
    if sort == 0 {
        if reverse {
            places.reverse();
        }
        return places;
    }
    // Sorted by a column: the rows of the actions kept, and only those.
    let mut shown: Vec<(ActionAt, Row)> = places
        .into_iter()
        .filter_map(|at| Some((at, row_in(&facts::plan_action(plan, at)?, today, &words))))
        .collect();
    rows::sort_by_column(&mut shown, |(_, r)| &r.cells, sort, reverse);
    shown.into_iter().map(|(at, _)| at).collect()
}

/// The rows of the actions at `at`, for drawing.
pub fn rows_of(plan: &Plan, today: Date, at: &[ActionAt]) -> Vec<Row> {
    let words = Words::now();
    at.iter()
        .filter_map(|at| facts::plan_action(plan, *at))
        .map(|a| row_in(&a, today, &words))
        .collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::i18n::Lang;

    /// The list as it was built before rows were left to the terms that
    /// read them: every action's row in words, every term on it.
    fn every_row(
        plan: &Plan,
        today: Date,
        filter: &str,
        sort: usize,
        reverse: bool,
    ) -> Vec<ActionAt> {
        let terms = rows::terms_of(super::super::app::Tab::Actions, filter);
        let mut shown: Vec<(ActionAt, Row)> = facts::plan_actions(plan)
            .iter()
            .map(|a| (a.at, row(a, today), a))
            .filter(|(_, r, a)| {
                terms.iter().all(|term| match term {
                    Term::Text(text) => rows::cells_hold(&r.cells, text),
                    _ => passes_fields(a, today, std::slice::from_ref(term)),
                })
            })
            .map(|(at, r, _)| (at, r))
            .collect();
        rows::sort_by_column(&mut shown, |(_, r)| &r.cells, sort, reverse);
        shown.into_iter().map(|(at, _)| at).collect()
    }

    fn load(path: &str) -> Plan {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
        crate::store::plan_dir::load(&root).unwrap().plan
    }

    /// Every filter word, alone and together, each sort and each way:
    /// the same rows in the same order as every row read in full, in the
    /// three languages (the words of the `done` and link columns are
    /// found as text in the language shown).
    #[test]
    fn the_rows_a_filter_keeps_are_those_of_every_row_read_in_full() {
        let today = Date::parse("2026-11-23").unwrap();
        for (path, lang) in [
            ("plans/example-service", Lang::En),
            ("templates/he-contact-center", Lang::He),
            ("templates/lt-contact-center", Lang::Lt),
        ] {
            let plan = load(path);
            crate::i18n::follow_plan(Some(lang));
            let all = facts::plan_actions(&plan);
            assert!(all.len() > 5, "{path}");
            let words = Words::now();
            // Words from the rows themselves: an owner, a title's word, a
            // review's date, the state words and the link's.
            let owner = all.iter().find_map(|a| a.owner).unwrap().to_string();
            let title_word = all[all.len() / 2]
                .text
                .split_whitespace()
                .max_by_key(|w| w.chars().count())
                .unwrap()
                .to_lowercase();
            let mut filters: Vec<String> = [
                "",
                "late",
                "overdue",
                "open",
                "open late",
                "late open",
                "!",
                "2026",
                "08:00",
                "zzz-not-there",
            ]
            .map(String::from)
            .to_vec();
            filters.push(owner.clone());
            filters.push(format!("owner:{owner}"));
            filters.push(format!("open owner:{owner}"));
            filters.push(title_word.clone());
            filters.push(format!("late {title_word}"));
            filters.push(format!("{title_word} {owner}"));
            for word in [
                &words.done,
                &words.open,
                &words.closed,
                &words.metric,
                &words.milestone,
            ] {
                filters.push(word.clone());
                filters.push(word.to_uppercase());
                filters.push(format!("late {word}"));
                filters.push(format!("{word} {owner}"));
            }
            let (mut kept_some, mut left_some) = (false, false);
            for filter in &filters {
                for sort in 0..6 {
                    for reverse in [false, true] {
                        let got = ordered(&plan, today, filter, sort, reverse);
                        let want = every_row(&plan, today, filter, sort, reverse);
                        assert_eq!(
                            got, want,
                            "{path}: {filter:?} sort {sort} reverse {reverse}"
                        );
                        kept_some |= !got.is_empty() && !filter.is_empty();
                        left_some |= !got.is_empty() && got.len() < all.len();
                    }
                }
                let late = ordered(&plan, today, "late", 0, false);
                assert!(late
                    .iter()
                    .all(|at| facts::plan_action(&plan, *at).unwrap().late(today)));
            }
            assert!(
                kept_some && left_some,
                "{path}: the filters kept nothing or everything"
            );
        }
        crate::i18n::follow_plan(None);
    }

    /// After an edit the same filter reads the edited plan: nothing is
    /// kept from the list built before it.
    #[test]
    fn a_filter_after_an_edit_reads_the_edited_plan() {
        let today = Date::parse("2026-11-23").unwrap();
        let mut plan = load("plans/example-service");
        let late = ordered(&plan, today, "late", 0, false);
        let Some(ActionAt::Milestone(m, a)) = late
            .iter()
            .copied()
            .find(|at| matches!(at, ActionAt::Milestone(..)))
        else {
            panic!("no late milestone action in the example: {late:?}")
        };
        plan.milestones.milestones[m].actions[a].done = true;
        let after = ordered(&plan, today, "late", 0, false);
        assert_eq!(after.len(), late.len() - 1);
        assert!(!after.contains(&ActionAt::Milestone(m, a)));
        assert_eq!(after, every_row(&plan, today, "late", 0, false));
        let done = crate::t!("tui-action-done");
        assert!(ordered(&plan, today, &done, 0, false).contains(&ActionAt::Milestone(m, a)));
    }
}
