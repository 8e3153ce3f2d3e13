//! The rule lines of a [`Requirements`](crate::Requirements): what a
//! [`Rule`](crate::Rule)'s `Display` and `Format::Hosts` write.
//!
//! Each host of a `Requirements` holds its whole rule line
//! (`host:443/tcp`), so a rule's line is one piece of text. Without an
//! identifier the line is a constant made at compile time; with one it is
//! put together once, in `build()`, in one allocation of the exact length.
//! The port-only rules' lines are constants.

use crate::{Edition, Endpoint, Host, Port, Protocol};

/// Every Konnect hostname is reached on this port and transport.
pub(crate) const HOST_PORT: (Port, Protocol) = (Port::Cluster, Protocol::Tcp);

/// The end of every host rule's line: the port and transport of
/// [`HOST_PORT`].
pub(crate) const HOST_TAIL: &str = ":443/tcp";

/// A host not yet made: its identifier, if any, and the rest of its rule
/// line, `.{region}.{suffix}:443/tcp`, from parts that are already valid
/// and lower-case.
#[derive(Debug, Clone, Copy)]
pub(crate) struct HostParts<'a> {
    /// The identifier (`*` for any), or `None` where the template has none.
    pub(crate) identifier: Option<&'a str>,
    /// The rest of the line, from the dot after the identifier on.
    pub(crate) line_end: &'static str,
}

impl HostParts<'_> {
    /// The host with its rule line: a constant without an identifier, else
    /// one allocation of the exact length. Every line end ends in
    /// [`HOST_TAIL`] (a test checks each).
    #[inline]
    pub(crate) fn host(&self) -> Host {
        match self.identifier {
            None => {
                let line = self.line_end.strip_prefix('.').unwrap_or(self.line_end);
                Host::from_static_line(line, HOST_TAIL.len())
            }
            Some(identifier) => {
                let mut line =
                    String::with_capacity(identifier.len().saturating_add(self.line_end.len()));
                line.push_str(identifier);
                line.push_str(self.line_end);
                Host::from_line(line, HOST_TAIL.len())
            }
        }
    }
}

/// The most rules there can be: one per endpoint, one per transport of
/// each port.
pub(crate) const RULES_MAX: usize = Endpoint::COUNT + Port::ALL.len() * Protocol::ALL.len();

/// What one rule of a `Requirements` is about: an endpoint's host (on
/// [`HOST_PORT`]) or a port and transport alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RuleKey {
    Host(Endpoint),
    Port(Port, Protocol),
}

/// The rules of `hosts` in `edition`, in [`RuleOrder`], listed once by
/// `build()` so that `rules()` is a walk over a slice; only the first
/// `count` slots are used.
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct RuleKeys {
    keys: [RuleKey; RULES_MAX],
    count: u8,
}

impl RuleKeys {
    pub(crate) fn new(hosts: &[Option<Host>; Endpoint::COUNT], edition: Edition) -> RuleKeys {
        let mut keys = [RuleKey::Host(Endpoint::Platform); RULES_MAX];
        let mut count: u8 = 0;
        for ((host, port, protocol), key) in RuleOrder::new(hosts, edition).zip(&mut keys) {
            *key = match host {
                Some((endpoint, _)) => RuleKey::Host(endpoint),
                None => RuleKey::Port(port, protocol),
            };
            count = count.saturating_add(1);
        }
        RuleKeys { keys, count }
    }

    /// The keys in use.
    #[inline]
    pub(crate) fn as_slice(&self) -> &[RuleKey] {
        self.keys.get(..usize::from(self.count)).unwrap_or_default()
    }
}

/// The keys in use, as a list.
impl std::fmt::Debug for RuleKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.as_slice()).finish()
    }
}

/// The order of the rules: the host of each included endpoint, in
/// [`Endpoint::ALL`] order, on [`HOST_PORT`]; then each transport of each
/// other port of the edition.
pub(crate) struct RuleOrder<'a> {
    /// Indexed by [`Endpoint::index`]; `None` where the endpoint is not
    /// included.
    hosts: &'a [Option<Host>; Endpoint::COUNT],
    edition: Edition,
    /// The next endpoint slot of `hosts` to look at.
    host: usize,
    /// The next port of [`Port::ALL`] to look at, and its next transport.
    port: usize,
    transport: usize,
    /// How many rules are left.
    len: usize,
}

impl<'a> RuleOrder<'a> {
    #[inline]
    pub(crate) fn new(hosts: &'a [Option<Host>; Endpoint::COUNT], edition: Edition) -> Self {
        // Counted up front, so that collecting the rules allocates once.
        let port_rules = Port::ALL
            .iter()
            .filter(|port| is_port_rule(**port, edition))
            .map(|port| port.transports().len())
            .fold(0, usize::saturating_add);
        let len = hosts.iter().flatten().count().saturating_add(port_rules);
        RuleOrder {
            hosts,
            edition,
            host: 0,
            port: 0,
            transport: 0,
            len,
        }
    }
}

/// Whether `port` makes port-only rules: every port of the edition but the
/// one of the host rules.
fn is_port_rule(port: Port, edition: Edition) -> bool {
    port != HOST_PORT.0 && port.is_in(edition)
}

impl<'a> Iterator for RuleOrder<'a> {
    /// The endpoint and its host (`None` for a port-only rule), the port
    /// and the transport.
    type Item = (Option<(Endpoint, &'a Host)>, Port, Protocol);

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        // The next included endpoint's host, on the hosts' port.
        while let Some(slot) = self.hosts.get(self.host) {
            let endpoint = Endpoint::ALL.get(self.host).copied();
            self.host = self.host.saturating_add(1);
            if let (Some(host), Some(endpoint)) = (slot, endpoint) {
                self.len = self.len.saturating_sub(1);
                let (port, protocol) = HOST_PORT;
                return Some((Some((endpoint, host)), port, protocol));
            }
        }
        // Then the next transport of the next port-only rule.
        while let Some(port) = Port::ALL.get(self.port).copied() {
            if is_port_rule(port, self.edition) {
                if let Some(protocol) = port.transports().get(self.transport).copied() {
                    self.transport = self.transport.saturating_add(1);
                    self.len = self.len.saturating_sub(1);
                    return Some((None, port, protocol));
                }
            }
            self.port = self.port.saturating_add(1);
            self.transport = 0;
        }
        None
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.len, Some(self.len))
    }
}

impl ExactSizeIterator for RuleOrder<'_> {}

/// The end of a rule line, `PORT/PROTO`, as a constant: the whole line of a
/// port-only rule.
#[inline]
pub(crate) const fn line_tail(port: Port, protocol: Protocol) -> &'static str {
    match (port, protocol) {
        (Port::Cluster, Protocol::Tcp) => "443/tcp",
        (Port::Cluster, Protocol::Udp) => "443/udp",
        (Port::AuditLogging8071, Protocol::Tcp) => "8071/tcp",
        (Port::AuditLogging8071, Protocol::Udp) => "8071/udp",
        (Port::AuditLogging20010, Protocol::Tcp) => "20010/tcp",
        (Port::AuditLogging20010, Protocol::Udp) => "20010/udp",
        (Port::ProxyHttp, Protocol::Tcp) => "8000/tcp",
        (Port::ProxyHttp, Protocol::Udp) => "8000/udp",
        (Port::ProxyHttps, Protocol::Tcp) => "8443/tcp",
        (Port::ProxyHttps, Protocol::Udp) => "8443/udp",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_hold_their_rule_line() {
        let constant = HostParts {
            identifier: None,
            line_end: ".eu.api.konghq.com:443/tcp",
        }
        .host();
        assert_eq!(constant.as_str(), "eu.api.konghq.com");
        assert_eq!(constant.line(), "eu.api.konghq.com:443/tcp");
        let made = HostParts {
            identifier: Some("x"),
            line_end: ".eu.cp0.konghq.com:443/tcp",
        }
        .host();
        assert_eq!(made.as_str(), "x.eu.cp0.konghq.com");
        assert_eq!(made.line(), "x.eu.cp0.konghq.com:443/tcp");
    }

    #[test]
    fn rule_keys_follow_the_rule_order() {
        let mut hosts = [const { None }; Endpoint::COUNT];
        hosts[2] = Some(Host::new("eu.api.konghq.com").unwrap());
        let keys = RuleKeys::new(&hosts, Edition::Aug2026);
        assert_eq!(
            format!("{keys:?}"),
            "[Host(RegionalApi), Port(AuditLogging8071, Tcp), Port(AuditLogging8071, Udp), \
             Port(AuditLogging20010, Tcp), Port(AuditLogging20010, Udp), Port(ProxyHttp, Tcp), \
             Port(ProxyHttps, Tcp)]"
        );
    }

    #[test]
    fn the_host_tail_is_the_host_port() {
        let (port, protocol) = HOST_PORT;
        assert_eq!(HOST_TAIL, format!(":{}", line_tail(port, protocol)));
    }

    #[test]
    fn every_line_tail() {
        for port in Port::ALL {
            for protocol in Protocol::ALL {
                let expected = format!("{}/{protocol}", port.number());
                assert_eq!(line_tail(*port, *protocol), expected);
            }
        }
    }
}
