//! The rules of DNS names (RFC 1123), as the hot paths need them: no
//! allocation, no error values, nothing else of the crate.

/// The longest DNS label.
pub(crate) const MAX_LABEL: usize = 63;

/// Which bytes a DNS label may hold: ASCII letters, digits and `-`. A
/// table, so the scan of a label costs one load and test a byte.
// Evaluated at compile time: an index out of bounds would fail the build.
#[allow(clippy::indexing_slicing)]
const IN_LABEL: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        // `byte` is below 256, so the cast cannot truncate.
        let b = byte as u8;
        table[byte] = b.is_ascii_alphanumeric() || b == b'-';
        byte += 1;
    }
    table
};

/// The longest hostname, without a trailing dot.
pub(crate) const MAX_HOST: usize = 253;

/// Whether `label` is one DNS label: 1 to 63 ASCII letters, digits or
/// hyphens, no hyphen first or last, and no `--` in places three and four
/// (IDNA's `xn--`). `check_label` (in `names::identifier`) says why not.
#[inline]
pub(crate) fn is_label(label: &[u8]) -> bool {
    let allowed = |byte: &u8| IN_LABEL.get(usize::from(*byte)).copied().unwrap_or(false);
    label.len() <= MAX_LABEL
        && label.iter().all(allowed)
        && !matches!(label, [] | [b'-', ..] | [.., b'-'] | [_, _, b'-', b'-', ..])
}
