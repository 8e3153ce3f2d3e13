//! Several control planes' requirements as one.

use crate::recognize::host_index::HostIndex;
use crate::{Edition, Endpoint, Geo, Host, OwnedRule, Protocol, Requirements, Rule};
use std::collections::HashSet;

/// The requirements of several control planes, of any geos, editions and
/// identifiers, as one: the rules of all of them with each rule once, what
/// any of them allows, and one document per export format.
///
/// Made with `collect()` or [`push`](Self::push); the members keep their
/// order. The rules are ordered as one [`Requirements`] orders its own:
/// host rules by endpoint ([`Endpoint::ALL`] order), each endpoint's hosts
/// in the order the members give them, then the port-only rules by port and
/// transport.
///
/// ```
/// use konnect_netreq::{Geo, Protocol, Requirements, RequirementsSet};
///
/// let eu = Requirements::for_geo(Geo::Eu).with_cp_prefix("a1b2c3d4e5").build()?;
/// let us = Requirements::for_geo(Geo::Us).with_cp_prefix("36fc5d01be").build()?;
/// let set: RequirementsSet = [eu, us].into_iter().collect();
/// let rules: Vec<String> = set.rules().map(|rule| rule.to_string()).collect();
/// assert_eq!(rules.iter().filter(|rule| *rule == "cloud.konghq.com:443/tcp").count(), 1);
/// assert!(set.allows("36fc5d01be.us.cp0.konghq.com", 443, Protocol::Tcp));
/// assert!(set.allows("a1b2c3d4e5.eu.tp0.konghq.com", 443, Protocol::Tcp));
/// assert!(!set.allows("a1b2c3d4e5.us.cp0.konghq.com", 443, Protocol::Tcp));
/// # Ok::<(), konnect_netreq::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RequirementsSet {
    members: Vec<Requirements>,
    /// Every member's rules, each once, in rule order.
    rules: Vec<OwnedRule>,
    /// The hosts of `rules`, indexed for [`RequirementsSet::allows`].
    index: HostIndex,
}

impl RequirementsSet {
    /// An empty set.
    pub const fn new() -> RequirementsSet {
        RequirementsSet {
            members: Vec::new(),
            rules: Vec::new(),
            index: HostIndex::EMPTY,
        }
    }

    /// Adds the requirements of one more control plane.
    pub fn push(&mut self, req: Requirements) {
        self.members.push(req);
        self.merge();
    }

    /// The members, in the order given.
    pub fn members(&self) -> &[Requirements] {
        &self.members
    }

    /// How many members there are.
    pub fn len(&self) -> usize {
        self.members.len()
    }

    /// Whether there is no member.
    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    /// Every rule of every member, each once (a host that several members
    /// share, such as `cloud.konghq.com`, gives one rule).
    pub fn rules(&self) -> impl ExactSizeIterator<Item = Rule<'_>> + '_ {
        self.rules.iter().map(OwnedRule::as_rule)
    }

    /// Every host of every member, each once, with its endpoint, in rule
    /// order.
    pub fn hosts(&self) -> impl Iterator<Item = (Endpoint, &Host)> + '_ {
        self.rules
            .iter()
            .filter_map(|rule| Some((rule.endpoint()?, rule.host()?)))
    }

    /// Whether any member allows a connection to `host` on `port` over
    /// `protocol`; see [`Requirements::allows`]. One lookup in the hosts
    /// of all members, whatever their number. Never allocates.
    pub fn allows(&self, host: &str, port: u16, protocol: Protocol) -> bool {
        self.index.allows(host, port, protocol)
    }

    /// The members' geos, each once, in [`Geo::ALL`] order.
    pub fn geos(&self) -> Vec<Geo> {
        let mut geos: Vec<Geo> = self.members.iter().map(Requirements::geo).collect();
        geos.sort_unstable();
        geos.dedup();
        geos
    }

    /// The members' editions, each once, oldest first.
    pub fn editions(&self) -> Vec<Edition> {
        let mut editions: Vec<Edition> = self.members.iter().map(Requirements::edition).collect();
        editions.sort_unstable();
        editions.dedup();
        editions
    }

    /// Recomputes the merged rules from the members.
    fn merge(&mut self) {
        let mut seen: HashSet<Rule<'_>> = HashSet::new();
        let mut rules: Vec<Rule<'_>> = Vec::new();
        for rule in self.members.iter().flat_map(Requirements::rules) {
            if seen.insert(rule) {
                rules.push(rule);
            }
        }
        // Stable: each endpoint's hosts keep the members' order.
        rules.sort_by_key(|rule| {
            (
                rule.endpoint().is_none(),
                rule.endpoint(),
                rule.host()
                    .is_none()
                    .then(|| (rule.named_port(), rule.protocol())),
            )
        });
        let rules: Vec<OwnedRule> = rules.into_iter().map(OwnedRule::from).collect();
        self.index = HostIndex::new(rules.iter().filter_map(OwnedRule::host));
        self.rules = rules;
    }
}

impl FromIterator<Requirements> for RequirementsSet {
    fn from_iter<I: IntoIterator<Item = Requirements>>(iter: I) -> RequirementsSet {
        let mut set = RequirementsSet {
            members: iter.into_iter().collect(),
            rules: Vec::new(),
            index: HostIndex::EMPTY,
        };
        set.merge();
        set
    }
}

impl Extend<Requirements> for RequirementsSet {
    fn extend<I: IntoIterator<Item = Requirements>>(&mut self, iter: I) {
        self.members.extend(iter);
        self.merge();
    }
}

impl From<Requirements> for RequirementsSet {
    fn from(req: Requirements) -> RequirementsSet {
        std::iter::once(req).collect()
    }
}

/// `for req in &set`: the members.
impl<'a> IntoIterator for &'a RequirementsSet {
    type Item = &'a Requirements;
    type IntoIter = std::slice::Iter<'a, Requirements>;

    fn into_iter(self) -> Self::IntoIter {
        self.members.iter()
    }
}

#[cfg(feature = "serde")]
mod serde_impls {
    use super::RequirementsSet;
    use crate::Requirements;
    use crate::resolve::spec::document::{RuleRecord, check_rules};
    use serde::{Deserialize, Serialize};

    /// `{"control_plane": [...], "rules": [...]}`: each member as
    /// [`Requirements`] writes itself, then the merged rules.
    impl Serialize for RequirementsSet {
        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            use serde::ser::SerializeStruct;

            struct Rules<'a>(&'a RequirementsSet);
            impl Serialize for Rules<'_> {
                fn serialize<S: serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    serializer.collect_seq(self.0.rules())
                }
            }

            let mut out = serializer.serialize_struct("RequirementsSet", 2)?;
            out.serialize_field("control_plane", &self.members)?;
            out.serialize_field("rules", &Rules(self))?;
            out.end()
        }
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Document {
        #[serde(default)]
        control_plane: Vec<Requirements>,
        #[serde(default)]
        rules: Option<Vec<RuleRecord>>,
    }

    /// Each member is read as [`Requirements`] reads itself (inputs only
    /// will do); a `rules` list, if present, must be exactly the merged
    /// rules of the members.
    impl<'de> Deserialize<'de> for RequirementsSet {
        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let document = Document::deserialize(deserializer)?;
            let set: RequirementsSet = document.control_plane.into_iter().collect();
            if let Some(rules) = &document.rules {
                check_rules(rules, set.rules()).map_err(serde::de::Error::custom)?;
            }
            Ok(set)
        }
    }
}
