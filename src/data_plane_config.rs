//! The kong.conf settings that connect a data plane node to Konnect.

use crate::{Endpoint, Error, Requirements};
use std::fmt;

/// The kong.conf settings a data plane node needs to join its Konnect
/// control plane, as kong.conf lines or `KONG_...` environment variables.
///
/// Made by [`Requirements::data_plane_config`]; the control plane and
/// telemetry addresses come from the requirements' hosts, so the edition
/// decides between `cp0`/`tp0` and `cp`/`tp`, and
/// [`with_private_link`](crate::RequirementsBuilder::with_private_link)
/// switches to the AWS PrivateLink forms. Every value is checked when it is
/// set, so no value can break a kong.conf line or an environment variable:
/// none holds a control character, a `#` (kong.conf reads the rest of the
/// line as a comment, in files and environment variables alike) or a `\`.
///
/// ```
/// use konnect_netreq::{Edition, Geo, Requirements};
///
/// let config = Requirements::for_geo(Geo::Eu)
///     .with_cp_prefix("a1b2c3d4e5")
///     .with_edition(Edition::Aug2026)
///     .build()?
///     .data_plane_config()?
///     .with_cluster_cert("/run/secrets/dp.crt")?
///     .with_cluster_cert_key("/run/secrets/dp.key")?;
/// assert_eq!(
///     config.kong_conf(),
///     "role = data_plane
/// database = off
/// cluster_mtls = pki
/// cluster_control_plane = a1b2c3d4e5.eu.cp.konghq.com:443
/// cluster_server_name = a1b2c3d4e5.eu.cp.konghq.com
/// cluster_telemetry_endpoint = a1b2c3d4e5.eu.tp.konghq.com:443
/// cluster_telemetry_server_name = a1b2c3d4e5.eu.tp.konghq.com
/// cluster_cert = /run/secrets/dp.crt
/// cluster_cert_key = /run/secrets/dp.key
/// lua_ssl_trusted_certificate = system
/// konnect_mode = on
/// vitals = off
/// ",
/// );
/// let env: Vec<(&str, &str)> = config.env().collect();
/// assert_eq!(env[3], ("KONG_CLUSTER_CONTROL_PLANE", "a1b2c3d4e5.eu.cp.konghq.com:443"));
/// # Ok::<(), konnect_netreq::Error>(())
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct DataPlaneConfig {
    control_plane: String,
    server_name: String,
    telemetry_endpoint: String,
    telemetry_server_name: String,
    cert: String,
    cert_key: String,
    proxy: Option<ForwardProxy>,
}

/// A validated forward proxy; `url` may hold a password, `redacted` never.
#[derive(Clone, PartialEq, Eq)]
struct ForwardProxy {
    url: String,
    redacted: String,
    https: bool,
}

/// One kong.conf setting this crate writes: its name in kong.conf and as an
/// environment variable. Kong reads every setting from `KONG_` plus the
/// upper-case name as well; a test checks the pairs agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Setting {
    Role,
    Database,
    ClusterMtls,
    ClusterControlPlane,
    ClusterServerName,
    ClusterTelemetryEndpoint,
    ClusterTelemetryServerName,
    ClusterCert,
    ClusterCertKey,
    LuaSslTrustedCertificate,
    KonnectMode,
    Vitals,
    ProxyServer,
    ClusterUseProxy,
    ProxyServerSslVerify,
}

impl Setting {
    const fn names(self) -> (&'static str, &'static str) {
        match self {
            Setting::Role => ("role", "KONG_ROLE"),
            Setting::Database => ("database", "KONG_DATABASE"),
            Setting::ClusterMtls => ("cluster_mtls", "KONG_CLUSTER_MTLS"),
            Setting::ClusterControlPlane => ("cluster_control_plane", "KONG_CLUSTER_CONTROL_PLANE"),
            Setting::ClusterServerName => ("cluster_server_name", "KONG_CLUSTER_SERVER_NAME"),
            Setting::ClusterTelemetryEndpoint => (
                "cluster_telemetry_endpoint",
                "KONG_CLUSTER_TELEMETRY_ENDPOINT",
            ),
            Setting::ClusterTelemetryServerName => (
                "cluster_telemetry_server_name",
                "KONG_CLUSTER_TELEMETRY_SERVER_NAME",
            ),
            Setting::ClusterCert => ("cluster_cert", "KONG_CLUSTER_CERT"),
            Setting::ClusterCertKey => ("cluster_cert_key", "KONG_CLUSTER_CERT_KEY"),
            Setting::LuaSslTrustedCertificate => (
                "lua_ssl_trusted_certificate",
                "KONG_LUA_SSL_TRUSTED_CERTIFICATE",
            ),
            Setting::KonnectMode => ("konnect_mode", "KONG_KONNECT_MODE"),
            Setting::Vitals => ("vitals", "KONG_VITALS"),
            Setting::ProxyServer => ("proxy_server", "KONG_PROXY_SERVER"),
            Setting::ClusterUseProxy => ("cluster_use_proxy", "KONG_CLUSTER_USE_PROXY"),
            Setting::ProxyServerSslVerify => {
                ("proxy_server_ssl_verify", "KONG_PROXY_SERVER_SSL_VERIFY")
            }
        }
    }
}

impl Requirements {
    /// The kong.conf settings that connect a data plane node of these
    /// requirements to its control plane (Kong's data plane reference):
    /// hybrid role without a database, PKI mutual TLS, the control plane and
    /// telemetry addresses with their TLS server names, the certificate
    /// paths, the system CA store, Konnect mode, and Vitals off.
    ///
    /// Fails while the control plane DNS prefix is unknown: a wildcard is no
    /// address to connect to.
    ///
    /// With [`with_private_link`](crate::RequirementsBuilder::with_private_link)
    /// the addresses take the PrivateLink forms
    /// `{pl}.svc.konghq.com/cp/PREFIX` and `{pl}.svc.konghq.com:443/tp/PREFIX`,
    /// with `{pl}.svc.konghq.com` as both server names (`ap` for Australia).
    ///
    /// ```
    /// use konnect_netreq::{Geo, Requirements};
    ///
    /// let pl = Requirements::for_geo(Geo::Au)
    ///     .with_cp_prefix("a1b2c3d4e5")
    ///     .with_private_link()
    ///     .build()?
    ///     .data_plane_config()?;
    /// let settings: Vec<(&str, &str)> = pl.settings().collect();
    /// assert_eq!(settings[3..7], [
    ///     ("cluster_control_plane", "ap.svc.konghq.com/cp/a1b2c3d4e5"),
    ///     ("cluster_server_name", "ap.svc.konghq.com"),
    ///     ("cluster_telemetry_endpoint", "ap.svc.konghq.com:443/tp/a1b2c3d4e5"),
    ///     ("cluster_telemetry_server_name", "ap.svc.konghq.com"),
    /// ]);
    ///
    /// let unknown = Requirements::for_geo(Geo::Eu).build()?.data_plane_config();
    /// assert_eq!(
    ///     unknown.unwrap_err().to_string(),
    ///     "a data plane configuration needs the control plane DNS prefix; \
    ///      expected requirements built with a control plane DNS prefix",
    /// );
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    pub fn data_plane_config(&self) -> Result<DataPlaneConfig, Error> {
        let prefix = self.cp_prefix().ok_or(Error::MissingCpPrefix)?.as_str();
        let port = crate::Port::Cluster.number();
        let (control_plane, server_name, telemetry_endpoint, telemetry_server_name) =
            if let Some(link) = self.host(Endpoint::PrivateLink) {
                (
                    format!("{link}/cp/{prefix}"),
                    link.to_string(),
                    format!("{link}:{port}/tp/{prefix}"),
                    link.to_string(),
                )
            } else {
                // With a prefix, both hosts are exact; `MissingCpPrefix`
                // stands for any other way they could be missing.
                let cp = self
                    .host(Endpoint::ControlPlane)
                    .filter(|host| !host.is_wildcard())
                    .ok_or(Error::MissingCpPrefix)?;
                let tp = self
                    .host(Endpoint::Telemetry)
                    .filter(|host| !host.is_wildcard())
                    .ok_or(Error::MissingCpPrefix)?;
                (
                    format!("{cp}:{port}"),
                    cp.to_string(),
                    format!("{tp}:{port}"),
                    tp.to_string(),
                )
            };
        Ok(DataPlaneConfig {
            control_plane,
            server_name,
            telemetry_endpoint,
            telemetry_server_name,
            cert: DataPlaneConfig::DEFAULT_CLUSTER_CERT.to_owned(),
            cert_key: DataPlaneConfig::DEFAULT_CLUSTER_CERT_KEY.to_owned(),
            proxy: None,
        })
    }
}

impl DataPlaneConfig {
    /// Where `cluster_cert` points unless
    /// [`with_cluster_cert`](Self::with_cluster_cert) says otherwise.
    pub const DEFAULT_CLUSTER_CERT: &'static str = "/etc/kong/cluster.crt";

    /// Where `cluster_cert_key` points unless
    /// [`with_cluster_cert_key`](Self::with_cluster_cert_key) says otherwise.
    pub const DEFAULT_CLUSTER_CERT_KEY: &'static str = "/etc/kong/cluster.key";

    /// Sets the path of the data plane certificate (`cluster_cert`).
    ///
    /// The path must be non-empty, without control characters, `#` or `\`
    /// and without leading or trailing whitespace: kong.conf would cut a
    /// line at a newline, read `#` as the start of a comment, take `\#` as
    /// an escape and trim the spaces.
    ///
    /// ```
    /// use konnect_netreq::{Geo, Requirements};
    ///
    /// let config = Requirements::for_geo(Geo::Eu).with_cp_prefix("a1b2c3d4e5").build()?
    ///     .data_plane_config()?;
    /// let err = config.with_cluster_cert("/etc/kong/dp.crt\nrole = control_plane");
    /// assert_eq!(
    ///     err.unwrap_err().to_string(),
    ///     "invalid cluster_cert path \"/etc/kong/dp.crt\\nrole = control_plane\": \
    ///      it contains the control character '\\n'; expected a non-empty file path \
    ///      without control characters, '#', '\\' or surrounding whitespace",
    /// );
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    pub fn with_cluster_cert(mut self, path: &str) -> Result<Self, Error> {
        check_path("cluster_cert", path)?;
        path.clone_into(&mut self.cert);
        Ok(self)
    }

    /// Sets the path of the data plane certificate's private key
    /// (`cluster_cert_key`); the same rules as for
    /// [`with_cluster_cert`](Self::with_cluster_cert) apply.
    pub fn with_cluster_cert_key(mut self, path: &str) -> Result<Self, Error> {
        check_path("cluster_cert_key", path)?;
        path.clone_into(&mut self.cert_key);
        Ok(self)
    }

    /// Reaches Konnect through an HTTP CONNECT forward proxy: adds
    /// `proxy_server`, `cluster_use_proxy = on` and
    /// `proxy_server_ssl_verify`, which is `on` for an `https` proxy (its
    /// certificate is checked against `lua_ssl_trusted_certificate`, the
    /// system store) and `off` for an `http` one, as in Kong's examples.
    ///
    /// The URL is checked the way Kong checks it, and a little more:
    /// - the scheme is `http` or `https`, and a host is required;
    /// - no query and no fragment (Kong refuses both), and no path other
    ///   than `/` (Kong accepts one but never uses it);
    /// - no control characters or whitespace anywhere.
    ///
    /// The URL is written in its normal form with the port always spelled
    /// out (`http://proxy.internal:80`), the host lower-cased and
    /// international names in their ASCII form; characters of the user name
    /// and password that a URL cannot hold as they are are percent-encoded.
    /// Since a fragment is refused and `#` is percent-encoded everywhere
    /// else, the value never holds a `#` that kong.conf would read as a
    /// comment. A password in the URL is replaced by `***` in `Debug`
    /// output and in error messages; only [`kong_conf`](Self::kong_conf),
    /// [`env`](Self::env) and [`settings`](Self::settings) show it.
    ///
    /// ```
    /// use konnect_netreq::{Geo, Requirements};
    ///
    /// let config = Requirements::for_geo(Geo::Eu).with_cp_prefix("a1b2c3d4e5").build()?
    ///     .data_plane_config()?
    ///     .with_forward_proxy("https://kong:s3cret@Proxy.Internal:3128")?;
    /// assert!(config.kong_conf().ends_with(
    ///     "proxy_server = https://kong:s3cret@proxy.internal:3128
    /// cluster_use_proxy = on
    /// proxy_server_ssl_verify = on
    /// ",
    /// ));
    /// assert!(!format!("{config:?}").contains("s3cret"));
    ///
    /// let err = config.with_forward_proxy("socks5://kong:s3cret@proxy.internal:1080");
    /// assert_eq!(
    ///     err.unwrap_err().to_string(),
    ///     "invalid forward proxy URL \"socks5://kong:***@proxy.internal:1080\": \
    ///      scheme \"socks5\" is not http or https; expected \
    ///      http://[USER[:PASSWORD]@]HOST[:PORT] or https://[USER[:PASSWORD]@]HOST[:PORT]",
    /// );
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    #[cfg(feature = "url")]
    #[cfg_attr(docsrs, doc(cfg(feature = "url")))]
    pub fn with_forward_proxy(mut self, url: &str) -> Result<Self, Error> {
        self.proxy = Some(ForwardProxy::parse(url)?);
        Ok(self)
    }

    /// Every setting as a kong.conf name and its value, in the order
    /// [`kong_conf`](Self::kong_conf) writes them.
    pub fn settings(&self) -> impl Iterator<Item = (&'static str, &str)> + '_ {
        self.entries()
            .into_iter()
            .flatten()
            .map(|(setting, value)| (setting.names().0, value))
    }

    /// The settings as kong.conf lines, `name = value`, each ending in a
    /// newline.
    pub fn kong_conf(&self) -> String {
        let mut out = String::new();
        for (name, value) in self.settings() {
            out.push_str(name);
            out.push_str(" = ");
            out.push_str(value);
            out.push('\n');
        }
        out
    }

    /// The settings as environment variables: `KONG_` plus the upper-case
    /// setting name, and the value (what Kong's container images and
    /// Kubernetes manifests take).
    pub fn env(&self) -> impl Iterator<Item = (&'static str, &str)> + '_ {
        self.entries()
            .into_iter()
            .flatten()
            .map(|(setting, value)| (setting.names().1, value))
    }

    /// Every setting with its value; `None` for the proxy settings when no
    /// forward proxy is set.
    fn entries(&self) -> [Option<(Setting, &str)>; 15] {
        let proxy = self.proxy.as_ref();
        [
            Some((Setting::Role, "data_plane")),
            Some((Setting::Database, "off")),
            Some((Setting::ClusterMtls, "pki")),
            Some((Setting::ClusterControlPlane, &self.control_plane)),
            Some((Setting::ClusterServerName, &self.server_name)),
            Some((Setting::ClusterTelemetryEndpoint, &self.telemetry_endpoint)),
            Some((
                Setting::ClusterTelemetryServerName,
                &self.telemetry_server_name,
            )),
            Some((Setting::ClusterCert, &self.cert)),
            Some((Setting::ClusterCertKey, &self.cert_key)),
            Some((Setting::LuaSslTrustedCertificate, "system")),
            Some((Setting::KonnectMode, "on")),
            Some((Setting::Vitals, "off")),
            proxy.map(|proxy| (Setting::ProxyServer, proxy.url.as_str())),
            proxy.map(|_| (Setting::ClusterUseProxy, "on")),
            proxy.map(|proxy| {
                let verify = if proxy.https { "on" } else { "off" };
                (Setting::ProxyServerSslVerify, verify)
            }),
        ]
    }
}

/// Shows every setting, with the proxy password replaced by `***`.
impl fmt::Debug for DataPlaneConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DataPlaneConfig")
            .field("control_plane", &self.control_plane)
            .field("server_name", &self.server_name)
            .field("telemetry_endpoint", &self.telemetry_endpoint)
            .field("telemetry_server_name", &self.telemetry_server_name)
            .field("cert", &self.cert)
            .field("cert_key", &self.cert_key)
            .field("proxy", &self.proxy)
            .finish()
    }
}

impl fmt::Debug for ForwardProxy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("ForwardProxy").field(&self.redacted).finish()
    }
}

/// Refuses a path that kong.conf would read differently from what it is.
fn check_path(what: &'static str, path: &str) -> Result<(), Error> {
    let problem = if path.is_empty() {
        Some("it is empty".to_owned())
    } else if let Some(c) = path.chars().find(|c| c.is_control()) {
        Some(format!("it contains the control character {c:?}"))
    } else if path.contains('#') {
        Some("it contains '#', which kong.conf reads as the start of a comment".to_owned())
    } else if path.contains('\\') {
        Some("it contains '\\', which kong.conf reads as an escape".to_owned())
    } else if path.trim() != path {
        Some("it starts or ends with whitespace, which kong.conf trims".to_owned())
    } else {
        None
    };
    match problem {
        Some(problem) => Err(Error::InvalidPath {
            what,
            input: path.to_owned(),
            problem,
        }),
        None => Ok(()),
    }
}

/// `input` with everything between the first `:` of the user information
/// and its last `@` replaced by `***`. Works on text that failed to parse
/// too, so an error message never carries a password either.
#[cfg(feature = "url")]
fn redact(input: &str) -> String {
    let (scheme, rest) = match input.split_once("://") {
        Some((scheme, rest)) => (Some(scheme), rest),
        None => (None, input),
    };
    let redacted_rest = match rest.rsplit_once('@') {
        Some((userinfo, host)) => match userinfo.split_once(':') {
            Some((user, _password)) => format!("{user}:***@{host}"),
            None => rest.to_owned(),
        },
        None => rest.to_owned(),
    };
    match scheme {
        Some(scheme) => format!("{scheme}://{redacted_rest}"),
        None => redacted_rest,
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
    fn parse(input: &str) -> Result<ForwardProxy, Error> {
        let invalid = |problem: String| Error::InvalidProxyUrl {
            input: redact(input),
            problem,
        };
        // The url crate drops tabs and newlines silently; refuse them first.
        if let Some(c) = input.chars().find(|c| c.is_control() || c.is_whitespace()) {
            return Err(invalid(format!(
                "it contains the control or whitespace character {c:?}"
            )));
        }
        // Without `://`, `proxy:3128` would parse as scheme `proxy`.
        if !input.contains("://") {
            return Err(invalid("it has no scheme".to_owned()));
        }
        let url = url::Url::parse(input).map_err(|error| invalid(error.to_string()))?;
        let https = match url.scheme() {
            "https" => true,
            "http" => false,
            other => return Err(invalid(format!("scheme {other:?} is not http or https"))),
        };
        let host = match url.host_str() {
            Some(host) if !host.is_empty() => host,
            _ => return Err(invalid("it has no host".to_owned())),
        };
        // The url crate decodes percent-encoding, IDNA and full-width forms
        // in hosts; a proxy host that is not written as it will be used is
        // refused rather than silently changed.
        if !written_host(input).eq_ignore_ascii_case(host) {
            return Err(invalid(
                "its host is not written in plain ASCII (percent-encoded, \
                 international or full-width characters)"
                    .to_owned(),
            ));
        }
        if url.query().is_some() {
            return Err(invalid("it has a query string".to_owned()));
        }
        if url.fragment().is_some() {
            return Err(invalid("it has a fragment".to_owned()));
        }
        if url.path() != "/" {
            return Err(invalid("it has a path".to_owned()));
        }
        let port = url
            .port_or_known_default()
            .ok_or_else(|| invalid("it has no port".to_owned()))?;
        if port == 0 {
            return Err(invalid("port 0 is not a port to connect to".to_owned()));
        }
        let scheme = url.scheme();
        let user = url.username();
        let (userinfo, redacted_userinfo) = match (user, url.password()) {
            ("", None) => (String::new(), String::new()),
            (user, None) => (format!("{user}@"), format!("{user}@")),
            (user, Some(password)) => (format!("{user}:{password}@"), format!("{user}:***@")),
        };
        let url = format!("{scheme}://{userinfo}{host}:{port}");
        // The url crate percent-encodes `#`, `\` and every control
        // character it keeps; this guards that promise.
        if url.contains(['#', '\\']) || url.chars().any(|c| c.is_control()) {
            return Err(invalid("it cannot be written into kong.conf".to_owned()));
        }
        Ok(ForwardProxy {
            redacted: format!("{scheme}://{redacted_userinfo}{host}:{port}"),
            url,
            https,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn env_names_are_kong_and_the_upper_case_setting_name() {
        let all = [
            Setting::Role,
            Setting::Database,
            Setting::ClusterMtls,
            Setting::ClusterControlPlane,
            Setting::ClusterServerName,
            Setting::ClusterTelemetryEndpoint,
            Setting::ClusterTelemetryServerName,
            Setting::ClusterCert,
            Setting::ClusterCertKey,
            Setting::LuaSslTrustedCertificate,
            Setting::KonnectMode,
            Setting::Vitals,
            Setting::ProxyServer,
            Setting::ClusterUseProxy,
            Setting::ProxyServerSslVerify,
        ];
        for setting in all {
            let (name, env) = setting.names();
            assert_eq!(env, format!("KONG_{}", name.to_ascii_uppercase()));
        }
    }

    #[cfg(feature = "url")]
    #[test]
    fn redact_hides_everything_after_the_first_colon_of_the_user_information() {
        assert_eq!(redact("http://u:p@h:1"), "http://u:***@h:1");
        assert_eq!(redact("http://u:p:q@r@h"), "http://u:***@h");
        assert_eq!(redact("http://u/x:p/y@h"), "http://u/x:***@h");
        assert_eq!(redact("u:p@h"), "u:***@h");
        assert_eq!(redact("http://u@h"), "http://u@h");
        assert_eq!(redact("http://h:3128"), "http://h:3128");
    }
}
