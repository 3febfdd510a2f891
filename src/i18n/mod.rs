//! The words charter shows, in English, Hebrew and Lithuanian.
//!
//! Every label and sentence is a message in a Project Fluent catalogue
//! (`locales/LANG/*.ftl`, built into the binary), looked up by id with
//! [`t!`](crate::t). Fluent carries the CLDR plural rules, so "1 metric",
//! "2 metrics" and Lithuanian's three forms come from the catalogue, not
//! from code. A message missing in Hebrew or Lithuanian falls back to the
//! English one; a test keeps the three catalogues in step.
//!
//! Which language: `--lang` or `CHARTER_LANG` when given ([`choose`]),
//! else the plan's `language:` ([`follow_plan`]), else English. JSON
//! output, ids, codes and field names never go through here.

use std::cell::Cell;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::OnceLock;

use fluent_bundle::FluentArgs;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

mod catalogue;

pub use fluent_bundle::FluentArgs as Args;
pub use fluent_bundle::FluentValue as Value;

/// A language charter speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    #[default]
    En,
    He,
    Lt,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::He, Lang::Lt];

    /// `en`, `he`, `lt`: the code in plan.yaml and on the command line.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::He => "he",
            Lang::Lt => "lt",
        }
    }

    /// The language from its code, any case; `None` for any other word.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code.trim()))
    }

    /// Whether the language is written right to left.
    pub fn is_rtl(self) -> bool {
        self == Lang::He
    }

    /// `ltr` or `rtl`, for HTML's `dir`.
    pub fn dir(self) -> &'static str {
        if self.is_rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }

    fn index(self) -> u8 {
        match self {
            Lang::En => 1,
            Lang::He => 2,
            Lang::Lt => 3,
        }
    }

    fn from_index(i: u8) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.index() == i)
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// `--lang` / `CHARTER_LANG`: `en`, `he` or `lt`.
pub fn parse_lang(text: &str) -> Result<Lang, String> {
    Lang::from_code(text)
        .ok_or_else(|| crate::t!("cli-unknown-language", text = format!("{:?}", text.trim())))
}

/// The language given on the command line, which wins over any plan's.
static CHOSEN: AtomicU8 = AtomicU8::new(0);

thread_local! {
    /// The language of the plan this thread works on.
    static PLAN: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// Takes `lang` (from `--lang` or `CHARTER_LANG`) for the whole process,
/// whatever the plan says.
pub fn choose(lang: Option<Lang>) {
    CHOSEN.store(lang.map_or(0, Lang::index), Ordering::Relaxed);
}

/// Speaks the plan's language on this thread from now on, unless a
/// language was chosen on the command line. Returns the language in use.
pub fn follow_plan(lang: Option<Lang>) -> Lang {
    PLAN.with(|p| p.set(lang));
    current()
}

/// The language messages are shown in.
pub fn current() -> Lang {
    Lang::from_index(CHOSEN.load(Ordering::Relaxed))
        .or_else(|| PLAN.with(Cell::get))
        .unwrap_or_default()
}

fn catalogue(lang: Lang) -> &'static catalogue::Catalogue {
    static CATALOGUES: [OnceLock<catalogue::Catalogue>; 3] =
        [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let slot = &CATALOGUES[usize::from(lang.index() - 1)];
    slot.get_or_init(|| catalogue::Catalogue::new(lang))
}

/// The message `id` in the current language, with `args` put in. A
/// message the language lacks comes from English; an id no catalogue
/// holds comes back as the id itself (the catalogue tests catch that).
pub fn message(id: &str, args: Option<&FluentArgs>) -> String {
    message_in(current(), id, args)
}

/// [`message`] in a given language.
pub fn message_in(lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
    for lang in [lang, Lang::En] {
        if let Some(text) = catalogue(lang).format(id, args) {
            return text;
        }
    }
    debug_assert!(false, "no message {id}");
    id.to_string()
}

/// Whether the catalogue has a message `id`. Every language holds the same
/// ids (the catalogue tests see to it), so the current language answers
/// alone, and nothing is parsed for the question.
pub fn has(id: &str) -> bool {
    catalogue(current()).has(id)
}

/// The word for a stored code, such as a status (`on_track`) or a role
/// (`team_leader`): message `code-KIND-CODE`, or the code itself when the
/// catalogue has no word for it.
pub fn code(kind: &str, code: &str) -> String {
    let id = format!("code-{kind}-{code}");
    if has(&id) {
        message(&id, None)
    } else {
        code.to_string()
    }
}

/// A message with its values, worded only when shown: in the language
/// shown for text ([`std::fmt::Display`]), in English for JSON and commit
/// messages ([`Phrase::in_lang`] with [`Lang::En`]). What keeps a phrase
/// keeps no language. Made with [`phrase!`](crate::phrase).
#[derive(Clone, Debug, PartialEq)]
pub struct Phrase {
    id: &'static str,
    args: Vec<(&'static str, PhraseArg)>,
}

/// A value in a [`Phrase`]: text or a number, or another phrase worded in
/// the same language.
#[derive(Clone, Debug, PartialEq)]
enum PhraseArg {
    Value(Value<'static>),
    Phrase(Phrase),
}

impl Phrase {
    pub fn new(id: &'static str) -> Phrase {
        Phrase {
            id,
            args: Vec::new(),
        }
    }

    /// The phrase with `name` set to `value` (text or a number).
    pub fn with(mut self, name: &'static str, value: impl Into<Value<'static>>) -> Phrase {
        self.args.push((name, PhraseArg::Value(value.into())));
        self
    }

    /// The phrase with `name` set to another phrase, worded in the same
    /// language as this one.
    pub fn with_phrase(mut self, name: &'static str, phrase: Phrase) -> Phrase {
        self.args.push((name, PhraseArg::Phrase(phrase)));
        self
    }

    /// The message's id.
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The phrase in `lang`.
    pub fn in_lang(&self, lang: Lang) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in &self.args {
            match value {
                PhraseArg::Value(v) => args.set(*name, v.clone()),
                PhraseArg::Phrase(p) => args.set(*name, p.in_lang(lang)),
            }
        }
        message_in(lang, self.id, Some(&args))
    }
}

impl std::fmt::Display for Phrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.in_lang(current()))
    }
}

/// `phrase!("id", name = value, …)`: a [`Phrase`], worded when shown.
#[macro_export]
macro_rules! phrase {
    ($id:expr) => {
        $crate::i18n::Phrase::new($id)
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::Phrase::new($id)$(.with(stringify!($name), $value))+
    };
}

/// `t!("id")` or `t!("id", name = value, …)`: the message in the current
/// language. Values are strings or numbers; a number picks the plural
/// form (`{ $count -> [one] … *[other] … }`).
#[macro_export]
macro_rules! t {
    ($id:expr) => {
        $crate::i18n::message($id, None)
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::Args::new();
        $( args.set(stringify!($name), $crate::i18n::Value::from($value)); )+
        $crate::i18n::message($id, Some(&args))
    }};
}

#[cfg(test)]
mod tests;
