//! The catalogues, built into the binary: every `.ftl` file of a language,
//! read in one bundle.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::FluentResource;
use unic_langid::LanguageIdentifier;

use super::Lang;

/// The catalogue's files, by area; each language has all of them.
#[cfg(test)]
pub const FILES: [&str; 5] = ["common", "tui", "cli", "check", "report"];

macro_rules! sources {
    ($lang:literal) => {
        [
            include_str!(concat!("../../locales/", $lang, "/common.ftl")),
            include_str!(concat!("../../locales/", $lang, "/tui.ftl")),
            include_str!(concat!("../../locales/", $lang, "/cli.ftl")),
            include_str!(concat!("../../locales/", $lang, "/check.ftl")),
            include_str!(concat!("../../locales/", $lang, "/report.ftl")),
        ]
    };
}

/// The text of each file of `lang`'s catalogue, in [`FILES`] order.
pub fn sources(lang: Lang) -> [&'static str; 5] {
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
    for source in sources(lang) {
        let resource = match FluentResource::try_new(source.to_string()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        // A message defined twice keeps its first text.
        let _ = bundle.add_resource(resource);
    }
    bundle
}
