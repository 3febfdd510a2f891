//! Recognition in the simulated year: the praise customers and colleagues
//! give between two reviews, passed on within days, is recorded at the
//! review; the hero of each quarter that ended is named at the next
//! review, and the Customer Service Week is planned in late summer from
//! the built-in five days. Like the rest of the year, every event is a
//! fixed number of days after the plan's start.

use super::*;
use crate::domain::model::{Hero, Praise, PraiseFrom, ServiceWeek, WeekDay};
use crate::domain::recognition::{self, Period};
use crate::i18n::Lang;

/// Who praises, what they say, and through which channel, in turn.
const PRAISE: [(PraiseFrom, Option<&str>, &str, &str); 7] = [
    (
        PraiseFrom::Customer,
        Some("Mrs Cohen"),
        "phone",
        "Called back the same afternoon as promised and sorted out the bill.",
    ),
    (
        PraiseFrom::Customer,
        None,
        "chat",
        "Patient with my questions and explained every step.",
    ),
    (
        PraiseFrom::Colleague,
        Some("Billing team"),
        "email",
        "Caught a tariff error before it reached two hundred customers.",
    ),
    (
        PraiseFrom::Customer,
        Some("Mr Adler"),
        "branch",
        "Found my lost order and had it delivered the next morning.",
    ),
    (
        PraiseFrom::Manager,
        None,
        "phone",
        "Calmed an angry caller and kept him as a customer.",
    ),
    (
        PraiseFrom::Customer,
        None,
        "email",
        "A clear answer in one email, without being passed around.",
    ),
    (
        PraiseFrom::Customer,
        Some("Ms Berger"),
        "chat",
        "Remembered my earlier problem and checked that it stayed fixed.",
    ),
];

/// The committee member who runs each day of the week.
const WEEK_OWNERS: [&str; 5] = ["david", "noa", "michael", "maya", "dana"];

/// Records at review `number`, held on `day`: the praise received since
/// the last review; the hero of the quarter that ended
/// since; and, at the first review after mid-August, this year's week.
pub(super) fn at_review(plan: &mut Plan, number: usize, since: Date, day: Date) {
    praise_since(plan, number, since, day);
    let ended = Period::quarter_of(since);
    if ended != Period::quarter_of(day) {
        name_hero(plan, ended);
    }
    let planning = Date::from_ymd(day.0.year(), 8, 15).unwrap_or(day);
    if since < planning && planning <= day {
        plan_week(plan, day);
    }
}

/// Two or three praises between `since` and `day`, for the reps certified
/// on their day, each passed on within a few days.
fn praise_since(plan: &mut Plan, number: usize, since: Date, day: Date) {
    let gap = since.days_until(day);
    let count = 2 + number % 2;
    for k in 0..count {
        let on = since.add_days(1 + gap * (k as i64 + 1) / (count as i64 + 1));
        let reps: Vec<Id> = plan
            .people
            .reps
            .iter()
            .filter(|r| r.active(on) && r.certified(on))
            .map(|r| r.id.clone())
            .collect();
        if reps.is_empty() {
            continue;
        }
        let turn = number * 3 + k;
        // One rep is praised more than the others, quarter after quarter.
        let rep = if turn % 3 == 0 {
            reps[number % reps.len()].clone()
        } else {
            reps[(turn * 5) % reps.len()].clone()
        };
        let (from, name, channel, text) = PRAISE[turn % PRAISE.len()];
        plan.recognition.praise.push(Praise {
            on,
            rep,
            from: (from != PraiseFrom::Customer).then_some(from),
            name: name.map(str::to_string),
            channel: Id::new(channel).ok(),
            text: text.to_string(),
            // Passed on at the next morning briefing, or a few days later.
            shared: Some(on.add_days(1 + (turn % 3) as i64).min(day)),
        });
    }
}

/// Names the rep praised most in `quarter` its service hero, unless
/// someone is named already or nobody was praised more than once.
fn name_hero(plan: &mut Plan, quarter: Period) {
    if !recognition::heroes_of(&plan.recognition, quarter).is_empty() {
        return;
    }
    // A quarter with no more than one praise for anyone names nobody.
    let Some(best) = recognition::candidate(plan, quarter).filter(|c| c.praise > 1) else {
        return;
    };
    plan.recognition.heroes.push(Hero {
        period: quarter.to_string(),
        rep: best.rep,
        reason: Some(format!(
            "The most praise of the quarter ({}), from customers and colleagues",
            best.praise
        )),
    });
}

/// This year's Customer Service Week from the built-in five days, each
/// with its owner from the committee.
fn plan_week(plan: &mut Plan, day: Date) {
    let start = recognition::next_week_start(day);
    let days = WEEK_OWNERS
        .iter()
        .enumerate()
        .map(|(k, owner)| WeekDay {
            activity: crate::i18n::message_in(Lang::En, &format!("recog-week-day-{}", k + 1), None),
            owner: Id::new(owner).ok(),
        })
        .collect();
    plan.recognition.service_week.push(ServiceWeek {
        start,
        days,
        after: Some(crate::i18n::message_in(Lang::En, "recog-week-after", None)),
    });
}
