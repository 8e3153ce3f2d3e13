//! Per-organization identifiers: control plane DNS prefixes, portal IDs and
//! Kong Identity auth server IDs.
//!
//! Each is a single DNS label (RFC 1123) that Konnect puts in front of a geo
//! hostname. They are stored inline, lower-cased, so building and copying
//! them never touches the heap.

use crate::Error;
use crate::dns::{MAX_LABEL, is_label};
use crate::error::LabelProblem;
use std::fmt;
use std::str::FromStr;

/// Checks one DNS label: 1 to 63 ASCII letters, digits or hyphens, no hyphen
/// first or last, and no `--` in places three and four (IDNA's `xn--`).
pub(crate) fn check_label(label: &str) -> Result<(), LabelProblem> {
    if is_label(label.as_bytes()) {
        return Ok(());
    }
    // Only a bad label is read again, to name what is wrong with it.
    if let Some(c) = label
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == '-'))
    {
        return Err(LabelProblem::BadCharacter(c));
    }
    let bytes = label.as_bytes();
    Err(match bytes {
        [] => LabelProblem::Empty,
        _ if bytes.len() > MAX_LABEL => LabelProblem::TooLong(bytes.len()),
        [b'-', ..] => LabelProblem::LeadingHyphen,
        [.., b'-'] => LabelProblem::TrailingHyphen,
        _ => LabelProblem::ReservedHyphens,
    })
}

/// A lower-case DNS label stored inline.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Label {
    len: u8,
    bytes: [u8; MAX_LABEL],
}

impl Label {
    #[inline]
    fn parse(what: &'static str, input: &str) -> Result<Label, Error> {
        check_label(input).map_err(|problem| Error::identifier(what, input, problem))?;
        let mut label = Label {
            len: 0,
            bytes: [0; MAX_LABEL],
        };
        if let Some(slot) = label.bytes.get_mut(..input.len()) {
            slot.copy_from_slice(input.as_bytes());
            slot.make_ascii_lowercase();
        }
        // check_label bounds the length by 63, so it fits a u8.
        label.len = u8::try_from(input.len()).unwrap_or(0);
        Ok(label)
    }

    fn as_str(&self) -> &str {
        let bytes = self.bytes.get(..usize::from(self.len)).unwrap_or_default();
        // Only ASCII was copied in, so this never fails.
        std::str::from_utf8(bytes).unwrap_or_default()
    }
}

macro_rules! identifier_type {
    ($(#[$doc:meta])* $ty:ident, $what:literal) => {
        $(#[$doc])*
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $ty(Label);

        impl $ty {
            #[doc = concat!("Validates a ", $what, " and lower-cases it.")]
            ///
            /// # Errors
            ///
            /// An [`Error`] of kind [`InvalidIdentifier`](crate::ErrorKind::InvalidIdentifier)
            /// unless the input is one DNS label.
            #[inline]
            pub fn new(input: &str) -> Result<Self, Error> {
                Label::parse($what, input).map($ty)
            }

            /// The identifier, lower-case.
            pub fn as_str(&self) -> &str {
                self.0.as_str()
            }
        }

        impl fmt::Debug for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_tuple(stringify!($ty)).field(&self.as_str()).finish()
            }
        }

        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $ty {
            type Err = Error;

            fn from_str(s: &str) -> Result<Self, Error> {
                Self::new(s)
            }
        }

        impl TryFrom<&str> for $ty {
            type Error = Error;

            fn try_from(s: &str) -> Result<Self, Error> {
                Self::new(s)
            }
        }

        impl AsRef<str> for $ty {
            fn as_ref(&self) -> &str {
                self.as_str()
            }
        }

        crate::keyword::serde_via_str!($ty);
    };
}

identifier_type!(
    /// A control plane DNS prefix: the first label of a control plane's
    /// hostname (`36fc5d01be` in `36fc5d01be.us.cp0.konghq.com`), not its UUID.
    ///
    /// ```
    /// use konnect_netreq::CpPrefix;
    ///
    /// assert_eq!(CpPrefix::new("36FC5D01BE")?.as_str(), "36fc5d01be");
    /// assert_eq!(
    ///     CpPrefix::new("a.b").unwrap_err().to_string(),
    ///     "invalid control plane DNS prefix \"a.b\": it contains '.'; expected one DNS label: \
    ///      1 to 63 ASCII letters, digits or hyphens, not starting or ending with a hyphen",
    /// );
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    CpPrefix,
    "control plane DNS prefix"
);

identifier_type!(
    /// A Dev Portal ID: the first label of a portal's default domain
    /// (`d6a3e6b6bc64` in `d6a3e6b6bc64.us.kongportals.com`), not its UUID.
    ///
    /// ```
    /// use konnect_netreq::PortalId;
    ///
    /// assert_eq!(PortalId::new("d6a3e6b6bc64")?.to_string(), "d6a3e6b6bc64");
    /// assert!(PortalId::new("my_portal").is_err());
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    PortalId,
    "portal ID"
);

identifier_type!(
    /// A Kong Identity auth server ID: the first label of the auth server's
    /// issuer host (`k7sbq2n8x4tdlmwz` in
    /// `k7sbq2n8x4tdlmwz.us.identity.konghq.com`).
    ///
    /// ```
    /// use konnect_netreq::AuthServerId;
    ///
    /// assert_eq!(AuthServerId::new("K7SBQ2N8X4TDLMWZ")?.as_str(), "k7sbq2n8x4tdlmwz");
    /// assert!(AuthServerId::new("k7sbq2n8x4tdlmwz.us").is_err());
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    AuthServerId,
    "auth server ID"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_label_is_check_label_ok() {
        let long = "a".repeat(63);
        let too_long = "a".repeat(64);
        let cases = [
            ("a1b2c3d4e5", Ok(())),
            ("x", Ok(())),
            ("some-portal", Ok(())),
            ("Upper", Ok(())),
            (long.as_str(), Ok(())),
            ("", Err(LabelProblem::Empty)),
            (too_long.as_str(), Err(LabelProblem::TooLong(64))),
            ("-a", Err(LabelProblem::LeadingHyphen)),
            ("a-", Err(LabelProblem::TrailingHyphen)),
            ("-", Err(LabelProblem::LeadingHyphen)),
            ("xn--a", Err(LabelProblem::ReservedHyphens)),
            ("a.b", Err(LabelProblem::BadCharacter('.'))),
            ("a_b", Err(LabelProblem::BadCharacter('_'))),
            ("-a_", Err(LabelProblem::BadCharacter('_'))),
            ("\u{212a}ong", Err(LabelProblem::BadCharacter('\u{212a}'))),
        ];
        for (label, expected) in cases {
            assert_eq!(check_label(label), expected, "{label:?}");
            assert_eq!(is_label(label.as_bytes()), expected.is_ok(), "{label:?}");
        }
        for byte in 0..=u8::MAX {
            let label = [b'a', byte, b'b'];
            let ok = byte.is_ascii_alphanumeric() || byte == b'-';
            assert_eq!(is_label(&label), ok, "{byte}");
        }
    }
}
