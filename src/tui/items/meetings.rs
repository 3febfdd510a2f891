//! A meeting's decisions and actions: items inside a meeting, itself
//! inside a routine. They are numbered across every meeting of
//! committee.yaml, in file order, like the other nested kinds; their form
//! names the meeting in its `meeting` field as `ROUTINE DATE`.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use crate::domain::model::*;

/// How to reach one kind of child inside the meetings of the routines.
pub(super) struct InMeeting<C: 'static> {
    pub kids: fn(&Meeting) -> &Vec<C>,
    pub kids_mut: fn(&mut Meeting) -> &mut Vec<C>,
}

/// The form field naming a child's meeting.
pub const KEY: &str = "meeting";

/// A meeting as a `meeting` field names it: its routine's id and its date.
pub fn meeting_ref(routine: &Routine, m: &Meeting) -> String {
    format!("{} {}", routine.id, m.on)
}

/// Every meeting of the committee, in file order: (routine, meeting).
pub fn meetings(plan: &Plan) -> Vec<(usize, usize)> {
    plan.committee
        .routines
        .iter()
        .enumerate()
        .flat_map(|(r, routine)| (0..routine.meetings.len()).map(move |m| (r, m)))
        .collect()
}

/// Where meeting `ROUTINE DATE` is: (routine, meeting).
fn find(plan: &Plan, name: &str) -> Option<(usize, usize)> {
    meetings(plan).into_iter().find(|&(r, m)| {
        let routine = &plan.committee.routines[r];
        meeting_ref(routine, &routine.meetings[m]) == name
    })
}

impl<C: Serialize + DeserializeOwned> InMeeting<C> {
    /// Where child `i` is: (routine, meeting, place in the meeting).
    pub fn place(&self, plan: &Plan, i: usize) -> Option<(usize, usize, usize)> {
        let mut left = i;
        for (r, m) in meetings(plan) {
            let n = (self.kids)(&plan.committee.routines[r].meetings[m]).len();
            if left < n {
                return Some((r, m, left));
            }
            left -= n;
        }
        None
    }

    pub fn count(&self, plan: &Plan) -> usize {
        meetings(plan)
            .into_iter()
            .map(|(r, m)| (self.kids)(&plan.committee.routines[r].meetings[m]).len())
            .sum()
    }

    /// The number of the `k`-th child of meeting `m` of routine `r`.
    pub fn flat(&self, plan: &Plan, r: usize, m: usize, k: usize) -> usize {
        meetings(plan)
            .into_iter()
            .take_while(|&at| at != (r, m))
            .map(|(r, m)| (self.kids)(&plan.committee.routines[r].meetings[m]).len())
            .sum::<usize>()
            + k
    }

    pub fn get<'a>(&self, plan: &'a Plan, i: usize) -> Option<(&'a Routine, &'a Meeting, &'a C)> {
        let (r, m, k) = self.place(plan, i)?;
        let routine = &plan.committee.routines[r];
        let meeting = &routine.meetings[m];
        Some((routine, meeting, &(self.kids)(meeting)[k]))
    }

    /// The child as its form edits it: its own fields and its meeting.
    pub fn to_json(&self, plan: &Plan, i: usize) -> Value {
        match self.get(plan, i) {
            Some((routine, meeting, child)) => {
                let mut v = serde_json::to_value(child).unwrap_or(Value::Null);
                if let Some(map) = v.as_object_mut() {
                    map.insert(
                        KEY.to_string(),
                        Value::String(meeting_ref(routine, meeting)),
                    );
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
        plan: &mut Plan,
        i: Option<usize>,
        mut value: Value,
    ) -> Result<usize, String> {
        let target = value
            .as_object_mut()
            .and_then(|map| map.remove(KEY))
            .and_then(|w| w.as_str().map(str::to_string))
            .unwrap_or_default();
        let Some((r, m)) = find(plan, target.trim()) else {
            return Err(if target.trim().is_empty() {
                crate::t!("meet-err-pick-meeting")
            } else {
                crate::t!("meet-err-no-meeting", id = target.as_str())
            });
        };
        let child: C = serde_json::from_value(value).map_err(|e| e.to_string())?;
        let mut at = None;
        if let Some((from_r, from_m, k)) = i.and_then(|i| self.place(plan, i)) {
            (self.kids_mut)(&mut plan.committee.routines[from_r].meetings[from_m]).remove(k);
            if (from_r, from_m) == (r, m) {
                at = Some(k);
            }
        }
        let list = (self.kids_mut)(&mut plan.committee.routines[r].meetings[m]);
        let k = super::nested::in_place(list, child, at)?;
        Ok(self.flat(plan, r, m, k))
    }

    pub fn remove(&self, plan: &mut Plan, i: usize) {
        if let Some((r, m, k)) = self.place(plan, i) {
            (self.kids_mut)(&mut plan.committee.routines[r].meetings[m]).remove(k);
        }
    }
}

pub(super) const MEETING_DECISIONS: InMeeting<Decision> = InMeeting {
    kids: |m| &m.decisions,
    kids_mut: |m| &mut m.decisions,
};
pub(super) const MEETING_ACTIONS: InMeeting<ReviewAction> = InMeeting {
    kids: |m| &m.actions,
    kids_mut: |m| &mut m.actions,
};

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use serde_json::json;

    fn plan() -> Plan {
        let mut p = Plan::default();
        p.committee.routines = serde_json::from_value(json!([
            {"id": "a", "name": "A", "every": "1w", "meetings": [
                {"on": "2026-01-05", "actions": [{"text": "one"}]},
                {"on": "2026-01-12"}]},
            {"id": "b", "name": "B", "every": "1w", "meetings": [
                {"on": "2026-01-06", "actions": [{"text": "two"}, {"text": "three"}]}]}
        ]))
        .unwrap();
        p
    }

    #[test]
    fn a_meeting_s_actions_are_numbered_across_every_meeting() {
        let mut p = plan();
        assert_eq!(MEETING_ACTIONS.count(&p), 3);
        assert_eq!(MEETING_ACTIONS.place(&p, 2), Some((1, 0, 1)));
        assert_eq!(MEETING_ACTIONS.flat(&p, 1, 0, 1), 2);
        assert_eq!(
            MEETING_ACTIONS.to_json(&p, 1),
            json!({"meeting": "b 2026-01-06", "text": "two", "done": false})
        );
        // Moved to another meeting: at that meeting's end.
        let at = MEETING_ACTIONS
            .store(
                &mut p,
                Some(1),
                json!({"meeting": "a 2026-01-12", "text": "moved"}),
            )
            .unwrap();
        assert_eq!(at, 1);
        assert_eq!(p.committee.routines[0].meetings[1].actions[0].text, "moved");
        let err = MEETING_ACTIONS
            .store(
                &mut p,
                None,
                json!({"meeting": "a 2030-01-01", "text": "x"}),
            )
            .unwrap_err();
        assert!(err.contains("a 2030-01-01"), "{err}");
        MEETING_ACTIONS.remove(&mut p, 0);
        assert!(p.committee.routines[0].meetings[0].actions.is_empty());
    }
}
