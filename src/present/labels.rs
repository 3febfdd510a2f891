//! The words for the plan's states: a mark and a word each, the same in
//! every output.

use crate::domain::facts::MetricState;
use crate::domain::model::{Horizon, Phase, Role, ServiceRole, Status};

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

/// "short term", "medium term", "long term": a goal's horizon.
pub fn horizon_label(h: Option<Horizon>) -> &'static str {
    match h {
        Some(Horizon::Short) => "short term",
        Some(Horizon::Medium) => "medium term",
        Some(Horizon::Long) => "long term",
        None => "no horizon",
    }
}

/// "chair", "sponsor", …: a committee member's role.
pub fn role_label(r: Option<Role>) -> &'static str {
    match r {
        Some(Role::Chair) => "chair",
        Some(Role::Sponsor) => "sponsor",
        Some(Role::Member) | None => "member",
        Some(Role::Secretary) => "secretary",
        Some(Role::Consultant) => "consultant",
    }
}

/// "team leader", "department manager", …: a change agent's level.
pub fn service_role_label(r: Option<ServiceRole>) -> &'static str {
    match r {
        Some(ServiceRole::Rep) => "representative",
        Some(ServiceRole::SeniorRep) => "senior representative",
        Some(ServiceRole::TeamLeader) => "team leader",
        Some(ServiceRole::ShiftManager) => "shift manager",
        Some(ServiceRole::DepartmentManager) => "department manager",
        Some(ServiceRole::DivisionManager) => "division manager",
        Some(ServiceRole::Vp) => "VP",
        None => "",
    }
}
