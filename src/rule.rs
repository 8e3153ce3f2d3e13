//! One firewall allowance: host (or none), port, transport and direction.

use crate::keyword::keyword_enum;
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
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
    pub const ALL: &'static [Direction] = &[
        Direction::ToKonnect,
        Direction::FromKonnect,
        Direction::ToDataPlane,
    ];

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
///
/// Rules are ordered by endpoint ([`Endpoint::ALL`] order, with port-only
/// rules, which have none, first), then by host text, port ([`Port::ALL`]
/// order) and transport ([`Protocol::ALL`] order);
/// two rules are equal when all four are. [`OwnedRule`] orders the same way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Rule<'a> {
    endpoint: Option<Endpoint>,
    host: Option<&'a Host>,
    port: Port,
    protocol: Protocol,
}

impl<'a> Rule<'a> {
    /// A rule about an endpoint's host on the port all Konnect hostnames
    /// are reached on.
    pub(crate) const fn to_host(endpoint: Endpoint, host: &'a Host) -> Rule<'a> {
        Rule {
            endpoint: Some(endpoint),
            host: Some(host),
            port: Port::Cluster,
            protocol: Protocol::Tcp,
        }
    }

    /// A rule about a port alone.
    pub(crate) const fn to_port(port: Port, protocol: Protocol) -> Rule<'a> {
        Rule {
            endpoint: None,
            host: None,
            port,
            protocol,
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

    /// Which way the traffic flows, seen from the customer network: the
    /// endpoint's, or for a port-only rule the port's.
    pub const fn direction(&self) -> Direction {
        match self.endpoint {
            Some(endpoint) => endpoint.direction(),
            None => self.port.direction(),
        }
    }

    /// The application protocol: the endpoint's (mutual TLS for the data
    /// plane's own control plane and telemetry links, HTTPS for most
    /// others), or for a port-only rule the port's own.
    pub const fn app_protocol(&self) -> Option<AppProtocol> {
        match self.endpoint {
            Some(endpoint) => Some(endpoint.app_protocol()),
            None => self.port.app_protocol(),
        }
    }
}

impl<'a> Rule<'a> {
    /// The rule with its own copy of the host; as `OwnedRule::from(rule)`.
    pub fn to_owned_rule(&self) -> OwnedRule {
        OwnedRule::from(*self)
    }
}

/// `host:port/proto`, or `port/proto` for a port-only rule.
impl fmt::Display for Rule<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(host) = self.host {
            write!(f, "{host}:")?;
        }
        write!(f, "{}/{}", self.port.number(), self.protocol)
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

/// A [`Rule`] that owns its host, so it can outlive the
/// [`Requirements`](crate::Requirements) it came from: to keep in a
/// `BTreeSet`, send to another thread or return from a function.
///
/// It has `Rule`'s accessors, `Display`, order (see [`Rule`]) and, with the
/// `serde` feature, serialized form.
///
/// ```
/// use konnect_netreq::{Geo, OwnedRule, Requirements};
/// use std::collections::BTreeSet;
///
/// let rules: BTreeSet<OwnedRule> = Requirements::for_geo(Geo::Eu)
///     .build()?
///     .rules()
///     .map(OwnedRule::from)
///     .collect();
/// let first = rules.iter().next().unwrap();
/// assert_eq!(first.to_string(), "8071/tcp");
/// assert!(rules.iter().any(|rule| rule.to_string() == "cloud.konghq.com:443/tcp"));
/// # Ok::<(), konnect_netreq::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct OwnedRule {
    // The same fields in the same order as `Rule`, so both order alike.
    endpoint: Option<Endpoint>,
    host: Option<Host>,
    port: Port,
    protocol: Protocol,
}

impl OwnedRule {
    /// The rule as a borrowing [`Rule`], which every accessor reads.
    pub fn as_rule(&self) -> Rule<'_> {
        Rule {
            endpoint: self.endpoint,
            host: self.host.as_ref(),
            port: self.port,
            protocol: self.protocol,
        }
    }

    /// The kind of Konnect hostname, or `None` for a port-only rule.
    pub const fn endpoint(&self) -> Option<Endpoint> {
        self.endpoint
    }

    /// The host, or `None` for a port-only rule.
    pub const fn host(&self) -> Option<&Host> {
        self.host.as_ref()
    }

    /// The named port.
    pub const fn port(&self) -> Port {
        self.port
    }

    /// The transport.
    pub const fn protocol(&self) -> Protocol {
        self.protocol
    }

    /// Which way the traffic flows; see [`Rule::direction`].
    pub fn direction(&self) -> Direction {
        self.as_rule().direction()
    }

    /// The application protocol; see [`Rule::app_protocol`].
    pub fn app_protocol(&self) -> Option<AppProtocol> {
        self.as_rule().app_protocol()
    }
}

impl From<Rule<'_>> for OwnedRule {
    fn from(rule: Rule<'_>) -> OwnedRule {
        OwnedRule {
            endpoint: rule.endpoint,
            host: rule.host.cloned(),
            port: rule.port,
            protocol: rule.protocol,
        }
    }
}

impl PartialEq<Rule<'_>> for OwnedRule {
    fn eq(&self, other: &Rule<'_>) -> bool {
        self.as_rule() == *other
    }
}

impl PartialEq<OwnedRule> for Rule<'_> {
    fn eq(&self, other: &OwnedRule) -> bool {
        *self == other.as_rule()
    }
}

/// As [`Rule`]'s: `host:port/proto`, or `port/proto`.
impl fmt::Display for OwnedRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.as_rule(), f)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for OwnedRule {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.as_rule().serialize(serializer)
    }
}
