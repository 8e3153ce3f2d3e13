//! Why a forward proxy URL is refused (the data plane configuration's
//! `proxy_server`, feature `url`).

use super::quote::{QuotedChar, invisible};
use std::fmt::{self, Write as _};

/// What every proxy URL error expects.
pub(super) const EXPECTED_PROXY: &str =
    "http://[USER[:PASSWORD]@]HOST[:PORT] or https://[USER[:PASSWORD]@]HOST[:PORT]";

/// Why a proxy URL is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ProxyUrlProblem {
    /// It holds an invisible Unicode character.
    InvisibleCharacter(char),
    /// It holds a control or white space character.
    ControlOrWhitespace(char),
    /// It has no `scheme://`.
    NoScheme,
    /// The `url` crate cannot parse it; also the error's
    /// [`source`](std::error::Error::source).
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

impl ProxyUrlProblem {
    /// The `url` crate's own error, where it refused the URL.
    pub(super) fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ProxyUrlProblem::Parse(error) => Some(error),
            _ => None,
        }
    }
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
