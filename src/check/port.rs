//! Port-only questions: which rule allows a port, and why none does.

use super::Refusal;
use crate::{Edition, Port, Protocol, Rule};

/// The port-only rule among `rules` that allows `port` over `protocol`.
pub(super) fn rule<'a>(
    mut rules: impl Iterator<Item = Rule<'a>>,
    port: u16,
    protocol: Protocol,
) -> Option<Rule<'a>> {
    rules.find(|rule| rule.host().is_none() && rule.port() == port && rule.protocol() == protocol)
}

/// The nearest reason no port-only rule of `rules` (which follow
/// `edition`) allows `port` over `protocol`.
pub(super) fn why_not<'a>(
    mut rules: impl Iterator<Item = Rule<'a>>,
    edition: Edition,
    port: u16,
    protocol: Protocol,
) -> Refusal<'a> {
    let same_port = rules.find(|rule| rule.host().is_none() && rule.port() == port);
    match (same_port, Port::from_number(port)) {
        (Some(rule), _) => Refusal::OtherProtocol {
            port,
            protocol,
            allowed: rule.protocol(),
        },
        (_, Some(Port::Cluster)) => Refusal::OnlyToHosts { port },
        (_, Some(named)) if !named.is_in(edition) => Refusal::PortOfOtherEdition {
            port: named,
            edition,
        },
        (_, Some(named)) if named.transports().contains(&protocol) => {
            Refusal::PortNotIncluded { port: named }
        }
        _ => Refusal::NoPortRule { port, protocol },
    }
}
