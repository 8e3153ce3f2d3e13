//! The private detail of an [`Error`](super::Error): every value its
//! message shows, and the message.

#[cfg(feature = "url")]
use super::ProxyUrlProblem;
use super::quote::Quoted;
use super::{
    DocumentProblem, DpLabelProblem, EndpointProblem, HostProblem, KongConfProblem, LabelProblem,
    PathProblem, RenderOptionProblem, dp_label, host, label, path,
};
use std::fmt;

/// What went wrong, with every value the message shows. Geos, editions,
/// endpoints and protocols are carried as their keywords.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Detail {
    Identifier {
        /// What was being parsed, e.g. `control plane DNS prefix`.
        what: &'static str,
        input: String,
        problem: LabelProblem,
    },
    Host {
        input: String,
        problem: HostProblem,
    },
    Keyword {
        /// The type being parsed, e.g. `geo`.
        what: &'static str,
        input: String,
        /// The accepted names, comma-separated.
        expected: String,
    },
    GeoNotInEdition {
        geo: &'static str,
        edition: &'static str,
        /// The first edition that lists the geo.
        since: &'static str,
    },
    EndpointNotInEdition {
        endpoint: &'static str,
        edition: &'static str,
        /// The first edition that lists the endpoint.
        since: &'static str,
    },
    NoMeshSyncHost {
        geo: &'static str,
        edition: &'static str,
        /// The geos with a mesh sync host in the edition, comma-separated.
        mesh_geos: String,
        /// Whether the edition lists the global mesh sync host.
        global: bool,
    },
    Address {
        role: AddressRole,
        /// The input, redacted.
        input: String,
        problem: EndpointProblem,
        /// The address forms accepted, from the table.
        expected: String,
    },
    RenderOption {
        /// Which option, e.g. `Kubernetes namespace`.
        option: &'static str,
        input: String,
        problem: RenderOptionProblem,
        /// What the option accepts.
        expected: &'static str,
    },
    MissingCpPrefix,
    Path {
        /// The setting the path is for, e.g. `cluster_cert`.
        what: &'static str,
        input: String,
        problem: PathProblem,
    },
    #[cfg(feature = "url")]
    ProxyUrl {
        /// The input, redacted.
        input: String,
        problem: ProxyUrlProblem,
    },
    Document(DocumentProblem),
    NoGlobalHost {
        endpoint: &'static str,
        edition: &'static str,
        /// The editions that list the global host, comma-separated.
        editions: String,
    },
    NoPrivateLinkHost {
        geo: &'static str,
        edition: &'static str,
        /// The geos with a PrivateLink host in the edition, comma-separated.
        geos: String,
    },
    Listener {
        input: String,
        /// The listener kinds, comma-separated.
        kinds: String,
    },
    DuplicateListener {
        port: u16,
        protocol: &'static str,
    },
    DpLabel {
        /// The label (all of them, comma-separated, when there are too many).
        input: String,
        problem: DpLabelProblem,
    },
    NoProxyListener,
    /// What was given allows nothing: an empty product list, or a set
    /// document with no control plane.
    NothingToAllow {
        /// What is empty, as the message names it.
        what: &'static str,
        /// What to give instead.
        expected: &'static str,
    },
    /// An AWS rule group needs more capacity than AWS allows.
    CapacityExceeded {
        needed: u64,
        limit: u32,
    },
    KongConf {
        /// The kong.conf line, counting from 1; `None` for a `KONG_*`
        /// variable.
        line: Option<usize>,
        /// The setting, as kong.conf names it.
        setting: &'static str,
        /// The value, a `proxy_server` redacted.
        input: String,
        problem: KongConfProblem,
    },
}

/// Which address a [`Detail::Address`] error is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum AddressRole {
    ControlPlane,
    Telemetry,
}

impl fmt::Display for Detail {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Detail::Identifier {
                what,
                input,
                problem,
            } => write!(
                f,
                "invalid {what} {}: {problem}; expected {}",
                Quoted(input),
                label::EXPECTED_LABEL
            ),
            Detail::Host { input, problem } => write!(
                f,
                "invalid hostname {}: {problem}; expected {}",
                Quoted(input),
                host::EXPECTED_HOST
            ),
            Detail::Keyword {
                what,
                input,
                expected,
            } => write!(
                f,
                "unrecognized {what} {}: expected one of {expected}",
                Quoted(input)
            ),
            Detail::GeoNotInEdition {
                geo,
                edition,
                since,
            } => write!(
                f,
                "geo \"{geo}\" is not listed in edition {edition}; it is listed from edition {since} on"
            ),
            Detail::EndpointNotInEdition {
                endpoint,
                edition,
                since,
            } => write!(
                f,
                "endpoint \"{endpoint}\" is not listed in edition {edition}; it is listed from edition {since} on"
            ),
            Detail::NoMeshSyncHost {
                geo,
                edition,
                mesh_geos,
                global,
            } => write!(
                f,
                "edition {edition} lists no mesh sync host for geo \"{geo}\"; expected one of {mesh_geos}{}",
                if *global {
                    ", or the global mesh sync host"
                } else {
                    ""
                }
            ),
            Detail::Address {
                role,
                input,
                problem,
                expected,
            } => write!(
                f,
                "invalid {} {}: {problem}; expected {expected}",
                match role {
                    AddressRole::ControlPlane => "control plane endpoint",
                    AddressRole::Telemetry => "telemetry endpoint",
                },
                Quoted(input)
            ),
            Detail::RenderOption {
                option,
                input,
                problem,
                expected,
            } => write!(
                f,
                "invalid {option} {}: {problem}; expected {expected}",
                Quoted(input)
            ),
            Detail::MissingCpPrefix => f.write_str(
                "a data plane configuration needs the control plane DNS prefix; \
                 expected requirements built with a control plane DNS prefix",
            ),
            Detail::Path {
                what,
                input,
                problem,
            } => write!(
                f,
                "invalid {what} path {}: {problem}; expected {}",
                Quoted(input),
                path::EXPECTED_PATH
            ),
            #[cfg(feature = "url")]
            Detail::ProxyUrl { input, problem } => write!(
                f,
                "invalid forward proxy URL {}: {problem}; expected {}",
                Quoted(input),
                super::proxy_url::EXPECTED_PROXY
            ),
            Detail::Document(problem) => write!(f, "invalid requirements document: {problem}"),
            Detail::NoGlobalHost {
                endpoint,
                edition,
                editions,
            } => write!(
                f,
                "edition {edition} lists no global host of endpoint \"{endpoint}\"; expected the geo's own host, or edition {editions}"
            ),
            Detail::NoPrivateLinkHost { geo, edition, geos } => write!(
                f,
                "edition {edition} lists no PrivateLink host for geo \"{geo}\"; expected one of {geos}"
            ),
            Detail::Listener { input, kinds } => write!(
                f,
                "invalid listener {}: expected KIND:PORT with KIND one of {kinds} and PORT a number from 1 to 65535",
                Quoted(input)
            ),
            Detail::DuplicateListener { port, protocol } => write!(
                f,
                "listener port {port}/{protocol} is given twice; expected each port once per transport"
            ),
            Detail::DpLabel { input, problem } => write!(
                f,
                "invalid cluster_dp_labels label {}: {problem}; expected {}",
                Quoted(input),
                dp_label::EXPECTED_DP_LABEL
            ),
            Detail::NothingToAllow { what, expected } => {
                write!(f, "{what}, so there is nothing to allow; expected {expected}")
            }
            Detail::CapacityExceeded { needed, limit } => write!(
                f,
                "the AWS Network Firewall rule group needs a capacity of {needed}, above AWS's \
                 limit of {limit} for one rule group; expected fewer hosts per rule group \
                 (split the control planes into several sets)"
            ),
            Detail::NoProxyListener => f.write_str(
                "the listeners have no http or https proxy listener; expected at least one, as Kong requires proxy_listen on a data plane",
            ),
            Detail::KongConf {
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
