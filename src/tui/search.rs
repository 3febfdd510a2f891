//! `/`: fuzzy search across every document, and `!`: the plan's problems,
//! each result leading to its item.

use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};

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
    for m in &plan.milestones.milestones {
        for a in &m.actions {
            let at = plan
                .milestones
                .milestones
                .iter()
                .position(|x| x.id == m.id)
                .unwrap_or(0);
            docs.push((
                format!("action {} ({})", a.title, m.id),
                Target::Item(Tab::Milestones, Kind::Milestone, at),
            ));
        }
    }
    docs
}

const MAX_RESULTS: usize = 200;

/// The best matches of `query` among `docs` (see [`documents`]).
pub fn search(docs: &[(String, Target)], query: &str) -> Pick {
    let choices = if query.trim().is_empty() {
        docs.iter().take(MAX_RESULTS).cloned().collect()
    } else {
        let mut matcher = Matcher::new(Config::DEFAULT);
        let pattern = Pattern::parse(query, CaseMatching::Ignore, Normalization::Smart);
        let mut buf = Vec::new();
        let mut scored: Vec<(u32, &(String, Target))> = docs
            .iter()
            .filter_map(|doc| {
                let score = pattern.score(Utf32Str::new(&doc.0, &mut buf), &mut matcher)?;
                Some((score, doc))
            })
            .collect();
        scored.sort_by_key(|s| std::cmp::Reverse(s.0));
        scored
            .into_iter()
            .take(MAX_RESULTS)
            .map(|(_, d)| d.clone())
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
        "charter.yaml" => Tab::Charter,
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
