//! The words for the plan's states: a mark and a word each, the same in
//! every output.

use crate::domain::facts::MetricState;
use crate::domain::model::{Phase, Status};

/// "✔ on track", "▼ behind", …: a metric's state.
pub fn state_label(state: MetricState) -> &'static str {
    match state {
        MetricState::OnTrack => "✔ on track",
        MetricState::Behind => "▼ behind",
        MetricState::Exception => "! exception",
        MetricState::Stale => "⌛ stale",
        MetricState::NoData => "· no data",
    }
}

/// The mark alone of [`state_label`], for tight rows ("75 ✔").
pub fn state_mark(state: MetricState) -> &'static str {
    match state {
        MetricState::OnTrack => "✔",
        MetricState::Behind => "▼",
        MetricState::Exception => "!",
        MetricState::Stale => "⌛",
        MetricState::NoData => "·",
    }
}

/// "✔ done", "▶ in progress", …: a milestone's status.
pub fn status_label(s: Status) -> &'static str {
    match s {
        Status::Done => "✔ done",
        Status::InProgress => "▶ in progress",
        Status::Planned => "○ planned",
        Status::Blocked => "■ blocked",
        Status::Cancelled => "✖ cancelled",
    }
}

/// "Define", "Organise", "Implement", or "No phase".
pub fn phase_label(phase: Option<Phase>) -> &'static str {
    match phase {
        Some(Phase::Define) => "Define",
        Some(Phase::Organise) => "Organise",
        Some(Phase::Implement) => "Implement",
        None => "No phase",
    }
}
