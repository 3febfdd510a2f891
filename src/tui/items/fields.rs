//! The fields of each kind's form: their keys, how each is edited, and
//! the words a choice field offers.

/// How a form field is edited.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    Text,
    /// Multi-line text, edited in $EDITOR or a text area.
    LongText,
    Date,
    Number,
    Whole,
    Bool,
    Duration,
    /// One of a fixed set of words.
    Choice(&'static [&'static str]),
    /// An id of another item.
    Ref(RefKind),
    /// A list of ids.
    Refs(RefKind),
    /// A list of short words, separated by commas.
    Words,
    /// A list of dates YYYY-MM-DD, separated by commas or spaces.
    Dates,
    /// A list of sentences, one per line (edited in $EDITOR).
    Lines,
    /// Two numbers, the least and the most: `MIN MAX`.
    Range,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RefKind {
    Person,
    Agent,
    Goal,
    Milestone,
    Metric,
    Channel,
    Unit,
    Workshop,
    /// A review, by its date.
    Review,
    /// An incident of incidents.yaml.
    Incident,
    /// A routine of the committee.
    Routine,
    /// A routine's meeting, as `ROUTINE DATE`.
    Meeting,
    /// A rep of people.yaml; the committee and change agents when it lists none.
    Rep,
    /// A committee member, change agent or rep.
    Staff,
}

#[derive(Clone, Copy, Debug)]
pub struct Field {
    pub key: &'static str,
    pub kind: FieldKind,
    pub required: bool,
}

pub(super) const fn f(key: &'static str, kind: FieldKind, required: bool) -> Field {
    Field {
        key,
        kind,
        required,
    }
}

use FieldKind::*;

pub(super) const CHARTER_TEXT_FIELDS: &[Field] = &[
    f("version", Whole, false),
    f("approved_on", Date, false),
    f("approved_by", Refs(RefKind::Person), false),
    f("vision", Text, false),
    f("values", Words, false),
    f("principles", Lines, false),
    f("terms", LongText, false),
];
pub(super) const PLAN_DETAILS_FIELDS: &[Field] = &[
    f("id", Text, true),
    f("title", Text, true),
    f("organization", Text, false),
    f("consultant", Text, false),
    f("start", Date, true),
    f("end", Date, true),
    f("review_every", Duration, false),
    f("target_guide", Number, false),
    f("target_horizon", Duration, false),
    f("language", Choice(LANGUAGE), false),
];
pub(super) const UNIT_FIELDS: &[Field] = &[
    f("id", Text, true),
    f("name", Text, true),
    f("level", Choice(UNIT_LEVEL), false),
    f("parent", Ref(RefKind::Unit), false),
];
pub(super) const READING_FIELDS: &[Field] = &[
    f("metric", Ref(RefKind::Metric), true),
    f("on", Date, true),
    f("value", Number, true),
    f("unit", Ref(RefKind::Unit), false),
];
pub(super) const ASSESSMENT_FIELDS: &[Field] = &[
    f("rep", Text, true),
    f("unit", Ref(RefKind::Unit), false),
    f("on", Date, true),
    f("by", Ref(RefKind::Person), false),
    f("scores.connection", Whole, false),
    f("scores.listening", Whole, false),
    f("scores.patience", Whole, false),
    f("scores.empathy", Whole, false),
    f("scores.thoroughness", Whole, false),
    f("scores.self_management", Whole, false),
    f("scores.agility", Whole, false),
    f("scores.resilience", Whole, false),
    f("scores.articulation", Whole, false),
    f("scores.love_of_conversation", Whole, false),
];
pub(super) const REP_FIELDS: &[Field] = &[
    f("id", Text, true),
    f("name", Text, true),
    f("unit", Ref(RefKind::Unit), false),
    f("start", Date, true),
    // A rep, a committee member or a change agent.
    f("mentor", Text, false),
    // The guide's five parts of training, planned and done.
    f("training.organisation.planned", Date, false),
    f("training.organisation.done", Date, false),
    f("training.one_to_one.planned", Date, false),
    f("training.one_to_one.done", Date, false),
    f("training.mentoring.planned", Date, false),
    f("training.mentoring.done", Date, false),
    f("training.certification.planned", Date, false),
    f("training.certification.done", Date, false),
    f("training.follow_up.planned", Date, false),
    f("training.follow_up.done", Date, false),
    f("on_the_job.mentor", Text, false),
    f("on_the_job.from", Date, false),
    f("on_the_job.until", Date, false),
    f("certification.on", Date, false),
    f("certification.by", Text, false),
    // The certification summary form's scores, 1..skills.yaml's scale.
    f("certification.scores.connection", Whole, false),
    f("certification.scores.listening", Whole, false),
    f("certification.scores.patience", Whole, false),
    f("certification.scores.empathy", Whole, false),
    f("certification.scores.thoroughness", Whole, false),
    f("certification.scores.self_management", Whole, false),
    f("certification.scores.agility", Whole, false),
    f("certification.scores.resilience", Whole, false),
    f("certification.scores.articulation", Whole, false),
    f("certification.scores.love_of_conversation", Whole, false),
    f("certification.pass", Bool, false),
    f("certification.summary", LongText, false),
    f("left", Date, false),
];
pub(super) const COACHING_FIELDS: &[Field] = &[
    f("rep", Text, true),
    f("skill", Choice(SKILL), true),
    f("kind", Choice(COACHING_KIND), true),
    f("owner", Text, false),
    f("due", Date, false),
    f("done", Date, false),
    f("note", LongText, false),
];
pub(super) const PRAISE_FIELDS: &[Field] = &[
    f("on", Date, true),
    f("rep", Ref(RefKind::Rep), true),
    f("from", Choice(PRAISE_FROM), false),
    f("name", Text, false),
    f("channel", Ref(RefKind::Channel), false),
    f("text", LongText, true),
    f("shared", Date, false),
];
pub(super) const HERO_FIELDS: &[Field] = &[
    f("period", Text, true),
    f("rep", Ref(RefKind::Rep), true),
    f("reason", LongText, false),
];
/// The week's five days are fields of their own (see `week`).
pub(super) const SERVICE_WEEK_FIELDS: &[Field] = &[
    f("start", Date, true),
    f("day1", Text, false),
    f("owner1", Ref(RefKind::Staff), false),
    f("day2", Text, false),
    f("owner2", Ref(RefKind::Staff), false),
    f("day3", Text, false),
    f("owner3", Ref(RefKind::Staff), false),
    f("day4", Text, false),
    f("owner4", Ref(RefKind::Staff), false),
    f("day5", Text, false),
    f("owner5", Ref(RefKind::Staff), false),
    f("after", LongText, false),
];
pub(super) const WORKSHOP_FIELDS: &[Field] = &[
    f("id", Text, true),
    f("date", Date, true),
    f("topic", Text, true),
];
pub(super) const TOOL_FIELDS: &[Field] = &[
    f("workshop", Ref(RefKind::Workshop), true),
    f("id", Text, true),
    f("name", Text, true),
    f("metric", Ref(RefKind::Metric), false),
    f("trial_until", Date, false),
    f("verdict", Choice(VERDICT), false),
];
pub(super) const ACTION_FIELDS: &[Field] = &[
    f("milestone", Ref(RefKind::Milestone), true),
    f("title", Text, true),
    f("owner", Ref(RefKind::Person), false),
    f("due", Date, false),
    f("done", Bool, false),
];
pub(super) const BREAKDOWN_FIELDS: &[Field] = &[
    f("metric", Ref(RefKind::Metric), true),
    f("level", Choice(UNIT_LEVEL), true),
    f("unit", Ref(RefKind::Unit), false),
    f("period", Choice(PERIOD), false),
    f("target", Number, true),
];
pub(super) const DECISION_FIELDS: &[Field] = &[
    f("review", Ref(RefKind::Review), true),
    f("text", Text, true),
    f("owner", Ref(RefKind::Person), false),
];
pub(super) const REVIEW_ACTION_FIELDS: &[Field] = &[
    f("review", Ref(RefKind::Review), true),
    f("text", Text, true),
    f("owner", Ref(RefKind::Person), false),
    f("due", Date, false),
    f("metric", Ref(RefKind::Metric), false),
    f("milestone", Ref(RefKind::Milestone), false),
    f("done", Bool, false),
];
pub(super) const REVIEW_MILESTONE_FIELDS: &[Field] = &[
    f("review", Ref(RefKind::Review), true),
    f("id", Ref(RefKind::Milestone), true),
    f("health", Choice(HEALTH), true),
    f("progress", Whole, false),
    f("forecast", Date, false),
    f("note", Text, false),
];
pub(super) const REVIEW_METRIC_FIELDS: &[Field] = &[
    f("review", Ref(RefKind::Review), true),
    f("id", Ref(RefKind::Metric), true),
    f("value", Number, true),
    f("note", Text, false),
];
pub(super) const INCIDENT_FIELDS: &[Field] = &[
    f("id", Text, true),
    f("on", Date, true),
    f("title", Text, true),
    f("metric", Ref(RefKind::Metric), false),
    f("unit", Ref(RefKind::Unit), false),
    f("owner", Ref(RefKind::Person), false),
    f("investigation", LongText, false),
    f("recovery", LongText, false),
];
pub(super) const INCIDENT_ACTION_FIELDS: &[Field] = &[
    f("incident", Ref(RefKind::Incident), true),
    f("text", Text, true),
    f("owner", Ref(RefKind::Person), false),
    f("due", Date, false),
    f("metric", Ref(RefKind::Metric), false),
    f("milestone", Ref(RefKind::Milestone), false),
    f("done", Bool, false),
];
pub(super) const MEETING_FIELDS: &[Field] = &[
    f("routine", Ref(RefKind::Routine), true),
    f("on", Date, true),
    f("attendees", Refs(RefKind::Person), false),
    f("minutes", Whole, false),
    f("summary", LongText, false),
];
pub(super) const MEETING_DECISION_FIELDS: &[Field] = &[
    f("meeting", Ref(RefKind::Meeting), true),
    f("text", Text, true),
    f("owner", Ref(RefKind::Person), false),
];
pub(super) const MEETING_ACTION_FIELDS: &[Field] = &[
    f("meeting", Ref(RefKind::Meeting), true),
    f("text", Text, true),
    f("owner", Ref(RefKind::Person), false),
    f("due", Date, false),
    f("metric", Ref(RefKind::Metric), false),
    f("milestone", Ref(RefKind::Milestone), false),
    f("done", Bool, false),
];
pub(super) const PERIOD: &[&str] = &["day", "week", "month", "quarter"];
pub(super) const HEALTH: &[&str] = &["on_track", "at_risk", "off_track", "done", "not_started"];
pub(super) const AGGREGATE: &[&str] = &["mean", "sum", "last"];
pub(super) const VERDICT: &[&str] = &["trial", "keep", "drop"];
pub(super) const UNIT_LEVEL: &[&str] = &["rep", "team", "department", "division", "vp"];
pub(super) const STATUS: &[&str] = &["planned", "in_progress", "done", "blocked", "cancelled"];
pub(super) const PHASE: &[&str] = &["define", "organise", "implement"];
pub(super) const LANGUAGE: &[&str] = &["en", "he", "lt"];
pub(super) const HORIZON: &[&str] = &["short", "medium", "long"];
pub(super) const ROLE: &[&str] = &["chair", "sponsor", "member", "secretary", "consultant"];
pub(super) const LEVEL: &[&str] = &[
    "rep",
    "senior_rep",
    "team_leader",
    "shift_manager",
    "department_manager",
    "division_manager",
    "vp",
];
pub(super) const METRIC_KIND: &[&str] = &["quality", "efficiency", "satisfaction", "external"];
pub(super) const DIRECTION: &[&str] = &["up", "down"];

pub(super) const GOAL_FIELDS: &[Field] = &[
    f("id", Text, true),
    f("title", Text, true),
    f("horizon", Choice(HORIZON), false),
    f("owner", Ref(RefKind::Person), false),
    f("metrics", Refs(RefKind::Metric), false),
    f("description", LongText, false),
];
pub(super) const MILESTONE_FIELDS: &[Field] = &[
    f("id", Text, true),
    f("title", Text, true),
    f("goal", Ref(RefKind::Goal), false),
    f("phase", Choice(PHASE), false),
    f("owner", Ref(RefKind::Person), false),
    f("agents", Refs(RefKind::Agent), false),
    f("start", Date, false),
    f("due", Date, false),
    f("status", Choice(STATUS), true),
    f("done_on", Date, false),
    f("depends_on", Refs(RefKind::Milestone), false),
];
pub(super) const METRIC_FIELDS: &[Field] = &[
    f("id", Text, true),
    f("name", Text, true),
    f("kind", Choice(METRIC_KIND), false),
    f("unit", Text, false),
    f("scale", Range, false),
    f("direction", Choice(DIRECTION), true),
    f("source", Text, false),
    f("every", Duration, false),
    f("aggregate", Choice(AGGREGATE), false),
    f("owner", Ref(RefKind::Person), false),
    f("baseline.value", Number, false),
    f("baseline.on", Date, false),
    f("target.value", Number, false),
    f("target.by", Date, false),
    f("alert", Number, false),
];
pub(super) const MEMBER_FIELDS: &[Field] = &[
    f("id", Text, true),
    f("name", Text, true),
    f("role", Choice(ROLE), false),
    f("title", Text, false),
    f("email", Text, false),
];
pub(super) const ROUTINE_FIELDS: &[Field] = &[
    f("id", Text, true),
    f("name", Text, true),
    f("every", Duration, true),
    f("owner", Ref(RefKind::Person), false),
    f("attendees", Refs(RefKind::Person), false),
    f("held", Dates, false),
];
pub(super) const AGENT_FIELDS: &[Field] = &[
    f("id", Text, true),
    f("name", Text, true),
    f("unit", Text, false),
    f("level", Choice(LEVEL), false),
    f("focus", Text, false),
];
pub(super) const CHANNEL_FIELDS: &[Field] = &[
    f("id", Text, true),
    f("name", Text, true),
    f("hours", Text, false),
];
pub(super) const COMMITMENT_FIELDS: &[Field] = &[
    f("id", Text, true),
    f("text", Text, true),
    f("channel", Ref(RefKind::Channel), false),
    f("metric", Ref(RefKind::Metric), false),
];
pub(super) const REVIEW_FIELDS: &[Field] = &[
    f("date", Date, true),
    f("title", Text, false),
    f("attendees", Refs(RefKind::Person), false),
    f("summary", LongText, false),
];

/// The label a form or a detail shows for the field `key`: in English the
/// key itself (`baseline.value`), in other languages a word from the
/// catalogue (`tui-field-…`; a skill's score is the skill's name).
/// The ten skills, in the method's order.
pub(super) const SKILL: &[&str] = &[
    "connection",
    "listening",
    "patience",
    "empathy",
    "thoroughness",
    "self_management",
    "agility",
    "resilience",
    "articulation",
    "love_of_conversation",
];
pub(super) const COACHING_KIND: &[&str] = &["workshop", "guidance", "side_by_side"];
pub(super) const PRAISE_FROM: &[&str] = &["customer", "colleague", "manager"];

pub fn label(key: &str) -> String {
    if crate::i18n::current() == crate::i18n::Lang::En {
        return key.to_string();
    }
    if let Some(skill) = key.strip_prefix("scores.") {
        return crate::i18n::code("skill", skill);
    }
    if let Some(skill) = key.strip_prefix("certification.scores.") {
        let skill = crate::i18n::code("skill", skill);
        return crate::t!("people-field-certification-score", skill = skill);
    }
    if let Some((part, when)) = key
        .strip_prefix("training.")
        .and_then(|k| k.split_once('.'))
    {
        let part = crate::domain::model::Part::ALL
            .into_iter()
            .find(|p| p.code() == part)
            .map_or_else(|| part.to_string(), crate::domain::people::part_label);
        return match when {
            "done" => crate::t!("people-field-training-done", part = part),
            _ => crate::t!("people-field-training-planned", part = part),
        };
    }
    crate::t!(&label_id(key))
}

/// The fields added with incidents and meetings: their labels are in
/// meet.ftl.
const MEET_FIELDS: [&str; 6] = [
    "minutes",
    "investigation",
    "recovery",
    "incident",
    "routine",
    "meeting",
];

fn label_id(key: &str) -> String {
    let key = key.replace(['.', '_'], "-");
    if MEET_FIELDS.contains(&key.as_str()) {
        return format!("meet-field-{key}");
    }
    // The fields only people.yaml has are labelled in people.ftl.
    // recognition.yaml's, in recog.ftl.
    let id = format!("tui-field-{key}");
    let people = format!("people-field-{key}");
    if crate::i18n::has(&id) {
        id
    } else if crate::i18n::has(&people) {
        people
    } else {
        format!("recog-field-{key}")
    }
}

/// The code kind (`code-KIND-…` in the catalogue) of a choice field's
/// words, when the catalogue has words for them.
pub fn code_kind(words: &[&str]) -> Option<&'static str> {
    [
        (PERIOD, "period"),
        (HEALTH, "health"),
        (AGGREGATE, "aggregate"),
        (VERDICT, "verdict"),
        (UNIT_LEVEL, "unit_level"),
        (STATUS, "status"),
        (PHASE, "phase"),
        (HORIZON, "horizon"),
        (ROLE, "role"),
        (LEVEL, "level"),
        (METRIC_KIND, "kind"),
        (DIRECTION, "direction"),
        (SKILL, "skill"),
        (COACHING_KIND, "coaching_kind"),
        (PRAISE_FROM, "praise_from"),
    ]
    .into_iter()
    .find(|(w, _)| *w == words)
    .map(|(_, kind)| kind)
}

/// A choice field's stored code as the form shows it: its word in the
/// current language (English shows the code, as the file writes it).
pub fn shown_choice(words: &[&str], code: &str) -> String {
    // people.yaml's words are in its own catalogue file.
    if words == COACHING_KIND && crate::i18n::current() != crate::i18n::Lang::En {
        match code {
            "workshop" => return crate::t!("people-kind-workshop"),
            "guidance" => return crate::t!("people-kind-guidance"),
            "side_by_side" => return crate::t!("people-kind-side_by_side"),
            _ => {}
        }
    }
    // So are recognition.yaml's.
    if words == PRAISE_FROM && crate::i18n::current() != crate::i18n::Lang::En {
        match code {
            "customer" => return crate::t!("recog-from-customer"),
            "colleague" => return crate::t!("recog-from-colleague"),
            "manager" => return crate::t!("recog-from-manager"),
            _ => {}
        }
    }
    match code_kind(words) {
        Some(kind) if crate::i18n::current() != crate::i18n::Lang::En && !code.is_empty() => {
            crate::i18n::code(kind, code)
        }
        _ => code.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_has_a_label_in_the_catalogue() {
        let all = [
            CHARTER_TEXT_FIELDS,
            PLAN_DETAILS_FIELDS,
            UNIT_FIELDS,
            READING_FIELDS,
            ASSESSMENT_FIELDS,
            WORKSHOP_FIELDS,
            TOOL_FIELDS,
            ACTION_FIELDS,
            BREAKDOWN_FIELDS,
            DECISION_FIELDS,
            REVIEW_ACTION_FIELDS,
            REVIEW_MILESTONE_FIELDS,
            REVIEW_METRIC_FIELDS,
            GOAL_FIELDS,
            MILESTONE_FIELDS,
            METRIC_FIELDS,
            MEMBER_FIELDS,
            ROUTINE_FIELDS,
            AGENT_FIELDS,
            CHANNEL_FIELDS,
            COMMITMENT_FIELDS,
            REVIEW_FIELDS,
            INCIDENT_FIELDS,
            INCIDENT_ACTION_FIELDS,
            MEETING_FIELDS,
            MEETING_DECISION_FIELDS,
            MEETING_ACTION_FIELDS,
            REP_FIELDS,
            COACHING_FIELDS,
            PRAISE_FIELDS,
            HERO_FIELDS,
            SERVICE_WEEK_FIELDS,
        ];
        crate::i18n::follow_plan(Some(crate::i18n::Lang::He));
        for fields in all {
            for f in fields {
                let worded =
                    f.key.starts_with("training.") || f.key.starts_with("certification.scores.");
                if worded {
                    assert!(!label(f.key).contains(['.', '_']), "{}", label(f.key));
                } else if let Some(skill) = f.key.strip_prefix("scores.") {
                    assert!(
                        crate::i18n::has(&format!("code-skill-{skill}")),
                        "{}",
                        f.key
                    );
                    assert_ne!(label(f.key), skill);
                } else {
                    assert!(
                        crate::i18n::has(&label_id(f.key)),
                        "no message {}",
                        label_id(f.key)
                    );
                }
                if let FieldKind::Choice(words) = f.kind {
                    assert!(
                        f.key == "language" || code_kind(words).is_some(),
                        "{}",
                        f.key
                    );
                }
            }
        }
        assert_eq!(
            shown_choice(STATUS, "in_progress"),
            crate::i18n::message("code-status-in_progress", None)
        );
        assert_ne!(shown_choice(STATUS, "in_progress"), "in_progress");
        crate::i18n::follow_plan(Some(crate::i18n::Lang::En));
        assert_eq!(label("baseline.value"), "baseline.value");
        assert_eq!(shown_choice(STATUS, "in_progress"), "in_progress");
    }
}
