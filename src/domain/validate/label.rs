//! How a diagnostic names an item ("milestone `crm`", "the reading of
//! 2026-03-01 of `fcr`"), worded only when a diagnostic needs it.
//!
//! A check walks every item of the plan and most of them are fine: the
//! large plan's 100,000 readings each had their label worded in the plan's
//! language before anything was found wrong, a tenth of a `status` run.
//! A [`Label`] keeps the message id and its values, and asks the catalogue
//! only in [`Label::text`].

use crate::i18n::{Args, Value};

/// A label: text already worded, or a catalogue message with its values.
#[derive(Clone, Debug)]
pub enum Label {
    Text(String),
    Message(&'static str, Vec<(&'static str, Arg)>),
}

/// A value put into a label's message.
#[derive(Clone, Debug)]
pub enum Arg {
    Text(String),
    Number(f64),
}

impl Label {
    /// The label in words, in the current language.
    pub fn text(&self) -> String {
        match self {
            Label::Text(text) => text.clone(),
            Label::Message(id, values) => {
                let mut args = Args::new();
                for (name, value) in values {
                    match value {
                        Arg::Text(text) => args.set(*name, Value::from(text.as_str())),
                        Arg::Number(n) => args.set(*name, Value::from(*n)),
                    }
                }
                crate::i18n::message(id, Some(&args))
            }
        }
    }
}

impl From<String> for Label {
    fn from(text: String) -> Self {
        Label::Text(text)
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_string())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Self {
        Arg::Text(text.clone())
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Number(n as f64)
    }
}

/// `label!("id", name = value, …)`: as `t!`, but worded when shown.
macro_rules! label {
    ($id:expr) => {
        $crate::domain::validate::label::Label::Message($id, Vec::new())
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::domain::validate::label::Label::Message(
            $id,
            vec![$((stringify!($name), $crate::domain::validate::label::Arg::from($value))),+],
        )
    };
}
pub(crate) use label;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_reads_as_the_message_would() {
        let lazy = label!("check-whose-reading", on = "2026-03-01", id = "fcr");
        let now = crate::t!("check-whose-reading", on = "2026-03-01", id = "fcr");
        assert_eq!(lazy.text(), now);
        let lazy = label!("check-first-commitment", n = 3usize);
        assert_eq!(lazy.text(), crate::t!("check-first-commitment", n = 3usize));
        assert_eq!(Label::from("as is".to_string()).text(), "as is");
    }
}
