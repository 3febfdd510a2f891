//! `/` searches what the user wrote in every document, reviews,
//! assessments and workshops included; hits are ranked and labelled once,
//! and enter goes to the hit.

use charter::tui::app::{App, Mode, Tab, Target};
use charter::tui::items::Kind;
use ratatui::crossterm::event::KeyCode;

use super::common::tui::{keys, send};
use super::{example, selected_id};

/// The hits of `query` typed key by key, as (label, target).
fn hits(app: &mut App, query: &str) -> Vec<(String, Target)> {
    keys(app, "/");
    keys(app, query);
    let Mode::Pick(pick) = &app.mode else {
        panic!("/ does not open the search: {:?}", app.mode)
    };
    pick.choices.clone()
}

fn labels(hits: &[(String, Target)]) -> Vec<&str> {
    hits.iter().map(|(l, _)| l.as_str()).collect()
}

fn review_index(app: &App, date: &str) -> usize {
    app.plan
        .reviews
        .iter()
        .position(|r| r.date.to_string() == date)
        .unwrap()
}

#[test]
fn finds_review_decisions_and_summaries_and_goes_to_the_review() {
    let mut app = example();
    let march = review_index(&app, "2026-03-16");
    let found = hits(&mut app, "follow the data feed weekly");
    assert_eq!(
        labels(&found),
        ["decision Accept a later date for the BI dashboards and follow the data feed weekly · review 2026-03-16"]
    );
    assert_eq!(found[0].1, Target::Item(Tab::Reviews, Kind::Review, march));
    send(&mut app, KeyCode::Enter);
    assert_eq!(app.tab, Tab::Reviews);
    assert_eq!(selected_id(&app), "2026-03-16");

    let mut app = example();
    let found = hits(&mut app, "first workshop was held");
    assert_eq!(found.len(), 1, "{:?}", labels(&found));
    assert!(
        found[0].0.starts_with("review 2026-03-16"),
        "{}",
        found[0].0
    );
}

#[test]
fn finds_workshops_tools_and_assessments_by_rep() {
    let mut app = example();
    let found = hits(&mut app, "angry customers");
    assert_eq!(
        labels(&found)[0],
        "workshop Calls from angry customers · q1-workshop"
    );
    send(&mut app, KeyCode::Enter);
    assert_eq!(app.tab, Tab::Metrics);
    assert_eq!(selected_id(&app), "q1-workshop");

    let mut app = example();
    let found = hits(&mut app, "rep-101");
    assert!(
        found[0].0.starts_with("skills assessment rep-101 "),
        "{:?}",
        labels(&found)
    );
    send(&mut app, KeyCode::Enter);
    assert_eq!(app.tab, Tab::People);
    assert_eq!(app.selected().unwrap().0, Kind::Assessment);
}

#[test]
fn enum_words_are_not_searched() {
    // Noa Bell is the committee's secretary: `transfer` is not in anything
    // anyone wrote about her, and `secretary` is a choice of the form.
    let mut app = example();
    let found = hits(&mut app, "transfer");
    assert!(!found.is_empty());
    assert!(
        found
            .iter()
            .all(|(l, _)| !l.starts_with("committee member")),
        "{:?}",
        labels(&found)
    );
    // `secretary` finds the milestone action that says it, not Noa.
    let mut app = example();
    let found = hits(&mut app, "secretary");
    assert_eq!(
        labels(&found),
        ["action Appoint the committee members and the secretary · milestone steering-set-up"]
    );
    // What was written about a member is found: her title.
    let mut app = example();
    let found = hits(&mut app, "project office");
    assert!(
        labels(&found).contains(&"committee member Noa Bell · noa"),
        "{:?}",
        labels(&found)
    );
}

#[test]
fn each_hit_names_its_kind_and_title_once() {
    let mut app = example();
    let found = hits(&mut app, "dana");
    assert_eq!(labels(&found)[0], "committee member Dana Levi · dana");
    let mut app = example();
    for (label, _) in hits(&mut app, "") {
        let words: Vec<&str> = label.split_whitespace().collect();
        assert!(
            words.windows(2).all(|w| w[0] != w[1]),
            "a word twice in a row: {label}"
        );
        assert!(!label.contains("member member"), "{label}");
    }
}

#[test]
fn the_exact_id_ranks_first_then_titles() {
    let mut app = example();
    let found = hits(&mut app, "fcr");
    assert_eq!(labels(&found)[0], "metric First-contact resolution · fcr");
    // Hits whose title holds the word come before hits that only mention
    // it in their text.
    let mut app = example();
    let found = hits(&mut app, "dashboards");
    let first_elsewhere = found
        .iter()
        .position(|(l, _)| {
            !l.to_lowercase()
                .split(" · ")
                .next()
                .unwrap()
                .contains("dashboards")
        })
        .unwrap_or(found.len());
    assert!(first_elsewhere > 0, "{:?}", labels(&found));
    assert!(
        found[first_elsewhere..].iter().all(|(l, _)| !l
            .split(" · ")
            .next()
            .unwrap()
            .to_lowercase()
            .contains("dashboards")),
        "{:?}",
        labels(&found)
    );
}
