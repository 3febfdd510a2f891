//! What a scalar means under YAML 1.2's core schema, the schema editors
//! and current YAML libraries use: `null`, a boolean, an integer, a float
//! or text.
//!
//! The loader reads plan values by these rules, so a plan means in charter
//! what it means in an editor checking it against the JSON Schemas: `_62`
//! and `6_2` are text, not 62; `yes`, `on` and `no` are text, not booleans
//! (YAML 1.1 read them as booleans; 1.2 does not); `0x1F`, `0o17`, `+12`,
//! `.5` and `1e3` are numbers.

/// A scalar's value under the core schema.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Core {
    Null,
    Bool(bool),
    /// An integer; `None` when it does not fit in an `i128`.
    Int(Option<i128>),
    /// A float, possibly infinite or NaN (`.inf`, `.nan`, `1e400`).
    Float(f64),
    Str,
}

/// How a plain (unquoted, untagged) scalar resolves.
pub fn resolve_plain(text: &str) -> Core {
    if is_null(text) {
        Core::Null
    } else if let Some(b) = boolean(text) {
        Core::Bool(b)
    } else if let Some(n) = integer(text) {
        Core::Int(n)
    } else if let Some(f) = float(text) {
        Core::Float(f)
    } else {
        Core::Str
    }
}

pub fn is_null(text: &str) -> bool {
    matches!(text, "" | "~" | "null" | "Null" | "NULL")
}

pub fn boolean(text: &str) -> Option<bool> {
    match text {
        "true" | "True" | "TRUE" => Some(true),
        "false" | "False" | "FALSE" => Some(false),
        _ => None,
    }
}

/// Words YAML 1.1 read as booleans and 1.2 reads as text: in a boolean
/// field they are refused with a hint rather than read one way or the other.
pub fn is_yaml11_boolean(text: &str) -> bool {
    matches!(
        text.to_ascii_lowercase().as_str(),
        "yes" | "no" | "on" | "off" | "y" | "n"
    )
}

/// `Some` when `text` is written as a core integer: `[-+]?[0-9]+`,
/// `0o[0-7]+` or `0x[0-9a-fA-F]+`; its value, `None` if beyond `i128`.
pub fn integer(text: &str) -> Option<Option<i128>> {
    let digits = |s: &str, radix: u32| !s.is_empty() && s.chars().all(|c| c.is_digit(radix));
    if let Some(octal) = text.strip_prefix("0o") {
        return digits(octal, 8).then(|| i128::from_str_radix(octal, 8).ok());
    }
    if let Some(hex) = text.strip_prefix("0x") {
        return digits(hex, 16).then(|| i128::from_str_radix(hex, 16).ok());
    }
    let unsigned = text.strip_prefix(['-', '+']).unwrap_or(text);
    // `i128::from_str` takes the same `[-+]?[0-9]+`.
    digits(unsigned, 10).then(|| text.parse::<i128>().ok())
}

/// `Some` when `text` is written as a core float (integers included):
/// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, `[-+]?.inf` or
/// `.nan` in any of their three spellings. A decimal too large for an
/// `f64` is infinite.
pub fn float(text: &str) -> Option<f64> {
    let unsigned = text.strip_prefix(['-', '+']).unwrap_or(text);
    if matches!(unsigned, ".inf" | ".Inf" | ".INF") {
        return Some(if text.starts_with('-') {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        });
    }
    if matches!(text, ".nan" | ".NaN" | ".NAN") {
        return Some(f64::NAN);
    }
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    let (mantissa, exponent) = match unsigned.find(['e', 'E']) {
        Some(at) => (&unsigned[..at], Some(&unsigned[at + 1..])),
        None => (unsigned, None),
    };
    let mantissa_ok = match mantissa.split_once('.') {
        Some(("", fraction)) => !fraction.is_empty() && digits(fraction),
        Some((whole, fraction)) => !whole.is_empty() && digits(whole) && digits(fraction),
        None => !mantissa.is_empty() && digits(mantissa),
    };
    let exponent_ok = exponent.is_none_or(|e| {
        let e = e.strip_prefix(['-', '+']).unwrap_or(e);
        !e.is_empty() && digits(e)
    });
    // Rust's `f64` grammar is a superset of the pattern checked above.
    (mantissa_ok && exponent_ok)
        .then(|| text.parse::<f64>().ok())
        .flatten()
}

/// The core tags a plan file may use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tag {
    Str,
    Int,
    Float,
    Bool,
    Null,
}

impl Tag {
    /// The tag of a resolved tag name (`tag:yaml.org,2002:str`, or `!`, the
    /// non-specific tag, which makes a scalar text).
    pub fn from_name(name: &str) -> Option<Tag> {
        match name.strip_prefix("tag:yaml.org,2002:") {
            Some("str") => Some(Tag::Str),
            Some("int") => Some(Tag::Int),
            Some("float") => Some(Tag::Float),
            Some("bool") => Some(Tag::Bool),
            Some("null") => Some(Tag::Null),
            _ if name == "!" => Some(Tag::Str),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Tag::Str => "!!str",
            Tag::Int => "!!int",
            Tag::Float => "!!float",
            Tag::Bool => "!!bool",
            Tag::Null => "!!null",
        }
    }

    /// What `text` means under this tag; `None` when it does not fit.
    pub fn resolve(self, text: &str) -> Option<Core> {
        match self {
            Tag::Str => Some(Core::Str),
            Tag::Int => integer(text).map(Core::Int),
            Tag::Float => float(text).map(Core::Float),
            Tag::Bool => boolean(text).map(Core::Bool),
            Tag::Null => is_null(text).then_some(Core::Null),
        }
    }

    /// What a value under this tag must look like, for an error message.
    pub fn expects(self) -> String {
        match self {
            Tag::Str => crate::t!("yaml-expects-str"),
            Tag::Int => crate::t!("yaml-expects-int"),
            Tag::Float => crate::t!("yaml-expects-float"),
            Tag::Bool => crate::t!("yaml-expects-bool"),
            Tag::Null => crate::t!("yaml-expects-null"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_scalars_resolve_as_yaml_1_2_core() {
        for (text, want) in [
            ("", Core::Null),
            ("~", Core::Null),
            ("NULL", Core::Null),
            ("nULL", Core::Str),
            ("True", Core::Bool(true)),
            ("FALSE", Core::Bool(false)),
            ("yes", Core::Str),
            ("off", Core::Str),
            ("62", Core::Int(Some(62))),
            ("+12", Core::Int(Some(12))),
            ("-7", Core::Int(Some(-7))),
            ("0x1F", Core::Int(Some(31))),
            ("0o17", Core::Int(Some(15))),
            ("0X1F", Core::Str),
            ("-0x1F", Core::Str),
            ("0o8", Core::Str),
            ("_62", Core::Str),
            ("6_2", Core::Str),
            ("1,000", Core::Str),
            (".5", Core::Float(0.5)),
            ("5.", Core::Float(5.0)),
            ("-1.5e-3", Core::Float(-0.0015)),
            ("1e3", Core::Float(1000.0)),
            ("1E+3", Core::Float(1000.0)),
            (".", Core::Str),
            ("e3", Core::Str),
            ("1e", Core::Str),
            ("inf", Core::Str),
            ("infinity", Core::Str),
            ("NaN", Core::Str),
            ("-.INF", Core::Float(f64::NEG_INFINITY)),
            ("2026-01-05", Core::Str),
            ("12:30", Core::Str),
        ] {
            assert_eq!(resolve_plain(text), want, "{text:?}");
        }
        assert!(matches!(resolve_plain(".NaN"), Core::Float(f) if f.is_nan()));
        assert_eq!(resolve_plain("-.nan"), Core::Str);
        assert_eq!(resolve_plain(&"9".repeat(50)), Core::Int(None));
        assert_eq!(resolve_plain("1e400"), Core::Float(f64::INFINITY));
    }

    #[test]
    fn tags_check_their_text() {
        assert_eq!(Tag::Str.resolve("null"), Some(Core::Str));
        assert_eq!(Tag::Int.resolve("12"), Some(Core::Int(Some(12))));
        assert_eq!(Tag::Int.resolve("12.0"), None);
        assert_eq!(Tag::Float.resolve("12"), Some(Core::Float(12.0)));
        assert_eq!(Tag::Bool.resolve("yes"), None);
        assert_eq!(Tag::Null.resolve(""), Some(Core::Null));
        assert_eq!(Tag::Null.resolve("0"), None);
        assert_eq!(Tag::from_name("tag:yaml.org,2002:str"), Some(Tag::Str));
        assert_eq!(Tag::from_name("!"), Some(Tag::Str));
        assert_eq!(Tag::from_name("tag:yaml.org,2002:timestamp"), None);
        assert_eq!(Tag::from_name("!foo"), None);
    }
}
