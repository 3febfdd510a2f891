//! The catalogues, built into the binary: every `.ftl` file of a language,
//! split into entries, each parsed the first time it is shown.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::{Mutex, PoisonError};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use super::Lang;

/// The catalogue's files, by area; each language has all of them.
#[cfg(test)]
pub const FILES: [&str; 9] = [
    "common", "tui", "cli", "check", "report", "survey", "meet", "people", "recog",
];

macro_rules! sources {
    ($lang:literal) => {
        [
            include_str!(concat!("../../locales/", $lang, "/common.ftl")),
            include_str!(concat!("../../locales/", $lang, "/tui.ftl")),
            include_str!(concat!("../../locales/", $lang, "/cli.ftl")),
            include_str!(concat!("../../locales/", $lang, "/check.ftl")),
            include_str!(concat!("../../locales/", $lang, "/report.ftl")),
            include_str!(concat!("../../locales/", $lang, "/survey.ftl")),
            include_str!(concat!("../../locales/", $lang, "/meet.ftl")),
            include_str!(concat!("../../locales/", $lang, "/people.ftl")),
            include_str!(concat!("../../locales/", $lang, "/recog.ftl")),
        ]
    };
}

/// The text of each file of `lang`'s catalogue, in [`FILES`] order.
pub fn sources(lang: Lang) -> [&'static str; 9] {
    match lang {
        Lang::En => sources!("en"),
        Lang::He => sources!("he"),
        Lang::Lt => sources!("lt"),
    }
}

/// One language's catalogue, parsed a message at a time.
///
/// Parsing every `.ftl` file of a language cost more than the rest of a
/// small command (4 million instructions of a 50-million `status`): a run
/// shows a few dozen messages of the two thousand. The files are only
/// split into entries up front; a message is parsed, with the messages and
/// terms it refers to, the first time it is shown.
pub struct Catalogue {
    lang: Lang,
    /// Each entry's text by id (terms with their `-`); the first
    /// definition of an id wins.
    entries: Entries,
    parsed: Mutex<Parsed>,
}

struct Parsed {
    bundle: FluentBundle<FluentResource>,
    /// The ids already in the bundle.
    added: HashSet<&'static str>,
}

impl Catalogue {
    pub fn new(lang: Lang) -> Self {
        Catalogue::from_sources(lang, &sources(lang))
    }

    /// The catalogue of `lang` made of these files' entries.
    pub fn from_sources(lang: Lang, sources: &[&'static str]) -> Self {
        let bytes: usize = sources.iter().map(|s| s.len()).sum();
        // About one entry per 40 bytes: one allocation, no rehashing.
        let mut entries = Entries::with_capacity_and_hasher(bytes / 32, Default::default());
        for source in sources {
            split(source, &mut entries);
        }
        Catalogue {
            lang,
            entries,
            parsed: Mutex::new(Parsed {
                bundle: new_bundle(lang),
                added: HashSet::new(),
            }),
        }
    }

    /// Whether the catalogue holds a message `id` (nothing is parsed).
    pub fn has(&self, id: &str) -> bool {
        !id.starts_with('-') && self.entries.contains_key(id)
    }

    /// The message `id` with `args` put in, or `None` when the catalogue
    /// has no such message.
    pub fn format(&self, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        if !self.has(id) {
            return None;
        }
        // A panic while formatting leaves the bundle whole: take it back.
        let mut parsed = self.parsed.lock().unwrap_or_else(PoisonError::into_inner);
        self.require(&mut parsed, id);
        let bundle = &parsed.bundle;
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        debug_assert!(errors.is_empty(), "message {id}: {errors:?}");
        Some(text.into_owned())
    }

    /// Adds `id` and everything it refers to, transitively, to the bundle.
    fn require(&self, parsed: &mut Parsed, id: &str) {
        let mut wanted = vec![id];
        while let Some(id) = wanted.pop() {
            let Some((&id, &text)) = self.entries.get_key_value(id) else {
                continue;
            };
            if !parsed.added.insert(id) {
                continue;
            }
            let source = if self.lang == Lang::Lt {
                plural_selectors(text)
            } else {
                text.to_string()
            };
            let resource = match FluentResource::try_new(source) {
                Ok(r) => r,
                Err((r, _)) => r,
            };
            let _ = parsed.bundle.add_resource(resource);
            wanted.extend(references(text));
        }
    }
}

fn new_bundle(lang: Lang) -> FluentBundle<FluentResource> {
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
    bundle
}

/// `lang`'s whole catalogue in one bundle, parsed at once: what the lazy
/// [`Catalogue`] must always agree with.
#[cfg(test)]
pub fn build(lang: Lang) -> FluentBundle<FluentResource> {
    let mut bundle = new_bundle(lang);
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
        let _ = bundle.add_resource(resource);
    }
    bundle
}

type Entries = HashMap<&'static str, &'static str, BuildHasherDefault<Fnv>>;

/// Adds the entries of a `.ftl` file to `entries`: each message or term's
/// id and its text, from its first line to the next line that starts
/// another entry or a comment. An entry's other lines are indented, or
/// start with one of Fluent's `[ * . }`; a letter or `-` in the first
/// column starts an entry, `#` a comment. An id met twice keeps its first
/// text, as a bundle keeps its first definition.
fn split(source: &'static str, entries: &mut Entries) {
    let mut open: Option<(&'static str, usize)> = None;
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        let first = line.as_bytes().first().copied().unwrap_or(b' ');
        if first.is_ascii_alphabetic() || first == b'-' || first == b'#' {
            if let Some((id, start)) = open.take() {
                entries.entry(id).or_insert(&source[start..offset]);
            }
            if first != b'#' {
                let end = line
                    .bytes()
                    .position(|b| b == b'=' || b.is_ascii_whitespace())
                    .unwrap_or(line.len());
                open = Some((&line[..end], offset));
            }
        }
        offset += line.len();
    }
    if let Some((id, start)) = open {
        entries.entry(id).or_insert(&source[start..]);
    }
}

/// FNV-1a: the ids are short, trusted and built in; SipHash's defence
/// against chosen keys costs more than the rest of the indexing.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }
}

/// The ids an entry's text refers to: `{ other-message }`, `{ -term }`,
/// wherever a placeable opens (a variable `{ $x }` is not one). A word that
/// is not an id (a function's name) is looked up and skipped.
fn references(text: &str) -> impl Iterator<Item = &str> {
    text.split('{').skip(1).filter_map(|after| {
        let after = after.trim_start();
        let end = after
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(after.len());
        let id = &after[..end];
        let first = id.bytes().next()?;
        (first.is_ascii_alphabetic() || first == b'-').then_some(id)
    })
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
