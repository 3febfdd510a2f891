//! The translated templates: each is the English contact-centre plan with
//! only its prose translated (every id, code, date, number, reference and
//! YAML layout kept), and the Lithuanian one reads wholly in Lithuanian.

#![allow(clippy::unwrap_used)]

use std::collections::HashSet;

use charter::store::templates::{self, Template};
use charter::store::yaml::node::{self, Kind, Node};

/// The keys whose values are prose a translation rewrites. A value under one
/// of them that is an id (a breakdown's `unit: north-t1`) is a reference and
/// stays as it is.
const PROSE: &[&str] = &[
    "title",
    "organization",
    "consultant",
    "name",
    "vision",
    "values",
    "principles",
    "hours",
    "text",
    "terms",
    "description",
    "focus",
    "unit",
    "source",
    "topic",
    "summary",
    "investigation",
    "recovery",
    "note",
];

/// Common English words, none of them also a Lithuanian word: not `centre`
/// (Lithuanian "in the centre"), `ten` ("there"), `per` or `net` ("even").
const ENGLISH: &[&str] = &[
    "the",
    "and",
    "of",
    "to",
    "with",
    "for",
    "in",
    "on",
    "at",
    "by",
    "from",
    "or",
    "we",
    "our",
    "you",
    "your",
    "it",
    "its",
    "every",
    "each",
    "all",
    "not",
    "never",
    "within",
    "will",
    "that",
    "this",
    "customer",
    "customers",
    "service",
    "team",
    "teams",
    "call",
    "calls",
    "contact",
    "contacts",
    "center",
    "representative",
    "representatives",
    "rep",
    "manager",
    "managers",
    "meeting",
    "request",
    "requests",
    "review",
    "plan",
    "charter",
    "committee",
    "steering",
    "change",
    "agents",
    "routines",
    "routine",
    "shift",
    "briefing",
    "feedback",
    "skills",
    "survey",
    "report",
    "knowledge",
    "base",
    "training",
    "north",
    "south",
    "billing",
    "tier",
    "phone",
    "chat",
    "email",
    "web",
    "branch",
    "hours",
    "working",
    "days",
    "day",
    "week",
    "month",
    "year",
    "first",
    "time",
    "rate",
    "score",
    "average",
    "speed",
    "answer",
    "handling",
    "resolution",
    "satisfaction",
    "employee",
    "promoter",
    "points",
    "paid",
    "spent",
    "workshop",
    "angry",
    "script",
    "trial",
    "owner",
    "rule",
    "one",
    "five",
    "most",
    "common",
    "respect",
    "ownership",
    "clarity",
    "reliability",
    "example",
    "division",
    "consultant",
    "vision",
    "values",
    "approve",
    "publish",
    "results",
    "next",
    "new",
    "quality",
    "people",
];

fn files(name: &str) -> &'static Template {
    templates::find(name).unwrap_or_else(|| panic!("no template {name}"))
}

fn tree(template: &Template, file: &str) -> Node {
    let (_, text) = template
        .files
        .iter()
        .find(|(f, _)| *f == file)
        .unwrap_or_else(|| panic!("{} has no {file}", template.name));
    node::parse(text)
        .unwrap_or_else(|e| panic!("{}/{file}: {e:?}", template.name))
        .unwrap()
}

/// Every `id:` value in the English template: references to keep.
fn ids(node: &Node, out: &mut HashSet<String>) {
    match &node.kind {
        Kind::Map(entries) => {
            for (k, v) in entries {
                if let (Some("id"), Some(id)) = (k.as_scalar(), v.as_scalar()) {
                    out.insert(id.to_string());
                }
                ids(v, out);
            }
        }
        Kind::Seq(items) => items.iter().for_each(|n| ids(n, out)),
        Kind::Scalar(..) => {}
    }
}

/// Walks the English and the translated tree together: the same keys in the
/// same order, the same flow or block layout, the same list lengths, and every
/// value that is not prose identical. Collects the translated prose.
fn same_but_prose(
    en: &Node,
    tr: &Node,
    key: &str,
    path: &str,
    ids: &HashSet<String>,
    prose: &mut Vec<(String, String)>,
) {
    assert_eq!(en.flow, tr.flow, "{path}: flow or block layout differs");
    match (&en.kind, &tr.kind) {
        (Kind::Map(a), Kind::Map(b)) => {
            let keys = |m: &[(Node, Node)]| -> Vec<String> {
                m.iter()
                    .map(|(k, _)| k.as_scalar().unwrap_or("?").to_string())
                    .collect()
            };
            assert_eq!(keys(a), keys(b), "{path}: keys differ");
            for ((k, x), (_, y)) in a.iter().zip(b) {
                let k = k.as_scalar().unwrap_or("?");
                same_but_prose(x, y, k, &format!("{path}.{k}"), ids, prose);
            }
        }
        (Kind::Seq(a), Kind::Seq(b)) => {
            assert_eq!(a.len(), b.len(), "{path}: list lengths differ");
            for (n, (x, y)) in a.iter().zip(b).enumerate() {
                same_but_prose(x, y, key, &format!("{path}[{n}]"), ids, prose);
            }
        }
        (Kind::Scalar(x, _), Kind::Scalar(y, _)) => {
            if PROSE.contains(&key) && !ids.contains(x.as_str()) {
                assert!(!y.trim().is_empty(), "{path}: empty");
                prose.push((path.to_string(), y.to_string()));
            } else {
                assert_eq!(x, y, "{path}: not prose, so it stays as in English");
            }
        }
        _ => panic!("{path}: a different kind of node"),
    }
}

/// The translated template's prose, after checking it is the English plan
/// in every other respect and that its plan.yaml names `language`.
fn translated_prose(name: &str, language: &str) -> Vec<(String, String)> {
    let en = files("contact-center");
    let tr = files(name);
    let names = |t: &Template| t.files.iter().map(|(f, _)| *f).collect::<Vec<_>>();
    assert_eq!(names(en), names(tr));
    let mut known = HashSet::new();
    for (file, _) in en.files {
        ids(&tree(en, file), &mut known);
    }
    let mut prose = Vec::new();
    for (file, _) in en.files {
        let mut translated = tree(tr, file);
        if *file == "plan.yaml" {
            let Kind::Map(entries) = &mut translated.kind else {
                panic!("{name}/plan.yaml is not a mapping");
            };
            let at = entries
                .iter()
                .position(|(k, _)| k.as_scalar() == Some("language"))
                .unwrap_or_else(|| panic!("{name}/plan.yaml has no language"));
            let (_, value) = entries.remove(at);
            assert_eq!(value.as_scalar(), Some(language));
            let before = entries[at - 1].0.as_scalar();
            assert_eq!(
                before,
                Some("target_guide"),
                "language follows target_guide"
            );
        }
        same_but_prose(&tree(en, file), &translated, "", file, &known, &mut prose);
    }
    prose
}

/// Each `(field, English word)` found in the prose.
fn english_words(prose: &[(String, String)]) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for (path, text) in prose {
        for word in text.split(|c: char| !c.is_alphabetic()) {
            let word = word.to_lowercase();
            if ENGLISH.contains(&word.as_str()) {
                found.push((path.clone(), word));
            }
        }
    }
    found
}

#[test]
fn the_lithuanian_template_is_the_english_plan_with_its_prose_translated() {
    let prose = translated_prose("lt-contact-center", "lt");
    // Names, titles and texts of every file: 60 milestone and action titles
    // alone.
    assert!(prose.len() > 150, "only {} prose values", prose.len());
    let english: HashSet<_> = english_prose().into_iter().map(|(_, t)| t).collect();
    // Only the systems' names (CRM, CTI, BI, WFM) and the `%` and `s` units
    // read the same in both languages.
    let same = |t: &str| t == "%" || t == "s" || t.chars().all(|c| c.is_ascii_uppercase());
    let untranslated: Vec<_> = prose
        .iter()
        .filter(|(_, t)| english.contains(t) && !same(t))
        .collect();
    assert_eq!(untranslated, Vec::<&(String, String)>::new());
}

#[test]
fn the_hebrew_template_is_the_english_plan_with_its_prose_translated() {
    let prose = translated_prose("he-contact-center", "he");
    assert!(prose.len() > 150, "only {} prose values", prose.len());
}

#[test]
fn the_lithuanian_template_has_no_english_words() {
    let prose = translated_prose("lt-contact-center", "lt");
    assert_eq!(english_words(&prose), Vec::<(String, String)>::new());
    // Lithuanian letters run through the plan's names, titles and texts.
    let lithuanian = |t: &str| t.chars().any(|c| "ąčęėįšųūžĄČĘĖĮŠŲŪŽ".contains(c));
    let with = prose.iter().filter(|(_, t)| lithuanian(t)).count();
    assert!(with * 4 > prose.len() * 3, "{with} of {}", prose.len());
}

/// The English template's own prose.
fn english_prose() -> Vec<(String, String)> {
    let en = files("contact-center");
    let mut known = HashSet::new();
    for (file, _) in en.files {
        ids(&tree(en, file), &mut known);
    }
    let mut prose = Vec::new();
    for (file, _) in en.files {
        let t = tree(en, file);
        same_but_prose(&t, &t, "", file, &known, &mut prose);
    }
    prose
}

#[test]
fn the_english_word_check_finds_english() {
    let prose = english_prose();
    let found = english_words(&prose);
    let fields: HashSet<_> = found.iter().map(|(p, _)| p.as_str()).collect();
    assert!(
        fields.len() * 2 > prose.len(),
        "{} of {}",
        fields.len(),
        prose.len()
    );
    assert!(found.contains(&("charter.yaml.vision".to_string(), "every".to_string())));
}
