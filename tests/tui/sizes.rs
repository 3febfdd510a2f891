//! Every screen drawn at every size down to 1×1: no panic, every line
//! exactly the terminal's width, nothing lost under a wide character.

use charter::tui::app::App;
use ratatui::crossterm::event::KeyCode;

use super::common::tui::{draw_checked, keys, send};
use super::{example, hebrew};

/// The sizes the brief asks for: every width 1..=120 step 7 × every height
/// 1..=40 step 3, plus 20×6 (DESIGN §5's smallest) and the edges where
/// the layout changes.
fn sizes() -> Vec<(u16, u16)> {
    let mut sizes: Vec<(u16, u16)> = (1..=120u16)
        .step_by(7)
        .flat_map(|w| (1..=40u16).step_by(3).map(move |h| (w, h)))
        .collect();
    sizes.extend([(20, 6), (9, 3), (10, 2), (10, 3), (89, 30), (90, 30)]);
    sizes
}

/// A coarser grid, for the rarer popups: drawing costs ~10 ms a frame in
/// a debug build, and the full grid for every popup would take minutes.
fn fewer_sizes() -> Vec<(u16, u16)> {
    let mut sizes: Vec<(u16, u16)> = (1..=120u16)
        .step_by(17)
        .flat_map(|w| (1..=40u16).step_by(5).map(move |h| (w, h)))
        .collect();
    sizes.extend([(20, 6), (9, 3), (10, 2), (10, 3), (11, 4), (21, 7)]);
    sizes
}

/// Every tab, and every popup over the tab it opens on; the flag says
/// whether the screen is drawn at every size or at the coarser grid.
fn every_screen(make: fn() -> App) -> Vec<(String, bool, App)> {
    let mut out = Vec::new();
    // 8 (History) reads the repository's log: tests/tui_history.rs.
    for n in [1, 2, 3, 4, 5, 6, 7, 9] {
        let mut app = make();
        keys(&mut app, &n.to_string());
        out.push((format!("tab {n}"), true, app));
    }
    let scenarios: &[(&str, bool, &str)] = &[
        ("help", true, "?"),
        ("milestone edit form", true, "4e"),
        ("search", true, "/crm"),
        ("help on milestones, scrolled", false, "4?jjj"),
        ("timeline", false, "4t"),
        ("milestone add form", false, "4am"),
        ("add chooser", true, "5a"),
        ("add chooser, scrolled to the end", false, "a\x1b"),
        ("breakdown target form", false, "5ab"),
        ("review action form on the review screen", false, "7Nt"),
        ("metric edit form", false, "5e"),
        ("people edit form", false, "6e"),
        ("review edit form", false, "7e"),
        ("search, nothing found", false, "/zzzzqqq"),
        ("problems", false, "!"),
        ("delete confirmation", false, "4d"),
        ("filter prompt", false, "4f"),
        ("filter with no match", false, "4fnothing-matches\r"),
        ("record prompt", false, "5r"),
        ("actions filtered late, detail", false, "9flate\rj"),
        ("actions filter prompt", false, "9f"),
        ("reading edit form", false, "5]C"),
        ("reading delete confirmation", false, "5X"),
        ("unit edit form", false, "2Ge"),
        ("detail scrolled down", false, "4GJJJJJJJJ"),
        ("commit message prompt", false, "4xs"),
        ("quit confirmation", false, "4xq"),
    ];
    for (name, all_sizes, typed) in scenarios {
        let mut app = make();
        for ch in typed.chars() {
            match ch {
                '\r' => send(&mut app, KeyCode::Enter),
                // The last kind of the chooser.
                '\x1b' => send(&mut app, KeyCode::End),
                ch => send(&mut app, KeyCode::Char(ch)),
            };
        }
        out.push((name.to_string(), *all_sizes, app));
    }
    out
}

fn draws_at_every_size(make: fn() -> App, plan: &str) {
    let (all, fewer) = (sizes(), fewer_sizes());
    for (name, all_sizes, mut app) in every_screen(make) {
        for (w, h) in if all_sizes { &all } else { &fewer } {
            draw_checked(&mut app, *w, *h, &format!("{plan}, {name}"));
        }
    }
}

#[test]
fn every_screen_draws_at_every_size_from_1x1() {
    draws_at_every_size(example, "example plan");
}

#[test]
fn hebrew_plan_draws_at_every_size_from_1x1() {
    draws_at_every_size(hebrew, "Hebrew plan");
}

#[test]
fn hebrew_title_is_shown_whole_or_cut_between_characters() {
    let mut app = hebrew();
    let title = app.plan.meta.title.clone();
    assert!(title.starts_with("מוקד השירות"), "{title}");
    let mut whole = false;
    for w in (10..=160u16).step_by(3) {
        let lines = draw_checked(&mut app, w, 10, "Hebrew title");
        let header = &lines[0];
        let Some(shown) = header.strip_prefix(" charter · ") else {
            // Too narrow for the prefix itself: it must be cut with an
            // ellipsis, or left out when the date and the plan's day fill
            // the line (longer in Hebrew than in English).
            assert!(
                header.contains('…') || header.contains(super::TODAY),
                "at {w}: {header:?}"
            );
            continue;
        };
        // The title is pure Hebrew: on screen its letters are in reverse,
        // so read back in reverse it is the title or its start and `…`.
        // It has no digit: the date after it starts at the first one.
        let part = shown
            .split(|c: char| c.is_ascii_digit())
            .next()
            .unwrap_or_default();
        let read: String = part.trim().chars().rev().collect();
        if read == title {
            whole = true;
            continue;
        }
        let cut = read.strip_suffix('…').map(|r| r.trim_end_matches(' '));
        assert!(
            cut.is_some_and(|cut| title.starts_with(cut)),
            "at width {w} the title is neither whole nor cut with an ellipsis: {header:?}"
        );
    }
    assert!(whole, "the title is never shown whole, even at 160 columns");
}
