//! Counting what a scan found, within a fixed bound, merging counts of
//! separate scans, and comparing them with requirements.

use super::compare::{Blocked, Comparison, Unexpected, reason};
use super::{Found, Outcome, find_addresses, line_outcome};
use crate::{Classified, Protocol, Requirements, RequirementsSet};
use std::collections::BTreeMap;

/// The port of every host rule: an address seen without a port is
/// compared as if on it.
pub(super) const HOST_RULE_PORT: u16 = 443;

/// The longest key: a hostname (253 bytes), `:` and five digits.
const KEY_CAPACITY: usize = 260;

/// How many addresses of one line are compared to count each once per
/// line; more are rare, and are counted each time.
const LINE_ADDRESSES: usize = 8;

/// How often an address was seen, and what happened.
///
/// `seen` counts every sighting, the others those whose outcome the log
/// said; [`unknown`](Self::unknown) is the rest.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Counts {
    seen: u64,
    allowed: u64,
    denied: u64,
    failed: u64,
}

impl Counts {
    /// Every sighting.
    pub const fn seen(&self) -> u64 {
        self.seen
    }

    /// Sightings the log says went through.
    pub const fn allowed(&self) -> u64 {
        self.allowed
    }

    /// Sightings a proxy or firewall refused.
    pub const fn denied(&self) -> u64 {
        self.denied
    }

    /// Sightings that were tried and failed.
    pub const fn failed(&self) -> u64 {
        self.failed
    }

    /// Sightings whose outcome the log does not say.
    pub const fn unknown(&self) -> u64 {
        self.seen
            .saturating_sub(self.allowed)
            .saturating_sub(self.denied)
            .saturating_sub(self.failed)
    }

    fn add(&mut self, outcome: Outcome) {
        self.seen = self.seen.saturating_add(1);
        let count = match outcome {
            Outcome::Allowed => &mut self.allowed,
            Outcome::Denied => &mut self.denied,
            Outcome::Failed => &mut self.failed,
            Outcome::Unknown => return,
        };
        *count = count.saturating_add(1);
    }

    fn merge(&mut self, other: &Counts) {
        self.seen = self.seen.saturating_add(other.seen);
        self.allowed = self.allowed.saturating_add(other.allowed);
        self.denied = self.denied.saturating_add(other.denied);
        self.failed = self.failed.saturating_add(other.failed);
    }

    /// Whether the counts add up: no outcome counted more often than seen.
    #[cfg(feature = "serde")]
    fn is_consistent(&self) -> bool {
        self.allowed
            .checked_add(self.denied)
            .and_then(|sum| sum.checked_add(self.failed))
            .is_some_and(|sum| sum <= self.seen)
    }
}

/// Where a line was: the name of its input (a file name, `-` for standard
/// input) and its line number.
///
/// Places are ordered by source name, then line number; "first" and
/// "last" mean in that order, which does not depend on the order in which
/// inputs were scanned or tallies merged.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Place {
    source: String,
    line: u64,
}

impl Place {
    /// The input's name.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// The line number, from 1.
    pub const fn line(&self) -> u64 {
        self.line
    }
}

/// One Konnect host and port in a [`Tally`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Seen {
    pub(super) host: String,
    pub(super) port: Option<u16>,
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub(super) counts: Counts,
    pub(super) first: Place,
    pub(super) last: Place,
}

impl Seen {
    /// The hostname, lower-case, without a trailing dot.
    pub fn host(&self) -> &str {
        &self.host
    }

    /// The port the log gave, or `None` (a DNS query, a bare hostname).
    pub const fn port(&self) -> Option<u16> {
        self.port
    }

    /// How often and with what outcome.
    pub const fn counts(&self) -> &Counts {
        &self.counts
    }

    /// The first line it was seen on.
    pub const fn first(&self) -> &Place {
        &self.first
    }

    /// The last line it was seen on.
    pub const fn last(&self) -> &Place {
        &self.last
    }

    /// What the host is. Never `None`: a tally holds only hostnames that
    /// classify.
    pub fn classified(&self) -> Option<Classified<'_>> {
        crate::classify(&self.host).map(|found| found.with_ports(self.port, None))
    }

    fn note(&mut self, place: &Place) {
        if *place < self.first {
            self.first.clone_from(place);
        }
        if *place > self.last {
            self.last.clone_from(place);
        }
    }

    fn merge(&mut self, other: &Seen) {
        self.counts.merge(&other.counts);
        self.note(&other.first);
        self.note(&other.last);
    }
}

/// Counts of Konnect addresses seen in logs, per host and port, with what
/// happened to them.
///
/// Memory is bounded whatever the input: at most [`limit`](Self::limit)
/// distinct host-port pairs are kept (by default
/// [`DEFAULT_LIMIT`](Self::DEFAULT_LIMIT)), the first ones in (host, port)
/// order, and every sighting of the others is added to
/// [`more`](Self::more). Keeping the first ones in a fixed order, rather
/// than the first ones met, makes tallies merge exactly: the tallies of
/// the parts of a log, [`merge`](Self::merge)d in any order and grouping,
/// equal the tally of the whole log.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(try_from = "TallyDocument"))]
pub struct Tally {
    limit: usize,
    lines: u64,
    #[cfg_attr(feature = "serde", serde(serialize_with = "serialize_addresses"))]
    addresses: BTreeMap<String, Seen>,
    more: Counts,
}

impl Default for Tally {
    fn default() -> Tally {
        Tally::new()
    }
}

impl Tally {
    /// How many distinct host-port pairs a tally keeps unless told
    /// otherwise: far more than the hosts of any organization, and a few
    /// megabytes at most.
    pub const DEFAULT_LIMIT: usize = 10_000;

    /// The largest limit a tally takes.
    pub const MAX_LIMIT: usize = 1_000_000;

    /// An empty tally that keeps [`DEFAULT_LIMIT`](Self::DEFAULT_LIMIT)
    /// host-port pairs.
    pub const fn new() -> Tally {
        Tally::with_limit(Tally::DEFAULT_LIMIT)
    }

    /// An empty tally that keeps `limit` host-port pairs (at most
    /// [`MAX_LIMIT`](Self::MAX_LIMIT)).
    pub const fn with_limit(limit: usize) -> Tally {
        Tally {
            limit: if limit > Tally::MAX_LIMIT {
                Tally::MAX_LIMIT
            } else {
                limit
            },
            lines: 0,
            addresses: BTreeMap::new(),
            more: Counts {
                seen: 0,
                allowed: 0,
                denied: 0,
                failed: 0,
            },
        }
    }

    /// How many host-port pairs are kept.
    pub const fn limit(&self) -> usize {
        self.limit
    }

    /// How many lines were added.
    pub const fn lines(&self) -> u64 {
        self.lines
    }

    /// The kept host-port pairs, in (host, port) order.
    pub fn addresses(&self) -> impl ExactSizeIterator<Item = &Seen> + '_ {
        self.addresses.values()
    }

    /// The sightings of host-port pairs beyond the limit, all together.
    pub const fn more(&self) -> &Counts {
        &self.more
    }

    /// Finds the Konnect addresses of one log line with
    /// [`find_addresses`], reads its outcome with
    /// [`line_outcome`](crate::line_outcome), and counts each address once
    /// (with the line's port where the address names none). Returns how
    /// many addresses the line holds.
    ///
    /// Allocates only for a host-port pair or a place not seen before.
    pub fn add_line(&mut self, source: &str, line_number: u64, line: &[u8]) -> usize {
        self.lines = self.lines.saturating_add(1);
        let mut found = find_addresses(line);
        let Some(first) = found.next() else {
            return 0;
        };
        let read = line_outcome(line);
        let place = PlaceRef {
            source,
            line: line_number,
        };
        let mut counted: [Option<(&str, Option<u16>)>; LINE_ADDRESSES] = [None; LINE_ADDRESSES];
        let mut total = 0_usize;
        for found in std::iter::once(first).chain(found) {
            total = total.saturating_add(1);
            let host = found.classified().host();
            let port = found.classified().port_or_known_default().or(read.port());
            let again = counted
                .iter()
                .flatten()
                .any(|(seen, seen_port)| *seen_port == port && seen.eq_ignore_ascii_case(host));
            if again {
                continue;
            }
            if let Some(slot) = counted.iter_mut().find(|slot| slot.is_none()) {
                *slot = Some((host, port));
            }
            self.record(host, port, read.outcome(), &place);
        }
        total
    }

    /// Counts one sighting of `found` with `outcome` at `source`, line
    /// `line_number`, for callers that read lines themselves.
    pub fn add(&mut self, found: &Found<'_>, outcome: Outcome, source: &str, line_number: u64) {
        let classified = found.classified();
        let place = PlaceRef {
            source,
            line: line_number,
        };
        self.record(
            classified.host(),
            classified.port_or_known_default(),
            outcome,
            &place,
        );
    }

    fn record(&mut self, host: &str, port: Option<u16>, outcome: Outcome, place: &PlaceRef<'_>) {
        let mut buffer = [0_u8; KEY_CAPACITY];
        let Some(key) = key(&mut buffer, host, port) else {
            return;
        };
        if let Some(seen) = self.addresses.get_mut(key) {
            seen.counts.add(outcome);
            place.note(seen);
            return;
        }
        let mut counts = Counts::default();
        counts.add(outcome);
        let place = Place {
            source: place.source.to_owned(),
            line: place.line,
        };
        self.insert(
            key.to_owned(),
            Seen {
                host: host.to_ascii_lowercase(),
                port,
                counts,
                first: place.clone(),
                last: place,
            },
        );
    }

    /// Adds a pair not yet kept, then keeps the limit.
    fn insert(&mut self, key: String, seen: Seen) {
        if self.addresses.len() >= self.limit {
            let beyond = self
                .addresses
                .last_key_value()
                .is_none_or(|(last, _)| key > *last);
            if beyond {
                self.more.merge(&seen.counts);
                return;
            }
        }
        self.addresses.insert(key, seen);
        self.keep_limit();
    }

    fn keep_limit(&mut self) {
        while self.addresses.len() > self.limit {
            match self.addresses.pop_last() {
                Some((_, dropped)) => self.more.merge(&dropped.counts),
                None => break,
            }
        }
    }

    /// Adds another tally's counts: the result is the same whatever the
    /// order and grouping of merges, and equals one tally of all the
    /// lines (with the smaller of the two limits).
    pub fn merge(&mut self, other: &Tally) {
        self.limit = self.limit.min(other.limit);
        self.lines = self.lines.saturating_add(other.lines);
        self.more.merge(&other.more);
        for (key, seen) in &other.addresses {
            match self.addresses.get_mut(key) {
                Some(mine) => mine.merge(seen),
                None => {
                    self.addresses.insert(key.clone(), seen.clone());
                }
            }
        }
        self.keep_limit();
    }

    /// Compares what was seen with the requirements of one control plane;
    /// see [`compare_set`](Self::compare_set).
    pub fn compare(&self, req: &Requirements) -> Comparison {
        self.compare_set(&RequirementsSet::from(req.clone()))
    }

    /// Compares what was seen with a set's requirements: the host rules
    /// that were denied or failed, the Konnect addresses the set does not
    /// allow with the likeliest reason, and the host rules never seen.
    ///
    /// An address seen without a port is compared on 443, the port of
    /// every host rule.
    pub fn compare_set(&self, set: &RequirementsSet) -> Comparison {
        let mut blocked = Vec::new();
        let mut unseen = Vec::new();
        for rule in set.rules() {
            let Some(host) = rule.host() else { continue };
            let mut counts = Counts::default();
            let mut places: Option<(Place, Place)> = None;
            for seen in self.addresses.values() {
                let on_port = seen.port.is_none_or(|port| port == rule.port());
                if on_port && host.matches(&seen.host) {
                    counts.merge(&seen.counts);
                    places = Some(match places {
                        None => (seen.first.clone(), seen.last.clone()),
                        Some((first, last)) => {
                            (first.min(seen.first.clone()), last.max(seen.last.clone()))
                        }
                    });
                }
            }
            match places {
                None => unseen.push(rule.to_owned_rule()),
                Some((first, last)) if counts.denied > 0 || counts.failed > 0 => {
                    blocked.push(Blocked {
                        rule: rule.to_owned_rule(),
                        counts,
                        first,
                        last,
                    });
                }
                Some(_) => {}
            }
        }
        let (geos, editions) = (set.geos(), set.editions());
        let unexpected = self
            .addresses
            .values()
            .filter(|seen| {
                !set.allows(
                    &seen.host,
                    seen.port.unwrap_or(HOST_RULE_PORT),
                    Protocol::Tcp,
                )
            })
            .map(|seen| Unexpected {
                seen: seen.clone(),
                reason: reason(seen, set, &geos, &editions),
            })
            .collect();
        Comparison {
            blocked,
            unexpected,
            unseen,
        }
    }
}

/// A place borrowed from the caller, so that counting a known pair
/// allocates nothing.
struct PlaceRef<'a> {
    source: &'a str,
    line: u64,
}

impl PlaceRef<'_> {
    fn note(&self, seen: &mut Seen) {
        let before = |place: &Place| (self.source, self.line) < (place.source.as_str(), place.line);
        let after = |place: &Place| (self.source, self.line) > (place.source.as_str(), place.line);
        if before(&seen.first) {
            seen.first = Place {
                source: self.source.to_owned(),
                line: self.line,
            };
        }
        if after(&seen.last) {
            if seen.last.source != self.source {
                seen.last.source = self.source.to_owned();
            }
            seen.last.line = self.line;
        }
    }
}

/// The map key of a host and port: the host lower-case, then `:port` if
/// there is one, written into `buffer`; `None` for a host too long to be
/// one.
fn key<'b>(buffer: &'b mut [u8; KEY_CAPACITY], host: &str, port: Option<u16>) -> Option<&'b str> {
    let mut len = 0_usize;
    let mut push = |bytes: &[u8]| -> Option<()> {
        let end = len.checked_add(bytes.len())?;
        buffer.get_mut(len..end)?.copy_from_slice(bytes);
        len = end;
        Some(())
    };
    push(host.as_bytes())?;
    if let Some(port) = port {
        let mut digits = [0_u8; 6];
        digits[0] = b':';
        let mut at = digits.len();
        let mut rest = port;
        loop {
            at = at.checked_sub(1)?;
            // `rest % 10` is below 10.
            *digits.get_mut(at)? = b'0'.saturating_add((rest % 10) as u8);
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        let colon = at.checked_sub(1)?;
        *digits.get_mut(colon)? = b':';
        push(digits.get(colon..)?)?;
    }
    let text = buffer.get_mut(..len)?;
    text.make_ascii_lowercase();
    std::str::from_utf8(text).ok()
}

#[cfg(feature = "serde")]
fn serialize_addresses<S: serde::Serializer>(
    addresses: &BTreeMap<String, Seen>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_seq(addresses.values())
}

/// A tally as written, checked before it becomes one.
#[cfg(feature = "serde")]
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct TallyDocument {
    limit: usize,
    lines: u64,
    addresses: Vec<Seen>,
    more: Counts,
}

#[cfg(feature = "serde")]
impl TryFrom<TallyDocument> for Tally {
    type Error = String;

    fn try_from(document: TallyDocument) -> Result<Tally, String> {
        if document.limit > Tally::MAX_LIMIT {
            return Err(format!(
                "limit {} is above the largest, {}",
                document.limit,
                Tally::MAX_LIMIT
            ));
        }
        if !document.more.is_consistent() {
            return Err("\"more\" counts more outcomes than sightings".to_owned());
        }
        let mut tally = Tally::with_limit(document.limit);
        tally.lines = document.lines;
        tally.more = document.more;
        for seen in document.addresses {
            let shown = crate::redact(&seen.host).into_owned();
            if crate::classify(&seen.host).is_none() {
                return Err(format!("{shown:?} is not a Konnect hostname"));
            }
            if seen.host.bytes().any(|b| b.is_ascii_uppercase()) || seen.host.ends_with('.') {
                return Err(format!(
                    "{shown:?} is not written lower-case without a trailing dot"
                ));
            }
            if !seen.counts.is_consistent() || seen.counts.seen == 0 {
                return Err(format!("{shown:?}: the counts do not add up"));
            }
            if seen.first > seen.last {
                return Err(format!("{shown:?}: \"first\" is after \"last\""));
            }
            let mut buffer = [0_u8; KEY_CAPACITY];
            let key = key(&mut buffer, &seen.host, seen.port)
                .ok_or_else(|| format!("{shown:?} is too long"))?
                .to_owned();
            if tally.addresses.contains_key(&key) {
                return Err(format!(
                    "{shown:?} with port {:?} is listed twice",
                    seen.port
                ));
            }
            tally.addresses.insert(key, seen);
        }
        tally.keep_limit();
        Ok(tally)
    }
}
