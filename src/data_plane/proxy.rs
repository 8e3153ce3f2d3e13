//! The forward proxy a data plane reaches Konnect through (`proxy_server`):
//! its URL, checked as Kong checks it, and its redacted form.

#[cfg(feature = "url")]
use super::env_safe::env_safe;
#[cfg(feature = "url")]
use crate::Error;
#[cfg(feature = "url")]
use crate::error::ProxyUrlProblem;
use std::fmt;

/// A validated forward proxy; `url` may hold a password, `redacted` never.
#[derive(Clone, PartialEq, Eq)]
pub(super) struct ForwardProxy {
    pub(super) url: String,
    redacted: String,
    pub(super) https: bool,
}

impl fmt::Debug for ForwardProxy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("ForwardProxy").field(&self.redacted).finish()
    }
}

/// The host of a URL as its text writes it: after the scheme and any user
/// information, before any port, path, query or fragment.
#[cfg(feature = "url")]
fn written_host(input: &str) -> &str {
    let rest = input.split_once("://").map_or(input, |(_, rest)| rest);
    let authority = rest.split(['/', '\\', '?', '#']).next().unwrap_or_default();
    let host_port = authority
        .rsplit_once('@')
        .map_or(authority, |(_, host)| host);
    match host_port.rsplit_once(':') {
        // `[::1]:3128`: the last colon before the port, not one inside brackets.
        Some((host, port)) if !port.contains(']') => host,
        _ => host_port,
    }
}

#[cfg(feature = "url")]
impl ForwardProxy {
    /// Checks `input` as [`with_forward_proxy`](crate::DataPlaneConfigBuilder::with_forward_proxy)
    /// describes, and writes it in its normal form with the port spelled out.
    pub(super) fn parse(input: &str) -> Result<ForwardProxy, Error> {
        let invalid = |problem: ProxyUrlProblem| Error::proxy_url(input, problem);
        if let Some(c) = input.chars().find(|&c| crate::invisible::is_invisible(c)) {
            return Err(invalid(ProxyUrlProblem::InvisibleCharacter(c)));
        }
        // The url crate drops tabs and newlines silently; refuse them first.
        if let Some(c) = input.chars().find(|c| c.is_control() || c.is_whitespace()) {
            return Err(invalid(ProxyUrlProblem::ControlOrWhitespace(c)));
        }
        // Without `://`, `proxy:3128` would parse as scheme `proxy`.
        if !input.contains("://") {
            return Err(invalid(ProxyUrlProblem::NoScheme));
        }
        let url = url::Url::parse(input).map_err(|error| invalid(ProxyUrlProblem::Parse(error)))?;
        let https = match url.scheme() {
            "https" => true,
            "http" => false,
            other => return Err(invalid(ProxyUrlProblem::Scheme(other.to_owned()))),
        };
        let host = match url.host_str() {
            Some(host) if !host.is_empty() => host,
            _ => return Err(invalid(ProxyUrlProblem::NoHost)),
        };
        // The url crate decodes percent-encoding, IDNA and full-width forms
        // in hosts; a proxy host that is not written as it will be used is
        // refused rather than silently changed.
        if !written_host(input).eq_ignore_ascii_case(host) {
            return Err(invalid(ProxyUrlProblem::HostNotPlain));
        }
        if url.query().is_some() {
            return Err(invalid(ProxyUrlProblem::Query));
        }
        if url.fragment().is_some() {
            return Err(invalid(ProxyUrlProblem::Fragment));
        }
        if url.path() != "/" {
            return Err(invalid(ProxyUrlProblem::Path));
        }
        let port = url
            .port_or_known_default()
            .ok_or_else(|| invalid(ProxyUrlProblem::NoPort))?;
        if port == 0 {
            return Err(invalid(ProxyUrlProblem::PortZero));
        }
        let scheme = url.scheme();
        let user = url.username();
        let userinfo = match (user, url.password()) {
            ("", None) => String::new(),
            (user, None) => format!("{user}@"),
            (user, Some(password)) => format!("{user}:{password}@"),
        };
        let url = format!("{scheme}://{userinfo}{host}:{port}");
        // The url crate leaves `$`, `&`, `'`, `(`, `)`, `*`, `;`, `!` and
        // `~` of user information (and some of them in hosts) as they are;
        // an environment file cannot hold them unchanged.
        if let Some(c) = url.chars().find(|&c| !env_safe(c)) {
            return Err(invalid(ProxyUrlProblem::NotEnvSafe(c)));
        }
        Ok(ForwardProxy {
            redacted: crate::redact(&url).into_owned(),
            url,
            https,
        })
    }
}
