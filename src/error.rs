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
///
/// To act on the class of a failure without naming fields, match
/// [`kind`](Self::kind). Each variant's `problem` is a typed enum
/// ([`LabelProblem`], [`HostProblem`], [`EndpointProblem`],
/// [`RenderOptionProblem`], [`PathProblem`], [`ProxyUrlProblem`]) whose
/// `Display` is the part of the message after the quoted input. Messages
/// are complete on their own; [`source`](std::error::Error::source)
/// returns the `url` crate's `url::ParseError` (feature `url`) where a proxy
/// URL failed to parse, and `None` otherwise.
///
/// ```
/// use konnect_netreq::{Error, ErrorKind, Geo, Requirements};
///
/// let err = Requirements::for_geo(Geo::Eu).build()?.data_plane_config().unwrap_err();
/// assert!(matches!(err, Error::MissingCpPrefix));
/// assert_eq!(err.kind(), ErrorKind::MissingIdentifier);
/// # Ok::<(), konnect_netreq::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// A control plane DNS prefix or portal ID is not a single DNS label.
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
    #[non_exhaustive]
    InvalidHost {
        /// The rejected input, unchanged.
        input: String,
        /// Why it was rejected.
        problem: HostProblem,
    },

    /// A name that none of a type's values carries (`"xx"` as a [`Geo`]).
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
    #[non_exhaustive]
    GeoNotInEdition {
        /// The geo asked for.
        geo: Geo,
        /// The edition that does not list it.
        edition: Edition,
    },

    /// The chosen edition of the page does not list this endpoint.
    #[non_exhaustive]
    EndpointNotInEdition {
        /// The endpoint asked for.
        endpoint: Endpoint,
        /// The edition that does not list it.
        edition: Edition,
    },

    /// Mesh Manager was asked for a geo that has no mesh sync host in the edition.
    #[non_exhaustive]
    NoMeshSyncHost {
        /// The geo asked for.
        geo: Geo,
        /// The edition that lists no mesh sync host for it.
        edition: Edition,
    },

    /// Input that should name a Konnect control plane does not.
    #[non_exhaustive]
    InvalidControlPlaneEndpoint {
        /// The rejected input, with everything before its last `@` (user
        /// information, perhaps a password) replaced by `***`.
        input: String,
        /// Why it was rejected.
        problem: EndpointProblem,
    },

    /// Input that should name a Konnect control plane's telemetry endpoint
    /// does not, or names another control plane's.
    #[non_exhaustive]
    InvalidTelemetryEndpoint {
        /// The rejected input, unchanged (user information replaced by `***`).
        input: String,
        /// Why it was rejected.
        problem: EndpointProblem,
    },

    /// An option of [`RenderOptions`](crate::RenderOptions) is invalid: a
    /// Kubernetes name, namespace or label, a Squid ACL name prefix, a
    /// Terraform resource name or a rule group capacity; or the Kubernetes
    /// secret name given to [`DataPlaneConfig::helm_values`](crate::DataPlaneConfig::helm_values). The checks keep
    /// every value to characters that cannot start a new line, key or block
    /// in the rendered configuration.
    #[non_exhaustive]
    InvalidRenderOption {
        /// Which option, e.g. `Kubernetes namespace`.
        option: &'static str,
        /// The rejected input, unchanged.
        input: String,
        /// Why it was rejected.
        problem: RenderOptionProblem,
        /// What the option accepts.
        expected: &'static str,
    },

    /// A data plane configuration was asked of requirements that have no
    /// control plane DNS prefix: the control plane and telemetry addresses
    /// would be wildcards, which no data plane can connect to.
    ///
    /// A unit variant without `#[non_exhaustive]`, so that
    /// `matches!(err, Error::MissingCpPrefix)` works outside the crate: the
    /// failure has nothing to report but itself, and should it ever need
    /// more, a new variant (with a new [`ErrorKind`]) is the way to add it.
    MissingCpPrefix,

    /// A file path for kong.conf would not survive being written as a
    /// kong.conf line or an environment variable value.
    #[non_exhaustive]
    InvalidPath {
        /// The setting the path is for, e.g. `cluster_cert`.
        what: &'static str,
        /// The rejected input, unchanged.
        input: String,
        /// Why it was rejected.
        problem: PathProblem,
    },

    /// A forward proxy URL that Kong would refuse, or that cannot be written
    /// safely into kong.conf.
    #[non_exhaustive]
    InvalidProxyUrl {
        /// The rejected input with everything before its last `@` (but after
        /// a leading `scheme://`) replaced by `***`, so that neither the
        /// message nor `Debug` output reveals a password:
        /// `http://kong:s3cret@proxy:3128` is kept as `http://***@proxy:3128`.
        input: String,
        /// Why it was rejected.
        problem: ProxyUrlProblem,
    },

    /// The edition lists no global host of this endpoint: the global mesh
    /// sync host is gone from [`Edition::Aug2026`], and the global
    /// PrivateLink host is not in [`Edition::Apr2025`].
    #[non_exhaustive]
    NoGlobalHost {
        /// The endpoint asked for.
        endpoint: Endpoint,
        /// The edition that lists no global host of it.
        edition: Edition,
    },

    /// AWS PrivateLink was asked for a geo that has no PrivateLink host in
    /// the edition (India and Singapore in [`Edition::Apr2025`]).
    #[non_exhaustive]
    NoPrivateLinkHost {
        /// The geo asked for.
        geo: Geo,
        /// The edition that lists no PrivateLink host for it.
        edition: Edition,
    },

    /// A data plane listener is not `KIND:PORT` with a known kind and a
    /// port from 1 to 65535.
    #[non_exhaustive]
    InvalidListener {
        /// The rejected input, unchanged.
        input: String,
    },

    /// Two data plane listeners share a port and transport.
    #[non_exhaustive]
    DuplicateListener {
        /// The port given twice.
        port: u16,
        /// Its transport.
        protocol: Protocol,
    },

    /// A `cluster_dp_labels` label (or the list of them) that Kong would
    /// refuse.
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
    #[non_exhaustive]
    NoProxyListener,

    /// A requirements document (serde form of
    /// [`Requirements`](crate::Requirements) or a
    /// [`RequirementsSpec`](crate::RequirementsSpec)) that does not resolve:
    /// it names no geo, or its `rules` or `concrete` are not what its inputs
    /// resolve to.
    #[non_exhaustive]
    InvalidDocument {
        /// Why it was rejected.
        problem: DocumentProblem,
    },

    /// A kong.conf value or `KONG_*` environment variable, read by
    /// [`KongConf::read`](crate::KongConf::read), that Kong would refuse or
    /// a probe could not dial.
    #[non_exhaustive]
    InvalidKongConf {
        /// The kong.conf line it is on, counting from 1; `None` for an
        /// environment variable.
        line: Option<usize>,
        /// The setting, as kong.conf names it.
        setting: &'static str,
        /// The value (a `proxy_server` redacted).
        input: String,
        /// Why it was rejected.
        problem: crate::KongConfProblem,
    },
}

/// The class of an [`Error`], from [`Error::kind`]: one fieldless value per
/// variant of [`Error`], so code can branch on the class, count failures by
/// class or keep a class in a set without naming (or cloning) any field.
///
/// ```
/// use konnect_netreq::{ErrorKind, Geo, Requirements};
///
/// let err = Requirements::for_geo(Geo::Eu).with_cp_prefix("-bad").build().unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::InvalidIdentifier);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A control plane DNS prefix, portal ID or auth server ID is not one
    /// DNS label ([`Error::InvalidIdentifier`]).
    InvalidIdentifier,
    /// A hostname is malformed ([`Error::InvalidHost`]).
    InvalidHost,
    /// A keyword (geo, edition, endpoint, format, ...) names no value
    /// ([`Error::Unrecognized`]).
    UnknownKeyword,
    /// The edition does not list the geo ([`Error::GeoNotInEdition`]).
    GeoNotInEdition,
    /// The edition does not list an optional endpoint asked for
    /// ([`Error::EndpointNotInEdition`]).
    EndpointNotInEdition,
    /// The edition lists no regional mesh sync host for the geo
    /// ([`Error::NoMeshSyncHost`]).
    NoMeshSyncHost,
    /// A control plane address is invalid or belongs to other requirements
    /// ([`Error::InvalidControlPlaneEndpoint`]).
    InvalidControlPlaneEndpoint,
    /// A telemetry address is invalid or belongs to other requirements
    /// ([`Error::InvalidTelemetryEndpoint`]).
    InvalidTelemetryEndpoint,
    /// A render option is invalid ([`Error::InvalidRenderOption`]).
    InvalidRenderOption,
    /// An identifier the operation needs was not given
    /// ([`Error::MissingCpPrefix`]).
    MissingIdentifier,
    /// A kong.conf file path is refused ([`Error::InvalidPath`]).
    InvalidPath,
    /// A forward proxy URL is refused ([`Error::InvalidProxyUrl`]).
    InvalidProxyUrl,
    /// A requirements document does not resolve
    /// ([`Error::InvalidDocument`]).
    InvalidDocument,
    /// The edition lists no global host of an endpoint asked for
    /// ([`Error::NoGlobalHost`]).
    NoGlobalHost,
    /// The edition lists no PrivateLink host for the geo
    /// ([`Error::NoPrivateLinkHost`]).
    NoPrivateLinkHost,
    /// A data plane listener is malformed ([`Error::InvalidListener`]).
    InvalidListener,
    /// Two data plane listeners share a port and transport
    /// ([`Error::DuplicateListener`]).
    DuplicateListener,
    /// A `cluster_dp_labels` label is refused ([`Error::InvalidDpLabel`]).
    InvalidDpLabel,
    /// The listeners have no HTTP or HTTPS proxy listener
    /// ([`Error::NoProxyListener`]).
    NoProxyListener,
    /// A kong.conf value is refused ([`Error::InvalidKongConf`]).
    InvalidKongConf,
}

impl Error {
    /// The class of this error.
    pub const fn kind(&self) -> ErrorKind {
        match self {
            Error::InvalidIdentifier { .. } => ErrorKind::InvalidIdentifier,
            Error::InvalidHost { .. } => ErrorKind::InvalidHost,
            Error::Unrecognized { .. } => ErrorKind::UnknownKeyword,
            Error::GeoNotInEdition { .. } => ErrorKind::GeoNotInEdition,
            Error::EndpointNotInEdition { .. } => ErrorKind::EndpointNotInEdition,
            Error::NoMeshSyncHost { .. } => ErrorKind::NoMeshSyncHost,
            Error::InvalidControlPlaneEndpoint { .. } => ErrorKind::InvalidControlPlaneEndpoint,
            Error::InvalidTelemetryEndpoint { .. } => ErrorKind::InvalidTelemetryEndpoint,
            Error::InvalidRenderOption { .. } => ErrorKind::InvalidRenderOption,
            Error::MissingCpPrefix => ErrorKind::MissingIdentifier,
            Error::InvalidPath { .. } => ErrorKind::InvalidPath,
            Error::InvalidProxyUrl { .. } => ErrorKind::InvalidProxyUrl,
            Error::InvalidDocument { .. } => ErrorKind::InvalidDocument,
            Error::NoGlobalHost { .. } => ErrorKind::NoGlobalHost,
            Error::NoPrivateLinkHost { .. } => ErrorKind::NoPrivateLinkHost,
            Error::InvalidListener { .. } => ErrorKind::InvalidListener,
            Error::DuplicateListener { .. } => ErrorKind::DuplicateListener,
            Error::InvalidDpLabel { .. } => ErrorKind::InvalidDpLabel,
            Error::NoProxyListener => ErrorKind::NoProxyListener,
            Error::InvalidKongConf { .. } => ErrorKind::InvalidKongConf,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidIdentifier {
                what,
                input,
                problem,
            } => write!(
                f,
                "invalid {what} {}: {problem}; expected {EXPECTED_LABEL}",
                Quoted(input)
            ),
            Error::InvalidHost { input, problem } => write!(
                f,
                "invalid hostname {}: {problem}; expected {EXPECTED_HOST}",
                Quoted(input)
            ),
            Error::Unrecognized {
                what,
                input,
                expected,
            } => write!(
                f,
                "unrecognized {what} {}: expected one of {expected}",
                Quoted(input)
            ),
            Error::GeoNotInEdition { geo, edition } => write!(
                f,
                "geo \"{geo}\" is not listed in edition {edition}; it is listed from edition {} on",
                geo.since()
            ),
            Error::EndpointNotInEdition { endpoint, edition } => write!(
                f,
                "endpoint \"{endpoint}\" is not listed in edition {edition}; it is listed from edition {} on",
                endpoint.since()
            ),
            Error::NoMeshSyncHost { geo, edition } => write!(
                f,
                "edition {edition} lists no mesh sync host for geo \"{geo}\"; expected one of {}{}",
                join(edition.mesh_geos()),
                if edition.has_global_mesh_sync() {
                    ", or the global mesh sync host"
                } else {
                    ""
                }
            ),
            Error::InvalidControlPlaneEndpoint { input, problem } => write!(
                f,
                "invalid control plane endpoint {}: {problem}; expected {EXPECTED_CP_ENDPOINT}",
                Quoted(input)
            ),
            Error::InvalidTelemetryEndpoint { input, problem } => write!(
                f,
                "invalid telemetry endpoint {}: {problem}; expected {EXPECTED_TP_ENDPOINT}",
                Quoted(input)
            ),
            Error::InvalidRenderOption {
                option,
                input,
                problem,
                expected,
            } => write!(
                f,
                "invalid {option} {}: {problem}; expected {expected}",
                Quoted(input)
            ),
            Error::MissingCpPrefix => f.write_str(
                "a data plane configuration needs the control plane DNS prefix; \
                 expected requirements built with a control plane DNS prefix",
            ),
            Error::InvalidPath {
                what,
                input,
                problem,
            } => write!(
                f,
                "invalid {what} path {}: {problem}; expected {EXPECTED_PATH}",
                Quoted(input)
            ),
            Error::InvalidProxyUrl { input, problem } => write!(
                f,
                "invalid forward proxy URL {}: {problem}; expected {EXPECTED_PROXY}",
                Quoted(input)
            ),
            Error::InvalidDocument { problem } => {
                write!(f, "invalid requirements document: {problem}")
            }
            Error::NoGlobalHost { endpoint, edition } => write!(
                f,
                "edition {edition} lists no global host of endpoint \"{endpoint}\"; expected the geo's own host, or edition {}",
                join(&crate::facts::global_editions(*endpoint))
            ),
            Error::NoPrivateLinkHost { geo, edition } => write!(
                f,
                "edition {edition} lists no PrivateLink host for geo \"{geo}\"; expected one of {}",
                join(edition.private_link_geos())
            ),
            Error::InvalidListener { input } => write!(
                f,
                "invalid listener {}: expected KIND:PORT with KIND one of http, https, tcp, tls, udp and PORT a number from 1 to 65535",
                Quoted(input)
            ),
            Error::DuplicateListener { port, protocol } => write!(
                f,
                "listener port {port}/{protocol} is given twice; expected each port once per transport"
            ),
            Error::InvalidDpLabel { input, problem } => write!(
                f,
                "invalid cluster_dp_labels label {}: {problem}; expected {EXPECTED_DP_LABEL}",
                Quoted(input)
            ),
            Error::NoProxyListener => f.write_str(
                "the listeners have no http or https proxy listener; expected at least one, as Kong requires proxy_listen on a data plane",
            ),
            Error::InvalidKongConf {
                line,
                setting,
                input,
                problem,
            } => {
                write!(f, "invalid {setting} {} ", Quoted(input))?;
                match line {
                    Some(line) => write!(f, "on kong.conf line {line}")?,
                    None => write!(f, "in KONG_{}", setting.to_ascii_uppercase())?,
                }
                write!(f, ": {problem}")
            }
        }
    }
}

/// The message says everything; `source` adds the `url` crate's own error
/// where a proxy URL failed to parse, for callers that inspect it.
impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::InvalidProxyUrl { problem, .. } => problem.source(),
            _ => None,
        }
    }
}

/// Why a string is not a hostname ([`Error::InvalidHost`]).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum HostProblem {
    /// The name is longer than 253 bytes; carries the length.
    TooLong(usize),
    /// One label is not a DNS label.
    Label {
        /// The label, as given.
        label: String,
        /// Why it is not a DNS label.
        problem: LabelProblem,
    },
}

impl fmt::Display for HostProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HostProblem::TooLong(len) => write!(f, "it is {len} bytes long"),
            HostProblem::Label { label, problem } => {
                write!(f, "label {}: {problem}", Quoted(label))
            }
        }
    }
}

impl std::error::Error for HostProblem {}

/// Why an address is not the control plane or telemetry address asked
/// for ([`Error::InvalidControlPlaneEndpoint`],
/// [`Error::InvalidTelemetryEndpoint`]).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum EndpointProblem {
    /// It holds user information (`user@`), which is never quoted back.
    UserInfo,
    /// Its scheme is not `https`; carries what stands before `://`,
    /// redacted (see [`redact`](crate::redact)).
    Scheme(String),
    /// Its scheme is not followed by `//`; carries the scheme as written.
    SchemeWithoutSlashes(String),
    /// It holds a backslash, white space or a control character, which
    /// readers of URLs disagree on.
    AmbiguousAuthority,
    /// Its host is not a Konnect hostname of the kind asked for.
    NotKonnectHost,
    /// Its port is not 443; carries the port as written if it is a
    /// number, else `***` (it may be a password: see [`redact`](crate::redact)).
    Port(String),
    /// It has a path (other than PrivateLink's), a query or a fragment.
    PathQueryOrFragment,
    /// A PrivateLink host without the path that names the control plane;
    /// carries the path expected before the prefix (`/cp/` or `/tp/`).
    MissingPrivateLinkPath(&'static str),
    /// It names another endpoint: the one it names, and the one expected.
    WrongEndpoint {
        /// The endpoint the address names.
        found: Endpoint,
        /// The endpoint that was expected.
        expected: Endpoint,
    },
    /// Its control plane DNS prefix is not one DNS label.
    Prefix {
        /// The prefix as written.
        prefix: String,
        /// Why it is not a DNS label.
        problem: LabelProblem,
    },
    /// Its hostname names no geo.
    NoGeo,
    /// It is a hostname while PrivateLink is chosen.
    NotPrivateLink,
    /// It is a PrivateLink address while PrivateLink is not chosen.
    PrivateLinkNotChosen,
    /// Its geo is not the requirements'.
    GeoMismatch {
        /// The address's geo.
        given: Geo,
        /// The requirements' geo.
        expected: Geo,
    },
    /// The requirements have no control plane DNS prefix to compare with.
    NoPrefixToMatch,
    /// Its control plane DNS prefix is not the requirements'.
    PrefixMismatch {
        /// The address's prefix, as [`CpPrefix::as_str`](crate::CpPrefix::as_str)
        /// writes it (text, to keep [`Error`] small).
        given: String,
        /// The requirements' prefix.
        expected: String,
    },
}

impl fmt::Display for EndpointProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EndpointProblem::UserInfo => f.write_str("it has user information"),
            EndpointProblem::Scheme(scheme) => write!(f, "scheme {} is not https", Quoted(scheme)),
            EndpointProblem::SchemeWithoutSlashes(scheme) => {
                write!(f, "scheme {} is not followed by \"//\"", Quoted(scheme))
            }
            EndpointProblem::AmbiguousAuthority => {
                f.write_str("it has a backslash, white space or control character")
            }
            EndpointProblem::NotKonnectHost => f.write_str("it is not a Konnect hostname"),
            EndpointProblem::Port(port) => write!(f, "port {} is not 443", Quoted(port)),
            EndpointProblem::PathQueryOrFragment => f.write_str("it has a path, query or fragment"),
            EndpointProblem::MissingPrivateLinkPath(path) => {
                write!(f, "a PrivateLink address needs the path \"{path}PREFIX\"")
            }
            EndpointProblem::WrongEndpoint { found, expected } => {
                let expected = match expected {
                    Endpoint::ControlPlane => "control plane",
                    Endpoint::Telemetry => "telemetry endpoint",
                    other => other.as_str(),
                };
                write!(f, "it names the {found} endpoint, not the {expected}")
            }
            EndpointProblem::Prefix { prefix, problem } => write!(
                f,
                "invalid control plane DNS prefix {}: {problem}; expected {EXPECTED_LABEL}",
                Quoted(prefix)
            ),
            EndpointProblem::NoGeo => f.write_str("it names no geo"),
            EndpointProblem::NotPrivateLink => {
                f.write_str("it is not a PrivateLink address, but PrivateLink is chosen")
            }
            EndpointProblem::PrivateLinkNotChosen => {
                f.write_str("it is a PrivateLink address, but PrivateLink is not chosen")
            }
            EndpointProblem::GeoMismatch { given, expected } => write!(
                f,
                "its geo \"{given}\" is not the requirements' geo \"{expected}\""
            ),
            EndpointProblem::NoPrefixToMatch => {
                f.write_str("the requirements have no control plane DNS prefix to match it")
            }
            EndpointProblem::PrefixMismatch { given, expected } => write!(
                f,
                "its control plane DNS prefix \"{given}\" is not the requirements' \"{expected}\""
            ),
        }
    }
}

impl std::error::Error for EndpointProblem {}

/// Why a [`RenderOptions`](crate::RenderOptions) value is refused
/// ([`Error::InvalidRenderOption`]).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum RenderOptionProblem {
    /// It is empty.
    Empty,
    /// It is longer than allowed; carries the length in bytes.
    TooLong(usize),
    /// It holds a character the option does not accept.
    BadCharacter(char),
    /// It holds an invisible Unicode character (a format character or a
    /// line or paragraph separator).
    InvisibleCharacter(char),
    /// It starts with a character the option does not accept first.
    BadStart(char),
    /// It ends with a character the option does not accept last.
    BadEnd(char),
    /// A label key's prefix (before `/`) is refused.
    KeyPrefix(Box<RenderOptionProblem>),
    /// One DNS label of a label key's prefix is refused.
    KeyPrefixLabel {
        /// The label.
        label: String,
        /// Why it is refused.
        problem: Box<RenderOptionProblem>,
    },
    /// A label key's name (after `/`) is refused.
    KeyName(Box<RenderOptionProblem>),
    /// A label key is given twice.
    Duplicate,
    /// A number is out of range.
    OutOfRange,
}

impl fmt::Display for RenderOptionProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RenderOptionProblem::Empty => f.write_str("it is empty"),
            RenderOptionProblem::TooLong(len) => write!(f, "it is {len} bytes long"),
            RenderOptionProblem::BadCharacter(c) => write!(f, "it contains {}", QuotedChar(*c)),
            RenderOptionProblem::InvisibleCharacter(c) => invisible(f, *c),
            RenderOptionProblem::BadStart(c) => write!(f, "it starts with {}", QuotedChar(*c)),
            RenderOptionProblem::BadEnd(c) => write!(f, "it ends with {}", QuotedChar(*c)),
            RenderOptionProblem::KeyPrefix(problem) => write!(f, "its prefix: {problem}"),
            RenderOptionProblem::KeyPrefixLabel { label, problem } => {
                write!(f, "its prefix label {}: {problem}", Quoted(label))
            }
            RenderOptionProblem::KeyName(problem) => write!(f, "its name: {problem}"),
            RenderOptionProblem::Duplicate => f.write_str("it is given twice"),
            RenderOptionProblem::OutOfRange => f.write_str("it is out of range"),
        }
    }
}

impl std::error::Error for RenderOptionProblem {}

/// Why a kong.conf file path is refused ([`Error::InvalidPath`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PathProblem {
    /// It is empty.
    Empty,
    /// It is not valid UTF-8, so it cannot be written as text.
    NotUtf8,
    /// It holds an invisible Unicode character.
    InvisibleCharacter(char),
    /// It holds a control character.
    ControlCharacter(char),
    /// It holds `#`, which starts a kong.conf comment.
    Hash,
    /// It holds `\`, which kong.conf reads as an escape.
    Backslash,
    /// It starts or ends with white space, which kong.conf trims.
    SurroundingWhitespace,
    /// It holds a character an environment file cannot hold as it is.
    NotEnvSafe(char),
}

impl fmt::Display for PathProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PathProblem::Empty => f.write_str("it is empty"),
            PathProblem::NotUtf8 => f.write_str("it is not valid UTF-8"),
            PathProblem::InvisibleCharacter(c) => invisible(f, *c),
            PathProblem::ControlCharacter(c) => {
                write!(f, "it contains the control character {}", QuotedChar(*c))
            }
            PathProblem::Hash => {
                f.write_str("it contains '#', which kong.conf reads as the start of a comment")
            }
            PathProblem::Backslash => {
                f.write_str("it contains '\\', which kong.conf reads as an escape")
            }
            PathProblem::SurroundingWhitespace => {
                f.write_str("it starts or ends with whitespace, which kong.conf trims")
            }
            PathProblem::NotEnvSafe(c) => write!(
                f,
                "it contains {}, which an environment file cannot hold as it is \
                 (POSIX sh, docker --env-file and Compose read it differently)",
                QuotedChar(*c)
            ),
        }
    }
}

impl std::error::Error for PathProblem {}

/// Why a forward proxy URL is refused ([`Error::InvalidProxyUrl`]).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ProxyUrlProblem {
    /// It holds an invisible Unicode character.
    InvisibleCharacter(char),
    /// It holds a control or white space character.
    ControlOrWhitespace(char),
    /// It has no `scheme://`.
    NoScheme,
    /// The `url` crate cannot parse it; also its
    /// [`source`](std::error::Error::source).
    #[cfg(feature = "url")]
    #[cfg_attr(docsrs, doc(cfg(feature = "url")))]
    Parse(url::ParseError),
    /// Its scheme is not `http` or `https`; carries the scheme.
    Scheme(String),
    /// It has no host.
    NoHost,
    /// Its host is written percent-encoded, in international or full-width
    /// characters.
    HostNotPlain,
    /// It has a query string.
    Query,
    /// It has a fragment.
    Fragment,
    /// It has a path other than `/`.
    Path,
    /// It has no port, and its scheme has no default.
    NoPort,
    /// Its port is 0.
    PortZero,
    /// It holds a character an environment file cannot hold as it is.
    NotEnvSafe(char),
}

impl fmt::Display for ProxyUrlProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProxyUrlProblem::InvisibleCharacter(c) => invisible(f, *c),
            ProxyUrlProblem::ControlOrWhitespace(c) => write!(
                f,
                "it contains the control or whitespace character {}",
                QuotedChar(*c)
            ),
            ProxyUrlProblem::NoScheme => f.write_str("it has no scheme"),
            #[cfg(feature = "url")]
            ProxyUrlProblem::Parse(error) => fmt::Display::fmt(error, f),
            ProxyUrlProblem::Scheme(scheme) => write!(f, "scheme {scheme:?} is not http or https"),
            ProxyUrlProblem::NoHost => f.write_str("it has no host"),
            ProxyUrlProblem::HostNotPlain => f.write_str(
                "its host is not written in plain ASCII (percent-encoded, \
                 international or full-width characters)",
            ),
            ProxyUrlProblem::Query => f.write_str("it has a query string"),
            ProxyUrlProblem::Fragment => f.write_str("it has a fragment"),
            ProxyUrlProblem::Path => f.write_str("it has a path"),
            ProxyUrlProblem::NoPort => f.write_str("it has no port"),
            ProxyUrlProblem::PortZero => f.write_str("port 0 is not a port to connect to"),
            ProxyUrlProblem::NotEnvSafe(c) => {
                let mut buf = [0; 4];
                write!(
                    f,
                    "it contains {}, which an environment file cannot hold as it is \
                     (POSIX sh, docker --env-file and Compose read it differently); \
                     percent-encode it in the user name or password (",
                    QuotedChar(*c)
                )?;
                for byte in c.encode_utf8(&mut buf).bytes() {
                    write!(f, "%{byte:02X}")?;
                }
                f.write_char(')')
            }
        }
    }
}

impl std::error::Error for ProxyUrlProblem {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            #[cfg(feature = "url")]
            ProxyUrlProblem::Parse(error) => Some(error),
            _ => None,
        }
    }
}

impl std::error::Error for LabelProblem {}

/// Why a requirements document is refused ([`Error::InvalidDocument`]).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum DocumentProblem {
    /// It has neither a geo nor a control plane endpoint to take one from.
    MissingGeo,
    /// Its `rules` are not those its inputs resolve to.
    RulesDiffer {
        /// Where the first difference is, counting from 1.
        position: usize,
        /// The rule written there, as text; `None` past the end.
        found: Option<String>,
        /// The rule the inputs resolve to there; `None` past the end.
        expected: Option<String>,
    },
    /// Its `concrete` is not what its inputs resolve to; carries the value
    /// written.
    ConcreteDiffers {
        /// The value written.
        found: bool,
    },
}

impl fmt::Display for DocumentProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DocumentProblem::MissingGeo => {
                f.write_str("it names no geo; expected a \"geo\" or a \"control_plane_endpoint\"")
            }
            DocumentProblem::RulesDiffer {
                position,
                found,
                expected,
            } => write!(
                f,
                "its rule {position} is {}, but its inputs resolve to {} there; \
                 expected no \"rules\" or exactly the rules the inputs resolve to",
                found.as_deref().unwrap_or("missing"),
                expected.as_deref().unwrap_or("no rule"),
            ),
            DocumentProblem::ConcreteDiffers { found } => write!(
                f,
                "its \"concrete\" is {found}, but its inputs resolve to {}",
                !found
            ),
        }
    }
}

impl std::error::Error for DocumentProblem {}

/// The message for an invisible character, with `c` escaped.
fn invisible(f: &mut fmt::Formatter<'_>, c: char) -> fmt::Result {
    write!(
        f,
        "it contains the invisible Unicode character {} (a format character or a line or \
         paragraph separator)",
        QuotedChar(c)
    )
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

impl std::error::Error for DpLabelProblem {}

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
    pub(crate) fn tp_endpoint(input: &str, problem: EndpointProblem) -> Self {
        Error::InvalidTelemetryEndpoint {
            input: crate::redact::redact(input).into_owned(),
            problem,
        }
    }

    /// An invalid control plane endpoint; the input is quoted redacted
    /// (see [`redact`](crate::redact::redact)), as it could carry a password.
    pub(crate) fn cp_endpoint(input: &str, problem: EndpointProblem) -> Self {
        Error::InvalidControlPlaneEndpoint {
            input: crate::redact::redact(input).into_owned(),
            problem,
        }
    }

    /// An invalid forward proxy URL; the input is quoted redacted.
    #[cfg(feature = "url")]
    pub(crate) fn proxy_url(input: &str, problem: ProxyUrlProblem) -> Self {
        Error::InvalidProxyUrl {
            input: crate::redact::redact(input).into_owned(),
            problem,
        }
    }
}
