//! The checks of recognition.yaml: who was praised and through which
//! channel, praise dated ahead or not passed on, hero periods, and the
//! service week's five days and their owners.

use std::collections::HashSet;

use super::{Check, Kind};
use crate::domain::recognition::{self, Period, SHARE_WITHIN_DAYS, WEEK_DAYS};
use crate::domain::types::{Date, Id};
use crate::{path, t};

pub(super) const RECOGNITION: &str = "recognition.yaml";

impl<'a> Check<'a> {
    pub(super) fn recognition(&mut self, today: Date) {
        let plan = self.plan;
        let file = &plan.recognition;
        // Praised people are reps, or committee members and change agents;
        // without a list of reps any id is accepted, as for units.
        let praised = if self.reps.is_empty() {
            Kind::Rep
        } else {
            Kind::Staff
        };
        let channels = !plan.charter.channels.is_empty();
        for (i, p) in file.praise.iter().enumerate() {
            let (rep, on) = (p.rep.as_str(), p.on.to_string());
            let whose = t!("recog-whose-praise", rep = rep, on = on.as_str());
            let mut s = self.item(RECOGNITION, whose, path!["praise", i]);
            s.refer("rep", Some(&p.rep), praised);
            if channels {
                s.refer("channel", p.channel.as_ref(), Kind::Channel);
            }
            if p.on > today {
                let today = today.to_string();
                let message = t!(
                    "recog-praise-ahead",
                    rep = rep,
                    on = on.as_str(),
                    today = today
                );
                s.warn("praise-ahead", s.at(&["on"]), message);
            }
            if let Some(shared) = p.shared.filter(|shared| *shared < p.on) {
                let shared = shared.to_string();
                let message = t!(
                    "recog-shared-before",
                    rep = rep,
                    shared = shared,
                    on = on.as_str()
                );
                s.error("date-order", s.at(&["shared"]), message);
            }
            if recognition::unshared(p, today) {
                let days = p.on.days_until(today);
                debug_assert!(days > SHARE_WITHIN_DAYS);
                let message = t!("recog-not-shared", rep = rep, on = on.as_str(), days = days);
                s.warn("praise-not-shared", s.at(&[]), message);
            }
        }
        let mut named: HashSet<(Period, &Id)> = HashSet::new();
        for (i, h) in file.heroes.iter().enumerate() {
            let whose = t!("recog-whose-hero", period = h.period.as_str());
            let mut s = self.item(RECOGNITION, whose, path!["heroes", i]);
            s.refer("rep", Some(&h.rep), praised);
            match Period::parse(&h.period) {
                None => {
                    let message = t!("recog-bad-period", period = h.period.as_str());
                    s.error("bad-period", s.at(&["period"]), message);
                }
                Some(period) => {
                    if !named.insert((period, &h.rep)) {
                        let period = period.to_string();
                        let message = t!("recog-hero-twice", rep = h.rep.as_str(), period = period);
                        s.error("duplicate-id", s.at(&["rep"]), message);
                    }
                }
            }
        }
        for (i, w) in file.service_week.iter().enumerate() {
            let start = w.start.to_string();
            let whose = t!("recog-whose-week", start = start.as_str());
            let mut s = self.item(RECOGNITION, whose, path!["service_week", i]);
            if w.days.len() != WEEK_DAYS {
                let message = t!(
                    "recog-week-days",
                    start = start.as_str(),
                    count = w.days.len()
                );
                s.error("week-days", s.at(&["days"]), message);
            }
            for (k, day) in w.days.iter().enumerate() {
                match &day.owner {
                    Some(owner) => {
                        let at = path!["service_week", i, "days", k, "owner"];
                        s.refer_at(at, "owner", Some(owner), Kind::Staff);
                    }
                    None => {
                        let message = t!(
                            "recog-day-without-owner",
                            day = k + 1,
                            start = start.as_str(),
                            activity = day.activity.as_str()
                        );
                        let at = path!["service_week", i, "days", k];
                        s.warn("day-without-owner", at, message);
                    }
                }
            }
        }
    }
}
