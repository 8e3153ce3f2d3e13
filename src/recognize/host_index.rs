//! The allowed hosts of a [`Requirements`](crate::Requirements), indexed
//! so that [`allows`](crate::Requirements::allows), which runs once per
//! connection, looks a host up with one hash and one comparison (and, if
//! some hosts are wildcards, one more per length of their bases) whatever
//! the number of rules.
//!
//! It holds nothing the hosts do not say: it is built from them by
//! `build()`, next to them, and never changes.

use crate::ascii::letter_bits;
use crate::dns::MAX_HOST;
use crate::dns::is_label;
use crate::{Host, Port, Protocol};
use std::fmt;

/// The exact hosts and the bases of the wildcard hosts (`*.eu.cp0.konghq.com`
/// gives `eu.cp0.konghq.com`), lower-case, each in its own table: an exact
/// host may also be a wildcard's base (`us.identity.konghq.com`).
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct HostIndex {
    exact: Table,
    wildcard_bases: Table,
    /// The lengths of the wildcard bases, each once: where a base can
    /// start in a name is known from its end, so no scan for a dot.
    base_lens: Vec<usize>,
}

impl HostIndex {
    /// The index of no host.
    pub(crate) const EMPTY: HostIndex = HostIndex {
        exact: Table::EMPTY,
        wildcard_bases: Table::EMPTY,
        base_lens: Vec::new(),
    };

    /// Indexes `hosts`.
    pub(crate) fn new<'a>(hosts: impl IntoIterator<Item = &'a Host>) -> HostIndex {
        let mut index = HostIndex::EMPTY;
        for host in hosts {
            index.insert(host);
        }
        index
    }

    /// Adds `host`; amortized constant time (the tables double as they
    /// fill), so a set that grows one member at a time stays linear.
    pub(crate) fn insert(&mut self, host: &Host) {
        if host.is_wildcard() {
            let base = host.base();
            self.wildcard_bases.insert(base);
            if let Err(at) = self.base_lens.binary_search(&base.len()) {
                self.base_lens.insert(at, base.len());
            }
        } else {
            self.exact.insert(host.as_str());
        }
    }

    /// Whether a connection to `host` on `port` over `protocol` is to one
    /// of the hosts on 443/TCP, the one port and transport of host rules:
    /// [`Requirements::allows`](crate::Requirements::allows) and
    /// [`RequirementsSet::allows`](crate::RequirementsSet::allows).
    #[inline]
    pub(crate) fn allows(&self, host: &str, port: u16, protocol: Protocol) -> bool {
        if port != Port::Cluster.number() || protocol != Protocol::Tcp {
            return false;
        }
        let name = host.strip_suffix('.').unwrap_or(host);
        name.len() <= MAX_HOST && self.contains(name)
    }

    /// Whether `name` (no trailing dot) is an exact host, or one valid DNS
    /// label, a dot and a wildcard's base; ASCII case is ignored. This is
    /// [`Host::matches`] against every host at once.
    #[inline]
    pub(crate) fn contains(&self, name: &str) -> bool {
        let bytes = name.as_bytes();
        if self.exact.contains(bytes) {
            return true;
        }
        // A label, a dot and a base: `is_label` refuses a dot, so the label
        // is exactly one.
        self.base_lens.iter().any(|base_len| {
            let Some(dot) = bytes.len().checked_sub(base_len.saturating_add(1)) else {
                return false;
            };
            bytes.get(dot) == Some(&b'.')
                && match (bytes.get(..dot), bytes.get(dot.saturating_add(1)..)) {
                    (Some(label), Some(base)) => {
                        self.wildcard_bases.contains(base) && is_label(label)
                    }
                    _ => false,
                }
        })
    }
}

/// No host.
impl Default for HostIndex {
    fn default() -> HostIndex {
        HostIndex::EMPTY
    }
}

/// The index is derived from the hosts `Requirements` shows, so its own
/// fields would only repeat them.
impl fmt::Debug for HostIndex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HostIndex").finish_non_exhaustive()
    }
}

/// An open-addressing hash set of lower-case names, looked up ignoring
/// ASCII case.
///
/// The slot of a name is a keyed hash of all of its bytes ([`hash`]), so
/// names that share a long prefix or suffix (`a000000000000000` to
/// `a000000000019999`) spread like any others, and someone who writes the
/// names cannot line them up in one probe sequence without knowing the key.
#[derive(Clone)]
struct Table {
    /// One more than the place of a name in `names`; `0` is an empty slot.
    /// Its length is a power of two, at least four times the number of
    /// names, so a probe always ends at an empty slot, mostly at once.
    slots: Vec<u32>,
    /// How far [`hash`] shifts: 64 less the number of bits of a slot.
    shift: u32,
    /// Bit `len % 64` of word `len / 64 % 4` is set for every name's
    /// length: most names asked about have a length no name has, and
    /// stop here.
    lens: [u64; 4],
    names: Vec<Name>,
}

/// Two tables are equal when they hold the same names, whatever the order
/// they were added in.
impl PartialEq for Table {
    fn eq(&self, other: &Table) -> bool {
        self.names.len() == other.names.len()
            && self.names.iter().all(|name| other.contains_name(name))
    }
}

impl Eq for Table {}

impl Table {
    const EMPTY: Table = Table {
        slots: Vec::new(),
        shift: 0,
        lens: [0; 4],
        names: Vec::new(),
    };

    /// Adds `name` (lower-case) unless it is there.
    fn insert(&mut self, name: &str) {
        let bytes = name.as_bytes();
        if self.contains(bytes) {
            return;
        }
        self.names.push(Name::new(bytes));
        if self.names.len().saturating_mul(4) > self.slots.len() {
            // Double (at least 16 slots) and place every name again.
            let len = self.slots.len().saturating_mul(2).max(16);
            self.slots = vec![0; len];
            self.shift = u64::BITS.saturating_sub(len.trailing_zeros());
            for place in 0..self.names.len() {
                self.place(place);
            }
        } else {
            self.place(self.names.len().saturating_sub(1));
        }
    }

    /// Puts the name at `place` of `names` in its slot.
    fn place(&mut self, place: usize) {
        let Some(name) = self.names.get(place) else {
            return;
        };
        let Ok(entry) = u32::try_from(place.saturating_add(1)) else {
            // Four billion hosts do not fit in memory first.
            return;
        };
        let (word, bit) = len_bit(name.len);
        if let Some(lens) = self.lens.get_mut(word) {
            *lens |= bit;
        }
        let mask = self.slots.len().saturating_sub(1);
        let mut slot = name.hash(self.shift) & mask;
        while self.slots.get(slot).is_some_and(|taken| *taken != 0) {
            slot = slot.wrapping_add(1) & mask;
        }
        if let Some(free) = self.slots.get_mut(slot) {
            *free = entry;
        }
    }

    /// Whether a name equal to `name` is in the table.
    fn contains_name(&self, name: &Name) -> bool {
        self.contains(&name.bytes)
    }

    /// Whether `input` is one of the names, ignoring ASCII case. Always
    /// inlined into its two callers: measured with `benches/callgrind.sh`,
    /// the call and its register saves were a tenth of `allows`.
    #[inline(always)]
    fn contains(&self, input: &[u8]) -> bool {
        let (word, bit) = len_bit(input.len());
        if self.lens.get(word).is_none_or(|lens| lens & bit == 0) {
            return false;
        }
        let Some(mask) = self.slots.len().checked_sub(1) else {
            return false;
        };
        let words = Words::of(input);
        let mut slot = hash(input, self.shift) & mask;
        // Bounded by the number of slots; an empty slot ends it sooner.
        for _ in 0..self.slots.len() {
            let Some(place) = self
                .slots
                .get(slot)
                .and_then(|entry| usize::try_from(*entry).ok()?.checked_sub(1))
            else {
                return false;
            };
            if self
                .names
                .get(place)
                .is_some_and(|name| name.is(input, &words))
            {
                return true;
            }
            slot = slot.wrapping_add(1) & mask;
        }
        false
    }
}

/// A lower-case name cut into words of eight bytes for comparing, each
/// with its letter bits (see [`letter_bits`]): the first eight bytes, the
/// last eight (which overlap the others unless the length is a multiple
/// of eight) and the whole words between. A name shorter than a word is
/// one word, padded with zeros.
#[derive(Clone, PartialEq, Eq)]
struct Name {
    len: usize,
    /// The name itself, to hash it again when the table grows.
    bytes: Box<[u8]>,
    first: (u64, u64),
    last: (u64, u64),
    middle: Box<[(u64, u64)]>,
}

impl Name {
    fn new(name: &[u8]) -> Name {
        let with_letters = |word: u64| (word, letter_bits(word));
        let words = Words::of(name);
        Name {
            len: name.len(),
            bytes: name.into(),
            first: with_letters(words.first),
            last: with_letters(words.last),
            middle: middle_offsets(name.len())
                .map(|at| with_letters(load(name, at)))
                .collect(),
        }
    }

    /// The slot of this name in a table of `64 - shift` bits.
    fn hash(&self, shift: u32) -> usize {
        hash(&self.bytes, shift)
    }

    /// Whether `input`, cut into `words`, is this name ignoring ASCII case:
    /// where the name has a letter, setting bit `0x20` of the input's byte
    /// turns that letter's upper-case form into it and no other byte;
    /// elsewhere the bytes must be equal.
    #[inline]
    fn is(&self, input: &[u8], words: &Words) -> bool {
        let same = |have: u64, (want, letters): (u64, u64)| have | letters == want;
        self.len == input.len()
            && same(words.first, self.first)
            && same(words.last, self.last)
            && input
                .get(8..)
                .unwrap_or_default()
                .chunks_exact(8)
                .zip(self.middle.iter())
                .all(|(have, want)| {
                    have.first_chunk()
                        .is_some_and(|have| same(u64::from_le_bytes(*have), *want))
                })
    }
}

/// The first and the last eight bytes of a text.
struct Words {
    first: u64,
    last: u64,
}

impl Words {
    #[inline]
    fn of(input: &[u8]) -> Words {
        Words {
            first: load(input, 0),
            last: load(input, input.len().saturating_sub(8)),
        }
    }
}

/// Where a length's bit stands in [`Table::lens`].
#[inline]
fn len_bit(len: usize) -> (usize, u64) {
    ((len >> 6) & 3, 1 << (len & 63))
}

/// Where the whole words between the first and the last start.
#[inline]
fn middle_offsets(len: usize) -> impl Iterator<Item = usize> {
    (8..len.saturating_sub(8)).step_by(8)
}

/// The top `64 - shift` bits of a keyed hash of every byte of `input` and
/// its length, the same for every ASCII case of a name: setting bit
/// `0x20` of every byte turns an upper-case letter into its lower-case
/// form and leaves the digits, `-` and `.` a name holds as they are.
///
/// Each word of eight bytes is folded in with a 64x64->128-bit multiply
/// by a key (the high and low halves of the product xored), as fast
/// non-cryptographic hashes do. The key, [`HASH_KEY`], is drawn when the
/// crate is built (see `build.rs`): the library reads no randomness or
/// clock when it runs, and names written to collide for one build's key
/// do not collide for another's. What bounds a lookup is then the probe
/// sequence of a table at most a quarter full, a few slots, whatever
/// names it holds.
#[inline]
fn hash(input: &[u8], shift: u32) -> usize {
    const CASE: u64 = u64::from_le_bytes([0x20; 8]);
    let [key, multiplier] = HASH_KEY;
    let mut state = key ^ input.len() as u64;
    let mut chunks = input.chunks_exact(8);
    for chunk in &mut chunks {
        let word = chunk
            .first_chunk()
            .map_or(0, |word| u64::from_le_bytes(*word));
        state = fold(state ^ (word | CASE), multiplier);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        state = fold(state ^ (load(rest, 0) | CASE), multiplier);
    }
    let mixed = fold(state, key ^ 0x9e37_79b9_7f4a_7c15);
    // The top bits of the product are the ones every input bit reaches.
    mixed.checked_shr(shift).unwrap_or(0) as usize
}

/// The high and low halves of `a * b` xored: every bit of either reaches
/// the middle bits of the result.
#[inline(always)]
fn fold(a: u64, b: u64) -> u64 {
    let product = u128::from(a).wrapping_mul(u128::from(b));
    (product as u64) ^ (product.checked_shr(64).unwrap_or(0) as u64)
}

// `HASH_KEY: [u64; 2]`, written by build.rs.
include!(concat!(env!("OUT_DIR"), "/hash_key.rs"));

/// Eight bytes of `input` from `at`, zeros past its end.
#[inline]
fn load(input: &[u8], at: usize) -> u64 {
    let bytes = input.get(at..).unwrap_or_default();
    let word = match bytes.first_chunk::<8>() {
        Some(chunk) => *chunk,
        None => {
            let mut word = [0; 8];
            for (to, from) in word.iter_mut().zip(bytes) {
                *to = *from;
            }
            word
        }
    };
    u64::from_le_bytes(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index(hosts: &[&str]) -> HostIndex {
        let hosts: Vec<Host> = hosts.iter().map(|h| Host::new(h).unwrap()).collect();
        HostIndex::new(&hosts)
    }

    /// Asks `index` about each name and compares with the expected answer.
    fn check(index: &HostIndex, cases: &[(&str, bool)]) {
        for (name, expected) in cases {
            assert_eq!(index.contains(name), *expected, "{name:?}");
        }
    }

    #[test]
    fn exact_hosts_ignore_case_only() {
        let index = index(&["cloud.konghq.com", "a1b2c3d4e5.eu.cp0.konghq.com"]);
        check(
            &index,
            &[
                ("cloud.konghq.com", true),
                ("CLOUD.KongHQ.com", true),
                ("A1B2C3D4E5.EU.CP0.KONGHQ.COM", true),
                ("cloud.konghq.com.", false),
                ("cloud.konghq.co", false),
                ("x.cloud.konghq.com", false),
                ("a1b2c3d4e5.eu.cp0.konghq.com.evil.com", false),
                ("", false),
                ("c", false),
                // Bytes that equal a lower-case letter once bit 0x20 is
                // set are not that letter: the hash lets them through, the
                // comparison not.
                ("\u{3}loud.konghq.com", false),
                ("cloud\u{e}konghq.com", false),
            ],
        );
    }

    #[test]
    fn a_wildcard_stands_for_one_valid_label() {
        let index = index(&["*.eu.cp0.konghq.com", "us.identity.konghq.com"]);
        let long_label = format!("{}.eu.cp0.konghq.com", "a".repeat(63));
        let too_long_label = format!("{}.eu.cp0.konghq.com", "a".repeat(64));
        check(
            &index,
            &[
                ("a1b2c3d4e5.eu.cp0.konghq.com", true),
                ("X.EU.CP0.KONGHQ.COM", true),
                (&long_label, true),
                (&too_long_label, false),
                ("eu.cp0.konghq.com", false),
                (".eu.cp0.konghq.com", false),
                ("a.b.eu.cp0.konghq.com", false),
                ("-a.eu.cp0.konghq.com", false),
                ("ab--c.eu.cp0.konghq.com", false),
                ("a_b.eu.cp0.konghq.com", false),
                // An exact host is not a base, nor a base an exact host.
                ("us.identity.konghq.com", true),
                ("x.us.identity.konghq.com", false),
            ],
        );
    }

    #[test]
    fn a_host_and_its_base_are_both_kept() {
        let index = index(&["us.identity.konghq.com", "*.us.identity.konghq.com"]);
        assert!(index.contains("us.identity.konghq.com"));
        assert!(index.contains("a93xltvowjk8m1qe.us.identity.konghq.com"));
    }

    #[test]
    fn an_empty_index_holds_nothing() {
        let index = HostIndex::EMPTY;
        assert!(!index.contains("cloud.konghq.com"));
        assert!(!index.contains(""));
    }

    #[test]
    fn many_hosts_with_colliding_slots() {
        let names: Vec<String> = (0..300).map(|n| format!("h{n}.konghq.com")).collect();
        let hosts: Vec<Host> = names.iter().map(|h| Host::new(h).unwrap()).collect();
        let index = HostIndex::new(hosts.iter().chain(&hosts));
        for name in &names {
            assert!(index.contains(name), "{name}");
            assert!(index.contains(&name.to_ascii_uppercase()), "{name}");
        }
        assert!(!index.contains("h300.konghq.com"));
    }

    #[test]
    fn the_hash_ignores_case_at_every_length() {
        let name = "a1b2c3d4e5.eu.cp0.konghq.com";
        for len in 0..=name.len() {
            let lower = &name[..len];
            let upper = lower.to_ascii_uppercase();
            assert_eq!(hash(lower.as_bytes(), 58), hash(upper.as_bytes(), 58));
            assert!(Name::new(lower.as_bytes()).is(upper.as_bytes(), &Words::of(upper.as_bytes())));
        }
    }
}

#[cfg(test)]
mod probe_lengths {
    use super::*;

    /// The longest run of taken slots, which bounds every lookup.
    fn longest_run(table: &Table) -> usize {
        let mut longest = 0;
        let mut run = 0;
        for slot in table.slots.iter().chain(table.slots.iter()) {
            if *slot == 0 {
                run = 0;
            } else {
                run += 1;
                longest = longest.max(run);
            }
        }
        longest
    }

    #[test]
    fn colliding_prefixes_spread_like_any_names() {
        let names: Vec<String> = (0..40_000)
            .map(|i| format!("a{i:015}.eu.identity.konghq.com"))
            .collect();
        let mut table = Table::EMPTY;
        for name in &names {
            table.insert(name);
        }
        let longest = longest_run(&table);
        eprintln!(
            "40000 names, {} slots, longest run {longest}",
            table.slots.len()
        );
        assert!(longest < 40, "longest run {longest}");
    }
}
