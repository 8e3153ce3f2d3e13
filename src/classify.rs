//! Recognizing Konnect hostnames and addresses seen in logs and
//! configuration: the inverse of the spellings in [`facts`](crate::facts).

use crate::address::Address;
use crate::facts::{self, DOMAINS, IdentifierKind, Spelling};
use crate::host::MAX_HOST;
use crate::identifier::is_label;
use crate::{Edition, Endpoint, Geo};
use std::fmt;

/// What [`classify`] or [`classify_address`] found out about a Konnect
/// hostname.
///
/// It borrows from the classified input, so classifying allocates nothing.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Classified<'a> {
    host: &'a str,
    endpoint: Endpoint,
    spelling: &'static Spelling,
    geo: Option<Geo>,
    identifier: Option<&'a str>,
    port: Option<u16>,
}

impl<'a> Classified<'a> {
    /// The kind of hostname.
    pub const fn endpoint(&self) -> Endpoint {
        self.endpoint
    }

    /// The geo, or `None` for hostnames that belong to no geo
    /// (`cloud.konghq.com`, `global.api.konghq.com`, the `global` mesh sync
    /// and PrivateLink hosts).
    pub const fn geo(&self) -> Option<Geo> {
        self.geo
    }

    /// The per-organization label the hostname starts with, whatever its
    /// kind (control plane DNS prefix, portal ID or auth server ID), as
    /// written in the input.
    pub const fn identifier(&self) -> Option<&'a str> {
        self.identifier
    }

    /// The control plane DNS prefix of a control plane or telemetry host, as
    /// written in the input (compare it ignoring ASCII case, or lower-case it
    /// with [`CpPrefix::new`](crate::CpPrefix::new)).
    pub fn cp_prefix(&self) -> Option<&'a str> {
        self.identifier_of(IdentifierKind::CpPrefix)
    }

    /// The portal ID of a Dev Portal host, as written in the input.
    pub fn portal_id(&self) -> Option<&'a str> {
        self.identifier_of(IdentifierKind::PortalId)
    }

    /// The auth server ID of a Kong Identity auth server's host
    /// (`AUTH_SERVER_ID.{geo}.identity.konghq.com`), as written in the input.
    pub fn auth_server_id(&self) -> Option<&'a str> {
        self.identifier_of(IdentifierKind::AuthServerId)
    }

    /// The spelling of the table the host follows.
    pub(crate) const fn spelling(&self) -> &'static Spelling {
        self.spelling
    }

    fn identifier_of(&self, kind: IdentifierKind) -> Option<&'a str> {
        (self.spelling.identifier == Some(kind))
            .then_some(self.identifier)
            .flatten()
    }

    /// The classified hostname, as written, without its trailing dot.
    pub const fn host(&self) -> &'a str {
        self.host
    }

    /// The port: the one the address names, else its scheme's default
    /// (`https`, `wss` and `grpcs` 443, `http` and `ws` 80), else `None`
    /// (always `None` from [`classify`], which takes bare hostnames).
    pub const fn port(&self) -> Option<u16> {
        self.port
    }

    /// The same hostname with the port an address in running text gives:
    /// [`find_addresses`](crate::find_addresses) reads addresses that
    /// [`classify_address`] cannot take whole (a URL with `\/`-escaped
    /// slashes in JSON).
    pub(crate) const fn with_port(self, port: Option<u16>) -> Classified<'a> {
        Classified { port, ..self }
    }

    /// The hostname template this hostname follows, as the documentation
    /// writes it, e.g. `"CONTROL_PLANE_DNS_PREFIX.{geo}.cp0.konghq.com"`.
    pub const fn template(&self) -> &'static str {
        self.spelling.text
    }

    /// The one edition that writes this hostname this way (`cp0` is
    /// [`Edition::Apr2025`], `cp` is [`Edition::Aug2026`]), or `None` when
    /// every edition that has the endpoint writes it the same, when no
    /// edition's builder writes it (the Dev Portal's edge host), or when
    /// that edition does not list the geo.
    pub fn edition(&self) -> Option<Edition> {
        let [edition] = self.spelling.written_in else {
            return None;
        };
        let several = facts::row(self.endpoint).editions.len() > 1;
        let geo_listed = self.geo.is_none_or(|geo| geo.is_in(*edition));
        (several && geo_listed).then_some(*edition)
    }
}

impl fmt::Debug for Classified<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Classified")
            .field("host", &self.host)
            .field("endpoint", &self.endpoint)
            .field("template", &self.spelling.text)
            .field("geo", &self.geo)
            .field("identifier", &self.identifier)
            .field("port", &self.port)
            .finish()
    }
}

/// The hostname as classified: [`host`](Classified::host).
impl fmt::Display for Classified<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.host)
    }
}

/// Recognizes a Konnect hostname and takes it apart.
///
/// Takes a bare hostname (no scheme, no port, no path; see
/// [`classify_address`] for those), ignores ASCII case and accepts one
/// trailing dot. Every spelling of every edition is recognized (`cp0`/`tp0`
/// and `cp`/`tp`, `portal.konghq.com` and `kongportals.com`, the Dev
/// Portal's edge and preview hosts, Kong Identity auth servers), and every
/// geo in any of them. Anything that is not exactly a Konnect hostname is
/// `None`: other domains, suffix tricks such as
/// `x.eu.cp0.konghq.com.evil.com`, extra or empty labels, invalid
/// identifiers, unknown geos, wildcards, ports and URLs.
///
/// Never allocates.
///
/// ```
/// use konnect_netreq::{classify, Endpoint, Geo};
///
/// let found = classify("36fc5d01be.US.cp0.konghq.com.").unwrap();
/// assert_eq!(found.endpoint(), Endpoint::ControlPlane);
/// assert_eq!(found.geo(), Some(Geo::Us));
/// assert_eq!(found.cp_prefix(), Some("36fc5d01be"));
///
/// assert_eq!(classify("36fc5d01be.us.cp0.konghq.com.evil.com"), None);
/// assert_eq!(classify("*.us.cp0.konghq.com"), None);
/// ```
#[inline]
pub fn classify(input: &str) -> Option<Classified<'_>> {
    let host = input.strip_suffix('.').unwrap_or(input);
    if host.is_empty() || host.len() > MAX_HOST {
        return None;
    }
    let (endpoint, spelling, parts) = find(host)?;
    Some(Classified {
        host,
        endpoint,
        spelling,
        geo: parts.geo,
        identifier: parts.identifier,
        port: None,
    })
}

/// Recognizes the Konnect hostname in an address, as users hold them: a
/// bare hostname, `host:port`, `host[:port]/path` (kong.conf's PrivateLink
/// forms) or a URL `scheme://[userinfo@]host[:port][/path][?query][#fragment]`
/// with scheme `http`, `https`, `ws`, `wss`, `grpc`, `grpcs`, `tcp` or
/// `tls`.
///
/// The path, query, fragment and user information are ignored; a Konnect
/// name there is not a match. The host is held to exactly what [`classify`]
/// accepts: nothing is percent-decoded or mapped (IDNA), IP literals and
/// empty hosts are `None`, and so is an address with an unknown scheme, a
/// port that is empty, not a number or not 1 to 65535, or a backslash,
/// white space or control character before its path. Never allocates.
///
/// ```
/// use konnect_netreq::{classify_address, Endpoint, Geo};
///
/// let found = classify_address("grpcs://eu.mesh.sync.konghq.com:443").unwrap();
/// assert_eq!(found.endpoint(), Endpoint::MeshSync);
/// assert_eq!((found.geo(), found.port()), (Some(Geo::Eu), Some(443)));
///
/// let found = classify_address("us.svc.konghq.com/cp/36fc5d01be").unwrap();
/// assert_eq!(found.endpoint(), Endpoint::PrivateLink);
/// assert_eq!(found.port(), None);
///
/// assert_eq!(classify_address("https://x.eu.cp0.konghq.com@evil.com/"), None);
/// assert_eq!(classify_address("https://evil.com/?h=x.eu.cp0.konghq.com"), None);
/// ```
#[inline]
pub fn classify_address(input: &str) -> Option<Classified<'_>> {
    let address = Address::split(input).ok()?;
    let port = address.port_number().ok()?;
    let found = classify(address.host)?;
    Some(Classified { port, ..found })
}

/// The variable parts of a hostname that matched a spelling.
#[derive(Debug, Clone, Copy)]
struct Parts<'a> {
    /// The geo; `None` for hosts without one and for `global`.
    geo: Option<Geo>,
    /// The identifier label, as written.
    identifier: Option<&'a str>,
}

/// The endpoint and spelling `host` (without a trailing dot) follows.
#[inline]
fn find(host: &str) -> Option<(Endpoint, &'static Spelling, Parts<'_>)> {
    // The registered domain first: most hostnames in a log are not
    // Konnect's, and they stop here.
    let (domain, rest) = DOMAINS.iter().enumerate().find_map(|(index, domain)| {
        let rest = strip_suffix_ignore_case(host, domain)?;
        Some((index, rest.strip_suffix('.')?))
    })?;
    // A spelling can match only if its last service label has the length,
    // first and last letter of the label left of the domain (or it has no
    // service label): one comparison of keys turns the others away before
    // `parse` reads anything. Measured with `benches/callgrind.sh`: testing
    // each spelling's service labels against the input was most of the
    // cost of `classify`.
    let last = rest
        .bytes()
        .rposition(|byte| byte == b'.')
        .and_then(|dot| rest.get(dot.saturating_add(1)..))
        .unwrap_or(rest);
    let with_label = key(last.as_bytes(), domain);
    let without = key(b"", domain);
    keys::KEYS
        .iter()
        .filter(|(key, _, _)| *key == with_label || *key == without)
        .find_map(|(_, row, index)| {
            let row = facts::ROWS.get(usize::from(*row))?;
            let spelling = row.spellings.get(usize::from(*index))?;
            Some((row.endpoint, spelling, parse(spelling, rest)?))
        })
}

/// A label's length (up to 255), first and last byte lower-cased, and the
/// index of its domain in [`DOMAINS`], as one number. The same function
/// makes the table's keys at compile time and the input's at run time.
#[inline]
const fn key(label: &[u8], domain: usize) -> u32 {
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

/// The table's spelling keys, computed when the crate is compiled.
mod keys {
    // Indexing and arithmetic here run in the compiler: an index out of
    // bounds or an overflow fails the build instead of panicking.
    #![cfg_attr(
        not(test),
        expect(
            clippy::indexing_slicing,
            clippy::arithmetic_side_effects,
            reason = "evaluated when the crate is compiled"
        )
    )]

    use super::key;
    use crate::Endpoint;
    use crate::facts::{self, DOMAINS};

    /// How many spellings the table has.
    pub(super) const SPELLINGS: usize = spelling_count();

    /// Each spelling's [`key`] with the spelling's row and place in the row,
    /// in table order, derived from the table when the crate is compiled: one
    /// flat list is quicker to scan than the rows.
    pub(super) const KEYS: [(u32, u8, u8); SPELLINGS] = spelling_keys();

    const fn spelling_count() -> usize {
        let mut count = 0;
        let mut row = 0;
        while row < Endpoint::COUNT {
            count += facts::ROWS[row].spellings.len();
            row += 1;
        }
        count
    }

    /// [`KEYS`]: each spelling's last service label (what follows the last
    /// dot of `service`, or nothing) with its domain.
    const fn spelling_keys() -> [(u32, u8, u8); SPELLINGS] {
        let mut keys = [(0, 0, 0); SPELLINGS];
        let mut next = 0;
        let mut row = 0;
        while row < Endpoint::COUNT {
            let spellings = facts::ROWS[row].spellings;
            let mut index = 0;
            while index < spellings.len() {
                let spelling = &spellings[index];
                let service = spelling.service.as_bytes();
                let mut start = service.len();
                while start > 0 && service[start - 1] != b'.' {
                    start -= 1;
                }
                let domain = domain_index(spelling.domain);
                // Rows and places fit a byte: the build fails otherwise.
                assert!(row <= 0xff && index <= 0xff);
                keys[next] = (
                    key(service.split_at(start).1, domain),
                    row as u8,
                    index as u8,
                );
                next += 1;
                index += 1;
            }
            row += 1;
        }
        keys
    }

    /// The index of `domain` in [`DOMAINS`]; the build fails for another.
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
}

/// Reads the labels left of the domain, `rest`, as `spelling` writes them.
#[inline]
fn parse<'a>(spelling: &Spelling, rest: &'a str) -> Option<Parts<'a>> {
    // The fixed service labels right of the region; what stands left of
    // them, without its dot, is still to read (`None` if nothing is).
    let mut left = if spelling.service.is_empty() {
        Some(rest)
    } else {
        match strip_suffix_ignore_case(rest, spelling.service)? {
            "" => None,
            before => Some(before.strip_suffix('.')?),
        }
    };
    let geo = match spelling.region {
        facts::RegionLabel::None => None,
        region => region.parse(next_label(&mut left)?)?,
    };
    if let Some(infix) = spelling.infix {
        if !next_label(&mut left)?.eq_ignore_ascii_case(infix) {
            return None;
        }
    }
    // The identifier is all that is left: one valid DNS label (so no
    // dot). Without an identifier nothing may be left.
    let identifier = match (spelling.identifier, left) {
        (Some(_), Some(label)) => {
            is_label(label.as_bytes()).then_some(())?;
            Some(label)
        }
        (None, None) => None,
        _ => return None,
    };
    Some(Parts { geo, identifier })
}

/// Takes the rightmost label of `left`, leaving what stands left of it.
#[inline]
fn next_label<'a>(left: &mut Option<&'a str>) -> Option<&'a str> {
    let text = (*left)?;
    // A plain scan: labels are short, and `rsplit_once('.')` went through
    // `memrchr`, which cost more than the whole scan.
    match text.bytes().rposition(|byte| byte == b'.') {
        Some(dot) => {
            *left = text.get(..dot);
            text.get(dot.saturating_add(1)..)
        }
        None => {
            *left = None;
            Some(text)
        }
    }
}

/// `host` without `suffix` (lower-case, as the table writes it), if it ends
/// with it ignoring ASCII case.
#[inline]
fn strip_suffix_ignore_case<'a>(host: &'a str, suffix: &str) -> Option<&'a str> {
    let start = host.len().checked_sub(suffix.len())?;
    let tail = host.as_bytes().get(start..)?;
    if eq_lower(tail, suffix.as_bytes()) {
        host.get(..start)
    } else {
        None
    }
}

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

    /// `eq_lower` relies on the table's texts being lower-case.
    #[test]
    fn the_table_is_lower_case() {
        let lower = |text: &str| {
            text.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.')
        };
        for row in &facts::ROWS {
            for spelling in row.spellings {
                assert!(lower(spelling.service) && lower(spelling.domain));
                assert!(spelling.infix.is_none_or(lower));
            }
        }
        for geo in Geo::ALL {
            assert!(lower(geo.as_str()) && lower(geo.private_link_label()));
        }
    }

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
