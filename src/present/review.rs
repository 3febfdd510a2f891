//! What closing or drafting a review did, in the words of the command
//! line (several lines) and of the UI (one status line).

use crate::domain::review::plural;
use crate::domain::types::Date;
use crate::domain::words::short_id;
use crate::ops::review::{Closing, Commit, Drafted};
use crate::ops::save::outside_note;

/// `charter review new`'s line for a draft written.
pub fn drafted(d: &Drafted) -> String {
    let date = d.review.date;
    format!(
        "drafted {}: {}, {}, {} carried over; edit it, then `charter review close {date}`",
        d.rel,
        plural(d.review.milestones.len(), "open milestone"),
        plural(d.review.metrics.len(), "metric"),
        plural(d.review.actions.len(), "open action"),
    )
}

/// After the errors of a plan that refused a close.
pub fn not_closed(date: Date) -> String {
    format!(
        "review {date} was not closed and nothing was committed: fix the errors above, \
         then run `charter review close {date}` again"
    )
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
            out.push(format!("tagged {} as {tag}", short_id(*tagged)));
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
            out.push(format!(
                "the tag {tag} stays on {}, the commit that closed the review",
                short_id(*closed_at)
            ));
        }
        Closing::AlreadyClosed {
            date,
            tag,
            closed_at,
        } => out.push(format!(
            "review {date} is already closed (commit {}, tag {tag}) and has not changed since; nothing to do",
            short_id(*closed_at)
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
        None => out.push(format!(
            "nothing to commit: the last commit {} already holds the review as it is",
            short_id(head)
        )),
    }
}

fn commit_lines(out: &mut Vec<String>, commit: &Commit) {
    out.push(format!(
        "committed {}: {}",
        short_id(commit.id),
        commit.message
    ));
    out.push(format!("  {}", commit.files.join(", ")));
    if !commit.outside.is_empty() {
        out.push(format!("  {}", outside_note(&commit.outside)));
    }
}

/// The UI's status line for what a close did, and whether it is an error.
pub fn ui_line(closing: &Closing) -> (String, bool) {
    match closing {
        Closing::Refused { errors, .. } => (
            format!(
                "the plan has {} error(s), so the review cannot close: press esc, then ! to see them",
                errors.len()
            ),
            true,
        ),
        Closing::Closed {
            date,
            tag,
            commit: Some(commit),
            ..
        } => (
            format!(
                "review {date} closed: committed {} and tagged {tag}",
                short_id(commit.id)
            ),
            false,
        ),
        Closing::Closed {
            date,
            tag,
            commit: None,
            tagged,
        } => (
            format!("review {date} closed: tagged {} as {tag}", short_id(*tagged)),
            false,
        ),
        Closing::NotTagged { why, .. } => (why.clone(), true),
        Closing::Amended {
            date,
            tag,
            commit,
            closed_at,
        } => (
            format!(
                "review {date} amended: committed {}; {tag} stays on {}, the commit that closed it",
                short_id(commit.id),
                short_id(*closed_at)
            ),
            false,
        ),
        Closing::AlreadyClosed {
            date,
            tag,
            closed_at,
        } => (
            format!(
                "review {date} was closed already (tag {tag} on {}) and nothing changed since",
                short_id(*closed_at)
            ),
            false,
        ),
    }
}
