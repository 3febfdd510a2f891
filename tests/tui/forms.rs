//! Forms: what they refuse (an impossible date, a duplicate id), that an
//! unchanged form changes nothing, and text fields edited at the cursor.

use charter::tui::app::{Effect, Mode};
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use unicode_width::UnicodeWidthStr;

use super::common::tui::{ctrl, cursor_at, draw_checked, focused_text, keys, send, send_with};
use super::{example, fill_new_milestone};

#[test]
fn an_impossible_date_is_shown_under_its_field_and_enter_refuses() {
    let mut app = example();
    let count = app.plan.milestones.milestones.len();
    fill_new_milestone(
        &mut app,
        "bad-date",
        "A milestone with a bad date",
        "2026-02-30",
    );
    let Mode::Form(form) = &app.mode else {
        panic!("not in the form")
    };
    let due_at = form
        .fields
        .iter()
        .position(|(f, _)| f.key == "due")
        .unwrap();
    let error = form.errors[due_at].clone().unwrap();
    assert!(error.contains("2026-02 has 28 days"), "{error}");

    let lines = draw_checked(&mut app, 120, 40, "form with a bad date");
    let row = lines
        .iter()
        .position(|l| l.contains(" due ") && l.contains("2026-02-30"))
        .unwrap_or_else(|| panic!("no due field on screen:\n{}", lines.join("\n")));
    assert!(
        lines[row + 1].contains("✖") && lines[row + 1].contains("2026-02 has 28 days"),
        "the line under the due field is {:?}\n{}",
        lines[row + 1],
        lines.join("\n")
    );

    assert_eq!(send(&mut app, KeyCode::Enter), Effect::None);
    let Mode::Form(form) = &app.mode else {
        panic!("enter closed the form with a bad date: {:?}", app.mode)
    };
    assert!(
        form.problems.iter().any(|p| p.contains("28 days")),
        "{:?}",
        form.problems
    );
    assert_eq!(app.plan.milestones.milestones.len(), count);
    assert!(!app.dirty());
    // Esc leaves the form without adding anything.
    send(&mut app, KeyCode::Esc);
    assert!(matches!(app.mode, Mode::Normal));
    assert_eq!(app.plan.milestones.milestones.len(), count);
}

#[test]
fn applying_an_unchanged_form_changes_nothing() {
    let mut changed = Vec::new();
    for n in 2..=7 {
        let mut app = example();
        keys(&mut app, &n.to_string());
        for row in 0..app.list().rows.len() {
            keys(&mut app, "g");
            for _ in 0..row {
                keys(&mut app, "j");
            }
            let (kind, i) = app.selected().unwrap();
            let what = format!("{} {}", kind.name(), kind.id(&app.plan, i));
            keys(&mut app, "e");
            send(&mut app, KeyCode::Enter);
            assert!(
                matches!(app.mode, Mode::Normal),
                "{what}: the unchanged form is refused: {:?}",
                app.mode
            );
            if app.dirty() {
                changed.push(format!("{what}: {:?}", app.change_summary()));
                keys(&mut app, "u");
            }
        }
    }
    assert!(
        changed.is_empty(),
        "opening a form and pressing enter changed the item:\n{changed:#?}"
    );
}

#[test]
fn a_duplicate_id_is_refused_by_the_form() {
    let mut app = example();
    let count = app.plan.milestones.milestones.len();
    fill_new_milestone(
        &mut app,
        "current-state",
        "A second milestone with the id of the first",
        "2026-12-11",
    );
    send(&mut app, KeyCode::Enter);
    assert!(
        matches!(app.mode, Mode::Form(_)),
        "the form added a second milestone `current-state` (message: {:?}; the plan now has {} errors; \
         a save would commit it as {:?})",
        app.message,
        app.status.errors,
        app.change_summary()
    );
    assert_eq!(app.plan.milestones.milestones.len(), count);
}

#[test]
fn form_fields_edit_at_the_cursor_and_the_cursor_is_drawn_there() {
    let mut app = example();
    keys(&mut app, "4am");
    keys(&mut app, "acde");
    send(&mut app, KeyCode::Left);
    send(&mut app, KeyCode::Left);
    send(&mut app, KeyCode::Left);
    keys(&mut app, "b");
    assert_eq!(focused_text(&app).0, "abcde");
    send(&mut app, KeyCode::Home);
    keys(&mut app, "x");
    ctrl(&mut app, 'e');
    keys(&mut app, "y");
    ctrl(&mut app, 'a');
    send(&mut app, KeyCode::Right);
    send(&mut app, KeyCode::Delete);
    assert_eq!(focused_text(&app).0, "xbcdey");
    send(&mut app, KeyCode::Right);
    send(&mut app, KeyCode::Backspace);
    assert_eq!(focused_text(&app), ("xcdey".to_string(), 1));

    // The cursor is drawn after the `x`, where the next key would go.
    let (lines, x, y) = cursor_at(&mut app, 120, 40);
    let row = &lines[y as usize];
    let start = row.find("xcdey").unwrap_or_else(|| panic!("{row:?}"));
    assert_eq!(x as usize, row[..start].width() + 1, "{row:?}");

    // Hebrew with vowel points: the cursor moves on the screen, so → goes
    // back through a right-to-left word; it skips a letter and its marks
    // together, ⌫ takes them together, and the cursor column counts what
    // is drawn.
    send(&mut app, KeyCode::Tab);
    let word = "\u{5e9}\u{5c1}\u{5b8}\u{5dc}\u{5d5}\u{5b9}\u{5dd}"; // שָׁלוֹם
    keys(&mut app, word);
    send(&mut app, KeyCode::Right);
    send(&mut app, KeyCode::Right);
    let (text, cursor) = focused_text(&app);
    assert_eq!(&text[..cursor], "\u{5e9}\u{5c1}\u{5b8}\u{5dc}");
    let (_, x_mid, _) = cursor_at(&mut app, 120, 40);
    send(&mut app, KeyCode::Backspace);
    assert_eq!(
        focused_text(&app).0,
        "\u{5e9}\u{5c1}\u{5b8}\u{5d5}\u{5b9}\u{5dd}"
    );
    let (_, x_after, _) = cursor_at(&mut app, 120, 40);
    // The word is right-aligned in its field: one letter less moves the
    // rest, and the cursor on it, one column right; the marks take none.
    assert_eq!(
        x_after - x_mid,
        1,
        "one letter back, its marks take no column"
    );
}

#[test]
fn word_keys_move_and_delete_by_word_in_a_field() {
    let mut app = example();
    keys(&mut app, "4e");
    send(&mut app, KeyCode::Tab);
    ctrl(&mut app, 'e');
    // Clear the title a word at a time, then type a new one.
    while !focused_text(&app).0.is_empty() {
        let before = focused_text(&app).0;
        ctrl(&mut app, 'w');
        assert_ne!(focused_text(&app).0, before, "^w deleted nothing");
    }
    keys(&mut app, "Call back; the same day");
    send_with(&mut app, KeyCode::Left, KeyModifiers::CONTROL);
    send_with(&mut app, KeyCode::Left, KeyModifiers::CONTROL);
    let (text, cursor) = focused_text(&app);
    assert_eq!(&text[cursor..], "same day");
    keys(&mut app, "very ");
    assert_eq!(focused_text(&app).0, "Call back; the very same day");
    send_with(&mut app, KeyCode::Char('b'), KeyModifiers::ALT);
    send_with(&mut app, KeyCode::Char('b'), KeyModifiers::ALT);
    let (text, cursor) = focused_text(&app);
    assert_eq!(&text[cursor..], "the very same day");
    send(&mut app, KeyCode::Home);
    send_with(&mut app, KeyCode::Char('f'), KeyModifiers::ALT);
    send_with(&mut app, KeyCode::Right, KeyModifiers::CONTROL);
    let (text, cursor) = focused_text(&app);
    assert_eq!(&text[cursor..], "; the very same day");
    // Alt+b is a word key, not the letter b typed into the field.
    assert!(!text.contains("bb"), "{text}");
}

#[test]
fn help_pages_down_and_jumps_to_its_ends() {
    let mut app = example();
    keys(&mut app, "?");
    let top = draw_checked(&mut app, 80, 24, "help at the top").join("\n");
    send(&mut app, KeyCode::PageDown);
    let Mode::Help(after_page) = app.mode else {
        panic!("PgDn left help: {:?}", app.mode)
    };
    assert!(after_page > 1, "PgDn moved {after_page} lines");
    keys(&mut app, "G");
    let bottom = draw_checked(&mut app, 80, 24, "help at the bottom").join("\n");
    let Mode::Help(last) = app.mode else {
        panic!("G left help")
    };
    assert!(last >= after_page, "G went up: {last} < {after_page}");
    assert_ne!(top, bottom, "help did not scroll");
    // G went to the last page: there is nothing further down.
    keys(&mut app, "j");
    draw_checked(&mut app, 80, 24, "help past the bottom");
    assert!(
        matches!(app.mode, Mode::Help(n) if n == last),
        "{:?}",
        app.mode
    );
    keys(&mut app, "g");
    assert!(matches!(app.mode, Mode::Help(0)));
}

#[test]
fn a_long_field_scrolls_so_the_cursor_stays_in_view() {
    let mut app = example();
    keys(&mut app, "4am");
    send(&mut app, KeyCode::Tab);
    let long: String = (0..30).map(|n| format!("w{n} ")).collect();
    keys(&mut app, &long);
    keys(&mut app, "END");
    let (lines, x, y) = cursor_at(&mut app, 80, 24);
    let row = &lines[y as usize];
    assert!(x < 79, "the cursor is outside the box: {x} in {row:?}");
    assert!(
        row.contains("END"),
        "the end of the text is not shown: {row:?}"
    );
    assert!(
        !row.contains("w0 "),
        "the start should have scrolled away: {row:?}"
    );
    // Home shows the start again, with the cursor on it.
    send(&mut app, KeyCode::Home);
    let (lines, x2, y2) = cursor_at(&mut app, 80, 24);
    let row = &lines[y2 as usize];
    assert_eq!(y2, y);
    assert!(row.contains("w0 w1"), "{row:?}");
    assert_eq!(x2 as usize, row[..row.find("w0").unwrap()].width());
}

#[test]
fn e_on_the_plan_details_edits_the_plans_own_details() {
    let mut app = example();
    keys(&mut app, "2g");
    assert_eq!(app.selected().map(|(k, _)| k.name()), Some("plan details"));
    let before = app.plan.meta.clone();
    keys(&mut app, "e");
    let Mode::Form(form) = &app.mode else {
        panic!("e does not open a form: {:?}", app.mode)
    };
    let title_at = form
        .fields
        .iter()
        .position(|(f, _)| f.key == "title")
        .unwrap();
    assert_eq!(form.fields[title_at].1, before.title);
    for _ in 0..title_at {
        send(&mut app, KeyCode::Tab);
    }
    keys(&mut app, " (2027)");
    send(&mut app, KeyCode::Enter);
    assert!(
        matches!(app.mode, Mode::Normal),
        "the plan details were refused: {:?}",
        app.mode
    );
    assert_eq!(app.plan.meta.title, format!("{} (2027)", before.title));
    assert_eq!(app.plan.meta.id, before.id);
    assert_eq!(app.plan.meta.start, before.start);
    assert_eq!(app.plan.meta.units, before.units);
    assert_eq!(app.status.errors, 0);
}

#[test]
fn an_id_listed_twice_is_refused_by_the_form() {
    let mut app = example();
    keys(&mut app, "4g");
    let (_, i) = app.selected().unwrap();
    let before = app.plan.milestones.milestones[i].clone();
    keys(&mut app, "e");
    let Mode::Form(form) = &app.mode else {
        panic!("e does not open a form: {:?}", app.mode)
    };
    let agents_at = form
        .fields
        .iter()
        .position(|(f, _)| f.key == "agents")
        .unwrap();
    for _ in 0..agents_at {
        send(&mut app, KeyCode::Tab);
    }
    let (text, _) = focused_text(&app);
    for _ in 0..text.chars().count() {
        send(&mut app, KeyCode::Backspace);
    }
    keys(&mut app, "tom, tom");
    let Mode::Form(form) = &app.mode else {
        panic!("not in the form: {:?}", app.mode)
    };
    let error = form.errors[agents_at].clone().unwrap_or_default();
    assert!(error.contains("`tom` is listed twice"), "{error:?}");
    send(&mut app, KeyCode::Enter);
    let Mode::Form(form) = &app.mode else {
        panic!(
            "enter closed the form with an id listed twice: {:?}",
            app.mode
        )
    };
    assert!(
        form.problems
            .iter()
            .any(|p| p.contains("agents") && p.contains("`tom` is listed twice")),
        "{:?}",
        form.problems
    );
    assert_eq!(app.plan.milestones.milestones[i], before);
    assert!(!app.dirty());
}
