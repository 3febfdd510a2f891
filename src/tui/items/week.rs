//! A Customer Service Week in a form: its five days are fields of their
//! own (`day1` the activity, `owner1` who runs it, …), gathered back into
//! `days` on save. A hand-written week with more than five days keeps the
//! days past the fifth as written.

use serde_json::{json, Map, Value};

use crate::domain::model::{ServiceWeek, WeekDay};
use crate::domain::recognition::WEEK_DAYS;
use crate::domain::types::Date;

const DAY: [&str; WEEK_DAYS] = ["day1", "day2", "day3", "day4", "day5"];
const OWNER: [&str; WEEK_DAYS] = ["owner1", "owner2", "owner3", "owner4", "owner5"];

/// The week as the form edits it.
pub(super) fn to_form(week: Option<&ServiceWeek>) -> Value {
    let Some(week) = week else {
        return Value::Null;
    };
    let mut map = Map::new();
    map.insert("start".into(), json!(week.start.to_string()));
    for (k, day) in week.days.iter().take(WEEK_DAYS).enumerate() {
        map.insert(DAY[k].into(), json!(day.activity));
        if let Some(owner) = &day.owner {
            map.insert(OWNER[k].into(), json!(owner.as_str()));
        }
    }
    if let Some(after) = &week.after {
        map.insert("after".into(), json!(after));
    }
    Value::Object(map)
}

/// The week the form holds; `old` lends the days past the fifth. A day
/// with neither activity nor owner is left out.
pub(super) fn from_form(old: Option<&ServiceWeek>, value: Value) -> Result<ServiceWeek, String> {
    let text = |key: &str| {
        value
            .get(key)
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    let start = Date::parse(&text("start").unwrap_or_default())?;
    let mut days = Vec::new();
    for k in 0..WEEK_DAYS {
        let (activity, owner) = (text(DAY[k]), text(OWNER[k]));
        if activity.is_none() && owner.is_none() {
            continue;
        }
        let owner = owner
            .map(|o| crate::domain::types::Id::new(&o))
            .transpose()?;
        days.push(WeekDay {
            activity: activity.unwrap_or_default(),
            owner,
        });
    }
    if let Some(old) = old {
        days.extend(old.days.iter().skip(WEEK_DAYS).cloned());
    }
    Ok(ServiceWeek {
        start,
        days,
        after: value
            .get("after")
            .and_then(Value::as_str)
            .filter(|s| !s.trim().is_empty())
            .map(str::to_string),
    })
}

/// A new week from the built-in template: the article's five days,
/// worded in the plan's language, owners left to fill, starting the next
/// first Monday of October after `today`.
pub(super) fn template(today: &str) -> Value {
    let today = Date::parse(today).unwrap_or_default();
    let start = crate::domain::recognition::next_week_start(today);
    json!({
        "start": start.to_string(),
        "day1": crate::t!("recog-week-day-1"),
        "day2": crate::t!("recog-week-day-2"),
        "day3": crate::t!("recog-week-day-3"),
        "day4": crate::t!("recog-week-day-4"),
        "day5": crate::t!("recog-week-day-5"),
        "after": crate::t!("recog-week-after"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn week(v: Value) -> ServiceWeek {
        serde_json::from_value(v).unwrap()
    }

    #[test]
    fn a_week_goes_through_its_form_and_back_unchanged() {
        let w = week(json!({"start": "2026-10-05", "days": [
            {"activity": "A", "owner": "dana"}, {"activity": "B"}, {"activity": "C"},
            {"activity": "D"}, {"activity": "E", "owner": "maya"}], "after": "Later"}));
        let form = to_form(Some(&w));
        assert_eq!(form["day5"], "E");
        assert_eq!(form["owner5"], "maya");
        assert_eq!(from_form(Some(&w), form).unwrap(), w);
    }

    #[test]
    fn days_past_the_fifth_are_kept_and_empty_days_dropped() {
        let days: Vec<Value> = (1..=6)
            .map(|k| json!({"activity": format!("D{k}")}))
            .collect();
        let w = week(json!({"start": "2026-10-05", "days": days}));
        let mut form = to_form(Some(&w));
        form["day2"] = json!("");
        let back = from_form(Some(&w), form).unwrap();
        let names: Vec<&str> = back.days.iter().map(|d| d.activity.as_str()).collect();
        assert_eq!(names, ["D1", "D3", "D4", "D5", "D6"]);
    }

    #[test]
    fn the_template_starts_the_next_first_monday_of_october() {
        let t = template("2026-12-04");
        assert_eq!(t["start"], "2027-10-04");
        assert!(t["day1"].as_str().unwrap().contains("listen"));
        assert!(t.get("owner1").is_none());
        let w = from_form(None, t).unwrap();
        assert_eq!(w.days.len(), 5);
        assert!(w.days.iter().all(|d| d.owner.is_none()));
    }
}
