//! Diagnostics: what `charter check` reports.
//!
//! The domain names *where* a problem is by a path into a file ("milestones",
//! 3, "owner"); the store turns that path into a line and column, since only
//! it knows the text.

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// One step of a path into a YAML document.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Seg {
    Key(&'static str),
    Index(usize),
}

impl From<&'static str> for Seg {
    fn from(key: &'static str) -> Seg {
        Seg::Key(key)
    }
}

impl From<usize> for Seg {
    fn from(index: usize) -> Seg {
        Seg::Index(index)
    }
}

/// Where a diagnostic points: a path the store resolves, or a known position.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum At {
    Path(Vec<Seg>),
    Pos { line: u32, col: u32 },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A stable short name for scripts, such as `unknown-ref`.
    pub code: &'static str,
    /// The file, relative to the plan folder, with `/` separators.
    pub file: String,
    pub at: At,
    pub message: String,
}

impl Diagnostic {
    pub fn error(
        code: &'static str,
        file: impl Into<String>,
        at: At,
        message: impl Into<String>,
    ) -> Self {
        Self::new(Severity::Error, code, file.into(), at, message.into())
    }

    pub fn warning(
        code: &'static str,
        file: impl Into<String>,
        at: At,
        message: impl Into<String>,
    ) -> Self {
        Self::new(Severity::Warning, code, file.into(), at, message.into())
    }

    fn new(severity: Severity, code: &'static str, file: String, at: At, message: String) -> Self {
        Diagnostic {
            severity,
            code,
            file,
            at,
            message,
        }
    }

    /// Line and column, once resolved (1, 1 when only the file is known).
    pub fn line_col(&self) -> (u32, u32) {
        match self.at {
            At::Pos { line, col } => (line, col),
            At::Path(_) => (1, 1),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (line, col) = self.line_col();
        write!(
            f,
            "{}:{}:{}: {}: {}",
            self.file,
            line,
            col,
            self.severity.as_str(),
            self.message
        )
    }
}

/// Builds a path: `path!["milestones", 3, "owner"]`.
#[macro_export]
macro_rules! path {
    ($($seg:expr),* $(,)?) => {
        $crate::domain::diag::At::Path(vec![$($crate::domain::diag::Seg::from($seg)),*])
    };
}
