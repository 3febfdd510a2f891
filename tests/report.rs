//! `charter report` through the real binary: the example plan's Markdown
//! (snapshotted) and HTML (self-contained, no script, one chart per
//! metric), and a plan of hostile titles whose text must never reach the
//! page as markup.
#![allow(clippy::unwrap_used)]

mod common;
mod report_support;

use common::{code, stderr, stdout, Sandbox};
use report_support::{HEBREW, IMG, LINK, PWN, SCRIPT};

const TODAY: &str = "2026-11-23";

fn example(args: &[&str]) -> String {
    let sb = Sandbox::new();
    let plan = common::root().join("plans/example-service");
    let mut full = vec!["--plan", plan.to_str().unwrap(), "--today", TODAY, "report"];
    full.extend_from_slice(args);
    let out = sb.charter(&full);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(stderr(&out), "");
    stdout(&out)
}

/// Tags an HTML report may hold: nothing that runs, loads or links.
const ALLOWED_TAGS: &[&str] = &[
    "!DOCTYPE",
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "header",
    "section",
    "h1",
    "h2",
    "h3",
    "p",
    "b",
    "code",
    "span",
    "bdi",
    "div",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "ul",
    "li",
    "figure",
    "figcaption",
    "svg",
    "rect",
    "line",
    "text",
    "polyline",
    "circle",
    "path",
];

/// Every tag of `html`: since user text is escaped, each `<` opens one.
fn tags(html: &str) -> Vec<&str> {
    html.split('<')
        .skip(1)
        .map(|rest| &rest[..rest.find('>').unwrap_or(rest.len())])
        .collect()
}

/// `tag` without its quoted attribute values: what is left are names.
/// (A `"` inside a value is always escaped, so quotes pair up.)
fn without_values(tag: &str) -> String {
    tag.split('"').step_by(2).collect::<Vec<_>>().join("\"\"")
}

/// Fails when a tag is not allowed, or has an event handler, a source, a
/// link or a reference to anything outside the page.
fn assert_inert(html: &str) {
    for full in tags(html) {
        let name = full
            .trim_start_matches('/')
            .split([' ', '\n'])
            .next()
            .unwrap();
        assert!(ALLOWED_TAGS.contains(&name), "tag <{full}> is not allowed");
        for bad in ["url(", "javascript:", "@import"] {
            assert!(!full.contains(bad), "tag <{full}> holds {bad}");
        }
        let tag = without_values(full);
        for bad in [" src=", " href=", " xlink:href=", " srcset=", " action="] {
            assert!(!tag.contains(bad), "tag <{full}> has {bad}");
        }
        // No attribute named on…= (an event handler).
        for (at, _) in tag.match_indices(" on") {
            let name: String = tag[at + 1..]
                .chars()
                .take_while(|c| c.is_ascii_alphabetic())
                .collect();
            assert!(
                !tag[at + 1 + name.len()..].starts_with('='),
                "tag <{full}> has an event handler"
            );
        }
    }
}

#[test]
fn markdown_of_the_example_plan() {
    insta::assert_snapshot!(example(&["--format", "markdown"]));
}

#[test]
fn html_of_the_example_plan_is_self_contained() {
    let html = example(&[]);
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">"));
    assert!(!html.to_lowercase().contains("<script"));
    assert!(!html.contains("http://") && !html.contains("https://"));
    assert!(html.contains("@page { size: A4;"));
    assert!(html.contains("<h1 dir=\"auto\">"));
    assert_inert(&html);
    // One chart for the milestone trend, one per metric (13).
    assert_eq!(html.matches("<svg class=\"chart\"").count(), 14);
    assert_eq!(html.matches("</svg>").count(), html.matches("<svg").count());
    for section in [
        "At a glance",
        "Milestones by phase",
        "Milestone trend",
        "Metrics",
        "Last review",
        "Exceptions (8)",
        "Goals (6)",
        "Charter",
        "Charter commitments (8)",
        "Steering committee and change agents",
    ] {
        assert!(html.contains(&format!("<h2>{section}</h2>")), "{section}");
    }
    // The overdue milestones are highlighted.
    assert_eq!(html.matches("<tr class=\"overdue\">").count(), 2);
    assert!(html.contains("overdue 68d"));
    // Same bytes as --format html, and as the default.
    assert_eq!(html, example(&["--format", "html"]));
}

/// The strategy beside the status: goals with their horizons and metric
/// states, the charter, the committee and the agents, owners by name.
#[test]
fn the_committee_report_shows_the_strategy_and_names_owners() {
    let html = example(&[]);
    // A goal with its horizon, its owner by name and its metrics' states.
    assert!(html.contains(
        "<tr><td dir=\"auto\"><b>Remove the causes of avoidable contacts</b> <code>fewer-contacts</code>"
    ));
    assert!(html.contains(
        "</td><td class=\"nowrap\">long term</td><td dir=\"auto\">David Brooks</td><td><div dir=\"auto\">Contact rate <code>contact-rate</code> <span class=\"tag s-on_track\">✔ on track</span></div></td></tr>"
    ));
    // The charter: approval by name, vision, values, principles, services, terms.
    assert!(html.contains(
        "<p class=\"meta\" dir=\"auto\">version 1 · approved by Dana Levi, David Brooks</p>"
    ));
    assert!(html.contains("<h3>Vision</h3>\n<p dir=\"auto\">Every customer gets a clear, complete answer the first time, on the channel they choose.</p>"));
    assert!(html.contains("<p dir=\"auto\">Respect · Ownership · Clarity · Reliability</p>"));
    assert!(html
        .contains("<li dir=\"auto\">One representative owns a request until it is resolved.</li>"));
    assert!(
        html.contains("Web chat <code>chat</code></td><td dir=\"auto\">Mon–Fri 08:00–22:00</td>")
    );
    assert!(html.contains("<p class=\"terms\" dir=\"auto\">These commitments apply"));
    // The committee and the change agents.
    assert!(html.contains(
        "<tr><td dir=\"auto\">Dana Levi</td><td>chair</td><td dir=\"auto\">VP Customer Service</td></tr>"
    ));
    assert!(html.contains(
        "<tr><td dir=\"auto\">Anna Novak</td><td dir=\"auto\">North tier-1 team</td><td>team leader</td>"
    ));
    // Owners by name: a milestone's (an agent), a review action's.
    assert!(html.contains("<code>one-owner-rule</code></td><td dir=\"auto\">Ben Carter</td>"));
    assert!(html.contains(
        "<tr><td dir=\"auto\">Add transfers to the daily exception report</td><td dir=\"auto\">Tom Reed</td>"
    ));
    assert!(!html.contains("<td dir=\"auto\">ben</td>"));

    let md = example(&["--format", "markdown"]);
    assert!(md.contains("| long term | David Brooks | Contact rate `contact-rate` ✔ on track |"));
    assert!(md.contains("### Vision\n\nEvery customer gets a clear, complete answer"));
    assert!(md.contains("| Dana Levi | chair | VP Customer Service |"));
    assert!(md.contains("| Anna Novak | North tier-1 team | team leader |"));
    assert!(md.contains("`one-owner-rule` | Ben Carter |"));
}

#[test]
fn output_file_is_written_and_its_path_printed() {
    let sb = Sandbox::new();
    let plan = common::root().join("plans/example-service");
    // A folder in the way: nothing written, a message, exit 2.
    std::fs::create_dir_all(sb.work().join("taken/report.md")).unwrap();
    let out = sb.charter(&[
        "--plan",
        plan.to_str().unwrap(),
        "--today",
        TODAY,
        "report",
        "-o",
        "taken/report.md",
    ]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("cannot write the report to"),
        "{}",
        stderr(&out)
    );
    assert_eq!(stdout(&out), "");

    let out = sb.charter(&[
        "--plan",
        plan.to_str().unwrap(),
        "--today",
        TODAY,
        "report",
        "--format",
        "markdown",
        "-o",
        "out/report.md",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let path = sb.work().join("out/report.md");
    assert_eq!(stdout(&out).trim(), path.display().to_string());
    assert_eq!(sb.read("out/report.md"), example(&["--format", "markdown"]));
}

/// `charter report ARGS` on the hostile plan, written afresh at
/// work/hostile: what it printed, once it exited 0.
fn hostile_report(sb: &Sandbox, args: &[&str]) -> String {
    report_support::write_plan(&sb.work().join("hostile"));
    let mut all = vec![
        "--plan",
        "hostile",
        "--today",
        report_support::TODAY,
        "report",
    ];
    all.extend_from_slice(args);
    let out = sb.charter(&all);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    stdout(&out)
}

#[test]
fn hostile_titles_never_reach_the_page_as_markup() {
    let sb = Sandbox::new();
    let html = hostile_report(&sb, &[]);
    for raw in [SCRIPT, IMG, PWN, "<b>Co</b>", "<img", "<script"] {
        assert!(!html.contains(raw), "{raw} appears unescaped");
    }
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
    assert!(html.contains(HEBREW));
    assert!(html.contains("רות אדלר &amp; &lt;b&gt;Co&lt;/b&gt;"));
    // The link is text, never a reference.
    assert!(html.contains(LINK));
    assert_inert(&html);
    assert_eq!(
        html.matches("<svg class=\"chart\"").count(),
        report_support::CHARTS
    );
    // In the charts too: the milestone id labels the trend line, the metric
    // name titles its chart.
    assert!(html.contains(
        "<title>&lt;script&gt;alert(1)&lt;/script&gt; פתרון בפנייה ראשונה: readings against the trajectory</title>"
    ));

    let md = hostile_report(&sb, &["--format", "markdown"]);
    for raw in [SCRIPT, IMG, PWN, "<b>", "<img", "<script"] {
        assert!(!md.contains(raw), "{raw} appears unescaped in markdown");
    }
    assert!(md.contains("&lt;script&gt;alert(1)&lt;/script&gt; שירות לקוחות"));
    // The strategy's sections and the owners' names, escaped too.
    assert!(md.contains("| short term | &lt;script&gt;alert(1)&lt;/script&gt; רינה כהן |"));
    assert!(md.contains(
        "### Terms\n\n&lt;script&gt;alert(1)&lt;/script&gt;\n\\- https://evil.example/x.js\n"
    ));
}

#[test]
fn hostile_strategy_and_names_are_escaped_in_html() {
    let sb = Sandbox::new();
    let html = hostile_report(&sb, &[]);
    // The goal, its owner by (escaped) name, the vision, the agent who owns
    // a milestone.
    assert!(html.contains(
        "<b>&lt;script&gt;alert(1)&lt;/script&gt; מענה מהיר</b> <code>faster</code><p class=\"note\" dir=\"auto\">&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</p>"
    ));
    assert!(html.contains("<td dir=\"auto\">&lt;script&gt;alert(1)&lt;/script&gt; רינה כהן</td>"));
    assert!(html.contains("<p dir=\"auto\">&lt;script&gt;alert(1)&lt;/script&gt; חזון</p>"));
    assert!(
        html.contains("<td dir=\"auto\">&quot;&gt;&lt;img src=x onerror=alert(1)&gt; יוסי</td>")
    );
    assert_inert(&html);
}

#[test]
fn a_plan_with_errors_is_reported_and_exits_1() {
    let sb = Sandbox::new();
    report_support::write_plan(&sb.work().join("broken"));
    sb.write(
        "broken/goals.yaml",
        "goals:\n  - { id: g, title: G, owner: nobody }\n",
    );
    let out = sb.charter(&["--plan", "broken", "--today", "2026-03-20", "report"]);
    assert_eq!(code(&out), 1);
    assert!(stdout(&out).contains("<h2>At a glance</h2>"));
    assert!(stdout(&out).contains("error(s), so parts of it may be missing"));
    assert_eq!(
        stderr(&out).trim(),
        "charter: the plan has 1 error(s), so parts of it may be missing above: run `charter check`"
    );
}

#[test]
fn as_of_reads_the_plan_at_a_revision() {
    let sb = Sandbox::new();
    sb.repo_init("repo");
    report_support::write_plan(&sb.work().join("repo/plan"));
    sb.git("repo", &["add", "."]);
    sb.git("repo", &["commit", "-q", "-m", "first"]);
    let first = sb.git("repo", &["rev-parse", "HEAD"]);
    sb.write(
        "repo/plan/milestones.yaml",
        "milestones:\n  - { id: later, title: Added later, due: 2026-09-01 }\n",
    );
    sb.git("repo", &["commit", "-q", "-am", "second"]);

    let now = sb.charter_in(
        "repo/plan",
        &["--today", "2026-03-20", "report", "--format", "markdown"],
    );
    assert!(stdout(&now).contains("Added later"));
    let then = sb.charter_in(
        "repo/plan",
        &[
            "--today",
            "2026-03-20",
            "report",
            "--format",
            "markdown",
            "--as-of",
            first.trim(),
        ],
    );
    assert_eq!(code(&then), 0, "{}", stderr(&then));
    assert!(!stdout(&then).contains("Added later"));
    assert!(stdout(&then).contains("`crm`"));
    // The same shared code path as status: an unknown revision is a usage error.
    let bad = sb.charter_in("repo/plan", &["report", "--as-of", "no-such-rev"]);
    assert_eq!(code(&bad), 2);
    assert!(
        stderr(&bad).contains("is not a revision"),
        "{}",
        stderr(&bad)
    );
}

/// `--kind plan`: the whole plan as the client signs it off.
#[test]
fn the_plan_kind_is_the_whole_plan_with_a_sign_off() {
    let html = example(&["--kind", "plan"]);
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">"));
    assert!(html.contains("— service improvement plan for sign-off 2026-11-23</title>"));
    assert!(html.contains("@page { size: A4;"));
    assert!(html.contains(".sign-off { break-before: page;"));
    assert_inert(&html);
    // No status charts: a plan, not a progress report.
    assert_eq!(html.matches("<svg class=\"chart\"").count(), 0);
    let sections: Vec<&str> = html
        .match_indices("<h2>")
        .map(|(at, _)| &html[at + 4..at + html[at..].find("</h2>").unwrap()])
        .collect();
    assert_eq!(
        sections,
        [
            "Charter",
            "Charter commitments (8)",
            "Goals (6)",
            "Milestones by phase",
            "Steering committee and change agents",
            "Metrics: baselines and targets (13)",
            "Units against their targets",
            "Sign-off",
        ]
    );
    // The charter, a goal's horizon, the committee, an agent.
    assert!(html.contains("<p dir=\"auto\">Every customer gets a clear, complete answer the first time, on the channel they choose.</p>"));
    assert!(
        html.contains("</td><td class=\"nowrap\">medium term</td><td dir=\"auto\">Miriam Fox</td>")
    );
    assert!(html.contains("<tr><td dir=\"auto\">Noa Bell</td><td>secretary</td>"));
    assert!(html.contains("<tr><td dir=\"auto\">Adam Price</td><td dir=\"auto\">South tier-1 team</td><td>senior representative</td>"));
    // Milestones with their actions, owners by name; routines with owners.
    assert!(html.contains(
        "<li dir=\"auto\"><span class=\"done\">✔ done</span> Legal review of the terms and limits — Noa Bell, due 2026-02-10</li>"
    ));
    assert!(html.contains(
        "<tr><td dir=\"auto\">Shift opening briefing <code>shift-briefing</code></td><td>1d</td><td dir=\"auto\">Tom Reed</td></tr>"
    ));
    // Metrics with baseline, target and owner.
    assert!(html.contains(
        "First-contact resolution (%) <code>fcr</code></td><td dir=\"auto\">Miriam Fox</td><td dir=\"auto\">CRM · every 1w</td><td class=\"num\">62 on 2025-12-18</td><td class=\"num\">74 by 2026-08-17</td>"
    ));
    // The sign-off: the charter's approvers, each with blank lines.
    let sign_off = &html[html.find("<section class=\"sign-off\">").unwrap()..];
    assert!(sign_off.contains(
        "<div class=\"signature\"><p dir=\"auto\"><b>Dana Levi</b></p><p class=\"meta\" dir=\"auto\">VP Customer Service · chair</p><div class=\"line\"></div><p class=\"note\">signature</p><div class=\"line\"></div><p class=\"note\">date</p></div>"
    ));
    assert!(sign_off.contains("<b>David Brooks</b>"));
    assert_eq!(sign_off.matches("<div class=\"signature\">").count(), 2);
    assert!(sign_off.contains("Prepared by Ruth Adler"));

    let md = example(&["--kind", "plan", "--format", "markdown"]);
    assert!(md.contains("Service improvement plan for sign-off as of **2026-11-23**"));
    assert!(md
        .contains("  - ✔ done: Legal review of the terms and limits — Noa Bell, due 2026-02-10\n"));
    assert!(md.contains("| Shift opening briefing `shift-briefing` | 1d | Tom Reed |"));
    assert!(md.contains("## Sign-off\n\nBy signing, we approve this plan"));
    assert!(md.contains(
        "**Dana Levi** — VP Customer Service, chair\n\nSignature: ______________________________ Date: ______________\n"
    ));
    assert!(!md.contains("## At a glance"));

    // `committee` is another name for the default kind.
    assert_eq!(example(&["--kind", "committee"]), example(&[]));
    assert_eq!(example(&["--kind", "status"]), example(&[]));
}

#[test]
fn the_plan_kind_escapes_every_title() {
    let sb = Sandbox::new();
    let run = |format: &str| hostile_report(&sb, &["--kind", "plan", "--format", format]);
    let html = run("html");
    for raw in [SCRIPT, IMG, PWN, "<img", "<script"] {
        assert!(!html.contains(raw), "{raw} appears unescaped");
    }
    // The milestone titled `<script>…`, an action of another, its owner.
    assert!(html
        .contains("<td dir=\"auto\">&lt;script&gt;alert(1)&lt;/script&gt; <code>kb</code></td>"));
    assert!(html.contains(
        "<li dir=\"auto\">&lt;script&gt;alert(1)&lt;/script&gt; לבחור ספק — &lt;script&gt;alert(1)&lt;/script&gt; רינה כהן, due 2026-02-01</li>"
    ));
    // The signatory (the chair, who approved the charter), escaped.
    assert!(html.contains(
        "<b>&lt;script&gt;alert(1)&lt;/script&gt; רינה כהן</b></p><p class=\"meta\" dir=\"auto\">&quot;&gt;&lt;img src=x onerror=alert(1)&gt; · chair</p>"
    ));
    assert!(html.contains(HEBREW));
    assert!(html.contains(LINK));
    assert_inert(&html);

    let md = run("markdown");
    for raw in [SCRIPT, IMG, PWN, "<img", "<script"] {
        assert!(!md.contains(raw), "{raw} appears unescaped in markdown");
    }
    assert!(md.contains("| &lt;script&gt;alert(1)&lt;/script&gt; `kb` |"));
    assert!(md.contains(
        "  - &lt;script&gt;alert(1)&lt;/script&gt; לבחור ספק — &lt;script&gt;alert(1)&lt;/script&gt; רינה כהן, due 2026-02-01\n"
    ));
    assert!(md.contains(
        "**&lt;script&gt;alert(1)&lt;/script&gt; רינה כהן** — \"&gt;&lt;img src=x onerror=alert(1)&gt;, chair\n\nSignature: "
    ));
}

#[test]
fn a_plan_without_signatories_gets_blank_ones() {
    let sb = Sandbox::new();
    report_support::write_plan(&sb.work().join("plain"));
    sb.write("plain/charter.yaml", "vision: V\n");
    sb.write("plain/committee.yaml", "members: []\n");
    sb.write("plain/goals.yaml", "goals: []\n");
    sb.write("plain/agents.yaml", "agents: []\n");
    sb.write(
        "plain/milestones.yaml",
        "milestones:\n  - { id: crm, title: M, due: 2026-06-01 }\n",
    );
    let out = sb.charter(&[
        "--plan",
        "plain",
        "--today",
        report_support::TODAY,
        "report",
        "--kind",
        "plan",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let html = stdout(&out);
    let sign_off = &html[html.find("<section class=\"sign-off\">").unwrap()..];
    assert_eq!(
        sign_off
            .matches("<p class=\"note\">name and title</p>")
            .count(),
        2
    );
    assert!(html.contains("<p class=\"note\">No committee members yet.</p>"));
    assert!(html.contains("<p class=\"meta\" dir=\"auto\">not approved yet</p>"));
}

#[test]
fn the_help_names_both_kinds() {
    let sb = Sandbox::new();
    let out = sb.charter(&["report", "--help"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let help = stdout(&out);
    assert!(help.contains("--kind <KIND>"), "{help}");
    assert!(
        help.contains("status: The steering committee report"),
        "{help}"
    );
    assert!(
        help.contains("plan:   The whole plan as a document for the client's sign-off"),
        "{help}"
    );
    let bad = sb.charter(&["report", "--kind", "minutes"]);
    assert_eq!(code(&bad), 2);
}
