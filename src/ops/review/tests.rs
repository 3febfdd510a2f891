//! Drafting and closing reviews, down to the files, the commit and the tag.

#![allow(clippy::unwrap_used)]

use super::*;

/// The example plan's draft for the review after its last one.
#[test]
fn the_example_plan_drafts_its_next_review_and_saves_it_canonically() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("plans/example-service");
    let dir = plan_dir::load(&root).unwrap();
    let date = Date::parse("2026-12-21").unwrap();
    let draft = review::draft(&dir.plan, date);
    let last = dir.plan.reviews.last().unwrap();
    assert_eq!(last.date, Date::parse("2026-11-23").unwrap());
    assert_eq!(draft.title.as_deref(), Some("Steering review 13"));
    assert_eq!(draft.attendees, last.attendees);
    // The milestones still open are those the last review covered, as it left them.
    let carried: Vec<_> = last
        .milestones
        .iter()
        .map(ReviewMilestoneView::of)
        .collect();
    let drafted: Vec<_> = draft
        .milestones
        .iter()
        .map(ReviewMilestoneView::of)
        .collect();
    assert_eq!(drafted, carried);
    assert_eq!(draft.metrics.len(), dir.plan.metrics.metrics.len());
    assert_eq!(draft.actions.len(), 5);
    assert_eq!(
        review::summary_line(&draft),
        "review 2026-12-21: 1 on track, 2 off track; 0 decisions, 5 actions"
    );

    // Saved as a new file only, which loads back as the same review.
    let mut plan = dir.plan.clone();
    plan.reviews.push(draft.clone());
    let changes = dir.changes(&plan, Mode::Keep).unwrap();
    assert_eq!(changes.len(), 1);
    assert_eq!(changes[0].path, root.join("reviews/2026-12-21.yaml"));
    let text = changes[0].text.clone().unwrap();
    let files = [
        (
            "plan.yaml",
            "schema: 1\nid: p\ntitle: P\nstart: 2026-01-05\nend: 2026-12-31\n".as_bytes(),
        ),
        ("reviews/2026-12-21.yaml", text.as_bytes()),
    ];
    let loaded = plan_dir::load_from(&root, plan_dir::Files::Memory(&files)).unwrap();
    assert!(loaded.load_errors.is_empty(), "{:?}", loaded.load_errors);
    let back = &loaded.plan.reviews[0];
    assert_eq!(
        Review {
            file: String::new(),
            ..back.clone()
        },
        draft
    );
}

/// A milestone entry without its note, which a draft never carries.
#[derive(Debug, PartialEq)]
struct ReviewMilestoneView {
    id: String,
    health: crate::domain::model::Health,
    progress: Option<u8>,
    forecast: Option<Date>,
}

impl ReviewMilestoneView {
    fn of(e: &crate::domain::model::ReviewMilestone) -> Self {
        ReviewMilestoneView {
            id: e.id.to_string(),
            health: e.health,
            progress: e.progress,
            forecast: e.forecast,
        }
    }
}
