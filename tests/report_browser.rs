//! The HTML report of a plan with hostile titles, opened in headless
//! Chromium: no element is created from user text, no script runs, the
//! text shows literally, and a screenshot of an A4-sized window has the
//! size asked for and is not blank.
//!
//! When `chromium` is not on PATH the test installs it from Debian's
//! packages (`apt-get install -y chromium`, after `apt-get update` when the
//! first try fails). When that is impossible (not root, no apt-get, no
//! network) the test prints why and returns: set
//! `CHARTER_BROWSER_TESTS=require` to make a missing browser a failure
//! (as CI should), or `CHARTER_BROWSER_TESTS=skip` never to try.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
mod report_support;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

use common::{code, stderr, stdout, Sandbox};
use report_support::{HEBREW, LINK};

const NAMES: [&str; 2] = ["chromium", "chromium-browser"];

fn on_path(name: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|dir| dir.join(name))
        .find(|p| p.is_file())
}

fn find() -> Option<PathBuf> {
    NAMES.iter().find_map(|n| on_path(n))
}

fn apt(args: &[&str]) -> Result<(), String> {
    let out = Command::new("apt-get")
        .args(args)
        .env("DEBIAN_FRONTEND", "noninteractive")
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run apt-get: {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        let err = String::from_utf8_lossy(&out.stderr);
        let last = err.lines().rev().take(3).collect::<Vec<_>>().join(" / ");
        Err(format!("apt-get {} failed: {last}", args.join(" ")))
    }
}

/// Chromium, installed from Debian's packages when missing; Err says why
/// there is none.
fn install() -> Result<PathBuf, String> {
    if let Some(path) = find() {
        return Ok(path);
    }
    if std::env::var("CHARTER_BROWSER_TESTS").as_deref() == Ok("skip") {
        return Err("CHARTER_BROWSER_TESTS=skip".into());
    }
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        return Err("chromium is not on PATH and installing it needs root: run `sudo apt-get install chromium`".into());
    }
    if on_path("apt-get").is_none() {
        return Err("chromium is not on PATH and there is no apt-get to install it".into());
    }
    eprintln!("report_browser: installing chromium with apt-get (once)…");
    if apt(&["install", "-y", "-q", "chromium"]).is_err() {
        apt(&["update", "-q"])?;
        apt(&["install", "-y", "-q", "chromium"])?;
    }
    find().ok_or_else(|| "apt-get installed chromium, yet it is not on PATH".into())
}

/// The browser, or None after saying why the test is skipped (a failure
/// with CHARTER_BROWSER_TESTS=require).
fn chromium() -> Option<&'static Path> {
    static BROWSER: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    match BROWSER.get_or_init(install) {
        Ok(path) => Some(path),
        Err(why) => {
            assert!(
                std::env::var("CHARTER_BROWSER_TESTS").as_deref() != Ok("require"),
                "CHARTER_BROWSER_TESTS=require, but there is no browser: {why}"
            );
            eprintln!(
                "SKIPPED report_browser: {why} (set CHARTER_BROWSER_TESTS=require to fail instead)"
            );
            None
        }
    }
}

/// Writes the hostile plan's HTML report; gives the sandbox and the file.
fn hostile_report() -> (Sandbox, PathBuf) {
    hostile_report_of("status")
}

/// [`hostile_report`] of `kind` (`status` or `plan`).
fn hostile_report_of(kind: &str) -> (Sandbox, PathBuf) {
    let sb = Sandbox::new();
    report_support::write_plan(&sb.work().join("hostile"));
    let out = sb.charter(&[
        "--plan",
        "hostile",
        "--today",
        report_support::TODAY,
        "report",
        "--kind",
        kind,
        "-o",
        "report.html",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let path = sb.work().join("report.html");
    (sb, path)
}

/// Runs headless Chromium with a private profile; gives its stdout.
fn run_chromium(exe: &Path, sb: &Sandbox, args: &[&str]) -> String {
    let profile = sb.tmp.path().join("chromium-profile");
    let out = Command::new(exe)
        .args([
            "--headless",
            "--disable-gpu",
            "--no-sandbox",
            "--no-first-run",
            "--disable-extensions",
            "--disable-dev-shm-usage",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .env("HOME", sb.home())
        .stdin(Stdio::null())
        .output()
        .expect("run chromium");
    assert!(
        out.status.success(),
        "chromium {args:?} failed: {}",
        stderr(&out)
    );
    stdout(&out)
}

fn file_url(path: &Path) -> String {
    format!("file://{}", path.display())
}

#[test]
fn no_script_runs_and_the_text_shows_literally() {
    let Some(exe) = chromium() else { return };
    let (sb, path) = hostile_report();
    let dom = run_chromium(exe, &sb, &["--dump-dom", &file_url(&path)]);
    assert!(
        dom.contains("<h2>At a glance</h2>"),
        "no report in: {dom:.400}"
    );
    // No element came from user text: the page has none of these at all.
    let lower = dom.to_lowercase();
    for tag in ["<img", "<script", "<iframe", "<a ", "<b>co"] {
        assert!(!lower.contains(tag), "the DOM holds {tag}");
    }
    // No handler ran: it would have marked the body.
    assert!(!dom.contains("data-pwned=\""), "a script ran");
    // The text shows literally (the DOM serializer escapes < > & in text).
    assert!(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(dom.contains("\"&gt;&lt;img src=x onerror=alert(1)&gt;"));
    assert!(dom.contains("document.body.setAttribute('data-pwned','1')"));
    assert!(dom.contains(HEBREW));
    assert!(dom.contains(LINK));
    assert_eq!(
        dom.matches("<svg class=\"chart\"").count(),
        report_support::CHARTS
    );
}

#[test]
fn the_plan_for_sign_off_runs_no_script_either() {
    let Some(exe) = chromium() else { return };
    let (sb, path) = hostile_report_of("plan");
    let dom = run_chromium(exe, &sb, &["--dump-dom", &file_url(&path)]);
    assert!(dom.contains("<h2>Sign-off</h2>"), "no plan in: {dom:.400}");
    let lower = dom.to_lowercase();
    for tag in ["<img", "<script", "<iframe", "<a ", "<b>co"] {
        assert!(!lower.contains(tag), "the DOM holds {tag}");
    }
    assert!(!dom.contains("data-pwned=\""), "a script ran");
    assert!(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt; רינה כהן"));
    assert!(dom.contains(HEBREW));
    assert!(dom.contains(LINK));
}

/// Width and height from a PNG's IHDR chunk.
fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    const SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";
    if bytes.len() < 24 || &bytes[..8] != SIGNATURE || &bytes[12..16] != b"IHDR" {
        return None;
    }
    let word =
        |at: usize| u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    Some((word(16), word(20)))
}

#[test]
fn png_header_is_read() {
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
    png.extend_from_slice(&1240u32.to_be_bytes());
    png.extend_from_slice(&1754u32.to_be_bytes());
    assert_eq!(png_size(&png), Some((1240, 1754)));
    assert_eq!(png_size(b"GIF89a"), None);
}

#[test]
fn a4_screenshot_has_the_size_asked_for() {
    let Some(exe) = chromium() else { return };
    let (sb, path) = hostile_report();
    let shot = sb.tmp.path().join("report.png");
    run_chromium(
        exe,
        &sb,
        &[
            &format!("--screenshot={}", shot.display()),
            "--window-size=1240,1754",
            &file_url(&path),
        ],
    );
    let bytes = std::fs::read(&shot).expect("chromium wrote no screenshot");
    assert_eq!(png_size(&bytes), Some((1240, 1754)), "not a 1240×1754 PNG");
    // A blank page of this size compresses to a few kilobytes; text and
    // charts take far more.
    assert!(
        bytes.len() > 30_000,
        "the screenshot looks blank: {} bytes",
        bytes.len()
    );
}

/// Marks each isolated value (`<bdi class="v">`, an id's `<code
/// dir="ltr" class="v">`) with whether its characters, as laid out, run
/// left to right on one line: each character's box (a Range over it)
/// starts right of the one before, at the same height. The verdict goes
/// into the DOM, which `--dump-dom` then prints.
const BIDI_CHECK: &str = r#"<script>
(() => {
  const bad = [];
  let checked = 0;
  for (const el of document.querySelectorAll('.v')) {
    checked++;
    const boxes = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let node;
    while ((node = walker.nextNode())) {
      for (let i = 0; i < node.data.length; i++) {
        if (/\s/.test(node.data[i])) continue;
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getBoundingClientRect();
        if (rect.width === 0 && rect.height === 0) continue;
        boxes.push({ x: rect.left, y: rect.top });
      }
    }
    let ok = boxes.length > 0;
    for (let i = 1; i < boxes.length; i++) {
      if (!(boxes[i].x > boxes[i - 1].x) || Math.abs(boxes[i].y - boxes[i - 1].y) > 1) ok = false;
    }
    el.setAttribute('data-bidi', ok ? 'ok' : 'bad');
    if (!ok) bad.push(el.textContent);
  }
  // The page's direction as computed, and text a person wrote
  // (dir="auto" blocks, <bdi>) isolated from what surrounds it.
  const userBad = [];
  let users = 0;
  for (const el of document.querySelectorAll('[dir="auto"], bdi:not(.v)')) {
    users++;
    const bidi = getComputedStyle(el).unicodeBidi;
    if (bidi !== 'isolate' && bidi !== 'plaintext') userBad.push(el.tagName + ':' + bidi);
  }
  const dirs = document.createElement('pre');
  dirs.id = 'dir-verdict';
  dirs.textContent = 'html=' + getComputedStyle(document.documentElement).direction
    + ' body=' + getComputedStyle(document.body).direction
    + ' h1=' + getComputedStyle(document.querySelector('h1')).direction
    + ' users=' + users + ' not-isolated=' + JSON.stringify(userBad);
  document.body.appendChild(dirs);
  const out = document.createElement('pre');
  out.id = 'bidi-verdict';
  out.textContent = 'checked=' + checked + ' bad=' + JSON.stringify(bad);
  document.body.appendChild(out);
})();
</script>"#;

/// The Hebrew plan's report (the template with readings and reviews).
fn hebrew_report() -> (Sandbox, PathBuf) {
    let sb = Sandbox::new();
    report_support::write_hebrew_plan(&sb.work().join("he"));
    let out = sb.charter(&[
        "--plan",
        "he",
        "--today",
        report_support::HE_TODAY,
        "report",
        "-o",
        "report-he.html",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let path = sb.work().join("report-he.html");
    (sb, path)
}

#[test]
fn hebrew_values_read_left_to_right_as_laid_out() {
    let Some(exe) = chromium() else { return };
    let (sb, path) = hebrew_report();
    let html = std::fs::read_to_string(&path).unwrap();
    assert!(html.contains("<html lang=\"he\" dir=\"rtl\">"));
    // A copy that may run the check: without the policy that forbids
    // scripts, with the check at the end of the body.
    let csp = html
        .lines()
        .find(|l| l.contains("Content-Security-Policy"))
        .expect("the page has a policy");
    let probe = html
        .replace(csp, "")
        .replace("</body>", &format!("{BIDI_CHECK}\n</body>"));
    let probe_path = sb.work().join("report-he-probe.html");
    std::fs::write(&probe_path, probe).unwrap();
    let dom = run_chromium(exe, &sb, &["--dump-dom", &file_url(&probe_path)]);
    let verdict = dom
        .split("<pre id=\"bidi-verdict\">")
        .nth(1)
        .and_then(|rest| rest.split("</pre>").next())
        .unwrap_or_else(|| panic!("no verdict in: {dom:.600}"));
    let checked: usize = verdict
        .trim_start_matches("checked=")
        .split(' ')
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    assert!(checked > 200, "only {checked} isolated values: {verdict}");
    assert!(
        verdict.ends_with("bad=[]"),
        "values that do not read as written: {verdict}"
    );
    assert_eq!(dom.matches("data-bidi=\"ok\"").count(), checked);
    let dirs = dom
        .split("<pre id=\"dir-verdict\">")
        .nth(1)
        .and_then(|rest| rest.split("</pre>").next())
        .unwrap_or_else(|| panic!("no direction verdict in: {dom:.600}"));
    assert!(
        dirs.starts_with("html=rtl body=rtl h1=rtl users="),
        "direction: {dirs}"
    );
    assert!(dirs.ends_with("not-isolated=[]"), "user text: {dirs}");
    let users: usize = dirs
        .split("users=")
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    assert!(users > 50, "only {users} blocks of user text: {dirs}");
}

#[test]
fn hebrew_report_screenshot() {
    let Some(exe) = chromium() else { return };
    let (sb, path) = hebrew_report();
    let shot = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/report-he-contact-center.png");
    run_chromium(
        exe,
        &sb,
        &[
            &format!("--screenshot={}", shot.display()),
            "--window-size=1240,1754",
            &file_url(&path),
        ],
    );
    let bytes = std::fs::read(&shot).expect("chromium wrote no screenshot");
    assert_eq!(png_size(&bytes), Some((1240, 1754)));
    assert!(bytes.len() > 30_000, "blank: {} bytes", bytes.len());
    println!("screenshot of the Hebrew report: {}", shot.display());
}
