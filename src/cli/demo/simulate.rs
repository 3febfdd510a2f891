//! The simulated year: turning the story into readings, milestone changes
//! and reviews, date by date.

use super::people::*;
use super::story::*;
use super::*;

/// xorshift64: enough noise for a demo, the same on every machine.
pub(super) struct Noise(u64);

impl Noise {
    /// A value in [-1, 1).
    pub(super) fn next(&mut self) -> f64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        (x >> 11) as f64 / (1u64 << 53) as f64 * 2.0 - 1.0
    }
}

/// The year being simulated: dates, milestone runs and the noise.
pub(super) struct Simulation {
    pub(super) start: Date,
    pub(super) today: Date,
    /// Review dates held up to today.
    pub(super) review_dates: Vec<Date>,
    /// The review grid beyond today too, to spread slips over reviews.
    pub(super) grid: Vec<Date>,
    pub(super) runs: Vec<MilestoneRun>,
    pub(super) noise: Noise,
    /// The noise of the metrics the templates gained with the people side
    /// ([`LATER_METRICS`]): drawn apart, so the first ten keep their year.
    pub(super) later_noise: Noise,
}

/// The metrics added to the contact-center template after the first ten.
pub(super) const LATER_METRICS: [&str; 3] = ["upsell", "product-knowledge", "msat"];

impl Simulation {
    pub(super) fn new(plan: &Plan, today: Date) -> Simulation {
        let start = plan.meta.start;
        let every = plan.meta.review_every.unwrap_or(Every {
            count: 4,
            unit: crate::domain::types::EveryUnit::Week,
        });
        let mut grid = Vec::new();
        let mut next = every.after(start);
        while grid.len() < 40 && next > start {
            grid.push(next);
            next = every.after(next);
        }
        let review_dates = grid.iter().copied().filter(|d| *d <= today).collect();
        let runs = plan
            .milestones
            .milestones
            .iter()
            .filter_map(|m| {
                let (start, due) = (m.start?, m.due?);
                let script = SCRIPTS
                    .iter()
                    .find(|s| m.id.as_str() == s.id)
                    .unwrap_or(&UNSCRIPTED);
                let begins = script.begins.map(|days| start.add_days(days));
                let finish = due.add_days(script.finish);
                let actions = m
                    .actions
                    .iter()
                    .enumerate()
                    .filter_map(|(i, a)| {
                        let planned = a.due?;
                        Some((i, scale(planned, start, due, begins?, finish)))
                    })
                    .collect();
                Some(MilestoneRun {
                    id: m.id.clone(),
                    start,
                    due,
                    begins,
                    finish,
                    outcome: script.outcome,
                    blocked: script
                        .blocked
                        .map(|(a, b)| (start.add_days(a), start.add_days(b))),
                    slip_seen: start.add_days(script.slip_seen),
                    notes: script
                        .notes
                        .iter()
                        .map(|(days, note)| (start.add_days(*days), *note))
                        .collect(),
                    actions,
                })
            })
            .collect();
        Simulation {
            start,
            today,
            review_dates,
            grid,
            runs,
            noise: Noise(0x5EED_C0DE_CAFE_F00D),
            later_noise: Noise(0x0DDB_A11C_0FFE_E5ED),
        }
    }

    /// Adds this week's readings, and the surveys of the metrics surveys
    /// measure; returns them as `id value` for the message.
    pub(super) fn readings(&mut self, plan: &mut Plan, week: Date) -> Vec<String> {
        let mut read = Vec::new();
        let mut scores = Vec::new();
        for metric in &mut plan.metrics.metrics {
            let (Some(baseline), Some(every)) = (metric.baseline, metric.every) else {
                continue;
            };
            let kind = surveyed(metric.id.as_str());
            let last = match kind {
                Some(_) => plan
                    .surveys
                    .surveys
                    .iter()
                    .filter(|s| s.scores.iter().any(|x| x.metric == metric.id))
                    .map(|s| s.on)
                    .max()
                    .unwrap_or(baseline.on),
                None => facts::latest_reading(metric).map_or(baseline.on, |r| r.on),
            };
            // Figures shorter than a week are read as the week's figure.
            let due = every.after(last).max(last.add_days(7));
            let course = COURSES
                .iter()
                .find(|(id, _)| metric.id.as_str() == *id)
                .map_or(Course::Ahead, |(_, c)| *c);
            let weeks_left = week.days_until(self.today) / 7;
            if week < due || (course == Course::Stale && weeks_left < 10) {
                continue;
            }
            let Some(value) = self.value(metric, course, week, weeks_left) else {
                continue;
            };
            read.push(format!("{} {}", metric.id, number(value)));
            // The survey's score, and the same figure as a reading: the
            // Metrics tab reads metrics.yaml alone.
            if let Some(kind) = kind {
                scores.push((kind, metric.id.clone(), value));
            }
            metric.readings.push(Reading {
                on: week,
                value,
                unit: None,
            });
            let units = unit_readings(metric, value, week, weeks_left);
            metric.readings.extend(units);
        }
        plan.surveys.surveys.extend(survey_round(week, &scores));
        read
    }

    /// A reading on `week` along the metric's course, rounded as people
    /// report it: whole numbers for wide ranges, one decimal for narrow ones.
    pub(super) fn value(
        &mut self,
        m: &Metric,
        course: Course,
        week: Date,
        weeks_left: i64,
    ) -> Option<f64> {
        let (b, t) = (m.baseline?, m.target?);
        let delta = t.value - b.value;
        if delta == 0.0 {
            return Some(b.value);
        }
        let share = |d: Date| {
            let span = b.on.days_until(t.by).max(1) as f64;
            (b.on.days_until(d) as f64 / span).clamp(0.0, 1.0)
        };
        let noise = if LATER_METRICS.contains(&m.id.as_str()) {
            0.03 * self.later_noise.next()
        } else {
            0.03 * self.noise.next()
        };
        // A lead of one reading period keeps an "ahead" metric ahead of the
        // trajectory until the next reading is due.
        let period = m.every.map_or(7.0, Every::approx_days).max(7.0) as i64;
        let ahead = share(week.add_days(period + 7)) + 0.1 + noise;
        let (dip_id, centre, width, depth) = DIP;
        let week_no = self.start.days_until(week) as f64 / 7.0;
        let dip = if m.id.as_str() == dip_id {
            depth * (1.0 - (week_no - centre).abs() / width).max(0.0)
        } else {
            0.0
        };
        let progress = match course {
            Course::Ahead | Course::Stale => ahead - dip,
            Course::Behind => 0.7 * share(week) + noise,
            Course::Exception => {
                let beyond = m.alert.map_or(-0.5, |a| (a - b.value) / delta - 0.3);
                let k = ((6 - weeks_left) as f64 / 6.0).clamp(0.0, 1.0);
                ahead * (1.0 - k) + beyond * k
            }
        };
        let value = b.value + delta * progress;
        Some(if delta.abs() >= 10.0 {
            value.round()
        } else {
            (value * 10.0).round() / 10.0
        })
    }

    /// Applies the milestone and workshop changes of `day`; returns them
    /// as phrases for the commit message.
    pub(super) fn changes(
        &self,
        milestones: &mut MilestonesFile,
        workshops: &mut WorkshopsFile,
        day: Date,
    ) -> Vec<String> {
        let mut said = Vec::new();
        for run in &self.runs {
            let Some(m) = milestones.milestones.iter_mut().find(|m| m.id == run.id) else {
                continue;
            };
            let before = m.status;
            let mut after = before;
            if run.begins == Some(day) && before == Status::Planned {
                after = Status::InProgress;
            }
            if let Some((from, to)) = run.blocked {
                if day == from && after == Status::InProgress {
                    after = Status::Blocked;
                }
                if day == to && after == Status::Blocked {
                    after = Status::InProgress;
                }
            }
            let mut actions_done = 0;
            match run.outcome {
                Outcome::Done if day == run.finish && m.is_open() => {
                    after = Status::Done;
                    m.done_on = Some(day);
                    for a in m.actions.iter_mut().filter(|a| !a.done) {
                        a.done = true;
                        actions_done += 1;
                    }
                }
                Outcome::Cancelled(days) if day == run.start.add_days(days) => {
                    after = Status::Cancelled;
                }
                Outcome::Open => {
                    for (i, when) in &run.actions {
                        if *when == day && *when < run.finish {
                            if let Some(a) = m.actions.get_mut(*i).filter(|a| !a.done) {
                                a.done = true;
                                actions_done += 1;
                            }
                        }
                    }
                }
                _ => {}
            }
            m.status = after;
            let mut phrase = Vec::new();
            if after != before {
                phrase.push(format!("status {} → {}", before.as_str(), after.as_str()));
            }
            if actions_done > 0 {
                phrase.push(format!("{} done", plural(actions_done, "action")));
            }
            if !phrase.is_empty() {
                said.push(format!("milestone {}: {}", m.id, phrase.join(", ")));
            }
        }
        for w in &mut workshops.workshops {
            for tool in &mut w.tools {
                if tool.verdict == Verdict::Trial && tool.trial_until == Some(day) {
                    tool.verdict = Verdict::Keep;
                    said.push(format!("workshop {}: tool {} trial → keep", w.id, tool.id));
                }
            }
        }
        said
    }

    /// The forecast for a milestone at review `date`: its due date until
    /// the slip shows, then later at each review until the real finish.
    pub(super) fn forecast(&self, run: &MilestoneRun, date: Date) -> Date {
        let slip = run.due.days_until(run.finish);
        if slip <= 0 || date < run.slip_seen {
            return run.due;
        }
        let seen: Vec<&Date> = self
            .grid
            .iter()
            .filter(|d| **d >= run.slip_seen && **d <= run.finish)
            .collect();
        let n = seen.len().max(1) as i64;
        let i = seen.iter().filter(|d| ***d <= date).count().max(1) as i64;
        let weeks = (slip + 6) / 7;
        let mut forecast = run.due.add_days(7 * ((weeks * i + n - 1) / n));
        while forecast <= date {
            forecast = forecast.add_days(7);
        }
        forecast
    }

    /// Steering review number `number` on `date`, and its commit message.
    pub(super) fn review(&self, plan: &Plan, number: usize, date: Date) -> (Review, String) {
        let previous = number
            .checked_sub(2)
            .and_then(|i| self.review_dates.get(i).copied());
        let mut entries = Vec::new();
        for m in &plan.milestones.milestones {
            let Some(run) = self.runs.iter().find(|r| r.id == m.id) else {
                continue;
            };
            if m.status == Status::Done {
                let done_on = m.done_on.unwrap_or(date);
                if previous.is_none_or(|p| done_on > p) {
                    entries.push(ReviewMilestone {
                        id: m.id.clone(),
                        health: Health::Done,
                        progress: Some(100),
                        forecast: Some(done_on),
                        note: None,
                    });
                }
                continue;
            }
            if m.status == Status::Cancelled {
                continue;
            }
            let forecast = self.forecast(run, date);
            let late = run.due.days_until(forecast);
            let health = match m.status {
                Status::Blocked => Health::OffTrack,
                Status::Planned if run.start > date => Health::NotStarted,
                _ if late > 21 => Health::OffTrack,
                Status::Planned => Health::AtRisk,
                _ if late > 0 => Health::AtRisk,
                _ => Health::OnTrack,
            };
            let progress = match m.status {
                Status::Planned => 0,
                _ => progress(run, date, forecast),
            };
            let note = run
                .notes
                .iter()
                .rev()
                .find(|(from, _)| *from <= date)
                .filter(|_| matches!(health, Health::AtRisk | Health::OffTrack))
                .map(|(_, note)| note.to_string());
            entries.push(ReviewMilestone {
                id: m.id.clone(),
                health,
                progress: Some(progress),
                forecast: Some(forecast),
                note,
            });
        }
        // Survey scores are figures of their metrics, as in `status`.
        let figures = crate::domain::surveys::figures(plan);
        let metrics: Vec<ReviewMetric> = figures
            .metrics
            .metrics
            .iter()
            .filter_map(|m| {
                Some(ReviewMetric {
                    id: m.id.clone(),
                    value: facts::latest_reading(m)?.value,
                    note: None,
                })
            })
            .collect();
        let meeting = MEETINGS.get(number - 1);
        let decisions: Vec<Decision> = meeting
            .map(|s| s.decisions)
            .unwrap_or_default()
            .iter()
            .map(|(text, owner)| Decision {
                text: text.to_string(),
                owner: Id::new(owner).ok(),
            })
            .collect();
        let actions = self.actions(number);
        let count = |h: Health| entries.iter().filter(|e| e.health == h).count();
        let (on, risk, off) = (
            count(Health::OnTrack),
            count(Health::AtRisk),
            count(Health::OffTrack),
        );
        let done = plan
            .milestones
            .milestones
            .iter()
            .filter(|m| m.status == Status::Done)
            .count();
        let mut summary = String::new();
        if let Some(m) = meeting {
            summary.push_str(m.story);
            summary.push('\n');
        }
        summary.push_str(&format!(
            "Milestones: {done} done, {on} on track, {risk} at risk, {off} off track, {} not started.\n",
            count(Health::NotStarted)
        ));
        summary.push_str(&metrics_line(&figures, date));
        summary.push('\n');
        let message = format!(
            "review {date}: {on} on track, {risk} at risk, {off} off track; {}, {}",
            plural(decisions.len(), "decision"),
            plural(actions.len(), "action")
        );
        let review = Review {
            file: plan_dir::review_file(date),
            date,
            title: Some(format!("Steering review {number}")),
            attendees: attendees(plan, number),
            milestones: entries,
            metrics,
            decisions,
            actions,
            summary: Some(summary),
        };
        (review, message)
    }

    /// The actions of review `number`: those carried over from earlier
    /// reviews (done ones marked, for the last time), then its new ones.
    pub(super) fn actions(&self, number: usize) -> Vec<ReviewAction> {
        let mut out = Vec::new();
        for (k, meeting) in MEETINGS.iter().enumerate().take(number) {
            let held = self.review_dates.get(k).copied().unwrap_or(self.start);
            for t in meeting.actions {
                if t.closes.is_some_and(|c| c < number) {
                    continue;
                }
                out.push(ReviewAction {
                    text: t.text.to_string(),
                    owner: Id::new(t.owner).ok(),
                    due: Some(held.add_days(t.due)),
                    done: t.closes == Some(number),
                    metric: t.metric.and_then(|id| Id::new(id).ok()),
                    milestone: t.milestone.and_then(|id| Id::new(id).ok()),
                });
            }
        }
        out
    }
}

/// Work done by `date` as a share of the time to the forecast, in steps
/// of 5%, never 0 or 100 while the milestone is open.
pub(super) fn progress(run: &MilestoneRun, date: Date, forecast: Date) -> u8 {
    let lost = |until: Date| {
        run.blocked
            .map_or(0, |(from, to)| from.days_until(to.min(until)).max(0))
    };
    let begins = run.begins.unwrap_or(run.start);
    let done = begins.days_until(date) - lost(date);
    let total = begins.days_until(forecast) - lost(forecast);
    let share = done as f64 / total.max(1) as f64 * 100.0;
    ((share / 5.0).round() * 5.0).clamp(5.0, 95.0) as u8
}

/// The committee at review `number`: the sponsor comes every third review.
pub(super) fn attendees(plan: &Plan, number: usize) -> Vec<Id> {
    plan.committee
        .members
        .iter()
        .filter(|m| m.role != Some(crate::domain::model::Role::Sponsor) || number % 3 == 0)
        .map(|m| m.id.clone())
        .collect()
}

/// "Metrics: 6 on track; behind: aht, csat; exception: transfers." at `date`.
pub(super) fn metrics_line(plan: &Plan, date: Date) -> String {
    let mut on_track = 0;
    let mut groups: Vec<(MetricState, Vec<&str>)> = [
        MetricState::Behind,
        MetricState::Exception,
        MetricState::Stale,
        MetricState::NoData,
    ]
    .into_iter()
    .map(|s| (s, Vec::new()))
    .collect();
    for m in &plan.metrics.metrics {
        let state = facts::metric_state(m, date);
        if state == MetricState::OnTrack {
            on_track += 1;
        }
        if let Some((_, ids)) = groups.iter_mut().find(|(s, _)| *s == state) {
            ids.push(m.id.as_str());
        }
    }
    let mut line = format!("Metrics: {on_track} on track");
    for (state, ids) in groups.iter().filter(|(_, ids)| !ids.is_empty()) {
        let label = state.as_str().replace('_', " ");
        line.push_str(&format!("; {label}: {}", ids.join(", ")));
    }
    line.push('.');
    line
}

/// `planned` moved from the planned span (start..due) onto the real one
/// (begins..finish), kept on a working day.
pub(super) fn scale(planned: Date, start: Date, due: Date, begins: Date, finish: Date) -> Date {
    let span = start.days_until(due).max(1) as f64;
    let real = begins.days_until(finish) as f64;
    let offset = (start.days_until(planned) as f64 * real / span).round() as i64;
    let date = begins.add_days(offset);
    match date.0.weekday() {
        Weekday::Sat => date.add_days(-1),
        Weekday::Sun => date.add_days(-2),
        _ => date,
    }
}

/// A value as the YAML files write it: 75, 16.4.
pub(super) fn number(value: f64) -> String {
    serde_json::Number::from_f64(value).map_or_else(|| value.to_string(), |n| emit::number(&n))
}

/// "1 action", "3 actions".
pub(super) fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// How far a unit's figure lies from the plan-wide one, as a share of the
/// metric's planned change: the first unit ahead, the others behind.
const UNIT_OFFSETS: [f64; 3] = [0.2, -0.8, -0.15];

/// Weeks before today from which units report their own figures.
const UNIT_WEEKS: i64 = 13;

/// Each unit's reading beside the plan-wide `value`, for a metric with a
/// breakdown, in the last [`UNIT_WEEKS`] weeks.
pub(super) fn unit_readings(m: &Metric, value: f64, week: Date, weeks_left: i64) -> Vec<Reading> {
    let (Some(b), Some(t)) = (m.baseline, m.target) else {
        return Vec::new();
    };
    if weeks_left >= UNIT_WEEKS {
        return Vec::new();
    }
    let delta = t.value - b.value;
    let mut units: Vec<&Id> = Vec::new();
    for unit in m.breakdown.iter().filter_map(|p| p.unit.as_ref()) {
        if !units.contains(&unit) {
            units.push(unit);
        }
    }
    units
        .into_iter()
        .enumerate()
        .map(|(k, unit)| {
            let v = value + delta * UNIT_OFFSETS[k % UNIT_OFFSETS.len()];
            let v = if delta.abs() >= 10.0 {
                v.round()
            } else {
                (v * 10.0).round() / 10.0
            };
            Reading {
                on: week,
                value: v,
                unit: Some(unit.clone()),
            }
        })
        .collect()
}

/// The days each routine was held in the weeks before a review, as the
/// committee's secretary records them at the review (the last three).
/// The skip-level meetings stop after the ninth review and the executives'
/// floor days after the sixth: the demo's late routines.
pub(super) fn routines_held(routines: &mut [Routine], number: usize, date: Date) {
    for r in routines {
        if r.id.as_str() == "team-meeting" {
            team_meeting(r, number, date);
        }
        let days: &[i64] = match r.id.as_str() {
            "team-meeting" => &[-14, -7, 0],
            "skip-level" if number <= 9 => &[-10],
            "shift-briefing" | "closing-briefing" => &[-2, -1, 0],
            "one-to-one" => &[-17, -3],
            "floor-day" if number <= 6 && number % 3 == 0 => &[-20],
            _ => &[],
        };
        if days.is_empty() {
            continue;
        }
        r.held.extend(days.iter().map(|d| date.add_days(*d)));
        r.held.sort();
        r.held.dedup();
        let keep = r.held.len().saturating_sub(3);
        r.held.drain(..keep);
    }
}

/// The reps assessed each quarter: (rep, unit, assessed by).
const REPS: [(&str, &str, &str); 6] = [
    ("rep-001", "north-t1", "daniel"),
    ("rep-002", "north-t1", "daniel"),
    ("rep-003", "north-t1", "daniel"),
    ("rep-101", "south-t1", "anna"),
    ("rep-102", "south-t1", "anna"),
    ("rep-103", "south-t1", "anna"),
];

/// Where each unit's reps start, skill by skill in the method's order.
const NORTH: [u8; 10] = [4, 3, 4, 3, 4, 3, 4, 2, 4, 5];
const SOUTH: [u8; 10] = [3, 3, 2, 4, 3, 2, 4, 3, 4, 4];

/// The skills the coaching programme works on: they rise each round.
const COACHED: [&str; 3] = ["listening", "empathy", "resilience"];

/// A quarterly round of skill assessments at every third review: the
/// coached skills improve from round to round; the others stay where
/// each rep started.
pub(super) fn assessments(number: usize, date: Date) -> Vec<Assessment> {
    if number % 3 != 0 {
        return Vec::new();
    }
    let round = (number / 3) as u8;
    REPS.iter()
        .enumerate()
        .filter_map(|(r, (rep, unit, by))| {
            let mut scores = serde_json::Map::new();
            for (s, (skill, _)) in crate::domain::skills::SKILLS.iter().enumerate() {
                // The unit's level, one up or down by rep, the same every round.
                let base = if r < 3 { NORTH[s] } else { SOUTH[s] };
                let start = match r % 3 {
                    1 => base.saturating_sub(1).max(1),
                    2 => (base + 1).min(5),
                    _ => base,
                };
                let score = if COACHED.contains(skill) {
                    (start + round - 1).min(5)
                } else {
                    start
                };
                scores.insert((*skill).into(), score.into());
            }
            serde_json::from_value(serde_json::json!({
                "rep": rep, "unit": unit, "on": date.add_days(-(r as i64)).to_string(),
                "by": by, "scores": scores,
            }))
            .ok()
        })
        .collect()
}
