//! Why a connection is refused, nearest reason first.

use crate::{Edition, Endpoint, Geo, Host, Port, Product, Protocol};
use std::fmt;

/// Why [`Requirements::check_address`](crate::Requirements::check_address)
/// or [`check_port`](crate::Requirements::check_port) refuses a connection:
/// the nearest reason, so that the fix is one change (the right geo, the
/// right edition, the product to add).
///
/// It quotes nothing of the address but the identifier label of its host:
/// user information and paths never show. `Display` writes one line
/// without the address, for a caller to print after it.
///
/// ```
/// use konnect_netreq::{Geo, Protocol, Refusal, Requirements};
///
/// let req = Requirements::for_geo(Geo::Eu).build()?;
/// let refused = req.check_address("eu.mesh.sync.konghq.com", Protocol::Tcp).unwrap_err();
/// assert!(matches!(refused, Refusal::NotIncluded { .. }));
/// assert_eq!(
///     refused.to_string(),
///     "these requirements include no Mesh Manager sync host (product mesh not chosen)",
/// );
/// # Ok::<(), konnect_netreq::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Refusal<'a> {
    /// The host is allowed, on another port.
    #[non_exhaustive]
    OtherPort {
        /// The port asked about.
        port: u16,
        /// The port the host's rule allows.
        allowed: u16,
    },
    /// The host or port is allowed, over another transport.
    #[non_exhaustive]
    OtherProtocol {
        /// The port asked about.
        port: u16,
        /// The transport asked about.
        protocol: Protocol,
        /// The transport the rule allows.
        allowed: Protocol,
    },
    /// A host of another control plane, Dev Portal or auth server than the
    /// one these requirements name.
    #[non_exhaustive]
    OtherIdentifier {
        /// The kind of host.
        endpoint: Endpoint,
        /// The identifier label of the host asked about, as written.
        identifier: &'a str,
        /// The identifier these requirements name (for auth servers, the
        /// first one given).
        expected: &'a str,
    },
    /// Another host of an endpoint these requirements include, such as the
    /// regional mesh sync host where the global one was chosen.
    #[non_exhaustive]
    OtherHost {
        /// The kind of host.
        endpoint: Endpoint,
        /// The first host of that kind the requirements allow.
        allowed: &'a Host,
    },
    /// The host is spelt as another edition of Kong's page writes it
    /// (`cp0` against `cp`, `portal.konghq.com` against `kongportals.com`).
    #[non_exhaustive]
    OtherEdition {
        /// The oldest edition that writes the host so.
        written_in: Edition,
        /// The edition these requirements follow.
        edition: Edition,
    },
    /// The host belongs to another geo.
    #[non_exhaustive]
    OtherGeo {
        /// The geo of these requirements.
        geo: Geo,
        /// The geo of the host asked about.
        host_geo: Geo,
    },
    /// The control plane and telemetry are reached over AWS PrivateLink,
    /// whose host takes the place of theirs.
    #[non_exhaustive]
    OverPrivateLink {
        /// The kind of host asked about.
        endpoint: Endpoint,
    },
    /// A Konnect host of a kind these requirements do not include (a
    /// product not chosen, PrivateLink not chosen).
    #[non_exhaustive]
    NotIncluded {
        /// The kind of host asked about.
        endpoint: Endpoint,
        /// A product that would include it and is not chosen; `None` when
        /// an option, not a product, is missing (PrivateLink, the global
        /// PrivateLink host).
        product: Option<Product>,
    },
    /// Not a Konnect hostname.
    NotKonnect,
    /// Not a hostname, `host:port` or URL: an unknown scheme, `https:host`
    /// without `//`, a port that is not 1 to 65535, an IP literal, or white
    /// space, a backslash or a control character in the authority.
    NotAnAddress,
    /// Port 443 over TCP: allowed to Konnect's hosts only, never to any
    /// host; ask about an address.
    #[non_exhaustive]
    OnlyToHosts {
        /// The port asked about.
        port: u16,
    },
    /// A named port that another edition lists (20010 from
    /// [`Edition::Aug2026`] on).
    #[non_exhaustive]
    PortOfOtherEdition {
        /// The port asked about.
        port: Port,
        /// The edition these requirements follow.
        edition: Edition,
    },
    /// A named port these requirements do not include: a default proxy
    /// listener when other listeners were given or the API Gateway is not
    /// chosen.
    #[non_exhaustive]
    PortNotIncluded {
        /// The port asked about.
        port: Port,
    },
    /// No rule names the port with that transport.
    #[non_exhaustive]
    NoPortRule {
        /// The port asked about.
        port: u16,
        /// The transport asked about.
        protocol: Protocol,
    },
}

impl Refusal<'_> {
    /// How near the connection came to being allowed: 0 is one change of
    /// port or transport away, higher is farther. A
    /// [`RequirementsSet`](crate::RequirementsSet) answers with its
    /// members' nearest refusal.
    pub const fn nearness(&self) -> u8 {
        match self {
            Refusal::OtherPort { .. } | Refusal::OtherProtocol { .. } => 0,
            Refusal::OtherIdentifier { .. } | Refusal::PortOfOtherEdition { .. } => 1,
            Refusal::OtherHost { .. } | Refusal::PortNotIncluded { .. } => 2,
            Refusal::OtherEdition { .. } | Refusal::OnlyToHosts { .. } => 3,
            Refusal::OtherGeo { .. } => 4,
            Refusal::OverPrivateLink { .. } => 5,
            Refusal::NotIncluded { .. } | Refusal::NoPortRule { .. } => 6,
            Refusal::NotKonnect => 7,
            Refusal::NotAnAddress => 8,
        }
    }
}

/// One line, without the address asked about.
impl fmt::Display for Refusal<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refusal::OtherPort { port, allowed } => {
                write!(f, "this host is allowed on port {allowed}, not {port}")
            }
            Refusal::OtherProtocol {
                port,
                protocol,
                allowed,
            } => write!(f, "port {port} is allowed over {allowed}, not {protocol}"),
            Refusal::OtherIdentifier {
                endpoint,
                identifier,
                expected,
            } => {
                let what = match endpoint {
                    Endpoint::DevPortal => "another Dev Portal: the portal ID is",
                    Endpoint::Identity => "another auth server: the auth server ID is",
                    _ => "another control plane: the control plane DNS prefix is",
                };
                write!(f, "{what} {expected}, this host's is {identifier}")
            }
            Refusal::OtherHost { endpoint, allowed } => write!(
                f,
                "another {} host than these requirements allow ({allowed})",
                endpoint.description()
            ),
            Refusal::OtherEdition {
                written_in,
                edition,
            } => write!(
                f,
                "another edition's spelling: {written_in} writes this host so, \
                 these requirements follow {edition}"
            ),
            Refusal::OtherGeo { geo, host_geo } => {
                write!(f, "the geo is {geo}, this host is {host_geo}")
            }
            Refusal::OverPrivateLink { endpoint } => write!(
                f,
                "the {} is reached over AWS PrivateLink in these requirements",
                endpoint.description()
            ),
            Refusal::NotIncluded { endpoint, product } => {
                write!(
                    f,
                    "these requirements include no {} host",
                    endpoint.description()
                )?;
                match product {
                    Some(product) => write!(f, " (product {product} not chosen)"),
                    None => Ok(()),
                }
            }
            Refusal::NotKonnect => f.write_str("not a Konnect host"),
            Refusal::NotAnAddress => f.write_str(
                "not a hostname, host:port or URL (known scheme, port 1 to 65535, no IP literal)",
            ),
            Refusal::OnlyToHosts { port } => write!(
                f,
                "port {port} is allowed only to Konnect's hosts; ask about a host"
            ),
            Refusal::PortOfOtherEdition { port, edition } => write!(
                f,
                "port {} ({port}) is listed from {} on, these requirements follow {edition}",
                port.number(),
                port.since()
            ),
            Refusal::PortNotIncluded { port } => write!(
                f,
                "port {} ({port}) is not in these requirements (listeners given, or product \
                 api-gateway not chosen)",
                port.number()
            ),
            Refusal::NoPortRule { port, protocol } => {
                write!(f, "no rule allows {port}/{protocol}")
            }
        }
    }
}
