//! The UI in the plan's language: the Hebrew template (`language: he`)
//! and the same plan set to Lithuanian show every word of charter's own in
//! that language. Ids and codes stay as the files write them; English
//! plans look exactly as before (the other snapshots hold that).

use std::collections::HashSet;

use charter::tui::app::App;
use charter::tui::items::RefKind;
use ratatui::crossterm::event::KeyCode;

use super::common::tui::{keys, open, screen, send};
use super::common::{code, stderr, Sandbox};
use super::{snapshot, TODAY};

/// Words of charter's own that an English screen shows and a Hebrew or
/// Lithuanian one must not.
const MORE_ENGLISH: &[&str] = &[
    "progress", "help", "quit", "save", "search", "filter", "add", "edit", "delete", "overview",
    "people", "history", "data", "errors", "warnings", "press", "title", "name", "unit", "kind",
    "agent", "form", "cancels", "yes", "to",
];

/// A sandbox with `charter new --template he-contact-center` at work/he
/// (a git repository of its own, one commit), its plan set to `lang`:
/// for `lt` the plan's own text stays Hebrew, so every Latin word on
/// screen is charter's (or an id).
fn new_plan(lang: &str) -> Sandbox {
    let sb = Sandbox::new();
    let out = sb.charter(&[
        "--today",
        TODAY,
        "new",
        "he",
        "--template",
        "he-contact-center",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    if lang != "he" {
        let plan = sb.work().join("he/plan.yaml");
        let text = std::fs::read_to_string(&plan).unwrap();
        assert!(text.contains("language: he\n"), "{text}");
        std::fs::write(
            &plan,
            text.replace("language: he\n", &format!("language: {lang}\n")),
        )
        .unwrap();
    }
    sb
}

fn open_new(sb: &Sandbox) -> App {
    open(&sb.work().join("he"), TODAY)
}

/// The plan's ids: whatever the files name an item by, which a screen
/// shows as it is in every language.
fn ids(app: &App, dir: &std::path::Path) -> HashSet<String> {
    let mut ids = HashSet::new();
    for kind in [
        RefKind::Person,
        RefKind::Agent,
        RefKind::Goal,
        RefKind::Milestone,
        RefKind::Metric,
        RefKind::Channel,
        RefKind::Unit,
        RefKind::Workshop,
        RefKind::Review,
    ] {
        ids.extend(charter::tui::items::ref_ids(&app.plan, kind));
    }
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap_or_default();
        for line in text.lines() {
            let line = line.trim_start().trim_start_matches("- ");
            for key in [
                "id:", "rep:", "owner:", "unit:", "by:", "metric:", "channel:",
            ] {
                if let Some(value) = line.strip_prefix(key) {
                    ids.insert(value.trim().trim_matches('"').to_string());
                }
            }
        }
    }
    // The history lists the commits' messages: the plan's data, like ids.
    let log = std::process::Command::new("git")
        .args(["log", "--format=%s"])
        .current_dir(dir)
        .output()
        .unwrap();
    for word in String::from_utf8_lossy(&log.stdout).split(|c: char| !c.is_ascii_alphanumeric()) {
        ids.insert(word.to_string());
    }
    ids
}

/// The English words of `ENGLISH` on `shown`, leaving out the plan's ids
/// (a word is a run of letters of any script, digits, `-` and `_`).
fn english_words(shown: &str, ids: &HashSet<String>) -> Vec<String> {
    let mut found = Vec::new();
    let mut word = String::new();
    for ch in shown.chars().chain([' ']) {
        // A word of any script: Lithuanian `formą` is not `form`.
        if ch.is_alphanumeric() || ch == '-' || ch == '_' {
            word.push(ch);
            continue;
        }
        let w = word.trim_matches(|c| c == '-' || c == '_').to_string();
        if !ids.contains(&w) && !ids.contains(&word) {
            let lower = w.to_ascii_lowercase();
            if super::common::english(lower.as_str(), MORE_ENGLISH) && !found.contains(&lower) {
                found.push(lower);
            }
        }
        word.clear();
    }
    found
}

/// Every tab, then every popup the plan can open, as (what, screen).
fn walk(app: &mut App, w: u16, h: u16) -> Vec<(String, String)> {
    let mut shown = Vec::new();
    for (n, tab) in ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
        .iter()
        .enumerate()
    {
        keys(app, tab);
        let mut text = screen(app, w, h);
        if *tab == "8" {
            // The changes of a commit are `charter log`'s words (`unit
            // north: added`), not yet the UI's: the log and its cache word
            // them once for every language.
            text = text
                .lines()
                .map(|l| l.split("││· ").next().unwrap_or(l))
                .collect::<Vec<_>>()
                .join("\n");
        }
        shown.push((format!("tab {}", n + 1), text));
    }
    let popups: &[(&str, &str, &[KeyCode])] = &[
        ("help", "?", &[]),
        ("help page 2", "?", &[KeyCode::PageDown]),
        ("help page 3", "?", &[KeyCode::PageDown, KeyCode::PageDown]),
        (
            "help page 4",
            "?",
            &[KeyCode::PageDown, KeyCode::PageDown, KeyCode::PageDown],
        ),
        ("help end", "?", &[KeyCode::End]),
        ("add chooser", "4a", &[]),
        ("milestone form", "4", &[KeyCode::Enter]),
        ("metric form", "5", &[KeyCode::Enter]),
        ("goal form", "3", &[KeyCode::Enter]),
        ("people form", "6", &[KeyCode::Enter]),
        ("delete", "4d", &[]),
        ("filter", "4f", &[]),
        ("search", "/", &[]),
        ("problems", "!", &[]),
        ("timeline", "4t", &[]),
        ("metric detail", "5j", &[]),
        ("actions", "9", &[]),
    ];
    for (what, typed, then) in popups {
        keys(app, typed);
        for key in *then {
            send(app, *key);
        }
        let mut text = screen(app, w, h);
        if *what == "problems" {
            // The problems are the checks' own sentences (FILE:LINE:COL:
            // warning: …), which the checks translate; the list around
            // them is the UI's.
            text = text
                .lines()
                .filter(|l| !l.contains(".yaml"))
                .collect::<Vec<_>>()
                .join("\n");
        }
        shown.push((what.to_string(), text));
        // Back to a list with nothing open.
        send(app, KeyCode::Esc);
        send(app, KeyCode::Esc);
        if *what == "timeline" {
            keys(app, "t");
        }
    }
    shown
}

/// Filter words are typed as they are, like keys: the filter's hint and
/// help name them in every language.
const TYPED: &[&str] = &[
    "owner: metric: milestone: open late overdue",
    "status: owner: phase: goal: overdue",
];

/// The words of the language's own catalogue written in Latin letters:
/// Lithuanian `data` is a date, not English.
fn own_words(code: &str) -> HashSet<String> {
    let mut words = HashSet::new();
    for file in ["tui", "common"] {
        let path = super::common::root().join(format!("locales/{code}/{file}.ftl"));
        let text = std::fs::read_to_string(path).unwrap();
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let value = line.split_once(" = ").map_or(line, |(_, v)| v);
            words.extend(
                value
                    .split(|c: char| !c.is_alphanumeric())
                    .map(str::to_lowercase),
            );
        }
    }
    words
}

fn assert_no_english(app: &mut App, dir: &std::path::Path, lang: &str) {
    let code = charter::i18n::current().code();
    let mut ids = ids(app, dir);
    ids.extend(own_words(code));
    for (w, h) in [(80, 24), (120, 40)] {
        for (what, shown) in walk(app, w, h) {
            let mut words = shown.clone();
            for typed in TYPED {
                words = words.replace(typed, "");
            }
            let found = english_words(&words, &ids);
            assert!(
                found.is_empty(),
                "{lang} {what} at {w}×{h} shows English {found:?}:\n{shown}"
            );
        }
    }
}

#[test]
fn the_hebrew_plan_shows_no_english_word_on_any_tab_or_popup() {
    let sb = new_plan("he");
    let mut app = open_new(&sb);
    assert_eq!(charter::i18n::current(), charter::i18n::Lang::He);
    assert_no_english(&mut app, &sb.work().join("he"), "Hebrew");
}

#[test]
fn a_lithuanian_plan_shows_no_english_word_on_any_tab_or_popup() {
    let sb = new_plan("lt");
    let mut app = open_new(&sb);
    assert_eq!(charter::i18n::current(), charter::i18n::Lang::Lt);
    assert_no_english(&mut app, &sb.work().join("he"), "Lithuanian");
}

#[test]
fn the_check_finds_english_words_on_an_english_screen() {
    // The walk above would pass on a blank screen: the same check on the
    // example plan must find the words it looks for.
    let mut app = super::example();
    let shown = screen(&mut app, 120, 40);
    let found = english_words(&shown, &HashSet::new());
    for word in ["milestones", "metrics", "overview", "help"] {
        assert!(found.contains(&word.to_string()), "{found:?}\n{shown}");
    }
}

/// The screens the snapshots show: Overview, Milestones, a metric's
/// detail, a milestone's form and help.
fn snapshots_of(lang: &str, mut app: impl FnMut() -> App) {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut a = app();
        snapshot(&format!("{lang}_overview_{w}x{h}"), screen(&mut a, w, h));
        keys(&mut a, "4");
        snapshot(&format!("{lang}_milestones_{w}x{h}"), screen(&mut a, w, h));
        send(&mut a, KeyCode::Enter);
        snapshot(
            &format!("{lang}_milestone_form_{w}x{h}"),
            screen(&mut a, w, h),
        );
        send(&mut a, KeyCode::Esc);
        keys(&mut a, "5j");
        snapshot(
            &format!("{lang}_metric_detail_{w}x{h}"),
            screen(&mut a, w, h),
        );
        keys(&mut a, "?");
        snapshot(&format!("{lang}_help_{w}x{h}"), screen(&mut a, w, h));
    }
}

#[test]
fn hebrew_screens() {
    let sb = new_plan("he");
    snapshots_of("he", || open_new(&sb));
}

#[test]
fn lithuanian_screens() {
    let sb = new_plan("lt");
    snapshots_of("lt", || open_new(&sb));
}

#[test]
fn counted_words_take_the_plural_of_their_language() {
    use charter::i18n::{follow_plan, Lang};
    let cases: &[(Lang, &[(i64, &str)])] = &[
        (
            Lang::En,
            &[
                (0, "0 unsaved"),
                (1, "1 unsaved"),
                (2, "2 unsaved"),
                (5, "5 unsaved"),
                (11, "11 unsaved"),
                (21, "21 unsaved"),
            ],
        ),
        (
            Lang::He,
            &[
                (0, "0 שינויים לא נשמרו"),
                (1, "שינוי אחד לא נשמר"),
                (2, "שני שינויים לא נשמרו"),
                (5, "5 שינויים לא נשמרו"),
                (11, "11 שינויים לא נשמרו"),
                (21, "21 שינויים לא נשמרו"),
            ],
        ),
        (
            Lang::Lt,
            &[
                (0, "0 neišsaugotų"),
                (1, "1 neišsaugotas"),
                (2, "2 neišsaugoti"),
                (5, "5 neišsaugoti"),
                (11, "11 neišsaugotų"),
                (21, "21 neišsaugotas"),
            ],
        ),
    ];
    for (lang, expected) in cases {
        follow_plan(Some(*lang));
        for (n, text) in *expected {
            assert_eq!(
                charter::t!("tui-header-unsaved", count = *n),
                *text,
                "{lang} {n}"
            );
        }
    }
    let tools: &[(Lang, &[(i64, &str)])] = &[
        (
            Lang::En,
            &[
                (0, "0 tools"),
                (1, "1 tool"),
                (2, "2 tools"),
                (21, "21 tools"),
            ],
        ),
        (
            Lang::He,
            &[
                (0, "0 כלים"),
                (1, "כלי אחד"),
                (2, "שני כלים"),
                (5, "5 כלים"),
                (11, "11 כלים"),
            ],
        ),
        (
            Lang::Lt,
            &[
                (0, "0 įrankių"),
                (1, "1 įrankis"),
                (2, "2 įrankiai"),
                (5, "5 įrankiai"),
                (11, "11 įrankių"),
                (21, "21 įrankis"),
            ],
        ),
    ];
    for (lang, expected) in tools {
        follow_plan(Some(*lang));
        for (n, text) in *expected {
            assert_eq!(
                charter::t!("tui-count-tools", count = *n),
                *text,
                "{lang} {n}"
            );
        }
    }
    let starts: &[(Lang, &[(i64, &str)])] = &[
        (
            Lang::En,
            &[
                (1, "starts tomorrow"),
                (2, "starts in 2 days"),
                (21, "starts in 21 days"),
            ],
        ),
        (
            Lang::He,
            &[
                (1, "מתחילה מחר"),
                (2, "מתחילה בעוד יומיים"),
                (11, "מתחילה בעוד 11 ימים"),
            ],
        ),
        (
            Lang::Lt,
            &[
                (1, "prasideda rytoj"),
                (2, "prasideda po 2 dienų"),
                (11, "prasideda po 11 dienų"),
                (21, "prasideda po 21 dienos"),
            ],
        ),
    ];
    for (lang, expected) in starts {
        follow_plan(Some(*lang));
        for (n, text) in *expected {
            let id = if *n == 1 {
                "tui-header-starts-tomorrow"
            } else {
                "tui-header-starts-in"
            };
            assert_eq!(charter::t!(id, count = *n), *text, "{lang} {n}");
        }
    }
}

/// What a key did or refused, said on the status line, is in the plan's
/// language too: a mistyped filter, a milestone's next status, a reading
/// typed with a word too many.
#[test]
fn messages_and_refusals_are_in_the_plan_language() {
    for (lang, filter, status, record) in [
        (
            "he",
            "אין מסנן `onwer`: האם התכוונת ל-`owner`?",
            ("אבן הדרך ", ": המצב "),
            "`extra`: יש להקליד ערך",
        ),
        (
            "lt",
            "filtro `onwer` nėra: gal turėjote omenyje `owner`?",
            ("etapas ", ": būsena "),
            "`extra`: įveskite REIKŠMĘ",
        ),
    ] {
        let sb = new_plan(lang);
        let mut app = open_new(&sb);
        keys(&mut app, "4f");
        keys(&mut app, "onwer:x");
        send(&mut app, KeyCode::Enter);
        let (message, error) = app.message.clone().unwrap();
        assert!(error && message.starts_with(filter), "{lang}: {message}");
        send(&mut app, KeyCode::Esc);
        keys(&mut app, "x");
        let (message, _) = app.message.clone().unwrap();
        assert!(
            message.starts_with(status.0) && message.contains(status.1),
            "{lang}: {message}"
        );
        keys(&mut app, "5r");
        keys(&mut app, "66 2026-11-20 north extra");
        send(&mut app, KeyCode::Enter);
        let (message, error) = app.message.clone().unwrap();
        assert!(error && message.starts_with(record), "{lang}: {message}");
    }
}
