//! Why a requirements document (the serde form of `Requirements` or a
//! `RequirementsSpec`) does not resolve.

use std::fmt;

/// Why a document is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum DocumentProblem {
    /// It has neither a geo nor a control plane endpoint to take one from.
    MissingGeo,
    /// Its `rules` are not those its inputs resolve to.
    #[cfg(feature = "serde")]
    RulesDiffer {
        /// Where the first difference is, counting from 1.
        position: usize,
        /// The rule written there, as text; `None` past the end.
        found: Option<String>,
        /// The rule the inputs resolve to there; `None` past the end.
        expected: Option<String>,
    },
    /// Its `concrete` is not what its inputs resolve to.
    #[cfg(feature = "serde")]
    ConcreteDiffers {
        /// The value written.
        found: bool,
    },
}

impl fmt::Display for DocumentProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DocumentProblem::MissingGeo => {
                f.write_str("it names no geo; expected a \"geo\" or a \"control_plane_endpoint\"")
            }
            #[cfg(feature = "serde")]
            DocumentProblem::RulesDiffer {
                position,
                found,
                expected,
            } => write!(
                f,
                "its rule {position} is {}, but its inputs resolve to {} there; \
                 expected no \"rules\" or exactly the rules the inputs resolve to",
                found.as_deref().unwrap_or("missing"),
                expected.as_deref().unwrap_or("no rule"),
            ),
            #[cfg(feature = "serde")]
            DocumentProblem::ConcreteDiffers { found } => write!(
                f,
                "its \"concrete\" is {found}, but its inputs resolve to {}",
                !found
            ),
        }
    }
}
