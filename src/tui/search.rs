//! `/`: fuzzy search across every document, and `!`: the plan's problems,
//! each result leading to its item.
//!
//! A key typed in the search must be answered within one frame on a plan
//! of 10,000 milestones and their actions (some 50,000 documents), so the
//! [`Index`] converts every document for the matcher once, keeps the hits
//! of each query typed so far (a longer query can only match fewer
//! documents: only those are scored again, and backspace goes back to the
//! hits already found), and sorts only the results that are shown.

use nucleo_matcher::chars::{normalize, to_lower_case};
use nucleo_matcher::pattern::{AtomKind, CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str, Utf32String};

use super::app::{App, Pick, Tab, Target};
use super::items::Kind;
use crate::domain::diag::Severity;
use crate::domain::model::Plan;

/// Every item as searchable text, with where it lives.
pub fn documents(plan: &Plan) -> Vec<(String, Target)> {
    let mut docs = Vec::new();
    for tab in Tab::ALL {
        for kind in tab.kinds() {
            for i in 0..kind.count(plan) {
                let row = super::rows::row(plan, plan.meta.start, *kind, i);
                let text = format!("{} {}", kind.name(), row.cells.join(" · "));
                docs.push((text, Target::Item(tab, *kind, i)));
            }
        }
    }
    let c = &plan.charter;
    let charter = [
        c.vision.clone().unwrap_or_default(),
        c.values.join(", "),
        c.principles.join(" "),
        c.terms.clone().unwrap_or_default(),
    ];
    docs.push((
        format!("charter {}", charter.join(" ")),
        Target::Tab(Tab::Charter),
    ));
    for (at, m) in plan.milestones.milestones.iter().enumerate() {
        for a in &m.actions {
            docs.push((
                format!("action {} ({})", a.title, m.id),
                Target::Item(Tab::Milestones, Kind::Milestone, at),
            ));
        }
    }
    docs
}

const MAX_RESULTS: usize = 200;

/// Documents are scored in blocks of this many, checking between blocks
/// whether the results shown are already known.
const BLOCK: usize = 2_048;

/// One query typed, and what scoring it found.
struct Typed {
    query: String,
    /// Every document before `scanned` that the query matches: (document,
    /// score), in document order. Documents from `scanned` on were not
    /// scored: enough earlier ones had the best score a match can have.
    hits: Vec<(u32, u32)>,
    scanned: u32,
}

/// The documents of a plan, ready for the matcher, and the hits of the
/// queries typed so far.
pub struct Index {
    docs: Vec<(String, Target)>,
    /// Each document's text lower-cased and without accents, converted for
    /// the matcher once: the matcher would otherwise fold every character
    /// of every document again at each key, most of its time on a plan in
    /// Hebrew or Lithuanian.
    folded: Vec<Utf32String>,
    /// One matcher per thread that scores.
    matchers: Vec<Matcher>,
    /// The queries typed so far, each a prefix of the next.
    typed: Vec<Typed>,
}

/// `text` as the matcher compares it when it ignores case and accents.
fn fold(text: &str) -> String {
    text.chars().map(|c| to_lower_case(normalize(c))).collect()
}

impl Index {
    pub fn new(plan: &Plan) -> Index {
        let docs = documents(plan);
        let folded = docs.iter().map(|(text, _)| fold(text).into()).collect();
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get().clamp(1, 8));
        Index {
            docs,
            folded,
            matchers: (0..threads)
                .map(|_| Matcher::new(Config::DEFAULT))
                .collect(),
            typed: Vec::new(),
        }
    }

    /// The best matches of `query`, best first (document order among equals).
    pub fn search(&mut self, query: &str) -> Pick {
        let choices = if query.trim().is_empty() {
            self.docs.iter().take(MAX_RESULTS).cloned().collect()
        } else {
            let hits = self.hits(query);
            let mut ranked: Vec<(std::cmp::Reverse<u32>, u32)> = hits
                .iter()
                .map(|(doc, score)| (std::cmp::Reverse(*score), *doc))
                .collect();
            if ranked.len() > MAX_RESULTS {
                ranked.select_nth_unstable(MAX_RESULTS - 1);
                ranked.truncate(MAX_RESULTS);
            }
            ranked.sort_unstable();
            ranked
                .into_iter()
                .filter_map(|(_, doc)| self.docs.get(doc as usize).cloned())
                .collect()
        };
        Pick {
            title: "Search".into(),
            query: query.to_string(),
            searchable: true,
            choices,
            selected: 0,
        }
    }

    /// The documents `query` matches (see [`Typed::hits`]), scoring as few
    /// as it can.
    fn hits(&mut self, query: &str) -> &[(u32, u32)] {
        // Forget the queries this one does not extend (backspace, a new word).
        while let Some(typed) = self.typed.last() {
            if narrows(&typed.query, query) {
                break;
            }
            self.typed.pop();
        }
        if self.typed.last().is_none_or(|t| t.query != query) {
            let total = self.docs.len() as u32;
            // Only what the last query matched can match this one, and
            // what it did not get to.
            let candidates: Vec<u32> = match self.typed.last() {
                Some(t) => t
                    .hits
                    .iter()
                    .map(|(doc, _)| *doc)
                    .chain(t.scanned..total)
                    .collect(),
                None => (0..total).collect(),
            };
            let typed = score(
                &self.docs,
                &self.folded,
                &mut self.matchers,
                query,
                &candidates,
            );
            self.typed.push(typed);
        }
        self.typed.last().map_or(&[], |t| t.hits.as_slice())
    }
}

/// The best score a fuzzy word of `len` characters can get: each character
/// scores 16 and a bonus of at most 10 (after a space), doubled for the
/// first (the constants of nucleo-matcher's `score.rs`).
fn best_score(len: usize) -> u32 {
    26 * len as u32 + 10
}

/// Scores `query` on `candidates` (document numbers, ascending), block by
/// block, each block shared between threads; stops once the results shown
/// are known: when `MAX_RESULTS` documents have the best score a match can
/// have, no later document can rank before them.
fn score(
    docs: &[(String, Target)],
    folded: &[Utf32String],
    matchers: &mut [Matcher],
    query: &str,
    candidates: &[u32],
) -> Typed {
    // Like the matcher's own smart normalisation: a query that writes an
    // accent wants it matched as written, so it reads the documents unfolded.
    // So does the matcher's syntax: its case-sensitive prefix, suffix and
    // exact matches of ASCII text compare the whole text.
    let plain = query.chars().all(|c| normalize(c) == c) && !has_syntax(query);
    let pattern = if plain {
        Pattern::parse(&fold(query), CaseMatching::Respect, Normalization::Never)
    } else {
        Pattern::parse(query, CaseMatching::Ignore, Normalization::Smart)
    };
    let best: Option<u32> = pattern
        .atoms
        .iter()
        .map(|a| match (a.kind, a.negative) {
            (AtomKind::Fuzzy, false) => Some(best_score(a.needle_text().len())),
            _ => None,
        })
        .sum();
    let score_chunk = |matcher: &mut Matcher, chunk: &[u32]| -> Vec<(u32, u32)> {
        let mut buf = Vec::new();
        chunk
            .iter()
            .filter_map(|doc| {
                let at = *doc as usize;
                let score = if plain {
                    pattern.score(folded.get(at)?.slice(..), matcher)?
                } else {
                    pattern.score(Utf32Str::new(&docs.get(at)?.0, &mut buf), matcher)?
                };
                Some((*doc, score))
            })
            .collect()
    };
    let mut hits: Vec<(u32, u32)> = Vec::new();
    let mut scanned = docs.len() as u32;
    let mut at_best = 0;
    for block in candidates.chunks(BLOCK) {
        let found: Vec<(u32, u32)> = if matchers.len() < 2 || block.len() < BLOCK / 2 {
            match matchers.first_mut() {
                Some(matcher) => score_chunk(matcher, block),
                None => Vec::new(),
            }
        } else {
            let size = block.len().div_ceil(matchers.len());
            std::thread::scope(|scope| {
                let score_chunk = &score_chunk;
                let workers: Vec<_> = matchers
                    .iter_mut()
                    .zip(block.chunks(size))
                    .map(|(matcher, chunk)| scope.spawn(move || score_chunk(matcher, chunk)))
                    .collect();
                workers
                    .into_iter()
                    .flat_map(|w| w.join().unwrap_or_default())
                    .collect()
            })
        };
        at_best += found.iter().filter(|(_, s)| Some(*s) >= best).count();
        hits.extend(found);
        if best.is_some() && at_best >= MAX_RESULTS {
            scanned = block.last().map_or(scanned, |last| last + 1);
            break;
        }
    }
    Typed {
        query: query.to_string(),
        hits,
        scanned,
    }
}

/// Whether every document `longer` matches is sure to match `shorter`:
/// `longer` extends it, and neither uses the matcher's syntax (`!` negates,
/// so `!ab` matches more than `!a`; `^`, `$`, `'` and `\\` change how a word
/// matches).
fn narrows(shorter: &str, longer: &str) -> bool {
    longer.starts_with(shorter) && !has_syntax(longer)
}

fn has_syntax(query: &str) -> bool {
    query.contains(['!', '^', '$', '\'', '\\'])
}

/// The plan's errors and warnings, each leading to its file's tab and item.
pub fn problems(app: &App) -> Pick {
    let choices = app
        .diagnostics
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
        title: "Problems (enter: go to the item)".into(),
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

    /// The search as it was before the index: every document scored by
    /// nucleo as written, all of them sorted.
    fn reference(plan: &Plan, query: &str) -> Vec<String> {
        let docs = documents(plan);
        if query.trim().is_empty() {
            return docs.into_iter().take(MAX_RESULTS).map(|d| d.0).collect();
        }
        let mut matcher = Matcher::new(Config::DEFAULT);
        let pattern = Pattern::parse(query, CaseMatching::Ignore, Normalization::Smart);
        let mut buf = Vec::new();
        let mut scored: Vec<(u32, String)> = docs
            .into_iter()
            .filter_map(|(text, _)| {
                let score = pattern.score(Utf32Str::new(&text, &mut buf), &mut matcher)?;
                Some((score, text))
            })
            .collect();
        scored.sort_by_key(|s| std::cmp::Reverse(s.0));
        scored
            .into_iter()
            .take(MAX_RESULTS)
            .map(|(_, t)| t)
            .collect()
    }

    #[test]
    fn typing_and_erasing_finds_what_scoring_every_document_finds() {
        // Enough documents for several blocks, many of them with the best
        // score, in lower case (folding drops only the camelCase bonus).
        let words = [
            "pilot",
            "centras",
            "קו ראשון",
            "žinių bazė",
            "call-back",
            "crm²",
        ];
        let plan = plan_of((0..3 * BLOCK).map(|n| {
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
            "!",
            "!c",
            "^c",
            "^ce",
            "ž",
            "žin",
            "zin",
            "באש",
            "קו",
            "2$",
            "'back",
            "crm",
            "crm²",
            "g1",
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
    fn no_fuzzy_match_scores_above_the_best_score() {
        let mut matcher = Matcher::new(Config::DEFAULT);
        let haystacks = [
            " pilot",
            "pilot",
            "a pilot",
            "x-pilot",
            "P_I_L_O_T",
            "p i l o t",
            "pilotpilot",
            "קו",
            "·pilot",
            "(pilot)",
        ];
        for needle in ["p", "pi", "pilot", "קו", "t", "-p"] {
            // A word can have the best score; a word after a dash cannot.
            let word = !needle.starts_with('-');
            let pattern = Pattern::parse(needle, CaseMatching::Respect, Normalization::Never);
            let best = best_score(needle.chars().count());
            let mut reached = false;
            for haystack in haystacks.iter().chain([&needle, &&*format!(" {needle}")]) {
                let mut buf = Vec::new();
                if let Some(s) = pattern.score(Utf32Str::new(haystack, &mut buf), &mut matcher) {
                    assert!(s <= best, "{needle:?} in {haystack:?} scores {s} > {best}");
                    reached |= s == best;
                }
            }
            assert_eq!(reached, word, "the best score of {needle:?}");
        }
    }
}
