//! Why a string is not one DNS label (`check_label` in `names::identifier`).

use super::quote::QuotedChar;
use std::fmt;

/// What every identifier error expects.
pub(super) const EXPECTED_LABEL: &str =
    "one DNS label: 1 to 63 ASCII letters, digits or hyphens, not starting or ending with a hyphen";

/// Why a string is not a DNS label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LabelProblem {
    /// The label is empty.
    Empty,
    /// The label is longer than 63 bytes; carries the length.
    TooLong(usize),
    /// The label holds a character other than an ASCII letter, digit or hyphen.
    BadCharacter(char),
    /// The label starts with a hyphen.
    LeadingHyphen,
    /// The label ends with a hyphen.
    TrailingHyphen,
    /// The label has hyphens in its third and fourth places, like IDNA `xn--`
    /// labels; refused so that no look-alike Unicode name can pass as ASCII.
    ReservedHyphens,
}

impl fmt::Display for LabelProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LabelProblem::Empty => f.write_str("it is empty"),
            LabelProblem::TooLong(len) => write!(f, "it is {len} bytes long"),
            LabelProblem::BadCharacter(c) => write!(f, "it contains {}", QuotedChar(*c)),
            LabelProblem::LeadingHyphen => f.write_str("it starts with a hyphen"),
            LabelProblem::TrailingHyphen => f.write_str("it ends with a hyphen"),
            LabelProblem::ReservedHyphens => {
                f.write_str("it has \"--\" in its third and fourth places (reserved for IDNA)")
            }
        }
    }
}
