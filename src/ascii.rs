//! ASCII case folding for the hot paths: hostnames are compared with the
//! table's lower-case texts without allocating. Imports nothing of the crate.

/// Whether `input` is `lower` (lower-case ASCII, as every text of the table
/// is; a test checks) ignoring ASCII case, eight bytes at a time.
///
/// Where `lower` has a letter, setting bit `0x20` of the input's byte turns
/// that letter's upper-case form into it and no other byte; elsewhere the
/// bytes must be equal. Measured with `benches/callgrind.sh`: comparing
/// suffixes byte by byte with `eq_ignore_ascii_case` was the largest part
/// of `classify`.
#[inline]
pub(crate) fn eq_lower(input: &[u8], lower: &[u8]) -> bool {
    if input.len() != lower.len() {
        return false;
    }
    let mut inputs = input.chunks_exact(8);
    let mut lowers = lower.chunks_exact(8);
    for (have, want) in (&mut inputs).zip(&mut lowers) {
        let (Ok(have), Ok(want)) = (<[u8; 8]>::try_from(have), <[u8; 8]>::try_from(want)) else {
            return false;
        };
        let (have, want) = (u64::from_le_bytes(have), u64::from_le_bytes(want));
        if have | letter_bits(want) != want {
            return false;
        }
    }
    inputs
        .remainder()
        .iter()
        .zip(lowers.remainder())
        .all(|(have, want)| have | if want.is_ascii_lowercase() { 0x20 } else { 0 } == *want)
}

/// `0x20` in each byte of `word` that is a lower-case ASCII letter, `0`
/// in the others; `word` holds ASCII bytes only, so no byte's sum carries
/// into the next.
#[inline]
pub(crate) const fn letter_bits(word: u64) -> u64 {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const HIGH: u64 = ONES << 7;
    // A byte's high bit after adding 0x1f says it is at least `a` (0x61);
    // after adding 0x05, at least `{` (0x7b), one past `z`.
    let from_a = word.wrapping_add(ONES.wrapping_mul(0x1f));
    let past_z = word.wrapping_add(ONES.wrapping_mul(0x05));
    ((from_a & !past_z) & HIGH) >> 2
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every input byte against every byte the table can hold, in the
    /// word-at-a-time part and in the remainder.
    #[test]
    fn eq_lower_is_eq_ignore_ascii_case() {
        let wanted = (b'a'..=b'z').chain(b'0'..=b'9').chain([b'-', b'.']);
        for want in wanted {
            for have in 0..=u8::MAX {
                let same = have.eq_ignore_ascii_case(&want);
                for at in [0, 3, 7, 8, 10] {
                    let mut input = *b"konghq.com.";
                    let mut lower = *b"konghq.com.";
                    input[at] = have;
                    lower[at] = want;
                    assert_eq!(eq_lower(&input, &lower), same, "{have} {want} at {at}");
                }
            }
        }
        assert!(!eq_lower(b"konghq.co", b"konghq.com"));
        // Shorter than a word, and exactly one word.
        assert!(eq_lower(b"CoM", b"com"));
        assert!(!eq_lower(b"c0m", b"com"));
        assert!(eq_lower(b"KONGHQ.C", b"konghq.c"));
        assert!(!eq_lower(b"KONGHQ-C", b"konghq.c"));
        assert!(eq_lower(b"", b""));
    }
}
