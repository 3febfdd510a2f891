//! The report page's stylesheet: the screen and an A4 print layout.

pub const STYLE: &str = r#"
:root { --ink: #1d2433; --muted: #5b6475; --line: #d5d9e0; --bad: #b42318; --warn: #b54708; --good: #067647; --stale: #6941c6; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, "Segoe UI", Arial, "Noto Sans Hebrew", "Noto Sans", sans-serif; color: var(--ink); max-width: 200mm; margin: 0 auto; padding: 16px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 17px; border-bottom: 2px solid var(--ink); padding-bottom: 2px; margin: 28px 0 8px; }
h3 { font-size: 14px; margin: 16px 0 6px; }
p { margin: 4px 0; }
.meta, figcaption, .note { color: var(--muted); }
figcaption, .note { font-size: 12px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; }
th, td { border-bottom: 1px solid var(--line); padding: 3px 6px; text-align: start; vertical-align: top; }
th { font-weight: 600; background: #f3f5f8; }
.num { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
.nowrap { white-space: nowrap; }
.v { white-space: nowrap; unicode-bidi: isolate; }
svg.icon { display: inline-block; width: 0.75em; height: 0.9em; vertical-align: -0.1em; fill: currentColor; }
tr.overdue td { background: #fdecea; }
.tag { display: inline-block; padding: 0 5px; border-radius: 3px; font-size: 12px; white-space: nowrap; border: 1px solid currentColor; }
.s-exception, .overdue-tag, .missing { color: var(--bad); }
.s-behind { color: var(--warn); }
.s-stale { color: var(--stale); }
.s-no_data { color: var(--muted); }
.s-on_track, .done { color: var(--good); }
.missing { font-weight: 600; }
.terms { white-space: pre-line; }
tr.actions td { border-bottom-style: dotted; padding-top: 0; }
tr.actions ul { margin: 0; padding-inline-start: 20px; }
.signatures { display: flex; flex-wrap: wrap; gap: 12px 32px; margin-top: 12px; }
.signature { flex: 1 1 70mm; max-width: 90mm; }
.signature .line { border-bottom: 1px solid var(--ink); height: 14mm; }
.cards { display: flex; flex-wrap: wrap; gap: 8px; margin: 6px 0; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 4px 10px; min-width: 110px; }
.card b { display: block; font-size: 20px; }
.exception { border-inline-start: 4px solid var(--bad); padding: 2px 10px; margin: 8px 0; }
.exception.behind { border-color: var(--warn); }
.exception ul { margin: 4px 0; padding-inline-start: 20px; }
.sw { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-inline-end: 4px; }
code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12px; }
figure { margin: 8px 0 16px; break-inside: avoid; page-break-inside: avoid; }
svg.chart { width: 100%; height: auto; display: block; font-family: system-ui, Arial, sans-serif; }
svg .plot { fill: #fff; stroke: var(--line); }
svg .grid { stroke: #eceef2; stroke-width: 1; }
svg .tick { font-size: 10px; fill: var(--muted); }
svg .label, svg .alert-label, svg .target-label { font-size: 10px; fill: var(--ink); }
svg .alert-label { fill: var(--bad); }
svg .series { fill: none; stroke-width: 2; }
svg .diagonal { fill: none; stroke: #9aa1ad; stroke-dasharray: 2 3; }
svg .readings { fill: none; stroke: var(--ink); stroke-width: 1.5; }
svg .trajectory { fill: none; stroke: #1f4e9c; stroke-width: 1.5; stroke-dasharray: 6 4; }
svg .alert { fill: none; stroke: var(--bad); stroke-width: 1; stroke-dasharray: 3 3; }
svg .today { stroke: #9aa1ad; stroke-width: 1; }
svg .target { fill: #1f4e9c; }
svg .r-ok { fill: var(--good); }
svg .r-behind { fill: var(--warn); }
svg .r-exception { fill: var(--bad); }
@page { size: A4; margin: 14mm 12mm 16mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  h2 { break-after: avoid; page-break-after: avoid; }
  h3 { break-after: avoid; page-break-after: avoid; }
  figure, tr, .card, .exception, .signature { break-inside: avoid; page-break-inside: avoid; }
  .sign-off { break-before: page; page-break-before: always; }
  thead { display: table-header-group; }
}
"#;
