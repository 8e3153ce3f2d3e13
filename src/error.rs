//! The crate's one error type.

use crate::{Edition, Endpoint, Geo, Protocol};
use std::fmt::{self, Write as _};

/// Everything that can go wrong in this crate.
///
/// Messages are lower-case, quote the offending input with Rust string
/// escapes (so a newline or NUL in the input never reaches a log line as-is),
/// write every character outside printable ASCII as `\u{...}` (so a
/// look-alike or invisible character shows what it is) and say what was
/// expected. Inputs longer than 80 characters are shortened
/// in the message; the variant's field keeps the whole input.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A control plane DNS prefix or portal ID is not a single DNS label.
    #[error(
        "invalid {what} {}: {problem}; expected {EXPECTED_LABEL}",
        Quoted(input)
    )]
    #[non_exhaustive]
    InvalidIdentifier {
        /// What was being parsed, e.g. `control plane DNS prefix`.
        what: &'static str,
        /// The rejected input, unchanged.
        input: String,
        /// Why it was rejected.
        problem: LabelProblem,
    },

    /// A hostname is malformed.
    #[error(
        "invalid hostname {}: {problem}; expected {EXPECTED_HOST}",
        Quoted(input)
    )]
    #[non_exhaustive]
    InvalidHost {
        /// The rejected input, unchanged.
        input: String,
        /// Why it was rejected.
        problem: String,
    },

    /// A name that none of a type's values carries (`"xx"` as a [`Geo`]).
    #[error("unrecognized {what} {}: expected one of {expected}", Quoted(input))]
    #[non_exhaustive]
    Unrecognized {
        /// The type being parsed, e.g. `geo`.
        what: &'static str,
        /// The rejected input, unchanged.
        input: String,
        /// The accepted names, comma-separated.
        expected: String,
    },

    /// The chosen edition of the page does not list this geo.
    #[error("geo \"{geo}\" is not listed in edition {edition}; it is listed from edition {} on", geo.since())]
    #[non_exhaustive]
    GeoNotInEdition {
        /// The geo asked for.
        geo: Geo,
        /// The edition that does not list it.
        edition: Edition,
    },

    /// The chosen edition of the page does not list this endpoint.
    #[error("endpoint \"{endpoint}\" is not listed in edition {edition}; it is listed from edition {} on", endpoint.since())]
    #[non_exhaustive]
    EndpointNotInEdition {
        /// The endpoint asked for.
        endpoint: Endpoint,
        /// The edition that does not list it.
        edition: Edition,
    },

    /// Mesh Manager was asked for a geo that has no mesh sync host in the edition.
    #[error("edition {edition} lists no mesh sync host for geo \"{geo}\"; expected one of {}{}", join(edition.mesh_geos()), if edition.has_global_mesh_sync() { ", or the global mesh sync host" } else { "" })]
    #[non_exhaustive]
    NoMeshSyncHost {
        /// The geo asked for.
        geo: Geo,
        /// The edition that lists no mesh sync host for it.
        edition: Edition,
    },

    /// Input that should name a Konnect control plane does not.
    #[error(
        "invalid control plane endpoint {}: {problem}; expected {EXPECTED_CP_ENDPOINT}",
        Quoted(input)
    )]
    #[non_exhaustive]
    InvalidControlPlaneEndpoint {
        /// The rejected input, with everything before its last `@` (user
        /// information, perhaps a password) replaced by `***`.
        input: String,
        /// Why it was rejected.
        problem: String,
    },

    /// Input that should name a Konnect control plane's telemetry endpoint
    /// does not, or names another control plane's.
    #[error(
        "invalid telemetry endpoint {}: {problem}; expected {EXPECTED_TP_ENDPOINT}",
        Quoted(input)
    )]
    #[non_exhaustive]
    InvalidTelemetryEndpoint {
        /// The rejected input, unchanged (user information replaced by `***`).
        input: String,
        /// Why it was rejected.
        problem: String,
    },

    /// An option of [`RenderOptions`](crate::RenderOptions) is invalid: a
    /// Kubernetes name, namespace or label, a Squid ACL name prefix, a
    /// Terraform resource name or a rule group capacity; or the Kubernetes
    /// secret name given to [`DataPlaneConfig::helm_values`](crate::DataPlaneConfig::helm_values). The checks keep
    /// every value to characters that cannot start a new line, key or block
    /// in the rendered configuration.
    #[error("invalid {option} {}: {problem}; expected {expected}", Quoted(input))]
    #[non_exhaustive]
    InvalidRenderOption {
        /// Which option, e.g. `Kubernetes namespace`.
        option: &'static str,
        /// The rejected input, unchanged.
        input: String,
        /// Why it was rejected.
        problem: String,
        /// What the option accepts.
        expected: &'static str,
    },

    /// A data plane configuration was asked of requirements that have no
    /// control plane DNS prefix: the control plane and telemetry addresses
    /// would be wildcards, which no data plane can connect to.
    #[error(
        "a data plane configuration needs the control plane DNS prefix; expected requirements built with a control plane DNS prefix"
    )]
    #[non_exhaustive]
    MissingCpPrefix,

    /// A file path for kong.conf would not survive being written as a
    /// kong.conf line or an environment variable value.
    #[error(
        "invalid {what} path {}: {problem}; expected {EXPECTED_PATH}",
        Quoted(input)
    )]
    #[non_exhaustive]
    InvalidPath {
        /// The setting the path is for, e.g. `cluster_cert`.
        what: &'static str,
        /// The rejected input, unchanged.
        input: String,
        /// Why it was rejected.
        problem: String,
    },

    /// A forward proxy URL that Kong would refuse, or that cannot be written
    /// safely into kong.conf.
    #[error(
        "invalid forward proxy URL {}: {problem}; expected {EXPECTED_PROXY}",
        Quoted(input)
    )]
    #[non_exhaustive]
    InvalidProxyUrl {
        /// The rejected input with everything before its last `@` (but after
        /// a leading `scheme://`) replaced by `***`, so that neither the
        /// message nor `Debug` output reveals a password:
        /// `http://kong:s3cret@proxy:3128` is kept as `http://***@proxy:3128`.
        input: String,
        /// Why it was rejected.
        problem: String,
    },

    /// The edition lists no global host of this endpoint: the global mesh
    /// sync host is gone from [`Edition::Aug2026`], and the global
    /// PrivateLink host is not in [`Edition::Apr2025`].
    #[error(
        "edition {edition} lists no global host of endpoint \"{endpoint}\"; expected the geo's own host, or edition {}",
        join(&crate::facts::global_editions(*endpoint))
    )]
    #[non_exhaustive]
    NoGlobalHost {
        /// The endpoint asked for.
        endpoint: Endpoint,
        /// The edition that lists no global host of it.
        edition: Edition,
    },

    /// AWS PrivateLink was asked for a geo that has no PrivateLink host in
    /// the edition (India and Singapore in [`Edition::Apr2025`]).
    #[error(
        "edition {edition} lists no PrivateLink host for geo \"{geo}\"; expected one of {}",
        join(edition.private_link_geos())
    )]
    #[non_exhaustive]
    NoPrivateLinkHost {
        /// The geo asked for.
        geo: Geo,
        /// The edition that lists no PrivateLink host for it.
        edition: Edition,
    },

    /// A data plane listener is not `KIND:PORT` with a known kind and a
    /// port from 1 to 65535.
    #[error(
        "invalid listener {}: expected KIND:PORT with KIND one of http, https, tcp, tls, udp and PORT a number from 1 to 65535",
        Quoted(input)
    )]
    #[non_exhaustive]
    InvalidListener {
        /// The rejected input, unchanged.
        input: String,
    },

    /// Two data plane listeners share a port and transport.
    #[error(
        "listener port {port}/{protocol} is given twice; expected each port once per transport"
    )]
    #[non_exhaustive]
    DuplicateListener {
        /// The port given twice.
        port: u16,
        /// Its transport.
        protocol: Protocol,
    },

    /// A `cluster_dp_labels` label (or the list of them) that Kong would
    /// refuse.
    #[error(
        "invalid cluster_dp_labels label {}: {problem}; expected {EXPECTED_DP_LABEL}",
        Quoted(input)
    )]
    #[non_exhaustive]
    InvalidDpLabel {
        /// The rejected label, unchanged (all labels, comma-separated, when
        /// there are too many).
        input: String,
        /// Why it was rejected.
        problem: DpLabelProblem,
    },

    /// The data plane listeners given have no HTTP or HTTPS proxy
    /// listener; Kong refuses a data plane without `proxy_listen`.
    #[error(
        "the listeners have no http or https proxy listener; expected at least one, as Kong requires proxy_listen on a data plane"
    )]
    #[non_exhaustive]
    NoProxyListener,
}

const EXPECTED_LABEL: &str =
    "one DNS label: 1 to 63 ASCII letters, digits or hyphens, not starting or ending with a hyphen";
const EXPECTED_HOST: &str = "DNS labels of ASCII letters, digits or hyphens separated by dots, \
     at most 253 characters, optionally starting with \"*.\"";
const EXPECTED_PATH: &str = "a non-empty file path of ASCII letters, digits and \
     '-', '.', '_', '/', ':', '@', '%', '+', '=', ',', '[' or ']'";
const EXPECTED_PROXY: &str =
    "http://[USER[:PASSWORD]@]HOST[:PORT] or https://[USER[:PASSWORD]@]HOST[:PORT]";
const EXPECTED_CP_ENDPOINT: &str = "https://PREFIX.GEO.cp0.konghq.com, \
     PREFIX.GEO.cp.konghq.com:443, GEO.svc.konghq.com/cp/PREFIX or the bare hostname";
const EXPECTED_TP_ENDPOINT: &str = "https://PREFIX.GEO.tp0.konghq.com, \
     PREFIX.GEO.tp.konghq.com:443, GEO.svc.konghq.com:443/tp/PREFIX or the bare hostname";

const EXPECTED_DP_LABEL: &str = "at most 10 labels KEY:VALUE, key and value each 1 to 63 \
     ASCII letters, digits, '_', '.', ':' or '-' starting and ending with a letter or digit, \
     the key not starting with kong, konnect, insomnia, mesh or kic";

/// Why a `cluster_dp_labels` label is refused; Kong's own checks
/// (`kong/conf_loader/parse.lua`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DpLabelProblem {
    /// More than 10 labels; carries how many.
    TooMany(usize),
    /// No `:` separates key and value.
    NoSeparator,
    /// The key is not 1 to 63 bytes; carries its length.
    KeyLength(usize),
    /// The value is not 1 to 63 bytes; carries its length.
    ValueLength(usize),
    /// The key does not start and end with a letter or digit or holds
    /// another character than letters, digits, `_`, `.`, `-`.
    KeyCharacters,
    /// The value does not start and end with a letter or digit or holds
    /// another character than letters, digits, `_`, `.`, `:`, `-`.
    ValueCharacters,
    /// The key starts with a prefix Kong reserves (ASCII case ignored);
    /// carries the prefix.
    ReservedKey(&'static str),
}

impl fmt::Display for DpLabelProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DpLabelProblem::TooMany(count) => write!(f, "there are {count} labels"),
            DpLabelProblem::NoSeparator => f.write_str("it has no ':' between key and value"),
            DpLabelProblem::KeyLength(len) => write!(f, "its key is {len} bytes long"),
            DpLabelProblem::ValueLength(len) => write!(f, "its value is {len} bytes long"),
            DpLabelProblem::KeyCharacters => f.write_str(
                "its key does not start and end with a letter or digit, or holds another character",
            ),
            DpLabelProblem::ValueCharacters => f.write_str(
                "its value does not start and end with a letter or digit, or holds another character",
            ),
            DpLabelProblem::ReservedKey(prefix) => {
                write!(f, "its key starts with the reserved prefix \"{prefix}\"")
            }
        }
    }
}

/// Why a string is not a DNS label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LabelProblem {
    /// The label is empty.
    Empty,
    /// The label is longer than 63 bytes; carries the length.
    TooLong(usize),
    /// The label holds a character other than an ASCII letter, digit or hyphen.
    BadCharacter(char),
    /// The label starts with a hyphen.
    LeadingHyphen,
    /// The label ends with a hyphen.
    TrailingHyphen,
    /// The label has hyphens in its third and fourth places, like IDNA `xn--`
    /// labels; refused so that no look-alike Unicode name can pass as ASCII.
    ReservedHyphens,
}

impl fmt::Display for LabelProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LabelProblem::Empty => f.write_str("it is empty"),
            LabelProblem::TooLong(len) => write!(f, "it is {len} bytes long"),
            LabelProblem::BadCharacter(c) => write!(f, "it contains {}", QuotedChar(*c)),
            LabelProblem::LeadingHyphen => f.write_str("it starts with a hyphen"),
            LabelProblem::TrailingHyphen => f.write_str("it ends with a hyphen"),
            LabelProblem::ReservedHyphens => {
                f.write_str("it has \"--\" in its third and fourth places (reserved for IDNA)")
            }
        }
    }
}

/// Longest input quoted in full in a message.
const QUOTE_LIMIT: usize = 80;

/// Quotes an input in double quotes, cut after [`QUOTE_LIMIT`] characters,
/// with every character escaped by [`write_escaped`]. The crate's one way of
/// showing user input in a message.
pub(crate) struct Quoted<'a>(pub(crate) &'a str);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (head, cut) = match self.0.char_indices().nth(QUOTE_LIMIT) {
            None => (self.0, false),
            Some((cut, _)) => (self.0.get(..cut).unwrap_or(self.0), true),
        };
        f.write_char('"')?;
        for c in head.chars() {
            write_escaped(f, c, '"')?;
        }
        f.write_char('"')?;
        if cut {
            write!(f, "... ({} bytes)", self.0.len())?;
        }
        Ok(())
    }
}

/// Quotes one character in single quotes, escaped like [`Quoted`].
pub(crate) struct QuotedChar(pub(crate) char);

impl fmt::Display for QuotedChar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_char('\'')?;
        write_escaped(f, self.0, '\'')?;
        f.write_char('\'')
    }
}

/// Writes `c` as Rust writes it in a literal quoted by `quote`, except that
/// every character outside printable ASCII becomes `\u{...}`: a look-alike
/// (the Kelvin sign `\u{212a}` for `K`), an invisible or a right-to-left
/// character then shows what it is instead of passing for something else.
fn write_escaped(f: &mut fmt::Formatter<'_>, c: char, quote: char) -> fmt::Result {
    match c {
        '\n' => f.write_str("\\n"),
        '\r' => f.write_str("\\r"),
        '\t' => f.write_str("\\t"),
        '\0' => f.write_str("\\0"),
        '\\' => f.write_str("\\\\"),
        c if c == quote => write!(f, "\\{c}"),
        ' '..='~' => f.write_char(c),
        c => write!(f, "\\u{{{:x}}}", u32::from(c)),
    }
}

fn join<T: fmt::Display>(items: &[T]) -> String {
    items
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

impl Error {
    pub(crate) fn unrecognized<T: fmt::Display>(
        what: &'static str,
        input: &str,
        all: &[T],
    ) -> Self {
        Error::Unrecognized {
            what,
            input: input.to_owned(),
            expected: join(all),
        }
    }

    /// An invalid telemetry endpoint; the input is quoted redacted.
    pub(crate) fn tp_endpoint(input: &str, problem: impl Into<String>) -> Self {
        Error::InvalidTelemetryEndpoint {
            input: crate::redact::redact(input).into_owned(),
            problem: problem.into(),
        }
    }

    /// An invalid control plane endpoint; the input is quoted redacted
    /// (see [`redact`](crate::redact::redact)), as it could carry a password.
    pub(crate) fn cp_endpoint(input: &str, problem: impl Into<String>) -> Self {
        Error::InvalidControlPlaneEndpoint {
            input: crate::redact::redact(input).into_owned(),
            problem: problem.into(),
        }
    }

    /// An invalid forward proxy URL; the input is quoted redacted.
    #[cfg(feature = "url")]
    pub(crate) fn proxy_url(input: &str, problem: impl Into<String>) -> Self {
        Error::InvalidProxyUrl {
            input: crate::redact::redact(input).into_owned(),
            problem: problem.into(),
        }
    }
}
