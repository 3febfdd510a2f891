//! The steering committee report and the plan for sign-off, each as one
//! self-contained HTML page or as Markdown, all from the same [`Report`].

use crate::domain::facts::MetricState;
use crate::domain::report::Report;

pub mod escape;
pub mod html;
pub mod markdown;
mod style;
pub mod svg;
pub mod words;

/// The forms a report comes in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Form {
    /// One self-contained page: inline CSS and SVG charts, no script.
    #[default]
    Html,
    /// GitHub / GitLab flavoured Markdown, charts as sparklines.
    Markdown,
}

/// What a report is for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Kind {
    /// The steering committee report: where the plan stands.
    #[default]
    Status,
    /// The whole plan as a document the client signs off: charter, goals,
    /// milestones with their actions, committee, agents, metrics with their
    /// targets, and a sign-off block.
    Plan,
}

impl Kind {
    /// What the document is, as its heading line starts: "Steering
    /// committee report", "Service improvement plan for sign-off".
    pub fn title(self) -> String {
        match self {
            Kind::Status => crate::t!("report-title-status"),
            Kind::Plan => crate::t!("report-title-plan"),
        }
    }
}

/// The report of `kind` in `form`.
pub fn render(report: &Report, form: Form, kind: Kind) -> String {
    match form {
        Form::Html => html::render(report, kind),
        Form::Markdown => markdown::render(report, kind),
    }
}

/// The CSS class of a metric state (see the HTML stylesheet).
fn state_class(state: MetricState) -> &'static str {
    match state {
        MetricState::OnTrack => "s-on_track",
        MetricState::Behind => "s-behind",
        MetricState::Exception => "s-exception",
        MetricState::Stale => "s-stale",
        MetricState::NoData => "s-no_data",
    }
}
