//! The crate's one error type: an opaque [`Error`] with a public
//! [`ErrorKind`] to branch on, and a private detail that makes its message.
//!
//! The detail types sit beside it, one file per thing validated; the code
//! that validates imports them from here. Formatting reads no facts: what a
//! message needs from the table (the edition that lists a geo, the mesh
//! geos, the address forms) is put into the detail by the code that makes
//! the error, so this module imports nothing of the crate but the redaction
//! rule.

mod detail;
mod document;
mod dp_label;
mod endpoint;
mod host;
mod kong_conf;
mod label;
mod path;
#[cfg(feature = "url")]
mod proxy_url;
mod quote;
mod render_option;

pub(crate) use document::DocumentProblem;
pub(crate) use dp_label::DpLabelProblem;
pub(crate) use endpoint::EndpointProblem;
pub(crate) use host::HostProblem;
pub(crate) use kong_conf::KongConfProblem;
pub(crate) use label::LabelProblem;
pub(crate) use path::PathProblem;
#[cfg(feature = "url")]
pub(crate) use proxy_url::ProxyUrlProblem;
pub(crate) use render_option::RenderOptionProblem;

use crate::redact::redact;
use detail::{AddressRole, Detail};
use quote::join;
use std::fmt;

/// Everything that can go wrong in this crate: one value whose
/// [`kind`](Self::kind) is the class to branch on, and whose message
/// ([`Display`](fmt::Display)) says the rest.
///
/// Messages are lower-case, quote the offending input with Rust string
/// escapes (so a newline or NUL in the input never reaches a log line as-is),
/// write every character outside printable ASCII as `\u{...}` (so a
/// look-alike or invisible character shows what it is) and say what was
/// expected. Inputs longer than 80 characters are shortened. Anything that
/// may hold a password is shown [`redact`]ed, in the message and in `Debug`
/// output alike.
///
/// Messages are complete on their own;
/// [`source`](std::error::Error::source) returns the `url` crate's
/// `url::ParseError` (feature `url`) where a proxy URL failed to parse, and
/// `None` otherwise.
///
/// ```
/// use konnect_netreq::{ErrorKind, Geo, Requirements};
///
/// let err = Requirements::for_geo(Geo::Eu).build()?.data_plane_config().unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::MissingIdentifier);
/// assert_eq!(
///     err.to_string(),
///     "a data plane configuration needs the control plane DNS prefix; \
///      expected requirements built with a control plane DNS prefix"
/// );
/// # Ok::<(), konnect_netreq::Error>(())
/// ```
///
/// The detail behind the message is private, so that a message can say
/// more without a breaking change; one pointer wide, so that a `Result`
/// carrying it stays small.
#[derive(Clone, PartialEq, Eq)]
pub struct Error(Box<Detail>);

/// The class of an [`Error`], from [`Error::kind`]: code can branch on the
/// class, count failures by class or keep a class in a set.
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
    /// DNS label.
    InvalidIdentifier,
    /// A hostname is malformed.
    InvalidHost,
    /// A keyword (geo, edition, endpoint, format, ...) or a port number
    /// names no value.
    UnknownKeyword,
    /// The edition does not list the geo.
    GeoNotInEdition,
    /// The edition does not list an optional endpoint asked for.
    EndpointNotInEdition,
    /// The edition lists no regional mesh sync host for the geo.
    NoMeshSyncHost,
    /// A control plane address is invalid or belongs to other requirements.
    InvalidControlPlaneEndpoint,
    /// A telemetry address is invalid or belongs to other requirements.
    InvalidTelemetryEndpoint,
    /// A render option, or the Helm chart's secret name, is invalid.
    InvalidRenderOption,
    /// An identifier the operation needs was not given: a data plane
    /// configuration of requirements without a control plane DNS prefix.
    MissingIdentifier,
    /// A kong.conf file path is refused.
    InvalidPath,
    /// A forward proxy URL is refused.
    InvalidProxyUrl,
    /// A requirements document does not resolve.
    InvalidDocument,
    /// The edition lists no global host of an endpoint asked for.
    NoGlobalHost,
    /// The edition lists no PrivateLink host for the geo.
    NoPrivateLinkHost,
    /// A data plane listener is malformed.
    InvalidListener,
    /// Two data plane listeners share a port and transport.
    DuplicateListener,
    /// A `cluster_dp_labels` label is refused.
    InvalidDpLabel,
    /// The listeners have no HTTP or HTTPS proxy listener.
    NoProxyListener,
    /// A kong.conf value or `KONG_*` variable is refused.
    InvalidKongConf,
    /// The inputs allow nothing (no product, or a set of no control
    /// plane): an export of them would be empty or broken.
    NothingToAllow,
    /// An export needs more than its tool allows (an AWS rule group's
    /// capacity).
    CapacityExceeded,
}

impl Error {
    /// The class of this error.
    pub fn kind(&self) -> ErrorKind {
        match &*self.0 {
            Detail::Identifier { .. } => ErrorKind::InvalidIdentifier,
            Detail::Host { .. } => ErrorKind::InvalidHost,
            Detail::Keyword { .. } => ErrorKind::UnknownKeyword,
            Detail::GeoNotInEdition { .. } => ErrorKind::GeoNotInEdition,
            Detail::EndpointNotInEdition { .. } => ErrorKind::EndpointNotInEdition,
            Detail::NoMeshSyncHost { .. } => ErrorKind::NoMeshSyncHost,
            Detail::Address {
                role: AddressRole::ControlPlane,
                ..
            } => ErrorKind::InvalidControlPlaneEndpoint,
            Detail::Address {
                role: AddressRole::Telemetry,
                ..
            } => ErrorKind::InvalidTelemetryEndpoint,
            Detail::RenderOption { .. } => ErrorKind::InvalidRenderOption,
            Detail::MissingCpPrefix => ErrorKind::MissingIdentifier,
            Detail::Path { .. } => ErrorKind::InvalidPath,
            #[cfg(feature = "url")]
            Detail::ProxyUrl { .. } => ErrorKind::InvalidProxyUrl,
            Detail::Document(_) => ErrorKind::InvalidDocument,
            Detail::NoGlobalHost { .. } => ErrorKind::NoGlobalHost,
            Detail::NoPrivateLinkHost { .. } => ErrorKind::NoPrivateLinkHost,
            Detail::Listener { .. } => ErrorKind::InvalidListener,
            Detail::DuplicateListener { .. } => ErrorKind::DuplicateListener,
            Detail::DpLabel { .. } => ErrorKind::InvalidDpLabel,
            Detail::NoProxyListener => ErrorKind::NoProxyListener,
            Detail::NothingToAllow { .. } => ErrorKind::NothingToAllow,
            Detail::CapacityExceeded { .. } => ErrorKind::CapacityExceeded,
            Detail::KongConf { .. } => ErrorKind::InvalidKongConf,
        }
    }

    fn new(detail: Detail) -> Error {
        Error(Box::new(detail))
    }

    /// An identifier (`what`: `portal ID`, ...) that is not one DNS label.
    pub(crate) fn identifier(what: &'static str, input: &str, problem: LabelProblem) -> Error {
        Error::new(Detail::Identifier {
            what,
            input: input.to_owned(),
            problem,
        })
    }

    /// A malformed hostname.
    pub(crate) fn host(input: &str, problem: HostProblem) -> Error {
        Error::new(Detail::Host {
            input: input.to_owned(),
            problem,
        })
    }

    /// A keyword of type `what` that none of `all` carries.
    pub(crate) fn unrecognized<T: fmt::Display>(
        what: &'static str,
        input: &str,
        all: &[T],
    ) -> Error {
        Error::new(Detail::Keyword {
            what,
            input: input.to_owned(),
            expected: join(all),
        })
    }

    /// A geo that `edition` does not list; `since` is the first edition
    /// that does.
    pub(crate) fn geo_not_in_edition(
        geo: &'static str,
        edition: &'static str,
        since: &'static str,
    ) -> Error {
        Error::new(Detail::GeoNotInEdition {
            geo,
            edition,
            since,
        })
    }

    /// An endpoint that `edition` does not list; `since` is the first
    /// edition that does.
    pub(crate) fn endpoint_not_in_edition(
        endpoint: &'static str,
        edition: &'static str,
        since: &'static str,
    ) -> Error {
        Error::new(Detail::EndpointNotInEdition {
            endpoint,
            edition,
            since,
        })
    }

    /// Mesh Manager asked for a geo without a mesh sync host in `edition`,
    /// which has one for `mesh_geos` (and a global one if `global`).
    pub(crate) fn no_mesh_sync_host<T: fmt::Display>(
        geo: &'static str,
        edition: &'static str,
        mesh_geos: &[T],
        global: bool,
    ) -> Error {
        Error::new(Detail::NoMeshSyncHost {
            geo,
            edition,
            mesh_geos: join(mesh_geos),
            global,
        })
    }

    /// An invalid control plane address; the input is quoted redacted (see
    /// [`redact`]), as it could carry a password. `expected` lists the
    /// accepted forms.
    pub(crate) fn cp_endpoint(input: &str, problem: EndpointProblem, expected: String) -> Error {
        Error::address(AddressRole::ControlPlane, input, problem, expected)
    }

    /// An invalid telemetry address, as [`cp_endpoint`](Self::cp_endpoint).
    pub(crate) fn tp_endpoint(input: &str, problem: EndpointProblem, expected: String) -> Error {
        Error::address(AddressRole::Telemetry, input, problem, expected)
    }

    fn address(
        role: AddressRole,
        input: &str,
        problem: EndpointProblem,
        expected: String,
    ) -> Error {
        Error::new(Detail::Address {
            role,
            input: redact(input).into_owned(),
            problem,
            expected,
        })
    }

    /// An invalid render option; `expected` says what the option accepts.
    pub(crate) fn render_option(
        option: &'static str,
        input: &str,
        problem: RenderOptionProblem,
        expected: &'static str,
    ) -> Error {
        Error::new(Detail::RenderOption {
            option,
            input: input.to_owned(),
            problem,
            expected,
        })
    }

    /// A data plane configuration of requirements without a control plane
    /// DNS prefix.
    pub(crate) fn missing_cp_prefix() -> Error {
        Error::new(Detail::MissingCpPrefix)
    }

    /// A refused kong.conf path for the setting `what`.
    pub(crate) fn path(what: &'static str, input: String, problem: PathProblem) -> Error {
        Error::new(Detail::Path {
            what,
            input,
            problem,
        })
    }

    /// A refused forward proxy URL; the input is quoted redacted.
    #[cfg(feature = "url")]
    pub(crate) fn proxy_url(input: &str, problem: ProxyUrlProblem) -> Error {
        Error::new(Detail::ProxyUrl {
            input: redact(input).into_owned(),
            problem,
        })
    }

    /// A requirements document that does not resolve.
    pub(crate) fn document(problem: DocumentProblem) -> Error {
        Error::new(Detail::Document(problem))
    }

    /// An endpoint's global host asked of an edition that lists none;
    /// `editions` are those that do.
    pub(crate) fn no_global_host<T: fmt::Display>(
        endpoint: &'static str,
        edition: &'static str,
        editions: &[T],
    ) -> Error {
        Error::new(Detail::NoGlobalHost {
            endpoint,
            edition,
            editions: join(editions),
        })
    }

    /// PrivateLink asked for a geo without a PrivateLink host in `edition`,
    /// which has one for `geos`.
    pub(crate) fn no_private_link_host<T: fmt::Display>(
        geo: &'static str,
        edition: &'static str,
        geos: &[T],
    ) -> Error {
        Error::new(Detail::NoPrivateLinkHost {
            geo,
            edition,
            geos: join(geos),
        })
    }

    /// A listener that is not `KIND:PORT` with one of `kinds`.
    pub(crate) fn listener<T: fmt::Display>(input: String, kinds: &[T]) -> Error {
        Error::new(Detail::Listener {
            input,
            kinds: join(kinds),
        })
    }

    /// Two listeners on `port` with the same transport.
    pub(crate) fn duplicate_listener(port: u16, protocol: &'static str) -> Error {
        Error::new(Detail::DuplicateListener { port, protocol })
    }

    /// A refused `cluster_dp_labels` label.
    pub(crate) fn dp_label(input: String, problem: DpLabelProblem) -> Error {
        Error::new(Detail::DpLabel { input, problem })
    }

    /// Listeners without an HTTP or HTTPS proxy listener.
    pub(crate) fn no_proxy_listener() -> Error {
        Error::new(Detail::NoProxyListener)
    }

    /// Inputs that allow nothing: `what` is empty, `expected` says what to
    /// give.
    pub(crate) fn nothing_to_allow(what: &'static str, expected: &'static str) -> Error {
        Error::new(Detail::NothingToAllow { what, expected })
    }

    /// An AWS rule group that needs `needed` capacity, above `limit`.
    pub(crate) fn capacity_exceeded(needed: u64, limit: u32) -> Error {
        Error::new(Detail::CapacityExceeded { needed, limit })
    }

    /// A kong.conf `setting` (on `line`, or from its `KONG_*` variable when
    /// `None`) whose value, `input` (redacted where it may hold a
    /// password), Kong would refuse or a probe could not dial.
    pub(crate) fn kong_conf(
        line: Option<usize>,
        setting: &'static str,
        input: String,
        problem: KongConfProblem,
    ) -> Error {
        Error::new(Detail::KongConf {
            line,
            setting,
            input,
            problem,
        })
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

/// The kind and the message: what `Display` shows, with nothing more
/// (every input in it is already escaped and redacted).
impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Error")
            .field("kind", &self.kind())
            .field("message", &self.to_string())
            .finish()
    }
}

/// The message says everything; `source` adds the `url` crate's own error
/// where a proxy URL failed to parse, for callers that inspect it.
impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &*self.0 {
            #[cfg(feature = "url")]
            Detail::ProxyUrl { problem, .. } => problem.source(),
            _ => None,
        }
    }
}
