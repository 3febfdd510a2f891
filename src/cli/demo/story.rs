//! The demo's story: how each metric runs, what happens to each milestone,
//! and what the committee decides at each of its twelve reviews.

use super::*;

/// How a metric's readings run over the year.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Course {
    /// A little ahead of its trajectory (the default).
    Ahead,
    /// Makes about 70% of the expected progress.
    Behind,
    /// Ahead, then in the last weeks worse than its alert level.
    Exception,
    /// Ahead, until it stops reporting ten weeks before today.
    Stale,
}

/// The metrics that do not run ahead: one stale, two behind, one in
/// exception, so that the status shows every state.
pub(super) const COURSES: [(&str, Course); 4] = [
    ("asa", Course::Stale),
    ("aht", Course::Behind),
    ("transfers", Course::Exception),
    ("csat", Course::Behind),
];

/// FCR dips below its trajectory around week 20, while the knowledge base
/// is blocked: (metric, week of the deepest point, weeks either side, depth
/// as a share of the planned improvement).
pub(super) const DIP: (&str, f64, f64, f64) = ("fcr", 20.0, 6.0, 0.45);

/// What happens to a milestone, in days from its planned start or due date.
pub(super) struct Script {
    pub(super) id: &'static str,
    /// Work starts this many days after the planned start (never, when `None`).
    pub(super) begins: Option<i64>,
    /// Work ends (or, when open, is expected to end) this many days after the due date.
    pub(super) finish: i64,
    pub(super) outcome: Outcome,
    /// Blocked from/to, in days after the planned start.
    pub(super) blocked: Option<(i64, i64)>,
    /// Reviews see the slip from this many days after the planned start.
    pub(super) slip_seen: i64,
    /// What reviews note when it is at risk or off track: each note holds
    /// from its day (after the planned start) until the next one's.
    pub(super) notes: &'static [(i64, &'static str)],
}

#[derive(Clone, Copy, PartialEq)]
pub(super) enum Outcome {
    Done,
    /// Still open today; its actions are done along the way.
    Open,
    /// Still open today, its actions waiting for a later step.
    OpenWaiting,
    /// Cancelled this many days after the planned start.
    Cancelled(i64),
}

/// A milestone started on its planned start and done `finish` days after its due date.
pub(super) const fn on_time(id: &'static str, finish: i64) -> Script {
    Script {
        id,
        begins: Some(0),
        finish,
        outcome: Outcome::Done,
        blocked: None,
        slip_seen: 0,
        notes: &[],
    }
}

/// A milestone the script does not know: done on its due date.
pub(super) const UNSCRIPTED: Script = on_time("", 0);

/// The contact-center template's milestones: most done on time, two done
/// late (one of them blocked for five weeks), one cancelled, two overdue today.
pub(super) const SCRIPTS: [Script; 16] = [
    on_time("current-state", -1),
    on_time("steering-set-up", -7),
    on_time("targets-set", 0),
    on_time("charter-published", -1),
    on_time("change-agents", 0),
    on_time("routines-calendar", 0),
    Script {
        finish: 42,
        slip_seen: 21,
        notes: &[(
            0,
            "The CRM team has not delivered the data feed for the weekly reports yet.",
        )],
        ..on_time("bi-dashboards", 0)
    },
    on_time("routines-live", -1),
    on_time("service-workshop", -4),
    Script {
        finish: 49,
        blocked: Some((42, 77)),
        slip_seen: 42,
        notes: &[
            (
                42,
                "Blocked: the CRM vendor has not granted API access yet.",
            ),
            (
                77,
                "Five weeks lost waiting for the CRM vendor's API access.",
            ),
        ],
        ..on_time("knowledge-base", 0)
    },
    Script {
        begins: None,
        finish: 42,
        outcome: Outcome::Cancelled(64),
        notes: &[
            (0, "Cannot start before the BI dashboards are live."),
            (
                39,
                "The new telephony platform's WFM module may replace it.",
            ),
        ],
        ..on_time("workforce-plan", 0)
    },
    on_time("skills-coaching", 0),
    on_time("root-cause-review", 0),
    Script {
        begins: Some(47),
        finish: 77,
        outcome: Outcome::Open,
        notes: &[
            (0, "Cannot start before the knowledge base is live."),
            (
                47,
                "Started late, after the knowledge base; the pilot needs more time than planned.",
            ),
        ],
        ..on_time("one-owner-rule", 0)
    },
    Script {
        finish: 49,
        outcome: Outcome::Open,
        slip_seen: 75,
        notes: &[(0, "The launch waits for the telephony migration.")],
        ..on_time("self-service", 0)
    },
    Script {
        outcome: Outcome::OpenWaiting,
        ..on_time("year-end-review", 0)
    },
];

/// A milestone's script turned into dates.
pub(super) struct MilestoneRun {
    pub(super) id: Id,
    pub(super) start: Date,
    pub(super) due: Date,
    /// When work starts (never, when `None`).
    pub(super) begins: Option<Date>,
    pub(super) finish: Date,
    pub(super) outcome: Outcome,
    pub(super) blocked: Option<(Date, Date)>,
    pub(super) slip_seen: Date,
    pub(super) notes: Vec<(Date, &'static str)>,
    /// When each of its actions gets done (index into the milestone's actions).
    pub(super) actions: Vec<(usize, Date)>,
}

/// One review's decisions, new actions and story.
pub(super) struct Meeting {
    pub(super) decisions: &'static [(&'static str, &'static str)],
    pub(super) actions: &'static [Task],
    pub(super) story: &'static str,
}

/// A review action: due this many days after its review, done at review
/// number `closes` (never, when `None`); `metric` or `milestone` is what it
/// corrects.
pub(super) struct Task {
    pub(super) text: &'static str,
    pub(super) owner: &'static str,
    pub(super) due: i64,
    pub(super) closes: Option<usize>,
    pub(super) metric: Option<&'static str>,
    pub(super) milestone: Option<&'static str>,
}

pub(super) const fn task(
    text: &'static str,
    owner: &'static str,
    due: i64,
    closes: Option<usize>,
) -> Task {
    Task {
        text,
        owner,
        due,
        closes,
        metric: None,
        milestone: None,
    }
}

/// The twelve steering reviews, in order; the story follows SCRIPTS, COURSES and DIP.
pub(super) const MEETINGS: [Meeting; 12] = [
    Meeting {
        decisions: &[
            ("Hold the steering review every four weeks, with this report format", "dana"),
            ("Set every target at about 120% of its baseline", "ruth"),
        ],
        actions: &[
            task("Send the baseline report to every team leader", "michael", 11, Some(2)),
            Task {
                milestone: Some("change-agents"),
                ..task("Nominate a change agent in every team", "daniel", 11, Some(2))
            },
        ],
        story: "The committee and the current-state analysis closed on time, with a baseline for every metric.",
    },
    Meeting {
        decisions: &[("Approve the service charter for publication on every channel", "dana")],
        actions: &[Task {
            milestone: Some("bi-dashboards"),
            ..task("Agree a delivery date for the CRM data feed", "michael", 18, Some(4))
        }],
        story: "Targets are set and the routines calendar is approved. The BI data feed has no date yet.",
    },
    Meeting {
        decisions: &[("Accept a later date for the BI dashboards and follow the data feed weekly", "david")],
        actions: &[
            Task {
                milestone: Some("bi-dashboards"),
                ..task("Add the dashboards to the weekly project-office report", "noa", 7, Some(5))
            },
            Task {
                metric: Some("fcr"),
                ..task("Listen to repeat calls to find why customers call again", "anna", 25, Some(6))
            },
        ],
        story: "The charter is published, the change agents are trained and the first workshop was held. The BI dashboards slip.",
    },
    Meeting {
        decisions: &[("Escalate the knowledge-base API access to the CRM vendor's management", "david")],
        actions: &[
            Task {
                milestone: Some("knowledge-base"),
                ..task("Get a date for the API access from the CRM vendor", "david", 4, Some(6))
            },
            Task {
                metric: Some("aht"),
                ..task("Shorten after-call work in the CRM case view", "daniel", 25, Some(8))
            },
        ],
        story: "Routines run in every team. The knowledge base is blocked on the CRM vendor, and the staffing plan waits for the dashboards.",
    },
    Meeting {
        decisions: &[
            ("Hold a weekly FCR huddle in every team until FCR is back on its trajectory", "miriam"),
            ("Plan staffing by hand until the dashboards are live", "tom"),
        ],
        actions: &[Task {
            metric: Some("fcr"),
            ..task("Coach North tier-1 on the ten most repeated requests", "anna", 18, Some(7))
        }],
        story: "FCR fell below its trajectory while the knowledge base is blocked. The dashboards go live this week, six weeks late.",
    },
    Meeting {
        decisions: &[
            ("Cancel the staffing-plan milestone: the new telephony platform's WFM module replaces it", "david"),
            ("Resume the knowledge base now that the API access is granted", "miriam"),
        ],
        actions: &[Task {
            milestone: Some("workforce-plan"),
            ..task("Put the WFM module in the telephony platform contract", "tom", 25, Some(8))
        }],
        story: "The dashboards are live and the knowledge base moves again, about five weeks behind. The staffing plan is cancelled.",
    },
    Meeting {
        decisions: &[("Start the one-owner rule only when the knowledge base is live", "ben")],
        actions: &[
            Task {
                metric: Some("csat"),
                ..task("Present the survey results to every team", "maya", 11, Some(8))
            },
            Task {
                metric: Some("csat"),
                ..task("Agree a CSAT recovery plan with the team leaders", "sara", 25, Some(10))
            },
        ],
        story: "The first surveys are in: CSAT is below its trajectory, NPS and eNPS on theirs. FCR is recovering.",
    },
    Meeting {
        decisions: &[("Give tier-1 representatives authority for billing credits", "miriam")],
        actions: &[Task {
            milestone: Some("one-owner-rule"),
            ..task("Set the credit limits for tier-1 representatives", "ben", 4, Some(9))
        }],
        story: "The knowledge base is live, seven weeks late, and the one-owner pilot starts now. Skills coaching closed on time.",
    },
    Meeting {
        decisions: &[
            ("Launch self-service after the telephony migration", "michael"),
            ("Keep the CTI reports running through the migration", "tom"),
        ],
        actions: &[
            Task {
                metric: Some("asa"),
                ..task("Plan the CTI report migration with the telephony vendor", "tom", 18, None)
            },
            Task {
                milestone: Some("one-owner-rule"),
                ..task("Review the one-owner pilot every week", "anna", 18, Some(11))
            },
        ],
        story: "The one-owner pilot runs in North tier-1. Self-service waits for the telephony migration and will launch late.",
    },
    Meeting {
        decisions: &[("Extend the one-owner pilot by four weeks before the roll-out", "ben")],
        actions: &[Task {
            metric: Some("asa"),
            ..task("Rebuild the weekly ASA report on the new telephony platform", "michael", 11, None)
        }],
        story: "The telephony migration broke the CTI export: no ASA figure since the switch.",
    },
    Meeting {
        decisions: &[("Hold the year-end surveys in the first week of December", "maya")],
        actions: &[
            Task {
                metric: Some("transfers"),
                ..task("Find why transfers rose after the billing migration", "ben", 11, None)
            },
            Task {
                milestone: Some("year-end-review"),
                ..task("Book the year-end survey with the survey vendor", "maya", 4, Some(12))
            },
        ],
        story: "Transfers rise since the billing system migration. The one-owner rule and self-service are overdue.",
    },
    Meeting {
        decisions: &[
            ("Carry the one-owner rule and self-service into next year's plan if they miss December", "dana"),
            ("Report transfers daily until they are back under the alert level", "tom"),
        ],
        actions: &[
            Task {
                milestone: Some("year-end-review"),
                ..task("Draft next year's work plan from this year's results", "ruth", 11, None)
            },
            Task {
                metric: Some("transfers"),
                ..task("Add transfers to the daily exception report", "tom", 4, None)
            },
        ],
        story: "Transfers are above their alert level and two milestones are overdue; the year-end review starts from these results.",
    },
];
