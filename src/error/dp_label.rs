//! Why a `cluster_dp_labels` label is refused: Kong's own checks
//! (`kong/conf_loader/parse.lua`), made by the data plane configuration.

use std::fmt;

/// What every label error expects: Kong's rules, as the data plane
/// configuration's checks apply them.
pub(super) const EXPECTED_DP_LABEL: &str = "at most 10 labels KEY:VALUE, key and value each 1 to \
     63 ASCII letters, digits, '_', '.', ':' or '-' starting and ending with a letter or digit, \
     the key not starting with kong, konnect, insomnia, mesh or kic";

/// Why a label is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DpLabelProblem {
    /// More than 10 labels; carries how many.
    TooMany(usize),
    /// No `:` separates key and value.
    NoSeparator,
    /// The key is not 1 to 63 bytes; carries its length.
    KeyLength(usize),
    /// The value is not 1 to 63 bytes; carries its length.
    ValueLength(usize),
    /// The key does not start and end with a letter or digit or holds
    /// another character than letters, digits, `_`, `.`, `-`.
    KeyCharacters,
    /// The value does not start and end with a letter or digit or holds
    /// another character than letters, digits, `_`, `.`, `:`, `-`.
    ValueCharacters,
    /// The key starts with a prefix Kong reserves (ASCII case ignored);
    /// carries the prefix.
    ReservedKey(&'static str),
}

impl fmt::Display for DpLabelProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DpLabelProblem::TooMany(count) => write!(f, "there are {count} labels"),
            DpLabelProblem::NoSeparator => f.write_str("it has no ':' between key and value"),
            DpLabelProblem::KeyLength(len) => write!(f, "its key is {len} bytes long"),
            DpLabelProblem::ValueLength(len) => write!(f, "its value is {len} bytes long"),
            DpLabelProblem::KeyCharacters => f.write_str(
                "its key does not start and end with a letter or digit, or holds another character",
            ),
            DpLabelProblem::ValueCharacters => f.write_str(
                "its value does not start and end with a letter or digit, or holds another character",
            ),
            DpLabelProblem::ReservedKey(prefix) => {
                write!(f, "its key starts with the reserved prefix \"{prefix}\"")
            }
        }
    }
}
