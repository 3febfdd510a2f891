//! Right-to-left text on a terminal without bidi: the Hebrew template's
//! screens in visual order (snapshots), its lists mirrored, a form field
//! whose cursor moves across the screen, and the terminal mode that
//! leaves the order to the terminal.

use charter::tui::app::{Mode, Tab};
use charter::tui::bidi;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use super::common::tui::{cursor_at, focused_text, keys, screen, send, send_with};
use super::{hebrew, snapshot};

/// The first milestone of the Hebrew template, as stored.
const TITLE: &str = "אפיון מצב קיים – ניתוח נתונים, ראיונות וסקר לקוחות";

fn reversed(text: &str) -> String {
    text.chars().rev().collect()
}

#[test]
fn hebrew_screens_read_in_visual_order() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut app = hebrew();
        let overview = screen(&mut app, w, h);
        // The plan's title starts the header, its first word at the right.
        assert!(overview.contains(&reversed("מוקד השירות")), "{overview}");
        assert!(!overview.contains("מוקד השירות"), "{overview}");
        snapshot(&format!("hebrew_overview_{w}x{h}"), overview);

        keys(&mut app, "4");
        assert_eq!(app.tab, Tab::Milestones);
        let list = screen(&mut app, w, h);
        // The detail pane shows the selected milestone's title whole, in
        // visual order (a pure Hebrew run reads reversed in storage order),
        // right-aligned in its box.
        let title_row = list
            .lines()
            .rfind(|l| l.contains(&bidi::visual_text(TITLE)))
            .unwrap_or_else(|| panic!("the title is not in visual order:\n{list}"));
        assert!(
            title_row
                .trim_end()
                .ends_with(&format!("{}│", bidi::visual_text(TITLE)))
                || title_row
                    .trim_end()
                    .ends_with(&format!("{}█", bidi::visual_text(TITLE))),
            "not right-aligned: {title_row:?}"
        );
        assert!(!list.contains(TITLE), "{list}");
        snapshot(&format!("hebrew_milestones_{w}x{h}"), list);

        send(&mut app, KeyCode::Enter);
        assert!(matches!(app.mode, Mode::Form(_)), "{:?}", app.mode);
        let form = screen(&mut app, w, h);
        assert!(!form.contains("מצב קיים"), "{form}");
        snapshot(&format!("hebrew_milestone_form_{w}x{h}"), form);
    }
}

#[test]
fn a_hebrew_plan_mirrors_its_lists() {
    let mut app = hebrew();
    assert!(app.bidi.rtl_layout, "the template's language is Hebrew");
    keys(&mut app, "4");
    let shown = screen(&mut app, 120, 40);
    let lines: Vec<&str> = shown.lines().collect();
    // The header: the first column (id) at the right, the last (due) at the left.
    let header = lines[3];
    // The UI's words are Hebrew too, in visual order.
    let (id, due) = (bidi::visual_text("מזהה"), bidi::visual_text("תאריך יעד"));
    let (id_at, due_at) = (header.find(&id).unwrap(), header.find(&due).unwrap());
    assert!(due_at < id_at, "{header:?}");
    assert!(header.trim_end().ends_with(&format!("{id}│")), "{header:?}");
    // A row ends with its id, its date at the left.
    let row = lines[4];
    assert!(row.trim_end().ends_with("current-state│"), "{row:?}");
    assert!(
        row.trim_start_matches(['│', ' ']).starts_with("2026-"),
        "{row:?}"
    );
}

#[test]
fn a_hebrew_plan_mirrors_the_overviews_rows() {
    let mut app = hebrew();
    let shown = screen(&mut app, 120, 40);
    let row = |start: &str| {
        shown
            .lines()
            .find(|l| l.contains(start))
            .unwrap_or_else(|| panic!("no row with {start:?}:\n{shown}"))
            .to_string()
    };
    // A metric: its id at the right, its state at the left.
    let fcr = row("fcr│");
    let no_data = bidi::visual_text("אין נתונים");
    assert!(fcr.starts_with(&format!("│{no_data} ·")), "{fcr:?}");
    assert!(
        fcr.contains(&bidi::visual_text("פתרון במגע ראשון (FCR)")),
        "{fcr:?}"
    );
    // Its numbers read left to right whole, a Hebrew unit after them (on their left).
    let asa = row("asa│");
    assert!(
        asa.contains(&format!("{} 90 → – → 75 ", reversed("שניות"))),
        "{asa:?}"
    );
    // An overdue milestone: its mark and id at the right, the days late at the left.
    let overdue = row("current-state ! │");
    let days = bidi::visual_text("י׳");
    assert!(overdue.starts_with(&format!("│{days} -")), "{overdue:?}");
    // A next due one the same, its date at the left.
    let next = row("year-end-review   │");
    let due_in = bidi::visual_text("2026-12-18 בעוד 25 י׳");
    assert!(next.starts_with(&format!("│{due_in} ")), "{next:?}");
    // An open action: the text at the right, the late mark at the left
    // and the owner next to the text.
    let action = row("ruth  ");
    let action = &action[action.rfind("││").unwrap_or(0)..];
    assert!(
        action.starts_with(&format!(
            "││! {}  ruth  ",
            bidi::visual_text("עד 2026-01-23")
        )),
        "{action:?}"
    );
    assert!(
        action.ends_with(&format!(
            "{}│",
            bidi::visual_text("ראיונות עומק עם מנהלים ונציגי שטח")
        )),
        "{action:?}"
    );
}

#[test]
fn the_cursor_moves_across_the_screen_in_a_hebrew_field_with_a_number() {
    let mut app = hebrew();
    keys(&mut app, "4am");
    assert!(matches!(app.mode, Mode::Form(_)), "{:?}", app.mode);
    send(&mut app, KeyCode::Tab);
    // "abc 12 de" in Hebrew letters: on screen "ed 12 cba", read from the right.
    let text = "אבג 12 דה";
    keys(&mut app, text);
    assert_eq!(focused_text(&app), (text.to_string(), text.len()));
    let (lines, x0, y) = cursor_at(&mut app, 120, 40);
    let row = lines[y as usize].clone();
    let shown = "הד 12 גבא";
    assert!(row.contains(shown), "{row:?}");
    // At the end of a right-to-left text the cursor is left of it.
    let start = row.find(shown).unwrap();
    assert_eq!(x0 as usize + 1, row[..start].chars().count(), "{row:?}");
    // → walks right one column at a time: back through the Hebrew word,
    // then forward through the number, which reads left to right.
    let mut before = Vec::new();
    let mut x = x0;
    for _ in 0..5 {
        send(&mut app, KeyCode::Right);
        let (_, next, _) = cursor_at(&mut app, 120, 40);
        assert_eq!(next, x + 1, "→ moved from column {x} to {next}");
        x = next;
        let (t, c) = focused_text(&app);
        before.push(t[..c].to_string());
    }
    assert_eq!(
        before,
        ["אבג 12 ד", "אבג 12 ", "אבג 12", "אבג ", "אבג 1"],
        "the logical places under the cursor, left to right"
    );
    // ← goes back left the same way, column by column.
    for _ in 0..5 {
        send(&mut app, KeyCode::Left);
        let (_, next, _) = cursor_at(&mut app, 120, 40);
        assert_eq!(next + 1, x, "← moved from column {x} to {next}");
        x = next;
    }
    assert_eq!(focused_text(&app).1, text.len());
    // Typing at a place on the screen stores the text in logical order.
    for _ in 0..4 {
        send(&mut app, KeyCode::Right);
    }
    keys(&mut app, "3");
    assert_eq!(focused_text(&app).0, "אבג 312 דה");
    // A word jump to the right lands on the next word on the screen.
    send(&mut app, KeyCode::End);
    send_with(&mut app, KeyCode::Right, KeyModifiers::CONTROL);
    let (t, c) = focused_text(&app);
    assert_eq!(
        &t[c..],
        "312 דה",
        "^→ from the end goes to the next word on the right"
    );
    send_with(&mut app, KeyCode::Left, KeyModifiers::CONTROL);
    let (t, c) = focused_text(&app);
    // On the leftmost letter of the word on the left: the last one stored.
    assert_eq!(&t[c..], "ה", "^← goes back to the word on the left");
}

#[test]
fn in_terminal_mode_text_stays_in_logical_order() {
    let mut app = hebrew();
    app.bidi.mode = bidi::Mode::Terminal;
    keys(&mut app, "4");
    let shown = screen(&mut app, 120, 40);
    assert!(shown.contains("מוקד השירות"), "{shown}");
    assert!(shown.contains("אפיון מצב קיים"), "{shown}");
    assert!(!shown.contains(&bidi::visual_text(TITLE)), "{shown}");
}
