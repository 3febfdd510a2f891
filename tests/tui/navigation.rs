//! Getting around: tabs, search, filter, the mouse wheel, page down, the
//! help and its scrolling, and panes that scroll their text.

use charter::domain::model::Status;
use charter::tui::app::{Mode, Tab};
use ratatui::crossterm::event::{KeyCode, MouseButton, MouseEventKind};

use super::common::tui::{draw_checked, keys, mouse, screen, scroll, send};
use super::{example, selected_id, snapshot};

#[test]
fn tabs_cycle_with_arrows_and_tab_and_mouse_clicks_on_titles() {
    let mut app = example();
    send(&mut app, KeyCode::Right);
    assert_eq!(app.tab, Tab::Charter);
    send(&mut app, KeyCode::Tab);
    assert_eq!(app.tab, Tab::Goals);
    send(&mut app, KeyCode::BackTab);
    send(&mut app, KeyCode::Left);
    assert_eq!(app.tab, Tab::Overview);
    send(&mut app, KeyCode::Left);
    assert_eq!(app.tab, Tab::Actions);
    // A click on a tab's title, found where the tab line draws it (on a
    // narrow screen the titles move with the current tab's brackets).
    for (w, h) in [(120, 40), (80, 24)] {
        for tab in Tab::ALL.iter().rev().chain(Tab::ALL.iter()) {
            let lines = draw_checked(&mut app, w, h, "tabs");
            let column = lines[1].find(&tab.title()).unwrap();
            let column = lines[1][..column].chars().count() as u16;
            mouse(&mut app, MouseEventKind::Down(MouseButton::Left), column, 1);
            assert_eq!(app.tab, *tab, "{w}×{h}: a click on column {column}");
            let last = column + tab.title().len() as u16 - 1;
            mouse(&mut app, MouseEventKind::Down(MouseButton::Left), last, 1);
            assert_eq!(app.tab, *tab, "{w}×{h}: a click on column {last}");
        }
    }
}

#[test]
fn search_then_enter_goes_to_the_milestone() {
    let mut app = example();
    keys(&mut app, "/year-end");
    let Mode::Pick(pick) = &app.mode else {
        panic!("/ does not open the search: {:?}", app.mode)
    };
    assert!(!pick.choices.is_empty());
    assert!(
        pick.choices[0].0.contains("year-end-review"),
        "first result: {:?}",
        pick.choices[0].0
    );
    send(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Normal));
    assert_eq!(app.tab, Tab::Milestones);
    assert_eq!(selected_id(&app), "year-end-review");
}

#[test]
fn filter_status_done_shows_only_done_milestones() {
    let mut app = example();
    keys(&mut app, "4fstatus:done");
    send(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Normal));
    let done: Vec<usize> = app
        .plan
        .milestones
        .milestones
        .iter()
        .enumerate()
        .filter(|(_, m)| m.status == Status::Done)
        .map(|(i, _)| i)
        .collect();
    let shown: Vec<usize> = app.list().rows.iter().map(|(_, i)| *i).collect();
    assert_eq!(shown, done);
    let text = screen(&mut app, 120, 40);
    assert!(
        text.contains(&format!("Milestones {} · filter: status:done", done.len())),
        "{text}"
    );
    // `status:in_progress` and its spoken form both work; esc clears.
    keys(&mut app, "f");
    for _ in 0.."status:done".len() {
        send(&mut app, KeyCode::Backspace);
    }
    keys(&mut app, "status:in_progress");
    send(&mut app, KeyCode::Enter);
    assert_eq!(app.list().rows.len(), 3);
    send(&mut app, KeyCode::Esc);
    assert_eq!(app.list().rows.len(), app.plan.milestones.milestones.len());
}

#[test]
fn mouse_scroll_moves_the_selection() {
    let mut app = example();
    keys(&mut app, "4");
    assert_eq!(app.list().selected, 0);
    scroll(&mut app, MouseEventKind::ScrollDown);
    scroll(&mut app, MouseEventKind::ScrollDown);
    assert_eq!(app.list().selected, 2);
    scroll(&mut app, MouseEventKind::ScrollUp);
    assert_eq!(app.list().selected, 1);
    for _ in 0..5 {
        scroll(&mut app, MouseEventKind::ScrollUp);
    }
    assert_eq!(app.list().selected, 0);
}

#[test]
fn page_down_moves_by_the_rows_the_table_shows() {
    let mut app = example();
    keys(&mut app, "4");
    let lines = draw_checked(&mut app, 80, 24, "milestones");
    let ids: Vec<String> = app
        .plan
        .milestones
        .milestones
        .iter()
        .map(|m| m.id.to_string())
        .collect();
    let shown = ids
        .iter()
        .filter(|id| lines.iter().any(|l| l.starts_with(&format!("│{id} "))))
        .count();
    assert!(shown > 0 && shown < ids.len());
    send(&mut app, KeyCode::PageDown);
    let selected = app.list().selected;
    assert!(
        selected > 0 && selected <= shown,
        "the table shows {shown} rows, yet page down moved the selection from 0 to {selected} (app.page = {})",
        app.page
    );
}

#[test]
fn help_lists_every_key_and_closes() {
    let mut app = example();
    keys(&mut app, "4?");
    let shown = screen(&mut app, 120, 60);
    for expected in [
        "search every document",
        "next status",
        "tick / untick",
        "quit",
    ] {
        assert!(shown.contains(expected), "{expected}:\n{shown}");
    }
    send(&mut app, KeyCode::Esc);
    assert!(matches!(app.mode, Mode::Normal));
    keys(&mut app, "??");
    assert!(matches!(app.mode, Mode::Normal));
}

#[test]
fn help_scrolling_stops_at_the_last_key() {
    let mut app = example();
    keys(&mut app, "?");
    for _ in 0..500 {
        keys(&mut app, "j");
    }
    let lines = draw_checked(&mut app, 80, 24, "help scrolled far down");
    assert!(
        lines.iter().any(|l| l.contains("n/esc")),
        "scrolling on scrolls the keys out of the help box:\n{}",
        lines.join("\n")
    );
    // One k is one line back, not 400 presses of k.
    keys(&mut app, "k");
    let Mode::Help(scroll) = app.mode else {
        panic!("help closed")
    };
    assert!(
        scroll < 100,
        "help scroll is {scroll} after 500 j and one k"
    );
}

#[test]
fn help_lists_the_text_keys_from_the_keymap() {
    let mut app = example();
    keys(&mut app, "?");
    let shown = screen(&mut app, 120, 100);
    for expected in [
        "cursor one character left",
        "cursor to the start",
        "delete the character under the cursor",
        "edit the field in $EDITOR",
    ] {
        assert!(shown.contains(expected), "{expected}:\n{shown}");
    }
}

/// The lines of the box whose top border holds `title`, inside its borders.
fn box_lines(lines: &[String], title: &str) -> Vec<String> {
    let top = lines
        .iter()
        .position(|l| l.contains(title))
        .unwrap_or_else(|| panic!("no box {title:?}:\n{}", lines.join("\n")));
    let left = lines[top][..lines[top].find('┌').unwrap()].chars().count();
    let mut out = Vec::new();
    for line in &lines[top + 1..] {
        let rest: String = line.chars().skip(left).collect();
        if rest.starts_with('└') {
            break;
        }
        out.push(rest.trim_start_matches('│').to_string());
    }
    out
}

#[test]
fn the_charter_text_scrolls_to_its_last_line_and_back() {
    let mut app = example();
    keys(&mut app, "2");
    let first = box_lines(
        &draw_checked(&mut app, 80, 24, "charter"),
        "Service charter",
    );
    keys(&mut app, "}");
    let scrolled = box_lines(
        &draw_checked(&mut app, 80, 24, "charter"),
        "Service charter",
    );
    assert_ne!(first, scrolled, "}} does not scroll the charter text");
    assert!(
        scrolled[0].contains(first[1].trim_end_matches(['│', '█', '║', ' '])),
        "one line down: {first:?} → {scrolled:?}"
    );
    // Far down, the terms (the last line) show, and one { is one line back.
    for _ in 0..200 {
        keys(&mut app, "}");
    }
    let bottom = box_lines(
        &draw_checked(&mut app, 80, 24, "charter"),
        "Service charter",
    );
    let terms = app.plan.charter.terms.clone().unwrap();
    let end: String = terms.split_whitespace().last().unwrap().to_string();
    assert!(
        bottom.iter().any(|l| l.contains(&end)),
        "the last line is not in view after scrolling: {bottom:?}"
    );
    let most = app.charter_scroll;
    keys(&mut app, "{");
    assert_eq!(app.charter_scroll, most - 1);
    // The wheel over the text scrolls it too.
    let text = app.panes.text.unwrap();
    mouse(&mut app, MouseEventKind::ScrollUp, text.x + 2, text.y + 1);
    assert_eq!(app.charter_scroll, most - 4);
}

#[test]
fn the_detail_scrolls_with_j_k_and_the_wheel_and_resets_on_move() {
    let mut app = example();
    keys(&mut app, "4G");
    let top = box_lines(
        &draw_checked(&mut app, 80, 24, "detail"),
        "milestone year-end-review",
    );
    keys(&mut app, "JJ");
    let lines = draw_checked(&mut app, 80, 24, "detail scrolled");
    let scrolled = box_lines(&lines, "milestone year-end-review");
    assert_eq!(app.list().detail_scroll, 2);
    assert!(
        scrolled[0].starts_with(top[2].trim_end_matches(['│', '█', '║', ' '])),
        "two lines down: {top:?} → {scrolled:?}"
    );
    // The actions at the end come into view when scrolled far enough.
    for _ in 0..100 {
        keys(&mut app, "J");
    }
    let bottom = box_lines(
        &draw_checked(&mut app, 80, 24, "detail"),
        "milestone year-end-review",
    );
    assert!(
        bottom.iter().any(|l| l.contains("Present the results")),
        "{bottom:?}"
    );
    let most = app.list().detail_scroll;
    assert!(
        most > 2 && most < 100,
        "scroll {most} is not kept to the text"
    );
    keys(&mut app, "K");
    assert_eq!(app.list().detail_scroll, most - 1);
    // The wheel over the detail scrolls it and leaves the selection.
    let detail = app.panes.detail.unwrap();
    let selected = app.list().selected;
    mouse(
        &mut app,
        MouseEventKind::ScrollUp,
        detail.x + 2,
        detail.y + 2,
    );
    assert_eq!(app.list().detail_scroll, most - 4);
    assert_eq!(app.list().selected, selected);
    // Another item starts at its top.
    keys(&mut app, "k");
    assert_eq!(app.list().detail_scroll, 0);
}

#[test]
fn a_mistyped_filter_key_names_it_and_the_filters_and_keeps_the_prompt() {
    let mut app = example();
    keys(&mut app, "4fonwer:dana");
    send(&mut app, KeyCode::Enter);
    assert!(
        matches!(app.mode, Mode::Prompt(_)),
        "the prompt stays open to fix the key"
    );
    let (message, is_error) = app.message.clone().unwrap();
    assert!(is_error);
    assert_eq!(
        message,
        "no filter `onwer`: did you mean `owner`? filters: status, owner, phase, goal, overdue"
    );
    assert_eq!(
        app.list().rows.len(),
        app.plan.milestones.milestones.len(),
        "the list is not filtered by a filter that is not one"
    );
    // A key far from every filter lists them without a guess.
    send(&mut app, KeyCode::Esc);
    keys(&mut app, "4fcolour:red");
    send(&mut app, KeyCode::Enter);
    let (message, _) = app.message.clone().unwrap();
    assert_eq!(
        message,
        "no filter `colour`: filters: status, owner, phase, goal, overdue"
    );
    // A colon after a number is text, as before.
    send(&mut app, KeyCode::Esc);
    keys(&mut app, "4f12:30");
    send(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Normal));
}

#[test]
fn overdue_shows_the_open_milestones_past_their_due_date() {
    let mut app = example();
    keys(&mut app, "4foverdue");
    send(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Normal));
    let overdue: Vec<usize> = app
        .plan
        .milestones
        .milestones
        .iter()
        .enumerate()
        .filter(|(_, m)| {
            !matches!(m.status, Status::Done | Status::Cancelled)
                && m.due.is_some_and(|d| d < app.today)
        })
        .map(|(i, _)| i)
        .collect();
    assert!(!overdue.is_empty(), "the example has overdue milestones");
    assert!(overdue.len() < app.plan.milestones.milestones.len());
    let shown: Vec<usize> = app.list().rows.iter().map(|(_, i)| *i).collect();
    assert_eq!(shown, overdue);
    // It combines with the other filters.
    keys(&mut app, "f");
    keys(&mut app, " status:done");
    send(&mut app, KeyCode::Enter);
    assert!(
        app.list().rows.is_empty(),
        "a done milestone is not overdue"
    );
}

#[test]
fn overdue_on_the_reviews_finds_reviews_with_late_open_actions() {
    let mut app = example();
    keys(&mut app, "7foverdue");
    send(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Normal));
    let late: Vec<usize> = app
        .plan
        .reviews
        .iter()
        .enumerate()
        .filter(|(_, r)| {
            r.actions
                .iter()
                .any(|a| !a.done && a.due.is_some_and(|d| d < app.today))
        })
        .map(|(i, _)| i)
        .collect();
    let shown: Vec<usize> = app.list().rows.iter().map(|(_, i)| *i).collect();
    assert_eq!(shown, late);
    // On a list without due dates `overdue` is a word like any other.
    keys(&mut app, "3foverdue");
    send(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Normal));
    assert!(app.list().rows.is_empty());
}

#[test]
fn the_filter_prompt_shows_the_filter_words() {
    let mut app = example();
    keys(&mut app, "4f");
    let text = screen(&mut app, 80, 24);
    assert!(
        text.contains("filters: status: owner: phase: goal: overdue · words match any column"),
        "{text}"
    );
    snapshot("filter_prompt_80x24", text);
}

#[test]
fn goals_and_metrics_filter_by_owner_and_their_own_words() {
    let mut app = example();
    keys(&mut app, "3fowner:dana");
    send(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Normal), "{:?}", app.message);
    let goals = &app.plan.goals.goals;
    let shown: Vec<usize> = app.list().rows.iter().map(|(_, i)| *i).collect();
    let dana: Vec<usize> = (0..goals.len())
        .filter(|i| {
            goals[*i]
                .owner
                .as_ref()
                .is_some_and(|o| o.as_str() == "dana")
        })
        .collect();
    assert!(!dana.is_empty());
    assert_eq!(shown, dana);

    let mut app = example();
    keys(&mut app, "5fstate:behind");
    send(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Normal), "{:?}", app.message);
    let shown: Vec<String> = app
        .list()
        .rows
        .iter()
        .map(|(k, i)| k.id(&app.plan, *i))
        .collect();
    assert_eq!(shown, ["aht", "csat"]);
}
