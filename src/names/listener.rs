//! The data plane's own listeners: the ports API clients connect to.

use crate::keyword::keyword_enum;
use crate::{AppProtocol, Error, Port, Protocol};
use std::fmt;
use std::str::FromStr;

/// What a data plane listener speaks, which decides its kong.conf setting
/// and flags.
///
/// ```
/// use konnect_netreq::ListenerKind;
///
/// assert_eq!("udp".parse::<ListenerKind>()?, ListenerKind::Udp);
/// assert_eq!(ListenerKind::Https.kong_conf_setting(), "proxy_listen");
/// assert_eq!(ListenerKind::Tls.kong_conf_setting(), "stream_listen");
/// # Ok::<(), konnect_netreq::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum ListenerKind {
    /// An HTTP proxy listener (`proxy_listen`, flags `reuseport
    /// backlog=16384`, as Kong's default listeners).
    Http,
    /// An HTTPS proxy listener (`proxy_listen`, flags `http2 ssl reuseport
    /// backlog=16384`, as Kong's default listeners).
    Https,
    /// A TCP stream listener (`stream_listen`, no flags).
    Tcp,
    /// A TLS stream listener (`stream_listen`, flag `ssl`).
    Tls,
    /// A UDP stream listener (`stream_listen`, flag `udp`).
    Udp,
}

impl ListenerKind {
    /// Every kind.
    pub const ALL: &'static [ListenerKind] = &[
        ListenerKind::Http,
        ListenerKind::Https,
        ListenerKind::Tcp,
        ListenerKind::Tls,
        ListenerKind::Udp,
    ];

    /// The keyword, e.g. `"https"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            ListenerKind::Http => "http",
            ListenerKind::Https => "https",
            ListenerKind::Tcp => "tcp",
            ListenerKind::Tls => "tls",
            ListenerKind::Udp => "udp",
        }
    }

    /// The kong.conf setting the listener is written in: `proxy_listen` for
    /// HTTP and HTTPS, `stream_listen` for the rest.
    pub const fn kong_conf_setting(self) -> &'static str {
        match self {
            ListenerKind::Http | ListenerKind::Https => "proxy_listen",
            ListenerKind::Tcp | ListenerKind::Tls | ListenerKind::Udp => "stream_listen",
        }
    }

    /// The transport a firewall rule for the listener matches.
    pub const fn protocol(self) -> Protocol {
        match self {
            ListenerKind::Udp => Protocol::Udp,
            ListenerKind::Http | ListenerKind::Https | ListenerKind::Tcp | ListenerKind::Tls => {
                Protocol::Tcp
            }
        }
    }

    /// The application protocol, where one is known (`None` for streams,
    /// which carry whatever the service speaks).
    pub const fn app_protocol(self) -> Option<AppProtocol> {
        match self {
            ListenerKind::Http => Some(AppProtocol::Http),
            ListenerKind::Https => Some(AppProtocol::Https),
            ListenerKind::Tcp | ListenerKind::Tls | ListenerKind::Udp => None,
        }
    }

    /// The flags Kong's listener syntax puts after the address
    /// (`kong/conf_loader/listeners.lua`: `udp` is a stream flag only,
    /// `http2` an HTTP one).
    ///
    /// A `proxy_listen` written here replaces Kong's default, whose entries
    /// carry `reuseport backlog=16384` (`kong/templates/kong_defaults.lua`:
    /// `0.0.0.0:8000 reuseport backlog=16384, 0.0.0.0:8443 http2 ssl
    /// reuseport backlog=16384`), so the proxy listeners keep those flags.
    /// `stream_listen` is `off` by default: Kong has no stream flags to keep.
    pub(crate) const fn flags(self) -> &'static str {
        match self {
            ListenerKind::Http => " reuseport backlog=16384",
            ListenerKind::Tcp => "",
            ListenerKind::Https => " http2 ssl reuseport backlog=16384",
            ListenerKind::Tls => " ssl",
            ListenerKind::Udp => " udp",
        }
    }
}

keyword_enum!(ListenerKind, "listener kind");

/// A listener of the data plane node: its kind and port. Kong's page asks
/// for inbound rules "for any HTTP/HTTPS and TCP/TLS stream listeners that
/// you configure"; without listeners of your own the rules hold the
/// defaults, HTTP on 8000 and HTTPS on 8443 ([`Listener::DEFAULT`]).
///
/// Written and parsed as `KIND:PORT`:
///
/// ```
/// use konnect_netreq::{Listener, ListenerKind, Protocol};
///
/// let udp: Listener = "udp:5353".parse()?;
/// assert_eq!((udp.kind(), udp.port(), udp.protocol()), (ListenerKind::Udp, 5353, Protocol::Udp));
/// assert_eq!(udp.to_string(), "udp:5353");
/// assert_eq!(
///     "https:0".parse::<Listener>().unwrap_err().to_string(),
///     "invalid listener \"https:0\": expected KIND:PORT with KIND one of http, https, tcp, \
///      tls, udp and PORT a number from 1 to 65535",
/// );
/// # Ok::<(), konnect_netreq::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Listener {
    kind: ListenerKind,
    port: u16,
}

impl Listener {
    /// Kong's default proxy listeners: HTTP on 8000, HTTPS on 8443
    /// (`kong_defaults.lua`; the page's data plane node ports).
    pub const DEFAULT: [Listener; 2] = [
        Listener {
            kind: ListenerKind::Http,
            port: 8000,
        },
        Listener {
            kind: ListenerKind::Https,
            port: 8443,
        },
    ];

    /// A listener of `kind` on `port`.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidListener`](crate::ErrorKind::InvalidListener) for port 0.
    pub fn new(kind: ListenerKind, port: u16) -> Result<Listener, Error> {
        if port == 0 {
            return Err(Error::listener(format!("{kind}:{port}"), ListenerKind::ALL));
        }
        Ok(Listener { kind, port })
    }

    /// The kind.
    pub const fn kind(self) -> ListenerKind {
        self.kind
    }

    /// The port number, 1 to 65535.
    pub const fn port(self) -> u16 {
        self.port
    }

    /// The transport.
    pub const fn protocol(self) -> Protocol {
        self.kind.protocol()
    }

    /// The page's named port this listener is, if it is one of the defaults
    /// (`http:8000` is [`Port::ProxyHttp`]).
    pub fn named_port(self) -> Option<Port> {
        Port::ALL.iter().copied().find(|port| {
            port.is_customizable()
                && port.number() == self.port
                && port.app_protocol() == self.kind.app_protocol()
        })
    }

    /// The listener as one entry of Kong's listener syntax,
    /// `0.0.0.0:PORT` plus its flags.
    pub(crate) fn kong_conf_entry(self) -> String {
        format!("0.0.0.0:{}{}", self.port, self.kind.flags())
    }
}

impl fmt::Display for Listener {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.kind, self.port)
    }
}

impl FromStr for Listener {
    type Err = Error;

    /// Parses `KIND:PORT`; the kind ignores ASCII case, the port is decimal
    /// digits only.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let invalid = || Error::listener(s.to_owned(), ListenerKind::ALL);
        let (kind, port) = s.split_once(':').ok_or_else(invalid)?;
        let kind: ListenerKind = kind.parse().map_err(|_| invalid())?;
        if port.is_empty() || !port.bytes().all(|byte| byte.is_ascii_digit()) {
            return Err(invalid());
        }
        let port: u16 = port.parse().map_err(|_| invalid())?;
        Listener::new(kind, port).map_err(|_| invalid())
    }
}

impl TryFrom<&str> for Listener {
    type Error = Error;

    fn try_from(s: &str) -> Result<Self, Self::Error> {
        s.parse()
    }
}

crate::keyword::serde_via_str!(Listener);
