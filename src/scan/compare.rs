//! What a tally says against requirements: the required rules that were
//! blocked, the Konnect addresses seen that the requirements do not allow
//! (and why), and the rules never seen.

use super::tally::{Counts, HOST_RULE_PORT, Place, Seen};
use crate::{Edition, Geo, OwnedRule, Protocol, RequirementsSet};

/// Why `set` does not allow `seen`: the first that holds of a port other
/// than 443 for an allowed host, a geo or edition the set lacks, another
/// identifier for an endpoint the set has, an endpoint it lacks.
pub(super) fn reason(
    seen: &Seen,
    set: &RequirementsSet,
    geos: &[Geo],
    editions: &[Edition],
) -> Reason {
    let on_rule_port = set.allows(&seen.host, HOST_RULE_PORT, Protocol::Tcp);
    if on_rule_port {
        return Reason::OtherPort;
    }
    let Some(classified) = crate::classify(&seen.host) else {
        return Reason::NotIncluded;
    };
    if classified.geo().is_some_and(|geo| !geos.contains(&geo)) {
        return Reason::OtherGeo;
    }
    if classified
        .edition()
        .is_some_and(|edition| !editions.contains(&edition))
    {
        return Reason::OtherEdition;
    }
    let endpoint = classified.endpoint();
    if classified.identifier().is_some() && set.hosts().any(|(listed, _)| listed == endpoint) {
        return Reason::OtherIdentifier;
    }
    Reason::NotIncluded
}

/// What [`Tally::compare`](super::Tally::compare) found.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Comparison {
    pub(super) blocked: Vec<Blocked>,
    pub(super) unexpected: Vec<Unexpected>,
    pub(super) unseen: Vec<OwnedRule>,
}

impl Comparison {
    /// The required host rules whose hosts were denied or failed at least
    /// once: the firewall or the network blocks Konnect. In rule order.
    pub fn blocked(&self) -> &[Blocked] {
        &self.blocked
    }

    /// The Konnect addresses seen that the requirements do not allow, in
    /// (host, port) order: the data plane dials something the allowlist
    /// lacks.
    pub fn unexpected(&self) -> &[Unexpected] {
        &self.unexpected
    }

    /// The required host rules never seen (informational: a log may simply
    /// not cover them). In rule order.
    pub fn unseen(&self) -> &[OwnedRule] {
        &self.unseen
    }

    /// Whether a required rule was denied or failed.
    pub fn needs_action(&self) -> bool {
        !self.blocked.is_empty()
    }
}

/// A required rule whose host was denied or failed.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Blocked {
    pub(super) rule: OwnedRule,
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub(super) counts: Counts,
    pub(super) first: Place,
    pub(super) last: Place,
}

impl Blocked {
    /// The rule.
    pub const fn rule(&self) -> &OwnedRule {
        &self.rule
    }

    /// Every sighting of the rule's host (a wildcard's: of every host it
    /// matches) on its port or without a port.
    pub const fn counts(&self) -> &Counts {
        &self.counts
    }

    /// The first line the host was seen on.
    pub const fn first(&self) -> &Place {
        &self.first
    }

    /// The last line the host was seen on.
    pub const fn last(&self) -> &Place {
        &self.last
    }
}

/// A Konnect address seen that the requirements do not allow.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Unexpected {
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub(super) seen: Seen,
    pub(super) reason: Reason,
}

impl Unexpected {
    /// The address and its counts.
    pub const fn seen(&self) -> &Seen {
        &self.seen
    }

    /// The likeliest reason the requirements lack it.
    pub const fn reason(&self) -> Reason {
        self.reason
    }
}

/// Why requirements do not allow a Konnect address that was seen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Reason {
    /// The host is allowed, on 443; this was another port.
    OtherPort,
    /// The host belongs to a geo the requirements do not cover.
    OtherGeo,
    /// The host is written as another edition writes it (`cp` where the
    /// requirements list `cp0`).
    OtherEdition,
    /// Another control plane, Dev Portal or auth server than the one the
    /// requirements name.
    OtherIdentifier,
    /// An endpoint (a product or option) the requirements do not include.
    NotIncluded,
}

impl Reason {
    /// Every reason.
    pub const ALL: &'static [Reason] = &[
        Reason::OtherPort,
        Reason::OtherGeo,
        Reason::OtherEdition,
        Reason::OtherIdentifier,
        Reason::NotIncluded,
    ];

    /// The keyword, e.g. `"other-geo"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Reason::OtherPort => "other-port",
            Reason::OtherGeo => "other-geo",
            Reason::OtherEdition => "other-edition",
            Reason::OtherIdentifier => "other-identifier",
            Reason::NotIncluded => "not-included",
        }
    }

    /// The reason in a few words.
    pub const fn description(self) -> &'static str {
        match self {
            Reason::OtherPort => "an allowed host on a port other than 443",
            Reason::OtherGeo => "a geo the requirements do not cover",
            Reason::OtherEdition => "another edition's spelling of the host",
            Reason::OtherIdentifier => {
                "another control plane, portal or auth server than the one given"
            }
            Reason::NotIncluded => "an endpoint the requirements do not include",
        }
    }
}

crate::keyword::keyword_enum!(Reason, "reason");
