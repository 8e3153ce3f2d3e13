//! One firewall allowance: host (or none), port, transport and direction.

use crate::keyword::keyword_enum;
use crate::lines::line_tail;
use crate::{AppProtocol, Endpoint, Host, Port, Protocol};
use std::fmt;

/// Which way traffic flows, seen from the customer's network.
///
/// ```
/// use konnect_netreq::{Direction, Port};
///
/// assert_eq!(Port::Cluster.direction(), Direction::ToKonnect);
/// assert_eq!(Direction::ToDataPlane.to_string(), "to-data-plane");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, strum::VariantArray)]
#[non_exhaustive]
pub enum Direction {
    /// Outbound: from the customer network (data plane nodes, people, tools)
    /// to Konnect.
    ToKonnect,
    /// Inbound from Konnect to a collector of the customer (audit logs).
    FromKonnect,
    /// Inbound: from API clients to the data plane node's proxy listeners.
    ToDataPlane,
}

impl Direction {
    /// Every direction.
    pub const ALL: &'static [Direction] = <Direction as strum::VariantArray>::VARIANTS;

    /// The keyword, e.g. `"to-konnect"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Direction::ToKonnect => "to-konnect",
            Direction::FromKonnect => "from-konnect",
            Direction::ToDataPlane => "to-data-plane",
        }
    }
}

keyword_enum!(Direction, "direction");

/// One allowance a firewall must make: a host (or none, for rules about a
/// port only), a port, one transport and a direction. A port that is open
/// for TCP and UDP gives two rules.
///
/// Rules borrow their host from the [`Requirements`](crate::Requirements)
/// they come from, so listing them allocates nothing.
///
/// ```
/// use konnect_netreq::{Direction, Endpoint, Geo, Port, Protocol, Requirements};
///
/// let req = Requirements::for_geo(Geo::Eu).with_cp_prefix("a1b2c3d4e5").build()?;
/// let cp = req.rules().find(|rule| rule.endpoint() == Some(Endpoint::ControlPlane)).unwrap();
/// assert_eq!(cp.to_string(), "a1b2c3d4e5.eu.cp0.konghq.com:443/tcp");
/// assert_eq!(cp.port(), Port::Cluster);
/// assert_eq!(cp.protocol(), Protocol::Tcp);
/// assert_eq!(cp.direction(), Direction::ToKonnect);
/// # Ok::<(), konnect_netreq::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rule<'a> {
    endpoint: Option<Endpoint>,
    host: Option<&'a Host>,
    port: Port,
    protocol: Protocol,
    /// What `Display` writes, without a line break.
    line: &'a str,
}

impl<'a> Rule<'a> {
    /// What `Display` writes.
    #[inline]
    pub(crate) const fn line(&self) -> &'a str {
        self.line
    }

    /// A host rule's line is its host's; a port-only rule's a constant.
    #[inline]
    pub(crate) fn new(
        endpoint: Option<(Endpoint, &'a Host)>,
        port: Port,
        protocol: Protocol,
    ) -> Rule<'a> {
        let (endpoint, host, line) = match endpoint {
            Some((endpoint, host)) => (Some(endpoint), Some(host), host.line()),
            None => (None, None, line_tail(port, protocol)),
        };
        Rule {
            endpoint,
            host,
            port,
            protocol,
            line,
        }
    }

    /// The kind of Konnect hostname, or `None` for a port-only rule.
    pub const fn endpoint(&self) -> Option<Endpoint> {
        self.endpoint
    }

    /// The host, or `None` for a port-only rule (audit logging, the data
    /// plane's listeners), whose peer is not a Konnect hostname.
    pub const fn host(&self) -> Option<&'a Host> {
        self.host
    }

    /// The named port.
    pub const fn port(&self) -> Port {
        self.port
    }

    /// The transport.
    pub const fn protocol(&self) -> Protocol {
        self.protocol
    }

    /// Which way the traffic flows, seen from the customer network.
    pub const fn direction(&self) -> Direction {
        self.port.direction()
    }

    /// The application protocol: mutual TLS for the data plane's own
    /// control plane and telemetry links, HTTPS for the other hostnames,
    /// the port's own otherwise.
    pub const fn app_protocol(&self) -> Option<AppProtocol> {
        match self.endpoint {
            Some(Endpoint::ControlPlane | Endpoint::Telemetry | Endpoint::PrivateLink) => {
                Some(AppProtocol::HttpsMtls)
            }
            Some(_) => Some(AppProtocol::Https),
            None => self.port.app_protocol(),
        }
    }
}

/// `host:port/proto`, or `port/proto` for a port-only rule.
///
/// The line is one piece of text, kept with the host or a constant, so
/// `to_string()` allocates once, with the exact length.
impl fmt::Display for Rule<'_> {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.line)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Rule<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut rule = serializer.serialize_struct("Rule", 7)?;
        rule.serialize_field("endpoint", &self.endpoint)?;
        rule.serialize_field("host", &self.host)?;
        rule.serialize_field("port", &self.port.number())?;
        rule.serialize_field("port_name", &self.port)?;
        rule.serialize_field("protocol", &self.protocol)?;
        rule.serialize_field("app_protocol", &self.app_protocol())?;
        rule.serialize_field("direction", &self.direction())?;
        rule.end()
    }
}
