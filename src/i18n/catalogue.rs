//! The catalogues, built into the binary: every `.ftl` file of a language,
//! read in one bundle.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use super::Lang;

/// The catalogue's files, by area; each language has all of them.
#[cfg(test)]
pub const FILES: [&str; 6] = ["common", "tui", "cli", "check", "report", "people"];

macro_rules! sources {
    ($lang:literal) => {
        [
            include_str!(concat!("../../locales/", $lang, "/common.ftl")),
            include_str!(concat!("../../locales/", $lang, "/tui.ftl")),
            include_str!(concat!("../../locales/", $lang, "/cli.ftl")),
            include_str!(concat!("../../locales/", $lang, "/check.ftl")),
            include_str!(concat!("../../locales/", $lang, "/report.ftl")),
            include_str!(concat!("../../locales/", $lang, "/people.ftl")),
        ]
    };
}

/// The text of each file of `lang`'s catalogue, in [`FILES`] order.
pub fn sources(lang: Lang) -> [&'static str; 6] {
    match lang {
        Lang::En => sources!("en"),
        Lang::He => sources!("he"),
        Lang::Lt => sources!("lt"),
    }
}

/// `lang`'s bundle. A file that does not parse keeps the messages that
/// do (the catalogue tests fail on any error).
pub fn build(lang: Lang) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Terminals show the isolation marks Fluent puts around values as
    // stray characters; the report isolates values itself (`<bdi>`).
    bundle.set_use_isolating(false);
    if lang == Lang::Lt {
        // intl_pluralrules 7.0.2 reads CLDR's Lithuanian rule on the whole
        // number instead of its last digits (22 and 58 come out `other`,
        // not `few`): Lithuanian selectors go through our own rule.
        let _ = bundle.add_function("LT_PLURAL", |positional, _named| match positional.first() {
            Some(FluentValue::Number(n)) => FluentValue::from(lithuanian_plural(n.value)),
            Some(other) => other.clone(),
            None => FluentValue::None,
        });
    }
    for source in sources(lang) {
        let source = if lang == Lang::Lt {
            plural_selectors(source)
        } else {
            source.to_string()
        };
        let resource = match FluentResource::try_new(source) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        // A message defined twice keeps its first text.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// CLDR's plural category of `n` in Lithuanian: `one` (1, 21, 101),
/// `few` (2–9, 22–29, 102), `many` (fractions), `other` (0, 10–20, 30).
pub fn lithuanian_plural(n: f64) -> &'static str {
    if n.fract() != 0.0 {
        return "many";
    }
    let i = n.abs() as u64;
    let teens = (11..=19).contains(&(i % 100));
    match i % 10 {
        1 if !teens => "one",
        2..=9 if !teens => "few",
        _ => "other",
    }
}

/// `{ $x ->` becomes `{ LT_PLURAL($x) ->`: each selector on a variable
/// picks its variant by [`lithuanian_plural`] (text values pass through).
fn plural_selectors(source: &str) -> String {
    let mut out = String::with_capacity(source.len() + 64);
    let mut rest = source;
    while let Some(at) = rest.find("{ $") {
        let (before, after) = rest.split_at(at);
        out.push_str(before);
        let name_len = after[3..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
            .unwrap_or(after.len() - 3);
        let name = &after[3..3 + name_len];
        let tail = &after[3 + name_len..];
        if tail.trim_start_matches(' ').starts_with("->") {
            out.push_str("{ LT_PLURAL($");
            out.push_str(name);
            out.push(')');
        } else {
            out.push_str("{ $");
            out.push_str(name);
        }
        rest = tail;
    }
    out.push_str(rest);
    out
}
