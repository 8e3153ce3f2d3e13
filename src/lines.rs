//! The text of every rule of a [`Requirements`](crate::Requirements),
//! written once by `build()`.
//!
//! One allocation holds every rule line, each ended by `\n`: that is the
//! `Format::Hosts` text, each [`Rule`](crate::Rule)'s `Display` copies its
//! line out of it, and every host that is not a constant is a range of it.

use crate::identifier::MAX_LABEL;
use crate::{Edition, Endpoint, Host, Port, Protocol};
use std::fmt::{self, Write};
use std::ops::Range;
use std::sync::Arc;

/// Every Konnect hostname is reached on this port and transport.
pub(crate) const HOST_PORT: (Port, Protocol) = (Port::Cluster, Protocol::Tcp);

/// A hostname not yet written, `[identifier.][region.]suffix`, from parts
/// that are already valid and lower-case.
#[derive(Debug, Clone, Copy)]
pub(crate) struct HostParts<'a> {
    pub(crate) identifier: Option<&'a str>,
    pub(crate) region: Option<&'static str>,
    pub(crate) suffix: &'static str,
}

impl HostParts<'_> {
    fn write<W: Write>(&self, out: &mut W) -> fmt::Result {
        for label in [self.identifier, self.region].into_iter().flatten() {
            out.write_str(label)?;
            out.write_str(".")?;
        }
        out.write_str(self.suffix)
    }

    /// The host: a constant when the suffix is all of it, else the range
    /// `span` of `text` where it was written.
    fn host(&self, text: &Arc<str>, span: Option<Range<usize>>) -> Host {
        if self.identifier.is_none() && self.region.is_none() {
            return Host::constant(self.suffix);
        }
        span.and_then(|span| Host::shared(text, span))
            .unwrap_or_else(|| {
                // Never taken: `write_rules` wrote the host at `span`. Its
                // own allocation is still the right host.
                let mut name = String::new();
                let _ = self.write(&mut name);
                Host::owned(name)
            })
    }
}

/// The order of the rules: the host of each included endpoint, in
/// [`Endpoint::ALL`] order, on [`HOST_PORT`]; then each transport of each
/// other port of the edition. `build()` writes the lines in this order and
/// `rules()` hands them out in it, so both follow this one iterator.
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

/// Writes the rule lines of `parts` (the hosts, indexed by
/// [`Endpoint::index`]) in `edition` into one shared text, and returns it
/// with the hosts, each the range of the text it was written to (or a
/// constant). Allocates once.
pub(crate) fn write_rules(
    parts: &[Option<HostParts<'_>>; Endpoint::COUNT],
    edition: Edition,
) -> (Arc<str>, [Option<Host>; Endpoint::COUNT]) {
    let mut spans = [const { None }; Endpoint::COUNT];
    // Put together on the stack, so the only allocation is the shared copy.
    let mut stack = StackText::default();
    let text: Arc<str> = match write_lines(&mut stack, parts, edition, &mut spans)
        .ok()
        .and_then(|()| stack.as_str())
    {
        Some(text) => Arc::from(text),
        // Never taken (`TEXT_MAX` is the longest text): the same lines
        // written on the heap first.
        None => {
            let mut heap = String::new();
            let _ = write_lines(&mut heap, parts, edition, &mut spans);
            Arc::from(heap)
        }
    };
    let mut hosts = [const { None }; Endpoint::COUNT];
    for ((slot, parts), span) in hosts.iter_mut().zip(parts).zip(spans) {
        *slot = parts.map(|parts| parts.host(&text, span));
    }
    (text, hosts)
}

/// Writes every rule line, each ended by `\n`, and notes in `spans` where
/// each host stands.
fn write_lines<W: Write>(
    out: &mut W,
    parts: &[Option<HostParts<'_>>; Endpoint::COUNT],
    edition: Edition,
    spans: &mut [Option<Range<usize>>; Endpoint::COUNT],
) -> fmt::Result {
    let mut out = Counted { out, len: 0 };
    for (host, port, protocol) in RuleOrder::new(parts, edition) {
        if let Some((endpoint, host)) = host {
            let start = out.len;
            host.write(&mut out)?;
            if let Some(span) = spans.get_mut(endpoint.index()) {
                *span = Some(start..out.len);
            }
            out.write_str(":")?;
        }
        write_decimal(&mut out, port.number())?;
        out.write_str("/")?;
        out.write_str(protocol.as_str())?;
        out.write_str("\n")?;
    }
    Ok(())
}

/// Writes `number` in decimal, one digit at a time.
fn write_decimal<W: Write>(out: &mut W, number: u16) -> fmt::Result {
    let mut started = false;
    for power in [10_000, 1_000, 100, 10, 1] {
        let digit = number / power % 10;
        // No leading zeros, but a zero on its own.
        if digit != 0 || started || power == 1 {
            started = true;
            // `digit` is below 10, so the cast cannot truncate.
            out.write_char(char::from(b'0' + digit as u8))?;
        }
    }
    Ok(())
}

/// A writer that counts the bytes written through it.
struct Counted<'w, W> {
    out: &'w mut W,
    len: usize,
}

impl<W: Write> Write for Counted<'_, W> {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        self.out.write_str(text)?;
        self.len += text.len();
        Ok(())
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
}

impl Default for StackText {
    fn default() -> StackText {
        StackText {
            bytes: [0; TEXT_MAX],
            len: 0,
        }
    }
}

impl Write for StackText {
    /// Fails when the text does not fit.
    fn write_str(&mut self, text: &str) -> fmt::Result {
        let end = self.len + text.len();
        let slot = self.bytes.get_mut(self.len..end).ok_or(fmt::Error)?;
        slot.copy_from_slice(text.as_bytes());
        self.len = end;
        Ok(())
    }
}

impl StackText {
    /// The text written so far; pieces of `str` were copied in whole, so
    /// it is valid UTF-8.
    fn as_str(&self) -> Option<&str> {
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
                region: None,
                suffix: "cloud.konghq.com",
            }),
            None,
            Some(HostParts {
                identifier: Some("x"),
                region: Some("eu"),
                suffix: "api.konghq.com",
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
        let (text, hosts) = write_rules(&parts, Edition::Apr2025);
        assert_eq!(
            &*text,
            "cloud.konghq.com:443/tcp\nx.eu.api.konghq.com:443/tcp\n\
             8071/tcp\n8071/udp\n8000/tcp\n8443/tcp\n"
        );
        let names: Vec<_> = hosts.iter().flatten().map(Host::as_str).collect();
        assert_eq!(names, ["cloud.konghq.com", "x.eu.api.konghq.com"]);
    }

    #[test]
    fn decimal_numbers() {
        for number in [0, 7, 10, 443, 8071, 20010, 65535] {
            let mut out = String::new();
            write_decimal(&mut out, number).unwrap();
            assert_eq!(out, number.to_string());
        }
    }
}
