//! One firewall allowance: host (or none), port, transport and direction.

use crate::{AppProtocol, Direction, Endpoint, Host, Listener, Port, Protocol};
use std::fmt;

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
/// assert_eq!(cp.port(), 443);
/// assert_eq!(cp.named_port(), Some(Port::Cluster));
/// assert_eq!(cp.protocol(), Protocol::Tcp);
/// assert_eq!(cp.direction(), Direction::ToKonnect);
/// # Ok::<(), konnect_netreq::Error>(())
/// ```
///
/// Rules are ordered by endpoint ([`Endpoint::ALL`] order, with port-only
/// rules, which have none, first), then by host text, port number and
/// transport ([`Protocol::ALL`] order), then a named port of the page
/// before a listener of the same number; two rules are equal when they
/// allow the same thing. [`OwnedRule`] orders the same way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rule<'a> {
    target: Target<'a>,
    protocol: Protocol,
}

/// What a rule allows traffic to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Target<'a> {
    /// An endpoint's host, on 443.
    Host(Endpoint, &'a Host),
    /// A named port of the page.
    Port(Port),
    /// A listener of the data plane.
    Listener(Listener),
}

impl<'a> Rule<'a> {
    /// A rule about an endpoint's host on the port all Konnect hostnames
    /// are reached on.
    pub(crate) const fn to_host(endpoint: Endpoint, host: &'a Host) -> Rule<'a> {
        Rule {
            target: Target::Host(endpoint, host),
            protocol: Protocol::Tcp,
        }
    }

    /// A rule about a port alone.
    pub(crate) const fn to_port(port: Port, protocol: Protocol) -> Rule<'a> {
        Rule {
            target: Target::Port(port),
            protocol,
        }
    }

    /// A rule about a listener of the data plane.
    pub(crate) const fn to_listener(listener: Listener) -> Rule<'a> {
        Rule {
            target: Target::Listener(listener),
            protocol: listener.protocol(),
        }
    }

    /// The kind of Konnect hostname, or `None` for a port-only rule.
    pub const fn endpoint(&self) -> Option<Endpoint> {
        match self.target {
            Target::Host(endpoint, _) => Some(endpoint),
            Target::Port(_) | Target::Listener(_) => None,
        }
    }

    /// The host, or `None` for a port-only rule (audit logging, the data
    /// plane's listeners), whose peer is not a Konnect hostname.
    pub const fn host(&self) -> Option<&'a Host> {
        match self.target {
            Target::Host(_, host) => Some(host),
            Target::Port(_) | Target::Listener(_) => None,
        }
    }

    /// The named port of the page, or `None` for a listener the user gave
    /// on another port ([`port`](Self::port) has its number). The default
    /// listeners are [`Port::ProxyHttp`] and [`Port::ProxyHttps`]. As
    /// [`Listener::named_port`].
    pub fn named_port(&self) -> Option<Port> {
        match self.target {
            Target::Host(..) => Some(Port::Cluster),
            Target::Port(port) => Some(port),
            Target::Listener(listener) => listener.named_port(),
        }
    }

    /// The port number. A rule always names its port, so there is no
    /// default to fill in (unlike [`Classified::port`](crate::Classified::port),
    /// which is only the port an address writes).
    pub const fn port(&self) -> u16 {
        match self.target {
            Target::Host(..) => Port::Cluster.number(),
            Target::Port(port) => port.number(),
            Target::Listener(listener) => listener.port(),
        }
    }

    /// The port number: the old name of [`port`](Self::port).
    #[deprecated(
        since = "0.1.0",
        note = "renamed to `port()`; the named port is `named_port()`"
    )]
    pub const fn port_number(&self) -> u16 {
        self.port()
    }

    /// The data plane listener this rule lets clients reach, if it is one.
    pub const fn listener(&self) -> Option<Listener> {
        match self.target {
            Target::Listener(listener) => Some(listener),
            Target::Host(..) | Target::Port(_) => None,
        }
    }

    /// The kong.conf setting that sets this rule's port, where one does
    /// (`proxy_listen`, `stream_listen`).
    pub const fn kong_conf_setting(&self) -> Option<&'static str> {
        match self.target {
            Target::Host(..) => None,
            Target::Port(port) => port.kong_conf_setting(),
            Target::Listener(listener) => Some(listener.kind().kong_conf_setting()),
        }
    }

    /// The transport.
    pub const fn protocol(&self) -> Protocol {
        self.protocol
    }

    /// Which way the traffic flows, seen from the customer network: the
    /// endpoint's, or for a port-only rule the port's.
    pub const fn direction(&self) -> Direction {
        match self.target {
            Target::Host(endpoint, _) => endpoint.direction(),
            Target::Port(port) => port.direction(),
            Target::Listener(_) => Direction::ToDataPlane,
        }
    }

    /// The application protocol: the endpoint's (mutual TLS for the data
    /// plane's own control plane and telemetry links, HTTPS for most
    /// others), or for a port-only rule the port's or listener's own.
    pub const fn app_protocol(&self) -> Option<AppProtocol> {
        match self.target {
            Target::Host(endpoint, _) => Some(endpoint.app_protocol()),
            Target::Port(port) => port.app_protocol(),
            Target::Listener(listener) => listener.kind().app_protocol(),
        }
    }
}

impl Rule<'_> {
    /// What rules are sorted by; it tells apart every two rules that are
    /// not equal, so the order agrees with `==`.
    fn sort_key(
        &self,
    ) -> (
        Option<Endpoint>,
        Option<&str>,
        u16,
        Protocol,
        Option<Listener>,
    ) {
        (
            self.endpoint(),
            self.host().map(Host::as_str),
            self.port(),
            self.protocol,
            self.listener(),
        )
    }
}

impl PartialOrd for Rule<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Rule<'_> {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.sort_key().cmp(&other.sort_key())
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
        if let Some(host) = self.host() {
            write!(f, "{host}:")?;
        }
        write!(f, "{}/{}", self.port(), self.protocol)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Rule<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut rule = serializer.serialize_struct("Rule", 7)?;
        rule.serialize_field("endpoint", &self.endpoint())?;
        rule.serialize_field("host", &self.host())?;
        rule.serialize_field("port", &self.port())?;
        rule.serialize_field("port_name", &self.named_port())?;
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
/// assert_eq!(first.to_string(), "8000/tcp");
/// assert!(rules.iter().any(|rule| rule.to_string() == "cloud.konghq.com:443/tcp"));
/// # Ok::<(), konnect_netreq::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct OwnedRule {
    target: OwnedTarget,
    protocol: Protocol,
}

/// [`Target`] with its own host.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum OwnedTarget {
    Host(Endpoint, Host),
    Port(Port),
    Listener(Listener),
}

impl OwnedRule {
    /// The rule as a borrowing [`Rule`], which every accessor reads.
    pub fn as_rule(&self) -> Rule<'_> {
        let target = match &self.target {
            OwnedTarget::Host(endpoint, host) => Target::Host(*endpoint, host),
            OwnedTarget::Port(port) => Target::Port(*port),
            OwnedTarget::Listener(listener) => Target::Listener(*listener),
        };
        Rule {
            target,
            protocol: self.protocol,
        }
    }

    /// The kind of Konnect hostname, or `None` for a port-only rule.
    pub fn endpoint(&self) -> Option<Endpoint> {
        self.as_rule().endpoint()
    }

    /// The host, or `None` for a port-only rule.
    pub fn host(&self) -> Option<&Host> {
        match &self.target {
            OwnedTarget::Host(_, host) => Some(host),
            OwnedTarget::Port(_) | OwnedTarget::Listener(_) => None,
        }
    }

    /// The named port; see [`Rule::named_port`].
    pub fn named_port(&self) -> Option<Port> {
        self.as_rule().named_port()
    }

    /// The port number; see [`Rule::port`].
    pub fn port(&self) -> u16 {
        self.as_rule().port()
    }

    /// The port number: the old name of [`port`](Self::port).
    #[deprecated(
        since = "0.1.0",
        note = "renamed to `port()`; the named port is `named_port()`"
    )]
    pub fn port_number(&self) -> u16 {
        self.port()
    }

    /// The data plane listener, if the rule is about one.
    pub fn listener(&self) -> Option<Listener> {
        self.as_rule().listener()
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
        let target = match rule.target {
            Target::Host(endpoint, host) => OwnedTarget::Host(endpoint, host.clone()),
            Target::Port(port) => OwnedTarget::Port(port),
            Target::Listener(listener) => OwnedTarget::Listener(listener),
        };
        OwnedRule {
            target,
            protocol: rule.protocol,
        }
    }
}

impl PartialOrd for OwnedRule {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// As [`Rule`]'s order.
impl Ord for OwnedRule {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.as_rule().cmp(&other.as_rule())
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
