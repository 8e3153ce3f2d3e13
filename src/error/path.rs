//! Why a kong.conf file path is refused (the data plane configuration's
//! certificate paths).

use super::quote::{QuotedChar, invisible};
use std::fmt;

/// What every path error expects.
pub(super) const EXPECTED_PATH: &str = "a non-empty file path of ASCII letters, digits and \
     '-', '.', '_', '/', ':', '@', '%', '+', '=', ',', '[' or ']'";

/// Why a path is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PathProblem {
    /// It is empty.
    Empty,
    /// It is not valid UTF-8, so it cannot be written as text.
    NotUtf8,
    /// It holds an invisible Unicode character.
    InvisibleCharacter(char),
    /// It holds a control character.
    ControlCharacter(char),
    /// It holds `#`, which starts a kong.conf comment.
    Hash,
    /// It holds `\`, which kong.conf reads as an escape.
    Backslash,
    /// It starts or ends with white space, which kong.conf trims.
    SurroundingWhitespace,
    /// It holds a character an environment file cannot hold as it is.
    NotEnvSafe(char),
}

impl fmt::Display for PathProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PathProblem::Empty => f.write_str("it is empty"),
            PathProblem::NotUtf8 => f.write_str("it is not valid UTF-8"),
            PathProblem::InvisibleCharacter(c) => invisible(f, *c),
            PathProblem::ControlCharacter(c) => {
                write!(f, "it contains the control character {}", QuotedChar(*c))
            }
            PathProblem::Hash => {
                f.write_str("it contains '#', which kong.conf reads as the start of a comment")
            }
            PathProblem::Backslash => {
                f.write_str("it contains '\\', which kong.conf reads as an escape")
            }
            PathProblem::SurroundingWhitespace => {
                f.write_str("it starts or ends with whitespace, which kong.conf trims")
            }
            PathProblem::NotEnvSafe(c) => write!(
                f,
                "it contains {}, which an environment file cannot hold as it is \
                 (POSIX sh, docker --env-file and Compose read it differently)",
                QuotedChar(*c)
            ),
        }
    }
}
