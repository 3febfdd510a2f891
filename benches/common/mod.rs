//! The plan the benchmarks measure: generated, deterministic (a fixed
//! xorshift seed), canonical, and clean under `charter check`.

#![allow(dead_code)]

use std::error::Error;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use charter::domain::types::Date;

pub type Res<T> = Result<T, Box<dyn Error>>;

/// The day every derived fact is computed for.
pub const TODAY: &str = "2026-06-15";

// ---------------------------------------------------------------------------
// The generator
// ---------------------------------------------------------------------------

/// How big a plan to generate.
#[derive(Clone, Copy, Debug)]
pub struct Size {
    pub name: &'static str,
    pub milestones: usize,
    pub metrics: usize,
    pub readings: usize,
    pub reviews: usize,
    /// Milestones listed in each review.
    pub per_review: usize,
    pub goals: usize,
}

pub const LARGE: Size = Size {
    name: "large",
    milestones: 10_000,
    metrics: 1_000,
    readings: 100,
    reviews: 12,
    per_review: 200,
    goals: 100,
};

pub const SMALL: Size = Size {
    name: "small",
    milestones: 1_000,
    metrics: 100,
    readings: 100,
    reviews: 12,
    per_review: 20,
    goals: 100,
};

/// xorshift64*: small, fast and deterministic; no rand crate.
pub struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// 0..n (n > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// lo..=hi.
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next() % (hi - lo + 1) as u64) as i64
    }

    /// 0.0..1.0.
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

pub const EN: [&str; 24] = [
    "pilot",
    "rollout",
    "call",
    "guide",
    "billing",
    "team",
    "review",
    "training",
    "knowledge",
    "base",
    "callback",
    "script",
    "queue",
    "staffing",
    "survey",
    "feedback",
    "coaching",
    "dashboard",
    "escalation",
    "self-service",
    "first-contact",
    "resolution",
    "waiting",
    "time",
];
pub const HE: [&str; 18] = [
    "שיפור",
    "זמן",
    "המענה",
    "הדרכה",
    "נציגים",
    "מוקד",
    "שירות",
    "לקוחות",
    "משוב",
    "צוות",
    "תסריט",
    "שיחה",
    "חוזרת",
    "בסיס",
    "ידע",
    "סקר",
    "שביעות",
    "רצון",
];
pub const LT: [&str; 18] = [
    "klientų",
    "aptarnavimo",
    "gerinimas",
    "mokymai",
    "komanda",
    "skambučių",
    "centras",
    "atsiliepimai",
    "žinių",
    "bazė",
    "laukimo",
    "laikas",
    "pasitenkinimas",
    "įdiegimas",
    "vadovų",
    "susitikimas",
    "pamainos",
    "instruktažas",
];
pub const OPENERS: [&str; 8] = [
    "Pilot", "Roll out", "Train", "Measure", "Publish", "Agree", "Review", "Launch",
];

/// A title of 4–9 words mixing English, Hebrew and Lithuanian. Never holds
/// `:`, `#`, `,` or brackets, so it is a plain scalar even in a flow mapping.
pub fn title(rng: &mut Rng, n: usize) -> String {
    let mut t = String::from(*rng.pick(&OPENERS));
    for lang in 0..rng.range(3, 8) {
        let words: &[&str] = match (lang as usize + n) % 3 {
            0 => &EN,
            1 => &HE,
            _ => &LT,
        };
        t.push(' ');
        let word: &&str = rng.pick(words);
        t.push_str(word);
    }
    let _ = write!(t, " {}", n + 1);
    t
}

pub fn day(from: Date, days: i64) -> Date {
    from.add_days(days)
}

pub fn date(text: &str) -> Res<Date> {
    Ok(Date::parse(text)?)
}

/// A number as the canonical writer prints it: `63`, `63.5`.
pub fn num(v: f64) -> String {
    let v = (v * 10.0).round() / 10.0;
    if v.fract() == 0.0 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

pub const MEMBERS: [(&str, &str, &str, &str); 20] = [
    ("dana", "Dana Levi", "chair", "VP Customer Service"),
    (
        "david",
        "David Brooks",
        "sponsor",
        "Chief Operating Officer",
    ),
    (
        "ruth",
        "Ruth Adler",
        "consultant",
        "Service improvement consultant",
    ),
    ("noa", "Noa Bell", "secretary", "Project office coordinator"),
    ("michael", "Michael Stone", "member", "BI manager"),
    ("maya", "Maya Green", "member", "Training and HR manager"),
    ("yossi", "Yossi Cohen", "member", "Head of the Haifa centre"),
    ("moshe", "Moshe Peretz", "member", "Head of IT"),
    ("tamar", "Tamar Shani", "member", "Quality manager"),
    ("eitan", "Eitan Bar", "member", "Workforce planning manager"),
    ("shira", "Shira Katz", "member", "Digital channels manager"),
    ("avi", "Avi Mor", "member", "Billing operations manager"),
    ("ona", "Ona Petraitienė", "member", "Vilnius centre manager"),
    (
        "jonas",
        "Jonas Kazlauskas",
        "member",
        "Kaunas centre manager",
    ),
    (
        "egle",
        "Eglė Jankauskaitė",
        "member",
        "Customer experience lead",
    ),
    (
        "ruta",
        "Rūta Vasiliauskienė",
        "member",
        "Procurement manager",
    ),
    ("tomas", "Tomas Žukauskas", "member", "Telephony manager"),
    ("lina", "Lina Grigaitė", "member", "Legal counsel"),
    ("sarah", "Sarah Miller", "member", "Product owner"),
    ("james", "James Carter", "member", "Finance controller"),
];

pub const FIRST: [&str; 10] = [
    "yael", "omer", "lior", "gal", "mantas", "ieva", "rokas", "emma", "liam", "olivia",
];
pub const LAST: [&str; 5] = ["mizrahi", "friedman", "petrauskas", "walker", "adams"];
pub const LEVELS: [&str; 7] = [
    "rep",
    "senior_rep",
    "team_leader",
    "shift_manager",
    "department_manager",
    "division_manager",
    "vp",
];
pub const UNITS: [(&str, &str, &str, &str); 6] = [
    ("service", "Customer service division", "division", ""),
    ("north", "North contact centre", "department", "service"),
    ("south", "South contact centre", "department", "service"),
    ("north-t1", "North tier-1 team", "team", "north"),
    ("north-billing", "North billing team", "team", "north"),
    ("south-t1", "South tier-1 team", "team", "south"),
];

pub fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// The 50 change agents' ids and names.
pub fn agents() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for first in FIRST {
        for last in LAST {
            out.push((
                format!("{first}-{last}"),
                format!("{} {}", capitalise(first), capitalise(last)),
            ));
        }
    }
    out
}

pub fn milestone_id(i: usize) -> String {
    format!("ms-{:05}", i + 1)
}

pub fn metric_id(i: usize) -> String {
    format!("m-{:04}", i + 1)
}

pub fn goal_id(i: usize) -> String {
    format!("goal-{:03}", i + 1)
}

/// What the generator wrote.
pub struct Generated {
    pub bytes: u64,
    pub files: usize,
}

/// Writes a plan of `size` into `dir`, in the canonical style of
/// templates/contact-center. The same size always gives the same bytes.
pub fn generate(dir: &Path, size: Size) -> Res<Generated> {
    let mut rng = Rng::new(0x00C0_FFEE_D00D_F00D ^ size.milestones as u64);
    let start = date("2026-01-05")?;
    let end = date("2026-12-31")?;
    let today = date(TODAY)?;
    let people: Vec<String> = MEMBERS
        .iter()
        .map(|m| m.0.to_string())
        .chain(agents().into_iter().map(|a| a.0))
        .collect();
    let agent_ids: Vec<String> = agents().into_iter().map(|a| a.0).collect();
    let mut files: Vec<(String, String)> = Vec::new();

    // plan.yaml
    let mut o = String::new();
    o.push_str("schema: 1\nid: bench-plan\n");
    o.push_str("title: Benchmark Contact Centre — customer service improvement\n");
    o.push_str("organization: Benchmark Contact Centre\nconsultant: Ruth Adler\n");
    let _ = writeln!(
        o,
        "start: {start}\nend: {end}\nreview_every: 4w\ntarget_guide: 1.2"
    );
    o.push_str("units:\n");
    for (id, name, level, parent) in UNITS {
        let _ = write!(o, "  - {{ id: {id}, name: {name}, level: {level}");
        if !parent.is_empty() {
            let _ = write!(o, ", parent: {parent}");
        }
        o.push_str(" }\n");
    }
    files.push(("plan.yaml".into(), o));

    // charter.yaml
    let mut o = String::new();
    o.push_str("version: 1\napproved_on: 2026-02-27\napproved_by: [dana, david]\n");
    o.push_str("vision: Every customer gets a clear answer the first time — כל לקוח מקבל תשובה ברורה — kiekvienas klientas gauna aiškų atsakymą.\n");
    o.push_str("values: [Respect, Ownership, Clarity]\n");
    o.push_str("principles:\n  - One representative owns a request until it is resolved.\n");
    o.push_str("  - אנחנו חוזרים ללקוח כשהבטחנו.\n  - Sąlygos rašomos paprasta kalba.\n");
    o.push_str("channels:\n  - { id: phone, name: Phone, hours: \"Mon–Fri 08:00–20:00\" }\n");
    o.push_str("  - { id: chat, name: Web chat }\n");
    o.push_str("commitments:\n");
    for (k, channel) in ["phone", "chat"].iter().enumerate() {
        let _ = writeln!(o, "  - id: commitment-{}", k + 1);
        let _ = writeln!(
            o,
            "    text: We answer within the standard on the {channel} channel."
        );
        let _ = writeln!(o, "    channel: {channel}");
        let _ = writeln!(o, "    metric: {}", metric_id(k));
    }
    o.push_str("terms: |\n  Requests are handled within 10 working days of a complete submission.\n  בקשות מטופלות תוך 10 ימי עבודה.\n");
    files.push(("charter.yaml".into(), o));

    // committee.yaml
    let mut o = String::from("members:\n");
    for (id, name, role, job) in MEMBERS {
        let _ = writeln!(
            o,
            "  - {{ id: {id}, name: {name}, role: {role}, title: {job}, email: {id}@example.com }}"
        );
    }
    o.push_str("routines:\n");
    for (id, name, every, owner) in [
        ("steering", "Steering committee review", "4w", "dana"),
        (
            "team-meeting",
            "Team meeting with decisions written down",
            "1w",
            "yossi",
        ),
        (
            "skip-level",
            "Skip-level meeting with front-line reps",
            "1m",
            "dana",
        ),
        ("shift-briefing", "Shift opening briefing", "1d", "eitan"),
    ] {
        let _ = writeln!(
            o,
            "  - {{ id: {id}, name: {name}, every: {every}, owner: {owner} }}"
        );
    }
    files.push(("committee.yaml".into(), o));

    // agents.yaml
    let mut o = String::from("agents:\n");
    for (k, (id, name)) in agents().into_iter().enumerate() {
        let _ = writeln!(o, "  - id: {id}\n    name: {name}");
        let _ = writeln!(o, "    unit: {}", UNITS[k % UNITS.len()].1);
        let _ = writeln!(o, "    level: {}", LEVELS[k % LEVELS.len()]);
        let _ = writeln!(o, "    focus: {}", title(&mut rng, k));
    }
    files.push(("agents.yaml".into(), o));

    // goals.yaml
    let mut o = String::from("goals:\n");
    for g in 0..size.goals {
        let _ = writeln!(o, "  - id: {}", goal_id(g));
        let _ = writeln!(o, "    title: {}", title(&mut rng, g));
        let _ = writeln!(o, "    horizon: {}", ["short", "medium", "long"][g % 3]);
        let _ = writeln!(o, "    owner: {}", MEMBERS[g % MEMBERS.len()].0);
        let a = metric_id(g % size.metrics);
        let b = metric_id((g * 7 + 3) % size.metrics);
        let _ = writeln!(o, "    metrics: [{a}, {b}]");
        let _ = writeln!(o, "    description: {}", title(&mut rng, g + 1000));
    }
    files.push(("goals.yaml".into(), o));

    // milestones.yaml
    let mut dues = Vec::with_capacity(size.milestones);
    let mut o = String::from("milestones:\n");
    for i in 0..size.milestones {
        // Spread over the year; the DAG only points backwards in the file.
        let begin = day(start, (i * 320 / size.milestones) as i64 + rng.range(0, 14));
        let due = day(begin, rng.range(7, 45)).min(end);
        dues.push(due);
        let _ = writeln!(o, "  - id: {}", milestone_id(i));
        let _ = writeln!(o, "    title: {}", title(&mut rng, i));
        let _ = writeln!(o, "    goal: {}", goal_id(i % size.goals));
        let phase = ["define", "organise", "implement"][(i * 3 / size.milestones).min(2)];
        let _ = writeln!(o, "    phase: {phase}");
        let _ = writeln!(o, "    owner: {}", rng.pick(&people));
        let a1 = rng.pick(&agent_ids).clone();
        let a2 = rng.pick(&agent_ids).clone();
        if a1 == a2 || rng.chance(50) {
            let _ = writeln!(o, "    agents: [{a1}]");
        } else {
            let _ = writeln!(o, "    agents: [{a1}, {a2}]");
        }
        let _ = writeln!(o, "    start: {begin}\n    due: {due}");
        let status = if due < today {
            *rng.pick(&[
                "done",
                "done",
                "done",
                "in_progress",
                "blocked",
                "cancelled",
            ])
        } else if begin <= today {
            *rng.pick(&["in_progress", "in_progress", "done", "planned", "blocked"])
        } else {
            *rng.pick(&["planned", "planned", "planned", "planned", "cancelled"])
        };
        let _ = writeln!(o, "    status: {status}");
        if status == "done" {
            let _ = writeln!(o, "    done_on: {}", day(due, -rng.range(0, 5)).min(today));
        }
        let deps = if i == 0 { 0 } else { rng.below(3) };
        let mut dep_ids: Vec<usize> = (0..deps).map(|_| rng.below(i)).collect();
        dep_ids.sort_unstable();
        dep_ids.dedup();
        if !dep_ids.is_empty() {
            let list: Vec<String> = dep_ids.iter().map(|d| milestone_id(*d)).collect();
            let _ = writeln!(o, "    depends_on: [{}]", list.join(", "));
        }
        o.push_str("    actions:\n");
        for k in 0..rng.range(1, 3) {
            let done = status == "done" || (status != "planned" && rng.chance(40));
            let _ = writeln!(
                o,
                "      - {{ title: {}, owner: {}, due: {}, done: {done} }}",
                title(&mut rng, k as usize),
                rng.pick(&people),
                day(begin, rng.range(0, begin.days_until(due))),
            );
        }
    }
    files.push(("milestones.yaml".into(), o));

    // metrics.yaml: 100 weekly readings ending the week before today.
    let last_reading = day(today, -7);
    let first_reading = day(last_reading, -7 * (size.readings as i64 - 1));
    let mut latest = Vec::with_capacity(size.metrics);
    let mut o = String::from("metrics:\n");
    for i in 0..size.metrics {
        let up = i % 3 != 1;
        let (kind, unit, source, low, high) = *rng.pick(&[
            ("quality", "\"%\"", "CRM", 20.0, 70.0),
            ("quality", "s", "CTI", 30.0, 400.0),
            ("efficiency", "contacts a day", "BI", 20.0, 80.0),
            ("satisfaction", "\"%\"", "survey", 40.0, 75.0),
            ("external", "points", "survey", 10.0, 60.0),
        ]);
        let baseline: f64 = (low + rng.unit() * (high - low)).round();
        let ratio = 1.1 + rng.unit() * 0.15;
        let target = if up {
            baseline * ratio
        } else {
            baseline / ratio
        };
        let alert = if up { baseline * 0.9 } else { baseline * 1.1 };
        let _ = writeln!(o, "  - id: {}", metric_id(i));
        let _ = writeln!(o, "    name: {}", title(&mut rng, i));
        let _ = writeln!(o, "    kind: {kind}\n    unit: {unit}");
        let _ = writeln!(o, "    direction: {}", if up { "up" } else { "down" });
        let _ = writeln!(o, "    source: {source}\n    every: 1w");
        let _ = writeln!(o, "    owner: {}", rng.pick(&people));
        let _ = writeln!(
            o,
            "    baseline: {{ value: {}, on: {start} }}",
            num(baseline)
        );
        let by = if i % 2 == 0 { end } else { date("2026-09-30")? };
        let _ = writeln!(o, "    target: {{ value: {}, by: {by} }}", num(target));
        let _ = writeln!(o, "    alert: {}", num(alert));
        if i % 10 == 0 {
            o.push_str("    breakdown:\n");
            for unit in ["north-t1", "south-t1"] {
                let _ = writeln!(
                    o,
                    "      - {{ level: team, unit: {unit}, period: month, target: {} }}",
                    num(target * (0.95 + rng.unit() * 0.1))
                );
            }
        }
        o.push_str("    readings:\n");
        let span = start.days_until(by) as f64;
        let mut value = baseline;
        for k in 0..size.readings {
            let on = day(first_reading, 7 * k as i64);
            let progress = (start.days_until(on) as f64 / span).clamp(0.0, 1.0);
            let trend = baseline + (target - baseline) * progress * (0.6 + 0.6 * rng.unit());
            value = 0.5 * value + 0.5 * trend * (0.97 + 0.06 * rng.unit());
            let _ = writeln!(o, "      - {{ on: {on}, value: {} }}", num(value));
        }
        latest.push(value);
    }
    files.push(("metrics.yaml".into(), o));

    // reviews/: every two weeks from 2026-01-12, the last one today.
    let pool_len = (size.per_review * 3).min(size.milestones);
    let stride = size.milestones / pool_len;
    let mut pool: Vec<usize> = (0..pool_len).map(|p| p * stride).collect();
    for r in 0..size.reviews {
        let on = day(today, -14 * (size.reviews - 1 - r) as i64);
        for k in 0..size.per_review {
            let j = k + rng.below(pool.len() - k);
            pool.swap(k, j);
        }
        let mut listed = pool[..size.per_review].to_vec();
        listed.sort_unstable();
        let mut o = String::new();
        let _ = writeln!(o, "date: {on}\ntitle: Steering review {}", r + 1);
        o.push_str("attendees: [dana, david, ruth, noa]\nmilestones:\n");
        for &m in &listed {
            let _ = writeln!(o, "  - id: {}", milestone_id(m));
            let health = *rng.pick(&["on_track", "on_track", "at_risk", "off_track", "done"]);
            let _ = writeln!(o, "    health: {health}");
            let _ = writeln!(o, "    progress: {}", rng.range(0, 100));
            let slip = rng.range(-3, 4 + 3 * r as i64);
            let _ = writeln!(o, "    forecast: {}", day(dues[m], slip).min(end));
            if rng.chance(20) {
                let _ = writeln!(o, "    note: {}", title(&mut rng, m));
            }
        }
        o.push_str("metrics:\n");
        for k in 0..5 {
            let m = (r * 5 + k) % size.metrics;
            let _ = writeln!(
                o,
                "  - {{ id: {}, value: {} }}",
                metric_id(m),
                num(latest[m])
            );
        }
        o.push_str("decisions:\n");
        let _ = writeln!(
            o,
            "  - {{ text: {}, owner: dana }}",
            title(&mut rng, r + 500)
        );
        o.push_str("actions:\n");
        for k in 0..3 {
            let _ = write!(
                o,
                "  - {{ text: {}, owner: {}, due: {}, done: {}",
                title(&mut rng, r * 3 + k),
                MEMBERS[(r + k) % MEMBERS.len()].0,
                day(on, 14),
                r + 1 < size.reviews && k != 0
            );
            match k {
                1 => {
                    let _ = write!(o, ", metric: {}", metric_id(r % size.metrics));
                }
                2 => {
                    let _ = write!(o, ", milestone: {}", milestone_id(listed[0]));
                }
                _ => {}
            }
            o.push_str(" }\n");
        }
        let _ = writeln!(
            o,
            "summary: |\n  Review {} of the plan.\n  סקירה {} — peržiūra {}.",
            r + 1,
            r + 1,
            r + 1
        );
        files.push((format!("reviews/{on}.yaml"), o));
    }

    fs::create_dir_all(dir.join("reviews"))?;
    let mut bytes = 0;
    for (rel, text) in &files {
        fs::write(dir.join(rel), text)?;
        bytes += fs::metadata(dir.join(rel))?.len();
    }
    Ok(Generated {
        bytes,
        files: files.len(),
    })
}

/// One figure for the table `scripts/bench` prints at the end: a line
/// `summary⇥WHAT⇥VALUE⇥GOAL⇥VERDICT`, the verdict "ok" when `value` is
/// at most `limit` (none without a limit).
pub fn summary(what: &str, value: f64, unit: &str, limit: Option<f64>) {
    let shown = |v: f64| match unit {
        "×" => format!("{v:.2}×"),
        "ms" => format!("{v:.1} ms"),
        "s" => format!("{v:.2} s"),
        "MB" => format!("{v:.0} MB"),
        _ => format!("{v:.2} {unit}"),
    };
    let (goal, verdict) = match limit {
        Some(l) => (
            format!("≤ {}", shown(l)),
            if value <= l { "ok" } else { "OVER" },
        ),
        None => (String::new(), ""),
    };
    println!("summary\t{what}\t{}\t{goal}\t{verdict}", shown(value));
}
