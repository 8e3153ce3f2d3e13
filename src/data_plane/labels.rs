//! `cluster_dp_labels`: the labels Konnect shows for a data plane node,
//! checked as Kong checks them.

use crate::Error;
use crate::error::DpLabelProblem;

/// The `cluster_dp_labels` value for `labels`, checked as Kong checks them;
/// `None` for no labels.
pub(super) fn dp_labels<S: AsRef<str>>(
    labels: impl IntoIterator<Item = S>,
) -> Result<Option<String>, Error> {
    let labels: Vec<S> = labels.into_iter().collect();
    if labels.len() > MAX_DP_LABELS {
        return Err(Error::dp_label(
            labels
                .iter()
                .map(AsRef::as_ref)
                .collect::<Vec<&str>>()
                .join(","),
            DpLabelProblem::TooMany(labels.len()),
        ));
    }
    for label in &labels {
        check_dp_label(label.as_ref())
            .map_err(|problem| Error::dp_label(label.as_ref().to_owned(), problem))?;
    }
    Ok((!labels.is_empty()).then(|| {
        labels
            .iter()
            .map(AsRef::as_ref)
            .collect::<Vec<&str>>()
            .join(",")
    }))
}

/// Kong's limit on the number of `cluster_dp_labels`.
const MAX_DP_LABELS: usize = 10;

/// Kong's limit on the length of a label's key and of its value.
const MAX_DP_LABEL_PART: usize = 63;

/// The key prefixes Kong reserves, compared ignoring ASCII case.
const RESERVED_DP_LABEL_PREFIXES: [&str; 5] = ["kong", "konnect", "insomnia", "mesh", "kic"];

/// Checks one `KEY:VALUE` label as Kong does: split at the first `:`, then
/// `[a-z0-9]([\w\.:-]*[a-z0-9]|)` on each part case-insensitively (ASCII:
/// Kong's pattern has no Unicode flag), 1 to 63 bytes, and the reserved key
/// prefixes. Kong's pattern would let a key hold `:`, but the split at the
/// first `:` means none ever does.
fn check_dp_label(label: &str) -> Result<(), DpLabelProblem> {
    let (key, value) = label.split_once(':').ok_or(DpLabelProblem::NoSeparator)?;
    if key.is_empty() || key.len() > MAX_DP_LABEL_PART {
        return Err(DpLabelProblem::KeyLength(key.len()));
    }
    if !dp_label_part(key) {
        return Err(DpLabelProblem::KeyCharacters);
    }
    if let Some(prefix) = RESERVED_DP_LABEL_PREFIXES.iter().find(|prefix| {
        key.get(..prefix.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(prefix))
    }) {
        return Err(DpLabelProblem::ReservedKey(prefix));
    }
    if value.is_empty() || value.len() > MAX_DP_LABEL_PART {
        return Err(DpLabelProblem::ValueLength(value.len()));
    }
    if !dp_label_part(value) {
        return Err(DpLabelProblem::ValueCharacters);
    }
    Ok(())
}

/// Whether `part` matches Kong's `[a-z0-9]([\w\.:-]*[a-z0-9]|)`, ignoring
/// ASCII case.
fn dp_label_part(part: &str) -> bool {
    let bytes = part.as_bytes();
    let (Some(first), Some(last)) = (bytes.first(), bytes.last()) else {
        return false;
    };
    first.is_ascii_alphanumeric()
        && last.is_ascii_alphanumeric()
        && bytes
            .iter()
            .all(|byte| byte.is_ascii_alphanumeric() || b"_.:-".contains(byte))
}
