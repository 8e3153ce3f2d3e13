//! Validated hostnames, exact or with a one-label wildcard.

use crate::Error;
use crate::error::LabelProblem;
use crate::identifier::check_label;
use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Range;
use std::str::FromStr;
use std::sync::Arc;

/// The longest hostname, in bytes, without a trailing dot.
pub(crate) const MAX_HOST: usize = 253;

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
/// # Ok::<(), konnect_netreq::Error>(())
/// ```
///
/// Two hosts are equal, ordered and hashed by their text alone.
#[derive(Clone)]
pub struct Host {
    name: Name,
}

/// Where the text of a [`Host`] is kept.
#[derive(Clone)]
enum Name {
    /// A constant hostname, such as `cloud.konghq.com`.
    Constant(&'static str),
    /// A hostname validated by [`Host::new`].
    Owned(Box<str>),
    /// A range of a text that several hosts share: the rule lines of a
    /// [`Requirements`](crate::Requirements), which `build()` allocates
    /// once for all of its hosts. The range is checked when the host is made.
    Shared {
        text: Arc<str>,
        start: u16,
        end: u16,
    },
}

impl Host {
    /// Validates a hostname and lower-cases it. One trailing dot is
    /// accepted and dropped; `*.` may stand first for one label.
    pub fn new(input: &str) -> Result<Host, Error> {
        let invalid = |problem: String| Error::InvalidHost {
            input: input.to_owned(),
            problem,
        };
        let name = input.strip_suffix('.').unwrap_or(input);
        if name.len() > MAX_HOST {
            return Err(invalid(format!("it is {} bytes long", name.len())));
        }
        let exact = name.strip_prefix("*.").unwrap_or(name);
        for label in exact.split('.') {
            match check_label(label) {
                Ok(()) | Err(LabelProblem::ReservedHyphens) => {}
                Err(problem) => {
                    return Err(invalid(format!("label {label:?}: {problem}")));
                }
            }
        }
        // The copy is exactly as long as the input, so it becomes a
        // `Box<str>` without another allocation.
        Ok(Host {
            name: Name::Owned(name.to_ascii_lowercase().into_boxed_str()),
        })
    }

    /// A constant, already valid, lower-case hostname; allocates nothing.
    pub(crate) const fn constant(name: &'static str) -> Host {
        Host {
            name: Name::Constant(name),
        }
    }

    /// An already valid, lower-case hostname; allocates nothing more.
    pub(crate) fn owned(name: String) -> Host {
        Host {
            name: Name::Owned(name.into_boxed_str()),
        }
    }

    /// The already valid, lower-case hostname at `range` of `text`, which
    /// it shares; allocates nothing. `None` if `range` is not a part of
    /// `text` or does not fit the compact form.
    pub(crate) fn shared(text: &Arc<str>, range: Range<usize>) -> Option<Host> {
        text.get(range.clone())?;
        Some(Host {
            name: Name::Shared {
                text: Arc::clone(text),
                start: u16::try_from(range.start).ok()?,
                end: u16::try_from(range.end).ok()?,
            },
        })
    }

    /// The hostname, lower-case, without a trailing dot.
    pub fn as_str(&self) -> &str {
        match &self.name {
            Name::Constant(name) => name,
            Name::Owned(name) => name,
            // `shared` checked the range, and the text never changes.
            Name::Shared { text, start, end } => text
                .get(usize::from(*start)..usize::from(*end))
                .unwrap_or_default(),
        }
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
            return host.eq_ignore_ascii_case(name);
        };
        // The base is at the right end, after a dot; left of that dot
        // stands the one label, which `check_label` refuses if it holds a
        // dot itself.
        let Some(dot) = host.len().checked_sub(base.len() + 1) else {
            return false;
        };
        match (host.get(..dot), host.get(dot..)) {
            (Some(label), Some(rest)) => {
                rest.strip_prefix('.')
                    .is_some_and(|rest| rest.eq_ignore_ascii_case(base))
                    && check_label(label).is_ok()
            }
            _ => false,
        }
    }
}

impl PartialEq for Host {
    fn eq(&self, other: &Host) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Host {}

impl PartialOrd for Host {
    fn partial_cmp(&self, other: &Host) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Host {
    fn cmp(&self, other: &Host) -> Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl Hash for Host {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
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

crate::keyword::serde_via_str!(Host);
