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
    // The milestones still open are those the last review covered, as it
    // left them, except that a forecast now past moves to the review's day.
    let carried: Vec<_> = last
        .milestones
        .iter()
        .map(ReviewMilestoneView::of)
        .map(|mut m| {
            m.forecast = m.forecast.map(|f| f.max(date));
            m
        })
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

mod close {
    use super::*;
    use crate::ops::test_repo::TestPlan;

    const DAY: &str = "2026-03-31";

    /// The plan with a review of [`DAY`] drafted in memory, as the UI
    /// holds it before a save.
    fn with_draft(dir: &PlanDir) -> (Date, Plan) {
        let date = Date::parse(DAY).unwrap();
        let mut plan = dir.plan.clone();
        plan.reviews.push(review::draft(&dir.plan, date));
        (date, plan)
    }

    #[test]
    fn a_plan_outside_git_is_refused_before_anything_is_written() {
        let test = TestPlan::outside_git();
        let dir = plan_dir::load(&test.dir).unwrap();
        let (date, plan) = with_draft(&dir);
        let lock = PlanLock::acquire(&dir.dir).unwrap();
        let err = close(&lock, &dir, &plan, Some(date), date).unwrap_err();
        assert!(
            err.to_string().contains("is not in a git repository"),
            "{err}"
        );
        assert!(!test.path("reviews").exists(), "nothing was written");
    }

    #[test]
    fn the_edits_are_committed_and_tagged_with_the_summary_then_a_rerun_does_nothing() {
        let test = TestPlan::committed();
        let dir = plan_dir::load(&test.dir).unwrap();
        let (date, plan) = with_draft(&dir);
        let summary = review::summary_line(plan.reviews.last().unwrap());
        let lock = PlanLock::acquire(&dir.dir).unwrap();
        let closing = close(&lock, &dir, &plan, Some(date), date).unwrap();
        let Closing::Closed {
            commit: Some(commit),
            tagged,
            tag,
            ..
        } = closing
        else {
            panic!("{closing:?}");
        };
        assert_eq!(tag, "review/2026-03-31");
        assert_eq!(commit.id, tagged);
        assert_eq!(commit.files, ["reviews/2026-03-31.yaml"]);
        assert_eq!(commit.message, summary);
        let repo = git2::Repository::open(&test.dir).unwrap();
        let annotated = repo
            .find_reference("refs/tags/review/2026-03-31")
            .unwrap()
            .peel_to_tag()
            .unwrap();
        let message = String::from_utf8_lossy(annotated.message_bytes().unwrap()).into_owned();
        assert_eq!(message.trim_end(), summary);
        assert_eq!(test.repo().head_id().unwrap(), Some(tagged));

        let dir = plan_dir::load(&test.dir).unwrap();
        let again = close(&lock, &dir, &dir.plan, Some(date), date).unwrap();
        assert!(
            matches!(again, Closing::AlreadyClosed { closed_at, .. } if closed_at == tagged),
            "{again:?}"
        );
        assert_eq!(test.repo().head_id().unwrap(), Some(tagged));
    }
}
