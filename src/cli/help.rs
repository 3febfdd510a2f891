//! `--help` and clap's own errors in the language shown.
//!
//! The language is known before clap parses: `--lang` or `CHARTER_LANG`
//! when given, else the `language:` of the plan in `--plan` or the current
//! folder (read from plan.yaml alone, never failing: a broken plan.yaml
//! says nothing and English is spoken). In Hebrew or Lithuanian every
//! about and help text of the command tree is replaced by its message
//! (`cli-help-PATH-about`, `cli-help-PATH-arg-ARG`, or `cli-help-arg-ARG`
//! for an option every command has), clap's headings come from a
//! translated help template, and a parse error is worded from its kind
//! and context. Flag and command names, metavariables and exit codes stay
//! as they are; English is clap's own output, untouched. Shell
//! completions and the man page are built from the English tree.

use std::error::Error as _;
use std::ffi::OsString;
use std::path::PathBuf;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Command, CommandFactory, FromArgMatches, Parser};

use super::Cli;
use crate::i18n::{self, Lang};
use crate::store::plan_dir;
use crate::t;

/// What parsing the command line came to: the arguments, or a parse
/// error's text and exit code (help and version are printed by clap, which
/// then ends the process).
pub enum Parsed {
    Cli(Box<Cli>),
    Exit {
        text: String,
        to_stderr: bool,
        code: i32,
    },
}

/// Parses `args` (the program's name first) with help and errors in the
/// language of [`early_language`].
pub fn parse(args: Vec<OsString>) -> Parsed {
    let lang = early_language(&args, |name| std::env::var_os(name));
    // Value parsers (dates, `--lang`) word their errors in it too; `run`
    // chooses the language again once the arguments are known.
    i18n::follow_plan(Some(lang));
    if lang == Lang::En {
        // clap's own words and layout, as ever.
        return match Cli::try_parse_from(args) {
            Ok(cli) => Parsed::Cli(Box::new(cli)),
            Err(e) => e.exit(),
        };
    }
    let mut cmd = localized(Cli::command());
    let result = cmd
        .try_get_matches_from_mut(args)
        .and_then(|m| Cli::from_arg_matches(&m));
    match result {
        Ok(cli) => Parsed::Cli(Box::new(cli)),
        Err(e) => match e.kind() {
            // The help of the localized tree, printed by clap.
            ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => e.exit(),
            _ => Parsed::Exit {
                text: error_text(&e),
                to_stderr: e.use_stderr(),
                code: e.exit_code(),
            },
        },
    }
}

/// The language for help and parse errors: `--lang`/`--lang=` among
/// `args`, else `CHARTER_LANG`, else the plan's, else English. A value
/// that names no language gives English (clap then reports it).
pub fn early_language(args: &[OsString], env: impl Fn(&str) -> Option<OsString>) -> Lang {
    let mut plan: Option<PathBuf> = None;
    // `Some(None)`: a language was asked for that charter does not speak.
    let mut given: Option<Option<Lang>> = None;
    let mut words = args.iter().skip(1);
    while let Some(word) = words.next() {
        let Some(word) = word.to_str() else { continue };
        if word == "--" {
            break;
        }
        if word == "--lang" {
            let code = words.next().and_then(|w| w.to_str()).unwrap_or_default();
            given = given.or(Some(Lang::from_code(code)));
        } else if let Some(code) = word.strip_prefix("--lang=") {
            given = given.or(Some(Lang::from_code(code)));
        } else if word == "--plan" {
            plan = words.next().map(PathBuf::from);
        } else if let Some(dir) = word.strip_prefix("--plan=") {
            plan = Some(PathBuf::from(dir));
        }
    }
    // A language asked for but unknown is refused in English, which names
    // the three (the plan's language is not what was asked for).
    if let Some(lang) = given {
        return lang.unwrap_or_default();
    }
    if let Some(code) = env("CHARTER_LANG") {
        return code.to_str().and_then(Lang::from_code).unwrap_or_default();
    }
    let Ok(cwd) = std::env::current_dir() else {
        return Lang::En;
    };
    let plan = plan.map(|p| if p.is_absolute() { p } else { cwd.join(p) });
    plan_dir::find(&cwd, plan.as_deref())
        .ok()
        .and_then(|dir| plan_dir::language(&dir))
        .unwrap_or_default()
}

/// The whole command tree with its texts in the current language.
pub fn localized(mut cmd: Command) -> Command {
    cmd.build();
    localize(cmd, "")
}

/// The message `id`, when the catalogue has it.
fn known(id: &str) -> Option<String> {
    i18n::has(id).then(|| i18n::message(id, None))
}

/// The id of a command's about text. The `help` subcommands clap adds
/// repeat the abouts of the commands they explain: `charter help review
/// new` is worded by `cli-help-review-new-about`, every `help` by
/// `cli-help-help-about`.
fn about_id(path: &str) -> String {
    if path.ends_with("-help") {
        return "cli-help-help-about".to_string();
    }
    let path: Vec<&str> = path.split('-').filter(|p| *p != "help").collect();
    format!("cli-help{}-about", path.join("-"))
}

/// The ids that can word an argument's help, the command's own first:
/// options every command has (`--plan`, `--help`…) are worded once.
fn arg_ids(path: &str, id: &str) -> [String; 2] {
    let key = id.replace('_', "-");
    [
        format!("cli-help{path}-arg-{key}"),
        format!("cli-help-arg-{key}"),
    ]
}

/// `path` is `""` for `charter`, else `-status`, `-review-new`…
fn localize(mut cmd: Command, path: &str) -> Command {
    if let Some(about) = known(&about_id(path)) {
        cmd = cmd.about(about).long_about(None::<&str>);
    }
    if cmd.get_after_help().is_some() {
        if let Some(after) = known(&format!("cli-help{path}-after")) {
            cmd = cmd.after_help(after).after_long_help(None::<&str>);
        }
    }
    let args: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().as_str().to_string())
        .collect();
    for id in args {
        let help = arg_ids(path, &id).iter().find_map(|id| known(id));
        cmd = cmd.mut_arg(&id, |mut arg| {
            let mut text =
                help.unwrap_or_else(|| arg.get_help().map(ToString::to_string).unwrap_or_default());
            let takes_values = arg.get_action().takes_values();
            if takes_values && !arg.is_hide_default_value_set() {
                let defaults: Vec<String> = arg
                    .get_default_values()
                    .iter()
                    .map(|v| v.to_string_lossy().into_owned())
                    .collect();
                if !defaults.is_empty() {
                    text.push_str(&format!(
                        " [{}]",
                        t!("cli-help-default", value = defaults.join(", "))
                    ));
                }
                arg = arg.hide_default_value(true);
            }
            if takes_values && !arg.is_hide_possible_values_set() {
                let values: Vec<String> = arg
                    .get_possible_values()
                    .iter()
                    .filter(|v| !v.is_hide_set())
                    .map(|v| v.get_name().to_string())
                    .collect();
                if !values.is_empty() {
                    text.push_str(&format!(
                        " [{}]",
                        t!("cli-help-possible", values = values.join(", "))
                    ));
                }
                arg = arg.hide_possible_values(true);
            }
            arg.help(text.trim_start().to_string())
                .long_help(None::<&str>)
        });
    }
    let subcommands: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in subcommands {
        let sub_path = format!("{path}-{name}");
        cmd = cmd.mut_subcommand(&name, |s| localize(s, &sub_path));
    }
    let usage = cmd
        .render_usage()
        .to_string()
        .lines()
        .map(|l| l.trim_start_matches("Usage:").trim().to_string())
        .collect::<Vec<_>>()
        .join("\n       ");
    let usage = placeholders(&usage);
    let template = template(&cmd);
    cmd.override_usage(usage).help_template(template)
}

/// clap's `[OPTIONS]`, `<COMMAND>` and `[COMMAND]` in the usage line, in words.
fn placeholders(usage: &str) -> String {
    usage
        .replace("[OPTIONS]", &format!("[{}]", t!("cli-help-options-mark")))
        .replace("<COMMAND>", &format!("<{}>", t!("cli-help-command-mark")))
        .replace("[COMMAND]", &format!("[{}]", t!("cli-help-command-mark")))
}

/// clap's default help layout with the headings in words, and only the
/// sections the command has.
fn template(cmd: &Command) -> String {
    let visible = |a: &&clap::Arg| !a.is_hide_set();
    let mut out = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}",
        t!("cli-help-usage")
    );
    if cmd.get_subcommands().any(|s| !s.is_hide_set()) {
        out.push_str(&format!("\n\n{}\n{{subcommands}}", t!("cli-help-commands")));
    }
    if cmd.get_positionals().any(|a| visible(&a)) {
        out.push_str(&format!(
            "\n\n{}\n{{positionals}}",
            t!("cli-help-arguments")
        ));
    }
    if cmd
        .get_arguments()
        .filter(visible)
        .any(|a| !a.is_positional())
    {
        out.push_str(&format!("\n\n{}\n{{options}}", t!("cli-help-options")));
    }
    out.push_str("{after-help}");
    out
}

/// A context value as plain text.
fn value(e: &clap::Error, kind: ContextKind) -> Option<String> {
    match e.get(kind)? {
        ContextValue::None => None,
        ContextValue::Bool(b) => Some(b.to_string()),
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => Some(v.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::StyledStrs(v) => Some(
            v.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        ),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// A parse error in words: what is wrong, a suggestion when clap has
/// one, the usage line and where to read more, as clap lays them out.
fn error_text(e: &clap::Error) -> String {
    let arg = value(e, ContextKind::InvalidArg).unwrap_or_default();
    let given = value(e, ContextKind::InvalidValue).unwrap_or_default();
    let what = match e.kind() {
        ErrorKind::UnknownArgument => t!("cli-clap-unknown-argument", arg = arg),
        ErrorKind::InvalidSubcommand => t!(
            "cli-clap-unknown-subcommand",
            name = value(e, ContextKind::InvalidSubcommand).unwrap_or_default()
        ),
        ErrorKind::InvalidValue if given.is_empty() => {
            t!("cli-clap-value-required", arg = arg)
        }
        ErrorKind::InvalidValue => t!("cli-clap-invalid-value", value = given, arg = arg),
        ErrorKind::ValueValidation => {
            // The value parser's own reason, worded by charter.
            let why = e.source().map(ToString::to_string).unwrap_or_default();
            t!(
                "cli-clap-invalid-value-why",
                value = given,
                arg = arg,
                why = why
            )
        }
        ErrorKind::MissingRequiredArgument => t!("cli-clap-missing", args = arg),
        ErrorKind::MissingSubcommand => t!(
            "cli-clap-missing-subcommand",
            name = value(e, ContextKind::InvalidSubcommand).unwrap_or_default()
        ),
        ErrorKind::ArgumentConflict => t!(
            "cli-clap-conflict",
            arg = arg,
            other = value(e, ContextKind::PriorArg).unwrap_or_default()
        ),
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            t!("cli-clap-values", arg = arg)
        }
        ErrorKind::NoEquals => t!("cli-clap-no-equals", arg = arg),
        _ => t!("cli-clap-other"),
    };
    let mut out = format!("{} {what}\n", t!("cli-clap-error"));
    let valid = value(e, ContextKind::ValidValue);
    if let Some(valid) = valid.filter(|_| e.kind() == ErrorKind::InvalidValue) {
        out.push_str(&format!(
            "  [{}]\n",
            t!("cli-help-possible", values = valid)
        ));
    }
    for kind in [
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedArg,
        ContextKind::SuggestedValue,
    ] {
        if let Some(s) = value(e, kind) {
            out.push_str(&format!("\n  {}\n", t!("cli-clap-similar", name = s)));
        }
    }
    if let Some(usage) = value(e, ContextKind::Usage) {
        let usage = usage.trim().trim_start_matches("Usage:").trim();
        out.push_str(&format!(
            "\n{} {}\n",
            t!("cli-help-usage"),
            placeholders(usage)
        ));
    }
    out.push_str(&format!("\n{}\n", t!("cli-clap-more")));
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    /// Every about and help text of the command tree, with the ids that
    /// can word it.
    fn texts(cmd: &Command, path: &str, out: &mut Vec<(Vec<String>, String)>) {
        if let Some(about) = cmd.get_about() {
            out.push((vec![about_id(path)], about.to_string()));
        }
        if let Some(after) = cmd.get_after_help() {
            out.push((vec![format!("cli-help{path}-after")], after.to_string()));
        }
        for arg in cmd.get_arguments() {
            if let Some(help) = arg.get_help() {
                let ids = arg_ids(path, arg.get_id().as_str());
                out.push((ids.to_vec(), help.to_string()));
            }
        }
        for sub in cmd.get_subcommands() {
            texts(sub, &format!("{path}-{}", sub.get_name()), out);
        }
    }

    #[test]
    fn every_help_text_has_its_words_in_the_catalogue() {
        let mut cmd = Cli::command();
        cmd.build();
        let mut all = Vec::new();
        texts(&cmd, "", &mut all);
        let missing: Vec<String> = all
            .iter()
            .filter(|(ids, _)| !ids.iter().any(|id| i18n::has(id)))
            .map(|(ids, text)| format!("{} = {text}", ids[ids.len() - 1]))
            .collect();
        assert!(missing.is_empty(), "no words for:\n{}", missing.join("\n"));
    }

    #[test]
    fn the_language_is_read_from_the_arguments_then_the_environment() {
        let args = |a: &[&str]| -> Vec<OsString> { a.iter().map(OsString::from).collect() };
        let none = |_: &str| None;
        let lt = |name: &str| (name == "CHARTER_LANG").then(|| OsString::from("lt"));
        assert_eq!(
            early_language(&args(&["charter", "--lang", "he", "status"]), lt),
            Lang::He
        );
        assert_eq!(
            early_language(&args(&["charter", "status", "--lang=LT"]), none),
            Lang::Lt
        );
        assert_eq!(early_language(&args(&["charter", "status"]), lt), Lang::Lt);
        // After `--` a word is an operand, not the option.
        assert_eq!(
            early_language(&args(&["charter", "--", "--lang", "he"]), lt),
            Lang::Lt
        );
        // An unknown language is refused in English, whatever else says.
        assert_eq!(
            early_language(&args(&["charter", "--lang", "fr", "status"]), lt),
            Lang::En
        );
        let xx = |name: &str| (name == "CHARTER_LANG").then(|| OsString::from("xx"));
        assert_eq!(early_language(&args(&["charter", "status"]), xx), Lang::En);
    }
}
