//! A small plan whose user text is hostile: markup that would run script
//! or load an image if it reached the page unescaped, next to Hebrew text
//! and a link. Shared by the report tests and the browser test.
#![allow(dead_code, clippy::unwrap_used)]

use std::path::Path;

pub const SCRIPT: &str = "<script>alert(1)</script>";
pub const IMG: &str = "\"><img src=x onerror=alert(1)>";
/// Would mark the page if any script ran.
pub const PWN: &str = "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">";
pub const HEBREW: &str = "שירות לקוחות";
pub const LINK: &str = "https://evil.example/x.js";
/// The day the report is made for: the milestone is overdue, the metric
/// beyond its alert.
pub const TODAY: &str = "2026-03-20";
/// One chart for the milestone trend and one per metric.
pub const CHARTS: usize = 3;

/// Writes the hostile plan into `dir` (created when missing).
pub fn write_plan(dir: &Path) {
    let files = [
        (
            "plan.yaml",
            r#"schema: 1
id: hostile
title: "<script>alert(1)</script> שירות לקוחות"
organization: '"><img src=x onerror=alert(1)>'
consultant: 'רות אדלר & <b>Co</b>'
start: 2026-01-05
end: 2026-12-31
review_every: 4w
"#,
        ),
        (
            "charter.yaml",
            r#"approved_by: [rina]
vision: "<script>alert(1)</script> חזון"
values: ['"><img src=x onerror=alert(1)>']
principles: ["<script>alert(1)</script>"]
terms: |
  <script>alert(1)</script>
  - https://evil.example/x.js
channels:
  - { id: phone, name: '"><img src=x onerror=alert(1)>', hours: "<script>alert(1)</script>" }
commitments:
  - id: answer
    text: "<script>alert(1)</script> עונים תוך 60 שניות https://evil.example/x.js"
    channel: phone
    metric: fcr
"#,
        ),
        (
            "goals.yaml",
            r#"goals:
  - id: faster
    title: "<script>alert(1)</script> מענה מהיר"
    horizon: short
    owner: rina
    metrics: [fcr]
    description: '"><img src=x onerror=alert(1)>'
"#,
        ),
        (
            "committee.yaml",
            r#"members:
  - { id: rina, name: "<script>alert(1)</script> רינה כהן", role: chair, title: '"><img src=x onerror=alert(1)>' }
routines:
  - { id: weekly, name: "<script>alert(1)</script> ישיבה", every: 1w, owner: yossi }
"#,
        ),
        (
            "agents.yaml",
            r#"agents:
  - { id: yossi, name: '"><img src=x onerror=alert(1)> יוסי', unit: "<script>alert(1)</script>", level: team_leader, focus: "https://evil.example/x.js" }
"#,
        ),
        (
            "milestones.yaml",
            r#"milestones:
  - id: crm
    title: '"><img src=x onerror=alert(1)> מערכת CRM'
    phase: implement
    owner: yossi
    due: 2026-03-01
    status: in_progress
    actions:
      - { title: "<script>alert(1)</script> לבחור ספק", owner: rina, due: 2026-02-01 }
  - id: kb
    title: "<script>alert(1)</script>"
    phase: define
    due: 2026-06-01
    status: planned
"#,
        ),
        (
            "metrics.yaml",
            r#"metrics:
  - id: fcr
    name: "<script>alert(1)</script> פתרון בפנייה ראשונה"
    unit: '"><img src=x onerror=alert(1)>'
    direction: up
    baseline: { value: 60, on: 2026-01-01 }
    target: { value: 70, by: 2026-09-30 }
    alert: 55
    readings:
      - { on: 2026-02-01, value: 61 }
      - { on: 2026-03-01, value: 54 }
  - id: csat
    name: 'שביעות רצון <img src=x onerror="document.body.setAttribute(''data-pwned'',''1'')">'
    direction: up
    baseline: { value: 70, on: 2026-01-01 }
    target: { value: 80, by: 2026-12-01 }
    readings:
      - { on: 2026-03-01, value: 72 }
"#,
        ),
        (
            "reviews/2026-03-16.yaml",
            r#"date: 2026-03-16
title: '"><img src=x onerror=alert(1)>'
milestones:
  - { id: crm, health: at_risk, forecast: 2026-04-15, note: "<script>alert(1)</script>" }
decisions:
  - { text: "<script>alert(1)</script> החלטה https://evil.example/x.js" }
actions:
  - { text: '"><img src=x onerror=alert(1)> לתקן', due: 2026-04-01, metric: fcr }
"#,
        ),
    ];
    for (rel, text) in files {
        let path = dir.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
}

/// The day the Hebrew plan's report is made for: milestones are overdue,
/// routines late, a tool's trial over and undecided.
pub const HE_TODAY: &str = "2026-06-15";

/// Writes the Hebrew template (`templates/he-contact-center`) into `dir`
/// with readings for three metrics and two steering reviews, written in
/// Hebrew, so that every section of the report has values: forecasts
/// that slip, decisions, open actions, exceptions.
pub fn write_hebrew_plan(dir: &Path) {
    let template = Path::new(env!("CARGO_MANIFEST_DIR")).join("templates/he-contact-center");
    std::fs::create_dir_all(dir.join("reviews")).unwrap();
    for entry in std::fs::read_dir(&template).unwrap() {
        let entry = entry.unwrap();
        let text = std::fs::read_to_string(entry.path()).unwrap();
        let text = if entry.file_name() == "metrics.yaml" {
            with_readings(&text)
        } else {
            text
        };
        std::fs::write(dir.join(entry.file_name()), text).unwrap();
    }
    for (name, text) in [
        (
            "2026-04-13.yaml",
            r#"date: 2026-04-13
title: סקירת היגוי רבעונית
attendees: [dana, ruth, michael]
milestones:
  - { id: bi-dashboards, health: at_risk, progress: 40, forecast: 2026-04-20 }
  - { id: knowledge-base, health: on_track, progress: 20, forecast: 2026-06-12 }
  - { id: workforce-plan, health: on_track, progress: 30, forecast: 2026-05-15 }
decisions:
  - { text: לעקוב אחרי הזנת הנתונים מדי שבוע, owner: david }
actions:
  - { text: לקבוע מועד לאספקת הזנת הנתונים מה־CRM, owner: michael, due: 2026-04-30, done: false, milestone: bi-dashboards }
"#,
        ),
        (
            "2026-05-11.yaml",
            r#"date: 2026-05-11
title: סקירת היגוי חודשית
attendees: [dana, ruth, michael, noa]
milestones:
  - { id: bi-dashboards, health: off_track, progress: 50, forecast: 2026-07-31 }
  - { id: knowledge-base, health: at_risk, progress: 35, forecast: 2026-07-10 }
  - { id: workforce-plan, health: on_track, progress: 60, forecast: 2026-05-22 }
decisions:
  - { text: לקבל מועד מאוחר יותר ללוחות הבקרה, owner: david }
  - { text: להוסיף את לוחות הבקרה לדוח השבועי, owner: noa }
actions:
  - { text: להאזין לשיחות חוזרות כדי להבין מדוע לקוחות פונים שוב, owner: anna, due: 2026-06-30, done: false, metric: aht }
  - { text: לעדכן את לוח הזמנים של בסיס הידע, owner: ruth, due: 2026-05-29, done: false, milestone: knowledge-base }
"#,
        ),
    ] {
        std::fs::write(dir.join("reviews").join(name), text).unwrap();
    }
}

/// `metrics.yaml` with weekly readings for fcr, asa and aht (aht drifts
/// beyond its alert).
fn with_readings(text: &str) -> String {
    let weeks = [
        "2026-01-05",
        "2026-01-19",
        "2026-02-02",
        "2026-02-16",
        "2026-03-02",
        "2026-03-16",
        "2026-03-30",
        "2026-04-13",
        "2026-04-27",
        "2026-05-11",
        "2026-05-25",
        "2026-06-08",
    ];
    let series: [(&str, [f64; 12]); 3] = [
        (
            "fcr",
            [
                62.0, 63.0, 63.5, 64.0, 65.0, 65.5, 66.0, 66.0, 67.0, 67.5, 68.0, 68.5,
            ],
        ),
        (
            "asa",
            [
                90.0, 88.0, 87.0, 85.0, 84.0, 83.0, 81.0, 80.0, 79.0, 78.0, 77.0, 76.0,
            ],
        ),
        (
            "aht",
            [
                330.0, 334.0, 338.0, 342.0, 346.0, 350.0, 354.0, 358.0, 362.0, 366.0, 370.0, 375.0,
            ],
        ),
    ];
    let mut out = text.to_string();
    for (id, values) in series {
        let mut readings = String::from("    readings:\n");
        for (on, value) in weeks.iter().zip(values) {
            readings.push_str(&format!("      - {{ on: {on}, value: {value} }}\n"));
        }
        let head = format!("  - id: {id}\n");
        let at = out.find(&head).unwrap() + head.len();
        out.insert_str(at, &readings);
    }
    out
}
