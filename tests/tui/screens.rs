//! Screens as the user sees them, snapshotted: every tab and every popup
//! at two sizes, the overview at DESIGN §5's size, and what must show in
//! them (both plan dates over the timeline, the files' own words).

use charter::tui::app::{App, Mode, Tab};

use super::common::tui::{draw_checked, keys, screen};
use super::{example, hebrew, snapshot};

const SNAPSHOT_SIZES: [(u16, u16); 2] = [(120, 40), (80, 24)];

#[test]
fn snapshot_every_tab() {
    for (w, h) in SNAPSHOT_SIZES {
        // The History tab shows the log of the repository the plan is in,
        // which for the example plan is this project's own: its screens are
        // snapshotted on the demo's fixed history in tests/tui_history.rs.
        for (n, tab) in Tab::ALL
            .iter()
            .enumerate()
            .filter(|(_, t)| **t != Tab::History)
        {
            let mut app = example();
            keys(&mut app, &(n + 1).to_string());
            assert_eq!(app.tab, *tab);
            let name = format!("tab_{}_{}_{w}x{h}", n + 1, tab.title().to_lowercase());
            snapshot(&name, screen(&mut app, w, h));
        }
    }
}

/// The popups and the other views, each reached by its keys.
fn popup_scenarios() -> Vec<(&'static str, App)> {
    let mut out = Vec::new();

    let mut app = example();
    keys(&mut app, "?");
    assert!(matches!(app.mode, Mode::Help(_)));
    out.push(("help", app));

    let mut app = example();
    keys(&mut app, "4t");
    assert!(app.timeline);
    out.push(("milestone_timeline", app));

    let mut app = example();
    keys(&mut app, "4e");
    assert!(matches!(app.mode, Mode::Form(_)));
    out.push(("milestone_form", app));

    let mut app = example();
    keys(&mut app, "/crm");
    assert!(matches!(app.mode, Mode::Pick(_)));
    out.push(("search_crm", app));

    let mut app = example();
    keys(&mut app, "!");
    assert!(matches!(app.mode, Mode::Pick(_)));
    out.push(("problems", app));

    let mut app = example();
    keys(&mut app, "4d");
    assert!(matches!(app.mode, Mode::Confirm(_)));
    out.push(("delete_confirmation", app));

    out
}

#[test]
fn snapshot_popups_and_views() {
    for (w, h) in SNAPSHOT_SIZES {
        for (name, mut app) in popup_scenarios() {
            snapshot(&format!("{name}_{w}x{h}"), screen(&mut app, w, h));
        }
    }
}

#[test]
fn overview_at_100x30_shows_readable_names_and_sparklines() {
    for (name, mut app) in [("example", example()), ("hebrew", hebrew())] {
        let shown = screen(&mut app, 100, 30);
        snapshot(&format!("overview_100x30_{name}"), shown);
    }
    let mut app = example();
    let lines = draw_checked(&mut app, 100, 30, "overview");
    let fcr = lines
        .iter()
        .find(|l| l.contains("│fcr "))
        .unwrap_or_else(|| panic!("no fcr line:\n{}", lines.join("\n")));
    assert!(
        fcr.contains("First-contact resolution"),
        "the name is cut short: {fcr}"
    );
    assert!(fcr.contains("62 → 75 → 74 %"), "{fcr}");
    // Ids are whole when the box has room.
    assert!(
        lines.iter().any(|l| l.contains("│contacts-per-rep ")),
        "{}",
        lines.join("\n")
    );
    assert!(
        fcr.contains(['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█']),
        "no sparkline: {fcr}"
    );
}

#[test]
fn the_timeline_header_shows_both_plan_dates() {
    for (w, h) in SNAPSHOT_SIZES {
        let mut app = example();
        keys(&mut app, "4t");
        let lines = draw_checked(&mut app, w, h, "timeline");
        let header = &lines[3];
        assert!(
            header.contains("2025-12-22") && header.contains("2026-12-17"),
            "at {w}×{h} the today marker overwrites a plan date: {header:?}"
        );
    }
}

#[test]
fn levels_and_health_are_shown_in_the_words_of_the_files() {
    let mut app = example();
    keys(&mut app, "6");
    let people = screen(&mut app, 120, 40);
    for debug in [
        "DepartmentManager",
        "ShiftManager",
        "TeamLeader",
        "SeniorRep",
    ] {
        assert!(
            !people.contains(debug),
            "the People tab shows the Rust name `{debug}`:\n{people}"
        );
    }
    keys(&mut app, "7");
    let reviews = screen(&mut app, 120, 40);
    for debug in ["OnTrack", "NotStarted", "AtRisk", "OffTrack"] {
        assert!(
            !reviews.contains(debug),
            "the review detail shows the Rust name `{debug}`:\n{reviews}"
        );
    }
}
