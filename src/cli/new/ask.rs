//! `charter new` in a terminal without a folder: asks for the folder, the
//! template and the plan's details, one question at a time, each checked
//! as it is answered and asked again when it is not right.

use std::fmt::Write as _;
use std::io::{BufRead, Write};
use std::path::PathBuf;

use super::{ensure_empty, start_day, Args};
use crate::cli::terminal::Terminal;
use crate::cli::{CliError, Ctx};
use crate::store::templates::{self, TEMPLATES};

/// How often a question is asked before giving up.
const TRIES: usize = 3;

/// The answers, as the arguments `charter new DIR --template … --title …`
/// would give; what was given on the command line is not asked again.
pub fn ask<R: BufRead, W: Write>(
    input: &mut R,
    out: &mut Terminal<W>,
    ctx: &Ctx,
    given: &Args,
) -> Result<Args, CliError> {
    let mut args = given.clone();
    let _ = writeln!(
        out,
        "A new plan: answer each question, or press Enter to take the default in [brackets]."
    );
    let dir = question(input, out, "Folder for the plan", Some("plan"), |text| {
        let dir = PathBuf::from(text);
        let full = if dir.is_absolute() {
            dir.clone()
        } else {
            ctx.cwd.join(&dir)
        };
        ensure_empty(&full).map_err(|e| e.to_string())?;
        Ok(dir)
    })?;
    args.dir = Some(dir);

    if given.template.is_none() {
        let _ = writeln!(out, "Templates:");
        for (n, t) in TEMPLATES.iter().enumerate() {
            let _ = writeln!(out, "  {}  {:<18} {}", n + 1, t.name, t.about);
        }
        args.template = question(input, out, "Template (number or name)", Some("1"), |text| {
            let by_number = text
                .parse::<usize>()
                .ok()
                .and_then(|n| n.checked_sub(1))
                .and_then(|n| TEMPLATES.get(n));
            by_number
                .or_else(|| templates::find(text))
                .map(|t| Some(t.name.to_string()))
                .ok_or_else(|| format!("there is no template `{text}`: give its number or name"))
        })?;
    }
    let text = |text: &str| Ok(Some(text.to_string()));
    if given.title.is_none() {
        args.title = optional(input, out, "Title (the plan's name)", text)?;
    }
    if given.organization.is_none() {
        args.organization = optional(input, out, "Organization", text)?;
    }
    if given.consultant.is_none() {
        args.consultant = optional(input, out, "Consultant", text)?;
    }
    if given.start.is_none() {
        let monday = start_day(None, ctx.today).to_string();
        args.start = Some(question(
            input,
            out,
            "First day, YYYY-MM-DD",
            Some(&monday),
            crate::cli::parse_date,
        )?);
    }
    Ok(args)
}

/// Asks `prompt` until `check` takes the answer (the default for an empty
/// one), at most [`TRIES`] times.
fn question<R: BufRead, W: Write, T>(
    input: &mut R,
    out: &mut Terminal<W>,
    prompt: &str,
    default: Option<&str>,
    check: impl Fn(&str) -> Result<T, String>,
) -> Result<T, CliError> {
    for _ in 0..TRIES {
        match default {
            Some(d) => {
                let _ = write!(out, "{prompt} [{d}]: ");
            }
            None => {
                let _ = write!(out, "{prompt}: ");
            }
        }
        let _ = out.flush();
        let answer = read_line(input).inspect_err(|_| {
            // End of input leaves the cursor after the question.
            let _ = writeln!(out);
            let _ = out.flush();
        })?;
        let answer = match (answer.trim(), default) {
            ("", Some(d)) => d.to_string(),
            (a, _) => a.to_string(),
        };
        match check(&answer) {
            Ok(value) => return Ok(value),
            Err(why) => {
                let _ = writeln!(out, "  {why}");
            }
        }
    }
    Err(CliError::Usage(format!(
        "no usable answer to \"{prompt}\" after {TRIES} tries: nothing was created"
    )))
}

/// [`question`] for a detail that may be left out: an empty answer is `None`.
fn optional<R: BufRead, W: Write>(
    input: &mut R,
    out: &mut Terminal<W>,
    prompt: &str,
    check: impl Fn(&str) -> Result<Option<String>, String>,
) -> Result<Option<String>, CliError> {
    question(
        input,
        out,
        &format!("{prompt} (Enter to leave out)"),
        None,
        |a| {
            if a.is_empty() {
                Ok(None)
            } else {
                check(a)
            }
        },
    )
}

fn read_line<R: BufRead>(input: &mut R) -> Result<String, CliError> {
    let mut line = String::new();
    match input.read_line(&mut line) {
        Ok(0) => Err(CliError::Usage(
            "the questions were not answered (end of input): nothing was created".into(),
        )),
        Ok(_) => Ok(line),
        Err(e) => Err(CliError::Failed(format!("cannot read the answer: {e}"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::types::Date;
    use std::path::Path;

    fn ctx(cwd: &Path) -> Ctx {
        Ctx {
            cwd: cwd.to_path_buf(),
            plan: None,
            today: Date::parse("2026-12-03").unwrap(),
            today_given: true,
            bidi: crate::tui::bidi::Mode::Charter,
        }
    }

    fn blank_args() -> Args {
        Args {
            dir: None,
            template: None,
            title: None,
            organization: None,
            consultant: None,
            start: None,
        }
    }

    fn run(answers: &str, given: &Args) -> (Result<Args, CliError>, String) {
        let cwd = tempfile::tempdir().unwrap();
        std::fs::create_dir(cwd.path().join("taken")).unwrap();
        std::fs::write(cwd.path().join("taken/x"), "x").unwrap();
        let mut out = Terminal::new(Vec::new());
        let result = ask(&mut answers.as_bytes(), &mut out, &ctx(cwd.path()), given);
        (result, String::from_utf8(out.into_inner()).unwrap())
    }

    #[test]
    fn every_answer_lands_in_its_argument_and_enter_takes_the_default() {
        let (args, shown) = run("acme\n5\nשירות טוב: תוכנית\nAcme\n\n\n", &blank_args());
        let args = args.unwrap();
        assert_eq!(args.dir, Some(PathBuf::from("acme")));
        assert_eq!(args.template.as_deref(), Some("blank"));
        assert_eq!(args.title.as_deref(), Some("שירות טוב: תוכנית"));
        assert_eq!(args.organization.as_deref(), Some("Acme"));
        assert_eq!(args.consultant, None);
        // The Monday of 2026-12-03's week.
        assert_eq!(
            args.start.map(|d| d.to_string()).as_deref(),
            Some("2026-11-30")
        );
        assert!(shown.contains("1  contact-center"), "{shown}");
        assert!(
            shown.contains("First day, YYYY-MM-DD [2026-11-30]: "),
            "{shown}"
        );
    }

    #[test]
    fn a_wrong_answer_is_explained_and_asked_again() {
        let (args, shown) = run(
            "taken\nacme\nnine\nblank\n\n\n\n2026-02-30\n2026-03-02\n",
            &blank_args(),
        );
        let args = args.unwrap();
        assert_eq!(args.dir, Some(PathBuf::from("acme")));
        assert_eq!(args.template.as_deref(), Some("blank"));
        assert_eq!(
            args.start.map(|d| d.to_string()).as_deref(),
            Some("2026-03-02")
        );
        assert!(
            shown.contains("already exists and is not an empty folder"),
            "{shown}"
        );
        assert!(shown.contains("there is no template `nine`"), "{shown}");
        assert!(shown.contains("2026-02 has 28 days"), "{shown}");
    }

    #[test]
    fn what_the_command_line_gave_is_not_asked_and_end_of_input_creates_nothing() {
        let given = Args {
            template: Some("blank".into()),
            title: Some("Given".into()),
            ..blank_args()
        };
        let (args, shown) = run("acme\n\n\n2026-03-02\n", &given);
        let args = args.unwrap();
        assert_eq!(args.title.as_deref(), Some("Given"));
        assert!(!shown.contains("Templates:"), "{shown}");
        assert!(!shown.contains("Title"), "{shown}");

        let (result, _) = run("acme\n", &blank_args());
        let err = result.unwrap_err().to_string();
        assert!(err.contains("nothing was created"), "{err}");
        let (result, _) = run("taken\ntaken\ntaken\n", &blank_args());
        assert!(result.unwrap_err().to_string().contains("after 3 tries"));
    }
}
