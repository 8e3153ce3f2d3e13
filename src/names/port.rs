//! The named ports of the network requirements page.

use crate::keyword::keyword_enum;
use crate::{AppProtocol, Direction, Edition, Protocol};

/// A port the page names, with what it carries.
///
/// ```
/// use konnect_netreq::{Port, Protocol};
///
/// assert_eq!(Port::AuditLogging8071.number(), 8071);
/// assert_eq!(Port::AuditLogging8071.transports(), &[Protocol::Tcp, Protocol::Udp]);
/// assert!(!Port::Cluster.is_customizable());
/// assert_eq!(Port::ProxyHttps.kong_conf_setting(), Some("proxy_listen"));
/// assert_eq!(Port::from_number(8443), Some(Port::ProxyHttps));
/// assert_eq!(Port::try_from(443)?, Port::Cluster);
/// assert_eq!(u16::from(Port::ProxyHttp), 8000);
/// assert!(Port::Cluster == 443);
/// # Ok::<(), konnect_netreq::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Port {
    /// 443/TCP: the cluster communication port. Data planes reach their
    /// control plane and telemetry hosts on it over mTLS; every other Konnect
    /// hostname is HTTPS on the same port.
    Cluster,
    /// 8071/TCP and UDP, which the page says the control plane uses for
    /// audit logging (see [`Direction::FromKonnect`] for the direction).
    AuditLogging8071,
    /// 20010/TCP and UDP, used for audit logging like 8071; listed from
    /// [`Edition::Aug2026`] on (9f31cfddf).
    AuditLogging20010,
    /// 8000/TCP: the data plane's default HTTP proxy listener.
    ProxyHttp,
    /// 8443/TCP: the data plane's default HTTPS proxy listener.
    ProxyHttps,
}

impl Port {
    /// Every named port.
    pub const ALL: &'static [Port] = &[
        Port::Cluster,
        Port::AuditLogging8071,
        Port::AuditLogging20010,
        Port::ProxyHttp,
        Port::ProxyHttps,
    ];

    /// The keyword, e.g. `"audit-logging-8071"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Port::Cluster => "cluster",
            Port::AuditLogging8071 => "audit-logging-8071",
            Port::AuditLogging20010 => "audit-logging-20010",
            Port::ProxyHttp => "proxy-http",
            Port::ProxyHttps => "proxy-https",
        }
    }

    /// The port number.
    pub const fn number(self) -> u16 {
        match self {
            Port::Cluster => 443,
            Port::AuditLogging8071 => 8071,
            Port::AuditLogging20010 => 20010,
            Port::ProxyHttp => 8000,
            Port::ProxyHttps => 8443,
        }
    }

    /// The named port with this number, if any.
    pub fn from_number(number: u16) -> Option<Port> {
        Port::ALL
            .iter()
            .copied()
            .find(|port| port.number() == number)
    }

    /// The transports that must be open; a firewall needs one rule each.
    pub const fn transports(self) -> &'static [Protocol] {
        match self {
            Port::AuditLogging8071 | Port::AuditLogging20010 => &[Protocol::Tcp, Protocol::Udp],
            Port::Cluster | Port::ProxyHttp | Port::ProxyHttps => &[Protocol::Tcp],
        }
    }

    /// The application protocol on the port; the page names none for the
    /// audit logging ports.
    pub const fn app_protocol(self) -> Option<AppProtocol> {
        match self {
            Port::Cluster => Some(AppProtocol::HttpsMtls),
            Port::AuditLogging8071 | Port::AuditLogging20010 => None,
            Port::ProxyHttp => Some(AppProtocol::Http),
            Port::ProxyHttps => Some(AppProtocol::Https),
        }
    }

    /// Whether the port can be changed. Konnect's hosted control plane
    /// expects its ports as they are; the data plane listeners are the
    /// customer's own.
    pub const fn is_customizable(self) -> bool {
        matches!(self, Port::ProxyHttp | Port::ProxyHttps)
    }

    /// The kong.conf setting that changes the port, where one exists.
    pub const fn kong_conf_setting(self) -> Option<&'static str> {
        match self {
            Port::ProxyHttp | Port::ProxyHttps => Some("proxy_listen"),
            Port::Cluster | Port::AuditLogging8071 | Port::AuditLogging20010 => None,
        }
    }

    /// Which way traffic on this port flows, seen from the customer network.
    pub const fn direction(self) -> Direction {
        match self {
            Port::Cluster => Direction::ToKonnect,
            Port::AuditLogging8071 | Port::AuditLogging20010 => Direction::FromKonnect,
            Port::ProxyHttp | Port::ProxyHttps => Direction::ToDataPlane,
        }
    }

    /// The first edition of the page that lists this port.
    pub const fn since(self) -> Edition {
        match self {
            Port::AuditLogging20010 => Edition::Aug2026,
            _ => Edition::Apr2025,
        }
    }

    /// Whether `edition` lists this port.
    pub const fn is_in(self, edition: Edition) -> bool {
        self.since() as u8 <= edition as u8
    }
}

keyword_enum!(Port, "port");

/// The named port with this number; see [`Port::from_number`].
///
/// # Errors
///
/// [`ErrorKind::UnknownKeyword`](crate::ErrorKind::UnknownKeyword) for a number the
/// page does not name.
impl TryFrom<u16> for Port {
    type Error = crate::Error;

    fn try_from(number: u16) -> Result<Port, crate::Error> {
        Port::from_number(number).ok_or_else(|| {
            let numbers: Vec<u16> = Port::ALL.iter().map(|port| port.number()).collect();
            crate::Error::unrecognized("port number", &number.to_string(), &numbers)
        })
    }
}

impl From<Port> for u16 {
    fn from(port: Port) -> u16 {
        port.number()
    }
}

/// Compares the port number: `rule.port() == 443`.
impl PartialEq<u16> for Port {
    fn eq(&self, number: &u16) -> bool {
        self.number() == *number
    }
}

/// As `PartialEq<u16>`, the other way round.
impl PartialEq<Port> for u16 {
    fn eq(&self, port: &Port) -> bool {
        *self == port.number()
    }
}
