//! What a reachability probe of the requirements dials: each rule's host,
//! port, TLS server name and application protocols, or why a rule is not
//! dialled.

use crate::{AppProtocol, Direction, Endpoint, KongConf, Protocol, Requirements};
use std::fmt;

/// One rule as a probe sees it: where to connect, which TLS server name
/// (SNI) and application protocols (ALPN) to offer, or why the rule is not
/// probed. Made by [`Requirements::probe_targets`].
///
/// ```
/// use konnect_netreq::{Geo, NotProbed, Requirements};
///
/// let req = Requirements::for_geo(Geo::Eu).build()?;
/// let targets = req.probe_targets(None);
/// assert_eq!(targets[0].to_string(), "cloud.konghq.com:443 (sni cloud.konghq.com, alpn h2,http/1.1)");
/// let cp = targets.iter().find(|t| t.host() == Some("*.eu.cp0.konghq.com")).unwrap();
/// assert_eq!(cp.not_probed(), Some(NotProbed::Wildcard));
/// assert_eq!(cp.to_string(), "*.eu.cp0.konghq.com:443: not probed: wildcard");
/// # Ok::<(), konnect_netreq::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProbeTarget {
    endpoint: Option<Endpoint>,
    host: Option<String>,
    port: u16,
    protocol: Protocol,
    server_name: Option<String>,
    alpn: &'static [&'static str],
    not_probed: Option<NotProbed>,
}

/// Why a rule is listed but not dialled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NotProbed {
    /// Its host is a wildcard: the identifier that would name the host is
    /// not among the inputs.
    Wildcard,
    /// Traffic flows towards the data plane's network (its listeners, audit
    /// logging), so nothing on the data plane host can dial it.
    Inbound,
    /// A UDP port: without an answer from the peer, a probe cannot tell an
    /// open path from a dropping firewall.
    Udp,
}

impl NotProbed {
    /// The reason in a word: `wildcard`, `inbound` or `UDP`.
    pub const fn as_str(self) -> &'static str {
        match self {
            NotProbed::Wildcard => "wildcard",
            NotProbed::Inbound => "inbound",
            NotProbed::Udp => "UDP",
        }
    }
}

impl fmt::Display for NotProbed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl ProbeTarget {
    /// The Konnect endpoint, or `None` for a port-only rule.
    pub fn endpoint(&self) -> Option<Endpoint> {
        self.endpoint
    }

    /// The host to resolve and dial, or `None` for a port-only rule.
    pub fn host(&self) -> Option<&str> {
        self.host.as_deref()
    }

    /// The port.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// The transport.
    pub fn protocol(&self) -> Protocol {
        self.protocol
    }

    /// The TLS server name to send and to check the certificate against:
    /// the host, or the kong.conf's `cluster_server_name` and
    /// `cluster_telemetry_server_name`; `None` when the rule is not probed
    /// or speaks no TLS.
    pub fn server_name(&self) -> Option<&str> {
        self.server_name.as_deref()
    }

    /// The application protocols to offer in the TLS handshake, most
    /// preferred first: what the usual client of the endpoint sends
    /// (`h2` and `http/1.1` for HTTPS, `h2` for gRPC, none for the data
    /// plane's mutual TLS links, whose WebSocket client offers none).
    pub fn alpn(&self) -> &'static [&'static str] {
        self.alpn
    }

    /// Why the rule is not probed, or `None` when it is.
    pub fn not_probed(&self) -> Option<NotProbed> {
        self.not_probed
    }
}

/// `host:port (sni NAME, alpn A,B)`, `host:port: not probed: REASON`, or
/// `port/proto: not probed: REASON`.
impl fmt::Display for ProbeTarget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.host {
            Some(host) => write!(f, "{host}:{}", self.port)?,
            None => write!(f, "{}/{}", self.port, self.protocol)?,
        }
        if let Some(reason) = self.not_probed {
            return write!(f, ": not probed: {reason}");
        }
        if let Some(name) = &self.server_name {
            write!(f, " (sni {name}")?;
            if !self.alpn.is_empty() {
                write!(f, ", alpn {}", self.alpn.join(","))?;
            }
            f.write_str(")")?;
        }
        Ok(())
    }
}

/// What the usual client of an application protocol offers in ALPN.
const fn alpn(app: Option<AppProtocol>) -> &'static [&'static str] {
    match app {
        Some(AppProtocol::Https) => &["h2", "http/1.1"],
        Some(AppProtocol::Grpcs) => &["h2"],
        Some(AppProtocol::HttpsMtls | AppProtocol::Mtls | AppProtocol::Http) | None => &[],
    }
}

impl Requirements {
    /// One [`ProbeTarget`] per rule, in the order of [`rules`](Self::rules).
    ///
    /// Rules with a concrete host on TCP are probed; a wildcard host is
    /// [`NotProbed::Wildcard`], a UDP rule [`NotProbed::Udp`] and a rule
    /// whose traffic does not leave the data plane's network
    /// ([`Direction::ToDataPlane`], [`Direction::FromKonnect`])
    /// [`NotProbed::Inbound`].
    ///
    /// With a data plane's [`KongConf`], its `cluster_control_plane` and
    /// `cluster_telemetry_endpoint` replace the control plane and telemetry
    /// rules' host and port (also a wildcard's: the kong.conf names the
    /// host), with its server names as SNI, so the probe dials what the
    /// node dials.
    ///
    /// ```
    /// use konnect_netreq::{Geo, KongConf, Requirements};
    ///
    /// let req = Requirements::for_geo(Geo::Eu).build()?;
    /// let conf: KongConf = "cluster_control_plane = a1b2c3d4e5.eu.cp0.konghq.com:443\n\
    ///                        cluster_server_name = cp.example.net\n".parse()?;
    /// let targets = req.probe_targets(Some(&conf));
    /// let cp: Vec<String> = targets.iter().filter(|t| t.port() == 443)
    ///     .skip(4).take(1).map(|t| t.to_string()).collect();
    /// assert_eq!(cp, ["a1b2c3d4e5.eu.cp0.konghq.com:443 (sni cp.example.net)"]);
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    pub fn probe_targets(&self, kong_conf: Option<&KongConf>) -> Vec<ProbeTarget> {
        self.rules()
            .map(|rule| {
                let endpoint = rule.endpoint();
                let from_conf = kong_conf.and_then(|conf| match endpoint {
                    Some(Endpoint::ControlPlane) => {
                        Some((conf.control_plane()?, conf.control_plane_server_name()?))
                    }
                    Some(Endpoint::Telemetry) => {
                        Some((conf.telemetry()?, conf.telemetry_server_name()?))
                    }
                    _ => None,
                });
                let (host, port, server_name) = match from_conf {
                    Some(((host, port), name)) => {
                        (Some(host.to_owned()), port, Some(name.to_owned()))
                    }
                    None => {
                        let host = rule.host().map(|host| host.as_str().to_owned());
                        (host.clone(), rule.port(), host)
                    }
                };
                let not_probed = if rule.protocol() == Protocol::Udp {
                    Some(NotProbed::Udp)
                } else if rule.direction() != Direction::ToKonnect || host.is_none() {
                    Some(NotProbed::Inbound)
                } else if from_conf.is_none() && rule.host().is_some_and(|h| h.is_wildcard()) {
                    Some(NotProbed::Wildcard)
                } else {
                    None
                };
                let app = rule.app_protocol();
                let tls = not_probed.is_none() && app != Some(AppProtocol::Http);
                ProbeTarget {
                    endpoint,
                    host,
                    port,
                    protocol: rule.protocol(),
                    server_name: server_name.filter(|_| tls),
                    alpn: if tls { alpn(app) } else { &[] },
                    not_probed,
                }
            })
            .collect()
    }
}
