//! Why an address is not the control plane or telemetry address asked for
//! (`Requirements::from_control_plane_endpoint` and the builder's
//! `with_control_plane_endpoint` / `with_telemetry_endpoint`).

use super::Error;
use super::quote::Quoted;
use std::fmt;

/// Why an address is refused. Endpoints and geos are carried as the
/// keywords the message shows, put in where the error is made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum EndpointProblem {
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
    /// It names another endpoint.
    WrongEndpoint {
        /// The keyword of the endpoint the address names.
        found: &'static str,
        /// What was expected, in words (`control plane`).
        expected: &'static str,
    },
    /// Its control plane DNS prefix is not one DNS label: the prefix's own
    /// error, whose message this one repeats.
    Prefix(Error),
    /// Its hostname names no geo.
    NoGeo,
    /// It is a hostname while PrivateLink is chosen.
    NotPrivateLink,
    /// It is a PrivateLink address while PrivateLink is not chosen.
    PrivateLinkNotChosen,
    /// Its geo is not the requirements'.
    GeoMismatch {
        /// The address's geo.
        given: &'static str,
        /// The requirements' geo.
        expected: &'static str,
    },
    /// The requirements have no control plane DNS prefix to compare with.
    NoPrefixToMatch,
    /// Its control plane DNS prefix is not the requirements'.
    PrefixMismatch {
        /// The address's prefix.
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
                write!(f, "it names the {found} endpoint, not the {expected}")
            }
            EndpointProblem::Prefix(error) => fmt::Display::fmt(error, f),
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
