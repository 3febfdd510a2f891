//! Items that live inside another item (a milestone's actions, a metric's
//! readings and breakdown targets, a review's decisions and actions…).
//!
//! They are numbered across their parents, in file order: item `i` is the
//! i-th child of the file. Their form names the parent in a field of its
//! own (`milestone`, `metric`, `review`), so the parent is picked like any
//! other reference, and changing it moves the item.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use crate::domain::model::*;

/// Puts a child in its parent's list (`at`: where it was, when it stays
/// in the same parent); returns where it went, or why not.
pub(super) type Add<C> = fn(&mut Vec<C>, C, Option<usize>) -> Result<usize, String>;

/// How to reach one kind of child inside its parents.
pub(super) struct Nest<P: 'static, C: 'static> {
    /// The form field naming the parent.
    pub key: &'static str,
    /// What the parent is called in a message.
    pub parent: &'static str,
    pub id: fn(&P) -> String,
    pub kids: fn(&P) -> &Vec<C>,
    pub kids_mut: fn(&mut P) -> &mut Vec<C>,
    pub add: Add<C>,
}

/// Adds at the old place, or at the end.
pub(super) fn in_place<C>(list: &mut Vec<C>, item: C, at: Option<usize>) -> Result<usize, String> {
    match at {
        Some(k) if k <= list.len() => {
            list.insert(k, item);
            Ok(k)
        }
        _ => {
            list.push(item);
            Ok(list.len() - 1)
        }
    }
}

/// Adds a reading in date order (at its old place when that keeps the
/// order), refusing a second one on the same day for the same unit (the
/// file would hold two values for one day).
pub(super) fn reading_in_order(
    list: &mut Vec<Reading>,
    item: Reading,
    at: Option<usize>,
) -> Result<usize, String> {
    if list.iter().any(|x| x.on == item.on && x.unit == item.unit) {
        return Err(match &item.unit {
            Some(u) => crate::t!(
                "tui-err-reading-taken-unit",
                date = item.on.to_string(),
                unit = u.to_string()
            ),
            None => crate::t!("tui-err-reading-taken", date = item.on.to_string()),
        });
    }
    if let Some(k) = at.filter(|&k| {
        k <= list.len()
            && (k == 0 || list[k - 1].on <= item.on)
            && list.get(k).is_none_or(|next| item.on <= next.on)
    }) {
        list.insert(k, item);
        return Ok(k);
    }
    Ok(crate::domain::readings::insert(list, item))
}

impl<P, C: Serialize + DeserializeOwned> Nest<P, C> {
    /// Where child `i` is: (parent, place in it).
    pub fn place(&self, parents: &[P], i: usize) -> Option<(usize, usize)> {
        let mut left = i;
        for (p, parent) in parents.iter().enumerate() {
            let n = (self.kids)(parent).len();
            if left < n {
                return Some((p, left));
            }
            left -= n;
        }
        None
    }

    pub fn count(&self, parents: &[P]) -> usize {
        parents.iter().map(|p| (self.kids)(p).len()).sum()
    }

    /// The number of the `k`-th child of parent `p`.
    pub fn flat(&self, parents: &[P], p: usize, k: usize) -> usize {
        parents[..p.min(parents.len())]
            .iter()
            .map(|x| (self.kids)(x).len())
            .sum::<usize>()
            + k
    }

    pub fn get<'a>(&self, parents: &'a [P], i: usize) -> Option<(&'a P, &'a C)> {
        let (p, k) = self.place(parents, i)?;
        let parent = &parents[p];
        Some((parent, &(self.kids)(parent)[k]))
    }

    /// The child as its form edits it: its own fields and its parent's id.
    pub fn to_json(&self, parents: &[P], i: usize) -> Value {
        match self.get(parents, i) {
            Some((parent, child)) => {
                let mut v = serde_json::to_value(child).unwrap_or(Value::Null);
                if let Some(map) = v.as_object_mut() {
                    map.insert(self.key.to_string(), Value::String((self.id)(parent)));
                }
                v
            }
            None => Value::Null,
        }
    }

    /// Stores a child from its form (replacing child `i` when given);
    /// returns its number after the change.
    pub fn store(
        &self,
        parents: &mut [P],
        i: Option<usize>,
        mut value: Value,
    ) -> Result<usize, String> {
        let target = value
            .as_object_mut()
            .and_then(|map| map.remove(self.key))
            .and_then(|w| w.as_str().map(str::to_string))
            .unwrap_or_default();
        let Some(p) = parents.iter().position(|x| (self.id)(x) == target) else {
            // The parents added later have their words in meet.ftl.
            let area = if crate::i18n::has(&format!("tui-err-pick-{}", self.parent)) {
                "tui"
            } else {
                "meet"
            };
            return Err(if target.is_empty() {
                crate::t!(&format!("{area}-err-pick-{}", self.parent), key = self.key)
            } else {
                crate::t!(
                    &format!("{area}-err-no-{}", self.parent),
                    key = self.key,
                    id = target.as_str()
                )
            });
        };
        let child: C = serde_json::from_value(value).map_err(|e| e.to_string())?;
        let mut at = None;
        if let Some((from, k)) = i.and_then(|i| self.place(parents, i)) {
            (self.kids_mut)(&mut parents[from]).remove(k);
            if from == p {
                at = Some(k);
            }
        }
        let k = (self.add)((self.kids_mut)(&mut parents[p]), child, at)?;
        Ok(self.flat(parents, p, k))
    }

    pub fn remove(&self, parents: &mut [P], i: usize) {
        if let Some((p, k)) = self.place(parents, i) {
            (self.kids_mut)(&mut parents[p]).remove(k);
        }
    }
}

fn milestone_id(m: &Milestone) -> String {
    m.id.to_string()
}
fn metric_id(m: &Metric) -> String {
    m.id.to_string()
}
fn review_id(r: &Review) -> String {
    r.date.to_string()
}

pub(super) const ACTIONS: Nest<Milestone, Action> = Nest {
    key: "milestone",
    parent: "milestone",
    id: milestone_id,
    kids: |m| &m.actions,
    kids_mut: |m| &mut m.actions,
    add: in_place,
};
pub(super) const READINGS: Nest<Metric, Reading> = Nest {
    key: "metric",
    parent: "metric",
    id: metric_id,
    kids: |m| &m.readings,
    kids_mut: |m| &mut m.readings,
    add: reading_in_order,
};
pub(super) const BREAKDOWNS: Nest<Metric, Breakdown> = Nest {
    key: "metric",
    parent: "metric",
    id: metric_id,
    kids: |m| &m.breakdown,
    kids_mut: |m| &mut m.breakdown,
    add: in_place,
};
pub(super) const DECISIONS: Nest<Review, Decision> = Nest {
    key: "review",
    parent: "review",
    id: review_id,
    kids: |r| &r.decisions,
    kids_mut: |r| &mut r.decisions,
    add: in_place,
};
pub(super) const REVIEW_ACTIONS: Nest<Review, ReviewAction> = Nest {
    key: "review",
    parent: "review",
    id: review_id,
    kids: |r| &r.actions,
    kids_mut: |r| &mut r.actions,
    add: in_place,
};
pub(super) const REVIEW_MILESTONES: Nest<Review, ReviewMilestone> = Nest {
    key: "review",
    parent: "review",
    id: review_id,
    kids: |r| &r.milestones,
    kids_mut: |r| &mut r.milestones,
    add: in_place,
};
pub(super) const REVIEW_METRICS: Nest<Review, ReviewMetric> = Nest {
    key: "review",
    parent: "review",
    id: review_id,
    kids: |r| &r.metrics,
    kids_mut: |r| &mut r.metrics,
    add: in_place,
};
fn incident_id(i: &Incident) -> String {
    i.id.to_string()
}
fn routine_id(r: &Routine) -> String {
    r.id.to_string()
}

pub(super) const INCIDENT_ACTIONS: Nest<Incident, ReviewAction> = Nest {
    key: "incident",
    parent: "incident",
    id: incident_id,
    kids: |i| &i.actions,
    kids_mut: |i| &mut i.actions,
    add: in_place,
};
pub(super) const MEETINGS: Nest<Routine, Meeting> = Nest {
    key: "routine",
    parent: "routine",
    id: routine_id,
    kids: |r| &r.meetings,
    kids_mut: |r| &mut r.meetings,
    add: in_place,
};

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use serde_json::json;

    fn milestones() -> Vec<Milestone> {
        serde_json::from_value(json!([
            {"id": "a", "title": "A", "actions": [{"title": "one"}, {"title": "two"}]},
            {"id": "b", "title": "B"},
            {"id": "c", "title": "C", "actions": [{"title": "three"}]}
        ]))
        .unwrap()
    }

    #[test]
    fn children_are_numbered_across_their_parents() {
        let ms = milestones();
        assert_eq!(ACTIONS.count(&ms), 3);
        assert_eq!(ACTIONS.place(&ms, 2), Some((2, 0)));
        assert_eq!(ACTIONS.flat(&ms, 2, 0), 2);
        assert_eq!(
            ACTIONS.to_json(&ms, 1),
            json!({"milestone": "a", "title": "two", "done": false})
        );
    }

    #[test]
    fn a_child_is_replaced_in_place_or_moved_to_its_new_parent() {
        let mut ms = milestones();
        let at = ACTIONS
            .store(
                &mut ms,
                Some(0),
                json!({"milestone": "a", "title": "one; with a semicolon"}),
            )
            .unwrap();
        assert_eq!(at, 0);
        assert_eq!(ms[0].actions[0].title, "one; with a semicolon");
        let at = ACTIONS
            .store(
                &mut ms,
                Some(0),
                json!({"milestone": "b", "title": "moved"}),
            )
            .unwrap();
        assert_eq!(
            (at, ms[0].actions.len(), ms[1].actions[0].title.as_str()),
            (1, 1, "moved")
        );
        let err = ACTIONS
            .store(&mut ms, None, json!({"milestone": "zz", "title": "x"}))
            .unwrap_err();
        assert!(err.contains("no milestone `zz`"), "{err}");
        ACTIONS.remove(&mut ms, 1);
        assert!(ms[1].actions.is_empty());
    }

    #[test]
    fn readings_stay_in_date_order_and_one_per_day_and_unit() {
        let mut ms: Vec<Metric> = serde_json::from_value(json!([{
            "id": "fcr", "name": "FCR", "direction": "up",
            "readings": [{"on": "2026-01-01", "value": 1}, {"on": "2026-03-01", "value": 3}]
        }]))
        .unwrap();
        let at = READINGS
            .store(
                &mut ms,
                None,
                json!({"metric": "fcr", "on": "2026-02-01", "value": 2}),
            )
            .unwrap();
        assert_eq!(at, 1);
        let err = READINGS
            .store(
                &mut ms,
                None,
                json!({"metric": "fcr", "on": "2026-02-01", "value": 5}),
            )
            .unwrap_err();
        assert!(err.contains("already has a reading on 2026-02-01"), "{err}");
        // The same day for a unit is another reading.
        READINGS
            .store(
                &mut ms,
                None,
                json!({"metric": "fcr", "on": "2026-02-01", "value": 5, "unit": "t1"}),
            )
            .unwrap();
        // Changing a reading's date keeps the order.
        let at = READINGS
            .store(
                &mut ms,
                Some(0),
                json!({"metric": "fcr", "on": "2026-04-01", "value": 1}),
            )
            .unwrap();
        assert_eq!(at, 3);
    }
}
