//! The Overview keeps its four boxes at every size from 80×24, gives
//! metric names the width it has, and says when metrics were left out;
//! the header's badge counts the plan's problems and `!` lists them.

use charter::tui::app::{App, Mode};

use super::common::tui::{draw_checked, keys, open, screen};
use super::{example, snapshot};

fn fixture(name: &str) -> App {
    open(
        &super::common::root()
            .join("tests/fixtures/broken")
            .join(name),
        "2026-03-15",
    )
}

/// The titles of the boxes on screen.
fn boxes(lines: &[String]) -> Vec<String> {
    let mut titles = Vec::new();
    for line in lines {
        for part in line.split('┌').skip(1) {
            let title: String = part
                .trim_start_matches('─')
                .trim_start()
                .chars()
                .take_while(|c| *c != '─')
                .collect();
            titles.push(title.trim().to_string());
        }
    }
    titles
}

#[test]
fn every_box_shows_from_80x24_up() {
    for (w, h) in [(80, 24), (100, 30), (120, 40)] {
        let mut app = example();
        let lines = draw_checked(&mut app, w, h, "overview");
        let titles = boxes(&lines);
        // 13 metrics: a small screen says how many of them it shows.
        for want in ["Metrics 13", "Milestones 16", "Review", "Open actions 11"] {
            assert!(
                titles
                    .iter()
                    .any(|t| t == want || t.starts_with(&format!("{want} · "))),
                "{w}×{h}: no box {want:?} in {titles:?}\n{}",
                lines.join("\n")
            );
        }
        // Every metric, its name whole.
        let text = lines.join("\n");
        for name in [
            "First-contact res",
            "Net promoter score",
            "Employee net prom",
        ] {
            assert!(text.contains(name), "{w}×{h}: {name}\n{text}");
        }
        // Open actions show at least two, the late ones marked.
        let late = lines
            .iter()
            .filter(|l| l.contains("Plan the CTI report") || l.contains("Rebuild the weekly"))
            .count();
        assert_eq!(late, 2, "{w}×{h}\n{text}");
    }
    let mut app = example();
    let lines = draw_checked(&mut app, 120, 40, "overview");
    let fcr = lines.iter().find(|l| l.contains("│fcr ")).unwrap();
    assert!(fcr.contains("First-contact resolution"), "{fcr}");
}

#[test]
fn a_dropped_metric_is_explained_and_listed() {
    let mut app = fixture("16-missing-metric-direction");
    assert_eq!(app.plan.metrics.metrics.len(), 0);
    assert!(app.status.errors >= 1);
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("Metrics 0"), "{text}");
    assert!(
        text.contains("✖ metrics.yaml has 1 error: a metric it could not read is left out"),
        "{text}"
    );
    snapshot("overview_dropped_metric_80x24", text);
    snapshot("overview_dropped_metric_120x40", screen(&mut app, 120, 40));
    keys(&mut app, "!");
    let Mode::Pick(pick) = &app.mode else {
        panic!("! does not list the problems: {:?}", app.mode)
    };
    assert!(
        pick.choices
            .iter()
            .any(|(l, _)| l.contains("metrics.yaml:2:5") && l.contains("direction")),
        "{:?}",
        pick.choices
    );
    for (w, h) in [(80, 24), (120, 40)] {
        snapshot(
            &format!("problems_dropped_metric_{w}x{h}"),
            screen(&mut app, w, h),
        );
    }
}

#[test]
fn the_header_badge_counts_errors_and_warnings() {
    let mut app = fixture("16-missing-metric-direction");
    let (e, w) = (app.status.errors, app.status.warnings);
    let badge = charter::tui::view::problems_badge(e, w);
    assert!(badge.starts_with(&format!("✖ {e}")), "{badge}");
    let lines = draw_checked(&mut app, 80, 24, "badge");
    assert!(lines[0].trim_end().ends_with(&badge), "{}", lines[0]);
    // On every tab.
    keys(&mut app, "4");
    let lines = draw_checked(&mut app, 120, 40, "badge");
    assert!(lines[0].trim_end().ends_with(&badge), "{}", lines[0]);

    let mut app = fixture("70-warn-metric-without-readings");
    assert_eq!(app.status.errors, 0);
    let warnings = app.status.warnings;
    assert!(warnings >= 5);
    let lines = draw_checked(&mut app, 80, 24, "badge");
    assert!(
        lines[0].trim_end().ends_with(&format!("⚠ {warnings}")),
        "{}",
        lines[0]
    );
    assert!(!lines[0].contains('✖'));
    keys(&mut app, "!");
    let Mode::Pick(pick) = &app.mode else {
        panic!("! does not list the problems")
    };
    assert_eq!(pick.choices.len(), warnings);

    // A clean plan: no badge.
    let mut app = example();
    assert_eq!((app.status.errors, app.status.warnings), (0, 0));
    let lines = draw_checked(&mut app, 80, 24, "badge");
    assert!(!lines[0].contains('⚠') && !lines[0].contains('✖'));
}
