//! The words of a list's filter (`f`): `key:value` fields, words that
//! stand alone (`overdue`, `open`, `late`), and text to find in a row; the
//! hint line that names them and the error for a key a list does not know.
//! Every list tab reads its filter here; the rows decide what each term
//! means for their items (see `rows::ordered` and `actions::ordered`).

use super::app::Tab;

/// The `key:value` filter words a list of `tab` knows.
pub fn filter_keys(tab: Tab) -> &'static [&'static str] {
    match tab {
        Tab::Milestones => &["status", "owner", "phase", "goal"],
        Tab::Goals => &["owner", "horizon"],
        Tab::Metrics => &["owner", "state"],
        Tab::Actions => &["owner", "metric", "milestone"],
        _ => &[],
    }
}

/// Whether the items of `tab` have due dates, so that `overdue` filters them.
pub fn has_due_dates(tab: Tab) -> bool {
    matches!(tab, Tab::Milestones | Tab::Reviews | Tab::Actions)
}

/// The filter words of `tab` that stand alone (no `:value`).
fn flag_words(tab: Tab) -> &'static [&'static str] {
    match tab {
        Tab::Actions => &["open", "late", "overdue"],
        _ if has_due_dates(tab) => &["overdue"],
        _ => &[],
    }
}

/// The term a word standing alone is on a list of `tab`, if it is one.
fn flag(tab: Tab, word: &str) -> Option<Term> {
    if !flag_words(tab).contains(&word) {
        return None;
    }
    Some(match word {
        "open" => Term::Open,
        _ => Term::Overdue,
    })
}

/// Every filter word of `tab`, as the hint and the errors name them.
pub fn filter_words(tab: Tab) -> Vec<&'static str> {
    let mut words = filter_keys(tab).to_vec();
    words.extend(flag_words(tab));
    words
}

/// The one-line hint shown while the filter is typed.
pub fn filter_hint(tab: Tab) -> String {
    let keys = filter_keys(tab);
    let parts: Vec<String> = filter_words(tab)
        .into_iter()
        .map(|w| {
            if keys.contains(&w) {
                format!("{w}:")
            } else {
                w.to_string()
            }
        })
        .collect();
    if parts.is_empty() {
        crate::t!("tui-filter-words-only")
    } else {
        crate::t!("tui-filter-hint", filters = parts.join(" "))
    }
}

/// One word of a filter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Term {
    /// Text anywhere in the row.
    Text(String),
    /// `key:value`, the key one of [`filter_keys`].
    Field(&'static str, String),
    /// Past its due date and still open (`overdue`, or `late` on the
    /// Actions list).
    Overdue,
    /// Still to do (`open`, on the Actions list).
    Open,
}

/// The words of `filter` on a list of `tab`, or why one of them is not a
/// filter: a `key:` the list does not know.
pub fn parse_filter(tab: Tab, filter: &str) -> Result<Vec<Term>, String> {
    let keys = filter_keys(tab);
    filter
        .to_lowercase()
        .split_whitespace()
        .map(|term| {
            if let Some(flag) = flag(tab, term) {
                return Ok(flag);
            }
            let Some((key, value)) = term.split_once(':') else {
                return Ok(Term::Text(term.to_string()));
            };
            // Only a word before the colon is a key: `08:00` is text.
            if key.is_empty() || !key.chars().all(|c| c.is_alphabetic() || c == '_') {
                return Ok(Term::Text(term.to_string()));
            }
            match keys.iter().find(|k| **k == key) {
                Some(k) => Ok(Term::Field(k, value.to_string())),
                None => Err(unknown_filter(tab, key)),
            }
        })
        .collect()
}

fn unknown_filter(tab: Tab, key: &str) -> String {
    let words = filter_words(tab);
    let filters = words.join(", ");
    if words.is_empty() {
        crate::t!("tui-filter-unknown-none", key = key, list = tab.title())
    } else if let Some(near) = crate::store::yaml::de::closest(key, words.iter().copied()) {
        crate::t!(
            "tui-filter-unknown-near",
            key = key,
            near = near.to_string(),
            filters = filters
        )
    } else {
        crate::t!("tui-filter-unknown", key = key, filters = filters)
    }
}

/// Whether `value` (a field's text as the file writes it) is what a
/// `key:value` filter asked for: the same word, or with spaces for `_`.
pub fn field_matches(text: &str, value: &str) -> bool {
    let text = text.to_lowercase();
    text == value || text.replace('_', " ") == value
}

/// Whether a row's cells hold `term` (lower-case).
pub fn cells_hold(cells: &[impl AsRef<str>], term: &str) -> bool {
    cells.iter().any(|c| lower_holds(c.as_ref(), term))
}

/// The two characters outside ASCII whose lower case has ASCII in it:
/// the Kelvin sign (`k`) and the capital I with a dot (`i̇`).
const LOWER_TO_ASCII: [char; 2] = ['\u{212A}', '\u{0130}'];

/// Whether `text` lower-cased holds `term` (lower-case), as
/// `text.to_lowercase().contains(term)` says, without lower-casing a copy
/// of `text` when `term` is ASCII: every other character outside ASCII
/// lower-cases to characters outside ASCII, which no part of an ASCII
/// term can match, so comparing the bytes with ASCII's case folded finds
/// the same. A list filtered by a word reads every row's cells, and
/// lower-casing titles in Hebrew or Lithuanian was most of that time.
fn lower_holds(text: &str, term: &str) -> bool {
    if !term.is_ascii() || (!text.is_ascii() && text.contains(LOWER_TO_ASCII)) {
        return text.to_lowercase().contains(term);
    }
    let (text, term) = (text.as_bytes(), term.as_bytes());
    term.is_empty()
        || text
            .windows(term.len())
            .any(|part| part.eq_ignore_ascii_case(term))
}

/// The terms of `filter` on `tab`: a filter is checked when it is typed,
/// and one that no longer parses finds its words as text.
pub fn terms_of(tab: Tab, filter: &str) -> Vec<Term> {
    parse_filter(tab, filter).unwrap_or_else(|_| {
        filter
            .to_lowercase()
            .split_whitespace()
            .map(|w| Term::Text(w.to_string()))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn only_two_characters_outside_ascii_lower_case_to_ascii() {
        let to_ascii: Vec<char> = (0x80..=0x10FFFF_u32)
            .filter_map(char::from_u32)
            .filter(|c| c.to_lowercase().any(|l| l.is_ascii()))
            .collect();
        assert_eq!(to_ascii, {
            let mut chars = LOWER_TO_ASCII.to_vec();
            chars.sort();
            chars
        });
    }

    #[test]
    fn a_term_is_found_in_text_as_in_the_text_lower_cased() {
        for (text, term, holds) in [
            ("Pilot CENTRAS 12", "pilot", true),
            ("Pilot CENTRAS 12", "centras 1", true),
            ("Pilot CENTRAS 12", "tras 13", false),
            ("פיילוט Pilot", "pilot", true),
            ("ŠVIESA pilotas", "šviesa", true),
            ("ŠVIESA pilotas", "sviesa", false),
            // The Kelvin sign lower-cases to `k`, the dotted I to `i̇`.
            ("5 \u{212A}", "5 k", true),
            ("\u{0130}stanbul", "i", true),
            ("\u{0130}stanbul", "istanbul", false),
            ("", "", true),
            ("abc", "", true),
            ("ab", "abc", false),
        ] {
            assert_eq!(lower_holds(text, term), holds, "{text:?} {term:?}");
            assert_eq!(
                text.to_lowercase().contains(term),
                holds,
                "{text:?} {term:?}"
            );
        }
    }

    proptest! {
        /// Text and terms of ASCII, Hebrew, Lithuanian, Greek and the
        /// characters whose lower case is unusual.
        #[test]
        fn lower_holds_is_to_lowercase_contains(
            text in "[a-zA-Z0-9 :!\\-ąčęėįšųūžĄČĘĖĮŠŲŪŽאבגדהוזחטיכלמנסעפצקרשת\u{212A}\u{0130}ΣσςİıẞßǅǄ]{0,16}",
            term in "[a-zA-Z0-9 :!\\-ąčęėįšųūžĄČĘĖĮŠŲŪŽאבגדהוזחטיכלמנסעפצקרשת\u{212A}\u{0130}ΣσςİıẞßǅǄ]{0,4}",
            from in 0usize..16,
        ) {
            let term = term.to_lowercase();
            prop_assert_eq!(lower_holds(&text, &term), text.to_lowercase().contains(&term));
            // A part of the text itself, lower-cased, is always found.
            let chars: Vec<char> = text.chars().collect();
            let part: String = chars.iter().skip(from).take(3).collect::<String>().to_lowercase();
            prop_assert_eq!(lower_holds(&text, &part), text.to_lowercase().contains(&part));
        }
    }

    #[test]
    fn filter_words_parse_into_terms_and_an_unknown_key_is_named() {
        assert_eq!(
            parse_filter(Tab::Milestones, "Status:Done  crm overdue 08:00"),
            Ok(vec![
                Term::Field("status", "done".into()),
                Term::Text("crm".into()),
                Term::Overdue,
                Term::Text("08:00".into()),
            ])
        );
        assert_eq!(
            parse_filter(Tab::Milestones, "onwer:dana"),
            Err("no filter `onwer`: did you mean `owner`? filters: status, owner, phase, goal, overdue".into())
        );
        // Lists without due dates read `overdue` as a word.
        assert_eq!(
            parse_filter(Tab::Goals, "overdue"),
            Ok(vec![Term::Text("overdue".into())])
        );
        assert_eq!(
            parse_filter(Tab::People, "owner:dana"),
            Err(
                "no filter `owner`; the People list has no filters, only words to find in its rows"
                    .into()
            )
        );
        // The Actions list: `late` is `overdue`, `open` stands alone.
        assert_eq!(
            parse_filter(
                Tab::Actions,
                "open late overdue metric:FCR milestone:crm owner:dana"
            ),
            Ok(vec![
                Term::Open,
                Term::Overdue,
                Term::Overdue,
                Term::Field("metric", "fcr".into()),
                Term::Field("milestone", "crm".into()),
                Term::Field("owner", "dana".into()),
            ])
        );
        assert_eq!(
            parse_filter(Tab::Actions, "metrc:fcr"),
            Err("no filter `metrc`: did you mean `metric`? filters: owner, metric, milestone, open, late, overdue".into())
        );
        assert_eq!(
            filter_hint(Tab::Actions),
            "filters: owner: metric: milestone: open late overdue · words match any column"
        );
        // `open` is a word on the other lists.
        assert_eq!(
            parse_filter(Tab::Milestones, "open"),
            Ok(vec![Term::Text("open".into())])
        );
        assert_eq!(
            parse_filter(Tab::Reviews, "overdu:x"),
            Err("no filter `overdu`: did you mean `overdue`? filters: overdue".into())
        );
    }
}
