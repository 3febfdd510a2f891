//! The people side of the simulated year: the team meetings, the reps who
//! join, train and are certified, the coaching the assessments propose,
//! the surveys and the incidents. Every event is a fixed number of days
//! after the plan's start, so the year is the same on every run.

use super::*;
use crate::domain::model::{
    Certification, Coaching, Incident, IncidentsFile, Meeting, OnTheJob, Part, PeopleFile, Rep,
    Survey, SurveyKind, SurveyScore, TrainingPart,
};

/// The metrics the surveys measure: their figures are survey scores, not
/// readings written into metrics.yaml.
pub(super) const SURVEYED: [(&str, SurveyKind); 4] = [
    ("csat", SurveyKind::Customers),
    ("nps", SurveyKind::Customers),
    ("enps", SurveyKind::Employees),
    ("msat", SurveyKind::Managers),
];

/// How many were asked and how many answered in a survey of each kind.
const ASKED: [(SurveyKind, u32, u32); 3] = [
    (SurveyKind::Customers, 2000, 286),
    (SurveyKind::Employees, 66, 49),
    (SurveyKind::Managers, 12, 10),
];

/// The survey kind that measures `metric`, if a survey does.
pub(super) fn surveyed(metric: &str) -> Option<SurveyKind> {
    SURVEYED
        .iter()
        .find(|(id, _)| *id == metric)
        .map(|(_, kind)| *kind)
}

/// The surveys of one round on `on`, from the scores read that week:
/// one survey per kind, in the order customers, employees, managers.
pub(super) fn survey_round(on: Date, scores: &[(SurveyKind, Id, f64)]) -> Vec<Survey> {
    ASKED
        .iter()
        .filter_map(|(kind, population, responses)| {
            let scores: Vec<SurveyScore> = scores
                .iter()
                .filter(|(k, _, _)| k == kind)
                .map(|(_, metric, value)| SurveyScore {
                    metric: metric.clone(),
                    value: *value,
                })
                .collect();
            if scores.is_empty() {
                return None;
            }
            let id = format!("{}-{}", kind.as_str(), &on.to_string()[..7]);
            Some(Survey {
                id: Id::new(&id).ok()?,
                kind: *kind,
                on,
                population: *population,
                responses: *responses,
                unit: None,
                scores,
            })
        })
        .collect()
}

/// The team meeting held the week before review `number`: its summary,
/// the action it gives (done by the next meeting), and who missed it.
const TEAM_MEETINGS: [(&str, &str, &str, Option<&str>); 12] = [
    (
        "The team board is up; the first week's figures were read together.",
        "Ask every rep for the three requests they cannot finish alone",
        "anna",
        None,
    ),
    (
        "Went through the reps' list of requests they cannot finish alone.",
        "Send the list of unfinished requests to the knowledge-base team",
        "ben",
        Some("tom"),
    ),
    (
        "First-contact resolution is flat; the repeat calls were listened to together.",
        "Share three recorded calls that were resolved the first time",
        "anna",
        None,
    ),
    (
        "The knowledge base is blocked; agreed on a shared page of answers meanwhile.",
        "Keep the shared page of answers up to date",
        "ben",
        None,
    ),
    (
        "FCR dropped; the weekly FCR huddle starts in every team.",
        "Run the first FCR huddle with each shift",
        "tom",
        Some("ben"),
    ),
    (
        "The dashboards are live; each rep now sees their own figures.",
        "Show every rep where to find their figures",
        "anna",
        None,
    ),
    (
        "The survey results were read out; customers want clearer answers.",
        "Collect five answers customers found unclear",
        "ben",
        Some("tom"),
    ),
    (
        "The knowledge base is live; the one-owner pilot starts in tier-1.",
        "Explain the credit limits to every tier-1 rep",
        "anna",
        None,
    ),
    (
        "The one-owner pilot's first weeks: fewer transfers, longer calls.",
        "Time the pilot's longest calls and find why",
        "tom",
        Some("ben"),
    ),
    (
        "No ASA since the telephony switch; the queue is watched on the platform's screen.",
        "Note the longest wait of each shift by hand",
        "tom",
        None,
    ),
    (
        "Transfers rise after the billing migration; billing calls were listened to.",
        "List the billing requests tier-1 sends on",
        "ben",
        Some("anna"),
    ),
    (
        "Transfers above their alert level; the year's figures were read for the year-end review.",
        "Bring each team's three lessons of the year to the next meeting",
        "daniel",
        None,
    ),
];

/// Adds the team meeting of review `number` on `date` (a week before the
/// review), with who came, and marks the earlier meetings' actions done.
pub(super) fn team_meeting(routine: &mut Routine, number: usize, date: Date) {
    let Some((summary, action, owner, absent)) = TEAM_MEETINGS.get(number - 1) else {
        return;
    };
    let on = date.add_days(-7);
    for m in &mut routine.meetings {
        for a in &mut m.actions {
            a.done = true;
        }
    }
    let attendees = routine
        .attendees
        .iter()
        .filter(|a| Some(a.as_str()) != *absent)
        .cloned()
        .collect();
    routine.meetings.push(Meeting {
        on,
        attendees,
        minutes: Some(30),
        summary: Some(summary.to_string()),
        decisions: Vec::new(),
        actions: vec![ReviewAction {
            text: action.to_string(),
            owner: Id::new(owner).ok(),
            due: Some(on.add_days(5)),
            done: false,
            metric: None,
            milestone: None,
        }],
    });
}

/// A rep who joins during the year: id, name, unit, mentor, certifying
/// manager, and the weeks after the plan's start they join and are
/// certified (the certification may fall after today).
struct Hire {
    id: &'static str,
    name: &'static str,
    unit: &'static str,
    mentor: &'static str,
    by: &'static str,
    joins: i64,
    certified: i64,
}

const HIRES: [Hire; 2] = [
    Hire {
        id: "rep-005",
        name: "Sam Ortiz",
        unit: "north-t1",
        mentor: "rep-001",
        by: "anna",
        joins: 26,
        certified: 35,
    },
    Hire {
        id: "rep-105",
        name: "Zoe Grant",
        unit: "south-t1",
        mentor: "adam",
        by: "sara",
        joins: 44,
        certified: 53,
    },
];

/// Who certifies the reps of a unit: its team leader.
fn certifier(unit: Option<&Id>) -> Option<Id> {
    let leader = match unit.map(Id::as_str) {
        Some("south-t1") => "sara",
        _ => "anna",
    };
    Id::new(leader).ok()
}

/// The certification scores of the reps certified during the year, one
/// set per rep in turn, skill by skill in the method's order.
const CERTIFIED: [[u8; 10]; 4] = [
    [4, 4, 3, 4, 3, 4, 4, 3, 4, 5],
    [3, 4, 4, 3, 4, 3, 3, 3, 4, 4],
    [4, 3, 4, 4, 4, 3, 4, 3, 3, 4],
    [4, 4, 4, 3, 3, 4, 3, 3, 4, 4],
];

/// The people changes of `day`: hires, training parts done on the day
/// they were planned, certifications, and coaching given the week before
/// it is due (on Mondays). Returns them as phrases for the commit message.
pub(super) fn people_day(people: &mut PeopleFile, start: Date, day: Date) -> Vec<String> {
    let mut said = Vec::new();
    for hire in &HIRES {
        if start.add_days(7 * hire.joins) != day {
            continue;
        }
        let (Ok(id), Ok(mentor)) = (Id::new(hire.id), Id::new(hire.mentor)) else {
            continue;
        };
        let cert = start.add_days(7 * hire.certified);
        let planned = [0, 7, 14, day.days_until(cert), day.days_until(cert) + 14];
        let training = Part::ALL
            .iter()
            .zip(planned)
            .map(|(part, days)| TrainingPart {
                part: *part,
                planned: Some(day.add_days(days)),
                done: None,
            })
            .collect();
        people.reps.push(Rep {
            id,
            name: hire.name.to_string(),
            unit: Id::new(hire.unit).ok(),
            start: day,
            mentor: Some(mentor.clone()),
            training,
            on_the_job: Some(OnTheJob {
                mentor: Some(mentor),
                from: day.add_days(14),
                until: Some(cert.add_days(-3)),
            }),
            certification: None,
            left: None,
        });
        said.push(format!("rep {} joins {}", hire.id, hire.unit));
    }
    // Reps certified during the year take the score sets in turn.
    let mut certified = people
        .reps
        .iter()
        .filter(|r| r.certification.as_ref().is_some_and(|c| c.on >= start))
        .count();
    for rep in &mut people.reps {
        let mut parts = 0;
        for part in &mut rep.training {
            if part.planned == Some(day) && part.done.is_none() {
                part.done = Some(day);
                parts += 1;
                if part.part == Part::Certification && rep.certification.is_none() {
                    let k = certified % CERTIFIED.len();
                    certified += 1;
                    rep.certification = Some(Certification {
                        on: day,
                        by: HIRES
                            .iter()
                            .find(|h| h.id == rep.id.as_str())
                            .and_then(|h| Id::new(h.by).ok())
                            .or_else(|| certifier(rep.unit.as_ref())),
                        scores: scores(&CERTIFIED[k]),
                        pass: Some(true),
                        summary: Some(
                            "Passed the product quiz and the listened calls; ready for \
                             independent work with a follow-up visit in two weeks."
                                .to_string(),
                        ),
                    });
                    said.push(format!("rep {} certified", rep.id));
                }
            }
        }
        if parts > 0 && rep.certification.as_ref().is_none_or(|c| c.on != day) {
            said.push(format!(
                "rep {}: {} done",
                rep.id,
                plural(parts, "training part")
            ));
        }
    }
    if start.days_until(day) % 7 == 0 {
        let mut given = 0;
        for c in &mut people.coaching {
            let ahead = c.due.map(|due| day.days_until(due));
            if c.done.is_none() && ahead.is_some_and(|d| (1..=7).contains(&d)) {
                c.done = Some(day);
                given += 1;
            }
        }
        if given > 0 {
            said.push(format!("{} given", plural(given, "coaching session")));
        }
    }
    said
}

/// The ten scores as skills.yaml and people.yaml write them.
fn scores(values: &[u8; 10]) -> Option<crate::domain::model::Scores> {
    let mut map = serde_json::Map::new();
    for ((skill, _), value) in crate::domain::skills::SKILLS.iter().zip(values) {
        map.insert((*skill).into(), (*value).into());
    }
    serde_json::from_value(serde_json::Value::Object(map)).ok()
}

/// After an assessment round on `date`: the coaching the assessments
/// propose, each given by the rep's team leader within four weeks. At
/// the last round before `today`'s four weeks run out only the weak
/// scores get coaching at once; the unit workshops stay proposed.
pub(super) fn coaching_after(plan: &mut Plan, number: usize, date: Date, today: Date) {
    if number % 3 != 0 {
        return;
    }
    let last = date.days_until(today) < 28;
    let proposals = crate::domain::people::proposals(plan, date);
    for p in proposals {
        if last && p.reason != crate::domain::people::Reason::Weak {
            continue;
        }
        let owner = certifier(p.unit.as_ref());
        let mut coaching: Coaching = p.coaching(owner, Some(date.add_days(28)));
        coaching.note = Some(format!("Proposed by the assessment of {}.", p.assessed));
        plan.people.coaching.push(coaching);
    }
}

/// An incident of the year: the weeks (and days) after the plan's start
/// it happens, is investigated and has its action done (never, when
/// `None`), what is known of it and its action.
struct Event {
    id: &'static str,
    on: (i64, i64),
    investigated: i64,
    action_done: Option<i64>,
    title: &'static str,
    metric: &'static str,
    unit: Option<&'static str>,
    owner: &'static str,
    investigation: &'static str,
    recovery: &'static str,
    action: (&'static str, &'static str, i64),
}

const EVENTS: [Event; 2] = [
    Event {
        id: "cti-export",
        on: (38, 1),
        investigated: 39,
        action_done: Some(40),
        title: "The CTI export stopped after the telephony migration",
        metric: "asa",
        unit: None,
        owner: "michael",
        investigation: "The new platform writes the export in another format, and the migration test plan had no check of the reports.",
        recovery: "The shift managers watch the queue on the platform's own screen until the export runs again.",
        action: ("Add a check of every report to the migration test plan", "tom", 41),
    },
    Event {
        id: "billing-transfers",
        on: (43, 2),
        investigated: 44,
        action_done: None,
        title: "Transfers to billing doubled after the billing system migration",
        metric: "transfers",
        unit: Some("north-t1"),
        owner: "ben",
        investigation: "The new billing screens hide the customer's credit history, so tier-1 sends those calls to billing.",
        recovery: "The billing team takes the transferred calls first, so no customer waits twice.",
        action: ("Show the credit history on the tier-1 screen", "michael", 50),
    },
];

/// The incident changes of `day`: the template's incident closed in the
/// first week, then the year's incidents opened, investigated and closed.
pub(super) fn incidents_day(incidents: &mut IncidentsFile, start: Date, day: Date) -> Vec<String> {
    let mut said = Vec::new();
    let week = |w: i64| start.add_days(7 * w);
    if day == week(1) {
        for i in &mut incidents.incidents {
            for a in i.actions.iter_mut().filter(|a| !a.done) {
                a.done = true;
                said.push(format!("incident {}: action done", i.id));
            }
        }
    }
    for e in &EVENTS {
        if day == week(e.on.0).add_days(e.on.1) {
            let (text, owner, due) = e.action;
            let Ok(id) = Id::new(e.id) else { continue };
            incidents.incidents.push(Incident {
                id,
                on: day,
                title: e.title.to_string(),
                metric: Id::new(e.metric).ok(),
                unit: e.unit.and_then(|u| Id::new(u).ok()),
                owner: Id::new(e.owner).ok(),
                investigation: None,
                recovery: Some(e.recovery.to_string()),
                actions: vec![ReviewAction {
                    text: text.to_string(),
                    owner: Id::new(owner).ok(),
                    due: Some(week(due)),
                    done: false,
                    metric: None,
                    milestone: None,
                }],
            });
            said.push(format!("incident {} opened", e.id));
        }
        let Some(i) = incidents
            .incidents
            .iter_mut()
            .find(|i| i.id.as_str() == e.id)
        else {
            continue;
        };
        if day == week(e.investigated) {
            i.investigation = Some(e.investigation.to_string());
            said.push(format!("incident {} investigated", e.id));
        }
        if e.action_done.map(week) == Some(day) {
            for a in &mut i.actions {
                a.done = true;
            }
            said.push(format!("incident {}: action done, closed", e.id));
        }
    }
    said
}
