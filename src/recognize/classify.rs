//! Recognizing Konnect hostnames and addresses seen in logs and
//! configuration: the inverse of the spellings in [`facts`](crate::facts).

use super::keys::{self, SpellingKey, key};
use crate::ascii::eq_lower;
use crate::dns::MAX_HOST;
use crate::dns::is_label;
use crate::facts::{DOMAINS, EditionSet, FACTS, Facts, IdentifierKind, RegionLabel, Spelling};
use crate::recognize::address::Address;
use crate::{Edition, Endpoint, Geo};
use std::fmt;

/// What [`classify`] or [`classify_address`] found out about a Konnect
/// hostname.
///
/// It borrows from the classified input, so classifying allocates nothing.
#[derive(Clone, Copy)]
pub struct Classified<'a> {
    host: &'a str,
    endpoint: Endpoint,
    spelling: &'static Spelling,
    geo: Option<Geo>,
    identifier: Option<&'a str>,
    /// The cloud region label of a Dedicated Cloud Gateway edge host.
    cloud_region: Option<&'a str>,
    /// The port the address writes.
    port: Option<u16>,
    /// The default port of the address's scheme.
    default_port: Option<u16>,
    /// The table the host was classified with, which says in which
    /// editions it holds (read only when asked: classifying does not pay
    /// for it).
    facts: &'static Facts,
}

/// Two results are equal when they say the same of the same text (the
/// table they were read with is the crate's, but for tests).
impl PartialEq for Classified<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.key() == other.key()
    }
}

impl Eq for Classified<'_> {}

impl std::hash::Hash for Classified<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.key().hash(state);
    }
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
    /// kind (control plane DNS prefix, portal ID, auth server ID, or the ID
    /// or name of a Kong-hosted gateway), as written in the input. For a V0
    /// Serverless Gateway (`kong-ID.kongcloud.dev`) it is the ID after
    /// `kong-`; for an ACME challenge record, the gateway ID after
    /// `_acme-challenge`.
    ///
    /// ```
    /// use konnect_netreq::{classify, Endpoint};
    ///
    /// let found = classify("kong-0122456789.kongcloud.dev").unwrap();
    /// assert_eq!(found.endpoint(), Endpoint::ServerlessGateway);
    /// assert_eq!(found.identifier(), Some("0122456789"));
    /// ```
    pub const fn identifier(&self) -> Option<&'a str> {
        self.identifier
    }

    /// The cloud region label of a Dedicated Cloud Gateway edge host
    /// (`aws-us-east-2` in `NAME.aws-us-east-2.edge.gateways.konggateway.com`),
    /// as written in the input; `None` for every other hostname.
    ///
    /// ```
    /// use konnect_netreq::{classify, Endpoint};
    ///
    /// let found = classify("9cb1c8dbab.aws-us-east-2.edge.gateways.konggateway.com").unwrap();
    /// assert_eq!(found.endpoint(), Endpoint::DedicatedCloudGatewayEdge);
    /// assert_eq!(found.cloud_region(), Some("aws-us-east-2"));
    /// assert_eq!(found.geo(), None);
    /// ```
    pub const fn cloud_region(&self) -> Option<&'a str> {
        self.cloud_region
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

    /// The port the address writes (`:443`), or `None` if it writes none:
    /// an explicit `:443` is told from an implied one (where
    /// [`url::Url::port`](https://docs.rs/url/2/url/struct.Url.html#method.port)
    /// also drops a written port equal to the scheme's default). Always
    /// `None` from [`classify`], which takes bare hostnames.
    ///
    /// ```
    /// use konnect_netreq::classify_address;
    ///
    /// let written = classify_address("https://eu.api.konghq.com:443").unwrap();
    /// let implied = classify_address("https://eu.api.konghq.com").unwrap();
    /// assert_eq!((written.port(), implied.port()), (Some(443), None));
    /// assert_eq!(implied.port_or_known_default(), Some(443));
    /// ```
    pub const fn port(&self) -> Option<u16> {
        self.port
    }

    /// The same hostname with the ports an address in running text gives
    /// (the written one, and its scheme's default):
    /// [`find_addresses`](crate::find_addresses) reads addresses that
    /// [`classify_address`] cannot take whole (a URL with `\/`-escaped
    /// slashes in JSON).
    pub(crate) const fn with_ports(
        self,
        port: Option<u16>,
        default_port: Option<u16>,
    ) -> Classified<'a> {
        Classified {
            port,
            default_port,
            ..self
        }
    }

    /// The port the address writes, else its scheme's default (`https`,
    /// `wss` and `grpcs` 443, `http` and `ws` 80), else `None` (a bare
    /// host, `host/path`, or `grpc`, `tcp` and `tls`, which have no port of
    /// their own), as [`url::Url::port_or_known_default`](https://docs.rs/url/2/url/struct.Url.html#method.port_or_known_default).
    pub const fn port_or_known_default(&self) -> Option<u16> {
        match self.port {
            Some(port) => Some(port),
            None => self.default_port,
        }
    }

    /// The hostname template this hostname follows, as the documentation
    /// writes it, e.g. `"CONTROL_PLANE_DNS_PREFIX.{geo}.cp0.konghq.com"`.
    pub const fn template(&self) -> &'static str {
        self.spelling.text
    }

    /// The edition whose spelling this is: the oldest edition that writes
    /// the hostname this way (`cp0` is [`Edition::Apr2025`], `cp` is
    /// [`Edition::Aug2026`], and stays so when a later edition keeps `cp`),
    /// or `None` when every edition that has the endpoint writes it the
    /// same, when no edition's builder writes it (the Dev Portal's edge
    /// host), or when no edition that writes it lists the geo.
    /// [`editions`](Self::editions) lists every edition that writes it.
    pub fn edition(&self) -> Option<Edition> {
        let (editions, distinctive) = self.edition_facts();
        if distinctive {
            editions.first().and_then(Edition::at)
        } else {
            None
        }
    }

    /// Every edition whose builder writes this hostname this way, oldest
    /// first: those that list the endpoint and the geo and spell it so.
    /// `x.eu.cp0.konghq.com` is [`Edition::Apr2025`]'s alone;
    /// `eu.api.konghq.com` every edition's; the Dev Portal's edge host and a
    /// geo on a spelling of an edition that does not list it, none.
    ///
    /// ```
    /// use konnect_netreq::{classify, Edition};
    ///
    /// let found = classify("36fc5d01be.eu.cp0.konghq.com").unwrap();
    /// assert_eq!(found.editions().collect::<Vec<_>>(), [Edition::Apr2025]);
    /// let found = classify("eu.api.konghq.com").unwrap();
    /// assert_eq!(found.editions().collect::<Vec<_>>(), Edition::ALL);
    /// ```
    pub fn editions(&self) -> impl Iterator<Item = Edition> + use<> {
        self.edition_facts().0.iter().filter_map(Edition::at)
    }

    /// The editions whose builder writes this hostname, as places in the
    /// table it was classified with.
    #[cfg(test)]
    pub(crate) fn edition_set(&self) -> EditionSet {
        self.edition_facts().0
    }

    /// The editions whose builder writes this host (they list its endpoint
    /// and geo, and write its spelling), and whether some edition that
    /// lists the endpoint spells it otherwise.
    fn edition_facts(&self) -> (EditionSet, bool) {
        let facts = self.facts;
        let count = facts.edition_count();
        let writers = facts.writers(self.endpoint, self.spelling);
        let distinctive = facts
            .endpoint(self.endpoint)
            .is_some_and(|row| writers != EditionSet::of(row.editions, count));
        let editions = match self.geo.and_then(|geo| facts.geo(geo)) {
            Some(row) => writers.and(EditionSet::of(row.editions, count)),
            None => writers,
        };
        (editions, distinctive)
    }

    /// What equality and hashing compare.
    #[allow(
        clippy::type_complexity,
        reason = "a tuple of the fields, compared at once"
    )]
    fn key(
        &self,
    ) -> (
        &str,
        Endpoint,
        &'static Spelling,
        Option<Geo>,
        Option<&str>,
        Option<&str>,
        Option<u16>,
        Option<u16>,
    ) {
        (
            self.host,
            self.endpoint,
            self.spelling,
            self.geo,
            self.identifier,
            self.cloud_region,
            self.port,
            self.default_port,
        )
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
            .field("cloud_region", &self.cloud_region)
            .field("port", &self.port)
            .field("default_port", &self.default_port)
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
    classify_in(&FACTS, &keys::KEYS, input)
}

/// [`classify`] with another table and its keys ([`keys::of`]).
#[inline]
pub(crate) fn classify_in<'a>(
    facts: &'static Facts,
    keys: &[SpellingKey],
    input: &'a str,
) -> Option<Classified<'a>> {
    let host = input.strip_suffix('.').unwrap_or(input);
    if host.is_empty() || host.len() > MAX_HOST {
        return None;
    }
    let (endpoint, spelling, parts) = find(facts, keys, host)?;
    Some(Classified {
        host,
        endpoint,
        spelling,
        geo: parts.geo,
        identifier: parts.identifier,
        cloud_region: parts.cloud_region,
        port: None,
        default_port: None,
        facts,
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
/// let found = classify_address("https://eu.api.konghq.com/v2").unwrap();
/// assert_eq!((found.port(), found.port_or_known_default()), (None, Some(443)));
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
    let port = address.written_port().ok()?;
    let found = classify(address.host)?;
    Some(Classified {
        port,
        default_port: address.default_port(),
        ..found
    })
}

/// The variable parts of a hostname that matched a spelling.
#[derive(Debug, Clone, Copy)]
struct Parts<'a> {
    /// The geo; `None` for hosts without one and for `global`.
    geo: Option<Geo>,
    /// The identifier, as written (without a label's fixed prefix).
    identifier: Option<&'a str>,
    /// The cloud region label, as written.
    cloud_region: Option<&'a str>,
}

/// The endpoint and spelling `host` (without a trailing dot) follows.
#[inline]
fn find<'a>(
    facts: &Facts,
    keys: &[SpellingKey],
    host: &'a str,
) -> Option<(Endpoint, &'static Spelling, Parts<'a>)> {
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
    keys.iter()
        .filter(|(key, _, _)| *key == with_label || *key == without)
        .find_map(|(_, row, index)| {
            let endpoint = *Endpoint::ALL.get(usize::from(*row))?;
            let spelling = facts
                .endpoints
                .get(usize::from(*row))?
                .spellings
                .get(usize::from(*index))?;
            Some((endpoint, spelling, parse(facts, spelling, rest)?))
        })
}

/// Reads the labels left of the domain, `rest`, as `spelling` writes them.
#[inline]
fn parse<'a>(facts: &Facts, spelling: &Spelling, rest: &'a str) -> Option<Parts<'a>> {
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
    let (geo, cloud_region) = match spelling.region {
        RegionLabel::None => (None, None),
        RegionLabel::CloudRegion => {
            let label = next_label(&mut left)?;
            (
                facts.parse_region(RegionLabel::CloudRegion, label)?,
                Some(label),
            )
        }
        region => (facts.parse_region(region, next_label(&mut left)?)?, None),
    };
    if let Some(infix) = spelling.infix {
        if !next_label(&mut left)?.eq_ignore_ascii_case(infix) {
            return None;
        }
    }
    // The identifier is the next label: one valid DNS label (so no dot),
    // after its kind's fixed text (`kong-`), if any.
    let identifier = match spelling.identifier {
        Some(kind) => {
            let label = if spelling.prefix.is_some() {
                next_label(&mut left)?
            } else {
                left.take()?
            };
            is_label(label.as_bytes()).then_some(())?;
            match kind {
                IdentifierKind::CpPrefix
                | IdentifierKind::PortalId
                | IdentifierKind::AuthServerId => Some(label),
                IdentifierKind::CloudGateway | IdentifierKind::ServerlessV0 => {
                    Some(kong_hosted_id(kind, label)?)
                }
            }
        }
        None => None,
    };
    // Then the fixed first label, compared as it is (`_acme-challenge`
    // holds an underscore, which `is_label` refuses), and nothing else.
    match (spelling.prefix, left) {
        (Some(prefix), Some(label)) if label.eq_ignore_ascii_case(prefix) => {}
        (None, None) => {}
        _ => return None,
    }
    Some(Parts {
        geo,
        identifier,
        cloud_region,
    })
}

/// The ID in a Kong-hosted gateway's label: after the kind's fixed text
/// (`kong-`), not empty, and not one of Kong's own labels (`edge`).
#[inline]
fn kong_hosted_id(kind: IdentifierKind, label: &str) -> Option<&str> {
    let id = strip_prefix_ignore_case(label, kind.label_prefix())?;
    let reserved = kind
        .reserved()
        .iter()
        .any(|reserved| id.eq_ignore_ascii_case(reserved));
    (!id.is_empty() && !reserved).then_some(id)
}

/// `label` without `prefix` (lower-case, as the table writes it), if it
/// starts with it ignoring ASCII case.
#[inline]
fn strip_prefix_ignore_case<'a>(label: &'a str, prefix: &str) -> Option<&'a str> {
    let head = label.as_bytes().get(..prefix.len())?;
    if eq_lower(head, prefix.as_bytes()) {
        label.get(prefix.len()..)
    } else {
        None
    }
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
        for row in FACTS.endpoints {
            for spelling in row.spellings {
                assert!(lower(spelling.service) && lower(spelling.domain));
                assert!(spelling.infix.is_none_or(lower));
                // The one label outside `lower`: an ACME record's underscore.
                assert!(
                    spelling
                        .prefix
                        .is_none_or(|prefix| prefix == "_acme-challenge")
                );
                assert!(
                    spelling
                        .identifier
                        .is_none_or(|kind| lower(kind.label_prefix()))
                );
            }
        }
        for geo in Geo::ALL {
            assert!(lower(geo.as_str()) && lower(geo.private_link_label()));
        }
    }
}
