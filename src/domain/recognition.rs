//! Derived facts of recognition.yaml, used by check, status, the reports
//! and the UI alike: praise per rep and per period, the praise not passed
//! on yet, the service-hero candidate of a period, and the Customer
//! Service Week's days.
//!
//! A hero candidate is never written to a file: it is read from the praise
//! each time, and naming a hero for the period withdraws it.

use std::collections::BTreeMap;
use std::fmt;

use chrono::{Datelike, Weekday};
use serde::{Serialize, Serializer};

use super::model::{Hero, Plan, Praise, PraiseFrom, RecognitionFile, ServiceWeek};
use super::types::{Date, Id};
use crate::t;

/// Praise not passed on within this many days gets a warning.
pub const SHARE_WITHIN_DAYS: i64 = 7;

/// How many days a Customer Service Week has.
pub const WEEK_DAYS: usize = 5;

/// A month or a quarter, as heroes are named.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Period {
    /// Year and month (1..=12).
    Month(i32, u32),
    /// Year and quarter (1..=4).
    Quarter(i32, u32),
}

impl Period {
    /// `2026-03` or `2026-Q1` (`q` too); None for anything else.
    pub fn parse(text: &str) -> Option<Period> {
        let (year, rest) = text.split_once('-')?;
        if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let year: i32 = year.parse().ok()?;
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if let Some(q) = rest.strip_prefix('Q').or_else(|| rest.strip_prefix('q')) {
            let q: u32 = if q.len() == 1 && digits(q) {
                q.parse().ok()?
            } else {
                return None;
            };
            (1..=4).contains(&q).then_some(Period::Quarter(year, q))
        } else {
            let m: u32 = if rest.len() == 2 && digits(rest) {
                rest.parse().ok()?
            } else {
                return None;
            };
            (1..=12).contains(&m).then_some(Period::Month(year, m))
        }
    }

    pub fn quarter_of(date: Date) -> Period {
        Period::Quarter(date.0.year(), (date.0.month() - 1) / 3 + 1)
    }

    pub fn month_of(date: Date) -> Period {
        Period::Month(date.0.year(), date.0.month())
    }

    /// The period just before this one, of the same length.
    pub fn previous(self) -> Period {
        match self {
            Period::Month(y, 1) => Period::Month(y - 1, 12),
            Period::Month(y, m) => Period::Month(y, m - 1),
            Period::Quarter(y, 1) => Period::Quarter(y - 1, 4),
            Period::Quarter(y, q) => Period::Quarter(y, q - 1),
        }
    }

    pub fn contains(self, date: Date) -> bool {
        match self {
            Period::Month(..) => Period::month_of(date) == self,
            Period::Quarter(..) => Period::quarter_of(date) == self,
        }
    }

    /// The first day of the period, to order periods of both lengths.
    pub fn first_day(self) -> Option<Date> {
        match self {
            Period::Month(y, m) => Date::from_ymd(y, m, 1),
            Period::Quarter(y, q) => Date::from_ymd(y, (q - 1) * 3 + 1, 1),
        }
    }

    /// The last day of the period.
    pub fn last_day(self) -> Option<Date> {
        let (y, m) = match self {
            Period::Month(y, m) => (y, m),
            Period::Quarter(y, q) => (y, q * 3),
        };
        let next = if m == 12 {
            Date::from_ymd(y + 1, 1, 1)
        } else {
            Date::from_ymd(y, m + 1, 1)
        };
        next.map(|d| d.add_days(-1))
    }

    /// One period holds the other's days (a quarter and one of its months).
    pub fn overlaps(self, other: Period) -> bool {
        match (self.first_day(), other.first_day()) {
            (Some(a), Some(b)) => self.contains(b) || other.contains(a),
            _ => false,
        }
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Period::Month(y, m) => write!(f, "{y:04}-{m:02}"),
            Period::Quarter(y, q) => write!(f, "{y:04}-Q{q}"),
        }
    }
}

impl Serialize for Period {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Who praised, in the current language.
pub fn from_label(from: PraiseFrom) -> String {
    match from {
        PraiseFrom::Customer => t!("recog-from-customer"),
        PraiseFrom::Colleague => t!("recog-from-colleague"),
        PraiseFrom::Manager => t!("recog-from-manager"),
    }
}

/// Praise older than [`SHARE_WITHIN_DAYS`] on `today` and not passed on.
pub fn unshared(praise: &Praise, today: Date) -> bool {
    praise.shared.is_none() && praise.on.days_until(today) > SHARE_WITHIN_DAYS
}

/// How often each rep was praised within `period`, most first, ties in
/// name order.
pub fn per_rep(plan: &Plan, period: Period) -> Vec<(Id, usize)> {
    let mut counts: BTreeMap<&Id, usize> = BTreeMap::new();
    for p in plan
        .recognition
        .praise
        .iter()
        .filter(|p| period.contains(p.on))
    {
        *counts.entry(&p.rep).or_default() += 1;
    }
    let mut out: Vec<(Id, usize)> = counts.into_iter().map(|(r, n)| (r.clone(), n)).collect();
    out.sort_by(|a, b| {
        b.1.cmp(&a.1)
            .then_with(|| rep_name(plan, &a.0).cmp(&rep_name(plan, &b.0)))
            .then_with(|| a.0.cmp(&b.0))
    });
    out
}

/// How much praise came in each month (`quarters`: each quarter), in
/// period order.
pub fn per_period(file: &RecognitionFile, quarters: bool) -> Vec<(Period, usize)> {
    let mut counts: BTreeMap<Period, usize> = BTreeMap::new();
    for p in &file.praise {
        let period = if quarters {
            Period::quarter_of(p.on)
        } else {
            Period::month_of(p.on)
        };
        *counts.entry(period).or_default() += 1;
    }
    counts.into_iter().collect()
}

/// The rep's name in people.yaml, else the id: what ties are broken by.
pub fn rep_name(plan: &Plan, rep: &Id) -> String {
    name_of(plan, rep).unwrap_or_else(|| rep.as_str().to_string())
}

/// The name of a rep, committee member or change agent.
pub fn name_of(plan: &Plan, id: &Id) -> Option<String> {
    let id = id.as_str();
    if let Some(r) = plan.people.rep(id) {
        return Some(r.name.clone());
    }
    let member = plan.committee.members.iter().find(|m| m.id.as_str() == id);
    let agent = plan.agents.agents.iter().find(|a| a.id.as_str() == id);
    member
        .map(|m| m.name.clone())
        .or_else(|| agent.map(|a| a.name.clone()))
}

/// A proposed service hero of a period: the rep praised most in it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Candidate {
    pub period: Period,
    pub rep: Id,
    /// The rep's name, when the plan lists them.
    pub name: Option<String>,
    pub praise: usize,
}

/// The rep with the most praise in `period` (ties: name order), or None
/// when nobody was praised in it.
pub fn candidate(plan: &Plan, period: Period) -> Option<Candidate> {
    let (rep, praise) = per_rep(plan, period).into_iter().next()?;
    Some(Candidate {
        period,
        name: name_of(plan, &rep),
        rep,
        praise,
    })
}

/// The heroes named for a period or a period holding it (a quarter and
/// its months).
pub fn heroes_of(file: &RecognitionFile, period: Period) -> Vec<&Hero> {
    file.heroes
        .iter()
        .filter(|h| Period::parse(&h.period).is_some_and(|p| p.overlaps(period)))
        .collect()
}

/// The latest period begun by `today` that a hero was named for, and its
/// heroes (a plan read as of an earlier day does not show later heroes).
pub fn latest_heroes(file: &RecognitionFile, today: Date) -> Option<(Period, Vec<&Hero>)> {
    let latest = file
        .heroes
        .iter()
        .filter_map(|h| Period::parse(&h.period))
        .filter(|p| p.first_day().is_some_and(|first| first <= today))
        .max_by_key(|p| (p.first_day(), matches!(p, Period::Month(..))))?;
    let heroes = file
        .heroes
        .iter()
        .filter(|h| Period::parse(&h.period) == Some(latest))
        .collect();
    Some((latest, heroes))
}

/// The five weekdays of a week from its start (a weekend start moves on
/// to the Monday).
pub fn week_dates(start: Date) -> Vec<Date> {
    let mut out = Vec::with_capacity(WEEK_DAYS);
    let mut day = start;
    while out.len() < WEEK_DAYS {
        if !matches!(day.0.weekday(), Weekday::Sat | Weekday::Sun) {
            out.push(day);
        }
        day = day.add_days(1);
    }
    out
}

/// The last day of a week.
pub fn week_end(week: &ServiceWeek) -> Date {
    week_dates(week.start).last().copied().unwrap_or(week.start)
}

/// The week under way on `today`, else the next one; None when every
/// week is over.
pub fn next_week(file: &RecognitionFile, today: Date) -> Option<&ServiceWeek> {
    file.service_week
        .iter()
        .filter(|w| week_end(w) >= today)
        .min_by_key(|w| w.start)
}

/// The first Monday of October on or after `today`'s year, or next year's
/// when this year's has begun: the Customer Service Week is celebrated in
/// the first full week of October.
pub fn next_week_start(today: Date) -> Date {
    let first_monday = |year: i32| {
        let mut day = Date::from_ymd(year, 10, 1).unwrap_or(today);
        while day.0.weekday() != Weekday::Mon {
            day = day.add_days(1);
        }
        day
    };
    let this = first_monday(today.0.year());
    if this > today {
        this
    } else {
        first_monday(today.0.year() + 1)
    }
}

/// Recognition in `status`: praise this quarter and the last, what is not
/// passed on, the latest heroes, the hero candidates, and the next week.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct RecognitionStatus {
    /// The quarter of today, and the one before.
    pub quarter: Option<Period>,
    pub praise_this_quarter: usize,
    pub last_quarter: Option<Period>,
    pub praise_last_quarter: usize,
    /// Praise older than 7 days and not passed on.
    pub unshared: usize,
    /// The latest period with heroes, and them.
    pub heroes_period: Option<Period>,
    pub heroes: Vec<HeroLine>,
    /// The rep praised most in this quarter and the last, for each of the
    /// two no hero is named for; derived, never written.
    pub hero_candidates: Vec<Candidate>,
    /// The week under way, else the next one.
    pub service_week: Option<WeekStatus>,
}

impl RecognitionStatus {
    pub fn is_empty(&self) -> bool {
        self.quarter.is_none()
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct HeroLine {
    pub rep: Id,
    pub name: Option<String>,
    pub reason: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WeekStatus {
    pub start: Date,
    pub end: Date,
    /// Today is one of its days.
    pub current: bool,
    pub days: Vec<DayLine>,
    pub after: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DayLine {
    pub on: Date,
    pub activity: String,
    pub owner: Option<Id>,
    pub owner_name: Option<String>,
}

/// The recognition figures of `status`, left empty when recognition.yaml
/// records nothing.
pub fn status(plan: &Plan, today: Date) -> RecognitionStatus {
    let file = &plan.recognition;
    if file.is_empty() {
        return RecognitionStatus::default();
    }
    let quarter = Period::quarter_of(today);
    let last = quarter.previous();
    let count = |p: Period| file.praise.iter().filter(|x| p.contains(x.on)).count();
    let (heroes_period, heroes) = match latest_heroes(file, today) {
        Some((p, hs)) => (
            Some(p),
            hs.into_iter()
                .map(|h| HeroLine {
                    rep: h.rep.clone(),
                    name: name_of(plan, &h.rep),
                    reason: h.reason.clone(),
                })
                .collect(),
        ),
        None => (None, Vec::new()),
    };
    let hero_candidates = [quarter, last]
        .into_iter()
        .filter(|p| heroes_of(file, *p).is_empty())
        .filter_map(|p| candidate(plan, p))
        .collect();
    let service_week = next_week(file, today).map(|w| {
        let dates = week_dates(w.start);
        let end = dates.last().copied().unwrap_or(w.start);
        WeekStatus {
            start: w.start,
            end,
            current: w.start <= today && today <= end,
            days: w
                .days
                .iter()
                .zip(dates)
                .map(|(d, on)| DayLine {
                    on,
                    activity: d.activity.clone(),
                    owner: d.owner.clone(),
                    owner_name: d.owner.as_ref().and_then(|o| name_of(plan, o)),
                })
                .collect(),
            after: w.after.clone(),
        }
    });
    RecognitionStatus {
        quarter: Some(quarter),
        praise_this_quarter: count(quarter),
        last_quarter: Some(last),
        praise_last_quarter: count(last),
        unshared: file.praise.iter().filter(|p| unshared(p, today)).count(),
        heroes_period,
        heroes,
        hero_candidates,
        service_week,
    }
}

#[cfg(test)]
mod tests;
