//! Asking about an address as users hold it, or about a port alone, and
//! hearing why not: [`Requirements::check_address`],
//! [`Requirements::check_port`] and their [`Refusal`].
//!
//! Everything here reads the requirements through their public accessors
//! (rules, hosts, identifiers), so it adds no state to them.

mod port;
mod refusal;

pub use refusal::Refusal;

use crate::recognize::address::Address;
use crate::{Endpoint, Port, Protocol, Requirements, RequirementsSet, Rule, classify};

/// The port a connection to `address` goes to: the one written, else the
/// scheme's default, else 443 (Konnect's one port for hostnames). `None`
/// for text that is not an address.
fn host_and_port(address: &str) -> Option<(&str, u16)> {
    let parts = Address::split(address).ok()?;
    let port = parts.port_number().ok()?;
    if parts.host.is_empty() {
        return None;
    }
    Some((parts.host, port.unwrap_or(Port::Cluster.number())))
}

impl Requirements {
    /// Whether a connection to `address` over `protocol` is one of these
    /// requirements' host rules. `address` is what users hold: a bare
    /// hostname, `host:port`, `host[:port]/path` or a URL with scheme
    /// `http`, `https`, `ws`, `wss`, `grpc`, `grpcs`, `tcp` or `tls` (read
    /// as [`classify_address`](crate::classify_address) reads it). The port
    /// is the one written, else the scheme's default, else 443; user
    /// information, path, query and fragment are ignored. Text that is not
    /// such an address is `false`. Never allocates.
    ///
    /// ```
    /// use konnect_netreq::{Geo, Protocol, Requirements};
    ///
    /// let req = Requirements::for_geo(Geo::Eu).with_cp_prefix("a1b2c3d4e5").build()?;
    /// assert!(req.allows_address("https://cloud.konghq.com", Protocol::Tcp));
    /// assert!(req.allows_address("a1b2c3d4e5.eu.cp0.konghq.com:443", Protocol::Tcp));
    /// assert!(req.allows_address("eu.api.konghq.com", Protocol::Tcp));
    /// assert!(!req.allows_address("http://cloud.konghq.com", Protocol::Tcp)); // port 80
    /// assert!(!req.allows_address("a1b2c3d4e5.eu.cp0.konghq.com:8443", Protocol::Tcp));
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    #[inline]
    pub fn allows_address(&self, address: &str, protocol: Protocol) -> bool {
        host_and_port(address).is_some_and(|(host, port)| self.allows(host, port, protocol))
    }

    /// Whether a port-only rule (audit logging, the data plane's
    /// listeners) allows `port` over `protocol`. Host rules do not count:
    /// 443/TCP is allowed only to Konnect's hosts, so ask
    /// [`allows`](Self::allows) about those. Never allocates.
    ///
    /// ```
    /// use konnect_netreq::{Edition, Geo, Protocol, Requirements};
    ///
    /// let req = Requirements::for_geo(Geo::Eu).build()?;
    /// assert!(req.allows_port(8071, Protocol::Udp));
    /// assert!(req.allows_port(8443, Protocol::Tcp));
    /// assert!(!req.allows_port(20010, Protocol::Udp)); // from Aug2026 on
    /// assert!(!req.allows_port(443, Protocol::Tcp));
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    #[inline]
    pub fn allows_port(&self, port: u16, protocol: Protocol) -> bool {
        port::rule(self.rules(), port, protocol).is_some()
    }

    /// [`allows_address`](Self::allows_address) with the answer's reason:
    /// the rule that allows the connection, or the nearest [`Refusal`]
    /// (another port or transport, another control plane or portal,
    /// another edition's spelling, another geo, an endpoint these
    /// requirements do not include, not a Konnect host, not an address).
    /// Allocates nothing; the refusal borrows from `self` and `address`.
    ///
    /// ```
    /// use konnect_netreq::{Geo, Protocol, Refusal, Requirements};
    ///
    /// let req = Requirements::for_geo(Geo::Us).with_cp_prefix("9e0353434a").build()?;
    /// let rule = req.check_address("https://9e0353434a.us.cp0.konghq.com", Protocol::Tcp).unwrap();
    /// assert_eq!(rule.to_string(), "9e0353434a.us.cp0.konghq.com:443/tcp");
    ///
    /// let refused = req.check_address("9e0353434a.eu.cp0.konghq.com", Protocol::Tcp).unwrap_err();
    /// assert!(matches!(refused, Refusal::OtherGeo { .. }));
    /// assert_eq!(refused.to_string(), "the geo is us, this host is eu");
    ///
    /// let refused = req.check_address("9e0353434a.us.cp.konghq.com", Protocol::Tcp).unwrap_err();
    /// assert_eq!(
    ///     refused.to_string(),
    ///     "another edition's spelling: aug2026 writes this host so, these requirements follow apr2025",
    /// );
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// The [`Refusal`] when the connection is not allowed.
    pub fn check_address<'a>(
        &'a self,
        address: &'a str,
        protocol: Protocol,
    ) -> Result<Rule<'a>, Refusal<'a>> {
        let (host, port) = host_and_port(address).ok_or(Refusal::NotAnAddress)?;
        if let Some(rule) = self
            .rules()
            .find(|rule| rule.host().is_some_and(|allowed| allowed.matches(host)))
        {
            return if port != rule.port() {
                Err(Refusal::OtherPort {
                    port,
                    allowed: rule.port(),
                })
            } else if protocol != rule.protocol() {
                Err(Refusal::OtherProtocol {
                    port,
                    protocol,
                    allowed: rule.protocol(),
                })
            } else {
                Ok(rule)
            };
        }
        Err(self.why_not_host(host))
    }

    /// The nearest reason a hostname that no rule names is refused.
    fn why_not_host<'a>(&'a self, host: &'a str) -> Refusal<'a> {
        let Some(found) = classify(host) else {
            return Refusal::NotKonnect;
        };
        let endpoint = found.endpoint();
        let Some(allowed) = self.host(endpoint) else {
            let private_link = matches!(endpoint, Endpoint::ControlPlane | Endpoint::Telemetry)
                && self.host(Endpoint::PrivateLink).is_some()
                && self.host(Endpoint::ControlPlane).is_none();
            return if private_link {
                Refusal::OverPrivateLink { endpoint }
            } else {
                Refusal::NotIncluded {
                    endpoint,
                    product: endpoint
                        .products()
                        .iter()
                        .copied()
                        .find(|product| !self.products().any(|chosen| chosen == *product)),
                }
            };
        };
        if let Some(geo) = found.geo() {
            if geo != self.geo() {
                return Refusal::OtherGeo {
                    geo: self.geo(),
                    host_geo: geo,
                };
            }
        }
        if !found.editions().any(|edition| edition == self.edition()) {
            if let Some(written_in) = found.editions().next() {
                return Refusal::OtherEdition {
                    written_in,
                    edition: self.edition(),
                };
            }
        }
        let expected = match endpoint {
            Endpoint::ControlPlane | Endpoint::Telemetry => self.cp_prefix().map(|p| p.as_str()),
            Endpoint::DevPortal => self.portal_id().map(|p| p.as_str()),
            Endpoint::Identity => self.auth_server_ids().first().map(|id| id.as_str()),
            _ => None,
        };
        if let (Some(identifier), Some(expected)) = (found.identifier(), expected) {
            if !identifier.eq_ignore_ascii_case(expected) {
                return Refusal::OtherIdentifier {
                    endpoint,
                    identifier,
                    expected,
                };
            }
        }
        Refusal::OtherHost { endpoint, allowed }
    }

    /// [`allows_port`](Self::allows_port) with the answer's reason: the
    /// port-only rule that allows it, or the nearest [`Refusal`] (another
    /// transport, a port of another edition, a listener these requirements
    /// do not include, a port allowed only to Konnect's hosts, no rule).
    ///
    /// ```
    /// use konnect_netreq::{Geo, Protocol, Requirements};
    ///
    /// let req = Requirements::for_geo(Geo::Eu).build()?;
    /// assert_eq!(req.check_port(8071, Protocol::Udp).unwrap().to_string(), "8071/udp");
    /// assert_eq!(
    ///     req.check_port(20010, Protocol::Tcp).unwrap_err().to_string(),
    ///     "port 20010 (audit-logging-20010) is listed from aug2026 on, these requirements follow apr2025",
    /// );
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// The [`Refusal`] when no port-only rule allows it.
    pub fn check_port(&self, port: u16, protocol: Protocol) -> Result<Rule<'_>, Refusal<'_>> {
        port::rule(self.rules(), port, protocol)
            .ok_or_else(|| port::why_not(self.rules(), self.edition(), port, protocol))
    }
}

impl RequirementsSet {
    /// Whether any member allows a connection to `address` over
    /// `protocol`; see [`Requirements::allows_address`]. Never allocates.
    #[inline]
    pub fn allows_address(&self, address: &str, protocol: Protocol) -> bool {
        host_and_port(address).is_some_and(|(host, port)| self.allows(host, port, protocol))
    }

    /// Whether any member's port-only rule allows `port` over `protocol`;
    /// see [`Requirements::allows_port`]. Never allocates.
    pub fn allows_port(&self, port: u16, protocol: Protocol) -> bool {
        port::rule(self.rules(), port, protocol).is_some()
    }

    /// [`Requirements::check_address`] over every member: the rule that
    /// allows the connection, or of the members' refusals the nearest
    /// ([`Refusal::nearness`]), the first member's among equals. An empty
    /// set refuses a Konnect host as [`Refusal::NotIncluded`].
    ///
    /// # Errors
    ///
    /// The nearest [`Refusal`] when no member allows the connection.
    pub fn check_address<'a>(
        &'a self,
        address: &'a str,
        protocol: Protocol,
    ) -> Result<Rule<'a>, Refusal<'a>> {
        let mut nearest: Option<Refusal<'a>> = None;
        for member in self.members() {
            match member.check_address(address, protocol) {
                Ok(rule) => return Ok(rule),
                Err(refusal) => {
                    if nearest
                        .as_ref()
                        .is_none_or(|near| refusal.nearness() < near.nearness())
                    {
                        nearest = Some(refusal);
                    }
                }
            }
        }
        Err(nearest.unwrap_or_else(|| match host_and_port(address) {
            None => Refusal::NotAnAddress,
            Some((host, _)) => match classify(host) {
                Some(found) => Refusal::NotIncluded {
                    endpoint: found.endpoint(),
                    product: found.endpoint().products().first().copied(),
                },
                None => Refusal::NotKonnect,
            },
        }))
    }

    /// [`Requirements::check_port`] over every member: the port-only rule
    /// that allows it, or the nearest refusal. An empty set has no rule
    /// ([`Refusal::NoPortRule`]).
    ///
    /// # Errors
    ///
    /// The nearest [`Refusal`] when no member allows the port.
    pub fn check_port(&self, port: u16, protocol: Protocol) -> Result<Rule<'_>, Refusal<'_>> {
        if let Some(rule) = port::rule(self.rules(), port, protocol) {
            return Ok(rule);
        }
        let mut nearest: Option<Refusal<'_>> = None;
        for member in self.members() {
            let refusal = port::why_not(member.rules(), member.edition(), port, protocol);
            if nearest
                .as_ref()
                .is_none_or(|near| refusal.nearness() < near.nearness())
            {
                nearest = Some(refusal);
            }
        }
        Err(nearest.unwrap_or(Refusal::NoPortRule { port, protocol }))
    }
}
