//! The words for the plan's states: a mark and a word each, the same in
//! every output, in the plan's language (see [`crate::i18n`]).

use crate::domain::facts::MetricState;
use crate::domain::model::{Horizon, Phase, Role, ServiceRole, Status};
use crate::t;

/// The stored code of a serde enum (`in_progress`, `team_leader`).
fn code_of<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(code)) => code,
        _ => String::new(),
    }
}

/// The word for an enum value stored in the files: `kind` is the
/// catalogue's name for its type (`status`, `role`, `level`, …).
pub fn code_label<T: serde::Serialize>(kind: &str, value: &T) -> String {
    crate::i18n::code(kind, &code_of(value))
}

/// "on track", "behind", …: a metric's state, without its mark.
pub fn state_word(state: MetricState) -> String {
    match state {
        MetricState::OnTrack => t!("state-on_track"),
        MetricState::Behind => t!("state-behind"),
        MetricState::Exception => t!("state-exception"),
        MetricState::Stale => t!("state-stale"),
        MetricState::NoData => t!("state-no_data"),
    }
}

/// "✔ on track", "▼ behind", …: a metric's state.
pub fn state_label(state: MetricState) -> String {
    format!("{} {}", state_mark(state), state_word(state))
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

/// The mark of a milestone's status.
pub fn status_mark(s: Status) -> &'static str {
    match s {
        Status::Done => "✔",
        Status::InProgress => "▶",
        Status::Planned => "○",
        Status::Blocked => "■",
        Status::Cancelled => "✖",
    }
}

/// "✔ done", "▶ in progress", …: a milestone's status.
pub fn status_label(s: Status) -> String {
    format!("{} {}", status_mark(s), code_label("status", &s))
}

/// "Define", "Organise", "Implement", or "No phase".
pub fn phase_label(phase: Option<Phase>) -> String {
    match phase {
        Some(p) => code_label("phase", &p),
        None => t!("phase-none"),
    }
}

/// "short term", "medium term", "long term": a goal's horizon.
pub fn horizon_label(h: Option<Horizon>) -> String {
    match h {
        Some(h) => code_label("horizon", &h),
        None => t!("horizon-none"),
    }
}

/// "chair", "sponsor", …: a committee member's role.
pub fn role_label(r: Option<Role>) -> String {
    code_label("role", &r.unwrap_or(Role::Member))
}

/// "team leader", "department manager", …: a change agent's level.
pub fn service_role_label(r: Option<ServiceRole>) -> String {
    r.map(|r| code_label("level", &r)).unwrap_or_default()
}
