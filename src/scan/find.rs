//! Finding Konnect addresses in running text.
//!
//! A SIMD byte search ([`memchr::memchr2`]) jumps to each `k` or `K`, the
//! first letter of both registered domains, so text without one costs
//! about what `grep` pays; each jump checks for a domain, reads the
//! hostname around it and hands it to [`classify`](crate::classify), which
//! alone decides what is a Konnect hostname.

use crate::Classified;
use crate::facts::DOMAINS;
use crate::recognize::address::scheme_port;
use std::ops::Range;

/// The first byte of every registered domain (lower-case), which the
/// search jumps to.
const FIRST: u8 = b'k';

// Every domain starts with `FIRST`, or the search would miss one.
#[cfg_attr(
    not(test),
    expect(
        clippy::indexing_slicing,
        reason = "evaluated when the crate is compiled"
    )
)]
const _: () = {
    let mut index = 0;
    while index < DOMAINS.len() {
        let domain = DOMAINS[index].as_bytes();
        assert!(!domain.is_empty() && domain[0] == FIRST);
        index += 1;
    }
};

/// How far left of a domain a hostname is read: one more byte than the
/// longest hostname, so that a longer run of hostname bytes is seen as
/// too long rather than cut.
const HOST_LOOK_BACK: usize = 256;

/// How far left of a hostname its word is read to find a `scheme://` and
/// tell an authority from a path or query.
const WORD_LOOK_BACK: usize = 1024;

/// A Konnect address found in text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found<'a> {
    start: usize,
    end: usize,
    classified: Classified<'a>,
}

impl<'a> Found<'a> {
    /// Where the hostname stands in the text, without a trailing root dot:
    /// `&text[found.range()]` is [`classified().host()`](Classified::host).
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// What the hostname is, with the port the text gives: a `:port`
    /// right after the hostname, else the default port of the URL scheme
    /// before it (`https://`, `wss://`, also written `https:\/\/` in
    /// JSON), else `None`.
    pub const fn classified(&self) -> &Classified<'a> {
        &self.classified
    }
}

/// Every Konnect address in `text`, in order: an iterator of [`Found`].
///
/// `text` is bytes, since logs are not always UTF-8; a line or any larger
/// piece of text will do. A hostname is found wherever it stands as a
/// token:
///
/// - it is a run of letters, digits, `-`, `_` and `.` ending in a Konnect
///   domain (`konghq.com`, `kongportals.com`, any ASCII case) that
///   [`classify`](crate::classify) accepts whole; so `xkonghq.com`,
///   `configuration.konghq.com`, `docs.konghq.com` and extra labels on the
///   left never count;
/// - what follows the domain is not a letter, digit, `-`, `_` or `.`,
///   except one root dot that such a byte does not follow; so
///   `konghq.com.evil.com` and `a.cp0.konghq.com-evil.net` never count;
/// - a percent-encoded byte right before it (`%2F`) is not part of it;
/// - it is not in the path, query or fragment of a URL or address in the
///   same word (a `/`, `?` or `#` between the word's start, or its
///   `scheme://`, and the hostname): `https://evil.com/?h=HOST` names
///   evil.com. A word ends at white space, quotes, brackets, `<`, `>`,
///   `,`, `;` and `|`.
///
/// So bare hosts, `host:port`, URLs of any scheme with user information,
/// paths and queries, hosts in JSON strings (with `\/`-escaped URLs),
/// quoted or bracketed hosts and Envoy's `outbound|443||HOST` are found.
/// Never allocates.
///
/// ```
/// use konnect_netreq::find_addresses;
///
/// let line = br#"{"url":"wss:\/\/A1B2C3D4E5.eu.tp0.konghq.com\/v1\/analytics","peer":"cloud.konghq.com."}"#;
/// let hosts: Vec<(&str, Option<u16>)> = find_addresses(line)
///     .map(|found| (found.classified().host(), found.classified().port_or_known_default()))
///     .collect();
/// assert_eq!(hosts, [("A1B2C3D4E5.eu.tp0.konghq.com", Some(443)), ("cloud.konghq.com", None)]);
///
/// assert_eq!(find_addresses(b"https://evil.com/?h=a1b2c3d4e5.eu.cp0.konghq.com").count(), 0);
/// assert_eq!(find_addresses(b"a1b2c3d4e5.eu.cp0.konghq.com.evil.com").count(), 0);
/// ```
pub fn find_addresses(text: &[u8]) -> FindAddresses<'_> {
    FindAddresses { text, at: 0 }
}

/// The iterator of [`find_addresses`].
#[derive(Debug, Clone)]
pub struct FindAddresses<'a> {
    text: &'a [u8],
    /// Where the search goes on.
    at: usize,
}

impl<'a> Iterator for FindAddresses<'a> {
    type Item = Found<'a>;

    fn next(&mut self) -> Option<Found<'a>> {
        let text = self.text;
        loop {
            let rest = text.get(self.at..)?;
            let offset = memchr::memchr2(FIRST, FIRST.to_ascii_uppercase(), rest)?;
            let k = self.at.saturating_add(offset);
            self.at = k.saturating_add(1);
            if let Some(found) = address_at(text, k) {
                self.at = found.end;
                return Some(found);
            }
        }
    }
}

impl std::iter::FusedIterator for FindAddresses<'_> {}

/// The address whose domain starts at `k`, if there is one.
#[inline]
fn address_at(text: &[u8], k: usize) -> Option<Found<'_>> {
    let after_k = text.get(k..)?;
    let domain_len = DOMAINS.iter().find_map(|domain| {
        let candidate = after_k.get(..domain.len())?;
        candidate
            .eq_ignore_ascii_case(domain.as_bytes())
            .then_some(domain.len())
    })?;
    let end = k.checked_add(domain_len)?;
    // The right boundary: one root dot at most, then no hostname byte.
    let after_dot = match text.get(end) {
        Some(b'.') => end.saturating_add(1),
        _ => end,
    };
    if text.get(after_dot).is_some_and(|byte| in_host(*byte)) {
        return None;
    }
    // The left boundary: the domain is a label of its own.
    if k > 0 && !matches!(text.get(k.wrapping_sub(1)), Some(b'.')) {
        let before = text.get(k.wrapping_sub(1)).copied().unwrap_or(b' ');
        if in_host(before) {
            return None;
        }
    }
    let floor = k.saturating_sub(HOST_LOOK_BACK);
    let mut start = k;
    while start > floor
        && text
            .get(start.wrapping_sub(1))
            .is_some_and(|byte| in_host(*byte))
    {
        start = start.wrapping_sub(1);
    }
    if start == floor && floor > 0 && text.get(floor.wrapping_sub(1)).is_some_and(|b| in_host(*b)) {
        // A run of hostname bytes longer than any hostname.
        return None;
    }
    // A percent-encoded byte before the hostname (`https%3A%2F%2FHOST`,
    // URL-encoded in a query or a log field) is not part of it.
    if start > 0 && text.get(start.wrapping_sub(1)) == Some(&b'%') {
        let escaped = text.get(start..start.saturating_add(2))?;
        if escaped.iter().all(u8::is_ascii_hexdigit) {
            start = start.saturating_add(2);
        }
    }
    let host = std::str::from_utf8(text.get(start..end)?).ok()?;
    let classified = crate::classify(host)?;
    let word = read_word(text, start);
    if word.in_path {
        return None;
    }
    // A `:` after the host says the port, or that there is none the finder
    // can read; only without one does the scheme's default apply.
    let written = explicit_port(text, after_dot);
    let default = match written {
        Some(_) => None,
        None => word
            .scheme
            .and_then(|scheme| std::str::from_utf8(scheme).ok())
            .and_then(scheme_port)
            .flatten(),
    };
    Some(Found {
        start,
        end,
        classified: classified.with_ports(written.flatten(), default),
    })
}

/// A byte of a hostname as the finder reads it: letters, digits, `-`, `_`
/// and `.`. `_` is read so that `a_b.eu.cp0.konghq.com` is one (invalid)
/// name, not `b.eu.cp0.konghq.com`.
#[inline]
fn in_host(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.')
}

/// A byte that ends a word.
#[inline]
fn ends_word(byte: u8) -> bool {
    byte.is_ascii_whitespace()
        || byte.is_ascii_control()
        || matches!(
            byte,
            b'"' | b'\''
                | b'`'
                | b'<'
                | b'>'
                | b'('
                | b')'
                | b'['
                | b']'
                | b'{'
                | b'}'
                | b','
                | b';'
                | b'|'
        )
}

/// What stands left of a hostname in its word.
struct Word<'a> {
    /// The URL scheme before `://` (or `:\/\/`), if any.
    scheme: Option<&'a [u8]>,
    /// Whether a `/`, `?` or `#` stands between the word's start (or the
    /// scheme's slashes) and the hostname.
    in_path: bool,
}

/// Reads the word left of `start` back to its start, a `scheme://`, or
/// [`WORD_LOOK_BACK`] bytes.
fn read_word(text: &[u8], start: usize) -> Word<'_> {
    let floor = start.saturating_sub(WORD_LOOK_BACK);
    let mut at = start;
    while at > floor {
        let index = at.wrapping_sub(1);
        let Some(&byte) = text.get(index) else { break };
        if ends_word(byte) {
            break;
        }
        if byte == b':' {
            let after = text.get(at..start).unwrap_or_default();
            let authority = after
                .strip_prefix(b"//")
                .or_else(|| after.strip_prefix(b"\\/\\/"));
            if let Some(authority) = authority {
                return Word {
                    scheme: Some(scheme_before(text, index)),
                    in_path: has_path(authority),
                };
            }
        }
        at = index;
    }
    let word = text.get(at..start).unwrap_or_default();
    // A protocol-relative `//HOST`.
    let word = word
        .strip_suffix(b"\\/\\/")
        .or_else(|| word.strip_suffix(b"//"))
        .unwrap_or(word);
    Word {
        scheme: None,
        in_path: has_path(word),
    }
}

/// The scheme ending at the `:` at `colon`: letters, digits, `+`, `-`, `.`.
fn scheme_before(text: &[u8], colon: usize) -> &[u8] {
    let mut start = colon;
    while start > 0
        && text
            .get(start.wrapping_sub(1))
            .is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'))
    {
        start = start.wrapping_sub(1);
    }
    text.get(start..colon).unwrap_or_default()
}

/// Whether `text` holds a `/`, `?` or `#`.
fn has_path(text: &[u8]) -> bool {
    memchr::memchr3(b'/', b'?', b'#', text).is_some()
}

/// The port written as `:DIGITS` at `at`: `Some(Some(port))` for 1 to
/// 65535, `Some(None)` for digits that are no port (the text names one, so
/// no scheme default applies), `None` without `:` and a digit.
fn explicit_port(text: &[u8], at: usize) -> Option<Option<u16>> {
    let rest = text.get(at..)?;
    let digits = rest.strip_prefix(b":")?;
    let len = digits.iter().take_while(|b| b.is_ascii_digit()).count();
    if len == 0 {
        return None;
    }
    if len > 5 {
        return Some(None);
    }
    let number = digits.get(..len)?.iter().fold(0_u32, |n, d| {
        n.saturating_mul(10)
            .saturating_add(u32::from(d.wrapping_sub(b'0')))
    });
    Some(u16::try_from(number).ok().filter(|port| *port != 0))
}
