//! The kong.conf settings that connect a data plane node to Konnect.

use crate::error::PathProblem;
#[cfg(feature = "url")]
use crate::error::ProxyUrlProblem;
use crate::first_error::FirstError;
use crate::{DpLabelProblem, Endpoint, Error, Requirements};
use std::fmt;
use std::path::Path;

/// The kong.conf settings a data plane node needs to join its Konnect
/// control plane, as kong.conf lines or `KONG_...` environment variables.
///
/// Made by [`Requirements::data_plane_config`]; the control plane and
/// telemetry addresses come from the requirements' hosts, so the edition
/// decides between `cp0`/`tp0` and `cp`/`tp`, and
/// [`with_private_link`](crate::RequirementsBuilder::with_private_link)
/// switches to the AWS PrivateLink forms. Every value is checked when it is
/// set, so no value can break a kong.conf line or an environment file: none
/// holds a control character, a `#` (kong.conf reads the rest of the line as
/// a comment, in files and environment variables alike), a `\`, or anything
/// else that `sh`, `docker --env-file` or Compose would read differently
/// (see [`env`](DataPlaneConfig::env)).
///
/// A value that is always valid; the certificate paths and the forward
/// proxy are set through a [`DataPlaneConfigBuilder`]
/// ([`DataPlaneConfig::builder`], or [`to_builder`](Self::to_builder) to
/// change a copy), in the crate's one builder style.
///
/// ```
/// use konnect_netreq::{Edition, Geo, Requirements};
///
/// let config = Requirements::for_geo(Geo::Eu)
///     .with_cp_prefix("a1b2c3d4e5")
///     .with_edition(Edition::Aug2026)
///     .build()?
///     .data_plane_config()?
///     .to_builder()
///     .with_cluster_cert("/run/secrets/dp.crt")
///     .with_cluster_cert_key("/run/secrets/dp.key")
///     .build()?;
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
    /// `proxy_listen` and `stream_listen`, written only when the
    /// requirements have listeners of their own.
    proxy_listen: Option<String>,
    stream_listen: Option<String>,
    /// `cluster_dp_labels`, comma-separated; `None` for none.
    dp_labels: Option<String>,
    incremental_sync: bool,
    /// The Kubernetes secret the Helm values take the certificate from.
    pub(crate) helm_cert_secret: String,
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
    ProxyListen,
    StreamListen,
    ClusterDpLabels,
    IncrementalSync,
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
            Setting::ProxyListen => ("proxy_listen", "KONG_PROXY_LISTEN"),
            Setting::StreamListen => ("stream_listen", "KONG_STREAM_LISTEN"),
            Setting::ClusterDpLabels => ("cluster_dp_labels", "KONG_CLUSTER_DP_LABELS"),
            Setting::IncrementalSync => ("incremental_sync", "KONG_INCREMENTAL_SYNC"),
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
    ///
    /// # Errors
    ///
    /// [`Error::MissingCpPrefix`] when the requirements have no control
    /// plane DNS prefix.
    pub fn data_plane_config(&self) -> Result<DataPlaneConfig, Error> {
        let prefix = self.cp_prefix().ok_or(Error::MissingCpPrefix)?.as_str();
        let port = crate::Port::Cluster.number();
        let (control_plane, server_name, telemetry_endpoint, telemetry_server_name) =
            if let Some(link) = self.private_link_host() {
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
            proxy_listen: self
                .has_own_listeners()
                .then(|| listen_value(self, "proxy_listen"))
                .flatten(),
            stream_listen: self
                .has_own_listeners()
                .then(|| listen_value(self, "stream_listen"))
                .flatten(),
            dp_labels: None,
            incremental_sync: false,
            helm_cert_secret: DataPlaneConfig::DEFAULT_HELM_CERT_SECRET.to_owned(),
        })
    }
}

impl DataPlaneConfig {
    /// Where `cluster_cert` points unless
    /// [`with_cluster_cert`](DataPlaneConfigBuilder::with_cluster_cert) says otherwise.
    pub const DEFAULT_CLUSTER_CERT: &'static str = "/etc/kong/cluster.crt";

    /// Where `cluster_cert_key` points unless
    /// [`with_cluster_cert_key`](DataPlaneConfigBuilder::with_cluster_cert_key) says otherwise.
    pub const DEFAULT_CLUSTER_CERT_KEY: &'static str = "/etc/kong/cluster.key";

    /// Starts a configuration for the data plane of `req`; the same as
    /// `req.data_plane_config()` followed by
    /// [`to_builder`](Self::to_builder), with a missing control plane DNS
    /// prefix reported by [`build`](DataPlaneConfigBuilder::build).
    pub fn builder(req: &Requirements) -> DataPlaneConfigBuilder {
        match req.data_plane_config() {
            Ok(config) => config.to_builder(),
            Err(error) => DataPlaneConfigBuilder {
                config: None,
                error: FirstError::from(error),
            },
        }
    }

    /// Starts from a copy of this configuration, which stays as it is
    /// whatever the builder is given.
    pub fn to_builder(&self) -> DataPlaneConfigBuilder {
        DataPlaneConfigBuilder {
            config: Some(self.clone()),
            error: FirstError::default(),
        }
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
    ///
    /// Every value may be written unquoted as a `NAME=value` line: POSIX
    /// `sh` (`set -a; . FILE`), `docker --env-file` and Docker Compose env
    /// files all read it as the same text, and sourcing it runs nothing.
    /// This holds because the values are not quoted but restricted:
    /// `docker --env-file` keeps quotes as part of the value while `sh` and
    /// Compose remove them, so no quoting reads the same in all three.
    /// Instead the setters refuse every value holding anything but ASCII
    /// letters, digits and `-._/:@%+=,[]` (no whitespace, quotes, `$`,
    /// backtick, `\`, `#`, `~`, `;`, `&`, `|`, `<`, `>`, parentheses or
    /// non-ASCII characters). A proxy password holding such a character is
    /// written percent-encoded (`%24` for `$`), which Kong decodes; a
    /// certificate path holding one must be moved or linked.
    ///
    /// One exception: with listeners of your own
    /// ([`with_listeners`](crate::RequirementsBuilder::with_listeners)),
    /// `KONG_PROXY_LISTEN` and `KONG_STREAM_LISTEN` hold spaces, because
    /// Kong's listener syntax puts flags after the address
    /// (`0.0.0.0:8443 http2 ssl`). `docker --env-file` and Compose read
    /// such a line as it is; for POSIX `sh`, quote these two values. They
    /// hold nothing else but digits, dots, colons, commas and the fixed
    /// flags.
    ///
    /// ```
    /// use konnect_netreq::{Geo, Requirements};
    ///
    /// let config = Requirements::for_geo(Geo::Eu).with_cp_prefix("a1b2c3d4e5").build()?
    ///     .data_plane_config()?;
    /// let env_file: String = config.env().map(|(name, value)| format!("{name}={value}\n")).collect();
    /// assert!(env_file.starts_with("KONG_ROLE=data_plane\nKONG_DATABASE=off\n"));
    ///
    /// let err = config.to_builder().with_cluster_cert("/etc/kong/$(id).crt").build().unwrap_err();
    /// assert!(err.to_string().contains("it contains '$', which an environment file cannot hold"));
    /// # #[cfg(feature = "url")] {
    /// let err = config.to_builder().with_forward_proxy("http://kong:pa$$@proxy:3128").build().unwrap_err();
    /// assert!(err.to_string().contains("percent-encode it in the user name or password (%24)"));
    /// let ok = config.to_builder().with_forward_proxy("http://kong:pa%24%24@proxy:3128").build()?;
    /// assert_eq!(ok.env().nth(12), Some(("KONG_PROXY_SERVER", "http://kong:pa%24%24@proxy:3128")));
    /// # }
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    pub fn env(&self) -> impl Iterator<Item = (&'static str, &str)> + '_ {
        self.entries()
            .into_iter()
            .flatten()
            .map(|(setting, value)| (setting.names().1, value))
    }

    /// Every setting with its value; `None` for the proxy settings when no
    /// forward proxy is set.
    fn entries(&self) -> [Option<(Setting, &str)>; 19] {
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
            self.dp_labels
                .as_deref()
                .map(|labels| (Setting::ClusterDpLabels, labels)),
            self.incremental_sync
                .then_some((Setting::IncrementalSync, "on")),
            proxy.map(|proxy| (Setting::ProxyServer, proxy.url.as_str())),
            proxy.map(|_| (Setting::ClusterUseProxy, "on")),
            proxy.map(|proxy| {
                let verify = if proxy.https { "on" } else { "off" };
                (Setting::ProxyServerSslVerify, verify)
            }),
            self.proxy_listen
                .as_deref()
                .map(|value| (Setting::ProxyListen, value)),
            self.stream_listen
                .as_deref()
                .map(|value| (Setting::StreamListen, value)),
        ]
    }
}

/// Builds a [`DataPlaneConfig`]; made by [`DataPlaneConfig::builder`] or
/// [`DataPlaneConfig::to_builder`].
///
/// The crate's one builder style, shared with
/// [`RequirementsBuilder`](crate::RequirementsBuilder) and
/// [`RenderOptionsBuilder`](crate::RenderOptionsBuilder): calls take `self`
/// by value so they chain, check their input at once, and keep the first
/// error for [`build`](Self::build) to report. Paths are taken as
/// `impl AsRef<Path>`, text as `impl AsRef<str>`. A configuration the
/// builder was made from is a copy, so a refused path or URL costs nothing
/// already held.
#[derive(Clone)]
#[must_use = "a builder does nothing until `build()` is called"]
pub struct DataPlaneConfigBuilder {
    /// `None` when the requirements had no control plane DNS prefix.
    config: Option<DataPlaneConfig>,
    error: FirstError,
}

/// As [`DataPlaneConfig`]'s: a proxy password never shows.
impl fmt::Debug for DataPlaneConfigBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DataPlaneConfigBuilder")
            .field("config", &self.config)
            .field("error", &self.error)
            .finish()
    }
}

impl DataPlaneConfigBuilder {
    /// Sets the path of the data plane certificate (`cluster_cert`).
    ///
    /// The path must be non-empty and hold only ASCII letters, digits and
    /// `-._/:@%+=,[]`: kong.conf would cut a line at a newline, read `#` as
    /// the start of a comment, take `\#` as an escape and trim spaces, and
    /// an environment file (see [`env`](DataPlaneConfig::env)) would expand `$`, `~`
    /// and backticks or split at whitespace. Invisible Unicode characters
    /// get a message of their own.
    ///
    /// ```
    /// use konnect_netreq::{DataPlaneConfig, Geo, Requirements};
    ///
    /// let req = Requirements::for_geo(Geo::Eu).with_cp_prefix("a1b2c3d4e5").build()?;
    /// let err = DataPlaneConfig::builder(&req)
    ///     .with_cluster_cert("/etc/kong/dp.crt\nrole = control_plane")
    ///     .build();
    /// assert_eq!(
    ///     err.unwrap_err().to_string(),
    ///     "invalid cluster_cert path \"/etc/kong/dp.crt\\nrole = control_plane\": \
    ///      it contains the control character '\\n'; expected a non-empty file path \
    ///      of ASCII letters, digits and '-', '.', '_', '/', ':', '@', '%', '+', '=', ',', \
    ///      '[' or ']'",
    /// );
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    pub fn with_cluster_cert(mut self, path: impl AsRef<Path>) -> Self {
        match check_path("cluster_cert", path.as_ref()) {
            Ok(path) => self.edit(|config| config.cert = path),
            Err(error) => self.fail(error),
        }
        self
    }

    /// Sets the path of the data plane certificate's private key
    /// (`cluster_cert_key`); the same rules as for
    /// [`with_cluster_cert`](Self::with_cluster_cert) apply.
    pub fn with_cluster_cert_key(mut self, path: impl AsRef<Path>) -> Self {
        match check_path("cluster_cert_key", path.as_ref()) {
            Ok(path) => self.edit(|config| config.cert_key = path),
            Err(error) => self.fail(error),
        }
        self
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
    /// - no control characters, whitespace or invisible Unicode characters
    ///   (format characters, line and paragraph separators) anywhere;
    /// - after normalization, only characters an environment file holds as
    ///   they are (see [`env`](DataPlaneConfig::env)): a password with `$`, `'`, `&`,
    ///   `(`, `)`, `*`, `!` or `~` must be given percent-encoded.
    ///
    /// The URL is written in its normal form with the port always spelled
    /// out (`http://proxy.internal:80`), the host lower-cased and
    /// international names in their ASCII form; characters of the user name
    /// and password that a URL cannot hold as they are are percent-encoded.
    /// Since a fragment is refused and `#` is percent-encoded everywhere
    /// else, the value never holds a `#` that kong.conf would read as a
    /// comment. In `Debug` output and error messages everything before the
    /// last `@` (after the scheme) is replaced by `***`, the user name too
    /// (`http://***@proxy:3128`); only [`kong_conf`](DataPlaneConfig::kong_conf),
    /// [`env`](DataPlaneConfig::env) and [`settings`](DataPlaneConfig::settings) show it.
    ///
    /// ```
    /// use konnect_netreq::{DataPlaneConfig, Geo, Requirements};
    ///
    /// let req = Requirements::for_geo(Geo::Eu).with_cp_prefix("a1b2c3d4e5").build()?;
    /// let config = DataPlaneConfig::builder(&req)
    ///     .with_forward_proxy("https://kong:s3cret@Proxy.Internal:3128")
    ///     .build()?;
    /// assert!(config.kong_conf().ends_with(
    ///     "proxy_server = https://kong:s3cret@proxy.internal:3128
    /// cluster_use_proxy = on
    /// proxy_server_ssl_verify = on
    /// ",
    /// ));
    /// assert!(!format!("{config:?}").contains("s3cret"));
    ///
    /// let err = config.to_builder().with_forward_proxy("socks5://kong:s3cret@proxy.internal:1080").build();
    /// assert_eq!(
    ///     err.unwrap_err().to_string(),
    ///     "invalid forward proxy URL \"socks5://***@proxy.internal:1080\": \
    ///      scheme \"socks5\" is not http or https; expected \
    ///      http://[USER[:PASSWORD]@]HOST[:PORT] or https://[USER[:PASSWORD]@]HOST[:PORT]",
    /// );
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    #[cfg(feature = "url")]
    #[cfg_attr(docsrs, doc(cfg(feature = "url")))]
    pub fn with_forward_proxy(mut self, url: impl AsRef<str>) -> Self {
        match ForwardProxy::parse(url.as_ref()) {
            Ok(proxy) => self.edit(|config| config.proxy = Some(proxy)),
            Err(error) => self.fail(error),
        }
        self
    }

    /// Sets `cluster_dp_labels`, the labels Konnect shows for the data plane
    /// node, each `KEY:VALUE`; replaces earlier labels, and no labels
    /// remove the setting. The labels are checked as Kong checks them
    /// (`kong/conf_loader/parse.lua` in Kong/kong): at most 10; each split
    /// at its first `:`; key and value each 1 to 63 bytes of ASCII letters,
    /// digits, `_`, `.`, `-` (and `:` in the value), starting and ending
    /// with a letter or digit; no key starting with `kong`, `konnect`,
    /// `insomnia`, `mesh` or `kic`, in any case.
    ///
    /// ```
    /// use konnect_netreq::{Geo, Requirements};
    ///
    /// let config = Requirements::for_geo(Geo::Eu).with_cp_prefix("a1b2c3d4e5").build()?
    ///     .data_plane_config()?
    ///     .to_builder()
    ///     .with_cluster_dp_labels(["deployment:mycloud", "region:eu-central-1"])
    ///     .build()?;
    /// assert!(config.kong_conf().contains(
    ///     "cluster_dp_labels = deployment:mycloud,region:eu-central-1\n"
    /// ));
    /// let err = config.to_builder().with_cluster_dp_labels(["Konnect-team:api"]).build().unwrap_err();
    /// assert_eq!(
    ///     err.to_string(),
    ///     "invalid cluster_dp_labels label \"Konnect-team:api\": its key starts with the \
    ///      reserved prefix \"konnect\"; expected at most 10 labels KEY:VALUE, key and value \
    ///      each 1 to 63 ASCII letters, digits, '_', '.', ':' or '-' starting and ending with a \
    ///      letter or digit, the key not starting with kong, konnect, insomnia, mesh or kic",
    /// );
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    ///
    /// [`build`](Self::build) reports [`Error::InvalidDpLabel`] for the
    /// first label Kong would refuse, or for more than 10 labels.
    pub fn with_cluster_dp_labels<S: AsRef<str>>(
        mut self,
        labels: impl IntoIterator<Item = S>,
    ) -> Self {
        match dp_labels(labels) {
            Ok(labels) => self.edit(|config| config.dp_labels = labels),
            Err(error) => self.fail(error),
        }
        self
    }

    /// Adds `incremental_sync = on`: the control plane sends only what
    /// changed instead of the whole configuration (a kong.conf setting of
    /// Kong Gateway 3.10 and later, off by default; Kong's guide says to
    /// set it on both planes, and Konnect runs the control plane).
    ///
    /// ```
    /// use konnect_netreq::{Geo, Requirements};
    ///
    /// let config = Requirements::for_geo(Geo::Eu).with_cp_prefix("a1b2c3d4e5").build()?
    ///     .data_plane_config()?
    ///     .to_builder()
    ///     .with_incremental_sync()
    ///     .build()?;
    /// assert!(config.kong_conf().ends_with("vitals = off\nincremental_sync = on\n"));
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    pub fn with_incremental_sync(mut self) -> Self {
        self.edit(|config| config.incremental_sync = true);
        self
    }

    /// Names the Kubernetes TLS secret the [Helm values](DataPlaneConfig::helm_values)
    /// take the cluster certificate from (default
    /// [`DEFAULT_HELM_CERT_SECRET`](DataPlaneConfig::DEFAULT_HELM_CERT_SECRET),
    /// the name in Kong's guide).
    ///
    /// ```
    /// use konnect_netreq::{Geo, Requirements};
    ///
    /// let config = Requirements::for_geo(Geo::Eu).with_cp_prefix("a1b2c3d4e5").build()?
    ///     .data_plane_config()?;
    /// assert_eq!(
    ///     config.to_builder().with_helm_cert_secret("Kong_Cert").build().unwrap_err().to_string(),
    ///     "invalid Kubernetes secret name \"Kong_Cert\": it contains 'K'; expected a \
    ///      DNS-1123 label: 1 to 63 lower-case ASCII letters, digits or hyphens, starting and \
    ///      ending with a letter or digit",
    /// );
    /// # Ok::<(), konnect_netreq::Error>(())
    /// ```
    ///
    /// [`build`](Self::build) reports [`Error::InvalidRenderOption`] when
    /// the name is not one a secret mounted as a volume can have (an RFC
    /// 1123 label).
    pub fn with_helm_cert_secret(mut self, name: impl AsRef<str>) -> Self {
        let name = name.as_ref();
        match crate::export::check_kubernetes_label("Kubernetes secret name", name) {
            Ok(()) => self.edit(|config| config.helm_cert_secret = name.to_owned()),
            Err(error) => self.fail(error),
        }
        self
    }

    /// Changes the configuration, if there is one (not after a missing
    /// control plane DNS prefix).
    fn edit(&mut self, change: impl FnOnce(&mut DataPlaneConfig)) {
        if let Some(config) = self.config.as_mut() {
            change(config);
        }
    }

    fn fail(&mut self, error: Error) {
        self.error.record(error);
    }

    /// The configuration, or the first error.
    ///
    /// # Errors
    ///
    /// [`Error::MissingCpPrefix`] for requirements without a control plane
    /// DNS prefix (from [`DataPlaneConfig::builder`]); otherwise the first
    /// [`Error::InvalidPath`] or [`Error::InvalidProxyUrl`] given.
    pub fn build(self) -> Result<DataPlaneConfig, Error> {
        match self.error.or_ok(self.config)? {
            Some(config) => Ok(config),
            // `config` is `None` only together with an error.
            None => Err(Error::MissingCpPrefix),
        }
    }
}

/// Shows every setting, with the proxy URL's user information replaced by
/// `***`.
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
            .field("proxy_listen", &self.proxy_listen)
            .field("stream_listen", &self.stream_listen)
            .field("dp_labels", &self.dp_labels)
            .field("incremental_sync", &self.incremental_sync)
            .field("helm_cert_secret", &self.helm_cert_secret)
            .finish()
    }
}

impl fmt::Debug for ForwardProxy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("ForwardProxy").field(&self.redacted).finish()
    }
}

/// The value of `setting` (`proxy_listen` or `stream_listen`) for the
/// requirements' listeners in Kong's syntax, e.g. `0.0.0.0:8000, 0.0.0.0:8443
/// http2 ssl`; `None` without listeners of that setting (Kong's
/// `stream_listen` default is `off`, so nothing needs writing).
fn listen_value(req: &Requirements, setting: &str) -> Option<String> {
    let entries: Vec<String> = req
        .listeners()
        .iter()
        .filter(|listener| listener.kind().kong_conf_setting() == setting)
        .map(|listener| listener.kong_conf_entry())
        .collect();
    (!entries.is_empty()).then(|| entries.join(", "))
}

/// Kong's limit on the number of `cluster_dp_labels`.
const MAX_DP_LABELS: usize = 10;

/// Kong's limit on the length of a label's key and of its value.
const MAX_DP_LABEL_PART: usize = 63;

/// The key prefixes Kong reserves, compared ignoring ASCII case.
const RESERVED_DP_LABEL_PREFIXES: [&str; 5] = ["kong", "konnect", "insomnia", "mesh", "kic"];

/// Checks one `KEY:VALUE` label as Kong does: split at the first `:`, then
/// `[a-z0-9]([\w\.:-]*[a-z0-9]|)` on each part case-insensitively (ASCII:
/// Kong's pattern has no Unicode flag), 1 to 63 bytes, and the reserved key
/// prefixes. Kong's pattern would let a key hold `:`, but the split at the
/// first `:` means none ever does.
fn check_dp_label(label: &str) -> Result<(), DpLabelProblem> {
    let (key, value) = label.split_once(':').ok_or(DpLabelProblem::NoSeparator)?;
    if key.is_empty() || key.len() > MAX_DP_LABEL_PART {
        return Err(DpLabelProblem::KeyLength(key.len()));
    }
    if !dp_label_part(key) {
        return Err(DpLabelProblem::KeyCharacters);
    }
    if let Some(prefix) = RESERVED_DP_LABEL_PREFIXES.iter().find(|prefix| {
        key.get(..prefix.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(prefix))
    }) {
        return Err(DpLabelProblem::ReservedKey(prefix));
    }
    if value.is_empty() || value.len() > MAX_DP_LABEL_PART {
        return Err(DpLabelProblem::ValueLength(value.len()));
    }
    if !dp_label_part(value) {
        return Err(DpLabelProblem::ValueCharacters);
    }
    Ok(())
}

/// Whether `part` matches Kong's `[a-z0-9]([\w\.:-]*[a-z0-9]|)`, ignoring
/// ASCII case.
fn dp_label_part(part: &str) -> bool {
    let bytes = part.as_bytes();
    let (Some(first), Some(last)) = (bytes.first(), bytes.last()) else {
        return false;
    };
    first.is_ascii_alphanumeric()
        && last.is_ascii_alphanumeric()
        && bytes
            .iter()
            .all(|byte| byte.is_ascii_alphanumeric() || b"_.:-".contains(byte))
}

/// The punctuation an environment file value may hold besides ASCII
/// letters and digits: characters that POSIX `sh` (sourcing the file),
/// `docker --env-file` and Docker Compose all read as themselves when
/// unquoted. Left out: whitespace, quotes, `$`, `` ` ``, `\`, `#`, `~` (tilde
/// expansion in `sh` assignments), the `sh` operators `;&|<>()`, and the
/// rest of ASCII punctuation for good measure.
const ENV_SAFE_PUNCTUATION: &str = "-._/:@%+=,[]";

/// Whether `c` reads the same in every environment file reader.
fn env_safe(c: char) -> bool {
    c.is_ascii_alphanumeric() || ENV_SAFE_PUNCTUATION.contains(c)
}

/// Refuses a path that kong.conf or an environment file would read
/// differently from what it is.
fn check_path(what: &'static str, path: &Path) -> Result<String, Error> {
    let fail = |problem: PathProblem| {
        Err(Error::InvalidPath {
            what,
            input: path.to_string_lossy().into_owned(),
            problem,
        })
    };
    let Some(path) = path.to_str() else {
        return fail(PathProblem::NotUtf8);
    };
    if path.is_empty() {
        return fail(PathProblem::Empty);
    }
    if let Some(c) = path.chars().find(|&c| crate::invisible::is_invisible(c)) {
        return fail(PathProblem::InvisibleCharacter(c));
    }
    if let Some(c) = path.chars().find(|c| c.is_control()) {
        return fail(PathProblem::ControlCharacter(c));
    }
    if path.contains('#') {
        return fail(PathProblem::Hash);
    }
    if path.contains('\\') {
        return fail(PathProblem::Backslash);
    }
    if path.trim() != path {
        return fail(PathProblem::SurroundingWhitespace);
    }
    if let Some(c) = path.chars().find(|&c| !env_safe(c)) {
        return fail(PathProblem::NotEnvSafe(c));
    }
    Ok(path.to_owned())
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
            redacted: crate::redact::redact(&url).into_owned(),
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
            Setting::ProxyListen,
            Setting::StreamListen,
            Setting::ClusterDpLabels,
            Setting::IncrementalSync,
        ];
        for setting in all {
            let (name, env) = setting.names();
            assert_eq!(env, format!("KONG_{}", name.to_ascii_uppercase()));
        }
    }
}

/// How [`DataPlaneConfig::render`] writes the settings.
///
/// ```
/// use konnect_netreq::{ConfigFormat, Geo, Requirements};
///
/// let config = Requirements::for_geo(Geo::Eu).with_cp_prefix("a1b2c3d4e5").build()?
///     .data_plane_config()?;
/// assert!(config.render(ConfigFormat::KongConf).starts_with("role = data_plane\n"));
/// assert!(config.render(ConfigFormat::Env).starts_with("KONG_ROLE=data_plane\n"));
/// assert_eq!("env".parse::<ConfigFormat>()?, ConfigFormat::Env);
/// # Ok::<(), konnect_netreq::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum ConfigFormat {
    /// kong.conf lines, `name = value` ([`DataPlaneConfig::kong_conf`]).
    #[default]
    KongConf,
    /// Environment file lines, `KONG_NAME=value` ([`DataPlaneConfig::env`]);
    /// a value with a space (your own listeners) is single-quoted.
    Env,
    /// A values file for the `kong/kong` Helm chart
    /// ([`DataPlaneConfig::helm_values`]).
    Helm,
    /// One JSON object of the settings, by kong.conf name, in
    /// [`settings`](DataPlaneConfig::settings) order (feature `json`).
    #[cfg(feature = "json")]
    #[cfg_attr(docsrs, doc(cfg(feature = "json")))]
    Json,
}

impl ConfigFormat {
    /// Every format.
    pub const ALL: &'static [ConfigFormat] = &[
        ConfigFormat::KongConf,
        ConfigFormat::Env,
        ConfigFormat::Helm,
        #[cfg(feature = "json")]
        ConfigFormat::Json,
    ];

    /// The keyword: `"kong-conf"`, `"env"`, `"helm"` or `"json"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            ConfigFormat::KongConf => "kong-conf",
            ConfigFormat::Env => "env",
            ConfigFormat::Helm => "helm",
            #[cfg(feature = "json")]
            ConfigFormat::Json => "json",
        }
    }
}

crate::keyword::keyword_enum!(ConfigFormat, "format");

impl DataPlaneConfig {
    /// The settings in `format`, each line ending in a newline.
    pub fn render(&self, format: ConfigFormat) -> String {
        match format {
            ConfigFormat::KongConf => self.kong_conf(),
            // Only listener values can hold a space (see `env`), and nothing
            // in any value needs escaping inside single quotes.
            ConfigFormat::Env => self
                .env()
                .map(|(name, value)| {
                    if value.contains(' ') {
                        format!("{name}='{value}'\n")
                    } else {
                        format!("{name}={value}\n")
                    }
                })
                .collect(),
            ConfigFormat::Helm => self.helm_values(),
            #[cfg(feature = "json")]
            ConfigFormat::Json => {
                let members: Vec<String> = self
                    .settings()
                    .map(|(name, value)| format!("  {}: {}", json_string(name), json_string(value)))
                    .collect();
                format!("{{\n{}\n}}\n", members.join(",\n"))
            }
        }
    }
}

/// `text` as a JSON string: quotes, backslashes and control characters
/// escaped (the setters refuse all three; this holds whatever they let by).
#[cfg(feature = "json")]
fn json_string(text: &str) -> String {
    use std::fmt::Write as _;
    let mut out = String::with_capacity(text.len().saturating_add(2));
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => {
                // Writing to a `String` cannot fail.
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The `cluster_dp_labels` value for `labels`, checked as Kong checks them;
/// `None` for no labels.
fn dp_labels<S: AsRef<str>>(labels: impl IntoIterator<Item = S>) -> Result<Option<String>, Error> {
    let labels: Vec<S> = labels.into_iter().collect();
    if labels.len() > MAX_DP_LABELS {
        return Err(Error::InvalidDpLabel {
            input: labels
                .iter()
                .map(AsRef::as_ref)
                .collect::<Vec<&str>>()
                .join(","),
            problem: DpLabelProblem::TooMany(labels.len()),
        });
    }
    for label in &labels {
        check_dp_label(label.as_ref()).map_err(|problem| Error::InvalidDpLabel {
            input: label.as_ref().to_owned(),
            problem,
        })?;
    }
    Ok((!labels.is_empty()).then(|| {
        labels
            .iter()
            .map(AsRef::as_ref)
            .collect::<Vec<&str>>()
            .join(",")
    }))
}
