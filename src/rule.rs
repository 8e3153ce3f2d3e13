//! One firewall allowance: host (or none), port, transport and direction.

use crate::keyword::keyword_enum;
use crate::{AppProtocol, Endpoint, Host, Listener, Port, Protocol};
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
    /// The audit logging ports. Kong's page says only that the control
    /// plane uses 8071 (and, from Aug2026, 20010) TCP/UDP "for audit
    /// logging"; that the traffic flows from Konnect to a log collector of
    /// the customer is an inference from Kong's SIEM guides, which tell
    /// users to let through the port "that Konnect uses for audit logging".
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
/// assert_eq!(cp.port(), Some(Port::Cluster));
/// assert_eq!(cp.port_number(), 443);
/// assert_eq!(cp.protocol(), Protocol::Tcp);
/// assert_eq!(cp.direction(), Direction::ToKonnect);
/// # Ok::<(), konnect_netreq::Error>(())
/// ```
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
    /// on another port ([`port_number`](Self::port_number) has its number).
    /// The default listeners are [`Port::ProxyHttp`] and
    /// [`Port::ProxyHttps`].
    pub fn port(&self) -> Option<Port> {
        match self.target {
            Target::Host(..) => Some(Port::Cluster),
            Target::Port(port) => Some(port),
            Target::Listener(listener) => listener.named_port(),
        }
    }

    /// The port number.
    pub const fn port_number(&self) -> u16 {
        match self.target {
            Target::Host(..) => Port::Cluster.number(),
            Target::Port(port) => port.number(),
            Target::Listener(listener) => listener.port(),
        }
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

/// `host:port/proto`, or `port/proto` for a port-only rule.
impl fmt::Display for Rule<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(host) = self.host() {
            write!(f, "{host}:")?;
        }
        write!(f, "{}/{}", self.port_number(), self.protocol)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Rule<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut rule = serializer.serialize_struct("Rule", 7)?;
        rule.serialize_field("endpoint", &self.endpoint())?;
        rule.serialize_field("host", &self.host())?;
        rule.serialize_field("port", &self.port_number())?;
        rule.serialize_field("port_name", &self.port())?;
        rule.serialize_field("protocol", &self.protocol)?;
        rule.serialize_field("app_protocol", &self.app_protocol())?;
        rule.serialize_field("direction", &self.direction())?;
        rule.end()
    }
}
