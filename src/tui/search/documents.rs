//! What search looks in: one document per item, holding only what the
//! user wrote of it (never the enum words the file stores), with the label
//! its hit is shown under and where it leads.

use crate::domain::facts::{self, ActionAt};
use crate::domain::model::Plan;
use crate::tui::app::{Tab, Target};
use crate::tui::items::Kind;

/// One searchable document: what the user wrote of one item.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    /// What the hit is called: its kind, its title, and where it is when
    /// that is not in the title (an action's milestone, a decision's review).
    pub label: String,
    /// The item's own id, when it has one (a review's is its date).
    pub id: String,
    pub title: String,
    /// Every other text of the item the user wrote.
    pub text: Vec<String>,
    pub target: Target,
}

fn doc(kind: &str, id: &str, title: &str, text: Vec<String>, target: Target) -> Document {
    let word = crate::t!(&format!("tui-kind-{}", kind.replace(' ', "-")));
    worded(&word, id, title, text, target)
}

/// [`doc`] for a kind `word`ed by a message of its own area.
fn worded(word: &str, id: &str, title: &str, text: Vec<String>, target: Target) -> Document {
    let mut label = format!("{word} {title}");
    if !id.is_empty() && !title.contains(id) {
        label.push_str(&format!(" · {id}"));
    }
    Document {
        label,
        id: id.to_string(),
        title: title.to_string(),
        text,
        target,
    }
}

fn some(values: &[&Option<String>]) -> Vec<String> {
    values.iter().filter_map(|v| (*v).clone()).collect()
}

/// Every document of the plan, in tab order: charter, goals, milestones
/// (each followed by nothing: actions come with the reviews' at the end),
/// metrics, workshops and tools, people, routines, assessments,
/// incidents, reps and coaching, reviews with their decisions, then every
/// action once.
pub fn documents(plan: &Plan) -> Vec<Document> {
    let mut docs = Vec::new();
    let item = |tab: Tab, kind: Kind, i: usize| Target::Item(tab, kind, i);
    let m = &plan.meta;
    docs.push(doc(
        "plan",
        m.id.as_str(),
        &m.title,
        some(&[&m.organization, &m.consultant]),
        item(Tab::Charter, Kind::PlanDetails, 0),
    ));
    let c = &plan.charter;
    let mut charter = some(&[&c.vision, &c.terms]);
    charter.extend(c.values.iter().cloned());
    charter.extend(c.principles.iter().cloned());
    if !charter.is_empty() {
        docs.push(doc(
            "charter",
            "",
            &c.vision
                .clone()
                .unwrap_or_else(|| crate::t!("tui-search-service-charter")),
            charter,
            item(Tab::Charter, Kind::CharterText, 0),
        ));
    }
    for (i, ch) in c.channels.iter().enumerate() {
        docs.push(doc(
            "channel",
            ch.id.as_str(),
            &ch.name,
            some(&[&ch.hours]),
            item(Tab::Charter, Kind::Channel, i),
        ));
    }
    for (i, co) in c.commitments.iter().enumerate() {
        docs.push(doc(
            "commitment",
            co.id.as_str(),
            &co.text,
            Vec::new(),
            item(Tab::Charter, Kind::Commitment, i),
        ));
    }
    for (i, u) in m.units.iter().enumerate() {
        docs.push(doc(
            "unit",
            u.id.as_str(),
            &u.name,
            Vec::new(),
            item(Tab::Charter, Kind::Unit, i),
        ));
    }
    for (i, g) in plan.goals.goals.iter().enumerate() {
        docs.push(doc(
            "goal",
            g.id.as_str(),
            &g.title,
            some(&[&g.description]),
            item(Tab::Goals, Kind::Goal, i),
        ));
    }
    for (i, ms) in plan.milestones.milestones.iter().enumerate() {
        docs.push(doc(
            "milestone",
            ms.id.as_str(),
            &ms.title,
            Vec::new(),
            item(Tab::Milestones, Kind::Milestone, i),
        ));
    }
    for (i, me) in plan.metrics.metrics.iter().enumerate() {
        docs.push(doc(
            "metric",
            me.id.as_str(),
            &me.name,
            some(&[&me.source, &me.unit]),
            item(Tab::Metrics, Kind::Metric, i),
        ));
    }
    let mut tool = 0;
    for (i, w) in plan.workshops.workshops.iter().enumerate() {
        docs.push(doc(
            "workshop",
            w.id.as_str(),
            &w.topic,
            Vec::new(),
            item(Tab::Metrics, Kind::Workshop, i),
        ));
        for t in &w.tools {
            docs.push(doc(
                "workshop tool",
                t.id.as_str(),
                &t.name,
                Vec::new(),
                item(Tab::Metrics, Kind::Tool, tool),
            ));
            tool += 1;
        }
    }
    for (i, p) in plan.committee.members.iter().enumerate() {
        docs.push(doc(
            "committee member",
            p.id.as_str(),
            &p.name,
            some(&[&p.title, &p.email]),
            item(Tab::People, Kind::Member, i),
        ));
    }
    for (i, r) in plan.committee.routines.iter().enumerate() {
        docs.push(doc(
            "routine",
            r.id.as_str(),
            &r.name,
            Vec::new(),
            item(Tab::People, Kind::Routine, i),
        ));
    }
    for (i, a) in plan.agents.agents.iter().enumerate() {
        docs.push(doc(
            "change agent",
            a.id.as_str(),
            &a.name,
            some(&[&a.unit, &a.focus]),
            item(Tab::People, Kind::Agent, i),
        ));
    }
    for (i, a) in plan.skills.assessments.iter().enumerate() {
        let title = format!("{} {}", a.rep, a.on);
        docs.push(doc(
            "skills assessment",
            a.rep.as_str(),
            &title,
            [&a.unit, &a.by]
                .into_iter()
                .flatten()
                .map(|id| id.to_string())
                .collect(),
            item(Tab::People, Kind::Assessment, i),
        ));
    }
    // The rest of the People tab: incidents, reps and their coaching.
    for (i, x) in plan.incidents.incidents.iter().enumerate() {
        docs.push(worded(
            &crate::t!("meet-kind-incident"),
            x.id.as_str(),
            &x.title,
            some(&[&x.investigation, &x.recovery]),
            item(Tab::People, Kind::Incident, i),
        ));
    }
    for (i, r) in plan.people.reps.iter().enumerate() {
        docs.push(worded(
            &crate::t!("people-tui-kind-rep"),
            r.id.as_str(),
            &r.name,
            Vec::new(),
            item(Tab::People, Kind::Rep, i),
        ));
    }
    for (i, c) in plan.people.coaching.iter().enumerate() {
        docs.push(worded(
            &crate::t!("people-tui-kind-coaching"),
            "",
            c.rep.as_str(),
            some(&[&c.note]),
            item(Tab::People, Kind::Coaching, i),
        ));
    }
    for (i, r) in plan.reviews.iter().enumerate() {
        let date = r.date.to_string();
        let title = match &r.title {
            Some(t) => format!("{date} {t}"),
            None => date.clone(),
        };
        let mut text = some(&[&r.summary]);
        text.extend(r.milestones.iter().filter_map(|m| m.note.clone()));
        text.extend(r.metrics.iter().filter_map(|m| m.note.clone()));
        docs.push(doc(
            "review",
            &date,
            &title,
            text,
            item(Tab::Reviews, Kind::Review, i),
        ));
        for d in &r.decisions {
            docs.push(doc(
                "decision",
                "",
                &d.text,
                Vec::new(),
                item(Tab::Reviews, Kind::Review, i),
            ));
            if let Some(last) = docs.last_mut() {
                last.label
                    .push_str(&format!(" · {} {date}", crate::t!("tui-kind-review")));
            }
        }
    }
    // Actions once each, as the Actions tab lists them; a hit goes where
    // the action is written.
    for a in facts::plan_actions(plan) {
        let (target, place) = match a.at {
            ActionAt::Milestone(m, _) => (
                item(Tab::Milestones, Kind::Milestone, m),
                format!(
                    "{} {}",
                    crate::t!("tui-kind-milestone"),
                    a.milestone.map(|m| m.as_str()).unwrap_or("")
                ),
            ),
            ActionAt::Review(r, _) => (
                item(Tab::Reviews, Kind::Review, r),
                format!(
                    "{} {}",
                    crate::t!("tui-kind-review"),
                    a.review.map(|d| d.to_string()).unwrap_or_default()
                ),
            ),
            ActionAt::Incident(i, _) => (
                item(Tab::People, Kind::Incident, i),
                format!(
                    "{} {}",
                    crate::t!("meet-kind-incident"),
                    a.incident.map(|x| x.as_str()).unwrap_or("")
                ),
            ),
            ActionAt::Meeting(r, _, _) => (
                item(Tab::People, Kind::Routine, r),
                format!(
                    "{} {}",
                    crate::t!("meet-kind-meeting"),
                    a.meeting
                        .map(|(routine, on)| format!("{routine} {on}"))
                        .unwrap_or_default()
                ),
            ),
        };
        let mut d = doc("action", "", a.text, Vec::new(), target);
        d.label.push_str(&format!(" · {place}"));
        docs.push(d);
    }
    docs
}
