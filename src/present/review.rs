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
