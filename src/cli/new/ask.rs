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
use crate::t;

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
    // A template given on the command line speaks its language from the
    // first question (`--lang` and `CHARTER_LANG` still win).
    if let Some(lang) = given
        .template
        .as_deref()
        .and_then(templates::find)
        .and_then(templates::language)
    {
        crate::i18n::follow_plan(Some(lang));
    }
    let _ = writeln!(out, "{}", t!("cli-ask-intro"));
    let dir = question(input, out, &t!("cli-ask-folder"), Some("plan"), |text| {
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
        let _ = writeln!(out, "{}", t!("cli-ask-templates"));
        for (n, t) in TEMPLATES.iter().enumerate() {
            let _ = writeln!(out, "  {}  {:<18} {}", n + 1, t.name, templates::about(t));
        }
        args.template = question(input, out, &t!("cli-ask-template"), Some("1"), |text| {
            let by_number = text
                .parse::<usize>()
                .ok()
                .and_then(|n| n.checked_sub(1))
                .and_then(|n| TEMPLATES.get(n));
            by_number
                .or_else(|| templates::find(text))
                .map(|t| Some(t.name.to_string()))
                .ok_or_else(|| t!("cli-ask-no-template", name = text))
        })?;
        // The template chosen speaks its language in the questions left.
        if let Some(lang) = args
            .template
            .as_deref()
            .and_then(templates::find)
            .and_then(templates::language)
        {
            crate::i18n::follow_plan(Some(lang));
        }
    }
    let text = |text: &str| Ok(Some(text.to_string()));
    if given.title.is_none() {
        args.title = optional(input, out, &t!("cli-ask-title"), text)?;
    }
    if given.organization.is_none() {
        args.organization = optional(input, out, &t!("cli-ask-organization"), text)?;
    }
    if given.consultant.is_none() {
        args.consultant = optional(input, out, &t!("cli-ask-consultant"), text)?;
    }
    if given.start.is_none() {
        let monday = start_day(None, ctx.today).to_string();
        args.start = Some(question(
            input,
            out,
            &t!("cli-ask-start"),
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
    Err(CliError::Usage(t!(
        "cli-ask-no-answer",
        prompt = prompt,
        count = TRIES
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
        &t!("cli-ask-optional", prompt = prompt),
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
        Ok(0) => Err(CliError::Usage(t!("cli-ask-end-of-input"))),
        Ok(_) => Ok(line),
        Err(e) => Err(CliError::Failed(t!(
            "cli-ask-cannot-read",
            error = e.to_string()
        ))),
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

    #[test]
    fn the_questions_speak_the_templates_language_and_take_the_same_answers() {
        // On threads of their own: the language followed is per thread.
        std::thread::spawn(|| {
            crate::i18n::follow_plan(None);
            let given = Args {
                template: Some("he-contact-center".into()),
                ..blank_args()
            };
            let (args, shown) = run(
                "acme



2026-03-02
",
                &given,
            );
            assert_eq!(args.unwrap().dir, Some(PathBuf::from("acme")));
            assert!(shown.starts_with("תוכנית חדשה: "), "{shown}");
            assert!(shown.contains("תיקייה לתוכנית [plan]: "), "{shown}");
            assert!(
                shown.contains("כותרת (שם התוכנית) (Enter כדי לדלג): "),
                "{shown}"
            );
        })
        .join()
        .unwrap();
        std::thread::spawn(|| {
            crate::i18n::follow_plan(None);
            // English until the Lithuanian template is chosen, by number.
            let (args, shown) = run(
                "acme
3
Planas



",
                &blank_args(),
            );
            let args = args.unwrap();
            assert_eq!(args.template.as_deref(), Some("lt-contact-center"));
            assert_eq!(args.title.as_deref(), Some("Planas"));
            assert!(shown.contains("Template (number or name) [1]: "), "{shown}");
            assert!(shown.contains("Pavadinimas (plano vardas)"), "{shown}");
            assert!(shown.contains("Pirmoji diena, YYYY-MM-DD ["), "{shown}");
        })
        .join()
        .unwrap();
    }
}
