//! The one message for an id a command names that the plan does not hold.

use std::collections::HashSet;

use crate::store::yaml::de::closest;
use crate::t;

/// How many ids the message lists before it only counts them.
const LISTED_IDS: usize = 10;

/// Why `id` names no `kind` (in `file`) among `ids`, and what to do: an item
/// that is in the file but could not be read (its id in `broken`) is said
/// to be so, rather than missing; otherwise the closest id, or the ids
/// there are. `kind` is `metric` or `milestone`; the words are in the
/// language shown.
pub fn unknown_id(
    kind: &str,
    file: &str,
    id: &str,
    ids: &[&str],
    broken: &HashSet<String>,
) -> String {
    if broken.contains(id) {
        return t!("cli-lookup-broken", kind = kind, id = id, file = file);
    }
    let hint = match closest(id, ids.iter().copied()) {
        Some(best) => t!("cli-did-you-mean", id = best),
        None if ids.is_empty() => t!("cli-lookup-none-yet", kind = kind, file = file),
        None if ids.len() > LISTED_IDS => t!(
            "cli-lookup-some",
            kind = kind,
            ids = ids[..LISTED_IDS].join(", "),
            count = ids.len(),
            file = file
        ),
        None => t!("cli-lookup-all", kind = kind, ids = ids.join(", ")),
    };
    t!("cli-lookup-unknown", kind = kind, id = id, hint = hint)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_metric_that_could_not_be_read_is_not_called_missing() {
        let broken: HashSet<String> = ["nps".to_string()].into();
        let ids = ["fcr", "asa"];
        assert_eq!(
            unknown_id("metric", "metrics.yaml", "nps", &ids, &broken),
            "metric `nps` is in metrics.yaml but could not be read: run `charter check` and fix it first"
        );
        let none = HashSet::new();
        assert_eq!(
            unknown_id("metric", "metrics.yaml", "fcx", &ids, &none),
            "there is no metric `fcx`: did you mean `fcr`?"
        );
        assert_eq!(
            unknown_id("metric", "metrics.yaml", "zzzzzz", &ids, &none),
            "there is no metric `zzzzzz`: the metrics are fcr, asa"
        );
        assert_eq!(
            unknown_id("metric", "metrics.yaml", "nps", &[], &none),
            "there is no metric `nps`: metrics.yaml has no metrics yet"
        );
    }
}
