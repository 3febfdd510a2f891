//! The checks of people.yaml: reps (ids, unit, mentor, the order of their
//! onboarding dates, certification due) and coaching (rep, owner).

use std::collections::{HashMap, HashSet};

use super::{Check, Kind, Seen, PEOPLE};
use crate::domain::model::Rep;
use crate::domain::people;
use crate::domain::types::Date;
use crate::{path, t};

impl<'a> Check<'a> {
    pub(super) fn people_file(&mut self, today: Date) {
        let plan = self.plan;
        let mut seen = Seen {
            what: t!("people-what-rep"),
            first: HashMap::new(),
        };
        for (i, rep) in plan.people.reps.iter().enumerate() {
            let whose = t!("people-whose-rep", id = rep.id.as_str());
            let mut s = self.item(PEOPLE, whose, path!["reps", i]);
            let first = t!("people-first-rep", name = rep.name.as_str());
            s.unique(&mut seen, &rep.id, first);
            if let Some(other) = other_person(plan, rep) {
                let message = t!(
                    "people-id-clash",
                    id = rep.id.as_str(),
                    name = rep.name.as_str(),
                    other = other
                );
                s.warn("id-clash", s.at(&["id"]), message);
            }
            s.refer("unit", rep.unit.as_ref(), Kind::Unit);
            if rep.mentor.as_ref() == Some(&rep.id) {
                let message = t!("people-own-mentor", id = rep.id.as_str());
                s.error("bad-value", s.at(&["mentor"]), message);
            } else {
                s.refer("mentor", rep.mentor.as_ref(), Kind::Staff);
            }
            if let Some(ojt) = &rep.on_the_job {
                let at = path!["reps", i, "on_the_job", "mentor"];
                s.refer_at(at, "mentor", ojt.mentor.as_ref(), Kind::Staff);
            }
            if let Some(c) = &rep.certification {
                let at = path!["reps", i, "certification", "by"];
                s.refer_at(at, "by", c.by.as_ref(), Kind::Staff);
            }
            self.rep_dates(i, rep);
            self.certification_scores(i, rep);
            self.certification_due(i, rep, today);
        }
        for (i, c) in plan.people.coaching.iter().enumerate() {
            let (rep, skill) = (c.rep.as_str(), c.skill.code());
            let whose = t!("people-whose-coaching", rep = rep, skill = skill);
            let mut s = self.item(PEOPLE, whose, path!["coaching", i]);
            s.refer("rep", Some(&c.rep), Kind::Rep);
            s.refer("owner", c.owner.as_ref(), Kind::Staff);
        }
    }

    /// Every date of a rep's onboarding falls on or after the start, and
    /// each span ends after it begins.
    fn rep_dates(&mut self, i: usize, rep: &Rep) {
        let id = rep.id.as_str();
        let start = rep.start.to_string();
        let mut s = self.item(PEOPLE, String::new(), path!["reps", i]);
        let before_start = |s: &mut super::Item<'_, '_>, at, what: String, date: Date| {
            if date < rep.start {
                let date = date.to_string();
                let message = t!(
                    "people-before-start",
                    id = id,
                    what = what,
                    date = date,
                    start = start.as_str()
                );
                s.error("date-order", at, message);
            }
        };
        let mut parts = HashSet::new();
        for (k, part) in rep.training.iter().enumerate() {
            let name = people::part_label(part.part);
            if !parts.insert(part.part) {
                let message = t!("people-part-twice", id = id, part = name.as_str());
                s.error(
                    "duplicate-id",
                    path!["reps", i, "training", k, "part"],
                    message,
                );
            }
            if let Some(done) = part.done {
                let at = path!["reps", i, "training", k, "done"];
                before_start(&mut s, at, name.clone(), done);
            }
        }
        if let Some(ojt) = &rep.on_the_job {
            let what = t!("people-what-on-the-job");
            before_start(
                &mut s,
                path!["reps", i, "on_the_job", "from"],
                what,
                ojt.from,
            );
            if let Some(until) = ojt.until.filter(|until| *until < ojt.from) {
                let (from, until) = (ojt.from.to_string(), until.to_string());
                let message = t!(
                    "people-on-the-job-order",
                    id = id,
                    until = until,
                    from = from
                );
                s.error(
                    "date-order",
                    path!["reps", i, "on_the_job", "until"],
                    message,
                );
            }
        }
        if let Some(c) = &rep.certification {
            let what = t!("people-what-certification");
            before_start(&mut s, path!["reps", i, "certification", "on"], what, c.on);
        }
        if let Some(left) = rep.left {
            before_start(
                &mut s,
                path!["reps", i, "left"],
                t!("people-what-left"),
                left,
            );
        }
    }

    /// The summary form's scores are on skills.yaml's scale.
    fn certification_scores(&mut self, i: usize, rep: &Rep) {
        let Some(scores) = rep.certification.as_ref().and_then(|c| c.scores.as_ref()) else {
            return;
        };
        let scale = self.plan.skills.max_score();
        let whose = t!("people-whose-certification", id = rep.id.as_str());
        let mut s = self.item(PEOPLE, whose, path!["reps", i, "certification"]);
        s.scores_in_range(scores, scale);
    }

    /// A rep still in training after the onboarding period.
    fn certification_due(&mut self, i: usize, rep: &Rep, today: Date) {
        if people::state(rep, today) != people::RepState::InTraining {
            return;
        }
        let due = people::certification_due(self.plan, rep);
        if due >= today {
            return;
        }
        let days = rep.start.days_until(today);
        let (start, due) = (rep.start.to_string(), due.to_string());
        let within = self.plan.people.certify_within().to_string();
        let message = t!(
            "people-certification-due",
            id = rep.id.as_str(),
            start = start,
            days = days,
            due = due,
            within = within
        );
        let mut s = self.item(PEOPLE, String::new(), path!["reps", i]);
        s.warn("certification-due", s.at(&[]), message);
    }
}

/// The name of a committee member or change agent who has the rep's id but
/// another name: one id for two people. A change agent who is also a rep
/// (the same id and name) is one person, and is not reported.
fn other_person<'p>(plan: &'p crate::domain::model::Plan, rep: &Rep) -> Option<&'p str> {
    let same = |name: &str| name.trim().to_lowercase() == rep.name.trim().to_lowercase();
    let members = plan
        .committee
        .members
        .iter()
        .map(|m| (&m.id, m.name.as_str()));
    let agents = plan.agents.agents.iter().map(|a| (&a.id, a.name.as_str()));
    members
        .chain(agents)
        .find(|(id, name)| **id == rep.id && !same(name))
        .map(|(_, name)| name)
}
