use ratatui::style::{Color, Style};

use super::*;

fn shown(text: &str) -> String {
    visual_text(text)
}

#[test]
fn a_pure_hebrew_run_reads_reversed_in_storage_order() {
    assert_eq!(shown("שלום עולם"), "םלוע םולש");
    assert_eq!(first_strong_rtl("שלום"), Some(true));
    assert_eq!(first_strong_rtl("12 abc"), Some(false));
    assert_eq!(first_strong_rtl("12 – ."), None);
}

#[test]
fn numbers_dates_and_ids_stay_left_to_right_inside_hebrew() {
    // "meeting on 2026-03-15 with north-t1, 75% done, +96d"
    assert_eq!(shown("פגישה ב-2026-03-15"), "2026-03-15-ב השיגפ");
    assert_eq!(shown("צוות north-t1 מוכן"), "ןכומ north-t1 תווצ");
    assert_eq!(shown("הושלם 75%"), "75% םלשוה");
    assert_eq!(shown("איחור +96d"), "+96d רוחיא");
    assert_eq!(shown("עד 120 שניות"), "תוינש 120 דע");
}

#[test]
fn punctuation_at_the_end_goes_to_the_left_and_brackets_face_the_text() {
    assert_eq!(shown("שלום."), ".םולש");
    assert_eq!(shown("מה שלומך?"), "?ךמולש המ");
    // The brackets in a right-to-left run are mirrored: they still open
    // towards the word they enclose.
    assert_eq!(shown("פתרון (FCR)"), "(FCR) ןורתפ");
}

#[test]
fn english_with_a_hebrew_phrase_keeps_its_order() {
    assert_eq!(shown("Call שלום עולם today"), "Call םלוע םולש today");
    // Without any right-to-left letter nothing moves.
    assert_eq!(shown("fcr 62 → 74 %"), "fcr 62 → 74 %");
}

#[test]
fn vowel_points_stay_after_their_letter() {
    // shin + shin dot + qamats, lamed, vav + holam, final mem
    let word = "\u{5e9}\u{5c1}\u{5b8}\u{5dc}\u{5d5}\u{5b9}\u{5dd}";
    assert_eq!(
        shown(word),
        "\u{5dd}\u{5d5}\u{5b9}\u{5dc}\u{5e9}\u{5c1}\u{5b8}"
    );
}

#[test]
fn styles_follow_their_characters() {
    let id = Style::default().fg(Color::Yellow);
    let line = Line::from(vec![
        Span::raw("ראה את "),
        Span::styled("north-t1", id),
        Span::raw(" היום"),
    ]);
    let out = Bidi::default().line(line);
    let spans: Vec<(String, Style)> = out
        .spans
        .iter()
        .map(|s| (s.content.to_string(), s.style))
        .collect();
    assert_eq!(
        spans,
        vec![
            ("םויה ".to_string(), Style::default()),
            ("north-t1".to_string(), id),
            (" תא האר".to_string(), Style::default()),
        ]
    );
    assert_eq!(out.alignment, Some(Alignment::Right));
}

#[test]
fn a_wrapped_paragraph_is_reordered_line_by_line_with_its_direction() {
    // Two displayed lines of at most 11 columns; the second starts with
    // a number, yet is laid out right to left like its paragraph.
    let line = Line::from("אחת שתיים שלוש 42 ארבע");
    let out = Bidi::default().lines(vec![line], 14, true);
    let rows: Vec<String> = out.iter().map(|l| l.to_string()).collect();
    assert_eq!(rows, vec!["שולש םייתש תחא", "עברא 42"]);
    assert!(out.iter().all(|l| l.alignment == Some(Alignment::Right)));
    // A line break inside a word too long for the box.
    let out = Bidi::default().lines(vec![Line::from("אבגדהוזחט")], 4, true);
    let rows: Vec<String> = out.iter().map(|l| l.to_string()).collect();
    assert_eq!(rows, vec!["דגבא", "חזוה", "ט"]);
}

#[test]
fn english_lines_and_the_terminal_mode_are_left_alone() {
    let english = vec![Line::from("a line that is long enough to wrap")];
    assert_eq!(Bidi::default().lines(english.clone(), 10, true), english);
    let terminal = Bidi {
        mode: Mode::Terminal,
        rtl_layout: false,
    };
    let hebrew = vec![Line::from("שלום עולם")];
    assert_eq!(terminal.lines(hebrew.clone(), 4, true), hebrew);
    assert_eq!(terminal.cell("שלום"), "שלום");
    assert_eq!(Bidi::default().cell("שלום"), "םולש");
}

#[test]
fn a_cell_is_its_own_paragraph_and_a_mirrored_list_pads_on_the_left() {
    let plain = Bidi::default();
    assert_eq!(plain.pad("שלום", 6), "םולש  ");
    let mirrored = Bidi {
        mode: Mode::Charter,
        rtl_layout: true,
    };
    assert_eq!(mirrored.pad("שלום", 6), "  םולש");
    assert_eq!(mirrored.row(vec!["id", "title"]), vec!["title", "id"]);
    assert_eq!(plain.row(vec!["id", "title"]), vec!["id", "title"]);
}

#[test]
fn the_mode_is_read_from_its_name_and_from_the_terminal() {
    assert_eq!(Mode::parse("charter"), Ok(Mode::Charter));
    assert_eq!(Mode::parse("terminal"), Ok(Mode::Terminal));
    let e = Mode::parse("auto").unwrap_err();
    assert!(e.contains("charter") && e.contains("terminal"), "{e}");
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    };
    assert_eq!(Mode::detect(env(&[])), Mode::Charter);
    assert_eq!(
        Mode::detect(env(&[("VTE_VERSION", "5800")])),
        Mode::Terminal
    );
    assert_eq!(
        Mode::detect(env(&[("VTE_VERSION", "7600")])),
        Mode::Terminal
    );
    // VTE before 0.58 shows text in storage order.
    assert_eq!(Mode::detect(env(&[("VTE_VERSION", "5202")])), Mode::Charter);
    assert_eq!(
        Mode::detect(env(&[("KONSOLE_VERSION", "230805")])),
        Mode::Terminal
    );
    assert_eq!(Mode::detect(env(&[("MLTERM", "3.9.3")])), Mode::Terminal);
}

#[test]
fn a_title_ending_in_latin_keeps_the_owner_after_it() {
    let charter = Bidi {
        mode: Mode::Charter,
        rtl_layout: true,
    };
    drawing(charter);
    // Read right to left: the title (ending in a Latin word), a dash, the
    // owner, a comma, then the due date.
    let line = format!(
        "[ ] {} — {}, יעד 2026-05-29",
        isolate("לחבר את מערכת CRM"),
        isolate("dana")
    );
    assert_eq!(shown(&line), "2026-05-29 דעי ,dana — CRM תכרעמ תא רבחל [ ]");
    // Without the isolates the Latin run takes the dash and the owner
    // with it, and the owner lands between the title's words.
    let bare = "[ ] לחבר את מערכת CRM — dana, יעד 2026-05-29";
    assert_ne!(shown(bare), shown(&line));
    // The isolates are never drawn, whoever lays the line out.
    let lines = charter.lines(vec![Line::from(line.clone())], 80, false);
    assert!(!lines[0]
        .spans
        .iter()
        .any(|s| s.content.contains(is_isolate)));
    let terminal = Bidi {
        mode: Mode::Terminal,
        rtl_layout: true,
    };
    let lines = terminal.lines(vec![Line::from(line)], 80, false);
    let text: String = lines[0].spans.iter().map(|s| s.content.as_ref()).collect();
    assert_eq!(text, "[ ] לחבר את מערכת CRM — dana, יעד 2026-05-29");
    drawing(terminal);
    assert_eq!(isolate("dana"), "dana");
}
