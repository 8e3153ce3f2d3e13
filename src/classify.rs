//! Recognizing Konnect hostnames and addresses seen in logs and
//! configuration: the inverse of the spellings in [`facts`](crate::facts).

use crate::address::Address;
use crate::facts::{self, DOMAINS, IdentifierKind, Spelling};
use crate::host::MAX_HOST;
use crate::identifier::check_label;
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
pub(crate) struct Parts<'a> {
    /// The geo; `None` for hosts without one and for `global`.
    pub(crate) geo: Option<Geo>,
    /// The identifier label, as written.
    pub(crate) identifier: Option<&'a str>,
}

/// The endpoint and spelling `host` (without a trailing dot) follows.
#[inline]
pub(crate) fn find(host: &str) -> Option<(Endpoint, &'static Spelling, Parts<'_>)> {
    // The registered domain first: most hostnames in a log are not
    // Konnect's, and they stop here.
    let (domain, rest) = DOMAINS.iter().find_map(|domain| {
        let rest = strip_suffix_ignore_case(host, domain)?;
        Some((*domain, rest.strip_suffix('.')?))
    })?;
    facts::ROWS.iter().find_map(|row| {
        row.spellings
            .iter()
            .filter(|spelling| may_follow(spelling, rest) && spelling.domain == domain)
            .find_map(|spelling| Some((row.endpoint, spelling, parse(spelling, rest)?)))
    })
}

/// A first test of `rest` (the labels left of the domain) against
/// `spelling`, before [`parse`] reads it: whether `rest` is long enough for
/// the service labels and has their first and last letter where they
/// belong. It turns away most of the table's spellings with two byte
/// comparisons; without it every spelling costs a domain comparison (a
/// `memcmp` call) and a call of `parse`. Measured with
/// `benches/callgrind.sh` on the bench mix: `allows` went from about 1,020
/// to 700 instructions per call.
#[inline]
fn may_follow(spelling: &Spelling, rest: &str) -> bool {
    let (service, rest) = (spelling.service.as_bytes(), rest.as_bytes());
    let (Some(first), Some(last)) = (service.first(), service.last()) else {
        // No service labels: `parse` reads the region right away.
        return true;
    };
    let Some(start) = rest.len().checked_sub(service.len()) else {
        return false;
    };
    rest.get(start)
        .is_some_and(|byte| byte.eq_ignore_ascii_case(first))
        && rest
            .last()
            .is_some_and(|byte| byte.eq_ignore_ascii_case(last))
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
            check_label(label).ok()?;
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

/// `host` without `suffix`, if it ends with it ignoring ASCII case.
#[inline]
fn strip_suffix_ignore_case<'a>(host: &'a str, suffix: &str) -> Option<&'a str> {
    let start = host.len().checked_sub(suffix.len())?;
    let tail = host.as_bytes().get(start..)?;
    if tail.eq_ignore_ascii_case(suffix.as_bytes()) {
        host.get(..start)
    } else {
        None
    }
}
