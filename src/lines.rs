//! The text of every rule of a [`Requirements`](crate::Requirements),
//! written once by `build()`.
//!
//! One allocation holds every rule line, each ended by `\n`: that is the
//! `Format::Hosts` text, each [`Rule`](crate::Rule)'s `Display` copies its
//! line out of it, and every host that is not a constant is a range of it.

use crate::identifier::MAX_LABEL;
use crate::{Edition, Endpoint, Host, Port, Protocol};
use std::ops::Range;
use std::sync::Arc;

/// Every Konnect hostname is reached on this port and transport.
pub(crate) const HOST_PORT: (Port, Protocol) = (Port::Cluster, Protocol::Tcp);

/// The end of every host rule's line: the port and transport of
/// [`HOST_PORT`].
pub(crate) const HOST_TAIL: &str = ":443/tcp\n";

/// A host rule's line not yet written: `[identifier]` and the rest,
/// `.{region}.{suffix}:443/tcp\n`, from parts that are already valid and
/// lower-case.
#[derive(Debug, Clone, Copy)]
pub(crate) struct HostParts<'a> {
    /// The identifier (`*` for any), or `None` where the template has none.
    pub(crate) identifier: Option<&'a str>,
    /// The rest of the line, from the dot after the identifier on.
    pub(crate) line_end: &'static str,
}

impl<'a> HostParts<'a> {
    /// The pieces of the line: the identifier, if any, then the rest
    /// (without its first dot if there is no identifier).
    fn pieces(&self) -> (Option<&'a str>, &'static str) {
        match self.identifier {
            Some(identifier) => (Some(identifier), self.line_end),
            None => (
                None,
                self.line_end.strip_prefix('.').unwrap_or(self.line_end),
            ),
        }
    }

    /// The host: a constant where the line is one, else the range `span`
    /// of `text` where it was written.
    fn host(&self, text: &Arc<str>, span: Option<Range<usize>>) -> Host {
        let (identifier, rest) = self.pieces();
        if identifier.is_none() {
            if let Some(name) = rest.strip_suffix(HOST_TAIL) {
                return Host::constant(name);
            }
        }
        span.and_then(|span| Host::shared(text, span))
            .unwrap_or_else(|| {
                // Never taken: `write_rules` wrote the host at `span`. Its
                // own allocation is still the right host.
                let line = format!("{}{rest}", identifier.unwrap_or_default());
                Host::owned(line.strip_suffix(HOST_TAIL).unwrap_or(&line).to_owned())
            })
    }
}

/// The order of the rules: the host of each included endpoint, in
/// [`Endpoint::ALL`] order, on [`HOST_PORT`]; then each transport of each
/// other port of the edition.
pub(crate) struct RuleOrder<'a, H> {
    /// Indexed by [`Endpoint::index`]; `None` where the endpoint is not
    /// included.
    hosts: &'a [Option<H>; Endpoint::COUNT],
    edition: Edition,
    /// The next endpoint slot of `hosts` to look at.
    host: usize,
    /// The next port of [`Port::ALL`] to look at, and its next transport.
    port: usize,
    transport: usize,
    /// How many rules are left.
    len: usize,
}

impl<'a, H> RuleOrder<'a, H> {
    pub(crate) fn new(hosts: &'a [Option<H>; Endpoint::COUNT], edition: Edition) -> Self {
        // Counted up front, so that collecting the rules allocates once.
        let len = hosts.iter().flatten().count()
            + Port::ALL
                .iter()
                .filter(|port| is_port_rule(**port, edition))
                .map(|port| port.transports().len())
                .sum::<usize>();
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

impl<'a, H> Iterator for RuleOrder<'a, H> {
    /// The endpoint and its host (`None` for a port-only rule), the port
    /// and the transport.
    type Item = (Option<(Endpoint, &'a H)>, Port, Protocol);

    fn next(&mut self) -> Option<Self::Item> {
        // The next included endpoint's host, on the hosts' port.
        while let Some(slot) = self.hosts.get(self.host) {
            let endpoint = Endpoint::ALL.get(self.host).copied();
            self.host += 1;
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
                    self.transport += 1;
                    self.len = self.len.saturating_sub(1);
                    return Some((None, port, protocol));
                }
            }
            self.port += 1;
            self.transport = 0;
        }
        None
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.len, Some(self.len))
    }
}

impl<H> ExactSizeIterator for RuleOrder<'_, H> {}

/// The most rules there can be: one per endpoint, one per transport of
/// each port.
pub(crate) const RULES_MAX: usize = Endpoint::COUNT + Port::ALL.len() * Protocol::ALL.len();

/// One rule as `build()` wrote it: what it allows, and where its line
/// ends in the text (before its `\n`; the next line starts after it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct WrittenRule {
    pub(crate) endpoint: Option<Endpoint>,
    pub(crate) port: Port,
    pub(crate) protocol: Protocol,
    pub(crate) end: u16,
}

/// A slot that no rule uses.
const UNUSED: WrittenRule = WrittenRule {
    endpoint: None,
    port: HOST_PORT.0,
    protocol: HOST_PORT.1,
    end: 0,
};

/// The rules of a `Requirements`, written once.
pub(crate) struct RuleText {
    /// Every rule's line, each ended by `\n`, in [`RuleOrder`].
    pub(crate) lines: Arc<str>,
    /// The rules in the same order; only the first `count` are used.
    pub(crate) rules: [WrittenRule; RULES_MAX],
    pub(crate) count: u8,
    /// The hosts, indexed by [`Endpoint::index`]: a constant, or the range
    /// of `lines` where the host was written.
    pub(crate) hosts: [Option<Host>; Endpoint::COUNT],
}

/// Writes the rule lines of `parts` (the hosts, indexed by
/// [`Endpoint::index`]) in `edition` into one shared text. Allocates once.
pub(crate) fn write_rules(
    parts: &[Option<HostParts<'_>>; Endpoint::COUNT],
    edition: Edition,
) -> RuleText {
    let mut spans = [const { None }; Endpoint::COUNT];
    let mut rules = [UNUSED; RULES_MAX];
    // Put together on the stack, so the only allocation is the shared copy.
    let mut stack = StackText::default();
    let mut count = write_lines(&mut stack, parts, edition, &mut spans, &mut rules);
    let lines: Arc<str> = match stack.as_str() {
        Some(text) => Arc::from(text),
        // Never taken (`TEXT_MAX` is the longest text): the same lines
        // written on the heap first.
        None => {
            let mut heap = String::new();
            count = write_lines(&mut heap, parts, edition, &mut spans, &mut rules);
            Arc::from(heap)
        }
    };
    let mut hosts = [const { None }; Endpoint::COUNT];
    for ((slot, parts), span) in hosts.iter_mut().zip(parts).zip(spans) {
        *slot = parts.map(|parts| parts.host(&lines, span));
    }
    RuleText {
        lines,
        rules,
        count,
        hosts,
    }
}

/// Writes every rule line, each ended by `\n`, notes in `spans` where each
/// host stands and in `rules` each rule with where its line ends; returns
/// the number of rules.
fn write_lines<T: Text>(
    out: &mut T,
    parts: &[Option<HostParts<'_>>; Endpoint::COUNT],
    edition: Edition,
    spans: &mut [Option<Range<usize>>; Endpoint::COUNT],
    rules: &mut [WrittenRule; RULES_MAX],
) -> u8 {
    let mut count = 0;
    // Where the next port-only line ends, once their constant is written.
    let mut port_lines_end = None;
    for ((host, port, protocol), rule) in RuleOrder::new(parts, edition).zip(rules) {
        let line_end = match host {
            Some((endpoint, host)) => {
                let start = out.len();
                let (identifier, rest) = host.pieces();
                if let Some(identifier) = identifier {
                    out.push(identifier);
                }
                out.push(rest);
                if let Some(span) = spans.get_mut(endpoint.index()) {
                    *span = Some(start..out.len().saturating_sub(HOST_TAIL.len()));
                }
                out.len()
            }
            // The port-only lines come last and are one constant, written
            // whole; each line's end follows from its length.
            None => {
                let at = port_lines_end.get_or_insert_with(|| {
                    let at = out.len();
                    out.push(port_lines(edition));
                    at
                });
                *at += line_tail(port, protocol).len();
                *at
            }
        };
        // Before the `\n`. The text is far shorter than `u16::MAX` bytes
        // (`TEXT_MAX`); were it not, the line would be empty, not wrong.
        *rule = WrittenRule {
            endpoint: host.map(|(endpoint, _)| endpoint),
            port,
            protocol,
            end: u16::try_from(line_end.saturating_sub(1)).unwrap_or(0),
        };
        count += 1;
    }
    count
}

/// The lines of the port-only rules of `edition`, in [`RuleOrder`].
const fn port_lines(edition: Edition) -> &'static str {
    match edition {
        Edition::Apr2025 => "8071/tcp\n8071/udp\n8000/tcp\n8443/tcp\n",
        Edition::Aug2026 => "8071/tcp\n8071/udp\n20010/tcp\n20010/udp\n8000/tcp\n8443/tcp\n",
    }
}

/// The end of a rule line, `PORT/PROTO\n`, as a constant, so writing it
/// costs one copy.
const fn line_tail(port: Port, protocol: Protocol) -> &'static str {
    match (port, protocol) {
        (Port::Cluster, Protocol::Tcp) => "443/tcp\n",
        (Port::Cluster, Protocol::Udp) => "443/udp\n",
        (Port::AuditLogging8071, Protocol::Tcp) => "8071/tcp\n",
        (Port::AuditLogging8071, Protocol::Udp) => "8071/udp\n",
        (Port::AuditLogging20010, Protocol::Tcp) => "20010/tcp\n",
        (Port::AuditLogging20010, Protocol::Udp) => "20010/udp\n",
        (Port::ProxyHttp, Protocol::Tcp) => "8000/tcp\n",
        (Port::ProxyHttp, Protocol::Udp) => "8000/udp\n",
        (Port::ProxyHttps, Protocol::Tcp) => "8443/tcp\n",
        (Port::ProxyHttps, Protocol::Udp) => "8443/udp\n",
    }
}

/// Where rule lines are written: the stack, or the heap if the stack
/// buffer were too small.
trait Text {
    fn push(&mut self, piece: &str);
    fn len(&self) -> usize;
}

impl Text for String {
    fn push(&mut self, piece: &str) {
        self.push_str(piece);
    }

    fn len(&self) -> usize {
        String::len(self)
    }
}

/// The longest region label: `global` (a geo or PrivateLink label has two
/// letters).
const REGION_MAX: usize = "global".len();

/// The longest suffix of a hostname template.
const SUFFIX_MAX: usize = "control-plane.konghq.com".len();

/// The longest text of all rules: every endpoint's host at its longest (a
/// longest identifier, the longest region and suffix) on `:443/tcp`, and
/// each transport of each port at five digits.
const TEXT_MAX: usize = Endpoint::COUNT
    * (MAX_LABEL + 1 + REGION_MAX + 1 + SUFFIX_MAX + ":443/tcp\n".len())
    + Port::ALL.len() * Protocol::ALL.len() * "65535/udp\n".len();

/// The text of the rules being put together on the stack.
struct StackText {
    bytes: [u8; TEXT_MAX],
    len: usize,
    /// Whether a piece did not fit.
    overflow: bool,
}

impl Default for StackText {
    fn default() -> StackText {
        StackText {
            bytes: [0; TEXT_MAX],
            len: 0,
            overflow: false,
        }
    }
}

impl Text for StackText {
    fn push(&mut self, piece: &str) {
        let end = self.len + piece.len();
        match self.bytes.get_mut(self.len..end) {
            Some(slot) => {
                slot.copy_from_slice(piece.as_bytes());
                self.len = end;
            }
            None => self.overflow = true,
        }
    }

    fn len(&self) -> usize {
        self.len
    }
}

impl StackText {
    /// The text, if every piece fit; pieces of `str` were copied in whole,
    /// so it is valid UTF-8.
    fn as_str(&self) -> Option<&str> {
        if self.overflow {
            return None;
        }
        std::str::from_utf8(self.bytes.get(..self.len)?).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Geo;

    /// `TEXT_MAX` holds because no template part is longer than its bound.
    #[test]
    fn the_text_bound_covers_every_template() {
        for endpoint in Endpoint::ALL {
            for edition in Edition::ALL {
                let Some(template) = endpoint.parts(*edition) else {
                    continue;
                };
                assert!(template.suffix.len() <= SUFFIX_MAX, "{endpoint:?}");
                for geo in Geo::ALL {
                    for global in [false, true] {
                        let region = template.region.label(*geo, global).unwrap_or("");
                        assert!(region.len() <= REGION_MAX, "{endpoint:?} {geo:?}");
                    }
                }
            }
        }
        for port in Port::ALL {
            assert!(port.transports().len() <= Protocol::ALL.len());
            assert!(port.number().to_string().len() <= 5);
        }
    }

    #[test]
    fn rule_lines_are_written_in_order_with_host_spans() {
        let parts = [
            Some(HostParts {
                identifier: None,
                line_end: ".cloud.konghq.com:443/tcp\n",
            }),
            None,
            Some(HostParts {
                identifier: Some("x"),
                line_end: ".eu.api.konghq.com:443/tcp\n",
            }),
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
        ];
        let RuleText {
            lines,
            rules,
            count,
            hosts,
        } = write_rules(&parts, Edition::Apr2025);
        assert_eq!(
            &*lines,
            "cloud.konghq.com:443/tcp\nx.eu.api.konghq.com:443/tcp\n\
             8071/tcp\n8071/udp\n8000/tcp\n8443/tcp\n"
        );
        let names: Vec<_> = hosts.iter().flatten().map(Host::as_str).collect();
        assert_eq!(names, ["cloud.konghq.com", "x.eu.api.konghq.com"]);
        assert_eq!(count, 6);
        let ends: Vec<_> = rules.iter().map(|rule| rule.end).collect();
        assert_eq!(ends[..7], [24, 52, 61, 70, 79, 88, 0]);
        assert_eq!(rules[1].endpoint, Some(Endpoint::RegionalApi));
        assert_eq!(
            (rules[3].port, rules[3].protocol),
            (Port::AuditLogging8071, Protocol::Udp)
        );
        assert_eq!(rules[6], UNUSED);
    }

    #[test]
    fn the_host_tail_is_the_host_port() {
        let (port, protocol) = HOST_PORT;
        assert_eq!(HOST_TAIL, format!(":{}", line_tail(port, protocol)));
    }

    #[test]
    fn port_lines_are_the_port_rules_in_order() {
        let no_hosts: [Option<HostParts<'_>>; Endpoint::COUNT] = [None; Endpoint::COUNT];
        for edition in Edition::ALL {
            let lines: String = RuleOrder::new(&no_hosts, *edition)
                .map(|(_, port, protocol)| line_tail(port, protocol))
                .collect();
            assert_eq!(port_lines(*edition), lines, "{edition:?}");
        }
    }

    #[test]
    fn every_line_tail() {
        for port in Port::ALL {
            for protocol in Protocol::ALL {
                let expected = format!("{}/{protocol}\n", port.number());
                assert_eq!(line_tail(*port, *protocol), expected);
            }
        }
    }
}
