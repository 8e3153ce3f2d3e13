//! In which editions a fact holds: one form for every row of the table.

/// A contiguous range of editions, by their place in the table's list of
/// editions (oldest first): a fact that appears in one edition and holds
/// until a later one drops it.
///
/// Places rather than [`Edition`](crate::Edition) values, so that a table
/// with an edition the public enum does not have (a test's hypothetical
/// next edition) reads the same way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Editions {
    /// The first edition that has the fact.
    since: u8,
    /// The last edition that has it; `u8::MAX` while it still holds.
    until: u8,
}

impl Editions {
    /// No edition: a spelling that is recognized but never written.
    pub(crate) const NEVER: Editions = Editions { since: 1, until: 0 };

    /// From the edition at `since` on.
    pub(crate) const fn since(since: u8) -> Editions {
        Editions {
            since,
            until: u8::MAX,
        }
    }

    /// From the edition at `since` to the one at `until`, both included.
    pub(crate) const fn between(since: u8, until: u8) -> Editions {
        Editions { since, until }
    }

    /// The same range, ending with the edition at `last` at the latest.
    #[cfg(test)]
    pub(crate) const fn ending(self, last: u8) -> Editions {
        Editions {
            since: self.since,
            until: if self.until < last { self.until } else { last },
        }
    }

    /// Whether the edition at `edition` has the fact.
    #[inline]
    pub(crate) const fn contains(self, edition: u8) -> bool {
        self.since <= edition && edition <= self.until
    }

    /// The first edition that has the fact, if any.
    pub(crate) const fn first(self) -> Option<u8> {
        if self.since <= self.until {
            Some(self.since)
        } else {
            None
        }
    }

    /// Whether any edition has the fact.
    pub(crate) const fn is_empty(self) -> bool {
        self.since > self.until
    }
}

/// Editions by their place in the table's list, as bits (up to 32).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub(crate) struct EditionSet(u32);

impl EditionSet {
    /// No edition.
    pub(crate) const EMPTY: EditionSet = EditionSet(0);

    /// The editions at `0..count` that `editions` contains.
    #[inline]
    pub(crate) const fn of(editions: Editions, count: usize) -> EditionSet {
        // The places up to `until` and below `count`, less those below `since`.
        let last = if count == 0 {
            return EditionSet::EMPTY;
        } else if count > 32 {
            31
        } else {
            // `count` is 1 to 32 here.
            #[allow(clippy::cast_possible_truncation, reason = "count <= 32")]
            let last = (count as u32).wrapping_sub(1);
            last
        };
        let until = if (editions.until as u32) < last {
            editions.until as u32
        } else {
            last
        };
        if editions.since as u32 > until {
            return EditionSet::EMPTY;
        }
        // `until` is at most 31 and `since` at most `until`.
        let up_to = u32::MAX >> (31u32.wrapping_sub(until));
        let below = (1u32 << editions.since).wrapping_sub(1);
        EditionSet(up_to & !below)
    }

    /// The editions in both.
    pub(crate) const fn and(self, other: EditionSet) -> EditionSet {
        EditionSet(self.0 & other.0)
    }

    /// Whether the edition at `edition` is in the set.
    pub(crate) const fn contains(self, edition: u8) -> bool {
        edition < 32 && self.0 & (1 << edition) != 0
    }

    /// The oldest edition in the set.
    pub(crate) const fn first(self) -> Option<u8> {
        if self.0 == 0 {
            None
        } else {
            // At most 31: it fits a u8.
            #[allow(clippy::cast_possible_truncation, reason = "at most 31")]
            Some(self.0.trailing_zeros() as u8)
        }
    }

    /// How many editions the set holds.
    pub(crate) const fn len(self) -> u32 {
        self.0.count_ones()
    }

    /// The editions, oldest first.
    pub(crate) fn iter(self) -> impl Iterator<Item = u8> {
        (0u8..32).filter(move |at| self.contains(*at))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_and_sets() {
        let from_one = Editions::since(1);
        assert_eq!(
            (0..4).map(|at| from_one.contains(at)).collect::<Vec<_>>(),
            [false, true, true, true]
        );
        let only_zero = Editions::between(0, 0);
        assert_eq!(only_zero.first(), Some(0));
        assert!(!only_zero.contains(1));
        assert!(Editions::NEVER.is_empty());
        assert_eq!(Editions::NEVER.first(), None);
        assert!((0..=u8::MAX).all(|at| !Editions::NEVER.contains(at)));

        let set = EditionSet::of(from_one, 3);
        assert_eq!(set.iter().collect::<Vec<_>>(), [1, 2]);
        assert_eq!((set.first(), set.len()), (Some(1), 2));
        let both = set.and(EditionSet::of(Editions::between(0, 1), 3));
        assert_eq!(both.iter().collect::<Vec<_>>(), [1]);
        assert_eq!(EditionSet::EMPTY.first(), None);
    }
}
