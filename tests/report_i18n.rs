//! `charter report` in Hebrew and Lithuanian: every word from the
//! catalogue (no English word left), `<html lang dir>` from the language,
//! every value in a Hebrew sentence or cell isolated as left to right, and
//! Markdown that GitHub renders right to left with its tables intact.
#![allow(clippy::unwrap_used)]

mod common;
mod report_support;

use std::collections::BTreeSet;

use common::{code, stderr, stdout, Sandbox};
use report_support::HE_TODAY;

/// The Hebrew plan's report, in its own language or in `lang`.
fn report(lang: Option<&str>, args: &[&str]) -> String {
    let sb = Sandbox::new();
    report_support::write_hebrew_plan(&sb.work().join("he"));
    let mut full = vec!["--plan", "he", "--today", HE_TODAY];
    if let Some(lang) = lang {
        full.extend(["--lang", lang]);
    }
    full.push("report");
    full.extend_from_slice(args);
    let out = sb.charter(&full);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    stdout(&out)
}

/// English words charter itself would write; none may reach a Hebrew or
/// Lithuanian report.
const MORE_ENGLISH: &[&str] = &[
    "latest",
    "forecast",
    "slip",
    "alert",
    "expected",
    "reading",
    "readings",
    "charter",
    "vision",
    "values",
    "principles",
    "services",
    "terms",
    "routines",
    "agent",
    "agents",
    "unit",
    "period",
    "value",
    "before",
    "held",
    "tool",
    "trial",
    "results",
    "skills",
    "signature",
    "date",
    "approved",
    "version",
    "consultant",
    "plan",
    "exception",
    "exceptions",
    "late",
    "today",
    "higher",
    "lower",
    "better",
    "count",
    "member",
    "role",
    "level",
    "focus",
    "channel",
    "hours",
    "commitment",
    "commitments",
    "decisions",
    "month",
    "week",
    "quarter",
    "by",
    "on",
    "is",
    "in",
];

/// `html` without its stylesheet and code (ids, keys, commands), as text.
/// The milestone trend labels its lines with the milestones' ids
/// (`<text class="label">`), which are code too.
fn html_text(html: &str) -> String {
    let mut text = html.to_string();
    for (open, close) in [
        ("<style>", "</style>"),
        ("<code", "</code>"),
        ("<text class=\"label\"", "</text>"),
    ] {
        while let Some(at) = text.find(open) {
            let end = text[at..].find(close).unwrap() + at + close.len();
            text.replace_range(at..end, " ");
        }
    }
    let mut out = String::new();
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
}

/// `markdown` without its code spans and HTML wrapper.
fn markdown_text(markdown: &str) -> String {
    let mut out = String::new();
    for (k, part) in markdown.split('`').enumerate() {
        if k % 2 == 0 {
            out.push_str(part);
        }
    }
    out.replace("<div dir=\"rtl\">", " ").replace("</div>", " ")
}

/// The English words of `text`: words of ASCII letters found in
/// `common::ENGLISH_WORDS` and `MORE_ENGLISH` (a Lithuanian "planą" is one word, not "plan"), and
/// English unit suffixes glued to a number ("68d", "+12d", "4w").
fn english_words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| {
            let lower = w.to_lowercase();
            let letters = lower.trim_start_matches(|c: char| c.is_ascii_digit());
            if letters.len() < lower.len() {
                ["d", "w", "m", "q", "y"].contains(&letters)
            } else {
                lower.chars().all(|c| c.is_ascii_alphabetic())
                    && common::english(letters, MORE_ENGLISH)
            }
        })
        .map(str::to_lowercase)
        .collect()
}

#[test]
fn the_english_word_scan_finds_english() {
    let found = english_words("late 54d · כל 4w · vėluoja 136 d. · pagal planą · 2026-06-15");
    let expected: BTreeSet<String> = ["late", "54d", "4w"].map(String::from).into();
    assert_eq!(found, expected);
}

#[test]
fn hebrew_and_lithuanian_reports_hold_no_english_word() {
    for lang in [None, Some("lt")] {
        for kind in ["status", "plan"] {
            let html = report(lang, &["--kind", kind]);
            let words = english_words(&html_text(&html));
            assert!(words.is_empty(), "{lang:?} {kind} HTML: {words:?}");
            let md = report(lang, &["--kind", kind, "--format", "markdown"]);
            let words = english_words(&markdown_text(&md));
            assert!(words.is_empty(), "{lang:?} {kind} Markdown: {words:?}");
        }
    }
}

#[test]
fn the_page_carries_the_language_and_its_direction() {
    let he = report(None, &[]);
    assert!(he.starts_with("<!DOCTYPE html>\n<html lang=\"he\" dir=\"rtl\">"));
    assert!(he.contains("<h2>במבט אחד</h2>"));
    assert!(he.contains("<h2>צוות ההיגוי וסוכני השינוי</h2>"));
    let lt = report(Some("lt"), &[]);
    assert!(lt.starts_with("<!DOCTYPE html>\n<html lang=\"lt\" dir=\"ltr\">"));
    assert!(lt.contains("<h2>Valdymo komitetas ir pokyčių agentai</h2>"));
    // A left-to-right page isolates nothing: its values read as they are.
    assert!(!lt.contains("<bdi"));
    let en = report(Some("en"), &[]);
    assert!(en.starts_with("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">"));
    assert!(en.contains("<h2>Steering committee and change agents</h2>"));
}

/// Tokens holding a digit in the plan's own Hebrew text (a title's "12
/// חודשים"): they may stand outside an isolate, being the plan's words.
fn plan_tokens() -> BTreeSet<String> {
    let sb = Sandbox::new();
    let dir = sb.work().join("he");
    report_support::write_hebrew_plan(&dir);
    let mut tokens = BTreeSet::new();
    let mut files = vec![];
    for entry in std::fs::read_dir(&dir).unwrap() {
        files.push(entry.unwrap().path());
    }
    for entry in std::fs::read_dir(dir.join("reviews")).unwrap() {
        files.push(entry.unwrap().path());
    }
    for path in files.iter().filter(|p| p.is_file()) {
        let text = std::fs::read_to_string(path).unwrap();
        for line in text
            .lines()
            .filter(|l| l.chars().any(|c| ('\u{5d0}'..='\u{5ea}').contains(&c)))
        {
            for token in line.split_whitespace() {
                let token = trim(token);
                if token.chars().any(|c| c.is_ascii_digit()) && !is_date(token) {
                    tokens.insert(token.to_string());
                }
            }
        }
    }
    tokens
}

fn trim(token: &str) -> &str {
    token.trim_matches(|c: char| "(),.;:·{}[]\"'".contains(c))
}

fn is_date(token: &str) -> bool {
    let b = token.as_bytes();
    b.len() >= 7 && b[..4].iter().all(u8::is_ascii_digit) && b[4] == b'-'
}

/// Every text run of `html` that holds a digit outside an isolating
/// element (`<bdi>`, an element with `dir="ltr"`, the charts), but for
/// the plan's own words and the page's `<title>` and stylesheet.
fn values_outside_isolates(html: &str, allowed: &BTreeSet<String>) -> Vec<String> {
    let mut stack: Vec<(String, bool)> = Vec::new();
    let mut bad = Vec::new();
    let mut rest = html;
    while !rest.is_empty() {
        let at = rest.find('<').unwrap_or(rest.len());
        let text = &rest[..at];
        let isolated = stack.iter().any(|(_, iso)| *iso);
        if !isolated {
            for token in text.split_whitespace() {
                let token = trim(token);
                if token.chars().any(|c| c.is_ascii_digit()) && !allowed.contains(token) {
                    bad.push(format!("{token:?} in {:?}", stack.last().map(|s| &s.0)));
                }
            }
        }
        if at == rest.len() {
            break;
        }
        let end = rest[at..].find('>').unwrap() + at;
        let tag = &rest[at + 1..end];
        rest = &rest[end + 1..];
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '!')
            .collect();
        if tag.starts_with('/') {
            if let Some(k) = stack.iter().rposition(|(n, _)| *n == name) {
                stack.truncate(k);
            }
        } else if !tag.ends_with('/') && !["meta", "!DOCTYPE", "br"].contains(&name.as_str()) {
            let iso = name == "bdi"
                || tag.contains("dir=\"ltr\"")
                || ["style", "title", "svg"].contains(&name.as_str());
            stack.push((name, iso));
        }
    }
    bad
}

#[test]
fn every_value_in_a_hebrew_sentence_is_isolated() {
    let allowed = plan_tokens();
    for kind in ["status", "plan"] {
        let html = report(None, &["--kind", kind]);
        let bad = values_outside_isolates(&html, &allowed);
        assert!(
            bad.is_empty(),
            "{kind}: values outside an isolate: {bad:#?}"
        );
        // The values the bug report names are isolated and kept whole.
        assert!(html.contains("<bdi dir=\"ltr\" class=\"v\">"));
        assert!(html.contains(".v { white-space: nowrap; unicode-bidi: isolate; }"));
    }
    let html = report(None, &[]);
    // A slip, a review date in parentheses, a month of a unit's period.
    assert!(
        html.contains("<bdi dir=\"ltr\" class=\"v\">+"),
        "no signed slip"
    );
    assert!(html.contains("(סקירת היגוי <bdi dir=\"ltr\" class=\"v\">2026-05-11</bdi>)"));
    assert!(html.contains("חודש <bdi dir=\"ltr\" class=\"v\">2026-06</bdi>"));
    assert!(html.contains("<code dir=\"ltr\" class=\"v\">fcr</code>"));
    // Text a person wrote, inside a translated sentence, is isolated too.
    assert!(html.contains("ייעוץ: <bdi>"), "consultant not isolated");
    assert!(
        html.contains("אבן דרך <b><bdi>"),
        "exception title not isolated"
    );
    assert!(
        html.contains(" — <bdi>"),
        "an owner after a decision not isolated"
    );
    // The checker catches a bare value.
    let bare = values_outside_isolates("<p dir=\"auto\">יום 3 מתוך 361</p>", &allowed);
    assert_eq!(bare.len(), 2, "{bare:?}");
}

#[test]
fn the_hourglass_is_drawn_not_a_missing_glyph() {
    for lang in [None, Some("lt"), Some("en")] {
        let html = report(lang, &[]);
        assert!(!html.contains('⌛'), "{lang:?}");
    }
    // The Hebrew plan has stale metrics (no readings for weeks).
    let html = report(None, &[]);
    assert!(html.contains("<svg class=\"icon\""));
}

/// The cells of a Markdown table row: pipes not escaped with a backslash.
fn cells(row: &str) -> usize {
    let mut n = 0;
    let mut escaped = false;
    for c in row.chars() {
        match c {
            '\\' if !escaped => {
                escaped = true;
                continue;
            }
            '|' if !escaped => n += 1,
            _ => {}
        }
        escaped = false;
    }
    n
}

#[test]
fn hebrew_markdown_renders_right_to_left_with_its_tables_intact() {
    for kind in ["status", "plan"] {
        let md = report(None, &["--kind", kind, "--format", "markdown"]);
        // GitHub keeps `dir` on a div; blank lines let the Markdown inside
        // render as Markdown.
        assert!(md.starts_with("<div dir=\"rtl\">\n\n# "), "{kind}");
        assert!(md.ends_with("\n\n</div>\n"), "{kind}");
        let lines: Vec<&str> = md.lines().collect();
        let mut tables = 0;
        let mut k = 0;
        while k < lines.len() {
            if !lines[k].starts_with('|') {
                k += 1;
                continue;
            }
            tables += 1;
            let width = cells(lines[k]);
            assert!(
                lines[k + 1].starts_with("|---"),
                "{kind}: no rule under {:?}",
                lines[k]
            );
            while k < lines.len() && lines[k].starts_with('|') {
                assert_eq!(cells(lines[k]), width, "{kind}: {:?}", lines[k]);
                k += 1;
            }
            assert!(
                k == lines.len() || lines[k].is_empty(),
                "{kind}: {:?}",
                lines[k]
            );
        }
        assert!(tables >= 5, "{kind}: {tables} tables");
        // Every ISO date sits inside an isolate (LRI … PDI).
        let mut depth = 0i32;
        let chars: Vec<char> = md.chars().collect();
        for (i, c) in chars.iter().enumerate() {
            match c {
                '\u{2066}' | '\u{2068}' => depth += 1,
                '\u{2069}' => depth -= 1,
                c if c.is_ascii_digit() && depth == 0 => {
                    let word: String = chars[i..].iter().take(10).collect();
                    assert!(
                        !is_date(&word) || i > 0 && chars[i - 1].is_ascii_digit(),
                        "{kind}: a date outside an isolate at {:?}",
                        chars[i.saturating_sub(30)..(i + 10).min(chars.len())]
                            .iter()
                            .collect::<String>()
                    );
                }
                _ => {}
            }
        }
        assert_eq!(depth, 0, "{kind}: isolates unbalanced");
        // Names and titles after a dash are isolated (FSI … PDI): a Latin
        // name there would otherwise take the dash to its side.
        let dashes: Vec<&str> = md
            .lines()
            .filter(|l| l.starts_with("- "))
            .flat_map(|l| l.match_indices(" — ").map(move |(i, _)| &l[i + 5..]))
            .collect();
        assert!(
            kind == "plan" || dashes.len() >= 3,
            "{kind}: {} dashes",
            dashes.len()
        );
        for after in dashes {
            assert!(
                after.starts_with('\u{2068}') || !after.starts_with(char::is_alphabetic),
                "{kind}: a name after a dash is not isolated: {:?}",
                after.chars().take(30).collect::<String>()
            );
        }
    }
    // Left to right, nothing is wrapped or isolated.
    let lt = report(Some("lt"), &["--format", "markdown"]);
    assert!(lt.starts_with("# "));
    assert!(!lt.contains('\u{2066}'));
}

#[test]
fn hebrew_words_and_plurals_reach_the_report() {
    let html = report(None, &[]);
    // Glossary terms and a plural: three metrics, the dual of days.
    for word in [
        "אבני דרך לפי שלב",
        "סקירת ההיגוי האחרונה",
        "מדדי הצלחה",
        "שגרות ניהול",
    ] {
        assert!(html.contains(word), "{word}");
    }
    assert!(html.contains("<h3>החלטות (<bdi dir=\"ltr\" class=\"v\">2</bdi>)</h3>"));
    let lt = report(Some("lt"), &["--format", "markdown"]);
    assert!(lt.contains("## Paskutinė peržiūra"));
    assert!(lt.contains("### Sprendimai (2)"));
}

#[test]
fn hebrew_markdown_on_stdout_is_the_file_with_its_isolates() {
    let sb = Sandbox::new();
    report_support::write_hebrew_plan(&sb.work().join("he"));
    let base = ["--plan", "he", "--today", HE_TODAY, "report"];
    let out = sb.charter(&[&base[..], &["--format", "markdown"]].concat());
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let shown = stdout(&out);
    let out = sb.charter(&[&base[..], &["--format", "markdown", "-o", "he.md"]].concat());
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let file = std::fs::read_to_string(sb.work().join("he.md")).unwrap();
    assert!(shown.contains('\u{2066}'), "no isolate reached stdout");
    assert!(!shown.contains("\\u{2066}"), "isolates shown escaped");
    assert_eq!(shown, file);
}

/// The Lithuanian template's report, in the plan's own language.
fn lithuanian_report(args: &[&str]) -> String {
    let sb = Sandbox::new();
    let template =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates/lt-contact-center");
    let dir = sb.work().join("lt");
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir(&template).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), dir.join(entry.file_name())).unwrap();
    }
    let mut full = vec!["--plan", "lt", "--today", HE_TODAY, "report"];
    full.extend_from_slice(args);
    let out = sb.charter(&full);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    stdout(&out)
}

#[test]
fn the_lithuanian_template_reports_in_lithuanian() {
    for kind in ["status", "plan"] {
        let html = lithuanian_report(&["--kind", kind]);
        assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"lt\" dir=\"ltr\">"));
        let words = english_words(&html_text(&html));
        assert!(words.is_empty(), "{kind} HTML: {words:?}");
        let md = lithuanian_report(&["--kind", kind, "--format", "markdown"]);
        assert!(md.starts_with("# "), "{kind}");
        let words = english_words(&markdown_text(&md));
        assert!(words.is_empty(), "{kind} Markdown: {words:?}");
    }
    let html = lithuanian_report(&[]);
    assert!(html.contains("<h2>Etapai pagal fazę</h2>"));
    assert!(html.contains("<h2>Sėkmės rodikliai</h2>"));
}

/// The people section (reps in training, coaching) isolates its numbers
/// and dates like every other sentence of a Hebrew report.
#[test]
fn the_people_section_isolates_its_values() {
    let sb = Sandbox::new();
    report_support::write_hebrew_plan(&sb.work().join("he"));
    sb.write(
        "he/people.yaml",
        "reps:\n  - id: lior\n    name: ליאור בן דוד\n    unit: north-t1\n    start: 2026-02-01\n    mentor: adam\n\
         coaching:\n  - { rep: lior, skill: listening, kind: guidance, owner: adam, due: 2026-05-01 }\n",
    );
    let out = sb.charter(&["--plan", "he", "--today", HE_TODAY, "report"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let html = stdout(&out);
    assert!(html.contains("ליאור בן דוד"), "no people section");
    let bad = values_outside_isolates(&html, &plan_tokens());
    assert!(bad.is_empty(), "values outside an isolate: {bad:#?}");
    // The Markdown report isolates them too (LRI … PDI).
    let out = sb.charter(&[
        "--plan", "he", "--today", HE_TODAY, "report", "--format", "markdown",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let md = stdout(&out);
    assert!(md.contains("ליאור בן דוד"), "no people section");
    assert!(md.contains("\u{2066}2026-05-01\u{2069}"), "{md}");
    assert!(!md.contains(" 2026-05-01"), "{md}");
}
