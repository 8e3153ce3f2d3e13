//! Taking apart the addresses users hold: a bare host, `host:port`,
//! `host[:port]/path` and URLs `scheme://[userinfo@]host[:port][/path][?query][#fragment]`.
//!
//! Nothing is decoded or normalized: the host is the text between the
//! authority's last `@` and its port, exactly as written, so that a
//! percent-encoded, full-width or otherwise disguised host stays what it is
//! and is refused by the hostname checks that follow.

/// The schemes Konnect addresses occur with, and their default ports.
///
/// `grpc`, `tcp` and `tls` have no port of their own.
const SCHEMES: [(&str, Option<u16>); 8] = [
    ("http", Some(80)),
    ("https", Some(443)),
    ("ws", Some(80)),
    ("wss", Some(443)),
    ("grpc", None),
    ("grpcs", Some(443)),
    ("tcp", None),
    ("tls", None),
];

/// What a byte means in an authority.
#[derive(Clone, Copy)]
enum Byte {
    /// Part of the user information, host or port.
    Plain,
    /// `/`, `?` or `#`: the authority ends.
    End,
    /// `@`: the user information ends.
    At,
    /// `:`: a port may follow.
    Colon,
    /// A backslash, white space or a control character.
    Ambiguous,
}

/// [`Byte`] for every byte: one load a byte where a chain of comparisons
/// was most of the cost of reading an address (`benches/callgrind.sh`).
// Evaluated at compile time: an index out of bounds would fail the build.
#[allow(clippy::indexing_slicing)]
const AUTHORITY: [Byte; 256] = {
    let mut table = [Byte::Plain; 256];
    let mut byte = 0;
    while byte < 256 {
        // `byte` is below 256, so the cast cannot truncate.
        let b = byte as u8;
        table[byte] = match b {
            b'/' | b'?' | b'#' => Byte::End,
            b'@' => Byte::At,
            b':' => Byte::Colon,
            b'\\' => Byte::Ambiguous,
            _ if b.is_ascii_whitespace() || b.is_ascii_control() => Byte::Ambiguous,
            _ => Byte::Plain,
        };
        byte += 1;
    }
    table
};

/// An address taken apart, each part as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Address<'a> {
    /// The scheme before `://`, if any.
    pub(crate) scheme: Option<&'a str>,
    /// The host, as written.
    pub(crate) host: &'a str,
    /// The port text after the host's `:`, if there is a `:` (possibly
    /// empty).
    pub(crate) port: Option<&'a str>,
    /// From the first `/` after the authority to the query or fragment;
    /// empty if there is none.
    pub(crate) path: &'a str,
    /// Whether a query or fragment follows.
    pub(crate) has_query_or_fragment: bool,
}

/// Why text is not an address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AddressProblem {
    /// `scheme:` without `//`, such as `https:host`.
    SchemeWithoutSlashes,
    /// The scheme is not one of [`SCHEMES`].
    UnknownScheme,
    /// A backslash, white space or control character in the authority,
    /// which URL parsers disagree about.
    AmbiguousAuthority,
    /// An IPv6 literal (`[::1]`).
    IpLiteral,
}

impl<'a> Address<'a> {
    /// Splits `input` into its parts. Never allocates.
    #[inline]
    pub(crate) fn split(input: &'a str) -> Result<Address<'a>, AddressProblem> {
        if let Some((scheme, rest)) = split_scheme(input) {
            let known = scheme_entry(scheme).is_some();
            if let Some(after) = rest.strip_prefix("//") {
                if !known {
                    return Err(AddressProblem::UnknownScheme);
                }
                return Address::authority(Some(scheme), after);
            }
            // `host:443` reads like a scheme too; a known scheme without
            // `//` is a mistake.
            if known {
                return Err(AddressProblem::SchemeWithoutSlashes);
            }
        }
        Address::authority(None, input)
    }

    /// Reads the authority and what follows it, in one pass over the
    /// authority.
    #[inline]
    fn authority(scheme: Option<&'a str>, rest: &'a str) -> Result<Address<'a>, AddressProblem> {
        let bytes = rest.as_bytes();
        let mut end = bytes.len();
        let (mut at, mut colon) = (None, None);
        for (index, byte) in bytes.iter().enumerate() {
            match AUTHORITY
                .get(usize::from(*byte))
                .copied()
                .unwrap_or(Byte::Plain)
            {
                Byte::Plain => {}
                Byte::End => {
                    end = index;
                    break;
                }
                Byte::At => at = Some(index),
                Byte::Colon => colon = Some(index),
                Byte::Ambiguous => return Err(AddressProblem::AmbiguousAuthority),
            }
        }
        let (authority, tail) = rest.split_at_checked(end).unwrap_or((rest, ""));
        // The host starts after the last `@`; a `:` before it belongs to
        // the user information.
        let host_start = at.map_or(0, |at| at.saturating_add(1));
        let host_port = authority.get(host_start..).unwrap_or_default();
        if host_port.starts_with('[') {
            return Err(AddressProblem::IpLiteral);
        }
        let (host, port) = match colon.filter(|colon| *colon >= host_start) {
            Some(colon) => (
                authority.get(host_start..colon).unwrap_or_default(),
                authority.get(colon.saturating_add(1)..),
            ),
            None => (host_port, None),
        };
        let path_end = tail
            .bytes()
            .position(|byte| matches!(byte, b'?' | b'#'))
            .unwrap_or(tail.len());
        let path = tail.get(..path_end).unwrap_or_default();
        Ok(Address {
            scheme,
            host,
            port,
            path,
            has_query_or_fragment: path_end < tail.len(),
        })
    }

    /// The port: the one written, else the scheme's default, else `None`.
    /// `Err` for a written port that is empty, not a number, or not 1 to
    /// 65535.
    #[inline]
    pub(crate) fn port_number(&self) -> Result<Option<u16>, ()> {
        Ok(self.written_port()?.or(self.default_port()))
    }

    /// The port written, if any. `Err` for a written port that is empty,
    /// not a number, or not 1 to 65535.
    #[inline]
    pub(crate) fn written_port(&self) -> Result<Option<u16>, ()> {
        self.port.map(|text| parse_port(text).ok_or(())).transpose()
    }

    /// The scheme's default port, if it has one.
    #[inline]
    pub(crate) fn default_port(&self) -> Option<u16> {
        self.scheme
            .and_then(scheme_entry)
            .and_then(|(_, port)| port)
    }
}

/// `input`'s scheme and the rest after its `:`, if `input` starts with
/// a scheme: an ASCII letter, then letters, digits, `+`, `-` or `.`, then
/// `:`. Stops at the first byte that cannot be part of a scheme.
#[inline]
fn split_scheme(input: &str) -> Option<(&str, &str)> {
    let bytes = input.as_bytes();
    if !bytes.first()?.is_ascii_alphabetic() {
        return None;
    }
    let colon = bytes
        .iter()
        .position(|byte| !(byte.is_ascii_alphanumeric() || matches!(byte, b'+' | b'-' | b'.')))
        .filter(|end| bytes.get(*end) == Some(&b':'))?;
    let (scheme, rest) = input.split_at_checked(colon)?;
    Some((scheme, rest.get(1..).unwrap_or_default()))
}

/// The entry of [`SCHEMES`] for `scheme`, ignoring ASCII case.
#[inline]
fn scheme_entry(scheme: &str) -> Option<(&'static str, Option<u16>)> {
    SCHEMES
        .iter()
        .copied()
        .find(|(known, _)| crate::ascii::eq_lower(scheme.as_bytes(), known.as_bytes()))
}

/// A port number of 1 to 5 ASCII digits, 1 to 65535.
#[inline]
fn parse_port(text: &str) -> Option<u16> {
    if text.is_empty() || text.len() > 5 || !text.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    text.parse::<u16>().ok().filter(|port| *port != 0)
}
