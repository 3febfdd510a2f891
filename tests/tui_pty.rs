//! The real binary in a real pseudo-terminal (tmux): it starts, answers
//! keys, quits with 0, and leaves the terminal as it found it (main screen,
//! no mouse reporting, cursor shown).

#![allow(clippy::unwrap_used)]

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use common::Sandbox;

fn tmux_installed() -> bool {
    Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// A tmux server on its own socket with one session; killed on drop, even
/// when the test fails.
struct Tmux {
    socket: PathBuf,
    name: String,
}

impl Tmux {
    fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .arg("-S")
            .arg(&self.socket)
            .args(args)
            .env_remove("TMUX")
            .output()
            .unwrap()
    }

    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "tmux {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn screen(&self) -> String {
        self.ok(&["capture-pane", "-p", "-t", &self.name])
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", &self.name];
        args.extend_from_slice(keys);
        self.ok(&args);
    }

    fn format(&self, format: &str) -> String {
        self.ok(&["display", "-p", "-t", &self.name, format])
            .trim()
            .to_string()
    }

    /// Polls the pane until `done` holds, for at most `seconds`.
    fn wait_for(&self, what: &str, seconds: u64, done: impl Fn(&str) -> bool) -> String {
        let until = Instant::now() + Duration::from_secs(seconds);
        loop {
            let screen = self.screen();
            if done(&screen) {
                return screen;
            }
            assert!(
                Instant::now() < until,
                "waited {seconds}s for {what}; the screen is:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-session", "-t", &self.name]);
        let _ = self.run(&["kill-server"]);
    }
}

/// `text` quoted for sh.
fn quote(text: &Path) -> String {
    format!("'{}'", text.display().to_string().replace('\'', r"'\''"))
}

/// A tmux pane of 100×30 running `command` in the sealed environment of
/// tests/common, from the sandbox's work folder; the pane prints
/// `EXITED=<code>` when the command ends.
fn pane(sb: &Sandbox, command: &str) -> Tmux {
    let home = sb.home();
    let command = format!(
        "cd {work} && env -i PATH=\"$PATH\" TERM=xterm-256color LC_ALL=C.UTF-8 HOME={home} \
         XDG_CONFIG_HOME={config} GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL={global} \
         {command}; echo EXITED=$?; sleep 5",
        work = quote(&sb.work()),
        home = quote(&home),
        config = quote(&home.join(".config")),
        global = quote(&home.join(".gitconfig")),
    );
    let tmux = Tmux {
        socket: sb.tmp.path().join("tmux.sock"),
        name: format!("charter-pty-{}", std::process::id()),
    };
    tmux.ok(&[
        "-f",
        "/dev/null",
        "new-session",
        "-d",
        "-s",
        &tmux.name,
        "-x",
        "100",
        "-y",
        "30",
        &command,
    ]);
    tmux
}

#[test]
fn the_binary_runs_in_a_terminal_and_restores_it_on_quit() {
    if !tmux_installed() {
        eprintln!("note: tmux is not installed; skipping the pseudo-terminal test");
        return;
    }
    let sb = Sandbox::example_repo();

    let tmux = pane(
        &sb,
        &format!(
            "{binary} --plan {plan} --today 2026-11-23",
            binary = quote(Path::new(env!("CARGO_BIN_EXE_charter"))),
            plan = quote(&sb.work().join("repo/plan")),
        ),
    );

    let screen = tmux.wait_for("the UI to start", 10, |s| s.contains("charter ·"));
    assert!(screen.contains("[Overview]"), "{screen}");
    assert!(screen.contains("2026-11-23 · day 337 of 361"), "{screen}");
    assert_eq!(
        tmux.format("#{alternate_on}"),
        "1",
        "the UI is not on the alternate screen"
    );
    // What quitting must undo: mouse reporting on, the cursor hidden.
    assert_eq!(tmux.format("#{mouse_any_flag}#{mouse_sgr_flag}"), "11");
    assert_eq!(tmux.format("#{cursor_flag}"), "0");

    tmux.keys(&["4"]);
    tmux.wait_for("the Milestones tab", 5, |s| s.contains("[Milestones]"));
    tmux.keys(&["j"]);
    tmux.wait_for("the second milestone selected", 5, |s| {
        s.contains("milestone steering-set-up")
    });
    tmux.keys(&["?"]);
    tmux.wait_for("the help", 5, |s| s.contains("Keys (esc closes"));
    tmux.keys(&["Escape"]);
    tmux.wait_for("the help to close", 5, |s| {
        !s.contains("Keys (esc closes") && s.contains("[Milestones]")
    });
    // The smallest size DESIGN §5 promises, and back.
    tmux.ok(&["resize-window", "-t", &tmux.name, "-x", "20", "-y", "6"]);
    tmux.wait_for("the UI at 20×6", 5, |s| {
        // The old screen, cropped, starts " charter · Example C": this is a redraw.
        s.lines().next().map(str::trim) == Some("2026-11-23 · day 3…")
    });
    tmux.ok(&["resize-window", "-t", &tmux.name, "-x", "100", "-y", "30"]);
    tmux.wait_for("the UI back at 100×30", 5, |s| {
        s.contains("charter ·") && s.contains("[Milestones]")
    });
    tmux.keys(&["q"]);
    let screen = tmux.wait_for("the program to exit", 10, |s| s.contains("EXITED="));

    assert!(screen.contains("EXITED=0"), "{screen}");
    // Back on the main screen: the UI is gone, only the shell's output is there.
    assert!(!screen.contains("charter ·"), "{screen}");
    assert!(!screen.contains("[Milestones]"), "{screen}");
    assert_eq!(
        tmux.format("#{alternate_on}"),
        "0",
        "still on the alternate screen"
    );
    assert_eq!(
        tmux.format("#{mouse_any_flag}#{mouse_button_flag}#{mouse_sgr_flag}"),
        "000",
        "mouse reporting is still on"
    );
    assert_eq!(
        tmux.format("#{cursor_flag}"),
        "1",
        "the cursor is still hidden"
    );
}

#[test]
fn new_without_a_folder_asks_in_a_terminal_then_opens_the_new_plan() {
    if !tmux_installed() {
        eprintln!("note: tmux is not installed; skipping the pseudo-terminal test");
        return;
    }
    let sb = Sandbox::new();
    let tmux = pane(
        &sb,
        &format!(
            "{binary} --today 2026-12-03 new",
            binary = quote(Path::new(env!("CARGO_BIN_EXE_charter"))),
        ),
    );
    let answer = |question: &str, text: &str| {
        // The pane's copy drops the space after the colon.
        let question = question.trim_end();
        tmux.wait_for(question, 10, |s| s.contains(question));
        if !text.is_empty() {
            tmux.keys(&["-l", text]);
        }
        tmux.keys(&["Enter"]);
    };
    answer("Folder for the plan [plan]: ", "acme");
    answer("Template (number or name) [1]: ", "blank");
    answer(
        "Title (the plan's name) (Enter to leave out): ",
        "Acme — better service",
    );
    answer("Organization (Enter to leave out): ", "Acme");
    answer("Consultant (Enter to leave out): ", "");
    answer("First day, YYYY-MM-DD [2026-11-30]: ", "2026-13-01");
    // A wrong date is explained and asked again.
    answer("First day, YYYY-MM-DD [2026-11-30]: ", "");
    let screen = tmux.wait_for("the UI on the new plan", 10, |s| {
        s.contains("charter · Acme — better service")
    });
    assert!(screen.contains("[Overview]"), "{screen}");
    tmux.keys(&["q"]);
    let screen = tmux.wait_for("the program to exit", 10, |s| s.contains("EXITED="));
    assert!(screen.contains("EXITED=0"), "{screen}");
    let plan = charter::store::plan_dir::load(&sb.work().join("acme"))
        .unwrap()
        .plan;
    assert_eq!(plan.meta.title, "Acme — better service");
    assert_eq!(plan.meta.organization.as_deref(), Some("Acme"));
    assert_eq!(plan.meta.consultant, None);
    assert_eq!(plan.meta.start.to_string(), "2026-11-30");
    let log = sb.git("acme", &["log", "--format=%s"]);
    assert_eq!(log.trim(), "new plan acme from template blank");
}

/// A consultant's first engagement, by keys alone in a real terminal: a
/// blank plan from `charter new`, filled in through the add chooser and
/// the forms (plan details, charter, committee, agent, channel, metric
/// with a reading, commitment, goal, routine, milestone with an action),
/// saved, then a first review with a decision and a linked action,
/// closed. `charter check` then finds nothing wrong, and the files hold
/// what was typed.
#[test]
fn a_whole_plan_is_built_and_reviewed_from_the_keyboard() {
    if !tmux_installed() {
        eprintln!("note: tmux is not installed; skipping the pseudo-terminal test");
        return;
    }
    let sb = Sandbox::new();
    let bin = quote(Path::new(env!("CARGO_BIN_EXE_charter")));
    let tmux = pane(
        &sb,
        &format!(
            "{bin} --today 2026-12-03 new acme --template blank --title 'Acme — better service' \
             && cd acme && {bin} --today 2026-12-03"
        ),
    );
    tmux.wait_for("the UI on the new plan", 15, |s| {
        s.contains("charter · Acme — better service")
    });
    let text = |t: &str| tmux.keys(&["-l", t]);
    let key = |k: &str| tmux.keys(&[k]);
    let tab = |n: usize| {
        for _ in 0..n {
            key("Tab");
        }
    };
    // Enter applies the form; the status line says what changed.
    let apply = |said: &str| {
        key("Enter");
        tmux.wait_for(said, 10, |s| {
            s.lines().last().is_some_and(|l| l.contains(said))
        });
    };
    // `a`, then the kind's key in the chooser: the form opens.
    let add = |kind_key: &str, title: &str| {
        key("a");
        tmux.wait_for("the chooser", 10, |s| s.contains("Add: what kind of item?"));
        text(kind_key);
        tmux.wait_for(title, 10, |s| s.contains(title));
    };

    // The plan's own details and the charter's vision (Charter tab).
    key("2");
    key("g");
    key("e");
    tmux.wait_for("the plan details form", 10, |s| s.contains("organization"));
    tab(2);
    text("Acme Insurance");
    tab(1);
    text("Ruth Cohen");
    apply("plan details");
    key("j");
    key("e");
    tmux.wait_for("the charter form", 10, |s| s.contains("vision"));
    tab(3);
    text("Every customer gets a clear answer the first time.");
    tab(1);
    text("Respect, Ownership");
    apply("charter text");

    add("p", "Add committee member");
    text("dana");
    tab(1);
    text("Dana Levi");
    tab(1);
    text("chair");
    apply("committee member dana: added");

    add("A", "Add change agent");
    text("yossi");
    tab(1);
    text("Yossi Cohen");
    apply("change agent yossi: added");

    add("c", "Add channel");
    text("phone");
    tab(1);
    text("Phone");
    apply("channel phone: added");

    // id, name, kind, unit, then past scale, direction, source, every and
    // aggregate to the owner, the baseline and the target.
    add("M", "Add metric");
    text("fcr");
    tab(1);
    text("First-contact resolution");
    tab(1);
    text("quality");
    tab(1);
    text("%");
    tab(6);
    text("dana");
    tab(1);
    text("60");
    tab(1);
    text("2026-11-30");
    tab(1);
    text("75");
    tab(1);
    text("2027-06-30");
    apply("metric fcr: added");

    // The metric is selected: the reading is its, dated today; the value.
    add("r", "reading");
    tab(1);
    text("63");
    key("Enter");
    tmux.wait_for("the reading in the table", 10, |s| {
        s.contains("60 → 63 → 75 %")
    });

    add("C", "Add commitment");
    text("answer-first");
    tab(1);
    text("We resolve 75% of calls at first contact; every day.");
    tab(1);
    text("phone");
    tab(1);
    text("fcr");
    apply("commitment answer-first: added");

    add("g", "Add goal");
    text("better-answers");
    tab(1);
    text("Clear answers the first time");
    tab(1);
    text("short");
    tab(1);
    text("dana");
    tab(1);
    text("fcr");
    apply("goal better-answers: added");

    add("o", "Add routine");
    text("steering");
    tab(1);
    text("Steering committee");
    tab(2);
    text("dana");
    apply("routine steering: added");

    add("m", "Add milestone");
    text("crm-case-view");
    tab(1);
    text("One case view for every rep");
    tab(1);
    text("better-answers");
    tab(1);
    text("implement");
    tab(1);
    text("dana");
    tab(1);
    text("yossi");
    tab(1);
    text("2026-12-07");
    tab(1);
    text("2027-02-26");
    apply("milestone crm-case-view: added");

    // The milestone is selected: the action is its.
    add("a", "Add milestone action");
    text("Choose the CRM vendor; sign");
    tab(1);
    text("yossi");
    tab(1);
    text("2026-12-20");
    apply("action");

    key("s");
    tmux.wait_for("the commit message", 10, |s| s.contains("enter apply"));
    key("Enter");
    tmux.wait_for("the commit", 15, |s| {
        s.lines().last().is_some_and(|l| l.contains("committed"))
    });

    // The first review: drafted from the plan, a decision and an action
    // linked to the metric and the milestone it corrects, then closed.
    key("7");
    key("N");
    tmux.wait_for("the review screen", 10, |s| {
        s.contains("review 2026-12-03 drafted")
    });
    key("a");
    tmux.wait_for("the decision form", 10, |s| {
        s.contains("Add review decision")
    });
    text("Fund two trainers for the pilot");
    apply("decision");
    key("t");
    tmux.wait_for("the action form", 10, |s| s.contains("Add review action"));
    text("Call the vendor; agree a date");
    tab(1);
    text("dana");
    tab(1);
    text("2026-12-15");
    tab(1);
    text("fcr");
    tab(1);
    text("crm-case-view");
    apply("action");
    key("C");
    let shown = tmux.wait_for("the close question", 10, |s| {
        s.contains("review/2026-12-03")
    });
    assert!(shown.contains("y"), "{shown}");
    key("y");
    tmux.wait_for("the review closed", 15, |s| {
        s.lines().last().is_some_and(|l| l.contains("closed"))
    });
    key("q");
    let screen = tmux.wait_for("the program to exit", 10, |s| s.contains("EXITED="));
    assert!(screen.contains("EXITED=0"), "{screen}");

    let out = sb.charter_in("acme", &["--today", "2026-12-03", "check"]);
    assert_eq!(
        common::code(&out),
        0,
        "{}{}",
        common::stdout(&out),
        common::stderr(&out)
    );
    let plan = charter::store::plan_dir::load(&sb.work().join("acme"))
        .unwrap()
        .plan;
    assert_eq!(plan.meta.organization.as_deref(), Some("Acme Insurance"));
    assert_eq!(plan.meta.consultant.as_deref(), Some("Ruth Cohen"));
    assert_eq!(
        plan.charter.vision.as_deref(),
        Some("Every customer gets a clear answer the first time.")
    );
    assert_eq!(plan.charter.values, ["Respect", "Ownership"]);
    assert_eq!(plan.committee.members[0].name, "Dana Levi");
    assert_eq!(plan.agents.agents[0].name, "Yossi Cohen");
    let commitment = &plan.charter.commitments[0];
    assert_eq!(
        commitment.text,
        "We resolve 75% of calls at first contact; every day."
    );
    assert_eq!(commitment.metric.as_ref().map(|m| m.as_str()), Some("fcr"));
    let fcr = &plan.metrics.metrics[0];
    assert_eq!(fcr.baseline.as_ref().map(|b| b.value), Some(60.0));
    assert_eq!(fcr.target.as_ref().map(|t| t.value), Some(75.0));
    assert_eq!(
        fcr.readings
            .iter()
            .map(|r| (r.on.to_string(), r.value))
            .collect::<Vec<_>>(),
        [("2026-12-03".to_string(), 63.0)]
    );
    assert_eq!(plan.goals.goals[0].metrics[0].as_str(), "fcr");
    assert_eq!(plan.committee.routines[0].every.to_string(), "4w");
    let crm = &plan.milestones.milestones[0];
    assert_eq!(crm.agents[0].as_str(), "yossi");
    assert_eq!(crm.actions[0].title, "Choose the CRM vendor; sign");
    let review = &plan.reviews[0];
    assert_eq!(review.date.to_string(), "2026-12-03");
    assert_eq!(review.decisions[0].text, "Fund two trainers for the pilot");
    let action = &review.actions[0];
    assert_eq!(action.text, "Call the vendor; agree a date");
    assert_eq!(action.metric.as_ref().map(|m| m.as_str()), Some("fcr"));
    assert_eq!(
        action.milestone.as_ref().map(|m| m.as_str()),
        Some("crm-case-view")
    );
    assert_eq!(
        sb.git("acme", &["tag", "--list", "review/*"]).trim(),
        "review/2026-12-03"
    );
    assert_eq!(sb.git("acme", &["status", "--porcelain"]), "");
}

/// The Hebrew template in a terminal that does no bidi (tmux): charter
/// lays out the plan's title itself, so a pure Hebrew run is written in
/// reverse of its stored order; with `--bidi terminal` it is written as
/// stored, for a terminal that reorders it.
#[test]
fn hebrew_reads_in_visual_order_unless_the_terminal_does_bidi() {
    if !tmux_installed() {
        eprintln!("note: tmux is not installed; skipping the pseudo-terminal test");
        return;
    }
    let sb = Sandbox::new();
    let out = sb.charter(&["new", "he", "--template", "he-contact-center"]);
    assert_eq!(common::code(&out), 0, "{}", common::stderr(&out));
    let binary = quote(Path::new(env!("CARGO_BIN_EXE_charter")));
    let stored = "מוקד השירות לדוגמה";
    let visual: String = stored.chars().rev().collect();
    for (flag, expected, not) in [
        ("", visual.as_str(), stored),
        ("--bidi terminal", stored, visual.as_str()),
    ] {
        let tmux = pane(
            &sb,
            &format!("{binary} --plan he --today 2026-12-03 {flag}"),
        );
        // The tabs are Hebrew too: the first, selected, is in brackets.
        let screen = tmux.wait_for("the UI on the Hebrew plan", 10, |s| {
            s.contains("charter · ") && s.contains("] ")
        });
        let header = screen.lines().next().unwrap_or_default();
        assert!(header.contains(expected), "{flag:?}: {header:?}");
        assert!(!header.contains(not), "{flag:?}: {header:?}");
        tmux.keys(&["q"]);
        let screen = tmux.wait_for("the program to exit", 10, |s| s.contains("EXITED="));
        assert!(screen.contains("EXITED=0"), "{screen}");
    }
}
