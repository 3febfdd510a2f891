//! The organisation's units as a hierarchy (plan.yaml `units`, each with
//! an optional `parent`): a unit's figures roll up those of every unit
//! below it. [`with_descendants`] is the one answer to "which units does
//! unit U cover", used wherever a unit is asked for (`trend skills
//! --unit`, a breakdown entry's unit); [`cycles`] finds the parents that
//! loop, which `charter check` reports. Neither ever loops itself.

use std::collections::{HashMap, HashSet};

use super::model::Plan;
use super::types::Id;

/// `unit` and every unit below it, `unit` first, then each level in
/// plan.yaml order (children, their children…). Each unit comes once even
/// when `parent` loops. An undeclared unit covers only itself.
pub fn with_descendants(plan: &Plan, unit: &str) -> Vec<Id> {
    let mut children: HashMap<&str, Vec<&Id>> = HashMap::new();
    for u in &plan.meta.units {
        if let Some(parent) = &u.parent {
            children.entry(parent.as_str()).or_default().push(&u.id);
        }
    }
    let Ok(first) = Id::new(unit) else {
        return Vec::new();
    };
    let mut seen: HashSet<&str> = HashSet::from([unit]);
    let mut out = vec![first];
    let mut next = 0;
    while next < out.len() {
        let kids = children
            .get(out[next].as_str())
            .cloned()
            .unwrap_or_default();
        for kid in kids {
            if seen.insert(kid.as_str()) {
                out.push(kid.clone());
            }
        }
        next += 1;
    }
    out
}

/// Each loop of `parent` links, as the units' indexes in plan.yaml from
/// the first unit of the loop met in file order; each loop once.
pub fn cycles(plan: &Plan) -> Vec<Vec<usize>> {
    let units = &plan.meta.units;
    let index: HashMap<&str, usize> = units
        .iter()
        .enumerate()
        .map(|(i, u)| (u.id.as_str(), i))
        .collect();
    let parent = |i: usize| {
        units[i]
            .parent
            .as_ref()
            .and_then(|p| index.get(p.as_str()).copied())
    };
    let mut done = vec![false; units.len()];
    let mut out = Vec::new();
    for start in 0..units.len() {
        let mut path: Vec<usize> = Vec::new();
        let mut at = Some(start);
        while let Some(i) = at {
            if done[i] {
                break;
            }
            if let Some(k) = path.iter().position(|&p| p == i) {
                out.push(path[k..].to_vec());
                break;
            }
            path.push(i);
            at = parent(i);
        }
        for i in path {
            done[i] = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(units: serde_json::Value) -> Plan {
        let mut plan = Plan::default();
        plan.meta.units = serde_json::from_value(units).unwrap();
        plan
    }

    fn ids(units: &[Id]) -> Vec<&str> {
        units.iter().map(Id::as_str).collect()
    }

    #[test]
    fn a_unit_covers_every_unit_below_it() {
        let p = plan(serde_json::json!([
            {"id": "centre", "name": "Centre"},
            {"id": "north", "name": "North", "parent": "centre"},
            {"id": "n-t1", "name": "T1", "parent": "north"},
            {"id": "south", "name": "South", "parent": "centre"},
            {"id": "other", "name": "Other"}
        ]));
        assert_eq!(
            ids(&with_descendants(&p, "centre")),
            ["centre", "north", "south", "n-t1"]
        );
        assert_eq!(ids(&with_descendants(&p, "north")), ["north", "n-t1"]);
        assert_eq!(ids(&with_descendants(&p, "n-t1")), ["n-t1"]);
        assert_eq!(ids(&with_descendants(&p, "nowhere")), ["nowhere"]);
        assert!(cycles(&p).is_empty());
    }

    #[test]
    fn parents_that_loop_are_found_and_never_hang() {
        let p = plan(serde_json::json!([
            {"id": "a", "name": "A", "parent": "c"},
            {"id": "b", "name": "B", "parent": "a"},
            {"id": "c", "name": "C", "parent": "b"},
            {"id": "d", "name": "D", "parent": "a"},
            {"id": "e", "name": "E", "parent": "e"}
        ]));
        assert_eq!(ids(&with_descendants(&p, "a")), ["a", "b", "d", "c"]);
        assert_eq!(cycles(&p), vec![vec![0, 2, 1], vec![4]]);
    }
}
