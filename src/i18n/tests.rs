use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::catalogue::{sources, FILES};
use super::*;

/// Each message id of `lang`'s catalogue, with the variables it uses, by file.
fn messages(lang: Lang) -> BTreeMap<String, (usize, BTreeSet<String>)> {
    let mut all = BTreeMap::new();
    for (file, source) in sources(lang).into_iter().enumerate() {
        let resource = match fluent_syntax::parser::parse(source) {
            Ok(r) => r,
            Err((_, errors)) => panic!("{}/{}.ftl: {errors:?}", lang, FILES[file]),
        };
        for entry in resource.body {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(value) = &m.value {
                    variables(value, &mut vars);
                }
                let id = m.id.name.to_string();
                assert!(
                    all.insert(id.clone(), (file, vars)).is_none(),
                    "{lang}: message {id} defined twice"
                );
            }
        }
    }
    all
}

fn variables(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, vars);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, vars);
            for v in variants {
                variables(&v.value, vars);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, vars),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, vars),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_variables(a, vars);
            }
        }
        _ => {}
    }
}

#[test]
fn the_three_catalogues_parse_and_hold_the_same_messages() {
    let en = messages(Lang::En);
    assert!(
        en.len() > 50,
        "the English catalogue has {} messages",
        en.len()
    );
    for lang in [Lang::He, Lang::Lt] {
        let other = messages(lang);
        let missing: Vec<_> = en.keys().filter(|id| !other.contains_key(*id)).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        for (id, (file, vars)) in &other {
            let Some((en_file, en_vars)) = en.get(id) else {
                panic!("{lang} has {id}, which English has not");
            };
            assert_eq!(
                file, en_file,
                "{lang}: {id} is in another file than in English"
            );
            let extra: Vec<_> = vars.difference(en_vars).collect();
            assert!(
                extra.is_empty(),
                "{lang}: {id} uses {extra:?}, which English never gets"
            );
        }
    }
}

#[test]
fn every_message_formats_without_errors_in_every_language() {
    for lang in Lang::ALL {
        let bundle = super::catalogue::build(lang);
        for (id, (_, vars)) in messages(Lang::En) {
            let mut args = Args::new();
            for v in &vars {
                args.set(v.clone(), Value::from(2));
            }
            let message = bundle.get_message(&id).and_then(|m| m.value());
            let pattern = message.unwrap_or_else(|| panic!("{lang}: no value for {id}"));
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
            assert!(errors.is_empty(), "{lang}: {id}: {errors:?}");
            assert!(!text.trim().is_empty(), "{lang}: {id} is empty");
        }
    }
}

/// A message parsed on its own, with what it refers to, reads exactly as
/// in the whole catalogue parsed at once, whatever the counts: the lazy
/// catalogue finds every message and term a message uses.
#[test]
fn each_message_parsed_alone_reads_as_in_the_whole_catalogue() {
    for lang in Lang::ALL {
        let whole = super::catalogue::build(lang);
        for (id, (_, vars)) in messages(Lang::En) {
            // A fresh catalogue for each message: nothing parsed before helps.
            let alone = super::catalogue::Catalogue::new(lang);
            for n in [0, 1, 2, 5, 11, 21, 22] {
                let mut args = Args::new();
                for v in &vars {
                    args.set(v.clone(), Value::from(n));
                }
                let alone = alone.format(&id, Some(&args));
                let pattern = whole.get_message(&id).and_then(|m| m.value());
                let pattern = pattern.unwrap_or_else(|| panic!("{lang}: no value for {id}"));
                let mut errors = Vec::new();
                let expected = whole.format_pattern(pattern, Some(&args), &mut errors);
                assert_eq!(alone.as_deref(), Some(&*expected), "{lang}: {id} with {n}");
            }
        }
    }
}

#[test]
fn the_catalogue_knows_its_messages_without_parsing_them() {
    let catalogue = super::catalogue::Catalogue::new(Lang::He);
    assert!(catalogue.has("count-metrics"));
    assert!(!catalogue.has("no-such-message"));
    // Terms are parts of messages, never shown alone.
    assert!(!catalogue.has("-not-a-date"));
    assert_eq!(catalogue.format("no-such-message", None), None);
}

/// Every `t!("…")` in the sources names a message of the English catalogue.
#[test]
fn every_message_the_code_asks_for_exists() {
    let en = messages(Lang::En);
    let mut missing = Vec::new();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                let code = text.lines().filter(|l| !l.trim_start().starts_with("//"));
                for id in code.flat_map(asked_for) {
                    if !en.contains_key(id) {
                        missing.push(format!("{}: {id}", path.display()));
                    }
                }
            }
        }
    }
    assert!(missing.is_empty(), "no such messages: {missing:#?}");
}

/// The ids of the `t!("…")` and `phrase!("…")` calls on a line (not
/// `format!("…")`).
fn asked_for(line: &str) -> Vec<&str> {
    let mut ids = Vec::new();
    for call in ["t!(\"", "phrase!(\"", "label!(\""] {
        let mut rest = line;
        while let Some(at) = rest.find(call) {
            let before = rest[..at].chars().next_back();
            let after = &rest[at + call.len()..];
            if !before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                ids.push(after.split('"').next().unwrap_or(""));
            }
            rest = after;
        }
    }
    ids
}

fn counted(lang: Lang, id: &str, n: usize) -> String {
    let mut args = Args::new();
    args.set("count", Value::from(n));
    message_in(lang, id, Some(&args))
}

#[test]
fn plurals_follow_each_languages_rules() {
    let en: Vec<_> = [0, 1, 2, 5, 11, 21]
        .map(|n| counted(Lang::En, "count-metrics", n))
        .into();
    assert_eq!(
        en,
        [
            "0 metrics",
            "1 metric",
            "2 metrics",
            "5 metrics",
            "11 metrics",
            "21 metrics"
        ]
    );
    let lt: Vec<_> = [0, 1, 2, 5, 11, 21]
        .map(|n| counted(Lang::Lt, "count-metrics", n))
        .into();
    assert_eq!(
        lt,
        [
            "0 rodiklių",
            "1 rodiklis",
            "2 rodikliai",
            "5 rodikliai",
            "11 rodiklių",
            "21 rodiklis"
        ]
    );
    let he: Vec<_> = [0, 1, 2, 5, 11, 21]
        .map(|n| counted(Lang::He, "count-days", n))
        .into();
    assert_eq!(
        he,
        [
            "0 ימים",
            "יום אחד",
            "יומיים",
            "5 ימים",
            "11 ימים",
            "21 ימים"
        ]
    );
}

#[test]
fn the_command_lines_language_wins_over_the_plans() {
    // Runs on its own thread: the plan's language is per thread, the
    // chosen one per process, so this test leaves CHOSEN as it found it.
    std::thread::spawn(|| {
        assert_eq!(current(), Lang::En);
        assert_eq!(follow_plan(Some(Lang::He)), Lang::He);
        assert_eq!(t!("state-on_track"), "במסלול");
        assert_eq!(follow_plan(None), Lang::En);
        assert_eq!(t!("count-days", count = 1), "1 day");
    })
    .join()
    .unwrap();
    assert_eq!(parse_lang(" LT "), Ok(Lang::Lt));
    let err = parse_lang("fr").unwrap_err();
    assert!(
        err.contains("en (English), he (Hebrew) or lt (Lithuanian)"),
        "{err}"
    );
}

#[test]
fn a_code_without_a_word_shows_as_itself() {
    std::thread::spawn(|| {
        follow_plan(Some(Lang::Lt));
        assert_eq!(code("status", "in_progress"), "vykdoma");
        assert_eq!(code("status", "someday"), "someday");
    })
    .join()
    .unwrap();
}

#[test]
fn lithuanian_plurals_look_at_the_last_digits() {
    let got: Vec<String> = [2_i64, 9, 12, 21, 22, 58, 101, 102, 111, 112]
        .iter()
        .map(|n| {
            let mut args = Args::new();
            args.set("count", Value::from(*n));
            message_in(Lang::Lt, "count-days", Some(&args))
        })
        .collect();
    let want = [
        "2 dienos",
        "9 dienos",
        "12 dienų",
        "21 diena",
        "22 dienos",
        "58 dienos",
        "101 diena",
        "102 dienos",
        "111 dienų",
        "112 dienų",
    ];
    assert_eq!(got, want);
    assert_eq!(super::catalogue::lithuanian_plural(1.5), "many");
    // A selector on text still picks by the text.
    let mut args = Args::new();
    args.set("unit", Value::from("week"));
    args.set("count", Value::from(3));
    assert_eq!(
        message_in(Lang::Lt, "check-every", Some(&args)),
        "3 savaitės"
    );
}

#[test]
fn a_catalogue_file_splits_into_its_entries() {
    let source = "# A comment\n\
                  -term = the term\n\
                  \n\
                  first = { $n ->\n    [one] one { -term }\n   *[other] { $n } of { second }\n}\n\
                  ## Group\n\
                  second=two lines\n    and more\n\n\
                  first = defined again\n";
    let source: &'static str = Box::leak(source.to_string().into_boxed_str());
    let catalogue = super::catalogue::Catalogue::from_sources(Lang::En, &[source]);
    let mut args = Args::new();
    args.set("n", Value::from(1));
    assert_eq!(
        catalogue.format("first", Some(&args)).as_deref(),
        Some("one the term")
    );
    args.set("n", Value::from(3));
    assert_eq!(
        catalogue.format("first", Some(&args)).as_deref(),
        Some("3 of two lines\nand more")
    );
    assert!(!catalogue.has("# A comment"));
    assert!(!catalogue.has("-term"));
}
