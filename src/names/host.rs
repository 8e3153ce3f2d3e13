//! Validated hostnames, exact or with a one-label wildcard.

use crate::Error;
use crate::ascii::eq_lower;
use crate::dns::{MAX_HOST, is_label};
use crate::error::{HostProblem, LabelProblem};
use crate::names::identifier::check_label;
use std::fmt;
use std::str::FromStr;

/// A lower-case hostname, exact (`a1b2c3d4e5.eu.cp0.konghq.com`) or with a
/// wildcard first label that stands for exactly one label
/// (`*.eu.cp0.konghq.com`).
///
/// Once built it is valid: every label is 1 to 63 ASCII letters, digits or
/// hyphens, the whole is at most 253 bytes, and nothing in it can be read as
/// another line, a port, a path or a key by the tools the exports write for.
///
/// ```
/// use konnect_netreq::Host;
///
/// let host: Host = "*.EU.cp0.konghq.com".parse()?;
/// assert!(host.is_wildcard());
/// assert_eq!(host.as_str(), "*.eu.cp0.konghq.com");
/// assert!(host.matches("a1b2c3d4e5.eu.cp0.konghq.com."));
/// assert!(!host.matches("x.y.eu.cp0.konghq.com"));
/// assert_eq!(host, "*.eu.cp0.konghq.com");
/// assert_eq!(String::from(host), "*.eu.cp0.konghq.com");
/// # Ok::<(), konnect_netreq::Error>(())
/// ```
///
/// Two hosts are equal, ordered and hashed by their text.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Host {
    name: Box<str>,
}

impl Host {
    /// Validates a hostname and lower-cases it. One trailing dot is
    /// accepted and dropped; `*.` may stand first for one label.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidHost`](crate::ErrorKind::InvalidHost) for a name longer
    /// than 253 bytes or a label that is not a DNS label.
    pub fn new(input: &str) -> Result<Host, Error> {
        let invalid = |problem: HostProblem| Error::host(input, problem);
        let name = input.strip_suffix('.').unwrap_or(input);
        if name.len() > MAX_HOST {
            return Err(invalid(HostProblem::TooLong(name.len())));
        }
        let exact = name.strip_prefix("*.").unwrap_or(name);
        for label in exact.split('.') {
            match check_label(label) {
                Ok(()) | Err(LabelProblem::ReservedHyphens) => {}
                Err(problem) => {
                    return Err(invalid(HostProblem::Label {
                        label: label.to_owned(),
                        problem,
                    }));
                }
            }
        }
        Ok(Host {
            name: name.to_ascii_lowercase().into_boxed_str(),
        })
    }

    /// The hostname, lower-case, without a trailing dot.
    pub fn as_str(&self) -> &str {
        &self.name
    }

    /// Whether the first label is the wildcard `*`.
    pub fn is_wildcard(&self) -> bool {
        self.as_str().starts_with("*.")
    }

    /// For a wildcard, the part after `*.`; for an exact host, all of it.
    pub fn base(&self) -> &str {
        let name = self.as_str();
        name.strip_prefix("*.").unwrap_or(name)
    }

    /// Whether `host` is this host or, for a wildcard, this host with the
    /// `*` replaced by exactly one valid label. ASCII case is ignored and one
    /// trailing dot is accepted. Never allocates.
    pub fn matches(&self, host: &str) -> bool {
        let host = host.strip_suffix('.').unwrap_or(host);
        let name = self.as_str();
        let Some(base) = name.strip_prefix("*.") else {
            return eq_lower(host.as_bytes(), name.as_bytes());
        };
        // The base is at the right end, after a dot; left of that dot
        // stands the one label, which `is_label` refuses if it holds a
        // dot itself.
        let Some(dot) = host.len().checked_sub(base.len().saturating_add(1)) else {
            return false;
        };
        match (host.get(..dot), host.get(dot..)) {
            (Some(label), Some(rest)) => {
                rest.strip_prefix('.')
                    .is_some_and(|rest| eq_lower(rest.as_bytes(), base.as_bytes()))
                    && is_label(label.as_bytes())
            }
            _ => false,
        }
    }
}

impl fmt::Debug for Host {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Host").field(&self.as_str()).finish()
    }
}

impl fmt::Display for Host {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Host {
    type Err = Error;

    fn from_str(s: &str) -> Result<Host, Error> {
        Host::new(s)
    }
}

impl TryFrom<&str> for Host {
    type Error = Error;

    fn try_from(s: &str) -> Result<Host, Error> {
        Host::new(s)
    }
}

impl AsRef<str> for Host {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

/// Hosts hash and compare as their text, so a `HashSet<Host>` or
/// `BTreeSet<Host>` can be searched with a `&str`.
impl std::borrow::Borrow<str> for Host {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

/// Compares the text exactly: `host == "cloud.konghq.com"`. A `Host` is
/// lower-case without a trailing dot, so an upper-case or dotted spelling
/// is not equal; [`matches`](Host::matches) ignores both.
impl PartialEq<str> for Host {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

/// As `PartialEq<str>`.
impl PartialEq<&str> for Host {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// As `PartialEq<str>`, the other way round.
impl PartialEq<Host> for str {
    fn eq(&self, other: &Host) -> bool {
        self == other.as_str()
    }
}

/// As `PartialEq<str>`, the other way round.
impl PartialEq<Host> for &str {
    fn eq(&self, other: &Host) -> bool {
        *self == other.as_str()
    }
}

impl From<Host> for String {
    fn from(host: Host) -> String {
        host.name.into_string()
    }
}

impl TryFrom<String> for Host {
    type Error = Error;

    fn try_from(s: String) -> Result<Host, Error> {
        Host::new(&s)
    }
}

crate::keyword::serde_via_str!(Host);
