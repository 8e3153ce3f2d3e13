//! Why a `RenderOptions` value (or the Helm chart's secret name) is
//! refused; the options module names the option and what it accepts.

use super::quote::{Quoted, QuotedChar, invisible};
use std::fmt;

/// Why an option value is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum RenderOptionProblem {
    /// It is empty.
    Empty,
    /// It is longer than allowed; carries the length in bytes.
    TooLong(usize),
    /// It holds a character the option does not accept.
    BadCharacter(char),
    /// It holds an invisible Unicode character (a format character or a
    /// line or paragraph separator).
    InvisibleCharacter(char),
    /// It starts with a character the option does not accept first.
    BadStart(char),
    /// It ends with a character the option does not accept last.
    BadEnd(char),
    /// A label key's prefix (before `/`) is refused.
    KeyPrefix(Box<RenderOptionProblem>),
    /// One DNS label of a label key's prefix is refused.
    KeyPrefixLabel {
        /// The label.
        label: String,
        /// Why it is refused.
        problem: Box<RenderOptionProblem>,
    },
    /// A label key's name (after `/`) is refused.
    KeyName(Box<RenderOptionProblem>),
    /// A label key is given twice.
    Duplicate,
    /// A number is out of range.
    OutOfRange,
}

impl fmt::Display for RenderOptionProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RenderOptionProblem::Empty => f.write_str("it is empty"),
            RenderOptionProblem::TooLong(len) => write!(f, "it is {len} bytes long"),
            RenderOptionProblem::BadCharacter(c) => write!(f, "it contains {}", QuotedChar(*c)),
            RenderOptionProblem::InvisibleCharacter(c) => invisible(f, *c),
            RenderOptionProblem::BadStart(c) => write!(f, "it starts with {}", QuotedChar(*c)),
            RenderOptionProblem::BadEnd(c) => write!(f, "it ends with {}", QuotedChar(*c)),
            RenderOptionProblem::KeyPrefix(problem) => write!(f, "its prefix: {problem}"),
            RenderOptionProblem::KeyPrefixLabel { label, problem } => {
                write!(f, "its prefix label {}: {problem}", Quoted(label))
            }
            RenderOptionProblem::KeyName(problem) => write!(f, "its name: {problem}"),
            RenderOptionProblem::Duplicate => f.write_str("it is given twice"),
            RenderOptionProblem::OutOfRange => f.write_str("it is out of range"),
        }
    }
}
