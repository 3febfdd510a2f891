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
