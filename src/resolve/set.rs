//! Several control planes' requirements as one.

use crate::recognize::host_index::HostIndex;
use crate::{Edition, Endpoint, Geo, Host, OwnedRule, Port, Protocol, Requirements, Rule};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::hash::{BuildHasherDefault, DefaultHasher, Hash, Hasher};

/// The std hasher with its fixed key: the library reads no randomness, and
/// `new` stays `const`. Rules and fingerprints are SipHash values, which
/// the members' author cannot make collide in numbers without a search per
/// collision.
type Fixed = BuildHasherDefault<DefaultHasher>;

/// The requirements of several control planes, of any geos, editions and
/// identifiers, as one: the rules of all of them with each rule once, what
/// any of them allows, and one document per export format.
///
/// Made with `collect()` or [`push`](Self::push); the members keep their
/// order, and a member identical to one already there is merged into it
/// (so a document that repeats a control plane, or a YAML alias that
/// names one many times, adds it once). The rules are ordered as one [`Requirements`] orders its own:
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
#[derive(Debug, Clone, Default)]
pub struct RequirementsSet {
    members: Vec<Requirements>,
    /// The places in `members` of the members with each fingerprint (see
    /// [`fingerprint`]), to find an identical member with one lookup.
    by_fingerprint: HashMap<u64, Vec<usize>, Fixed>,
    /// Every member's rules, each once.
    seen: HashSet<OwnedRule, Fixed>,
    /// The host rules of each endpoint, indexed by [`Endpoint::index`], in
    /// the order the members give them.
    host_rules: Vec<Vec<OwnedRule>>,
    /// The port-only rules by port and transport, each key's in the order
    /// the members give them.
    port_rules: BTreeMap<(Option<Port>, Protocol), Vec<OwnedRule>>,
    /// The hosts of the rules, indexed for [`RequirementsSet::allows`].
    index: HostIndex,
}

/// Two sets are equal when their members are (the rest is derived from
/// them).
impl PartialEq for RequirementsSet {
    fn eq(&self, other: &RequirementsSet) -> bool {
        self.members == other.members
    }
}

impl Eq for RequirementsSet {}

impl RequirementsSet {
    /// An empty set.
    pub const fn new() -> RequirementsSet {
        RequirementsSet {
            members: Vec::new(),
            by_fingerprint: HashMap::with_hasher(Fixed::new()),
            seen: HashSet::with_hasher(Fixed::new()),
            host_rules: Vec::new(),
            port_rules: BTreeMap::new(),
            index: HostIndex::EMPTY,
        }
    }

    /// Adds the requirements of one more control plane, unless an identical
    /// member is already there (then the set is unchanged). Costs the
    /// member's own rules, not the set's: a set pushed one member at a
    /// time is built in linear time, as one collected.
    pub fn push(&mut self, req: Requirements) {
        let key = fingerprint(&req);
        let places = self.by_fingerprint.entry(key).or_default();
        if places
            .iter()
            .any(|place| self.members.get(*place) == Some(&req))
        {
            return;
        }
        places.push(self.members.len());
        if self.host_rules.is_empty() {
            self.host_rules = vec![Vec::new(); Endpoint::COUNT];
        }
        for rule in req.rules() {
            let rule = OwnedRule::from(rule);
            if self.seen.contains(&rule) {
                continue;
            }
            match rule.endpoint() {
                Some(endpoint) => {
                    if let Some(host) = rule.host() {
                        self.index.insert(host);
                    }
                    if let Some(rules) = self.host_rules.get_mut(endpoint.index()) {
                        rules.push(rule.clone());
                    }
                }
                None => self
                    .port_rules
                    .entry((rule.named_port(), rule.protocol()))
                    .or_default()
                    .push(rule.clone()),
            }
            self.seen.insert(rule);
        }
        self.members.push(req);
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
        Counted {
            rules: self
                .host_rules
                .iter()
                .chain(self.port_rules.values())
                .flatten()
                .map(OwnedRule::as_rule),
            left: self.seen.len(),
        }
    }

    /// Every host of every member, each once, with its endpoint, in rule
    /// order.
    pub fn hosts(&self) -> impl Iterator<Item = (Endpoint, &Host)> + '_ {
        self.host_rules
            .iter()
            .flatten()
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
}

/// A hash of what a member resolves to, with the std hasher's fixed key
/// (no randomness is read): equal members have equal fingerprints, and
/// members with equal fingerprints are compared in full.
fn fingerprint(req: &Requirements) -> u64 {
    let mut hasher = DefaultHasher::new();
    req.geo().hash(&mut hasher);
    req.edition().hash(&mut hasher);
    for rule in req.rules() {
        rule.hash(&mut hasher);
    }
    hasher.finish()
}

/// The rules of a set and how many are left, so that the iterator knows
/// its length.
struct Counted<I> {
    rules: I,
    left: usize,
}

impl<'a, I: Iterator<Item = Rule<'a>>> Iterator for Counted<I> {
    type Item = Rule<'a>;

    fn next(&mut self) -> Option<Rule<'a>> {
        let rule = self.rules.next()?;
        self.left = self.left.saturating_sub(1);
        Some(rule)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}

impl<'a, I: Iterator<Item = Rule<'a>>> ExactSizeIterator for Counted<I> {}

impl FromIterator<Requirements> for RequirementsSet {
    fn from_iter<I: IntoIterator<Item = Requirements>>(iter: I) -> RequirementsSet {
        let mut set = RequirementsSet::new();
        set.extend(iter);
        set
    }
}

impl Extend<Requirements> for RequirementsSet {
    fn extend<I: IntoIterator<Item = Requirements>>(&mut self, iter: I) {
        for req in iter {
            self.push(req);
        }
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
    use crate::resolve::strict::{Keys, from_map};
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

    /// The keys of a set's document.
    static KEYS: Keys = Keys {
        what: "a set of control planes",
        accepted: &["control_plane", "rules"],
        shown: &["control_plane"],
        hint: "",
        elsewhere: &[],
    };

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Document {
        #[serde(default)]
        control_plane: Members,
        #[serde(default)]
        rules: Option<Vec<RuleRecord>>,
    }

    /// The most members a document may list, repeats included: far more
    /// than an organization has, and a bound on the work a document of
    /// aliases (each a member read again) can ask for.
    const MAX_READ: usize = 100_000;

    /// The members, merged into a set as they are read: a document that
    /// names one member many times (YAML aliases) holds it once in memory.
    #[derive(Default)]
    struct Members(RequirementsSet);

    impl<'de> Deserialize<'de> for Members {
        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            struct Visitor;
            impl<'de> serde::de::Visitor<'de> for Visitor {
                type Value = Members;

                fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.write_str("a list of control planes ([[control_plane]] tables in TOML)")
                }

                fn visit_seq<A: serde::de::SeqAccess<'de>>(
                    self,
                    mut seq: A,
                ) -> Result<Members, A::Error> {
                    let mut set = RequirementsSet::new();
                    let mut place: usize = 0;
                    loop {
                        place = place.saturating_add(1);
                        if place > MAX_READ {
                            return Err(serde::de::Error::custom(format_args!(
                                "the document lists more than {MAX_READ} control planes \
                                 (counting each repeat and YAML alias); expected fewer"
                            )));
                        }
                        match seq.next_element::<Requirements>() {
                            Ok(Some(req)) => set.push(req),
                            Ok(None) => break,
                            Err(error) => {
                                return Err(serde::de::Error::custom(format_args!(
                                    "control plane {place}: {error}"
                                )));
                            }
                        }
                    }
                    Ok(Members(set))
                }
            }
            deserializer.deserialize_seq(Visitor)
        }
    }

    /// Each member is read as [`Requirements`] reads itself (inputs only
    /// will do); a `rules` list, if present, must be exactly the merged
    /// rules of the members.
    impl<'de> Deserialize<'de> for RequirementsSet {
        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let document: Document = from_map(deserializer, &KEYS)?;
            let set = document.control_plane.0;
            if set.is_empty() {
                return Err(serde::de::Error::custom(crate::Error::nothing_to_allow(
                    "the document lists no control plane",
                    "at least one in \"control_plane\" ([[control_plane]] tables in TOML)",
                )));
            }
            if let Some(rules) = &document.rules {
                check_rules(rules, set.rules()).map_err(serde::de::Error::custom)?;
            }
            Ok(set)
        }
    }
}
