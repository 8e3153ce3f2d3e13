//! What changes in a firewall when requirements move to another edition.

use crate::keyword::keyword_enum;
use crate::{Direction, Protocol, Requirements, Rule};
use std::fmt;

/// Whether a rule appears or disappears in an [`EditionDiff`].
///
/// ```
/// use konnect_netreq::Change;
///
/// assert_eq!(Change::Added.sign(), '+');
/// assert_eq!("removed".parse::<Change>()?, Change::Removed);
/// # Ok::<(), konnect_netreq::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Change {
    /// The rule is no longer needed: the firewall owner may close it.
    Removed,
    /// The rule is new: the firewall owner must open it.
    Added,
}

impl Change {
    /// Every kind of change.
    pub const ALL: &'static [Change] = &[Change::Removed, Change::Added];

    /// The keyword, `"removed"` or `"added"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Change::Removed => "removed",
            Change::Added => "added",
        }
    }

    /// The sign a diff line starts with: `-` or `+`.
    pub const fn sign(self) -> char {
        match self {
            Change::Removed => '-',
            Change::Added => '+',
        }
    }
}

keyword_enum!(Change, "change");

/// The rules one set of [`Requirements`] adds and removes against another,
/// made by [`Requirements::diff`]: what a firewall owner changes when moving
/// to a newer [`Edition`](crate::Edition) for the same geo and inputs.
///
/// Rules are the same when their host (or its absence), port, transport
/// and direction are. Changes come in rule order: host rules by
/// [`Endpoint`](crate::Endpoint), a removed rule before the rule that
/// replaces it, then the port-only rules. The `Display` form is one line
/// per change, `- ` or `+ ` and the rule.
///
/// ```
/// use konnect_netreq::{Edition, Geo, Requirements};
///
/// let builder = Requirements::for_geo(Geo::Eu).with_cp_prefix("a1b2c3d4e5");
/// let old = builder.clone().build()?;
/// let new = builder.with_edition(Edition::Aug2026).build()?;
/// assert_eq!(
///     old.diff(&new).to_string(),
///     "- *.eu.portal.konghq.com:443/tcp
/// + *.eu.kongportals.com:443/tcp
/// - a1b2c3d4e5.eu.cp0.konghq.com:443/tcp
/// + a1b2c3d4e5.eu.cp.konghq.com:443/tcp
/// - a1b2c3d4e5.eu.tp0.konghq.com:443/tcp
/// + a1b2c3d4e5.eu.tp.konghq.com:443/tcp
/// + 20010/tcp
/// + 20010/udp
/// ",
/// );
/// assert!(old.diff(&old).is_empty());
/// # Ok::<(), konnect_netreq::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditionDiff<'a> {
    changes: Vec<(Change, Rule<'a>)>,
}

impl<'a> EditionDiff<'a> {
    /// Every change, in the order described on [`EditionDiff`].
    pub fn changes(&self) -> impl Iterator<Item = (Change, Rule<'a>)> + '_ {
        self.changes.iter().copied()
    }

    /// The rules to open.
    pub fn added(&self) -> impl Iterator<Item = Rule<'a>> + '_ {
        self.only(Change::Added)
    }

    /// The rules that may be closed.
    pub fn removed(&self) -> impl Iterator<Item = Rule<'a>> + '_ {
        self.only(Change::Removed)
    }

    /// Whether nothing changes.
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    /// How many rules are added or removed.
    pub fn len(&self) -> usize {
        self.changes.len()
    }

    fn only(&self, wanted: Change) -> impl Iterator<Item = Rule<'a>> + '_ {
        self.changes
            .iter()
            .filter(move |(change, _)| *change == wanted)
            .map(|(_, rule)| *rule)
    }
}

/// One line per change: `+ host:port/proto` or `- port/proto`.
impl fmt::Display for EditionDiff<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (change, rule) in &self.changes {
            writeln!(f, "{} {rule}", change.sign())?;
        }
        Ok(())
    }
}

/// What makes two rules the same for a firewall.
fn identity<'r>(rule: &Rule<'r>) -> (Option<&'r str>, u16, Protocol, Direction) {
    (
        rule.host().map(|host| host.as_str()),
        rule.port(),
        rule.protocol(),
        rule.direction(),
    )
}

impl Requirements {
    /// The rules to add and to remove when moving from these requirements
    /// to `to`; meant for the same geo and inputs in two editions (see
    /// [`EditionDiff`] for an example), though any two requirements compare.
    pub fn diff<'a>(&'a self, to: &'a Requirements) -> EditionDiff<'a> {
        let missing_from = |rules: &Requirements, rule: &Rule<'_>| {
            let key = identity(rule);
            !rules.rules().any(|other| identity(&other) == key)
        };
        let removed = self
            .rules()
            .filter(|rule| missing_from(to, rule))
            .map(|rule| (Change::Removed, rule));
        let added = to
            .rules()
            .filter(|rule| missing_from(self, rule))
            .map(|rule| (Change::Added, rule));
        let mut changes: Vec<(Change, Rule<'a>)> = removed.chain(added).collect();
        // Host rules by endpoint, then port-only rules; removed first.
        changes.sort_by_key(|(change, rule)| {
            (
                rule.endpoint().is_none(),
                rule.endpoint(),
                // The page's named ports in their order, then listeners
                // on other ports by number.
                rule.named_port().is_none(),
                rule.named_port(),
                rule.port(),
                rule.protocol(),
                *change,
            )
        });
        EditionDiff { changes }
    }
}
