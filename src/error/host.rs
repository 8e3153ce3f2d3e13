//! Why a string is not a hostname (`Host::new`).

use super::LabelProblem;
use super::quote::Quoted;
use std::fmt;

/// What every hostname error expects.
pub(super) const EXPECTED_HOST: &str = "DNS labels of ASCII letters, digits or hyphens separated \
     by dots, at most 253 characters, optionally starting with \"*.\"";

/// Why a string is not a hostname.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum HostProblem {
    /// The name is longer than 253 bytes; carries the length.
    TooLong(usize),
    /// One label is not a DNS label.
    Label {
        /// The label, as given.
        label: String,
        /// Why it is not a DNS label.
        problem: LabelProblem,
    },
}

impl fmt::Display for HostProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HostProblem::TooLong(len) => write!(f, "it is {len} bytes long"),
            HostProblem::Label { label, problem } => {
                write!(f, "label {}: {problem}", Quoted(label))
            }
        }
    }
}
