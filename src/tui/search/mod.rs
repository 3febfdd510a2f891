//! `/`: search across every document, and `!`: the plan's problems, each
//! result leading to its item.
//!
//! A document is what the user wrote of one item: its title or name, its
//! id and its free text (descriptions, notes, summaries, decisions). Enum
//! words the file stores (a member's `secretary` role, a status) are not
//! searched: a query finds what someone wrote, not the form's choices.
//! Every word of a query must be in a document, ignoring case and accents.
//! Hits are ranked: the exact id, then every word at a word start of the
//! title, then every word in the title, then the rest, each in document
//! order. Each hit is labelled once by its kind and title.
//!
//! A key typed must be answered within one frame on a plan of 10,000
//! milestones and their actions (some 60,000 documents), so the [`Index`]
//! folds every document once, keeps the hits of each query typed so far (a
//! longer query can only match fewer documents: only those are searched
//! again, and backspace goes back to the hits already found), and ranks
//! only the hits that are shown.

use nucleo_matcher::chars::{normalize, to_lower_case};

use super::app::{App, Pick, Tab, Target};
use crate::domain::diag::Severity;
use crate::domain::model::Plan;

mod documents;

pub use documents::{documents, Document};

const MAX_RESULTS: usize = 200;

/// How well a document matches a query: higher ranks first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    /// Every word somewhere in the document.
    Anywhere,
    /// Every word in the title.
    InTitle,
    /// Every word at the start of a word of the title.
    TitleWordStart,
    /// The query is the item's id.
    Id,
}

/// A document folded once for matching.
struct Folded {
    id: String,
    title: String,
    /// Id, title and text, one per line.
    all: String,
}

/// One query typed, and the documents it matches, in document order.
struct Typed {
    query: String,
    hits: Vec<u32>,
}

/// The documents of a plan, folded for matching, and the hits of the
/// queries typed so far.
pub struct Index {
    docs: Vec<Document>,
    folded: Vec<Folded>,
    /// The queries typed so far, each a prefix of the next.
    typed: Vec<Typed>,
}

/// `text` lower-cased and without accents, as the search compares it.
fn fold(text: &str) -> String {
    text.chars().map(|c| to_lower_case(normalize(c))).collect()
}

/// Whether `needle` starts a word of `hay`: at its start or after a
/// character that is not a letter or digit.
fn at_word_start(hay: &str, needle: &str) -> bool {
    hay.match_indices(needle).any(|(at, _)| {
        hay[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    })
}

impl Index {
    pub fn new(plan: &Plan) -> Index {
        let docs = documents(plan);
        let folded = docs
            .iter()
            .map(|d| {
                let id = fold(&d.id);
                let title = fold(&d.title);
                let mut all = format!("{id}\n{title}");
                for t in &d.text {
                    all.push('\n');
                    all.push_str(&fold(t));
                }
                Folded { id, title, all }
            })
            .collect();
        Index {
            docs,
            folded,
            typed: Vec::new(),
        }
    }

    /// The best matches of `query`, best first (document order among equals).
    pub fn search(&mut self, query: &str) -> Pick {
        let choices = if query.trim().is_empty() {
            self.docs
                .iter()
                .take(MAX_RESULTS)
                .map(|d| (d.label.clone(), d.target.clone()))
                .collect()
        } else {
            let folded = fold(query.trim());
            let words: Vec<&str> = folded.split_whitespace().collect();
            self.hits(query);
            let hits = self.typed.last().map_or(&[][..], |t| t.hits.as_slice());
            let mut ranked: Vec<(std::cmp::Reverse<Rank>, u32)> = hits
                .iter()
                .filter_map(|doc| {
                    let f = self.folded.get(*doc as usize)?;
                    Some((std::cmp::Reverse(rank(f, &folded, &words)), *doc))
                })
                .collect();
            if ranked.len() > MAX_RESULTS {
                ranked.select_nth_unstable(MAX_RESULTS - 1);
                ranked.truncate(MAX_RESULTS);
            }
            ranked.sort_unstable();
            ranked
                .into_iter()
                .filter_map(|(_, doc)| self.docs.get(doc as usize))
                .map(|d| (d.label.clone(), d.target.clone()))
                .collect()
        };
        Pick {
            title: crate::t!("tui-search-title"),
            query: query.to_string(),
            searchable: true,
            choices,
            selected: 0,
        }
    }

    /// Finds the documents holding every word of `query`, searching only
    /// those the last query found when this one extends it.
    fn hits(&mut self, query: &str) {
        // Forget the queries this one does not extend (backspace, an edit).
        while let Some(typed) = self.typed.last() {
            if query.starts_with(&typed.query) {
                break;
            }
            self.typed.pop();
        }
        if self.typed.last().is_some_and(|t| t.query == query) {
            return;
        }
        let folded = fold(query);
        let words: Vec<&str> = folded.split_whitespace().collect();
        let matches = |doc: &u32| {
            self.folded
                .get(*doc as usize)
                .is_some_and(|f| words.iter().all(|w| f.all.contains(w)))
        };
        // Every word of a shorter query is in a word of this one (a
        // longer last word holds the shorter), so only its hits can match.
        let hits: Vec<u32> = match self.typed.last() {
            Some(t) => t.hits.iter().copied().filter(matches).collect(),
            None => (0..self.docs.len() as u32).filter(matches).collect(),
        };
        self.typed.push(Typed {
            query: query.to_string(),
            hits,
        });
    }
}

/// How document `f` matches the folded `query` of `words`.
fn rank(f: &Folded, query: &str, words: &[&str]) -> Rank {
    if !f.id.is_empty() && f.id == query {
        Rank::Id
    } else if words.iter().all(|w| at_word_start(&f.title, w)) {
        Rank::TitleWordStart
    } else if words.iter().all(|w| f.title.contains(w)) {
        Rank::InTitle
    } else {
        Rank::Anywhere
    }
}

/// The plan's errors and warnings, each leading to its file's tab and item.
pub fn problems(app: &App) -> Pick {
    // Placed only now: every edit checks the plan, few list its problems.
    let mut diagnostics = app.diagnostics.clone();
    crate::ops::diagnostics::place(&app.dir, &mut diagnostics);
    let choices = diagnostics
        .iter()
        .map(|d| {
            let mark = if d.severity == Severity::Error {
                "✖"
            } else {
                "!"
            };
            (
                format!("{mark} {d}"),
                target_of(&app.plan, &d.file, &d.message),
            )
        })
        .collect();
    Pick {
        title: crate::t!("tui-problems-title"),
        query: String::new(),
        searchable: false,
        choices,
        selected: 0,
    }
}

/// The item a diagnostic is about: its file's tab, and the first item of
/// that tab whose id the message names.
fn target_of(plan: &Plan, file: &str, message: &str) -> Target {
    let tab = match file {
        "charter.yaml" | "plan.yaml" => Tab::Charter,
        "goals.yaml" => Tab::Goals,
        "milestones.yaml" => Tab::Milestones,
        "metrics.yaml" => Tab::Metrics,
        "committee.yaml" | "agents.yaml" => Tab::People,
        f if f.starts_with("reviews/") => Tab::Reviews,
        _ => Tab::Overview,
    };
    for kind in tab.kinds() {
        for i in 0..kind.count(plan) {
            let id = kind.id(plan, i);
            if !id.is_empty() && (message.contains(&format!("`{id}`")) || file.contains(&id)) {
                return Target::Item(tab, *kind, i);
            }
        }
    }
    Target::Tab(tab)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::Goal;
    use crate::domain::types::Id;
    use crate::tui::items::Kind;

    fn plan_of(titles: impl IntoIterator<Item = String>) -> Plan {
        let mut plan = Plan::default();
        for (n, title) in titles.into_iter().enumerate() {
            plan.goals.goals.push(Goal {
                id: Id::new(&format!("g{n}")).unwrap(),
                title,
                horizon: None,
                owner: None,
                metrics: vec![],
                description: None,
            });
        }
        plan
    }

    fn shown(pick: &Pick) -> Vec<String> {
        pick.choices.iter().map(|(text, _)| text.clone()).collect()
    }

    /// The search without the index: every document searched and ranked.
    fn reference(plan: &Plan, query: &str) -> Vec<String> {
        let docs = documents(plan);
        if query.trim().is_empty() {
            return docs
                .into_iter()
                .take(MAX_RESULTS)
                .map(|d| d.label)
                .collect();
        }
        let q = fold(query.trim());
        let words: Vec<&str> = q.split_whitespace().collect();
        let mut ranked: Vec<(std::cmp::Reverse<Rank>, usize, String)> = docs
            .into_iter()
            .enumerate()
            .filter_map(|(n, d)| {
                let id = fold(&d.id);
                let title = fold(&d.title);
                let all = std::iter::once(id.clone())
                    .chain(std::iter::once(title.clone()))
                    .chain(d.text.iter().map(|t| fold(t)))
                    .collect::<Vec<_>>()
                    .join("\n");
                if !words.iter().all(|w| all.contains(w)) {
                    return None;
                }
                let f = Folded { id, title, all };
                Some((std::cmp::Reverse(rank(&f, &q, &words)), n, d.label))
            })
            .collect();
        ranked.sort();
        ranked.into_iter().take(MAX_RESULTS).map(|r| r.2).collect()
    }

    #[test]
    fn typing_and_erasing_finds_what_searching_every_document_finds() {
        let words = [
            "pilot",
            "centras",
            "קו ראשון",
            "žinių bazė",
            "call-back",
            "crm²",
        ];
        let plan = plan_of((0..3 * MAX_RESULTS).map(|n| {
            format!(
                "{} {} {n}",
                words[n % words.len()],
                words[(n / 7) % words.len()]
            )
        }));
        let mut index = Index::new(&plan);
        let steps = [
            "p",
            "pi",
            "pil",
            "pilot",
            "pilot ",
            "pilot c",
            "pilot ce",
            "pilot centras 1",
            "pilot centras 12",
            "pilot",
            "p",
            "",
            "c",
            "ce",
            "ž",
            "žin",
            "zin",
            "באש",
            "קו",
            "back",
            "crm",
            "crm²",
            "g1",
            "G1",
            "ilot",
        ];
        for query in steps {
            assert_eq!(
                shown(&index.search(query)),
                reference(&plan, query),
                "query {query:?}"
            );
        }
    }

    #[test]
    fn ranks_the_id_then_word_starts_in_titles_then_the_rest() {
        let plan = plan_of(
            [
                "Call-back pilot",    // g0: "back" inside the title's word
                "Piloting call-back", // g1: "pilot" starts a word
                "Autopilot",          // g2: "pilot" inside a word
                "Pilot",              // g3
            ]
            .map(String::from),
        );
        let mut index = Index::new(&plan);
        assert_eq!(
            shown(&index.search("pilot")),
            [
                "goal Call-back pilot · g0",
                "goal Piloting call-back · g1",
                "goal Pilot · g3",
                "goal Autopilot · g2",
            ]
        );
        // The exact id first, whatever the title says.
        assert_eq!(shown(&index.search("g2"))[0], "goal Autopilot · g2");
        // Word order does not matter; every word must be there.
        assert_eq!(
            shown(&index.search("back pil")),
            ["goal Call-back pilot · g0", "goal Piloting call-back · g1"]
        );
    }

    #[test]
    fn every_item_of_the_people_tab_is_found() {
        let mut plan = plan_of(Vec::new());
        let from = |v: serde_json::Value| v;
        plan.incidents = serde_json::from_value(from(serde_json::json!({"incidents": [
            {"id": "ivr-down", "on": "2026-02-10", "title": "IVR down for two hours",
             "investigation": "Expired certificate"}]})))
        .unwrap();
        plan.people = serde_json::from_value(from(serde_json::json!({
            "reps": [{"id": "rep-017", "name": "Noa Peretz", "start": "2026-01-10"}],
            "coaching": [{"rep": "rep-017", "skill": "listening", "kind": "guidance",
                          "note": "Mirroring the caller's words"}]})))
        .unwrap();
        let mut index = Index::new(&plan);
        let found = |index: &mut Index, query: &str| {
            index
                .search(query)
                .choices
                .into_iter()
                .map(|(_, target)| target)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            found(&mut index, "certificate"),
            [Target::Item(Tab::People, Kind::Incident, 0)]
        );
        assert_eq!(
            found(&mut index, "peretz"),
            [Target::Item(Tab::People, Kind::Rep, 0)]
        );
        assert_eq!(
            found(&mut index, "mirroring"),
            [Target::Item(Tab::People, Kind::Coaching, 0)]
        );
        assert_eq!(
            shown(&index.search("ivr")),
            ["incident IVR down for two hours · ivr-down"]
        );
        crate::i18n::follow_plan(Some(crate::i18n::Lang::He));
        let hebrew = shown(&Index::new(&plan).search("peretz"));
        crate::i18n::follow_plan(None);
        assert_eq!(hebrew.len(), 1);
        assert!(!hebrew[0].starts_with("rep "), "{hebrew:?}");
    }

    #[test]
    fn words_are_found_at_word_starts() {
        assert!(at_word_start("call-back pilot", "back"));
        assert!(at_word_start("call-back pilot", "pil"));
        assert!(!at_word_start("autopilot", "pilot"));
        assert!(at_word_start("autopilot pilot", "pilot"));
        assert!(at_word_start("קו ראשון", "ראש"));
    }
}
