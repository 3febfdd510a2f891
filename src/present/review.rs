//! What closing or drafting a review did, in the words of the command
//! line (several lines) and of the UI (one status line).

use crate::domain::types::Date;
use crate::domain::words::short_id;
use crate::ops::review::{Closing, Commit, Drafted};
use crate::ops::save::outside_note;
use crate::t;

/// `charter review new`'s line for a draft written.
pub fn drafted(d: &Drafted) -> String {
    let date = d.review.date;
    t!(
        "cli-review-drafted",
        file = d.rel.as_str(),
        milestones = t!(
            "cli-review-open-milestones",
            count = d.review.milestones.len()
        ),
        metrics = t!("cli-exc-n-metrics", count = d.review.metrics.len()),
        actions = t!("cli-review-open-actions", count = d.review.actions.len()),
        date = date.to_string()
    )
}

/// After the errors of a plan that refused a close.
pub fn not_closed(date: Date) -> String {
    t!("cli-review-not-closed", date = date.to_string())
}

/// `charter review close`'s lines for what the close did, its errors
/// (a [`Closing::Refused`]) and a failed tag (a [`Closing::NotTagged`])
/// aside.
pub fn cli_lines(closing: &Closing) -> Vec<String> {
    let mut out = Vec::new();
    match closing {
        Closing::Refused { .. } => {}
        Closing::Closed {
            tag,
            commit,
            tagged,
            ..
        } => {
            first_commit_lines(&mut out, commit.as_ref(), *tagged);
            out.push(t!(
                "cli-review-tagged",
                commit = short_id(*tagged),
                tag = tag.as_str()
            ));
        }
        Closing::NotTagged { commit, .. } => {
            if let Some(commit) = commit {
                commit_lines(&mut out, commit);
            }
        }
        Closing::Amended {
            tag,
            commit,
            closed_at,
            ..
        } => {
            commit_lines(&mut out, commit);
            out.push(t!(
                "cli-review-tag-stays",
                tag = tag.as_str(),
                commit = short_id(*closed_at)
            ));
        }
        Closing::AlreadyClosed {
            date,
            tag,
            closed_at,
        } => out.push(t!(
            "cli-review-already-closed",
            date = date.to_string(),
            commit = short_id(*closed_at),
            tag = tag.as_str()
        )),
    }
    out
}

/// The commit of a first close, or that there was nothing to commit.
fn first_commit_lines(
    out: &mut Vec<String>,
    commit: Option<&Commit>,
    head: impl std::fmt::Display,
) {
    match commit {
        Some(commit) => commit_lines(out, commit),
        None => out.push(t!("cli-review-nothing-to-commit", commit = short_id(head))),
    }
}

fn commit_lines(out: &mut Vec<String>, commit: &Commit) {
    out.push(t!(
        "cli-committed",
        commit = short_id(commit.id),
        message = commit.message.as_str()
    ));
    out.push(format!("  {}", commit.files.join(", ")));
    if !commit.outside.is_empty() {
        out.push(format!("  {}", outside_note(&commit.outside)));
    }
}

/// The UI's status line for what a close did, and whether it is an error.
pub fn ui_line(closing: &Closing) -> (String, bool) {
    match closing {
        Closing::Refused { errors, .. } => {
            (t!("tui-review-close-refused", count = errors.len()), true)
        }
        Closing::Closed {
            date,
            tag,
            commit: Some(commit),
            ..
        } => (
            t!(
                "tui-review-close-committed",
                date = date.to_string(),
                commit = short_id(commit.id),
                tag = tag.as_str()
            ),
            false,
        ),
        Closing::Closed {
            date,
            tag,
            commit: None,
            tagged,
        } => (
            t!(
                "tui-review-close-tagged",
                date = date.to_string(),
                commit = short_id(*tagged),
                tag = tag.as_str()
            ),
            false,
        ),
        Closing::NotTagged { why, .. } => (why.clone(), true),
        Closing::Amended {
            date,
            tag,
            commit,
            closed_at,
        } => (
            t!(
                "tui-review-close-amended",
                date = date.to_string(),
                commit = short_id(commit.id),
                tag = tag.as_str(),
                closed = short_id(*closed_at)
            ),
            false,
        ),
        Closing::AlreadyClosed {
            date,
            tag,
            closed_at,
        } => (
            t!(
                "tui-review-close-already",
                date = date.to_string(),
                tag = tag.as_str(),
                closed = short_id(*closed_at)
            ),
            false,
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{follow_plan, Lang};

    #[test]
    fn the_ui_says_what_a_close_did_in_the_plans_language() {
        let date = Date::parse("2026-12-07").unwrap();
        // An object id, typed by the field it fills.
        let zero = || "0000000000000000000000000000000000000000".parse().unwrap();
        let closed = Closing::Closed {
            date,
            tag: "review/2026-12-07".into(),
            commit: None,
            tagged: zero(),
        };
        let again = Closing::AlreadyClosed {
            date,
            tag: "review/2026-12-07".into(),
            closed_at: zero(),
        };
        // The plan's language is per thread: other tests keep theirs.
        follow_plan(Some(Lang::He));
        let (line, error) = ui_line(&closed);
        assert!(!error);
        assert_eq!(
            line,
            "סקירה 2026-12-07 נסגרה: 0000000 תויג כ-review/2026-12-07"
        );
        assert!(ui_line(&again).0.starts_with("סקירה 2026-12-07 כבר נסגרה"));
        follow_plan(Some(Lang::Lt));
        assert!(ui_line(&closed)
            .0
            .starts_with("peržiūra 2026-12-07 uždaryta"));
        follow_plan(None);
        assert_eq!(
            ui_line(&closed).0,
            "review 2026-12-07 closed: tagged 0000000 as review/2026-12-07"
        );
    }
}
