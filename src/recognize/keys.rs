//! The keys `classify` compares first: each spelling's last service label
//! and domain as one number, computed from the table when the crate is
//! compiled (and, for a test's table, when the test runs).

use crate::facts::{DOMAINS, FACTS, Row, Spelling};

/// A label's length (up to 255), first and last byte lower-cased, and the
/// index of its domain in [`DOMAINS`], as one number. The same function
/// makes the table's keys at compile time and the input's at run time.
#[inline]
pub(super) const fn key(label: &[u8], domain: usize) -> u32 {
    let (first, last) = match (label.first(), label.last()) {
        (Some(first), Some(last)) => (first.to_ascii_lowercase(), last.to_ascii_lowercase()),
        _ => (0, 0),
    };
    let len = if label.len() > 0xff {
        0xff
    } else {
        label.len() as u32
    };
    len | (first as u32) << 8 | (last as u32) << 16 | ((domain & 0xff) as u32) << 24
}

/// A spelling's [`key`], with the places of its row and of the spelling
/// in the row.
pub(crate) type SpellingKey = (u32, u8, u8);

/// How many spellings the crate's table has.
const SPELLINGS: usize = spelling_count(FACTS.endpoints);

/// Each spelling's [`key`] with the spelling's row and place in the row,
/// in table order, derived from the crate's table when the crate is
/// compiled: one flat list is quicker to scan than the rows.
pub(crate) const KEYS: [SpellingKey; SPELLINGS] = {
    let mut keys = [(0, 0, 0); SPELLINGS];
    let mut next = 0;
    let rows = FACTS.endpoints;
    let mut row = 0;
    // Indexing and arithmetic here run in the compiler: an index out of
    // bounds or an overflow fails the build instead of panicking.
    #[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
    while row < rows.len() {
        let spellings = rows[row].spellings;
        let mut index = 0;
        while index < spellings.len() {
            keys[next] = spelling_key(&spellings[index], row, index);
            next += 1;
            index += 1;
        }
        row += 1;
    }
    keys
};

/// The keys of another table, in the same order.
#[cfg(test)]
pub(crate) fn of(rows: &[Row]) -> Vec<SpellingKey> {
    let mut keys = Vec::new();
    for (row, spellings) in rows.iter().enumerate() {
        for (index, spelling) in spellings.spellings.iter().enumerate() {
            keys.push(spelling_key(spelling, row, index));
        }
    }
    keys
}

#[allow(
    clippy::arithmetic_side_effects,
    reason = "evaluated when the crate is compiled"
)]
const fn spelling_count(rows: &[Row]) -> usize {
    let mut count = 0;
    let mut rest = rows;
    while let [row, others @ ..] = rest {
        count += row.spellings.len();
        rest = others;
    }
    count
}

/// The key of one spelling: its last service label (what follows the
/// last dot of `service`, or nothing) with its domain.
#[allow(
    clippy::indexing_slicing,
    clippy::arithmetic_side_effects,
    clippy::cast_possible_truncation,
    reason = "rows and places are checked to fit a byte; the rest stays in bounds"
)]
const fn spelling_key(spelling: &Spelling, row: usize, index: usize) -> SpellingKey {
    let service = spelling.service.as_bytes();
    let mut start = service.len();
    while start > 0 && service[start - 1] != b'.' {
        start -= 1;
    }
    // Rows and places fit a byte: a table with more fails the build
    // (and a test table, its test).
    assert!(row <= 0xff && index <= 0xff);
    (
        key(service.split_at(start).1, domain_index(spelling.domain)),
        row as u8,
        index as u8,
    )
}

/// The index of `domain` in [`DOMAINS`]; the build fails for another.
#[allow(
    clippy::indexing_slicing,
    clippy::arithmetic_side_effects,
    reason = "evaluated when the crate is compiled"
)]
const fn domain_index(domain: &str) -> usize {
    let wanted = domain.as_bytes();
    let mut index = 0;
    loop {
        // Past the last domain this indexes out of bounds: a build error.
        let known = DOMAINS[index].as_bytes();
        if known.len() == wanted.len() {
            let mut at = 0;
            while at < known.len() && known[at] == wanted[at] {
                at += 1;
            }
            if at == known.len() {
                return index;
            }
        }
        index += 1;
    }
}
