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
}

impl<'a> Rule<'a> {
    pub(crate) const fn new(
        endpoint: Option<(Endpoint, &'a Host)>,
        port: Port,
        protocol: Protocol,
    ) -> Rule<'a> {
        let (endpoint, host) = match endpoint {
            Some((endpoint, host)) => (Some(endpoint), Some(host)),
            None => (None, None),
        };
        Rule {
            endpoint,
            host,
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

impl Rule<'_> {
    /// Writes `host:port/proto` (or `port/proto`) as a few pieces, with
    /// the port number in decimal but without the formatting machinery.
    pub(crate) fn write_parts<W: fmt::Write>(&self, out: &mut W) -> fmt::Result {
        if let Some(host) = self.host {
            out.write_str(host.as_str())?;
            out.write_str(":")?;
        }
        write_decimal(out, self.port.number())?;
        out.write_str("/")?;
        out.write_str(self.protocol.as_str())
    }
}

/// Writes `number` in decimal, one digit at a time.
fn write_decimal<W: fmt::Write>(out: &mut W, number: u16) -> fmt::Result {
    let mut started = false;
    for power in [10_000, 1_000, 100, 10, 1] {
        let digit = number.checked_div(power).unwrap_or(0) % 10;
        // No leading zeros, but a zero on its own.
        if digit != 0 || started || power == 1 {
            started = true;
            // `digit` is below 10, so the cast cannot truncate.
            out.write_char(char::from(b'0'.saturating_add(digit as u8)))?;
        }
    }
    Ok(())
}

/// `host:port/proto`, or `port/proto` for a port-only rule.
///
/// The line is put together on the stack and written in one piece, so
/// `to_string()` allocates once, with the exact length. (A line longer
/// than `LINE_MAX`, which no resolved hostname makes, would be written
/// piece by piece.)
impl fmt::Display for Rule<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut line = Line::default();
        match self
            .write_parts(&mut line)
            .ok()
            .and_then(|()| line.as_str())
        {
            Some(text) => f.write_str(text),
            None => self.write_parts(f),
        }
    }
}

/// The longest rule line put together on the stack: the longest hostname
/// the crate resolves is 84 bytes (a 63-byte portal ID in
/// `PORTAL_ID.{geo}.portal.konghq.com`), plus `:443/tcp`.
const LINE_MAX: usize = 96;

/// A rule line being put together on the stack.
struct Line {
    bytes: [u8; LINE_MAX],
    len: usize,
}

impl Default for Line {
    fn default() -> Line {
        Line {
            bytes: [0; LINE_MAX],
            len: 0,
        }
    }
}

impl fmt::Write for Line {
    /// Fails when the text does not fit.
    fn write_str(&mut self, text: &str) -> fmt::Result {
        let end = self.len.checked_add(text.len()).ok_or(fmt::Error)?;
        let slot = self.bytes.get_mut(self.len..end).ok_or(fmt::Error)?;
        slot.copy_from_slice(text.as_bytes());
        self.len = end;
        Ok(())
    }
}

impl Line {
    /// The line written so far; pieces of `str` were copied in whole, so
    /// it is valid UTF-8.
    fn as_str(&self) -> Option<&str> {
        std::str::from_utf8(self.bytes.get(..self.len)?).ok()
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
