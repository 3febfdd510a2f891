//! Speed of the terminal UI on the large plan (10,000 milestones, 1,000
//! metrics × 100 readings):
//! - the first frame (load, checks, status, rows, draw) against `charter
//!   status` on the same plan: at most 1.5×;
//! - a key press (move, switch tab, filter, open a form, type in the
//!   search) handled and redrawn: under one 60 Hz frame (16.7 ms);
//! - an edit (a milestone's next status, a reading recorded), which
//!   re-checks what it changed: under 50 ms.
//!
//! `-- --million`: recording one reading and saving it (written, read back,
//! compared, committed) on a plan of 1,000 metrics × 1,000 readings, in a
//! git repository: under 2 s; and the process's peak memory.
//!
//! Frames are drawn into ratatui's TestBackend at 120×40, the same drawing
//! as on a terminal. Prints figures; never fails on time.
//! `cargo bench --bench tui` (large plan) or `-- --quick` (small plan, one
//! run: what `cargo test` runs as a smoke check).

mod common;

use std::process::Command;
use std::time::{Duration, Instant};

use charter::domain::types::Date;
use charter::i18n::Lang;
use charter::store::plan_dir;
use charter::tui::app::App;
use charter::tui::bidi;
use common::*;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;

const BIN: &str = env!("CARGO_BIN_EXE_charter");
const FRAME: Duration = Duration::from_micros(16_667);
/// An edit: the item and what refers to it re-checked, the screen redrawn.
const EDIT: Duration = Duration::from_millis(50);

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn key(ch: char) -> Event {
    Event::Key(KeyEvent::new(KeyCode::Char(ch), KeyModifiers::NONE))
}

fn code(c: KeyCode) -> Event {
    Event::Key(KeyEvent::new(c, KeyModifiers::NONE))
}

fn draw(terminal: &mut Terminal<TestBackend>, app: &mut App) -> Res<()> {
    let size = terminal.size()?;
    app.lay_out(ratatui::layout::Rect::new(0, 0, size.width, size.height));
    terminal.draw(|f| charter::tui::view::draw(f, app))?;
    Ok(())
}

/// Sends `setup` (untimed), then times `events` followed by a redraw.
fn press(
    terminal: &mut Terminal<TestBackend>,
    app: &mut App,
    setup: &[Event],
    events: &[Event],
    runs: usize,
) -> Res<Duration> {
    let mut times = Vec::new();
    for _ in 0..runs {
        for e in setup {
            charter::tui::step(app, e.clone());
        }
        draw(terminal, app)?;
        let started = Instant::now();
        for e in events {
            charter::tui::step(app, e.clone());
        }
        draw(terminal, app)?;
        times.push(started.elapsed());
    }
    Ok(median(times))
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

/// The plan of one million readings: 1,000 metrics × 1,000 weekly readings.
const MILLION: Size = Size {
    name: "million",
    milestones: 1_000,
    metrics: 1_000,
    readings: 1_000,
    reviews: 12,
    per_review: 20,
    goals: 100,
};

/// Runs git in `dir`, failing with its message.
fn git(dir: &std::path::Path, args: &[&str]) -> Res<()> {
    let out = Command::new("git")
        .current_dir(dir)
        .args([
            "-c",
            "user.name=Bench",
            "-c",
            "user.email=bench@example.com",
        ])
        .args(args)
        .output()?;
    if !out.status.success() {
        return Err(format!("git {args:?}: {}", String::from_utf8_lossy(&out.stderr)).into());
    }
    Ok(())
}

/// The peak resident memory of this process so far, in MB.
fn peak_mb() -> f64 {
    // ru_maxrss is in kilobytes on Linux.
    let mut usage = std::mem::MaybeUninit::<libc::rusage>::zeroed();
    // SAFETY: getrusage fills the struct it is given.
    let ok = unsafe { libc::getrusage(libc::RUSAGE_SELF, usage.as_mut_ptr()) } == 0;
    if !ok {
        return 0.0;
    }
    // SAFETY: filled by the successful call above.
    let usage = unsafe { usage.assume_init() };
    usage.ru_maxrss as f64 / 1024.0
}

/// Recording one reading in the UI on a plan of 1,000,000 readings, in a
/// git repository: `r`, the value, ⏎ (checked and shown), then `s`, a
/// commit message and ⏎ (written, read back, compared and committed).
/// Each run records on the next metric, on today's date, which the
/// generated readings (weekly, up to a week ago) never hold.
fn million(runs: usize) -> Res<()> {
    let tmp = tempfile::tempdir()?;
    let dir = tmp.path().join("plan");
    std::fs::create_dir_all(&dir)?;
    let generated = generate(&dir, MILLION)?;
    git(&dir, &["init", "-q", "-b", "main"])?;
    git(&dir, &["add", "-A"])?;
    git(&dir, &["commit", "-q", "-m", "plan"])?;
    let today = Date::parse(TODAY)?;
    // As the binary does (unless --no-cache): the plan is read through the
    // parse cache, and a save puts what it wrote there.
    charter::store::cache::set_enabled(true);
    println!(
        "plan ({}): {} metrics × {} readings — {:.1} MB on disk",
        MILLION.name,
        MILLION.metrics,
        MILLION.readings,
        generated.bytes as f64 / 1e6
    );
    let started = Instant::now();
    let mut app = charter::tui::open(plan_dir::load(&dir)?, today);
    let mut terminal = Terminal::new(TestBackend::new(120, 40))?;
    draw(&mut terminal, &mut app)?;
    println!(
        "  first frame (load to drawn)        {:>10}",
        ms(started.elapsed())
    );
    // The Metrics tab.
    charter::tui::step(&mut app, key('5'));
    let (mut record, mut save) = (Vec::new(), Vec::new());
    for run in 0..runs {
        let count = |app: &App| -> usize {
            app.plan
                .metrics
                .metrics
                .iter()
                .map(|m| m.readings.len())
                .sum()
        };
        let before = count(&app);
        draw(&mut terminal, &mut app)?;
        let started = Instant::now();
        for e in std::iter::once(key('r'))
            .chain("42".chars().map(key))
            .chain([code(KeyCode::Enter)])
        {
            charter::tui::step(&mut app, e);
        }
        draw(&mut terminal, &mut app)?;
        record.push(started.elapsed());
        if count(&app) != before + 1 {
            return Err(
                format!("run {run}: the reading was not recorded: {:?}", app.message).into(),
            );
        }
        let started = Instant::now();
        // The commit message the prompt offers: what changed.
        for e in [key('s'), code(KeyCode::Enter)] {
            let effect = charter::tui::step(&mut app, e);
            charter::tui::perform(&mut app, effect);
        }
        draw(&mut terminal, &mut app)?;
        save.push(started.elapsed());
        if app.dirty() {
            return Err(format!("run {run}: not saved: {:?}", app.message).into());
        }
        charter::tui::step(&mut app, key('j'));
    }
    let (record, save) = (median(record), median(save));
    let total = record + save;
    println!("  record a reading (r 42 ⏎)          {:>10}", ms(record));
    println!("  save it (s, message ⏎: commit)     {:>10}", ms(save));
    println!(
        "  the two together                   {:>10}   (limit 2 s) {}",
        ms(total),
        if total <= Duration::from_secs(2) {
            "ok"
        } else {
            "OVER"
        }
    );
    println!("  peak memory of the process         {:>7.0} MB", peak_mb());
    summary(
        "TUI record + save a reading, 1,000,000 readings",
        total.as_secs_f64(),
        "s",
        Some(2.0),
    );
    summary(
        "TUI record alone, 1,000,000 readings",
        record.as_secs_f64(),
        "s",
        Some(2.0),
    );
    summary("TUI peak memory, 1,000,000 readings", peak_mb(), "MB", None);
    Ok(())
}

fn main() -> Res<()> {
    let args: Vec<String> = std::env::args().collect();
    let quick = args.iter().any(|a| a == "--quick") || !args.iter().any(|a| a == "--bench");
    if args.iter().any(|a| a == "--million") {
        return million(if quick { 1 } else { 3 });
    }
    let (size, runs) = if quick { (SMALL, 1) } else { (LARGE, 5) };
    // As the binary does (unless --no-cache): the UI's first frame reads
    // the plan through the parse cache that `charter status` fills.
    charter::store::cache::set_enabled(true);
    let tmp = tempfile::tempdir()?;
    let dir = tmp.path().join("plan");
    std::fs::create_dir_all(&dir)?;
    let generated = generate(&dir, size)?;
    let today = Date::parse(TODAY)?;
    let dir_arg = dir.to_string_lossy().to_string();
    println!(
        "plan ({}): {} milestones, {} metrics × {} readings — {:.1} MB on disk",
        size.name,
        size.milestones,
        size.metrics,
        size.readings,
        generated.bytes as f64 / 1e6
    );

    // charter status as a user runs it, and the first frame as the UI shows it.
    let mut status = Vec::new();
    let mut first = Vec::new();
    for _ in 0..runs + 1 {
        let started = Instant::now();
        let out = Command::new(BIN)
            .args(["--plan", &dir_arg, "--today", TODAY, "status"])
            .output()?;
        status.push(started.elapsed());
        if !out.status.success() {
            return Err(format!(
                "charter status failed: {}",
                String::from_utf8_lossy(&out.stderr)
            )
            .into());
        }
        let started = Instant::now();
        let mut app = charter::tui::open(plan_dir::load(&dir)?, today);
        let mut terminal = Terminal::new(TestBackend::new(120, 40))?;
        draw(&mut terminal, &mut app)?;
        first.push(started.elapsed());
    }
    // The first round warms the caches.
    let (status, first) = (median(status[1..].to_vec()), median(first[1..].to_vec()));
    let ratio = first.as_secs_f64() / status.as_secs_f64();
    println!("  charter status (process)           {:>10}", ms(status));
    println!(
        "  first frame (load to drawn)        {:>10}   {ratio:.2}× status (limit 1.5×) {}",
        ms(first),
        if ratio <= 1.5 { "ok" } else { "OVER" }
    );
    summary("TUI first frame / charter status", ratio, "×", Some(1.5));

    let mut app = charter::tui::open(plan_dir::load(&dir)?, today);
    let mut terminal = Terminal::new(TestBackend::new(120, 40))?;
    let n = if quick { 3 } else { 50 };
    let esc = code(KeyCode::Esc);
    let cases: Vec<(&str, Vec<Event>, Vec<Event>, bool)> = vec![
        ("move down (j)", vec![key('4')], vec![key('j')], true),
        (
            "page down",
            vec![key('4')],
            vec![code(KeyCode::PageDown)],
            true,
        ),
        ("switch tab (5)", vec![key('4')], vec![key('5')], true),
        (
            "draw the overview (1)",
            vec![key('4')],
            vec![key('1')],
            true,
        ),
        (
            "open a milestone form (e)",
            vec![key('4'), esc.clone()],
            vec![key('e')],
            true,
        ),
        (
            "filter milestones (status:done ⏎)",
            vec![key('4'), esc.clone(), key('f')]
                .into_iter()
                .chain("status:done".chars().map(key))
                .collect(),
            vec![code(KeyCode::Enter)],
            true,
        ),
        (
            "clear the filter (esc)",
            vec![key('4'), key('f'), key('x'), code(KeyCode::Enter)],
            vec![esc.clone()],
            true,
        ),
        ("the actions tab (9)", vec![key('4')], vec![key('9')], true),
        (
            "filter actions (late ⏎)",
            vec![key('9'), esc.clone(), key('f')]
                .into_iter()
                .chain("late".chars().map(key))
                .collect(),
            vec![code(KeyCode::Enter)],
            true,
        ),
        (
            // Each run: esc leaves the prompt of the run before.
            "filter actions: a letter typed (l)",
            vec![key('9'), esc.clone(), key('f')],
            vec![key('l')],
            true,
        ),
        (
            // Every action's row read for the word.
            "filter actions by a word (pilot ⏎)",
            vec![key('9'), esc.clone(), key('f')]
                .into_iter()
                .chain("pilot".chars().map(key))
                .collect(),
            vec![code(KeyCode::Enter)],
            true,
        ),
        (
            "clear the actions filter (esc)",
            vec![esc.clone(), esc.clone(), key('9'), key('f')]
                .into_iter()
                .chain("late".chars().map(key))
                .chain([code(KeyCode::Enter)])
                .collect(),
            vec![esc.clone()],
            true,
        ),
        (
            "search: the first letter (/ then c)",
            // x and backspace first, so that c is never a query already typed.
            vec![esc.clone(), key('/'), key('x'), code(KeyCode::Backspace)],
            vec![key('c')],
            true,
        ),
        (
            "edit: next status (x), re-checks the plan",
            vec![esc.clone(), esc.clone(), key('4'), key('g')],
            vec![key('x')],
            false,
        ),
        (
            // The next metric each run: today's reading is new on it.
            "edit: record a reading (r 42 ⏎)",
            vec![esc.clone(), esc.clone(), key('5'), key('j')],
            vec![key('r'), key('4'), key('2'), code(KeyCode::Enter)],
            false,
        ),
    ];
    println!(
        "  key press, handled and redrawn (median of {n}; budget one 60 Hz frame, {}):",
        ms(FRAME)
    );
    for (label, setup, events, in_budget) in cases {
        // An edit re-checks the whole plan: a few runs say enough.
        let runs = if in_budget { n } else { n.min(5) };
        let t = press(&mut terminal, &mut app, &setup, &events, runs)?;
        let verdict = match (in_budget, t <= FRAME, t <= EDIT) {
            (true, true, _) => "ok",
            (true, false, _) => "OVER",
            (false, _, true) => "ok (an edit: limit 50 ms)",
            (false, _, false) => "OVER (an edit: limit 50 ms)",
        };
        println!("    {label:<44} {:>10}  {verdict}", ms(t));
        if !in_budget {
            summary(
                &format!("TUI {label}"),
                t.as_secs_f64() * 1e3,
                "ms",
                Some(50.0),
            );
        }
    }

    // Typing a query letter by letter, and taking it back: each key is
    // handled and redrawn, as on a terminal.
    let word = "pilot centras 12";
    let mut typing = Vec::new();
    for _ in 0..runs {
        for e in [esc.clone(), esc.clone(), key('/')] {
            charter::tui::step(&mut app, e);
        }
        draw(&mut terminal, &mut app)?;
        let mut keys: Vec<Event> = word.chars().map(key).collect();
        keys.extend(word.chars().map(|_| code(KeyCode::Backspace)));
        for e in keys {
            let started = Instant::now();
            charter::tui::step(&mut app, e);
            draw(&mut terminal, &mut app)?;
            typing.push(started.elapsed());
        }
    }
    let worst = typing.iter().max().copied().unwrap_or_default();
    let per_key = median(typing);
    println!(
        "    {:<44} {:>10}  {}",
        "search: type a word, erase it (per key)",
        ms(per_key),
        if per_key <= FRAME { "ok" } else { "OVER" }
    );
    println!(
        "    {:<44} {:>10}",
        "  the slowest of those keys",
        ms(worst)
    );
    let frame = FRAME.as_secs_f64() * 1e3;
    summary(
        "TUI search, per key (median)",
        per_key.as_secs_f64() * 1e3,
        "ms",
        Some(frame),
    );
    summary(
        "TUI search, the slowest key",
        worst.as_secs_f64() * 1e3,
        "ms",
        Some(frame),
    );
    // After an edit the documents are built again, on the first `/`.
    let t = press(
        &mut terminal,
        &mut app,
        &[esc.clone(), esc.clone(), key('4'), key('g'), key('x')],
        &[key('/')],
        runs.min(3),
    )?;
    println!(
        "    {:<44} {:>10}  (once per edit)",
        "search: open after an edit (/)",
        ms(t)
    );

    // What charter's own layout of right-to-left text costs: the same
    // frames with the terminal doing it (charter does no bidi work at
    // all), with charter doing it (the titles mix Hebrew words into the
    // English, so every one of them is reordered) and with the UI in
    // Hebrew as well (every list mirrored).
    println!(
        "  bidi layout on this plan (the terminal's mode, charter's, charter's with the UI in Hebrew):"
    );
    let modes = [
        (bidi::Mode::Terminal, None),
        (bidi::Mode::Charter, None),
        (bidi::Mode::Charter, Some(Lang::He)),
    ];
    let row = |label: &str, t: [Duration; 3]| {
        let more = |d: Duration| (d.as_secs_f64() / t[0].as_secs_f64() - 1.0) * 100.0;
        println!(
            "    {label:<36} {:>9} terminal, {:>9} charter ({:+.0}%), {:>9} mirrored ({:+.0}%)",
            ms(t[0]),
            ms(t[1]),
            more(t[1]),
            ms(t[2]),
            more(t[2])
        );
    };
    for (label, setup, events) in [
        (
            "the overview drawn (1)",
            vec![esc.clone(), key('4')],
            vec![key('1')],
        ),
        ("move down (j)", vec![esc.clone(), key('4')], vec![key('j')]),
        (
            "open a milestone form (e)",
            vec![esc.clone(), key('4')],
            vec![key('e')],
        ),
    ] {
        // The modes take turns, so that the machine's noise falls on all.
        let mut times = [Vec::new(), Vec::new(), Vec::new()];
        for _ in 0..n {
            for (k, (mode, lang)) in modes.into_iter().enumerate() {
                // As a refresh would set them, without re-checking the plan.
                charter::i18n::choose(lang);
                app.bidi.rtl_layout = lang.is_some_and(Lang::is_rtl);
                app.bidi.mode = mode;
                times[k].push(press(&mut terminal, &mut app, &setup, &events, 1)?);
            }
        }
        row(label, times.map(median));
    }
    let mut times = [Vec::new(), Vec::new(), Vec::new()];
    for _ in 0..runs {
        for (k, (mode, lang)) in modes.into_iter().enumerate() {
            charter::i18n::choose(lang);
            let started = Instant::now();
            let mut app = charter::tui::open(plan_dir::load(&dir)?, today);
            app.bidi.mode = mode;
            let mut terminal = Terminal::new(TestBackend::new(120, 40))?;
            draw(&mut terminal, &mut app)?;
            times[k].push(started.elapsed());
        }
    }
    charter::i18n::choose(None);
    row("first frame (load to drawn)", times.map(median));
    Ok(())
}
