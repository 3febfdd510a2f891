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
