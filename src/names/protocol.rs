//! Transport and application protocols.

use crate::keyword::keyword_enum;

/// The transport protocol a firewall rule matches.
///
/// ```
/// use konnect_netreq::Protocol;
///
/// assert_eq!("UDP".parse::<Protocol>()?, Protocol::Udp);
/// assert_eq!(Protocol::Tcp.to_string(), "tcp");
/// # Ok::<(), konnect_netreq::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Protocol {
    /// TCP.
    Tcp,
    /// UDP.
    Udp,
}

impl Protocol {
    /// Every transport protocol.
    pub const ALL: &'static [Protocol] = &[Protocol::Tcp, Protocol::Udp];

    /// The keyword, e.g. `"tcp"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Protocol::Tcp => "tcp",
            Protocol::Udp => "udp",
        }
    }
}

keyword_enum!(Protocol, "protocol");

/// The application protocol spoken over a port.
///
/// ```
/// use konnect_netreq::{AppProtocol, Port};
///
/// assert_eq!(Port::Cluster.app_protocol(), Some(AppProtocol::HttpsMtls));
/// assert_eq!(AppProtocol::HttpsMtls.to_string(), "https-mtls");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum AppProtocol {
    /// Plain HTTP.
    Http,
    /// HTTP over TLS.
    Https,
    /// HTTP over mutually authenticated TLS: both sides present certificates.
    HttpsMtls,
    /// gRPC over TLS (`grpcs://`), as Kong's mesh docs write the Mesh
    /// Manager sync address `grpcs://{region}.mesh.sync.konghq.com:443`.
    Grpcs,
    /// Mutually authenticated TLS whose inner protocol Kong does not
    /// document: the Event Gateway data plane authenticates to Konnect with
    /// a client certificate (its bootstrap configuration schema).
    Mtls,
}

impl AppProtocol {
    /// Every application protocol.
    pub const ALL: &'static [AppProtocol] = &[
        AppProtocol::Http,
        AppProtocol::Https,
        AppProtocol::HttpsMtls,
        AppProtocol::Grpcs,
        AppProtocol::Mtls,
    ];

    /// The keyword, e.g. `"https-mtls"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            AppProtocol::Http => "http",
            AppProtocol::Https => "https",
            AppProtocol::HttpsMtls => "https-mtls",
            AppProtocol::Grpcs => "grpcs",
            AppProtocol::Mtls => "mtls",
        }
    }
}

keyword_enum!(AppProtocol, "application protocol");
